/* test-class-attendance-view.c: a class's attendance, electives and completion tabs driven
 * through their actions and key bindings, checked against what core then holds; each drawn
 * with a demo class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "px-attendance.h"
#include "px-class-attendance-view.h"
#include "px-class-attendance.h"
#include "px-class-completion-view.h"
#include "px-class-completion.h"
#include "px-class-elective.h"
#include "px-class-electives-view.h"
#include "px-demo.h"
#include "px-enrollment.h"
#include "px-roll-call-list.h"
#include "px-session.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *window;
  GtkWidget *view;
  guint n_changed;
} Fixture;

/* Helpers */

static void
changed_cb (GtkWidget *view,
            Fixture   *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = px_test_make_dir ();
  f->db = px_ui_test_open_database (f->dir, "classes.db");
  g_assert_true (px_demo_fill (f->db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Puts view in a window of its own, inside a toast overlay as the class pane has it. */
static void
show_view (Fixture   *f,
           GtkWidget *view)
{
  f->view = view;
  g_signal_connect (view, "changed", G_CALLBACK (changed_cb), f);
  f->window = px_ui_test_show_with_toasts (view, 1280, 860);
  px_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    px_ui_test_destroy_window (f->window, f->view);
  g_assert_finalize_object (f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* The first text column of the first row a query returns; NULL when none. */
static char *
query_text (Fixture    *f,
            const char *sql,
            const char *arg)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (f->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* A class being run (else a finished one) with attendance: the roll-call's usual day. */
static char *
attendance_class (Fixture *f)
{
  return query_text (f, "SELECT c.id FROM class c WHERE c.status IN ('running', 'finished') "
                        "AND EXISTS (SELECT 1 FROM session s JOIN attendance a "
                        "            ON a.session_id = s.id WHERE s.class_id = c.id) "
                        "ORDER BY c.status = 'running' DESC, c.end_date DESC LIMIT 1", NULL);
}

/* The finished class with the most electives. */
static char *
elective_class (Fixture *f)
{
  return query_text (f, "SELECT c.id FROM class c WHERE c.status = 'finished' "
                        "ORDER BY (SELECT count (*) FROM session s WHERE s.class_id = c.id "
                        "          AND s.is_elective = 1) DESC, c.code LIMIT 1", NULL);
}

/* The widget of type after skip others, breadth first, or NULL. */
static GtkWidget *
find_nth_type (GtkWidget *widget,
               GType      type,
               guint      skip)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && skip-- == 0)
        return w;
      for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

static GtkListBox *
list_named (Fixture    *f,
            const char *name)
{
  GtkWidget *list = px_ui_test_find_named (f->view, name);

  g_assert_true (GTK_IS_LIST_BOX (list));
  return GTK_LIST_BOX (list);
}

/* A list that makes only the rows in sight: a one-column grid view. */
static GtkWidget *
grid_named (Fixture    *f,
            const char *name)
{
  GtkWidget *grid = px_ui_test_find_named (f->view, name);

  g_assert_true (GTK_IS_GRID_VIEW (grid));
  g_assert_cmpuint (gtk_grid_view_get_max_columns (GTK_GRID_VIEW (grid)), ==, 1);
  return grid;
}

static guint
grid_n_rows (GtkWidget *grid)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (grid))));
}

/* The row of grid that shows the item at position, whose text includes name: scrolled to, so
 * that it is made. */
static GtkWidget *
grid_row (GtkWidget  *grid,
          guint       position,
          const char *name)
{
  gtk_widget_activate_action (grid, "list.scroll-to-item", "u", position);
  px_ui_test_iterate ();
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (px_ui_test_find_label_equal (child, name) != NULL)
      return child;
  return NULL;
}

static PxRollCallList *
roll_list (Fixture *f)
{
  GtkWidget *list = find_nth_type (f->view, PX_TYPE_ROLL_CALL_LIST, 0);

  g_assert_nonnull (list);
  return PX_ROLL_CALL_LIST (list);
}

/* Presses a key on the view the way GTK does once the key's trigger matched: the shortcut of
 * the widget class's bindings, with its action and arguments. Fails when no binding has the
 * key, so that the legend cannot promise a key that does nothing. */
static void
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              px_ui_test_iterate ();
              return;
            }
        }
    }
  g_error ("no key binding for %s", gdk_keyval_name (keyval));
}

