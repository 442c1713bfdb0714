/* test-class-summary.c: a class added up (trainees, sessions, hours, method mix) and the
 * conflicts of its timetable: teachers and places booked twice, sessions outside its dates,
 * hours short
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-base.h"
#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-session.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-validation-error.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_a;      /* 2026-ZT-001, 2026-05-11 … 2026-05-15, 12 hours required */
  char *class_b;      /* 2026-ZT-002, the same week */
  char *teacher_wang;
  char *teacher_li;
  char *base_id;
} Fixture;

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *start,
           const char *end,
           double      required_hours)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("优化营商环境专题研讨班");
  c->start_date = g_strdup (start);
  c->end_date = g_strdup (end);
  c->capacity = 40;
  c->required_hours = required_hours;
  c->credit_hours = NAN;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static char *
add_teacher (PxDatabase *db,
             const char *name)
{
  g_autoptr(PxTeacher) teacher = px_teacher_new ();
  g_autoptr(GError) error = NULL;

  teacher->name = g_strdup (name);
  px_teacher_insert (db, teacher, &error);
  g_assert_no_error (error);
  return g_strdup (teacher->base.id);
}

/* A session of class_id; teacher, base and room may be NULL. */
static char *
add_session (Fixture    *f,
             const char *class_id,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *method,
             double      hours,
             const char *teacher_id,
             const char *base_id,
             const char *room)
{
  g_autoptr(PxSession) s = px_session_new ();
  g_autoptr(GError) error = NULL;

  s->class_id = g_strdup (class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup (slot);
  s->start_time = g_strdup (start);
  s->end_time = g_strdup (end);
  g_free (s->method);
  s->method = g_strdup (method);
  s->hours = hours;
  s->teacher_id = g_strdup (teacher_id);
  s->base_id = g_strdup (base_id);
  s->room = g_strdup (room);
  s->title = g_strdup ("专题课");
  px_session_insert (f->db, s, &error);
  g_assert_no_error (error);
  return g_strdup (s->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxBase) base = px_base_new ();

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "classes.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  f->class_a = add_class (f->db, "2026-ZT-001", "2026-05-11", "2026-05-15", 12);
  f->class_b = add_class (f->db, "2026-ZT-002", "2026-05-11", "2026-05-15", NAN);
  f->teacher_wang = add_teacher (f->db, "王明");
  f->teacher_li = add_teacher (f->db, "李红");
  base->name = g_strdup ("南湖革命纪念馆");
  base->capacity = PX_INT_UNSET;
  px_base_insert (f->db, base, &error);
  g_assert_no_error (error);
  f->base_id = g_strdup (base->base.id);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_a);
  g_free (f->class_b);
  g_free (f->teacher_wang);
  g_free (f->teacher_li);
  g_free (f->base_id);
}

static void
enroll (Fixture    *f,
        guint       sequence,
        const char *status,
        const char *completion)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();
  g_autoptr(GError) error = NULL;

  cadre->name = g_strdup_printf ("学员%u", sequence);
  cadre->citizen_id = px_test_make_id ("330402", "19800101", sequence);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);

  enrollment->class_id = g_strdup (f->class_a);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  g_free (enrollment->status);
  enrollment->status = g_strdup (status);
  g_free (enrollment->completion);
  enrollment->completion = g_strdup (completion);
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);
}

static guint
count_kind (GPtrArray           *conflicts,
            PxClassConflictKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < conflicts->len; i++)
    if (((PxClassConflict *) g_ptr_array_index (conflicts, i))->kind == kind)
      n++;
  return n;
}

static const PxClassConflict *
find_kind (GPtrArray           *conflicts,
           PxClassConflictKind  kind)
{
  for (guint i = 0; i < conflicts->len; i++)
    if (((PxClassConflict *) g_ptr_array_index (conflicts, i))->kind == kind)
      return g_ptr_array_index (conflicts, i);
  return NULL;
}

