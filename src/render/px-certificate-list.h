/* px-certificate-list.h: 证书登记表, the completion certificates a class was issued, for the
 * class archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-page.h"
#include "px-table-document.h"

G_BEGIN_DECLS

#define PX_TYPE_CERTIFICATE_LIST (px_certificate_list_get_type ())
G_DECLARE_FINAL_TYPE (PxCertificateList, px_certificate_list, PX, CERTIFICATE_LIST, PxTableDocument)

/* One row per certificate in number order (px_certificates_list): number, name, citizen ID
 * masked, hours, issued on, and whether it stands or was revoked, when and why. A4 portrait,
 * the header row on every page. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown class,
 * PX_RENDER_ERROR_EMPTY when it has none issued. (transfer full) */
PxCertificateList *px_certificate_list_new                (PxDatabase         *db,
                                                           const char         *class_id,
                                                           GError            **error);

const PxPage      *px_certificate_list_get_page           (PxCertificateList  *self);
guint              px_certificate_list_get_n_certificates (PxCertificateList  *self);

G_END_DECLS
