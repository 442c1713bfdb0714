/* px-trainee-picker.h: a window to find cadres and add them to a class, one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_TRAINEE_PICKER (px_trainee_picker_get_type ())

G_DECLARE_FINAL_TYPE (PxTraineePicker, px_trainee_picker, PX, TRAINEE_PICKER, AdwWindow)

/* Searches the cadres (name, unit, ID number, phone) for the class with class_id; Add on a
 * result emits "add-cadre" with the cadre's id. Modal to parent's window. */
PxTraineePicker *px_trainee_picker_new     (GtkWidget       *parent,
                                            PxDatabase      *db,
                                            const char      *class_id);
/* Reads the results again: after a cadre was added, so that it shows "In the class". */
void             px_trainee_picker_refresh (PxTraineePicker *self);

G_END_DECLS
