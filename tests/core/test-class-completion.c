/* test-class-completion.c: a class's completion rule (attendance, scores, the 1/7 leave rule),
 * the head teacher's override and the credit records it gives and takes away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-attendance.h"
#include "px-cadre.h"
#include "px-class-completion.h"
#include "px-class-summary.h"
#include "px-credit-record.h"
#include "px-elective-choice.h"
#include "px-enrollment.h"
#include "px-leave-request.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-validation-error.h"

#define N_SESSIONS 7   /* of 4 hours each: 28 class hours, 1/7 of them is 4 */

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_id;
  char *sessions[N_SESSIONS];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  static const char * const dates[] = { "2026-05-11", "2026-05-12", "2026-05-13", "2026-05-14" };

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "completion.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  c->code = g_strdup ("2026-ZT-009");
  c->title = g_strdup ("乡村振兴专题班");
  c->start_date = g_strdup ("2026-05-11");
  c->end_date = g_strdup ("2026-05-15");
  c->capacity = 40;
  c->required_hours = 28;
  c->credit_hours = NAN;
  px_class_create (f->db, c, &error);
  g_assert_no_error (error);
  f->class_id = g_strdup (c->base.id);

  for (guint i = 0; i < N_SESSIONS; i++)
    {
      g_autoptr(PxSession) s = px_session_new ();

      s->class_id = g_strdup (f->class_id);
      s->date = g_strdup (dates[i / 2]);
      s->slot = g_strdup (i % 2 == 0 ? "morning" : "afternoon");
      s->start_time = g_strdup (i % 2 == 0 ? "08:30" : "14:00");
      s->end_time = g_strdup (i % 2 == 0 ? "11:30" : "17:00");
      s->hours = 4;
      s->title = g_strdup ("专题课");
      px_session_insert (f->db, s, &error);
      g_assert_no_error (error);
      f->sessions[i] = g_strdup (s->base.id);
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
  for (guint i = 0; i < N_SESSIONS; i++)
    g_free (f->sessions[i]);
}

/* Enrolls trainee number sequence with attendance given as one letter per session (P present,
 * L late, V leave, A absent); exam may be NAN. Returns the enrollment id. */
static char *
enroll (Fixture    *f,
        guint       sequence,
        const char *attendance,
        double      exam)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  g_assert_cmpuint (strlen (attendance), ==, N_SESSIONS);
  cadre->name = g_strdup_printf ("学员%u", sequence);
  cadre->citizen_id = px_test_make_id ("330402", "19800101", sequence);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);

  enrollment->class_id = g_strdup (f->class_id);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  enrollment->exam_score = exam;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_SESSIONS; i++)
    {
      g_autoptr(PxAttendance) a = px_attendance_new ();

      a->session_id = g_strdup (f->sessions[i]);
      a->enrollment_id = g_strdup (enrollment->base.id);
      a->status = g_strdup (attendance[i] == 'P' ? "present"
                            : attendance[i] == 'L' ? "late"
                            : attendance[i] == 'V' ? "leave" : "absent");
      px_attendance_insert (f->db, a, &error);
      g_assert_no_error (error);
    }
  return g_strdup (enrollment->base.id);
}

static const PxTraineeCompletion *
find_trainee (PxClassCompletion *completion,
              const char        *enrollment_id)
{
  for (guint i = 0; i < completion->trainees->len; i++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (completion->trainees, i);

      if (g_strcmp0 (t->enrollment_id, enrollment_id) == 0)
        return t;
    }
  g_error ("no trainee %s in the result", enrollment_id);
  return NULL;
}

static PxEnrollment *
get_enrollment (Fixture    *f,
                const char *id)
{
  g_autoptr(GError) error = NULL;
  PxEnrollment *e = px_enrollment_get (f->db, id, &error);

  g_assert_no_error (error);
  return e;
}

