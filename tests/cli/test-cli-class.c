/* test-cli-class.c: classes through peixun-cli: create, list, show, enroll, export roster,
 * timetable, complete, their JSON and every refusal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "px-session.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"

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

#define run(f, out, err, ...) px_test_run_cli_on ((f)->db, out, err, __VA_ARGS__)

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
create_class (Fixture    *f,
              const char *code,
              const char *start,
              const char *end)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run (f, &out, NULL, "class", "create", "--code", code, "--title", "基层治理专题班",
                        "--start", start, "--end", end, "--capacity", "40", "--hours", "6", NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, code));
}

static const char * const summary_keys[] = {
  "code", "title", "start", "end", "status", "capacity", "enrolled", "completed", "sessions",
  "hours", "methods", "conflicts",
};

static void
assert_summary_keys (JsonObject *object)
{
  for (guint i = 0; i < G_N_ELEMENTS (summary_keys); i++)
    if (!json_object_has_member (object, summary_keys[i]))
      g_error ("the class's JSON lacks “%s”", summary_keys[i]);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "methods")));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "conflicts")));
}

/* Create, then show and list it */

static void
test_create_show (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = NULL, *list_out = NULL, *human = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) list = NULL;
  JsonObject *object, *conflict;
  JsonArray *conflicts;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");

  g_assert_cmpint (run (f, &out, NULL, "class", "show", "2026-ZT-001", "--json", NULL), ==, 0);
  root = parse_json (out);
  object = json_node_get_object (root);
  assert_summary_keys (object);
  g_assert_cmpstr (json_object_get_string_member (object, "code"), ==, "2026-ZT-001");
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "基层治理专题班");
  g_assert_cmpstr (json_object_get_string_member (object, "start"), ==, "2026-05-11");
  g_assert_cmpstr (json_object_get_string_member (object, "end"), ==, "2026-05-13");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "planning");
  g_assert_cmpint (json_object_get_int_member (object, "capacity"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (object, "enrolled"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "completed"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "sessions"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (object, "hours"), ==, 0);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (object, "methods")), ==,
                    0);
  /* --hours 6 with an empty timetable: short */
  conflicts = json_object_get_array_member (object, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  conflict = json_array_get_object_element (conflicts, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "kind"), ==, "hours_short");
  g_assert_nonnull (strstr (json_object_get_string_member (conflict, "message"), "6"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (conflict,
                                                                         "session_ids")), ==, 0);

  g_assert_cmpint (run (f, &list_out, NULL, "class", "list", "--json", NULL), ==, 0);
  list = parse_json (list_out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (list));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 1);
  assert_summary_keys (json_array_get_object_element (json_node_get_array (list), 0));

  g_assert_cmpint (run (f, &human, NULL, "class", "show", "2026-ZT-001", NULL), ==, 0);
  g_assert_nonnull (strstr (human, "基层治理专题班"));
  g_assert_nonnull (strstr (human, "0 of 6 required"));
}

