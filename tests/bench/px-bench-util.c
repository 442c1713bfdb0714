/* px-bench-util.c: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <glib/gstdio.h>

#include "px-bench-util.h"

char *
px_bench_ensure_large_database (void)
{
  const char *cli = g_getenv ("PEIXUN_CLI");
  g_autofree char *path = g_build_filename (g_getenv ("PEIXUN_BENCH_DIR"),
                                            "bench-large.db", NULL);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  const char *argv[] = { cli, "--db", partial, "demo", "--scale", "large", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);
  g_print ("# making the large sample database once (about half a minute)\n");
  g_unlink (partial);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("Could not make the sample: %s", error != NULL ? error->message : "");
  if (g_rename (partial, path) != 0)
    g_error ("Could not rename %s", partial);
  return g_steal_pointer (&path);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
px_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
