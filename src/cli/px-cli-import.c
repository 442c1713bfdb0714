/* px-cli-import.c: import and export of cadre rosters, teachers, teaching bases and courses, and
 * export of a class's roster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cadre-export.h"
#include "px-cadre-import.h"
#include "px-class-roster.h"
#include "px-cli.h"
#include "px-master-export.h"
#include "px-master-import.h"

/* What "import KIND FILE" and "export KIND FILE" move: cadres, or one kind of master data. */
typedef struct
{
  gboolean cadres;
  PxMasterKind master;
} Kind;

static gboolean
parse_kind (const char *name,
            const char *command,
            Kind       *kind,
            int        *status)
{
  kind->cadres = g_strcmp0 (name, "cadres") == 0;
  if (kind->cadres || px_master_kind_from_name (name, &kind->master))
    return TRUE;
  *status = px_cli_fail (PX_CLI_EXIT_USAGE,
                         _("“%s” moves cadres, teachers, bases or courses; write “peixun-cli %s "
                           "cadres FILE”, “peixun-cli %s teachers FILE” and so on."),
                         command, command, command);
  return FALSE;
}

/* One sentence per kind and mode, so that each translates whole. */
static void
print_summary (const Kind     *kind,
               const char     *path,
               PxImportReport *r)
{
  if (kind->cadres && r->dry_run)
    printf (_("Dry run of %s: %u rows would give %u new cadres, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (kind->cadres)
    printf (_("Imported %s: %u rows, %u new cadres, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (kind->master == PX_MASTER_TEACHERS && r->dry_run)
    printf (_("Dry run of %s: %u rows would give %u new teachers, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (kind->master == PX_MASTER_TEACHERS)
    printf (_("Imported %s: %u rows, %u new teachers, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (kind->master == PX_MASTER_BASES && r->dry_run)
    printf (_("Dry run of %s: %u rows would give %u new teaching bases, %u updated, %u "
              "unchanged.\n"), path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (kind->master == PX_MASTER_BASES)
    printf (_("Imported %s: %u rows, %u new teaching bases, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else if (r->dry_run)
    printf (_("Dry run of %s: %u rows would give %u new courses, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
  else
    printf (_("Imported %s: %u rows, %u new courses, %u updated, %u unchanged.\n"),
            path, r->n_rows, r->n_new, r->n_updated, r->n_unchanged);
}

int
px_cli_command_import (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("cadres|teachers|bases|courses FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxCliProgress) progress = NULL;
  gboolean dry_run = FALSE, skip_invalid = FALSE, json = FALSE;
  PxImportFlags flags = PX_IMPORT_FLAGS_NONE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file and report"), NULL },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid,
      N_("Import the good rows and report the bad ones"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the report as JSON"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  Kind kind = { FALSE, 0 };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Imports a roster of cadres, or the school’s teachers, teaching bases or courses (.csv, "
      ".xlsx or .xls from Excel, WPS or LibreOffice; UTF-8 or GB18030). Columns are found by "
      "name (姓名, 身份证号, 基地名称, 课程名称 …) in any order. Cadres are matched by citizen "
      "ID number, teachers by name and phone or unit, bases by name and courses by title, and "
      "updated, never duplicated; empty cells erase nothing. A file with any bad row is "
      "refused whole unless --skip-invalid is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (!parse_kind (argc >= 2 ? argv[1] : NULL, "import", &kind, &status))
    return status;
  if (argc != 3)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Name one file to import."));

  if (dry_run)
    flags |= PX_IMPORT_DRY_RUN;
  if (skip_invalid)
    flags |= PX_IMPORT_SKIP_INVALID;

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);

  progress = px_cli_progress_new (_("Importing"));
  if (kind.cadres)
    report = px_cadre_import_file (db, argv[2], flags, px_cli_progress_update, progress, &error);
  else
    report = px_master_import_file (db, kind.master, argv[2], flags, px_cli_progress_update,
                                    progress, &error);
  g_clear_pointer (&progress, px_cli_progress_free);
  if (report == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autofree char *text = px_import_report_to_json (report);

      px_cli_print_line (text);
    }
  else
    px_cli_print_import_problems (report);

  if (report->problems->len > 0 && !skip_invalid)
    return px_cli_fail (PX_CLI_EXIT_FAILED,
                        _("%u of %u rows have problems; nothing was imported. Correct them, or "
                          "use --skip-invalid to import the other rows."),
                        px_import_report_count_bad_rows (report), report->n_rows);

  if (!json)
    {
      print_summary (&kind, argv[2], report);
      if (report->n_skipped > 0)
        printf (_("%u rows with problems were skipped (listed above).\n"), report->n_skipped);
    }
  return PX_CLI_EXIT_OK;
}

/* "export roster --class CODE FILE" */
static int
export_roster (PxCliGlobals  *globals,
               const char    *class_code,
               int            argc,
               char         **argv)
{
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  if (class_code == NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Which class? Write “peixun-cli export roster "
                                             "--class CODE FILE”."));
  if (argc != 3)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Name one file to export to."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  n = px_class_roster_export_file (db, class_code, argv[2], &error);
  if (n < 0)
    return px_cli_fail_error (error);
  printf (_("Exported %ld trainees of %s to %s.\n"), (long) n, class_code, argv[2]);
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_export (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("cadres|teachers|bases|courses|roster FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;
  g_autofree char *class_code = NULL;
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only what the list’s search finds for TEXT (cadres: name, ID, phone or unit)"),
      N_("TEXT") },
    { "class", 0, 0, G_OPTION_ARG_STRING, &class_code,
      N_("The class whose roster to export (export roster)"), N_("CODE") },
    DB_OPTION (globals),
    { NULL }
  };
  Kind kind = { FALSE, 0 };
  int status = PX_CLI_EXIT_OK;
  gint64 n;

  g_option_context_set_summary (context,
    _("Writes the cadres, teachers, teaching bases or courses to FILE: .csv (UTF-8 with BOM, "
      "opens right in Excel) or .xlsx, with the column names the import reads. “export roster "
      "--class CODE FILE” writes a class’s trainees: the cadre columns plus 组别 and 班级职务."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc >= 2 && g_str_equal (argv[1], "roster"))
    {
      if (search != NULL)
        return px_cli_fail (PX_CLI_EXIT_USAGE, _("--search does not apply to a class’s roster."));
      return export_roster (globals, class_code, argc, argv);
    }
  if (class_code != NULL)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("--class only goes with “export roster”."));
  if (!parse_kind (argc >= 2 ? argv[1] : NULL, "export", &kind, &status))
    return status;
  if (argc != 3)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Name one file to export to."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (kind.cadres)
    n = px_cadre_export_file (db, argv[2], search, &error);
  else
    n = px_master_export_file (db, kind.master, argv[2], search, &error);
  if (n < 0)
    return px_cli_fail_error (error);

  if (kind.cadres)
    printf (_("Exported %ld cadres to %s.\n"), (long) n, argv[2]);
  else if (kind.master == PX_MASTER_TEACHERS)
    printf (_("Exported %ld teachers to %s.\n"), (long) n, argv[2]);
  else if (kind.master == PX_MASTER_BASES)
    printf (_("Exported %ld teaching bases to %s.\n"), (long) n, argv[2]);
  else
    printf (_("Exported %ld courses to %s.\n"), (long) n, argv[2]);
  return PX_CLI_EXIT_OK;
}
