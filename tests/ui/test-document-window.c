/* test-document-window.c: a printed document's window (pages, Export PDF, the print
 * operation's page setup) and the class page's Print menu that opens it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The windows are drawn to PNGs in the build folder (tests/ui/documents) for a person to look
 * at.
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "px-certificate-document.h"
#include "px-class-archive.h"
#include "px-cadre.h"
#include "px-class-pane.h"
#include "px-credit-record.h"
#include "px-credit-statement.h"
#include "px-class-print-menu.h"
#include "px-demo.h"
#include "px-document-window.h"
#include "px-evaluation-form.h"
#include "px-group-list.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-print-calibration.h"
#include "px-render-error.h"
#include "px-roster-document.h"
#include "px-schedule.h"
#include "px-signin-sheet.h"
#include "px-table-cards.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-ui-test-util.h"

/* The sample data, made once; its class with the most sessions runs over several weeks. */
static char *sample_path;
static char *out_dir;

#define MM_TO_POINTS(mm) ((mm) / 25.4 * 72)

/* A document of three pages of different sizes: A4 portrait, A4 landscape, 100 × 200 mm. */

#define TEST_TYPE_DOCUMENT (test_document_get_type ())
G_DECLARE_FINAL_TYPE (TestDocument, test_document, TEST, DOCUMENT, PxDocument)

struct _TestDocument
{
  PxDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (TestDocument, test_document, PX_TYPE_DOCUMENT)

static guint
test_document_get_n_pages (PxDocument *document)
{
  return 3;
}

static void
test_document_get_page_size (PxDocument *document,
                             guint       page_index,
                             double     *width,
                             double     *height)
{
  static const double sizes[3][2] = {
    { 595.2756, 841.8898 },
    { 841.8898, 595.2756 },
    { MM_TO_POINTS (100), MM_TO_POINTS (200) },
  };

  *width = sizes[page_index][0];
  *height = sizes[page_index][1];
}

static void
test_document_draw_page (PxDocument *document,
                         cairo_t    *cr,
                         guint       page_index)
{
  double width, height;

  px_document_get_page_size (document, page_index, &width, &height);
  cairo_set_source_rgb (cr, 0.2, 0.3, 0.6);
  cairo_rectangle (cr, 36, 36, width - 72, 36);
  cairo_fill (cr);
}

static void
test_document_class_init (TestDocumentClass *klass)
{
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  document_class->get_n_pages = test_document_get_n_pages;
  document_class->get_page_size = test_document_get_page_size;
  document_class->draw_page = test_document_draw_page;
}

static void
test_document_init (TestDocument *self)
{
  px_document_set_title (PX_DOCUMENT (self), "测试文档");
}

/* Helpers */

/* The sample's class with the most sessions. (transfer full) */
static char *
busiest_class (PxDatabase *db)
{
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT class_id FROM session GROUP BY class_id ORDER BY count (*) DESC, class_id LIMIT 1",
    NULL);
  char *class_id;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  class_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return class_id;
}

/* Its schedule, a page a week: at least two. */
static PxSchedule *
long_schedule (PxDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *class_id = busiest_class (db);
  PxSchedule *schedule = px_schedule_new_for_class (db, class_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (schedule)), >=, 2);
  return schedule;
}

static char *
page_text (guint page,
           guint n_pages)
{
  return g_strdup_printf ("Page %u of %u", page, n_pages);
}

static gboolean
is_check_button_labelled (GtkWidget     *widget,
                          gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget)
         && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

/* The check button labelled label, or NULL. */
static GtkWidget *
find_check_button (GtkWidget  *widget,
                   const char *label)
{
  return px_ui_test_find (widget, is_check_button_labelled, label);
}

