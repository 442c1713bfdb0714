/* px-ui-test-util.c: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "px-application.h"
#include "px-cadre.h"
#include "px-org-unit.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

/* A virtual display has no session bus, and GtkApplication says so; nothing here needs one. */
static gboolean
not_fatal_cb (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return strstr (message, "session bus") == NULL && strstr (message, "dbus-launch") == NULL;
}

void
px_ui_test_init (int    *argc,
                 char ***argv)
{
  setlocale (LC_ALL, "");
  px_application_bind_text_domain ();
  g_test_init (argc, argv, NULL);
  g_test_log_set_fatal_handler (not_fatal_cb, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      exit (0);   /* TAP: the plan above says the test was skipped */
    }
  adw_init ();
}

void
px_ui_test_iterate (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

void
px_ui_test_wait_until (gboolean (*condition) (gpointer data),
                       gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting");
      g_main_context_iteration (NULL, TRUE);
    }
  px_ui_test_iterate ();
}

static gboolean
model_is_idle (gpointer data)
{
  return !px_record_list_model_is_loading (data);
}

void
px_ui_test_wait_for_model (PxRecordListModel *model)
{
  px_ui_test_wait_until (model_is_idle, model);
}

void
px_ui_test_save_png (GtkWidget  *widget,
                     const char *path)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  int width = 0, height = 0;

  /* a window just shown has drawn nothing yet: wait for its first frames */
  while (node == NULL)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (g_get_monotonic_time () > deadline)
        g_error ("%s never drew", G_OBJECT_TYPE_NAME (widget));
      px_ui_test_iterate ();
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (width <= 0 || height <= 0)
        {
          g_usleep (10000);
          continue;
        }
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        g_usleep (10000);
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

char *
px_ui_test_add_cadres (PxDatabase *db,
                       guint       first,
                       guint       n)
{
  static const char * const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄" };
  static const char * const given[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军",
                                        "洋" };
  g_autoptr(PxOrgUnit) unit = px_org_unit_new ();
  g_autoptr(GError) error = NULL;

  unit->name = g_strdup_printf ("测试县第%u局", first);
  g_assert_true (px_org_unit_insert (db, unit, &error));
  g_assert_no_error (error);
  g_assert_true (px_database_begin (db, &error));
  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(PxCadre) cadre = px_cadre_new ();
      g_autofree char *birth = g_strdup_printf ("19%02u0%u1%u", 60 + i % 30, 1 + i % 9, i % 10);

      cadre->name = g_strdup_printf ("%s%s%s", surnames[i % G_N_ELEMENTS (surnames)],
                                     given[(i / 8) % G_N_ELEMENTS (given)],
                                     given[(i / 80) % G_N_ELEMENTS (given)]);
      cadre->citizen_id = px_test_make_id ("330402", birth, (i % 500) * 2 + 1);
      cadre->gender = g_strdup ("男");
      cadre->unit_id = g_strdup (unit->base.id);
      cadre->rank = g_strdup (i % 2 ? "一级科员" : "四级主任科员");
      cadre->phone = g_strdup_printf ("139%08u", i);
      g_assert_true (px_cadre_insert (db, cadre, &error));
      g_assert_no_error (error);
    }
  g_assert_true (px_database_commit (db, &error));
  return g_strdup (unit->base.id);
}
