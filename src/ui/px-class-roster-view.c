/* px-class-roster-view.c: 学员, a class's trainees: who, in which group, with which role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A class has tens of trainees, a few hundred at most, so the whole roster is read at once
 * (px_class_trainees_get) and searched in memory. The list holds PxTraineeRow items that point
 * into the PxClassTrainees read last; reading again points the same items at the new data, so
 * that the column view updates its cells rather than making new ones (GTK 4.8 makes widgets
 * for up to 200 rows of a list at once: making them anew for every class cost 70 ms).
 */

#define G_LOG_DOMAIN "px-class-roster-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-class-roster-view.h"
#include "px-class-roster.h"
#include "px-class-trainees.h"
#include "px-format.h"
#include "px-import-dialog.h"
#include "px-sheet-job.h"
#include "px-toast.h"
#include "px-trainee-details.h"
#include "px-trainee-picker.h"
#include "px-trainee-row.h"
#include "px-training-class.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_GENDER,
  COLUMN_UNIT,
  COLUMN_RANK,
  COLUMN_GROUP,
  COLUMN_ROLE,
  COLUMN_DORMITORY,
  COLUMN_SEAT,
  COLUMN_STATUS,
} Column;

static const struct
{
  const char *title;   /* N_() */
  int width;           /* 0: takes what is left */
} columns[] = {
  [COLUMN_NAME] = { N_("Name"), 80 },
  [COLUMN_GENDER] = { N_("Gender"), 48 },
  [COLUMN_UNIT] = { N_("Unit"), 0 },
  [COLUMN_RANK] = { N_("Rank"), 110 },
  [COLUMN_GROUP] = { N_("Group"), 70 },
  [COLUMN_ROLE] = { N_("Class role"), 80 },
  [COLUMN_DORMITORY] = { N_("Dormitory"), 80 },
  [COLUMN_SEAT] = { N_("Seat"), 64 },
  [COLUMN_STATUS] = { N_("Status"), 70 },
};

struct _PxClassRosterView
{
  AdwBin parent_instance;

  GtkWidget *search_entry;
  GtkLabel *places_label;
  GtkLabel *warning_label;
  GtkStack *stack;               /* "list" or "empty" */
  GtkColumnView *column_view;
  GListStore *rows;              /* PxTraineeRow */
  GtkCustomFilter *filter;
  GtkSingleSelection *selection;
  PxTraineeDetails *details;     /* the side form, hidden with no trainee selected */

  PxDatabase *db;
  char *class_id;
  char *class_code;
  PxClassTrainees *trainees;
  GHashTable *by_id;             /* enrollment id → PxTrainee of trainees */
  char *detail_id;               /* the enrollment the form shows */
  PxTraineePicker *picker;       /* weak: the Add Trainees window while it is open */
};

