/* test-cli-certificate.c: certificates through peixun-cli: issue, list, verify, revoke,
 * public-key, payload and check-qr, their JSON, exit statuses and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "px-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

#define run(f, out, err, ...) px_test_run_cli_on ((f)->db, out, err, __VA_ARGS__)

/* A class ZT-001 ending in 2026 with three trainees who all completed. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *roster_text = px_test_make_roster (1, 3);
  g_autofree char *roster = NULL;

  f->dir = px_test_make_dir ();
  f->db = g_build_filename (f->dir, "school.db", NULL);
  roster = px_test_write_file (f->dir, "roster.csv", roster_text, -1);
  g_assert_cmpint (run (f, NULL, NULL, "class", "create", "--code", "ZT-001", "--title",
                        "基层治理专题班", "--start", "2026-05-11", "--end", "2026-05-13", NULL),
                   ==, 0);
  g_assert_cmpint (run (f, NULL, NULL, "class", "enroll", "ZT-001", roster, NULL), ==, 0);
  g_assert_cmpint (run (f, NULL, NULL, "class", "complete", "ZT-001", "--all", NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static const char * const certificate_keys[] = {
  "number", "code", "name", "citizen_id", "class", "issued", "revoked", "payload",
};

/* certificate list --class ZT-001 --json, its keys checked */
static JsonNode *
list_json (Fixture *f)
{
  g_autofree char *out = NULL;
  JsonNode *root;
  JsonArray *array;

  g_assert_cmpint (run (f, &out, NULL, "certificate", "list", "--class", "ZT-001", "--json",
                        NULL), ==, 0);
  root = parse_json (out);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      for (guint k = 0; k < G_N_ELEMENTS (certificate_keys); k++)
        if (!json_object_has_member (object, certificate_keys[k]))
          g_error ("the certificate's JSON lacks “%s”", certificate_keys[k]);
      g_assert_cmpuint (strlen (json_object_get_string_member (object, "citizen_id")), ==, 18);
    }
  return root;
}

static JsonObject *
certificate_at (JsonNode *root,
                guint     index)
{
  return json_array_get_object_element (json_node_get_array (root), index);
}

