/* px-evaluation-form.h: the paper evaluation form (评估表), filled in anonymously by trainees
 * and typed in afterwards, for a class and for each of its sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_EVALUATION_FORM (px_evaluation_form_get_type ())
G_DECLARE_FINAL_TYPE (PxEvaluationForm, px_evaluation_form, PX, EVALUATION_FORM, PxDocument)

/* The questions of a form are those of the class's own questionnaire of the kind
 * (course_evaluation for a session, class_evaluation for the class), else of the newest
 * template of that kind, else a built-in default; numbered 1, 2 … in their order, as the
 * entry screen numbers them. Rating questions print as boxes to tick under the scale's words,
 * choices as □ options, text questions as ruled lines. A form that fits in half a page with
 * room to spare shares its page with the next such form, a dashed line to cut between them.
 *
 * Each form carries a code "QUESTIONNAIRE/SUBJECT" that says where its answers go: the last
 * eight characters of the questionnaire's id (STD-COURSE or STD-CLASS for the built-in
 * default), then S and the last eight of the session's id, or C and the last eight of the
 * class's id; upper case. */

/* The class form, then one course form per session in timetable order. NULL with
 * PX_DATABASE_ERROR_NOT_FOUND for an unknown class. (transfer full) */
PxEvaluationForm *px_evaluation_form_new_for_class   (PxDatabase   *db,
                                                      const char   *class_id,
                                                      GError      **error);
/* One session's course form. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown session.
 * (transfer full) */
PxEvaluationForm *px_evaluation_form_new_for_session (PxDatabase   *db,
                                                      const char   *session_id,
                                                      GError      **error);
/* The course forms of the class's sessions on date (YYYY-MM-DD), only those in slot
 * (morning, afternoon, evening) unless it is NULL. NULL with PX_DATABASE_ERROR_NOT_FOUND for
 * an unknown class, PX_RENDER_ERROR_EMPTY when no session is then. (transfer full) */
PxEvaluationForm *px_evaluation_form_new_for_day     (PxDatabase   *db,
                                                      const char   *class_id,
                                                      const char   *date,
                                                      const char   *slot,
                                                      GError      **error);

const PxPage     *px_evaluation_form_get_page        (PxEvaluationForm *self);
guint             px_evaluation_form_get_n_forms     (PxEvaluationForm *self);
/* The code printed on form index (see above). */
const char       *px_evaluation_form_get_form_code   (PxEvaluationForm *self,
                                                      guint             index);

G_END_DECLS
