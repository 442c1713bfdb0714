/* px-format.h: values as a registrar reads them: dates, masked IDs and phones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2026-11-24" as the locale writes dates (2026年11月24日 in zh_CN); other text as it is. */
char  *px_format_date             (const char *iso_date);
/* 110101********123X: the region and the last four, which is what a person checks. */
char  *px_format_mask_citizen_id  (const char *citizen_id);
/* 138****5678 */
char  *px_format_mask_phone       (const char *phone);
/* Hours without needless decimals: 3, 1.5 */
char  *px_format_hours            (double      hours);

G_END_DECLS
