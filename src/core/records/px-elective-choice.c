/* px-elective-choice.c: an elective session a trainee has chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-elective-choice"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-elective-choice.h"
#include "px-enrollment.h"
#include "px-record-check-private.h"
#include "px-session.h"

static gboolean
validate_elective_choice (PxDatabase     *db,
                          gconstpointer   record,
                          GError        **error)
{
  const PxEntity *entity = &px_elective_choice_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_reference (db, entity, record, "enrollment_id", &px_enrollment_entity,
                                       error)
         && px_record_check_reference (db, entity, record, "session_id", &px_session_entity, error)
         && px_record_check_unique (db, entity, record, "session_id", "enrollment_id", error,
                                    _("This trainee has already chosen this session."));
}

static const PxField elective_choice_fields[] = {
  PX_FIELD_DEF (PxElectiveChoice, enrollment_id, "enrollment_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Trainee")),
  PX_FIELD_DEF (PxElectiveChoice, session_id, "session_id", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Session")),
};

const PxEntity px_elective_choice_entity = {
  "elective_choice", N_("elective choice"), sizeof (PxElectiveChoice),
  elective_choice_fields, G_N_ELEMENTS (elective_choice_fields),
  (GDestroyNotify) px_elective_choice_free, validate_elective_choice,
};

PX_DEFINE_RECORD (PxElectiveChoice, px_elective_choice)
