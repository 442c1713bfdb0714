/* px-class-attendance-view.c: 考勤, a class's roll-call tab: a session's roll taken from the
 * keyboard, leave requests, and each trainee's attendance against the class's thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roll is taken by a head teacher or a site clerk reading names off a list: with a trainee
 * focused one key records their status and moves on to the next, so that forty trainees take
 * forty key presses. Every mark is written at once (nothing to save, nothing lost when the
 * laptop's lid closes), and only the row marked and the totals beside it are redrawn.
 *
 * The view holds the data and every "attendance.*" action; what it shows is in its parts:
 * PxRollCallList (the roll's rows and menus), PxLeaveList (leave requests, their form and
 * Undo) and PxAttendanceTotalsList (each trainee's totals).
 */

#define G_LOG_DOMAIN "px-class-attendance-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-attendance-totals-list.h"
#include "px-class-attendance-view.h"
#include "px-class-attendance.h"
#include "px-format.h"
#include "px-leave-list.h"
#include "px-roll-call-list.h"
#include "px-toast.h"
#include "px-training-class.h"

struct _PxClassAttendanceView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkDropDown *session_drop_down;
  GtkStringList *session_labels;
  PxRollCallList *roll_list;
  GtkLabel *totals_description;
  PxAttendanceTotalsList *totals_list;
  PxLeaveList *leave_list;

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  char *session_id;
  GPtrArray *sessions;   /* (element-type PxAttendanceSession) as the drop-down lists them */
  GPtrArray *roll;       /* (element-type PxRollEntry) of the session shown, as roll_list */
  GPtrArray *totals;     /* (element-type PxAttendanceTotals) as totals_list shows them */
  double threshold;      /* the class's attendance threshold, 0–1 */
  gboolean updating;     /* the drop-down being set from the data, not by the user */
};

