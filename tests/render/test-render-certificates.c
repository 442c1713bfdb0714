/* test-render-certificates.c: completion certificates issued and drawn to PDF and PNG, read back
 * with poppler's tools, their QR codes decoded with zbar and checked against the school's key;
 * reprints, revoked certificates, pre-printed stock with a printer's offset, a background, the
 * editor's sample, the calibration page and the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <zbar.h>

#include "px-cadre.h"
#include "px-calibration-page.h"
#include "px-certificate-document.h"
#include "px-certificate-keys.h"
#include "px-certificate-layout.h"
#include "px-certificates.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-print-calibration.h"
#include "px-qr.h"
#include "px-render-error.h"
#include "px-render-test-util.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define SCHOOL      "中共嘉兴市委党校"
#define CLASS_CODE  "2026-ZT-031"
#define CLASS_TITLE "优化营商环境专题研讨班"
#define N_TRAINEES  3

static const char * const trainee_names[N_TRAINEES] = { "陈春婷", "王晓东", "毛文雪" };

typedef struct
{
  PxRenderTestSchool school;
  char *class_id;
  guint n_cadres;
} Fixture;

/* Helpers */

static char *
add_class (Fixture    *f,
           const char *code)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();

  c->code = g_strdup (code);
  c->title = g_strdup (CLASS_TITLE);
  c->start_date = g_strdup ("2026-03-02");
  c->end_date = g_strdup ("2026-03-06");
  c->capacity = PX_INT_UNSET;
  c->required_hours = NAN;
  c->credit_hours = 24;
  return px_render_test_add_class (f->school.db, c);
}

static void
enroll (Fixture    *f,
        const char *class_id,
        const char *name,
        const char *completion)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  cadre->name = g_strdup (name);
  cadre->citizen_id = px_test_make_id ("330402", "19800101", ++f->n_cadres);
  px_cadre_insert (f->school.db, cadre, &error);
  g_assert_no_error (error);
  enrollment->class_id = g_strdup (class_id);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  g_free (enrollment->completion);
  enrollment->completion = g_strdup (completion);
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->school.db, enrollment, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  px_render_test_school_open (&f->school, SCHOOL);

  f->class_id = add_class (f, CLASS_CODE);
  for (guint i = 0; i < N_TRAINEES; i++)
    enroll (f, f->class_id, trainee_names[i], "completed");
  /* not completed: no certificate */
  enroll (f, f->class_id, "赵未结", "pending");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_render_test_school_close (&f->school);
  g_free (f->class_id);
}

static GPtrArray *
issue (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *issued = px_certificates_issue (f->school.db, CLASS_CODE, &error);

  g_assert_no_error (error);
  return issued;
}

static GPtrArray *
list_certificates (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *infos = px_certificates_list (f->school.db, CLASS_CODE, &error);

  g_assert_no_error (error);
  return infos;
}

