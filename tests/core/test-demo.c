/* test-demo.c: the sample data generator behind `peixun-cli demo`
 *
 * One small fill is shared by the read-only checks; the refusal and determinism tests make
 * their own databases.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "px-database.h"
#include "px-demo.h"
#include "px-id-number.h"
#include "px-phone.h"

#define SEED 20261125

typedef struct
{
  char *dir;
  PxDatabase *db;
  PxDemoStats stats;
  GArray *fractions;   /* progress reported during the fill */
} Shared;

static Shared shared;

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static PxDatabase *
open_new (const char *dir,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PxDatabase *db = px_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static gint64
query_int (PxDatabase *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static double
query_double (PxDatabase *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  double value;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The tables of the schema, with how many rows each holds */
static GHashTable *
count_tables (PxDatabase *db)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db),
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);

      g_hash_table_insert (counts, g_strdup (name), GINT_TO_POINTER (query_int (db, sql)));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (g_hash_table_size (counts), >, 30);
  return counts;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
fill_small (PxDatabase  *db,
            guint32      seed,
            PxDemoStats *stats,
            GArray      *fractions)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, seed, fractions ? progress_cb : NULL,
                               fractions, stats, &error));
  g_assert_no_error (error);
}

/* The shared small database, filled on first use */
static PxDatabase *
small_db (void)
{
  if (shared.db == NULL)
    {
      shared.dir = g_dir_make_tmp ("peixun-test-demo-XXXXXX", NULL);
      g_assert_nonnull (shared.dir);
      shared.db = open_new (shared.dir, "small.db");
      shared.fractions = g_array_new (FALSE, FALSE, sizeof (double));
      fill_small (shared.db, SEED, &shared.stats, shared.fractions);
    }
  return shared.db;
}

static void
test_demo_small (void)
{
  PxDatabase *db = small_db ();
  const PxDemoStats *stats = &shared.stats;
  g_autoptr(GHashTable) counts = count_tables (db);
  GHashTableIter iter;
  gpointer key, value;
  guint64 sum = 0;

  /* the scale asked for */
  g_assert_cmpuint (stats->cadres, ==, 2000);
  g_assert_cmpuint (stats->classes, ==, 40);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cadre"), ==, 2000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM class"), ==, 40);
  g_assert_cmpuint (stats->sessions, >, 200);
  g_assert_cmpuint (stats->enrollments, >, 1000);
  g_assert_cmpuint (stats->attendance, >, 5000);
  g_assert_cmpuint (stats->answers, >, 5000);

  /* every table but the audit log holds rows; demo rows are not audited */
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_str_equal (key, "audit_log"))
        g_assert_cmpint (GPOINTER_TO_INT (value), ==, 0);
      else if (GPOINTER_TO_INT (value) == 0)
        g_error ("The table %s is empty", (const char *) key);
    }

  /* the statistics say what was written: the seed rows of 0002 are not counted, and the
   * office site, the competencies and the credit rules were used, not copied */
  for (guint i = 0; i < stats->n_tables; i++)
    {
      gint64 in_db = GPOINTER_TO_INT (g_hash_table_lookup (counts, stats->tables[i].table));

      g_assert_cmpint (in_db, ==, (gint64) stats->tables[i].rows
                                  + (g_str_equal (stats->tables[i].table, "site") ? 1 : 0));
      sum += stats->tables[i].rows;
      g_assert_false (g_str_equal (stats->tables[i].table, "competency"));
      g_assert_false (g_str_equal (stats->tables[i].table, "credit_rule"));
    }
  g_assert_cmpuint (sum, ==, stats->rows);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM competency"), ==, 17);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM credit_rule"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM site WHERE kind = 'office'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM certificate_template "
                                  "WHERE is_default = 1"), ==, 1);

  /* the connection's page cache is as it was before the fill */
  g_assert_cmpint (query_int (db, "PRAGMA cache_size"), ==, -65536);

  /* progress went from the start to 1 and never back */
  g_assert_cmpuint (shared.fractions->len, >=, 10);
  g_assert_cmpfloat (g_array_index (shared.fractions, double, 0), <=, 0.1);
  g_assert_cmpfloat (g_array_index (shared.fractions, double, shared.fractions->len - 1), ==, 1.0);
  for (guint i = 1; i < shared.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (shared.fractions, double, i), >=,
                       g_array_index (shared.fractions, double, i - 1));
}

