/* px-timetable-text.h: the timetable's days, weeks, slots and hours, as dates and as text, for
 * the view and the widgets it is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The days of a week, Monday to Sunday. */
#define PX_TIMETABLE_DAYS_SHOWN 7

/* FALSE (and date cleared) unless iso is a valid YYYY-MM-DD. */
gboolean  px_timetable_parse_date         (const char  *iso,
                                           GDate       *date);
/* YYYY-MM-DD */
char     *px_timetable_format_iso         (const GDate *date);
void      px_timetable_monday_of          (const GDate *date,
                                           GDate       *monday);
/* days may be negative. */
void      px_timetable_add_days           (GDate       *date,
                                           int          days);
/* 3月2日 in zh_CN, "Mar 2" in English */
char     *px_timetable_format_short_date  (const GDate *date);
/* 3 h (3 学时) */
char     *px_timetable_format_hours       (double       hours);
/* A day and a half-day slot: 3月4日 下午; the iso text as it is when it is not a date. */
char     *px_timetable_format_slot        (const char  *iso,
                                           const char  *slot);
/* Whether iso (YYYY-MM-DD) falls within a class running from start_date to end_date; FALSE
 * without dates. */
gboolean  px_timetable_is_class_day       (const char  *iso,
                                           const char  *start_date,
                                           const char  *end_date);

G_END_DECLS
