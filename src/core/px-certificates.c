/* px-certificates.c: issuing, listing, verifying and revoking completion certificates, and the
 * signed text their QR codes carry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificates"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "px-certificate.h"
#include "px-certificate-keys.h"
#include "px-certificates.h"
#include "px-class-completion.h"
#include "px-uuid.h"

/* Verification codes: read aloud, typed from paper or told over the phone, so no 0/O, 1/I/L;
 * 31 letters to the power of 8 is about 8.5 × 10¹¹, far beyond any school's certificates. */
static const char code_alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
#define CODE_LENGTH 8

/* The payload's line keys, in their order. */
#define KEY_NUMBER "编号"
#define KEY_NAME "姓名"
#define KEY_CLASS_CODE "班次"
#define KEY_CLASS_TITLE "班名"
#define KEY_HOURS "学时"
#define KEY_ISSUED "发证日期"
#define KEY_CODE "校验码"
#define KEY_SIGNATURE "签名"

G_DEFINE_QUARK (px-certificate-error-quark, px_certificate_error)

void
px_certificate_info_free (PxCertificateInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->number);
  g_free (info->verification_code);
  g_free (info->issued_on);
  g_free (info->revoked_reason);
  g_free (info->revoked_at);
  g_free (info->enrollment_id);
  g_free (info->name);
  g_free (info->citizen_id);
  g_free (info->class_id);
  g_free (info->class_code);
  g_free (info->class_title);
  g_free (info);
}

void
px_certificate_payload_free (PxCertificatePayload *payload)
{
  if (payload == NULL)
    return;
  g_free (payload->number);
  g_free (payload->name);
  g_free (payload->class_code);
  g_free (payload->class_title);
  g_free (payload->hours);
  g_free (payload->issued_on);
  g_free (payload->verification_code);
  g_free (payload);
}

/* Numbering */

/* The text before and after the sequence, and its width (0: not padded). */
static gboolean
split_pattern (const char  *pattern,
               int          year,
               const char  *class_code,
               char       **prefix,
               char       **suffix,
               guint       *width,
               GError     **error)
{
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  gboolean seen_seq = FALSE;
  const char *p = pattern;

  while (*p != '\0')
    {
      GString *out = seen_seq ? after : before;
      const char *close;
      g_autofree char *name = NULL;

      if (*p != '{')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      close = strchr (p, '}');
      if (close == NULL)
        {
          g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN,
                       _("The numbering pattern “%s” has a “{” without its “}”."), pattern);
          return FALSE;
        }
      name = g_strndup (p + 1, close - p - 1);
      p = close + 1;

      if (g_str_equal (name, "year"))
        g_string_append_printf (out, "%04d", year);
      else if (g_str_equal (name, "class code"))
        g_string_append (out, class_code);
      else if (g_str_equal (name, "seq") || g_str_has_prefix (name, "seq:"))
        {
          guint64 n = 0;

          if (seen_seq)
            {
              g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN,
                           _("The numbering pattern “%s” has more than one {seq}."), pattern);
              return FALSE;
            }
          if (name[3] == ':' && !g_ascii_string_to_unsigned (name + 4, 10, 1, 12, &n, NULL))
            {
              g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN,
                           _("In the numbering pattern “%s”, “{%s}” should give the number "
                             "of digits from 1 to 12, as in {seq:3}."), pattern, name);
              return FALSE;
            }
          *width = (guint) n;
          seen_seq = TRUE;
        }
      else
        {
          g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN,
                       _("The numbering pattern “%s” has an unknown field “{%s}”; it may use "
                         "{year}, {class code} and {seq:N}."), pattern, name);
          return FALSE;
        }
    }

  if (!seen_seq)
    {
      g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN,
                   _("The numbering pattern “%s” has no {seq:N}: every certificate would get "
                     "the same number."), pattern);
      return FALSE;
    }
  *prefix = g_string_free (g_steal_pointer (&before), FALSE);
  *suffix = g_string_free (g_steal_pointer (&after), FALSE);
  return TRUE;
}

static char *
join_number (const char *prefix,
             guint64     sequence,
             guint       width,
             const char *suffix)
{
  return g_strdup_printf ("%s%0*" G_GUINT64_FORMAT "%s", prefix, (int) width, sequence, suffix);
}

