/* px-entity.c: one engine for the reads and writes of every record type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-entity"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-entity.h"
#include "px-json.h"
#include "px-uuid.h"
#include "px-validation-error.h"

#define FIELD_PTR(record, field) ((guint8 *) (record) + (field)->offset)

/* Records in memory */

static void
set_unset_numbers (const PxEntity *entity,
                   gpointer        record)
{
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];

      if (!(f->flags & PX_FIELD_NULLABLE))
        continue;
      if (f->type == PX_FIELD_INT)
        *(gint64 *) FIELD_PTR (record, f) = PX_INT_UNSET;
      else if (f->type == PX_FIELD_REAL)
        *(double *) FIELD_PTR (record, f) = NAN;
    }
}

/* Zeroed, nullable numbers unset: what a row is read into, so no default outlives a NULL. */
static gpointer
record_alloc (const PxEntity *entity)
{
  gpointer record = g_malloc0 (entity->size);

  set_unset_numbers (entity, record);
  return record;
}

gpointer
px_record_new (const PxEntity *entity)
{
  gpointer record;

  g_return_val_if_fail (entity != NULL, NULL);
  record = record_alloc (entity);
  if (entity->init != NULL)
    entity->init (record);
  return record;
}

void
px_record_free (const PxEntity *entity,
                gpointer        record)
{
  PxRecord *header = record;

  if (record == NULL)
    return;
  for (guint i = 0; i < entity->n_fields; i++)
    if (entity->fields[i].type == PX_FIELD_TEXT)
      g_free (*(char **) FIELD_PTR (record, &entity->fields[i]));
  g_free (header->id);
  g_free (header->created_at);
  g_free (header->updated_at);
  g_free (record);
}

gpointer
px_record_copy (const PxEntity *entity,
                gconstpointer   record)
{
  const PxRecord *src = record;
  PxRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);
  copy = g_memdup2 (record, entity->size);
  copy->id = g_strdup (src->id);
  copy->created_at = g_strdup (src->created_at);
  copy->updated_at = g_strdup (src->updated_at);
  for (guint i = 0; i < entity->n_fields; i++)
    if (entity->fields[i].type == PX_FIELD_TEXT)
      {
        char **p = (char **) FIELD_PTR (copy, &entity->fields[i]);
        *p = g_strdup (*p);
      }
  return copy;
}

static const char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
field_equal (const PxField *f,
             gconstpointer  a,
             gconstpointer  b)
{
  switch (f->type)
    {
    case PX_FIELD_TEXT:
      return g_strcmp0 (text_or_null (*(char **) FIELD_PTR (a, f)),
                        text_or_null (*(char **) FIELD_PTR (b, f))) == 0;
    case PX_FIELD_INT:
      return *(gint64 *) FIELD_PTR (a, f) == *(gint64 *) FIELD_PTR (b, f);
    case PX_FIELD_REAL:
      {
        double x = *(double *) FIELD_PTR (a, f), y = *(double *) FIELD_PTR (b, f);
        return (isnan (x) && isnan (y)) || x == y;
      }
    case PX_FIELD_BOOL:
      return !*(gboolean *) FIELD_PTR (a, f) == !*(gboolean *) FIELD_PTR (b, f);
    default:
      g_assert_not_reached ();
    }
}

gboolean
px_record_equal (const PxEntity *entity,
                 gconstpointer   a,
                 gconstpointer   b)
{
  for (guint i = 0; i < entity->n_fields; i++)
    if (!field_equal (&entity->fields[i], a, b))
      return FALSE;
  return TRUE;
}

const PxField *
px_entity_find_field (const PxEntity *entity,
                      const char     *column)
{
  for (guint i = 0; i < entity->n_fields; i++)
    if (g_str_equal (entity->fields[i].column, column))
      return &entity->fields[i];
  return NULL;
}

/* Rows and statements */

