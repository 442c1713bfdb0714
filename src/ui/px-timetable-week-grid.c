/* px-timetable-week-grid.c: one week of a class's timetable, days by 上午/下午/晚上, with a card
 * for each session and a "+" in the empty slots of class days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid only shows: its cards and buttons activate the view's "timetable.*" actions, and a
 * card dropped on a cell is handed to the view by "session-dropped".
 */

#define G_LOG_DOMAIN "px-timetable-week-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "px-entity.h"
#include "px-teaching-method.h"
#include "px-timetable-text.h"
#include "px-timetable-week-grid.h"

struct _PxTimetableWeekGrid
{
  GtkGrid parent_instance;

  GHashTable *cards;           /* session id → its card (the grid holds it) */
  char *start_date;            /* the class's dates, for its days */
  char *end_date;
  char *week_iso;              /* the Monday shown */
  char *grid_shown;            /* what the grid shows (see grid_signature), so that showing the
                                * same again rebuilds nothing */
};

enum {
  SESSION_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxTimetableWeekGrid, px_timetable_week_grid, GTK_TYPE_GRID)

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
build_card (PxTimetableWeekGrid    *self,
            const PxTimetableEntry *entry,
            GHashTable             *conflicting)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;
  g_autofree char *place = place_text (entry);
  g_autofree char *hours = px_timetable_format_hours (entry->hours);
  g_autofree char *method = g_strdup_printf ("%s · %s", method_label (entry->method), hours);
  g_autofree char *tooltip = NULL;
  const char *title = entry->title != NULL ? entry->title : _("Untitled session");
  gboolean conflict = g_hash_table_contains (conflicting, entry->id);
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
cell_drop_cb (GtkDropTarget       *target,
              const GValue        *value,
              double               x,
              double               y,
              PxTimetableWeekGrid *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *session_id = g_value_get_string (value);
  gboolean moved = FALSE;

  if (session_id == NULL)
    return FALSE;
  g_signal_emit (self, signals[SESSION_DROPPED], 0, session_id,
                 g_object_get_data (G_OBJECT (cell), "date"),
                 g_object_get_data (G_OBJECT (cell), "slot"), &moved);
  return moved;
}

static gboolean
is_class_day (PxTimetableWeekGrid *self,
              const char          *iso)
{
  return px_timetable_is_class_day (iso, self->start_date, self->end_date);
}

static GtkWidget *
build_day_header (PxTimetableWeekGrid *self,
                  const GDate         *day,
                  const char          *iso)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *date = px_timetable_format_short_date (day);
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
build_cell (PxTimetableWeekGrid *self,
            const char          *iso,
            const char          *slot)
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
  g_autofree char *where = px_timetable_format_slot (iso, slot);
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

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Everything the grid shows: the page calls set_class whenever another tab changed something,
 * which mostly leaves the timetable as it was. */
static char *
grid_signature (PxTimetableWeekGrid *self,
                GPtrArray           *entries,
                GHashTable          *conflicting)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s", or_empty (self->week_iso),
                          or_empty (self->start_date), or_empty (self->end_date));
  for (guint i = 0; i < entries->len; i++)
    {
      const PxTimetableEntry *e = g_ptr_array_index (entries, i);

      g_string_append_printf (text, "\n%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%g|%d|%" G_GINT64_FORMAT
                              "|%u|%d", e->id, e->date, e->slot, e->start_time, e->end_time,
                              or_empty (e->title), or_empty (e->teacher_name),
                              or_empty (e->base_name), or_empty (e->room), or_empty (e->method),
                              or_empty (e->course_id), e->hours, e->is_elective,
                              e->elective_capacity, e->n_choices,
                              g_hash_table_contains (conflicting, e->id));
    }
  return g_string_free (text, FALSE);
}

/* The week shown. Cells are filled before they join the grid: a widget added to a rooted
 * parent has its style worked out on the spot, one added to a loose one with its parent. */
