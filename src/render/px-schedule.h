/* px-schedule.h: 课程表, a class's timetable as printed: A4 landscape, one page per week, the
 * week's days by morning, afternoon and evening
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

/* A class's schedule: a PxDocument with a page per week. */
#define PX_TYPE_SCHEDULE (px_schedule_get_type ())
G_DECLARE_FINAL_TYPE (PxSchedule, px_schedule, PX, SCHEDULE, PxDocument)

/* Loads the class and its sessions; NULL with PX_DATABASE_ERROR_NOT_FOUND when there is no
 * such class. (transfer full) */
PxSchedule   *px_schedule_new_for_class  (PxDatabase   *db,
                                          const char   *class_id,
                                          GError      **error);
PxSchedule   *px_schedule_new_for_code   (PxDatabase   *db,
                                          const char   *code,
                                          GError      **error);

/* The sheet it is drawn on (A4 landscape, the school's name). */
const PxPage *px_schedule_get_page       (PxSchedule   *schedule);
guint         px_schedule_get_n_sessions (PxSchedule   *schedule);

/* Its pages (px_document_get_n_pages) are one per calendar week (Monday to Sunday) from the
 * class's first day, or its first session if earlier, to its last; at least one. Long titles
 * wrap; when a week holds more than fits, its text is set smaller, down to 6 pt, rather than
 * cut off. */

G_END_DECLS
