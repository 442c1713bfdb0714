/* px-session-form.c: the window that adds a session to a class's timetable or edits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form writes through px-class-timetable.h itself, so that a refused session (a bad date, a
 * teacher booked twice) is shown beside its field while the form stays open; the timetable
 * hears of a write by "saved", and deletes on "delete-requested" so that its Undo is offered
 * where the other changes' are.
 */

#define G_LOG_DOMAIN "px-session-form"

#include "config.h"

#include <glib/gi18n.h>

#include "px-base.h"
#include "px-class-timetable.h"
#include "px-course.h"
#include "px-session-form.h"
#include "px-teaching-method.h"
#include "px-validation-error.h"

struct _PxSessionForm
{
  AdwWindow parent_instance;

  /* Form widgets */
  GtkLabel *error_label;
  GPtrArray *rows;             /* the rows that name a column ("column" data) */
  AdwEntryRow *date_row;
  AdwComboRow *slot_row;
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  GtkDropDown *course_drop;
  AdwEntryRow *title_row;
  AdwComboRow *method_row;
  GtkSpinButton *hours_spin;
  GtkDropDown *teacher_drop;
  GtkDropDown *base_drop;
  AdwEntryRow *room_row;
  GtkSwitch *elective_switch;
  GtkSpinButton *capacity_spin;

  /* Owned references */
  PxDatabase *db;
  PxSession *session;          /* a copy of the stored one, or a new one */
  gboolean is_new;
  GPtrArray *courses;          /* PxCourse, in the drop-down's order after "None" */
  GPtrArray *bases;            /* PxBase, likewise */
  GPtrArray *teacher_ids;      /* char *, likewise */
  gboolean filling;
};

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PxSessionForm, px_session_form, ADW_TYPE_WINDOW)

/* Rows */

static GtkWidget *
form_row (PxSessionForm *self,
          GtkWidget     *row,
          const char    *column)
{
  g_object_set_data (G_OBJECT (row), "column", (gpointer) column);
  gtk_widget_set_name (row, column);
  g_ptr_array_add (self->rows, row);
  return row;
}

static AdwEntryRow *
form_entry (PxSessionForm *self,
            const char    *title,
            const char    *column,
            const char    *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return ADW_ENTRY_ROW (form_row (self, row, column));
}

static GtkDropDown *
form_drop_down (PxSessionForm *self,
                GtkWidget     *group,
                const char    *title,
                const char    *column)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (NULL)),
                                       gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                    NULL, "string"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (drop, 200, -1);
  gtk_widget_set_name (drop, column);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (self, row, column));
  return GTK_DROP_DOWN (drop);
}

static GtkSpinButton *
form_spin (PxSessionForm *self,
           GtkWidget     *group,
           const char    *title,
           const char    *subtitle,
           const char    *column,
           double         max,
           double         step,
           guint          digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, column);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (self, row, column));
  return GTK_SPIN_BUTTON (spin);
}

static const char *
string_at (GPtrArray *ids,
           guint      position)
{
  return position > 0 && position != GTK_INVALID_LIST_POSITION && position <= ids->len
           ? g_ptr_array_index (ids, position - 1) : NULL;
}

static const char *
record_id_at (GPtrArray *records,
              guint      position)
{
  return position > 0 && position != GTK_INVALID_LIST_POSITION && position <= records->len
           ? ((PxRecord *) g_ptr_array_index (records, position - 1))->id : NULL;
}

/* Choices */

