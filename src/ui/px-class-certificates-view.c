/* px-class-certificates-view.c: 证书, a class's completion certificates: issuing them to the
 * trainees who completed, reprinting, revoking, printing them all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Certificates go to the trainees the Completion tab marked Completed; issuing gives each of
 * them a number that is never used again, so revoking cannot be undone and the dialog says so.
 * The list makes only the rows in sight (px_attendance_list_new), like the completion table,
 * and is searched in memory: a class has a few hundred certificates at most.
 *
 * Printing makes the certificates document (a QR code and a signature a page) in a worker
 * thread on a reader connection, then shows it in a document window, from which it prints or
 * becomes a PDF.
 */

#define G_LOG_DOMAIN "px-class-certificates-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-certificate-document.h"
#include "px-certificate-keys.h"
#include "px-certificates.h"
#include "px-class-certificates-view.h"
#include "px-class-trainees.h"
#include "px-document-window.h"
#include "px-enrollment.h"
#include "px-format.h"
#include "px-toast.h"
#include "px-training-class.h"

/* The widgets of one certificate's row that change with the data. */
typedef struct
{
  GtkWidget *number;
  GtkWidget *name;
  GtkWidget *unit;
  GtkWidget *issued;
  GtkWidget *code;
  GtkWidget *state;
  GtkWidget *actions;
  GtkWidget *reprint;
  GtkWidget *revoke;
} CertificateRow;

struct _PxClassCertificatesView
{
  AdwBin parent_instance;

  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkWidget *empty_issue;
  GtkLabel *summary_label;
  GtkWidget *issue_button;
  GtkWidget *search_entry;
  GtkWidget *certificate_list;  /* made by px_attendance_list_new, named "certificates" */

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  char *class_code;
  GPtrArray *certificates;      /* (element-type PxCertificateInfo) in number order */
  GHashTable *units;            /* enrollment id → unit name */
  GPtrArray *shown;             /* the certificates the search matches, one per row */
  gboolean printing;            /* a document is being made */

  /* Weak: it goes when it closes */
  GtkWidget *dialog;
};

G_DEFINE_FINAL_TYPE (PxClassCertificatesView, px_class_certificates_view, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  COLUMN_NUMBER,
  COLUMN_TRAINEE,
  COLUMN_ISSUED,
  COLUMN_CODE,
  COLUMN_STATE,
  COLUMN_ACTIONS,
};

/* Fixed widths, so that the header and every row line up whatever their text; the state takes
 * the rest of the row (a revoked certificate's reason wraps there). */
static const int column_widths[] = { 150, 190, 120, 110, -1, 180 };

static void
set_column (GtkWidget *widget,
            int        column)
{
  if (column_widths[column] < 0)
    gtk_widget_set_hexpand (widget, TRUE);
  else
    gtk_widget_set_size_request (widget, column_widths[column], -1);
}

static void
toast (PxClassCertificatesView *self,
       const char              *message)
{
  px_toast_show_text (GTK_WIDGET (self), message);
}

static const PxCertificateInfo *
find_certificate (PxClassCertificatesView *self,
                  const char              *number)
{
  for (guint i = 0; self->certificates != NULL && i < self->certificates->len; i++)
    {
      const PxCertificateInfo *info = g_ptr_array_index (self->certificates, i);

      if (g_strcmp0 (info->number, number) == 0)
        return info;
    }
  return NULL;
}

/* A revoked certificate's state: the reason, which the register keeps. */
static char *
state_text (const PxCertificateInfo *info)
{
  if (!info->revoked)
    return g_strdup (_("Valid"));
  /* Translators: the state of a revoked certificate, then why it was revoked */
  return g_strdup_printf (_("Revoked: %s"), info->revoked_reason != NULL
                                            ? info->revoked_reason : "");
}

/* Search */

