/* px-teacher-pane.c: 师资, the full-time and part-time teachers of the pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-teacher-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-format.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-course.h"
#include "px-course-teacher.h"
#include "px-master-import.h"
#include "px-teacher.h"

static const PxChoice employments[] = {
  { "full_time", N_("Full-time") },
  { "part_time", N_("Part-time") },
  { NULL }
};

static const PxChoice genders[] = {
  { "男", N_("Male") },
  { "女", N_("Female") },
  { NULL }
};

static char *
employment_text (PxListPane    *pane,
                 gconstpointer  record)
{
  const char *employment = ((const PxTeacher *) record)->employment;

  for (const PxChoice *c = employments; c->key != NULL; c++)
    if (g_strcmp0 (c->key, employment) == 0)
      return g_strdup (_(c->label));
  return g_strdup (employment ?: "");
}

static char *
dual_text (PxListPane    *pane,
           gconstpointer  record)
{
  return g_strdup (((const PxTeacher *) record)->dual_qualified ? _("Yes") : "");
}

static char *
specialties_text (PxListPane    *pane,
                  gconstpointer  record)
{
  return px_link_describe (px_list_pane_get_database (pane), &px_teacher_competency_link,
                           ((const PxRecord *) record)->id);
}

static char *
phone_text (PxListPane    *pane,
            gconstpointer  record)
{
  const char *phone = ((const PxTeacher *) record)->phone;

  return px_list_pane_get_revealed (pane) ? g_strdup (phone ?: "")
                                          : px_format_mask_phone (phone);
}

/* The courses the teacher teaches, from the course catalogue. */
static void
add_courses (PxListPane    *pane,
             GtkWidget     *box,
             gconstpointer  record)
{
  PxDatabase *db = px_list_pane_get_database (pane);
  const PxLinkSpec courses_of_teacher = {
    &px_course_teacher_entity, "teacher_id", "course_id", "course", "title", "title",
  };
  g_auto(GStrv) ids = px_link_get_targets (db, &courses_of_teacher,
                                           ((const PxRecord *) record)->id, NULL);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Courses Taught"));
  if (ids == NULL || ids[0] == NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("No course in the catalogue names this teacher "
                                             "yet. Add the teacher on the course."));
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(PxCourse) course = px_course_get (db, ids[i], NULL);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *hours = NULL;
      g_autofree char *subtitle = NULL;

      if (course == NULL)
        continue;
      hours = px_format_hours (course->hours);
      subtitle = g_strdup_printf (_("%s hours"), hours);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), course->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);
}

static const PxColumnSpec columns[] = {
  { N_("Name"), "name", NULL, "name", 100 },
  { N_("Employment"), NULL, employment_text, "employment", 90 },
  { N_("Source"), "source", NULL, "source", 120 },
  { N_("Unit"), "unit", NULL, "unit", 0 },
  { N_("Professional title"), "title", NULL, "title", 110 },
  { N_("Tier"), "tier", NULL, "tier", 100 },
  { N_("Dual-qualified"), NULL, dual_text, "dual_qualified", 70 },
  { N_("Specialties"), NULL, specialties_text, NULL, 0 },
  { N_("Telephone"), NULL, phone_text, "phone", 120 },
};

static const PxFilterSpec filters[] = {
  { N_("Full- and part-time"), "employment", PX_FILTER_CHOICES, employments },
  { N_("All sources"), "source", PX_FILTER_DISTINCT },
  { N_("All tiers"), "tier", PX_FILTER_DISTINCT },
  { N_("All specialties"), "competency", PX_FILTER_LINK, NULL, &px_teacher_competency_link },
};

static const PxEditSpec edits[] = {
  { N_("Teacher"), "name", NULL, PX_EDIT_TEXT },
  { NULL, "gender", NULL, PX_EDIT_CHOICE, genders },
  { NULL, "employment", NULL, PX_EDIT_CHOICE, employments },
  { NULL, "source", NULL, PX_EDIT_TEXT },
  { NULL, "unit", NULL, PX_EDIT_TEXT },
  { NULL, "title", NULL, PX_EDIT_TEXT },
  { NULL, "tier", NULL, PX_EDIT_TEXT },
  { NULL, "dual_qualified", NULL, PX_EDIT_BOOL },
  { NULL, "phone", NULL, PX_EDIT_TEXT },
  { N_("Teaching"), NULL, N_("Specialties"), PX_EDIT_LINKS, NULL, &px_teacher_competency_link },
  { NULL, "note", NULL, PX_EDIT_MULTILINE },
};

static const PxPaneSpec spec = {
  .name = "teachers",
  .title = N_("Teachers"),
  .icon_name = "avatar-default-symbolic",
  .entity = &px_teacher_entity,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .edits = edits,
  .n_edits = G_N_ELEMENTS (edits),
  .search_placeholder = N_("Search by name, unit, title or phone"),
  .count_singular = N_("%u teacher"),
  .count_plural = N_("%u teachers"),
  .empty_title = N_("No Teachers Yet"),
  .empty_description = N_("Build the teacher pool: full-time teachers of the school and "
                          "part-time teachers from departments, universities and the grass "
                          "roots."),
  .default_sort = "name",
  .title_field = "name",
  .sheet_kind = PX_MASTER_TEACHERS,
  .add_details = add_courses,
};

const PxPaneSpec *
px_teacher_pane_get_spec (void)
{
  return &spec;
}
