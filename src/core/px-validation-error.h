/* px-validation-error.h: what is wrong with a value, and in which field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_VALIDATION_ERROR (px_validation_error_quark ())

typedef enum
{
  PX_VALIDATION_ERROR_REQUIRED,      /* a field that must be filled is empty */
  PX_VALIDATION_ERROR_INVALID,       /* the value is malformed */
  PX_VALIDATION_ERROR_INCONSISTENT,  /* the value contradicts another field */
  PX_VALIDATION_ERROR_DUPLICATE,     /* another record already has this value */
  PX_VALIDATION_ERROR_NOT_FOUND,     /* a referenced record does not exist */
} PxValidationError;

GQuark       px_validation_error_quark      (void);

/* Sets a validation error that also remembers the column it is about, so that a form can put
 * the message beside that very field. */
void         px_validation_error_set        (GError     **error,
                                             PxValidationError code,
                                             const char  *column,
                                             const char  *format,
                                             ...) G_GNUC_PRINTF (4, 5);
/* The column a validation error is about, or NULL. */
const char  *px_validation_error_get_column (const GError *error);

G_END_DECLS
