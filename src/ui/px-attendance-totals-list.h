/* px-attendance-totals-list.h: each trainee's attendance in a class, flagged below the
 * threshold and warned near the 1/7 line of leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_ATTENDANCE_TOTALS_LIST (px_attendance_totals_list_get_type ())

G_DECLARE_FINAL_TYPE (PxAttendanceTotalsList, px_attendance_totals_list, PX,
                      ATTENDANCE_TOTALS_LIST, AdwBin)

GtkWidget *px_attendance_totals_list_new        (void);
/* Shows totals (element-type PxAttendanceTotals; NULL: none), which the list keeps a
 * reference to, against the class's threshold (0–1), in the rows there are: a key press in the
 * roll changes a few labels rather than making fifty rows. */
void       px_attendance_totals_list_set_totals (PxAttendanceTotalsList *self,
                                                 GPtrArray              *totals,
                                                 double                  threshold);

G_END_DECLS
