/* test-certificate-template-editor.c: the certificate template editor and the printer
 * calibration dialog, driven through their rows and actions and checked against what core then
 * holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "px-application.h"
#include "px-calibration-page.h"
#include "px-certificate-layout.h"
#include "px-certificate-preview.h"
#include "px-certificate-template-editor.h"
#include "px-document-window.h"
#include "px-print-calibration.h"
#include "px-printer-calibration-dialog.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"
#include "px-window.h"

/* One application for the program: it is registered on the session bus once. */
static AdwApplication *app;

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *parent;
  PxCertificateTemplateEditor *editor;   /* NULL until open_editor */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = px_test_make_dir ();
  f->db = px_ui_test_open_database (f->dir, "school.db");
  f->parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (f->parent));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->editor != NULL)
    {
      /* nothing of ours keeps the editor alive once it is closed */
      g_object_ref (f->editor);
      gtk_window_destroy (GTK_WINDOW (f->editor));
      px_ui_test_iterate ();
      g_assert_finalize_object (f->editor);
    }
  gtk_window_destroy (GTK_WINDOW (f->parent));
  px_ui_test_iterate ();
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Helpers */

static GtkWidget *
named (GtkWidget  *window,
       const char *name)
{
  GtkWidget *widget = px_ui_test_find_named (window, name);

  g_assert_nonnull (widget);
  return widget;
}

/* The spin button of the row called name. */
static GtkSpinButton *
spin_of (GtkWidget  *window,
         const char *name)
{
  return GTK_SPIN_BUTTON (px_ui_test_find_type (named (window, name), GTK_TYPE_SPIN_BUTTON));
}

static void
type_into (GtkWidget  *window,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (named (window, name)), text);
  px_ui_test_iterate ();
}

/* The title of the toast shown last on the window's toast overlay, or NULL when none was. */
static const char *
last_toast_title (GtkWidget *window)
{
  GtkWidget *overlay = px_ui_test_find_type (window, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = px_ui_test_get_last_toast (overlay);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* A template saved through the model, named name, with the default's fields. */
static char *
add_template (Fixture    *f,
              const char *name,
              gboolean    is_default)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(GError) error = NULL;

  g_free (layout->name);
  layout->name = g_strdup (name);
  layout->is_default = is_default;
  g_assert_true (px_certificate_layout_save (f->db, layout, &error));
  g_assert_no_error (error);
  return g_strdup (layout->id);
}

static PxCertificateLayout *
stored (Fixture    *f,
        const char *id)
{
  g_autoptr(GError) error = NULL;
  PxCertificateLayout *layout = px_certificate_layout_load (f->db, id, &error);

  g_assert_no_error (error);
  return layout;
}

static GtkWidget *
editor_widget (Fixture *f)
{
  return GTK_WIDGET (f->editor);
}

static void
open_editor (Fixture *f)
{
  f->editor = px_certificate_template_editor_new (GTK_WINDOW (f->parent), f->db);
  gtk_window_present (GTK_WINDOW (f->editor));
  px_ui_test_iterate ();
}

/* Tests */

/* An empty database lists the built-in template as the default; saving it writes it. */
static void
test_lists_builtin (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) layouts = NULL;
  g_autoptr(PxCertificateLayout) builtin = px_certificate_layout_new_default ();
  const PxCertificateLayout *shown;
  GtkListBox *list;

  open_editor (f);
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 1);
  shown = px_certificate_template_editor_get_template (f->editor, 0);
  g_assert_null (shown->id);
  g_assert_true (shown->is_default);
  g_assert_cmpstr (shown->name, ==, builtin->name);
  g_assert_false (px_certificate_template_editor_get_modified (f->editor));
  list = GTK_LIST_BOX (named (editor_widget (f), "templates"));
  g_assert_nonnull (gtk_list_box_get_selected_row (list));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (px_ui_test_find_type
                                                      (named (editor_widget (f), "default"),
                                                       GTK_TYPE_SWITCH))));
  /* the first field is selected, its rows shown */
  g_assert_cmpint (px_certificate_template_editor_get_field (f->editor), ==, 0);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin_of (editor_widget (f), "x")),
                                  builtin->fields->len > 0
                                  ? ((PxCertificateField *) builtin->fields->pdata[0])->x_mm
                                  : 0, 0.01);

  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();
  layouts = px_certificate_layouts_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (layouts->len, ==, 1);
  g_assert_true (((PxCertificateLayout *) layouts->pdata[0])->is_default);
  g_assert_cmpstr (((PxCertificateLayout *) layouts->pdata[0])->id, ==,
                   px_certificate_template_editor_get_template (f->editor, 0)->id);
  g_assert_nonnull (last_toast_title (editor_widget (f)));
}

