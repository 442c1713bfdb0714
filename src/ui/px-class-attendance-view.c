/* px-class-attendance-view.c: 考勤, a class's roll-call tab: a session's roll taken from the
 * keyboard, leave requests, and each trainee's attendance against the class's thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roll is taken by a head teacher or a site clerk reading names off a list: with a trainee
 * focused one key records their status and moves on to the next, so that forty trainees take
 * forty key presses. Every mark is written at once (nothing to save, nothing lost when the
 * laptop's lid closes), and only the row marked and the totals beside it are redrawn.
 */

#define G_LOG_DOMAIN "px-class-attendance-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-class-attendance-view.h"
#include "px-class-attendance.h"
#include "px-date.h"
#include "px-format.h"
#include "px-training-class.h"

struct _PxClassAttendanceView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkDropDown *session_drop_down;
  GtkStringList *session_labels;
  GtkListBox *roll_list;
  AdwPreferencesGroup *totals_group;
  GtkListBox *totals_list;
  GtkListBox *leave_list;

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  char *session_id;
  GPtrArray *sessions;   /* (element-type PxAttendanceSession) as the drop-down lists them */
  GPtrArray *roll;       /* (element-type PxRollEntry) of the session shown, one per row */
  GPtrArray *totals;     /* (element-type PxAttendanceTotals) one per row of totals_list */
  double threshold;      /* the class's attendance threshold, 0–1 */
  gboolean updating;     /* the drop-down being set from the data, not by the user */

  /* Weak: they go when they close */
  GtkWidget *dialog;
  GtkWidget *menu;
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

static const char *
status_text (const char *status)
{
  if (g_strcmp0 (status, "present") == 0)
    /* Translators: attendance status, 出勤 */
    return C_("attendance", "Present");
  if (g_strcmp0 (status, "late") == 0)
    /* Translators: attendance status, 迟到 */
    return C_("attendance", "Late");
  if (g_strcmp0 (status, "leave") == 0)
    /* Translators: attendance status, 请假 */
    return C_("attendance", "On leave");
  if (g_strcmp0 (status, "absent") == 0)
    /* Translators: attendance status, 缺勤 */
    return C_("attendance", "Absent");
  /* Translators: no attendance status recorded yet, 未点名 */
  return C_("attendance", "Not marked");
}

