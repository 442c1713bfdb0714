/* px-record-editor.c: the form that shows and edits one record of a pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "px-record-editor.h"
#include "px-record-field.h"
#include "px-org-unit.h"
#include "px-validation-error.h"

/* One row of the form and how it maps to the record. */
typedef struct
{
  const PxEditSpec *spec;
  const PxField *field;      /* NULL for links */
  GtkWidget *row;
  GtkWidget *control;        /* GtkSwitch, GtkDropDown; the row itself for entries */
  GStrv keys;                /* for choices, units and references: what each position stores */
  GPtrArray *checks;         /* for links: GtkCheckButton, in the order of keys */
} Input;

struct _PxRecordEditor
{
  AdwBin parent_instance;

  GtkWidget *page;           /* a vertical box of preference groups */
  GtkWidget *details;        /* groups the pane adds for a stored record */
  GtkWidget *error_revealer;
  GtkWidget *error_label;

  PxDatabase *db;
  const PxPaneSpec *spec;
  PxListPane *pane;          /* unowned: the pane owns the editor */
  gpointer stored;           /* the record as stored, NULL while new */
  GPtrArray *inputs;
  GHashTable *defaults;      /* column → text a new record starts with, e.g. its plan */
  GtkWidget *marked_row;
  gboolean loading;
  gboolean modified;
};

G_DEFINE_FINAL_TYPE (PxRecordEditor, px_record_editor, ADW_TYPE_BIN)

static void
input_free (Input *input)
{
  g_strfreev (input->keys);
  g_clear_pointer (&input->checks, g_ptr_array_unref);
  g_free (input);
}

static void
changed_cb (PxRecordEditor *self)
{
  if (!self->loading)
    self->modified = TRUE;
}

static const char *
input_label (const Input *input)
{
  if (input->spec->label != NULL)
    return _(input->spec->label);
  return input->field != NULL ? _(input->field->label) : "";
}

static gboolean
field_is_required (const Input *input)
{
  return input->field != NULL && (input->field->flags & PX_FIELD_REQUIRED);
}

/* A drop-down over labels, with search when the list is long. */
static GtkWidget *
make_drop_down (const char * const *labels)
{
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (labels);

  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  if (g_strv_length ((GStrv) labels) > 12)
    {
      gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                 "string"));
      gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
    }
  return drop_down;
}

static void
build_keyed_row (PxRecordEditor  *self,
                 Input           *input,
                 GStrvBuilder    *keys,
                 GStrvBuilder    *labels)
{
  g_auto(GStrv) label_list = g_strv_builder_end (labels);

  input->keys = g_strv_builder_end (keys);
  input->row = adw_action_row_new ();
  input->control = make_drop_down ((const char * const *) label_list);
  adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), input->control);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (input->row), input->control);
  g_signal_connect_swapped (input->control, "notify::selected", G_CALLBACK (changed_cb), self);
}

static void
build_input (PxRecordEditor *self,
             Input          *input)
{
  const PxEditSpec *spec = input->spec;

  switch (spec->kind)
    {
    case PX_EDIT_TEXT:
    case PX_EDIT_MULTILINE:
      input->row = adw_entry_row_new ();
      input->control = input->row;
      g_signal_connect_swapped (input->row, "changed", G_CALLBACK (changed_cb), self);
      break;

    case PX_EDIT_BOOL:
      input->row = adw_action_row_new ();
      input->control = gtk_switch_new ();
      gtk_widget_set_valign (input->control, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), input->control);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (input->row), input->control);
      g_signal_connect_swapped (input->control, "notify::active", G_CALLBACK (changed_cb), self);
      break;

    case PX_EDIT_CHOICE:
      {
        g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
        g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();

        if (!field_is_required (input))
          {
            g_strv_builder_add (keys, "");
            g_strv_builder_add (labels, _("Not given"));
          }
        for (const PxChoice *c = spec->choices; c != NULL && c->key != NULL; c++)
          {
            g_strv_builder_add (keys, c->key);
            g_strv_builder_add (labels, _(c->label));
          }
        build_keyed_row (self, input, keys, labels);
      }
      break;

    case PX_EDIT_UNIT:
    case PX_EDIT_REFERENCE:
      {
        g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
        g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
        g_auto(GStrv) choices = NULL;

        if (!field_is_required (input))
          {
            g_strv_builder_add (keys, "");
            g_strv_builder_add (labels, _("None"));
          }
        if (spec->kind == PX_EDIT_UNIT)
          choices = px_org_unit_list_tree (self->db, NULL);
        else
          choices = px_link_list_choices (self->db, spec->link, NULL);
        for (guint i = 0; choices != NULL && choices[i] != NULL; i += 2)
          {
            g_strv_builder_add (keys, choices[i]);
            g_strv_builder_add (labels, choices[i + 1]);
          }
        build_keyed_row (self, input, keys, labels);
      }
      break;

    case PX_EDIT_LINKS:
      {
        g_auto(GStrv) choices = px_link_list_choices (self->db, spec->link, NULL);
        g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

        input->row = adw_expander_row_new ();
        input->checks = g_ptr_array_new ();
        for (guint i = 0; choices != NULL && choices[i] != NULL; i += 2)
          {
            GtkWidget *row = adw_action_row_new ();
            GtkWidget *check = gtk_check_button_new ();

            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), choices[i + 1]);
            adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
            adw_expander_row_add_row (ADW_EXPANDER_ROW (input->row), row);
            g_signal_connect_swapped (check, "toggled", G_CALLBACK (changed_cb), self);
            g_ptr_array_add (input->checks, check);
            g_strv_builder_add (keys, choices[i]);
          }
        input->keys = g_strv_builder_end (keys);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (input->row), input_label (input));
  gtk_widget_set_name (input->row, spec->column != NULL ? spec->column : spec->link->link->table);
}