/* Stored templates are listed with the default first and marked. */
static void
test_lists_default (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *plain = add_template (f, "党校通用", FALSE);
  g_autofree char *dflt = add_template (f, "主体班套打", TRUE);
  g_autofree char *png = px_ui_test_build_path ("certificates", "certificate-template-editor.png");
  GtkListBox *list;
  GtkWidget *row;

  open_editor (f);
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 2);
  g_assert_cmpstr (px_certificate_template_editor_get_template (f->editor, 0)->id, ==, dflt);
  g_assert_true (px_certificate_template_editor_get_template (f->editor, 0)->is_default);
  g_assert_cmpstr (px_certificate_template_editor_get_template (f->editor, 1)->id, ==, plain);
  g_assert_false (px_certificate_template_editor_get_template (f->editor, 1)->is_default);

  /* the default says so in the list, the other does not */
  list = GTK_LIST_BOX (named (editor_widget (f), "templates"));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "note-label")));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "note-label")));

  gtk_window_set_default_size (GTK_WINDOW (f->editor), 1280, 820);
  px_ui_test_save_png (editor_widget (f), png);
}

/* Editing the name and a field's position (typed, and dragged on the preview), then saving,
 * writes the template. */
static void
test_edit_and_save (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *id = add_template (f, "党校通用", TRUE);
  g_autoptr(PxCertificateLayout) saved = NULL;
  PxCertificatePreview *preview;
  const PxCertificateField *field;
  double x, y;
  int hit;

  open_editor (f);
  type_into (editor_widget (f), "name", "结业证书（主体班）");
  g_assert_true (px_certificate_template_editor_get_modified (f->editor));
  g_assert_cmpstr (px_certificate_template_editor_get_edited (f->editor)->name, ==,
                   "结业证书（主体班）");

  /* the second field, moved by its spin buttons */
  px_certificate_template_editor_select_field (f->editor, 1);
  gtk_spin_button_set_value (spin_of (editor_widget (f), "x"), 55.5);
  gtk_spin_button_set_value (spin_of (editor_widget (f), "y"), 81);
  gtk_spin_button_set_value (spin_of (editor_widget (f), "size"), 20);

  /* the last field, picked on the preview where it is drawn, and dragged */
  gtk_window_set_default_size (GTK_WINDOW (f->editor), 1280, 820);
  px_ui_test_save_png (editor_widget (f), "/dev/null");
  preview = PX_CERTIFICATE_PREVIEW (named (editor_widget (f), "preview"));
  field = px_certificate_layout_get_field (px_certificate_template_editor_get_edited (f->editor),
                                           px_certificate_layout_get_n_fields
                                             (px_certificate_template_editor_get_edited
                                                (f->editor)) - 1);
  px_certificate_preview_page_to_widget (preview, field->x_mm + 1, field->y_mm + 1, &x, &y);
  hit = px_certificate_preview_field_at (preview, x, y);
  g_assert_cmpint (hit, ==, (int) px_certificate_layout_get_n_fields
                                    (px_certificate_template_editor_get_edited (f->editor)) - 1);
  g_signal_emit_by_name (preview, "field-selected", hit);
  g_assert_cmpint (px_certificate_template_editor_get_field (f->editor), ==, hit);
  g_signal_emit_by_name (preview, "field-moved", (guint) hit, 40.0, 150.5);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin_of (editor_widget (f), "y")),
                                  150.5, 0.01);

  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();
  g_assert_false (px_certificate_template_editor_get_modified (f->editor));

  saved = stored (f, id);
  g_assert_cmpstr (saved->name, ==, "结业证书（主体班）");
  field = px_certificate_layout_get_field (saved, 1);
  g_assert_cmpfloat_with_epsilon (field->x_mm, 55.5, 0.01);
  g_assert_cmpfloat_with_epsilon (field->y_mm, 81, 0.01);
  g_assert_cmpfloat_with_epsilon (field->size_pt, 20, 0.01);
  field = px_certificate_layout_get_field (saved, (guint) hit);
  g_assert_cmpfloat_with_epsilon (field->x_mm, 40, 0.01);
  g_assert_cmpfloat_with_epsilon (field->y_mm, 150.5, 0.01);
}

