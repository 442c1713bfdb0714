/* px-xlsx-writer.c: writing a header and rows of text as an .xlsx workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-xlsx"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#include "px-sheet-private.h"

#define MIN_COLUMN_WIDTH 8.0
#define MAX_COLUMN_WIDTH 60.0

/* Width in Excel's character units of the longest line: a CJK (wide) character takes two. */
static guint
display_width (const char *text)
{
  guint width = 0;
  guint line = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0' && width < MAX_COLUMN_WIDTH; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        line = 0;
      else
        line += g_unichar_iswide (c) ? 2 : 1;
      width = MAX (width, line);
    }
  return width;
}

/* libxlsxwriter copies the bytes as they are, and a file with broken UTF-8 would not open. */
static const char *
valid_text (const char  *text,
            char       **owned)
{
  if (g_utf8_validate (text, -1, NULL))
    return text;
  *owned = g_utf8_make_valid (text, -1);
  return *owned;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 lxw_error    code)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_WRITE,
               _("Could not write “%s”: %s"), display, lxw_strerror (code));
  return FALSE;
}

static lxw_error
write_row (lxw_worksheet      *worksheet,
           lxw_row_t           row,
           const char * const *cells,
           guint               n_columns,
           lxw_format         *format,
           lxw_format         *wrap_format)
{
  for (guint col = 0; col < n_columns; col++)
    {
      g_autofree char *owned = NULL;
      lxw_error err;

      /* an empty cell keeps the column's text format; writing it would only add bytes */
      if (cells[col] == NULL || cells[col][0] == '\0')
        continue;
      /* a line break shows only in a cell that wraps */
      err = worksheet_write_string (worksheet, row, col, valid_text (cells[col], &owned),
                                    strchr (cells[col], '\n') != NULL ? wrap_format : format);
      if (err != LXW_NO_ERROR)
        return err;
    }
  return LXW_NO_ERROR;
}

gboolean
_px_sheet_write_xlsx (const char          *path,
                      const char * const  *header,
                      GPtrArray           *rows,
                      GError             **error)
{
  /* constant memory streams each finished row to a temp file, so a 100,000-row export does not
   * hold every cell in memory; it writes strings inline, which every spreadsheet reads */
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL,
                                   .use_zip64 = LXW_FALSE };
  guint n_columns = g_strv_length ((char **) header);
  g_autofree guint *widths = g_new0 (guint, MAX (n_columns, 1));
  lxw_workbook *workbook;
  lxw_worksheet *worksheet;
  lxw_format *text_format;
  lxw_format *wrap_format;
  lxw_format *header_format;
  lxw_error err = LXW_NO_ERROR;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  if (n_columns > LXW_COL_MAX || rows->len >= LXW_ROW_MAX)
    return set_write_error (error, path, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);

  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    return set_write_error (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
  worksheet = workbook_add_worksheet (workbook, "Sheet1");

  /* built-in format 49 is "@", Text: cells typed into the sheet later stay text too, so an ID
   * keeps its digits */
  text_format = workbook_add_format (workbook);
  format_set_num_format_index (text_format, 49);
  wrap_format = workbook_add_format (workbook);
  format_set_num_format_index (wrap_format, 49);
  format_set_text_wrap (wrap_format);
  header_format = workbook_add_format (workbook);
  format_set_num_format_index (header_format, 49);
  format_set_bold (header_format);

  for (guint col = 0; col < n_columns; col++)
    widths[col] = display_width (header[col]);
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *cells = g_ptr_array_index (rows, i);

      for (guint col = 0; col < n_columns; col++)
        widths[col] = MAX (widths[col], display_width (cells[col]));
    }
  for (guint col = 0; col < n_columns && err == LXW_NO_ERROR; col++)
    {
      double width = CLAMP (widths[col] + 2.0, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);

      err = worksheet_set_column (worksheet, col, col, width, text_format);
    }
  worksheet_freeze_panes (worksheet, 1, 0);

  if (err == LXW_NO_ERROR)
    err = write_row (worksheet, 0, header, n_columns, header_format, header_format);
  for (guint i = 0; i < rows->len && err == LXW_NO_ERROR; i++)
    err = write_row (worksheet, i + 1, g_ptr_array_index (rows, i), n_columns, text_format,
                     wrap_format);

  if (err != LXW_NO_ERROR)
    {
      /* freeing without closing writes nothing, so a file already at path is left alone */
      lxw_workbook_free (workbook);
      return set_write_error (error, path, err);
    }

  err = workbook_close (workbook);
  if (err != LXW_NO_ERROR)
    return set_write_error (error, path, err);
  return TRUE;
}
