/* px-verify-dialog.h: 证书验证, a certificate checked by its number, its verification code or
 * the text of its QR code, against this school's register and key, or another school's key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_VERIFY_DIALOG (px_verify_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PxVerifyDialog, px_verify_dialog, PX, VERIFY_DIALOG, AdwWindow)

/* What the last check found. */
typedef enum
{
  PX_VERIFY_RESULT_NONE,         /* nothing checked yet, or the check could not be made */
  PX_VERIFY_RESULT_VALID,        /* issued here and not revoked (a scanned code's signature
                                  * checked as well) */
  PX_VERIFY_RESULT_REVOKED,      /* issued here and revoked */
  PX_VERIFY_RESULT_UNKNOWN,      /* no certificate here has this number or code */
  PX_VERIFY_RESULT_ALTERED,      /* a scanned code whose signature fails, or that is not whole */
  PX_VERIFY_RESULT_GENUINE,      /* a scanned code signed by the key and unaltered, with no
                                  * record here: another school's key, or a certificate this
                                  * copy of the database does not hold */
  PX_VERIFY_RESULT_INVALID_KEY,  /* the other school's key given is no public key */
} PxVerifyResult;

PxVerifyDialog *px_verify_dialog_new        (GtkWindow      *parent,
                                             PxDatabase     *db);
/* Puts text in the entry and checks it, as typing it and pressing Enter does. */
void            px_verify_dialog_check      (PxVerifyDialog *self,
                                             const char     *text);
/* Sets the other school's public key (NULL or "": this school's) and shows it. */
void            px_verify_dialog_set_key    (PxVerifyDialog *self,
                                             const char     *public_key);
PxVerifyResult  px_verify_dialog_get_result (PxVerifyDialog *self);

G_END_DECLS
