/* px-plan.h: 年度计划, a year's training plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  gint64 year;   /* unset until given */
  char *title;
  char *status;  /* draft / approved / closed */
  char *note;
} PxPlan;

PX_DECLARE_RECORD (PxPlan, px_plan)

G_END_DECLS
