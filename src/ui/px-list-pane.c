/* px-list-pane.c: a searchable, sortable list of one kind of record with its form beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-list-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-list-pane.h"
#include "px-org-unit.h"
#include "px-record-field.h"
#include "px-sheet-job.h"
#include "px-sql-sorter.h"
#include "px-toast.h"

/* A deleted record kept until its toast goes, so that Undo can put it back as it was. */
typedef struct
{
  GWeakRef pane;        /* weak: the pane keeps its last toast, which keeps this */
  const PxEntity *entity;
  gpointer record;
  GPtrArray *links;     /* GStrv per PX_EDIT_LINKS edit, in spec order */
  GPtrArray *children;  /* GPtrArray of records per PxChildSpec, in spec order */
} DeletedRecord;

struct _PxListPane
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkWidget *filter_scroller;
  GtkWidget *filter_box;
  GtkWidget *reveal_button;
  GtkWidget *sheet_button;
  GtkStack *list_stack;
  GtkColumnView *column_view;
  AdwStatusPage *empty_page;
  GtkWidget *empty_import_button;
  GtkLabel *count_label;
  GtkSpinner *spinner;
  AdwFlap *flap;
  GtkWidget *editor_box;
  GtkLabel *editor_title;

  /* Owned references */
  PxDatabase *db;
  const PxPaneSpec *spec;
  PxRecordListModel *model;
  GtkSingleSelection *selection;
  PxRecordEditor *editor;
  GSettings *settings;
  GHashTable *unit_names;
  GPtrArray *filter_keys;      /* GStrv per filter drop-down */
  guint filter_generation;     /* counts rebuilds, so that late values are dropped */
  gboolean distinct_pending;   /* filters to fill once the rows are read */
  guint distinct_source;
  char *select_after_load;     /* id of a row to select when the running query is done */
  char *parent_column;         /* the records shown are those of one parent, e.g. "plan_id" */
  char *parent_value;
  gboolean revealed;
  gboolean restoring_selection;
};

enum {
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PxListPane, px_list_pane, ADW_TYPE_BIN)

static void fill_distinct_filters (PxListPane *self);
static void build_filters (PxListPane *self);

#define FILL_FILTERS_DELAY_MS 750

static void
fill_distinct_filters_cb (gpointer user_data)
{
  PxListPane *self = user_data;

  self->distinct_source = 0;
  if (self->distinct_pending)
    fill_distinct_filters (self);
}

/* Text for the user */

static char *
format_count (const char *format,
              guint       n)
{
  g_autoptr(GString) text = g_string_new (format);
  g_autofree char *number = g_strdup_printf ("%'u", n);   /* 100,000: grouped as the locale does */

  g_string_replace (text, "%u", number, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
record_title (PxListPane    *self,
              gconstpointer  record)
{
  const PxField *field = px_entity_find_field (self->spec->entity, self->spec->title_field);

  return field != NULL ? px_record_field_get_text (field, record) : g_strdup ("");
}

/* Shows a toast in the window (takes it), and keeps it as the pane's "last-toast" so that
 * its Undo can be reached without a pointer (tests, accessibility tools). */
static void
show_toast (PxListPane *self,
            AdwToast   *toast)
{
  px_toast_show (GTK_WIDGET (self), toast);
}

void
px_list_pane_add_tool (PxListPane *self,
                       GtkWidget  *widget)
{
  g_return_if_fail (PX_IS_LIST_PANE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->reveal_button)), widget,
                              self->reveal_button);
}

void
px_list_pane_toast (PxListPane *self,
                    const char *message)
{
  g_return_if_fail (PX_IS_LIST_PANE (self));

  show_toast (self, px_toast_new (message));
}