G_DEFINE_FINAL_TYPE (PxClassRosterView, px_class_roster_view, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (PxClassRosterView *self,
       AdwToast          *toast)
{
  px_toast_show (GTK_WIDGET (self), toast);
}

static void
toast_text (PxClassRosterView *self,
            const char        *message)
{
  toast (self, px_toast_new (message));
}

static PxTrainee *
lookup (PxClassRosterView *self,
        const char        *enrollment_id)
{
  return self->by_id != NULL && enrollment_id != NULL
         ? g_hash_table_lookup (self->by_id, enrollment_id) : NULL;
}

static PxTrainee *
selected_trainee (PxClassRosterView *self)
{
  PxTraineeRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? (PxTrainee *) px_trainee_row_get_trainee (row) : NULL;
}

static const char *
status_label (const PxTrainee *t)
{
  return g_strcmp0 (t->status, "withdrawn") == 0 ? _("Withdrawn") : _("Enrolled");
}

static const char *
cell_text (const PxTrainee *t,
           Column           column)
{
  const char *text = NULL;

  switch (column)
    {
    case COLUMN_NAME: text = t->name; break;
    case COLUMN_GENDER: text = t->gender; break;
    case COLUMN_UNIT: text = t->unit_name; break;
    case COLUMN_RANK: text = t->rank; break;
    case COLUMN_GROUP: text = t->group_name; break;
    case COLUMN_ROLE: text = t->class_role; break;
    case COLUMN_DORMITORY: text = t->dormitory; break;
    case COLUMN_SEAT: text = t->seat; break;
    case COLUMN_STATUS: text = status_label (t); break;
    }
  return text != NULL ? text : "";
}

/* Search */

static gboolean
contains (const char *text,
          const char *needle)
{
  return text != NULL && strstr (text, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PxClassRosterView *self = user_data;
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const PxTrainee *t = px_trainee_row_get_trainee (item);

  if (t == NULL)
    return FALSE;
  if (needle == NULL || *needle == '\0')
    return TRUE;
  return contains (t->name, needle) || contains (t->unit_name, needle)
         || contains (t->group_name, needle) || contains (t->class_role, needle)
         || contains (t->rank, needle) || contains (t->citizen_id, needle)
         || contains (t->dormitory, needle);
}

static void
search_changed_cb (PxClassRosterView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Cells */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
update_cell (GtkListItem *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "column"));
  PxTraineeRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const PxTrainee *t = row != NULL ? px_trainee_row_get_trainee (row) : NULL;
  gboolean withdrawn = t != NULL && g_strcmp0 (t->status, "withdrawn") == 0;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), t != NULL ? cell_text (t, column) : "");
  /* a trainee outside the plan item's audience is marked where the rank is */
  if (t != NULL && column == COLUMN_RANK && t->outside_audience)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  if (withdrawn)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  g_object_set_data (G_OBJECT (list_item), "column", user_data);
  update_cell (list_item);
  /* the row may be pointed at another trainee while bound: a class read again */
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify::trainee",
                           G_CALLBACK (update_cell), list_item, G_CONNECT_SWAPPED);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), update_cell,
                                        list_item);
}

/* The details form */

static void
fill_details (PxClassRosterView *self)
{
  PxTrainee *t = selected_trainee (self);

  g_free (self->detail_id);
  self->detail_id = t != NULL ? g_strdup (t->enrollment_id) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->details), t != NULL);
  if (t != NULL)
    px_trainee_details_show (self->details, t);
}

static void reload (PxClassRosterView *self,
                    const char        *select_id);

/* Writes what the form holds when it differs from what is stored; *saved says whether it
 * did. FALSE when it could not (a toast says why). */
