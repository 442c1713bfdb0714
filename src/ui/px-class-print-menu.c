/* px-class-print-menu.c: the Print menu of a class page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each item makes one of the class's documents in a worker thread, on a connection of its own,
 * and opens it in a PxDocumentWindow. What a document was made from (the class, the roster's
 * columns, the day) stays with its window, so that an option changed there makes it again
 * without the menu, which may be gone by then with the class page.
 */

#define G_LOG_DOMAIN "px-class-print-menu"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "px-certificate-document.h"
#include "px-certificates.h"
#include "px-class-archive.h"
#include "px-class-print-menu.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-document-window.h"
#include "px-evaluation-form.h"
#include "px-format.h"
#include "px-group-list.h"
#include "px-render-error.h"
#include "px-roster-document.h"
#include "px-schedule.h"
#include "px-signin-sheet.h"
#include "px-table-cards.h"
#include "px-toast.h"

typedef struct _PrintKind PrintKind;

/* What a document is made from: kept by its window for as long as it is open. */
typedef struct
{
  const PrintKind *kind;
  PxDatabase *db;         /* the main connection: builds open their own from it */
  char *class_id;
  GStrv columns;          /* the roster's columns; NULL: the default ones */
  char *date;             /* one day (YYYY-MM-DD) of sign-in sheets or evaluation forms */
  guint generation;       /* bumped by each rebuild: only the newest one is shown */
} Request;

/* A copy of the request for the worker, which must not read what the window may change. */
typedef struct
{
  const PrintKind *kind;
  PxDatabase *connection; /* NULL: opened in the worker, for kinds that may write */
  char *db_path;
  char *class_id;
  GStrv columns;
  char *date;
  guint generation;
} Job;

struct _PrintKind
{
  const char *name;
  const char *label;      /* N_() */
  PxDocument *(*build) (PxDatabase *db, const Job *job, GError **error);
  /* the options above the page; NULL: none */
  GtkWidget *(*make_options) (GtkWindow *window, Request *request);
  /* made on a connection that may write (signing a certificate makes the school's key) */
  gboolean writes;
  /* printed onto pre-printed stock: each printer's calibration applies */
  gboolean calibrated;
};

struct _PxClassPrintMenu
{
  AdwBin parent_instance;

  GtkMenuButton *button;

  PxDatabase *db;
  char *class_id;
  gboolean busy;
};

G_DEFINE_FINAL_TYPE (PxClassPrintMenu, px_class_print_menu, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
request_free (Request *request)
{
  g_object_unref (request->db);
  g_free (request->class_id);
  g_strfreev (request->columns);
  g_free (request->date);
  g_free (request);
}

static void
job_free (Job *job)
{
  g_clear_object (&job->connection);
  g_free (job->db_path);
  g_free (job->class_id);
  g_strfreev (job->columns);
  g_free (job->date);
  g_free (job);
}

/* Builds */

static PxDocument *
build_schedule (PxDatabase  *db,
                const Job   *job,
                GError     **error)
{
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (db, job->class_id, error);

  if (schedule == NULL)
    return NULL;
  /* an empty grid on paper helps nobody and hides the mistake */
  if (px_schedule_get_n_sessions (schedule) == 0)
    {
      g_set_error_literal (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                           _("This class has no sessions yet, so there is no schedule to print. "
                             "Add them on its Timetable tab first."));
      return NULL;
    }
  return PX_DOCUMENT (g_steal_pointer (&schedule));
}

static PxDocument *
build_roster (PxDatabase  *db,
              const Job   *job,
              GError     **error)
{
  return PX_DOCUMENT (px_roster_document_new (db, job->class_id,
                                              (const char * const *) job->columns, error));
}

static PxDocument *
build_signin_sheets (PxDatabase  *db,
                     const Job   *job,
                     GError     **error)
{
  return PX_DOCUMENT (px_signin_sheet_new (db, job->class_id, job->date, error));
}

static PxDocument *
build_table_cards (PxDatabase  *db,
                   const Job   *job,
                   GError     **error)
{
  return PX_DOCUMENT (px_table_cards_new (db, job->class_id, error));
}

static PxDocument *
build_group_lists (PxDatabase  *db,
                   const Job   *job,
                   GError     **error)
{
  return PX_DOCUMENT (px_group_list_new (db, job->class_id, error));
}

static PxDocument *
build_evaluation_forms (PxDatabase  *db,
                        const Job   *job,
                        GError     **error)
{
  if (job->date != NULL)
    return PX_DOCUMENT (px_evaluation_form_new_for_day (db, job->class_id, job->date, NULL,
                                                        error));
  return PX_DOCUMENT (px_evaluation_form_new_for_class (db, job->class_id, error));
}

static PxDocument *
build_certificates (PxDatabase  *db,
                    const Job   *job,
                    GError     **error)
{
  return PX_DOCUMENT (px_certificate_document_new_for_class (db, job->class_id, NULL, error));
}

static PxDocument *
build_archive (PxDatabase  *db,
               const Job   *job,
               GError     **error)
{
  return PX_DOCUMENT (px_class_archive_new (db, job->class_id, error));
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  PxDocument *document;

  if (job->connection == NULL)
    job->connection = px_database_open (job->db_path, &error);
  document = job->connection != NULL ? job->kind->build (job->connection, job, &error) : NULL;
  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* Starts making request's document; done is called on the main thread. */
static gboolean
start_build (const Request        *request,
             gpointer              source_object,
             GAsyncReadyCallback   done,
             gpointer              user_data,
             GError              **error)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->kind = request->kind;
  job->db_path = g_strdup (px_database_get_path (request->db));
  job->class_id = g_strdup (request->class_id);
  job->columns = g_strdupv (request->columns);
  job->date = g_strdup (request->date);
  job->generation = request->generation;
  /* a reader sees everything the main connection committed before it reads */
  if (!request->kind->writes
      && (job->connection = px_database_open_reader (request->db, error)) == NULL)
    {
      job_free (job);
      return FALSE;
    }
  task = g_task_new (source_object, NULL, done, user_data);
  g_task_set_source_tag (task, start_build);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, build_in_thread);
  return TRUE;
}

