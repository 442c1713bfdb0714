/* px-class-timetable-view.c: 课表, a class's week grid where sessions are added, moved and
 * edited, with the conflicts they make and the class's teaching-method mix beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid is rebuilt from core after every write: a week holds a few dozen cards, and reading
 * them again is cheaper than keeping a model in step with moves, undos and the other tabs.
 * Every change goes through px-class-timetable.h, one audited transaction each, and is
 * followed by "changed" so that the class page can refresh its other tabs.
 *
 * The view makes every change and offers its Undo; the parts it is made of only show and ask:
 * the week grid (px-timetable-week-grid.h), the conflicts and method mix beside it
 * (px-timetable-side-panel.h), and the session form (px-session-form.h).
 */

#define G_LOG_DOMAIN "px-class-timetable-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-class-summary.h"
#include "px-class-timetable-view.h"
#include "px-class-timetable.h"
#include "px-import-dialog.h"
#include "px-session-form.h"
#include "px-sheet-job.h"
#include "px-teacher.h"
#include "px-timetable-side-panel.h"
#include "px-timetable-text.h"
#include "px-timetable-week-grid.h"
#include "px-toast.h"
#include "px-training-class.h"

struct _PxClassTimetableView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkWidget *week_nav;
  GtkLabel *week_label;
  PxTimetableWeekGrid *week_grid;
  PxTimetableSidePanel *side_panel;

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  PxTrainingClass *training_class;
  GPtrArray *entries;          /* PxTimetableEntry, by date and time */
  GPtrArray *conflicts;        /* PxClassConflict */
  PxMethodMix *mix;
  GHashTable *conflicting;     /* ids of the sessions in a conflict */
  GDate first_week;            /* Mondays of the first and last weeks with class days or sessions */
  GDate last_week;
  GDate week;                  /* Monday of the week shown */
  char *week_iso;
  char *focus_after_reload;    /* the card that takes the focus after a reload */

  GtkWidget *form;             /* weak: the session form open now */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxClassTimetableView, px_class_timetable_view, ADW_TYPE_BIN)

static void reload (PxClassTimetableView *self);

/* Helpers */

static gboolean
is_class_day (PxClassTimetableView *self,
              const char           *iso)
{
  return self->training_class != NULL
         && px_timetable_is_class_day (iso, self->training_class->start_date,
                                       self->training_class->end_date);
}

static const PxTimetableEntry *
find_entry (PxClassTimetableView *self,
            const char           *session_id)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      const PxTimetableEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (entry->id, session_id) == 0)
        return entry;
    }
  return NULL;
}

/* The session of the card that has the keyboard focus, or NULL. */
static const char *
focused_session (PxClassTimetableView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *widget = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    {
      const char *id = g_object_get_data (G_OBJECT (widget), "session-id");

      if (id != NULL)
        return id;
    }
  return NULL;
}

/* The id an action names, "" standing for the focused card's. */
static const char *
session_of_parameter (PxClassTimetableView *self,
                      const char           *id)
{
  return id != NULL && *id != '\0' ? id : focused_session (self);
}

/* Shows a toast in the window (takes it) and keeps it as "last-toast", so that its Undo can be
 * reached without a pointer (tests, accessibility tools). */
static void
show_toast (PxClassTimetableView *self,
            AdwToast             *toast)
{
  px_toast_show (GTK_WIDGET (self), toast);
}

static void
show_error (PxClassTimetableView *self,
            const GError         *error)
{
  show_toast (self, px_toast_new (error->message));
}

static void
show_week_of (PxClassTimetableView *self,
              const char           *iso)
{
  GDate date;

  if (px_timetable_parse_date (iso, &date))
    px_timetable_monday_of (&date, &self->week);
}

