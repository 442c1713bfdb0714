/* test-master-import.c: teachers, teaching bases and courses as schools keep them in sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-base.h"
#include "px-column-map.h"
#include "px-course.h"
#include "px-fixture-xls.h"
#include "px-fixture-xlsx.h"
#include "px-master-export.h"
#include "px-master-import.h"
#include "px-teacher.h"
#include "px-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
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
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
}

static int
count_in (PxDatabase *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static int
count (Fixture    *f,
       const char *sql)
{
  return count_in (f->db, sql);
}

/* The first column of the first row, "" for NULL. */
static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup (sqlite3_column_text (stmt, 0) ? (const char *) sqlite3_column_text (stmt, 0)
                                                 : "");
  sqlite3_finalize (stmt);
  return text;
}

static PxImportReport *
import_path (PxDatabase    *db,
             PxMasterKind   kind,
             const char    *path,
             PxImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PxImportReport *report = px_master_import_file (db, kind, path, flags, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      g_test_message ("row %u, %s: %s", problem->row, problem->column, problem->message);
    }
  return report;
}

static PxImportReport *
import_text (Fixture       *f,
             PxMasterKind   kind,
             const char    *name,
             const char    *text,
             gssize         length,
             PxImportFlags  flags)
{
  g_autofree char *path = px_test_write_file (f->dir, name, text, length);

  return import_path (f->db, kind, path, flags);
}

static PxImportProblem *
problem_at (PxImportReport *report,
            guint           index)
{
  g_assert_cmpuint (index, <, report->problems->len);
  return g_ptr_array_index (report->problems, index);
}

static PxTeacher *
get_teacher (Fixture    *f,
             const char *name)
{
  g_autoptr(GPtrArray) found = NULL;
  const char *filters[] = { "name", name, NULL };
  PxQuery query = { .filters = filters };

  found = px_teacher_list (f->db, &query, NULL);
  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, 1);
  return px_teacher_copy (g_ptr_array_index (found, 0));
}

/* The names linked to a record (a query below), joined with 、 in name order. */
static char *linked_names (Fixture    *f,
                           const char *format,
                           ...) G_GNUC_PRINTF (2, 3);

static char *
linked_names (Fixture    *f,
              const char *format,
              ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return query_text (f, sql);
}

#define TEACHER_SPECIALTIES \
  "SELECT group_concat (name, '、') FROM (SELECT c.name FROM teacher_competency l JOIN " \
  "competency c ON c.id = l.competency_id JOIN teacher t ON t.id = l.teacher_id WHERE " \
  "t.name = '%s' ORDER BY c.name)"
#define BASE_THEMES \
  "SELECT group_concat (name, '、') FROM (SELECT c.name FROM base_theme l JOIN competency c " \
  "ON c.id = l.competency_id JOIN base b ON b.id = l.base_id WHERE b.name = '%s' ORDER BY " \
  "c.name)"
#define COURSE_COMPETENCIES \
  "SELECT group_concat (name, '、') FROM (SELECT c.name FROM course_competency l JOIN " \
  "competency c ON c.id = l.competency_id JOIN course k ON k.id = l.course_id WHERE " \
  "k.title = '%s' ORDER BY c.name)"
#define COURSE_TEACHERS \
  "SELECT group_concat (name, '、') FROM (SELECT t.name FROM course_teacher l JOIN teacher t " \
  "ON t.id = l.teacher_id JOIN course k ON k.id = l.course_id WHERE k.title = '%s' ORDER BY " \
  "t.name)"

static const char teachers_csv[] =
  "姓名,性别,专兼职,来源,工作单位,职称,层级,双师型,联系电话,专长,备注\r\n"
  "张伟,男,专职,党校教师,市委党校,教授,省级,是,13912345678,乡村振兴、基层治理,\r\n"
  "李娜,女,兼职,高校,某某大学,副教授,市级,否,,\"优化营商环境,科学决策\",外聘\r\n"
  "王  五,男,全职,,市委党校,讲师,,√,0571-88001234,政治能力 抓落实；群众工作,\r\n";

static const char bases_csv[] =
  "基地名称,地区,地址,容纳人数,联系人,联系电话,简介,主题\n"
  "红旗渠纪念馆,河南林州,林州市任村镇,200人,赵六,13800001111,\"红旗渠精神\r\n\r\n  教育基地 \","
  "党性教育、乡村振兴\n"
  "小岗村,安徽凤阳,,80,,,大包干发源地,改革攻坚\n";

static const char courses_csv[] =
  "课程名称,类别,教学方式,学时,质量等级,一地一品,能力,授课教师,简介\n"
  "新时代党的创新理论,理论教育,讲授式,3,精品课,否,政治能力,张伟、李娜,\n"
  "乡村振兴现场教学,现场教学,field,4学时,,是,乡村振兴;基层治理,王五,走进田间地头\n"
  "应急处突情景模拟,能力培训,情景模拟,1.5,示范课,否,应急处突,,\n";

