/* px-certificate-field-form.c: the rows of one field of a certificate template: its text with
 * the placeholders, position, width, typeface and whether it prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-field-form"

#include "config.h"

#include <glib/gi18n.h>

#include "px-certificate-field-form.h"
#include "px-preference-rows.h"

struct _PxCertificateFieldForm
{
  AdwPreferencesGroup parent_instance;

  GtkWidget *text_row;
  GtkTextBuffer *text_buffer;
  GtkWidget *x_spin;
  GtkWidget *y_spin;
  GtkWidget *width_row;
  GtkWidget *width_spin;
  GtkWidget *qr_size_row;
  GtkWidget *qr_size_spin;
  GtkWidget *font_row;
  GtkWidget *size_row;
  GtkWidget *size_spin;
  GtkWidget *bold_row;
  GtkWidget *bold_switch;
  GtkWidget *align_row;
  GtkWidget *spacing_row;
  GtkWidget *spacing_spin;
  GtkWidget *visible_switch;

  PxCertificateField *field;   /* borrowed from the template being edited */
  gboolean loading;            /* the rows are being filled: not a change */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxCertificateFieldForm, px_certificate_field_form,
                     ADW_TYPE_PREFERENCES_GROUP)

static const char * const font_labels[] = {
  [PX_CERTIFICATE_FONT_SERIF] = N_("Song (serif)"),
  [PX_CERTIFICATE_FONT_SANS] = N_("Hei (sans)"),
  [PX_CERTIFICATE_FONT_KAI] = N_("Kai (brush)"),
};

static const char * const align_labels[] = {
  [PX_CERTIFICATE_ALIGN_LEFT] = N_("Left"),
  [PX_CERTIFICATE_ALIGN_CENTER] = N_("Centre"),
  [PX_CERTIFICATE_ALIGN_RIGHT] = N_("Right"),
};

/* What a field's text may hold, as the model fills it in. */
static const struct
{
  const char *placeholder;
  const char *label;
} placeholders[] = {
  { "{name}", N_("Trainee’s name") },
  { "{class title}", N_("Class title") },
  { "{class code}", N_("Class code") },
  { "{start date}", N_("First day of the class") },
  { "{end date}", N_("Last day of the class") },
  { "{hours}", N_("Class hours") },
  { "{number}", N_("Certificate number") },
  { "{issued date}", N_("Date of issue") },
  { "{school}", N_("School") },
  { "{verification code}", N_("Verification code") },
};

/* Field ← rows */

static void
changed (PxCertificateFieldForm *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
text_changed_cb (GtkTextBuffer          *buffer,
                 PxCertificateFieldForm *self)
{
  GtkTextIter start, end;

  if (self->loading || self->field == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->field->text);
  self->field->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  changed (self);
}

static void
spin_changed_cb (GtkSpinButton          *spin,
                 PxCertificateFieldForm *self)
{
  PxCertificateField *field = self->field;
  double value = gtk_spin_button_get_value (spin);

  if (self->loading || field == NULL)
    return;
  if (GTK_WIDGET (spin) == self->x_spin)
    field->x_mm = value;
  else if (GTK_WIDGET (spin) == self->y_spin)
    field->y_mm = value;
  else if (GTK_WIDGET (spin) == self->width_spin)
    field->width_mm = value;
  else if (GTK_WIDGET (spin) == self->qr_size_spin)
    field->qr_size_mm = value;
  else if (GTK_WIDGET (spin) == self->size_spin)
    field->size_pt = value;
  else if (GTK_WIDGET (spin) == self->spacing_spin)
    field->letter_spacing_pt = value;
  else
    g_assert_not_reached ();
  changed (self);
}

static void
choice_changed_cb (AdwComboRow            *row,
                   GParamSpec             *pspec,
                   PxCertificateFieldForm *self)
{
  if (self->loading || self->field == NULL)
    return;
  if (GTK_WIDGET (row) == self->font_row)
    self->field->font = (PxCertificateFont) adw_combo_row_get_selected (row);
  else
    self->field->align = (PxCertificateAlign) adw_combo_row_get_selected (row);
  changed (self);
}

static void
switch_changed_cb (GtkSwitch              *button,
                   GParamSpec             *pspec,
                   PxCertificateFieldForm *self)
{
  if (self->loading || self->field == NULL)
    return;
  if (GTK_WIDGET (button) == self->bold_switch)
    self->field->bold = gtk_switch_get_active (button);
  else
    self->field->visible = gtk_switch_get_active (button);
  changed (self);
}

static void
insert_placeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PxCertificateFieldForm *self = PX_CERTIFICATE_FIELD_FORM (widget);

  gtk_text_buffer_insert_at_cursor (self->text_buffer, g_variant_get_string (parameter, NULL),
                                    -1);
}

/* Field → rows */

