/* px-certificate-template-editor.h: the window where completion certificate templates are
 * listed, laid out with a live preview, and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-certificate-layout.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CERTIFICATE_TEMPLATE_EDITOR (px_certificate_template_editor_get_type ())

G_DECLARE_FINAL_TYPE (PxCertificateTemplateEditor, px_certificate_template_editor,
                      PX, CERTIFICATE_TEMPLATE_EDITOR, AdwWindow)

/* Actions (group "editor"): save (Ctrl+S), new ("default": a copy of the built-in template,
 * "copy": of the one selected), delete, calibrate (the printer calibration dialog),
 * choose-background, remove-background, add-field (a kind's key, e.g. "name"), remove-field,
 * move-field-up, move-field-down, insert-pattern-part ("{year}" …, into the numbering
 * pattern). The selected field's rows are a PxCertificateFieldForm (named "field-form"). */

/* Modal over parent; lists db's templates, or the built-in one when there are none. */
PxCertificateTemplateEditor *px_certificate_template_editor_new (GtkWindow  *parent,
                                                                 PxDatabase *db);

guint        px_certificate_template_editor_get_n_templates (PxCertificateTemplateEditor *self);
/* The template in the list at index, as stored (transfer none). */
const PxCertificateLayout *
             px_certificate_template_editor_get_template    (PxCertificateTemplateEditor *self,
                                                             guint                        index);
/* The index of the template shown in the form. */
guint        px_certificate_template_editor_get_current     (PxCertificateTemplateEditor *self);
/* The template as the form has it now, changes included (transfer none). */
const PxCertificateLayout *
             px_certificate_template_editor_get_edited      (PxCertificateTemplateEditor *self);
/* Whether the form holds changes not saved. */
gboolean     px_certificate_template_editor_get_modified    (PxCertificateTemplateEditor *self);
/* Shows the template at index, as clicking it in the list does: with unsaved changes it asks
 * first (Save / Discard / Cancel) and returns FALSE; the answer then decides. */
gboolean     px_certificate_template_editor_select_template (PxCertificateTemplateEditor *self,
                                                             guint                        index);
/* The field whose rows the form shows (-1: none), as clicking it in the list does. */
int          px_certificate_template_editor_get_field       (PxCertificateTemplateEditor *self);
void         px_certificate_template_editor_select_field    (PxCertificateTemplateEditor *self,
                                                             int                          index);
/* The question open now (Save / Discard / Cancel, or a deletion's confirmation), or NULL. */
AdwMessageDialog *
             px_certificate_template_editor_get_dialog      (PxCertificateTemplateEditor *self);

G_END_DECLS
