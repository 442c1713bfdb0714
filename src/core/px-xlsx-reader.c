/* px-xlsx-reader.c: the first worksheet of an Office Open XML workbook (.xlsx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-xlsx"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <minizip/unzip.h>

#include "px-sheet-private.h"

/* Parts are fed to GMarkup in chunks this big, so a 100,000-row sheet is never held whole. */
#define READ_CHUNK_SIZE (256 * 1024)

/* Excel's limits: a serial day number past 9999-12-31 shows as ####, and XFD is the last column. */
#define MAX_SERIAL_DATE 2958466.0
#define MAX_COLUMNS 16384
#define MAX_ROWS 1048576

typedef enum
{
  NUMBER_GENERAL,
  NUMBER_DATE,
  NUMBER_TIME,
  NUMBER_DATETIME,
} NumberKind;

typedef struct
{
  unzFile zip;
  const char *path;
  char *buffer;
  const gint *cancelled;        /* NULL, or set from another thread to stop reading */
} Package;

/* Errors */

static void
set_damaged_error (GError     **error,
                   const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT,
               _("“%s” is not a readable Excel workbook (the archive is damaged)."), display);
}

static void
set_malformed_error (GError     **error,
                     const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT,
               _("“%s” is not a readable Excel workbook (its contents are damaged). Open it in "
                 "Excel or WPS and save it again."), display);
}

/* XML helpers */

/* Excel writes <row>, WPS and some generators <x:row>: only the local name matters. */
static inline const char *
local_name (const char *name)
{
  const char *colon = strchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *local)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (local_name (names[i]), local) == 0)
      return values[i];
  return NULL;
}

static gboolean
parse_uint (const char *text,
            guint64    *value)
{
  char *end = NULL;
  guint64 v;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  v = g_ascii_strtoull (text, &end, 10);
  if (end == text || *end != '\0')
    return FALSE;
  *value = v;
  return TRUE;
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (strcmp (value, "1") == 0 || g_ascii_strcasecmp (value, "true") == 0);
}

/* Strings in OOXML escape characters that XML 1.0 cannot hold as _xHHHH_ (Excel writes a
 * carriage return in a cell as _x000D_), and a literal "_x" as _x005F_x. */
static void
decode_ooxml_escapes (GString *text)
{
  gsize in = 0;
  gsize out = 0;

  if (strstr (text->str, "_x") == NULL)
    return;

  while (in < text->len)
    {
      if (text->str[in] == '_' && in + 7 <= text->len && text->str[in + 1] == 'x'
          && g_ascii_isxdigit (text->str[in + 2]) && g_ascii_isxdigit (text->str[in + 3])
          && g_ascii_isxdigit (text->str[in + 4]) && g_ascii_isxdigit (text->str[in + 5])
          && text->str[in + 6] == '_')
        {
          gunichar c = (g_ascii_xdigit_value (text->str[in + 2]) << 12)
                       | (g_ascii_xdigit_value (text->str[in + 3]) << 8)
                       | (g_ascii_xdigit_value (text->str[in + 4]) << 4)
                       | g_ascii_xdigit_value (text->str[in + 5]);

          if (g_unichar_validate (c) && c != 0)
            {
              char utf8[6];
              int n = g_unichar_to_utf8 (c, utf8);

              /* the UTF-8 form (≤ 3 bytes for a BMP character) is never longer than the
               * 7-byte escape, so writing in place stays behind the read position */
              memcpy (text->str + out, utf8, n);
              out += n;
              in += 7;
              continue;
            }
        }
      text->str[out++] = text->str[in++];
    }
  g_string_truncate (text, out);
}

/* Reading parts of the package */

/* Finds a part by name the way Excel does, ignoring case; some generators on Windows store
 * names with backslashes. */
static gboolean
locate_part (unzFile     zip,
             const char *name)
{
  g_autofree char *backslashed = NULL;

  if (unzLocateFile (zip, name, 2) == UNZ_OK)
    return TRUE;
  backslashed = g_strdelimit (g_strdup (name), "/", '\\');
  return unzLocateFile (zip, backslashed, 2) == UNZ_OK;
}

/* Streams one part through a GMarkup parser. Returns FALSE with error set when the part is
 * damaged; a missing part is not an error but leaves *found FALSE. */
static gboolean
parse_part (Package             *package,
            const char          *name,
            const GMarkupParser *parser,
            gpointer             user_data,
            gboolean            *found,
            GError             **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean first = TRUE;
  gboolean ok = TRUE;
  int n;

  *found = FALSE;
  if (!locate_part (package->zip, name))
    return TRUE;
  *found = TRUE;

  if (unzOpenCurrentFile (package->zip) != UNZ_OK)
    {
      set_damaged_error (error, package->path);
      return FALSE;
    }

  context = g_markup_parse_context_new (parser, 0, user_data, NULL);
  while ((n = unzReadCurrentFile (package->zip, package->buffer, READ_CHUNK_SIZE)) > 0)
    {
      const char *data = package->buffer;

      if (package->cancelled != NULL && g_atomic_int_get (package->cancelled))
        {
          g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
          ok = FALSE;
          break;
        }

      /* GMarkup does not skip a byte-order mark, which some writers put before <?xml */
      if (first && n >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          n -= 3;
        }
      first = FALSE;
      if (!g_markup_parse_context_parse (context, data, n, &local_error))
        {
          ok = FALSE;
          break;
        }
    }

  if (ok && n < 0)
    {
      g_debug ("reading %s failed: minizip error %d", name, n);
      unzCloseCurrentFile (package->zip);
      set_damaged_error (error, package->path);
      return FALSE;
    }
  /* closing checks the CRC, so a damaged part that still inflated shows here */
  if (unzCloseCurrentFile (package->zip) != UNZ_OK && ok)
    {
      set_damaged_error (error, package->path);
      return FALSE;
    }
  if (ok && !g_markup_parse_context_end_parse (context, &local_error))
    ok = FALSE;

  if (!ok)
    {
      /* errors raised by our own callbacks are already in the sheet domain */
      if (local_error->domain == PX_SHEET_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          g_debug ("%s in %s: %s", name, package->path, local_error->message);
          set_malformed_error (error, package->path);
        }
      return FALSE;
    }
  return TRUE;
}

