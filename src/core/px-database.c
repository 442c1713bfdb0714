/* px-database.c: the one SQLite file that is a school's whole state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-database"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-core-resources.h"
#include "px-database-private.h"
#include "px-json.h"
#include "px-uuid.h"

#define MIGRATIONS_PATH "/cn/peixun/Peixun/core/sql"

struct _PxDatabase
{
  GObject parent_instance;

  sqlite3 *handle;
  char *path;
  char *user;
  GHashTable *statements;  /* sql → sqlite3_stmt */
  GHashTable *static_statements;  /* address of an immortal sql string → sqlite3_stmt */
  guint depth;             /* transaction nesting */
  guint schema_version;
};

G_DEFINE_FINAL_TYPE (PxDatabase, px_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (px-database-error-quark, px_database_error)

/* GObject overrides */

static void
px_database_finalize (GObject *object)
{
  PxDatabase *self = PX_DATABASE (object);

  g_clear_pointer (&self->static_statements, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_free (self->path);
  g_free (self->user);

  G_OBJECT_CLASS (px_database_parent_class)->finalize (object);
}

static void
px_database_class_init (PxDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_database_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
px_database_init (PxDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  /* its statements are owned by statements; this is only a quicker way to them */
  self->static_statements = g_hash_table_new (NULL, NULL);
  self->user = g_strdup (g_get_user_name ());
}

/* Errors */

static PxDatabaseError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PX_DATABASE_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return PX_DATABASE_ERROR_READ_ONLY;
    case SQLITE_CORRUPT:
      return PX_DATABASE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return PX_DATABASE_ERROR_NOT_PEIXUN;
    case SQLITE_CONSTRAINT:
      return PX_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_IOERR:
    case SQLITE_FULL:
      return PX_DATABASE_ERROR_IO;
    default:
      return PX_DATABASE_ERROR_FAILED;
    }
}

static void
set_sqlite_error (sqlite3  *handle,
                  int       rc,
                  GError  **error)
{
  PxDatabaseError code = code_for_sqlite (rc);
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);

  switch (code)
    {
    case PX_DATABASE_ERROR_LOCKED:
      g_set_error (error, PX_DATABASE_ERROR, code,
                   _("The database is busy: another program is writing to it. Try again in a "
                     "moment."));
      break;
    case PX_DATABASE_ERROR_READ_ONLY:
      g_set_error (error, PX_DATABASE_ERROR, code,
                   _("The database cannot be written (%s). Check that the file and its folder "
                     "may be written, or open a copy."), detail);
      break;
    case PX_DATABASE_ERROR_CORRUPT:
      g_set_error (error, PX_DATABASE_ERROR, code,
                   _("The database file is damaged (%s). Restore it from a backup."), detail);
      break;
    case PX_DATABASE_ERROR_NOT_PEIXUN:
      g_set_error (error, PX_DATABASE_ERROR, code,
                   _("The file is not a Peixun database."));
      break;
    case PX_DATABASE_ERROR_IO:
      g_set_error (error, PX_DATABASE_ERROR, code,
                   _("The disk could not be read or written (%s). Check that there is free "
                     "space."), detail);
      break;
    default:
      g_set_error (error, PX_DATABASE_ERROR, code, _("Database error: %s"), detail);
      break;
    }
}

