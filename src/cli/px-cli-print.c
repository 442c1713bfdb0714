/* px-cli-print.c: printed documents to PDF on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cli-print.h"
#include "px-schedule.h"

/* Each kind's function is in its own file; a kind is listed here once it is drawn in full. */
static const PxCliPrintKind kinds[] = {
  { "schedule", "peixun-cli print schedule --class CODE -o FILE.pdf", px_cli_print_schedule },
  { "roster", "peixun-cli print roster --class CODE [--columns seq,name,unit,…] -o FILE.pdf",
    px_cli_print_roster },
  { "signin", "peixun-cli print signin --class CODE [--date YYYY-MM-DD] -o FILE.pdf",
    px_cli_print_signin },
  { "cards", "peixun-cli print cards --class CODE -o FILE.pdf", px_cli_print_cards },
  { "groups", "peixun-cli print groups --class CODE -o FILE.pdf", px_cli_print_groups },
  { "certificates", "peixun-cli print certificates --class CODE [--template NAME] "
    "[--printer NAME] [--number NUMBER…] -o FILE.pdf", px_cli_print_certificates },
  { "calibration", "peixun-cli print calibration [--template NAME] [--printer NAME] "
    "-o FILE.pdf", px_cli_print_calibration },
  { "evaluation-form", "peixun-cli print evaluation-form --class CODE [--date YYYY-MM-DD "
    "[--slot morning|afternoon|evening]] -o FILE.pdf", px_cli_print_evaluation_form },
  { "statement", "peixun-cli print statement --cadre CITIZEN_ID --year YYYY -o FILE.pdf",
    px_cli_print_statement },
  { "archive", "peixun-cli print archive --class CODE -o FILE.pdf", px_cli_print_archive },
};

int
px_cli_print_write_pdf (PxDocument *document,
                        const char *what,
                        const char *output)
{
  g_autoptr(GError) error = NULL;
  guint n_pages;

  if (!px_document_write_pdf (document, output, &error))
    return px_cli_fail_error (error);
  n_pages = px_document_get_n_pages (document);
  /* TRANSLATORS: "Wrote the schedule of 2026-ZT-001 to a.pdf (2 pages)." */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s to %s (%u page).\n",
                       "Wrote %s to %s (%u pages).\n", n_pages),
          what, output, n_pages);
  return PX_CLI_EXIT_OK;
}

int
px_cli_print_schedule (PxCliGlobals  *globals,
                int            argc,
                char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *output = NULL;
  g_autofree char *what = NULL;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The class’s code"), N_("CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"),
      N_("FILE.pdf") },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Writes a class’s schedule (课程表) as a PDF: A4 "
                                           "landscape, one page per week."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (code == NULL || output == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Write “%s”."), kinds[0].usage);

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  schedule = px_schedule_new_for_code (db, code, &error);
  if (schedule == NULL)
    return px_cli_fail_error (error);

  /* An empty grid on paper helps nobody and hides the mistake; say what is missing instead. */
  if (px_schedule_get_n_sessions (schedule) == 0)
    return px_cli_fail (PX_CLI_EXIT_FAILED,
                        _("Class %s has no sessions yet, so there is no schedule to print. Add "
                          "its timetable first (“peixun-cli class timetable %s FILE”)."),
                        code, code);

  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  what = g_strdup_printf (_("the schedule of %s"), code);
  return px_cli_print_write_pdf (PX_DOCUMENT (schedule), what, output);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    fprintf (out, "  %s\n", kinds[i].usage);
}

int
px_cli_command_print (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_usage (stdout);
      return PX_CLI_EXIT_OK;
    }
  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      if (g_str_equal (argv[1], kinds[i].name))
        return kinds[i].run (globals, argc - 1, argv + 1);
  print_usage (stderr);
  if (argc >= 2)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown document “%s”."), argv[1]);
  return PX_CLI_EXIT_USAGE;
}
