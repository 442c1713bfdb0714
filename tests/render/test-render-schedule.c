/* test-render-schedule.c: the class schedule (课程表) drawn to PDF and PNG, read back with
 * poppler's tools, and printed through peixun-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-base.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-course.h"
#include "px-render-error.h"
#include "px-schedule.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define SCHOOL       "中共嘉兴市委党校"
#define CLASS_TITLE  "优化营商环境专题研讨班"
#define SHORT_COURSE "营商环境专题"
/* Far wider than a day's column: it has to wrap over several lines. */
#define LONG_COURSE  "以优化营商环境为抓手推进基层治理体系和治理能力现代化的实践路径与典型案例深度解析"

typedef struct
{
  char *dir;
  char *path;
  PxDatabase *db;
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
  g_autoptr(PxSession) s = px_session_new ();
  g_autoptr(GError) error = NULL;

  s->class_id = g_strdup (f->class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup (slot);
  s->start_time = g_strdup (start);
  s->end_time = g_strdup (end);
  s->course_id = g_strdup (course_id);
  s->title = g_strdup (title);
  s->hours = 3;
  s->teacher_id = g_strdup (f->teacher_id);
  s->base_id = g_strdup (f->base_id);
  s->room = g_strdup ("第二教室");
  s->is_elective = elective;
  px_class_timetable_insert (f->db, s, &error);
  g_assert_no_error (error);
}

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *start,
           const char *end)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup (CLASS_TITLE);
  c->start_date = g_strdup (start);
  c->end_date = g_strdup (end);
  c->venue = g_strdup ("中共嘉兴市委党校");
  c->head_teacher = g_strdup ("毛文雪");
  c->capacity = 40;
  c->required_hours = 30;
  c->credit_hours = NAN;
  c->max_lecture_share = 0.5;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PxTeacher) teacher = px_teacher_new ();
  g_autoptr(PxBase) base = px_base_new ();
  g_autoptr(GError) error = NULL;

  f->dir = px_test_make_dir ();
  f->path = g_build_filename (f->dir, "school.db", NULL);
  f->db = px_database_open (f->path, &error);
  g_assert_no_error (error);
  px_database_set_setting (f->db, "school_name", SCHOOL, &error);
  g_assert_no_error (error);

  teacher->name = g_strdup ("陈春婷");
  px_teacher_insert (f->db, teacher, &error);
  g_assert_no_error (error);
  f->teacher_id = g_strdup (teacher->base.id);
  base->name = g_strdup ("南湖区诉源治理中心");
  px_base_insert (f->db, base, &error);
  g_assert_no_error (error);
  f->base_id = g_strdup (base->base.id);
  f->short_course = add_course (f->db, SHORT_COURSE);
  f->long_course = add_course (f->db, LONG_COURSE);

  /* Monday 23 November to Wednesday 2 December 2026: two weeks, the first with a free Saturday
   * and a Sunday visit. */
  f->class_id = add_class (f->db, "2026-ZT-009", "2026-11-23", "2026-12-02");
  add_session (f, "2026-11-23", "morning", "08:30", "11:30", f->short_course, NULL, FALSE);
  add_session (f, "2026-11-23", "afternoon", "14:30", "17:30", f->long_course, NULL, FALSE);
  add_session (f, "2026-11-24", "afternoon", "14:30", "17:30", NULL, "读书分享会", TRUE);
  add_session (f, "2026-11-24", "afternoon", "14:30", "17:30", NULL, "案例教学：基层矛盾纠纷化解",
               TRUE);
  add_session (f, "2026-11-25", "evening", "19:00", "21:00", NULL, "行动学习：课题调研", FALSE);
  add_session (f, "2026-11-29", "morning", "08:30", "11:30", NULL, "现场教学：南湖红船", FALSE);
  add_session (f, "2026-12-01", "morning", "09:00", "11:00", f->short_course, NULL, FALSE);

  /* The slot names come from core's translations: 上午, 下午, 晚上. */
  f->chinese = setlocale (LC_ALL, "zh_CN.UTF-8") != NULL;
  if (f->chinese)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PEIXUN_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->class_id);
  g_free (f->teacher_id);
  g_free (f->base_id);
  g_free (f->short_course);
  g_free (f->long_course);
}