const char *
px_entity_get_columns (const PxEntity *entity)
{
  static GHashTable *cache;
  G_LOCK_DEFINE_STATIC (cache);
  const char *columns;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  columns = g_hash_table_lookup (cache, entity);
  if (columns == NULL)
    {
      GString *s = g_string_new ("id, created_at, updated_at");

      for (guint i = 0; i < entity->n_fields; i++)
        g_string_append_printf (s, ", %s", entity->fields[i].column);
      columns = g_string_free (s, FALSE);
      g_hash_table_insert (cache, (gpointer) entity, (gpointer) columns);
    }
  G_UNLOCK (cache);
  return columns;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

gpointer
px_record_from_row (const PxEntity *entity,
                    sqlite3_stmt   *stmt)
{
  PxRecord *record = record_alloc (entity);

  record->id = column_dup (stmt, 0);
  record->created_at = column_dup (stmt, 1);
  record->updated_at = column_dup (stmt, 2);
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];
      int col = 3 + i;
      gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

      switch (f->type)
        {
        case PX_FIELD_TEXT:
          *(char **) FIELD_PTR (record, f) = column_dup (stmt, col);
          break;
        case PX_FIELD_INT:
          if (!is_null)
            *(gint64 *) FIELD_PTR (record, f) = sqlite3_column_int64 (stmt, col);
          break;
        case PX_FIELD_REAL:
          if (!is_null)
            *(double *) FIELD_PTR (record, f) = sqlite3_column_double (stmt, col);
          break;
        case PX_FIELD_BOOL:
          *(gboolean *) FIELD_PTR (record, f) = sqlite3_column_int (stmt, col) != 0;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return record;
}

static void
bind_field (sqlite3_stmt   *stmt,
            int             index,
            const PxField  *f,
            gconstpointer   record)
{
  switch (f->type)
    {
    case PX_FIELD_TEXT:
      sqlite3_bind_text (stmt, index, text_or_null (*(char **) FIELD_PTR (record, f)), -1,
                         SQLITE_STATIC);
      break;
    case PX_FIELD_INT:
      {
        gint64 v = *(gint64 *) FIELD_PTR (record, f);

        if ((f->flags & PX_FIELD_NULLABLE) && v == PX_INT_UNSET)
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_int64 (stmt, index, v);
      }
      break;
    case PX_FIELD_REAL:
      {
        double v = *(double *) FIELD_PTR (record, f);

        if (isnan (v))
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_double (stmt, index, v);
      }
      break;
    case PX_FIELD_BOOL:
      sqlite3_bind_int (stmt, index, *(gboolean *) FIELD_PTR (record, f) ? 1 : 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The audit log's JSON */

static void
append_field_value (GString       *out,
                    const PxField *f,
                    gconstpointer  record)
{
  if (record == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  switch (f->type)
    {
    case PX_FIELD_TEXT:
      px_json_append_string (out, text_or_null (*(char **) FIELD_PTR (record, f)));
      break;
    case PX_FIELD_INT:
      {
        gint64 v = *(gint64 *) FIELD_PTR (record, f);

        if ((f->flags & PX_FIELD_NULLABLE) && v == PX_INT_UNSET)
          g_string_append (out, "null");
        else
          g_string_append_printf (out, "%" G_GINT64_FORMAT, v);
      }
      break;
    case PX_FIELD_REAL:
      px_json_append_number (out, *(double *) FIELD_PTR (record, f));
      break;
    case PX_FIELD_BOOL:
      g_string_append (out, *(gboolean *) FIELD_PTR (record, f) ? "true" : "false");
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Blank text counts as empty: a name of spaces (or of the full-width spaces a Chinese input
 * method types) is no name. */
static gboolean
text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000)
        return FALSE;
    }
  return TRUE;
}

static gboolean
field_is_empty (const PxField *f,
                gconstpointer  record)
{
  switch (f->type)
    {
    case PX_FIELD_TEXT:
      return text_is_blank (*(char **) FIELD_PTR (record, f));
    case PX_FIELD_INT:
      return (f->flags & PX_FIELD_NULLABLE) && *(gint64 *) FIELD_PTR (record, f) == PX_INT_UNSET;
    case PX_FIELD_REAL:
      return isnan (*(double *) FIELD_PTR (record, f));
    case PX_FIELD_BOOL:
    default:
      return FALSE;
    }
}

/* {"column": [old, new], …} for the fields that differ between old and new (either may be
 * NULL for an insert or a delete). */
static char *
describe_changes (const PxEntity *entity,
                  gconstpointer   old,
                  gconstpointer   new)
{
  GString *out = g_string_new ("{");

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];

      if (old != NULL && new != NULL && field_equal (f, old, new))
        continue;
      if ((old == NULL || new == NULL) && field_is_empty (f, old ? old : new))
        continue;
      px_json_append_key (out, f->column);
      if (f->flags & PX_FIELD_SECRET)
        {
          /* that it changed is history; the value (a password hash, a key) is not */
          g_string_append (out, "\"changed\"");
          continue;
        }
      g_string_append_c (out, '[');
      append_field_value (out, f, old);
      g_string_append_c (out, ',');
      append_field_value (out, f, new);
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/* Required fields, then the entity's own rules. */
static gboolean
validate_record (PxDatabase      *db,
                 const PxEntity  *entity,
                 gconstpointer    record,
                 GError         **error)
{
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];

      if ((f->flags & PX_FIELD_REQUIRED) && field_is_empty (f, record))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, f->column,
                                   _("“%s” must be filled in."), _(f->label));
          return FALSE;
        }
    }
  return entity->validate == NULL || entity->validate (db, record, error);
}

