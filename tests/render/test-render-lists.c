/* test-render-lists.c: a class's lists on paper (roster, sign-in sheets, table cards, group
 * list) and the paginated table under them, drawn to PDF and PNG, read back with poppler's
 * tools, and printed through peixun-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-class-trainees.h"
#include "px-group-list.h"
#include "px-org-unit.h"
#include "px-page.h"
#include "px-render-error.h"
#include "px-render-test-util.h"
#include "px-roster-document.h"
#include "px-signin-sheet.h"
#include "px-table-cards.h"
#include "px-table.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define SCHOOL       "中共嘉兴市委党校"
#define CLASS_CODE   "2026-ZT-021"
#define CLASS_TITLE  "优化营商环境专题研讨班"
#define EMPTY_CODE   "2026-ZT-022"
#define N_TRAINEES   40
#define LONG_NAME    "阿依古丽·买买提明"
#define WITHDRAWN    "钱卫东"

/* Real-looking trainees: name, unit, post, rank, group (NULL: none), class role. */
typedef struct
{
  const char *name;
  guint unit;
  const char *post;
  const char *rank;
  const char *group;
  const char *role;
} TraineeSpec;

static const char * const units[] = {
  "嘉兴市发展和改革委员会", "嘉兴市财政局", "南湖区人民政府", "秀洲区市场监督管理局",
  "海宁市自然资源和规划局", "桐乡市商务局", "嘉善县行政审批局", "平湖市经济和信息化局",
  "海盐县人力资源和社会保障局", "中共嘉兴市委组织部",
};

static const TraineeSpec trainees[N_TRAINEES] = {
  { "张建华", 0, "副主任", "县处级副职", "第一组", "组长" },
  { "王丽萍", 1, "副局长", "县处级副职", "第一组", "班长" },
  { "李国强", 2, "副区长", "县处级副职", "第一组", NULL },
  { "刘芳", 3, "局长", "县处级正职", "第一组", NULL },
  { "陈志明", 4, "副局长", "县处级副职", "第一组", NULL },
  { "杨晓燕", 5, "二级调研员", "二级调研员", "第一组", NULL },
  { "赵海涛", 6, "局长", "县处级正职", "第一组", NULL },
  { "黄文静", 7, "副局长", "县处级副职", "第一组", NULL },
  { "周建军", 8, "副局长", "县处级副职", "第一组", NULL },
  { "吴晓东", 9, "副部长", "县处级副职", "第一组", "学习委员" },
  { "徐红梅", 0, "处长", "四级调研员", "第二组", NULL },
  { "孙伟", 1, "处长", "四级调研员", "第二组", NULL },
  { "胡志刚", 2, "副区长", "县处级副职", "第二组", NULL },
  { "朱丽娟", 3, "副局长", "县处级副职", "第二组", "组长" },
  { "高明", 4, "副局长", "县处级副职", "第二组", NULL },
  { "林秀英", 5, "局长", "县处级正职", "第二组", NULL },
  { "何建平", 6, "副局长", "县处级副职", "第二组", NULL },
  { "郭丽华", 7, "副局长", "县处级副职", "第二组", "生活委员" },
  { "马骏", 8, "局长", "县处级正职", "第二组", NULL },
  { "罗晓梅", 9, "副部长", "县处级副职", "第二组", NULL },
  { "梁国华", 0, "处长", "四级调研员", "第三组", NULL },
  { "宋艳", 1, "处长", "四级调研员", "第三组", NULL },
  { "郑浩然", 2, "副区长", "县处级副职", "第三组", NULL },
  { "谢春燕", 3, "副局长", "县处级副职", "第三组", NULL },
  { "韩磊", 4, "副局长", "县处级副职", "第三组", "组长" },
  { "唐晓丽", 5, "副局长", "县处级副职", "第三组", NULL },
  { "冯振宇", 6, "局长", "县处级正职", "第三组", NULL },
  { "于海燕", 7, "局长", "县处级正职", "第三组", "支部书记" },
  { "董建国", 8, "副局长", "县处级副职", "第三组", NULL },
  { "萧雅琴", 9, "副部长", "县处级副职", "第三组", NULL },
  { "程立新", 0, "处长", "四级调研员", "第四组", NULL },
  { "曹慧敏", 1, "处长", "四级调研员", "第四组", NULL },
  { "袁志强", 2, "副区长", "县处级副职", "第四组", "组长" },
  { "邓丽君", 3, "副局长", "县处级副职", "第四组", NULL },
  { "许振华", 4, "副局长", "县处级副职", "第四组", NULL },
  { "傅秀兰", 5, "局长", "县处级正职", "第四组", NULL },
  { "沈卫国", 6, "副局长", "县处级副职", "第四组", NULL },
  { LONG_NAME, 7, "副局长", "县处级副职", "第四组", NULL },
  { "彭晓光", 8, "副局长", "县处级副职", NULL, NULL },
  { "吕文娟", 9, "副部长", "县处级副职", NULL, NULL },
};

