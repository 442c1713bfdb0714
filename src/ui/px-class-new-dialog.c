/* px-class-new-dialog.c: a new class from the training plan, or a copy of a class on new dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both ask for the same three things (a code, a title, a start date) and differ in where the
 * rest comes from: the plan item (type, places, days) or the class copied (everything, with
 * its timetable moved to the new dates).
 */

#define G_LOG_DOMAIN "px-class-new-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-class-copy.h"
#include "px-class-from-plan.h"
#include "px-class-new-dialog.h"
#include "px-date.h"
#include "px-training-class.h"
#include "px-validation-error.h"

typedef struct
{
  PxDatabase *db;
  char *source_class_id;        /* the class copied, or NULL for one from the plan */
  GPtrArray *items;             /* (element-type PxPlanItemChoice) for the drop-down */
  PxClassCreatedFunc created;
  gpointer user_data;

  GtkWidget *item_drop_down;
  GtkWidget *code_row;
  GtkWidget *title_row;
  GtkWidget *start_row;
  GtkWidget *message;
  gboolean title_edited;        /* typed by hand: a new plan item no longer replaces it */
  gboolean filling;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_object_unref (dialog->db);
  g_free (dialog->source_class_id);
  g_clear_pointer (&dialog->items, g_ptr_array_unref);
  g_free (dialog);
}

/* "2026 · 中青年干部培训班 · 50 places · 5 days · March" */
static char *
item_label (const PxPlanItemChoice *item)
{
  g_autoptr(GString) label = g_string_new (NULL);

  g_string_append_printf (label, "%d · %s", item->year, item->title);
  if (item->quota != PX_INT_UNSET)
    {
      g_string_append (label, " · ");
      g_string_append_printf (label, g_dngettext (GETTEXT_PACKAGE, "%d place", "%d places",
                                                  (gulong) item->quota), (int) item->quota);
    }
  if (!isnan (item->days))
    {
      char days[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (label, " · ");
      /* TRANSLATORS: a plan item's length; %s is a number of days, e.g. 5 or 2.5 */
      g_string_append_printf (label, _("%s days"),
                              g_ascii_formatd (days, sizeof days, "%g", item->days));
    }
  if (item->n_classes > 0)
    {
      g_string_append (label, " · ");
      g_string_append_printf (label, g_dngettext (GETTEXT_PACKAGE, "%u class made",
                                                  "%u classes made", item->n_classes),
                              item->n_classes);
    }
  return g_string_free (g_steal_pointer (&label), FALSE);
}

/* The first Monday of the item's month (of its plan's year), or of next week. */
static char *
suggest_start (const PxPlanItemChoice *item)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = NULL;

  if (item != NULL && item->month != PX_INT_UNSET)
    day = g_date_time_new_local (item->year, (int) item->month, 1, 0, 0, 0);
  else
    day = g_date_time_add_days (now, 7);
  while (g_date_time_get_day_of_week (day) != 1)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  return g_date_time_format (day, "%Y-%m-%d");
}

static const PxPlanItemChoice *
selected_item (Dialog *dialog)
{
  guint i;

  if (dialog->item_drop_down == NULL)
    return NULL;
  i = gtk_drop_down_get_selected (GTK_DROP_DOWN (dialog->item_drop_down));
  return i < dialog->items->len ? g_ptr_array_index (dialog->items, i) : NULL;
}

static void
item_selected_cb (Dialog *dialog)
{
  const PxPlanItemChoice *item = selected_item (dialog);
  g_autofree char *code = NULL;
  g_autofree char *start = NULL;

  if (item == NULL)
    return;
  dialog->filling = TRUE;
  code = px_class_suggest_code (dialog->db, item->year, item->class_type);
  start = suggest_start (item);
  gtk_editable_set_text (GTK_EDITABLE (dialog->code_row), code);
  if (!dialog->title_edited)
    gtk_editable_set_text (GTK_EDITABLE (dialog->title_row), item->title);
  gtk_editable_set_text (GTK_EDITABLE (dialog->start_row), start);
  dialog->filling = FALSE;
}

static void
title_changed_cb (Dialog *dialog)
{
  if (!dialog->filling)
    dialog->title_edited = TRUE;
}

static void
clear_marks (Dialog *dialog)
{
  gtk_widget_remove_css_class (dialog->code_row, "error");
  gtk_widget_remove_css_class (dialog->title_row, "error");
  gtk_widget_remove_css_class (dialog->start_row, "error");
  gtk_widget_set_visible (dialog->message, FALSE);
}

/* The message beside the field it is about. */
static void
show_error (Dialog       *dialog,
            const GError *error)
{
  const char *column = px_validation_error_get_column (error);
  GtkWidget *row = NULL;

  if (g_strcmp0 (column, "code") == 0)
    row = dialog->code_row;
  else if (g_strcmp0 (column, "title") == 0)
    row = dialog->title_row;
  else if (g_strcmp0 (column, "start_date") == 0 || g_strcmp0 (column, "end_date") == 0)
    row = dialog->start_row;
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (GTK_LABEL (dialog->message), error->message);
  gtk_widget_set_visible (dialog->message, TRUE);
}

