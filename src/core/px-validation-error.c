/* px-validation-error.c: what is wrong with a value, and in which field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-validation"

#include "config.h"

#include "px-validation-error.h"

typedef struct
{
  char *column;
} PxValidationErrorPrivate;

static void
px_validation_error_private_init (PxValidationErrorPrivate *priv)
{
  priv->column = NULL;
}

static void
px_validation_error_private_copy (const PxValidationErrorPrivate *src,
                                  PxValidationErrorPrivate       *dest)
{
  dest->column = g_strdup (src->column);
}

static void
px_validation_error_private_clear (PxValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->column, g_free);
}

G_DEFINE_EXTENDED_ERROR (PxValidationError, px_validation_error)

void
px_validation_error_set (GError            **error,
                         PxValidationError   code,
                         const char         *column,
                         const char         *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;
  GError *e;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  e = g_error_new_literal (PX_VALIDATION_ERROR, code, message);
  px_validation_error_get_private (e)->column = g_strdup (column);
  g_propagate_error (error, e);
}

const char *
px_validation_error_get_column (const GError *error)
{
  PxValidationErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);
  if (error->domain != PX_VALIDATION_ERROR)
    return NULL;
  priv = px_validation_error_get_private (error);
  return priv != NULL ? priv->column : NULL;
}
