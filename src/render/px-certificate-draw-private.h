/* px-certificate-draw-private.h: drawing a certificate template's sheet and fields, shared by
 * the certificates and the calibration page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "px-certificate-layout.h"

G_BEGIN_DECLS

/* Points in a millimetre. */
#define PX_MM (72.0 / 25.4)

/* Holds what every page of a document draws with, made once: the background decoded, one
 * pango layout per field. */
typedef struct _PxCertificatePainter PxCertificatePainter;

/* layout is borrowed and must outlive the painter. */
PxCertificatePainter *px_certificate_painter_new        (const PxCertificateLayout *layout);
void                  px_certificate_painter_free       (PxCertificatePainter      *painter);

/* The background image filling the page, or a double frame when there is none. */
void                  px_certificate_painter_draw_sheet (PxCertificatePainter      *painter,
                                                         cairo_t                   *cr);
/* Field field_index's text in its box; returns the height it took, in points. */
double                px_certificate_painter_draw_text  (PxCertificatePainter      *painter,
                                                         cairo_t                   *cr,
                                                         guint                      field_index,
                                                         const char                *text);
/* The height text would take in field field_index's box, in points. */
double                px_certificate_painter_measure    (PxCertificatePainter      *painter,
                                                         guint                      field_index,
                                                         const char                *text);

G_END_DECLS
