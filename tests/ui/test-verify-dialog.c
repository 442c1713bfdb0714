/* test-verify-dialog.c: the Verify Certificate window given a number, a verification code, a
 * scanned QR code (typed line by line as a scanner does, or pasted), an altered one, and
 * another school's key; opened from the main window's action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include "px-application.h"
#include "px-certificate-keys.h"
#include "px-certificates.h"
#include "px-enrollment.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"
#include "px-verify-dialog.h"
#include "px-window.h"

#define CLASS_CODE "2026-ZT-201"

typedef struct
{
  char *dir;
  char *path;
  PxDatabase *db;
  GPtrArray *certificates;  /* (element-type PxCertificateInfo): three, the second revoked */
  PxVerifyDialog *dialog;
} Fixture;

/* A class of three trainees who completed, with their certificates; the second revoked. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *class_id = NULL;
  g_autofree char *unit = NULL;
  g_autoptr(GPtrArray) enrollments = NULL;
  g_autoptr(GPtrArray) issued = NULL;

  f->dir = px_test_make_dir ();
  f->path = g_build_filename (f->dir, "verify.db", NULL);
  f->db = px_database_open (f->path, &error);
  g_assert_no_error (error);
  class_id = px_ui_test_add_class (f->db, CLASS_CODE, "基层治理能力提升班", "2026-10-12",
                                   "2026-10-16", 40);
  unit = px_ui_test_add_cadres (f->db, 11, 3);
  enrollments = px_ui_test_enroll_all (f->db, class_id);
  for (guint i = 0; i < enrollments->len; i++)
    {
      g_autoptr(PxEnrollment) e = px_enrollment_get (f->db, g_ptr_array_index (enrollments, i),
                                                     &error);

      g_assert_no_error (error);
      g_free (e->completion);
      e->completion = g_strdup ("completed");
      g_assert_true (px_enrollment_update (f->db, e, NULL, &error));
      g_assert_no_error (error);
    }
  issued = px_certificates_issue (f->db, CLASS_CODE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 3);
  g_assert_true (px_certificates_revoke (f->db, ((PxCertificateInfo *)
                                                 g_ptr_array_index (issued, 1))->number,
                                         "证书信息有误，已重新核定", &error));
  g_assert_no_error (error);
  f->certificates = px_certificates_list (f->db, CLASS_CODE, &error);
  g_assert_no_error (error);

  f->dialog = px_verify_dialog_new (NULL, f->db);
  gtk_window_present (GTK_WINDOW (f->dialog));
  px_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL)
    px_ui_test_destroy_window (GTK_WIDGET (f->dialog), GTK_WIDGET (f->dialog));
  g_ptr_array_unref (f->certificates);
  g_assert_finalize_object (f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Helpers */

static const PxCertificateInfo *
certificate (Fixture *f,
             guint    index)
{
  return g_ptr_array_index (f->certificates, index);
}

static char *
payload_of (PxDatabase              *db,
            const PxCertificateInfo *info)
{
  g_autoptr(GError) error = NULL;
  char *payload = px_certificates_make_payload (db, info, &error);

  g_assert_no_error (error);
  return payload;
}

/* text with the first from replaced by to. */
static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* The entry the number or code goes in: the dialog's first. */
static GtkWidget *
main_entry (Fixture *f)
{
  return px_ui_test_find_type (GTK_WIDGET (f->dialog), GTK_TYPE_ENTRY);
}

/* Types text into the entry and presses Enter. */
static void
type_and_enter (Fixture    *f,
                const char *text)
{
  GtkWidget *entry = main_entry (f);
  int position = -1;

  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  position = gtk_editable_get_position (GTK_EDITABLE (entry));
  gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
  /* what Enter does: the entry's text widget activates, and the entry with it */
  g_signal_emit_by_name (px_ui_test_find_type (entry, GTK_TYPE_TEXT), "activate");
  px_ui_test_iterate ();
}

static void
save_png (Fixture    *f,
          const char *name)
{
  px_ui_test_save_png_in (GTK_WIDGET (f->dialog), "verify", name);
}

/* Tests */

