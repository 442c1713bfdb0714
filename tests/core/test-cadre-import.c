/* test-cadre-import.c: rosters as offices really save them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-cadre.h"
#include "px-cadre-export.h"
#include "px-cadre-import.h"
#include "px-column-map.h"
#include "px-fixture-xls.h"
#include "px-fixture-xlsx.h"
#include "px-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *id_a;   /* a man born 1985-03-12 */
  char *id_b;   /* a woman born 1990-07-01 */
  char *id_c;   /* a man born 1978-11-30 */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "school.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
  f->id_a = px_test_make_id ("110101", "19850312", 1);
  f->id_b = px_test_make_id ("330106", "19900701", 2);
  f->id_c = px_test_make_id ("440305", "19781130", 3);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->id_a);
  g_free (f->id_b);
  g_free (f->id_c);
}

static int
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static PxImportReport *
import_text (Fixture       *f,
             const char    *name,
             const char    *text,
             gssize         length,
             PxImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = px_test_write_file (f->dir, name, text, length);
  PxImportReport *report = px_cadre_import_file (f->db, path, flags, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static PxCadre *
get_by_id (Fixture    *f,
           const char *citizen_id)
{
  g_autofree char *id = px_cadre_find_by_citizen_id (f->db, citizen_id, NULL);

  g_assert_nonnull (id);
  return px_cadre_get (f->db, id, NULL);
}

static char *
unit_name (Fixture       *f,
           const PxCadre *cadre)
{
  sqlite3_stmt *stmt = NULL;
  char *name;

  sqlite3_prepare_v2 (px_database_get_handle (f->db), "SELECT name FROM org_unit WHERE id = ?",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, cadre->unit_id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name;
}

static char *
basic_roster (Fixture *f)
{
  return g_strdup_printf ("姓名,性别,民族,出生日期,身份证号,政治面貌,工作单位,职务,职级,学历,手机号\r\n"
                          "张伟,男,汉族,1985-03-12,%s,中共党员,市发展和改革委员会,科长,乡科级正职,大学本科,13912345678\r\n"
                          "王芳,女,回族,1990-07-01,%s,群众,某某县人民政府,副县长,县处级副职,硕士研究生,13800001111\r\n",
                          f->id_a, f->id_b);
}

static void
test_utf8_bom (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *roster = basic_roster (f);
  g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", roster, NULL);
  g_autoptr(PxImportReport) report = import_text (f, "roster.csv", text, -1, 0);
  g_autoptr(PxCadre) a = NULL;
  g_autofree char *unit = NULL;

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_true (report->written);
  g_assert_cmpuint (report->n_rows, ==, 2);
  g_assert_cmpuint (report->n_new, ==, 2);
  g_assert_cmpuint (report->header_row, ==, 1);
  g_assert_cmpstr (report->encoding, ==, "UTF-8");
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 2);

  a = get_by_id (f, f->id_a);
  g_assert_cmpstr (a->name, ==, "张伟");
  g_assert_cmpstr (a->gender, ==, "男");
  g_assert_cmpstr (a->birth_date, ==, "1985-03-12");
  g_assert_cmpstr (a->political_status, ==, "中共党员");
  g_assert_cmpstr (a->rank, ==, "乡科级正职");
  g_assert_cmpstr (a->phone, ==, "13912345678");
  unit = unit_name (f, a);
  g_assert_cmpstr (unit, ==, "市发展和改革委员会");
  /* the import is in the audit log once, with who and the file; the cadres it made carry its
   * timestamp, which is how a cadre's history finds the import that made it */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'cadre'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                             "user_login <> '' AND json_extract (changes, '$.file') = "
                             "'roster.csv' AND json_extract (changes, '$.inserted') = 2"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre c JOIN audit_log a ON a.action = "
                             "'import' AND json_extract (a.changes, '$.created_at') = "
                             "c.created_at"), ==, 2);
}

static void
test_utf8_plain (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *roster = basic_roster (f);
  g_autoptr(PxImportReport) report = import_text (f, "roster.csv", roster, -1, 0);

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->n_new, ==, 2);
}

static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *roster = basic_roster (f);
  gsize length = 0;
  g_autofree char *gb = g_convert (roster, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxCadre) b = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, length, NULL));
  report = import_text (f, "roster.csv", gb, length, 0);
  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpstr (report->encoding, ==, "GB18030");
  b = get_by_id (f, f->id_b);
  g_assert_cmpstr (b->name, ==, "王芳");
  g_assert_cmpstr (b->ethnicity, ==, "回族");
}

