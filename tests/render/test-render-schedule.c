/* test-render-schedule.c: the class schedule (课程表) drawn to PDF and PNG, read back with
 * poppler's tools, and printed through peixun-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-course.h"
#include "px-render-error.h"
#include "px-render-test-util.h"
#include "px-schedule.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define SCHOOL       "中共嘉兴市委党校"
#define CLASS_TITLE  "优化营商环境专题研讨班"
#define SHORT_COURSE "营商环境专题"
/* Far wider than a day's column: it has to wrap over several lines. */
#define LONG_COURSE  "以优化营商环境为抓手推进基层治理体系和治理能力现代化的实践路径与典型案例深度解析"

typedef struct
{
  PxRenderTestSchool school;
  char *class_id;
  char *teacher_id;
  char *base_id;
  char *short_course;
  char *long_course;
  gboolean chinese;     /* running under zh_CN with the build's translations */
} Fixture;

/* Helpers */

static char *
add_course (PxDatabase *db,
            const char *title)
{
  g_autoptr(PxCourse) course = px_course_new ();
  g_autoptr(GError) error = NULL;

  course->title = g_strdup (title);
  course->hours = 3;
  px_course_insert (db, course, &error);
  g_assert_no_error (error);
  return g_strdup (course->base.id);
}

static void
add_session (Fixture    *f,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *course_id,
             const char *title,
             gboolean    elective)
{
  g_autoptr(PxSession) s = px_render_test_session_new (f->class_id, date, slot, start, end);

  s->course_id = g_strdup (course_id);
  s->title = g_strdup (title);
  s->teacher_id = g_strdup (f->teacher_id);
  s->base_id = g_strdup (f->base_id);
  s->is_elective = elective;
  g_free (px_render_test_add_session (f->school.db, s));
}

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *start,
           const char *end)
{
  g_autoptr(PxTrainingClass) c = px_render_test_class_new (code, CLASS_TITLE, start, end,
                                                           "中共嘉兴市委党校");

  return px_render_test_add_class (db, c);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  px_render_test_school_open (&f->school, SCHOOL);

  f->teacher_id = px_test_add_teacher (f->school.db, "陈春婷");
  f->base_id = px_test_add_base (f->school.db, "南湖区诉源治理中心");
  f->short_course = add_course (f->school.db, SHORT_COURSE);
  f->long_course = add_course (f->school.db, LONG_COURSE);

  /* Monday 23 November to Wednesday 2 December 2026: two weeks, the first with a free Saturday
   * and a Sunday visit. */
  f->class_id = add_class (f->school.db, "2026-ZT-009", "2026-11-23", "2026-12-02");
  add_session (f, "2026-11-23", "morning", "08:30", "11:30", f->short_course, NULL, FALSE);
  add_session (f, "2026-11-23", "afternoon", "14:30", "17:30", f->long_course, NULL, FALSE);
  add_session (f, "2026-11-24", "afternoon", "14:30", "17:30", NULL, "读书分享会", TRUE);
  add_session (f, "2026-11-24", "afternoon", "14:30", "17:30", NULL, "案例教学：基层矛盾纠纷化解",
               TRUE);
  add_session (f, "2026-11-25", "evening", "19:00", "21:00", NULL, "行动学习：课题调研", FALSE);
  add_session (f, "2026-11-29", "morning", "08:30", "11:30", NULL, "现场教学：南湖红船", FALSE);
  add_session (f, "2026-12-01", "morning", "09:00", "11:00", f->short_course, NULL, FALSE);

  /* The slot names come from core's translations: 上午, 下午, 晚上. */
  f->chinese = px_render_test_use_chinese ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_render_test_reset_locale ();
  px_render_test_school_close (&f->school);
  g_free (f->class_id);
  g_free (f->teacher_id);
  g_free (f->base_id);
  g_free (f->short_course);
  g_free (f->long_course);
}

/* Every word pdftotext places lies inside the margins, but for the page number in the bottom
 * margin: nothing ran off the grid or the page. */
