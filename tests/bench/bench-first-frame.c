/* bench-first-frame.c: from start to the first frame of the cadre list, with the large sample
 *
 * Starts `peixun` on the large sample database (100,000 cadres; made once with `peixun-cli
 * demo --scale large` and kept in the build folder) and a bare libadwaita window, alternately,
 * seven times each, and times each from the spawn to the line "first-frame" the program prints
 * once the window has drawn its first frame (peixun: the cadre pane with its toolbar, headers
 * and count; the rows come with a later frame, and their time, to the line "rows", is printed
 * too). Prints the medians and their ratio; fails when the first-frame ratio is over 1.5. Runs
 * itself under xvfb-run when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "px-bench-util.h"

#define RUNS 7
#define MAX_RATIO 1.5

/* Seconds from spawning argv until it prints "first-frame", and (when rows is given) until it
 * prints "rows". */
static double
time_first_frame (const char * const *argv,
                  const char * const *envp,
                  double             *rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  GPid pid;
  int out_fd;
  int status;
  gint64 started = g_get_monotonic_time ();
  double seconds = -1;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, (char **) envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL, &out_fd,
                                 NULL, &error))
    g_error ("Could not start %s: %s", argv[0], error->message);
  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      double now = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;

      if (g_str_has_prefix (line, "first-frame"))
        seconds = now;
      else if (g_str_has_prefix (line, "rows") && rows != NULL)
        *rows = now;
      g_clear_pointer (&line, g_free);
    }
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  if (seconds < 0)
    g_error ("%s never drew its first frame", argv[0]);
  return seconds;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db = NULL;
  g_auto(GStrv) envp = NULL;
  double bare[RUNS], peixun[RUNS], rows[RUNS];
  double bare_median, peixun_median, rows_median, ratio;
  const char *peixun_argv[3];
  const char *bare_argv[2];

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      /* a display of our own, the same for both programs */
      const char *xvfb_argv[] = { "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                                  argv[0], NULL };

      execvp ("xvfb-run", (char **) xvfb_argv);
      g_error ("No display, and xvfb-run could not be started");
    }

  db = px_bench_ensure_large_database ();
  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "PEIXUN_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_unsetenv (envp, "PEIXUN_DB");
  peixun_argv[0] = g_getenv ("PEIXUN_GUI");
  peixun_argv[1] = db;
  peixun_argv[2] = NULL;
  bare_argv[0] = g_getenv ("PEIXUN_BARE_WINDOW");
  bare_argv[1] = NULL;

  /* one of each first, untimed: fonts and libraries into the page cache */
  time_first_frame (bare_argv, (const char * const *) envp, NULL);
  time_first_frame (peixun_argv, (const char * const *) envp, NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      bare[i] = time_first_frame (bare_argv, (const char * const *) envp, NULL);
      rows[i] = -1;
      peixun[i] = time_first_frame (peixun_argv, (const char * const *) envp, &rows[i]);
      if (rows[i] < 0)
        g_error ("peixun never showed the rows of its list");
      g_print ("# run %u: bare window %.3f s; peixun first frame %.3f s, rows shown %.3f s\n",
               i + 1, bare[i], peixun[i], rows[i]);
    }
  bare_median = px_bench_median (bare, RUNS);
  peixun_median = px_bench_median (peixun, RUNS);
  rows_median = px_bench_median (rows, RUNS);
  ratio = peixun_median / bare_median;
  g_print ("first frame, median of %d: peixun with 100,000 cadres %.3f s, bare libadwaita "
           "window %.3f s, ratio %.2f (goal at most %.1f); the first 200 rows drawn at "
           "%.3f s (ratio %.2f)\n", RUNS, peixun_median, bare_median, ratio, MAX_RATIO,
           rows_median, rows_median / bare_median);
  return ratio <= MAX_RATIO ? EXIT_SUCCESS : EXIT_FAILURE;
}
