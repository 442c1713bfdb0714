/* px-credit-record.c: 学时记录, hours a cadre earned in a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-credit-record"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-credit-record.h"
#include "px-record-check-private.h"
#include "px-training-class.h"

static const char * const sources[] = { "class", "online", "other", NULL };

static gboolean
validate_credit_record (PxDatabase     *db,
                        gconstpointer   record,
                        GError        **error)
{
  const PxEntity *entity = &px_credit_record_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "cadre_id", &px_cadre_entity, error)
         && px_record_check_reference (db, entity, record, "class_id", &px_training_class_entity,
                                       error)
         && px_record_check_range (entity, record, "year", 1950, 2200, error)
         && px_record_check_choice (entity, record, "source", sources, error)
         && px_record_check_range (entity, record, "hours", 0, INFINITY, error);
}

static const PxField credit_record_fields[] = {
  PX_FIELD_DEF (PxCreditRecord, cadre_id, "cadre_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Cadre")),
  PX_FIELD_DEF (PxCreditRecord, year, "year", PX_FIELD_INT, PX_FIELD_REQUIRED | PX_FIELD_NULLABLE,
                N_("Year")),
  PX_FIELD_DEF (PxCreditRecord, source, "source", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Source")),
  PX_FIELD_DEF (PxCreditRecord, hours, "hours", PX_FIELD_REAL,
                PX_FIELD_REQUIRED | PX_FIELD_NULLABLE, N_("Hours")),
  PX_FIELD_DEF (PxCreditRecord, class_id, "class_id", PX_FIELD_TEXT, 0, N_("Class")),
  PX_FIELD_DEF (PxCreditRecord, note, "note", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Note")),
};

const PxEntity px_credit_record_entity = {
  "credit_record", N_("credit record"), sizeof (PxCreditRecord),
  credit_record_fields, G_N_ELEMENTS (credit_record_fields),
  (GDestroyNotify) px_credit_record_free, validate_credit_record,
  "cadre_id IN (SELECT id FROM cadre WHERE name LIKE ?1 ESCAPE '\\')",
};

PX_DEFINE_RECORD (PxCreditRecord, px_credit_record)
