/* px-master-import.c: the teacher pool, teaching bases and course catalogue from spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-master-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-code-list.h"
#include "px-json.h"
#include "px-master-import.h"
#include "px-master-sheet-private.h"
#include "px-phone.h"
#include "px-teaching-method.h"
#include "px-uuid.h"
#include "px-validation-error.h"

#define FIELD_PTR(record, field) ((guint8 *) (record) + (field)->offset)

/* Kinds */

const char *
px_master_kind_get_name (PxMasterKind kind)
{
  const PxMasterSheet *sheet = _px_master_sheet_get (kind);

  return sheet != NULL ? sheet->name : NULL;
}

gboolean
px_master_kind_from_name (const char   *name,
                          PxMasterKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint k = 0; name != NULL && k < PX_MASTER_N_KINDS; k++)
    if (g_str_equal (name, _px_master_sheet_get (k)->name))
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

const char * const *
px_master_get_headers (PxMasterKind kind)
{
  static const char **headers[PX_MASTER_N_KINDS];
  const PxMasterSheet *sheet = _px_master_sheet_get (kind);

  g_return_val_if_fail (sheet != NULL, NULL);

  if (g_once_init_enter (&headers[kind]))
    {
      const char **list = g_new0 (const char *, sheet->n_columns + 1);

      for (guint i = 0; i < sheet->n_columns; i++)
        list[i] = sheet->specs[i].header;
      g_once_init_leave (&headers[kind], list);
    }
  return headers[kind];
}

/* Reading cells */

/* What list cells name: a competency or a teacher. */
typedef enum
{
  TARGET_COMPETENCY,
  TARGET_TEACHER,
  N_TARGETS
} Target;

typedef struct
{
  PxDatabase *db;
  const PxMasterSheet *sheet;
  PxSheet *data;
  PxColumnMap *map;
  PxImportReport *report;
  gboolean dry_run;
  gboolean skip_invalid;
  gboolean writing;             /* FALSE in a dry run, and once a bad row refuses the file */
  GHashTable *targets[N_TARGETS];   /* name → GPtrArray of ids */
  GHashTable *seen;             /* row key → first row number */
  char batch_stamp[25];         /* the creation time of every row this import makes */
  guint n_good;
} Importer;

typedef struct
{
  Importer *imp;
  guint sheet_row;
  guint row_number;
  gboolean bad;
} RowContext;

static void
add_problem (RowContext *ctx,
             int         column,
             const char *value,
             const char *message)
{
  const char *header = column >= 0 ? px_column_map_get_header (ctx->imp->map, column) : NULL;

  px_import_report_add_problem (ctx->imp->report, ctx->row_number, header, value, message);
  ctx->bad = TRUE;
}

static const char *
raw_cell (RowContext *ctx,
          guint       column)
{
  return px_column_map_get_cell (ctx->imp->map, ctx->sheet_row, column);
}

static gboolean
is_one_of (const char          *text,
           const char * const  *words)
{
  g_autofree char *folded = g_ascii_strdown (text, -1);

  return g_strv_contains (words, folded);
}

static const char *
parse_employment (const char *text)
{
  static const char * const full_time[] = { "专职", "全职", "专职教师", "全职教师", "专任",
                                            "专任教师", "full_time", "full-time", NULL };
  static const char * const part_time[] = { "兼职", "兼职教师", "外聘", "外聘教师", "part_time",
                                            "part-time", NULL };

  if (is_one_of (text, full_time))
    return "full_time";
  if (is_one_of (text, part_time))
    return "part_time";
  return NULL;
}

