/* px-xls-reader.c: the first worksheet of an Excel 97-2003 workbook (.xls), through FreeXL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-xls"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <freexl.h>

#include "px-sheet-private.h"

/* A look into the compound file before FreeXL opens it
 *
 * An .xls is an OLE compound file (CFB) holding a "Workbook" stream. So are Word and PowerPoint
 * 97-2003 files, and so is an .xlsx saved with a password (its package is encrypted into an
 * "EncryptedPackage" stream). FreeXL answers all of these with the same opaque error, or reads
 * garbage from an encrypted .xls, so the directory and the first records are checked here to
 * tell the registrar what the file really is. */

#define CFB_HEADER_SIZE 512
#define CFB_FREE_SECTOR 0xFFFFFFFFu
#define CFB_END_OF_CHAIN 0xFFFFFFFEu
#define CFB_MAX_REGULAR_SECTOR 0xFFFFFFFAu
#define CFB_DIR_ENTRY_SIZE 128

#define BIFF_BOF 0x0809
#define BIFF_FILEPASS 0x002F
#define BIFF_BOUNDSHEET 0x0085
#define BIFF_EOF 0x000A

typedef enum
{
  CFB_EXCEL,            /* has a Workbook (BIFF8) or Book (BIFF5) stream */
  CFB_ENCRYPTED,        /* an encrypted OOXML package or an .xls with FILEPASS */
  CFB_OTHER,            /* an OLE file of another kind */
  CFB_DAMAGED,
} CfbKind;

typedef struct
{
  const guint8 *data;
  gsize size;
  guint sector_size;
  guint32 *fat;
  gsize n_fat;
} Cfb;

static inline guint16
read_u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static inline guint32
read_u32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* The sector's bytes, or NULL past the end of the file. */
static const guint8 *
cfb_sector (const Cfb *cfb,
            guint32    sector)
{
  guint64 offset = ((guint64) sector + 1) * cfb->sector_size;

  if (sector > CFB_MAX_REGULAR_SECTOR || offset + cfb->sector_size > cfb->size)
    return NULL;
  return cfb->data + offset;
}

static gboolean
cfb_add_fat_sector (Cfb     *cfb,
                    GArray  *fat,
                    guint32  sector)
{
  const guint8 *s = cfb_sector (cfb, sector);

  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < cfb->sector_size / 4; i++)
    {
      guint32 next = read_u32 (s + i * 4);

      g_array_append_val (fat, next);
    }
  return TRUE;
}

static gboolean
cfb_load_fat (Cfb *cfb)
{
  g_autoptr(GArray) fat = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 n_fat_sectors = read_u32 (cfb->data + 0x2C);
  guint32 difat = read_u32 (cfb->data + 0x44);
  guint32 loaded = 0;
  guint64 max_sectors = cfb->size / cfb->sector_size;

  if (n_fat_sectors > max_sectors)
    return FALSE;

  for (guint i = 0; i < 109 && loaded < n_fat_sectors; i++, loaded++)
    if (!cfb_add_fat_sector (cfb, fat, read_u32 (cfb->data + 0x4C + i * 4)))
      return FALSE;

  /* the DIFAT chain lists the rest; its last entry in each sector links to the next one */
  for (guint64 hops = 0; loaded < n_fat_sectors; hops++)
    {
      const guint8 *s = cfb_sector (cfb, difat);
      guint per_sector = cfb->sector_size / 4 - 1;

      if (s == NULL || hops > max_sectors)
        return FALSE;
      for (guint i = 0; i < per_sector && loaded < n_fat_sectors; i++, loaded++)
        if (!cfb_add_fat_sector (cfb, fat, read_u32 (s + i * 4)))
          return FALSE;
      difat = read_u32 (s + per_sector * 4);
    }

  cfb->n_fat = fat->len;
  cfb->fat = (guint32 *) g_array_free (g_steal_pointer (&fat), FALSE);
  return TRUE;
}

static gboolean
cfb_next_sector (const Cfb *cfb,
                 guint32   *sector)
{
  if (*sector >= cfb->n_fat)
    return FALSE;
  *sector = cfb->fat[*sector];
  return TRUE;
}