static gboolean
has_search_or_filter (PxListPane *self)
{
  if (px_record_list_model_get_search (self->model) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (self->filter_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_drop_down_get_selected (GTK_DROP_DOWN (child)) > 0)
      return TRUE;
  return FALSE;
}

static void
update_count (PxListPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  gboolean loading = px_record_list_model_is_loading (self->model);
  g_autofree char *text = format_count (g_dngettext (GETTEXT_PACKAGE,
                                                     self->spec->count_singular,
                                                     self->spec->count_plural, n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_spinner_set_spinning (self->spinner, loading);
  if (loading)
    return;
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (has_search_or_filter (self))
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* The form */

/* The form is made when first wanted: a list opens faster without a form it may never show. */
static PxRecordEditor *
ensure_editor (PxListPane *self)
{
  if (self->editor == NULL)
    {
      self->editor = px_record_editor_new (self->db, self->spec, self);
      gtk_box_append (GTK_BOX (self->editor_box), GTK_WIDGET (self->editor));
      if (self->parent_column != NULL)
        px_record_editor_set_default (self->editor, self->parent_column, self->parent_value);
    }
  return self->editor;
}

static void
show_editor (PxListPane    *self,
             gconstpointer  record)
{
  g_autofree char *title = NULL;

  px_record_editor_set_record (ensure_editor (self), record);
  if (record != NULL)
    title = record_title (self, record);
  else
    title = g_strdup_printf (_("New %s"), _(self->spec->entity->label));
  gtk_label_set_text (self->editor_title, title);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.delete", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.save", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.close-editor", TRUE);
}

static void
hide_editor (PxListPane *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  if (self->editor != NULL)
    px_record_editor_set_record (self->editor, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.close-editor", FALSE);
}

/* Saves what the form holds before it shows something else: nothing typed is dropped
 * silently. Returns FALSE (and shows why) when it could not be saved. */
static gboolean
save_pending (PxListPane *self)
{
  g_autoptr(GError) error = NULL;
  gboolean was_new;

  if (self->editor == NULL || !adw_flap_get_reveal_flap (self->flap)
      || !px_record_editor_get_modified (self->editor))
    return TRUE;
  was_new = px_record_editor_is_new (self->editor);
  if (!px_record_editor_save (self->editor, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      px_list_pane_toast (self, message);
      return FALSE;
    }
  if (was_new)
    px_record_list_model_refresh (self->model);
  else
    {
      gconstpointer stored = px_record_editor_get_record (self->editor);
      gint64 key = px_record_list_model_key_for_id (self->model, ((PxRecord *) stored)->id);

      px_record_list_model_reload_key (self->model, key);
    }
  return TRUE;
}

static void
select_id (PxListPane *self,
           const char *id)
{
  gint64 key = px_record_list_model_key_for_id (self->model, id);
  guint position = px_record_list_model_find_key (self->model, key);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  self->restoring_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->restoring_selection = FALSE;
  /* GTK 4.8 has no gtk_column_view_scroll_to (4.12): the column view's own list view does */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void
selection_changed_cb (PxListPane *self)
{
  PxRecordItem *item;

  if (self->restoring_selection)
    return;
  item = gtk_single_selection_get_selected_item (self->selection);
  if (item == NULL)
    return;
  if (self->editor != NULL && adw_flap_get_reveal_flap (self->flap)
      && px_record_editor_get_record (self->editor) != NULL
      && g_strcmp0 (((PxRecord *) px_record_editor_get_record (self->editor))->id,
                    px_record_item_get_id (item)) == 0)
    return;
  if (!save_pending (self))
    {
      /* the form could not be saved: it stays, and so does the row it is about */
      gconstpointer shown = self->editor != NULL ? px_record_editor_get_record (self->editor)
                                                 : NULL;

      if (shown != NULL)
        select_id (self, ((const PxRecord *) shown)->id);
      else
        {
          self->restoring_selection = TRUE;
          gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
          self->restoring_selection = FALSE;
        }
      return;
    }
  show_editor (self, px_record_item_get_record (item));
}

static void
model_loading_cb (PxListPane *self)
{
  update_count (self);
  if (!px_record_list_model_is_loading (self->model) && self->distinct_pending
      && self->distinct_source == 0)
    {
      /* a moment later: the rows are drawn first, without a second scan beside them */
      self->distinct_source = g_timeout_add_once (FILL_FILTERS_DELAY_MS,
                                                  fill_distinct_filters_cb, self);
    }
  if (!px_record_list_model_is_loading (self->model) && self->select_after_load != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->select_after_load);

      select_id (self, id);
    }
}

/* The window first appears with the list's frame (toolbar, headers, count), and the rows
 * come after it: reading 100,000 keys in order takes a core for a tenth of a second, and
 * drawing the first rows of a column view (it makes up to 200 of them on GTK 4.8) is the
 * costliest frame of all; the window should wait for neither. */
static void
show_rows (PxListPane *self)
{
  /* the filters too: the unit tree and the link targets are lists to read and build */
  build_filters (self);
  gtk_widget_set_visible (self->filter_scroller, self->spec->n_filters > 0);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  px_record_list_model_release (self->model);
}

static void
first_frame_cb (GdkFrameClock *clock,
                PxListPane    *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  show_rows (self);
}

static void
pane_mapped_cb (PxListPane *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (self, pane_mapped_cb, NULL);
  if (clock == NULL)
    {
      show_rows (self);
      return;
    }
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Columns */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               const PxColumnSpec       *column)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), column->numeric ? 1.0 : 0.0);
  /* An inscription takes its line height from the fonts of its context's language. Outside
   * a Chinese locale those are Latin fonts, shorter than the CJK glyphs of names and units,
   * whose tops would be cut off; the cells hold Chinese text whatever the locale. */
  pango_context_set_language (gtk_widget_get_pango_context (cell),
                              pango_language_from_string ("zh-cn"));
  gtk_list_item_set_child (list_item, cell);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              const PxColumnSpec       *column)
{
  PxListPane *self = g_object_get_data (G_OBJECT (factory), "pane");
  PxRecordItem *item = gtk_list_item_get_item (list_item);
  gconstpointer record = px_record_item_get_record (item);
  g_autofree char *text = NULL;

  if (((PxRecord *) record)->id == NULL)
    text = g_strdup ("");
  else if (column->text != NULL)
    text = column->text (self, record);
  else
    text = px_record_field_get_text (px_entity_find_field (self->spec->entity, column->field),
                                     record);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

static void
sort_changed_cb (PxListPane *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  gboolean descending = FALSE;
  const char *key = px_sql_sorter_read_primary (sorter, &descending);
  g_autoptr(GVariant) stored = g_settings_get_value (self->settings, "sort");
  GVariantBuilder builder;
  GVariantIter iter;
  const char *pane, *column;
  gboolean down;

  if (key == NULL)
    descending = self->spec->default_descending;
  px_record_list_model_set_sort (self->model, key != NULL ? key : self->spec->default_sort,
                                 descending);

  /* the other lists' orders as they were, and this one's as it is now */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(sb)}"));
  g_variant_iter_init (&iter, stored);
  while (g_variant_iter_next (&iter, "{&s(&sb)}", &pane, &column, &down))
    if (!g_str_equal (pane, self->spec->name))
      g_variant_builder_add (&builder, "{s(sb)}", pane, column, down);
  if (key != NULL)
    g_variant_builder_add (&builder, "{s(sb)}", self->spec->name, key, descending);
  g_settings_set_value (self->settings, "sort", g_variant_builder_end (&builder));
}

static void
build_columns (PxListPane *self)
{
  g_autoptr(GVariant) sorts = g_settings_get_value (self->settings, "sort");
  const char *saved_key = NULL;
  gboolean saved_descending = FALSE;
  GtkColumnViewColumn *saved_column = NULL;

  g_variant_lookup (sorts, self->spec->name, "(&sb)", &saved_key, &saved_descending);

  for (guint i = 0; i < self->spec->n_columns; i++)
    {
      const PxColumnSpec *spec = &self->spec->columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "pane", self);
      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), (gpointer) spec);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), (gpointer) spec);
      column = gtk_column_view_column_new (_(spec->title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (spec->width > 0)
        gtk_column_view_column_set_fixed_width (column, spec->width);
      else
        {
          /* names and units take the room that is left, but never less than this: when a
           * form beside the list leaves little, the list scrolls sideways instead */
          gtk_column_view_column_set_fixed_width (column, 150);
          gtk_column_view_column_set_expand (column, TRUE);
        }
      if (spec->sort != NULL)
        {
          g_autoptr(PxSqlSorter) sorter = px_sql_sorter_new (spec->sort);

          gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
          if (g_strcmp0 (saved_key, spec->sort) == 0)
            saved_column = column;
        }
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }

  if (saved_column != NULL)
    {
      gtk_column_view_sort_by_column (self->column_view, saved_column,
                                      saved_descending ? GTK_SORT_DESCENDING
                                                       : GTK_SORT_ASCENDING);
      px_record_list_model_set_sort (self->model, saved_key, saved_descending);
    }
  else
    px_record_list_model_set_sort (self->model, self->spec->default_sort,
                                   self->spec->default_descending);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Filters */

static void
filter_selected_cb (GtkDropDown *drop_down,
                    GParamSpec  *pspec,
                    PxListPane  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "filter-index"));
  const PxFilterSpec *spec = &self->spec->filters[index];
  GStrv keys = g_ptr_array_index (self->filter_keys, index);
  guint selected = gtk_drop_down_get_selected (drop_down);

  px_record_list_model_set_filter (self->model, spec->column,
                                   selected > 0 && selected < g_strv_length (keys)
                                   ? keys[selected] : NULL);
}

