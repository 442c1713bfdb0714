/* px-question.c: one question of a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-question"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-competency.h"
#include "px-question.h"
#include "px-questionnaire.h"
#include "px-record-check-private.h"
#include "px-validation-error.h"

static const char * const kinds[] = { "rating", "choice", "multi_choice", "text", NULL };

static void
init_question (gpointer record)
{
  PxQuestion *question = record;

  question->scale_max = 5;
}

static gboolean
validate_question (PxDatabase     *db,
                   gconstpointer   record,
                   GError        **error)
{
  const PxEntity *entity = &px_question_entity;
  const PxQuestion *question = record;

  if (!px_record_check_blank (entity, record, error)
      || !px_record_check_reference (db, entity, record, "questionnaire_id",
                                     &px_questionnaire_entity, error)
      || !px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                     error)
      || !px_record_check_range (entity, record, "position", 0, INFINITY, error)
      || !px_record_check_choice (entity, record, "kind", kinds, error)
      || !px_record_check_range (entity, record, "scale_max", 2, 10, error))
    return FALSE;

  if ((g_strcmp0 (question->kind, "choice") == 0 || g_strcmp0 (question->kind, "multi_choice") == 0)
      && (question->options == NULL || *question->options == '\0'))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, "options",
                               _("A choice question needs its options, one a line."));
      return FALSE;
    }
  return px_record_check_unique (db, entity, record, "position", "questionnaire_id", error,
                                 _("Another question of this questionnaire is already at "
                                   "position %d."), (int) question->position);
}

static const PxField question_fields[] = {
  PX_FIELD_DEF (PxQuestion, questionnaire_id, "questionnaire_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Questionnaire")),
  PX_FIELD_DEF (PxQuestion, position, "position", PX_FIELD_INT,
                PX_FIELD_REQUIRED | PX_FIELD_NULLABLE, N_("Position")),
  PX_FIELD_DEF (PxQuestion, kind, "kind", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Kind")),
  PX_FIELD_DEF (PxQuestion, text, "text", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Question")),
  PX_FIELD_DEF (PxQuestion, options, "options", PX_FIELD_TEXT, 0, N_("Options")),
  PX_FIELD_DEF (PxQuestion, scale_max, "scale_max", PX_FIELD_INT, 0, N_("Highest rating")),
  PX_FIELD_DEF (PxQuestion, competency_id, "competency_id", PX_FIELD_TEXT, 0, N_("Competency")),
};

const PxEntity px_question_entity = {
  "question", N_("question"), sizeof (PxQuestion),
  question_fields, G_N_ELEMENTS (question_fields),
  (GDestroyNotify) px_question_free, validate_question,
  NULL, init_question,
};

PX_DEFINE_RECORD (PxQuestion, px_question)
