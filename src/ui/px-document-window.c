/* px-document-window.c: a printed document on screen, page by page, with Print… and Export PDF…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page on screen is drawn by the same px_document_draw_page that prints and writes the
 * PDF, so what is seen here is what comes out of the printer.
 */

#define G_LOG_DOMAIN "px-document-window"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-document-window.h"
#include "px-page.h"
#include "px-print-calibration.h"
#include "px-toast.h"

/* Room around the page on screen, in pixels; more below, where toasts appear. */
#define PAGE_GAP        24
#define PAGE_GAP_BOTTOM 36
#define POINTS_PER_MM   (72 / 25.4)

/* How far the page's shadow spreads, in pixels. */
#define SHADOW_SPREAD   10

struct _PxDocumentWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkBox *options_box;
  GtkWidget *options_separator;
  GtkScrolledWindow *scroller;
  GtkDrawingArea *page_area;
  GtkLabel *page_label;

  /* Owned references */
  PxDocument *document;
  PxDatabase *calibration;              /* printers' offsets, when the document needs them */
  GCancellable *cancellable;
  GtkPrintOperation *print_operation;   /* while Print… runs */

  guint page;
  gboolean fit_width;
  gboolean exporting;
  /* closed: a document made for the window after that has nowhere to go */
  gboolean disposed;
};

