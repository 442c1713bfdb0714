/* px-printer-calibration-dialog.c: each printer's offsets for pre-printed certificate stock
 * (套打), with the test page that measures them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every printer feeds paper a little off, and on pre-printed stock a few millimetres put a
 * name across a printed line. The offsets are kept per printer (by the name GTK's print
 * dialog gives it) and applied when certificates print on that printer.
 */

#define G_LOG_DOMAIN "px-printer-calibration-dialog"

#include "config.h"

#include <math.h>
#include <gtk/gtkunixprint.h>
#include <glib/gi18n.h>

#include "px-calibration-page.h"
#include "px-document-window.h"
#include "px-print-calibration.h"
#include "px-printer-calibration-dialog.h"
#include "px-toast.h"

/* The offsets are written once typing pauses, not at every step of a spin button. */
#define SAVE_DELAY_MS 600
/* A print system that has not answered by then is not waited for to offer the name entry. */
#define SEARCH_PATIENCE_MS 3000

struct _PxPrinterCalibrationDialog
{
  AdwWindow parent_instance;

  GtkWidget *toast_overlay;
  GtkWidget *printer_row;
  GtkStringList *printer_names;
  GtkWidget *spinner;
  GtkWidget *name_row;
  GtkWidget *offset_group;
  GtkWidget *dx_spin;
  GtkWidget *dy_spin;

  PxDatabase *db;
  PxCertificateLayout *layout;
  char *printer;
  guint n_found;               /* real printers found, print-to-file and the like left out */
  gboolean searching;
  gboolean loading;
  gboolean dirty;
  guint save_source;
  guint patience_source;
};

G_DEFINE_FINAL_TYPE (PxPrinterCalibrationDialog, px_printer_calibration_dialog,
                     ADW_TYPE_WINDOW)

/* Saving */

gboolean
px_printer_calibration_dialog_save (PxPrinterCalibrationDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PX_IS_PRINTER_CALIBRATION_DIALOG (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty || self->printer == NULL)
    return TRUE;
  self->dirty = FALSE;
  if (!px_print_calibration_set (self->db, self->printer,
                                 gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->dx_spin)),
                                 gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->dy_spin)),
                                 &error))
    {
      g_autofree char *message = g_strdup_printf (_("The offsets were not saved: %s"),
                                                  error->message);
      /* a toast's title is markup; the message may quote the printer's name */
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      px_toast_show_text (self->toast_overlay, escaped);
      return FALSE;
    }
  return TRUE;
}

static void
save_timeout_cb (gpointer user_data)
{
  PxPrinterCalibrationDialog *self = user_data;

  self->save_source = 0;
  px_printer_calibration_dialog_save (self);
}

static void
offset_changed_cb (GtkSpinButton              *spin,
                   PxPrinterCalibrationDialog *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_timeout_cb, self);
}

/* The printer */

/* Shows printer's offsets, after saving the last printer's. */
static void
show_printer (PxPrinterCalibrationDialog *self,
              const char                 *printer)
{
  g_autofree char *name = g_strstrip (g_strdup (printer != NULL ? printer : ""));
  double dx, dy;

  px_printer_calibration_dialog_save (self);
  g_clear_pointer (&self->printer, g_free);
  if (*name != '\0')
    self->printer = g_steal_pointer (&name);
  px_print_calibration_get (self->db, self->printer, &dx, &dy);

  self->loading = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->dx_spin), dx);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->dy_spin), dy);
  self->loading = FALSE;
  gtk_widget_set_sensitive (self->offset_group, self->printer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calibration.print-test-page",
                                 self->printer != NULL);
}

static guint
find_name (GtkStringList *list,
           const char    *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    if (g_str_equal (gtk_string_list_get_string (list, i), name))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
update_printer_rows (PxPrinterCalibrationDialog *self)
{
  gboolean listed = g_list_model_get_n_items (G_LIST_MODEL (self->printer_names)) > 0;

  gtk_widget_set_visible (self->printer_row, listed || self->searching);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->printer_row),
                               self->searching ? _("Looking for printers…") : NULL);
  gtk_widget_set_visible (self->spinner, self->searching);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), self->searching);
  /* with no printer to pick, the one the certificates go to is named by hand */
  gtk_widget_set_visible (self->name_row, self->n_found == 0
                                          && (!self->searching || self->patience_source == 0));
}

