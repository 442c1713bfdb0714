/* test-class-trainees.c: a class's trainees one by one (enrolling, the class full, details,
 * withdrawing, taking back, removing and Undo, the audience of the plan item), finding cadres
 * to add, a class made from a plan item, and a cadre's training record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-attendance.h"
#include "px-cadre.h"
#include "px-class-from-plan.h"
#include "px-class-summary.h"
#include "px-class-trainees.h"
#include "px-org-unit.h"
#include "px-plan-item.h"
#include "px-plan.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-validation-error.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *plan_item;   /* 县处级 only, quota 2, 5 days */
  char *class_id;    /* 2026-ZT-001, from the plan item */
  char *cadre[3];    /* 县处级正职, 县处级副职, 一级科员 */
} Fixture;

static char *
add_cadre (PxDatabase *db,
           const char *name,
           const char *rank,
           guint       sequence,
           const char *unit_id)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GError) error = NULL;

  cadre->name = g_strdup (name);
  cadre->gender = g_strdup ("男");
  cadre->citizen_id = px_test_make_id ("330402", "19750505", sequence);
  cadre->birth_date = g_strdup ("1975-05-05");
  cadre->rank = g_strdup (rank);
  cadre->unit_id = g_strdup (unit_id);
  px_cadre_insert (db, cadre, &error);
  g_assert_no_error (error);
  return g_strdup (cadre->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxPlan) plan = px_plan_new ();
  g_autoptr(PxPlanItem) item = px_plan_item_new ();
  g_autoptr(PxOrgUnit) unit = px_org_unit_new ();

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "trainees.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  plan->year = 2026;
  plan->title = g_strdup ("2026年干部教育培训计划");
  g_assert_true (px_plan_insert (f->db, plan, &error));
  item->plan_id = g_strdup (plan->base.id);
  item->title = g_strdup ("县处级干部专题班");
  item->class_type = g_strdup ("专题班");
  item->audience_ranks = g_strdup ("县处级正职、县处级副职");
  item->quota = 2;
  item->days = 5;
  item->month = 5;
  g_assert_true (px_plan_item_insert (f->db, item, &error));
  g_assert_no_error (error);
  f->plan_item = g_strdup (item->base.id);

  f->class_id = px_class_create_from_plan_item (f->db, f->plan_item, "2026-ZT-001", NULL,
                                                "2026-05-11", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->class_id);

  unit->name = g_strdup ("嘉兴市教育局");
  g_assert_true (px_org_unit_insert (f->db, unit, &error));
  f->cadre[0] = add_cadre (f->db, "张正", "县处级正职", 1, unit->base.id);
  f->cadre[1] = add_cadre (f->db, "李副", "县处级副职", 3, unit->base.id);
  f->cadre[2] = add_cadre (f->db, "王科", "一级科员", 5, unit->base.id);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan_item);
  g_free (f->class_id);
  for (guint i = 0; i < G_N_ELEMENTS (f->cadre); i++)
    g_free (f->cadre[i]);
}

/* The plan item gives the class its type, places, dates and hours. */
static void
test_from_plan_item (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PxTrainingClass) c = px_training_class_get (f->db, f->class_id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;
  g_autofree char *code = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  PxPlanItemChoice *choice;

  g_assert_cmpstr (c->title, ==, "县处级干部专题班");
  g_assert_cmpstr (c->class_type, ==, "专题班");
  g_assert_cmpstr (c->plan_item_id, ==, f->plan_item);
  g_assert_cmpint (c->capacity, ==, 2);
  g_assert_cmpstr (c->start_date, ==, "2026-05-11");
  g_assert_cmpstr (c->end_date, ==, "2026-05-15");
  g_assert_cmpfloat (c->required_hours, ==, 5 * PX_HOURS_PER_DAY);
  g_assert_cmpfloat (c->credit_hours, ==, 5 * PX_HOURS_PER_DAY);

  /* a used code, a date that is none */
  again = px_class_create_from_plan_item (f->db, f->plan_item, "2026-ZT-001", "另一个班",
                                          "2026-06-01", &error);
  g_assert_null (again);
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "code");
  g_clear_error (&error);
  again = px_class_create_from_plan_item (f->db, f->plan_item, "2026-ZT-002", NULL,
                                          "2026-02-30", &error);
  g_assert_null (again);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "start_date");

  /* the next code of the type, and the item says one class is made */
  code = px_class_suggest_code (f->db, 2026, "专题班");
  g_assert_cmpstr (code, ==, "2026-ZT-002");
  g_free (code);
  code = px_class_suggest_code (f->db, 2027, NULL);
  g_assert_cmpstr (code, ==, "2027-001");
  choices = px_class_plan_item_choices (f->db, NULL);
  g_assert_cmpuint (choices->len, ==, 1);
  choice = g_ptr_array_index (choices, 0);
  g_assert_cmpint (choice->year, ==, 2026);
  g_assert_cmpuint (choice->n_classes, ==, 1);
}