/* A number, a code in small letters, a revoked one, an unknown one; Enter checks. */
static void
test_number_and_code (Fixture       *f,
                      gconstpointer  data)
{
  const PxCertificateInfo *valid = certificate (f, 0);
  const PxCertificateInfo *revoked = certificate (f, 1);
  g_autofree char *lower_code = g_ascii_strdown (certificate (f, 2)->verification_code, -1);
  GtkWidget *entry = main_entry (f);

  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_NONE);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->dialog))
                 == px_ui_test_find_type (entry, GTK_TYPE_TEXT));
  save_png (f, "start.png");

  type_and_enter (f, valid->number);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "Valid Certificate"));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), valid->name));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), CLASS_CODE " 基层治理能力提升班"));
  /* the ID masked: its region and last four only */
  g_assert_null (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), valid->citizen_id));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), valid->citizen_id + 14));
  save_png (f, "valid.png");

  /* what was checked is selected: the next one typed replaces it */
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (entry), NULL, NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  type_and_enter (f, lower_code);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), certificate (f, 2)->name));

  px_verify_dialog_check (f->dialog, revoked->number);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_REVOKED);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "Revoked Certificate"));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "证书信息有误，已重新核定"));
  save_png (f, "revoked.png");

  px_verify_dialog_check (f->dialog, "  2026ZT999  ");
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_UNKNOWN);
  g_assert_nonnull (px_ui_test_find_shown_label
                      (GTK_WIDGET (f->dialog),
                       "No certificate with this number or code was issued here"));
  g_assert_null (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), valid->name));
  save_png (f, "unknown.png");

  /* nothing typed: nothing shown */
  px_verify_dialog_check (f->dialog, "");
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_NONE);
  g_assert_null (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "Unknown Certificate"));
}

/* The QR code's text: pasted whole, typed line by line as a scanner does, altered. */
static void
test_payload (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *valid = payload_of (f->db, certificate (f, 0));
  g_autofree char *revoked = payload_of (f->db, certificate (f, 1));
  g_autofree char *tampered = NULL;
  g_autofree char *cut = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) crlf = g_string_new (NULL);
  GtkWidget *entry = main_entry (f);

  px_verify_dialog_check (f->dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog),
                                                 "signed with this school’s key"));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), certificate (f, 0)->name));

  /* revoked since it was printed: the signature is fine, the register says no */
  px_verify_dialog_check (f->dialog, revoked);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_REVOKED);

  /* a scanner types each line and presses Enter: only the last Enter checks */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  px_verify_dialog_check (f->dialog, "");
  lines = g_strsplit (valid, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_NONE);
      type_and_enter (f, lines[i]);
    }
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);

  /* with Windows line ends, as some scanners paste */
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_string_append_printf (crlf, "%s\r\n", lines[i]);
  px_verify_dialog_check (f->dialog, crlf->str);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);

  /* another name in the same code */
  tampered = replace_once (valid, certificate (f, 0)->name, "冒名者");
  px_verify_dialog_check (f->dialog, tampered);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_ALTERED);
  g_assert_nonnull (px_ui_test_find_shown_label
                      (GTK_WIDGET (f->dialog),
                       "The code was altered or not issued by this school."));
  g_assert_null (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "冒名者"));
  save_png (f, "altered.png");

  /* cut short before its signature: Enter once waits for more, twice checks */
  cut = g_strndup (valid, strstr (valid, "签名:") - valid - 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  type_and_enter (f, cut);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_ALTERED);
  g_assert_true (g_str_has_suffix (gtk_editable_get_text (GTK_EDITABLE (entry)), "\n"));
  type_and_enter (f, "");
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_ALTERED);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "it has no signature"));
}

/* Signed by this school but not in this copy of the database; and other schools' keys. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "before.db", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *own_key = px_certificate_keys_get_public_key (f->db, &error);
  g_autofree char *other_key = NULL;
  g_autofree char *valid = payload_of (f->db, certificate (f, 0));
  g_autofree char *tampered = NULL;
  g_autoptr(PxDatabase) before = NULL;
  g_autoptr(PxDatabase) other = NULL;
  PxVerifyDialog *copy_dialog;

  g_assert_no_error (error);

  /* a copy of the database without the certificates, but with the same key */
  g_assert_true (px_database_backup (f->db, copy_path, NULL, NULL, &error));
  g_assert_no_error (error);
  before = px_database_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_true (px_database_exec (before, "DELETE FROM certificate", &error));
  g_assert_no_error (error);
  copy_dialog = px_verify_dialog_new (NULL, before);
  gtk_window_present (GTK_WINDOW (copy_dialog));
  px_verify_dialog_check (copy_dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (copy_dialog), ==, PX_VERIFY_RESULT_GENUINE);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (copy_dialog), "Not on Record Here"));
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (copy_dialog),
                                                 certificate (f, 0)->name));
  gtk_window_destroy (GTK_WINDOW (copy_dialog));

  /* another school: its own key pair */
  other = px_database_open (other_path, &error);
  g_assert_no_error (error);
  other_key = px_certificate_keys_get_public_key (other, &error);
  g_assert_no_error (error);

  /* our code against their key: not theirs */
  px_verify_dialog_set_key (f->dialog, other_key);
  px_verify_dialog_check (f->dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_ALTERED);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog),
                                                 "not signed with this key"));

  /* checked against the key given, a genuine code needs no register */
  px_verify_dialog_set_key (f->dialog, own_key);
  px_verify_dialog_check (f->dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_GENUINE);
  g_assert_nonnull (px_ui_test_find_shown_label (GTK_WIDGET (f->dialog), "Genuine Code"));
  save_png (f, "other-key.png");
  tampered = replace_once (valid, "学时:40", "学时:400");
  px_verify_dialog_check (f->dialog, tampered);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_ALTERED);

  /* a key that is none */
  px_verify_dialog_set_key (f->dialog, "not-a-key");
  px_verify_dialog_check (f->dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_INVALID_KEY);

  /* numbers are looked up here whatever the key */
  px_verify_dialog_check (f->dialog, certificate (f, 0)->number);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);

  /* the key taken away: this school's again */
  px_verify_dialog_set_key (f->dialog, NULL);
  px_verify_dialog_check (f->dialog, valid);
  g_assert_cmpint (px_verify_dialog_get_result (f->dialog), ==, PX_VERIFY_RESULT_VALID);
}