/* Compares a directory entry's UTF-16LE name with an ASCII one, ignoring case as CFB does. */
static gboolean
cfb_name_equal (const guint8 *entry,
                const char   *name)
{
  guint16 name_bytes = read_u16 (entry + 64);
  gsize len = strlen (name);

  if (name_bytes != (len + 1) * 2)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (entry[i * 2 + 1] != 0 || g_ascii_tolower (entry[i * 2]) != g_ascii_tolower (name[i]))
      return FALSE;
  return TRUE;
}

/* Reads the start of a stream kept in regular sectors (an Excel Workbook stream always is:
 * Excel pads it past the 4096-byte mini-stream cutoff). */
static GByteArray *
cfb_read_stream_head (const Cfb *cfb,
                      guint32    start,
                      guint32    size,
                      gsize      max_bytes)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  gsize wanted = MIN ((gsize) size, max_bytes);
  guint32 sector = start;

  while (bytes->len < wanted)
    {
      const guint8 *s = cfb_sector (cfb, sector);

      if (s == NULL)
        return NULL;
      g_byte_array_append (bytes, s, MIN (cfb->sector_size, wanted - bytes->len));
      if (bytes->len < wanted && !cfb_next_sector (cfb, &sector))
        return NULL;
    }
  return g_steal_pointer (&bytes);
}

/* Excel puts FILEPASS right after the workbook's BOF when the file has a password to open. */
static gboolean
biff_has_filepass (const guint8 *data,
                   gsize         size)
{
  gsize offset = 0;

  if (size < 4 || read_u16 (data) != BIFF_BOF)
    return FALSE;
  while (offset + 4 <= size)
    {
      guint16 type = read_u16 (data + offset);
      guint16 length = read_u16 (data + offset + 2);

      if (type == BIFF_FILEPASS)
        return TRUE;
      if (type == BIFF_BOUNDSHEET || type == BIFF_EOF)
        return FALSE;
      offset += 4 + length;
    }
  return FALSE;
}

static CfbKind
inspect_compound_file (const char *path)
{
  g_autoptr(GMappedFile) mapped = NULL;
  Cfb cfb = { NULL, 0, 0, NULL, 0 };
  CfbKind kind = CFB_DAMAGED;
  gboolean excel = FALSE, encrypted = FALSE;
  guint32 workbook_start = 0, workbook_size = 0;
  guint32 sector;
  guint16 shift;
  guint64 hops = 0;

  mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped == NULL)
    return CFB_DAMAGED;
  cfb.data = (const guint8 *) g_mapped_file_get_contents (mapped);
  cfb.size = g_mapped_file_get_length (mapped);
  if (cfb.size < CFB_HEADER_SIZE)
    return CFB_DAMAGED;

  shift = read_u16 (cfb.data + 0x1E);
  if (shift != 9 && shift != 12)
    return CFB_DAMAGED;
  cfb.sector_size = 1u << shift;
  if (!cfb_load_fat (&cfb))
    goto out;

  for (sector = read_u32 (cfb.data + 0x30); sector != CFB_END_OF_CHAIN; hops++)
    {
      const guint8 *s = cfb_sector (&cfb, sector);

      if (s == NULL || hops > cfb.n_fat)
        goto out;
      for (guint i = 0; i < cfb.sector_size / CFB_DIR_ENTRY_SIZE; i++)
        {
          const guint8 *entry = s + i * CFB_DIR_ENTRY_SIZE;

          /* object type 2: a stream */
          if (entry[66] != 2)
            continue;
          if (cfb_name_equal (entry, "Workbook") || cfb_name_equal (entry, "Book"))
            {
              excel = TRUE;
              workbook_start = read_u32 (entry + 116);
              workbook_size = read_u32 (entry + 120);
            }
          else if (cfb_name_equal (entry, "EncryptedPackage"))
            encrypted = TRUE;
        }
      if (!cfb_next_sector (&cfb, &sector))
        goto out;
    }

  if (encrypted)
    kind = CFB_ENCRYPTED;
  else if (!excel)
    kind = CFB_OTHER;
  else
    {
      kind = CFB_EXCEL;
      if (workbook_size >= read_u32 (cfb.data + 0x38))
        {
          g_autoptr(GByteArray) head = cfb_read_stream_head (&cfb, workbook_start,
                                                              workbook_size, 8192);

          if (head != NULL && biff_has_filepass (head->data, head->len))
            kind = CFB_ENCRYPTED;
        }
    }

