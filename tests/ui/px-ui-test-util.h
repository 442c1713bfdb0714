/* px-ui-test-util.h: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-record-list-model.h"

G_BEGIN_DECLS

/* gtk and libadwaita set up, or the test program skipped (exit 77) when there is no display. */
void        px_ui_test_init            (int    *argc,
                                        char ***argv);
/* Runs the main loop until the model's query is done. */
void        px_ui_test_wait_for_model  (PxRecordListModel *model);
/* Runs the main loop until condition(data) holds; fails the test after 30 s. */
void        px_ui_test_wait_until      (gboolean (*condition) (gpointer data),
                                        gpointer  data);
/* Runs pending main-loop work for a moment. */
void        px_ui_test_iterate         (void);
/* Writes widget as it looks now to path (PNG). */
void        px_ui_test_save_png        (GtkWidget  *widget,
                                        const char *path);
/* Inserts n cadres numbered from first (valid IDs) under one unit; returns the unit's id. */
char       *px_ui_test_add_cadres      (PxDatabase *db,
                                        guint       first,
                                        guint       n);

G_END_DECLS
