/* px-cli-admin.c: init, check and backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cli.h"

int
px_cli_command_init (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = { DB_OPTION (globals), { NULL } };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Creates the database if it does not exist, "
                                           "upgrades an older one, and prints its path."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“init” takes no arguments."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  printf (_("Database ready: %s (schema version %u)\n"), px_database_get_path (db),
          px_database_get_schema_version (db));
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_check (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GOptionEntry entries[] = { DB_OPTION (globals), { NULL } };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Checks the database file for damage and for "
                                           "records that refer to missing ones."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“check” takes no arguments."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (!px_database_check (db, &problems, &error))
    return px_cli_fail_error (error);

  for (guint i = 0; i < problems->len; i++)
    fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    return px_cli_fail (PX_CLI_EXIT_FAILED,
                        g_dngettext (GETTEXT_PACKAGE, "The check found %u problem.",
                                     "The check found %u problems.", problems->len),
                        problems->len);
  printf (_("The database is sound: %s\n"), px_database_get_path (db));
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_backup (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCliProgress) progress = NULL;
  GOptionEntry entries[] = { DB_OPTION (globals), { NULL } };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Copies the database to FILE with SQLite’s online "
                                           "backup: safe while the application has it open."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Name the file to copy the database to."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_autofree char *a = g_canonicalize_filename (argv[1], NULL);
      g_autofree char *b = g_canonicalize_filename (px_database_get_path (db), NULL);

      if (g_str_equal (a, b))
        return px_cli_fail (PX_CLI_EXIT_USAGE,
                            _("The backup cannot replace the database it copies."));
    }

  progress = px_cli_progress_new (_("Backing up"));
  if (!px_database_backup (db, argv[1], px_cli_progress_update, progress, &error))
    return px_cli_fail_error (error);
  g_clear_pointer (&progress, px_cli_progress_free);
  printf (_("Backed up to %s\n"), argv[1]);
  return PX_CLI_EXIT_OK;
}
