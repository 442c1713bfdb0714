/* test-certificates.c: issuing certificates (numbering, no reuse, completed trainees only),
 * verifying and revoking them, and the signed QR payload checked offline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-cadre.h"
#include "px-certificate-keys.h"
#include "px-certificate-template.h"
#include "px-certificates.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-test-util.h"
#include "px-training-class.h"

typedef struct
{
  char *dir;
  PxDatabase *db;
  char *class_id;
  guint n_cadres;
} Fixture;

static char *
create_class (PxDatabase *db,
              const char *code,
              const char *end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTrainingClass) c = px_training_class_new ();

  c->code = g_strdup (code);
  c->title = g_strdup ("乡村振兴专题班");
  c->start_date = g_strdup ("2026-12-21");
  c->end_date = g_strdup (end);
  c->capacity = PX_INT_UNSET;
  c->required_hours = NAN;
  c->credit_hours = 24;
  px_class_create (db, c, &error);
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "certificates.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
  /* ends in the next year: {year} is the year the class ends */
  f->class_id = create_class (f->db, "ZT-009", "2027-01-08");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->class_id);
}

/* A new cadre named name in the class, with that completion and status; the enrollment's id. */
static char *
enroll (Fixture    *f,
        const char *class_id,
        const char *name,
        const char *completion,
        const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  cadre->name = g_strdup (name);
  cadre->citizen_id = px_test_make_id ("330402", "19800101", ++f->n_cadres);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);

  enrollment->class_id = g_strdup (class_id);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  /* replacing the record's defaults */
  g_free (enrollment->status);
  enrollment->status = g_strdup (status);
  g_free (enrollment->completion);
  enrollment->completion = g_strdup (completion);
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);
  return g_strdup (enrollment->base.id);
}

static void
set_completed (Fixture    *f,
               const char *enrollment_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEnrollment) enrollment = px_enrollment_get (f->db, enrollment_id, &error);

  g_assert_no_error (error);
  g_free (enrollment->completion);
  enrollment->completion = g_strdup ("completed");
  px_enrollment_update (f->db, enrollment, NULL, &error);
  g_assert_no_error (error);
}

static GPtrArray *
issue (Fixture    *f,
       const char *class_code)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *issued = px_certificates_issue (f->db, class_code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (issued);
  return issued;
}

static const PxCertificateInfo *
info_at (GPtrArray *infos,
         guint      index)
{
  g_assert_cmpuint (index, <, infos->len);
  return g_ptr_array_index (infos, index);
}

static void
add_template (Fixture    *f,
              const char *name,
              const char *pattern,
              gboolean    is_default)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateTemplate) template = px_certificate_template_new ();

  template->name = g_strdup (name);
  g_free (template->numbering_pattern);
  template->numbering_pattern = g_strdup (pattern);
  template->is_default = is_default;
  px_certificate_template_insert (f->db, template, &error);
  g_assert_no_error (error);
}

static void
revoke_number (Fixture    *f,
               const char *number)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (px_certificates_revoke (f->db, number, "信息有误", &error));
  g_assert_no_error (error);
}

/* Numbering patterns */

static void
assert_number (const char *pattern,
               guint64     sequence,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = px_certificate_format_number (pattern, 2026, "ZT-009", sequence,
                                                          &error);

  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, expected);
}

static void
assert_bad_pattern (const char *pattern)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = px_certificate_format_number (pattern, 2026, "ZT-009", 1, &error);

  g_assert_null (number);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN);
  g_assert_nonnull (strstr (error->message, pattern));
}

static void
test_format_number (void)
{
  assert_number (PX_CERTIFICATE_DEFAULT_PATTERN, 7, "2026ZT-009007");
  assert_number ("{year}{class code}{seq:3}", 123, "2026ZT-009123");
  /* wider than its width: longer, never cut */
  assert_number ("{year}{class code}{seq:3}", 1234, "2026ZT-0091234");
  assert_number ("{seq:5}", 42, "00042");
  assert_number ("{seq}", 42, "42");
  assert_number ("党校{year}-{seq:4}号", 9, "党校2026-0009号");
  assert_number ("{class code}/{seq:2}/{year}", 3, "ZT-009/03/2026");

  assert_bad_pattern ("{year}{class code}");
  assert_bad_pattern ("{seq:3}{seq:3}");
  assert_bad_pattern ("{year}{name}{seq:3}");
  assert_bad_pattern ("{year}{seq:3");
  assert_bad_pattern ("{seq:0}");
  assert_bad_pattern ("{seq:x}");
  assert_bad_pattern ("{seq:13}");
}

/* Issuing */

