/* px-base-theme.h: a theme a teaching base offers, one competency each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *base_id;
  char *competency_id;
} PxBaseTheme;

PX_DECLARE_RECORD (PxBaseTheme, px_base_theme)

G_END_DECLS