static void
assert_within_margins (const char   *pdf,
                       const PxPage *page,
                       guint         page_index,
                       guint         n_pages)
{
  g_autofree char *first = g_strdup_printf ("%u", page_index + 1);
  g_autofree char *bbox = px_render_test_run_tool ("pdftotext", "-bbox", "-f", first,
                                                   "-l", first, pdf, "-", NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                         "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) footer = g_string_new (NULL);
  g_autofree char *expected_footer = NULL;
  g_autofree char *footer_text = NULL;
  double bottom = page->height - page->margin_bottom;
  double right = page->width - page->margin_right;
  guint n_words = 0;

  g_regex_match (regex, bbox, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n_words++)
    {
      g_autofree char *x_min = g_match_info_fetch (match, 1);
      g_autofree char *y_min = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 3);
      g_autofree char *y_max = g_match_info_fetch (match, 4);
      g_autofree char *word = g_match_info_fetch (match, 5);

      g_assert_cmpfloat (g_ascii_strtod (x_min, NULL), >=, page->margin_left - 1);
      g_assert_cmpfloat (g_ascii_strtod (x_max, NULL), <=, right + 1);
      g_assert_cmpfloat (g_ascii_strtod (y_min, NULL), >=, page->margin_top - 1);
      if (g_ascii_strtod (y_min, NULL) > bottom)
        g_string_append (footer, word);
      else
        g_assert_cmpfloat (g_ascii_strtod (y_max, NULL), <=, bottom + 1);
    }
  g_assert_cmpuint (n_words, >, 10);

  /* The bottom margin holds the page number and nothing else. */
  expected_footer = g_strdup_printf (_("Page %u of %u"), page_index + 1, n_pages);
  footer_text = px_render_test_squeeze (expected_footer);
  g_assert_cmpstr (footer->str, ==, footer_text);
}

/* Tests */

static void
test_schedule_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->school.db, f->class_id, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *page_two = NULL;
  g_autoptr(GDateTime) saturday_time = g_date_time_new_utc (2026, 11, 28, 0, 0, 0);
  g_autoptr(GDateTime) sunday_time = g_date_time_new_utc (2026, 11, 29, 0, 0, 0);
  g_autofree char *saturday = g_date_time_format (saturday_time, "%A");
  g_autofree char *sunday = g_date_time_format (sunday_time, "%A");

  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (schedule)), ==, 2);
  g_assert_cmpuint (px_schedule_get_n_sessions (schedule), ==, 7);
  g_assert_cmpstr (px_schedule_get_page (schedule)->school_name, ==, SCHOOL);

  pdf = px_render_test_write_pdf (PX_DOCUMENT (schedule), f->school.dir, "schedule.pdf");

  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 2);
  px_render_test_assert_a4 (pdf, TRUE);

  /* -raw keeps each layout's lines together, so a wrapped title reads whole when squeezed. */
  text = px_render_test_pdf_text (pdf, 0);
  px_render_test_assert_has (text, SCHOOL);
  px_render_test_assert_has (text, CLASS_TITLE);
  px_render_test_assert_has (text, "2026-ZT-009");
  px_render_test_assert_has (text, SHORT_COURSE);
  px_render_test_assert_has (text, LONG_COURSE);
  px_render_test_assert_has (text, "读书分享会");
  px_render_test_assert_has (text, "陈春婷");
  px_render_test_assert_has (text, "南湖区诉源治理中心");
  px_render_test_assert_has (text, "行动学习：课题调研");
  px_render_test_assert_has (text, _("Elective"));
  px_render_test_assert_has (text, px_class_timetable_slot_label ("morning"));
  px_render_test_assert_has (text, px_class_timetable_slot_label ("evening"));
  if (f->chinese)
    {
      px_render_test_assert_has (text, "上午");
      px_render_test_assert_has (text, "晚上");
    }
  /* A session out of its slot's usual hours says when it is. */
  px_render_test_assert_has (text, "09:00–11:00");

  /* A Sunday with a session has its column; a Saturday without one does not. */
  page_one = px_render_test_run_tool ("pdftotext", "-raw", "-f", "1", "-l", "1", pdf, "-",
                                      NULL);
  g_assert_nonnull (strstr (page_one, sunday));
  g_assert_null (strstr (page_one, saturday));
  g_assert_nonnull (strstr (page_one, "现场教学：南湖红船"));

  /* The second week holds the sessions of 1 December and no weekend of the first. */
  page_two = px_render_test_run_tool ("pdftotext", "-raw", "-f", "2", "-l", "2", pdf, "-",
                                      NULL);
  g_assert_nonnull (strstr (page_two, "09:00"));
  g_assert_null (strstr (page_two, "读书分享会"));

  px_render_test_assert_fonts_embedded (pdf, 2, "NotoSansCJKsc", "NotoSerifCJKsc", NULL);

  for (guint i = 0; i < 2; i++)
    assert_within_margins (pdf, px_schedule_get_page (schedule), i, 2);
}

#define N_CROWDED 2

/* A day crowded past what the grid holds at the usual size: the text gets smaller and every
 * title still prints whole inside the page. */
