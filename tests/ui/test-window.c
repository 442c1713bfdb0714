/* test-window.c: the window and its list panes, driven through their actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "px-application.h"
#include "px-cadre.h"
#include "px-course.h"
#include "px-import-dialog.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-sheet-job.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"
#include "px-window.h"

typedef struct
{
  char *dir;
  char *db_path;
  PxDatabase *db;        /* a connection of the test's own, to check what core holds */
  PxWindow *window;
} Fixture;

/* One application for the program: it is registered on the session bus once. */
static AdwApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = px_test_make_dir ();
  f->db_path = g_build_filename (f->dir, "school.db", NULL);
  f->db = px_database_open (f->db_path, &error);
  g_assert_no_error (error);
  f->window = px_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  px_ui_test_iterate ();
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static PxListPane *
open_pane (Fixture    *f,
           const char *name)
{
  PxListPane *pane;

  if (px_window_get_database (f->window) == NULL)
    g_assert_true (px_window_open_database (f->window, f->db_path));
  px_window_show_pane (f->window, g_str_equal (name, "cases") ? "courses" : name);
  pane = PX_LIST_PANE (px_window_get_pane (f->window, name));
  g_assert_nonnull (pane);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  return pane;
}

static guint
n_rows (PxListPane *pane)
{
  return g_list_model_get_n_items (G_LIST_MODEL (px_list_pane_get_model (pane)));
}

static void
search (PxListPane *pane,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (px_list_pane_get_search_entry (pane)), text);
  /* the entry waits a moment before it says the search changed */
  g_signal_emit_by_name (px_list_pane_get_search_entry (pane), "search-changed");
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
}

/* Opening */

static void
test_welcome_then_create (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (f->dir, "new", "fresh.db", NULL);
  g_autoptr(GSettings) settings = g_settings_new ("cn.peixun.Peixun");
  g_auto(GStrv) recent = NULL;

  g_assert_null (px_window_get_database (f->window));
  g_assert_true (px_window_open_database (f->window, fresh));
  g_assert_nonnull (px_window_get_database (f->window));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpstr (recent[0], ==, fresh);
}

static void
write_foreign_sqlite (const char *path)
{
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
write_newer_peixun (const char *path)
{
  sqlite3 *handle;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 999;"
                                          " CREATE TABLE t (x);", PX_DATABASE_APPLICATION_ID);

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
check_refused (Fixture    *f,
               const char *path,
               const char *heading)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  GtkWidget *dialog;

  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  g_assert_false (px_window_open_database (f->window, path));
  dialog = px_window_get_error_dialog (f->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_true (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), path)
                 != NULL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  px_ui_test_iterate ();
  /* nothing was overwritten */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_refuses_foreign_files (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *text = px_test_write_file (f->dir, "notes.db", "not a database at all\n", -1);

  write_foreign_sqlite (foreign);
  write_newer_peixun (newer);
  check_refused (f, foreign, "Not a Peixun Database");
  check_refused (f, newer, "Made by a Newer Peixun");
  check_refused (f, text, "Not a Peixun Database");
  /* the window is still usable, and still has no database */
  g_assert_null (px_window_get_database (f->window));

  /* with a database open, a refused file leaves it open */
  g_assert_true (px_window_open_database (f->window, f->db_path));
  check_refused (f, foreign, "Not a Peixun Database");
  g_assert_cmpstr (px_database_get_path (px_window_get_database (f->window)), ==, f->db_path);
}

/* Cadres */

static gboolean
set_rank_filter (gpointer pane)
{
  return px_list_pane_set_filter (pane, 1, "一级科员");
}

static void
test_cadre_search_and_filter (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *unit_a = px_ui_test_add_cadres (f->db, 1, 300);
  g_autofree char *unit_b = px_ui_test_add_cadres (f->db, 1000, 50);
  PxListPane *pane = open_pane (f, "cadres");
  g_autoptr(PxCadre) first = NULL;
  PxRecordItem *item;

  g_assert_cmpuint (n_rows (pane), ==, 350);

  /* by unit name, phone, ID number and name */
  search (pane, "第1000局");
  g_assert_cmpuint (n_rows (pane), ==, 50);
  search (pane, "13900000007");
  g_assert_cmpuint (n_rows (pane), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (px_list_pane_get_model (pane)), 0);
  first = px_cadre_copy (px_record_item_get_record (item));
  g_object_unref (item);
  search (pane, first->citizen_id + 10);
  g_assert_cmpuint (n_rows (pane), >=, 1);
  search (pane, first->name);
  g_assert_cmpuint (n_rows (pane), >=, 1);
  search (pane, "没有这个人");
  g_assert_cmpuint (n_rows (pane), ==, 0);
  search (pane, "");
  g_assert_cmpuint (n_rows (pane), ==, 350);

  /* filters: unit (0) and rank (1) */
  g_assert_true (px_list_pane_set_filter (pane, 0, unit_b));
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 50);
  /* the ranks to choose from are read a moment after the rows */
  px_ui_test_wait_until (set_rank_filter, pane);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 25);
  g_assert_true (px_list_pane_set_filter (pane, 0, NULL));
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 175);
}

