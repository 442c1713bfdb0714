/* px-class-attendance.c: 考勤, a class's roll-call per session, leave requests and the hours
 * each trainee attended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-attendance"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-attendance.h"
#include "px-class-attendance.h"
#include "px-class-completion.h"
#include "px-entity.h"

G_DEFINE_QUARK (px-class-attendance-error-quark, px_class_attendance_error)

static const char * const statuses[] = { "present", "late", "leave", "absent", NULL };

/* Who is on a session's roll, for s (the session) and e (the enrollment): the enrolled, and
 * for an elective only those who chose it or were marked anyway. */
#define ON_ROLL                                                                                 \
  "e.class_id = s.class_id AND e.status = 'enrolled' "                                          \
  "AND (s.is_elective = 0 "                                                                     \
  "     OR EXISTS (SELECT 1 FROM elective_choice ch "                                           \
  "                WHERE ch.session_id = s.id AND ch.enrollment_id = e.id) "                    \
  "     OR EXISTS (SELECT 1 FROM attendance ax "                                                \
  "                WHERE ax.session_id = s.id AND ax.enrollment_id = e.id))"

void
px_attendance_session_free (PxAttendanceSession *session)
{
  if (session == NULL)
    return;
  g_free (session->id);
  g_free (session->date);
  g_free (session->slot);
  g_free (session->start_time);
  g_free (session->end_time);
  g_free (session->title);
  g_free (session);
}

void
px_roll_entry_free (PxRollEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->enrollment_id);
  g_free (entry->name);
  g_free (entry->unit_name);
  g_free (entry->group_name);
  g_free (entry->status);
  g_free (entry->note);
  g_free (entry);
}

void
px_attendance_totals_free (PxAttendanceTotals *totals)
{
  if (totals == NULL)
    return;
  g_free (totals->enrollment_id);
  g_free (totals->name);
  g_free (totals->unit_name);
  g_free (totals->group_name);
  g_free (totals);
}

PxLeaveState
px_leave_state_for (double leave_hours,
                    double limit)
{
  /* the same tolerance as the completion rule, so that both agree on "over" */
  if (leave_hours > limit + 1e-9)
    return PX_LEAVE_STATE_OVER;
  if (leave_hours > 0 && leave_hours + 1e-9 >= 0.8 * limit)
    return PX_LEAVE_STATE_NEAR;
  return PX_LEAVE_STATE_FINE;
}

char *
px_class_attendance_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Sessions */

static gboolean
count_enrolled (PxDatabase  *db,
                const char  *class_id,
                gint64      *n,
                GError     **error)
{
  static const char sql[] =
    "SELECT count (*) FROM enrollment WHERE class_id = ?1 AND status = 'enrolled'";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
px_class_attendance_list_sessions (PxDatabase  *db,
                                   const char  *class_id,
                                   GError     **error)
{
  static const char sql[] =
    "SELECT s.id, s.date, s.slot, s.start_time, s.end_time, "
    "       COALESCE (NULLIF (s.title, ''), (SELECT title FROM course WHERE id = s.course_id)), "
    "       s.hours, s.is_elective, "
    /* a required session's roll is the class's enrolled trainees, counted once (?2) */
    "       CASE WHEN s.is_elective = 0 THEN ?2 "
    "            ELSE (SELECT count (*) FROM enrollment e WHERE " ON_ROLL ") END, "
    /* the trainees' keys gathered once, rather than each mark's trainee looked up */
    "       (SELECT count (*) FROM attendance a WHERE a.session_id = s.id AND a.enrollment_id "
    "        IN (SELECT id FROM enrollment WHERE class_id = ?1 AND status = 'enrolled')) "
    "FROM session s WHERE s.class_id = ?1 ORDER BY s.date, s.start_time, s.id";
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 n_enrolled = 0;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  if (!count_enrolled (db, class_id, &n_enrolled, error))
    return NULL;
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_attendance_session_free);
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, n_enrolled);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxAttendanceSession *s = g_new0 (PxAttendanceSession, 1);

      s->id = px_database_column_dup (stmt, 0);
      s->date = px_database_column_dup (stmt, 1);
      s->slot = px_database_column_dup (stmt, 2);
      s->start_time = px_database_column_dup (stmt, 3);
      s->end_time = px_database_column_dup (stmt, 4);
      s->title = px_database_column_dup (stmt, 5);
      s->hours = sqlite3_column_double (stmt, 6);
      s->is_elective = sqlite3_column_int (stmt, 7) != 0;
      s->n_expected = sqlite3_column_int (stmt, 8);
      s->n_marked = sqlite3_column_int (stmt, 9);
      g_ptr_array_add (sessions, s);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sessions);
}

