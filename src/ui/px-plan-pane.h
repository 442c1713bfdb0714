/* px-plan-pane.h: 培训计划, a year's plan: its items, the places each unit is given, its totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-list-pane.h"

G_BEGIN_DECLS

#define PX_TYPE_PLAN_PANE (px_plan_pane_get_type ())

G_DECLARE_FINAL_TYPE (PxPlanPane, px_plan_pane, PX, PLAN_PANE, AdwBin)

PxPlanPane  *px_plan_pane_new           (PxDatabase  *db);
/* The plan shown, or NULL when there is none. */
const char  *px_plan_pane_get_plan_id   (PxPlanPane  *self);
/* The list of the plan's items, with its form. */
PxListPane  *px_plan_pane_get_list_pane (PxPlanPane  *self);
/* The plan or confirmation dialog open now, or NULL (for tests). */
GtkWidget   *px_plan_pane_get_dialog    (PxPlanPane  *self);
/* The "Quotas by Unit" group of the item in the form, or NULL (for tests). */
GtkWidget   *px_plan_pane_get_quota_group (PxPlanPane *self);
/* Reads the plans and units again, e.g. after an import. */
void         px_plan_pane_reload        (PxPlanPane  *self);

G_END_DECLS
