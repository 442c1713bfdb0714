/* px-class-results.h: 结业情况, what each trainee of a class achieved, for the class archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-page.h"
#include "px-table-document.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_RESULTS (px_class_results_get_type ())
G_DECLARE_FINAL_TYPE (PxClassResults, px_class_results, PX, CLASS_RESULTS, PxTableDocument)

/* One row per trainee, withdrawn ones included, in name order: attended hours and rate, exam
 * and paper scores, the completion stored (as decided, not as the rule would decide now) with
 * its reason, and the hours credited for the class; then the counts. A4 portrait, the header
 * row on every page. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown class,
 * PX_RENDER_ERROR_EMPTY when it has no trainees. (transfer full) */
PxClassResults *px_class_results_new            (PxDatabase      *db,
                                                 const char      *class_id,
                                                 GError         **error);

const PxPage   *px_class_results_get_page       (PxClassResults  *self);
guint           px_class_results_get_n_trainees (PxClassResults  *self);

G_END_DECLS
