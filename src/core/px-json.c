/* px-json.c: writing JSON for scripts and the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-json"

#include "config.h"

#include <math.h>

#include "px-json.h"

void
px_json_append_string (GString    *out,
                       const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

void
px_json_append_number (GString *out,
                       double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    g_string_append (out, "null");
  else if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (out, "%.0f", value);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.15g", value));
}

void
px_json_append_key (GString    *out,
                    const char *key)
{
  char last = out->len > 0 ? out->str[out->len - 1] : '\0';

  if (last != '{' && last != '[' && last != '\0')
    g_string_append_c (out, ',');
  px_json_append_string (out, key);
  g_string_append_c (out, ':');
}