/* Teachers */

static void
test_teachers_csv (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", teachers_csv, NULL);
  g_autoptr(PxImportReport) report = import_text (f, PX_MASTER_TEACHERS, "师资.csv", text, -1, 0);
  g_autoptr(PxTeacher) zhang = NULL;
  g_autoptr(PxTeacher) li = NULL;
  g_autoptr(PxTeacher) wang = NULL;
  g_autofree char *zhang_links = NULL;
  g_autofree char *li_links = NULL;
  g_autofree char *wang_links = NULL;

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_true (report->written);
  g_assert_cmpuint (report->header_row, ==, 1);
  g_assert_cmpuint (report->n_rows, ==, 3);
  g_assert_cmpuint (report->n_new, ==, 3);
  g_assert_cmpstr (report->encoding, ==, "UTF-8");

  zhang = get_teacher (f, "张伟");
  g_assert_cmpstr (zhang->gender, ==, "男");
  g_assert_cmpstr (zhang->employment, ==, "full_time");
  g_assert_cmpstr (zhang->source, ==, "党校教师");
  g_assert_cmpstr (zhang->unit, ==, "市委党校");
  g_assert_cmpstr (zhang->title, ==, "教授");
  g_assert_cmpstr (zhang->tier, ==, "省级");
  g_assert_true (zhang->dual_qualified);
  g_assert_cmpstr (zhang->phone, ==, "13912345678");
  g_assert_null (zhang->note);
  li = get_teacher (f, "李娜");
  g_assert_cmpstr (li->employment, ==, "part_time");
  g_assert_false (li->dual_qualified);
  g_assert_null (li->phone);
  g_assert_cmpstr (li->note, ==, "外聘");
  wang = get_teacher (f, "王五");          /* the padding is not part of the name */
  g_assert_cmpstr (wang->employment, ==, "full_time");   /* 全职 */
  g_assert_true (wang->dual_qualified);                   /* √ */
  g_assert_cmpstr (wang->phone, ==, "0571-88001234");

  /* specialties by name, whatever the separator */
  zhang_links = linked_names (f, TEACHER_SPECIALTIES, "张伟");
  li_links = linked_names (f, TEACHER_SPECIALTIES, "李娜");
  wang_links = linked_names (f, TEACHER_SPECIALTIES, "王五");
  g_assert_cmpstr (zhang_links, ==, "乡村振兴、基层治理");
  g_assert_cmpstr (li_links, ==, "优化营商环境、科学决策");
  g_assert_cmpstr (wang_links, ==, "抓落实、政治能力、群众工作");

  /* one audit row for the import; what it made carries its timestamp */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name IN ('teacher', "
                             "'teacher_competency')"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                             "table_name = 'teacher' AND user_login <> '' AND "
                             "json_extract (changes, '$.file') = '师资.csv' AND "
                             "json_extract (changes, '$.inserted') = 3"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher t JOIN audit_log a ON a.action = "
                             "'import' AND json_extract (a.changes, '$.created_at') = "
                             "t.created_at"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency l JOIN audit_log a ON "
                             "a.action = 'import' AND json_extract (a.changes, '$.created_at') "
                             "= l.created_at"), ==, 7);
}

static void
test_teachers_gb18030 (Fixture       *f,
                       gconstpointer  data)
{
  gsize length = 0;
  g_autofree char *gb = g_convert (teachers_csv, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxTeacher) li = NULL;
  g_autofree char *links = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, length, NULL));
  report = import_text (f, PX_MASTER_TEACHERS, "teachers.csv", gb, length, 0);
  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpstr (report->encoding, ==, "GB18030");
  g_assert_cmpuint (report->n_new, ==, 3);
  li = get_teacher (f, "李娜");
  g_assert_cmpstr (li->unit, ==, "某某大学");
  links = linked_names (f, TEACHER_SPECIALTIES, "李娜");
  g_assert_cmpstr (links, ==, "优化营商环境、科学决策");
}

