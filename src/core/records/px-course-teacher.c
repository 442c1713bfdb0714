/* px-course-teacher.c: a teacher who can teach a course
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-course-teacher"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-course-teacher.h"
#include "px-course.h"
#include "px-record-check-private.h"
#include "px-teacher.h"

static gboolean
validate_course_teacher (PxDatabase     *db,
                         gconstpointer   record,
                         GError        **error)
{
  const PxEntity *entity = &px_course_teacher_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "course_id", &px_course_entity, error)
         && px_record_check_reference (db, entity, record, "teacher_id", &px_teacher_entity, error)
         && px_record_check_unique (db, entity, record, "teacher_id", "course_id", error,
                                    _("This teacher is already listed for this course."));
}

static const PxField course_teacher_fields[] = {
  PX_FIELD_DEF (PxCourseTeacher, course_id, "course_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Course")),
  PX_FIELD_DEF (PxCourseTeacher, teacher_id, "teacher_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Teacher")),
};

const PxEntity px_course_teacher_entity = {
  "course_teacher", N_("course teacher"), sizeof (PxCourseTeacher),
  course_teacher_fields, G_N_ELEMENTS (course_teacher_fields),
  (GDestroyNotify) px_course_teacher_free, validate_course_teacher,
};

PX_DEFINE_RECORD (PxCourseTeacher, px_course_teacher)
