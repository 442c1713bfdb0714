/* test-sheet-formats.c: reading and writing roster files as CSV, .xlsx and .xls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-sheet-formats"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <minizip/unzip.h>

#include "px-sheet.h"
#include "px-fixture-xls.h"
#include "px-fixture-xlsx.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* Checks one row: its spreadsheet row number and its cells (NULL-terminated; trailing cells
 * beyond those given must be empty). */
static void
assert_row (PxSheet    *sheet,
            guint       row,
            guint       number,
            ...)
{
  va_list args;
  const char *expected;
  guint column = 0;

  g_assert_cmpuint (row, <, px_sheet_get_n_rows (sheet));
  g_assert_cmpuint (px_sheet_get_row_number (sheet, row), ==, number);
  va_start (args, number);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpstr (px_sheet_get_cell (sheet, row, column), ==, expected);
      column++;
    }
  va_end (args);
  for (guint c = column; c < px_sheet_get_n_cells (sheet, row); c++)
    g_assert_cmpstr (px_sheet_get_cell (sheet, row, c), ==, "");
}

static PxSheet *
read_csv_string (const char *text)
{
  g_autoptr(GError) error = NULL;
  PxSheet *sheet = px_sheet_read_csv_data (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static PxSheet *
read_file_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  PxSheet *sheet = px_sheet_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
write_bytes (const char *path,
             const char *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* CSV and text */

static void
test_csv_utf8 (void)
{
  g_autoptr(PxSheet) sheet = read_csv_string ("姓名,身份证号,单位\n"
                                              "张三,110101198503121234,党校\n"
                                              "李四,11010119900101002X,组织部\n");

  g_assert_cmpstr (px_sheet_get_encoding (sheet), ==, "UTF-8");
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 3);
  assert_row (sheet, 0, 1, "姓名", "身份证号", "单位", NULL);
  assert_row (sheet, 1, 2, "张三", "110101198503121234", "党校", NULL);
  assert_row (sheet, 2, 3, "李四", "11010119900101002X", "组织部", NULL);
}

static void
test_csv_utf8_bom (void)
{
  g_autoptr(PxSheet) sheet = read_csv_string ("\xEF\xBB\xBF姓名,性别\r\n王五,男\r\n");

  g_assert_cmpstr (px_sheet_get_encoding (sheet), ==, "UTF-8");
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 2);
  /* the BOM is not part of the first header */
  assert_row (sheet, 0, 1, "姓名", "性别", NULL);
  assert_row (sheet, 1, 2, "王五", "男", NULL);
}

static void
test_csv_gb18030 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gb = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  gsize length = 0;

  gb = g_convert ("姓名,民族,籍贯\r\n欧阳娜娜,汉族,福建\r\n", -1, "GB18030", "UTF-8", NULL,
                  &length, &error);
  g_assert_no_error (error);
  /* GB18030 bytes are not UTF-8, so the reader must not take them as such */
  g_assert_false (g_utf8_validate (gb, length, NULL));

  sheet = px_sheet_read_csv_data (gb, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_sheet_get_encoding (sheet), ==, "GB18030");
  assert_row (sheet, 0, 1, "姓名", "民族", "籍贯", NULL);
  assert_row (sheet, 1, 2, "欧阳娜娜", "汉族", "福建", NULL);
}

static void
test_csv_utf16_tab (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *data = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  gsize length = 0;

  /* Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, CRLF */
  utf16 = g_convert ("姓名\t身份证号\t备注\r\n赵六\t110101198503121234\t有,逗号\r\n", -1,
                     "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  data = g_malloc (length + 2);
  memcpy (data, "\xFF\xFE", 2);
  memcpy (data + 2, utf16, length);

  sheet = px_sheet_read_csv_data (data, length + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_sheet_get_encoding (sheet), ==, "UTF-16LE");
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 2);
  assert_row (sheet, 0, 1, "姓名", "身份证号", "备注", NULL);
  assert_row (sheet, 1, 2, "赵六", "110101198503121234", "有,逗号", NULL);
}

static void
test_csv_quoting (void)
{
  g_autoptr(PxSheet) sheet = read_csv_string ("姓名,地址,备注\n"
                                              "\"张,三\",\"北京市\n海淀区\",\"他说\"\"好\"\"\"\n"
                                              "李四,\"\",普通\n");

  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 3);
  assert_row (sheet, 0, 1, "姓名", "地址", "备注", NULL);
  assert_row (sheet, 1, 2, "张,三", "北京市\n海淀区", "他说\"好\"", NULL);
  /* a quoted newline stays inside its record: the next record is row 3, as Excel shows it */
  assert_row (sheet, 2, 3, "李四", "", "普通", NULL);
}

static void
test_csv_line_ends (void)
{
  g_autoptr(PxSheet) crlf = read_csv_string ("a,b\r\nc,d\r\n\"e\r\nf\",g\r\nh,i");
  g_autoptr(PxSheet) cr = read_csv_string ("a,b\rc,d\r");

  g_assert_cmpuint (px_sheet_get_n_rows (crlf), ==, 4);
  assert_row (crlf, 0, 1, "a", "b", NULL);
  assert_row (crlf, 1, 2, "c", "d", NULL);
  assert_row (crlf, 2, 3, "e\r\nf", "g", NULL);
  /* the last line needs no line end */
  assert_row (crlf, 3, 4, "h", "i", NULL);

  g_assert_cmpuint (px_sheet_get_n_rows (cr), ==, 2);
  assert_row (cr, 1, 2, "c", "d", NULL);
}

