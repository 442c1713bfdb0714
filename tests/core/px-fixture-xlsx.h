/* px-fixture-xlsx.h: .xlsx test fixtures written the way Excel, WPS and LibreOffice write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a fixture cell is stored. The value is always given as text; for the numeric kinds it is
 * written into <v> verbatim, so a test can reproduce Excel's own spelling of a number. */
typedef enum
{
  PX_FIXTURE_TEXT,            /* a string: <c t="s"> into sharedStrings.xml, or inline */
  PX_FIXTURE_NUMBER,          /* <c t="n"><v>1.10101198503121E+17</v></c> */
  PX_FIXTURE_DATE,            /* a serial day number styled with built-in numFmtId 14 */
  PX_FIXTURE_CUSTOM_DATE,     /* a serial day number styled yyyy"年"m"月"d"日" (numFmtId 176) */
  PX_FIXTURE_TIME,            /* a fraction of a day styled [h]:mm:ss (numFmtId 177) */
  PX_FIXTURE_CUSTOM_NUMBER,   /* a number styled #,##0.00_);[Red]\(#,##0.00\) (not a date) */
  PX_FIXTURE_BOOLEAN,         /* <c t="b"><v>1</v></c> */
  PX_FIXTURE_ERROR,           /* <c t="e"><v>#N/A</v></c> */
  PX_FIXTURE_FORMULA_STRING,  /* <c t="str"><f>…</f><v>value</v></c> */
} PxFixtureCellType;

/* One cell. A NULL value writes no <c> element (a sparse row); a row whose cells are all NULL
 * writes no <row> element, as Excel does for a blank row. */
typedef struct
{
  PxFixtureCellType type;
  const char *value;
} PxFixtureCell;

#define PX_FIXTURE_CELL_TEXT(v)   { PX_FIXTURE_TEXT, (v) }
#define PX_FIXTURE_CELL_NUMBER(v) { PX_FIXTURE_NUMBER, (v) }
#define PX_FIXTURE_CELL_DATE(v)   { PX_FIXTURE_DATE, (v) }
#define PX_FIXTURE_CELL_NONE      { PX_FIXTURE_TEXT, NULL }

typedef struct
{
  /* WPS-style <c t="inlineStr"><is><t>…</t></is></c> instead of sharedStrings.xml */
  gboolean inline_strings;
  /* shared strings as rich text runs (<r><rPr>…</rPr><t>…</t></r>) with a phonetic <rPh> run
   * that is not part of the text */
  gboolean rich_text;
  /* <workbookPr date1904="1"/>, as a workbook from Excel for Mac used to have */
  gboolean date1904;
  /* <c> without r="B3", and <row> without r, which some generators leave out */
  gboolean omit_references;
  /* every element with an x: namespace prefix (<x:row>), as the Open XML SDK writes */
  gboolean namespace_prefix;
  /* the worksheet's relationship target as "/xl/worksheets/sheet1.xml", as WPS writes it,
   * instead of Excel's "worksheets/sheet1.xml" */
  gboolean absolute_target;
  /* if set, row 1 holds this text merged across all columns, and the cells start at row 2 */
  const char *title;
  /* <row> elements with formatted but empty cells after the data, as Excel keeps them */
  guint trailing_empty_rows;
  /* if not 0, an XML comment (mentioning </row>) before the row of cells with this index,
   * counted from 1 */
  guint comment_before_row;
} PxFixtureXlsxOptions;

/* Writes cells (n_rows × n_columns, row by row) as the first and only worksheet of an .xlsx
 * package at path, zipped with minizip. options may be NULL for Excel's defaults (shared
 * strings, references on every cell, no title). */
gboolean  px_fixture_write_xlsx  (const char                  *path,
                                  const PxFixtureCell         *cells,
                                  guint                        n_rows,
                                  guint                        n_columns,
                                  const PxFixtureXlsxOptions  *options,
                                  GError                     **error);

/* Writes a ZIP archive at path with the given entries (names and NUL-terminated contents,
 * alternating, NULL-terminated): for packages that are not workbooks at all. */
gboolean  px_fixture_write_zip   (const char                  *path,
                                  const char * const          *names_and_contents,
                                  GError                     **error);

G_END_DECLS
