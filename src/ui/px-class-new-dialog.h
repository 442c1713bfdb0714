/* px-class-new-dialog.h: a new class from the training plan, or a copy of a class on new dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

typedef void (*PxClassCreatedFunc) (const char *class_id,
                                    gpointer    user_data);

/* Asks for what the new class needs (the plan item, or nothing more for a copy of
 * source_class_id; its code, title and start date) and makes it; created is called with the
 * new class's id. Mistakes are shown in the dialog, which stays open until they are put right
 * or it is cancelled. user_data must outlive the dialog (it is modal to parent's window).
 * Returns the dialog. */
GtkWindow *px_class_new_dialog_present (GtkWidget          *parent,
                                        PxDatabase         *db,
                                        const char         *source_class_id,
                                        PxClassCreatedFunc  created,
                                        gpointer            user_data);

G_END_DECLS
