/* px-verify-dialog.c: 证书验证, a certificate checked by its number, its verification code or
 * the text of its QR code, against this school's register and key, or another school's key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry takes whatever the person at the desk has: a number read off the paper, the
 * verification code, or the text a barcode scanner types from the QR code. Scanners type that
 * text line by line, pressing Enter at each line's end, so Enter inside a scanned code that
 * has not reached its signature yet starts a new line instead of checking half of it.
 *
 * A scanned code is checked twice: its signature against the school's key (is the text what
 * this school signed, unaltered?) and its number against the register (was it revoked since?).
 * With another school's key only the signature can be checked: its register is not here.
 */

#define G_LOG_DOMAIN "px-verify-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-certificate-keys.h"
#include "px-certificates.h"
#include "px-format.h"
#include "px-verify-dialog.h"

/* The payload's keys (px-certificates.h), never translated: every reader parses the same text.
 * A signature is 64 bytes, 88 characters of base64 (px-certificate-keys.h). */
#define PAYLOAD_NUMBER "编号:"
#define PAYLOAD_SIGNATURE "签名:"
#define SIGNATURE_LENGTH 88

struct _PxVerifyDialog
{
  AdwWindow parent_instance;

  GtkWidget *entry;
  GtkWidget *result_box;
  GtkWidget *result_icon;
  GtkWidget *result_title;
  GtkWidget *result_description;
  GtkWidget *details;           /* a boxed list of the certificate's fields */
  GtkWidget *expander;
  GtkWidget *key_entry;
  GtkWidget *own_key_label;     /* this school's public key, read when first shown */
  GtkWidget *copy_key_button;

  /* Owned references */
  PxDatabase *db;
  PxVerifyResult result;
};

G_DEFINE_FINAL_TYPE (PxVerifyDialog, px_verify_dialog, ADW_TYPE_WINDOW)

/* Scanned text */

static gboolean
is_payload (const char *text)
{
  return strstr (text, PAYLOAD_NUMBER) != NULL;
}

/* Whether a scanned code has come up to the end of its signature. */
static gboolean
payload_is_whole (const char *text)
{
  const char *signature = strstr (text, PAYLOAD_SIGNATURE);
  g_autofree char *value = NULL;

  if (signature == NULL)
    return FALSE;
  value = g_strstrip (g_strdup (signature + strlen (PAYLOAD_SIGNATURE)));
  return strlen (value) >= SIGNATURE_LENGTH;
}

/* The other school's key, when one is given. */
static const char *
other_key (PxVerifyDialog *self)
{
  const char *key = gtk_editable_get_text (GTK_EDITABLE (self->key_entry));

  if (!gtk_expander_get_expanded (GTK_EXPANDER (self->expander)) || key == NULL)
    return NULL;
  while (g_ascii_isspace (*key))
    key++;
  return *key != '\0' ? key : NULL;
}

/* The result */

static void
clear_details (PxVerifyDialog *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (self->details)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->details), row);
  gtk_widget_set_visible (self->details, FALSE);
}

static void
add_detail (PxVerifyDialog *self,
            const char     *title,
            const char     *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  /* wide enough for a number or a date on one line: a wrapping label asks for one word */
  gtk_label_set_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  /* the person at the desk copies the number or the name into a reply */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_can_focus (label, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (GTK_LIST_BOX (self->details), row);
  gtk_widget_set_visible (self->details, TRUE);
}

static void
show_result (PxVerifyDialog *self,
             PxVerifyResult  result,
             const char     *icon_name,
             const char     *style,
             const char     *title,
             const char     *description)
{
  static const char * const styles[] = { "success", "error", "warning", "dim-label" };

  self->result = result;
  clear_details (self);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->result_icon), icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (self->result_icon, styles[i]);
  gtk_widget_add_css_class (self->result_icon, style);
  gtk_label_set_label (GTK_LABEL (self->result_title), title);
  gtk_label_set_label (GTK_LABEL (self->result_description), description);
  gtk_widget_set_visible (self->result_description, description != NULL && *description != '\0');
  gtk_widget_set_visible (self->result_box, TRUE);
}

static void
add_certificate_details (PxVerifyDialog          *self,
                         const PxCertificateInfo *info)
{
  g_autofree char *id = px_format_mask_citizen_id (info->citizen_id);
  g_autofree char *class_text = g_strdup_printf ("%s %s", info->class_code, info->class_title);
  g_autofree char *hours = px_format_hours (info->hours);
  g_autofree char *issued = px_format_date (info->issued_on);

  add_detail (self, _("Number"), info->number);
  add_detail (self, _("Name"), info->name);
  add_detail (self, _("ID Number"), id);
  add_detail (self, _("Class"), class_text);
  add_detail (self, _("Class Hours"), hours);
  add_detail (self, _("Issued On"), issued);
  add_detail (self, _("Verification Code"), info->verification_code);
}

