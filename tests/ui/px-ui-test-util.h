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
/* Creates a class of code and title from start_date to end_date giving credit_hours, with no
 * capacity and no required hours; returns its id. */
char       *px_ui_test_add_class       (PxDatabase *db,
                                        const char *code,
                                        const char *title,
                                        const char *start_date,
                                        const char *end_date,
                                        double      credit_hours);
/* Enrolls every cadre in the class, by name; returns the enrollments' ids in that order. */
GPtrArray  *px_ui_test_enroll_all      (PxDatabase *db,
                                        const char *class_id);
/* Opens (creating) the database name in dir; fails the test when it cannot. */
PxDatabase *px_ui_test_open_database   (const char *dir,
                                        const char *name);
/* A new window of that default size with child in a toast overlay (px_toast_show needs one),
 * presented; destroy it with gtk_window_destroy. */
GtkWidget  *px_ui_test_show_with_toasts
                                       (GtkWidget  *child,
                                        int         width,
                                        int         height);
/* Destroys window, runs pending work and checks that inside (window itself or a widget in it)
 * was finalized with it: nothing kept a reference. */
void        px_ui_test_destroy_window  (GtkWidget  *window,
                                        GtkWidget  *inside);

/* Finding widgets: each walks widget and its descendants depth first and returns the first
 * match, or NULL when none matches. */

/* Whether widget is the one looked for; data is what px_ui_test_find was given. */
typedef gboolean (*PxUiTestMatch) (GtkWidget     *widget,
                                   gconstpointer  data);

/* The widget for which match (widget, data) holds. */
GtkWidget  *px_ui_test_find            (GtkWidget    *widget,
                                        PxUiTestMatch match,
                                        gconstpointer data);

/* The widget called name (gtk_widget_set_name). */
GtkWidget  *px_ui_test_find_named      (GtkWidget  *widget,
                                        const char *name);
/* The widget of type (or a subtype). */
GtkWidget  *px_ui_test_find_type       (GtkWidget  *widget,
                                        GType       type);
/* The label, shown or not, whose label text (markup included) is text. */
GtkWidget  *px_ui_test_find_label_equal
                                       (GtkWidget  *widget,
                                        const char *text);
/* The label, shown or not, whose label text (markup included) starts with prefix. */
GtkWidget  *px_ui_test_find_label_by_prefix
                                       (GtkWidget  *widget,
                                        const char *prefix);
/* The label, shown or not, whose text (markup left out) contains text. */
GtkWidget  *px_ui_test_find_label      (GtkWidget  *widget,
                                        const char *text);
/* The label whose label text (markup included) contains text, looking only into what is shown:
 * the labels under a hidden widget are not found. */
GtkWidget  *px_ui_test_find_shown_label
                                       (GtkWidget  *widget,
                                        const char *text);
/* The button whose label is exactly label (mnemonic underscores included). */
GtkWidget  *px_ui_test_find_button     (GtkWidget  *widget,
                                        const char *label);

/* The toast px_toast_show showed last on widget (its "last-toast"), or NULL. */
AdwToast   *px_ui_test_get_last_toast  (gpointer    widget);
/* That toast's title, or "" when there was none, so that comparing it with a text fails. */
const char *px_ui_test_last_toast_title
                                       (gpointer    widget);

/* The newest toplevel window of type other than except (may be NULL), or NULL. */
GtkWindow  *px_ui_test_find_newest_window
                                       (GType       type,
                                        GtkWindow  *except);
/* The oldest toplevel window of type, or NULL. */
GtkWindow  *px_ui_test_find_oldest_window
                                       (GType       type);

/* The path of name in folder (made if missing) of the test build directory; free it. */
char       *px_ui_test_build_path      (const char *folder,
                                        const char *name);
/* Lets widget draw a few frames at its size, then writes it to name (a PNG) in folder of the
 * test build directory and says where. */
void        px_ui_test_save_png_in     (GtkWidget  *widget,
                                        const char *folder,
                                        const char *name);

G_END_DECLS