/* Resolves a relationship target against the folder of the part that holds it: "worksheets/
 * sheet1.xml" from xl/workbook.xml is xl/worksheets/sheet1.xml, "/xl/worksheets/sheet1.xml" is
 * absolute, and "../" climbs. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else if (base_dir[0] == '\0')
    joined = g_strdup (target);
  else
    joined = g_strconcat (base_dir, "/", target, NULL);

  g_strdelimit (joined, "\\", '/');
  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          if (parts->len > 0)
            g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, segments[i]);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

/* Relationships (the .rels parts) */

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
rels_start_element (GMarkupParseContext  *context,
                    const char           *element_name,
                    const char          **attribute_names,
                    const char          **attribute_values,
                    gpointer              user_data,
                    GError              **error)
{
  GPtrArray *rels = user_data;
  const char *id, *type, *target, *mode;
  Relationship *rel;

  if (strcmp (local_name (element_name), "Relationship") != 0)
    return;
  id = find_attribute (attribute_names, attribute_values, "Id");
  type = find_attribute (attribute_names, attribute_values, "Type");
  target = find_attribute (attribute_names, attribute_values, "Target");
  mode = find_attribute (attribute_names, attribute_values, "TargetMode");
  if (id == NULL || target == NULL || (mode != NULL && strcmp (mode, "External") == 0))
    return;

  rel = g_new0 (Relationship, 1);
  rel->id = g_strdup (id);
  rel->type = g_strdup (type != NULL ? type : "");
  rel->target = g_strdup (target);
  g_ptr_array_add (rels, rel);
}

static const GMarkupParser rels_parser = { rels_start_element, NULL, NULL, NULL, NULL };

static GPtrArray *
read_relationships (Package     *package,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  gboolean found;

  if (!parse_part (package, name, &rels_parser, rels, &found, error))
    return NULL;
  return g_steal_pointer (&rels);
}

static const Relationship *
find_relationship_by_type (GPtrArray  *rels,
                           const char *type_suffix)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (g_str_has_suffix (rel->type, type_suffix))
        return rel;
    }
  return NULL;
}

static const Relationship *
find_relationship_by_id (GPtrArray  *rels,
                         const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (strcmp (rel->id, id) == 0)
        return rel;
    }
  return NULL;
}

/* The workbook part: the sheets in tab order and the date system */

typedef struct
{
  char *rel_id;
  gboolean hidden;
} SheetEntry;

typedef struct
{
  const char *path;
  GArray *sheets;       /* of SheetEntry */
  gboolean date1904;
  gboolean seen_root;
} WorkbookInfo;

static void
sheet_entry_clear (gpointer data)
{
  SheetEntry *entry = data;

  g_free (entry->rel_id);
}

static void
workbook_start_element (GMarkupParseContext  *context,
                        const char           *element_name,
                        const char          **attribute_names,
                        const char          **attribute_values,
                        gpointer              user_data,
                        GError              **error)
{
  WorkbookInfo *info = user_data;
  const char *name = local_name (element_name);

  /* a Word or PowerPoint file has the same package layout: stop at its root element */
  if (!info->seen_root)
    {
      info->seen_root = TRUE;
      if (strcmp (name, "workbook") != 0)
        {
          g_autofree char *display = g_filename_display_name (info->path);

          g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                       _("“%s” is a ZIP archive but not an Excel workbook."), display);
        }
      return;
    }

  if (strcmp (name, "workbookPr") == 0)
    info->date1904 = is_true (find_attribute (attribute_names, attribute_values, "date1904"));
  else if (strcmp (name, "sheet") == 0)
    {
      SheetEntry entry = { NULL, FALSE };
      const char *state = find_attribute (attribute_names, attribute_values, "state");

      /* r:id, whatever prefix the relationships namespace got */
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (strchr (attribute_names[i], ':') != NULL
            && strcmp (local_name (attribute_names[i]), "id") == 0)
          {
            entry.rel_id = g_strdup (attribute_values[i]);
            break;
          }
      if (entry.rel_id == NULL)
        return;
      entry.hidden = state != NULL && strcmp (state, "visible") != 0;
      g_array_append_val (info->sheets, entry);
    }
}

static const GMarkupParser workbook_parser = { workbook_start_element, NULL, NULL, NULL, NULL };

/* Shared strings */

typedef struct
{
  GStringChunk *chunk;
  GPtrArray *strings;   /* const char *, into chunk */
  GString *text;
  gboolean in_si;
  gboolean in_t;
  guint phonetic_depth; /* inside <rPh>: furigana runs are not part of the text */
} SharedStringsParser;

static void
sst_start_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  SharedStringsParser *p = user_data;
  const char *name = local_name (element_name);

  if (strcmp (name, "si") == 0)
    {
      p->in_si = TRUE;
      p->phonetic_depth = 0;
      g_string_truncate (p->text, 0);
    }
  else if (!p->in_si)
    return;
  else if (strcmp (name, "rPh") == 0)
    p->phonetic_depth++;
  else if (strcmp (name, "t") == 0 && p->phonetic_depth == 0)
    p->in_t = TRUE;
}

static void
sst_end_element (GMarkupParseContext  *context,
                 const char           *element_name,
                 gpointer              user_data,
                 GError              **error)
{
  SharedStringsParser *p = user_data;
  const char *name = local_name (element_name);

  if (!p->in_si)
    return;
  if (strcmp (name, "t") == 0)
    p->in_t = FALSE;
  else if (strcmp (name, "rPh") == 0 && p->phonetic_depth > 0)
    p->phonetic_depth--;
  else if (strcmp (name, "si") == 0)
    {
      decode_ooxml_escapes (p->text);
      g_ptr_array_add (p->strings, g_string_chunk_insert_len (p->chunk, p->text->str,
                                                               p->text->len));
      p->in_si = FALSE;
      p->in_t = FALSE;
    }
}

static void
sst_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 text_len,
          gpointer              user_data,
          GError              **error)
{
  SharedStringsParser *p = user_data;

  if (p->in_t)
    g_string_append_len (p->text, text, text_len);
}

static const GMarkupParser sst_parser = { sst_start_element, sst_end_element, sst_text, NULL,
                                          NULL };

/* Styles: which cell formats show numbers as dates */

static NumberKind
builtin_number_kind (guint64 id)
{
  switch (id)
    {
    case 14: case 15: case 16: case 17:
    case 27: case 28: case 29: case 30: case 31: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
      return NUMBER_DATE;
    case 22:
      return NUMBER_DATETIME;
    /* h:mm and friends, and the CJK 时/分/秒 forms (32-35, 55, 56) */
    case 18: case 19: case 20: case 21:
    case 32: case 33: case 34: case 35:
    case 45: case 46: case 47:
    case 55: case 56:
      return NUMBER_TIME;
    default:
      return NUMBER_GENERAL;
    }
}

