/* px-class-timetable.c: 课表, a class's sessions as the timetable shows them, their changes, and
 * the fixes for their conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-timetable"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-attendance.h"
#include "px-class-timetable.h"
#include "px-elective-choice.h"
#include "px-teaching-method.h"
#include "px-training-class.h"

struct _PxDeletedSession
{
  PxSession *session;
  GPtrArray *choices;      /* PxElectiveChoice */
  GPtrArray *attendance;   /* PxAttendance */
};

typedef struct
{
  const char *slot;
  const char *start_time;
  const char *end_time;
} SlotTimes;

/* A party school's usual half days; the same as the demo's and the timetable import's. */
static const SlotTimes slot_times[] = {
  { "morning", "08:30", "11:30" },
  { "afternoon", "14:30", "17:30" },
  { "evening", "19:00", "21:00" },
};

static const char * const slots[] = { "morning", "afternoon", "evening", NULL };

const char * const *
px_class_timetable_slots (void)
{
  return slots;
}

gboolean
px_class_timetable_slot_times (const char  *slot,
                               const char **start_time,
                               const char **end_time)
{
  for (guint i = 0; i < G_N_ELEMENTS (slot_times); i++)
    if (g_strcmp0 (slot, slot_times[i].slot) == 0)
      {
        if (start_time != NULL)
          *start_time = slot_times[i].start_time;
        if (end_time != NULL)
          *end_time = slot_times[i].end_time;
        return TRUE;
      }
  return FALSE;
}

const char *
px_class_timetable_slot_label (const char *slot)
{
  /* Translators: the half-day slots of a timetable (上午, 下午, 晚上) */
  if (g_strcmp0 (slot, "morning") == 0)
    return C_("slot", "Morning");
  if (g_strcmp0 (slot, "afternoon") == 0)
    return C_("slot", "Afternoon");
  if (g_strcmp0 (slot, "evening") == 0)
    return C_("slot", "Evening");
  return slot != NULL ? slot : "";
}

static int
slot_index (const char *slot)
{
  for (int i = 0; slots[i] != NULL; i++)
    if (g_strcmp0 (slot, slots[i]) == 0)
      return i;
  return -1;
}

/* Helpers */

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
finish_rows (PxDatabase    *db,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_not_found (GError **error)
{
  g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
               _("The session no longer exists."));
  return FALSE;
}

/* Whole days from one ISO date to another. */
static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3
      || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Listing */

void
px_timetable_entry_free (PxTimetableEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->date);
  g_free (entry->slot);
  g_free (entry->start_time);
  g_free (entry->end_time);
  g_free (entry->course_id);
  g_free (entry->title);
  g_free (entry->teacher_id);
  g_free (entry->teacher_name);
  g_free (entry->base_id);
  g_free (entry->base_name);
  g_free (entry->room);
  g_free (entry->method);
  g_free (entry);
}

GPtrArray *
px_class_timetable_list (PxDatabase  *db,
                         const char  *class_id,
                         GError     **error)
{
  /* session_class finds the rows; the names come by primary key, the choices through their
   * UNIQUE (session_id, enrollment_id) index */
  static const char sql[] =
    "SELECT s.id, s.date, s.slot, s.start_time, s.end_time, s.course_id,"
    "   coalesce (c.title, s.title), s.teacher_id, t.name, s.base_id, b.name, s.room, s.method,"
    "   s.hours, s.is_elective, s.elective_capacity,"
    "   (SELECT count (*) FROM elective_choice e WHERE e.session_id = s.id)"
    " FROM session s"
    " LEFT JOIN course c ON c.id = s.course_id"
    " LEFT JOIN teacher t ON t.id = s.teacher_id"
    " LEFT JOIN base b ON b.id = s.base_id"
    " WHERE s.class_id = ?1"
    " ORDER BY s.date, s.start_time, coalesce (c.title, s.title)";
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) px_timetable_entry_free);
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxTimetableEntry *entry = g_new0 (PxTimetableEntry, 1);

      entry->id = column_dup (stmt, 0);
      entry->date = column_dup (stmt, 1);
      entry->slot = column_dup (stmt, 2);
      entry->start_time = column_dup (stmt, 3);
      entry->end_time = column_dup (stmt, 4);
      entry->course_id = column_dup (stmt, 5);
      entry->title = column_dup (stmt, 6);
      entry->teacher_id = column_dup (stmt, 7);
      entry->teacher_name = column_dup (stmt, 8);
      entry->base_id = column_dup (stmt, 9);
      entry->base_name = column_dup (stmt, 10);
      entry->room = column_dup (stmt, 11);
      entry->method = column_dup (stmt, 12);
      entry->hours = sqlite3_column_double (stmt, 13);
      entry->is_elective = sqlite3_column_int (stmt, 14) != 0;
      entry->elective_capacity = sqlite3_column_type (stmt, 15) == SQLITE_NULL
                                   ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 15);
      entry->n_choices = sqlite3_column_int (stmt, 16);
      g_ptr_array_add (entries, entry);
    }
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&entries);
}

