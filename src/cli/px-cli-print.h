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
