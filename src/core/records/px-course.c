/* px-course.c: 课程, the catalogue a class's timetable draws on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-course"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-course.h"
#include "px-record-check-private.h"

static void
init_course (gpointer record)
{
  PxCourse *course = record;

  course->method = g_strdup ("lecture");
}

static gboolean
validate_course (PxDatabase     *db,
                 gconstpointer   record,
                 GError        **error)
{
  const PxEntity *entity = &px_course_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_method (entity, record, "method", error)
         && px_record_check_range (entity, record, "hours", 0, INFINITY, error);
}

static const PxField course_fields[] = {
  PX_FIELD_DEF (PxCourse, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxCourse, category, "category", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Category")),
  PX_FIELD_DEF (PxCourse, method, "method", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Teaching method")),
  PX_FIELD_DEF (PxCourse, hours, "hours", PX_FIELD_REAL, PX_FIELD_REQUIRED, N_("Hours")),
  PX_FIELD_DEF (PxCourse, quality_tier, "quality_tier", PX_FIELD_TEXT, 0, N_("Quality tier")),
  PX_FIELD_DEF (PxCourse, is_local, "is_local", PX_FIELD_BOOL, 0, N_("Local specialty")),
  PX_FIELD_DEF (PxCourse, description, "description", PX_FIELD_TEXT, 0, N_("Description")),
};

/* Courses by a competency they build, or by a teacher who teaches them. */
static const PxSortKey course_filter_keys[] = {
  { "competency", "id IN (SELECT course_id FROM course_competency WHERE competency_id = ?F)" },
  { "teacher", "id IN (SELECT course_id FROM course_teacher WHERE teacher_id = ?F)" },
  { NULL }
};

const PxEntity px_course_entity = {
  "course", N_("course"), sizeof (PxCourse),
  course_fields, G_N_ELEMENTS (course_fields),
  (GDestroyNotify) px_course_free, validate_course,
  NULL, init_course, NULL, course_filter_keys,
};

PX_DEFINE_RECORD (PxCourse, px_course)
