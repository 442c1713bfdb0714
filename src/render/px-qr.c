/* px-qr.c: a QR code for a text, drawn as vector squares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <qrencode.h>

#include "px-qr.h"
#include "px-render-error.h"

struct _PxQr
{
  guint width;
  guint8 *modules;            /* width × width, 1 for dark */
  cairo_surface_t *stencil;   /* A1, a pixel a module, made with the code */
};

/* A pixel a module, set for the dark ones. */
static cairo_surface_t *
make_stencil (const PxQr *qr)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A1, (int) qr->width,
                                                         (int) qr->width);
  guint8 *data;
  int stride;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (guint y = 0; y < qr->width; y++)
    {
      guint32 *row = (guint32 *) (data + (gsize) y * stride);

      for (guint x = 0; x < qr->width; x++)
        if (qr->modules[(gsize) y * qr->width + x])
          /* A1 pixels fill 32-bit words from the least significant bit on little-endian
           * machines and from the most significant on big-endian ones */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          row[x / 32] |= 1u << (x % 32);
#else
          row[x / 32] |= 0x80000000u >> (x % 32);
#endif
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

PxQr *
px_qr_new (const char  *text,
           GError     **error)
{
  QRcode *code;
  PxQr *qr;
  int saved_errno;

  g_return_val_if_fail (text != NULL, NULL);

  /* 8-bit mode for UTF-8 as it is: readers hand back the same bytes, whatever the script */
  code = QRcode_encodeData ((int) strlen (text), (const unsigned char *) text, 0, QR_ECLEVEL_M);
  saved_errno = errno;
  if (code == NULL)
    {
      if (saved_errno == ERANGE)
        g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED,
                     _("The text is too long for a QR code: %zu bytes, where a code of level "
                       "M holds at most %d."), strlen (text), PX_QR_MAX_BYTES);
      else
        g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED,
                     _("The QR code could not be made: %s"), g_strerror (saved_errno));
      return NULL;
    }

  qr = g_new0 (PxQr, 1);
  qr->width = (guint) code->width;
  qr->modules = g_malloc ((gsize) qr->width * qr->width);
  for (gsize i = 0; i < (gsize) qr->width * qr->width; i++)
    qr->modules[i] = code->data[i] & 1;
  QRcode_free (code);
  qr->stencil = make_stencil (qr);
  return qr;
}

void
px_qr_free (PxQr *qr)
{
  if (qr == NULL)
    return;
  g_free (qr->modules);
  g_clear_pointer (&qr->stencil, cairo_surface_destroy);
  g_free (qr);
}

guint
px_qr_get_width (const PxQr *qr)
{
  g_return_val_if_fail (qr != NULL, 0);
  return qr->width;
}

gboolean
px_qr_get_module (const PxQr *qr,
                  guint       x,
                  guint       y)
{
  g_return_val_if_fail (qr != NULL, FALSE);
  g_return_val_if_fail (x < qr->width && y < qr->width, FALSE);
  return qr->modules[(gsize) y * qr->width + x] != 0;
}

static void
fill_white (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  /* a background image must not show through the quiet zone */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
}

void
px_qr_draw (const PxQr *qr,
            cairo_t    *cr,
            double      x,
            double      y,
            double      size)
{
  double module;

  g_return_if_fail (qr != NULL);
  g_return_if_fail (cr != NULL);

  module = size / (qr->width + 2 * PX_QR_QUIET_ZONE);

  cairo_save (cr);
  fill_white (cr, x, y, size);

  /* Each run of dark modules in a row is one line a module thick, all stroked at once, in a
   * space where a module is 1: a PDF then holds the code as short whole numbers ("3 7 m 9 7
   * l") that cairo writes and compresses at a fraction of the cost of rectangles in page
   * coordinates, and one stroke leaves no hairline seams between neighbours. */
  cairo_translate (cr, x + PX_QR_QUIET_ZONE * module, y + (PX_QR_QUIET_ZONE + 0.5) * module);
  cairo_scale (cr, module, module);
  for (guint row = 0; row < qr->width; row++)
    {
      const guint8 *line = qr->modules + (gsize) row * qr->width;

      for (guint col = 0; col < qr->width;)
        {
          guint end = col;

          if (!line[col])
            {
              col++;
              continue;
            }
          while (end < qr->width && line[end])
            end++;
          cairo_move_to (cr, col, row);
          cairo_line_to (cr, end, row);
          col = end;
        }
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
px_qr_draw_stencil (const PxQr *qr,
                    cairo_t    *cr,
                    double      x,
                    double      y,
                    double      size)
{
  cairo_pattern_t *pattern;
  double module;

  g_return_if_fail (qr != NULL);
  g_return_if_fail (cr != NULL);

  module = size / (qr->width + 2 * PX_QR_QUIET_ZONE);

  cairo_save (cr);
  fill_white (cr, x, y, size);
  cairo_translate (cr, x + PX_QR_QUIET_ZONE * module, y + PX_QR_QUIET_ZONE * module);
  cairo_scale (cr, module, module);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pattern = cairo_pattern_create_for_surface (qr->stencil);
  /* square modules at any size: no smoothing between them (a PDF's /Interpolate false) */
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_mask (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_restore (cr);
}