/* Writes */

/* Rows per statement of a bulk insert: one statement opens its cursors and ends once for all
 * of them, which is a good part of what a one-row insert costs. 32 × the widest table's
 * columns stays far below SQLite's limit of 32,766 parameters. */
#define BULK_ROWS 32

/* INSERT … VALUES (…) for n_rows rows (1 or BULK_ROWS), built once per entity and kept for
 * good, so that px_database_prepare_static can find its statement by address. */
static const char *
get_insert_sql (const PxEntity *entity,
                guint           n_rows)
{
  static GHashTable *caches[2];
  G_LOCK_DEFINE_STATIC (caches);
  guint which = n_rows == 1 ? 0 : 1;
  const char *sql;

  g_assert (n_rows == 1 || n_rows == BULK_ROWS);

  G_LOCK (caches);
  if (caches[which] == NULL)
    caches[which] = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (caches[which], entity);
  if (sql == NULL)
    {
      GString *s = g_string_new (NULL);
      guint n_columns = 3 + entity->n_fields;

      /* OR FAIL: see px_database_audit; the caller's savepoint undoes the rest */
      g_string_append_printf (s, "INSERT OR FAIL INTO %s (%s) VALUES", entity->table,
                              px_entity_get_columns (entity));
      for (guint r = 0; r < n_rows; r++)
        {
          g_string_append (s, r == 0 ? " (" : ", (");
          for (guint c = 0; c < n_columns; c++)
            g_string_append_printf (s, c == 0 ? "?%u" : ", ?%u", r * n_columns + c + 1);
          g_string_append_c (s, ')');
        }
      sql = g_string_free (s, FALSE);
      g_hash_table_insert (caches[which], (gpointer) entity, (gpointer) sql);
    }
  G_UNLOCK (caches);
  return sql;
}

/* Gives a new record its key and its creation time (now, or the batch's). */
static void
stamp_new_record (PxRecord   *header,
                  const char *batch_stamp)
{
  char now[25];

  if (header->id == NULL)
    header->id = px_uuid_new ();
  if (batch_stamp == NULL)
    px_timestamp_format (g_get_real_time (), now);
  else
    g_strlcpy (now, batch_stamp, sizeof now);
  g_free (header->created_at);
  header->created_at = g_strdup (now);
  g_free (header->updated_at);
  header->updated_at = g_strdup (now);
}

