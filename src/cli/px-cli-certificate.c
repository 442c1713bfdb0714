/* px-cli-certificate.c: completion certificates (结业证书) on the command line: issue, list,
 * verify, revoke, the school's public key, a QR payload and its offline check, printer
 * calibration, and templates listed, exported and imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-certificate-keys.h"
#include "px-certificate-layout.h"
#include "px-certificates.h"
#include "px-cli.h"
#include "px-json.h"
#include "px-print-calibration.h"

static const char usage_issue[] = "peixun-cli certificate issue --class CODE [--json]";
static const char usage_list[] = "peixun-cli certificate list --class CODE [--json]";
static const char usage_verify[] = "peixun-cli certificate verify NUMBER_OR_CODE [--json]";
static const char usage_revoke[] = "peixun-cli certificate revoke NUMBER --reason TEXT";
static const char usage_public_key[] = "peixun-cli certificate public-key";
static const char usage_payload[] = "peixun-cli certificate payload NUMBER";
static const char usage_check_qr[] = "peixun-cli certificate check-qr TEXT|- --key PUBKEY";
static const char usage_calibrate[] =
  "peixun-cli certificate calibrate --printer NAME [--dx MM --dy MM] [--json]";
static const char usage_template_list[] = "peixun-cli certificate template list [--json]";
static const char usage_template_export[] =
  "peixun-cli certificate template export NAME FILE.json";
static const char usage_template_import[] =
  "peixun-cli certificate template import FILE.json [--name NAME] [--default]";

static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", hours));
}

/* One certificate as a JSON object; with its signed QR payload when payload is given. */
static void
append_info_json (GString                 *out,
                  const PxCertificateInfo *info,
                  const char              *payload)
{
  g_string_append_c (out, '{');
  px_json_append_key (out, "number");
  px_json_append_string (out, info->number);
  px_json_append_key (out, "code");
  px_json_append_string (out, info->verification_code);
  px_json_append_key (out, "name");
  px_json_append_string (out, info->name);
  px_json_append_key (out, "citizen_id");
  px_json_append_string (out, info->citizen_id);
  px_json_append_key (out, "class");
  px_json_append_string (out, info->class_code);
  px_json_append_key (out, "class_title");
  px_json_append_string (out, info->class_title);
  px_json_append_key (out, "hours");
  px_json_append_number (out, info->hours);
  px_json_append_key (out, "issued");
  px_json_append_string (out, info->issued_on);
  px_json_append_key (out, "revoked");
  g_string_append (out, info->revoked ? "true" : "false");
  px_json_append_key (out, "revoked_reason");
  px_json_append_string (out, info->revoked ? info->revoked_reason : NULL);
  px_json_append_key (out, "revoked_at");
  px_json_append_string (out, info->revoked ? info->revoked_at : NULL);
  if (payload != NULL)
    {
      px_json_append_key (out, "payload");
      px_json_append_string (out, payload);
    }
  g_string_append_c (out, '}');
}

/* number, verification code, name, masked citizen ID, issued, state: one line */
static void
print_info_line (const PxCertificateInfo *info)
{
  g_autofree char *masked = px_cadre_mask_citizen_id (info->citizen_id);

  printf ("%s\t%s\t%s\t%s\t%s\t%s\n", info->number, info->verification_code, info->name, masked,
          info->issued_on, info->revoked ? _("revoked") : _("valid"));
}

static int
usage_fail (const char *usage,
            const char *message)
{
  int status = px_cli_fail (PX_CLI_EXIT_USAGE, "%s", message);

  fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage);
  return status;
}

/* issue and list: the class's certificates, the new ones or all */

