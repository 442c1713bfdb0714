/* px-timetable-import.c: a class's timetable (课表) from the sheet a registrar keeps in Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-import"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-cell.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-column-map.h"
#include "px-course.h"
#include "px-date.h"
#include "px-json.h"
#include "px-session.h"
#include "px-sheet.h"
#include "px-teacher.h"
#include "px-teaching-method.h"
#include "px-timetable-import.h"
#include "px-uuid.h"

/* Columns */

enum
{
  COL_DATE,
  COL_SLOT,
  COL_START,
  COL_END,
  COL_TIME,       /* "08:30-11:30" in one cell */
  COL_COURSE,
  COL_TEACHER,
  COL_PLACE,
  COL_METHOD,
  COL_HOURS,
  COL_ELECTIVE,
  COL_CAPACITY,
  N_COLUMNS
};

/* The names registrars and the timetables of party schools give these columns. */
static const char * const date_synonyms[] = { "上课日期", "授课日期", "日 期", "月日", NULL };
static const char * const slot_synonyms[] = { "时间段", "上下午", "午别", "时 段", "半天",
                                              NULL };
static const char * const start_synonyms[] = { "起始时间", "开始", "上课开始时间", NULL };
static const char * const end_synonyms[] = { "终止时间", "结束", "下课时间", "上课结束时间",
                                             NULL };
static const char * const time_synonyms[] = { "上课时间", "授课时间", "起止时间", "时间安排",
                                              "具体时间", NULL };
/* not 内容 or 题目 alone: sheets have those beside 课程, as notes */
static const char * const course_synonyms[] = { "课程名称", "课程题目", "课程内容", "教学内容",
                                                "专题", "课题", "课程专题", NULL };
static const char * const teacher_synonyms[] = { "教师", "授课老师", "授课人", "主讲人", "主讲",
                                                 "主讲教师", "老师", "讲师", "师资", NULL };
static const char * const place_synonyms[] = { "上课地点", "教学地点", "授课地点", "教室",
                                               "场地", "教学基地", NULL };
static const char * const method_synonyms[] = { "教学形式", "授课方式", "教学方法", "形式",
                                                "方式", NULL };
static const char * const hours_synonyms[] = { "课时", "学时数", "课时数", NULL };
static const char * const elective_synonyms[] = { "自主选学", "是否选学", "选修", "是否选修",
                                                   "选学课", NULL };
static const char * const capacity_synonyms[] = { "选学容量", "限额", "名额", "人数上限", NULL };

static const PxColumnSpec timetable_specs[N_COLUMNS] = {
  [COL_DATE] = { "日期", date_synonyms, TRUE },
  [COL_SLOT] = { "时段", slot_synonyms, FALSE },
  [COL_START] = { "开始时间", start_synonyms, FALSE },
  [COL_END] = { "结束时间", end_synonyms, FALSE },
  [COL_TIME] = { "时间", time_synonyms, FALSE },
  [COL_COURSE] = { "课程", course_synonyms, TRUE },
  [COL_TEACHER] = { "授课教师", teacher_synonyms, FALSE },
  [COL_PLACE] = { "地点", place_synonyms, FALSE },
  [COL_METHOD] = { "教学方式", method_synonyms, FALSE },
  [COL_HOURS] = { "学时", hours_synonyms, FALSE },
  [COL_ELECTIVE] = { "选学", elective_synonyms, FALSE },
  [COL_CAPACITY] = { "容量", capacity_synonyms, FALSE },
};

void
px_timetable_import_free (PxTimetableImport *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->report, px_import_report_free);
  g_free (result->class_code);
  g_clear_pointer (&result->created_courses, g_ptr_array_unref);
  g_clear_pointer (&result->created_teachers, g_ptr_array_unref);
  g_clear_pointer (&result->new_rooms, g_ptr_array_unref);
  g_clear_pointer (&result->warnings, g_ptr_array_unref);
  g_free (result);
}

/* Reading cells */

/* Slot names as timetables write them, after lower-casing. */
static const struct
{
  const char *text;
  const char *slot;
} slot_names[] = {
  { "上午", "morning" }, { "早上", "morning" }, { "早晨", "morning" }, { "上", "morning" },
  { "am", "morning" }, { "a.m.", "morning" }, { "morning", "morning" },
  { "下午", "afternoon" }, { "午后", "afternoon" }, { "下", "afternoon" },
  { "pm", "afternoon" }, { "p.m.", "afternoon" }, { "afternoon", "afternoon" },
  { "晚上", "evening" }, { "晚间", "evening" }, { "夜间", "evening" }, { "晚", "evening" },
  { "夜晚", "evening" }, { "傍晚", "evening" }, { "evening", "evening" },
};

static const char *
parse_slot (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char * const *slots = px_class_timetable_slots ();

  for (guint i = 0; i < G_N_ELEMENTS (slot_names); i++)
    if (g_str_equal (lower, slot_names[i].text))
      return slot_names[i].slot;
  /* the slot as this program shows it, in the user's language */
  for (guint i = 0; slots[i] != NULL; i++)
    {
      g_autofree char *label = g_utf8_strdown (px_class_timetable_slot_label (slots[i]), -1);

      if (g_str_equal (lower, label))
        return slots[i];
    }
  return NULL;
}

/* The slot a session starting at this time (HH:MM) belongs to. */
static const char *
slot_for_time (const char *start_time)
{
  if (strcmp (start_time, "12:00") < 0)
    return "morning";
  if (strcmp (start_time, "18:00") < 0)
    return "afternoon";
  return "evening";
}

/* Replaces every occurrence of from in text by to. */
static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* text without spaces and the marks that stand between two parts of a cell (-, ·, brackets …)
 * at either end; NULL when nothing is left. */
static char *
strip_marks (const char *text)
{
  static const char * const marks[] = { "-", "—", "·", "/", "、", ",", "，", ":", "：", "(", "（",
                                        ")", "）", NULL };
  g_autofree char *out = g_strdup (text);
  gboolean trimmed = TRUE;

  while (trimmed)
    {
      trimmed = FALSE;
      g_strstrip (out);
      for (guint i = 0; marks[i] != NULL; i++)
        {
          gsize n = strlen (marks[i]);

          if (g_str_has_prefix (out, marks[i]))
            {
              memmove (out, out + n, strlen (out + n) + 1);
              trimmed = TRUE;
            }
          if (g_str_has_suffix (out, marks[i]) && strlen (out) >= n)
            {
              out[strlen (out) - n] = '\0';
              trimmed = TRUE;
            }
        }
    }
  return *out != '\0' ? g_steal_pointer (&out) : NULL;
}

/* HH:MM from 8:30, 08:30:00, 8：30, 8点30分, 8点, or a fraction of a day (0.3541666…, what a
 * time cell shows once it has lost its format); NULL for anything else. */
