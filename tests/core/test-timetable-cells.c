/* test-timetable-cells.c: the cells of a timetable sheet: the ways registrars write dates,
 * times, ranges of time, slots, hours, 选学 and places, and what is no such thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-timetable-cells.h"

/* A class of one week in May, as the import tests have it */
#define CLASS_START "2026-05-11"
#define CLASS_END "2026-05-15"

static void
assert_time (const char *text,
             const char *expected)
{
  g_autofree char *time = px_timetable_cells_parse_time (text);

  g_test_message ("time “%s”", text);
  g_assert_cmpstr (time, ==, expected);
}

static void
assert_time_cell (const char *text,
                  const char *expected)
{
  g_autofree char *time = px_timetable_cells_parse_time_cell (text);

  g_test_message ("time cell “%s”", text);
  g_assert_cmpstr (time, ==, expected);
}

static void
assert_range (const char *text,
              const char *expected_start,
              const char *expected_end)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gboolean ok = px_timetable_cells_parse_time_range (text, &start, &end);

  g_test_message ("range “%s”", text);
  g_assert_cmpint (ok, ==, expected_start != NULL);
  /* a refused cell leaves both ends as they were */
  g_assert_cmpstr (start, ==, expected_start);
  g_assert_cmpstr (end, ==, expected_end);
}

static void
assert_slot_with_times (const char *text,
                        const char *expected_slot,
                        const char *expected_start,
                        const char *expected_end)
{
  /* what the row held before: replaced (and freed, which the sanitizer build checks) or kept */
  g_autofree char *slot = g_strdup ("before");
  g_autofree char *start = g_strdup ("00:01");
  g_autofree char *end = g_strdup ("00:02");
  gboolean ok = px_timetable_cells_parse_slot_with_times (text, &slot, &start, &end);

  g_test_message ("slot with times “%s”", text);
  g_assert_cmpint (ok, ==, expected_slot != NULL);
  g_assert_cmpstr (slot, ==, ok ? expected_slot : "before");
  g_assert_cmpstr (start, ==, ok ? expected_start : "00:01");
  g_assert_cmpstr (end, ==, ok ? expected_end : "00:02");
}

static void
assert_date_in (const char *text,
                const char *class_start,
                const char *class_end,
                const char *expected)
{
  g_autofree char *date = px_timetable_cells_parse_date (text, class_start, class_end);

  g_test_message ("date “%s” (class %s to %s)", text, class_start, class_end);
  g_assert_cmpstr (date, ==, expected);
}

static void
assert_date (const char *text,
             const char *expected)
{
  assert_date_in (text, CLASS_START, CLASS_END, expected);
}

static void
assert_strip_marks (const char *text,
                    const char *expected)
{
  g_autofree char *stripped = px_timetable_cells_strip_marks (text);

  g_test_message ("marks around “%s”", text);
  g_assert_cmpstr (stripped, ==, expected);
}

static void
test_slot (void)
{
  g_assert_cmpstr (px_timetable_cells_parse_slot ("上午"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("早上"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("上"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("AM"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("下午"), ==, "afternoon");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("午后"), ==, "afternoon");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("P.M."), ==, "afternoon");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("晚上"), ==, "evening");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("夜间"), ==, "evening");
  g_assert_cmpstr (px_timetable_cells_parse_slot ("傍晚"), ==, "evening");
  /* English, in any case */
  g_assert_cmpstr (px_timetable_cells_parse_slot ("Evening"), ==, "evening");

  g_assert_null (px_timetable_cells_parse_slot ("中午"));
  g_assert_null (px_timetable_cells_parse_slot ("上午班"));
  g_assert_null (px_timetable_cells_parse_slot ("8:30"));
  g_assert_null (px_timetable_cells_parse_slot (""));
}

static void
test_slot_for_time (void)
{
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("08:30"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("11:59"), ==, "morning");
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("12:00"), ==, "afternoon");
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("17:59"), ==, "afternoon");
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("18:00"), ==, "evening");
  g_assert_cmpstr (px_timetable_cells_slot_for_time ("19:30"), ==, "evening");
}

