/* px-certificate-preview.c: a certificate template drawn as it prints, with a sample trainee,
 * scaled to fit; its fields are picked and dragged with the pointer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is the sample certificate of px-certificate-document, drawn through the same
 * PxDocument code that writes the PDF, so what the registrar arranges here is what prints.
 */

#define G_LOG_DOMAIN "px-certificate-preview"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-certificate-document.h"
#include "px-certificate-preview.h"
#include "px-page.h"

#define MM_TO_PT (72.0 / 25.4)
/* Room around the page for its shadow, in pixels. */
#define PAGE_PADDING 24.0
/* Dragged fields snap to half millimetres: finer than any printer places them. */
#define SNAP_MM 0.5
/* As px-certificate-draw sets the lines of a field. */
#define LINE_SPACING 1.5

struct _PxCertificatePreview
{
  GtkDrawingArea parent_instance;

  PxDatabase *db;
  char *school_name;
  PangoContext *pango_context;   /* for measuring fields as the document lays them out */
  PxCertificateLayout *layout;
  PxDocument *document;
  int selected;

  /* the field being dragged and where it was when the drag began */
  int dragged;
  double drag_x_mm;
  double drag_y_mm;
};

enum {
  FIELD_SELECTED,
  FIELD_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxCertificatePreview, px_certificate_preview, GTK_TYPE_DRAWING_AREA)

/* Geometry */

/* The scale (pixels per mm) and the page's top-left corner in the widget. */
static gboolean
page_geometry (PxCertificatePreview *self,
               double                width,
               double                height,
               double               *scale,
               double               *left,
               double               *top)
{
  double page_width, page_height;

  if (self->layout == NULL)
    return FALSE;
  px_certificate_layout_get_page_mm (self->layout, &page_width, &page_height);
  if (page_width <= 0 || page_height <= 0)
    return FALSE;
  *scale = MIN ((width - 2 * PAGE_PADDING) / page_width,
                (height - 2 * PAGE_PADDING) / page_height);
  if (*scale <= 0)
    return FALSE;
  *left = floor ((width - page_width * *scale) / 2);
  *top = floor ((height - page_height * *scale) / 2);
  return TRUE;
}

/* The text of the sample certificate as the document fills it in: the same trainee, the same
 * class days (the last four days), the school of the database. */
static char *
sample_text (PxCertificatePreview     *self,
             const PxCertificateField *field)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -4);
  g_autofree char *start_date = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *end_date = g_date_time_format (now, "%Y-%m-%d");
  PxCertificateContext context = { self->school_name, start_date, end_date };

  return px_certificate_field_expand (field, px_certificate_document_get_info
                                               (PX_CERTIFICATE_DOCUMENT (self->document), 0),
                                      &context);
}

/* The field's box on the page in mm: its width, and the height its sample text takes. The
 * text is laid out as px-certificate-draw does (unhinted, 72 dpi, lines 1.5 apart, wrapped
 * inside the width), so the outline fits what is drawn. */
static void
field_box (PxCertificatePreview     *self,
           const PxCertificateField *field,
           double                   *x,
           double                   *y,
           double                   *width,
           double                   *height)
{
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoFontDescription) description = pango_font_description_new ();
  g_autofree char *sample = NULL;
  int text_height = 0;

  *x = field->x_mm;
  *y = field->y_mm;
  if (field->kind == PX_CERTIFICATE_FIELD_QR)
    {
      *width = *height = field->qr_size_mm;
      return;
    }
  *width = field->width_mm;

  /* 楷体 has the metrics of a serif face near enough to find a field by */
  pango_font_description_set_family (description, field->font == PX_CERTIFICATE_FONT_SANS
                                                   ? PX_PAGE_SANS_FAMILY : PX_PAGE_SERIF_FAMILY);
  pango_font_description_set_absolute_size (description, field->size_pt * PANGO_SCALE);
  pango_font_description_set_weight (description, field->bold ? PANGO_WEIGHT_BOLD
                                                              : PANGO_WEIGHT_NORMAL);
  text = pango_layout_new (self->pango_context);
  pango_layout_set_font_description (text, description);
  pango_layout_set_width (text, (int) (field->width_mm * MM_TO_PT * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (text, LINE_SPACING);
  if (field->letter_spacing_pt != 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new
                                       ((int) (field->letter_spacing_pt * PANGO_SCALE)));
      pango_layout_set_attributes (text, attrs);
      pango_attr_list_unref (attrs);
    }
  sample = sample_text (self, field);
  pango_layout_set_text (text, *sample != '\0' ? sample : " ", -1);
  pango_layout_get_size (text, NULL, &text_height);
  *height = MAX ((double) text_height / PANGO_SCALE, field->size_pt) / MM_TO_PT;
}

