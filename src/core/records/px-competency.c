/* px-competency.c: 能力与专题, the tags that tie needs, courses, teachers and bases together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-competency"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-competency.h"
#include "px-record-check-private.h"

static const char * const kinds[] = { "ability", "theme", NULL };

static void
init_competency (gpointer record)
{
  PxCompetency *competency = record;

  competency->kind = g_strdup ("theme");
}

static gboolean
validate_competency (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_competency_entity;
  const PxCompetency *competency = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "kind", kinds, error)
         && px_record_check_unique (db, entity, record, "name", NULL, error,
                                    _("There is already a competency named “%s”."),
                                    competency->name);
}

static const PxField competency_fields[] = {
  PX_FIELD_DEF (PxCompetency, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Name")),
  PX_FIELD_DEF (PxCompetency, kind, "kind", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Kind")),
  PX_FIELD_DEF (PxCompetency, description, "description", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Description")),
  PX_FIELD_DEF (PxCompetency, sort_order, "sort_order", PX_FIELD_INT, 0, N_("Order")),
};

const PxEntity px_competency_entity = {
  "competency", N_("competency"), sizeof (PxCompetency),
  competency_fields, G_N_ELEMENTS (competency_fields),
  (GDestroyNotify) px_competency_free, validate_competency,
  NULL, init_competency,
};

PX_DEFINE_RECORD (PxCompetency, px_competency)