static gboolean
contains (const char *text,
          const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
matches (PxClassCertificatesView *self,
         const PxCertificateInfo *info,
         const char              *folded_needle)
{
  if (*folded_needle == '\0')
    return TRUE;
  return contains (info->name, folded_needle) || contains (info->number, folded_needle)
         || contains (info->verification_code, folded_needle)
         || contains (g_hash_table_lookup (self->units, info->enrollment_id), folded_needle);
}

/* Gives the list the certificates the search matches. */
static void
update_shown (PxClassCertificatesView *self)
{
  g_autofree char *needle = g_strstrip (g_strdup (gtk_editable_get_text (
                                          GTK_EDITABLE (self->search_entry))));
  g_autofree char *folded = g_utf8_casefold (needle, -1);

  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; self->certificates != NULL && i < self->certificates->len; i++)
    {
      PxCertificateInfo *info = g_ptr_array_index (self->certificates, i);

      if (matches (self, info, folded))
        g_ptr_array_add (self->shown, info);
    }
  px_attendance_list_set_n_rows (self->certificate_list, self->shown->len);
}

static void
search_changed_cb (PxClassCertificatesView *self)
{
  update_shown (self);
}

/* Rows */

static void
show_row (GtkWidget *list_row,
          guint      position,
          gpointer   data)
{
  static const char * const state_classes[] = { "success", "error", NULL };
  PxClassCertificatesView *self = data;
  CertificateRow *row = g_object_get_data (G_OBJECT (list_row), "certificate-row");
  const PxCertificateInfo *info;
  g_autofree char *issued = NULL;
  g_autofree char *state = NULL;
  g_autofree char *revoked_on = NULL;
  g_autofree char *tooltip = NULL;

  if (position >= self->shown->len)
    return;
  info = g_ptr_array_index (self->shown, position);
  issued = px_format_date (info->issued_on);
  state = state_text (info);

  px_attendance_set_label (row->number, info->number);
  px_attendance_set_label (row->name, info->name);
  px_attendance_set_label (row->unit, g_hash_table_lookup (self->units, info->enrollment_id));
  px_attendance_set_label (row->issued, issued);
  px_attendance_set_label (row->code, info->verification_code);
  px_attendance_set_label (row->state, state);
  px_attendance_set_style_class (row->state, state_classes, info->revoked ? "error" : "success");
  if (info->revoked && info->revoked_at != NULL)
    {
      g_autofree char *day = g_strndup (info->revoked_at, 10);

      revoked_on = px_format_date (day);
      /* Translators: the date a certificate was revoked */
      tooltip = g_strdup_printf (_("Revoked on %s"), revoked_on);
    }
  px_attendance_set_tooltip (row->state, tooltip);

  /* a revoked certificate is kept on record only: nothing more is done with it, and its
   * reason has the buttons' room */
  gtk_widget_set_visible (row->actions, !info->revoked);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row->reprint),
                                          g_variant_new_string (info->number));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row->revoke),
                                          g_variant_new_string (info->number));
}