/* Headers as other offices write them, a title row above, columns in another order. */
static void
test_teachers_synonyms (Fixture       *f,
                        gconstpointer  data)
{
  static const char text[] =
    "2025年度市委党校师资库,,,,,\n"
    "序号,教师姓名,研究方向,专/兼职,是否双师型,单位,手机号码,等级\n"
    "1,周杰,乡村振兴,兼职,Y,县农业农村局,139 0000 1111,县级\n"
    "2,吴敏,,专职,,,,\n";
  g_autoptr(PxImportReport) report = import_text (f, PX_MASTER_TEACHERS, "list.csv", text, -1,
                                                  0);
  g_autoptr(PxTeacher) zhou = NULL;
  g_autoptr(PxTeacher) wu = NULL;

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->header_row, ==, 2);
  g_assert_cmpuint (report->n_new, ==, 2);
  zhou = get_teacher (f, "周杰");
  g_assert_cmpstr (zhou->employment, ==, "part_time");
  g_assert_true (zhou->dual_qualified);
  g_assert_cmpstr (zhou->unit, ==, "县农业农村局");
  g_assert_cmpstr (zhou->phone, ==, "13900001111");
  g_assert_cmpstr (zhou->tier, ==, "县级");
  wu = get_teacher (f, "吴敏");
  g_assert_false (wu->dual_qualified);
  g_assert_null (wu->unit);
}

static const char bad_teachers_csv[] =
  "姓名,性别,专兼职,联系电话,专长,双师型\n"
  "张伟,男,专职,13912345678,乡村振兴,是\n"     /* row 2: good */
  ",女,兼职,,,\n"                               /* row 3: no name */
  "李娜,未知,临时,123,火星学,也许\n"            /* row 4: five bad cells */
  "张伟,男,专职,13912345678,,\n"                /* row 5: row 2 again */
  "王五,男,专职,,,\n";                          /* row 6: good */

static void
test_teachers_refused_whole (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PxImportReport) report = NULL;
  const char *row4[] = { "性别", "专兼职", "双师型", "联系电话", "专长" };
  int audits = count (f, "SELECT count(*) FROM audit_log");

  report = import_text (f, PX_MASTER_TEACHERS, "bad.csv", bad_teachers_csv, -1, 0);
  g_assert_false (report->written);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->n_new, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  g_assert_cmpuint (px_import_report_count_bad_rows (report), ==, 3);
  g_assert_cmpuint (report->problems->len, ==, 7);
  g_assert_cmpuint (problem_at (report, 0)->row, ==, 3);
  g_assert_cmpstr (problem_at (report, 0)->column, ==, "姓名");
  for (guint i = 0; i < G_N_ELEMENTS (row4); i++)
    {
      g_assert_cmpuint (problem_at (report, 1 + i)->row, ==, 4);
      g_assert_cmpstr (problem_at (report, 1 + i)->column, ==, row4[i]);
    }
  g_assert_cmpstr (problem_at (report, 5)->value, ==, "火星学");
  g_assert_nonnull (strstr (problem_at (report, 5)->message, "no competency named “火星学”"));
  g_assert_cmpuint (problem_at (report, 6)->row, ==, 5);
  g_assert_cmpstr (problem_at (report, 6)->column, ==, "姓名");
  g_assert_nonnull (strstr (problem_at (report, 6)->message, "row 2"));
  /* an unknown specialty is not made up */
  g_assert_cmpint (count (f, "SELECT count(*) FROM competency WHERE name = '火星学'"), ==, 0);
}

static void
test_teachers_skip_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PxImportReport) report = import_text (f, PX_MASTER_TEACHERS, "bad.csv",
                                                  bad_teachers_csv, -1,
                                                  PX_IMPORT_SKIP_INVALID);

  g_assert_true (report->written);
  g_assert_cmpuint (report->problems->len, ==, 7);
  g_assert_cmpuint (report->n_new, ==, 2);
  g_assert_cmpuint (report->n_skipped, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency"), ==, 1);
}

static void
test_teachers_dry_run (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxImportReport) first = NULL;
  g_autoptr(PxImportReport) changed = NULL;
  g_autoptr(PxTeacher) zhang = NULL;
  int audits = count (f, "SELECT count(*) FROM audit_log");

  report = import_text (f, PX_MASTER_TEACHERS, "t.csv", teachers_csv, -1, PX_IMPORT_DRY_RUN);
  g_assert_true (report->dry_run);
  g_assert_false (report->written);
  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->n_new, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  /* over stored teachers a dry run counts changes, links included, and still writes nothing */
  first = import_text (f, PX_MASTER_TEACHERS, "t.csv", teachers_csv, -1, 0);
  audits = count (f, "SELECT count(*) FROM audit_log");
  changed = import_text (f, PX_MASTER_TEACHERS, "c.csv",
                         "姓名,联系电话,专长\n张伟,13912345678,科学决策\n"
                         "李娜,,优化营商环境、科学决策\n", -1, PX_IMPORT_DRY_RUN);
  g_assert_cmpuint (changed->n_new, ==, 0);
  g_assert_cmpuint (changed->n_updated, ==, 1);
  g_assert_cmpuint (changed->n_unchanged, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency"), ==, 7);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);
  zhang = get_teacher (f, "张伟");
  g_assert_cmpstr (zhang->tier, ==, "省级");
}

