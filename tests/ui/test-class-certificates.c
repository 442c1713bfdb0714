/* test-class-certificates.c: a class's certificates tab driven through its actions and the
 * class page's shortcuts, and checked against what core then holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include "px-certificate-document.h"
#include "px-certificates.h"
#include "px-class-certificates-view.h"
#include "px-class-pane.h"
#include "px-document-window.h"
#include "px-enrollment.h"
#include "px-list-pane.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *window;
  PxClassPane *pane;
  char *class_id;
  GPtrArray *enrollments;   /* the trainees' enrollment ids, by name */
  guint n_changed;
} Fixture;

#define CLASS_CODE "2026-ZT-101"

/* A class of five trainees; none has completed yet. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unit = NULL;

  f->dir = px_test_make_dir ();
  f->db = px_ui_test_open_database (f->dir, "certificates.db");
  f->class_id = px_ui_test_add_class (f->db, CLASS_CODE, "优化营商环境专题研讨班", "2026-11-02",
                                      "2026-11-06", 32);
  unit = px_ui_test_add_cadres (f->db, 1, 5);
  f->enrollments = px_ui_test_enroll_all (f->db, f->class_id);
  g_assert_cmpuint (f->enrollments->len, ==, 5);

  f->pane = px_class_pane_new (f->db);
  f->window = px_ui_test_show_with_toasts (GTK_WIDGET (f->pane), 1200, 760);
  px_ui_test_wait_for_model (px_list_pane_get_model (px_class_pane_get_list_pane (f->pane)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  px_ui_test_iterate ();
  g_assert_finalize_object (f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_id);
  g_ptr_array_unref (f->enrollments);
}

/* Helpers */

static void
changed_cb (GtkWidget *view,
            Fixture   *f)
{
  f->n_changed++;
}

static void
set_completed (Fixture *f,
               guint    index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEnrollment) e = px_enrollment_get (f->db, g_ptr_array_index (f->enrollments,
                                                                          index), &error);

  g_assert_no_error (error);
  g_free (e->completion);
  e->completion = g_strdup ("completed");
  g_assert_true (px_enrollment_update (f->db, e, NULL, &error));
  g_assert_no_error (error);
}

/* The certificates tab of the class, shown on the class page. */
static GtkWidget *
open_tab (Fixture *f)
{
  GtkWidget *view;

  px_class_pane_open_class (f->pane, f->class_id);
  px_class_pane_show_tab (f->pane, "certificates");
  px_ui_test_iterate ();
  view = px_class_pane_get_tab (f->pane, "certificates");
  g_assert_true (PX_IS_CLASS_CERTIFICATES_VIEW (view));
  if (g_signal_handler_find (view, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, changed_cb, NULL) == 0)
    g_signal_connect (view, "changed", G_CALLBACK (changed_cb), f);
  return view;
}

/* The list of certificates: a one-column grid view, which makes only the rows in sight. */
static GtkWidget *
certificate_grid (GtkWidget *view)
{
  GtkWidget *grid = px_ui_test_find_named (view, "certificates");

  g_assert_true (GTK_IS_GRID_VIEW (grid));
  return grid;
}

static guint
n_rows (GtkWidget *view)
{
  GtkGridView *grid = GTK_GRID_VIEW (certificate_grid (view));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (grid)));
}

/* The made row that shows text (a number, a name), or NULL. */
static GtkWidget *
row_with (GtkWidget  *view,
          const char *text)
{
  GtkWidget *grid = certificate_grid (view);

  px_ui_test_iterate ();
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = px_ui_test_find_label_by_prefix (child, text);

      if (label != NULL && g_str_equal (gtk_label_get_label (GTK_LABEL (label)), text))
        return child;
    }
  return NULL;
}

typedef struct
{
  GtkWidget *view;
  guint n;
} RowCount;

static gboolean
has_n_rows (gpointer data)
{
  RowCount *count = data;

  return n_rows (count->view) == count->n;
}

/* Types text into the search and waits for the list to follow (the entry waits a moment). */
static void
search (GtkWidget  *view,
        const char *text,
        guint       expected)
{
  GtkWidget *entry = px_ui_test_find_type (view, GTK_TYPE_SEARCH_ENTRY);
  RowCount count = { view, expected };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  px_ui_test_wait_until (has_n_rows, &count);
}

static gboolean
document_window_open (gpointer data)
{
  GtkWindow **found = data;

  *found = px_ui_test_find_newest_window (PX_TYPE_DOCUMENT_WINDOW, NULL);
  return *found != NULL;
}

/* Runs action (with the number, or none) and returns the certificates document it shows, its
 * window closed. */