/* Flat buttons with words: a registrar looks for 撤销 and 重印, not for their icons. */
static GtkWidget *
row_button (const char *label,
            const char *tooltip,
            const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
make_row (gpointer data)
{
  CertificateRow *row = g_new0 (CertificateRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *trainee = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  row->number = px_attendance_cell_new (-1, -1, 0, "numeric");
  gtk_label_set_selectable (GTK_LABEL (row->number), FALSE);
  set_column (row->number, COLUMN_NUMBER);
  gtk_box_append (GTK_BOX (box), row->number);

  row->name = px_attendance_cell_new (-1, -1, 0, "heading");
  row->unit = px_attendance_cell_new (-1, -1, 0, "caption");
  gtk_widget_add_css_class (row->unit, "dim-label");
  gtk_box_append (GTK_BOX (trainee), row->name);
  gtk_box_append (GTK_BOX (trainee), row->unit);
  gtk_widget_set_valign (trainee, GTK_ALIGN_CENTER);
  set_column (trainee, COLUMN_TRAINEE);
  gtk_box_append (GTK_BOX (box), trainee);

  row->issued = px_attendance_cell_new (-1, -1, 0, NULL);
  set_column (row->issued, COLUMN_ISSUED);
  gtk_box_append (GTK_BOX (box), row->issued);

  row->code = px_attendance_cell_new (-1, -1, 0, "monospace");
  set_column (row->code, COLUMN_CODE);
  gtk_box_append (GTK_BOX (box), row->code);

  row->state = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->state), 0);
  gtk_label_set_wrap (GTK_LABEL (row->state), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->state), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (row->state), 30);
  set_column (row->state, COLUMN_STATE);
  gtk_box_append (GTK_BOX (box), row->state);

  row->reprint = row_button (_("Reprint…"),
                             _("Print this certificate again, with the same number and code"),
                             "certificates.reprint");
  row->revoke = row_button (_("Revoke…"),
                            _("Revoke this certificate, giving the reason; it cannot be undone"),
                            "certificates.revoke");
  /* a number until the row is given its certificate's */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row->reprint),
                                          g_variant_new_string (""));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row->revoke),
                                          g_variant_new_string (""));
  gtk_box_append (GTK_BOX (actions), row->reprint);
  gtk_box_append (GTK_BOX (actions), row->revoke);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  set_column (actions, COLUMN_ACTIONS);
  gtk_box_append (GTK_BOX (box), actions);
  row->actions = actions;

  gtk_widget_add_css_class (box, "list-row");
  g_object_set_data_full (G_OBJECT (box), "certificate-row", row, g_free);
  return box;
}

static void
column_label (GtkWidget  *box,
              int         column,
              const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  set_column (label, column);
  gtk_box_append (GTK_BOX (box), label);
}

/* Showing a class */

static void
show_empty (PxClassCertificatesView *self,
            const char              *title,
            const char              *description,
            gboolean                 can_issue)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->empty_issue, can_issue);
  px_attendance_list_set_n_rows (self->certificate_list, 0);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.issue", can_issue);
}

/* The units of the class's trainees, which the certificates do not carry. */
static GHashTable *
read_units (PxClassCertificatesView *self)
{
  GHashTable *units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(PxClassTrainees) trainees = px_class_trainees_get (self->db, self->class_id, NULL);

  for (guint i = 0; trainees != NULL && i < trainees->trainees->len; i++)
    {
      PxTrainee *t = g_ptr_array_index (trainees->trainees, i);

      if (t->unit_name != NULL)
        g_hash_table_insert (units, g_strdup (t->enrollment_id), g_strdup (t->unit_name));
    }
  return units;
}

/* How many trainees completed, and how many of them have no certificate yet (as
 * px_certificates_issue counts them: enrolled, marked completed). */
static void
count_completed (PxClassCertificatesView *self,
                 guint                   *n_completed,
                 guint                   *n_uncertified)
{
  const char *filters[] = { "class_id", self->class_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) enrollments = px_enrollment_list (self->db, &query, NULL);
  g_autoptr(GHashTable) certified = g_hash_table_new (g_str_hash, g_str_equal);

  *n_completed = *n_uncertified = 0;
  for (guint i = 0; i < self->certificates->len; i++)
    g_hash_table_add (certified, ((PxCertificateInfo *) g_ptr_array_index (self->certificates,
                                                                           i))->enrollment_id);
  for (guint i = 0; enrollments != NULL && i < enrollments->len; i++)
    {
      const PxEnrollment *e = g_ptr_array_index (enrollments, i);

      if (g_strcmp0 (e->status, "enrolled") != 0 || g_strcmp0 (e->completion, "completed") != 0)
        continue;
      (*n_completed)++;
      if (!g_hash_table_contains (certified, e->base.id))
        (*n_uncertified)++;
    }
}