/* Binds one record's columns from parameter first on. */
static void
bind_record (sqlite3_stmt   *stmt,
             int             first,
             const PxEntity *entity,
             gconstpointer   record)
{
  const PxRecord *header = record;

  sqlite3_bind_text (stmt, first, header->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 1, header->created_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 2, header->updated_at, -1, SQLITE_STATIC);
  for (guint i = 0; i < entity->n_fields; i++)
    bind_field (stmt, first + 3 + i, &entity->fields[i], record);
}

static gboolean
write_insert (PxDatabase      *db,
              const PxEntity  *entity,
              gpointer         record,
              const char      *batch_stamp,
              GError         **error)
{
  PxRecord *header = record;
  sqlite3_stmt *stmt;

  stamp_new_record (header, batch_stamp);
  stmt = px_database_prepare_static (db, get_insert_sql (entity, 1), error);
  if (stmt == NULL)
    return FALSE;
  bind_record (stmt, 1, entity, record);
  if (!px_database_step_done (db, stmt, error))
    return FALSE;

  /* An insert is audited without its values: the row holds them, and every later update and
   * the delete record old and new values, so the history can be rebuilt from the log. Rows
   * inserted by a batch (an import) share its timestamp and its one audit row instead. */
  if (batch_stamp != NULL)
    return TRUE;
  return px_database_audit (db, entity->table, header->id, "insert", NULL, error);
}

static gboolean
write_update (PxDatabase      *db,
              const PxEntity  *entity,
              gpointer         record,
              gconstpointer    stored,
              GError         **error)
{
  PxRecord *header = record;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *changes = NULL;
  sqlite3_stmt *stmt;
  char now[25];
  guint n = 1;

  px_timestamp_format (g_get_real_time (), now);
  g_string_append_printf (sql, "UPDATE OR FAIL %s SET updated_at = ?1", entity->table);
  for (guint i = 0; i < entity->n_fields; i++)
    if (!field_equal (&entity->fields[i], stored, record))
      g_string_append_printf (sql, ", %s = ?%u", entity->fields[i].column, ++n);
  g_string_append_printf (sql, " WHERE id = ?%u", n + 1);

  stmt = px_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  n = 1;
  for (guint i = 0; i < entity->n_fields; i++)
    if (!field_equal (&entity->fields[i], stored, record))
      bind_field (stmt, ++n, &entity->fields[i], record);
  sqlite3_bind_text (stmt, n + 1, header->id, -1, SQLITE_STATIC);
  if (!px_database_step_done (db, stmt, error))
    return FALSE;

  changes = describe_changes (entity, stored, record);
  if (!px_database_audit (db, entity->table, header->id, "update", changes, error))
    return FALSE;
  g_free (header->updated_at);
  header->updated_at = g_strdup (now);
  return TRUE;
}

gboolean
px_entity_write (PxDatabase      *db,
                 const PxEntity  *entity,
                 gpointer         record,
                 gconstpointer    stored,
                 const char      *batch_stamp,
                 gboolean        *changed,
                 GError         **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (px_database_in_transaction (db), FALSE);

  if (changed != NULL)
    *changed = FALSE;
  if (stored == NULL)
    {
      if (!write_insert (db, entity, record, batch_stamp, error))
        return FALSE;
    }
  else if (px_record_equal (entity, stored, record))
    return TRUE;
  else if (!write_update (db, entity, record, stored, error))
    return FALSE;
  if (changed != NULL)
    *changed = TRUE;
  return TRUE;
}

/* Bulk inserts */

struct _PxEntityBulk
{
  PxDatabase *db;
  const PxEntity *entity;
  char stamp[25];
  gpointer pending[BULK_ROWS];
  guint n_pending;
};

