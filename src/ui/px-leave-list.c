/* px-leave-list.c: a class's leave requests in the attendance tab: the list, the form of a new
 * one, and deleting one with Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows' delete buttons and the form's Add go through the attendance view's actions
 * ("attendance.delete-leave", "attendance.add-leave"), which call back here: tests and
 * shortcuts reach the same code as the buttons.
 */

#define G_LOG_DOMAIN "px-leave-list"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-date.h"
#include "px-format.h"
#include "px-leave-list.h"
#include "px-toast.h"

struct _PxLeaveList
{
  AdwBin parent_instance;

  GtkListBox *list;

  /* Owned references */
  PxDatabase *db;
  char *class_id;

  /* Weak: it goes when it closes */
  GtkWidget *dialog;
};

G_DEFINE_FINAL_TYPE (PxLeaveList, px_leave_list, ADW_TYPE_BIN)

enum
{
  CHANGED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Hands toast (taken) to whoever shows it. */
static void
emit_toast (PxLeaveList *self,
            AdwToast    *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
  g_object_unref (toast);
}

static void
toast_error (PxLeaveList  *self,
             const char   *what,
             const GError *error)
{
  /* Translators: what failed, then why */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

  emit_toast (self, px_toast_new (message));
}

/* The rows */

static GtkWidget *
make_leave_row (void)
{
  GtkWidget *box;
  GtkWidget *row = px_attendance_row_new (&box);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete the Leave Request"));
  gtk_widget_add_css_class (delete, "flat");
  gtk_box_append (GTK_BOX (box), delete);
  g_object_set_data (G_OBJECT (row), "delete-button", delete);
  return row;
}

static void
update_leave_row (GtkWidget            *row,
                  const PxLeaveRequest *request,
                  const char           *name)
{
  g_autofree char *start = px_format_date (request->start_date);
  g_autofree char *end = px_format_date (request->end_date);
  g_autofree char *hours = px_format_hours (request->hours);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (g_strcmp0 (request->start_date, request->end_date) == 0)
    /* Translators: who asked for leave, on which day */
    title = g_strdup_printf (_("%s · %s"), name != NULL ? name : "", start);
  else
    /* Translators: who asked for leave, first and last day */
    title = g_strdup_printf (_("%s · %s–%s"), name != NULL ? name : "", start, end);
  /* Translators: leave hours, the reason, whether approved */
  subtitle = g_strdup_printf (_("%s h · %s · %s"), hours, request->reason,
                              request->approved ? _("approved") : _("not approved yet"));
  px_attendance_row_set_text (row, title, subtitle);
  /* the target first: an action named without its parameter warns */
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "delete-button"), "s",
                                    request->base.id);
  gtk_actionable_set_action_name (g_object_get_data (G_OBJECT (row), "delete-button"),
                                  "attendance.delete-leave");
}

static void
load_leave (PxLeaveList *self)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  if (self->class_id != NULL && self->db != NULL)
    {
      requests = px_class_attendance_list_leave (self->db, self->class_id, &names, &error);
      if (requests == NULL)
        toast_error (self, _("The leave requests could not be read"), error);
    }
  px_attendance_rows_ensure (self->list, requests != NULL ? requests->len : 0, make_leave_row);
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    update_leave_row (px_attendance_rows_get (self->list, i), g_ptr_array_index (requests, i),
                      g_ptr_array_index (names, i));
}

/* Deleting with Undo */

/* Weak on the list: the view keeps its last toast, which keeps this. */
typedef struct
{
  PxLeaveList *list;
  PxLeaveRequest *request;
} DeletedLeave;

