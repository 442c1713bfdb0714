/* px-class-electives-view.h: 自主选学, a class's elective sessions and who chose each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_ELECTIVES_VIEW (px_class_electives_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassElectivesView, px_class_electives_view, PX, CLASS_ELECTIVES_VIEW,
                      AdwBin)

GtkWidget  *px_class_electives_view_new         (PxDatabase           *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown
 * (the page calls it when the tab is shown and something changed). */
void        px_class_electives_view_set_class   (PxClassElectivesView *self,
                                                 const char           *class_id);
/* The elective whose trainees are shown, or NULL. */
const char *px_class_electives_view_get_session (PxClassElectivesView *self);

G_END_DECLS
