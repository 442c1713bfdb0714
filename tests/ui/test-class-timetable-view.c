/* test-class-timetable-view.c: the class timetable tab driven through its actions, its form,
 * the keyboard and its drop targets, checked against what core then holds; and a picture of a
 * demo class's timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "px-class-summary.h"
#include "px-class-timetable-view.h"
#include "px-class-timetable.h"
#include "px-course-teacher.h"
#include "px-course.h"
#include "px-demo.h"
#include "px-session.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-ui-test-util.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  GtkWidget *window;
  PxClassTimetableView *view;
  guint n_changed;
  char *class_a;       /* 2026-ZT-001, Mon 2026-03-02 … Fri 2026-03-13: two weeks */
  char *class_b;       /* 2026-ZT-002, the same dates */
  char *course;        /* 营商环境专题, 4 hours, taught by 王明 and 李明 */
  char *wang;
  char *li;
  char *zhao;
  char *b_session;     /* class B: 王明 on Tuesday 2026-03-03 morning in room 301 */
} Fixture;

/* Helpers */

static char *
add_class (PxDatabase *db,
           const char *code)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup ("优化营商环境专题研讨班");
  c->start_date = g_strdup ("2026-03-02");
  c->end_date = g_strdup ("2026-03-13");
  c->capacity = 40;
  c->required_hours = 12;
  c->credit_hours = NAN;
  c->max_lecture_share = 0.5;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static char *
add_teacher (PxDatabase *db,
             const char *name)
{
  g_autoptr(PxTeacher) teacher = px_teacher_new ();
  g_autoptr(GError) error = NULL;

  teacher->name = g_strdup (name);
  px_teacher_insert (db, teacher, &error);
  g_assert_no_error (error);
  return g_strdup (teacher->base.id);
}

static char *
add_session (Fixture    *f,
             const char *class_id,
             const char *date,
             const char *slot,
             const char *teacher_id,
             const char *room)
{
  g_autoptr(PxSession) s = px_session_new ();
  g_autoptr(GError) error = NULL;
  const char *start_time, *end_time;

  g_assert_true (px_class_timetable_slot_times (slot, &start_time, &end_time));
  s->class_id = g_strdup (class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup (slot);
  s->start_time = g_strdup (start_time);
  s->end_time = g_strdup (end_time);
  s->hours = 3;
  s->course_id = g_strdup (f->course);
  s->teacher_id = g_strdup (teacher_id);
  s->room = g_strdup (room);
  g_assert_true (px_class_timetable_insert (f->db, s, &error));
  g_assert_no_error (error);
  return g_strdup (s->base.id);
}

static PxSession *
stored_session (Fixture    *f,
                const char *id)
{
  return px_session_get (f->db, id, NULL);
}

/* The button holding a label, shown or not, whose text contains text, or NULL. */
static GtkWidget *
find_button_containing (GtkWidget  *widget,
                        const char *text)
{
  GtkWidget *label = px_ui_test_find_label (widget, text);

  return label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;
}

static GtkWidget *
cell (Fixture    *f,
      const char *date,
      const char *slot)
{
  g_autofree char *name = g_strdup_printf ("cell-%s-%s", date, slot);

  return px_ui_test_find_named (GTK_WIDGET (f->view), name);
}

static gboolean
is_card_of (GtkWidget     *widget,
            gconstpointer  session_id)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (widget), "session-id"), session_id) == 0;
}

/* The card of session id in the grid shown, or NULL. */
static GtkWidget *
card_in (GtkWidget  *widget,
         const char *id)
{
  return px_ui_test_find (widget, is_card_of, id);
}