/* Reads a custom number format code the way Excel decides that a cell holds a date: date
 * letters outside "quoted text", [colour/locale] brackets and escaped characters. An m is a
 * month unless the code also has hours or seconds ("h:mm", "mm:ss"). */
static NumberKind
classify_format_code (const char *code)
{
  gboolean date = FALSE, month = FALSE, time = FALSE;
  const char *p = code;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return NUMBER_GENERAL;

      if (c == '"')
        {
          const char *close = strchr (p + 1, '"');

          p = close != NULL ? close + 1 : p + strlen (p);
          continue;
        }
      if (c == '[')
        {
          const char *close = strchr (p + 1, ']');
          gsize len = close != NULL ? (gsize) (close - p - 1) : 0;

          /* [h], [mm], [ss]: elapsed time */
          if (len > 0 && len <= 2 && strspn (p + 1, "hHmMsS") >= len)
            time = TRUE;
          p = close != NULL ? close + 1 : p + strlen (p);
          continue;
        }
      if (c == '\\' || c == '_' || c == '*')
        {
          p = g_utf8_next_char (p);
          if (*p != '\0')
            p = g_utf8_next_char (p);
          continue;
        }
      if (g_ascii_strncasecmp (p, "AM/PM", 5) == 0)
        {
          time = TRUE;
          p += 5;
          continue;
        }
      if (g_ascii_strncasecmp (p, "A/P", 3) == 0)
        {
          time = TRUE;
          p += 3;
          continue;
        }

      switch (c)
        {
        case 'y': case 'Y': case 'd': case 'D':
        case 0x5E74: /* 年 */
        case 0x65E5: /* 日 */
          date = TRUE;
          break;
        case 0x6708: /* 月 */
          month = TRUE;
          break;
        case 'm': case 'M':
          month = TRUE;
          break;
        case 'h': case 'H': case 's': case 'S':
        case 0x65F6: case 0x6642: /* 时 時 */
        case 0x5206: case 0x79D2: /* 分 秒 */
          time = TRUE;
          break;
        default:
          break;
        }
      p = g_utf8_next_char (p);
    }

  if (month && !time)
    date = TRUE;
  if (date && time)
    return NUMBER_DATETIME;
  if (date)
    return NUMBER_DATE;
  if (time)
    return NUMBER_TIME;
  return NUMBER_GENERAL;
}

typedef struct
{
  GHashTable *custom;   /* numFmtId → NumberKind + 1 */
  GArray *xf_kinds;     /* of guint8 NumberKind, by cellXfs index */
  gboolean in_cell_xfs;
} StylesParser;

static void
styles_start_element (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **attribute_names,
                      const char          **attribute_values,
                      gpointer              user_data,
                      GError              **error)
{
  StylesParser *p = user_data;
  const char *name = local_name (element_name);

  if (strcmp (name, "numFmt") == 0)
    {
      const char *id = find_attribute (attribute_names, attribute_values, "numFmtId");
      const char *code = find_attribute (attribute_names, attribute_values, "formatCode");
      guint64 n;

      if (code != NULL && parse_uint (id, &n) && n <= G_MAXUINT)
        g_hash_table_insert (p->custom, GUINT_TO_POINTER ((guint) n),
                             GUINT_TO_POINTER (classify_format_code (code) + 1));
    }
  else if (strcmp (name, "cellXfs") == 0)
    p->in_cell_xfs = TRUE;
  else if (p->in_cell_xfs && strcmp (name, "xf") == 0)
    {
      const char *id = find_attribute (attribute_names, attribute_values, "numFmtId");
      guint64 n = 0;
      guint8 kind = NUMBER_GENERAL;

      if (parse_uint (id, &n) && n <= G_MAXUINT)
        {
          gpointer custom = g_hash_table_lookup (p->custom, GUINT_TO_POINTER ((guint) n));

          kind = custom != NULL ? GPOINTER_TO_UINT (custom) - 1 : builtin_number_kind (n);
        }
      g_array_append_val (p->xf_kinds, kind);
    }
}

static void
styles_end_element (GMarkupParseContext  *context,
                    const char           *element_name,
                    gpointer              user_data,
                    GError              **error)
{
  StylesParser *p = user_data;

  if (strcmp (local_name (element_name), "cellXfs") == 0)
    p->in_cell_xfs = FALSE;
}

static const GMarkupParser styles_parser = { styles_start_element, styles_end_element, NULL,
                                             NULL, NULL };

/* The worksheet: from XML to cell records
 *
 * GMarkup takes most of the time on a big sheet, so the rows inside <sheetData> are cut into
 * segments of whole rows and parsed in a thread pool (see read_worksheet()). A parser turns its
 * rows into compact records; the calling thread then turns those, in order, into the sheet's
 * text. */

#define SEGMENT_SIZE (1024 * 1024)
#define FLUSH_SIZE (256 * 1024)

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED_STRING,
  CELL_INLINE_STRING,
  CELL_FORMULA_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_ISO_DATE,
} CellType;

typedef enum
{
  EVENT_ROW_BEGIN,
  EVENT_CELL,
  EVENT_ROW_END,
} EventKind;

/* A record, followed by length bytes of value and a NUL. */
typedef struct
{
  guint8 kind;
  guint8 type;          /* CellType */
  guint16 reserved;
  guint32 number;       /* the row number (0: the one after the row before), or the column */
  guint32 style;
  guint32 length;
} Event;

typedef struct _SheetBuilder SheetBuilder;

typedef struct
{
  GByteArray *events;
  SheetBuilder *builder;        /* if set, records are built as they come (whole-part mode) */

  gboolean in_row;
  guint next_column;            /* cells must come left to right; anything else is skipped */
  gboolean in_cell;
  guint column;
  CellType type;
  guint style;
  gboolean in_inline;           /* inside <is> */
  guint phonetic_depth;
  gboolean collecting;          /* inside <v>, or <t> of an inline string */
  GString *value;
} SheetParser;

static void build_rows (SheetBuilder     *b,
                        const GByteArray *events);

static void
emit_event (SheetParser *p,
            EventKind    kind,
            guint        number,
            const char  *value,
            gsize        length)
{
  Event event = { kind, p->type, 0, number, p->style, length };

  g_byte_array_append (p->events, (const guint8 *) &event, sizeof event);
  if (length > 0)
    g_byte_array_append (p->events, (const guint8 *) value, length);
  g_byte_array_append (p->events, (const guint8 *) "", 1);
  if (p->builder != NULL && p->events->len >= FLUSH_SIZE)
    {
      build_rows (p->builder, p->events);
      g_byte_array_set_size (p->events, 0);
    }
}

