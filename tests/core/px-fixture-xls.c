/* px-fixture-xls.c: Excel 97-2003 (.xls, BIFF8) test fixtures and bare OLE compound files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-fixture"

#include "config.h"

#include <string.h>

#include "px-fixture-xls.h"

/* OLE compound file (MS-CFB) */

#define SECTOR_SIZE 512
#define ENTRIES_PER_SECTOR (SECTOR_SIZE / 4)
#define DIR_ENTRY_SIZE 128
#define MIN_STREAM_SIZE 4096    /* the mini-stream cutoff: bigger streams live in sectors */
#define HEADER_FAT_SLOTS 109

#define FREE_SECTOR 0xFFFFFFFFu
#define END_OF_CHAIN 0xFFFFFFFEu
#define FAT_SECTOR 0xFFFFFFFDu
#define NO_STREAM 0xFFFFFFFFu

static void
put_u16 (guint8  *p,
         guint16  v)
{
  p[0] = v & 0xFF;
  p[1] = v >> 8;
}

static void
put_u32 (guint8  *p,
         guint32  v)
{
  p[0] = v & 0xFF;
  p[1] = (v >> 8) & 0xFF;
  p[2] = (v >> 16) & 0xFF;
  p[3] = v >> 24;
}

static void
append_u8 (GByteArray *a,
           guint8      v)
{
  g_byte_array_append (a, &v, 1);
}

static void
append_u16 (GByteArray *a,
            guint16     v)
{
  guint8 b[2];

  put_u16 (b, v);
  g_byte_array_append (a, b, 2);
}

static void
append_u32 (GByteArray *a,
            guint32     v)
{
  guint8 b[4];

  put_u32 (b, v);
  g_byte_array_append (a, b, 4);
}

static void
append_double (GByteArray *a,
               double      v)
{
  guint64 bits;
  guint8 b[8];

  memcpy (&bits, &v, 8);
  for (int i = 0; i < 8; i++)
    b[i] = (bits >> (8 * i)) & 0xFF;
  g_byte_array_append (a, b, 8);
}

/* CFB orders siblings by name length first, then by upper-cased name. */
static int
compare_stream_names (gconstpointer a,
                      gconstpointer b)
{
  const PxFixtureStream *sa = *(const PxFixtureStream * const *) a;
  const PxFixtureStream *sb = *(const PxFixtureStream * const *) b;
  gsize la = strlen (sa->name), lb = strlen (sb->name);

  if (la != lb)
    return la < lb ? -1 : 1;
  return g_ascii_strcasecmp (sa->name, sb->name);
}

static void
write_dir_entry (guint8     *entry,
                 const char *name,
                 guint8      type,
                 guint32     right,
                 guint32     child,
                 guint32     start,
                 guint32     size)
{
  gsize len = strlen (name);

  memset (entry, 0, DIR_ENTRY_SIZE);
  for (gsize i = 0; i < len; i++)
    put_u16 (entry + i * 2, (guchar) name[i]);
  put_u16 (entry + 64, (len + 1) * 2);
  entry[66] = type;
  entry[67] = 1;                        /* black */
  put_u32 (entry + 68, NO_STREAM);      /* left sibling */
  put_u32 (entry + 72, right);
  put_u32 (entry + 76, child);
  put_u32 (entry + 116, start);
  put_u32 (entry + 120, size);
}

