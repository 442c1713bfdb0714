/* px-enrollment.c: 学员, a cadre's place in a class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-enrollment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-enrollment.h"
#include "px-record-check-private.h"
#include "px-training-class.h"

static const char * const statuses[] = { "enrolled", "withdrawn", NULL };
static const char * const completions[] = { "pending", "completed", "not_completed", NULL };

static void
init_enrollment (gpointer record)
{
  PxEnrollment *enrollment = record;

  enrollment->status = g_strdup ("enrolled");
  enrollment->completion = g_strdup ("pending");
}

static gboolean
validate_enrollment (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_enrollment_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "class_id", &px_training_class_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "cadre_id", &px_cadre_entity, error)
         && px_record_check_choice (entity, record, "status", statuses, error)
         && px_record_check_choice (entity, record, "completion", completions, error)
         && px_record_check_range (entity, record, "exam_score", 0, 100, error)
         && px_record_check_range (entity, record, "paper_score", 0, 100, error)
         && px_record_check_unique (db, entity, record, "cadre_id", "class_id", error,
                                    _("This cadre is already enrolled in this class."));
}

static const PxField enrollment_fields[] = {
  PX_FIELD_DEF (PxEnrollment, class_id, "class_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Class")),
  PX_FIELD_DEF (PxEnrollment, cadre_id, "cadre_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Cadre")),
  PX_FIELD_DEF (PxEnrollment, status, "status", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Status")),
  PX_FIELD_DEF (PxEnrollment, withdraw_reason, "withdraw_reason", PX_FIELD_TEXT, 0,
                N_("Reason for withdrawal")),
  PX_FIELD_DEF (PxEnrollment, group_name, "group_name", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Group")),
  PX_FIELD_DEF (PxEnrollment, class_role, "class_role", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Role in the class")),
  PX_FIELD_DEF (PxEnrollment, dormitory, "dormitory", PX_FIELD_TEXT, 0, N_("Dormitory")),
  PX_FIELD_DEF (PxEnrollment, seat, "seat", PX_FIELD_TEXT, 0, N_("Seat")),
  PX_FIELD_DEF (PxEnrollment, exam_score, "exam_score", PX_FIELD_REAL, PX_FIELD_NULLABLE,
                N_("Exam score")),
  PX_FIELD_DEF (PxEnrollment, paper_score, "paper_score", PX_FIELD_REAL, PX_FIELD_NULLABLE,
                N_("Paper score")),
  PX_FIELD_DEF (PxEnrollment, completion, "completion", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Completion")),
  PX_FIELD_DEF (PxEnrollment, completion_reason, "completion_reason", PX_FIELD_TEXT, 0,
                N_("Reason for the completion result")),
  PX_FIELD_DEF (PxEnrollment, completion_override, "completion_override", PX_FIELD_BOOL, 0,
                N_("Completion set by hand")),
};

const PxEntity px_enrollment_entity = {
  "enrollment", N_("enrollment"), sizeof (PxEnrollment),
  enrollment_fields, G_N_ELEMENTS (enrollment_fields),
  (GDestroyNotify) px_enrollment_free, validate_enrollment,
  "cadre_id IN (SELECT id FROM cadre WHERE name LIKE ?1 ESCAPE '\\')",
  init_enrollment,
};

PX_DEFINE_RECORD (PxEnrollment, px_enrollment)