static const char *
visible_page (Fixture *f)
{
  GtkStack *stack = GTK_STACK (px_ui_test_find_type (GTK_WIDGET (f->view), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static void
changed_cb (PxClassTimetableView *view,
            Fixture              *f)
{
  f->n_changed++;
}

static void
assert_at (Fixture    *f,
           const char *id,
           const char *date,
           const char *slot)
{
  g_autoptr(PxSession) session = stored_session (f, id);

  g_assert_nonnull (session);
  g_assert_cmpstr (session->date, ==, date);
  g_assert_cmpstr (session->slot, ==, slot);
}

/* Fixture */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCourse) course = px_course_new ();

  f->dir = px_test_make_dir ();
  f->db = px_ui_test_open_database (f->dir, "timetable.db");

  f->class_a = add_class (f->db, "2026-ZT-001");
  f->class_b = add_class (f->db, "2026-ZT-002");
  f->wang = add_teacher (f->db, "王明");
  f->li = add_teacher (f->db, "李明");
  f->zhao = add_teacher (f->db, "赵刚");
  course->title = g_strdup ("营商环境专题");
  course->hours = 4;
  g_free (course->method);
  course->method = g_strdup ("case");
  px_course_insert (f->db, course, &error);
  g_assert_no_error (error);
  f->course = g_strdup (course->base.id);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PxCourseTeacher) link = px_course_teacher_new ();

      link->course_id = g_strdup (f->course);
      link->teacher_id = g_strdup (i == 0 ? f->wang : f->li);
      px_course_teacher_insert (f->db, link, &error);
      g_assert_no_error (error);
    }
  f->b_session = add_session (f, f->class_b, "2026-03-03", "morning", f->wang, "301");

  f->view = PX_CLASS_TIMETABLE_VIEW (px_class_timetable_view_new (f->db));
  g_signal_connect (f->view, "changed", G_CALLBACK (changed_cb), f);
  f->window = px_ui_test_show_with_toasts (GTK_WIDGET (f->view), 1280, 800);
  px_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_ui_test_destroy_window (f->window, GTK_WIDGET (f->view));
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_a);
  g_free (f->class_b);
  g_free (f->course);
  g_free (f->wang);
  g_free (f->li);
  g_free (f->zhao);
  g_free (f->b_session);
}

/* Tests */

static void
test_empty_and_weeks (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *session = NULL;
  GtkWidget *label;
  GtkWidget *card;

  px_class_timetable_view_set_class (f->view, NULL);
  g_assert_cmpstr (visible_page (f), ==, "none");
  g_assert_null (px_class_timetable_view_get_week (f->view));

  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_cmpstr (visible_page (f), ==, "empty");

  session = add_session (f, f->class_a, "2026-03-10", "afternoon", f->zhao, NULL);
  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_cmpstr (visible_page (f), ==, "timetable");
  /* opens on the class's first week, whose Monday is its first day */
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-02");
  label = px_ui_test_find_label (GTK_WIDGET (f->view), "Week 1");
  g_assert_nonnull (label);
  g_assert_nonnull (cell (f, "2026-03-02", "morning"));
  g_assert_nonnull (cell (f, "2026-03-08", "evening"));
  g_assert_null (card_in (GTK_WIDGET (f->view), session));

  /* no week before the first */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.previous-week", NULL);
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-02");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.next-week", NULL));
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-09");
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "Week 2"));
  g_assert_nonnull (card_in (GTK_WIDGET (f->view), session));
  /* the class ends on Friday the 13th: its last weekend is left out */
  g_assert_null (cell (f, "2026-03-14", "morning"));
  g_assert_false (gtk_widget_has_css_class (cell (f, "2026-03-13", "morning"),
                                            "timetable-outside"));
  g_assert_nonnull (gtk_widget_get_first_child (cell (f, "2026-03-13", "morning")));
  /* no third week */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.next-week", NULL);
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-09");

  /* a session after the class's dates brings its week into view, its days dimmed */
  g_free (add_session (f, f->class_a, "2026-03-17", "morning", f->zhao, NULL));
  px_class_timetable_view_set_class (f->view, f->class_a);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.next-week", NULL);
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-16");
  g_assert_true (gtk_widget_has_css_class (cell (f, "2026-03-16", "morning"),
                                           "timetable-outside"));
  g_assert_null (gtk_widget_get_first_child (cell (f, "2026-03-16", "morning")));
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "outside the class’s dates"));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.previous-week", NULL);

  /* reading the same class again keeps the week, and its cards when nothing changed */
  card = card_in (GTK_WIDGET (f->view), session);
  g_assert_nonnull (card);
  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-09");
  g_assert_true (card_in (GTK_WIDGET (f->view), session) == card);
  /* a change made elsewhere is read */
  g_assert_true (px_class_timetable_move (f->db, session, "2026-03-11", "morning", NULL));
  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_nonnull (card_in (cell (f, "2026-03-11", "morning"), session));
  g_assert_cmpuint (f->n_changed, ==, 0);
}

static void
select_item (GtkWidget  *form,
             const char *row_name,
             const char *text)
{
  GtkWidget *row = px_ui_test_find_named (form, row_name);
  GtkDropDown *drop = GTK_DROP_DOWN (px_ui_test_find_type (row, GTK_TYPE_DROP_DOWN));
  GListModel *model = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      const char *item = gtk_string_list_get_string (GTK_STRING_LIST (model), i);

      if (g_str_has_prefix (item, text))
        {
          gtk_drop_down_set_selected (drop, i);
          return;
        }
    }
  g_error ("no “%s” in %s", text, row_name);
}

