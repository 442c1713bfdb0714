/* px-attendance-rows.c: the rows and texts the attendance tab's lists share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are plain boxes of labels that look like action rows, several times cheaper to make;
 * made once and given the next class's or session's text, so that a tab shown again costs a
 * few label changes.
 */

#define G_LOG_DOMAIN "px-attendance-rows"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-attendance-rows.h"

/* A one-line text of a row. (Not a GtkInscription, which would not lay the list out again
 * when a row is given the next trainee's name: its height follows the Latin font's metrics and
 * clips the tops of Chinese characters.) */
GtkWidget *
px_attendance_cell_new (int         width_chars,
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

GtkWidget *
px_attendance_row_new (GtkWidget **box_out)
{
  GtkWidget *row, *box, *text, *title, *subtitle;

  g_return_val_if_fail (box_out != NULL, NULL);

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  title = px_attendance_cell_new (-1, -1, 0, "title");
  subtitle = px_attendance_cell_new (-1, -1, 0, "subtitle");
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

void
px_attendance_row_set_text (GtkWidget  *row,
                            const char *title,
                            const char *subtitle)
{
  GtkWidget *subtitle_label = g_object_get_data (G_OBJECT (row), "subtitle-label");

  g_return_if_fail (GTK_IS_LABEL (subtitle_label));

  px_attendance_set_label (g_object_get_data (G_OBJECT (row), "title-label"), title);
  px_attendance_set_label (subtitle_label, subtitle);
  gtk_widget_set_visible (subtitle_label, subtitle != NULL && *subtitle != '\0');
}

void
px_attendance_rows_ensure (GtkListBox  *list,
                           guint        n,
                           GtkWidget *(*make) (void))
{
  GtkListBoxRow *extra;
  guint have = 0;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while (gtk_list_box_get_row_at_index (list, have) != NULL)
    have++;
  for (; have < n; have++)
    gtk_list_box_append (list, make ());
  while ((extra = gtk_list_box_get_row_at_index (list, n)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (extra));
}

GtkWidget *
px_attendance_rows_get (GtkListBox *list,
                        guint       index)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
}

/* Setting a label's text, even to the same text, lays the label out again. */
void
px_attendance_set_label (gpointer    label,
                         const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text != NULL ? text : "") != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

void
px_attendance_set_tooltip (GtkWidget  *widget,
                           const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* Each change of a class restyles the widget. */
void
px_attendance_set_style_class (GtkWidget          *widget,
                               const char * const *classes,
                               const char         *css_class)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (guint i = 0; classes[i] != NULL; i++)
    {
      gboolean want = g_strcmp0 (classes[i], css_class) == 0;

      if (want && !gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_add_css_class (widget, classes[i]);
      else if (!want && gtk_widget_has_css_class (widget, classes[i]))
        gtk_widget_remove_css_class (widget, classes[i]);
    }
}

GtkWidget *
px_attendance_placeholder_new (const char *text)
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

char *
px_attendance_percent_text (double ratio)
{
  if (isnan (ratio))
    return g_strdup ("—");
  /* Translators: a rate, e.g. 86 % */
  return g_strdup_printf (_("%.0f %%"), floor (100 * ratio + 1e-9));
}
