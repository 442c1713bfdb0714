/* px-response.h: one filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *questionnaire_id;
  char *subject_kind;   /* session / class / cadre / action_plan */
  char *subject_id;     /* a row of the table subject_kind names */
  char *respondent_id;  /* a cadre; NULL when anonymous */
  char *submitted_at;   /* ISO 8601 */
} PxResponse;

PX_DECLARE_RECORD (PxResponse, px_response)

G_END_DECLS
