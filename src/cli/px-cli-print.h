/* px-cli-print.h: the documents "peixun-cli print" writes, one function per kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-cli.h"
#include "px-document.h"

G_BEGIN_DECLS

/* One kind of document: argv[0] is the kind's name, the rest its options. */
typedef struct
{
  const char *name;          /* "schedule" */
  const char *usage;         /* "peixun-cli print schedule --class CODE -o FILE.pdf" */
  PxCliCommandFunc run;
} PxCliPrintKind;

/* Writes document to output as a PDF and says so with its page count on stdout
 * ("Wrote … to FILE.pdf (3 pages)."), what naming what was written; the exit status. */
int  px_cli_print_write_pdf (PxDocument  *document,
                             const char  *what,
                             const char  *output);

/* Parses a kind's options: entries (its own, in the order --help lists them), then -o FILE.pdf
 * and --db FILE; FALSE with *status set when the command is done (--help, a usage error, an
 * argument too many). */
gboolean px_cli_print_parse (PxCliGlobals        *globals,
                             int                 *argc,
                             char              ***argv,
                             const char          *summary,
                             const GOptionEntry  *entries,
                             char               **output,
                             int                 *status);

/* A document made from one class given by --class CODE: what is the kind's own. data is what
 * the kind's options write to, passed back to each function. */
typedef struct
{
  const char *usage;                 /* told when --class or -o is missing */
  const char *summary;               /* what --help says first */
  const GOptionEntry *entries;       /* the kind's own, listed after --class; or NULL */
  const GOptionEntry *entries_last;  /* the kind's own, listed after --db; or NULL */
  /* Checks the kind's options before the database is opened, so that a mistake on the command
   * line is told first: PX_CLI_EXIT_OK, or the status of the failure it told. NULL: none. */
  int         (*check)    (gpointer data);
  /* The document, NULL with error (PX_RENDER_ERROR_EMPTY: nothing to print). */
  PxDocument *(*build)    (PxDatabase  *db,
                           const char  *class_id,
                           const char  *code,
                           gpointer     data,
                           GError     **error);
  /* What was written, completing "Wrote … to FILE.pdf". (transfer full) */
  char       *(*describe) (PxDocument  *document,
                           const char  *code,
                           gpointer     data);
} PxCliPrintClassKind;

/* The flow every class document shares: the options, the class by its code, the document, the
 * PDF; the exit status. A document with nothing to print is refused with its message and no
 * file is written. */
int  px_cli_print_class_document (PxCliGlobals              *globals,
                                  int                        argc,
                                  char                     **argv,
                                  const PxCliPrintClassKind *kind,
                                  gpointer                   data);

int  px_cli_print_schedule  (PxCliGlobals *globals, int argc, char **argv);
/* A class's lists (px-cli-print-lists.c) */
int  px_cli_print_roster    (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_signin    (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_cards     (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_groups    (PxCliGlobals *globals, int argc, char **argv);
/* Certificates and their calibration page (px-cli-print-certificates.c) */
int  px_cli_print_certificates (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_calibration  (PxCliGlobals *globals, int argc, char **argv);
/* Evaluation forms, credit statements, class archives (px-cli-print-forms.c) */
int  px_cli_print_evaluation_form (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_statement       (PxCliGlobals *globals, int argc, char **argv);
int  px_cli_print_archive         (PxCliGlobals *globals, int argc, char **argv);

G_END_DECLS