G_DEFINE_FINAL_TYPE (PxDocumentWindow, px_document_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FIT_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The printer and its options chosen last, offered again by the next Print… of the session. */
static GtkPrintSettings *last_print_settings;

static void
show_toast (PxDocumentWindow *self,
            AdwToast         *toast)
{
  /* kept, like px_toast_show does, so that tests can read and press it */
  g_object_set_data_full (G_OBJECT (self), "last-toast", g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_toast_text (PxDocumentWindow *self,
                 const char       *message)
{
  show_toast (self, px_toast_new (message));
}

/* Page on screen */

/* Where the page lies in the drawing area of width × height pixels, and its scale from points. */
static double
page_placement (PxDocumentWindow *self,
                int               width,
                int               height,
                double           *x,
                double           *y)
{
  double page_width, page_height, scale;

  px_document_get_page_size (self->document, self->page, &page_width, &page_height);
  scale = (width - 2.0 * PAGE_GAP) / page_width;
  if (!self->fit_width)
    scale = MIN (scale, (height - PAGE_GAP - PAGE_GAP_BOTTOM) / page_height);
  scale = MAX (scale, 0.05);
  *x = floor ((width - page_width * scale) / 2);
  *y = self->fit_width ? PAGE_GAP
                       : floor (PAGE_GAP + (height - PAGE_GAP - PAGE_GAP_BOTTOM
                                            - page_height * scale) / 2);
  return scale;
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PxDocumentWindow *self = user_data;
  double page_width, page_height, x, y, scale;

  if (self->document == NULL)
    return;
  scale = page_placement (self, width, height, &x, &y);
  px_document_get_page_size (self->document, self->page, &page_width, &page_height);

  /* a soft shadow, a little lower than the page: rings fading outwards */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (int i = 1; i <= SHADOW_SPREAD; i++)
    {
      double fade = 1.0 - (i - 1.0) / SHADOW_SPREAD;

      cairo_rectangle (cr, x - i, y - i + 2, page_width * scale + 2 * i,
                       page_height * scale + 2 * i);
      cairo_rectangle (cr, x - i + 1, y - i + 3, page_width * scale + 2 * i - 2,
                       page_height * scale + 2 * i - 2);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.09 * fade * fade);
      cairo_fill (cr);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_rectangle (cr, x, y, page_width * scale, page_height * scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  px_document_draw_page (self->document, cr, self->page);
}

/* In fit-width mode the page is as wide as the window and as tall as that makes it: the
 * drawing area asks for that height and the scrolled window scrolls. */
static void
update_content_height (PxDocumentWindow *self,
                       int               width)
{
  double page_width, page_height;
  int height = 0;

  if (self->document != NULL && self->fit_width && width > 2 * PAGE_GAP)
    {
      px_document_get_page_size (self->document, self->page, &page_width, &page_height);
      height = (int) ceil (page_height * (width - 2.0 * PAGE_GAP) / page_width)
               + PAGE_GAP + PAGE_GAP_BOTTOM;
    }
  if (gtk_drawing_area_get_content_height (self->page_area) != height)
    gtk_drawing_area_set_content_height (self->page_area, height);
}

static void
page_area_resize_cb (PxDocumentWindow *self,
                     int               width,
                     int               height)
{
  update_content_height (self, width);
}

static void
update_page (PxDocumentWindow *self)
{
  guint n_pages = px_document_get_n_pages (self->document);
  g_autofree char *label = NULL;

  /* TRANSLATORS: "Page 2 of 5" under the preview */
  label = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  gtk_label_set_text (self->page_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.first-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.next-page",
                                 self->page + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.last-page",
                                 self->page + 1 < n_pages);
  update_content_height (self, gtk_widget_get_width (GTK_WIDGET (self->page_area)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

/* "A4 landscape, 3 pages" when every page is A4 the same way, else "3 pages". */
static char *
describe_pages (PxDocument *document)
{
  guint n_pages = px_document_get_n_pages (document);
  double width, height;
  gboolean same = TRUE;

  px_document_get_page_size (document, 0, &width, &height);
  for (guint i = 1; i < n_pages && same; i++)
    {
      double other_width, other_height;

      px_document_get_page_size (document, i, &other_width, &other_height);
      same = fabs (other_width - width) < 1 && fabs (other_height - height) < 1;
    }
  if (same && fabs (MIN (width, height) - PX_PAGE_A4_SHORT) < 1
      && fabs (MAX (width, height) - PX_PAGE_A4_LONG) < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u page", "%s, %u pages",
                                         n_pages),
                            width > height ? _("A4 landscape") : _("A4 portrait"), n_pages);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages),
                          n_pages);
}

static void
update_title (PxDocumentWindow *self)
{
  g_autofree char *subtitle = describe_pages (self->document);

  gtk_window_set_title (GTK_WINDOW (self), px_document_get_title (self->document));
  adw_window_title_set_title (self->window_title, px_document_get_title (self->document));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* Actions: pages */

static void
go_to_page (PxDocumentWindow *self,
            guint             page)
{
  guint n_pages = px_document_get_n_pages (self->document);

  page = MIN (page, n_pages - 1);
  if (page == self->page)
    return;
  self->page = page;
  update_page (self);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (widget);

  if (self->page > 0)
    go_to_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (widget);

  go_to_page (self, self->page + 1);
}

static void
first_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  go_to_page (PX_DOCUMENT_WINDOW (widget), 0);
}

static void
last_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  go_to_page (PX_DOCUMENT_WINDOW (widget), G_MAXUINT);
}

/* Printing */

/* The paper of a page width × height points as it lies: a known size when it is one (A4, A3,
 * B5…), so that the printer picks the right tray; else a custom one. (transfer full) */
static GtkPaperSize *
paper_size_for (double width,
                double height)
{
  double short_side = MIN (width, height);
  double long_side = MAX (width, height);
  GList *sizes = gtk_paper_size_get_paper_sizes (FALSE);
  GtkPaperSize *found = NULL;

  for (GList *l = sizes; l != NULL && found == NULL; l = l->next)
    if (fabs (gtk_paper_size_get_width (l->data, GTK_UNIT_POINTS) - short_side) < 1
        && fabs (gtk_paper_size_get_height (l->data, GTK_UNIT_POINTS) - long_side) < 1)
      found = gtk_paper_size_copy (l->data);
  g_list_free_full (sizes, (GDestroyNotify) gtk_paper_size_free);
  if (found == NULL)
    found = gtk_paper_size_new_custom ("peixun-custom", _("Document Size"), short_side,
                                       long_side, GTK_UNIT_POINTS);
  return found;
}

static void
set_up_page (PxDocument   *document,
             guint         page_index,
             GtkPageSetup *setup)
{
  GtkPaperSize *paper;
  double width, height;

  px_document_get_page_size (document, page_index, &width, &height);
  paper = paper_size_for (width, height);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_paper_size_free (paper);
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       PxDocument        *document)
{
  if (page_nr >= 0 && (guint) page_nr < px_document_get_n_pages (document))
    set_up_page (document, (guint) page_nr, setup);
}

static void
print_draw_page_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page_nr,
                    PxDocument        *document)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);
  double width, height, scale;

  double *offset = g_object_get_data (G_OBJECT (operation), "offset");

  px_document_get_page_size (document, (guint) page_nr, &width, &height);
  /* the printer's own error, measured on a test page, taken back */
  if (offset != NULL)
    cairo_translate (cr, offset[0] * POINTS_PER_MM, offset[1] * POINTS_PER_MM);
  /* 1 when the paper is the page's own; smaller or larger paper takes the page scaled whole */
  scale = MIN (paper_width / width, paper_height / height);
  cairo_translate (cr, (paper_width - width * scale) / 2, (paper_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  px_document_draw_page (document, cr, (guint) page_nr);
}

/* The printer is known once the dialog is done: its calibration, if it has one, goes with the
 * operation to every page. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PxDatabase        *db)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *printer = settings != NULL ? gtk_print_settings_get_printer (settings) : NULL;
  double *offset = g_new0 (double, 2);

  px_print_calibration_get (db, printer, &offset[0], &offset[1]);
  g_debug ("Printing on %s, offset %g mm, %g mm", printer, offset[0], offset[1]);
  g_object_set_data_full (G_OBJECT (operation), "offset", offset, g_free);
}

static void
release_document (gpointer  document,
                  GClosure *closure)
{
  g_object_unref (document);
}

GtkPrintOperation *
px_document_window_new_print_operation (PxDocument *document,
                                        PxDatabase *calibration)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  g_return_val_if_fail (PX_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (calibration == NULL || PX_IS_DATABASE (calibration), NULL);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, px_document_get_title (document));
  gtk_print_operation_set_n_pages (operation, (int) px_document_get_n_pages (document));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* the document draws its own margins: its origin is the paper's corner */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  set_up_page (document, 0, setup);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* the operation keeps the document for as long as it may draw */
  g_signal_connect_data (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb),
                         g_object_ref (document), release_document, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (print_draw_page_cb),
                         g_object_ref (document), release_document, 0);
  if (calibration != NULL)
    g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                           g_object_ref (calibration), release_document, 0);
  return operation;
}