static char *
parse_time (const char *text)
{
  g_autofree char *colon = replace_all (text, "：", ":");
  g_autofree char *hour_mark = replace_all (colon, "点", ":");
  g_autofree char *hour_mark2 = replace_all (hour_mark, "时", ":");
  g_autofree char *no_minute_mark = replace_all (hour_mark2, "分", "");
  g_autofree char *s = replace_all (no_minute_mark, "整", "");
  char *end = NULL;
  guint64 hour, minute = 0;

  g_strstrip (s);
  if (g_str_has_prefix (s, "0."))
    {
      double day = g_ascii_strtod (s, &end);
      long minutes;

      if (*end != '\0' || !(day >= 0 && day < 1))
        return NULL;
      minutes = lround (day * 24 * 60);
      if (minutes >= 24 * 60)
        return NULL;
      return g_strdup_printf ("%02ld:%02ld", minutes / 60, minutes % 60);
    }

  if (!g_ascii_isdigit (*s))
    return NULL;
  hour = g_ascii_strtoull (s, &end, 10);
  if (*end != ':')
    return NULL;
  end++;
  if (*end != '\0')   /* 8点 has no minutes */
    {
      if (!g_ascii_isdigit (end[0]) || !g_ascii_isdigit (end[1]))
        return NULL;
      minute = (guint64) ((end[0] - '0') * 10 + (end[1] - '0'));
      end += 2;
      /* seconds, as the time cell of a workbook reads: 08:30:00 */
      if (end[0] == ':' && g_ascii_isdigit (end[1]) && g_ascii_isdigit (end[2]))
        end += 3;
      if (*end != '\0')
        return NULL;
    }
  if (hour > 23 || minute > 59)
    return NULL;
  return g_strdup_printf ("%02u:%02u", (guint) hour, (guint) minute);
}

/* A time cell that a workbook wrote as a date and time ("1899-12-30 08:30:00"): its time. */
static char *
parse_time_cell (const char *text)
{
  const char *space;
  char *time = parse_time (text);

  if (time == NULL && (space = strrchr (text, ' ')) != NULL)
    time = parse_time (space + 1);
  return time;
}

/* "08:30-11:30" and its spellings (8:30—11:30, 8:30～11:30, 8:30至11:30): both ends, or FALSE. */
static gboolean
parse_time_range (const char  *text,
                  char       **start_time,
                  char       **end_time)
{
  static const char * const separators[] = { "-", "–", "—", "－", "~", "～", "至", "到", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *at = strstr (text, separators[i]);
      g_autofree char *left = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      if (at == NULL)
        continue;
      left = g_strndup (text, at - text);
      first = parse_time (left);
      second = parse_time (at + strlen (separators[i]));
      if (first == NULL || second == NULL)
        return FALSE;
      *start_time = g_steal_pointer (&first);
      *end_time = g_steal_pointer (&second);
      return TRUE;
    }
  return FALSE;
}

/* "上午 8:30-11:30", "下午（14:30—17:30）": a slot and its times in one cell. Sets the three
 * (freeing what they held) and returns TRUE, or leaves them. */
static gboolean
parse_slot_with_times (const char  *text,
                       char       **slot,
                       char       **start_time,
                       char       **end_time)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *times = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint best = G_N_ELEMENTS (slot_names);

  /* the longest slot name it starts with: 上午, not 上 */
  for (guint i = 0; i < G_N_ELEMENTS (slot_names); i++)
    if (g_str_has_prefix (lower, slot_names[i].text)
        && (best == G_N_ELEMENTS (slot_names)
            || strlen (slot_names[i].text) > strlen (slot_names[best].text)))
      best = i;
  if (best == G_N_ELEMENTS (slot_names))
    return FALSE;
  times = strip_marks (lower + strlen (slot_names[best].text));
  if (times == NULL || !parse_time_range (times, &first, &second))
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (slot_names[best].slot);
  g_free (*start_time);
  *start_time = g_steal_pointer (&first);
  g_free (*end_time);
  *end_time = g_steal_pointer (&second);
  return TRUE;
}

/* 3月2日, 3/2, 3-2, 3.2: a date without its year. */
static gboolean
parse_month_day (const char *text,
                 int        *month,
                 int        *day)
{
  char *end = NULL;
  guint64 m, d;

  if (!g_ascii_isdigit (*text))
    return FALSE;
  m = g_ascii_strtoull (text, &end, 10);
  if (g_str_has_prefix (end, "月"))
    end += strlen ("月");
  else if (*end == '/' || *end == '-' || *end == '.')
    end++;
  else
    return FALSE;
  if (!g_ascii_isdigit (*end))
    return FALSE;
  d = g_ascii_strtoull (end, &end, 10);
  if (g_str_has_prefix (end, "日"))
    end += strlen ("日");
  else if (g_str_has_prefix (end, "号"))
    end += strlen ("号");
  if (*end != '\0' || m < 1 || m > 12 || d < 1 || d > 31)
    return FALSE;
  *month = (int) m;
  *day = (int) d;
  return TRUE;
}

/* YYYY-MM-DD from the ways timetables write a day: 2026-03-02, 2026/3/2, 2026年3月2日, an Excel
 * serial, with a weekday after it (2026年3月2日（周一）), or without the year (3月2日), which is
 * then the year of the class's dates that holds the day. NULL when it is no day. */
static char *
parse_date (const char *text,
            const char *class_start,
            const char *class_end)
{
  static const char * const weekdays[] = { "星期", "礼拜", "周", NULL };
  g_autofree char *plain = NULL;
  PxLooseDate date;
  int month, day;

  if (px_date_parse_loose (text, &date))
    return date.precision == PX_DATE_PRECISION_DAY ? px_loose_date_format (&date) : NULL;

  /* no spaces and no bracketed note (（周一）), then no weekday written after the day */
  plain = px_column_map_normalize_header (text);
  for (guint i = 0; weekdays[i] != NULL; i++)
    {
      char *at = strstr (plain, weekdays[i]);

      if (at != NULL && at != plain)
        *at = '\0';
    }
  if (px_date_parse_loose (plain, &date))
    return date.precision == PX_DATE_PRECISION_DAY ? px_loose_date_format (&date) : NULL;

  if (parse_month_day (plain, &month, &day))
    {
      int start_year = atoi (class_start);
      int end_year = atoi (class_end);

      for (int year = start_year; year <= end_year; year++)
        {
          g_autofree char *iso = NULL;

          if (!g_date_valid_dmy (day, month, year))
            continue;
          iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
          if (strcmp (iso, class_start) >= 0 && strcmp (iso, class_end) <= 0)
            return g_steal_pointer (&iso);
        }
      /* not within the class: the day in its first year, which the problem then names */
      if (g_date_valid_dmy (day, month, start_year))
        return g_strdup_printf ("%04d-%02d-%02d", start_year, month, day);
    }
  return NULL;
}

