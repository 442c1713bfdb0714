/* px-date.h: dates as spreadsheets and registrars write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PX_DATE_PRECISION_NONE,
  PX_DATE_PRECISION_YEAR,
  PX_DATE_PRECISION_MONTH,
  PX_DATE_PRECISION_DAY,
} PxDatePrecision;

typedef struct
{
  int year;
  int month;   /* 0 when precision is YEAR */
  int day;     /* 0 when precision is below DAY */
  PxDatePrecision precision;
} PxLooseDate;

/* Reads 1985-03-12, 1985/3/12, 1985.3.12, 1985.03, 1985-3, 1985年3月, 1985年3月12日, 19850312,
 * 198503 and such, with a time part ignored. Returns FALSE for anything that is no real date. */
gboolean  px_date_parse_loose   (const char   *text,
                                 PxLooseDate  *date);

/* YYYY-MM-DD, or YYYY-MM / YYYY for the lower precisions. */
char     *px_loose_date_format  (const PxLooseDate *date);

/* Whether text is an ISO date YYYY-MM-DD that exists. */
gboolean  px_date_is_iso        (const char   *text);

/* 2026年11月24日 for an ISO date; a copy of text when it is not one. */
char     *px_date_format_chinese (const char  *iso);

G_END_DECLS
