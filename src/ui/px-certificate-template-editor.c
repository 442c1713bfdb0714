/* px-certificate-template-editor.c: the window where completion certificate templates are
 * listed, laid out with a live preview, and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form edits a copy of the selected template; the list keeps the templates as stored, so
 * discarding is dropping the copy. A new template lives only in the list until it is saved,
 * and counts as unsaved work from the start: leaving it asks like any other change.
 */

#define G_LOG_DOMAIN "px-certificate-template-editor"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-certificate-field-form.h"
#include "px-certificate-preview.h"
#include "px-certificate-template-editor.h"
#include "px-preference-rows.h"
#include "px-printer-calibration-dialog.h"
#include "px-toast.h"

/* The class code example numbers are made with: with {year}{class code}{seq:3} it gives
 * 2026ZT001001, the form registrars know from their own certificates. */
#define EXAMPLE_CLASS_CODE "ZT001"

typedef enum
{
  PENDING_NONE,
  PENDING_SWITCH,
  PENDING_NEW,
  PENDING_CLOSE,
} PendingKind;

/* What to do once the question about unsaved changes is answered. */
typedef struct
{
  PendingKind kind;
  const PxCertificateLayout *target;   /* SWITCH: valid while the list is not reloaded */
  char *target_id;                     /* SWITCH: found again after a save reloads it */
  gboolean copy;                       /* NEW: of the selected template, not the built-in */
} Pending;

struct _PxCertificateTemplateEditor
{
  AdwWindow parent_instance;

  GtkWidget *toast_overlay;
  GtkListBox *template_list;
  PxCertificatePreview *preview;
  GtkWidget *error_revealer;
  GtkWidget *error_label;

  /* the template's rows */
  GtkWidget *name_row;
  GtkWidget *page_size_row;
  GtkWidget *page_width_row;
  GtkWidget *page_width_spin;
  GtkWidget *page_height_row;
  GtkWidget *page_height_spin;
  GtkWidget *orientation_row;
  GtkWidget *background_row;
  GtkWidget *pattern_row;
  GtkWidget *pattern_example_row;
  GtkWidget *preprinted_switch;
  GtkWidget *default_switch;

  /* the fields and the selected one's rows */
  GtkListBox *field_list;
  PxCertificateFieldForm *field_form;

  PxDatabase *db;
  GPtrArray *templates;              /* PxCertificateLayout, as stored; a new one unsaved */
  gboolean builtin_shown;            /* the table is empty: templates[0] is the built-in */
  guint current;
  PxCertificateLayout *edited;
  int field;
  gboolean modified;
  gboolean loading;                  /* the form is being filled: not a change */
  GtkWidget *marked_row;
  GtkWidget *dialog;
  Pending pending;
  GtkNativeDialog *chooser;
};

G_DEFINE_FINAL_TYPE (PxCertificateTemplateEditor, px_certificate_template_editor,
                     ADW_TYPE_WINDOW)

static const char * const page_size_labels[] = {
  [PX_CERTIFICATE_PAGE_A4] = N_("A4 (210 × 297 mm)"),
  [PX_CERTIFICATE_PAGE_A5] = N_("A5 (148 × 210 mm)"),
  [PX_CERTIFICATE_PAGE_B5] = N_("B5 (182 × 257 mm)"),
  [PX_CERTIFICATE_PAGE_CUSTOM] = N_("Custom"),
};

static const char * const orientation_labels[] = {
  [PX_CERTIFICATE_PORTRAIT] = N_("Portrait"),
  [PX_CERTIFICATE_LANDSCAPE] = N_("Landscape"),
};

/* What a numbering pattern may hold. */
static const struct
{
  const char *part;
  const char *label;
} pattern_parts[] = {
  { "{year}", N_("Year the class ends") },
  { "{class code}", N_("Class code") },
  { "{seq:3}", N_("Sequence, three digits") },
  { "{seq:4}", N_("Sequence, four digits") },
};

static void show_template (PxCertificateTemplateEditor *self,
                           guint                        index);

static void
show_toast (PxCertificateTemplateEditor *self,
            const char                  *message)
{
  px_toast_show_text (self->toast_overlay, message);
}

/* Frees the form's copy; the field rows let go of its field first. */
static void
drop_edited (PxCertificateTemplateEditor *self)
{
  if (self->edited == NULL)
    return;
  px_certificate_field_form_set_field (self->field_form, NULL);
  self->field = -1;
  g_clear_pointer (&self->edited, px_certificate_layout_free);
}

/* The list of templates */

static gboolean
is_unsaved_new (PxCertificateTemplateEditor *self,
                guint                        index)
{
  const PxCertificateLayout *layout = g_ptr_array_index (self->templates, index);

  return layout->id == NULL && !(self->builtin_shown && index == 0);
}

static GtkWidget *
build_template_row (PxCertificateTemplateEditor *self,
                    guint                        index)
{
  const PxCertificateLayout *layout = g_ptr_array_index (self->templates, index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), note);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "name-label", name);
  g_object_set_data (G_OBJECT (row), "note-label", note);
  gtk_label_set_text (GTK_LABEL (name), layout->name);
  return row;
}

