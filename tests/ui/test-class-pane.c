/* test-class-pane.c: the classes pane and a class's roster, driven through their actions and
 * checked against what core then holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "px-class-pane.h"
#include "px-class-roster-view.h"
#include "px-cadre.h"
#include "px-class-trainees.h"
#include "px-demo.h"
#include "px-enrollment.h"
#include "px-import-dialog.h"
#include "px-list-pane.h"
#include "px-plan-item.h"
#include "px-plan.h"
#include "px-record-item.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-trainee-picker.h"
#include "px-training-class.h"
#include "px-ui-test-util.h"

/* The sample data, made once and copied for each test. */
static char *sample_path;

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *window;
  PxClassPane *pane;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "sample.db", NULL);
  g_assert_true (g_file_get_contents (sample_path, &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);

  f->pane = px_class_pane_new (f->db);
  f->window = px_ui_test_show_with_toasts (GTK_WIDGET (f->pane), 1200, 760);
  px_ui_test_wait_for_model (px_list_pane_get_model (px_class_pane_get_list_pane (f->pane)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  px_ui_test_iterate ();
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Helpers */

static char *
class_id_by_code (PxDatabase *db,
                  const char *code)
{
  const char *filters[] = { "code", code, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) found = px_training_class_list (db, &query, NULL);

  if (found == NULL || found->len == 0)
    return NULL;
  return g_strdup (((PxRecord *) g_ptr_array_index (found, 0))->id);
}

/* A class of the sample with no trainees and no plan item, with capacity places. */
static char *
add_empty_class (Fixture    *f,
                 const char *code,
                 gint64      capacity)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("测试班");
  c->start_date = g_strdup ("2030-03-04");
  c->end_date = g_strdup ("2030-03-08");
  c->capacity = capacity;
  g_assert_true (px_training_class_insert (f->db, c, &error));
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

/* Cadres of the sample that are in no class yet: the first n by name. */
static GStrv
free_cadres (Fixture *f,
             guint    n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = px_database_prepare (f->db,
    "SELECT id FROM cadre WHERE id NOT IN (SELECT cadre_id FROM enrollment) "
    "ORDER BY name LIMIT ?1", NULL);

  sqlite3_bind_int (stmt, 1, (int) n);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (builder);
}

static PxClassRosterView *
open_roster (Fixture    *f,
             const char *class_id)
{
  px_class_pane_open_class (f->pane, class_id);
  px_class_pane_show_tab (f->pane, "roster");
  px_ui_test_iterate ();
  return PX_CLASS_ROSTER_VIEW (px_class_pane_get_tab (f->pane, "roster"));
}

static PxEnrollment *
enrollment_of (Fixture    *f,
               const char *class_id,
               const char *cadre_id)
{
  const char *filters[] = { "class_id", class_id, "cadre_id", cadre_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) found = px_enrollment_list (f->db, &query, NULL);

  if (found == NULL || found->len == 0)
    return NULL;
  return g_ptr_array_steal_index (found, 0);
}

/* Whether the cadre is enrolled in the class (in any status). */
static gboolean
is_enrolled (Fixture    *f,
             const char *class_id,
             const char *cadre_id)
{
  g_autoptr(PxEnrollment) e = enrollment_of (f, class_id, cadre_id);

  return e != NULL;
}

/* The dialog a class pane action opened: the newest modal window over ours. */
static GtkWindow *
find_dialog (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WINDOW (f->window) && g_object_get_data (G_OBJECT (window), "dialog")
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = window;
    }
  return found;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The entry row titled title, or NULL. */
static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  return px_ui_test_find (widget, is_entry_row_titled, title);
}

/* Tests */

static gboolean
filter_2025 (gpointer data)
{
  return px_list_pane_set_filter (data, 0, "2025");
}

/* The list has the sample's classes, a year filter with the years they start in, and opening
 * one shows its page with the summary line and its roster. */
static void
test_list_and_open (Fixture       *f,
                    gconstpointer  data)
{
  PxListPane *list = px_class_pane_get_list_pane (f->pane);
  PxRecordListModel *model = px_list_pane_get_model (list);
  guint all = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_autoptr(PxTrainingClass) first = NULL;
  g_autoptr(GObject) item = NULL;
  PxClassRosterView *roster;
  g_auto(GStrv) shown = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;

  g_assert_cmpuint (all, >, 10);
  px_ui_test_save_png_in (f->window, "class", "list.png");

  /* newest first */
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  first = px_training_class_get (f->db, px_record_item_get_id (PX_RECORD_ITEM (item)), NULL);
  {
    sqlite3_stmt *stmt = px_database_prepare (f->db, "SELECT max (start_date) FROM class", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr (first->start_date, ==, (const char *) sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
  }

  /* a year: only the classes that start in it (the years are read a moment after the rows) */
  px_ui_test_wait_until (filter_2025, list);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(PxTrainingClass) c = px_training_class_get (f->db,
        px_record_item_get_id (PX_RECORD_ITEM (row)), NULL);

      g_assert_true (g_str_has_prefix (c->start_date, "2025-"));
    }
  /* a status */
  g_assert_true (px_list_pane_set_filter (list, 0, NULL));
  g_assert_true (px_list_pane_set_filter (list, 1, "finished"));
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  g_assert_true (px_list_pane_set_filter (list, 1, NULL));
  px_ui_test_wait_for_model (model);

  /* the form's Open Class */
  px_list_pane_select (list, 0);
  px_ui_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (list), "classes.open", NULL);
  g_assert_cmpstr (px_class_pane_get_class_id (f->pane), ==, first->base.id);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->pane), first->code));

  roster = open_roster (f, first->base.id);
  g_assert_nonnull (roster);
  trainees = px_class_trainees_get (f->db, first->base.id, NULL);
  shown = px_class_roster_view_get_shown (roster);
  g_assert_cmpuint (g_strv_length (shown), ==, trainees->trainees->len);

  /* back to the list */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "classes.back", NULL);
  g_assert_null (px_class_pane_get_class_id (f->pane));
}

