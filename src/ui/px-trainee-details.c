/* px-trainee-details.c: the form beside a class's roster for one trainee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-trainee-details"

#include "config.h"

#include <glib/gi18n.h>

#include "px-trainee-details.h"

struct _PxTraineeDetails
{
  AdwBin parent_instance;

  AdwPreferencesGroup *person_group;
  GtkWidget *group_row;
  GtkWidget *role_row;
  GtkWidget *dormitory_row;
  GtkWidget *seat_row;
  AdwActionRow *status_row;
  GtkWidget *withdraw_button;
  GtkWidget *reinstate_button;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (PxTraineeDetails, px_trainee_details, ADW_TYPE_BIN)

enum {
  APPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
px_trainee_details_show (PxTraineeDetails *self,
                         const PxTrainee  *t)
{
  g_autofree char *subtitle = NULL;
  gboolean withdrawn;

  g_return_if_fail (PX_IS_TRAINEE_DETAILS (self));
  g_return_if_fail (t != NULL);

  withdrawn = g_strcmp0 (t->status, "withdrawn") == 0;
  adw_preferences_group_set_title (self->person_group, t->name);
  subtitle = g_strdup_printf ("%s · %s", t->unit_name != NULL ? t->unit_name : "",
                              t->rank != NULL ? t->rank : "");
  adw_preferences_group_set_description (self->person_group, subtitle);
  set_row_text (self->group_row, t->group_name);
  set_row_text (self->role_row, t->class_role);
  set_row_text (self->dormitory_row, t->dormitory);
  set_row_text (self->seat_row, t->seat);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 withdrawn ? _("Withdrawn") : _("Enrolled"));
  if (withdrawn)
    adw_action_row_set_subtitle (self->status_row, t->withdraw_reason);
  else if (t->outside_audience)
    adw_action_row_set_subtitle (self->status_row,
                                 _("The rank is not among those the plan item is for."));
  else
    adw_action_row_set_subtitle (self->status_row, NULL);
  gtk_widget_set_visible (self->withdraw_button, !withdrawn);
  gtk_widget_set_visible (self->reinstate_button, withdrawn);
  /* removing is for one enrolled by mistake: once anything is recorded, only withdrawing */
  gtk_widget_set_sensitive (self->remove_button, !t->has_records);
  gtk_widget_set_tooltip_text (self->remove_button,
                               t->has_records
                               ? _("Attendance or results are recorded: withdraw instead")
                               : _("Remove a trainee enrolled by mistake"));
}

void
px_trainee_details_get (PxTraineeDetails  *self,
                        const char       **group_name,
                        const char       **class_role,
                        const char       **dormitory,
                        const char       **seat)
{
  g_return_if_fail (PX_IS_TRAINEE_DETAILS (self));

  *group_name = gtk_editable_get_text (GTK_EDITABLE (self->group_row));
  *class_role = gtk_editable_get_text (GTK_EDITABLE (self->role_row));
  *dormitory = gtk_editable_get_text (GTK_EDITABLE (self->dormitory_row));
  *seat = gtk_editable_get_text (GTK_EDITABLE (self->seat_row));
}

GtkWidget *
px_trainee_details_get_row (PxTraineeDetails *self,
                            const char       *column)
{
  g_return_val_if_fail (PX_IS_TRAINEE_DETAILS (self), NULL);

  if (g_strcmp0 (column, "group_name") == 0)
    return self->group_row;
  if (g_strcmp0 (column, "class_role") == 0)
    return self->role_row;
  if (g_strcmp0 (column, "dormitory") == 0)
    return self->dormitory_row;
  if (g_strcmp0 (column, "seat") == 0)
    return self->seat_row;
  return NULL;
}

static void
apply_cb (PxTraineeDetails *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

static void
role_chosen_cb (GtkButton        *button,
                PxTraineeDetails *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (self->role_row), gtk_button_get_label (button));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
detail_row (PxTraineeDetails *self,
            const char       *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (apply_cb), self);
  return row;
}

/* The roles a class gives, a click away; any other can be typed. */
static GtkWidget *
role_menu (PxTraineeDetails *self)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *popover = gtk_popover_new ();

  for (const char * const *role = px_class_trainees_roles (); *role != NULL; role++)
    {
      GtkWidget *button = gtk_button_new_with_label (*role);

      gtk_widget_add_css_class (button, "flat");
      g_signal_connect (button, "clicked", G_CALLBACK (role_chosen_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu, _("Common Class Roles"));
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");
  return menu;
}

static GtkWidget *
action_button (const char *label,
               const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}

static void
px_trainee_details_class_init (PxTraineeDetailsClass *klass)
{
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
px_trainee_details_init (PxTraineeDetails *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *status_group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->person_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->group_row = detail_row (self, _("Group"));
  self->role_row = detail_row (self, _("Class role"));
  self->dormitory_row = detail_row (self, _("Dormitory"));
  self->seat_row = detail_row (self, _("Seat"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->role_row), role_menu (self));
  adw_preferences_group_add (self->person_group, self->group_row);
  adw_preferences_group_add (self->person_group, self->role_row);
  adw_preferences_group_add (self->person_group, self->dormitory_row);
  adw_preferences_group_add (self->person_group, self->seat_row);

  self->status_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->status_row), FALSE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (status_group), _("Status"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group),
                             GTK_WIDGET (self->status_row));
  self->withdraw_button = action_button (_("_Withdraw…"), "roster.withdraw");
  gtk_widget_add_css_class (self->withdraw_button, "destructive-action");
  self->reinstate_button = action_button (_("_Take Back"), "roster.reinstate");
  self->remove_button = action_button (_("_Remove from Class"), "roster.remove");
  gtk_box_append (GTK_BOX (buttons), self->withdraw_button);
  gtk_box_append (GTK_BOX (buttons), self->reinstate_button);
  gtk_box_append (GTK_BOX (buttons), self->remove_button);
  gtk_widget_set_margin_top (buttons, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group), buttons);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->person_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (status_group));
  gtk_widget_set_size_request (GTK_WIDGET (self), 340, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);
  adw_bin_set_child (ADW_BIN (self), page);
}

GtkWidget *
px_trainee_details_new (void)
{
  return g_object_new (PX_TYPE_TRAINEE_DETAILS, NULL);
}
