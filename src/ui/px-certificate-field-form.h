/* px-certificate-field-form.h: the rows of one field of a certificate template: its text with
 * the placeholders, position, width, typeface and whether it prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-certificate-layout.h"

G_BEGIN_DECLS

#define PX_TYPE_CERTIFICATE_FIELD_FORM (px_certificate_field_form_get_type ())

G_DECLARE_FINAL_TYPE (PxCertificateFieldForm, px_certificate_field_form, PX,
                      CERTIFICATE_FIELD_FORM, AdwPreferencesGroup)

/* Signal "changed": the user changed the field, which holds the change already.
 * Action (group "field"): insert-placeholder ("{name}" …), into the text at the cursor. */

PxCertificateFieldForm *px_certificate_field_form_new             (void);

/* Shows field's rows and edits it in place; NULL hides the form. The field is borrowed: set
 * another (or NULL) before it is freed. */
void                    px_certificate_field_form_set_field       (PxCertificateFieldForm *self,
                                                                   PxCertificateField     *field);
PxCertificateField     *px_certificate_field_form_get_field       (PxCertificateFieldForm *self);
/* Shows the field's position again after it was moved elsewhere (dragged on the preview). */
void                    px_certificate_field_form_update_position (PxCertificateFieldForm *self);

G_END_DECLS
