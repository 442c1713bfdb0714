/* px-preference-rows.c: the rows of libadwaita 1.2 forms built in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-preference-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "px-preference-rows.h"

GtkWidget *
px_preference_rows_new_spin (double lower,
                             double upper,
                             double step,
                             guint  digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

static GtkWidget *
add_action_row (AdwPreferencesGroup *group,
                const char          *name,
                const char          *title,
                const char          *subtitle,
                GtkWidget           *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  gtk_widget_set_name (row, name);
  adw_preferences_group_add (group, row);
  return row;
}

GtkWidget *
px_preference_rows_add_spin (AdwPreferencesGroup *group,
                             const char          *name,
                             const char          *title,
                             const char          *subtitle,
                             GtkWidget           *spin)
{
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  return add_action_row (group, name, title, subtitle, spin);
}

GtkWidget *
px_preference_rows_add_switch (AdwPreferencesGroup  *group,
                               const char           *name,
                               const char           *title,
                               const char           *subtitle,
                               GtkWidget           **button)
{
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (button != NULL, NULL);

  *button = gtk_switch_new ();
  gtk_widget_set_valign (*button, GTK_ALIGN_CENTER);
  return add_action_row (group, name, title, subtitle, *button);
}

GtkWidget *
px_preference_rows_add_combo (AdwPreferencesGroup *group,
                              const char          *name,
                              const char          *title,
                              const char * const  *labels,
                              guint                n_labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, _(labels[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  adw_preferences_group_add (group, row);
  return row;
}

GtkWidget *
px_preference_rows_new_icon_button (const char *icon_name,
                                    const char *tooltip,
                                    const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

GtkWidget *
px_preference_rows_new_menu_button (const char *icon_name,
                                    const char *tooltip,
                                    GMenuModel *menu)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), icon_name);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}