PxEntityBulk *
px_entity_bulk_new (PxDatabase     *db,
                    const PxEntity *entity,
                    const char     *batch_stamp)
{
  PxEntityBulk *bulk;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL && batch_stamp != NULL, NULL);

  bulk = g_new0 (PxEntityBulk, 1);
  bulk->db = g_object_ref (db);
  bulk->entity = entity;
  g_strlcpy (bulk->stamp, batch_stamp, sizeof bulk->stamp);
  return bulk;
}

void
px_entity_bulk_free (PxEntityBulk *bulk)
{
  if (bulk == NULL)
    return;
  g_clear_object (&bulk->db);
  g_free (bulk);
}

gboolean
px_entity_bulk_add (PxEntityBulk  *bulk,
                    gpointer       record,
                    GError       **error)
{
  g_return_val_if_fail (bulk != NULL && record != NULL, FALSE);
  g_return_val_if_fail (px_database_in_transaction (bulk->db), FALSE);

  stamp_new_record (record, bulk->stamp);
  bulk->pending[bulk->n_pending++] = record;
  if (bulk->n_pending == BULK_ROWS)
    return px_entity_bulk_flush (bulk, error);
  return TRUE;
}

gboolean
px_entity_bulk_flush (PxEntityBulk  *bulk,
                      GError       **error)
{
  guint n = bulk->n_pending;

  g_return_val_if_fail (bulk != NULL, FALSE);

  bulk->n_pending = 0;
  if (n == BULK_ROWS)
    {
      sqlite3_stmt *stmt = px_database_prepare_static (bulk->db,
                                                       get_insert_sql (bulk->entity, BULK_ROWS),
                                                       error);
      guint n_columns = 3 + bulk->entity->n_fields;

      if (stmt == NULL)
        return FALSE;
      for (guint r = 0; r < n; r++)
        bind_record (stmt, r * n_columns + 1, bulk->entity, bulk->pending[r]);
      return px_database_step_done (bulk->db, stmt, error);
    }
  /* a remainder goes row by row rather than making a statement for every count */
  for (guint r = 0; r < n; r++)
    if (!write_insert (bulk->db, bulk->entity, bulk->pending[r], bulk->stamp, error))
      return FALSE;
  return TRUE;
}

gboolean
px_entity_insert (PxDatabase      *db,
                  const PxEntity  *entity,
                  gpointer         record,
                  GError         **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (entity != NULL && record != NULL, FALSE);

  /* checked inside the transaction, so that uniqueness and references hold at the write */
  if (!px_database_begin (db, error))
    return FALSE;
  if (!validate_record (db, entity, record, error)
      || !write_insert (db, entity, record, NULL, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return px_database_commit (db, error);
}

gboolean
px_entity_update (PxDatabase      *db,
                  const PxEntity  *entity,
                  gpointer         record,
                  gboolean        *changed,
                  GError         **error)
{
  PxRecord *header = record;
  gpointer stored;
  gboolean ok;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (entity != NULL && record != NULL, FALSE);
  g_return_val_if_fail (header->id != NULL, FALSE);

  if (changed != NULL)
    *changed = FALSE;
  if (!px_database_begin (db, error))
    return FALSE;

  stored = px_entity_get (db, entity, header->id, error);
  ok = stored != NULL && validate_record (db, entity, record, error)
       && px_entity_write (db, entity, record, stored, NULL, changed, error);
  px_record_free (entity, stored);
  if (!ok)
    {
      px_database_rollback (db);
      if (changed != NULL)
        *changed = FALSE;
      return FALSE;
    }
  return px_database_commit (db, error);
}

gboolean
px_entity_delete (PxDatabase      *db,
                  const PxEntity  *entity,
                  const char      *id,
                  GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *changes = NULL;
  gpointer stored;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (entity != NULL && id != NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;
  stored = px_entity_get (db, entity, id, error);
  if (stored == NULL)
    {
      px_database_rollback (db);
      return FALSE;
    }
  changes = describe_changes (entity, stored, NULL);
  px_record_free (entity, stored);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", entity->table);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (!px_database_step_done (db, stmt, &local_error))
    {
      if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT))
        g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT,
                     _("This %s cannot be deleted: other records still refer to it."),
                     _(entity->label));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (!px_database_audit (db, entity->table, id, "delete", changes, error))
    goto failed;
  return px_database_commit (db, error);

failed:
  px_database_rollback (db);
  return FALSE;
}

/* Reads */

gpointer
px_entity_get (PxDatabase      *db,
               const PxEntity  *entity,
               const char      *id,
               GError         **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gpointer record = NULL;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL && id != NULL, NULL);

  sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", px_entity_get_columns (entity),
                         entity->table);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = px_record_from_row (entity, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                 _("The %s is no longer there; it may have been deleted."), _(entity->label));
  else
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return record;
}

