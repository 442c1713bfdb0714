/* test-class-attendance.c: roll-call per session, leave requests, each trainee's attendance
 * totals, and the electives trainees choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-cadre.h"
#include "px-class-attendance.h"
#include "px-class-elective.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-org-unit.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-validation-error.h"

/* Four required sessions of 4 hours (28 of them would make a 1/7 limit of 4; with 16 plus the
 * elective's 4, for those who choose it, the limit is 20/7), then one elective of 4 hours with
 * one place. */
#define N_REQUIRED 4

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_id;
  char *sessions[N_REQUIRED];
  char *elective;
  char *ids[3];        /* 学员1, 学员2 (group 一组), 学员3 (withdrawn) */
} Fixture;

static char *
add_session (Fixture    *f,
             const char *date,
             gboolean    morning,
             gboolean    elective)
{
  g_autoptr(PxSession) s = px_session_new ();
  g_autoptr(GError) error = NULL;

  s->class_id = g_strdup (f->class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup (morning ? "morning" : "afternoon");
  s->start_time = g_strdup (morning ? "08:30" : "14:00");
  s->end_time = g_strdup (morning ? "11:30" : "17:00");
  s->hours = 4;
  s->title = g_strdup (elective ? "数字政府选修" : "专题课");
  s->is_elective = elective;
  s->elective_capacity = elective ? 1 : PX_INT_UNSET;
  g_assert_true (px_session_insert (f->db, s, &error));
  g_assert_no_error (error);
  return g_strdup (s->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(PxOrgUnit) unit = px_org_unit_new ();

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "attendance.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  c->code = g_strdup ("2026-ZT-010");
  c->title = g_strdup ("基层治理专题班");
  c->start_date = g_strdup ("2026-05-11");
  c->end_date = g_strdup ("2026-05-13");
  c->credit_hours = NAN;
  g_assert_true (px_class_create (f->db, c, &error));
  g_assert_no_error (error);
  f->class_id = g_strdup (c->base.id);

  f->sessions[0] = add_session (f, "2026-05-11", TRUE, FALSE);
  f->sessions[1] = add_session (f, "2026-05-11", FALSE, FALSE);
  f->sessions[2] = add_session (f, "2026-05-12", TRUE, FALSE);
  f->sessions[3] = add_session (f, "2026-05-12", FALSE, FALSE);
  f->elective = add_session (f, "2026-05-13", TRUE, TRUE);

  unit->name = g_strdup ("某某县发改局");
  g_assert_true (px_org_unit_insert (f->db, unit, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (f->ids); i++)
    {
      g_autoptr(PxCadre) cadre = px_cadre_new ();
      g_autoptr(PxEnrollment) e = px_enrollment_new ();

      cadre->name = g_strdup_printf ("学员%u", i + 1);
      cadre->citizen_id = px_test_make_id ("330402", "19800101", i + 1);
      cadre->unit_id = g_strdup (unit->base.id);
      g_assert_true (px_cadre_insert (f->db, cadre, &error));
      g_assert_no_error (error);
      e->class_id = g_strdup (f->class_id);
      e->cadre_id = g_strdup (cadre->base.id);
      e->group_name = i == 1 ? g_strdup ("一组") : NULL;
      e->exam_score = NAN;
      e->paper_score = NAN;
      if (i == 2)
        {
          g_free (e->status);
          e->status = g_strdup ("withdrawn");
        }
      g_assert_true (px_enrollment_insert (f->db, e, &error));
      g_assert_no_error (error);
      f->ids[i] = g_strdup (e->base.id);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_id);
  g_free (f->elective);
  for (guint i = 0; i < N_REQUIRED; i++)
    g_free (f->sessions[i]);
  for (guint i = 0; i < G_N_ELEMENTS (f->ids); i++)
    g_free (f->ids[i]);
}

static GPtrArray *
roll (Fixture    *f,
      const char *session_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = px_class_attendance_get_roll (f->db, session_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static void
set_status (Fixture    *f,
            const char *session_id,
            guint       trainee,
            const char *status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_class_attendance_set_status (f->db, session_id, f->ids[trainee], status,
                                                 &error));
  g_assert_no_error (error);
}

static gint64
count_audit (Fixture    *f,
             const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db),
                                       "SELECT count (*) FROM audit_log WHERE table_name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* A required session's roll: the enrolled trainees in name order, the withdrawn left out. */
static void
test_roll (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) list = roll (f, f->sessions[0]);
  const PxRollEntry *second;

  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((PxRollEntry *) g_ptr_array_index (list, 0))->name, ==, "学员1");
  second = g_ptr_array_index (list, 1);
  g_assert_cmpstr (second->enrollment_id, ==, f->ids[1]);
  g_assert_cmpstr (second->unit_name, ==, "某某县发改局");
  g_assert_cmpstr (second->group_name, ==, "一组");
  g_assert_null (second->status);
  g_assert_null (second->note);
}

/* Marks one trainee, changes the mark, adds a note, clears it; each write audited. */
static void
test_set_and_clear (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audited = count_audit (f, "attendance");
  const PxRollEntry *first;

  set_status (f, f->sessions[0], 0, "late");
  set_status (f, f->sessions[0], 0, "present");
  g_assert_true (px_class_attendance_set_note (f->db, f->sessions[0], f->ids[0], " 迟到十分钟 ",
                                               &error));
  g_assert_no_error (error);
  list = roll (f, f->sessions[0]);
  first = g_ptr_array_index (list, 0);
  g_assert_cmpstr (first->status, ==, "present");
  g_assert_cmpstr (first->note, ==, "迟到十分钟");
  g_assert_null (((PxRollEntry *) g_ptr_array_index (list, 1))->status);
  g_assert_cmpint (count_audit (f, "attendance"), ==, audited + 3);

  sessions = px_class_attendance_list_sessions (f->db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, N_REQUIRED + 1);
  g_assert_cmpuint (((PxAttendanceSession *) g_ptr_array_index (sessions, 0))->n_marked, ==, 1);
  g_assert_cmpuint (((PxAttendanceSession *) g_ptr_array_index (sessions, 0))->n_expected, ==, 2);
  g_assert_cmpstr (((PxAttendanceSession *) g_ptr_array_index (sessions, 0))->title, ==, "专题课");

  /* cleared: no mark, no note */
  set_status (f, f->sessions[0], 0, NULL);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = roll (f, f->sessions[0]);
  first = g_ptr_array_index (list, 0);
  g_assert_null (first->status);
  g_assert_null (first->note);
  /* clearing what is not marked changes nothing */
  set_status (f, f->sessions[0], 0, NULL);
  g_assert_cmpint (count_audit (f, "attendance"), ==, audited + 4);

  /* refusals: an unknown status, a withdrawn trainee, a note without a mark */
  g_assert_false (px_class_attendance_set_status (f->db, f->sessions[0], f->ids[0], "sick",
                                                  &error));
  g_assert_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (px_class_attendance_set_status (f->db, f->sessions[0], f->ids[2], "present",
                                                  &error));
  g_assert_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_NOT_ON_ROLL);
  g_clear_error (&error);
  g_assert_false (px_class_attendance_set_note (f->db, f->sessions[0], f->ids[1], "x", &error));
  g_assert_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID);
}

