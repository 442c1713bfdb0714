/* bench-import.c: a 100,000-row roster into Peixun against sqlite3's own .import
 *
 * The bar: importing takes at most 3× what the sqlite3 shell needs to .import the same
 * file into a bare table without indexes, measured side by side in one run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "px-test-util.h"

#define N_ROWS 100000
#define N_RUNS 7
#define MAX_RATIO 3.0

static double
run_timed (char       **argv,
           const char  *stdin_path)
{
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  int status = 0;
  int in_fd = -1;
  GPid pid;

  if (stdin_path != NULL)
    {
      in_fd = g_open (stdin_path, O_RDONLY, 0);
      g_assert_cmpint (in_fd, >=, 0);
    }
  g_spawn_async_with_fds (NULL, argv, NULL,
                          G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                          NULL, NULL, &pid, in_fd, -1, -1, &error);
  g_assert_no_error (error);
  waitpid (pid, &status, 0);
  if (in_fd >= 0)
    close (in_fd);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s failed\n", argv[0]);
      exit (1);
    }
  return (g_get_monotonic_time () - started) / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *roster = px_test_make_roster (0, N_ROWS);
  g_autofree char *csv = px_test_write_file (dir, "roster.csv", roster, -1);
  g_autofree char *script_text = g_strdup_printf (".mode csv\n.import %s roster\n", csv);
  g_autofree char *script = px_test_write_file (dir, "import.sql", script_text, -1);
  const char *sqlite3 = g_getenv ("PEIXUN_SQLITE3");
  const char *cli = g_getenv ("PEIXUN_CLI");
  double bare[N_RUNS], peixun[N_RUNS], ratio;

  if (sqlite3 == NULL || cli == NULL)
    {
      g_printerr ("PEIXUN_SQLITE3 and PEIXUN_CLI must name the programs\n");
      return 1;
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autofree char *bare_db = g_strdup_printf ("%s/bare-%u.db", dir, run);
      g_autofree char *peixun_db = g_strdup_printf ("%s/peixun-%u.db", dir, run);
      char *bare_argv[] = { (char *) sqlite3, bare_db, NULL };
      char *peixun_argv[] = { (char *) cli, (char *) "--db", peixun_db, (char *) "import",
                              (char *) "cadres", csv, NULL };

      /* alternate the order so that neither always runs on a warmer cache */
      if (run % 2 == 0)
        {
          bare[run] = run_timed (bare_argv, script);
          peixun[run] = run_timed (peixun_argv, NULL);
        }
      else
        {
          peixun[run] = run_timed (peixun_argv, NULL);
          bare[run] = run_timed (bare_argv, script);
        }
      g_print ("run %u: sqlite3 .import %.3f s, peixun-cli import %.3f s\n", run + 1, bare[run],
               peixun[run]);
      g_unlink (bare_db);
    }

  ratio = median (peixun, N_RUNS) / median (bare, N_RUNS);
  g_print ("%d rows: sqlite3 .import median %.3f s; peixun-cli import median %.3f s; "
           "ratio %.2f (goal <= %.1f)\n", N_ROWS, median (bare, N_RUNS), median (peixun, N_RUNS),
           ratio, MAX_RATIO);
  px_test_remove_dir (dir);
  return ratio <= MAX_RATIO ? 0 : 1;
}
