/* px-fixture-xlsx.c: .xlsx test fixtures written the way Excel, WPS and LibreOffice write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-fixture"

#include "config.h"

#include <string.h>
#include <minizip/zip.h>

#include "px-fixture-xlsx.h"

/* cellXfs indexes in the styles.xml written below */
enum
{
  XF_GENERAL,
  XF_DATE,
  XF_CUSTOM_DATE,
  XF_TIME,
  XF_CUSTOM_NUMBER,
  XF_TEXT,
};

#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_RELATIONSHIPS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PACKAGE_RELATIONSHIPS "http://schemas.openxmlformats.org/package/2006/relationships"
#define CT_PREFIX "application/vnd.openxmlformats-officedocument.spreadsheetml."

static const char content_types_xml[] =
  XML_DECLARATION
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" "
  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" CT_PREFIX "sheet.main+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
  "ContentType=\"" CT_PREFIX "worksheet+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet2.xml\" "
  "ContentType=\"" CT_PREFIX "worksheet+xml\"/>"
  "<Override PartName=\"/xl/styles.xml\" ContentType=\"" CT_PREFIX "styles+xml\"/>"
  "<Override PartName=\"/xl/sharedStrings.xml\" "
  "ContentType=\"" CT_PREFIX "sharedStrings+xml\"/>"
  "</Types>";

static const char package_rels_xml[] =
  XML_DECLARATION
  "<Relationships xmlns=\"" NS_PACKAGE_RELATIONSHIPS "\">"
  "<Relationship Id=\"rId1\" Type=\"" NS_RELATIONSHIPS "/officeDocument\" "
  "Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

/* Excel writes targets relative to xl/, WPS sometimes absolute ("/xl/worksheets/sheet1.xml").
 * The relationships are out of tab order on purpose: <sheets> decides. */
static const char workbook_rels_xml[] =
  XML_DECLARATION
  "<Relationships xmlns=\"" NS_PACKAGE_RELATIONSHIPS "\">"
  "<Relationship Id=\"rId3\" Type=\"" NS_RELATIONSHIPS "/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" NS_RELATIONSHIPS "/worksheet\" "
  "Target=\"worksheets/sheet2.xml\"/>"
  "<Relationship Id=\"rId1\" Type=\"" NS_RELATIONSHIPS "/worksheet\" Target=\"@TARGET@\"/>"
  "<Relationship Id=\"rId4\" Type=\"" NS_RELATIONSHIPS "/sharedStrings\" "
  "Target=\"sharedStrings.xml\"/>"
  "</Relationships>";

/* The one cell style xf has a date format on purpose: only cellXfs count for cells. */
static const char styles_xml[] =
  XML_DECLARATION
  "<styleSheet xmlns=\"" NS_MAIN "\">"
  "<numFmts count=\"3\">"
  "<numFmt numFmtId=\"176\" "
  "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
  "<numFmt numFmtId=\"177\" formatCode=\"[h]:mm:ss\"/>"
  "<numFmt numFmtId=\"178\" formatCode=\"#,##0.00_);[Red]\\(#,##0.00\\)\"/>"
  "</numFmts>"
  "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/>"
  "</font></fonts>"
  "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
  "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
  "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
  "<cellStyleXfs count=\"1\">"
  "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
  "<cellXfs count=\"6\">"
  "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
  "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
  "applyNumberFormat=\"1\"/>"
  "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
  "applyNumberFormat=\"1\"/>"
  "<xf numFmtId=\"177\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
  "applyNumberFormat=\"1\"/>"
  "<xf numFmtId=\"178\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
  "applyNumberFormat=\"1\"><alignment horizontal=\"right\"/></xf>"
  "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
  "applyNumberFormat=\"1\"/>"
  "</cellXfs>"
  "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
  "</styleSheet>";

/* A hidden worksheet before the roster in tab order: what the registrar sees first is the
 * roster. */
static const char second_sheet_xml[] =
  XML_DECLARATION
  "<worksheet xmlns=\"" NS_MAIN "\">"
  "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>not this sheet</t></is></c></row>"
  "</sheetData></worksheet>";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
