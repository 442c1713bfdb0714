/* px-attendance-summary.h: 考勤汇总, each trainee's roll-call of a class added up, for the class
 * archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-page.h"
#include "px-table-document.h"

G_BEGIN_DECLS

#define PX_TYPE_ATTENDANCE_SUMMARY (px_attendance_summary_get_type ())
G_DECLARE_FINAL_TYPE (PxAttendanceSummary, px_attendance_summary, PX, ATTENDANCE_SUMMARY,
                      PxTableDocument)

/* One row per enrolled trainee in name order: the sessions marked present, late, on leave and
 * absent, the hours attended and the rate of the hours held (px_class_attendance_list_totals),
 * with a note for a rate below the class's threshold or leave over its 1/7. A4 portrait, the
 * header row on every page. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown class,
 * PX_RENDER_ERROR_EMPTY when it has no trainees or no roll-call yet. (transfer full) */
PxAttendanceSummary *px_attendance_summary_new          (PxDatabase          *db,
                                                         const char          *class_id,
                                                         GError             **error);

const PxPage        *px_attendance_summary_get_page     (PxAttendanceSummary *self);
guint                px_attendance_summary_get_n_trainees (PxAttendanceSummary *self);

G_END_DECLS