static const char *
drop_down_item (GtkWidget  *form,
                const char *row_name,
                guint       position)
{
  GtkWidget *row = px_ui_test_find_named (form, row_name);
  GtkDropDown *drop = GTK_DROP_DOWN (px_ui_test_find_type (row, GTK_TYPE_DROP_DOWN));

  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (drop)), position);
}

static void
test_add_through_form (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const PxTimetableEntry *entry;
  GtkWidget *form;
  GtkSpinButton *hours;

  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.add-session",
                                             NULL));
  form = px_class_timetable_view_get_form (f->view);
  g_assert_nonnull (form);
  /* the first class day, in the morning */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (px_ui_test_find_named (form, "date"))), ==,
                   "2026-03-02");
  gtk_window_destroy (GTK_WINDOW (form));
  g_assert_null (px_class_timetable_view_get_form (f->view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.add-session-at",
                                             "(ss)", "2026-03-04", "afternoon"));
  form = px_class_timetable_view_get_form (f->view);
  g_assert_nonnull (form);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (px_ui_test_find_named (form,
                                                                               "start_time"))),
                   ==, "14:30");

  /* a course brings its hours, and its teachers come first */
  select_item (form, "course_id", "营商环境专题");
  hours = GTK_SPIN_BUTTON (px_ui_test_find_type (px_ui_test_find_named (form, "hours"),
                                                 GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (hours), ==, 4);
  g_assert_true (g_str_has_prefix (drop_down_item (form, "teacher_id", 1), "李明")
                 || g_str_has_prefix (drop_down_item (form, "teacher_id", 1), "王明"));
  g_assert_cmpstr (drop_down_item (form, "teacher_id", 3), ==, "赵刚");
  select_item (form, "teacher_id", "李明");
  gtk_editable_set_text (GTK_EDITABLE (px_ui_test_find_named (form, "room")), "201");

  /* a bad date is shown in the form, beside its field, and nothing is written */
  gtk_editable_set_text (GTK_EDITABLE (px_ui_test_find_named (form, "date")), "2026-03-32");
  g_assert_true (gtk_widget_activate_action (form, "form.save", NULL));
  g_assert_true (px_class_timetable_view_get_form (f->view) == form);
  g_assert_true (gtk_widget_get_visible (px_ui_test_find_named (form, "form-error")));
  g_assert_true (gtk_widget_has_css_class (px_ui_test_find_named (form, "date"), "error"));
  g_assert_cmpuint (f->n_changed, ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (px_ui_test_find_named (form, "date")), "2026-03-04");
  g_assert_true (gtk_widget_activate_action (form, "form.save", NULL));
  px_ui_test_iterate ();
  g_assert_null (px_class_timetable_view_get_form (f->view));
  g_assert_cmpuint (f->n_changed, ==, 1);

  entries = px_class_timetable_list (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->date, ==, "2026-03-04");
  g_assert_cmpstr (entry->slot, ==, "afternoon");
  g_assert_cmpstr (entry->start_time, ==, "14:30");
  g_assert_cmpstr (entry->course_id, ==, f->course);
  g_assert_cmpstr (entry->teacher_id, ==, f->li);
  g_assert_cmpstr (entry->method, ==, "case");
  g_assert_cmpstr (entry->room, ==, "201");
  g_assert_cmpfloat (entry->hours, ==, 4);
  g_assert_cmpstr (visible_page (f), ==, "timetable");
  g_assert_nonnull (card_in (cell (f, "2026-03-04", "afternoon"), entry->id));
  g_assert_cmpstr (adw_toast_get_title (px_ui_test_get_last_toast (f->view)), ==, "Session added");

  /* editing it: the form opens on the stored session and saves changes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.edit-session",
                                             "s", entry->id));
  form = px_class_timetable_view_get_form (f->view);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (px_ui_test_find_named (form, "room"))), ==,
                   "201");
  gtk_switch_set_active (GTK_SWITCH (px_ui_test_find_type
                                       (px_ui_test_find_named (form, "is_elective"),
                                        GTK_TYPE_SWITCH)), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (px_ui_test_find_type
                                                (px_ui_test_find_named (form, "elective_capacity"),
                                                 GTK_TYPE_SPIN_BUTTON)), 30);
  g_assert_true (gtk_widget_activate_action (form, "form.save", NULL));
  px_ui_test_iterate ();
  {
    g_autoptr(PxSession) session = stored_session (f, entry->id);

    g_assert_true (session->is_elective);
    g_assert_cmpint (session->elective_capacity, ==, 30);
  }
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "Elective 0/30"));
  g_assert_cmpuint (f->n_changed, ==, 2);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *session = add_session (f, f->class_a, "2026-03-04", "morning", f->zhao, NULL);
  GtkWidget *card;
  GtkDropTarget *target = NULL;
  GListModel *controllers;
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  px_class_timetable_view_set_class (f->view, f->class_a);

  /* by the action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.move-session",
                                             "(sss)", session, "2026-03-05", "afternoon"));
  assert_at (f, session, "2026-03-05", "afternoon");
  {
    g_autoptr(PxSession) moved = stored_session (f, session);

    g_assert_cmpstr (moved->start_time, ==, "14:30");
  }
  g_assert_nonnull (card_in (cell (f, "2026-03-05", "afternoon"), session));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (adw_toast_get_button_label (px_ui_test_get_last_toast (f->view)), ==, "_Undo");
  g_signal_emit_by_name (px_ui_test_get_last_toast (f->view), "button-clicked");
  assert_at (f, session, "2026-03-04", "morning");
  g_assert_cmpuint (f->n_changed, ==, 2);

  /* from the keyboard: the focused card a day on, a slot down, across into the next week */
  card = card_in (GTK_WIDGET (f->view), session);
  g_assert_nonnull (card);
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_widget_has_focus (card));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.shift-session",
                                             "(sii)", "", 1, 0));
  assert_at (f, session, "2026-03-05", "morning");
  /* the card keeps the focus, so that the next key moves it on */
  card = card_in (GTK_WIDGET (f->view), session);
  g_assert_true (gtk_widget_has_focus (card));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.shift-session", "(sii)", "", 0, 1);
  assert_at (f, session, "2026-03-05", "afternoon");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.shift-session", "(sii)", "", 4, 0);
  assert_at (f, session, "2026-03-09", "afternoon");
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-09");
  /* past the evening there is no slot: nothing moves */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.shift-session", "(sii)",
                              session, 0, 2);
  assert_at (f, session, "2026-03-09", "afternoon");

  /* dropped on a cell */
  controllers = gtk_widget_observe_controllers (cell (f, "2026-03-10", "morning"));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, session);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);
  assert_at (f, session, "2026-03-10", "morning");
  g_assert_nonnull (card_in (cell (f, "2026-03-10", "morning"), session));
}

