/* px-window.c: the main window: the panes of one database, or the welcome page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "px-certificate-template-editor.h"
#include "px-class-pane.h"
#include "px-demo.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-plan-pane.h"
#include "px-toast.h"
#include "px-verify-dialog.h"
#include "px-welcome-page.h"
#include "px-window.h"

#define MAX_RECENT 8

struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  PxWelcomePage *welcome_page;
  AdwLeaflet *leaflet;
  GtkListBox *pane_list;
  GtkLabel *database_label;
  GtkWidget *content;
  AdwWindowTitle *content_title;
  GtkStack *pane_stack;
  GMenu *recent_section;
  GMenu *primary_menu;

  /* Owned references */
  PxDatabase *db;
  GSettings *settings;
  GtkWidget *error_dialog;
  gboolean busy;

  /* Weak: it goes when it closes */
  GtkWidget *verify_dialog;
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

/* One entry of the sidebar. */
typedef struct
{
  const char *name;
  const char *title;       /* N_() */
  const char *icon_name;
} PaneEntry;

static const PaneEntry pane_entries[] = {
  { "plan", N_("Training Plan"), "x-office-calendar-symbolic" },
  { "classes", N_("Classes"), "view-grid-symbolic" },
  { "cadres", N_("Cadres"), "system-users-symbolic" },
  { "courses", N_("Courses and Cases"), "accessories-dictionary-symbolic" },
  { "teachers", N_("Teachers"), "avatar-default-symbolic" },
  { "bases", N_("Teaching Bases"), "mark-location-symbolic" },
};

static void
toast (PxWindow   *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, px_toast_new (message));
}

/* Recent databases */

static void
update_recent (PxWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-databases");

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }
  px_welcome_page_set_recent (self->welcome_page, (const char * const *) recent);
}

static void
remember_database (PxWindow   *self,
                   const char *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-databases");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (recent[i], path))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-databases", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-database", path);
  update_recent (self);
}

/* Panes */

static void
clear_panes (PxWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pane_stack))) != NULL)
    gtk_stack_remove (self->pane_stack, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pane_list))) != NULL)
    gtk_list_box_remove (self->pane_list, child);
}

/* 课程与案例: the catalogue and the case library, one switcher apart. */
static GtkWidget *
build_courses_page (PxDatabase *db)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *courses = GTK_WIDGET (px_list_pane_new (db, px_course_pane_get_spec ()));
  GtkWidget *cases = GTK_WIDGET (px_list_pane_new (db, px_case_study_pane_get_spec ()));

  gtk_stack_add_titled (GTK_STACK (stack), courses, "courses", _("Courses"));
  gtk_stack_add_titled (GTK_STACK (stack), cases, "cases", _("Case Library"));
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (stack));
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (switcher, 6);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), stack);
  g_object_set_data (G_OBJECT (box), "courses", courses);
  g_object_set_data (G_OBJECT (box), "cases", cases);
  return box;
}

static GtkWidget *
build_pane (PxWindow   *self,
            const char *name)
{
  if (g_str_equal (name, "plan"))
    return GTK_WIDGET (px_plan_pane_new (self->db));
  if (g_str_equal (name, "classes"))
    return GTK_WIDGET (px_class_pane_new (self->db));
  if (g_str_equal (name, "cadres"))
    return GTK_WIDGET (px_list_pane_new (self->db, px_cadre_pane_get_spec ()));
  if (g_str_equal (name, "courses"))
    return build_courses_page (self->db);
  if (g_str_equal (name, "teachers"))
    return GTK_WIDGET (px_list_pane_new (self->db, px_teacher_pane_get_spec ()));
  if (g_str_equal (name, "bases"))
    return GTK_WIDGET (px_list_pane_new (self->db, px_base_pane_get_spec ()));
  g_assert_not_reached ();
}

static GtkWidget *
build_sidebar_row (const PaneEntry *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (entry->icon_name));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_(entry->title)));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, entry->name);
  return row;
}

/* Panes are made when first shown, so that the window's first frame waits for one list only. */
static GtkWidget *
ensure_pane (PxWindow   *self,
             const char *name)
{
  GtkWidget *pane = gtk_stack_get_child_by_name (self->pane_stack, name);

  if (pane == NULL && self->db != NULL)
    {
      pane = build_pane (self, name);
      gtk_stack_add_named (self->pane_stack, pane, name);
    }
  return pane;
}

static const PaneEntry *
find_entry (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pane_entries); i++)
    if (g_str_equal (pane_entries[i].name, name))
      return &pane_entries[i];
  return NULL;
}

