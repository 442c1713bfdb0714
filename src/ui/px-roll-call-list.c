/* px-roll-call-list.c: a session's roll in the attendance tab, one row per trainee with their
 * status and note, and a menu of statuses on each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list only shows the roll: the menu's items and the keys go through the attendance view's
 * actions ("attendance.set-status", "attendance.edit-note", "attendance.mark-focused"), which
 * write the marks and ask the list to show the row again.
 */

#define G_LOG_DOMAIN "px-roll-call-list"

#include "config.h"

#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-class-attendance.h"
#include "px-roll-call-list.h"

struct _PxRollCallList
{
  AdwBin parent_instance;

  GtkWidget *list;   /* made by px_attendance_list_new */

  /* Owned references */
  GPtrArray *roll;   /* (element-type PxRollEntry) one per row */

  /* Weak: they go when they close */
  GtkWidget *menu;
  GtkWidget *dialog;
};

G_DEFINE_FINAL_TYPE (PxRollCallList, px_roll_call_list, ADW_TYPE_BIN)

/* Text */

static const char *
status_text (const char *status)
{
  if (g_strcmp0 (status, "present") == 0)
    /* Translators: attendance status, 出勤 */
    return C_("attendance", "Present");
  if (g_strcmp0 (status, "late") == 0)
    /* Translators: attendance status, 迟到 */
    return C_("attendance", "Late");
  if (g_strcmp0 (status, "leave") == 0)
    /* Translators: attendance status, 请假 */
    return C_("attendance", "On leave");
  if (g_strcmp0 (status, "absent") == 0)
    /* Translators: attendance status, 缺勤 */
    return C_("attendance", "Absent");
  /* Translators: no attendance status recorded yet, 未点名 */
  return C_("attendance", "Not marked");
}

/* The style of a status label: green, amber, blue, red; dim when not marked. */
static const char *
status_css (const char *status)
{
  if (g_strcmp0 (status, "present") == 0)
    return "success";
  if (g_strcmp0 (status, "late") == 0)
    return "warning";
  if (g_strcmp0 (status, "leave") == 0)
    return "accent";
  if (g_strcmp0 (status, "absent") == 0)
    return "error";
  return "dim-label";
}


/* Rows */

static void
set_status_label (GtkWidget  *label,
                  const char *status)
{
  static const char * const classes[] = { "success", "warning", "accent", "error", "dim-label",
                                          NULL };

  px_attendance_set_style_class (label, classes, status_css (status));
  px_attendance_set_label (label, status_text (status));
}

static void
show_roll_row (GtkWidget *row,
               guint      position,
               gpointer   data)
{
  PxRollCallList *self = data;
  const PxRollEntry *entry;
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status-label");
  GtkWidget *note = g_object_get_data (G_OBJECT (row), "note-label");
  g_autoptr(GString) subtitle = NULL;

  if (self->roll == NULL || position >= self->roll->len)
    return;
  entry = g_ptr_array_index (self->roll, position);
  subtitle = g_string_new (entry->unit_name);
  if (entry->group_name != NULL)
    g_string_append_printf (subtitle, subtitle->len > 0 ? " · %s" : "%s", entry->group_name);
  px_attendance_row_set_text (row, entry->name, subtitle->str);
  set_status_label (status, entry->status);
  px_attendance_set_label (note, entry->note != NULL ? entry->note : "");
  gtk_widget_set_visible (note, entry->note != NULL);
  px_attendance_set_tooltip (note, entry->note);
}

static GtkWidget *
make_roll_row (gpointer data)
{
  GtkWidget *row = px_attendance_list_row_new ();
  GtkWidget *status = px_attendance_cell_new (6, -1, 1, "status");
  GtkWidget *note = px_attendance_cell_new (-1, 16, 1, "dim-label");

  gtk_widget_add_css_class (note, "caption");
  gtk_widget_set_valign (note, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), note);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), status);

  g_object_set_data (G_OBJECT (row), "status-label", status);
  g_object_set_data (G_OBJECT (row), "note-label", note);
  return row;
}

/* The menu of a row (click or Enter) */

static void
unparent_menu (GtkWidget *menu)
{
  if (gtk_widget_get_parent (menu) != NULL)
    gtk_widget_unparent (menu);
  g_object_unref (menu);
}

static void
menu_closed_cb (GtkWidget *menu)
{
  /* after the menu's action has run */
  g_idle_add_once ((GSourceOnceFunc) unparent_menu, g_object_ref (menu));
}

static void
add_status_item (GMenu      *menu,
                 const char *label,
                 const char *enrollment_id,
                 const char *status)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "attendance.set-status",
                                           g_variant_new ("(ss)", enrollment_id, status));
  g_menu_append_item (menu, item);
}

