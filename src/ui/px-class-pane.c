/* px-class-pane.c: 班次, the classes and the page of the one opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two pages in a stack: the list of classes with the form of the one selected (a PxListPane),
 * and the class page, whose tabs are the jobs a class is made of. A tab is made the first time
 * it is shown and read again only when the class changed since it was last shown, so that
 * switching between tabs costs no database work.
 */

#define G_LOG_DOMAIN "px-class-pane"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "px-class-new-dialog.h"
#include "px-class-pane.h"
#include "px-class-attendance-view.h"
#include "px-class-certificates-view.h"
#include "px-class-completion-view.h"
#include "px-class-electives-view.h"
#include "px-class-print-menu.h"
#include "px-class-roster-view.h"
#include "px-class-timetable-view.h"
#include "px-class-summary.h"
#include "px-format.h"
#include "px-panes.h"
#include "px-record-item.h"
#include "px-training-class.h"

typedef struct
{
  const char *name;
  const char *title;        /* N_() */
  const char *icon_name;
  GtkWidget *(*create) (PxDatabase *db);
  void (*set_class) (GtkWidget *view, const char *class_id);
  /* the tab's actions for the window's Ctrl+N, Ctrl+F, Ctrl+I, Ctrl+E; NULL: none */
  const char *new_action;
  const char *find_action;
  const char *import_action;
  const char *export_action;
} TabSpec;

static void
set_roster_class (GtkWidget  *view,
                  const char *class_id)
{
  px_class_roster_view_set_class (PX_CLASS_ROSTER_VIEW (view), class_id);
}

static void
set_timetable_class (GtkWidget  *view,
                     const char *class_id)
{
  px_class_timetable_view_set_class (PX_CLASS_TIMETABLE_VIEW (view), class_id);
}

static void
set_electives_class (GtkWidget  *view,
                     const char *class_id)
{
  px_class_electives_view_set_class (PX_CLASS_ELECTIVES_VIEW (view), class_id);
}

static void
set_attendance_class (GtkWidget  *view,
                      const char *class_id)
{
  px_class_attendance_view_set_class (PX_CLASS_ATTENDANCE_VIEW (view), class_id);
}

static void
set_completion_class (GtkWidget  *view,
                      const char *class_id)
{
  px_class_completion_view_set_class (PX_CLASS_COMPLETION_VIEW (view), class_id);
}

static void
set_certificates_class (GtkWidget  *view,
                        const char *class_id)
{
  px_class_certificates_view_set_class (PX_CLASS_CERTIFICATES_VIEW (view), class_id);
}

static const TabSpec tab_specs[] = {
  { "roster", N_("Trainees"), "system-users-symbolic", px_class_roster_view_new,
    set_roster_class, "roster.add", "roster.search", "roster.import", "roster.export" },
  { "timetable", N_("Timetable"), "x-office-calendar-symbolic", px_class_timetable_view_new,
    set_timetable_class, "timetable.add-session", NULL, "timetable.import", NULL },
  { "electives", N_("Electives"), "view-list-symbolic", px_class_electives_view_new,
    set_electives_class, NULL, NULL, NULL, NULL },
  { "attendance", N_("Attendance"), "checkbox-checked-symbolic", px_class_attendance_view_new,
    set_attendance_class, "attendance.new-leave", NULL, NULL, NULL },
  { "completion", N_("Completion"), "emblem-ok-symbolic", px_class_completion_view_new,
    set_completion_class, NULL, NULL, NULL, NULL },
  { "certificates", N_("Certificates"), "emblem-documents-symbolic",
    px_class_certificates_view_new, set_certificates_class, "certificates.issue",
    "certificates.search", NULL, NULL },
};

#define N_TABS G_N_ELEMENTS (tab_specs)

struct _PxClassPane
{
  AdwBin parent_instance;

  GtkStack *stack;
  PxListPane *list_pane;
  AdwWindowTitle *class_title;
  GtkLabel *summary_label;
  PxClassPrintMenu *print_menu;
  AdwViewStack *tabs;

