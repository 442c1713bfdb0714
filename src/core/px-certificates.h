/* px-certificates.h: issuing, listing, verifying and revoking completion certificates, and the
 * signed text their QR codes carry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

#define PX_CERTIFICATE_ERROR (px_certificate_error_quark ())

typedef enum
{
  PX_CERTIFICATE_ERROR_UNKNOWN,    /* no certificate has that number or verification code */
  PX_CERTIFICATE_ERROR_REVOKED,    /* the certificate was revoked (the message gives why) */
  PX_CERTIFICATE_ERROR_PATTERN,    /* a numbering pattern that cannot make numbers */
  PX_CERTIFICATE_ERROR_MALFORMED,  /* a QR payload that is not one of ours */
} PxCertificateError;

/* The default numbering pattern, as the schema's certificate_template has it. */
#define PX_CERTIFICATE_DEFAULT_PATTERN "{year}{class code}{seq:3}"

/* A certificate with what it certifies. */
typedef struct
{
  char *id;
  char *number;
  char *verification_code;
  char *issued_on;        /* YYYY-MM-DD */
  gboolean revoked;
  char *revoked_reason;
  char *revoked_at;       /* ISO 8601, NULL unless revoked */
  char *enrollment_id;
  char *name;
  char *citizen_id;
  char *class_id;
  char *class_code;
  char *class_title;
  double hours;           /* the class hours credited */
} PxCertificateInfo;

/* The fields of a QR payload whose signature checked. */
typedef struct
{
  char *number;
  char *name;
  char *class_code;
  char *class_title;
  char *hours;
  char *issued_on;
  char *verification_code;
} PxCertificatePayload;

GQuark             px_certificate_error_quark       (void);

void               px_certificate_info_free         (PxCertificateInfo    *info);
void               px_certificate_payload_free      (PxCertificatePayload *payload);

/* A number from pattern: {year}, {class code} and one {seq:N} (the sequence zero-padded to
 * N digits, wider when it needs more; {seq} alone is not padded). NULL with
 * PX_CERTIFICATE_ERROR_PATTERN for an unknown placeholder, an unclosed brace, or a pattern
 * without exactly one {seq…}. (transfer full) */
char              *px_certificate_format_number     (const char  *pattern,
                                                     int          year,
                                                     const char  *class_code,
                                                     guint64      sequence,
                                                     GError     **error);

/* Issues a certificate to every trainee of the class who completed it (enrolled, completion
 * "completed") and has none: numbered by the pattern of the default template (else of the
 * oldest template; PX_CERTIFICATE_DEFAULT_PATTERN when there is none) with {year} the year
 * the class ends, the sequence following the highest number ever issued with the same text
 * around it (revoked ones included, so no number comes back), a new verification code,
 * issued today. One transaction, each certificate audited. NULL with
 * PX_DATABASE_ERROR_NOT_FOUND for an unknown class. (transfer full) (element-type
 * PxCertificateInfo): the certificates issued now, in number order; empty when every
 * completed trainee has one. */
GPtrArray         *px_certificates_issue            (PxDatabase  *db,
                                                     const char  *class_code,
                                                     GError     **error);

/* The class's certificates, revoked ones included, in number order. NULL with
 * PX_DATABASE_ERROR_NOT_FOUND for an unknown class. (transfer full)
 * (element-type PxCertificateInfo) */
GPtrArray         *px_certificates_list             (PxDatabase  *db,
                                                     const char  *class_code,
                                                     GError     **error);

/* The certificate with this number, or this verification code (in any case, spaces around
 * ignored), whether revoked or not; NULL with PX_CERTIFICATE_ERROR_UNKNOWN when there is
 * none. (transfer full) */
PxCertificateInfo *px_certificates_find             (PxDatabase  *db,
                                                     const char  *number_or_code,
                                                     GError     **error);

/* px_certificates_find, and a revoked certificate is refused with
 * PX_CERTIFICATE_ERROR_REVOKED and a message that gives when and why. (transfer full) */
PxCertificateInfo *px_certificates_verify           (PxDatabase  *db,
                                                     const char  *number_or_code,
                                                     GError     **error);

/* Revokes the certificate with this number for reason (not blank); it keeps its number, which
 * is never issued again. Refused with PX_CERTIFICATE_ERROR_UNKNOWN for an unknown number,
 * PX_CERTIFICATE_ERROR_REVOKED when it is revoked already. Audited. */
gboolean           px_certificates_revoke           (PxDatabase  *db,
                                                     const char  *number,
                                                     const char  *reason,
                                                     GError     **error);

/* The text a certificate's QR code carries, signed with the school's key: lines
 *   编号:<number>  姓名:<name>  班次:<class code>  班名:<class title>  学时:<hours>
 *   发证日期:<YYYY-MM-DD>  校验码:<verification code>  签名:<base64 Ed25519 signature>
 * each ended by \n, the signature over the exact bytes before "签名:". The keys are Chinese
 * on purpose and never translated: a reader anywhere parses the same text. The same
 * certificate gives the same text on every reprint. (transfer full) */
char              *px_certificates_make_payload     (PxDatabase               *db,
                                                     const PxCertificateInfo  *info,
                                                     GError                  **error);

/* Checks a scanned payload against public_key (base64) without any database: its fields when
 * the signature is public_key's over the unaltered text; NULL with
 * PX_CERTIFICATE_ERROR_MALFORMED when it is not a payload, or a PX_CERTIFICATE_KEY_ERROR
 * (MISMATCH when altered or signed by another key). (transfer full) */
PxCertificatePayload *px_certificate_payload_check  (const char  *payload,
                                                     const char  *public_key,
                                                     GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCertificateInfo, px_certificate_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCertificatePayload, px_certificate_payload_free)

G_END_DECLS