gboolean
px_fixture_write_compound_file (const char             *path,
                                const PxFixtureStream  *streams,
                                guint                   n_streams,
                                GError                **error)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GByteArray) file = g_byte_array_new ();
  g_autofree guint32 *stream_start = g_new0 (guint32, MAX (n_streams, 1));
  g_autofree guint32 *stream_size = g_new0 (guint32, MAX (n_streams, 1));
  g_autofree guint32 *fat = NULL;
  guint n_dir_entries = n_streams + 1;
  guint n_dir_sectors = (n_dir_entries * DIR_ENTRY_SIZE + SECTOR_SIZE - 1) / SECTOR_SIZE;
  guint n_data_sectors = 0;
  guint n_fat_sectors = 1;
  guint n_sectors, next;
  guint8 header[SECTOR_SIZE];

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (streams != NULL || n_streams == 0, FALSE);

  for (guint i = 0; i < n_streams; i++)
    g_ptr_array_add (sorted, (gpointer) &streams[i]);
  g_ptr_array_sort (sorted, compare_stream_names);

  for (guint i = 0; i < n_streams; i++)
    {
      const PxFixtureStream *s = g_ptr_array_index (sorted, i);

      g_return_val_if_fail (strlen (s->name) < 32, FALSE);
      stream_size[i] = MAX (s->length, MIN_STREAM_SIZE);
      n_data_sectors += (stream_size[i] + SECTOR_SIZE - 1) / SECTOR_SIZE;
    }

  /* the FAT maps every sector, its own included */
  while (n_fat_sectors * ENTRIES_PER_SECTOR < n_fat_sectors + n_dir_sectors + n_data_sectors)
    n_fat_sectors++;
  if (n_fat_sectors > HEADER_FAT_SLOTS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "compound file: streams too big for a FAT without DIFAT sectors");
      return FALSE;
    }
  n_sectors = n_fat_sectors + n_dir_sectors + n_data_sectors;

  /* sectors: FAT, then the directory, then each stream in a row */
  fat = g_new (guint32, (gsize) n_fat_sectors * ENTRIES_PER_SECTOR);
  for (guint i = 0; i < n_fat_sectors * ENTRIES_PER_SECTOR; i++)
    fat[i] = FREE_SECTOR;
  for (guint i = 0; i < n_fat_sectors; i++)
    fat[i] = FAT_SECTOR;
  next = n_fat_sectors;
  for (guint i = 0; i < n_dir_sectors; i++, next++)
    fat[next] = i + 1 < n_dir_sectors ? next + 1 : END_OF_CHAIN;
  for (guint s = 0; s < n_streams; s++)
    {
      guint count = (stream_size[s] + SECTOR_SIZE - 1) / SECTOR_SIZE;

      stream_start[s] = next;
      for (guint i = 0; i < count; i++, next++)
        fat[next] = i + 1 < count ? next + 1 : END_OF_CHAIN;
    }
  g_assert (next == n_sectors);

  memset (header, 0, sizeof header);
  memcpy (header, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put_u16 (header + 0x18, 0x003E);              /* minor version */
  put_u16 (header + 0x1A, 0x0003);              /* major version 3: 512-byte sectors */
  put_u16 (header + 0x1C, 0xFFFE);              /* little-endian */
  put_u16 (header + 0x1E, 9);                   /* 2^9 = 512 */
  put_u16 (header + 0x20, 6);                   /* mini sectors of 64 bytes */
  put_u32 (header + 0x2C, n_fat_sectors);
  put_u32 (header + 0x30, n_fat_sectors);       /* first directory sector */
  put_u32 (header + 0x38, MIN_STREAM_SIZE);
  put_u32 (header + 0x3C, END_OF_CHAIN);        /* no mini FAT */
  put_u32 (header + 0x44, END_OF_CHAIN);        /* no DIFAT sectors */
  for (guint i = 0; i < HEADER_FAT_SLOTS; i++)
    put_u32 (header + 0x4C + i * 4, i < n_fat_sectors ? i : FREE_SECTOR);
  g_byte_array_append (file, header, sizeof header);

  for (guint i = 0; i < n_fat_sectors * ENTRIES_PER_SECTOR; i++)
    append_u32 (file, fat[i]);

  {
    gsize dir_offset = file->len;
    guint8 *dir;

    g_byte_array_set_size (file, file->len + (gsize) n_dir_sectors * SECTOR_SIZE);
    dir = file->data + dir_offset;
    memset (dir, 0, (gsize) n_dir_sectors * SECTOR_SIZE);
    /* unused entries: no siblings, no child */
    for (guint i = 0; i < n_dir_sectors * SECTOR_SIZE / DIR_ENTRY_SIZE; i++)
      {
        put_u32 (dir + i * DIR_ENTRY_SIZE + 68, NO_STREAM);
        put_u32 (dir + i * DIR_ENTRY_SIZE + 72, NO_STREAM);
        put_u32 (dir + i * DIR_ENTRY_SIZE + 76, NO_STREAM);
      }
    /* the streams hang off the root as a chain of right siblings, in CFB name order */
    write_dir_entry (dir, "Root Entry", 5, NO_STREAM, n_streams > 0 ? 1 : NO_STREAM,
                     END_OF_CHAIN, 0);
    for (guint s = 0; s < n_streams; s++)
      {
        const PxFixtureStream *stream = g_ptr_array_index (sorted, s);

        write_dir_entry (dir + (s + 1) * DIR_ENTRY_SIZE, stream->name, 2,
                         s + 1 < n_streams ? s + 2 : NO_STREAM, NO_STREAM, stream_start[s],
                         stream_size[s]);
      }
  }

  for (guint s = 0; s < n_streams; s++)
    {
      const PxFixtureStream *stream = g_ptr_array_index (sorted, s);
      gsize padded = ((gsize) stream_size[s] + SECTOR_SIZE - 1) / SECTOR_SIZE * SECTOR_SIZE;
      gsize offset = file->len;

      g_byte_array_set_size (file, file->len + padded);
      memset (file->data + offset, 0, padded);
      if (stream->length > 0)
        memcpy (file->data + offset, stream->data, stream->length);
    }
  g_assert (file->len == (gsize) (n_sectors + 1) * SECTOR_SIZE);

  return g_file_set_contents (path, (const char *) file->data, file->len, error);
}