static gboolean
save_details (PxClassRosterView *self,
              gboolean          *saved)
{
  PxTrainee *t = lookup (self, self->detail_id);
  const char *group, *role, *dormitory, *seat;
  g_autoptr(GError) error = NULL;

  if (saved != NULL)
    *saved = FALSE;
  if (t == NULL)
    return TRUE;
  px_trainee_details_get (self->details, &group, &role, &dormitory, &seat);
  if (g_strcmp0 (group, t->group_name ?: "") == 0 && g_strcmp0 (role, t->class_role ?: "") == 0
      && g_strcmp0 (dormitory, t->dormitory ?: "") == 0 && g_strcmp0 (seat, t->seat ?: "") == 0)
    return TRUE;
  if (!px_class_trainees_set_details (self->db, t->enrollment_id, group, role, dormitory, seat,
                                      &error))
    {
      toast_text (self, error->message);
      return FALSE;
    }
  if (saved != NULL)
    *saved = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
selection_changed_cb (PxClassRosterView *self)
{
  g_autofree char *now = NULL;
  PxTrainee *t = selected_trainee (self);
  gboolean saved = FALSE;

  if (t != NULL && g_strcmp0 (t->enrollment_id, self->detail_id) == 0)
    return;
  now = t != NULL ? g_strdup (t->enrollment_id) : NULL;
  /* moving to another trainee keeps what was typed for this one; when it cannot be kept,
   * the form stays on it with the message */
  if (!save_details (self, &saved))
    return;
  if (saved)
    reload (self, now);
  else
    fill_details (self);
}

/* Reading */

static void
update_places (PxClassRosterView *self)
{
  PxClassTrainees *tr = self->trainees;
  g_autoptr(GString) places = g_string_new (NULL);
  g_autoptr(GString) warning = g_string_new (NULL);

  if (tr->capacity != PX_INT_UNSET)
    g_string_append_printf (places, _("%u of %d places taken"), tr->n_enrolled,
                            (int) tr->capacity);
  else
    g_string_append_printf (places, g_dngettext (GETTEXT_PACKAGE, "%u trainee", "%u trainees",
                                                 tr->n_enrolled), tr->n_enrolled);
  if (tr->n_withdrawn > 0)
    {
      g_string_append (places, " · ");
      g_string_append_printf (places, g_dngettext (GETTEXT_PACKAGE, "%u withdrawn",
                                                   "%u withdrawn", tr->n_withdrawn),
                              tr->n_withdrawn);
    }
  if (tr->audience_ranks != NULL)
    {
      g_autofree char *ranks = g_strjoinv ("、", tr->audience_ranks);

      g_string_append (places, " · ");
      /* TRANSLATORS: %s lists the ranks a plan item is for */
      g_string_append_printf (places, _("for %s"), ranks);
    }
  gtk_label_set_text (self->places_label, places->str);

  if (tr->capacity != PX_INT_UNSET && tr->n_enrolled > tr->capacity)
    g_string_append_printf (warning, g_dngettext (GETTEXT_PACKAGE,
                                                  "%u trainee more than the class has places.",
                                                  "%u trainees more than the class has places.",
                                                  tr->n_enrolled - (guint) tr->capacity),
                            tr->n_enrolled - (guint) tr->capacity);
  if (tr->n_outside_audience > 0)
    {
      if (warning->len > 0)
        g_string_append_c (warning, ' ');
      g_string_append_printf (warning,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u trainee's rank is not among those the plan item "
                                           "is for.",
                                           "%u trainees' ranks are not among those the plan item "
                                           "is for.", tr->n_outside_audience),
                              tr->n_outside_audience);
    }
  gtk_label_set_text (self->warning_label, warning->str);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warning->len > 0);
}

static void
reload (PxClassRosterView *self,
        const char        *select_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = g_strdup (select_id);
  PxClassTrainees *trainees = NULL;
  guint n, n_old, n_new;

  g_clear_pointer (&self->detail_id, g_free);
  if (self->class_id != NULL)
    trainees = px_class_trainees_get (self->db, self->class_id, &error);
  if (trainees == NULL && error != NULL)
    toast_text (self, error->message);

  /* the rows there are show the new trainees; then rows are added or dropped at the end;
   * only then does the old data go */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  n_new = trainees != NULL ? trainees->trainees->len : 0;
  for (guint i = 0; i < MIN (n_old, n_new); i++)
    {
      g_autoptr(PxTraineeRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      px_trainee_row_set_trainee (row, g_ptr_array_index (trainees->trainees, i));
    }
  if (n_new < n_old)
    g_list_store_splice (self->rows, n_new, n_old - n_new, NULL, 0);
  else if (n_new > n_old)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = n_old; i < n_new; i++)
        g_ptr_array_add (added, px_trainee_row_new (g_ptr_array_index (trainees->trainees, i)));
      g_list_store_splice (self->rows, n_old, 0, added->pdata, added->len);
    }
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->trainees, px_class_trainees_free);
  self->trainees = trainees;
  /* what the rows show changed: the search decides again */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (trainees == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->details), FALSE);
      return;
    }

  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      PxTrainee *t = g_ptr_array_index (trainees->trainees, i);

      g_hash_table_insert (self->by_id, t->enrollment_id, t);
    }
  update_places (self);
  gtk_stack_set_visible_child_name (self->stack, trainees->trainees->len > 0 ? "list"
                                                                            : "empty");

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; keep != NULL && i < n; i++)
    {
      g_autoptr(PxTraineeRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_str_equal (px_trainee_row_get_trainee (row)->enrollment_id, keep))
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  fill_details (self);
}

