/* px-base.c: 教学基地, the places where field teaching happens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-base"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-base.h"
#include "px-record-check-private.h"

static gboolean
validate_base (PxDatabase     *db,
               gconstpointer   record,
               GError        **error)
{
  const PxEntity *entity = &px_base_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_range (entity, record, "capacity", 0, INFINITY, error)
         && px_record_check_phone (entity, record, "contact_phone", error);
}

static const PxField base_fields[] = {
  PX_FIELD_DEF (PxBase, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Base name")),
  PX_FIELD_DEF (PxBase, region, "region", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Region")),
  PX_FIELD_DEF (PxBase, address, "address", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Address")),
  PX_FIELD_DEF (PxBase, capacity, "capacity", PX_FIELD_INT, PX_FIELD_NULLABLE, N_("Capacity")),
  PX_FIELD_DEF (PxBase, contact_name, "contact_name", PX_FIELD_TEXT, 0, N_("Contact person")),
  PX_FIELD_DEF (PxBase, contact_phone, "contact_phone", PX_FIELD_TEXT, 0, N_("Contact telephone")),
  PX_FIELD_DEF (PxBase, description, "description", PX_FIELD_TEXT, 0, N_("Description")),
};

/* Bases by one of their themes. */
static const PxSortKey base_filter_keys[] = {
  { "theme", "id IN (SELECT base_id FROM base_theme WHERE competency_id = ?F)" },
  { NULL }
};

const PxEntity px_base_entity = {
  "base", N_("teaching base"), sizeof (PxBase),
  base_fields, G_N_ELEMENTS (base_fields),
  (GDestroyNotify) px_base_free, validate_base,
  NULL, NULL, NULL, base_filter_keys,
};

PX_DEFINE_RECORD (PxBase, px_base)