/* Counts, hours, the method mix */

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  const PxMethodHours *m;

  enroll (f, 1, "enrolled", "completed");
  enroll (f, 3, "enrolled", "pending");
  enroll (f, 5, "enrolled", "completed");
  enroll (f, 7, "withdrawn", "not_completed");

  g_free (add_session (f, f->class_a, "2026-05-11", "morning", "08:30", "11:30", "lecture", 3,
                       f->teacher_wang, NULL, "第一教室"));
  g_free (add_session (f, f->class_a, "2026-05-11", "afternoon", "14:30", "17:30", "case", 3,
                       f->teacher_li, NULL, "第一教室"));
  g_free (add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture", 3,
                       f->teacher_li, NULL, "第一教室"));
  g_free (add_session (f, f->class_a, "2026-05-12", "afternoon", "14:00", "15:30", "field", 1.5,
                       NULL, f->base_id, NULL));
  /* another class's sessions count for it only */
  g_free (add_session (f, f->class_b, "2026-05-13", "morning", "08:30", "11:30", "seminar", 3,
                       NULL, NULL, NULL));

  summary = px_class_summary_get_by_code (f->db, "2026-ZT-001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (summary->code, ==, "2026-ZT-001");
  g_assert_cmpstr (summary->title, ==, "优化营商环境专题研讨班");
  g_assert_cmpstr (summary->start_date, ==, "2026-05-11");
  g_assert_cmpstr (summary->end_date, ==, "2026-05-15");
  g_assert_cmpstr (summary->status, ==, "planning");
  g_assert_cmpint (summary->capacity, ==, 40);
  g_assert_cmpuint (summary->n_enrolled, ==, 3);
  g_assert_cmpuint (summary->n_completed, ==, 2);
  g_assert_cmpuint (summary->n_sessions, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary->hours, 10.5, 1e-9);

  /* in the order of px_teaching_methods (): lecture, case, field */
  g_assert_cmpuint (summary->methods->len, ==, 3);
  m = &g_array_index (summary->methods, PxMethodHours, 0);
  g_assert_cmpstr (m->method, ==, "lecture");
  g_assert_cmpstr (m->label, ==, "Lecture");
  g_assert_cmpfloat_with_epsilon (m->hours, 6, 1e-9);
  m = &g_array_index (summary->methods, PxMethodHours, 1);
  g_assert_cmpstr (m->method, ==, "case");
  g_assert_cmpstr (m->label, ==, "Case study");
  g_assert_cmpfloat_with_epsilon (m->hours, 3, 1e-9);
  m = &g_array_index (summary->methods, PxMethodHours, 2);
  g_assert_cmpstr (m->method, ==, "field");
  g_assert_cmpfloat_with_epsilon (m->hours, 1.5, 1e-9);

  /* 10.5 of 12 hours: short, and nothing else */
  g_assert_cmpuint (summary->conflicts->len, ==, 1);
  g_assert_cmpint (count_kind (summary->conflicts, PX_CLASS_CONFLICT_HOURS_SHORT), ==, 1);
  g_assert_nonnull (strstr (((PxClassConflict *) summary->conflicts->pdata[0])->message, "1.5"));
  g_assert_cmpuint (g_strv_length (((PxClassConflict *) summary->conflicts->pdata[0])->session_ids),
                    ==, 0);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = px_class_summary_get (f->db, f->class_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_enrolled, ==, 0);
  g_assert_cmpuint (summary->n_sessions, ==, 0);
  g_assert_cmpfloat (summary->hours, ==, 0);
  g_assert_cmpuint (summary->methods->len, ==, 0);
  /* no hours required: nothing can be short */
  g_assert_true (isnan (summary->required_hours));
  g_assert_cmpuint (summary->conflicts->len, ==, 0);
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = px_class_summary_get_by_code (f->db, "2099-XX-999", &error);
  g_assert_null (summary);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2099-XX-999"));
}

/* Conflicts */

static void
test_teacher_double_booked (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mine = NULL, *theirs = NULL;
  const PxClassConflict *c;

  mine = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture", 3,
                      f->teacher_wang, NULL, "第一教室");
  /* overlaps by half an hour, in another room */
  theirs = add_session (f, f->class_b, "2026-05-12", "morning", "11:00", "12:00", "lecture", 1,
                        f->teacher_wang, NULL, "第二教室");

  conflicts = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (conflicts, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED), ==, 1);
  g_assert_cmpuint (count_kind (conflicts, PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED), ==, 0);
  c = find_kind (conflicts, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED);
  g_assert_cmpstr (px_class_conflict_kind_to_string (c->kind), ==, "teacher_double_booked");
  g_assert_cmpuint (g_strv_length (c->session_ids), ==, 2);
  g_assert_cmpstr (c->session_ids[0], ==, mine);
  g_assert_cmpstr (c->session_ids[1], ==, theirs);
  g_assert_cmpstr (c->other_class_code, ==, "2026-ZT-002");
  g_assert_cmpstr (c->date, ==, "2026-05-12");
  g_assert_cmpstr (c->message, ==,
                   "Teacher 王明 teaches class 2026-ZT-002 at the same time on 2026-05-12 "
                   "(morning, 11:00–12:00).");

  /* the other class sees it from its side */
  other = px_class_list_conflicts (f->db, f->class_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (other, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED), ==, 1);
  c = find_kind (other, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED);
  g_assert_cmpstr (c->other_class_code, ==, "2026-ZT-001");
  g_assert_cmpstr (c->session_ids[0], ==, theirs);
}

