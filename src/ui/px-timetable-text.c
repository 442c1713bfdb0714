/* px-timetable-text.c: the timetable's days, weeks, slots and hours, as dates and as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-text"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "px-class-timetable.h"
#include "px-format.h"
#include "px-timetable-text.h"

gboolean
px_timetable_parse_date (const char *iso,
                         GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
px_timetable_format_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

void
px_timetable_monday_of (const GDate *date,
                        GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

void
px_timetable_add_days (GDate *date,
                       int    days)
{
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
}

char *
px_timetable_format_short_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  /* Translators: a day in the timetable's headers and buttons, as strftime writes it
   * (zh_CN: "%-m月%-d日") */
  return g_date_time_format (time, C_("short date", "%b %-d"));
}

char *
px_timetable_format_hours (double hours)
{
  g_autofree char *number = px_format_hours (hours);

  /* Translators: class hours (学时), e.g. "3 h" */
  return g_strdup_printf (_("%s h"), number);
}

char *
px_timetable_format_slot (const char *iso,
                          const char *slot)
{
  GDate date;
  g_autofree char *day = NULL;

  if (!px_timetable_parse_date (iso, &date))
    return g_strdup (iso);
  day = px_timetable_format_short_date (&date);
  /* Translators: a day and a half-day slot, e.g. "3月4日 下午" */
  return g_strdup_printf (C_("day and slot", "%s %s"), day, px_class_timetable_slot_label (slot));
}

gboolean
px_timetable_is_class_day (const char *iso,
                           const char *start_date,
                           const char *end_date)
{
  return start_date != NULL && end_date != NULL
         && g_strcmp0 (iso, start_date) >= 0 && g_strcmp0 (iso, end_date) <= 0;
}
