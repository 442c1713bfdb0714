/* px-session-form.h: the window that adds a session to a class's timetable or edits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"
#include "px-session.h"

G_BEGIN_DECLS

#define PX_TYPE_SESSION_FORM (px_session_form_get_type ())

G_DECLARE_FINAL_TYPE (PxSessionForm, px_session_form, PX, SESSION_FORM, AdwWindow)

/* A form on a new session of the class on date (YYYY-MM-DD) at slot, with the slot's usual
 * times and hours. */
GtkWidget       *px_session_form_new_at          (PxDatabase    *db,
                                                  const char    *class_id,
                                                  const char    *date,
                                                  const char    *slot);
/* A form on the stored session, or NULL with error when it cannot be read. */
GtkWidget       *px_session_form_new_for_session (PxDatabase    *db,
                                                  const char    *session_id,
                                                  GError       **error);
/* Whether saving adds the session rather than changing a stored one. */
gboolean         px_session_form_is_new          (PxSessionForm *self);
/* The session as the form last saved it (its id is set once a new one is added). */
const PxSession *px_session_form_get_session     (PxSessionForm *self);

G_END_DECLS
