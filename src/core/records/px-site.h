/* px-site.h: the office or an offline teaching site that syncs with it
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
  char *kind;       /* office / site */
  char *last_sync;  /* ISO 8601 */
} PxSite;

PX_DECLARE_RECORD (PxSite, px_site)

G_END_DECLS