/* "BC12" → column 54; the digits are the row, which <row r> already gave. */
static gboolean
parse_cell_reference (const char *ref,
                      guint      *column)
{
  guint col = 0;
  guint letters = 0;

  for (; g_ascii_isalpha (*ref); ref++)
    {
      if (++letters > 3)
        return FALSE;
      col = col * 26 + (g_ascii_toupper (*ref) - 'A' + 1);
    }
  if (letters == 0 || col > MAX_COLUMNS)
    return FALSE;
  *column = col - 1;
  return TRUE;
}

static CellType
parse_cell_type (const char *t)
{
  switch (t[0])
    {
    case 's':
      if (t[1] == '\0')
        return CELL_SHARED_STRING;
      return strcmp (t, "str") == 0 ? CELL_FORMULA_STRING : CELL_NUMBER;
    case 'i':
      return strcmp (t, "inlineStr") == 0 ? CELL_INLINE_STRING : CELL_NUMBER;
    case 'b':
      return t[1] == '\0' ? CELL_BOOLEAN : CELL_NUMBER;
    case 'e':
      return t[1] == '\0' ? CELL_ERROR : CELL_NUMBER;
    case 'd':
      return t[1] == '\0' ? CELL_ISO_DATE : CELL_NUMBER;
    default:
      return CELL_NUMBER;
    }
}

static void
sheet_start_element (GMarkupParseContext  *context,
                     const char           *element_name,
                     const char          **attribute_names,
                     const char          **attribute_values,
                     gpointer              user_data,
                     GError              **error)
{
  SheetParser *p = user_data;
  const char *name = local_name (element_name);

  switch (name[0])
    {
    case 'c':
      if (name[1] == '\0' && p->in_row)
        {
          p->in_cell = TRUE;
          p->column = p->next_column;
          p->type = CELL_NUMBER;
          p->style = 0;
          p->in_inline = FALSE;
          p->collecting = FALSE;
          p->phonetic_depth = 0;
          g_string_truncate (p->value, 0);

          for (guint i = 0; attribute_names[i] != NULL; i++)
            {
              const char *attr = attribute_names[i];
              const char *value = attribute_values[i];

              if (attr[1] != '\0')
                continue;
              if (attr[0] == 'r')
                {
                  /* cells without r follow the one before */
                  if (!parse_cell_reference (value, &p->column))
                    p->column = p->next_column;
                }
              else if (attr[0] == 't')
                p->type = parse_cell_type (value);
              else if (attr[0] == 's')
                {
                  guint64 style;

                  if (parse_uint (value, &style) && style < G_MAXUINT32)
                    p->style = style;
                }
            }
        }
      break;

    case 'v':
      if (name[1] == '\0' && p->in_cell)
        {
          g_string_truncate (p->value, 0);
          p->collecting = TRUE;
        }
      break;

    case 'i':
      if (strcmp (name, "is") == 0 && p->in_cell)
        {
          g_string_truncate (p->value, 0);
          p->in_inline = TRUE;
        }
      break;

    case 't':
      if (name[1] == '\0' && p->in_inline && p->phonetic_depth == 0)
        p->collecting = TRUE;
      break;

    case 'r':
      if (strcmp (name, "row") == 0)
        {
          const char *r = find_attribute (attribute_names, attribute_values, "r");
          guint64 number;

          if (p->in_row)
            emit_event (p, EVENT_ROW_END, 0, NULL, 0);
          if (!parse_uint (r, &number) || number < 1 || number > MAX_ROWS)
            number = 0;
          p->in_row = TRUE;
          p->next_column = 0;
          emit_event (p, EVENT_ROW_BEGIN, number, NULL, 0);
        }
      else if (strcmp (name, "rPh") == 0 && p->in_inline)
        p->phonetic_depth++;
      break;

    default:
      break;
    }
}

static void
sheet_end_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   gpointer              user_data,
                   GError              **error)
{
  SheetParser *p = user_data;
  const char *name = local_name (element_name);

  switch (name[0])
    {
    case 'c':
      if (name[1] == '\0' && p->in_cell)
        {
          p->in_cell = FALSE;
          p->collecting = FALSE;
          if (p->column < p->next_column)
            {
              g_debug ("a cell out of order was skipped");
              break;
            }
          p->next_column = p->column + 1;
          if (p->value->len > 0)
            emit_event (p, EVENT_CELL, p->column, p->value->str, p->value->len);
        }
      break;
    case 'v':
    case 't':
      if (name[1] == '\0')
        p->collecting = FALSE;
      break;
    case 'i':
      if (strcmp (name, "is") == 0)
        p->in_inline = FALSE;
      break;
    case 'r':
      if (strcmp (name, "row") == 0 && p->in_row)
        {
          p->in_row = FALSE;
          emit_event (p, EVENT_ROW_END, 0, NULL, 0);
        }
      else if (strcmp (name, "rPh") == 0 && p->phonetic_depth > 0)
        p->phonetic_depth--;
      break;
    default:
      break;
    }
}

static void
sheet_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 text_len,
            gpointer              user_data,
            GError              **error)
{
  SheetParser *p = user_data;

  if (p->collecting)
    g_string_append_len (p->value, text, text_len);
}

static const GMarkupParser sheet_parser = { sheet_start_element, sheet_end_element, sheet_text,
                                            NULL, NULL };

/* A run of whole <row> elements, parsed on its own inside a made-up root element. */
typedef struct
{
  GString *xml;
  GByteArray *events;
  GError *error;
} Segment;

static void
parse_segment (Segment *segment)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  SheetParser p = { 0, };

  p.events = g_byte_array_sized_new (segment->xml->len / 2 + 64);
  p.value = g_string_sized_new (256);
  context = g_markup_parse_context_new (&sheet_parser, 0, &p, NULL);
  if (g_markup_parse_context_parse (context, "<s>", 3, &segment->error)
      && g_markup_parse_context_parse (context, segment->xml->str, segment->xml->len,
                                       &segment->error)
      && g_markup_parse_context_parse (context, "</s>", 4, &segment->error))
    g_markup_parse_context_end_parse (context, &segment->error);

  g_string_free (p.value, TRUE);
  g_string_free (segment->xml, TRUE);
  segment->xml = NULL;
  segment->events = p.events;
}

/* From records to text */

