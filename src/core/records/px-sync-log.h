/* px-sync-log.h: one changeset a site sent or received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *site_id;
  char *direction;  /* send / receive */
  char *file_name;
  gint64 n_changes;
  gint64 n_conflicts;
  char *note;
} PxSyncLog;

PX_DECLARE_RECORD (PxSyncLog, px_sync_log)

G_END_DECLS