void
px_window_show_pane (PxWindow   *self,
                     const char *name)
{
  const PaneEntry *entry;
  GtkWidget *pane;

  g_return_if_fail (PX_IS_WINDOW (self));

  entry = find_entry (name);
  if (entry == NULL || self->db == NULL)
    return;
  pane = ensure_pane (self, name);
  gtk_stack_set_visible_child (self->pane_stack, pane);
  adw_window_title_set_title (self->content_title, _(entry->title));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->pane_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (gtk_widget_get_name (row), name))
      gtk_list_box_select_row (self->pane_list, GTK_LIST_BOX_ROW (row));
  g_settings_set_string (self->settings, "pane", name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
pane_row_activated_cb (PxWindow      *self,
                       GtkListBoxRow *row)
{
  px_window_show_pane (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

GtkWidget *
px_window_get_pane (PxWindow   *self,
                    const char *name)
{
  GtkWidget *courses;

  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  if (g_str_equal (name, "cases"))
    {
      courses = ensure_pane (self, "courses");
      return courses != NULL ? g_object_get_data (G_OBJECT (courses), "cases") : NULL;
    }
  if (g_str_equal (name, "courses"))
    {
      courses = ensure_pane (self, "courses");
      return courses != NULL ? g_object_get_data (G_OBJECT (courses), "courses") : NULL;
    }
  return find_entry (name) != NULL ? ensure_pane (self, name) : NULL;
}

/* The current list pane, for the window's shortcuts that act on it. */
static GtkWidget *
current_list_pane (PxWindow *self)
{
  GtkWidget *pane = gtk_stack_get_visible_child (self->pane_stack);

  if (pane != NULL && g_object_get_data (G_OBJECT (pane), "courses") != NULL)
    {
      GtkWidget *stack = gtk_widget_get_last_child (pane);

      pane = gtk_stack_get_visible_child (GTK_STACK (stack));
    }
  if (pane != NULL && PX_IS_CLASS_PANE (pane))
    pane = GTK_WIDGET (px_class_pane_get_list_pane (PX_CLASS_PANE (pane)));
  return pane;
}

/* Opening */

static const char *
error_heading (const GError *error)
{
  if (error->domain == PX_DATABASE_ERROR)
    switch (error->code)
      {
      case PX_DATABASE_ERROR_NOT_PEIXUN:
        return _("Not a Peixun Database");
      case PX_DATABASE_ERROR_TOO_NEW:
        return _("Made by a Newer Peixun");
      case PX_DATABASE_ERROR_LOCKED:
        return _("The Database Is in Use");
      case PX_DATABASE_ERROR_READ_ONLY:
        return _("The Database Cannot Be Changed");
      case PX_DATABASE_ERROR_CORRUPT:
        return _("The Database Is Damaged");
      default:
        break;
      }
  return _("Could Not Open the Database");
}

static const char *
error_advice (const GError *error)
{
  if (error->domain == PX_DATABASE_ERROR)
    switch (error->code)
      {
      case PX_DATABASE_ERROR_NOT_PEIXUN:
        return _("Choose a file that Peixun made. To bring in a roster kept in Excel, open "
                 "your database and import the spreadsheet in the Cadres pane.");
      case PX_DATABASE_ERROR_TOO_NEW:
        return _("Install the newer version of Peixun on this computer, or open a copy made "
                 "by this version.");
      case PX_DATABASE_ERROR_LOCKED:
        return _("Another program, or Peixun on another computer sharing the folder, is "
                 "writing to it. Close it there and try again.");
      case PX_DATABASE_ERROR_READ_ONLY:
        return _("Copy the file to a folder of yours (Documents, say) and open the copy.");
      case PX_DATABASE_ERROR_CORRUPT:
        return _("Open the latest copy made with “Save a Copy”, or ask your administrator "
                 "for the last backup.");
      default:
        break;
      }
  return _("Check that the disk is present and has room, then try again.");
}

static void
error_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          PxWindow         *self)
{
  g_clear_object (&self->error_dialog);
  if (g_str_equal (response, "open"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-database", NULL);
}

static void
show_open_error (PxWindow     *self,
                 const char   *path,
                 const GError *error)
{
  g_autofree char *body = g_strdup_printf ("%s\n\n%s\n\n%s", path, error->message,
                                           error_advice (error));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), error_heading (error), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "open", _("_Open Another…"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (error_dialog_response_cb), self);
  g_clear_object (&self->error_dialog);
  self->error_dialog = g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_database (PxWindow   *self,
              PxDatabase *db)
{
  g_autofree char *pane = NULL;

  clear_panes (self);
  g_set_object (&self->db, db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.verify-certificate", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.certificate-templates", db != NULL);
  /* it checks against the database it was opened on */
  if (self->verify_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->verify_dialog));
  if (db == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      adw_window_title_set_subtitle (self->content_title, NULL);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pane_entries); i++)
    gtk_list_box_append (self->pane_list, build_sidebar_row (&pane_entries[i]));
  gtk_label_set_text (self->database_label, px_database_get_path (db));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->database_label), px_database_get_path (db));
  pane = g_settings_get_string (self->settings, "pane");
  px_window_show_pane (self, find_entry (pane) != NULL ? pane : "cadres");
  gtk_stack_set_visible_child_name (self->main_stack, "panes");
}

