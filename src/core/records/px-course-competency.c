/* px-course-competency.c: a competency a course builds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-course-competency"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-competency.h"
#include "px-course-competency.h"
#include "px-course.h"
#include "px-record-check-private.h"

static gboolean
validate_course_competency (PxDatabase     *db,
                            gconstpointer   record,
                            GError        **error)
{
  const PxEntity *entity = &px_course_competency_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "course_id", &px_course_entity, error)
         && px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                       error)
         && px_record_check_unique (db, entity, record, "competency_id", "course_id", error,
                                    _("This course already has this competency."));
}

static const PxField course_competency_fields[] = {
  PX_FIELD_DEF (PxCourseCompetency, course_id, "course_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Course")),
  PX_FIELD_DEF (PxCourseCompetency, competency_id, "competency_id", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED, N_("Competency")),
};

const PxEntity px_course_competency_entity = {
  "course_competency", N_("course competency"), sizeof (PxCourseCompetency),
  course_competency_fields, G_N_ELEMENTS (course_competency_fields),
  (GDestroyNotify) px_course_competency_free, validate_course_competency,
};

PX_DEFINE_RECORD (PxCourseCompetency, px_course_competency)