static void
test_title_row_and_order (Fixture       *f,
                          gconstpointer  data)
{
  /* A title row above the header, columns in another order under other names, an extra
   * column (序号) and a remark column nobody asked about, trailing empty rows. */
  g_autofree char *text = g_strdup_printf (
    "2025年度某某市干部花名册,,,,,\n"
    "序号,公民身份号码,学员姓名,所在单位,现任职务,联系电话,籍贯\n"
    "1,%s,张伟,市委组织部,干部科科长,139 1234 5678,浙江杭州\n"
    "2,%s,王芳,市委组织部,副部长,,浙江宁波\n"
    ",,,,,,\n"
    "\n\n",
    f->id_a, f->id_b);
  g_autoptr(PxImportReport) report = import_text (f, "titled.csv", text, -1, 0);
  g_autoptr(PxCadre) a = NULL;

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->header_row, ==, 2);
  g_assert_cmpuint (report->n_rows, ==, 2);
  a = get_by_id (f, f->id_a);
  g_assert_cmpstr (a->post, ==, "干部科科长");
  g_assert_cmpstr (a->phone, ==, "13912345678");
  g_assert_cmpstr (a->gender, ==, "男");          /* from the ID */
  g_assert_cmpstr (a->birth_date, ==, "1985-03-12");
  g_assert_cmpint (count (f, "SELECT count(*) FROM org_unit"), ==, 1);
}

static void
test_artefacts (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *lower_b = g_ascii_strdown (f->id_b, -1);
  g_autofree char *text = NULL;
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxCadre) a = NULL;
  g_autoptr(PxCadre) b = NULL;
  g_autoptr(PxCadre) c = NULL;
  g_autofree char *id_x = NULL;

  /* make the second ID end in X so that its lower-case spelling matters */
  for (guint seq = 2; ; seq += 2)
    {
      g_free (id_x);
      id_x = px_test_make_id ("330106", "19900701", seq);
      if (id_x[17] == 'X')
        break;
    }
  g_free (lower_b);
  lower_b = g_ascii_strdown (id_x, -1);

  text = g_strdup_printf (
    " 姓 名 ,*身份证号（必填）,出生年月,性别,民族,政治面貌,学历,职级,工作单位及职务\n"
    "王\u3000\u3000五 ,\u3000%s ,1985/3/12,男 ,汉,党员,本科,正科级,县发改局局长\n"
    "李 娜,%s,1990.07,女性,汉族,中共党员,研究生,副处,\n"
    "  赵强  ,'%s,1978年11月,男,汉族,群众,大专,一级主任科员,\n",
    f->id_a, lower_b, f->id_c);
  report = import_text (f, "messy.csv", text, -1, 0);
  for (guint i = 0; i < report->problems->len; i++)
    g_test_message ("%s", ((PxImportProblem *) report->problems->pdata[i])->message);
  g_assert_cmpuint (report->problems->len, ==, 0);

  a = get_by_id (f, f->id_a);
  g_assert_cmpstr (a->name, ==, "王五");
  g_assert_cmpstr (a->post, ==, "县发改局局长");
  g_assert_cmpstr (a->ethnicity, ==, "汉族");
  g_assert_cmpstr (a->political_status, ==, "中共党员");
  g_assert_cmpstr (a->education, ==, "大学本科");
  g_assert_cmpstr (a->rank, ==, "乡科级正职");
  b = get_by_id (f, id_x);
  g_assert_cmpstr (b->name, ==, "李娜");
  g_assert_cmpstr (b->citizen_id, ==, id_x);
  g_assert_cmpstr (b->birth_date, ==, "1990-07-01");
  g_assert_cmpstr (b->rank, ==, "县处级副职");
  c = get_by_id (f, f->id_c);
  g_assert_cmpstr (c->name, ==, "赵强");
  g_assert_cmpstr (c->education, ==, "大学专科");
}

static PxImportProblem *
problem_at (PxImportReport *report,
            guint           index)
{
  g_assert_cmpuint (index, <, report->problems->len);
  return g_ptr_array_index (report->problems, index);
}

