/* px-plan-pane.c: 培训计划, a year's plan: its items, the places each unit is given, its totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items are a PxListPane held to one plan (px_list_pane_set_parent), so that search,
 * sort, the form, Ctrl+S and Delete with undo work as on every other list. What is the
 * plan's own sits around it: the plan chosen and its status above, the places each unit is
 * given (调训名额) in the item's form, and the totals per class type below. Every write goes
 * through core, whose checks keep the units' places within the item's quota.
 */

#define G_LOG_DOMAIN "px-plan-pane"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "px-format.h"
#include "px-org-unit.h"
#include "px-panes.h"
#include "px-plan-item.h"
#include "px-plan-pane.h"
#include "px-plan-quota.h"
#include "px-plan-summary.h"
#include "px-plan.h"
#include "px-toast.h"
#include "px-validation-error.h"

struct _PxPlanPane
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkDropDown *plan_drop_down;
  GtkStringList *plan_labels;
  GtkDropDown *status_drop_down;
  AdwBin *list_slot;
  GtkExpander *totals_expander;
  GtkGrid *totals_grid;
  GtkLabel *totals_summary;
  GtkLabel *totals_note;

  /* Owned references */
  PxDatabase *db;
  PxListPane *list_pane;
  GStrv plan_ids;            /* in the order of the drop-down */
  char *plan_id;             /* the plan shown */
  gboolean updating;         /* drop-downs being set from the data, not by the user */
  gboolean totals_folded;    /* the totals made room for the item's form */
  gboolean folding;

  /* Weak: they go when the form or the dialog does */
  GtkWidget *quota_group;    /* the "Quotas by Unit" group of the item in the form */
  GtkWidget *dialog;
};

G_DEFINE_FINAL_TYPE (PxPlanPane, px_plan_pane, ADW_TYPE_BIN)

static const char * const statuses[] = { "draft", "approved", "closed", NULL };

/* Text */

/* 1234567.5 → "1,234,567.5": money and trainee-days read at a glance. */
static char *
format_amount (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GString) text = NULL;
  const char *digits, *dot;
  gsize n_int;

  if (isnan (value))
    return g_strdup ("");
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  /* no needless decimals */
  if (g_str_has_suffix (buffer, ".00"))
    buffer[strlen (buffer) - 3] = '\0';
  else if (g_str_has_suffix (buffer, "0"))
    buffer[strlen (buffer) - 1] = '\0';

  text = g_string_new (NULL);
  digits = buffer;
  if (*digits == '-')
    g_string_append_c (text, *digits++);
  dot = strchr (digits, '.');
  n_int = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  if (dot != NULL)
    g_string_append (text, dot);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_places (gint64 n)
{
  return format_amount ((double) n);
}

static const PxChoice months[] = {
  { "1", N_("January") },
  { "2", N_("February") },
  { "3", N_("March") },
  { "4", N_("April") },
  { "5", N_("May") },
  { "6", N_("June") },
  { "7", N_("July") },
  { "8", N_("August") },
  { "9", N_("September") },
  { "10", N_("October") },
  { "11", N_("November") },
  { "12", N_("December") },
  { NULL }
};

/* "Allocated 45 of 50 places", and how it stands. */
static char *
describe_allocation (const PxPlanAllocation *a)
{
  g_autofree char *allocated = format_places (a->allocated);
  g_autofree char *quota = NULL;

  if (a->quota == PX_INT_UNSET)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Allocated %s place; no quota set",
                                         "Allocated %s places; no quota set", a->allocated),
                            allocated);
  quota = format_places (a->quota);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Allocated %s of %s place",
                                       "Allocated %s of %s places", a->quota),
                          allocated, quota);
}

static void
set_state_class (GtkWidget         *widget,
                 PxAllocationState  state)
{
  gtk_widget_remove_css_class (widget, "warning");
  gtk_widget_remove_css_class (widget, "over-quota");
  gtk_widget_remove_css_class (widget, "dim-label");
  if (state == PX_ALLOCATION_UNDER)
    gtk_widget_add_css_class (widget, "warning");
  else if (state == PX_ALLOCATION_OVER)
    gtk_widget_add_css_class (widget, "over-quota");
  else
    gtk_widget_add_css_class (widget, "dim-label");
}

/* Toasts */

/* Shows a toast in the window (takes it); kept as "last-toast" so that its button can be
 * reached without a pointer (tests). */
static void
show_toast (PxPlanPane *self,
            AdwToast   *toast)
{
  px_toast_show (GTK_WIDGET (self), toast);
}

static void
toast (PxPlanPane *self,
       const char *message)
{
  show_toast (self, px_toast_new (message));
}

/* The list of items: columns, filters and form */

static char *
month_text (PxListPane    *pane,
            gconstpointer  record)
{
  gint64 month = ((const PxPlanItem *) record)->month;

  if (month < 1 || month > 12)
    return g_strdup ("");
  return g_strdup (_(months[month - 1].label));
}

static char *
days_text (PxListPane    *pane,
           gconstpointer  record)
{
  return px_format_hours (((const PxPlanItem *) record)->days);
}

static char *
quota_text (PxListPane    *pane,
            gconstpointer  record)
{
  gint64 quota = ((const PxPlanItem *) record)->quota;

  return quota != PX_INT_UNSET ? format_places (quota) : g_strdup ("");
}

static char *
budget_text (PxListPane    *pane,
             gconstpointer  record)
{
  return format_amount (((const PxPlanItem *) record)->budget);
}

static char *
allocated_text (PxListPane    *pane,
                gconstpointer  record)
{
  PxPlanAllocation a;
  g_autofree char *allocated = NULL;
  g_autofree char *difference = NULL;
  char *text;

  if (!px_plan_item_get_allocation (px_list_pane_get_database (pane),
                                    ((const PxRecord *) record)->id, &a, NULL))
    return g_strdup ("");
  allocated = format_places (a.allocated);
  switch (px_plan_allocation_get_state (&a))
    {
    case PX_ALLOCATION_UNDER:
      difference = format_places (a.quota - a.allocated);
      /* TRANSLATORS: places given to units, and how many of the quota are still to give */
      text = g_strdup_printf (_("%s (%s left)"), allocated, difference);
      break;
    case PX_ALLOCATION_OVER:
      difference = format_places (a.allocated - a.quota);
      /* TRANSLATORS: places given to units, and how many more than the quota that is */
      text = g_strdup_printf (_("%s (%s over)"), allocated, difference);
      break;
    case PX_ALLOCATION_NO_QUOTA:
    case PX_ALLOCATION_FULL:
    default:
      text = g_steal_pointer (&allocated);
      break;
    }
  px_plan_allocation_clear (&a);
  return text;
}

