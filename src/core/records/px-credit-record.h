/* px-credit-record.h: 学时记录, hours a cadre earned in a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *cadre_id;
  gint64 year;     /* unset until given */
  char *source;    /* class / online / other */
  double hours;    /* unset until given */
  char *class_id;  /* when source is class */
  char *note;
} PxCreditRecord;

PX_DECLARE_RECORD (PxCreditRecord, px_credit_record)

G_END_DECLS