/* Runs a poppler tool and returns its standard output. */
static char *
run_tool (const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *arg;
  va_list args;

  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

/* Text without any whitespace, so lines that pdftotext breaks where the layout wrapped join
 * again. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (haystack, squeezed) == NULL)
    g_error ("“%s” is missing from the PDF's text:\n%s", needle, haystack);
}

static char *
write_schedule (Fixture    *f,
                PxSchedule *schedule,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  char *pdf = g_build_filename (f->dir, name, NULL);

  g_assert_true (px_document_write_pdf (PX_DOCUMENT (schedule), pdf, &error));
  g_assert_no_error (error);
  return pdf;
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
  g_autofree char *bbox = run_tool ("pdftotext", "-bbox", "-f", first, "-l", first, pdf, "-",
                                    NULL);
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
  footer_text = squeeze (expected_footer);
  g_assert_cmpstr (footer->str, ==, footer_text);
}

/* Tests */

static void
test_schedule_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->db, f->class_id, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *page_two = NULL;
  g_autoptr(GDateTime) saturday_time = g_date_time_new_utc (2026, 11, 28, 0, 0, 0);
  g_autoptr(GDateTime) sunday_time = g_date_time_new_utc (2026, 11, 29, 0, 0, 0);
  g_autofree char *saturday = g_date_time_format (saturday_time, "%A");
  g_autofree char *sunday = g_date_time_format (sunday_time, "%A");
  g_auto(GStrv) font_lines = NULL;
  guint n_embedded = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (schedule)), ==, 2);
  g_assert_cmpuint (px_schedule_get_n_sessions (schedule), ==, 7);
  g_assert_cmpstr (px_schedule_get_page (schedule)->school_name, ==, SCHOOL);

  pdf = write_schedule (f, schedule, "schedule.pdf");

  info = run_tool ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "Pages:           2\n"));
  g_assert_nonnull (strstr (info, "Page size:       841.89 x 595.276 pts (A4)"));

  /* -raw keeps each layout's lines together, so a wrapped title reads whole when squeezed. */
  raw = run_tool ("pdftotext", "-raw", pdf, "-", NULL);
  text = squeeze (raw);
  assert_contains (text, SCHOOL);
  assert_contains (text, CLASS_TITLE);
  assert_contains (text, "2026-ZT-009");
  assert_contains (text, SHORT_COURSE);
  assert_contains (text, LONG_COURSE);
  assert_contains (text, "读书分享会");
  assert_contains (text, "陈春婷");
  assert_contains (text, "南湖区诉源治理中心");
  assert_contains (text, "行动学习：课题调研");
  assert_contains (text, _("Elective"));
  assert_contains (text, px_class_timetable_slot_label ("morning"));
  assert_contains (text, px_class_timetable_slot_label ("evening"));
  if (f->chinese)
    {
      assert_contains (text, "上午");
      assert_contains (text, "晚上");
    }
  /* A session out of its slot's usual hours says when it is. */
  assert_contains (text, "09:00–11:00");

  /* A Sunday with a session has its column; a Saturday without one does not. */
  page_one = run_tool ("pdftotext", "-raw", "-f", "1", "-l", "1", pdf, "-", NULL);
  g_assert_nonnull (strstr (page_one, sunday));
  g_assert_null (strstr (page_one, saturday));
  g_assert_nonnull (strstr (page_one, "现场教学：南湖红船"));

  /* The second week holds the sessions of 1 December and no weekend of the first. */
  page_two = run_tool ("pdftotext", "-raw", "-f", "2", "-l", "2", pdf, "-", NULL);
  g_assert_nonnull (strstr (page_two, "09:00"));
  g_assert_null (strstr (page_two, "读书分享会"));

  fonts = run_tool ("pdffonts", pdf, NULL);
  font_lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      if (*font_lines[i] == '\0')
        continue;
      /* name type encoding emb sub uni object ID: every font embedded */
      if (strstr (font_lines[i], " yes ") == NULL)
        g_error ("a font is not embedded: %s", font_lines[i]);
      n_embedded++;
    }
  g_assert_cmpuint (n_embedded, >=, 2);
  g_assert_nonnull (strstr (fonts, "NotoSansCJKsc"));
  g_assert_nonnull (strstr (fonts, "NotoSerifCJKsc"));

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
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s（第%u讲）", LONG_COURSE, i + 1);

      add_session (f, "2026-11-26", "morning", "08:30", "11:30", NULL, title, TRUE);
      add_session (f, "2026-11-26", "afternoon", "14:30", "17:30", NULL, title, TRUE);
    }
  schedule = px_schedule_new_for_class (f->db, f->class_id, &error);
  g_assert_no_error (error);
  pdf = write_schedule (f, schedule, "crowded.pdf");

  raw = run_tool ("pdftotext", "-raw", pdf, "-", NULL);
  text = squeeze (raw);
  for (guint i = 0; i < N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s（第%u讲）", LONG_COURSE, i + 1);

      assert_contains (text, title);
    }
  assert_within_margins (pdf, px_schedule_get_page (schedule), 0, 2);
}

/* The first week as an image: an artefact to look at, and proof that it is drawn. */
static void
test_schedule_png (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->db, f->class_id, &error);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "render", "schedule.png", NULL);
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
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_code (f->db, "2099-XX-001", &error);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "schedule.pdf", NULL);

  g_assert_null (schedule);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  schedule = px_schedule_new_for_code (f->db, "2026-ZT-009", &error);
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
  g_autofree char *id = add_class (f->db, "2026-ZT-010", "2026-12-05", "2026-12-06");
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (f->db, id, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_schedule_get_n_sessions (schedule), ==, 0);
  /* A weekend-only class keeps its weekend. */
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (schedule)), ==, 1);
  pdf = write_schedule (f, schedule, "empty.pdf");
  info = run_tool ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
}

static void
test_schedule_cli (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *never = g_build_filename (f->dir, "never.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  g_autofree char *id = add_class (f->db, "2026-ZT-011", "2026-12-07", "2026-12-08");

  g_clear_object (&f->db);

  g_assert_cmpint (px_test_run_cli_on (f->path, &out, &err, "print", "schedule", "--class",
                                       "2026-ZT-009", "-o", pdf, NULL), ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  info = run_tool ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "Pages:           2\n"));
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An unknown class: a message naming it, and no file. */
  g_assert_cmpint (px_test_run_cli_on (f->path, &out, &err, "print", "schedule", "--class",
                                       "2099-XX-001", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2099-XX-001"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A class without sessions is refused, with what to do about it. */
  g_assert_cmpint (px_test_run_cli_on (f->path, &out, &err, "print", "schedule", "--class",
                                       "2026-ZT-011", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2026-ZT-011"));
  g_assert_nonnull (strstr (err, "class timetable"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Missing options are a usage error. */
  g_assert_cmpint (px_test_run_cli_on (f->path, NULL, &err, "print", "schedule", "--class",
                                       "2026-ZT-009", NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* An unknown kind of document is a usage error naming it. */
  g_assert_cmpint (px_test_run_cli_on (f->path, NULL, &err, "print", "timetables", NULL), ==, 2);
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