/* The style of a status label: green, amber, blue, red; dim when not marked. */
static const char *
status_css (const char *status)
{
  if (g_strcmp0 (status, "present") == 0)
    return "success";
  if (g_strcmp0 (status, "late") == 0)
    return "warning";
  if (g_strcmp0 (status, "leave") == 0)
    return "accent";
  if (g_strcmp0 (status, "absent") == 0)
    return "error";
  return "dim-label";
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

static char *
percent_text (double ratio)
{
  if (isnan (ratio))
    return g_strdup ("—");
  /* Translators: a rate, e.g. 86 % */
  return g_strdup_printf (_("%.0f %%"), floor (100 * ratio + 1e-9));
}

/* Sets a label's text only when it differs: setting it, even to the same text, lays the label
 * out again, and rows are updated on every key press. */
static void
set_text (gpointer    label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text != NULL ? text : "") != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* A one-line text of a row. (Not a GtkInscription, which would not lay the list out again
 * when a row is given the next trainee's name: its height follows the Latin font's metrics and
 * clips the tops of Chinese characters.) */
static GtkWidget *
cell_new (int         width_chars,
          int         max_width_chars,
          float       xalign,
          const char *css_class)
{
  GtkWidget *cell = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (cell), width_chars);
  gtk_label_set_max_width_chars (GTK_LABEL (cell), max_width_chars);
  gtk_label_set_xalign (GTK_LABEL (cell), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (cell), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (cell, css_class);
  return cell;
}

static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* Toasts */

/* Shows a toast in the window (takes it); kept as "last-toast" so that tests reach it. */
static void
show_toast (PxClassAttendanceView *self,
            AdwToast              *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_object_set_data_full (G_OBJECT (self), "last-toast", g_object_ref (toast), g_object_unref);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
toast (PxClassAttendanceView *self,
       const char            *message)
{
  show_toast (self, adw_toast_new (message));
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

/* The roll's row that has the keyboard focus, or -1. */
static int
focused_roll_index (PxClassAttendanceView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->roll_list))
    return -1;
  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

/* The roll */

/* Gives widget the one class of classes that is css_class (NULL: none), touching only what
 * changes: each change restyles the widget, and rows are updated on every key press. */
static void
set_style_class (GtkWidget          *widget,
                 const char * const *classes,
                 const char         *css_class)
{
  for (guint i = 0; classes[i] != NULL; i++)
    {
      gboolean want = g_strcmp0 (classes[i], css_class) == 0;

      if (want && !gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_add_css_class (widget, classes[i]);
      else if (!want && gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_remove_css_class (widget, classes[i]);
    }
}

static void
set_status_label (GtkWidget  *label,
                  const char *status)
{
  static const char * const classes[] = { "success", "warning", "accent", "error", "dim-label",
                                          NULL };

  set_style_class (label, classes, status_css (status));
  set_text (label, status_text (status));
}

/* Rows: plain boxes of labels that look like action rows, several times cheaper to make; made
 * once and given the next class's or session's text, so that a tab shown again costs a few
 * label changes. */

/* A row with a title and a subtitle; suffixes go after them. */
static GtkWidget *
make_row (GtkWidget **box_out)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = cell_new (-1, -1, 0, "title");
  GtkWidget *subtitle = cell_new (-1, -1, 0, "subtitle");

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "subtitle-label", subtitle);
  *box_out = box;
  return row;
}

static void
set_row_text (GtkWidget  *row,
              const char *title,
              const char *subtitle)
{
  GtkWidget *subtitle_label = g_object_get_data (G_OBJECT (row), "subtitle-label");

  set_text (g_object_get_data (G_OBJECT (row), "title-label"), title);
  set_text (subtitle_label, subtitle);
  gtk_widget_set_visible (subtitle_label, subtitle != NULL && *subtitle != '\0');
}

/* Keeps n rows in list, made by make when more are needed. */
static void
ensure_rows (GtkListBox  *list,
             guint        n,
             GtkWidget *(*make) (void))
{
  GtkListBoxRow *extra;
  guint have = 0;

  while (gtk_list_box_get_row_at_index (list, have) != NULL)
    have++;
  for (; have < n; have++)
    gtk_list_box_append (list, make ());
  while ((extra = gtk_list_box_get_row_at_index (list, n)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (extra));
}

static GtkWidget *
row_at (GtkListBox *list,
        guint       index)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
}

static void
update_roll_row (GtkWidget         *row,
                 const PxRollEntry *entry)
{
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status-label");
  GtkWidget *note = g_object_get_data (G_OBJECT (row), "note-label");
  g_autoptr(GString) subtitle = g_string_new (entry->unit_name);

  if (entry->group_name != NULL)
    g_string_append_printf (subtitle, subtitle->len > 0 ? " · %s" : "%s", entry->group_name);
  set_row_text (row, entry->name, subtitle->str);
  set_status_label (status, entry->status);
  set_text (note, entry->note != NULL ? entry->note : "");
  gtk_widget_set_visible (note, entry->note != NULL);
  set_tooltip (note, entry->note);
}

static GtkWidget *
make_roll_row (void)
{
  GtkWidget *box;
  GtkWidget *row = make_row (&box);
  GtkWidget *status = cell_new (6, -1, 1, "status");
  GtkWidget *note = cell_new (-1, 16, 1, "dim-label");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_set_valign (note, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), note);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), status);

  g_object_set_data (G_OBJECT (row), "status-label", status);
  g_object_set_data (G_OBJECT (row), "note-label", note);
  return row;
}

static GtkWidget *
placeholder_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

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

  /* a row's menu is about the trainee the row showed */
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));

  g_clear_pointer (&self->roll, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-all-present", s != NULL);
  if (s != NULL)
    self->roll = px_class_attendance_get_roll (self->db, s->id, &error);
  if (s != NULL && self->roll == NULL)
    toast_error (self, _("The roll could not be read"), error);
  ensure_rows (self->roll_list, self->roll != NULL ? self->roll->len : 0, make_roll_row);
  if (self->roll == NULL)
    return;
  for (guint i = 0; i < self->roll->len; i++)
    update_roll_row (row_at (self->roll_list, i), g_ptr_array_index (self->roll, i));

  gtk_list_box_set_placeholder (self->roll_list,
                                placeholder_label (s->is_elective
                                  ? _("No trainee has chosen this elective: its roll is empty.")
                                  : _("The class has no enrolled trainees yet.")));
}

/* Totals */

