/* px-link.c: the many-to-many links between records, read and replaced as sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-link"

#include "px-link.h"
#include "px-record-field.h"

static GStrv
collect_strings (PxDatabase    *db,
                 sqlite3_stmt  *stmt,
                 int            n_columns,
                 GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int i = 0; i < n_columns; i++)
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, i) ?: "");
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

GStrv
px_link_get_targets (PxDatabase        *db,
                     const PxLinkSpec  *spec,
                     const char        *owner_id,
                     GError           **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL && owner_id != NULL, NULL);

  sql = g_strdup_printf ("SELECT t.id FROM %s l JOIN %s t ON t.id = l.%s WHERE l.%s = ?1 "
                         "ORDER BY %s", spec->link->table, spec->target_table,
                         spec->target_column, spec->owner_column, spec->target_order);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_TRANSIENT);
  return collect_strings (db, stmt, 1, error);
}

GStrv
px_link_list_choices (PxDatabase        *db,
                      const PxLinkSpec  *spec,
                      GError           **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  sql = g_strdup_printf ("SELECT id, %s FROM %s ORDER BY %s", spec->target_name,
                         spec->target_table, spec->target_order);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  return collect_strings (db, stmt, 2, error);
}

char *
px_link_describe (PxDatabase        *db,
                  const PxLinkSpec  *spec,
                  const char        *owner_id)
{
  g_autofree char *sql = NULL;
  g_auto(GStrv) names = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  if (owner_id == NULL)
    return g_strdup ("");
  sql = g_strdup_printf ("SELECT t.%s FROM %s l JOIN %s t ON t.id = l.%s WHERE l.%s = ?1 "
                         "ORDER BY %s", spec->target_name, spec->link->table,
                         spec->target_table, spec->target_column, spec->owner_column,
                         spec->target_order);
  stmt = px_database_prepare (db, sql, NULL);
  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_TRANSIENT);
  names = collect_strings (db, stmt, 1, NULL);
  return names != NULL ? g_strjoinv ("、", names) : g_strdup ("");
}

static gboolean
delete_link (PxDatabase        *db,
             const PxLinkSpec  *spec,
             const char        *owner_id,
             const char        *target_id,
             GError           **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 AND %s = ?2",
                                          spec->link->table, spec->owner_column,
                                          spec->target_column);
  g_autofree char *link_id = NULL;
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, target_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    link_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (link_id == NULL)
    return TRUE;
  return px_entity_delete (db, spec->link, link_id, error);
}

static gboolean
insert_link (PxDatabase        *db,
             const PxLinkSpec  *spec,
             const char        *owner_id,
             const char        *target_id,
             GError           **error)
{
  gpointer record = px_record_new (spec->link);
  gboolean done;

  done = px_record_field_set_text (spec->link, px_entity_find_field (spec->link,
                                                                     spec->owner_column),
                                   record, owner_id, error)
         && px_record_field_set_text (spec->link, px_entity_find_field (spec->link,
                                                                        spec->target_column),
                                      record, target_id, error)
         && px_entity_insert (db, spec->link, record, error);
  px_record_free (spec->link, record);
  return done;
}

gboolean
px_link_set_targets (PxDatabase         *db,
                     const PxLinkSpec   *spec,
                     const char         *owner_id,
                     const char * const *target_ids,
                     GError            **error)
{
  g_auto(GStrv) current = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (spec != NULL && owner_id != NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;
  current = px_link_get_targets (db, spec, owner_id, error);
  if (current == NULL)
    goto failed;
  for (guint i = 0; current[i] != NULL; i++)
    if ((target_ids == NULL || !g_strv_contains (target_ids, current[i]))
        && !delete_link (db, spec, owner_id, current[i], error))
      goto failed;
  for (guint i = 0; target_ids != NULL && target_ids[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) current, target_ids[i])
        && !insert_link (db, spec, owner_id, target_ids[i], error))
      goto failed;
  return px_database_commit (db, error);

failed:
  px_database_rollback (db);
  return FALSE;
}