G_DEFINE_FINAL_TYPE (PxClassAttendanceView, px_class_attendance_view, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Text */

static const char *
slot_text (const char *slot)
{
  if (g_strcmp0 (slot, "morning") == 0)
    /* Translators: a half-day slot of the timetable, 上午 */
    return C_("slot", "Morning");
  if (g_strcmp0 (slot, "afternoon") == 0)
    /* Translators: a half-day slot of the timetable, 下午 */
    return C_("slot", "Afternoon");
  if (g_strcmp0 (slot, "evening") == 0)
    /* Translators: a slot of the timetable, 晚上 */
    return C_("slot", "Evening");
  return slot != NULL ? slot : "";
}

static char *
session_label (const PxAttendanceSession *s)
{
  g_autofree char *date = px_format_date (s->date);

  /* Translators: a session in the roll-call's chooser: date, slot, start and end time, title,
   * then how many trainees of how many on its roll are marked */
  return g_strdup_printf (_("%s %s %s–%s · %s · %u/%u marked"), date, slot_text (s->slot),
                          s->start_time, s->end_time,
                          s->title != NULL ? s->title : _("Untitled session"),
                          s->n_marked, s->n_expected);
}

/* Toasts */

/* Shows a toast in the window (takes it); kept as "last-toast" so that tests reach it. */
static void
show_toast (PxClassAttendanceView *self,
            AdwToast              *toast)
{
  px_toast_show (GTK_WIDGET (self), toast);
}

static void
toast (PxClassAttendanceView *self,
       const char            *message)
{
  show_toast (self, px_toast_new (message));
}

static void
toast_error (PxClassAttendanceView *self,
             const char            *what,
             const GError          *error)
{
  /* Translators: what failed, then why */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

  toast (self, message);
}

/* Finding things */

static PxAttendanceSession *
current_session (PxClassAttendanceView *self)
{
  for (guint i = 0; self->sessions != NULL && i < self->sessions->len; i++)
    {
      PxAttendanceSession *s = g_ptr_array_index (self->sessions, i);

      if (g_strcmp0 (s->id, self->session_id) == 0)
        return s;
    }
  return NULL;
}

static int
roll_index (PxClassAttendanceView *self,
            const char            *enrollment_id)
{
  for (guint i = 0; self->roll != NULL && i < self->roll->len; i++)
    if (g_strcmp0 (((PxRollEntry *) g_ptr_array_index (self->roll, i))->enrollment_id,
                   enrollment_id) == 0)
      return i;
  return -1;
}

/* The roll */

static void
update_session_label (PxClassAttendanceView *self)
{
  PxAttendanceSession *s = current_session (self);
  g_autofree char *label = NULL;
  guint position;

  if (s == NULL)
    return;
  g_ptr_array_find (self->sessions, s, &position);
  label = session_label (s);
  self->updating = TRUE;
  gtk_string_list_splice (self->session_labels, position, 1, (const char * const[]) { label,
                                                                                      NULL });
  gtk_drop_down_set_selected (self->session_drop_down, position);
  self->updating = FALSE;
}

static void
load_roll (PxClassAttendanceView *self)
{
  PxAttendanceSession *s = current_session (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->roll, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-all-present", s != NULL);
  if (s != NULL)
    self->roll = px_class_attendance_get_roll (self->db, s->id, &error);
  if (s != NULL && self->roll == NULL)
    toast_error (self, _("The roll could not be read"), error);
  px_roll_call_list_set_roll (self->roll_list, self->roll, s != NULL && s->is_elective);
}

/* Totals */

/* Reads the totals again: each mark and each leave request changes them. */
static void
load_totals (PxClassAttendanceView *self)
{
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(GError) error = NULL;

  if (self->class_id == NULL)
    return;
  totals = px_class_attendance_list_totals (self->db, self->class_id, NULL, &error);
  if (totals == NULL)
    {
      toast_error (self, _("The attendance totals could not be read"), error);
      return;
    }
  px_attendance_totals_list_set_totals (self->totals_list, totals, self->threshold);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  self->totals = g_steal_pointer (&totals);
}

/* The line above the totals: the threshold, and the 1/7 rule, whose hours are each trainee's
 * own (the electives they chose count, the others do not), so no one figure is given. */
static void
describe_totals (PxClassAttendanceView *self)
{
  g_autofree char *threshold = px_attendance_percent_text (self->threshold);
  g_autofree char *text = NULL;

  /* Translators: the class's attendance threshold, a percentage */
  text = g_strdup_printf (_("Rates count the sessions held so far; below %s is flagged. Leave "
                            "may total at most 1/7 of the hours a trainee is to attend; those "
                            "near that line are warned."), threshold);
  gtk_label_set_label (self->totals_description, text);
}

/* Showing a class */

static void
show_empty (PxClassAttendanceView *self,
            const char            *title,
            const char            *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-all-present", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.new-leave", FALSE);
}

static void
select_session (PxClassAttendanceView *self,
                const char            *session_id)
{
  PxAttendanceSession *s;
  guint position;

  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
  s = current_session (self);
  if (s != NULL && g_ptr_array_find (self->sessions, s, &position))
    {
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->session_drop_down, position);
      self->updating = FALSE;
    }
  load_roll (self);
}

static void
session_selected_cb (PxClassAttendanceView *self)
{
  guint position = gtk_drop_down_get_selected (self->session_drop_down);

  if (self->updating || self->sessions == NULL || position >= self->sessions->len)
    return;
  select_session (self, ((PxAttendanceSession *) g_ptr_array_index (self->sessions,
                                                                     position))->id);
}

/* Whether list holds these strings (NULL-terminated array): a drop-down given its list again
 * rebuilds its items. */
static gboolean
same_strings (GtkStringList *list,
              GPtrArray     *strings)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) != strings->len - 1)
    return FALSE;
  for (guint i = 0; i + 1 < strings->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), g_ptr_array_index (strings, i)) != 0)
      return FALSE;
  return TRUE;
}