static void
show_valid (PxVerifyDialog          *self,
            const PxCertificateInfo *info,
            gboolean                 scanned)
{
  show_result (self, PX_VERIFY_RESULT_VALID, "emblem-ok-symbolic", "success",
               _("Valid Certificate"),
               scanned ? _("Issued by this school and not revoked. The scanned code is signed "
                           "with this school’s key and unaltered.")
                       : _("Issued by this school and not revoked."));
  add_certificate_details (self, info);
}

static void
show_revoked (PxVerifyDialog          *self,
              const PxCertificateInfo *info)
{
  g_autofree char *day = g_strndup (info->revoked_at != NULL ? info->revoked_at : "", 10);
  g_autofree char *revoked_on = px_format_date (day);
  g_autofree char *description = NULL;

  /* Translators: the date a certificate was revoked, then why */
  description = g_strdup_printf (_("This certificate was revoked on %s: %s. It is no longer "
                                   "valid."), revoked_on,
                                 info->revoked_reason != NULL ? info->revoked_reason : "");
  show_result (self, PX_VERIFY_RESULT_REVOKED, "dialog-error-symbolic", "error",
               _("Revoked Certificate"), description);
  add_detail (self, _("Revoked On"), revoked_on);
  add_detail (self, _("Reason"), info->revoked_reason != NULL ? info->revoked_reason : "");
  add_certificate_details (self, info);
}

static void
show_unknown (PxVerifyDialog *self)
{
  show_result (self, PX_VERIFY_RESULT_UNKNOWN, "dialog-question-symbolic", "warning",
               _("Unknown Certificate"),
               _("No certificate with this number or code was issued here. Check what was "
                 "typed against the paper; a certificate of another school is checked by "
                 "scanning its QR code with that school’s key."));
}

static void
show_altered (PxVerifyDialog *self,
              const GError   *error,
              gboolean        with_other_key)
{
  g_autofree char *description = NULL;
  const char *why = with_other_key ? _("The code was altered or not signed with this key.")
                                   : _("The code was altered or not issued by this school.");

  /* a code cut short, or not ours at all, says what is missing */
  if (g_error_matches (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_MALFORMED))
    description = g_strdup_printf ("%s %s", why, error->message);
  else
    description = g_strdup (why);
  show_result (self, PX_VERIFY_RESULT_ALTERED, "dialog-warning-symbolic", "error",
               _("Not a Genuine Certificate"), description);
}

static void
show_genuine (PxVerifyDialog             *self,
              const PxCertificatePayload *payload,
              gboolean                    with_other_key)
{
  g_autofree char *class_text = g_strdup_printf ("%s %s", payload->class_code,
                                                 payload->class_title);
  g_autofree char *issued = px_format_date (payload->issued_on);

  if (with_other_key)
    show_result (self, PX_VERIFY_RESULT_GENUINE, "emblem-ok-symbolic", "success",
                 _("Genuine Code"),
                 _("The scanned code is signed with the key given and unaltered. Whether the "
                   "certificate was revoked since, only the school that issued it can say."));
  else
    show_result (self, PX_VERIFY_RESULT_GENUINE, "emblem-ok-symbolic", "warning",
                 _("Genuine Code, Not on Record Here"),
                 _("The scanned code is signed with this school’s key and unaltered, but this "
                   "database holds no certificate with its number: it may have been issued "
                   "from another copy of the database. Check it there before relying on it."));
  add_detail (self, _("Number"), payload->number);
  add_detail (self, _("Name"), payload->name);
  add_detail (self, _("Class"), class_text);
  add_detail (self, _("Class Hours"), payload->hours);
  add_detail (self, _("Issued On"), issued);
  add_detail (self, _("Verification Code"), payload->verification_code);
}

static void
show_failure (PxVerifyDialog *self,
              const GError   *error)
{
  show_result (self, PX_VERIFY_RESULT_NONE, "dialog-warning-symbolic", "warning",
               _("Could Not Verify"), error->message);
}

/* Checking */

static void
check_number (PxVerifyDialog *self,
              const char     *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateInfo) info = px_certificates_find (self->db, text, &error);

  if (info == NULL)
    {
      if (g_error_matches (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN))
        show_unknown (self);
      else
        show_failure (self, error);
      return;
    }
  if (info->revoked)
    show_revoked (self, info);
  else
    show_valid (self, info, FALSE);
}