/* BIFF8 records (MS-XLS) */

#define MAX_RECORD_DATA 8224

#define R_EOF 0x000A
#define R_DATEMODE 0x0022
#define R_FILEPASS 0x002F
#define R_FONT 0x0031
#define R_CONTINUE 0x003C
#define R_WINDOW1 0x003D
#define R_CODEPAGE 0x0042
#define R_BOUNDSHEET 0x0085
#define R_XF 0x00E0
#define R_SST 0x00FC
#define R_LABELSST 0x00FD
#define R_EXTSST 0x00FF
#define R_DIMENSIONS 0x0200
#define R_NUMBER 0x0203
#define R_BOOLERR 0x0205
#define R_WINDOW2 0x023E
#define R_STYLE 0x0293
#define R_BOF 0x0809

/* cell formats: 15 style XFs, then the cell XFs the records refer to */
#define XF_GENERAL 15
#define XF_DATE 16
#define XF_TIME 17

static void
append_record (GByteArray   *stream,
               guint16       type,
               const guint8 *data,
               gsize         length)
{
  g_assert (length <= MAX_RECORD_DATA);
  append_u16 (stream, type);
  append_u16 (stream, length);
  if (length > 0)
    g_byte_array_append (stream, data, length);
}

static void
append_record_bytes (GByteArray *stream,
                     guint16     type,
                     GByteArray *data)
{
  append_record (stream, type, data->data, data->len);
  g_byte_array_set_size (data, 0);
}

static void
append_bof (GByteArray *stream,
            guint16     kind)
{
  g_autoptr(GByteArray) r = g_byte_array_new ();

  append_u16 (r, 0x0600);       /* BIFF8 */
  append_u16 (r, kind);         /* 0x0005 workbook globals, 0x0010 worksheet */
  append_u16 (r, 0x0DBB);       /* build */
  append_u16 (r, 0x07CC);       /* year 1996 */
  append_u32 (r, 0x000100C1);   /* file history flags */
  append_u32 (r, 0x00000106);   /* lowest BIFF version */
  append_record_bytes (stream, R_BOF, r);
}