/* After a write: read everything again, and tell the page. */
static void
written (PxClassTimetableView *self,
         const char           *focus_session)
{
  g_free (self->focus_after_reload);
  self->focus_after_reload = g_strdup (focus_session);
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Undo of moves and new teachers: the fields as they were */

typedef struct
{
  GWeakRef view;
  char *session_id;
  char *date;
  char *slot;
  char *start_time;
  char *end_time;
  char *teacher_id;
} SessionUndo;

static void
session_undo_free (gpointer  data,
                   GClosure *closure)
{
  SessionUndo *undo = data;

  g_weak_ref_clear (&undo->view);
  g_free (undo->session_id);
  g_free (undo->date);
  g_free (undo->slot);
  g_free (undo->start_time);
  g_free (undo->end_time);
  g_free (undo->teacher_id);
  g_free (undo);
}

static SessionUndo *
session_undo_new (PxClassTimetableView *self,
                  const PxSession      *session)
{
  SessionUndo *undo = g_new0 (SessionUndo, 1);

  g_weak_ref_init (&undo->view, self);
  undo->session_id = g_strdup (session->base.id);
  undo->date = g_strdup (session->date);
  undo->slot = g_strdup (session->slot);
  undo->start_time = g_strdup (session->start_time);
  undo->end_time = g_strdup (session->end_time);
  undo->teacher_id = g_strdup (session->teacher_id);
  return undo;
}

static void
undo_session_cb (AdwToast    *toast,
                 SessionUndo *undo)
{
  g_autoptr(PxClassTimetableView) self = g_weak_ref_get (&undo->view);
  g_autoptr(PxSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  session = px_session_get (self->db, undo->session_id, &error);
  if (session == NULL)
    {
      show_error (self, error);
      return;
    }
  g_free (session->date);
  session->date = g_strdup (undo->date);
  g_free (session->slot);
  session->slot = g_strdup (undo->slot);
  g_free (session->start_time);
  session->start_time = g_strdup (undo->start_time);
  g_free (session->end_time);
  session->end_time = g_strdup (undo->end_time);
  g_free (session->teacher_id);
  session->teacher_id = g_strdup (undo->teacher_id);
  if (!px_class_timetable_update (self->db, session, &error))
    {
      show_error (self, error);
      return;
    }
  show_week_of (self, undo->date);
  written (self, undo->session_id);
}

static void
show_undo_toast (PxClassTimetableView *self,
                 const char           *message,
                 GCallback             undo_cb,
                 gpointer              data,
                 GClosureNotify        free_data)
{
  AdwToast *toast = px_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo_cb, data, free_data, 0);
  show_toast (self, toast);
}

/* Changes */

static gboolean
move_session (PxClassTimetableView *self,
              const char           *target_session_id,
              const char           *target_date,
              const char           *target_slot)
{
  /* copies: the arguments may live in the grid's widgets, which the reload replaces */
  g_autofree char *session_id = g_strdup (target_session_id);
  g_autofree char *date = g_strdup (target_date);
  g_autofree char *slot = g_strdup (target_slot);
  g_autoptr(PxSession) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  before = px_session_get (self->db, session_id, &error);
  if (before == NULL)
    {
      show_error (self, error);
      return FALSE;
    }
  if (g_strcmp0 (before->date, date) == 0 && g_strcmp0 (before->slot, slot) == 0)
    return TRUE;
  if (!px_class_timetable_move (self->db, session_id, date, slot, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  show_week_of (self, date);
  written (self, session_id);

  where = px_timetable_format_slot (date, slot);
  /* Translators: a session moved to a day and slot, e.g. "Moved to 3月4日 下午" */
  message = g_strdup_printf (_("Moved to %s"), where);
  show_undo_toast (self, message, G_CALLBACK (undo_session_cb),
                   session_undo_new (self, before), session_undo_free);
  return TRUE;
}

static void
give_session (PxClassTimetableView *self,
              const char           *session_id,
              const char           *teacher_id)
{
  g_autoptr(PxSession) session = NULL;
  g_autoptr(PxTeacher) teacher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  SessionUndo *undo;

  session = px_session_get (self->db, session_id, &error);
  if (session == NULL)
    {
      show_error (self, error);
      return;
    }
  teacher = px_teacher_get (self->db, teacher_id, &error);
  if (teacher == NULL)
    {
      show_error (self, error);
      return;
    }
  undo = session_undo_new (self, session);
  g_free (session->teacher_id);
  session->teacher_id = g_strdup (teacher_id);
  if (!px_class_timetable_update (self->db, session, &error))
    {
      session_undo_free (undo, NULL);
      show_error (self, error);
      return;
    }
  written (self, session_id);
  /* Translators: the session's new teacher */
  message = g_strdup_printf (_("Given to %s"), teacher->name);
  show_undo_toast (self, message, G_CALLBACK (undo_session_cb), undo, session_undo_free);
}

typedef struct
{
  GWeakRef view;
  PxDeletedSession *deleted;
} DeleteUndo;

static void
delete_undo_free (gpointer  data,
                  GClosure *closure)
{
  DeleteUndo *undo = data;

  g_weak_ref_clear (&undo->view);
  px_deleted_session_free (undo->deleted);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast   *toast,
                DeleteUndo *undo)
{
  g_autoptr(PxClassTimetableView) self = g_weak_ref_get (&undo->view);
  g_autoptr(GError) error = NULL;
  const PxSession *session;

  if (self == NULL)
    return;
  session = px_deleted_session_get_session (undo->deleted);
  if (!px_class_timetable_restore (self->db, undo->deleted, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      show_toast (self, px_toast_new (message));
      return;
    }
  show_week_of (self, session->date);
  written (self, session->base.id);
}

static void
delete_session (PxClassTimetableView *self,
                const char           *session_id)
{
  const PxTimetableEntry *entry = find_entry (self, session_id);
  g_autofree char *title = g_strdup (entry != NULL && entry->title != NULL
                                     ? entry->title : _("Session"));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeleteUndo *undo;
  PxDeletedSession *deleted;

  deleted = px_class_timetable_delete (self->db, session_id, &error);
  if (deleted == NULL)
    {
      show_error (self, error);
      return;
    }
  written (self, NULL);

  undo = g_new0 (DeleteUndo, 1);
  g_weak_ref_init (&undo->view, self);
  undo->deleted = deleted;
  message = g_strdup_printf (_("“%s” deleted"), title);
  show_undo_toast (self, message, G_CALLBACK (undo_delete_cb), undo, delete_undo_free);
}

static void
update_week_label (PxClassTimetableView *self)
{
  GDate sunday = self->week, class_start;
  g_autofree char *from = px_timetable_format_short_date (&self->week);
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  int week_number = 0;

  px_timetable_add_days (&sunday, PX_TIMETABLE_DAYS_SHOWN - 1);
  to = px_timetable_format_short_date (&sunday);
  if (px_timetable_parse_date (self->training_class->start_date, &class_start))
    {
      GDate first_monday;

      px_timetable_monday_of (&class_start, &first_monday);
      week_number = g_date_days_between (&first_monday, &self->week) / 7 + 1;
    }
  if (week_number >= 1)
    /* Translators: the week of the class shown, e.g. "第 2 周 · 3月9日–3月15日" */
    text = g_strdup_printf (_("Week %d · %s–%s"), week_number, from, to);
  else
    text = g_strdup_printf ("%s–%s", from, to);
  gtk_label_set_text (self->week_label, text);

  gtk_widget_set_visible (self->week_nav, g_date_compare (&self->first_week,
                                                          &self->last_week) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.previous-week",
                                 g_date_compare (&self->week, &self->first_week) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.next-week",
                                 g_date_compare (&self->week, &self->last_week) < 0);
}

/* The week shown, read again only when the grid shows something else. */
static void
show_grid (PxClassTimetableView *self)
{
  px_timetable_week_grid_show (self->week_grid, &self->week, self->training_class->start_date,
                               self->training_class->end_date, self->entries, self->conflicting);
  update_week_label (self);
}

static gboolean
session_dropped_cb (PxTimetableWeekGrid  *grid,
                    const char           *session_id,
                    const char           *date,
                    const char           *slot,
                    PxClassTimetableView *self)
{
  if (find_entry (self, session_id) == NULL)
    return FALSE;
  return move_session (self, session_id, date, slot);
}

/* Reading */

static void
clear_data (PxClassTimetableView *self)
{
  g_clear_pointer (&self->training_class, px_training_class_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->mix, px_method_mix_free);
  g_hash_table_remove_all (self->conflicting);
}

/* The weeks to page through: the class's, and any with a session outside them. */
static void
set_week_range (PxClassTimetableView *self)
{
  GDate first, last;

  px_timetable_parse_date (self->training_class->start_date, &first);
  px_timetable_parse_date (self->training_class->end_date, &last);
  if (self->entries->len > 0)
    {
      GDate date;
      const PxTimetableEntry *head = g_ptr_array_index (self->entries, 0);
      const PxTimetableEntry *tail = g_ptr_array_index (self->entries, self->entries->len - 1);

      if (px_timetable_parse_date (head->date, &date) && g_date_compare (&date, &first) < 0)
        first = date;
      if (px_timetable_parse_date (tail->date, &date) && g_date_compare (&date, &last) > 0)
        last = date;
    }
  px_timetable_monday_of (&first, &self->first_week);
  px_timetable_monday_of (&last, &self->last_week);
  /* a class opens on its first week, or on this week while it runs */
  if (!g_date_valid (&self->week))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
      GDate date;

      if (is_class_day (self, today) && px_timetable_parse_date (today, &date))
        px_timetable_monday_of (&date, &self->week);
    }
  if (!g_date_valid (&self->week) || g_date_compare (&self->week, &self->first_week) < 0)
    self->week = self->first_week;
  if (g_date_compare (&self->week, &self->last_week) > 0)
    self->week = self->last_week;
  g_free (self->week_iso);
  self->week_iso = px_timetable_format_iso (&self->week);
}

static gboolean
read_class (PxClassTimetableView  *self,
            GError               **error)
{
  GDate check;

  self->training_class = px_training_class_get (self->db, self->class_id, error);
  if (self->training_class == NULL)
    return FALSE;
  if (!px_timetable_parse_date (self->training_class->start_date, &check)
      || !px_timetable_parse_date (self->training_class->end_date, &check))
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_FAILED,
                   _("The class has no valid dates."));
      return FALSE;
    }
  self->entries = px_class_timetable_list (self->db, self->class_id, error);
  if (self->entries == NULL)
    return FALSE;
  self->conflicts = px_class_list_conflicts (self->db, self->class_id, error);
  if (self->conflicts == NULL)
    return FALSE;
  self->mix = px_class_timetable_method_mix (self->db, self->class_id, error);
  if (self->mix == NULL)
    return FALSE;
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      const PxClassConflict *conflict = g_ptr_array_index (self->conflicts, i);

      for (guint j = 0; conflict->session_ids != NULL && conflict->session_ids[j] != NULL; j++)
        g_hash_table_add (self->conflicting, g_strdup (conflict->session_ids[j]));
    }
  return TRUE;
}

