/* px-table.c: a table that runs over pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include "px-page.h"
#include "px-table.h"

/* Room around a cell's text: enough that a rule never touches a glyph. */
#define CELL_PAD_X   4.0
#define CELL_PAD_Y   3.0
/* Narrower than this a column would wrap every character onto its own line. */
#define MIN_TEXT_WIDTH 6.0

#define TEXT_INK     0.08
#define RULE_GREY    0.62
#define FRAME_INK    0.25
#define HEAD_FILL    0.92

typedef struct
{
  char *title;
  double width;       /* points, when share is 0 */
  double share;       /* weight of the rest, for a flexible column */
  PxTableAlign align;
  double x;           /* laid out: from the table's left edge */
  double laid_width;
} Column;

typedef struct
{
  char **cells;       /* n_columns strings, NULL for an empty cell */
  gboolean bold;
  double height;      /* laid out */
  gboolean overflows; /* taller than a page: its text from the top, where the page shows it */
} Row;

struct _PxTable
{
  double font_size;
  double min_row_height;
  GArray *columns;    /* (element-type Column) */
  GPtrArray *rows;    /* (element-type Row) */

  /* Pagination */
  gboolean paginated;
  double width;
  double header_height;
  GArray *page_starts; /* (element-type guint) the first row of each page */
};

static void
column_clear (Column *column)
{
  g_free (column->title);
}

static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

PxTable *
px_table_new (double font_size)
{
  PxTable *table;

  g_return_val_if_fail (font_size > 0, NULL);

  table = g_new0 (PxTable, 1);
  table->font_size = font_size;
  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, (GDestroyNotify) column_clear);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  table->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  return table;
}

void
px_table_free (PxTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->page_starts);
  g_free (table);
}

static guint
add_column (PxTable      *table,
            const char   *title,
            double        width,
            double        share,
            PxTableAlign  align)
{
  Column column = { 0 };

  g_return_val_if_fail (table->rows->len == 0, 0);

  column.title = g_strdup (title != NULL ? title : "");
  column.width = width;
  column.share = share;
  column.align = align;
  g_array_append_val (table->columns, column);
  table->paginated = FALSE;
  return table->columns->len - 1;
}

guint
px_table_add_column (PxTable      *table,
                     const char   *title,
                     double        width,
                     PxTableAlign  align)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (width > 0, 0);
  return add_column (table, title, width, 0, align);
}

guint
px_table_add_flexible_column (PxTable      *table,
                              const char   *title,
                              double        share,
                              PxTableAlign  align)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (share > 0, 0);
  return add_column (table, title, 0, share, align);
}

guint
px_table_get_n_columns (const PxTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->columns->len;
}

guint
px_table_add_row (PxTable            *table,
                  const char * const *cells)
{
  Row *row;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (cells != NULL, 0);
  g_return_val_if_fail (table->columns->len > 0, 0);

  row = g_new0 (Row, 1);
  row->cells = g_new0 (char *, table->columns->len + 1);
  for (guint i = 0; i < table->columns->len; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
  table->paginated = FALSE;
  return table->rows->len - 1;
}

void
px_table_set_row_bold (PxTable  *table,
                       guint     row,
                       gboolean  bold)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (row < table->rows->len);

  ((Row *) g_ptr_array_index (table->rows, row))->bold = bold;
  table->paginated = FALSE;
}

guint
px_table_get_n_rows (const PxTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

void
px_table_set_min_row_height (PxTable *table,
                             double   height)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (height >= 0);

  table->min_row_height = height;
  table->paginated = FALSE;
}

/* Layout */

static PangoAlignment
pango_alignment (PxTableAlign align)
{
  switch (align)
    {
    case PX_TABLE_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case PX_TABLE_ALIGN_END:
      return PANGO_ALIGN_RIGHT;
    case PX_TABLE_ALIGN_START:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

/* Fixed columns keep their width and flexible ones share the rest; when the fixed ones alone
 * are wider than the table they shrink alike, so nothing runs off the page, and when they are
 * narrower (and none is flexible) the table stands in the middle. */
static void
lay_out_columns (PxTable *table,
                 double   width)
{
  double fixed = 0, shares = 0, rest, scale = 1, x;

  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = &g_array_index (table->columns, Column, i);

      fixed += column->share > 0 ? 0 : column->width;
      shares += column->share;
    }
  rest = width - fixed;
  if (rest < 0)
    {
      scale = width / fixed;
      rest = 0;
    }
  x = shares > 0 ? 0 : rest / 2;
  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = &g_array_index (table->columns, Column, i);

      column->x = x;
      column->laid_width = column->share > 0 ? rest * column->share / shares
                                             : column->width * scale;
      x += column->laid_width;
    }
}

