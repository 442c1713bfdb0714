/* main.c: peixun, the window of Peixun
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "peixun"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "px-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PxApplication) application = NULL;
  const char *localedir = g_getenv ("PEIXUN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Peixun"));
  application = px_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