/* Hours as written: 3, 1.5, 3学时, 2课时. FALSE when it is no number. */
static gboolean
parse_hours (const char *text,
             double     *hours)
{
  static const char * const units[] = { "学时", "课时", "小时", "h", NULL };
  g_autofree char *s = g_strdup (text);
  char *end = NULL;

  for (guint i = 0; units[i] != NULL; i++)
    if (g_str_has_suffix (s, units[i]))
      {
        s[strlen (s) - strlen (units[i])] = '\0';
        break;
      }
  g_strstrip (s);
  if (*s == '\0')
    return FALSE;
  *hours = g_ascii_strtod (s, &end);
  return *end == '\0' && isfinite (*hours);
}

/* A number of places: 30, 30人. */
static gboolean
parse_capacity (const char *text,
                gint64     *capacity)
{
  g_autofree char *s = g_strdup (text);
  char *end = NULL;
  double value;

  if (g_str_has_suffix (s, "人"))
    s[strlen (s) - strlen ("人")] = '\0';
  g_strstrip (s);
  if (*s == '\0')
    return FALSE;
  value = g_ascii_strtod (s, &end);
  if (*end != '\0' || !(value >= 0 && value < 100000) || value != floor (value))
    return FALSE;
  *capacity = (gint64) value;
  return TRUE;
}

/* 选学: yes or no as sheets write it; FALSE when it is neither. */
static gboolean
parse_yes_no (const char *text,
              gboolean   *yes)
{
  static const char * const yes_words[] = {
    "是", "选学", "自主选学", "选修", "y", "yes", "true", "1", "√", "✓", "✔", NULL
  };
  static const char * const no_words[] = {
    "否", "必修", "必学", "n", "no", "false", "0", "×", "✗", "✘", NULL
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);

  if (g_strv_contains (yes_words, lower))
    {
      *yes = TRUE;
      return TRUE;
    }
  if (g_strv_contains (no_words, lower))
    {
      *yes = FALSE;
      return TRUE;
    }
  return FALSE;
}

static int
minutes_of (const char *time)
{
  return atoi (time) * 60 + atoi (time + 3);
}

/* Names of the school's records */

typedef struct
{
  char *id;
  char *method;   /* a course's teaching method; NULL for others */
  guint count;    /* records with this name: more than one, and the name says nothing */
} Named;

static void
named_free (gpointer data)
{
  Named *named = data;

  g_free (named->id);
  g_free (named->method);
  g_free (named);
}

static Named *
named_new (const char *id,
           const char *method)
{
  Named *named = g_new0 (Named, 1);

  named->id = g_strdup (id);
  named->method = g_strdup (method);
  named->count = 1;
  return named;
}

static GHashTable *
names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, named_free);
}

/* Reads "SELECT id, name, method" into names, keyed by the name cleaned as cells are (a person's
 * padded name “王  五” is 王五 either way). */
