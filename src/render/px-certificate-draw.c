/* px-certificate-draw.c: drawing a certificate template's sheet and fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <string.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <pango/pangocairo.h>

#include "px-certificate-draw-private.h"
#include "px-page.h"

/* Noto has no 楷体: a Kai face when one is installed, else Noto's serif. */
#define KAI_FAMILIES "AR PL UKai CN,KaiTi,STKaiti,Kaiti SC," PX_PAGE_SERIF_FAMILY

/* Official certificates are set with air between lines. */
#define LINE_SPACING 1.5

struct _PxCertificatePainter
{
  const PxCertificateLayout *layout;
  double width;                  /* the page in points */
  double height;
  cairo_surface_t *background;   /* decoded once, NULL without one (or when undecodable) */
  PangoContext *context;         /* made at the first draw, by the drawing thread */
  GPtrArray *text_layouts;       /* (element-type PangoLayout) one per field, NULL until then */
};

/* The background */

static void
premultiply_pixbuf (GdkPixbuf       *pixbuf,
                    cairo_surface_t *surface)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  int dst_stride = cairo_image_surface_get_stride (surface);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  guint8 *dst = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    {
      const guint8 *s = src + (gsize) y * src_stride;
      guint32 *d = (guint32 *) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, s += n_channels)
        {
          guint a = n_channels == 4 ? s[3] : 255;
          guint r = (s[0] * a + 127) / 255, g = (s[1] * a + 127) / 255,
                b = (s[2] * a + 127) / 255;

          d[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
}

static void
free_bytes (void *data)
{
  g_bytes_unref (data);
}

static cairo_surface_t *
decode_background (GBytes *bytes)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  static const guint8 jpeg[] = { 0xff, 0xd8, 0xff };
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree char *unique_id = NULL;

  pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  if (pixbuf == NULL)
    {
      /* px_certificate_layout_validate checked the signature; a damaged image prints without */
      g_warning ("The certificate background could not be read: %s", error->message);
      return NULL;
    }
  surface = cairo_image_surface_create (gdk_pixbuf_get_has_alpha (pixbuf) ? CAIRO_FORMAT_ARGB32
                                                                          : CAIRO_FORMAT_RGB24,
                                        gdk_pixbuf_get_width (pixbuf),
                                        gdk_pixbuf_get_height (pixbuf));
  cairo_surface_flush (surface);
  premultiply_pixbuf (pixbuf, surface);
  cairo_surface_mark_dirty (surface);

  /* A PDF takes a JPEG as it is, and one image object however many pages show it. */
  if (size > sizeof jpeg && memcmp (data, jpeg, sizeof jpeg) == 0)
    cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, data, size, free_bytes,
                                 g_bytes_ref (bytes));
  unique_id = g_strdup_printf ("peixun-certificate-background-%p", (void *) surface);
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_UNIQUE_ID, (const guchar *) unique_id,
                               strlen (unique_id), g_free, unique_id);
  unique_id = NULL;
  return surface;
}

PxCertificatePainter *
px_certificate_painter_new (const PxCertificateLayout *layout)
{
  PxCertificatePainter *painter = g_new0 (PxCertificatePainter, 1);
  double width_mm, height_mm;

  painter->layout = layout;
  px_certificate_layout_get_page_mm (layout, &width_mm, &height_mm);
  painter->width = width_mm * PX_MM;
  painter->height = height_mm * PX_MM;
  if (layout->background != NULL)
    painter->background = decode_background (layout->background);
  return painter;
}

void
px_certificate_painter_free (PxCertificatePainter *painter)
{
  if (painter == NULL)
    return;
  g_clear_pointer (&painter->background, cairo_surface_destroy);
  g_clear_pointer (&painter->text_layouts, g_ptr_array_unref);
  g_clear_object (&painter->context);
  g_free (painter);
}

