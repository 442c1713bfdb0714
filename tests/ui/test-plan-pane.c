/* test-plan-pane.c: the training plan pane driven through its actions, checked against what
 * core then holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "px-demo.h"
#include "px-list-pane.h"
#include "px-org-unit.h"
#include "px-plan-item.h"
#include "px-plan-pane.h"
#include "px-plan-quota.h"
#include "px-plan-summary.h"
#include "px-plan.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *window;
  PxPlanPane *pane;
  int year;              /* this year: the plan the pane opens on */
  char *plan_id;         /* this year's plan */
  char *old_plan_id;     /* last year's, with one item of its own */
  char *item_id;         /* 中青年干部培训班: quota 50, 30 places for unit 0 */
  char *quota_id;        /* unit 0's 30 places */
  char *unit_ids[3];
} Fixture;

/* Helpers */

static char *
add_unit (PxDatabase *db,
          const char *name)
{
  g_autoptr(PxOrgUnit) unit = px_org_unit_new ();
  g_autoptr(GError) error = NULL;

  unit->name = g_strdup (name);
  g_assert_true (px_org_unit_insert (db, unit, &error));
  g_assert_no_error (error);
  return g_strdup (unit->base.id);
}

static char *
add_plan (PxDatabase *db,
          int         year,
          const char *title)
{
  g_autoptr(PxPlan) plan = px_plan_new ();
  g_autoptr(GError) error = NULL;

  plan->year = year;
  plan->title = g_strdup (title);
  g_assert_true (px_plan_insert (db, plan, &error));
  g_assert_no_error (error);
  return g_strdup (plan->base.id);
}

static char *
add_item (PxDatabase *db,
          const char *plan_id,
          const char *title,
          const char *class_type,
          gint64      quota)
{
  g_autoptr(PxPlanItem) item = px_plan_item_new ();
  g_autoptr(GError) error = NULL;

  item->plan_id = g_strdup (plan_id);
  item->title = g_strdup (title);
  item->class_type = g_strdup (class_type);
  item->quota = quota;
  item->days = 20;
  item->month = 3;
  item->budget = 420000;
  g_assert_true (px_plan_item_insert (db, item, &error));
  g_assert_no_error (error);
  return g_strdup (item->base.id);
}

static PxListPane *
list_pane (Fixture *f)
{
  return px_plan_pane_get_list_pane (f->pane);
}

static void
wait_for_list (Fixture *f)
{
  px_ui_test_wait_for_model (px_list_pane_get_model (list_pane (f)));
}

static guint
n_rows (Fixture *f)
{
  wait_for_list (f);
  return g_list_model_get_n_items (G_LIST_MODEL (px_list_pane_get_model (list_pane (f))));
}

static gint64
count_where (Fixture    *f,
             const char *sql,
             const char *id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gint64
allocated (Fixture    *f,
           const char *item_id)
{
  return count_where (f, "SELECT coalesce (sum (quota), 0) FROM plan_quota "
                         "WHERE plan_item_id = ?1", item_id);
}

/* The totals, also while they are folded away for the item's form. */
static GtkWidget *
totals_grid (GtkWidget *pane)
{
  GtkWidget *expander = px_ui_test_find_type (pane, GTK_TYPE_EXPANDER);

  return px_ui_test_find_type (gtk_expander_get_child (GTK_EXPANDER (expander)), GTK_TYPE_GRID);
}

/* The text of the totals grid's cell, or NULL. */
static const char *
totals_cell (Fixture *f,
             int      column,
             int      row)
{
  GtkWidget *grid = totals_grid (GTK_WIDGET (f->pane));
  GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), column, row);

  return cell != NULL ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
}

/* Opens the form on the item with that id. */
static void
open_item (Fixture    *f,
           const char *item_id)
{
  PxRecordListModel *model = px_list_pane_get_model (list_pane (f));
  guint position;

  wait_for_list (f);
  position = px_record_list_model_find_key (model,
                                            px_record_list_model_key_for_id (model, item_id));
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  px_list_pane_select (list_pane (f), position);
  px_ui_test_iterate ();
  g_assert_nonnull (px_plan_pane_get_quota_group (f->pane));
}

