/* test-class-timetable.c: a class's timetable read for the grid, its sessions added, moved and
 * deleted (and put back), the teachers and slots that fix its conflicts, its method mix, and a
 * class copied to new dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-attendance.h"
#include "px-cadre.h"
#include "px-class-copy.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-competency.h"
#include "px-course-competency.h"
#include "px-course-teacher.h"
#include "px-course.h"
#include "px-elective-choice.h"
#include "px-enrollment.h"
#include "px-session.h"
#include "px-teacher-competency.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-validation-error.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_a;       /* 2026-ZT-001, Mon 2026-05-11 … Fri 2026-05-15 */
  char *class_b;       /* 2026-ZT-002, the same week */
  char *course;        /* 营商环境专题, 3 hours; taught by 王明, competency 优化营商环境 */
  char *wang;          /* teaches the course */
  char *li;            /* shares its competency */
  char *zhao;          /* teaches the course too */
  char *sun;           /* nothing to do with it */
} Fixture;

/* Helpers */

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *start,
           const char *end)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("优化营商环境专题研讨班");
  c->start_date = g_strdup (start);
  c->end_date = g_strdup (end);
  c->capacity = 40;
  c->required_hours = 30;
  c->credit_hours = NAN;
  c->max_lecture_share = 0.5;
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

static char *
add_session (Fixture    *f,
             const char *class_id,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *method,
             const char *teacher_id,
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
  s->hours = 3;
  s->course_id = g_strdup (f->course);
  s->teacher_id = g_strdup (teacher_id);
  s->room = g_strdup (room);
  g_assert_true (px_class_timetable_insert (f->db, s, &error));
  g_assert_no_error (error);
  return g_strdup (s->base.id);
}

static void
link_records (PxDatabase     *db,
              const PxEntity *entity,
              const char     *first_column,
              const char     *first,
              const char     *second_column,
              const char     *second)
{
  gpointer record = px_record_new (entity);
  g_autoptr(GError) error = NULL;

  *(char **) ((guint8 *) record + px_entity_find_field (entity, first_column)->offset)
    = g_strdup (first);
  *(char **) ((guint8 *) record + px_entity_find_field (entity, second_column)->offset)
    = g_strdup (second);
  px_entity_insert (db, entity, record, &error);
  g_assert_no_error (error);
  px_record_free (entity, record);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxCourse) course = px_course_new ();
  g_autoptr(PxCompetency) competency = px_competency_new ();

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "timetable.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  f->class_a = add_class (f->db, "2026-ZT-001", "2026-05-11", "2026-05-15");
  f->class_b = add_class (f->db, "2026-ZT-002", "2026-05-11", "2026-05-15");
  f->wang = add_teacher (f->db, "王明");
  f->li = add_teacher (f->db, "李红");
  f->zhao = add_teacher (f->db, "赵刚");
  f->sun = add_teacher (f->db, "孙丽");

  course->title = g_strdup ("营商环境专题");
  course->hours = 3;
  px_course_insert (f->db, course, &error);
  g_assert_no_error (error);
  f->course = g_strdup (course->base.id);

  competency->name = g_strdup ("营商环境法治化");
  g_free (competency->kind);
  competency->kind = g_strdup ("theme");
  competency->sort_order = PX_INT_UNSET;
  px_competency_insert (f->db, competency, &error);
  g_assert_no_error (error);

  link_records (f->db, &px_course_teacher_entity, "course_id", f->course, "teacher_id", f->wang);
  link_records (f->db, &px_course_teacher_entity, "course_id", f->course, "teacher_id", f->zhao);
  link_records (f->db, &px_course_competency_entity, "course_id", f->course,
                "competency_id", competency->base.id);
  link_records (f->db, &px_teacher_competency_entity, "teacher_id", f->li,
                "competency_id", competency->base.id);
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
  g_free (f->course);
  g_free (f->wang);
  g_free (f->li);
  g_free (f->zhao);
  g_free (f->sun);
}

