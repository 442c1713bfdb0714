/* px-application.h: Peixun the application: its actions, shortcuts and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_APPLICATION (px_application_get_type ())

G_DECLARE_FINAL_TYPE (PxApplication, px_application, PX, APPLICATION, AdwApplication)

PxApplication *px_application_new (void);

/* Binds the translations: $PEIXUN_LOCALEDIR (an uninstalled build) or the installed ones,
 * as the default domain too, which GtkBuilder templates use. */
void           px_application_bind_text_domain (void);

/* Which database a window opens at start when no file is given: $PEIXUN_DB, else the one used
 * last (when it is still there), else the default one when it exists; NULL: none yet, show the
 * welcome page. (transfer full) */
char          *px_application_choose_database (GSettings *settings);

G_END_DECLS
