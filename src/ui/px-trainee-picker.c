/* px-trainee-picker.c: a window to find cadres and add them to a class, one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It stays open while the registrar adds one cadre after another; whoever enrolls them (the
 * roster) asks it to read its results again, so that a cadre just added says "In the class".
 */

#define G_LOG_DOMAIN "px-trainee-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "px-class-trainees.h"
#include "px-format.h"
#include "px-trainee-picker.h"

/* More than a screenful is a search that should be narrowed. */
#define MAX_RESULTS 50

struct _PxTraineePicker
{
  AdwWindow parent_instance;

  GtkWidget *entry;
  GtkListBox *results;
  GtkLabel *status;

  PxDatabase *db;
  char *class_id;
};

G_DEFINE_FINAL_TYPE (PxTraineePicker, px_trainee_picker, ADW_TYPE_WINDOW)

enum {
  ADD_CADRE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_clicked_cb (GtkButton       *button,
                PxTraineePicker *self)
{
  g_signal_emit (self, signals[ADD_CADRE], 0, g_object_get_data (G_OBJECT (button), "cadre-id"));
}

static void
row_activated_cb (PxTraineePicker *self,
                  GtkListBoxRow   *row)
{
  const char *cadre_id = g_object_get_data (G_OBJECT (row), "cadre-id");

  if (cadre_id != NULL)
    g_signal_emit (self, signals[ADD_CADRE], 0, cadre_id);
}

static GtkWidget *
result_row (PxTraineePicker *self,
            const PxTrainee *t)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *masked = px_format_mask_citizen_id (t->citizen_id);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s",
                                               t->unit_name != NULL ? t->unit_name : "",
                                               t->rank != NULL ? t->rank : "", masked);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_strcmp0 (t->status, "enrolled") == 0)
    {
      GtkWidget *label = gtk_label_new (_("In the class"));

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_label (g_strcmp0 (t->status, "withdrawn") == 0
                                                     ? _("Enroll Again") : _("Add"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "cadre-id", g_strdup (t->cadre_id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "cadre-id", g_strdup (t->cadre_id), g_free);
    }
  return row;
}

void
px_trainee_picker_refresh (PxTraineePicker *self)
{
  const char *search;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (PX_IS_TRAINEE_PICKER (self));

  search = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
  if (*search == '\0')
    {
      gtk_label_set_text (self->status, _("Type a name, a unit, an ID number or a phone."));
      return;
    }
  found = px_class_trainees_find_cadres (self->db, self->class_id, search, MAX_RESULTS, &error);
  if (found == NULL)
    {
      gtk_label_set_text (self->status, error->message);
      return;
    }
  if (found->len == 0)
    gtk_label_set_text (self->status, _("No cadre matches. Add new cadres in the Cadres "
                                        "pane, or import them with the roster."));
  else if (found->len == MAX_RESULTS)
    gtk_label_set_text (self->status, _("The first 50 matches: type more to narrow them."));
  else
    gtk_label_set_text (self->status, "");
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->results, result_row (self, g_ptr_array_index (found, i)));
}

static void
px_trainee_picker_finalize (GObject *object)
{
  PxTraineePicker *self = PX_TRAINEE_PICKER (object);

  g_clear_object (&self->db);
  g_free (self->class_id);

  G_OBJECT_CLASS (px_trainee_picker_parent_class)->finalize (object);
}

static void
px_trainee_picker_class_init (PxTraineePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = px_trainee_picker_finalize;

  /* the id of the cadre the registrar chose */
  signals[ADD_CADRE] = g_signal_new ("add-cadre", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_trainee_picker_init (PxTraineePicker *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Add Trainees"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->entry = gtk_search_entry_new ();
  g_object_set (self->entry, "placeholder-text",
                _("Search cadres by name, unit, ID number or phone"), NULL);
  gtk_widget_set_margin_start (self->entry, 12);
  gtk_widget_set_margin_end (self->entry, 12);
  g_signal_connect_swapped (self->entry, "search-changed",
                            G_CALLBACK (px_trainee_picker_refresh), self);
  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  self->results = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->results, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->results), "boxed-list");
  gtk_widget_set_margin_start (GTK_WIDGET (self->results), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->results), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->results), 12);
  gtk_widget_set_valign (GTK_WIDGET (self->results), GTK_ALIGN_START);
  g_signal_connect_swapped (self->results, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->results));
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), self->entry);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (self), content);
}

PxTraineePicker *
px_trainee_picker_new (GtkWidget  *parent,
                       PxDatabase *db,
                       const char *class_id)
{
  PxTraineePicker *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  self = g_object_new (PX_TYPE_TRAINEE_PICKER, NULL);
  self->db = g_object_ref (db);
  self->class_id = g_strdup (class_id);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  px_trainee_picker_refresh (self);
  gtk_widget_grab_focus (self->entry);
  return self;
}