struct _SheetBuilder
{
  PxSheet *sheet;
  GPtrArray *shared_strings;
  const guint8 *xf_kinds;
  guint n_xf_kinds;
  gboolean date1904;
  guint row_number;     /* of the last row */
  gboolean in_row;
  GString *scratch;
};

static char *
format_time_of_day (double serial)
{
  double fraction = serial - floor (serial);
  guint seconds = (guint) lround (fraction * 86400.0);

  if (seconds >= 86400)
    seconds = 86399;
  return g_strdup_printf ("%02u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
}

static char *
format_styled_number (SheetBuilder *b,
                      NumberKind    kind,
                      double        value)
{
  /* serials outside Excel's dates show as #### there; here they stay numbers */
  if (kind == NUMBER_GENERAL || value < 0 || value >= MAX_SERIAL_DATE)
    return _px_sheet_format_number (value);

  if (kind == NUMBER_TIME)
    return format_time_of_day (value);
  else
    {
      char *date = _px_sheet_format_serial_date (value, b->date1904);
      long seconds = lround ((value - floor (value)) * 86400.0);

      if (kind == NUMBER_DATETIME && seconds > 0 && seconds < 86400)
        {
          g_autofree char *owned_date = date;
          g_autofree char *time = format_time_of_day (value);

          return g_strconcat (owned_date, " ", time, NULL);
        }
      return date;
    }
}

/* "2024-03-01T00:00:00Z" (t="d", written by a few generators) reads as its date, or as date and
 * time when the time is not midnight. */
static char *
format_iso_date (const char *text)
{
  const char *t = strchr (text, 'T');
  char *result;

  if (t == NULL)
    return g_strdup (text);
  if (strncmp (t, "T00:00:00", 9) == 0)
    return g_strndup (text, t - text);
  result = g_strdup (text);
  result[t - text] = ' ';
  if (strlen (result) > 19)
    result[19] = '\0';
  return result;
}

/* Whether _px_sheet_format_number would give back these very characters: a plain integer
 * without leading zeros, short enough to show in full. Most numbers in a roster are. */
static gboolean
is_plain_integer (const char *text,
                  gsize       length)
{
  gsize i = text[0] == '-' ? 1 : 0;

  if (i >= length || length - i > 15 || text[i] == '0')
    return length == 1 && text[0] == '0';
  for (; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static void
store_cell (SheetBuilder *b,
            const Event  *event,
            const char   *value)
{
  g_autofree char *owned = NULL;
  const char *text = value;
  gssize length = event->length;

  switch (event->type)
    {
    case CELL_SHARED_STRING:
      {
        guint64 index = 0;
        const char *p = value;

        while (g_ascii_isspace (*p))
          p++;
        if (!g_ascii_isdigit (*p))
          return;
        for (; g_ascii_isdigit (*p) && index <= G_MAXUINT; p++)
          index = index * 10 + (*p - '0');
        if (index >= b->shared_strings->len)
          {
            g_debug ("shared string %" G_GUINT64_FORMAT " does not exist", index);
            return;
          }
        text = g_ptr_array_index (b->shared_strings, index);
        length = -1;
      }
      break;

    case CELL_INLINE_STRING:
    case CELL_FORMULA_STRING:
      if (strstr (value, "_x") != NULL)
        {
          g_string_assign (b->scratch, value);
          decode_ooxml_escapes (b->scratch);
          text = b->scratch->str;
          length = b->scratch->len;
        }
      break;

    case CELL_BOOLEAN:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (value));

        text = is_true (stripped) ? "TRUE" : "FALSE";
        length = -1;
      }
      break;

    case CELL_ISO_DATE:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (value));

        text = owned = format_iso_date (stripped);
        length = -1;
      }
      break;

    case CELL_ERROR:
      break;

    case CELL_NUMBER:
    default:
      {
        NumberKind kind = event->style < b->n_xf_kinds ? b->xf_kinds[event->style]
                                                       : NUMBER_GENERAL;
        char *end = NULL;
        double number;

        if (kind == NUMBER_GENERAL && is_plain_integer (value, event->length))
          break;
        number = g_ascii_strtod (value, &end);
        while (end != NULL && g_ascii_isspace (*end))
          end++;
        /* a value that is not a number (hand-made files) is kept as written */
        if (end != value && end != NULL && *end == '\0' && isfinite (number))
          {
            text = owned = format_styled_number (b, kind, number);
            length = -1;
          }
      }
      break;
    }

  _px_sheet_set_cell (b->sheet, event->number, text, length);
}

static void
build_rows (SheetBuilder     *b,
            const GByteArray *events)
{
  gsize offset = 0;

  while (offset < events->len)
    {
      Event event;
      const char *value;

      memcpy (&event, events->data + offset, sizeof event);
      value = (const char *) events->data + offset + sizeof event;
      offset += sizeof event + event.length + 1;

      switch (event.kind)
        {
        case EVENT_ROW_BEGIN:
          /* rows without r follow the one before */
          b->row_number = event.number != 0 ? event.number : b->row_number + 1;
          _px_sheet_begin_row (b->sheet, b->row_number);
          b->in_row = TRUE;
          break;
        case EVENT_CELL:
          if (b->in_row)
            store_cell (b, &event, value);
          break;
        case EVENT_ROW_END:
        default:
          if (b->in_row)
            _px_sheet_end_row (b->sheet);
          b->in_row = FALSE;
          break;
        }
    }
}

/* Shared strings and styles, read in a thread of their own while the worksheet streams in */

typedef struct
{
  const char *path;
  const char *sst_part;
  const char *styles_part;

  GStringChunk *chunk;
  GPtrArray *shared_strings;    /* const char *, into chunk */
  GArray *xf_kinds;             /* of guint8 NumberKind */
  GError *error;
} StringsJob;

static gpointer
read_strings_and_styles (gpointer data)
{
  StringsJob *job = data;
  g_autoptr(GHashTable) custom_formats = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) text = g_string_sized_new (256);
  SharedStringsParser sst = { job->chunk, job->shared_strings, text, FALSE, FALSE, 0 };
  StylesParser styles = { custom_formats, job->xf_kinds, FALSE };
  Package package = { NULL, job->path, NULL, NULL };
  gboolean found;

  package.zip = unzOpen64 (job->path);
  if (package.zip == NULL)
    {
      set_damaged_error (&job->error, job->path);
      return NULL;
    }
  package.buffer = g_malloc (READ_CHUNK_SIZE);
  if (parse_part (&package, job->sst_part, &sst_parser, &sst, &found, &job->error))
    parse_part (&package, job->styles_part, &styles_parser, &styles, &found, &job->error);
  unzClose (package.zip);
  g_free (package.buffer);
  return NULL;
}

