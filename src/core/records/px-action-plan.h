/* px-action-plan.h: 行动学习方案, what a trainee means to do with the training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *enrollment_id;
  char *title;
  char *goal;
  char *due_date;         /* YYYY-MM-DD */
  char *status;           /* open / done / dropped */
  char *outcome;
  gint64 outcome_rating;  /* 1–5 */
} PxActionPlan;

PX_DECLARE_RECORD (PxActionPlan, px_action_plan)

G_END_DECLS
