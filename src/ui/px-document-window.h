/* px-document-window.h: a printed document on screen, page by page, with Print… and Export PDF…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-document.h"

G_BEGIN_DECLS

#define PX_TYPE_DOCUMENT_WINDOW (px_document_window_get_type ())

G_DECLARE_FINAL_TYPE (PxDocumentWindow, px_document_window, PX, DOCUMENT_WINDOW, AdwWindow)

/* Opens a window (not modal, kept above parent's window and closed with it) that shows
 * document's first page scaled to fit, with page buttons (Page Up, Page Down, Home, End),
 * Print… (Ctrl+P) and Export PDF… (Ctrl+E); Escape closes it. The window keeps a reference to
 * document. (transfer none): the window belongs to GTK until it is closed. */
GtkWindow  *px_document_window_show            (GtkWidget  *parent,
                                                PxDocument *document);

/* Puts options (a row of check buttons, a dropdown…) above the page, in place of any earlier
 * ones; NULL takes them away. */
void        px_document_window_set_options     (GtkWindow  *window,
                                                GtkWidget  *options);
/* Shows document instead (one rebuilt after an option changed), on the same page when it
 * still has one. Once the window is closed, this, set_options, set_page, toast and export_to
 * do nothing, so that work finished late has nowhere to go. */
void        px_document_window_set_document    (GtkWindow  *window,
                                                PxDocument *document);
PxDocument *px_document_window_get_document    (GtkWindow  *window);

/* Shows message in a toast of the window; the toast is kept as the window's "last-toast" data,
 * as px_toast_show keeps its own. */
void        px_document_window_toast           (GtkWindow  *window,
                                                const char *message);

/* The page shown, from 0; setting one past the last shows the last. */
guint       px_document_window_get_page        (GtkWindow  *window);
void        px_document_window_set_page        (GtkWindow  *window,
                                                guint       page_index);

/* What Export PDF… does once a file is chosen: writes the PDF in a worker thread, then says
 * "Exported to …" with an Open button, or why it failed, in a toast of the window. Exporting
 * is FALSE again when the toast is shown. */
void        px_document_window_export_to       (GtkWindow  *window,
                                                GFile      *file);
gboolean    px_document_window_get_exporting   (GtkWindow  *window);

/* For documents printed onto pre-printed stock (certificates): Print… moves each page by the
 * chosen printer's offset kept in db (px_print_calibration_get). The preview and the PDF stay
 * as they are. NULL: no offset (the default). */
void        px_document_window_set_print_calibration (GtkWindow  *window,
                                                      PxDatabase *db);

/* The print operation Print… runs for document: one page per document page, each page's
 * paper size and orientation from the document, drawn at full size from the paper's corner
 * in points, the job named after the title; with calibration (may be NULL), moved by the
 * offset it keeps for the printer chosen. (transfer full) */
GtkPrintOperation *px_document_window_new_print_operation (PxDocument *document,
                                                           PxDatabase *calibration);

G_END_DECLS