/* Writing */

static void
tidy_text (char **text)
{
  if (*text == NULL)
    return;
  g_strstrip (*text);
  if (**text == '\0')
    g_clear_pointer (text, g_free);
}

static void
tidy_session (PxSession *session)
{
  tidy_text (&session->date);
  tidy_text (&session->slot);
  tidy_text (&session->start_time);
  tidy_text (&session->end_time);
  tidy_text (&session->course_id);
  tidy_text (&session->title);
  tidy_text (&session->teacher_id);
  tidy_text (&session->base_id);
  tidy_text (&session->room);
  tidy_text (&session->method);
  if (!session->is_elective)
    session->elective_capacity = PX_INT_UNSET;
}

gboolean
px_class_timetable_insert (PxDatabase  *db,
                           PxSession   *session,
                           GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  tidy_session (session);
  return px_session_insert (db, session, error);
}

gboolean
px_class_timetable_update (PxDatabase  *db,
                           PxSession   *session,
                           GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session != NULL && session->base.id != NULL, FALSE);

  tidy_session (session);
  return px_session_update (db, session, NULL, error);
}

gboolean
px_class_timetable_move (PxDatabase  *db,
                         const char  *session_id,
                         const char  *date,
                         const char  *slot,
                         GError     **error)
{
  g_autoptr(PxSession) session = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *start_time, *end_time;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL && date != NULL && slot != NULL, FALSE);

  session = px_session_get (db, session_id, &local_error);
  if (session == NULL)
    {
      if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND))
        return set_not_found (error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (g_strcmp0 (session->slot, slot) != 0)
    {
      /* an unknown slot keeps the times and is refused by the record's check of the slot */
      if (px_class_timetable_slot_times (slot, &start_time, &end_time))
        {
          g_free (session->start_time);
          session->start_time = g_strdup (start_time);
          g_free (session->end_time);
          session->end_time = g_strdup (end_time);
        }
      g_free (session->slot);
      session->slot = g_strdup (slot);
    }
  g_free (session->date);
  session->date = g_strdup (date);
  return px_session_update (db, session, NULL, error);
}

/* Deleting, and undoing it */

void
px_deleted_session_free (PxDeletedSession *deleted)
{
  if (deleted == NULL)
    return;
  px_session_free (deleted->session);
  g_clear_pointer (&deleted->choices, g_ptr_array_unref);
  g_clear_pointer (&deleted->attendance, g_ptr_array_unref);
  g_free (deleted);
}

const PxSession *
px_deleted_session_get_session (PxDeletedSession *deleted)
{
  g_return_val_if_fail (deleted != NULL, NULL);
  return deleted->session;
}

static GPtrArray *
list_of_session (PxDatabase      *db,
                 const PxEntity  *entity,
                 const char      *session_id,
                 GError         **error)
{
  const char *filters[] = { "session_id", session_id, NULL };
  PxQuery query = { .filters = filters };

  return px_entity_list (db, entity, &query, error);
}

static gboolean
delete_all (PxDatabase      *db,
            const PxEntity  *entity,
            GPtrArray       *records,
            GError         **error)
{
  for (guint i = 0; i < records->len; i++)
    if (!px_entity_delete (db, entity, ((PxRecord *) g_ptr_array_index (records, i))->id, error))
      return FALSE;
  return TRUE;
}

static gboolean
insert_copies (PxDatabase      *db,
               const PxEntity  *entity,
               GPtrArray       *records,
               GError         **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      gpointer copy = px_record_copy (entity, g_ptr_array_index (records, i));
      gboolean done = px_entity_insert (db, entity, copy, error);

      px_record_free (entity, copy);
      if (!done)
        return FALSE;
    }
  return TRUE;
}

