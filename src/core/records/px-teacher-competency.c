/* px-teacher-competency.c: a teacher's specialty, one competency each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-teacher-competency"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-competency.h"
#include "px-record-check-private.h"
#include "px-teacher-competency.h"
#include "px-teacher.h"

static gboolean
validate_teacher_competency (PxDatabase     *db,
                             gconstpointer   record,
                             GError        **error)
{
  const PxEntity *entity = &px_teacher_competency_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "teacher_id", &px_teacher_entity, error)
         && px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                       error)
         && px_record_check_unique (db, entity, record, "competency_id", "teacher_id", error,
                                    _("This teacher already has this specialty."));
}

static const PxField teacher_competency_fields[] = {
  PX_FIELD_DEF (PxTeacherCompetency, teacher_id, "teacher_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Teacher")),
  PX_FIELD_DEF (PxTeacherCompetency, competency_id, "competency_id", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED, N_("Specialty")),
};

const PxEntity px_teacher_competency_entity = {
  "teacher_competency", N_("teacher specialty"), sizeof (PxTeacherCompetency),
  teacher_competency_fields, G_N_ELEMENTS (teacher_competency_fields),
  (GDestroyNotify) px_teacher_competency_free, validate_teacher_competency,
};

PX_DEFINE_RECORD (PxTeacherCompetency, px_teacher_competency)