static char *
competencies_text (PxListPane    *pane,
                   gconstpointer  record)
{
  return px_link_describe (px_list_pane_get_database (pane), &px_plan_item_competency_link,
                           ((const PxRecord *) record)->id);
}

static void add_quotas (PxListPane    *pane,
                        GtkWidget     *page,
                        gconstpointer  record);

static const PxColumnSpec item_columns[] = {
  /* the title keeps its room when the form narrows the list; the ranks take what is left */
  { N_("Title"), "title", NULL, "title", 220 },
  { N_("Class type"), "class_type", NULL, "class_type", 90 },
  { N_("Audience ranks"), "audience_ranks", NULL, "audience_ranks", 0 },
  { N_("Month"), NULL, month_text, "month", 92 },
  { N_("Days"), NULL, days_text, "days", 50, TRUE },
  { N_("Quota"), NULL, quota_text, "quota", 60, TRUE },
  { N_("Allocated"), NULL, allocated_text, "allocated", 100, TRUE },
  { N_("Budget, yuan"), NULL, budget_text, "budget", 100, TRUE },
  { N_("Competencies"), NULL, competencies_text, NULL, 150 },
};

static const PxFilterSpec item_filters[] = {
  { N_("All class types"), "class_type", PX_FILTER_DISTINCT },
  { N_("Places left or not"), "open_places", PX_FILTER_YES_NO },
  { N_("All competencies"), "competency", PX_FILTER_LINK, NULL, &px_plan_item_competency_link },
};

static PxEditSpec item_edits[] = {
  { N_("Plan Item"), "title", NULL, PX_EDIT_TEXT },
  { NULL, "class_type", NULL, PX_EDIT_CHOICE },
  { NULL, "audience_ranks", NULL, PX_EDIT_TEXT },
  { NULL, "month", NULL, PX_EDIT_CHOICE, months },
  { NULL, "days", NULL, PX_EDIT_TEXT },
  { N_("Places and Budget"), "quota", N_("Quota (places)"), PX_EDIT_TEXT },
  { NULL, "budget", N_("Budget (yuan)"), PX_EDIT_TEXT },
  { N_("Why and What For"), NULL, N_("Competencies"), PX_EDIT_LINKS, NULL,
    &px_plan_item_competency_link },
  { NULL, "demand_source", NULL, PX_EDIT_TEXT },
  { NULL, "note", NULL, PX_EDIT_MULTILINE },
};

/* A plan item's unit quotas go with it; Undo brings them back. */
static const PxChildSpec item_children[] = {
  { &px_plan_quota_entity, "plan_item_id" },
  { NULL }
};

static const PxPaneSpec item_spec = {
  .name = "plan-items",
  .title = N_("Training Plan"),
  .icon_name = "x-office-calendar-symbolic",
  .entity = &px_plan_item_entity,
  .columns = item_columns,
  .n_columns = G_N_ELEMENTS (item_columns),
  .filters = item_filters,
  .n_filters = G_N_ELEMENTS (item_filters),
  .edits = item_edits,
  .n_edits = G_N_ELEMENTS (item_edits),
  .search_placeholder = N_("Search by title or class type"),
  .count_singular = N_("%u item"),
  .count_plural = N_("%u items"),
  .empty_title = N_("No Items in This Plan"),
  .empty_description = N_("Add the classes the plan provides for: who they are for, how many "
                          "places, how long, in which month and at what cost."),
  .default_sort = "month",
  .title_field = "title",
  .sheet_kind = -1,
  .add_details = add_quotas,
  .children = item_children,
};

static const PxPaneSpec *
get_item_spec (void)
{
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      item_edits[1].choices = px_panes_choices_from_list (px_plan_class_types ());
      g_once_init_leave (&ready, 1);
    }
  return &item_spec;
}

/* Totals */

static void
add_cell (GtkGrid    *grid,
          int         column,
          int         row,
          const char *text,
          gboolean    numeric,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (g_strcmp0 (css_class, "total") == 0)
    {
      PangoAttrList *bold = pango_attr_list_new ();

      pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      gtk_label_set_attributes (GTK_LABEL (label), bold);
      pango_attr_list_unref (bold);
    }
  else if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
add_totals_row (GtkGrid            *grid,
                int                 row,
                const PxPlanTotals *t,
                const char         *name,
                const char         *css_class)
{
  g_autofree char *items = g_strdup_printf ("%u", t->n_items);
  g_autofree char *quota = format_places (t->quota);
  g_autofree char *allocated = format_places (t->allocated);
  g_autofree char *days = format_amount (t->days);
  g_autofree char *trainee_days = format_amount (t->trainee_days);
  g_autofree char *budget = format_amount (t->budget);
  const char *allocation_class = t->n_over_allocated > 0 ? "over-quota"
                                 : t->n_under_allocated > 0 ? "warning" : css_class;

  add_cell (grid, 0, row, name, FALSE, css_class);
  add_cell (grid, 1, row, items, TRUE, css_class);
  add_cell (grid, 2, row, quota, TRUE, css_class);
  add_cell (grid, 3, row, allocated, TRUE, allocation_class);
  add_cell (grid, 4, row, days, TRUE, css_class);
  add_cell (grid, 5, row, trainee_days, TRUE, css_class);
  add_cell (grid, 6, row, budget, TRUE, css_class);
}

static void
refresh_totals (PxPlanPane *self)
{
  static const char * const headings[] = {
    N_("Class type"), N_("Items"), N_("Places"), N_("Allocated"), N_("Days"),
    N_("Trainee-days"), N_("Budget, yuan"),
  };
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;
  PxPlanTotals total = { NULL };
  GtkWidget *child;
  g_autofree char *note = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->totals_grid))) != NULL)
    gtk_grid_remove (self->totals_grid, child);
  gtk_label_set_text (self->totals_note, "");
  gtk_label_set_text (self->totals_summary, "");
  if (self->plan_id == NULL)
    return;

  totals = px_plan_totals_by_type (self->db, self->plan_id, &total, &error);
  if (totals == NULL)
    {
      g_warning ("Could not add up the plan: %s", error->message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    add_cell (self->totals_grid, i, 0, _(headings[i]), i > 0, "caption-heading");
  gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->totals_grid, 5, 0),
                               _("Places × days: the trainee-days the plan provides"));
  for (guint i = 0; i < totals->len; i++)
    {
      const PxPlanTotals *t = &g_array_index (totals, PxPlanTotals, i);

      add_totals_row (self->totals_grid, i + 1, t,
                      t->class_type != NULL ? t->class_type : _("No class type"), NULL);
    }
  if (totals->len > 1)
    add_totals_row (self->totals_grid, totals->len + 1, &total, _("Total"), "total");

  {
    g_autofree char *places = format_places (total.quota);
    g_autofree char *budget = format_amount (total.budget);
    g_autofree char *summary =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %s places, %s yuan",
                                    "%u items, %s places, %s yuan", total.n_items),
                       total.n_items, places, budget);

    gtk_label_set_text (self->totals_summary, summary);
  }

  set_state_class (GTK_WIDGET (self->totals_note), PX_ALLOCATION_FULL);
  if (total.n_over_allocated > 0)
    {
      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u item gives its units more places than its quota",
                                           "%u items give their units more places than their "
                                           "quota", total.n_over_allocated),
                              total.n_over_allocated);
      set_state_class (GTK_WIDGET (self->totals_note), PX_ALLOCATION_OVER);
    }
  else if (total.n_under_allocated > 0)
    {
      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u item has places not yet given to units",
                                           "%u items have places not yet given to units",
                                           total.n_under_allocated),
                              total.n_under_allocated);
      set_state_class (GTK_WIDGET (self->totals_note), PX_ALLOCATION_UNDER);
    }
  else if (total.n_items > 0 && total.quota > 0)
    note = g_strdup (_("Every place is given to a unit"));
  gtk_label_set_text (self->totals_note, note != NULL ? note : "");
  px_plan_totals_clear (&total);
}