static void
test_cadre_masked_until_revealed (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *unit = px_ui_test_add_cadres (f->db, 1, 3);
  PxListPane *pane = open_pane (f, "cadres");
  const PxPaneSpec *spec = px_list_pane_get_spec (pane);
  PxRecordItem *item = g_list_model_get_item (G_LIST_MODEL (px_list_pane_get_model (pane)), 0);
  const PxCadre *cadre = px_record_item_get_record (item);
  const PxColumnSpec *id_column = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *shown = NULL;

  for (guint i = 0; i < spec->n_columns; i++)
    if (g_strcmp0 (spec->columns[i].sort, "citizen_id") == 0)
      id_column = &spec->columns[i];
  g_assert_nonnull (id_column);

  masked = id_column->text (pane, cadre);
  g_assert_cmpuint (strlen (masked), ==, 18);
  g_assert_true (g_str_has_prefix (masked, "330402********"));
  g_assert_cmpstr (masked + 14, ==, cadre->citizen_id + 14);

  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.reveal", NULL);
  g_assert_true (px_list_pane_get_revealed (pane));
  shown = id_column->text (pane, cadre);
  g_assert_cmpstr (shown, ==, cadre->citizen_id);
  g_object_unref (item);
}

static void
test_cadre_create_edit_delete_undo (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *unit = px_ui_test_add_cadres (f->db, 1, 5);
  PxListPane *pane = open_pane (f, "cadres");
  PxRecordEditor *editor = px_list_pane_get_editor (pane);
  g_autofree char *id_number = px_test_make_id ("110101", "19800101", 123);
  g_autofree char *cadre_id = NULL;
  g_autoptr(PxCadre) stored = NULL;
  g_autoptr(PxCadre) edited = NULL;
  GtkWidget *row;
  AdwToast *toast;

  /* Ctrl+N, type, Ctrl+S */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-record", NULL);
  g_assert_true (px_record_editor_is_new (editor));
  g_assert_true (px_record_editor_set_value (editor, "name", "林晓梅"));
  g_assert_true (px_record_editor_set_value (editor, "gender", "男"));
  g_assert_true (px_record_editor_set_value (editor, "citizen_id", id_number));
  g_assert_true (px_record_editor_set_value (editor, "unit_id", unit));
  g_assert_true (px_record_editor_set_value (editor, "rank", "一级主任科员"));
  g_assert_true (px_record_editor_set_value (editor, "phone", "13812345678"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));

  cadre_id = px_cadre_find_by_citizen_id (f->db, id_number, NULL);
  g_assert_nonnull (cadre_id);
  stored = px_cadre_get (f->db, cadre_id, NULL);
  g_assert_cmpstr (stored->name, ==, "林晓梅");
  g_assert_cmpstr (stored->unit_id, ==, unit);
  g_assert_cmpstr (stored->rank, ==, "一级主任科员");
  g_assert_cmpuint (n_rows (pane), ==, 6);
  g_assert_false (px_record_editor_is_new (editor));

  /* a wrong ID number is refused on its field, and nothing changes */
  g_assert_true (px_record_editor_set_value (editor, "citizen_id", "110101198001011235"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  row = px_record_editor_get_row (editor, "citizen_id");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_true (g_str_has_prefix (px_ui_test_last_toast_title (pane), "Not saved"));
  edited = px_cadre_get (f->db, cadre_id, NULL);
  g_assert_cmpstr (edited->citizen_id, ==, id_number);
  g_clear_pointer (&edited, px_cadre_free);

  /* corrected, and the name changed too */
  g_assert_true (px_record_editor_set_value (editor, "citizen_id", id_number));
  g_assert_true (px_record_editor_set_value (editor, "name", "林晓"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  edited = px_cadre_get (f->db, cadre_id, NULL);
  g_assert_cmpstr (edited->name, ==, "林晓");

  /* Delete, then Undo from the toast */
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.delete", NULL);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_null (px_cadre_find_by_citizen_id (f->db, id_number, NULL));
  g_assert_cmpuint (n_rows (pane), ==, 5);
  toast = px_ui_test_get_last_toast (pane);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_free (cadre_id);
  cadre_id = px_cadre_find_by_citizen_id (f->db, id_number, NULL);
  g_assert_nonnull (cadre_id);
  g_clear_pointer (&edited, px_cadre_free);
  edited = px_cadre_get (f->db, cadre_id, NULL);
  g_assert_cmpstr (edited->name, ==, "林晓");
  g_assert_cmpuint (n_rows (pane), ==, 6);
}

static gboolean
dialog_is_done (gpointer data)
{
  return px_import_dialog_get_done (data);
}

static void
test_cadre_import_bad_file (Fixture       *f,
                            gconstpointer  data)
{
  PxListPane *pane = open_pane (f, "cadres");
  g_autofree char *good = px_test_make_id ("330402", "19750505", 11);
  g_autofree char *csv = g_strdup_printf ("姓名,性别,身份证号,工作单位,职务,联系电话\n"
                                          "周一,男,%s,嘉兴市教育局,科员,13900001111\n"
                                          "吴二,女,330402197505051234,嘉兴市教育局,科员,\n",
                                          good);
  g_autofree char *path = px_test_write_file (f->dir, "名册.csv", csv, -1);
  PxImportDialog *dialog;
  PxImportReport *report;
  g_autofree char *found = NULL;

  g_assert_cmpuint (n_rows (pane), ==, 0);
  dialog = px_sheet_job_import (pane, path);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  px_ui_test_wait_until (dialog_is_done, dialog);
  report = px_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_false (report->written);
  g_assert_cmpuint (report->problems->len, >=, 1);
  g_assert_cmpuint (((PxImportProblem *) g_ptr_array_index (report->problems, 0))->row, ==, 3);
  g_assert_null (px_cadre_find_by_citizen_id (f->db, good, NULL));

  /* the good row, when asked for */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.good-rows", NULL);
  px_ui_test_wait_until (dialog_is_done, dialog);
  report = px_import_dialog_get_report (dialog);
  g_assert_true (report->written);
  g_assert_cmpuint (report->n_new, ==, 1);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  found = px_cadre_find_by_citizen_id (f->db, good, NULL);
  g_assert_nonnull (found);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.close", NULL);
  g_object_unref (dialog);
}

static gboolean
export_is_done (gpointer data)
{
  return g_object_get_data (data, "export-done") != NULL;
}

static void
test_cadre_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *unit = px_ui_test_add_cadres (f->db, 1, 20);
  PxListPane *pane = open_pane (f, "cadres");
  g_autofree char *path = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  px_sheet_job_export (pane, path);
  px_ui_test_wait_until (export_is_done, pane);
  g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (pane), "export-done")), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 21);
  g_assert_true (strstr (px_ui_test_last_toast_title (pane), "20 records") != NULL);
}

