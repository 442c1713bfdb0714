/* px-timetable-cells.h: what the cells of a timetable sheet say (for px-timetable-import.c and
 * its test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The slot ("morning", "afternoon", "evening") a cell names: 上午, 下午, 晚上 and their other
 * spellings (早上, 午后, 夜间, am, p.m. …) or the slot's label in the user's language; NULL
 * for anything else. */
const char *px_timetable_cells_parse_slot            (const char  *text);
/* The slot a session starting at start_time (HH:MM) belongs to: before 12:00 morning, before
 * 18:00 afternoon, evening after. */
const char *px_timetable_cells_slot_for_time         (const char  *start_time);
/* text without spaces and the marks that stand between two parts of a cell (-, —, ·, /, 、,
 * commas, colons, brackets) at either end; NULL when nothing is left. */
char       *px_timetable_cells_strip_marks           (const char  *text);
/* HH:MM from 8:30, 08:30:00, 8：30, 8点30分, 8点, 8时, 8点整 or a fraction of a day (0.3541666…,
 * what a time cell shows once it has lost its format); NULL for anything else. */
char       *px_timetable_cells_parse_time            (const char  *text);
/* The same, and the time of a cell a workbook wrote as a date and time
 * ("1899-12-30 08:30:00"). */
char       *px_timetable_cells_parse_time_cell       (const char  *text);
/* "08:30-11:30" with -, –, —, －, ~, ～, 至 or 到 between the ends: sets both ends (without
 * freeing what they held) and returns TRUE, or leaves them and returns FALSE. */
gboolean    px_timetable_cells_parse_time_range      (const char  *text,
                                                      char       **start_time,
                                                      char       **end_time);
/* "上午 8:30-11:30", "下午（14:30—17:30）": a slot and its times in one cell. Sets the three
 * (freeing what they held) and returns TRUE, or leaves them and returns FALSE. */
gboolean    px_timetable_cells_parse_slot_with_times (const char  *text,
                                                      char       **slot,
                                                      char       **start_time,
                                                      char       **end_time);
/* YYYY-MM-DD from 2026-03-02, 2026/3/2, 2026年3月2日, an Excel serial, the same with a weekday
 * after it (2026年3月2日（周一）), or a day without its year (3月2日, 3/2, 3-2, 3.2), which is
 * then the year between class_start and class_end (YYYY-MM-DD) that puts the day within them,
 * or class_start's year when none does. NULL when it is no day. */
char       *px_timetable_cells_parse_date            (const char  *text,
                                                      const char  *class_start,
                                                      const char  *class_end);
/* Hours as written: 3, 1.5, 3学时, 2课时, 2小时, 2h. FALSE when it is no number. */
gboolean    px_timetable_cells_parse_hours           (const char  *text,
                                                      double      *hours);
/* A number of places, 0 to 99999: 30, 30人. FALSE for anything else. */
gboolean    px_timetable_cells_parse_capacity        (const char  *text,
                                                      gint64      *capacity);
/* 选学: yes (是, 选学, 选修, y, yes, true, 1, √ …) or no (否, 必修, n, no, false, 0, × …);
 * FALSE when it is neither. */
gboolean    px_timetable_cells_parse_yes_no          (const char  *text,
                                                      gboolean    *yes);

G_END_DECLS
