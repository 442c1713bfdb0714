/* test-cli-master.c: teachers, teaching bases and courses through peixun-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "px-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = px_test_make_dir ();
  f->db = g_build_filename (f->dir, "school.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

#define run(f, out, err, ...) px_test_run_cli_on ((f)->db, out, err, __VA_ARGS__)

static const char teachers_csv[] =
  "姓名,性别,专兼职,来源,工作单位,职称,层级,双师型,联系电话,专长,备注\n"
  "张伟,男,专职,党校教师,市委党校,教授,省级,是,13912345678,乡村振兴、基层治理,\n"
  "李娜,女,兼职,高校,某某大学,副教授,市级,否,,优化营商环境,外聘\n"
  "王五,男,专职,,市委党校,讲师,,否,,政治能力,\n";

static const char bases_csv[] =
  "基地名称,地区,地址,容纳人数,联系人,联系电话,简介,主题\n"
  "红旗渠纪念馆,河南林州,林州市任村镇,200人,赵六,13800001111,红旗渠精神教育,党性教育、乡村振兴\n"
  "小岗村,安徽凤阳,,80,,,大包干发源地,改革攻坚\n";

static const char courses_csv[] =
  "课程名称,类别,教学方式,学时,质量等级,一地一品,能力,授课教师,简介\n"
  "新时代党的创新理论,理论教育,讲授式,3,精品课,否,政治能力,张伟、李娜,\n"
  "乡村振兴现场教学,现场教学,现场,4,,是,乡村振兴,王五,走进田间地头\n";

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  return px_test_write_file (f->dir, name, text, -1);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *help[] = { "--help", NULL };
  const char *import_help[] = { "import", "--help", NULL };
  const char *export_help[] = { "export", "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);

  g_assert_cmpint (px_test_run_cli (help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "import cadres|teachers|bases|courses FILE"));
  g_assert_nonnull (strstr (out, "export cadres|teachers|bases|courses FILE"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (px_test_run_cli (import_help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "teachers"));
  g_assert_nonnull (strstr (out, "--skip-invalid"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (px_test_run_cli (export_help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "courses"));

  /* a kind nobody knows, a missing file name: the call is wrong */
  g_assert_cmpint (run (f, NULL, &err, "import", "wombats", "x.csv", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "teachers"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, NULL, "import", "teachers", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "import", "bases", "a.csv", "b.csv", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "export", "courses", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "export", "classes", "x.csv", NULL), ==, 2);
  /* a file that is not there: the job fails */
  g_assert_cmpint (run (f, NULL, &err, "import", "courses", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "missing.csv"));
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_cycle (Fixture       *f,
            gconstpointer  data)
{
  const char *kinds[] = { "teachers", "bases", "courses" };
  const char *texts[] = { teachers_csv, bases_csv, courses_csv };
  const char *nouns[] = { "teachers", "teaching bases", "courses" };
  const guint sizes[] = { 3, 2, 2 };
  g_autofree char *other_db = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *out = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", kinds[k]);
      g_autofree char *path = write_file (f, name, texts[k]);
      g_autofree char *empty = g_build_filename (f->dir, "empty.csv", NULL);
      g_autofree char *expect = NULL;

      /* a dry run reports and writes nothing */
      g_assert_cmpint (run (f, &out, NULL, "import", kinds[k], path, "--dry-run", NULL), ==, 0);
      expect = g_strdup_printf ("would give %u new %s", sizes[k], nouns[k]);
      g_assert_nonnull (strstr (out, expect));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&expect, g_free);
      g_assert_cmpint (run (f, &out, NULL, "export", kinds[k], empty, NULL), ==, 0);
      expect = g_strdup_printf ("Exported 0 %s", nouns[k]);
      g_assert_nonnull (strstr (out, expect));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&expect, g_free);

      g_assert_cmpint (run (f, &out, NULL, "import", kinds[k], path, NULL), ==, 0);
      expect = g_strdup_printf ("%u rows, %u new %s, 0 updated, 0 unchanged", sizes[k],
                                sizes[k], nouns[k]);
      g_assert_nonnull (strstr (out, expect));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&expect, g_free);

      /* again: nothing changes */
      g_assert_cmpint (run (f, &out, NULL, "import", kinds[k], path, NULL), ==, 0);
      expect = g_strdup_printf ("0 new %s, 0 updated, %u unchanged", nouns[k], sizes[k]);
      g_assert_nonnull (strstr (out, expect));
      g_clear_pointer (&out, g_free);
    }

  /* export as .xlsx and .csv; our own export reads back unchanged, and into another database
   * it gives the same bytes */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *xlsx_name = g_strdup_printf ("out-%s.xlsx", kinds[k]);
      g_autofree char *xlsx = g_build_filename (f->dir, xlsx_name, NULL);
      g_autofree char *csv_name = g_strdup_printf ("out-%s.csv", kinds[k]);
      g_autofree char *csv = g_build_filename (f->dir, csv_name, NULL);
      g_autofree char *other_name = g_strdup_printf ("other-%s.csv", kinds[k]);
      g_autofree char *other_csv = g_build_filename (f->dir, other_name, NULL);
      g_autofree char *expect = g_strdup_printf ("Exported %u %s", sizes[k], nouns[k]);
      g_autofree char *text = NULL;
      g_autofree char *other_text = NULL;

      g_assert_cmpint (run (f, &out, NULL, "export", kinds[k], xlsx, NULL), ==, 0);
      g_assert_nonnull (strstr (out, expect));
      g_clear_pointer (&out, g_free);
      g_assert_cmpint (run (f, &out, NULL, "import", kinds[k], xlsx, NULL), ==, 0);
      g_assert_nonnull (strstr (out, "0 updated"));
      g_clear_pointer (&out, g_free);

      g_assert_cmpint (run (f, NULL, NULL, "export", kinds[k], csv, NULL), ==, 0);
      g_assert_cmpint (px_test_run_cli_on (other_db, NULL, NULL, "import", kinds[k], xlsx, NULL),
                       ==, 0);
      g_assert_cmpint (px_test_run_cli_on (other_db, NULL, NULL, "export", kinds[k], other_csv,
                                           NULL), ==, 0);
      text = read_text (csv);
      other_text = read_text (other_csv);
      g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
      g_assert_cmpstr (text, ==, other_text);
    }

  g_assert_cmpint (run (f, NULL, NULL, "check", NULL), ==, 0);
  g_assert_cmpint (px_test_run_cli_on (other_db, NULL, NULL, "check", NULL), ==, 0);
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *bad = write_file (f, "bad.csv",
                                     "姓名,性别,联系电话,专长\n"
                                     "张伟,男,13912345678,乡村振兴\n"
                                     "李娜,未知,,\n"
                                     "王五,男,,火星学\n");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *report;
  JsonArray *problems;
  JsonObject *problem;

  g_assert_cmpint (run (f, &out, &err, "import", "teachers", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 3, “性别”"));
  g_assert_nonnull (strstr (err, "Row 4, “专长”"));
  g_assert_nonnull (strstr (err, "火星学"));
  g_assert_nonnull (strstr (err, "2 of 3 rows have problems; nothing was imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the report as JSON, still a failure */
  g_assert_cmpint (run (f, &out, &err, "import", "teachers", bad, "--json", NULL), ==, 1);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  report = json_node_get_object (json_parser_get_root (parser));
  g_assert_false (json_object_get_boolean_member (report, "written"));
  g_assert_cmpint (json_object_get_int_member (report, "rows"), ==, 3);
  problems = json_object_get_array_member (report, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 2);
  problem = json_array_get_object_element (problems, 1);
  g_assert_cmpint (json_object_get_int_member (problem, "row"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (problem, "column"), ==, "专长");
  g_assert_cmpstr (json_object_get_string_member (problem, "value"), ==, "火星学");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, &err, "import", "teachers", bad, "--skip-invalid", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "1 new teachers"));
  g_assert_nonnull (strstr (out, "2 rows with problems were skipped"));
  g_assert_nonnull (strstr (err, "Row 3"));
}

static GList *
report_keys (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  GList *members, *keys = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  /* the names belong to the parser */
  members = json_object_get_members (object);
  for (GList *m = members; m != NULL; m = m->next)
    keys = g_list_prepend (keys, g_strdup (m->data));
  g_list_free (members);
  return g_list_sort (keys, (GCompareFunc) strcmp);
}

/* The same report, key for key, as "import cadres --json", for scripts that read both. */
static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *roster = px_test_make_roster (0, 3);
  g_autofree char *roster_path = write_file (f, "roster.csv", roster);
  g_autofree char *bases_path = write_file (f, "bases.csv", bases_csv);
  g_autofree char *cadre_out = NULL;
  g_autofree char *base_out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GList *cadre_keys, *base_keys;
  JsonObject *report;

  g_assert_cmpint (run (f, &cadre_out, NULL, "import", "cadres", roster_path, "--json", NULL), ==,
                   0);
  g_assert_cmpint (run (f, &base_out, NULL, "import", "bases", bases_path, "--json", NULL), ==,
                   0);
  cadre_keys = report_keys (cadre_out);
  base_keys = report_keys (base_out);
  g_assert_cmpuint (g_list_length (cadre_keys), ==, g_list_length (base_keys));
  for (GList *c = cadre_keys, *b = base_keys; c != NULL; c = c->next, b = b->next)
    g_assert_cmpstr (c->data, ==, b->data);
  g_list_free_full (cadre_keys, g_free);
  g_list_free_full (base_keys, g_free);

  g_assert_true (json_parser_load_from_data (parser, base_out, -1, &error));
  report = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (report, "new"), ==, 2);
  g_assert_true (json_object_get_boolean_member (report, "written"));
  g_assert_cmpstr (json_object_get_string_member (report, "encoding"), ==, "UTF-8");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/master/usage", test_usage);
  ADD ("/cli/master/cycle", test_cycle);
  ADD ("/cli/master/bad-rows", test_bad_rows);
  ADD ("/cli/master/json", test_json);
#undef ADD

  return g_test_run ();
}