/* A class made from a plan item takes its type, places and days; a used code is refused in
 * the dialog, which stays open until it is put right. */
static void
test_new_from_plan (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PxTrainingClass) made = NULL;
  g_autoptr(PxPlanItem) item = NULL;
  g_autofree char *id = NULL;
  GtkWindow *dialog;
  GtkWidget *code_row, *start_row;
  const char *item_id;

  gtk_widget_activate_action (GTK_WIDGET (f->pane), "classes.new-from-plan", NULL);
  px_ui_test_iterate ();
  dialog = find_dialog (f);
  g_assert_nonnull (dialog);
  px_ui_test_save_png_in (GTK_WIDGET (dialog), "class", "new-from-plan.png");
  code_row = find_entry_row (GTK_WIDGET (dialog), "Code");
  start_row = find_entry_row (GTK_WIDGET (dialog), "Start date (2026-03-02)");
  g_assert_nonnull (code_row);
  /* a suggested code, not used yet */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_row)), !=, "");
  id = class_id_by_code (f->db, gtk_editable_get_text (GTK_EDITABLE (code_row)));
  g_assert_null (id);

  /* a code another class has */
  {
    sqlite3_stmt *stmt = px_database_prepare (f->db, "SELECT code FROM class LIMIT 1", NULL);
    g_autofree char *used = NULL;

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    used = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
    gtk_editable_set_text (GTK_EDITABLE (code_row), used);
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_has_css_class (code_row, "error"));

  /* put right: a free code and a date written the Chinese way */
  gtk_editable_set_text (GTK_EDITABLE (code_row), "2030-TEST-01");
  gtk_editable_set_text (GTK_EDITABLE (start_row), "2030年3月4日");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  px_ui_test_iterate ();

  g_clear_pointer (&id, g_free);
  id = class_id_by_code (f->db, "2030-TEST-01");
  g_assert_nonnull (id);
  made = px_training_class_get (f->db, id, NULL);
  g_assert_cmpstr (made->start_date, ==, "2030-03-04");
  item_id = made->plan_item_id;
  g_assert_nonnull (item_id);
  item = px_plan_item_get (f->db, item_id, NULL);
  g_assert_cmpint (made->capacity, ==, item->quota);
  g_assert_cmpstr (made->class_type, ==, item->class_type);
  if (!isnan (item->days))
    g_assert_cmpfloat (made->required_hours, ==, item->days * 6);
  /* and the pane shows it */
  g_assert_cmpstr (px_class_pane_get_class_id (f->pane), ==, id);
}