/* The row's name and note, from the form for the template being edited. */
static void
update_template_row (PxCertificateTemplateEditor *self,
                     guint                        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->template_list, (int) index);
  const PxCertificateLayout *layout = g_ptr_array_index (self->templates, index);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autofree char *note = NULL;
  gboolean editing = index == self->current && self->edited != NULL;

  if (row == NULL)
    return;
  if (editing)
    layout = self->edited;
  if (layout->is_default)
    g_ptr_array_add (notes, _("Default"));
  if (self->builtin_shown && index == 0)
    g_ptr_array_add (notes, _("Built in"));
  if (is_unsaved_new (self, index))
    g_ptr_array_add (notes, _("New, not saved"));
  else if (editing && self->modified)
    g_ptr_array_add (notes, _("Unsaved changes"));
  g_ptr_array_add (notes, NULL);
  note = g_strjoinv (" · ", (GStrv) notes->pdata);

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "name-label"),
                      layout->name != NULL && *layout->name != '\0' ? layout->name
                                                                    : _("Untitled"));
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "note-label"), note);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "note-label"), *note != '\0');
}

static void
select_row_quietly (PxCertificateTemplateEditor *self,
                    GtkListBox                  *list,
                    int                          index)
{
  gboolean loading = self->loading;

  self->loading = TRUE;
  if (index >= 0)
    gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, index));
  else
    gtk_list_box_unselect_all (list);
  self->loading = loading;
}

static void
rebuild_template_rows (PxCertificateTemplateEditor *self)
{
  GtkWidget *child;
  gboolean loading = self->loading;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->template_list))) != NULL)
    gtk_list_box_remove (self->template_list, child);
  for (guint i = 0; i < self->templates->len; i++)
    {
      gtk_list_box_append (self->template_list, build_template_row (self, i));
      update_template_row (self, i);
    }
  self->loading = loading;
}

/* The templates as stored, showing the one with select_id (else the first). */
static void
reload_templates (PxCertificateTemplateEditor *self,
                  const char                  *select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = px_certificate_layouts_list (self->db, &error);
  guint index = 0;

  if (stored == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The templates could not be read: %s"),
                                                  error->message);

      show_toast (self, message);
      stored = g_ptr_array_new_with_free_func ((GDestroyNotify) px_certificate_layout_free);
    }
  g_ptr_array_set_free_func (stored, (GDestroyNotify) px_certificate_layout_free);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = g_steal_pointer (&stored);

  /* with none stored, certificates print with the built-in one: show it as the default */
  self->builtin_shown = self->templates->len == 0;
  if (self->builtin_shown)
    {
      PxCertificateLayout *builtin = px_certificate_layout_new_default ();

      builtin->is_default = TRUE;
      g_ptr_array_add (self->templates, builtin);
    }

  for (guint i = 0; i < self->templates->len && select_id != NULL; i++)
    if (g_strcmp0 (((PxCertificateLayout *) g_ptr_array_index (self->templates, i))->id,
                   select_id) == 0)
      index = i;
  drop_edited (self);
  rebuild_template_rows (self);
  show_template (self, index);
}

/* A name no other template has: base, else base 2, base 3 … */
static char *
unique_name (PxCertificateTemplateEditor *self,
             const char                  *base)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (base) : g_strdup_printf ("%s %u", base, n);
      gboolean taken = FALSE;

      for (guint i = 0; i < self->templates->len && !taken; i++)
        taken = g_strcmp0 (((PxCertificateLayout *) g_ptr_array_index (self->templates,
                                                                        i))->name, name) == 0;
      if (!taken)
        return g_steal_pointer (&name);
    }
}

/* Marks and errors */