static void
append_xf (GByteArray *stream,
           gboolean    style,
           guint16     format)
{
  g_autoptr(GByteArray) r = g_byte_array_new ();

  append_u16 (r, 0);                            /* font */
  append_u16 (r, format);
  append_u16 (r, style ? 0xFFF5 : 0x0001);      /* locked; style XFs have no parent */
  append_u8 (r, 0x20);                          /* bottom-aligned */
  append_u8 (r, 0);
  append_u8 (r, 0);
  append_u8 (r, style || format == 0 ? 0 : 0x04);  /* the number format is this XF's own */
  append_u32 (r, 0);                            /* borders */
  append_u32 (r, 0);
  append_u16 (r, 0x20C0);                       /* pattern colours: automatic */
  append_record_bytes (stream, R_XF, r);
}

/* The shared string table: every string as UTF-16 (fHighByte), split into CONTINUE records at
 * 8,224 bytes. A string's 3-byte header never splits; its characters may, and the continuation
 * starts with a fresh option byte, as Excel does. EXTSST is filled in on the way. */
static void
append_sst (GByteArray *stream,
            GPtrArray  *strings,
            guint       total,
            GByteArray *extsst)
{
  g_autoptr(GByteArray) r = g_byte_array_new ();
  guint16 type = R_SST;
  guint dsst = MAX (8, (strings->len + 127) / 128);

  append_u32 (r, total);
  append_u32 (r, strings->len);
  append_u16 (extsst, dsst);

  for (guint i = 0; i < strings->len; i++)
    {
      g_autofree gunichar2 *utf16 = NULL;
      glong n_units = 0;
      gsize remaining, done = 0;

      utf16 = g_utf8_to_utf16 (g_ptr_array_index (strings, i), -1, NULL, &n_units, NULL);
      g_assert (utf16 != NULL && n_units < 4000);
      remaining = (gsize) n_units * 2;

      if (r->len + 3 + 2 > MAX_RECORD_DATA)
        {
          append_record_bytes (stream, type, r);
          type = R_CONTINUE;
        }
      if (i % dsst == 0)
        {
          append_u32 (extsst, stream->len + 4 + r->len);
          append_u16 (extsst, 4 + r->len);
          append_u16 (extsst, 0);
        }
      append_u16 (r, n_units);
      append_u8 (r, 0x01);

      while (remaining > 0)
        {
          gsize space = (MAX_RECORD_DATA - r->len) & ~(gsize) 1;
          gsize chunk = MIN (space, remaining);
          guint8 *bytes = g_malloc (chunk);

          for (gsize k = 0; k < chunk / 2; k++)
            put_u16 (bytes + k * 2, utf16[done / 2 + k]);
          g_byte_array_append (r, bytes, chunk);
          g_free (bytes);
          done += chunk;
          remaining -= chunk;
          if (remaining > 0)
            {
              append_record_bytes (stream, type, r);
              type = R_CONTINUE;
              append_u8 (r, 0x01);
            }
        }
    }
  append_record_bytes (stream, type, r);
}

static guint
intern (GHashTable *index,
        GPtrArray  *strings,
        const char *text)
{
  gpointer found = g_hash_table_lookup (index, text);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  g_ptr_array_add (strings, (gpointer) text);
  g_hash_table_insert (index, (gpointer) text, GUINT_TO_POINTER (strings->len));
  return strings->len - 1;
}

static gboolean
is_text_type (PxFixtureCellType type)
{
  switch (type)
    {
    case PX_FIXTURE_NUMBER:
    case PX_FIXTURE_DATE:
    case PX_FIXTURE_CUSTOM_DATE:
    case PX_FIXTURE_TIME:
    case PX_FIXTURE_CUSTOM_NUMBER:
    case PX_FIXTURE_BOOLEAN:
    case PX_FIXTURE_ERROR:
      return FALSE;
    case PX_FIXTURE_TEXT:
    case PX_FIXTURE_FORMULA_STRING:
    default:
      return TRUE;
    }
}

