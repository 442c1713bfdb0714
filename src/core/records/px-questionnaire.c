/* px-questionnaire.c: 问卷, needs surveys, evaluations and follow-ups as one engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-questionnaire"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-questionnaire.h"
#include "px-record-check-private.h"
#include "px-training-class.h"

static const char * const kinds[] = {
  "needs", "course_evaluation", "class_evaluation", "followup", NULL
};

static gboolean
validate_questionnaire (PxDatabase     *db,
                        gconstpointer   record,
                        GError        **error)
{
  const PxEntity *entity = &px_questionnaire_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "kind", kinds, error)
         && px_record_check_reference (db, entity, record, "class_id", &px_training_class_entity,
                                       error);
}

static const PxField questionnaire_fields[] = {
  PX_FIELD_DEF (PxQuestionnaire, kind, "kind", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Kind")),
  PX_FIELD_DEF (PxQuestionnaire, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxQuestionnaire, description, "description", PX_FIELD_TEXT, 0, N_("Description")),
  PX_FIELD_DEF (PxQuestionnaire, is_template, "is_template", PX_FIELD_BOOL, 0, N_("Template")),
  PX_FIELD_DEF (PxQuestionnaire, class_id, "class_id", PX_FIELD_TEXT, 0, N_("Class")),
};

const PxEntity px_questionnaire_entity = {
  "questionnaire", N_("questionnaire"), sizeof (PxQuestionnaire),
  questionnaire_fields, G_N_ELEMENTS (questionnaire_fields),
  (GDestroyNotify) px_questionnaire_free, validate_questionnaire,
};

PX_DEFINE_RECORD (PxQuestionnaire, px_questionnaire)