static void
clear_mark (PxCertificateTemplateEditor *self)
{
  if (self->marked_row != NULL)
    {
      gtk_widget_remove_css_class (self->marked_row, "error");
      g_clear_object (&self->marked_row);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  /* hidden, it takes no room, not even the form's spacing */
  gtk_widget_set_visible (self->error_revealer, FALSE);
}

/* The reason at the top of the form, on row (when the error is about one), and in a toast. */
static void
show_error (PxCertificateTemplateEditor *self,
            GtkWidget                   *row,
            const char                  *message)
{
  g_autofree char *toast = g_strdup_printf (_("Not saved: %s"), message);

  clear_mark (self);
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_revealer, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  if (row != NULL)
    {
      self->marked_row = g_object_ref (row);
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  show_toast (self, toast);
}

/* Checks the numbering pattern as it is typed: the pattern row is marked and the row below
 * gives the reason, or an example number when it is good. */
static gboolean
check_pattern (PxCertificateTemplateEditor  *self,
               GError                      **reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example = px_certificate_format_number (self->edited->numbering_pattern,
                                                           g_date_time_get_year (now),
                                                           EXAMPLE_CLASS_CODE, 1, &error);
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self->pattern_example_row);

  if (example != NULL)
    {
      adw_preferences_row_set_title (row, _("Example: the first certificate of class ZT001"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), example);
      gtk_widget_remove_css_class (self->pattern_row, "error");
      gtk_widget_remove_css_class (self->pattern_example_row, "error");
      gtk_widget_set_tooltip_text (self->pattern_row, NULL);
      return TRUE;
    }
  adw_preferences_row_set_title (row, _("This pattern cannot make numbers"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
  gtk_widget_add_css_class (self->pattern_row, "error");
  gtk_widget_add_css_class (self->pattern_example_row, "error");
  gtk_widget_set_tooltip_text (self->pattern_row, error->message);
  g_propagate_error (reason, g_steal_pointer (&error));
  return FALSE;
}

/* Changes */

static void
update_actions (PxCertificateTemplateEditor *self)
{
  guint n_fields = self->edited != NULL ? px_certificate_layout_get_n_fields (self->edited) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 self->modified || (self->edited != NULL
                                                    && self->edited->id == NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 !(self->builtin_shown && self->current == 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-background",
                                 self->edited != NULL && self->edited->background != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-field", self->field >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-field-up", self->field > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-field-down",
                                 self->field >= 0 && (guint) self->field + 1 < n_fields);
}

/* Everything a change in the form does besides the change: the preview, the list's note. */
static void
changed (PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  self->modified = TRUE;
  px_certificate_preview_set_layout (self->preview, self->edited);
  update_template_row (self, self->current);
  update_actions (self);
}

/* The fields */

static char *
field_summary (const PxCertificateField *field)
{
  g_autofree char *text = NULL;

  if (field->kind == PX_CERTIFICATE_FIELD_QR)
    return g_strdup (_("Number, name, class and hours, signed"));
  text = g_strdup (field->text != NULL ? field->text : "");
  g_strdelimit (text, "\n\t", ' ');
  return g_strdup (*g_strstrip (text) != '\0' ? text : _("(empty)"));
}

static void
update_field_row (PxCertificateTemplateEditor *self,
                  guint                        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->field_list, (int) index);
  const PxCertificateField *field = px_certificate_layout_get_field (self->edited, index);
  g_autofree char *summary = field_summary (field);

  if (row == NULL)
    return;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 px_certificate_field_kind_get_label (field->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "hidden-icon"), !field->visible);
}

static void
rebuild_field_rows (PxCertificateTemplateEditor *self)
{
  GtkWidget *child;
  gboolean loading = self->loading;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->field_list))) != NULL)
    gtk_list_box_remove (self->field_list, child);
  for (guint i = 0; i < px_certificate_layout_get_n_fields (self->edited); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *hidden = gtk_image_new_from_icon_name ("view-conceal-symbolic");

      /* the subtitle is the user's text: "<" and "&" are shown, not parsed */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_tooltip_text (hidden, _("Hidden: not printed"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), hidden);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      g_object_set_data (G_OBJECT (row), "hidden-icon", hidden);
      gtk_list_box_append (self->field_list, row);
      update_field_row (self, i);
    }
  self->loading = loading;
}

void
px_certificate_template_editor_select_field (PxCertificateTemplateEditor *self,
                                             int                          index)
{
  g_return_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self));
  g_return_if_fail (index < (int) px_certificate_layout_get_n_fields (self->edited));

  self->field = MAX (index, -1);
  select_row_quietly (self, self->field_list, self->field);
  px_certificate_preview_set_selected (self->preview, self->field);
  px_certificate_field_form_set_field (self->field_form,
                                       self->field >= 0
                                       ? px_certificate_layout_get_field (self->edited,
                                                                          (guint) self->field)
                                       : NULL);
  update_actions (self);
}

static void
field_row_selected_cb (GtkListBox                  *list,
                       GtkListBoxRow               *row,
                       PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  px_certificate_template_editor_select_field (self, row != NULL
                                                     ? gtk_list_box_row_get_index (row) : -1);
}

static void
preview_field_selected_cb (PxCertificatePreview        *preview,
                           int                          index,
                           PxCertificateTemplateEditor *self)
{
  /* a click beside every field keeps the selection: the rows stay where the user works */
  if (index >= 0 && index != self->field)
    px_certificate_template_editor_select_field (self, index);
}

static void
preview_field_moved_cb (PxCertificatePreview        *preview,
                        guint                        index,
                        double                       x_mm,
                        double                       y_mm,
                        PxCertificateTemplateEditor *self)
{
  PxCertificateField *field = px_certificate_layout_get_field (self->edited, index);

  field->x_mm = x_mm;
  field->y_mm = y_mm;
  if ((int) index == self->field)
    px_certificate_field_form_update_position (self->field_form);
  changed (self);
}

/* The selected field's rows changed it. */
static void
field_form_changed_cb (PxCertificateFieldForm      *form,
                       PxCertificateTemplateEditor *self)
{
  g_assert (self->field >= 0);

  update_field_row (self, (guint) self->field);
  changed (self);
}

/* The template's rows */

static void
update_background_row (PxCertificateTemplateEditor *self)
{
  GBytes *background = self->edited->background;
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;
  const guint8 *data;
  gsize length;

  if (background == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->background_row),
                                   _("None: the built-in frame is drawn"));
      return;
    }
  data = g_bytes_get_data (background, &length);
  size = g_format_size (length);
  subtitle = g_strdup_printf (length > 3 && data[0] == 0xff && data[1] == 0xd8
                              ? _("JPEG image, %s") : _("PNG image, %s"), size);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->background_row), subtitle);
}

static void
update_page_rows (PxCertificateTemplateEditor *self)
{
  gboolean custom = self->edited->page_size == PX_CERTIFICATE_PAGE_CUSTOM;

  gtk_widget_set_visible (self->page_width_row, custom);
  gtk_widget_set_visible (self->page_height_row, custom);
}

