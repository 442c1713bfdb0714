/* px-fixture-xls.h: Excel 97-2003 (.xls, BIFF8) test fixtures and bare OLE compound files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-fixture-xlsx.h"    /* PxFixtureCell */

G_BEGIN_DECLS

typedef struct
{
  /* a DATEMODE record saying the 1904 date system */
  gboolean date1904;
  /* a FILEPASS record after the workbook's BOF, as in a file with a password to open (the
   * records after it are not really encrypted: enough to be recognised, not to be read) */
  gboolean password;
  /* NULL: "Sheet1" */
  const char *sheet_name;
} PxFixtureXlsOptions;

/* Writes cells (n_rows × n_columns, row by row, at most 65,536 rows and 256 columns) as the
 * only worksheet of a BIFF8 workbook in an OLE compound file with 512-byte sectors, the way
 * Excel 97-2003 saves one: text through the shared string table (LABELSST), numbers as NUMBER
 * records; PX_FIXTURE_DATE and PX_FIXTURE_CUSTOM_DATE get a cell format with the built-in date
 * format 14, PX_FIXTURE_TIME the built-in h:mm:ss (21), booleans and errors BOOLERR records,
 * anything else is text. A NULL value, or empty text, writes no record. Each text must be shorter than 4,000
 * characters; options may be NULL. */
gboolean  px_fixture_write_xls            (const char                 *path,
                                           const PxFixtureCell        *cells,
                                           guint                       n_rows,
                                           guint                       n_columns,
                                           const PxFixtureXlsOptions  *options,
                                           GError                    **error);

typedef struct
{
  const char *name;     /* ASCII, up to 31 characters */
  const guint8 *data;
  gsize length;
} PxFixtureStream;

/* Writes an OLE compound file (version 3, 512-byte sectors, no mini stream: each stream is
 * padded with zeros to at least 4,096 bytes) holding the given streams in its root storage:
 * "WordDocument" for a Word 97 file, "EncryptionInfo" and "EncryptedPackage" for an .xlsx
 * saved with a password. */
gboolean  px_fixture_write_compound_file  (const char                 *path,
                                           const PxFixtureStream      *streams,
                                           guint                       n_streams,
                                           GError                    **error);

G_END_DECLS