static char *
bad_roster (Fixture *f)
{
  g_autofree char *bad_check = g_strdup (f->id_c);
  g_autofree char *id_e = px_test_make_id ("110101", "19700101", 5);

  bad_check[17] = bad_check[17] == '1' ? '2' : '1';
  /* Row 2 good; row 3 bad check digit; row 4 an ID turned into a number; row 5 repeats row
   * 2's ID; row 6 has no name; row 7 is good. */
  return g_strdup_printf ("姓名,身份证号,性别,手机号\n"
                          "张伟,%s,男,13912345678\n"
                          "刘洋,%s,男,\n"
                          "陈静,1.10101E+17,女,\n"
                          "张伟,%s,男,\n"
                          ",%s,女,\n"
                          "周杰,%s,男,\n",
                          f->id_a, bad_check, f->id_a, f->id_b, id_e);
}

static void
test_refused_whole (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *text = bad_roster (f);
  g_autoptr(PxImportReport) report = NULL;
  int audits = count (f, "SELECT count(*) FROM audit_log");

  report = import_text (f, "bad.csv", text, -1, 0);
  g_assert_false (report->written);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM org_unit"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  g_assert_cmpuint (report->problems->len, ==, 4);
  g_assert_cmpuint (px_import_report_count_bad_rows (report), ==, 4);
  g_assert_cmpuint (problem_at (report, 0)->row, ==, 3);
  g_assert_cmpstr (problem_at (report, 0)->column, ==, "身份证号");
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "check digit"));
  g_assert_cmpuint (problem_at (report, 1)->row, ==, 4);
  g_assert_nonnull (strstr (problem_at (report, 1)->message, "turned into a number"));
  g_assert_cmpuint (problem_at (report, 2)->row, ==, 5);
  g_assert_nonnull (strstr (problem_at (report, 2)->message, "row 2"));
  g_assert_cmpuint (problem_at (report, 3)->row, ==, 6);
  g_assert_cmpstr (problem_at (report, 3)->column, ==, "姓名");
}

static void
test_skip_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = bad_roster (f);
  g_autoptr(PxImportReport) report = import_text (f, "bad.csv", text, -1, PX_IMPORT_SKIP_INVALID);

  g_assert_true (report->written);
  g_assert_cmpuint (report->problems->len, ==, 4);
  g_assert_cmpuint (report->n_new, ==, 2);
  g_assert_cmpuint (report->n_skipped, ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *roster = basic_roster (f);
  g_autoptr(PxImportReport) report = import_text (f, "roster.csv", roster, -1, PX_IMPORT_DRY_RUN);
  int audits = count (f, "SELECT count(*) FROM audit_log");

  g_assert_false (report->written);
  g_assert_cmpuint (report->n_new, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM org_unit"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_idempotent (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *roster = basic_roster (f);
  g_autoptr(PxImportReport) first = import_text (f, "roster.csv", roster, -1, 0);
  g_autoptr(PxImportReport) second = NULL;
  g_autoptr(PxImportReport) third = NULL;
  g_autoptr(PxCadre) a = NULL;
  g_autofree char *changed = NULL;
  int audits;

  g_assert_cmpuint (first->n_new, ==, 2);
  audits = count (f, "SELECT count(*) FROM audit_log");

  second = import_text (f, "roster.csv", roster, -1, 0);
  g_assert_cmpuint (second->n_new, ==, 0);
  g_assert_cmpuint (second->n_updated, ==, 0);
  g_assert_cmpuint (second->n_unchanged, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM org_unit"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  /* a changed phone updates that cadre only; a file without some columns erases nothing */
  changed = g_strdup_printf ("姓名,身份证号,手机号\n张伟,%s,13700002222\n", f->id_a);
  third = import_text (f, "phones.csv", changed, -1, 0);
  g_assert_cmpuint (third->n_updated, ==, 1);
  a = get_by_id (f, f->id_a);
  g_assert_cmpstr (a->phone, ==, "13700002222");
  g_assert_cmpstr (a->name, ==, "张伟");
  g_assert_cmpstr (a->post, ==, "科长");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                             "changes = '{\"phone\":[\"13912345678\",\"13700002222\"]}'"), ==, 1);
}

static void
test_inconsistent (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = g_strdup_printf ("姓名,身份证号,性别,出生日期,民族,政治面貌,手机号\n"
                                           "张伟,%s,女,1985-03-13,火星族,会员,12345\n",
                                           f->id_a);
  g_autoptr(PxImportReport) report = import_text (f, "bad.csv", text, -1, 0);
  const char *columns[] = { "性别", "出生日期", "民族", "政治面貌", "手机号" };

  g_assert_cmpuint (report->problems->len, ==, G_N_ELEMENTS (columns));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_assert_cmpuint (problem_at (report, i)->row, ==, 2);
      g_assert_cmpstr (problem_at (report, i)->column, ==, columns[i]);
    }
  g_assert_cmpuint (px_import_report_count_bad_rows (report), ==, 1);
}

