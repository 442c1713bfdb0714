/* px-uuid.h: record keys and timestamps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A time-ordered UUID (version 7): unique across offline machines like any UUID, and new keys
 * land at the end of SQLite's B-trees, which keeps bulk inserts fast. */
char  *px_uuid_new          (void);
void   px_uuid_generate     (char out[37]);

/* Now in UTC as ISO 8601 with milliseconds, e.g. 2026-11-25T15:33:00.123Z. */
char  *px_timestamp_now     (void);
void   px_timestamp_format  (gint64  unix_usec,
                             char    out[25]);

G_END_DECLS