static void
deleted_leave_free (gpointer  data,
                    GClosure *closure)
{
  DeletedLeave *deleted = data;

  g_clear_weak_pointer (&deleted->list);
  px_leave_request_free (deleted->request);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast     *undo,
                DeletedLeave *deleted)
{
  PxLeaveList *self = deleted->list;
  g_autoptr(PxLeaveRequest) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  copy = px_leave_request_copy (deleted->request);
  if (!px_class_attendance_add_leave (self->db, copy, &error))
    {
      toast_error (self, _("Could not undo"), error);
      return;
    }
  load_leave (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The form of a new leave request */

typedef struct
{
  GtkWidget *trainee;
  GtkWidget *start;
  GtkWidget *end;
  GtkWidget *hours;
  GtkWidget *reason;
  GtkWidget *approved;
  GStrv enrollment_ids;   /* in the order of the trainee row's choices */
} LeaveForm;

static void
leave_form_free (LeaveForm *form)
{
  g_strfreev (form->enrollment_ids);
  g_free (form);
}

static gboolean
parse_hours (const char *text,
             double     *hours)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;
  *hours = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*hours) && *hours >= 0;
}

static gboolean
check_row (GtkWidget *row,
           gboolean   valid)
{
  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  return valid;
}

static void
leave_form_changed_cb (AdwMessageDialog *dialog)
{
  LeaveForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (form->reason));
  g_autofree char *trimmed = g_strstrip (g_strdup (reason));
  double hours;
  gboolean ok = TRUE;

  ok &= check_row (form->start,
                   px_date_is_iso (gtk_editable_get_text (GTK_EDITABLE (form->start))));
  ok &= check_row (form->end, px_date_is_iso (gtk_editable_get_text (GTK_EDITABLE (form->end))));
  ok &= check_row (form->hours,
                   parse_hours (gtk_editable_get_text (GTK_EDITABLE (form->hours)), &hours));
  ok &= *trimmed != '\0';
  ok &= adw_combo_row_get_selected (ADW_COMBO_ROW (form->trainee)) != GTK_INVALID_LIST_POSITION;
  adw_message_dialog_set_response_enabled (dialog, "add", ok);
}

static void
leave_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWidget        *self)
{
  LeaveForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->trainee));
  g_autofree char *reason = NULL;
  double hours = 0;

  if (g_strcmp0 (response, "add") != 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (!parse_hours (gtk_editable_get_text (GTK_EDITABLE (form->hours)), &hours))
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->reason))));
  gtk_widget_activate_action (self, "attendance.add-leave", "(sssdsb)",
                              form->enrollment_ids[selected],
                              gtk_editable_get_text (GTK_EDITABLE (form->start)),
                              gtk_editable_get_text (GTK_EDITABLE (form->end)), hours, reason,
                              gtk_switch_get_active (GTK_SWITCH (form->approved)));
}

static GtkWidget *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* GObject */

static void
px_leave_list_dispose (GObject *object)
{
  PxLeaveList *self = PX_LEAVE_LIST (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_leave_list_parent_class)->dispose (object);
}

static void
px_leave_list_finalize (GObject *object)
{
  PxLeaveList *self = PX_LEAVE_LIST (object);

  g_free (self->class_id);

  G_OBJECT_CLASS (px_leave_list_parent_class)->finalize (object);
}

