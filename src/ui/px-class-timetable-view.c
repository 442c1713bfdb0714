/* px-class-timetable-view.c: 课表, a class's week grid where sessions are added, moved and
 * edited, with the conflicts they make and the class's teaching-method mix beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid is rebuilt from core after every write: a week holds a few dozen cards, and reading
 * them again is cheaper than keeping a model in step with moves, undos and the other tabs.
 * Every change goes through px-class-timetable.h, one audited transaction each, and is
 * followed by "changed" so that the class page can refresh its other tabs.
 */

#define G_LOG_DOMAIN "px-class-timetable-view"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "px-base.h"
#include "px-class-summary.h"
#include "px-class-timetable-view.h"
#include "px-class-timetable.h"
#include "px-course.h"
#include "px-format.h"
#include "px-teacher.h"
#include "px-teaching-method.h"
#include "px-training-class.h"
#include "px-validation-error.h"

#define DAYS_SHOWN 7
#define MAX_TEACHER_FIXES 5

struct _PxClassTimetableView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkWidget *week_nav;
  GtkLabel *week_label;
  GtkGrid *week_grid;
  AdwPreferencesGroup *conflicts_group;
  GtkListBox *conflicts_list;
  GtkListBox *mix_list;

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  PxTrainingClass *training_class;
  GPtrArray *entries;          /* PxTimetableEntry, by date and time */
  GPtrArray *conflicts;        /* PxClassConflict */
  PxMethodMix *mix;
  GHashTable *conflicting;     /* ids of the sessions in a conflict */
  GHashTable *cards;           /* session id → its card in the grid (the grid holds it) */
  GDate first_week;            /* Mondays of the first and last weeks with class days or sessions */
  GDate last_week;
  GDate week;                  /* Monday of the week shown */
  char *week_iso;
  char *focus_after_reload;    /* the card that takes the focus after a reload */
  char *grid_shown;            /* what the grid and the method mix show (see *_signature), */
  char *mix_shown;             /* so that reading the same again rebuilds nothing */

  GtkWidget *form;             /* weak: the session form open now */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxClassTimetableView, px_class_timetable_view, ADW_TYPE_BIN)

static void reload (PxClassTimetableView *self);
static void open_form (PxClassTimetableView *self,
                       const char           *session_id,
                       const char           *date,
                       const char           *slot);

/* Dates */

static gboolean
parse_iso (const char *iso,
           GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
monday_of (const GDate *date,
           GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

static void
add_days (GDate *date,
          int    days)
{
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
}

/* 3月2日 in zh_CN, "Mar 2" in English */
static char *
format_short_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  /* Translators: a day in the timetable's headers and buttons, as strftime writes it
   * (zh_CN: "%-m月%-d日") */
  return g_date_time_format (time, C_("short date", "%b %-d"));
}

static const char *
weekday_name (const GDate *date)
{
  /* Translators: short weekday names in the timetable (zh_CN: 周一 … 周日) */
  static const char * const names[] = {
    NULL, NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
    NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
  };

  return g_dpgettext2 (NULL, "weekday", names[g_date_get_weekday (date)]);
}

static char *
format_hours_text (double hours)
{
  g_autofree char *number = px_format_hours (hours);

  /* Translators: class hours (学时), e.g. "3 h" */
  return g_strdup_printf (_("%s h"), number);
}

static char *
format_slot_text (const char *iso,
                  const char *slot)
{
  GDate date;
  g_autofree char *day = NULL;

  if (!parse_iso (iso, &date))
    return g_strdup (iso);
  day = format_short_date (&date);
  /* Translators: a day and a half-day slot, e.g. "3月4日 下午" */
  return g_strdup_printf (C_("day and slot", "%s %s"), day, px_class_timetable_slot_label (slot));
}

/* Helpers */

static void
remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_GRID (parent))
        gtk_grid_remove (GTK_GRID (parent), child);
      else if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_widget_unparent (child);
    }
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
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_object_set_data_full (G_OBJECT (self), "last-toast", g_object_ref (toast), g_object_unref);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (PxClassTimetableView *self,
            const GError         *error)
{
  show_toast (self, adw_toast_new (error->message));
}

static void
show_week_of (PxClassTimetableView *self,
              const char           *iso)
{
  GDate date;

  if (parse_iso (iso, &date))
    monday_of (&date, &self->week);
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
  AdwToast *toast = adw_toast_new (message);

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

  where = format_slot_text (date, slot);
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

      show_toast (self, adw_toast_new (message));
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

/* Cards */

static void
card_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *card)
{
  gtk_widget_grab_focus (card);
  if (n_press == 2)
    gtk_widget_activate_action (card, "timetable.edit-session", "s",
                                g_object_get_data (G_OBJECT (card), "session-id"));
}

static gboolean
card_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkWidget             *card)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter
      || keyval == GDK_KEY_space)
    {
      gtk_widget_activate_action (card, "timetable.edit-session", "s",
                                  g_object_get_data (G_OBJECT (card), "session-id"));
      return TRUE;
    }
  return FALSE;
}

static GdkContentProvider *
card_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      GtkWidget     *card)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING,
                                         g_object_get_data (G_OBJECT (card), "session-id"));
}

static void
card_drag_begin_cb (GtkDragSource *source,
                    GdkDrag       *drag,
                    GtkWidget     *card)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (card);

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

static GtkWidget *
card_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
place_text (const PxTimetableEntry *entry)
{
  if (entry->base_name != NULL && entry->room != NULL)
    return g_strdup_printf ("%s %s", entry->base_name, entry->room);
  return g_strdup (entry->base_name != NULL ? entry->base_name : entry->room);
}

static const char *
method_label (const char *key)
{
  const PxTeachingMethod *method = px_teaching_method_lookup (key);

  return method != NULL ? _(method->label) : key;
}

