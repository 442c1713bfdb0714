/* px-calibration-page.c: the test page for printing onto pre-printed certificate stock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-calibration-page.h"
#include "px-certificate-draw-private.h"
#include "px-page.h"

/* Where the rulers run: inside what any printer reaches (about 5 mm), clear of the marks. */
#define RULER_MM 7.0
#define CROSS_MM 6.0

struct _PxCalibrationPage
{
  PxDocument parent_instance;

  PxCertificateLayout *layout;
  PxCertificatePainter *painter;
  char *printer;
  double dx_mm;
  double dy_mm;
};

G_DEFINE_FINAL_TYPE (PxCalibrationPage, px_calibration_page, PX_TYPE_DOCUMENT)

static void
px_calibration_page_finalize (GObject *object)
{
  PxCalibrationPage *self = PX_CALIBRATION_PAGE (object);

  g_clear_pointer (&self->painter, px_certificate_painter_free);
  g_clear_pointer (&self->layout, px_certificate_layout_free);
  g_free (self->printer);
  G_OBJECT_CLASS (px_calibration_page_parent_class)->finalize (object);
}

static void
px_calibration_page_get_page_size (PxDocument *document,
                                   guint       page_index,
                                   double     *width,
                                   double     *height)
{
  PxCalibrationPage *self = PX_CALIBRATION_PAGE (document);
  double width_mm, height_mm;

  px_certificate_layout_get_page_mm (self->layout, &width_mm, &height_mm);
  *width = width_mm * PX_MM;
  *height = height_mm * PX_MM;
}

/* Drawing */

static void
show_text (cairo_t    *cr,
           const char *text,
           double      size,
           gboolean    bold,
           double      x,
           double      y,
           double      width,
           PangoAlignment alignment)
{
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, size, bold);

  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A ruler in mm along the top (horizontal) or the left edge, numbered every 10 mm from the
 * page's corner. */
static void
draw_ruler (cairo_t  *cr,
            double    length_mm,
            gboolean  horizontal)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
  cairo_set_line_width (cr, 0.3);
  for (int mm = 10; mm <= (int) length_mm - 5; mm++)
    {
      double tick = mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.5;
      double at = mm * PX_MM;

      if (horizontal)
        {
          cairo_move_to (cr, at, RULER_MM * PX_MM);
          cairo_line_to (cr, at, (RULER_MM + tick) * PX_MM);
        }
      else
        {
          cairo_move_to (cr, RULER_MM * PX_MM, at);
          cairo_line_to (cr, (RULER_MM + tick) * PX_MM, at);
        }
      /* not beside a crosshair, whose label is there */
      if (mm % 10 == 0 && fabs (mm - PX_CALIBRATION_MARK_MM) >= 8
          && fabs (length_mm - PX_CALIBRATION_MARK_MM - mm) >= 8)
        {
          g_autofree char *label = g_strdup_printf ("%d", mm);

          if (horizontal)
            show_text (cr, label, 5.5, FALSE, at - 10, (RULER_MM + 4.3) * PX_MM, 20,
                       PANGO_ALIGN_CENTER);
          else
            show_text (cr, label, 5.5, FALSE, (RULER_MM + 4.6) * PX_MM, at - 3.5, 0,
                       PANGO_ALIGN_LEFT);
        }
    }
  cairo_stroke (cr);
  /* the ruler's own line */
  cairo_set_line_width (cr, 0.5);
  if (horizontal)
    {
      cairo_move_to (cr, 10 * PX_MM, RULER_MM * PX_MM);
      cairo_line_to (cr, (length_mm - 5) * PX_MM, RULER_MM * PX_MM);
    }
  else
    {
      cairo_move_to (cr, RULER_MM * PX_MM, 10 * PX_MM);
      cairo_line_to (cr, RULER_MM * PX_MM, (length_mm - 5) * PX_MM);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_crosshair (cairo_t    *cr,
                double      x_mm,
                double      y_mm,
                const char *name,
                gboolean    label_left,
                gboolean    label_above)
{
  g_autofree char *label = NULL;
  double x = x_mm * PX_MM, y = y_mm * PX_MM, arm = CROSS_MM * PX_MM;
  char xs[G_ASCII_DTOSTR_BUF_SIZE], ys[G_ASCII_DTOSTR_BUF_SIZE];

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.35);
  cairo_move_to (cr, x - arm, y);
  cairo_line_to (cr, x + arm, y);
  cairo_move_to (cr, x, y - arm);
  cairo_line_to (cr, x, y + arm);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, arm / 2, 0, 2 * G_PI);
  cairo_stroke (cr);

  g_ascii_formatd (xs, sizeof xs, "%g", x_mm);
  g_ascii_formatd (ys, sizeof ys, "%g", y_mm);
  /* TRANSLATORS: a crosshair's name and where it lies: "A  (20, 20 mm)" */
  label = g_strdup_printf (_("%s  (%s, %s mm)"), name, xs, ys);
  show_text (cr, label, 7, TRUE, label_left ? x - arm - 60 : x + arm * 0.6,
             label_above ? y - arm - 1 : y + arm * 0.4, label_left ? 60 : 0,
             label_left ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  cairo_restore (cr);
}