static void
update_totals_row (PxClassAttendanceView    *self,
                   GtkWidget                *row,
                   const PxAttendanceTotals *t)
{
  GtkWidget *rate = g_object_get_data (G_OBJECT (row), "rate-label");
  g_autofree char *attended = px_format_hours (t->attended_hours);
  g_autofree char *held = px_format_hours (t->held_hours);
  g_autofree char *leave = px_format_hours (t->leave_hours);
  g_autofree char *limit = px_format_hours (round (t->leave_limit * 10) / 10);
  g_autofree char *absent = px_format_hours (t->absent_hours);
  g_autofree char *percent = percent_text (t->rate);
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) tooltip = g_string_new (NULL);
  gboolean warn = t->leave_state == PX_LEAVE_STATE_NEAR;
  gboolean flag = t->below_threshold || t->leave_state == PX_LEAVE_STATE_OVER;

  /* Translators: a trainee's hours: attended of held so far, leave of the 1/7 limit, absent */
  subtitle = g_strdup_printf (_("Attended %s of %s h · leave %s of %s h allowed · absent %s h"),
                              attended, held, leave, limit, absent);
  set_row_text (row, t->name, subtitle);
  set_text (rate, percent);

  if (t->below_threshold)
    {
      g_autofree char *threshold = percent_text (self->threshold);

      /* Translators: the trainee's rate is below the class's threshold (a percentage) */
      g_string_append_printf (tooltip, _("Attendance below the class’s %s."), threshold);
    }
  if (t->leave_state == PX_LEAVE_STATE_OVER)
    g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? " " : "",
                            _("Leave over 1/7 of the class hours: the completion rule "
                              "withdraws the trainee."));
  else if (warn)
    g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? " " : "",
                            _("Leave near 1/7 of the class hours: a little more and the "
                              "trainee is withdrawn."));
  set_tooltip (row, tooltip->len > 0 ? tooltip->str : NULL);

  {
    static const char * const classes[] = { "error", "warning", NULL };
    const char *css_class = flag ? "error" : warn ? "warning" : NULL;

    set_style_class (row, classes, css_class);
    set_style_class (rate, classes, css_class);
  }
}

static GtkWidget *
make_totals_row (void)
{
  GtkWidget *box;
  GtkWidget *row = make_row (&box);
  GtkWidget *rate = cell_new (-1, -1, 1, "numeric");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_valign (rate, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), rate);
  g_object_set_data (G_OBJECT (row), "rate-label", rate);
  return row;
}

/* Reads the totals again into the rows there are: a key press in the roll changes a few
 * labels rather than making fifty rows. */
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
  ensure_rows (self->totals_list, totals->len, make_totals_row);
  for (guint i = 0; i < totals->len; i++)
    update_totals_row (self, row_at (self->totals_list, i), g_ptr_array_index (totals, i));
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  self->totals = g_steal_pointer (&totals);
}

static void
describe_totals (PxClassAttendanceView *self,
                 double                 class_hours)
{
  g_autofree char *threshold = percent_text (self->threshold);
  g_autofree char *limit = px_format_hours (round (class_hours / 7 * 10) / 10);
  g_autofree char *text = NULL;

  /* Translators: the class's attendance threshold (a percentage), then 1/7 of its hours */
  text = g_strdup_printf (_("Rates count the sessions held so far; below %s is flagged. Leave "
                            "may total at most 1/7 of the class hours, %s h; trainees near "
                            "that line are warned."), threshold, limit);
  adw_preferences_group_set_description (self->totals_group, text);
}

/* Leave requests */

static GtkWidget *
make_leave_row (void)
{
  GtkWidget *box;
  GtkWidget *row = make_row (&box);
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
  set_row_text (row, title, subtitle);
  /* the target first: an action named without its parameter warns */
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "delete-button"), "s",
                                    request->base.id);
  gtk_actionable_set_action_name (g_object_get_data (G_OBJECT (row), "delete-button"),
                                  "attendance.delete-leave");
}