int
px_certificate_preview_field_at (PxCertificatePreview *self,
                                 double                x,
                                 double                y)
{
  double scale, left, top;

  g_return_val_if_fail (PX_IS_CERTIFICATE_PREVIEW (self), -1);

  if (!page_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                      gtk_widget_get_height (GTK_WIDGET (self)), &scale, &left, &top))
    return -1;
  x = (x - left) / scale;
  y = (y - top) / scale;
  /* drawn last is on top, so it is found first */
  for (guint i = px_certificate_layout_get_n_fields (self->layout); i-- > 0;)
    {
      const PxCertificateField *field = px_certificate_layout_get_field (self->layout, i);
      double fx, fy, fw, fh;

      /* a hidden field is not on the page, unless it is the one outlined */
      if (!field->visible && (int) i != self->selected)
        continue;
      field_box (self, field, &fx, &fy, &fw, &fh);
      if (x >= fx && x <= fx + fw && y >= fy && y <= fy + fh)
        return (int) i;
    }
  return -1;
}

void
px_certificate_preview_page_to_widget (PxCertificatePreview *self,
                                       double                x_mm,
                                       double                y_mm,
                                       double               *x,
                                       double               *y)
{
  double scale = 1, left = 0, top = 0;

  g_return_if_fail (PX_IS_CERTIFICATE_PREVIEW (self));

  page_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                 gtk_widget_get_height (GTK_WIDGET (self)), &scale, &left, &top);
  *x = left + x_mm * scale;
  *y = top + y_mm * scale;
}

/* Drawing */

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  PxCertificatePreview *self = PX_CERTIFICATE_PREVIEW (area);
  double scale, left, top, page_width, page_height;
  GdkRGBA accent;

  if (self->document == NULL || !page_geometry (self, width, height, &scale, &left, &top))
    return;
  px_certificate_layout_get_page_mm (self->layout, &page_width, &page_height);

  /* the sheet lifted off the background, as a print preview shows it */
  cairo_rectangle (cr, left + 2, top + 3, page_width * scale, page_height * scale);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_fill (cr);
  cairo_rectangle (cr, left, top, page_width * scale, page_height * scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  cairo_save (cr);
  cairo_translate (cr, left, top);
  /* the document draws in points */
  cairo_scale (cr, scale / MM_TO_PT, scale / MM_TO_PT);
  px_document_draw_page (self->document, cr, 0);
  cairo_restore (cr);

  if (self->selected >= 0
      && (guint) self->selected < px_certificate_layout_get_n_fields (self->layout))
    {
      const PxCertificateField *field = px_certificate_layout_get_field (self->layout,
                                                                         self->selected);
      double fx, fy, fw, fh;
      static const double dash[] = { 4, 3 };

      field_box (self, field, &fx, &fy, &fw, &fh);
      gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                      "accent_color", &accent);
      cairo_rectangle (cr, floor (left + fx * scale) - 2.5, floor (top + fy * scale) - 2.5,
                       ceil (fw * scale) + 5, ceil (fh * scale) + 5);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.9);
      cairo_set_line_width (cr, 1);
      /* a hidden field is outlined dashed: it is there, but does not print */
      if (!field->visible)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
    }
}

