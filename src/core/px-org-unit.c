/* px-org-unit.c: 单位, the tree of organisations cadres work in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-org-unit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-org-unit.h"
#include "px-validation-error.h"

static gboolean
validate_org_unit (PxDatabase     *db,
                   gconstpointer   record,
                   GError        **error)
{
  const PxOrgUnit *unit = record;

  if (unit->parent_id != NULL && g_strcmp0 (unit->parent_id, unit->base.id) == 0)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "parent_id",
                               _("A unit cannot be its own parent."));
      return FALSE;
    }
  return TRUE;
}

static const PxField org_unit_fields[] = {
  PX_FIELD_DEF (PxOrgUnit, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Name")),
  PX_FIELD_DEF (PxOrgUnit, parent_id, "parent_id", PX_FIELD_TEXT, 0, N_("Parent unit")),
  PX_FIELD_DEF (PxOrgUnit, code, "code", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Code")),
  PX_FIELD_DEF (PxOrgUnit, kind, "kind", PX_FIELD_TEXT, 0, N_("Kind")),
  PX_FIELD_DEF (PxOrgUnit, sort_order, "sort_order", PX_FIELD_INT, 0, N_("Order")),
};

const PxEntity px_org_unit_entity = {
  "org_unit", N_("unit"), sizeof (PxOrgUnit),
  org_unit_fields, G_N_ELEMENTS (org_unit_fields),
  (GDestroyNotify) px_org_unit_free, validate_org_unit,
};

PX_DEFINE_RECORD (PxOrgUnit, px_org_unit)

char *
px_org_unit_ensure_by_name (PxDatabase  *db,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(PxOrgUnit) unit = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  stmt = px_database_prepare (db, "SELECT id FROM org_unit WHERE name = ?1 "
                                  "ORDER BY parent_id IS NOT NULL, id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

      sqlite3_reset (stmt);
      return id;
    }
  sqlite3_reset (stmt);

  unit = px_org_unit_new ();
  unit->name = g_strdup (name);
  if (!px_org_unit_insert (db, unit, error))
    return NULL;
  return g_strdup (unit->base.id);
}

GStrv
px_org_unit_list_tree (PxDatabase  *db,
                       GError     **error)
{
  static const char sql[] =
    "WITH RECURSIVE tree (id, name, depth, path) AS ("
    " SELECT id, name, 0, printf ('%08d', sort_order) || name || id FROM org_unit"
    "  WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM org_unit)"
    " UNION ALL"
    " SELECT o.id, o.name, tree.depth + 1, tree.path || '/' || printf ('%08d', o.sort_order)"
    "  || o.name || o.id FROM org_unit o JOIN tree ON o.parent_id = tree.id"
    "  WHERE tree.depth < 32)"
    " SELECT id, name, depth FROM tree ORDER BY path";
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GString) label = g_string_new (NULL);
      int depth = sqlite3_column_int (stmt, 2);

      for (int i = 0; i < depth; i++)
        g_string_append (label, "　");   /* U+3000 */
      g_string_append (label, (const char *) sqlite3_column_text (stmt, 1));
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (builder, label->str);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

GHashTable *
px_org_unit_name_map (PxDatabase  *db,
                      GError     **error)
{
  static const char sql[] = "SELECT id, name FROM org_unit";
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (map, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&map);
}