static gboolean
load_names (PxDatabase  *db,
            const char  *sql,
            gboolean     people,
            GHashTable  *names,
            GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *name = people ? px_cell_clean_name (text) : px_cell_clean_text (text);
      Named *named;

      if (name == NULL)
        continue;
      named = g_hash_table_lookup (names, name);
      if (named != NULL)
        named->count++;
      else
        g_hash_table_insert (names, g_steal_pointer (&name),
                             named_new ((const char *) sqlite3_column_text (stmt, 0),
                                        (const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The rooms the school has used: those of every timetable and the classes' venues. */
static gboolean
load_rooms (PxDatabase  *db,
            GHashTable  *rooms,
            GError     **error)
{
  static const char sql[] =
    "SELECT room FROM session WHERE room IS NOT NULL"
    " UNION SELECT venue FROM class WHERE venue IS NOT NULL";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *room = px_cell_clean_text ((const char *) sqlite3_column_text (stmt, 0));

      if (room != NULL)
        g_hash_table_add (rooms, room);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The import */

typedef struct
{
  guint number;            /* as the spreadsheet shows it */
  gboolean bad;            /* no session can be made of it */
  PxSession *session;      /* what the row says; date and start_time may be NULL */
  gboolean elective_given; /* the file has a 选学 column, so the row decides */
  gboolean capacity_given; /* the same for 容量 */
  char *teacher_name;      /* for the messages */
  char *place;             /* as the file writes it */
  PxSession *stored;       /* the stored session it updates, or NULL */
  gboolean written;        /* its session is in the database as the row says */
} TimetableRow;

static void
timetable_row_free (gpointer data)
{
  TimetableRow *row = data;

  g_clear_pointer (&row->session, px_session_free);
  g_free (row->teacher_name);
  g_free (row->place);
  g_free (row);
}

typedef struct
{
  PxDatabase *db;
  PxClassSummary *summary;
  PxTimetableImport *result;
  PxImportReport *report;
  PxSheet *sheet;
  PxColumnMap *map;
  gboolean create_missing;
  char stamp[25];          /* the creation time of every record the import makes */
  GHashTable *courses;     /* cleaned title → Named */
  GHashTable *teachers;    /* cleaned name → Named */
  GHashTable *bases;       /* cleaned name → Named */
  GHashTable *rooms;       /* cleaned room names */
  guint sheet_row;         /* the row being read */
} Importer;

static void
add_problem (Importer     *imp,
             TimetableRow *row,
             int           column,
             const char   *value,
             const char   *message)
{
  px_import_report_add_problem (imp->report, row->number,
                                column >= 0 ? px_column_map_get_header (imp->map, column) : NULL,
                                value, message);
  row->bad = TRUE;
}

static char *
cell (Importer *imp,
      guint     column)
{
  return px_cell_clean_text (px_column_map_get_cell (imp->map, imp->sheet_row, column));
}

static gboolean
has_column (Importer *imp,
            guint     column)
{
  return px_column_map_get_column (imp->map, column) >= 0;
}

/* Reads date, slot and times into the row's session. */
static void
read_when (Importer     *imp,
           TimetableRow *row,
           const char   *date_above)
{
  PxSession *s = row->session;
  g_autofree char *date_text = cell (imp, COL_DATE);
  g_autofree char *slot_text = cell (imp, COL_SLOT);
  g_autofree char *time_text = cell (imp, COL_TIME);
  g_autofree char *start_text = cell (imp, COL_START);
  g_autofree char *end_text = cell (imp, COL_END);
  g_autofree char *slot_in_time = NULL;   /* 上午 8:30-11:30 in the 时间 column */
  const char *usual_start = NULL, *usual_end = NULL;
  gboolean times_bad = FALSE;

  if (date_text == NULL)
    {
      if (date_above != NULL)
        s->date = g_strdup (date_above);
      else
        add_problem (imp, row, COL_DATE, NULL, _("The date is missing."));
    }
  else if ((s->date = parse_date (date_text, imp->summary->start_date,
                                  imp->summary->end_date)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a date; write it as 2026-03-02."), date_text);

      add_problem (imp, row, COL_DATE, date_text, message);
    }
  if (s->date != NULL
      && (strcmp (s->date, imp->summary->start_date) < 0
          || strcmp (s->date, imp->summary->end_date) > 0))
    {
      g_autofree char *message =
        /* Translators: the session's date, the class's first and last days */
        g_strdup_printf (_("%s is outside the class’s dates, %s to %s."), s->date,
                         imp->summary->start_date, imp->summary->end_date);

      add_problem (imp, row, COL_DATE, date_text != NULL ? date_text : s->date, message);
    }

  if (slot_text != NULL && (s->slot = g_strdup (parse_slot (slot_text))) == NULL
      && !parse_slot_with_times (slot_text, &s->slot, &s->start_time, &s->end_time))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a time of day; write 上午, 下午 or 晚上."), slot_text);

      add_problem (imp, row, COL_SLOT, slot_text, message);
      times_bad = TRUE;
    }

  if (time_text != NULL && !parse_time_range (time_text, &s->start_time, &s->end_time)
      && (s->start_time = parse_time_cell (time_text)) == NULL
      && !parse_slot_with_times (time_text, &slot_in_time, &s->start_time, &s->end_time))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a time; write it as 08:30-11:30."), time_text);

      add_problem (imp, row, COL_TIME, time_text, message);
      times_bad = TRUE;
    }
  if (start_text != NULL)
    {
      g_free (s->start_time);
      if ((s->start_time = parse_time_cell (start_text)) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a time; write it as 08:30."), start_text);

          add_problem (imp, row, COL_START, start_text, message);
          times_bad = TRUE;
        }
    }
  if (end_text != NULL)
    {
      g_free (s->end_time);
      if ((s->end_time = parse_time_cell (end_text)) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a time; write it as 11:30."), end_text);

          add_problem (imp, row, COL_END, end_text, message);
          times_bad = TRUE;
        }
    }
  if (times_bad)
    return;

  if (s->slot == NULL && slot_in_time != NULL)
    s->slot = g_steal_pointer (&slot_in_time);
  if (s->slot == NULL && s->start_time != NULL)
    s->slot = g_strdup (slot_for_time (s->start_time));
  if (s->slot == NULL)
    {
      add_problem (imp, row, COL_SLOT, NULL,
                   _("The time of day is missing: write 上午, 下午 or 晚上, or the start time."));
      return;
    }

  /* what is not written is the slot's usual time, when that fits with what is */
  px_class_timetable_slot_times (s->slot, &usual_start, &usual_end);
  if (s->start_time == NULL && s->end_time == NULL)
    {
      s->start_time = g_strdup (usual_start);
      s->end_time = g_strdup (usual_end);
    }
  else if (s->start_time == NULL && strcmp (usual_start, s->end_time) < 0)
    s->start_time = g_strdup (usual_start);
  else if (s->end_time == NULL && strcmp (s->start_time, usual_end) < 0)
    s->end_time = g_strdup (usual_end);

  if (s->start_time == NULL)
    add_problem (imp, row, has_column (imp, COL_START) ? COL_START : COL_TIME, NULL,
                 _("The start time is missing."));
  else if (s->end_time == NULL)
    add_problem (imp, row, has_column (imp, COL_END) ? COL_END : COL_TIME, NULL,
                 _("The end time is missing."));
  else if (strcmp (s->end_time, s->start_time) <= 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The session ends at %s, before it starts at %s."), s->end_time,
                         s->start_time);

      add_problem (imp, row, has_column (imp, COL_END) ? COL_END : COL_TIME, s->end_time,
                   message);
    }
}

/* Method, hours, elective and capacity; the method is NULL when the row gives none. */
static void
read_how (Importer     *imp,
          TimetableRow *row,
          const char  **method)
{
  PxSession *s = row->session;
  g_autofree char *method_text = cell (imp, COL_METHOD);
  g_autofree char *hours_text = cell (imp, COL_HOURS);
  g_autofree char *elective_text = cell (imp, COL_ELECTIVE);
  g_autofree char *capacity_text = cell (imp, COL_CAPACITY);

  *method = NULL;
  if (method_text != NULL)
    {
      const PxTeachingMethod *found = px_teaching_method_parse (method_text);

      if (found != NULL)
        *method = found->key;
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a teaching method (such as 讲授, 研讨, 案例 or "
                               "现场教学)."), method_text);

          add_problem (imp, row, COL_METHOD, method_text, message);
        }
    }

  s->hours = NAN;
  if (hours_text != NULL)
    {
      double hours;

      if (!parse_hours (hours_text, &hours))
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a number of hours; write it as 3 or 1.5."),
                             hours_text);

          add_problem (imp, row, COL_HOURS, hours_text, message);
        }
      else if (hours < 0 || hours > 24)
        {
          g_autofree char *message =
            g_strdup_printf (_("A session of %s hours cannot be: give 0 to 24."), hours_text);

          add_problem (imp, row, COL_HOURS, hours_text, message);
        }
      else
        s->hours = hours;
    }

  row->elective_given = has_column (imp, COL_ELECTIVE);
  if (elective_text != NULL && !parse_yes_no (elective_text, &s->is_elective))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” says neither yes nor no; write 是 or 否."), elective_text);

      add_problem (imp, row, COL_ELECTIVE, elective_text, message);
    }

  row->capacity_given = has_column (imp, COL_CAPACITY);
  s->elective_capacity = PX_INT_UNSET;
  if (capacity_text != NULL && !parse_capacity (capacity_text, &s->elective_capacity))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a number of places."), capacity_text);

      s->elective_capacity = PX_INT_UNSET;
      add_problem (imp, row, COL_CAPACITY, capacity_text, message);
    }
}

/* The problem of a name that nobody has (what creating the missing would create) or that
 * several records have. Takes message. */
static void
add_name_problem (Importer     *imp,
                  TimetableRow *row,
                  int           column,
                  const char   *name,
                  gboolean      unknown,
                  char         *message)
{
  if (unknown)
    imp->result->n_unknown++;
  add_problem (imp, row, column, name, message);
  g_free (message);
}

/* Writes a record the file names but the school does not have yet. A record the engine would
 * refuse is a problem of the row; FALSE only for a failing database. */
static gboolean
create_record (Importer        *imp,
               TimetableRow    *row,
               int              column,
               const PxEntity  *entity,
               gpointer         record,
               gboolean        *created,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  *created = FALSE;
  if (!entity->validate (imp->db, record, &local_error))
    {
      add_problem (imp, row, column, NULL, local_error->message);
      return TRUE;
    }
  if (!px_entity_write (imp->db, entity, record, NULL, imp->stamp, NULL, error))
    return FALSE;
  *created = TRUE;
  return TRUE;
}