/* Refusals */

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  static const struct
  {
    const char *start;
    const char *end;
    const char *field;   /* the message names it */
  } bad_dates[] = {
    { "2026-13-01", "2026-05-13", "Start date" },
    { "2026/05/11", "2026-05-13", "Start date" },
    { "2026-05-11", "2026-02-30", "End date" },
    { "2026-05-11", "2026-05-10", "End date" },   /* before the start */
  };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) list = NULL;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autofree char *message = NULL;

      g_assert_cmpint (run (f, NULL, &message, "class", "create", "--code", "2026-ZT-002",
                            "--title", "专题班", "--start", bad_dates[i].start,
                            "--end", bad_dates[i].end, NULL), ==, 1);
      if (strstr (message, bad_dates[i].field) == NULL)
        g_error ("“%s” does not name %s", message, bad_dates[i].field);
    }

  /* the code is taken */
  g_assert_cmpint (run (f, NULL, &err, "class", "create", "--code", "2026-ZT-001", "--title", "又一班",
                        "--start", "2026-06-01", "--end", "2026-06-02", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2026-ZT-001"));
  g_clear_pointer (&err, g_free);

  /* a negative capacity */
  g_assert_cmpint (run (f, NULL, &err, "class", "create", "--code", "2026-ZT-003", "--title", "班",
                        "--start", "2026-06-01", "--end", "2026-06-02", "--capacity", "-5", NULL),
                   ==, 1);
  g_assert_nonnull (strstr (err, "Capacity"));
  g_clear_pointer (&err, g_free);

  /* nothing of these was written */
  g_assert_cmpint (run (f, &out, NULL, "class", "list", "--json", NULL), ==, 0);
  list = parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 1);

  /* wrong command lines */
  g_assert_cmpint (run (f, NULL, &err, "class", "create", "--code", "2026-ZT-004",
                        "--start", "2026-06-01", "--end", "2026-06-02", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--title"));
  g_assert_nonnull (strstr (err, "Usage"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, &err, "class", "create", "--code", "2026-ZT-004", "--title", "班",
                        "--start", "2026-06-01", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--end"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, NULL, "class", "create", "--code", "X", "--title", "班",
                        "--start", "2026-06-01", "--end", "2026-06-02", "--capacity", "many",
                        NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "show", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "list", "--year", "soon", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "frobnicate", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", NULL), ==, 2);

  /* an unknown class */
  g_assert_cmpint (run (f, NULL, &err, "class", "show", "2099-XX-001", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No class with code “2099-XX-001”"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, &err, "class", "show", "2099-XX-001", "--json", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No class with code"));
}

/* Two overlapping sessions of one teacher in two classes */

static char *
add_session (PxDatabase *db,
             const char *class_id,
             const char *teacher_id,
             const char *start,
             const char *end)
{
  g_autoptr(PxSession) s = px_session_new ();
  g_autoptr(GError) error = NULL;

  s->class_id = g_strdup (class_id);
  s->date = g_strdup ("2026-05-12");
  s->slot = g_strdup ("morning");
  s->start_time = g_strdup (start);
  s->end_time = g_strdup (end);
  s->teacher_id = g_strdup (teacher_id);
  s->title = g_strdup ("专题讲座");
  s->hours = 3;
  px_session_insert (db, s, &error);
  g_assert_no_error (error);
  return g_strdup (s->base.id);
}

static char *
class_id_of (PxDatabase *db,
             const char *code)
{
  const char *filters[] = { "code", code, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) classes = px_training_class_list (db, &query, NULL);

  g_assert_cmpuint (classes->len, ==, 1);
  return g_strdup (((PxTrainingClass *) classes->pdata[0])->base.id);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL, *human = NULL, *list_out = NULL;
  g_autofree char *mine = NULL, *theirs = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) list = NULL;
  JsonObject *object, *conflict = NULL;
  JsonArray *conflicts, *ids;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  create_class (f, "2026-ZT-002", "2026-05-11", "2026-05-13");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxDatabase) db = px_database_open (f->db, &error);
    g_autoptr(PxTeacher) teacher = px_teacher_new ();
    g_autofree char *a = NULL, *b = NULL;

    g_assert_no_error (error);
    teacher->name = g_strdup ("王明");
    px_teacher_insert (db, teacher, &error);
    g_assert_no_error (error);
    a = class_id_of (db, "2026-ZT-001");
    b = class_id_of (db, "2026-ZT-002");
    mine = add_session (db, a, teacher->base.id, "08:30", "11:30");
    theirs = add_session (db, b, teacher->base.id, "10:00", "12:00");
  }

  g_assert_cmpint (run (f, &out, NULL, "class", "show", "2026-ZT-001", "--json", NULL), ==, 0);
  root = parse_json (out);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "sessions"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (object, "hours"), ==, 3);
  g_assert_cmpfloat (json_object_get_double_member (
                       json_object_get_object_member (object, "methods"), "Lecture"), ==, 3);
  conflicts = json_object_get_array_member (object, "conflicts");
  for (guint i = 0; i < json_array_get_length (conflicts); i++)
    {
      JsonObject *c = json_array_get_object_element (conflicts, i);

      if (g_str_equal (json_object_get_string_member (c, "kind"), "teacher_double_booked"))
        {
          g_assert_null (conflict);
          conflict = c;
        }
    }
  g_assert_nonnull (conflict);
  g_assert_cmpstr (json_object_get_string_member (conflict, "message"), ==,
                   "Teacher 王明 teaches class 2026-ZT-002 at the same time on 2026-05-12 "
                   "(morning, 10:00–12:00).");
  g_assert_cmpstr (json_object_get_string_member (conflict, "other_class"), ==, "2026-ZT-002");
  ids = json_object_get_array_member (conflict, "session_ids");
  g_assert_cmpuint (json_array_get_length (ids), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (ids, 0), ==, mine);
  g_assert_cmpstr (json_array_get_string_element (ids, 1), ==, theirs);

  g_assert_cmpint (run (f, &human, NULL, "class", "show", "2026-ZT-002", NULL), ==, 0);
  g_assert_nonnull (strstr (human, "Teacher 王明 teaches class 2026-ZT-001"));

  /* list shows it for both (beside the hours short of 6) */
  g_assert_cmpint (run (f, &list_out, NULL, "class", "list", "--year", "2026", "--json", NULL),
                   ==, 0);
  list = parse_json (list_out);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *c = json_array_get_object_element (json_node_get_array (list), i);
      JsonArray *found = json_object_get_array_member (c, "conflicts");

      g_assert_cmpuint (json_array_get_length (found), ==, 2);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (found, 0),
                                                      "kind"), ==, "teacher_double_booked");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (found, 1),
                                                      "kind"), ==, "hours_short");
    }
}

