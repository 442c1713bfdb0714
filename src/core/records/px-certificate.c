/* px-certificate.c: 结业证书, a completion certificate issued to a trainee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-certificate-template.h"
#include "px-certificate.h"
#include "px-enrollment.h"
#include "px-record-check-private.h"

static gboolean
validate_certificate (PxDatabase     *db,
                      gconstpointer   record,
                      GError        **error)
{
  const PxEntity *entity = &px_certificate_entity;
  const PxCertificate *certificate = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "enrollment_id", &px_enrollment_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "template_id",
                                       &px_certificate_template_entity, error)
         && px_record_check_date (entity, record, "issued_on", error)
         && px_record_check_timestamp (entity, record, "revoked_at", error)
         && px_record_check_unique (db, entity, record, "enrollment_id", NULL, error,
                                    _("This trainee already has a certificate."))
         && px_record_check_unique (db, entity, record, "number", NULL, error,
                                    _("Another certificate already has the number “%s”."),
                                    certificate->number)
         && px_record_check_unique (db, entity, record, "verification_code", NULL, error,
                                    _("Another certificate already has the verification "
                                      "code “%s”."),
                                    certificate->verification_code);
}

static const PxField certificate_fields[] = {
  PX_FIELD_DEF (PxCertificate, enrollment_id, "enrollment_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Trainee")),
  PX_FIELD_DEF (PxCertificate, template_id, "template_id", PX_FIELD_TEXT, 0, N_("Template")),
  PX_FIELD_DEF (PxCertificate, number, "number", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Certificate number")),
  PX_FIELD_DEF (PxCertificate, issued_on, "issued_on", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Issued on")),
  PX_FIELD_DEF (PxCertificate, verification_code, "verification_code", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED | PX_FIELD_SEARCH, N_("Verification code")),
  PX_FIELD_DEF (PxCertificate, revoked, "revoked", PX_FIELD_BOOL, 0, N_("Revoked")),
  PX_FIELD_DEF (PxCertificate, revoked_reason, "revoked_reason", PX_FIELD_TEXT, 0,
                N_("Reason for revocation")),
  PX_FIELD_DEF (PxCertificate, revoked_at, "revoked_at", PX_FIELD_TEXT, 0, N_("Revoked at")),
};

const PxEntity px_certificate_entity = {
  "certificate", N_("certificate"), sizeof (PxCertificate),
  certificate_fields, G_N_ELEMENTS (certificate_fields),
  (GDestroyNotify) px_certificate_free, validate_certificate,
  "enrollment_id IN (SELECT enrollment.id FROM enrollment JOIN cadre "
  "ON cadre.id = enrollment.cadre_id WHERE cadre.name LIKE ?1 ESCAPE '\\')",
};

PX_DEFINE_RECORD (PxCertificate, px_certificate)
