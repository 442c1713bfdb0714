/* px-trainee-details.h: the form beside a class's roster for one trainee: group, class role,
 * dormitory, seat, and their standing in the class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-class-trainees.h"

G_BEGIN_DECLS

#define PX_TYPE_TRAINEE_DETAILS (px_trainee_details_get_type ())

G_DECLARE_FINAL_TYPE (PxTraineeDetails, px_trainee_details, PX, TRAINEE_DETAILS, AdwBin)

/* The buttons act through the roster's actions (roster.withdraw, roster.reinstate,
 * roster.remove); "apply" is emitted when a row's apply button or Enter asks to save. */
GtkWidget  *px_trainee_details_new     (void);
/* Shows the trainee's details, replacing what the rows held. */
void        px_trainee_details_show    (PxTraineeDetails *self,
                                        const PxTrainee  *trainee);
/* What the rows hold now. */
void        px_trainee_details_get     (PxTraineeDetails *self,
                                        const char      **group_name,
                                        const char      **class_role,
                                        const char      **dormitory,
                                        const char      **seat);
/* The row for group_name, class_role, dormitory or seat; NULL for another column. */
GtkWidget  *px_trainee_details_get_row (PxTraineeDetails *self,
                                        const char       *column);

G_END_DECLS
