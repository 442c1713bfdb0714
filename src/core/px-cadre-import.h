/* px-cadre-import.h: rosters from Excel, WPS and LibreOffice into the cadre records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-import-report.h"
#include "px-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  PX_IMPORT_FLAGS_NONE   = 0,
  PX_IMPORT_DRY_RUN      = 1 << 0,  /* report only, write nothing */
  PX_IMPORT_SKIP_INVALID = 1 << 1,  /* import the good rows, report the rest */
} PxImportFlags;

/* The columns of a cadre roster, in export order. */
typedef enum
{
  PX_ROSTER_NAME,
  PX_ROSTER_GENDER,
  PX_ROSTER_ETHNICITY,
  PX_ROSTER_BIRTH_DATE,
  PX_ROSTER_CITIZEN_ID,
  PX_ROSTER_POLITICAL_STATUS,
  PX_ROSTER_UNIT,
  PX_ROSTER_POST,
  PX_ROSTER_RANK,
  PX_ROSTER_EDUCATION,
  PX_ROSTER_PHONE,
  PX_ROSTER_NOTE,
  PX_ROSTER_N_COLUMNS
} PxRosterColumn;

/* The header each column is exported under (姓名, 性别 …), NULL-terminated. */
const char * const *px_cadre_roster_headers  (void);

/* Reads a roster and writes it in one transaction: cadres are matched by citizen ID and
 * updated, never duplicated; cells left empty never erase what is stored. A file with any bad
 * row writes nothing unless PX_IMPORT_SKIP_INVALID. Returns NULL with error only when the
 * file cannot be read at all or the database fails; problems with rows are in the report.
 * If ids is given it receives, per good row in file order, the cadre's id. */
PxImportReport *px_cadre_import_file   (PxDatabase      *db,
                                        const char      *path,
                                        PxImportFlags    flags,
                                        PxProgressFunc   progress,
                                        gpointer         user_data,
                                        GError         **error);
PxImportReport *px_cadre_import_sheet  (PxDatabase      *db,
                                        PxSheet         *sheet,
                                        const char      *path,
                                        PxImportFlags    flags,
                                        GPtrArray       *ids,
                                        PxProgressFunc   progress,
                                        gpointer         user_data,
                                        GError         **error);

G_END_DECLS