/* Teachers: a record with links */

static void
test_teacher_with_specialties (Fixture       *f,
                               gconstpointer  data)
{
  PxListPane *pane = open_pane (f, "teachers");
  PxRecordEditor *editor = px_list_pane_get_editor (pane);
  g_auto(GStrv) choices = px_link_list_choices (f->db, &px_teacher_competency_link, NULL);
  g_autofree char *links = g_strdup_printf ("%s,%s", choices[0], choices[2]);
  g_autoptr(GPtrArray) teachers = NULL;
  g_auto(GStrv) stored_links = NULL;
  PxTeacher *teacher;

  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.new", NULL);
  g_assert_true (px_record_editor_set_value (editor, "name", "钱学明"));
  g_assert_true (px_record_editor_set_value (editor, "employment", "part_time"));
  g_assert_true (px_record_editor_set_value (editor, "source", "高校"));
  g_assert_true (px_record_editor_set_value (editor, "dual_qualified", "1"));
  g_assert_true (px_record_editor_set_value (editor, "teacher_competency", links));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));

  teachers = px_teacher_list (f->db, NULL, NULL);
  g_assert_cmpuint (teachers->len, ==, 1);
  teacher = g_ptr_array_index (teachers, 0);
  g_assert_cmpstr (teacher->employment, ==, "part_time");
  g_assert_true (teacher->dual_qualified);
  stored_links = px_link_get_targets (f->db, &px_teacher_competency_link, teacher->base.id,
                                      NULL);
  g_assert_cmpuint (g_strv_length (stored_links), ==, 2);

  /* the part-time filter finds it; full-time does not */
  g_assert_true (px_list_pane_set_filter (pane, 0, "full_time"));
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 0);
  g_assert_true (px_list_pane_set_filter (pane, 0, "part_time"));
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 1);

  /* deleting takes the links; undo brings both back */
  px_list_pane_select (pane, 0);
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.delete", NULL);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpint (px_teacher_count (f->db, NULL, NULL), ==, 0);
  g_signal_emit_by_name (px_ui_test_get_last_toast (pane), "button-clicked");
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpint (px_teacher_count (f->db, NULL, NULL), ==, 1);
  g_strfreev (stored_links);
  stored_links = px_link_get_targets (f->db, &px_teacher_competency_link, teacher->base.id,
                                      NULL);
  g_assert_cmpuint (g_strv_length (stored_links), ==, 2);
}

