/* px-document.h: a printed document: pages of a known size drawn onto any cairo_t, so the
 * same drawing prints through GtkPrintOperation, writes a PDF and renders a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_DOCUMENT (px_document_get_type ())
G_DECLARE_DERIVABLE_TYPE (PxDocument, px_document, PX, DOCUMENT, GObject)

/* A document is loaded from the database when it is made; drawing touches no database, so a
 * document can be drawn from whichever thread owns it, as often as asked. */
struct _PxDocumentClass
{
  GObjectClass parent_class;

  /* At least 1. */
  guint (*get_n_pages)   (PxDocument *self);
  /* In points (1/72 inch); pages of one document may differ (an archive of portrait and
   * landscape parts). By default the size of the sheet set with px_document_set_page, else
   * A4 portrait. */
  void  (*get_page_size) (PxDocument *self,
                          guint       page_index,
                          double     *width,
                          double     *height);
  /* Onto cr, whose user space is the page in points with the origin at its top-left corner. */
  void  (*draw_page)     (PxDocument *self,
                          cairo_t    *cr,
                          guint       page_index);
};

/* What the document is, e.g. "2026-ZT-001 优化营商环境专题研讨班 · 课程表": the PDF's title, the
 * print job's name, and the suggested file name. Never NULL. */
const char *px_document_get_title     (PxDocument  *self);
void        px_document_set_title     (PxDocument  *self,
                                       const char  *title);

/* The sheet every page is drawn on, for documents whose pages are all alike: its size is then
 * every page's size, without a get_page_size of their own. page is taken (transfer full). */
void          px_document_set_page    (PxDocument  *self,
                                       PxPage      *page);
/* The sheet set, or NULL. */
const PxPage *px_document_get_page    (PxDocument  *self);

guint       px_document_get_n_pages   (PxDocument  *self);
void        px_document_get_page_size (PxDocument  *self,
                                       guint        page_index,
                                       double      *width,
                                       double      *height);
gboolean    px_document_is_landscape  (PxDocument  *self,
                                       guint        page_index);
void        px_document_draw_page     (PxDocument  *self,
                                       cairo_t     *cr,
                                       guint        page_index);

/* The title made fit for a file name ("/" and other characters no file system takes become
 * "-"), with ".pdf". (transfer full) */
char       *px_document_suggest_file_name (PxDocument *self);

/* Every page into a PDF at path, text kept as text with the fonts embedded, the title in its
 * metadata; a PX_RENDER_ERROR_WRITE when the file cannot be written (nothing is left behind
 * then). */
gboolean    px_document_write_pdf     (PxDocument  *self,
                                       const char  *path,
                                       GError     **error);

/* One page as an image at dpi, white behind it. (transfer full) */
cairo_surface_t *px_document_render_page (PxDocument *self,
                                          guint       page_index,
                                          double      dpi);
/* The same written as a PNG at path. */
gboolean    px_document_write_png     (PxDocument  *self,
                                       guint        page_index,
                                       double       dpi,
                                       const char  *path,
                                       GError     **error);

G_END_DECLS
