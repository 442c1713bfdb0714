/* px-class-pane.h: 班次, the classes and, for the one opened, its trainees, timetable,
 * electives, attendance, results and certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-list-pane.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_PANE (px_class_pane_get_type ())

G_DECLARE_FINAL_TYPE (PxClassPane, px_class_pane, PX, CLASS_PANE, AdwBin)

PxClassPane *px_class_pane_new            (PxDatabase  *db);
PxListPane  *px_class_pane_get_list_pane  (PxClassPane *self);
/* Shows the class page of the class with this id, on its last tab (NULL: back to the list). */
void         px_class_pane_open_class     (PxClassPane *self,
                                           const char  *class_id);
/* The class shown on the class page, or NULL when the list is shown. */
const char  *px_class_pane_get_class_id   (PxClassPane *self);
/* Shows one tab of the class page: roster, timetable, electives, attendance, completion,
 * certificates. */
void         px_class_pane_show_tab       (PxClassPane *self,
                                           const char  *name);
/* The names of the tabs, in order. */
const char * const *px_class_pane_get_tab_names (void);
/* The widget of a tab, made when first shown (NULL before). */
GtkWidget   *px_class_pane_get_tab        (PxClassPane *self,
                                           const char  *name);

/* The window's Ctrl+N, Ctrl+F, Ctrl+I and Ctrl+E on the class page: what ("new-record",
 * "find", "import", "export") in the tab shown, when the tab has it. */
void         px_class_pane_shortcut       (PxClassPane *self,
                                           const char  *what);

G_END_DECLS
