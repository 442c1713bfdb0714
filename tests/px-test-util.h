/* px-test-util.h: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-database.h"

G_BEGIN_DECLS

/* A new temporary folder, removed with its contents by px_test_remove_dir. */
char     *px_test_make_dir        (void);
void      px_test_remove_dir      (const char *path);

/* A valid 18-digit citizen ID from a 6-digit region, YYYYMMDD birth date and a 3-digit
 * sequence (odd for men, even for women). */
char     *px_test_make_id         (const char *region,
                                   const char *birth,
                                   guint       sequence);

/* Writes text to dir/name and returns the path. */
char     *px_test_write_file      (const char *dir,
                                   const char *name,
                                   const char *contents,
                                   gssize      length);

/* A roster CSV (UTF-8, no BOM) of n cadres numbered from first: valid unique IDs, names,
 * units (某某县第N局), posts, ranks and phones, as a registrar's sheet would have them. */
char     *px_test_make_roster     (guint       first,
                                   guint       n);

/* Runs the peixun-cli built with the tests ($PEIXUN_CLI) with argv (NULL-terminated, without
 * the program), returns the exit status, output in *out and *err when given. */
int       px_test_run_cli         (const char * const *args,
                                   char              **out,
                                   char              **err);

/* The same with "--db db" before the arguments, given as a NULL-terminated list. */
int       px_test_run_cli_on      (const char  *db,
                                   char       **out,
                                   char       **err,
                                   const char  *first,
                                   ...) G_GNUC_NULL_TERMINATED;

/* A teacher or a teaching base (教学基地) of that name, added through the records API; the
 * test fails on an error. Returns the new record's id. */
char     *px_test_add_teacher     (PxDatabase  *db,
                                   const char  *name);
char     *px_test_add_base        (PxDatabase  *db,
                                   const char  *name);

G_END_DECLS
