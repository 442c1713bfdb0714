/* px-cli-demo.c: sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cli.h"
#include "px-demo.h"

int
px_cli_command_demo (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCliProgress) progress = NULL;
  g_autofree char *scale = NULL;
  PxDemoStats stats = { 0 };
  PxDemoScale demo_scale;
  gint64 started;
  GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale,
      N_("small (about 2,000 cadres, 40 classes) or large (100,000 cadres, 3,000 classes)"),
      N_("SCALE") },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Fills an empty database with realistic sample "
                                           "data for every table."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“demo” takes no arguments besides --scale."));

  if (scale == NULL || g_str_equal (scale, "small"))
    demo_scale = PX_DEMO_SCALE_SMALL;
  else if (g_str_equal (scale, "large"))
    demo_scale = PX_DEMO_SCALE_LARGE;
  else
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("The scale must be “small” or “large”, not “%s”."),
                        scale);

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);

  started = g_get_monotonic_time ();
  progress = px_cli_progress_new (_("Making sample data"));
  if (!px_demo_fill (db, demo_scale, 20261125, px_cli_progress_update, progress, &stats, &error))
    return px_cli_fail_error (error);
  g_clear_pointer (&progress, px_cli_progress_free);
  printf (_("Sample data written to %s: %lu rows in %.1f s.\n"),
          px_database_get_path (db), (unsigned long) stats.rows,
          (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return PX_CLI_EXIT_OK;
}
