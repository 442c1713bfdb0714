/* px-competency.h: 能力与专题, the tags that tie needs, courses, teachers and bases together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *name;
  char *kind;  /* ability (the seven abilities) / theme */
  char *description;
  gint64 sort_order;
} PxCompetency;

PX_DECLARE_RECORD (PxCompetency, px_competency)

G_END_DECLS