/* Rebuilding after an option changed */

static void
rebuilt_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GtkWindow *window = GTK_WINDOW (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  Request *request = g_object_get_data (G_OBJECT (window), "print-request");
  g_autoptr(PxDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  /* an option changed again since: the newer build is the one to show (a window closed
   * meanwhile takes nothing, see px_document_window_set_document) */
  if (request == NULL || job->generation != request->generation)
    return;
  g_object_set_data (G_OBJECT (window), "rebuilding", NULL);
  if (document == NULL)
    px_document_window_toast (window, error->message);
  else
    px_document_window_set_document (window, document);
}

static void
rebuild (GtkWindow *window)
{
  Request *request = g_object_get_data (G_OBJECT (window), "print-request");
  g_autoptr(GError) error = NULL;

  request->generation++;
  g_object_set_data (G_OBJECT (window), "rebuilding", GINT_TO_POINTER (TRUE));
  if (!start_build (request, window, rebuilt_cb, NULL, &error))
    {
      g_object_set_data (G_OBJECT (window), "rebuilding", NULL);
      px_document_window_toast (window, error->message);
    }
}

/* Options: the roster's columns */

static void
column_toggled_cb (GtkCheckButton *check,
                   GtkWindow      *window)
{
  Request *request = g_object_get_data (G_OBJECT (window), "print-request");
  GObject *options = g_object_get_data (G_OBJECT (check), "options");
  const char * const *names = px_roster_document_get_column_names ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkWidget *last = NULL;
  guint n = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *column_check = g_object_get_data (options, names[i]);

      gtk_widget_set_sensitive (column_check, TRUE);
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (column_check)))
        {
          g_strv_builder_add (builder, names[i]);
          last = column_check;
          n++;
        }
    }
  /* a roster without columns is no roster: the last one stays */
  if (n == 1)
    gtk_widget_set_sensitive (last, FALSE);
  g_strfreev (request->columns);
  request->columns = g_strv_builder_end (builder);
  rebuild (window);
}

static GtkWidget *
options_row (const char *title,
             GtkWidget  *control)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_hexpand (control, TRUE);
  gtk_box_append (GTK_BOX (box), control);
  return box;
}

static GtkWidget *
roster_options (GtkWindow *window,
                Request   *request)
{
  const char * const *names = px_roster_document_get_column_names ();
  const char * const *chosen = request->columns != NULL
                               ? (const char * const *) request->columns
                               : px_roster_document_get_default_columns ();
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *options;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 20);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  options = options_row (_("Columns"), flow);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (
        px_roster_document_get_column_label (names[i]));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains (chosen, names[i]));
      g_object_set_data (G_OBJECT (options), names[i], check);
      g_object_set_data (G_OBJECT (check), "options", options);
      g_signal_connect_object (check, "toggled", G_CALLBACK (column_toggled_cb), window, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }
  return options;
}