  PxDatabase *db;
  char *class_id;
  /* Bumped by every write to the class: a tab shown at an older generation reads again. */
  guint generation;
  guint tab_generation[N_TABS];
  GtkWidget *tab_views[N_TABS];   /* NULL until first shown */
  gboolean list_stale;            /* the list's counts changed behind it */
};

G_DEFINE_FINAL_TYPE (PxClassPane, px_class_pane, ADW_TYPE_BIN)

static int
tab_index (const char *name)
{
  for (guint i = 0; i < N_TABS; i++)
    if (g_strcmp0 (tab_specs[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* The line under the title: when, how far along, how many, what is wrong. */
static void
update_summary (PxClassPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassSummary) summary = px_class_summary_get (self->db, self->class_id, &error);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *trainees = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *title = NULL;

  if (summary == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  title = g_strdup_printf ("%s · %s", summary->code, summary->title);
  adw_window_title_set_title (self->class_title, title);
  start = px_format_date (summary->start_date);
  end = px_format_date (summary->end_date);
  hours = px_format_hours (summary->hours);
  if (summary->capacity != PX_INT_UNSET)
    trainees = g_strdup_printf (_("%u of %d places taken"), summary->n_enrolled,
                                (int) summary->capacity);
  else
    trainees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainee", "%u trainees",
                                             summary->n_enrolled), summary->n_enrolled);
  g_string_append_printf (line, _("%s – %s"), start, end);
  g_string_append_printf (line, " · %s · %s · ", px_class_list_status_label (summary->status),
                          trainees);
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u session, %s hours",
                                             "%u sessions, %s hours", summary->n_sessions),
                          summary->n_sessions, hours);
  if (summary->conflicts->len > 0)
    {
      g_string_append (line, " · ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u conflict",
                                                 "%u conflicts", summary->conflicts->len),
                              summary->conflicts->len);
    }
  gtk_label_set_text (self->summary_label, line->str);
  adw_window_title_set_subtitle (self->class_title, NULL);
}

/* Tabs */

static void
tab_changed_cb (GtkWidget   *view,
                PxClassPane *self)
{
  self->generation++;
  for (guint i = 0; i < N_TABS; i++)
    if (self->tab_views[i] == view)
      self->tab_generation[i] = self->generation;
  self->list_stale = TRUE;
  update_summary (self);
}

static void
refresh_tab (PxClassPane *self,
             guint        i)
{
  if (self->class_id == NULL)
    return;
  if (self->tab_views[i] == NULL)
    {
      GtkWidget *holder = adw_view_stack_get_child_by_name (self->tabs, tab_specs[i].name);

      self->tab_views[i] = tab_specs[i].create (self->db);
      g_signal_connect (self->tab_views[i], "changed", G_CALLBACK (tab_changed_cb), self);
      adw_bin_set_child (ADW_BIN (holder), self->tab_views[i]);
      self->tab_generation[i] = 0;
    }
  if (self->tab_generation[i] != self->generation)
    {
      tab_specs[i].set_class (self->tab_views[i], self->class_id);
      self->tab_generation[i] = self->generation;
    }
}

static void
visible_tab_cb (PxClassPane *self)
{
  int i = tab_index (adw_view_stack_get_visible_child_name (self->tabs));

  if (i >= 0)
    refresh_tab (self, (guint) i);
}

/* Opening and leaving a class */

void
px_class_pane_open_class (PxClassPane *self,
                          const char  *class_id)
{
  g_return_if_fail (PX_IS_CLASS_PANE (self));

  if (class_id == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      if (self->list_stale)
        {
          self->list_stale = FALSE;
          px_list_pane_reload (self->list_pane);
        }
      gtk_widget_grab_focus (px_list_pane_get_search_entry (self->list_pane));
      return;
    }
  /* read again even for the class shown last: its form may have changed it meanwhile */
  g_free (self->class_id);
  self->class_id = g_strdup (class_id);
  px_class_print_menu_set_class (self->print_menu, class_id);
  self->generation++;
  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "class");
  visible_tab_cb (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxClassPane *self = PX_CLASS_PANE (widget);
  PxRecordEditor *editor = px_list_pane_get_editor (self->list_pane);
  const PxTrainingClass *stored = px_record_editor_get_record (editor);
  g_autoptr(GError) error = NULL;

  if (stored == NULL)
    return;
  /* what the form holds is the class's too: keep it before leaving */
  if (px_record_editor_get_modified (editor) && !px_record_editor_save (editor, &error))
    {
      px_list_pane_toast (self->list_pane, error->message);
      return;
    }
  px_class_pane_open_class (self, stored->base.id);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  px_class_pane_open_class (PX_CLASS_PANE (widget), NULL);
}

