/* px-import-dialog.c: an import's progress, then its report with every problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import runs on its own connection in a worker thread, so the window stays responsive
 * for a roster of 100,000 rows. A file with bad rows writes nothing; the report lists every
 * problem as the spreadsheet shows it (row, column, value, reason) and offers to import the
 * good rows, which runs the same import again with PX_IMPORT_SKIP_INVALID.
 */

#define G_LOG_DOMAIN "px-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "px-cadre-import.h"
#include "px-class-roster.h"
#include "px-timetable-import.h"
#include "px-import-dialog.h"
#include "px-list-pane.h"
#include "px-sheet-job.h"

struct _PxImportDialog
{
  AdwWindow parent_instance;

  GtkWidget *stack;
  GtkWidget *progress_label;
  GtkWidget *progress_bar;
  GtkWidget *status_page;
  GtkWidget *problem_view;
  GtkStringList *problems;
  GtkWidget *good_rows_button;

  PxListPane *pane;       /* the list imported into, or NULL for a class's roster */
  PxDatabase *db;
  char *class_code;       /* the class a roster is enrolled into, or a timetable is for */
  gboolean timetable;     /* the file is the class's timetable, not a roster */
  PxTimetableImportFlags timetable_flags;
  char *path;
  PxImportReport *report;
  guint n_enrolled, n_already, n_withdrawn, n_full;   /* a roster's enrollments */
  PxTimetableImport *timetable_result;                /* a timetable's, without its report */
  GtkWidget *create_missing_button;
  char *error_message;
  gboolean done;
};

enum {
  PROP_0,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PxImportDialog, px_import_dialog, ADW_TYPE_WINDOW)

/* The worker */

typedef struct
{
  char *db_path;
  char *path;
  int kind;
  char *class_code;
  gboolean timetable;
  PxImportFlags flags;
  PxTimetableImportFlags timetable_flags;
  GWeakRef dialog;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->class_code);
  g_weak_ref_clear (&job->dialog);
  g_free (job);
}

typedef struct
{
  PxImportDialog *dialog;   /* a strong reference, dropped on the main thread */
  double fraction;
} Progress;

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->dialog);
  g_free (progress);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (progress->dialog->progress_bar),
                                 progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ImportJob *job = user_data;
  PxImportDialog *dialog = g_weak_ref_get (&job->dialog);
  Progress *progress;

  if (dialog == NULL)
    return;
  progress = g_new (Progress, 1);
  progress->dialog = dialog;
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress_cb, progress,
                              (GDestroyNotify) progress_free);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (job->db_path, &error);
  PxImportReport *report = NULL;

  if (db != NULL && job->timetable)
    {
      PxTimetableImport *result = px_timetable_import_file (db, job->class_code, job->path,
                                                            job->timetable_flags, &error);

      if (result != NULL)
        g_task_return_pointer (task, result, (GDestroyNotify) px_timetable_import_free);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (db != NULL && job->class_code != NULL)
    {
      PxClassEnrollReport *enrolled = px_class_enroll_file (db, job->class_code, job->path,
                                                            job->flags, progress_cb, job,
                                                            &error);

      if (enrolled != NULL)
        g_task_return_pointer (task, enrolled, (GDestroyNotify) px_class_enroll_report_free);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (db != NULL)
    {
      if (job->kind == PX_SHEET_CADRES)
        report = px_cadre_import_file (db, job->path, job->flags, progress_cb, job, &error);
      else
        report = px_master_import_file (db, job->kind, job->path, job->flags, progress_cb, job,
                                        &error);
    }
  if (report != NULL)
    g_task_return_pointer (task, report, (GDestroyNotify) px_import_report_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* The report */

static char *
describe_problem (const PxImportProblem *problem)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("Row %u"), problem->row);
  if (problem->column != NULL)
    g_string_append_printf (text, _(" · “%s”"), problem->column);
  if (problem->value != NULL && *problem->value != '\0')
    g_string_append_printf (text, _(" · %s"), problem->value);
  g_string_append_printf (text, "\n%s", problem->message);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A timetable is refused whole: there are no good rows to import alone, but the names nobody
 * has can be created, as peixun-cli class timetable --create-missing does. */
static void
show_timetable_report (PxImportDialog *self)
{
  PxImportReport *report = self->report;
  PxTimetableImport *result = self->timetable_result;
  guint bad_rows = px_import_report_count_bad_rows (report);
  g_autofree char *title = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *hours = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (report->written)
    {
      hours = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", result->hours));
      title = g_strdup (_("Timetable Imported"));
      g_string_append_printf (description, _("%u sessions, %s hours: %u new, %u updated, "
                                             "%u unchanged, %u deleted."),
                              result->n_sessions, hours, report->n_new, report->n_updated,
                              report->n_unchanged, result->n_deleted);
      for (guint i = 0; i < result->warnings->len; i++)
        g_string_append_printf (description, "\n%s",
                                (const char *) g_ptr_array_index (result->warnings, i));
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "emblem-ok-symbolic");
    }
  else
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Row Has Problems",
                                            "%u Rows Have Problems", MAX (bad_rows, 1)),
                               MAX (bad_rows, 1));
      g_string_append (description, _("Nothing was imported: a timetable is taken whole or not "
                                      "at all. Correct the rows below in the spreadsheet and "
                                      "import it again."));
      if (result->n_unknown > 0)
        g_string_append_printf (description, " %s",
                                _("Courses, teachers and places the school does not have yet "
                                  "can also be created from the file."));
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "dialog-warning-symbolic");
    }
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), description->str);
  gtk_widget_set_visible (self->good_rows_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.good-rows", FALSE);
  gtk_widget_set_visible (self->create_missing_button,
                          !report->written && result->n_unknown > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.create-missing",
                                 !report->written && result->n_unknown > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "report");
}