static void
update_summary (PxClassCertificatesView *self,
                guint                    n_uncertified)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_revoked = 0;

  for (guint i = 0; i < self->certificates->len; i++)
    n_revoked += ((PxCertificateInfo *) g_ptr_array_index (self->certificates, i))->revoked;
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u certificate",
                                             "%u certificates", self->certificates->len),
                          self->certificates->len);
  if (n_revoked > 0)
    {
      g_string_append (text, " · ");
      /* Translators: how many of the class's certificates were revoked */
      g_string_append_printf (text, _("%u revoked"), n_revoked);
    }
  if (n_uncertified > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u trainee completed and has no certificate "
                                                 "yet",
                                                 "%u trainees completed and have no "
                                                 "certificate yet", n_uncertified),
                              n_uncertified);
    }
  gtk_label_set_label (self->summary_label, text->str);
  /* issuing is the thing to do only when someone is waiting for a number */
  if (n_uncertified > 0)
    gtk_widget_add_css_class (self->issue_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->issue_button, "suggested-action");
}

static void
reload (PxClassCertificatesView *self)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(GPtrArray) certificates = NULL;
  g_autoptr(GError) error = NULL;
  guint n_completed, n_uncertified;

  /* the rows keep their place: a certificate revoked far down the list stays in sight */
  g_ptr_array_set_size (self->shown, 0);
  g_clear_pointer (&self->certificates, g_ptr_array_unref);
  if (self->class_id == NULL)
    {
      show_empty (self, _("No Class Selected"),
                  _("Choose a class to issue and print its certificates."), FALSE);
      return;
    }
  training_class = px_training_class_get (self->db, self->class_id, &error);
  if (training_class != NULL)
    certificates = px_certificates_list (self->db, training_class->code, &error);
  if (certificates == NULL)
    {
      show_empty (self, _("The Class Could Not Be Read"), error->message, FALSE);
      return;
    }
  g_free (self->class_code);
  self->class_code = g_strdup (training_class->code);
  self->certificates = g_steal_pointer (&certificates);
  g_clear_pointer (&self->units, g_hash_table_unref);
  self->units = read_units (self);
  count_completed (self, &n_completed, &n_uncertified);

  if (self->certificates->len == 0)
    {
      if (n_completed == 0)
        show_empty (self, _("No Certificates Yet"),
                    _("Completion certificates go to the trainees marked Completed in the "
                      "Completion tab. No trainee is marked Completed yet: apply the "
                      "completion rule there when the class ends."), TRUE);
      else
        show_empty (self, _("No Certificates Yet"),
                    _("Completion certificates go to the trainees marked Completed in the "
                      "Completion tab. Each gets a number of its own, never used again, "
                      "and a verification code."), TRUE);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.issue", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_summary (self, n_uncertified);
  update_shown (self);
}

/* Actions */

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (widget);
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_completed, n_uncertified;

  if (self->class_code == NULL || self->certificates == NULL)
    return;
  count_completed (self, &n_completed, &n_uncertified);
  if (n_completed == 0)
    {
      toast (self, _("No trainee is marked Completed yet: apply the completion rule in the "
                     "Completion tab first."));
      return;
    }
  issued = px_certificates_issue (self->db, self->class_code, &error);
  if (issued == NULL)
    {
      toast (self, error->message);
      return;
    }
  if (issued->len == 0)
    {
      toast (self, _("Every trainee who completed has a certificate"));
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Issued %u certificate",
                                          "Issued %u certificates", issued->len), issued->len);
  toast (self, message);
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    gtk_widget_grab_focus (self->search_entry);
}

static void
revoke_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (widget);
  const char *number, *reason;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_variant_get (parameter, "(&s&s)", &number, &reason);
  if (!px_certificates_revoke (self->db, number, reason, &error))
    {
      toast (self, error->message);
      return;
    }
  /* Translators: a certificate's number */
  message = g_strdup_printf (_("Certificate %s revoked"), number);
  toast (self, message);
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
revoke_reason_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "revoke", *text != '\0');
}

static void
revoke_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GtkWidget        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  const char *number = g_object_get_data (G_OBJECT (dialog), "number");

  if (g_strcmp0 (response, "revoke") == 0)
    gtk_widget_activate_action (self, "certificates.revoke-now", "(ss)", number,
                                gtk_editable_get_text (entry));
}

