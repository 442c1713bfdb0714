/* px-enrollment.h: 学员, a cadre's place in a class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *class_id;
  char *cadre_id;
  char *status;        /* enrolled / withdrawn */
  char *withdraw_reason;
  char *group_name;
  char *class_role;    /* 班长, 组长 … */
  char *dormitory;
  char *seat;
  double exam_score;   /* 0–100; NAN = not yet */
  double paper_score;  /* 0–100; NAN = not yet */
  char *completion;    /* pending / completed / not_completed */
  char *completion_reason;
  gboolean completion_override;
} PxEnrollment;

PX_DECLARE_RECORD (PxEnrollment, px_enrollment)

G_END_DECLS
