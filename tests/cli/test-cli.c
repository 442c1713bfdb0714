/* test-cli.c: peixun-cli as scripts and registrars call it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>

#include "px-database.h"
#include "px-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = px_test_make_dir ();
  f->db = g_build_filename (f->dir, "school.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Runs peixun-cli --db <fixture db> args… */
static int
run (Fixture     *f,
     char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, f->db);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return px_test_run_cli ((const char * const *) args->pdata, out, err);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *help[] = { "--help", NULL };
  const char *nothing[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *bad_option[] = { "--frobnicate", NULL };
  const char *import_help[] = { "import", "--help", NULL };
  const char *version[] = { "--version", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (px_test_run_cli (help, &out, NULL), ==, 0);
  for (const char *c = "init\0demo\0import\0export\0cadre\0check\0backup\0"; *c; c += strlen (c) + 1)
    g_assert_nonnull (strstr (out, c));
  g_assert_cmpint (px_test_run_cli (nothing, NULL, NULL), ==, 2);
  g_assert_cmpint (px_test_run_cli (unknown, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "frobnicate"));
  g_assert_cmpint (px_test_run_cli (bad_option, NULL, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (px_test_run_cli (import_help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--skip-invalid"));
  g_assert_nonnull (strstr (out, "--dry-run"));
  g_assert_cmpint (px_test_run_cli (version, NULL, NULL), ==, 0);
  g_assert_cmpint (run (f, NULL, NULL, "import", "classes", "x.csv", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "import", "cadres", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "cadre", "list", "--limit", "-1", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "demo", "--scale", "huge", NULL), ==, 2);
}

static void
test_init_and_default_path (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *env_db = g_build_filename (f->dir, "from-env", "env.db", NULL);
  g_autofree char *cli = g_strdup (g_getenv ("PEIXUN_CLI"));
  char *argv[] = { cli, (char *) "init", NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpint (run (f, &out, NULL, "init", NULL), ==, 0);
  g_assert_nonnull (strstr (out, f->db));
  g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));

  /* PEIXUN_DB names the database when --db does not (its folder is made) */
  envp = g_environ_setenv (envp, "PEIXUN_DB", env_db, TRUE);
  g_spawn_sync (NULL, argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_test (env_db, G_FILE_TEST_EXISTS));
}

static void
test_refuses_other_files (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->db, "not a database at all", -1, NULL));
  g_assert_cmpint (run (f, NULL, &err, "cadre", "list", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not a Peixun database"));
  g_file_get_contents (f->db, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, "not a database at all");
}

static void
test_import_cycle (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = px_test_make_roster (0, 20);
  g_autofree char *path = px_test_write_file (f->dir, "roster.csv", text, -1);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *export_path = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *bad_path = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (f, NULL, &err, "import", "cadres", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "missing.csv"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, NULL, "import", "cadres", path, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "20 new"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--json", NULL), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "[]");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (f, &out, NULL, "import", "cadres", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "20 new"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (f, &out, NULL, "import", "cadres", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "0 new cadres, 0 updated, 20 unchanged"));
  g_clear_pointer (&out, g_free);

  /* a bad row refuses the file and names the row */
  bad = g_strconcat (text, "某某,110101198503120018,,,,,,\n", NULL);
  bad_path = px_test_write_file (f->dir, "bad.csv", bad, -1);
  g_assert_cmpint (run (f, NULL, &err, "import", "cadres", bad_path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 22"));
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, &out, &err, "import", "cadres", bad_path, "--skip-invalid", NULL), ==,
                   0);
  g_assert_nonnull (strstr (out, "1 rows with problems were skipped"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, NULL, "export", "cadres", export_path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "20 cadres"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (f, &out, NULL, "import", "cadres", export_path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "20 unchanged"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (f, &out, NULL, "check", NULL), ==, 0);
}

static void
test_list_json (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = px_test_make_roster (0, 30);
  g_autofree char *path = px_test_write_file (f->dir, "roster.csv", text, -1);
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *first;
  const char *keys[] = { "id", "name", "gender", "birth_date", "citizen_id", "unit", "post",
                         "rank", "phone" };

  g_assert_cmpint (run (f, NULL, NULL, "import", "cadres", path, NULL), ==, 0);
  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--json", "--search", "第3局", NULL),
                   ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);   /* row 3 only: 第3局 ≠ 第30局… */
  first = json_array_get_object_element (array, 0);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (first, keys[i]));
  g_assert_cmpstr (json_object_get_string_member (first, "unit"), ==, "某某县第3局");
  g_assert_cmpuint (strlen (json_object_get_string_member (first, "citizen_id")), ==, 18);
  g_clear_pointer (&out, g_free);

  /* the human listing masks IDs unless asked */
  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--search", "第3局", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "********"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--limit", "5", "--json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))),
                    ==, 5);
}

static void
test_backup_and_check (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *text = px_test_make_roster (0, 10);
  g_autofree char *path = px_test_write_file (f->dir, "roster.csv", text, -1);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *list_copy[] = { "--db", copy, "cadre", "list", "--json", NULL };

  g_assert_cmpint (run (f, NULL, NULL, "import", "cadres", path, NULL), ==, 0);

  /* while another program (the window) holds the database open in the middle of a write, the
   * backup still goes through and holds what was committed */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxDatabase) db = px_database_open (f->db, &error);

    g_assert_no_error (error);
    g_assert_true (px_database_begin (db, &error));
    g_assert_true (px_database_exec (db, "DELETE FROM cadre", &error));
    g_assert_cmpint (run (f, NULL, NULL, "backup", copy, NULL), ==, 0);
    px_database_rollback (db);
  }
  g_assert_cmpint (px_test_run_cli (list_copy, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "某某县第9局"));
  g_assert_cmpint (run (f, NULL, &err, "backup", f->db, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* a broken reference is reported by check with a non-zero exit */
  {
    g_autoptr(PxDatabase) db = px_database_open (f->db, NULL);

    g_assert_true (px_database_exec (db, "PRAGMA foreign_keys = OFF; UPDATE cadre SET unit_id = "
                                         "'gone' WHERE rowid = 1;", NULL));
  }
  g_assert_cmpint (run (f, NULL, &err, "check", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "org_unit"));
}

static void
test_chinese (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *text = px_test_make_roster (0, 3);
  g_autofree char *bad = g_strconcat (text, "某某,110101198503120018,,,,,,\n", NULL);
  g_autofree char *path = px_test_write_file (f->dir, "bad.csv", bad, -1);
  g_autofree char *cli = g_strdup (g_getenv ("PEIXUN_CLI"));
  char *help_argv[] = { cli, (char *) "--help", NULL };
  char *import_argv[] = { cli, (char *) "--db", f->db, (char *) "import", (char *) "cadres",
                          path, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed (tools/install-deps.sh makes it)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");
  envp = g_environ_setenv (envp, "LC_ALL", "zh_CN.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_spawn_sync (NULL, help_argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_nonnull (strstr (out, "用法"));
  g_assert_null (strstr (out, "Commands"));
  g_assert_null (strstr (out, "database"));

  g_spawn_sync (NULL, import_argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, NULL);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  g_assert_nonnull (strstr (err, "第 5 行「身份证号」"));
  g_assert_nonnull (strstr (err, "未导入任何数据"));
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (f, &out, NULL, "demo", "--scale", "small", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "rows"));
  g_clear_pointer (&out, g_free);
  /* a second fill would mix two data sets: refused, nothing changed */
  g_assert_cmpint (run (f, NULL, &err, "demo", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "peixun-cli:"));
  g_assert_cmpint (run (f, NULL, NULL, "check", NULL), ==, 0);
  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))),
                    ==, 2000);
}

/* A digest of every row of every table: "exactly as before". */
static char *
database_digest (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (path, &error);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *handle;
  sqlite3_stmt *tables = NULL;

  g_assert_no_error (error);
  handle = px_database_get_handle (db);
  sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                      -1, &tables, NULL);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY id",
                                              sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (rows); c++)
          {
            const char *v = (const char *) sqlite3_column_text (rows, c);

            g_checksum_update (sum, (const guchar *) (v ? v : "\x01"), -1);
            g_checksum_update (sum, (const guchar *) "\x1f", 1);
          }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return g_strdup (g_checksum_get_string (sum));
}