typedef struct
{
  PxRenderTestSchool school;
  char *class_id;
  char *empty_class_id;
  gboolean chinese;     /* running under zh_CN with the build's translations */
} Fixture;

/* Helpers */

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *start,
           const char *end)
{
  g_autoptr(PxTrainingClass) c = px_render_test_class_new (code, CLASS_TITLE, start, end,
                                                           SCHOOL);

  /* room for all forty */
  c->capacity = 50;
  return px_render_test_add_class (db, c);
}

static char *
enroll (Fixture    *f,
        const char *name,
        const char *unit_id,
        const char *post,
        const char *rank,
        guint       sequence)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GError) error = NULL;
  gboolean man = sequence % 2 == 1;

  cadre->name = g_strdup (name);
  cadre->gender = g_strdup (man ? "男" : "女");
  cadre->ethnicity = g_strdup (sequence == 38 ? "维吾尔族" : "汉族");
  cadre->birth_date = g_strdup ("1976-03-12");
  cadre->citizen_id = px_test_make_id ("330402", "19760312", sequence);
  cadre->political_status = g_strdup ("中共党员");
  cadre->education = g_strdup ("硕士研究生");
  cadre->unit_id = g_strdup (unit_id);
  cadre->post = g_strdup (post);
  cadre->rank = g_strdup (rank);
  cadre->phone = g_strdup_printf ("139%08u", 57300000 + sequence);
  px_cadre_insert (f->school.db, cadre, &error);
  g_assert_no_error (error);
  return px_class_trainees_add (f->school.db, f->class_id, cadre->base.id, &error);
}

static void
add_session (Fixture    *f,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *title,
             const char *teacher_id,
             const char *base_id)
{
  g_autoptr(PxSession) s = px_render_test_session_new (f->class_id, date, slot, start, end);

  s->title = g_strdup (title);
  s->teacher_id = g_strdup (teacher_id);
  s->base_id = g_strdup (base_id);
  g_free (px_render_test_add_session (f->school.db, s));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *withdrawn = NULL;
  g_autofree char *teacher_id = NULL;
  g_autofree char *base_id = NULL;
  char *unit_ids[G_N_ELEMENTS (units)];

  px_render_test_school_open (&f->school, SCHOOL);

  f->class_id = add_class (f->school.db, CLASS_CODE, "2026-11-23", "2026-11-27");
  f->empty_class_id = add_class (f->school.db, EMPTY_CODE, "2026-12-07", "2026-12-09");

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      unit_ids[i] = px_org_unit_ensure_by_name (f->school.db, units[i], &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < N_TRAINEES; i++)
    {
      const TraineeSpec *spec = &trainees[i];
      g_autofree char *enrollment = enroll (f, spec->name, unit_ids[spec->unit], spec->post,
                                            spec->rank, i + 1);

      px_class_trainees_set_details (f->school.db, enrollment, spec->group, spec->role, NULL, NULL,
                                     &error);
      g_assert_no_error (error);
    }
  /* Withdrawn: on no list. */
  withdrawn = enroll (f, WITHDRAWN, unit_ids[0], "科长", "一级主任科员", 41);
  px_class_trainees_withdraw (f->school.db, withdrawn, "工作调动", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    g_free (unit_ids[i]);

  teacher_id = px_test_add_teacher (f->school.db, "陈春婷");
  base_id = px_test_add_base (f->school.db, "南湖区诉源治理中心");
  add_session (f, "2026-11-23", "morning", "08:30", "11:30", "开班式暨营商环境专题报告",
               teacher_id, base_id);
  add_session (f, "2026-11-23", "afternoon", "14:30", "17:30", "优化营商环境的浙江实践",
               teacher_id, NULL);
  add_session (f, "2026-11-24", "morning", "08:30", "11:30", "现场教学：最多跑一次改革",
               NULL, base_id);

  /* As the registrar sees it: labels through the build's translations where there are some. */
  f->chinese = px_render_test_use_chinese ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_render_test_reset_locale ();
  px_render_test_school_close (&f->school);
  g_free (f->class_id);
  g_free (f->empty_class_id);
}

static char *
write_document (Fixture    *f,
                PxDocument *document,
                const char *name)
{
  char *pdf = px_render_test_write_pdf (document, f->school.dir, name);

  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, px_document_get_n_pages (document));
  return pdf;
}

/* The enrolled trainees' names in the roster's order. */
static GPtrArray *
roster_names (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassTrainees) list = px_class_trainees_get (f->school.db, f->class_id, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < list->trainees->len; i++)
    {
      PxTrainee *trainee = g_ptr_array_index (list->trainees, i);

      if (g_strcmp0 (trainee->status, "withdrawn") != 0)
        g_ptr_array_add (names, g_strdup (trainee->name));
    }
  return names;
}

/* The table */

static PxTable *
create_test_table (void)
{
  PxTable *table = px_table_new (9);

  px_table_add_column (table, "序号", 30, PX_TABLE_ALIGN_CENTER);
  px_table_add_flexible_column (table, "工作单位", 1, PX_TABLE_ALIGN_START);
  px_table_add_column (table, "电话", 80, PX_TABLE_ALIGN_END);
  return table;
}