/* A copy has the class's fields and timetable on the new dates, and no trainees. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  sqlite3_stmt *stmt = px_database_prepare (f->db,
    "SELECT c.id FROM class c WHERE EXISTS (SELECT 1 FROM session s WHERE s.class_id = c.id) "
    "ORDER BY c.start_date LIMIT 1", NULL);
  g_autofree char *source_id = NULL;
  g_autofree char *copy_id = NULL;
  g_autoptr(PxTrainingClass) source = NULL;
  g_autoptr(PxTrainingClass) copy = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  const char *filters[] = { "class_id", NULL, NULL };
  PxQuery query = { .filters = filters };
  GtkWindow *dialog;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  source_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  source = px_training_class_get (f->db, source_id, NULL);

  px_class_pane_open_class (f->pane, source_id);
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "classes.copy", NULL);
  px_ui_test_iterate ();
  dialog = find_dialog (f);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), "Code")),
                         "2031-COPY-01");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog),
                                                       "Start date (2026-03-02)")),
                         "2031-03-03");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  px_ui_test_iterate ();

  copy_id = class_id_by_code (f->db, "2031-COPY-01");
  g_assert_nonnull (copy_id);
  copy = px_training_class_get (f->db, copy_id, NULL);
  g_assert_cmpstr (copy->start_date, ==, "2031-03-03");
  g_assert_cmpstr (copy->title, ==, source->title);
  g_assert_cmpstr (copy->status, ==, "planning");
  filters[1] = source_id;
  g_assert_cmpint (px_session_count (f->db, &query, NULL), >, 0);
  {
    gint64 n_source = px_session_count (f->db, &query, NULL);

    filters[1] = copy_id;
    g_assert_cmpint (px_session_count (f->db, &query, NULL), ==, n_source);
  }
  trainees = px_class_trainees_get (f->db, copy_id, NULL);
  g_assert_cmpuint (trainees->trainees->len, ==, 0);
  g_assert_cmpstr (px_class_pane_get_class_id (f->pane), ==, copy_id);
}

/* Adding, details, withdrawing, taking back, removing with undo, and a full class. */
static void
test_roster (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *class_id = add_empty_class (f, "2030-R-01", 2);
  g_auto(GStrv) cadres = free_cadres (f, 3);
  PxClassRosterView *roster = open_roster (f, class_id);
  g_autoptr(PxEnrollment) e = NULL;
  g_auto(GStrv) shown = NULL;
  AdwToast *undo;

  g_assert_cmpuint (g_strv_length (cadres), ==, 3);
  shown = px_class_roster_view_get_shown (roster);
  g_assert_cmpuint (g_strv_length (shown), ==, 0);
  px_ui_test_save_png_in (f->window, "class", "roster-empty.png");

  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.add-cadre", "s", cadres[0]);
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.add-cadre", "s", cadres[1]);
  g_clear_pointer (&shown, g_strfreev);
  shown = px_class_roster_view_get_shown (roster);
  g_assert_cmpuint (g_strv_length (shown), ==, 2);

  /* full: the third is refused, with the reason */
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.add-cadre", "s", cadres[2]);
  g_assert_false (is_enrolled (f, class_id, cadres[2]));
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (roster), "full"));

  /* group and role through the form */
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_true (px_class_roster_view_select (roster, e->base.id));
  gtk_editable_set_text (GTK_EDITABLE (px_class_roster_view_get_detail (roster, "group_name")),
                         "第一组");
  gtk_editable_set_text (GTK_EDITABLE (px_class_roster_view_get_detail (roster, "class_role")),
                         "班长");
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.save", NULL);
  g_clear_pointer (&e, px_enrollment_free);
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_cmpstr (e->group_name, ==, "第一组");
  g_assert_cmpstr (e->class_role, ==, "班长");

  /* typed, then another trainee chosen: what was typed is kept */
  gtk_editable_set_text (GTK_EDITABLE (px_class_roster_view_get_detail (roster, "dormitory")),
                         "3号楼 204");
  {
    g_autoptr(PxEnrollment) other = enrollment_of (f, class_id, cadres[1]);

    g_assert_true (px_class_roster_view_select (roster, other->base.id));
  }
  g_clear_pointer (&e, px_enrollment_free);
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_cmpstr (e->dormitory, ==, "3号楼 204");
  px_ui_test_save_png_in (f->window, "class", "roster.png");

  /* withdraw with a reason, which must be given */
  g_assert_true (px_class_roster_view_select (roster, e->base.id));
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.withdraw-with-reason", "s", "  ");
  g_clear_pointer (&e, px_enrollment_free);
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_cmpstr (e->status, ==, "enrolled");
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.withdraw-with-reason", "s",
                              "单位紧急工作召回");
  g_clear_pointer (&e, px_enrollment_free);
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_cmpstr (e->status, ==, "withdrawn");
  g_assert_cmpstr (e->withdraw_reason, ==, "单位紧急工作召回");

  /* a place is free again: the third fits; then taking the first back is refused */
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.add-cadre", "s", cadres[2]);
  g_assert_true (is_enrolled (f, class_id, cadres[2]));
  g_assert_true (px_class_roster_view_select (roster, e->base.id));
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.reinstate", NULL);
  g_clear_pointer (&e, px_enrollment_free);
  e = enrollment_of (f, class_id, cadres[0]);
  g_assert_cmpstr (e->status, ==, "withdrawn");

  /* removing one enrolled by mistake, and Undo */
  {
    g_autoptr(PxEnrollment) third = enrollment_of (f, class_id, cadres[2]);
    g_autoptr(PxEnrollment) back = NULL;

    g_assert_true (px_class_roster_view_select (roster, third->base.id));
    gtk_widget_activate_action (GTK_WIDGET (roster), "roster.remove", NULL);
    g_assert_false (is_enrolled (f, class_id, cadres[2]));
    undo = px_ui_test_get_last_toast (roster);
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "button-clicked");
    back = enrollment_of (f, class_id, cadres[2]);
    g_assert_nonnull (back);
    g_assert_cmpstr (back->base.id, ==, third->base.id);
  }

  /* search narrows the rows */
  {
    GtkWidget *entry = gtk_widget_get_first_child (gtk_widget_get_first_child (
      gtk_widget_get_first_child (GTK_WIDGET (roster))));

    g_assert_true (GTK_IS_SEARCH_ENTRY (entry));
    gtk_editable_set_text (GTK_EDITABLE (entry), "第一组");
    g_signal_emit_by_name (entry, "search-changed");
    g_clear_pointer (&shown, g_strfreev);
    shown = px_class_roster_view_get_shown (roster);
    g_assert_cmpuint (g_strv_length (shown), ==, 1);
  }
}