/* The demo's classes: every object complete, methods adding up to hours, the year filter */

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL, *year_out = NULL, *show_out = NULL, *human = NULL;
  g_autoptr(JsonNode) all = NULL;
  g_autoptr(JsonNode) year = NULL;
  g_autoptr(JsonNode) shown = NULL;
  JsonArray *classes;
  JsonObject *first, *one;
  guint with_sessions = 0, n_year = 0;

  g_assert_cmpint (run (f, NULL, NULL, "demo", NULL), ==, 0);
  g_assert_cmpint (run (f, &out, NULL, "class", "list", "--json", NULL), ==, 0);
  all = parse_json (out);
  classes = json_node_get_array (all);
  g_assert_cmpuint (json_array_get_length (classes), >, 10);
  for (guint i = 0; i < json_array_get_length (classes); i++)
    {
      JsonObject *c = json_array_get_object_element (classes, i);
      JsonObject *methods;
      g_autoptr(GList) names = NULL;
      double sum = 0;

      assert_summary_keys (c);
      methods = json_object_get_object_member (c, "methods");
      names = json_object_get_members (methods);
      for (GList *l = names; l != NULL; l = l->next)
        sum += json_object_get_double_member (methods, l->data);
      g_assert_cmpfloat_with_epsilon (sum, json_object_get_double_member (c, "hours"), 1e-6);
      g_assert_cmpint (json_object_get_int_member (c, "completed"), <=,
                       json_object_get_int_member (c, "enrolled"));
      if (json_object_get_int_member (c, "sessions") > 0)
        with_sessions++;
      if (g_str_has_prefix (json_object_get_string_member (c, "start"), "2025"))
        n_year++;
      if (i > 0)
        g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (classes,
                                                                                       i - 1),
                                                        "start"),
                         <=, json_object_get_string_member (c, "start"));
    }
  g_assert_cmpuint (with_sessions, >, 0);

  g_assert_cmpint (run (f, &year_out, NULL, "class", "list", "--year", "2025", "--json", NULL),
                   ==, 0);
  year = parse_json (year_out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (year)), ==, n_year);

  /* show says what list says */
  first = json_array_get_object_element (classes, 0);
  g_assert_cmpint (run (f, &show_out, NULL, "class", "show",
                        json_object_get_string_member (first, "code"), "--json", NULL), ==, 0);
  shown = parse_json (show_out);
  one = json_node_get_object (shown);
  g_assert_cmpstr (json_object_get_string_member (one, "title"), ==,
                   json_object_get_string_member (first, "title"));
  g_assert_cmpint (json_object_get_int_member (one, "enrolled"), ==,
                   json_object_get_int_member (first, "enrolled"));
  g_assert_cmpint (json_object_get_int_member (one, "sessions"), ==,
                   json_object_get_int_member (first, "sessions"));
  g_assert_cmpfloat (json_object_get_double_member (one, "hours"), ==,
                     json_object_get_double_member (first, "hours"));

  g_assert_cmpint (run (f, &human, NULL, "class", "list", NULL), ==, 0);
  g_assert_nonnull (strstr (human, "Code\tStart\tEnd"));
  g_assert_nonnull (strstr (human, json_object_get_string_member (first, "code")));
}

/* Rosters: class enroll and export roster */

/* A roster of n cadres from the fixed list below; row bad_row (spreadsheet numbering, 0 for
 * none) gets a wrong check digit. */
static char *
write_roster (Fixture    *f,
              const char *name,
              guint       n,
              guint       bad_row)
{
  static const char * const names[] = { "张伟", "王芳", "李娜", "刘洋" };
  static const char * const births[] = { "19850312", "19790101", "19900520", "19680808" };
  g_autoptr(GString) text = g_string_new ("姓名,身份证号,工作单位,职务\n");

  g_assert (n <= G_N_ELEMENTS (names));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = px_test_make_id ("110101", births[i], i + 1);

      if (i + 2 == bad_row)
        id[17] = id[17] == '1' ? '2' : '1';
      g_string_append_printf (text, "%s,%s,某县发改局,科员\n", names[i], id);
    }
  return px_test_write_file (f->dir, name, text->str, text->len);
}