static void
test_table_wrap (void)
{
  g_autoptr(PxTable) table = create_test_table ();
  cairo_t *cr = px_page_create_measuring_context ();
  const char *short_row[] = { "1", "嘉兴市财政局", "13957300001" };
  const char *long_row[] = { "2", "嘉兴市发展和改革委员会经济体制综合改革处（营商环境建设办公室）",
                             "13957300002" };
  const char *bold_row[] = { "3", "嘉兴市财政局", "13957300003" };
  double narrow_short, narrow_long;

  g_assert_cmpuint (px_table_add_row (table, short_row), ==, 0);
  g_assert_cmpuint (px_table_add_row (table, long_row), ==, 1);
  g_assert_cmpuint (px_table_add_row (table, bold_row), ==, 2);
  px_table_set_row_bold (table, 2, TRUE);
  g_assert_cmpuint (px_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (px_table_get_n_columns (table), ==, 3);

  /* Wide enough for the long unit on one line: rows alike. */
  g_assert_cmpuint (px_table_paginate (table, cr, 500, 800, 800), ==, 1);
  g_assert_cmpfloat_with_epsilon (px_table_get_row_height (table, 0),
                                  px_table_get_row_height (table, 1), 0.01);

  /* Narrow: the long unit wraps over several lines, and its row grows to hold them. */
  px_table_paginate (table, cr, 200, 800, 800);
  narrow_short = px_table_get_row_height (table, 0);
  narrow_long = px_table_get_row_height (table, 1);
  g_assert_cmpfloat (narrow_long, >, narrow_short * 2.5);
  /* A bold row measures as a row. */
  g_assert_cmpfloat (px_table_get_row_height (table, 2), >=, narrow_short - 0.01);

  /* A minimum height lifts the short rows and leaves the taller one as it was. */
  px_table_set_min_row_height (table, 31);
  px_table_paginate (table, cr, 200, 800, 800);
  g_assert_cmpfloat_with_epsilon (px_table_get_row_height (table, 0), 31, 0.01);
  g_assert_cmpfloat_with_epsilon (px_table_get_row_height (table, 1), MAX (narrow_long, 31),
                                  0.01);
  cairo_destroy (cr);
}

/* Draws every page of table into a PDF of A4 pages at the top margin. */
static char *
write_table_pdf (const char *dir,
                 PxTable    *table)
{
  char *pdf = g_build_filename (dir, "table.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, PX_PAGE_A4_SHORT, PX_PAGE_A4_LONG);
  cairo_t *cr = cairo_create (surface);

  for (guint p = 0; p < px_table_get_n_pages (table); p++)
    {
      double height = px_table_draw_page (table, cr, p, PX_PAGE_MARGIN, PX_PAGE_MARGIN);

      g_assert_cmpfloat_with_epsilon (height, px_table_get_page_height (table, p), 0.01);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return pdf;
}

static void
test_table_paginate (void)
{
  g_autoptr(PxTable) table = create_test_table ();
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *pdf = NULL;
  cairo_t *cr = px_page_create_measuring_context ();
  const double first = 300, next = 600;
  guint n_pages, expected_first = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *seq = g_strdup_printf ("%u", i + 1);
      g_autofree char *unit = g_strdup_printf ("第%u单位%s", i + 1,
                                               i % 7 == 3 ? "（驻上海联络处及长三角一体化"
                                                            "发展办公室）" : "");
      g_autofree char *phone = g_strdup_printf ("139573%05u", i);
      const char *cells[] = { seq, unit, phone };

      px_table_add_row (table, cells);
    }
  n_pages = px_table_paginate (table, cr, 250, first, next);
  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpuint (n_pages, ==, px_table_get_n_pages (table));

  /* Pages follow one another without a gap or an overlap; each is full up to its room: the
   * next page's first row would not have fitted. */
  for (guint p = 0; p < n_pages; p++)
    {
      guint first_row = 0, n_rows = 0;
      double room = p == 0 ? first : next;
      double height;

      px_table_get_page_rows (table, p, &first_row, &n_rows);
      g_assert_cmpuint (first_row, ==, expected_first);
      g_assert_cmpuint (n_rows, >, 0);
      height = px_table_get_page_height (table, p);
      g_assert_cmpfloat (height, <=, room);
      if (p + 1 < n_pages)
        g_assert_cmpfloat (height + px_table_get_row_height (table, first_row + n_rows), >,
                           room);
      expected_first += n_rows;
    }
  g_assert_cmpuint (expected_first, ==, 100);

  /* Each page begins with the header row; each row is on one page, whole. */
  pdf = write_table_pdf (dir, table);
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = px_render_test_pdf_text (pdf, p + 1);
      guint first_row = 0, n_rows = 0;

      px_render_test_assert_has (text, "序号工作单位电话");
      px_table_get_page_rows (table, p, &first_row, &n_rows);
      for (guint r = first_row; r < first_row + n_rows; r++)
        {
          g_autofree char *phone = g_strdup_printf ("139573%05u", r);

          px_render_test_assert_has (text, phone);
        }
    }
  cairo_destroy (cr);
  px_test_remove_dir (dir);
}

/* A row taller than a whole page gets a page to itself, runs over its foot, and the table goes
 * on after it; nothing hangs and nothing is lost. */
static void
test_table_tall_row (void)
{
  g_autoptr(PxTable) table = create_test_table ();
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  cairo_t *cr = px_page_create_measuring_context ();
  const char *before[] = { "1", "嘉兴市财政局", "13957300001" };
  const char *after[] = { "3", "嘉兴市商务局", "13957300003" };
  guint first_row = 0, n_rows = 0;

  for (guint i = 0; i < 120; i++)
    g_string_append (huge, "长三角生态绿色一体化发展示范区执行委员会");
  px_table_add_row (table, before);
  px_table_add_row (table, (const char *[]) { "2", huge->str, "13957300002" });
  px_table_add_row (table, after);

  g_assert_cmpuint (px_table_paginate (table, cr, 300, 400, 400), ==, 3);
  g_assert_cmpfloat (px_table_get_row_height (table, 1), >, 400);
  px_table_get_page_rows (table, 1, &first_row, &n_rows);
  g_assert_cmpuint (first_row, ==, 1);
  g_assert_cmpuint (n_rows, ==, 1);
  px_table_get_page_rows (table, 2, &first_row, &n_rows);
  g_assert_cmpuint (first_row, ==, 2);
  g_assert_cmpuint (n_rows, ==, 1);

  /* When even the first row does not fit where the table was to start, the first page stays
   * empty, so that the caller may start on a fresh page. */
  g_assert_cmpuint (px_table_paginate (table, cr, 300, 20, 400), ==, 4);
  px_table_get_page_rows (table, 0, &first_row, &n_rows);
  g_assert_cmpuint (n_rows, ==, 0);

  px_table_paginate (table, cr, 300, 400, 400);
  pdf = write_table_pdf (dir, table);
  text = px_render_test_pdf_text (pdf, 2);
  px_render_test_assert_has (text, "13957300002");
  px_render_test_assert_has (text, "长三角生态绿色一体化发展示范区执行委员会");
  text = (g_free (text), px_render_test_pdf_text (pdf, 3));
  px_render_test_assert_has (text, "嘉兴市商务局");
  cairo_destroy (cr);
  px_test_remove_dir (dir);
}

/* The roster */

static void
test_roster_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRosterDocument) roster = px_roster_document_new (f->school.db, f->class_id, NULL,
                                                               &error);
  g_autoptr(GPtrArray) names = roster_names (f);
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *page_two = NULL;
  g_autofree char *heading = NULL;
  const char *last;

  g_assert_no_error (error);
  g_assert_cmpuint (px_roster_document_get_n_trainees (roster), ==, N_TRAINEES);
  g_assert_cmpuint (names->len, ==, N_TRAINEES);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (roster)), ==, 2);
  g_assert_true (px_document_is_landscape (PX_DOCUMENT (roster), 0));
  g_assert_nonnull (strstr (px_document_get_title (PX_DOCUMENT (roster)), CLASS_CODE));

  pdf = write_document (f, PX_DOCUMENT (roster), "roster.pdf");
  px_render_test_assert_a4 (pdf, TRUE);
  px_render_test_assert_fonts_embedded (pdf, 1, "NotoSansCJKsc", NULL);
  all = px_render_test_pdf_text (pdf, 0);
  page_one = px_render_test_pdf_text (pdf, 1);
  page_two = px_render_test_pdf_text (pdf, 2);

  px_render_test_assert_has (page_one, SCHOOL);
  px_render_test_assert_has (page_one, CLASS_TITLE);
  px_render_test_assert_has (page_one, CLASS_CODE);
  px_render_test_assert_has (page_one, "2026年11月23日");
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainee", "%u trainees",
                                          N_TRAINEES), N_TRAINEES);
  px_render_test_assert_has (page_one, heading);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    px_render_test_assert_has (all, units[i]);
  for (guint i = 0; i < names->len; i++)
    px_render_test_assert_has (all, g_ptr_array_index (names, i));
  px_render_test_assert_has (all, "县处级副职");
  px_render_test_assert_has (all, "1976.03");
  px_render_test_assert_has (all, "维吾尔族");
  px_render_test_assert_lacks (all, WITHDRAWN);

  /* The 40th trainee runs over to page 2, which repeats the header row. */
  last = g_ptr_array_index (names, N_TRAINEES - 1);
  px_render_test_assert_has (page_two, last);
  px_render_test_assert_lacks (page_one, last);
  px_render_test_assert_has (page_one, g_ptr_array_index (names, 0));
  px_render_test_assert_lacks (page_two, g_ptr_array_index (names, 0));
  for (guint p = 1; p <= 2; p++)
    {
      g_autofree char *text = px_render_test_pdf_text (pdf, p);
      g_autofree char *header = g_strconcat (px_roster_document_get_column_label ("name"),
                                             px_roster_document_get_column_label ("gender"),
                                             NULL);

      px_render_test_assert_has (text, header);
      px_render_test_assert_has (text, px_roster_document_get_column_label ("phone"));
    }
  /* The heading is on the first page only. */
  px_render_test_assert_lacks (page_two, CLASS_TITLE);
}

