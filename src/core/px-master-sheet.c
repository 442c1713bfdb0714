/* px-master-sheet.c: what the sheet layouts of master data share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-master-sheet"

#include "config.h"

#include <string.h>

#include "px-master-sheet-private.h"

const PxMasterSheet *
_px_master_sheet_get (PxMasterKind kind)
{
  static const PxMasterSheet * const sheets[PX_MASTER_N_KINDS] = {
    [PX_MASTER_TEACHERS] = &px_teacher_sheet,
    [PX_MASTER_BASES] = &px_base_sheet,
    [PX_MASTER_COURSES] = &px_course_sheet,
  };

  g_return_val_if_fail ((guint) kind < PX_MASTER_N_KINDS, NULL);
  g_assert (sheets[kind]->kind == kind);
  return sheets[kind];
}

GPtrArray *
_px_master_find (PxDatabase      *db,
                 const PxEntity  *entity,
                 const char      *column,
                 const char      *value,
                 GError         **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (entity->free_func);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_assert (px_entity_find_field (entity, column) != NULL);

  /* ordered, so that which of several a message names does not depend on the disk */
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ?1 ORDER BY created_at, id",
                         px_entity_get_columns (entity), entity->table, column);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, px_record_from_row (entity, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