const PxAttendanceSession *
px_class_attendance_pick_session (GPtrArray  *sessions,
                                  const char *today)
{
  const PxAttendanceSession *last_today = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (sessions->len == 0)
    return NULL;
  for (guint i = 0; i < sessions->len; i++)
    {
      const PxAttendanceSession *s = g_ptr_array_index (sessions, i);
      int order = strcmp (s->date, today);

      /* of today's, the first whose roll is not taken yet */
      if (order == 0 && s->n_marked < s->n_expected)
        return s;
      if (order == 0)
        last_today = s;
      if (order > 0)
        return last_today != NULL ? last_today : s;
    }
  return last_today != NULL ? last_today : g_ptr_array_index (sessions, sessions->len - 1);
}

/* The roll */

GPtrArray *
px_class_attendance_get_roll (PxDatabase  *db,
                              const char  *session_id,
                              GError     **error)
{
  static const char sql[] =
    "SELECT e.id, c.name, u.name, e.group_name, a.status, a.note "
    "FROM session s JOIN enrollment e ON " ON_ROLL " "
    "JOIN cadre c ON c.id = e.cadre_id LEFT JOIN org_unit u ON u.id = c.unit_id "
    "LEFT JOIN attendance a ON a.session_id = s.id AND a.enrollment_id = e.id "
    "WHERE s.id = ?1 ORDER BY c.name, c.citizen_id, e.id";
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) roll = NULL;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  roll = g_ptr_array_new_with_free_func ((GDestroyNotify) px_roll_entry_free);
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxRollEntry *entry = g_new0 (PxRollEntry, 1);

      entry->enrollment_id = px_database_column_dup (stmt, 0);
      entry->name = px_database_column_dup (stmt, 1);
      entry->unit_name = px_database_column_dup (stmt, 2);
      entry->group_name = px_database_column_dup (stmt, 3);
      entry->status = px_database_column_dup (stmt, 4);
      entry->note = px_database_column_dup (stmt, 5);
      g_ptr_array_add (roll, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&roll);
}

/* Whether the trainee is on the session's roll, and the id of their mark there (NULL when
 * not marked) in *attendance_id. */
