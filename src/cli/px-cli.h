/* px-cli.h: what the peixun-cli commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-database.h"
#include "px-import-report.h"

G_BEGIN_DECLS

/* Exit statuses: scripts can tell a refused input from a broken call. */
enum
{
  PX_CLI_EXIT_OK = 0,
  PX_CLI_EXIT_FAILED = 1,   /* the job could not be done (bad rows, database error …) */
  PX_CLI_EXIT_USAGE = 2,    /* the command line itself is wrong */
};

typedef struct
{
  const char *db_path;      /* --db, or NULL for the default */
} PxCliGlobals;

/* Lets "--db FILE" follow the command too: "peixun-cli check --db x.db". */
#define DB_OPTION(globals) \
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &(globals)->db_path, N_("The database file"), N_("FILE") }

typedef int (*PxCliCommandFunc) (PxCliGlobals *globals,
                                 int           argc,
                                 char        **argv);

/* Opens the database named by --db, $PEIXUN_DB or the default; prints the error otherwise. */
PxDatabase  *px_cli_open_database   (PxCliGlobals  *globals,
                                     GError       **error);
/* Prints "peixun-cli: message" to stderr and returns status. */
int          px_cli_fail            (int            status,
                                     const char    *format,
                                     ...) G_GNUC_PRINTF (2, 3);
int          px_cli_fail_error      (const GError  *error);
/* Parses a subcommand's options; on --help prints it and returns FALSE with *status 0. */
gboolean     px_cli_parse           (GOptionContext *context,
                                     int            *argc,
                                     char         ***argv,
                                     int            *status);

/* A progress line on stderr when it is a terminal, nothing otherwise. */
typedef struct _PxCliProgress PxCliProgress;
PxCliProgress *px_cli_progress_new    (const char     *label);
void           px_cli_progress_update (double          fraction,
                                       gpointer        progress);
void           px_cli_progress_free   (PxCliProgress  *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCliProgress, px_cli_progress_free)

/* Writes text to stdout in full (for --json). */
void         px_cli_print_line      (const char     *text);

/* The problems of an import, one line each on stderr: "Row 24, “身份证号”: …". */
void         px_cli_print_import_problems (PxImportReport *report);

int  px_cli_command_init      (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_demo      (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_import    (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_export    (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_cadre     (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_class     (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_certificate (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_check     (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_backup    (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_command_print     (PxCliGlobals *globals, int argc, char **argv);

G_END_DECLS
