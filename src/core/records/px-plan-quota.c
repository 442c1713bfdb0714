/* px-plan-quota.c: 调训名额, the places of a plan item a unit is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-quota"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-org-unit.h"
#include "px-plan-item.h"
#include "px-plan-quota.h"
#include "px-record-check-private.h"

static gboolean
validate_plan_quota (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_plan_quota_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_item_id", &px_plan_item_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "unit_id", &px_org_unit_entity, error)
         && px_record_check_range (entity, record, "quota", 0, INFINITY, error)
         && px_record_check_unique (db, entity, record, "unit_id", "plan_item_id", error,
                                    _("This unit already has places in this plan item."));
}

static const PxField plan_quota_fields[] = {
  PX_FIELD_DEF (PxPlanQuota, plan_item_id, "plan_item_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Plan item")),
  PX_FIELD_DEF (PxPlanQuota, unit_id, "unit_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Unit")),
  PX_FIELD_DEF (PxPlanQuota, quota, "quota", PX_FIELD_INT, PX_FIELD_REQUIRED | PX_FIELD_NULLABLE,
                N_("Places")),
};

const PxEntity px_plan_quota_entity = {
  "plan_quota", N_("unit quota"), sizeof (PxPlanQuota),
  plan_quota_fields, G_N_ELEMENTS (plan_quota_fields),
  (GDestroyNotify) px_plan_quota_free, validate_plan_quota,
  "unit_id IN (SELECT id FROM org_unit WHERE name LIKE ?1 ESCAPE '\\')",
};

PX_DEFINE_RECORD (PxPlanQuota, px_plan_quota)