static void
fill_filter_choices (PxListPane         *self,
                     const PxFilterSpec *spec,
                     GStrvBuilder       *keys,
                     GStrvBuilder       *labels)
{
  g_auto(GStrv) pairs = NULL;

  switch (spec->kind)
    {
    case PX_FILTER_DISTINCT:
      /* filled from a worker: over 100,000 cadres the values take a scan of the table */
      break;
    case PX_FILTER_CHOICES:
      for (const PxChoice *c = spec->choices; c->key != NULL; c++)
        {
          g_strv_builder_add (keys, c->key);
          g_strv_builder_add (labels, _(c->label));
        }
      break;
    case PX_FILTER_YES_NO:
      g_strv_builder_add (keys, "1");
      g_strv_builder_add (labels, _("Yes"));
      g_strv_builder_add (keys, "0");
      g_strv_builder_add (labels, _("No"));
      break;
    case PX_FILTER_UNIT:
      pairs = px_org_unit_list_tree (self->db, NULL);
      G_GNUC_FALLTHROUGH;
    case PX_FILTER_LINK:
      if (pairs == NULL)
        pairs = px_link_list_choices (self->db, spec->link, NULL);
      for (guint i = 0; pairs != NULL && pairs[i] != NULL; i += 2)
        {
          g_strv_builder_add (keys, pairs[i]);
          g_strv_builder_add (labels, pairs[i + 1]);
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  guint index;
  guint generation;
  GtkDropDown *drop_down;   /* a strong reference */
} DistinctJob;

static void
distinct_job_free (DistinctJob *job)
{
  g_object_unref (job->drop_down);
  g_free (job);
}

static void
find_distinct_in_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  PxListPane *self = source_object;
  DistinctJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) reader = px_database_open_reader (self->db, &error);
  GStrv values = NULL;

  if (reader != NULL)
    values = px_entity_list_distinct (reader, self->spec->entity,
                                      self->spec->filters[job->index].column, &error);
  if (values == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, values, (GDestroyNotify) g_strfreev);
}

