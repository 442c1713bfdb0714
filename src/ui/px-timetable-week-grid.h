/* px-timetable-week-grid.h: one week of a class's timetable, days by 上午/下午/晚上, with a card
 * for each session and a "+" in the empty slots of class days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "px-class-timetable.h"

G_BEGIN_DECLS

#define PX_TYPE_TIMETABLE_WEEK_GRID (px_timetable_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (PxTimetableWeekGrid, px_timetable_week_grid, PX, TIMETABLE_WEEK_GRID,
                      GtkGrid)

/* Shows the week from monday of a class running from start_date to end_date (YYYY-MM-DD): the
 * cards of entries (PxTimetableEntry) in it, marked when their id is in conflicting; a weekend
 * only when it has class days or sessions. Builds again only when any of it changed. Cards and
 * "+" buttons activate "timetable.edit-session" and "timetable.add-session-at". */
void        px_timetable_week_grid_show      (PxTimetableWeekGrid *self,
                                              const GDate         *monday,
                                              const char          *start_date,
                                              const char          *end_date,
                                              GPtrArray           *entries,
                                              GHashTable          *conflicting);
/* Empties the grid. */
void        px_timetable_week_grid_clear     (PxTimetableWeekGrid *self);
/* The card of session_id in the week shown, or NULL. */
GtkWidget  *px_timetable_week_grid_get_card  (PxTimetableWeekGrid *self,
                                              const char          *session_id);

G_END_DECLS
