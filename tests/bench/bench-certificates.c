/* bench-certificates.c: 1,000 completion certificates with QR codes into one PDF, against a
 * bare cairo + pango program that draws the same pages
 *
 * A class of 1,000 trainees who completed it. Each Peixun round starts with no certificates
 * and times px_certificates_issue, px_certificate_document_new_for_class and writing the PDF
 * (numbers, verification codes, signed payloads, QR codes, fonts embedded). Each baseline
 * round draws the same 1,000 pages (A4 landscape, the same frame, the same texts at the same
 * places in the same fonts) straight with cairo and pango, without QR codes and without the
 * database; its texts are filled in before the clock starts. The two alternate, so that the
 * machine's load falls on both alike. Prints both medians and their ratio; fails when Peixun
 * takes more than twice the baseline's time (the issue's bar). Peixun encodes the QR codes on
 * a worker per processor while it draws, so its processor time is printed too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "px-bench-util.h"
#include "px-cadre.h"
#include "px-certificate-document.h"
#include "px-certificate-layout.h"
#include "px-certificates.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-page.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define N_TRAINEES 1000
#define N_ROUNDS   5
#define GOAL_RATIO 2.0
#define CLASS_CODE "2026-ZT-100"
#define MM         (72.0 / 25.4)

static const char family_names[] = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
static const char given_names[] = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

static char *
make_class (PxDatabase *db)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (CLASS_CODE);
  c->title = g_strdup ("全市优化营商环境与基层治理能力提升专题研讨班");
  c->start_date = g_strdup ("2026-09-07");
  c->end_date = g_strdup ("2026-09-18");
  c->capacity = PX_INT_UNSET;
  c->required_hours = NAN;
  c->credit_hours = 80;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

/* Trainee i's name: a family name and one or two given characters. */
static char *
make_name (guint i)
{
  glong n_family = g_utf8_strlen (family_names, -1), n_given = g_utf8_strlen (given_names, -1);
  GString *name = g_string_new (NULL);
  const char *p;

  p = g_utf8_offset_to_pointer (family_names, i % n_family);
  g_string_append_len (name, p, g_utf8_next_char (p) - p);
  p = g_utf8_offset_to_pointer (given_names, (i / n_family) % n_given);
  g_string_append_len (name, p, g_utf8_next_char (p) - p);
  if (i % 3 != 0)
    {
      p = g_utf8_offset_to_pointer (given_names, (i * 7) % n_given);
      g_string_append_len (name, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (name, FALSE);
}

static void
enroll_trainees (PxDatabase *db,
                 const char *class_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_database_begin (db, &error));
  for (guint i = 0; i < N_TRAINEES; i++)
    {
      g_autoptr(PxCadre) cadre = px_cadre_new ();
      g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

      cadre->name = make_name (i);
      cadre->citizen_id = px_test_make_id ("330402", "19800101", i + 1);
      g_assert_true (px_cadre_insert (db, cadre, &error));
      enrollment->class_id = g_strdup (class_id);
      enrollment->cadre_id = g_strdup (cadre->base.id);
      g_free (enrollment->completion);
      enrollment->completion = g_strdup ("completed");
      enrollment->exam_score = NAN;
      enrollment->paper_score = NAN;
      g_assert_true (px_enrollment_insert (db, enrollment, &error));
    }
  g_assert_true (px_database_commit (db, &error));
  g_assert_no_error (error);
}

/* Processor time of the whole process, all threads, in ms. */
static double
cpu_ms (void)
{
  return clock () * 1000.0 / CLOCKS_PER_SEC;
}

/* Peixun: issue, load, write. Returns milliseconds, and the processor's in *cpu. */
static double
run_peixun (PxDatabase *db,
            const char *class_id,
            const char *pdf,
            double     *cpu)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(PxCertificateDocument) doc = NULL;
  gint64 started;

  /* every round issues all 1,000 afresh */
  g_assert_true (px_database_exec (db, "DELETE FROM certificate", &error));
  started = g_get_monotonic_time ();
  *cpu = cpu_ms ();
  issued = px_certificates_issue (db, CLASS_CODE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, N_TRAINEES);
  doc = px_certificate_document_new_for_class (db, class_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (px_document_write_pdf (PX_DOCUMENT (doc), pdf, &error));
  g_assert_no_error (error);
  *cpu = cpu_ms () - *cpu;
  return (g_get_monotonic_time () - started) / 1000.0;
}

/* The baseline: the same frame and texts, drawn as a bare program would. */
typedef struct
{
  const PxCertificateLayout *layout;
  GPtrArray *pages;   /* (element-type GStrv) a text per field of layout */
} Baseline;

static PangoLayout *
baseline_layout (PangoContext             *context,
                 const PxCertificateField *field)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, field->font == PX_CERTIFICATE_FONT_SANS
                                           ? PX_PAGE_SANS_FAMILY : PX_PAGE_SERIF_FAMILY);
  pango_font_description_set_absolute_size (font, field->size_pt * PANGO_SCALE);
  pango_font_description_set_weight (font, field->bold ? PANGO_WEIGHT_BOLD
                                                       : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (field->width_mm * MM * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.5);
  pango_layout_set_alignment (layout, field->align == PX_CERTIFICATE_ALIGN_CENTER
                                      ? PANGO_ALIGN_CENTER
                                      : field->align == PX_CERTIFICATE_ALIGN_RIGHT
                                      ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (field->letter_spacing_pt != 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (
                                (int) (field->letter_spacing_pt * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static double
run_baseline (const Baseline *baseline,
              const char     *pdf,
              double         *cpu)
{
  const double width = PX_PAGE_A4_LONG, height = PX_PAGE_A4_SHORT;
  const GPtrArray *fields = baseline->layout->fields;
  gint64 started = g_get_monotonic_time ();
  double cpu_started = cpu_ms ();
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, width, height);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (layouts, baseline_layout (context, g_ptr_array_index (fields, i)));

  for (guint page = 0; page < baseline->pages->len; page++)
    {
      char **texts = g_ptr_array_index (baseline->pages, page);

      cairo_set_source_rgb (cr, 0.62, 0.11, 0.09);
      cairo_set_line_width (cr, 2.2);
      cairo_rectangle (cr, 9 * MM, 9 * MM, width - 18 * MM, height - 18 * MM);
      cairo_stroke (cr);
      cairo_set_line_width (cr, 0.7);
      cairo_rectangle (cr, 11.5 * MM, 11.5 * MM, width - 23 * MM, height - 23 * MM);
      cairo_stroke (cr);

      cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
      for (guint i = 0; i < fields->len; i++)
        {
          const PxCertificateField *field = g_ptr_array_index (fields, i);

          pango_layout_set_text (g_ptr_array_index (layouts, i), texts[i], -1);
          cairo_move_to (cr, field->x_mm * MM, field->y_mm * MM);
          pango_cairo_show_layout (cr, g_ptr_array_index (layouts, i));
        }
      cairo_show_page (cr);
    }

  g_clear_pointer (&layouts, g_ptr_array_unref);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  *cpu = cpu_ms () - cpu_started;
  return (g_get_monotonic_time () - started) / 1000.0;
}

/* The baseline's texts: what Peixun prints on each page (layout has no QR field), filled in
 * once. */
static GPtrArray *
baseline_pages (PxDatabase                *db,
                const PxCertificateLayout *layout)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) infos = px_certificates_list (db, CLASS_CODE, &error);
  g_autofree char *school = px_page_get_school_name (db);
  PxCertificateContext context = { school, "2026-09-07", "2026-09-18" };
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_no_error (error);
  for (guint page = 0; page < infos->len; page++)
    {
      char **texts = g_new0 (char *, layout->fields->len + 1);

      for (guint i = 0; i < layout->fields->len; i++)
        texts[i] = px_certificate_field_expand (g_ptr_array_index (layout->fields, i),
                                                g_ptr_array_index (infos, page), &context);
      g_ptr_array_add (pages, texts);
    }
  return pages;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *peixun_pdf = g_build_filename (dir, "peixun.pdf", NULL);
  g_autofree char *baseline_pdf = g_build_filename (dir, "baseline.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(PxCertificateLayout) text_layout = NULL;
  g_autofree char *class_id = NULL;
  double peixun[N_ROUNDS], bare[N_ROUNDS], peixun_median, bare_median, ratio;
  double peixun_cpu[N_ROUNDS], bare_cpu[N_ROUNDS], unused;
  Baseline baseline;
  GStatBuf peixun_stat, bare_stat;

  setlocale (LC_ALL, "");
  db = px_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (px_database_set_setting (db, "school_name", "中共嘉兴市委党校", &error));
  class_id = make_class (db);
  enroll_trainees (db, class_id);

  /* a first round untimed: fonts found and loaded, the signing key made, caches warm */
  run_peixun (db, class_id, peixun_pdf, &unused);
  layout = px_certificate_layout_load_default (db, &error);
  g_assert_no_error (error);
  /* the baseline draws the same fields but the QR code */
  text_layout = px_certificate_layout_copy (layout);
  for (guint i = text_layout->fields->len; i-- > 0;)
    if (((PxCertificateField *) g_ptr_array_index (text_layout->fields, i))->kind
        == PX_CERTIFICATE_FIELD_QR)
      px_certificate_layout_remove_field (text_layout, i);
  baseline.layout = text_layout;
  baseline.pages = baseline_pages (db, text_layout);
  g_assert_cmpuint (baseline.pages->len, ==, N_TRAINEES);
  run_baseline (&baseline, baseline_pdf, &unused);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      bare[round] = run_baseline (&baseline, baseline_pdf, &bare_cpu[round]);
      peixun[round] = run_peixun (db, class_id, peixun_pdf, &peixun_cpu[round]);
      g_print ("# round %u: Peixun %.0f ms (processor %.0f ms), bare cairo + pango %.0f ms "
               "(processor %.0f ms)\n", round + 1, peixun[round], peixun_cpu[round],
               bare[round], bare_cpu[round]);
    }
  g_ptr_array_unref (baseline.pages);

  g_assert_cmpint (g_stat (peixun_pdf, &peixun_stat), ==, 0);
  g_assert_cmpint (g_stat (baseline_pdf, &bare_stat), ==, 0);
  peixun_median = px_bench_median (peixun, N_ROUNDS);
  bare_median = px_bench_median (bare, N_ROUNDS);
  ratio = peixun_median / bare_median;
  g_print ("1,000 certificates into one PDF: Peixun (issue, load, QR codes, write) %.0f ms, "
           "bare cairo + pango (same pages without QR and database) %.0f ms; ratio %.2f "
           "(median of %d alternating rounds, goal ≤ %.1f); processor time %.0f ms against "
           "%.0f ms; PDF %.1f MB against %.1f MB\n",
           peixun_median, bare_median, ratio, N_ROUNDS, GOAL_RATIO,
           px_bench_median (peixun_cpu, N_ROUNDS), px_bench_median (bare_cpu, N_ROUNDS),
           peixun_stat.st_size / 1e6, bare_stat.st_size / 1e6);

  g_clear_object (&db);
  px_test_remove_dir (dir);
  return ratio <= GOAL_RATIO ? EXIT_SUCCESS : EXIT_FAILURE;
}
