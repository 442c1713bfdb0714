/* px-sync-log.c: one changeset a site sent or received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-sync-log"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-record-check-private.h"
#include "px-site.h"
#include "px-sync-log.h"

static const char * const directions[] = { "send", "receive", NULL };

static gboolean
validate_sync_log (PxDatabase     *db,
                   gconstpointer   record,
                   GError        **error)
{
  const PxEntity *entity = &px_sync_log_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "site_id", &px_site_entity, error)
         && px_record_check_choice (entity, record, "direction", directions, error)
         && px_record_check_range (entity, record, "n_changes", 0, INFINITY, error)
         && px_record_check_range (entity, record, "n_conflicts", 0, INFINITY, error);
}

static const PxField sync_log_fields[] = {
  PX_FIELD_DEF (PxSyncLog, site_id, "site_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Site")),
  PX_FIELD_DEF (PxSyncLog, direction, "direction", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Direction")),
  PX_FIELD_DEF (PxSyncLog, file_name, "file_name", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("File")),
  PX_FIELD_DEF (PxSyncLog, n_changes, "n_changes", PX_FIELD_INT, 0, N_("Changes")),
  PX_FIELD_DEF (PxSyncLog, n_conflicts, "n_conflicts", PX_FIELD_INT, 0, N_("Conflicts")),
  PX_FIELD_DEF (PxSyncLog, note, "note", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Note")),
};

const PxEntity px_sync_log_entity = {
  "sync_log", N_("sync log entry"), sizeof (PxSyncLog),
  sync_log_fields, G_N_ELEMENTS (sync_log_fields),
  (GDestroyNotify) px_sync_log_free, validate_sync_log,
};

PX_DEFINE_RECORD (PxSyncLog, px_sync_log)
