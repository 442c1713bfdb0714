/* px-cadre-pane.c: 干部, the cadres a school trains
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cadre-pane"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "px-cadre.h"
#include "px-code-list.h"
#include "px-credit-record.h"
#include "px-credit-statement.h"
#include "px-document-window.h"
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

/* Credit statement */

static int
compare_years_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

static void
add_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

/* The years a statement has something for: those the classes end in, and those of the
 * cadre's credit records (online and other training too); newest first. */
static GArray *
training_years (PxDatabase *db,
                const char *cadre_id,
                GPtrArray  *training)
{
  const char *filters[] = { "cadre_id", cadre_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) records = px_credit_record_list (db, &query, NULL);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; training != NULL && i < training->len; i++)
    {
      PxCadreTraining *t = g_ptr_array_index (training, i);

      if (t->end_date != NULL && strlen (t->end_date) >= 4)
        add_year (years, atoi (t->end_date));
    }
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PxCreditRecord *record = g_ptr_array_index (records, i);

      if (record->year != PX_INT_UNSET)
        add_year (years, (int) record->year);
    }
  g_array_sort (years, compare_years_newest_first);
  return years;
}

static void
credit_statement_clicked_cb (GtkButton  *button,
                             PxListPane *pane)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "years");
  GArray *years = g_object_get_data (G_OBJECT (dropdown), "years");
  const char *cadre_id = g_object_get_data (G_OBJECT (button), "cadre-id");
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(PxCreditStatement) statement = NULL;
  g_autoptr(GError) error = NULL;

  if (selected >= years->len)
    return;
  /* one cadre's year is a page or two: made at once */
  statement = px_credit_statement_new (px_list_pane_get_database (pane), cadre_id,
                                       g_array_index (years, int, selected), &error);
  if (statement == NULL)
    px_list_pane_toast (pane, error->message);
  else
    px_document_window_show (GTK_WIDGET (pane), PX_DOCUMENT (statement));
}

/* The year to print and the button that prints it, in the heading of the training record. */
static GtkWidget *
credit_statement_controls (PxListPane *pane,
                           const char *cadre_id,
                           GArray     *years)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Credit Statement…"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  guint selected = 0;

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      /* TRANSLATORS: a year to print a credit statement for; zh_CN "%d年" */
      g_autofree char *label = g_strdup_printf (_("%d"), year);

      gtk_string_list_append (labels, label);
      /* this year's, when there is training in it; else the latest */
      if (year == this_year)
        selected = i;
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_tooltip_text (dropdown, _("The year the statement is for"));
  g_object_set_data_full (G_OBJECT (dropdown), "years", g_array_ref (years),
                          (GDestroyNotify) g_array_unref);
  gtk_widget_set_tooltip_text (button, _("The hours of training credited in that year, "
                                         "certified by the school, to print"));
  g_object_set_data (G_OBJECT (button), "years", dropdown);
  g_object_set_data_full (G_OBJECT (button), "cadre-id", g_strdup (cadre_id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (credit_statement_clicked_cb), pane,
                           0);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
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
  g_autoptr(GArray) years = training_years (px_list_pane_get_database (pane), cadre->base.id,
                                            training);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Training Record"));
  if (years->len > 0)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                             credit_statement_controls (pane, cadre->base.id,
                                                                        years));
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
