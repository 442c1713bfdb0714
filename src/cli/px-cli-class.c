/* px-cli-class.c: classes (班次) on the command line: create, list, show, enroll, timetable,
 * complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-class-completion.h"
#include "px-class-roster.h"
#include "px-class-summary.h"
#include "px-cli.h"
#include "px-entity.h"
#include "px-json.h"
#include "px-timetable-import.h"
#include "px-training-class.h"

static const char usage_create[] =
  "peixun-cli class create --code CODE --title TITLE --start YYYY-MM-DD --end YYYY-MM-DD "
  "[--capacity N] [--hours H]";
static const char usage_list[] = "peixun-cli class list [--year YYYY] [--json]";
static const char usage_show[] = "peixun-cli class show CODE [--json]";
static const char usage_enroll[] =
  "peixun-cli class enroll CODE FILE [--dry-run] [--skip-invalid] [--json]";
static const char usage_timetable[] =
  "peixun-cli class timetable CODE FILE [--dry-run] [--create-missing] [--json]";
static const char usage_complete[] =
  "peixun-cli class complete CODE [--all | --cadre ID…] [--reason TEXT] [--json]";

static const char *
status_label (const char *status)
{
  static const struct
  {
    const char *key;
    const char *label;
  } labels[] = {
    { "planning", N_("planning") },
    { "enrolling", N_("enrolling") },
    { "running", N_("running") },
    { "finished", N_("finished") },
    { "archived", N_("archived") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (status, labels[i].key) == 0)
      return _(labels[i].label);
  return status != NULL ? status : "";
}

static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", hours));
}

/* JSON */

static void
append_conflict_json (GString               *out,
                      const PxClassConflict *conflict)
{
  g_string_append_c (out, '{');
  px_json_append_key (out, "kind");
  px_json_append_string (out, px_class_conflict_kind_to_string (conflict->kind));
  px_json_append_key (out, "message");
  px_json_append_string (out, conflict->message);
  px_json_append_key (out, "date");
  px_json_append_string (out, conflict->date);
  px_json_append_key (out, "other_class");
  px_json_append_string (out, conflict->other_class_code);
  px_json_append_key (out, "session_ids");
  g_string_append_c (out, '[');
  for (guint i = 0; conflict->session_ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      px_json_append_string (out, conflict->session_ids[i]);
    }
  g_string_append (out, "]}");
}

/* methods is keyed by the method as users see it (its translated label), as the issue asks;
 * the stored keys are the same for every language in method_keys. */

/* The hours of each teaching method as a JSON object, keyed by its name as users see it (the
 * "methods" key) or by its stored key ("method_keys"). */
static void
append_method_hours (GString      *out,
                     const GArray *methods,
                     gboolean      by_label)
{
  g_string_append_c (out, '{');
  for (guint i = 0; i < methods->len; i++)
    {
      const PxMethodHours *m = &g_array_index (methods, PxMethodHours, i);

      px_json_append_key (out, by_label ? m->label : m->method);
      px_json_append_number (out, m->hours);
    }
  g_string_append_c (out, '}');
}

static void
append_summary_json (GString              *out,
                     const PxClassSummary *summary)
{
  g_string_append_c (out, '{');
  px_json_append_key (out, "id");
  px_json_append_string (out, summary->id);
  px_json_append_key (out, "code");
  px_json_append_string (out, summary->code);
  px_json_append_key (out, "title");
  px_json_append_string (out, summary->title);
  px_json_append_key (out, "start");
  px_json_append_string (out, summary->start_date);
  px_json_append_key (out, "end");
  px_json_append_string (out, summary->end_date);
  px_json_append_key (out, "status");
  px_json_append_string (out, summary->status);
  px_json_append_key (out, "capacity");
  if (summary->capacity == PX_INT_UNSET)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, summary->capacity);
  px_json_append_key (out, "required_hours");
  px_json_append_number (out, summary->required_hours);
  px_json_append_key (out, "enrolled");
  g_string_append_printf (out, "%u", summary->n_enrolled);
  px_json_append_key (out, "completed");
  g_string_append_printf (out, "%u", summary->n_completed);
  px_json_append_key (out, "sessions");
  g_string_append_printf (out, "%u", summary->n_sessions);
  px_json_append_key (out, "hours");
  px_json_append_number (out, summary->hours);
  px_json_append_key (out, "methods");
  append_method_hours (out, summary->methods, TRUE);
  px_json_append_key (out, "method_keys");
  append_method_hours (out, summary->methods, FALSE);
  px_json_append_key (out, "conflicts");
  g_string_append_c (out, '[');
  for (guint i = 0; i < summary->conflicts->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_conflict_json (out, g_ptr_array_index (summary->conflicts, i));
    }
  g_string_append (out, "]}");
}