static void
forget_grid (PxClassTimetableView *self)
{
  px_timetable_week_grid_clear (self->week_grid);
  px_timetable_side_panel_forget_mix (self->side_panel);
}

static void
reload (PxClassTimetableView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = g_steal_pointer (&self->focus_after_reload);

  clear_data (self);

  if (self->class_id == NULL)
    {
      forget_grid (self);
      gtk_stack_set_visible_child_name (self->stack, "none");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.add-session", FALSE);
      return;
    }
  if (!read_class (self, &error))
    {
      g_debug ("Timetable of %s: %s", self->class_id, error->message);
      clear_data (self);
      forget_grid (self);
      gtk_stack_set_visible_child_name (self->stack, "none");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.add-session", FALSE);
      show_error (self, error);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.add-session", TRUE);
  set_week_range (self);
  if (self->entries->len == 0)
    {
      forget_grid (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  show_grid (self);
  px_timetable_side_panel_show_mix (self->side_panel, self->mix,
                                    self->training_class->required_hours);
  /* always: its fixes depend on other classes' timetables too */
  px_timetable_side_panel_show_conflicts (self->side_panel, self->db, self->conflicts,
                                          self->entries);
  gtk_stack_set_visible_child_name (self->stack, "timetable");

  if (focus != NULL)
    {
      GtkWidget *card = px_timetable_week_grid_get_card (self->week_grid, focus);

      if (card != NULL)
        gtk_widget_grab_focus (card);
    }
}

/* The session form */

static void
form_saved_cb (PxSessionForm        *form,
               PxClassTimetableView *self)
{
  const PxSession *session = px_session_form_get_session (form);

  show_week_of (self, session->date);
  written (self, session->base.id);
  show_toast (self, px_toast_new (px_session_form_is_new (form) ? _("Session added")
                                                                 : _("Session saved")));
}

static void
form_delete_requested_cb (PxSessionForm        *form,
                          PxClassTimetableView *self)
{
  g_autofree char *id = g_strdup (px_session_form_get_session (form)->base.id);

  if (id != NULL)
    delete_session (self, id);
}

/* A form on session_id, or on a new session at date and slot. */
static void
open_form (PxClassTimetableView *self,
           const char           *session_id,
           const char           *date,
           const char           *slot)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *form;

  if (self->training_class == NULL)
    return;
  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));

  if (session_id != NULL)
    {
      form = px_session_form_new_for_session (self->db, session_id, &error);
      if (form == NULL)
        {
          show_error (self, error);
          return;
        }
    }
  else
    form = px_session_form_new_at (self->db, self->class_id, date, slot);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (form), GTK_WINDOW (root));
  g_signal_connect_object (form, "saved", G_CALLBACK (form_saved_cb), self, 0);
  g_signal_connect_object (form, "delete-requested", G_CALLBACK (form_delete_requested_cb),
                           self, 0);

  self->form = form;
  g_object_add_weak_pointer (G_OBJECT (self->form), (gpointer *) &self->form);
  gtk_window_present (GTK_WINDOW (self->form));
}