static PangoLayout *
create_cell_layout (PxTable      *table,
                    cairo_t      *cr,
                    const Column *column,
                    const char   *text,
                    gboolean      bold,
                    gboolean      header)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, table->font_size, bold);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (MAX (column->laid_width - 2 * CELL_PAD_X,
                                              MIN_TEXT_WIDTH) * PANGO_SCALE));
  /* Chinese has no spaces to break at: words where there are some, characters otherwise. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, header ? PANGO_ALIGN_CENTER
                                             : pango_alignment (column->align));
  return layout;
}

static double
measure_row (PxTable     *table,
             cairo_t     *cr,
             char       **cells,
             gboolean     bold,
             gboolean     header)
{
  double height = 0;

  for (guint i = 0; i < table->columns->len; i++)
    {
      const Column *column = &g_array_index (table->columns, Column, i);
      g_autoptr(PangoLayout) layout = create_cell_layout (table, cr, column, cells[i], bold,
                                                          header);

      height = MAX (height, px_page_layout_height (layout));
    }
  return height + 2 * CELL_PAD_Y;
}

static char **
header_cells (PxTable *table)
{
  char **cells = g_new0 (char *, table->columns->len + 1);

  for (guint i = 0; i < table->columns->len; i++)
    cells[i] = g_array_index (table->columns, Column, i).title;
  return cells;
}

guint
px_table_paginate (PxTable *table,
                   cairo_t *cr,
                   double   width,
                   double   first_height,
                   double   next_height)
{
  g_autofree char **titles = NULL;
  double room, used = 0;
  guint first_on_page = 0;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (table->columns->len > 0, 0);
  g_return_val_if_fail (width > 0, 0);

  /* Measuring is the costly part: done again only when the width or the rows changed. */
  if (!table->paginated || width != table->width)
    {
      lay_out_columns (table, width);
      titles = header_cells (table);
      table->header_height = measure_row (table, cr, titles, TRUE, TRUE);
      for (guint i = 0; i < table->rows->len; i++)
        {
          Row *row = g_ptr_array_index (table->rows, i);

          row->height = MAX (measure_row (table, cr, row->cells, row->bold, FALSE),
                             table->min_row_height);
        }
      table->width = width;
    }

  g_array_set_size (table->page_starts, 0);
  g_array_append_val (table->page_starts, first_on_page);
  room = first_height - table->header_height;
  for (guint i = 0; i < table->rows->len; i++)
    {
      Row *row = g_ptr_array_index (table->rows, i);
      gboolean page_is_empty = i == first_on_page;
      gboolean on_first_page = table->page_starts->len == 1;
      gboolean fits_next = row->height <= next_height - table->header_height;

      /* A row goes over to the next page when it does not fit, unless it would not fit there
       * either: then it takes the page it has to itself and runs over its foot. The first
       * page alone may stay empty, telling the caller that nothing fits where it wanted to
       * begin. */
      row->overflows = !fits_next;
      if (used + row->height > room && (!page_is_empty || (on_first_page && fits_next)))
        {
          first_on_page = i;
          g_array_append_val (table->page_starts, first_on_page);
          room = next_height - table->header_height;
          used = 0;
        }
      used += row->height;
    }
  table->paginated = TRUE;
  return table->page_starts->len;
}

guint
px_table_get_n_pages (const PxTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (table->paginated, 0);
  return table->page_starts->len;
}

void
px_table_get_page_rows (const PxTable *table,
                        guint          page_index,
                        guint         *first_row,
                        guint         *n_rows)
{
  guint first, end;

  g_return_if_fail (table != NULL);
  g_return_if_fail (table->paginated);
  g_return_if_fail (page_index < table->page_starts->len);

  first = g_array_index (table->page_starts, guint, page_index);
  end = page_index + 1 < table->page_starts->len
        ? g_array_index (table->page_starts, guint, page_index + 1) : table->rows->len;
  if (first_row != NULL)
    *first_row = first;
  if (n_rows != NULL)
    *n_rows = end - first;
}