static void
test_roster_columns (Fixture       *f,
                     gconstpointer  data)
{
  const char *few[] = { "seq", "name", "citizen_id", "group", "role", NULL };
  const char *unknown[] = { "seq", "salary", NULL };
  const char * const *all = px_roster_document_get_column_names ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRosterDocument) roster = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = px_test_make_id ("330402", "19760312", 1);

  g_assert_cmpuint (g_strv_length ((char **) all), ==, 17);
  for (guint i = 0; all[i] != NULL; i++)
    g_assert_nonnull (px_roster_document_get_column_label (all[i]));
  g_assert_null (px_roster_document_get_column_label ("salary"));
  for (guint i = 0; px_roster_document_get_default_columns ()[i] != NULL; i++)
    g_assert_true (g_strv_contains (all, px_roster_document_get_default_columns ()[i]));

  /* Few columns fit across a portrait page; the citizen ID prints in full. */
  roster = px_roster_document_new (f->school.db, f->class_id, few, &error);
  g_assert_no_error (error);
  g_assert_false (px_document_is_landscape (PX_DOCUMENT (roster), 0));
  pdf = write_document (f, PX_DOCUMENT (roster), "roster-few.pdf");
  px_render_test_assert_a4 (pdf, FALSE);
  text = px_render_test_pdf_text (pdf, 0);
  px_render_test_assert_has (text, id);
  px_render_test_assert_has (text, "第三组");
  px_render_test_assert_has (text, "支部书记");
  px_render_test_assert_lacks (text, units[0]);
  px_render_test_assert_lacks (text, px_roster_document_get_column_label ("phone"));
  g_clear_object (&roster);

  /* Every column at once: landscape, every row still there. */
  roster = px_roster_document_new (f->school.db, f->class_id, all, &error);
  g_assert_no_error (error);
  g_assert_true (px_document_is_landscape (PX_DOCUMENT (roster), 0));
  g_clear_pointer (&pdf, g_free);
  pdf = write_document (f, PX_DOCUMENT (roster), "roster-all.pdf");
  text = (g_free (text), px_render_test_pdf_text (pdf, 0));
  px_render_test_assert_has (text, LONG_NAME);
  px_render_test_assert_has (text, "硕士研究生");
  px_render_test_assert_has (text, "中共党员");
  g_clear_object (&roster);

  roster = px_roster_document_new (f->school.db, f->class_id, unknown, &error);
  g_assert_null (roster);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "salary"));
  g_assert_nonnull (strstr (error->message, "citizen_id"));
}

