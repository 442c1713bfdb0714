/* px-panes.c: what the master-data panes share: link tables and choice lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-panes"

#include "px-panes.h"
#include "px-base-theme.h"
#include "px-course-competency.h"
#include "px-course-teacher.h"
#include "px-plan-item-competency.h"
#include "px-teacher-competency.h"

/* Orders name columns of the target only: no link table has a column of those names. */
const PxLinkSpec px_teacher_competency_link = {
  &px_teacher_competency_entity, "teacher_id", "competency_id", "competency", "name",
  "kind, sort_order, name",
};

const PxLinkSpec px_base_theme_link = {
  &px_base_theme_entity, "base_id", "competency_id", "competency", "name",
  "kind, sort_order, name",
};

const PxLinkSpec px_course_competency_link = {
  &px_course_competency_entity, "course_id", "competency_id", "competency", "name",
  "kind, sort_order, name",
};

const PxLinkSpec px_course_teacher_link = {
  &px_course_teacher_entity, "course_id", "teacher_id", "teacher", "name", "name",
};

const PxLinkSpec px_plan_item_competency_link = {
  &px_plan_item_competency_entity, "plan_item_id", "competency_id", "competency", "name",
  "kind, sort_order, name",
};

const PxChoice *
px_panes_choices_from_list (const char * const *values)
{
  guint n = values != NULL ? g_strv_length ((GStrv) values) : 0;
  PxChoice *choices = g_new0 (PxChoice, n + 1);   /* lives as long as the program */

  for (guint i = 0; i < n; i++)
    {
      choices[i].key = values[i];
      choices[i].label = values[i];
    }
  return choices;
}