static const char *
find_filter_condition (const PxEntity *entity,
                       const char     *name)
{
  for (const PxSortKey *key = entity->filter_keys; key != NULL && key->name != NULL; key++)
    if (g_str_equal (key->name, name))
      return key->sql;
  return NULL;
}

/* Appends WHERE for the query's search text and filters; returns the values to bind, in order. */
static gboolean
append_where (const PxEntity  *entity,
              const PxQuery   *query,
              GString         *sql,
              GPtrArray       *binds,
              GError         **error)
{
  gboolean any = FALSE;

  if (query == NULL)
    return TRUE;

  if (query->search != NULL && *query->search != '\0')
    {
      GString *pattern = g_string_new ("%");
      gboolean first = TRUE;
      gboolean digits = TRUE;

      gboolean has_digit_fields = FALSE;

      for (const char *p = query->search; *p && digits; p++)
        digits = g_ascii_isdigit (*p) || *p == 'X' || *p == 'x' || *p == ' ' || *p == '-'
                 || *p == '+';
      for (guint i = 0; i < entity->n_fields; i++)
        has_digit_fields |= (entity->fields[i].flags & (PX_FIELD_SEARCH | PX_FIELD_DIGITS))
                            == (PX_FIELD_SEARCH | PX_FIELD_DIGITS);

      for (const char *p = query->search; *p; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (pattern, '\\');
          g_string_append_c (pattern, *p);
        }
      g_string_append_c (pattern, '%');

      for (guint i = 0; i < entity->n_fields; i++)
        {
          if (!(entity->fields[i].flags & PX_FIELD_SEARCH))
            continue;
          /* a name typed into the search cannot be in an ID number or a phone, and digits
           * are an ID number or a phone, not a name: over 100,000 cadres, leaving the other
           * columns out takes a third or more off each keystroke */
          if (((entity->fields[i].flags & PX_FIELD_DIGITS) != 0) != (digits && has_digit_fields))
            continue;
          g_string_append (sql, first ? " WHERE (" : " OR ");
          g_string_append_printf (sql, "%s LIKE ?1 ESCAPE '\\'", entity->fields[i].column);
          first = FALSE;
        }
      if (entity->extra_search != NULL && !(digits && has_digit_fields))
        {
          g_string_append (sql, first ? " WHERE (" : " OR ");
          g_assert (binds->len == 0);   /* the pattern is ?1 */
          g_string_append (sql, entity->extra_search);
          first = FALSE;
        }
      if (!first)
        {
          g_string_append_c (sql, ')');
          g_ptr_array_add (binds, g_string_free (pattern, FALSE));
        }
      else
        {
          /* nothing here can match a search text */
          g_string_append (sql, " WHERE 0");
          g_string_free (pattern, TRUE);
        }
      any = TRUE;
    }

  for (guint i = 0; query->filters != NULL && query->filters[i] != NULL; i += 2)
    {
      const char *column = query->filters[i];
      const char *value = query->filters[i + 1];

      const char *condition = find_filter_condition (entity, column);

      if (condition != NULL)
        {
          g_autofree char *number = g_strdup_printf ("?%u", binds->len + 1);
          g_autoptr(GString) expanded = g_string_new (condition);

          g_string_replace (expanded, "?F", number, 0);
          g_string_append (sql, any ? " AND (" : " WHERE (");
          g_string_append (sql, expanded->str);
          g_string_append_c (sql, ')');
          g_ptr_array_add (binds, g_strdup (value));
          any = TRUE;
          continue;
        }
      if (!g_str_equal (column, "id") && px_entity_find_field (entity, column) == NULL)
        {
          g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_FAILED,
                       "There is no column “%s” to filter %s by.", column, entity->table);
          return FALSE;
        }
      g_string_append (sql, any ? " AND " : " WHERE ");
      if (value == NULL)
        g_string_append_printf (sql, "%s IS NULL", column);
      else
        {
          g_string_append_printf (sql, "%s = ?%u", column, binds->len + 1);
          g_ptr_array_add (binds, g_strdup (value));
        }
      any = TRUE;
    }
  return TRUE;
}

