/* px-leave-list.h: a class's leave requests in the attendance tab: the list, the form of a new
 * one, and deleting one with Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-class-attendance.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_LEAVE_LIST (px_leave_list_get_type ())

G_DECLARE_FINAL_TYPE (PxLeaveList, px_leave_list, PX, LEAVE_LIST, AdwBin)

/* Signals: "changed" when it wrote to the database; "toast" (AdwToast *) with a toast for the
 * window, which the handler refs to keep it. */

GtkWidget *px_leave_list_new          (void);
/* The database is set once, after the template that holds the list is built. */
void       px_leave_list_set_database (PxLeaveList               *self,
                                       PxDatabase                *db);
/* Reads the requests of this class (NULL: none) and shows them. */
void       px_leave_list_set_class    (PxLeaveList               *self,
                                       const char                *class_id);
/* Writes request and shows it; a refusal is toasted. */
gboolean   px_leave_list_add          (PxLeaveList               *self,
                                       PxLeaveRequest            *request);
/* Deletes the request with this id, with a toast that undoes it. */
void       px_leave_list_delete       (PxLeaveList               *self,
                                       const char                *request_id);
/* Opens the form of a new request for one of the trainees of totals (element-type
 * PxAttendanceTotals), enrollment_id (may be NULL) chosen first, the session's day and hours
 * (session may be NULL) filled in. Its Add activates "attendance.add-leave" (sssdsb). */
void       px_leave_list_open_form    (PxLeaveList               *self,
                                       GPtrArray                 *totals,
                                       const char                *enrollment_id,
                                       const PxAttendanceSession *session);

G_END_DECLS
