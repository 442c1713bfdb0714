/* test-pane-render.c: every pane drawn to a PNG from the sample data, for a person to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures land in the build folder (tests/ui/panes, one PNG a pane); the test checks that each pane
 * drew, and that under zh_CN no English word is left on it.
 */

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "px-application.h"
#include "px-class-pane.h"
#include "px-demo.h"
#include "px-import-dialog.h"
#include "px-list-pane.h"
#include "px-sheet-job.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"
#include "px-window.h"

static const char * const panes[] = { "plan", "classes", "cadres", "courses", "cases",
                                      "teachers", "bases" };

/* Words that may stay in Latin letters in a Chinese interface: names of things and keys, and
 * the letters of codes in the data (a class coded 2026-ZT-001). */
static gboolean
allowed_latin (const char *word)
{
  static const char * const allowed[] = { "Peixun", "Excel", "WPS", "CSV", "PDF", "ID",
                                          "UTF", "xlsx", "csv", "db", "Ctrl", "Alt", "Enter", "Delete",
                                          "Esc", NULL };
  gboolean code = strlen (word) <= 3;

  for (const char *p = word; *p != '\0'; p++)
    code = code && g_ascii_isupper (*p);
  return code || g_strv_contains (allowed, word);
}

/* Finds English left in text: any run of two or more Latin letters not allowed. */
static char *
find_english (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0';)
    {
      const char *start = p;

      gboolean upper = TRUE;
      gboolean beside_digit;

      for (; g_ascii_isalpha (*p); p++)
        upper = upper && g_ascii_isupper (*p);
      /* capitals run together with digits are a code (a verification code UP6B9ZDE) */
      beside_digit = g_ascii_isdigit (*p) || (start > text && g_ascii_isdigit (start[-1]));
      if (p - start >= 2 && !(upper && beside_digit))
        {
          g_autofree char *word = g_strndup (start, p - start);

          if (!allowed_latin (word))
            return g_strdup (word);
        }
      if (p == start)
        p = g_utf8_next_char (p);
    }
  return NULL;
}

