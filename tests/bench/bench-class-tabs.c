/* bench-class-tabs.c: what opening a class and moving between its tabs costs
 *
 * On the large sample database (100,000 cadres, 3,000 classes), in a window with the classes
 * pane, times:
 * - opening a class: its page with the tab it shows, for 20 classes with the most trainees;
 * - the first showing of each tab of a class, which reads it;
 * - then switching between the tabs, 10 rounds over all of them; the goal is under one frame,
 *   16 ms.
 * A step's cost is the call that makes it plus the work of the frame that shows it (from the
 * frame clock's before-paint to its after-paint), so that the wait for the display's next
 * frame is not counted. Prints the medians, and each tab's when switched to; fails when the
 * median of switching is over its goal. meson.build runs it with the cairo renderer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdlib.h>
#include <adwaita.h>

#include "px-bench-util.h"
#include "px-class-pane.h"

#define SWITCH_GOAL_MS 16.0
#define N_ROUNDS 10
#define N_CLASSES 20

typedef struct
{
  gint64 before_paint;
  gint64 after_paint;
  guint64 frames;
} FrameTimes;

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  times->before_paint = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameTimes    *times)
{
  times->after_paint = g_get_monotonic_time ();
  times->frames++;
}

/* Runs the main loop until a frame after the step has been drawn; returns that frame's work
 * in ms. */
static double
wait_for_frame (GtkWidget  *window,
                FrameTimes *times)
{
  guint64 seen = times->frames;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (window);
  while (times->frames == seen && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (times->frames, >, seen);
  return (times->after_paint - times->before_paint) / 1000.0;
}

/* The classes with the most trainees. (transfer full) */
static GStrv
busiest_classes (PxDatabase *db)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT class_id FROM enrollment GROUP BY class_id ORDER BY count(*) DESC LIMIT ?1", NULL);

  sqlite3_bind_int (stmt, 1, N_CLASSES);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (builder);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = px_bench_ensure_large_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  const char * const *tabs = px_class_pane_get_tab_names ();
  guint n_tabs = g_strv_length ((GStrv) tabs);
  g_auto(GStrv) classes = NULL;
  g_autofree double *switches = NULL;
  g_autofree double *per_tab = NULL;
  double opens[N_CLASSES], firsts[16];
  guint n_switches = 0, n_opens = 0;
  double open_median, first_median, switch_median;
  FrameTimes times = { 0 };
  GtkWidget *window;
  PxClassPane *pane;
  GdkFrameClock *clock;

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  db = px_database_open (path, &error);
  g_assert_no_error (error);
  classes = busiest_classes (db);
  g_assert_cmpuint (g_strv_length (classes), ==, N_CLASSES);

  pane = px_class_pane_new (db);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), adw_toast_overlay_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (gtk_window_get_child (GTK_WINDOW (window))),
                               GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &times);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &times);
  wait_for_frame (window, &times);

  /* the first showing of each tab, on the busiest class */
  px_class_pane_open_class (pane, classes[0]);
  wait_for_frame (window, &times);
  g_assert_cmpuint (n_tabs, <=, G_N_ELEMENTS (firsts));
  for (guint t = 0; t < n_tabs; t++)
    {
      gint64 started = g_get_monotonic_time ();

      px_class_pane_show_tab (pane, tabs[t]);
      firsts[t] = (g_get_monotonic_time () - started) / 1000.0 + wait_for_frame (window, &times);
      g_print ("first showing of %-12s %6.2f ms\n", tabs[t], firsts[t]);
    }

  /* switching, the class read already; each tab's own median too, to see which costs */
  switches = g_new (double, N_ROUNDS * n_tabs);
  per_tab = g_new (double, N_ROUNDS * n_tabs);
  for (guint round = 0; round < N_ROUNDS; round++)
    for (guint t = 0; t < n_tabs; t++)
      {
        gint64 started = g_get_monotonic_time ();

        px_class_pane_show_tab (pane, tabs[(t + 1) % n_tabs]);
        switches[n_switches] = (g_get_monotonic_time () - started) / 1000.0
                               + wait_for_frame (window, &times);
        per_tab[((t + 1) % n_tabs) * N_ROUNDS + round] = switches[n_switches++];
      }
  for (guint t = 0; t < n_tabs; t++)
    g_print ("switching to %-12s %6.2f ms median\n", tabs[t],
             px_bench_median (per_tab + t * N_ROUNDS, N_ROUNDS));

  /* opening classes, each on the tab shown last */
  for (guint c = 0; classes[c] != NULL; c++)
    {
      gint64 started;

      px_class_pane_open_class (pane, NULL);
      wait_for_frame (window, &times);
      started = g_get_monotonic_time ();
      px_class_pane_open_class (pane, classes[c]);
      opens[n_opens++] = (g_get_monotonic_time () - started) / 1000.0
                         + wait_for_frame (window, &times);
    }

  first_median = px_bench_median (firsts, n_tabs);
  open_median = px_bench_median (opens, n_opens);
  switch_median = px_bench_median (switches, n_switches);
  g_print ("first showing of a tab: median %.2f ms over %u tabs\n", first_median, n_tabs);
  g_print ("opening a class:        median %.2f ms over %u classes\n", open_median, n_opens);
  g_print ("switching tabs:         median %.2f ms over %u switches (goal < %.0f ms)\n",
           switch_median, n_switches, SWITCH_GOAL_MS);

  gtk_window_destroy (GTK_WINDOW (window));
  return switch_median < SWITCH_GOAL_MS ? EXIT_SUCCESS : EXIT_FAILURE;
}
