/* px-class-from-plan.h: making a class (班次) from an item of the training plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* An item of a plan, as a registrar picks the one a class runs. */
typedef struct
{
  char *id;
  int year;            /* the plan's */
  char *title;
  char *class_type;
  gint64 quota;        /* PX_INT_UNSET when not set */
  double days;         /* NAN when not set */
  gint64 month;        /* PX_INT_UNSET when not set */
  guint n_classes;     /* classes made from it already */
} PxPlanItemChoice;

void        px_plan_item_choice_free       (PxPlanItemChoice *choice);

/* The items of every plan, the latest year first, then by month and title. (transfer full)
 * (element-type PxPlanItemChoice) */
GPtrArray  *px_class_plan_item_choices     (PxDatabase  *db,
                                            GError     **error);

/* A code for a new class that starts in year: the class type's last code that year with its
 * number raised by one (2026-ZT-004 → 2026-ZT-005), else the year's next number (2026-001).
 * class_type may be NULL. (transfer full) */
char       *px_class_suggest_code          (PxDatabase  *db,
                                            int          year,
                                            const char  *class_type);

/* A new class run for the plan item: its class type, its quota as places, its days as the
 * dates from start_date and six hours a day as required and credited hours. title NULL or
 * blank takes the item's. Validated as px_class_create () does; returns the class's id.
 * (transfer full) */
char       *px_class_create_from_plan_item (PxDatabase  *db,
                                            const char  *plan_item_id,
                                            const char  *code,
                                            const char  *title,
                                            const char  *start_date,
                                            GError     **error);

/* Hours a training day is counted as when a plan gives days: 上午 and 下午, three each. */
#define PX_HOURS_PER_DAY 6

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPlanItemChoice, px_plan_item_choice_free)

G_END_DECLS
