/* px-table.h: a table that runs over pages: a header row repeated on each, rows of text that
 * wrap and are never split, thin grey rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PX_TABLE_ALIGN_START,
  PX_TABLE_ALIGN_CENTER,
  PX_TABLE_ALIGN_END,
} PxTableAlign;

/* Built in three steps: columns, then rows, then px_table_paginate for the cairo_t and the
 * room the pages give; after that px_table_draw_page draws each of its pages. Changing columns
 * or rows afterwards asks for px_table_paginate again. */
typedef struct _PxTable PxTable;

/* An empty table set in font_size points (sans; the header row bold). */
PxTable     *px_table_new                  (double         font_size);
void         px_table_free                 (PxTable       *table);

/* A column width points wide. Returns its index. */
guint        px_table_add_column           (PxTable       *table,
                                            const char    *title,
                                            double         width,
                                            PxTableAlign   align);
/* A column that takes share (a weight: 1, 2, 1.5…) of the width the fixed columns leave. */
guint        px_table_add_flexible_column  (PxTable       *table,
                                            const char    *title,
                                            double         share,
                                            PxTableAlign   align);
guint        px_table_get_n_columns        (const PxTable *table);

/* A row: one string per column (n_columns of them; NULL for an empty cell), copied. Returns its
 * index. */
guint        px_table_add_row              (PxTable            *table,
                                            const char * const *cells);
void         px_table_set_row_bold         (PxTable       *table,
                                            guint          row,
                                            gboolean       bold);
guint        px_table_get_n_rows           (const PxTable *table);

/* No row is lower than this (points): a sign-in sheet leaves room for a signature. */
void         px_table_set_min_row_height   (PxTable       *table,
                                            double         height);

/* Lays the table out width points wide (narrower and centred in it when every column is fixed
 * and they add up to less; shrunk alike when they add up to more), measuring text with cr
 * (px_page_create_measuring_context gives one before any page is drawn), and splits its rows
 * into pages:
 * first_height is the room on the first page, next_height on each following one, header row
 * included. A row is never split; a row taller than a page gets a page of its own and overflows
 * it. Returns the number of pages, at least 1 (a table without rows is its header alone). */
guint        px_table_paginate             (PxTable       *table,
                                            cairo_t       *cr,
                                            double         width,
                                            double         first_height,
                                            double         next_height);
guint        px_table_get_n_pages          (const PxTable *table);
/* The rows a page holds: [*first_row, *first_row + *n_rows). */
void         px_table_get_page_rows        (const PxTable *table,
                                            guint          page_index,
                                            guint         *first_row,
                                            guint         *n_rows);
/* The height a page of the table takes, header row included. */
double       px_table_get_page_height      (const PxTable *table,
                                            guint          page_index);
/* A row's height as laid out by px_table_paginate. */
double       px_table_get_row_height       (const PxTable *table,
                                            guint          row);

/* Page page_index of the table with its top-left corner at x, y: the header row, then the
 * page's rows. Returns the height drawn. */
double       px_table_draw_page            (PxTable       *table,
                                            cairo_t       *cr,
                                            guint          page_index,
                                            double         x,
                                            double         y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTable, px_table_free)

G_END_DECLS