static GtkWidget *
build_card (PxClassTimetableView   *self,
            const PxTimetableEntry *entry)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;
  g_autofree char *place = place_text (entry);
  g_autofree char *hours = format_hours_text (entry->hours);
  g_autofree char *method = g_strdup_printf ("%s · %s", method_label (entry->method), hours);
  g_autofree char *tooltip = NULL;
  const char *title = entry->title != NULL ? entry->title : _("Untitled session");
  gboolean conflict = g_hash_table_contains (self->conflicting, entry->id);
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkDragSource *source;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "timetable-card");
  gtk_widget_set_focusable (card, TRUE);
  g_object_set_data_full (G_OBJECT (card), "session-id", g_strdup (entry->id), g_free);

  label = card_label (title, "heading");
  /* titles are long (习近平新时代中国特色社会主义思想…): two lines say enough */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  if (conflict)
    {
      GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (card, "error");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (icon, _("In conflict"));
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (title_box), icon);
      gtk_box_append (GTK_BOX (title_box), label);
      gtk_box_append (GTK_BOX (card), title_box);
    }
  else
    gtk_box_append (GTK_BOX (card), label);

  if (entry->teacher_name != NULL)
    gtk_box_append (GTK_BOX (card), card_label (entry->teacher_name, NULL));
  if (place != NULL)
    gtk_box_append (GTK_BOX (card), card_label (place, "dim-label"));
  gtk_box_append (GTK_BOX (card), card_label (method, "caption"));
  if (entry->is_elective)
    {
      g_autofree char *badge = NULL;

      if (entry->elective_capacity != PX_INT_UNSET)
        /* Translators: an elective session's choices against its places, e.g. "选学 12/30" */
        badge = g_strdup_printf (_("Elective %u/%u"), entry->n_choices,
                                 (guint) MIN (entry->elective_capacity, G_MAXUINT));
      else
        /* Translators: an elective session without a limit, with its choices, "选学 12" */
        badge = g_strdup_printf (_("Elective %u"), entry->n_choices);
      label = card_label (badge, "timetable-badge");
      /* the numbers are the point of the badge */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      if (entry->elective_capacity != PX_INT_UNSET
          && entry->n_choices >= (guint64) entry->elective_capacity)
        gtk_widget_add_css_class (label, "warning");
      gtk_box_append (GTK_BOX (card), label);
    }

  /* Translators: a session's card: title, times, teacher and place (may be empty) */
  tooltip = g_strdup_printf (_("%s\n%s–%s %s %s"), title, entry->start_time, entry->end_time,
                             entry->teacher_name != NULL ? entry->teacher_name : "",
                             place != NULL ? place : "");
  gtk_widget_set_tooltip_text (card, g_strstrip (tooltip));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (card_pressed_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (card_key_pressed_cb), card);
  gtk_widget_add_controller (card, controller);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (card_drag_prepare_cb), card);
  g_signal_connect (source, "drag-begin", G_CALLBACK (card_drag_begin_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (source));

  g_hash_table_insert (self->cards, g_strdup (entry->id), card);
  return card;
}

/* The grid */

static gboolean
cell_drop_cb (GtkDropTarget        *target,
              const GValue         *value,
              double                x,
              double                y,
              PxClassTimetableView *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *session_id = g_value_get_string (value);

  if (session_id == NULL || find_entry (self, session_id) == NULL)
    return FALSE;
  return move_session (self, session_id, g_object_get_data (G_OBJECT (cell), "date"),
                       g_object_get_data (G_OBJECT (cell), "slot"));
}

static gboolean
is_class_day (PxClassTimetableView *self,
              const char           *iso)
{
  return self->training_class != NULL
         && g_strcmp0 (iso, self->training_class->start_date) >= 0
         && g_strcmp0 (iso, self->training_class->end_date) <= 0;
}

static GtkWidget *
build_day_header (PxClassTimetableView *self,
                  const GDate          *day,
                  const char           *iso)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *date = format_short_date (day);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "timetable-day");
  label = gtk_label_new (date);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (weekday_name (day));
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  if (!is_class_day (self, iso))
    gtk_widget_add_css_class (box, "dim-label");
  return box;
}

static GtkWidget *
build_slot_header (const char *slot)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *start_time = "", *end_time = "";
  g_autofree char *times = NULL;
  GtkWidget *label;

  px_class_timetable_slot_times (slot, &start_time, &end_time);
  times = g_strdup_printf ("%s–%s", start_time, end_time);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 6);
  label = gtk_label_new (px_class_timetable_slot_label (slot));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (times);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
build_cell (PxClassTimetableView *self,
            const char           *iso,
            const char           *slot)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_autofree char *name = g_strdup_printf ("cell-%s-%s", iso, slot);

  gtk_widget_set_name (cell, name);
  gtk_widget_add_css_class (cell, "timetable-cell");
  if (!is_class_day (self, iso))
    gtk_widget_add_css_class (cell, "timetable-outside");
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_size_request (cell, 116, -1);
  g_object_set_data_full (G_OBJECT (cell), "date", g_strdup (iso), g_free);
  g_object_set_data (G_OBJECT (cell), "slot", (gpointer) slot);
  g_signal_connect_object (target, "drop", G_CALLBACK (cell_drop_cb), self, 0);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (target));
  return cell;
}

static void
add_clicked_cb (GtkButton *button,
                GtkWidget *cell)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "timetable.add-session-at", "(ss)",
                              g_object_get_data (G_OBJECT (cell), "date"),
                              g_object_get_data (G_OBJECT (cell), "slot"));
}

