/* px-answer.h: the answer to one question in a response
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *response_id;
  char *question_id;
  double value_number;  /* a rating question's answer; NAN = none */
  char *value_text;     /* the text, or the choices one a line */
} PxAnswer;

PX_DECLARE_RECORD (PxAnswer, px_answer)

G_END_DECLS
