/* px-teaching-method.h: how a session is taught (讲授, 研讨, 案例 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Methods are stored by these keys; labels are what users see (Chinese through gettext). */
typedef struct
{
  const char *key;
  const char *label;        /* N_() marked English */
  const char *chinese;      /* the name on Chinese timetables, also accepted on import */
  gboolean interactive;     /* anything but one-way lecturing */
  gboolean practice;        /* practice rather than theory (现场, 体验, 模拟, 行动学习) */
} PxTeachingMethod;

/* lecture, seminar, case, field, simulation, experiential, interview, structured_seminar,
 * action_learning, online; NULL-key terminated. */
const PxTeachingMethod *px_teaching_methods          (void);
const PxTeachingMethod *px_teaching_method_lookup    (const char *key);
/* From a key, the Chinese name, or a common spelling (讲座 → lecture, 现场 → field). */
const PxTeachingMethod *px_teaching_method_parse     (const char *text);

G_END_DECLS
