/* px-questionnaire.h: 问卷, needs surveys, evaluations and follow-ups as one engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *kind;      /* needs / course_evaluation / class_evaluation / followup */
  char *title;
  char *description;
  gboolean is_template;
  char *class_id;  /* NULL for templates and school-wide surveys */
} PxQuestionnaire;

PX_DECLARE_RECORD (PxQuestionnaire, px_questionnaire)

G_END_DECLS