static PxCertificateDocument *
document_for_class (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PxCertificateDocument *doc = px_certificate_document_new_for_class (f->school.db, f->class_id,
                                                                      NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The text of the one QR code on an image surface (which it takes). */
static char *
decode_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  guint8 *grey = g_malloc ((gsize) width * height);
  zbar_image_scanner_t *scanner = zbar_image_scanner_create ();
  zbar_image_t *image = zbar_image_create ();
  const zbar_symbol_t *symbol;
  char *text = NULL;
  guint n_codes = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = ((const guint32 *) (pixels + (gsize) y * stride))[x];

        grey[(gsize) y * width + x] = (guint8) ((((p >> 16) & 0xff) * 30 + ((p >> 8) & 0xff) * 59
                                                 + (p & 0xff) * 11) / 100);
      }
  cairo_surface_destroy (surface);

  zbar_image_scanner_set_config (scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config (scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  /* the bytes as encoded, without zbar guessing at character sets */
  zbar_image_scanner_set_config (scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
  zbar_image_set_format (image, zbar_fourcc ('Y', '8', '0', '0'));
  zbar_image_set_size (image, (unsigned) width, (unsigned) height);
  zbar_image_set_data (image, grey, (unsigned long) width * height, zbar_image_free_data);
  g_assert_cmpint (zbar_scan_image (scanner, image), >=, 0);

  for (symbol = zbar_image_first_symbol (image); symbol != NULL;
       symbol = zbar_symbol_next (symbol))
    if (zbar_symbol_get_type (symbol) == ZBAR_QRCODE)
      {
        n_codes++;
        g_free (text);
        text = g_strndup (zbar_symbol_get_data (symbol), zbar_symbol_get_data_length (symbol));
      }
  zbar_image_destroy (image);
  zbar_image_scanner_destroy (scanner);
  g_assert_cmpuint (n_codes, ==, 1);
  return text;
}

/* The text of the one QR code on the page, read at 300 dpi as a scanner would. */
static char *
decode_qr (PxDocument *document,
           guint       page_index)
{
  return decode_surface (px_document_render_page (document, page_index, 300));
}

/* Where anything other than white lies on the page at dpi: x0, y0, x1, y1 in pixels. */
static void
ink_box (PxDocument *document,
         guint       page_index,
         double      dpi,
         int         box[4])
{
  cairo_surface_t *surface = px_document_render_page (document, page_index, dpi);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);

  box[0] = width, box[1] = height, box[2] = -1, box[3] = -1;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((((const guint32 *) (pixels + (gsize) y * stride))[x] & 0xffffff) != 0xffffff)
        {
          box[0] = MIN (box[0], x);
          box[1] = MIN (box[1], y);
          box[2] = MAX (box[2], x);
          box[3] = MAX (box[3], y);
        }
  cairo_surface_destroy (surface);
  g_assert_cmpint (box[2], >=, 0);
}

static PxCertificateLayout *
save_layout (Fixture             *f,
             PxCertificateLayout *layout)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_certificate_layout_save (f->school.db, layout, &error));
  g_assert_no_error (error);
  return layout;
}

/* Tests */

static void
test_certificates_pdf (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue (f);
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *images = NULL;
  g_auto(GStrv) image_lines = NULL;
  guint n_stencils = 0;

  g_assert_cmpuint (issued->len, ==, N_TRAINEES);
  doc = document_for_class (f);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (doc)), ==, N_TRAINEES);
  g_assert_true (px_document_is_landscape (PX_DOCUMENT (doc), 0));
  g_assert_nonnull (strstr (px_document_get_title (PX_DOCUMENT (doc)), CLASS_CODE));
  pdf = px_render_test_write_pdf (PX_DOCUMENT (doc), f->school.dir, "certificates.pdf");

  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 3);
  px_render_test_assert_a4 (pdf, TRUE);

  /* each page is its trainee's, in number order, with what the wording says */
  for (guint i = 0; i < N_TRAINEES; i++)
    {
      const PxCertificateInfo *certificate = g_ptr_array_index (issued, i);
      g_autofree char *text = px_render_test_pdf_text (pdf, i + 1);

      g_assert_cmpstr (px_certificate_document_get_info (doc, i)->number, ==,
                       certificate->number);
      px_render_test_assert_has (text, certificate->name);
      px_render_test_assert_has (text, certificate->number);
      px_render_test_assert_has (text, certificate->verification_code);
      px_render_test_assert_has (text, SCHOOL);
      px_render_test_assert_has (text, CLASS_TITLE);
      px_render_test_assert_has (text, "2026年3月2日");
      px_render_test_assert_has (text, "2026年3月6日");
      px_render_test_assert_has (text, "24");
      px_render_test_assert_has (text, _("Certificate of Completion"));
      for (guint j = 0; j < N_TRAINEES; j++)
        if (j != i)
          g_assert_null (strstr (text, ((PxCertificateInfo *) g_ptr_array_index (issued,
                                                                                j))->name));
      g_assert_null (strstr (text, "赵未结"));
    }

  px_render_test_assert_fonts_embedded (pdf, 2, "NotoSerifCJKsc", "NotoSansCJKsc", NULL);

  /* each QR code a one-bit stencil that is never smoothed: hard-edged on any printer */
  images = px_render_test_run_tool ("pdfimages", "-list", pdf, NULL);
  image_lines = g_strsplit (images, "\n", -1);
  for (guint i = 2; image_lines[i] != NULL; i++)
    if (*image_lines[i] != '\0')
      {
        g_assert_nonnull (strstr (image_lines[i], " stencil "));
        g_assert_nonnull (strstr (image_lines[i], " 1   1  image  no "));
        n_stencils++;
      }
  g_assert_cmpuint (n_stencils, ==, N_TRAINEES);

  px_render_test_write_artefact (PX_DOCUMENT (doc), 0, "certificate.png");
}

