/* px-signin-sheet.h: 签到表, a sheet per session on which the trainees sign as they arrive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_SIGNIN_SHEET (px_signin_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PxSigninSheet, px_signin_sheet, PX, SIGNIN_SHEET, PxDocument)

/* A sheet for each of the class's sessions (or those on date, YYYY-MM-DD, when not NULL), each
 * starting a new A4 portrait page: class, date and weekday, slot and times, course, teacher and
 * place in its heading, then the enrolled trainees with a blank signature column tall enough
 * to sign in. A session with more trainees than a page holds goes on over further pages, the
 * heading repeated. NULL with PX_DATABASE_ERROR_NOT_FOUND when there is no such class,
 * PX_RENDER_ERROR_EMPTY when it has no trainees, no sessions, or none on date.
 * (transfer full) */
PxSigninSheet *px_signin_sheet_new            (PxDatabase    *db,
                                               const char    *class_id,
                                               const char    *date,
                                               GError       **error);

const PxPage  *px_signin_sheet_get_page       (PxSigninSheet *sheet);
/* The sessions it has sheets for. */
guint          px_signin_sheet_get_n_sessions (PxSigninSheet *sheet);

G_END_DECLS
