/* px-cli-common.c: what the peixun-cli commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "px-cli.h"

PxDatabase *
px_cli_open_database (PxCliGlobals  *globals,
                      GError       **error)
{
  g_autofree char *path = globals->db_path ? g_strdup (globals->db_path)
                                           : px_database_get_default_path ();

  return px_database_open (path, error);
}

int
px_cli_fail (int         status,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "peixun-cli: %s\n", message);
  return status;
}

int
px_cli_fail_error (const GError *error)
{
  return px_cli_fail (PX_CLI_EXIT_FAILED, "%s", error->message);
}

gboolean
px_cli_parse (GOptionContext  *context,
              int             *argc,
              char          ***argv,
              int             *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("peixun-cli %s", (*argv)[0]);

  /* so that the command's --help reads “peixun-cli import [OPTION…]” */
  g_set_prgname (name);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      *status = px_cli_fail (PX_CLI_EXIT_USAGE, "%s", error->message);
      fprintf (stderr, "\n%s", help);
      return FALSE;
    }
  return TRUE;
}

struct _PxCliProgress
{
  char *label;
  gboolean tty;
  int last_percent;
};

PxCliProgress *
px_cli_progress_new (const char *label)
{
  PxCliProgress *progress = g_new0 (PxCliProgress, 1);

  progress->label = g_strdup (label);
  progress->tty = isatty (STDERR_FILENO);
  progress->last_percent = -1;
  return progress;
}

void
px_cli_progress_update (double   fraction,
                        gpointer data)
{
  PxCliProgress *progress = data;
  int percent = (int) (CLAMP (fraction, 0.0, 1.0) * 100);
  char bar[21];

  if (!progress->tty || percent == progress->last_percent)
    return;
  progress->last_percent = percent;
  for (int i = 0; i < 20; i++)
    bar[i] = i < percent / 5 ? '#' : '.';
  bar[20] = '\0';
  fprintf (stderr, "\r%s [%s] %3d%%", progress->label, bar, percent);
  fflush (stderr);
}

void
px_cli_progress_free (PxCliProgress *progress)
{
  if (progress == NULL)
    return;
  if (progress->tty && progress->last_percent >= 0)
    fprintf (stderr, "\r\033[K");
  g_free (progress->label);
  g_free (progress);
}

void
px_cli_print_line (const char *text)
{
  fputs (text, stdout);
  fputc ('\n', stdout);
}

void
px_cli_print_import_problems (PxImportReport *report)
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
