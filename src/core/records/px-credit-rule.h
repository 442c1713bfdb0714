/* px-credit-rule.h: 学时要求, the hours a rank group must train per period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *rank_group;     /* county_and_above, township_and_below … */
  gint64 period_years;
  double hours;         /* per period; unset until given */
  double online_hours;  /* per period */
  char *description;
} PxCreditRule;

PX_DECLARE_RECORD (PxCreditRule, px_credit_rule)

G_END_DECLS
