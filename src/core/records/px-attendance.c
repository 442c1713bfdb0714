/* px-attendance.c: 考勤, whether a trainee was at a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-attendance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-attendance.h"
#include "px-enrollment.h"
#include "px-record-check-private.h"
#include "px-session.h"

static const char * const statuses[] = { "present", "late", "leave", "absent", NULL };

static gboolean
validate_attendance (PxDatabase     *db,
                     gconstpointer   record,
                     GError        **error)
{
  const PxEntity *entity = &px_attendance_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "session_id", &px_session_entity, error)
         && px_record_check_reference (db, entity, record, "enrollment_id", &px_enrollment_entity,
                                       error)
         && px_record_check_choice (entity, record, "status", statuses, error)
         && px_record_check_unique (db, entity, record, "enrollment_id", "session_id", error,
                                    _("Attendance is already recorded for this trainee."));
}

static const PxField attendance_fields[] = {
  PX_FIELD_DEF (PxAttendance, session_id, "session_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Session")),
  PX_FIELD_DEF (PxAttendance, enrollment_id, "enrollment_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Trainee")),
  PX_FIELD_DEF (PxAttendance, status, "status", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Attendance")),
  PX_FIELD_DEF (PxAttendance, note, "note", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Note")),
};

const PxEntity px_attendance_entity = {
  "attendance", N_("attendance record"), sizeof (PxAttendance),
  attendance_fields, G_N_ELEMENTS (attendance_fields),
  (GDestroyNotify) px_attendance_free, validate_attendance,
};

PX_DEFINE_RECORD (PxAttendance, px_attendance)