/* The teachers, the course's first; keeps the one chosen. */
static void
fill_teachers (PxSessionForm *self,
               const char    *course_id,
               const char    *chosen_id)
{
  g_autoptr(GPtrArray) teachers = px_class_timetable_teachers (self->db, course_id, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->teacher_ids, 0);
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; teachers != NULL && i < teachers->len; i++)
    {
      const PxTeacherChoice *teacher = g_ptr_array_index (teachers, i);

      if (teacher->teaches_course)
        {
          /* Translators: a teacher listed for the session's course, in the teacher drop-down */
          g_autofree char *name = g_strdup_printf (_("%s (teaches this course)"), teacher->name);

          gtk_string_list_append (names, name);
        }
      else
        gtk_string_list_append (names, teacher->name);
      g_ptr_array_add (self->teacher_ids, g_strdup (teacher->id));
      if (g_strcmp0 (teacher->id, chosen_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->teacher_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->teacher_drop, selected);
  g_object_unref (names);
}

static void
course_selected_cb (GtkDropDown   *drop,
                    GParamSpec    *pspec,
                    PxSessionForm *self)
{
  guint position = gtk_drop_down_get_selected (drop);
  const PxCourse *course = NULL;
  const char *teacher_id;

  if (self->filling)
    return;
  if (position > 0 && position != GTK_INVALID_LIST_POSITION && position <= self->courses->len)
    course = g_ptr_array_index (self->courses, position - 1);
  teacher_id = string_at (self->teacher_ids,
                          gtk_drop_down_get_selected (self->teacher_drop));
  {
    g_autofree char *keep = g_strdup (teacher_id);

    fill_teachers (self, course != NULL ? course->base.id : NULL, keep);
  }
  if (course == NULL)
    return;
  /* a course brings its hours and its way of teaching */
  gtk_spin_button_set_value (self->hours_spin, course->hours);
  for (guint i = 0; px_teaching_methods ()[i].key != NULL; i++)
    if (g_strcmp0 (px_teaching_methods ()[i].key, course->method) == 0)
      adw_combo_row_set_selected (self->method_row, i);
}

static void
slot_selected_cb (AdwComboRow   *row,
                  GParamSpec    *pspec,
                  PxSessionForm *self)
{
  const char * const *slots = px_class_timetable_slots ();
  guint position = adw_combo_row_get_selected (row);
  const char *start_time, *end_time;

  if (self->filling || position >= g_strv_length ((char **) slots))
    return;
  if (px_class_timetable_slot_times (slots[position], &start_time, &end_time))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->start_row), start_time);
      gtk_editable_set_text (GTK_EDITABLE (self->end_row), end_time);
    }
}

static void
elective_changed_cb (GtkSwitch     *toggle,
                     GParamSpec    *pspec,
                     PxSessionForm *self)
{
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (self->capacity_spin),
                                                     ADW_TYPE_ACTION_ROW),
                            gtk_switch_get_active (toggle));
}

/* Saving */

static char *
entry_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
take_string (char **field,
             char  *text)
{
  g_free (*field);
  *field = text;
}

static void
show_form_error (PxSessionForm *self,
                 const GError  *error)
{
  const char *column = error->domain == PX_VALIDATION_ERROR
                         ? px_validation_error_get_column (error) : NULL;

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (column != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (row), "column"), column) == 0)
        {
          gtk_widget_add_css_class (row, "error");
          gtk_widget_grab_focus (row);
        }
    }
}