/* Actions */

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);
  g_autofree char *date = NULL;
  GDate day = self->week;

  if (self->training_class == NULL)
    return;
  /* the first class day of the week shown, else the class's first */
  for (int d = 0; d < PX_TIMETABLE_DAYS_SHOWN && date == NULL; d++, g_date_add_days (&day, 1))
    {
      g_autofree char *iso = px_timetable_format_iso (&day);

      if (is_class_day (self, iso))
        date = g_steal_pointer (&iso);
    }
  if (date == NULL)
    date = g_strdup (self->training_class->start_date);
  open_form (self, NULL, date, "morning");
}

static void
add_session_at_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *date, *slot;

  g_variant_get (parameter, "(&s&s)", &date, &slot);
  open_form (PX_CLASS_TIMETABLE_VIEW (widget), NULL, date, slot);
}

static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);
  const char *id = session_of_parameter (self, g_variant_get_string (parameter, NULL));

  if (id != NULL)
    open_form (self, id, NULL, NULL);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);
  g_autofree char *id = g_strdup (session_of_parameter (self,
                                                        g_variant_get_string (parameter, NULL)));

  if (id != NULL)
    delete_session (self, id);
}

static void
move_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *id, *date, *slot;

  g_variant_get (parameter, "(&s&s&s)", &id, &date, &slot);
  move_session (PX_CLASS_TIMETABLE_VIEW (widget), id, date, slot);
}