/* Cutting <sheetData> into segments of whole rows
 *
 * This relies on '<' never standing for itself inside text or attribute values: outside
 * comments, CDATA sections and processing instructions, "</row>" is always a closing tag. A
 * sheet that has any of those after its XML declaration is parsed as a whole instead. */

typedef enum
{
  SCAN_HEAD,            /* before <sheetData> */
  SCAN_ROWS,
  SCAN_DONE,            /* after </sheetData>, or an empty sheet */
  SCAN_WHOLE,           /* give up cutting: parse the part as one document */
} ScanState;

typedef struct
{
  ScanState state;
  GString *pending;     /* bytes not yet handed out */
  gsize checked;        /* of pending, already searched for markup that forbids cutting */
  char *row_close;      /* "</row>", or "</x:row>" when the sheet uses a prefix */
  char *data_close;
} Scanner;

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* Whether markup other than elements (<!-- -->, <![CDATA[, <?pi?>) appears in text. */
static gboolean
has_special_markup (const char *text,
                    gsize       length)
{
  for (const char *p = memchr (text, '<', length); p != NULL;
       p = memchr (p + 1, '<', length - (p + 1 - text)))
    {
      if (p + 1 >= text + length)
        return FALSE;
      if (p[1] == '!' || p[1] == '?')
        return TRUE;
    }
  return FALSE;
}

/* Finds the <sheetData> start tag; returns FALSE until enough of the head has arrived. */
static gboolean
scan_head (Scanner *s)
{
  const char *data = s->pending->str;
  gsize len = s->pending->len;
  const char *declaration_end = NULL;
  const char *found;

  if (len >= 5 && memcmp (data, "<?xml", 5) == 0)
    {
      declaration_end = g_strstr_len (data, len, "?>");
      if (declaration_end == NULL)
        return FALSE;
      declaration_end += 2;
    }
  else
    declaration_end = data;

  for (found = g_strstr_len (declaration_end, len - (declaration_end - data), "sheetData");
       found != NULL;
       found = g_strstr_len (found + 1, len - (found + 1 - data), "sheetData"))
    {
      const char *start = found;
      const char *after = found + strlen ("sheetData");
      gboolean quoted = FALSE;
      char quote = 0;
      const char *end;

      while (start > declaration_end && is_name_char (start[-1]))
        start--;
      if (start == declaration_end || start[-1] != '<' || (start < found && found[-1] != ':'))
        continue;
      if (after >= data + len)
        return FALSE;
      if (*after != '>' && *after != '/' && !g_ascii_isspace (*after))
        continue;

      if (has_special_markup (declaration_end, start - 1 - declaration_end))
        {
          s->state = SCAN_WHOLE;
          return TRUE;
        }

      /* the end of the start tag, skipping quoted attribute values */
      for (end = after; end < data + len; end++)
        {
          if (quoted)
            quoted = *end != quote;
          else if (*end == '"' || *end == '\'')
            {
              quoted = TRUE;
              quote = *end;
            }
          else if (*end == '>')
            break;
        }
      if (end >= data + len)
        return FALSE;

      if (end[-1] == '/')
        s->state = SCAN_DONE;
      else
        {
          g_autofree char *prefix = g_strndup (start, found - start);

          s->row_close = g_strconcat ("</", prefix, "row>", NULL);
          s->data_close = g_strconcat ("</", prefix, "sheetData>", NULL);
          s->state = SCAN_ROWS;
          g_string_erase (s->pending, 0, end + 1 - data);
          s->checked = 0;
        }
      return TRUE;
    }
  return FALSE;
}

/* Hands out the next segment of whole rows, or NULL while more bytes are needed. */
static GString *
scan_rows (Scanner *s)
{
  GString *segment;
  const char *data = s->pending->str;
  const char *end = data + s->pending->len;
  gsize close_len = strlen (s->data_close);
  gsize row_close_len = strlen (s->row_close);
  /* the bytes that arrived since the last look, and enough before them for a split tag */
  const char *from = data + (s->checked > close_len ? s->checked - close_len : 0);
  const char *cut = NULL;

  for (const char *p = memchr (from, '<', end - from); p != NULL && p + 1 < end;
       p = memchr (p + 1, '<', end - (p + 1)))
    {
      if (p[1] == '!' || p[1] == '?')
        {
          s->state = SCAN_WHOLE;
          return NULL;
        }
      if (p[1] == '/' && (gsize) (end - p) >= close_len
          && memcmp (p, s->data_close, close_len) == 0)
        {
          cut = p;
          s->state = SCAN_DONE;
          break;
        }
    }
  s->checked = s->pending->len;

  if (cut == NULL && s->pending->len >= SEGMENT_SIZE)
    {
      /* the last row that ended */
      for (const char *p = end - row_close_len; p >= data && cut == NULL; p--)
        if (*p == '<' && memcmp (p, s->row_close, row_close_len) == 0)
          cut = p + row_close_len;
    }
  if (cut == NULL)
    return NULL;

  /* the segment takes the buffer; only what follows the cut is copied */
  segment = s->pending;
  s->pending = g_string_sized_new (s->state == SCAN_DONE ? 64 : SEGMENT_SIZE + READ_CHUNK_SIZE);
  if (s->state != SCAN_DONE)
    g_string_append_len (s->pending, cut, end - cut);
  g_string_truncate (segment, cut - data);
  s->checked = 0;
  return segment;
}

/* Reading the worksheet */

typedef struct
{
  Package *package;
  SheetBuilder *builder;

  /* the shared strings and styles the builder needs, being read meanwhile */
  GThread *strings_thread;
  StringsJob *strings_job;

  GThreadPool *pool;
  GQueue in_flight;             /* Segment *, in sheet order */
  GAsyncQueue *finished;        /* a Segment * each time one is parsed */
  gint cancelled;
} SheetReader;

typedef struct
{
  Segment segment;
  gint done;
} PooledSegment;

static gboolean
wait_for_strings (SheetReader  *r,
                  GError      **error)
{
  if (r->strings_thread != NULL)
    g_thread_join (g_steal_pointer (&r->strings_thread));
  if (r->strings_job->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&r->strings_job->error));
      return FALSE;
    }
  r->builder->xf_kinds = (const guint8 *) r->strings_job->xf_kinds->data;
  r->builder->n_xf_kinds = r->strings_job->xf_kinds->len;
  return TRUE;
}

