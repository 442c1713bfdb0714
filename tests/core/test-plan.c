/* test-plan.c: a year's plan: unit quotas kept within their item's quota, totals per class
 * type, and how far each item's places are shared out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-demo.h"
#include "px-org-unit.h"
#include "px-plan-item.h"
#include "px-plan-quota.h"
#include "px-plan-summary.h"
#include "px-plan.h"
#include "px-test-util.h"
#include "px-validation-error.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *plan_id;
  char *unit_ids[3];
} Fixture;

static char *
add_unit (PxDatabase *db,
          const char *name)
{
  g_autoptr(PxOrgUnit) unit = px_org_unit_new ();
  g_autoptr(GError) error = NULL;

  unit->name = g_strdup (name);
  px_org_unit_insert (db, unit, &error);
  g_assert_no_error (error);
  return g_strdup (unit->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PxPlan) plan = px_plan_new ();

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "plan.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  plan->year = 2026;
  plan->title = g_strdup ("2026年度干部教育培训计划");
  px_plan_insert (f->db, plan, &error);
  g_assert_no_error (error);
  f->plan_id = g_strdup (plan->base.id);

  f->unit_ids[0] = add_unit (f->db, "中共嘉兴市委组织部");
  f->unit_ids[1] = add_unit (f->db, "嘉兴市财政局");
  f->unit_ids[2] = add_unit (f->db, "南湖区");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan_id);
  for (guint i = 0; i < G_N_ELEMENTS (f->unit_ids); i++)
    g_free (f->unit_ids[i]);
}

/* Inserts an item of the fixture's plan; quota, days, budget < 0 leave them unset. */
static char *
add_item (Fixture    *f,
          const char *title,
          const char *class_type,
          gint64      quota,
          double      days,
          double      budget)
{
  g_autoptr(PxPlanItem) item = px_plan_item_new ();
  g_autoptr(GError) error = NULL;

  item->plan_id = g_strdup (f->plan_id);
  item->title = g_strdup (title);
  item->class_type = g_strdup (class_type);
  item->quota = quota >= 0 ? quota : PX_INT_UNSET;
  item->days = days >= 0 ? days : NAN;
  item->month = PX_INT_UNSET;
  item->budget = budget >= 0 ? budget : NAN;
  px_plan_item_insert (f->db, item, &error);
  g_assert_no_error (error);
  return g_strdup (item->base.id);
}

/* Gives a unit places of an item; the error, if core refuses, in *error. */
static char *
give_places (Fixture     *f,
             const char  *item_id,
             const char  *unit_id,
             gint64       places,
             GError     **error)
{
  g_autoptr(PxPlanQuota) quota = px_plan_quota_new ();

  quota->plan_item_id = g_strdup (item_id);
  quota->unit_id = g_strdup (unit_id);
  quota->quota = places;
  if (!px_plan_quota_insert (f->db, quota, error))
    return NULL;
  return g_strdup (quota->base.id);
}

static gint64
allocated (Fixture    *f,
           const char *item_id)
{
  PxPlanAllocation a;
  g_autoptr(GError) error = NULL;
  gint64 n;

  g_assert_true (px_plan_item_get_allocation (f->db, item_id, &a, &error));
  g_assert_no_error (error);
  n = a.allocated;
  px_plan_allocation_clear (&a);
  return n;
}

static void
assert_quota_error (const GError *error,
                    const char   *first,
                    const char   *second)
{
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INCONSISTENT);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "quota");
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, first));
  g_assert_nonnull (strstr (error->message, second));
  g_assert_true (g_str_has_suffix (error->message, "."));
}

/* Unit quotas */

