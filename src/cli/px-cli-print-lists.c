/* px-cli-print-lists.c: a class's lists on paper: roster, sign-in sheets, table cards, groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-class-summary.h"
#include "px-cli-print.h"
#include "px-date.h"
#include "px-group-list.h"
#include "px-roster-document.h"
#include "px-signin-sheet.h"
#include "px-table-cards.h"

#define ROSTER_USAGE "peixun-cli print roster --class CODE [--columns seq,name,unit,…] -o FILE.pdf"
#define SIGNIN_USAGE "peixun-cli print signin --class CODE [--date YYYY-MM-DD] -o FILE.pdf"
#define CARDS_USAGE  "peixun-cli print cards --class CODE -o FILE.pdf"
#define GROUPS_USAGE "peixun-cli print groups --class CODE -o FILE.pdf"

/* What each kind asks of its document: made from the class, with the kind's own options. */
typedef struct
{
  const char *usage;
  char *columns;     /* roster: --columns */
  char *date;        /* signin: --date */
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_free (options->columns);
  g_free (options->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

typedef PxDocument *(*CreateDocumentFunc) (PxDatabase        *db,
                                           const char        *class_id,
                                           const ListOptions *options,
                                           GError           **error);
/* What was written, to complete "Wrote … to FILE.pdf". (transfer full) */
typedef char       *(*DescribeFunc)       (const char        *code);

/* An unknown column is a usage error that lists the valid ones. */
static gboolean
check_columns (const char *list)
{
  g_auto(GStrv) columns = g_strsplit (list, ",", -1);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_strstrip (columns[i]);
      if (px_roster_document_get_column_label (columns[i]) == NULL)
        {
          g_autofree char *valid = g_strjoinv (",",
                                               (char **) px_roster_document_get_column_names ());

          px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown column “%s”. The roster’s columns are: %s."),
                       columns[i], valid);
          return FALSE;
        }
    }
  return TRUE;
}

/* The steps every list shares: options, the class by its code, the document, the PDF. A
 * document with nothing to print (PX_RENDER_ERROR_EMPTY) is refused with its message and no
 * file is written. */
static int
print_class_list (PxCliGlobals        *globals,
                  int                  argc,
                  char               **argv,
                  const char          *summary,
                  const GOptionEntry  *extra,
                  ListOptions         *options,
                  CreateDocumentFunc   create_document,
                  DescribeFunc         describe)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxClassSummary) class_summary = NULL;
  g_autoptr(PxDocument) document = NULL;
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

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (extra != NULL)
    g_option_context_add_main_entries (context, extra, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (code == NULL || output == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Write “%s”."), options->usage);
  /* Mistakes on the command line are told before the database is opened. */
  if (options->columns != NULL && !check_columns (options->columns))
    return PX_CLI_EXIT_USAGE;
  if (options->date != NULL && !px_date_is_iso (options->date))
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“%s” is not a date; write it as YYYY-MM-DD."),
                        options->date);

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  class_summary = px_class_summary_get_by_code (db, code, &error);
  if (class_summary == NULL)
    return px_cli_fail_error (error);
  document = create_document (db, class_summary->id, options, &error);
  if (document == NULL)
    return px_cli_fail_error (error);

  what = describe (code);
  return px_cli_print_write_pdf (document, what, output);
}

/* Roster */

static PxDocument *
create_roster (PxDatabase        *db,
               const char        *class_id,
               const ListOptions *options,
               GError           **error)
{
  g_auto(GStrv) columns = NULL;

  if (options->columns != NULL)
    {
      columns = g_strsplit (options->columns, ",", -1);
      for (guint i = 0; columns[i] != NULL; i++)
        g_strstrip (columns[i]);
    }
  return PX_DOCUMENT (px_roster_document_new (db, class_id, (const char * const *) columns,
                                              error));
}

static char *
describe_roster (const char *code)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the roster of %s"), code);
}

int
px_cli_print_roster (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_auto(ListOptions) options = { ROSTER_USAGE, NULL, NULL };
  GOptionEntry extra[] = {
    { "columns", 0, 0, G_OPTION_ARG_STRING, &options.columns,
      N_("The columns, by name, separated by commas (default: "
         "seq,name,gender,ethnicity,birth,unit,position,rank,phone)"), N_("NAMES") },
    { NULL }
  };

  return print_class_list (globals, argc, argv,
                           _("Writes a class’s roster (花名册) as a PDF: its enrolled trainees "
                             "with the columns chosen."),
                           extra, &options, create_roster,
                           describe_roster);
}

/* Sign-in sheets */

static PxDocument *
create_signin (PxDatabase        *db,
               const char        *class_id,
               const ListOptions *options,
               GError           **error)
{
  return PX_DOCUMENT (px_signin_sheet_new (db, class_id, options->date, error));
}

static char *
describe_signin (const char *code)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the sign-in sheets of %s"), code);
}

int
px_cli_print_signin (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_auto(ListOptions) options = { SIGNIN_USAGE, NULL, NULL };
  GOptionEntry extra[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date,
      N_("Only the sessions on this day"), N_("YYYY-MM-DD") },
    { NULL }
  };

  return print_class_list (globals, argc, argv,
                           _("Writes a class’s sign-in sheets (签到表) as a PDF: one for each "
                             "session, or each session of one day."),
                           extra, &options, create_signin,
                           describe_signin);
}

/* Table cards */

static PxDocument *
create_cards (PxDatabase        *db,
              const char        *class_id,
              const ListOptions *options,
              GError           **error)
{
  return PX_DOCUMENT (px_table_cards_new (db, class_id, error));
}

static char *
describe_cards (const char *code)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (40 pages)." */
  return g_strdup_printf (_("the table cards of %s"), code);
}

int
px_cli_print_cards (PxCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  g_auto(ListOptions) options = { CARDS_USAGE, NULL, NULL };

  return print_class_list (globals, argc, argv,
                           _("Writes a class’s table cards (桌签) as a PDF: a page for each "
                             "trainee, folded along the middle."),
                           NULL, &options, create_cards,
                           describe_cards);
}

/* Group lists */

static PxDocument *
create_groups (PxDatabase        *db,
               const char        *class_id,
               const ListOptions *options,
               GError           **error)
{
  return PX_DOCUMENT (px_group_list_new (db, class_id, error));
}

static char *
describe_groups (const char *code)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the group list of %s"), code);
}

int
px_cli_print_groups (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_auto(ListOptions) options = { GROUPS_USAGE, NULL, NULL };

  return print_class_list (globals, argc, argv,
                           _("Writes a class’s group list (分组名单) as a PDF: its trainees group "
                             "by group, the group leaders first."),
                           NULL, &options, create_groups,
                           describe_groups);
}
