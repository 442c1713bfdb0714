/* px-phone.c: telephone numbers as registrars type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-phone"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-phone.h"

G_DEFINE_QUARK (px-phone-error-quark, px_phone_error)

gboolean
px_phone_is_mobile (const char *normalized)
{
  return normalized != NULL && strlen (normalized) == 11 && normalized[0] == '1'
         && normalized[1] >= '3' && normalized[1] <= '9'
         && strspn (normalized, "0123456789") == 11;
}

char *
px_phone_normalize (const char  *text,
                    GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) dashed = g_string_new (NULL);
  const char *p;

  if (text == NULL)
    return g_strdup ("");
  if (px_phone_is_mobile (text))
    return g_strdup (text);

  /* Keep digits; remember where a separator stood for landlines (010-12345678-123). */
  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      if (c >= '0' && c <= '9')
        {
          g_string_append_c (digits, (char) c);
          g_string_append_c (dashed, (char) c);
        }
      else if (c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == '(' || c == ')'
               || c == 0xFF08 || c == 0xFF09)
        {
          if (dashed->len > 0 && dashed->str[dashed->len - 1] != '-')
            g_string_append_c (dashed, '-');
        }
      else if (c == '+' && digits->len == 0)
        continue;
      else if (g_unichar_isspace (c) || c == 0x3000 || c == '\'' || c == '.')
        continue;
      else
        goto invalid;
    }
  if (digits->len == 0)
    return g_strdup ("");
  if (g_str_has_prefix (digits->str, "0086"))
    g_string_erase (digits, 0, 4);
  else if (g_str_has_prefix (digits->str, "86") && digits->len == 13)
    g_string_erase (digits, 0, 2);

  if (px_phone_is_mobile (digits->str))
    return g_strdup (digits->str);

  /* Landline: 0 + 2-3 digit area code, 7-8 digit number, optional extension. */
  if (digits->str[0] == '0' && digits->len >= 10 && digits->len <= 16)
    {
      while (dashed->len > 0 && dashed->str[dashed->len - 1] == '-')
        g_string_truncate (dashed, dashed->len - 1);
      if (strchr (dashed->str, '-') != NULL)
        return g_strdup (dashed->str);
      if (digits->len <= 12)
        {
          /* no separator given: split after the area code (3 digits for 01x/02x) */
          guint area = (digits->str[1] == '1' || digits->str[1] == '2') ? 3 : 4;

          return g_strdup_printf ("%.*s-%s", area, digits->str, digits->str + area);
        }
    }

invalid:
  g_set_error (error, PX_PHONE_ERROR, PX_PHONE_ERROR_INVALID,
               _("“%s” is not a telephone number: a mobile number has 11 digits starting with "
                 "13–19, a landline starts with its area code (e.g. 010-12345678)."), text);
  return NULL;
}
