/* px-page.h: the sheet every printed document is drawn on: A4 in points, margins, the school
 * whose name heads it, and the fonts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "px-database.h"

G_BEGIN_DECLS

/* A4, 210 × 297 mm, in PostScript points (1/72 inch) as cairo and PDF measure. */
#define PX_PAGE_A4_SHORT 595.2756
#define PX_PAGE_A4_LONG  841.8898

/* 15 mm: inside what office printers can reach, wide enough to punch and file. */
#define PX_PAGE_MARGIN   42.5197

#define PX_PAGE_SANS_FAMILY  "Noto Sans CJK SC"
#define PX_PAGE_SERIF_FAMILY "Noto Serif CJK SC"

typedef enum
{
  PX_PAGE_PORTRAIT,
  PX_PAGE_LANDSCAPE,
} PxPageOrientation;

typedef enum
{
  PX_PAGE_FONT_SANS,   /* tables, labels, small print */
  PX_PAGE_FONT_SERIF,  /* titles and the school's name, as official documents set them */
} PxPageFont;

typedef struct
{
  PxPageOrientation orientation;
  double width;          /* points */
  double height;
  double margin_top;
  double margin_right;
  double margin_bottom;
  double margin_left;
  char *school_name;     /* never NULL */
} PxPage;

/* An A4 page with the usual margins. school_name NULL or blank takes the fallback. */
PxPage      *px_page_new              (PxPageOrientation  orientation,
                                       const char        *school_name);
/* The same with the school's name from the "school_name" setting of db. */
PxPage      *px_page_new_for_database (PxPageOrientation  orientation,
                                       PxDatabase        *db);
void         px_page_free             (PxPage            *page);

/* The "school_name" setting, trimmed, or a general name when it is unset. (transfer full) */
char        *px_page_get_school_name  (PxDatabase        *db);

/* The area inside the margins. */
double       px_page_get_content_width  (const PxPage *page);
double       px_page_get_content_height (const PxPage *page);

/* A layout for cr in the given font, size in points, and weight; text set with
 * pango_layout_set_text afterwards. Hinting and metrics rounding are off, so the text is laid
 * out alike on screen, in PDF and on paper. (transfer full) */
PangoLayout *px_page_create_layout    (cairo_t           *cr,
                                       PxPageFont         font,
                                       double             size,
                                       gboolean           bold);

/* The layout's extent in points. */
double       px_page_layout_width     (PangoLayout       *layout);
double       px_page_layout_height    (PangoLayout       *layout);

/* "第 1 页 共 2 页" centred in the bottom margin; page counts from 0. */
void         px_page_draw_page_number (const PxPage      *page,
                                       cairo_t           *cr,
                                       guint              page_index,
                                       guint              n_pages);

/* A document's heading from the top margin, centred: the school's name small, title in serif
 * bold (wrapped when long), then details (NULL for none) in small sans, wrapped. Returns the
 * height used, the space before what follows included. */
double       px_page_draw_heading     (const PxPage      *page,
                                       cairo_t           *cr,
                                       const char        *title,
                                       const char        *details);

/* A cairo_t that draws nowhere, to measure text and paginate before a page is drawn: layouts
 * from px_page_create_layout measure alike on every surface. (transfer full) */
cairo_t     *px_page_create_measuring_context (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPage, px_page_free)

G_END_DECLS