static void
test_csv_blank_rows (void)
{
  g_autoptr(PxSheet) sheet = read_csv_string ("姓名,性别\n"
                                              "张三,男\n"
                                              ",\n"
                                              "李四,女\n"
                                              " , \n"
                                              ",,,\n"
                                              "\n"
                                              "\n");

  /* rows of only commas or blanks are dropped; the others keep their numbers */
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 3);
  assert_row (sheet, 0, 1, "姓名", "性别", NULL);
  assert_row (sheet, 1, 2, "张三", "男", NULL);
  assert_row (sheet, 2, 4, "李四", "女", NULL);
}

static void
test_csv_semicolon (void)
{
  g_autoptr(PxSheet) sheet = read_csv_string ("姓名;金额\n张三;1,5\n");

  assert_row (sheet, 1, 2, "张三", "1,5", NULL);
}

static void
test_csv_unterminated_buffer (void)
{
  static const char text[] = "姓名,性别\n张三,男";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  /* exactly the bytes, no NUL after them: the reader must not look past the end */
  g_autofree char *data = g_memdup2 (text, sizeof text - 1);

  sheet = px_sheet_read_csv_data (data, sizeof text - 1, &error);
  g_assert_no_error (error);
  assert_row (sheet, 1, 2, "张三", "男", NULL);
}

static void
test_csv_bad_utf8_bom (void)
{
  g_autoptr(GError) error = NULL;
  PxSheet *sheet = px_sheet_read_csv_data ("\xEF\xBB\xBF\xC3\x28,a\n", 7, &error);

  g_assert_null (sheet);
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_ENCODING);
}

/* .xlsx */

static const PxFixtureCell roster_cells[] = {
  PX_FIXTURE_CELL_TEXT ("姓名"), PX_FIXTURE_CELL_TEXT ("身份证号"),
  PX_FIXTURE_CELL_TEXT ("单位"), PX_FIXTURE_CELL_TEXT ("出生日期"),

  PX_FIXTURE_CELL_TEXT ("张三"), PX_FIXTURE_CELL_TEXT ("110101198503121234"),
  PX_FIXTURE_CELL_TEXT ("中共北京市委党校"), PX_FIXTURE_CELL_DATE ("31118"),

  PX_FIXTURE_CELL_TEXT ("李四"), PX_FIXTURE_CELL_NUMBER ("1.10101198503121E+17"),
  PX_FIXTURE_CELL_TEXT ("A&B <部门>"), PX_FIXTURE_CELL_DATE ("31118.5"),

  PX_FIXTURE_CELL_TEXT ("张三"), PX_FIXTURE_CELL_TEXT (" 11010119900101002X "),
  PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE,
};

static void
check_roster (PxSheet *sheet,
              guint    first_number)
{
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 4);
  g_assert_null (px_sheet_get_encoding (sheet));
  assert_row (sheet, 0, first_number, "姓名", "身份证号", "单位", "出生日期", NULL);
  assert_row (sheet, 1, first_number + 1, "张三", "110101198503121234", "中共北京市委党校",
              "1985-03-12", NULL);
  /* an ID that Excel turned into a number reads as Excel's General format shows it */
  assert_row (sheet, 2, first_number + 2, "李四", "1.10101198503121e+17", "A&B <部门>",
              "1985-03-12", NULL);
  assert_row (sheet, 3, first_number + 3, "张三", " 11010119900101002X ", NULL);
  g_assert_cmpuint (px_sheet_get_n_cells (sheet, 3), ==, 2);
}

static PxSheet *
read_xlsx_fixture (const char                 *name,
                   const PxFixtureCell        *cells,
                   guint                       n_rows,
                   guint                       n_columns,
                   const PxFixtureXlsxOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path (name);

  px_fixture_write_xlsx (path, cells, n_rows, n_columns, options, &error);
  g_assert_no_error (error);
  return read_file_ok (path);
}

static void
test_xlsx_shared_strings (void)
{
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("shared.xlsx", roster_cells, 4, 4, NULL);

  check_roster (sheet, 1);
}

static void
test_xlsx_inline_strings (void)
{
  PxFixtureXlsxOptions options = { .inline_strings = TRUE, .absolute_target = TRUE };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("inline.xlsx", roster_cells, 4, 4, &options);

  check_roster (sheet, 1);
}

static void
test_xlsx_rich_text (void)
{
  PxFixtureXlsxOptions options = { .rich_text = TRUE };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("rich.xlsx", roster_cells, 4, 4, &options);

  /* runs are joined; the phonetic run is not text */
  check_roster (sheet, 1);
}

static void
test_xlsx_namespace_prefix (void)
{
  PxFixtureXlsxOptions options = { .namespace_prefix = TRUE };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("prefixed.xlsx", roster_cells, 4, 4, &options);

  check_roster (sheet, 1);
}

