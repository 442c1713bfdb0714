/* px-plan-item.c: one class a year's plan provides for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-item"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-plan-item.h"
#include "px-plan.h"
#include "px-record-check-private.h"
#include "px-validation-error.h"

/* A stored item's quota cannot be lowered below the places its units were given already:
 * the registrar takes places back from the units first, knowing which ones. A quota left as
 * it was passes, so that an item over its quota (data written around the checks) can still
 * be edited. */
static gboolean
check_quota_covers_units (PxDatabase         *db,
                          const PxPlanItem   *item,
                          GError            **error)
{
  static const char sql[] =
    "SELECT quota, (SELECT coalesce (sum (q.quota), 0) FROM plan_quota q"
    "               WHERE q.plan_item_id = plan_item.id)"
    " FROM plan_item WHERE id = ?1";
  sqlite3_stmt *stmt;
  gint64 allocated, stored;
  int rc;

  if (item->base.id == NULL || item->quota == PX_INT_UNSET)
    return TRUE;
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->base.id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return TRUE;   /* not stored yet: no unit has places of it */
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  stored = sqlite3_column_type (stmt, 0) != SQLITE_NULL ? sqlite3_column_int64 (stmt, 0)
                                                         : PX_INT_UNSET;
  allocated = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  if (item->quota >= allocated || (stored != PX_INT_UNSET && item->quota >= stored))
    return TRUE;
  px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "quota",
                           g_dngettext (GETTEXT_PACKAGE,
                                        "The units already have %lld place of "
                                        "this item, more than a quota of %lld. "
                                        "Take places back from the units first.",
                                        "The units already have %lld places of "
                                        "this item, more than a quota of %lld. "
                                        "Take places back from the units first.", allocated),
                           (long long) allocated, (long long) item->quota);
  return FALSE;
}

static gboolean
validate_plan_item (PxDatabase     *db,
                    gconstpointer   record,
                    GError        **error)
{
  const PxEntity *entity = &px_plan_item_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_id", &px_plan_entity, error)
         && px_record_check_range (entity, record, "quota", 0, INFINITY, error)
         && px_record_check_range (entity, record, "days", 0, INFINITY, error)
         && px_record_check_range (entity, record, "month", 1, 12, error)
         && px_record_check_range (entity, record, "budget", 0, INFINITY, error)
         && check_quota_covers_units (db, record, error);
}

static const PxField plan_item_fields[] = {
  PX_FIELD_DEF (PxPlanItem, plan_id, "plan_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Plan")),
  PX_FIELD_DEF (PxPlanItem, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxPlanItem, class_type, "class_type", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Class type")),
  PX_FIELD_DEF (PxPlanItem, audience_ranks, "audience_ranks", PX_FIELD_TEXT, 0,
                N_("Audience ranks")),
  PX_FIELD_DEF (PxPlanItem, quota, "quota", PX_FIELD_INT, PX_FIELD_NULLABLE, N_("Quota")),
  PX_FIELD_DEF (PxPlanItem, days, "days", PX_FIELD_REAL, PX_FIELD_NULLABLE, N_("Days")),
  PX_FIELD_DEF (PxPlanItem, month, "month", PX_FIELD_INT, PX_FIELD_NULLABLE, N_("Month")),
  PX_FIELD_DEF (PxPlanItem, budget, "budget", PX_FIELD_REAL, PX_FIELD_NULLABLE, N_("Budget")),
  PX_FIELD_DEF (PxPlanItem, demand_source, "demand_source", PX_FIELD_TEXT, 0, N_("Demand source")),
  PX_FIELD_DEF (PxPlanItem, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

/* The places its units were given, for a list that shows them beside the quota. */
static const PxSortKey plan_item_sort_keys[] = {
  { "allocated", "(SELECT coalesce (sum (q.quota), 0) FROM plan_quota q"
                 " WHERE q.plan_item_id = plan_item.id)" },
  { NULL }
};

/* Items whose units have not been given all of the quota yet ("1"), or have ("0"). */
static const PxSortKey plan_item_filter_keys[] = {
  { "open_places", "(quota IS NOT NULL AND quota > (SELECT coalesce (sum (q.quota), 0)"
                   " FROM plan_quota q WHERE q.plan_item_id = plan_item.id)) = (?F = '1')" },
  { NULL }
};

const PxEntity px_plan_item_entity = {
  "plan_item", N_("plan item"), sizeof (PxPlanItem),
  plan_item_fields, G_N_ELEMENTS (plan_item_fields),
  (GDestroyNotify) px_plan_item_free, validate_plan_item,
  NULL, NULL, plan_item_sort_keys, plan_item_filter_keys,
};

PX_DEFINE_RECORD (PxPlanItem, px_plan_item)
