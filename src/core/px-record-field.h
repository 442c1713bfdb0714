/* px-record-field.h: a record's fields read and written as text, for forms and sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

/* The field's value as a person would type it: "" for empty, numbers without trailing
 * zeros, booleans as "1" or "0". (transfer full) */
char     *px_record_field_get_text  (const PxField  *field,
                                     gconstpointer   record);
/* Sets the field from typed text; blank clears it. A number that does not parse gives a
 * PxValidationError naming the field. */
gboolean  px_record_field_set_text  (const PxEntity *entity,
                                     const PxField  *field,
                                     gpointer        record,
                                     const char     *text,
                                     GError        **error);
gboolean  px_record_field_get_bool  (const PxField  *field,
                                     gconstpointer   record);
void      px_record_field_set_bool  (const PxField  *field,
                                     gpointer        record,
                                     gboolean        value);

G_END_DECLS
