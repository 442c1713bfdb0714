/* px-import-report.h: what an import found and did, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint row;        /* as the spreadsheet shows it (header of a plain file = 1) */
  char *column;     /* the header as the file writes it; NULL for the whole row */
  char *value;      /* what the cell held; may be NULL */
  char *message;    /* a sentence for the registrar */
} PxImportProblem;

typedef struct
{
  char *path;
  char *encoding;        /* for text files */
  guint header_row;      /* spreadsheet numbering */
  guint n_rows;          /* data rows read */
  guint n_new;
  guint n_updated;
  guint n_unchanged;
  guint n_skipped;       /* bad rows left out with --skip-invalid */
  gboolean dry_run;
  gboolean written;      /* whether anything was committed */
  GPtrArray *problems;   /* PxImportProblem, in row order */
} PxImportReport;

PxImportReport *px_import_report_new          (const char      *path);
void            px_import_report_free         (PxImportReport  *report);
void            px_import_report_add_problem  (PxImportReport  *report,
                                               guint            row,
                                               const char      *column,
                                               const char      *value,
                                               const char      *message);
/* How many distinct rows have problems. */
guint           px_import_report_count_bad_rows (PxImportReport *report);
/* A JSON object with the counts and a "problems" array of {row, column, value, message}. */
char           *px_import_report_to_json      (PxImportReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxImportReport, px_import_report_free)

G_END_DECLS
