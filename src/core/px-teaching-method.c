/* px-teaching-method.c: how a session is taught (讲授, 研讨, 案例 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-teaching-method"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-teaching-method.h"

static const PxTeachingMethod methods[] = {
  { "lecture", N_("Lecture"), "讲授式", FALSE, FALSE },
  { "seminar", N_("Seminar"), "研讨式", TRUE, FALSE },
  { "case", N_("Case study"), "案例式", TRUE, FALSE },
  { "structured_seminar", N_("Structured seminar"), "结构化研讨", TRUE, FALSE },
  { "field", N_("Field teaching"), "现场教学", TRUE, TRUE },
  { "simulation", N_("Scenario simulation"), "情景模拟", TRUE, TRUE },
  { "experiential", N_("Experiential"), "体验式", TRUE, TRUE },
  { "interview", N_("Interview"), "访谈式", TRUE, FALSE },
  { "action_learning", N_("Action learning"), "行动学习", TRUE, TRUE },
  { "online", N_("Online"), "线上学习", FALSE, FALSE },
  { NULL, NULL, NULL, FALSE, FALSE },
};

static const struct
{
  const char *spelling;
  const char *key;
} spellings[] = {
  { "讲授", "lecture" }, { "讲座", "lecture" }, { "专题讲座", "lecture" }, { "授课", "lecture" },
  { "专题辅导", "lecture" }, { "研讨", "seminar" }, { "专题研讨", "seminar" },
  { "研讨交流", "seminar" }, { "案例", "case" }, { "案例教学", "case" }, { "案例分析", "case" },
  { "结构化", "structured_seminar" }, { "现场", "field" }, { "现场教学", "field" },
  { "实地考察", "field" }, { "情景", "simulation" }, { "模拟", "simulation" },
  { "情景模拟教学", "simulation" }, { "体验", "experiential" }, { "体验式教学", "experiential" },
  { "访谈", "interview" }, { "访谈教学", "interview" }, { "行动学习法", "action_learning" },
  { "线上", "online" }, { "网络", "online" }, { "在线学习", "online" },
};

const PxTeachingMethod *
px_teaching_methods (void)
{
  return methods;
}

const PxTeachingMethod *
px_teaching_method_lookup (const char *key)
{
  if (key == NULL)
    return NULL;
  for (guint i = 0; methods[i].key != NULL; i++)
    if (g_str_equal (methods[i].key, key))
      return &methods[i];
  return NULL;
}

const PxTeachingMethod *
px_teaching_method_parse (const char *text)
{
  g_autofree char *s = NULL;
  const PxTeachingMethod *found;

  if (text == NULL)
    return NULL;
  s = g_strstrip (g_strdup (text));
  if ((found = px_teaching_method_lookup (s)) != NULL)
    return found;
  for (guint i = 0; methods[i].key != NULL; i++)
    if (g_str_equal (methods[i].chinese, s) || g_str_equal (_(methods[i].label), s))
      return &methods[i];
  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    if (g_str_equal (spellings[i].spelling, s))
      return px_teaching_method_lookup (spellings[i].key);
  return NULL;
}