static const char *
subtitle (GtkWindow *window)
{
  GtkWidget *title = px_ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static const char *
page_label_text (GtkWindow *window)
{
  GtkWidget *label = px_ui_test_find_named (GTK_WIDGET (window), "page-label");

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static char *
run_tool (const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *arg;
  va_list args;

  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
save_png (GtkWindow  *window,
          const char *name)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);

  px_ui_test_save_png_in (GTK_WIDGET (window), "documents", file);
}

static gboolean
not_exporting (gpointer window)
{
  return !px_document_window_get_exporting (window);
}

/* The window */

static void
test_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);
  g_autoptr(PxSchedule) schedule = long_schedule (db);
  guint n = px_document_get_n_pages (PX_DOCUMENT (schedule));
  GtkWindow *window = px_document_window_show (NULL, PX_DOCUMENT (schedule));
  g_autofree char *first = page_text (1, n);
  g_autofree char *second = page_text (2, n);
  g_autofree char *last = page_text (n, n);
  g_autofree char *before_last = page_text (n - 1, n);

  g_assert_true (px_document_window_get_document (window) == PX_DOCUMENT (schedule));
  g_assert_cmpstr (gtk_window_get_title (window), ==,
                   px_document_get_title (PX_DOCUMENT (schedule)));
  g_assert_cmpuint (px_document_window_get_page (window), ==, 0);
  g_assert_cmpstr (page_label_text (window), ==, first);
  {
    g_autofree char *expected = g_strdup_printf ("A4 landscape, %u pages", n);

    g_assert_cmpstr (subtitle (window), ==, expected);
  }
  /* no page before the first */
  gtk_widget_activate_action (GTK_WIDGET (window), "document.previous-page", NULL);
  g_assert_cmpuint (px_document_window_get_page (window), ==, 0);
  save_png (window, "window-schedule");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.next-page", NULL));
  g_assert_cmpuint (px_document_window_get_page (window), ==, 1);
  g_assert_cmpstr (page_label_text (window), ==, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.last-page", NULL));
  g_assert_cmpstr (page_label_text (window), ==, last);
  /* no page after the last */
  gtk_widget_activate_action (GTK_WIDGET (window), "document.next-page", NULL);
  g_assert_cmpuint (px_document_window_get_page (window), ==, n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.previous-page",
                                             NULL));
  g_assert_cmpstr (page_label_text (window), ==, before_last);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.first-page", NULL));
  g_assert_cmpstr (page_label_text (window), ==, first);

  /* fit the width: the page grows past the window, and it scrolls */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.fit-width", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.next-page", NULL));
  save_png (window, "window-schedule-fit-width");

  px_ui_test_destroy_window (GTK_WIDGET (window), GTK_WIDGET (window));
}

static void
test_mixed_sizes (void)
{
  g_autoptr(PxDocument) document = g_object_new (TEST_TYPE_DOCUMENT, NULL);
  g_autoptr(PxDocument) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);
  GtkWindow *window = px_document_window_show (NULL, document);
  g_autoptr(GtkWidget) options = g_object_ref_sink (gtk_label_new ("选项"));
  g_autofree char *expected = NULL;
  guint n;

  /* pages of different sizes are not called A4 */
  g_assert_cmpstr (subtitle (window), ==, "3 pages");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("window-mixed-%u", i + 1);

      px_document_window_set_page (window, i);
      g_assert_cmpuint (px_document_window_get_page (window), ==, i);
      save_png (window, name);
    }
  /* past the last page: the last */
  px_document_window_set_page (window, 7);
  g_assert_cmpuint (px_document_window_get_page (window), ==, 2);

  /* options above the page, and another document: the same page while it has one */
  px_document_window_set_options (window, options);
  g_assert_true (gtk_widget_get_ancestor (options, GTK_TYPE_WINDOW) == GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (options)));
  other = PX_DOCUMENT (long_schedule (db));
  n = px_document_get_n_pages (other);
  px_document_window_set_document (window, other);
  g_assert_cmpuint (px_document_window_get_page (window), ==, MIN (2, n - 1));
  expected = page_text (MIN (3, n), n);
  g_assert_cmpstr (page_label_text (window), ==, expected);
  g_assert_cmpstr (gtk_window_get_title (window), ==, px_document_get_title (other));
  px_document_window_set_options (window, NULL);
  g_assert_null (gtk_widget_get_parent (options));

  px_ui_test_destroy_window (GTK_WIDGET (window), GTK_WIDGET (window));
}

