/* px-cli-print-certificates.c: "peixun-cli print certificates" and "print calibration":
 * completion certificates to PDF, and the test page for pre-printed stock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-calibration-page.h"
#include "px-certificate-document.h"
#include "px-certificate-layout.h"
#include "px-certificates.h"
#include "px-class-summary.h"
#include "px-cli-print.h"
#include "px-print-calibration.h"

static const char usage_certificates[] =
  "peixun-cli print certificates --class CODE [--template NAME] [--printer NAME] "
  "[--number NUMBER…] -o FILE.pdf";
static const char usage_calibration[] =
  "peixun-cli print calibration [--template NAME] [--printer NAME] -o FILE.pdf";

/* The template named name, or the one certificates print with by default. */
static PxCertificateLayout *
find_layout (PxDatabase  *db,
             const char  *name,
             GError     **error)
{
  if (name != NULL)
    return px_certificate_layout_load_by_name (db, name, error);
  return px_certificate_layout_load_default (db, error);
}

static int
usage_fail (const char *usage,
            const char *message)
{
  int status = px_cli_fail (PX_CLI_EXIT_USAGE, "%s", message);

  fprintf (stderr, "%s\n  %s\n", _("Usage:"), usage);
  return status;
}

/* Issues what the class lacks and says how many. */
static gboolean
issue_missing (PxDatabase  *db,
               const char  *code,
               GError     **error)
{
  g_autoptr(GPtrArray) issued = px_certificates_issue (db, code, error);

  if (issued == NULL)
    return FALSE;
  if (issued->len > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "Issued %u new certificate for %s.\n",
                         "Issued %u new certificates for %s.\n", issued->len),
            issued->len, code);
  else
    {
      g_autoptr(GPtrArray) existing = px_certificates_list (db, code, error);

      if (existing == NULL)
        return FALSE;
      /* with none at all, nobody completed yet: printing says so, and what to do */
      if (existing->len > 0)
        printf (_("Every trainee of %s who completed it has a certificate already.\n"), code);
    }
  return TRUE;
}

int
px_cli_print_certificates (PxCliGlobals  *globals,
                           int            argc,
                           char         **argv)
{
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxCertificateDocument) document = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *template_name = NULL;
  g_autofree char *printer = NULL;
  g_autofree char *output = NULL;
  g_autofree char *what = NULL;
  g_auto(GStrv) numbers = NULL;
  GOptionEntry entries[] = {
    { "class", 0, 0, G_OPTION_ARG_STRING, &code, N_("The class’s code"), N_("CODE") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_("The certificate template (default: the default template)"), N_("NAME") },
    { "printer", 0, 0, G_OPTION_ARG_STRING, &printer,
      N_("Apply this printer’s calibration offset"), N_("NAME") },
    { "number", 0, 0, G_OPTION_ARG_STRING_ARRAY, &numbers,
      N_("Reprint this certificate with its number (repeatable)"), N_("NUMBER") },
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;

  if (!px_cli_print_parse (globals, &argc, &argv,
                           _("Writes completion certificates (结业证书) as a PDF, one a page with "
                             "its QR code. With --class, certificates are first issued to "
                             "trainees who completed the class and have none, then every "
                             "certificate of the class that is not revoked is printed. With "
                             "--number, those certificates (of the class, when --class is given "
                             "too) are reprinted with the same numbers, and nothing is issued; "
                             "revoked ones are refused."),
                           entries, &output, &status))
    return status;
  if ((code == NULL && numbers == NULL) || output == NULL)
    return usage_fail (usage_certificates, _("Give --class CODE or --number NUMBER, and -o."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  if (template_name != NULL)
    {
      layout = find_layout (db, template_name, &error);
      if (layout == NULL)
        return px_cli_fail_error (error);
    }

  if (numbers != NULL)
    {
      document = px_certificate_document_new_for_numbers (db, (const char * const *) numbers,
                                                          layout != NULL ? layout->id : NULL,
                                                          &error);
      if (document == NULL)
        return px_cli_fail_error (error);
      /* with --class too, a number of another class is a typing mistake */
      for (guint i = 0; code != NULL && numbers[i] != NULL; i++)
        {
          const PxCertificateInfo *info = px_certificate_document_get_info (document, i);

          if (g_strcmp0 (info->class_code, code) != 0)
            return px_cli_fail (PX_CLI_EXIT_FAILED, _("Certificate %s is of class %s, not %s."),
                                info->number, info->class_code, code);
        }
      /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
      what = g_strdup (_("the reprinted certificates"));
    }
  else
    {
      summary = px_class_summary_get_by_code (db, code, &error);
      if (summary == NULL || !issue_missing (db, code, &error))
        return px_cli_fail_error (error);
      document = px_certificate_document_new_for_class (db, summary->id,
                                                        layout != NULL ? layout->id : NULL,
                                                        &error);
      if (document == NULL)
        return px_cli_fail_error (error);
      /* TRANSLATORS: completes "Wrote … to FILE.pdf (2 pages)." */
      what = g_strdup_printf (_("the certificates of %s"), code);
    }

  if (printer != NULL)
    {
      double dx, dy;

      px_print_calibration_get (db, printer, &dx, &dy);
      px_certificate_document_set_offset (document, dx, dy);
      printf (_("Shifted by the offset of %s: %.1f mm across, %.1f mm down.\n"), printer, dx,
              dy);
    }
  return px_cli_print_write_pdf (PX_DOCUMENT (document), what, output);
}

int
px_cli_print_calibration (PxCliGlobals  *globals,
                          int            argc,
                          char         **argv)
{
  g_autoptr(PxDatabase) db = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(PxCalibrationPage) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template_name = NULL;
  g_autofree char *printer = NULL;
  g_autofree char *output = NULL;
  g_autofree char *what = NULL;
  GOptionEntry entries[] = {
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_("The certificate template (default: the default template)"), N_("NAME") },
    { "printer", 0, 0, G_OPTION_ARG_STRING, &printer,
      N_("The printer to calibrate; its present offset is applied"), N_("NAME") },
    { NULL }
  };
  int status = PX_CLI_EXIT_OK;
  double dx = 0, dy = 0;

  if (!px_cli_print_parse (globals, &argc, &argv,
                           _("Writes the calibration test page for printing on pre-printed "
                             "certificate stock: rulers, crosshairs at known places, the "
                             "template’s field boxes, and how to measure the printer’s offset "
                             "and enter it with “peixun-cli certificate calibrate”."),
                           entries, &output, &status))
    return status;
  if (output == NULL)
    return usage_fail (usage_calibration, _("The option -o is required."));

  db = px_cli_open_database (globals, &error);
  if (db == NULL)
    return px_cli_fail_error (error);
  layout = find_layout (db, template_name, &error);
  if (layout == NULL)
    return px_cli_fail_error (error);
  px_print_calibration_get (db, printer, &dx, &dy);
  page = px_calibration_page_new (layout, printer, dx, dy);

  /* TRANSLATORS: completes "Wrote … to FILE.pdf (1 page)." */
  what = g_strdup_printf (_("the calibration page of “%s”"), layout->name);
  return px_cli_print_write_pdf (PX_DOCUMENT (page), what, output);
}