static gboolean
find_on_roll (PxDatabase  *db,
              const char  *session_id,
              const char  *enrollment_id,
              char       **attendance_id,
              GError     **error)
{
  static const char sql[] =
    "SELECT (SELECT id FROM attendance WHERE session_id = s.id AND enrollment_id = e.id) "
    "FROM session s JOIN enrollment e ON " ON_ROLL " WHERE s.id = ?1 AND e.id = ?2";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  gboolean found = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, enrollment_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      *attendance_id = px_database_column_dup (stmt, 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (!found)
    g_set_error_literal (error, PX_CLASS_ATTENDANCE_ERROR,
                         PX_CLASS_ATTENDANCE_ERROR_NOT_ON_ROLL,
                         _("The trainee is not on this session’s roll: withdrawn, in another "
                           "class, or not taking this elective."));
  return found;
}

/* The write of set_status, inside its transaction. */
static gboolean
write_status (PxDatabase  *db,
              const char  *session_id,
              const char  *enrollment_id,
              const char  *status,
              GError     **error)
{
  g_autofree char *attendance_id = NULL;
  g_autoptr(PxAttendance) mark = NULL;

  if (!find_on_roll (db, session_id, enrollment_id, &attendance_id, error))
    return FALSE;
  if (status == NULL)
    return attendance_id == NULL || px_attendance_delete (db, attendance_id, error);
  if (attendance_id == NULL)
    {
      mark = px_attendance_new ();
      mark->session_id = g_strdup (session_id);
      mark->enrollment_id = g_strdup (enrollment_id);
      mark->status = g_strdup (status);
      return px_attendance_insert (db, mark, error);
    }
  mark = px_attendance_get (db, attendance_id, error);
  if (mark == NULL)
    return FALSE;
  g_free (mark->status);
  mark->status = g_strdup (status);
  return px_attendance_update (db, mark, NULL, error);
}

gboolean
px_class_attendance_set_status (PxDatabase  *db,
                                const char  *session_id,
                                const char  *enrollment_id,
                                const char  *status,
                                GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL && enrollment_id != NULL, FALSE);

  if (status != NULL && !g_strv_contains (statuses, status))
    {
      g_set_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID,
                   _("“%s” is not an attendance status."), status);
      return FALSE;
    }
  if (!px_database_begin (db, error))
    return FALSE;
  if (!write_status (db, session_id, enrollment_id, status, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_note (PxDatabase  *db,
            const char  *session_id,
            const char  *enrollment_id,
            const char  *note,
            GError     **error)
{
  g_autofree char *attendance_id = NULL;
  g_autoptr(PxAttendance) mark = NULL;
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));

  if (!find_on_roll (db, session_id, enrollment_id, &attendance_id, error))
    return FALSE;
  if (attendance_id == NULL)
    {
      g_set_error_literal (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID,
                           _("Mark the trainee’s attendance before adding a note."));
      return FALSE;
    }
  mark = px_attendance_get (db, attendance_id, error);
  if (mark == NULL)
    return FALSE;
  g_free (mark->note);
  mark->note = *text != '\0' ? g_steal_pointer (&text) : NULL;
  return px_attendance_update (db, mark, NULL, error);
}