/* A text nobody's data is longer than on one line, for the boxes' height. */
static const char *
sample_text (const PxCertificateField *field)
{
  return field->text != NULL && *field->text != '\0' ? field->text : "M";
}

static void
draw_field_boxes (PxCalibrationPage *self,
                  cairo_t           *cr)
{
  static const double dashes[] = { 2.5, 1.5 };

  for (guint i = 0; i < self->layout->fields->len; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (self->layout->fields, i);
      gboolean prints = !self->layout->preprinted || !px_certificate_field_is_static (field);
      double x = field->x_mm * PX_MM, y = field->y_mm * PX_MM, width, height;

      if (!field->visible)
        continue;
      if (field->kind == PX_CERTIFICATE_FIELD_QR)
        width = height = field->qr_size_mm * PX_MM;
      else
        {
          width = field->width_mm * PX_MM;
          height = px_certificate_painter_measure (self->painter, i, sample_text (field));
        }

      cairo_save (cr);
      /* blue: what prints on the stock; grey: what the stock carries already */
      if (prints)
        cairo_set_source_rgb (cr, 0.05, 0.3, 0.75);
      else
        cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      show_text (cr, px_certificate_field_kind_get_label (field->kind), 6.5, FALSE, x + 1.5,
                 y + 1, width - 3, PANGO_ALIGN_LEFT);
      cairo_restore (cr);
    }
}