static void
build_grid (PxTimetableWeekGrid *self,
            const GDate         *monday,
            GPtrArray           *entries,
            GHashTable          *conflicting)
{
  const char * const *slots = px_class_timetable_slots ();
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) busy_days = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) placed = g_ptr_array_new ();   /* cells in the order built */
  int column = 1;

  px_timetable_week_grid_clear (self);
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (busy_days, ((PxTimetableEntry *) g_ptr_array_index (entries, i))->date);

  for (int d = 0; d < PX_TIMETABLE_DAYS_SHOWN; d++)
    {
      GDate day = *monday;
      g_autofree char *iso = NULL;

      px_timetable_add_days (&day, d);
      iso = px_timetable_format_iso (&day);
      /* a weekend without classes would only take room from the days that have them */
      if (g_date_get_weekday (&day) >= G_DATE_SATURDAY && !is_class_day (self, iso)
          && !g_hash_table_contains (busy_days, iso))
        continue;
      gtk_grid_attach (GTK_GRID (self), build_day_header (self, &day, iso), column, 0, 1, 1);
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
    gtk_grid_attach (GTK_GRID (self), build_slot_header (slots[s]), 0, s + 1, 1, 1);

  for (guint i = 0; i < entries->len; i++)
    {
      const PxTimetableEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *key = g_strdup_printf ("%s %s", entry->date, entry->slot);
      GtkWidget *cell = g_hash_table_lookup (cells, key);

      if (cell != NULL)
        gtk_box_append (GTK_BOX (cell), build_card (self, entry, conflicting));
    }

  for (guint i = 0; i < placed->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (placed, i);
      const char *iso = g_object_get_data (G_OBJECT (cell), "date");

      /* the empty slots of class days offer to add a session there */
      if (gtk_widget_get_first_child (cell) == NULL && is_class_day (self, iso))
        add_button_for (cell, iso, g_object_get_data (G_OBJECT (cell), "slot"));
      gtk_grid_attach (GTK_GRID (self), cell,
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column")),
                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "row")), 1, 1);
    }
}

/* GObject overrides */

static void
px_timetable_week_grid_dispose (GObject *object)
{
  PxTimetableWeekGrid *self = PX_TIMETABLE_WEEK_GRID (object);

  g_hash_table_remove_all (self->cards);

  G_OBJECT_CLASS (px_timetable_week_grid_parent_class)->dispose (object);
}

static void
px_timetable_week_grid_finalize (GObject *object)
{
  PxTimetableWeekGrid *self = PX_TIMETABLE_WEEK_GRID (object);

  g_hash_table_unref (self->cards);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->week_iso);
  g_free (self->grid_shown);

  G_OBJECT_CLASS (px_timetable_week_grid_parent_class)->finalize (object);
}

static void
px_timetable_week_grid_class_init (PxTimetableWeekGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_timetable_week_grid_dispose;
  object_class->finalize = px_timetable_week_grid_finalize;

  /**
   * PxTimetableWeekGrid::session-dropped:
   * @session_id: the session of the card dropped
   * @date: the cell's day (YYYY-MM-DD)
   * @slot: the cell's slot
   *
   * Emitted when a card is dropped on a cell. Returns: %TRUE when the session moved there.
   */
  signals[SESSION_DROPPED] = g_signal_new ("session-dropped", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0,
                                           g_signal_accumulator_true_handled, NULL, NULL,
                                           G_TYPE_BOOLEAN, 3, G_TYPE_STRING, G_TYPE_STRING,
                                           G_TYPE_STRING);
}

static void
px_timetable_week_grid_init (PxTimetableWeekGrid *self)
{
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

void
px_timetable_week_grid_show (PxTimetableWeekGrid *self,
                             const GDate         *monday,
                             const char          *start_date,
                             const char          *end_date,
                             GPtrArray           *entries,
                             GHashTable          *conflicting)
{
  g_autofree char *signature = NULL;

  g_return_if_fail (PX_IS_TIMETABLE_WEEK_GRID (self));
  g_return_if_fail (monday != NULL && g_date_valid (monday));
  g_return_if_fail (entries != NULL);
  g_return_if_fail (conflicting != NULL);

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_free (self->week_iso);
  self->week_iso = px_timetable_format_iso (monday);
  signature = grid_signature (self, entries, conflicting);
  if (g_strcmp0 (signature, self->grid_shown) == 0)
    return;
  build_grid (self, monday, entries, conflicting);
  g_free (self->grid_shown);
  self->grid_shown = g_steal_pointer (&signature);
}

void
px_timetable_week_grid_clear (PxTimetableWeekGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (PX_IS_TIMETABLE_WEEK_GRID (self));

  g_hash_table_remove_all (self->cards);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_grid_remove (GTK_GRID (self), child);
  g_clear_pointer (&self->grid_shown, g_free);
}

GtkWidget *
px_timetable_week_grid_get_card (PxTimetableWeekGrid *self,
                                 const char          *session_id)
{
  g_return_val_if_fail (PX_IS_TIMETABLE_WEEK_GRID (self), NULL);

  return session_id != NULL ? g_hash_table_lookup (self->cards, session_id) : NULL;
}
