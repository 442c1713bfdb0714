/* px-column-map.h: finding a file's columns by the names people give them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-sheet.h"

G_BEGIN_DECLS

#define PX_COLUMN_MAP_ERROR (px_column_map_error_quark ())

typedef enum
{
  PX_COLUMN_MAP_ERROR_NO_HEADER,       /* no row looks like a header */
  PX_COLUMN_MAP_ERROR_MISSING_COLUMN,  /* a required column is absent */
} PxColumnMapError;

/* One column an importer understands: its name in our exports, then the other names offices
 * use for it (NULL-terminated). */
typedef struct
{
  const char *header;
  const char * const *synonyms;
  gboolean required;
} PxColumnSpec;

typedef struct _PxColumnMap PxColumnMap;

GQuark        px_column_map_error_quark   (void);

/* Looks through the first rows for the header (a title row or two above it is common), and
 * maps each spec to the sheet column that carries it. Columns nobody asked for are ignored. */
PxColumnMap  *px_column_map_find          (PxSheet             *sheet,
                                           const PxColumnSpec  *specs,
                                           guint                n_specs,
                                           GError             **error);
void          px_column_map_free          (PxColumnMap         *map);

/* The index in the sheet of the header row; data rows follow it. */
guint         px_column_map_get_header_row (PxColumnMap        *map);
/* The sheet column of spec i, or -1 when the file has none. */
int           px_column_map_get_column    (PxColumnMap         *map,
                                           guint                spec);
/* The cell of spec i in a row, "" when the column is absent. */
const char   *px_column_map_get_cell      (PxColumnMap         *map,
                                           guint                row,
                                           guint                spec);
/* The header text as the file wrote it, for messages. */
const char   *px_column_map_get_header    (PxColumnMap         *map,
                                           guint                spec);

/* A header cell reduced to what matters for matching: spaces, line breaks, required-field
 * stars and bracketed notes such as （必填） or (yyyy-mm-dd) removed. */
char         *px_column_map_normalize_header (const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxColumnMap, px_column_map_free)

G_END_DECLS
