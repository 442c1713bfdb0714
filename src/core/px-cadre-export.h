/* px-cadre-export.h: the cadre roster out to a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* Writes every cadre (or those matching search) as .csv (UTF-8 with BOM) or .xlsx, under the
 * column names the import reads, so that export then import changes nothing. Returns the
 * number of cadres written, or -1 with error. */
gint64  px_cadre_export_file  (PxDatabase   *db,
                               const char   *path,
                               const char   *search,
                               GError      **error);

G_END_DECLS