char *
px_database_column_dup (sqlite3_stmt *stmt,
                        int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

gboolean
px_database_query_double (PxDatabase  *self,
                          const char  *sql,
                          const char  *param,
                          double      *value,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL && value != NULL, FALSE);

  stmt = px_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_double (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                           _("The record is no longer there."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
px_database_set_sqlite_error (PxDatabase  *self,
                              int          rc,
                              GError     **error)
{
  g_return_if_fail (PX_IS_DATABASE (self));
  set_sqlite_error (self->handle, rc, error);
}

/* Paths */

char *
px_database_get_default_path (void)
{
  const char *env = g_getenv ("PEIXUN_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "peixun", "peixun.db", NULL);
}

/* Migrations */

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GStrv
list_migrations (void)
{
  /* px_core_get_resource () rather than the global registry: the resource object lives in a
   * static library, and naming it here is what makes the linker keep it. */
  g_auto(GStrv) names = g_resource_enumerate_children (px_core_get_resource (), MIGRATIONS_PATH,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (names != NULL);
  /* names are NNNN-what.sql; their order is the schema's history */
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  return g_steal_pointer (&names);
}

guint
px_database_get_latest_version (void)
{
  g_auto(GStrv) names = list_migrations ();

  return g_strv_length (names);
}

static gboolean
run_migrations (PxDatabase  *self,
                guint        from,
                guint        to,
                GError     **error)
{
  g_auto(GStrv) names = list_migrations ();
  g_autofree char *pragmas = NULL;

  if (!px_database_begin (self, error))
    return FALSE;

  for (guint v = from + 1; v <= to; v++)
    {
      g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, names[v - 1], NULL);
      g_autoptr(GBytes) bytes = g_resource_lookup_data (px_core_get_resource (), path, 0, NULL);
      char *message = NULL;
      int rc;

      g_assert (bytes != NULL);
      g_debug ("Migrating to version %u with %s", v, names[v - 1]);
      rc = sqlite3_exec (self->handle, g_bytes_get_data (bytes, NULL), NULL, NULL, &message);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_MIGRATION,
                       _("Upgrading the database to version %u failed (%s); it was left as it "
                         "was."), v, message ? message : sqlite3_errstr (rc));
          sqlite3_free (message);
          px_database_rollback (self);
          return FALSE;
        }
    }

  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                             PX_DATABASE_APPLICATION_ID, to);
  if (!px_database_exec (self, pragmas, error) || !px_database_commit (self, error))
    {
      px_database_rollback (self);
      return FALSE;
    }
  self->schema_version = to;
  return TRUE;
}

/* Opening */

static gboolean
read_int_pragma (sqlite3     *handle,
                 const char  *sql,
                 int         *value,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  set_sqlite_error (handle, rc, error);
  return FALSE;
}

/* Decides from the first bytes, before SQLite may touch the file, whether it can be ours. */
static gboolean
check_file_header (const char  *path,
                   gboolean    *exists,
                   GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char head[16];
  FILE *file;
  size_t n;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_READ_ONLY,
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (head, 1, sizeof head, file);
  fclose (file);
  *exists = TRUE;

  if (n == 0)
    return TRUE;   /* an empty file, e.g. made by mktemp: ours to fill */
  if (n < sizeof head || memcmp (head, magic, sizeof head) != 0)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_PEIXUN,
                   _("“%s” is not a Peixun database (it is not an SQLite file). It was not "
                     "changed."), path);
      return FALSE;
    }
  return TRUE;
}

/* Process-wide SQLite settings, before SQLite first initialises itself. Memory statistics,
 * which nothing here reads, would take a global mutex on every allocation. */
static void
configure_sqlite_once (void)
{
  static gsize configured;

  if (g_once_init_enter (&configured))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&configured, 1);
    }
}

