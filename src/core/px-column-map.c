/* px-column-map.c: finding a file's columns by the names people give them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-column-map"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-column-map.h"

/* How many rows at the top may stand above the header (titles, notes, blank merged rows). */
#define MAX_HEADER_SEARCH_ROWS 12

struct _PxColumnMap
{
  PxSheet *sheet;
  const PxColumnSpec *specs;
  guint n_specs;
  guint header_row;
  int *columns;
};

G_DEFINE_QUARK (px-column-map-error-quark, px_column_map_error)

char *
px_column_map_normalize_header (const char *text)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08 || c == '[' || c == 0x3010)
        depth++;
      else if (c == ')' || c == 0xFF09 || c == ']' || c == 0x3011)
        depth = MAX (depth - 1, 0);
      else if (depth > 0)
        continue;
      else if (g_unichar_isspace (c) || c == 0x3000 || c == 0xFEFF || c == '*' || c == 0xFF0A
               || c == ':' || c == 0xFF1A || c == 0x200B)
        continue;
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

static gboolean
spec_matches (const PxColumnSpec *spec,
              const char         *normalized)
{
  g_autofree char *own = px_column_map_normalize_header (spec->header);

  if (g_str_equal (own, normalized))
    return TRUE;
  for (guint i = 0; spec->synonyms != NULL && spec->synonyms[i] != NULL; i++)
    {
      g_autofree char *synonym = px_column_map_normalize_header (spec->synonyms[i]);

      if (g_str_equal (synonym, normalized))
        return TRUE;
    }
  return FALSE;
}

/* Fills columns[] for one candidate row and returns how many specs it matched. */
static guint
match_row (PxSheet            *sheet,
           guint               row,
           const PxColumnSpec *specs,
           guint               n_specs,
           int                *columns)
{
  guint matched = 0;

  for (guint s = 0; s < n_specs; s++)
    columns[s] = -1;
  for (guint c = 0; c < px_sheet_get_n_cells (sheet, row); c++)
    {
      g_autofree char *normalized = px_column_map_normalize_header (px_sheet_get_cell (sheet, row, c));

      if (*normalized == '\0')
        continue;
      for (guint s = 0; s < n_specs; s++)
        if (columns[s] < 0 && spec_matches (&specs[s], normalized))
          {
            columns[s] = c;
            matched++;
            break;
          }
    }
  return matched;
}

PxColumnMap *
px_column_map_find (PxSheet             *sheet,
                    const PxColumnSpec  *specs,
                    guint                n_specs,
                    GError             **error)
{
  g_autoptr(PxColumnMap) map = NULL;
  g_autofree int *candidate = g_new (int, n_specs);
  guint best = 0;
  g_autoptr(GString) missing = NULL;

  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (specs != NULL && n_specs > 0, NULL);

  map = g_new0 (PxColumnMap, 1);
  map->sheet = sheet;
  map->specs = specs;
  map->n_specs = n_specs;
  map->columns = g_new (int, n_specs);

  for (guint r = 0; r < MIN (px_sheet_get_n_rows (sheet), MAX_HEADER_SEARCH_ROWS); r++)
    {
      guint matched = match_row (sheet, r, specs, n_specs, candidate);

      if (matched > best)
        {
          best = matched;
          map->header_row = r;
          memcpy (map->columns, candidate, n_specs * sizeof (int));
        }
    }

  if (best < 2)
    {
      g_set_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_NO_HEADER,
                   _("No header row was found: the first rows should name the columns, such as "
                     "“%s” and “%s”."), specs[0].header, n_specs > 1 ? specs[1].header : "");
      return NULL;
    }

  for (guint s = 0; s < n_specs; s++)
    if (specs[s].required && map->columns[s] < 0)
      {
        if (missing == NULL)
          missing = g_string_new (NULL);
        else
          g_string_append (missing, "、");
        g_string_append_printf (missing, "“%s”", specs[s].header);
      }
  if (missing != NULL)
    {
      g_set_error (error, PX_COLUMN_MAP_ERROR, PX_COLUMN_MAP_ERROR_MISSING_COLUMN,
                   _("The header in row %u has no column %s, which is required."),
                   px_sheet_get_row_number (sheet, map->header_row), missing->str);
      return NULL;
    }
  return g_steal_pointer (&map);
}

void
px_column_map_free (PxColumnMap *map)
{
  if (map == NULL)
    return;
  g_free (map->columns);
  g_free (map);
}

guint
px_column_map_get_header_row (PxColumnMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->header_row;
}

int
px_column_map_get_column (PxColumnMap *map,
                          guint        spec)
{
  g_return_val_if_fail (map != NULL && spec < map->n_specs, -1);
  return map->columns[spec];
}

const char *
px_column_map_get_cell (PxColumnMap *map,
                        guint        row,
                        guint        spec)
{
  g_return_val_if_fail (map != NULL && spec < map->n_specs, "");
  if (map->columns[spec] < 0)
    return "";
  return px_sheet_get_cell (map->sheet, row, map->columns[spec]);
}

const char *
px_column_map_get_header (PxColumnMap *map,
                          guint        spec)
{
  g_return_val_if_fail (map != NULL && spec < map->n_specs, "");
  if (map->columns[spec] < 0)
    return map->specs[spec].header;
  return px_sheet_get_cell (map->sheet, map->header_row, map->columns[spec]);
}
