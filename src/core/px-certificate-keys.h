/* px-certificate-keys.h: the school's Ed25519 key pair that signs certificate payloads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

#define PX_CERTIFICATE_KEY_ERROR (px_certificate_key_error_quark ())

typedef enum
{
  PX_CERTIFICATE_KEY_ERROR_INVALID_KEY,        /* a public key text that is no Ed25519 key */
  PX_CERTIFICATE_KEY_ERROR_INVALID_SIGNATURE,  /* a signature text that is no signature */
  PX_CERTIFICATE_KEY_ERROR_MISMATCH,           /* text altered, or signed by another key */
  PX_CERTIFICATE_KEY_ERROR_STORED_KEY,         /* the database's key is damaged */
  PX_CERTIFICATE_KEY_ERROR_CRYPTO,             /* libsodium could not start */
} PxCertificateKeyError;

GQuark    px_certificate_key_error_quark         (void);

/* Keys and signatures travel as text in standard base64 (RFC 4648 with padding): a public
 * key is 44 characters (32 bytes), a signature 88 (64 bytes). */

/* The school's public key as base64. The key pair is made on first use (of this or of
 * px_certificate_keys_sign) and kept in the database's settings, in one audited transaction
 * that records that the secret key was set, never its value. (transfer full) */
char     *px_certificate_keys_get_public_key     (PxDatabase    *db,
                                                  GError       **error);

/* A detached signature of text (its bytes as they are) with the school's secret key, as
 * base64. (transfer full) */
char     *px_certificate_keys_sign               (PxDatabase    *db,
                                                  const char    *text,
                                                  GError       **error);

/* Whether signature (base64) is public_key's (base64) signature of text: needs no database,
 * so another site holding only the public key can check. */
gboolean  px_certificate_keys_verify             (const char    *public_key,
                                                  const char    *text,
                                                  const char    *signature,
                                                  GError       **error);

G_END_DECLS
