/* px-cli-print.c: printed documents to PDF on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-class-summary.h"
#include "px-cli-print.h"
#include "px-render-error.h"
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

/* Adds -o and --db after what the context has, then entries_last, and parses. */
static gboolean
parse_with_common (GOptionContext      *context,
                   PxCliGlobals        *globals,
                   int                 *argc,
                   char              ***argv,
                   const GOptionEntry  *entries_last,
                   char               **output,
                   int                 *status)
{
  GOptionEntry common[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, output, N_("The PDF file to write"),
      N_("FILE.pdf") },
    DB_OPTION (globals),
    { NULL }
  };

  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries_last != NULL)
    g_option_context_add_main_entries (context, entries_last, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, argc, argv, status))
    return FALSE;
  if (*argc > 1)
    {
      *status = px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), (*argv)[1]);
      return FALSE;
    }
  return TRUE;
}

gboolean
px_cli_print_parse (PxCliGlobals        *globals,
                    int                 *argc,
                    char              ***argv,
                    const char          *summary,
                    const GOptionEntry  *entries,
                    char               **output,
                    int                 *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return parse_with_common (context, globals, argc, argv, NULL, output, status);
}

int
px_cli_print_class_document (PxCliGlobals              *globals,
                             int                        argc,
                             char                     **argv,
                             const PxCliPrintClassKind *kind,
                             gpointer                   data)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxClassSummary) class_summary = NULL;
  g_autoptr(PxDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *output = NULL;
  g_autofree char *what = NULL;
  GOptionEntry class_entry[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The class’s code"), N_("CODE") },
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, kind->summary);
  g_option_context_add_main_entries (context, class_entry, GETTEXT_PACKAGE);
  if (kind->entries != NULL)
    g_option_context_add_main_entries (context, kind->entries, GETTEXT_PACKAGE);
  if (!parse_with_common (context, globals, &argc, &argv, kind->entries_last, &output, &status))
    return status;
  if (code == NULL || output == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Write “%s”."), kind->usage);
  if (kind->check != NULL && (status = kind->check (data)) != PX_CLI_EXIT_OK)
    return status;

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  class_summary = px_class_summary_get_by_code (db, code, &error);
  if (class_summary == NULL)
    return px_cli_fail_error (error);
  document = kind->build (db, class_summary->id, code, data, &error);
  if (document == NULL)
    return px_cli_fail_error (error);

  what = kind->describe (document, code, data);
  return px_cli_print_write_pdf (document, what, output);
}

static PxDocument *
build_schedule (PxDatabase  *db,
                const char  *class_id,
                const char  *code,
                gpointer     data,
                GError     **error)
{
  g_autoptr(PxSchedule) schedule = px_schedule_new_for_class (db, class_id, error);

  if (schedule == NULL)
    return NULL;
  /* An empty grid on paper helps nobody and hides the mistake; say what is missing instead. */
  if (px_schedule_get_n_sessions (schedule) == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no sessions yet, so there is no schedule to print. Add its "
                     "timetable first (“peixun-cli class timetable %s FILE”)."),
                   code, code);
      return NULL;
    }
  return PX_DOCUMENT (g_steal_pointer (&schedule));
}

static char *
describe_schedule (PxDocument *document,
                   const char *code,
                   gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the schedule of %s"), code);
}

int
px_cli_print_schedule (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  const PxCliPrintClassKind kind = {
    .usage = kinds[0].usage,
    .summary = _("Writes a class’s schedule (课程表) as a PDF: A4 landscape, one page per week."),
    .build = build_schedule,
    .describe = describe_schedule,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, NULL);
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