static void
roll_row_activated_cb (PxRollCallList *self,
                       guint           index)
{
  GtkWidget *row = px_attendance_list_get_row (self->list, index);
  const PxRollEntry *entry;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) statuses = g_menu_new ();
  g_autoptr(GMenuItem) note = NULL;
  GtkWidget *popover;

  if (self->roll == NULL || index >= self->roll->len || row == NULL)
    return;
  entry = g_ptr_array_index (self->roll, index);
  /* Translators: menu items of the roll, with the key that does the same */
  add_status_item (statuses, _("Present (1)"), entry->enrollment_id, "present");
  add_status_item (statuses, _("Late (2)"), entry->enrollment_id, "late");
  add_status_item (statuses, _("On Leave (3)"), entry->enrollment_id, "leave");
  add_status_item (statuses, _("Absent (4)"), entry->enrollment_id, "absent");
  add_status_item (statuses, _("Clear (0)"), entry->enrollment_id, "");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (statuses));
  note = g_menu_item_new (_("_Note…"), NULL);
  g_menu_item_set_action_and_target_value (note, "attendance.edit-note",
                                           g_variant_new_string (entry->enrollment_id));
  g_menu_append_item (menu, note);

  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, row);
  gtk_widget_set_halign (popover, GTK_ALIGN_END);
  g_signal_connect (popover, "closed", G_CALLBACK (menu_closed_cb), NULL);
  g_set_weak_pointer (&self->menu, popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* Notes */

static void
note_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWidget        *self)
{
  GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *enrollment_id = g_object_get_data (G_OBJECT (dialog), "enrollment-id");

  if (g_strcmp0 (response, "save") != 0)
    return;
  gtk_widget_activate_action (self, "attendance.set-note", "(ss)", enrollment_id,
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
}

void
px_roll_call_list_open_note (PxRollCallList *self,
                             guint           index)
{
  const PxRollEntry *entry;
  GtkWidget *dialog, *text;

  g_return_if_fail (PX_IS_ROLL_CALL_LIST (self));
  g_return_if_fail (self->roll != NULL && index < self->roll->len);

  entry = g_ptr_array_index (self->roll, index);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Note"), entry->name);
  text = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (text), entry->note != NULL ? entry->note : "");
  gtk_entry_set_activates_default (GTK_ENTRY (text), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("e.g. left early for a meeting"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_object_set_data (G_OBJECT (dialog), "entry", text);
  g_object_set_data_full (G_OBJECT (dialog), "enrollment-id", g_strdup (entry->enrollment_id),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (note_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
px_roll_call_list_dispose (GObject *object)
{
  PxRollCallList *self = PX_ROLL_CALL_LIST (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  /* a menu still open is a child of a row, which does not unparent it */
  if (self->menu != NULL && gtk_widget_get_parent (self->menu) != NULL)
    gtk_widget_unparent (self->menu);
  g_clear_weak_pointer (&self->menu);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->roll, g_ptr_array_unref);

  G_OBJECT_CLASS (px_roll_call_list_parent_class)->dispose (object);
}

static void
px_roll_call_list_class_init (PxRollCallListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = px_roll_call_list_dispose;
}

static void
px_roll_call_list_init (PxRollCallList *self)
{
  GtkGridView *view;

  /* "roll": the name the tests find the roll by */
  self->list = px_attendance_list_new ("roll", FALSE, make_roll_row, show_roll_row, self);
  view = px_attendance_list_get_view (self->list);
  gtk_grid_view_set_single_click_activate (view, TRUE);
  g_signal_connect_object (view, "activate", G_CALLBACK (roll_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self), self->list);
}

GtkWidget *
px_roll_call_list_new (void)
{
  return g_object_new (PX_TYPE_ROLL_CALL_LIST, NULL);
}

void
px_roll_call_list_set_roll (PxRollCallList *self,
                            GPtrArray      *roll,
                            gboolean        is_elective)
{
  g_return_if_fail (PX_IS_ROLL_CALL_LIST (self));

  /* a row's menu is about the trainee the row showed */
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));

  if (roll != NULL)
    g_ptr_array_ref (roll);
  g_clear_pointer (&self->roll, g_ptr_array_unref);
  self->roll = roll;
  px_attendance_list_set_n_rows (self->list, roll != NULL ? roll->len : 0);
  if (roll == NULL)
    return;
  px_attendance_list_set_placeholder (self->list, is_elective
    ? _("No trainee has chosen this elective: its roll is empty.")
    : _("The class has no enrolled trainees yet."));
}

void
px_roll_call_list_update_row (PxRollCallList *self,
                              guint           index)
{
  GtkWidget *row;

  g_return_if_fail (PX_IS_ROLL_CALL_LIST (self));
  g_return_if_fail (self->roll != NULL && index < self->roll->len);

  row = px_attendance_list_get_row (self->list, index);
  /* a row out of sight is shown when it is scrolled to */
  if (row != NULL)
    show_roll_row (row, index, self);
}

int
px_roll_call_list_get_focused (PxRollCallList *self)
{
  g_return_val_if_fail (PX_IS_ROLL_CALL_LIST (self), -1);
  return px_attendance_list_get_focused (self->list);
}

gboolean
px_roll_call_list_focus_row (PxRollCallList *self,
                             guint           index)
{
  g_return_val_if_fail (PX_IS_ROLL_CALL_LIST (self), FALSE);
  return px_attendance_list_focus_row (self->list, index);
}