static void
totals_expanded_cb (PxPlanPane *self)
{
  gboolean expanded = gtk_expander_get_expanded (self->totals_expander);

  /* folded, the line still says what the plan adds up to */
  gtk_widget_set_visible (GTK_WIDGET (self->totals_summary), !expanded);
  if (!self->folding)
    self->totals_folded = FALSE;   /* the user's choice stands */
}

/* The item's form needs the height: the totals fold while it is open, and come back after. */
static void
editor_mapped_cb (PxPlanPane *self)
{
  if (!gtk_expander_get_expanded (self->totals_expander))
    return;
  self->folding = TRUE;
  gtk_expander_set_expanded (self->totals_expander, FALSE);
  self->folding = FALSE;
  self->totals_folded = TRUE;
}

static void
editor_unmapped_cb (PxPlanPane *self)
{
  if (!self->totals_folded)
    return;
  self->folding = TRUE;
  gtk_expander_set_expanded (self->totals_expander, TRUE);
  self->folding = FALSE;
  self->totals_folded = FALSE;
}

static void
model_loading_cb (PxPlanPane *self)
{
  /* every save, delete and undo of an item reads the list again */
  if (!px_record_list_model_is_loading (px_list_pane_get_model (self->list_pane)))
    refresh_totals (self);
}

/* The item's row in the list shows its places again, and the totals add up again. */
static void
quotas_changed (PxPlanPane *self,
                const char *item_id)
{
  PxRecordListModel *model = px_list_pane_get_model (self->list_pane);

  px_record_list_model_reload_key (model, px_record_list_model_key_for_id (model, item_id));
  refresh_totals (self);
}

/* Quotas by unit: the details of an item's form */

typedef struct
{
  PxPlanPane *pane;          /* unowned: the pane outlives its form's details */
  char *item_id;
  GtkWidget *group;          /* owns this */
  GtkWidget *allocation_label;
  GtkListBox *list;
  GtkWidget *add_row;
  GtkWidget *unit_button;
  GtkWidget *unit_button_label;
  GtkWidget *unit_popover;
  GtkWidget *unit_search;
  GListStore *units;         /* GtkStringObject with the unit's id as "id" */
  GtkStringFilter *unit_filter;
  GtkFilterListModel *filtered_units;
  GtkWidget *add_spin;
  GtkWidget *add_button;
  GtkWidget *add_error;
  GHashTable *unit_names;    /* id → name, read with the rows: units made since show too */
  char *chosen_unit_id;
} QuotaGroup;

static void
quota_group_free (QuotaGroup *qg)
{
  g_free (qg->item_id);
  g_free (qg->chosen_unit_id);
  g_clear_pointer (&qg->unit_names, g_hash_table_unref);
  g_clear_object (&qg->add_row);
  g_clear_object (&qg->units);
  g_clear_object (&qg->filtered_units);
  g_free (qg);
}

static const char *
unit_name (QuotaGroup *qg,
           const char *unit_id)
{
  const char *name = g_hash_table_lookup (qg->unit_names, unit_id);

  return name != NULL ? name : px_list_pane_unit_name (qg->pane->list_pane, unit_id);
}

static QuotaGroup *
current_quota_group (PxPlanPane *self)
{
  return self->quota_group != NULL ? g_object_get_data (G_OBJECT (self->quota_group),
                                                        "quota-group")
                                   : NULL;
}

static void
update_allocation (QuotaGroup *qg)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PxPlanAllocation a;

  if (!px_plan_item_get_allocation (qg->pane->db, qg->item_id, &a, &error))
    {
      gtk_label_set_text (GTK_LABEL (qg->allocation_label), error->message);
      return;
    }
  text = describe_allocation (&a);
  gtk_label_set_text (GTK_LABEL (qg->allocation_label), text);
  set_state_class (qg->allocation_label, px_plan_allocation_get_state (&a));
  /* what a unit added next would most likely get: the places left */
  if (a.quota != PX_INT_UNSET && a.quota > a.allocated)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (qg->add_spin), a.quota - a.allocated);
  px_plan_allocation_clear (&a);
}

static void
set_row_error (GtkWidget  *row,
               const char *message)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