double
px_table_get_page_height (const PxTable *table,
                          guint          page_index)
{
  guint first = 0, n_rows = 0;
  double height;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (table->paginated, 0);

  px_table_get_page_rows (table, page_index, &first, &n_rows);
  height = table->header_height;
  for (guint i = first; i < first + n_rows; i++)
    height += ((Row *) g_ptr_array_index (table->rows, i))->height;
  return height;
}

double
px_table_get_row_height (const PxTable *table,
                         guint          row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (table->paginated, 0);
  g_return_val_if_fail (row < table->rows->len, 0);

  return ((Row *) g_ptr_array_index (table->rows, row))->height;
}

/* Drawing */

static void
draw_cells (PxTable  *table,
            cairo_t  *cr,
            char    **cells,
            gboolean  bold,
            gboolean  header,
            gboolean  from_top,
            double    x,
            double    y,
            double    height)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      const Column *column = &g_array_index (table->columns, Column, i);
      g_autoptr(PangoLayout) layout = create_cell_layout (table, cr, column, cells[i], bold,
                                                          header);
      double text_height = px_page_layout_height (layout);

      /* Centred up and down: a tall signature row keeps the name in its middle. */
      cairo_move_to (cr, x + column->x + CELL_PAD_X,
                     y + (from_top ? CELL_PAD_Y : MAX ((height - text_height) / 2, CELL_PAD_Y)));
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_line (cairo_t *cr,
           double   x1,
           double   y1,
           double   x2,
           double   y2)
{
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

double
px_table_draw_page (PxTable *table,
                    cairo_t *cr,
                    guint    page_index,
                    double   x,
                    double   y)
{
  g_autofree char **titles = NULL;
  guint first = 0, n_rows = 0;
  double height, width, left, row_y;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (table->paginated, 0);
  g_return_val_if_fail (page_index < table->page_starts->len, 0);

  px_table_get_page_rows (table, page_index, &first, &n_rows);
  height = px_table_get_page_height (table, page_index);
  /* The first column's left edge, which is not x when the table is centred. */
  left = x + g_array_index (table->columns, Column, 0).x;
  width = 0;
  for (guint i = 0; i < table->columns->len; i++)
    width += g_array_index (table->columns, Column, i).laid_width;

  cairo_save (cr);

  /* The fill first, so the rules lie on top of it. */
  cairo_set_source_rgb (cr, HEAD_FILL, HEAD_FILL, HEAD_FILL);
  cairo_rectangle (cr, left, y, width, table->header_height);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, TEXT_INK, TEXT_INK, TEXT_INK);
  titles = header_cells (table);
  draw_cells (table, cr, titles, TRUE, TRUE, FALSE, x, y, table->header_height);
  row_y = y + table->header_height;
  for (guint i = first; i < first + n_rows; i++)
    {
      Row *row = g_ptr_array_index (table->rows, i);

      draw_cells (table, cr, row->cells, row->bold, FALSE, row->overflows, x, row_y,
                  row->height);
      row_y += row->height;
    }

  /* Thin grey rules inside, a darker frame and line under the header, as printed forms do. */
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  for (guint i = 1; i < table->columns->len; i++)
    {
      double column_x = x + g_array_index (table->columns, Column, i).x;

      draw_line (cr, column_x, y, column_x, y + height);
    }
  row_y = y + table->header_height;
  for (guint i = first; i + 1 < first + n_rows; i++)
    {
      row_y += ((Row *) g_ptr_array_index (table->rows, i))->height;
      draw_line (cr, left, row_y, left + width, row_y);
    }

  cairo_set_source_rgb (cr, FRAME_INK, FRAME_INK, FRAME_INK);
  cairo_set_line_width (cr, 0.8);
  if (n_rows > 0)
    draw_line (cr, left, y + table->header_height, left + width, y + table->header_height);
  cairo_rectangle (cr, left, y, width, height);
  cairo_stroke (cr);

  cairo_restore (cr);
  return height;
}