static void
test_xlsx_title_row (void)
{
  PxFixtureXlsxOptions options = { .title = "2024年春季主体班学员花名册",
                                   .trailing_empty_rows = 40 };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("title.xlsx", roster_cells, 4, 4, &options);

  /* the title is row 1 and stays a row of its own; formatted empty rows are dropped */
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 5);
  assert_row (sheet, 0, 1, "2024年春季主体班学员花名册", NULL);
  g_assert_cmpuint (px_sheet_get_n_cells (sheet, 0), ==, 1);
  assert_row (sheet, 1, 2, "姓名", "身份证号", "单位", "出生日期", NULL);
  assert_row (sheet, 4, 5, "张三", " 11010119900101002X ", NULL);
}

static void
test_xlsx_numbers (void)
{
  const PxFixtureCell cells[] = {
    { PX_FIXTURE_NUMBER, "42" },
    { PX_FIXTURE_NUMBER, "0.1" },
    { PX_FIXTURE_NUMBER, "3.0000000000000004" },
    { PX_FIXTURE_NUMBER, "-7" },
    { PX_FIXTURE_NUMBER, "110101198503121234" },
    { PX_FIXTURE_CUSTOM_NUMBER, "1234.5" },
    { PX_FIXTURE_BOOLEAN, "1" },
    { PX_FIXTURE_BOOLEAN, "0" },
    { PX_FIXTURE_ERROR, "#N/A" },
    { PX_FIXTURE_FORMULA_STRING, "计算结果" },
    { PX_FIXTURE_NUMBER, "not a number" },
  };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("numbers.xlsx", cells, 1, G_N_ELEMENTS (cells),
                                                NULL);

  assert_row (sheet, 0, 1, "42", "0.1", "3", "-7", "1.10101198503121e+17", "1234.5", "TRUE",
              "FALSE", "#N/A", "计算结果", "not a number", NULL);
}

static void
test_xlsx_dates (void)
{
  const PxFixtureCell cells[] = {
    { PX_FIXTURE_DATE, "31118" },
    { PX_FIXTURE_CUSTOM_DATE, "45352" },
    { PX_FIXTURE_TIME, "0.5208333333333334" },
    { PX_FIXTURE_DATE, "1" },
    { PX_FIXTURE_DATE, "61" },
    { PX_FIXTURE_DATE, "-5" },
    { PX_FIXTURE_DATE, "99999999" },
  };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("dates.xlsx", cells, 1, G_N_ELEMENTS (cells),
                                                NULL);

  /* serials out of Excel's date range show as numbers rather than as nonsense dates */
  assert_row (sheet, 0, 1, "1985-03-12", "2024-03-01", "12:30:00", "1900-01-01", "1900-03-01",
              "-5", "99999999", NULL);
}

static void
test_xlsx_date1904 (void)
{
  const PxFixtureCell cells[] = {
    { PX_FIXTURE_DATE, "29656" },
    { PX_FIXTURE_DATE, "0" },
  };
  PxFixtureXlsxOptions options = { .date1904 = TRUE };
  g_autoptr(PxSheet) sheet = read_xlsx_fixture ("date1904.xlsx", cells, 1, 2, &options);

  assert_row (sheet, 0, 1, "1985-03-12", "1904-01-01", NULL);
}

static void
test_xlsx_sparse (void)
{
  const PxFixtureCell cells[] = {
    PX_FIXTURE_CELL_TEXT ("姓名"), PX_FIXTURE_CELL_TEXT ("性别"), PX_FIXTURE_CELL_TEXT ("民族"),
    PX_FIXTURE_CELL_TEXT ("王五"), PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_TEXT ("回族"),
    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE,
    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_TEXT ("满族"),
    PX_FIXTURE_CELL_TEXT ("赵六"), PX_FIXTURE_CELL_TEXT (" "), PX_FIXTURE_CELL_NONE,
  };
  PxFixtureXlsxOptions plain = { 0, };
  PxFixtureXlsxOptions sequential = { .omit_references = TRUE, .inline_strings = TRUE };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PxSheet) sheet = read_xlsx_fixture (i == 0 ? "sparse.xlsx" : "sequential.xlsx",
                                                    cells, 5, 3, i == 0 ? &plain : &sequential);

      /* the blank row 3 is not there, and the rows after it keep their numbers */
      g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 4);
      assert_row (sheet, 0, 1, "姓名", "性别", "民族", NULL);
      assert_row (sheet, 1, 2, "王五", "", "回族", NULL);
      assert_row (sheet, 2, 4, "", "", "满族", NULL);
      assert_row (sheet, 3, 5, "赵六", NULL);
      g_assert_cmpuint (px_sheet_get_n_cells (sheet, 3), ==, 1);
    }
}

static void
test_xlsx_escapes (void)
{
  const PxFixtureCell cells[] = {
    PX_FIXTURE_CELL_TEXT ("第一行_x000D_\n第二行"),
    PX_FIXTURE_CELL_TEXT ("a_x005F_x0041_b"),
    PX_FIXTURE_CELL_TEXT ("_x4E2D_文"),
    PX_FIXTURE_CELL_TEXT ("_xZZZZ_"),
  };
  PxFixtureXlsxOptions inline_options = { .inline_strings = TRUE };
  g_autoptr(PxSheet) shared = read_xlsx_fixture ("escapes.xlsx", cells, 1, 4, NULL);
  g_autoptr(PxSheet) inline_sheet = read_xlsx_fixture ("escapes-inline.xlsx", cells, 1, 4,
                                                       &inline_options);

  assert_row (shared, 0, 1, "第一行\r\n第二行", "a_x0041_b", "中文", "_xZZZZ_", NULL);
  assert_row (inline_sheet, 0, 1, "第一行\r\n第二行", "a_x0041_b", "中文", "_xZZZZ_", NULL);
}

