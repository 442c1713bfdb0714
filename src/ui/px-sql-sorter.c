/* px-sql-sorter.c: a column view sorter whose sorting is done by SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-sql-sorter"

#include "px-sql-sorter.h"

struct _PxSqlSorter
{
  GtkSorter parent_instance;

  char *key;
};

G_DEFINE_FINAL_TYPE (PxSqlSorter, px_sql_sorter, GTK_TYPE_SORTER)

/* Set by the first PxSqlSorter asked to compare during px_sql_sorter_read_primary. */
static PxSqlSorter *first_asked;

static GtkOrdering
px_sql_sorter_compare (GtkSorter *sorter,
                       gpointer   item1,
                       gpointer   item2)
{
  if (first_asked == NULL)
    first_asked = PX_SQL_SORTER (sorter);
  /* Never "equal", so that the column view's sorter stops at its primary column; the
   * rows themselves come sorted from SQL. */
  return GTK_ORDERING_LARGER;
}

static GtkSorterOrder
px_sql_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
px_sql_sorter_finalize (GObject *object)
{
  g_free (PX_SQL_SORTER (object)->key);
  G_OBJECT_CLASS (px_sql_sorter_parent_class)->finalize (object);
}

static void
px_sql_sorter_class_init (PxSqlSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = px_sql_sorter_finalize;
  sorter_class->compare = px_sql_sorter_compare;
  sorter_class->get_order = px_sql_sorter_get_order;
}

static void
px_sql_sorter_init (PxSqlSorter *self)
{
}

PxSqlSorter *
px_sql_sorter_new (const char *key)
{
  PxSqlSorter *self = g_object_new (PX_TYPE_SQL_SORTER, NULL);

  self->key = g_strdup (key);
  return self;
}

const char *
px_sql_sorter_get_key (PxSqlSorter *self)
{
  g_return_val_if_fail (PX_IS_SQL_SORTER (self), NULL);
  return self->key;
}

const char *
px_sql_sorter_read_primary (GtkSorter *column_view_sorter,
                            gboolean  *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering ordering;
  PxSqlSorter *primary;

  g_return_val_if_fail (GTK_IS_SORTER (column_view_sorter), NULL);

  first_asked = NULL;
  ordering = gtk_sorter_compare (column_view_sorter, a, b);
  primary = first_asked;
  first_asked = NULL;
  if (primary == NULL || ordering == GTK_ORDERING_EQUAL)
    return NULL;
  if (descending != NULL)
    *descending = ordering == GTK_ORDERING_SMALLER;
  return primary->key;
}
