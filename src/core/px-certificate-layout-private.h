/* px-certificate-layout-private.h: what the template's model, JSON and storage files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "px-certificate-layout.h"

G_BEGIN_DECLS

/* A layout with no name, no fields and no pattern. */
PxCertificateLayout *_px_certificate_layout_new_empty    (void);

gboolean             _px_certificate_background_is_image (GBytes                    *bytes);

/* "A4", "A5", "B5", or "WxH" in mm for a custom sheet. (transfer full) */
char                *_px_certificate_page_size_to_string (const PxCertificateLayout *layout);
gboolean             _px_certificate_page_size_parse     (const char                *text,
                                                          PxCertificateLayout       *layout);

/* The fields as a JSON array, and back into layout->fields (replacing them); the parse fails
 * with PX_CERTIFICATE_LAYOUT_ERROR_JSON naming the field and key at fault. */
void                 _px_certificate_fields_to_json      (const PxCertificateLayout *layout,
                                                          GString                   *out);
gboolean             _px_certificate_fields_from_json    (JsonNode                  *node,
                                                          PxCertificateLayout       *layout,
                                                          GError                   **error);

G_END_DECLS