static void
test_xlsx_many_rows (void)
{
  const guint n_rows = 3000, n_columns = 5;
  g_autofree PxFixtureCell *cells = g_new0 (PxFixtureCell, n_rows * n_columns);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxSheet) sheet = NULL;

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        char *text = g_strdup_printf ("学员%u-%u", r, c % 3);

        g_ptr_array_add (texts, text);
        cells[r * n_columns + c].type = c == 4 ? PX_FIXTURE_NUMBER : PX_FIXTURE_TEXT;
        cells[r * n_columns + c].value = c == 4 ? "12" : text;
      }
  sheet = read_xlsx_fixture ("many.xlsx", cells, n_rows, n_columns, NULL);

  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, n_rows);
  for (guint r = 0; r < n_rows; r += 997)
    {
      g_autofree char *a = g_strdup_printf ("学员%u-0", r);
      g_autofree char *b = g_strdup_printf ("学员%u-1", r);
      g_autofree char *c = g_strdup_printf ("学员%u-2", r);

      assert_row (sheet, r, r + 1, a, b, c, a, "12", NULL);
    }
}

/* Big enough to be parsed in segments by several threads. */
static void
check_segmented (const char                 *name,
                 const PxFixtureXlsxOptions *options)
{
  const guint n_rows = 40000, n_columns = 6;
  g_autofree PxFixtureCell *cells = g_new0 (PxFixtureCell, n_rows * n_columns);
  g_autoptr(GStringChunk) texts = g_string_chunk_new (1 << 20);
  g_autoptr(PxSheet) sheet = NULL;
  guint row = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      char buf[64];

      /* every 997th row is blank */
      if (r % 997 == 996)
        continue;
      g_snprintf (buf, sizeof buf, "学员%05u", r);
      cells[r * n_columns + 0] = (PxFixtureCell) { PX_FIXTURE_TEXT,
                                                   g_string_chunk_insert (texts, buf) };
      g_snprintf (buf, sizeof buf, "110101%012u", r);
      cells[r * n_columns + 1] = (PxFixtureCell) { PX_FIXTURE_TEXT,
                                                   g_string_chunk_insert (texts, buf) };
      g_snprintf (buf, sizeof buf, "%u", r);
      cells[r * n_columns + 2] = (PxFixtureCell) { PX_FIXTURE_NUMBER,
                                                   g_string_chunk_insert (texts, buf) };
      cells[r * n_columns + 3] = (PxFixtureCell) { PX_FIXTURE_DATE, "31118" };
      cells[r * n_columns + 5] = (PxFixtureCell) { PX_FIXTURE_TEXT, r % 2 ? "男" : "女" };
    }
  sheet = read_xlsx_fixture (name, cells, n_rows, n_columns, options);

  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, n_rows - n_rows / 997);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *a = g_strdup_printf ("学员%05u", r);
      g_autofree char *b = g_strdup_printf ("110101%012u", r);
      g_autofree char *c = g_strdup_printf ("%u", r);

      if (r % 997 == 996)
        continue;
      assert_row (sheet, row++, r + 1, a, b, c, "1985-03-12", "", r % 2 ? "男" : "女", NULL);
    }
}

static void
test_xlsx_segments (void)
{
  PxFixtureXlsxOptions sequential = { .omit_references = TRUE, .inline_strings = TRUE,
                                      .namespace_prefix = TRUE };

  check_segmented ("segments.xlsx", NULL);
  /* rows without r="…" are numbered across the segments' borders */
  check_segmented ("segments-sequential.xlsx", &sequential);
}

static void
test_xlsx_comment (void)
{
  PxFixtureXlsxOptions late = { .comment_before_row = 30000 };
  PxFixtureXlsxOptions early = { .comment_before_row = 2 };
  g_autoptr(PxSheet) small = read_xlsx_fixture ("comment-small.xlsx", roster_cells, 4, 4, &early);

  /* a comment could hide "</row>": such a sheet is read as a whole, even when found late */
  check_roster (small, 1);
  check_segmented ("comment.xlsx", &late);
}

static void
test_xlsx_damaged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("damaged.xlsx");
  g_autofree char *truncated_path = tmp_path ("truncated.xlsx");
  g_autofree char *contents = NULL;
  gsize length = 0;
  PxSheet *sheet;

  px_fixture_write_xlsx (path, roster_cells, 4, 4, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* cut off the central directory */
  write_bytes (truncated_path, contents, length / 2);
  sheet = px_sheet_read_file (truncated_path, &error);
  g_assert_null (sheet);
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_clear_error (&error);

  /* scribble over the compressed parts but keep the directory */
  for (gsize i = 200; i < length - 600; i += 7)
    contents[i] ^= 0x5A;
  write_bytes (path, contents, length);
  sheet = px_sheet_read_file (path, &error);
  g_assert_null (sheet);
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_CORRUPT);
}