static const char *
find_sort_expression (const PxEntity *entity,
                      const char     *sort)
{
  for (const PxSortKey *key = entity->sort_keys; key != NULL && key->name != NULL; key++)
    if (g_str_equal (key->name, sort))
      return key->sql;
  if (g_str_equal (sort, "created_at") || g_str_equal (sort, "updated_at")
      || px_entity_find_field (entity, sort) != NULL)
    return sort;
  return NULL;
}

typedef enum
{
  SELECT_RECORDS,
  SELECT_COUNT,
  SELECT_KEYS,
} SelectKind;

static sqlite3_stmt *
prepare_query (PxDatabase      *db,
               const PxEntity  *entity,
               const PxQuery   *query,
               SelectKind       kind,
               GError         **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) binds = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gsize unfiltered;

  if (kind == SELECT_COUNT)
    g_string_append_printf (sql, "SELECT count(*) FROM %s", entity->table);
  else if (kind == SELECT_KEYS)
    g_string_append_printf (sql, "SELECT rowid FROM %s", entity->table);
  else
    g_string_append_printf (sql, "SELECT %s FROM %s", px_entity_get_columns (entity),
                            entity->table);
  unfiltered = sql->len;
  if (!append_where (entity, query, sql, binds, error))
    return NULL;

  if (kind != SELECT_COUNT && query != NULL && query->sort != NULL)
    {
      const char *expression = find_sort_expression (entity, query->sort);

      if (expression == NULL)
        {
          g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_FAILED,
                       "There is no column “%s” to sort %s by.", query->sort, entity->table);
          return NULL;
        }
      /* Ties go by key; a list model's keys break them by rowid, which an index on the sort
       * column holds, so that such an index gives the whole order. With a search or filter,
       * few rows of many are kept, and reading the table and sorting those is quicker than
       * following an index through every row: + hides it from the planner. (The cadre name
       * has no index: it cost a 100,000-row import a quarter of its speed, for 0.1 s off a
       * list that is read in the background.) */
      g_string_append_printf (sql, " ORDER BY %s%s %s, %s %s",
                              sql->len > unfiltered ? "+" : "", expression,
                              query->descending ? "DESC" : "ASC",
                              kind == SELECT_KEYS ? "rowid" : "id",
                              query->descending && kind == SELECT_KEYS ? "DESC" : "ASC");
    }
  else if (kind != SELECT_COUNT)
    g_string_append (sql, " ORDER BY id");
  /* limit and offset are bound, so that paging through a list reuses one statement */
  if (kind == SELECT_RECORDS)
    g_string_append_printf (sql, " LIMIT ?%u OFFSET ?%u", binds->len + 1, binds->len + 2);

  stmt = px_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < binds->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (binds, i), -1, SQLITE_TRANSIENT);
  if (kind == SELECT_RECORDS)
    {
      sqlite3_bind_int64 (stmt, binds->len + 1,
                          query != NULL && query->limit > 0 ? (gint64) query->limit : -1);
      sqlite3_bind_int64 (stmt, binds->len + 2, query != NULL ? query->offset : 0);
    }
  return stmt;
}

