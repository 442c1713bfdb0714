/* px-page.c: the sheet every printed document is drawn on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-page.h"

PxPage *
px_page_new (PxPageOrientation  orientation,
             const char        *school_name)
{
  PxPage *page = g_new0 (PxPage, 1);
  g_autofree char *name = g_strstrip (g_strdup (school_name != NULL ? school_name : ""));

  page->orientation = orientation;
  page->width = orientation == PX_PAGE_LANDSCAPE ? PX_PAGE_A4_LONG : PX_PAGE_A4_SHORT;
  page->height = orientation == PX_PAGE_LANDSCAPE ? PX_PAGE_A4_SHORT : PX_PAGE_A4_LONG;
  page->margin_top = PX_PAGE_MARGIN;
  page->margin_right = PX_PAGE_MARGIN;
  page->margin_bottom = PX_PAGE_MARGIN;
  page->margin_left = PX_PAGE_MARGIN;
  /* TRANSLATORS: heads printed documents when the school has not set its name */
  page->school_name = *name != '\0' ? g_steal_pointer (&name)
                                    : g_strdup (_("Cadre Education and Training"));
  return page;
}

char *
px_page_get_school_name (PxDatabase *db)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  value = px_database_get_setting (db, "school_name");
  if (value != NULL && *g_strstrip (value) != '\0')
    return g_steal_pointer (&value);
  return g_strdup (_("Cadre Education and Training"));
}

PxPage *
px_page_new_for_database (PxPageOrientation  orientation,
                          PxDatabase        *db)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  name = px_page_get_school_name (db);
  return px_page_new (orientation, name);
}

void
px_page_free (PxPage *page)
{
  if (page == NULL)
    return;
  g_free (page->school_name);
  g_free (page);
}

double
px_page_get_content_width (const PxPage *page)
{
  g_return_val_if_fail (page != NULL, 0);
  return page->width - page->margin_left - page->margin_right;
}

double
px_page_get_content_height (const PxPage *page)
{
  g_return_val_if_fail (page != NULL, 0);
  return page->height - page->margin_top - page->margin_bottom;
}

PangoLayout *
px_page_create_layout (cairo_t    *cr,
                       PxPageFont  font,
                       double      size,
                       gboolean    bold)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_new ();
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoLayout *layout;
  PangoContext *context;

  g_return_val_if_fail (cr != NULL, NULL);

  layout = pango_cairo_create_layout (cr);
  context = pango_layout_get_context (layout);

  /* Hinted metrics would place glyphs by screen pixels and make a PDF differ from its preview. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* Points on paper, whatever resolution the surface has. */
  pango_cairo_context_set_resolution (context, 72);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (description, font == PX_PAGE_FONT_SERIF
                                                   ? PX_PAGE_SERIF_FAMILY : PX_PAGE_SANS_FAMILY);
  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_font_description_set_weight (description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, description);
  return layout;
}

double
px_page_layout_width (PangoLayout *layout)
{
  int width = 0;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

double
px_page_layout_height (PangoLayout *layout)
{
  int height = 0;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
px_page_draw_page_number (const PxPage *page,
                          cairo_t      *cr,
                          guint         page_index,
                          guint         n_pages)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  double y;

  g_return_if_fail (page != NULL);
  g_return_if_fail (cr != NULL);

  layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 8, FALSE);
  /* TRANSLATORS: at the foot of a printed page: 第 1 页 共 2 页 */
  text = g_strdup_printf (_("Page %u of %u"), page_index + 1, n_pages);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (px_page_get_content_width (page) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  /* Halfway down the bottom margin: clear of the content, inside any printer's reach. */
  y = page->height - page->margin_bottom / 2 - px_page_layout_height (layout) / 2;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, page->margin_left, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

double
px_page_draw_heading (const PxPage *page,
                      cairo_t      *cr,
                      const char   *title,
                      const char   *details)
{
  g_autoptr(PangoLayout) school = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  double width, x, y;

  g_return_val_if_fail (page != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (title != NULL, 0);

  width = px_page_get_content_width (page);
  x = page->margin_left;
  y = page->margin_top;

  cairo_save (cr);

  school = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, 11, FALSE);
  pango_layout_set_text (school, page->school_name, -1);
  pango_layout_set_width (school, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (school, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (school, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, school);
  y += px_page_layout_height (school) + 3;

  heading = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, 18, TRUE);
  pango_layout_set_text (heading, title, -1);
  pango_layout_set_width (heading, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (heading, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (heading, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, heading);
  y += px_page_layout_height (heading) + 6;

  if (details != NULL && *details != '\0')
    {
      g_autoptr(PangoLayout) line = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 9, FALSE);

      pango_layout_set_text (line, details, -1);
      pango_layout_set_width (line, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (line, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (line, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, line);
      y += px_page_layout_height (line) + 4;
    }

  cairo_restore (cr);
  /* Room between the heading and what follows it. */
  return y + 8 - page->margin_top;
}

cairo_t *
px_page_create_measuring_context (void)
{
  /* A recording surface never rasterises, and its font options are a vector surface's, as
   * PDF's are; nothing is drawn on it but what measuring needs. */
  cairo_rectangle_t extents = { 0, 0, 1, 1 };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                             &extents);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}
