/* px-class-roster.h: a class's trainees from and to roster files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-cadre-import.h"
#include "px-database.h"
#include "px-import-report.h"

G_BEGIN_DECLS

typedef struct
{
  /* The file as the cadre import read and wrote it, with the rows the class had no room for
   * added to its problems. */
  PxImportReport *report;
  guint n_enrolled;    /* cadres enrolled by this file (that would be, in a dry run) */
  guint n_already;     /* already enrolled in the class: left as they are */
  guint n_withdrawn;   /* withdrawn from the class before: left withdrawn */
  guint n_full;        /* good rows not enrolled because the class was full */
  guint n_regrouped;   /* already enrolled, given another group or class role by the file */
} PxClassEnrollReport;

void                 px_class_enroll_report_free (PxClassEnrollReport *report);

/* Reads a roster file (.csv, .xlsx, .xls) into the class with code class_code: the cadres are
 * imported as px_cadre_import_sheet () does (new ones made, known ones matched by citizen ID),
 * then each is enrolled, all in one transaction. A 组别 column (小组, 分组) gives the trainee's
 * group and a 班级职务 column (职务(班级), 班委, 班干部; plain 职务 is the cadre's post) the
 * class role, for new trainees and those already enrolled alike; an empty cell keeps what is
 * stored. A file with any bad row, or with more cadres than the class's capacity leaves room
 * for, writes nothing unless PX_IMPORT_SKIP_INVALID, which enrolls the good rows up to the
 * capacity and reports the others. Returns NULL with error when there is no such class
 * (PX_DATABASE_ERROR_NOT_FOUND), the file cannot be read or the database fails; problems with
 * rows are in the report. (transfer full) */
PxClassEnrollReport *px_class_enroll_file        (PxDatabase      *db,
                                                  const char      *class_code,
                                                  const char      *path,
                                                  PxImportFlags    flags,
                                                  PxProgressFunc   progress,
                                                  gpointer         user_data,
                                                  GError         **error);

/* Writes the class's trainees (withdrawn ones left out) as .csv (UTF-8 with BOM) or .xlsx:
 * the cadre export's columns, then 组别 and 班级职务, so that the file enrolls the same cadres
 * into another class. Returns the number of trainees written, or -1 with error. */
gint64               px_class_roster_export_file (PxDatabase      *db,
                                                  const char      *class_code,
                                                  const char      *path,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassEnrollReport, px_class_enroll_report_free)

G_END_DECLS