static void
created_cb (const char *class_id,
            gpointer    user_data)
{
  PxClassPane *self = user_data;

  px_list_pane_reload (self->list_pane);
  px_class_pane_open_class (self, class_id);
}

static void
new_from_plan_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxClassPane *self = PX_CLASS_PANE (widget);

  px_class_new_dialog_present (GTK_WIDGET (self), self->db, NULL,
                               created_cb, self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxClassPane *self = PX_CLASS_PANE (widget);
  const PxTrainingClass *stored = NULL;

  if (gtk_stack_get_visible_child_name (self->stack) != NULL
      && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "class"))
    {
      px_class_new_dialog_present (GTK_WIDGET (self), self->db, self->class_id,
                                   created_cb, self);
      return;
    }
  stored = px_record_editor_get_record (px_list_pane_get_editor (self->list_pane));
  if (stored != NULL)
    px_class_new_dialog_present (GTK_WIDGET (self), self->db, stored->base.id,
                                 created_cb, self);
}

static void
print_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxClassPane *self = PX_CLASS_PANE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "class") == 0)
    px_class_print_menu_popup (self->print_menu);
}

static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  PxClassPane   *self)
{
  PxRecordListModel *model = px_list_pane_get_model (self->list_pane);
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);
  const char *id = item != NULL ? px_record_item_get_id (PX_RECORD_ITEM (item)) : NULL;

  if (id != NULL)
    px_class_pane_open_class (self, id);
}

/* Building */

static GtkWidget *
build_class_page (PxClassPane *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_center_box_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *switcher = adw_view_switcher_new ();

  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "classes.back");
  gtk_widget_set_tooltip_text (back, _("Back to the Classes (Alt+←)"));
  gtk_widget_add_css_class (back, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "classes.copy");
  gtk_widget_set_tooltip_text (copy, _("Copy This Class to New Dates…"));
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_valign (back, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);

  self->class_title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_justify (self->summary_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->class_title));
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->summary_label));

  gtk_center_box_set_start_widget (GTK_CENTER_BOX (header), back);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (header), titles);
  /* printing changes the class when it issues certificate numbers: tabs read it again */
  self->print_menu = px_class_print_menu_new (self->db);
  g_signal_connect_object (self->print_menu, "changed", G_CALLBACK (tab_changed_cb), self, 0);
  gtk_widget_set_valign (GTK_WIDGET (self->print_menu), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (tools), GTK_WIDGET (self->print_menu));
  gtk_box_append (GTK_BOX (tools), copy);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (header), tools);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 6);
  gtk_box_append (GTK_BOX (page), header);

  self->tabs = ADW_VIEW_STACK (adw_view_stack_new ());
  adw_view_stack_set_hhomogeneous (self->tabs, FALSE);
  adw_view_stack_set_vhomogeneous (self->tabs, FALSE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->tabs), TRUE);
  for (guint i = 0; i < N_TABS; i++)
    adw_view_stack_add_titled (self->tabs, adw_bin_new (), tab_specs[i].name,
                               _(tab_specs[i].title));
  for (guint i = 0; i < N_TABS; i++)
    adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->tabs,
                                         adw_view_stack_get_child_by_name (self->tabs,
                                                                           tab_specs[i].name)),
                                       tab_specs[i].icon_name);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->tabs);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (switcher, 6);
  gtk_widget_set_margin_bottom (switcher, 6);
  gtk_box_append (GTK_BOX (page), switcher);
  gtk_box_append (GTK_BOX (page), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->tabs));
  g_signal_connect_swapped (self->tabs, "notify::visible-child", G_CALLBACK (visible_tab_cb),
                            self);
  return page;
}