static void
show_report (PxImportDialog *self)
{
  PxImportReport *report = self->report;
  guint bad_rows = px_import_report_count_bad_rows (report);
  guint good_rows = report->n_rows - bad_rows;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) line_list = NULL;

  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = describe_problem (g_ptr_array_index (report->problems, i));

      g_strv_builder_add (lines, line);
    }
  line_list = g_strv_builder_end (lines);
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                          (const char * const *) line_list);
  gtk_widget_set_visible (self->problem_view, report->problems->len > 0);

  if (self->timetable)
    {
      show_timetable_report (self);
      return;
    }
  if (report->written && self->class_code != NULL)
    {
      title = g_strdup (_("Enrolled"));
      description = g_strdup_printf (_("%u rows read: %u trainees enrolled, %u already in the "
                                       "class, %u withdrawn before and left so, %u left out for "
                                       "want of places."), report->n_rows, self->n_enrolled,
                                     self->n_already, self->n_withdrawn, self->n_full);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "emblem-ok-symbolic");
    }
  else if (report->written)
    {
      title = g_strdup (_("Imported"));
      description = g_strdup_printf (_("%u rows read: %u new, %u updated, %u unchanged, %u left "
                                       "out."), report->n_rows, report->n_new,
                                     report->n_updated, report->n_unchanged, report->n_skipped);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "emblem-ok-symbolic");
    }
  else
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Row Has Problems",
                                            "%u Rows Have Problems", bad_rows), bad_rows);
      description = g_strdup_printf (_("Nothing was imported. Correct the rows below in the "
                                       "spreadsheet and import it again, or import the %u good "
                                       "rows now and the others later."), good_rows);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "dialog-warning-symbolic");
    }
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), description);
  gtk_widget_set_visible (self->good_rows_button, !report->written && good_rows > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.good-rows",
                                 !report->written && good_rows > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "report");
}