/* Fixture: two plans, three units, one item with one unit's places */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PxPlanQuota) quota = px_plan_quota_new ();
  g_autofree char *old_item = NULL;

  f->dir = px_test_make_dir ();
  f->db = px_ui_test_open_database (f->dir, "plan.db");

  f->year = g_date_time_get_year (now);
  f->unit_ids[0] = add_unit (f->db, "中共嘉兴市委组织部");
  f->unit_ids[1] = add_unit (f->db, "嘉兴市财政局");
  f->unit_ids[2] = add_unit (f->db, "南湖区");
  f->old_plan_id = add_plan (f->db, f->year - 1, "去年的计划");
  old_item = add_item (f->db, f->old_plan_id, "去年的进修班", "主体班", 40);
  f->plan_id = add_plan (f->db, f->year, "今年的计划");
  f->item_id = add_item (f->db, f->plan_id, "中青年干部培训班", "主体班", 50);

  quota->plan_item_id = g_strdup (f->item_id);
  quota->unit_id = g_strdup (f->unit_ids[0]);
  quota->quota = 30;
  g_assert_true (px_plan_quota_insert (f->db, quota, &error));
  g_assert_no_error (error);
  f->quota_id = g_strdup (quota->base.id);

  f->pane = px_plan_pane_new (f->db);
  f->window = px_ui_test_show_with_toasts (GTK_WIDGET (f->pane), 1200, 800);
  wait_for_list (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* the list's worker may still hold its model for a moment, never the pane */
  px_ui_test_destroy_window (f->window, GTK_WIDGET (f->pane));
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan_id);
  g_free (f->old_plan_id);
  g_free (f->item_id);
  g_free (f->quota_id);
  for (guint i = 0; i < G_N_ELEMENTS (f->unit_ids); i++)
    g_free (f->unit_ids[i]);
}

/* Tests */

static void
test_shows_this_years_plan (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_cmpstr (px_plan_pane_get_plan_id (f->pane), ==, f->plan_id);
  g_assert_cmpuint (n_rows (f), ==, 1);   /* last year's item is not shown */

  /* totals: a heading row, the one type, no total line for one type */
  g_assert_cmpstr (totals_cell (f, 0, 1), ==, "主体班");
  g_assert_cmpstr (totals_cell (f, 1, 1), ==, "1");
  g_assert_cmpstr (totals_cell (f, 2, 1), ==, "50");
  g_assert_cmpstr (totals_cell (f, 3, 1), ==, "30");
  g_assert_cmpstr (totals_cell (f, 5, 1), ==, "1,000");     /* 50 × 20 trainee-days */
  g_assert_cmpstr (totals_cell (f, 6, 1), ==, "420,000");
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at
                                             (GTK_GRID (totals_grid (GTK_WIDGET (f->pane))),
                                              3, 1),
                                           "warning"));
  g_assert_null (totals_cell (f, 0, 2));

  /* the other plan, chosen */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.select-plan", "s", f->old_plan_id);
  g_assert_cmpstr (px_plan_pane_get_plan_id (f->pane), ==, f->old_plan_id);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpstr (totals_cell (f, 2, 1), ==, "40");
}

