/* px-course-pane.c: 课程 and 案例, the course catalogue and the case library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-course-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-case-study.h"
#include "px-course.h"
#include "px-format.h"
#include "px-list-pane.h"
#include "px-master-import.h"
#include "px-panes.h"
#include "px-teaching-method.h"

static char *
method_text (PxListPane    *pane,
             gconstpointer  record)
{
  const PxTeachingMethod *method = px_teaching_method_lookup (((const PxCourse *) record)->method);

  return g_strdup (method != NULL ? _(method->label) : ((const PxCourse *) record)->method);
}

static char *
hours_text (PxListPane    *pane,
            gconstpointer  record)
{
  return px_format_hours (((const PxCourse *) record)->hours);
}

static char *
local_text (PxListPane    *pane,
            gconstpointer  record)
{
  return g_strdup (((const PxCourse *) record)->is_local ? _("Yes") : "");
}

static char *
case_local_text (PxListPane    *pane,
                 gconstpointer  record)
{
  return g_strdup (((const PxCaseStudy *) record)->is_local ? _("Yes") : "");
}

static char *
competencies_text (PxListPane    *pane,
                   gconstpointer  record)
{
  return px_link_describe (px_list_pane_get_database (pane), &px_course_competency_link,
                           ((const PxRecord *) record)->id);
}

static char *
teachers_text (PxListPane    *pane,
               gconstpointer  record)
{
  return px_link_describe (px_list_pane_get_database (pane), &px_course_teacher_link,
                           ((const PxRecord *) record)->id);
}

static const PxColumnSpec course_columns[] = {
  { N_("Title"), "title", NULL, "title", 0 },
  { N_("Category"), "category", NULL, "category", 110 },
  { N_("Method"), NULL, method_text, "method", 100 },
  { N_("Hours"), NULL, hours_text, "hours", 56, TRUE },
  { N_("Quality tier"), "quality_tier", NULL, "quality_tier", 90 },
  { N_("Local specialty"), NULL, local_text, "is_local", 70 },
  { N_("Competencies"), NULL, competencies_text, NULL, 160 },
  { N_("Course teachers"), NULL, teachers_text, NULL, 120 },
};

static PxFilterSpec course_filters[] = {
  { N_("All categories"), "category", PX_FILTER_DISTINCT },
  { N_("All methods"), "method", PX_FILTER_CHOICES },
  { N_("All quality tiers"), "quality_tier", PX_FILTER_DISTINCT },
  { N_("Local or not"), "is_local", PX_FILTER_YES_NO },
  { N_("All competencies"), "competency", PX_FILTER_LINK, NULL, &px_course_competency_link },
};

static PxEditSpec course_edits[] = {
  { N_("Course"), "title", NULL, PX_EDIT_TEXT },
  { NULL, "category", NULL, PX_EDIT_TEXT },
  { NULL, "method", NULL, PX_EDIT_CHOICE },
  { NULL, "hours", NULL, PX_EDIT_TEXT },
  { NULL, "quality_tier", NULL, PX_EDIT_TEXT },
  { NULL, "is_local", NULL, PX_EDIT_BOOL },
  { N_("What It Builds and Who Teaches It"), NULL, N_("Competencies"), PX_EDIT_LINKS, NULL,
    &px_course_competency_link },
  { NULL, NULL, N_("Course teachers"), PX_EDIT_LINKS, NULL, &px_course_teacher_link },
  { N_("Description"), "description", NULL, PX_EDIT_MULTILINE },
};

static const PxPaneSpec course_spec = {
  .name = "courses",
  .title = N_("Courses"),
  .icon_name = "accessories-dictionary-symbolic",
  .entity = &px_course_entity,
  .columns = course_columns,
  .n_columns = G_N_ELEMENTS (course_columns),
  .filters = course_filters,
  .n_filters = G_N_ELEMENTS (course_filters),
  .edits = course_edits,
  .n_edits = G_N_ELEMENTS (course_edits),
  .search_placeholder = N_("Search by title or category"),
  .count_singular = N_("%u course"),
  .count_plural = N_("%u courses"),
  .empty_title = N_("No Courses Yet"),
  .empty_description = N_("Build the catalogue: each course with its teaching method, hours, "
                          "quality tier and the competencies it builds."),
  .default_sort = "title",
  .title_field = "title",
  .sheet_kind = PX_MASTER_COURSES,
};

/* The case library */

