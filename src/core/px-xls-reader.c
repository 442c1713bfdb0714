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
 * garbage from an encrypted .xls, so the directory and the records are checked here first to
 * tell the registrar what the file really is.
 *
 * FreeXL 1.0.6 also trusts a damaged file in places: a broken sector chain, or a string length
 * in the shared string table that runs past its record, makes it read out of bounds and crash
 * the whole application. So the stream FreeXL will read is followed here, sector by sector, and
 * the records whose lengths it trusts are checked the way it reads them; a file that fails is
 * reported as damaged instead. */

#define CFB_HEADER_SIZE 512
#define CFB_END_OF_CHAIN 0xFFFFFFFEu
#define CFB_DIR_ENTRY_SIZE 128

#define BIFF_MAX_RECORD 8224
#define BIFF_BOF 0x0809
#define BIFF_FILEPASS 0x002F
#define BIFF_CONTINUE 0x003C
#define BIFF_SST 0x00FC
#define BIFF_LABEL 0x0204
#define BIFF_DIMENSIONS 0x0200
#define BIFF_FORMAT 0x041E

typedef enum
{
  CFB_EXCEL,            /* a workbook FreeXL can safely be given */
  CFB_ENCRYPTED,        /* an encrypted OOXML package or an .xls with FILEPASS */
  CFB_OTHER,            /* an OLE file of another kind */
  CFB_DAMAGED,
} CfbKind;