static void
distinct_found_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PxListPane *self = PX_LIST_PANE (source);
  DistinctJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) values = g_task_propagate_pointer (G_TASK (result), &error);
  GListModel *labels;
  GStrv keys;
  guint n;

  if (values == NULL)
    {
      g_warning ("Could not list the values to filter by: %s", error->message);
      return;
    }
  if (job->generation != self->filter_generation || self->filter_keys == NULL)
    return;   /* the filters were built again meanwhile */
  keys = g_ptr_array_index (self->filter_keys, job->index);
  n = g_strv_length (keys);
  keys = g_renew (char *, keys, n + g_strv_length (values) + 1);
  labels = gtk_drop_down_get_model (job->drop_down);
  for (guint i = 0; values[i] != NULL; i++)
    {
      gtk_string_list_append (GTK_STRING_LIST (labels), values[i]);
      keys[n++] = g_strdup (values[i]);
    }
  keys[n] = NULL;
  g_ptr_array_index (self->filter_keys, job->index) = keys;
  if (g_list_model_get_n_items (labels) > 12)
    {
      gtk_drop_down_set_expression (job->drop_down,
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                 NULL, "string"));
      gtk_drop_down_set_enable_search (job->drop_down, TRUE);
    }
}

static void
fill_distinct_filter (PxListPane *self,
                      guint       index,
                      GtkWidget  *drop_down)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, distinct_found_cb, NULL);
  DistinctJob *job = g_new0 (DistinctJob, 1);

  job->index = index;
  job->generation = self->filter_generation;
  job->drop_down = g_object_ref (GTK_DROP_DOWN (drop_down));
  g_task_set_source_tag (task, fill_distinct_filter);
  g_task_set_task_data (task, job, (GDestroyNotify) distinct_job_free);
  g_task_run_in_thread (task, find_distinct_in_thread);
}