static void
reload (PxClassAttendanceView *self)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *keep = g_strdup (self->session_id);
  const PxAttendanceSession *pick = NULL;

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  g_clear_pointer (&self->session_id, g_free);
  if (self->class_id == NULL)
    {
      px_attendance_totals_list_set_totals (self->totals_list, NULL, 0);
      px_leave_list_set_class (self->leave_list, NULL);
      load_roll (self);
      show_empty (self, _("No Class Selected"), _("Choose a class to take its roll-call."));
      return;
    }
  training_class = px_training_class_get (self->db, self->class_id, &error);
  if (training_class != NULL)
    self->sessions = px_class_attendance_list_sessions (self->db, self->class_id, &error);
  if (self->sessions == NULL)
    {
      load_roll (self);
      show_empty (self, _("The Class Could Not Be Read"), error->message);
      return;
    }
  if (self->sessions->len == 0)
    {
      load_roll (self);
      show_empty (self, _("No Sessions Yet"),
                  _("Add the class’s sessions in the Timetable tab; each session’s roll-call "
                    "is taken here."));
      return;
    }
  self->threshold = training_class->attendance_threshold;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.new-leave", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "roll");

  labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->sessions->len; i++)
    {
      const PxAttendanceSession *s = g_ptr_array_index (self->sessions, i);

      g_ptr_array_add (labels, session_label (s));
      /* the same class read again keeps the session it showed */
      if (g_strcmp0 (s->id, keep) == 0)
        pick = s;
    }
  g_ptr_array_add (labels, NULL);
  if (!same_strings (self->session_labels, labels))
    {
      self->updating = TRUE;
      gtk_string_list_splice (self->session_labels, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->session_labels)),
                              (const char * const *) labels->pdata);
      self->updating = FALSE;
    }
  if (pick == NULL)
    {
      today = px_class_attendance_today ();
      pick = px_class_attendance_pick_session (self->sessions, today);
    }
  describe_totals (self);
  select_session (self, pick->id);
  load_totals (self);
  px_leave_list_set_class (self->leave_list, self->class_id);
}

/* Marking */

/* Records status (NULL clears) for the trainee at index of the roll; redraws that row, the
 * session's count and the totals. */
static gboolean
record_status (PxClassAttendanceView *self,
               guint                  index,
               const char            *status)
{
  PxRollEntry *entry = g_ptr_array_index (self->roll, index);
  PxAttendanceSession *s = current_session (self);
  g_autoptr(GError) error = NULL;

  if (!px_class_attendance_set_status (self->db, self->session_id, entry->enrollment_id, status,
                                       &error))
    {
      toast_error (self, _("Not recorded"), error);
      return FALSE;
    }
  if (s != NULL && entry->status == NULL && status != NULL)
    s->n_marked++;
  else if (s != NULL && entry->status != NULL && status == NULL)
    s->n_marked--;
  g_free (entry->status);
  entry->status = g_strdup (status);
  if (status == NULL)
    g_clear_pointer (&entry->note, g_free);
  px_roll_call_list_update_row (self->roll_list, index);
  update_session_label (self);
  load_totals (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static const char *
status_or_null (const char *status)
{
  return status != NULL && *status != '\0' ? status : NULL;
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  const char *enrollment_id, *status;
  int index;

  g_variant_get (parameter, "(&s&s)", &enrollment_id, &status);
  index = roll_index (self, enrollment_id);
  if (index < 0)
    return;
  record_status (self, index, status_or_null (status));
}

/* One key of the roll-call: the trainee focused gets the status, and the next one the focus. */
static void
mark_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  int index = px_roll_call_list_get_focused (self->roll_list);

  if (index < 0 || self->roll == NULL || (guint) index >= self->roll->len)
    return;
  if (!record_status (self, index, status_or_null (g_variant_get_string (parameter, NULL))))
    return;
  if (!px_roll_call_list_focus_row (self->roll_list, index + 1))
    px_roll_call_list_focus_row (self->roll_list, index);
}

static void
mark_all_present_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int focused = px_roll_call_list_get_focused (self->roll_list);
  PxAttendanceSession *s = current_session (self);
  guint n = 0;

  if (s == NULL)
    return;
  if (!px_class_attendance_mark_all_present (self->db, s->id, &n, &error))
    {
      toast_error (self, _("Not recorded"), error);
      return;
    }
  s->n_marked += n;
  load_roll (self);
  update_session_label (self);
  load_totals (self);
  if (focused >= 0)
    px_roll_call_list_focus_row (self->roll_list, focused);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainee marked present",
                                          "%u trainees marked present", n), n);
  toast (self, message);
  if (n > 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
select_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  const char *session_id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; self->sessions != NULL && i < self->sessions->len; i++)
    if (g_strcmp0 (((PxAttendanceSession *) g_ptr_array_index (self->sessions, i))->id,
                   session_id) == 0)
      {
        select_session (self, session_id);
        return;
      }
}

