/* px-cli-print-forms.c: evaluation forms, credit statements and class archives on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-class-archive.h"
#include "px-class-timetable.h"
#include "px-cli-print.h"
#include "px-credit-statement.h"
#include "px-date.h"
#include "px-evaluation-form.h"

#define EVALUATION_USAGE "peixun-cli print evaluation-form --class CODE [--date YYYY-MM-DD " \
                         "[--slot morning|afternoon|evening]] -o FILE.pdf"
#define STATEMENT_USAGE  "peixun-cli print statement --cadre CITIZEN_ID --year YYYY -o FILE.pdf"
#define ARCHIVE_USAGE    "peixun-cli print archive --class CODE -o FILE.pdf"

static gboolean
is_slot (const char *slot)
{
  const char * const *slots = px_class_timetable_slots ();

  for (guint i = 0; slots[i] != NULL; i++)
    if (g_str_equal (slot, slots[i]))
      return TRUE;
  return FALSE;
}

/* What the evaluation form's options say. */
typedef struct
{
  char *date;
  char *slot;
} EvaluationOptions;

static void
evaluation_options_clear (EvaluationOptions *options)
{
  g_free (options->date);
  g_free (options->slot);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EvaluationOptions, evaluation_options_clear)

static int
check_evaluation_options (gpointer data)
{
  const EvaluationOptions *options = data;

  if (options->date != NULL && !px_date_is_iso (options->date))
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("“%s” is not a date; write it as YYYY-MM-DD."),
                        options->date);
  if (options->slot != NULL && options->date == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("--slot needs --date: write “%s”."),
                        EVALUATION_USAGE);
  if (options->slot != NULL && !is_slot (options->slot))
    return px_cli_fail (PX_CLI_EXIT_USAGE,
                        _("Unknown slot “%s”; it is morning, afternoon or evening."),
                        options->slot);
  return PX_CLI_EXIT_OK;
}

static PxDocument *
build_evaluation_forms (PxDatabase  *db,
                        const char  *class_id,
                        const char  *code,
                        gpointer     data,
                        GError     **error)
{
  const EvaluationOptions *options = data;

  if (options->date != NULL)
    return PX_DOCUMENT (px_evaluation_form_new_for_day (db, class_id, options->date,
                                                        options->slot, error));
  return PX_DOCUMENT (px_evaluation_form_new_for_class (db, class_id, error));
}

static char *
describe_evaluation_forms (PxDocument *document,
                           const char *code,
                           gpointer    data)
{
  guint n_forms = px_evaluation_form_get_n_forms (PX_EVALUATION_FORM (document));

  /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u evaluation form of %s",
                                       "%u evaluation forms of %s", n_forms),
                          n_forms, code);
}

int
px_cli_print_evaluation_form (PxCliGlobals  *globals,
                              int            argc,
                              char         **argv)
{
  g_auto(EvaluationOptions) options = { NULL, NULL };
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date,
      N_("Only the course forms of that day’s sessions"), N_("YYYY-MM-DD") },
    { "slot", 0, 0, G_OPTION_ARG_STRING, &options.slot,
      N_("Only the sessions of that half-day (with --date)"), N_("morning|afternoon|evening") },
    { NULL }
  };
  const PxCliPrintClassKind kind = {
    .usage = EVALUATION_USAGE,
    .summary = _("Writes the paper evaluation forms (评估表) of a class as a PDF: the class "
                 "form, then one course form per session; with --date, that day’s course forms "
                 "only."),
    .entries = entries,
    .check = check_evaluation_options,
    .build = build_evaluation_forms,
    .describe = describe_evaluation_forms,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, &options);
}

int
px_cli_print_statement (PxCliGlobals  *globals,
                        int            argc,
                        char         **argv)
{
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxCreditStatement) statement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen_id = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *cadre_id = NULL;
  g_autofree char *what = NULL;
  GOptionEntry entries[] = {
    { "cadre", 0, 0, G_OPTION_ARG_STRING, &citizen_id, N_("The cadre’s citizen ID number"),
      N_("CITIZEN_ID") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("The year the statement covers"),
      N_("YYYY") },
    { NULL }
  };
  gint64 year = 0;
  int status = PX_CLI_EXIT_OK;

  if (!px_cli_print_parse (globals, &argc, &argv,
                           _("Writes a cadre’s credit statement (学时证明) for a year as a PDF: "
                             "the year’s classes and other training with their hours, the total, "
                             "and the school’s certifying sentence."),
                           entries, &output, &status))
    return status;
  if (citizen_id == NULL || year_text == NULL || output == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Write “%s”."), STATEMENT_USAGE);
  /* the years credit records can hold (the schema's check) */
  if (!g_ascii_string_to_signed (year_text, 10, 1950, 2200, &year, NULL))
    return px_cli_fail (PX_CLI_EXIT_USAGE,
                        _("“%s” is not a year; write it as YYYY, between 1950 and 2200."),
                        year_text);

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  /* ID numbers end in X as often as in x */
  g_strstrip (citizen_id);
  {
    g_autofree char *upper = g_ascii_strup (citizen_id, -1);

    cadre_id = px_cadre_find_by_citizen_id (db, upper, &error);
  }
  if (cadre_id == NULL)
    {
      if (error != NULL)
        return px_cli_fail_error (error);
      return px_cli_fail (PX_CLI_EXIT_FAILED, _("No cadre has the citizen ID number %s."),
                          citizen_id);
    }
  statement = px_credit_statement_new (db, cadre_id, (int) year, &error);
  if (statement == NULL)
    return px_cli_fail_error (error);

  /* TRANSLATORS: completes "Wrote … to FILE.pdf (1 page)." */
  what = g_strdup_printf (_("the credit statement of %s for %d"), citizen_id, (int) year);
  return px_cli_print_write_pdf (PX_DOCUMENT (statement), what, output);
}

static PxDocument *
build_archive (PxDatabase  *db,
               const char  *class_id,
               const char  *code,
               gpointer     data,
               GError     **error)
{
  return PX_DOCUMENT (px_class_archive_new (db, class_id, error));
}

static char *
describe_archive (PxDocument *document,
                  const char *code,
                  gpointer    data)
{
  /* TRANSLATORS: completes "Wrote … to FILE.pdf (9 pages)." */
  return g_strdup_printf (_("the archive of %s"), code);
}

int
px_cli_print_archive (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  const PxCliPrintClassKind kind = {
    .usage = ARCHIVE_USAGE,
    .summary = _("Writes a class’s archive (一班一档) as one PDF: a cover with the contents, the "
                 "roster, the schedule, the attendance summary, the results and the certificate "
                 "list."),
    .build = build_archive,
    .describe = describe_archive,
  };

  return px_cli_print_class_document (globals, argc, argv, &kind, NULL);
}