static void
form_save_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PxSessionForm *self = PX_SESSION_FORM (user_data);
  const char * const *slots = px_class_timetable_slots ();
  const PxTeachingMethod *methods = px_teaching_methods ();
  PxSession *session = self->session;
  g_autoptr(GError) error = NULL;
  guint position;
  gboolean saved;

  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (self->rows, i), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_spin_button_update (self->hours_spin);
  gtk_spin_button_update (self->capacity_spin);
  take_string (&session->date, entry_text (self->date_row));
  position = adw_combo_row_get_selected (self->slot_row);
  take_string (&session->slot, g_strdup (position < 3 ? slots[position] : NULL));
  take_string (&session->start_time, entry_text (self->start_row));
  take_string (&session->end_time, entry_text (self->end_row));
  take_string (&session->course_id,
               g_strdup (record_id_at (self->courses,
                                       gtk_drop_down_get_selected (self->course_drop))));
  take_string (&session->title, entry_text (self->title_row));
  position = adw_combo_row_get_selected (self->method_row);
  take_string (&session->method, g_strdup (methods[position].key != NULL
                                           ? methods[position].key : "lecture"));
  session->hours = gtk_spin_button_get_value (self->hours_spin);
  take_string (&session->teacher_id,
               g_strdup (string_at (self->teacher_ids,
                                    gtk_drop_down_get_selected (self->teacher_drop))));
  take_string (&session->base_id,
               g_strdup (record_id_at (self->bases,
                                       gtk_drop_down_get_selected (self->base_drop))));
  take_string (&session->room, entry_text (self->room_row));
  session->is_elective = gtk_switch_get_active (self->elective_switch);
  /* no places given: the elective takes everyone who chooses it */
  session->elective_capacity = session->is_elective
                                 && gtk_spin_button_get_value_as_int (self->capacity_spin) > 0
                                 ? gtk_spin_button_get_value_as_int (self->capacity_spin)
                                 : PX_INT_UNSET;

  if (session->course_id == NULL
      && (session->title == NULL || *g_strstrip (session->title) == '\0'))
    {
      px_validation_error_set (&error, PX_VALIDATION_ERROR_REQUIRED, "course_id",
                               _("Choose a course, or give the session a title."));
      show_form_error (self, error);
      return;
    }

  saved = self->is_new ? px_class_timetable_insert (self->db, session, &error)
                       : px_class_timetable_update (self->db, session, &error);
  if (!saved)
    {
      show_form_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
form_delete_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PxSessionForm *self = PX_SESSION_FORM (user_data);

  /* the handler deletes it: emitted while the form still holds the session */
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Building */

static void
fill_form (PxSessionForm *self)
{
  PxSession *session = self->session;
  const char * const *slots = px_class_timetable_slots ();
  const PxTeachingMethod *methods = px_teaching_methods ();
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  PxQuery by_title = { .sort = "title" };
  PxQuery by_name = { .sort = "name" };
  guint selected = 0;

  self->filling = TRUE;
  for (guint i = 0; slots[i] != NULL; i++)
    if (g_strcmp0 (slots[i], session->slot) == 0)
      adw_combo_row_set_selected (self->slot_row, i);
  for (guint i = 0; methods[i].key != NULL; i++)
    if (g_strcmp0 (methods[i].key, session->method) == 0)
      adw_combo_row_set_selected (self->method_row, i);

  self->courses = px_course_list (self->db, &by_title, NULL);
  if (self->courses == NULL)
    self->courses = g_ptr_array_new ();
  gtk_string_list_append (titles, _("None"));
  for (guint i = 0; i < self->courses->len; i++)
    {
      const PxCourse *course = g_ptr_array_index (self->courses, i);

      gtk_string_list_append (titles, course->title);
      if (g_strcmp0 (course->base.id, session->course_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->course_drop, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->course_drop, selected);
  g_object_unref (titles);

  fill_teachers (self, session->course_id, session->teacher_id);

  selected = 0;
  self->bases = px_base_list (self->db, &by_name, NULL);
  if (self->bases == NULL)
    self->bases = g_ptr_array_new ();
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < self->bases->len; i++)
    {
      const PxBase *base = g_ptr_array_index (self->bases, i);

      gtk_string_list_append (names, base->name);
      if (g_strcmp0 (base->base.id, session->base_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->base_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->base_drop, selected);
  g_object_unref (names);

  gtk_spin_button_set_value (self->hours_spin, session->hours);
  gtk_switch_set_active (self->elective_switch, session->is_elective);
  gtk_spin_button_set_value (self->capacity_spin, session->elective_capacity != PX_INT_UNSET
                                                    ? session->elective_capacity : 0);
  elective_changed_cb (self->elective_switch, NULL, self);
  self->filling = FALSE;
}

/* Built once is_new and the session are known: they decide the title, the buttons and the
 * delete group. */
static void
build_form (PxSessionForm *self)
{
  static const GActionEntry entries[] = {
    { "save", form_save_cb, NULL, NULL, NULL, { 0 } },
    { "delete", form_delete_cb, NULL, NULL, NULL, { 0 } },
  };
  GtkWidget *window = GTK_WIDGET (self);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (self->is_new ? _("_Add") : _("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *error_label = gtk_label_new (NULL);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkStringList *slot_labels = gtk_string_list_new (NULL);
  GtkStringList *method_labels = gtk_string_list_new (NULL);

  gtk_widget_set_name (window, "session-form");
  gtk_window_set_title (GTK_WINDOW (window), self->is_new ? _("New Session") : _("Edit Session"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 720);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "delete")),
                               !self->is_new);
  gtk_widget_insert_action_group (window, "form", G_ACTION_GROUP (actions));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "form.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (content), header);

  self->error_label = GTK_LABEL (error_label);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_margin_start (error_label, 18);
  gtk_widget_set_margin_end (error_label, 18);
  gtk_widget_set_margin_top (error_label, 12);
  gtk_widget_set_visible (error_label, FALSE);
  gtk_widget_set_name (error_label, "form-error");
  gtk_box_append (GTK_BOX (content), error_label);

  /* When */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("When"));
  self->date_row = form_entry (self, _("Date (YYYY-MM-DD)"), "date", self->session->date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  for (guint i = 0; px_class_timetable_slots ()[i] != NULL; i++)
    gtk_string_list_append (slot_labels,
                            px_class_timetable_slot_label (px_class_timetable_slots ()[i]));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Time of Day"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (slot_labels));
  self->slot_row = ADW_COMBO_ROW (form_row (self, row, "slot"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->start_row = form_entry (self, _("Start Time"), "start_time", self->session->start_time);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->start_row));
  self->end_row = form_entry (self, _("End Time"), "end_time", self->session->end_time);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->end_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* What */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Course"));
  self->course_drop = form_drop_down (self, group, _("Course"), "course_id");
  self->title_row = form_entry (self, _("Title"), "title", self->session->title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title_row));
  for (guint i = 0; px_teaching_methods ()[i].key != NULL; i++)
    gtk_string_list_append (method_labels, _(px_teaching_methods ()[i].label));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Teaching Method"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (method_labels));
  self->method_row = ADW_COMBO_ROW (form_row (self, row, "method"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->hours_spin = form_spin (self, group, _("Hours"), NULL, "hours", 24, 0.5, 1);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* Who and where */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Teacher and Place"));
  self->teacher_drop = form_drop_down (self, group, _("Teacher"), "teacher_id");
  self->base_drop = form_drop_down (self, group, _("Teaching Base"), "base_id");
  self->room_row = form_entry (self, _("Room"), "room", self->session->room);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->room_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* Elective */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Elective"));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Elective Session"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Trainees choose whether to attend"));
  self->elective_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->elective_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->elective_switch), "is_elective");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->elective_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                         GTK_WIDGET (self->elective_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), form_row (self, row, "is_elective"));
  self->capacity_spin = form_spin (self, group, _("Places"), _("0 for no limit"),
                                   "elective_capacity", 10000, 1, 0);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  if (!self->is_new)
    {
      GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Session"));

      group = adw_preferences_group_new ();
      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_widget_set_halign (delete, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "form.delete");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), delete);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), page);
  adw_window_set_content (ADW_WINDOW (window), content);
  g_object_unref (slot_labels);
  g_object_unref (method_labels);

  fill_form (self);
  g_signal_connect (self->course_drop, "notify::selected", G_CALLBACK (course_selected_cb), self);
  g_signal_connect (self->slot_row, "notify::selected", G_CALLBACK (slot_selected_cb), self);
  g_signal_connect (self->elective_switch, "notify::active", G_CALLBACK (elective_changed_cb),
                    self);
}

