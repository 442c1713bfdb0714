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
#include "px-enrollment.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-training-class.h"

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

#undef ADD

  return g_test_run ();
}