static void
check_payload (PxVerifyDialog *self,
               const char     *text)
{
  const char *key = other_key (self);
  g_autofree char *own_key = NULL;
  g_autoptr(PxCertificatePayload) payload = NULL;
  g_autoptr(PxCertificateInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_remove_css_class (self->key_entry, "error");
  if (key == NULL)
    {
      key = own_key = px_certificate_keys_get_public_key (self->db, &error);
      if (key == NULL)
        {
          show_failure (self, error);
          return;
        }
    }
  payload = px_certificate_payload_check (text, key, &error);
  if (payload == NULL)
    {
      if (own_key == NULL && g_error_matches (error, PX_CERTIFICATE_KEY_ERROR,
                                              PX_CERTIFICATE_KEY_ERROR_INVALID_KEY))
        {
          gtk_widget_add_css_class (self->key_entry, "error");
          show_result (self, PX_VERIFY_RESULT_INVALID_KEY, "dialog-warning-symbolic", "warning",
                       _("Not a Public Key"), error->message);
        }
      else if (g_error_matches (error, PX_CERTIFICATE_KEY_ERROR,
                                PX_CERTIFICATE_KEY_ERROR_STORED_KEY)
               || g_error_matches (error, PX_CERTIFICATE_KEY_ERROR,
                                   PX_CERTIFICATE_KEY_ERROR_CRYPTO))
        show_failure (self, error);
      else
        show_altered (self, error, own_key == NULL);
      return;
    }
  if (own_key == NULL)
    {
      show_genuine (self, payload, TRUE);
      return;
    }

  /* genuine: whether it was revoked since is in the register */
  info = px_certificates_find (self->db, payload->number, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN))
        show_genuine (self, payload, FALSE);
      else
        show_failure (self, error);
      return;
    }
  if (info->revoked)
    show_revoked (self, info);
  else
    show_valid (self, info, TRUE);
}

static void
check (PxVerifyDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                        GTK_EDITABLE (self->entry))));

  if (*text == '\0')
    {
      self->result = PX_VERIFY_RESULT_NONE;
      gtk_widget_set_visible (self->result_box, FALSE);
      return;
    }
  if (is_payload (text))
    check_payload (self, text);
  else
    check_number (self, text);
  /* the next number typed or code scanned replaces this one */
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

static void
entry_activate_cb (PxVerifyDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  g_debug ("Enter after %zu bytes", strlen (text));
  /* a scanner's Enter at the end of a line of the code; Enter twice checks what there is */
  if (is_payload (text) && !payload_is_whole (text) && !g_str_has_suffix (text, "\n"))
    {
      int position = -1;

      gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
      position = gtk_editable_get_position (GTK_EDITABLE (self->entry));
      gtk_editable_insert_text (GTK_EDITABLE (self->entry), "\n", -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (self->entry), position);
      return;
    }
  check (self);
}

/* Scanners set to end lines with LF rather than CR type Linefeed, or Ctrl+J: Enter for us. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      PxVerifyDialog        *self)
{
  if (keyval == GDK_KEY_Linefeed
      || ((keyval == GDK_KEY_j || keyval == GDK_KEY_J)
          && (state & gtk_accelerator_get_default_mod_mask ()) == GDK_CONTROL_MASK))
    {
      entry_activate_cb (self);
      return TRUE;
    }
  return FALSE;
}

static void
key_activate_cb (PxVerifyDialog *self)
{
  if (is_payload (gtk_editable_get_text (GTK_EDITABLE (self->entry))))
    check (self);
  else
    gtk_widget_grab_focus (self->entry);
}

/* Building */

static GtkWidget *
build_result (PxVerifyDialog *self)
{
  self->result_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->result_icon = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (self->result_icon), 72);
  gtk_widget_set_margin_top (self->result_icon, 12);
  self->result_title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->result_title), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->result_title), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->result_title, "title-1");
  self->result_description = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->result_description), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->result_description), GTK_JUSTIFY_CENTER);
  gtk_label_set_selectable (GTK_LABEL (self->result_description), TRUE);
  gtk_widget_set_can_focus (self->result_description, FALSE);
  self->details = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->details), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->details, "boxed-list");
  gtk_widget_set_margin_top (self->details, 6);
  gtk_widget_set_name (self->details, "certificate-details");

  gtk_box_append (GTK_BOX (self->result_box), self->result_icon);
  gtk_box_append (GTK_BOX (self->result_box), self->result_title);
  gtk_box_append (GTK_BOX (self->result_box), self->result_description);
  gtk_box_append (GTK_BOX (self->result_box), self->details);
  gtk_widget_set_visible (self->result_box, FALSE);
  return self->result_box;
}

static GtkWidget *
build_other_key (PxVerifyDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *help = gtk_label_new (_("Paste the public key another school publishes for its "
                                     "certificates, then scan or paste the certificate’s QR "
                                     "code above. The check needs no network and none of that "
                                     "school’s data."));

  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "dim-label");
  self->key_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->key_entry),
                                  _("The school’s public key, 44 characters"));
  gtk_widget_add_css_class (self->key_entry, "monospace");
  g_signal_connect_swapped (self->key_entry, "activate", G_CALLBACK (key_activate_cb), self);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), help);
  gtk_box_append (GTK_BOX (box), self->key_entry);

  self->expander = gtk_expander_new_with_mnemonic (_("Check with _Another School’s Key…"));
  gtk_expander_set_child (GTK_EXPANDER (self->expander), box);
  return self->expander;
}