static void
test_export (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "课程表 & 名单.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no such folder", "a.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);
  g_autoptr(PxSchedule) schedule = long_schedule (db);
  GtkWindow *window = px_document_window_show (NULL, PX_DOCUMENT (schedule));
  AdwToast *toast;

  px_document_window_export_to (window, file);
  g_assert_true (px_document_window_get_exporting (window));
  px_ui_test_wait_until (not_exporting, window);
  g_assert_cmpstr (px_ui_test_last_toast_title (window), ==, "Exported to “课程表 &amp; 名单.pdf”");
  toast = px_ui_test_get_last_toast (window);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");
  g_assert_cmpuint (pdf_pages (path), ==, px_document_get_n_pages (PX_DOCUMENT (schedule)));

  /* a folder that is not there: said, and nothing left behind */
  px_document_window_export_to (window, bad_file);
  px_ui_test_wait_until (not_exporting, window);
  g_assert_true (g_str_has_prefix (px_ui_test_last_toast_title (window), "Could not export: "));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));

  px_ui_test_destroy_window (GTK_WIDGET (window), GTK_WIDGET (window));
  px_test_remove_dir (dir);
}

/* The colour at x, y of an image, as 0xRRGGBB. */
static guint32
pixel_at (cairo_surface_t *image,
          int              x,
          int              y)
{
  const guchar *row;

  cairo_surface_flush (image);
  row = cairo_image_surface_get_data (image) + y * cairo_image_surface_get_stride (image);
  return ((const guint32 *) row)[x] & 0xffffff;
}

/* Whether two colours differ by rounding only. */
static gboolean
colour_near (guint32 a,
             guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 3)
      return FALSE;
  return TRUE;
}

/* Runs operation into a PDF, as a printer would get it, and checks each page of the test
 * document on its paper, with its band moved by dx, dy points. */
static void
print_and_check (GtkPrintOperation *operation,
                 double             dx,
                 double             dy)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 3);
  /* each page on paper of its own size and orientation */
  info = run_tool ("pdfinfo", "-f", "1", "-l", "3", path, NULL);
  g_assert_nonnull (strstr (info, "Page    1 size:  595.276 x 841.89"));
  g_assert_nonnull (strstr (info, "Page    2 size:  841.89 x 595.276"));
  g_assert_nonnull (strstr (info, "Page    3 size:  283.465 x 566.929"));
  /* drawn from the paper's corner at full size: the band 36 pt in, 36 pt tall */
  for (int page = 1; page <= 3; page++)
    {
      g_autofree char *number = g_strdup_printf ("%d", page);
      g_autofree char *prefix = g_build_filename (dir, "page", NULL);
      g_autofree char *png = g_strdup_printf ("%s.png", prefix);
      g_autofree char *out = run_tool ("pdftoppm", "-png", "-r", "72", "-singlefile", "-f",
                                       number, "-l", number, path, prefix, NULL);
      cairo_surface_t *image = cairo_image_surface_create_from_png (png);
      int width = cairo_image_surface_get_width (image);
      int x = (int) round (dx), y = (int) round (dy);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_true (colour_near (pixel_at (image, x + 30, y + 30), 0xffffff));
      g_assert_true (colour_near (pixel_at (image, x + 40, y + 40), 0x334d99));
      g_assert_true (colour_near (pixel_at (image, x + width - 40, y + 68), 0x334d99));
      g_assert_true (colour_near (pixel_at (image, x + width - 30, y + 40), 0xffffff));
      g_assert_true (colour_near (pixel_at (image, x + 40, y + 76), 0xffffff));
      cairo_surface_destroy (image);
    }
  px_test_remove_dir (dir);
}