static const PxLinkSpec case_course = {
  NULL, NULL, NULL, "course", "title", "title",
};

static const PxLinkSpec case_competency = {
  NULL, NULL, NULL, "competency", "name", "kind, sort_order, name",
};

static const PxColumnSpec case_columns[] = {
  { N_("Title"), "title", NULL, "title", 0 },
  { N_("Region"), "region", NULL, "region", 120 },
  { N_("Quality tier"), "quality_tier", NULL, "quality_tier", 90 },
  { N_("Local specialty"), NULL, case_local_text, "is_local", 70 },
  { N_("Summary"), "summary", NULL, NULL, 0 },
};

static const PxFilterSpec case_filters[] = {
  { N_("All regions"), "region", PX_FILTER_DISTINCT },
  { N_("All quality tiers"), "quality_tier", PX_FILTER_DISTINCT },
  { N_("Local or not"), "is_local", PX_FILTER_YES_NO },
  { N_("All competencies"), "competency_id", PX_FILTER_LINK, NULL, &case_competency },
};

static const PxEditSpec case_edits[] = {
  { N_("Case"), "title", NULL, PX_EDIT_TEXT },
  { NULL, "region", NULL, PX_EDIT_TEXT },
  { NULL, "quality_tier", NULL, PX_EDIT_TEXT },
  { NULL, "is_local", NULL, PX_EDIT_BOOL },
  { NULL, "course_id", NULL, PX_EDIT_REFERENCE, NULL, &case_course },
  { NULL, "competency_id", NULL, PX_EDIT_REFERENCE, NULL, &case_competency },
  { N_("Summary"), "summary", NULL, PX_EDIT_MULTILINE },
};

static const PxPaneSpec case_spec = {
  .name = "cases",
  .title = N_("Case Library"),
  .icon_name = "folder-documents-symbolic",
  .entity = &px_case_study_entity,
  .columns = case_columns,
  .n_columns = G_N_ELEMENTS (case_columns),
  .filters = case_filters,
  .n_filters = G_N_ELEMENTS (case_filters),
  .edits = case_edits,
  .n_edits = G_N_ELEMENTS (case_edits),
  .search_placeholder = N_("Search by title, region or summary"),
  .count_singular = N_("%u case"),
  .count_plural = N_("%u cases"),
  .empty_title = N_("No Cases Yet"),
  .empty_description = N_("Collect the local cases teachers use in class, each tied to a "
                          "course and a competency."),
  .default_sort = "title",
  .title_field = "title",
  .sheet_kind = -1,
};

static const PxChoice *
method_choices (void)
{
  const PxTeachingMethod *methods = px_teaching_methods ();
  guint n = 0;
  PxChoice *choices;

  while (methods[n].key != NULL)
    n++;
  choices = g_new0 (PxChoice, n + 1);   /* lives as long as the program */
  for (guint i = 0; i < n; i++)
    {
      choices[i].key = methods[i].key;
      choices[i].label = methods[i].label;
    }
  return choices;
}

const PxPaneSpec *
px_course_pane_get_spec (void)
{
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      const PxChoice *methods = method_choices ();

      course_filters[1].choices = methods;
      course_edits[2].choices = methods;
      g_once_init_leave (&ready, 1);
    }
  return &course_spec;
}

const PxPaneSpec *
px_case_study_pane_get_spec (void)
{
  return &case_spec;
}
