/* px-base.h: 教学基地, the places where field teaching happens
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
  char *region;
  char *address;
  gint64 capacity;  /* people at a time; PX_INT_UNSET = not known */
  char *contact_name;
  char *contact_phone;
  char *description;
} PxBase;

PX_DECLARE_RECORD (PxBase, px_base)

G_END_DECLS
