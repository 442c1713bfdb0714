/* px-table-cards.h: 桌签, a name card for each trainee, folded into a tent that stands on the
 * table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_TABLE_CARDS (px_table_cards_get_type ())
G_DECLARE_FINAL_TYPE (PxTableCards, px_table_cards, PX, TABLE_CARDS, PxDocument)

/* One A4 landscape page per enrolled trainee, in the roster's order, folded along its middle:
 * the name large in serif (shrunk to fit the width when long) with the class's title small
 * under it, once in the lower half and once turned about in the upper half, so both sides of
 * the tent read; faint fold ticks at the page's edges. NULL with PX_DATABASE_ERROR_NOT_FOUND
 * when there is no such class, PX_RENDER_ERROR_EMPTY when it has no trainees.
 * (transfer full) */
PxTableCards  *px_table_cards_new       (PxDatabase    *db,
                                         const char    *class_id,
                                         GError       **error);

const PxPage  *px_table_cards_get_page  (PxTableCards  *cards);
/* The type size of the name on card index, in points: at most 120, less for a long name. */
double         px_table_cards_get_name_size (PxTableCards *cards,
                                             guint         index);

G_END_DECLS