static void
print_failed (PxDocumentWindow *self,
              const GError     *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

  show_toast_text (self, message);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PxDocumentWindow        *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        print_failed (self, error);
      g_object_set_data (G_OBJECT (operation), "reported", GINT_TO_POINTER (TRUE));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_clear_object (&last_print_settings);
      last_print_settings = g_object_ref (gtk_print_operation_get_print_settings (operation));
    }
  if (self->print_operation == operation)
    g_clear_object (&self->print_operation);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->print_operation != NULL)
    return;
  operation = px_document_window_new_print_operation (self->document, self->calibration);
  if (last_print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_print_settings);
  /* "Current Page" in the dialog: the one on screen */
  gtk_print_operation_set_current_page (operation, (int) self->page);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  self->print_operation = g_object_ref (operation);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL
      && g_object_get_data (G_OBJECT (operation), "reported") == NULL)
    print_failed (self, error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->print_operation == operation)
    g_clear_object (&self->print_operation);
}

/* Export PDF */

typedef struct
{
  PxDocument *document;
  char *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->document);
  g_free (job->path);
  g_free (job);
}

/* The document is only read while it draws, so the worker may draw it while the window does. */
static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (px_document_write_pdf (job->document, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PxDocumentWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the PDF: %s"),
                                                  error->message);

      show_toast_text (self, message);
    }
}

static void
open_exported_cb (AdwToast         *toast,
                  PxDocumentWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launched_cb, g_object_ref (self));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;
  AdwToast *toast;

  self->exporting = FALSE;
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.export-pdf", TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      show_toast_text (self, message);
      return;
    }
  message = g_strdup_printf (_("Exported to “%s”"), basename);
  toast = px_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_filename_to_uri (job->path, NULL, NULL),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
  show_toast (self, toast);
}

void
px_document_window_export_to (GtkWindow *window,
                              GFile     *file)
{
  PxDocumentWindow *self;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  self = PX_DOCUMENT_WINDOW (window);
  if (self->disposed)
    return;
  job = g_new0 (ExportJob, 1);
  job->document = g_object_ref (self->document);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("Could not export: “%s” is not a local "
                                                    "file."), uri);

      export_job_free (job);
      show_toast_text (self, message);
      return;
    }
  self->exporting = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.export-pdf", FALSE);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, px_document_window_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
px_document_window_get_exporting (GtkWindow *window)
{
  g_return_val_if_fail (PX_IS_DOCUMENT_WINDOW (window), FALSE);
  return PX_DOCUMENT_WINDOW (window)->exporting;
}

static void
export_chosen_cb (GtkNativeDialog  *native,
                  int               response,
                  PxDocumentWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *name = g_file_get_basename (file);

      /* a name typed without the extension still makes a file a PDF viewer opens */
      if (!g_str_has_suffix (name, ".pdf") && !g_str_has_suffix (name, ".PDF"))
        {
          g_autofree char *with_extension = g_strconcat (name, ".pdf", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, with_extension);
        }
      px_document_window_export_to (GTK_WINDOW (self), file);
    }
  g_object_unref (native);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = px_document_suggest_file_name (self->document);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                        _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* GObject overrides */