static void
test_demo_check (void)
{
  PxDatabase *db = small_db ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (px_database_check (db, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_demo_cadres (void)
{
  PxDatabase *db = small_db ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt = NULL;
  guint n = 0, n_minority_names = 0, n_women = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db),
                                       "SELECT citizen_id, gender, birth_date, name, phone "
                                       "FROM cadre", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *gender = (const char *) sqlite3_column_text (stmt, 1);
      const char *birth = (const char *) sqlite3_column_text (stmt, 2);
      const char *name = (const char *) sqlite3_column_text (stmt, 3);
      const char *phone = (const char *) sqlite3_column_text (stmt, 4);
      g_autoptr(GError) error = NULL;
      g_autofree char *id_birth = NULL;
      g_autofree char *normalized = NULL;
      int age;

      /* valid per GB 11643, unique, and saying what the row says */
      g_assert_true (px_id_number_validate (id, &error));
      g_assert_no_error (error);
      g_assert_true (g_hash_table_add (seen, g_strdup (id)));
      g_assert_cmpstr (px_id_number_gender (id), ==, gender);
      id_birth = px_id_number_birth_date (id);
      g_assert_cmpstr (id_birth, ==, birth);
      age = g_date_time_get_year (now) - atoi (birth);
      g_assert_cmpint (age, >=, 24);
      g_assert_cmpint (age, <=, 61);

      normalized = px_phone_normalize (phone, &error);
      g_assert_no_error (error);
      g_assert_true (px_phone_is_mobile (normalized));
      g_assert_cmpint (g_utf8_strlen (name, -1), >=, 2);
      n_minority_names += strstr (name, "·") != NULL;
      n_women += g_str_equal (gender, "女");
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 2000);
  g_assert_cmpuint (n_women, >, 400);
  g_assert_cmpuint (n_women, <, 1000);
  (void) n_minority_names;   /* a few, or none at this scale: chance */

  /* every cadre sits in a unit of the tree, which hangs from one root */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cadre WHERE unit_id IS NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM org_unit WHERE parent_id IS NULL"), ==,
                   1);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT rank) FROM cadre"), >=, 12);
}

static void
test_demo_timetables (void)
{
  PxDatabase *db = small_db ();

  /* sessions lie within their classes' dates, on weekdays */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session s JOIN class c "
                                  "ON c.id = s.class_id "
                                  "WHERE s.date < c.start_date OR s.date > c.end_date"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session "
                                  "WHERE strftime('%w', date) IN ('0', '6')"), ==, 0);

  /* nobody teaches, and no base hosts, two sessions at overlapping times */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session a JOIN session b "
                                  "ON a.teacher_id = b.teacher_id AND a.date = b.date "
                                  "AND a.id < b.id AND a.start_time < b.end_time "
                                  "AND b.start_time < a.end_time"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session a JOIN session b "
                                  "ON a.base_id = b.base_id AND a.date = b.date "
                                  "AND a.id < b.id AND a.start_time < b.end_time "
                                  "AND b.start_time < a.end_time"), ==, 0);

  /* lectures take at most 60 % of any class's hours, and a real share overall */
  g_assert_cmpfloat (query_double (db, "SELECT max (share) FROM (SELECT "
                                       "sum (CASE WHEN method = 'lecture' THEN hours ELSE 0 END) "
                                       "/ sum (hours) AS share FROM session GROUP BY class_id)"),
                     <=, 0.6);
  g_assert_cmpfloat (query_double (db, "SELECT sum (CASE WHEN method = 'lecture' THEN hours END) "
                                       "/ sum (hours) FROM session"), >=, 0.3);

  /* every finished or running class has its roll-call; planned ones have none */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM class c WHERE c.status IN ('finished', "
                                  "'archived', 'running') AND NOT EXISTS (SELECT 1 FROM session s "
                                  "JOIN attendance a ON a.session_id = s.id "
                                  "WHERE s.class_id = c.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance a JOIN session s "
                                  "ON s.id = a.session_id JOIN class c ON c.id = s.class_id "
                                  "WHERE c.status IN ('planning', 'enrolling')"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM class WHERE status = 'running'"), >=, 1);

  /* a session of a finished class has a row for each trainee who was to be there */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session s JOIN class c "
                                  "ON c.id = s.class_id WHERE c.status = 'archived' "
                                  "AND s.is_elective = 0 AND (SELECT count(*) FROM attendance a "
                                  "WHERE a.session_id = s.id) < (SELECT count(*) FROM enrollment e "
                                  "WHERE e.class_id = c.id AND e.status = 'enrolled')"), ==, 0);

  /* certificates and class credits only for those who completed */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM certificate ce JOIN enrollment e "
                                  "ON e.id = ce.enrollment_id WHERE e.completion <> 'completed'"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM enrollment e WHERE e.completion = "
                                  "'completed' AND NOT EXISTS (SELECT 1 FROM certificate ce "
                                  "WHERE ce.enrollment_id = e.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM certificate "
                                  "WHERE length (verification_code) NOT BETWEEN 8 AND 10"), ==, 0);
}