static void
fill_distinct_filters (PxListPane *self)
{
  guint i = 0;

  self->distinct_pending = FALSE;
  for (GtkWidget *drop_down = gtk_widget_get_first_child (self->filter_box); drop_down != NULL;
       drop_down = gtk_widget_get_next_sibling (drop_down), i++)
    if (self->spec->filters[i].kind == PX_FILTER_DISTINCT)
      fill_distinct_filter (self, i, drop_down);
}

static void
build_filters (PxListPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->filter_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->filter_box), child);
  g_ptr_array_set_size (self->filter_keys, 0);
  self->filter_generation++;

  for (guint i = 0; i < self->spec->n_filters; i++)
    {
      const PxFilterSpec *spec = &self->spec->filters[i];
      g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
      g_auto(GStrv) label_list = NULL;
      GtkWidget *drop_down;

      g_strv_builder_add (keys, "");
      g_strv_builder_add (labels, _(spec->label));
      fill_filter_choices (self, spec, keys, labels);
      label_list = g_strv_builder_end (labels);
      drop_down = gtk_drop_down_new_from_strings ((const char * const *) label_list);
      gtk_widget_set_tooltip_text (drop_down, _(spec->label));
      if (g_strv_length (label_list) > 12)
        {
          gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                        gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                     NULL, "string"));
          gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
        }
      g_object_set_data (G_OBJECT (drop_down), "filter-index", GUINT_TO_POINTER (i));
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (filter_selected_cb), self);
      gtk_box_append (GTK_BOX (self->filter_box), drop_down);
      g_ptr_array_add (self->filter_keys, g_strv_builder_end (keys));
    }
  /* the values come after the rows, so that the two scans do not hold up each other */
  if (px_record_list_model_is_loading (self->model))
    self->distinct_pending = TRUE;
  else
    fill_distinct_filters (self);
}

gboolean
px_list_pane_set_filter (PxListPane *self,
                         guint       index,
                         const char *key)
{
  GtkWidget *drop_down;
  GStrv keys;

  g_return_val_if_fail (PX_IS_LIST_PANE (self), FALSE);
  g_return_val_if_fail (index < self->filter_keys->len, FALSE);

  drop_down = gtk_widget_get_first_child (self->filter_box);
  for (guint i = 0; i < index; i++)
    drop_down = gtk_widget_get_next_sibling (drop_down);
  keys = g_ptr_array_index (self->filter_keys, index);
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_equal (keys[i], key != NULL ? key : ""))
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
        return TRUE;
      }
  return FALSE;
}

/* Callbacks */

static void
search_changed_cb (PxListPane *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text
                                                (GTK_EDITABLE (self->search_entry))));

  px_record_list_model_set_search (self->model, text);
}

