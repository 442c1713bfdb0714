/* px-master-export.h: the teacher pool, teaching bases and course catalogue out to a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-master-import.h"

G_BEGIN_DECLS

/* Writes every record of kind (or those matching search, as the lists search) as .csv (UTF-8
 * with BOM) or .xlsx by the path's extension, under the headers px_master_import_file reads
 * and in a stable order, links as names joined with 、: export then import changes nothing,
 * and two databases with the same records give the same bytes. Returns the number of records
 * written, or -1 with error. */
gint64  px_master_export_file  (PxDatabase    *db,
                                PxMasterKind   kind,
                                const char    *path,
                                const char    *search,
                                GError       **error);

G_END_DECLS