static void
build_form (PxRecordEditor *self)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < self->spec->n_edits; i++)
    {
      const PxEditSpec *spec = &self->spec->edits[i];
      Input *input = g_new0 (Input, 1);

      input->spec = spec;
      if (spec->column != NULL)
        {
          input->field = px_entity_find_field (self->spec->entity, spec->column);
          g_assert (input->field != NULL);
        }
      build_input (self, input);
      if (group == NULL || spec->group != NULL)
        {
          group = adw_preferences_group_new ();
          if (spec->group != NULL)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(spec->group));
          gtk_box_append (GTK_BOX (self->page), group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), input->row);
      g_ptr_array_add (self->inputs, input);
    }
}

/* Record ↔ form */

static void
apply_defaults (PxRecordEditor *self,
                gpointer        record)
{
  GHashTableIter iter;
  gpointer column, value;

  g_hash_table_iter_init (&iter, self->defaults);
  while (g_hash_table_iter_next (&iter, &column, &value))
    {
      const PxField *field = px_entity_find_field (self->spec->entity, column);
      g_autoptr(GError) error = NULL;

      if (!px_record_field_set_text (self->spec->entity, field, record, value, &error))
        g_warning ("Could not give “%s” to a new %s: %s", (char *) value,
                   self->spec->entity->table, error->message);
    }
}

static guint
position_of_key (const Input *input,
                 const char  *key)
{
  for (guint i = 0; input->keys[i] != NULL; i++)
    if (g_str_equal (input->keys[i], key != NULL ? key : ""))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static char *
links_subtitle (const Input *input)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < input->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (input->checks, i)))
      {
        GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (input->checks, i),
                                                  ADW_TYPE_ACTION_ROW);

        g_ptr_array_add (names, (gpointer) adw_preferences_row_get_title
                                             (ADW_PREFERENCES_ROW (row)));
      }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("、", (GStrv) names->pdata);
}