static void
test_strip_marks (void)
{
  assert_strip_marks ("（302教室）", "302教室");
  assert_strip_marks (" - 302 ", "302");
  assert_strip_marks ("——主楼", "主楼");
  assert_strip_marks ("：主楼、", "主楼");
  assert_strip_marks ("·(报告厅)", "报告厅");
  /* marks inside stay */
  assert_strip_marks ("A-302", "A-302");
  assert_strip_marks ("主楼 302", "主楼 302");

  assert_strip_marks ("——", NULL);
  assert_strip_marks (" （ ） ", NULL);
  assert_strip_marks ("", NULL);
}

static void
test_time (void)
{
  assert_time ("8:30", "08:30");
  assert_time ("08:30", "08:30");
  assert_time (" 9:05 ", "09:05");
  assert_time ("08:30:00", "08:30");
  assert_time ("8：30", "08:30");
  assert_time ("8点30分", "08:30");
  assert_time ("8点", "08:00");
  assert_time ("8点整", "08:00");
  assert_time ("14时30分", "14:30");
  assert_time ("23:59", "23:59");
  assert_time ("0:00", "00:00");
  /* a time cell that lost its format: a fraction of a day */
  assert_time ("0.3541666666666667", "08:30");
  assert_time ("0.75", "18:00");
  assert_time ("0.5", "12:00");

  assert_time ("24:00", NULL);
  assert_time ("8:60", NULL);
  assert_time ("8:3", NULL);
  assert_time ("8", NULL);
  assert_time ("830", NULL);
  assert_time ("08:30:0", NULL);
  assert_time ("8:30am", NULL);
  assert_time ("上午8:30", NULL);
  assert_time ("1.5", NULL);
  assert_time ("0.99999", NULL);    /* 24:00 once rounded */
  assert_time ("0.5天", NULL);
  assert_time ("", NULL);
}

static void
test_time_cell (void)
{
  assert_time_cell ("08:30", "08:30");
  assert_time_cell ("1899-12-30 08:30:00", "08:30");
  assert_time_cell ("1899-12-30 14:00", "14:00");
  assert_time_cell ("2026-05-11 8点", "08:00");

  assert_time_cell ("2026-05-11", NULL);
  assert_time_cell ("1899-12-30 上午", NULL);
  assert_time_cell ("8 30", NULL);
}

static void
test_time_range (void)
{
  assert_range ("08:30-11:30", "08:30", "11:30");
  assert_range ("8:30 - 11:30", "08:30", "11:30");
  assert_range ("8:30—11:30", "08:30", "11:30");
  assert_range ("14:30–17:30", "14:30", "17:30");
  assert_range ("8:30－11:30", "08:30", "11:30");
  assert_range ("8:30~11:30", "08:30", "11:30");
  assert_range ("8:30～11:30", "08:30", "11:30");
  assert_range ("8:30至11:30", "08:30", "11:30");
  assert_range ("8点30分到11点30分", "08:30", "11:30");
  assert_range ("08:30:00-11:30:00", "08:30", "11:30");
  assert_range ("19:00-21:00", "19:00", "21:00");
  /* the ends are read, not compared: that they are in order is the row's concern */
  assert_range ("11:30-08:30", "11:30", "08:30");

  assert_range ("08:30", NULL, NULL);
  assert_range ("08:30-", NULL, NULL);
  assert_range ("-11:30", NULL, NULL);
  assert_range ("8:30-下午", NULL, NULL);
  assert_range ("上午 8:30-11:30", NULL, NULL);
  assert_range ("8:30 11:30", NULL, NULL);
  assert_range ("2026-05-11", NULL, NULL);
}

