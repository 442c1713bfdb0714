/* px-certificate-preview.h: a certificate template drawn as it prints, with a sample trainee,
 * scaled to fit; its fields are picked and dragged with the pointer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-certificate-layout.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CERTIFICATE_PREVIEW (px_certificate_preview_get_type ())

G_DECLARE_FINAL_TYPE (PxCertificatePreview, px_certificate_preview, PX, CERTIFICATE_PREVIEW,
                      GtkDrawingArea)

/* Signals:
 *   "field-selected" (int index): a field was clicked (-1: the page outside every field)
 *   "field-moved" (guint index, double x_mm, double y_mm): a field was dragged there; the
 *     preview does not change its layout itself, the owner does and calls set_layout. */

PxCertificatePreview *px_certificate_preview_new          (PxDatabase                *db);
/* Draws layout (copied) from now on; NULL draws nothing. */
void                  px_certificate_preview_set_layout   (PxCertificatePreview      *self,
                                                           const PxCertificateLayout *layout);
/* The field outlined as selected, or -1. */
void                  px_certificate_preview_set_selected (PxCertificatePreview      *self,
                                                           int                        index);
/* The field under the widget point (x, y), topmost first, or -1. */
int                   px_certificate_preview_field_at     (PxCertificatePreview      *self,
                                                           double                     x,
                                                           double                     y);
/* Where the page point (x_mm, y_mm) lies in the widget, as it was last drawn. */
void                  px_certificate_preview_page_to_widget (PxCertificatePreview    *self,
                                                             double                   x_mm,
                                                             double                   y_mm,
                                                             double                  *x,
                                                             double                  *y);

G_END_DECLS