/* class create */

static int
class_create (PxCliGlobals  *globals,
              int            argc,
              char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *code = NULL, *title = NULL, *start = NULL, *end = NULL;
  int capacity = G_MININT;   /* not given */
  double hours = NAN;
  GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The class’s unique code"), N_("CODE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The class’s title"), N_("TITLE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("The first day"), N_("YYYY-MM-DD") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("The last day"), N_("YYYY-MM-DD") },
    { "capacity", 0, 0, G_OPTION_ARG_INT, &capacity, N_("How many trainees it takes"),
      N_("N") },
    { "hours", 0, 0, G_OPTION_ARG_DOUBLE, &hours, N_("The class hours its timetable must have"),
      N_("H") },
    DB_OPTION (globals),
    { NULL }
  };
  const char *missing = NULL;
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Creates a class in the planning state."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);

  if (code == NULL)
    missing = "--code";
  else if (title == NULL)
    missing = "--title";
  else if (start == NULL)
    missing = "--start";
  else if (end == NULL)
    missing = "--end";
  if (missing != NULL)
    {
      status = px_cli_fail (PX_CLI_EXIT_USAGE, _("The option %s is required."), missing);
      fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage_create);
      return status;
    }

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);

  training_class = px_training_class_new ();
  training_class->code = g_steal_pointer (&code);
  training_class->title = g_steal_pointer (&title);
  training_class->start_date = g_steal_pointer (&start);
  training_class->end_date = g_steal_pointer (&end);
  /* a negative --capacity reaches the record's range check, which names the field */
  training_class->capacity = capacity == G_MININT ? PX_INT_UNSET : capacity;
  training_class->required_hours = hours;
  training_class->credit_hours = NAN;
  if (!px_class_create (db, training_class, &error))
    return px_cli_fail_error (error);

  printf (_("Created class %s “%s”, %s to %s.\n"), training_class->code, training_class->title,
          training_class->start_date, training_class->end_date);
  return PX_CLI_EXIT_OK;
}

/* class list */

static int
class_list (PxCliGlobals  *globals,
            int            argc,
            char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  gboolean json = FALSE;
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the classes that start in YYYY"),
      N_("YYYY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Lists classes by start date, with their trainees, "
                                           "hours and timetable conflicts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (year < 0 || year > 9998)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("--year must be a year such as 2026."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  classes = px_class_summary_list (db, year, &error);
  if (classes == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("[");

      for (guint i = 0; i < classes->len; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_summary_json (out, g_ptr_array_index (classes, i));
        }
      g_string_append_c (out, ']');
      px_cli_print_line (out->str);
      return PX_CLI_EXIT_OK;
    }

  if (classes->len == 0)
    {
      if (year > 0)
        fprintf (stderr, _("No class starts in %d.\n"), year);
      else
        fprintf (stderr, _("There are no classes yet. Create one with “peixun-cli class "
                           "create”.\n"));
      return PX_CLI_EXIT_OK;
    }

  /* tab-separated like cadre list, with a header line */
  printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", _("Code"), _("Start"), _("End"), _("Status"),
          _("Enrolled"), _("Sessions"), _("Hours"), _("Conflicts"), _("Title"));
  for (guint i = 0; i < classes->len; i++)
    {
      const PxClassSummary *c = g_ptr_array_index (classes, i);
      g_autofree char *hours = format_hours (c->hours);
      g_autofree char *enrolled = c->capacity == PX_INT_UNSET
                                    ? g_strdup_printf ("%u", c->n_enrolled)
                                    : g_strdup_printf ("%u/%" G_GINT64_FORMAT, c->n_enrolled,
                                                       c->capacity);

      printf ("%s\t%s\t%s\t%s\t%s\t%u\t%s\t%u\t%s\n", c->code, c->start_date, c->end_date,
              status_label (c->status), enrolled, c->n_sessions, hours, c->conflicts->len,
              c->title);
    }
  return PX_CLI_EXIT_OK;
}

