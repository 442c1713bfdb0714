/* px-sheet-private.h: how the format readers fill a PxSheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-sheet.h"

G_BEGIN_DECLS

PxSheet  *_px_sheet_new             (void);
/* Starts a row with the spreadsheet's own 1-based number; rows must come in increasing order.
 * A row that ends up with no non-blank cell is dropped by _px_sheet_end_row. */
void      _px_sheet_begin_row       (PxSheet     *sheet,
                                     guint        row_number);
/* Sets the cell in the current row at the 0-based column; columns may skip (gaps are "") but
 * must increase. text need not be NUL-terminated; length may be -1. */
void      _px_sheet_set_cell        (PxSheet     *sheet,
                                     guint        column,
                                     const char  *text,
                                     gssize       length);
void      _px_sheet_end_row         (PxSheet     *sheet);
void      _px_sheet_set_encoding    (PxSheet     *sheet,
                                     const char  *encoding);

/* Formats a numeric cell the way the General format shows it (see px-sheet.h). */
char     *_px_sheet_format_number   (double       value);
/* Converts an Excel serial day number to YYYY-MM-DD (1900 or 1904 date system). */
char     *_px_sheet_format_serial_date (double    serial,
                                        gboolean  date1904);

PxSheet  *_px_sheet_read_xlsx       (const char  *path,
                                     GError     **error);
PxSheet  *_px_sheet_read_xls        (const char  *path,
                                     GError     **error);
gboolean  _px_sheet_write_xlsx      (const char          *path,
                                     const char * const  *header,
                                     GPtrArray           *rows,
                                     GError             **error);

G_END_DECLS
