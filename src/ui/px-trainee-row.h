/* px-trainee-row.h: one row of a class's roster, as a list model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "px-class-trainees.h"

G_BEGIN_DECLS

#define PX_TYPE_TRAINEE_ROW (px_trainee_row_get_type ())

G_DECLARE_FINAL_TYPE (PxTraineeRow, px_trainee_row, PX, TRAINEE_ROW, GObject)

PxTraineeRow    *px_trainee_row_new         (const PxTrainee *trainee);
/* The trainee shown (borrowed from the PxClassTrainees the roster read last). */
const PxTrainee *px_trainee_row_get_trainee (PxTraineeRow    *self);
/* Shows another trainee in the same row: the cells bound to it follow ("notify::trainee")
 * without making new widgets, which is what makes opening another class quick. */
void             px_trainee_row_set_trainee (PxTraineeRow    *self,
                                             const PxTrainee *trainee);

G_END_DECLS