static GPtrArray *
roll (Fixture    *f,
      const char *session_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = px_class_attendance_get_roll (f->db, session_id, &error);

  g_assert_no_error (error);
  return list;
}

static const char *
roll_status (GPtrArray *list,
             guint      index)
{
  return ((PxRollEntry *) g_ptr_array_index (list, index))->status;
}

/* The position of the roll's row that has the focus, or -1; the focus in the roll's list. */
static int
focused_row (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  int position = px_roll_call_list_get_focused (roll_list (f));

  g_assert_true (position < 0 || gtk_widget_is_ancestor (focus, grid_named (f, "roll")));
  return position;
}

static void
focus_roll_row (Fixture *f,
                guint    position)
{
  g_assert_true (px_roll_call_list_focus_row (roll_list (f), position));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         grid_named (f, "roll")));
}

/* Whether a widget between the focus and the view (the roll's list, its row) has a shortcut
 * for the key, which would then not reach the view's bindings. */
static gboolean
key_taken_before_view (Fixture         *f,
                       guint            keyval,
                       GdkModifierType  modifiers)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (f->window)); w != NULL && w != f->view;
       w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller),
                                                                       k);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger)
                  && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
                  && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))
                     == modifiers)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Attendance */

/* Roll-call from the keyboard: a key per status on the focused trainee, focus moving on;
 * 0 and Backspace clear; Ctrl+Enter marks the rest present. */
