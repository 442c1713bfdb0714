/* px-class-electives-view.c: 自主选学, a class's elective sessions and who chose each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The electives on the left with their places taken, the class's trainees on the right with a
 * check box each. A choice is written as soon as it is ticked; a full elective refuses it, and
 * the box goes back with a toast that says why.
 */

#define G_LOG_DOMAIN "px-class-electives-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-class-elective.h"
#include "px-class-electives-view.h"
#include "px-entity.h"
#include "px-format.h"
#include "px-toast.h"

struct _PxClassElectivesView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListBox *session_list;
  AdwPreferencesGroup *trainees_group;
  GtkListBox *trainee_list;

  /* Owned references */
  PxDatabase *db;
  char *class_id;
  char *session_id;
  GPtrArray *sessions;   /* (element-type PxElectiveSession) one per row of session_list */
  GPtrArray *trainees;   /* (element-type PxElectiveTrainee) one per row of trainee_list */
  gboolean updating;     /* rows and check boxes being set from the data, not by the user */
};

G_DEFINE_FINAL_TYPE (PxClassElectivesView, px_class_electives_view, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Text */

static const char *
slot_text (const char *slot)
{
  if (g_strcmp0 (slot, "morning") == 0)
    /* Translators: a half-day slot of the timetable, 上午 */
    return C_("slot", "Morning");
  if (g_strcmp0 (slot, "afternoon") == 0)
    /* Translators: a half-day slot of the timetable, 下午 */
    return C_("slot", "Afternoon");
  if (g_strcmp0 (slot, "evening") == 0)
    /* Translators: a slot of the timetable, 晚上 */
    return C_("slot", "Evening");
  return slot != NULL ? slot : "";
}

static gboolean
is_full (const PxElectiveSession *s)
{
  return s->capacity != PX_INT_UNSET && s->n_chosen >= s->capacity;
}

static char *
chosen_text (const PxElectiveSession *s)
{
  if (s->capacity == PX_INT_UNSET)
    /* Translators: trainees who chose an elective without a capacity */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen", "%u chosen",
                                         s->n_chosen), s->n_chosen);
  if (is_full (s))
    /* Translators: choices of an elective, of its capacity, when it is full */
    return g_strdup_printf (_("%u/%lld chosen · full"), s->n_chosen, (long long) s->capacity);
  /* Translators: choices of an elective, of its capacity */
  return g_strdup_printf (_("%u/%lld chosen"), s->n_chosen, (long long) s->capacity);
}

/* Sets a label's text only when it differs: setting it, even to the same text, lays the label
 * out again, and rows are updated on every key press. */
static void
set_text (gpointer    label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text != NULL ? text : "") != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* Toasts */

static void
toast (PxClassElectivesView *self,
       const char           *message)
{
  px_toast_show_text (GTK_WIDGET (self), message);
}

/* Keeps n rows in list, made by make when more are needed: rows are given the next class's
 * or elective's text rather than made again, so that a tab shown again is cheap. */
static void
ensure_rows (GtkListBox  *list,
             guint        n,
             GtkWidget *(*make) (gpointer data),
             gpointer     data)
{
  GtkListBoxRow *extra;
  guint have = 0;

  while (gtk_list_box_get_row_at_index (list, have) != NULL)
    have++;
  for (; have < n; have++)
    gtk_list_box_append (list, make (data));
  while ((extra = gtk_list_box_get_row_at_index (list, n)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (extra));
}

static GtkWidget *
row_at (GtkListBox *list,
        guint       index)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
}

static int
session_index (PxClassElectivesView *self,
               const char           *session_id)
{
  for (guint i = 0; self->sessions != NULL && i < self->sessions->len; i++)
    if (g_strcmp0 (((PxElectiveSession *) g_ptr_array_index (self->sessions, i))->id,
                   session_id) == 0)
      return i;
  return -1;
}

/* The electives */

static void
update_session_row (GtkWidget               *row,
                    const PxElectiveSession *s)
{
  GtkWidget *count = g_object_get_data (G_OBJECT (row), "count-label");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "title-label");
  g_autofree char *date = px_format_date (s->date);
  g_autofree char *chosen = chosen_text (s);
  /* Translators: an elective's date and slot, then its choices */
  g_autofree char *text = g_strdup_printf (_("%s %s · %s"), date, slot_text (s->slot), chosen);

  set_text (title, s->title != NULL ? s->title : _("Untitled session"));
  set_text (count, text);
  if (is_full (s))
    gtk_widget_add_css_class (count, "warning");
  else
    gtk_widget_remove_css_class (count, "warning");
}

