/* px-timetable-cells.c: what the cells of a timetable sheet say, read the many ways registrars
 * write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-cells"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "px-class-timetable.h"
#include "px-column-map.h"
#include "px-date.h"
#include "px-timetable-cells.h"

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

const char *
px_timetable_cells_parse_slot (const char *text)
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
const char *
px_timetable_cells_slot_for_time (const char *start_time)
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
char *
px_timetable_cells_strip_marks (const char *text)
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
char *
px_timetable_cells_parse_time (const char *text)
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
char *
px_timetable_cells_parse_time_cell (const char *text)
{
  const char *space;
  char *time = px_timetable_cells_parse_time (text);

  if (time == NULL && (space = strrchr (text, ' ')) != NULL)
    time = px_timetable_cells_parse_time (space + 1);
  return time;
}

/* "08:30-11:30" and its spellings (8:30—11:30, 8:30～11:30, 8:30至11:30): both ends, or FALSE. */
gboolean
px_timetable_cells_parse_time_range (const char  *text,
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
      first = px_timetable_cells_parse_time (left);
      second = px_timetable_cells_parse_time (at + strlen (separators[i]));
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
gboolean
px_timetable_cells_parse_slot_with_times (const char  *text,
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
  times = px_timetable_cells_strip_marks (lower + strlen (slot_names[best].text));
  if (times == NULL || !px_timetable_cells_parse_time_range (times, &first, &second))
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
char *
px_timetable_cells_parse_date (const char *text,
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
gboolean
px_timetable_cells_parse_hours (const char *text,
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
gboolean
px_timetable_cells_parse_capacity (const char *text,
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
gboolean
px_timetable_cells_parse_yes_no (const char *text,
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

