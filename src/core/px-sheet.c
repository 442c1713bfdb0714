/* px-sheet.c: rows of a roster file, and the CSV reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-sheet"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-sheet-private.h"

typedef struct
{
  guint number;
  guint first_cell;
  guint n_cells;
} SheetRow;

struct _PxSheet
{
  GStringChunk *text;
  GArray *rows;         /* of SheetRow */
  GPtrArray *cells;     /* const char *, into text */
  char *encoding;
  gboolean in_row;
};

G_DEFINE_QUARK (px-sheet-error-quark, px_sheet_error)

/* Storage */

PxSheet *
_px_sheet_new (void)
{
  PxSheet *sheet = g_new0 (PxSheet, 1);

  sheet->text = g_string_chunk_new (64 * 1024);
  sheet->rows = g_array_new (FALSE, FALSE, sizeof (SheetRow));
  sheet->cells = g_ptr_array_new ();
  return sheet;
}

void
px_sheet_free (PxSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_string_chunk_free (sheet->text);
  g_array_unref (sheet->rows);
  g_ptr_array_unref (sheet->cells);
  g_free (sheet->encoding);
  g_free (sheet);
}

void
_px_sheet_begin_row (PxSheet *sheet,
                     guint    row_number)
{
  SheetRow row = { row_number, sheet->cells->len, 0 };

  g_assert (!sheet->in_row);
  g_array_append_val (sheet->rows, row);
  sheet->in_row = TRUE;
}

static gboolean
is_blank (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

void
_px_sheet_set_cell (PxSheet    *sheet,
                    guint       column,
                    const char *text,
                    gssize      length)
{
  SheetRow *row;

  g_assert (sheet->in_row);
  row = &g_array_index (sheet->rows, SheetRow, sheet->rows->len - 1);
  g_assert (column >= row->n_cells);

  if (length < 0)
    length = strlen (text);
  if (is_blank (text, length))
    return;

  while (row->n_cells < column)
    {
      g_ptr_array_add (sheet->cells, (gpointer) "");
      row->n_cells++;
    }
  g_ptr_array_add (sheet->cells, g_string_chunk_insert_len (sheet->text, text, length));
  row->n_cells++;
}

void
_px_sheet_end_row (PxSheet *sheet)
{
  SheetRow *row;

  g_assert (sheet->in_row);
  sheet->in_row = FALSE;
  row = &g_array_index (sheet->rows, SheetRow, sheet->rows->len - 1);
  /* set_cell stores no blank cells, so a row without cells is a blank row */
  if (row->n_cells == 0)
    g_array_set_size (sheet->rows, sheet->rows->len - 1);
}

void
_px_sheet_set_encoding (PxSheet    *sheet,
                        const char *encoding)
{
  g_free (sheet->encoding);
  sheet->encoding = g_strdup (encoding);
}

guint
px_sheet_get_n_rows (PxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return sheet->rows->len;
}

guint
px_sheet_get_row_number (PxSheet *sheet,
                         guint    row)
{
  g_return_val_if_fail (sheet != NULL, 0);
  g_return_val_if_fail (row < sheet->rows->len, 0);
  return g_array_index (sheet->rows, SheetRow, row).number;
}

guint
px_sheet_get_n_cells (PxSheet *sheet,
                      guint    row)
{
  g_return_val_if_fail (sheet != NULL, 0);
  g_return_val_if_fail (row < sheet->rows->len, 0);
  return g_array_index (sheet->rows, SheetRow, row).n_cells;
}

const char *
px_sheet_get_cell (PxSheet *sheet,
                   guint    row,
                   guint    column)
{
  const SheetRow *r;

  g_return_val_if_fail (sheet != NULL, "");
  g_return_val_if_fail (row < sheet->rows->len, "");
  r = &g_array_index (sheet->rows, SheetRow, row);
  if (column >= r->n_cells)
    return "";
  return g_ptr_array_index (sheet->cells, r->first_cell + column);
}

const char *
px_sheet_get_encoding (PxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->encoding;
}

/* Cell formatting shared by the workbook readers */

char *
_px_sheet_format_number (double value)
{
  if (isfinite (value) && value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", value));
    }
}

char *
_px_sheet_format_serial_date (double   serial,
                              gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  int days = (int) floor (serial);

  if (date1904)
    {
      date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
      g_date_add_days (date, days);
    }
  else
    {
      /* Excel counts 1900-02-29, which never was: serial 60. Days after it are one too many. */
      if (days > 60)
        days--;
      date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
      if (days > 0)
        g_date_add_days (date, days);
    }
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Text files */

/* Turns the bytes of a text file into UTF-8 without asking: a BOM decides when there is one;
 * otherwise valid UTF-8 is UTF-8 and anything else is tried as GB18030 (what Excel and WPS
 * save "CSV" as on a Chinese Windows). */
static const char *
decode_text (const char   *data,
             gsize         length,
             const char  **encoding,
             gsize        *out_length,
             char        **owned,
             GError      **error)
{
  const guchar *u = (const guchar *) data;
  const char *from = NULL;
  gsize skip = 0;
  g_autoptr(GError) local_error = NULL;
  char *converted;

  if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      skip = 3;
      from = "UTF-8";
    }
  else if (length >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    {
      skip = 2;
      from = "UTF-16LE";
    }
  else if (length >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    {
      skip = 2;
      from = "UTF-16BE";
    }

  if (from == NULL || g_str_equal (from, "UTF-8"))
    {
      if (g_utf8_validate_len (data + skip, length - skip, NULL))
        {
          /* the parser stops at the length it is given, so UTF-8 is read where it lies */
          *encoding = "UTF-8";
          *out_length = length - skip;
          *owned = NULL;
          return data + skip;
        }
      if (from != NULL)
        {
          g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_ENCODING,
                       _("The file says it is UTF-8 but holds bytes that are not UTF-8. Save it "
                         "again as “CSV UTF-8” or as an Excel workbook."));
          return NULL;
        }
      from = "GB18030";
    }

  converted = g_convert (data + skip, length - skip, "UTF-8", from, NULL, out_length, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_ENCODING,
                   _("The text in the file is neither UTF-8 nor GB18030 (GBK). Save it again as "
                     "“CSV UTF-8” or as an Excel workbook."));
      return NULL;
    }
  *encoding = from;
  *owned = converted;
  return converted;
}

/* Picks the separator from the first lines: comma, tab (Excel's "Unicode text"), or semicolon,
 * whichever appears most outside quotes. */
static char
guess_separator (const char *text,
                 gsize       length)
{
  guint counts[3] = { 0, 0, 0 };
  const char candidates[3] = { ',', '\t', ';' };
  gboolean quoted = FALSE;
  guint lines = 0;

  for (gsize i = 0; i < length && lines < 20; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == '\n')
        lines++;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }
  if (counts[1] > counts[0] && counts[1] >= counts[2])
    return '\t';
  if (counts[2] > counts[0] && counts[2] > counts[1])
    return ';';
  return ',';
}