static void
add_button_for (GtkWidget  *cell,
                const char *iso,
                const char *slot)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *where = format_slot_text (iso, slot);
  g_autofree char *tooltip = NULL;

  /* Translators: the "+" of an empty slot in the timetable, e.g. "Add a session on 3月4日 下午" */
  tooltip = g_strdup_printf (_("Add a session on %s"), where);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "timetable-add");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (button, TRUE);
  /* a plain handler: an actionable button watches its action, a few dozen of them cost a
   * frame's worth of time at every rebuild */
  g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), cell);
  gtk_box_append (GTK_BOX (cell), button);
}

static void
update_week_label (PxClassTimetableView *self)
{
  GDate sunday = self->week, class_start;
  g_autofree char *from = format_short_date (&self->week);
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  int week_number = 0;

  add_days (&sunday, DAYS_SHOWN - 1);
  to = format_short_date (&sunday);
  if (parse_iso (self->training_class->start_date, &class_start))
    {
      GDate first_monday;

      monday_of (&class_start, &first_monday);
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

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Everything the grid shows: the page calls set_class whenever another tab changed something,
 * which mostly leaves the timetable as it was. */
static char *
grid_signature (PxClassTimetableView *self)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s", or_empty (self->week_iso),
                          self->training_class->start_date, self->training_class->end_date);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const PxTimetableEntry *e = g_ptr_array_index (self->entries, i);

      g_string_append_printf (text, "\n%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%g|%d|%" G_GINT64_FORMAT
                              "|%u|%d", e->id, e->date, e->slot, e->start_time, e->end_time,
                              or_empty (e->title), or_empty (e->teacher_name),
                              or_empty (e->base_name), or_empty (e->room), or_empty (e->method),
                              or_empty (e->course_id), e->hours, e->is_elective,
                              e->elective_capacity, e->n_choices,
                              g_hash_table_contains (self->conflicting, e->id));
    }
  return g_string_free (text, FALSE);
}

static char *
mix_signature (PxClassTimetableView *self)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%g %g %g %g %g", self->mix->max_lecture_share,
                          self->mix->lecture_share, self->mix->theory_hours,
                          self->mix->practice_hours, self->training_class->required_hours);
  for (guint i = 0; i < self->mix->methods->len; i++)
    {
      const PxMethodHours *m = &g_array_index (self->mix->methods, PxMethodHours, i);

      g_string_append_printf (text, "\n%s %g", m->method, m->hours);
    }
  return g_string_free (text, FALSE);
}

/* The week shown. Cells are filled before they join the grid: a widget added to a rooted
 * parent has its style worked out on the spot, one added to a loose one with its parent. */
static void
build_grid (PxClassTimetableView *self)
{
  const char * const *slots = px_class_timetable_slots ();
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) busy_days = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) placed = g_ptr_array_new ();   /* cells in the order built */
  int column = 1;

  g_hash_table_remove_all (self->cards);
  remove_all_children (GTK_WIDGET (self->week_grid));
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_add (busy_days, ((PxTimetableEntry *) g_ptr_array_index (self->entries, i))->date);

  for (int d = 0; d < DAYS_SHOWN; d++)
    {
      GDate day = self->week;
      g_autofree char *iso = NULL;

      add_days (&day, d);
      iso = format_iso (&day);
      /* a weekend without classes would only take room from the days that have them */
      if (g_date_get_weekday (&day) >= G_DATE_SATURDAY && !is_class_day (self, iso)
          && !g_hash_table_contains (busy_days, iso))
        continue;
      gtk_grid_attach (self->week_grid, build_day_header (self, &day, iso), column, 0, 1, 1);
      for (int s = 0; slots[s] != NULL; s++)
        {
          GtkWidget *cell = build_cell (self, iso, slots[s]);

          g_object_set_data (G_OBJECT (cell), "column", GINT_TO_POINTER (column));
          g_object_set_data (G_OBJECT (cell), "row", GINT_TO_POINTER (s + 1));
          g_hash_table_insert (cells, g_strdup_printf ("%s %s", iso, slots[s]), cell);
          g_ptr_array_add (placed, cell);
        }
      column++;
    }
  for (int s = 0; slots[s] != NULL; s++)
    gtk_grid_attach (self->week_grid, build_slot_header (slots[s]), 0, s + 1, 1, 1);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const PxTimetableEntry *entry = g_ptr_array_index (self->entries, i);
      g_autofree char *key = g_strdup_printf ("%s %s", entry->date, entry->slot);
      GtkWidget *cell = g_hash_table_lookup (cells, key);

      if (cell != NULL)
        gtk_box_append (GTK_BOX (cell), build_card (self, entry));
    }

  for (guint i = 0; i < placed->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (placed, i);
      const char *iso = g_object_get_data (G_OBJECT (cell), "date");

      /* the empty slots of class days offer to add a session there */
      if (gtk_widget_get_first_child (cell) == NULL && is_class_day (self, iso))
        add_button_for (cell, iso, g_object_get_data (G_OBJECT (cell), "slot"));
      gtk_grid_attach (self->week_grid, cell,
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column")),
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "row")), 1, 1);
    }
  update_week_label (self);
  g_free (self->grid_shown);
  self->grid_shown = grid_signature (self);
}

/* Conflicts and their fixes */

/* A row of title (and subtitle) with value, and extra after it. Plain rows rather than
 * AdwActionRow: each of those builds a template, and the side panel is rebuilt with every
 * class shown. */
static GtkWidget *
mix_row (const char *title,
         const char *subtitle,
         const char *value,
         const char *css_class,
         GtkWidget  *extra)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (box, "timetable-mix-row");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (text), label);
  if (subtitle != NULL)
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);
  if (value != NULL)
    {
      label = gtk_label_new (value);
      gtk_widget_add_css_class (label, "numeric");
      if (css_class != NULL)
        gtk_widget_add_css_class (label, css_class);
      gtk_box_append (GTK_BOX (box), label);
    }
  if (extra != NULL)
    {
      gtk_widget_set_valign (extra, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), extra);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