static void
stop_search_cb (PxListPane *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PxListPane *self = PX_LIST_PANE (widget);
  GtkWidget *first;

  if (!save_pending (self))
    return;
  self->restoring_selection = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->restoring_selection = FALSE;
  show_editor (self, NULL);
  first = px_record_editor_get_row (self->editor, self->spec->edits[0].column);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxListPane *self = PX_LIST_PANE (widget);
  g_autoptr(GError) error = NULL;
  gboolean was_new = px_record_editor_is_new (ensure_editor (self));
  gconstpointer stored;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (!px_record_editor_save (self->editor, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);

      px_list_pane_toast (self, text);
      return;
    }
  stored = px_record_editor_get_record (self->editor);
  title = record_title (self, stored);
  gtk_label_set_text (self->editor_title, title);
  gtk_widget_action_set_enabled (widget, "pane.delete", TRUE);
  message = g_strdup_printf (_("“%s” saved"), title);
  px_list_pane_toast (self, message);

  if (was_new)
    {
      g_free (self->select_after_load);
      self->select_after_load = g_strdup (((PxRecord *) stored)->id);
      px_record_list_model_refresh (self->model);
    }
  else
    {
      /* a changed name may move the row: read the order again and keep it selected */
      px_record_list_model_reload_key (self->model,
                                       px_record_list_model_key_for_id
                                         (self->model, ((PxRecord *) stored)->id));
      g_free (self->select_after_load);
      self->select_after_load = g_strdup (((PxRecord *) stored)->id);
      px_record_list_model_refresh (self->model);
    }
}

static void
deleted_record_free (DeletedRecord *deleted)
{
  px_record_free (deleted->entity, deleted->record);
  g_ptr_array_unref (deleted->links);
  g_ptr_array_unref (deleted->children);
  g_weak_ref_clear (&deleted->pane);
  g_free (deleted);
}

static void
deleted_record_closure_free (gpointer  data,
                             GClosure *closure)
{
  deleted_record_free (data);
}

static void
undo_delete_cb (AdwToast      *toast,
                DeletedRecord *deleted)
{
  g_autoptr(PxListPane) self = g_weak_ref_get (&deleted->pane);
  g_autoptr(GError) error = NULL;
  gpointer copy;
  guint link = 0;

  if (self == NULL)
    return;
  copy = px_record_copy (self->spec->entity, deleted->record);

  if (!px_database_begin (self->db, &error))
    goto failed;
  if (!px_entity_insert (self->db, self->spec->entity, copy, &error))
    {
      px_database_rollback (self->db);
      goto failed;
    }
  for (guint i = 0; i < self->spec->n_edits; i++)
    {
      const PxEditSpec *edit = &self->spec->edits[i];

      if (edit->kind != PX_EDIT_LINKS)
        continue;
      if (!px_link_set_targets (self->db, edit->link, ((PxRecord *) copy)->id,
                                g_ptr_array_index (deleted->links, link++), &error))
        {
          px_database_rollback (self->db);
          goto failed;
        }
    }
  for (guint i = 0; self->spec->children != NULL && self->spec->children[i].entity != NULL; i++)
    {
      GPtrArray *rows = g_ptr_array_index (deleted->children, i);

      for (guint j = 0; j < rows->len; j++)
        {
          gpointer row = px_record_copy (self->spec->children[i].entity,
                                         g_ptr_array_index (rows, j));
          gboolean done = px_entity_insert (self->db, self->spec->children[i].entity, row,
                                            &error);

          px_record_free (self->spec->children[i].entity, row);
          if (!done)
            {
              px_database_rollback (self->db);
              goto failed;
            }
        }
    }
  if (!px_database_commit (self->db, &error))
    goto failed;

  g_free (self->select_after_load);
  self->select_after_load = g_strdup (((PxRecord *) copy)->id);
  px_record_list_model_refresh (self->model);
  px_record_free (self->spec->entity, copy);
  return;

failed:
  px_record_free (self->spec->entity, copy);
  {
    g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

    px_list_pane_toast (self, message);
  }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxListPane *self = PX_LIST_PANE (widget);
  gconstpointer stored = px_record_editor_get_record (ensure_editor (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  DeletedRecord *deleted;
  AdwToast *toast;

  if (stored == NULL)
    return;
  if (self->spec->check_delete != NULL
      && !self->spec->check_delete (self->db, ((PxRecord *) stored)->id, &error))
    {
      px_list_pane_toast (self, error->message);
      return;
    }

  deleted = g_new0 (DeletedRecord, 1);
  g_weak_ref_init (&deleted->pane, self);
  deleted->entity = self->spec->entity;
  deleted->record = px_record_copy (self->spec->entity, stored);
  deleted->links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < self->spec->n_edits; i++)
    if (self->spec->edits[i].kind == PX_EDIT_LINKS)
      {
        GStrv targets = px_link_get_targets (self->db, self->spec->edits[i].link,
                                             ((PxRecord *) stored)->id, NULL);

        g_ptr_array_add (deleted->links, targets != NULL ? targets : g_new0 (char *, 1));
      }

  deleted->children = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; self->spec->children != NULL && self->spec->children[i].entity != NULL; i++)
    {
      const char *filters[] = { self->spec->children[i].parent_column,
                                ((PxRecord *) stored)->id, NULL };
      PxQuery query = { .filters = filters };
      GPtrArray *rows = px_entity_list (self->db, self->spec->children[i].entity, &query, NULL);

      g_ptr_array_add (deleted->children,
                       rows != NULL ? rows : g_ptr_array_new ());
    }

  if (!px_entity_delete (self->db, self->spec->entity, ((PxRecord *) stored)->id, &error))
    {
      px_list_pane_toast (self, error->message);
      deleted_record_free (deleted);
      return;
    }

  title = record_title (self, deleted->record);
  hide_editor (self);
  px_record_list_model_refresh (self->model);

  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = px_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), deleted,
                         deleted_record_closure_free, 0);
  show_toast (self, toast);
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxListPane *self = PX_LIST_PANE (widget);

  if (!save_pending (self))
    return;
  hide_editor (self);
  self->restoring_selection = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->restoring_selection = FALSE;
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxListPane *self = PX_LIST_PANE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  px_sheet_job_import (PX_LIST_PANE (widget), NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  px_sheet_job_export (PX_LIST_PANE (widget), NULL);
}