set_add_error (QuotaGroup *qg,
               const char *message)
{
  gtk_label_set_text (GTK_LABEL (qg->add_error), message != NULL ? message : "");
  gtk_widget_set_visible (qg->add_error, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (qg->add_row, "error");
  else
    gtk_widget_remove_css_class (qg->add_row, "error");
}

static void
quota_spin_changed_cb (GtkSpinButton *spin,
                       QuotaGroup    *qg)
{
  const char *id = g_object_get_data (G_OBJECT (spin), "quota-id");

  gtk_widget_activate_action (GTK_WIDGET (qg->pane), "plan.set-quota", "(sx)", id,
                              (gint64) gtk_spin_button_get_value_as_int (spin));
}

static GtkWidget *
make_places_spin (void)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99999, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

static GtkWidget *
make_quota_row (QuotaGroup        *qg,
                const PxPlanQuota *quota)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = make_places_spin ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = NULL;
  const char *unit = unit_name (qg, quota->unit_id);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit);
  gtk_widget_set_name (row, quota->base.id);
  g_object_set_data_full (G_OBJECT (row), "quota-id", g_strdup (quota->base.id), g_free);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), quota->quota);
  g_object_set_data_full (G_OBJECT (spin), "quota-id", g_strdup (quota->base.id), g_free);
  tooltip = g_strdup_printf (_("Places of %s"), unit);
  gtk_widget_set_tooltip_text (spin, tooltip);
  g_signal_connect (spin, "value-changed", G_CALLBACK (quota_spin_changed_cb), qg);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  g_object_set_data (G_OBJECT (row), "spin", spin);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Take the Places Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "plan.remove-quota");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove),
                                          g_variant_new_string (quota->base.id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* The unit picker: a searchable list, since a city has hundreds of units and a drop-down of
 * GTK 4.8 only finds names by their beginning. */

static void
choose_unit (QuotaGroup *qg,
             const char *unit_id)
{
  g_free (qg->chosen_unit_id);
  qg->chosen_unit_id = g_strdup (unit_id);
  gtk_label_set_text (GTK_LABEL (qg->unit_button_label),
                      unit_id != NULL ? unit_name (qg, unit_id)
                                      : _("Choose a Unit…"));
  gtk_widget_set_sensitive (qg->add_button, unit_id != NULL);
  set_add_error (qg, NULL);
}

static void
unit_activated_cb (GtkListView *view,
                   guint        position,
                   QuotaGroup  *qg)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (qg->filtered_units), position);

  if (item == NULL)
    return;
  choose_unit (qg, g_object_get_data (item, "id"));
  gtk_popover_popdown (GTK_POPOVER (qg->unit_popover));
  gtk_widget_grab_focus (qg->add_spin);
}

static void
unit_search_changed_cb (GtkSearchEntry *entry,
                        QuotaGroup     *qg)
{
  gtk_string_filter_set_search (qg->unit_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
unit_search_activate_cb (GtkSearchEntry *entry,
                         QuotaGroup     *qg)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (qg->filtered_units)) > 0)
    unit_activated_cb (NULL, 0, qg);
}

static void
unit_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
unit_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *unit = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (unit));
}

static GtkWidget *
make_unit_picker (QuotaGroup *qg)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  qg->units = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  qg->unit_filter = gtk_string_filter_new (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                        NULL, "string"));
  gtk_string_filter_set_match_mode (qg->unit_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (qg->unit_filter, TRUE);
  qg->filtered_units = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (qg->units)),
                                                  GTK_FILTER (qg->unit_filter));
  g_object_ref (qg->filtered_units);   /* one for the view, one for us */

  g_signal_connect (factory, "setup", G_CALLBACK (unit_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (unit_bind_cb), NULL);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new
                                                   (G_LIST_MODEL (qg->filtered_units))),
                            factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "navigation-sidebar");
  g_signal_connect (view, "activate", G_CALLBACK (unit_activated_cb), qg);

  qg->unit_search = gtk_search_entry_new ();
  g_object_set (qg->unit_search, "placeholder-text", _("Search units"), NULL);
  g_signal_connect (qg->unit_search, "search-changed", G_CALLBACK (unit_search_changed_cb), qg);
  g_signal_connect (qg->unit_search, "activate", G_CALLBACK (unit_search_activate_cb), qg);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_box_append (GTK_BOX (box), qg->unit_search);
  gtk_box_append (GTK_BOX (box), scrolled);

  qg->unit_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (qg->unit_popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (qg->unit_popover), qg->unit_search);

  qg->unit_button_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (qg->unit_button_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (qg->unit_button_label), 0);
  gtk_widget_set_hexpand (qg->unit_button_label, TRUE);
  gtk_box_append (GTK_BOX (content), qg->unit_button_label);
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("pan-down-symbolic"));

  gtk_widget_set_hexpand (content, TRUE);
  qg->unit_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (qg->unit_button), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (qg->unit_button), qg->unit_popover);
  gtk_widget_set_hexpand (qg->unit_button, TRUE);
  gtk_widget_set_tooltip_text (qg->unit_button, _("The unit to give places to"));
  return qg->unit_button;
}

static void
add_clicked_cb (QuotaGroup *qg)
{
  if (qg->chosen_unit_id == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (qg->pane), "plan.add-quota", "(sx)",
                              qg->chosen_unit_id,
                              (gint64) gtk_spin_button_get_value_as_int
                                         (GTK_SPIN_BUTTON (qg->add_spin)));
}

static GtkWidget *
make_add_row (QuotaGroup *qg)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_box_append (GTK_BOX (line), make_unit_picker (qg));

  qg->add_spin = make_places_spin ();
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (qg->add_spin), 1, 99999);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (qg->add_spin), 1);
  gtk_widget_set_tooltip_text (qg->add_spin, _("Places"));
  gtk_box_append (GTK_BOX (line), qg->add_spin);

  qg->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (qg->add_button, _("Give the Places"));
  gtk_widget_set_valign (qg->add_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (qg->add_button, "clicked", G_CALLBACK (add_clicked_cb), qg);
  gtk_box_append (GTK_BOX (line), qg->add_button);

  qg->add_error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (qg->add_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (qg->add_error), 0);
  gtk_widget_add_css_class (qg->add_error, "error");
  gtk_widget_add_css_class (qg->add_error, "caption");
  gtk_widget_set_visible (qg->add_error, FALSE);
  gtk_widget_set_name (qg->add_error, "add-error");

  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), qg->add_error);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, "add-quota");
  return row;
}

/* Fills the rows from the database: the units given places in the order of the unit tree,
 * then the row to add one; the picker offers the units not given places yet. */