/* Sign-in sheets */

static void
test_signin_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSigninSheet) sheet = px_signin_sheet_new (f->school.db, f->class_id, NULL, &error);
  g_autoptr(GPtrArray) names = roster_names (f);
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  guint n_pages, per_session;

  g_assert_no_error (error);
  g_assert_cmpuint (px_signin_sheet_get_n_sessions (sheet), ==, 3);
  n_pages = px_document_get_n_pages (PX_DOCUMENT (sheet));
  /* Three sessions, each on its own pages: 40 rows tall enough to sign take two. */
  g_assert_cmpuint (n_pages % 3, ==, 0);
  per_session = n_pages / 3;
  g_assert_cmpuint (per_session, ==, 2);

  pdf = write_document (f, PX_DOCUMENT (sheet), "signin.pdf");
  px_render_test_assert_a4 (pdf, FALSE);
  px_render_test_assert_fonts_embedded (pdf, 1, "NotoSansCJKsc", NULL);
  all = px_render_test_pdf_text (pdf, 0);
  for (guint i = 0; i < names->len; i++)
    px_render_test_assert_has (all, g_ptr_array_index (names, i));
  px_render_test_assert_lacks (all, WITHDRAWN);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = px_render_test_pdf_text (pdf, p);
      guint session = (p - 1) / per_session;

      /* Every page says which session it is for, and repeats the header row. */
      px_render_test_assert_has (text, CLASS_TITLE);
      px_render_test_assert_has (text, _("Signature"));
      px_render_test_assert_has (text, session < 2 ? "2026年11月23日" : "2026年11月24日");
      px_render_test_assert_has (text, session == 0 ? "开班式暨营商环境专题报告"
                                       : session == 1 ? "优化营商环境的浙江实践"
                                       : "现场教学：最多跑一次改革");
      px_render_test_assert_has (text, session == 1 ? "14:30–17:30" : "08:30–11:30");
      px_render_test_assert_has (text,
                                 px_class_timetable_slot_label (session == 1 ? "afternoon"
                                                                             : "morning"));
      if (f->chinese)
        px_render_test_assert_has (text, session == 1 ? "下午" : "上午");
      if (session != 2)
        px_render_test_assert_has (text, "陈春婷");
      if (session != 1)
        px_render_test_assert_has (text, "南湖区诉源治理中心·第二教室");
    }
}

