/* px-record-field.c: a record's fields read and written as text, for forms and sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-record-field"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "px-record-field.h"
#include "px-validation-error.h"

#define FIELD_AT(record, field) ((guint8 *) (record) + (field)->offset)

char *
px_record_field_get_text (const PxField *field,
                          gconstpointer  record)
{
  g_return_val_if_fail (field != NULL && record != NULL, NULL);

  switch (field->type)
    {
    case PX_FIELD_TEXT:
      return g_strdup (*(char **) FIELD_AT (record, field) ?: "");
    case PX_FIELD_INT:
      {
        gint64 v = *(gint64 *) FIELD_AT (record, field);

        if ((field->flags & PX_FIELD_NULLABLE) && v == PX_INT_UNSET)
          return g_strdup ("");
        return g_strdup_printf ("%" G_GINT64_FORMAT, v);
      }
    case PX_FIELD_REAL:
      {
        double v = *(double *) FIELD_AT (record, field);
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        if (isnan (v))
          return g_strdup ("");
        return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", v));
      }
    case PX_FIELD_BOOL:
      return g_strdup (*(gboolean *) FIELD_AT (record, field) ? "1" : "0");
    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  *value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && isfinite (*value);
}

gboolean
px_record_field_set_text (const PxEntity *entity,
                          const PxField  *field,
                          gpointer        record,
                          const char     *text,
                          GError        **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gboolean blank = *stripped == '\0';
  double number = 0;

  g_return_val_if_fail (entity != NULL && field != NULL && record != NULL, FALSE);

  switch (field->type)
    {
    case PX_FIELD_TEXT:
      {
        char **slot = (char **) FIELD_AT (record, field);

        g_free (*slot);
        *slot = blank ? NULL : g_steal_pointer (&stripped);
        return TRUE;
      }
    case PX_FIELD_BOOL:
      *(gboolean *) FIELD_AT (record, field) = !blank && !g_str_equal (stripped, "0");
      return TRUE;
    case PX_FIELD_INT:
      if (blank)
        {
          *(gint64 *) FIELD_AT (record, field) =
            (field->flags & PX_FIELD_NULLABLE) ? PX_INT_UNSET : 0;
          return TRUE;
        }
      if (!parse_number (stripped, &number) || number != floor (number)
          || fabs (number) > (double) G_MAXINT32)
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, field->column,
                                   _("“%s” must be a whole number, not “%s”."),
                                   _(field->label), stripped);
          return FALSE;
        }
      *(gint64 *) FIELD_AT (record, field) = (gint64) number;
      return TRUE;
    case PX_FIELD_REAL:
      if (blank)
        {
          *(double *) FIELD_AT (record, field) = (field->flags & PX_FIELD_NULLABLE) ? NAN : 0;
          return TRUE;
        }
      if (!parse_number (stripped, &number))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, field->column,
                                   _("“%s” must be a number, not “%s”."),
                                   _(field->label), stripped);
          return FALSE;
        }
      *(double *) FIELD_AT (record, field) = number;
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

gboolean
px_record_field_get_bool (const PxField *field,
                          gconstpointer  record)
{
  g_return_val_if_fail (field != NULL && field->type == PX_FIELD_BOOL, FALSE);
  return *(gboolean *) FIELD_AT (record, field);
}

void
px_record_field_set_bool (const PxField *field,
                          gpointer       record,
                          gboolean       value)
{
  g_return_if_fail (field != NULL && field->type == PX_FIELD_BOOL);
  *(gboolean *) FIELD_AT (record, field) = !!value;
}
