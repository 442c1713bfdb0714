/* test-timetable-import.c: a class's timetable from a sheet: names resolved or created, every
 * refusal (unknown names, bookings, rows colliding, dates, bad cells, dropped attendance), the
 * timetable replaced in place, dry runs, GB18030 text and .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-attendance.h"
#include "px-base.h"
#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-column-map.h"
#include "px-course.h"
#include "px-elective-choice.h"
#include "px-enrollment.h"
#include "px-fixture-xlsx.h"
#include "px-session.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-timetable-import.h"
#include "px-training-class.h"

#define COURSE_THEORY "习近平新时代中国特色社会主义思想概论"
#define COURSE_CASE "基层治理案例研究"
#define COURSE_FIELD "乡村振兴现场教学"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_a;     /* 2026-ZT-001, 2026-05-11 to 2026-05-15, 30 hours required */
  char *class_b;     /* 2026-ZT-002, the same days, venue 主楼301教室 */
  char *base_id;     /* 井冈山干部学院 */
} Fixture;

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *venue)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("基层治理专题班");
  c->start_date = g_strdup ("2026-05-11");
  c->end_date = g_strdup ("2026-05-15");
  c->venue = g_strdup (venue);
  c->capacity = PX_INT_UNSET;
  c->required_hours = 30;
  c->credit_hours = NAN;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static void
add_course (PxDatabase *db,
            const char *title,
            const char *method)
{
  g_autoptr(PxCourse) course = px_course_new ();
  g_autoptr(GError) error = NULL;

  course->title = g_strdup (title);
  g_free (course->method);
  course->method = g_strdup (method);
  course->hours = 3;
  px_course_insert (db, course, &error);
  g_assert_no_error (error);
}