/* The whole form, from the edited template. */
static void
load_form (PxCertificateTemplateEditor *self)
{
  PxCertificateLayout *layout = self->edited;
  gboolean loading = self->loading;

  self->loading = TRUE;
  clear_mark (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), layout->name != NULL ? layout->name : "");
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->page_size_row), layout->page_size);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->page_width_spin), layout->custom_width_mm);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->page_height_spin),
                             layout->custom_height_mm);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->orientation_row), layout->orientation);
  gtk_editable_set_text (GTK_EDITABLE (self->pattern_row),
                         layout->numbering_pattern != NULL ? layout->numbering_pattern : "");
  gtk_switch_set_active (GTK_SWITCH (self->preprinted_switch), layout->preprinted);
  gtk_switch_set_active (GTK_SWITCH (self->default_switch), layout->is_default);
  update_page_rows (self);
  update_background_row (self);
  check_pattern (self, NULL);
  rebuild_field_rows (self);
  self->loading = loading;
}

static void
name_changed_cb (GtkEditable                 *editable,
                 PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  g_free (self->edited->name);
  self->edited->name = g_strdup (gtk_editable_get_text (editable));
  changed (self);
}

static void
pattern_changed_cb (GtkEditable                 *editable,
                    PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  g_free (self->edited->numbering_pattern);
  self->edited->numbering_pattern = g_strdup (gtk_editable_get_text (editable));
  check_pattern (self, NULL);
  changed (self);
}

static void
page_choice_changed_cb (AdwComboRow                 *row,
                        GParamSpec                  *pspec,
                        PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  if (GTK_WIDGET (row) == self->page_size_row)
    {
      self->edited->page_size = (PxCertificatePageSize) adw_combo_row_get_selected (row);
      update_page_rows (self);
    }
  else
    self->edited->orientation = (PxCertificateOrientation) adw_combo_row_get_selected (row);
  changed (self);
}

static void
page_spin_changed_cb (GtkSpinButton               *spin,
                      PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  if (GTK_WIDGET (spin) == self->page_width_spin)
    self->edited->custom_width_mm = gtk_spin_button_get_value (spin);
  else
    self->edited->custom_height_mm = gtk_spin_button_get_value (spin);
  changed (self);
}

static void
template_switch_changed_cb (GtkSwitch                   *button,
                            GParamSpec                  *pspec,
                            PxCertificateTemplateEditor *self)
{
  if (self->loading)
    return;
  if (GTK_WIDGET (button) == self->preprinted_switch)
    self->edited->preprinted = gtk_switch_get_active (button);
  else
    self->edited->is_default = gtk_switch_get_active (button);
  changed (self);
}

/* Showing, saving, discarding */

static void
show_template (PxCertificateTemplateEditor *self,
               guint                        index)
{
  g_assert (index < self->templates->len);

  drop_edited (self);
  self->current = index;
  self->edited = px_certificate_layout_copy (g_ptr_array_index (self->templates, index));
  self->modified = is_unsaved_new (self, index);
  self->field = -1;
  load_form (self);
  px_certificate_preview_set_layout (self->preview, self->edited);
  select_row_quietly (self, self->template_list, (int) index);
  px_certificate_template_editor_select_field (self, px_certificate_layout_get_n_fields
                                                       (self->edited) > 0 ? 0 : -1);
  for (guint i = 0; i < self->templates->len; i++)
    update_template_row (self, i);
  update_actions (self);
}

/* Checks what can be pinned on a row, then writes through the model. */
static gboolean
save_current (PxCertificateTemplateEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (self->edited->name != NULL ? self->edited->name
                                                                           : ""));
  g_autoptr(GError) pattern_error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *id = NULL;

  if (*name == '\0')
    {
      show_error (self, self->name_row, _("The template needs a name."));
      return FALSE;
    }
  for (guint i = 0; i < self->templates->len; i++)
    {
      const PxCertificateLayout *other = g_ptr_array_index (self->templates, i);

      if (i != self->current && other->id != NULL && g_str_equal (other->name, name))
        {
          g_autofree char *taken = g_strdup_printf (_("Another template is called “%s”: give "
                                                      "this one a name of its own."), name);

          show_error (self, self->name_row, taken);
          return FALSE;
        }
    }
  if (!check_pattern (self, &pattern_error))
    {
      g_autofree char *reason = g_strdup_printf (_("The numbering pattern cannot make "
                                                   "numbers: %s"), pattern_error->message);

      show_error (self, self->pattern_row, reason);
      return FALSE;
    }

  g_free (self->edited->name);
  self->edited->name = g_steal_pointer (&name);
  if (!px_certificate_layout_save (self->db, self->edited, &error))
    {
      show_error (self, NULL, error->message);
      return FALSE;
    }
  message = g_strdup_printf (_("“%s” saved"), self->edited->name);
  /* saving one as the default takes the mark off the others: read them all again */
  id = g_strdup (self->edited->id);
  reload_templates (self, id);
  show_toast (self, message);
  return TRUE;
}

/* Drops the form's changes; a new template that was never saved goes from the list. */
static void
discard_current (PxCertificateTemplateEditor *self)
{
  if (is_unsaved_new (self, self->current))
    {
      g_ptr_array_remove_index (self->templates, self->current);
      rebuild_template_rows (self);
      show_template (self, MIN (self->current, self->templates->len - 1));
    }
  else
    show_template (self, self->current);
}

