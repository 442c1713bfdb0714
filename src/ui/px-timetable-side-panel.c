/* px-timetable-side-panel.c: beside the timetable, its conflicts with the buttons that fix them
 * and its teaching-method mix against the class's target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fix buttons only name "timetable.*" actions: the view they sit in makes the change, with
 * its Undo, so the panel never writes.
 */

#define G_LOG_DOMAIN "px-timetable-side-panel"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-timetable-side-panel.h"
#include "px-timetable-text.h"

#define MAX_TEACHER_FIXES 5

struct _PxTimetableSidePanel
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *conflicts_group;
  GtkListBox *conflicts_list;
  GtkListBox *mix_list;

  char *mix_shown;             /* what the method mix shows (see mix_signature), so that
                                * showing the same again rebuilds nothing */
};

G_DEFINE_FINAL_TYPE (PxTimetableSidePanel, px_timetable_side_panel, ADW_TYPE_BIN)

/* Helpers */

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

static gboolean
has_entry (GPtrArray  *entries,
           const char *session_id)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const PxTimetableEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->id, session_id) == 0)
        return TRUE;
    }
  return FALSE;
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
add_fixes (GtkFlowBox            *fixes,
           PxDatabase            *db,
           GPtrArray             *entries,
           const PxClassConflict *conflict,
           GHashTable            *next_slots)
{
  const char *session_id = conflict->session_ids != NULL ? conflict->session_ids[0] : NULL;
  g_autoptr(GError) error = NULL;
  const char *where;

  if (session_id == NULL || !has_entry (entries, session_id))
    return;
  /* the session may be in another week than the one shown */
  gtk_flow_box_append (fixes, fix_button (_("Show Session"), "timetable.show-session",
                                          g_variant_new_string (session_id)));
  if (conflict->kind == PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED)
    {
      g_autoptr(GPtrArray) teachers = px_class_timetable_free_teachers (db, session_id,
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

      if (!px_class_timetable_next_free_slot (db, session_id, &date, &slot, &error))
        g_warning ("Next free slot of %s: %s", session_id, error->message);
      where = date != NULL ? g_strdup_printf ("%s %s", date, slot) : g_strdup ("");
      g_hash_table_insert (next_slots, g_strdup (session_id), (char *) where);
    }
  if (*where != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (where, " ", 2);
      g_autofree char *text = px_timetable_format_slot (parts[0], parts[1]);
      /* Translators: a button that moves the session, e.g. "Move to 3月4日 下午" */
      g_autofree char *label = g_strdup_printf (_("Move to %s"), text);

      gtk_flow_box_append (fixes, fix_button (label, "timetable.move-session",
                                              g_variant_new ("(sss)", session_id, parts[0],
                                                             parts[1])));
    }
}

static GtkWidget *
build_conflict_row (PxDatabase            *db,
                    GPtrArray             *entries,
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
  add_fixes (GTK_FLOW_BOX (fixes), db, entries, conflict, next_slots);
  gtk_widget_set_visible (fixes, gtk_widget_get_first_child (fixes) != NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* The method mix */

static void
fill_mix (PxTimetableSidePanel *self,
          const PxMethodMix    *mix,
          double                required_hours)
{
  int share = (int) lround (mix->lecture_share * 100);
  int target = (int) lround (mix->max_lecture_share * 100);
  const char *share_class = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *theory = px_timetable_format_hours (mix->theory_hours);
  g_autofree char *practice = px_timetable_format_hours (mix->practice_hours);
  g_autofree char *balance = NULL;
  g_autofree char *total = px_timetable_format_hours (mix->hours);
  g_autofree char *required = NULL;
  GtkWidget *row;
  GtkWidget *bar;

  remove_rows (self->mix_list);
  for (guint i = 0; i < mix->methods->len; i++)
    {
      const PxMethodHours *m = &g_array_index (mix->methods, PxMethodHours, i);
      g_autofree char *hours = px_timetable_format_hours (m->hours);
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

  if (!isnan (required_hours))
    {
      g_autofree char *need = px_timetable_format_hours (required_hours);

      /* Translators: the timetable's hours of the class's required hours, "46 学时 / 50 学时" */
      required = g_strdup_printf (_("%s of %s"), total, need);
    }
  gtk_list_box_append (self->mix_list,
                       mix_row (_("Total"), NULL, required != NULL ? required : total,
                                required != NULL
                                  && mix->hours + 0.005 < required_hours
                                  ? "warning" : NULL, NULL));
}

static char *
mix_signature (const PxMethodMix *mix,
               double             required_hours)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%g %g %g %g %g", mix->max_lecture_share, mix->lecture_share,
                          mix->theory_hours, mix->practice_hours, required_hours);
  for (guint i = 0; i < mix->methods->len; i++)
    {
      const PxMethodHours *m = &g_array_index (mix->methods, PxMethodHours, i);

      g_string_append_printf (text, "\n%s %g", m->method, m->hours);
    }
  return g_string_free (text, FALSE);
}

/* GObject overrides */

static void
px_timetable_side_panel_dispose (GObject *object)
{
  /* AdwBin unparents its child itself: hand it back first, so that the template does not
   * unparent it a second time */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_TIMETABLE_SIDE_PANEL);

  G_OBJECT_CLASS (px_timetable_side_panel_parent_class)->dispose (object);
}

static void
px_timetable_side_panel_finalize (GObject *object)
{
  PxTimetableSidePanel *self = PX_TIMETABLE_SIDE_PANEL (object);

  g_free (self->mix_shown);

  G_OBJECT_CLASS (px_timetable_side_panel_parent_class)->finalize (object);
}

static void
px_timetable_side_panel_class_init (PxTimetableSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_timetable_side_panel_dispose;
  object_class->finalize = px_timetable_side_panel_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-timetable-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PxTimetableSidePanel, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, PxTimetableSidePanel, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, PxTimetableSidePanel, mix_list);
}

