/* px-plan-quota.h: 调训名额, the places of a plan item a unit is given
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
  char *unit_id;
  gint64 quota;  /* unset until given */
} PxPlanQuota;

PX_DECLARE_RECORD (PxPlanQuota, px_plan_quota)

G_END_DECLS
