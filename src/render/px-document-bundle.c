/* px-document-bundle.c: one document made of others
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include "px-document-bundle.h"
#include "px-page.h"

typedef struct
{
  PxDocument *document;
  char *label;
} Part;

typedef struct
{
  GArray *parts;          /* (element-type Part) */
  gboolean numbered;
} PxDocumentBundlePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PxDocumentBundle, px_document_bundle, PX_TYPE_DOCUMENT)

static void
part_clear (Part *part)
{
  g_clear_object (&part->document);
  g_clear_pointer (&part->label, g_free);
}

PxDocumentBundle *
px_document_bundle_new (const char *title)
{
  PxDocumentBundle *self = g_object_new (PX_TYPE_DOCUMENT_BUNDLE, NULL);

  px_document_set_title (PX_DOCUMENT (self), title);
  return self;
}

void
px_document_bundle_append (PxDocumentBundle *self,
                           PxDocument       *part,
                           const char       *label)
{
  PxDocumentBundlePrivate *priv;
  Part new_part;

  g_return_if_fail (PX_IS_DOCUMENT_BUNDLE (self));
  g_return_if_fail (PX_IS_DOCUMENT (part));
  g_return_if_fail ((gpointer) part != (gpointer) self);

  priv = px_document_bundle_get_instance_private (self);
  new_part.document = g_object_ref (part);
  new_part.label = g_strdup (label != NULL ? label : px_document_get_title (part));
  g_array_append_val (priv->parts, new_part);
}

guint
px_document_bundle_get_n_parts (PxDocumentBundle *self)
{
  PxDocumentBundlePrivate *priv;

  g_return_val_if_fail (PX_IS_DOCUMENT_BUNDLE (self), 0);
  priv = px_document_bundle_get_instance_private (self);
  return priv->parts->len;
}

static Part *
get_part (PxDocumentBundle *self,
          guint             index)
{
  PxDocumentBundlePrivate *priv = px_document_bundle_get_instance_private (self);

  return &g_array_index (priv->parts, Part, index);
}

PxDocument *
px_document_bundle_get_part (PxDocumentBundle *self,
                             guint             index)
{
  g_return_val_if_fail (PX_IS_DOCUMENT_BUNDLE (self), NULL);
  g_return_val_if_fail (index < px_document_bundle_get_n_parts (self), NULL);
  return get_part (self, index)->document;
}

const char *
px_document_bundle_get_part_label (PxDocumentBundle *self,
                                   guint             index)
{
  g_return_val_if_fail (PX_IS_DOCUMENT_BUNDLE (self), NULL);
  g_return_val_if_fail (index < px_document_bundle_get_n_parts (self), NULL);
  return get_part (self, index)->label;
}

guint
px_document_bundle_get_part_first_page (PxDocumentBundle *self,
                                        guint             index)
{
  guint first = 0;

  g_return_val_if_fail (PX_IS_DOCUMENT_BUNDLE (self), 0);
  g_return_val_if_fail (index < px_document_bundle_get_n_parts (self), 0);
  for (guint i = 0; i < index; i++)
    first += px_document_get_n_pages (get_part (self, i)->document);
  return first;
}

void
px_document_bundle_set_numbered (PxDocumentBundle *self,
                                 gboolean          numbered)
{
  PxDocumentBundlePrivate *priv;

  g_return_if_fail (PX_IS_DOCUMENT_BUNDLE (self));
  priv = px_document_bundle_get_instance_private (self);
  priv->numbered = numbered;
}

/* The part that holds the bundle's page page_index, and the page's index within it. A bundle
 * has a few parts: walking them is cheaper than keeping an index up to date. */
static Part *
find_page (PxDocumentBundle *self,
           guint             page_index,
           guint            *part_page)
{
  PxDocumentBundlePrivate *priv = px_document_bundle_get_instance_private (self);

  for (guint i = 0; i < priv->parts->len; i++)
    {
      Part *part = &g_array_index (priv->parts, Part, i);
      guint n_pages = px_document_get_n_pages (part->document);

      if (page_index < n_pages)
        {
          *part_page = page_index;
          return part;
        }
      page_index -= n_pages;
    }
  g_return_val_if_reached (NULL);
}

/* PxDocument */

static guint
px_document_bundle_get_n_pages (PxDocument *document)
{
  PxDocumentBundlePrivate *priv =
    px_document_bundle_get_instance_private (PX_DOCUMENT_BUNDLE (document));
  guint n_pages = 0;

  for (guint i = 0; i < priv->parts->len; i++)
    n_pages += px_document_get_n_pages (g_array_index (priv->parts, Part, i).document);
  return n_pages;
}

static void
px_document_bundle_get_page_size (PxDocument *document,
                                  guint       page_index,
                                  double     *width,
                                  double     *height)
{
  guint part_page = 0;
  Part *part = find_page (PX_DOCUMENT_BUNDLE (document), page_index, &part_page);

  if (part == NULL)
    {
      *width = PX_PAGE_A4_SHORT;
      *height = PX_PAGE_A4_LONG;
      return;
    }
  px_document_get_page_size (part->document, part_page, width, height);
}

static void
draw_bundle_number (PxDocument *document,
                    cairo_t    *cr,
                    guint       page_index)
{
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 7.5, FALSE);
  g_autofree char *text = g_strdup_printf ("%u / %u", page_index + 1,
                                           px_document_get_n_pages (document));
  double width, height;

  px_document_get_page_size (document, page_index, &width, &height);
  pango_layout_set_text (layout, text, -1);
  /* In the top margin, where no part draws, right-aligned to the margin's edge. */
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, width - PX_PAGE_MARGIN - px_page_layout_width (layout),
                 PX_PAGE_MARGIN / 2 - px_page_layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
px_document_bundle_draw_page (PxDocument *document,
                              cairo_t    *cr,
                              guint       page_index)
{
  PxDocumentBundle *self = PX_DOCUMENT_BUNDLE (document);
  PxDocumentBundlePrivate *priv = px_document_bundle_get_instance_private (self);
  guint part_page = 0;
  Part *part = find_page (self, page_index, &part_page);

  if (part == NULL)
    return;
  px_document_draw_page (part->document, cr, part_page);
  if (priv->numbered)
    draw_bundle_number (document, cr, page_index);
}

static void
px_document_bundle_finalize (GObject *object)
{
  PxDocumentBundlePrivate *priv =
    px_document_bundle_get_instance_private (PX_DOCUMENT_BUNDLE (object));

  g_array_unref (priv->parts);
  G_OBJECT_CLASS (px_document_bundle_parent_class)->finalize (object);
}

static void
px_document_bundle_class_init (PxDocumentBundleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_document_bundle_finalize;
  document_class->get_n_pages = px_document_bundle_get_n_pages;
  document_class->get_page_size = px_document_bundle_get_page_size;
  document_class->draw_page = px_document_bundle_draw_page;
}

static void
px_document_bundle_init (PxDocumentBundle *self)
{
  PxDocumentBundlePrivate *priv = px_document_bundle_get_instance_private (self);

  priv->parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_array_set_clear_func (priv->parts, (GDestroyNotify) part_clear);
}
