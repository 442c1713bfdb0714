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

/* The roster columns in PxRosterColumn order for a SELECT over "cadre c LEFT JOIN org_unit u
 * ON u.id = c.unit_id": units by name, as registrars know them. */
#define PX_CADRE_EXPORT_COLUMNS \
  "c.name, c.gender, c.ethnicity, c.birth_date, c.citizen_id, c.political_status, " \
  "u.name, c.post, c.rank, c.education, c.phone, c.note"

/* Writes the rows of a prepared query that selects PX_CADRE_EXPORT_COLUMNS, then one column
 * per extra header (may be NULL), to path as px_cadre_export_file () does; the statement is
 * stepped and reset. Returns the number of rows written, or -1 with error. */
gint64  px_cadre_export_query (PxDatabase         *db,
                               const char         *path,
                               sqlite3_stmt       *stmt,
                               const char * const *extra_headers,
                               GError            **error);

G_END_DECLS