static void
px_class_pane_dispose (GObject *object)
{
  PxClassPane *self = PX_CLASS_PANE (object);

  for (guint i = 0; i < N_TABS; i++)
    if (self->tab_views[i] != NULL)
      g_signal_handlers_disconnect_by_data (self->tab_views[i], self);
  memset (self->tab_views, 0, sizeof self->tab_views);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (px_class_pane_parent_class)->dispose (object);
}

static void
px_class_pane_finalize (GObject *object)
{
  PxClassPane *self = PX_CLASS_PANE (object);

  g_free (self->class_id);

  G_OBJECT_CLASS (px_class_pane_parent_class)->finalize (object);
}

static void
px_class_pane_class_init (PxClassPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_class_pane_dispose;
  object_class->finalize = px_class_pane_finalize;

  gtk_widget_class_install_action (widget_class, "classes.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "classes.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "classes.new-from-plan", NULL,
                                   new_from_plan_action);
  gtk_widget_class_install_action (widget_class, "classes.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "classes.back", NULL);
  gtk_widget_class_install_action (widget_class, "classes.print-menu", NULL, print_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "classes.print-menu", NULL);
}

static void
px_class_pane_init (PxClassPane *self)
{
}

PxClassPane *
px_class_pane_new (PxDatabase *db)
{
  PxClassPane *self;
  GtkWidget *plan_button;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  self = g_object_new (PX_TYPE_CLASS_PANE, NULL);
  self->db = g_object_ref (db);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);

  self->list_pane = px_list_pane_new (db, px_class_list_get_spec ());
  plan_button = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (plan_button), "classes.new-from-plan");
  gtk_widget_set_tooltip_text (plan_button, _("New Class from the Training Plan…"));
  px_list_pane_add_tool (self->list_pane, plan_button);
  g_signal_connect (px_list_pane_get_column_view (self->list_pane), "activate",
                    G_CALLBACK (row_activated_cb), self);

  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list_pane), "list");
  gtk_stack_add_named (self->stack, build_class_page (self), "class");
  gtk_stack_set_visible_child_name (self->stack, "list");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  return self;
}

PxListPane *
px_class_pane_get_list_pane (PxClassPane *self)
{
  g_return_val_if_fail (PX_IS_CLASS_PANE (self), NULL);
  return self->list_pane;
}

const char *
px_class_pane_get_class_id (PxClassPane *self)
{
  g_return_val_if_fail (PX_IS_CLASS_PANE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "class") != 0)
    return NULL;
  return self->class_id;
}

void
px_class_pane_show_tab (PxClassPane *self,
                        const char  *name)
{
  g_return_if_fail (PX_IS_CLASS_PANE (self));
  g_return_if_fail (tab_index (name) >= 0);

  adw_view_stack_set_visible_child_name (self->tabs, name);
}

GtkWidget *
px_class_pane_get_tab (PxClassPane *self,
                       const char  *name)
{
  int i = tab_index (name);

  g_return_val_if_fail (PX_IS_CLASS_PANE (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return self->tab_views[i];
}

void
px_class_pane_shortcut (PxClassPane *self,
                        const char  *what)
{
  int i;
  const char *action = NULL;

  g_return_if_fail (PX_IS_CLASS_PANE (self));

  i = tab_index (adw_view_stack_get_visible_child_name (self->tabs));
  if (i < 0 || self->tab_views[i] == NULL)
    return;
  if (g_strcmp0 (what, "new-record") == 0)
    action = tab_specs[i].new_action;
  else if (g_strcmp0 (what, "find") == 0)
    action = tab_specs[i].find_action;
  else if (g_strcmp0 (what, "import") == 0)
    action = tab_specs[i].import_action;
  else if (g_strcmp0 (what, "export") == 0)
    action = tab_specs[i].export_action;
  if (action != NULL)
    gtk_widget_activate_action (self->tab_views[i], action, NULL);
}

const char * const *
px_class_pane_get_tab_names (void)
{
  static const char *names[N_TABS + 1];

  for (guint i = 0; i < N_TABS; i++)
    names[i] = tab_specs[i].name;
  return names;
}