PxDeletedSession *
px_class_timetable_delete (PxDatabase  *db,
                           const char  *session_id,
                           GError     **error)
{
  g_autoptr(PxDeletedSession) deleted = g_new0 (PxDeletedSession, 1);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if (!px_database_begin (db, error))
    return NULL;
  deleted->session = px_session_get (db, session_id, &local_error);
  if (deleted->session == NULL)
    {
      px_database_rollback (db);
      if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND))
        set_not_found (error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* deleted one by one rather than by the schema's cascade, so that the audit log holds them */
  deleted->choices = list_of_session (db, &px_elective_choice_entity, session_id, error);
  if (deleted->choices == NULL)
    goto failed;
  deleted->attendance = list_of_session (db, &px_attendance_entity, session_id, error);
  if (deleted->attendance == NULL
      || !delete_all (db, &px_elective_choice_entity, deleted->choices, error)
      || !delete_all (db, &px_attendance_entity, deleted->attendance, error)
      || !px_session_delete (db, session_id, error)
      || !px_database_commit (db, error))
    goto failed;
  return g_steal_pointer (&deleted);

failed:
  px_database_rollback (db);
  return NULL;
}

gboolean
px_class_timetable_restore (PxDatabase        *db,
                            PxDeletedSession  *deleted,
                            GError           **error)
{
  g_autoptr(PxSession) session = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (deleted != NULL, FALSE);

  session = px_session_copy (deleted->session);
  if (!px_database_begin (db, error))
    return FALSE;
  if (!px_session_insert (db, session, error)
      || !insert_copies (db, &px_elective_choice_entity, deleted->choices, error)
      || !insert_copies (db, &px_attendance_entity, deleted->attendance, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* Teachers */

void
px_teacher_choice_free (PxTeacherChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->id);
  g_free (choice->name);
  g_free (choice);
}

/* Columns: id, name, teaches the course, competencies shared with it. */
static GPtrArray *
read_teachers (PxDatabase    *db,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) teachers = NULL;
  int rc;

  teachers = g_ptr_array_new_with_free_func ((GDestroyNotify) px_teacher_choice_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxTeacherChoice *choice = g_new0 (PxTeacherChoice, 1);

      choice->id = column_dup (stmt, 0);
      choice->name = column_dup (stmt, 1);
      choice->teaches_course = sqlite3_column_int (stmt, 2) != 0;
      choice->shared_competencies = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (teachers, choice);
    }
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&teachers);
}

/* What a teacher has to do with course ?1, for the select lists below. */
#define TEACHER_FIT_COLUMNS \
  "t.id, t.name," \
  " EXISTS (SELECT 1 FROM course_teacher ct WHERE ct.course_id = ?1 AND ct.teacher_id = t.id)" \
  "   AS teaches," \
  " (SELECT count (*) FROM teacher_competency tc" \
  "   JOIN course_competency cc ON cc.competency_id = tc.competency_id AND cc.course_id = ?1" \
  "   WHERE tc.teacher_id = t.id) AS shared"

GPtrArray *
px_class_timetable_teachers (PxDatabase  *db,
                             const char  *course_id,
                             GError     **error)
{
  static const char sql[] =
    "SELECT " TEACHER_FIT_COLUMNS " FROM teacher t"
    " ORDER BY teaches DESC, shared DESC, t.name, t.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, course_id, -1, SQLITE_TRANSIENT);
  return read_teachers (db, stmt, error);
}

GPtrArray *
px_class_timetable_free_teachers (PxDatabase  *db,
                                  const char  *session_id,
                                  guint        limit,
                                  GError     **error)
{
  /* candidates from course_teacher and the competency indexes; busy ones found through
   * session_teacher on the day */
  static const char sql[] =
    "SELECT " TEACHER_FIT_COLUMNS " FROM teacher t"
    " WHERE t.id IS NOT ?5"
    "   AND (t.id IN (SELECT teacher_id FROM course_teacher WHERE course_id = ?1)"
    "        OR t.id IN (SELECT tc.teacher_id FROM teacher_competency tc"
    "                    JOIN course_competency cc ON cc.competency_id = tc.competency_id"
    "                    WHERE cc.course_id = ?1))"
    "   AND NOT EXISTS (SELECT 1 FROM session o"
    "                   WHERE o.teacher_id = t.id AND o.date = ?2 AND o.id <> ?6"
    "                     AND o.start_time < ?4 AND ?3 < o.end_time)"
    " ORDER BY teaches DESC, shared DESC, t.name, t.id"
    " LIMIT ?7";
  g_autoptr(PxSession) session = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  session = px_session_get (db, session_id, &local_error);
  if (session == NULL)
    {
      if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND))
        set_not_found (error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (session->course_id == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) px_teacher_choice_free);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, session->course_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, session->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, session->start_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, session->end_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, session->teacher_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, session->base.id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, limit > 0 ? (gint64) limit : -1);
  return read_teachers (db, stmt, error);
}