static gboolean
parse_yes_no (const char *text,
              gboolean   *yes)
{
  static const char * const yes_words[] = { "是", "√", "✓", "✔", "☑", "对", "有", "y", "yes",
                                            "1", "true", "t", NULL };
  static const char * const no_words[] = { "否", "×", "✗", "✘", "☐", "不是", "无", "n", "no",
                                           "0", "false", "f", "x", NULL };

  if (is_one_of (text, yes_words))
    *yes = TRUE;
  else if (is_one_of (text, no_words))
    *yes = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* A number as typed, with full-width digits and a unit after it ("200人", "２学时"): the
 * ASCII number, or NULL when a unit is all there is. */
static char *
number_text (const char          *text,
             const char * const  *units)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF0E)
        c = '.';
      else if (c == 0xFF0D)
        c = '-';
      if (c != ' ')
        g_string_append_unichar (out, c);
    }
  for (guint i = 0; units[i] != NULL; i++)
    if (g_str_has_suffix (out->str, units[i]) && out->len > strlen (units[i]))
      {
        g_string_truncate (out, out->len - strlen (units[i]));
        break;
      }
  return g_string_free (out, FALSE);
}

static void
read_count (RowContext   *ctx,
            guint         column,
            const char   *text,
            PxMasterCell *cell)
{
  static const char * const units[] = { "人", "名", "位", NULL };
  g_autofree char *number = number_text (text, units);
  guint64 value;

  if (g_ascii_string_to_unsigned (number, 10, 0, G_MAXINT32, &value, NULL))
    {
      cell->number = (gint64) value;
      cell->present = TRUE;
    }
  else if (number[0] == '-' && g_ascii_string_to_unsigned (number + 1, 10, 0, G_MAXINT32, &value,
                                                           NULL))
    add_problem (ctx, column, text, _("The number of people cannot be negative."));
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a whole number of people; write it as 200."), text);
      add_problem (ctx, column, text, message);
    }
}

static void
read_hours (RowContext   *ctx,
            guint         column,
            const char   *text,
            PxMasterCell *cell)
{
  static const char * const units[] = { "学时", "课时", "小时", "h", "H", NULL };
  g_autofree char *number = number_text (text, units);
  const char *digits = number[0] == '-' ? number + 1 : number;
  char *end = NULL;
  double value;

  /* digits first: strtod would take "nan", "inf" and hexadecimal too */
  value = g_ascii_isdigit (digits[0]) || (digits[0] == '.' && g_ascii_isdigit (digits[1]))
          ? g_ascii_strtod (number, &end) : NAN;
  if (end == NULL || *end != '\0' || !isfinite (value))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a number of class hours; write it as 3 or 1.5."), text);
      add_problem (ctx, column, text, message);
    }
  else if (value < 0)
    add_problem (ctx, column, text, _("Class hours cannot be negative."));
  else
    {
      cell->real = value;
      cell->present = TRUE;
    }
}

static char *
method_names (void)
{
  const PxTeachingMethod *methods = px_teaching_methods ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; methods[i].key != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "、");
      g_string_append (out, methods[i].chinese);
    }
  return g_string_free (out, FALSE);
}

/* Splits a list cell at 、 , ， ; ； and, when spaces is TRUE, at spaces; empty parts dropped. */
static GPtrArray *
split_list (const char *text,
            gboolean    spaces)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\0' && c != ',' && c != ';' && c != 0x3001 && c != 0xFF0C && c != 0xFF1B
          && (c != ' ' || !spaces))
        continue;
      if (p > start)
        {
          char *part = g_strstrip (g_strndup (start, p - start));

          if (*part != '\0')
            g_ptr_array_add (parts, part);
          else
            g_free (part);
        }
      if (c == '\0')
        break;
      start = g_utf8_next_char (p);
    }
  return parts;
}

static void
add_list_name (RowContext   *ctx,
               guint         column,
               Target        target,
               const char   *name,
               PxMasterCell *cell)
{
  GPtrArray *ids = g_hash_table_lookup (ctx->imp->targets[target], name);

  if (ids == NULL)
    {
      g_autofree char *message = NULL;

      if (target == TARGET_COMPETENCY)
        message = g_strdup_printf (_("There is no competency named “%s”; add it to the "
                                     "competencies first, or correct the name."), name);
      else
        message = g_strdup_printf (_("There is no teacher named “%s”; import or add the "
                                     "teacher first, or correct the name."), name);
      add_problem (ctx, column, name, message);
    }
  else if (ids->len > 1)
    {
      g_autofree char *message =
        g_strdup_printf (_("%u teachers are named “%s”, so the name does not say which of them "
                           "is meant."), ids->len, name);
      add_problem (ctx, column, name, message);
    }
  else if (!g_ptr_array_find_with_equal_func (cell->ids, ids->pdata[0], g_str_equal, NULL))
    g_ptr_array_add (cell->ids, g_strdup (ids->pdata[0]));
}

