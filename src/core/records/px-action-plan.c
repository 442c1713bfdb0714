/* px-action-plan.c: 行动学习方案, what a trainee means to do with the training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-action-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-action-plan.h"
#include "px-enrollment.h"
#include "px-record-check-private.h"

static const char * const statuses[] = { "open", "done", "dropped", NULL };

static void
init_action_plan (gpointer record)
{
  PxActionPlan *action_plan = record;

  action_plan->status = g_strdup ("open");
}

static gboolean
validate_action_plan (PxDatabase     *db,
                      gconstpointer   record,
                      GError        **error)
{
  const PxEntity *entity = &px_action_plan_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "enrollment_id", &px_enrollment_entity,
                                       error)
         && px_record_check_date (entity, record, "due_date", error)
         && px_record_check_choice (entity, record, "status", statuses, error)
         && px_record_check_range (entity, record, "outcome_rating", 1, 5, error);
}

static const PxField action_plan_fields[] = {
  PX_FIELD_DEF (PxActionPlan, enrollment_id, "enrollment_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Trainee")),
  PX_FIELD_DEF (PxActionPlan, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxActionPlan, goal, "goal", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Goal")),
  PX_FIELD_DEF (PxActionPlan, due_date, "due_date", PX_FIELD_TEXT, 0, N_("Due date")),
  PX_FIELD_DEF (PxActionPlan, status, "status", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Status")),
  PX_FIELD_DEF (PxActionPlan, outcome, "outcome", PX_FIELD_TEXT, 0, N_("Outcome")),
  PX_FIELD_DEF (PxActionPlan, outcome_rating, "outcome_rating", PX_FIELD_INT, PX_FIELD_NULLABLE,
                N_("Outcome rating")),
};

const PxEntity px_action_plan_entity = {
  "action_plan", N_("action plan"), sizeof (PxActionPlan),
  action_plan_fields, G_N_ELEMENTS (action_plan_fields),
  (GDestroyNotify) px_action_plan_free, validate_action_plan,
  NULL, init_action_plan,
};

PX_DEFINE_RECORD (PxActionPlan, px_action_plan)
