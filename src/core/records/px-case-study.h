/* px-case-study.h: 案例, the case library
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
  char *region;
  char *summary;
  char *quality_tier;
  gboolean is_local;  /* 一地一品 */
  char *course_id;
  char *competency_id;
} PxCaseStudy;

PX_DECLARE_RECORD (PxCaseStudy, px_case_study)

G_END_DECLS
