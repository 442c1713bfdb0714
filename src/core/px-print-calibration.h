/* px-print-calibration.h: how far each printer puts the page off where it should, so that
 * fields land in the blanks of pre-printed certificate stock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* An offset of more than this is a measuring mistake, not a printer's error. */
#define PX_PRINT_CALIBRATION_MAX_MM 50.0

typedef struct
{
  char *printer;
  double dx_mm;   /* positive moves the print right */
  double dy_mm;   /* positive moves the print down */
} PxPrintCalibration;

void                px_print_calibration_free (PxPrintCalibration *calibration);

/* The printer's offset in mm, 0 and 0 when it has none (or printer is NULL). Kept in the
 * settings table under "print_calibration:<printer name>". */
void                px_print_calibration_get  (PxDatabase          *db,
                                               const char          *printer,
                                               double              *dx_mm,
                                               double              *dy_mm);
/* Sets (audited) the printer's offset; refused with G_IO_ERROR_INVALID_ARGUMENT for a blank
 * printer name or an offset beyond ±PX_PRINT_CALIBRATION_MAX_MM. */
gboolean            px_print_calibration_set  (PxDatabase          *db,
                                               const char          *printer,
                                               double               dx_mm,
                                               double               dy_mm,
                                               GError             **error);
/* Every printer with an offset, by name. (transfer full) (element-type PxPrintCalibration) */
GPtrArray          *px_print_calibration_list (PxDatabase          *db,
                                               GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPrintCalibration, px_print_calibration_free)

G_END_DECLS
