/* px-format.c: values as a registrar reads them: dates, masked IDs and phones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-format"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "px-format.h"

char *
px_format_date (const char *iso_date)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (iso_date == NULL)
    return g_strdup ("");
  if (sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || (date = g_date_time_new_utc (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso_date);
  /* TRANSLATORS: a date as strftime writes it; zh_CN: "%Y年%-m月%-d日" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static char *
mask_middle (const char *text,
             guint       keep_start,
             guint       keep_end)
{
  glong length;
  GString *masked;

  if (text == NULL)
    return g_strdup ("");
  length = g_utf8_strlen (text, -1);
  if (length <= (glong) (keep_start + keep_end))
    return g_strdup (text);
  masked = g_string_new (NULL);
  g_string_append_len (masked, text, g_utf8_offset_to_pointer (text, keep_start) - text);
  for (glong i = keep_start; i < length - (glong) keep_end; i++)
    g_string_append_c (masked, '*');
  g_string_append (masked, g_utf8_offset_to_pointer (text, length - keep_end));
  return g_string_free (masked, FALSE);
}

char *
px_format_mask_citizen_id (const char *citizen_id)
{
  return mask_middle (citizen_id, 6, 4);
}

char *
px_format_mask_phone (const char *phone)
{
  return mask_middle (phone, 3, 4);
}

char *
px_format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (hours))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", hours));
}