static void
test_certificates_qr (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue (f);
  g_autoptr(PxCertificateDocument) doc = document_for_class (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = px_certificate_keys_get_public_key (f->school.db, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < N_TRAINEES; i++)
    {
      const PxCertificateInfo *certificate = g_ptr_array_index (issued, i);
      g_autofree char *scanned = decode_qr (PX_DOCUMENT (doc), i);
      g_autofree char *expected = px_certificates_make_payload (f->school.db, certificate, &error);
      g_autoptr(PxCertificatePayload) payload = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (scanned, ==, expected);
      payload = px_certificate_payload_check (scanned, key, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (payload->name, ==, certificate->name);
      g_assert_cmpstr (payload->number, ==, certificate->number);
      g_assert_cmpstr (payload->verification_code, ==, certificate->verification_code);
      g_assert_cmpstr (payload->class_code, ==, CLASS_CODE);
      g_assert_cmpstr (payload->hours, ==, "24");
    }
}

/* Printing twice issues nothing new; a reprint by number has the same number and QR code. */
static void
test_certificates_reprint (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) first = issue (f);
  g_autoptr(GPtrArray) second = issue (f);
  g_autoptr(GPtrArray) all = list_certificates (f);
  g_autoptr(PxCertificateDocument) doc = document_for_class (f);
  g_autoptr(PxCertificateDocument) reprint = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  const PxCertificateInfo *middle;
  const char *wanted[2];
  g_autofree char *original_qr = NULL;
  g_autofree char *reprint_qr = NULL;

  g_assert_cmpuint (first->len, ==, N_TRAINEES);
  g_assert_cmpuint (second->len, ==, 0);
  g_assert_cmpuint (all->len, ==, N_TRAINEES);
  for (guint i = 0; i < all->len; i++)
    g_assert_true (g_hash_table_add (numbers, ((PxCertificateInfo *) g_ptr_array_index (all,
                                                                                       i))->number));

  middle = g_ptr_array_index (first, 1);
  wanted[0] = middle->number;
  wanted[1] = NULL;
  reprint = px_certificate_document_new_for_numbers (f->school.db, wanted, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (reprint)), ==, 1);
  g_assert_cmpstr (px_certificate_document_get_info (reprint, 0)->number, ==, middle->number);
  g_assert_cmpstr (px_certificate_document_get_info (reprint, 0)->verification_code, ==,
                   middle->verification_code);
  original_qr = decode_qr (PX_DOCUMENT (doc), 1);
  reprint_qr = decode_qr (PX_DOCUMENT (reprint), 0);
  g_assert_cmpstr (reprint_qr, ==, original_qr);

  /* unknown numbers are refused, and so is an empty list */
  wanted[0] = "2026-NOPE-999";
  g_clear_object (&reprint);
  reprint = px_certificate_document_new_for_numbers (f->school.db, wanted, NULL, &error);
  g_assert_null (reprint);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN);
  g_clear_error (&error);
  wanted[0] = NULL;
  reprint = px_certificate_document_new_for_numbers (f->school.db, wanted, NULL, &error);
  g_assert_null (reprint);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);

  /* still no new numbers */
  g_clear_pointer (&all, g_ptr_array_unref);
  all = list_certificates (f);
  g_assert_cmpuint (all->len, ==, N_TRAINEES);
}

