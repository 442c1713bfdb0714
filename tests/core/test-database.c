/* test-database.c: opening, migrations, refusals, transactions, audit, check and backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-cadre.h"
#include "px-database-private.h"
#include "px-id-number.h"
#include "px-test-util.h"
#include "px-user.h"
#include "px-validation-error.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = px_test_make_dir ();
  f->path = g_build_filename (f->dir, "school.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static int
query_int (PxDatabase *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_fresh (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_database_get_schema_version (db), ==, px_database_get_latest_version ());
  g_assert_cmpuint (px_database_get_latest_version (), >=, 2);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, px_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, PX_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA page_size"), ==, 8192);
  sqlite3_prepare_v2 (px_database_get_handle (db), "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  /* seeded code lists: the seven abilities and both credit rules */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM competency WHERE kind = 'ability'"), ==, 7);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM credit_rule"), ==, 2);
  /* every table has a text UUID key and timestamps */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema s WHERE s.type = 'table' "
                                  "AND s.name <> 'audit_log' AND NOT EXISTS (SELECT 1 FROM "
                                  "pragma_table_info(s.name) p WHERE p.name = 'id' AND p.pk = 1 "
                                  "AND p.type = 'TEXT')"), ==, 0);
  /* the audit log is clustered by the row it describes; its id is still a UUID in the key */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_table_info('audit_log') "
                                  "WHERE (name = 'row_id' AND pk = 1) OR (name = 'id' AND pk = 2)"),
                   ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema s WHERE s.type = 'table' "
                                  "AND (SELECT count(*) FROM pragma_table_info(s.name) p "
                                  "WHERE p.name IN ('created_at', 'updated_at')) <> 2"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"), >=,
                   30);
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) old = _px_database_open_at_version (f->path, 1, &error);
  g_autoptr(PxDatabase) db = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (query_int (old, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (old, "SELECT count(*) FROM competency"), ==, 0);
  g_clear_object (&old);

  db = px_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, px_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM competency"), >=, 7);
}

static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_clear_object (&db);
  sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %u",
                         px_database_get_latest_version () + 1);
  make_sqlite_file (f->path, sql);
  before = file_checksum (f->path);

  db = px_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_TOO_NEW);
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  g_autofree char *text_path = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *wal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* an SQLite database of another program */
  make_sqlite_file (f->path, "CREATE TABLE contacts (name TEXT)");
  before = file_checksum (f->path);
  db = px_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_PEIXUN);
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  wal = g_strconcat (f->path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* not SQLite at all: a spreadsheet saved under the wrong name */
  g_assert_true (g_file_set_contents (text_path, "姓名,身份证号\n张三,1\n", -1, NULL));
  before = file_checksum (text_path);
  db = px_database_open (text_path, &error);
  g_assert_null (db);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_PEIXUN);
  after = file_checksum (text_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);

  if (geteuid () == 0)
    {
      g_test_skip ("root may write read-only files");
      return;
    }
  g_assert_no_error (error);
  g_clear_object (&db);
  g_chmod (f->path, 0444);
  db = px_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_READ_ONLY);
  g_chmod (f->path, 0644);
}

static PxCadre *
make_cadre (const char *name,
            const char *id)
{
  PxCadre *cadre = px_cadre_new ();

  cadre->name = g_strdup (name);
  cadre->citizen_id = g_strdup (id);
  return cadre;
}