/* GObject */

static void
px_list_pane_dispose (GObject *object)
{
  PxListPane *self = PX_LIST_PANE (object);

  /* AdwBin unparents its child itself: hand it back first, so that the template does not
   * unparent it a second time */
  /* taking the columns down changes the sort; that is not the registrar's choice to keep */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->column_view),
                                          sort_changed_cb, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_LIST_PANE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->filter_keys, g_ptr_array_unref);
  g_clear_pointer (&self->select_after_load, g_free);
  g_clear_pointer (&self->parent_column, g_free);
  g_clear_pointer (&self->parent_value, g_free);
  g_clear_handle_id (&self->distinct_source, g_source_remove);

  G_OBJECT_CLASS (px_list_pane_parent_class)->dispose (object);
}

static void
px_list_pane_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PxListPane *self = PX_LIST_PANE (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, self->revealed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_list_pane_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PxListPane *self = PX_LIST_PANE (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      if (self->revealed != g_value_get_boolean (value))
        {
          self->revealed = g_value_get_boolean (value);
          /* rebind every row so that the cells show or mask again */
          px_record_list_model_invalidate (self->model);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_list_pane_class_init (PxListPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_list_pane_dispose;
  object_class->get_property = px_list_pane_get_property;
  object_class->set_property = px_list_pane_set_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-list-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PxListPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, filter_scroller);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, filter_box);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, sheet_button);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, column_view);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, count_label);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, flap);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, editor_box);
  gtk_widget_class_bind_template_child (widget_class, PxListPane, editor_title);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "pane.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "pane.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "pane.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "pane.close-editor", NULL,
                                   close_editor_action);
  gtk_widget_class_install_action (widget_class, "pane.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "pane.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "pane.export", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "pane.reveal", "revealed");

  /* Ctrl+N, Ctrl+F, Ctrl+I and Ctrl+E are the window's (win.new-record …), so that they
   * work wherever the focus is; these keys act on the list or the form that has it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "pane.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "pane.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "pane.close-editor",
                                       NULL);
}

static void
px_list_pane_init (PxListPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter_keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->settings = g_settings_new (APP_ID);
}

PxListPane *
px_list_pane_new (PxDatabase       *db,
                  const PxPaneSpec *spec)
{
  PxListPane *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (PX_TYPE_LIST_PANE, NULL);

  self->db = g_object_ref (db);
  self->spec = spec;
  self->unit_names = px_org_unit_name_map (db, NULL);
  self->model = px_record_list_model_new (db, spec->entity);
  px_record_list_model_hold (self->model);   /* until the first frame: see show_rows */
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* the rows join the view after its first frame: see first_frame_cb */
  g_signal_connect (self, "map", G_CALLBACK (pane_mapped_cb), NULL);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (model_loading_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::n-items", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_object_set (self->search_entry, "placeholder-text", _(spec->search_placeholder), NULL);
  gtk_widget_set_visible (self->reveal_button, spec->has_reveal);
  gtk_widget_set_visible (self->filter_scroller, FALSE);   /* until show_rows */
  gtk_widget_set_visible (self->sheet_button, spec->sheet_kind >= 0);
  gtk_widget_set_visible (self->empty_import_button, spec->sheet_kind >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.import", spec->sheet_kind >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.export", spec->sheet_kind >= 0);
  adw_status_page_set_icon_name (self->empty_page, spec->icon_name);
  adw_status_page_set_title (self->empty_page, _(spec->empty_title));
  adw_status_page_set_description (self->empty_page, _(spec->empty_description));

  hide_editor (self);

  build_columns (self);
   /* sets the sort, which runs the first query */
  update_count (self);
  return self;
}

