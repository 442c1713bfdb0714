/* px-plan-item.c: one class a year's plan provides for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-item"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-plan-item.h"
#include "px-plan.h"
#include "px-record-check-private.h"

static gboolean
validate_plan_item (PxDatabase     *db,
                    gconstpointer   record,
                    GError        **error)
{
  const PxEntity *entity = &px_plan_item_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_id", &px_plan_entity, error)
         && px_record_check_range (entity, record, "quota", 0, INFINITY, error)
         && px_record_check_range (entity, record, "days", 0, INFINITY, error)
         && px_record_check_range (entity, record, "month", 1, 12, error)
         && px_record_check_range (entity, record, "budget", 0, INFINITY, error);
}

static const PxField plan_item_fields[] = {
  PX_FIELD_DEF (PxPlanItem, plan_id, "plan_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Plan")),
  PX_FIELD_DEF (PxPlanItem, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxPlanItem, class_type, "class_type", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Class type")),
  PX_FIELD_DEF (PxPlanItem, audience_ranks, "audience_ranks", PX_FIELD_TEXT, 0,
                N_("Audience ranks")),
  PX_FIELD_DEF (PxPlanItem, quota, "quota", PX_FIELD_INT, PX_FIELD_NULLABLE, N_("Quota")),
  PX_FIELD_DEF (PxPlanItem, days, "days", PX_FIELD_REAL, PX_FIELD_NULLABLE, N_("Days")),
  PX_FIELD_DEF (PxPlanItem, month, "month", PX_FIELD_INT, PX_FIELD_NULLABLE, N_("Month")),
  PX_FIELD_DEF (PxPlanItem, budget, "budget", PX_FIELD_REAL, PX_FIELD_NULLABLE, N_("Budget")),
  PX_FIELD_DEF (PxPlanItem, demand_source, "demand_source", PX_FIELD_TEXT, 0, N_("Demand source")),
  PX_FIELD_DEF (PxPlanItem, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

const PxEntity px_plan_item_entity = {
  "plan_item", N_("plan item"), sizeof (PxPlanItem),
  plan_item_fields, G_N_ELEMENTS (plan_item_fields),
  (GDestroyNotify) px_plan_item_free, validate_plan_item,
};

PX_DEFINE_RECORD (PxPlanItem, px_plan_item)