/* Options: one day or all */

static void
day_selected_cb (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 GtkWindow   *window)
{
  Request *request = g_object_get_data (G_OBJECT (window), "print-request");
  const char * const *dates = g_object_get_data (G_OBJECT (dropdown), "dates");
  guint selected = gtk_drop_down_get_selected (dropdown);

  g_free (request->date);
  request->date = selected > 0 && selected != GTK_INVALID_LIST_POSITION
                  ? g_strdup (dates[selected - 1]) : NULL;
  rebuild (window);
}

/* A dropdown of every_label, then each day the class has sessions on. */
static GtkWidget *
day_options (GtkWindow  *window,
             Request    *request,
             const char *every_label)
{
  g_autoptr(GPtrArray) sessions = px_class_timetable_list (request->db, request->class_id, NULL);
  g_autoptr(GStrvBuilder) dates = g_strv_builder_new ();
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  const char *previous = NULL;

  gtk_string_list_append (labels, every_label);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      PxTimetableEntry *entry = g_ptr_array_index (sessions, i);
      g_autofree char *date = NULL;
      g_autoptr(GDateTime) day = NULL;
      g_autofree char *weekday = NULL;
      g_autofree char *label = NULL;
      int y, m, d;

      if (g_strcmp0 (entry->date, previous) == 0)
        continue;
      previous = entry->date;
      g_strv_builder_add (dates, entry->date);
      date = px_format_date (entry->date);
      if (sscanf (entry->date, "%4d-%2d-%2d", &y, &m, &d) == 3
          && (day = g_date_time_new_utc (y, m, d, 0, 0, 0)) != NULL)
        weekday = g_date_time_format (day, "%A");
      /* TRANSLATORS: a day in the options of a printed document: "24 Nov 2026, Tuesday" */
      label = weekday != NULL ? g_strdup_printf (_("%s, %s"), date, weekday) : g_strdup (date);
      gtk_string_list_append (labels, label);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  g_object_set_data_full (G_OBJECT (dropdown), "dates", g_strv_builder_end (dates),
                          (GDestroyNotify) g_strfreev);
  gtk_widget_set_hexpand (dropdown, FALSE);
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (day_selected_cb), window,
                           0);
  return options_row (_("Day"), dropdown);
}

static GtkWidget *
signin_options (GtkWindow *window,
                Request   *request)
{
  return day_options (window, request, _("Every session"));
}

static GtkWidget *
evaluation_options (GtkWindow *window,
                    Request   *request)
{
  return day_options (window, request, _("The class and every session"));
}

static const PrintKind kinds[] = {
  { "schedule", N_("Schedule…"), build_schedule, NULL, FALSE, FALSE },
  { "roster", N_("Roster…"), build_roster, roster_options, FALSE, FALSE },
  { "signin", N_("Sign-in Sheets…"), build_signin_sheets, signin_options, FALSE, FALSE },
  { "cards", N_("Table Cards…"), build_table_cards, NULL, FALSE, FALSE },
  { "groups", N_("Group Lists…"), build_group_lists, NULL, FALSE, FALSE },
  { "evaluation", N_("Evaluation Forms…"), build_evaluation_forms, evaluation_options, FALSE,
    FALSE },
  { "certificates", N_("Certificates…"), build_certificates, NULL, TRUE, TRUE },
  { "archive", N_("Class Archive…"), build_archive, NULL, FALSE, FALSE },
};

static const PrintKind *
find_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      return &kinds[i];
  return NULL;
}

/* Opening a document */

static void
set_busy (PxClassPrintMenu *self,
          gboolean          busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "print.document", !busy);
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  PxClassPrintMenu *self = PX_CLASS_PRINT_MENU (source);
  Request *request = user_data;
  g_autoptr(PxDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  set_busy (self, FALSE);
  document = g_task_propagate_pointer (G_TASK (result), &error);
  /* the class page was left meanwhile: nobody waits for the window any more */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    {
      request_free (request);
      return;
    }
  if (document == NULL)
    {
      request_free (request);
      px_toast_show_text (GTK_WIDGET (self), error->message);
      return;
    }
  window = px_document_window_show (GTK_WIDGET (self), document);
  g_object_set_data_full (G_OBJECT (window), "print-request", request,
                          (GDestroyNotify) request_free);
  if (request->kind->make_options != NULL)
    px_document_window_set_options (window, request->kind->make_options (window, request));
  if (request->kind->calibrated)
    px_document_window_set_print_calibration (window, request->db);
}

