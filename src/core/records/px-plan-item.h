/* px-plan-item.h: one class a year's plan provides for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *plan_id;
  char *title;
  char *class_type;
  char *audience_ranks;
  gint64 quota;   /* trainees; PX_INT_UNSET = not set */
  double days;    /* NAN = not set */
  gint64 month;   /* 1–12 */
  double budget;  /* yuan */
  char *demand_source;
  char *note;
} PxPlanItem;

PX_DECLARE_RECORD (PxPlanItem, px_plan_item)

G_END_DECLS