static PxCertificateDocument *
print_through (GtkWidget  *view,
               const char *action,
               const char *number)
{
  GtkWindow *window = NULL;
  PxDocument *document;

  if (number != NULL)
    gtk_widget_activate_action (view, action, "s", number);
  else
    gtk_widget_activate_action (view, action, NULL);
  px_ui_test_wait_until (document_window_open, &window);
  document = g_object_ref (px_document_window_get_document (window));
  g_assert_true (PX_IS_CERTIFICATE_DOCUMENT (document));
  gtk_window_destroy (window);
  px_ui_test_iterate ();
  return PX_CERTIFICATE_DOCUMENT (document);
}

static gboolean
toast_changed (gpointer data)
{
  gpointer *view_and_toast = data;

  return px_ui_test_get_last_toast (view_and_toast[0]) != view_and_toast[1];
}

static GPtrArray *
list_certificates (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = px_certificates_list (f->db, CLASS_CODE, &error);

  g_assert_no_error (error);
  return list;
}

/* Tests */

/* Nobody completed: the empty page says who gets certificates, and issuing says what to do. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *view = open_tab (f);
  GtkStack *stack = GTK_STACK (px_ui_test_find_type (view, GTK_TYPE_STACK));
  AdwStatusPage *page = ADW_STATUS_PAGE (px_ui_test_find_type (view, ADW_TYPE_STATUS_PAGE));
  g_autoptr(GPtrArray) certificates = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (page),
                            "trainees marked Completed in the Completion tab"));
  g_assert_nonnull (px_ui_test_find_label_by_prefix (view, "_Issue Certificates"));
  px_ui_test_save_png_in (f->window, "certificates", "empty.png");

  /* Ctrl+N on this tab issues */
  px_class_pane_shortcut (f->pane, "new-record");
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (view),
                            "No trainee is marked Completed yet"));
  certificates = list_certificates (f);
  g_assert_cmpuint (certificates->len, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

/* Issued from the tab, the certificates become rows; the search narrows them; a revoked one
 * says so and no longer verifies. */
static void
test_issue_search_revoke (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *view;
  GtkStack *stack;
  g_autoptr(GPtrArray) certificates = NULL;
  g_autoptr(PxCertificateInfo) verified = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower_code = NULL;
  g_autofree char *revoked_state = NULL;
  const PxCertificateInfo *first, *second;
  AdwMessageDialog *dialog;
  GtkWidget *reason, *row, *revoke;

  set_completed (f, 0);
  set_completed (f, 2);
  set_completed (f, 4);
  view = open_tab (f);
  stack = GTK_STACK (px_ui_test_find_type (view, GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* Ctrl+N on this tab issues */
  px_class_pane_shortcut (f->pane, "new-record");
  g_assert_cmpstr (px_ui_test_last_toast_title (view), ==, "Issued 3 certificates");
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  certificates = list_certificates (f);
  g_assert_cmpuint (certificates->len, ==, 3);
  g_assert_cmpuint (n_rows (view), ==, 3);
  first = g_ptr_array_index (certificates, 0);
  second = g_ptr_array_index (certificates, 1);
  g_assert_nonnull (row_with (view, first->number));
  g_assert_nonnull (row_with (view, first->name));
  g_assert_nonnull (row_with (view, first->verification_code));
  g_assert_nonnull (row_with (view, "测试县第1局"));
  g_assert_nonnull (px_ui_test_find_label_by_prefix (view, "3 certificates"));

  /* once more: nobody is waiting for a number */
  gtk_widget_activate_action (view, "certificates.issue", NULL);
  g_assert_cmpstr (px_ui_test_last_toast_title (view), ==,
                   "Every trainee who completed has a certificate");
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* a trainee completes later: the summary says one is waiting */
  set_completed (f, 1);
  px_class_certificates_view_set_class (PX_CLASS_CERTIFICATES_VIEW (view), f->class_id);
  g_assert_nonnull (px_ui_test_find_label_by_prefix
                      (view, "3 certificates · 1 trainee completed and has no"));
  gtk_widget_activate_action (view, "certificates.issue", NULL);
  g_assert_cmpstr (px_ui_test_last_toast_title (view), ==, "Issued 1 certificate");
  g_assert_cmpuint (n_rows (view), ==, 4);
  g_clear_pointer (&certificates, g_ptr_array_unref);
  certificates = list_certificates (f);
  first = g_ptr_array_index (certificates, 0);
  second = g_ptr_array_index (certificates, 1);

  /* Ctrl+F goes to the search; it finds by name, number and code in any case */
  px_class_pane_shortcut (f->pane, "find");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window))
                 == px_ui_test_find_type (view, GTK_TYPE_TEXT));
  search (view, second->name, 1);
  g_assert_nonnull (row_with (view, second->number));
  search (view, first->number, 1);
  g_assert_nonnull (row_with (view, first->name));
  lower_code = g_ascii_strdown (second->verification_code, -1);
  search (view, lower_code, 1);
  g_assert_nonnull (row_with (view, second->name));
  search (view, "测试县第1局", 4);
  search (view, "没有这个人", 0);
  g_assert_true (gtk_widget_get_visible (px_ui_test_find_label_by_prefix
                                           (view, "No certificate matches")));
  search (view, "", 4);

  /* Revoke: the dialog says it cannot be undone, and wants a reason */
  gtk_widget_activate_action (view, "certificates.revoke", "s", second->number);
  dialog = ADW_MESSAGE_DIALOG (px_class_certificates_view_get_dialog (
    PX_CLASS_CERTIFICATES_VIEW (view)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "revoke"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  reason = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (reason), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  /* cancelled, nothing happens */
  /* what the Cancel button does: the response, then the dialog closes */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  px_ui_test_iterate ();
  g_assert_null (px_class_certificates_view_get_dialog (PX_CLASS_CERTIFICATES_VIEW (view)));
  verified = px_certificates_verify (f->db, second->number, &error);
  g_assert_no_error (error);
  g_clear_pointer (&verified, px_certificate_info_free);

  gtk_widget_activate_action (view, "certificates.revoke", "s", second->number);
  dialog = ADW_MESSAGE_DIALOG (px_class_certificates_view_get_dialog (
    PX_CLASS_CERTIFICATES_VIEW (view)));
  reason = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (reason), "学员违反培训纪律");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "revoke"));
  adw_message_dialog_response (dialog, "revoke");
  gtk_window_close (GTK_WINDOW (dialog));
  px_ui_test_iterate ();
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (view), second->number));
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* the row says so, and offers nothing more for it */
  revoked_state = g_strdup_printf ("Revoked: %s", "学员违反培训纪律");
  row = row_with (view, second->number);
  g_assert_nonnull (row);
  g_assert_nonnull (px_ui_test_find_label_by_prefix (row, revoked_state));
  g_assert_true (gtk_widget_has_css_class (px_ui_test_find_label_by_prefix (row, revoked_state),
                                           "error"));
  revoke = px_ui_test_find_type (row, GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_is_visible (revoke));
  row = row_with (view, first->number);
  g_assert_nonnull (px_ui_test_find_label_by_prefix (row, "Valid"));
  g_assert_true (gtk_widget_is_visible (px_ui_test_find_type (row, GTK_TYPE_BUTTON)));
  g_assert_nonnull (px_ui_test_find_label_by_prefix (view, "4 certificates · 1 revoked"));

  /* and core refuses it */
  verified = px_certificates_verify (f->db, second->number, &error);
  g_assert_null (verified);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
  g_clear_error (&error);
  verified = px_certificates_verify (f->db, first->number, &error);
  g_assert_no_error (error);

  /* revoked already: the action does nothing */
  gtk_widget_activate_action (view, "certificates.revoke", "s", second->number);
  g_assert_null (px_class_certificates_view_get_dialog (PX_CLASS_CERTIFICATES_VIEW (view)));

  /* a reprint: the same number, one page */
  {
    g_autoptr(PxCertificateDocument) reprint = print_through (view, "certificates.reprint",
                                                              first->number);

    g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (reprint)), ==, 1);
    g_assert_cmpstr (px_certificate_document_get_info (reprint, 0)->number, ==, first->number);
    g_assert_cmpstr (px_certificate_document_get_info (reprint, 0)->verification_code, ==,
                     first->verification_code);
  }
  /* all of them but the revoked one */
  {
    g_autoptr(PxCertificateDocument) all = print_through (view, "certificates.print-all", NULL);

    g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (all)), ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpstr (px_certificate_document_get_info (all, i)->number, !=, second->number);
  }
  /* a revoked one is never printed again */
  {
    gpointer view_and_toast[2] = { view, px_ui_test_get_last_toast (view) };

    gtk_widget_activate_action (view, "certificates.reprint", "s", second->number);
    px_ui_test_wait_until (toast_changed, view_and_toast);
    g_assert_nonnull (strstr (px_ui_test_last_toast_title (view), second->number));
  }
  /* nothing was written by printing */
  {
    g_autoptr(GPtrArray) after = list_certificates (f);

    g_assert_cmpuint (after->len, ==, 4);
    g_assert_cmpuint (f->n_changed, ==, 3);
  }

  px_ui_test_save_png_in (f->window, "certificates", "list.png");
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/class-certificates/empty", test_empty);
  ADD ("/ui/class-certificates/issue-search-revoke", test_issue_search_revoke);
#undef ADD
  return g_test_run ();
}