/* The next free slot */

/* Whether anything of stmt's (bound) query is there. */
static gboolean
query_exists (PxDatabase    *db,
              sqlite3_stmt  *stmt,
              gboolean      *exists,
              GError       **error)
{
  int rc = sqlite3_step (stmt);

  *exists = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW)
    rc = SQLITE_DONE;
  return finish_rows (db, stmt, rc, error);
}

/* Whether the session's teacher and place are taken on date from start to end by another
 * session; the place as px_class_list_conflicts reads it. */
static gboolean
is_taken (PxDatabase       *db,
          const PxSession  *session,
          const char       *date,
          const char       *start_time,
          const char       *end_time,
          gboolean         *taken,
          GError          **error)
{
  static const char teacher_sql[] =
    "SELECT 1 FROM session WHERE teacher_id = ?1 AND date = ?2 AND id <> ?3"
    " AND start_time < ?5 AND ?4 < end_time LIMIT 1";
  static const char place_sql[] =
    "SELECT 1 FROM session o WHERE o.base_id IS ?1 AND o.date = ?2 AND o.id <> ?3"
    " AND o.start_time < ?5 AND ?4 < o.end_time AND o.method <> 'online'"
    " AND CASE WHEN ?1 IS NULL THEN o.room = ?6"
    "     ELSE o.room IS NULL OR ?6 IS NULL OR o.room = ?6 END"
    " LIMIT 1";
  sqlite3_stmt *stmt;

  *taken = FALSE;
  if (session->teacher_id != NULL)
    {
      stmt = px_database_prepare_static (db, teacher_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, session->teacher_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, session->base.id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, start_time, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, end_time, -1, SQLITE_TRANSIENT);
      if (!query_exists (db, stmt, taken, error))
        return FALSE;
      if (*taken)
        return TRUE;
    }
  if (g_strcmp0 (session->method, "online") == 0
      || (session->base_id == NULL && session->room == NULL))
    return TRUE;
  stmt = px_database_prepare_static (db, place_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session->base_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, session->base.id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, start_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, end_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, session->room, -1, SQLITE_TRANSIENT);
  return query_exists (db, stmt, taken, error);
}

/* "date slot" keys of the class's other sessions */
static GHashTable *
occupied_slots (PxDatabase       *db,
                const PxSession  *session,
                GError          **error)
{
  static const char sql[] = "SELECT date, slot FROM session WHERE class_id = ?1 AND id <> ?2";
  g_autoptr(GHashTable) occupied = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, session->class_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, session->base.id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (occupied, g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 0),
                                                 sqlite3_column_text (stmt, 1)));
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&occupied);
}

/* Whether the session could move to date and slot; *fits says. */
static gboolean
slot_fits (PxDatabase       *db,
           const PxSession  *session,
           GHashTable       *occupied,
           const char       *date,
           const char       *slot,
           gboolean         *fits,
           GError          **error)
{
  g_autofree char *key = g_strdup_printf ("%s %s", date, slot);
  const char *start_time = session->start_time, *end_time = session->end_time;
  gboolean taken;

  *fits = FALSE;
  if ((g_strcmp0 (date, session->date) == 0 && g_strcmp0 (slot, session->slot) == 0)
      || g_hash_table_contains (occupied, key))
    return TRUE;
  if (g_strcmp0 (slot, session->slot) != 0)
    px_class_timetable_slot_times (slot, &start_time, &end_time);
  if (!is_taken (db, session, date, start_time, end_time, &taken, error))
    return FALSE;
  *fits = !taken;
  return TRUE;
}

