/* px-cli-roster.c: the cadre roster on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-cli.h"
#include "px-json.h"
#include "px-org-unit.h"

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