void
px_certificate_painter_draw_sheet (PxCertificatePainter *painter,
                                   cairo_t              *cr)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, painter->width, painter->height);
  cairo_clip (cr);
  if (painter->background != NULL)
    {
      double w = cairo_image_surface_get_width (painter->background);
      double h = cairo_image_surface_get_height (painter->background);
      /* covers the page, centred: an image of another shape is cut, never stretched */
      double scale = MAX (painter->width / w, painter->height / h);

      cairo_translate (cr, (painter->width - w * scale) / 2, (painter->height - h * scale) / 2);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, painter->background, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      cairo_paint (cr);
    }
  else
    {
      /* a double frame in seal red, the way plain certificate stock is bordered */
      cairo_set_source_rgb (cr, 0.62, 0.11, 0.09);
      cairo_set_line_width (cr, 2.2);
      cairo_rectangle (cr, 9 * PX_MM, 9 * PX_MM, painter->width - 18 * PX_MM,
                       painter->height - 18 * PX_MM);
      cairo_stroke (cr);
      cairo_set_line_width (cr, 0.7);
      cairo_rectangle (cr, 11.5 * PX_MM, 11.5 * PX_MM, painter->width - 23 * PX_MM,
                       painter->height - 23 * PX_MM);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Text */

static PangoLayout *
make_text_layout (PangoContext             *context,
                  const PxCertificateField *field)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_new ();
  PangoLayout *layout = pango_layout_new (context);

  switch (field->font)
    {
    case PX_CERTIFICATE_FONT_SANS:
      pango_font_description_set_family (description, PX_PAGE_SANS_FAMILY);
      break;
    case PX_CERTIFICATE_FONT_KAI:
      pango_font_description_set_family (description, KAI_FAMILIES);
      break;
    case PX_CERTIFICATE_FONT_SERIF:
    default:
      pango_font_description_set_family (description, PX_PAGE_SERIF_FAMILY);
      break;
    }
  pango_font_description_set_absolute_size (description, field->size_pt * PANGO_SCALE);
  pango_font_description_set_weight (description, field->bold ? PANGO_WEIGHT_BOLD
                                                              : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (field->width_mm * PX_MM * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, LINE_SPACING);
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

/* The layouts, made once: one context and one layout per field serve every page, where a
 * layout made per page and field would set up fonts a thousand times over. */
static void
ensure_layouts (PxCertificatePainter *painter)
{
  cairo_font_options_t *options;

  if (painter->text_layouts != NULL)
    return;

  painter->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  /* as px_page_create_layout: unhinted, so that screen, PDF and paper agree */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (painter->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (painter->context, FALSE);
  pango_cairo_context_set_resolution (painter->context, 72);

  painter->text_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < painter->layout->fields->len; i++)
    g_ptr_array_add (painter->text_layouts,
                     make_text_layout (painter->context,
                                       g_ptr_array_index (painter->layout->fields, i)));
}

static PangoLayout *
layout_with_text (PxCertificatePainter *painter,
                  guint                 field_index,
                  const char           *text)
{
  PangoLayout *layout;

  ensure_layouts (painter);
  g_return_val_if_fail (field_index < painter->text_layouts->len, NULL);
  layout = g_ptr_array_index (painter->text_layouts, field_index);
  /* the title, the school, the date of issue are the same page after page: setting the same
   * text again would only throw away the shaping done for the page before */
  if (g_strcmp0 (pango_layout_get_text (layout), text != NULL ? text : "") != 0)
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
px_certificate_painter_measure (PxCertificatePainter *painter,
                                guint                 field_index,
                                const char           *text)
{
  PangoLayout *layout = layout_with_text (painter, field_index, text);
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
px_certificate_painter_draw_text (PxCertificatePainter *painter,
                                  cairo_t              *cr,
                                  guint                 field_index,
                                  const char           *text)
{
  const PxCertificateField *field = g_ptr_array_index (painter->layout->fields, field_index);
  PangoLayout *layout = layout_with_text (painter, field_index, text);
  int height = 0;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
  cairo_move_to (cr, field->x_mm * PX_MM, field->y_mm * PX_MM);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}