static void
test_new_item (Fixture       *f,
               gconstpointer  data)
{
  PxRecordEditor *editor = px_list_pane_get_editor (list_pane (f));
  const char *filters[] = { "plan_id", f->plan_id, "title", "乡村振兴专题培训班", NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  PxPlanItem *item;

  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.new-item", NULL);
  g_assert_true (px_record_editor_is_new (editor));
  g_assert_true (px_record_editor_set_value (editor, "title", "乡村振兴专题培训班"));
  g_assert_true (px_record_editor_set_value (editor, "class_type", "专题班"));
  g_assert_true (px_record_editor_set_value (editor, "audience_ranks", "乡科级正职、乡科级副职"));
  g_assert_true (px_record_editor_set_value (editor, "quota", "60"));
  g_assert_true (px_record_editor_set_value (editor, "days", "3"));
  g_assert_true (px_record_editor_set_value (editor, "month", "5"));
  g_assert_true (px_record_editor_set_value (editor, "budget", "75600"));
  gtk_widget_activate_action (GTK_WIDGET (list_pane (f)), "pane.save", NULL);
  g_assert_false (px_record_editor_is_new (editor));

  /* core holds it, in the plan shown */
  items = px_plan_item_list (f->db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->plan_id, ==, f->plan_id);
  g_assert_cmpstr (item->class_type, ==, "专题班");
  g_assert_cmpint (item->quota, ==, 60);
  g_assert_cmpint (item->month, ==, 5);
  g_assert_cmpfloat (item->days, ==, 3);
  g_assert_cmpfloat (item->budget, ==, 75600);

  /* the list and the totals follow */
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_cmpstr (totals_cell (f, 0, 2), ==, "专题班");
  g_assert_cmpstr (totals_cell (f, 2, 2), ==, "60");
  g_assert_cmpstr (totals_cell (f, 0, 3), ==, "Total");
  g_assert_cmpstr (totals_cell (f, 2, 3), ==, "110");
  g_assert_cmpstr (totals_cell (f, 6, 3), ==, "495,600");

  /* a new item's form now has the places by unit, with none given */
  g_assert_nonnull (px_plan_pane_get_quota_group (f->pane));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (px_ui_test_find_named
                                                    (px_plan_pane_get_quota_group (f->pane),
                                                     "allocation"))),
                   ==, "Allocated 0 of 60 places");
}

static void
test_unit_quotas (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *group, *row, *spin, *label;
  AdwToast *undo;

  open_item (f, f->item_id);
  group = px_plan_pane_get_quota_group (f->pane);
  label = px_ui_test_find_named (group, "allocation");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Allocated 30 of 50 places");
  g_assert_true (gtk_widget_has_css_class (label, "warning"));

  /* a second unit gets the 20 places left */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.add-quota", "(sx)", f->unit_ids[1],
                              (gint64) 20);
  g_assert_cmpint (allocated (f, f->item_id), ==, 50);
  group = px_plan_pane_get_quota_group (f->pane);
  label = px_ui_test_find_named (group, "allocation");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Allocated 50 of 50 places");
  g_assert_false (gtk_widget_has_css_class (label, "warning"));
  g_assert_cmpstr (totals_cell (f, 3, 1), ==, "50");

  /* a third unit would take the item over its quota: refused by core, said on the row */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.add-quota", "(sx)", f->unit_ids[2],
                              (gint64) 1);
  g_assert_cmpint (allocated (f, f->item_id), ==, 50);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_quota WHERE plan_item_id = ?1",
                                f->item_id), ==, 2);
  label = px_ui_test_find_named (group, "add-error");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "51 places"));
  g_assert_true (g_str_has_prefix (px_ui_test_last_toast_title (f->pane), "Not given: "));

  /* raising a unit's places past the quota is refused, and the spin shows what is stored */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.set-quota", "(sx)", f->quota_id,
                              (gint64) 31);
  g_assert_cmpint (allocated (f, f->item_id), ==, 50);
  row = px_ui_test_find_named (group, f->quota_id);
  spin = px_ui_test_find_type (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 30);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "quota of 50"));

  /* typed into the spin, as a person would: fewer places pass */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 25);
  g_assert_cmpint (allocated (f, f->item_id), ==, 45);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (px_ui_test_find_named (group, "allocation"))), ==,
                   "Allocated 45 of 50 places");
  g_assert_cmpstr (totals_cell (f, 3, 1), ==, "45");

  /* taken back, and given again by the toast's Undo */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.remove-quota", "s", f->quota_id);
  g_assert_cmpint (allocated (f, f->item_id), ==, 20);
  g_assert_null (px_ui_test_find_named (px_plan_pane_get_quota_group (f->pane), f->quota_id));
  undo = px_ui_test_get_last_toast (f->pane);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "button-clicked");
  g_assert_cmpint (allocated (f, f->item_id), ==, 45);
  g_assert_nonnull (px_ui_test_find_named (px_plan_pane_get_quota_group (f->pane), f->quota_id));
}