char *
px_certificate_format_number (const char  *pattern,
                              int          year,
                              const char  *class_code,
                              guint64      sequence,
                              GError     **error)
{
  g_autofree char *prefix = NULL, *suffix = NULL;
  guint width = 0;

  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (class_code != NULL, NULL);

  if (!split_pattern (pattern, year, class_code, &prefix, &suffix, &width, error))
    return NULL;
  return join_number (prefix, sequence, width, suffix);
}

/* The highest sequence of any number ever issued between prefix and suffix, revoked ones
 * included, so that a number is never given twice. */
static gboolean
highest_sequence (PxDatabase  *db,
                  const char  *prefix,
                  const char  *suffix,
                  guint64     *highest,
                  GError     **error)
{
  gsize prefix_len = strlen (prefix), suffix_len = strlen (suffix);
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare (db,
                              "SELECT number FROM certificate "
                              "WHERE substr (number, 1, length (?1)) = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  *highest = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *number = (const char *) sqlite3_column_text (stmt, 0);
      gsize len = strlen (number);
      g_autofree char *digits = NULL;
      guint64 n;

      if (len <= prefix_len + suffix_len || !g_str_has_suffix (number, suffix))
        continue;
      digits = g_strndup (number + prefix_len, len - prefix_len - suffix_len);
      if (g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT64 - 1, &n, NULL) && n > *highest)
        *highest = n;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
code_is_taken (PxDatabase  *db,
               const char  *code,
               gboolean    *taken,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare (db,
                              "SELECT 1 FROM certificate "
                              "WHERE verification_code = ?1 OR number = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  *taken = rc == SQLITE_ROW;
  return TRUE;
}

/* A verification code no certificate has, as code nor as number. */
static char *
new_verification_code (PxDatabase  *db,
                       GError     **error)
{
  char code[CODE_LENGTH + 1];
  gboolean taken = TRUE;

  if (sodium_init () < 0)
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_CRYPTO,
                           _("The cryptography library could not be started."));
      return NULL;
    }
  while (taken)
    {
      for (guint i = 0; i < CODE_LENGTH; i++)
        code[i] = code_alphabet[randombytes_uniform (sizeof code_alphabet - 1)];
      code[CODE_LENGTH] = '\0';
      if (!code_is_taken (db, code, &taken, error))
        return NULL;
    }
  return g_strdup (code);
}

/* Reading certificates */

#define INFO_SELECT \
  "SELECT certificate.id, certificate.number, certificate.verification_code, " \
  "certificate.issued_on, certificate.revoked, certificate.revoked_reason, " \
  "certificate.revoked_at, enrollment.id, cadre.name, cadre.citizen_id, class.id, " \
  "class.code, class.title, " \
  "COALESCE ((SELECT sum (hours) FROM credit_record " \
  "           WHERE credit_record.cadre_id = enrollment.cadre_id " \
  "             AND credit_record.class_id = class.id AND credit_record.source = 'class'), " \
  "          class.credit_hours) " \
  "FROM certificate " \
  "JOIN enrollment ON enrollment.id = certificate.enrollment_id " \
  "JOIN cadre ON cadre.id = enrollment.cadre_id " \
  "JOIN class ON class.id = enrollment.class_id "

static PxCertificateInfo *
info_from_row (sqlite3_stmt *stmt)
{
  PxCertificateInfo *info = g_new0 (PxCertificateInfo, 1);

  info->id = px_database_column_dup (stmt, 0);
  info->number = px_database_column_dup (stmt, 1);
  info->verification_code = px_database_column_dup (stmt, 2);
  info->issued_on = px_database_column_dup (stmt, 3);
  info->revoked = sqlite3_column_int (stmt, 4) != 0;
  info->revoked_reason = px_database_column_dup (stmt, 5);
  info->revoked_at = px_database_column_dup (stmt, 6);
  info->enrollment_id = px_database_column_dup (stmt, 7);
  info->name = px_database_column_dup (stmt, 8);
  info->citizen_id = px_database_column_dup (stmt, 9);
  info->class_id = px_database_column_dup (stmt, 10);
  info->class_code = px_database_column_dup (stmt, 11);
  info->class_title = px_database_column_dup (stmt, 12);
  info->hours = sqlite3_column_type (stmt, 13) == SQLITE_NULL ? NAN
                                                             : sqlite3_column_double (stmt, 13);
  return info;
}