static void
test_signin_date (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSigninSheet) sheet = px_signin_sheet_new (f->school.db, f->class_id, "2026-11-24",
                                                        &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_signin_sheet_get_n_sessions (sheet), ==, 1);
  pdf = write_document (f, PX_DOCUMENT (sheet), "signin-day.pdf");
  text = px_render_test_pdf_text (pdf, 0);
  px_render_test_assert_has (text, "现场教学：最多跑一次改革");
  px_render_test_assert_lacks (text, "开班式暨营商环境专题报告");
  px_render_test_assert_lacks (text, "2026年11月23日");
  g_clear_object (&sheet);

  /* A day without sessions: nothing to print, and the message says so. */
  sheet = px_signin_sheet_new (f->school.db, f->class_id, "2026-11-25", &error);
  g_assert_null (sheet);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "2026年11月25日"));
}

/* Table cards */

static void
test_cards_pdf (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTableCards) cards = px_table_cards_new (f->school.db, f->class_id, &error);
  g_autoptr(GPtrArray) names = roster_names (f);
  g_autofree char *pdf = NULL;
  g_autofree char *first = NULL;
  guint long_index = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (cards)), ==, N_TRAINEES);
  g_assert_true (px_document_is_landscape (PX_DOCUMENT (cards), 0));

  /* Three characters at the full size; the long name shrunk to fit the width. */
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      double size = px_table_cards_get_name_size (cards, i);

      if (g_strcmp0 (name, LONG_NAME) == 0)
        long_index = i;
      else if (g_utf8_strlen (name, -1) <= 3)
        g_assert_cmpfloat (size, ==, 120);
    }
  g_assert_cmpstr (g_ptr_array_index (names, long_index), ==, LONG_NAME);
  g_assert_cmpfloat (px_table_cards_get_name_size (cards, long_index), <, 120);
  g_assert_cmpfloat (px_table_cards_get_name_size (cards, long_index), >=, 60);

  pdf = write_document (f, PX_DOCUMENT (cards), "cards.pdf");
  px_render_test_assert_a4 (pdf, TRUE);
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, N_TRAINEES);
  px_render_test_assert_fonts_embedded (pdf, 1, "NotoSansCJKsc", NULL);
  first = px_render_test_pdf_text (pdf, 1);
  px_render_test_assert_has (first, g_ptr_array_index (names, 0));
  px_render_test_assert_has (first, CLASS_TITLE);
  px_render_test_assert_lacks (first, g_ptr_array_index (names, 1));
  g_free (first);
  first = px_render_test_pdf_text (pdf, long_index + 1);
  px_render_test_assert_has (first, "阿依古丽");
}

/* Everything on a card lies within the page: the long name too. Checked on the pixels of a
 * rendered card: the name's ink in both halves, none across the fold line. */
static void
test_cards_fold (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTableCards) cards = px_table_cards_new (f->school.db, f->class_id, &error);
  g_autoptr(GPtrArray) names = roster_names (f);
  cairo_surface_t *surface = NULL;
  const guint8 *bytes;
  int stride, width, height;
  guint top_ink = 0, bottom_ink = 0, fold_ink = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), LONG_NAME) == 0)
      surface = px_document_render_page (PX_DOCUMENT (cards), i, 72);
  g_assert_nonnull (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  bytes = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = ((const guint32 *) (bytes + (gsize) y * stride))[x] & 0xffffff;
        gboolean dark = (pixel & 0xff) < 0x80;

        if (!dark)
          continue;
        /* The fold ticks are light grey, so dark is text. */
        if (abs (y - height / 2) < 10)
          fold_ink++;
        else if (y < height / 2)
          top_ink++;
        else
          bottom_ink++;
        g_assert_cmpint (x, >, 10);
        g_assert_cmpint (x, <, width - 10);
      }
  g_assert_cmpuint (fold_ink, ==, 0);
  g_assert_cmpuint (top_ink, >, 1000);
  /* The two faces are the same drawing turned about: as much ink in each. */
  g_assert_cmpfloat (fabs ((double) top_ink - bottom_ink), <, 0.02 * bottom_ink);
  cairo_surface_destroy (surface);
}

/* The group list */