/* A trainee with attendance can only be withdrawn; a class with attendance is not deleted. */
static void
test_records_kept (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_stmt *stmt = px_database_prepare (f->db,
    "SELECT e.id, e.class_id FROM enrollment e "
    "WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.enrollment_id = e.id) LIMIT 1", NULL);
  g_autofree char *enrollment_id = NULL;
  g_autofree char *class_id = NULL;
  g_autoptr(PxEnrollment) still = NULL;
  g_autoptr(PxTrainingClass) class_still = NULL;
  PxClassRosterView *roster;
  PxListPane *list = px_class_pane_get_list_pane (f->pane);
  PxRecordListModel *model = px_list_pane_get_model (list);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  enrollment_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  class_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);

  roster = open_roster (f, class_id);
  g_assert_true (px_class_roster_view_select (roster, enrollment_id));
  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.remove", NULL);
  still = px_enrollment_get (f->db, enrollment_id, NULL);
  g_assert_nonnull (still);
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (roster), "withdraw"));

  /* the class: found in the list, Delete refused with what to do instead */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "classes.back", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (g_strcmp0 (px_record_item_get_id (PX_RECORD_ITEM (item)), class_id) == 0)
        {
          px_list_pane_select (list, i);
          break;
        }
    }
  px_ui_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (list), "pane.delete", NULL);
  class_still = px_training_class_get (f->db, class_id, NULL);
  g_assert_nonnull (class_still);
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (list), "Archived"));
}