static void
fill_quota_group (QuotaGroup *qg)
{
  PxDatabase *db = qg->pane->db;
  const char *filters[] = { "plan_item_id", qg->item_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) quotas = NULL;
  g_autoptr(GHashTable) by_unit = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) tree = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  /* the add row stays alive through this: the group holds it */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (qg->list))) != NULL)
    gtk_list_box_remove (qg->list, child);

  quotas = px_plan_quota_list (db, &query, &error);
  if (quotas == NULL)
    {
      g_warning ("Could not read the unit quotas: %s", error->message);
      return;
    }
  for (guint i = 0; i < quotas->len; i++)
    {
      PxPlanQuota *quota = g_ptr_array_index (quotas, i);

      g_hash_table_insert (by_unit, quota->unit_id, quota);
    }

  g_list_store_remove_all (qg->units);
  g_hash_table_remove_all (qg->unit_names);
  tree = px_org_unit_list_tree (db, NULL);
  for (guint i = 0; tree != NULL && tree[i] != NULL; i += 2)
    {
      PxPlanQuota *quota = g_hash_table_lookup (by_unit, tree[i]);
      const char *name = tree[i + 1];

      /* the tree's labels are indented with ideographic spaces */
      while (g_str_has_prefix (name, "\u3000"))
        name += strlen ("\u3000");
      g_hash_table_insert (qg->unit_names, g_strdup (tree[i]), g_strdup (name));

      if (quota != NULL)
        {
          gtk_list_box_append (qg->list, make_quota_row (qg, quota));
          g_hash_table_remove (by_unit, tree[i]);
        }
      else
        {
          g_autoptr(GtkStringObject) unit = gtk_string_object_new (tree[i + 1]);

          g_object_set_data_full (G_OBJECT (unit), "id", g_strdup (tree[i]), g_free);
          g_list_store_append (qg->units, unit);
        }
    }
  /* units the tree did not list (none, unless the tree is broken) still show */
  for (guint i = 0; i < quotas->len; i++)
    {
      PxPlanQuota *quota = g_ptr_array_index (quotas, i);

      if (g_hash_table_contains (by_unit, quota->unit_id))
        gtk_list_box_append (qg->list, make_quota_row (qg, quota));
    }

  gtk_list_box_append (qg->list, qg->add_row);
  choose_unit (qg, NULL);
  update_allocation (qg);
}

static void
add_quotas (PxListPane    *pane,
            GtkWidget     *page,
            gconstpointer  record)
{
  PxPlanPane *self = PX_PLAN_PANE (gtk_widget_get_ancestor (GTK_WIDGET (pane),
                                                            PX_TYPE_PLAN_PANE));
  QuotaGroup *qg;

  if (self == NULL)
    return;

  qg = g_new0 (QuotaGroup, 1);
  qg->pane = self;
  qg->item_id = g_strdup (((const PxRecord *) record)->id);
  qg->unit_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  qg->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (qg->group), _("Quotas by Unit"));
  gtk_widget_set_name (qg->group, "quotas");
  g_object_set_data_full (G_OBJECT (qg->group), "quota-group", qg,
                          (GDestroyNotify) quota_group_free);

  qg->allocation_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (qg->allocation_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (qg->allocation_label), 1);
  gtk_widget_set_valign (qg->allocation_label, GTK_ALIGN_CENTER);
  gtk_widget_set_name (qg->allocation_label, "allocation");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (qg->group),
                                           qg->allocation_label);

  qg->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (qg->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (qg->list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (qg->group), GTK_WIDGET (qg->list));
  qg->add_row = g_object_ref_sink (make_add_row (qg));

  gtk_box_append (GTK_BOX (page), qg->group);
  g_set_weak_pointer (&self->quota_group, qg->group);
  fill_quota_group (qg);
}

/* Plans */

static void
update_actions (PxPlanPane *self)
{
  gboolean has_plan = self->plan_id != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit-plan", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete-plan", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.set-status", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new-item", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.new", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.search", has_plan);
}

static guint
plan_position (PxPlanPane *self,
               const char *plan_id)
{
  for (guint i = 0; plan_id != NULL && self->plan_ids != NULL && self->plan_ids[i] != NULL; i++)
    if (g_str_equal (self->plan_ids[i], plan_id))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
show_status (PxPlanPane *self,
             const char *status)
{
  for (guint i = 0; statuses[i] != NULL; i++)
    if (g_strcmp0 (statuses[i], status) == 0)
      {
        self->updating = TRUE;
        gtk_drop_down_set_selected (self->status_drop_down, i);
        self->updating = FALSE;
      }
}

/* Shows a plan's items (NULL: the empty page). FALSE when the item form held changes that
 * could not be saved: the form stays, with the plan it belongs to. */
static gboolean
show_plan (PxPlanPane *self,
           const char *plan_id)
{
  g_autoptr(PxPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (plan_id != NULL)
    {
      plan = px_plan_get (self->db, plan_id, &error);
      if (plan == NULL)
        {
          toast (self, error->message);
          return FALSE;
        }
    }
  if (g_strcmp0 (plan_id, self->plan_id) != 0
      && !px_list_pane_set_parent (self->list_pane, "plan_id", plan_id))
    return FALSE;

  g_free (self->plan_id);
  self->plan_id = g_strdup (plan_id);
  gtk_stack_set_visible_child_name (self->stack, plan != NULL ? "plan" : "empty");
  if (plan != NULL)
    {
      show_status (self, plan->status);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->plan_drop_down),
                                   plan->note != NULL && *plan->note != '\0' ? plan->note
                                                                             : _("Plan"));
    }
  update_actions (self);
  refresh_totals (self);
  return TRUE;
}

static void
select_position (PxPlanPane *self,
                 const char *plan_id)
{
  guint position = plan_position (self, plan_id);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->plan_drop_down,
                              position != GTK_INVALID_LIST_POSITION ? position : 0);
  self->updating = FALSE;
}

/* Reads the plans, newest year first, and shows select_id (or the plan shown so far, or the
 * newest). */
static void
reload_plans (PxPlanPane *self,
              const char *select_id)
{
  PxQuery query = { .sort = "year", .descending = TRUE };
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) label_list = NULL;
  g_autofree char *wanted = g_strdup (select_id != NULL ? select_id : self->plan_id);
  guint position;

  plans = px_plan_list (self->db, &query, &error);
  if (plans == NULL)
    {
      g_warning ("Could not read the plans: %s", error->message);
      plans = g_ptr_array_new ();
    }
  for (guint i = 0; i < plans->len; i++)
    {
      PxPlan *plan = g_ptr_array_index (plans, i);
      g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT " · %s", plan->year,
                                                plan->title);

      g_strv_builder_add (ids, plan->base.id);
      g_strv_builder_add (labels, label);
    }
  g_strfreev (self->plan_ids);
  self->plan_ids = g_strv_builder_end (ids);
  label_list = g_strv_builder_end (labels);

  self->updating = TRUE;
  gtk_string_list_splice (self->plan_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->plan_labels)),
                          (const char * const *) label_list);
  self->updating = FALSE;

  position = plan_position (self, wanted);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* this year's plan is the one worked on most; else the newest */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      position = 0;
      for (guint i = 0; i < plans->len; i++)
        if (((PxPlan *) g_ptr_array_index (plans, i))->year == g_date_time_get_year (now))
          {
            position = i;
            break;
          }
    }
  if (self->plan_ids[0] == NULL)
    {
      g_clear_pointer (&self->plan_id, g_free);
      show_plan (self, NULL);
      return;
    }
  if (show_plan (self, self->plan_ids[position]))
    select_position (self, self->plan_ids[position]);
  else
    select_position (self, self->plan_id);
}

