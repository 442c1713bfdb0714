/* px-base-theme.c: a theme a teaching base offers, one competency each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-base-theme"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-base-theme.h"
#include "px-base.h"
#include "px-competency.h"
#include "px-record-check-private.h"

static gboolean
validate_base_theme (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_base_theme_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "base_id", &px_base_entity, error)
         && px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                       error)
         && px_record_check_unique (db, entity, record, "competency_id", "base_id", error,
                                    _("This teaching base already has this theme."));
}

static const PxField base_theme_fields[] = {
  PX_FIELD_DEF (PxBaseTheme, base_id, "base_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Teaching base")),
  PX_FIELD_DEF (PxBaseTheme, competency_id, "competency_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Theme")),
};

const PxEntity px_base_theme_entity = {
  "base_theme", N_("base theme"), sizeof (PxBaseTheme),
  base_theme_fields, G_N_ELEMENTS (base_theme_fields),
  (GDestroyNotify) px_base_theme_free, validate_base_theme,
};

PX_DEFINE_RECORD (PxBaseTheme, px_base_theme)
