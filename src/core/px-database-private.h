/* px-database-private.h: for tests of the migration path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* Opens and migrates only up to version (for tests that make an older database). */
PxDatabase *_px_database_open_at_version (const char  *path,
                                          guint        version,
                                          GError     **error);

G_END_DECLS
