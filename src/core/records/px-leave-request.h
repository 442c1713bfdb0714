/* px-leave-request.h: 请假, a trainee's leave from a class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *enrollment_id;
  char *start_date;  /* YYYY-MM-DD */
  char *end_date;    /* YYYY-MM-DD, not before start_date */
  double hours;      /* class hours missed */
  char *reason;
  gboolean approved;
} PxLeaveRequest;

PX_DECLARE_RECORD (PxLeaveRequest, px_leave_request)

G_END_DECLS
