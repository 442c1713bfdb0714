/* px-attendance-totals-list.c: each trainee's attendance in a class, flagged below the
 * threshold and warned near the 1/7 line of leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attendance-totals-list"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"
#include "px-attendance-totals-list.h"
#include "px-class-attendance.h"
#include "px-format.h"

struct _PxAttendanceTotalsList
{
  AdwBin parent_instance;

  GtkWidget *list;      /* made by px_attendance_list_new */

  /* Owned references */
  GPtrArray *totals;    /* (element-type PxAttendanceTotals) one per row */
  double threshold;
};

G_DEFINE_FINAL_TYPE (PxAttendanceTotalsList, px_attendance_totals_list, ADW_TYPE_BIN)

static void
show_totals_row (GtkWidget *row,
                 guint      position,
                 gpointer   data)
{
  PxAttendanceTotalsList *self = data;
  const PxAttendanceTotals *t;
  double threshold = self->threshold;
  GtkWidget *rate = g_object_get_data (G_OBJECT (row), "rate-label");
  g_autofree char *attended = NULL;
  g_autofree char *held = NULL;
  g_autofree char *leave = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *absent = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) tooltip = g_string_new (NULL);
  gboolean warn, flag;

  if (self->totals == NULL || position >= self->totals->len)
    return;
  t = g_ptr_array_index (self->totals, position);
  warn = t->leave_state == PX_LEAVE_STATE_NEAR;
  flag = t->below_threshold || t->leave_state == PX_LEAVE_STATE_OVER;
  attended = px_format_hours (t->attended_hours);
  held = px_format_hours (t->held_hours);
  leave = px_format_hours (t->leave_hours);
  limit = px_format_hours (round (t->leave_limit * 10) / 10);
  absent = px_format_hours (t->absent_hours);
  percent = px_attendance_percent_text (t->rate);

  /* Translators: a trainee's hours: attended of held so far, leave of the 1/7 limit, absent */
  subtitle = g_strdup_printf (_("Attended %s of %s h · leave %s of %s h allowed · absent %s h"),
                              attended, held, leave, limit, absent);
  px_attendance_row_set_text (row, t->name, subtitle);
  px_attendance_set_label (rate, percent);

  if (t->below_threshold)
    {
      g_autofree char *threshold_text = px_attendance_percent_text (threshold);

      /* Translators: the trainee's rate is below the class's threshold (a percentage) */
      g_string_append_printf (tooltip, _("Attendance below the class’s %s."), threshold_text);
    }
  if (t->leave_state == PX_LEAVE_STATE_OVER)
    g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? " " : "",
                            _("Leave over 1/7 of the class hours: the completion rule "
                              "withdraws the trainee."));
  else if (warn)
    g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? " " : "",
                            _("Leave near 1/7 of the class hours: a little more and the "
                              "trainee is withdrawn."));
  px_attendance_set_tooltip (row, tooltip->len > 0 ? tooltip->str : NULL);

  {
    static const char * const classes[] = { "error", "warning", NULL };
    const char *css_class = flag ? "error" : warn ? "warning" : NULL;

    /* on the list's item, which holds the row: its edge is marked (style.css) */
    px_attendance_set_style_class (gtk_widget_get_parent (row), classes, css_class);
    px_attendance_set_style_class (rate, classes, css_class);
  }
}

static GtkWidget *
make_totals_row (gpointer data)
{
  GtkWidget *row = px_attendance_list_row_new ();
  GtkWidget *rate = px_attendance_cell_new (-1, -1, 1, "numeric");

  gtk_widget_set_valign (rate, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), rate);
  g_object_set_data (G_OBJECT (row), "rate-label", rate);
  return row;
}

static void
px_attendance_totals_list_dispose (GObject *object)
{
  PxAttendanceTotalsList *self = PX_ATTENDANCE_TOTALS_LIST (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->totals, g_ptr_array_unref);

  G_OBJECT_CLASS (px_attendance_totals_list_parent_class)->dispose (object);
}

static void
px_attendance_totals_list_class_init (PxAttendanceTotalsListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = px_attendance_totals_list_dispose;
}

static void
px_attendance_totals_list_init (PxAttendanceTotalsList *self)
{
  self->list = px_attendance_list_new ("totals", FALSE, make_totals_row, show_totals_row, self);
  px_attendance_list_set_placeholder (self->list, _("The class has no enrolled trainees yet."));
  adw_bin_set_child (ADW_BIN (self), self->list);
}

GtkWidget *
px_attendance_totals_list_new (void)
{
  return g_object_new (PX_TYPE_ATTENDANCE_TOTALS_LIST, NULL);
}

void
px_attendance_totals_list_set_totals (PxAttendanceTotalsList *self,
                                      GPtrArray              *totals,
                                      double                  threshold)
{
  g_return_if_fail (PX_IS_ATTENDANCE_TOTALS_LIST (self));

  if (totals != NULL)
    g_ptr_array_ref (totals);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  self->totals = totals;
  self->threshold = threshold;
  px_attendance_list_set_n_rows (self->list, totals != NULL ? totals->len : 0);
}