static void
test_same_class_once (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  g_free (add_session (f, f->class_b, "2026-05-13", "afternoon", "14:30", "17:30", "lecture", 3,
                       f->teacher_li, NULL, NULL));
  g_free (add_session (f, f->class_b, "2026-05-13", "afternoon", "14:30", "16:00", "seminar", 1.5,
                       f->teacher_li, NULL, NULL));

  conflicts = px_class_list_conflicts (f->db, f->class_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpuint (count_kind (conflicts, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED), ==, 1);
}

static void
test_place_double_booked (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  const PxClassConflict *c;

  /* the same base, different teachers */
  g_free (add_session (f, f->class_a, "2026-05-13", "afternoon", "14:00", "17:00", "field", 3,
                       f->teacher_wang, f->base_id, NULL));
  g_free (add_session (f, f->class_b, "2026-05-13", "afternoon", "15:00", "16:00", "field", 1,
                       f->teacher_li, f->base_id, NULL));
  /* the same room of the school */
  g_free (add_session (f, f->class_a, "2026-05-14", "morning", "08:30", "11:30", "lecture", 3,
                       f->teacher_wang, NULL, "报告厅"));
  g_free (add_session (f, f->class_b, "2026-05-14", "morning", "09:00", "10:00", "lecture", 1,
                       f->teacher_li, NULL, "报告厅"));
  /* online sessions take no place; other rooms do not collide */
  g_free (add_session (f, f->class_a, "2026-05-14", "evening", "19:00", "21:00", "online", 2,
                       NULL, NULL, "嘉兴干部网络学院"));
  g_free (add_session (f, f->class_b, "2026-05-14", "evening", "19:00", "21:00", "online", 2,
                       NULL, NULL, "嘉兴干部网络学院"));
  g_free (add_session (f, f->class_b, "2026-05-14", "morning", "08:30", "11:30", "seminar", 3,
                       NULL, NULL, "研讨室一"));

  conflicts = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (conflicts, PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED), ==, 2);
  g_assert_cmpuint (count_kind (conflicts, PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED), ==, 0);
  c = find_kind (conflicts, PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED);
  g_assert_cmpstr (c->date, ==, "2026-05-13");
  g_assert_cmpstr (c->message, ==,
                   "南湖革命纪念馆 is also booked for class 2026-ZT-002 at the same time on "
                   "2026-05-13 (afternoon, 15:00–16:00).");
  c = g_ptr_array_index (conflicts, 1);
  g_assert_cmpint (c->kind, ==, PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED);
  g_assert_nonnull (strstr (c->message, "报告厅"));
  g_assert_nonnull (strstr (c->message, "2026-05-14 (morning"));
}

/* Back to back, or the same slot on different days, or different teachers: no conflict. */
static void
test_no_conflict (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GError) error = NULL;

  g_free (add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "10:00", "lecture", 1.5,
                       f->teacher_wang, NULL, "报告厅"));
  g_free (add_session (f, f->class_b, "2026-05-12", "morning", "10:00", "11:30", "lecture", 1.5,
                       f->teacher_wang, NULL, "报告厅"));
  g_free (add_session (f, f->class_b, "2026-05-13", "morning", "08:30", "10:00", "lecture", 1.5,
                       f->teacher_wang, f->base_id, NULL));
  g_free (add_session (f, f->class_a, "2026-05-14", "morning", "08:30", "10:00", "field", 1.5,
                       f->teacher_li, f->base_id, NULL));
  g_free (add_session (f, f->class_a, "2026-05-15", "morning", "08:30", "11:30", "lecture", 9,
                       f->teacher_li, NULL, "第一教室"));
  g_free (add_session (f, f->class_b, "2026-05-15", "morning", "08:30", "11:30", "lecture", 3,
                       f->teacher_wang, NULL, "第二教室"));

  a = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->len, ==, 0);
  b = px_class_list_conflicts (f->db, f->class_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->len, ==, 0);
}

static void
test_outside_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  const PxClassConflict *c;

  before = add_session (f, f->class_a, "2026-05-10", "afternoon", "14:30", "17:30", "lecture", 3,
                        NULL, NULL, NULL);
  g_free (add_session (f, f->class_a, "2026-05-11", "morning", "08:30", "11:30", "lecture", 3,
                       NULL, NULL, NULL));
  g_free (add_session (f, f->class_a, "2026-05-15", "evening", "19:00", "21:00", "seminar", 3,
                       NULL, NULL, NULL));
  after = add_session (f, f->class_a, "2026-05-16", "morning", "08:30", "11:30", "lecture", 3,
                       NULL, NULL, NULL);

  conflicts = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  /* 12 hours: not short */
  g_assert_cmpuint (conflicts->len, ==, 2);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (px_class_conflict_kind_to_string (c->kind), ==, "outside_dates");
  g_assert_cmpstr (c->session_ids[0], ==, before);
  g_assert_null (c->session_ids[1]);
  g_assert_null (c->other_class_code);
  g_assert_cmpstr (c->message, ==,
                   "The session on 2026-05-10 (afternoon) is outside the class’s dates, "
                   "2026-05-11 to 2026-05-15.");
  c = g_ptr_array_index (conflicts, 1);
  g_assert_cmpint (c->kind, ==, PX_CLASS_CONFLICT_OUTSIDE_DATES);
  g_assert_cmpstr (c->session_ids[0], ==, after);
}

