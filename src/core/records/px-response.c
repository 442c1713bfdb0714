/* px-response.c: one filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-response"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-action-plan.h"
#include "px-cadre.h"
#include "px-questionnaire.h"
#include "px-record-check-private.h"
#include "px-response.h"
#include "px-session.h"
#include "px-training-class.h"

static const char * const subject_kinds[] = { "session", "class", "cadre", "action_plan", NULL };

/* What subject_id points at, for each subject_kind. */
static const PxEntity *
subject_entity (const char *kind)
{
  if (g_strcmp0 (kind, "session") == 0)
    return &px_session_entity;
  if (g_strcmp0 (kind, "class") == 0)
    return &px_training_class_entity;
  if (g_strcmp0 (kind, "cadre") == 0)
    return &px_cadre_entity;
  if (g_strcmp0 (kind, "action_plan") == 0)
    return &px_action_plan_entity;
  return NULL;
}

static gboolean
validate_response (PxDatabase     *db,
                   gconstpointer   record,
                   GError        **error)
{
  const PxEntity *entity = &px_response_entity;
  const PxResponse *response = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "questionnaire_id",
                                       &px_questionnaire_entity, error)
         && px_record_check_reference (db, entity, record, "respondent_id", &px_cadre_entity, error)
         && px_record_check_choice (entity, record, "subject_kind", subject_kinds, error)
         && px_record_check_reference (db, entity, record, "subject_id",
                                       subject_entity (response->subject_kind), error)
         && px_record_check_timestamp (entity, record, "submitted_at", error);
}

static const PxField response_fields[] = {
  PX_FIELD_DEF (PxResponse, questionnaire_id, "questionnaire_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Questionnaire")),
  PX_FIELD_DEF (PxResponse, subject_kind, "subject_kind", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Subject kind")),
  PX_FIELD_DEF (PxResponse, subject_id, "subject_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Subject")),
  PX_FIELD_DEF (PxResponse, respondent_id, "respondent_id", PX_FIELD_TEXT, 0, N_("Respondent")),
  PX_FIELD_DEF (PxResponse, submitted_at, "submitted_at", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Submitted at")),
};

const PxEntity px_response_entity = {
  "response", N_("response"), sizeof (PxResponse),
  response_fields, G_N_ELEMENTS (response_fields),
  (GDestroyNotify) px_response_free, validate_response,
};

PX_DEFINE_RECORD (PxResponse, px_response)