void
px_class_roster_view_set_class (PxClassRosterView *self,
                                const char        *class_id)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *keep = NULL;

  g_return_if_fail (PX_IS_CLASS_ROSTER_VIEW (self));

  /* the same class read again keeps the trainee shown */
  if (g_strcmp0 (self->class_id, class_id) == 0)
    keep = g_strdup (self->detail_id);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_free (self->class_id);
  self->class_id = g_strdup (class_id);
  g_clear_pointer (&self->class_code, g_free);
  if (class_id != NULL)
    training_class = px_training_class_get (self->db, class_id, NULL);
  if (training_class != NULL)
    self->class_code = g_strdup (training_class->code);
  reload (self, keep);
}

static void
changed_and_reload (PxClassRosterView *self,
                    const char        *select_id)
{
  g_autofree char *keep = g_strdup (select_id);

  g_signal_emit (self, signals[CHANGED], 0);
  reload (self, keep);
}

/* Adding trainees */

static void
add_cadre (PxClassRosterView *self,
           const char        *cadre_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *enrollment_id = NULL;

  if (self->class_id == NULL)
    return;
  enrollment_id = px_class_trainees_add (self->db, self->class_id, cadre_id, &error);
  if (enrollment_id == NULL)
    {
      toast_text (self, error->message);
      return;
    }
  changed_and_reload (self, enrollment_id);
  if (self->picker != NULL)
    px_trainee_picker_refresh (self->picker);
}

static void
add_cadre_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_cadre (PX_CLASS_ROSTER_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);

  if (self->class_id == NULL)
    return;
  if (self->picker == NULL)
    {
      self->picker = px_trainee_picker_new (widget, self->db, self->class_id);
      g_signal_connect_object (self->picker, "add-cadre", G_CALLBACK (add_cadre), self,
                               G_CONNECT_SWAPPED);
      g_object_add_weak_pointer (G_OBJECT (self->picker), (gpointer *) &self->picker);
    }
  gtk_window_present (GTK_WINDOW (self->picker));
}

/* Import and export */

static void
import_done_cb (PxImportDialog    *dialog,
                GParamSpec        *pspec,
                PxClassRosterView *self)
{
  PxImportReport *report = px_import_dialog_get_report (dialog);

  if (px_import_dialog_get_done (dialog) && report != NULL && report->written)
    changed_and_reload (self, NULL);
}

