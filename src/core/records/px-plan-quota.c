/* px-plan-quota.c: 调训名额, the places of a plan item a unit is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-quota"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-org-unit.h"
#include "px-plan-item.h"
#include "px-plan-quota.h"
#include "px-record-check-private.h"
#include "px-validation-error.h"

/* The places of an item its units would have with this row written: the other rows of the
 * item and this one. An item without a quota caps nothing; a row moved from one item to
 * another counts for the item it goes to. A change that gives no more places than the row
 * had passes, so that an item over its quota (data written around this check) can be
 * mended one unit at a time. */
static gboolean
check_within_item_quota (PxDatabase         *db,
                         const PxPlanQuota  *quota,
                         GError            **error)
{
  static const char sql[] =
    "SELECT i.quota, (SELECT coalesce (sum (q.quota), 0) FROM plan_quota q"
    "                 WHERE q.plan_item_id = i.id AND q.id IS NOT ?2),"
    " (SELECT q.quota FROM plan_quota q WHERE q.id = ?2 AND q.plan_item_id = i.id)"
    " FROM plan_item i WHERE i.id = ?1";
  sqlite3_stmt *stmt;
  gint64 item_quota, others, current, total;
  gboolean capped;
  int rc;

  if (quota->quota == PX_INT_UNSET)
    return TRUE;
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quota->plan_item_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quota->base.id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return TRUE;   /* the reference check speaks of a missing item */
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  capped = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
  item_quota = sqlite3_column_int64 (stmt, 0);
  others = sqlite3_column_int64 (stmt, 1);
  current = sqlite3_column_int64 (stmt, 2);   /* 0 for a new row */
  sqlite3_reset (stmt);

  total = others + quota->quota;
  if (!capped || total <= item_quota || quota->quota <= current)
    return TRUE;
  if (others >= item_quota)
    px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "quota",
                             g_dngettext (GETTEXT_PACKAGE,
                                          "The units would get %lld place, more "
                                          "than the item's quota of %lld; the "
                                          "other units already have all of them.",
                                          "The units would get %lld places, more "
                                          "than the item's quota of %lld; the "
                                          "other units already have all of them.", total),
                             (long long) total, (long long) item_quota);
  else
    px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "quota",
                             g_dngettext (GETTEXT_PACKAGE,
                                          "The units would get %lld place, more "
                                          "than the item's quota of %lld; this "
                                          "unit can have at most %lld.",
                                          "The units would get %lld places, more "
                                          "than the item's quota of %lld; this "
                                          "unit can have at most %lld.", total),
                             (long long) total, (long long) item_quota,
                             (long long) (item_quota - others));
  return FALSE;
}

static gboolean
validate_plan_quota (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_plan_quota_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_item_id", &px_plan_item_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "unit_id", &px_org_unit_entity, error)
         && px_record_check_range (entity, record, "quota", 0, INFINITY, error)
         && px_record_check_unique (db, entity, record, "unit_id", "plan_item_id", error,
                                    _("This unit already has places in this plan item."))
         && check_within_item_quota (db, record, error);
}

static const PxField plan_quota_fields[] = {
  PX_FIELD_DEF (PxPlanQuota, plan_item_id, "plan_item_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Plan item")),
  PX_FIELD_DEF (PxPlanQuota, unit_id, "unit_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Unit")),
  PX_FIELD_DEF (PxPlanQuota, quota, "quota", PX_FIELD_INT, PX_FIELD_REQUIRED | PX_FIELD_NULLABLE,
                N_("Places")),
};

const PxEntity px_plan_quota_entity = {
  "plan_quota", N_("unit quota"), sizeof (PxPlanQuota),
  plan_quota_fields, G_N_ELEMENTS (plan_quota_fields),
  (GDestroyNotify) px_plan_quota_free, validate_plan_quota,
  "unit_id IN (SELECT id FROM org_unit WHERE name LIKE ?1 ESCAPE '\\')",
};

PX_DEFINE_RECORD (PxPlanQuota, px_plan_quota)