static void
create_template (PxCertificateTemplateEditor *self,
                 gboolean                     copy)
{
  PxCertificateLayout *layout;
  g_autofree char *base = NULL;

  if (copy)
    {
      const PxCertificateLayout *source = g_ptr_array_index (self->templates, self->current);

      layout = px_certificate_layout_copy (source);
      base = g_strdup_printf (_("Copy of %s"), source->name);
    }
  else
    {
      layout = px_certificate_layout_new_default ();
      base = g_strdup (layout->name);
    }
  g_clear_pointer (&layout->id, g_free);
  g_free (layout->name);
  layout->name = unique_name (self, base);
  layout->is_default = FALSE;
  g_ptr_array_add (self->templates, layout);
  gtk_list_box_append (self->template_list, build_template_row (self, self->templates->len - 1));
  show_template (self, self->templates->len - 1);
  gtk_widget_grab_focus (self->name_row);
}

static void
clear_pending (PxCertificateTemplateEditor *self)
{
  g_clear_pointer (&self->pending.target_id, g_free);
  memset (&self->pending, 0, sizeof self->pending);
}

/* After the question: saved tells whether the list was read again (pointers into it are gone). */
static void
run_pending (PxCertificateTemplateEditor *self,
             gboolean                     saved)
{
  Pending pending = self->pending;

  memset (&self->pending, 0, sizeof self->pending);
  switch (pending.kind)
    {
    case PENDING_SWITCH:
      for (guint i = 0; i < self->templates->len; i++)
        {
          const PxCertificateLayout *layout = g_ptr_array_index (self->templates, i);

          if (saved ? (pending.target_id != NULL && g_strcmp0 (layout->id, pending.target_id) == 0)
                    : layout == pending.target)
            {
              show_template (self, i);
              break;
            }
        }
      break;

    case PENDING_NEW:
      create_template (self, pending.copy);
      break;

    case PENDING_CLOSE:
      gtk_window_destroy (GTK_WINDOW (self));
      break;

    case PENDING_NONE:
    default:
      break;
    }
  g_free (pending.target_id);
}

static void
question_response_cb (AdwMessageDialog            *dialog,
                      const char                  *response,
                      PxCertificateTemplateEditor *self)
{
  g_clear_object (&self->dialog);
  if (g_str_equal (response, "save"))
    {
      if (save_current (self))
        run_pending (self, TRUE);
      else
        clear_pending (self);
    }
  else if (g_str_equal (response, "discard"))
    {
      discard_current (self);
      run_pending (self, FALSE);
    }
  else
    clear_pending (self);
}

static void
present_dialog (PxCertificateTemplateEditor *self,
                GtkWidget                   *dialog)
{
  /* one question at a time: a newer one replaces any left open */
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_object (&self->dialog);
  self->dialog = g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Asks what to do with the unsaved changes before pending (taken) happens. */
static void
ask_about_changes (PxCertificateTemplateEditor *self,
                   Pending                      pending)
{
  g_autofree char *body = g_strdup_printf (_("“%s” has changes that are not saved yet."),
                                           self->edited->name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);

  clear_pending (self);
  self->pending = pending;
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (question_response_cb), self);
  present_dialog (self, dialog);
}

gboolean
px_certificate_template_editor_select_template (PxCertificateTemplateEditor *self,
                                                guint                        index)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), FALSE);
  g_return_val_if_fail (index < self->templates->len, FALSE);

  if (index == self->current)
    return TRUE;
  if (self->modified)
    {
      Pending pending = { PENDING_SWITCH, NULL, NULL, FALSE };
      const PxCertificateLayout *target = g_ptr_array_index (self->templates, index);

      pending.target = target;
      pending.target_id = g_strdup (target->id);
      /* the list shows the template the form holds until the question is answered */
      select_row_quietly (self, self->template_list, (int) self->current);
      ask_about_changes (self, pending);
      return FALSE;
    }
  show_template (self, index);
  return TRUE;
}

static void
template_row_selected_cb (GtkListBox                  *list,
                          GtkListBoxRow               *row,
                          PxCertificateTemplateEditor *self)
{
  if (self->loading || row == NULL)
    return;
  px_certificate_template_editor_select_template (self,
                                                  (guint) gtk_list_box_row_get_index (row));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_current (PX_CERTIFICATE_TEMPLATE_EDITOR (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  gboolean copy = g_str_equal (g_variant_get_string (parameter, NULL), "copy");

  if (self->modified)
    {
      Pending pending = { PENDING_NEW, NULL, NULL, copy };

      ask_about_changes (self, pending);
      return;
    }
  create_template (self, copy);
}

static void
delete_response_cb (AdwMessageDialog            *dialog,
                    const char                  *response,
                    PxCertificateTemplateEditor *self)
{
  g_autoptr(GError) error = NULL;
  const PxCertificateLayout *layout = g_ptr_array_index (self->templates, self->current);
  g_autofree char *message = NULL;

  g_clear_object (&self->dialog);
  if (!g_str_equal (response, "delete"))
    return;
  if (layout->id == NULL)
    {
      discard_current (self);
      return;
    }
  if (!px_certificate_layout_delete (self->db, layout->id, &error))
    {
      g_autofree char *failed = g_strdup_printf (_("“%s” was not deleted: %s"), layout->name,
                                                 error->message);

      show_toast (self, failed);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), layout->name);
  reload_templates (self, NULL);
  show_toast (self, message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  const PxCertificateLayout *layout = g_ptr_array_index (self->templates, self->current);
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), layout->name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("Certificates already printed with it keep "
                                                "their numbers and can be reprinted with "
                                                "another template."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), self);
  present_dialog (self, dialog);
}