static void
add_teacher (PxDatabase *db,
             const char *name)
{
  g_autoptr(PxTeacher) teacher = px_teacher_new ();
  g_autoptr(GError) error = NULL;

  teacher->name = g_strdup (name);
  px_teacher_insert (db, teacher, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxBase) base = px_base_new ();
  g_autofree char *path = NULL;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "timetable.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
  f->class_a = add_class (f->db, "2026-ZT-001", NULL);
  f->class_b = add_class (f->db, "2026-ZT-002", "主楼301教室");
  add_course (f->db, COURSE_THEORY, "lecture");
  add_course (f->db, COURSE_CASE, "case");
  add_course (f->db, COURSE_FIELD, "field");
  add_teacher (f->db, "王明");
  add_teacher (f->db, "李华");
  add_teacher (f->db, "张  强");   /* padded as rosters align names */
  base->name = g_strdup ("井冈山干部学院");
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
  g_free (f->base_id);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = px_database_prepare (f->db, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

#define N_SESSIONS(f) count (f, "SELECT count(*) FROM session")
#define N_COURSES(f) count (f, "SELECT count(*) FROM course")
#define N_TEACHERS(f) count (f, "SELECT count(*) FROM teacher")

static char *
write_csv (Fixture    *f,
           const char *name,
           const char *text)
{
  return px_test_write_file (f->dir, name, text, -1);
}

static PxTimetableImport *
import (Fixture                *f,
        const char             *code,
        const char             *path,
        PxTimetableImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PxTimetableImport *result = px_timetable_import_file (f->db, code, path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static PxTimetableImport *
import_text (Fixture                *f,
             const char             *text,
             PxTimetableImportFlags  flags)
{
  g_autofree char *path = write_csv (f, "timetable.csv", text);

  return import (f, "2026-ZT-001", path, flags);
}

/* The one session of class a at that date and start time. */
static PxSession *
session_at (Fixture    *f,
            const char *class_id,
            const char *date,
            const char *start_time)
{
  const char *filters[] = { "class_id", class_id, "date", date, "start_time", start_time, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = px_session_list (f->db, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  return px_session_copy (g_ptr_array_index (sessions, 0));
}

static char *
id_of (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = px_database_prepare (f->db, sql, &error);
  char *id;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return id;
}

/* Asserts that the report has exactly one problem, at row and column, whose message holds each
 * of the NULL-terminated strings. */
static void
assert_one_problem (PxTimetableImport *result,
                    guint              row,
                    const char        *column,
                    ...) G_GNUC_NULL_TERMINATED;

static void
assert_one_problem (PxTimetableImport *result,
                    guint              row,
                    const char        *column,
                    ...)
{
  PxImportProblem *problem;
  va_list ap;

  if (result->report->problems->len != 1)
    {
      for (guint i = 0; i < result->report->problems->len; i++)
        {
          PxImportProblem *p = g_ptr_array_index (result->report->problems, i);

          g_printerr ("row %u, %s: %s\n", p->row, p->column, p->message);
        }
      g_error ("%u problems, not one", result->report->problems->len);
    }
  problem = g_ptr_array_index (result->report->problems, 0);
  g_assert_cmpuint (problem->row, ==, row);
  g_assert_cmpstr (problem->column, ==, column);
  va_start (ap, column);
  for (const char *part = va_arg (ap, const char *); part != NULL;
       part = va_arg (ap, const char *))
    if (strstr (problem->message, part) == NULL)
      g_error ("“%s” does not say “%s”", problem->message, part);
  va_end (ap);
  g_assert_false (result->report->written);
  g_assert_cmpuint (result->report->n_new, ==, 0);
}

#define HEADER "日期,时段,课程,授课教师,地点,教学方式,学时\n"

/* Names, places, carried dates, default times and hours; a total row left out */

static void
test_basic (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;
  g_autoptr(PxSession) first = NULL;
  g_autoptr(PxSession) second = NULL;
  g_autoptr(PxSession) third = NULL;

  result = import_text (f, HEADER
                        "2026/5/11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
                        ",下午," COURSE_CASE ",李华,井冈山干部学院 报告厅,案例,\n"
                        "2026年5月12日,晚间," COURSE_FIELD ",张强,井冈山干部学院,,\n"
                        "合计,,,,,,8\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_true (result->report->written);
  g_assert_cmpuint (result->report->header_row, ==, 1);
  g_assert_cmpuint (result->report->n_rows, ==, 3);
  g_assert_cmpuint (result->report->n_new, ==, 3);
  g_assert_cmpuint (result->n_sessions, ==, 3);
  g_assert_cmpfloat (result->hours, ==, 8);
  g_assert_cmpuint (result->created_courses->len + result->created_teachers->len
                    + result->new_rooms->len, ==, 0);
  /* 8 of the 30 hours required: a warning, not a refusal */
  g_assert_cmpuint (result->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->warnings, 0), "30"));
  g_assert_cmpint (N_SESSIONS (f), ==, 3);

  /* a room a class's venue names */
  first = session_at (f, f->class_a, "2026-05-11", "08:30");
  g_assert_cmpstr (first->slot, ==, "morning");
  g_assert_cmpstr (first->end_time, ==, "11:30");
  g_assert_cmpstr (first->room, ==, "主楼301教室");
  g_assert_null (first->base_id);
  g_assert_cmpstr (first->method, ==, "lecture");
  g_assert_cmpfloat (first->hours, ==, 3);
  g_assert_nonnull (first->teacher_id);
  g_assert_nonnull (first->course_id);

  /* the date of the row above (a merged cell), a base with a room, hours from the times */
  second = session_at (f, f->class_a, "2026-05-11", "14:30");
  g_assert_cmpstr (second->end_time, ==, "17:30");
  g_assert_cmpstr (second->base_id, ==, f->base_id);
  g_assert_cmpstr (second->room, ==, "报告厅");
  g_assert_cmpstr (second->method, ==, "case");
  g_assert_cmpfloat (second->hours, ==, 3);

  /* 晚间, a padded teacher's name, the course's own method */
  third = session_at (f, f->class_a, "2026-05-12", "19:00");
  g_assert_cmpstr (third->slot, ==, "evening");
  g_assert_cmpstr (third->end_time, ==, "21:00");
  g_assert_cmpstr (third->base_id, ==, f->base_id);
  g_assert_null (third->room);
  g_assert_cmpstr (third->method, ==, "field");
  g_assert_cmpfloat (third->hours, ==, 2);

  /* one audit row for the sessions the import made */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'session' AND "
                             "action = 'import' AND changes LIKE '%\"inserted\":3%'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'session' AND "
                             "action = 'insert'"), ==, 0);
}

/* Unknown and ambiguous names */

static void
test_unknown_course (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
                        "2026-05-11,下午,党史专题,李华,主楼301教室,讲授,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 3, "课程", "党史专题", NULL);
  g_assert_cmpstr (((PxImportProblem *) result->report->problems->pdata[0])->value, ==,
                   "党史专题");
  g_assert_cmpuint (result->n_unknown, ==, 1);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static void
test_unknown_teacher (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",赵六,主楼301教室,讲授,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 2, "授课教师", "赵六", NULL);
  g_assert_cmpuint (result->n_unknown, ==, 1);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static void
test_unknown_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",王明,图书馆报告厅,讲授,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 2, "地点", "图书馆报告厅", NULL);
  g_assert_cmpuint (result->n_unknown, ==, 1);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static void
test_ambiguous (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  add_teacher (f->db, "王明");
  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n",
                        PX_TIMETABLE_IMPORT_CREATE_MISSING);
  assert_one_problem (result, 2, "授课教师", "2", "王明", NULL);
  g_assert_cmpuint (result->n_unknown, ==, 0);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static const char unknown_names[] =
  HEADER
  "2026-05-11,上午,党史专题,赵六,图书馆报告厅,研讨,3\n"
  "2026-05-12,上午,党史专题,赵六,图书馆报告厅,,3\n";

static void
test_create_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PxTimetableImport) refused = NULL;
  g_autoptr(PxTimetableImport) dry = NULL;
  g_autoptr(PxTimetableImport) result = NULL;
  g_autoptr(PxSession) session = NULL;
  g_autoptr(PxCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  refused = import_text (f, unknown_names, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (refused->report->problems->len, ==, 6);
  g_assert_cmpuint (refused->n_unknown, ==, 6);

  /* a dry run says what it would create, and creates nothing */
  dry = import_text (f, unknown_names,
                     PX_TIMETABLE_IMPORT_CREATE_MISSING | PX_TIMETABLE_IMPORT_DRY_RUN);
  g_assert_cmpuint (dry->report->problems->len, ==, 0);
  g_assert_cmpuint (dry->report->n_new, ==, 2);
  g_assert_false (dry->report->written);
  g_assert_cmpuint (dry->created_courses->len, ==, 1);
  g_assert_cmpint (N_COURSES (f), ==, 3);
  g_assert_cmpint (N_TEACHERS (f), ==, 3);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);

  result = import_text (f, unknown_names, PX_TIMETABLE_IMPORT_CREATE_MISSING);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_true (result->report->written);
  g_assert_cmpuint (result->report->n_new, ==, 2);
  /* each made once, though two rows name it */
  g_assert_cmpuint (result->created_courses->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->created_courses, 0), ==, "党史专题");
  g_assert_cmpuint (result->created_teachers->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->created_teachers, 0), ==, "赵六");
  g_assert_cmpuint (result->new_rooms->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->new_rooms, 0), ==, "图书馆报告厅");
  g_assert_cmpint (N_COURSES (f), ==, 4);
  g_assert_cmpint (N_TEACHERS (f), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'course' AND "
                             "action = 'import'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'teacher' AND "
                             "action = 'import'"), ==, 1);

  session = session_at (f, f->class_a, "2026-05-12", "08:30");
  g_assert_cmpstr (session->room, ==, "图书馆报告厅");
  /* the course takes the first row's method, and later rows the course's */
  g_assert_cmpstr (session->method, ==, "seminar");
  course = px_course_get (f->db, session->course_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (course->title, ==, "党史专题");
  g_assert_cmpstr (course->method, ==, "seminar");
}

/* Bookings: another class's, and two rows of the file */

static void
add_session (Fixture    *f,
             const char *class_id,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *teacher,
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
  if (teacher != NULL)
    s->teacher_id = id_of (f, teacher);
  s->base_id = g_strdup (base_id);
  s->room = g_strdup (room);
  s->title = g_strdup ("专题讲座");
  s->hours = 3;
  px_session_insert (f->db, s, &error);
  g_assert_no_error (error);
}

static void
test_teacher_double_booked (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  add_session (f, f->class_b, "2026-05-12", "morning", "09:00", "12:00",
               "SELECT id FROM teacher WHERE name = '王明'", NULL, "主楼302教室");
  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
                        "2026-05-12,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 3, "授课教师", "王明", "2026-ZT-002", "2026-05-12", "Morning",
                      "09:00–12:00", NULL);
  g_assert_cmpint (N_SESSIONS (f), ==, 1);
}

