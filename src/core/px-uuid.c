/* px-uuid.c: record keys and timestamps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-uuid"

#include "config.h"

#include <string.h>

#include "px-uuid.h"

static const char hex[] = "0123456789abcdef";

void
px_uuid_generate (char out[37])
{
  static GMutex lock;
  static gint64 last_ms;
  static guint16 counter;
  guint8 bytes[16];
  gint64 ms = g_get_real_time () / 1000;
  guint32 r1 = g_random_int ();
  guint32 r2 = g_random_int ();
  guint32 r3 = g_random_int ();
  guint16 seq;
  guint o = 0;

  /* Within one millisecond a 12-bit counter keeps keys increasing (RFC 9562, method 1). */
  g_mutex_lock (&lock);
  if (ms <= last_ms)
    {
      ms = last_ms;
      counter++;
      if (counter > 0x0fff)
        {
          ms = ++last_ms;
          counter = 0;
        }
    }
  else
    {
      last_ms = ms;
      counter = r3 & 0x03ff;   /* leave headroom to count up */
    }
  seq = counter;
  g_mutex_unlock (&lock);

  for (int i = 0; i < 6; i++)
    bytes[i] = (guint8) (ms >> (40 - 8 * i));
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | ((r1 >> 24) & 0x3f);
  bytes[9] = (r1 >> 16) & 0xff;
  bytes[10] = (r1 >> 8) & 0xff;
  bytes[11] = r1 & 0xff;
  memcpy (bytes + 12, &r2, 4);

  for (int i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[o++] = '-';
      out[o++] = hex[bytes[i] >> 4];
      out[o++] = hex[bytes[i] & 0x0f];
    }
  out[o] = '\0';
}

char *
px_uuid_new (void)
{
  char buf[37];

  px_uuid_generate (buf);
  return g_strdup (buf);
}

void
px_timestamp_format (gint64 unix_usec,
                     char   out[25])
{
  /* Bulk writes stamp thousands of rows a second: keep the formatted second and only write the
   * milliseconds anew. */
  static GMutex lock;
  static gint64 cached_second = G_MININT64;
  static char cached[21];
  gint64 second = unix_usec / G_USEC_PER_SEC;
  int ms = (int) ((unix_usec % G_USEC_PER_SEC) / 1000);

  g_mutex_lock (&lock);
  if (second != cached_second)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (second);

      g_snprintf (cached, sizeof cached, "%04d-%02d-%02dT%02d:%02d:%02d.",
                  g_date_time_get_year (dt), g_date_time_get_month (dt),
                  g_date_time_get_day_of_month (dt), g_date_time_get_hour (dt),
                  g_date_time_get_minute (dt), g_date_time_get_second (dt));
      cached_second = second;
    }
  memcpy (out, cached, 20);
  g_mutex_unlock (&lock);
  out[20] = '0' + ms / 100;
  out[21] = '0' + (ms / 10) % 10;
  out[22] = '0' + ms % 10;
  out[23] = 'Z';
  out[24] = '\0';
}

char *
px_timestamp_now (void)
{
  char buf[25];

  px_timestamp_format (g_get_real_time (), buf);
  return g_strdup (buf);
}
