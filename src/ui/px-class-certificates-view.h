/* px-class-certificates-view.h: 证书, a class's completion certificates: issuing them to the
 * trainees who completed, reprinting, revoking, printing them all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_CERTIFICATES_VIEW (px_class_certificates_view_get_type ())

G_DECLARE_FINAL_TYPE (PxClassCertificatesView, px_class_certificates_view, PX,
                      CLASS_CERTIFICATES_VIEW, AdwBin)

GtkWidget *px_class_certificates_view_new        (PxDatabase              *db);
/* Shows the class with this id (NULL: none); reads it again even when it is the one shown
 * (the page calls it when the tab is shown and something changed). */
void       px_class_certificates_view_set_class  (PxClassCertificatesView *self,
                                                  const char              *class_id);
/* The revoke dialog open, or NULL (tests answer it). */
GtkWidget *px_class_certificates_view_get_dialog (PxClassCertificatesView *self);

G_END_DECLS