/* class show */

static void
print_summary (const PxClassSummary *c)
{
  g_autofree char *hours = format_hours (c->hours);

  printf ("%s  %s\n", c->code, c->title);
  printf ("  %s: %s – %s\n", _("Dates"), c->start_date, c->end_date);
  printf ("  %s: %s\n", _("Status"), status_label (c->status));
  if (c->capacity == PX_INT_UNSET)
    printf ("  %s: %u\n", _("Enrolled"), c->n_enrolled);
  else
    printf ("  %s: %u / %" G_GINT64_FORMAT "\n", _("Enrolled"), c->n_enrolled, c->capacity);
  printf ("  %s: %u\n", _("Completed"), c->n_completed);
  printf ("  %s: %u\n", _("Sessions"), c->n_sessions);
  if (isnan (c->required_hours))
    printf ("  %s: %s\n", _("Hours"), hours);
  else
    {
      g_autofree char *required = format_hours (c->required_hours);

      printf ("  %s: ", _("Hours"));
      /* Translators: the timetable's hours, of the class's required hours */
      printf (_("%s of %s required"), hours, required);
      printf ("\n");
    }

  if (c->methods->len > 0)
    {
      printf ("  %s:\n", _("Teaching methods"));
      for (guint i = 0; i < c->methods->len; i++)
        {
          const PxMethodHours *m = &g_array_index (c->methods, PxMethodHours, i);
          g_autofree char *h = format_hours (m->hours);
          int share = c->hours > 0 ? (int) lround (100 * m->hours / c->hours) : 0;

          printf ("    %s\t%s\t%d%%\n", m->label, h, share);
        }
    }

  if (c->conflicts->len == 0)
    printf ("  %s\n", _("No conflicts."));
  else
    {
      printf ("  %s (%u):\n", _("Conflicts"), c->conflicts->len);
      for (guint i = 0; i < c->conflicts->len; i++)
        {
          const PxClassConflict *conflict = g_ptr_array_index (c->conflicts, i);

          printf ("    %s\n", conflict->message);
        }
    }
}

static int
class_show (PxCliGlobals  *globals,
            int            argc,
            char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("CODE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Shows a class: trainees, hours, teaching methods "
                                           "and timetable conflicts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      status = px_cli_fail (PX_CLI_EXIT_USAGE, argc < 2 ? _("Which class? Give its code.")
                                                        : _("Give one class code."));
      fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage_show);
      return status;
    }

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  summary = px_class_summary_get_by_code (db, argv[1], &error);
  if (summary == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      append_summary_json (out, summary);
      px_cli_print_line (out->str);
    }
  else
    print_summary (summary);
  return PX_CLI_EXIT_OK;
}

/* enroll */

