/* px-class-completion-view.h: 结业, a class's trainees against its completion rule: attendance,
 * leave against the 1/7 line, scores, the decision and the head teacher's override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_COMPLETION_VIEW (px_class_completion_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassCompletionView, px_class_completion_view, PX,
                      CLASS_COMPLETION_VIEW, AdwBin)

GtkWidget *px_class_completion_view_new       (PxDatabase            *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown
 * (the page calls it when the tab is shown and something changed). */
void       px_class_completion_view_set_class (PxClassCompletionView *self,
                                               const char            *class_id);
/* The confirmation or override dialog open, or NULL (tests answer it). */
GtkWidget *px_class_completion_view_get_dialog (PxClassCompletionView *self);

G_END_DECLS