/* The print operation: its page setup per page, as the printer is asked for it. */
static void
check_page_setup (GtkPrintOperation  *operation,
                  int                 page,
                  GtkPageOrientation  orientation,
                  double              short_side,
                  double              long_side)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *paper;

  /* the other way round first, so that the handler must change it */
  gtk_page_setup_set_orientation (setup, orientation == GTK_PAGE_ORIENTATION_LANDSCAPE
                                         ? GTK_PAGE_ORIENTATION_PORTRAIT
                                         : GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_signal_emit_by_name (operation, "request-page-setup", NULL, page, setup);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, orientation);
  paper = gtk_page_setup_get_paper_size (setup);
  g_assert_cmpfloat_with_epsilon (gtk_paper_size_get_width (paper, GTK_UNIT_POINTS),
                                  short_side, 1);
  g_assert_cmpfloat_with_epsilon (gtk_paper_size_get_height (paper, GTK_UNIT_POINTS),
                                  long_side, 1);
}

static void
test_print_operation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);
  g_autoptr(PxSchedule) schedule = long_schedule (db);
  g_autoptr(PxDocument) mixed = g_object_new (TEST_TYPE_DOCUMENT, NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *job_name = NULL;
  GtkPageSetup *setup;
  int n_pages;
  GtkUnit unit;
  gboolean full_page;

  operation = px_document_window_new_print_operation (PX_DOCUMENT (schedule), NULL);
  g_object_get (operation, "n-pages", &n_pages, "job-name", &job_name, "unit", &unit,
                "use-full-page", &full_page, NULL);
  g_assert_cmpint (n_pages, ==, px_document_get_n_pages (PX_DOCUMENT (schedule)));
  g_assert_cmpstr (job_name, ==, px_document_get_title (PX_DOCUMENT (schedule)));
  g_assert_cmpint (unit, ==, GTK_UNIT_POINTS);
  g_assert_true (full_page);
  /* the schedule is A4 landscape, from the dialog on */
  setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==,
                   GTK_PAPER_NAME_A4);
  for (int i = 0; i < n_pages; i++)
    check_page_setup (operation, i, GTK_PAGE_ORIENTATION_LANDSCAPE, 595.28, 841.89);
  g_clear_object (&operation);

  /* pages of their own sizes: a known paper where there is one, else one made to measure */
  operation = px_document_window_new_print_operation (mixed, NULL);
  check_page_setup (operation, 0, GTK_PAGE_ORIENTATION_PORTRAIT, 595.28, 841.89);
  check_page_setup (operation, 1, GTK_PAGE_ORIENTATION_LANDSCAPE, 595.28, 841.89);
  check_page_setup (operation, 2, GTK_PAGE_ORIENTATION_PORTRAIT, MM_TO_POINTS (100),
                    MM_TO_POINTS (200));
  {
    g_autoptr(GtkPageSetup) a4 = gtk_page_setup_new ();

    g_signal_emit_by_name (operation, "request-page-setup", NULL, 1, a4);
    g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (a4)), ==,
                     GTK_PAPER_NAME_A4);
  }

  /* the whole way through GTK's printing, into a PDF instead of a printer */
  print_and_check (operation, 0, 0);
  g_clear_object (&operation);

  /* onto a printer that puts everything 10 mm too far left and 5 mm too high: the offset
   * measured for it moves the pages back, on paper only */
  g_assert_true (px_print_calibration_set (db, "测试打印机", 10, 5, &error));
  g_assert_no_error (error);
  operation = px_document_window_new_print_operation (mixed, db);
  {
    g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

    gtk_print_settings_set_printer (settings, "测试打印机");
    gtk_print_operation_set_print_settings (operation, settings);
  }
  print_and_check (operation, MM_TO_POINTS (10), MM_TO_POINTS (5));
  g_assert_true (px_print_calibration_set (db, "测试打印机", 0, 0, &error));
}

/* The class page's Print menu */

typedef struct
{
  PxDatabase *db;
  GtkWidget *window;
  PxClassPane *pane;
  PxClassPrintMenu *menu;
} Pane;

