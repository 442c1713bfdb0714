/* px-cadre-pane.c: 干部, the cadres a school trains
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cadre-pane"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "px-cadre.h"
#include "px-code-list.h"
#include "px-format.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-sheet-job.h"

static char *
unit_text (PxListPane    *pane,
           gconstpointer  record)
{
  return g_strdup (px_list_pane_unit_name (pane, ((const PxCadre *) record)->unit_id));
}

static char *
citizen_id_text (PxListPane    *pane,
                 gconstpointer  record)
{
  const char *id = ((const PxCadre *) record)->citizen_id;

  return px_list_pane_get_revealed (pane) ? g_strdup (id) : px_format_mask_citizen_id (id);
}

static char *
phone_text (PxListPane    *pane,
            gconstpointer  record)
{
  const char *phone = ((const PxCadre *) record)->phone;

  return px_list_pane_get_revealed (pane) ? g_strdup (phone ?: "")
                                          : px_format_mask_phone (phone);
}

static const char *
completion_label (const char *completion)
{
  if (g_strcmp0 (completion, "completed") == 0)
    return _("Completed");
  if (g_strcmp0 (completion, "not_completed") == 0)
    return _("Not completed");
  return _("In progress");
}

/* The classes the cadre took: what the annual appraisal asks for. */
static void
add_training (PxListPane    *pane,
              GtkWidget     *box,
              gconstpointer  record)
{
  const PxCadre *cadre = record;
  g_autoptr(GPtrArray) training = px_cadre_list_training (px_list_pane_get_database (pane),
                                                          cadre->base.id, NULL);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Training Record"));
  if (training == NULL || training->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Not enrolled in any class yet."));
  for (guint i = 0; training != NULL && i < training->len; i++)
    {
      PxCadreTraining *t = g_ptr_array_index (training, i);
      g_autofree char *start = px_format_date (t->start_date);
      g_autofree char *end = px_format_date (t->end_date);
      g_autofree char *hours = px_format_hours (t->credit_hours);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      g_autoptr(GString) results = g_string_new (NULL);

      /* how the trainee did: the roll-call, then the scores */
      if (t->class_hours > 0 && t->attended_hours > 0)
        g_string_append_printf (results, _(" · attended %d%%"),
                                (int) round (100 * t->attended_hours / t->class_hours));
      if (!isnan (t->exam_score))
        g_string_append_printf (results, _(" · exam %g"), t->exam_score);
      if (!isnan (t->paper_score))
        g_string_append_printf (results, _(" · paper %g"), t->paper_score);
      if (g_strcmp0 (t->status, "withdrawn") == 0)
        subtitle = g_strdup_printf (_("%s – %s · withdrawn"), start, end);
      else
        subtitle = g_strdup_printf (_("%s – %s · %s · %s hours credited"), start, end,
                                    completion_label (t->completion), hours);
      if (results->len > 0)
        {
          char *with_results = g_strconcat (subtitle, results->str, NULL);

          g_free (subtitle);
          subtitle = with_results;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);
}

static const PxColumnSpec columns[] = {
  { N_("Name"), "name", NULL, "name", 100 },
  { N_("Gender"), "gender", NULL, "gender", 64 },
  { N_("Unit"), NULL, unit_text, "unit", 0 },
  { N_("Post"), "post", NULL, "post", 0 },
  { N_("Rank"), "rank", NULL, "rank", 130 },
  { N_("Citizen ID"), NULL, citizen_id_text, "citizen_id", 180 },
  { N_("Mobile"), NULL, phone_text, "phone", 120 },
};

static const PxChoice genders[] = {
  { "男", N_("Male") },
  { "女", N_("Female") },
  { NULL }
};

static PxFilterSpec filters[] = {
  { N_("All units"), "unit_tree", PX_FILTER_UNIT },
  { N_("All ranks"), "rank", PX_FILTER_DISTINCT },
};

static PxEditSpec edits[] = {
  { N_("Person"), "name", NULL, PX_EDIT_TEXT },
  { NULL, "gender", NULL, PX_EDIT_CHOICE, genders },
  { NULL, "citizen_id", NULL, PX_EDIT_TEXT },
  { NULL, "birth_date", NULL, PX_EDIT_TEXT },
  { NULL, "ethnicity", NULL, PX_EDIT_CHOICE },
  { NULL, "political_status", NULL, PX_EDIT_CHOICE },
  { NULL, "education", NULL, PX_EDIT_CHOICE },
  { N_("Post"), "unit_id", NULL, PX_EDIT_UNIT },
  { NULL, "post", NULL, PX_EDIT_TEXT },
  { NULL, "rank", NULL, PX_EDIT_CHOICE },
  { NULL, "phone", NULL, PX_EDIT_TEXT },
  { NULL, "note", NULL, PX_EDIT_MULTILINE },
};

static PxPaneSpec spec = {
  .name = "cadres",
  .title = N_("Cadres"),
  .icon_name = "system-users-symbolic",
  .entity = &px_cadre_entity,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .edits = edits,
  .n_edits = G_N_ELEMENTS (edits),
  .search_placeholder = N_("Search by name, unit, ID number or phone"),
  .count_singular = N_("%u cadre"),
  .count_plural = N_("%u cadres"),
  .empty_title = N_("No Cadres Yet"),
  .empty_description = N_("Import the roster your organisation department keeps in Excel or "
                          "WPS, or add cadres one by one."),
  .default_sort = "name",
  .title_field = "name",
  .sheet_kind = PX_SHEET_CADRES,
  .has_reveal = TRUE,
  .add_details = add_training,
};

const PxPaneSpec *
px_cadre_pane_get_spec (void)
{
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      edits[4].choices = px_panes_choices_from_list (px_code_list_ethnicities ());
      edits[5].choices = px_panes_choices_from_list (px_code_list_political_statuses ());
      edits[6].choices = px_panes_choices_from_list (px_code_list_educations ());
      edits[9].choices = px_panes_choices_from_list (px_code_list_ranks ());
      g_once_init_leave (&ready, 1);
    }
  return &spec;
}