static gint64
count_rows (Fixture    *f,
            const char *sql,
            const char *id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gboolean
has_teacher (GPtrArray  *teachers,
             const char *id)
{
  for (guint i = 0; i < teachers->len; i++)
    if (g_strcmp0 (((PxTeacherChoice *) g_ptr_array_index (teachers, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

/* Tests */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *late = NULL;
  g_autofree char *early = NULL;
  const PxTimetableEntry *entry;

  late = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture",
                      f->wang, "301");
  early = add_session (f, f->class_a, "2026-05-11", "afternoon", "14:30", "17:30", "case",
                       NULL, NULL);
  g_free (add_session (f, f->class_b, "2026-05-11", "morning", "08:30", "11:30", "lecture",
                       NULL, NULL));

  entries = px_class_timetable_list (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->id, ==, early);
  g_assert_cmpstr (entry->title, ==, "营商环境专题");
  g_assert_null (entry->teacher_name);
  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (entry->id, ==, late);
  g_assert_cmpstr (entry->teacher_name, ==, "王明");
  g_assert_cmpstr (entry->room, ==, "301");
  g_assert_cmpstr (entry->slot, ==, "morning");
  g_assert_cmpfloat (entry->hours, ==, 3);
  g_assert_false (entry->is_elective);
  g_assert_cmpuint (entry->n_choices, ==, 0);
}

/* Free teachers: one booked elsewhere at an overlapping time is out, one whose session merely
 * touches is in; course teachers come before those who only share a competency. */
static void
test_free_teachers (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) teachers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session = NULL;
  PxTeacherChoice *first;

  session = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture",
                         f->wang, NULL);
  /* 赵刚 teaches class B from 11:00: overlaps */
  g_free (add_session (f, f->class_b, "2026-05-12", "morning", "11:00", "12:00", "lecture",
                       f->zhao, NULL));
  /* 李红 teaches class B until 08:30: touches only */
  g_free (add_session (f, f->class_b, "2026-05-12", "morning", "07:00", "08:30", "lecture",
                       f->li, NULL));

  teachers = px_class_timetable_free_teachers (f->db, session, 0, &error);
  g_assert_no_error (error);
  g_assert_false (has_teacher (teachers, f->zhao));
  g_assert_false (has_teacher (teachers, f->wang));   /* its own */
  g_assert_false (has_teacher (teachers, f->sun));    /* neither course nor competency */
  g_assert_true (has_teacher (teachers, f->li));
  g_assert_cmpuint (teachers->len, ==, 1);
  first = g_ptr_array_index (teachers, 0);
  g_assert_false (first->teaches_course);
  g_assert_cmpuint (first->shared_competencies, ==, 1);
  g_clear_pointer (&teachers, g_ptr_array_unref);

  /* on another day 赵刚 is free, and as a course teacher comes first */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-13", "morning", &error));
  g_assert_no_error (error);
  teachers = px_class_timetable_free_teachers (f->db, session, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (teachers->len, ==, 2);
  g_assert_cmpstr (((PxTeacherChoice *) g_ptr_array_index (teachers, 0))->id, ==, f->zhao);
  g_assert_true (((PxTeacherChoice *) g_ptr_array_index (teachers, 0))->teaches_course);
  g_assert_cmpstr (((PxTeacherChoice *) g_ptr_array_index (teachers, 1))->id, ==, f->li);
  g_clear_pointer (&teachers, g_ptr_array_unref);

  teachers = px_class_timetable_free_teachers (f->db, session, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (teachers->len, ==, 1);
  g_clear_pointer (&teachers, g_ptr_array_unref);

  /* the form's list: the course's teachers, then by competency, then the rest */
  teachers = px_class_timetable_teachers (f->db, f->course, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (teachers->len, ==, 4);
  g_assert_cmpstr (((PxTeacherChoice *) g_ptr_array_index (teachers, 2))->id, ==, f->li);
  g_assert_cmpstr (((PxTeacherChoice *) g_ptr_array_index (teachers, 3))->id, ==, f->sun);
  g_assert_true (((PxTeacherChoice *) g_ptr_array_index (teachers, 0))->teaches_course);
  g_assert_true (((PxTeacherChoice *) g_ptr_array_index (teachers, 1))->teaches_course);
}

static void
assert_next_slot (Fixture    *f,
                  const char *session,
                  const char *date,
                  const char *slot)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found_date = NULL;
  g_autofree char *found_slot = NULL;

  g_assert_true (px_class_timetable_next_free_slot (f->db, session, &found_date, &found_slot,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpstr (found_date, ==, date);
  g_assert_cmpstr (found_slot, ==, slot);
}

static void
test_next_free_slot (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *session = NULL;
  g_autofree char *evening = NULL;
  g_autoptr(GError) error = NULL;

  session = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture",
                         f->wang, "301");
  /* the class's own afternoon is taken, 王明 teaches B the next morning, room 301 is B's the
   * next afternoon: the first free slot is Thursday morning */
  g_free (add_session (f, f->class_a, "2026-05-12", "afternoon", "14:30", "17:30", "case",
                       NULL, NULL));
  g_free (add_session (f, f->class_b, "2026-05-13", "morning", "09:00", "10:00", "lecture",
                       f->wang, NULL));
  g_free (add_session (f, f->class_b, "2026-05-13", "afternoon", "15:00", "16:00", "lecture",
                       NULL, "301"));
  assert_next_slot (f, session, "2026-05-14", "morning");

  /* past the last day it wraps to the class's first */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-15", "afternoon", &error));
  g_assert_no_error (error);
  assert_next_slot (f, session, "2026-05-11", "morning");

  /* a session after the class's dates is brought back into them */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-20", "morning", &error));
  g_assert_no_error (error);
  assert_next_slot (f, session, "2026-05-11", "morning");

  /* only an evening session is offered evenings */
  evening = add_session (f, f->class_a, "2026-05-11", "evening", "19:00", "21:00", "seminar",
                         NULL, NULL);
  assert_next_slot (f, evening, "2026-05-12", "morning");
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-11", "morning", &error));
  g_assert_no_error (error);
  assert_next_slot (f, session, "2026-05-11", "afternoon");
}

static void
test_no_free_slot (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *session = NULL;
  g_autofree char *class_id = add_class (f->db, "2026-ZT-003", "2026-06-01", "2026-06-01");
  g_autofree char *date = NULL;
  g_autofree char *slot = NULL;
  g_autoptr(GError) error = NULL;

  session = add_session (f, class_id, "2026-06-01", "morning", "08:30", "11:30", "lecture",
                         NULL, NULL);
  g_free (add_session (f, class_id, "2026-06-01", "afternoon", "14:30", "17:30", "lecture",
                       NULL, NULL));
  g_assert_true (px_class_timetable_next_free_slot (f->db, session, &date, &slot, &error));
  g_assert_no_error (error);
  g_assert_null (date);
  g_assert_null (slot);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PxSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session = NULL;

  session = add_session (f, f->class_a, "2026-05-12", "morning", "09:00", "11:00", "lecture",
                         f->wang, NULL);

  /* the same slot keeps its own times */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-13", "morning", &error));
  g_assert_no_error (error);
  stored = px_session_get (f->db, session, &error);
  g_assert_cmpstr (stored->date, ==, "2026-05-13");
  g_assert_cmpstr (stored->start_time, ==, "09:00");
  g_assert_cmpstr (stored->end_time, ==, "11:00");
  g_clear_pointer (&stored, px_session_free);

  /* another slot takes its usual times */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-05-13", "afternoon", &error));
  g_assert_no_error (error);
  stored = px_session_get (f->db, session, &error);
  g_assert_cmpstr (stored->slot, ==, "afternoon");
  g_assert_cmpstr (stored->start_time, ==, "14:30");
  g_assert_cmpstr (stored->end_time, ==, "17:30");
  g_assert_cmpstr (stored->teacher_id, ==, f->wang);
  g_clear_pointer (&stored, px_session_free);

  /* audited: an insert and two updates */
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM audit_log WHERE row_id = ?1", session),
                   ==, 3);

  /* refused as the record's checks say */
  g_assert_false (px_class_timetable_move (f->db, session, "2026-02-30", "morning", &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "date");
  g_clear_error (&error);
  g_assert_false (px_class_timetable_move (f->db, "no-such-session", "2026-05-13", "morning",
                                           &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

static void
test_insert_update (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(PxSession) stored = NULL;
  g_autoptr(GError) error = NULL;

  session->class_id = g_strdup (f->class_a);
  session->date = g_strdup (" 2026-05-12 ");
  session->slot = g_strdup ("morning");
  session->start_time = g_strdup ("08:30");
  session->end_time = g_strdup ("11:30");
  session->title = g_strdup ("  ");
  session->room = g_strdup (" 301 ");
  session->hours = 3;
  session->elective_capacity = 30;   /* not an elective: dropped */
  g_assert_true (px_class_timetable_insert (f->db, session, &error));
  g_assert_no_error (error);
  stored = px_session_get (f->db, session->base.id, &error);
  g_assert_cmpstr (stored->date, ==, "2026-05-12");
  g_assert_null (stored->title);
  g_assert_cmpstr (stored->room, ==, "301");
  g_assert_cmpint (stored->elective_capacity, ==, PX_INT_UNSET);

  stored->is_elective = TRUE;
  stored->elective_capacity = 30;
  g_free (stored->end_time);
  stored->end_time = g_strdup ("08:00");
  g_assert_false (px_class_timetable_update (f->db, stored, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INCONSISTENT);
  g_clear_error (&error);
  g_free (stored->end_time);
  stored->end_time = g_strdup ("11:30");
  g_assert_true (px_class_timetable_update (f->db, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT elective_capacity FROM session WHERE id = ?1",
                               stored->base.id), ==, 30);
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PxDeletedSession) deleted = NULL;
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();
  g_autoptr(PxElectiveChoice) choice = px_elective_choice_new ();
  g_autoptr(PxAttendance) attendance = px_attendance_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session = NULL;

  session = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "seminar",
                         f->wang, NULL);
  cadre->name = g_strdup ("学员一");
  cadre->citizen_id = px_test_make_id ("330402", "19800101", 1);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);
  enrollment->class_id = g_strdup (f->class_a);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);
  choice->session_id = g_strdup (session);
  choice->enrollment_id = g_strdup (enrollment->base.id);
  px_elective_choice_insert (f->db, choice, &error);
  g_assert_no_error (error);
  attendance->session_id = g_strdup (session);
  attendance->enrollment_id = g_strdup (enrollment->base.id);
  attendance->status = g_strdup ("present");
  px_attendance_insert (f->db, attendance, &error);
  g_assert_no_error (error);

  deleted = px_class_timetable_delete (f->db, session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpstr (px_deleted_session_get_session (deleted)->base.id, ==, session);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM session WHERE id = ?1", session), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM attendance WHERE session_id = ?1",
                               session), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM audit_log WHERE action = 'delete'"
                                  " AND row_id = ?1", choice->base.id), ==, 1);

  g_assert_true (px_class_timetable_restore (f->db, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM session WHERE id = ?1", session), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM elective_choice WHERE id = ?1",
                               choice->base.id), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM attendance WHERE id = ?1",
                               attendance->base.id), ==, 1);

  /* gone already: a clear error */
  g_clear_pointer (&deleted, px_deleted_session_free);
  deleted = px_class_timetable_delete (f->db, "no-such-session", &error);
  g_assert_null (deleted);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

static void
test_method_mix (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PxMethodMix) mix = NULL;
  g_autoptr(GError) error = NULL;
  const PxMethodHours *m;

  mix = px_class_timetable_method_mix (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->methods->len, ==, 0);
  g_assert_cmpfloat (mix->lecture_share, ==, 0);
  g_clear_pointer (&mix, px_method_mix_free);

  g_free (add_session (f, f->class_a, "2026-05-11", "morning", "08:30", "11:30", "lecture",
                       NULL, NULL));
  g_free (add_session (f, f->class_a, "2026-05-11", "afternoon", "14:30", "17:30", "lecture",
                       NULL, NULL));
  g_free (add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "field",
                       NULL, NULL));
  g_free (add_session (f, f->class_a, "2026-05-12", "afternoon", "14:30", "17:30", "seminar",
                       NULL, NULL));
  mix = px_class_timetable_method_mix (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mix->methods->len, ==, 3);
  m = &g_array_index (mix->methods, PxMethodHours, 0);
  g_assert_cmpstr (m->method, ==, "lecture");
  g_assert_cmpfloat (m->hours, ==, 6);
  g_assert_cmpfloat (mix->hours, ==, 12);
  g_assert_cmpfloat (mix->lecture_hours, ==, 6);
  g_assert_cmpfloat_with_epsilon (mix->lecture_share, 0.5, 1e-9);
  g_assert_cmpfloat (mix->max_lecture_share, ==, 0.5);
  g_assert_cmpfloat (mix->practice_hours, ==, 3);
  g_assert_cmpfloat (mix->theory_hours, ==, 9);
  g_clear_pointer (&mix, px_method_mix_free);

  mix = px_class_timetable_method_mix (f->db, "no-such-class", &error);
  g_assert_null (mix);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PxTrainingClass) copy = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *session = NULL;
  g_autoptr(PxTrainingClass) source = NULL;
  const PxTimetableEntry *entry;

  session = add_session (f, f->class_a, "2026-05-12", "morning", "08:30", "11:30", "lecture",
                         f->wang, "301");
  g_free (add_session (f, f->class_a, "2026-05-15", "afternoon", "14:30", "17:30", "field",
                       f->li, NULL));
  source = px_training_class_get (f->db, f->class_a, &error);
  g_free (source->status);
  source->status = g_strdup ("finished");
  px_training_class_update (f->db, source, NULL, &error);
  g_assert_no_error (error);

  /* a used code is refused, naming the field, and nothing is written */
  g_assert_false (px_class_copy (f->db, f->class_a, "2026-ZT-002", NULL, "2026-09-07", &new_id,
                                 &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "code");
  g_assert_null (new_id);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM class WHERE id <> ?1", ""), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM session WHERE class_id <> ?1", ""),
                   ==, 2);

  g_assert_false (px_class_copy (f->db, f->class_a, "2026-ZT-009", NULL, "2026-09-31", &new_id,
                                 &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "start_date");
  g_clear_error (&error);

  /* Monday 2026-05-11 → Monday 2026-09-07: 119 days */
  g_assert_true (px_class_copy (f->db, f->class_a, " 2026-ZT-009 ", "秋季班", "2026-09-07",
                                &new_id, &error));
  g_assert_no_error (error);
  copy = px_training_class_get (f->db, new_id, &error);
  g_assert_cmpstr (copy->code, ==, "2026-ZT-009");
  g_assert_cmpstr (copy->title, ==, "秋季班");
  g_assert_cmpstr (copy->start_date, ==, "2026-09-07");
  g_assert_cmpstr (copy->end_date, ==, "2026-09-11");
  g_assert_cmpstr (copy->status, ==, "planning");
  g_assert_cmpint (copy->capacity, ==, 40);
  g_assert_cmpfloat (copy->required_hours, ==, 30);

  entries = px_class_timetable_list (f->db, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->date, ==, "2026-09-08");
  g_assert_cmpstr (entry->slot, ==, "morning");
  g_assert_cmpstr (entry->teacher_id, ==, f->wang);
  g_assert_cmpstr (entry->room, ==, "301");
  g_assert_cmpstr (entry->course_id, ==, f->course);
  g_assert_cmpstr (entry->id, !=, session);
  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (entry->date, ==, "2026-09-11");
  g_assert_cmpstr (entry->method, ==, "field");
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM enrollment WHERE class_id = ?1",
                               new_id), ==, 0);
  /* the source is untouched */
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM session WHERE class_id = ?1",
                               f->class_a), ==, 2);
  g_clear_pointer (&new_id, g_free);

  /* a copy over the source's own week is made, its conflicts shown rather than refused */
  g_assert_true (px_class_copy (f->db, f->class_a, "2026-ZT-010", NULL, "2026-05-11", &new_id,
                                &error));
  g_assert_no_error (error);
  conflicts = px_class_list_conflicts (f->db, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, >=, 2);
  g_assert_cmpstr (((PxClassConflict *) g_ptr_array_index (conflicts, 0))->other_class_code, ==,
                   "2026-ZT-001");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/class-timetable/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("list", test_list);
  ADD ("free-teachers", test_free_teachers);
  ADD ("next-free-slot", test_next_free_slot);
  ADD ("no-free-slot", test_no_free_slot);
  ADD ("move", test_move);
  ADD ("insert-update", test_insert_update);
  ADD ("delete-restore", test_delete_restore);
  ADD ("method-mix", test_method_mix);
  ADD ("copy", test_copy);
#undef ADD

  return g_test_run ();
}