static void
test_no_header (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = px_test_write_file (f->dir, "x.csv", "a,b,c\n1,2,3\n", -1);
  g_autofree char *path2 = px_test_write_file (f->dir, "y.csv", "姓名,性别\n张伟,男\n", -1);
  PxImportReport *report = px_cadre_import_file (f->db, path, 0, NULL, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_NO_HEADER);
  g_clear_error (&error);
  report = px_cadre_import_file (f->db, path2, 0, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "身份证号"));
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
round_trip (Fixture    *f,
            const char *extension)
{
  g_autofree char *roster = basic_roster (f);
  g_autoptr(PxImportReport) first = import_text (f, "roster.csv", roster, -1, 0);
  g_autoptr(PxImportReport) again = NULL;
  g_autoptr(PxImportReport) fresh_report = NULL;
  g_autoptr(PxDatabase) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name1 = g_strconcat ("export1.", extension, NULL);
  g_autofree char *out1 = g_build_filename (f->dir, name1, NULL);
  g_autofree char *out2 = g_build_filename (f->dir, "export2.csv", NULL);
  g_autofree char *out3 = g_build_filename (f->dir, "export3.csv", NULL);
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *text2 = NULL;
  g_autofree char *text3 = NULL;

  g_assert_cmpint (px_cadre_export_file (f->db, out1, NULL, &error), ==, 2);
  g_assert_no_error (error);

  /* importing our own export changes nothing */
  again = px_cadre_import_file (f->db, out1, 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->problems->len, ==, 0);
  g_assert_cmpuint (again->n_unchanged, ==, 2);
  g_assert_cmpuint (again->n_updated + again->n_new, ==, 0);

  /* into an empty database it gives the same roster */
  fresh = px_database_open (fresh_path, &error);
  fresh_report = px_cadre_import_file (fresh, out1, 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fresh_report->n_new, ==, 2);
  g_assert_cmpint (px_cadre_export_file (f->db, out2, NULL, &error), ==, 2);
  g_assert_cmpint (px_cadre_export_file (fresh, out3, NULL, &error), ==, 2);
  text2 = read_text (out2);
  text3 = read_text (out3);
  g_assert_cmpstr (text2, ==, text3);
  g_assert_true (g_str_has_prefix (text2, "\xEF\xBB\xBF姓名,性别,民族,出生日期,身份证号,政治面貌,"
                                          "工作单位,职务,职级,学历,手机号"));
}

static void
test_round_trip_csv (Fixture       *f,
                     gconstpointer  data)
{
  round_trip (f, "csv");
}

static void
test_round_trip_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  round_trip (f, "xlsx");
}

/* A sheet as Excel and WPS save it: a merged title row, the header, an ID that Excel turned into
 * a number, a birth date kept as a date cell, phones as numbers, formatted empty rows below. */
static void
fill_workbook_cells (Fixture       *f,
                     PxFixtureCell *cells)
{
  const PxFixtureCell header[6] = {
    PX_FIXTURE_CELL_TEXT ("序号"), PX_FIXTURE_CELL_TEXT ("姓名"),
    PX_FIXTURE_CELL_TEXT ("身份证号码"), PX_FIXTURE_CELL_TEXT ("出生年月"),
    PX_FIXTURE_CELL_TEXT ("工作单位"), PX_FIXTURE_CELL_TEXT ("联系电话"),
  };

  memcpy (cells, header, sizeof header);
  /* row 1 of the data: all well */
  cells[6] = (PxFixtureCell) PX_FIXTURE_CELL_NUMBER ("1");
  cells[7] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("张伟");
  cells[8] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT (f->id_a);
  cells[9] = (PxFixtureCell) PX_FIXTURE_CELL_DATE ("31118");          /* 1985-03-12 */
  cells[10] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("市委组织部");
  cells[11] = (PxFixtureCell) PX_FIXTURE_CELL_NUMBER ("13912345678");
  /* row 2: good as well */
  cells[12] = (PxFixtureCell) PX_FIXTURE_CELL_NUMBER ("2");
  cells[13] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("王芳");
  cells[14] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT (f->id_b);
  cells[15] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("1990.07");
  cells[16] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("市委组织部");
  cells[17] = (PxFixtureCell) PX_FIXTURE_CELL_NONE;
  /* row 3: the ID became a number */
  cells[18] = (PxFixtureCell) PX_FIXTURE_CELL_NUMBER ("3");
  cells[19] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("陈静");
  cells[20] = (PxFixtureCell) PX_FIXTURE_CELL_NUMBER ("1.10101198503121E+17");
  cells[21] = (PxFixtureCell) PX_FIXTURE_CELL_NONE;
  cells[22] = (PxFixtureCell) PX_FIXTURE_CELL_TEXT ("市委组织部");
  cells[23] = (PxFixtureCell) PX_FIXTURE_CELL_NONE;
}