static void
test_slot_with_times (void)
{
  assert_slot_with_times ("上午 8:30-11:30", "morning", "08:30", "11:30");
  /* 上午, not 上 followed by 午… */
  assert_slot_with_times ("上午8:30-11:30", "morning", "08:30", "11:30");
  assert_slot_with_times ("下午（14:30—17:30）", "afternoon", "14:30", "17:30");
  assert_slot_with_times ("晚上：19:00～21:00", "evening", "19:00", "21:00");
  assert_slot_with_times ("下 14:30至17:30", "afternoon", "14:30", "17:30");
  assert_slot_with_times ("AM 8:30-11:30", "morning", "08:30", "11:30");

  assert_slot_with_times ("上午", NULL, NULL, NULL);
  assert_slot_with_times ("上午 8:30", NULL, NULL, NULL);
  assert_slot_with_times ("中午 12:00-13:00", NULL, NULL, NULL);
  assert_slot_with_times ("8:30-11:30 上午", NULL, NULL, NULL);
  assert_slot_with_times ("上午 8:30-11:70", NULL, NULL, NULL);
}

static void
test_date (void)
{
  assert_date ("2026-05-11", "2026-05-11");
  assert_date ("2026/5/11", "2026-05-11");
  assert_date ("2026.5.12", "2026-05-12");
  assert_date ("2026年5月11日", "2026-05-11");
  assert_date ("20260513", "2026-05-13");
  /* an Excel serial day number */
  assert_date ("46153", "2026-05-11");
  /* with a weekday after the day */
  assert_date ("2026年5月11日（周一）", "2026-05-11");
  assert_date ("2026年5月11日 星期一", "2026-05-11");
  assert_date ("2026/5/12(周二)", "2026-05-12");
  assert_date ("5月11日（周一）", "2026-05-11");
  assert_date ("5月12日星期二", "2026-05-12");
  assert_date ("5月11日周一", "2026-05-11");
  assert_date ("5月13日礼拜三", "2026-05-13");
  /* without the year */
  assert_date ("5月11日", "2026-05-11");
  assert_date ("5月14号", "2026-05-14");
  assert_date ("5/15", "2026-05-15");
  assert_date ("5-12", "2026-05-12");
  assert_date ("5.13", "2026-05-13");
  /* outside the class, in its first year: the row's problem names that day */
  assert_date ("6月1日", "2026-06-01");
  /* outside the class with the year written: read as written */
  assert_date ("2025年5月11日", "2025-05-11");

  /* a class over the new year: the year that puts the day within it */
  assert_date_in ("1月5日", "2026-12-28", "2027-01-08", "2027-01-05");
  assert_date_in ("12月30日", "2026-12-28", "2027-01-08", "2026-12-30");
  assert_date_in ("1月8日", "2026-12-28", "2027-01-08", "2027-01-08");
  assert_date_in ("46392", "2026-12-28", "2027-01-08", "2027-01-05");
  /* the first day of a class a year long, not the same day a year later */
  assert_date_in ("12月28日", "2026-12-28", "2027-12-28", "2026-12-28");
  assert_date_in ("12月29日", "2026-12-28", "2027-12-28", "2026-12-29");
  /* 2 月 29 日 only in a leap year of the class */
  assert_date_in ("2月29日", "2027-12-01", "2028-03-31", "2028-02-29");

  assert_date ("2月29日", NULL);
  assert_date ("2月30日", NULL);
  assert_date ("13月1日", NULL);
  assert_date ("5月32日", NULL);
  assert_date ("5月", NULL);
  assert_date ("2026-05", NULL);
  assert_date ("2026年5月", NULL);
  assert_date ("2026", NULL);
  assert_date ("5/11/2026", NULL);
  assert_date ("周一", NULL);
  assert_date ("周一5月11日", NULL);
  assert_date ("下周一", NULL);
  assert_date ("2026-02-30", NULL);
}

