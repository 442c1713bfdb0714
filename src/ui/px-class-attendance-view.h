/* px-class-attendance-view.h: 考勤, a class's roll-call tab: a session's roll taken from the
 * keyboard, leave requests, and each trainee's attendance against the class's thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_ATTENDANCE_VIEW (px_class_attendance_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassAttendanceView, px_class_attendance_view, PX,
                      CLASS_ATTENDANCE_VIEW, AdwBin)

GtkWidget  *px_class_attendance_view_new         (PxDatabase            *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown
 * (the page calls it when the tab is shown and something changed). The session chosen is
 * today's (the first whose roll is not taken), else the next, else the last. */
void        px_class_attendance_view_set_class   (PxClassAttendanceView *self,
                                                  const char            *class_id);
/* The session whose roll is shown, or NULL. */
const char *px_class_attendance_view_get_session (PxClassAttendanceView *self);

G_END_DECLS