static void
append_cell (GByteArray          *stream,
             guint                row,
             guint                col,
             const PxFixtureCell *cell,
             GHashTable          *index,
             GPtrArray           *strings)
{
  g_autoptr(GByteArray) r = g_byte_array_new ();
  guint16 xf = XF_GENERAL;

  append_u16 (r, row);
  append_u16 (r, col);

  switch (cell->type)
    {
    case PX_FIXTURE_BOOLEAN:
    case PX_FIXTURE_ERROR:
      append_u16 (r, XF_GENERAL);
      if (cell->type == PX_FIXTURE_BOOLEAN)
        {
          append_u8 (r, strcmp (cell->value, "1") == 0 || g_ascii_strcasecmp (cell->value,
                                                                             "true") == 0);
          append_u8 (r, 0);
        }
      else
        {
          append_u8 (r, 0x2A);                  /* #N/A */
          append_u8 (r, 1);
        }
      append_record_bytes (stream, R_BOOLERR, r);
      return;

    case PX_FIXTURE_DATE:
    case PX_FIXTURE_CUSTOM_DATE:
    case PX_FIXTURE_TIME:
    case PX_FIXTURE_NUMBER:
    case PX_FIXTURE_CUSTOM_NUMBER:
      if (cell->type == PX_FIXTURE_DATE || cell->type == PX_FIXTURE_CUSTOM_DATE)
        xf = XF_DATE;
      else if (cell->type == PX_FIXTURE_TIME)
        xf = XF_TIME;
      append_u16 (r, xf);
      append_double (r, g_ascii_strtod (cell->value, NULL));
      append_record_bytes (stream, R_NUMBER, r);
      return;

    case PX_FIXTURE_TEXT:
    case PX_FIXTURE_FORMULA_STRING:
    default:
      append_u16 (r, XF_GENERAL);
      append_u32 (r, intern (index, strings, cell->value));
      append_record_bytes (stream, R_LABELSST, r);
      return;
    }
}

