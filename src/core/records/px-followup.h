/* px-followup.h: 跟踪问效, a check on an action plan some months after the class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *action_plan_id;
  gint64 month_offset;  /* unset until given */
  char *due_date;       /* YYYY-MM-DD */
  char *done_on;        /* YYYY-MM-DD */
  gint64 unit_rating;   /* 1–5, given by the cadre's unit */
  char *note;
} PxFollowup;

PX_DECLARE_RECORD (PxFollowup, px_followup)

G_END_DECLS