gboolean
px_class_timetable_next_free_slot (PxDatabase  *db,
                                   const char  *session_id,
                                   char       **date,
                                   char       **slot,
                                   GError     **error)
{
  g_autoptr(PxSession) session = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(GHashTable) occupied = NULL;
  g_autoptr(GError) local_error = NULL;
  GDate here, first, last, horizon, day;
  /* an evening is no place for a daytime session: classes keep evenings for self-study */
  int n_slots;
  int here_slot;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);
  g_return_val_if_fail (date != NULL && slot != NULL, FALSE);

  *date = NULL;
  *slot = NULL;
  session = px_session_get (db, session_id, &local_error);
  if (session == NULL)
    {
      if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND))
        return set_not_found (error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  training_class = px_training_class_get (db, session->class_id, error);
  if (training_class == NULL)
    return FALSE;
  if (!parse_date (session->date, &here) || !parse_date (training_class->start_date, &first)
      || !parse_date (training_class->end_date, &last))
    return TRUE;
  occupied = occupied_slots (db, session, error);
  if (occupied == NULL)
    return FALSE;

  here_slot = MAX (slot_index (session->slot), 0);
  n_slots = g_strcmp0 (session->slot, "evening") == 0 ? 3 : 2;
  horizon = here;
  g_date_add_days (&horizon, 7);

  /* later slots of the next 7 days that are class days, then the class's days from the first */
  for (int pass = 0; pass < 2; pass++)
    {
      GDate end = pass == 0 && g_date_compare (&horizon, &last) < 0 ? horizon : last;

      day = pass == 0 ? here : first;
      for (; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
        {
          g_autofree char *iso = NULL;

          if (g_date_compare (&day, &first) < 0)
            continue;
          iso = format_date (&day);
          for (int s = 0; s < n_slots; s++)
            {
              gboolean fits;

              if (pass == 0 && g_date_compare (&day, &here) == 0 && s <= here_slot)
                continue;
              if (!slot_fits (db, session, occupied, iso, slots[s], &fits, error))
                return FALSE;
              if (fits)
                {
                  *date = g_steal_pointer (&iso);
                  *slot = g_strdup (slots[s]);
                  return TRUE;
                }
            }
        }
    }
  return TRUE;
}

/* The method mix */

static void
method_hours_clear (gpointer data)
{
  PxMethodHours *m = data;

  g_clear_pointer (&m->method, g_free);
  g_clear_pointer (&m->label, g_free);
}

void
px_method_mix_free (PxMethodMix *mix)
{
  if (mix == NULL)
    return;
  g_clear_pointer (&mix->methods, g_array_unref);
  g_free (mix);
}

static void
add_method (PxMethodMix *mix,
            const char  *key,
            const char  *label,
            double       hours)
{
  PxMethodHours m = { g_strdup (key), g_strdup (label), hours };

  g_array_append_val (mix->methods, m);
}

PxMethodMix *
px_class_timetable_method_mix (PxDatabase  *db,
                               const char  *class_id,
                               GError     **error)
{
  static const char class_sql[] = "SELECT max_lecture_share FROM class WHERE id = ?1";
  static const char sql[] =
    "SELECT method, total (hours) FROM session WHERE class_id = ?1 GROUP BY method";
  const PxTeachingMethod *methods = px_teaching_methods ();
  g_autoptr(PxMethodMix) mix = g_new0 (PxMethodMix, 1);
  g_autoptr(GHashTable) hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) unknown = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  mix->methods = g_array_new (FALSE, TRUE, sizeof (PxMethodHours));
  g_array_set_clear_func (mix->methods, method_hours_clear);

  stmt = px_database_prepare_static (db, class_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      mix->max_lecture_share = sqlite3_column_double (stmt, 0);
      rc = SQLITE_DONE;
    }
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  if (!found)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("The class no longer exists."));
      return NULL;
    }

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (hours, column_dup (stmt, 0),
                         g_memdup2 (&(double) { sqlite3_column_double (stmt, 1) },
                                    sizeof (double)));
  if (!finish_rows (db, stmt, rc, error))
    return NULL;

  /* the known methods in their own order, then any others by key */
  for (guint i = 0; methods[i].key != NULL; i++)
    {
      double *h = g_hash_table_lookup (hours, methods[i].key);

      if (h == NULL)
        continue;
      add_method (mix, methods[i].key, _(methods[i].label), *h);
      if (methods[i].practice)
        mix->practice_hours += *h;
      else
        mix->theory_hours += *h;
      if (g_strcmp0 (methods[i].key, "lecture") == 0)
        mix->lecture_hours += *h;
      mix->hours += *h;
    }
  unknown = g_hash_table_get_keys (hours);
  unknown = g_list_sort (unknown, (GCompareFunc) g_strcmp0);
  for (GList *l = unknown; l != NULL; l = l->next)
    if (px_teaching_method_lookup (l->data) == NULL)
      {
        double h = *(double *) g_hash_table_lookup (hours, l->data);

        /* a method we do not know is neither lecturing nor practice we can vouch for */
        add_method (mix, l->data, l->data, h);
        mix->theory_hours += h;
        mix->hours += h;
      }
  mix->lecture_share = mix->hours > 0 ? mix->lecture_hours / mix->hours : 0;
  return g_steal_pointer (&mix);
}