static void
set_spin (GtkWidget *spin,
          double     value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

void
px_certificate_field_form_set_field (PxCertificateFieldForm *self,
                                     PxCertificateField     *field)
{
  gboolean qr;

  g_return_if_fail (PX_IS_CERTIFICATE_FIELD_FORM (self));

  self->field = field;
  gtk_widget_set_visible (GTK_WIDGET (self), field != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.insert-placeholder", field != NULL);
  if (field == NULL)
    return;
  qr = field->kind == PX_CERTIFICATE_FIELD_QR;

  self->loading = TRUE;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   px_certificate_field_kind_get_label (field->kind));
  gtk_text_buffer_set_text (self->text_buffer, field->text != NULL ? field->text : "", -1);
  set_spin (self->x_spin, field->x_mm);
  set_spin (self->y_spin, field->y_mm);
  set_spin (self->width_spin, field->width_mm);
  set_spin (self->qr_size_spin, field->qr_size_mm);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->font_row), field->font);
  set_spin (self->size_spin, field->size_pt);
  gtk_switch_set_active (GTK_SWITCH (self->bold_switch), field->bold);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->align_row), field->align);
  set_spin (self->spacing_spin, field->letter_spacing_pt);
  gtk_switch_set_active (GTK_SWITCH (self->visible_switch), field->visible);

  /* a QR code is a square of its own: no text, typeface or width */
  gtk_widget_set_visible (self->text_row, !qr);
  gtk_widget_set_visible (self->width_row, !qr);
  gtk_widget_set_visible (self->font_row, !qr);
  gtk_widget_set_visible (self->size_row, !qr);
  gtk_widget_set_visible (self->bold_row, !qr);
  gtk_widget_set_visible (self->align_row, !qr);
  gtk_widget_set_visible (self->spacing_row, !qr);
  gtk_widget_set_visible (self->qr_size_row, qr);
  self->loading = FALSE;
}

PxCertificateField *
px_certificate_field_form_get_field (PxCertificateFieldForm *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_FIELD_FORM (self), NULL);
  return self->field;
}

void
px_certificate_field_form_update_position (PxCertificateFieldForm *self)
{
  g_return_if_fail (PX_IS_CERTIFICATE_FIELD_FORM (self));

  if (self->field == NULL)
    return;
  self->loading = TRUE;
  set_spin (self->x_spin, self->field->x_mm);
  set_spin (self->y_spin, self->field->y_mm);
  self->loading = FALSE;
}

/* Building */

/* The field's text: several lines (the wording has them), with the placeholders a menu away. */
static GtkWidget *
build_text_row (PxCertificateFieldForm *self)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Text"));
  GtkWidget *view = gtk_text_view_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *insert;

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s", _(placeholders[i].label),
                                                placeholders[i].placeholder);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "field.insert-placeholder", "s",
                                         placeholders[i].placeholder);
      g_menu_append_item (menu, item);
    }
  insert = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (insert), _("Insert Placeholder"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (insert), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (insert, "flat");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), insert);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_set_name (view, "field-text");
  gtk_widget_add_css_class (view, "card");
  self->text_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_signal_connect (self->text_buffer, "changed", G_CALLBACK (text_changed_cb), self);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Text"));
  gtk_widget_set_name (row, "text");
  return row;
}

static GtkWidget *
add_spin (PxCertificateFieldForm  *self,
          const char              *name,
          const char              *title,
          const char              *subtitle,
          double                   lower,
          double                   upper,
          double                   step,
          GtkWidget              **spin)
{
  *spin = px_preference_rows_new_spin (lower, upper, step, 1);
  g_signal_connect (*spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  return px_preference_rows_add_spin (ADW_PREFERENCES_GROUP (self), name, title, subtitle,
                                      *spin);
}

/* GObject */

static void
px_certificate_field_form_dispose (GObject *object)
{
  PxCertificateFieldForm *self = PX_CERTIFICATE_FIELD_FORM (object);

  /* the rows going away may still say they changed: the field may be gone already */
  self->field = NULL;

  G_OBJECT_CLASS (px_certificate_field_form_parent_class)->dispose (object);
}

static void
px_certificate_field_form_class_init (PxCertificateFieldFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_certificate_field_form_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "field.insert-placeholder", "s",
                                   insert_placeholder_action);
}

static void
px_certificate_field_form_init (PxCertificateFieldForm *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  self->text_row = build_text_row (self);
  adw_preferences_group_add (group, self->text_row);
  add_spin (self, "x", _("From the Left (mm)"), NULL, 0, 1000, 0.5, &self->x_spin);
  add_spin (self, "y", _("From the Top (mm)"), NULL, 0, 1000, 0.5, &self->y_spin);
  self->width_row = add_spin (self, "width", _("Width (mm)"), _("Longer text wraps inside it"),
                              1, 1000, 1, &self->width_spin);
  self->qr_size_row = add_spin (self, "qr-size", _("Size (mm)"),
                                _("The side of the square; under 20 mm phones read badly"),
                                10, 100, 1, &self->qr_size_spin);
  self->font_row = px_preference_rows_add_combo (group, "font", _("Typeface"), font_labels,
                                                 G_N_ELEMENTS (font_labels));
  g_signal_connect (self->font_row, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  self->size_row = add_spin (self, "size", _("Size (pt)"), NULL, 4, 144, 1, &self->size_spin);
  self->bold_row = px_preference_rows_add_switch (group, "bold", _("Bold"), NULL,
                                                  &self->bold_switch);
  g_signal_connect (self->bold_switch, "notify::active", G_CALLBACK (switch_changed_cb), self);
  self->align_row = px_preference_rows_add_combo (group, "align", _("Alignment"), align_labels,
                                                  G_N_ELEMENTS (align_labels));
  g_signal_connect (self->align_row, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  self->spacing_row = add_spin (self, "letter-spacing", _("Letter Spacing (pt)"),
                                _("Space after each character, as titles are set"), 0, 72, 1,
                                &self->spacing_spin);
  px_preference_rows_add_switch (group, "visible", _("Printed"),
                                 _("Off keeps the field but leaves it out"),
                                 &self->visible_switch);
  g_signal_connect (self->visible_switch, "notify::active", G_CALLBACK (switch_changed_cb),
                    self);
  gtk_widget_set_name (GTK_WIDGET (self), "field-form");
  px_certificate_field_form_set_field (self, NULL);
}

PxCertificateFieldForm *
px_certificate_field_form_new (void)
{
  return g_object_new (PX_TYPE_CERTIFICATE_FIELD_FORM, NULL);
}
