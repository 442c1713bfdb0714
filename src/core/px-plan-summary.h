/* px-plan-summary.h: what a year's plan adds up to, and how far its places are shared out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* The class types a party school's plan is made of, in the order its documents list them. */
const char * const *px_plan_class_types (void);

/* The items of one class type in a plan, added up; or of the whole plan. */
typedef struct
{
  char *class_type;        /* NULL: the items without a type, or the plan's total */
  guint n_items;
  gint64 quota;            /* places planned; an item without a quota adds nothing */
  gint64 allocated;        /* places given to units (调训名额) */
  double days;             /* the items' days, added up */
  double trainee_days;     /* quota × days, added up (人天) */
  double budget;           /* yuan */
  guint n_under_allocated; /* items with a quota whose units have fewer places */
  guint n_over_allocated;  /* items whose units have more places than the quota */
} PxPlanTotals;

void     px_plan_totals_clear   (PxPlanTotals  *totals);
/* The plan's totals per class type: the types of px_plan_class_types() first in their order,
 * then others by name, then the items without a type. (transfer full) (element-type
 * PxPlanTotals): the array clears its elements. total, when given, receives the plan's
 * grand total (clear it with px_plan_totals_clear). */
GArray  *px_plan_totals_by_type (PxDatabase    *db,
                                 const char    *plan_id,
                                 PxPlanTotals  *total,
                                 GError       **error);

typedef enum
{
  PX_ALLOCATION_NO_QUOTA,  /* the item has no quota to share out */
  PX_ALLOCATION_UNDER,     /* places are left to give */
  PX_ALLOCATION_FULL,      /* the units have exactly the quota */
  PX_ALLOCATION_OVER,      /* more than the quota (only data written around the checks) */
} PxAllocationState;

/* One item's places: its quota and what its units were given. */
typedef struct
{
  char *plan_item_id;
  char *title;
  char *class_type;
  gint64 quota;      /* PX_INT_UNSET when the item has none */
  gint64 allocated;
  guint n_units;
} PxPlanAllocation;

void               px_plan_allocation_clear     (PxPlanAllocation       *allocation);
PxAllocationState  px_plan_allocation_get_state (const PxPlanAllocation *allocation);
/* Every item of the plan, by month then title. (transfer full) (element-type
 * PxPlanAllocation): the array clears its elements. */
GArray            *px_plan_list_allocations     (PxDatabase             *db,
                                                 const char             *plan_id,
                                                 GError                **error);
/* One item's allocation; FALSE with PX_DATABASE_ERROR_NOT_FOUND when there is no such item. */
gboolean           px_plan_item_get_allocation  (PxDatabase             *db,
                                                 const char             *plan_item_id,
                                                 PxPlanAllocation       *allocation,
                                                 GError                **error);

G_END_DECLS