static void
check_no_english (GtkWidget *widget,
                  GPtrArray *found)
{
  const char *texts[4] = { NULL };
  guint n = 0;

  /* what is not on the screen (a stack's other pages), and file paths, which are data */
  if (!gtk_widget_get_mapped (widget)
      || g_strcmp0 (gtk_widget_get_name (widget), "database-path") == 0)
    return;
  if (GTK_IS_LABEL (widget))
    texts[n++] = gtk_label_get_text (GTK_LABEL (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    texts[n++] = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_EDITABLE (widget) && GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL)
        {
          char *word = find_english (placeholder);

          if (word != NULL)
            g_ptr_array_add (found, g_strdup_printf ("%s in “%s”", word, placeholder));
          g_free (word);
        }
    }
  texts[n++] = gtk_widget_get_tooltip_text (widget);
  for (guint i = 0; i < n; i++)
    {
      char *word = find_english (texts[i]);

      if (word != NULL)
        g_ptr_array_add (found, g_strdup_printf ("%s in “%s”", word, texts[i]));
      g_free (word);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_no_english (child, found);
}

static void
test_render_panes (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autofree char *out_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "panes", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwApplication) app = ADW_APPLICATION (px_application_new ());
  gboolean chinese = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "zh_CN");
  PxWindow *window;

  {
    g_autoptr(PxDatabase) db = px_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
  }
  g_mkdir_with_parents (out_dir, 0755);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));

  window = px_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  px_ui_test_iterate ();
  {
    g_autofree char *png = g_build_filename (out_dir, "welcome.png", NULL);

    px_ui_test_save_png (GTK_WIDGET (window), png);
  }
  g_assert_true (px_window_open_database (window, path));

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      GtkWidget *pane = px_window_get_pane (window, panes[i]);
      g_autofree char *png = NULL;
      g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);

      if (pane == NULL)
        {
          g_test_message ("no pane %s yet", panes[i]);
          continue;
        }
      px_window_show_pane (window, g_str_equal (panes[i], "cases") ? "courses" : panes[i]);
      if (g_str_equal (panes[i], "cases"))
        gtk_stack_set_visible_child (GTK_STACK (gtk_widget_get_parent (pane)), pane);
      if (PX_IS_CLASS_PANE (pane))
        pane = GTK_WIDGET (px_class_pane_get_list_pane (PX_CLASS_PANE (pane)));
      if (PX_IS_LIST_PANE (pane))
        {
          PxRecordListModel *model = px_list_pane_get_model (PX_LIST_PANE (pane));

          px_ui_test_wait_for_model (model);
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
          px_list_pane_select (PX_LIST_PANE (pane), 0);
        }
      /* let the form slide in and the rows draw */
      for (int frame = 0; frame < 30; frame++)
        {
          px_ui_test_iterate ();
          g_usleep (10000);
        }
      png = g_strdup_printf ("%s/%s.png", out_dir, panes[i]);
      px_ui_test_save_png (GTK_WIDGET (window), png);
      g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
      g_test_message ("drew %s", png);

      if (chinese)
        {
          check_no_english (GTK_WIDGET (window), english);
          for (guint j = 0; j < english->len; j++)
            g_test_message ("English on %s: %s", panes[i], (char *) g_ptr_array_index (english, j));
          g_assert_cmpuint (english->len, ==, 0);
        }
    }

  /* a class's page, tab by tab: a class of the sample that ran, with the most trainees */
  {
    PxClassPane *classes = PX_CLASS_PANE (px_window_get_pane (window, "classes"));
    const char * const *tabs = px_class_pane_get_tab_names ();
    g_autoptr(PxDatabase) db = px_database_open (path, &error);
    sqlite3_stmt *stmt = px_database_prepare (db,
      "SELECT e.class_id FROM enrollment e JOIN class c ON c.id = e.class_id "
      "WHERE c.status IN ('running', 'finished') AND EXISTS "
      "  (SELECT 1 FROM session s WHERE s.class_id = c.id AND s.is_elective) "
      "GROUP BY e.class_id ORDER BY count (*) DESC LIMIT 1", &error);
    g_autofree char *class_id = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    class_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);

    px_window_show_pane (window, "classes");
    px_class_pane_open_class (classes, class_id);
    for (guint i = 0; tabs[i] != NULL; i++)
      {
        g_autofree char *png = g_strdup_printf ("%s/class-%s.png", out_dir, tabs[i]);
        g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);

        px_class_pane_show_tab (classes, tabs[i]);
        for (int frame = 0; frame < 30; frame++)
          {
            px_ui_test_iterate ();
            g_usleep (10000);
          }
        px_ui_test_save_png (GTK_WIDGET (window), png);
        g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
        if (chinese)
          {
            check_no_english (GTK_WIDGET (window), english);
            for (guint j = 0; j < english->len; j++)
              g_test_message ("English on the class's %s: %s", tabs[i],
                              (char *) g_ptr_array_index (english, j));
            g_assert_cmpuint (english->len, ==, 0);
          }
      }
  }

  /* an import with bad rows: its report, as the registrar sees it */
  {
    g_autofree char *good = px_test_make_id ("330402", "19750505", 11);
    g_autofree char *csv = g_strdup_printf ("姓名,性别,身份证号,工作单位,职务,联系电话\n"
                                            "周一,男,%s,嘉兴市教育局,科员,13900001111\n"
                                            "吴二,女,330402197505051234,嘉兴市教育局,科员,\n"
                                            "郑三,男,3.30402E+17,嘉兴市教育局,科员,1390000\n",
                                            good);
    g_autofree char *sheet = px_test_write_file (dir, "名册.csv", csv, -1);
    g_autofree char *png = g_build_filename (out_dir, "import-report.png", NULL);
    PxListPane *cadres = PX_LIST_PANE (px_window_get_pane (window, "cadres"));
    PxImportDialog *dialog;

    px_window_show_pane (window, "cadres");
    dialog = g_object_ref (px_sheet_job_import (cadres, sheet));
    while (!px_import_dialog_get_done (dialog))
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (px_import_dialog_get_report (dialog)->written);
    px_ui_test_save_png (GTK_WIDGET (dialog), png);
    if (chinese)
      {
        g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);

        check_no_english (GTK_WIDGET (dialog), english);
        for (guint j = 0; j < english->len; j++)
          g_test_message ("English in the import report: %s",
                          (char *) g_ptr_array_index (english, j));
        g_assert_cmpuint (english->len, ==, 0);
      }
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_object_unref (dialog);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/render/panes", test_render_panes);
  return g_test_run ();
}
