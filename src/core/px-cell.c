/* px-cell.c: cleaning what spreadsheets leave in cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cell"

#include <string.h>

#include "px-cell.h"

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == 0x200B;
}

/* Whether a cell needs no cleaning: no ASCII white space or control byte, and none of the
 * spaces Chinese office files carry (U+3000, U+00A0, BOM, zero-width space). Most cells pass,
 * which keeps a 100,000-row import from allocating twice per cell. */
static gboolean
is_clean (const char *cell)
{
  for (const guchar *p = (const guchar *) cell; *p; p++)
    {
      if (*p <= 0x20)
        return FALSE;
      if ((p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) || (p[0] == 0xC2 && p[1] == 0xA0)
          || (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
          || (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B))
        return FALSE;
    }
  return TRUE;
}

/* Trims and collapses all kinds of spaces; NULL for an empty result. */
char *
px_cell_clean_text (const char *cell)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (cell == NULL || *cell == '\0')
    return NULL;
  if (is_clean (cell))
    return g_strdup (cell);

  out = g_string_new (NULL);
  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* Chinese names are padded for alignment (“王  五”); the spaces are not part of the name. */
char *
px_cell_clean_name (const char *cell)
{
  g_autofree char *text = px_cell_clean_text (cell);
  gboolean all_han = TRUE;

  if (text == NULL || strchr (text, ' ') == NULL)
    return g_steal_pointer (&text);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        all_han = FALSE;
    }
  if (all_han)
    {
      GString *out = g_string_new (NULL);

      for (const char *p = text; *p; p++)
        if (*p != ' ')
          g_string_append_c (out, *p);
      return g_string_free (out, FALSE);
    }
  return g_steal_pointer (&text);
}

char *
px_cell_clean_paragraphs (const char *cell)
{
  g_autoptr(GString) unified = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;
  guint n_blank = 0;

  if (cell == NULL || strpbrk (cell, "\r\n") == NULL)
    return px_cell_clean_text (cell);

  unified = g_string_new (cell);
  g_string_replace (unified, "\r\n", "\n", 0);
  g_string_replace (unified, "\r", "\n", 0);
  lines = g_strsplit (unified->str, "\n", -1);
  out = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = px_cell_clean_text (lines[i]);

      if (line == NULL)
        {
          n_blank++;
          continue;
        }
      /* blank lines between paragraphs stay; those before the first go */
      if (out->len > 0)
        for (guint b = 0; b <= n_blank; b++)
          g_string_append_c (out, '\n');
      n_blank = 0;
      g_string_append (out, line);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