static void
pane_open (Pane *p)
{
  g_autoptr(GError) error = NULL;

  p->db = px_database_open (sample_path, &error);
  g_assert_no_error (error);
  p->pane = px_class_pane_new (p->db);
  p->window = px_ui_test_show_with_toasts (GTK_WIDGET (p->pane), 1200, 760);
  px_ui_test_wait_for_model (px_list_pane_get_model (px_class_pane_get_list_pane (p->pane)));
  p->menu = PX_CLASS_PRINT_MENU (px_ui_test_find_type (GTK_WIDGET (p->pane),
                                                       PX_TYPE_CLASS_PRINT_MENU));
  g_assert_nonnull (p->menu);
}

static void
pane_close (Pane *p)
{
  gtk_window_destroy (GTK_WINDOW (p->window));
  px_ui_test_iterate ();
  g_clear_object (&p->db);
}

static gboolean
is_finalized (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
menu_idle (gpointer menu)
{
  return !px_class_print_menu_get_busy (menu);
}

static gboolean
rebuilt (gpointer window)
{
  return g_object_get_data (G_OBJECT (window), "rebuilding") == NULL;
}

/* Runs one of the menu's items and waits for what it does. */
static GtkWindow *
print_kind (Pane       *p,
            const char *kind)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p->menu), "print.document", "s", kind));
  g_assert_true (px_class_print_menu_get_busy (p->menu));
  px_ui_test_wait_until (menu_idle, p->menu);
  return px_ui_test_find_newest_window (PX_TYPE_DOCUMENT_WINDOW, NULL);
}

static GType
kind_type (const char *kind)
{
  if (g_str_equal (kind, "schedule"))
    return PX_TYPE_SCHEDULE;
  if (g_str_equal (kind, "roster"))
    return PX_TYPE_ROSTER_DOCUMENT;
  if (g_str_equal (kind, "signin"))
    return PX_TYPE_SIGNIN_SHEET;
  if (g_str_equal (kind, "cards"))
    return PX_TYPE_TABLE_CARDS;
  if (g_str_equal (kind, "groups"))
    return PX_TYPE_GROUP_LIST;
  if (g_str_equal (kind, "evaluation"))
    return PX_TYPE_EVALUATION_FORM;
  if (g_str_equal (kind, "certificates"))
    return PX_TYPE_CERTIFICATE_DOCUMENT;
  if (g_str_equal (kind, "archive"))
    return PX_TYPE_CLASS_ARCHIVE;
  return PX_TYPE_DOCUMENT;
}

static void
test_print_menu (void)
{
  Pane p = { 0 };
  g_autofree char *class_id = NULL;
  const char * const *kinds = px_class_print_menu_get_kinds ();
  GtkWidget *button;

  pane_open (&p);
  class_id = busiest_class (p.db);
  px_class_pane_open_class (p.pane, class_id);
  px_ui_test_iterate ();

  /* Ctrl+P's action opens the menu */
  button = px_ui_test_find_type (GTK_WIDGET (p.menu), GTK_TYPE_MENU_BUTTON);
  px_ui_test_wait_until (is_mapped, button);
  for (int frame = 0; frame < 30; frame++)
    {
      px_ui_test_iterate ();
      g_usleep (10000);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p.pane), "classes.print-menu", NULL));
  px_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (
    GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  g_assert_true (g_strv_contains (kinds, "schedule"));
  g_assert_true (g_strv_contains (kinds, "certificates"));
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      gboolean certificates = g_str_equal (kinds[i], "certificates");
      double unnumbered = 0;
      GtkWindow *window;
      PxDocument *document;
      g_autofree char *png = g_strdup_printf ("menu-%s", kinds[i]);

      /* the trainees who completed the class and have no certificate yet get one first */
      if (certificates)
        {
          g_autoptr(GError) error = NULL;

          g_assert_true (px_database_exec (p.db, "DELETE FROM certificate", &error));
          g_assert_true (px_database_query_double (p.db,
            "SELECT count (*) FROM enrollment WHERE class_id = ?1 AND completion = 'completed'",
            class_id, &unnumbered, &error));
          g_assert_no_error (error);
          g_assert_cmpfloat (unnumbered, >, 0);
        }
      window = print_kind (&p, kinds[i]);
      g_assert_nonnull (window);
      if (certificates)
        {
          g_autofree char *issued = g_strdup_printf ("Issued %u certificate numbers",
                                                     (guint) unnumbered);

          g_assert_cmpstr (px_ui_test_last_toast_title (p.menu), ==, issued);
          g_assert_cmpuint (px_document_get_n_pages (px_document_window_get_document (window)),
                            ==, (guint) unnumbered);
        }
      document = px_document_window_get_document (window);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (document, kind_type (kinds[i])));
      g_assert_cmpuint (px_document_get_n_pages (document), >=, 1);
      /* over the class page's window, not in front of any other */
      g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (p.window));
      save_png (window, png);
      px_ui_test_destroy_window (GTK_WIDGET (window), GTK_WIDGET (window));
    }

  pane_close (&p);
}

