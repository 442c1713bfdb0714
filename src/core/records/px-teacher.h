/* px-teacher.h: 师资, the full-time and part-time teachers of the pool
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
  char *gender;             /* 男 / 女 */
  char *employment;         /* full_time / part_time */
  char *source;             /* where a part-time teacher comes from */
  char *unit;
  char *title;              /* 职称 */
  char *tier;
  gboolean dual_qualified;  /* 双师型 */
  char *phone;
  char *note;
} PxTeacher;

PX_DECLARE_RECORD (PxTeacher, px_teacher)

G_END_DECLS