/* Names separated by punctuation may hold spaces (“AI 应用”); otherwise a space separates. */
static void
read_list (RowContext   *ctx,
           guint         column,
           Target        target,
           const char   *text,
           PxMasterCell *cell)
{
  g_autoptr(GPtrArray) parts = split_list (text, FALSE);

  g_assert (ctx->imp->targets[target] != NULL);
  cell->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      g_autoptr(GPtrArray) names = NULL;

      cell->present = TRUE;
      if (strchr (part, ' ') == NULL || g_hash_table_contains (ctx->imp->targets[target], part))
        {
          add_list_name (ctx, column, target, part, cell);
          continue;
        }
      names = split_list (part, TRUE);
      for (guint j = 0; j < names->len; j++)
        add_list_name (ctx, column, target, g_ptr_array_index (names, j), cell);
    }
}

/* Reads one cell; a problem goes into the report and leaves the cell absent. */
static void
read_cell (RowContext   *ctx,
           guint         column,
           PxMasterCell *cell)
{
  const PxMasterColumn *what = &ctx->imp->sheet->columns[column];
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  if (what->type == PX_MASTER_CELL_PERSON)
    text = px_cell_clean_name (raw_cell (ctx, column));
  else if (what->type == PX_MASTER_CELL_PARAGRAPHS)
    text = px_cell_clean_paragraphs (raw_cell (ctx, column));
  else
    text = px_cell_clean_text (raw_cell (ctx, column));
  if (text == NULL)
    return;

  switch (what->type)
    {
    case PX_MASTER_CELL_TEXT:
    case PX_MASTER_CELL_PARAGRAPHS:
    case PX_MASTER_CELL_PERSON:
      cell->text = g_steal_pointer (&text);
      break;

    case PX_MASTER_CELL_GENDER:
      {
        const char *gender = px_code_list_gender (text);

        if (gender == NULL)
          {
            g_autofree char *message =
              g_strdup_printf (_("The gender “%s” is neither 男 nor 女."), text);
            add_problem (ctx, column, text, message);
          }
        cell->text = g_strdup (gender);
      }
      break;

    case PX_MASTER_CELL_EMPLOYMENT:
      {
        const char *employment = parse_employment (text);

        if (employment == NULL)
          {
            g_autofree char *message =
              g_strdup_printf (_("“%s” is neither 专职 (full-time) nor 兼职 (part-time)."), text);
            add_problem (ctx, column, text, message);
          }
        cell->text = g_strdup (employment);
      }
      break;

    case PX_MASTER_CELL_YES_NO:
      if (!parse_yes_no (text, &cell->yes))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is neither 是 nor 否."), text);
          add_problem (ctx, column, text, message);
          return;
        }
      cell->present = TRUE;
      return;

    case PX_MASTER_CELL_PHONE:
      cell->text = px_phone_normalize (text, &local_error);
      if (cell->text == NULL)
        add_problem (ctx, column, text, local_error->message);
      break;

    case PX_MASTER_CELL_COUNT:
      read_count (ctx, column, text, cell);
      return;

    case PX_MASTER_CELL_HOURS:
      read_hours (ctx, column, text, cell);
      return;

    case PX_MASTER_CELL_METHOD:
      {
        const PxTeachingMethod *method = px_teaching_method_parse (text);

        if (method == NULL)
          {
            g_autofree char *names = method_names ();
            g_autofree char *message =
              g_strdup_printf (_("“%s” is not a teaching method; write one of %s."), text, names);
            add_problem (ctx, column, text, message);
          }
        else
          cell->text = g_strdup (method->key);
      }
      break;

    case PX_MASTER_CELL_COMPETENCIES:
      read_list (ctx, column, TARGET_COMPETENCY, text, cell);
      return;

    case PX_MASTER_CELL_TEACHERS:
      read_list (ctx, column, TARGET_TEACHER, text, cell);
      return;

    default:
      g_assert_not_reached ();
    }
  cell->present = cell->text != NULL && *cell->text != '\0';
}