/* Asks for the reason, and says that there is no way back: the number stays taken. */
static void
revoke_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (widget);
  const char *number = g_variant_get_string (parameter, NULL);
  const PxCertificateInfo *info = find_certificate (self, number);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  if (info == NULL || info->revoked)
    return;
  /* Translators: a certificate's number */
  heading = g_strdup_printf (_("Revoke Certificate %s?"), info->number);
  /* Translators: the trainee's name */
  body = g_strdup_printf (_("The certificate of %s will no longer verify, here or with the "
                            "school’s public key. Revoking cannot be undone: the certificate "
                            "stays on record as revoked and its number is never issued "
                            "again. The reason is kept with it."), info->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  _("Reason, e.g. issued in error, or a breach of discipline"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "revoke", _("_Revoke"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revoke",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "revoke", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_object_set_data_full (G_OBJECT (dialog), "number", g_strdup (info->number), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (revoke_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (revoke_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Printing */

typedef struct
{
  PxDatabase *reader;
  char *class_id;   /* every certificate of the class that is not revoked, or */
  GStrv numbers;    /* these */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->reader);
  g_free (job->class_id);
  g_strfreev (job->numbers);
  g_free (job);
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  PrintJob *job = task_data;
  GError *error = NULL;
  PxCertificateDocument *document;

  if (job->numbers != NULL)
    document = px_certificate_document_new_for_numbers (job->reader,
                                                        (const char * const *) job->numbers,
                                                        NULL, &error);
  else
    document = px_certificate_document_new_for_class (job->reader, job->class_id, NULL, &error);
  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
set_printing (PxClassCertificatesView *self,
              gboolean                 printing)
{
  self->printing = printing;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.reprint", !printing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "certificates.print-all", !printing);
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (source);
  g_autoptr(PxCertificateDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  set_printing (self, FALSE);
  document = g_task_propagate_pointer (G_TASK (result), &error);
  /* the class page was left meanwhile: nobody waits for the window any more */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  if (document == NULL)
    {
      toast (self, error->message);
      return;
    }
  window = px_document_window_show (GTK_WIDGET (self), PX_DOCUMENT (document));
  /* certificates go onto pre-printed stock too: each printer's calibration applies */
  px_document_window_set_print_calibration (window, self->db);
}

/* Makes the document of these numbers (NULL: the whole class) and shows it. */
static void
print_certificates (PxClassCertificatesView *self,
                    const char              *number)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  PrintJob *job;

  if (self->printing || self->class_id == NULL)
    return;
  /* each page is signed: the school's key is made on first use, which the reader cannot */
  key = px_certificate_keys_get_public_key (self->db, &error);
  job = g_new0 (PrintJob, 1);
  if (key != NULL)
    job->reader = px_database_open_reader (self->db, &error);
  if (job->reader == NULL)
    {
      print_job_free (job);
      toast (self, error->message);
      return;
    }
  job->class_id = g_strdup (self->class_id);
  if (number != NULL)
    job->numbers = g_strdupv ((char *[]) { (char *) number, NULL });
  set_printing (self, TRUE);
  task = g_task_new (self, NULL, built_cb, NULL);
  g_task_set_source_tag (task, print_certificates);
  g_task_set_task_data (task, job, (GDestroyNotify) print_job_free);
  g_task_run_in_thread (task, build_in_thread);
}

static void
reprint_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (widget);
  const char *number = g_variant_get_string (parameter, NULL);

  if (find_certificate (self, number) != NULL)
    print_certificates (self, number);
}

static void
print_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  print_certificates (PX_CLASS_CERTIFICATES_VIEW (widget), NULL);
}

/* Building */

static GtkWidget *
build_empty (PxClassCertificatesView *self)
{
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "emblem-documents-symbolic");
  self->empty_issue = gtk_button_new_with_mnemonic (_("_Issue Certificates"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_issue), "certificates.issue");
  gtk_widget_add_css_class (self->empty_issue, "pill");
  gtk_widget_add_css_class (self->empty_issue, "suggested-action");
  gtk_widget_set_halign (self->empty_issue, GTK_ALIGN_CENTER);
  adw_status_page_set_child (self->empty_page, self->empty_issue);
  return GTK_WIDGET (self->empty_page);
}

