/* px-attendance-rows.h: the rows and texts the attendance and completion tabs' lists share:
 * plain boxes of labels that look like action rows, in lists that make only the rows in sight
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A one-line label of a row, ellipsized; css_class may be NULL. */
GtkWidget *px_attendance_cell_new         (int                 width_chars,
                                           int                 max_width_chars,
                                           float               xalign,
                                           const char         *css_class);
/* A row with a title and a subtitle; suffixes go in *box_out after them. */
GtkWidget *px_attendance_row_new          (GtkWidget         **box_out);
/* The same for a list made by px_attendance_list_new: suffixes go in the row itself. */
GtkWidget *px_attendance_list_row_new     (void);

/* Makes the widgets of a row of a list; data is what px_attendance_list_new was given. */
typedef GtkWidget *(*PxAttendanceRowMake) (gpointer data);
/* Shows the item at position in row, made by the list's PxAttendanceRowMake. */
typedef void       (*PxAttendanceRowShow) (GtkWidget *row,
                                           guint      position,
                                           gpointer   data);

/* A list of rows that makes only those in sight and gives them the items scrolled to (a
 * one-column GtkGridView: a GtkListView keeps 200 rows), in a scrolled card as high as its
 * rows up to the space there is. Its items are positions: the caller holds the data, show
 * fills a row from it. selectable: one row may be selected. The list is named name. */
GtkWidget *px_attendance_list_new         (const char         *name,
                                           gboolean            selectable,
                                           PxAttendanceRowMake make,
                                           PxAttendanceRowShow show,
                                           gpointer            data);
/* The GtkGridView of a list made by px_attendance_list_new. */
GtkGridView *px_attendance_list_get_view  (GtkWidget          *list);
/* Gives the list n rows, and shows every row in sight again (its item may have changed). */
void       px_attendance_list_set_n_rows  (GtkWidget          *list,
                                           guint               n);
guint      px_attendance_list_get_n_rows  (GtkWidget          *list);
/* The row showing position, or NULL when it is not made (out of sight). */
GtkWidget *px_attendance_list_get_row     (GtkWidget          *list,
                                           guint               position);
/* The position a row of a list shows, or -1. */
int        px_attendance_list_row_position (GtkWidget         *row);
/* The position of the row that has the keyboard focus, or -1. */
int        px_attendance_list_get_focused (GtkWidget          *list);
/* Scrolls to the row at position and gives it the focus; FALSE when there is no such row. */
gboolean   px_attendance_list_focus_row   (GtkWidget          *list,
                                           guint               position);
/* The position selected, or -1. */
int        px_attendance_list_get_selected (GtkWidget         *list);
/* Shows text when the list has no rows. */
void       px_attendance_list_set_placeholder (GtkWidget      *list,
                                               const char     *text);
/* Keeps n rows in list, made by make when more are needed (short lists: leave requests). */
void       px_attendance_rows_ensure      (GtkListBox         *list,
                                           guint               n,
                                           GtkWidget        *(*make) (void));
GtkWidget *px_attendance_rows_get         (GtkListBox         *list,
                                           guint               index);
/* Sets a row's title and subtitle (NULL or "": hidden). */
void       px_attendance_row_set_text     (GtkWidget          *row,
                                           const char         *title,
                                           const char         *subtitle);
/* These set only what changes: rows are updated on every key press of the roll-call. */
void       px_attendance_set_label        (gpointer            label,
                                           const char         *text);
void       px_attendance_set_tooltip      (GtkWidget          *widget,
                                           const char         *text);
/* Gives widget the one class of classes that is css_class (NULL: none). */
void       px_attendance_set_style_class  (GtkWidget          *widget,
                                           const char * const *classes,
                                           const char         *css_class);
/* The dim, wrapped text of an empty list. */
GtkWidget *px_attendance_placeholder_new  (const char         *text);
/* A rate as a whole percentage, floored; "—" for NAN. */
char      *px_attendance_percent_text     (double              ratio);

G_END_DECLS