append_column_name (GString *out,
                    guint    column)
{
  char letters[4];
  int n = 0;

  column++;
  while (column > 0)
    {
      letters[n++] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
}

static int
xf_for_type (PxFixtureCellType type)
{
  switch (type)
    {
    case PX_FIXTURE_DATE:
      return XF_DATE;
    case PX_FIXTURE_CUSTOM_DATE:
      return XF_CUSTOM_DATE;
    case PX_FIXTURE_TIME:
      return XF_TIME;
    case PX_FIXTURE_CUSTOM_NUMBER:
      return XF_CUSTOM_NUMBER;
    default:
      return XF_GENERAL;
    }
}

typedef struct
{
  const PxFixtureXlsxOptions *options;
  const char *ns;               /* "x:" or "" */
  GHashTable *string_index;     /* text → index + 1 */
  GPtrArray *strings;           /* const char *, in order of first use */
  guint string_refs;
} Writer;

static guint
intern_string (Writer     *w,
               const char *text)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (w->string_index, text));

  w->string_refs++;
  if (index != 0)
    return index - 1;
  g_ptr_array_add (w->strings, (gpointer) text);
  g_hash_table_insert (w->string_index, (gpointer) text, GUINT_TO_POINTER (w->strings->len));
  return w->strings->len - 1;
}

static void
append_cell (Writer              *w,
             GString             *out,
             guint                row_number,
             guint                column,
             const PxFixtureCell *cell)
{
  const char *ns = w->ns;
  int xf = xf_for_type (cell->type);

  g_string_append_printf (out, "<%sc", ns);
  if (!w->options->omit_references)
    {
      g_string_append (out, " r=\"");
      append_column_name (out, column);
      g_string_append_printf (out, "%u\"", row_number);
    }
  if (xf != XF_GENERAL)
    g_string_append_printf (out, " s=\"%d\"", xf);

  switch (cell->type)
    {
    case PX_FIXTURE_TEXT:
      if (w->options->inline_strings)
        {
          g_string_append_printf (out, " t=\"inlineStr\"><%sis><%st>", ns, ns);
          append_escaped (out, cell->value);
          g_string_append_printf (out, "</%st></%sis>", ns, ns);
        }
      else
        g_string_append_printf (out, " t=\"s\"><%sv>%u</%sv>", ns, intern_string (w, cell->value),
                                ns);
      break;
    case PX_FIXTURE_BOOLEAN:
      g_string_append_printf (out, " t=\"b\"><%sv>", ns);
      append_escaped (out, cell->value);
      g_string_append_printf (out, "</%sv>", ns);
      break;
    case PX_FIXTURE_ERROR:
      g_string_append_printf (out, " t=\"e\"><%sf>VLOOKUP(A1,B:B,1,0)</%sf><%sv>", ns, ns, ns);
      append_escaped (out, cell->value);
      g_string_append_printf (out, "</%sv>", ns);
      break;
    case PX_FIXTURE_FORMULA_STRING:
      g_string_append_printf (out, " t=\"str\"><%sf>TRIM(A1)</%sf><%sv>", ns, ns, ns);
      append_escaped (out, cell->value);
      g_string_append_printf (out, "</%sv>", ns);
      break;
    case PX_FIXTURE_NUMBER:
      g_string_append_printf (out, " t=\"n\"><%sv>", ns);
      append_escaped (out, cell->value);
      g_string_append_printf (out, "</%sv>", ns);
      break;
    case PX_FIXTURE_DATE:
    case PX_FIXTURE_CUSTOM_DATE:
    case PX_FIXTURE_TIME:
    case PX_FIXTURE_CUSTOM_NUMBER:
    default:
      /* Excel leaves t out for numbers */
      g_string_append_printf (out, "><%sv>", ns);
      append_escaped (out, cell->value);
      g_string_append_printf (out, "</%sv>", ns);
      break;
    }
  g_string_append_printf (out, "</%sc>", ns);
}

static gboolean
row_is_empty (const PxFixtureCell *row,
              guint                n_columns)
{
  for (guint col = 0; col < n_columns; col++)
    if (row[col].value != NULL)
      return FALSE;
  return TRUE;
}