static void
test_certificates_revoked (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue (f);
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autoptr(PxCertificateDocument) reprint = NULL;
  g_autoptr(PxCertificateInfo) verified = NULL;
  g_autoptr(GError) error = NULL;
  const PxCertificateInfo *revoked = g_ptr_array_index (issued, 0);
  const char *wanted[] = { revoked->number, NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *all_text = NULL;

  g_assert_true (px_certificates_revoke (f->school.db, revoked->number, "信息有误", &error));
  g_assert_no_error (error);

  /* the class prints without it */
  doc = document_for_class (f);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (doc)), ==, N_TRAINEES - 1);
  pdf = px_render_test_write_pdf (PX_DOCUMENT (doc), f->school.dir, "after-revoking.pdf");
  all_text = px_render_test_pdf_text (pdf, 0);
  g_assert_null (strstr (all_text, revoked->number));
  g_assert_null (strstr (all_text, revoked->name));

  /* a reprint of it is refused, saying why */
  reprint = px_certificate_document_new_for_numbers (f->school.db, wanted, NULL, &error);
  g_assert_null (reprint);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
  g_assert_nonnull (strstr (error->message, "信息有误"));
  g_clear_error (&error);

  /* and it fails verification */
  verified = px_certificates_verify (f->school.db, revoked->number, &error);
  g_assert_null (verified);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
}

/* Pre-printed stock: only the trainee's fields, no frame, no title; moved by the offset. */
static void
test_certificates_preprinted (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue (f);
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateDocument) plain = document_for_class (f);
  g_autoptr(PxCertificateDocument) stock = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const PxCertificateInfo *certificate = g_ptr_array_index (issued, 0);
  const double dpi = 144, px_per_mm = dpi / 25.4;
  int plain_box[4], box[4], moved[4];

  layout->preprinted = TRUE;
  save_layout (f, layout);
  stock = document_for_class (f);
  g_assert_true (px_certificate_document_get_layout (stock)->preprinted);

  pdf = px_render_test_write_pdf (PX_DOCUMENT (stock), f->school.dir, "preprinted.pdf");
  text = px_render_test_pdf_text (pdf, 1);
  g_assert_null (strstr (text, _("Certificate of Completion")));
  px_render_test_assert_has (text, certificate->name);
  px_render_test_assert_has (text, certificate->number);
  px_render_test_assert_has (text, SCHOOL);

  /* the plain certificate's frame reaches 9 mm from the edge; the stock's ink starts at the
   * QR code (28 mm) on the left and the wording (72 mm) at the top */
  ink_box (PX_DOCUMENT (plain), 0, dpi, plain_box);
  ink_box (PX_DOCUMENT (stock), 0, dpi, box);
  g_assert_cmpint (plain_box[0], <=, (int) (10 * px_per_mm));
  g_assert_cmpint (box[0], >=, (int) (27 * px_per_mm));
  g_assert_cmpint (box[1], >=, (int) (70 * px_per_mm));
  g_assert_cmpint (plain_box[1], <, (int) (40 * px_per_mm));
  px_render_test_write_artefact (PX_DOCUMENT (stock), 0, "certificate-preprinted.png");

  /* the printer's offset moves every mark by as much */
  px_certificate_document_set_offset (stock, 4, -2.5);
  ink_box (PX_DOCUMENT (stock), 0, dpi, moved);
  g_assert_cmpfloat (fabs (moved[0] - box[0] - 4 * px_per_mm), <=, 1.5);
  g_assert_cmpfloat (fabs (moved[2] - box[2] - 4 * px_per_mm), <=, 1.5);
  g_assert_cmpfloat (fabs (moved[1] - box[1] + 2.5 * px_per_mm), <=, 1.5);
  g_assert_cmpfloat (fabs (moved[3] - box[3] + 2.5 * px_per_mm), <=, 1.5);
}