typedef struct
{
  const guint8 *data;
  gsize size;
  guint sector_size;
  guint32 n_sectors;    /* sectors the file really has */
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
  if (sector >= cfb->n_sectors)
    return NULL;
  return cfb->data + ((gsize) sector + 1) * cfb->sector_size;
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
  guint32 n_difat_sectors = read_u32 (cfb->data + 0x48);
  guint32 n_minifat_sectors = read_u32 (cfb->data + 0x40);
  guint32 loaded = 0;

  /* FreeXL reads as many sectors as the header claims */
  if (n_fat_sectors > cfb->n_sectors || n_difat_sectors > cfb->n_sectors
      || n_minifat_sectors > cfb->n_sectors)
    return FALSE;

  for (guint i = 0; i < 109 && loaded < n_fat_sectors; i++, loaded++)
    if (!cfb_add_fat_sector (cfb, fat, read_u32 (cfb->data + 0x4C + i * 4)))
      return FALSE;

  /* the DIFAT chain lists the rest; its last entry in each sector links to the next one */
  for (guint32 hops = 0; loaded < n_fat_sectors; hops++)
    {
      const guint8 *s = cfb_sector (cfb, difat);
      guint per_sector = cfb->sector_size / 4 - 1;

      if (s == NULL || hops >= n_difat_sectors)
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

/* Follows a chain of sectors for size bytes; NULL if it leaves the file, loops, or is longer or
 * shorter than the size (FreeXL would read past the stream's end). */
static GByteArray *
cfb_read_chain (const Cfb *cfb,
                guint32    start,
                gsize      size)
{
  g_autoptr(GByteArray) bytes = NULL;
  guint32 sector = start;

  if (size > cfb->size)
    return NULL;
  bytes = g_byte_array_sized_new (size);
  for (guint32 hops = 0; bytes->len < size; hops++)
    {
      const guint8 *s = cfb_sector (cfb, sector);

      if (s == NULL || hops >= cfb->n_sectors || sector >= cfb->n_fat)
        return NULL;
      g_byte_array_append (bytes, s, MIN (cfb->sector_size, size - bytes->len));
      sector = cfb->fat[sector];
    }
  if (size > 0 && sector != CFB_END_OF_CHAIN)
    return NULL;
  return g_steal_pointer (&bytes);
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

/* Whether a BIFF string (its flags byte at p, then the characters) lies inside the record. */
static gboolean
biff_string_fits (const guint8 *record,
                  gsize         length,
                  gsize         p,
                  guint         n_chars)
{
  guint8 flags;
  gsize start = p + 1;

  if (p >= length)
    return FALSE;
  flags = record[p];
  if (flags & 0x08)
    start += 2;         /* formatting runs */
  if (flags & 0x04)
    start += 4;         /* phonetic data */
  return start + (gsize) n_chars * ((flags & 0x01) ? 2 : 1) <= length;
}

/* The shared string table, walked the way FreeXL 1.0.6 reads it (strings split between SST and
 * CONTINUE records, formatting and phonetic data skipped, even across records), so that none of
 * its reads would leave the record. */
typedef struct
{
  gboolean started;
  guint32 count;
  guint32 index;
  guint split_length;   /* characters of a string continued in the next record, or 0 */
  guint split_done;
  guint64 skip;         /* formatting and phonetic bytes after the current string */
  guint64 next_skip;    /* of those, the ones that spill into the next record */
} SstCheck;

static gboolean
sst_check_record (SstCheck     *s,
                  const guint8 *record,
                  gsize         length,
                  gboolean      is_sst)
{
  guint64 p = 0;

  if (is_sst && !s->started)
    {
      s->started = TRUE;
      if (length < 8)
        return FALSE;
      s->count = read_u32 (record + 4);
      p = 8;
    }
  else if (s->split_length > 0)
    {
      guint remaining = s->split_length - s->split_done;

      if (length < 1)
        return FALSE;
      p = 1 + (guint64) remaining * ((record[0] & 0x01) ? 2 : 1);
      if (p > length)
        return FALSE;
      p += s->skip;
      s->index++;
      s->split_length = 0;
      s->split_done = 0;
      s->skip = p >= length ? p - length : 0;
      s->next_skip = 0;
    }

  while (s->index < s->count)
    {
      guint8 flags;
      guint n_chars;
      guint64 start, required;

      if (p >= length)
        return TRUE;
      p += s->next_skip;
      if (p + 3 > length)
        return FALSE;
      n_chars = read_u16 (record + p);
      flags = record[p + 2];
      start = p + 3;
      s->skip = 0;
      if (flags & 0x08)
        {
          if (start + 2 > length)
            return FALSE;
          s->skip += 4 * (guint64) read_u16 (record + start);
          start += 2;
        }
      if (flags & 0x04)
        {
          if (start + 4 > length)
            return FALSE;
          s->skip += read_u32 (record + start);
          start += 4;
        }
      if (start > length)
        return FALSE;
      s->next_skip = 0;
      required = (guint64) n_chars * ((flags & 0x01) ? 2 : 1);
      if (required > length - start)
        {
          s->split_length = n_chars;
          s->split_done = (flags & 0x01) ? (length - start) / 2 : length - start;
          return TRUE;
        }
      /* FreeXL refuses empty strings */
      if (n_chars == 0)
        return FALSE;
      p = start + required + s->skip;
      s->next_skip = p >= length ? p - length : 0;
      s->skip = 0;
      s->index++;
    }
  return TRUE;
}

/* Checks the records FreeXL reads with lengths taken from the file; sets *password when the
 * workbook has FILEPASS (the records after it are encrypted and not checked). */
static gboolean
biff_check (const guint8 *data,
            gsize         size,
            gboolean     *password)
{
  SstCheck sst = { 0, };
  guint16 version = 0;
  guint16 last_type = 0;
  gboolean dimensions_seen = FALSE;
  gsize offset = 0;

  while (offset + 4 <= size)
    {
      guint16 type = read_u16 (data + offset);
      guint16 length = read_u16 (data + offset + 2);
      const guint8 *record = data + offset + 4;

      /* where FreeXL stops reading */
      if ((type == 0 && length == 0) || length > BIFF_MAX_RECORD)
        break;
      if (offset + 4 + length > size)
        return FALSE;

      if (version == 0)
        {
          if (type != BIFF_BOF || length < 4)
            return FALSE;
          version = read_u16 (record);
        }

      switch (type)
        {
        case BIFF_BOF:
          dimensions_seen = FALSE;
          break;
        case BIFF_DIMENSIONS:
          /* FreeXL sizes its cell table from this, once per sheet: a second one, or one it
           * cannot allocate, leaves the table and its size out of step */
          if (dimensions_seen)
            return FALSE;
          dimensions_seen = TRUE;
          if (version == 0x0600 ? length < 14 || read_u32 (record + 4) > 65536
                                  || read_u16 (record + 10) > 256
                                : length < 10 || read_u16 (record + 6) > 256)
            return FALSE;
          break;
        case BIFF_FILEPASS:
          *password = TRUE;
          return TRUE;
        case BIFF_SST:
          if (!sst_check_record (&sst, record, length, TRUE))
            return FALSE;
          break;
        case BIFF_CONTINUE:
          if (last_type == BIFF_SST && !sst_check_record (&sst, record, length, FALSE))
            return FALSE;
          break;
        case BIFF_FORMAT:
          if (version == 0x0600 && (length < 4 || !biff_string_fits (record, length, 4,
                                                                     read_u16 (record + 2))))
            return FALSE;
          break;
        case BIFF_LABEL:
          if (length < 8)
            return FALSE;
          if (version == 0x0600 ? !biff_string_fits (record, length, 8, read_u16 (record + 6))
                                : 8 + (gsize) read_u16 (record + 6) > length)
            return FALSE;
          break;
        default:
          break;
        }
      if (type != BIFF_CONTINUE)
        last_type = type;
      offset += 4 + length;
    }
  return version != 0;
}

static CfbKind
inspect_compound_file (const char *path)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GByteArray) stream = NULL;
  Cfb cfb = { NULL, 0, 0, 0, NULL, 0 };
  CfbKind kind = CFB_DAMAGED;
  gboolean excel = FALSE, encrypted = FALSE, password = FALSE;
  gboolean first_sector = TRUE, root_seen = FALSE;
  guint32 workbook_start = 0, workbook_size = 0, root_start = 0, root_size = 0;
  guint32 sector, mini_cutoff;
  guint32 hops = 0;
  guint16 shift;

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
  cfb.n_sectors = MIN (cfb.size / cfb.sector_size - 1, G_MAXUINT32 - 6);
  if (!cfb_load_fat (&cfb))
    goto out;

  for (sector = read_u32 (cfb.data + 0x30); sector != CFB_END_OF_CHAIN; )
    {
      const guint8 *s = cfb_sector (&cfb, sector);

      if (s == NULL || sector >= cfb.n_fat)
        goto out;
      for (guint i = 0; i < cfb.sector_size / CFB_DIR_ENTRY_SIZE; i++)
        {
          const guint8 *entry = s + i * CFB_DIR_ENTRY_SIZE;
          gboolean is_workbook = cfb_name_equal (entry, "Workbook")
                                 || cfb_name_equal (entry, "Book");

          /* FreeXL looks for the workbook in the first directory sector only, converting each
           * name with the length the entry gives */
          if (first_sector && read_u16 (entry + 64) > 64)
            goto out;
          if (first_sector && !excel && !root_seen && cfb_name_equal (entry, "Root Entry"))
            {
              root_seen = TRUE;
              root_start = read_u32 (entry + 116);
              root_size = read_u32 (entry + 120);
            }
          /* object type 2: a stream */
          if (entry[66] != 2)
            continue;
          if (is_workbook && first_sector && !excel)
            {
              excel = TRUE;
              workbook_start = read_u32 (entry + 116);
              workbook_size = read_u32 (entry + 120);
            }
          else if (is_workbook)
            excel = TRUE;
          else if (cfb_name_equal (entry, "EncryptedPackage"))
            encrypted = TRUE;
        }
      first_sector = FALSE;
      sector = cfb.fat[sector];
      /* a directory that loops would be read for ever */
      if (++hops >= cfb.n_sectors)
        goto out;
    }

  if (encrypted)
    {
      kind = CFB_ENCRYPTED;
      goto out;
    }
  if (!excel)
    {
      kind = CFB_OTHER;
      goto out;
    }

  /* what FreeXL will read: small workbooks from the start of the mini stream, which is the root
   * entry's chain, others from their own chain */
  mini_cutoff = read_u32 (cfb.data + 0x40) > 0 ? read_u32 (cfb.data + 0x38) : 0;
  if (workbook_size <= mini_cutoff)
    {
      g_autoptr(GByteArray) mini = root_seen ? cfb_read_chain (&cfb, root_start, root_size)
                                             : NULL;

      if (mini == NULL || mini->len < workbook_size)
        goto out;
      g_byte_array_set_size (mini, workbook_size);
      stream = g_steal_pointer (&mini);
    }
  else
    stream = cfb_read_chain (&cfb, workbook_start, workbook_size);

  if (stream != NULL && biff_check (stream->data, stream->len, &password))
    kind = password ? CFB_ENCRYPTED : CFB_EXCEL;

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