static void
test_teachers_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PxImportReport) first = import_text (f, PX_MASTER_TEACHERS, "t.csv", teachers_csv,
                                                 -1, 0);
  g_autoptr(PxImportReport) again = NULL;
  g_autoptr(PxImportReport) titles = NULL;
  g_autoptr(PxImportReport) specialties = NULL;
  g_autoptr(PxImportReport) namesake = NULL;
  g_autoptr(PxImportReport) ambiguous = NULL;
  g_autoptr(PxTeacher) zhang = NULL;
  g_autofree char *links = NULL;
  int audits;

  g_assert_cmpuint (first->n_new, ==, 3);
  audits = count (f, "SELECT count(*) FROM audit_log");

  /* the same file again changes nothing, not even the log */
  again = import_text (f, PX_MASTER_TEACHERS, "t.csv", teachers_csv, -1, 0);
  g_assert_cmpuint (again->problems->len, ==, 0);
  g_assert_cmpuint (again->n_new + again->n_updated, ==, 0);
  g_assert_cmpuint (again->n_unchanged, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher_competency"), ==, 7);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  /* by name and unit when there is no phone; the other columns keep what they hold */
  titles = import_text (f, PX_MASTER_TEACHERS, "titles.csv",
                        "姓名,工作单位,职称\n张伟,市委党校,二级教授\n", -1, 0);
  g_assert_cmpuint (titles->n_updated, ==, 1);
  zhang = get_teacher (f, "张伟");
  g_assert_cmpstr (zhang->title, ==, "二级教授");
  g_assert_cmpstr (zhang->phone, ==, "13912345678");
  g_assert_cmpstr (zhang->tier, ==, "省级");
  g_assert_true (zhang->dual_qualified);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                             "changes = '{\"title\":[\"教授\",\"二级教授\"]}'"), ==, 1);
  links = linked_names (f, TEACHER_SPECIALTIES, "张伟");
  g_assert_cmpstr (links, ==, "乡村振兴、基层治理");
  g_clear_pointer (&links, g_free);

  /* by name and phone; a list that is given replaces the stored one */
  specialties = import_text (f, PX_MASTER_TEACHERS, "s.csv",
                             "姓名,联系电话,专长\n张伟,13912345678,科学决策、乡村振兴\n", -1, 0);
  g_assert_cmpuint (specialties->n_updated, ==, 1);
  links = linked_names (f, TEACHER_SPECIALTIES, "张伟");
  g_assert_cmpstr (links, ==, "乡村振兴、科学决策");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                             "table_name = 'teacher_competency'"), ==, 1);

  /* a namesake in another unit is another teacher */
  namesake = import_text (f, PX_MASTER_TEACHERS, "n.csv", "姓名,工作单位\n张伟,某某县委党校\n",
                          -1, 0);
  g_assert_cmpuint (namesake->n_new, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM teacher WHERE name = '张伟'"), ==, 2);

  /* and a row of the name alone can no longer tell which is meant */
  ambiguous = import_text (f, PX_MASTER_TEACHERS, "a.csv", "姓名,备注\n张伟,返聘\n", -1, 0);
  g_assert_false (ambiguous->written);
  g_assert_cmpuint (ambiguous->problems->len, ==, 1);
  g_assert_cmpuint (problem_at (ambiguous, 0)->row, ==, 2);
  g_assert_cmpstr (problem_at (ambiguous, 0)->column, ==, "姓名");
  g_assert_nonnull (strstr (problem_at (ambiguous, 0)->message, "Several teachers"));
}

static void
test_no_header (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = px_test_write_file (f->dir, "x.csv", "a,b,c\n1,2,3\n", -1);
  g_autofree char *path2 = px_test_write_file (f->dir, "y.csv", "类别,学时\n理论,3\n", -1);
  PxImportReport *report = px_master_import_file (f->db, PX_MASTER_TEACHERS, path, 0, NULL,
                                                  NULL, &error);

  g_assert_null (report);
  g_assert_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_NO_HEADER);
  g_clear_error (&error);
  report = px_master_import_file (f->db, PX_MASTER_COURSES, path2, 0, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "课程名称"));
}

/* Bases */

