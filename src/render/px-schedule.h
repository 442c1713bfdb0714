/* px-schedule.h: 课程表, a class's timetable as printed: A4 landscape, one page per week, the
 * week's days by morning, afternoon and evening
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "px-database.h"
#include "px-page.h"

G_BEGIN_DECLS

/* A class's schedule, loaded once and then drawn as often as asked, from any thread that owns
 * it (drawing does not touch the database). */
typedef struct _PxSchedule PxSchedule;

/* Loads the class and its sessions; NULL with PX_DATABASE_ERROR_NOT_FOUND when there is no
 * such class. (transfer full) */
PxSchedule   *px_schedule_new_for_class  (PxDatabase   *db,
                                          const char   *class_id,
                                          GError      **error);
PxSchedule   *px_schedule_new_for_code   (PxDatabase   *db,
                                          const char   *code,
                                          GError      **error);
void          px_schedule_free           (PxSchedule   *schedule);

/* The sheet it is drawn on (A4 landscape, the school's name). */
const PxPage *px_schedule_get_page       (PxSchedule   *schedule);
/* One per calendar week (Monday to Sunday) from the class's first day, or its first session
 * if earlier, to its last; at least one. */
guint         px_schedule_get_n_pages    (PxSchedule   *schedule);
guint         px_schedule_get_n_sessions (PxSchedule   *schedule);

/* Draws page page_index onto cr, whose user space is the page in points with the origin at its
 * top-left corner (a PDF surface, a print context, an image scaled by dpi / 72). Long titles
 * wrap; when a week holds more than fits, its text is set smaller, down to 6 pt, rather than
 * cut off. */
void          px_schedule_draw_page      (PxSchedule   *schedule,
                                          cairo_t      *cr,
                                          guint         page_index);

/* Every page into a PDF at path, its text kept as text with the fonts embedded; a
 * PX_RENDER_ERROR_WRITE when the file cannot be written. */
gboolean      px_schedule_write_pdf      (PxSchedule   *schedule,
                                          const char   *path,
                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSchedule, px_schedule_free)

G_END_DECLS
