/* px-roster-document.h: 花名册, a class's trainees as a table with the columns asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-page.h"
#include "px-table-document.h"

G_BEGIN_DECLS

#define PX_TYPE_ROSTER_DOCUMENT (px_roster_document_get_type ())
G_DECLARE_FINAL_TYPE (PxRosterDocument, px_roster_document, PX, ROSTER_DOCUMENT,
                      PxTableDocument)

/* The class's enrolled trainees (withdrawn ones are not on it) in the class roster's order
 * (by group, then name), one row each, with the columns named (see
 * px_roster_document_get_column_names; NULL or empty: the default ones). A4 portrait, or
 * landscape when the columns do not fit across a portrait page; the header row on every page.
 * NULL with PX_DATABASE_ERROR_NOT_FOUND when there is no such class, PX_RENDER_ERROR_EMPTY
 * when it has no trainees, PX_RENDER_ERROR_FAILED naming the valid ones for an unknown column
 * name. (transfer full) */
PxRosterDocument   *px_roster_document_new              (PxDatabase         *db,
                                                         const char         *class_id,
                                                         const char * const *columns,
                                                         GError            **error);

/* Every column, in the order a form offers them (the roster prints them in the order asked):
 * seq, name, gender, ethnicity, birth, party,
 * education, unit, position, rank, phone, citizen_id, group, role, dormitory, seat, note. */
const char * const *px_roster_document_get_column_names (void);
/* seq, name, gender, ethnicity, birth, unit, position, rank, phone. */
const char * const *px_roster_document_get_default_columns (void);
/* A column's heading as printed (序号, 姓名… in zh_CN), or NULL for an unknown name. */
const char         *px_roster_document_get_column_label (const char         *name);

const PxPage       *px_roster_document_get_page         (PxRosterDocument   *roster);
guint               px_roster_document_get_n_trainees   (PxRosterDocument   *roster);

G_END_DECLS