/* Accessors */

const PxPaneSpec *
px_list_pane_get_spec (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return self->spec;
}

PxDatabase *
px_list_pane_get_database (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return self->db;
}

PxRecordListModel *
px_list_pane_get_model (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return self->model;
}

PxRecordEditor *
px_list_pane_get_editor (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return ensure_editor (self);
}

GtkWidget *
px_list_pane_get_search_entry (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

GtkColumnView *
px_list_pane_get_column_view (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);
  return self->column_view;
}

gboolean
px_list_pane_get_revealed (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), FALSE);
  return self->revealed;
}

gboolean
px_list_pane_get_rows_shown (PxListPane *self)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), FALSE);
  return gtk_column_view_get_model (self->column_view) != NULL
         && !px_record_list_model_is_loading (self->model);
}

void
px_list_pane_select (PxListPane *self,
                     guint       position)
{
  g_return_if_fail (PX_IS_LIST_PANE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

void
px_list_pane_reload (PxListPane *self)
{
  g_return_if_fail (PX_IS_LIST_PANE (self));

  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  self->unit_names = px_org_unit_name_map (self->db, NULL);
  build_filters (self);
  px_record_list_model_refresh (self->model);
}

gboolean
px_list_pane_set_parent (PxListPane *self,
                         const char *column,
                         const char *value)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (px_entity_find_field (self->spec->entity, column) != NULL, FALSE);

  /* the form belongs to the parent shown so far: saved, or nothing changes */
  if (!save_pending (self))
    return FALSE;
  hide_editor (self);
  self->restoring_selection = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->restoring_selection = FALSE;

  if (self->parent_column != NULL && !g_str_equal (self->parent_column, column))
    {
      px_record_list_model_set_filter (self->model, self->parent_column, NULL);
      if (self->editor != NULL)
        px_record_editor_set_default (self->editor, self->parent_column, NULL);
    }
  g_free (self->parent_column);
  g_free (self->parent_value);
  self->parent_column = value != NULL ? g_strdup (column) : NULL;
  self->parent_value = g_strdup (value);
  if (self->editor != NULL)
    px_record_editor_set_default (self->editor, column, value);
  px_record_list_model_set_filter (self->model, column, value);
  return TRUE;
}

const char *
px_list_pane_unit_name (PxListPane *self,
                        const char *unit_id)
{
  g_return_val_if_fail (PX_IS_LIST_PANE (self), NULL);

  if (unit_id == NULL || self->unit_names == NULL)
    return "";
  return g_hash_table_lookup (self->unit_names, unit_id) ?: "";
}