static void
test_roster_columns (void)
{
  Pane p = { 0 };
  g_autofree char *class_id = NULL;
  GtkWindow *window;
  PxDocument *before;
  GtkWidget *phone;
  const char * const *defaults = px_roster_document_get_default_columns ();

  pane_open (&p);
  class_id = busiest_class (p.db);
  px_class_pane_open_class (p.pane, class_id);
  window = print_kind (&p, "roster");
  g_assert_nonnull (window);
  before = px_document_window_get_document (window);

  /* a check button per column, the default ones ticked */
  for (const char * const *name = px_roster_document_get_column_names (); *name != NULL; name++)
    {
      GtkWidget *check = find_check_button (GTK_WIDGET (window),
                                            px_roster_document_get_column_label (*name));

      g_assert_nonnull (check);
      g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==,
                       g_strv_contains (defaults, *name));
    }
  save_png (window, "roster-columns");

  /* unticking one makes the roster again without it */
  phone = find_check_button (GTK_WIDGET (window),
                             px_roster_document_get_column_label ("phone"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (phone), FALSE);
  px_ui_test_wait_until (rebuilt, window);
  g_assert_true (px_document_window_get_document (window) != before);
  g_assert_true (PX_IS_ROSTER_DOCUMENT (px_document_window_get_document (window)));

  /* down to one column, which cannot be unticked */
  for (const char * const *name = defaults; *name != NULL; name++)
    if (!g_str_equal (*name, "name"))
      gtk_check_button_set_active (GTK_CHECK_BUTTON (
        find_check_button (GTK_WIDGET (window),
                           px_roster_document_get_column_label (*name))), FALSE);
  px_ui_test_wait_until (rebuilt, window);
  g_assert_false (gtk_widget_get_sensitive (
    find_check_button (GTK_WIDGET (window),
                       px_roster_document_get_column_label ("name"))));
  save_png (window, "roster-one-column");

  /* closed while the roster is made again: the new one is dropped, the window goes */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (phone), TRUE);
  g_assert_nonnull (g_object_get_data (G_OBJECT (window), "rebuilding"));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (window);
  px_ui_test_wait_until (is_finalized, &window);
  pane_close (&p);
}