static void
test_quota_within_item (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *item_id = add_item (f, "中青年干部培训班", "主体班", 50, 20, 420000);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPlanQuota) row = NULL;

  a = give_places (f, item_id, f->unit_ids[0], 30, &error);
  g_assert_no_error (error);
  g_assert_cmpint (allocated (f, item_id), ==, 30);

  /* 30 + 25 = 55 > 50: refused, nothing written */
  b = give_places (f, item_id, f->unit_ids[1], 25, &error);
  g_assert_null (b);
  assert_quota_error (error, "55 places", "quota of 50");
  g_assert_nonnull (strstr (error->message, "at most 20"));
  g_assert_cmpstr (error->message, ==, "The units would get 55 places, more than the item's "
                   "quota of 50; this unit can have at most 20.");
  g_clear_error (&error);
  g_assert_cmpint (allocated (f, item_id), ==, 30);

  /* exactly the quota is fine */
  b = give_places (f, item_id, f->unit_ids[1], 20, &error);
  g_assert_no_error (error);
  g_assert_cmpint (allocated (f, item_id), ==, 50);

  /* a third unit when all places are given */
  c = give_places (f, item_id, f->unit_ids[2], 1, &error);
  g_assert_null (c);
  assert_quota_error (error, "51 places", "quota of 50");
  g_assert_nonnull (strstr (error->message, "already have all of them"));
  g_clear_error (&error);

  /* a unit's own places count once when it is changed */
  row = px_plan_quota_get (f->db, a, &error);
  g_assert_no_error (error);
  row->quota = 31;
  g_assert_false (px_plan_quota_update (f->db, row, NULL, &error));
  assert_quota_error (error, "51 places", "quota of 50");
  g_clear_error (&error);
  row->quota = 25;
  g_assert_true (px_plan_quota_update (f->db, row, NULL, &error));
  g_assert_no_error (error);
  row->quota = 30;
  g_assert_true (px_plan_quota_update (f->db, row, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (allocated (f, item_id), ==, 50);
}

static void
test_quota_moved_between_items (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *full = add_item (f, "乡村振兴专题培训班", "专题班", 10, 3, -1);
  g_autofree char *other = add_item (f, "基层治理能力提升专题班", "专题班", 40, 3, -1);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(PxPlanQuota) row = NULL;
  g_autoptr(GError) error = NULL;

  a = give_places (f, full, f->unit_ids[0], 10, &error);
  g_assert_no_error (error);
  b = give_places (f, other, f->unit_ids[1], 8, &error);
  g_assert_no_error (error);

  /* moving 8 places into an item that has none left counts them there */
  row = px_plan_quota_get (f->db, b, &error);
  g_assert_no_error (error);
  g_free (row->plan_item_id);
  row->plan_item_id = g_strdup (full);
  g_assert_false (px_plan_quota_update (f->db, row, NULL, &error));
  assert_quota_error (error, "18 places", "quota of 10");
}

static void
test_quota_without_item_quota (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *item_id = add_item (f, "网络专题班", "网络专题班", -1, 5, -1);
  g_autofree char *a = NULL;
  g_autoptr(PxPlanItem) item = NULL;
  g_autoptr(GError) error = NULL;

  /* an item without a quota caps nothing */
  a = give_places (f, item_id, f->unit_ids[0], 120, &error);
  g_assert_no_error (error);

  /* and cannot then get a quota below what the units have */
  item = px_plan_item_get (f->db, item_id, &error);
  g_assert_no_error (error);
  item->quota = 100;
  g_assert_false (px_plan_item_update (f->db, item, NULL, &error));
  assert_quota_error (error, "120 places", "quota of 100");
  g_clear_error (&error);
  item->quota = 120;
  g_assert_true (px_plan_item_update (f->db, item, NULL, &error));
  g_assert_no_error (error);
}

/* Item quotas */

static void
test_item_quota_not_below_units (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *item_id = add_item (f, "县处级领导干部进修班", "主体班", 50, 15, 315000);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(PxPlanItem) item = NULL;
  gboolean changed = FALSE;
  g_autoptr(GError) error = NULL;

  a = give_places (f, item_id, f->unit_ids[0], 25, &error);
  g_assert_no_error (error);
  b = give_places (f, item_id, f->unit_ids[1], 20, &error);
  g_assert_no_error (error);

  item = px_plan_item_get (f->db, item_id, &error);
  g_assert_no_error (error);
  item->quota = 40;
  g_assert_false (px_plan_item_update (f->db, item, &changed, &error));
  assert_quota_error (error, "45 places", "quota of 40");
  g_assert_cmpstr (error->message, ==, "The units already have 45 places of this item, more "
                   "than a quota of 40. Take places back from the units first.");
  g_clear_error (&error);

  /* down to what the units have, up again, and other fields, all pass */
  item->quota = 45;
  g_assert_true (px_plan_item_update (f->db, item, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  item->quota = 60;
  g_free (item->title);
  item->title = g_strdup ("县处级领导干部进修班（第一期）");
  g_assert_true (px_plan_item_update (f->db, item, &changed, &error));
  g_assert_no_error (error);

  /* clearing the quota takes the cap away */
  item->quota = PX_INT_UNSET;
  g_assert_true (px_plan_item_update (f->db, item, &changed, &error));
  g_assert_no_error (error);
}

/* Data written around the checks (an old import, a copy from elsewhere) can be mended. */
static void
test_over_allocated_can_be_mended (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *item_id = add_item (f, "党务干部能力提升专题班", "专题班", 20, 3, 25200);
  g_autofree char *a = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PxPlanQuota) row = NULL;
  g_autoptr(PxPlanItem) item = NULL;
  g_autoptr(GError) error = NULL;

  a = give_places (f, item_id, f->unit_ids[0], 20, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE plan_quota SET quota = 30 WHERE id = '%s'", a);
  g_assert_true (px_database_exec (f->db, sql, &error));
  g_assert_no_error (error);

  /* the item may still be edited when its quota stays as it is */
  item = px_plan_item_get (f->db, item_id, &error);
  g_assert_no_error (error);
  item->days = 4;
  g_assert_true (px_plan_item_update (f->db, item, NULL, &error));
  g_assert_no_error (error);
  item->quota = 10;
  g_assert_false (px_plan_item_update (f->db, item, NULL, &error));
  assert_quota_error (error, "30 places", "quota of 10");
  g_clear_error (&error);

  /* fewer places for the unit pass, more are refused */
  row = px_plan_quota_get (f->db, a, &error);
  g_assert_no_error (error);
  row->quota = 31;
  g_assert_false (px_plan_quota_update (f->db, row, NULL, &error));
  assert_quota_error (error, "31 places", "quota of 20");
  g_clear_error (&error);
  row->quota = 25;
  g_assert_true (px_plan_quota_update (f->db, row, NULL, &error));
  g_assert_no_error (error);
}

/* Totals */

static const PxPlanTotals *
find_type (GArray     *totals,
           const char *class_type)
{
  for (guint i = 0; i < totals->len; i++)
    {
      const PxPlanTotals *t = &g_array_index (totals, PxPlanTotals, i);

      if (g_strcmp0 (t->class_type, class_type) == 0)
        return t;
    }
  return NULL;
}

static void
test_totals_by_type (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *main1 = add_item (f, "中青年干部培训班", "主体班", 50, 20, 420000);
  g_autofree char *main2 = add_item (f, "县处级领导干部进修班", "主体班", 40, 15, 252000);
  g_autofree char *topic = add_item (f, "乡村振兴专题培训班", "专题班", 60, 3, 75600);
  g_autofree char *local = add_item (f, "青年干部读书班", "读书班", 30, 2.5, -1);
  g_autofree char *untyped = add_item (f, "待定", NULL, -1, 2, 1000);
  g_autofree char *q1 = NULL, *q2 = NULL, *q3 = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GArray) allocations = NULL;
  g_autoptr(GError) error = NULL;
  PxPlanTotals total;
  const PxPlanTotals *t;

  q1 = give_places (f, main1, f->unit_ids[0], 30, &error);
  q2 = give_places (f, main1, f->unit_ids[1], 20, &error);
  q3 = give_places (f, topic, f->unit_ids[2], 45, &error);
  g_assert_no_error (error);

  totals = px_plan_totals_by_type (f->db, f->plan_id, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 4);

  /* the known types in their order, then the others, then no type */
  g_assert_cmpstr (g_array_index (totals, PxPlanTotals, 0).class_type, ==, "主体班");
  g_assert_cmpstr (g_array_index (totals, PxPlanTotals, 1).class_type, ==, "专题班");
  g_assert_cmpstr (g_array_index (totals, PxPlanTotals, 2).class_type, ==, "读书班");
  g_assert_null (g_array_index (totals, PxPlanTotals, 3).class_type);

  t = find_type (totals, "主体班");
  g_assert_cmpuint (t->n_items, ==, 2);
  g_assert_cmpint (t->quota, ==, 90);
  g_assert_cmpint (t->allocated, ==, 50);
  g_assert_cmpfloat (t->days, ==, 35);
  g_assert_cmpfloat (t->trainee_days, ==, 50 * 20 + 40 * 15);
  g_assert_cmpfloat (t->budget, ==, 672000);
  g_assert_cmpuint (t->n_under_allocated, ==, 1);   /* 县处级 has no unit yet */

  t = find_type (totals, "专题班");
  g_assert_cmpint (t->allocated, ==, 45);
  g_assert_cmpuint (t->n_under_allocated, ==, 1);

  t = find_type (totals, "读书班");
  g_assert_cmpfloat (t->trainee_days, ==, 75);
  g_assert_cmpfloat (t->budget, ==, 0);

  t = find_type (totals, NULL);
  g_assert_cmpuint (t->n_items, ==, 1);
  g_assert_cmpint (t->quota, ==, 0);
  g_assert_cmpfloat (t->trainee_days, ==, 0);   /* no quota, no trainee-days */
  g_assert_cmpuint (t->n_under_allocated, ==, 0);

  g_assert_null (total.class_type);
  g_assert_cmpuint (total.n_items, ==, 5);
  g_assert_cmpint (total.quota, ==, 180);
  g_assert_cmpint (total.allocated, ==, 95);
  g_assert_cmpfloat (total.days, ==, 42.5);
  g_assert_cmpfloat (total.trainee_days, ==, 1000 + 600 + 180 + 75);
  g_assert_cmpfloat (total.budget, ==, 420000 + 252000 + 75600 + 1000);
  g_assert_cmpuint (total.n_under_allocated, ==, 3);
  g_assert_cmpuint (total.n_over_allocated, ==, 0);
  px_plan_totals_clear (&total);

  allocations = px_plan_list_allocations (f->db, f->plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (allocations->len, ==, 5);
  for (guint i = 0; i < allocations->len; i++)
    {
      const PxPlanAllocation *a = &g_array_index (allocations, PxPlanAllocation, i);
      PxAllocationState state = px_plan_allocation_get_state (a);

      if (g_str_equal (a->plan_item_id, main1))
        {
          g_assert_cmpint (state, ==, PX_ALLOCATION_FULL);
          g_assert_cmpuint (a->n_units, ==, 2);
        }
      else if (g_str_equal (a->plan_item_id, untyped))
        g_assert_cmpint (state, ==, PX_ALLOCATION_NO_QUOTA);
      else
        g_assert_cmpint (state, ==, PX_ALLOCATION_UNDER);
    }

  /* another plan's items do not count; an empty plan adds up to nothing */
  {
    g_autoptr(PxPlan) other = px_plan_new ();
    g_autoptr(GArray) none = NULL;

    other->year = 2027;
    other->title = g_strdup ("2027年度干部教育培训计划");
    px_plan_insert (f->db, other, &error);
    g_assert_no_error (error);
    none = px_plan_totals_by_type (f->db, other->base.id, &total, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (total.n_items, ==, 0);
    px_plan_totals_clear (&total);
  }
}

/* The sample data's plans: every item's places are shared out in full. */
static void
test_demo_plans (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (path, &error);
  g_autoptr(GPtrArray) plans = NULL;
  PxQuery query = { .sort = "year" };

  g_assert_no_error (error);
  g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  plans = px_plan_list (db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, >=, 2);
  for (guint i = 0; i < plans->len; i++)
    {
      PxPlan *plan = g_ptr_array_index (plans, i);
      g_autoptr(GArray) totals = NULL;
      g_autoptr(GArray) allocations = NULL;
      PxPlanTotals total;
      gint64 quota = 0;
      guint n_items = 0;

      totals = px_plan_totals_by_type (db, plan->base.id, &total, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (totals->len, >, 0);
      for (guint j = 0; j < totals->len; j++)
        {
          quota += g_array_index (totals, PxPlanTotals, j).quota;
          n_items += g_array_index (totals, PxPlanTotals, j).n_items;
        }
      g_assert_cmpint (quota, ==, total.quota);
      g_assert_cmpuint (n_items, ==, total.n_items);
      g_assert_cmpint (total.allocated, ==, total.quota);
      g_assert_cmpuint (total.n_under_allocated, ==, 0);
      g_assert_cmpfloat (total.budget, >, 0);

      allocations = px_plan_list_allocations (db, plan->base.id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (allocations->len, ==, total.n_items);
      for (guint j = 0; j < allocations->len; j++)
        g_assert_cmpint (px_plan_allocation_get_state (&g_array_index (allocations,
                                                                       PxPlanAllocation, j)),
                         ==, PX_ALLOCATION_FULL);
      px_plan_totals_clear (&total);
    }
  g_clear_object (&db);
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/plan/quota/within-item", test_quota_within_item);
  ADD ("/core/plan/quota/moved-between-items", test_quota_moved_between_items);
  ADD ("/core/plan/quota/without-item-quota", test_quota_without_item_quota);
  ADD ("/core/plan/item/quota-not-below-units", test_item_quota_not_below_units);
  ADD ("/core/plan/item/over-allocated-mended", test_over_allocated_can_be_mended);
  ADD ("/core/plan/totals/by-type", test_totals_by_type);
#undef ADD
  g_test_add_func ("/core/plan/demo", test_demo_plans);

  return g_test_run ();
}
