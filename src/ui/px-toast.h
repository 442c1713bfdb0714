/* px-toast.h: a toast from any widget of the window, kept where tests can press its button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows toast (taken) in the AdwToastOverlay widget is in, and keeps it as widget's
 * "last-toast" data, so that its Undo can be reached without a pointer (tests, accessibility
 * tools). Outside an overlay the toast is only kept. */
/* A toast showing text as it is (escaped for the title's markup). (transfer floating) */
AdwToast *px_toast_new    (const char *text);
void  px_toast_show       (GtkWidget  *widget,
                           AdwToast   *toast);
/* The same for a toast of one message. */
void  px_toast_show_text  (GtkWidget  *widget,
                           const char *message);

G_END_DECLS