static void
test_place_double_booked (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  /* the whole base, so any room of it is taken */
  add_session (f, f->class_b, "2026-05-13", "afternoon", "14:30", "17:30", NULL, f->base_id,
               NULL);
  result = import_text (f, HEADER
                        "2026-05-13,下午," COURSE_CASE ",李华,井冈山干部学院 报告厅,案例,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 2, "地点", "井冈山干部学院 报告厅", "2026-ZT-002", "2026-05-13",
                      "Afternoon", "14:30–17:30", NULL);

  /* a room of the school, by its name */
  g_clear_pointer (&result, px_timetable_import_free);
  add_session (f, f->class_b, "2026-05-14", "morning", "08:30", "11:30", NULL, NULL,
               "主楼301教室");
  result = import_text (f, HEADER
                        "2026-05-14,上午," COURSE_CASE ",李华,主楼301教室,案例,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 2, "地点", "主楼301教室", "2026-ZT-002", NULL);
  g_assert_cmpint (N_SESSIONS (f), ==, 2);
}

static void
test_rows_collide (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PxTimetableImport) same_time = NULL;
  g_autoptr(PxTimetableImport) teacher = NULL;
  g_autoptr(PxTimetableImport) place = NULL;
  g_autoptr(PxTimetableImport) electives = NULL;

  /* two compulsory sessions at once */
  same_time = import_text (f, HEADER
                           "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
                           "2026-05-11,上午," COURSE_CASE ",李华,井冈山干部学院,案例,3\n",
                           PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (same_time, 3, NULL, "Row 2", NULL);

  /* electives side by side, but one teacher for two of them */
  teacher = import_text (f, "日期,时段,课程,授课教师,地点,选学,容量\n"
                         "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,是,30\n"
                         "2026-05-11,上午," COURSE_CASE ",王明,井冈山干部学院,是,30\n",
                         PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (teacher, 3, "授课教师", "王明", "row 2", NULL);

  /* …or one room */
  place = import_text (f, "日期,时段,课程,授课教师,地点,选学,容量\n"
                       "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,是,30\n"
                       "2026-05-11,上午," COURSE_CASE ",李华,主楼301教室,是,30\n",
                       PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (place, 3, "地点", "主楼301教室", "row 2", NULL);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);

  /* apart, they are fine */
  electives = import_text (f, "日期,时段,课程,授课教师,地点,选学,容量\n"
                           "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,是,30\n"
                           "2026-05-11,上午," COURSE_CASE ",李华,井冈山干部学院,是,25人\n",
                           PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (electives->report->problems->len, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE is_elective = 1"), ==, 2);
  g_assert_cmpint (count (f, "SELECT sum(elective_capacity) FROM session"), ==, 55);
}

/* Dates and cells */

static void
test_outside_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, HEADER
                        "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
                        "2026-05-20,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (result, 3, "日期", "2026-05-20", "2026-05-11 to 2026-05-15", NULL);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static void
test_bad_cells (Fixture       *f,
                gconstpointer  data)
{
  static const struct
  {
    const char *row;      /* 日期,时段,开始时间,结束时间,教学方式,学时 */
    const char *column;
    const char *says;
  } cases[] = {
    { "2026-02-30,上午,,,", "日期", "not a date" },
    { "明天,上午,,,", "日期", "not a date" },
    { "2026-05-11,中午,,,", "时段", "not a time of day" },
    { "2026-05-11,,,,", "时段", "missing" },
    { "2026-05-11,上午,25:00,,", "开始时间", "not a time" },
    { "2026-05-11,上午,11:00,09:00,", "结束时间", "before it starts" },
    { "2026-05-11,上午,,,跳舞", "教学方式", "not a teaching method" },
    { "2026-05-11,上午,,,讲授,三", "学时", "not a number of hours" },
    { "2026-05-11,上午,,,讲授,30", "学时", "0 to 24" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new ("日期,时段,开始时间,结束时间,教学方式,学时,课程\n");
      g_autoptr(PxTimetableImport) result = NULL;
      g_auto(GStrv) cells = g_strsplit (cases[i].row, ",", -1);

      /* a good row first, so that the bad one is row 3 */
      g_string_append (text, "2026-05-12,上午,,,讲授,3," COURSE_THEORY "\n");
      for (guint c = 0; c < 6; c++)
        g_string_append_printf (text, "%s,", c < g_strv_length (cells) ? cells[c] : "");
      g_string_append (text, COURSE_THEORY "\n");
      result = import_text (f, text->str, PX_TIMETABLE_IMPORT_FLAGS_NONE);
      assert_one_problem (result, 3, cases[i].column, cases[i].says, NULL);
    }
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

/* Times as registrars write them */

static void
assert_times (Fixture    *f,
              const char *date,
              const char *start,
              const char *slot,
              const char *end,
              double      hours)
{
  g_autoptr(PxSession) s = session_at (f, f->class_a, date, start);

  g_assert_cmpstr (s->slot, ==, slot);
  g_assert_cmpstr (s->end_time, ==, end);
  g_assert_cmpfloat (s->hours, ==, hours);
}

static void
test_time_cells (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, "日期,时段,时间,开始时间,结束时间,课程\n"
                        "2026-05-11,上午（9:00-11:00）,,,," COURSE_THEORY "\n"
                        "2026-05-11,,14点30分至17点,,," COURSE_CASE "\n"
                        "2026-05-12,晚上,,19:30,," COURSE_THEORY "\n"
                        "2026-05-13,下午,,,16:00," COURSE_CASE "\n"
                        "5.14,,,0.375,," COURSE_FIELD "\n"
                        "2026-05-15,,晚上 19:00~20:30,,," COURSE_FIELD "\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpuint (result->report->n_new, ==, 6);
  assert_times (f, "2026-05-11", "09:00", "morning", "11:00", 2);
  assert_times (f, "2026-05-11", "14:30", "afternoon", "17:00", 2.5);
  assert_times (f, "2026-05-12", "19:30", "evening", "21:00", 1.5);
  assert_times (f, "2026-05-13", "14:30", "afternoon", "16:00", 1.5);
  assert_times (f, "2026-05-14", "09:00", "morning", "11:30", 2.5);
  assert_times (f, "2026-05-15", "19:00", "evening", "20:30", 1.5);
}

/* Times in both the 时段 and the 时间 column: the 时间 column's win, whole or in part (and
 * under the sanitizers, the 时段 cell's are not leaked). */
static void
test_times_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = NULL;

  result = import_text (f, "日期,时段,时间,课程\n"
                        "2026-05-11,上午 8:30-11:30,09:00-11:00," COURSE_THEORY "\n"
                        "2026-05-12,下午 14:30-17:30,15:00," COURSE_CASE "\n",
                        PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  assert_times (f, "2026-05-11", "09:00", "morning", "11:00", 2);
  assert_times (f, "2026-05-12", "15:00", "afternoon", "17:30", 2.5);
}

/* Importing again */

static char *
add_trainee (Fixture *f)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();
  g_autoptr(GError) error = NULL;

  cadre->name = g_strdup ("张伟");
  cadre->citizen_id = px_test_make_id ("110101", "19850312", 1);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);
  enrollment->class_id = g_strdup (f->class_a);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);
  return g_strdup (enrollment->base.id);
}

static const char two_sessions[] =
  HEADER
  "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n"
  "2026-05-11,下午," COURSE_CASE ",李华,主楼301教室,案例,3\n";

static void
test_reimport (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PxTimetableImport) first = NULL;
  g_autoptr(PxTimetableImport) again = NULL;
  g_autoptr(PxTimetableImport) same = NULL;
  g_autoptr(PxSession) before = NULL;
  g_autoptr(PxSession) after = NULL;
  g_autoptr(PxAttendance) attendance = px_attendance_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *enrollment_id = add_trainee (f);

  first = import_text (f, two_sessions, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (first->report->n_new, ==, 2);
  before = session_at (f, f->class_a, "2026-05-11", "08:30");
  attendance->session_id = g_strdup (before->base.id);
  attendance->enrollment_id = g_strdup (enrollment_id);
  attendance->status = g_strdup ("present");
  px_attendance_insert (f->db, attendance, &error);
  g_assert_no_error (error);

  /* the morning's teacher changes; the afternoon moves to the next day */
  again = import_text (f, HEADER
                       "2026-05-11,上午," COURSE_THEORY ",李华,主楼301教室,讲授,3\n"
                       "2026-05-12,下午," COURSE_CASE ",李华,主楼301教室,案例,3\n",
                       PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (again->report->problems->len, ==, 0);
  g_assert_true (again->report->written);
  g_assert_cmpuint (again->report->n_updated, ==, 1);
  g_assert_cmpuint (again->report->n_new, ==, 1);
  g_assert_cmpuint (again->report->n_unchanged, ==, 0);
  g_assert_cmpuint (again->n_deleted, ==, 1);
  g_assert_cmpint (N_SESSIONS (f), ==, 2);

  /* updated in place: the same session, its attendance kept */
  after = session_at (f, f->class_a, "2026-05-11", "08:30");
  g_assert_cmpstr (after->base.id, ==, before->base.id);
  g_assert_cmpstr (after->teacher_id, !=, before->teacher_id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'session' AND "
                             "action = 'update'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'session' AND "
                             "action = 'delete'"), ==, 1);

  /* the same file once more changes nothing */
  same = import_text (f, HEADER
                      "2026-05-11,上午," COURSE_THEORY ",李华,主楼301教室,讲授,3\n"
                      "2026-05-12,下午," COURSE_CASE ",李华,主楼301教室,案例,3\n",
                      PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (same->report->n_unchanged, ==, 2);
  g_assert_cmpuint (same->report->n_new + same->report->n_updated + same->n_deleted, ==, 0);
}

static void
test_drop_recorded (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxTimetableImport) first = NULL;
  g_autoptr(PxTimetableImport) attended = NULL;
  g_autoptr(PxTimetableImport) chosen = NULL;
  g_autoptr(PxSession) morning = NULL;
  g_autoptr(PxSession) afternoon = NULL;
  g_autoptr(PxAttendance) attendance = px_attendance_new ();
  g_autoptr(PxElectiveChoice) choice = px_elective_choice_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *enrollment_id = add_trainee (f);
  static const char only_morning[] =
    HEADER "2026-05-11,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n";
  static const char only_afternoon[] =
    HEADER "2026-05-11,下午," COURSE_CASE ",李华,主楼301教室,案例,3\n";

  first = import_text (f, two_sessions, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  morning = session_at (f, f->class_a, "2026-05-11", "08:30");
  afternoon = session_at (f, f->class_a, "2026-05-11", "14:30");
  attendance->session_id = g_strdup (morning->base.id);
  attendance->enrollment_id = g_strdup (enrollment_id);
  attendance->status = g_strdup ("leave");
  px_attendance_insert (f->db, attendance, &error);
  g_assert_no_error (error);
  choice->session_id = g_strdup (afternoon->base.id);
  choice->enrollment_id = g_strdup (enrollment_id);
  px_elective_choice_insert (f->db, choice, &error);
  g_assert_no_error (error);

  attended = import_text (f, only_afternoon, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (attended, 0, NULL, "2026-05-11", "attendance", NULL);
  g_assert_cmpuint (attended->n_deleted, ==, 0);
  chosen = import_text (f, only_morning, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  assert_one_problem (chosen, 0, NULL, "2026-05-11", "elective", NULL);

  /* nothing lost */
  g_assert_cmpint (N_SESSIONS (f), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM elective_choice"), ==, 1);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PxTimetableImport) first = NULL;
  g_autoptr(PxTimetableImport) dry = NULL;
  gint64 n_audit;

  dry = import_text (f, two_sessions, PX_TIMETABLE_IMPORT_DRY_RUN);
  g_assert_cmpuint (dry->report->problems->len, ==, 0);
  g_assert_true (dry->report->dry_run);
  g_assert_false (dry->report->written);
  g_assert_cmpuint (dry->report->n_new, ==, 2);
  g_assert_cmpuint (dry->n_sessions, ==, 2);
  g_assert_cmpfloat (dry->hours, ==, 6);
  g_assert_cmpint (N_SESSIONS (f), ==, 0);

  first = import_text (f, two_sessions, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  n_audit = count (f, "SELECT count(*) FROM audit_log");
  g_clear_pointer (&dry, px_timetable_import_free);
  dry = import_text (f, HEADER "2026-05-13,上午," COURSE_THEORY ",王明,主楼301教室,讲授,3\n",
                     PX_TIMETABLE_IMPORT_DRY_RUN);
  g_assert_cmpuint (dry->report->n_new, ==, 1);
  g_assert_cmpuint (dry->n_deleted, ==, 2);
  g_assert_cmpint (N_SESSIONS (f), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2026-05-13'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, n_audit);
}

/* Formats */

static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  static const char text[] =
    "课程表\n"
    "日期,时间,课程名称,主讲人,上课地点,教学形式,课时\n"
    "5月11日（周一）,08:30-11:30," COURSE_THEORY ",王明,主楼301教室,专题讲座,3学时\n"
    "5月11日（周一）,14:00—16:30," COURSE_CASE ",李华,井冈山干部学院,案例教学,\n";
  gsize length = 0;
  g_autofree char *gb = g_convert (text, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autofree char *path = NULL;
  g_autoptr(PxTimetableImport) result = NULL;
  g_autoptr(PxSession) afternoon = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, length, NULL));
  path = px_test_write_file (f->dir, "timetable.csv", gb, length);
  result = import (f, "2026-ZT-001", path, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpstr (result->report->encoding, ==, "GB18030");
  g_assert_cmpuint (result->report->header_row, ==, 2);
  g_assert_cmpuint (result->report->n_new, ==, 2);
  afternoon = session_at (f, f->class_a, "2026-05-11", "14:00");
  g_assert_cmpstr (afternoon->slot, ==, "afternoon");
  g_assert_cmpstr (afternoon->end_time, ==, "16:30");
  g_assert_cmpfloat (afternoon->hours, ==, 2.5);
  g_assert_cmpstr (afternoon->method, ==, "case");
  g_assert_cmpfloat (result->hours, ==, 5.5);
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  /* Excel's serial days and day fractions: 46153 = 2026-05-11, 0.3541… = 08:30 */
  const PxFixtureCell cells[] = {
    PX_FIXTURE_CELL_TEXT ("日期"), PX_FIXTURE_CELL_TEXT ("时段"),
    PX_FIXTURE_CELL_TEXT ("开始时间"), PX_FIXTURE_CELL_TEXT ("结束时间"),
    PX_FIXTURE_CELL_TEXT ("课程"), PX_FIXTURE_CELL_TEXT ("授课教师"),
    PX_FIXTURE_CELL_TEXT ("地点"), PX_FIXTURE_CELL_TEXT ("学时"),

    PX_FIXTURE_CELL_DATE ("46153"), PX_FIXTURE_CELL_TEXT ("上午"),
    { PX_FIXTURE_TIME, "0.354166666666667" }, { PX_FIXTURE_TIME, "0.479166666666667" },
    PX_FIXTURE_CELL_TEXT (COURSE_THEORY), PX_FIXTURE_CELL_TEXT ("王明"),
    PX_FIXTURE_CELL_TEXT ("主楼301教室"), PX_FIXTURE_CELL_NUMBER ("3"),

    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_TEXT ("下午"),
    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE,
    PX_FIXTURE_CELL_TEXT (COURSE_CASE), PX_FIXTURE_CELL_TEXT ("钱七"),
    PX_FIXTURE_CELL_TEXT ("井冈山干部学院"), PX_FIXTURE_CELL_NUMBER ("3"),
  };
  PxFixtureXlsxOptions options = { .title = "2026年基层治理专题班课程表" };
  g_autofree char *path = g_build_filename (f->dir, "timetable.xlsx", NULL);
  g_autoptr(PxTimetableImport) refused = NULL;
  g_autoptr(PxTimetableImport) result = NULL;
  g_autoptr(PxSession) morning = NULL;
  g_autoptr(GError) error = NULL;

  px_fixture_write_xlsx (path, cells, 3, 8, &options, &error);
  g_assert_no_error (error);

  /* the title is row 1, the header row 2: the second session is row 4 */
  refused = import (f, "2026-ZT-001", path, PX_TIMETABLE_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (refused->report->header_row, ==, 2);
  assert_one_problem (refused, 4, "授课教师", "钱七", NULL);

  result = import (f, "2026-ZT-001", path, PX_TIMETABLE_IMPORT_CREATE_MISSING);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpuint (result->report->n_new, ==, 2);
  morning = session_at (f, f->class_a, "2026-05-11", "08:30");
  g_assert_cmpstr (morning->end_time, ==, "11:30");
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2026-05-11' AND "
                             "start_time = '14:30' AND end_time = '17:30'"), ==, 1);
}

/* What is not a timetable at all */

static void
test_refused_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_csv (f, "timetable.csv", two_sessions);
  g_autofree char *no_time = write_csv (f, "no-time.csv", "日期,课程,授课教师\n"
                                        "2026-05-11," COURSE_THEORY ",王明\n");
  g_autoptr(GError) error = NULL;
  PxTimetableImport *result;

  result = px_timetable_import_file (f->db, "2026-XX-999", path, PX_TIMETABLE_IMPORT_FLAGS_NONE,
                                     &error);
  g_assert_null (result);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2026-XX-999"));
  g_clear_error (&error);

  result = px_timetable_import_file (f->db, "2026-ZT-001", no_time,
                                     PX_TIMETABLE_IMPORT_FLAGS_NONE, &error);
  g_assert_null (result);
  g_assert_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "时段"));
  g_assert_cmpint (N_SESSIONS (f), ==, 0);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PxTimetableImport) result = import_text (f, unknown_names,
                                                     PX_TIMETABLE_IMPORT_CREATE_MISSING);
  g_autofree char *json = px_timetable_import_to_json (result);

  g_assert_true (g_str_has_prefix (json, "{\"file\":"));
  g_assert_nonnull (strstr (json, "\"class\":\"2026-ZT-001\""));
  g_assert_nonnull (strstr (json, "\"sessions\":2,\"deleted\":0,\"hours\":6"));
  g_assert_nonnull (strstr (json, "\"created_courses\":[\"党史专题\"]"));
  g_assert_nonnull (strstr (json, "\"new_rooms\":[\"图书馆报告厅\"]"));
  g_assert_true (g_str_has_suffix (json, "]}"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/timetable-import/basic", test_basic);
  ADD ("/core/timetable-import/unknown-course", test_unknown_course);
  ADD ("/core/timetable-import/unknown-teacher", test_unknown_teacher);
  ADD ("/core/timetable-import/unknown-place", test_unknown_place);
  ADD ("/core/timetable-import/ambiguous", test_ambiguous);
  ADD ("/core/timetable-import/create-missing", test_create_missing);
  ADD ("/core/timetable-import/teacher-double-booked", test_teacher_double_booked);
  ADD ("/core/timetable-import/place-double-booked", test_place_double_booked);
  ADD ("/core/timetable-import/rows-collide", test_rows_collide);
  ADD ("/core/timetable-import/outside-dates", test_outside_dates);
  ADD ("/core/timetable-import/bad-cells", test_bad_cells);
  ADD ("/core/timetable-import/time-cells", test_time_cells);
  ADD ("/core/timetable-import/times-twice", test_times_twice);
  ADD ("/core/timetable-import/reimport", test_reimport);
  ADD ("/core/timetable-import/drop-recorded", test_drop_recorded);
  ADD ("/core/timetable-import/dry-run", test_dry_run);
  ADD ("/core/timetable-import/gb18030", test_gb18030);
  ADD ("/core/timetable-import/xlsx", test_xlsx);
  ADD ("/core/timetable-import/refused-files", test_refused_files);
  ADD ("/core/timetable-import/json", test_json);

#undef ADD

  return g_test_run ();
}
