/* px-course-competency.h: a competency a course builds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *course_id;
  char *competency_id;
} PxCourseCompetency;

PX_DECLARE_RECORD (PxCourseCompetency, px_course_competency)

G_END_DECLS