static void
calibrate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);

  /* the test page outlines the fields of the template being edited */
  gtk_window_present (GTK_WINDOW (px_printer_calibration_dialog_new (GTK_WINDOW (self),
                                                                     self->db, self->edited)));
}

static gboolean
is_png_or_jpeg (GBytes *bytes)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return (length > 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
         || (length > 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff);
}

static void
background_chosen_cb (GtkNativeDialog             *chooser,
                      int                          response,
                      PxCertificateTemplateEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL || !is_png_or_jpeg (bytes))
    {
      g_autofree char *message = bytes == NULL
        ? g_strdup_printf (_("“%s” could not be read: %s"), name, error->message)
        : g_strdup_printf (_("“%s” is not a PNG or JPEG image."), name);

      show_toast (self, message);
      goto out;
    }
  g_clear_pointer (&self->edited->background, g_bytes_unref);
  self->edited->background = g_steal_pointer (&bytes);
  update_background_row (self);
  changed (self);

out:
  g_clear_object (&self->chooser);
}

static void
choose_background_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a Background Image"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (images, _("PNG and JPEG Images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/jpeg");
  gtk_file_filter_add_pattern (images, "*.png");
  gtk_file_filter_add_pattern (images, "*.jpg");
  gtk_file_filter_add_pattern (images, "*.jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), images);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (background_chosen_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
remove_background_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);

  g_clear_pointer (&self->edited->background, g_bytes_unref);
  update_background_row (self);
  changed (self);
}

static void
add_field_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  PxCertificateFieldKind kind;
  PxCertificateField *field;
  double page_width, page_height;

  if (!px_certificate_field_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;
  field = px_certificate_field_new (kind);
  /* in the middle of the sheet, where it is seen at once and dragged from */
  px_certificate_layout_get_page_mm (self->edited, &page_width, &page_height);
  field->x_mm = MAX (0, (page_width - (kind == PX_CERTIFICATE_FIELD_QR ? field->qr_size_mm
                                                                       : field->width_mm)) / 2);
  field->y_mm = page_height / 2;
  px_certificate_layout_add_field (self->edited, field);
  rebuild_field_rows (self);
  changed (self);
  px_certificate_template_editor_select_field (self,
                                               (int) px_certificate_layout_get_n_fields
                                                       (self->edited) - 1);
}

static void
remove_field_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  int index = self->field;
  guint n;

  if (index < 0)
    return;
  px_certificate_template_editor_select_field (self, -1);
  px_certificate_layout_remove_field (self->edited, (guint) index);
  n = px_certificate_layout_get_n_fields (self->edited);
  rebuild_field_rows (self);
  changed (self);
  px_certificate_template_editor_select_field (self, n == 0 ? -1 : MIN (index, (int) n - 1));
}

static void
move_field_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  int to = self->field + (g_str_equal (action_name, "editor.move-field-up") ? -1 : 1);

  if (self->field < 0 || to < 0 || to >= (int) px_certificate_layout_get_n_fields (self->edited))
    return;
  px_certificate_layout_move_field (self->edited, (guint) self->field, (guint) to);
  rebuild_field_rows (self);
  changed (self);
  px_certificate_template_editor_select_field (self, to);
}

static void
insert_pattern_part_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (widget);
  GtkEditable *editable = GTK_EDITABLE (self->pattern_row);
  int position = gtk_editable_get_position (editable);

  gtk_editable_insert_text (editable, g_variant_get_string (parameter, NULL), -1, &position);
  gtk_editable_set_position (editable, position);
}

/* Building the window */

static GtkWidget *
new_page_spin (PxCertificateTemplateEditor *self)
{
  GtkWidget *spin = px_preference_rows_new_spin (50, 1000, 1, 0);

  g_signal_connect (spin, "value-changed", G_CALLBACK (page_spin_changed_cb), self);
  return spin;
}