/* An elective's roll holds only those who chose it; everyone not marked is marked present. */
static void
test_elective_roll (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = roll (f, f->elective);
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_cmpuint (list->len, ==, 0);
  g_assert_false (px_class_attendance_set_status (f->db, f->elective, f->ids[0], "present",
                                                  &error));
  g_assert_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_NOT_ON_ROLL);
  g_clear_error (&error);

  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[1], TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = roll (f, f->elective);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((PxRollEntry *) g_ptr_array_index (list, 0))->enrollment_id, ==, f->ids[1]);

  g_assert_true (px_class_attendance_mark_all_present (f->db, f->elective, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);

  /* a required session: the one marked absent stays so, the other is marked present */
  set_status (f, f->sessions[1], 0, "absent");
  g_assert_true (px_class_attendance_mark_all_present (f->db, f->sessions[1], &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = roll (f, f->sessions[1]);
  g_assert_cmpstr (((PxRollEntry *) g_ptr_array_index (list, 0))->status, ==, "absent");
  g_assert_cmpstr (((PxRollEntry *) g_ptr_array_index (list, 1))->status, ==, "present");
}

/* Rates over the sessions held, the class's threshold, leave against 1/7 of the hours. */
static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(PxLeaveRequest) request = px_leave_request_new ();
  g_autoptr(PxLeaveRequest) deleted = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const PxAttendanceTotals *t;

  /* the first day's roll-call under way: only 学员1 marked so far; 学员2 is not flagged for
   * what has not been called yet */
  set_status (f, f->sessions[0], 0, "present");
  totals = px_class_attendance_list_totals (f->db, f->class_id, "2026-05-11", &error);
  g_assert_no_error (error);
  t = g_ptr_array_index (totals, 0);
  g_assert_cmpfloat (t->held_hours, ==, 4);
  g_assert_cmpfloat (t->rate, ==, 1);
  t = g_ptr_array_index (totals, 1);
  g_assert_cmpfloat (t->held_hours, ==, 0);
  g_assert_true (isnan (t->rate));
  g_assert_false (t->below_threshold);
  g_clear_pointer (&totals, g_ptr_array_unref);
  /* the next day, the first day's sessions count for everyone: unmarked is absent */
  totals = px_class_attendance_list_totals (f->db, f->class_id, "2026-05-12", &error);
  t = g_ptr_array_index (totals, 1);
  g_assert_cmpfloat (t->held_hours, ==, 8);
  g_assert_cmpfloat (t->rate, ==, 0);
  g_assert_true (t->below_threshold);
  g_clear_pointer (&totals, g_ptr_array_unref);

  /* 学员1: present, late, leave, absent; 学员2: all present */
  set_status (f, f->sessions[1], 0, "late");
  set_status (f, f->sessions[2], 0, "leave");
  set_status (f, f->sessions[3], 0, "absent");
  for (guint i = 0; i < N_REQUIRED; i++)
    set_status (f, f->sessions[i], 1, "present");

  /* on the first day only two sessions are held */
  totals = px_class_attendance_list_totals (f->db, f->class_id, "2026-05-11", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 2);
  t = g_ptr_array_index (totals, 0);
  g_assert_cmpfloat (t->held_hours, ==, 8);
  g_assert_cmpfloat (t->rate, ==, 1);
  g_assert_false (t->below_threshold);
  g_clear_pointer (&totals, g_ptr_array_unref);

  /* after the class: 8 of 16 attended, 50 % < 85.7 %; 4 of leave against 16/7 hours (the
   * elective 学员1 did not choose is not among their hours) */
  totals = px_class_attendance_list_totals (f->db, f->class_id, "2026-06-01", &error);
  g_assert_no_error (error);
  t = g_ptr_array_index (totals, 0);
  g_assert_cmpstr (t->name, ==, "学员1");
  g_assert_cmpstr (t->unit_name, ==, "某某县发改局");
  g_assert_cmpfloat (t->attended_hours, ==, 8);
  g_assert_cmpfloat (t->leave_hours, ==, 4);
  g_assert_cmpfloat (t->absent_hours, ==, 4);
  g_assert_cmpfloat (t->held_hours, ==, 16);   /* the elective is not theirs */
  g_assert_cmpfloat (t->rate, ==, 0.5);
  g_assert_true (t->below_threshold);
  g_assert_cmpfloat_with_epsilon (t->leave_limit, 16.0 / 7, 1e-9);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_OVER);
  t = g_ptr_array_index (totals, 1);
  g_assert_cmpfloat (t->rate, ==, 1);
  g_assert_false (t->below_threshold);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_FINE);
  g_clear_pointer (&totals, g_ptr_array_unref);

  /* 学员2 chooses the elective: 20 hours, 20/7 of leave; a leave request of 2.5 hours is
   * 87.5 % of that, a warning (and over 16/7, had the elective not been chosen) */
  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[1], TRUE, &error));
  g_assert_no_error (error);
  request->enrollment_id = g_strdup (f->ids[1]);
  request->start_date = g_strdup ("2026-05-12");
  request->end_date = g_strdup ("2026-05-12");
  request->hours = 2.5;
  request->reason = g_strdup ("参加县委常委会");
  request->approved = TRUE;
  g_assert_true (px_class_attendance_add_leave (f->db, request, &error));
  g_assert_no_error (error);
  totals = px_class_attendance_list_totals (f->db, f->class_id, "2026-06-01", &error);
  g_assert_no_error (error);
  t = g_ptr_array_index (totals, 1);
  g_assert_cmpfloat (t->leave_hours, ==, 2.5);
  g_assert_cmpfloat_with_epsilon (t->leave_limit, 20.0 / 7, 1e-9);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_NEAR);

  requests = px_class_attendance_list_leave (f->db, f->class_id, &names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "学员2");
  g_assert_true (((PxLeaveRequest *) g_ptr_array_index (requests, 0))->approved);

  deleted = px_class_attendance_delete_leave (f->db, request->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deleted->reason, ==, "参加县委常委会");
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = px_class_attendance_list_leave (f->db, f->class_id, NULL, &error);
  g_assert_cmpuint (requests->len, ==, 0);
}