static void
test_bases (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PxImportReport) report = import_text (f, PX_MASTER_BASES, "基地.csv", bases_csv, -1,
                                                  0);
  g_autoptr(PxImportReport) bad = NULL;
  g_autoptr(PxImportReport) again = NULL;
  g_autoptr(PxImportReport) update = NULL;
  g_autoptr(GPtrArray) bases = NULL;
  g_autofree char *themes = NULL;
  const char *filters[] = { "name", "红旗渠纪念馆", NULL };
  PxQuery query = { .filters = filters };
  PxBase *base;

  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->n_new, ==, 2);
  bases = px_base_list (f->db, &query, NULL);
  g_assert_cmpuint (bases->len, ==, 1);
  base = g_ptr_array_index (bases, 0);
  g_assert_cmpint (base->capacity, ==, 200);
  g_assert_cmpstr (base->region, ==, "河南林州");
  g_assert_cmpstr (base->contact_name, ==, "赵六");
  g_assert_cmpstr (base->contact_phone, ==, "13800001111");
  g_assert_cmpstr (base->description, ==, "红旗渠精神\n\n教育基地");   /* paragraphs kept */
  themes = linked_names (f, BASE_THEMES, "红旗渠纪念馆");
  g_assert_cmpstr (themes, ==, "乡村振兴、党性教育");
  g_assert_cmpint (count (f, "SELECT count(*) FROM base_theme"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                             "table_name = 'base'"), ==, 1);

  again = import_text (f, PX_MASTER_BASES, "基地.csv", bases_csv, -1, 0);
  g_assert_cmpuint (again->n_unchanged, ==, 2);

  /* matched by name; an empty capacity keeps the stored one */
  update = import_text (f, PX_MASTER_BASES, "u.csv", "名称,容量,所在地\n小岗村,,安徽省凤阳县\n",
                        -1, 0);
  g_assert_cmpuint (update->n_updated, ==, 1);
  g_assert_cmpint (count (f, "SELECT capacity FROM base WHERE name = '小岗村'"), ==, 80);
  g_assert_cmpint (count (f, "SELECT count(*) FROM base WHERE region = '安徽省凤阳县'"), ==, 1);

  bad = import_text (f, PX_MASTER_BASES, "bad.csv",
                     "基地名称,容纳人数,联系电话,主题\n"
                     "甲,-5,,\n"
                     "乙,很多,123,\n"
                     "丙,30,,不存在的主题\n"
                     "甲,10,,\n", -1, 0);
  g_assert_false (bad->written);
  g_assert_cmpuint (bad->problems->len, ==, 5);
  g_assert_cmpuint (problem_at (bad, 0)->row, ==, 2);
  g_assert_cmpstr (problem_at (bad, 0)->column, ==, "容纳人数");
  g_assert_nonnull (strstr (problem_at (bad, 0)->message, "negative"));
  g_assert_cmpuint (problem_at (bad, 1)->row, ==, 3);
  g_assert_cmpstr (problem_at (bad, 1)->column, ==, "容纳人数");
  g_assert_cmpstr (problem_at (bad, 2)->column, ==, "联系电话");
  g_assert_cmpuint (problem_at (bad, 3)->row, ==, 4);
  g_assert_cmpstr (problem_at (bad, 3)->column, ==, "主题");
  /* row 5 repeats row 2, bad as that one is */
  g_assert_cmpuint (problem_at (bad, 4)->row, ==, 5);
  g_assert_nonnull (strstr (problem_at (bad, 4)->message, "row 2"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM base"), ==, 2);
}

/* Courses */

static void
test_courses (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PxImportReport) teachers = import_text (f, PX_MASTER_TEACHERS, "t.csv",
                                                    teachers_csv, -1, 0);
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxImportReport) again = NULL;
  g_autoptr(GPtrArray) courses = NULL;
  g_autofree char *competencies = NULL;
  g_autofree char *names = NULL;
  PxQuery query = { .sort = "title" };
  PxCourse *course;

  g_assert_cmpuint (teachers->n_new, ==, 3);
  report = import_text (f, PX_MASTER_COURSES, "课程.csv", courses_csv, -1, 0);
  g_assert_cmpuint (report->problems->len, ==, 0);
  g_assert_cmpuint (report->n_new, ==, 3);

  courses = px_course_list (f->db, &query, NULL);
  g_assert_cmpuint (courses->len, ==, 3);
  course = g_ptr_array_index (courses, 0);   /* 乡村振兴现场教学 */
  g_assert_cmpstr (course->title, ==, "乡村振兴现场教学");
  g_assert_cmpstr (course->method, ==, "field");
  g_assert_cmpfloat (course->hours, ==, 4);
  g_assert_true (course->is_local);
  g_assert_cmpstr (course->description, ==, "走进田间地头");
  course = g_ptr_array_index (courses, 1);   /* 应急处突情景模拟 */
  g_assert_cmpstr (course->method, ==, "simulation");
  g_assert_cmpfloat (course->hours, ==, 1.5);
  g_assert_cmpstr (course->quality_tier, ==, "示范课");
  course = g_ptr_array_index (courses, 2);   /* 新时代党的创新理论 */
  g_assert_cmpstr (course->method, ==, "lecture");
  g_assert_false (course->is_local);

  competencies = linked_names (f, COURSE_COMPETENCIES, "乡村振兴现场教学");
  g_assert_cmpstr (competencies, ==, "乡村振兴、基层治理");
  names = linked_names (f, COURSE_TEACHERS, "新时代党的创新理论");
  g_assert_cmpstr (names, ==, "张伟、李娜");
  g_clear_pointer (&names, g_free);
  names = linked_names (f, COURSE_TEACHERS, "乡村振兴现场教学");
  g_assert_cmpstr (names, ==, "王五");
  g_assert_cmpint (count (f, "SELECT count(*) FROM course_teacher"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course_competency"), ==, 4);

  again = import_text (f, PX_MASTER_COURSES, "课程.csv", courses_csv, -1, 0);
  g_assert_cmpuint (again->n_unchanged, ==, 3);
}

static void
test_courses_bad (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PxImportReport) teachers = import_text (f, PX_MASTER_TEACHERS, "t.csv",
                                                    teachers_csv, -1, 0);
  g_autoptr(PxImportReport) namesake = import_text (f, PX_MASTER_TEACHERS, "n.csv",
                                                    "姓名,工作单位\n张伟,某某县委党校\n", -1, 0);
  g_autoptr(PxImportReport) report = NULL;

  g_assert_cmpuint (namesake->n_new, ==, 1);
  report = import_text (f, PX_MASTER_COURSES, "bad.csv",
                        "课程名称,教学方式,学时,一地一品,授课教师\n"
                        "甲,跳舞,-1,也许,\n"
                        "乙,研讨,两小时,,赵云\n"
                        "丙,,,,张伟、李娜\n"
                        ",讲授,2,,\n", -1, 0);
  g_assert_false (report->written);
  g_assert_cmpuint (px_import_report_count_bad_rows (report), ==, 4);
  g_assert_cmpuint (report->problems->len, ==, 7);
  g_assert_cmpstr (problem_at (report, 0)->column, ==, "教学方式");
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "讲授式"));
  g_assert_cmpstr (problem_at (report, 1)->column, ==, "学时");
  g_assert_cmpstr (problem_at (report, 2)->column, ==, "一地一品");
  g_assert_cmpuint (problem_at (report, 3)->row, ==, 3);
  g_assert_cmpstr (problem_at (report, 3)->column, ==, "学时");
  g_assert_cmpstr (problem_at (report, 4)->column, ==, "授课教师");
  g_assert_nonnull (strstr (problem_at (report, 4)->message, "no teacher named “赵云”"));
  /* two teachers of that name: the course cannot say which */
  g_assert_cmpuint (problem_at (report, 5)->row, ==, 4);
  g_assert_cmpstr (problem_at (report, 5)->value, ==, "张伟");
  g_assert_nonnull (strstr (problem_at (report, 5)->message, "2 teachers"));
  g_assert_cmpuint (problem_at (report, 6)->row, ==, 5);
  g_assert_cmpstr (problem_at (report, 6)->column, ==, "课程名称");
  g_assert_cmpint (count (f, "SELECT count(*) FROM course"), ==, 0);
}