static gboolean
resolve_course (Importer      *imp,
                TimetableRow  *row,
                const char    *method,
                const char   **course_method,
                GError       **error)
{
  g_autofree char *title = cell (imp, COL_COURSE);
  Named *named;

  *course_method = NULL;
  if (title == NULL)
    {
      add_problem (imp, row, COL_COURSE, NULL, _("The course is missing."));
      return TRUE;
    }
  named = g_hash_table_lookup (imp->courses, title);
  if (named == NULL && imp->create_missing)
    {
      g_autoptr(PxCourse) course = px_course_new ();
      gboolean created;

      course->title = g_strdup (title);
      g_free (course->method);
      course->method = g_strdup (method != NULL ? method : "lecture");
      course->hours = isnan (row->session->hours) ? 0 : row->session->hours;
      if (!create_record (imp, row, COL_COURSE, &px_course_entity, course, &created, error))
        return FALSE;
      if (!created)
        return TRUE;
      named = named_new (course->base.id, course->method);
      g_hash_table_insert (imp->courses, g_strdup (title), named);
      g_ptr_array_add (imp->result->created_courses, g_strdup (title));
    }
  if (named == NULL)
    {
      add_name_problem (imp, row, COL_COURSE, title, TRUE,
                        g_strdup_printf (_("No course of the catalogue is called “%s”."),
                                         title));
      return TRUE;
    }
  if (named->count > 1)
    {
      add_name_problem (imp, row, COL_COURSE, title, FALSE,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u course is called “%s”.",
                                                      "%u courses are called “%s”: rename one "
                                                      "in the catalogue so that the file can "
                                                      "tell them apart.", named->count),
                                         named->count, title));
      return TRUE;
    }
  row->session->course_id = g_strdup (named->id);
  *course_method = named->method;
  return TRUE;
}

static gboolean
resolve_teacher (Importer      *imp,
                 TimetableRow  *row,
                 GError       **error)
{
  g_autofree char *name =
    px_cell_clean_name (px_column_map_get_cell (imp->map, imp->sheet_row, COL_TEACHER));
  Named *named;

  if (name == NULL)
    return TRUE;   /* a visit or self-study may have no teacher */
  row->teacher_name = g_strdup (name);
  named = g_hash_table_lookup (imp->teachers, name);
  if (named == NULL && imp->create_missing)
    {
      g_autoptr(PxTeacher) teacher = px_teacher_new ();
      gboolean created;

      teacher->name = g_strdup (name);
      if (!create_record (imp, row, COL_TEACHER, &px_teacher_entity, teacher, &created, error))
        return FALSE;
      if (!created)
        return TRUE;
      named = named_new (teacher->base.id, NULL);
      g_hash_table_insert (imp->teachers, g_strdup (name), named);
      g_ptr_array_add (imp->result->created_teachers, g_strdup (name));
    }
  if (named == NULL)
    {
      add_name_problem (imp, row, COL_TEACHER, name, TRUE,
                        g_strdup_printf (_("No teacher of the teacher pool is called “%s”."),
                                         name));
      return TRUE;
    }
  if (named->count > 1)
    {
      add_name_problem (imp, row, COL_TEACHER, name, FALSE,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u teacher is called “%s”.",
                                                      "%u teachers are called “%s”: tell them "
                                                      "apart in the teacher pool first.",
                                                      named->count),
                                         named->count, name));
      return TRUE;
    }
  row->session->teacher_id = g_strdup (named->id);
  return TRUE;
}

/* What is left of a place after a base's name: the room, without the marks between them. */
static char *
room_after_base (const char *rest)
{
  return strip_marks (rest);
}

/* 地点: a teaching base by its name, a base's name followed by a room in it, or a room the
 * school's timetables or class venues name; an unknown place is a room only when the import
 * may create what is missing. */
static void
resolve_place (Importer     *imp,
               TimetableRow *row)
{
  PxSession *s = row->session;
  Named *base;
  const char *longest = NULL;
  GHashTableIter iter;
  gpointer key;

  row->place = cell (imp, COL_PLACE);
  if (row->place == NULL)
    return;

  base = g_hash_table_lookup (imp->bases, row->place);
  if (base == NULL)
    {
      g_hash_table_iter_init (&iter, imp->bases);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_prefix (row->place, key)
            && (longest == NULL || strlen (key) > strlen (longest)))
          longest = key;
      if (longest != NULL)
        {
          base = g_hash_table_lookup (imp->bases, longest);
          s->room = room_after_base (row->place + strlen (longest));
        }
    }
  if (base != NULL)
    {
      if (base->count > 1)
        add_name_problem (imp, row, COL_PLACE, row->place, FALSE,
                          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u teaching base is called “%s”.",
                                                        "%u teaching bases are called “%s”: "
                                                        "tell them apart first.", base->count),
                                           base->count, longest != NULL ? longest : row->place));
      else
        s->base_id = g_strdup (base->id);
      return;
    }

  if (g_hash_table_contains (imp->rooms, row->place))
    s->room = g_strdup (row->place);
  else if (imp->create_missing)
    {
      s->room = g_strdup (row->place);
      g_hash_table_add (imp->rooms, g_strdup (row->place));
      g_ptr_array_add (imp->result->new_rooms, g_strdup (row->place));
    }
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is neither a teaching base nor a room that a timetable or a "
                           "class’s venue has named."), row->place);

      imp->result->n_unknown++;
      add_problem (imp, row, COL_PLACE, row->place, message);
    }
}

/* Reads one data row; FALSE only when the database fails. */
static gboolean
read_row (Importer      *imp,
          TimetableRow  *row,
          const char    *date_above,
          GError       **error)
{
  PxSession *s = row->session;
  const char *method = NULL, *course_method = NULL;

  s->class_id = g_strdup (imp->summary->id);
  read_when (imp, row, date_above);
  read_how (imp, row, &method);
  /* an empty 学时 is the session's length, to the half hour */
  if (isnan (s->hours) && s->start_time != NULL && s->end_time != NULL
      && strcmp (s->start_time, s->end_time) < 0)
    s->hours = round ((minutes_of (s->end_time) - minutes_of (s->start_time)) / 30.0) / 2;
  if (!resolve_course (imp, row, method, &course_method, error)
      || !resolve_teacher (imp, row, error))
    return FALSE;
  resolve_place (imp, row);

  g_free (s->method);
  s->method = g_strdup (method != NULL ? method : course_method != NULL ? course_method
                                                                       : "lecture");
  return TRUE;
}