/* RFC 4180 with the usual leniency: CR, LF or CRLF line ends, quotes doubled inside quoted
 * fields, stray quotes inside unquoted fields kept as text. */
static void
parse_delimited (PxSheet    *sheet,
                 const char *text,
                 gsize       length,
                 char        separator)
{
  GString *field = g_string_sized_new (256);
  gboolean stops[256] = { FALSE };
  const char *p = text;
  const char *end = text + length;
  guint row_number = 1;

  /* the bytes that end an unquoted field */
  stops[(guchar) separator] = stops['\n'] = stops['\r'] = TRUE;
  while (p < end)
    {
      guint column = 0;
      gboolean row_done = FALSE;

      _px_sheet_begin_row (sheet, row_number);
      while (!row_done)
        {
          const char *start = p;

          if (p < end && *p == '"')
            {
              g_string_truncate (field, 0);
              p++;
              while (p < end)
                {
                  const char *q = memchr (p, '"', end - p);

                  if (q == NULL)
                    {
                      g_string_append_len (field, p, end - p);
                      p = end;
                      break;
                    }
                  g_string_append_len (field, p, q - p);
                  p = q + 1;
                  if (p < end && *p == '"')
                    {
                      g_string_append_c (field, '"');
                      p++;
                    }
                  else
                    break;
                }
              /* text after the closing quote up to the separator belongs to the field */
              while (p < end && *p != separator && *p != '\n' && *p != '\r')
                g_string_append_c (field, *p++);
              _px_sheet_set_cell (sheet, column, field->str, field->len);
            }
          else
            {
              while (p < end && !stops[(guchar) *p])
                p++;
              _px_sheet_set_cell (sheet, column, start, p - start);
            }

          if (p < end && *p == separator)
            {
              p++;
              column++;
            }
          else
            {
              if (p < end && *p == '\r')
                p++;
              if (p < end && *p == '\n')
                p++;
              row_done = TRUE;
            }
        }
      _px_sheet_end_row (sheet);
      /* a quoted line break stays inside its record, as in Excel: rows count records */
      row_number++;
    }
  g_string_free (field, TRUE);
}

