/* px-cli-roster.c: import, export and list cadres
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-cadre-export.h"
#include "px-cadre-import.h"
#include "px-cli.h"
#include "px-json.h"
#include "px-org-unit.h"

/* "import cadres FILE" / "export cadres FILE": the kind must be cadres, then one file. */
static gboolean
check_kind (const char *kind,
            const char *command,
            int        *status)
{
  if (kind != NULL && g_str_equal (kind, "cadres"))
    return TRUE;
  *status = px_cli_fail (PX_CLI_EXIT_USAGE,
                         _("“%s” knows “cadres”; write “peixun-cli %s cadres FILE”."),
                         command, command);
  return FALSE;
}

static void
print_report (PxImportReport *report)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->column != NULL)
        fprintf (stderr, _("Row %u, “%s”: %s\n"), problem->row, problem->column,
                 problem->message);
      else
        fprintf (stderr, _("Row %u: %s\n"), problem->row, problem->message);
    }
}

int
px_cli_command_import (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("cadres FILE"));
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
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Imports a roster (.csv, .xlsx or .xls from Excel, WPS or LibreOffice; UTF-8 or GB18030). "
      "Columns are found by name (姓名, 身份证号, 工作单位 …) in any order. Cadres are matched "
      "by citizen ID number and updated, never duplicated. A file with any bad row is refused "
      "whole unless --skip-invalid is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (!check_kind (argc >= 2 ? argv[1] : NULL, "import", &status))
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
  report = px_cadre_import_file (db, argv[2], flags, px_cli_progress_update, progress, &error);
  g_clear_pointer (&progress, px_cli_progress_free);
  if (report == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autofree char *text = px_import_report_to_json (report);

      px_cli_print_line (text);
    }
  else
    print_report (report);

  if (report->problems->len > 0 && !skip_invalid)
    return px_cli_fail (PX_CLI_EXIT_FAILED,
                        _("%u of %u rows have problems; nothing was imported. Correct them, or "
                          "use --skip-invalid to import the other rows."),
                        px_import_report_count_bad_rows (report), report->n_rows);

  if (!json)
    {
      if (dry_run)
        printf (_("Dry run of %s: %u rows would give %u new cadres, %u updated, %u unchanged.\n"),
                argv[2], report->n_rows, report->n_new, report->n_updated, report->n_unchanged);
      else
        printf (_("Imported %s: %u rows, %u new cadres, %u updated, %u unchanged.\n"),
                argv[2], report->n_rows, report->n_new, report->n_updated, report->n_unchanged);
      if (report->n_skipped > 0)
        printf (_("%u rows with problems were skipped (listed above).\n"), report->n_skipped);
    }
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_export (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("cadres FILE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only cadres whose name, ID, phone or unit contains TEXT"), N_("TEXT") },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;
  gint64 n;

  g_option_context_set_summary (context,
    _("Writes the cadres to FILE: .csv (UTF-8 with BOM, opens right in Excel) or .xlsx, with "
      "the column names the import reads."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (!check_kind (argc >= 2 ? argv[1] : NULL, "export", &status))
    return status;
  if (argc != 3)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Name one file to export to."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  n = px_cadre_export_file (db, argv[2], search, &error);
  if (n < 0)
    return px_cli_fail_error (error);
  printf (_("Exported %ld cadres to %s.\n"), (long) n, argv[2]);
  return PX_CLI_EXIT_OK;
}

/* cadre list */

static GHashTable *
load_unit_names (PxDatabase  *db,
                 GError     **error)
{
  g_autoptr(GPtrArray) units = px_org_unit_list (db, NULL, error);
  GHashTable *names;

  if (units == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < units->len; i++)
    {
      PxOrgUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (names, g_strdup (unit->base.id), g_strdup (unit->name));
    }
  return names;
}

static void
append_cadre_json (GString       *out,
                   const PxCadre *cadre,
                   const char    *unit_name)
{
  g_string_append_c (out, '{');
  px_json_append_key (out, "id");
  px_json_append_string (out, cadre->base.id);
  px_json_append_key (out, "name");
  px_json_append_string (out, cadre->name);
  px_json_append_key (out, "gender");
  px_json_append_string (out, cadre->gender);
  px_json_append_key (out, "ethnicity");
  px_json_append_string (out, cadre->ethnicity);
  px_json_append_key (out, "birth_date");
  px_json_append_string (out, cadre->birth_date);
  px_json_append_key (out, "citizen_id");
  px_json_append_string (out, cadre->citizen_id);
  px_json_append_key (out, "political_status");
  px_json_append_string (out, cadre->political_status);
  px_json_append_key (out, "unit_id");
  px_json_append_string (out, cadre->unit_id);
  px_json_append_key (out, "unit");
  px_json_append_string (out, unit_name);
  px_json_append_key (out, "post");
  px_json_append_string (out, cadre->post);
  px_json_append_key (out, "rank");
  px_json_append_string (out, cadre->rank);
  px_json_append_key (out, "education");
  px_json_append_string (out, cadre->education);
  px_json_append_key (out, "phone");
  px_json_append_string (out, cadre->phone);
  g_string_append_c (out, '}');
}

static char *
mask_phone (const char *phone)
{
  if (phone == NULL || g_utf8_strlen (phone, -1) != 11)
    return g_strdup (phone ? phone : "");
  return g_strdup_printf ("%.3s****%s", phone, phone + 7);
}

static int
cadre_list (PxCliGlobals  *globals,
            int            argc,
            char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cadres = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autofree char *search = NULL;
  gboolean json = FALSE, reveal = FALSE;
  int limit = 0;
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Cadres whose name, citizen ID, post, phone or unit contains TEXT"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N cadres"), N_("N") },
    { "reveal", 0, 0, G_OPTION_ARG_NONE, &reveal,
      N_("Show citizen IDs and phone numbers in full"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  PxQuery query = { 0 };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, _("Lists cadres by name. Citizen IDs and phone "
                                           "numbers are masked unless --reveal (JSON has them "
                                           "in full)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (limit < 0)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("--limit must not be negative."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);

  query.search = search;
  query.sort = "name";
  query.limit = limit;
  cadres = px_cadre_list (db, &query, &error);
  if (cadres == NULL || (units = load_unit_names (db, &error)) == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("[");

      for (guint i = 0; i < cadres->len; i++)
        {
          PxCadre *cadre = g_ptr_array_index (cadres, i);

          if (i > 0)
            g_string_append_c (out, ',');
          append_cadre_json (out, cadre,
                             cadre->unit_id ? g_hash_table_lookup (units, cadre->unit_id) : NULL);
        }
      g_string_append_c (out, ']');
      px_cli_print_line (out->str);
      return PX_CLI_EXIT_OK;
    }

  for (guint i = 0; i < cadres->len; i++)
    {
      PxCadre *cadre = g_ptr_array_index (cadres, i);
      g_autofree char *id = reveal ? g_strdup (cadre->citizen_id)
                                   : px_cadre_mask_citizen_id (cadre->citizen_id);
      g_autofree char *phone = reveal ? g_strdup (cadre->phone ? cadre->phone : "")
                                      : mask_phone (cadre->phone);
      const char *unit = cadre->unit_id ? g_hash_table_lookup (units, cadre->unit_id) : NULL;

      printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cadre->name, cadre->gender ? cadre->gender : "",
              cadre->birth_date ? cadre->birth_date : "", id, unit ? unit : "",
              cadre->post ? cadre->post : "", cadre->rank ? cadre->rank : "", phone);
    }
  if (cadres->len == 0 && search != NULL)
    fprintf (stderr, _("No cadre matches “%s”.\n"), search);
  else if (cadres->len == 0)
    fprintf (stderr, _("There are no cadres yet. Import a roster with “peixun-cli import cadres "
                       "FILE”.\n"));
  return PX_CLI_EXIT_OK;
}

int
px_cli_command_cadre (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return cadre_list (globals, argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n  %s\n", _("Usage:"),
              _("peixun-cli cadre list [--search TEXT] [--json] [--limit N] [--reveal]"));
      return PX_CLI_EXIT_OK;
    }
  return px_cli_fail (PX_CLI_EXIT_USAGE, _("Write “peixun-cli cadre list [--search TEXT] "
                                           "[--json]”."));
}