/* Certificates are printed with their numbers, so the trainees who completed the class and
 * have none get theirs first; FALSE when that failed, with the reason told. */
static gboolean
issue_certificates (PxClassPrintMenu *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassSummary) summary = px_class_summary_get (self->db, self->class_id, &error);
  g_autoptr(GPtrArray) issued = NULL;
  g_autofree char *message = NULL;

  if (summary != NULL)
    issued = px_certificates_issue (self->db, summary->code, &error);
  if (issued == NULL)
    {
      message = g_strdup_printf (_("Could not issue the certificates: %s"), error->message);
      px_toast_show_text (GTK_WIDGET (self), message);
      return FALSE;
    }
  if (issued->len > 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Issued %u certificate number",
                                              "Issued %u certificate numbers", issued->len),
                                 issued->len);
      px_toast_show_text (GTK_WIDGET (self), message);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return TRUE;
}

void
px_class_print_menu_print (PxClassPrintMenu *self,
                           const char       *kind_name)
{
  const PrintKind *kind;
  Request *request;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PX_IS_CLASS_PRINT_MENU (self));
  kind = find_kind (kind_name);
  g_return_if_fail (kind != NULL);

  if (self->class_id == NULL || self->busy)
    return;
  if (g_str_equal (kind->name, "certificates") && !issue_certificates (self))
    return;

  request = g_new0 (Request, 1);
  request->kind = kind;
  request->db = g_object_ref (self->db);
  request->class_id = g_strdup (self->class_id);
  /* built_cb takes the request: its window keeps it, or it is freed */
  if (!start_build (request, self, built_cb, request, &error))
    {
      request_free (request);
      px_toast_show_text (GTK_WIDGET (self), error->message);
      return;
    }
  set_busy (self, TRUE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  px_class_print_menu_print (PX_CLASS_PRINT_MENU (widget), g_variant_get_string (parameter,
                                                                                 NULL));
}

/* GObject overrides */

static void
px_class_print_menu_dispose (GObject *object)
{
  PxClassPrintMenu *self = PX_CLASS_PRINT_MENU (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_print_menu_parent_class)->dispose (object);
}

static void
px_class_print_menu_finalize (GObject *object)
{
  PxClassPrintMenu *self = PX_CLASS_PRINT_MENU (object);

  g_free (self->class_id);

  G_OBJECT_CLASS (px_class_print_menu_parent_class)->finalize (object);
}

static void
px_class_print_menu_class_init (PxClassPrintMenuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_print_menu_dispose;
  object_class->finalize = px_class_print_menu_finalize;

  /* Emitted when printing wrote to the class (certificate numbers issued). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "print.document", "s", print_action);
}

static void
px_class_print_menu_init (PxClassPrintMenu *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(kinds[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "print.document",
                                               g_variant_new_string (kinds[i].name));
      g_menu_append_item (menu, item);
    }
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "document-print-symbolic");
  gtk_menu_button_set_menu_model (self->button, G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Print (Ctrl+P)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));
}

/* Public */

PxClassPrintMenu *
px_class_print_menu_new (PxDatabase *db)
{
  PxClassPrintMenu *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_PRINT_MENU, NULL);
  self->db = g_object_ref (db);
  return self;
}

void
px_class_print_menu_set_class (PxClassPrintMenu *self,
                               const char       *class_id)
{
  g_return_if_fail (PX_IS_CLASS_PRINT_MENU (self));

  g_free (self->class_id);
  self->class_id = g_strdup (class_id);
}

void
px_class_print_menu_popup (PxClassPrintMenu *self)
{
  g_return_if_fail (PX_IS_CLASS_PRINT_MENU (self));

  /* a popover needs a place on a monitor to open at */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->button)))
    gtk_menu_button_popup (self->button);
}

const char * const *
px_class_print_menu_get_kinds (void)
{
  static const char *names[G_N_ELEMENTS (kinds) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    names[i] = kinds[i].name;
  return names;
}

gboolean
px_class_print_menu_get_busy (PxClassPrintMenu *self)
{
  g_return_val_if_fail (PX_IS_CLASS_PRINT_MENU (self), FALSE);
  return self->busy;
}