static void
test_xlsx_not_a_workbook (void)
{
  static const char * const docx[] = {
    "_rels/.rels",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
    "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>",
    "word/document.xml",
    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
    "wordprocessingml/2006/main\"><w:body/></w:document>",
    NULL
  };
  static const char * const plain_zip[] = { "readme.txt", "hello", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *docx_path = tmp_path ("letter.xlsx");
  g_autofree char *zip_path = tmp_path ("archive.xlsx");

  px_fixture_write_zip (docx_path, docx, &error);
  g_assert_no_error (error);
  g_assert_null (px_sheet_read_file (docx_path, &error));
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  px_fixture_write_zip (zip_path, plain_zip, &error);
  g_assert_no_error (error);
  g_assert_null (px_sheet_read_file (zip_path, &error));
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED);
}

/* .xls */

static PxSheet *
read_xls_fixture (const char                *name,
                  const PxFixtureCell       *cells,
                  guint                      n_rows,
                  guint                      n_columns,
                  const PxFixtureXlsOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path (name);

  px_fixture_write_xls (path, cells, n_rows, n_columns, options, &error);
  g_assert_no_error (error);
  return read_file_ok (path);
}

static void
test_xls_cells (void)
{
  const PxFixtureCell cells[] = {
    PX_FIXTURE_CELL_TEXT ("姓名"), PX_FIXTURE_CELL_TEXT ("身份证号"),
    PX_FIXTURE_CELL_TEXT ("年龄"), PX_FIXTURE_CELL_TEXT ("出生日期"),
    PX_FIXTURE_CELL_TEXT ("张三"), PX_FIXTURE_CELL_TEXT ("110101198503121234"),
    PX_FIXTURE_CELL_NUMBER ("39"), PX_FIXTURE_CELL_DATE ("31118"),
    PX_FIXTURE_CELL_TEXT ("李四"), PX_FIXTURE_CELL_NUMBER ("110101198503121234"),
    PX_FIXTURE_CELL_NUMBER ("0.25"), { PX_FIXTURE_TIME, "0.5208333333333334" },
    PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE, PX_FIXTURE_CELL_NONE,
    PX_FIXTURE_CELL_TEXT ("王五"), PX_FIXTURE_CELL_NONE,
    PX_FIXTURE_CELL_TEXT ("张三"), PX_FIXTURE_CELL_NONE,
  };
  g_autoptr(PxSheet) sheet = read_xls_fixture ("cells.xls", cells, 5, 4, NULL);

  g_assert_null (px_sheet_get_encoding (sheet));
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 4);
  assert_row (sheet, 0, 1, "姓名", "身份证号", "年龄", "出生日期", NULL);
  assert_row (sheet, 1, 2, "张三", "110101198503121234", "39", "1985-03-12", NULL);
  assert_row (sheet, 2, 3, "李四", "1.10101198503121e+17", "0.25", "12:30:00", NULL);
  /* the blank row 4 is dropped; row 5 keeps its number */
  assert_row (sheet, 3, 5, "王五", "", "张三", NULL);
  g_assert_cmpuint (px_sheet_get_n_cells (sheet, 3), ==, 3);
}

static void
test_xls_date1904 (void)
{
  const PxFixtureCell cells[] = { PX_FIXTURE_CELL_DATE ("29656") };
  PxFixtureXlsOptions options = { .date1904 = TRUE, .sheet_name = "花名册" };
  g_autoptr(PxSheet) sheet = read_xls_fixture ("date1904.xls", cells, 1, 1, &options);

  assert_row (sheet, 0, 1, "1985-03-12", NULL);
}

static void
test_xls_many_rows (void)
{
  const guint n_rows = 2500, n_columns = 4;
  g_autofree PxFixtureCell *cells = g_new0 (PxFixtureCell, n_rows * n_columns);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxSheet) sheet = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* long strings make the SST spill into CONTINUE records, split inside strings */
  for (guint i = 0; i < 300; i++)
    g_string_append (long_text, "很长的备注");
  for (guint r = 0; r < n_rows; r++)
    {
      char *name = g_strdup_printf ("学员%04u", r);
      char *id = g_strdup_printf ("1101011985%08u", r);
      char *number = g_strdup_printf ("%u.5", r);

      g_ptr_array_add (texts, name);
      g_ptr_array_add (texts, id);
      g_ptr_array_add (texts, number);
      cells[r * n_columns + 0] = (PxFixtureCell) { PX_FIXTURE_TEXT, name };
      cells[r * n_columns + 1] = (PxFixtureCell) { PX_FIXTURE_TEXT, id };
      cells[r * n_columns + 2] = (PxFixtureCell) { PX_FIXTURE_NUMBER, number };
      cells[r * n_columns + 3] = (PxFixtureCell) { PX_FIXTURE_TEXT,
                                                   r % 100 == 7 ? long_text->str : "党校" };
    }
  sheet = read_xls_fixture ("many.xls", cells, n_rows, n_columns, NULL);

  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("学员%04u", r);
      g_autofree char *id = g_strdup_printf ("1101011985%08u", r);
      g_autofree char *number = g_strdup_printf ("%u.5", r);

      assert_row (sheet, r, r + 1, name, id, number, r % 100 == 7 ? long_text->str : "党校",
                  NULL);
    }
}

