/* px-credit-statement.h: 学时证明, the hours of training a cadre is credited with in a year,
 * certified by the school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_CREDIT_STATEMENT (px_credit_statement_get_type ())
G_DECLARE_FINAL_TYPE (PxCreditStatement, px_credit_statement, PX, CREDIT_STATEMENT, PxDocument)

/* The cadre's particulars (the citizen ID masked in the middle), a table of the year's
 * training: each class the cadre was enrolled in that ends in year or credited hours in it,
 * with the hours its credit records give for the year, then every other credit record of the
 * year (online, other sources, classes no longer enrolled); each record is counted once. The
 * total, the sentence certifying it, the school's name and today's date where the seal goes.
 * A4 portrait. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown cadre,
 * PX_RENDER_ERROR_EMPTY when the cadre has nothing in that year. (transfer full) */
PxCreditStatement *px_credit_statement_new           (PxDatabase         *db,
                                                      const char         *cadre_id,
                                                      int                 year,
                                                      GError            **error);

const PxPage      *px_credit_statement_get_page      (PxCreditStatement  *self);
/* The hours certified: the year's credit records added up. */
double             px_credit_statement_get_total     (PxCreditStatement  *self);
/* Rows of the table, the total's row not counted. */
guint              px_credit_statement_get_n_entries (PxCreditStatement  *self);

G_END_DECLS