/* A roster file into the class: new cadres made, groups and roles read. */
static void
test_import_roster (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *class_id = add_empty_class (f, "2030-IMP-01", 10);
  g_autofree char *id1 = px_test_make_id ("330402", "19800101", 41);
  g_autofree char *id2 = px_test_make_id ("330402", "19810202", 42);
  g_autofree char *csv = g_strdup_printf ("姓名,性别,身份证号,工作单位,职务\n"
                                          "甲一,男,%s,嘉兴市教育局,科长\n"
                                          "乙二,女,%s,嘉兴市财政局,副科长\n", id1, id2);
  g_autofree char *path = px_test_write_file (f->dir, "名单.csv", csv, -1);
  PxClassRosterView *roster = open_roster (f, class_id);
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_auto(GStrv) shown = NULL;
  GtkWindow *dialog = NULL;

  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.import-file", "s", path);
  dialog = px_ui_test_find_newest_window (PX_TYPE_IMPORT_DIALOG, NULL);
  g_assert_nonnull (dialog);
  while (!px_import_dialog_get_done (PX_IMPORT_DIALOG (dialog)))
    g_main_context_iteration (NULL, TRUE);
  px_ui_test_iterate ();
  g_assert_true (px_import_dialog_get_report (PX_IMPORT_DIALOG (dialog))->written);
  px_ui_test_save_png_in (GTK_WIDGET (dialog), "class", "roster-import.png");
  gtk_window_destroy (dialog);

  trainees = px_class_trainees_get (f->db, class_id, NULL);
  g_assert_cmpuint (trainees->n_enrolled, ==, 2);
  shown = px_class_roster_view_get_shown (roster);
  g_assert_cmpuint (g_strv_length (shown), ==, 2);

  /* and out again */
  {
    g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
    g_autofree char *written = NULL;

    gtk_widget_activate_action (GTK_WIDGET (roster), "roster.export-file", "s", out);
    g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
    g_assert_nonnull (strstr (written, id1));
    g_assert_nonnull (strstr (written, "乙二"));
  }
}

static void
note_searched (GtkSearchEntry *entry,
               gboolean       *searched)
{
  *searched = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Add Trainees: a search, then Add on a result enrolls the cadre and the row says so. */
static void
test_picker (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *class_id = add_empty_class (f, "2030-PICK-01", 10);
  g_auto(GStrv) cadres = free_cadres (f, 1);
  g_autoptr(PxCadre) cadre = px_cadre_get (f->db, cadres[0], NULL);
  PxClassRosterView *roster = open_roster (f, class_id);
  GtkWindow *picker;
  GtkWidget *entry, *button;
  gboolean searched = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (roster), "roster.add", NULL);
  picker = px_ui_test_find_newest_window (PX_TYPE_TRAINEE_PICKER, NULL);
  g_assert_nonnull (picker);
  entry = px_ui_test_find_type (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY);
  /* The entry searches after a delay and rebuilds the results then: wait for that, or the
   * Add button found now could be gone by the time it is clicked. */
  g_signal_connect (entry, "search-changed", G_CALLBACK (note_searched), &searched);
  gtk_editable_set_text (GTK_EDITABLE (entry), cadre->citizen_id);
  px_ui_test_wait_until (is_true, &searched);
  button = px_ui_test_find_button (GTK_WIDGET (picker), "Add");
  g_assert_nonnull (button);
  px_ui_test_save_png_in (GTK_WIDGET (picker), "class", "picker.png");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (is_enrolled (f, class_id, cadres[0]));
  /* the result says so now, and Add is gone */
  g_assert_null (px_ui_test_find_button (GTK_WIDGET (picker), "Add"));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (picker), "In the class"));
  gtk_window_destroy (picker);
}