static void
assert_read_fails (const char *path,
                   gint        code,
                   const char *message_part)
{
  g_autoptr(GError) error = NULL;
  PxSheet *sheet = px_sheet_read_file (path, &error);

  g_assert_null (sheet);
  g_assert_error (error, PX_SHEET_ERROR, code);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_xls_password (void)
{
  const PxFixtureCell cells[] = { PX_FIXTURE_CELL_TEXT ("机密") };
  PxFixtureXlsOptions options = { .password = TRUE };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("password.xls");

  px_fixture_write_xls (path, cells, 1, 1, &options, &error);
  g_assert_no_error (error);
  assert_read_fails (path, PX_SHEET_ERROR_UNSUPPORTED, "password");
}

static void
test_xls_encrypted_xlsx (void)
{
  static const guint8 info[] = { 4, 0, 4, 0, 0x40, 0, 0, 0 };
  static const guint8 package[] = { 0x10, 0x27, 0, 0, 0, 0, 0, 0, 0xDE, 0xAD, 0xBE, 0xEF };
  const PxFixtureStream streams[] = {
    { "EncryptionInfo", info, sizeof info },
    { "EncryptedPackage", package, sizeof package },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("protected.xlsx");

  /* an .xlsx saved with a password is an OLE file, whatever its name says */
  px_fixture_write_compound_file (path, streams, G_N_ELEMENTS (streams), &error);
  g_assert_no_error (error);
  assert_read_fails (path, PX_SHEET_ERROR_UNSUPPORTED, "password");
}

static void
test_xls_word_document (void)
{
  static const guint8 word[] = { 0xEC, 0xA5, 0xC1, 0x00 };
  const PxFixtureStream streams[] = {
    { "WordDocument", word, sizeof word },
    { "1Table", word, sizeof word },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("letter.xls");

  px_fixture_write_compound_file (path, streams, G_N_ELEMENTS (streams), &error);
  g_assert_no_error (error);
  assert_read_fails (path, PX_SHEET_ERROR_UNSUPPORTED, "not an Excel workbook");
}

static void
test_xls_damaged (void)
{
  const PxFixtureCell cells[] = { PX_FIXTURE_CELL_TEXT ("姓名"), PX_FIXTURE_CELL_TEXT ("张三") };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("damaged.xls");
  g_autofree char *contents = NULL;
  gsize length = 0;

  px_fixture_write_xls (path, cells, 2, 1, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* the header promises FAT sectors the file no longer has */
  write_bytes (path, contents, 600);
  assert_read_fails (path, PX_SHEET_ERROR_CORRUPT, NULL);
}

/* Writing */

static GPtrArray *
make_rows (void)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *a[] = { "张三", "110101198503121234", "中共北京市委党校", NULL };
  const char *b[] = { "李\"四\"", "11010119900101002X", NULL, NULL };
  const char *c[] = { "王五", "000123", "组织部,干部一处\n第二行", NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) a));
  /* a NULL cell: the strv stops there, the writer must not read past n columns */
  {
    char **row = g_new0 (char *, 4);

    row[0] = g_strdup (b[0]);
    row[1] = g_strdup (b[1]);
    g_ptr_array_add (rows, row);
  }
  g_ptr_array_add (rows, g_strdupv ((char **) c));
  return rows;
}

static const char * const write_header[] = { "姓名", "身份证号", "工作单位", NULL };

static void
check_written_rows (PxSheet *sheet)
{
  g_assert_cmpuint (px_sheet_get_n_rows (sheet), ==, 4);
  assert_row (sheet, 0, 1, "姓名", "身份证号", "工作单位", NULL);
  assert_row (sheet, 1, 2, "张三", "110101198503121234", "中共北京市委党校", NULL);
  assert_row (sheet, 2, 3, "李\"四\"", "11010119900101002X", NULL);
  assert_row (sheet, 3, 4, "王五", "000123", "组织部,干部一处\n第二行", NULL);
}

static void
test_write_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autofree char *path = tmp_path ("out.csv");
  g_autofree char *contents = NULL;
  g_autoptr(PxSheet) sheet = NULL;
  gsize length = 0;

  px_sheet_write_file (path, write_header, rows, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF姓名,身份证号,工作单位\r\n"));
  g_assert_nonnull (strstr (contents, "\r\n\"李\"\"四\"\"\",11010119900101002X,\r\n"));
  g_assert_nonnull (strstr (contents, ",\"组织部,干部一处\n第二行\"\r\n"));

  sheet = read_file_ok (path);
  check_written_rows (sheet);
}

/* The worksheet XML of a written .xlsx, to check what a spreadsheet will show. */
static char *
read_zip_entry (const char *path,
                const char *name)
{
  unzFile zip = unzOpen64 (path);
  g_autoptr(GString) out = g_string_new (NULL);
  char buf[4096];
  int n;

  g_assert_nonnull (zip);
  g_assert_cmpint (unzLocateFile (zip, name, 1), ==, UNZ_OK);
  g_assert_cmpint (unzOpenCurrentFile (zip), ==, UNZ_OK);
  while ((n = unzReadCurrentFile (zip, buf, sizeof buf)) > 0)
    g_string_append_len (out, buf, n);
  g_assert_cmpint (n, ==, 0);
  g_assert_cmpint (unzCloseCurrentFile (zip), ==, UNZ_OK);
  unzClose (zip);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_write_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autofree char *path = tmp_path ("out.xlsx");
  g_autofree char *sheet_xml = NULL;
  g_autofree char *styles_xml = NULL;
  g_autoptr(PxSheet) sheet = NULL;

  px_sheet_write_file (path, write_header, rows, &error);
  g_assert_no_error (error);

  sheet = read_file_ok (path);
  check_written_rows (sheet);

  sheet_xml = read_zip_entry (path, "xl/worksheets/sheet1.xml");
  /* header frozen, every column formatted as text, widths from the longest line (CJK
   * characters count two) */
  g_assert_nonnull (strstr (sheet_xml, "ySplit=\"1\""));
  g_assert_nonnull (strstr (sheet_xml, "state=\"frozen\""));
  g_assert_nonnull (strstr (sheet_xml, "<col min=\"1\" max=\"1\" width=\"8.7109375\""));
  g_assert_nonnull (strstr (sheet_xml, "<col min=\"2\" max=\"2\" width=\"20.7109375\""));
  g_assert_nonnull (strstr (sheet_xml, "<col min=\"3\" max=\"3\" width=\"18.7109375\""));
  g_assert_null (strstr (sheet_xml, "t=\"n\""));
  styles_xml = read_zip_entry (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles_xml, "numFmtId=\"49\""));
  g_assert_nonnull (strstr (styles_xml, "wrapText=\"1\""));
  g_assert_nonnull (strstr (styles_xml, "<b/>"));
}