static void
add_printer_name (PxPrinterCalibrationDialog *self,
                  const char                 *name)
{
  gboolean first = g_list_model_get_n_items (G_LIST_MODEL (self->printer_names)) == 0;

  if (find_name (self->printer_names, name) != GTK_INVALID_LIST_POSITION)
    return;
  self->loading = TRUE;
  gtk_string_list_append (self->printer_names, name);
  self->loading = FALSE;
  /* the first printer found is shown at once, unless one was named already */
  if (first && self->printer == NULL)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->printer_row), 0);
      show_printer (self, name);
    }
  else if (self->printer != NULL)
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->printer_row),
                                  find_name (self->printer_names, self->printer));
      self->loading = FALSE;
    }
}

static void
printer_selected_cb (AdwComboRow                *row,
                     GParamSpec                 *pspec,
                     PxPrinterCalibrationDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);

  const char *name;

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;
  name = gtk_string_list_get_string (self->printer_names, selected);
  show_printer (self, name);
  /* the typed name, when there is one to type, says the same */
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  self->loading = FALSE;
}

static void
printer_named_cb (GtkEditable                *editable,
                  PxPrinterCalibrationDialog *self)
{
  if (self->loading)
    return;
  show_printer (self, gtk_editable_get_text (editable));
  /* the list shows the typed printer when it has it, else nothing */
  self->loading = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->printer_row),
                              self->printer != NULL ? find_name (self->printer_names,
                                                                 self->printer)
                                                    : GTK_INVALID_LIST_POSITION);
  self->loading = FALSE;
}

/* Looking for printers: the print backends answer from the main loop, possibly after the
 * dialog is gone, so they hold it by a weak reference. */

typedef struct
{
  GWeakRef dialog;
} Search;

static void
search_free (Search *search)
{
  g_weak_ref_clear (&search->dialog);
  g_free (search);
}

static gboolean
printer_found_cb (GtkPrinter *printer,
                  gpointer    user_data)
{
  Search *search = user_data;
  g_autoptr(PxPrinterCalibrationDialog) self = g_weak_ref_get (&search->dialog);

  if (self == NULL)
    return TRUE;
  /* printing to a file needs no calibration */
  if (gtk_printer_is_virtual (printer))
    return FALSE;
  self->n_found++;
  add_printer_name (self, gtk_printer_get_name (printer));
  update_printer_rows (self);
  return FALSE;
}

static void
search_done_cb (gpointer user_data)
{
  Search *search = user_data;
  g_autoptr(PxPrinterCalibrationDialog) self = g_weak_ref_get (&search->dialog);

  if (self != NULL)
    {
      self->searching = FALSE;
      g_clear_handle_id (&self->patience_source, g_source_remove);
      update_printer_rows (self);
    }
  search_free (search);
}

static void
patience_over_cb (gpointer user_data)
{
  PxPrinterCalibrationDialog *self = user_data;

  self->patience_source = 0;
  update_printer_rows (self);
}

static void
search_printers (PxPrinterCalibrationDialog *self)
{
  Search *search = g_new0 (Search, 1);

  g_weak_ref_init (&search->dialog, self);
  self->searching = TRUE;
  self->patience_source = g_timeout_add_once (SEARCH_PATIENCE_MS, patience_over_cb, self);
  update_printer_rows (self);
  gtk_enumerate_printers (printer_found_cb, search, search_done_cb, FALSE);
}

/* The test page */

static void
print_test_page_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PxPrinterCalibrationDialog *self = PX_PRINTER_CALIBRATION_DIALOG (widget);
  g_autoptr(PxCalibrationPage) page = NULL;

  if (self->printer == NULL)
    return;
  px_printer_calibration_dialog_save (self);
  page = px_calibration_page_new (self->layout, self->printer,
                                  gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->dx_spin)),
                                  gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->dy_spin)));
  px_document_window_show (GTK_WIDGET (self), PX_DOCUMENT (page));
}

/* Building */

static GtkWidget *
add_offset_row (PxPrinterCalibrationDialog *self,
                const char                 *name,
                const char                 *title,
                const char                 *subtitle,
                GtkWidget                 **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = gtk_spin_button_new_with_range (-PX_PRINT_CALIBRATION_MAX_MM,
                                          PX_PRINT_CALIBRATION_MAX_MM, 0.5);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (*spin), 1);
  gtk_widget_set_valign (*spin, GTK_ALIGN_CENTER);
  g_signal_connect (*spin, "value-changed", G_CALLBACK (offset_changed_cb), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *spin);
  gtk_widget_set_name (row, name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->offset_group), row);
  return row;
}

