/* px-window.h: the main window: the panes of one database, or the welcome page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())

G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow   *px_window_new                (AdwApplication *application);
/* Opens (creating when absent) the database at path. A file that cannot be opened leaves the
 * window as it was and explains why in a dialog. Returns whether it opened. */
gboolean    px_window_open_database      (PxWindow       *self,
                                          const char     *path);
PxDatabase *px_window_get_database       (PxWindow       *self);
/* The pane widget shown under that name ("cadres", "teachers", …), or NULL. */
GtkWidget  *px_window_get_pane           (PxWindow       *self,
                                          const char     *name);
void        px_window_show_pane          (PxWindow       *self,
                                          const char     *name);
/* Whether the window shows what it opened for: the welcome page, or the current list with its
 * rows read. */
gboolean    px_window_is_ready           (PxWindow       *self);
/* Copies the database to path with SQLite's online backup, in the background. */
void        px_window_save_copy          (PxWindow       *self,
                                          const char     *path);
/* The dialog of the last database that could not be opened, while it is shown. */
GtkWidget  *px_window_get_error_dialog   (PxWindow       *self);

G_END_DECLS