static GString *
build_sheet (Writer              *w,
             const PxFixtureCell *cells,
             guint                n_rows,
             guint                n_columns)
{
  const PxFixtureXlsxOptions *o = w->options;
  const char *ns = w->ns;
  GString *out = g_string_sized_new (64 + (gsize) n_rows * n_columns * 32);
  guint first_row = o->title != NULL ? 2 : 1;
  guint last_row = first_row + n_rows - 1 + o->trailing_empty_rows;
  gboolean omit = o->omit_references;

  g_string_append (out, XML_DECLARATION);
  if (o->namespace_prefix)
    g_string_append (out, "<x:worksheet xmlns:x=\"" NS_MAIN "\"");
  else
    g_string_append (out, "<worksheet xmlns=\"" NS_MAIN "\"");
  g_string_append (out, " xmlns:r=\"" NS_RELATIONSHIPS "\">");

  g_string_append_printf (out, "<%sdimension ref=\"A1:", ns);
  append_column_name (out, n_columns > 0 ? n_columns - 1 : 0);
  g_string_append_printf (out, "%u\"/>", last_row);
  g_string_append_printf (out, "<%ssheetViews><%ssheetView tabSelected=\"1\" workbookViewId=\"0\"/>"
                          "</%ssheetViews>", ns, ns, ns);
  g_string_append_printf (out, "<%ssheetFormatPr defaultRowHeight=\"13.5\"/>", ns);
  g_string_append_printf (out, "<%scols><%scol min=\"1\" max=\"%u\" width=\"18.625\" "
                          "customWidth=\"1\"/></%scols>", ns, ns, MAX (n_columns, 1), ns);
  g_string_append_printf (out, "<%ssheetData>", ns);

  if (o->title != NULL)
    {
      PxFixtureCell title = { PX_FIXTURE_TEXT, o->title };

      g_string_append_printf (out, "<%srow%s spans=\"1:%u\" ht=\"30\" customHeight=\"1\">", ns,
                              omit ? "" : " r=\"1\"", MAX (n_columns, 1));
      append_cell (w, out, 1, 0, &title);
      /* the merged-over cells carry the title's style, with no value */
      for (guint col = 1; col < n_columns && !omit; col++)
        {
          g_string_append_printf (out, "<%sc r=\"", ns);
          append_column_name (out, col);
          g_string_append (out, "1\"/>");
        }
      g_string_append_printf (out, "</%srow>", ns);
    }

  for (guint row = 0; row < n_rows; row++)
    {
      const PxFixtureCell *r = cells + (gsize) row * n_columns;
      guint number = first_row + row;

      if (o->comment_before_row == row + 1)
        g_string_append (out, "<!-- rows below were checked; a </row> in here is no tag -->");

      if (row_is_empty (r, n_columns))
        {
          /* without references a blank row cannot be left out: it is written empty */
          if (omit)
            g_string_append_printf (out, "<%srow></%srow>", ns, ns);
          continue;
        }
      g_string_append_printf (out, "<%srow", ns);
      if (!omit)
        g_string_append_printf (out, " r=\"%u\"", number);
      g_string_append_printf (out, " spans=\"1:%u\">", n_columns);
      for (guint col = 0; col < n_columns; col++)
        {
          if (r[col].value != NULL)
            append_cell (w, out, number, col, &r[col]);
          else if (omit)
            /* sequential cells need a placeholder to keep their columns */
            g_string_append_printf (out, "<%sc/>", ns);
        }
      g_string_append_printf (out, "</%srow>", ns);
    }

  for (guint i = 0; i < o->trailing_empty_rows; i++)
    {
      guint number = first_row + n_rows + i;

      g_string_append_printf (out, "<%srow", ns);
      if (!omit)
        g_string_append_printf (out, " r=\"%u\"", number);
      g_string_append_printf (out, " spans=\"1:%u\" s=\"%d\" customFormat=\"1\">", n_columns,
                              XF_TEXT);
      for (guint col = 0; col < n_columns; col++)
        {
          g_string_append_printf (out, "<%sc", ns);
          if (!omit)
            {
              g_string_append (out, " r=\"");
              append_column_name (out, col);
              g_string_append_printf (out, "%u\"", number);
            }
          g_string_append_printf (out, " s=\"%d\"/>", XF_TEXT);
        }
      g_string_append_printf (out, "</%srow>", ns);
    }
  g_string_append_printf (out, "</%ssheetData>", ns);

  if (o->title != NULL && n_columns > 1)
    {
      g_string_append_printf (out, "<%smergeCells count=\"1\"><%smergeCell ref=\"A1:", ns, ns);
      append_column_name (out, n_columns - 1);
      g_string_append_printf (out, "1\"/></%smergeCells>", ns);
    }
  g_string_append_printf (out, "<%spageMargins left=\"0.75\" right=\"0.75\" top=\"1\" "
                          "bottom=\"1\" header=\"0.5\" footer=\"0.5\"/>", ns);
  g_string_append_printf (out, "</%sworksheet>", ns);
  return out;
}