static void
plan_selected_cb (PxPlanPane *self)
{
  guint position = gtk_drop_down_get_selected (self->plan_drop_down);

  if (self->updating || self->plan_ids == NULL || position >= g_strv_length (self->plan_ids))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.select-plan", "s",
                              self->plan_ids[position]);
}

static void
status_selected_cb (PxPlanPane *self)
{
  guint position = gtk_drop_down_get_selected (self->status_drop_down);

  if (self->updating || position >= G_N_ELEMENTS (statuses) - 1)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.set-status", "s", statuses[position]);
}

/* The plan dialog: a new plan, or the year, title and note of the one shown */

typedef struct
{
  PxPlanPane *pane;
  char *plan_id;             /* NULL: a new plan */
  GtkWidget *year;           /* GtkSpinButton */
  GtkWidget *year_row;
  GtkWidget *title;          /* AdwEntryRow */
  GtkWidget *note;
  GtkWidget *message;
  char *auto_title;          /* the title made from the year, until one is typed */
} PlanDialog;

static void
plan_dialog_free (PlanDialog *pd)
{
  g_free (pd->plan_id);
  g_free (pd->auto_title);
  g_free (pd);
}

static char *
default_title (gint64 year)
{
  /* TRANSLATORS: the usual title of a year's plan, 2026年度干部教育培训计划 in Chinese */
  return g_strdup_printf (_("%d Cadre Education and Training Plan"), (int) year);
}

/* Keeps the title in step with the year until one is typed, says when the year has a plan
 * already, and lets the dialog be answered only with a title. */
static void
plan_dialog_changed_cb (GtkWidget        *widget,
                        AdwMessageDialog *dialog)
{
  PlanDialog *pd = g_object_get_data (G_OBJECT (dialog), "plan-dialog");
  gint64 year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (pd->year));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text
                                                 (GTK_EDITABLE (pd->title))));
  g_autoptr(GPtrArray) same_year = NULL;
  g_autofree char *year_text = g_strdup_printf ("%" G_GINT64_FORMAT, year);
  const char *filters[] = { "year", year_text, NULL };
  PxQuery query = { .filters = filters };

  if (widget == pd->year && g_strcmp0 (title, pd->auto_title) == 0)
    {
      g_free (pd->auto_title);
      pd->auto_title = default_title (year);
      gtk_editable_set_text (GTK_EDITABLE (pd->title), pd->auto_title);
      return;   /* called again by the title's change */
    }
  adw_message_dialog_set_response_enabled (dialog, "save", *title != '\0');
  gtk_widget_remove_css_class (pd->message, "error");
  gtk_widget_remove_css_class (pd->title, "error");
  gtk_widget_remove_css_class (pd->year_row, "error");

  same_year = px_plan_list (pd->pane->db, &query, NULL);
  for (guint i = 0; same_year != NULL && i < same_year->len; i++)
    {
      PxPlan *other = g_ptr_array_index (same_year, i);

      if (g_strcmp0 (other->base.id, pd->plan_id) != 0)
        {
          g_autofree char *text =
            g_strdup_printf (_("%d has a plan already: “%s”. A second one is kept beside "
                               "it, e.g. a revised plan."), (int) year, other->title);

          gtk_label_set_text (GTK_LABEL (pd->message), text);
          gtk_widget_set_visible (pd->message, TRUE);
          return;
        }
    }
  gtk_widget_set_visible (pd->message, FALSE);
}

static void present_plan_dialog (PxPlanPane   *self,
                                 const char   *plan_id,
                                 gint64        year,
                                 const char   *title,
                                 const char   *note,
                                 const GError *error);

static void
plan_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         PlanDialog       *pd)
{
  PxPlanPane *self = pd->pane;
  g_autoptr(PxPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (pd->year));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text
                                                 (GTK_EDITABLE (pd->title))));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text
                                                (GTK_EDITABLE (pd->note))));
  g_autofree char *message = NULL;
  gboolean saved;

  if (!g_str_equal (response, "save"))
    return;

  plan = pd->plan_id != NULL ? px_plan_get (self->db, pd->plan_id, &error) : px_plan_new ();
  if (plan != NULL)
    {
      plan->year = year;
      g_free (plan->title);
      plan->title = g_strdup (title);
      g_free (plan->note);
      plan->note = *note != '\0' ? g_strdup (note) : NULL;
      saved = pd->plan_id != NULL ? px_plan_update (self->db, plan, NULL, &error)
                                  : px_plan_insert (self->db, plan, &error);
    }
  else
    saved = FALSE;

  if (!saved)
    {
      /* the dialog is closing: a new one keeps what was typed, with the reason beside it */
      present_plan_dialog (self, pd->plan_id, year, title, note, error);
      return;
    }
  message = g_strdup_printf (pd->plan_id != NULL ? _("“%s” saved") : _("“%s” created"),
                             plan->title);
  reload_plans (self, plan->base.id);
  toast (self, message);
}

