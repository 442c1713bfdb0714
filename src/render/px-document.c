/* px-document.c: a printed document, and what every document does alike: PDF, PNG, titles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-document.h"
#include "px-page.h"
#include "px-render-error.h"

typedef struct
{
  char *title;
  PxPage *page;
} PxDocumentPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PxDocument, px_document, G_TYPE_OBJECT)

static guint
px_document_real_get_n_pages (PxDocument *self)
{
  return 1;
}

static void
px_document_real_get_page_size (PxDocument *self,
                                guint       page_index,
                                double     *width,
                                double     *height)
{
  PxDocumentPrivate *priv = px_document_get_instance_private (self);

  *width = priv->page != NULL ? priv->page->width : PX_PAGE_A4_SHORT;
  *height = priv->page != NULL ? priv->page->height : PX_PAGE_A4_LONG;
}

static void
px_document_finalize (GObject *object)
{
  PxDocumentPrivate *priv = px_document_get_instance_private (PX_DOCUMENT (object));

  g_free (priv->title);
  g_clear_pointer (&priv->page, px_page_free);
  G_OBJECT_CLASS (px_document_parent_class)->finalize (object);
}

static void
px_document_class_init (PxDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_document_finalize;
  klass->get_n_pages = px_document_real_get_n_pages;
  klass->get_page_size = px_document_real_get_page_size;
}

static void
px_document_init (PxDocument *self)
{
}

const char *
px_document_get_title (PxDocument *self)
{
  PxDocumentPrivate *priv;

  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  priv = px_document_get_instance_private (self);
  return priv->title != NULL ? priv->title : _("Document");
}

void
px_document_set_title (PxDocument *self,
                       const char *title)
{
  PxDocumentPrivate *priv;

  g_return_if_fail (PX_IS_DOCUMENT (self));
  priv = px_document_get_instance_private (self);
  g_free (priv->title);
  priv->title = g_strdup (title);
}

void
px_document_set_page (PxDocument *self,
                      PxPage     *page)
{
  PxDocumentPrivate *priv;

  g_return_if_fail (PX_IS_DOCUMENT (self));
  priv = px_document_get_instance_private (self);
  g_clear_pointer (&priv->page, px_page_free);
  priv->page = page;
}

const PxPage *
px_document_get_page (PxDocument *self)
{
  PxDocumentPrivate *priv;

  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  priv = px_document_get_instance_private (self);
  return priv->page;
}

guint
px_document_get_n_pages (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), 0);
  return PX_DOCUMENT_GET_CLASS (self)->get_n_pages (self);
}

void
px_document_get_page_size (PxDocument *self,
                           guint       page_index,
                           double     *width,
                           double     *height)
{
  double w, h;

  g_return_if_fail (PX_IS_DOCUMENT (self));
  PX_DOCUMENT_GET_CLASS (self)->get_page_size (self, page_index, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

gboolean
px_document_is_landscape (PxDocument *self,
                          guint       page_index)
{
  double width, height;

  px_document_get_page_size (self, page_index, &width, &height);
  return width > height;
}

void
px_document_draw_page (PxDocument *self,
                       cairo_t    *cr,
                       guint       page_index)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_index < px_document_get_n_pages (self));

  cairo_save (cr);
  PX_DOCUMENT_GET_CLASS (self)->draw_page (self, cr, page_index);
  cairo_restore (cr);
}

char *
px_document_suggest_file_name (PxDocument *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  name = g_strdup (px_document_get_title (self));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  g_strstrip (name);
  return g_strconcat (name[0] != '\0' ? name : "peixun", ".pdf", NULL);
}

static gboolean
check_cairo_status (cairo_status_t   status,
                    const char      *path,
                    GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PX_RENDER_ERROR,
               status == CAIRO_STATUS_WRITE_ERROR || status == CAIRO_STATUS_FILE_NOT_FOUND
               ? PX_RENDER_ERROR_WRITE : PX_RENDER_ERROR_FAILED,
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
px_document_write_pdf (PxDocument  *self,
                       const char  *path,
                       GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;
  double width, height;

  g_return_val_if_fail (PX_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_pages = px_document_get_n_pages (self);
  px_document_get_page_size (self, 0, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  if (!check_cairo_status (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  px_document_get_title (self));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Peixun " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      px_document_get_page_size (self, i, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      px_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    g_unlink (path);
  return check_cairo_status (status, path, error);
}

cairo_surface_t *
px_document_render_page (PxDocument *self,
                         guint       page_index,
                         double      dpi)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale;

  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (dpi > 0, NULL);

  scale = dpi / 72.0;
  px_document_get_page_size (self, page_index, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  px_document_draw_page (self, cr, page_index);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

gboolean
px_document_write_png (PxDocument  *self,
                       guint        page_index,
                       double       dpi,
                       const char  *path,
                       GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  surface = px_document_render_page (self, page_index, dpi);
  g_return_val_if_fail (surface != NULL, FALSE);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  return check_cairo_status (status, path, error);
}