/* The cadre import's JSON report with the enrollment counts added to the same object. */
static char *
enroll_report_to_json (const char          *code,
                       PxClassEnrollReport *result)
{
  g_autofree char *text = px_import_report_to_json (result->report);
  GString *out = g_string_new (text);

  g_assert (out->len > 0 && out->str[out->len - 1] == '}');
  g_string_truncate (out, out->len - 1);
  px_json_append_key (out, "class");
  px_json_append_string (out, code);
  px_json_append_key (out, "enrolled");
  g_string_append_printf (out, "%u", result->n_enrolled);
  px_json_append_key (out, "already_enrolled");
  g_string_append_printf (out, "%u", result->n_already);
  px_json_append_key (out, "withdrawn");
  g_string_append_printf (out, "%u", result->n_withdrawn);
  px_json_append_key (out, "full");
  g_string_append_printf (out, "%u", result->n_full);
  px_json_append_key (out, "regrouped");
  g_string_append_printf (out, "%u", result->n_regrouped);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

static int
class_enroll (PxCliGlobals  *globals,
              int            argc,
              char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("CODE FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassEnrollReport) result = NULL;
  g_autoptr(PxCliProgress) progress = NULL;
  gboolean dry_run = FALSE, skip_invalid = FALSE, json = FALSE;
  PxImportFlags flags = PX_IMPORT_FLAGS_NONE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file and report"), NULL },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid,
      N_("Enroll the good rows up to the class’s capacity and report the others"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the report as JSON"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  PxImportReport *r;
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Enrolls the cadres of a roster file (.csv, .xlsx or .xls, read as “import cadres” reads "
      "it) in the class: new cadres are created, known ones matched by citizen ID number, and "
      "cadres already enrolled are left as they are. A file with any bad row, or with more "
      "cadres than the class has room for, is refused whole unless --skip-invalid is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      status = px_cli_fail (PX_CLI_EXIT_USAGE, _("Give a class code and one roster file."));
      fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage_enroll);
      return status;
    }

  if (dry_run)
    flags |= PX_IMPORT_DRY_RUN;
  if (skip_invalid)
    flags |= PX_IMPORT_SKIP_INVALID;

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);

  progress = px_cli_progress_new (_("Enrolling"));
  result = px_class_enroll_file (db, argv[1], argv[2], flags, px_cli_progress_update, progress,
                                 &error);
  g_clear_pointer (&progress, px_cli_progress_free);
  if (result == NULL)
    return px_cli_fail_error (error);
  r = result->report;

  if (json)
    {
      g_autofree char *text = enroll_report_to_json (argv[1], result);

      px_cli_print_line (text);
    }
  else
    px_cli_print_import_problems (r);

  if (r->problems->len > 0 && !skip_invalid)
    return px_cli_fail (PX_CLI_EXIT_FAILED,
                        _("%u of %u rows have problems; nothing was imported or enrolled. "
                          "Correct them, or use --skip-invalid to enroll the other rows."),
                        px_import_report_count_bad_rows (r), r->n_rows);

  if (!json)
    {
      if (r->dry_run)
        printf (_("Dry run of %s: %u rows would give %u new cadres, %u updated, %u unchanged; "
                  "%u would be enrolled in %s, %u already enrolled.\n"),
                argv[2], r->n_rows, r->n_new, r->n_updated, r->n_unchanged, result->n_enrolled,
                argv[1], result->n_already);
      else
        printf (_("Enrolled %s in %s: %u rows, %u new cadres, %u updated, %u unchanged; "
                  "%u enrolled, %u already enrolled.\n"),
                argv[2], argv[1], r->n_rows, r->n_new, r->n_updated, r->n_unchanged,
                result->n_enrolled, result->n_already);
      if (result->n_withdrawn > 0)
        printf (_("%u cadres had withdrawn from the class and were left withdrawn.\n"),
                result->n_withdrawn);
      if (r->n_skipped > 0)
        printf (_("%u rows with problems were skipped (listed above).\n"), r->n_skipped);
      if (result->n_full > 0)
        printf (_("%u cadres were not enrolled because the class is full (listed above).\n"),
                result->n_full);
      if (result->n_regrouped > 0)
        printf (r->dry_run
                  ? _("%u trainees already enrolled would be given another group or class "
                      "role.\n")
                  : _("%u trainees already enrolled were given another group or class role.\n"),
                result->n_regrouped);
    }
  return PX_CLI_EXIT_OK;
}

/* timetable */

/* As px_cli_print_import_problems () prints them; a problem of no row (a stored session the
 * file drops) is its message alone. */
static void
print_timetable_problems (PxImportReport *report)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->row == 0)
        fprintf (stderr, "%s\n", problem->message);
      else if (problem->column != NULL)
        fprintf (stderr, _("Row %u, “%s”: %s\n"), problem->row, problem->column,
                 problem->message);
      else
        fprintf (stderr, _("Row %u: %s\n"), problem->row, problem->message);
    }
}