static GtkWidget *
build_template_group (PxCertificateTemplateEditor *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GMenu) parts = g_menu_new ();
  GtkWidget *button;

  adw_preferences_group_set_title (group, _("Template"));

  self->name_row = adw_entry_row_new ();
  /* not "Name", whose translation is a person's */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Template Name"));
  gtk_widget_set_name (self->name_row, "name");
  g_signal_connect (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);
  adw_preferences_group_add (group, self->name_row);

  self->page_size_row = px_preference_rows_add_combo (group, "page-size", _("Sheet"),
                                                      page_size_labels,
                                                      G_N_ELEMENTS (page_size_labels));
  g_signal_connect (self->page_size_row, "notify::selected",
                    G_CALLBACK (page_choice_changed_cb), self);
  self->page_width_spin = new_page_spin (self);
  self->page_width_row = px_preference_rows_add_spin (group, "page-width", _("Width (mm)"),
                                                      _("The shorter side, for portrait"),
                                                      self->page_width_spin);
  self->page_height_spin = new_page_spin (self);
  self->page_height_row = px_preference_rows_add_spin (group, "page-height", _("Height (mm)"),
                                                       NULL, self->page_height_spin);
  self->orientation_row = px_preference_rows_add_combo (group, "orientation", _("Orientation"),
                                                        orientation_labels,
                                                        G_N_ELEMENTS (orientation_labels));
  g_signal_connect (self->orientation_row, "notify::selected",
                    G_CALLBACK (page_choice_changed_cb), self);

  self->background_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->background_row),
                                 _("Background Image"));
  gtk_widget_set_name (self->background_row, "background");
  button = gtk_button_new_with_mnemonic (_("C_hoose…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.choose-background");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->background_row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->background_row),
                             px_preference_rows_new_icon_button ("edit-clear-symbolic",
                                                                 _("Remove the Image"),
                                                                 "editor.remove-background"));
  adw_preferences_group_add (group, self->background_row);

  self->pattern_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pattern_row),
                                 _("Numbering Pattern"));
  gtk_widget_set_name (self->pattern_row, "numbering-pattern");
  for (guint i = 0; i < G_N_ELEMENTS (pattern_parts); i++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s", pattern_parts[i].part,
                                                _(pattern_parts[i].label));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "editor.insert-pattern-part", "s",
                                         pattern_parts[i].part);
      g_menu_append_item (parts, item);
    }
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->pattern_row),
                            px_preference_rows_new_menu_button ("list-add-symbolic",
                                                                _("Insert a Part"),
                                                                G_MENU_MODEL (parts)));
  g_signal_connect (self->pattern_row, "changed", G_CALLBACK (pattern_changed_cb), self);
  adw_preferences_group_add (group, self->pattern_row);
  self->pattern_example_row = adw_action_row_new ();
  gtk_widget_set_name (self->pattern_example_row, "numbering-example");
  /* the reason quotes the pattern as typed */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->pattern_example_row), FALSE);
  adw_preferences_group_add (group, self->pattern_example_row);

  px_preference_rows_add_switch (group, "preprinted", _("Pre-printed Stock"),
                                 _("Only the trainee’s details print, onto sheets that already "
                                   "carry the title and frame"),
                                 &self->preprinted_switch);
  g_signal_connect (self->preprinted_switch, "notify::active",
                    G_CALLBACK (template_switch_changed_cb), self);
  px_preference_rows_add_switch (group, "default", _("Default Template"),
                                 _("Certificates print with it unless another is chosen"),
                                 &self->default_switch);
  g_signal_connect (self->default_switch, "notify::active",
                    G_CALLBACK (template_switch_changed_cb), self);
  return GTK_WIDGET (group);
}

static GtkWidget *
build_field_list_group (PxCertificateTemplateEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autoptr(GMenu) kinds = g_menu_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Fields"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Drawn in this order, the last on top. Drag a field "
                                           "on the preview to move it."));
  for (PxCertificateFieldKind kind = PX_CERTIFICATE_FIELD_TITLE;
       kind <= PX_CERTIFICATE_FIELD_CUSTOM; kind++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (px_certificate_field_kind_get_label (kind),
                                                   NULL);

      g_menu_item_set_action_and_target (item, "editor.add-field", "s",
                                         px_certificate_field_kind_to_string (kind));
      g_menu_append_item (kinds, item);
    }
  gtk_box_append (GTK_BOX (buttons),
                  px_preference_rows_new_menu_button ("list-add-symbolic", _("Add a Field"),
                                                      G_MENU_MODEL (kinds)));
  gtk_box_append (GTK_BOX (buttons),
                  px_preference_rows_new_icon_button ("go-up-symbolic", _("Move Up"),
                                                      "editor.move-field-up"));
  gtk_box_append (GTK_BOX (buttons),
                  px_preference_rows_new_icon_button ("go-down-symbolic", _("Move Down"),
                                                      "editor.move-field-down"));
  gtk_box_append (GTK_BOX (buttons),
                  px_preference_rows_new_icon_button ("list-remove-symbolic",
                                                      _("Remove the Field"),
                                                      "editor.remove-field"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);

  self->field_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->field_list), "fields");
  gtk_widget_add_css_class (GTK_WIDGET (self->field_list), "boxed-list");
  gtk_list_box_set_selection_mode (self->field_list, GTK_SELECTION_BROWSE);
  g_signal_connect (self->field_list, "row-selected", G_CALLBACK (field_row_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->field_list));
  return group;
}