fix_button (const char *label,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (label);

  /* a long name wraps rather than widening the column */
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_add_css_class (button, "timetable-fix");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

/* The buttons that fix a conflict of session_id: teachers free at its time, its next free
 * slot. */
static void
add_fixes (PxClassTimetableView *self,
           GtkFlowBox           *fixes,
           const PxClassConflict *conflict,
           GHashTable           *next_slots)
{
  const char *session_id = conflict->session_ids != NULL ? conflict->session_ids[0] : NULL;
  g_autoptr(GError) error = NULL;
  const char *where;

  if (session_id == NULL || find_entry (self, session_id) == NULL)
    return;
  /* the session may be in another week than the one shown */
  gtk_flow_box_append (fixes, fix_button (_("Show Session"), "timetable.show-session",
                                          g_variant_new_string (session_id)));
  if (conflict->kind == PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED)
    {
      g_autoptr(GPtrArray) teachers = px_class_timetable_free_teachers (self->db, session_id,
                                                                        MAX_TEACHER_FIXES,
                                                                        &error);

      if (teachers == NULL)
        g_warning ("Free teachers of %s: %s", session_id, error->message);
      for (guint i = 0; teachers != NULL && i < teachers->len; i++)
        {
          const PxTeacherChoice *teacher = g_ptr_array_index (teachers, i);
          /* Translators: a button that makes this teacher take the session */
          g_autofree char *label = g_strdup_printf (_("Give it to %s"), teacher->name);

          gtk_flow_box_append (fixes, fix_button (label, "timetable.give-to",
                                                  g_variant_new ("(ss)", session_id,
                                                                 teacher->id)));
        }
      g_clear_error (&error);
    }

  /* "" when it has none; one search per session however many conflicts it is in */
  where = g_hash_table_lookup (next_slots, session_id);
  if (where == NULL)
    {
      g_autofree char *date = NULL;
      g_autofree char *slot = NULL;

      if (!px_class_timetable_next_free_slot (self->db, session_id, &date, &slot, &error))
        g_warning ("Next free slot of %s: %s", session_id, error->message);
      where = date != NULL ? g_strdup_printf ("%s %s", date, slot) : g_strdup ("");
      g_hash_table_insert (next_slots, g_strdup (session_id), (char *) where);
    }
  if (*where != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (where, " ", 2);
      g_autofree char *text = format_slot_text (parts[0], parts[1]);
      /* Translators: a button that moves the session, e.g. "Move to 3月4日 下午" */
      g_autofree char *label = g_strdup_printf (_("Move to %s"), text);

      gtk_flow_box_append (fixes, fix_button (label, "timetable.move-session",
                                              g_variant_new ("(sss)", session_id, parts[0],
                                                             parts[1])));
    }
}

static GtkWidget *
build_conflict_row (PxClassTimetableView  *self,
                    const PxClassConflict *conflict,
                    GHashTable            *next_slots)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (conflict->message);
  GtkWidget *fixes = gtk_flow_box_new ();
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_add_css_class (icon, conflict->kind == PX_CLASS_CONFLICT_HOURS_SHORT
                                    ? "warning" : "error");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (box), line);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (fixes), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (fixes), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (fixes), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (fixes), 6);
  gtk_widget_add_css_class (fixes, "timetable-fixes");
  gtk_box_append (GTK_BOX (box), fixes);
  add_fixes (self, GTK_FLOW_BOX (fixes), conflict, next_slots);
  gtk_widget_set_visible (fixes, gtk_widget_get_first_child (fixes) != NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
fill_conflicts (PxClassTimetableView *self)
{
  g_autoptr(GHashTable) next_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            g_free);

  remove_all_children (GTK_WIDGET (self->conflicts_list));
  if (self->conflicts->len == 0)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_add_css_class (icon, "success");
      gtk_list_box_append (self->conflicts_list,
                           mix_row (_("No Conflicts"),
                                    _("No teacher or place is booked twice, every session is "
                                      "within the class’s dates and the hours add up."),
                                    NULL, NULL, icon));
      adw_preferences_group_set_description (self->conflicts_group, NULL);
      return;
    }
  for (guint i = 0; i < self->conflicts->len; i++)
    gtk_list_box_append (self->conflicts_list,
                         build_conflict_row (self, g_ptr_array_index (self->conflicts, i),
                                             next_slots));
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (NULL, "%u conflict to resolve",
                                                           "%u conflicts to resolve",
                                                           self->conflicts->len),
                                              self->conflicts->len);

    adw_preferences_group_set_description (self->conflicts_group, count);
  }
}

/* The method mix */