/* "label: a、b、c" when there are any. */
static void
print_names (const char *label,
             GPtrArray  *names)
{
  g_autoptr(GString) line = NULL;

  if (names->len == 0)
    return;
  line = g_string_new (label);
  g_string_append (line, " ");
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (line, "、");
      g_string_append (line, g_ptr_array_index (names, i));
    }
  px_cli_print_line (line->str);
}

static int
class_timetable (PxCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("CODE FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTimetableImport) result = NULL;
  gboolean dry_run = FALSE, create_missing = FALSE, json = FALSE;
  PxTimetableImportFlags flags = PX_TIMETABLE_IMPORT_FLAGS_NONE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file and report"), NULL },
    { "create-missing", 0, 0, G_OPTION_ARG_NONE, &create_missing,
      N_("Create the courses and teachers the file names but the school does not have, and "
         "take unknown places as rooms"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the report as JSON"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  g_autofree char *hours = NULL;
  PxImportReport *r;
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Replaces the class’s timetable with a sheet (.csv, .xlsx or .xls) of one row per "
      "session, its columns found by name: 日期, 时段 (上午/下午/晚上), 开始时间 and 结束时间 "
      "or 时间 (08:30-11:30; the slot’s usual times when absent), 课程, 授课教师, 地点, "
      "教学方式, 学时, and optionally 选学 and 容量. Sessions at the same date and start time "
      "are updated in place, keeping their attendance. The file is refused whole when a row is "
      "bad, names an unknown course, teacher or place, falls outside the class’s dates, books "
      "a teacher or place twice, or drops a session with attendance or elective choices."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      status = px_cli_fail (PX_CLI_EXIT_USAGE, _("Give a class code and one timetable file."));
      fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage_timetable);
      return status;
    }
  if (dry_run)
    flags |= PX_TIMETABLE_IMPORT_DRY_RUN;
  if (create_missing)
    flags |= PX_TIMETABLE_IMPORT_CREATE_MISSING;

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  result = px_timetable_import_file (db, argv[1], argv[2], flags, &error);
  if (result == NULL)
    return px_cli_fail_error (error);
  r = result->report;

  if (json)
    {
      g_autofree char *text = px_timetable_import_to_json (result);

      px_cli_print_line (text);
    }
  else
    print_timetable_problems (r);

  if (r->problems->len > 0)
    {
      status = px_cli_fail (PX_CLI_EXIT_FAILED,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u problem (listed above): the timetable of %s was "
                                         "refused and nothing was written.",
                                         "%u problems (listed above): the timetable of %s was "
                                         "refused and nothing was written.",
                                         r->problems->len),
                            r->problems->len, result->class_code);
      if (result->n_unknown > 0 && !create_missing)
        fprintf (stderr, "%s\n", _("Add the unknown courses, teachers and places first, or "
                                   "give --create-missing to create them."));
      return status;
    }
  if (json)
    return PX_CLI_EXIT_OK;

  hours = format_hours (result->hours);
  if (r->dry_run)
    /* Translators: the file, the class's code, then counts of sessions and the hours */
    printf (_("Dry run of %s for %s: %u sessions, %s hours would be written (%u new, "
              "%u updated, %u unchanged, %u deleted).\n"),
            argv[2], result->class_code, result->n_sessions, hours, r->n_new, r->n_updated,
            r->n_unchanged, result->n_deleted);
  else
    printf (_("Wrote the timetable of %s from %s: %u sessions, %s hours (%u new, %u updated, "
              "%u unchanged, %u deleted).\n"),
            result->class_code, argv[2], result->n_sessions, hours, r->n_new, r->n_updated,
            r->n_unchanged, result->n_deleted);
  print_names (r->dry_run ? _("Courses that would be created:") : _("Courses created:"),
               result->created_courses);
  print_names (r->dry_run ? _("Teachers that would be created:") : _("Teachers created:"),
               result->created_teachers);
  print_names (_("Rooms no timetable had named before:"), result->new_rooms);
  for (guint i = 0; i < result->warnings->len; i++)
    printf (_("Warning: %s\n"), (const char *) g_ptr_array_index (result->warnings, i));
  return PX_CLI_EXIT_OK;
}

