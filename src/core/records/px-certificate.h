/* px-certificate.h: 结业证书, a completion certificate issued to a trainee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *enrollment_id;
  char *template_id;
  char *number;
  char *issued_on;   /* YYYY-MM-DD */
  char *verification_code;
  gboolean revoked;
  char *revoked_reason;
  char *revoked_at;  /* ISO 8601 */
} PxCertificate;

PX_DECLARE_RECORD (PxCertificate, px_certificate)

G_END_DECLS
