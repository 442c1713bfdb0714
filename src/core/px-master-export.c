/* px-master-export.c: the teacher pool, teaching bases and course catalogue out to a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-master-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-master-export.h"
#include "px-master-sheet-private.h"
#include "px-sheet.h"
#include "px-teaching-method.h"

#define FIELD_PTR(record, field) ((const guint8 *) (record) + (field)->offset)

/* owner id → its targets' names joined with 、, in the order a registrar expects them:
 * competencies as the competency list orders them, teachers by name. */
static GHashTable *
load_link_names (PxDatabase          *db,
                 const PxMasterLink  *link,
                 PxMasterCellType     type,
                 GError             **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT l.%s, t.name FROM %s l JOIN %s t ON t.id = l.%s ORDER BY %s",
                         link->owner_column, link->entity->table,
                         type == PX_MASTER_CELL_TEACHERS ? "teacher" : "competency",
                         link->target_column,
                         type == PX_MASTER_CELL_TEACHERS ? "t.name, t.id"
                                                         : "t.kind, t.sort_order, t.name, t.id");
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *owner = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      char *joined = g_hash_table_lookup (names, owner);

      if (joined == NULL)
        g_hash_table_insert (names, g_strdup (owner), g_strdup (name));
      else
        g_hash_table_insert (names, g_strdup (owner), g_strconcat (joined, "、", name, NULL));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

/* A number of hours as people write it: 3, 1.5. */
static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (hours))
    return g_strdup ("");
  if (hours == floor (hours) && fabs (hours) < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) hours);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", hours));
}

/* The cell a field's value is written as: what the import reads back to the same value. */
static char *
format_cell (const PxMasterSheet *sheet,
             guint                column,
             gconstpointer        record)
{
  const PxMasterColumn *what = &sheet->columns[column];
  const PxField *f = px_entity_find_field (sheet->entity, what->field);

  g_assert (f != NULL);
  switch (what->type)
    {
    case PX_MASTER_CELL_TEXT:
    case PX_MASTER_CELL_PARAGRAPHS:
    case PX_MASTER_CELL_PERSON:
    case PX_MASTER_CELL_GENDER:
    case PX_MASTER_CELL_PHONE:
      {
        const char *text = *(char * const *) FIELD_PTR (record, f);

        return g_strdup (text != NULL ? text : "");
      }

    case PX_MASTER_CELL_EMPLOYMENT:
      {
        const char *text = *(char * const *) FIELD_PTR (record, f);

        if (g_strcmp0 (text, "full_time") == 0)
          return g_strdup ("专职");
        if (g_strcmp0 (text, "part_time") == 0)
          return g_strdup ("兼职");
        return g_strdup (text != NULL ? text : "");
      }

    case PX_MASTER_CELL_YES_NO:
      return g_strdup (*(const gboolean *) FIELD_PTR (record, f) ? "是" : "否");

    case PX_MASTER_CELL_COUNT:
      {
        gint64 value = *(const gint64 *) FIELD_PTR (record, f);

        if (value == PX_INT_UNSET)
          return g_strdup ("");
        return g_strdup_printf ("%" G_GINT64_FORMAT, value);
      }

    case PX_MASTER_CELL_HOURS:
      return format_hours (*(const double *) FIELD_PTR (record, f));

    case PX_MASTER_CELL_METHOD:
      {
        const char *key = *(char * const *) FIELD_PTR (record, f);
        const PxTeachingMethod *method = px_teaching_method_lookup (key);

        return g_strdup (method != NULL ? method->chinese : key != NULL ? key : "");
      }

    case PX_MASTER_CELL_COMPETENCIES:
    case PX_MASTER_CELL_TEACHERS:
    default:
      g_assert_not_reached ();
    }
}

/* Row by row, cell by cell, in byte order: the same records always come out in the same order,
 * whatever their keys. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const PxMasterSheet *sheet = user_data;
  char * const *x = *(char * const * const *) a;
  char * const *y = *(char * const * const *) b;

  for (guint i = 0; i < sheet->n_columns; i++)
    {
      int c = strcmp (x[i], y[i]);

      if (c != 0)
        return c;
    }
  return 0;
}

gint64
px_master_export_file (PxDatabase    *db,
                       PxMasterKind   kind,
                       const char    *path,
                       const char    *search,
                       GError       **error)
{
  const PxMasterSheet *sheet;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree GHashTable **link_names = NULL;
  PxQuery query = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (PX_IS_DATABASE (db), -1);
  g_return_val_if_fail ((guint) kind < PX_MASTER_N_KINDS, -1);
  g_return_val_if_fail (path != NULL, -1);

  sheet = _px_master_sheet_get (kind);

  /* records and links from one snapshot */
  if (!px_database_begin_read (db, error))
    return -1;
  query.search = search;
  records = px_entity_list (db, sheet->entity, &query, error);
  ok = records != NULL;
  link_names = g_new0 (GHashTable *, sheet->n_columns);
  for (guint i = 0; ok && i < sheet->n_columns; i++)
    if (sheet->columns[i].link != NULL)
      {
        link_names[i] = load_link_names (db, sheet->columns[i].link, sheet->columns[i].type,
                                         error);
        ok = link_names[i] != NULL;
      }
  px_database_rollback (db);

  for (guint r = 0; ok && r < records->len; r++)
    {
      gconstpointer record = g_ptr_array_index (records, r);
      char **row = g_new0 (char *, sheet->n_columns + 1);

      for (guint i = 0; i < sheet->n_columns; i++)
        {
          if (sheet->columns[i].link != NULL)
            {
              const char *names = g_hash_table_lookup (link_names[i],
                                                       ((const PxRecord *) record)->id);

              row[i] = g_strdup (names != NULL ? names : "");
            }
          else
            row[i] = format_cell (sheet, i, record);
        }
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < sheet->n_columns; i++)
    g_clear_pointer (&link_names[i], g_hash_table_unref);
  if (!ok)
    return -1;

  g_ptr_array_sort_with_data (rows, compare_rows, (gpointer) sheet);
  if (!px_sheet_write_file (path, px_master_get_headers (kind), rows, error))
    return -1;
  return rows->len;
}