/* 合计 8学时 under the sessions: a row for the reader, not a session. */
static gboolean
is_total_row (PxSheet *sheet,
              guint    row)
{
  static const char * const words[] = { "合计", "总计", "小计", "共计", NULL };

  for (guint c = 0; c < px_sheet_get_n_cells (sheet, row); c++)
    {
      g_autofree char *text = px_cell_clean_text (px_sheet_get_cell (sheet, row, c));

      for (guint i = 0; text != NULL && words[i] != NULL; i++)
        if (g_str_has_prefix (text, words[i]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
read_rows (Importer   *imp,
           GPtrArray  *rows,
           GError    **error)
{
  guint n_rows = px_sheet_get_n_rows (imp->sheet);
  const char *date_above = NULL;

  for (guint r = px_column_map_get_header_row (imp->map) + 1; r < n_rows; r++)
    {
      TimetableRow *row;

      if (is_total_row (imp->sheet, r))
        continue;
      row = g_new0 (TimetableRow, 1);
      row->number = px_sheet_get_row_number (imp->sheet, r);
      row->session = px_session_new ();
      g_ptr_array_add (rows, row);
      imp->sheet_row = r;
      imp->report->n_rows++;
      if (!read_row (imp, row, date_above, error))
        return FALSE;
      date_above = row->session->date;
    }
  return TRUE;
}

/* Two compulsory sessions of the class at the same time: the trainees cannot be at both.
 * Electives run side by side on purpose. Each pair found goes into pairs ("row:row"). */
static void
check_overlaps (Importer   *imp,
                GPtrArray  *rows,
                GHashTable *pairs)
{
  for (guint j = 0; j < rows->len; j++)
    {
      TimetableRow *b = g_ptr_array_index (rows, j);

      if (b->bad || b->session->is_elective)
        continue;
      for (guint i = 0; i < j; i++)
        {
          TimetableRow *a = g_ptr_array_index (rows, i);
          g_autofree char *message = NULL;

          if (a->bad || a->session->is_elective
              || !g_str_equal (a->session->date, b->session->date)
              || strcmp (a->session->start_time, b->session->end_time) >= 0
              || strcmp (b->session->start_time, a->session->end_time) >= 0)
            continue;
          message = g_strdup_printf (_("Row %u is a session of the class at the same time."),
                                     a->number);
          add_problem (imp, b, -1, NULL, message);
          g_hash_table_add (pairs, g_strdup_printf ("%u:%u", a->number, b->number));
          break;
        }
    }
}

/* Writing */

static GPtrArray *
load_stored_sessions (PxDatabase  *db,
                      const char  *class_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_session_free);
  g_autofree char *sql =
    g_strdup_printf ("SELECT %s FROM session WHERE class_id = ?1 ORDER BY date, start_time, id",
                     px_entity_get_columns (&px_session_entity));
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sessions, px_record_from_row (&px_session_entity, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sessions);
}

/* Pairs each row with the stored session at its date and start time, the one of the same
 * course first when electives share the time; each stored session goes to one row at most. */
static void
match_stored (GPtrArray  *rows,
              GPtrArray  *stored,
              GHashTable *matched)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < rows->len; i++)
      {
        TimetableRow *row = g_ptr_array_index (rows, i);
        const PxSession *s = row->session;

        if (row->stored != NULL || s->date == NULL || s->start_time == NULL)
          continue;
        for (guint j = 0; j < stored->len; j++)
          {
            PxSession *candidate = g_ptr_array_index (stored, j);

            if (g_hash_table_contains (matched, candidate)
                || !g_str_equal (candidate->date, s->date)
                || !g_str_equal (candidate->start_time, s->start_time)
                || (pass == 0 && g_strcmp0 (candidate->course_id, s->course_id) != 0))
              continue;
            row->stored = candidate;
            g_hash_table_add (matched, candidate);
            break;
          }
      }
}

/* A sheet without a 选学 or 容量 column leaves a stored session's as they were. */
static void
keep_stored_electives (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TimetableRow *row = g_ptr_array_index (rows, i);

      if (row->stored == NULL)
        continue;
      if (!row->elective_given)
        row->session->is_elective = row->stored->is_elective;
      if (!row->capacity_given)
        row->session->elective_capacity = row->stored->elective_capacity;
    }
}

/* What a dropped session has that deleting it would lose. */
static gboolean
count_records_of (PxDatabase  *db,
                  const char  *session_id,
                  gint64      *n_attendance,
                  gint64      *n_choices,
                  GError     **error)
{
  static const char sql[] =
    "SELECT (SELECT count (*) FROM attendance WHERE session_id = ?1),"
    " (SELECT count (*) FROM elective_choice WHERE session_id = ?1)";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *n_attendance = sqlite3_column_int64 (stmt, 0);
      *n_choices = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Deletes the stored sessions no row matched. One with attendance or elective choices is a
 * problem, unless some row has no date or time to match by: then the registrar is told about
 * that row, not about a session it may well have meant. */
static gboolean
delete_dropped (Importer   *imp,
                GPtrArray  *rows,
                GPtrArray  *stored,
                GHashTable *matched,
                GError    **error)
{
  gboolean all_matchable = TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      const PxSession *s = ((TimetableRow *) g_ptr_array_index (rows, i))->session;

      all_matchable &= s->date != NULL && s->start_time != NULL;
    }

  for (guint j = 0; j < stored->len; j++)
    {
      const PxSession *old = g_ptr_array_index (stored, j);
      gint64 n_attendance = 0, n_choices = 0;

      if (g_hash_table_contains (matched, old))
        continue;
      if (all_matchable)
        {
          g_autofree char *message = NULL;

          if (!count_records_of (imp->db, old->base.id, &n_attendance, &n_choices, error))
            return FALSE;
          /* Translators: the dropped session's date, slot (上午 …), start and end times */
          if (n_attendance > 0)
            message = g_strdup_printf (_("The session of %s (%s, %s–%s) is not in the file, but "
                                         "attendance has been taken for it: keep it in the "
                                         "file, or delete it in the timetable first."),
                                       old->date, px_class_timetable_slot_label (old->slot),
                                       old->start_time, old->end_time);
          else if (n_choices > 0)
            message = g_strdup_printf (_("The session of %s (%s, %s–%s) is not in the file, but "
                                         "trainees have chosen it as an elective: keep it in "
                                         "the file, or delete it in the timetable first."),
                                       old->date, px_class_timetable_slot_label (old->slot),
                                       old->start_time, old->end_time);
          if (message != NULL)
            px_import_report_add_problem (imp->report, 0, NULL, NULL, message);
        }
      /* deleted even so, so that the file's sessions are checked against the timetable it
       * makes; a refused file is rolled back */
      if (!px_entity_delete (imp->db, &px_session_entity, old->base.id, error))
        return FALSE;
      imp->result->n_deleted++;
    }
  return TRUE;
}

/* Writes the rows that make sessions: updates in place, inserts under the import's stamp.
 * by_id receives session id → row for every row with a session in the database. */