/* The certificates sql (INFO_SELECT and a condition on ?1) selects. */
static GPtrArray *
query_infos (PxDatabase  *db,
             const char  *sql,
             const char  *value,
             GError     **error)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               px_certificate_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (infos, info_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }

  /* a class with no credit hours of its own credits each trainee's timetable hours */
  for (guint i = 0; i < infos->len; i++)
    {
      PxCertificateInfo *info = g_ptr_array_index (infos, i);

      if (isnan (info->hours)
          && !px_class_trainee_hours (db, info->enrollment_id, &info->hours, error))
        return NULL;
    }
  return g_steal_pointer (&infos);
}

static const char by_class_sql[] =
  INFO_SELECT "WHERE class.id = ?1 ORDER BY length (certificate.number), certificate.number";
static const char by_id_sql[] = INFO_SELECT "WHERE certificate.id = ?1";
static const char by_number_sql[] = INFO_SELECT "WHERE certificate.number = ?1";
static const char by_code_sql[] = INFO_SELECT "WHERE certificate.verification_code = ?1";

/* The class's id and the year it ends, or PX_DATABASE_ERROR_NOT_FOUND. */
static char *
find_class (PxDatabase  *db,
            const char  *class_code,
            int         *end_year,
            GError     **error)
{
  sqlite3_stmt *stmt;
  char *id = NULL;
  int rc;

  stmt = px_database_prepare (db, "SELECT id, end_date FROM class WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_code, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *end = (const char *) sqlite3_column_text (stmt, 1);

      id = px_database_column_dup (stmt, 0);
      if (end_year != NULL)
        *end_year = end != NULL ? (int) g_ascii_strtoll (end, NULL, 10) : 0;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return id;
  if (rc == SQLITE_DONE)
    g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                 _("There is no class with the code “%s”."), class_code);
  else
    px_database_set_sqlite_error (db, rc, error);
  return NULL;
}

GPtrArray *
px_certificates_list (PxDatabase  *db,
                      const char  *class_code,
                      GError     **error)
{
  g_autofree char *class_id = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL, NULL);

  class_id = find_class (db, class_code, NULL, error);
  if (class_id == NULL)
    return NULL;
  return query_infos (db, by_class_sql, class_id, error);
}

PxCertificateInfo *
px_certificates_find (PxDatabase  *db,
                      const char  *number_or_code,
                      GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *upper = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (number_or_code != NULL, NULL);

  text = g_strstrip (g_strdup (number_or_code));
  found = query_infos (db, by_number_sql, text, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_clear_pointer (&found, g_ptr_array_unref);
      upper = g_ascii_strup (text, -1);
      found = query_infos (db, by_code_sql, upper, error);
      if (found == NULL)
        return NULL;
    }
  if (found->len == 0)
    {
      g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN,
                   _("No certificate has the number or verification code “%s”."), text);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

PxCertificateInfo *
px_certificates_verify (PxDatabase  *db,
                        const char  *number_or_code,
                        GError     **error)
{
  g_autoptr(PxCertificateInfo) info = NULL;

  info = px_certificates_find (db, number_or_code, error);
  if (info == NULL)
    return NULL;
  if (info->revoked)
    {
      g_autofree char *day = g_strndup (info->revoked_at != NULL ? info->revoked_at : "", 10);

      g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED,
                   /* Translators: the number, the name, the date (YYYY-MM-DD), the reason */
                   _("Certificate %s of %s was revoked on %s: %s"), info->number, info->name,
                   day, info->revoked_reason != NULL ? info->revoked_reason : "");
      return NULL;
    }
  return g_steal_pointer (&info);
}

/* Issuing */