/* Listing and creating */

static void
test_list_by_year (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) y2026 = NULL;
  g_autoptr(GPtrArray) y2025 = NULL;
  g_autoptr(GError) error = NULL;

  g_free (add_class (f->db, "2025-ZT-009", "2025-12-29", "2026-01-02", NAN));

  all = px_class_summary_list (f->db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (((PxClassSummary *) all->pdata[0])->code, ==, "2025-ZT-009");
  g_assert_cmpstr (((PxClassSummary *) all->pdata[1])->code, ==, "2026-ZT-001");
  g_assert_cmpstr (((PxClassSummary *) all->pdata[2])->code, ==, "2026-ZT-002");
  g_assert_nonnull (((PxClassSummary *) all->pdata[1])->conflicts);

  /* a class belongs to the year it starts in */
  y2026 = px_class_summary_list (f->db, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (y2026->len, ==, 2);
  y2025 = px_class_summary_list (f->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (y2025->len, ==, 1);
  g_assert_false (px_database_in_transaction (f->db));
}

static void
test_create_refused (Fixture       *f,
                     gconstpointer  data)
{
  static const struct
  {
    const char *code;
    const char *start;
    const char *end;
    const char *column;
  } cases[] = {
    { "2026-ZT-001", "2026-06-01", "2026-06-03", "code" },     /* taken */
    { "2026-ZT-010", "2026-13-01", "2026-06-03", "start_date" },
    { "2026-ZT-010", "2026-06-01", "2026-02-30", "end_date" },
    { "2026-ZT-010", "2026-06-05", "2026-06-03", "end_date" },  /* before the start */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxTrainingClass) c = px_training_class_new ();
      g_autoptr(GError) error = NULL;

      c->code = g_strdup (cases[i].code);
      c->title = g_strdup ("专题班");
      c->start_date = g_strdup (cases[i].start);
      c->end_date = g_strdup (cases[i].end);
      c->capacity = PX_INT_UNSET;
      c->required_hours = NAN;
      c->credit_hours = NAN;
      g_assert_false (px_class_create (f->db, c, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == PX_VALIDATION_ERROR);
      g_assert_cmpstr (px_validation_error_get_column (error), ==, cases[i].column);
    }
  g_assert_cmpint (px_training_class_count (f->db, NULL, NULL), ==, 2);
}

static void
test_create_trims (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (" 2026-CR-001 ");
  c->title = g_strdup ("新录用公务员初任培训班 ");
  c->start_date = g_strdup ("2026-04-27");
  c->end_date = g_strdup ("2026-05-08 ");
  c->capacity = PX_INT_UNSET;
  c->required_hours = 60;
  c->credit_hours = NAN;
  g_assert_true (px_class_create (f->db, c, &error));
  g_assert_no_error (error);

  summary = px_class_summary_get_by_code (f->db, "2026-CR-001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (summary->title, ==, "新录用公务员初任培训班");
  g_assert_cmpstr (summary->end_date, ==, "2026-05-08");
  g_assert_cmpint (summary->capacity, ==, PX_INT_UNSET);
  g_assert_cmpstr (summary->status, ==, "planning");
  /* nothing on the timetable yet: all 60 hours short */
  g_assert_cmpuint (summary->conflicts->len, ==, 1);
  g_assert_cmpint (((PxClassConflict *) summary->conflicts->pdata[0])->kind, ==,
                   PX_CLASS_CONFLICT_HOURS_SHORT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/class-summary/counts", test_counts);
  ADD ("/core/class-summary/empty", test_empty);
  ADD ("/core/class-summary/not-found", test_not_found);
  ADD ("/core/class-summary/teacher-double-booked", test_teacher_double_booked);
  ADD ("/core/class-summary/same-class-once", test_same_class_once);
  ADD ("/core/class-summary/place-double-booked", test_place_double_booked);
  ADD ("/core/class-summary/no-conflict", test_no_conflict);
  ADD ("/core/class-summary/outside-dates", test_outside_dates);
  ADD ("/core/class-summary/list-by-year", test_list_by_year);
  ADD ("/core/class-summary/create-refused", test_create_refused);
  ADD ("/core/class-summary/create-trims", test_create_trims);

#undef ADD

  return g_test_run ();
}
