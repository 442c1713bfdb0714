/* px-attendance-rows.h: the rows and texts the attendance tab's lists share: plain boxes of
 * labels that look like action rows, made once and given new text
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
/* Sets a row's title and subtitle (NULL or "": hidden). */
void       px_attendance_row_set_text     (GtkWidget          *row,
                                           const char         *title,
                                           const char         *subtitle);
/* Keeps n rows in list, made by make when more are needed. */
void       px_attendance_rows_ensure      (GtkListBox         *list,
                                           guint               n,
                                           GtkWidget        *(*make) (void));
GtkWidget *px_attendance_rows_get         (GtkListBox         *list,
                                           guint               index);
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