static gboolean
is_code_character (char c)
{
  return strchr ("23456789ABCDEFGHJKMNPQRSTUVWXYZ", c) != NULL;
}

static void
test_only_completed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *wang = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autofree char *zhang = enroll (f, f->class_id, "张伟", "completed", "enrolled");
  g_autofree char *li = enroll (f, f->class_id, "李娜", "not_completed", "enrolled");
  g_autofree char *liu = enroll (f, f->class_id, "刘洋", "pending", "enrolled");
  g_autofree char *chen = enroll (f, f->class_id, "陈静", "completed", "withdrawn");

  issued = issue (f, "ZT-009");
  g_assert_cmpuint (issued->len, ==, 2);
  for (guint i = 0; i < issued->len; i++)
    {
      const PxCertificateInfo *info = info_at (issued, i);

      g_assert_true (g_str_equal (info->enrollment_id, wang)
                     || g_str_equal (info->enrollment_id, zhang));
      g_assert_cmpstr (info->issued_on, ==, today);
      g_assert_false (info->revoked);
      g_assert_cmpstr (info->class_code, ==, "ZT-009");
      g_assert_cmpstr (info->class_title, ==, "乡村振兴专题班");
      g_assert_cmpfloat (info->hours, ==, 24);
      g_assert_cmpuint (strlen (info->verification_code), ==, 8);
      for (const char *c = info->verification_code; *c != '\0'; c++)
        g_assert_true (is_code_character (*c));
    }
  /* the class ends in 2027: that is the year in the numbers */
  g_assert_cmpstr (info_at (issued, 0)->number, ==, "2027ZT-009001");
  g_assert_cmpstr (info_at (issued, 1)->number, ==, "2027ZT-009002");
  g_assert_cmpstr (info_at (issued, 0)->verification_code, !=,
                   info_at (issued, 1)->verification_code);
  g_assert_cmpstr (info_at (issued, 0)->citizen_id, !=, NULL);
}