static void
test_delete_item_and_undo (Fixture       *f,
                           gconstpointer  data)
{
  const char *count_sql = "SELECT count (*) FROM plan_quota WHERE plan_item_id = ?1";
  AdwToast *undo;

  open_item (f, f->item_id);
  g_assert_cmpint (count_where (f, count_sql, f->item_id), ==, 1);

  /* the item goes, and its unit quotas with it */
  gtk_widget_activate_action (GTK_WIDGET (list_pane (f)), "pane.delete", NULL);
  wait_for_list (f);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_item WHERE id = ?1",
                                f->item_id), ==, 0);
  g_assert_cmpint (count_where (f, count_sql, f->item_id), ==, 0);

  /* Undo brings back both */
  undo = px_ui_test_get_last_toast (list_pane (f));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "button-clicked");
  wait_for_list (f);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_item WHERE id = ?1",
                                f->item_id), ==, 1);
  g_assert_cmpint (count_where (f, count_sql, f->item_id), ==, 1);
  g_assert_cmpint (allocated (f, f->item_id), ==, 30);
}

static void
test_item_quota_below_units (Fixture       *f,
                             gconstpointer  data)
{
  PxRecordEditor *editor = px_list_pane_get_editor (list_pane (f));
  g_autoptr(PxPlanItem) item = NULL;

  open_item (f, f->item_id);
  g_assert_true (px_record_editor_set_value (editor, "quota", "20"));
  gtk_widget_activate_action (GTK_WIDGET (list_pane (f)), "pane.save", NULL);

  /* refused on the quota's row; core keeps 50 */
  g_assert_true (gtk_widget_has_css_class (px_record_editor_get_row (editor, "quota"), "error"));
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (list_pane (f)), "30 places"));
  item = px_plan_item_get (f->db, f->item_id, NULL);
  g_assert_cmpint (item->quota, ==, 50);

  g_assert_true (px_record_editor_set_value (editor, "quota", "30"));
  gtk_widget_activate_action (GTK_WIDGET (list_pane (f)), "pane.save", NULL);
  g_clear_pointer (&item, px_plan_item_free);
  item = px_plan_item_get (f->db, f->item_id, NULL);
  g_assert_cmpint (item->quota, ==, 30);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (px_ui_test_find_named
                                                    (px_plan_pane_get_quota_group (f->pane),
                                                     "allocation"))),
                   ==, "Allocated 30 of 30 places");
}

static void
test_new_plan (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *dialog, *title, *year;
  g_autoptr(GPtrArray) plans = NULL;
  const char *filters[] = { "year", "2031", NULL };
  PxQuery query = { .filters = filters };

  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.new-plan", NULL);
  dialog = px_plan_pane_get_dialog (f->pane);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  year = px_ui_test_find_named (dialog, "year");
  title = px_ui_test_find_named (dialog, "title");

  /* the year after the newest plan, with the usual title */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (year)), ==, f->year + 1);
  g_assert_nonnull (strstr (gtk_editable_get_text (GTK_EDITABLE (title)),
                            "Cadre Education and Training Plan"));

  /* no title, no answer */
  gtk_editable_set_text (GTK_EDITABLE (title), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (year), 2031);
  gtk_editable_set_text (GTK_EDITABLE (title), "2031年度干部教育培训计划");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  px_ui_test_iterate ();

  plans = px_plan_list (f->db, &query, NULL);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpstr (((PxPlan *) g_ptr_array_index (plans, 0))->title, ==,
                   "2031年度干部教育培训计划");
  g_assert_cmpstr (((PxPlan *) g_ptr_array_index (plans, 0))->status, ==, "draft");
  g_assert_cmpstr (px_plan_pane_get_plan_id (f->pane), ==,
                   ((PxPlan *) g_ptr_array_index (plans, 0))->base.id);
  g_assert_cmpuint (n_rows (f), ==, 0);

  /* its items are given that plan */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.new-item", NULL);
  px_record_editor_set_value (px_list_pane_get_editor (list_pane (f)), "title", "新计划的班");
  gtk_widget_activate_action (GTK_WIDGET (list_pane (f)), "pane.save", NULL);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_item WHERE plan_id = ?1",
                                px_plan_pane_get_plan_id (f->pane)), ==, 1);
  g_assert_cmpuint (n_rows (f), ==, 1);
}

