/* px-cadre-export.c: the cadre roster out to a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cadre-export"

#include "config.h"

#include "px-cadre-export.h"
#include "px-cadre-import.h"
#include "px-sheet.h"

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

gint64
px_cadre_export_query (PxDatabase         *db,
                       const char         *path,
                       sqlite3_stmt       *stmt,
                       const char * const *extra_headers,
                       GError            **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  guint n_extra = extra_headers != NULL ? g_strv_length ((char **) extra_headers) : 0;
  int n_columns = PX_ROSTER_N_COLUMNS + n_extra;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), -1);
  g_return_val_if_fail (path != NULL, -1);
  g_return_val_if_fail (stmt != NULL, -1);
  g_return_val_if_fail (sqlite3_column_count (stmt) == n_columns, -1);

  for (const char * const *h = px_cadre_roster_headers (); *h != NULL; h++)
    g_ptr_array_add (headers, (gpointer) *h);
  for (guint i = 0; i < n_extra; i++)
    g_ptr_array_add (headers, (gpointer) extra_headers[i]);
  g_ptr_array_add (headers, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, n_columns + 1);

      for (int i = 0; i < n_columns; i++)
        row[i] = column_dup (stmt, i);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return -1;
    }

  if (!px_sheet_write_file (path, (const char * const *) headers->pdata, rows, error))
    return -1;
  return rows->len;
}

gint64
px_cadre_export_file (PxDatabase  *db,
                      const char  *path,
                      const char  *search,
                      GError     **error)
{
  static const char sql[] =
    "SELECT " PX_CADRE_EXPORT_COLUMNS " "
    "FROM cadre c LEFT JOIN org_unit u ON u.id = c.unit_id "
    "WHERE ?1 IS NULL OR c.name LIKE ?1 OR c.citizen_id LIKE ?1 OR c.phone LIKE ?1 "
    "OR u.name LIKE ?1 ORDER BY u.name, c.name, c.citizen_id";
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), -1);
  g_return_val_if_fail (path != NULL, -1);

  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return -1;
  if (search != NULL && *search != '\0')
    {
      pattern = g_strdup_printf ("%%%s%%", search);
      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
    }
  else
    sqlite3_bind_null (stmt, 1);
  return px_cadre_export_query (db, path, stmt, NULL, error);
}