static void
test_write_xlsx_wide_cells (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *path = tmp_path ("wide.xlsx");
  g_autofree char *sheet_xml = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char *header[] = { "备注", NULL };
  char *row[] = { NULL, NULL };

  for (guint i = 0; i < 100; i++)
    g_string_append (long_text, "很长");
  row[0] = long_text->str;
  g_ptr_array_add (rows, g_strdupv (row));
  px_sheet_write_file (path, header, rows, &error);
  g_assert_no_error (error);

  sheet_xml = read_zip_entry (path, "xl/worksheets/sheet1.xml");
  /* capped at 60 */
  g_assert_nonnull (strstr (sheet_xml, "<col min=\"1\" max=\"1\" width=\"60.7109375\""));
}

static void
test_write_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autoptr(GPtrArray) too_long = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *missing_dir = tmp_path ("no-such-dir/out.xlsx");
  g_autofree char *xls = tmp_path ("out.xls");
  g_autofree char *kept = tmp_path ("kept.xlsx");
  g_autofree char *huge = g_strnfill (40000, 'x');
  g_autofree char *contents = NULL;
  char *row[] = { huge, NULL };
  const char *header[] = { "备注", NULL };

  g_assert_false (px_sheet_write_file (missing_dir, write_header, rows, &error));
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_false (px_sheet_write_file (xls, write_header, rows, &error));
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  /* a cell Excel cannot hold fails the export, and the file already there is left alone */
  write_bytes (kept, "old", 3);
  g_ptr_array_add (too_long, g_strdupv (row));
  g_assert_false (px_sheet_write_file (kept, header, too_long, &error));
  g_assert_error (error, PX_SHEET_ERROR, PX_SHEET_ERROR_WRITE);
  g_file_get_contents (kept, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "old");
}

/* Sniffing */

static void
test_sniff_csv_named_xls (void)
{
  g_autofree char *path = tmp_path ("really-csv.xls");
  g_autoptr(PxSheet) sheet = NULL;

  write_bytes (path, "姓名,性别\n张三,男\n", strlen ("姓名,性别\n张三,男\n"));
  sheet = read_file_ok (path);
  g_assert_cmpstr (px_sheet_get_encoding (sheet), ==, "UTF-8");
  assert_row (sheet, 1, 2, "张三", "男", NULL);
}

static void
test_sniff_xlsx_named_xls (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("really-xlsx.xls");
  g_autoptr(PxSheet) sheet = NULL;

  px_fixture_write_xlsx (path, roster_cells, 4, 4, NULL, &error);
  g_assert_no_error (error);
  sheet = read_file_ok (path);
  check_roster (sheet, 1);
}

static void
test_sniff_xls_named_xlsx (void)
{
  const PxFixtureCell cells[] = { PX_FIXTURE_CELL_TEXT ("姓名"), PX_FIXTURE_CELL_TEXT ("张三") };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("really-xls.xlsx");
  g_autoptr(PxSheet) sheet = NULL;

  px_fixture_write_xls (path, cells, 2, 1, NULL, &error);
  g_assert_no_error (error);
  sheet = read_file_ok (path);
  assert_row (sheet, 1, 2, "张三", NULL);
}

