/* px-credit-rule.c: 学时要求, the hours a rank group must train per period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-credit-rule"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-credit-rule.h"
#include "px-record-check-private.h"

static gboolean
validate_credit_rule (PxDatabase     *db,
                      gconstpointer   record,
                      GError        **error)
{
  const PxEntity *entity = &px_credit_rule_entity;
  const PxCreditRule *rule = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_range (entity, record, "period_years", 1, INFINITY, error)
         && px_record_check_range (entity, record, "hours", 0, INFINITY, error)
         && px_record_check_range (entity, record, "online_hours", 0, INFINITY, error)
         && px_record_check_unique (db, entity, record, "rank_group", NULL, error,
                                    _("There is already a credit rule for the rank group “%s”."),
                                    rule->rank_group);
}

static const PxField credit_rule_fields[] = {
  PX_FIELD_DEF (PxCreditRule, rank_group, "rank_group", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED | PX_FIELD_SEARCH, N_("Rank group")),
  PX_FIELD_DEF (PxCreditRule, period_years, "period_years", PX_FIELD_INT,
                PX_FIELD_REQUIRED | PX_FIELD_NULLABLE, N_("Period in years")),
  PX_FIELD_DEF (PxCreditRule, hours, "hours", PX_FIELD_REAL, PX_FIELD_REQUIRED | PX_FIELD_NULLABLE,
                N_("Hours")),
  PX_FIELD_DEF (PxCreditRule, online_hours, "online_hours", PX_FIELD_REAL, PX_FIELD_REQUIRED,
                N_("Online hours")),
  PX_FIELD_DEF (PxCreditRule, description, "description", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Description")),
};

const PxEntity px_credit_rule_entity = {
  "credit_rule", N_("credit rule"), sizeof (PxCreditRule),
  credit_rule_fields, G_N_ELEMENTS (credit_rule_fields),
  (GDestroyNotify) px_credit_rule_free, validate_credit_rule,
};

PX_DEFINE_RECORD (PxCreditRule, px_credit_rule)