/* Two places: the third is refused; a withdrawn trainee frees a place and cannot come back
 * while the class is full; the audience is checked. */
static void
test_enroll_and_withdraw (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *e0 = px_class_trainees_add (f->db, f->class_id, f->cadre[0], &error);
  g_autofree char *e1 = NULL;
  g_autofree char *e2 = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_autoptr(PxEnrollment) e = NULL;

  g_assert_no_error (error);
  twice = px_class_trainees_add (f->db, f->class_id, f->cadre[0], &error);
  g_assert_null (twice);
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);

  e1 = px_class_trainees_add (f->db, f->class_id, f->cadre[2], &error);
  g_assert_no_error (error);
  e2 = px_class_trainees_add (f->db, f->class_id, f->cadre[1], &error);
  g_assert_null (e2);
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  trainees = px_class_trainees_get (f->db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trainees->n_enrolled, ==, 2);
  g_assert_cmpint (trainees->capacity, ==, 2);
  g_assert_cmpuint (g_strv_length (trainees->audience_ranks), ==, 2);
  /* the 一级科员 is outside the item's audience */
  g_assert_cmpuint (trainees->n_outside_audience, ==, 1);
  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      PxTrainee *t = g_ptr_array_index (trainees->trainees, i);

      g_assert_cmpint (t->outside_audience, ==, g_str_equal (t->name, "王科"));
      g_assert_cmpstr (t->unit_name, ==, "嘉兴市教育局");
    }
  g_clear_pointer (&trainees, px_class_trainees_free);

  /* details; blank clears */
  g_assert_true (px_class_trainees_set_details (f->db, e0, " 第一组 ", "班长", "3号楼204", "",
                                                &error));
  e = px_enrollment_get (f->db, e0, NULL);
  g_assert_cmpstr (e->group_name, ==, "第一组");
  g_assert_cmpstr (e->class_role, ==, "班长");
  g_assert_null (e->seat);
  g_clear_pointer (&e, px_enrollment_free);

  /* withdrawing needs a reason, and frees the place */
  g_assert_false (px_class_trainees_withdraw (f->db, e1, "  ", &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_true (px_class_trainees_withdraw (f->db, e1, "病假住院", &error));
  e2 = px_class_trainees_add (f->db, f->class_id, f->cadre[1], &error);
  g_assert_no_error (error);
  g_assert_false (px_class_trainees_reinstate (f->db, e1, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_clear_error (&error);

  /* withdrawn last; enrolled by group first */
  trainees = px_class_trainees_get (f->db, f->class_id, &error);
  g_assert_cmpuint (trainees->n_withdrawn, ==, 1);
  g_assert_cmpstr (((PxTrainee *) g_ptr_array_index (trainees->trainees, 0))->name, ==, "张正");
  g_assert_cmpstr (((PxTrainee *) g_ptr_array_index (trainees->trainees, 2))->name, ==, "王科");
  g_assert_cmpstr (((PxTrainee *) g_ptr_array_index (trainees->trainees, 2))->withdraw_reason,
                   ==, "病假住院");

  /* with a place free, the withdrawn trainee comes back, reason cleared */
  g_assert_true (px_class_trainees_withdraw (f->db, e2, "单位工作需要", &error));
  g_assert_true (px_class_trainees_reinstate (f->db, e1, &error));
  g_assert_no_error (error);
  e = px_enrollment_get (f->db, e1, NULL);
  g_assert_cmpstr (e->status, ==, "enrolled");
  g_assert_null (e->withdraw_reason);
  g_clear_pointer (&e, px_enrollment_free);

  /* enrolling a withdrawn cadre again reuses the enrollment */
  g_assert_true (px_class_trainees_withdraw (f->db, e1, "再次退学", &error));
  g_free (twice);
  twice = px_class_trainees_add (f->db, f->class_id, f->cadre[1], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (twice, ==, e2);
}

/* Removing is for mistakes: refused once attendance is recorded; Undo brings the same row. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *e0 = px_class_trainees_add (f->db, f->class_id, f->cadre[0], &error);
  g_autoptr(PxEnrollment) removed = NULL;
  g_autoptr(PxEnrollment) back = NULL;
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(PxAttendance) attendance = px_attendance_new ();
  g_autoptr(PxClassTrainees) trainees = NULL;

  g_assert_true (px_class_trainees_set_details (f->db, e0, "第二组", NULL, NULL, "A3", &error));
  g_assert_true (px_class_trainees_remove (f->db, e0, &removed, &error));
  g_assert_no_error (error);
  g_assert_null (px_enrollment_get (f->db, e0, NULL));
  g_assert_true (px_class_trainees_restore (f->db, removed, &error));
  g_assert_no_error (error);
  back = px_enrollment_get (f->db, e0, NULL);
  g_assert_cmpstr (back->group_name, ==, "第二组");
  g_assert_cmpstr (back->seat, ==, "A3");

  session->class_id = g_strdup (f->class_id);
  session->date = g_strdup ("2026-05-11");
  session->slot = g_strdup ("morning");
  session->start_time = g_strdup ("08:30");
  session->end_time = g_strdup ("11:30");
  session->hours = 3;
  g_assert_true (px_session_insert (f->db, session, &error));
  attendance->session_id = g_strdup (session->base.id);
  attendance->enrollment_id = g_strdup (e0);
  attendance->status = g_strdup ("present");
  g_assert_true (px_attendance_insert (f->db, attendance, &error));
  g_assert_no_error (error);

  trainees = px_class_trainees_get (f->db, f->class_id, NULL);
  g_assert_true (((PxTrainee *) g_ptr_array_index (trainees->trainees, 0))->has_records);
  g_clear_pointer (&removed, px_enrollment_free);
  g_assert_false (px_class_trainees_remove (f->db, e0, &removed, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INCONSISTENT);
  g_clear_pointer (&back, px_enrollment_free);
  back = px_enrollment_get (f->db, e0, NULL);
  g_assert_nonnull (back);
  g_clear_error (&error);

  /* and the cadre's record shows the roll-call */
  {
    g_autoptr(GPtrArray) training = px_cadre_list_training (f->db, f->cadre[0], &error);
    PxCadreTraining *t;

    g_assert_no_error (error);
    g_assert_cmpuint (training->len, ==, 1);
    t = g_ptr_array_index (training, 0);
    g_assert_cmpfloat (t->attended_hours, ==, 3);
    g_assert_cmpfloat (t->class_hours, ==, 3);
    g_assert_true (isnan (t->exam_score));
  }
}

/* Cadres to add: by name, unit, ID or phone; those in the class say so. */
static void
test_find_cadres (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *e0 = px_class_trainees_add (f->db, f->class_id, f->cadre[0], &error);
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *id = px_test_make_id ("330402", "19750505", 5);

  found = px_class_trainees_find_cadres (f->db, f->class_id, "教育局", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
  for (guint i = 0; i < found->len; i++)
    {
      PxTrainee *t = g_ptr_array_index (found, i);

      if (g_str_equal (t->name, "张正"))
        {
          g_assert_cmpstr (t->status, ==, "enrolled");
          g_assert_cmpstr (t->enrollment_id, ==, e0);
        }
      else
        g_assert_null (t->status);
    }
  g_clear_pointer (&found, g_ptr_array_unref);
  found = px_class_trainees_find_cadres (f->db, f->class_id, id, 50, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((PxTrainee *) g_ptr_array_index (found, 0))->name, ==, "王科");
  g_clear_pointer (&found, g_ptr_array_unref);
  /* LIKE's own characters are searched for as they are */
  found = px_class_trainees_find_cadres (f->db, f->class_id, "%", 50, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = px_class_trainees_find_cadres (f->db, f->class_id, "教育局", 2, &error);
  g_assert_cmpuint (found->len, ==, 2);
}

/* Groups in the order of their numbers, written in Chinese or in digits. */
static void
test_group_order (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PxTrainingClass) c = px_training_class_get (f->db, f->class_id, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  const char *groups[] = { "第十组", "第二组", NULL };
  const char *expected[] = { "李副", "张正", "王科" };

  c->capacity = 10;
  g_assert_true (px_training_class_update (f->db, c, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (f->cadre); i++)
    {
      g_autofree char *e = px_class_trainees_add (f->db, f->class_id, f->cadre[i], &error);

      g_assert_no_error (error);
      g_assert_true (px_class_trainees_set_details (f->db, e, groups[i], NULL, NULL, NULL,
                                                    &error));
    }
  trainees = px_class_trainees_get (f->db, f->class_id, &error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((PxTrainee *) g_ptr_array_index (trainees->trainees, i))->name, ==,
                     expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/class-trainees/from-plan-item", Fixture, NULL, fixture_set_up,
              test_from_plan_item, fixture_tear_down);
  g_test_add ("/class-trainees/enroll-and-withdraw", Fixture, NULL, fixture_set_up,
              test_enroll_and_withdraw, fixture_tear_down);
  g_test_add ("/class-trainees/remove", Fixture, NULL, fixture_set_up, test_remove,
              fixture_tear_down);
  g_test_add ("/class-trainees/find-cadres", Fixture, NULL, fixture_set_up, test_find_cadres,
              fixture_tear_down);

  g_test_add ("/class-trainees/group-order", Fixture, NULL, fixture_set_up, test_group_order,
              fixture_tear_down);

  return g_test_run ();
}