static void
cells_free (PxMasterCell *cells,
            guint         n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_free (cells[i].text);
      g_clear_pointer (&cells[i].ids, g_ptr_array_unref);
    }
  g_free (cells);
}

/* Records */

/* The stored record (or a new one with the schema's defaults) with the row's cells over it:
 * empty cells keep what is stored. */
static gpointer
build_record (const PxMasterSheet *sheet,
              const PxMasterCell  *cells,
              gconstpointer        stored)
{
  const PxEntity *entity = sheet->entity;
  gpointer record = stored != NULL ? px_record_copy (entity, stored) : px_record_new (entity);

  for (guint i = 0; i < sheet->n_columns; i++)
    {
      const PxField *f;

      if (sheet->columns[i].field == NULL || !cells[i].present)
        continue;
      f = px_entity_find_field (entity, sheet->columns[i].field);
      g_assert (f != NULL);
      switch (f->type)
        {
        case PX_FIELD_TEXT:
          g_free (*(char **) FIELD_PTR (record, f));
          *(char **) FIELD_PTR (record, f) = g_strdup (cells[i].text);
          break;
        case PX_FIELD_INT:
          *(gint64 *) FIELD_PTR (record, f) = cells[i].number;
          break;
        case PX_FIELD_REAL:
          *(double *) FIELD_PTR (record, f) = cells[i].real;
          break;
        case PX_FIELD_BOOL:
          *(gboolean *) FIELD_PTR (record, f) = cells[i].yes;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return record;
}

static int
column_of_field (const PxMasterSheet *sheet,
                 const char          *field)
{
  for (guint i = 0; field != NULL && i < sheet->n_columns; i++)
    if (g_strcmp0 (sheet->columns[i].field, field) == 0)
      return i;
  return -1;
}

/* The record's own rules (px_entity_write leaves them to its callers), as problems of the row:
 * what the cells could not say alone. */
static void
check_record (RowContext    *ctx,
              gconstpointer  record)
{
  const PxMasterSheet *sheet = ctx->imp->sheet;
  const PxEntity *entity = sheet->entity;
  g_autoptr(GError) local_error = NULL;
  int column;

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];

      if ((f->flags & PX_FIELD_REQUIRED) && f->type == PX_FIELD_TEXT
          && *(char **) FIELD_PTR (record, f) == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” must be filled in."), _(f->label));

          add_problem (ctx, column_of_field (sheet, f->column), NULL, message);
          return;
        }
    }
  if (entity->validate == NULL || entity->validate (ctx->imp->db, record, &local_error))
    return;
  column = column_of_field (sheet, px_validation_error_get_column (local_error));
  add_problem (ctx, column, column >= 0 && *raw_cell (ctx, column) ? raw_cell (ctx, column) : NULL,
               local_error->message);
}

/* Links */

typedef struct
{
  char *id;
  char *target;
} StoredLink;

static void
stored_link_free (StoredLink *link)
{
  g_free (link->id);
  g_free (link->target);
  g_free (link);
}

static GPtrArray *
load_links (PxDatabase          *db,
            const PxMasterLink  *link,
            const char          *owner_id,
            GError             **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) stored_link_free);
  g_autofree char *sql = g_strdup_printf ("SELECT id, %s FROM %s WHERE %s = ?1 ORDER BY id",
                                          link->target_column, link->entity->table,
                                          link->owner_column);
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StoredLink *stored = g_new0 (StoredLink, 1);

      stored->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      stored->target = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (links, stored);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&links);
}

static gboolean
has_target (GPtrArray  *links,
            const char *target)
{
  for (guint i = 0; i < links->len; i++)
    if (g_str_equal (((StoredLink *) g_ptr_array_index (links, i))->target, target))
      return TRUE;
  return FALSE;
}

