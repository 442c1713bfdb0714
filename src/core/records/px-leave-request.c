/* px-leave-request.c: 请假, a trainee's leave from a class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-leave-request"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-enrollment.h"
#include "px-leave-request.h"
#include "px-record-check-private.h"

static gboolean
validate_leave_request (PxDatabase     *db,
                        gconstpointer   record,
                        GError        **error)
{
  const PxEntity *entity = &px_leave_request_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "enrollment_id", &px_enrollment_entity,
                                       error)
         && px_record_check_date (entity, record, "start_date", error)
         && px_record_check_date (entity, record, "end_date", error)
         && px_record_check_order (entity, record, "start_date", "end_date", FALSE, error)
         && px_record_check_range (entity, record, "hours", 0, INFINITY, error);
}

static const PxField leave_request_fields[] = {
  PX_FIELD_DEF (PxLeaveRequest, enrollment_id, "enrollment_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Trainee")),
  PX_FIELD_DEF (PxLeaveRequest, start_date, "start_date", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("First day")),
  PX_FIELD_DEF (PxLeaveRequest, end_date, "end_date", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Last day")),
  PX_FIELD_DEF (PxLeaveRequest, hours, "hours", PX_FIELD_REAL, PX_FIELD_REQUIRED, N_("Hours")),
  PX_FIELD_DEF (PxLeaveRequest, reason, "reason", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED | PX_FIELD_SEARCH, N_("Reason")),
  PX_FIELD_DEF (PxLeaveRequest, approved, "approved", PX_FIELD_BOOL, 0, N_("Approved")),
};

const PxEntity px_leave_request_entity = {
  "leave_request", N_("leave request"), sizeof (PxLeaveRequest),
  leave_request_fields, G_N_ELEMENTS (leave_request_fields),
  (GDestroyNotify) px_leave_request_free, validate_leave_request,
};

PX_DEFINE_RECORD (PxLeaveRequest, px_leave_request)