static void
show_value (PxRecordEditor *self,
            Input          *input,
            const char     *value)
{
  switch (input->spec->kind)
    {
    case PX_EDIT_TEXT:
    case PX_EDIT_MULTILINE:
      gtk_editable_set_text (GTK_EDITABLE (input->row), value != NULL ? value : "");
      break;
    case PX_EDIT_BOOL:
      gtk_switch_set_active (GTK_SWITCH (input->control), g_strcmp0 (value, "1") == 0);
      break;
    case PX_EDIT_CHOICE:
    case PX_EDIT_UNIT:
    case PX_EDIT_REFERENCE:
      {
        guint position = position_of_key (input, value);

        if (position == GTK_INVALID_LIST_POSITION && value != NULL && *value != '\0')
          {
            /* a stored value the list does not know (an old or local code) is kept, not
             * blanked: it is added to the choices so that saving writes it back */
            GListModel *labels = gtk_drop_down_get_model (GTK_DROP_DOWN (input->control));
            guint n = g_strv_length (input->keys);

            input->keys = g_renew (char *, input->keys, n + 2);
            input->keys[n] = g_strdup (value);
            input->keys[n + 1] = NULL;
            gtk_string_list_append (GTK_STRING_LIST (labels), value);
            position = n;
          }
        gtk_drop_down_set_selected (GTK_DROP_DOWN (input->control),
                                    position != GTK_INVALID_LIST_POSITION ? position : 0);
      }
      break;
    case PX_EDIT_LINKS:
      {
        g_auto(GStrv) ids = g_strsplit (value != NULL ? value : "", ",", -1);
        g_autofree char *subtitle = NULL;

        for (guint i = 0; i < input->checks->len; i++)
          gtk_check_button_set_active (g_ptr_array_index (input->checks, i),
                                       g_strv_contains ((const char * const *) ids,
                                                        input->keys[i]));
        subtitle = links_subtitle (input);
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (input->row), subtitle);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
read_value (Input *input)
{
  switch (input->spec->kind)
    {
    case PX_EDIT_TEXT:
    case PX_EDIT_MULTILINE:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (input->row)));
    case PX_EDIT_BOOL:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (input->control)) ? "1" : "0");
    case PX_EDIT_CHOICE:
    case PX_EDIT_UNIT:
    case PX_EDIT_REFERENCE:
      {
        guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (input->control));

        if (position >= g_strv_length (input->keys))
          return g_strdup ("");
        return g_strdup (input->keys[position]);
      }
    case PX_EDIT_LINKS:
      {
        g_autoptr(GPtrArray) ids = g_ptr_array_new ();

        for (guint i = 0; i < input->checks->len; i++)
          if (gtk_check_button_get_active (g_ptr_array_index (input->checks, i)))
            g_ptr_array_add (ids, input->keys[i]);
        g_ptr_array_add (ids, NULL);
        return g_strjoinv (",", (GStrv) ids->pdata);
      }
    default:
      g_assert_not_reached ();
    }
}

static char *
stored_value (PxRecordEditor *self,
              Input          *input,
              gconstpointer   record)
{
  if (input->spec->kind == PX_EDIT_LINKS)
    {
      g_auto(GStrv) ids = NULL;

      if (self->stored == NULL)
        return g_strdup ("");
      ids = px_link_get_targets (self->db, input->spec->link, ((PxRecord *) record)->id, NULL);
      return ids != NULL ? g_strjoinv (",", ids) : g_strdup ("");
    }
  return px_record_field_get_text (input->field, record);
}

static void
clear_mark (PxRecordEditor *self)
{
  if (self->marked_row != NULL)
    {
      gtk_widget_remove_css_class (self->marked_row, "error");
      g_clear_object (&self->marked_row);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
}

static void
mark_error (PxRecordEditor *self,
            const GError   *error)
{
  const char *column = px_validation_error_get_column (error);
  GtkWidget *row = column != NULL ? px_record_editor_get_row (self, column) : NULL;

  clear_mark (self);
  gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  if (row != NULL)
    {
      self->marked_row = g_object_ref (row);
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

void
px_record_editor_set_record (PxRecordEditor *self,
                             gconstpointer   record)
{
  g_autoptr(GError) error = NULL;
  gpointer shown;

  g_return_if_fail (PX_IS_RECORD_EDITOR (self));

  if (self->stored != NULL)
    px_record_free (self->spec->entity, self->stored);
  self->stored = record != NULL ? px_record_copy (self->spec->entity, record) : NULL;
  shown = record != NULL ? (gpointer) record : px_record_new (self->spec->entity);
  if (record == NULL)
    apply_defaults (self, shown);

  self->loading = TRUE;
  clear_mark (self);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);
      g_autofree char *value = stored_value (self, input, shown);

      show_value (self, input, value);
    }
  self->loading = FALSE;
  self->modified = FALSE;
  if (record == NULL)
    px_record_free (self->spec->entity, shown);

  for (GtkWidget *child; (child = gtk_widget_get_first_child (self->details)) != NULL;)
    gtk_box_remove (GTK_BOX (self->details), child);
  if (record != NULL && self->spec->add_details != NULL)
    self->spec->add_details (self->pane, self->details, record);
}

gconstpointer
px_record_editor_get_record (PxRecordEditor *self)
{
  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), NULL);
  return self->stored;
}

gboolean
px_record_editor_is_new (PxRecordEditor *self)
{
  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), FALSE);
  return self->stored == NULL;
}

gboolean
px_record_editor_get_modified (PxRecordEditor *self)
{
  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), FALSE);
  return self->modified;
}