static cairo_status_t
append_chunk (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A background image of the template's: a pale paper with a band of seal red across. */
static GBytes *
make_background_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 297, 210);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1.0, 0.96, 0.85);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_rectangle (cr, 0, 0, 297, 8);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_chunk, bytes), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static void
pixel_rgb (cairo_surface_t *surface,
           int              x,
           int              y,
           int              rgb[3])
{
  guint32 p = ((const guint32 *) (cairo_image_surface_get_data (surface)
                                  + (gsize) y * cairo_image_surface_get_stride (surface)))[x];

  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

static void
test_certificates_background (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue (f);
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *images = NULL;
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *scanned = NULL;
  cairo_surface_t *surface;
  guint n_images = 0;
  int paper[3], band[3];

  layout->background = make_background_png ();
  save_layout (f, layout);
  doc = document_for_class (f);

  /* at 72 dpi a point is a pixel: the band across the top, the paper below */
  surface = px_document_render_page (PX_DOCUMENT (doc), 0, 72);
  pixel_rgb (surface, 400, 8, band);
  pixel_rgb (surface, 400, 300, paper);
  cairo_surface_destroy (surface);
  g_assert_cmpint (band[0], >, 180);
  g_assert_cmpint (band[1], <, 60);
  g_assert_cmpint (paper[0], >, 240);
  g_assert_cmpint (paper[2], >, 190);
  g_assert_cmpint (paper[2], <, 230);
  /* the QR code still reads on a coloured sheet */
  scanned = decode_qr (PX_DOCUMENT (doc), 0);
  g_assert_nonnull (strstr (scanned, ((PxCertificateInfo *) g_ptr_array_index (issued,
                                                                              0))->number));

  /* one image object in the PDF, however many pages show it */
  pdf = px_render_test_write_pdf (PX_DOCUMENT (doc), f->school.dir, "background.pdf");
  images = px_render_test_run_tool ("pdfimages", "-list", pdf, NULL);
  lines = g_strsplit (images, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint j = 0; columns[j] != NULL; j++)
        if (*columns[j] != '\0')
          g_ptr_array_add (words, columns[j]);
      /* the QR codes are stencils, the background the one image */
      if (words->len < 12 || g_strcmp0 (g_ptr_array_index (words, 2), "image") != 0)
        continue;
      n_images++;
      /* page num type width height color comp bpc enc interp object ID … */
      g_hash_table_add (objects, g_strdup (g_ptr_array_index (words, 10)));
    }
  g_assert_cmpuint (n_images, ==, N_TRAINEES);
  g_assert_cmpuint (g_hash_table_size (objects), ==, 1);

  px_render_test_write_artefact (PX_DOCUMENT (doc), 0, "certificate-background.png");
}

/* The editor's preview: a sample trainee, the stock's own text too, and a QR code that no
 * one can take for a certificate. */
static void
test_certificates_sample (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = px_certificate_keys_get_public_key (f->school.db, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *scanned = NULL;
  g_autoptr(PxCertificatePayload) payload = NULL;
  g_autoptr(GPtrArray) certificates = NULL;

  g_assert_no_error (error);
  layout->preprinted = TRUE;
  doc = px_certificate_document_new_sample (f->school.db, layout);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (doc)), ==, 1);
  pdf = px_render_test_write_pdf (PX_DOCUMENT (doc), f->school.dir, "sample.pdf");
  text = px_render_test_pdf_text (pdf, 1);
  px_render_test_assert_has (text, _("Certificate of Completion"));
  px_render_test_assert_has (text, _("Li Hua"));
  px_render_test_assert_has (text, SCHOOL);

  scanned = decode_qr (PX_DOCUMENT (doc), 0);
  payload = px_certificate_payload_check (scanned, key, &error);
  g_assert_null (payload);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_MALFORMED);
  /* and nothing was issued */
  certificates = list_certificates (f);
  g_assert_cmpuint (certificates->len, ==, 0);
}