static void
test_attendance_keys (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *class_id = attendance_class (f);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = NULL;
  GtkWidget *list;
  guint n;

  g_assert_nonnull (class_id);
  show_view (f, px_class_attendance_view_new (f->db));
  px_class_attendance_view_set_class (PX_CLASS_ATTENDANCE_VIEW (f->view), class_id);
  session_id = g_strdup (px_class_attendance_view_get_session (PX_CLASS_ATTENDANCE_VIEW (f->view)));
  g_assert_nonnull (session_id);

  /* the first three start unmarked */
  before = roll (f, session_id);
  g_assert_cmpuint (before->len, >=, 4);
  for (guint i = 0; i < 3; i++)
    g_assert_true (px_class_attendance_set_status (
      f->db, session_id, ((PxRollEntry *) g_ptr_array_index (before, i))->enrollment_id, NULL,
      &error));
  g_assert_true (px_class_attendance_set_status (
    f->db, session_id, ((PxRollEntry *) g_ptr_array_index (before, 3))->enrollment_id,
    "absent", &error));
  px_class_attendance_view_set_class (PX_CLASS_ATTENDANCE_VIEW (f->view), class_id);
  g_assert_cmpstr (px_class_attendance_view_get_session (PX_CLASS_ATTENDANCE_VIEW (f->view)),
                   ==, session_id);
  list = grid_named (f, "roll");
  g_assert_cmpuint (grid_n_rows (list), ==, before->len);

  /* with no trainee focused a key does nothing */
  press_key (f->view, GDK_KEY_1, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* the list makes only the rows in sight; the last, out of sight, is made to be focused */
  g_assert_cmpuint (before->len, >, 40);
  {
    guint made = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      made++;
    g_assert_cmpuint (made, <, before->len);
  }
  focus_roll_row (f, before->len - 1);
  g_assert_cmpint (focused_row (f), ==, (int) before->len - 1);

  focus_roll_row (f, 0);
  g_assert_cmpint (focused_row (f), ==, 0);
  /* nothing between the focused row and the view takes the roll-call's keys */
  {
    const guint keys[] = { GDK_KEY_1, GDK_KEY_p, GDK_KEY_2, GDK_KEY_l, GDK_KEY_3, GDK_KEY_q,
                           GDK_KEY_4, GDK_KEY_a, GDK_KEY_0, GDK_KEY_BackSpace, GDK_KEY_KP_1 };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      g_assert_false (key_taken_before_view (f, keys[i], 0));
    g_assert_false (key_taken_before_view (f, GDK_KEY_Return, GDK_CONTROL_MASK));
  }
  press_key (f->view, GDK_KEY_1, 0);
  g_assert_cmpint (focused_row (f), ==, 1);
  press_key (f->view, GDK_KEY_l, 0);
  g_assert_cmpint (focused_row (f), ==, 2);
  press_key (f->view, GDK_KEY_q, 0);
  g_assert_cmpint (focused_row (f), ==, 3);
  after = roll (f, session_id);
  g_assert_cmpstr (roll_status (after, 0), ==, "present");
  g_assert_cmpstr (roll_status (after, 1), ==, "late");
  g_assert_cmpstr (roll_status (after, 2), ==, "leave");
  g_assert_cmpstr (roll_status (after, 3), ==, "absent");
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* Backspace clears the fourth; back on the second, 4 (keypad) marks it absent, 0 clears */
  press_key (f->view, GDK_KEY_BackSpace, 0);
  focus_roll_row (f, 1);
  press_key (f->view, GDK_KEY_KP_4, 0);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = roll (f, session_id);
  g_assert_null (roll_status (after, 3));
  g_assert_cmpstr (roll_status (after, 1), ==, "absent");
  focus_roll_row (f, 1);
  press_key (f->view, GDK_KEY_0, 0);
  press_key (f->view, GDK_KEY_a, 0);     /* the third: absent */
  press_key (f->view, GDK_KEY_p, 0);     /* the fourth: present */
  g_clear_pointer (&after, g_ptr_array_unref);
  after = roll (f, session_id);
  g_assert_null (roll_status (after, 1));
  g_assert_cmpstr (roll_status (after, 2), ==, "absent");
  g_assert_cmpstr (roll_status (after, 3), ==, "present");
  /* drawn in the middle of a roll-call */
  px_ui_test_save_png_in (f->window, "class", "attendance.png");

  /* the keys the legend names are all bound */
  press_key (f->view, GDK_KEY_2, 0);
  press_key (f->view, GDK_KEY_3, 0);
  press_key (f->view, GDK_KEY_4, 0);
  press_key (f->view, GDK_KEY_KP_1, 0);

  /* Ctrl+Enter: everyone not yet marked is present, the rest are left as they are */
  press_key (f->view, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = roll (f, session_id);
  g_assert_cmpstr (roll_status (after, 1), ==, "present");
  g_assert_cmpstr (roll_status (after, 2), ==, "absent");
  for (guint i = 0; i < after->len; i++)
    g_assert_nonnull (roll_status (after, i));
  n = 0;
  g_assert_true (px_class_attendance_mark_all_present (f->db, session_id, &n, &error));
  g_assert_cmpuint (n, ==, 0);

  /* a click or Enter on a row opens its menu of statuses */
  g_signal_emit_by_name (list, "activate", 0);
  {
    GtkWidget *row = grid_row (list, 0, ((PxRollEntry *) g_ptr_array_index (after, 0))->name);
    GtkWidget *menu = find_nth_type (row, GTK_TYPE_POPOVER_MENU, 0);

    g_assert_nonnull (menu);
    gtk_popover_popdown (GTK_POPOVER (menu));
    px_ui_test_iterate ();
    g_assert_null (find_nth_type (list, GTK_TYPE_POPOVER_MENU, 0));
  }

  /* a trainee's status and note through the row's menu actions */
  gtk_widget_activate_action (f->view, "attendance.set-status", "(ss)",
                              ((PxRollEntry *) g_ptr_array_index (after, 0))->enrollment_id,
                              "late");
  gtk_widget_activate_action (f->view, "attendance.set-note", "(ss)",
                              ((PxRollEntry *) g_ptr_array_index (after, 0))->enrollment_id,
                              "堵车迟到");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = roll (f, session_id);
  g_assert_cmpstr (roll_status (after, 0), ==, "late");
  g_assert_cmpstr (((PxRollEntry *) g_ptr_array_index (after, 0))->note, ==, "堵车迟到");
  g_assert_no_error (error);
}

/* Leave requests added and deleted, with undo. */
static void
test_attendance_leave (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *class_id = attendance_class (f);
  g_autofree char *enrollment_id = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  guint n_before;

  show_view (f, px_class_attendance_view_new (f->db));
  px_class_attendance_view_set_class (PX_CLASS_ATTENDANCE_VIEW (f->view), class_id);
  enrollment_id = query_text (f, "SELECT id FROM enrollment WHERE class_id = ?1 "
                                 "AND status = 'enrolled' LIMIT 1", class_id);
  requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
  n_before = requests->len;
  g_clear_pointer (&requests, g_ptr_array_unref);

  /* the end before the start: refused, nothing written */
  gtk_widget_activate_action (f->view, "attendance.add-leave", "(sssdsb)", enrollment_id,
                              "2026-05-12", "2026-05-11", 4.0, "病假", FALSE);
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (f->view), "not added"));
  requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
  g_assert_cmpuint (requests->len, ==, n_before);
  g_clear_pointer (&requests, g_ptr_array_unref);
  g_assert_cmpuint (f->n_changed, ==, 0);

  gtk_widget_activate_action (f->view, "attendance.add-leave", "(sssdsb)", enrollment_id,
                              "2026-05-11", "2026-05-12", 7.5, "参加防汛值班", TRUE);
  requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
  g_assert_cmpuint (requests->len, ==, n_before + 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
  {
    PxLeaveRequest *added = NULL;

    for (guint i = 0; i < requests->len; i++)
      if (g_strcmp0 (((PxLeaveRequest *) g_ptr_array_index (requests, i))->reason,
                     "参加防汛值班") == 0)
        added = g_ptr_array_index (requests, i);
    g_assert_nonnull (added);
    g_assert_cmpfloat (added->hours, ==, 7.5);
    g_assert_true (added->approved);
    gtk_widget_activate_action (f->view, "attendance.delete-leave", "s", added->base.id);
  }
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
  g_assert_cmpuint (requests->len, ==, n_before);
  g_clear_pointer (&requests, g_ptr_array_unref);

  /* undo brings it back */
  toast = px_ui_test_get_last_toast (f->view);
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
  g_assert_cmpuint (requests->len, ==, n_before + 1);
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* the form: the trainee focused in the roll, the session's day and hours filled in; adding
   * waits for a reason */
  g_clear_pointer (&requests, g_ptr_array_unref);
  focus_roll_row (f, 1);
  gtk_widget_activate_action (f->view, "attendance.new-leave", NULL);
  px_ui_test_iterate ();
  {
    AdwMessageDialog *dialog =
      ADW_MESSAGE_DIALOG (px_ui_test_find_oldest_window (ADW_TYPE_MESSAGE_DIALOG));
    GtkListBox *form;
    g_autofree char *focused_id = NULL;
    g_autoptr(GPtrArray) roll_now = NULL;
    PxLeaveRequest *added = NULL;

    g_assert_nonnull (dialog);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
    form = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
    gtk_editable_set_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (form, 4)), "家中有事");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
    gtk_editable_set_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (form, 3)), "两小时");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
    gtk_editable_set_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (form, 3)), "2.5");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
    adw_message_dialog_response (dialog, "add");
    px_ui_test_iterate ();

    roll_now = roll (f, px_class_attendance_view_get_session (PX_CLASS_ATTENDANCE_VIEW (f->view)));
    focused_id = g_strdup (((PxRollEntry *) g_ptr_array_index (roll_now, 1))->enrollment_id);
    requests = px_class_attendance_list_leave (f->db, class_id, NULL, &error);
    for (guint i = 0; i < requests->len; i++)
      if (g_strcmp0 (((PxLeaveRequest *) g_ptr_array_index (requests, i))->reason,
                     "家中有事") == 0)
        added = g_ptr_array_index (requests, i);
    g_assert_nonnull (added);
    g_assert_cmpstr (added->enrollment_id, ==, focused_id);
    g_assert_cmpfloat (added->hours, ==, 2.5);
    g_assert_false (added->approved);
  }
}

