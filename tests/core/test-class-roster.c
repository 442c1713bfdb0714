/* test-class-roster.c: a roster file enrolled into a class (new and known cadres, refusals,
 * dry run, capacity, groups and class roles) and a class's roster exported and enrolled again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-cadre-import.h"
#include "px-class-roster.h"
#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-sheet.h"
#include "px-test-util.h"
#include "px-training-class.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_a;     /* 2026-ZT-001, capacity 3 */
  char *id[4];       /* valid citizen IDs */
} Fixture;

static char *
add_class (PxDatabase *db,
           const char *code,
           gint64      capacity)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("基层治理专题班");
  c->start_date = g_strdup ("2026-05-11");
  c->end_date = g_strdup ("2026-05-15");
  c->capacity = capacity;
  c->required_hours = NAN;
  c->credit_hours = NAN;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "roster.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
  f->class_a = add_class (f->db, "2026-ZT-001", 3);
  f->id[0] = px_test_make_id ("110101", "19850312", 1);
  f->id[1] = px_test_make_id ("110101", "19790101", 2);
  f->id[2] = px_test_make_id ("330402", "19900520", 3);
  f->id[3] = px_test_make_id ("330402", "19680808", 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_a);
  for (guint i = 0; i < G_N_ELEMENTS (f->id); i++)
    g_free (f->id[i]);
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

#define N_CADRES(f) count (f, "SELECT count(*) FROM cadre")
#define N_ENROLLED(f) count (f, "SELECT count(*) FROM enrollment")

/* A roster of the cadres f->id[first …], one bad row (a wrong check digit) at row bad_row
 * (spreadsheet numbering) when it is not 0. */
static char *
write_roster (Fixture    *f,
              const char *name,
              guint       first,
              guint       n,
              guint       bad_row)
{
  static const char * const names[] = { "张伟", "王芳", "李娜", "刘洋" };
  g_autoptr(GString) text = g_string_new ("姓名,身份证号,工作单位,职务\n");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup (f->id[first + i]);

      if (i + 2 == bad_row)
        id[17] = id[17] == '1' ? '2' : '1';
      g_string_append_printf (text, "%s,%s,某县发改局,科员\n", names[first + i], id);
    }
  return px_test_write_file (f->dir, name, text->str, text->len);
}