/* Notes (the list opens the dialog) */

static void
edit_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  const char *enrollment_id = g_variant_get_string (parameter, NULL);
  int index = roll_index (self, enrollment_id);
  const PxRollEntry *entry;

  if (index < 0)
    return;
  entry = g_ptr_array_index (self->roll, index);
  if (entry->status == NULL)
    {
      toast (self, _("Mark the trainee’s attendance before adding a note."));
      return;
    }
  px_roll_call_list_open_note (self->roll_list, index);
}

static void
set_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  const char *enrollment_id, *note;
  g_autoptr(GError) error = NULL;
  PxRollEntry *entry;
  int index;

  g_variant_get (parameter, "(&s&s)", &enrollment_id, &note);
  index = roll_index (self, enrollment_id);
  if (index < 0)
    return;
  if (!px_class_attendance_set_note (self->db, self->session_id, enrollment_id, note, &error))
    {
      toast_error (self, _("The note was not saved"), error);
      return;
    }
  entry = g_ptr_array_index (self->roll, index);
  g_free (entry->note);
  entry->note = g_strstrip (g_strdup (note));
  if (*entry->note == '\0')
    g_clear_pointer (&entry->note, g_free);
  px_roll_call_list_update_row (self->roll_list, index);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Leave requests, in their own list */

static void
leave_list_changed_cb (PxClassAttendanceView *self)
{
  load_totals (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
leave_list_toast_cb (PxClassAttendanceView *self,
                     AdwToast              *toast)
{
  show_toast (self, g_object_ref (toast));
}

static void
new_leave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  int focused = px_roll_call_list_get_focused (self->roll_list);
  const PxRollEntry *entry = NULL;

  /* the trainee whose row was focused in the roll is the likely one */
  if (focused >= 0 && self->roll != NULL && (guint) focused < self->roll->len)
    entry = g_ptr_array_index (self->roll, focused);
  px_leave_list_open_form (self->leave_list, self->totals,
                           entry != NULL ? entry->enrollment_id : NULL, current_session (self));
}

static void
add_leave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  g_autoptr(PxLeaveRequest) request = px_leave_request_new ();

  g_variant_get (parameter, "(sssdsb)", &request->enrollment_id, &request->start_date,
                 &request->end_date, &request->hours, &request->reason, &request->approved);
  px_leave_list_add (self->leave_list, request);
}

static void
delete_leave_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);

  px_leave_list_delete (self->leave_list, g_variant_get_string (parameter, NULL));
}

/* GObject */

static void
px_class_attendance_view_dispose (GObject *object)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_CLASS_ATTENDANCE_VIEW);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_attendance_view_parent_class)->dispose (object);
}

static void
px_class_attendance_view_finalize (GObject *object)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (object);

  g_free (self->class_id);
  g_free (self->session_id);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->roll, g_ptr_array_unref);
  g_clear_pointer (&self->totals, g_ptr_array_unref);

  G_OBJECT_CLASS (px_class_attendance_view_parent_class)->finalize (object);
}

