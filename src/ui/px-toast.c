/* px-toast.c: a toast from any widget of the window, kept where tests can press its button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "px-toast.h"

void
px_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_object_set_data_full (G_OBJECT (widget), "last-toast", g_object_ref (toast), g_object_unref);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

AdwToast *
px_toast_new (const char *text)
{
  /* libadwaita 1.2 parses a toast's title as markup: a name with "&" or "<" must stay text */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

void
px_toast_show_text (GtkWidget  *widget,
                    const char *message)
{
  px_toast_show (widget, px_toast_new (message));
}