static gboolean
write_record (PxRecordEditor  *self,
              gpointer         record,
              GError         **error)
{
  const PxEntity *entity = self->spec->entity;
  gboolean is_new = self->stored == NULL;

  if (!px_database_begin (self->db, error))
    return FALSE;
  if (is_new ? !px_entity_insert (self->db, entity, record, error)
             : !px_entity_update (self->db, entity, record, NULL, error))
    goto failed;
  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);
      g_autofree char *value = NULL;
      g_auto(GStrv) ids = NULL;

      if (input->spec->kind != PX_EDIT_LINKS)
        continue;
      value = read_value (input);
      ids = *value != '\0' ? g_strsplit (value, ",", -1) : g_new0 (char *, 1);
      if (!px_link_set_targets (self->db, input->spec->link, ((PxRecord *) record)->id,
                                (const char * const *) ids, error))
        goto failed;
    }
  return px_database_commit (self->db, error);

failed:
  px_database_rollback (self->db);
  return FALSE;
}

gboolean
px_record_editor_save (PxRecordEditor  *self,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  gpointer record;

  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), FALSE);

  record = self->stored != NULL ? px_record_copy (self->spec->entity, self->stored)
                                : px_record_new (self->spec->entity);
  if (self->stored == NULL)
    apply_defaults (self, record);
  for (guint i = 0; i < self->inputs->len && local_error == NULL; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);
      g_autofree char *value = NULL;

      if (input->field == NULL)
        continue;
      value = read_value (input);
      px_record_field_set_text (self->spec->entity, input->field, record, value, &local_error);
    }
  if (local_error == NULL)
    write_record (self, record, &local_error);

  if (local_error != NULL)
    {
      mark_error (self, local_error);
      px_record_free (self->spec->entity, record);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  clear_mark (self);
  /* read back what was stored, so that the form shows the stored form of every value */
  {
    g_autofree char *id = g_strdup (((PxRecord *) record)->id);
    gpointer stored = px_entity_get (self->db, self->spec->entity, id, NULL);

    px_record_free (self->spec->entity, record);
    px_record_editor_set_record (self, stored);
    if (stored != NULL)
      px_record_free (self->spec->entity, stored);
  }
  return TRUE;
}

gboolean
px_record_editor_set_value (PxRecordEditor *self,
                            const char     *column,
                            const char     *value)
{
  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);

      if (g_strcmp0 (gtk_widget_get_name (input->row), column) == 0)
        {
          show_value (self, input, value);
          return TRUE;
        }
    }
  return FALSE;
}

void
px_record_editor_set_default (PxRecordEditor *self,
                              const char     *column,
                              const char     *value)
{
  g_return_if_fail (PX_IS_RECORD_EDITOR (self));
  g_return_if_fail (column != NULL);
  g_return_if_fail (px_entity_find_field (self->spec->entity, column) != NULL);

  if (value != NULL)
    g_hash_table_insert (self->defaults, g_strdup (column), g_strdup (value));
  else
    g_hash_table_remove (self->defaults, column);
}

GtkWidget *
px_record_editor_get_row (PxRecordEditor *self,
                          const char     *column)
{
  g_return_val_if_fail (PX_IS_RECORD_EDITOR (self), NULL);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);

      if (g_strcmp0 (gtk_widget_get_name (input->row), column) == 0)
        return input->row;
    }
  return NULL;
}

/* GObject */

static void
px_record_editor_dispose (GObject *object)
{
  PxRecordEditor *self = PX_RECORD_EDITOR (object);

  g_clear_object (&self->marked_row);
  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->defaults, g_hash_table_unref);
  if (self->stored != NULL)
    {
      px_record_free (self->spec->entity, self->stored);
      self->stored = NULL;
    }
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_record_editor_parent_class)->dispose (object);
}

static void
px_record_editor_class_init (PxRecordEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = px_record_editor_dispose;
}

static void
px_record_editor_init (PxRecordEditor *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
  self->defaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  self->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), self->error_label);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->error_revealer);
  gtk_box_append (GTK_BOX (box), self->page);
  self->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->details);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 440);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

PxRecordEditor *
px_record_editor_new (PxDatabase       *db,
                      const PxPaneSpec *spec,
                      PxListPane       *pane)
{
  PxRecordEditor *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (PX_TYPE_RECORD_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->spec = spec;
  self->pane = pane;
  if (spec->details_first)
    gtk_box_reorder_child_after (GTK_BOX (gtk_widget_get_parent (self->details)),
                                 self->details, self->error_revealer);
  build_form (self);
  px_record_editor_set_record (self, NULL);
  return self;
}