/* Splits a string at a character boundary near its middle. */
static gsize
middle_boundary (const char *text)
{
  gsize len = strlen (text);
  const char *middle = g_utf8_find_prev_char (text, text + len / 2 + 1);

  return middle != NULL ? (gsize) (middle - text) : 0;
}

static GString *
build_shared_strings (Writer *w)
{
  const char *ns = w->ns;
  GString *out = g_string_sized_new (64 + w->strings->len * 24);

  g_string_append (out, XML_DECLARATION);
  if (w->options->namespace_prefix)
    g_string_append (out, "<x:sst xmlns:x=\"" NS_MAIN "\"");
  else
    g_string_append (out, "<sst xmlns=\"" NS_MAIN "\"");
  g_string_append_printf (out, " count=\"%u\" uniqueCount=\"%u\">", w->string_refs,
                          w->strings->len);

  for (guint i = 0; i < w->strings->len; i++)
    {
      const char *text = g_ptr_array_index (w->strings, i);
      gsize split = middle_boundary (text);

      g_string_append_printf (out, "<%ssi>", ns);
      if (w->options->rich_text && split > 0)
        {
          g_autofree char *first = g_strndup (text, split);

          g_string_append_printf (out, "<%sr><%srPr><%sb/><%ssz val=\"11\"/></%srPr><%st>", ns, ns,
                                  ns, ns, ns, ns);
          append_escaped (out, first);
          g_string_append_printf (out, "</%st></%sr><%sr><%st xml:space=\"preserve\">", ns, ns, ns,
                                  ns);
          append_escaped (out, text + split);
          g_string_append_printf (out, "</%st></%sr>", ns, ns);
          g_string_append_printf (out, "<%srPh sb=\"0\" eb=\"1\"><%st>ピンイン</%st></%srPh>", ns,
                                  ns, ns, ns);
          g_string_append_printf (out, "<%sphoneticPr fontId=\"1\" type=\"noConversion\"/>", ns);
        }
      else
        {
          gboolean spaces = text[0] == ' ' || (text[0] != '\0' && text[strlen (text) - 1] == ' ');

          g_string_append_printf (out, "<%st%s>", ns, spaces ? " xml:space=\"preserve\"" : "");
          append_escaped (out, text);
          g_string_append_printf (out, "</%st>", ns);
        }
      g_string_append_printf (out, "</%ssi>", ns);
    }
  g_string_append_printf (out, "</%ssst>", ns);
  return out;
}

static GString *
build_workbook (Writer *w)
{
  const char *ns = w->ns;
  GString *out = g_string_new (XML_DECLARATION);

  if (w->options->namespace_prefix)
    g_string_append (out, "<x:workbook xmlns:x=\"" NS_MAIN "\"");
  else
    g_string_append (out, "<workbook xmlns=\"" NS_MAIN "\"");
  g_string_append (out, " xmlns:r=\"" NS_RELATIONSHIPS "\">");
  g_string_append_printf (out, "<%sfileVersion appName=\"xl\" lastEdited=\"7\"/>", ns);
  g_string_append_printf (out, "<%sworkbookPr%s defaultThemeVersion=\"124226\"/>", ns,
                          w->options->date1904 ? " date1904=\"1\"" : "");
  g_string_append_printf (out, "<%sbookViews><%sworkbookView xWindow=\"0\" yWindow=\"0\" "
                          "windowWidth=\"20000\" windowHeight=\"9000\"/></%sbookViews>", ns, ns,
                          ns);
  g_string_append_printf (out, "<%ssheets>"
                          "<%ssheet name=\"隐藏\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
                          "<%ssheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/>"
                          "</%ssheets>", ns, ns, ns, ns);
  g_string_append_printf (out, "<%scalcPr calcId=\"124519\"/></%sworkbook>", ns, ns);
  return out;
}

