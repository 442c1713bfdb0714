/* bench-demo.c: the large sample data set into a new database, against the clock
 *
 * The bar: `peixun-cli demo --scale large` (100,000 cadres, 3,000 classes, millions of rows)
 * finishes in under a minute, commit included. Prints the wall time, the total and the rows of
 * each table, and fails when over the bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "px-database.h"
#include "px-demo.h"

#define MAX_SECONDS 60.0

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  gint64 *started = user_data;

  if (g_getenv ("BENCH_DEMO_VERBOSE") != NULL)
    g_printerr ("%5.1f %%  %6.1f s\n", fraction * 100,
                (g_get_monotonic_time () - *started) / (double) G_USEC_PER_SEC);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = NULL;
  g_autofree char *dir = g_dir_make_tmp ("peixun-bench-demo-XXXXXX", &error);
  g_autofree char *path = NULL;
  PxDemoStats stats = { 0 };
  PxDemoScale scale = PX_DEMO_SCALE_LARGE;
  gint64 started;
  double seconds;
  GStatBuf st;

  if (argc > 1 && g_str_equal (argv[1], "--small"))
    scale = PX_DEMO_SCALE_SMALL;
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  path = g_build_filename (dir, "demo.db", NULL);
  db = px_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      remove_dir (dir);
      return 1;
    }

  started = g_get_monotonic_time ();
  if (!px_demo_fill (db, scale, 20261125, progress_cb, &started, &stats, &error))
    {
      g_printerr ("The fill failed: %s\n", error->message);
      remove_dir (dir);
      return 1;
    }
  seconds = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;

  printf ("%-24s %12s\n", "table", "rows");
  for (guint i = 0; i < stats.n_tables; i++)
    printf ("%-24s %12lu\n", stats.tables[i].table, (unsigned long) stats.tables[i].rows);
  printf ("%-24s %12lu\n", "total", (unsigned long) stats.rows);
  g_clear_object (&db);
  if (g_stat (path, &st) == 0)
    printf ("database file: %.0f MB\n", st.st_size / 1048576.0);
  printf ("demo --scale %s: %.1f s (%.0f rows/s), bar %.0f s\n",
          scale == PX_DEMO_SCALE_LARGE ? "large" : "small", seconds, stats.rows / seconds,
          MAX_SECONDS);
  remove_dir (dir);
  return seconds <= MAX_SECONDS ? 0 : 1;
}