static void
test_signin_day (void)
{
  Pane p = { 0 };
  g_autofree char *class_id = NULL;
  GtkWindow *window;
  GtkDropDown *dropdown;
  guint every;

  pane_open (&p);
  class_id = busiest_class (p.db);
  px_class_pane_open_class (p.pane, class_id);
  window = print_kind (&p, "signin");
  g_assert_nonnull (window);
  every = px_signin_sheet_get_n_sessions (PX_SIGNIN_SHEET (px_document_window_get_document (
    window)));
  g_assert_cmpuint (every, >, 3);

  /* "Every session", then each day of the class's sessions */
  dropdown = GTK_DROP_DOWN (px_ui_test_find_type (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (dropdown);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), >, 2);
  gtk_drop_down_set_selected (dropdown, 1);
  px_ui_test_wait_until (rebuilt, window);
  g_assert_cmpuint (px_signin_sheet_get_n_sessions (PX_SIGNIN_SHEET (
    px_document_window_get_document (window))), <, every);
  g_assert_cmpuint (px_document_window_get_page (window), ==, 0);
  save_png (window, "signin-one-day");

  gtk_drop_down_set_selected (dropdown, 0);
  px_ui_test_wait_until (rebuilt, window);
  g_assert_cmpuint (px_signin_sheet_get_n_sessions (PX_SIGNIN_SHEET (
    px_document_window_get_document (window))), ==, every);

  px_ui_test_destroy_window (GTK_WIDGET (window), GTK_WIDGET (window));
  pane_close (&p);
}

/* A class with nothing in it: no window, a toast that says what to do first. */
static void
test_nothing_to_print (void)
{
  Pane p = { 0 };
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(GError) error = NULL;
  const char * const *kinds = px_class_print_menu_get_kinds ();

  pane_open (&p);
  c->code = g_strdup ("2030-KB-001");
  c->title = g_strdup ("空班");
  c->start_date = g_strdup ("2030-03-04");
  c->end_date = g_strdup ("2030-03-08");
  g_assert_true (px_training_class_insert (p.db, c, &error));
  g_assert_no_error (error);
  px_class_pane_open_class (p.pane, c->base.id);

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      /* a class's own evaluation form needs no sessions or trainees, and an archive says
       * what it has not */
      if (g_str_equal (kinds[i], "evaluation") || g_str_equal (kinds[i], "archive"))
        continue;
      g_object_set_data (G_OBJECT (p.menu), "last-toast", NULL);
      g_assert_null (print_kind (&p, kinds[i]));
      g_test_message ("%s: %s", kinds[i], px_ui_test_last_toast_title (p.menu));
      g_assert_cmpstr (px_ui_test_last_toast_title (p.menu), !=, "");
    }
  g_object_set_data (G_OBJECT (p.menu), "last-toast", NULL);
  g_assert_null (print_kind (&p, "schedule"));
  g_assert_cmpstr (px_ui_test_last_toast_title (p.menu), ==,
                   "This class has no sessions yet, so there is no schedule to print. Add them "
                   "on its Timetable tab first.");

  pane_close (&p);
}

/* The cadre detail's Credit Statement… */

static gboolean
model_idle (gpointer model)
{
  return !px_record_list_model_is_loading (model);
}

static void
add_credit (PxDatabase *db,
            const char *cadre_id,
            int         year,
            double      hours)
{
  g_autoptr(PxCreditRecord) record = px_credit_record_new ();
  g_autoptr(GError) error = NULL;

  record->cadre_id = g_strdup (cadre_id);
  record->year = year;
  record->source = g_strdup ("online");
  record->hours = hours;
  g_assert_true (px_credit_record_insert (db, record, &error));
  g_assert_no_error (error);
}

