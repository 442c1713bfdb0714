/* px-course.h: 课程, the catalogue a class's timetable draws on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *title;
  char *category;
  char *method;       /* a px_teaching_methods () key */
  double hours;
  char *quality_tier;
  gboolean is_local;  /* 一地一品 */
  char *description;
} PxCourse;

PX_DECLARE_RECORD (PxCourse, px_course)

G_END_DECLS
