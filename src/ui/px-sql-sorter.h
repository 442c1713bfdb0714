/* px-sql-sorter.h: a column view sorter whose sorting is done by SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_SQL_SORTER (px_sql_sorter_get_type ())

G_DECLARE_FINAL_TYPE (PxSqlSorter, px_sql_sorter, PX, SQL_SORTER, GtkSorter)

PxSqlSorter *px_sql_sorter_new  (const char *key);
const char  *px_sql_sorter_get_key (PxSqlSorter *self);

/* The key and direction of the column a GtkColumnView is sorted by, or NULL when it is not
 * sorted. GTK 4.8 has no getter for them (gtk_column_view_sorter_get_primary_sort_column is
 * 4.10), so this asks the column view's sorter to compare once and sees which column's
 * sorter it asked first and how it turned the answer. */
const char  *px_sql_sorter_read_primary (GtkSorter *column_view_sorter,
                                         gboolean  *descending);

G_END_DECLS
