/* px-class-elective.c: 自主选学, the elective sessions of a class and the trainees who chose them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-elective"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-class-elective.h"
#include "px-elective-choice.h"
#include "px-entity.h"

G_DEFINE_QUARK (px-class-elective-error-quark, px_class_elective_error)

void
px_elective_session_free (PxElectiveSession *session)
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
px_elective_trainee_free (PxElectiveTrainee *trainee)
{
  if (trainee == NULL)
    return;
  g_free (trainee->enrollment_id);
  g_free (trainee->name);
  g_free (trainee->unit_name);
  g_free (trainee->group_name);
  g_free (trainee);
}

GPtrArray *
px_class_elective_list_sessions (PxDatabase  *db,
                                 const char  *class_id,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT s.id, s.date, s.slot, s.start_time, s.end_time, "
    "       COALESCE (NULLIF (s.title, ''), (SELECT title FROM course WHERE id = s.course_id)), "
    "       s.hours, s.elective_capacity, "
    "       (SELECT count (*) FROM elective_choice ch JOIN enrollment e "
    "        ON e.id = ch.enrollment_id WHERE ch.session_id = s.id AND e.status = 'enrolled') "
    "FROM session s WHERE s.class_id = ?1 AND s.is_elective = 1 "
    "ORDER BY s.date, s.start_time, s.id";
  g_autoptr(GPtrArray) sessions = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_elective_session_free);
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxElectiveSession *s = g_new0 (PxElectiveSession, 1);

      s->id = px_database_column_dup (stmt, 0);
      s->date = px_database_column_dup (stmt, 1);
      s->slot = px_database_column_dup (stmt, 2);
      s->start_time = px_database_column_dup (stmt, 3);
      s->end_time = px_database_column_dup (stmt, 4);
      s->title = px_database_column_dup (stmt, 5);
      s->hours = sqlite3_column_double (stmt, 6);
      s->capacity = sqlite3_column_type (stmt, 7) == SQLITE_NULL
                      ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 7);
      s->n_chosen = sqlite3_column_int (stmt, 8);
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

GPtrArray *
px_class_elective_list_trainees (PxDatabase  *db,
                                 const char  *session_id,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT e.id, c.name, u.name, e.group_name, "
    "       EXISTS (SELECT 1 FROM elective_choice ch "
    "               WHERE ch.session_id = s.id AND ch.enrollment_id = e.id) "
    "FROM session s JOIN enrollment e ON e.class_id = s.class_id AND e.status = 'enrolled' "
    "JOIN cadre c ON c.id = e.cadre_id LEFT JOIN org_unit u ON u.id = c.unit_id "
    "WHERE s.id = ?1 ORDER BY c.name, c.citizen_id, e.id";
  g_autoptr(GPtrArray) trainees = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  trainees = g_ptr_array_new_with_free_func ((GDestroyNotify) px_elective_trainee_free);
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxElectiveTrainee *t = g_new0 (PxElectiveTrainee, 1);

      t->enrollment_id = px_database_column_dup (stmt, 0);
      t->name = px_database_column_dup (stmt, 1);
      t->unit_name = px_database_column_dup (stmt, 2);
      t->group_name = px_database_column_dup (stmt, 3);
      t->chosen = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (trainees, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&trainees);
}

/* What the write needs to know, read inside its transaction so that two choices at once
 * cannot both take the last place. */
typedef struct
{
  gboolean found;            /* the session exists */
  gboolean is_elective;
  gboolean trainee;          /* an enrolled trainee of the session's class */
  gint64 capacity;
  gint64 n_chosen;
  char *title;
  char *choice_id;           /* the trainee's choice, or NULL */
} ChoiceState;

static gboolean
read_state (PxDatabase  *db,
            const char  *session_id,
            const char  *enrollment_id,
            ChoiceState *state,
            GError     **error)
{
  static const char sql[] =
    "SELECT s.is_elective, s.elective_capacity, "
    "       COALESCE (NULLIF (s.title, ''), (SELECT title FROM course WHERE id = s.course_id)), "
    "       (SELECT count (*) FROM elective_choice ch JOIN enrollment e "
    "        ON e.id = ch.enrollment_id WHERE ch.session_id = s.id AND e.status = 'enrolled'), "
    "       EXISTS (SELECT 1 FROM enrollment e WHERE e.id = ?2 AND e.class_id = s.class_id "
    "               AND e.status = 'enrolled'), "
    "       (SELECT id FROM elective_choice WHERE session_id = s.id AND enrollment_id = ?2) "
    "FROM session s WHERE s.id = ?1";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, enrollment_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->found = TRUE;
      state->is_elective = sqlite3_column_int (stmt, 0) != 0;
      state->capacity = sqlite3_column_type (stmt, 1) == SQLITE_NULL
                          ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 1);
      state->title = px_database_column_dup (stmt, 2);
      state->n_chosen = sqlite3_column_int64 (stmt, 3);
      state->trainee = sqlite3_column_int (stmt, 4) != 0;
      state->choice_id = px_database_column_dup (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (!state->found)
    {
      g_set_error_literal (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                           _("The session is no longer in the timetable."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_choice (PxDatabase  *db,
              const char  *session_id,
              const char  *enrollment_id,
              gboolean     chosen,
              GError     **error)
{
  ChoiceState state = { 0, };
  g_autoptr(PxElectiveChoice) choice = NULL;
  gboolean ok = FALSE;

  if (!read_state (db, session_id, enrollment_id, &state, error))
    goto out;
  if (!state.is_elective)
    {
      g_set_error_literal (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_NOT_ELECTIVE,
                           _("This session is not an elective: every trainee attends it."));
      goto out;
    }
  if (!state.trainee)
    {
      g_set_error_literal (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_NOT_TRAINEE,
                           _("Only the class’s enrolled trainees can choose its electives."));
      goto out;
    }
  if (!chosen)
    {
      ok = state.choice_id == NULL || px_elective_choice_delete (db, state.choice_id, error);
      goto out;
    }
  if (state.choice_id != NULL)
    {
      ok = TRUE;
      goto out;
    }
  if (state.capacity != PX_INT_UNSET && state.n_chosen >= state.capacity)
    {
      /* Translators: the elective's title, then its capacity */
      g_set_error (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_FULL,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is full: its %lld place is taken.",
                                "“%s” is full: all %lld places are taken.",
                                (gulong) state.capacity),
                   state.title != NULL ? state.title : _("The elective"),
                   (long long) state.capacity);
      goto out;
    }
  choice = px_elective_choice_new ();
  choice->session_id = g_strdup (session_id);
  choice->enrollment_id = g_strdup (enrollment_id);
  ok = px_elective_choice_insert (db, choice, error);

out:
  g_free (state.title);
  g_free (state.choice_id);
  return ok;
}

gboolean
px_class_elective_set_chosen (PxDatabase  *db,
                              const char  *session_id,
                              const char  *enrollment_id,
                              gboolean     chosen,
                              GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (session_id != NULL && enrollment_id != NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;
  if (!write_choice (db, session_id, enrollment_id, chosen, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}