/* Picking and dragging */

static void
drag_begin_cb (GtkGestureDrag       *gesture,
               double                x,
               double                y,
               PxCertificatePreview *self)
{
  self->dragged = px_certificate_preview_field_at (self, x, y);
  if (self->dragged >= 0)
    {
      const PxCertificateField *field = px_certificate_layout_get_field (self->layout,
                                                                         self->dragged);

      self->drag_x_mm = field->x_mm;
      self->drag_y_mm = field->y_mm;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  g_signal_emit (self, signals[FIELD_SELECTED], 0, self->dragged);
}

static void
drag_update_cb (GtkGestureDrag       *gesture,
                double                offset_x,
                double                offset_y,
                PxCertificatePreview *self)
{
  double scale, left, top, page_width, page_height, x, y;

  if (self->dragged < 0
      || !page_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)), &scale, &left, &top))
    return;
  px_certificate_layout_get_page_mm (self->layout, &page_width, &page_height);
  x = round ((self->drag_x_mm + offset_x / scale) / SNAP_MM) * SNAP_MM;
  y = round ((self->drag_y_mm + offset_y / scale) / SNAP_MM) * SNAP_MM;
  x = CLAMP (x, 0, page_width);
  y = CLAMP (y, 0, page_height);
  g_signal_emit (self, signals[FIELD_MOVED], 0, (guint) self->dragged, x, y);
}

static void
drag_end_cb (GtkGestureDrag       *gesture,
             double                offset_x,
             double                offset_y,
             PxCertificatePreview *self)
{
  self->dragged = -1;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           PxCertificatePreview     *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   px_certificate_preview_field_at (self, x, y) >= 0 ? "move"
                                                                                       : NULL);
}

/* Public */

void
px_certificate_preview_set_layout (PxCertificatePreview      *self,
                                   const PxCertificateLayout *layout)
{
  g_return_if_fail (PX_IS_CERTIFICATE_PREVIEW (self));

  g_clear_pointer (&self->layout, px_certificate_layout_free);
  g_clear_object (&self->document);
  if (layout != NULL)
    {
      self->layout = px_certificate_layout_copy (layout);
      self->document = PX_DOCUMENT (px_certificate_document_new_sample (self->db, self->layout));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
px_certificate_preview_set_selected (PxCertificatePreview *self,
                                     int                   index)
{
  g_return_if_fail (PX_IS_CERTIFICATE_PREVIEW (self));

  if (self->selected == index)
    return;
  self->selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GObject */

static void
px_certificate_preview_dispose (GObject *object)
{
  PxCertificatePreview *self = PX_CERTIFICATE_PREVIEW (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->layout, px_certificate_layout_free);
  g_clear_object (&self->pango_context);
  g_clear_pointer (&self->school_name, g_free);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_certificate_preview_parent_class)->dispose (object);
}

static void
px_certificate_preview_class_init (PxCertificatePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_certificate_preview_dispose;

  signals[FIELD_SELECTED] = g_signal_new ("field-selected", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT);
  signals[FIELD_MOVED] = g_signal_new ("field-moved", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE,
                                       G_TYPE_DOUBLE);
}

static void
px_certificate_preview_init (PxCertificatePreview *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->selected = -1;
  self->dragged = -1;
  self->pango_context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* unhinted at 72 dpi, as the document lays text out for paper */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->pango_context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango_context, FALSE);
  pango_cairo_context_set_resolution (self->pango_context, 72);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Certificate preview"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self), 360);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), 280);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

PxCertificatePreview *
px_certificate_preview_new (PxDatabase *db)
{
  PxCertificatePreview *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CERTIFICATE_PREVIEW, NULL);
  self->db = g_object_ref (db);
  self->school_name = px_page_get_school_name (db);
  return self;
}