static int
certificate_issue_or_list (PxCliGlobals  *globals,
                           int            argc,
                           char         **argv,
                           gboolean       issue)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autofree char *class_code = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &class_code, N_("The class’s code"), N_("CODE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  const char *usage = issue ? usage_issue : usage_list;
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context, issue
    ? _("Issues a certificate to every trainee who completed the class and has none yet: "
        "numbered by the template’s pattern (never reusing a number, even a revoked one), "
        "with a verification code, issued today.")
    : _("Lists the class’s certificates, revoked ones included; with --json each carries "
        "the signed text of its QR code (\"payload\")."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (class_code == NULL)
    return usage_fail (usage, _("Which class? Give --class CODE."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  infos = issue ? px_certificates_issue (db, class_code, &error)
                : px_certificates_list (db, class_code, &error);
  if (infos == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("[");

      for (guint i = 0; i < infos->len; i++)
        {
          const PxCertificateInfo *info = g_ptr_array_index (infos, i);
          g_autofree char *payload = px_certificates_make_payload (db, info, &error);

          if (payload == NULL)
            return px_cli_fail_error (error);
          if (i > 0)
            g_string_append_c (out, ',');
          append_info_json (out, info, payload);
        }
      g_string_append_c (out, ']');
      px_cli_print_line (out->str);
      return PX_CLI_EXIT_OK;
    }

  for (guint i = 0; i < infos->len; i++)
    print_info_line (g_ptr_array_index (infos, i));
  if (issue)
    printf (g_dngettext (GETTEXT_PACKAGE, "Issued %u certificate for %s.\n",
                         "Issued %u certificates for %s.\n", infos->len),
            infos->len, class_code);
  else if (infos->len == 0)
    fprintf (stderr, _("Class %s has no certificates yet. Issue them with “peixun-cli "
                       "certificate issue --class %s”.\n"), class_code, class_code);
  return PX_CLI_EXIT_OK;
}

/* verify */

static void
print_info (const PxCertificateInfo *info)
{
  g_autofree char *masked = px_cadre_mask_citizen_id (info->citizen_id);
  g_autofree char *hours = format_hours (info->hours);

  printf (_("Certificate %s is valid.\n"), info->number);
  printf ("  %s: %s\n", _("Name"), info->name);
  printf ("  %s: %s\n", _("Citizen ID"), masked);
  printf ("  %s: %s %s\n", _("Class"), info->class_code, info->class_title);
  printf ("  %s: %s\n", _("Hours"), hours);
  printf ("  %s: %s\n", _("Issued on"), info->issued_on);
  printf ("  %s: %s\n", _("Verification code"), info->verification_code);
}

static int
certificate_verify (PxCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("NUMBER_OR_CODE"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateInfo) info = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Looks up a certificate by its number or verification code: prints its record and "
      "exits with 0 when it is valid, says so and exits with 1 when it is unknown or "
      "revoked."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_fail (usage_verify, _("Give one certificate number or verification code."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  info = px_certificates_verify (db, argv[1], &error);
  if (info == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      append_info_json (out, info, NULL);
      px_cli_print_line (out->str);
    }
  else
    print_info (info);
  return PX_CLI_EXIT_OK;
}

/* revoke */

static int
certificate_revoke (PxCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("NUMBER"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is revoked"), N_("TEXT") },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Revokes a certificate: it fails verification from then on, and its number is never "
      "issued again."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_fail (usage_revoke, _("Give one certificate number."));
  if (reason == NULL)
    return usage_fail (usage_revoke, _("The option --reason is required."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (!px_certificates_revoke (db, argv[1], reason, &error))
    return px_cli_fail_error (error);
  printf (_("Revoked certificate %s.\n"), argv[1]);
  return PX_CLI_EXIT_OK;
}

/* public-key and payload */

static int
certificate_public_key (PxCliGlobals  *globals,
                        int            argc,
                        char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  GOptionEntry entries[] = {
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Prints the school’s public key (Ed25519, base64), made on first use. Another site "
      "checks certificate QR codes with it: “peixun-cli certificate check-qr TEXT --key "
      "KEY”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return usage_fail (usage_public_key, _("This command takes no arguments."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  key = px_certificate_keys_get_public_key (db, &error);
  if (key == NULL)
    return px_cli_fail_error (error);
  px_cli_print_line (key);
  return PX_CLI_EXIT_OK;
}

static int
certificate_payload (PxCliGlobals  *globals,
                     int            argc,
                     char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("NUMBER"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateInfo) info = NULL;
  g_autofree char *payload = NULL;
  GOptionEntry entries[] = {
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Prints the signed text a certificate’s QR code carries, the same on every reprint."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_fail (usage_payload, _("Give one certificate number."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  info = px_certificates_find (db, argv[1], &error);
  if (info == NULL)
    return px_cli_fail_error (error);
  payload = px_certificates_make_payload (db, info, &error);
  if (payload == NULL)
    return px_cli_fail_error (error);
  fputs (payload, stdout);
  return PX_CLI_EXIT_OK;
}

/* check-qr */

static int
certificate_check_qr (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("TEXT|-"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificatePayload) fields = NULL;
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "key", 0, 0, G_OPTION_ARG_STRING, &key,
      N_("The issuing school’s public key, as “certificate public-key” prints it"),
      N_("PUBKEY") },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Checks the text of a scanned certificate QR code (“-” reads it from standard input) "
      "against a school’s public key, without any database: prints its fields and exits "
      "with 0 when it is genuine and unaltered, exits with 1 when it was altered or signed "
      "by another key."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_fail (usage_check_qr, _("Give the text of one QR code, or “-”."));
  if (key == NULL)
    return usage_fail (usage_check_qr, _("The option --key is required."));

  if (g_str_equal (argv[1], "-"))
    {
      g_autoptr(GString) input = g_string_new (NULL);
      char buffer[4096];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (input, buffer, n);
      text = g_string_free (g_steal_pointer (&input), FALSE);
    }
  else
    text = g_strdup (argv[1]);

  fields = px_certificate_payload_check (text, key, &error);
  if (fields == NULL)
    return px_cli_fail_error (error);

  printf ("%s\n", _("Genuine: signed with this key and unaltered."));
  printf ("  %s: %s\n", _("Number"), fields->number);
  printf ("  %s: %s\n", _("Name"), fields->name);
  printf ("  %s: %s %s\n", _("Class"), fields->class_code, fields->class_title);
  printf ("  %s: %s\n", _("Hours"), fields->hours);
  printf ("  %s: %s\n", _("Issued on"), fields->issued_on);
  printf ("  %s: %s\n", _("Verification code"), fields->verification_code);
  return PX_CLI_EXIT_OK;
}

/* calibrate */

/* A length in mm as typed, whatever the locale: "1.5", "-0.8". */
static gboolean
parse_mm (const char *text,
          double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static int
certificate_calibrate (PxCliGlobals  *globals,
                       int            argc,
                       char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *printer = NULL;
  g_autofree char *dx_text = NULL;
  g_autofree char *dy_text = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "printer", 0, 0, G_OPTION_ARG_STRING, &printer, N_("The printer’s name"), N_("NAME") },
    { "dx", 0, 0, G_OPTION_ARG_STRING, &dx_text,
      N_("Millimetres to move the print right (negative: left)"), N_("MM") },
    { "dy", 0, 0, G_OPTION_ARG_STRING, &dy_text,
      N_("Millimetres to move the print down (negative: up)"), N_("MM") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;
  double dx = 0, dy = 0;

  g_option_context_set_summary (context,
    _("Sets how far a printer’s print is to be moved so that certificate fields land in the "
      "blanks of pre-printed stock, as measured on the calibration page (“peixun-cli print "
      "calibration”). Without --dx and --dy it prints the printer’s present offset."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (printer == NULL)
    return usage_fail (usage_calibrate, _("Which printer? Give --printer NAME."));
  if ((dx_text == NULL) != (dy_text == NULL))
    return usage_fail (usage_calibrate, _("Give both --dx and --dy."));
  if (dx_text != NULL && (!parse_mm (dx_text, &dx) || !parse_mm (dy_text, &dy)))
    return usage_fail (usage_calibrate,
                       _("--dx and --dy take millimetres written with a point, as 1.5 or -0.8."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (dx_text != NULL && !px_print_calibration_set (db, printer, dx, dy, &error))
    return px_cli_fail_error (error);
  px_print_calibration_get (db, printer, &dx, &dy);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{");

      px_json_append_key (out, "printer");
      px_json_append_string (out, printer);
      px_json_append_key (out, "dx_mm");
      px_json_append_number (out, dx);
      px_json_append_key (out, "dy_mm");
      px_json_append_number (out, dy);
      g_string_append_c (out, '}');
      px_cli_print_line (out->str);
    }
  else
    printf (_("Printer %s: the print moves %.2f mm right and %.2f mm down.\n"), printer, dx, dy);
  return PX_CLI_EXIT_OK;
}

/* template */

static const char *
page_size_label (const PxCertificateLayout *layout)
{
  switch (layout->page_size)
    {
    case PX_CERTIFICATE_PAGE_A4:
      return "A4";
    case PX_CERTIFICATE_PAGE_A5:
      return "A5";
    case PX_CERTIFICATE_PAGE_B5:
      return "B5 (JIS)";
    case PX_CERTIFICATE_PAGE_CUSTOM:
    default:
      return _("custom");
    }
}

static int
template_list (PxCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) layouts = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Lists the certificate templates, the default first. Without any, certificates print "
      "with the built-in template."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unexpected argument “%s”."), argv[1]);

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  layouts = px_certificate_layouts_list (db, &error);
  if (layouts == NULL)
    return px_cli_fail_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("[");

      for (guint i = 0; i < layouts->len; i++)
        {
          const PxCertificateLayout *layout = g_ptr_array_index (layouts, i);
          double width, height;

          px_certificate_layout_get_page_mm (layout, &width, &height);
          if (i > 0)
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          px_json_append_key (out, "name");
          px_json_append_string (out, layout->name);
          px_json_append_key (out, "default");
          g_string_append (out, layout->is_default ? "true" : "false");
          px_json_append_key (out, "width_mm");
          px_json_append_number (out, width);
          px_json_append_key (out, "height_mm");
          px_json_append_number (out, height);
          px_json_append_key (out, "preprinted");
          g_string_append (out, layout->preprinted ? "true" : "false");
          px_json_append_key (out, "numbering_pattern");
          px_json_append_string (out, layout->numbering_pattern);
          px_json_append_key (out, "fields");
          px_json_append_number (out, layout->fields->len);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
      px_cli_print_line (out->str);
      return PX_CLI_EXIT_OK;
    }

  if (layouts->len == 0)
    printf ("%s\n", _("No certificate templates: certificates print with the built-in one."));
  for (guint i = 0; i < layouts->len; i++)
    {
      const PxCertificateLayout *layout = g_ptr_array_index (layouts, i);
      double width, height;

      px_certificate_layout_get_page_mm (layout, &width, &height);
      printf ("%s\t%s %g×%g mm\t%s\t%s%s\n", layout->name, page_size_label (layout), width,
              height, layout->numbering_pattern,
              layout->preprinted ? _("pre-printed stock") : _("plain paper"),
              layout->is_default ? _(" · default") : "");
    }
  return PX_CLI_EXIT_OK;
}

static int
template_export (PxCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("NAME FILE.json"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autofree char *json = NULL;
  GOptionEntry entries[] = {
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Writes a certificate template, its background included, to a JSON file that another "
      "school imports with “certificate template import”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_fail (usage_template_export, _("Give the template’s name and the file."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  layout = px_certificate_layout_load_by_name (db, argv[1], &error);
  if (layout == NULL)
    return px_cli_fail_error (error);
  json = px_certificate_layout_to_json (layout);
  if (!g_file_set_contents (argv[2], json, -1, &error))
    return px_cli_fail_error (error);
  printf (_("Wrote the certificate template “%s” to %s.\n"), layout->name, argv[2]);
  return PX_CLI_EXIT_OK;
}

static int
template_import (PxCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json"));
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;
  gboolean make_default = FALSE;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("Save it under this name rather than the file’s"), N_("NAME") },
    { "default", 0, 0, G_OPTION_ARG_NONE, &make_default,
      N_("Make it the default template"), NULL },
    DB_OPTION (globals),
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  g_option_context_set_summary (context,
    _("Adds the certificate template in a JSON file written by “certificate template "
      "export”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_fail (usage_template_import, _("Give one JSON file."));

  if (!g_file_get_contents (argv[1], &json, NULL, &error))
    return px_cli_fail_error (error);
  layout = px_certificate_layout_from_json (json, &error);
  if (layout == NULL)
    return px_cli_fail_error (error);
  if (name != NULL)
    {
      g_free (layout->name);
      layout->name = g_steal_pointer (&name);
    }
  layout->is_default = make_default;

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (!px_certificate_layout_save (db, layout, &error))
    return px_cli_fail_error (error);
  printf (layout->is_default ? _("Added the certificate template “%s”, the default.\n")
                             : _("Added the certificate template “%s”.\n"), layout->name);
  return PX_CLI_EXIT_OK;
}

static int
certificate_template (PxCliGlobals  *globals,
                      int            argc,
                      char         **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return template_list (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "export"))
    return template_export (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return template_import (globals, argc - 1, argv + 1);
  fprintf (stderr, "%s\n  %s\n  %s\n  %s\n", _("Usage:"), usage_template_list,
           usage_template_export, usage_template_import);
  if (argc >= 2)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown template command “%s”."), argv[1]);
  return PX_CLI_EXIT_USAGE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n  %s\n",
           _("Usage:"), usage_issue, usage_list, usage_verify, usage_revoke, usage_public_key,
           usage_payload, usage_check_qr, usage_calibrate, usage_template_list,
           usage_template_export, usage_template_import);
}

int
px_cli_command_certificate (PxCliGlobals  *globals,
                            int            argc,
                            char         **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "issue"))
    return certificate_issue_or_list (globals, argc - 1, argv + 1, TRUE);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return certificate_issue_or_list (globals, argc - 1, argv + 1, FALSE);
  if (argc >= 2 && g_str_equal (argv[1], "verify"))
    return certificate_verify (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "revoke"))
    return certificate_revoke (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "public-key"))
    return certificate_public_key (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "payload"))
    return certificate_payload (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "check-qr"))
    return certificate_check_qr (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "calibrate"))
    return certificate_calibrate (globals, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "template"))
    return certificate_template (globals, argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_usage (stdout);
      return PX_CLI_EXIT_OK;
    }
  print_usage (stderr);
  if (argc >= 2)
    return px_cli_fail (PX_CLI_EXIT_USAGE, _("Unknown certificate command “%s”."), argv[1]);
  return PX_CLI_EXIT_USAGE;
}