gboolean
px_window_open_database (PxWindow   *self,
                         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  g_autofree char *absolute = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  absolute = g_canonicalize_filename (path, NULL);
  db = px_database_open (absolute, &error);

  if (db == NULL)
    {
      show_open_error (self, absolute, error);
      return FALSE;
    }
  set_database (self, db);
  remember_database (self, absolute);
  return TRUE;
}

gboolean
px_window_is_ready (PxWindow *self)
{
  GtkWidget *pane;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  if (self->db == NULL)
    return !self->busy;
  pane = current_list_pane (self);
  return !PX_IS_LIST_PANE (pane) || px_list_pane_get_rows_shown (PX_LIST_PANE (pane));
}

PxDatabase *
px_window_get_database (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->db;
}

GtkWidget *
px_window_get_error_dialog (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);
  return self->error_dialog;
}

/* The sample data */

static char *
sample_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "peixun", "sample.db", NULL);
}

typedef struct
{
  PxWindow *window;   /* a strong reference, dropped on the main thread */
  double fraction;
} SampleProgress;

static void
sample_progress_free (SampleProgress *progress)
{
  g_object_unref (progress->window);
  g_free (progress);
}

static gboolean
show_sample_progress_cb (gpointer user_data)
{
  SampleProgress *progress = user_data;

  px_welcome_page_set_busy (progress->window->welcome_page, _("Making the sample data…"),
                            progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
sample_progress_cb (double   fraction,
                    gpointer user_data)
{
  SampleProgress *progress = g_new (SampleProgress, 1);

  progress->window = g_object_ref (user_data);
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_sample_progress_cb, progress,
                              (GDestroyNotify) sample_progress_free);
}

static void
make_sample_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  gboolean done;

  /* made under another name and renamed when whole, so that a crash leaves no half sample */
  g_unlink (partial);
  db = px_database_open (partial, &error);
  done = db != NULL
         && px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, sample_progress_cb, source_object, NULL,
                          &error)
         && px_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
  g_clear_object (&db);
  if (done && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      done = FALSE;
    }
  if (!done)
    {
      g_autofree char *wal = g_strconcat (partial, "-wal", NULL);
      g_autofree char *shm = g_strconcat (partial, "-shm", NULL);

      g_unlink (partial);
      g_unlink (wal);
      g_unlink (shm);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
sample_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (source);
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  px_welcome_page_set_busy (self->welcome_page, NULL, 0);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not make the sample data: %s"),
                                                  error->message);

      toast (self, message);
      return;
    }
  px_window_open_database (self, g_task_get_task_data (G_TASK (result)));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autofree char *path = sample_path ();
  g_autoptr(GTask) task = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      px_window_open_database (self, path);
      return;
    }
  if (self->busy)
    return;
  self->busy = TRUE;
  set_database (self, NULL);
  px_welcome_page_set_busy (self->welcome_page, _("Making the sample data…"), 0);
  task = g_task_new (self, NULL, sample_made_cb, NULL);
  g_task_set_source_tag (task, open_sample_action);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, make_sample_in_thread);
}

/* File choosers */

static void
add_database_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (databases, _("Peixun Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.sqlite3");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (chooser, databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
database_chosen_cb (GtkNativeDialog *native,
                    int              response,
                    PxWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        px_window_open_database (self, path);
    }
  g_object_unref (native);
}

static void
choose_database (PxWindow             *self,
                 GtkFileChooserAction  action)
{
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (save ? _("New Database") : _("Open a Database"),
                                 GTK_WINDOW (self), action,
                                 save ? _("C_reate") : _("_Open"), _("_Cancel"));

  add_database_filters (GTK_FILE_CHOOSER (native));
  if (save)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Training.db"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (database_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_database (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  /* The chooser asks before replacing a file, and core never overwrites one that is not
   * an empty or Peixun database: choosing an existing Peixun file simply opens it. */
  choose_database (PX_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
create_default_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autofree char *path = px_database_get_default_path ();

  px_window_open_database (PX_WINDOW (widget), path);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *path = g_variant_get_string (parameter, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is no longer there."), path);
      g_auto(GStrv) recent = g_settings_get_strv (PX_WINDOW (widget)->settings,
                                                  "recent-databases");
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;

      for (guint i = 0; recent[i] != NULL; i++)
        if (!g_str_equal (recent[i], path))
          g_strv_builder_add (builder, recent[i]);
      kept = g_strv_builder_end (builder);
      g_settings_set_strv (PX_WINDOW (widget)->settings, "recent-databases",
                           (const char * const *) kept);
      update_recent (PX_WINDOW (widget));
      toast (PX_WINDOW (widget), message);
      return;
    }
  px_window_open_database (PX_WINDOW (widget), path);
}

/* Save a copy */

static void
backup_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const char * const *paths = task_data;   /* { database, copy } */
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (paths[0], &error);

  if (db == NULL || !px_database_backup (db, paths[1], NULL, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (source);
  const char * const *paths = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup_printf (_("A copy was saved as “%s”"), paths[1]);
  else
    message = g_strdup_printf (_("The copy was not saved: %s"), error->message);
  toast (self, message);
}

void
px_window_save_copy (PxWindow   *self,
                     const char *path)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, backup_done_cb, NULL);
  GStrv paths = g_new0 (char *, 3);

  paths[0] = g_strdup (px_database_get_path (self->db));
  paths[1] = g_strdup (path);
  g_task_set_source_tag (task, px_window_save_copy);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, backup_in_thread);
}