/* A class without sessions says what to do; none at all says to choose one. */
static void
test_attendance_empty (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *class_id = query_text (f, "SELECT id FROM class c WHERE NOT EXISTS "
                                             "(SELECT 1 FROM session WHERE class_id = c.id) "
                                             "LIMIT 1", NULL);
  AdwStatusPage *page;

  show_view (f, px_class_attendance_view_new (f->db));
  page = ADW_STATUS_PAGE (find_nth_type (f->view, ADW_TYPE_STATUS_PAGE, 0));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Class Selected");
  if (class_id != NULL)
    {
      px_class_attendance_view_set_class (PX_CLASS_ATTENDANCE_VIEW (f->view), class_id);
      g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Sessions Yet");
    }
  gtk_widget_activate_action (f->view, "attendance.mark-all-present", NULL);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* Electives */

/* The check box of the trainee at index. */
static GtkCheckButton *
trainee_check (Fixture *f,
               guint    index)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list_named (f, "trainees"),
                                                              index));

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (find_nth_type (row, GTK_TYPE_CHECK_BUTTON, 0));
}

static gboolean
check_active (Fixture *f,
              guint    index)
{
  return gtk_check_button_get_active (trainee_check (f, index));
}

/* Choices up to the capacity; a full elective refuses, the box goes back, the toast says why. */
static void
test_electives_capacity (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *class_id = elective_class (f);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) trainees = NULL;
  g_autoptr(PxSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const PxElectiveSession *s;
  int first = -1, second = -1;

  show_view (f, px_class_electives_view_new (f->db));
  px_class_electives_view_set_class (PX_CLASS_ELECTIVES_VIEW (f->view), class_id);
  px_ui_test_save_png_in (f->window, "class", "electives.png");

  sessions = px_class_elective_list_sessions (f->db, class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >, 0);
  s = g_ptr_array_index (sessions, sessions->len - 1);
  gtk_widget_activate_action (f->view, "electives.select-session", "s", s->id);
  g_assert_cmpstr (px_class_electives_view_get_session (PX_CLASS_ELECTIVES_VIEW (f->view)), ==,
                   s->id);

  /* one place left */
  session = px_session_get (f->db, s->id, &error);
  session->elective_capacity = s->n_chosen + 1;
  g_assert_true (px_session_update (f->db, session, NULL, &error));
  px_class_electives_view_set_class (PX_CLASS_ELECTIVES_VIEW (f->view), class_id);
  trainees = px_class_elective_list_trainees (f->db, s->id, &error);
  for (guint i = 0; i < trainees->len; i++)
    if (!((PxElectiveTrainee *) g_ptr_array_index (trainees, i))->chosen)
      {
        if (first < 0)
          first = i;
        else if (second < 0)
          second = i;
      }
  g_assert_cmpint (second, >=, 0);

  gtk_widget_activate_action (f->view, "electives.set-chosen", "(ssb)", s->id,
                              ((PxElectiveTrainee *) g_ptr_array_index (trainees,
                                                                        first))->enrollment_id,
                              TRUE);
  g_assert_true (check_active (f, first));
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* the box ticked by hand on a full elective: refused, and unticked again */
  gtk_check_button_set_active (trainee_check (f, second), TRUE);
  px_ui_test_iterate ();
  g_assert_false (check_active (f, second));
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (f->view), "full"));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_clear_pointer (&trainees, g_ptr_array_unref);
  trainees = px_class_elective_list_trainees (f->db, s->id, &error);
  g_assert_true (((PxElectiveTrainee *) g_ptr_array_index (trainees, first))->chosen);
  g_assert_false (((PxElectiveTrainee *) g_ptr_array_index (trainees, second))->chosen);

  /* unticked, the place is free again */
  gtk_widget_activate_action (f->view, "electives.set-chosen", "(ssb)", s->id,
                              ((PxElectiveTrainee *) g_ptr_array_index (trainees,
                                                                        first))->enrollment_id,
                              FALSE);
  g_assert_false (check_active (f, first));
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = px_class_elective_list_sessions (f->db, class_id, &error);
  g_assert_cmpuint (((PxElectiveSession *) g_ptr_array_index (sessions,
                                                             sessions->len - 1))->n_chosen,
                    ==, session->elective_capacity - 1);
}