/* The class's credit records of the cadre of this enrollment. */
static GPtrArray *
credits (Fixture    *f,
         const char *enrollment_id)
{
  g_autoptr(PxEnrollment) e = get_enrollment (f, enrollment_id);
  g_autoptr(GError) error = NULL;
  const char *filters[] = { "cadre_id", e->cadre_id, "class_id", f->class_id, NULL };
  PxQuery query = { .filters = filters };
  GPtrArray *list = px_credit_record_list (f->db, &query, &error);

  g_assert_no_error (error);
  return list;
}

static PxClassCompletion *
apply (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PxClassCompletion *completion = px_class_completion_apply (f->db, "2026-ZT-009", &error);

  g_assert_no_error (error);
  g_assert_nonnull (completion);
  return completion;
}

static void
test_completes (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *all = enroll (f, 1, "PPPPPPP", 80);
  g_autofree char *late = enroll (f, 2, "PLPPPPA", NAN);   /* 24 of 28: 85.7 % */
  g_autoptr(PxClassCompletion) completion = apply (f);
  g_autoptr(PxEnrollment) e = get_enrollment (f, all);
  const PxTraineeCompletion *t = find_trainee (completion, all);

  g_assert_cmpuint (completion->n_completed, ==, 2);
  g_assert_cmpuint (completion->n_not_completed, ==, 0);
  g_assert_true (t->completed);
  g_assert_cmpstr (t->reason, ==, "attended 28 of 28 hours (100 %)");
  g_assert_true (find_trainee (completion, late)->completed);
  g_assert_cmpstr (e->completion, ==, "completed");
  g_assert_cmpstr (e->completion_reason, ==, t->reason);
  g_assert_false (e->completion_override);
}

static void
test_below_attendance (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *id = enroll (f, 1, "PPPPPAA", NAN);
  g_autoptr(PxClassCompletion) completion = apply (f);
  g_autoptr(PxEnrollment) e = get_enrollment (f, id);
  const PxTraineeCompletion *t = find_trainee (completion, id);

  g_assert_false (t->completed);
  g_assert_false (t->withdrawn);
  g_assert_cmpstr (t->reason, ==, "attended 20 of 28 hours (71 %, below 85.7 %)");
  g_assert_cmpuint (completion->n_not_completed, ==, 1);
  g_assert_cmpstr (e->completion, ==, "not_completed");
  g_assert_cmpstr (e->status, ==, "enrolled");
}