static GtkWidget *
build_header (PxCertificateTemplateEditor *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *new_button = adw_split_button_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *calibrate = gtk_button_new_with_mnemonic (_("Printer _Calibration…"));
  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("New from the Built-in Template"), "editor.new::default");
  g_menu_append (menu, _("Copy of the Selected Template"), "editor.new::copy");
  adw_split_button_set_label (ADW_SPLIT_BUTTON (new_button), _("_New"));
  adw_split_button_set_use_underline (ADW_SPLIT_BUTTON (new_button), TRUE);
  adw_split_button_set_menu_model (ADW_SPLIT_BUTTON (new_button), G_MENU_MODEL (menu));
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (new_button), "editor.new::default");
  gtk_widget_set_tooltip_text (new_button, _("A new template from the built-in one"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), new_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             px_preference_rows_new_icon_button ("user-trash-symbolic",
                                                                 _("Delete the Template"),
                                                                 "editor.delete"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_tooltip_text (save, _("Save the Template (Ctrl+S)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (calibrate), "editor.calibrate");
  gtk_widget_set_tooltip_text (calibrate, _("Line up pre-printed stock for each printer"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), calibrate);
  return header;
}

static void
build_window (PxCertificateTemplateEditor *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *list_scroller = gtk_scrolled_window_new ();
  GtkWidget *form_scroller = gtk_scrolled_window_new ();
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_box_append (GTK_BOX (outer), build_header (self));

  self->template_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->template_list), "templates");
  gtk_widget_add_css_class (GTK_WIDGET (self->template_list), "navigation-sidebar");
  gtk_list_box_set_selection_mode (self->template_list, GTK_SELECTION_BROWSE);
  g_signal_connect (self->template_list, "row-selected", G_CALLBACK (template_row_selected_cb),
                    self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroller),
                                 GTK_WIDGET (self->template_list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (list_scroller, 200, -1);
  gtk_box_append (GTK_BOX (panes), list_scroller);
  gtk_box_append (GTK_BOX (panes), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  g_signal_connect (self->preview, "field-selected", G_CALLBACK (preview_field_selected_cb),
                    self);
  g_signal_connect (self->preview, "field-moved", G_CALLBACK (preview_field_moved_cb), self);
  gtk_widget_set_name (GTK_WIDGET (self->preview), "preview");
  gtk_box_append (GTK_BOX (panes), GTK_WIDGET (self->preview));
  gtk_box_append (GTK_BOX (panes), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  self->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), self->error_label);
  gtk_box_append (GTK_BOX (form), self->error_revealer);
  gtk_box_append (GTK_BOX (form), build_template_group (self));
  gtk_box_append (GTK_BOX (form), build_field_list_group (self));
  self->field_form = px_certificate_field_form_new ();
  g_signal_connect (self->field_form, "changed", G_CALLBACK (field_form_changed_cb), self);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->field_form));
  gtk_widget_set_margin_start (form, 18);
  gtk_widget_set_margin_end (form, 18);
  gtk_widget_set_margin_top (form, 18);
  gtk_widget_set_margin_bottom (form, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (form_scroller), form);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (form_scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (form_scroller, 420, -1);
  /* the preview takes what width there is; the form keeps to what it needs */
  gtk_widget_set_hexpand (form_scroller, FALSE);
  gtk_widget_set_hexpand (list_scroller, FALSE);
  gtk_box_append (GTK_BOX (panes), form_scroller);

  gtk_widget_set_vexpand (panes, TRUE);
  gtk_box_append (GTK_BOX (outer), panes);
  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), outer);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);
}

/* Public */

guint
px_certificate_template_editor_get_n_templates (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), 0);
  return self->templates->len;
}

const PxCertificateLayout *
px_certificate_template_editor_get_template (PxCertificateTemplateEditor *self,
                                             guint                        index)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->templates->len, NULL);
  return g_ptr_array_index (self->templates, index);
}

guint
px_certificate_template_editor_get_current (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), 0);
  return self->current;
}

const PxCertificateLayout *
px_certificate_template_editor_get_edited (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), NULL);
  return self->edited;
}

gboolean
px_certificate_template_editor_get_modified (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), FALSE);
  return self->modified;
}

int
px_certificate_template_editor_get_field (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), -1);
  return self->field;
}

AdwMessageDialog *
px_certificate_template_editor_get_dialog (PxCertificateTemplateEditor *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_TEMPLATE_EDITOR (self), NULL);
  return self->dialog != NULL ? ADW_MESSAGE_DIALOG (self->dialog) : NULL;
}

/* GObject */

static gboolean
px_certificate_template_editor_close_request (GtkWindow *window)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (window);

  if (self->modified)
    {
      Pending pending = { PENDING_CLOSE, NULL, NULL, FALSE };

      ask_about_changes (self, pending);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (px_certificate_template_editor_parent_class)->close_request (window);
}

static void
px_certificate_template_editor_dispose (GObject *object)
{
  PxCertificateTemplateEditor *self = PX_CERTIFICATE_TEMPLATE_EDITOR (object);

  /* the rows going away may still say they changed */
  self->loading = TRUE;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_object (&self->dialog);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->marked_row);
  clear_pending (self);
  drop_edited (self);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_certificate_template_editor_parent_class)->dispose (object);
}

static void
px_certificate_template_editor_class_init (PxCertificateTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_certificate_template_editor_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = px_certificate_template_editor_close_request;

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.calibrate", NULL, calibrate_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-background", NULL,
                                   choose_background_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-background", NULL,
                                   remove_background_action);
  gtk_widget_class_install_action (widget_class, "editor.add-field", "s", add_field_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-field", NULL,
                                   remove_field_action);
  gtk_widget_class_install_action (widget_class, "editor.move-field-up", NULL,
                                   move_field_action);
  gtk_widget_class_install_action (widget_class, "editor.move-field-down", NULL,
                                   move_field_action);
  gtk_widget_class_install_action (widget_class, "editor.insert-pattern-part", "s",
                                   insert_pattern_part_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
px_certificate_template_editor_init (PxCertificateTemplateEditor *self)
{
  self->field = -1;
  gtk_window_set_title (GTK_WINDOW (self), _("Certificate Templates"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1240, 800);
}

PxCertificateTemplateEditor *
px_certificate_template_editor_new (GtkWindow  *parent,
                                    PxDatabase *db)
{
  PxCertificateTemplateEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CERTIFICATE_TEMPLATE_EDITOR,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->db = g_object_ref (db);
  self->preview = px_certificate_preview_new (db);
  build_window (self);
  reload_templates (self, NULL);
  return self;
}