static gint64
class_enrolled (Fixture    *f,
                const char *code)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_cmpint (run (f, &out, NULL, "class", "show", code, "--json", NULL), ==, 0);
  root = parse_json (out);
  return json_object_get_int_member (json_node_get_object (root), "enrolled");
}

static guint
n_cadres (Fixture *f)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_cmpint (run (f, &out, NULL, "cadre", "list", "--json", NULL), ==, 0);
  root = parse_json (out);
  return json_array_get_length (json_node_get_array (root));
}

static JsonNode *
enroll_json (Fixture    *f,
             const char *code,
             const char *path,
             int         expected_status)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run (f, &out, NULL, "class", "enroll", code, path, "--json", NULL), ==,
                   expected_status);
  return parse_json (out);
}

static void
test_enroll (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *known = write_roster (f, "known.csv", 1, 0);
  g_autofree char *roster = write_roster (f, "roster.csv", 3, 0);
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) again = NULL;
  JsonObject *object;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  g_assert_cmpint (run (f, NULL, NULL, "import", "cadres", known, NULL), ==, 0);
  g_assert_cmpuint (n_cadres (f), ==, 1);

  /* two new cadres, one known, all three enrolled */
  g_assert_cmpint (run (f, &out, NULL, "class", "enroll", "2026-ZT-001", roster, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2 new cadres"));
  g_assert_nonnull (strstr (out, "3 enrolled, 0 already enrolled"));
  g_assert_cmpuint (n_cadres (f), ==, 3);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-001"), ==, 3);

  /* again: all already enrolled, nothing changes */
  again = enroll_json (f, "2026-ZT-001", roster, 0);
  object = json_node_get_object (again);
  g_assert_cmpint (json_object_get_int_member (object, "rows"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (object, "new"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "updated"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "enrolled"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "already_enrolled"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "problems")),
                    ==, 0);
  g_assert_cmpuint (n_cadres (f), ==, 3);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-001"), ==, 3);
}

static void
test_enroll_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *bad = write_roster (f, "bad.csv", 3, 3);
  g_autofree char *roster = write_roster (f, "roster.csv", 3, 0);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) refused = NULL;
  g_autoptr(JsonNode) full = NULL;
  JsonObject *object, *problem;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  g_assert_cmpint (run (f, NULL, NULL, "class", "create", "--code", "2026-ZT-002", "--title",
                        "小班", "--start", "2026-06-01", "--end", "2026-06-02", "--capacity", "2",
                        NULL), ==, 0);

  /* a bad row: refused whole, nothing written */
  g_assert_cmpint (run (f, &out, &err, "class", "enroll", "2026-ZT-001", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 3"));
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  refused = enroll_json (f, "2026-ZT-001", bad, 1);
  object = json_node_get_object (refused);
  g_assert_false (json_object_get_boolean_member (object, "written"));
  g_assert_cmpint (json_object_get_int_member (object, "enrolled"), ==, 0);
  problem = json_array_get_object_element (json_object_get_array_member (object, "problems"),
                                           0);
  g_assert_cmpint (json_object_get_int_member (problem, "row"), ==, 3);
  g_assert_cmpuint (n_cadres (f), ==, 0);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-001"), ==, 0);

  /* a dry run writes nothing */
  g_assert_cmpint (run (f, &out, NULL, "class", "enroll", "2026-ZT-001", roster, "--dry-run",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Dry run"));
  g_assert_nonnull (strstr (out, "3 would be enrolled"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpuint (n_cadres (f), ==, 0);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-001"), ==, 0);

  /* too many for the capacity of 2: refused whole, then up to the capacity */
  g_assert_cmpint (run (f, NULL, &err, "class", "enroll", "2026-ZT-002", roster, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 4"));
  g_assert_nonnull (strstr (err, "full"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (n_cadres (f), ==, 0);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-002"), ==, 0);
  g_assert_cmpint (run (f, &out, &err, "class", "enroll", "2026-ZT-002", roster, "--skip-invalid",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (err, "Row 4"));
  g_assert_nonnull (strstr (out, "2 enrolled"));
  g_assert_nonnull (strstr (out, "1 cadres were not enrolled"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-002"), ==, 2);
  full = enroll_json (f, "2026-ZT-002", roster, 1);
  object = json_node_get_object (full);
  g_assert_cmpint (json_object_get_int_member (object, "already_enrolled"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "full"), ==, 1);

  /* --skip-invalid with a bad row enrolls the others */
  g_assert_cmpint (run (f, &out, NULL, "class", "enroll", "2026-ZT-001", bad, "--skip-invalid",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2 enrolled"));
  g_assert_nonnull (strstr (out, "1 rows with problems were skipped"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-001"), ==, 2);

  /* an unknown class, wrong command lines */
  g_assert_cmpint (run (f, NULL, &err, "class", "enroll", "2026-XX-999", roster, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No class with code"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, &err, "class", "enroll", "2026-ZT-001", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "class enroll CODE FILE"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, NULL, "export", "roster", "out.csv", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "export", "cadres", "--class", "2026-ZT-001", "out.csv",
                        NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, &err, "export", "roster", "--class", "2026-XX-999",
                        "out.csv", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No class with code"));
}

static void
test_export_roster (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *roster = write_roster (f, "roster.csv", 3, 0);
  g_autofree char *csv = g_build_filename (f->dir, "exported.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "exported.xlsx", NULL);
  g_autofree char *csv_b = g_build_filename (f->dir, "exported-b.csv", NULL);
  g_autofree char *out = NULL, *text = NULL, *text_b = NULL;
  g_autofree char *id = px_test_make_id ("110101", "19790101", 2);
  g_autoptr(JsonNode) second = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *object;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  create_class (f, "2026-ZT-002", "2026-06-01", "2026-06-03");
  g_assert_cmpint (run (f, NULL, NULL, "class", "enroll", "2026-ZT-001", roster, NULL), ==, 0);
  /* 王芳 leads group 1: the other class's roster, exported below, must say so too */
  {
    g_autoptr(PxDatabase) db = px_database_open (f->db, &error);

    g_assert_no_error (error);
    px_database_exec (db, "UPDATE enrollment SET group_name = '第一组', class_role = '组长' "
                          "WHERE cadre_id = (SELECT id FROM cadre WHERE name = '王芳')", &error);
    g_assert_no_error (error);
  }

  g_assert_cmpint (run (f, &out, NULL, "export", "roster", "--class", "2026-ZT-001", csv, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "Exported 3 trainees"));
  g_file_get_contents (csv, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF姓名,性别,民族,出生日期,身份证号,政治面貌,"
                                         "工作单位,职务,职级,学历,手机号,备注,组别,班级职务"));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 4);
  g_assert_nonnull (strstr (text, "王芳,女,,1979-01-01,"));
  g_assert_nonnull (strstr (text, id));
  g_assert_nonnull (strstr (text, "某县发改局,科员"));
  g_assert_nonnull (strstr (text, ",第一组,组长"));

  /* the exported roster enrolls the same cadres into another class */
  g_assert_cmpint (run (f, NULL, NULL, "export", "roster", "--class", "2026-ZT-001", xlsx, NULL),
                   ==, 0);
  second = enroll_json (f, "2026-ZT-002", xlsx, 0);
  object = json_node_get_object (second);
  g_assert_cmpint (json_object_get_int_member (object, "new"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "updated"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "enrolled"), ==, 3);
  g_assert_cmpuint (n_cadres (f), ==, 3);
  g_assert_cmpint (class_enrolled (f, "2026-ZT-002"), ==, 3);
  g_assert_cmpint (run (f, NULL, NULL, "export", "roster", "--class", "2026-ZT-002", csv_b,
                        NULL), ==, 0);
  g_file_get_contents (csv_b, &text_b, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text_b, ==, text);
}

/* Timetables: class timetable */

static JsonNode *
timetable_json (Fixture    *f,
                const char *code,
                const char *path,
                int         expected_status)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run (f, &out, NULL, "class", "timetable", code, path, "--json", NULL), ==,
                   expected_status);
  return parse_json (out);
}

static gint64
class_sessions (Fixture    *f,
                const char *code)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_cmpint (run (f, &out, NULL, "class", "show", code, "--json", NULL), ==, 0);
  root = parse_json (out);
  return json_object_get_int_member (json_node_get_object (root), "sessions");
}

static void
test_timetable (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = px_test_write_file (f->dir, "timetable.csv",
                                              "日期,时段,课程,授课教师,地点,教学方式,学时\n"
                                              "2026-05-11,上午,党史专题,王明,主楼301教室,讲授,3\n"
                                              ",下午,基层治理案例,李华,主楼301教室,案例,3\n",
                                              -1);
  g_autofree char *short_path = px_test_write_file (f->dir, "short.csv",
                                                    "日期,时段,课程,授课教师,地点\n"
                                                    "2026-05-11,上午,党史专题,王明,主楼301教室\n",
                                                    -1);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) refused = NULL;
  g_autoptr(JsonNode) again = NULL;
  JsonObject *object, *problem;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");

  /* nobody knows the course, the teacher or the room: refused, and --create-missing offered */
  g_assert_cmpint (run (f, &out, &err, "class", "timetable", "2026-ZT-001", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 2, “课程”: "));
  g_assert_nonnull (strstr (err, "党史专题"));
  g_assert_nonnull (strstr (err, "Row 3, “授课教师”: "));
  g_assert_nonnull (strstr (err, "nothing was written"));
  g_assert_nonnull (strstr (err, "--create-missing"));
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  refused = timetable_json (f, "2026-ZT-001", path, 1);
  object = json_node_get_object (refused);
  g_assert_false (json_object_get_boolean_member (object, "written"));
  g_assert_cmpint (json_object_get_int_member (object, "unknown"), ==, 6);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "problems")),
                    ==, 6);
  problem = json_array_get_object_element (json_object_get_array_member (object, "problems"), 0);
  g_assert_cmpint (json_object_get_int_member (problem, "row"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (problem, "value"), ==, "党史专题");
  g_assert_cmpint (class_sessions (f, "2026-ZT-001"), ==, 0);

  /* a dry run says what it would do */
  g_assert_cmpint (run (f, &out, NULL, "class", "timetable", "2026-ZT-001", path, "--dry-run",
                        "--create-missing", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Dry run of"));
  g_assert_nonnull (strstr (out, "2 sessions, 6 hours would be written (2 new"));
  g_assert_nonnull (strstr (out, "Courses that would be created: 党史专题、基层治理案例"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (class_sessions (f, "2026-ZT-001"), ==, 0);

  g_assert_cmpint (run (f, &out, NULL, "class", "timetable", "2026-ZT-001", path,
                        "--create-missing", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Wrote the timetable of 2026-ZT-001"));
  g_assert_nonnull (strstr (out, "2 sessions, 6 hours (2 new, 0 updated, 0 unchanged, "
                                 "0 deleted)"));
  g_assert_nonnull (strstr (out, "Teachers created: 王明、李华"));
  g_assert_nonnull (strstr (out, "Rooms no timetable had named before: 主楼301教室"));
  g_assert_null (strstr (out, "Warning"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (class_sessions (f, "2026-ZT-001"), ==, 2);

  /* again: the names are known now, and nothing changes */
  again = timetable_json (f, "2026-ZT-001", path, 0);
  object = json_node_get_object (again);
  g_assert_true (json_object_get_boolean_member (object, "written"));
  g_assert_cmpint (json_object_get_int_member (object, "unchanged"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "sessions"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (object, "hours"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (object, "class"), ==, "2026-ZT-001");

  /* a shorter file replaces the timetable, and its hours fall short of the 6 required */
  g_assert_cmpint (run (f, &out, NULL, "class", "timetable", "2026-ZT-001", short_path, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "1 sessions, 3 hours (0 new, 0 updated, 1 unchanged, "
                                 "1 deleted)"));
  g_assert_nonnull (strstr (out, "Warning: The timetable has 3 hours"));
  g_assert_cmpint (class_sessions (f, "2026-ZT-001"), ==, 1);
}

static void
test_timetable_refusals (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = px_test_write_file (f->dir, "timetable.csv",
                                              "日期,时段,课程,授课教师,地点\n"
                                              "2026-05-12,上午,党史专题,王明,主楼301教室\n", -1);
  g_autofree char *other = px_test_write_file (f->dir, "other.csv",
                                               "日期,时间,课程,授课教师,地点\n"
                                               "2026-05-12,09:00-12:00,党史专题,王明,\n"
                                               "2026-05-13,19:00-21:00,党史专题,王明,"
                                               "主楼301教室\n", -1);
  g_autofree char *outside = px_test_write_file (f->dir, "outside.csv",
                                                 "日期,时段,课程,授课教师,地点\n"
                                                 "2026-05-20,上午,党史专题,王明,主楼301教室\n",
                                                 -1);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *err = NULL, *help = NULL;
  g_autoptr(JsonNode) booked = NULL;
  JsonObject *problem;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  create_class (f, "2026-ZT-002", "2026-05-11", "2026-05-13");
  g_assert_cmpint (run (f, NULL, NULL, "class", "timetable", "2026-ZT-001", path,
                        "--create-missing", NULL), ==, 0);

  /* the teacher is in class 2026-ZT-001 that morning */
  g_assert_cmpint (run (f, NULL, &err, "class", "timetable", "2026-ZT-002", other, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Row 2, “授课教师”: Teacher 王明 already teaches class "
                                 "2026-ZT-001 at that time: 2026-05-12, Morning, 08:30–11:30."));
  g_assert_null (strstr (err, "Row 3"));
  g_assert_null (strstr (err, "--create-missing"));
  g_clear_pointer (&err, g_free);
  booked = timetable_json (f, "2026-ZT-002", other, 1);
  problem = json_array_get_object_element (
              json_object_get_array_member (json_node_get_object (booked), "problems"), 0);
  g_assert_cmpint (json_object_get_int_member (problem, "row"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (problem, "column"), ==, "授课教师");
  g_assert_cmpint (class_sessions (f, "2026-ZT-002"), ==, 0);

  /* outside the class's dates */
  g_assert_cmpint (run (f, NULL, &err, "class", "timetable", "2026-ZT-002", outside, NULL), ==,
                   1);
  g_assert_nonnull (strstr (err, "Row 2, “日期”: 2026-05-20 is outside the class’s dates"));
  g_clear_pointer (&err, g_free);

  /* an unknown class, a file that is not there, wrong command lines */
  g_assert_cmpint (run (f, NULL, &err, "class", "timetable", "2026-XX-999", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No class with code “2026-XX-999”"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, NULL, NULL, "class", "timetable", "2026-ZT-002", missing, NULL), ==,
                   1);
  g_assert_cmpint (run (f, NULL, &err, "class", "timetable", "2026-ZT-002", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "class timetable CODE FILE"));
  g_assert_cmpint (run (f, NULL, NULL, "class", "timetable", "2026-ZT-002", path, "extra", NULL),
                   ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "timetable", "2026-ZT-002", path, "--bogus",
                        NULL), ==, 2);
  g_assert_cmpint (run (f, &help, NULL, "class", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (help, "class timetable CODE FILE"));
  g_assert_cmpint (class_sessions (f, "2026-ZT-002"), ==, 0);
}

/* Completion: the class's rule on a demo class, the head teacher's override, the refusals */

static JsonObject *
complete_json (Fixture    *f,
               JsonNode  **root,
               const char *first,
               ...) G_GNUC_NULL_TERMINATED;

/* Runs "class complete" with the arguments given and --json, expecting success. */
static JsonObject *
complete_json (Fixture    *f,
               JsonNode  **root,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *command = NULL;
  va_list ap;
  int status;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, f->db);
  g_ptr_array_add (args, (gpointer) "class");
  g_ptr_array_add (args, (gpointer) "complete");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "--json");
  g_ptr_array_add (args, NULL);
  command = g_strjoinv (" ", (char **) args->pdata);
  status = px_test_run_cli ((const char * const *) args->pdata, &out, &err);
  if (status != 0)
    g_error ("%s: exit %d: %s", command, status, err);
  g_clear_pointer (root, json_node_unref);
  *root = parse_json (out);
  return json_node_get_object (*root);
}

/* The first demo class with sessions and trainees; its code (transfer full). */
static char *
demo_class (Fixture *f)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *classes;

  g_assert_cmpint (run (f, NULL, NULL, "demo", NULL), ==, 0);
  g_assert_cmpint (run (f, &out, NULL, "class", "list", "--json", NULL), ==, 0);
  root = parse_json (out);
  classes = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (classes); i++)
    {
      JsonObject *c = json_array_get_object_element (classes, i);

      if (json_object_get_int_member (c, "sessions") > 0
          && json_object_get_int_member (c, "enrolled") > 0)
        return g_strdup (json_object_get_string_member (c, "code"));
    }
  g_error ("no demo class with sessions and trainees");
  return NULL;
}

static JsonObject *
find_trainee_json (JsonObject *result,
                   const char *citizen_id)
{
  JsonArray *trainees = json_object_get_array_member (result, "trainees");

  for (guint i = 0; i < json_array_get_length (trainees); i++)
    {
      JsonObject *t = json_array_get_object_element (trainees, i);

      if (g_strcmp0 (json_object_get_string_member (t, "citizen_id"), citizen_id) == 0)
        return t;
    }
  g_error ("no trainee %s", citizen_id);
  return NULL;
}

static void
test_complete (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *code = demo_class (f);
  g_autofree char *human = NULL, *totals = NULL, *show_out = NULL;
  g_autofree char *citizen_id = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) shown = NULL;
  JsonObject *result, *t;
  JsonArray *trainees;
  guint n_completed = 0;

  /* the rule: every trainee decided, with a reason */
  result = complete_json (f, &root, code, NULL);
  g_assert_cmpstr (json_object_get_string_member (result, "class"), ==, code);
  trainees = json_object_get_array_member (result, "trainees");
  g_assert_cmpuint (json_array_get_length (trainees), >, 0);
  g_assert_cmpint (json_object_get_int_member (result, "completed")
                   + json_object_get_int_member (result, "not_completed"), ==,
                   json_array_get_length (trainees));
  for (guint i = 0; i < json_array_get_length (trainees); i++)
    {
      JsonObject *trainee = json_array_get_object_element (trainees, i);

      g_assert_cmpuint (strlen (json_object_get_string_member (trainee, "reason")), >, 0);
      g_assert_cmpuint (strlen (json_object_get_string_member (trainee, "name")), >, 0);
      if (json_object_get_boolean_member (trainee, "completed"))
        {
          n_completed++;
          g_assert_nonnull (strstr (json_object_get_string_member (trainee, "reason"),
                                    "attended"));
        }
    }
  g_assert_cmpint (json_object_get_int_member (result, "completed"), ==, n_completed);
  citizen_id = g_strdup (json_object_get_string_member (
                           json_array_get_object_element (trainees, 0), "citizen_id"));

  /* show counts the completed trainees */
  g_assert_cmpint (run (f, &show_out, NULL, "class", "show", code, "--json", NULL), ==, 0);
  shown = parse_json (show_out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "completed"), ==,
                   n_completed);

  /* human output: masked IDs and the totals */
  g_assert_cmpint (run (f, &human, NULL, "class", "complete", code, NULL), ==, 0);
  g_assert_null (strstr (human, citizen_id));
  g_assert_nonnull (strstr (human, "********"));
  totals = g_strdup_printf ("Class %s: %u completed, %u not completed.", code, n_completed,
                            json_array_get_length (trainees) - n_completed);
  g_assert_nonnull (strstr (human, totals));

  /* the head teacher's decision for one trainee, kept by the rule afterwards */
  result = complete_json (f, &root, code, "--cadre", citizen_id, "--reason", "因公出差，经班主任认定",
                          NULL);
  g_assert_cmpint (json_object_get_int_member (result, "completed"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "trainees")),
                    ==, 1);
  t = find_trainee_json (result, citizen_id);
  g_assert_true (json_object_get_boolean_member (t, "completed"));
  g_assert_cmpstr (json_object_get_string_member (t, "reason"), ==, "因公出差，经班主任认定");
  result = complete_json (f, &root, code, NULL);
  t = find_trainee_json (result, citizen_id);
  g_assert_true (json_object_get_boolean_member (t, "completed"));
  g_assert_true (json_object_get_boolean_member (t, "overridden"));
  g_assert_cmpstr (json_object_get_string_member (t, "reason"), ==, "因公出差，经班主任认定");

  /* --all: every enrolled trainee completed */
  result = complete_json (f, &root, code, "--all", NULL);
  g_assert_cmpint (json_object_get_int_member (result, "completed"), >, 0);
  g_assert_cmpint (json_object_get_int_member (result, "not_completed"), ==, 0);
  result = complete_json (f, &root, code, NULL);
  trainees = json_object_get_array_member (result, "trainees");
  for (guint i = 0; i < json_array_get_length (trainees); i++)
    {
      JsonObject *trainee = json_array_get_object_element (trainees, i);

      /* only the withdrawn were left out of --all */
      if (!json_object_get_boolean_member (trainee, "completed"))
        g_assert_true (json_object_get_boolean_member (trainee, "withdrawn"));
    }
}

static void
test_complete_refusals (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *unknown_id = px_test_make_id ("110101", "19850312", 9);
  g_autofree char *err = NULL;

  create_class (f, "2026-ZT-001", "2026-05-11", "2026-05-13");
  g_assert_cmpint (run (f, NULL, &err, "class", "complete", "2026-XX-404", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2026-XX-404"));
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", "--cadre", unknown_id,
                        NULL), ==, 1);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", "--all", "--cadre",
                        unknown_id, NULL), ==, 1);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", "extra", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", "--reason", "x", NULL),
                   ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", "--bogus", NULL), ==, 2);
  /* a class with nobody in it: nothing to decide, and that is fine */
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "2026-ZT-001", NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/class/create-show", test_create_show);
  ADD ("/cli/class/refusals", test_refusals);
  ADD ("/cli/class/conflict", test_conflict);
  ADD ("/cli/class/demo", test_demo);
  ADD ("/cli/class/enroll", test_enroll);
  ADD ("/cli/class/enroll-refusals", test_enroll_refusals);
  ADD ("/cli/class/export-roster", test_export_roster);
  ADD ("/cli/class/timetable", test_timetable);
  ADD ("/cli/class/timetable-refusals", test_timetable_refusals);
  ADD ("/cli/class/complete", test_complete);
  ADD ("/cli/class/complete-refusals", test_complete_refusals);

#undef ADD

  return g_test_run ();
}