static gboolean
add_entry (zipFile      zip,
           const char  *name,
           const char  *data,
           gsize        length,
           GError     **error)
{
  zip_fileinfo info;
  int ret;

  memset (&info, 0, sizeof info);
  info.tmz_date.tm_year = 2024;
  info.tmz_date.tm_mon = 2;
  info.tmz_date.tm_mday = 1;

  ret = zipOpenNewFileInZip64 (zip, name, &info, NULL, 0, NULL, 0, NULL, Z_DEFLATED,
                               Z_BEST_SPEED, length >= 0xFFFFFFFFu);
  while (ret == ZIP_OK && length > 0)
    {
      unsigned int chunk = MIN (length, 1u << 30);

      ret = zipWriteInFileInZip (zip, data, chunk);
      data += chunk;
      length -= chunk;
    }
  if (ret == ZIP_OK)
    ret = zipCloseFileInZip (zip);
  if (ret != ZIP_OK)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "zip: writing %s failed (%d)", name, ret);
      return FALSE;
    }
  return TRUE;
}

gboolean
px_fixture_write_zip (const char         *path,
                      const char * const *names_and_contents,
                      GError            **error)
{
  zipFile zip = zipOpen64 (path, APPEND_STATUS_CREATE);
  gboolean ok = TRUE;

  if (zip == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "zip: cannot create %s", path);
      return FALSE;
    }
  for (guint i = 0; ok && names_and_contents[i] != NULL; i += 2)
    ok = add_entry (zip, names_and_contents[i], names_and_contents[i + 1],
                    strlen (names_and_contents[i + 1]), error);
  if (zipClose (zip, NULL) != ZIP_OK && ok)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "zip: closing %s failed", path);
      ok = FALSE;
    }
  return ok;
}

gboolean
px_fixture_write_xlsx (const char                  *path,
                       const PxFixtureCell         *cells,
                       guint                        n_rows,
                       guint                        n_columns,
                       const PxFixtureXlsxOptions  *options,
                       GError                     **error)
{
  static const PxFixtureXlsxOptions defaults = { 0, };
  g_autoptr(GHashTable) string_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  g_autoptr(GString) sheet = NULL;
  g_autoptr(GString) shared = NULL;
  g_autoptr(GString) workbook = NULL;
  g_autoptr(GString) rels = g_string_new (workbook_rels_xml);
  g_autoptr(GString) content_types = g_string_new (content_types_xml);
  Writer w;
  zipFile zip;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cells != NULL || n_rows == 0, FALSE);

  w.options = options != NULL ? options : &defaults;
  w.ns = w.options->namespace_prefix ? "x:" : "";
  w.string_index = string_index;
  w.strings = strings;
  w.string_refs = 0;

  sheet = build_sheet (&w, cells, n_rows, n_columns);
  shared = build_shared_strings (&w);
  workbook = build_workbook (&w);
  g_string_replace (rels, "@TARGET@", w.options->absolute_target ? "/xl/worksheets/sheet1.xml"
                                                                  : "worksheets/sheet1.xml", 1);
  /* Excel always writes sharedStrings.xml; WPS leaves it out when every string is inline */
  if (w.options->inline_strings)
    {
      g_string_replace (rels, "<Relationship Id=\"rId4\" Type=\"" NS_RELATIONSHIPS
                        "/sharedStrings\" Target=\"sharedStrings.xml\"/>", "", 1);
      g_string_replace (content_types, "<Override PartName=\"/xl/sharedStrings.xml\" "
                        "ContentType=\"" CT_PREFIX "sharedStrings+xml\"/>", "", 1);
    }

  zip = zipOpen64 (path, APPEND_STATUS_CREATE);
  if (zip == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "zip: cannot create %s", path);
      return FALSE;
    }
  ok = add_entry (zip, "[Content_Types].xml", content_types->str, content_types->len, error)
       && add_entry (zip, "_rels/.rels", package_rels_xml, strlen (package_rels_xml), error)
       && add_entry (zip, "xl/workbook.xml", workbook->str, workbook->len, error)
       && add_entry (zip, "xl/_rels/workbook.xml.rels", rels->str, rels->len, error)
       && add_entry (zip, "xl/styles.xml", styles_xml, strlen (styles_xml), error)
       && add_entry (zip, "xl/worksheets/sheet1.xml", sheet->str, sheet->len, error)
       && add_entry (zip, "xl/worksheets/sheet2.xml", second_sheet_xml,
                     strlen (second_sheet_xml), error);
  if (ok && !w.options->inline_strings)
    ok = add_entry (zip, "xl/sharedStrings.xml", shared->str, shared->len, error);
  if (zipClose (zip, NULL) != ZIP_OK && ok)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "zip: closing %s failed", path);
      ok = FALSE;
    }
  return ok;
}
