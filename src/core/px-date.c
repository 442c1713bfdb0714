/* px-date.c: dates as spreadsheets and registrars write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-date"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "px-date.h"

/* Reads up to max_digits ASCII digits (full-width ones folded by the caller). */
static const char *
read_number (const char *p,
             int         max_digits,
             int        *value,
             int        *n_digits)
{
  int v = 0, n = 0;

  while (n < max_digits && g_ascii_isdigit (*p))
    {
      v = v * 10 + (*p - '0');
      p++;
      n++;
    }
  *value = v;
  *n_digits = n;
  return p;
}

/* Folds full-width digits and separators to ASCII so one parser serves all spellings. */
static char *
fold_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char) ('0' + c - 0xFF10));
      else if (c == 0x5E74 || c == 0x6708)           /* 年 月 */
        g_string_append_c (out, '-');
      else if (c == 0x65E5 || c == 0x53F7)           /* 日 号 */
        continue;
      else if (c == '/' || c == '.' || c == 0xFF0F || c == 0xFF0E || c == 0x3002 || c == 0xFF0D)
        g_string_append_c (out, '-');
      else if (c == ' ' || c == 'T' || c == 0x3000)
        {
          /* a time part follows (1985-03-12 00:00:00) */
          if (out->len > 0)
            break;
        }
      else
        g_string_append_unichar (out, c);
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

gboolean
px_date_parse_loose (const char  *text,
                     PxLooseDate *date)
{
  g_autofree char *folded = NULL;
  const char *p;
  int year = 0, month = 0, day = 0, n = 0;

  g_return_val_if_fail (date != NULL, FALSE);
  memset (date, 0, sizeof *date);
  if (text == NULL)
    return FALSE;
  if (px_date_is_iso (text) && atoi (text) >= 1800 && atoi (text) <= 2200)
    {
      /* the common case, and what every export writes */
      date->year = atoi (text);
      date->month = atoi (text + 5);
      date->day = atoi (text + 8);
      date->precision = PX_DATE_PRECISION_DAY;
      return TRUE;
    }

  folded = fold_text (text);
  p = folded;

  if (strspn (p, "0123456789") == strlen (p))
    {
      gsize len = strlen (p);

      /* An Excel serial day number that lost its date format (31118 = 1985-03-12) */
      if (len == 5)
        {
          g_autoptr(GDate) d = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

          g_date_add_days (d, atoi (p));
          date->year = g_date_get_year (d);
          date->month = g_date_get_month (d);
          date->day = g_date_get_day (d);
          date->precision = PX_DATE_PRECISION_DAY;
          return TRUE;
        }
      /* 19850312, 198503, 1985 */
      if (len != 8 && len != 6 && len != 4)
        return FALSE;
      p = read_number (p, 4, &year, &n);
      if (len >= 6)
        p = read_number (p, 2, &month, &n);
      if (len == 8)
        read_number (p, 2, &day, &n);
    }
  else
    {
      p = read_number (p, 4, &year, &n);
      if (n != 4)
        return FALSE;
      if (*p == '-')
        {
          p = read_number (p + 1, 2, &month, &n);
          if (n == 0)
            return FALSE;
          if (*p == '-')
            {
              p = read_number (p + 1, 2, &day, &n);
              if (n == 0)
                return FALSE;
            }
        }
      if (*p != '\0')
        return FALSE;
    }

  if (year < 1800 || year > 2200)
    return FALSE;
  if (month != 0 && (month < 1 || month > 12))
    return FALSE;
  if (day != 0 && !g_date_valid_dmy (day, month, year))
    return FALSE;

  date->year = year;
  date->month = month;
  date->day = day;
  date->precision = day ? PX_DATE_PRECISION_DAY
                        : month ? PX_DATE_PRECISION_MONTH : PX_DATE_PRECISION_YEAR;
  return TRUE;
}

char *
px_loose_date_format (const PxLooseDate *date)
{
  switch (date->precision)
    {
    case PX_DATE_PRECISION_DAY:
      {
        char buf[11];

        buf[0] = '0' + (date->year / 1000) % 10;
        buf[1] = '0' + (date->year / 100) % 10;
        buf[2] = '0' + (date->year / 10) % 10;
        buf[3] = '0' + date->year % 10;
        buf[4] = '-';
        buf[5] = '0' + date->month / 10;
        buf[6] = '0' + date->month % 10;
        buf[7] = '-';
        buf[8] = '0' + date->day / 10;
        buf[9] = '0' + date->day % 10;
        buf[10] = '\0';
        return g_strdup (buf);
      }
    case PX_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case PX_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case PX_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }
}

gboolean
px_date_is_iso (const char *text)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  return g_date_valid_dmy (d, m, y);
}

char *
px_date_format_chinese (const char *iso)
{
  if (!px_date_is_iso (iso))
    return g_strdup (iso);
  return g_strdup_printf ("%d年%d月%d日", atoi (iso), atoi (iso + 5), atoi (iso + 8));
}