/* Alt+arrows on a card: a day to either side, a slot up or down within the day. */
static void
shift_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);
  const char * const *slots = px_class_timetable_slots ();
  const PxTimetableEntry *entry;
  g_autofree char *id = NULL;
  g_autofree char *date = NULL;
  const char *param_id;
  int days, slot_steps, slot = -1;
  GDate day;

  g_variant_get (parameter, "(&sii)", &param_id, &days, &slot_steps);
  id = g_strdup (session_of_parameter (self, param_id));
  entry = id != NULL ? find_entry (self, id) : NULL;
  if (entry == NULL || !px_timetable_parse_date (entry->date, &day))
    return;
  for (int i = 0; slots[i] != NULL; i++)
    if (g_strcmp0 (slots[i], entry->slot) == 0)
      slot = i + slot_steps;
  if (slot < 0 || slot >= (int) g_strv_length ((char **) slots))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  px_timetable_add_days (&day, days);
  date = px_timetable_format_iso (&day);
  move_session (self, id, date, slots[slot]);
}

static void
give_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const char *session_id, *teacher_id;

  g_variant_get (parameter, "(&s&s)", &session_id, &teacher_id);
  give_session (PX_CLASS_TIMETABLE_VIEW (widget), session_id, teacher_id);
}

static void
show_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);
  const PxTimetableEntry *entry = find_entry (self, g_variant_get_string (parameter, NULL));
  GtkWidget *card;

  if (entry == NULL)
    return;
  show_week_of (self, entry->date);
  g_free (self->week_iso);
  self->week_iso = px_timetable_format_iso (&self->week);
  show_grid (self);
  card = px_timetable_week_grid_get_card (self->week_grid, entry->id);
  if (card != NULL)
    gtk_widget_grab_focus (card);
}

static void
change_week (PxClassTimetableView *self,
             int                   weeks)
{
  GDate week = self->week;

  if (self->training_class == NULL)
    return;
  px_timetable_add_days (&week, 7 * weeks);
  if (g_date_compare (&week, &self->first_week) < 0 || g_date_compare (&week, &self->last_week) > 0)
    return;
  self->week = week;
  g_free (self->week_iso);
  self->week_iso = px_timetable_format_iso (&self->week);
  show_grid (self);
}

static void
previous_week_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  change_week (PX_CLASS_TIMETABLE_VIEW (widget), -1);
}

static void
next_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  change_week (PX_CLASS_TIMETABLE_VIEW (widget), 1);
}

/* Importing the timetable sheet */

static void
import_done_cb (PxImportDialog       *dialog,
                GParamSpec           *pspec,
                PxClassTimetableView *self)
{
  PxImportReport *report = px_import_dialog_get_report (dialog);

  if (px_import_dialog_get_done (dialog) && report != NULL && report->written)
    written (self, NULL);
}

