/* px-cli-print-lists.c: a class's lists on paper: roster, sign-in sheets, table cards, groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

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

/* What each kind's options say. */
typedef struct
{
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

/* Mistakes on the command line are told before the database is opened. */
static int
check_list_options (gpointer data)
{
  const ListOptions *options = data;

  if (options->columns != NULL && !check_columns (options->columns))
    return PX_CLI_EXIT_USAGE;
  if (options->date != NULL && !px_date_is_iso (options->date))
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“%s” is not a date; write it as YYYY-MM-DD."),
                        options->date);
  return PX_CLI_EXIT_OK;
}

/* Roster */

static PxDocument *
create_roster (PxDatabase  *db,
               const char  *class_id,
               const char  *code,
               gpointer     data,
               GError     **error)
{
  const ListOptions *options = data;
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
describe_roster (PxDocument *document,
                 const char *code,
                 gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the roster of %s"), code);
}

int
px_cli_print_roster (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_auto(ListOptions) options = { NULL, NULL };
  GOptionEntry entries[] = {
    { "columns", 0, 0, G_OPTION_ARG_STRING, &options.columns,
      N_("The columns, by name, separated by commas (default: "
         "seq,name,gender,ethnicity,birth,unit,position,rank,phone)"), N_("NAMES") },
    { NULL }
  };
  const PxCliPrintClassKind kind = {
    .usage = ROSTER_USAGE,
    .summary = _("Writes a class’s roster (花名册) as a PDF: its enrolled trainees with the "
                 "columns chosen."),
    .entries_last = entries,
    .check = check_list_options,
    .build = create_roster,
    .describe = describe_roster,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, &options);
}

/* Sign-in sheets */

static PxDocument *
create_signin (PxDatabase  *db,
               const char  *class_id,
               const char  *code,
               gpointer     data,
               GError     **error)
{
  const ListOptions *options = data;

  return PX_DOCUMENT (px_signin_sheet_new (db, class_id, options->date, error));
}

static char *
describe_signin (PxDocument *document,
                 const char *code,
                 gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the sign-in sheets of %s"), code);
}

int
px_cli_print_signin (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_auto(ListOptions) options = { NULL, NULL };
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date,
      N_("Only the sessions on this day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  const PxCliPrintClassKind kind = {
    .usage = SIGNIN_USAGE,
    .summary = _("Writes a class’s sign-in sheets (签到表) as a PDF: one for each session, or "
                 "each session of one day."),
    .entries_last = entries,
    .check = check_list_options,
    .build = create_signin,
    .describe = describe_signin,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, &options);
}

/* Table cards */

static PxDocument *
create_cards (PxDatabase  *db,
              const char  *class_id,
              const char  *code,
              gpointer     data,
              GError     **error)
{
  return PX_DOCUMENT (px_table_cards_new (db, class_id, error));
}

static char *
describe_cards (PxDocument *document,
                const char *code,
                gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (40 pages)." */
  return g_strdup_printf (_("the table cards of %s"), code);
}

int
px_cli_print_cards (PxCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  const PxCliPrintClassKind kind = {
    .usage = CARDS_USAGE,
    .summary = _("Writes a class’s table cards (桌签) as a PDF: a page for each trainee, folded "
                 "along the middle."),
    .build = create_cards,
    .describe = describe_cards,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, NULL);
}

/* Group lists */

static PxDocument *
create_groups (PxDatabase  *db,
               const char  *class_id,
               const char  *code,
               gpointer     data,
               GError     **error)
{
  return PX_DOCUMENT (px_group_list_new (db, class_id, error));
}

static char *
describe_groups (PxDocument *document,
                 const char *code,
                 gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (_("the group list of %s"), code);
}

int
px_cli_print_groups (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  const PxCliPrintClassKind kind = {
    .usage = GROUPS_USAGE,
    .summary = _("Writes a class’s group list (分组名单) as a PDF: its trainees group by group, "
                 "the group leaders first."),
    .build = create_groups,
    .describe = describe_groups,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, NULL);
}
