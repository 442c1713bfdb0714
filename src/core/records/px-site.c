/* px-site.c: the office or an offline teaching site that syncs with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-site"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-record-check-private.h"
#include "px-site.h"

static const char * const kinds[] = { "office", "site", NULL };

static void
init_site (gpointer record)
{
  PxSite *site = record;

  site->kind = g_strdup ("site");
}

static gboolean
validate_site (PxDatabase     *db,
               gconstpointer   record,
               GError        **error)
{
  const PxEntity *entity = &px_site_entity;
  const PxSite *site = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "kind", kinds, error)
         && px_record_check_timestamp (entity, record, "last_sync", error)
         && px_record_check_unique (db, entity, record, "name", NULL, error,
                                    _("There is already a site named “%s”."), site->name);
}

static const PxField site_fields[] = {
  PX_FIELD_DEF (PxSite, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Name")),
  PX_FIELD_DEF (PxSite, kind, "kind", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Kind")),
  PX_FIELD_DEF (PxSite, last_sync, "last_sync", PX_FIELD_TEXT, 0, N_("Last synchronised")),
};

const PxEntity px_site_entity = {
  "site", N_("site"), sizeof (PxSite),
  site_fields, G_N_ELEMENTS (site_fields),
  (GDestroyNotify) px_site_free, validate_site,
  NULL, init_site,
};

PX_DEFINE_RECORD (PxSite, px_site)
