/* px-plan-item-competency.c: a competency a plan item addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-item-competency"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-competency.h"
#include "px-plan-item-competency.h"
#include "px-plan-item.h"
#include "px-record-check-private.h"

static gboolean
validate_plan_item_competency (PxDatabase     *db,
                               gconstpointer   record,
                               GError        **error)
{
  const PxEntity *entity = &px_plan_item_competency_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_item_id", &px_plan_item_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                       error)
         && px_record_check_unique (db, entity, record, "competency_id", "plan_item_id", error,
                                    _("This plan item already has this competency."));
}

static const PxField plan_item_competency_fields[] = {
  PX_FIELD_DEF (PxPlanItemCompetency, plan_item_id, "plan_item_id", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED, N_("Plan item")),
  PX_FIELD_DEF (PxPlanItemCompetency, competency_id, "competency_id", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED, N_("Competency")),
};

const PxEntity px_plan_item_competency_entity = {
  "plan_item_competency", N_("plan item competency"), sizeof (PxPlanItemCompetency),
  plan_item_competency_fields, G_N_ELEMENTS (plan_item_competency_fields),
  (GDestroyNotify) px_plan_item_competency_free, validate_plan_item_competency,
};

PX_DEFINE_RECORD (PxPlanItemCompetency, px_plan_item_competency)
