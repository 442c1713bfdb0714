/* px-calibration-page.h: the test page that measures how far a printer puts a certificate off
 * its place on pre-printed stock (套打)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-certificate-layout.h"
#include "px-document.h"

G_BEGIN_DECLS

/* The crosshair A the instructions measure lies this far from the page's left and top edges. */
#define PX_CALIBRATION_MARK_MM 20.0

#define PX_TYPE_CALIBRATION_PAGE (px_calibration_page_get_type ())

G_DECLARE_FINAL_TYPE (PxCalibrationPage, px_calibration_page, PX, CALIBRATION_PAGE, PxDocument)

/* One page of the template's size: rulers along the top and left edges, crosshairs at known
 * distances from the edges (A at PX_CALIBRATION_MARK_MM, PX_CALIBRATION_MARK_MM), each visible
 * field's box outlined with its name, and how to measure the shift and enter it. Drawn with
 * the printer's present offset dx_mm, dy_mm applied, so that the measurement gives what is
 * left to correct. printer may be NULL. (transfer full) */
PxCalibrationPage *px_calibration_page_new (const PxCertificateLayout *layout,
                                            const char                *printer,
                                            double                     dx_mm,
                                            double                     dy_mm);

G_END_DECLS
