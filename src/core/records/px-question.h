/* px-question.h: one question of a questionnaire
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
  gint64 position;      /* unique in the questionnaire */
  char *kind;           /* rating / choice / multi_choice / text */
  char *text;
  char *options;        /* the choices, one a line */
  gint64 scale_max;     /* of a rating question; default 5 */
  char *competency_id;  /* what a needs question asks about */
} PxQuestion;

PX_DECLARE_RECORD (PxQuestion, px_question)

G_END_DECLS
