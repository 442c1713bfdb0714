/* px-sheet-job.c: a pane's import from and export to spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-sheet-job"

#include "config.h"

#include <glib/gi18n.h>

#include "px-cadre-export.h"
#include "px-master-export.h"
#include "px-sheet-job.h"

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

typedef struct
{
  PxSheetJobPathFunc chosen;
  GObject *owner;
  gboolean save;
} Choice;

static void
chosen_cb (GtkNativeDialog *native,
           int              response,
           Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (file);

      /* a name typed without a known extension gets the workbook format */
      if (path != NULL && choice->save && !g_str_has_suffix (path, ".csv")
          && !g_str_has_suffix (path, ".xlsx"))
        {
          char *with_extension = g_strconcat (path, ".xlsx", NULL);

          g_free (path);
          path = with_extension;
        }
      if (path != NULL)
        choice->chosen (path, choice->owner);
    }
  g_object_unref (native);
  g_object_unref (choice->owner);
  g_free (choice);
}

void
px_sheet_job_choose_file (GtkWidget          *parent,
                          gboolean            save,
                          const char         *title,
                          const char         *suggested_name,
                          PxSheetJobPathFunc  chosen,
                          GObject            *owner)
{
  static const char * const sheets[] = { "*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt",
                                         "*.XLSX", "*.XLS", "*.CSV", NULL };
  static const char * const all[] = { "*", NULL };
  static const char * const xlsx[] = { "*.xlsx", NULL };
  static const char * const csv[] = { "*.csv", NULL };
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkFileChooserNative *native;
  Choice *choice = g_new0 (Choice, 1);

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (G_IS_OBJECT (owner));

  native = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                             : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Export") : _("_Import"), _("_Cancel"));
  if (save)
    {
      if (suggested_name != NULL)
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
      add_filter (GTK_FILE_CHOOSER (native), _("Excel Workbook (.xlsx)"), xlsx);
      add_filter (GTK_FILE_CHOOSER (native), _("Comma-Separated Values (.csv, UTF-8)"), csv);
    }
  else
    {
      add_filter (GTK_FILE_CHOOSER (native), _("Spreadsheets (Excel, WPS, CSV)"), sheets);
      add_filter (GTK_FILE_CHOOSER (native), _("All Files"), all);
    }
  choice->chosen = chosen;
  choice->owner = g_object_ref (owner);
  choice->save = save;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Import */

static void
import_chosen (const char *path,
               gpointer    pane)
{
  px_sheet_job_import (pane, path);
}

PxImportDialog *
px_sheet_job_import (PxListPane *pane,
                     const char *path)
{
  PxImportDialog *dialog;

  g_return_val_if_fail (PX_IS_LIST_PANE (pane), NULL);

  if (path != NULL)
    {
      dialog = px_import_dialog_new (pane, path);
      gtk_window_present (GTK_WINDOW (dialog));
      return dialog;
    }

  px_sheet_job_choose_file (GTK_WIDGET (pane), FALSE, _("Import from a Spreadsheet"), NULL,
                            import_chosen, G_OBJECT (pane));
  return NULL;
}

/* Export */

typedef struct
{
  char *db_path;
  char *path;
  char *search;
  int kind;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->search);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (job->db_path, &error);
  gint64 n = -1;

  if (db != NULL)
    {
      if (job->kind == PX_SHEET_CADRES)
        n = px_cadre_export_file (db, job->path, job->search, &error);
      else
        n = px_master_export_file (db, job->kind, job->path, job->search, &error);
    }
  if (n < 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, n);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PxListPane *pane = PX_LIST_PANE (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gssize n = g_task_propagate_int (G_TASK (result), &error);
  g_autofree char *message = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);

  if (n < 0)
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%zd record exported to “%s”",
                                            "%zd records exported to “%s”", n), n, basename);
  px_list_pane_toast (pane, message);
  g_object_set_data (G_OBJECT (pane), "export-done", GINT_TO_POINTER (n < 0 ? -1 : 1));
}

static void
export_chosen (const char *path,
               gpointer    pane)
{
  px_sheet_job_export (pane, path);
}

void
px_sheet_job_export (PxListPane *pane,
                     const char *path)
{
  const PxPaneSpec *spec;
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  ExportJob *job;

  g_return_if_fail (PX_IS_LIST_PANE (pane));

  spec = px_list_pane_get_spec (pane);
  if (path == NULL)
    {
      /* TRANSLATORS: the file name an export suggests; %s is the list, e.g. 师资 */
      name = g_strdup_printf (_("%s.xlsx"), _(spec->title));
      px_sheet_job_choose_file (GTK_WIDGET (pane), TRUE, _("Export the List"), name,
                                export_chosen, G_OBJECT (pane));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->db_path = g_strdup (px_database_get_path (px_list_pane_get_database (pane)));
  job->path = g_strdup (path);
  job->search = g_strdup (px_record_list_model_get_search (px_list_pane_get_model (pane)));
  job->kind = spec->sheet_kind;
  g_object_set_data (G_OBJECT (pane), "export-done", NULL);
  task = g_task_new (pane, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, px_sheet_job_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}
