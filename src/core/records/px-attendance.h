/* px-attendance.h: 考勤, whether a trainee was at a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *session_id;
  char *enrollment_id;
  char *status;  /* present / late / leave / absent */
  char *note;
} PxAttendance;

PX_DECLARE_RECORD (PxAttendance, px_attendance)

G_END_DECLS
