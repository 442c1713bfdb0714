/* px-answer.c: the answer to one question in a response
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-answer"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-answer.h"
#include "px-question.h"
#include "px-record-check-private.h"
#include "px-response.h"
#include "px-validation-error.h"

static gboolean
validate_answer (PxDatabase     *db,
                 gconstpointer   record,
                 GError        **error)
{
  const PxEntity *entity = &px_answer_entity;
  const PxAnswer *answer = record;
  g_autoptr(PxQuestion) question = NULL;

  if (!px_record_check_blank (entity, record, error)
      || !px_record_check_reference (db, entity, record, "response_id", &px_response_entity,
                                     error)
      || !px_record_check_reference (db, entity, record, "question_id", &px_question_entity,
                                     error))
    return FALSE;

  /* what the answer must hold depends on the question */
  question = px_question_get (db, answer->question_id, error);
  if (question == NULL)
    return FALSE;
  if (g_strcmp0 (question->kind, "rating") == 0)
    {
      if (isnan (answer->value_number))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, "value_number",
                                   _("The answer to a rating question needs a rating."));
          return FALSE;
        }
      return px_record_check_range (entity, record, "value_number", 1,
                                    (double) question->scale_max, error);
    }
  if (isnan (answer->value_number) && (answer->value_text == NULL || *answer->value_text == '\0'))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, "value_text",
                               _("The answer is empty."));
      return FALSE;
    }
  return TRUE;
}

static const PxField answer_fields[] = {
  PX_FIELD_DEF (PxAnswer, response_id, "response_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Response")),
  PX_FIELD_DEF (PxAnswer, question_id, "question_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Question")),
  PX_FIELD_DEF (PxAnswer, value_number, "value_number", PX_FIELD_REAL, PX_FIELD_NULLABLE,
                N_("Rating")),
  PX_FIELD_DEF (PxAnswer, value_text, "value_text", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Answer")),
};

const PxEntity px_answer_entity = {
  "answer", N_("answer"), sizeof (PxAnswer),
  answer_fields, G_N_ELEMENTS (answer_fields),
  (GDestroyNotify) px_answer_free, validate_answer,
};

PX_DEFINE_RECORD (PxAnswer, px_answer)
