/* px-class-roster-view.h: 学员, a class's trainees: who, in which group, with which role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_ROSTER_VIEW (px_class_roster_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassRosterView, px_class_roster_view, PX, CLASS_ROSTER_VIEW, AdwBin)

GtkWidget  *px_class_roster_view_new        (PxDatabase        *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown. */
void        px_class_roster_view_set_class  (PxClassRosterView *self,
                                             const char        *class_id);
/* The enrollment ids of the rows the search leaves, in their order (for tests). */
GStrv       px_class_roster_view_get_shown  (PxClassRosterView *self);
/* Selects the trainee with this enrollment id and shows their details; FALSE when not shown. */
gboolean    px_class_roster_view_select     (PxClassRosterView *self,
                                             const char        *enrollment_id);
/* The details form's entry for group, role, dormitory or seat (for tests and focus). */
GtkWidget  *px_class_roster_view_get_detail (PxClassRosterView *self,
                                             const char        *column);

G_END_DECLS