static void
test_groups_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGroupList) list = px_group_list_new (f->school.db, f->class_id, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  static const char * const groups[] = { "第一组", "第二组", "第三组", "第四组" };
  static const char * const leaders[] = { "张建华", "朱丽娟", "韩磊", "袁志强" };
  g_autofree char *no_group = NULL;
  const char *position;
  guint n_pages;

  g_assert_no_error (error);
  /* Four groups and the trainees in none. */
  g_assert_cmpuint (px_group_list_get_n_groups (list), ==, 5);
  n_pages = px_document_get_n_pages (PX_DOCUMENT (list));
  g_assert_cmpuint (n_pages, >=, 2);

  pdf = write_document (f, PX_DOCUMENT (list), "groups.pdf");
  px_render_test_assert_a4 (pdf, FALSE);
  px_render_test_assert_fonts_embedded (pdf, 1, "NotoSansCJKsc", NULL);
  all = px_render_test_pdf_text (pdf, 0);
  px_render_test_assert_has (all, SCHOOL);
  px_render_test_assert_has (all, CLASS_TITLE);
  px_render_test_assert_lacks (all, WITHDRAWN);
  px_render_test_assert_has (all, "嘉兴市发展和改革委员会副主任");

  /* The groups in order, the trainees in none last. */
  position = all;
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      const char *at = strstr (position, groups[g]);

      g_assert_nonnull (at);
      position = at;
    }
  no_group = px_render_test_squeeze (_("No group"));
  g_assert_nonnull (strstr (position, no_group));
  g_assert_nonnull (strstr (strstr (position, no_group), "彭晓光"));

  /* Each group on one page, whole (each fits on one), its leader first. */
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      guint page = 0;

      for (guint p = 1; p <= n_pages && page == 0; p++)
        {
          g_autofree char *text = px_render_test_pdf_text (pdf, p);

          if (px_render_test_has_text (text, leaders[g]))
            page = p;
        }
      g_assert_cmpuint (page, >, 0);

      {
        g_autofree char *text = px_render_test_pdf_text (pdf, page);
        const char *heading = strstr (text, groups[g]);
        const char *leader = strstr (text, leaders[g]);

        g_assert_nonnull (heading);
        for (guint i = 0; i < N_TRAINEES; i++)
          if (g_strcmp0 (trainees[i].group, groups[g]) == 0)
            {
              const char *member = strstr (text, trainees[i].name);

              if (member == NULL)
                g_error ("%s of %s is not on page %u with the group", trainees[i].name,
                         groups[g], page);
              /* The leader's row comes first under the heading. */
              g_assert_true (leader <= member);
              g_assert_true (heading < leader);
            }
      }
    }
}