static void
check_workbook_import (Fixture    *f,
                       const char *path,
                       guint       title_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxImportReport) refused = px_cadre_import_file (f->db, path, 0, NULL, NULL, &error);
  g_autoptr(PxImportReport) skipped = NULL;
  g_autoptr(PxCadre) a = NULL;
  g_autoptr(PxCadre) b = NULL;

  g_assert_no_error (error);
  g_assert_false (refused->written);
  g_assert_cmpuint (refused->header_row, ==, 1 + title_rows);
  g_assert_cmpuint (refused->n_rows, ==, 3);
  g_assert_cmpuint (refused->problems->len, ==, 1);
  g_assert_cmpuint (problem_at (refused, 0)->row, ==, 4 + title_rows);
  g_assert_cmpstr (problem_at (refused, 0)->column, ==, "身份证号码");
  g_assert_nonnull (strstr (problem_at (refused, 0)->message, "turned into a number"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM cadre"), ==, 0);

  skipped = px_cadre_import_file (f->db, path, PX_IMPORT_SKIP_INVALID, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (skipped->n_new, ==, 2);
  a = get_by_id (f, f->id_a);
  g_assert_cmpstr (a->birth_date, ==, "1985-03-12");
  g_assert_cmpstr (a->phone, ==, "13912345678");
  b = get_by_id (f, f->id_b);
  g_assert_cmpstr (b->name, ==, "王芳");
  g_assert_null (b->phone);
}

static void
test_xlsx_excel (Fixture       *f,
                 gconstpointer  data)
{
  PxFixtureCell cells[24];
  g_autofree char *path = g_build_filename (f->dir, "花名册.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  PxFixtureXlsxOptions options = { 0 };

  fill_workbook_cells (f, cells);
  options.title = "2025年某某班学员花名册";
  options.trailing_empty_rows = 20;
  g_assert_true (px_fixture_write_xlsx (path, cells, 4, 6, &options, &error));
  g_assert_no_error (error);
  check_workbook_import (f, path, 1);
}

static void
test_xlsx_wps (Fixture       *f,
               gconstpointer  data)
{
  PxFixtureCell cells[24];
  g_autofree char *path = g_build_filename (f->dir, "roster.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  PxFixtureXlsxOptions options = { 0 };

  fill_workbook_cells (f, cells);
  options.inline_strings = TRUE;
  options.absolute_target = TRUE;
  g_assert_true (px_fixture_write_xlsx (path, cells, 4, 6, &options, &error));
  check_workbook_import (f, path, 0);
}

static void
test_xls (Fixture       *f,
          gconstpointer  data)
{
  PxFixtureCell cells[24];
  g_autofree char *path = g_build_filename (f->dir, "roster.xls", NULL);
  g_autoptr(GError) error = NULL;

  fill_workbook_cells (f, cells);
  g_assert_true (px_fixture_write_xls (path, cells, 4, 6, NULL, &error));
  g_assert_no_error (error);
  check_workbook_import (f, path, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/import/utf8-bom", test_utf8_bom);
  ADD ("/core/import/utf8", test_utf8_plain);
  ADD ("/core/import/gb18030", test_gb18030);
  ADD ("/core/import/title-row-and-order", test_title_row_and_order);
  ADD ("/core/import/artefacts", test_artefacts);
  ADD ("/core/import/refused-whole", test_refused_whole);
  ADD ("/core/import/skip-invalid", test_skip_invalid);
  ADD ("/core/import/dry-run", test_dry_run);
  ADD ("/core/import/idempotent", test_idempotent);
  ADD ("/core/import/inconsistent", test_inconsistent);
  ADD ("/core/import/no-header", test_no_header);
  ADD ("/core/import/round-trip-csv", test_round_trip_csv);
  ADD ("/core/import/round-trip-xlsx", test_round_trip_xlsx);
  ADD ("/core/import/xlsx-excel", test_xlsx_excel);
  ADD ("/core/import/xlsx-wps", test_xlsx_wps);
  ADD ("/core/import/xls", test_xls);
#undef ADD

  return g_test_run ();
}