/* Fields are added, reordered, edited and removed through the actions. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *id = add_template (f, "党校通用", TRUE);
  g_autoptr(PxCertificateLayout) saved = NULL;
  guint n;
  const PxCertificateField *field;
  GtkTextBuffer *buffer;
  GtkWidget *row;

  open_editor (f);
  n = px_certificate_layout_get_n_fields (px_certificate_template_editor_get_edited (f->editor));
  gtk_widget_activate_action (editor_widget (f), "editor.add-field", "s", "custom");
  g_assert_cmpuint (px_certificate_layout_get_n_fields
                      (px_certificate_template_editor_get_edited (f->editor)), ==, n + 1);
  g_assert_cmpint (px_certificate_template_editor_get_field (f->editor), ==, (int) n);

  /* its text, typed and with a placeholder from the menu */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (named (editor_widget (f), "field-text")));
  gtk_text_buffer_set_text (buffer, "<学员> & 家属：", -1);
  gtk_widget_activate_action (named (editor_widget (f), "field-form"),
                              "field.insert-placeholder", "s", "{name}");
  gtk_widget_activate_action (editor_widget (f), "editor.move-field-up", NULL);
  g_assert_cmpint (px_certificate_template_editor_get_field (f->editor), ==, (int) n - 1);
  /* the list shows the text as typed, markup characters and all */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (named (editor_widget (f),
                                                                        "fields")),
                                                   (int) n - 1));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "<学员> & 家属：{name}");
  gtk_switch_set_active (GTK_SWITCH (px_ui_test_find_type (named (editor_widget (f), "bold"),
                                                           GTK_TYPE_SWITCH)), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor_widget (f), "align")),
                              PX_CERTIFICATE_ALIGN_RIGHT);
  /* the first field goes */
  px_certificate_template_editor_select_field (f->editor, 0);
  gtk_widget_activate_action (editor_widget (f), "editor.remove-field", NULL);
  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();

  saved = stored (f, id);
  g_assert_cmpuint (px_certificate_layout_get_n_fields (saved), ==, n);
  field = px_certificate_layout_get_field (saved, n - 2);
  g_assert_cmpint (field->kind, ==, PX_CERTIFICATE_FIELD_CUSTOM);
  g_assert_cmpstr (field->text, ==, "<学员> & 家属：{name}");
  g_assert_true (field->bold);
  g_assert_cmpint (field->align, ==, PX_CERTIFICATE_ALIGN_RIGHT);
}

/* An invalid numbering pattern is marked as it is typed and blocks saving. */
static void
test_invalid_pattern (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *id = add_template (f, "党校通用", TRUE);
  g_autoptr(PxCertificateLayout) saved = NULL;
  g_autoptr(PxCertificateLayout) fixed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example = NULL;
  GtkWidget *pattern, *explained;

  open_editor (f);
  pattern = named (editor_widget (f), "numbering-pattern");
  explained = named (editor_widget (f), "numbering-example");
  g_assert_false (gtk_widget_has_css_class (pattern, "error"));
  example = g_strdup_printf ("%dZT001001", g_date_time_get_year (now));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (explained)), ==, example);

  type_into (editor_widget (f), "name", "改了名字");
  type_into (editor_widget (f), "numbering-pattern", "{year}<{班号}&{seq:3}");
  g_assert_true (gtk_widget_has_css_class (pattern, "error"));
  g_assert_true (gtk_widget_has_css_class (explained, "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (explained)), !=, example);
  g_assert_cmpuint (strlen (adw_action_row_get_subtitle (ADW_ACTION_ROW (explained))), >, 0);

  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();
  saved = stored (f, id);
  g_assert_cmpstr (saved->name, ==, "党校通用");
  g_assert_cmpstr (saved->numbering_pattern, ==, PX_CERTIFICATE_DEFAULT_PATTERN);
  g_assert_true (px_certificate_template_editor_get_modified (f->editor));
  g_assert_nonnull (last_toast_title (editor_widget (f)));
  g_assert_true (gtk_widget_has_css_class (pattern, "error"));

  /* put right, the mark goes and the example follows the pattern */
  type_into (editor_widget (f), "numbering-pattern", "PX{year}-{seq:4}");
  g_assert_false (gtk_widget_has_css_class (pattern, "error"));
  g_clear_pointer (&example, g_free);
  example = g_strdup_printf ("PX%d-0001", g_date_time_get_year (now));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (explained)), ==, example);
  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();
  fixed = stored (f, id);
  g_assert_cmpstr (fixed->numbering_pattern, ==, "PX{year}-{seq:4}");
  g_assert_cmpstr (fixed->name, ==, "改了名字");
}