static void
test_conflict_fixes (Fixture       *f,
                     gconstpointer  data)
{
  /* 王明 teaches class B that morning */
  g_autofree char *clash = add_session (f, f->class_a, "2026-03-03", "morning", f->wang, NULL);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *room_clash = NULL;
  GtkWidget *button;
  GtkWidget *card;

  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "2026-ZT-002"));
  card = card_in (GTK_WIDGET (f->view), clash);
  g_assert_true (gtk_widget_has_css_class (card, "error"));
  px_ui_test_save_png_in (f->window, "class", "timetable-conflict.png");

  /* "Show Session" brings the session's week and focuses its card */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.next-week", NULL);
  g_assert_null (card_in (GTK_WIDGET (f->view), clash));
  button = find_button_containing (GTK_WIDGET (f->view), "Show Session");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (px_class_timetable_view_get_week (f->view), ==, "2026-03-02");
  g_assert_true (gtk_widget_has_focus (card_in (GTK_WIDGET (f->view), clash)));

  /* 李明 teaches the course and is free; 赵刚 does not teach it */
  g_assert_null (find_button_containing (GTK_WIDGET (f->view), "Give it to 赵刚"));
  button = find_button_containing (GTK_WIDGET (f->view), "Give it to 李明");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  {
    g_autoptr(PxSession) session = stored_session (f, clash);

    g_assert_cmpstr (session->teacher_id, ==, f->li);
  }
  conflicts = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);   /* only the hours short of 12 */
  g_assert_cmpint (((PxClassConflict *) g_ptr_array_index (conflicts, 0))->kind, ==,
                   PX_CLASS_CONFLICT_HOURS_SHORT);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_false (gtk_widget_has_css_class (card_in (GTK_WIDGET (f->view), clash), "error"));
  g_assert_null (px_ui_test_find_label (GTK_WIDGET (f->view), "2026-ZT-002"));
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* room 301 is class B's that morning: moved to the next free slot, that afternoon */
  room_clash = add_session (f, f->class_a, "2026-03-03", "morning", NULL, "301");
  px_class_timetable_view_set_class (f->view, f->class_a);
  button = find_button_containing (GTK_WIDGET (f->view), "Move to");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  /* the class's own morning is taken by the first session: the afternoon is next */
  assert_at (f, room_clash, "2026-03-03", "afternoon");
  conflicts = px_class_list_conflicts (f->db, f->class_a, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < conflicts->len; i++)
    g_assert_cmpint (((PxClassConflict *) g_ptr_array_index (conflicts, i))->kind, ==,
                     PX_CLASS_CONFLICT_HOURS_SHORT);

  /* hours short shows too */
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "short of the 12 hours required"));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *session = add_session (f, f->class_a, "2026-03-04", "morning", f->zhao, NULL);
  g_autofree char *other = add_session (f, f->class_a, "2026-03-05", "morning", f->zhao, NULL);
  g_autoptr(PxSession) gone = NULL;
  GtkWidget *card;

  px_class_timetable_view_set_class (f->view, f->class_a);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.delete-session",
                                             "s", session));
  gone = stored_session (f, session);
  g_assert_null (gone);
  g_assert_null (card_in (GTK_WIDGET (f->view), session));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (adw_toast_get_title (px_ui_test_get_last_toast (f->view)), ==,
                   "“营商环境专题” deleted");

  g_signal_emit_by_name (px_ui_test_get_last_toast (f->view), "button-clicked");
  assert_at (f, session, "2026-03-04", "morning");
  g_assert_nonnull (card_in (cell (f, "2026-03-04", "morning"), session));
  g_assert_cmpuint (f->n_changed, ==, 2);

  /* the focused card goes with Delete's action */
  card = card_in (GTK_WIDGET (f->view), other);
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timetable.delete-session",
                                             "s", ""));
  g_clear_pointer (&gone, px_session_free);
  gone = stored_session (f, other);
  g_assert_null (gone);
  assert_at (f, session, "2026-03-04", "morning");
}