static void
import_path (PxClassRosterView *self,
             const char        *path)
{
  PxImportDialog *dialog = px_import_dialog_new_for_class (GTK_WIDGET (self), self->db,
                                                           self->class_code, path);

  g_signal_connect_object (dialog, "notify::done", G_CALLBACK (import_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen (const char *path,
               gpointer    self)
{
  import_path (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);

  if (self->class_code == NULL)
    return;
  if (parameter != NULL)
    import_path (self, g_variant_get_string (parameter, NULL));
  else
    px_sheet_job_choose_file (widget, FALSE, _("Import a Roster"), NULL, import_chosen,
                              G_OBJECT (self));
}

static void
export_path (PxClassRosterView *self,
             const char        *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *message = NULL;
  gint64 n = px_class_roster_export_file (self->db, self->class_code, path, &error);

  if (n < 0)
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d trainee exported to “%s”",
                                            "%d trainees exported to “%s”", (gulong) n),
                               (int) n, basename);
  toast_text (self, message);
}

static void
export_chosen (const char *path,
               gpointer    self)
{
  export_path (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->class_code == NULL)
    return;
  if (parameter != NULL)
    {
      export_path (self, g_variant_get_string (parameter, NULL));
      return;
    }
  /* TRANSLATORS: the file name a roster export suggests; %s is the class code */
  name = g_strdup_printf (_("Roster %s.xlsx"), self->class_code);
  px_sheet_job_choose_file (widget, TRUE, _("Export the Roster"), name, export_chosen,
                            G_OBJECT (self));
}

/* Status: withdraw, reinstate, remove */

static GtkWindow *
view_window (PxClassRosterView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
withdraw_selected (PxClassRosterView *self,
                   const char        *reason)
{
  PxTrainee *t = selected_trainee (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (t == NULL)
    return;
  id = g_strdup (t->enrollment_id);
  if (!save_details (self, NULL))
    return;
  if (!px_class_trainees_withdraw (self->db, id, reason, &error))
    {
      toast_text (self, error->message);
      return;
    }
  changed_and_reload (self, id);
}

static void
withdraw_selected_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  withdraw_selected (PX_CLASS_ROSTER_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
withdraw_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      PxClassRosterView *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  if (g_strcmp0 (response, "withdraw") == 0)
    withdraw_selected (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "withdraw", *reason != '\0');
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);
  PxTrainee *t = selected_trainee (self);
  GtkWidget *dialog, *entry;
  g_autofree char *heading = NULL;

  if (t == NULL || g_strcmp0 (t->status, "withdrawn") == 0)
    return;
  heading = g_strdup_printf (_("Withdraw %s?"), t->name);
  dialog = adw_message_dialog_new (view_window (self), heading,
                                   _("The trainee stays on the class's record as withdrawn, with "
                                     "the reason, and earns no credit hours."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  _("Reason, e.g. called back by the unit for urgent work"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "withdraw");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "withdraw", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
reinstate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);
  PxTrainee *t = selected_trainee (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (t == NULL)
    return;
  id = g_strdup (t->enrollment_id);
  if (!px_class_trainees_reinstate (self->db, id, &error))
    {
      toast_text (self, error->message);
      return;
    }
  changed_and_reload (self, id);
}

typedef struct
{
  GWeakRef view;
  PxEnrollment *removed;
} Removed;

static void
removed_free (gpointer  data,
              GClosure *closure)
{
  Removed *removed = data;

  g_weak_ref_clear (&removed->view);
  px_enrollment_free (removed->removed);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  g_autoptr(PxClassRosterView) self = g_weak_ref_get (&removed->view);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (!px_class_trainees_restore (self->db, removed->removed, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      toast_text (self, message);
      return;
    }
  changed_and_reload (self, removed->removed->base.id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);
  PxTrainee *t = selected_trainee (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  PxEnrollment *enrollment = NULL;
  Removed *removed;
  AdwToast *undo;

  if (t == NULL)
    return;
  if (!px_class_trainees_remove (self->db, t->enrollment_id, &enrollment, &error))
    {
      toast_text (self, error->message);
      return;
    }
  message = g_strdup_printf (_("“%s” removed from the class"), t->name);
  removed = g_new0 (Removed, 1);
  g_weak_ref_init (&removed->view, self);
  removed->removed = enrollment;
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (undo_remove_cb), removed,
                         removed_free, 0);
  changed_and_reload (self, NULL);
  toast (self, undo);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (widget);
  g_autofree char *id = g_strdup (self->detail_id);

  if (id == NULL)
    return;
  if (save_details (self, NULL))
    reload (self, id);
}

static void
details_apply_cb (PxClassRosterView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "roster.save", NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (PX_CLASS_ROSTER_VIEW (widget)->search_entry);
}

/* Building */

static GtkWidget *
build_empty (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Trainees…"));
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import a Roster…"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Trainees Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
    _("Add cadres by searching for them, or import the roster the units sent in Excel or "
      "WPS: new cadres are created, known ones are matched by their ID number."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "roster.add");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "roster.import");
  gtk_widget_add_css_class (add, "pill");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_add_css_class (import, "pill");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), import);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);
  return page;
}

static GtkWidget *
tool_button (const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}

static void
px_class_roster_view_init (PxClassRosterView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *paned = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkFilterListModel *filtered;

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text",
                _("Search by name, unit, group or role"), NULL);
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (toolbar), self->search_entry);
  gtk_box_append (GTK_BOX (toolbar), tool_button ("list-add-symbolic",
                                                  _("Add Trainees…"), "roster.add"));
  gtk_box_append (GTK_BOX (toolbar), tool_button ("document-open-symbolic",
                                                  _("Import a Roster…"), "roster.import"));
  gtk_box_append (GTK_BOX (toolbar), tool_button ("document-save-as-symbolic",
                                                  _("Export the Roster…"), "roster.export"));
  gtk_widget_set_margin_start (toolbar, 12);
  gtk_widget_set_margin_end (toolbar, 12);
  gtk_widget_set_margin_top (toolbar, 6);

  self->places_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->places_label, 0);
  gtk_label_set_wrap (self->places_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->places_label), "dim-label");
  self->warning_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->warning_label, 0);
  gtk_label_set_wrap (self->warning_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->warning_label), "warning");
  for (GtkWidget *w = GTK_WIDGET (self->places_label); w != NULL;
       w = w == GTK_WIDGET (self->places_label) ? GTK_WIDGET (self->warning_label) : NULL)
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
      gtk_widget_set_margin_top (w, 6);
    }

  self->rows = g_list_store_new (PX_TYPE_TRAINEE_ROW);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (
    GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), NULL);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        {
          /* the unit takes the room that is left, but no less than this */
          gtk_column_view_column_set_fixed_width (column, 160);
          gtk_column_view_column_set_expand (column, TRUE);
        }
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_widget_set_hexpand (scroller, TRUE);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, build_empty (), "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->stack), TRUE);

  self->details = PX_TRAINEE_DETAILS (px_trainee_details_new ());
  g_signal_connect_swapped (self->details, "apply", G_CALLBACK (details_apply_cb), self);
  gtk_widget_set_visible (GTK_WIDGET (self->details), FALSE);
  gtk_box_append (GTK_BOX (paned), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (paned), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (paned), GTK_WIDGET (self->details));
  gtk_widget_set_margin_top (paned, 6);

  gtk_box_append (GTK_BOX (box), toolbar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->places_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->warning_label));
  gtk_box_append (GTK_BOX (box), paned);
  adw_bin_set_child (ADW_BIN (self), box);
}