static void
import_path (PxClassTimetableView *self,
             const char           *path)
{
  PxImportDialog *dialog = px_import_dialog_new_for_timetable (GTK_WIDGET (self), self->db,
                                                               self->training_class->code,
                                                               path);

  g_signal_connect_object (dialog, "notify::done", G_CALLBACK (import_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen (const char *path,
               gpointer    self)
{
  import_path (self, path);
}

/* timetable.import: a sheet of one row per session, as registrars keep it in Excel; with a
 * path (timetable.import-file), that file */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (widget);

  if (self->training_class == NULL)
    return;
  if (parameter != NULL)
    import_path (self, g_variant_get_string (parameter, NULL));
  else
    px_sheet_job_choose_file (widget, FALSE, _("Import a Timetable"), NULL, import_chosen,
                              G_OBJECT (self));
}

/* GObject overrides */

static void
px_class_timetable_view_dispose (GObject *object)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (object);

  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));
  g_clear_weak_pointer (&self->form);
  /* AdwBin unparents its child itself: hand it back first, so that the template does not
   * unparent it a second time */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_CLASS_TIMETABLE_VIEW);
  clear_data (self);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_timetable_view_parent_class)->dispose (object);
}

static void
px_class_timetable_view_finalize (GObject *object)
{
  PxClassTimetableView *self = PX_CLASS_TIMETABLE_VIEW (object);

  g_free (self->class_id);
  g_free (self->week_iso);
  g_free (self->focus_after_reload);
  g_hash_table_unref (self->conflicting);

  G_OBJECT_CLASS (px_class_timetable_view_parent_class)->finalize (object);
}

static void
px_class_timetable_view_class_init (PxClassTimetableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_timetable_view_dispose;
  object_class->finalize = px_class_timetable_view_finalize;

  /**
   * PxClassTimetableView::changed:
   *
   * Emitted after the view wrote to the database.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PX_TYPE_TIMETABLE_WEEK_GRID);
  g_type_ensure (PX_TYPE_TIMETABLE_SIDE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-timetable-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_nav);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_label);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_grid);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, side_panel);
  gtk_widget_class_bind_template_callback (widget_class, session_dropped_cb);

  gtk_widget_class_install_action (widget_class, "timetable.add-session", NULL,
                                   add_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.add-session-at", "(ss)",
                                   add_session_at_action);
  gtk_widget_class_install_action (widget_class, "timetable.edit-session", "s",
                                   edit_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.delete-session", "s",
                                   delete_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.move-session", "(sss)",
                                   move_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.shift-session", "(sii)",
                                   shift_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.give-to", "(ss)", give_to_action);
  gtk_widget_class_install_action (widget_class, "timetable.show-session", "s",
                                   show_session_action);
  gtk_widget_class_install_action (widget_class, "timetable.previous-week", NULL,
                                   previous_week_action);
  gtk_widget_class_install_action (widget_class, "timetable.next-week", NULL, next_week_action);
  gtk_widget_class_install_action (widget_class, "timetable.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "timetable.import-file", "s", import_action);

  /* "" names the focused card */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "timetable.shift-session", "(sii)", "", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "timetable.shift-session", "(sii)", "", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "timetable.shift-session", "(sii)", "", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "timetable.shift-session", "(sii)", "", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "timetable.delete-session", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "timetable.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "timetable.next-week", NULL);
}

static void
px_class_timetable_view_init (PxClassTimetableView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->conflicting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_date_clear (&self->week, 1);
  g_date_clear (&self->first_week, 1);
  g_date_clear (&self->last_week, 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timetable.add-session", FALSE);
}

/* Public API */

GtkWidget *
px_class_timetable_view_new (PxDatabase *db)
{
  PxClassTimetableView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_TIMETABLE_VIEW, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
px_class_timetable_view_set_class (PxClassTimetableView *self,
                                   const char           *class_id)
{
  g_return_if_fail (PX_IS_CLASS_TIMETABLE_VIEW (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
      g_date_clear (&self->week, 1);
      g_clear_pointer (&self->week_iso, g_free);
      if (self->form != NULL)
        gtk_window_destroy (GTK_WINDOW (self->form));
    }
  reload (self);
}

const char *
px_class_timetable_view_get_week (PxClassTimetableView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_TIMETABLE_VIEW (self), NULL);

  return self->training_class != NULL ? self->week_iso : NULL;
}

GtkWidget *
px_class_timetable_view_get_form (PxClassTimetableView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_TIMETABLE_VIEW (self), NULL);

  return self->form;
}