static void
fill_mix (PxClassTimetableView *self)
{
  const PxMethodMix *mix = self->mix;
  int share = (int) lround (mix->lecture_share * 100);
  int target = (int) lround (mix->max_lecture_share * 100);
  const char *share_class = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *theory = format_hours_text (mix->theory_hours);
  g_autofree char *practice = format_hours_text (mix->practice_hours);
  g_autofree char *balance = NULL;
  g_autofree char *total = format_hours_text (mix->hours);
  g_autofree char *required = NULL;
  GtkWidget *row;
  GtkWidget *bar;

  remove_all_children (GTK_WIDGET (self->mix_list));
  for (guint i = 0; i < mix->methods->len; i++)
    {
      const PxMethodHours *m = &g_array_index (mix->methods, PxMethodHours, i);
      g_autofree char *hours = format_hours_text (m->hours);
      g_autofree char *value = g_strdup_printf ("%s · %d%%", hours,
                                                mix->hours > 0
                                                  ? (int) lround (m->hours * 100 / mix->hours)
                                                  : 0);

      gtk_list_box_append (self->mix_list, mix_row (m->label, NULL, value, NULL, NULL));
    }

  /* over the target is an error; within five points of it a warning */
  if (mix->lecture_share > mix->max_lecture_share + 1e-9)
    share_class = "error";
  else if (mix->lecture_share + 0.05 > mix->max_lecture_share)
    share_class = "warning";
  /* Translators: the lecture share against the class's target, e.g. "讲授 46% · 目标 ≤ 50%" */
  share_text = g_strdup_printf (_("Lecture %d%% · target ≤ %d%%"), share, target);
  row = mix_row (share_text, NULL, NULL, NULL, NULL);
  {
    GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (
                         gtk_widget_get_first_child (row)));

    gtk_widget_add_css_class (label, "heading");
    if (share_class != NULL)
      gtk_widget_add_css_class (label, share_class);
  }
  gtk_widget_set_name (row, "lecture-share");
  gtk_list_box_append (self->mix_list, row);

  /* Translators: hours of theory (讲授, 研讨 …) and of practice (现场, 体验 …) */
  balance = g_strdup_printf (_("Theory %s · practice %s"), theory, practice);
  bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar),
                           mix->hours > 0 ? mix->practice_hours / mix->hours : 0);
  gtk_widget_set_size_request (bar, 72, -1);
  gtk_widget_set_tooltip_text (bar, _("Share of practice"));
  row = mix_row (_("Theory and Practice"), balance, NULL, NULL, bar);
  gtk_list_box_append (self->mix_list, row);

  if (!isnan (self->training_class->required_hours))
    {
      g_autofree char *need = format_hours_text (self->training_class->required_hours);

      /* Translators: the timetable's hours of the class's required hours, "46 学时 / 50 学时" */
      required = g_strdup_printf (_("%s of %s"), total, need);
    }
  gtk_list_box_append (self->mix_list,
                       mix_row (_("Total"), NULL, required != NULL ? required : total,
                                required != NULL
                                  && mix->hours + 0.005 < self->training_class->required_hours
                                  ? "warning" : NULL, NULL));
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

  parse_iso (self->training_class->start_date, &first);
  parse_iso (self->training_class->end_date, &last);
  if (self->entries->len > 0)
    {
      GDate date;
      const PxTimetableEntry *head = g_ptr_array_index (self->entries, 0);
      const PxTimetableEntry *tail = g_ptr_array_index (self->entries, self->entries->len - 1);

      if (parse_iso (head->date, &date) && g_date_compare (&date, &first) < 0)
        first = date;
      if (parse_iso (tail->date, &date) && g_date_compare (&date, &last) > 0)
        last = date;
    }
  monday_of (&first, &self->first_week);
  monday_of (&last, &self->last_week);
  /* a class opens on its first week, or on this week while it runs */
  if (!g_date_valid (&self->week))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
      GDate date;

      if (is_class_day (self, today) && parse_iso (today, &date))
        monday_of (&date, &self->week);
    }
  if (!g_date_valid (&self->week) || g_date_compare (&self->week, &self->first_week) < 0)
    self->week = self->first_week;
  if (g_date_compare (&self->week, &self->last_week) > 0)
    self->week = self->last_week;
  g_free (self->week_iso);
  self->week_iso = format_iso (&self->week);
}

static gboolean
read_class (PxClassTimetableView  *self,
            GError               **error)
{
  GDate check;

  self->training_class = px_training_class_get (self->db, self->class_id, error);
  if (self->training_class == NULL)
    return FALSE;
  if (!parse_iso (self->training_class->start_date, &check)
      || !parse_iso (self->training_class->end_date, &check))
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
  g_hash_table_remove_all (self->cards);
  remove_all_children (GTK_WIDGET (self->week_grid));
  g_clear_pointer (&self->grid_shown, g_free);
  g_clear_pointer (&self->mix_shown, g_free);
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
  {
    g_autofree char *grid = grid_signature (self);
    g_autofree char *mix = mix_signature (self);

    if (g_strcmp0 (grid, self->grid_shown) != 0)
      build_grid (self);
    else
      update_week_label (self);
    if (g_strcmp0 (mix, self->mix_shown) != 0)
      {
        fill_mix (self);
        g_free (self->mix_shown);
        self->mix_shown = g_steal_pointer (&mix);
      }
  }
  /* always: its fixes depend on other classes' timetables too */
  fill_conflicts (self);
  gtk_stack_set_visible_child_name (self->stack, "timetable");

  if (focus != NULL)
    {
      GtkWidget *card = g_hash_table_lookup (self->cards, focus);

      if (card != NULL)
        gtk_widget_grab_focus (card);
    }
}

/* The session form */

typedef struct
{
  GWeakRef view;
  PxDatabase *db;
  PxSession *session;          /* a copy of the stored one, or a new one */
  gboolean is_new;
  GtkWidget *window;           /* weak: it owns this form */
  GtkLabel *error_label;
  GPtrArray *rows;             /* the rows that name a column ("column" data) */
  AdwEntryRow *date_row;
  AdwComboRow *slot_row;
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  GtkDropDown *course_drop;
  AdwEntryRow *title_row;
  AdwComboRow *method_row;
  GtkSpinButton *hours_spin;
  GtkDropDown *teacher_drop;
  GtkDropDown *base_drop;
  AdwEntryRow *room_row;
  GtkSwitch *elective_switch;
  GtkSpinButton *capacity_spin;
  GPtrArray *courses;          /* PxCourse, in the drop-down's order after "None" */
  GPtrArray *bases;            /* PxBase, likewise */
  GPtrArray *teacher_ids;      /* char *, likewise */
  gboolean filling;
} SessionForm;

static void
session_form_free (SessionForm *form)
{
  g_weak_ref_clear (&form->view);
  g_clear_object (&form->db);
  g_clear_pointer (&form->session, px_session_free);
  g_clear_pointer (&form->rows, g_ptr_array_unref);
  g_clear_pointer (&form->courses, g_ptr_array_unref);
  g_clear_pointer (&form->bases, g_ptr_array_unref);
  g_clear_pointer (&form->teacher_ids, g_ptr_array_unref);
  g_free (form);
}