static gboolean
write_rows (Importer    *imp,
            GPtrArray   *rows,
            GHashTable  *by_id,
            GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TimetableRow *row = g_ptr_array_index (rows, i);
      PxSession *s = row->session;
      const PxSession *old = row->stored;
      g_autoptr(GError) local_error = NULL;
      gboolean changed = FALSE;

      if (old != NULL)
        g_hash_table_insert (by_id, old->base.id, row);
      if (row->bad)
        continue;
      if (old != NULL)
        {
          s->base.id = g_strdup (old->base.id);
          s->base.created_at = g_strdup (old->base.created_at);
          s->base.updated_at = g_strdup (old->base.updated_at);
        }
      if (!px_session_entity.validate (imp->db, s, &local_error))
        {
          add_problem (imp, row, -1, NULL, local_error->message);
          continue;
        }
      if (!px_entity_write (imp->db, &px_session_entity, s, old, imp->stamp, &changed, error))
        return FALSE;
      g_hash_table_insert (by_id, s->base.id, row);
      row->written = TRUE;

      if (old == NULL)
        imp->report->n_new++;
      else if (changed)
        imp->report->n_updated++;
      else
        imp->report->n_unchanged++;
      imp->result->n_sessions++;
      imp->result->hours += s->hours;
    }
  return TRUE;
}

/* The other session of a conflict: its date, slot, times and class. */
typedef struct
{
  char *date;
  char *slot;
  char *start_time;
  char *end_time;
  char *class_code;
} OtherSession;

static void
other_session_clear (OtherSession *other)
{
  g_free (other->date);
  g_free (other->slot);
  g_free (other->start_time);
  g_free (other->end_time);
  g_free (other->class_code);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OtherSession, other_session_clear)

static gboolean
get_other_session (PxDatabase    *db,
                   const char    *session_id,
                   OtherSession  *other,
                   GError       **error)
{
  static const char sql[] =
    "SELECT s.date, s.slot, s.start_time, s.end_time, c.code"
    " FROM session s JOIN class c ON c.id = s.class_id WHERE s.id = ?1";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      other->date = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      other->slot = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      other->start_time = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      other->end_time = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      other->class_code = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The place as the row names it, for a message. */
static const char *
place_of (TimetableRow *row)
{
  return row->place != NULL ? row->place : "";
}

/* A teacher or place booked twice: by another row of the file (the later row gets the problem)
 * or by another class. */
static gboolean
add_booking_problem (Importer               *imp,
                     const PxClassConflict  *conflict,
                     GHashTable             *by_id,
                     GHashTable             *pairs,
                     GError                **error)
{
  gboolean teacher = conflict->kind == PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED;
  TimetableRow *row, *other_row;
  g_auto(OtherSession) other = { NULL };
  g_autofree char *message = NULL;

  if (g_strv_length (conflict->session_ids) < 2
      || (row = g_hash_table_lookup (by_id, conflict->session_ids[0])) == NULL)
    return TRUE;   /* cannot be: every session of the class comes from a row */
  other_row = g_hash_table_lookup (by_id, conflict->session_ids[1]);
  /* a bad row left its stored session as it was: what that collides with is not the row's */
  if (!row->written || (other_row != NULL && !other_row->written))
    return TRUE;

  if (other_row != NULL)
    {
      TimetableRow *first = other_row->number < row->number ? other_row : row;
      TimetableRow *later = first == row ? other_row : row;
      g_autofree char *pair = g_strdup_printf ("%u:%u", first->number, later->number);

      if (!g_hash_table_add (pairs, g_steal_pointer (&pair)))
        return TRUE;   /* said already */
      if (teacher)
        message = g_strdup_printf (_("Teacher %s also teaches row %u at the same time."),
                                   later->teacher_name, first->number);
      else
        message = g_strdup_printf (_("%s is also booked by row %u at the same time."),
                                   place_of (later), first->number);
      add_problem (imp, later, teacher ? COL_TEACHER : COL_PLACE,
                   teacher ? later->teacher_name : later->place, message);
      return TRUE;
    }

  if (!get_other_session (imp->db, conflict->session_ids[1], &other, error))
    return FALSE;
  if (teacher)
    /* Translators: the teacher, the other class's code, the other session's date, slot
     * (上午 …), start and end times */
    message = g_strdup_printf (_("Teacher %s already teaches class %s at that time: %s, %s, "
                                 "%s–%s."),
                               row->teacher_name, other.class_code, other.date,
                               px_class_timetable_slot_label (other.slot), other.start_time,
                               other.end_time);
  else
    /* Translators: the base or room, the other class's code, the other session's date, slot
     * (上午 …), start and end times */
    message = g_strdup_printf (_("%s is already booked for class %s at that time: %s, %s, "
                                 "%s–%s."),
                               place_of (row), other.class_code, other.date,
                               px_class_timetable_slot_label (other.slot), other.start_time,
                               other.end_time);
  add_problem (imp, row, teacher ? COL_TEACHER : COL_PLACE,
               teacher ? row->teacher_name : row->place, message);
  return TRUE;
}

/* The conflicts of the timetable the file made: bookings are problems, hours short a
 * warning; sessions outside the dates were found row by row. */
static gboolean
check_conflicts (Importer    *imp,
                 GHashTable  *by_id,
                 GHashTable  *pairs,
                 GError     **error)
{
  g_autoptr(GPtrArray) conflicts = px_class_list_conflicts (imp->db, imp->summary->id, error);

  if (conflicts == NULL)
    return FALSE;
  for (guint i = 0; i < conflicts->len; i++)
    {
      const PxClassConflict *conflict = g_ptr_array_index (conflicts, i);

      switch (conflict->kind)
        {
        case PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED:
        case PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED:
          if (!add_booking_problem (imp, conflict, by_id, pairs, error))
            return FALSE;
          break;
        case PX_CLASS_CONFLICT_HOURS_SHORT:
          g_ptr_array_add (imp->result->warnings, g_strdup (conflict->message));
          break;
        case PX_CLASS_CONFLICT_OUTSIDE_DATES:
        default:
          break;
        }
    }
  return TRUE;
}

/* One audit row for the records of a table that the import made (they carry its stamp);
 * updates and deletes have their own rows. */
static gboolean
audit_import (Importer    *imp,
              const char  *table,
              guint        n_inserted,
              const char  *path,
              GError     **error)
{
  g_autoptr(GString) changes = g_string_new ("{");
  g_autofree char *basename = g_path_get_basename (path);
  gboolean sessions = g_str_equal (table, "session");
  char id[37];

  px_json_append_key (changes, "file");
  px_json_append_string (changes, basename);
  px_json_append_key (changes, "class");
  px_json_append_string (changes, imp->summary->code);
  px_json_append_key (changes, "rows");
  g_string_append_printf (changes, "%u", imp->report->n_rows);
  px_json_append_key (changes, "inserted");
  g_string_append_printf (changes, "%u", n_inserted);
  if (sessions)
    {
      px_json_append_key (changes, "updated");
      g_string_append_printf (changes, "%u", imp->report->n_updated);
      px_json_append_key (changes, "deleted");
      g_string_append_printf (changes, "%u", imp->result->n_deleted);
    }
  px_json_append_key (changes, "created_at");
  px_json_append_string (changes, imp->stamp);
  g_string_append_c (changes, '}');
  px_uuid_generate (id);
  return px_database_audit (imp->db, table, id, "import", changes->str, error);
}

static gboolean
audit_all (Importer    *imp,
           const char  *path,
           GError     **error)
{
  PxTimetableImport *result = imp->result;
  PxImportReport *report = imp->report;

  if ((report->n_new > 0 || report->n_updated > 0 || result->n_deleted > 0)
      && !audit_import (imp, "session", report->n_new, path, error))
    return FALSE;
  if (result->created_courses->len > 0
      && !audit_import (imp, "course", result->created_courses->len, path, error))
    return FALSE;
  if (result->created_teachers->len > 0
      && !audit_import (imp, "teacher", result->created_teachers->len, path, error))
    return FALSE;
  return TRUE;
}

static gint
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const PxImportProblem *x = *(PxImportProblem * const *) a;
  const PxImportProblem *y = *(PxImportProblem * const *) b;

  return (x->row > y->row) - (x->row < y->row);
}