static void
load_leave (PxClassAttendanceView *self)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  if (self->class_id != NULL)
    {
      requests = px_class_attendance_list_leave (self->db, self->class_id, &names, &error);
      if (requests == NULL)
        toast_error (self, _("The leave requests could not be read"), error);
    }
  ensure_rows (self->leave_list, requests != NULL ? requests->len : 0, make_leave_row);
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    update_leave_row (row_at (self->leave_list, i), g_ptr_array_index (requests, i),
                      g_ptr_array_index (names, i));
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
  double class_hours = 0;

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  g_clear_pointer (&self->session_id, g_free);
  if (self->class_id == NULL)
    {
      ensure_rows (self->totals_list, 0, NULL);
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
      class_hours += s->hours;
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
  describe_totals (self, class_hours);
  select_session (self, pick->id);
  load_totals (self);
  load_leave (self);
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
  update_roll_row (row_at (self->roll_list, index), entry);
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
  int index = focused_roll_index (self);
  GtkListBoxRow *next;

  if (index < 0 || self->roll == NULL || (guint) index >= self->roll->len)
    return;
  if (!record_status (self, index, status_or_null (g_variant_get_string (parameter, NULL))))
    return;
  next = gtk_list_box_get_row_at_index (self->roll_list, index + 1);
  gtk_widget_grab_focus (GTK_WIDGET (next != NULL ? next
                                     : gtk_list_box_get_row_at_index (self->roll_list, index)));
}

static void
mark_all_present_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int focused = focused_roll_index (self);
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
  if (focused >= 0 && gtk_list_box_get_row_at_index (self->roll_list, focused) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->roll_list,
                                                                      focused)));
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

/* The menu of a row (click or Enter) */

static void
unparent_menu (GtkWidget *menu)
{
  if (gtk_widget_get_parent (menu) != NULL)
    gtk_widget_unparent (menu);
  g_object_unref (menu);
}

static void
menu_closed_cb (GtkWidget *menu)
{
  /* after the menu's action has run */
  g_idle_add_once ((GSourceOnceFunc) unparent_menu, g_object_ref (menu));
}

static void
add_status_item (GMenu      *menu,
                 const char *label,
                 const char *enrollment_id,
                 const char *status)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "attendance.set-status",
                                           g_variant_new ("(ss)", enrollment_id, status));
  g_menu_append_item (menu, item);
}