static GtkWidget *
form_row (SessionForm *form,
          GtkWidget   *row,
          const char  *column)
{
  g_object_set_data (G_OBJECT (row), "column", (gpointer) column);
  gtk_widget_set_name (row, column);
  g_ptr_array_add (form->rows, row);
  return row;
}

static AdwEntryRow *
form_entry (SessionForm *form,
            const char  *title,
            const char  *column,
            const char  *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return ADW_ENTRY_ROW (form_row (form, row, column));
}

static GtkDropDown *
form_drop_down (SessionForm *form,
                GtkWidget   *group,
                const char  *title,
                const char  *column)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (NULL)),
                                       gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                    NULL, "string"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (drop, 200, -1);
  gtk_widget_set_name (drop, column);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (form, row, column));
  return GTK_DROP_DOWN (drop);
}

static GtkSpinButton *
form_spin (SessionForm *form,
           GtkWidget   *group,
           const char  *title,
           const char  *subtitle,
           const char  *column,
           double       max,
           double       step,
           guint        digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, column);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (form, row, column));
  return GTK_SPIN_BUTTON (spin);
}

static const char *
string_at (GPtrArray *ids,
           guint      position)
{
  return position > 0 && position != GTK_INVALID_LIST_POSITION && position <= ids->len
           ? g_ptr_array_index (ids, position - 1) : NULL;
}

static const char *
record_id_at (GPtrArray *records,
              guint      position)
{
  return position > 0 && position != GTK_INVALID_LIST_POSITION && position <= records->len
           ? ((PxRecord *) g_ptr_array_index (records, position - 1))->id : NULL;
}

/* The teachers, the course's first; keeps the one chosen. */
static void
fill_teachers (SessionForm *form,
               const char  *course_id,
               const char  *chosen_id)
{
  g_autoptr(GPtrArray) teachers = px_class_timetable_teachers (form->db, course_id, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (form->teacher_ids, 0);
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; teachers != NULL && i < teachers->len; i++)
    {
      const PxTeacherChoice *teacher = g_ptr_array_index (teachers, i);

      if (teacher->teaches_course)
        {
          /* Translators: a teacher listed for the session's course, in the teacher drop-down */
          g_autofree char *name = g_strdup_printf (_("%s (teaches this course)"), teacher->name);

          gtk_string_list_append (names, name);
        }
      else
        gtk_string_list_append (names, teacher->name);
      g_ptr_array_add (form->teacher_ids, g_strdup (teacher->id));
      if (g_strcmp0 (teacher->id, chosen_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (form->teacher_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (form->teacher_drop, selected);
  g_object_unref (names);
}

static void
course_selected_cb (GtkDropDown *drop,
                    GParamSpec  *pspec,
                    SessionForm *form)
{
  guint position = gtk_drop_down_get_selected (drop);
  const PxCourse *course = NULL;
  const char *teacher_id;

  if (form->filling)
    return;
  if (position > 0 && position != GTK_INVALID_LIST_POSITION && position <= form->courses->len)
    course = g_ptr_array_index (form->courses, position - 1);
  teacher_id = string_at (form->teacher_ids,
                          gtk_drop_down_get_selected (form->teacher_drop));
  {
    g_autofree char *keep = g_strdup (teacher_id);

    fill_teachers (form, course != NULL ? course->base.id : NULL, keep);
  }
  if (course == NULL)
    return;
  /* a course brings its hours and its way of teaching */
  gtk_spin_button_set_value (form->hours_spin, course->hours);
  for (guint i = 0; px_teaching_methods ()[i].key != NULL; i++)
    if (g_strcmp0 (px_teaching_methods ()[i].key, course->method) == 0)
      adw_combo_row_set_selected (form->method_row, i);
}

static void
slot_selected_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  SessionForm *form)
{
  const char * const *slots = px_class_timetable_slots ();
  guint position = adw_combo_row_get_selected (row);
  const char *start_time, *end_time;

  if (form->filling || position >= g_strv_length ((char **) slots))
    return;
  if (px_class_timetable_slot_times (slots[position], &start_time, &end_time))
    {
      gtk_editable_set_text (GTK_EDITABLE (form->start_row), start_time);
      gtk_editable_set_text (GTK_EDITABLE (form->end_row), end_time);
    }
}

static void
elective_changed_cb (GtkSwitch   *toggle,
                     GParamSpec  *pspec,
                     SessionForm *form)
{
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (form->capacity_spin),
                                                     ADW_TYPE_ACTION_ROW),
                            gtk_switch_get_active (toggle));
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
take_string (char **field,
             char  *text)
{
  g_free (*field);
  *field = text;
}

static void
show_form_error (SessionForm  *form,
                 const GError *error)
{
  const char *column = error->domain == PX_VALIDATION_ERROR
                         ? px_validation_error_get_column (error) : NULL;

  gtk_label_set_text (form->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), TRUE);
  for (guint i = 0; i < form->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (form->rows, i);

      if (column != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (row), "column"), column) == 0)
        {
          gtk_widget_add_css_class (row, "error");
          gtk_widget_grab_focus (row);
        }
    }
}

