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

  setlocale (LC_ALL, "");
  px_application_bind_text_domain ();

  g_set_application_name (_("Peixun"));
  application = px_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
