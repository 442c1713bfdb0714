/* px-xlsx-reader.c: the first worksheet of an Office Open XML workbook (.xlsx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-xlsx"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
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

/* Relationships (_rels/*.rels) */

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

/* The worksheet */

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

typedef struct
{
  PxSheet *sheet;
  GPtrArray *shared_strings;
  const guint8 *xf_kinds;
  guint n_xf_kinds;
  gboolean date1904;

  gboolean in_row;
  guint row_number;     /* of the current row, or the last one */
  guint next_column;    /* cells must come left to right; anything else is skipped */

  gboolean in_cell;
  guint column;
  CellType type;
  guint style;
  gboolean in_inline;   /* inside <is> */
  guint phonetic_depth;
  gboolean collecting;  /* inside <v>, or <t> of an inline string */
  GString *value;
} SheetParser;

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
          guint column = p->next_column;

          p->in_cell = TRUE;
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

              if (attr[0] == 'r' && attr[1] == '\0')
                {
                  if (!parse_cell_reference (value, &column))
                    column = p->next_column;
                }
              else if (attr[0] == 't' && attr[1] == '\0')
                {
                  if (strcmp (value, "s") == 0)
                    p->type = CELL_SHARED_STRING;
                  else if (strcmp (value, "inlineStr") == 0)
                    p->type = CELL_INLINE_STRING;
                  else if (strcmp (value, "str") == 0)
                    p->type = CELL_FORMULA_STRING;
                  else if (strcmp (value, "b") == 0)
                    p->type = CELL_BOOLEAN;
                  else if (strcmp (value, "e") == 0)
                    p->type = CELL_ERROR;
                  else if (strcmp (value, "d") == 0)
                    p->type = CELL_ISO_DATE;
                  else
                    p->type = CELL_NUMBER;
                }
              else if (attr[0] == 's' && attr[1] == '\0')
                {
                  guint64 style;

                  if (parse_uint (value, &style) && style < G_MAXUINT)
                    p->style = style;
                }
            }
          p->column = column;
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
            _px_sheet_end_row (p->sheet);
          if (parse_uint (r, &number) && number >= 1 && number <= MAX_ROWS)
            p->row_number = number;
          else
            p->row_number++;
          _px_sheet_begin_row (p->sheet, p->row_number);
          p->in_row = TRUE;
          p->next_column = 0;
        }
      else if (strcmp (name, "rPh") == 0 && p->in_inline)
        p->phonetic_depth++;
      break;

    default:
      break;
    }
}

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
format_styled_number (SheetParser *p,
                      double       value)
{
  NumberKind kind = p->style < p->n_xf_kinds ? p->xf_kinds[p->style] : NUMBER_GENERAL;

  switch (kind)
    {
    case NUMBER_DATE:
    case NUMBER_DATETIME:
      if (value >= 0 && value < MAX_SERIAL_DATE)
        {
          char *date = _px_sheet_format_serial_date (value, p->date1904);
          double seconds = (value - floor (value)) * 86400.0;

          if (kind == NUMBER_DATETIME && lround (seconds) > 0 && lround (seconds) < 86400)
            {
              g_autofree char *owned_date = date;
              g_autofree char *time = format_time_of_day (value);

              return g_strconcat (owned_date, " ", time, NULL);
            }
          return date;
        }
      break;
    case NUMBER_TIME:
      if (value >= 0 && value < MAX_SERIAL_DATE)
        return format_time_of_day (value);
      break;
    case NUMBER_GENERAL:
    default:
      break;
    }
  return _px_sheet_format_number (value);
}

/* "2024-03-01T00:00:00Z" (t="d", written by a few generators) reads as its date, or as
 * date and time when the time is not midnight. */
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

static void
finish_cell (SheetParser *p)
{
  GString *v = p->value;
  g_autofree char *owned = NULL;
  const char *text = v->str;
  gsize length = v->len;

  if (p->column < p->next_column)
    {
      g_debug ("cell %u of row %u is out of order; skipped", p->column, p->row_number);
      return;
    }
  p->next_column = p->column + 1;
  if (v->len == 0)
    return;

  switch (p->type)
    {
    case CELL_SHARED_STRING:
      {
        guint64 index;

        if (!parse_uint (g_strstrip (v->str), &index) || index >= p->shared_strings->len)
          {
            g_debug ("row %u: shared string %s does not exist", p->row_number, v->str);
            return;
          }
        text = g_ptr_array_index (p->shared_strings, index);
        length = -1;
      }
      break;

    case CELL_INLINE_STRING:
    case CELL_FORMULA_STRING:
      decode_ooxml_escapes (v);
      text = v->str;
      length = v->len;
      break;

    case CELL_BOOLEAN:
      text = is_true (g_strstrip (v->str)) ? "TRUE" : "FALSE";
      length = -1;
      break;

    case CELL_ISO_DATE:
      text = owned = format_iso_date (g_strstrip (v->str));
      length = -1;
      break;

    case CELL_ERROR:
      break;

    case CELL_NUMBER:
    default:
      {
        char *end = NULL;
        double value;

        g_strstrip (v->str);
        value = g_ascii_strtod (v->str, &end);
        /* a value that is not a number (hand-made files) is kept as written */
        if (end != v->str && *end == '\0' && isfinite (value))
          {
            text = owned = format_styled_number (p, value);
            length = -1;
          }
        else
          length = strlen (v->str);
      }
      break;
    }

  _px_sheet_set_cell (p->sheet, p->column, text, length);
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
          finish_cell (p);
          p->in_cell = FALSE;
          p->collecting = FALSE;
        }
      break;
    case 'v':
      if (name[1] == '\0')
        p->collecting = FALSE;
      break;
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
          _px_sheet_end_row (p->sheet);
          p->in_row = FALSE;
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