/* A database with a cadre is refused, and left exactly as it was. */
static void
test_demo_refuse (void)
{
  g_autofree char *dir = g_dir_make_tmp ("peixun-test-demo-XXXXXX", NULL);
  g_autoptr(PxDatabase) db = open_new (dir, "one-cadre.db");
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  PxDemoStats stats = { .rows = 42 };
  GHashTableIter iter;
  gpointer key, value;

  g_assert_true (px_database_exec (db, "INSERT INTO cadre (id, created_at, updated_at, name, "
                                       "citizen_id) VALUES ('0190a1b2-0000-7000-8000-000000000001',"
                                       " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                                       "'张三', '110101199003070079')", &error));
  g_assert_no_error (error);
  before = count_tables (db);

  g_assert_false (px_demo_fill (db, PX_DEMO_SCALE_SMALL, SEED, NULL, NULL, &stats, &error));
  g_assert_error (error, PX_DEMO_ERROR, PX_DEMO_ERROR_NOT_EMPTY);
  g_assert_cmpuint (stats.rows, ==, 42);
  g_assert_false (px_database_in_transaction (db));

  after = count_tables (db);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (after, key)), ==,
                     GPOINTER_TO_INT (value));

  g_clear_object (&db);
  remove_dir (dir);
}

/* The filled database is refused a second time, nothing changed. */
static void
test_demo_refuse_filled (void)
{
  PxDatabase *db = small_db ();
  g_autoptr(GHashTable) before = count_tables (db);
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_false (px_demo_fill (db, PX_DEMO_SCALE_SMALL, SEED, NULL, NULL, NULL, &error));
  g_assert_error (error, PX_DEMO_ERROR, PX_DEMO_ERROR_NOT_EMPTY);
  after = count_tables (db);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (after, key)), ==,
                     GPOINTER_TO_INT (value));
}

static GPtrArray *
list_strings (PxDatabase *db,
              const char *sql)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return values;
}

/* The same seed gives the same content (keys and timestamps aside); another seed does not. */
static void
test_demo_deterministic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("peixun-test-demo-XXXXXX", NULL);
  g_autoptr(PxDatabase) again = open_new (dir, "again.db");
  g_autoptr(PxDatabase) other = open_new (dir, "other.db");
  g_autoptr(GPtrArray) first_names = NULL;
  g_autoptr(GPtrArray) again_names = NULL;
  g_autoptr(GPtrArray) other_names = NULL;
  g_autoptr(GPtrArray) first_classes = NULL;
  g_autoptr(GPtrArray) again_classes = NULL;
  static const char *names_sql = "SELECT name FROM cadre ORDER BY rowid";
  static const char *classes_sql = "SELECT code || title || start_date FROM class ORDER BY rowid";
  guint same = 0;

  fill_small (again, SEED, NULL, NULL);
  fill_small (other, SEED + 1, NULL, NULL);

  first_names = list_strings (small_db (), names_sql);
  again_names = list_strings (again, names_sql);
  other_names = list_strings (other, names_sql);
  g_assert_cmpuint (first_names->len, ==, 2000);
  g_assert_cmpuint (again_names->len, ==, first_names->len);
  for (guint i = 0; i < first_names->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (again_names, i), ==,
                       g_ptr_array_index (first_names, i));
      same += g_str_equal (g_ptr_array_index (other_names, i), g_ptr_array_index (first_names, i));
    }
  g_assert_cmpuint (same, <, first_names->len / 10);

  first_classes = list_strings (small_db (), classes_sql);
  again_classes = list_strings (again, classes_sql);
  g_assert_cmpuint (again_classes->len, ==, first_classes->len);
  for (guint i = 0; i < first_classes->len; i++)
    g_assert_cmpstr (g_ptr_array_index (again_classes, i), ==,
                     g_ptr_array_index (first_classes, i));

  g_clear_object (&again);
  g_clear_object (&other);
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/demo/small", test_demo_small);
  g_test_add_func ("/core/demo/check", test_demo_check);
  g_test_add_func ("/core/demo/cadres", test_demo_cadres);
  g_test_add_func ("/core/demo/timetables", test_demo_timetables);
  g_test_add_func ("/core/demo/refuse", test_demo_refuse);
  g_test_add_func ("/core/demo/refuse-filled", test_demo_refuse_filled);
  g_test_add_func ("/core/demo/deterministic", test_demo_deterministic);

  status = g_test_run ();

  g_clear_object (&shared.db);
  g_clear_pointer (&shared.fractions, g_array_unref);
  if (shared.dir != NULL)
    remove_dir (shared.dir);
  g_free (shared.dir);
  return status;
}