static void
test_score_below_pass (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *id = enroll (f, 1, "PPPPPPP", 55);
  g_autoptr(PxClassCompletion) completion = apply (f);
  const PxTraineeCompletion *t = find_trainee (completion, id);
  g_autoptr(GPtrArray) list = credits (f, id);

  g_assert_false (t->completed);
  g_assert_cmpstr (t->reason, ==, "exam score 55, below 60");
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_leave_over_one_seventh (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *over = enroll (f, 1, "PPPPPVV", NAN);   /* 8 hours of leave > 4 */
  g_autofree char *at = enroll (f, 2, "PPPPPPV", NAN);     /* 4 hours: exactly 1/7, allowed */
  g_autoptr(PxClassCompletion) completion = apply (f);
  g_autoptr(PxEnrollment) e = get_enrollment (f, over);
  const PxTraineeCompletion *t = find_trainee (completion, over);

  g_assert_false (t->completed);
  g_assert_true (t->withdrawn);
  g_assert_nonnull (strstr (t->reason, "over 1/7 of the class hours: withdrawn by the rule"));
  g_assert_cmpstr (e->status, ==, "withdrawn");
  g_assert_cmpstr (e->withdraw_reason, ==, t->reason);
  g_assert_cmpstr (e->completion, ==, "not_completed");
  g_assert_true (find_trainee (completion, at)->completed);
}

static void
test_override_kept (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *id = enroll (f, 1, "AAAAAAA", NAN);
  g_autoptr(PxEnrollment) e = get_enrollment (f, id);
  g_autoptr(PxEnrollment) after = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;
  g_autoptr(GError) error = NULL;

  g_free (e->completion);
  e->completion = g_strdup ("completed");
  e->completion_reason = g_strdup ("因公出差，经班主任认定");
  e->completion_override = TRUE;
  px_enrollment_update (f->db, e, NULL, &error);
  g_assert_no_error (error);

  completion = apply (f);
  after = get_enrollment (f, id);
  g_assert_true (find_trainee (completion, id)->completed);
  g_assert_true (find_trainee (completion, id)->overridden);
  g_assert_cmpstr (after->completion, ==, "completed");
  g_assert_cmpstr (after->completion_reason, ==, "因公出差，经班主任认定");
  g_assert_true (after->completion_override);
}

static void
test_credit_once_and_revoked (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *id = enroll (f, 1, "PPPPPPP", NAN);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GError) error = NULL;
  const char *filters[] = { "enrollment_id", id, NULL };
  PxQuery query = { .filters = filters };
  PxCreditRecord *credit;

  px_class_completion_free (apply (f));
  list = credits (f, id);
  g_assert_cmpuint (list->len, ==, 1);
  credit = g_ptr_array_index (list, 0);
  g_assert_cmpstr (credit->source, ==, "class");
  g_assert_cmpint (credit->year, ==, 2026);
  g_assert_cmpfloat (credit->hours, ==, 28);   /* no credit hours: the class hours */
  g_clear_pointer (&list, g_ptr_array_unref);

  /* again: still one */
  px_class_completion_free (apply (f));
  list = credits (f, id);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* three sessions turned absent: no longer completed, the credit goes */
  attendance = px_attendance_list (f->db, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      PxAttendance *a = g_ptr_array_index (attendance, i);

      g_free (a->status);
      a->status = g_strdup ("absent");
      px_attendance_update (f->db, a, NULL, &error);
      g_assert_no_error (error);
    }
  px_class_completion_free (apply (f));
  list = credits (f, id);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_override (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *a = enroll (f, 1, "AAAAAAA", NAN);
  g_autofree char *b = enroll (f, 2, "PPPPPPP", 30);
  g_autofree char *id_a = px_test_make_id ("330402", "19800101", 1);
  const char *ids[] = { id_a, NULL };
  const char *unknown[] = { id_a, "11010519491231002X", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;
  g_autoptr(PxEnrollment) ea = NULL, eb = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* an ID that is no trainee of the class: refused, nothing written */
  completion = px_class_completion_override (f->db, "2026-ZT-009", unknown, NULL, &error);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (completion);
  g_clear_error (&error);
  ea = get_enrollment (f, a);
  g_assert_cmpstr (ea->completion, ==, "pending");
  g_clear_pointer (&ea, px_enrollment_free);

  completion = px_class_completion_override (f->db, "2026-ZT-009", ids, "因公请假", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (completion->trainees->len, ==, 1);
  g_assert_cmpuint (completion->n_completed, ==, 1);
  ea = get_enrollment (f, a);
  g_assert_cmpstr (ea->completion, ==, "completed");
  g_assert_cmpstr (ea->completion_reason, ==, "因公请假");
  g_assert_true (ea->completion_override);
  list = credits (f, a);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_clear_pointer (&completion, px_class_completion_free);

  /* --all, then the rule leaves both as the head teacher decided */
  completion = px_class_completion_override (f->db, "2026-ZT-009", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (completion->n_completed, ==, 2);
  g_clear_pointer (&completion, px_class_completion_free);
  completion = apply (f);
  g_assert_cmpuint (completion->n_completed, ==, 2);
  eb = get_enrollment (f, b);
  g_assert_cmpstr (eb->completion, ==, "completed");
  g_assert_true (eb->completion_override);
  list = credits (f, b);
  g_assert_cmpuint (list->len, ==, 1);

  /* an unknown class */
  g_clear_pointer (&completion, px_class_completion_free);
  completion = px_class_completion_apply (f->db, "2026-XX-404", &error);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (completion);
}

/* The preview says what the rule then writes, trainee by trainee, and writes nothing itself. */
static void
test_preview_equals_apply (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *good = enroll (f, 1, "PPPPPPP", 80);
  g_autofree char *low = enroll (f, 2, "PPPPPAA", NAN);
  g_autofree char *over = enroll (f, 3, "PPPPPVV", NAN);
  g_autofree char *failed = enroll (f, 4, "PPPPPPP", 40);
  g_autoptr(PxClassCompletion) preview = NULL;
  g_autoptr(PxClassCompletion) applied = NULL;
  g_autoptr(PxEnrollment) e = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  preview = px_class_completion_preview (f->db, "2026-ZT-009", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->trainees->len, ==, 4);
  g_assert_cmpuint (preview->n_completed, ==, 1);
  g_assert_cmpuint (preview->n_not_completed, ==, 3);
  g_assert_cmpuint (preview->n_withdrawn_now, ==, 1);
  g_assert_cmpfloat (preview->hours, ==, 28);
  g_assert_cmpfloat (preview->credit_hours, ==, 28);

  /* nothing written */
  e = get_enrollment (f, over);
  g_assert_cmpstr (e->status, ==, "enrolled");
  g_assert_cmpstr (e->completion, ==, "pending");
  g_clear_pointer (&e, px_enrollment_free);
  list = credits (f, good);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  applied = apply (f);
  g_assert_cmpuint (applied->trainees->len, ==, preview->trainees->len);
  g_assert_cmpuint (applied->n_completed, ==, preview->n_completed);
  g_assert_cmpuint (applied->n_withdrawn_now, ==, preview->n_withdrawn_now);
  for (guint i = 0; i < preview->trainees->len; i++)
    {
      const PxTraineeCompletion *p = g_ptr_array_index (preview->trainees, i);
      const PxTraineeCompletion *a = find_trainee (applied, p->enrollment_id);

      g_assert_cmpint (p->completed, ==, a->completed);
      g_assert_cmpint (p->withdrawn, ==, a->withdrawn);
      g_assert_cmpstr (p->reason, ==, a->reason);
      g_assert_cmpstr (p->stored, ==, "pending");
      e = get_enrollment (f, p->enrollment_id);
      g_assert_cmpstr (e->completion, ==, p->completed ? "completed" : "not_completed");
      g_assert_cmpstr (e->completion_reason, ==, p->reason);
      g_assert_cmpstr (e->status, ==, p->withdrawn ? "withdrawn" : "enrolled");
      g_clear_pointer (&e, px_enrollment_free);
    }
  g_assert_true (find_trainee (preview, good)->completed);
  g_assert_false (find_trainee (preview, low)->completed);
  g_assert_true (find_trainee (preview, over)->withdrawn);
  g_assert_cmpstr (find_trainee (preview, failed)->reason, ==, "exam score 40, below 60");

  /* applied, the preview shows what is stored and withdraws no one again */
  g_clear_pointer (&preview, px_class_completion_free);
  preview = px_class_completion_preview (f->db, "2026-ZT-009", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->n_withdrawn_now, ==, 0);
  g_assert_cmpstr (find_trainee (preview, good)->stored, ==, "completed");
}

/* The numbers behind the decision and the warning before the 1/7 line: 28 hours, limit 4. */
static void
test_leave_warning (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *none = enroll (f, 1, "PPPPPPP", NAN);
  g_autofree char *near = enroll (f, 2, "PPPPPPP", NAN);
  g_autofree char *below = enroll (f, 3, "PPPPPPP", NAN);
  g_autofree char *at = enroll (f, 4, "PPPPPPV", NAN);
  g_autofree char *over = enroll (f, 5, "PPPPPVV", NAN);
  g_autoptr(PxLeaveRequest) request = px_leave_request_new ();
  g_autoptr(PxLeaveRequest) small = px_leave_request_new ();
  g_autoptr(PxClassCompletion) preview = NULL;
  g_autoptr(GError) error = NULL;
  const PxTraineeCompletion *t;

  /* 3.2 hours asked for: 80 % of 4 exactly */
  request->enrollment_id = g_strdup (near);
  request->start_date = g_strdup ("2026-05-12");
  request->end_date = g_strdup ("2026-05-12");
  request->hours = 3.2;
  request->reason = g_strdup ("就医");
  g_assert_true (px_class_attendance_add_leave (f->db, request, &error));
  g_assert_no_error (error);
  /* 3 hours: below 80 % */
  small->enrollment_id = g_strdup (below);
  small->start_date = g_strdup ("2026-05-12");
  small->end_date = g_strdup ("2026-05-12");
  small->hours = 3;
  small->reason = g_strdup ("家事");
  g_assert_true (px_class_attendance_add_leave (f->db, small, &error));
  g_assert_no_error (error);

  preview = px_class_completion_preview (f->db, "2026-ZT-009", &error);
  g_assert_no_error (error);
  t = find_trainee (preview, none);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_FINE);
  g_assert_cmpfloat_with_epsilon (t->leave_limit, 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->rate, 1, 1e-9);
  g_assert_cmpfloat (t->attended_hours, ==, 28);
  t = find_trainee (preview, near);
  g_assert_cmpfloat_with_epsilon (t->leave_hours, 3.2, 1e-9);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_NEAR);
  g_assert_true (t->completed);
  t = find_trainee (preview, below);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_FINE);
  t = find_trainee (preview, at);
  g_assert_cmpfloat (t->leave_hours, ==, 4);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_NEAR);
  g_assert_false (t->withdrawn);
  t = find_trainee (preview, over);
  g_assert_cmpint (t->leave_state, ==, PX_LEAVE_STATE_OVER);
  g_assert_true (t->withdrawn);

  g_assert_cmpint (px_leave_state_for (0, 0), ==, PX_LEAVE_STATE_FINE);
  g_assert_cmpint (px_leave_state_for (1, 0), ==, PX_LEAVE_STATE_OVER);
  g_assert_cmpint (px_leave_state_for (7.9, 10), ==, PX_LEAVE_STATE_FINE);
  g_assert_cmpint (px_leave_state_for (8, 10), ==, PX_LEAVE_STATE_NEAR);
  g_assert_cmpint (px_leave_state_for (10, 10), ==, PX_LEAVE_STATE_NEAR);
  g_assert_cmpint (px_leave_state_for (10.01, 10), ==, PX_LEAVE_STATE_OVER);
}