static GPid
spawn_import (const char *db,
              const char *file)
{
  const char *argv[] = { g_getenv ("PEIXUN_CLI"), "--db", db, "import", "cadres", file, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *small = px_test_make_roster (0, 50);
  g_autofree char *small_path = px_test_write_file (f->dir, "small.csv", small, -1);
  /* rows 25..: half of them update what is there, the rest are new */
  g_autofree char *big = px_test_make_roster (25, 120000);
  g_autofree char *big_path = px_test_write_file (f->dir, "big.csv", big, -1);
  g_autofree char *timing_db = g_build_filename (f->dir, "timing.db", NULL);
  g_autofree char *before = NULL;
  const double fractions[] = { 0.15, 0.3, 0.45, 0.6, 0.75, 0.9 };
  gint64 started, full;
  guint killed = 0;
  int status = 0;
  GPid pid;

  g_assert_cmpint (run (f, NULL, NULL, "import", "cadres", small_path, NULL), ==, 0);
  g_assert_cmpint (run (f, NULL, NULL, "backup", timing_db, NULL), ==, 0);
  before = database_digest (f->db);

  /* how long the whole import takes here, on a copy */
  started = g_get_monotonic_time ();
  pid = spawn_import (timing_db, big_path);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  full = g_get_monotonic_time () - started;
  g_test_message ("full import: %.2f s", full / 1e6);

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *check_out = NULL;

      pid = spawn_import (f->db, big_path);
      g_usleep ((gulong) (full * fractions[i]));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        break;      /* it finished first on a fast moment: later points would too */

      after = database_digest (f->db);
      if (g_strcmp0 (after, before) != 0)
        {
          /* The only other allowed state: the whole import, committed just before the kill
           * landed (the process dies between COMMIT and exit). Then it was not midway. */
          g_autoptr(PxDatabase) db = px_database_open (f->db, NULL);
          sqlite3_stmt *stmt = NULL;

          sqlite3_prepare_v2 (px_database_get_handle (db), "SELECT count(*) FROM cadre", -1,
                              &stmt, NULL);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 25 + 120000);
          sqlite3_finalize (stmt);
          g_test_message ("killed at %.0f %% after the commit", fractions[i] * 100);
          break;
        }
      killed++;
      g_assert_cmpint (run (f, &check_out, NULL, "check", NULL), ==, 0);
    }
  g_test_message ("%u imports killed midway left the database as it was", killed);
  g_assert_cmpuint (killed, >=, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/init", test_init_and_default_path);
  ADD ("/cli/refuses-other-files", test_refuses_other_files);
  ADD ("/cli/import-cycle", test_import_cycle);
  ADD ("/cli/list-json", test_list_json);
  ADD ("/cli/backup-and-check", test_backup_and_check);
  ADD ("/cli/chinese", test_chinese);
  ADD ("/cli/demo", test_demo);
  ADD ("/cli/killed-import", test_killed_import);
#undef ADD

  return g_test_run ();
}