/* Workbooks */

/* A course list as Excel saves it: a merged title, hours as numbers, TRUE/FALSE cells. */
static void
test_courses_xlsx (Fixture       *f,
                   gconstpointer  data)
{
  const PxFixtureCell cells[] = {
    PX_FIXTURE_CELL_TEXT ("序号"), PX_FIXTURE_CELL_TEXT ("课程"),
    PX_FIXTURE_CELL_TEXT ("教学形式"), PX_FIXTURE_CELL_TEXT ("课时"),
    PX_FIXTURE_CELL_TEXT ("是否一地一品"), PX_FIXTURE_CELL_TEXT ("对应能力"),

    PX_FIXTURE_CELL_NUMBER ("1"), PX_FIXTURE_CELL_TEXT ("基层治理案例研讨"),
    PX_FIXTURE_CELL_TEXT ("案例教学"), PX_FIXTURE_CELL_NUMBER ("2.5"),
    { PX_FIXTURE_BOOLEAN, "1" }, PX_FIXTURE_CELL_TEXT ("基层治理、群众工作"),

    PX_FIXTURE_CELL_NUMBER ("2"), PX_FIXTURE_CELL_TEXT ("数字政府建设"),
    PX_FIXTURE_CELL_TEXT ("线上"), PX_FIXTURE_CELL_NUMBER ("2"),
    { PX_FIXTURE_BOOLEAN, "0" }, PX_FIXTURE_CELL_NONE,

    PX_FIXTURE_CELL_NUMBER ("3"), PX_FIXTURE_CELL_TEXT ("坏课"),
    PX_FIXTURE_CELL_TEXT ("讲授"), PX_FIXTURE_CELL_NUMBER ("-2"),
    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE,
  };
  g_autofree char *path = g_build_filename (f->dir, "课程.xlsx", NULL);
  g_autofree char *xls_path = g_build_filename (f->dir, "课程.xls", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxImportReport) refused = NULL;
  g_autoptr(PxImportReport) skipped = NULL;
  g_autoptr(PxImportReport) from_xls = NULL;
  g_autofree char *competencies = NULL;
  PxFixtureXlsxOptions options = { 0 };

  options.title = "2025年课程目录";
  options.trailing_empty_rows = 5;
  g_assert_true (px_fixture_write_xlsx (path, cells, 4, 6, &options, &error));
  g_assert_no_error (error);

  refused = import_path (f->db, PX_MASTER_COURSES, path, 0);
  g_assert_false (refused->written);
  g_assert_cmpuint (refused->header_row, ==, 2);
  g_assert_cmpuint (refused->n_rows, ==, 3);
  g_assert_cmpuint (refused->problems->len, ==, 1);
  g_assert_cmpuint (problem_at (refused, 0)->row, ==, 5);
  g_assert_cmpstr (problem_at (refused, 0)->column, ==, "课时");

  skipped = import_path (f->db, PX_MASTER_COURSES, path, PX_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (skipped->n_new, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course WHERE title = '基层治理案例研讨' AND "
                             "method = 'case' AND hours = 2.5 AND is_local = 1"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course WHERE title = '数字政府建设' AND "
                             "method = 'online' AND hours = 2 AND is_local = 0"), ==, 1);
  competencies = linked_names (f, COURSE_COMPETENCIES, "基层治理案例研讨");
  g_assert_cmpstr (competencies, ==, "基层治理、群众工作");

  /* the same sheet from Excel 97-2003 reads the same */
  g_assert_true (px_fixture_write_xls (xls_path, cells, 4, 6, NULL, &error));
  g_assert_no_error (error);
  from_xls = import_path (f->db, PX_MASTER_COURSES, xls_path, PX_IMPORT_SKIP_INVALID);
  g_assert_cmpuint (from_xls->header_row, ==, 1);
  g_assert_cmpuint (from_xls->n_unchanged, ==, 2);
  g_assert_cmpuint (from_xls->n_skipped, ==, 1);
}