static void
form_save_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SessionForm *form = user_data;
  g_autoptr(PxClassTimetableView) self = g_weak_ref_get (&form->view);
  const char * const *slots = px_class_timetable_slots ();
  const PxTeachingMethod *methods = px_teaching_methods ();
  PxSession *session = form->session;
  g_autoptr(GError) error = NULL;
  guint position;
  gboolean saved;

  if (self == NULL)
    return;
  for (guint i = 0; i < form->rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (form->rows, i), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), FALSE);

  gtk_spin_button_update (form->hours_spin);
  gtk_spin_button_update (form->capacity_spin);
  take_string (&session->date, entry_text (form->date_row));
  position = adw_combo_row_get_selected (form->slot_row);
  take_string (&session->slot, g_strdup (position < 3 ? slots[position] : NULL));
  take_string (&session->start_time, entry_text (form->start_row));
  take_string (&session->end_time, entry_text (form->end_row));
  take_string (&session->course_id,
               g_strdup (record_id_at (form->courses,
                                       gtk_drop_down_get_selected (form->course_drop))));
  take_string (&session->title, entry_text (form->title_row));
  position = adw_combo_row_get_selected (form->method_row);
  take_string (&session->method, g_strdup (methods[position].key != NULL
                                           ? methods[position].key : "lecture"));
  session->hours = gtk_spin_button_get_value (form->hours_spin);
  take_string (&session->teacher_id,
               g_strdup (string_at (form->teacher_ids,
                                    gtk_drop_down_get_selected (form->teacher_drop))));
  take_string (&session->base_id,
               g_strdup (record_id_at (form->bases,
                                       gtk_drop_down_get_selected (form->base_drop))));
  take_string (&session->room, entry_text (form->room_row));
  session->is_elective = gtk_switch_get_active (form->elective_switch);
  /* no places given: the elective takes everyone who chooses it */
  session->elective_capacity = session->is_elective
                                 && gtk_spin_button_get_value_as_int (form->capacity_spin) > 0
                                 ? gtk_spin_button_get_value_as_int (form->capacity_spin)
                                 : PX_INT_UNSET;

  if (session->course_id == NULL
      && (session->title == NULL || *g_strstrip (session->title) == '\0'))
    {
      px_validation_error_set (&error, PX_VALIDATION_ERROR_REQUIRED, "course_id",
                               _("Choose a course, or give the session a title."));
      show_form_error (form, error);
      return;
    }

  saved = form->is_new ? px_class_timetable_insert (self->db, session, &error)
                       : px_class_timetable_update (self->db, session, &error);
  if (!saved)
    {
      show_form_error (form, error);
      return;
    }
  show_week_of (self, session->date);
  written (self, session->base.id);
  show_toast (self, adw_toast_new (form->is_new ? _("Session added") : _("Session saved")));
  /* the window owns the form */
  gtk_window_destroy (GTK_WINDOW (form->window));
}

static void
form_delete_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SessionForm *form = user_data;
  g_autoptr(PxClassTimetableView) self = g_weak_ref_get (&form->view);
  g_autofree char *id = g_strdup (form->session->base.id);

  gtk_window_destroy (GTK_WINDOW (form->window));
  if (self != NULL && id != NULL)
    delete_session (self, id);
}