static void
parse_segment_task (gpointer data,
                    gpointer user_data)
{
  PooledSegment *pooled = data;
  SheetReader *r = user_data;

  if (!g_atomic_int_get (&r->cancelled))
    parse_segment (&pooled->segment);
  g_atomic_int_set (&pooled->done, TRUE);
  g_async_queue_push (r->finished, pooled);
}

static void
pooled_segment_free (PooledSegment *pooled)
{
  if (pooled->segment.xml != NULL)
    g_string_free (pooled->segment.xml, TRUE);
  if (pooled->segment.events != NULL)
    g_byte_array_unref (pooled->segment.events);
  g_clear_error (&pooled->segment.error);
  g_free (pooled);
}

/* Builds the parsed segments at the head of the queue, in order, and waits for more while over
 * keep are still in flight. */
static gboolean
build_finished (SheetReader  *r,
                guint         keep,
                GError      **error)
{
  while (r->in_flight.length > keep
         || (!g_queue_is_empty (&r->in_flight)
             && g_atomic_int_get (&((PooledSegment *) g_queue_peek_head (&r->in_flight))->done)))
    {
      PooledSegment *head = g_queue_peek_head (&r->in_flight);

      if (!g_atomic_int_get (&head->done))
        {
          /* some segment finished; the head may not be that one yet */
          g_async_queue_pop (r->finished);
          continue;
        }
      g_queue_pop_head (&r->in_flight);
      if (head->segment.error != NULL)
        {
          g_debug ("worksheet of %s: %s", r->package->path, head->segment.error->message);
          pooled_segment_free (head);
          set_malformed_error (error, r->package->path);
          return FALSE;
        }
      if (!wait_for_strings (r, error))
        {
          pooled_segment_free (head);
          return FALSE;
        }
      build_rows (r->builder, head->segment.events);
      pooled_segment_free (head);
    }
  return TRUE;
}

static void
dispatch_segment (SheetReader *r,
                  GString     *xml,
                  gboolean     last)
{
  PooledSegment *pooled = g_new0 (PooledSegment, 1);

  pooled->segment.xml = xml;
  g_queue_push_tail (&r->in_flight, pooled);

  /* a sheet of one segment is parsed here, without threads */
  if (last && r->pool == NULL)
    {
      parse_segment (&pooled->segment);
      g_atomic_int_set (&pooled->done, TRUE);
      return;
    }
  if (r->pool == NULL)
    r->pool = g_thread_pool_new (parse_segment_task, r, CLAMP (g_get_num_processors (), 1, 4),
                                 FALSE, NULL);
  g_thread_pool_push (r->pool, pooled, NULL);
}

/* Stops the pool and drops whatever it has not built. */
static void
stop_segments (SheetReader *r)
{
  PooledSegment *pooled;

  g_atomic_int_set (&r->cancelled, TRUE);
  if (r->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&r->pool), FALSE, TRUE);
  while ((pooled = g_queue_pop_head (&r->in_flight)) != NULL)
    pooled_segment_free (pooled);
  g_atomic_int_set (&r->cancelled, FALSE);
}

/* The slow, simple way for sheets the scanner cannot cut: the whole part through one parser. */
static gboolean
read_worksheet_whole (SheetReader  *r,
                      const char   *part,
                      GError      **error)
{
  SheetBuilder *b = r->builder;
  SheetParser p = { 0, };
  gboolean found = FALSE;
  gboolean ok;

  g_debug ("%s: parsing the worksheet as a whole", r->package->path);
  if (!wait_for_strings (r, error))
    return FALSE;

  px_sheet_free (b->sheet);
  b->sheet = _px_sheet_new ();
  b->row_number = 0;
  b->in_row = FALSE;

  p.events = g_byte_array_sized_new (FLUSH_SIZE + 1024);
  p.builder = b;
  p.value = g_string_sized_new (256);
  ok = parse_part (r->package, part, &sheet_parser, &p, &found, error);
  if (ok)
    build_rows (b, p.events);
  g_byte_array_unref (p.events);
  g_string_free (p.value, TRUE);
  if (ok && !found)
    {
      set_damaged_error (error, r->package->path);
      return FALSE;
    }
  return ok;
}

static gboolean
read_worksheet (SheetReader  *r,
                const char   *part,
                GError      **error)
{
  Package *package = r->package;
  Scanner scanner = { SCAN_HEAD, g_string_sized_new (SEGMENT_SIZE + READ_CHUNK_SIZE), 0, NULL,
                      NULL };
  guint max_in_flight = 2 * CLAMP (g_get_num_processors (), 1, 4) + 1;
  gboolean first = TRUE;
  gboolean ok = FALSE;
  int n = 0;

  if (!locate_part (package->zip, part))
    {
      g_debug ("%s: worksheet part %s is missing", package->path, part);
      set_damaged_error (error, package->path);
      goto out;
    }
  if (unzOpenCurrentFile (package->zip) != UNZ_OK)
    {
      set_damaged_error (error, package->path);
      goto out;
    }

  while (scanner.state != SCAN_WHOLE
         && (n = unzReadCurrentFile (package->zip, package->buffer, READ_CHUNK_SIZE)) > 0)
    {
      const char *data = package->buffer;

      if (first && n >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          n -= 3;
        }
      first = FALSE;
      /* after </sheetData> the rest is only read to check the archive */
      if (scanner.state == SCAN_DONE)
        continue;

      g_string_append_len (scanner.pending, data, n);
      if (scanner.state == SCAN_HEAD)
        scan_head (&scanner);
      while (scanner.state == SCAN_ROWS || scanner.state == SCAN_DONE)
        {
          GString *xml = scanner.state == SCAN_ROWS ? scan_rows (&scanner) : NULL;

          if (xml == NULL)
            break;
          dispatch_segment (r, xml, scanner.state == SCAN_DONE);
          if (!build_finished (r, max_in_flight, error))
            {
              unzCloseCurrentFile (package->zip);
              goto out;
            }
        }
    }

  if (scanner.state == SCAN_WHOLE)
    {
      unzCloseCurrentFile (package->zip);
      stop_segments (r);
      ok = read_worksheet_whole (r, part, error);
      goto out;
    }
  if (n < 0 || unzCloseCurrentFile (package->zip) != UNZ_OK)
    {
      /* a damaged deflate stream, or a CRC that does not match */
      set_damaged_error (error, package->path);
      goto out;
    }
  if (scanner.state == SCAN_ROWS)
    {
      g_debug ("%s: the worksheet ends inside <sheetData>", package->path);
      set_malformed_error (error, package->path);
      goto out;
    }
  ok = build_finished (r, 0, error);

out:
  stop_segments (r);
  g_string_free (scanner.pending, TRUE);
  g_free (scanner.row_close);
  g_free (scanner.data_close);
  return ok;
}
/* Putting it together */