GPtrArray *
px_entity_list (PxDatabase      *db,
                const PxEntity  *entity,
                const PxQuery   *query,
                GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  stmt = prepare_query (db, entity, query, SELECT_RECORDS, error);
  if (stmt == NULL)
    return NULL;
  records = g_ptr_array_new_with_free_func (entity->free_func);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, px_record_from_row (entity, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

gint64
px_entity_count (PxDatabase      *db,
                 const PxEntity  *entity,
                 const PxQuery   *query,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), -1);
  g_return_val_if_fail (entity != NULL, -1);

  stmt = prepare_query (db, entity, query, SELECT_COUNT, error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return n;
}

/* SQLite calls this every few thousand instructions of a long query; non-zero stops it. */
static int
check_cancelled_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

gboolean
px_entity_list_keys (PxDatabase      *db,
                     const PxEntity  *entity,
                     const PxQuery   *query,
                     GArray          *keys,
                     GCancellable    *cancellable,
                     GError         **error)
{
  sqlite3 *handle;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (entity != NULL && keys != NULL, FALSE);
  g_return_val_if_fail (g_array_get_element_size (keys) == sizeof (gint64), FALSE);

  stmt = prepare_query (db, entity, query, SELECT_KEYS, error);
  if (stmt == NULL)
    return FALSE;
  handle = px_database_get_handle (db);
  if (cancellable != NULL)
    sqlite3_progress_handler (handle, 10000, check_cancelled_cb, cancellable);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (keys, key);
    }
  sqlite3_reset (stmt);
  if (cancellable != NULL)
    sqlite3_progress_handler (handle, 0, NULL, NULL);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* "SELECT <columns> FROM <table> WHERE rowid = ?1", made once per entity: a list reads its
 * rows one by one through this while it scrolls. */
static const char *
get_by_key_sql (const PxEntity *entity)
{
  static GHashTable *cache;
  G_LOCK_DEFINE_STATIC (cache);
  const char *sql;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (cache, entity);
  if (sql == NULL)
    {
      sql = g_strdup_printf ("SELECT %s FROM %s WHERE rowid = ?1",
                             px_entity_get_columns (entity), entity->table);
      g_hash_table_insert (cache, (gpointer) entity, (gpointer) sql);
    }
  G_UNLOCK (cache);
  return sql;
}

gpointer
px_entity_get_by_key (PxDatabase      *db,
                      const PxEntity  *entity,
                      gint64           key,
                      GError         **error)
{
  sqlite3_stmt *stmt;
  gpointer record = NULL;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  stmt = px_database_prepare_static (db, get_by_key_sql (entity), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = px_record_from_row (entity, stmt);
  else if (rc != SQLITE_DONE)
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return record;
}

GStrv
px_entity_list_distinct (PxDatabase      *db,
                         const PxEntity  *entity,
                         const char      *column,
                         GError         **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL && column != NULL, NULL);

  /* a column, or a sort key's expression (the year a class starts in) */
  if (px_entity_find_field (entity, column) == NULL)
    {
      const char *expression = NULL;

      for (const PxSortKey *key = entity->sort_keys; key != NULL && key->name != NULL; key++)
        if (g_str_equal (key->name, column))
          expression = key->sql;
      g_return_val_if_fail (expression != NULL, NULL);
      column = expression;
    }
  sql = g_strdup_printf ("SELECT DISTINCT %s FROM %s WHERE %s IS NOT NULL AND %s <> '' "
                         "ORDER BY 1", column, entity->table, column, column);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}