/* complete */

static int
class_complete (PxCliGlobals  *globals,
                int            argc,
                char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("CODE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassCompletion) result = NULL;
  g_auto(GStrv) cadres = NULL;
  g_autofree char *reason = NULL;
  gboolean all = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Every enrolled trainee completed, by the head teacher’s decision"), NULL },
    { "cadre", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cadres,
      N_("The trainee with this citizen ID number completed, by the head teacher’s decision "
         "(repeatable)"), N_("ID") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why, for --all or --cadre"),
      N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Decides who completed the class. Without --all or --cadre the class’s rule is applied "
      "(attendance and score thresholds; leave over 1/7 of the class hours withdraws the "
      "trainee) to every trainee not decided by the head teacher; with them, the trainees "
      "named are recorded as completed by the head teacher’s decision. Completed trainees "
      "earn the class’s credit hours."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      status = px_cli_fail (PX_CLI_EXIT_USAGE, argc < 2 ? _("Which class? Give its code.")
                                                        : _("Give one class code."));
      fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage_complete);
      return status;
    }
  if (reason != NULL && !all && cadres == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("--reason goes with --all or --cadre."));
  if (all && cadres != NULL)
    return px_cli_fail (PX_CLI_EXIT_FAILED, _("Give either --all or --cadre, not both."));
  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (all || cadres != NULL)
    result = px_class_completion_override (db, argv[1], (const char * const *) cadres, reason,
                                           &error);
  else
    result = px_class_completion_apply (db, argv[1], &error);
  if (result == NULL)
    return px_cli_fail_error (error);
  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{");

      px_json_append_key (out, "class");
      px_json_append_string (out, result->class_code);
      px_json_append_key (out, "completed");
      g_string_append_printf (out, "%u", result->n_completed);
      px_json_append_key (out, "not_completed");
      g_string_append_printf (out, "%u", result->n_not_completed);
      px_json_append_key (out, "trainees");
      g_string_append_c (out, '[');
      for (guint i = 0; i < result->trainees->len; i++)
        {
          const PxTraineeCompletion *t = g_ptr_array_index (result->trainees, i);

          if (i > 0)
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          px_json_append_key (out, "citizen_id");
          px_json_append_string (out, t->citizen_id);
          px_json_append_key (out, "name");
          px_json_append_string (out, t->name);
          px_json_append_key (out, "completed");
          g_string_append (out, t->completed ? "true" : "false");
          px_json_append_key (out, "withdrawn");
          g_string_append (out, t->withdrawn ? "true" : "false");
          px_json_append_key (out, "overridden");
          g_string_append (out, t->overridden ? "true" : "false");
          px_json_append_key (out, "reason");
          px_json_append_string (out, t->reason);
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
      px_cli_print_line (out->str);
      return PX_CLI_EXIT_OK;
    }
  for (guint i = 0; i < result->trainees->len; i++)
    {
      const PxTraineeCompletion *t = g_ptr_array_index (result->trainees, i);
      g_autofree char *masked = px_cadre_mask_citizen_id (t->citizen_id);

      printf ("%s\t%s\t%s\t%s\n", t->name, masked,
              t->completed ? _("completed") : _("not completed"), t->reason);
    }
  printf (_("Class %s: %u completed, %u not completed.\n"), result->class_code,
          result->n_completed, result->n_not_completed);
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_class (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "create"))
    return class_create (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return class_list (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "show"))
    return class_show (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "enroll"))
    return class_enroll (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "timetable"))
    return class_timetable (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "complete"))
    return class_complete (globals, argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n", _("Usage:"), usage_create,
              usage_list, usage_show, usage_enroll, usage_timetable, usage_complete);
      return PX_CLI_EXIT_OK;
    }
  fprintf (stderr, "%s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n", _("Usage:"), usage_create,
           usage_list, usage_show, usage_enroll, usage_timetable, usage_complete);
  if (argc >= 2)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown class command “%s”."), argv[1]);
  return PX_CLI_EXIT_USAGE;
}