static void
test_calibration_page (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(PxCalibrationPage) page = NULL;
  g_autoptr(PxCalibrationPage) shifted = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  int box[4], moved[4];
  const double px_per_mm = 144 / 25.4;

  layout->page_size = PX_CERTIFICATE_PAGE_B5;
  layout->preprinted = TRUE;
  page = px_calibration_page_new (layout, "HP LaserJet 教务处", 0, 0);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (page)), ==, 1);
  pdf = px_render_test_write_pdf (PX_DOCUMENT (page), f->school.dir, "calibration.pdf");
  info = px_render_test_run_tool ("pdfinfo", pdf, NULL);
  /* JIS B5 across: 257 × 182 mm */
  g_assert_nonnull (strstr (info, "Page size:       728.504 x 515.906 pts"));
  text = px_render_test_pdf_text (pdf, 1);
  px_render_test_assert_has (text, "HP LaserJet 教务处");
  px_render_test_assert_has (text, "(20, 20 mm)");
  px_render_test_assert_has (text, "(237, 162 mm)");
  px_render_test_assert_has (text, "peixun-cli certificate calibrate");
  for (PxCertificateFieldKind kind = PX_CERTIFICATE_FIELD_TITLE;
       kind <= PX_CERTIFICATE_FIELD_QR; kind++)
    if (kind != PX_CERTIFICATE_FIELD_NAME && kind != PX_CERTIFICATE_FIELD_CLASS_TITLE
        && kind != PX_CERTIFICATE_FIELD_DATES && kind != PX_CERTIFICATE_FIELD_HOURS)
      px_render_test_assert_has (text, px_certificate_field_kind_get_label (kind));
  px_render_test_write_artefact (PX_DOCUMENT (page), 0, "calibration.png");

  /* drawn with the printer's present offset */
  shifted = px_calibration_page_new (layout, "HP LaserJet 教务处", 3, 2);
  ink_box (PX_DOCUMENT (page), 0, 144, box);
  ink_box (PX_DOCUMENT (shifted), 0, 144, moved);
  g_assert_cmpfloat (fabs (moved[0] - box[0] - 3 * px_per_mm), <=, 1.5);
  g_assert_cmpfloat (fabs (moved[1] - box[1] - 2 * px_per_mm), <=, 1.5);
}

static void
test_certificates_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_class = add_class (f, "2026-ZT-032");
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autoptr(PxQr) qr = NULL;
  g_autoptr(PxQr) small = NULL;
  g_autofree char *huge = g_strnfill (3000, 'x');

  doc = px_certificate_document_new_for_class (f->school.db, empty_class, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "2026-ZT-032"));
  g_clear_error (&error);

  /* not issued yet: nothing to print either */
  doc = px_certificate_document_new_for_class (f->school.db, f->class_id, NULL, &error);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_clear_error (&error);

  doc = px_certificate_document_new_for_class (f->school.db, "no-such-class", NULL, &error);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_ptr_array_unref (issue (f));
  doc = px_certificate_document_new_for_class (f->school.db, f->class_id, "no-such-template",
                                               &error);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  qr = px_qr_new (huge, &error);
  g_assert_null (qr);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "3000"));
  g_clear_error (&error);
  /* "培训" is 6 bytes in 8-bit mode: version 1, 21 modules */
  small = px_qr_new ("培训", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_qr_get_width (small), ==, 21);
  /* the finder pattern's corner */
  g_assert_true (px_qr_get_module (small, 0, 0));
  g_assert_false (px_qr_get_module (small, 1, 1));
}

/* Enough certificates for the QR codes to be encoded by workers while pages are drawn: each
 * page still carries its own, and a document dropped at once waits for its workers. */
static void
test_certificates_many (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateDocument) dropped = NULL;
  g_autoptr(PxCertificateDocument) doc = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  g_autofree char *pdf = NULL;
  guint n;

  for (guint i = 0; i < 17; i++)
    {
      g_autofree char *name = g_strdup_printf ("学员%02u", i + 1);

      enroll (f, f->class_id, name, "completed");
    }
  issued = issue (f);
  n = issued->len;
  g_assert_cmpuint (n, ==, N_TRAINEES + 17);

  dropped = document_for_class (f);
  g_clear_object (&dropped);

  doc = document_for_class (f);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (doc)), ==, n);
  for (guint page = n - 1; page >= n - 2; page--)
    {
      g_autofree char *scanned = decode_qr (PX_DOCUMENT (doc), page);
      g_autofree char *line = g_strdup_printf ("编号:%s\n",
                                               px_certificate_document_get_info (doc,
                                                                                 page)->number);

      g_assert_true (g_str_has_prefix (scanned, line));
    }
  pdf = px_render_test_write_pdf (PX_DOCUMENT (doc), f->school.dir, "many.pdf");
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 20);
  g_assert_no_error (error);
}