static GtkWidget *
make_session_row (gpointer data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (count), 0);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "count-label", count);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  return row;
}

static void
describe_session (PxClassElectivesView    *self,
                  const PxElectiveSession *s)
{
  g_autofree char *date = px_format_date (s->date);
  g_autofree char *hours = px_format_hours (s->hours);
  g_autofree char *chosen = chosen_text (s);
  g_autofree char *text = NULL;

  /* Translators: date, slot, start–end time, hours, then the choices */
  text = g_strdup_printf (_("%s %s %s–%s · %s h · %s"), date, slot_text (s->slot), s->start_time,
                          s->end_time, hours, chosen);
  adw_preferences_group_set_title (self->trainees_group,
                                   s->title != NULL ? s->title : _("Untitled session"));
  adw_preferences_group_set_description (self->trainees_group, text);
}

/* The trainees */

static void
chosen_toggled_cb (GtkCheckButton *check,
                   GParamSpec     *pspec,
                   GtkWidget      *self)
{
  const char *enrollment_id = g_object_get_data (G_OBJECT (check), "enrollment-id");

  if (PX_CLASS_ELECTIVES_VIEW (self)->updating)
    return;
  gtk_widget_activate_action (self, "electives.set-chosen", "(ssb)",
                              PX_CLASS_ELECTIVES_VIEW (self)->session_id, enrollment_id,
                              gtk_check_button_get_active (check));
}

static GtkWidget *
make_trainee_row (gpointer data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "notify::active", G_CALLBACK (chosen_toggled_cb), data, 0);
  gtk_box_append (GTK_BOX (box), check);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "title");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "subtitle");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "subtitle-label", subtitle);
  return row;
}

static void
update_trainee_row (GtkWidget               *row,
                    const PxElectiveTrainee *t)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
  g_autoptr(GString) subtitle = g_string_new (t->unit_name);

  if (t->group_name != NULL)
    g_string_append_printf (subtitle, subtitle->len > 0 ? " · %s" : "%s", t->group_name);
  set_text (g_object_get_data (G_OBJECT (row), "title-label"), t->name);
  set_text (g_object_get_data (G_OBJECT (row), "subtitle-label"), subtitle->str);
  g_object_set_data_full (G_OBJECT (check), "enrollment-id", g_strdup (t->enrollment_id),
                          g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), t->chosen);
}

/* A click beside the box ticks it too, as on an action row. */
static void
trainee_row_activated_cb (PxClassElectivesView *self,
                          GtkListBoxRow        *row)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
load_trainees (PxClassElectivesView *self)
{
  int index = session_index (self, self->session_id);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->trainees, g_ptr_array_unref);
  if (index >= 0)
    {
      describe_session (self, g_ptr_array_index (self->sessions, index));
      self->trainees = px_class_elective_list_trainees (self->db, self->session_id, &error);
      if (self->trainees == NULL)
        toast (self, error->message);
    }
  ensure_rows (self->trainee_list, self->trainees != NULL ? self->trainees->len : 0,
               make_trainee_row, self);
  self->updating = TRUE;
  for (guint i = 0; self->trainees != NULL && i < self->trainees->len; i++)
    update_trainee_row (row_at (self->trainee_list, i), g_ptr_array_index (self->trainees, i));
  self->updating = FALSE;
}

static void
select_session (PxClassElectivesView *self,
                const char           *session_id)
{
  int index = session_index (self, session_id);

  if (index < 0)
    return;
  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
  self->updating = TRUE;
  gtk_list_box_select_row (self->session_list,
                           gtk_list_box_get_row_at_index (self->session_list, index));
  self->updating = FALSE;
  load_trainees (self);
}

static void
session_row_selected_cb (PxClassElectivesView *self,
                         GtkListBoxRow        *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (self->updating || index < 0)
    return;
  select_session (self, ((PxElectiveSession *) g_ptr_array_index (self->sessions, index))->id);
}

static void
show_empty (PxClassElectivesView *self,
            const char           *title,
            const char           *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (PxClassElectivesView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = g_steal_pointer (&self->session_id);

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->trainees, g_ptr_array_unref);
  if (self->class_id == NULL)
    {
      show_empty (self, _("No Class Selected"), _("Choose a class to see its electives."));
      return;
    }
  self->sessions = px_class_elective_list_sessions (self->db, self->class_id, &error);
  if (self->sessions == NULL)
    {
      show_empty (self, _("The Class Could Not Be Read"), error->message);
      return;
    }
  if (self->sessions->len == 0)
    {
      show_empty (self, _("No Electives Yet"),
                  _("Mark sessions as electives, with a capacity, in the Timetable tab; the "
                    "trainees’ choices are recorded here."));
      return;
    }
  self->updating = TRUE;
  ensure_rows (self->session_list, self->sessions->len, make_session_row, NULL);
  for (guint i = 0; i < self->sessions->len; i++)
    update_session_row (row_at (self->session_list, i), g_ptr_array_index (self->sessions, i));
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "electives");
  /* the same class read again keeps the elective it showed */
  select_session (self, session_index (self, keep) >= 0
                          ? keep
                          : ((PxElectiveSession *) g_ptr_array_index (self->sessions, 0))->id);
}

