/* px-id-number.h: citizen ID numbers (公民身份号码, GB 11643-1999)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_ID_NUMBER_ERROR (px_id_number_error_quark ())

typedef enum
{
  PX_ID_NUMBER_ERROR_EMPTY,
  PX_ID_NUMBER_ERROR_SCIENTIFIC,   /* a spreadsheet turned it into 1.10101E+17 */
  PX_ID_NUMBER_ERROR_LENGTH,
  PX_ID_NUMBER_ERROR_CHARACTERS,
  PX_ID_NUMBER_ERROR_REGION,
  PX_ID_NUMBER_ERROR_BIRTH_DATE,
  PX_ID_NUMBER_ERROR_CHECK_DIGIT,
} PxIdNumberError;

GQuark    px_id_number_error_quark    (void);

/* Cleans what spreadsheets do to IDs (spaces, full-width digits and X, a leading apostrophe,
 * lower-case x, a trailing ".0") and returns the 18-character form. It does not validate. */
char     *px_id_number_normalize      (const char   *text);

/* Validates an 18-digit ID: region, birth date (not in the future), ISO 7064 MOD 11-2 check
 * digit. The message says what is wrong in words a registrar understands. */
gboolean  px_id_number_validate       (const char   *id,
                                       GError      **error);

/* The check character (0-9 or X) for the first 17 digits. */
char      px_id_number_check_char     (const char   *first17);

/* From a valid ID: birth date as YYYY-MM-DD (newly allocated), and gender "男"/"女". */
char       *px_id_number_birth_date   (const char   *id);
const char *px_id_number_gender       (const char   *id);

G_END_DECLS