/* Export then import */

static void
fill (Fixture *f)
{
  g_autoptr(PxImportReport) teachers = import_text (f, PX_MASTER_TEACHERS, "t.csv",
                                                    teachers_csv, -1, 0);
  g_autoptr(PxImportReport) bases = import_text (f, PX_MASTER_BASES, "b.csv", bases_csv, -1, 0);
  g_autoptr(PxImportReport) courses = import_text (f, PX_MASTER_COURSES, "c.csv", courses_csv,
                                                   -1, 0);

  g_assert_cmpuint (teachers->n_new + bases->n_new + courses->n_new, ==, 3 + 2 + 3);
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static char *
export_path (Fixture      *f,
             PxMasterKind  kind,
             const char   *stem,
             const char   *extension)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", stem, px_master_kind_get_name (kind),
                                           extension);

  return g_build_filename (f->dir, name, NULL);
}

static void
round_trip (Fixture    *f,
            const char *extension)
{
  static const char *header_lines[PX_MASTER_N_KINDS] = {
    "\xEF\xBB\xBF姓名,性别,专兼职,来源,工作单位,职称,层级,双师型,联系电话,专长,备注\r\n",
    "\xEF\xBB\xBF基地名称,地区,地址,容纳人数,联系人,联系电话,简介,主题\r\n",
    "\xEF\xBB\xBF课程名称,类别,教学方式,学时,质量等级,一地一品,能力,授课教师,简介\r\n",
  };
  static const gint64 sizes[PX_MASTER_N_KINDS] = { 3, 2, 3 };
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autoptr(PxDatabase) fresh = NULL;
  g_autoptr(GError) error = NULL;
  int audits;

  fill (f);
  audits = count (f, "SELECT count(*) FROM audit_log");
  fresh = px_database_open (fresh_path, &error);
  g_assert_no_error (error);

  /* in the order a school would: courses name teachers */
  for (PxMasterKind kind = 0; kind < PX_MASTER_N_KINDS; kind++)
    {
      g_autofree char *out1 = export_path (f, kind, "export1", extension);
      g_autoptr(PxImportReport) again = NULL;
      g_autoptr(PxImportReport) into_fresh = NULL;

      g_assert_cmpint (px_master_export_file (f->db, kind, out1, NULL, &error), ==, sizes[kind]);
      g_assert_no_error (error);

      /* importing our own export changes nothing */
      again = import_path (f->db, kind, out1, 0);
      g_assert_cmpuint (again->problems->len, ==, 0);
      g_assert_cmpuint (again->n_unchanged, ==, sizes[kind]);
      g_assert_cmpuint (again->n_new + again->n_updated, ==, 0);

      into_fresh = import_path (fresh, kind, out1, 0);
      g_assert_cmpuint (into_fresh->problems->len, ==, 0);
      g_assert_cmpuint (into_fresh->n_new, ==, sizes[kind]);
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audits);

  /* and the two databases export the very same bytes */
  for (PxMasterKind kind = 0; kind < PX_MASTER_N_KINDS; kind++)
    {
      g_autofree char *out2 = export_path (f, kind, "export2", "csv");
      g_autofree char *out3 = export_path (f, kind, "export3", "csv");
      g_autofree char *text2 = NULL;
      g_autofree char *text3 = NULL;

      g_assert_cmpint (px_master_export_file (f->db, kind, out2, NULL, &error), ==, sizes[kind]);
      g_assert_cmpint (px_master_export_file (fresh, kind, out3, NULL, &error), ==, sizes[kind]);
      g_assert_no_error (error);
      text2 = read_text (out2);
      text3 = read_text (out3);
      g_assert_cmpstr (text2, ==, text3);
      g_assert_true (g_str_has_prefix (text2, header_lines[kind]));
    }
  g_assert_cmpint (count_in (fresh, "SELECT count(*) FROM teacher_competency"), ==, 7);
  g_assert_cmpint (count_in (fresh, "SELECT count(*) FROM base_theme"), ==, 3);
  g_assert_cmpint (count_in (fresh, "SELECT count(*) FROM course_competency"), ==, 4);
  g_assert_cmpint (count_in (fresh, "SELECT count(*) FROM course_teacher"), ==, 3);
}

