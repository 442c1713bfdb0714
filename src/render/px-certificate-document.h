/* px-certificate-document.h: completion certificates (结业证书) as printed, one a page, from a
 * template, each with the QR code that proves it genuine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-certificate-layout.h"
#include "px-database.h"
#include "px-document.h"

G_BEGIN_DECLS

#define PX_TYPE_CERTIFICATE_DOCUMENT (px_certificate_document_get_type ())

G_DECLARE_FINAL_TYPE (PxCertificateDocument, px_certificate_document, PX,
                      CERTIFICATE_DOCUMENT, PxDocument)

/* The class's certificates that are not revoked, in number order, with the template template_id
 * (NULL: the default template, else the built-in one). Issue them first with
 * px_certificates_issue. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown class or
 * template, PX_RENDER_ERROR_EMPTY when the class has no certificate to print. (transfer full) */
PxCertificateDocument *px_certificate_document_new_for_class   (PxDatabase          *db,
                                                                const char          *class_id,
                                                                const char          *template_id,
                                                                GError             **error);
/* A reprint of these certificates with their numbers and codes, in the order given. A revoked
 * one is refused with PX_CERTIFICATE_ERROR_REVOKED (it is never printed again), an unknown one
 * with PX_CERTIFICATE_ERROR_UNKNOWN; PX_RENDER_ERROR_EMPTY when numbers is empty.
 * (transfer full) */
PxCertificateDocument *px_certificate_document_new_for_numbers (PxDatabase          *db,
                                                                const char * const  *numbers,
                                                                const char          *template_id,
                                                                GError             **error);
/* The editor's preview: one page for a sample trainee with layout (copied), its background
 * and every visible field even in pre-printed mode. Its QR code says it is a sample and
 * carries no signature, so a printed preview never passes as a certificate. Writes nothing to
 * db. (transfer full) */
PxCertificateDocument *px_certificate_document_new_sample      (PxDatabase          *db,
                                                                PxCertificateLayout *layout);

/* Moves everything printed by dx_mm to the right and dy_mm down: a printer's calibration
 * (px_print_calibration_get). */
void                   px_certificate_document_set_offset      (PxCertificateDocument *doc,
                                                                double                 dx_mm,
                                                                double                 dy_mm);

/* (transfer none) */
const PxCertificateLayout *px_certificate_document_get_layout  (PxCertificateDocument *doc);
/* The certificate on page page_index. (transfer none) */
const PxCertificateInfo   *px_certificate_document_get_info    (PxCertificateDocument *doc,
                                                                guint                  page_index);

G_END_DECLS