static void
roll_row_activated_cb (PxClassAttendanceView *self,
                       GtkListBoxRow         *row)
{
  int index = gtk_list_box_row_get_index (row);
  const PxRollEntry *entry;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) statuses = g_menu_new ();
  g_autoptr(GMenuItem) note = NULL;
  GtkWidget *popover;

  if (self->roll == NULL || index < 0 || (guint) index >= self->roll->len)
    return;
  entry = g_ptr_array_index (self->roll, index);
  /* Translators: menu items of the roll, with the key that does the same */
  add_status_item (statuses, _("Present (1)"), entry->enrollment_id, "present");
  add_status_item (statuses, _("Late (2)"), entry->enrollment_id, "late");
  add_status_item (statuses, _("On Leave (3)"), entry->enrollment_id, "leave");
  add_status_item (statuses, _("Absent (4)"), entry->enrollment_id, "absent");
  add_status_item (statuses, _("Clear (0)"), entry->enrollment_id, "");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (statuses));
  note = g_menu_item_new (_("_Note…"), NULL);
  g_menu_item_set_action_and_target_value (note, "attendance.edit-note",
                                           g_variant_new_string (entry->enrollment_id));
  g_menu_append_item (menu, note);

  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (row));
  gtk_widget_set_halign (popover, GTK_ALIGN_END);
  g_signal_connect (popover, "closed", G_CALLBACK (menu_closed_cb), NULL);
  g_set_weak_pointer (&self->menu, popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* Notes */

static void
note_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWidget        *self)
{
  GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *enrollment_id = g_object_get_data (G_OBJECT (dialog), "enrollment-id");

  if (g_strcmp0 (response, "save") != 0)
    return;
  gtk_widget_activate_action (self, "attendance.set-note", "(ss)", enrollment_id,
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  const char *enrollment_id = g_variant_get_string (parameter, NULL);
  int index = roll_index (self, enrollment_id);
  const PxRollEntry *entry;
  GtkWidget *dialog, *text;

  if (index < 0)
    return;
  entry = g_ptr_array_index (self->roll, index);
  if (entry->status == NULL)
    {
      toast (self, _("Mark the trainee’s attendance before adding a note."));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Note"),
                                   entry->name);
  text = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (text), entry->note != NULL ? entry->note : "");
  gtk_entry_set_activates_default (GTK_ENTRY (text), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("e.g. left early for a meeting"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_object_set_data (G_OBJECT (dialog), "entry", text);
  g_object_set_data_full (G_OBJECT (dialog), "enrollment-id", g_strdup (enrollment_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (note_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
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
  update_roll_row (row_at (self->roll_list, index), entry);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Adding and deleting leave requests */

static void
add_leave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  g_autoptr(PxLeaveRequest) request = px_leave_request_new ();
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(sssdsb)", &request->enrollment_id, &request->start_date,
                 &request->end_date, &request->hours, &request->reason, &request->approved);
  if (!px_class_attendance_add_leave (self->db, request, &error))
    {
      toast_error (self, _("The leave request was not added"), error);
      return;
    }
  load_leave (self);
  load_totals (self);
  toast (self, _("Leave request added"));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Weak on the view: the view keeps its last toast, which keeps this. */
typedef struct
{
  PxClassAttendanceView *view;
  PxLeaveRequest *request;
} DeletedLeave;

static void
deleted_leave_free (gpointer  data,
                    GClosure *closure)
{
  DeletedLeave *deleted = data;

  g_clear_weak_pointer (&deleted->view);
  px_leave_request_free (deleted->request);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast     *undo,
                DeletedLeave *deleted)
{
  PxClassAttendanceView *self = deleted->view;
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
  load_totals (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
delete_leave_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  g_autoptr(PxLeaveRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *message = NULL;
  DeletedLeave *deleted;
  AdwToast *undo;

  request = px_class_attendance_delete_leave (self->db, g_variant_get_string (parameter, NULL),
                                              &error);
  if (request == NULL)
    {
      toast_error (self, _("The leave request was not deleted"), error);
      return;
    }
  load_leave (self);
  load_totals (self);
  g_signal_emit (self, signals[CHANGED], 0);

  hours = px_format_hours (request->hours);
  /* Translators: hours of leave */
  message = g_strdup_printf (_("Leave request of %s h deleted"), hours);
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  deleted = g_new0 (DeletedLeave, 1);
  g_set_weak_pointer (&deleted->view, self);
  deleted->request = g_steal_pointer (&request);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (undo_delete_cb), deleted,
                         deleted_leave_free, 0);
  show_toast (self, undo);
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
                   GtkWidget        *view)
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
  gtk_widget_activate_action (view, "attendance.add-leave", "(sssdsb)",
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

static void
new_leave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (widget);
  PxAttendanceSession *s = current_session (self);
  int focused = focused_roll_index (self);
  LeaveForm *form;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *hours = NULL;
  GtkWidget *dialog, *list, *row;
  guint selected = 0;

  if (self->totals == NULL || self->totals->len == 0)
    {
      toast (self, _("The class has no enrolled trainees yet."));
      return;
    }
  form = g_new0 (LeaveForm, 1);
  for (guint i = 0; i < self->totals->len; i++)
    {
      const PxAttendanceTotals *t = g_ptr_array_index (self->totals, i);

      gtk_string_list_append (names, t->name);
      g_strv_builder_add (ids, t->enrollment_id);
      /* the trainee whose row was focused in the roll is the likely one */
      if (focused >= 0 && g_strcmp0 (t->enrollment_id, ((PxRollEntry *) g_ptr_array_index (
                                     self->roll, focused))->enrollment_id) == 0)
        selected = i;
    }
  form->enrollment_ids = g_strv_builder_end (ids);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
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
  form->start = entry_row (list, _("First Day (YYYY-MM-DD)"), s != NULL ? s->date : NULL);
  form->end = entry_row (list, _("Last Day (YYYY-MM-DD)"), s != NULL ? s->date : NULL);
  hours = s != NULL ? px_format_hours (s->hours) : NULL;
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

/* GObject */

static void
px_class_attendance_view_dispose (GObject *object)
{
  PxClassAttendanceView *self = PX_CLASS_ATTENDANCE_VIEW (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  /* a menu still open is a child of a row, which does not unparent it */
  if (self->menu != NULL && gtk_widget_get_parent (self->menu) != NULL)
    gtk_widget_unparent (self->menu);
  g_clear_weak_pointer (&self->menu);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-attendance-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, session_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, session_labels);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, roll_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, totals_group);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, totals_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassAttendanceView, leave_list);
  gtk_widget_class_bind_template_callback (widget_class, session_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, roll_row_activated_cb);

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
  gtk_list_box_set_placeholder (self->leave_list,
                                placeholder_label (_("No leave requests. Add one with +.")));
  gtk_list_box_set_placeholder (self->totals_list,
                                placeholder_label (_("The class has no enrolled trainees yet.")));
  show_empty (self, _("No Class Selected"), _("Choose a class to take its roll-call."));
}

GtkWidget *
px_class_attendance_view_new (PxDatabase *db)
{
  PxClassAttendanceView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_ATTENDANCE_VIEW, NULL);
  self->db = g_object_ref (db);
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