static void
test_round_trip_csv (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = export_path (f, PX_MASTER_COURSES, "plain", "csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  round_trip (f, "csv");

  /* what a registrar sees: method names, hours as written, links by name */
  g_assert_cmpint (px_master_export_file (f->db, PX_MASTER_COURSES, path, NULL, &error), ==, 3);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "\r\n乡村振兴现场教学,现场教学,现场教学,4,,是,乡村振兴、基层治理,"
                                  "王五,走进田间地头\r\n"));
  g_assert_nonnull (strstr (text, "\r\n应急处突情景模拟,能力培训,情景模拟,1.5,示范课,否,"));
  g_assert_nonnull (strstr (text, ",张伟、李娜,"));
}

static void
test_round_trip_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  round_trip (f, "xlsx");
}

static void
test_export_search (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = export_path (f, PX_MASTER_TEACHERS, "search", "csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  fill (f);
  g_assert_cmpint (px_master_export_file (f->db, PX_MASTER_TEACHERS, path, "市委党校", &error),
                   ==, 2);
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_null (strstr (text, "李娜"));
  g_assert_cmpint (px_master_export_file (f->db, PX_MASTER_BASES, path, "没有这个", &error), ==,
                   0);
}

static void
test_kinds (void)
{
  PxMasterKind kind = PX_MASTER_N_KINDS;

  g_assert_true (px_master_kind_from_name ("teachers", &kind));
  g_assert_cmpint (kind, ==, PX_MASTER_TEACHERS);
  g_assert_true (px_master_kind_from_name ("courses", &kind));
  g_assert_cmpint (kind, ==, PX_MASTER_COURSES);
  g_assert_false (px_master_kind_from_name ("cadres", &kind));
  g_assert_false (px_master_kind_from_name (NULL, &kind));
  g_assert_cmpstr (px_master_kind_get_name (PX_MASTER_BASES), ==, "bases");
  g_assert_cmpstr (px_master_get_headers (PX_MASTER_BASES)[0], ==, "基地名称");
  g_assert_null (px_master_get_headers (PX_MASTER_BASES)[8]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/core/master-import/kinds", test_kinds);
  ADD ("/core/master-import/teachers-csv", test_teachers_csv);
  ADD ("/core/master-import/teachers-gb18030", test_teachers_gb18030);
  ADD ("/core/master-import/teachers-synonyms", test_teachers_synonyms);
  ADD ("/core/master-import/teachers-refused-whole", test_teachers_refused_whole);
  ADD ("/core/master-import/teachers-skip-invalid", test_teachers_skip_invalid);
  ADD ("/core/master-import/teachers-dry-run", test_teachers_dry_run);
  ADD ("/core/master-import/teachers-reimport", test_teachers_reimport);
  ADD ("/core/master-import/no-header", test_no_header);
  ADD ("/core/master-import/bases", test_bases);
  ADD ("/core/master-import/courses", test_courses);
  ADD ("/core/master-import/courses-bad", test_courses_bad);
  ADD ("/core/master-import/courses-xlsx", test_courses_xlsx);
  ADD ("/core/master-import/round-trip-csv", test_round_trip_csv);
  ADD ("/core/master-import/round-trip-xlsx", test_round_trip_xlsx);
  ADD ("/core/master-import/export-search", test_export_search);
#undef ADD

  return g_test_run ();
}