static void
test_sniff_empty (void)
{
  g_autofree char *path = tmp_path ("empty.csv");
  g_autofree char *blank = tmp_path ("blank.csv");
  g_autofree char *empty_xlsx = tmp_path ("empty.xlsx");
  g_autofree char *missing = tmp_path ("missing.csv");
  g_autoptr(GError) error = NULL;

  write_bytes (path, "", 0);
  assert_read_fails (path, PX_SHEET_ERROR_EMPTY, NULL);
  write_bytes (blank, "\xEF\xBB\xBF,,\r\n,,\r\n", 11);
  assert_read_fails (blank, PX_SHEET_ERROR_EMPTY, NULL);
  px_fixture_write_xlsx (empty_xlsx, NULL, 0, 3, NULL, &error);
  g_assert_no_error (error);
  assert_read_fails (empty_xlsx, PX_SHEET_ERROR_EMPTY, NULL);

  g_assert_null (px_sheet_read_file (missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_format_for_path (void)
{
  g_assert_cmpint (px_sheet_format_for_path ("a/花名册.XLSX"), ==, PX_SHEET_FORMAT_XLSX);
  g_assert_cmpint (px_sheet_format_for_path ("b.xlsm"), ==, PX_SHEET_FORMAT_XLSX);
  g_assert_cmpint (px_sheet_format_for_path ("c.xls"), ==, PX_SHEET_FORMAT_XLS);
  g_assert_cmpint (px_sheet_format_for_path ("d.et"), ==, PX_SHEET_FORMAT_XLS);
  g_assert_cmpint (px_sheet_format_for_path ("e.Csv"), ==, PX_SHEET_FORMAT_CSV);
  g_assert_cmpint (px_sheet_format_for_path ("f.txt"), ==, PX_SHEET_FORMAT_CSV);
  g_assert_cmpint (px_sheet_format_for_path ("g.pdf"), ==, PX_SHEET_FORMAT_UNKNOWN);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = tmp_path (name);

      g_remove (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("px-sheet-formats-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/core/sheet/csv/utf8", test_csv_utf8);
  g_test_add_func ("/core/sheet/csv/utf8-bom", test_csv_utf8_bom);
  g_test_add_func ("/core/sheet/csv/gb18030", test_csv_gb18030);
  g_test_add_func ("/core/sheet/csv/utf16-tab", test_csv_utf16_tab);
  g_test_add_func ("/core/sheet/csv/quoting", test_csv_quoting);
  g_test_add_func ("/core/sheet/csv/line-ends", test_csv_line_ends);
  g_test_add_func ("/core/sheet/csv/blank-rows", test_csv_blank_rows);
  g_test_add_func ("/core/sheet/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/core/sheet/csv/unterminated-buffer", test_csv_unterminated_buffer);
  g_test_add_func ("/core/sheet/csv/bad-utf8-bom", test_csv_bad_utf8_bom);
  g_test_add_func ("/core/sheet/xlsx/shared-strings", test_xlsx_shared_strings);
  g_test_add_func ("/core/sheet/xlsx/inline-strings", test_xlsx_inline_strings);
  g_test_add_func ("/core/sheet/xlsx/rich-text", test_xlsx_rich_text);
  g_test_add_func ("/core/sheet/xlsx/namespace-prefix", test_xlsx_namespace_prefix);
  g_test_add_func ("/core/sheet/xlsx/title-row", test_xlsx_title_row);
  g_test_add_func ("/core/sheet/xlsx/numbers", test_xlsx_numbers);
  g_test_add_func ("/core/sheet/xlsx/dates", test_xlsx_dates);
  g_test_add_func ("/core/sheet/xlsx/date1904", test_xlsx_date1904);
  g_test_add_func ("/core/sheet/xlsx/sparse", test_xlsx_sparse);
  g_test_add_func ("/core/sheet/xlsx/escapes", test_xlsx_escapes);
  g_test_add_func ("/core/sheet/xlsx/many-rows", test_xlsx_many_rows);
  g_test_add_func ("/core/sheet/xlsx/segments", test_xlsx_segments);
  g_test_add_func ("/core/sheet/xlsx/comment", test_xlsx_comment);
  g_test_add_func ("/core/sheet/xlsx/damaged", test_xlsx_damaged);
  g_test_add_func ("/core/sheet/xlsx/not-a-workbook", test_xlsx_not_a_workbook);
  g_test_add_func ("/core/sheet/xls/cells", test_xls_cells);
  g_test_add_func ("/core/sheet/xls/date1904", test_xls_date1904);
  g_test_add_func ("/core/sheet/xls/many-rows", test_xls_many_rows);
  g_test_add_func ("/core/sheet/xls/password", test_xls_password);
  g_test_add_func ("/core/sheet/xls/encrypted-xlsx", test_xls_encrypted_xlsx);
  g_test_add_func ("/core/sheet/xls/word-document", test_xls_word_document);
  g_test_add_func ("/core/sheet/xls/damaged", test_xls_damaged);
  g_test_add_func ("/core/sheet/write/csv", test_write_csv);
  g_test_add_func ("/core/sheet/write/xlsx", test_write_xlsx);
  g_test_add_func ("/core/sheet/write/xlsx-wide-cells", test_write_xlsx_wide_cells);
  g_test_add_func ("/core/sheet/write/errors", test_write_errors);
  g_test_add_func ("/core/sheet/sniff/csv-named-xls", test_sniff_csv_named_xls);
  g_test_add_func ("/core/sheet/sniff/xlsx-named-xls", test_sniff_xlsx_named_xls);
  g_test_add_func ("/core/sheet/sniff/xls-named-xlsx", test_sniff_xls_named_xlsx);
  g_test_add_func ("/core/sheet/sniff/empty", test_sniff_empty);
  g_test_add_func ("/core/sheet/format-for-path", test_format_for_path);

  ret = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);
  return ret;
}
