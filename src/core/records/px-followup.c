/* px-followup.c: 跟踪问效, a check on an action plan some months after the class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-followup"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-action-plan.h"
#include "px-followup.h"
#include "px-record-check-private.h"

static gboolean
validate_followup (PxDatabase     *db,
                   gconstpointer   record,
                   GError        **error)
{
  const PxEntity *entity = &px_followup_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "action_plan_id",
                                       &px_action_plan_entity, error)
         && px_record_check_range (entity, record, "month_offset", 1, INFINITY, error)
         && px_record_check_date (entity, record, "due_date", error)
         && px_record_check_date (entity, record, "done_on", error)
         && px_record_check_range (entity, record, "unit_rating", 1, 5, error);
}

static const PxField followup_fields[] = {
  PX_FIELD_DEF (PxFollowup, action_plan_id, "action_plan_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Action plan")),
  PX_FIELD_DEF (PxFollowup, month_offset, "month_offset", PX_FIELD_INT,
                PX_FIELD_REQUIRED | PX_FIELD_NULLABLE, N_("Months after the class")),
  PX_FIELD_DEF (PxFollowup, due_date, "due_date", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Due date")),
  PX_FIELD_DEF (PxFollowup, done_on, "done_on", PX_FIELD_TEXT, 0, N_("Done on")),
  PX_FIELD_DEF (PxFollowup, unit_rating, "unit_rating", PX_FIELD_INT, PX_FIELD_NULLABLE,
                N_("Unit rating")),
  PX_FIELD_DEF (PxFollowup, note, "note", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Note")),
};

const PxEntity px_followup_entity = {
  "followup", N_("follow-up"), sizeof (PxFollowup),
  followup_fields, G_N_ELEMENTS (followup_fields),
  (GDestroyNotify) px_followup_free, validate_followup,
};

PX_DEFINE_RECORD (PxFollowup, px_followup)