static char *
dir_of_part (const char *part)
{
  const char *slash = strrchr (part, '/');

  return slash != NULL ? g_strndup (part, slash - part) : g_strdup ("");
}

static char *
rels_name_for_part (const char *part)
{
  const char *slash = strrchr (part, '/');

  if (slash == NULL)
    return g_strconcat ("_rels/", part, ".rels", NULL);
  return g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - part), part, slash + 1);
}

/* Finds the worksheet to read: the first visible one in tab order (a registrar sees that one
 * when opening the file), else the first at all. */
static char *
find_first_worksheet (WorkbookInfo *info,
                      GPtrArray    *rels,
                      const char   *workbook_dir)
{
  const Relationship *fallback = NULL;

  for (guint i = 0; i < info->sheets->len; i++)
    {
      const SheetEntry *entry = &g_array_index (info->sheets, SheetEntry, i);
      const Relationship *rel = find_relationship_by_id (rels, entry->rel_id);

      /* chart sheets and dialog sheets hold no cells */
      if (rel == NULL || !g_str_has_suffix (rel->type, "/worksheet"))
        continue;
      if (!entry->hidden)
        return resolve_target (workbook_dir, rel->target);
      if (fallback == NULL)
        fallback = rel;
    }
  if (fallback != NULL)
    return resolve_target (workbook_dir, fallback->target);
  return NULL;
}

/* Finds the worksheet part and the names of the shared strings and styles parts. */
static gboolean
read_workbook (Package       *package,
               WorkbookInfo  *info,
               char         **worksheet_part,
               char         **sst_part,
               char         **styles_part,
               GError       **error)
{
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autofree char *workbook_part = NULL;
  g_autofree char *workbook_dir = NULL;
  g_autofree char *workbook_rels_name = NULL;
  g_autofree char *display = g_filename_display_name (package->path);
  const Relationship *rel;
  gboolean found = FALSE;

  /* the package relationships name the workbook part; it is xl/workbook.xml in practice */
  package_rels = read_relationships (package, "_rels/.rels", error);
  if (package_rels == NULL)
    return FALSE;
  rel = find_relationship_by_type (package_rels, "/officeDocument");
  workbook_part = rel != NULL ? resolve_target ("", rel->target) : g_strdup ("xl/workbook.xml");
  if (g_str_has_suffix (workbook_part, ".bin"))
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("“%s” is an Excel binary workbook (.xlsb). Save it as an Excel workbook "
                     "(.xlsx) and try again."), display);
      return FALSE;
    }

  if (!parse_part (package, workbook_part, &workbook_parser, info, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("“%s” is a ZIP archive but not an Excel workbook."), display);
      return FALSE;
    }

  workbook_dir = dir_of_part (workbook_part);
  workbook_rels_name = rels_name_for_part (workbook_part);
  workbook_rels = read_relationships (package, workbook_rels_name, error);
  if (workbook_rels == NULL)
    return FALSE;

  *worksheet_part = find_first_worksheet (info, workbook_rels, workbook_dir);
  if (*worksheet_part == NULL)
    {
      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_EMPTY,
                   _("“%s” has no worksheet."), display);
      return FALSE;
    }

  /* shared strings and styles are optional parts */
  rel = find_relationship_by_type (workbook_rels, "/sharedStrings");
  *sst_part = rel != NULL ? resolve_target (workbook_dir, rel->target)
                          : g_strconcat (workbook_dir, "/sharedStrings.xml", NULL);
  rel = find_relationship_by_type (workbook_rels, "/styles");
  *styles_part = rel != NULL ? resolve_target (workbook_dir, rel->target)
                             : g_strconcat (workbook_dir, "/styles.xml", NULL);
  return TRUE;
}


PxSheet *
_px_sheet_read_xlsx (const char  *path,
                     GError     **error)
{
  g_autoptr(GArray) sheets = g_array_new (FALSE, TRUE, sizeof (SheetEntry));
  g_autoptr(GPtrArray) shared_strings = g_ptr_array_new ();
  g_autoptr(GArray) xf_kinds = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autoptr(GString) scratch = g_string_sized_new (256);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *worksheet_part = NULL;
  g_autofree char *sst_part = NULL;
  g_autofree char *styles_part = NULL;
  WorkbookInfo info = { path, sheets, FALSE, FALSE };
  Package package = { NULL, path, NULL, NULL };
  StringsJob job = { path, NULL, NULL, NULL, shared_strings, xf_kinds, NULL };
  SheetBuilder builder = { NULL, shared_strings, NULL, 0, FALSE, 0, FALSE, scratch };
  SheetReader reader = { &package, &builder, NULL, &job, NULL, G_QUEUE_INIT, NULL, 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);

  g_array_set_clear_func (sheets, sheet_entry_clear);

  package.zip = unzOpen64 (path);
  if (package.zip == NULL)
    {
      set_damaged_error (error, path);
      return NULL;
    }
  package.buffer = g_malloc (READ_CHUNK_SIZE);

  ok = read_workbook (&package, &info, &worksheet_part, &sst_part, &styles_part, error);
  if (ok)
    {
      job.sst_part = sst_part;
      job.styles_part = styles_part;
      job.chunk = g_string_chunk_new (64 * 1024);
      reader.strings_thread = g_thread_try_new ("px-xlsx-strings", read_strings_and_styles, &job,
                                                &local_error);
      if (reader.strings_thread == NULL)
        {
          g_debug ("reading shared strings in this thread: %s", local_error->message);
          read_strings_and_styles (&job);
        }

      builder.sheet = _px_sheet_new ();
      builder.date1904 = info.date1904;
      reader.finished = g_async_queue_new ();
      ok = read_worksheet (&reader, worksheet_part, error);

      /* the strings thread is done with whatever happened to the sheet */
      if (reader.strings_thread != NULL)
        g_thread_join (g_steal_pointer (&reader.strings_thread));
      g_clear_error (&job.error);
      g_async_queue_unref (reader.finished);
      /* the sheet copied every string it kept */
      g_string_chunk_free (job.chunk);
    }

  unzClose (package.zip);
  g_free (package.buffer);
  if (!ok)
    {
      g_clear_pointer (&builder.sheet, px_sheet_free);
      return NULL;
    }
  return builder.sheet;
}
