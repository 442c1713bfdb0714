/* px-certificate-keys.c: the school's Ed25519 key pair that signs certificate payloads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-keys"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "px-certificate-keys.h"
#include "px-uuid.h"

/* The setting that holds the secret key (which holds the public key too) as base64. */
#define SIGNING_KEY_SETTING "certificate_signing_key"

G_DEFINE_QUARK (px-certificate-key-error-quark, px_certificate_key_error)

static gboolean
ensure_sodium (GError **error)
{
  /* 0 the first time, 1 after; safe to call from any thread */
  if (sodium_init () < 0)
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_CRYPTO,
                           _("The cryptography library could not be started."));
      return FALSE;
    }
  return TRUE;
}

static char *
encode_base64 (const unsigned char *bytes,
               gsize                length)
{
  gsize size = sodium_base64_encoded_len (length, sodium_base64_VARIANT_ORIGINAL);
  char *text = g_malloc (size);

  sodium_bin2base64 (text, size, bytes, length, sodium_base64_VARIANT_ORIGINAL);
  return text;
}

/* Strict: exactly length bytes, nothing but base64 and white space around it (a key copied
 * from a mail may end in a newline). */
static gboolean
decode_base64 (const char    *text,
               unsigned char *bytes,
               gsize          length)
{
  size_t decoded = 0;
  const char *end = NULL;

  if (text == NULL)
    return FALSE;
  if (sodium_base642bin (bytes, length, text, strlen (text), " \t\r\n", &decoded, &end,
                         sodium_base64_VARIANT_ORIGINAL) != 0)
    return FALSE;
  return decoded == length && *end == '\0';
}

static gboolean
store_new_key (PxDatabase    *db,
               unsigned char  secret[crypto_sign_SECRETKEYBYTES],
               GError       **error)
{
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  char id[37];
  char now[25];

  crypto_sign_keypair (public_key, secret);
  text = encode_base64 (secret, crypto_sign_SECRETKEYBYTES);

  /* not px_database_set_setting: its audit row would copy the secret key into the log */
  stmt = px_database_prepare (db,
                              "INSERT INTO setting (id, created_at, updated_at, key, value) "
                              "VALUES (?1, ?2, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  px_uuid_generate (id);
  px_timestamp_format (g_get_real_time (), now);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, SIGNING_KEY_SETTING, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
  sodium_memzero (text, strlen (text));
  if (!px_database_step_done (db, stmt, error))
    return FALSE;
  return px_database_audit (db, "setting", SIGNING_KEY_SETTING, "insert",
                            "{\"value\":\"changed\"}", error);
}

/* The stored secret key, made and stored when there is none yet. */
static gboolean
load_secret_key (PxDatabase    *db,
                 unsigned char  secret[crypto_sign_SECRETKEYBYTES],
                 GError       **error)
{
  g_autofree char *stored = NULL;
  gboolean ok;

  if (!ensure_sodium (error))
    return FALSE;

  /* looked for again inside a write transaction, so that two programs using the same new
   * file cannot both make a key */
  stored = px_database_get_setting (db, SIGNING_KEY_SETTING);
  if (stored == NULL)
    {
      if (!px_database_begin (db, error))
        return FALSE;
      stored = px_database_get_setting (db, SIGNING_KEY_SETTING);
      if (stored == NULL)
        {
          if (!store_new_key (db, secret, error))
            {
              px_database_rollback (db);
              return FALSE;
            }
          return px_database_commit (db, error);
        }
      px_database_rollback (db);
    }

  ok = decode_base64 (stored, secret, crypto_sign_SECRETKEYBYTES);
  sodium_memzero (stored, strlen (stored));
  if (!ok)
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_STORED_KEY,
                           _("The school’s certificate signing key in the database is "
                             "damaged."));
      return FALSE;
    }
  return TRUE;
}

char *
px_certificate_keys_get_public_key (PxDatabase  *db,
                                    GError     **error)
{
  unsigned char secret[crypto_sign_SECRETKEYBYTES];
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  if (!load_secret_key (db, secret, error))
    return NULL;
  crypto_sign_ed25519_sk_to_pk (public_key, secret);
  sodium_memzero (secret, sizeof secret);
  return encode_base64 (public_key, sizeof public_key);
}

char *
px_certificate_keys_sign (PxDatabase  *db,
                          const char  *text,
                          GError     **error)
{
  unsigned char secret[crypto_sign_SECRETKEYBYTES];
  unsigned char signature[crypto_sign_BYTES];

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!load_secret_key (db, secret, error))
    return NULL;
  crypto_sign_detached (signature, NULL, (const unsigned char *) text, strlen (text), secret);
  sodium_memzero (secret, sizeof secret);
  return encode_base64 (signature, sizeof signature);
}

gboolean
px_certificate_keys_verify (const char  *public_key,
                            const char  *text,
                            const char  *signature,
                            GError     **error)
{
  unsigned char key[crypto_sign_PUBLICKEYBYTES];
  unsigned char sig[crypto_sign_BYTES];

  g_return_val_if_fail (public_key != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (signature != NULL, FALSE);

  if (!ensure_sodium (error))
    return FALSE;
  if (!decode_base64 (public_key, key, sizeof key))
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_INVALID_KEY,
                           _("The public key is not valid: it should be 44 characters of "
                             "base64, as “peixun-cli certificate public-key” prints it."));
      return FALSE;
    }
  if (!decode_base64 (signature, sig, sizeof sig))
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR,
                           PX_CERTIFICATE_KEY_ERROR_INVALID_SIGNATURE,
                           _("The signature is damaged: it is not 88 characters of base64."));
      return FALSE;
    }
  if (crypto_sign_verify_detached (sig, (const unsigned char *) text, strlen (text), key) != 0)
    {
      g_set_error_literal (error, PX_CERTIFICATE_KEY_ERROR, PX_CERTIFICATE_KEY_ERROR_MISMATCH,
                           _("The signature does not match: the text was altered, or it was "
                             "signed by another key than this one."));
      return FALSE;
    }
  return TRUE;
}
