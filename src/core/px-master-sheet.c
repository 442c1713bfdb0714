/* px-master-sheet.c: what the sheet layouts of master data share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-master-sheet"

#include "config.h"

#include <string.h>

#include "px-master-sheet-private.h"

const PxMasterSheet *
_px_master_sheet_get (PxMasterKind kind)
{
  static const PxMasterSheet * const sheets[PX_MASTER_N_KINDS] = {
    [PX_MASTER_TEACHERS] = &px_teacher_sheet,
    [PX_MASTER_BASES] = &px_base_sheet,
    [PX_MASTER_COURSES] = &px_course_sheet,
  };

  g_return_val_if_fail ((guint) kind < PX_MASTER_N_KINDS, NULL);
  g_assert (sheets[kind]->kind == kind);
  return sheets[kind];
}

GPtrArray *
_px_master_find (PxDatabase      *db,
                 const PxEntity  *entity,
                 const char      *column,
                 const char      *value,
                 GError         **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (entity->free_func);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_assert (px_entity_find_field (entity, column) != NULL);

  /* ordered, so that which of several a message names does not depend on the disk */
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ?1 ORDER BY created_at, id",
                         px_entity_get_columns (entity), entity->table, column);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, px_record_from_row (entity, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* Cleaning what spreadsheets leave in cells */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == 0x200B;
}

char *
_px_master_clean_text (const char *cell)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (cell == NULL || *cell == '\0')
    return NULL;

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

char *
_px_master_clean_paragraphs (const char *cell)
{
  g_autoptr(GString) unified = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;
  guint n_blank = 0;

  if (cell == NULL || strpbrk (cell, "\r\n") == NULL)
    return _px_master_clean_text (cell);

  unified = g_string_new (cell);
  g_string_replace (unified, "\r\n", "\n", 0);
  g_string_replace (unified, "\r", "\n", 0);
  lines = g_strsplit (unified->str, "\n", -1);
  out = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = _px_master_clean_text (lines[i]);

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

char *
_px_master_clean_name (const char *cell)
{
  g_autofree char *text = _px_master_clean_text (cell);
  GString *out;

  if (text == NULL || strchr (text, ' ') == NULL)
    return g_steal_pointer (&text);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* a foreign name keeps its spaces */
      if (c != ' ' && g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        return g_steal_pointer (&text);
    }
  out = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}