/* Scores within 0–100 are kept (NAN clears one); others are refused, naming the field. */
static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *id = enroll (f, 1, "PPPPPPP", NAN);
  g_autoptr(PxEnrollment) e = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (px_class_completion_set_scores (f->db, id, 88.5, 100, &error));
  g_assert_no_error (error);
  e = get_enrollment (f, id);
  g_assert_cmpfloat (e->exam_score, ==, 88.5);
  g_assert_cmpfloat (e->paper_score, ==, 100);
  g_clear_pointer (&e, px_enrollment_free);

  g_assert_false (px_class_completion_set_scores (f->db, id, 101, 70, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "exam_score");
  g_clear_error (&error);
  g_assert_false (px_class_completion_set_scores (f->db, id, 50, -1, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "paper_score");
  g_clear_error (&error);
  e = get_enrollment (f, id);
  g_assert_cmpfloat (e->exam_score, ==, 88.5);
  g_assert_cmpfloat (e->paper_score, ==, 100);
  g_clear_pointer (&e, px_enrollment_free);

  g_assert_true (px_class_completion_set_scores (f->db, id, NAN, 0, &error));
  g_assert_no_error (error);
  e = get_enrollment (f, id);
  g_assert_true (isnan (e->exam_score));
  g_assert_cmpfloat (e->paper_score, ==, 0);
  g_clear_pointer (&e, px_enrollment_free);

  /* the rule reads the new score */
  g_assert_true (px_class_completion_set_scores (f->db, id, 59, NAN, &error));
  {
    g_autoptr(PxClassCompletion) completion = apply (f);

    g_assert_false (find_trainee (completion, id)->completed);
    g_assert_cmpfloat (find_trainee (completion, id)->exam_score, ==, 59);
  }
}

/* Parallel electives: a trainee is counted against the hours they were to attend, the required
 * sessions and the electives they chose, not every elective the timetable offers. */
static void
test_electives_not_chosen (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *all = enroll (f, 1, "PPPPPPP", NAN);
  g_autofree char *chose = enroll (f, 3, "PPPPPPP", NAN);
  g_autoptr(PxClassCompletion) completion = NULL;
  g_autoptr(GError) error = NULL;
  char *electives[2];
  double hours = 0;

  /* two electives of 4 hours side by side on the last afternoon */
  for (guint i = 0; i < G_N_ELEMENTS (electives); i++)
    {
      g_autoptr(PxSession) s = px_session_new ();

      s->class_id = g_strdup (f->class_id);
      s->date = g_strdup ("2026-05-15");
      s->slot = g_strdup ("afternoon");
      s->start_time = g_strdup ("14:00");
      s->end_time = g_strdup ("17:00");
      s->hours = 4;
      s->title = g_strdup (i == 0 ? "数字政府选修" : "乡村治理选修");
      s->is_elective = TRUE;
      px_session_insert (f->db, s, &error);
      g_assert_no_error (error);
      electives[i] = g_strdup (s->base.id);
    }
  /* the second trainee chose the first elective and missed it */
  {
    g_autoptr(PxElectiveChoice) choice = px_elective_choice_new ();

    choice->session_id = g_strdup (electives[0]);
    choice->enrollment_id = g_strdup (chose);
    px_elective_choice_insert (f->db, choice, &error);
    g_assert_no_error (error);
  }

  g_assert_true (px_class_trainee_hours (f->db, all, &hours, &error));
  g_assert_cmpfloat (hours, ==, 28);
  g_assert_true (px_class_trainee_hours (f->db, chose, &hours, &error));
  g_assert_cmpfloat (hours, ==, 32);

  /* counted against all 36 hours, 28 attended would be 78 %, under 85.7 % */
  completion = px_class_completion_apply (f->db, "2026-ZT-009", &error);
  g_assert_no_error (error);
  g_assert_true (find_trainee (completion, all)->completed);
  g_assert_cmpfloat (find_trainee (completion, all)->rate, ==, 1);
  g_assert_cmpfloat_with_epsilon (find_trainee (completion, all)->leave_limit, 4, 1e-9);
  /* 28 of 32: 87.5 %, above 85.7 % */
  g_assert_true (find_trainee (completion, chose)->completed);
  g_assert_cmpfloat (find_trainee (completion, chose)->rate, ==, 28.0 / 32);
  /* credited with their own hours, the class having none of its own */
  {
    g_autoptr(GPtrArray) of_all = credits (f, all);
    g_autoptr(GPtrArray) of_chose = credits (f, chose);

    g_assert_cmpuint (of_all->len, ==, 1);
    g_assert_cmpfloat (((PxCreditRecord *) g_ptr_array_index (of_all, 0))->hours, ==, 28);
    g_assert_cmpuint (of_chose->len, ==, 1);
    g_assert_cmpfloat (((PxCreditRecord *) g_ptr_array_index (of_chose, 0))->hours, ==, 32);
  }
  for (guint i = 0; i < G_N_ELEMENTS (electives); i++)
    g_free (electives[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/class-completion/completes", test_completes);
  ADD ("/core/class-completion/below-attendance", test_below_attendance);
  ADD ("/core/class-completion/score-below-pass", test_score_below_pass);
  ADD ("/core/class-completion/leave-over-one-seventh", test_leave_over_one_seventh);
  ADD ("/core/class-completion/override-kept", test_override_kept);
  ADD ("/core/class-completion/credit-once-and-revoked", test_credit_once_and_revoked);
  ADD ("/core/class-completion/override", test_override);
  ADD ("/core/class-completion/preview-equals-apply", test_preview_equals_apply);
  ADD ("/core/class-completion/leave-warning", test_leave_warning);
  ADD ("/core/class-completion/scores", test_scores);
  ADD ("/core/class-completion/electives-not-chosen", test_electives_not_chosen);

#undef ADD

  return g_test_run ();
}