/* This school's public key, to give to the sites that check its certificates offline. Read
 * (and the key pair made, on a new database) only when asked for. */
static void
own_key_expanded_cb (GtkExpander    *expander,
                     GParamSpec     *pspec,
                     PxVerifyDialog *self)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_expander_get_expanded (expander)
      || gtk_widget_get_sensitive (self->copy_key_button))
    return;
  key = px_certificate_keys_get_public_key (self->db, &error);
  gtk_label_set_text (GTK_LABEL (self->own_key_label), key != NULL ? key : error->message);
  gtk_widget_set_sensitive (self->copy_key_button, key != NULL);
}

static void
copy_key_cb (PxVerifyDialog *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                          gtk_label_get_text (GTK_LABEL (self->own_key_label)));
  gtk_button_set_label (GTK_BUTTON (self->copy_key_button), _("Copied"));
}

static GtkWidget *
build_own_key (PxVerifyDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *help = gtk_label_new (_("Give this key to the units and schools that check this "
                                     "school’s certificates: with it they check a scanned code "
                                     "without this database (“Check with Another School’s "
                                     "Key”, or peixun-cli certificate check-qr)."));
  GtkWidget *expander;

  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "dim-label");
  self->own_key_label = gtk_label_new ("");
  gtk_label_set_selectable (GTK_LABEL (self->own_key_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->own_key_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->own_key_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->own_key_label), PANGO_WRAP_CHAR);
  gtk_widget_set_hexpand (self->own_key_label, TRUE);
  gtk_widget_add_css_class (self->own_key_label, "monospace");
  gtk_widget_set_name (self->own_key_label, "own-public-key");
  self->copy_key_button = gtk_button_new_with_mnemonic (_("_Copy"));
  gtk_widget_set_valign (self->copy_key_button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (self->copy_key_button, FALSE);
  g_signal_connect_swapped (self->copy_key_button, "clicked", G_CALLBACK (copy_key_cb), self);
  gtk_box_append (GTK_BOX (row), self->own_key_label);
  gtk_box_append (GTK_BOX (row), self->copy_key_button);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), help);
  gtk_box_append (GTK_BOX (box), row);

  expander = gtk_expander_new_with_mnemonic (_("This School’s _Public Key…"));
  gtk_widget_set_name (expander, "own-key-expander");
  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (own_key_expanded_cb), self);
  return expander;
}

/* GObject */

static void
px_verify_dialog_dispose (GObject *object)
{
  PxVerifyDialog *self = PX_VERIFY_DIALOG (object);

  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_verify_dialog_parent_class)->dispose (object);
}

static void
px_verify_dialog_class_init (PxVerifyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_verify_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_verify_dialog_init (PxVerifyDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkEventController *keys;
  GtkWidget *intro = gtk_label_new (_("Type a certificate’s number or verification code, or "
                                      "scan its QR code, then press Enter."));

  gtk_window_set_title (GTK_WINDOW (self), _("Verify Certificate"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 720);
  gtk_box_append (GTK_BOX (content), header);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  self->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry),
                                  _("Number, verification code or scanned QR code"));
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self->entry), GTK_ENTRY_ICON_PRIMARY,
                                     "system-search-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Certificate to verify"), -1);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (self->entry, keys);

  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), self->entry);
  /* the key beside the entry: what the code is checked against is seen with it */
  gtk_box_append (GTK_BOX (box), build_other_key (self));
  gtk_box_append (GTK_BOX (box), build_result (self));
  gtk_box_append (GTK_BOX (box), build_own_key (self));
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_focus (GTK_WINDOW (self), self->entry);
}

PxVerifyDialog *
px_verify_dialog_new (GtkWindow  *parent,
                      PxDatabase *db)
{
  PxVerifyDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_VERIFY_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  return self;
}

void
px_verify_dialog_check (PxVerifyDialog *self,
                        const char     *text)
{
  g_return_if_fail (PX_IS_VERIFY_DIALOG (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  check (self);
}

void
px_verify_dialog_set_key (PxVerifyDialog *self,
                          const char     *public_key)
{
  g_return_if_fail (PX_IS_VERIFY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->key_entry), public_key != NULL ? public_key : "");
  gtk_expander_set_expanded (GTK_EXPANDER (self->expander),
                             public_key != NULL && *public_key != '\0');
}

PxVerifyResult
px_verify_dialog_get_result (PxVerifyDialog *self)
{
  g_return_val_if_fail (PX_IS_VERIFY_DIALOG (self), PX_VERIFY_RESULT_NONE);
  return self->result;
}
