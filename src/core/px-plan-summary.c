/* px-plan-summary.c: what a year's plan adds up to, and how far its places are shared out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-plan-summary"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-entity.h"
#include "px-plan-summary.h"

static const char * const class_types[] = {
  "主体班", "专题班", "轮训班", "初任培训", "网络专题班", NULL
};

const char * const *
px_plan_class_types (void)
{
  return class_types;
}

/* Totals per class type */

void
px_plan_totals_clear (PxPlanTotals *totals)
{
  g_return_if_fail (totals != NULL);
  g_clear_pointer (&totals->class_type, g_free);
}

/* Where a type goes in the list: the known types in their order, then the others by name,
 * then no type. */
static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  const char *x = ((const PxPlanTotals *) a)->class_type;
  const char *y = ((const PxPlanTotals *) b)->class_type;
  guint n = g_strv_length ((GStrv) class_types);
  guint rx = n + 1, ry = n + 1;

  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (x, class_types[i]) == 0)
        rx = i;
      if (g_strcmp0 (y, class_types[i]) == 0)
        ry = i;
    }
  if (rx == n + 1 && x != NULL)
    rx = n;
  if (ry == n + 1 && y != NULL)
    ry = n;
  if (rx != ry)
    return rx < ry ? -1 : 1;
  return g_strcmp0 (x, y);
}

static void
add_totals (PxPlanTotals       *sum,
            const PxPlanTotals *part)
{
  sum->n_items += part->n_items;
  sum->quota += part->quota;
  sum->allocated += part->allocated;
  sum->days += part->days;
  sum->trainee_days += part->trainee_days;
  sum->budget += part->budget;
  sum->n_under_allocated += part->n_under_allocated;
  sum->n_over_allocated += part->n_over_allocated;
}

GArray *
px_plan_totals_by_type (PxDatabase    *db,
                        const char    *plan_id,
                        PxPlanTotals  *total,
                        GError       **error)
{
  /* one row per item with what its units were given, then added up per type; the UNIQUE
   * (plan_item_id, unit_id) index finds an item's quotas */
  static const char sql[] =
    "SELECT class_type, count (*), coalesce (sum (quota), 0), coalesce (sum (days), 0),"
    " coalesce (sum (quota * days), 0), coalesce (sum (budget), 0), sum (allocated),"
    " sum (quota IS NOT NULL AND allocated < quota), sum (quota IS NOT NULL AND allocated > quota)"
    " FROM (SELECT nullif (trim (i.class_type), '') AS class_type, i.quota, i.days, i.budget,"
    "        (SELECT coalesce (sum (q.quota), 0) FROM plan_quota q WHERE q.plan_item_id = i.id)"
    "          AS allocated"
    "       FROM plan_item i WHERE i.plan_id = ?1)"
    " GROUP BY class_type";
  g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (PxPlanTotals));
  PxPlanTotals sum = { NULL };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  g_array_set_clear_func (list, (GDestroyNotify) px_plan_totals_clear);
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxPlanTotals t = { NULL };

      t.class_type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      t.n_items = sqlite3_column_int (stmt, 1);
      t.quota = sqlite3_column_int64 (stmt, 2);
      t.days = sqlite3_column_double (stmt, 3);
      t.trainee_days = sqlite3_column_double (stmt, 4);
      t.budget = sqlite3_column_double (stmt, 5);
      t.allocated = sqlite3_column_int64 (stmt, 6);
      t.n_under_allocated = sqlite3_column_int (stmt, 7);
      t.n_over_allocated = sqlite3_column_int (stmt, 8);
      add_totals (&sum, &t);
      g_array_append_val (list, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  g_array_sort (list, compare_totals);
  if (total != NULL)
    *total = sum;
  return g_steal_pointer (&list);
}

/* Allocations */

void
px_plan_allocation_clear (PxPlanAllocation *allocation)
{
  g_return_if_fail (allocation != NULL);
  g_clear_pointer (&allocation->plan_item_id, g_free);
  g_clear_pointer (&allocation->title, g_free);
  g_clear_pointer (&allocation->class_type, g_free);
}

PxAllocationState
px_plan_allocation_get_state (const PxPlanAllocation *allocation)
{
  g_return_val_if_fail (allocation != NULL, PX_ALLOCATION_NO_QUOTA);

  if (allocation->quota == PX_INT_UNSET)
    return PX_ALLOCATION_NO_QUOTA;
  if (allocation->allocated < allocation->quota)
    return PX_ALLOCATION_UNDER;
  if (allocation->allocated > allocation->quota)
    return PX_ALLOCATION_OVER;
  return PX_ALLOCATION_FULL;
}

#define ALLOCATION_COLUMNS \
  "SELECT i.id, i.title, i.class_type, i.quota," \
  " (SELECT coalesce (sum (q.quota), 0) FROM plan_quota q WHERE q.plan_item_id = i.id)," \
  " (SELECT count (*) FROM plan_quota q WHERE q.plan_item_id = i.id)" \
  " FROM plan_item i"

static void
read_allocation (sqlite3_stmt     *stmt,
                 PxPlanAllocation *allocation)
{
  allocation->plan_item_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  allocation->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  allocation->class_type = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  allocation->quota = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                      ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 3);
  allocation->allocated = sqlite3_column_int64 (stmt, 4);
  allocation->n_units = sqlite3_column_int (stmt, 5);
}

GArray *
px_plan_list_allocations (PxDatabase  *db,
                          const char  *plan_id,
                          GError     **error)
{
  static const char sql[] =
    ALLOCATION_COLUMNS " WHERE i.plan_id = ?1 ORDER BY i.month IS NULL, i.month, i.title, i.id";
  g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (PxPlanAllocation));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  g_array_set_clear_func (list, (GDestroyNotify) px_plan_allocation_clear);
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxPlanAllocation allocation = { NULL };

      read_allocation (stmt, &allocation);
      g_array_append_val (list, allocation);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
px_plan_item_get_allocation (PxDatabase        *db,
                             const char        *plan_item_id,
                             PxPlanAllocation  *allocation,
                             GError           **error)
{
  static const char sql[] = ALLOCATION_COLUMNS " WHERE i.id = ?1";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (plan_item_id != NULL, FALSE);
  g_return_val_if_fail (allocation != NULL, FALSE);

  memset (allocation, 0, sizeof *allocation);
  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, plan_item_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    read_allocation (stmt, allocation);
  else if (rc == SQLITE_DONE)
    g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                 _("The plan item is no longer there; it may have been deleted."));
  else
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}
