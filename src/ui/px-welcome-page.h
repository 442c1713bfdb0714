/* px-welcome-page.h: what the window shows before there is a database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_WELCOME_PAGE (px_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (PxWelcomePage, px_welcome_page, PX, WELCOME_PAGE, AdwBin)

/* Lists the databases opened before (paths), each opening with win.open-recent. */
void  px_welcome_page_set_recent  (PxWelcomePage       *self,
                                   const char * const  *paths);
/* Shows long work (making the sample data) with its progress; message NULL hides it. */
void  px_welcome_page_set_busy    (PxWelcomePage       *self,
                                   const char          *message,
                                   double               fraction);

G_END_DECLS