static void
px_document_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_document_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      if (self->fit_width != g_value_get_boolean (value))
        {
          self->fit_width = g_value_get_boolean (value);
          if (self->document != NULL)
            update_page (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_document_window_dispose (GObject *object)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_DOCUMENT_WINDOW);
  g_clear_object (&self->print_operation);
  g_clear_object (&self->document);
  g_clear_object (&self->calibration);

  G_OBJECT_CLASS (px_document_window_parent_class)->dispose (object);
}

static void
px_document_window_finalize (GObject *object)
{
  PxDocumentWindow *self = PX_DOCUMENT_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (px_document_window_parent_class)->finalize (object);
}

static void
px_document_window_class_init (PxDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = px_document_window_get_property;
  object_class->set_property = px_document_window_set_property;
  object_class->dispose = px_document_window_dispose;
  object_class->finalize = px_document_window_finalize;

  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, options_box);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, options_separator);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, page_area);
  gtk_widget_class_bind_template_child (widget_class, PxDocumentWindow, page_label);
  gtk_widget_class_bind_template_callback (widget_class, page_area_resize_cb);

  gtk_widget_class_install_action (widget_class, "document.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "document.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "document.first-page", NULL,
                                   first_page_action);
  gtk_widget_class_install_action (widget_class, "document.last-page", NULL, last_page_action);
  gtk_widget_class_install_action (widget_class, "document.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "document.export-pdf", NULL,
                                   export_pdf_action);
  gtk_widget_class_install_property_action (widget_class, "document.fit-width", "fit-width");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "document.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0,
                                       "document.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "document.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0,
                                       "document.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0,
                                       "document.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0,
                                       "document.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "document.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "document.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_document_window_init (PxDocumentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_drawing_area_set_draw_func (self->page_area, draw_page_cb, self, NULL);
}

/* Public */

GtkWindow *
px_document_window_show (GtkWidget  *parent,
                         PxDocument *document)
{
  PxDocumentWindow *self;
  GtkRoot *root;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PX_IS_DOCUMENT (document), NULL);

  self = g_object_new (PX_TYPE_DOCUMENT_WINDOW, NULL);
  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
      if (gtk_window_get_application (GTK_WINDOW (root)) != NULL)
        gtk_window_set_application (GTK_WINDOW (self),
                                    gtk_window_get_application (GTK_WINDOW (root)));
    }
  px_document_window_set_document (GTK_WINDOW (self), document);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}

void
px_document_window_set_options (GtkWindow *window,
                                GtkWidget *options)
{
  PxDocumentWindow *self;
  GtkWidget *child;

  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));
  g_return_if_fail (options == NULL || GTK_IS_WIDGET (options));

  self = PX_DOCUMENT_WINDOW (window);
  if (self->disposed)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->options_box))) != NULL)
    gtk_box_remove (self->options_box, child);
  if (options != NULL)
    gtk_box_append (self->options_box, options);
  gtk_widget_set_visible (GTK_WIDGET (self->options_box), options != NULL);
  gtk_widget_set_visible (self->options_separator, options != NULL);
}

void
px_document_window_set_document (GtkWindow  *window,
                                 PxDocument *document)
{
  PxDocumentWindow *self;

  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));
  g_return_if_fail (PX_IS_DOCUMENT (document));

  self = PX_DOCUMENT_WINDOW (window);
  if (self->disposed)
    return;
  g_set_object (&self->document, document);
  self->page = MIN (self->page, px_document_get_n_pages (document) - 1);
  update_title (self);
  update_page (self);
}

PxDocument *
px_document_window_get_document (GtkWindow *window)
{
  g_return_val_if_fail (PX_IS_DOCUMENT_WINDOW (window), NULL);
  return PX_DOCUMENT_WINDOW (window)->document;
}

void
px_document_window_set_print_calibration (GtkWindow  *window,
                                          PxDatabase *db)
{
  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));
  g_return_if_fail (db == NULL || PX_IS_DATABASE (db));

  g_set_object (&PX_DOCUMENT_WINDOW (window)->calibration, db);
}

void
px_document_window_toast (GtkWindow  *window,
                          const char *message)
{
  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));
  g_return_if_fail (message != NULL);

  if (!PX_DOCUMENT_WINDOW (window)->disposed)
    show_toast_text (PX_DOCUMENT_WINDOW (window), message);
}

guint
px_document_window_get_page (GtkWindow *window)
{
  g_return_val_if_fail (PX_IS_DOCUMENT_WINDOW (window), 0);
  return PX_DOCUMENT_WINDOW (window)->page;
}

void
px_document_window_set_page (GtkWindow *window,
                             guint      page_index)
{
  g_return_if_fail (PX_IS_DOCUMENT_WINDOW (window));

  if (!PX_DOCUMENT_WINDOW (window)->disposed)
    go_to_page (PX_DOCUMENT_WINDOW (window), page_index);
}