/* A blank name or one another template has is refused on the name row. */
static void
test_name_checked (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = add_template (f, "党校通用", TRUE);
  g_autofree char *second = add_template (f, "主体班", FALSE);
  g_autoptr(PxCertificateLayout) saved = NULL;
  GtkWidget *name;

  open_editor (f);
  name = named (editor_widget (f), "name");
  type_into (editor_widget (f), "name", "  ");
  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  type_into (editor_widget (f), "name", "主体班");
  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_nonnull (strstr (last_toast_title (editor_widget (f)), "主体班"));
  saved = stored (f, first);
  g_assert_cmpstr (saved->name, ==, "党校通用");
}

static void
respond (Fixture    *f,
         const char *response)
{
  AdwMessageDialog *dialog = px_certificate_template_editor_get_dialog (f->editor);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  px_ui_test_iterate ();
}

/* Leaving a template with unsaved changes asks: Cancel stays, Discard drops, Save writes. */
static void
test_switch_asks (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *first = add_template (f, "党校通用", TRUE);
  g_autofree char *second = add_template (f, "主体班", FALSE);
  g_autoptr(PxCertificateLayout) kept = NULL;
  g_autoptr(PxCertificateLayout) saved = NULL;
  GtkListBox *list;

  open_editor (f);
  list = GTK_LIST_BOX (named (editor_widget (f), "templates"));
  type_into (editor_widget (f), "name", "党校通用（改）");

  /* clicking the other template asks, and the list keeps showing the one edited */
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  px_ui_test_iterate ();
  g_assert_nonnull (px_certificate_template_editor_get_dialog (f->editor));
  g_assert_cmpuint (px_certificate_template_editor_get_current (f->editor), ==, 0);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 0);
  respond (f, "cancel");
  g_assert_cmpuint (px_certificate_template_editor_get_current (f->editor), ==, 0);
  g_assert_true (px_certificate_template_editor_get_modified (f->editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (editor_widget (f), "name"))), ==,
                   "党校通用（改）");

  g_assert_false (px_certificate_template_editor_select_template (f->editor, 1));
  respond (f, "discard");
  g_assert_cmpuint (px_certificate_template_editor_get_current (f->editor), ==, 1);
  g_assert_false (px_certificate_template_editor_get_modified (f->editor));
  kept = stored (f, first);
  g_assert_cmpstr (kept->name, ==, "党校通用");
  g_assert_cmpstr (px_certificate_template_editor_get_template (f->editor, 0)->name, ==,
                   "党校通用");

  type_into (editor_widget (f), "name", "主体班（改）");
  g_assert_false (px_certificate_template_editor_select_template (f->editor, 0));
  respond (f, "save");
  g_assert_null (px_certificate_template_editor_get_dialog (f->editor));
  g_assert_cmpstr (px_certificate_template_editor_get_edited (f->editor)->id, ==, first);
  saved = stored (f, second);
  g_assert_cmpstr (saved->name, ==, "主体班（改）");

  /* without changes it does not ask */
  g_assert_true (px_certificate_template_editor_select_template (f->editor, 1));
  g_assert_null (px_certificate_template_editor_get_dialog (f->editor));
}