/* The default template's id (NULL when there is none) and numbering pattern. */
static gboolean
find_template (PxDatabase  *db,
               char       **template_id,
               char       **pattern,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare (db,
                              "SELECT id, numbering_pattern FROM certificate_template "
                              "ORDER BY is_default DESC, created_at, name LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *template_id = px_database_column_dup (stmt, 0);
      *pattern = px_database_column_dup (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (rc == SQLITE_DONE)
    {
      *template_id = NULL;
      *pattern = g_strdup (PX_CERTIFICATE_DEFAULT_PATTERN);
    }
  return TRUE;
}

/* The enrollments of the class that completed and have no certificate, in name order. */
static GPtrArray *
list_uncertified (PxDatabase  *db,
                  const char  *class_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare (db,
                              "SELECT enrollment.id FROM enrollment "
                              "JOIN cadre ON cadre.id = enrollment.cadre_id "
                              "WHERE enrollment.class_id = ?1 "
                              "  AND enrollment.status = 'enrolled' "
                              "  AND enrollment.completion = 'completed' "
                              "  AND NOT EXISTS (SELECT 1 FROM certificate "
                              "                  WHERE certificate.enrollment_id = enrollment.id) "
                              "ORDER BY cadre.name, cadre.citizen_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, px_database_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Inside the caller's transaction: the new certificates' ids added to issued. */
static gboolean
issue_in_transaction (PxDatabase  *db,
                      const char  *class_code,
                      GPtrArray   *issued,
                      GError     **error)
{
  g_autofree char *class_id = NULL, *template_id = NULL, *pattern = NULL;
  g_autofree char *prefix = NULL, *suffix = NULL, *issued_on = today ();
  g_autoptr(GPtrArray) enrollments = NULL;
  guint64 sequence = 0;
  guint width = 0;
  int year = 0;

  class_id = find_class (db, class_code, &year, error);
  if (class_id == NULL
      || !find_template (db, &template_id, &pattern, error)
      || !split_pattern (pattern, year, class_code, &prefix, &suffix, &width, error)
      || !highest_sequence (db, prefix, suffix, &sequence, error))
    return FALSE;
  enrollments = list_uncertified (db, class_id, error);
  if (enrollments == NULL)
    return FALSE;

  for (guint i = 0; i < enrollments->len; i++)
    {
      g_autoptr(PxCertificate) certificate = px_certificate_new ();

      certificate->enrollment_id = g_strdup (g_ptr_array_index (enrollments, i));
      certificate->template_id = g_strdup (template_id);
      certificate->number = join_number (prefix, ++sequence, width, suffix);
      certificate->issued_on = g_strdup (issued_on);
      certificate->verification_code = new_verification_code (db, error);
      if (certificate->verification_code == NULL
          || !px_certificate_insert (db, certificate, error))
        return FALSE;
      g_ptr_array_add (issued, g_strdup (certificate->base.id));
    }
  return TRUE;
}

GPtrArray *
px_certificates_issue (PxDatabase  *db,
                       const char  *class_code,
                       GError     **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               px_certificate_info_free);

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL, NULL);

  if (!px_database_begin (db, error))
    return NULL;
  if (!issue_in_transaction (db, class_code, ids, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  if (!px_database_commit (db, error))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) found = query_infos (db, by_id_sql, g_ptr_array_index (ids, i),
                                                error);

      if (found == NULL)
        return NULL;
      g_assert (found->len == 1);
      g_ptr_array_add (infos, g_ptr_array_steal_index (found, 0));
    }
  return g_steal_pointer (&infos);
}

/* Revoking */

gboolean
px_certificates_revoke (PxDatabase  *db,
                        const char  *number,
                        const char  *reason,
                        GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(PxCertificate) certificate = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *text = NULL;
  PxCertificateInfo *info;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED,
                           _("Give the reason for revoking the certificate."));
      return FALSE;
    }

  text = g_strstrip (g_strdup (number));
  found = query_infos (db, by_number_sql, text, error);
  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_UNKNOWN,
                   _("No certificate has the number “%s”."), text);
      return FALSE;
    }
  info = g_ptr_array_index (found, 0);
  if (info->revoked)
    {
      g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED,
                   _("Certificate %s was revoked already: %s"), info->number,
                   info->revoked_reason != NULL ? info->revoked_reason : "");
      return FALSE;
    }

  certificate = px_certificate_get (db, info->id, error);
  if (certificate == NULL)
    return FALSE;
  certificate->revoked = TRUE;
  g_free (certificate->revoked_reason);
  certificate->revoked_reason = g_steal_pointer (&trimmed);
  g_free (certificate->revoked_at);
  certificate->revoked_at = px_timestamp_now ();
  return px_certificate_update (db, certificate, NULL, error);
}