static void
set_done (PxImportDialog *self,
          gboolean        done)
{
  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(PxImportDialog) self = g_weak_ref_get (&job->dialog);
  g_autoptr(GError) error = NULL;
  PxImportReport *report = NULL;

  if (job->timetable)
    {
      g_autoptr(PxTimetableImport) imported = g_task_propagate_pointer (G_TASK (result),
                                                                        &error);

      if (imported != NULL)
        report = g_steal_pointer (&imported->report);
      if (imported != NULL && self != NULL)
        {
          g_clear_pointer (&self->timetable_result, px_timetable_import_free);
          self->timetable_result = g_steal_pointer (&imported);
        }
    }
  else if (job->class_code != NULL)
    {
      g_autoptr(PxClassEnrollReport) enrolled = g_task_propagate_pointer (G_TASK (result),
                                                                         &error);

      if (enrolled != NULL && self != NULL)
        {
          self->n_enrolled = enrolled->n_enrolled;
          self->n_already = enrolled->n_already;
          self->n_withdrawn = enrolled->n_withdrawn;
          self->n_full = enrolled->n_full;
        }
      if (enrolled != NULL)
        report = g_steal_pointer (&enrolled->report);
    }
  else
    report = g_task_propagate_pointer (G_TASK (result), &error);

  if (self == NULL)
    {
      g_clear_pointer (&report, px_import_report_free);
      return;
    }
  g_clear_pointer (&self->report, px_import_report_free);
  self->report = report;
  if (report == NULL)
    {
      self->error_message = g_strdup (error->message);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page),
                                     "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page),
                                 _("The File Could Not Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), error->message);
      gtk_widget_set_visible (self->problem_view, FALSE);
      gtk_widget_set_visible (self->good_rows_button, FALSE);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "report");
    }
  else
    {
      show_report (self);
      if (report->written && self->pane != NULL)
        px_list_pane_reload (self->pane);
    }
  set_done (self, TRUE);
}

static void
start_import (PxImportDialog *self,
              PxImportFlags   flags)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_path_get_basename (self->path);
  g_autofree char *label = g_strdup_printf (_("Reading “%s”…"), basename);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->db_path = g_strdup (px_database_get_path (self->db));
  job->path = g_strdup (self->path);
  job->kind = self->pane != NULL ? px_list_pane_get_spec (self->pane)->sheet_kind : -1;
  job->class_code = g_strdup (self->class_code);
  job->timetable = self->timetable;
  job->timetable_flags = self->timetable_flags;
  job->flags = flags;
  g_weak_ref_init (&job->dialog, self);

  gtk_label_set_text (GTK_LABEL (self->progress_label), label);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "progress");
  g_clear_pointer (&self->error_message, g_free);
  set_done (self, FALSE);

  task = g_task_new (NULL, NULL, import_done_cb, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_in_thread);
}

static void
good_rows_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  start_import (PX_IMPORT_DIALOG (widget), PX_IMPORT_SKIP_INVALID);
}

static void
create_missing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxImportDialog *self = PX_IMPORT_DIALOG (widget);

  self->timetable_flags |= PX_TIMETABLE_IMPORT_CREATE_MISSING;
  start_import (self, PX_IMPORT_FLAGS_NONE);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (list_item, label);
}

static void
problem_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkStringObject *line = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (line));
}

/* GObject */

static void
px_import_dialog_dispose (GObject *object)
{
  PxImportDialog *self = PX_IMPORT_DIALOG (object);

  g_clear_object (&self->pane);
  g_clear_object (&self->db);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (px_import_dialog_parent_class)->dispose (object);
}

static void
px_import_dialog_finalize (GObject *object)
{
  PxImportDialog *self = PX_IMPORT_DIALOG (object);

  g_clear_pointer (&self->report, px_import_report_free);
  g_clear_pointer (&self->timetable_result, px_timetable_import_free);
  g_free (self->error_message);
  g_free (self->class_code);
  g_free (self->path);

  G_OBJECT_CLASS (px_import_dialog_parent_class)->finalize (object);
}

static void
px_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DONE:
      g_value_set_boolean (value, PX_IMPORT_DIALOG (object)->done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_import_dialog_class_init (PxImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_import_dialog_dispose;
  object_class->finalize = px_import_dialog_finalize;
  object_class->get_property = px_import_dialog_get_property;

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "import.good-rows", NULL, good_rows_action);
  gtk_widget_class_install_action (widget_class, "import.create-missing", NULL,
                                   create_missing_action);
  gtk_widget_class_install_action (widget_class, "import.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.close", NULL);
}

static GtkWidget *
build_progress_page (PxImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 36);
  gtk_widget_set_margin_end (box, 36);
  self->progress_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->progress_label), PANGO_ELLIPSIZE_MIDDLE);
  self->progress_bar = gtk_progress_bar_new ();
  gtk_box_append (GTK_BOX (box), self->progress_label);
  gtk_box_append (GTK_BOX (box), self->progress_bar);
  return box;
}