/* A new template is unsaved work until saved; discarding it takes it off the list. */
static void
test_new_template (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = add_template (f, "党校通用", TRUE);
  g_autoptr(GPtrArray) layouts = NULL;
  g_autoptr(GError) error = NULL;
  const PxCertificateLayout *edited;

  open_editor (f);
  gtk_widget_activate_action (editor_widget (f), "editor.new", "s", "copy");
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 2);
  g_assert_cmpuint (px_certificate_template_editor_get_current (f->editor), ==, 1);
  edited = px_certificate_template_editor_get_edited (f->editor);
  g_assert_null (edited->id);
  g_assert_false (edited->is_default);
  g_assert_nonnull (strstr (edited->name, "党校通用"));
  g_assert_cmpstr (edited->name, !=, "党校通用");
  g_assert_true (px_certificate_template_editor_get_modified (f->editor));

  g_assert_false (px_certificate_template_editor_select_template (f->editor, 0));
  respond (f, "discard");
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 1);
  g_assert_cmpuint (px_certificate_template_editor_get_current (f->editor), ==, 0);

  gtk_widget_activate_action (editor_widget (f), "editor.new", "s", "default");
  type_into (editor_widget (f), "name", "培训中心证书");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor_widget (f), "page-size")),
                              PX_CERTIFICATE_PAGE_CUSTOM);
  px_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (named (editor_widget (f), "page-width")));
  gtk_spin_button_set_value (spin_of (editor_widget (f), "page-width"), 190);
  gtk_spin_button_set_value (spin_of (editor_widget (f), "page-height"), 260);
  gtk_switch_set_active (GTK_SWITCH (px_ui_test_find_type (named (editor_widget (f), "preprinted"),
                                                           GTK_TYPE_SWITCH)), TRUE);
  gtk_widget_activate_action (editor_widget (f), "editor.save", NULL);
  px_ui_test_iterate ();

  layouts = px_certificate_layouts_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (layouts->len, ==, 2);
  for (guint i = 0; i < layouts->len; i++)
    {
      PxCertificateLayout *layout = layouts->pdata[i];

      if (g_strcmp0 (layout->id, first) == 0)
        continue;
      g_assert_cmpstr (layout->name, ==, "培训中心证书");
      g_assert_cmpint (layout->page_size, ==, PX_CERTIFICATE_PAGE_CUSTOM);
      g_assert_cmpfloat_with_epsilon (layout->custom_width_mm, 190, 0.01);
      g_assert_cmpfloat_with_epsilon (layout->custom_height_mm, 260, 0.01);
      g_assert_true (layout->preprinted);
      g_assert_false (layout->is_default);
    }
}

/* Closing with unsaved changes asks too; Discard closes. */
static void
test_close_asks (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = add_template (f, "党校通用", TRUE);
  GtkWidget *editor;

  open_editor (f);
  type_into (editor_widget (f), "name", "党校通用（改）");
  gtk_window_close (GTK_WINDOW (f->editor));
  px_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (editor_widget (f)));
  respond (f, "cancel");
  g_assert_true (gtk_widget_get_visible (editor_widget (f)));

  gtk_window_close (GTK_WINDOW (f->editor));
  px_ui_test_iterate ();
  editor = g_object_ref (editor_widget (f));
  f->editor = NULL;
  adw_message_dialog_response (px_certificate_template_editor_get_dialog
                                 (PX_CERTIFICATE_TEMPLATE_EDITOR (editor)), "discard");
  px_ui_test_iterate ();
  g_assert_finalize_object (editor);
}

/* Deleting asks first; the default cannot go while another template exists. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = add_template (f, "党校通用", TRUE);
  g_autofree char *second = add_template (f, "主体班", FALSE);
  g_autoptr(GPtrArray) layouts = NULL;
  g_autoptr(GError) error = NULL;

  open_editor (f);
  gtk_widget_activate_action (editor_widget (f), "editor.delete", NULL);
  respond (f, "delete");
  /* refused: it is the default */
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 2);
  g_assert_nonnull (last_toast_title (editor_widget (f)));

  px_certificate_template_editor_select_template (f->editor, 1);
  gtk_widget_activate_action (editor_widget (f), "editor.delete", NULL);
  respond (f, "cancel");
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 2);
  gtk_widget_activate_action (editor_widget (f), "editor.delete", NULL);
  respond (f, "delete");
  g_assert_cmpuint (px_certificate_template_editor_get_n_templates (f->editor), ==, 1);
  layouts = px_certificate_layouts_list (f->db, &error);
  g_assert_cmpuint (layouts->len, ==, 1);
  g_assert_cmpstr (((PxCertificateLayout *) layouts->pdata[0])->id, ==, first);
}