static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autoptr(PxCadre) cadre = make_cadre ("李四", "11010519491231002X");
  g_autoptr(PxCadre) fetched = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean changed = FALSE;

  g_assert_no_error (error);
  px_database_set_user (db, "registrar1");
  g_assert_true (px_cadre_insert (db, cadre, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cadre->base.id);
  g_assert_cmpuint (strlen (cadre->base.id), ==, 36);

  fetched = px_cadre_get (db, cadre->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fetched->name, ==, "李四");

  /* an unchanged update writes nothing */
  g_assert_true (px_cadre_update (db, fetched, &changed, &error));
  g_assert_false (changed);
  g_free (fetched->phone);
  fetched->phone = g_strdup ("13912345678");
  g_assert_true (px_cadre_update (db, fetched, &changed, &error));
  g_assert_true (changed);

  g_assert_true (px_cadre_delete (db, cadre->base.id, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db),
                                       "SELECT action, user_login, changes FROM audit_log "
                                       "WHERE table_name = 'cadre' ORDER BY id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "insert");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "registrar1");
  /* the row holds an insert's values; the log need not repeat them */
  g_assert_cmpint (sqlite3_column_type (stmt, 2), ==, SQLITE_NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "update");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==,
                   "{\"phone\":[null,\"13912345678\"]}");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  /* a delete keeps the last values, so nothing is lost from the history */
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 2),
                            "\"name\":[\"李四\",null]"));
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 2),
                            "\"phone\":[\"13912345678\",null]"));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* a not-found get says so */
  g_assert_null (px_cadre_get (db, cadre->base.id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

static void
test_validation_and_rollback (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autoptr(PxCadre) a = make_cadre ("王五", "11010519491231002X");
  g_autoptr(PxCadre) b = make_cadre ("赵六", "11010519491231002X");
  g_autofree char *id_c = px_test_make_id ("110105", "19600505", 31);
  g_autoptr(PxCadre) c = make_cadre ("钱七", id_c);
  int audits;

  g_assert_no_error (error);
  g_assert_true (px_cadre_insert (db, a, &error));
  audits = query_int (db, "SELECT count(*) FROM audit_log");

  g_assert_false (px_cadre_insert (db, b, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "citizen_id");
  g_clear_error (&error);

  /* an outer transaction rolled back takes inner writes with it */
  g_assert_true (px_database_begin (db, &error));
  g_assert_true (px_cadre_insert (db, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cadre"), ==, 2);
  px_database_rollback (db);
  g_assert_false (px_database_in_transaction (db));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cadre"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_list_search (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autoptr(GPtrArray) found = NULL;
  const char *names[] = { "张伟", "张敏", "李娜", "100%_测试" };
  PxQuery query = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = px_test_make_id ("110105", "19800101", 11 + i);
      g_autoptr(PxCadre) cadre = make_cadre (names[i], id);

      g_assert_true (px_cadre_insert (db, cadre, &error));
      g_assert_no_error (error);
    }

  query.search = "张";
  query.sort = "name";
  found = px_cadre_list (db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* LIKE wildcards in the search text are literal */
  query.search = "%_";
  found = px_cadre_list (db, &query, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((PxCadre *) found->pdata[0])->name, ==, "100%_测试");
  g_clear_pointer (&found, g_ptr_array_unref);

  query.search = NULL;
  query.limit = 2;
  query.offset = 1;
  found = px_cadre_list (db, &query, &error);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpint (px_cadre_count (db, &query, &error), ==, 4);

  query.sort = "name; DROP TABLE cadre";
  g_assert_null (px_cadre_list (db, &query, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_FAILED);
}

static void
test_check_and_backup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autoptr(PxDatabase) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PxCadre) cadre = make_cadre ("孙八", "11010519491231002X");
  g_autofree char *backup = g_build_filename (f->dir, "copy.db", NULL);

  g_assert_true (px_cadre_insert (db, cadre, &error));
  px_database_check (db, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (px_database_backup (db, backup, NULL, NULL, &error));
  g_assert_no_error (error);
  copy = px_database_open (backup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM cadre"), ==, 1);

  /* a dangling reference made behind the schema's back is found */
  g_assert_true (px_database_exec (db, "PRAGMA foreign_keys = OFF; UPDATE cadre SET unit_id = "
                                       "'no-such-unit'; PRAGMA foreign_keys = ON;", &error));
  g_assert_true (px_database_check (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "org_unit"));
}

static void
test_secret_fields (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (f->path, &error);
  g_autoptr(PxUser) user = px_user_new ();
  gboolean changed = FALSE;

  user->login = g_strdup ("registrar2");
  user->password_hash = g_strdup ("$argon2id$old");
  g_assert_true (px_user_insert (db, user, &error));
  g_free (user->password_hash);
  user->password_hash = g_strdup ("$argon2id$new");
  g_assert_true (px_user_update (db, user, &changed, &error));
  g_assert_true (changed);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                                  "changes = '{\"password_hash\":\"changed\"}'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE changes LIKE "
                                  "'%argon2id%'"), ==, 0);

  /* a required text of spaces, full-width ones included, is empty */
  g_free (user->login);
  user->login = g_strdup (" \u3000 ");
  g_assert_false (px_user_update (db, user, &changed, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "login");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/database/fresh", test_fresh);
  ADD ("/core/database/upgrade", test_upgrade);
  ADD ("/core/database/refuse-newer", test_refuse_newer);
  ADD ("/core/database/refuse-foreign", test_refuse_foreign);
  ADD ("/core/database/refuse-read-only", test_refuse_read_only);
  ADD ("/core/database/audit", test_audit);
  ADD ("/core/database/validation-rollback", test_validation_and_rollback);
  ADD ("/core/database/list-search", test_list_search);
  ADD ("/core/database/check-backup", test_check_and_backup);
  ADD ("/core/database/secret-fields", test_secret_fields);
#undef ADD

  return g_test_run ();
}
