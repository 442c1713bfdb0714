/* main.c: peixun-cli, the jobs of Peixun without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-cli.h"

typedef struct
{
  const char *name;
  PxCliCommandFunc func;
  const char *summary;   /* N_() marked */
} Command;

static const Command commands[] = {
  { "init", px_cli_command_init, N_("Create the database (or upgrade it) and say where it is") },
  { "demo", px_cli_command_demo, N_("Fill an empty database with realistic sample data") },
  { "import", px_cli_command_import,
    N_("Import a roster or master data: import cadres|teachers|bases|courses FILE") },
  { "export", px_cli_command_export,
    N_("Export a roster or master data: export cadres|teachers|bases|courses FILE, "
       "export roster --class CODE FILE") },
  { "cadre", px_cli_command_cadre, N_("List cadres: cadre list [--search TEXT] [--json]") },
  { "class", px_cli_command_class,
    N_("Classes, their trainees, timetable conflicts and completion: "
       "class create|list|show|enroll|complete") },
  { "certificate", px_cli_command_certificate,
    N_("Completion certificates: certificate issue|list|verify|revoke|public-key|payload|"
       "check-qr|calibrate|template") },
  { "check", px_cli_command_check, N_("Check the database’s integrity and references") },
  { "backup", px_cli_command_backup, N_("Copy the database safely while it is in use") },
  { "print", px_cli_command_print,
    N_("Documents to PDF: schedule, roster, signin, cards, groups, certificates, "
       "calibration, evaluation-form, statement, archive") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  %s\n\n%s\n", _("Usage:"),
           _("peixun-cli [--db FILE] COMMAND [OPTIONS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n  %s\n      %s\n  --version\n      %s\n\n%s\n",
           _("Options:"), _("--db FILE"),
           _("The database file (default: $PEIXUN_DB, else the user data folder)"),
           _("Print the version"),
           _("“peixun-cli COMMAND --help” describes a command."));
}

static void
setup_locale (void)
{
  const char *localedir = g_getenv ("PEIXUN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int    argc,
      char **argv)
{
  PxCliGlobals globals = { NULL };
  int first = 1;

  setup_locale ();

  /* Global options come before the command. */
  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (g_str_equal (arg, "--db") && first + 1 < argc)
        {
          globals.db_path = argv[first + 1];
          first += 2;
        }
      else if (g_str_has_prefix (arg, "--db="))
        {
          globals.db_path = arg + 5;
          first++;
        }
      else if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_usage (stdout);
          return PX_CLI_EXIT_OK;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("peixun-cli %s\n", PACKAGE_VERSION);
          return PX_CLI_EXIT_OK;
        }
      else
        {
          print_usage (stderr);
          return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown option “%s”."), arg);
        }
    }

  if (first >= argc)
    {
      print_usage (stderr);
      return PX_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[first], commands[i].name))
      return commands[i].func (&globals, argc - first, argv + first);

  print_usage (stderr);
  return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown command “%s”."), argv[first]);
}
