/* px-session.c: 课表, one entry of a class's timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-session"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-base.h"
#include "px-course.h"
#include "px-record-check-private.h"
#include "px-session.h"
#include "px-teacher.h"
#include "px-training-class.h"

static const char * const slots[] = { "morning", "afternoon", "evening", NULL };

static void
init_session (gpointer record)
{
  PxSession *session = record;

  session->method = g_strdup ("lecture");
}

static gboolean
validate_session (PxDatabase     *db,
                  gconstpointer   record,
                  GError        **error)
{
  const PxEntity *entity = &px_session_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "class_id", &px_training_class_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "course_id", &px_course_entity, error)
         && px_record_check_reference (db, entity, record, "teacher_id", &px_teacher_entity, error)
         && px_record_check_reference (db, entity, record, "base_id", &px_base_entity, error)
         && px_record_check_date (entity, record, "date", error)
         && px_record_check_choice (entity, record, "slot", slots, error)
         && px_record_check_time (entity, record, "start_time", error)
         && px_record_check_time (entity, record, "end_time", error)
         && px_record_check_order (entity, record, "start_time", "end_time", TRUE, error)
         && px_record_check_method (entity, record, "method", error)
         && px_record_check_range (entity, record, "hours", 0, INFINITY, error)
         && px_record_check_range (entity, record, "elective_capacity", 0, INFINITY, error);
}

static const PxField session_fields[] = {
  PX_FIELD_DEF (PxSession, class_id, "class_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Class")),
  PX_FIELD_DEF (PxSession, date, "date", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Date")),
  PX_FIELD_DEF (PxSession, slot, "slot", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Time of day")),
  PX_FIELD_DEF (PxSession, start_time, "start_time", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Start time")),
  PX_FIELD_DEF (PxSession, end_time, "end_time", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("End time")),
  PX_FIELD_DEF (PxSession, course_id, "course_id", PX_FIELD_TEXT, 0, N_("Course")),
  PX_FIELD_DEF (PxSession, title, "title", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Title")),
  PX_FIELD_DEF (PxSession, teacher_id, "teacher_id", PX_FIELD_TEXT, 0, N_("Teacher")),
  PX_FIELD_DEF (PxSession, base_id, "base_id", PX_FIELD_TEXT, 0, N_("Teaching base")),
  PX_FIELD_DEF (PxSession, room, "room", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Room")),
  PX_FIELD_DEF (PxSession, method, "method", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Teaching method")),
  PX_FIELD_DEF (PxSession, hours, "hours", PX_FIELD_REAL, PX_FIELD_REQUIRED, N_("Hours")),
  PX_FIELD_DEF (PxSession, is_elective, "is_elective", PX_FIELD_BOOL, 0, N_("Elective")),
  PX_FIELD_DEF (PxSession, elective_capacity, "elective_capacity", PX_FIELD_INT, PX_FIELD_NULLABLE,
                N_("Elective places")),
};

const PxEntity px_session_entity = {
  "session", N_("session"), sizeof (PxSession),
  session_fields, G_N_ELEMENTS (session_fields),
  (GDestroyNotify) px_session_free, validate_session,
  "course_id IN (SELECT id FROM course WHERE title LIKE ?1 ESCAPE '\\') "
  "OR teacher_id IN (SELECT id FROM teacher WHERE name LIKE ?1 ESCAPE '\\')",
  init_session,
};

PX_DEFINE_RECORD (PxSession, px_session)
