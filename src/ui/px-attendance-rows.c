/* px-attendance-rows.c: the rows and texts the attendance tab's lists share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are plain boxes of labels that look like action rows, several times cheaper to make;
 * made once and given the next class's or session's text, so that a tab shown again costs a
 * few label changes.
 *
 * The long lists (a roll, the totals, the completion table: up to a hundred trainees) make
 * only the rows in sight: a tab that becomes visible lays out every widget it holds, and a
 * hundred rows of five or ten widgets each took more than a frame. A one-column GtkGridView
 * recycles its rows; a GtkListView (GTK 4.8) keeps up to 200 row widgets alive.
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

/* The box of a row: the title and subtitle, then the suffixes appended. */
static GtkWidget *
row_box_new (void)
{
  GtkWidget *box, *text, *title, *subtitle;

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
  g_object_set_data (G_OBJECT (box), "title-label", title);
  g_object_set_data (G_OBJECT (box), "subtitle-label", subtitle);
  return box;
}

GtkWidget *
px_attendance_row_new (GtkWidget **box_out)
{
  GtkWidget *row, *box;

  g_return_val_if_fail (box_out != NULL, NULL);

  row = gtk_list_box_row_new ();
  box = row_box_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "title-label", g_object_get_data (G_OBJECT (box),
                                                                       "title-label"));
  g_object_set_data (G_OBJECT (row), "subtitle-label", g_object_get_data (G_OBJECT (box),
                                                                          "subtitle-label"));
  *box_out = box;
  return row;
}

GtkWidget *
px_attendance_list_row_new (void)
{
  GtkWidget *box = row_box_new ();

  gtk_widget_add_css_class (box, "list-row");
  return box;
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

/* Lists that make only the rows in sight */

typedef struct
{
  GtkGridView *view;
  GtkWidget *scrolled;
  GtkWidget *placeholder;         /* a card holding placeholder_label */
  GtkWidget *placeholder_label;
  GListStore *items;   /* one plain object per position: the data is the caller's */
  PxAttendanceRowMake make;
  PxAttendanceRowShow show;
  gpointer data;
} ListData;

static ListData *
list_data (GtkWidget *list)
{
  ListData *d = g_object_get_data (G_OBJECT (list), "px-attendance-list");

  g_return_val_if_fail (d != NULL, NULL);
  return d;
}

static void
list_data_free (ListData *d)
{
  g_clear_object (&d->items);
  g_free (d);
}

/* The card of rows, or the placeholder's text when there are none (and a text). */
static void
show_rows_or_placeholder (ListData *d)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (d->items)) == 0;
  const char *text = gtk_label_get_label (GTK_LABEL (d->placeholder_label));

  gtk_widget_set_visible (d->scrolled, !empty);
  gtk_widget_set_visible (d->placeholder, empty && *text != '\0');
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ListData                 *d)
{
  GtkWidget *row = d->make (d->data);

  /* the item owns the row, the row only points back */
  g_object_set_data (G_OBJECT (row), "px-list-item", item);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ListData                 *d)
{
  d->show (gtk_list_item_get_child (item), gtk_list_item_get_position (item), d->data);
}

GtkWidget *
px_attendance_list_new (const char          *name,
                        gboolean             selectable,
                        PxAttendanceRowMake  make,
                        PxAttendanceRowShow  show,
                        gpointer             data)
{
  GtkWidget *list;
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;
  ListData *d;

  g_return_val_if_fail (make != NULL && show != NULL, NULL);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  factory = gtk_signal_list_item_factory_new ();
  d = g_new0 (ListData, 1);
  d->make = make;
  d->show = show;
  d->data = data;
  d->items = g_list_store_new (G_TYPE_OBJECT);
  if (selectable)
    {
      GtkSingleSelection *single = gtk_single_selection_new (
        G_LIST_MODEL (g_object_ref (d->items)));

      gtk_single_selection_set_autoselect (single, FALSE);
      gtk_single_selection_set_can_unselect (single, TRUE);
      selection = GTK_SELECTION_MODEL (single);
    }
  else
    selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (
      d->items))));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), d);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), d);
  d->view = GTK_GRID_VIEW (gtk_grid_view_new (selection, factory));
  gtk_grid_view_set_max_columns (d->view, 1);
  gtk_widget_set_name (GTK_WIDGET (d->view), name);
  gtk_widget_add_css_class (GTK_WIDGET (d->view), "rows");

  /* as high as the rows, up to the space there is: the rows beyond it are not made */
  d->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (d->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (d->scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (d->scrolled), GTK_WIDGET (d->view));
  gtk_widget_set_overflow (d->scrolled, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (d->scrolled, "card");

  d->placeholder_label = px_attendance_placeholder_new (NULL);
  d->placeholder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (d->placeholder, "card");
  gtk_box_append (GTK_BOX (d->placeholder), d->placeholder_label);
  show_rows_or_placeholder (d);

  gtk_widget_set_vexpand (list, TRUE);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (list), d->scrolled);
  gtk_box_append (GTK_BOX (list), d->placeholder);
  g_object_set_data_full (G_OBJECT (list), "px-attendance-list", d,
                          (GDestroyNotify) list_data_free);
  return list;
}