static GtkWidget *
build_list (PxClassCertificatesView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *print_button;

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text",
                _("Search by name, number or verification code"), NULL);
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  gtk_widget_set_valign (self->search_entry, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (toolbar), self->search_entry);

  self->issue_button = gtk_button_new_with_mnemonic (_("_Issue Certificates"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->issue_button), "certificates.issue");
  gtk_widget_set_tooltip_text (self->issue_button,
                               _("Give a certificate to every trainee who completed and has "
                                 "none (Ctrl+N)"));
  gtk_widget_set_valign (self->issue_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (toolbar), self->issue_button);

  print_button = gtk_button_new_with_mnemonic (_("_Print All…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print_button), "certificates.print-all");
  gtk_widget_set_tooltip_text (print_button,
                               _("Preview the class’s certificates that are not revoked, then "
                                 "print them or save them as a PDF"));
  gtk_widget_set_valign (print_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (toolbar), print_button);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");

  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "caption-heading");
  column_label (header, COLUMN_NUMBER, _("Number"));
  column_label (header, COLUMN_TRAINEE, _("Trainee"));
  column_label (header, COLUMN_ISSUED, _("Issued On"));
  column_label (header, COLUMN_CODE, _("Verification Code"));
  column_label (header, COLUMN_STATE, _("State"));
  column_label (header, COLUMN_ACTIONS, NULL);

  self->certificate_list = px_attendance_list_new ("certificates", FALSE, make_row, show_row,
                                                   self);
  px_attendance_list_set_placeholder (self->certificate_list,
                                      _("No certificate matches the search."));

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), toolbar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->certificate_list);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  return clamp;
}

/* GObject */

static void
px_class_certificates_view_dispose (GObject *object)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_certificates_view_parent_class)->dispose (object);
}

static void
px_class_certificates_view_finalize (GObject *object)
{
  PxClassCertificatesView *self = PX_CLASS_CERTIFICATES_VIEW (object);

  g_free (self->class_id);
  g_free (self->class_code);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->certificates, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);

  G_OBJECT_CLASS (px_class_certificates_view_parent_class)->finalize (object);
}

static void
px_class_certificates_view_class_init (PxClassCertificatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_certificates_view_dispose;
  object_class->finalize = px_class_certificates_view_finalize;

  /**
   * PxClassCertificatesView::changed:
   *
   * The view wrote to the database: the page refreshes the other tabs and the class list.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "certificates.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "certificates.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "certificates.revoke", "s", revoke_action);
  gtk_widget_class_install_action (widget_class, "certificates.reprint", "s", reprint_action);
  gtk_widget_class_install_action (widget_class, "certificates.print-all", NULL,
                                   print_all_action);
  gtk_widget_class_install_action (widget_class, "certificates.revoke-now", "(ss)",
                                   revoke_now_action);
}

static void
px_class_certificates_view_init (PxClassCertificatesView *self)
{
  self->shown = g_ptr_array_new ();
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, build_empty (self), "empty");
  gtk_stack_add_named (self->stack, build_list (self), "list");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  /* the boxed-list look of the completion table's rows (style.css) */
  gtk_widget_add_css_class (GTK_WIDGET (self), "completion");
  show_empty (self, _("No Class Selected"),
              _("Choose a class to issue and print its certificates."), FALSE);
}

GtkWidget *
px_class_certificates_view_new (PxDatabase *db)
{
  PxClassCertificatesView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_CERTIFICATES_VIEW, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
px_class_certificates_view_set_class (PxClassCertificatesView *self,
                                      const char              *class_id)
{
  g_return_if_fail (PX_IS_CLASS_CERTIFICATES_VIEW (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      /* another class's list starts at its top */
      g_ptr_array_set_size (self->shown, 0);
      px_attendance_list_set_n_rows (self->certificate_list, 0);
    }
  reload (self);
}

GtkWidget *
px_class_certificates_view_get_dialog (PxClassCertificatesView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_CERTIFICATES_VIEW (self), NULL);
  return self->dialog;
}
