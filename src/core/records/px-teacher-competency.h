/* px-teacher-competency.h: a teacher's specialty, one competency each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *teacher_id;
  char *competency_id;
} PxTeacherCompetency;

PX_DECLARE_RECORD (PxTeacherCompetency, px_teacher_competency)

G_END_DECLS
