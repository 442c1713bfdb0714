/* px-qr.h: a QR code for a text, drawn as vector squares so that it stays sharp in a PDF and
 * at any printer's resolution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The white border a reader needs around the code, in modules (ISO/IEC 18004). */
#define PX_QR_QUIET_ZONE 4

/* The most bytes a code holds in 8-bit mode at level M (version 40, ISO/IEC 18004 table 7). */
#define PX_QR_MAX_BYTES 2331

typedef struct _PxQr PxQr;

/* The code for text (UTF-8 bytes in 8-bit mode, error correction level M, the smallest version
 * that holds it); NULL with PX_RENDER_ERROR_FAILED when text is longer than a QR code holds
 * (PX_QR_MAX_BYTES).
 * (transfer full) */
PxQr    *px_qr_new          (const char  *text,
                             GError     **error);
void     px_qr_free         (PxQr        *qr);

/* Modules across, without the quiet zone. */
guint    px_qr_get_width    (const PxQr  *qr);
/* Whether the module at x, y (from the top-left, quiet zone not counted) is dark. */
gboolean px_qr_get_module   (const PxQr  *qr,
                             guint        x,
                             guint        y);

/* The code and its quiet zone as a square of side size (user units of cr) with its top-left
 * corner at x, y: white behind, black modules drawn as vector squares (a module a line one
 * module thick per run). Sharp at any scale, but a PDF spends about 9 ms a page writing them. */
void     px_qr_draw         (const PxQr  *qr,
                             cairo_t     *cr,
                             double       x,
                             double       y,
                             double       size);
/* The same drawn as a stencil: a one-bit image of the modules, scaled without smoothing, which
 * a PDF keeps as an image mask of a few hundred bytes that viewers and printers render with
 * hard edges at their own resolution; about 0.3 ms a page. What documents of many pages use. */
void     px_qr_draw_stencil (const PxQr  *qr,
                             cairo_t     *cr,
                             double       x,
                             double       y,
                             double       size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQr, px_qr_free)

G_END_DECLS