static void
test_idempotent (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autofree char *b = enroll (f, f->class_id, "张伟", "pending", "enrolled");
  g_autoptr(GPtrArray) first = issue (f, "ZT-009");
  g_autoptr(GPtrArray) second = issue (f, "ZT-009");
  g_autoptr(GPtrArray) third = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpuint (second->len, ==, 0);

  /* a trainee who completes later gets the next number; the first keeps theirs */
  set_completed (f, b);
  third = issue (f, "ZT-009");
  g_assert_cmpuint (third->len, ==, 1);
  g_assert_cmpstr (info_at (third, 0)->enrollment_id, ==, b);
  g_assert_cmpstr (info_at (third, 0)->number, ==, "2027ZT-009002");

  all = px_certificates_list (f->db, "ZT-009", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (info_at (all, 0)->number, ==, info_at (first, 0)->number);
  g_assert_cmpstr (info_at (all, 0)->verification_code, ==,
                   info_at (first, 0)->verification_code);
  g_assert_cmpstr (info_at (all, 1)->number, ==, "2027ZT-009002");
}

static void
test_no_reuse_after_revoke (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autofree char *b = enroll (f, f->class_id, "张伟", "completed", "enrolled");
  g_autofree char *c = enroll (f, f->class_id, "李娜", "pending", "enrolled");
  g_autoptr(GPtrArray) first = issue (f, "ZT-009");
  g_autoptr(GPtrArray) second = NULL;

  g_assert_cmpuint (first->len, ==, 2);
  /* the highest number revoked: it still counts */
  revoke_number (f, "2027ZT-009002");
  set_completed (f, c);
  second = issue (f, "ZT-009");
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpstr (info_at (second, 0)->number, ==, "2027ZT-009003");
  /* and the revoked trainee is not issued another */
  g_clear_pointer (&second, g_ptr_array_unref);
  second = issue (f, "ZT-009");
  g_assert_cmpuint (second->len, ==, 0);
}

static void
test_template_pattern (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *other_class = create_class (f->db, "ZT-010", "2027-03-01");
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autofree char *b = enroll (f, f->class_id, "张伟", "completed", "enrolled");
  g_autofree char *c = enroll (f, other_class, "李娜", "completed", "enrolled");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  add_template (f, "旧模板", "{class code}-{seq:2}", FALSE);
  add_template (f, "默认模板", "党校{year}-{seq:4}号", TRUE);

  /* the default template's pattern; without the class code, a second class with the same
   * year continues after the first, revoked or not */
  first = issue (f, "ZT-009");
  g_assert_cmpuint (first->len, ==, 2);
  g_assert_cmpstr (info_at (first, 0)->number, ==, "党校2027-0001号");
  g_assert_cmpstr (info_at (first, 1)->number, ==, "党校2027-0002号");
  revoke_number (f, "党校2027-0002号");
  second = issue (f, "ZT-010");
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpstr (info_at (second, 0)->number, ==, "党校2027-0003号");
}

static void
test_bad_template_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  add_template (f, "默认模板", "{year}{class code}", TRUE);
  issued = px_certificates_issue (f->db, "ZT-009", &error);
  g_assert_null (issued);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN);
  g_clear_error (&error);

  all = px_certificates_list (f->db, "ZT-009", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
test_unknown_class (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issued = px_certificates_issue (f->db, "XX-999", &error);
  g_autoptr(GPtrArray) listed = NULL;

  g_assert_null (issued);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  listed = px_certificates_list (f->db, "XX-999", &error);
  g_assert_null (listed);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* Verifying and revoking */

static void
test_verify_and_revoke (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autoptr(GPtrArray) issued = issue (f, "ZT-009");
  const PxCertificateInfo *info = info_at (issued, 0);
  g_autofree char *typed_code = g_strdup_printf ("  %s \n", info->verification_code);
  g_autoptr(GError) error = NULL;
  PxCertificateInfo *found;

  /* by number */
  found = px_certificates_verify (f->db, info->number, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->id, ==, info->id);
  g_assert_cmpstr (found->name, ==, "王芳");
  px_certificate_info_free (found);

  /* by verification code, typed in lower case with spaces around */
  for (char *c = typed_code; *c != '\0'; c++)
    *c = g_ascii_tolower (*c);
  found = px_certificates_verify (f->db, typed_code, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->number, ==, info->number);
  px_certificate_info_free (found);

  /* unknown */
  found = px_certificates_verify (f->db, "2027ZT-009099", &error);
  g_assert_null (found);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN);
  g_clear_error (&error);

  /* a reason is required */
  g_assert_false (px_certificates_revoke (f->db, info->number, "  ", &error));
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
  g_clear_error (&error);
  g_assert_false (px_certificates_revoke (f->db, "2027ZT-009099", "信息有误", &error));
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN);
  g_clear_error (&error);

  revoke_number (f, info->number);
  /* revoked: fails by number and by code, the reason in the message */
  found = px_certificates_verify (f->db, info->number, &error);
  g_assert_null (found);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
  g_assert_nonnull (strstr (error->message, "信息有误"));
  g_clear_error (&error);
  found = px_certificates_verify (f->db, info->verification_code, &error);
  g_assert_null (found);
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
  g_clear_error (&error);

  /* still found as a record, with when and why */
  found = px_certificates_find (f->db, info->number, &error);
  g_assert_no_error (error);
  g_assert_true (found->revoked);
  g_assert_cmpstr (found->revoked_reason, ==, "信息有误");
  g_assert_nonnull (found->revoked_at);
  px_certificate_info_free (found);

  g_assert_false (px_certificates_revoke (f->db, info->number, "again", &error));
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED);
}

/* The QR payload */

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoinv (new, parts);
}

static void
assert_check_fails (const char *payload,
                    const char *key,
                    GQuark      domain,
                    int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificatePayload) fields = px_certificate_payload_check (payload, key, &error);

  g_assert_null (fields);
  g_assert_error (error, domain, code);
}

