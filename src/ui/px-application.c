/* px-application.c: Peixun the application: its actions, shortcuts and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-application"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "px-application.h"
#include "px-database.h"
#include "px-window.h"

struct _PxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

char *
px_application_choose_database (GSettings *settings)
{
  const char *env = g_getenv ("PEIXUN_DB");
  g_autofree char *last = NULL;
  g_autofree char *fallback = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  last = g_settings_get_string (settings, "last-database");
  if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&last);
  fallback = px_database_get_default_path ();
  if (g_file_test (fallback, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&fallback);
  return NULL;
}

/* PEIXUN_QUIT_AFTER_FIRST_FRAME=1, for the start-up benchmark: prints "first-frame" once the
 * window has drawn its first frame, then "rows" once a frame has been drawn with the window
 * showing what it opened for (the current list with its rows), and quits. Rows are applied
 * between frames, so a frame that ends with the window ready was laid out with them. */
static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  if (g_object_get_data (G_OBJECT (window), "first-frame-drawn") == NULL)
    {
      g_object_set_data (G_OBJECT (window), "first-frame-drawn", GINT_TO_POINTER (1));
      g_print ("first-frame\n");
      fflush (stdout);
    }
  if (!px_window_is_ready (PX_WINDOW (window)))
    return;
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_print ("rows\n");
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
window_mapped_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
  gtk_widget_queue_draw (window);
}

static void
watch_first_frame (GtkWindow *window)
{
  if (g_getenv ("PEIXUN_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
}

static void
px_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  window = GTK_WINDOW (px_window_new (ADW_APPLICATION (application)));
  settings = g_settings_new (APP_ID);
  path = px_application_choose_database (settings);
  watch_first_frame (window);
  gtk_window_present (window);
  if (path != NULL)
    px_window_open_database (PX_WINDOW (window), path);
}

static void
px_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      PxWindow *window = px_window_new (ADW_APPLICATION (application));

      watch_first_frame (GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (window));
      if (path != NULL)
        px_window_open_database (window, path);
    }
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *application = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* closing each window (rather than quitting under it) keeps its size and state */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { _("The Peixun developers"), NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Peixun"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Peixun developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Plans, classes, rosters, teachers and teaching bases of "
                                   "cadre education and training, on one computer, with or "
                                   "without a network."));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), "https://peixun.cn");
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
px_application_startup (GApplication *application)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open-database", { "<Control>o", NULL } },
    { "win.new-database", { "<Control><Shift>n", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.new-record", { "<Control>n", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.show-pane::plan", { "<Alt>1", NULL } },
    { "win.show-pane::classes", { "<Alt>2", NULL } },
    { "win.show-pane::cadres", { "<Alt>3", NULL } },
    { "win.show-pane::courses", { "<Alt>4", NULL } },
    { "win.show-pane::teachers", { "<Alt>5", NULL } },
    { "win.show-pane::bases", { "<Alt>6", NULL } },
  };

  G_APPLICATION_CLASS (px_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = px_application_activate;
  app_class->open = px_application_open;
  app_class->startup = px_application_startup;
}

static void
px_application_init (PxApplication *self)
{
}

void
px_application_bind_text_domain (void)
{
  const char *localedir = g_getenv ("PEIXUN_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

PxApplication *
px_application_new (void)
{
  /* Not unique: each database may have its own window and process, and the laptops at
   * teaching bases often run without a session bus. */
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/cn/peixun/Peixun",
                       NULL);
}