static PxClassEnrollReport *
enroll (Fixture       *f,
        const char    *code,
        const char    *path,
        PxImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PxClassEnrollReport *result = px_class_enroll_file (f->db, code, path, flags, NULL, NULL,
                                                      &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* New and known cadres, then the same file again */

static void
test_enroll (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *known = write_roster (f, "known.csv", 0, 1, 0);
  g_autofree char *path = write_roster (f, "roster.csv", 0, 3, 0);
  g_autoptr(PxImportReport) first = NULL;
  g_autoptr(PxClassEnrollReport) result = NULL;
  g_autoptr(PxClassEnrollReport) again = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  first = px_cadre_import_file (f->db, known, PX_IMPORT_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (N_CADRES (f), ==, 1);

  result = enroll (f, "2026-ZT-001", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpuint (result->report->n_rows, ==, 3);
  g_assert_cmpuint (result->report->n_new, ==, 2);
  g_assert_cmpuint (result->report->n_new + result->report->n_updated
                    + result->report->n_unchanged, ==, 3);
  g_assert_cmpuint (result->n_enrolled, ==, 3);
  g_assert_cmpuint (result->n_already, ==, 0);
  g_assert_true (result->report->written);
  g_assert_cmpint (N_CADRES (f), ==, 3);
  g_assert_cmpint (N_ENROLLED (f), ==, 3);
  summary = px_class_summary_get_by_code (f->db, "2026-ZT-001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_enrolled, ==, 3);

  /* again: all already enrolled, nothing duplicated, and the class being full is no problem */
  again = enroll (f, "2026-ZT-001", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (again->report->problems->len, ==, 0);
  g_assert_cmpuint (again->n_enrolled, ==, 0);
  g_assert_cmpuint (again->n_already, ==, 3);
  g_assert_cmpuint (again->report->n_new, ==, 0);
  g_assert_cmpuint (again->report->n_unchanged, ==, 3);
  g_assert_cmpint (N_CADRES (f), ==, 3);
  g_assert_cmpint (N_ENROLLED (f), ==, 3);
}

/* A bad row refuses the file whole; --skip-invalid enrolls the rest */

static void
test_bad_row (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = write_roster (f, "bad.csv", 0, 3, 3);
  g_autoptr(PxClassEnrollReport) refused = NULL;
  g_autoptr(PxClassEnrollReport) skipped = NULL;
  PxImportProblem *problem;

  refused = enroll (f, "2026-ZT-001", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (refused->report->problems->len, ==, 1);
  problem = g_ptr_array_index (refused->report->problems, 0);
  g_assert_cmpuint (problem->row, ==, 3);
  g_assert_cmpstr (problem->column, ==, "身份证号");
  g_assert_cmpuint (refused->n_enrolled, ==, 0);
  g_assert_false (refused->report->written);
  g_assert_cmpint (N_CADRES (f), ==, 0);
  g_assert_cmpint (N_ENROLLED (f), ==, 0);

  skipped = enroll (f, "2026-ZT-001", path, PX_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (skipped->report->problems->len, ==, 1);
  g_assert_cmpuint (skipped->report->n_skipped, ==, 1);
  g_assert_cmpuint (skipped->report->n_new, ==, 2);
  g_assert_cmpuint (skipped->n_enrolled, ==, 2);
  g_assert_cmpint (N_CADRES (f), ==, 2);
  g_assert_cmpint (N_ENROLLED (f), ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = write_roster (f, "roster.csv", 0, 3, 0);
  g_autoptr(PxClassEnrollReport) result = NULL;

  result = enroll (f, "2026-ZT-001", path, PX_IMPORT_DRY_RUN);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_true (result->report->dry_run);
  g_assert_false (result->report->written);
  g_assert_cmpuint (result->report->n_new, ==, 3);
  g_assert_cmpuint (result->n_enrolled, ==, 3);
  g_assert_cmpint (N_CADRES (f), ==, 0);
  g_assert_cmpint (N_ENROLLED (f), ==, 0);
}

/* Four cadres for three places */

static void
test_capacity (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_roster (f, "four.csv", 0, 4, 0);
  g_autoptr(PxClassEnrollReport) refused = NULL;
  g_autoptr(PxClassEnrollReport) skipped = NULL;
  PxImportProblem *problem;

  refused = enroll (f, "2026-ZT-001", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (refused->report->problems->len, ==, 1);
  problem = g_ptr_array_index (refused->report->problems, 0);
  g_assert_cmpuint (problem->row, ==, 5);
  g_assert_nonnull (strstr (problem->message, "3"));
  g_assert_cmpuint (refused->n_full, ==, 1);
  g_assert_cmpuint (refused->n_enrolled, ==, 0);
  g_assert_cmpuint (refused->report->n_new, ==, 0);
  g_assert_false (refused->report->written);
  g_assert_cmpint (N_CADRES (f), ==, 0);
  g_assert_cmpint (N_ENROLLED (f), ==, 0);

  skipped = enroll (f, "2026-ZT-001", path, PX_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (skipped->report->problems->len, ==, 1);
  problem = g_ptr_array_index (skipped->report->problems, 0);
  g_assert_cmpuint (problem->row, ==, 5);
  g_assert_cmpuint (skipped->n_enrolled, ==, 3);
  g_assert_cmpuint (skipped->n_full, ==, 1);
  g_assert_cmpint (N_CADRES (f), ==, 4);
  g_assert_cmpint (N_ENROLLED (f), ==, 3);
}

static void
test_unknown_class (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_roster (f, "roster.csv", 0, 2, 0);
  g_autofree char *out = g_build_filename (f->dir, "x.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassEnrollReport) result = NULL;

  result = px_class_enroll_file (f->db, "2026-XX-999", path, PX_IMPORT_FLAGS_NONE, NULL, NULL,
                                 &error);
  g_assert_null (result);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2026-XX-999"));
  g_assert_cmpint (N_CADRES (f), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (px_class_roster_export_file (f->db, "2026-XX-999", out, &error), ==, -1);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* Export, then enroll the file into another class: the same trainees, withdrawn ones left out */

static void
check_export (Fixture    *f,
              const char *name)
{
  g_autofree char *roster = write_roster (f, "roster.csv", 0, 3, 0);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *class_b = add_class (f->db, "2026-ZT-002", PX_INT_UNSET);
  g_autoptr(PxClassEnrollReport) first = NULL;
  g_autoptr(PxClassEnrollReport) second = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *headers = px_cadre_roster_headers ();
  guint n_headers = g_strv_length ((char **) headers);
  gboolean found = FALSE;

  first = enroll (f, "2026-ZT-001", roster, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (first->n_enrolled, ==, 3);
  /* 王芳 leads group 1; 李娜 withdraws */
  g_assert_true (px_database_exec (f->db, "UPDATE enrollment SET group_name = '第一组', "
                                          "class_role = '组长' WHERE cadre_id = (SELECT id FROM "
                                          "cadre WHERE name = '王芳')", &error));
  g_assert_true (px_database_exec (f->db, "UPDATE enrollment SET status = 'withdrawn' "
                                          "WHERE cadre_id = (SELECT id FROM cadre WHERE "
                                          "name = '李娜')", &error));
  g_assert_no_error (error);

  g_assert_cmpint (px_class_roster_export_file (f->db, "2026-ZT-001", path, &error), ==, 2);
  g_assert_no_error (error);

  sheet = px_sheet_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 3);
  for (guint i = 0; i < n_headers; i++)
    g_assert_cmpstr (px_sheet_get_cell (sheet, 0, i), ==, headers[i]);
  g_assert_cmpstr (px_sheet_get_cell (sheet, 0, n_headers), ==, "组别");
  g_assert_cmpstr (px_sheet_get_cell (sheet, 0, n_headers + 1), ==, "班级职务");
  for (guint r = 1; r < 3; r++)
    {
      const char *cadre = px_sheet_get_cell (sheet, r, PX_ROSTER_NAME);

      g_assert_cmpstr (cadre, !=, "李娜");
      g_assert_cmpstr (px_sheet_get_cell (sheet, r, PX_ROSTER_UNIT), ==, "某县发改局");
      if (g_strcmp0 (cadre, "王芳") == 0)
        {
          found = TRUE;
          g_assert_cmpstr (px_sheet_get_cell (sheet, r, PX_ROSTER_CITIZEN_ID), ==, f->id[1]);
          g_assert_cmpstr (px_sheet_get_cell (sheet, r, n_headers), ==, "第一组");
          g_assert_cmpstr (px_sheet_get_cell (sheet, r, n_headers + 1), ==, "组长");
        }
    }
  g_assert_true (found);

  /* the withdrawn trainee stays withdrawn when the original roster comes again */
  g_clear_pointer (&first, px_class_enroll_report_free);
  first = enroll (f, "2026-ZT-001", roster, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (first->n_already, ==, 2);
  g_assert_cmpuint (first->n_withdrawn, ==, 1);
  g_assert_cmpuint (first->n_enrolled, ==, 0);

  second = enroll (f, "2026-ZT-002", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (second->report->problems->len, ==, 0);
  g_assert_cmpuint (second->report->n_new, ==, 0);
  g_assert_cmpuint (second->report->n_updated, ==, 0);
  g_assert_cmpuint (second->n_enrolled, ==, 2);
  g_assert_cmpint (N_CADRES (f), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM enrollment b JOIN class c ON "
                             "c.id = b.class_id AND c.code = '2026-ZT-002' WHERE b.cadre_id "
                             "NOT IN (SELECT a.cadre_id FROM enrollment a JOIN class d "
                             "ON d.id = a.class_id AND d.code = '2026-ZT-001' "
                             "WHERE a.status = 'enrolled')"), ==, 0);
  /* the group and class role came along */
  g_assert_cmpint (count (f, "SELECT count(*) FROM enrollment e JOIN cadre c ON c.id = "
                             "e.cadre_id WHERE e.class_id = (SELECT id FROM class WHERE code = "
                             "'2026-ZT-002') AND c.name = '王芳' AND e.group_name = '第一组' "
                             "AND e.class_role = '组长'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM enrollment WHERE class_id = (SELECT id FROM "
                             "class WHERE code = '2026-ZT-002') AND group_name IS NULL AND "
                             "class_role IS NULL"), ==, 1);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  check_export (f, "exported.csv");
}

static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  check_export (f, "exported.xlsx");
}

/* 组别 and 班级职务 and their other names; plain 职务 stays the cadre's post */

static PxEnrollment *
enrollment_of (Fixture    *f,
               const char *citizen_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT e.id FROM enrollment e JOIN cadre c ON "
                                          "c.id = e.cadre_id WHERE c.citizen_id = '%s'",
                                          citizen_id);
  sqlite3_stmt *stmt = px_database_prepare (f->db, sql, &error);
  g_autofree char *id = NULL;
  PxEnrollment *enrollment;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  enrollment = px_enrollment_get (f->db, id, &error);
  g_assert_no_error (error);
  return enrollment;
}

static char *
post_of (Fixture    *f,
         const char *citizen_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT post FROM cadre WHERE citizen_id = '%s'",
                                          citizen_id);
  sqlite3_stmt *stmt = px_database_prepare (f->db, sql, &error);
  char *post;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  post = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return post;
}

static void
assert_placed (Fixture    *f,
               const char *citizen_id,
               const char *group,
               const char *role)
{
  g_autoptr(PxEnrollment) enrollment = enrollment_of (f, citizen_id);

  g_assert_cmpstr (enrollment->group_name, ==, group);
  g_assert_cmpstr (enrollment->class_role, ==, role);
}

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GString) first = g_string_new ("姓名,身份证号,职务,小组,职务（班级）\n");
  g_autoptr(GString) second = g_string_new ("姓名,身份证号,分组,班委\n");
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;
  g_autoptr(PxClassEnrollReport) result = NULL;
  g_autoptr(PxClassEnrollReport) dry = NULL;
  g_autoptr(PxClassEnrollReport) again = NULL;
  g_autofree char *post = NULL;

  g_string_append_printf (first, "张伟,%s,科员,第一组,班长\n", f->id[0]);
  g_string_append_printf (first, "王芳,%s,副科长,第二组,\n", f->id[1]);
  g_string_append_printf (first, "李娜,%s,,,\n", f->id[2]);
  first_path = px_test_write_file (f->dir, "groups.csv", first->str, first->len);
  result = enroll (f, "2026-ZT-001", first_path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpuint (result->n_enrolled, ==, 3);
  g_assert_cmpuint (result->n_regrouped, ==, 0);
  assert_placed (f, f->id[0], "第一组", "班长");
  assert_placed (f, f->id[1], "第二组", NULL);
  assert_placed (f, f->id[2], NULL, NULL);
  /* 职务（班级） is the class role, not the post */
  post = post_of (f, f->id[0]);
  g_assert_cmpstr (post, ==, "科员");

  /* again, with other names for the columns: empty cells keep, others change */
  g_string_append_printf (second, "张伟,%s,,\n", f->id[0]);
  g_string_append_printf (second, "王芳,%s,第一组,组长\n", f->id[1]);
  second_path = px_test_write_file (f->dir, "regroup.csv", second->str, second->len);
  dry = enroll (f, "2026-ZT-001", second_path, PX_IMPORT_DRY_RUN);
  g_assert_cmpuint (dry->n_regrouped, ==, 1);
  assert_placed (f, f->id[1], "第二组", NULL);
  again = enroll (f, "2026-ZT-001", second_path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (again->n_already, ==, 2);
  g_assert_cmpuint (again->n_regrouped, ==, 1);
  assert_placed (f, f->id[0], "第一组", "班长");
  assert_placed (f, f->id[1], "第一组", "组长");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'enrollment' "
                             "AND action = 'update'"), ==, 1);
}

/* 职务(班级) with no 职务 beside it leaves the posts alone */
static void
test_role_without_post (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("职务(班级),姓名,身份证号,组别\n");
  g_autofree char *path = NULL;
  g_autofree char *post = NULL;
  g_autoptr(PxClassEnrollReport) result = NULL;

  g_string_append_printf (text, "支部书记,张伟,%s,第三组\n", f->id[0]);
  path = px_test_write_file (f->dir, "roles.csv", text->str, text->len);
  result = enroll (f, "2026-ZT-001", path, PX_IMPORT_FLAGS_NONE);
  g_assert_cmpuint (result->report->problems->len, ==, 0);
  g_assert_cmpuint (result->n_enrolled, ==, 1);
  assert_placed (f, f->id[0], "第三组", "支部书记");
  post = post_of (f, f->id[0]);
  g_assert_null (post);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/class-roster/enroll", test_enroll);
  ADD ("/core/class-roster/bad-row", test_bad_row);
  ADD ("/core/class-roster/dry-run", test_dry_run);
  ADD ("/core/class-roster/capacity", test_capacity);
  ADD ("/core/class-roster/unknown-class", test_unknown_class);
  ADD ("/core/class-roster/export-csv", test_export_csv);
  ADD ("/core/class-roster/export-xlsx", test_export_xlsx);
  ADD ("/core/class-roster/groups", test_groups);
  ADD ("/core/class-roster/role-without-post", test_role_without_post);

#undef ADD

  return g_test_run ();
}
