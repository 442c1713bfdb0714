/* px-elective-choice.h: an elective session a trainee has chosen
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
  char *session_id;
} PxElectiveChoice;

PX_DECLARE_RECORD (PxElectiveChoice, px_elective_choice)

G_END_DECLS
