/* px-ui-test-util.c: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "px-application.h"
#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-class-trainees.h"
#include "px-org-unit.h"
#include "px-test-util.h"
#include "px-training-class.h"
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

char *
px_ui_test_add_class (PxDatabase *db,
                      const char *code,
                      const char *title,
                      const char *start_date,
                      const char *end_date,
                      double      credit_hours)
{
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;

  c->code = g_strdup (code);
  c->title = g_strdup (title);
  c->start_date = g_strdup (start_date);
  c->end_date = g_strdup (end_date);
  c->capacity = PX_INT_UNSET;
  c->required_hours = NAN;
  c->credit_hours = credit_hours;
  g_assert_true (px_class_create (db, c, &error));
  g_assert_no_error (error);
  return g_strdup (c->base.id);
}

GPtrArray *
px_ui_test_enroll_all (PxDatabase *db,
                       const char *class_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *enrollments = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = px_database_prepare (db, "SELECT id FROM cadre ORDER BY name", &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *enrollment = px_class_trainees_add (db, class_id,
                                                (const char *) sqlite3_column_text (stmt, 0),
                                                &error);

      g_assert_no_error (error);
      g_ptr_array_add (enrollments, enrollment);
    }
  sqlite3_reset (stmt);
  return enrollments;
}

PxDatabase *
px_ui_test_open_database (const char *dir,
                          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PxDatabase *db = px_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

GtkWidget *
px_ui_test_show_with_toasts (GtkWidget *child,
                             int        width,
                             int        height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
px_ui_test_destroy_window (GtkWidget *window,
                           GtkWidget *inside)
{
  g_object_add_weak_pointer (G_OBJECT (inside), (gpointer *) &inside);
  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
  g_assert_null (inside);
}

GtkWidget *
px_ui_test_find (GtkWidget     *widget,
                 PxUiTestMatch  match,
                 gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = px_ui_test_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
px_ui_test_find_named (GtkWidget  *widget,
                       const char *name)
{
  return px_ui_test_find (widget, is_named, name);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
px_ui_test_find_type (GtkWidget *widget,
                      GType      type)
{
  return px_ui_test_find (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_label_equal (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

GtkWidget *
px_ui_test_find_label_equal (GtkWidget  *widget,
                             const char *text)
{
  return px_ui_test_find (widget, is_label_equal, text);
}

static gboolean
is_label_with_prefix (GtkWidget     *widget,
                      gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget)
         && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix);
}

GtkWidget *
px_ui_test_find_label_by_prefix (GtkWidget  *widget,
                                 const char *prefix)
{
  return px_ui_test_find (widget, is_label_with_prefix, prefix);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

GtkWidget *
px_ui_test_find_label (GtkWidget  *widget,
                       const char *text)
{
  return px_ui_test_find (widget, is_label_containing, text);
}

GtkWidget *
px_ui_test_find_shown_label (GtkWidget  *widget,
                                        const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = px_ui_test_find_shown_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
px_ui_test_find_button (GtkWidget  *widget,
                        const char *label)
{
  return px_ui_test_find (widget, is_button_labelled, label);
}

AdwToast *
px_ui_test_get_last_toast (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), "last-toast");
}

const char *
px_ui_test_last_toast_title (gpointer widget)
{
  AdwToast *toast = px_ui_test_get_last_toast (widget);

  return toast != NULL ? adw_toast_get_title (toast) : "";
}

GtkWindow *
px_ui_test_find_newest_window (GType      type,
                               GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* the list keeps its own reference: the window outlives ours */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && window != except)
        found = window;
    }
  return found;
}

GtkWindow *
px_ui_test_find_oldest_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

char *
px_ui_test_build_path (const char *folder,
                       const char *name)
{
  const char *build_dir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *dir = g_build_filename (build_dir != NULL ? build_dir : ".", folder, NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

void
px_ui_test_save_png_in (GtkWidget  *widget,
                        const char *folder,
                        const char *name)
{
  g_autofree char *path = px_ui_test_build_path (folder, name);

  /* a window just resized or filled draws its new content over the next frames */
  for (int frame = 0; frame < 20; frame++)
    {
      px_ui_test_iterate ();
      g_usleep (10000);
    }
  px_ui_test_save_png (widget, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_test_message ("drew %s", path);
}
