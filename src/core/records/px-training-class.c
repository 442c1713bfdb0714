/* px-training-class.c: 班次, one run of training with its trainees and timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-training-class"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-plan-item.h"
#include "px-record-check-private.h"
#include "px-training-class.h"

static const char * const statuses[] = {
  "planning", "enrolling", "running", "finished", "archived", NULL
};

static void
init_training_class (gpointer record)
{
  PxTrainingClass *training_class = record;

  training_class->status = g_strdup ("planning");
  training_class->max_lecture_share = 0.5;
  training_class->attendance_threshold = 0.857;
  training_class->pass_score = 60;
}

static gboolean
validate_training_class (PxDatabase     *db,
                         gconstpointer   record,
                         GError        **error)
{
  const PxEntity *entity = &px_training_class_entity;
  const PxTrainingClass *training_class = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "plan_item_id", &px_plan_item_entity,
                                       error)
         && px_record_check_date (entity, record, "start_date", error)
         && px_record_check_date (entity, record, "end_date", error)
         && px_record_check_order (entity, record, "start_date", "end_date", FALSE, error)
         && px_record_check_range (entity, record, "capacity", 0, INFINITY, error)
         && px_record_check_range (entity, record, "required_hours", 0, INFINITY, error)
         && px_record_check_range (entity, record, "credit_hours", 0, INFINITY, error)
         && px_record_check_choice (entity, record, "status", statuses, error)
         && px_record_check_range (entity, record, "max_lecture_share", 0, 1, error)
         && px_record_check_range (entity, record, "attendance_threshold", 0, 1, error)
         && px_record_check_range (entity, record, "pass_score", 0, 100, error)
         && px_record_check_unique (db, entity, record, "code", NULL, error,
                                    _("Another class already has the code “%s”."),
                                    training_class->code);
}

static const PxField training_class_fields[] = {
  PX_FIELD_DEF (PxTrainingClass, code, "code", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Code")),
  PX_FIELD_DEF (PxTrainingClass, title, "title", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Title")),
  PX_FIELD_DEF (PxTrainingClass, plan_item_id, "plan_item_id", PX_FIELD_TEXT, 0, N_("Plan item")),
  PX_FIELD_DEF (PxTrainingClass, class_type, "class_type", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Class type")),
  PX_FIELD_DEF (PxTrainingClass, start_date, "start_date", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Start date")),
  PX_FIELD_DEF (PxTrainingClass, end_date, "end_date", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("End date")),
  PX_FIELD_DEF (PxTrainingClass, venue, "venue", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Venue")),
  PX_FIELD_DEF (PxTrainingClass, head_teacher, "head_teacher", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Head teacher")),
  PX_FIELD_DEF (PxTrainingClass, capacity, "capacity", PX_FIELD_INT, PX_FIELD_NULLABLE,
                N_("Capacity")),
  PX_FIELD_DEF (PxTrainingClass, required_hours, "required_hours", PX_FIELD_REAL, PX_FIELD_NULLABLE,
                N_("Required hours")),
  PX_FIELD_DEF (PxTrainingClass, credit_hours, "credit_hours", PX_FIELD_REAL, PX_FIELD_NULLABLE,
                N_("Credit hours")),
  PX_FIELD_DEF (PxTrainingClass, status, "status", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Status")),
  PX_FIELD_DEF (PxTrainingClass, max_lecture_share, "max_lecture_share", PX_FIELD_REAL,
                PX_FIELD_REQUIRED, N_("Maximum lecture share")),
  PX_FIELD_DEF (PxTrainingClass, attendance_threshold, "attendance_threshold", PX_FIELD_REAL,
                PX_FIELD_REQUIRED, N_("Attendance threshold")),
  PX_FIELD_DEF (PxTrainingClass, pass_score, "pass_score", PX_FIELD_REAL, PX_FIELD_REQUIRED,
                N_("Pass score")),
  PX_FIELD_DEF (PxTrainingClass, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

/* The year a class starts in: how registrars look for a class, and a filter of the list. */
static const PxSortKey training_class_sort_keys[] = {
  { "year", "substr (start_date, 1, 4)" },
  { NULL }
};

static const PxSortKey training_class_filter_keys[] = {
  { "year", "substr (start_date, 1, 4) = ?F" },
  { NULL }
};

const PxEntity px_training_class_entity = {
  "class", N_("class"), sizeof (PxTrainingClass),
  training_class_fields, G_N_ELEMENTS (training_class_fields),
  (GDestroyNotify) px_training_class_free, validate_training_class,
  NULL, init_training_class, training_class_sort_keys, training_class_filter_keys,
};

PX_DEFINE_RECORD (PxTrainingClass, px_training_class)