static void
add_status_key (GtkWidgetClass *widget_class,
                guint           key,
                guint           keypad_key,
                guint           letter,
                const char     *status)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "attendance.mark-focused", "s",
                                       status);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, 0, "attendance.mark-focused",
                                       "s", status);
  gtk_widget_class_add_binding_action (widget_class, letter, 0, "attendance.mark-focused", "s",
                                       status);
}

static void
px_class_attendance_view_class_init (PxClassAttendanceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_attendance_view_dispose;
  object_class->finalize = px_class_attendance_view_finalize;

  /**
   * PxClassAttendanceView::changed:
   *
   * The view wrote to the database: the page refreshes the other tabs and the class list.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PX_TYPE_ATTENDANCE_TOTALS_LIST);
  g_type_ensure (PX_TYPE_LEAVE_LIST);
  g_type_ensure (PX_TYPE_ROLL_CALL_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-attendance-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, session_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, session_labels);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, roll_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView,
                                        totals_description);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, totals_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, leave_list);
  gtk_widget_class_bind_template_callback (widget_class, session_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_list_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_list_toast_cb);

  gtk_widget_class_install_action (widget_class, "attendance.select-session", "s",
                                   select_session_action);
  gtk_widget_class_install_action (widget_class, "attendance.set-status", "(ss)",
                                   set_status_action);
  gtk_widget_class_install_action (widget_class, "attendance.mark-focused", "s",
                                   mark_focused_action);
  gtk_widget_class_install_action (widget_class, "attendance.mark-all-present", NULL,
                                   mark_all_present_action);
  gtk_widget_class_install_action (widget_class, "attendance.edit-note", "s", edit_note_action);
  gtk_widget_class_install_action (widget_class, "attendance.set-note", "(ss)",
                                   set_note_action);
  gtk_widget_class_install_action (widget_class, "attendance.new-leave", NULL,
                                   new_leave_action);
  gtk_widget_class_install_action (widget_class, "attendance.add-leave", "(sssdsb)",
                                   add_leave_action);
  gtk_widget_class_install_action (widget_class, "attendance.delete-leave", "s",
                                   delete_leave_action);

  /* one key per status, as the legend says; they act on the roll's focused row only */
  add_status_key (widget_class, GDK_KEY_1, GDK_KEY_KP_1, GDK_KEY_p, "present");
  add_status_key (widget_class, GDK_KEY_2, GDK_KEY_KP_2, GDK_KEY_l, "late");
  add_status_key (widget_class, GDK_KEY_3, GDK_KEY_KP_3, GDK_KEY_q, "leave");
  add_status_key (widget_class, GDK_KEY_4, GDK_KEY_KP_4, GDK_KEY_a, "absent");
  add_status_key (widget_class, GDK_KEY_0, GDK_KEY_KP_0, GDK_KEY_BackSpace, "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "attendance.mark-all-present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "attendance.mark-all-present", NULL);
}

static void
px_class_attendance_view_init (PxClassAttendanceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_empty (self, _("No Class Selected"), _("Choose a class to take its roll-call."));
}

GtkWidget *
px_class_attendance_view_new (PxDatabase *db)
{
  PxClassAttendanceView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_ATTENDANCE_VIEW, NULL);
  self->db = g_object_ref (db);
  px_leave_list_set_database (self->leave_list, db);
  return GTK_WIDGET (self);
}

void
px_class_attendance_view_set_class (PxClassAttendanceView *self,
                                    const char            *class_id)
{
  g_return_if_fail (PX_IS_CLASS_ATTENDANCE_VIEW (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
      g_clear_pointer (&self->session_id, g_free);
    }
  reload (self);
}

const char *
px_class_attendance_view_get_session (PxClassAttendanceView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_ATTENDANCE_VIEW (self), NULL);
  return self->session_id;
}