static void
px_timetable_side_panel_init (PxTimetableSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

void
px_timetable_side_panel_show_conflicts (PxTimetableSidePanel *self,
                                        PxDatabase           *db,
                                        GPtrArray            *conflicts,
                                        GPtrArray            *entries)
{
  g_autoptr(GHashTable) next_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            g_free);

  g_return_if_fail (PX_IS_TIMETABLE_SIDE_PANEL (self));
  g_return_if_fail (PX_IS_DATABASE (db));
  g_return_if_fail (conflicts != NULL);

  remove_rows (self->conflicts_list);
  if (conflicts->len == 0)
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
  for (guint i = 0; i < conflicts->len; i++)
    gtk_list_box_append (self->conflicts_list,
                         build_conflict_row (db, entries, g_ptr_array_index (conflicts, i),
                                             next_slots));
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (NULL, "%u conflict to resolve",
                                                           "%u conflicts to resolve",
                                                           conflicts->len),
                                              conflicts->len);

    adw_preferences_group_set_description (self->conflicts_group, count);
  }
}

void
px_timetable_side_panel_show_mix (PxTimetableSidePanel *self,
                                  const PxMethodMix    *mix,
                                  double                required_hours)
{
  g_autofree char *signature = NULL;

  g_return_if_fail (PX_IS_TIMETABLE_SIDE_PANEL (self));
  g_return_if_fail (mix != NULL);

  signature = mix_signature (mix, required_hours);
  if (g_strcmp0 (signature, self->mix_shown) == 0)
    return;
  fill_mix (self, mix, required_hours);
  g_free (self->mix_shown);
  self->mix_shown = g_steal_pointer (&signature);
}

void
px_timetable_side_panel_forget_mix (PxTimetableSidePanel *self)
{
  g_return_if_fail (PX_IS_TIMETABLE_SIDE_PANEL (self));

  g_clear_pointer (&self->mix_shown, g_free);
}