static void
test_method_mix (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *a = add_session (f, f->class_a, "2026-03-04", "morning", NULL, NULL);
  g_autofree char *b = add_session (f, f->class_a, "2026-03-04", "afternoon", NULL, NULL);
  GtkWidget *share;

  /* both lectures: 100 % against a target of 50 % */
  px_class_timetable_view_set_class (f->view, f->class_a);
  share = px_ui_test_find_label (GTK_WIDGET (f->view), "Lecture 100% · target ≤ 50%");
  g_assert_nonnull (share);
  g_assert_true (gtk_widget_has_css_class (share, "error"));
  g_assert_nonnull (px_ui_test_find_label (GTK_WIDGET (f->view), "Theory 6 h · practice 0 h"));
}

/* A demo class drawn as a registrar sees it. */
static void
test_picture (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autoptr(PxDatabase) db = px_ui_test_open_database (dir, "demo.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *class_id = NULL;
  GtkWidget *window;
  GtkWidget *view;
  sqlite3_stmt *stmt = NULL;
  gint64 started;

  g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* the class with the fullest timetable */
  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db),
                                       "SELECT class_id FROM session GROUP BY class_id"
                                       " ORDER BY count (*) DESC, class_id LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  class_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  view = px_class_timetable_view_new (db);
  window = px_ui_test_show_with_toasts (view, 1280, 800);
  started = g_get_monotonic_time ();
  px_class_timetable_view_set_class (PX_CLASS_TIMETABLE_VIEW (view), class_id);
  g_test_message ("set_class of the demo class: %.1f ms",
                  (g_get_monotonic_time () - started) / 1000.0);
  px_ui_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name
                     (GTK_STACK (px_ui_test_find_type (view, GTK_TYPE_STACK))), ==, "timetable");

  px_ui_test_save_png_in (window, "class", "timetable.png");

  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
  g_clear_object (&db);
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);
  /* the application's own style, as the window has it, for the pictures */
  {
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, "/cn/peixun/Peixun/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add ("/ui/class-timetable/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("empty-and-weeks", test_empty_and_weeks);
  ADD ("add-through-form", test_add_through_form);
  ADD ("move", test_move);
  ADD ("conflict-fixes", test_conflict_fixes);
  ADD ("delete-undo", test_delete_undo);
  ADD ("method-mix", test_method_mix);
#undef ADD
  g_test_add_func ("/ui/class-timetable/picture", test_picture);

  return g_test_run ();
}
