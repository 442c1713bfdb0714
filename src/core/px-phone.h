/* px-phone.h: telephone numbers as registrars type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_PHONE_ERROR (px_phone_error_quark ())

typedef enum
{
  PX_PHONE_ERROR_INVALID,
} PxPhoneError;

GQuark    px_phone_error_quark  (void);

/* Normalises a mainland mobile number (11 digits, 1[3-9]…; +86/0086 and separators dropped) or
 * a landline (area code 0xx(x)-number[-extension]). Returns NULL with an error for anything else;
 * "" stays "". */
char     *px_phone_normalize    (const char  *text,
                                 GError     **error);
gboolean  px_phone_is_mobile    (const char  *normalized);

G_END_DECLS