/* One PNG of each document's first page: artefacts to look at, and proof each draws. */
static void
test_lists_png (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PxDocument *documents[4];
  const char *files[] = { "roster.png", "signin.png", "cards.png", "groups.png" };

  documents[0] = PX_DOCUMENT (px_roster_document_new (f->school.db, f->class_id, NULL, &error));
  g_assert_no_error (error);
  documents[1] = PX_DOCUMENT (px_signin_sheet_new (f->school.db, f->class_id, NULL, &error));
  g_assert_no_error (error);
  documents[2] = PX_DOCUMENT (px_table_cards_new (f->school.db, f->class_id, &error));
  g_assert_no_error (error);
  documents[3] = PX_DOCUMENT (px_group_list_new (f->school.db, f->class_id, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *png = px_render_test_artefact_path (files[i]);
      cairo_surface_t *surface = px_document_render_page (documents[i], 0, 150);
      double width, height;
      const guint8 *bytes;
      int stride;
      guint inked = 0;

      px_document_get_page_size (documents[i], 0, &width, &height);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==,
                       (int) ceil (width * 150 / 72));
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==,
                       (int) ceil (height * 150 / 72));
      bytes = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
        for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
          inked += (((const guint32 *) (bytes + (gsize) y * stride))[x] & 0xffffff) != 0xffffff;
      g_assert_cmpuint (inked, >, 5000);
      cairo_surface_destroy (surface);

      g_assert_true (px_document_write_png (documents[i], 0, 150, png, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
      g_object_unref (documents[i]);
    }
}

/* Nothing to print: refused with what to do, as PX_RENDER_ERROR_EMPTY. */
static void
test_lists_empty (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) document = NULL;

  document = PX_DOCUMENT (px_roster_document_new (f->school.db, f->empty_class_id, NULL, &error));
  g_assert_null (document);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, EMPTY_CODE));
  g_clear_error (&error);

  document = PX_DOCUMENT (px_signin_sheet_new (f->school.db, f->empty_class_id, NULL, &error));
  g_assert_null (document);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_clear_error (&error);

  document = PX_DOCUMENT (px_table_cards_new (f->school.db, f->empty_class_id, &error));
  g_assert_null (document);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_clear_error (&error);

  document = PX_DOCUMENT (px_group_list_new (f->school.db, f->empty_class_id, &error));
  g_assert_null (document);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_clear_error (&error);

  /* Trainees but no timetable: no sign-in sheets; the other lists print. */
  {
    g_autofree char *enrollment = NULL;
    g_autofree char *class_id = f->class_id;

    f->class_id = f->empty_class_id;
    enrollment = enroll (f, "沈佳琪", NULL, "科长", "一级主任科员", 42);
    g_assert_nonnull (enrollment);
    f->class_id = g_steal_pointer (&class_id);
  }
  document = PX_DOCUMENT (px_signin_sheet_new (f->school.db, f->empty_class_id, NULL, &error));
  g_assert_null (document);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, EMPTY_CODE));
  g_clear_error (&error);
  document = PX_DOCUMENT (px_roster_document_new (f->school.db, f->empty_class_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (document), ==, 1);
  g_clear_object (&document);

  /* No such class. */
  document = PX_DOCUMENT (px_group_list_new (f->school.db, "no-such-class", &error));
  g_assert_null (document);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  document = PX_DOCUMENT (px_roster_document_new (f->school.db, "no-such-class", NULL, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* The command line */

static void
assert_cli_writes (Fixture    *f,
                   const char *kind,
                   const char *extra_option,
                   const char *extra_value,
                   guint       n_pages)   /* 0: any number */
{
  g_autofree char *pdf = g_strdup_printf ("%s/cli-%s.pdf", f->school.dir, kind);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (px_test_run_cli_on (f->school.path, &out, &err, "print", kind, "--class",
                                       CLASS_CODE, "-o", pdf, extra_option, extra_value, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  if (n_pages > 0)
    g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, n_pages);
}

static void
assert_cli_refuses (Fixture    *f,
                    int         status,
                    const char *expected,
                    const char *kind,
                    const char *code,
                    const char *extra_option,
                    const char *extra_value)
{
  g_autofree char *never = g_build_filename (f->school.dir, "never.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (px_test_run_cli_on (f->school.path, NULL, &err, "print", kind, "--class", code,
                                       "-o", never, extra_option, extra_value, NULL),
                   ==, status);
  if (strstr (err, expected) == NULL)
    g_error ("“%s” is missing from: %s", expected, err);
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
}

static void
test_lists_cli (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *few = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = px_test_make_id ("330402", "19760312", 1);

  g_clear_object (&f->school.db);

  assert_cli_writes (f, "roster", NULL, NULL, 2);
  assert_cli_writes (f, "signin", NULL, NULL, 6);
  assert_cli_writes (f, "signin", "--date", "2026-11-23", 4);
  assert_cli_writes (f, "cards", NULL, NULL, N_TRAINEES);
  assert_cli_writes (f, "groups", NULL, NULL, 2);

  /* Chosen columns, spaces after the commas allowed. */
  assert_cli_writes (f, "roster", "--columns", "seq, name,citizen_id", 0);
  few = g_strdup_printf ("%s/cli-roster.pdf", f->school.dir);
  text = px_render_test_pdf_text (few, 0);
  px_render_test_assert_has (text, id);
  px_render_test_assert_lacks (text, units[1]);

  /* Refusals: a usage error for an unknown column, listing the valid ones; an unknown class;
   * nothing to print; a day without sessions; a date that is none. No file in any case. */
  assert_cli_refuses (f, 2, "salary", "roster", CLASS_CODE, "--columns", "seq,salary");
  assert_cli_refuses (f, 2, "citizen_id", "roster", CLASS_CODE, "--columns", "seq,salary");
  assert_cli_refuses (f, 1, "2099-XX-001", "roster", "2099-XX-001", NULL, NULL);
  assert_cli_refuses (f, 1, "2099-XX-001", "cards", "2099-XX-001", NULL, NULL);
  assert_cli_refuses (f, 1, EMPTY_CODE, "roster", EMPTY_CODE, NULL, NULL);
  assert_cli_refuses (f, 1, EMPTY_CODE, "signin", EMPTY_CODE, NULL, NULL);
  assert_cli_refuses (f, 1, EMPTY_CODE, "cards", EMPTY_CODE, NULL, NULL);
  assert_cli_refuses (f, 1, EMPTY_CODE, "groups", EMPTY_CODE, NULL, NULL);
  assert_cli_refuses (f, 1, "2026年11月25日", "signin", CLASS_CODE, "--date", "2026-11-25");
  assert_cli_refuses (f, 2, "2026-13-01", "signin", CLASS_CODE, "--date", "2026-13-01");

  /* Without -o: a usage error naming the command. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (px_test_run_cli_on (f->school.path, NULL, &err, "print", "groups", "--class",
                                         CLASS_CODE, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "print groups"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/table/wrap", test_table_wrap);
  g_test_add_func ("/render/table/paginate", test_table_paginate);
  g_test_add_func ("/render/table/tall-row", test_table_tall_row);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/lists/roster", test_roster_pdf);
  ADD ("/render/lists/roster-columns", test_roster_columns);
  ADD ("/render/lists/signin", test_signin_pdf);
  ADD ("/render/lists/signin-date", test_signin_date);
  ADD ("/render/lists/cards", test_cards_pdf);
  ADD ("/render/lists/cards-fold", test_cards_fold);
  ADD ("/render/lists/groups", test_groups_pdf);
  ADD ("/render/lists/png", test_lists_png);
  ADD ("/render/lists/empty", test_lists_empty);
  ADD ("/render/lists/cli", test_lists_cli);
#undef ADD

  return g_test_run ();
}