gboolean
px_fixture_write_xls (const char                 *path,
                      const PxFixtureCell        *cells,
                      guint                       n_rows,
                      guint                       n_columns,
                      const PxFixtureXlsOptions  *options,
                      GError                    **error)
{
  static const PxFixtureXlsOptions defaults = { 0, };
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  g_autoptr(GByteArray) sheet = g_byte_array_new ();
  g_autoptr(GByteArray) r = g_byte_array_new ();
  g_autoptr(GByteArray) extsst = g_byte_array_new ();
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  g_autofree gunichar2 *name16 = NULL;
  const char *sheet_name;
  glong name_units = 0;
  guint n_text_cells = 0;
  gsize boundsheet_offset;
  PxFixtureStream workbook;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cells != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (n_rows <= 65536 && n_columns <= 256, FALSE);

  if (options == NULL)
    options = &defaults;
  sheet_name = options->sheet_name != NULL ? options->sheet_name : "Sheet1";

  /* the worksheet substream first, since the SST must know every string */
  append_bof (sheet, 0x0010);
  append_u32 (r, 0);                            /* first row */
  append_u32 (r, n_rows);                       /* last row + 1 */
  append_u16 (r, 0);                            /* first column */
  append_u16 (r, n_columns);                    /* last column + 1 */
  append_u16 (r, 0);
  append_record_bytes (sheet, R_DIMENSIONS, r);
  append_u16 (r, 0x06B6);                       /* grid, headers, zeros, selected… */
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_u16 (r, 0x40);                         /* automatic header colour */
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_record_bytes (sheet, R_WINDOW2, r);
  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < n_columns; col++)
      {
        const PxFixtureCell *cell = &cells[(gsize) row * n_columns + col];

        /* Excel keeps no empty strings, and FreeXL refuses them */
        if (cell->value == NULL || (is_text_type (cell->type) && cell->value[0] == '\0'))
          continue;
        if (is_text_type (cell->type))
          n_text_cells++;
        append_cell (sheet, row, col, cell, index, strings);
      }
  append_record (sheet, R_EOF, NULL, 0);

  /* workbook globals */
  append_bof (stream, 0x0005);
  if (options->password)
    {
      /* RC4 encryption header: version 1.1, then salt, verifier and its hash (54 bytes) */
      append_u16 (r, 0x0001);
      append_u16 (r, 0x0001);
      append_u16 (r, 0x0001);
      for (int i = 0; i < 48; i++)
        append_u8 (r, (guint8) (i * 37 + 11));
      append_record_bytes (stream, R_FILEPASS, r);
    }
  append_u16 (r, 1200);                         /* UTF-16 */
  append_record_bytes (stream, R_CODEPAGE, r);
  append_u16 (r, 0x0168);
  append_u16 (r, 0x001E);
  append_u16 (r, 0x3000);
  append_u16 (r, 0x2000);
  append_u16 (r, 0x0038);
  append_u16 (r, 0);
  append_u16 (r, 0);
  append_u16 (r, 1);
  append_u16 (r, 0x0258);
  append_record_bytes (stream, R_WINDOW1, r);
  append_u16 (r, options->date1904 ? 1 : 0);
  append_record_bytes (stream, R_DATEMODE, r);
  /* four fonts: Excel numbers them 0-3, then 5 onwards */
  for (int i = 0; i < 4; i++)
    {
      append_u16 (r, 220);                      /* 11 pt in twips */
      append_u16 (r, 0);
      append_u16 (r, 0x7FFF);                   /* automatic colour */
      append_u16 (r, 400);                      /* normal weight */
      append_u16 (r, 0);
      append_u8 (r, 0);
      append_u8 (r, 0);
      append_u8 (r, 134);                       /* GB2312 character set */
      append_u8 (r, 0);
      append_u8 (r, 5);
      append_u8 (r, 0);
      g_byte_array_append (r, (const guint8 *) "Arial", 5);
      append_record_bytes (stream, R_FONT, r);
    }
  for (int i = 0; i < 15; i++)
    append_xf (stream, TRUE, 0);
  append_xf (stream, FALSE, 0);                 /* 15: General */
  append_xf (stream, FALSE, 14);                /* 16: date */
  append_xf (stream, FALSE, 21);                /* 17: h:mm:ss */
  append_u16 (r, 0x8000);                       /* built-in style "Normal" on XF 0 */
  append_u8 (r, 0);
  append_u8 (r, 0xFF);
  append_record_bytes (stream, R_STYLE, r);

  boundsheet_offset = stream->len;
  name16 = g_utf8_to_utf16 (sheet_name, -1, NULL, &name_units, NULL);
  g_return_val_if_fail (name16 != NULL && name_units < 32, FALSE);
  append_u32 (r, 0);                            /* the sheet's BOF offset, set below */
  append_u8 (r, 0);                             /* visible */
  append_u8 (r, 0);                             /* worksheet */
  append_u8 (r, name_units);
  append_u8 (r, 0x01);                          /* UTF-16 */
  for (glong i = 0; i < name_units; i++)
    append_u16 (r, name16[i]);
  append_record_bytes (stream, R_BOUNDSHEET, r);

  append_sst (stream, strings, n_text_cells, extsst);
  append_record (stream, R_EXTSST, extsst->data, extsst->len);
  append_record (stream, R_EOF, NULL, 0);

  put_u32 (stream->data + boundsheet_offset + 4, stream->len);
  g_byte_array_append (stream, sheet->data, sheet->len);

  workbook.name = "Workbook";
  workbook.data = stream->data;
  workbook.length = stream->len;
  return px_fixture_write_compound_file (path, &workbook, 1, error);
}
