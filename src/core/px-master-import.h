/* px-master-import.h: the teacher pool, teaching bases and course catalogue from spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-cadre-import.h"   /* PxImportFlags */
#include "px-database.h"
#include "px-import-report.h"
#include "px-sheet.h"

G_BEGIN_DECLS

/* The lists a school keeps beside its cadre rosters (主数据): one sheet layout each. */
typedef enum
{
  PX_MASTER_TEACHERS,   /* 师资: teacher, with teacher_competency (专长) */
  PX_MASTER_BASES,      /* 教学基地: base, with base_theme (主题) */
  PX_MASTER_COURSES,    /* 课程: course, with course_competency (能力) and course_teacher */
  PX_MASTER_N_KINDS
} PxMasterKind;

/* "teachers", "bases", "courses": the names the command line uses. */
const char          *px_master_kind_get_name    (PxMasterKind   kind);
gboolean             px_master_kind_from_name   (const char    *name,
                                                 PxMasterKind  *kind);
/* The headers an export writes and an import reads first (姓名, 性别 …), NULL-terminated. */
const char * const  *px_master_get_headers      (PxMasterKind   kind);

/* Reads a sheet of teachers, bases or courses and writes it with the guarantees of the cadre
 * import (px_cadre_import_file):
 *
 * - columns are found by name (synonyms, a title row above the header, any order); problems
 *   name the spreadsheet's row number and the column as the file spells it;
 * - a file with any bad row writes nothing unless PX_IMPORT_SKIP_INVALID; PX_IMPORT_DRY_RUN
 *   reports what would happen and writes nothing;
 * - everything is written in one transaction with one audit row, action "import", for the
 *   rows it made (they carry its timestamp); updated rows are audited with their changes;
 * - rows are matched to what is stored and updated, never duplicated: teachers by name and
 *   phone when the row gives a phone, else by name and unit (by name alone when the row gives
 *   neither); bases by name; courses by title. A row that fits several stored records is a
 *   problem;
 * - an empty cell never erases a stored value; re-importing a file changes nothing;
 * - list cells (专长, 主题, 能力, 授课教师) hold names separated by 、 , ， ; ； or spaces. A
 *   list that is not empty replaces the record's links; a name that matches no competency (or
 *   teacher, or more than one teacher) is a problem: nothing is made up.
 *
 * Returns NULL with error only when the file cannot be read at all or the database fails. */
PxImportReport      *px_master_import_file      (PxDatabase      *db,
                                                 PxMasterKind     kind,
                                                 const char      *path,
                                                 PxImportFlags    flags,
                                                 PxProgressFunc   progress,
                                                 gpointer         user_data,
                                                 GError         **error);
/* The same for a sheet already read (a dialog's preview); path is for the report only. */
PxImportReport      *px_master_import_sheet     (PxDatabase      *db,
                                                 PxMasterKind     kind,
                                                 PxSheet         *sheet,
                                                 const char      *path,
                                                 PxImportFlags    flags,
                                                 PxProgressFunc   progress,
                                                 gpointer         user_data,
                                                 GError         **error);

G_END_DECLS
