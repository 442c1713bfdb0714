/* px-class-timetable-view.h: 课表, a class's week grid where sessions are added, moved and
 * edited, with the conflicts they make and the class's teaching-method mix beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_TIMETABLE_VIEW (px_class_timetable_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassTimetableView, px_class_timetable_view, PX, CLASS_TIMETABLE_VIEW,
                      AdwBin)

GtkWidget   *px_class_timetable_view_new       (PxDatabase           *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown (the
 * page calls it when the tab is shown and something changed). */
void         px_class_timetable_view_set_class (PxClassTimetableView *self,
                                                const char           *class_id);
/* The Monday of the week shown (YYYY-MM-DD), or NULL without a class. */
const char  *px_class_timetable_view_get_week  (PxClassTimetableView *self);
/* The session form open now (an AdwWindow with a "form.save" action), or NULL: for tests. */
GtkWidget   *px_class_timetable_view_get_form  (PxClassTimetableView *self);

G_END_DECLS