static void
test_course_bad_hours (Fixture       *f,
                       gconstpointer  data)
{
  PxListPane *pane = open_pane (f, "courses");
  PxRecordEditor *editor = px_list_pane_get_editor (pane);

  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.new", NULL);
  g_assert_true (px_record_editor_set_value (editor, "title", "乡村振兴案例研讨"));
  g_assert_true (px_record_editor_set_value (editor, "hours", "三"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  g_assert_true (gtk_widget_has_css_class (px_record_editor_get_row (editor, "hours"), "error"));
  g_assert_cmpint (px_entity_count (f->db, &px_course_entity, NULL, NULL), ==, 0);

  g_assert_true (px_record_editor_set_value (editor, "hours", "3"));
  g_assert_true (px_record_editor_set_value (editor, "method", "case"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.save", NULL);
  g_assert_cmpint (px_entity_count (f->db, &px_course_entity, NULL, NULL), ==, 1);
}

static void
test_sort_is_kept (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *unit = px_ui_test_add_cadres (f->db, 1, 30);
  PxListPane *pane = open_pane (f, "cadres");
  GtkColumnView *view = px_list_pane_get_column_view (pane);
  g_autoptr(GSettings) settings = g_settings_new ("cn.peixun.Peixun");
  g_autoptr(GVariant) sorts = NULL;
  const char *key = NULL;
  gboolean descending = FALSE;
  GListModel *columns;

  /* by phone, descending (the last column): the list and the settings follow */
  columns = gtk_column_view_get_columns (view);
  {
    g_autoptr(GtkColumnViewColumn) phone = g_list_model_get_item (columns, 6);

    gtk_column_view_sort_by_column (view, phone, GTK_SORT_DESCENDING);
  }
  g_assert_cmpstr (px_record_list_model_get_sort (px_list_pane_get_model (pane), &descending),
                   ==, "phone");
  g_assert_true (descending);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  {
    GListModel *model = G_LIST_MODEL (px_list_pane_get_model (pane));
    g_autoptr(PxRecordItem) item = g_list_model_get_item (model, 0);
    const PxCadre *cadre = px_record_item_get_record (item);

    g_assert_cmpstr (cadre->phone, ==, "13900000030");
  }
  sorts = g_settings_get_value (settings, "sort");
  g_assert_true (g_variant_lookup (sorts, "cadres", "(&sb)", &key, &descending));
  g_assert_cmpstr (key, ==, "phone");
  g_assert_true (descending);

  /* a window opened later lists the cadres the same way */
  gtk_window_destroy (GTK_WINDOW (f->window));
  px_ui_test_iterate ();
  f->window = px_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  pane = open_pane (f, "cadres");
  descending = FALSE;
  g_assert_cmpstr (px_record_list_model_get_sort (px_list_pane_get_model (pane), &descending),
                   ==, "phone");
  g_assert_true (descending);
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *unit = px_ui_test_add_cadres (f->db, 1, 12);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(PxDatabase) opened = NULL;
  g_autoptr(GError) error = NULL;

  open_pane (f, "cadres");
  px_window_save_copy (f->window, copy);
  while (!g_file_test (copy, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  px_ui_test_iterate ();
  opened = px_database_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (px_cadre_count (opened, NULL, NULL), ==, 12);
}

static void
test_teacher_import (Fixture       *f,
                     gconstpointer  data)
{
  PxListPane *pane = open_pane (f, "teachers");
  g_autofree char *path = px_test_write_file (f->dir, "师资.csv",
                                              "姓名,专兼职,来源,工作单位,职称\n"
                                              "钱学明,兼职,高校,浙江大学,教授\n"
                                              "孙丽,全职,党校,市委党校,讲师\n", -1);
  PxImportDialog *dialog = g_object_ref (px_sheet_job_import (pane, path));

  px_ui_test_wait_until (dialog_is_done, dialog);
  g_assert_true (px_import_dialog_get_report (dialog)->written);
  g_assert_cmpuint (px_import_dialog_get_report (dialog)->n_new, ==, 2);
  g_assert_cmpint (px_teacher_count (f->db, NULL, NULL), ==, 2);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  g_assert_cmpuint (n_rows (pane), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.close", NULL);
  g_object_unref (dialog);
}

static void
test_choose_database (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("cn.peixun.Peixun");
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *last = px_test_write_file (dir, "last.db", "", 0);
  g_autofree char *chosen = NULL;

  g_setenv ("PEIXUN_DB", "/somewhere/env.db", TRUE);
  g_settings_set_string (settings, "last-database", last);
  chosen = px_application_choose_database (settings);
  g_assert_cmpstr (chosen, ==, "/somewhere/env.db");
  g_clear_pointer (&chosen, g_free);

  g_unsetenv ("PEIXUN_DB");
  chosen = px_application_choose_database (settings);
  g_assert_cmpstr (chosen, ==, last);
  g_clear_pointer (&chosen, g_free);

  /* a last database that is gone is passed over for the default one, when there is one */
  g_unlink (last);
  chosen = px_application_choose_database (settings);
  {
    g_autofree char *fallback = px_database_get_default_path ();

    if (g_file_test (fallback, G_FILE_TEST_EXISTS))
      g_assert_cmpstr (chosen, ==, fallback);
    else
      g_assert_null (chosen);
  }
  g_settings_reset (settings, "last-database");
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  px_ui_test_init (&argc, &argv);
  app = ADW_APPLICATION (px_application_new ());
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window/welcome-then-create", test_welcome_then_create);
  ADD ("/ui/window/refuses-foreign-files", test_refuses_foreign_files);
  ADD ("/ui/cadres/search-and-filter", test_cadre_search_and_filter);
  ADD ("/ui/cadres/masked-until-revealed", test_cadre_masked_until_revealed);
  ADD ("/ui/cadres/create-edit-delete-undo", test_cadre_create_edit_delete_undo);
  ADD ("/ui/cadres/import-bad-file", test_cadre_import_bad_file);
  ADD ("/ui/cadres/export", test_cadre_export);
  ADD ("/ui/teachers/specialties", test_teacher_with_specialties);
  ADD ("/ui/courses/bad-hours", test_course_bad_hours);
  ADD ("/ui/cadres/sort-is-kept", test_sort_is_kept);
  ADD ("/ui/window/save-copy", test_save_copy);
  ADD ("/ui/teachers/import", test_teacher_import);
  g_test_add_func ("/ui/application/choose-database", test_choose_database);
#undef ADD

  return g_test_run ();
}