static void
present_plan_dialog (PxPlanPane   *self,
                     const char   *plan_id,
                     gint64        year,
                     const char   *title,
                     const char   *note,
                     const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PlanDialog *pd = g_new0 (PlanDialog, 1);
  GtkWidget *dialog;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   plan_id != NULL ? _("Edit the Plan") : _("New Plan"),
                                   _("A year’s training plan, under the title the organisation "
                                     "department issues it with."));
  pd->pane = self;
  pd->plan_id = g_strdup (plan_id);
  g_object_set_data_full (G_OBJECT (dialog), "plan-dialog", pd,
                          (GDestroyNotify) plan_dialog_free);

  pd->year = gtk_spin_button_new_with_range (1950, 2200, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (pd->year), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (pd->year), year);
  gtk_widget_set_valign (pd->year, GTK_ALIGN_CENTER);
  gtk_widget_set_name (pd->year, "year");
  pd->year_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pd->year_row), _("Year"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (pd->year_row), pd->year);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (pd->year_row), pd->year);

  pd->title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pd->title), _("Title"));
  gtk_widget_set_name (pd->title, "title");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (pd->title), TRUE);
  pd->auto_title = default_title (year);
  gtk_editable_set_text (GTK_EDITABLE (pd->title), title != NULL ? title : pd->auto_title);

  pd->note = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pd->note), _("Note"));
  gtk_widget_set_name (pd->note, "note");
  gtk_editable_set_text (GTK_EDITABLE (pd->note), note != NULL ? note : "");

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), pd->year_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), pd->title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), pd->note);

  pd->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (pd->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (pd->message), 0);
  gtk_widget_set_name (pd->message, "message");
  gtk_widget_set_visible (pd->message, FALSE);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), pd->message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", plan_id != NULL ? _("_Save") : _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (pd->year, "value-changed", G_CALLBACK (plan_dialog_changed_cb), dialog);
  g_signal_connect (pd->title, "changed", G_CALLBACK (plan_dialog_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (plan_dialog_response_cb), pd);
  plan_dialog_changed_cb (NULL, ADW_MESSAGE_DIALOG (dialog));

  if (error != NULL)
    {
      const char *column = px_validation_error_get_column (error);

      gtk_label_set_text (GTK_LABEL (pd->message), error->message);
      gtk_widget_add_css_class (pd->message, "error");
      gtk_widget_set_visible (pd->message, TRUE);
      if (g_strcmp0 (column, "title") == 0)
        gtk_widget_add_css_class (pd->title, "error");
      else if (g_strcmp0 (column, "year") == 0)
        gtk_widget_add_css_class (pd->year_row, "error");
    }

  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting a plan */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PxPlanPane       *self)
{
  const char *plan_id = g_object_get_data (G_OBJECT (dialog), "plan-id");
  const char *title = g_object_get_data (G_OBJECT (dialog), "plan-title");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  /* the item form belongs to the plan: saved first, or the plan stays */
  if (g_strcmp0 (plan_id, self->plan_id) == 0
      && !px_list_pane_set_parent (self->list_pane, "plan_id", NULL))
    {
      toast (self, _("The plan was not deleted: save or close the item’s form first."));
      return;
    }
  if (!px_plan_delete (self->db, plan_id, &error))
    {
      message = g_strdup_printf (_("Not deleted: %s"), error->message);
      toast (self, message);
      return;
    }
  if (g_strcmp0 (plan_id, self->plan_id) == 0)
    g_clear_pointer (&self->plan_id, g_free);
  reload_plans (self, NULL);
  message = g_strdup_printf (_("“%s” deleted"), title);
  toast (self, message);
}

/* Actions */

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  PxQuery query = { .sort = "year", .descending = TRUE, .limit = 1 };
  g_autoptr(GPtrArray) newest = px_plan_list (self->db, &query, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 year = g_date_time_get_year (now);

  /* the plan made next is most often the one for the year after the newest */
  if (newest != NULL && newest->len > 0)
    year = MAX (year, ((PxPlan *) g_ptr_array_index (newest, 0))->year + 1);
  present_plan_dialog (self, NULL, year, NULL, NULL, NULL);
}

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxPlan) plan = NULL;

  if (self->plan_id == NULL)
    return;
  plan = px_plan_get (self->db, self->plan_id, &error);
  if (plan == NULL)
    {
      toast (self, error->message);
      return;
    }
  present_plan_dialog (self, plan->base.id, plan->year, plan->title, plan->note, NULL);
}

static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  g_autoptr(PxPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char *filters[] = { "plan_id", self->plan_id, NULL };
  PxQuery query = { .filters = filters };
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  gint64 n_items;
  g_autofree char *heading = NULL;

  if (self->plan_id == NULL)
    return;
  plan = px_plan_get (self->db, self->plan_id, &error);
  if (plan == NULL)
    {
      toast (self, error->message);
      return;
    }
  n_items = px_plan_item_count (self->db, &query, NULL);
  heading = g_strdup_printf (_("Delete “%s”?"), plan->title);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   NULL);
  if (n_items > 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Its %u item and the places given to units "
                                                 "are deleted with it. Classes already created "
                                                 "from it are kept.",
                                                 "Its %u items and the places given to units "
                                                 "are deleted with it. Classes already created "
                                                 "from them are kept.", n_items),
                                    (guint) n_items);
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), _("The plan has no items."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "plan-id", g_strdup (plan->base.id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "plan-title", g_strdup (plan->title), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  const char *plan_id = g_variant_get_string (parameter, NULL);

  if (plan_position (self, plan_id) == GTK_INVALID_LIST_POSITION)
    reload_plans (self, plan_id);   /* made elsewhere since the list was read */
  else if (show_plan (self, plan_id))
    select_position (self, plan_id);
  else
    select_position (self, self->plan_id);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  const char *status = g_variant_get_string (parameter, NULL);
  g_autoptr(PxPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan_id == NULL)
    return;
  plan = px_plan_get (self->db, self->plan_id, &error);
  if (plan != NULL)
    {
      g_free (plan->status);
      plan->status = g_strdup (status);
      if (px_plan_update (self->db, plan, NULL, &error))
        {
          show_status (self, status);
          return;
        }
    }
  {
    g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);
    g_autoptr(PxPlan) stored = px_plan_get (self->db, self->plan_id, NULL);

    toast (self, message);
    if (stored != NULL)
      show_status (self, stored->status);
  }
}

static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);

  if (self->plan_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_pane), "pane.new", NULL);
}

/* win.find and win.new-record reach the pane shown by its pane.* actions */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (PX_PLAN_PANE (widget)->list_pane), "pane.search",
                              NULL);
}

static void
add_quota_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  QuotaGroup *qg = current_quota_group (self);
  g_autoptr(PxPlanQuota) quota = NULL;
  g_autoptr(GError) error = NULL;
  const char *unit_id;
  gint64 places;

  if (qg == NULL)
    return;
  g_variant_get (parameter, "(&sx)", &unit_id, &places);
  quota = px_plan_quota_new ();
  quota->plan_item_id = g_strdup (qg->item_id);
  quota->unit_id = g_strdup (unit_id);
  quota->quota = places;
  if (!px_plan_quota_insert (self->db, quota, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not given: %s"), error->message);

      set_add_error (qg, error->message);
      toast (self, message);
      return;
    }
  fill_quota_group (qg);
  quotas_changed (self, qg->item_id);
}

static void
set_quota_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  QuotaGroup *qg = current_quota_group (self);
  g_autoptr(PxPlanQuota) quota = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = NULL;
  const char *quota_id;
  gint64 places;
  gboolean saved = FALSE;

  g_variant_get (parameter, "(&sx)", &quota_id, &places);
  if (qg != NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (qg->list)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "quota-id"), quota_id) == 0)
        row = child;

  quota = px_plan_quota_get (self->db, quota_id, &error);
  if (quota != NULL)
    {
      gint64 stored = quota->quota;

      quota->quota = places;
      saved = px_plan_quota_update (self->db, quota, NULL, &error);
      if (!saved)
        quota->quota = stored;
    }
  if (!saved)
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      toast (self, message);
      if (row != NULL)
        {
          GtkWidget *spin = g_object_get_data (G_OBJECT (row), "spin");

          set_row_error (row, error->message);
          if (quota != NULL)
            {
              /* back to what is stored, so that the form never shows what core refused */
              g_signal_handlers_block_by_func (spin, quota_spin_changed_cb, qg);
              gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), quota->quota);
              g_signal_handlers_unblock_by_func (spin, quota_spin_changed_cb, qg);
            }
        }
      return;
    }
  if (row != NULL)
    set_row_error (row, NULL);
  if (qg != NULL)
    update_allocation (qg);
  quotas_changed (self, quota->plan_item_id);
}