static GtkWidget *
build_report_page (PxImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *close_button = gtk_button_new_with_mnemonic (_("_Close"));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;

  self->status_page = adw_status_page_new ();
  gtk_widget_add_css_class (self->status_page, "compact");
  gtk_box_append (GTK_BOX (box), self->status_page);

  self->problems = gtk_string_list_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (problem_bind_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new
                                                 (g_object_ref (G_LIST_MODEL (self->problems)))),
                            factory);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (list), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_start (scrolled, 12);
  gtk_widget_set_margin_end (scrolled, 12);
  self->problem_view = scrolled;
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close_button), "import.close");
  self->good_rows_button = gtk_button_new_with_mnemonic (_("_Import the Good Rows"));
  gtk_widget_add_css_class (self->good_rows_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->good_rows_button), "import.good-rows");
  self->create_missing_button = gtk_button_new_with_mnemonic (_("Create the _Missing and "
                                                                "Import"));
  gtk_widget_add_css_class (self->create_missing_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->create_missing_button),
                                  "import.create-missing");
  gtk_widget_set_visible (self->create_missing_button, FALSE);
  gtk_box_append (GTK_BOX (buttons), close_button);
  gtk_box_append (GTK_BOX (buttons), self->good_rows_button);
  gtk_box_append (GTK_BOX (buttons), self->create_missing_button);
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

static void
px_import_dialog_init (PxImportDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 520);
  gtk_window_set_hide_on_close (GTK_WINDOW (self), FALSE);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), build_progress_page (self), "progress");
  gtk_stack_add_named (GTK_STACK (self->stack), build_report_page (self), "report");
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), self->stack);
  adw_window_set_content (ADW_WINDOW (self), content);
}

PxImportDialog *
px_import_dialog_new (PxListPane *pane,
                      const char *path)
{
  PxImportDialog *self;
  GtkRoot *root;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_LIST_PANE (pane), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PX_TYPE_IMPORT_DIALOG, NULL);
  self->pane = g_object_ref (pane);
  self->db = g_object_ref (px_list_pane_get_database (pane));
  self->path = g_strdup (path);
  title = g_strdup_printf (_("Import: %s"), _(px_list_pane_get_spec (pane)->title));
  gtk_window_set_title (GTK_WINDOW (self), title);
  root = gtk_widget_get_root (GTK_WIDGET (pane));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  start_import (self, PX_IMPORT_FLAGS_NONE);
  return self;
}

PxImportDialog *
px_import_dialog_new_for_class (GtkWidget  *parent,
                                PxDatabase *db,
                                const char *class_code,
                                const char *path)
{
  PxImportDialog *self;
  GtkRoot *root;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL && path != NULL, NULL);

  self = g_object_new (PX_TYPE_IMPORT_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->class_code = g_strdup (class_code);
  self->path = g_strdup (path);
  /* TRANSLATORS: the title of the window that enrolls a roster file; %s is the class code */
  title = g_strdup_printf (_("Import a Roster into %s"), class_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  start_import (self, PX_IMPORT_FLAGS_NONE);
  return self;
}

PxImportDialog *
px_import_dialog_new_for_timetable (GtkWidget  *parent,
                                    PxDatabase *db,
                                    const char *class_code,
                                    const char *path)
{
  PxImportDialog *self;
  GtkRoot *root;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL && path != NULL, NULL);

  self = g_object_new (PX_TYPE_IMPORT_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->class_code = g_strdup (class_code);
  self->timetable = TRUE;
  self->path = g_strdup (path);
  /* TRANSLATORS: the title of the window that imports a timetable; %s is the class code */
  title = g_strdup_printf (_("Import the Timetable of %s"), class_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  start_import (self, PX_IMPORT_FLAGS_NONE);
  return self;
}

gboolean
px_import_dialog_get_done (PxImportDialog *self)
{
  g_return_val_if_fail (PX_IS_IMPORT_DIALOG (self), FALSE);
  return self->done;
}

PxImportReport *
px_import_dialog_get_report (PxImportDialog *self)
{
  g_return_val_if_fail (PX_IS_IMPORT_DIALOG (self), NULL);
  return self->report;
}

const char *
px_import_dialog_get_error (PxImportDialog *self)
{
  g_return_val_if_fail (PX_IS_IMPORT_DIALOG (self), NULL);
  return self->error_message;
}