static void
test_status_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *dialog;
  g_autoptr(PxPlan) plan = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.set-status", "s", "approved");
  plan = px_plan_get (f->db, f->plan_id, NULL);
  g_assert_cmpstr (plan->status, ==, "approved");

  /* Cancel keeps it */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.delete-plan", NULL);
  dialog = px_plan_pane_get_dialog (f->pane);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan WHERE id = ?1", f->plan_id), ==,
                   1);

  /* Delete takes its items and their places with it, and shows the plan left */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.delete-plan", NULL);
  dialog = px_plan_pane_get_dialog (f->pane);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan WHERE id = ?1", f->plan_id), ==,
                   0);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_item WHERE plan_id = ?1",
                                f->plan_id), ==, 0);
  g_assert_cmpint (count_where (f, "SELECT count (*) FROM plan_quota WHERE plan_item_id = ?1",
                                f->item_id), ==, 0);
  g_assert_cmpstr (px_plan_pane_get_plan_id (f->pane), ==, f->old_plan_id);
  g_assert_cmpuint (n_rows (f), ==, 1);

  /* the last one: the empty page, and no plan actions but New Plan */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.delete-plan", NULL);
  dialog = px_plan_pane_get_dialog (f->pane);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (px_plan_pane_get_plan_id (f->pane));
  g_assert_cmpstr (gtk_stack_get_visible_child_name
                     (GTK_STACK (px_ui_test_find_type (GTK_WIDGET (f->pane), GTK_TYPE_STACK))),
                   ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "plan.new-item", NULL);
  px_ui_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (px_list_pane_get_editor (list_pane (f)))));
}

/* The sample data: every plan shows its items, and its places all given. */
static void
test_sample_data (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (path, &error);
  GtkWidget *window = gtk_window_new ();
  PxPlanPane *pane;
  PxRecordListModel *model;
  GtkWidget *grid;
  GtkWidget *weak;

  g_assert_no_error (error);
  g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
  pane = px_plan_pane_new (db);
  weak = GTK_WIDGET (pane);
  g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *) &weak);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (window));
  model = px_list_pane_get_model (px_plan_pane_get_list_pane (pane));
  px_ui_test_wait_for_model (model);
  g_assert_nonnull (px_plan_pane_get_plan_id (pane));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);

  /* the total line: every place given */
  grid = totals_grid (GTK_WIDGET (pane));
  for (int row = 1; gtk_grid_get_child_at (GTK_GRID (grid), 0, row) != NULL; row++)
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2,
                                                                           row))), ==,
                     gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 3,
                                                                           row))));

  px_list_pane_select (px_plan_pane_get_list_pane (pane), 0);
  px_ui_test_iterate ();
  g_assert_nonnull (px_plan_pane_get_quota_group (pane));

  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
  g_assert_null (weak);
  g_clear_object (&db);
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/plan/shows-this-years-plan", test_shows_this_years_plan);
  ADD ("/ui/plan/new-item", test_new_item);
  ADD ("/ui/plan/unit-quotas", test_unit_quotas);
  ADD ("/ui/plan/item-quota-below-units", test_item_quota_below_units);
  ADD ("/ui/plan/delete-item-and-undo", test_delete_item_and_undo);
  ADD ("/ui/plan/new-plan", test_new_plan);
  ADD ("/ui/plan/status-and-delete", test_status_and_delete);
#undef ADD
  g_test_add_func ("/ui/plan/sample-data", test_sample_data);

  return g_test_run ();
}
