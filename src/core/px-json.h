/* px-json.h: writing JSON for scripts and the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends value as a JSON string literal (UTF-8 kept as is), or null when value is NULL. */
void  px_json_append_string  (GString    *out,
                              const char *value);
/* Appends a number the way JSON wants it (no locale, no trailing zeros), or null for NaN. */
void  px_json_append_number  (GString    *out,
                              double      value);
/* Appends "key": for an object member; adds the comma before all but the first. */
void  px_json_append_key     (GString    *out,
                              const char *key);

G_END_DECLS