static void
test_hours (void)
{
  double hours = -1;

  g_assert_true (px_timetable_cells_parse_hours ("3", &hours));
  g_assert_cmpfloat (hours, ==, 3);
  g_assert_true (px_timetable_cells_parse_hours ("1.5", &hours));
  g_assert_cmpfloat (hours, ==, 1.5);
  g_assert_true (px_timetable_cells_parse_hours ("3学时", &hours));
  g_assert_cmpfloat (hours, ==, 3);
  g_assert_true (px_timetable_cells_parse_hours ("2 课时", &hours));
  g_assert_cmpfloat (hours, ==, 2);
  g_assert_true (px_timetable_cells_parse_hours ("2.5小时", &hours));
  g_assert_cmpfloat (hours, ==, 2.5);
  g_assert_true (px_timetable_cells_parse_hours ("4h", &hours));
  g_assert_cmpfloat (hours, ==, 4);
  /* read as a number: that it is 0 to 24 is the row's concern */
  g_assert_true (px_timetable_cells_parse_hours ("-2", &hours));
  g_assert_cmpfloat (hours, ==, -2);

  g_assert_false (px_timetable_cells_parse_hours ("学时", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("三", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("3.5.1", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("4H", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("3学时半", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("inf", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("nan", &hours));
  g_assert_false (px_timetable_cells_parse_hours ("", &hours));
}

static void
test_capacity (void)
{
  gint64 capacity = -1;

  g_assert_true (px_timetable_cells_parse_capacity ("30", &capacity));
  g_assert_cmpint (capacity, ==, 30);
  g_assert_true (px_timetable_cells_parse_capacity ("45人", &capacity));
  g_assert_cmpint (capacity, ==, 45);
  g_assert_true (px_timetable_cells_parse_capacity ("30.0", &capacity));
  g_assert_cmpint (capacity, ==, 30);
  g_assert_true (px_timetable_cells_parse_capacity ("0", &capacity));
  g_assert_cmpint (capacity, ==, 0);
  g_assert_true (px_timetable_cells_parse_capacity ("99999", &capacity));
  g_assert_cmpint (capacity, ==, 99999);

  /* a refused cell leaves the number as it was */
  capacity = 7;
  g_assert_false (px_timetable_cells_parse_capacity ("100000", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("-1", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("2.5", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("人", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("三十", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("30名", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("不限", &capacity));
  g_assert_false (px_timetable_cells_parse_capacity ("", &capacity));
  g_assert_cmpint (capacity, ==, 7);
}

static void
test_yes_no (void)
{
  static const char * const yes_words[] = { "是", "选学", "自主选学", "选修", "Y", "Yes", "TRUE",
                                            "1", "√", "✓", "✔", NULL };
  static const char * const no_words[] = { "否", "必修", "必学", "N", "NO", "false", "0", "×",
                                           "✗", "✘", NULL };
  static const char * const neither[] = { "可选", "是的", "选", "2", "x", "", NULL };

  for (guint i = 0; yes_words[i] != NULL; i++)
    {
      gboolean yes = FALSE;

      g_test_message ("yes “%s”", yes_words[i]);
      g_assert_true (px_timetable_cells_parse_yes_no (yes_words[i], &yes));
      g_assert_true (yes);
    }
  for (guint i = 0; no_words[i] != NULL; i++)
    {
      gboolean yes = TRUE;

      g_test_message ("no “%s”", no_words[i]);
      g_assert_true (px_timetable_cells_parse_yes_no (no_words[i], &yes));
      g_assert_false (yes);
    }
  for (guint i = 0; neither[i] != NULL; i++)
    {
      gboolean yes = TRUE;

      g_test_message ("neither “%s”", neither[i]);
      g_assert_false (px_timetable_cells_parse_yes_no (neither[i], &yes));
      g_assert_true (yes);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/timetable-cells/slot", test_slot);
  g_test_add_func ("/core/timetable-cells/slot-for-time", test_slot_for_time);
  g_test_add_func ("/core/timetable-cells/strip-marks", test_strip_marks);
  g_test_add_func ("/core/timetable-cells/time", test_time);
  g_test_add_func ("/core/timetable-cells/time-cell", test_time_cell);
  g_test_add_func ("/core/timetable-cells/time-range", test_time_range);
  g_test_add_func ("/core/timetable-cells/slot-with-times", test_slot_with_times);
  g_test_add_func ("/core/timetable-cells/date", test_date);
  g_test_add_func ("/core/timetable-cells/hours", test_hours);
  g_test_add_func ("/core/timetable-cells/capacity", test_capacity);
  g_test_add_func ("/core/timetable-cells/yes-no", test_yes_no);

  return g_test_run ();
}