out:
  g_free (cfb.fat);
  return kind;
}

/* Reading the cells */

static void
set_encrypted_error (GError     **error,
                     const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
               _("“%s” is protected with a password. Open it in Excel or WPS, remove the "
                 "password and save it again."), display);
}

static char *
cell_text (const FreeXL_CellValue *value)
{
  switch (value->type)
    {
    case FREEXL_CELL_INT:
      return _px_sheet_format_number (value->value.int_value);
    case FREEXL_CELL_DOUBLE:
      return _px_sheet_format_number (value->value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
      return g_strdup (value->value.text_value);
    case FREEXL_CELL_DATETIME:
      if (value->value.text_value == NULL)
        return NULL;
      /* "1985-03-12 00:00:00" is a date that happens to have a date-and-time format */
      if (g_str_has_suffix (value->value.text_value, " 00:00:00"))
        return g_strndup (value->value.text_value, strlen (value->value.text_value) - 9);
      return g_strdup (value->value.text_value);
    case FREEXL_CELL_NULL:
    default:
      return NULL;
    }
}

PxSheet *
_px_sheet_read_xls (const char  *path,
                    GError     **error)
{
  g_autoptr(PxSheet) sheet = NULL;
  g_autofree char *display = NULL;
  const void *handle = NULL;
  unsigned int n_rows = 0;
  unsigned short n_columns = 0;
  unsigned int password = FREEXL_BIFF_PLAIN;
  int ret;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  switch (inspect_compound_file (path))
    {
    case CFB_ENCRYPTED:
      set_encrypted_error (error, path);
      return NULL;
    case CFB_OTHER:
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("“%s” is an Office document but not an Excel workbook."), display);
      return NULL;
    case CFB_DAMAGED:
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT,
                   _("“%s” is not a readable Excel workbook (the file is damaged)."), display);
      return NULL;
    case CFB_EXCEL:
    default:
      break;
    }

  ret = freexl_open (path, &handle);
  if (ret == FREEXL_OK)
    ret = freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &password);
  if (ret == FREEXL_OK && password != FREEXL_BIFF_PLAIN)
    {
      /* FreeXL 1.0.6 reports an obfuscated workbook as anything but FREEXL_BIFF_PLAIN */
      freexl_close (handle);
      set_encrypted_error (error, path);
      return NULL;
    }
  if (ret == FREEXL_OK)
    ret = freexl_select_active_worksheet (handle, 0);
  if (ret == FREEXL_OK)
    ret = freexl_worksheet_dimensions (handle, &n_rows, &n_columns);
  if (ret != FREEXL_OK)
    {
      g_debug ("FreeXL could not read %s: error %d", path, ret);
      /* FreeXL leaves a handle to close on some failures (a file it could not open) */
      if (handle != NULL)
        freexl_close (handle);
      if (ret == FREEXL_BIFF_ILLEGAL_SHEET_INDEX || ret == FREEXL_BIFF_UNSELECTED_SHEET)
        g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_EMPTY,
                     _("“%s” has no worksheet."), display);
      else
        g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT,
                     _("“%s” is not a readable Excel workbook (the file is damaged or in a "
                       "version older than Excel 97). Open it in Excel or WPS and save it "
                       "again."), display);
      return NULL;
    }

  sheet = _px_sheet_new ();
  for (unsigned int row = 0; row < n_rows; row++)
    {
      _px_sheet_begin_row (sheet, row + 1);
      for (unsigned short col = 0; col < n_columns; col++)
        {
          FreeXL_CellValue value;
          g_autofree char *text = NULL;

          if (freexl_get_cell_value (handle, row, col, &value) != FREEXL_OK)
            continue;
          text = cell_text (&value);
          if (text != NULL)
            _px_sheet_set_cell (sheet, col, text, -1);
        }
      _px_sheet_end_row (sheet);
    }

  freexl_close (handle);
  return g_steal_pointer (&sheet);
}