/* The timetable sheet from the timetable tab: a file naming a course nobody has is refused,
 * with the offer to create it, which then imports it. */
static void
test_import_timetable (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *class_id = add_empty_class (f, "2030-TT-01", 40);
  g_autofree char *teacher = NULL;
  g_autofree char *course = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;
  const char *filters[] = { "class_id", class_id, NULL };
  PxQuery query = { .filters = filters };
  GtkWidget *view;
  PxImportDialog *dialog;

  {
    sqlite3_stmt *stmt = px_database_prepare (f->db,
      "SELECT t.name, c.title FROM course_teacher ct JOIN teacher t ON t.id = ct.teacher_id "
      "JOIN course c ON c.id = ct.course_id "
      "WHERE (SELECT count (*) FROM teacher t2 WHERE t2.name = t.name) = 1 "
      "  AND (SELECT count (*) FROM course c2 WHERE c2.title = c.title) = 1 LIMIT 1", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    teacher = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    course = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    sqlite3_reset (stmt);
  }
  csv = g_strdup_printf ("日期,时段,课程,授课教师,地点,学时\n"
                         "2030-03-04,上午,%s,%s,第一教室,3\n"
                         "2030-03-04,下午,一门没有的课,%s,第一教室,3\n", course, teacher,
                         teacher);
  path = px_test_write_file (f->dir, "课表.csv", csv, -1);

  px_class_pane_open_class (f->pane, class_id);
  px_class_pane_show_tab (f->pane, "timetable");
  px_ui_test_iterate ();
  view = px_class_pane_get_tab (f->pane, "timetable");
  g_assert_nonnull (view);
  gtk_widget_activate_action (view, "timetable.import-file", "s", path);
  dialog = PX_IMPORT_DIALOG (px_ui_test_find_newest_window (PX_TYPE_IMPORT_DIALOG, NULL));
  g_assert_nonnull (dialog);
  while (!px_import_dialog_get_done (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (px_import_dialog_get_report (dialog)->written);
  g_assert_cmpint (px_session_count (f->db, &query, NULL), ==, 0);
  g_assert_nonnull (px_ui_test_find_button (GTK_WIDGET (dialog), "Create the _Missing and Import"));
  px_ui_test_save_png_in (GTK_WIDGET (dialog), "class", "timetable-import-refused.png");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.create-missing", NULL);
  while (!px_import_dialog_get_done (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (px_import_dialog_get_report (dialog)->written);
  px_ui_test_iterate ();
  g_assert_cmpint (px_session_count (f->db, &query, NULL), ==, 2);
  /* the page's line counts them */
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->pane), "2 sessions"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  px_ui_test_init (&argc, &argv);

  dir = px_test_make_dir ();
  sample_path = g_build_filename (dir, "sample.db", NULL);
  {
    g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);

    g_assert_no_error (error);
    g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    /* one file, so that copying it copies everything */
    g_assert_true (px_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  }

  g_test_add ("/class-pane/list-and-open", Fixture, NULL, fixture_set_up, test_list_and_open,
              fixture_tear_down);
  g_test_add ("/class-pane/new-from-plan", Fixture, NULL, fixture_set_up, test_new_from_plan,
              fixture_tear_down);
  g_test_add ("/class-pane/copy", Fixture, NULL, fixture_set_up, test_copy, fixture_tear_down);
  g_test_add ("/class-pane/roster", Fixture, NULL, fixture_set_up, test_roster,
              fixture_tear_down);
  g_test_add ("/class-pane/records-kept", Fixture, NULL, fixture_set_up, test_records_kept,
              fixture_tear_down);
  g_test_add ("/class-pane/picker", Fixture, NULL, fixture_set_up, test_picker,
              fixture_tear_down);
  g_test_add ("/class-pane/import-timetable", Fixture, NULL, fixture_set_up,
              test_import_timetable, fixture_tear_down);
  g_test_add ("/class-pane/import-roster", Fixture, NULL, fixture_set_up, test_import_roster,
              fixture_tear_down);

  status = g_test_run ();
  px_test_remove_dir (dir);
  g_free (sample_path);
  return status;
}
