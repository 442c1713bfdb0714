/* px-import-dialog.h: an import's progress, then its report with every problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-import-report.h"

G_BEGIN_DECLS

typedef struct _PxListPane PxListPane;

#define PX_TYPE_IMPORT_DIALOG (px_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PxImportDialog, px_import_dialog, PX, IMPORT_DIALOG, AdwWindow)

/* Starts importing path into the pane's table at once, in a worker with its own connection. */
PxImportDialog *px_import_dialog_new        (PxListPane      *pane,
                                             const char      *path);
/* Enrolls the roster at path into the class (px_class_enroll_file), with the same progress and
 * report. */
PxImportDialog *px_import_dialog_new_for_class (GtkWidget   *parent,
                                                PxDatabase  *db,
                                                const char  *class_code,
                                                const char  *path);
/* Imports the timetable sheet at path into the class (px_timetable_import_file), with the same
 * progress and report; when the file names courses, teachers or places nobody has, the report
 * offers to create them and import again. */
PxImportDialog *px_import_dialog_new_for_timetable (GtkWidget   *parent,
                                                    PxDatabase  *db,
                                                    const char  *class_code,
                                                    const char  *path);
/* Whether the worker is done (the "done" property). */
gboolean        px_import_dialog_get_done   (PxImportDialog  *self);
/* The last run's report, or NULL before it ends (or when the file could not be read). */
PxImportReport *px_import_dialog_get_report (PxImportDialog  *self);
/* The message when the file could not be read at all, or NULL. */
const char     *px_import_dialog_get_error  (PxImportDialog  *self);

G_END_DECLS
