/* px-printer-calibration-dialog.h: each printer's offsets for pre-printed certificate stock
 * (套打), with the test page that measures them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-certificate-layout.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_PRINTER_CALIBRATION_DIALOG (px_printer_calibration_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PxPrinterCalibrationDialog, px_printer_calibration_dialog,
                      PX, PRINTER_CALIBRATION_DIALOG, AdwWindow)

/* Action (group "calibration"): print-test-page, the calibration page for the printer chosen
 * and layout in the document window. */

/* Modal over parent. Looks for the printers at once; when none is found, the printer's name
 * is typed. The offsets are saved in db's settings (px_print_calibration_set) as they are
 * changed. layout (copied) is the template the test page outlines; NULL takes the default. */
PxPrinterCalibrationDialog *px_printer_calibration_dialog_new (GtkWindow                 *parent,
                                                               PxDatabase                *db,
                                                               const PxCertificateLayout *layout);

/* The printer whose offsets are shown, or NULL while none is chosen or named. */
const char *px_printer_calibration_dialog_get_printer   (PxPrinterCalibrationDialog *self);
/* Whether the printers are still being looked for. */
gboolean    px_printer_calibration_dialog_get_searching (PxPrinterCalibrationDialog *self);
/* Writes the offsets shown now, without waiting for the pause after typing; FALSE (and a
 * toast saying why) when they could not be saved. */
gboolean    px_printer_calibration_dialog_save          (PxPrinterCalibrationDialog *self);

G_END_DECLS
