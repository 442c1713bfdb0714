/* px-sheet.h: one worksheet of a roster file, as rows of UTF-8 text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_SHEET_ERROR (px_sheet_error_quark ())

typedef enum
{
  PX_SHEET_ERROR_UNSUPPORTED,   /* not a format we read */
  PX_SHEET_ERROR_ENCODING,      /* text in no encoding we know */
  PX_SHEET_ERROR_CORRUPT,       /* the file is damaged or truncated */
  PX_SHEET_ERROR_EMPTY,         /* no rows at all */
  PX_SHEET_ERROR_WRITE,         /* writing the file failed */
} PxSheetError;

/* The file formats a roster can come in. */
typedef enum
{
  PX_SHEET_FORMAT_UNKNOWN,
  PX_SHEET_FORMAT_CSV,    /* also tab-separated text, UTF-8/UTF-16/GB18030 */
  PX_SHEET_FORMAT_XLSX,
  PX_SHEET_FORMAT_XLS,
} PxSheetFormat;

/* A sheet holds every non-empty row of the first worksheet with the row number the spreadsheet
 * shows (1-based), so that a report can point the registrar at the very row. Cells are UTF-8,
 * never NULL ("" when empty). Numbers are given as a spreadsheet would show them in General
 * format: integers plainly, large or fractional values with %.15g (so an ID that Excel turned
 * into a number reads "1.10101198503121e+17"); cells with a date format as YYYY-MM-DD. */
typedef struct _PxSheet PxSheet;

GQuark         px_sheet_error_quark        (void);

PxSheetFormat  px_sheet_format_for_path    (const char    *path);
PxSheet       *px_sheet_read_file          (const char    *path,
                                            GError       **error);
PxSheet       *px_sheet_read_csv_data      (const char    *data,
                                            gsize          length,
                                            GError       **error);
void           px_sheet_free               (PxSheet       *sheet);

guint          px_sheet_get_n_rows         (PxSheet       *sheet);
guint          px_sheet_get_row_number     (PxSheet       *sheet,
                                            guint          row);
guint          px_sheet_get_n_cells        (PxSheet       *sheet,
                                            guint          row);
const char    *px_sheet_get_cell           (PxSheet       *sheet,
                                            guint          row,
                                            guint          column);
/* The encoding a text file was read in ("UTF-8", "GB18030", "UTF-16LE"…), NULL for workbooks. */
const char    *px_sheet_get_encoding       (PxSheet       *sheet);

/* Writes a header and rows of text cells; the format follows the path's extension (.csv as
 * UTF-8 with BOM so Excel opens it right, .xlsx with every cell as text so that IDs survive). */
gboolean       px_sheet_write_file         (const char          *path,
                                            const char * const  *header,
                                            GPtrArray           *rows,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSheet, px_sheet_free)

G_END_DECLS
