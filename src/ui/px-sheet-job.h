/* px-sheet-job.h: a pane's import from and export to spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-import-dialog.h"
#include "px-list-pane.h"
#include "px-master-import.h"

G_BEGIN_DECLS

/* PxPaneSpec.sheet_kind: a PxMasterKind, or this for the cadre roster. */
#define PX_SHEET_CADRES PX_MASTER_N_KINDS

typedef void (*PxSheetJobPathFunc) (const char *path,
                                    gpointer    owner);

/* Asks for a spreadsheet to read, or (save) where to write one: .xlsx unless .csv is typed.
 * chosen is called with the path and owner, which is kept alive until then; not at all when
 * the registrar cancels. */
void            px_sheet_job_choose_file (GtkWidget          *parent,
                                          gboolean            save,
                                          const char         *title,
                                          const char         *suggested_name,
                                          PxSheetJobPathFunc  chosen,
                                          GObject            *owner);

/* Imports path, or asks for a file when path is NULL. Returns the dialog that shows the
 * progress and the report (NULL while the file is being chosen). */
PxImportDialog *px_sheet_job_import  (PxListPane  *pane,
                                      const char  *path);
/* Exports the pane's records (as its search finds them) to path, or asks where when NULL. */
void            px_sheet_job_export  (PxListPane  *pane,
                                      const char  *path);

G_END_DECLS
