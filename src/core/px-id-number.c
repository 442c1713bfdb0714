/* px-id-number.c: citizen ID numbers (公民身份号码, GB 11643-1999)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-id-number"

#include "config.h"

#include <string.h>
#include <time.h>
#include <glib/gi18n-lib.h>

#include "px-id-number.h"

G_DEFINE_QUARK (px-id-number-error-quark, px_id_number_error)

/* ISO 7064 MOD 11-2 weights 2^(17-i) mod 11, and the check characters for each remainder. */
static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char check_chars[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

/* GB/T 2260 province codes in use (the first two digits). */
static gboolean
province_exists (int code)
{
  static const int provinces[] = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
  };

  for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
    if (provinces[i] == code)
      return TRUE;
  return FALSE;
}

char
px_id_number_check_char (const char *first17)
{
  int sum = 0;

  for (int i = 0; i < 17; i++)
    sum += (first17[i] - '0') * weights[i];
  return check_chars[sum % 11];
}

char *
px_id_number_normalize (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  /* the common case: already 18 clean characters */
  if (strlen (text) == 18 && strspn (text, "0123456789") >= 17
      && (g_ascii_isdigit (text[17]) || text[17] == 'X'))
    return g_strdup (text);

  out = g_string_sized_new (18);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)          /* full-width digits */
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF38 || c == 0xFF58)     /* full-width X, x */
        c = 'X';
      if (c == 'x')
        c = 'X';
      if (g_unichar_isspace (c) || c == 0x3000 || c == '\'' || c == 0x2018 || c == 0x2019
          || c == '\t' || c == 0xFEFF || c == 0x200B)
        continue;
      g_string_append_unichar (out, c);
    }
  /* A number cell read as text may come as "110101198503121234.0" */
  if (out->len == 20 && g_str_has_suffix (out->str, ".0"))
    g_string_truncate (out, 18);
  return g_string_free (out, FALSE);
}

static gboolean
looks_scientific (const char *id)
{
  const char *e = strpbrk (id, "Ee");

  if (e == NULL || strchr (id, '.') == NULL)
    return FALSE;
  for (const char *p = id; p < e; p++)
    if (!g_ascii_isdigit (*p) && *p != '.')
      return FALSE;
  return e[1] == '+' || g_ascii_isdigit (e[1]);
}

gboolean
px_id_number_validate (const char  *id,
                       GError     **error)
{
  g_autoptr(GDate) birth = NULL;
  g_autoptr(GDate) today = NULL;
  gsize length;
  int year, month, day;
  char expected;

  if (id == NULL || *id == '\0')
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_EMPTY,
                   _("The citizen ID number is missing."));
      return FALSE;
    }
  if (looks_scientific (id))
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_SCIENTIFIC,
                   _("The citizen ID number “%s” was turned into a number by the spreadsheet "
                     "and its last digits are lost. Format the column as text, type the "
                     "numbers again and save."), id);
      return FALSE;
    }
  length = strlen (id);
  if (length != 18)
    {
      if (length == 15 && strspn (id, "0123456789") == 15)
        g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_LENGTH,
                     _("The citizen ID number “%s” is an old 15-digit number; enter the "
                       "18-digit number."), id);
      else
        g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_LENGTH,
                     _("The citizen ID number “%s” has %u characters; it must have 18."),
                     id, (guint) g_utf8_strlen (id, -1));
      return FALSE;
    }
  if (strspn (id, "0123456789") < 17 || !(g_ascii_isdigit (id[17]) || id[17] == 'X'))
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_CHARACTERS,
                   _("The citizen ID number “%s” may only hold digits and, as its last "
                     "character, X."), id);
      return FALSE;
    }
  if (!province_exists ((id[0] - '0') * 10 + (id[1] - '0')))
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_REGION,
                   _("The citizen ID number “%s” starts with %.2s, which is no province’s "
                     "code."), id, id);
      return FALSE;
    }

  year = (id[6] - '0') * 1000 + (id[7] - '0') * 100 + (id[8] - '0') * 10 + (id[9] - '0');
  month = (id[10] - '0') * 10 + (id[11] - '0');
  day = (id[12] - '0') * 10 + (id[13] - '0');
  today = g_date_new ();
  g_date_set_time_t (today, time (NULL));
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_BIRTH_DATE,
                   _("The citizen ID number “%s” holds the birth date %.8s, which is not a "
                     "real date."), id, id + 6);
      return FALSE;
    }
  birth = g_date_new_dmy (day, month, year);
  if (g_date_compare (birth, today) > 0)
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_BIRTH_DATE,
                   _("The citizen ID number “%s” holds the birth date %.8s, which is in the "
                     "future."), id, id + 6);
      return FALSE;
    }

  expected = px_id_number_check_char (id);
  if (id[17] != expected)
    {
      g_set_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_CHECK_DIGIT,
                   _("The check digit of the citizen ID number “%s” is wrong (the last "
                     "character should be %c): a digit was probably mistyped."), id, expected);
      return FALSE;
    }
  return TRUE;
}

char *
px_id_number_birth_date (const char *id)
{
  char *date;

  g_return_val_if_fail (id != NULL && strlen (id) == 18, NULL);
  date = g_malloc (11);
  memcpy (date, id + 6, 4);
  date[4] = '-';
  memcpy (date + 5, id + 10, 2);
  date[7] = '-';
  memcpy (date + 8, id + 12, 2);
  date[10] = '\0';
  return date;
}

const char *
px_id_number_gender (const char *id)
{
  g_return_val_if_fail (id != NULL && strlen (id) == 18, NULL);
  /* the 17th digit: odd for men, even for women */
  return ((id[16] - '0') % 2 == 1) ? "男" : "女";
}