GtkGridView *
px_attendance_list_get_view (GtkWidget *list)
{
  ListData *d = list_data (list);

  return d != NULL ? d->view : NULL;
}

/* The rows made, in order of position (the list keeps its children so). */
static GtkWidget *
first_made_row (ListData *d)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (d->view));

  return child != NULL ? gtk_widget_get_first_child (child) : NULL;
}

static GtkWidget *
next_made_row (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (gtk_widget_get_parent (row));

  return next != NULL ? gtk_widget_get_first_child (next) : NULL;
}

int
px_attendance_list_row_position (GtkWidget *row)
{
  GtkListItem *item;

  g_return_val_if_fail (GTK_IS_WIDGET (row), -1);

  item = g_object_get_data (G_OBJECT (row), "px-list-item");
  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return -1;
  return gtk_list_item_get_position (item);
}

void
px_attendance_list_set_n_rows (GtkWidget *list,
                               guint      n)
{
  ListData *d = list_data (list);
  guint have;

  g_return_if_fail (d != NULL);

  have = g_list_model_get_n_items (G_LIST_MODEL (d->items));
  if (n > have)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = have; i < n; i++)
        g_ptr_array_add (added, g_object_new (G_TYPE_OBJECT, NULL));
      g_list_store_splice (d->items, have, 0, added->pdata, added->len);
    }
  else if (n < have)
    g_list_store_splice (d->items, n, have - n, NULL, 0);
  show_rows_or_placeholder (d);

  /* the items kept are the same objects, which the rows made do not show again by themselves */
  for (GtkWidget *row = first_made_row (d); row != NULL; row = next_made_row (row))
    {
      int position = px_attendance_list_row_position (row);

      if (position >= 0)
        d->show (row, position, d->data);
    }
}

guint
px_attendance_list_get_n_rows (GtkWidget *list)
{
  ListData *d = list_data (list);

  g_return_val_if_fail (d != NULL, 0);
  return g_list_model_get_n_items (G_LIST_MODEL (d->items));
}

GtkWidget *
px_attendance_list_get_row (GtkWidget *list,
                            guint      position)
{
  ListData *d = list_data (list);

  g_return_val_if_fail (d != NULL, NULL);

  for (GtkWidget *row = first_made_row (d); row != NULL; row = next_made_row (row))
    if (px_attendance_list_row_position (row) == (int) position)
      return row;
  return NULL;
}

int
px_attendance_list_get_focused (GtkWidget *list)
{
  ListData *d = list_data (list);
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (d != NULL, -1);

  root = gtk_widget_get_root (list);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  /* up to the list's child that holds the focus: the item, whose child is the row */
  while (focus != NULL && gtk_widget_get_parent (focus) != GTK_WIDGET (d->view))
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL || gtk_widget_get_first_child (focus) == NULL)
    return -1;
  return px_attendance_list_row_position (gtk_widget_get_first_child (focus));
}

gboolean
px_attendance_list_focus_row (GtkWidget *list,
                              guint      position)
{
  ListData *d = list_data (list);
  GtkWidget *row;

  g_return_val_if_fail (d != NULL, FALSE);

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (d->items)))
    return FALSE;
  /* scrolling to it makes its row when it was out of sight */
  gtk_widget_activate_action (GTK_WIDGET (d->view), "list.scroll-to-item", "u", position);
  row = px_attendance_list_get_row (list, position);
  if (row == NULL)
    return FALSE;
  return gtk_widget_grab_focus (gtk_widget_get_parent (row));
}

int
px_attendance_list_get_selected (GtkWidget *list)
{
  ListData *d = list_data (list);
  GtkSelectionModel *model;
  guint selected;

  g_return_val_if_fail (d != NULL, -1);

  model = gtk_grid_view_get_model (d->view);
  if (!GTK_IS_SINGLE_SELECTION (model))
    return -1;
  selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));
  return selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected;
}

void
px_attendance_list_set_placeholder (GtkWidget  *list,
                                    const char *text)
{
  ListData *d = list_data (list);

  g_return_if_fail (d != NULL);
  px_attendance_set_label (d->placeholder_label, text);
  show_rows_or_placeholder (d);
}