static gboolean
links_differ (GPtrArray *stored,
              GPtrArray *wanted)
{
  if (stored->len != wanted->len)
    return TRUE;
  for (guint i = 0; i < wanted->len; i++)
    if (!has_target (stored, g_ptr_array_index (wanted, i)))
      return TRUE;
  return FALSE;
}

static void
set_text_field (const PxEntity *entity,
                gpointer        record,
                const char     *column,
                const char     *value)
{
  const PxField *f = px_entity_find_field (entity, column);

  g_assert (f != NULL && f->type == PX_FIELD_TEXT);
  g_free (*(char **) FIELD_PTR (record, f));
  *(char **) FIELD_PTR (record, f) = g_strdup (value);
}

/* Makes the owner's links those wanted: removals are audited one by one, like any delete;
 * additions carry the import's timestamp, under its audit row. */
static gboolean
write_links (Importer            *imp,
             const PxMasterLink  *link,
             const char          *owner_id,
             GPtrArray           *stored,
             GPtrArray           *wanted,
             GError             **error)
{
  for (guint i = 0; stored != NULL && i < stored->len; i++)
    {
      StoredLink *old = g_ptr_array_index (stored, i);

      if (!g_ptr_array_find_with_equal_func (wanted, old->target, g_str_equal, NULL)
          && !px_entity_delete (imp->db, link->entity, old->id, error))
        return FALSE;
    }
  for (guint i = 0; i < wanted->len; i++)
    {
      const char *target = g_ptr_array_index (wanted, i);
      gpointer record;
      gboolean ok;

      if (stored != NULL && has_target (stored, target))
        continue;
      record = px_record_new (link->entity);
      set_text_field (link->entity, record, link->owner_column, owner_id);
      set_text_field (link->entity, record, link->target_column, target);
      ok = px_entity_write (imp->db, link->entity, record, NULL, imp->batch_stamp, NULL, error);
      px_record_free (link->entity, record);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Rows */

/* Checks one row and, when it is good and the import is writing, writes it. FALSE only when
 * the database fails. */
static gboolean
import_row (Importer  *imp,
            guint      sheet_row,
            GError   **error)
{
  const PxMasterSheet *sheet = imp->sheet;
  const PxEntity *entity = sheet->entity;
  RowContext ctx = { imp, sheet_row, px_sheet_get_row_number (imp->data, sheet_row), FALSE };
  PxMasterCell *cells = g_new0 (PxMasterCell, sheet->n_columns);
  GPtrArray **links = NULL;   /* per list column: its stored links */
  gpointer stored = NULL;
  gpointer record = NULL;
  g_autofree char *ambiguity = NULL;
  gboolean changed = FALSE;
  gboolean ok = TRUE;

  imp->report->n_rows++;
  for (guint i = 0; i < sheet->n_columns; i++)
    {
      gboolean had_problem = ctx.bad;

      ctx.bad = FALSE;
      read_cell (&ctx, i, &cells[i]);
      if (!ctx.bad && sheet->specs[i].required && !cells[i].present)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” must be filled in."), px_column_map_get_header (imp->map, i));
          add_problem (&ctx, i, NULL, message);
        }
      ctx.bad |= had_problem;
    }

  /* a row that repeats another is named even when either has other problems, so that one
   * pass shows everything to correct */
  if (cells[0].present)
    {
      g_autofree char *key = sheet->row_key (cells);
      gpointer first = g_hash_table_lookup (imp->seen, key);

      if (first != NULL)
        {
          g_autofree char *message = sheet->duplicate_message (GPOINTER_TO_UINT (first));

          add_problem (&ctx, 0, cells[0].text, message);
        }
      else
        g_hash_table_insert (imp->seen, g_steal_pointer (&key),
                             GUINT_TO_POINTER (ctx.row_number));
    }

  if (!ctx.bad)
    {
      ok = sheet->match (imp->db, cells, &stored, &ambiguity, error);
      if (ok && ambiguity != NULL)
        add_problem (&ctx, 0, cells[0].text, ambiguity);
    }

  if (ok && !ctx.bad)
    {
      record = build_record (sheet, cells, stored);
      check_record (&ctx, record);
    }

  if (!ok || ctx.bad)
    {
      if (ctx.bad && !imp->skip_invalid)
        imp->writing = FALSE;   /* refused whole: keep checking, stop writing */
      goto out;
    }
  imp->n_good++;

  /* list cells: what is stored for them, and whether they change it */
  links = g_new0 (GPtrArray *, sheet->n_columns);
  for (guint i = 0; i < sheet->n_columns && stored != NULL; i++)
    {
      if (sheet->columns[i].link == NULL || !cells[i].present)
        continue;
      links[i] = load_links (imp->db, sheet->columns[i].link, ((PxRecord *) stored)->id, error);
      if (links[i] == NULL)
        {
          ok = FALSE;
          goto out;
        }
      changed |= links_differ (links[i], cells[i].ids);
    }

  if (!imp->writing)
    changed |= stored == NULL || !px_record_equal (entity, stored, record);
  else
    {
      gboolean fields_changed = FALSE;

      ok = px_entity_write (imp->db, entity, record, stored, imp->batch_stamp, &fields_changed,
                            error);
      changed |= fields_changed;
      for (guint i = 0; ok && i < sheet->n_columns; i++)
        if (sheet->columns[i].link != NULL && cells[i].present)
          ok = write_links (imp, sheet->columns[i].link, ((PxRecord *) record)->id, links[i],
                            cells[i].ids, error);
      if (!ok)
        goto out;
    }

  if (stored == NULL)
    imp->report->n_new++;
  else if (changed)
    imp->report->n_updated++;
  else
    imp->report->n_unchanged++;

out:
  for (guint i = 0; links != NULL && i < sheet->n_columns; i++)
    g_clear_pointer (&links[i], g_ptr_array_unref);
  g_free (links);
  cells_free (cells, sheet->n_columns);
  if (stored != NULL)
    px_record_free (entity, stored);
  if (record != NULL)
    px_record_free (entity, record);
  return ok;
}

/* name → ids of every competency or teacher, read once: list cells look them up. */
static GHashTable *
load_targets (PxDatabase  *db,
              Target       target,
              GError     **error)
{
  static const char * const sql[N_TARGETS] = {
    [TARGET_COMPETENCY] = "SELECT name, id FROM competency ORDER BY id",
    [TARGET_TEACHER] = "SELECT name, id FROM teacher ORDER BY id",
  };
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt = px_database_prepare (db, sql[target], error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *ids = g_hash_table_lookup (names, name);

      if (ids == NULL)
        {
          ids = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (names, g_strdup (name), ids);
        }
      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

/* One audit row for the import: the rows it made carry its timestamp. */
static gboolean
audit_import (Importer    *imp,
              const char  *path,
              GError     **error)
{
  g_autoptr(GString) changes = g_string_new ("{");
  g_autofree char *basename = path != NULL ? g_path_get_basename (path) : NULL;
  PxImportReport *report = imp->report;
  char id[37];

  if (report->n_new == 0 && report->n_updated == 0)
    return TRUE;
  px_json_append_key (changes, "file");
  px_json_append_string (changes, basename);
  px_json_append_key (changes, "rows");
  g_string_append_printf (changes, "%u", report->n_rows);
  px_json_append_key (changes, "inserted");
  g_string_append_printf (changes, "%u", report->n_new);
  px_json_append_key (changes, "updated");
  g_string_append_printf (changes, "%u", report->n_updated);
  px_json_append_key (changes, "created_at");
  px_json_append_string (changes, imp->batch_stamp);
  g_string_append_c (changes, '}');
  px_uuid_generate (id);
  return px_database_audit (imp->db, imp->sheet->entity->table, id, "import", changes->str,
                            error);
}

static void
importer_clear (Importer *imp)
{
  for (guint t = 0; t < N_TARGETS; t++)
    g_clear_pointer (&imp->targets[t], g_hash_table_unref);
  g_clear_pointer (&imp->seen, g_hash_table_unref);
}

PxImportReport *
px_master_import_sheet (PxDatabase      *db,
                        PxMasterKind     kind,
                        PxSheet         *sheet,
                        const char      *path,
                        PxImportFlags    flags,
                        PxProgressFunc   progress,
                        gpointer         user_data,
                        GError         **error)
{
  g_autoptr(PxImportReport) report = NULL;
  g_autoptr(PxColumnMap) map = NULL;
  const PxMasterSheet *layout;
  Importer imp = { 0 };
  guint first, n_rows;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail ((guint) kind < PX_MASTER_N_KINDS, NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  layout = _px_master_sheet_get (kind);
  report = px_import_report_new (path);
  report->dry_run = (flags & PX_IMPORT_DRY_RUN) != 0;
  report->encoding = g_strdup (px_sheet_get_encoding (sheet));
  map = px_column_map_find (sheet, layout->specs, layout->n_columns, error);
  if (map == NULL)
    return NULL;
  report->header_row = px_sheet_get_row_number (sheet, px_column_map_get_header_row (map));
  first = px_column_map_get_header_row (map) + 1;
  n_rows = px_sheet_get_n_rows (sheet);

  imp = (Importer) { db, layout, sheet, map, report, report->dry_run,
                     (flags & PX_IMPORT_SKIP_INVALID) != 0, !report->dry_run };
  imp.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  px_timestamp_format (g_get_real_time (), imp.batch_stamp);

  /* A dry run only reads, so it takes no write lock; either way one transaction, so that what
   * is checked is what is written. */
  if (!(imp.dry_run ? px_database_begin_read (db, error) : px_database_begin (db, error)))
    {
      importer_clear (&imp);
      return NULL;
    }
  for (guint i = 0; i < layout->n_columns; i++)
    {
      PxMasterCellType type = layout->columns[i].type;
      Target target = type == PX_MASTER_CELL_TEACHERS ? TARGET_TEACHER : TARGET_COMPETENCY;

      if ((type != PX_MASTER_CELL_COMPETENCIES && type != PX_MASTER_CELL_TEACHERS)
          || px_column_map_get_column (map, i) < 0 || imp.targets[target] != NULL)
        continue;
      imp.targets[target] = load_targets (db, target, error);
      if (imp.targets[target] == NULL)
        goto failed;
    }

  for (guint r = first; r < n_rows; r++)
    {
      if (!import_row (&imp, r, error))
        goto failed;
      if (progress != NULL && (r - first) % 64 == 63)
        progress ((double) (r - first + 1) / (n_rows - first), user_data);
    }

  report->n_skipped = report->n_rows - imp.n_good;
  if (report->problems->len > 0 && !imp.skip_invalid)
    {
      /* refused whole: what was written so far goes */
      px_database_rollback (db);
      report->n_new = report->n_updated = report->n_unchanged = report->n_skipped = 0;
      importer_clear (&imp);
      return g_steal_pointer (&report);
    }

  if (imp.dry_run)
    px_database_rollback (db);
  else if (!audit_import (&imp, path, error) || !px_database_commit (db, error))
    goto failed;
  else
    {
      report->written = TRUE;
      g_debug ("Wrote %u new and %u updated %s", report->n_new, report->n_updated,
               layout->name);
    }
  importer_clear (&imp);
  if (progress != NULL)
    progress (1.0, user_data);
  return g_steal_pointer (&report);

failed:
  px_database_rollback (db);
  importer_clear (&imp);
  return NULL;
}

PxImportReport *
px_master_import_file (PxDatabase      *db,
                       PxMasterKind     kind,
                       const char      *path,
                       PxImportFlags    flags,
                       PxProgressFunc   progress,
                       gpointer         user_data,
                       GError         **error)
{
  g_autoptr(PxSheet) sheet = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail ((guint) kind < PX_MASTER_N_KINDS, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  sheet = px_sheet_read_file (path, error);
  if (sheet == NULL)
    return NULL;
  return px_master_import_sheet (db, kind, sheet, path, flags, progress, user_data, error);
}
