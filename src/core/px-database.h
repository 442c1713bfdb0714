/* px-database.h: the one SQLite file that is a school's whole state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PX_DATABASE_ERROR (px_database_error_quark ())

typedef enum
{
  PX_DATABASE_ERROR_NOT_PEIXUN,  /* a file that is not a Peixun database */
  PX_DATABASE_ERROR_TOO_NEW,     /* made by a newer Peixun */
  PX_DATABASE_ERROR_CORRUPT,     /* damaged */
  PX_DATABASE_ERROR_LOCKED,      /* another program holds a write lock */
  PX_DATABASE_ERROR_READ_ONLY,   /* the file or its folder cannot be written */
  PX_DATABASE_ERROR_NOT_FOUND,   /* a record that is not there */
  PX_DATABASE_ERROR_CONSTRAINT,  /* the change would break a rule of the schema */
  PX_DATABASE_ERROR_IO,          /* the disk failed */
  PX_DATABASE_ERROR_MIGRATION,   /* upgrading the schema failed; nothing was changed */
  PX_DATABASE_ERROR_FAILED,
} PxDatabaseError;

/* The database's application_id ("PXUN"): how we know a SQLite file is ours. */
#define PX_DATABASE_APPLICATION_ID 0x5058554e

#define PX_TYPE_DATABASE (px_database_get_type ())

G_DECLARE_FINAL_TYPE (PxDatabase, px_database, PX, DATABASE, GObject)

GQuark        px_database_error_quark          (void);

/* Where the database lives unless told: $PEIXUN_DB, else $XDG_DATA_HOME/peixun/peixun.db. */
char         *px_database_get_default_path     (void);
guint         px_database_get_latest_version   (void);

/* Opens (creating if absent) and upgrades in one transaction. A file that is not ours, was made
 * by a newer version, is damaged or cannot be written is refused and left untouched. */
PxDatabase   *px_database_open                 (const char    *path,
                                                GError       **error);

/* A second, read-only connection to the same file, for one worker thread at a time: long
 * reads (a list's keys, a report) that must not hold up the main connection. In WAL mode it
 * sees every transaction committed before each of its reads begins. */
PxDatabase   *px_database_open_reader          (PxDatabase    *self,
                                                GError       **error);

const char   *px_database_get_path             (PxDatabase    *self);
sqlite3      *px_database_get_handle           (PxDatabase    *self);
guint         px_database_get_schema_version   (PxDatabase    *self);

/* The login recorded in the audit log for changes made through this connection. */
const char   *px_database_get_user             (PxDatabase    *self);
void          px_database_set_user             (PxDatabase    *self,
                                                const char    *user);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints. */
gboolean      px_database_begin                (PxDatabase    *self,
                                                GError       **error);
/* A transaction for many reads that takes no write lock (end it with rollback or commit). */
gboolean      px_database_begin_read           (PxDatabase    *self,
                                                GError       **error);
gboolean      px_database_commit               (PxDatabase    *self,
                                                GError       **error);
void          px_database_rollback             (PxDatabase    *self);
gboolean      px_database_in_transaction       (PxDatabase    *self);

gboolean      px_database_exec                 (PxDatabase    *self,
                                                const char    *sql,
                                                GError       **error);
/* Returns a prepared statement kept for the life of the connection, reset and unbound. */
sqlite3_stmt *px_database_prepare              (PxDatabase    *self,
                                                const char    *sql,
                                                GError       **error);
/* The same for hot paths: sql must live as long as the connection (a literal, or a string
 * cached for good), since it is looked up by its address rather than its text. */
sqlite3_stmt *px_database_prepare_static       (PxDatabase    *self,
                                                const char    *sql,
                                                GError       **error);
/* Steps a statement that returns no rows and resets it; maps SQLite errors to GErrors. */
gboolean      px_database_step_done            (PxDatabase    *self,
                                                sqlite3_stmt  *stmt,
                                                GError       **error);
void          px_database_set_sqlite_error     (PxDatabase    *self,
                                                int            rc,
                                                GError       **error);

/* A copy of a text column of the current row (NULL for SQL NULL). */
char         *px_database_column_dup           (sqlite3_stmt  *stmt,
                                                int            column);
/* The one number sql (one row, one column, with ?1 bound to param) gives: sums and counts of
 * a class or an enrollment. FALSE with error when the query fails or gives no row. */
gboolean      px_database_query_double         (PxDatabase    *self,
                                                const char    *sql,
                                                const char    *param,
                                                double        *value,
                                                GError       **error);

/* One audit row: who (the connection's user), when, which row, what changed (a JSON object). */
gboolean      px_database_audit                (PxDatabase    *self,
                                                const char    *table,
                                                const char    *row_id,
                                                const char    *action,
                                                const char    *changes_json,
                                                GError       **error);

/* Integrity and foreign-key check; problems (transfer full, may be empty) are sentences. */
gboolean      px_database_check                (PxDatabase    *self,
                                                GPtrArray    **problems,
                                                GError       **error);

typedef void (*PxProgressFunc) (double fraction, gpointer user_data);

/* Copies the live database with SQLite's online backup, safe while others write to it. */
gboolean      px_database_backup               (PxDatabase     *self,
                                                const char     *dest_path,
                                                PxProgressFunc  progress,
                                                gpointer        user_data,
                                                GError        **error);

/* School-wide settings kept in the database. */
char         *px_database_get_setting          (PxDatabase    *self,
                                                const char    *key);
gboolean      px_database_set_setting          (PxDatabase    *self,
                                                const char    *key,
                                                const char    *value,
                                                GError       **error);

G_END_DECLS