static GtkWidget *
build_printer_group (PxPrinterCalibrationDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Printer"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each printer feeds paper a little differently, so "
                                           "each keeps offsets of its own."));

  self->printer_names = gtk_string_list_new (NULL);
  self->printer_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->printer_row), _("Printer"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->printer_row),
                           G_LIST_MODEL (self->printer_names));
  gtk_widget_set_name (self->printer_row, "printer");
  self->spinner = gtk_spinner_new ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->printer_row), self->spinner);
  g_signal_connect (self->printer_row, "notify::selected", G_CALLBACK (printer_selected_cb),
                    self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->printer_row);

  self->name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 _("No printer found: the printer’s name"));
  gtk_widget_set_name (self->name_row, "printer-name");
  g_signal_connect (self->name_row, "changed", G_CALLBACK (printer_named_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  return group;
}

static GtkWidget *
build_offset_group (PxPrinterCalibrationDialog *self)
{
  self->offset_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->offset_group), _("Offsets"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->offset_group),
                                         _("Kept for this printer and applied whenever "
                                           "certificates print on it."));
  add_offset_row (self, "dx", _("Across (mm)"), _("Positive moves the print right"),
                  &self->dx_spin);
  add_offset_row (self, "dy", _("Down (mm)"), _("Positive moves the print down"),
                  &self->dy_spin);
  return self->offset_group;
}

/* How to measure, with the page to measure on. */
static GtkWidget *
build_test_page_group (PxPrinterCalibrationDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Print Test Page…"));
  g_autofree char *description = NULL;
  char mark[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (mark, sizeof mark, "%g", PX_CALIBRATION_MARK_MM);
  description = g_strdup_printf (_("Print the test page on plain paper at 100 %% (no “fit to "
                                   "page”). Measure how far the centre of crosshair A lies "
                                   "from the paper’s left edge (X) and from its top edge (Y): "
                                   "both should be %s mm. Add %s − X to the offset across and "
                                   "%s − Y to the offset down, then print the page again to "
                                   "check."), mark, mark, mark);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Measuring"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "calibration.print-test-page");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_name (button, "print-test-page");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
  return group;
}

static void
build_window (PxPrinterCalibrationDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_printer_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_test_page_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_offset_group (self)));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), box);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);
}

/* Public */

const char *
px_printer_calibration_dialog_get_printer (PxPrinterCalibrationDialog *self)
{
  g_return_val_if_fail (PX_IS_PRINTER_CALIBRATION_DIALOG (self), NULL);
  return self->printer;
}

gboolean
px_printer_calibration_dialog_get_searching (PxPrinterCalibrationDialog *self)
{
  g_return_val_if_fail (PX_IS_PRINTER_CALIBRATION_DIALOG (self), FALSE);
  return self->searching;
}

/* GObject */

static gboolean
px_printer_calibration_dialog_close_request (GtkWindow *window)
{
  px_printer_calibration_dialog_save (PX_PRINTER_CALIBRATION_DIALOG (window));
  return GTK_WINDOW_CLASS (px_printer_calibration_dialog_parent_class)->close_request (window);
}

static void
px_printer_calibration_dialog_dispose (GObject *object)
{
  PxPrinterCalibrationDialog *self = PX_PRINTER_CALIBRATION_DIALOG (object);

  /* destroyed without closing (its parent went): what was typed is kept all the same */
  if (self->db != NULL)
    px_printer_calibration_dialog_save (self);
  self->loading = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->patience_source, g_source_remove);
  g_clear_object (&self->printer_names);
  g_clear_pointer (&self->layout, px_certificate_layout_free);
  g_clear_pointer (&self->printer, g_free);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_printer_calibration_dialog_parent_class)->dispose (object);
}

static void
px_printer_calibration_dialog_class_init (PxPrinterCalibrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_printer_calibration_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = px_printer_calibration_dialog_close_request;

  gtk_widget_class_install_action (widget_class, "calibration.print-test-page", NULL,
                                   print_test_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_printer_calibration_dialog_init (PxPrinterCalibrationDialog *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Printer Calibration"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
  build_window (self);
}

PxPrinterCalibrationDialog *
px_printer_calibration_dialog_new (GtkWindow                 *parent,
                                   PxDatabase                *db,
                                   const PxCertificateLayout *layout)
{
  PxPrinterCalibrationDialog *self;
  g_autoptr(GPtrArray) calibrated = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_PRINTER_CALIBRATION_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->db = g_object_ref (db);
  self->layout = layout != NULL ? px_certificate_layout_copy (layout)
                                : px_certificate_layout_load_default (db, NULL);
  if (self->layout == NULL)
    self->layout = px_certificate_layout_new_default ();

  /* printers calibrated before are offered even when they are not connected now */
  calibrated = px_print_calibration_list (db, NULL);
  for (guint i = 0; calibrated != NULL && i < calibrated->len; i++)
    add_printer_name (self, ((PxPrintCalibration *) g_ptr_array_index (calibrated, i))->printer);
  show_printer (self, self->printer);
  search_printers (self);
  return self;
}
