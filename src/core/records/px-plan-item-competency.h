/* px-plan-item-competency.h: a competency a plan item addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *plan_item_id;
  char *competency_id;
} PxPlanItemCompetency;

PX_DECLARE_RECORD (PxPlanItemCompetency, px_plan_item_competency)

G_END_DECLS