static void
fill_form (SessionForm *form)
{
  PxSession *session = form->session;
  const char * const *slots = px_class_timetable_slots ();
  const PxTeachingMethod *methods = px_teaching_methods ();
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  PxQuery by_title = { .sort = "title" };
  PxQuery by_name = { .sort = "name" };
  guint selected = 0;

  form->filling = TRUE;
  for (guint i = 0; slots[i] != NULL; i++)
    if (g_strcmp0 (slots[i], session->slot) == 0)
      adw_combo_row_set_selected (form->slot_row, i);
  for (guint i = 0; methods[i].key != NULL; i++)
    if (g_strcmp0 (methods[i].key, session->method) == 0)
      adw_combo_row_set_selected (form->method_row, i);

  form->courses = px_course_list (form->db, &by_title, NULL);
  if (form->courses == NULL)
    form->courses = g_ptr_array_new ();
  gtk_string_list_append (titles, _("None"));
  for (guint i = 0; i < form->courses->len; i++)
    {
      const PxCourse *course = g_ptr_array_index (form->courses, i);

      gtk_string_list_append (titles, course->title);
      if (g_strcmp0 (course->base.id, session->course_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (form->course_drop, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (form->course_drop, selected);
  g_object_unref (titles);

  fill_teachers (form, session->course_id, session->teacher_id);

  selected = 0;
  form->bases = px_base_list (form->db, &by_name, NULL);
  if (form->bases == NULL)
    form->bases = g_ptr_array_new ();
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < form->bases->len; i++)
    {
      const PxBase *base = g_ptr_array_index (form->bases, i);

      gtk_string_list_append (names, base->name);
      if (g_strcmp0 (base->base.id, session->base_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (form->base_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (form->base_drop, selected);
  g_object_unref (names);

  gtk_spin_button_set_value (form->hours_spin, session->hours);
  gtk_switch_set_active (form->elective_switch, session->is_elective);
  gtk_spin_button_set_value (form->capacity_spin, session->elective_capacity != PX_INT_UNSET
                                                    ? session->elective_capacity : 0);
  elective_changed_cb (form->elective_switch, NULL, form);
  form->filling = FALSE;
}

static GtkWidget *
build_form_window (PxClassTimetableView *self,
                   SessionForm          *form)
{
  static const GActionEntry entries[] = {
    { "save", form_save_cb, NULL, NULL, NULL, { 0 } },
    { "delete", form_delete_cb, NULL, NULL, NULL, { 0 } },
  };
  GtkWidget *window = adw_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (form->is_new ? _("_Add") : _("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *error_label = gtk_label_new (NULL);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkStringList *slot_labels = gtk_string_list_new (NULL);
  GtkStringList *method_labels = gtk_string_list_new (NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  form->window = window;
  gtk_widget_set_name (window, "session-form");
  gtk_window_set_title (GTK_WINDOW (window), form->is_new ? _("New Session") : _("Edit Session"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 720);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), form);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "delete")),
                               !form->is_new);
  gtk_widget_insert_action_group (window, "form", G_ACTION_GROUP (actions));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "form.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  form->error_label = GTK_LABEL (error_label);
  gtk_label_set_wrap (form->error_label, TRUE);
  gtk_label_set_xalign (form->error_label, 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_margin_start (error_label, 18);
  gtk_widget_set_margin_end (error_label, 18);
  gtk_widget_set_margin_top (error_label, 12);
  gtk_widget_set_visible (error_label, FALSE);
  gtk_widget_set_name (error_label, "form-error");
  gtk_box_append (GTK_BOX (content), error_label);

  /* When */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("When"));
  form->date_row = form_entry (form, _("Date (YYYY-MM-DD)"), "date", form->session->date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->date_row));
  for (guint i = 0; px_class_timetable_slots ()[i] != NULL; i++)
    gtk_string_list_append (slot_labels,
                            px_class_timetable_slot_label (px_class_timetable_slots ()[i]));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Time of Day"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (slot_labels));
  form->slot_row = ADW_COMBO_ROW (form_row (form, row, "slot"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  form->start_row = form_entry (form, _("Start Time"), "start_time", form->session->start_time);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->start_row));
  form->end_row = form_entry (form, _("End Time"), "end_time", form->session->end_time);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->end_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* What */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Course"));
  form->course_drop = form_drop_down (form, group, _("Course"), "course_id");
  form->title_row = form_entry (form, _("Title"), "title", form->session->title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->title_row));
  for (guint i = 0; px_teaching_methods ()[i].key != NULL; i++)
    gtk_string_list_append (method_labels, _(px_teaching_methods ()[i].label));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Teaching Method"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (method_labels));
  form->method_row = ADW_COMBO_ROW (form_row (form, row, "method"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  form->hours_spin = form_spin (form, group, _("Hours"), NULL, "hours", 24, 0.5, 1);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* Who and where */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Teacher and Place"));
  form->teacher_drop = form_drop_down (form, group, _("Teacher"), "teacher_id");
  form->base_drop = form_drop_down (form, group, _("Teaching Base"), "base_id");
  form->room_row = form_entry (form, _("Room"), "room", form->session->room);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->room_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* Elective */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Elective"));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Elective Session"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Trainees choose whether to attend"));
  form->elective_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (form->elective_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (form->elective_switch), "is_elective");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (form->elective_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                         GTK_WIDGET (form->elective_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (form, row, "is_elective"));
  form->capacity_spin = form_spin (form, group, _("Places"), _("0 for no limit"),
                                   "elective_capacity", 10000, 1, 0);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  if (!form->is_new)
    {
      GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Session"));

      group = adw_preferences_group_new ();
      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_widget_set_halign (delete, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "form.delete");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), delete);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), page);
  adw_window_set_content (ADW_WINDOW (window), content);
  g_object_unref (slot_labels);
  g_object_unref (method_labels);

  fill_form (form);
  g_signal_connect (form->course_drop, "notify::selected", G_CALLBACK (course_selected_cb), form);
  g_signal_connect (form->slot_row, "notify::selected", G_CALLBACK (slot_selected_cb), form);
  g_signal_connect (form->elective_switch, "notify::active", G_CALLBACK (elective_changed_cb),
                    form);
  g_object_set_data_full (G_OBJECT (window), "session-form", form,
                          (GDestroyNotify) session_form_free);
  return window;
}

/* A form on session_id, or on a new session at date and slot. */
static void
open_form (PxClassTimetableView *self,
           const char           *session_id,
           const char           *date,
           const char           *slot)
{
  SessionForm *form;
  g_autoptr(GError) error = NULL;

  if (self->training_class == NULL)
    return;
  if (self->form != NULL)
    gtk_window_destroy (GTK_WINDOW (self->form));

  form = g_new0 (SessionForm, 1);
  g_weak_ref_init (&form->view, self);
  form->db = g_object_ref (self->db);
  form->rows = g_ptr_array_new ();
  form->teacher_ids = g_ptr_array_new_with_free_func (g_free);
  if (session_id != NULL)
    {
      form->session = px_session_get (self->db, session_id, &error);
      if (form->session == NULL)
        {
          show_error (self, error);
          session_form_free (form);
          return;
        }
    }
  else
    {
      const char *start_time = "08:30", *end_time = "11:30";

      form->is_new = TRUE;
      form->session = px_session_new ();
      form->session->class_id = g_strdup (self->class_id);
      form->session->date = g_strdup (date);
      form->session->slot = g_strdup (slot);
      px_class_timetable_slot_times (slot, &start_time, &end_time);
      form->session->start_time = g_strdup (start_time);
      form->session->end_time = g_strdup (end_time);
      form->session->hours = g_strcmp0 (slot, "evening") == 0 ? 2 : 3;
      form->session->elective_capacity = PX_INT_UNSET;
    }

  self->form = build_form_window (self, form);
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
  for (int d = 0; d < DAYS_SHOWN && date == NULL; d++, g_date_add_days (&day, 1))
    {
      g_autofree char *iso = format_iso (&day);

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
  if (entry == NULL || !parse_iso (entry->date, &day))
    return;
  for (int i = 0; slots[i] != NULL; i++)
    if (g_strcmp0 (slots[i], entry->slot) == 0)
      slot = i + slot_steps;
  if (slot < 0 || slot >= (int) g_strv_length ((char **) slots))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  add_days (&day, days);
  date = format_iso (&day);
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
  self->week_iso = format_iso (&self->week);
  build_grid (self);
  card = g_hash_table_lookup (self->cards, entry->id);
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
  add_days (&week, 7 * weeks);
  if (g_date_compare (&week, &self->first_week) < 0 || g_date_compare (&week, &self->last_week) > 0)
    return;
  self->week = week;
  g_free (self->week_iso);
  self->week_iso = format_iso (&self->week);
  build_grid (self);
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
  g_free (self->grid_shown);
  g_free (self->mix_shown);
  g_hash_table_unref (self->conflicting);
  g_hash_table_unref (self->cards);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-timetable-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_nav);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_label);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, week_grid);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassTimetableView, mix_list);

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
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