PxSheet *
px_sheet_read_csv_data (const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(PxSheet) sheet = NULL;
  g_autofree char *owned = NULL;
  const char *text;
  const char *encoding = NULL;
  gsize text_length = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = decode_text (data, length, &encoding, &text_length, &owned, error);
  if (text == NULL)
    return NULL;

  sheet = _px_sheet_new ();
  _px_sheet_set_encoding (sheet, encoding);
  parse_delimited (sheet, text, text_length, guess_separator (text, text_length));
  return g_steal_pointer (&sheet);
}

/* Dispatch by extension, then by content */

PxSheetFormat
px_sheet_format_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm"))
    return PX_SHEET_FORMAT_XLSX;
  if (g_str_has_suffix (lower, ".xls") || g_str_has_suffix (lower, ".et"))
    return PX_SHEET_FORMAT_XLS;
  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".txt")
      || g_str_has_suffix (lower, ".tsv"))
    return PX_SHEET_FORMAT_CSV;
  return PX_SHEET_FORMAT_UNKNOWN;
}

/* Files are often renamed or saved with the wrong extension (an .xls that is really HTML or
 * CSV, an .xlsx named .xls), so the first bytes decide over the name. */
static PxSheetFormat
sniff_format (const char *path,
              GError    **error)
{
  static const guchar zip_magic[4] = { 'P', 'K', 3, 4 };
  static const guchar ole_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  guchar head[8] = { 0 };
  FILE *file;
  size_t n;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return PX_SHEET_FORMAT_UNKNOWN;
    }
  n = fread (head, 1, sizeof head, file);
  fclose (file);

  if (n >= 4 && memcmp (head, zip_magic, 4) == 0)
    return PX_SHEET_FORMAT_XLSX;
  if (n >= 8 && memcmp (head, ole_magic, 8) == 0)
    return PX_SHEET_FORMAT_XLS;
  return PX_SHEET_FORMAT_CSV;
}

PxSheet *
px_sheet_read_file (const char  *path,
                    GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  PxSheet *sheet = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  switch (sniff_format (path, error))
    {
    case PX_SHEET_FORMAT_XLSX:
      sheet = _px_sheet_read_xlsx (path, error);
      break;
    case PX_SHEET_FORMAT_XLS:
      sheet = _px_sheet_read_xls (path, error);
      break;
    case PX_SHEET_FORMAT_CSV:
      if (g_file_get_contents (path, &contents, &length, error))
        sheet = px_sheet_read_csv_data (contents, length, error);
      break;
    case PX_SHEET_FORMAT_UNKNOWN:
    default:
      return NULL;
    }

  if (sheet != NULL && sheet->rows->len == 0)
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_EMPTY,
                   _("“%s” has no rows."), path);
      g_clear_pointer (&sheet, px_sheet_free);
    }
  return sheet;
}

/* Writing */

static void
append_csv_field (GString    *out,
                  const char *value)
{
  if (value == NULL)
    value = "";
  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
}

static void
append_csv_row (GString            *out,
                const char * const *cells,
                guint               n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

static gboolean
write_csv (const char         *path,
           const char * const *header,
           GPtrArray          *rows,
           GError            **error)
{
  g_autoptr(GString) out = g_string_sized_new (256 + rows->len * 128);
  guint n_columns = g_strv_length ((char **) header);
  g_autoptr(GError) local_error = NULL;

  g_string_append (out, "\xEF\xBB\xBF");
  append_csv_row (out, header, n_columns);
  for (guint i = 0; i < rows->len; i++)
    append_csv_row (out, g_ptr_array_index (rows, i), n_columns);

  if (!g_file_set_contents (path, out->str, out->len, &local_error))
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
px_sheet_write_file (const char         *path,
                     const char * const *header,
                     GPtrArray          *rows,
                     GError            **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  switch (px_sheet_format_for_path (path))
    {
    case PX_SHEET_FORMAT_XLSX:
      return _px_sheet_write_xlsx (path, header, rows, error);
    case PX_SHEET_FORMAT_CSV:
      return write_csv (path, header, rows, error);
    case PX_SHEET_FORMAT_XLS:
    case PX_SHEET_FORMAT_UNKNOWN:
    default:
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("Cannot write “%s”: choose a file name ending in .csv or .xlsx."), path);
      return FALSE;
    }
}