static void
copy_chosen_cb (GtkNativeDialog *native,
                int              response,
                PxWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->db != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        px_window_save_copy (self, path);
    }
  g_object_unref (native);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M");
  g_autofree char *base = g_path_get_basename (px_database_get_path (self->db));
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  char *dot;

  if ((dot = strrchr (base, '.')) != NULL)
    *dot = '\0';
  name = g_strdup_printf ("%s-%s.db", base, stamp);
  native = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                        _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (copy_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Navigation and the current pane */

static void
show_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  px_window_show_pane (PX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  adw_leaflet_navigate (PX_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* win.new-record, win.find, win.import, win.export: the current list's pane.* action */
static void
pane_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *visible = gtk_stack_get_visible_child (self->pane_stack);
  GtkWidget *pane = current_list_pane (self);
  const char *target = NULL;

  /* on a class's page, the shortcuts act on the tab shown */
  if (visible != NULL && PX_IS_CLASS_PANE (visible)
      && px_class_pane_get_class_id (PX_CLASS_PANE (visible)) != NULL)
    {
      px_class_pane_shortcut (PX_CLASS_PANE (visible), strchr (action_name, '.') + 1);
      return;
    }

  if (g_str_equal (action_name, "win.new-record"))
    target = "pane.new";
  else if (g_str_equal (action_name, "win.find"))
    target = "pane.search";
  else if (g_str_equal (action_name, "win.import"))
    target = "pane.import";
  else if (g_str_equal (action_name, "win.export"))
    target = "pane.export";
  if (pane != NULL && target != NULL)
    gtk_widget_activate_action (pane, target, NULL);
}

/* Certificates */

static void
verify_certificate_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->db == NULL)
    return;
  if (self->verify_dialog == NULL)
    g_set_weak_pointer (&self->verify_dialog,
                        GTK_WIDGET (px_verify_dialog_new (GTK_WINDOW (self), self->db)));
  gtk_window_present (GTK_WINDOW (self->verify_dialog));
}

static void
certificate_templates_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->db != NULL)
    gtk_window_present (GTK_WINDOW (px_certificate_template_editor_new (GTK_WINDOW (self),
                                                                        self->db)));
}

/* GObject */

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  if (self->verify_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->verify_dialog));
  g_clear_weak_pointer (&self->verify_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);
  g_clear_object (&self->error_dialog);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (window));
  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = px_window_close_request;

  g_type_ensure (PX_TYPE_WELCOME_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, pane_list);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, database_label);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, pane_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, pane_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open-database", NULL,
                                   open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
  gtk_widget_class_install_action (widget_class, "win.create-default", NULL,
                                   create_default_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.show-pane", "s", show_pane_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL,
                                   show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.verify-certificate", NULL,
                                   verify_certificate_action);
  gtk_widget_class_install_action (widget_class, "win.certificate-templates", NULL,
                                   certificate_templates_action);
}

static void
px_window_init (PxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  update_recent (self);
  set_database (self, NULL);

  /* between the database's items and the help: checking a certificate needs a database */
  {
    g_autoptr(GMenu) section = g_menu_new ();

    g_menu_append (section, _("_Verify Certificate…"), "win.verify-certificate");
    g_menu_append (section, _("Certificate _Templates…"), "win.certificate-templates");
    g_menu_insert_section (self->primary_menu, 1, NULL, G_MENU_MODEL (section));
  }
}

PxWindow *
px_window_new (AdwApplication *application)
{
  static const char * const verify_accels[] = { "<Control><Shift>v", NULL };

  /* Ctrl+Shift+V: no entry or list binds it (they paste with Ctrl+V and Shift+Insert) */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                         "win.verify-certificate", verify_accels);
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}