/* Actions */

static void
select_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  select_session (PX_CLASS_ELECTIVES_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
set_chosen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxClassElectivesView *self = PX_CLASS_ELECTIVES_VIEW (widget);
  const char *session_id, *enrollment_id;
  g_autoptr(GError) error = NULL;
  PxElectiveSession *s;
  PxElectiveTrainee *t = NULL;
  GtkWidget *row = NULL;
  gboolean chosen;
  int index;

  g_variant_get (parameter, "(&s&sb)", &session_id, &enrollment_id, &chosen);
  index = session_index (self, session_id);
  if (index < 0 || g_strcmp0 (session_id, self->session_id) != 0)
    return;
  s = g_ptr_array_index (self->sessions, index);
  for (guint i = 0; self->trainees != NULL && i < self->trainees->len && t == NULL; i++)
    if (g_strcmp0 (((PxElectiveTrainee *) g_ptr_array_index (self->trainees, i))->enrollment_id,
                   enrollment_id) == 0)
      {
        t = g_ptr_array_index (self->trainees, i);
        row = row_at (self->trainee_list, i);
      }
  if (t == NULL)
    return;

  if (t->chosen != chosen
      && !px_class_elective_set_chosen (self->db, session_id, enrollment_id, chosen, &error))
    toast (self, error->message);
  else if (t->chosen != chosen)
    {
      t->chosen = chosen;
      if (chosen)
        s->n_chosen++;
      else
        s->n_chosen--;
      update_session_row (row_at (self->session_list, index), s);
      describe_session (self, s);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  /* the box shows what is stored, also when the choice was refused */
  self->updating = TRUE;
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"), t->chosen);
  self->updating = FALSE;
}

/* GObject */

static void
px_class_electives_view_dispose (GObject *object)
{
  PxClassElectivesView *self = PX_CLASS_ELECTIVES_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_CLASS_ELECTIVES_VIEW);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_electives_view_parent_class)->dispose (object);
}

static void
px_class_electives_view_finalize (GObject *object)
{
  PxClassElectivesView *self = PX_CLASS_ELECTIVES_VIEW (object);

  g_free (self->class_id);
  g_free (self->session_id);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->trainees, g_ptr_array_unref);

  G_OBJECT_CLASS (px_class_electives_view_parent_class)->finalize (object);
}

static void
px_class_electives_view_class_init (PxClassElectivesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_electives_view_dispose;
  object_class->finalize = px_class_electives_view_finalize;

  /**
   * PxClassElectivesView::changed:
   *
   * The view wrote to the database: the page refreshes the other tabs and the class list.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-class-electives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClassElectivesView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClassElectivesView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxClassElectivesView, session_list);
  gtk_widget_class_bind_template_child (widget_class, PxClassElectivesView, trainees_group);
  gtk_widget_class_bind_template_child (widget_class, PxClassElectivesView, trainee_list);
  gtk_widget_class_bind_template_callback (widget_class, session_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, trainee_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "electives.select-session", "s",
                                   select_session_action);
  gtk_widget_class_install_action (widget_class, "electives.set-chosen", "(ssb)",
                                   set_chosen_action);
}

static void
px_class_electives_view_init (PxClassElectivesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_empty (self, _("No Class Selected"), _("Choose a class to see its electives."));
}

GtkWidget *
px_class_electives_view_new (PxDatabase *db)
{
  PxClassElectivesView *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_ELECTIVES_VIEW, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
px_class_electives_view_set_class (PxClassElectivesView *self,
                                   const char           *class_id)
{
  g_return_if_fail (PX_IS_CLASS_ELECTIVES_VIEW (self));

  if (g_strcmp0 (class_id, self->class_id) != 0)
    {
      g_free (self->class_id);
      self->class_id = g_strdup (class_id);
      g_clear_pointer (&self->session_id, g_free);
    }
  reload (self);
}

const char *
px_class_electives_view_get_session (PxClassElectivesView *self)
{
  g_return_val_if_fail (PX_IS_CLASS_ELECTIVES_VIEW (self), NULL);
  return self->session_id;
}
