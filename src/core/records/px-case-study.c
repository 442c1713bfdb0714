/* px-case-study.c: 案例, the case library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-case-study"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-case-study.h"
#include "px-competency.h"
#include "px-course.h"
#include "px-record-check-private.h"

static gboolean
validate_case_study (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_case_study_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "course_id", &px_course_entity, error)
         && px_record_check_reference (db, entity, record, "competency_id", &px_competency_entity,
                                       error);
}

static const PxField case_study_fields[] = {
  PX_FIELD_DEF (PxCaseStudy, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxCaseStudy, region, "region", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Region")),
  PX_FIELD_DEF (PxCaseStudy, summary, "summary", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Summary")),
  PX_FIELD_DEF (PxCaseStudy, quality_tier, "quality_tier", PX_FIELD_TEXT, 0, N_("Quality tier")),
  PX_FIELD_DEF (PxCaseStudy, is_local, "is_local", PX_FIELD_BOOL, 0, N_("Local specialty")),
  PX_FIELD_DEF (PxCaseStudy, course_id, "course_id", PX_FIELD_TEXT, 0, N_("Course")),
  PX_FIELD_DEF (PxCaseStudy, competency_id, "competency_id", PX_FIELD_TEXT, 0, N_("Competency")),
};

const PxEntity px_case_study_entity = {
  "case_study", N_("case study"), sizeof (PxCaseStudy),
  case_study_fields, G_N_ELEMENTS (case_study_fields),
  (GDestroyNotify) px_case_study_free, validate_case_study,
};

PX_DEFINE_RECORD (PxCaseStudy, px_case_study)