static PxDatabase *
open_database (const char  *path,
               guint        target_version,
               GError     **error)
{
  g_autoptr(PxDatabase) self = NULL;
  gboolean exists = FALSE;
  int app_id = 0, version = 0, n_tables = 0;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  configure_sqlite_once ();
  if (!check_file_header (path, &exists, error))
    return NULL;

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_READ_ONLY,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
      flags |= SQLITE_OPEN_CREATE;
    }
  else if (g_access (path, W_OK) != 0)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only. Copy it somewhere you may write, or ask the owner to "
                     "allow changes."), path);
      return NULL;
    }

  self = g_object_new (PX_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->handle, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, 5000);

  if (!read_int_pragma (self->handle, "PRAGMA application_id", &app_id, error)
      || !read_int_pragma (self->handle, "PRAGMA user_version", &version, error)
      || !read_int_pragma (self->handle, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return NULL;

  if (app_id != PX_DATABASE_APPLICATION_ID && !(app_id == 0 && version == 0 && n_tables == 0))
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_PEIXUN,
                   _("“%s” is an SQLite database of another program, not a Peixun database. It "
                     "was not changed."), path);
      return NULL;
    }
  if ((guint) version > px_database_get_latest_version ())
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Peixun (schema %d; this version knows "
                     "up to %u). Update Peixun to open it. The file was not changed."),
                   path, version, px_database_get_latest_version ());
      return NULL;
    }

  /* A new database gets 8 KiB pages: fewer pages to split, log and checkpoint in bulk writes
   * (a 100,000-row import ran about a fifth faster than with 4 KiB), and the rows of a list
   * still fit a page many times over. The size can only be chosen before the first table. */
  if (n_tables == 0 && !px_database_exec (self, "PRAGMA page_size = 8192", error))
    return NULL;
  if (!px_database_exec (self, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
                               "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
                               "PRAGMA cache_size = -65536;", error))
    return NULL;

  self->schema_version = version;
  if ((guint) version < target_version && !run_migrations (self, version, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

PxDatabase *
px_database_open (const char  *path,
                  GError     **error)
{
  return open_database (path, px_database_get_latest_version (), error);
}

PxDatabase *
_px_database_open_at_version (const char  *path,
                              guint        version,
                              GError     **error)
{
  return open_database (path, version, error);
}

PxDatabase *
px_database_open_reader (PxDatabase  *self,
                         GError     **error)
{
  g_autoptr(PxDatabase) reader = NULL;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);

  reader = g_object_new (PX_TYPE_DATABASE, NULL);
  reader->path = g_strdup (self->path);
  reader->schema_version = self->schema_version;
  rc = sqlite3_open_v2 (self->path, &reader->handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (reader->handle, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (reader->handle, 1);
  sqlite3_busy_timeout (reader->handle, 5000);
  if (!px_database_exec (reader, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; "
                                 "PRAGMA cache_size = -32768;", error))
    return NULL;
  return g_steal_pointer (&reader);
}

/* Accessors */

const char *
px_database_get_path (PxDatabase *self)
{
  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
px_database_get_handle (PxDatabase *self)
{
  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);
  return self->handle;
}

guint
px_database_get_schema_version (PxDatabase *self)
{
  g_return_val_if_fail (PX_IS_DATABASE (self), 0);
  return self->schema_version;
}

const char *
px_database_get_user (PxDatabase *self)
{
  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);
  return self->user;
}

void
px_database_set_user (PxDatabase *self,
                      const char *user)
{
  g_return_if_fail (PX_IS_DATABASE (self));
  g_return_if_fail (user != NULL && *user != '\0');
  g_free (self->user);
  self->user = g_strdup (user);
}

/* Statements and transactions */

gboolean
px_database_exec (PxDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->handle, rc, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
px_database_prepare (PxDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));
      set_sqlite_error (self->handle, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

sqlite3_stmt *
px_database_prepare_static (PxDatabase  *self,
                            const char  *sql,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->static_statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = px_database_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->static_statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
px_database_step_done (PxDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  set_sqlite_error (self->handle, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

static gboolean
begin_transaction (PxDatabase  *self,
                   const char  *outermost,
                   GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    sql = g_strdup (outermost);
  else
    sql = g_strdup_printf ("SAVEPOINT px_%u", self->depth);
  if (!px_database_exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
px_database_begin (PxDatabase  *self,
                   GError     **error)
{
  return begin_transaction (self, "BEGIN IMMEDIATE", error);
}

gboolean
px_database_begin_read (PxDatabase  *self,
                        GError     **error)
{
  return begin_transaction (self, "BEGIN DEFERRED", error);
}

gboolean
px_database_commit (PxDatabase  *self,
                    GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    {
      sql = g_strdup ("COMMIT");
      g_debug ("Committing");
    }
  else
    sql = g_strdup_printf ("RELEASE px_%u", self->depth - 1);
  if (!px_database_exec (self, sql, error))
    return FALSE;
  self->depth--;
  return TRUE;
}

void
px_database_rollback (PxDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (PX_IS_DATABASE (self));
  if (self->depth == 0)
    return;

  if (self->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO px_%u; RELEASE px_%u", self->depth - 1, self->depth - 1);
  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_warning ("Rollback failed: %s", sqlite3_errmsg (self->handle));
  self->depth--;
}

gboolean
px_database_in_transaction (PxDatabase *self)
{
  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  return self->depth > 0;
}

/* Audit */

gboolean
px_database_audit (PxDatabase  *self,
                   const char  *table,
                   const char  *row_id,
                   const char  *action,
                   const char  *changes_json,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  char id[37];
  char now[25];

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);

  /* OR FAIL: SQLite checks every constraint of a one-row insert before it writes any of it,
   * so nothing is left to undo on failure, and SQLite then needs no statement journal (whose
   * set-up cost more than the insert itself) */
  stmt = px_database_prepare_static (self,
                              "INSERT OR FAIL INTO audit_log (id, created_at, updated_at, user_login, "
                              "table_name, row_id, action, changes) VALUES (?1, ?2, ?2, ?3, ?4, "
                              "?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  px_uuid_generate (id);
  px_timestamp_format (g_get_real_time (), now);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, self->user, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, changes_json, -1, SQLITE_STATIC);
  return px_database_step_done (self, stmt, error);
}

/* Check and backup */

gboolean
px_database_check (PxDatabase  *self,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
        break;
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup_printf (_("Integrity: %s"), line));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->handle, rc, error);
      return FALSE;
    }

  /* foreign_key_check names rows by rowid; the record's own id is what a person can look up */
  rc = sqlite3_prepare_v2 (self->handle,
                           "SELECT c.\"table\", c.rowid, c.parent FROM pragma_foreign_key_check c",
                           -1, &stmt, NULL);
  while ((rc == SQLITE_OK || rc == SQLITE_ROW) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE rowid = ?1", table);
      g_autofree char *id = NULL;
      sqlite3_stmt *lookup = NULL;

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL
          && sqlite3_prepare_v2 (self->handle, sql, -1, &lookup, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (lookup, 1, sqlite3_column_int64 (stmt, 1));
          if (sqlite3_step (lookup) == SQLITE_ROW)
            id = g_strdup ((const char *) sqlite3_column_text (lookup, 0));
        }
      sqlite3_finalize (lookup);
      g_ptr_array_add (found,
                       g_strdup_printf (_("The %s record %s refers to a %s record that does not "
                                          "exist."), table, id ? id : "?",
                                        sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->handle, rc, error);
      return FALSE;
    }

  *problems = g_steal_pointer (&found);
  return TRUE;
}

gboolean
px_database_backup (PxDatabase      *self,
                    const char      *dest_path,
                    PxProgressFunc   progress,
                    gpointer         user_data,
                    GError         **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  /* Write beside the target and rename at the end, so that a failed backup never leaves a
   * half-written file under the name the user chose. */
  tmp_path = g_strdup_printf ("%s.part", dest_path);
  g_unlink (tmp_path);
  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_READ_ONLY,
                   _("Could not create “%s”: %s"), dest_path, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", self->handle, "main");
  if (backup == NULL)
    {
      set_sqlite_error (dest, sqlite3_errcode (dest), error);
      sqlite3_close (dest);
      g_unlink (tmp_path);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, 1024);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        progress (1.0 - (double) sqlite3_backup_remaining (backup)
                        / sqlite3_backup_pagecount (backup), user_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (dest, rc, error);
      sqlite3_close (dest);
      g_unlink (tmp_path);
      return FALSE;
    }
  /* A backup is one self-contained file: no -wal beside it. */
  sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_IO,
                   _("Could not write “%s”: %s"), dest_path, g_strerror (saved_errno));
      g_unlink (tmp_path);
      return FALSE;
    }
  return TRUE;
}

/* Settings */

char *
px_database_get_setting (PxDatabase *self,
                         const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (self), NULL);

  stmt = px_database_prepare (self, "SELECT value FROM setting WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
px_database_set_setting (PxDatabase  *self,
                         const char  *key,
                         const char  *value,
                         GError     **error)
{
  g_autofree char *old = NULL;
  g_autoptr(GString) json = g_string_new ("{\"value\":[");
  sqlite3_stmt *stmt;
  char id[37];
  char now[25];

  g_return_val_if_fail (PX_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!px_database_begin (self, error))
    return FALSE;

  old = px_database_get_setting (self, key);
  stmt = px_database_prepare (self,
                              "INSERT INTO setting (id, created_at, updated_at, key, value) "
                              "VALUES (?1, ?2, ?2, ?3, ?4) ON CONFLICT (key) DO UPDATE SET "
                              "value = excluded.value, updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    goto failed;
  px_uuid_generate (id);
  px_timestamp_format (g_get_real_time (), now);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, value, -1, SQLITE_STATIC);
  if (!px_database_step_done (self, stmt, error))
    goto failed;

  px_json_append_string (json, old);
  g_string_append_c (json, ',');
  px_json_append_string (json, value);
  g_string_append (json, "]}");
  if (!px_database_audit (self, "setting", key, old ? "update" : "insert", json->str, error))
    goto failed;
  return px_database_commit (self, error);

failed:
  px_database_rollback (self);
  return FALSE;
}