static void
draw_instructions (PxCalibrationPage *self,
                   cairo_t           *cr,
                   double             width,
                   double             height)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *heading = NULL;
  const char *printer = self->printer != NULL ? self->printer : _("this printer");
  char dx[G_ASCII_DTOSTR_BUF_SIZE], dy[G_ASCII_DTOSTR_BUF_SIZE], mark[G_ASCII_DTOSTR_BUF_SIZE];
  double box_width = MIN (width * 0.56, 150 * PX_MM);
  double x = (width - box_width) / 2, y;
  g_autoptr(PangoLayout) measure = NULL;

  g_ascii_formatd (dx, sizeof dx, "%.1f", self->dx_mm);
  g_ascii_formatd (dy, sizeof dy, "%.1f", self->dy_mm);
  g_ascii_formatd (mark, sizeof mark, "%g", PX_CALIBRATION_MARK_MM);

  /* TRANSLATORS: the heading of the calibration test page: the printer, the template */
  heading = g_strdup_printf (_("Calibration page for %s · template “%s”"), printer,
                             self->layout->name != NULL ? self->layout->name : "");
  g_string_append_printf (text,
                          /* TRANSLATORS: the offsets in mm, as 1.5 and -0.5 */
                          _("Printed with the present offset: %s mm across, %s mm down.\n"),
                          dx, dy);
  g_string_append_printf (text, _("1. Print this page on plain paper of the certificate’s "
                                  "size at 100 %% (no “fit to page”).\n"));
  g_string_append_printf (text, _("2. Measure with a ruler how far the centre of crosshair A "
                                  "lies from the paper’s left edge (X) and from its top edge "
                                  "(Y). Both should be %s mm.\n"), mark);
  g_string_append_printf (text, _("3. The new offsets are: across = %s + (%s − X), down = %s + "
                                  "(%s − Y). A mark too far right or low gives a smaller "
                                  "number.\n"), dx, mark, dy, mark);
  g_string_append_printf (text, _("4. Enter them for %s in the template editor, or with "
                                  "“peixun-cli certificate calibrate --printer NAME --dx "
                                  "ACROSS --dy DOWN”, and print this page again to check.\n"),
                          printer);
  g_string_append (text, _("Blue boxes print on the stock; grey ones are printed on it "
                           "already. Lay the page on a sheet of the stock against the light "
                           "to see that the blue boxes fall on the blanks."));

  /* centred on the page, where the crosshairs and rulers are not */
  measure = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 7.5, FALSE);
  pango_layout_set_text (measure, text->str, -1);
  pango_layout_set_width (measure, (int) (box_width * PANGO_SCALE));
  pango_layout_set_wrap (measure, PANGO_WRAP_WORD_CHAR);
  y = (height - 16 - px_page_layout_height (measure)) / 2;

  /* on a white card over the field boxes, so that no dashed line runs through the text */
  cairo_save (cr);
  cairo_rectangle (cr, x - 4 * PX_MM, y - 3 * PX_MM, box_width + 8 * PX_MM,
                   16 + px_page_layout_height (measure) + 6 * PX_MM);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_text (cr, heading, 10, TRUE, x, y, box_width, PANGO_ALIGN_LEFT);
  show_text (cr, text->str, 7.5, FALSE, x, y + 16, box_width, PANGO_ALIGN_LEFT);
  cairo_restore (cr);
}

static void
px_calibration_page_draw_page (PxDocument *document,
                               cairo_t    *cr,
                               guint       page_index)
{
  PxCalibrationPage *self = PX_CALIBRATION_PAGE (document);
  double width_mm, height_mm, m = PX_CALIBRATION_MARK_MM;

  px_certificate_layout_get_page_mm (self->layout, &width_mm, &height_mm);
  cairo_translate (cr, self->dx_mm * PX_MM, self->dy_mm * PX_MM);

  draw_ruler (cr, width_mm, TRUE);
  draw_ruler (cr, height_mm, FALSE);
  draw_crosshair (cr, m, m, "A", FALSE, FALSE);
  draw_crosshair (cr, width_mm - m, m, "B", TRUE, FALSE);
  draw_crosshair (cr, m, height_mm - m, "C", FALSE, TRUE);
  draw_crosshair (cr, width_mm - m, height_mm - m, "D", TRUE, TRUE);
  draw_field_boxes (self, cr);
  draw_instructions (self, cr, width_mm * PX_MM, height_mm * PX_MM);
}

static void
px_calibration_page_class_init (PxCalibrationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_calibration_page_finalize;
  document_class->get_page_size = px_calibration_page_get_page_size;
  document_class->draw_page = px_calibration_page_draw_page;
}

static void
px_calibration_page_init (PxCalibrationPage *self)
{
}

PxCalibrationPage *
px_calibration_page_new (const PxCertificateLayout *layout,
                         const char                *printer,
                         double                     dx_mm,
                         double                     dy_mm)
{
  PxCalibrationPage *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (layout != NULL, NULL);

  self = g_object_new (PX_TYPE_CALIBRATION_PAGE, NULL);
  self->layout = px_certificate_layout_copy (layout);
  self->painter = px_certificate_painter_new (self->layout);
  self->printer = g_strdup (printer);
  self->dx_mm = dx_mm;
  self->dy_mm = dy_mm;
  /* TRANSLATORS: a document's title: the template's name */
  title = g_strdup_printf (_("Calibration page · %s"), layout->name != NULL ? layout->name : "");
  px_document_set_title (PX_DOCUMENT (self), title);
  return self;
}
