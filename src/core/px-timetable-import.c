/* px-timetable-import.c: a class's timetable (课表) from the sheet a registrar keeps in Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-class-timetable.h"
#include "px-json.h"
#include "px-timetable-import-private.h"
#include "px-uuid.h"

/* Columns */

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
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (_px_timetable_row_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!_px_timetable_names_load (imp, error) || !_px_timetable_rows_read (imp, rows, error))
    return FALSE;
  stored = load_stored_sessions (imp->db, imp->summary->id, error);
  if (stored == NULL)
    return FALSE;
  match_stored (rows, stored, matched);
  keep_stored_electives (rows);
  _px_timetable_rows_check_overlaps (imp, rows, pairs);
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
  g_autoptr(GHashTable) courses = _px_timetable_names_new ();
  g_autoptr(GHashTable) teachers = _px_timetable_names_new ();
  g_autoptr(GHashTable) bases = _px_timetable_names_new ();
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
