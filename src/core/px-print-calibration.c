/* px-print-calibration.c: each printer's offset, kept in the settings table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-print-calibration"

#include "config.h"

#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "px-print-calibration.h"

#define KEY_PREFIX "print_calibration:"

void
px_print_calibration_free (PxPrintCalibration *calibration)
{
  if (calibration == NULL)
    return;
  g_free (calibration->printer);
  g_free (calibration);
}

/* "dx dy" in mm, as written by px_print_calibration_set. */
static gboolean
parse_offset (const char *value,
              double     *dx_mm,
              double     *dy_mm)
{
  char *end = NULL;
  double dx, dy;

  if (value == NULL)
    return FALSE;
  dx = g_ascii_strtod (value, &end);
  if (end == value || *end != ' ')
    return FALSE;
  value = end + 1;
  dy = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (dx) || !isfinite (dy))
    return FALSE;
  *dx_mm = dx;
  *dy_mm = dy;
  return TRUE;
}

void
px_print_calibration_get (PxDatabase *db,
                          const char *printer,
                          double     *dx_mm,
                          double     *dy_mm)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  double dx = 0, dy = 0;

  g_return_if_fail (PX_IS_DATABASE (db));

  if (printer != NULL)
    {
      key = g_strconcat (KEY_PREFIX, printer, NULL);
      value = px_database_get_setting (db, key);
      /* a damaged value prints uncorrected rather than far off */
      if (!parse_offset (value, &dx, &dy))
        dx = dy = 0;
    }
  if (dx_mm != NULL)
    *dx_mm = dx;
  if (dy_mm != NULL)
    *dy_mm = dy;
}

gboolean
px_print_calibration_set (PxDatabase  *db,
                          const char  *printer,
                          double       dx_mm,
                          double       dy_mm,
                          GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  char dx[G_ASCII_DTOSTR_BUF_SIZE], dy[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);

  name = g_strstrip (g_strdup (printer != NULL ? printer : ""));
  if (*name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Name the printer whose offset this is."));
      return FALSE;
    }
  if (!(fabs (dx_mm) <= PX_PRINT_CALIBRATION_MAX_MM && fabs (dy_mm) <= PX_PRINT_CALIBRATION_MAX_MM))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("An offset of %g mm across and %g mm down is more than a printer is off "
                     "by (at most %g mm): measure the test page again."),
                   dx_mm, dy_mm, PX_PRINT_CALIBRATION_MAX_MM);
      return FALSE;
    }
  key = g_strconcat (KEY_PREFIX, name, NULL);
  /* a tenth of a millimetre is finer than anyone measures with a ruler */
  value = g_strdup_printf ("%s %s", g_ascii_formatd (dx, sizeof dx, "%.2f", dx_mm),
                           g_ascii_formatd (dy, sizeof dy, "%.2f", dy_mm));
  return px_database_set_setting (db, key, value, error);
}

GPtrArray *
px_print_calibration_list (PxDatabase  *db,
                           GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              px_print_calibration_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  stmt = px_database_prepare (db, "SELECT key, value FROM setting "
                                  "WHERE substr (key, 1, length (?1)) = ?1 ORDER BY key", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, KEY_PREFIX, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      PxPrintCalibration *calibration = g_new0 (PxPrintCalibration, 1);

      calibration->printer = g_strdup (key + strlen (KEY_PREFIX));
      if (!parse_offset ((const char *) sqlite3_column_text (stmt, 1), &calibration->dx_mm,
                         &calibration->dy_mm))
        calibration->dx_mm = calibration->dy_mm = 0;
      g_ptr_array_add (list, calibration);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}