/* GObject overrides */

static void
px_session_form_dispose (GObject *object)
{
  PxSessionForm *self = PX_SESSION_FORM (object);

  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_session_form_parent_class)->dispose (object);
}

static void
px_session_form_finalize (GObject *object)
{
  PxSessionForm *self = PX_SESSION_FORM (object);

  g_clear_pointer (&self->session, px_session_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->courses, g_ptr_array_unref);
  g_clear_pointer (&self->bases, g_ptr_array_unref);
  g_clear_pointer (&self->teacher_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (px_session_form_parent_class)->finalize (object);
}

static void
px_session_form_class_init (PxSessionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_session_form_dispose;
  object_class->finalize = px_session_form_finalize;

  /**
   * PxSessionForm::saved:
   *
   * Emitted after the session was written, just before the form closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PxSessionForm::delete-requested:
   *
   * Emitted when the user deletes the stored session, just before the form closes; the
   * handler deletes it (and offers its Undo).
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
px_session_form_init (PxSessionForm *self)
{
  self->rows = g_ptr_array_new ();
  self->teacher_ids = g_ptr_array_new_with_free_func (g_free);
}

/* Public API */

GtkWidget *
px_session_form_new_at (PxDatabase *db,
                        const char *class_id,
                        const char *date,
                        const char *slot)
{
  PxSessionForm *self;
  const char *start_time = "08:30", *end_time = "11:30";

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  self = g_object_new (PX_TYPE_SESSION_FORM, NULL);
  self->db = g_object_ref (db);
  self->is_new = TRUE;
  self->session = px_session_new ();
  self->session->class_id = g_strdup (class_id);
  self->session->date = g_strdup (date);
  self->session->slot = g_strdup (slot);
  px_class_timetable_slot_times (slot, &start_time, &end_time);
  self->session->start_time = g_strdup (start_time);
  self->session->end_time = g_strdup (end_time);
  self->session->hours = g_strcmp0 (slot, "evening") == 0 ? 2 : 3;
  self->session->elective_capacity = PX_INT_UNSET;
  build_form (self);
  return GTK_WIDGET (self);
}

GtkWidget *
px_session_form_new_for_session (PxDatabase  *db,
                                 const char  *session_id,
                                 GError     **error)
{
  PxSessionForm *self;
  PxSession *session;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  session = px_session_get (db, session_id, error);
  if (session == NULL)
    return NULL;
  self = g_object_new (PX_TYPE_SESSION_FORM, NULL);
  self->db = g_object_ref (db);
  self->session = session;
  build_form (self);
  return GTK_WIDGET (self);
}

gboolean
px_session_form_is_new (PxSessionForm *self)
{
  g_return_val_if_fail (PX_IS_SESSION_FORM (self), FALSE);

  return self->is_new;
}

const PxSession *
px_session_form_get_session (PxSessionForm *self)
{
  g_return_val_if_fail (PX_IS_SESSION_FORM (self), NULL);

  return self->session;
}