/* Everything but the commit, inside the transaction. */
static gboolean
import_rows (Importer    *imp,
             GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (timetable_row_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!load_names (imp->db, "SELECT id, title, method FROM course", FALSE, imp->courses, error)
      || !load_names (imp->db, "SELECT id, name, NULL FROM teacher", TRUE, imp->teachers, error)
      || !load_names (imp->db, "SELECT id, name, NULL FROM base", FALSE, imp->bases, error)
      || !load_rooms (imp->db, imp->rooms, error))
    return FALSE;

  if (!read_rows (imp, rows, error))
    return FALSE;
  stored = load_stored_sessions (imp->db, imp->summary->id, error);
  if (stored == NULL)
    return FALSE;
  match_stored (rows, stored, matched);
  keep_stored_electives (rows);
  check_overlaps (imp, rows, pairs);
  /* the dropped sessions go first, so that a session moved to their time is free to */
  if (!delete_dropped (imp, rows, stored, matched, error)
      || !write_rows (imp, rows, by_id, error)
      || !check_conflicts (imp, by_id, pairs, error))
    return FALSE;
  return TRUE;
}

PxTimetableImport *
px_timetable_import_file (PxDatabase             *db,
                          const char             *class_code,
                          const char             *path,
                          PxTimetableImportFlags  flags,
                          GError                **error)
{
  g_autoptr(PxTimetableImport) result = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  g_autoptr(PxColumnMap) map = NULL;
  g_autoptr(GHashTable) courses = names_new ();
  g_autoptr(GHashTable) teachers = names_new ();
  g_autoptr(GHashTable) bases = names_new ();
  g_autoptr(GHashTable) rooms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PxImportReport *report;
  Importer imp;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  summary = px_class_summary_get_by_code (db, class_code, error);
  if (summary == NULL)
    return NULL;
  sheet = px_sheet_read_file (path, error);
  if (sheet == NULL)
    return NULL;
  map = px_column_map_find (sheet, timetable_specs, G_N_ELEMENTS (timetable_specs), error);
  if (map == NULL)
    return NULL;
  if (px_column_map_get_column (map, COL_SLOT) < 0 && px_column_map_get_column (map, COL_START) < 0
      && px_column_map_get_column (map, COL_TIME) < 0)
    {
      g_set_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_MISSING_COLUMN,
                   _("The header in row %u has no column “%s”, “%s” or “%s”, which say when a "
                     "session is."),
                   px_sheet_get_row_number (sheet, px_column_map_get_header_row (map)),
                   timetable_specs[COL_SLOT].header, timetable_specs[COL_START].header,
                   timetable_specs[COL_TIME].header);
      return NULL;
    }

  result = g_new0 (PxTimetableImport, 1);
  result->report = report = px_import_report_new (path);
  result->class_code = g_strdup (summary->code);
  result->created_courses = g_ptr_array_new_with_free_func (g_free);
  result->created_teachers = g_ptr_array_new_with_free_func (g_free);
  result->new_rooms = g_ptr_array_new_with_free_func (g_free);
  result->warnings = g_ptr_array_new_with_free_func (g_free);
  report->dry_run = (flags & PX_TIMETABLE_IMPORT_DRY_RUN) != 0;
  report->encoding = g_strdup (px_sheet_get_encoding (sheet));
  report->header_row = px_sheet_get_row_number (sheet, px_column_map_get_header_row (map));

  imp = (Importer) { db, summary, result, report, sheet, map,
                     (flags & PX_TIMETABLE_IMPORT_CREATE_MISSING) != 0, "",
                     courses, teachers, bases, rooms, 0 };
  px_timestamp_format (g_get_real_time (), imp.stamp);

  /* Even a dry run writes, in a transaction it then rolls back: the conflicts are those of the
   * timetable the file makes, found by the same queries as the class pane's. */
  if (!px_database_begin (db, error))
    return NULL;
  if (!import_rows (&imp, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  /* stable: a row's problems stay in the order they were found */
  g_ptr_array_sort (report->problems, compare_problems);

  if (report->problems->len > 0)
    {
      px_database_rollback (db);
      report->n_new = report->n_updated = report->n_unchanged = 0;
      result->n_deleted = 0;
      return g_steal_pointer (&result);
    }
  if (report->dry_run)
    px_database_rollback (db);
  else if (!audit_all (&imp, path, error) || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  else
    report->written = TRUE;

  g_debug ("Timetable of %s: %u new, %u updated, %u unchanged, %u deleted sessions",
           summary->code, report->n_new, report->n_updated, report->n_unchanged,
           result->n_deleted);
  return g_steal_pointer (&result);
}

static void
append_strings (GString   *out,
                const char *key,
                GPtrArray *strings)
{
  px_json_append_key (out, key);
  g_string_append_c (out, '[');
  for (guint i = 0; i < strings->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      px_json_append_string (out, g_ptr_array_index (strings, i));
    }
  g_string_append_c (out, ']');
}

char *
px_timetable_import_to_json (PxTimetableImport *result)
{
  g_autofree char *text = NULL;
  GString *out;

  g_return_val_if_fail (result != NULL, NULL);

  text = px_import_report_to_json (result->report);
  out = g_string_new (text);
  g_assert (out->len > 0 && out->str[out->len - 1] == '}');
  g_string_truncate (out, out->len - 1);
  px_json_append_key (out, "class");
  px_json_append_string (out, result->class_code);
  px_json_append_key (out, "sessions");
  g_string_append_printf (out, "%u", result->n_sessions);
  px_json_append_key (out, "deleted");
  g_string_append_printf (out, "%u", result->n_deleted);
  px_json_append_key (out, "hours");
  px_json_append_number (out, result->hours);
  px_json_append_key (out, "unknown");
  g_string_append_printf (out, "%u", result->n_unknown);
  append_strings (out, "created_courses", result->created_courses);
  append_strings (out, "created_teachers", result->created_teachers);
  append_strings (out, "new_rooms", result->new_rooms);
  append_strings (out, "warnings", result->warnings);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}