static void
test_issue_and_list (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = NULL, *again = NULL, *human = NULL, *err = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_auto(GStrv) lines = NULL;

  /* none yet */
  g_assert_cmpint (run (f, &out, &err, "certificate", "list", "--class", "ZT-001", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "no certificates"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (f, &out, NULL, "certificate", "issue", "--class", "ZT-001", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Issued 3 certificates for ZT-001."));
  g_assert_nonnull (strstr (out, "2026ZT-001001\t"));
  g_assert_nonnull (strstr (out, "2026ZT-001003\t"));
  /* again: everyone has one */
  g_assert_cmpint (run (f, &again, NULL, "certificate", "issue", "--class", "ZT-001", NULL), ==,
                   0);
  g_assert_nonnull (strstr (again, "Issued 0 certificates for ZT-001."));

  list = list_json (f);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *c = certificate_at (list, i);
      g_autofree char *number = g_strdup_printf ("2026ZT-00100%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (c, "number"), ==, number);
      g_assert_cmpuint (strlen (json_object_get_string_member (c, "code")), ==, 8);
      g_assert_cmpstr (json_object_get_string_member (c, "issued"), ==, today);
      g_assert_cmpstr (json_object_get_string_member (c, "class"), ==, "ZT-001");
      g_assert_false (json_object_get_boolean_member (c, "revoked"));
      g_assert_true (g_str_has_prefix (json_object_get_string_member (c, "payload"), "编号:"));
    }

  /* the text list: one line per certificate, citizen IDs masked */
  g_assert_cmpint (run (f, &human, NULL, "certificate", "list", "--class", "ZT-001", NULL), ==,
                   0);
  lines = g_strsplit (g_strchomp (human), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], "********"));
  g_assert_null (strstr (human, json_object_get_string_member (certificate_at (list, 0),
                                                                "citizen_id")));
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *err = NULL, *err2 = NULL;

  g_assert_cmpint (run (f, NULL, &err, "certificate", "issue", "--class", "XX-999", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "XX-999"));
  g_assert_cmpint (run (f, NULL, &err2, "certificate", "list", "--class", "XX-999", NULL), ==, 1);
  g_assert_nonnull (strstr (err2, "XX-999"));
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "issue", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "list", "--json", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "verify", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "revoke", "2026ZT-001001", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "check-qr", "text", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "payload", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "print", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", NULL), ==, 2);
}

static void
test_verify_and_revoke (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) list = NULL, after = NULL, verified = NULL, issued = NULL;
  g_autofree char *issued_json = NULL;
  g_autofree char *out = NULL, *by_code = NULL, *json = NULL, *err = NULL, *revoked_out = NULL;
  g_autofree char *revoked_err = NULL, *code_err = NULL, *unknown_err = NULL, *again_err = NULL;
  g_autofree char *lower = NULL;
  JsonObject *first, *object;
  const char *number, *code, *name;

  g_assert_cmpint (run (f, &issued_json, NULL, "certificate", "issue", "--class", "ZT-001",
                        "--json", NULL), ==, 0);
  issued = parse_json (issued_json);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (issued)), ==, 3);
  list = list_json (f);
  first = certificate_at (list, 0);
  number = json_object_get_string_member (first, "number");
  code = json_object_get_string_member (first, "code");
  g_assert_cmpstr (json_object_get_string_member (certificate_at (issued, 0), "code"), ==, code);
  name = json_object_get_string_member (first, "name");

  /* valid: by number, by code (typed in lower case), as JSON */
  g_assert_cmpint (run (f, &out, NULL, "certificate", "verify", number, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "is valid"));
  g_assert_nonnull (strstr (out, name));
  lower = g_ascii_strdown (code, -1);
  g_assert_cmpint (run (f, &by_code, NULL, "certificate", "verify", lower, NULL), ==, 0);
  g_assert_nonnull (strstr (by_code, number));
  g_assert_cmpint (run (f, &json, NULL, "certificate", "verify", code, "--json", NULL), ==, 0);
  verified = parse_json (json);
  object = json_node_get_object (verified);
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, number);
  g_assert_cmpstr (json_object_get_string_member (object, "code"), ==, code);
  g_assert_false (json_object_get_boolean_member (object, "revoked"));

  /* unknown */
  g_assert_cmpint (run (f, NULL, &unknown_err, "certificate", "verify", "2026ZT-001999", NULL),
                   ==, 1);
  g_assert_nonnull (strstr (unknown_err, "No certificate"));

  /* revoked: fails by number and code, with the reason; listed as revoked */
  g_assert_cmpint (run (f, &revoked_out, NULL, "certificate", "revoke", number, "--reason",
                        "姓名有误，重新制证", NULL), ==, 0);
  g_assert_nonnull (strstr (revoked_out, number));
  g_assert_cmpint (run (f, NULL, &revoked_err, "certificate", "verify", number, NULL), ==, 1);
  g_assert_nonnull (strstr (revoked_err, "revoked"));
  g_assert_nonnull (strstr (revoked_err, "姓名有误，重新制证"));
  g_assert_cmpint (run (f, NULL, &code_err, "certificate", "verify", code, NULL), ==, 1);
  g_assert_nonnull (strstr (code_err, "姓名有误，重新制证"));
  after = list_json (f);
  object = certificate_at (after, 0);
  g_assert_true (json_object_get_boolean_member (object, "revoked"));
  g_assert_cmpstr (json_object_get_string_member (object, "revoked_reason"), ==,
                   "姓名有误，重新制证");
  g_assert_false (json_object_get_boolean_member (certificate_at (after, 1), "revoked"));

  /* twice, or an unknown number */
  g_assert_cmpint (run (f, NULL, &again_err, "certificate", "revoke", number, "--reason", "x",
                        NULL), ==, 1);
  g_assert_nonnull (strstr (again_err, "already"));
  g_assert_cmpint (run (f, NULL, &err, "certificate", "revoke", "2026ZT-001999", "--reason",
                        "x", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2026ZT-001999"));
}

/* check-qr with the payload on standard input */
static int
check_qr_stdin (const char  *payload,
                const char  *key,
                char       **out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                              | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              g_getenv ("PEIXUN_CLI"), "certificate", "check-qr", "-", "--key",
                              key, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, payload, NULL, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static void
test_public_key_and_check_qr (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(JsonNode) list = NULL;
  g_autofree char *key = NULL, *key_again = NULL, *payload = NULL, *out = NULL, *err = NULL;
  g_autofree char *altered_err = NULL, *other_err = NULL, *other_key = NULL, *piped = NULL;
  g_autofree char *other_db = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *altered = NULL;
  g_auto(GStrv) parts = NULL;
  JsonObject *first;
  const char *number, *name;

  g_assert_cmpint (run (f, NULL, NULL, "certificate", "issue", "--class", "ZT-001", NULL), ==, 0);
  list = list_json (f);
  first = certificate_at (list, 0);
  number = json_object_get_string_member (first, "number");
  name = json_object_get_string_member (first, "name");

  /* the key: 44 characters of base64, the same every time */
  g_assert_cmpint (run (f, &key, NULL, "certificate", "public-key", NULL), ==, 0);
  g_strchomp (key);
  g_assert_cmpuint (strlen (key), ==, 44);
  g_assert_cmpint (run (f, &key_again, NULL, "certificate", "public-key", NULL), ==, 0);
  g_assert_cmpstr (g_strchomp (key_again), ==, key);

  /* the payload command prints what list --json carries */
  g_assert_cmpint (run (f, &payload, NULL, "certificate", "payload", number, NULL), ==, 0);
  g_assert_cmpstr (payload, ==, json_object_get_string_member (first, "payload"));

  /* genuine */
  g_assert_cmpint (px_test_run_cli ((const char *[]) { "certificate", "check-qr", payload,
                                                       "--key", key, NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Genuine"));
  g_assert_nonnull (strstr (out, number));
  g_assert_nonnull (strstr (out, name));
  g_assert_nonnull (strstr (out, "ZT-001"));
  g_assert_cmpint (check_qr_stdin (payload, key, &piped), ==, 0);
  g_assert_nonnull (strstr (piped, number));

  /* altered: another name */
  parts = g_strsplit (payload, name, 2);
  altered = g_strjoin ("王某某", parts[0], parts[1], NULL);
  g_assert_cmpint (px_test_run_cli ((const char *[]) { "certificate", "check-qr", altered,
                                                       "--key", key, NULL }, NULL,
                                    &altered_err), ==, 1);
  g_assert_nonnull (strstr (altered_err, "altered"));

  /* another school's key */
  g_assert_cmpint (px_test_run_cli_on (other_db, &other_key, NULL, "certificate", "public-key",
                                       NULL), ==, 0);
  g_strchomp (other_key);
  g_assert_cmpstr (other_key, !=, key);
  g_assert_cmpint (px_test_run_cli ((const char *[]) { "certificate", "check-qr", payload,
                                                       "--key", other_key, NULL }, NULL,
                                    &other_err), ==, 1);
  g_assert_nonnull (strstr (other_err, "another key"));

  g_assert_cmpint (px_test_run_cli ((const char *[]) { "certificate", "check-qr", "hello",
                                                       "--key", key, NULL }, NULL, NULL), ==, 1);
  g_assert_cmpint (run (f, NULL, NULL, "certificate", "payload", "2026ZT-001999", NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/certificate/issue-and-list", test_issue_and_list);
  ADD ("/cli/certificate/refusals", test_refusals);
  ADD ("/cli/certificate/verify-and-revoke", test_verify_and_revoke);
  ADD ("/cli/certificate/public-key-and-check-qr", test_public_key_and_check_qr);

#undef ADD

  return g_test_run ();
}