gboolean
px_class_attendance_set_note (PxDatabase  *db,
                              const char  *session_id,
                              const char  *enrollment_id,
                              const char  *note,
                              GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL && enrollment_id != NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;
  if (!write_note (db, session_id, enrollment_id, note, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
mark_unmarked (PxDatabase  *db,
               const char  *session_id,
               guint       *n_marked,
               GError     **error)
{
  g_autoptr(GPtrArray) roll = px_class_attendance_get_roll (db, session_id, error);

  if (roll == NULL)
    return FALSE;
  for (guint i = 0; i < roll->len; i++)
    {
      const PxRollEntry *entry = g_ptr_array_index (roll, i);
      g_autoptr(PxAttendance) mark = NULL;

      if (entry->status != NULL)
        continue;
      mark = px_attendance_new ();
      mark->session_id = g_strdup (session_id);
      mark->enrollment_id = g_strdup (entry->enrollment_id);
      mark->status = g_strdup ("present");
      if (!px_attendance_insert (db, mark, error))
        return FALSE;
      (*n_marked)++;
    }
  return TRUE;
}

gboolean
px_class_attendance_mark_all_present (PxDatabase  *db,
                                      const char  *session_id,
                                      guint       *n_marked,
                                      GError     **error)
{
  guint n = 0;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;
  if (!mark_unmarked (db, session_id, &n, error) || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  if (n_marked != NULL)
    *n_marked = n;
  return TRUE;
}

/* Leave requests */

GPtrArray *
px_class_attendance_list_leave (PxDatabase  *db,
                                const char  *class_id,
                                GPtrArray  **names,
                                GError     **error)
{
  /* built once: px_database_prepare_static looks statements up by the text's address */
  static char *sql = NULL;
  const PxEntity *entity = &px_leave_request_entity;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) who = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf (
      "SELECT %s, (SELECT c.name FROM enrollment e JOIN cadre c ON c.id = e.cadre_id "
      "            WHERE e.id = leave_request.enrollment_id) AS who "
      "FROM leave_request "
      "WHERE enrollment_id IN (SELECT id FROM enrollment WHERE class_id = ?1) "
      "ORDER BY start_date, who, id", px_entity_get_columns (entity)));
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  requests = g_ptr_array_new_with_free_func (entity->free_func);
  who = g_ptr_array_new_with_free_func (g_free);
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (requests, px_record_from_row (entity, stmt));
      g_ptr_array_add (who, px_database_column_dup (stmt, 3 + entity->n_fields));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  if (names != NULL)
    *names = g_steal_pointer (&who);
  return g_steal_pointer (&requests);
}

gboolean
px_class_attendance_add_leave (PxDatabase      *db,
                               PxLeaveRequest  *request,
                               GError         **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (!isfinite (request->hours))
    {
      g_set_error_literal (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID,
                           _("The hours of leave must be a number."));
      return FALSE;
    }
  /* the record engine validates (dates, order, hours, reason, the trainee), writes and
   * audits in one transaction */
  return px_leave_request_insert (db, request, error);
}

PxLeaveRequest *
px_class_attendance_delete_leave (PxDatabase  *db,
                                  const char  *leave_id,
                                  GError     **error)
{
  g_autoptr(PxLeaveRequest) request = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (leave_id != NULL, NULL);

  request = px_leave_request_get (db, leave_id, error);
  if (request == NULL || !px_leave_request_delete (db, leave_id, error))
    return NULL;
  return g_steal_pointer (&request);
}

/* Totals */

static gboolean
class_rule (PxDatabase  *db,
            const char  *class_id,
            double      *total_hours,
            double      *threshold,
            GError     **error)
{
  static const char sql[] =
    "SELECT (SELECT COALESCE (SUM (hours), 0) FROM session WHERE class_id = c.id), "
    "       c.attendance_threshold FROM class c WHERE c.id = ?1";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *total_hours = sqlite3_column_double (stmt, 0);
      *threshold = sqlite3_column_double (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                         _("The class is no longer there."));
  else if (rc != SQLITE_ROW)
    px_database_set_sqlite_error (db, rc, error);
  return rc == SQLITE_ROW;
}

/* Adds each trainee's attended, leave and absent hours to the totals (by enrollment id), read
 * from the class's sessions: their marks are found through the session index, not looked up
 * mark by mark. */
static gboolean
add_marked_hours (PxDatabase  *db,
                  const char  *class_id,
                  GHashTable  *by_enrollment,
                  GError     **error)
{
  static const char sql[] =
    "SELECT a.enrollment_id, "
    "  COALESCE (SUM (CASE WHEN a.status IN ('present', 'late') THEN s.hours END), 0), "
    "  COALESCE (SUM (CASE WHEN a.status = 'leave' THEN s.hours END), 0), "
    "  COALESCE (SUM (CASE WHEN a.status = 'absent' THEN s.hours END), 0) "
    "FROM session s JOIN attendance a ON a.session_id = s.id WHERE s.class_id = ?1 "
    "GROUP BY a.enrollment_id";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxAttendanceTotals *t = g_hash_table_lookup (by_enrollment,
                                                   sqlite3_column_text (stmt, 0));

      if (t == NULL)   /* withdrawn */
        continue;
      t->attended_hours = sqlite3_column_double (stmt, 1);
      t->leave_hours = MAX (t->leave_hours, sqlite3_column_double (stmt, 2));
      t->absent_hours = sqlite3_column_double (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Adds the hours of the sessions held so far to each trainee's: those before today (a
 * required one for everyone, an elective for those on its roll), and today's where the
 * trainee is marked, so that a roll-call under way flags no one it has not reached. */
static gboolean
add_held_hours (PxDatabase  *db,
                const char  *class_id,
                const char  *today,
                GHashTable  *by_enrollment,
                GError     **error)
{
  static const char sql[] =
    "WITH held AS (SELECT id, hours, is_elective, date FROM session "
    "              WHERE class_id = ?1 AND date <= ?2) "
    "SELECT NULL, COALESCE (SUM (hours), 0) FROM held WHERE is_elective = 0 AND date < ?2 "
    "UNION ALL "
    "SELECT enrollment_id, SUM (hours) FROM ("
    "  SELECT ch.enrollment_id, h.id, h.hours FROM held h "
    "  JOIN elective_choice ch ON ch.session_id = h.id WHERE h.is_elective = 1 AND h.date < ?2 "
    "  UNION "
    "  SELECT a.enrollment_id, h.id, h.hours FROM held h "
    "  JOIN attendance a ON a.session_id = h.id WHERE h.is_elective = 1 OR h.date = ?2) "
    "GROUP BY enrollment_id";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double hours = sqlite3_column_double (stmt, 1);

      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          GHashTableIter iter;
          PxAttendanceTotals *t;

          g_hash_table_iter_init (&iter, by_enrollment);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
            t->held_hours += hours;
        }
      else
        {
          PxAttendanceTotals *t = g_hash_table_lookup (by_enrollment,
                                                       sqlite3_column_text (stmt, 0));

          if (t != NULL)
            t->held_hours += hours;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
px_class_attendance_list_totals (PxDatabase  *db,
                                 const char  *class_id,
                                 const char  *today,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT e.id, c.name, u.name, e.group_name, "
    "  (SELECT COALESCE (SUM (hours), 0) FROM leave_request WHERE enrollment_id = e.id) "
    "FROM enrollment e JOIN cadre c ON c.id = e.cadre_id "
    "LEFT JOIN org_unit u ON u.id = c.unit_id "
    "WHERE e.class_id = ?1 AND e.status = 'enrolled' ORDER BY c.name, c.citizen_id, e.id";
  g_autofree char *now = NULL;
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(GHashTable) by_enrollment = NULL;
  double total_hours = 0, threshold = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  if (!class_rule (db, class_id, &total_hours, &threshold, error))
    return NULL;
  if (today == NULL)
    today = now = px_class_attendance_today ();
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  totals = g_ptr_array_new_with_free_func ((GDestroyNotify) px_attendance_totals_free);
  by_enrollment = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxAttendanceTotals *t = g_new0 (PxAttendanceTotals, 1);

      t->enrollment_id = px_database_column_dup (stmt, 0);
      t->name = px_database_column_dup (stmt, 1);
      t->unit_name = px_database_column_dup (stmt, 2);
      t->group_name = px_database_column_dup (stmt, 3);
      /* the leave asked for; the sessions marked leave may say more (add_marked_hours) */
      t->leave_hours = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (totals, t);
      g_hash_table_insert (by_enrollment, t->enrollment_id, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  if (!add_marked_hours (db, class_id, by_enrollment, error)
      || !add_held_hours (db, class_id, today, by_enrollment, error))
    return NULL;
  for (guint i = 0; i < totals->len; i++)
    {
      PxAttendanceTotals *t = g_ptr_array_index (totals, i);
      double hours = total_hours;

      /* the same base as the completion rule: the hours this trainee is to attend */
      if (!px_class_trainee_hours (db, t->enrollment_id, &hours, error))
        return NULL;
      t->rate = t->held_hours > 0 ? t->attended_hours / t->held_hours : NAN;
      t->below_threshold = !isnan (t->rate) && t->rate + 1e-9 < threshold;
      t->leave_limit = hours / 7;
      t->leave_state = px_leave_state_for (t->leave_hours, t->leave_limit);
    }
  return g_steal_pointer (&totals);
}
