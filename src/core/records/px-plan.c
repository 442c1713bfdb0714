/* px-plan.c: 年度计划, a year's training plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-plan.h"
#include "px-record-check-private.h"

static const char * const statuses[] = { "draft", "approved", "closed", NULL };

static void
init_plan (gpointer record)
{
  PxPlan *plan = record;

  plan->status = g_strdup ("draft");
}

static gboolean
validate_plan (PxDatabase     *db,
               gconstpointer   record,
               GError        **error)
{
  const PxEntity *entity = &px_plan_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_range (entity, record, "year", 1950, 2200, error)
         && px_record_check_choice (entity, record, "status", statuses, error);
}

static const PxField plan_fields[] = {
  PX_FIELD_DEF (PxPlan, year, "year", PX_FIELD_INT, PX_FIELD_REQUIRED | PX_FIELD_NULLABLE,
                N_("Year")),
  PX_FIELD_DEF (PxPlan, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxPlan, status, "status", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Status")),
  PX_FIELD_DEF (PxPlan, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

const PxEntity px_plan_entity = {
  "plan", N_("plan"), sizeof (PxPlan),
  plan_fields, G_N_ELEMENTS (plan_fields),
  (GDestroyNotify) px_plan_free, validate_plan,
  NULL, init_plan,
};

PX_DEFINE_RECORD (PxPlan, px_plan)
