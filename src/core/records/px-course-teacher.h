/* px-course-teacher.h: a teacher who can teach a course
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
  char *teacher_id;
} PxCourseTeacher;

PX_DECLARE_RECORD (PxCourseTeacher, px_course_teacher)

G_END_DECLS