static void
test_schedule_crowded (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s（第%u讲）", LONG_COURSE, i + 1);

      add_session (f, "2026-11-26", "morning", "08:30", "11:30", NULL, title, TRUE);
      add_session (f, "2026-11-26", "afternoon", "14:30", "17:30", NULL, title, TRUE);
    }
  schedule = px_schedule_new_for_class (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  pdf = px_render_test_write_pdf (PX_DOCUMENT (schedule), f->school.dir, "crowded.pdf");

  text = px_render_test_pdf_text (pdf, 0);
  for (guint i = 0; i < N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s（第%u讲）", LONG_COURSE, i + 1);

      px_render_test_assert_has (text, title);
    }
  assert_within_margins (pdf, px_schedule_get_page (schedule), 0, 2);
}

/* The first week as an image: an artefact to look at, and proof that it is drawn. */
static void
test_schedule_png (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->school.db, f->class_id, &error);
  g_autofree char *png = px_render_test_artefact_path ("schedule.png");
  const PxPage *page;
  const double scale = 150.0 / 72;
  cairo_surface_t *surface;
  const guint8 *data_bytes;
  int stride, width, height;
  guint inked_rows = 0;

  g_assert_no_error (error);
  page = px_schedule_get_page (schedule);
  surface = px_document_render_page (PX_DOCUMENT (schedule), 0, 150);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  g_assert_cmpint (width, ==, (int) ceil (page->width * scale));
  g_assert_cmpint (height, ==, (int) ceil (page->height * scale));

  /* Ink on many rows inside the margins, none in the left margin. */
  data_bytes = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data_bytes + (gsize) y * stride);
      gboolean inked = FALSE;

      for (int x = 0; x < width; x++)
        {
          gboolean ink = (row[x] & 0xffffff) != 0xffffff;

          if (ink && x < (int) (page->margin_left * scale) - 2)
            g_error ("ink in the left margin at %d, %d", x, y);
          inked |= ink;
        }
      inked_rows += inked;
    }
  g_assert_cmpuint (inked_rows, >, (guint) height / 2);

  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}

static void
test_schedule_refusals (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_code (f->school.db, "2099-XX-001", &error);
  g_autofree char *nowhere = g_build_filename (f->school.dir, "no-such-folder", "schedule.pdf",
                                               NULL);

  g_assert_null (schedule);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  schedule = px_schedule_new_for_code (f->school.db, "2026-ZT-009", &error);
  g_assert_no_error (error);
  g_assert_false (px_document_write_pdf (PX_DOCUMENT (schedule), nowhere, &error));
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_WRITE);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

/* A class without sessions still has one (empty) page when drawn; the CLI refuses it. */
static void
test_schedule_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = add_class (f->school.db, "2026-ZT-010", "2026-12-05", "2026-12-06");
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->school.db, id, &error);
  g_autofree char *pdf = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_schedule_get_n_sessions (schedule), ==, 0);
  /* A weekend-only class keeps its weekend. */
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (schedule)), ==, 1);
  pdf = px_render_test_write_pdf (PX_DOCUMENT (schedule), f->school.dir, "empty.pdf");
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 1);
}

static void
test_schedule_cli (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->school.dir, "cli.pdf", NULL);
  g_autofree char *never = g_build_filename (f->school.dir, "never.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *id = add_class (f->school.db, "2026-ZT-011", "2026-12-07", "2026-12-08");

  g_clear_object (&f->school.db);

  g_assert_cmpint (px_test_run_cli_on (f->school.path, &out, &err, "print", "schedule", "--class",
                                       "2026-ZT-009", "-o", pdf, NULL), ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 2);
  px_render_test_assert_a4 (pdf, TRUE);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An unknown class: a message naming it, and no file. */
  g_assert_cmpint (px_test_run_cli_on (f->school.path, &out, &err, "print", "schedule", "--class",
                                       "2099-XX-001", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2099-XX-001"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A class without sessions is refused, with what to do about it. */
  g_assert_cmpint (px_test_run_cli_on (f->school.path, &out, &err, "print", "schedule", "--class",
                                       "2026-ZT-011", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2026-ZT-011"));
  g_assert_nonnull (strstr (err, "class timetable"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Missing options are a usage error. */
  g_assert_cmpint (px_test_run_cli_on (f->school.path, NULL, &err, "print", "schedule", "--class",
                                       "2026-ZT-009", NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* An unknown kind of document is a usage error naming it. */
  g_assert_cmpint (px_test_run_cli_on (f->school.path, NULL, &err, "print", "timetables", NULL),
                   ==, 2);
  g_assert_nonnull (strstr (err, "timetables"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/schedule/pdf", test_schedule_pdf);
  ADD ("/render/schedule/crowded", test_schedule_crowded);
  ADD ("/render/schedule/png", test_schedule_png);
  ADD ("/render/schedule/refusals", test_schedule_refusals);
  ADD ("/render/schedule/empty", test_schedule_empty);
  ADD ("/render/schedule/cli", test_schedule_cli);
#undef ADD

  return g_test_run ();
}