PxSheet *
_px_sheet_read_xlsx (const char  *path,
                     GError     **error)
{
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autoptr(GPtrArray) shared_strings = g_ptr_array_new ();
  g_autoptr(GArray) sheets = g_array_new (FALSE, TRUE, sizeof (SheetEntry));
  g_autoptr(GArray) xf_kinds = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autoptr(GHashTable) custom_formats = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) text = g_string_sized_new (256);
  g_autoptr(PxSheet) sheet = NULL;
  g_autofree char *workbook_part = NULL;
  g_autofree char *workbook_dir = NULL;
  g_autofree char *workbook_rels_name = NULL;
  g_autofree char *worksheet_part = NULL;
  g_autofree char *part = NULL;
  GStringChunk *chunk = NULL;
  const Relationship *rel;
  WorkbookInfo info = { path, sheets, FALSE, FALSE };
  Package package = { NULL, path, NULL };
  gboolean found = FALSE;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  g_array_set_clear_func (sheets, sheet_entry_clear);

  package.zip = unzOpen64 (path);
  if (package.zip == NULL)
    {
      set_damaged_error (error, path);
      return NULL;
    }
  package.buffer = g_malloc (READ_CHUNK_SIZE);
  chunk = g_string_chunk_new (64 * 1024);

  /* the package relationships name the workbook part; it is xl/workbook.xml in practice */
  package_rels = read_relationships (&package, "_rels/.rels", error);
  if (package_rels == NULL)
    goto out;
  rel = find_relationship_by_type (package_rels, "/officeDocument");
  workbook_part = rel != NULL ? resolve_target ("", rel->target) : g_strdup ("xl/workbook.xml");
  if (g_str_has_suffix (workbook_part, ".bin"))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("“%s” is an Excel binary workbook (.xlsb). Save it as an Excel workbook "
                     "(.xlsx) and try again."), display);
      goto out;
    }

  if (!parse_part (&package, workbook_part, &workbook_parser, &info, &found, error))
    goto out;
  if (!found)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED,
                   _("“%s” is a ZIP archive but not an Excel workbook."), display);
      goto out;
    }

  workbook_dir = dir_of_part (workbook_part);
  workbook_rels_name = rels_name_for_part (workbook_part);
  workbook_rels = read_relationships (&package, workbook_rels_name, error);
  if (workbook_rels == NULL)
    goto out;

  worksheet_part = find_first_worksheet (&info, workbook_rels, workbook_dir);
  if (worksheet_part == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_EMPTY,
                   _("“%s” has no worksheet."), display);
      goto out;
    }

  /* shared strings and styles are optional parts */
  rel = find_relationship_by_type (workbook_rels, "/sharedStrings");
  part = rel != NULL ? resolve_target (workbook_dir, rel->target)
                     : g_strconcat (workbook_dir, "/sharedStrings.xml", NULL);
  {
    SharedStringsParser p = { chunk, shared_strings, text, FALSE, FALSE, 0 };

    if (!parse_part (&package, part, &sst_parser, &p, &found, error))
      goto out;
  }
  g_clear_pointer (&part, g_free);

  rel = find_relationship_by_type (workbook_rels, "/styles");
  part = rel != NULL ? resolve_target (workbook_dir, rel->target)
                     : g_strconcat (workbook_dir, "/styles.xml", NULL);
  {
    StylesParser p = { custom_formats, xf_kinds, FALSE };

    if (!parse_part (&package, part, &styles_parser, &p, &found, error))
      goto out;
  }

  sheet = _px_sheet_new ();
  {
    SheetParser p = { 0, };

    p.sheet = sheet;
    p.shared_strings = shared_strings;
    p.xf_kinds = (const guint8 *) xf_kinds->data;
    p.n_xf_kinds = xf_kinds->len;
    p.date1904 = info.date1904;
    p.value = text;
    g_string_truncate (text, 0);

    if (!parse_part (&package, worksheet_part, &sheet_parser, &p, &found, error))
      {
        /* a row may be left open by a parse error */
        if (p.in_row)
          _px_sheet_end_row (sheet);
        goto out;
      }
    if (p.in_row)
      _px_sheet_end_row (sheet);
  }
  if (!found)
    {
      g_debug ("%s: worksheet part %s is missing", path, worksheet_part);
      set_damaged_error (error, path);
      goto out;
    }
  ok = TRUE;

out:
  unzClose (package.zip);
  g_free (package.buffer);
  /* the sheet copied every string it kept */
  g_string_chunk_free (chunk);
  if (!ok)
    return NULL;
  return g_steal_pointer (&sheet);
}