/* Weak on the pane: the pane keeps its last toast, which keeps this. */
typedef struct
{
  PxPlanPane *pane;
  PxPlanQuota *quota;
} RemovedQuota;

static void
removed_quota_free (gpointer  data,
                    GClosure *closure)
{
  RemovedQuota *removed = data;

  g_clear_weak_pointer (&removed->pane);
  px_plan_quota_free (removed->quota);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast     *toast_,
                RemovedQuota *removed)
{
  PxPlanPane *self = removed->pane;
  g_autoptr(PxPlanQuota) copy = NULL;
  g_autoptr(GError) error = NULL;
  QuotaGroup *qg;

  if (self == NULL)
    return;
  copy = px_plan_quota_copy (removed->quota);
  if (!px_plan_quota_insert (self->db, copy, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      toast (self, message);
      return;
    }
  qg = current_quota_group (self);
  if (qg != NULL && g_strcmp0 (qg->item_id, copy->plan_item_id) == 0)
    fill_quota_group (qg);
  quotas_changed (self, copy->plan_item_id);
}

static void
remove_quota_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxPlanPane *self = PX_PLAN_PANE (widget);
  const char *quota_id = g_variant_get_string (parameter, NULL);
  QuotaGroup *qg = current_quota_group (self);
  g_autoptr(PxPlanQuota) quota = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  RemovedQuota *removed;
  AdwToast *undo;

  quota = px_plan_quota_get (self->db, quota_id, &error);
  if (quota == NULL || !px_plan_quota_delete (self->db, quota_id, &error))
    {
      message = g_strdup_printf (_("Not removed: %s"), error->message);
      toast (self, message);
      return;
    }
  if (qg != NULL)
    fill_quota_group (qg);
  quotas_changed (self, quota->plan_item_id);

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %lld place taken back",
                                          "%s: %lld places taken back", quota->quota),
                             qg != NULL ? unit_name (qg, quota->unit_id)
                                        : px_list_pane_unit_name (self->list_pane,
                                                                  quota->unit_id),
                             (long long) quota->quota);
  undo = px_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  removed = g_new0 (RemovedQuota, 1);
  g_set_weak_pointer (&removed->pane, self);
  removed->quota = g_steal_pointer (&quota);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (undo_remove_cb), removed,
                         removed_quota_free, 0);
  show_toast (self, undo);
}

/* GObject */

static void
px_plan_pane_dispose (GObject *object)
{
  PxPlanPane *self = PX_PLAN_PANE (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->quota_group);
  /* AdwBin unparents its child itself: hand it back first, so that the template does not
   * unparent it a second time */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_PLAN_PANE);
  self->list_pane = NULL;   /* was the template's list_slot's child */
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_plan_pane_parent_class)->dispose (object);
}

static void
px_plan_pane_finalize (GObject *object)
{
  PxPlanPane *self = PX_PLAN_PANE (object);

  g_strfreev (self->plan_ids);
  g_free (self->plan_id);

  G_OBJECT_CLASS (px_plan_pane_parent_class)->finalize (object);
}

static void
px_plan_pane_class_init (PxPlanPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_plan_pane_dispose;
  object_class->finalize = px_plan_pane_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-plan-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, stack);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, plan_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, plan_labels);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, list_slot);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, totals_expander);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, totals_grid);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, totals_summary);
  gtk_widget_class_bind_template_child (widget_class, PxPlanPane, totals_note);
  gtk_widget_class_bind_template_callback (widget_class, plan_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, totals_expanded_cb);

  gtk_widget_class_install_action (widget_class, "plan.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-plan", NULL, edit_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-plan", NULL, delete_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.select-plan", "s", select_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "plan.new-item", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "plan.add-quota", "(sx)", add_quota_action);
  gtk_widget_class_install_action (widget_class, "plan.set-quota", "(sx)", set_quota_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-quota", "s",
                                   remove_quota_action);
  /* what the window's Ctrl+N and Ctrl+F ask of the pane shown; inside the list its own
   * pane.* actions answer first */
  gtk_widget_class_install_action (widget_class, "pane.new", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "pane.search", NULL, search_action);
}

static void
px_plan_pane_init (PxPlanPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PxPlanPane *
px_plan_pane_new (PxDatabase *db)
{
  PxPlanPane *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_PLAN_PANE, NULL);
  self->db = g_object_ref (db);
  self->list_pane = px_list_pane_new (db, get_item_spec ());
  adw_bin_set_child (self->list_slot, GTK_WIDGET (self->list_pane));
  g_signal_connect_object (px_list_pane_get_model (self->list_pane), "notify::loading",
                           G_CALLBACK (model_loading_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (px_list_pane_get_editor (self->list_pane), "map",
                           G_CALLBACK (editor_mapped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (px_list_pane_get_editor (self->list_pane), "unmap",
                           G_CALLBACK (editor_unmapped_cb), self, G_CONNECT_SWAPPED);
  reload_plans (self, NULL);
  return self;
}

/* Accessors */

const char *
px_plan_pane_get_plan_id (PxPlanPane *self)
{
  g_return_val_if_fail (PX_IS_PLAN_PANE (self), NULL);
  return self->plan_id;
}

PxListPane *
px_plan_pane_get_list_pane (PxPlanPane *self)
{
  g_return_val_if_fail (PX_IS_PLAN_PANE (self), NULL);
  return self->list_pane;
}

GtkWidget *
px_plan_pane_get_dialog (PxPlanPane *self)
{
  g_return_val_if_fail (PX_IS_PLAN_PANE (self), NULL);
  return self->dialog;
}

GtkWidget *
px_plan_pane_get_quota_group (PxPlanPane *self)
{
  g_return_val_if_fail (PX_IS_PLAN_PANE (self), NULL);
  return self->quota_group;
}

void
px_plan_pane_reload (PxPlanPane *self)
{
  g_return_if_fail (PX_IS_PLAN_PANE (self));

  px_list_pane_reload (self->list_pane);
  reload_plans (self, NULL);
  refresh_totals (self);
}
