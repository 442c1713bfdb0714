/* px-welcome-page.c: what the window shows before there is a database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "px-welcome-page.h"

struct _PxWelcomePage
{
  AdwBin parent_instance;

  GtkWidget *busy_revealer;
  GtkWidget *busy_label;
  GtkWidget *busy_bar;
  GtkWidget *recent_group;
  GtkWidget *recent_list;
};

G_DEFINE_FINAL_TYPE (PxWelcomePage, px_welcome_page, ADW_TYPE_BIN)

static void
px_welcome_page_dispose (GObject *object)
{
  /* AdwBin unparents its child itself: hand it back first, so that the template does not
   * unparent it a second time */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (px_welcome_page_parent_class)->dispose (object);
}

static void
px_welcome_page_class_init (PxWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = px_welcome_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/peixun/Peixun/ui/px-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWelcomePage, busy_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxWelcomePage, busy_label);
  gtk_widget_class_bind_template_child (widget_class, PxWelcomePage, busy_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, PxWelcomePage, recent_list);
}

static void
px_welcome_page_init (PxWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
px_welcome_page_set_recent (PxWelcomePage      *self,
                            const char * const *paths)
{
  GtkWidget *child;
  guint n = 0;

  g_return_if_fail (PX_IS_WELCOME_PAGE (self));

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);
  for (; paths != NULL && paths[n] != NULL; n++)
    {
      g_autofree char *name = g_path_get_basename (paths[n]);
      g_autofree char *folder = g_path_get_dirname (paths[n]);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", paths[n]);
      gtk_list_box_append (GTK_LIST_BOX (self->recent_list), row);
    }
  gtk_widget_set_visible (self->recent_group, n > 0);
}

void
px_welcome_page_set_busy (PxWelcomePage *self,
                          const char    *message,
                          double         fraction)
{
  g_return_if_fail (PX_IS_WELCOME_PAGE (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->busy_revealer), message != NULL);
  if (message != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->busy_label), message);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->busy_bar), fraction);
    }
}