static void
px_class_roster_view_dispose (GObject *object)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (object);

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_roster_view_parent_class)->dispose (object);
}

static void
px_class_roster_view_finalize (GObject *object)
{
  PxClassRosterView *self = PX_CLASS_ROSTER_VIEW (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->trainees, px_class_trainees_free);
  g_free (self->class_id);
  g_free (self->class_code);
  g_free (self->detail_id);

  G_OBJECT_CLASS (px_class_roster_view_parent_class)->finalize (object);
}

static void
px_class_roster_view_class_init (PxClassRosterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_roster_view_dispose;
  object_class->finalize = px_class_roster_view_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "roster.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "roster.add-cadre", "s", add_cadre_action);
  gtk_widget_class_install_action (widget_class, "roster.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "roster.import-file", "s", import_action);
  gtk_widget_class_install_action (widget_class, "roster.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "roster.export-file", "s", export_action);
  gtk_widget_class_install_action (widget_class, "roster.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "roster.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "roster.withdraw-with-reason", "s",
                                   withdraw_selected_action);
  gtk_widget_class_install_action (widget_class, "roster.reinstate", NULL, reinstate_action);
  gtk_widget_class_install_action (widget_class, "roster.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "roster.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "roster.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "roster.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "roster.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "roster.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "roster.export", NULL);
}

GtkWidget *
px_class_roster_view_new (PxDatabase *db)
{
  PxClassRosterView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_ROSTER_VIEW, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

GStrv
px_class_roster_view_get_shown (PxClassRosterView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (PX_IS_CLASS_ROSTER_VIEW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxTraineeRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      g_strv_builder_add (builder, px_trainee_row_get_trainee (row)->enrollment_id);
    }
  return g_strv_builder_end (builder);
}

gboolean
px_class_roster_view_select (PxClassRosterView *self,
                             const char        *enrollment_id)
{
  guint n;

  g_return_val_if_fail (PX_IS_CLASS_ROSTER_VIEW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxTraineeRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (px_trainee_row_get_trainee (row)->enrollment_id, enrollment_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

GtkWidget *
px_class_roster_view_get_detail (PxClassRosterView *self,
                                 const char        *column)
{
  g_return_val_if_fail (PX_IS_CLASS_ROSTER_VIEW (self), NULL);

  return px_trainee_details_get_row (self->details, column);
}
