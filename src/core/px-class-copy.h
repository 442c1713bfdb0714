/* px-class-copy.h: a new class made from a past one, its timetable moved to the new dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* Inserts a class with the source's fields but new_code, new_title (NULL: the source's) and
 * dates starting on new_start_date (YYYY-MM-DD) with the source's length, status "planning"
 * and no trainees; then a copy of each of its sessions, shifted by the days between the two
 * start dates, with the same courses, teachers and places. All in one audited transaction.
 * A code another class has is refused with a PX_VALIDATION_ERROR naming "code"; a start date
 * that is no date with one naming "start_date". Conflicts the copy makes with other classes
 * are not refused: they show in its timetable. *new_id (may be NULL) receives the new class's
 * id. */
gboolean  px_class_copy  (PxDatabase  *db,
                          const char  *source_class_id,
                          const char  *new_code,
                          const char  *new_title,
                          const char  *new_start_date,
                          char       **new_id,
                          GError     **error);

G_END_DECLS