static void
test_credit_statement (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  g_autofree char *this_year = g_strdup_printf ("%d", year);
  g_autofree char *sql = NULL;
  GtkWidget *window;
  PxListPane *pane = px_list_pane_new (db, px_cadre_pane_get_spec ());
  GtkWidget *button;
  GtkDropDown *dropdown;
  GListModel *years;
  GtkWindow *document_window;

  /* online hours in three years, one of them this year, and no class */
  cadre->name = g_strdup ("学时测试员");
  cadre->gender = g_strdup ("女");
  cadre->citizen_id = px_test_make_id ("330402", "19800101", 778);
  g_assert_true (px_cadre_insert (db, cadre, &error));
  g_assert_no_error (error);
  add_credit (db, cadre->base.id, year + 1, 8);
  add_credit (db, cadre->base.id, year, 24);
  add_credit (db, cadre->base.id, year - 2, 12);

  window = px_ui_test_show_with_toasts (GTK_WIDGET (pane), 1200, 760);
  px_ui_test_wait_for_model (px_list_pane_get_model (pane));
  px_record_list_model_set_search (px_list_pane_get_model (pane), "学时测试员");
  px_ui_test_wait_until (model_idle, px_list_pane_get_model (pane));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (px_list_pane_get_model (pane))), ==,
                    1);
  px_list_pane_select (pane, 0);
  px_ui_test_iterate ();

  /* the years newest first, this year chosen */
  button = px_ui_test_find_button (GTK_WIDGET (pane), "_Credit Statement…");
  g_assert_nonnull (button);
  dropdown = GTK_DROP_DOWN (g_object_get_data (G_OBJECT (button), "years"));
  years = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 3);
  g_assert_cmpint (atoi (gtk_string_list_get_string (GTK_STRING_LIST (years), 0)), ==, year + 1);
  g_assert_cmpint (atoi (gtk_string_list_get_string (GTK_STRING_LIST (years), 2)), ==, year - 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  {
    g_autofree char *png = g_strdup_printf ("%s/cadre-detail.png", out_dir);
    GtkWidget *scroller = gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
      scroller));

    /* the training record, at the form's end, in sight */
    for (int frame = 0; frame < 20; frame++)
      {
        px_ui_test_iterate ();
        g_usleep (10000);
      }
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    px_ui_test_save_png (window, png);
  }

  g_signal_emit_by_name (button, "clicked");
  document_window = px_ui_test_find_newest_window (PX_TYPE_DOCUMENT_WINDOW, NULL);
  g_assert_nonnull (document_window);
  g_assert_true (PX_IS_CREDIT_STATEMENT (px_document_window_get_document (document_window)));
  g_assert_cmpfloat (px_credit_statement_get_total (PX_CREDIT_STATEMENT (
    px_document_window_get_document (document_window))), ==, 24);
  g_assert_true (gtk_window_get_transient_for (document_window) == GTK_WINDOW (window));
  save_png (document_window, "credit-statement");
  px_ui_test_destroy_window (GTK_WIDGET (document_window), GTK_WIDGET (document_window));

  /* the year's hours gone meanwhile: nothing to print, and said so */
  sql = g_strdup_printf ("DELETE FROM credit_record WHERE year = %d AND cadre_id = '%s'", year,
                         cadre->base.id);
  g_assert_true (px_database_exec (db, sql, &error));
  g_signal_emit_by_name (button, "clicked");
  g_assert_null (px_ui_test_find_newest_window (PX_TYPE_DOCUMENT_WINDOW, NULL));
  g_test_message ("%s", px_ui_test_last_toast_title (pane));
  g_assert_cmpstr (px_ui_test_last_toast_title (pane), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  px_ui_test_init (&argc, &argv);

  dir = px_test_make_dir ();
  sample_path = g_build_filename (dir, "sample.db", NULL);
  out_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "documents", NULL);
  g_mkdir_with_parents (out_dir, 0755);
  {
    g_autoptr(PxDatabase) db = px_database_open (sample_path, &error);

    g_assert_no_error (error);
    g_assert_true (px_demo_fill (db, PX_DEMO_SCALE_SMALL, 1, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  g_test_add_func ("/document-window/pages", test_pages);
  g_test_add_func ("/document-window/mixed-sizes", test_mixed_sizes);
  g_test_add_func ("/document-window/export", test_export);
  g_test_add_func ("/document-window/print-operation", test_print_operation);
  g_test_add_func ("/document-window/print-menu", test_print_menu);
  g_test_add_func ("/document-window/roster-columns", test_roster_columns);
  g_test_add_func ("/document-window/signin-day", test_signin_day);
  g_test_add_func ("/document-window/nothing-to-print", test_nothing_to_print);
  g_test_add_func ("/document-window/credit-statement", test_credit_statement);

  status = g_test_run ();
  px_test_remove_dir (dir);
  g_free (sample_path);
  g_free (out_dir);
  return status;
}