/* Both ways of drawing a code read back, small and large, on a coloured ground. */
static void
test_qr_drawing (void)
{
  static const char text[] = "编号:2026ZT-031001\n姓名:陈春婷\n签名:仅供测试\n";
  static const double sizes[] = { 100, 180 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxQr) qr = px_qr_new (text, &error);

  g_assert_no_error (error);
  for (guint vector = 0; vector < 2; vector++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
        cairo_t *cr = cairo_create (surface);
        g_autofree char *read = NULL;

        cairo_set_source_rgb (cr, 1.0, 0.9, 0.7);
        cairo_paint (cr);
        if (vector)
          px_qr_draw (qr, cr, 37.3, 21.7, sizes[i] * 1.5);
        else
          px_qr_draw_stencil (qr, cr, 37.3, 21.7, sizes[i] * 1.5);
        cairo_destroy (cr);
        read = decode_surface (surface);
        g_assert_cmpstr (read, ==, text);
      }
}

static void
test_certificates_cli (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->school.dir, "cli.pdf", NULL);
  g_autofree char *again = g_build_filename (f->school.dir, "cli-again.pdf", NULL);
  g_autofree char *one = g_build_filename (f->school.dir, "cli-one.pdf", NULL);
  g_autofree char *never = g_build_filename (f->school.dir, "never.pdf", NULL);
  g_autofree char *calibration = g_build_filename (f->school.dir, "cli-calibration.pdf", NULL);
  g_autofree char *json = g_build_filename (f->school.dir, "template.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *again_text = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  const PxCertificateInfo *first;

  g_clear_object (&f->school.db);

#define CLI(...) px_test_run_cli_on (f->school.path, &out, &err, __VA_ARGS__, NULL)
#define RESET() \
  G_STMT_START { g_clear_pointer (&out, g_free); g_clear_pointer (&err, g_free); } G_STMT_END

  /* issues first, and says how many */
  g_assert_cmpint (CLI ("print", "certificates", "--class", CLASS_CODE, "-o", pdf), ==, 0);
  g_assert_nonnull (strstr (out, "Issued 3 new certificates"));
  g_assert_nonnull (strstr (out, pdf));
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 3);
  RESET ();

  /* twice: nothing new, the same numbers */
  g_assert_cmpint (CLI ("print", "certificates", "--class", CLASS_CODE, "-o", again), ==, 0);
  g_assert_null (strstr (out, "Issued"));
  first_text = px_render_test_pdf_text (pdf, 0);
  again_text = px_render_test_pdf_text (again, 0);
  g_assert_cmpstr (first_text, ==, again_text);
  RESET ();

  f->school.db = px_database_open (f->school.path, NULL);
  infos = list_certificates (f);
  g_clear_object (&f->school.db);
  g_assert_cmpuint (infos->len, ==, N_TRAINEES);
  first = g_ptr_array_index (infos, 0);

  /* a reprint by number with a printer's offset */
  g_assert_cmpint (CLI ("certificate", "calibrate", "--printer", "Canon", "--dx", "1.5", "--dy",
                        "-0.5"), ==, 0);
  RESET ();
  g_assert_cmpint (CLI ("certificate", "calibrate", "--printer", "Canon", "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"dx_mm\":1.5"));
  g_assert_nonnull (strstr (out, "\"dy_mm\":-0.5"));
  RESET ();
  g_assert_cmpint (CLI ("certificate", "calibrate", "--printer", "Canon", "--dx", "1,5", "--dy",
                        "0"), ==, 2);
  RESET ();
  g_assert_cmpint (CLI ("print", "certificates", "--class", "2026-ZT-099", "--number",
                        first->number, "-o", never), ==, 1);
  g_assert_nonnull (strstr (err, CLASS_CODE));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  RESET ();
  g_assert_cmpint (CLI ("print", "certificates", "--class", CLASS_CODE, "--number", first->number,
                        "--printer", "Canon", "-o", one), ==, 0);
  g_assert_nonnull (strstr (out, "1.5"));
  g_assert_cmpuint (px_render_test_pdf_n_pages (one), ==, 1);
  RESET ();

  /* a revoked number is refused for reprint, and no file is written */
  g_assert_cmpint (CLI ("certificate", "revoke", first->number, "--reason", "重复发放"), ==, 0);
  RESET ();
  g_assert_cmpint (CLI ("print", "certificates", "--number", first->number, "-o", never), ==, 1);
  g_assert_nonnull (strstr (err, first->number));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  RESET ();
  g_assert_cmpint (CLI ("certificate", "verify", first->number), !=, 0);
  RESET ();

  /* templates: none yet; export needs one, so import the built-in's JSON under a name */
  g_assert_cmpint (CLI ("certificate", "template", "list", "--json"), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "[]");
  RESET ();
  {
    g_autoptr(PxCertificateLayout) builtin = px_certificate_layout_new_default ();
    g_autofree char *text = NULL;

    builtin->preprinted = TRUE;
    text = px_certificate_layout_to_json (builtin);
    g_assert_true (g_file_set_contents (json, text, -1, NULL));
  }
  g_assert_cmpint (CLI ("certificate", "template", "import", json, "--name", "套打版"), ==, 0);
  RESET ();
  g_assert_cmpint (CLI ("certificate", "template", "import", json, "--name", "套打版"), ==, 1);
  RESET ();
  g_assert_cmpint (CLI ("certificate", "template", "export", "套打版", json), ==, 0);
  RESET ();
  g_assert_cmpint (CLI ("certificate", "template", "import", json, "--name", "第二版",
                        "--default"), ==, 0);
  RESET ();
  g_assert_cmpint (CLI ("certificate", "template", "list", "--json"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "[{\"name\":\"第二版\",\"default\":true"));
  g_assert_nonnull (strstr (out, "{\"name\":\"套打版\",\"default\":false"));
  g_assert_nonnull (strstr (out, "\"preprinted\":true"));
  RESET ();
  g_assert_cmpint (CLI ("print", "certificates", "--class", CLASS_CODE, "--template", "不存在",
                        "-o", never), ==, 1);
  RESET ();

  /* the calibration page of a named template for a printer */
  g_assert_cmpint (CLI ("print", "calibration", "--template", "套打版", "--printer", "Canon",
                        "-o", calibration), ==, 0);
  raw = px_render_test_run_tool ("pdftotext", "-raw", calibration, "-", NULL);
  g_assert_nonnull (strstr (raw, "Canon"));
  g_assert_nonnull (strstr (raw, "1.5"));
  RESET ();

  /* usage mistakes */
  g_assert_cmpint (CLI ("print", "certificates", "-o", never), ==, 2);
  RESET ();
  g_assert_cmpint (CLI ("print", "certificates", "--class", "2099-XX-001", "-o", never), ==, 1);
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  RESET ();

#undef CLI
#undef RESET
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/render/certificates/pdf", test_certificates_pdf);
  ADD ("/render/certificates/qr", test_certificates_qr);
  ADD ("/render/certificates/reprint", test_certificates_reprint);
  ADD ("/render/certificates/revoked", test_certificates_revoked);
  ADD ("/render/certificates/preprinted", test_certificates_preprinted);
  ADD ("/render/certificates/background", test_certificates_background);
  ADD ("/render/certificates/sample", test_certificates_sample);
  ADD ("/render/certificates/calibration-page", test_calibration_page);
  ADD ("/render/certificates/refused", test_certificates_refused);
  ADD ("/render/certificates/many", test_certificates_many);
  ADD ("/render/certificates/cli", test_certificates_cli);
  g_test_add_func ("/render/qr/drawing", test_qr_drawing);

#undef ADD
  return g_test_run ();
}