/* The QR payload */

/* A value on one line: a line break inside it would end the field. */
static void
append_line (GString    *out,
             const char *key,
             const char *value)
{
  g_string_append (out, key);
  g_string_append_c (out, ':');
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    g_string_append_c (out, *p == '\n' || *p == '\r' ? ' ' : *p);
  g_string_append_c (out, '\n');
}

char *
px_certificates_make_payload (PxDatabase               *db,
                              const PxCertificateInfo  *info,
                              GError                  **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *signature = NULL;
  char hours[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  g_ascii_formatd (hours, sizeof hours, "%.6g", isnan (info->hours) ? 0 : info->hours);
  append_line (out, KEY_NUMBER, info->number);
  append_line (out, KEY_NAME, info->name);
  append_line (out, KEY_CLASS_CODE, info->class_code);
  append_line (out, KEY_CLASS_TITLE, info->class_title);
  append_line (out, KEY_HOURS, hours);
  append_line (out, KEY_ISSUED, info->issued_on);
  append_line (out, KEY_CODE, info->verification_code);

  signature = px_certificate_keys_sign (db, out->str, error);
  if (signature == NULL)
    return NULL;
  append_line (out, KEY_SIGNATURE, signature);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
set_malformed (GError     **error,
               const char  *missing)
{
  if (missing != NULL)
    g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_MALFORMED,
                 _("This is not a Peixun certificate code: the line “%s:” is missing."),
                 missing);
  else
    g_set_error_literal (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_MALFORMED,
                         _("This is not a Peixun certificate code: it has no signature."));
  return FALSE;
}

PxCertificatePayload *
px_certificate_payload_check (const char  *payload,
                              const char  *public_key,
                              GError     **error)
{
  g_autoptr(PxCertificatePayload) fields = g_new0 (PxCertificatePayload, 1);
  g_autofree char *text = NULL, *signed_part = NULL, *signature = NULL;
  g_auto(GStrv) lines = NULL;
  const char *mark;
  struct
  {
    const char *key;
    char **value;
  } keys[] = {
    { KEY_NUMBER, &fields->number },
    { KEY_NAME, &fields->name },
    { KEY_CLASS_CODE, &fields->class_code },
    { KEY_CLASS_TITLE, &fields->class_title },
    { KEY_HOURS, &fields->hours },
    { KEY_ISSUED, &fields->issued_on },
    { KEY_CODE, &fields->verification_code },
  };

  g_return_val_if_fail (payload != NULL, NULL);
  g_return_val_if_fail (public_key != NULL, NULL);

  /* some scanners hand over line ends as \r\n; the signed text has \n */
  {
    g_auto(GStrv) parts = g_strsplit (payload, "\r\n", -1);

    text = g_strjoinv ("\n", parts);
  }

  if (g_str_has_prefix (text, KEY_SIGNATURE ":"))
    mark = text;
  else
    {
      mark = g_strrstr (text, "\n" KEY_SIGNATURE ":");
      if (mark == NULL)
        {
          set_malformed (error, NULL);
          return NULL;
        }
      mark++;
    }
  signed_part = g_strndup (text, mark - text);
  signature = g_strstrip (g_strdup (mark + strlen (KEY_SIGNATURE ":")));
  if (!px_certificate_keys_verify (public_key, signed_part, signature, error))
    return NULL;

  lines = g_strsplit (signed_part, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (colon == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        if (*keys[k].value == NULL && strlen (keys[k].key) == (gsize) (colon - lines[i])
            && strncmp (lines[i], keys[k].key, colon - lines[i]) == 0)
          *keys[k].value = g_strdup (colon + 1);
    }
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    if (*keys[k].value == NULL)
      {
        set_malformed (error, keys[k].key);
        return NULL;
      }
  return g_steal_pointer (&fields);
}