/* Completion */

static PxEnrollment *
get_enrollment (Fixture    *f,
                const char *id)
{
  g_autoptr(GError) error = NULL;
  PxEnrollment *e = px_enrollment_get (f->db, id, &error);

  g_assert_no_error (error);
  return e;
}

/* Scores typed in (and refused outside 0–100), the rule applied after the confirmation that
 * it withdraws someone, and the head teacher's override with its reason. */
static void
test_completion (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *class_id = attendance_class (f);
  g_autofree char *code = query_text (f, "SELECT code FROM class WHERE id = ?1", class_id);
  g_autoptr(PxClassCompletion) preview = NULL;
  g_autoptr(PxEnrollment) e = NULL;
  g_autoptr(GError) error = NULL;
  const PxTraineeCompletion *t0 = NULL, *t1 = NULL;
  guint row1 = 0;
  GtkWidget *dialog;
  GtkWidget *list;

  /* the first trainee on leave at every session: over 1/7 */
  preview = px_class_completion_preview (f->db, code, &error);
  g_assert_no_error (error);
  /* two trainees the rule decides: enrolled, not overridden */
  for (guint i = 0; i < preview->trainees->len && t1 == NULL; i++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (preview->trainees, i);

      if (t->withdrawn || t->overridden)
        continue;
      if (t0 == NULL)
        t0 = t;
      else
        {
          t1 = t;
          row1 = i;
        }
    }
  g_assert_nonnull (t1);
  {
    g_autoptr(GPtrArray) sessions = px_class_attendance_list_sessions (f->db, class_id, &error);

    for (guint i = 0; i < sessions->len; i++)
      {
        const PxAttendanceSession *s = g_ptr_array_index (sessions, i);

        if (!s->is_elective)
          g_assert_true (px_class_attendance_set_status (f->db, s->id, t0->enrollment_id,
                                                         "leave", &error));
      }
  }
  g_assert_no_error (error);

  /* drawn with the finished class that has scores and decisions */
  show_view (f, px_class_completion_view_new (f->db));
  {
    g_autofree char *finished = elective_class (f);

    px_class_completion_view_set_class (PX_CLASS_COMPLETION_VIEW (f->view), finished);
    px_ui_test_save_png_in (f->window, "class", "completion.png");
  }
  px_class_completion_view_set_class (PX_CLASS_COMPLETION_VIEW (f->view), class_id);

  gtk_widget_activate_action (f->view, "completion.set-score", "(ssd)", t1->enrollment_id,
                              "exam", 92.5);
  gtk_widget_activate_action (f->view, "completion.set-score", "(ssd)", t1->enrollment_id,
                              "paper", 150.0);
  e = get_enrollment (f, t1->enrollment_id);
  g_assert_cmpfloat (e->exam_score, ==, 92.5);
  g_assert_true (isnan (e->paper_score) || e->paper_score <= 100);
  g_assert_nonnull (strstr (px_ui_test_last_toast_title (f->view), "100"));
  g_clear_pointer (&e, px_enrollment_free);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* a score typed into the table's field, Enter writes it */
  list = grid_named (f, "trainees");
  g_assert_cmpuint (grid_n_rows (list), ==, preview->trainees->len);
  {
    GtkWidget *row = grid_row (list, row1, t1->name);
    GtkWidget *paper = find_nth_type (row, GTK_TYPE_ENTRY, 1);

    gtk_editable_set_text (GTK_EDITABLE (paper), "81");
    g_signal_emit_by_name (paper, "activate");
    e = get_enrollment (f, t1->enrollment_id);
    g_assert_cmpfloat (e->paper_score, ==, 81);
    g_clear_pointer (&e, px_enrollment_free);
    gtk_editable_set_text (GTK_EDITABLE (paper), "八十");
    g_signal_emit_by_name (paper, "activate");
    g_assert_true (gtk_widget_has_css_class (paper, "error"));
    e = get_enrollment (f, t1->enrollment_id);
    g_assert_cmpfloat (e->paper_score, ==, 81);
    g_clear_pointer (&e, px_enrollment_free);
  }

  /* typing scores down the table: Tab from a row's paper score goes on to the next row's exam
   * score, as in a spreadsheet */
  for (guint next = row1 + 1; next < preview->trainees->len; next++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (preview->trainees, next);
      GtkWidget *paper, *exam, *focus;

      if (t->withdrawn || t->overridden)
        continue;
      paper = find_nth_type (grid_row (list, row1, t1->name), GTK_TYPE_ENTRY, 1);
      gtk_widget_grab_focus (paper);
      px_ui_test_iterate ();
      g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
      px_ui_test_iterate ();
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      exam = find_nth_type (grid_row (list, next, t->name), GTK_TYPE_ENTRY, 0);
      g_assert_nonnull (focus);
      g_assert_true (focus == exam || gtk_widget_is_ancestor (focus, exam));
      break;
    }

  /* the rule withdraws the first trainee: asked first */
  gtk_widget_activate_action (f->view, "completion.apply", NULL);
  dialog = px_class_completion_view_get_dialog (PX_CLASS_COMPLETION_VIEW (f->view));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            t0->name));
  e = get_enrollment (f, t0->enrollment_id);
  g_assert_cmpstr (e->status, ==, "enrolled");
  g_clear_pointer (&e, px_enrollment_free);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  px_ui_test_iterate ();
  e = get_enrollment (f, t0->enrollment_id);
  g_assert_cmpstr (e->status, ==, "withdrawn");
  g_assert_cmpstr (e->completion, ==, "not_completed");
  g_clear_pointer (&e, px_enrollment_free);
  e = get_enrollment (f, t1->enrollment_id);
  g_assert_cmpstr (e->completion, !=, "pending");
  g_clear_pointer (&e, px_enrollment_free);

  /* override for the second trainee, with the reason asked for */
  gtk_selection_model_select_item (gtk_grid_view_get_model (GTK_GRID_VIEW (list)), row1, TRUE);
  gtk_widget_activate_action (f->view, "completion.override", NULL);
  dialog = px_class_completion_view_get_dialog (PX_CLASS_COMPLETION_VIEW (f->view));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "override"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (
    ADW_MESSAGE_DIALOG (dialog))), "经组织部批准的公务请假");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          "override"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "override");
  px_ui_test_iterate ();
  e = get_enrollment (f, t1->enrollment_id);
  g_assert_cmpstr (e->completion, ==, "completed");
  g_assert_true (e->completion_override);
  g_assert_cmpstr (e->completion_reason, ==, "经组织部批准的公务请假");
}

int
main (int    argc,
      char **argv)
{
  px_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/class-attendance/keys", test_attendance_keys);
  ADD ("/ui/class-attendance/leave", test_attendance_leave);
  ADD ("/ui/class-attendance/empty", test_attendance_empty);
  ADD ("/ui/class-electives/capacity", test_electives_capacity);
  ADD ("/ui/class-completion/apply-and-override", test_completion);

#undef ADD

  return g_test_run ();
}