static void
px_leave_list_class_init (PxLeaveListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_leave_list_dispose;
  object_class->finalize = px_leave_list_finalize;

  /**
   * PxLeaveList::changed:
   *
   * The list wrote to the database: the view reads the totals again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PxLeaveList::toast:
   * @toast: (transfer none): the toast, to be shown in the window
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
px_leave_list_init (PxLeaveList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_placeholder (self->list,
                                px_attendance_placeholder_new (
                                  _("No leave requests. Add one with +.")));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
}

GtkWidget *
px_leave_list_new (void)
{
  return g_object_new (PX_TYPE_LEAVE_LIST, NULL);
}

void
px_leave_list_set_database (PxLeaveList *self,
                            PxDatabase  *db)
{
  g_return_if_fail (PX_IS_LEAVE_LIST (self));
  g_return_if_fail (PX_IS_DATABASE (db));

  g_set_object (&self->db, db);
}

void
px_leave_list_set_class (PxLeaveList *self,
                         const char  *class_id)
{
  g_return_if_fail (PX_IS_LEAVE_LIST (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
    }
  load_leave (self);
}

gboolean
px_leave_list_add (PxLeaveList    *self,
                   PxLeaveRequest *request)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PX_IS_LEAVE_LIST (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!px_class_attendance_add_leave (self->db, request, &error))
    {
      toast_error (self, _("The leave request was not added"), error);
      return FALSE;
    }
  load_leave (self);
  g_signal_emit (self, signals[CHANGED], 0);
  emit_toast (self, px_toast_new (_("Leave request added")));
  return TRUE;
}

void
px_leave_list_delete (PxLeaveList *self,
                      const char  *request_id)
{
  g_autoptr(PxLeaveRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *message = NULL;
  DeletedLeave *deleted;
  AdwToast *undo;

  g_return_if_fail (PX_IS_LEAVE_LIST (self));
  g_return_if_fail (request_id != NULL);
  g_return_if_fail (self->db != NULL);

  request = px_class_attendance_delete_leave (self->db, request_id, &error);
  if (request == NULL)
    {
      toast_error (self, _("The leave request was not deleted"), error);
      return;
    }
  load_leave (self);
  g_signal_emit (self, signals[CHANGED], 0);

  hours = px_format_hours (request->hours);
  /* Translators: hours of leave */
  message = g_strdup_printf (_("Leave request of %s h deleted"), hours);
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  deleted = g_new0 (DeletedLeave, 1);
  g_set_weak_pointer (&deleted->list, self);
  deleted->request = g_steal_pointer (&request);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (undo_delete_cb), deleted,
                         deleted_leave_free, 0);
  emit_toast (self, undo);
}

void
px_leave_list_open_form (PxLeaveList               *self,
                         GPtrArray                 *totals,
                         const char                *enrollment_id,
                         const PxAttendanceSession *session)
{
  LeaveForm *form;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *hours = NULL;
  GtkWidget *dialog, *list, *row;
  guint selected = 0;

  g_return_if_fail (PX_IS_LEAVE_LIST (self));

  if (totals == NULL || totals->len == 0)
    {
      emit_toast (self, px_toast_new (_("The class has no enrolled trainees yet.")));
      return;
    }
  form = g_new0 (LeaveForm, 1);
  for (guint i = 0; i < totals->len; i++)
    {
      const PxAttendanceTotals *t = g_ptr_array_index (totals, i);

      gtk_string_list_append (names, t->name);
      g_strv_builder_add (ids, t->enrollment_id);
      if (enrollment_id != NULL && g_strcmp0 (t->enrollment_id, enrollment_id) == 0)
        selected = i;
    }
  form->enrollment_ids = g_strv_builder_end (ids);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("New Leave Request"),
                                   _("Leave counts against 1/7 of the class hours."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  form->trainee = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->trainee), _("Trainee"));
  adw_combo_row_set_model (ADW_COMBO_ROW (form->trainee), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (form->trainee), selected);
  gtk_list_box_append (GTK_LIST_BOX (list), form->trainee);
  form->start = entry_row (list, _("First Day (YYYY-MM-DD)"),
                           session != NULL ? session->date : NULL);
  form->end = entry_row (list, _("Last Day (YYYY-MM-DD)"),
                         session != NULL ? session->date : NULL);
  hours = session != NULL ? px_format_hours (session->hours) : NULL;
  form->hours = entry_row (list, _("Class Hours Missed"), hours);
  form->reason = entry_row (list, _("Reason"), NULL);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Approved"));
  form->approved = gtk_switch_new ();
  gtk_widget_set_valign (form->approved, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), form->approved);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), form->approved);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) leave_form_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  g_signal_connect_swapped (form->start, "changed", G_CALLBACK (leave_form_changed_cb), dialog);
  g_signal_connect_swapped (form->end, "changed", G_CALLBACK (leave_form_changed_cb), dialog);
  g_signal_connect_swapped (form->hours, "changed", G_CALLBACK (leave_form_changed_cb), dialog);
  g_signal_connect_swapped (form->reason, "changed", G_CALLBACK (leave_form_changed_cb),
                            dialog);
  leave_form_changed_cb (ADW_MESSAGE_DIALOG (dialog));
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