/* This school's public key: shown when asked for, and copied as it is. */
static void
test_own_key (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = px_certificate_keys_get_public_key (f->db, &error);
  GtkWidget *expander = px_ui_test_find_named (GTK_WIDGET (f->dialog), "own-key-expander");
  GtkWidget *label, *copy;
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;

  g_assert_no_error (error);
  g_assert_nonnull (expander);
  /* a collapsed expander keeps its child out of the window */
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  px_ui_test_iterate ();
  label = px_ui_test_find_named (GTK_WIDGET (f->dialog), "own-public-key");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, key);
  save_png (f, "own-key.png");

  copy = px_ui_test_find_button (expander, "_Copy");
  g_assert_nonnull (copy);
  g_assert_true (gtk_widget_get_sensitive (copy));
  g_signal_emit_by_name (copy, "clicked");
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (f->dialog)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_cmpstr (g_value_get_string (&value), ==, key);
  g_value_unset (&value);
}

/* Escape closes: the window's key binding, found among its shortcuts and pressed. */
static void
test_escape (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->dialog));
  g_autoptr(GdkDisplay) display = g_object_ref (gtk_widget_get_display (GTK_WIDGET (f->dialog)));
  GtkShortcutAction *close = NULL;

  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->dialog))
                 == px_ui_test_find_type (main_entry (f), GTK_TYPE_TEXT));
  for (guint i = 0; close == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            close = gtk_shortcut_get_action (shortcut);
        }
    }
  g_assert_nonnull (close);
  g_assert_true (GTK_IS_NAMED_ACTION (close));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (close)), ==,
                   "window.close");
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_assert_true (gtk_shortcut_action_activate (close, 0, GTK_WIDGET (f->dialog), NULL));
  px_ui_test_iterate ();
  g_assert_null (f->dialog);
}

static PxVerifyDialog *
find_opened (Fixture *f)
{
  return PX_VERIFY_DIALOG (px_ui_test_find_newest_window (PX_TYPE_VERIFY_DIALOG,
                                                          GTK_WINDOW (f->dialog)));
}

/* The main window's action opens it, Ctrl+Shift+V is its own, and it needs a database. */
static void
test_window_action (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AdwApplication) app = ADW_APPLICATION (px_application_new ());
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  PxVerifyDialog *opened = NULL;
  PxWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = px_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  px_ui_test_iterate ();

  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control><Shift>v");
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_assert_cmpstr (actions[0], ==, "win.verify-certificate");

  /* no database, nothing to check against */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.verify-certificate", NULL);
  px_ui_test_iterate ();
  g_assert_null (find_opened (f));

  g_assert_true (px_window_open_database (window, f->path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.verify-certificate",
                                             NULL));
  px_ui_test_iterate ();
  opened = find_opened (f);
  g_assert_nonnull (opened);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (opened)) == GTK_WINDOW (window));
  px_verify_dialog_check (opened, certificate (f, 0)->number);
  g_assert_cmpint (px_verify_dialog_get_result (opened), ==, PX_VERIFY_RESULT_VALID);

  /* once more: the same window comes up */
  g_object_add_weak_pointer (G_OBJECT (opened), (gpointer *) &opened);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.verify-certificate", NULL);
  px_ui_test_iterate ();
  g_assert_nonnull (opened);
  g_assert_cmpint (px_verify_dialog_get_result (opened), ==, PX_VERIFY_RESULT_VALID);

  /* it closes with the main window */
  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
  g_assert_null (opened);
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/verify-dialog/number-and-code", test_number_and_code);
  ADD ("/ui/verify-dialog/payload", test_payload);
  ADD ("/ui/verify-dialog/keys", test_keys);
  ADD ("/ui/verify-dialog/own-key", test_own_key);
  ADD ("/ui/verify-dialog/escape", test_escape);
  ADD ("/ui/verify-dialog/window-action", test_window_action);
#undef ADD
  return g_test_run ();
}