static void
test_payload (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autoptr(GPtrArray) issued = issue (f, "ZT-009");
  const PxCertificateInfo *info = info_at (issued, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = px_certificate_keys_get_public_key (f->db, &error);
  g_autofree char *payload = NULL, *again = NULL, *crlf = NULL;
  g_autoptr(PxCertificatePayload) fields = NULL;
  g_autofree char *expected_start = g_strdup_printf ("编号:%s\n姓名:王芳\n班次:ZT-009\n"
                                                     "班名:乡村振兴专题班\n学时:24\n"
                                                     "发证日期:%s\n校验码:%s\n签名:",
                                                     info->number, info->issued_on,
                                                     info->verification_code);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (key), ==, 44);

  payload = px_certificates_make_payload (f->db, info, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (payload, expected_start));
  g_assert_true (g_str_has_suffix (payload, "\n"));
  /* a reprint carries the same text */
  again = px_certificates_make_payload (f->db, info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, payload);

  fields = px_certificate_payload_check (payload, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fields->number, ==, info->number);
  g_assert_cmpstr (fields->name, ==, "王芳");
  g_assert_cmpstr (fields->class_code, ==, "ZT-009");
  g_assert_cmpstr (fields->class_title, ==, "乡村振兴专题班");
  g_assert_cmpstr (fields->hours, ==, "24");
  g_assert_cmpstr (fields->issued_on, ==, info->issued_on);
  g_assert_cmpstr (fields->verification_code, ==, info->verification_code);
  g_clear_pointer (&fields, px_certificate_payload_free);

  /* a scanner's \r\n line ends pass */
  {
    g_auto(GStrv) lines = g_strsplit (payload, "\n", -1);

    crlf = g_strjoinv ("\r\n", lines);
  }
  fields = px_certificate_payload_check (crlf, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fields->name, ==, "王芳");

  /* altered: another name, other hours, a line dropped */
  {
    g_autofree char *name = replace (payload, "姓名:王芳", "姓名:王芬");
    g_autofree char *hours = replace (payload, "学时:24", "学时:240");
    g_autofree char *dropped = replace (payload, "班名:乡村振兴专题班\n", "");

    assert_check_fails (name, key, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_MISMATCH);
    assert_check_fails (hours, key, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_MISMATCH);
    assert_check_fails (dropped, key, PX_CERTIFICATE_KEY_ERROR,
                        PX_CERTIFICATE_KEY_ERROR_MISMATCH);
  }

  /* not a payload at all, or a damaged signature, or a key that is no key */
  assert_check_fails ("编号:1\n姓名:王芳\n", key, PX_CERTIFICATE_ERROR,
                      PX_CERTIFICATE_ERROR_MALFORMED);
  {
    g_autofree char *cut = g_strndup (payload, strlen (payload) - 10);

    assert_check_fails (cut, key, PX_CERTIFICATE_KEY_ERROR,
                        PX_CERTIFICATE_KEY_ERROR_INVALID_SIGNATURE);
  }
  assert_check_fails (payload, "not a key", PX_CERTIFICATE_KEY_ERROR,
                      PX_CERTIFICATE_KEY_ERROR_INVALID_KEY);
}

static void
test_other_key (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *a = enroll (f, f->class_id, "王芳", "completed", "enrolled");
  g_autoptr(GPtrArray) issued = issue (f, "ZT-009");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "other-school.db", NULL);
  g_autoptr(PxDatabase) other = px_database_open (path, &error);
  g_autofree char *other_key = NULL, *key = NULL, *forged = NULL, *payload = NULL;
  g_autoptr(PxCertificatePayload) fields = NULL;

  g_assert_no_error (error);
  key = px_certificate_keys_get_public_key (f->db, &error);
  g_assert_no_error (error);
  other_key = px_certificate_keys_get_public_key (other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, !=, other_key);

  /* genuine, checked with another school's key */
  payload = px_certificates_make_payload (f->db, info_at (issued, 0), &error);
  g_assert_no_error (error);
  assert_check_fails (payload, other_key, PX_CERTIFICATE_KEY_ERROR,
                      PX_CERTIFICATE_KEY_ERROR_MISMATCH);

  /* the same text signed by another school's key, checked with ours */
  forged = px_certificates_make_payload (other, info_at (issued, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (forged, !=, payload);
  assert_check_fails (forged, key, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_MISMATCH);
  fields = px_certificate_payload_check (forged, other_key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fields);
}

static void
test_key_kept (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (px_database_get_path (f->db));
  g_autofree char *first = px_certificate_keys_get_public_key (f->db, &error);
  g_autofree char *second = NULL;
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  /* kept in the database: the same after reopening it */
  g_clear_object (&f->db);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
  second = px_certificate_keys_get_public_key (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);

  /* the audit log says the key was set, never what it is */
  stmt = px_database_prepare (f->db,
                              "SELECT count (*), max (changes) FROM audit_log "
                              "WHERE table_name = 'setting' AND row_id = "
                              "'certificate_signing_key'", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "{\"value\":\"changed\"}");
  sqlite3_reset (stmt);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/core/certificates/format-number", test_format_number);
  ADD ("/core/certificates/only-completed", test_only_completed);
  ADD ("/core/certificates/idempotent", test_idempotent);
  ADD ("/core/certificates/no-reuse-after-revoke", test_no_reuse_after_revoke);
  ADD ("/core/certificates/template-pattern", test_template_pattern);
  ADD ("/core/certificates/bad-template-refused", test_bad_template_refused);
  ADD ("/core/certificates/unknown-class", test_unknown_class);
  ADD ("/core/certificates/verify-and-revoke", test_verify_and_revoke);
  ADD ("/core/certificates/payload", test_payload);
  ADD ("/core/certificates/other-key", test_other_key);
  ADD ("/core/certificates/key-kept", test_key_kept);

#undef ADD

  return g_test_run ();
}