static void
create_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWidget *widget = user_data;
  Dialog *dialog = g_object_get_data (G_OBJECT (widget), "dialog");
  const char *code = gtk_editable_get_text (GTK_EDITABLE (dialog->code_row));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (dialog->title_row));
  g_autofree char *start = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->start_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *class_id = NULL;
  PxLooseDate loose;

  clear_marks (dialog);
  /* 2026/3/2 and 2026年3月2日 are dates too */
  if (!px_date_is_iso (start) && px_date_parse_loose (start, &loose)
      && loose.precision == PX_DATE_PRECISION_DAY)
    {
      g_free (start);
      start = px_loose_date_format (&loose);
    }

  if (dialog->source_class_id != NULL)
    {
      if (px_class_copy (dialog->db, dialog->source_class_id, code, title, start, &class_id,
                         &error))
        g_clear_error (&error);
    }
  else
    {
      const PxPlanItemChoice *item = selected_item (dialog);

      if (item == NULL)
        {
          gtk_label_set_text (GTK_LABEL (dialog->message),
                              _("The training plan has no items yet: add the class to the plan "
                                "first, or make the class with New in the list."));
          gtk_widget_set_visible (dialog->message, TRUE);
          return;
        }
      class_id = px_class_create_from_plan_item (dialog->db, item->id, code, title, start,
                                                 &error);
    }
  if (class_id == NULL)
    {
      show_error (dialog, error);
      return;
    }
  dialog->created (class_id, dialog->user_data);
  gtk_window_destroy (GTK_WINDOW (widget));
}

static GtkWidget *
entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

GtkWindow *
px_class_new_dialog_present (GtkWidget          *parent,
                             PxDatabase         *db,
                             const char         *source_class_id,
                             PxClassCreatedFunc  created,
                             gpointer            user_data)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *create = NULL;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(PxTrainingClass) source = NULL;
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) create_action = g_simple_action_new ("create", NULL);

  g_signal_connect (create_action, "activate", G_CALLBACK (create_activated_cb), window);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (create_action));
  gtk_widget_insert_action_group (window, "dialog", G_ACTION_GROUP (actions));
  dialog->db = g_object_ref (db);
  dialog->source_class_id = g_strdup (source_class_id);
  dialog->created = created;
  dialog->user_data = user_data;
  g_object_set_data_full (G_OBJECT (window), "dialog", dialog, (GDestroyNotify) dialog_free);

  create = gtk_button_new_with_mnemonic (source_class_id != NULL ? _("C_opy") : _("C_reate"));
  gtk_widget_add_css_class (create, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (create), "dialog.create");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), create);
  gtk_window_set_default_widget (GTK_WINDOW (window), create);

  dialog->code_row = entry_row (_("Code"));
  dialog->title_row = entry_row (_("Title"));
  dialog->start_row = entry_row (_("Start date (2026-03-02)"));
  g_signal_connect_swapped (dialog->title_row, "changed", G_CALLBACK (title_changed_cb), dialog);

  if (source_class_id != NULL)
    {
      source = px_training_class_get (db, source_class_id, NULL);
      gtk_window_set_title (GTK_WINDOW (window), _("Copy Class"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
        _("The new class has this class's places, rules and timetable, moved to the new "
          "dates. Trainees, attendance and results are not copied."));
      if (source != NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *code = px_class_suggest_code (db, g_date_time_get_year (now),
                                                         source->class_type);
          g_autofree char *start = suggest_start (NULL);

          gtk_editable_set_text (GTK_EDITABLE (dialog->code_row), code);
          gtk_editable_set_text (GTK_EDITABLE (dialog->title_row), source->title);
          gtk_editable_set_text (GTK_EDITABLE (dialog->start_row), start);
        }
    }
  else
    {
      g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
      g_auto(GStrv) label_list = NULL;
      GtkWidget *item_row = adw_action_row_new ();

      gtk_window_set_title (GTK_WINDOW (window), _("New Class from the Training Plan"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
        _("The class takes the item's class type, its quota as places and its days as dates "
          "and hours. All of them can be changed afterwards."));
      dialog->items = px_class_plan_item_choices (db, NULL);
      if (dialog->items == NULL)
        dialog->items = g_ptr_array_new ();
      for (guint i = 0; i < dialog->items->len; i++)
        {
          g_autofree char *label = item_label (g_ptr_array_index (dialog->items, i));

          g_strv_builder_add (labels, label);
        }
      label_list = g_strv_builder_end (labels);
      dialog->item_drop_down = gtk_drop_down_new_from_strings ((const char * const *) label_list);
      gtk_drop_down_set_expression (GTK_DROP_DOWN (dialog->item_drop_down),
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                 "string"));
      gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dialog->item_drop_down), TRUE);
      gtk_widget_set_valign (dialog->item_drop_down, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (dialog->item_drop_down, TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item_row), _("Plan item"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (item_row), dialog->item_drop_down);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item_row), dialog->item_drop_down);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), item_row);
      g_signal_connect_swapped (dialog->item_drop_down, "notify::selected",
                                G_CALLBACK (item_selected_cb), dialog);
      item_selected_cb (dialog);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), dialog->code_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), dialog->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), dialog->start_row);
  dialog->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (dialog->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (dialog->message), 0);
  gtk_widget_add_css_class (dialog->message, "error");
  gtk_widget_set_margin_top (dialog->message, 12);
  gtk_widget_set_visible (dialog->message, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), dialog->message);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), page);
  gtk_widget_set_vexpand (page, TRUE);
  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, -1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (dialog->code_row);
  return GTK_WINDOW (window);
}