/* Leave requests are refused whole when a date, the order or the hours are wrong. */
static void
test_leave_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxLeaveRequest) request = px_leave_request_new ();
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  request->enrollment_id = g_strdup (f->ids[0]);
  request->start_date = g_strdup ("2026-05-12");
  request->end_date = g_strdup ("2026-05-11");
  request->hours = 4;
  request->reason = g_strdup ("病假");
  g_assert_false (px_class_attendance_add_leave (f->db, request, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INCONSISTENT);
  g_clear_error (&error);
  g_free (request->end_date);
  request->end_date = g_strdup ("2026-05-12");
  request->hours = -1;
  g_assert_false (px_class_attendance_add_leave (f->db, request, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  request->hours = NAN;
  g_assert_false (px_class_attendance_add_leave (f->db, request, &error));
  g_assert_error (error, PX_CLASS_ATTENDANCE_ERROR, PX_CLASS_ATTENDANCE_ERROR_INVALID);
  g_clear_error (&error);
  requests = px_class_attendance_list_leave (f->db, f->class_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 0);
}

/* The session due: today's first not taken, else the next, else the last. */
static void
test_pick_session (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  sessions = px_class_attendance_list_sessions (f->db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_class_attendance_pick_session (sessions, "2026-05-01")->id, ==,
                   f->sessions[0]);
  g_assert_cmpstr (px_class_attendance_pick_session (sessions, "2026-05-12")->id, ==,
                   f->sessions[2]);
  g_assert_cmpstr (px_class_attendance_pick_session (sessions, "2026-09-01")->id, ==,
                   f->elective);
  set_status (f, f->sessions[2], 0, "present");
  set_status (f, f->sessions[2], 1, "present");
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = px_class_attendance_list_sessions (f->db, f->class_id, &error);
  g_assert_cmpstr (px_class_attendance_pick_session (sessions, "2026-05-12")->id, ==,
                   f->sessions[3]);
}

/* Choices counted against the capacity; a full elective refuses more, saying why. */
static void
test_elective_capacity (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) trainees = NULL;
  g_autoptr(GError) error = NULL;
  const PxElectiveSession *s;

  sessions = px_class_elective_list_sessions (f->db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  s = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (s->id, ==, f->elective);
  g_assert_cmpint (s->capacity, ==, 1);
  g_assert_cmpuint (s->n_chosen, ==, 0);

  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[0], TRUE, &error));
  g_assert_no_error (error);
  /* again: nothing changes, no refusal */
  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[0], TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (px_class_elective_set_chosen (f->db, f->elective, f->ids[1], TRUE, &error));
  g_assert_error (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "数字政府选修"));
  g_clear_error (&error);

  trainees = px_class_elective_list_trainees (f->db, f->elective, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trainees->len, ==, 2);
  g_assert_true (((PxElectiveTrainee *) g_ptr_array_index (trainees, 0))->chosen);
  g_assert_false (((PxElectiveTrainee *) g_ptr_array_index (trainees, 1))->chosen);

  /* a place given back makes room */
  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[0], FALSE, &error));
  g_assert_true (px_class_elective_set_chosen (f->db, f->elective, f->ids[1], TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = px_class_elective_list_sessions (f->db, f->class_id, &error);
  g_assert_cmpuint (((PxElectiveSession *) g_ptr_array_index (sessions, 0))->n_chosen, ==, 1);

  /* not an elective; not a trainee (withdrawn) */
  g_assert_false (px_class_elective_set_chosen (f->db, f->sessions[0], f->ids[0], TRUE, &error));
  g_assert_error (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_NOT_ELECTIVE);
  g_clear_error (&error);
  g_assert_false (px_class_elective_set_chosen (f->db, f->elective, f->ids[2], TRUE, &error));
  g_assert_error (error, PX_CLASS_ELECTIVE_ERROR, PX_CLASS_ELECTIVE_ERROR_NOT_TRAINEE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/class-attendance/roll", test_roll);
  ADD ("/core/class-attendance/set-and-clear", test_set_and_clear);
  ADD ("/core/class-attendance/elective-roll", test_elective_roll);
  ADD ("/core/class-attendance/totals", test_totals);
  ADD ("/core/class-attendance/leave-refused", test_leave_refused);
  ADD ("/core/class-attendance/pick-session", test_pick_session);
  ADD ("/core/class-attendance/elective-capacity", test_elective_capacity);

#undef ADD

  return g_test_run ();
}