/* The main menu's Certificate Templates… opens the editor over the window, on its database. */
static void
test_from_window (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *id = add_template (f, "党校通用", TRUE);
  PxWindow *window = px_window_new (app);
  GtkWidget *editor;

  gtk_window_present (GTK_WINDOW (window));
  /* without a database there is nothing to edit */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.certificate-templates", NULL);
  px_ui_test_iterate ();
  g_assert_null (px_ui_test_find_oldest_window (PX_TYPE_CERTIFICATE_TEMPLATE_EDITOR));
  g_assert_true (px_window_open_database (window, px_database_get_path (f->db)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.certificate-templates",
                                             NULL));
  px_ui_test_iterate ();
  editor = GTK_WIDGET (px_ui_test_find_oldest_window (PX_TYPE_CERTIFICATE_TEMPLATE_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_cmpstr (px_certificate_template_editor_get_template
                     (PX_CERTIFICATE_TEMPLATE_EDITOR (editor), 0)->id, ==, id);
  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
}

/* The calibration dialog */

/* The search for printers has ended, or gone on long enough to offer the typed name. */
static gboolean
search_settled (gpointer data)
{
  return !px_printer_calibration_dialog_get_searching (data)
         || gtk_widget_get_visible (px_ui_test_find_named (data, "printer-name"));
}

/* The offsets shown are the printer's, and are saved as they are changed; with no printer
 * found, one is named by hand; the test page opens in the document window. */
static void
test_calibration (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png = px_ui_test_build_path ("certificates", "printer-calibration-dialog.png");
  PxPrinterCalibrationDialog *dialog;
  GtkWidget *document_window;
  double dx, dy;

  g_assert_true (px_print_calibration_set (f->db, "办公室激光打印机", 1.5, -2, &error));
  g_assert_no_error (error);

  /* the editor's header opens it */
  open_editor (f);
  gtk_widget_activate_action (editor_widget (f), "editor.calibrate", NULL);
  px_ui_test_iterate ();
  dialog = PX_PRINTER_CALIBRATION_DIALOG (px_ui_test_find_oldest_window
                                            (PX_TYPE_PRINTER_CALIBRATION_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->editor));

  /* a printer calibrated before is offered and shown first */
  g_assert_cmpstr (px_printer_calibration_dialog_get_printer (dialog), ==, "办公室激光打印机");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin_of (GTK_WIDGET (dialog), "dx")),
                                  1.5, 0.01);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin_of (GTK_WIDGET (dialog), "dy")),
                                  -2, 0.01);
  gtk_spin_button_set_value (spin_of (GTK_WIDGET (dialog), "dx"), 2);
  gtk_spin_button_set_value (spin_of (GTK_WIDGET (dialog), "dy"), -1);
  /* saved once typing pauses */
  px_print_calibration_get (f->db, "办公室激光打印机", &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 1.5, 0.01);
  while (fabs (dx - 2) > 0.01)
    {
      g_main_context_iteration (NULL, TRUE);
      px_print_calibration_get (f->db, "办公室激光打印机", &dx, &dy);
    }
  g_assert_cmpfloat_with_epsilon (dy, -1, 0.01);

  px_ui_test_wait_until (search_settled, dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, 700);
  px_ui_test_save_png (GTK_WIDGET (dialog), png);
  if (!gtk_widget_get_visible (named (GTK_WIDGET (dialog), "printer-name")))
    {
      /* a machine with a real printer offers it rather than asking for a name */
      g_test_message ("A printer was found: the typed printer name is not tried here");
      g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model
                                                    (ADW_COMBO_ROW (named (GTK_WIDGET (dialog),
                                                                           "printer")))), >, 1);
      gtk_window_close (GTK_WINDOW (dialog));
      return;
    }

  /* a machine with no real printer (print to file does not count) has it named instead */
  type_into (GTK_WIDGET (dialog), "printer-name", "HP LaserJet Pro M404");
  g_assert_cmpstr (px_printer_calibration_dialog_get_printer (dialog), ==,
                   "HP LaserJet Pro M404");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin_of (GTK_WIDGET (dialog), "dx")),
                                  0, 0.01);
  gtk_spin_button_set_value (spin_of (GTK_WIDGET (dialog), "dx"), -3.5);
  gtk_spin_button_set_value (spin_of (GTK_WIDGET (dialog), "dy"), 0.5);

  /* the test page is printed with the offsets just entered, which are saved first */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "calibration.print-test-page", NULL);
  px_ui_test_iterate ();
  px_print_calibration_get (f->db, "HP LaserJet Pro M404", &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, -3.5, 0.01);
  g_assert_cmpfloat_with_epsilon (dy, 0.5, 0.01);
  document_window = GTK_WIDGET (px_ui_test_find_oldest_window (PX_TYPE_DOCUMENT_WINDOW));
  g_assert_nonnull (document_window);
  g_assert_true (PX_IS_CALIBRATION_PAGE (px_document_window_get_document
                                           (GTK_WINDOW (document_window))));
  gtk_window_destroy (GTK_WINDOW (document_window));

  /* another printer (here none) saves the last one's offsets first, without the pause */
  gtk_spin_button_set_value (spin_of (GTK_WIDGET (dialog), "dx"), 1);
  type_into (GTK_WIDGET (dialog), "printer-name", "");
  g_assert_null (px_printer_calibration_dialog_get_printer (dialog));
  g_assert_false (gtk_widget_is_sensitive (px_ui_test_find_type (named (GTK_WIDGET (dialog), "dx"),
                                                                 GTK_TYPE_SPIN_BUTTON)));
  px_print_calibration_get (f->db, "HP LaserJet Pro M404", &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 1, 0.01);

  gtk_window_close (GTK_WINDOW (dialog));
  px_ui_test_iterate ();
  px_print_calibration_get (f->db, "办公室激光打印机", &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 2, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  px_ui_test_init (&argc, &argv);
  app = ADW_APPLICATION (px_application_new ());
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add ("/certificate-template-editor/lists-builtin", Fixture, NULL, fixture_set_up,
              test_lists_builtin, fixture_tear_down);
  g_test_add ("/certificate-template-editor/lists-default", Fixture, NULL, fixture_set_up,
              test_lists_default, fixture_tear_down);
  g_test_add ("/certificate-template-editor/edit-and-save", Fixture, NULL, fixture_set_up,
              test_edit_and_save, fixture_tear_down);
  g_test_add ("/certificate-template-editor/fields", Fixture, NULL, fixture_set_up,
              test_fields, fixture_tear_down);
  g_test_add ("/certificate-template-editor/invalid-pattern", Fixture, NULL, fixture_set_up,
              test_invalid_pattern, fixture_tear_down);
  g_test_add ("/certificate-template-editor/name-checked", Fixture, NULL, fixture_set_up,
              test_name_checked, fixture_tear_down);
  g_test_add ("/certificate-template-editor/switch-asks", Fixture, NULL, fixture_set_up,
              test_switch_asks, fixture_tear_down);
  g_test_add ("/certificate-template-editor/new-template", Fixture, NULL, fixture_set_up,
              test_new_template, fixture_tear_down);
  g_test_add ("/certificate-template-editor/close-asks", Fixture, NULL, fixture_set_up,
              test_close_asks, fixture_tear_down);
  g_test_add ("/certificate-template-editor/delete", Fixture, NULL, fixture_set_up,
              test_delete, fixture_tear_down);
  g_test_add ("/certificate-template-editor/from-window", Fixture, NULL, fixture_set_up,
              test_from_window, fixture_tear_down);
  g_test_add ("/printer-calibration-dialog/offsets", Fixture, NULL, fixture_set_up,
              test_calibration, fixture_tear_down);
  return g_test_run ();
}
