/* px-class-roster.c: a class's trainees from and to roster files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-roster"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "px-cadre-export.h"
#include "px-cell.h"
#include "px-class-roster.h"
#include "px-class-summary.h"
#include "px-column-map.h"
#include "px-enrollment.h"
#include "px-sheet-private.h"

void
px_class_enroll_report_free (PxClassEnrollReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->report, px_import_report_free);
  g_free (report);
}

/* Groups and class roles */

/* How many rows at the top may stand above a roster's header, as the column map looks. */
#define MAX_HEADER_ROWS 12

/* 组别 and 班级职务 as rosters name them (compared as px_column_map_normalize_header leaves
 * them). Plain 职务 is the cadre's post, which the cadre import reads. */
static const char * const group_headers[] = { "组别", "小组", "分组", "所在小组", NULL };
static const char * const role_headers[] = { "班级职务", "班委", "班干部", "班委职务",
                                             "班内职务", NULL };

/* 职务(班级) names the class role by a bracketed note, which the column map drops as it drops
 * (必填): to it, and so to the cadre import, the header reads 职务, the cadre's post. */
static gboolean
is_bracketed_role_header (const char *text)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x3000)
        continue;
      g_string_append_unichar (plain, c == 0xFF08 ? '(' : c == 0xFF09 ? ')' : c);
    }
  return g_str_equal (plain->str, "职务(班级)");
}

static gboolean
header_is (const char         *text,
           const char * const *names)
{
  g_autofree char *normalized = px_column_map_normalize_header (text);

  return g_strv_contains (names, normalized);
}

/* The sheet with the header cells of 职务(班级) left blank, so that the cadre import does not
 * take the class role for the post; NULL when the sheet has no such header. */
static PxSheet *
hide_bracketed_roles (PxSheet *sheet)
{
  g_autoptr(PxSheet) copy = NULL;
  guint n_rows = px_sheet_get_n_rows (sheet);
  gboolean found = FALSE;

  for (guint r = 0; r < MIN (n_rows, MAX_HEADER_ROWS) && !found; r++)
    for (guint c = 0; c < px_sheet_get_n_cells (sheet, r) && !found; c++)
      found = is_bracketed_role_header (px_sheet_get_cell (sheet, r, c));
  if (!found)
    return NULL;

  copy = _px_sheet_new ();
  _px_sheet_set_encoding (copy, px_sheet_get_encoding (sheet));
  for (guint r = 0; r < n_rows; r++)
    {
      _px_sheet_begin_row (copy, px_sheet_get_row_number (sheet, r));
      for (guint c = 0; c < px_sheet_get_n_cells (sheet, r); c++)
        {
          const char *text = px_sheet_get_cell (sheet, r, c);

          if (r < MAX_HEADER_ROWS && is_bracketed_role_header (text))
            continue;
          _px_sheet_set_cell (copy, c, text, -1);
        }
      _px_sheet_end_row (copy);
    }
  return g_steal_pointer (&copy);
}

/* The group and class role of each good row (NULL where a cell is empty), in the order of
 * rows, read from the header row that the cadre import found. */
static void
read_placements (PxSheet        *sheet,
                 PxImportReport *report,
                 GArray         *rows,
                 GPtrArray      *groups,
                 GPtrArray      *roles)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  guint n_rows = px_sheet_get_n_rows (sheet);
  int group_column = -1, role_column = -1;

  for (guint r = 0; r < n_rows; r++)
    g_hash_table_insert (index_of, GUINT_TO_POINTER (px_sheet_get_row_number (sheet, r)),
                         GUINT_TO_POINTER (r));
  if (g_hash_table_contains (index_of, GUINT_TO_POINTER (report->header_row)))
    {
      guint h = GPOINTER_TO_UINT (g_hash_table_lookup (index_of,
                                                       GUINT_TO_POINTER (report->header_row)));

      for (guint c = 0; c < px_sheet_get_n_cells (sheet, h); c++)
        {
          const char *text = px_sheet_get_cell (sheet, h, c);

          if (group_column < 0 && header_is (text, group_headers))
            group_column = c;
          else if (role_column < 0
                   && (header_is (text, role_headers) || is_bracketed_role_header (text)))
            role_column = c;
        }
    }

  for (guint i = 0; i < rows->len; i++)
    {
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (
                  index_of, GUINT_TO_POINTER (g_array_index (rows, guint, i))));

      g_ptr_array_add (groups, group_column < 0 ? NULL
                       : px_cell_clean_text (px_sheet_get_cell (sheet, r, group_column)));
      g_ptr_array_add (roles, role_column < 0 ? NULL
                       : px_cell_clean_text (px_sheet_get_cell (sheet, r, role_column)));
    }
}

/* cadre id → the class's enrollment of that cadre */
static GHashTable *
load_enrollments (PxDatabase  *db,
                  const char  *class_id,
                  GError     **error)
{
  const char *filters[] = { "class_id", class_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) list = px_enrollment_list (db, &query, error);
  GHashTable *enrollments;

  if (list == NULL)
    return NULL;
  enrollments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) px_enrollment_free);
  /* the records move to the table, which keys them by their own cadre_id */
  g_ptr_array_set_free_func (list, NULL);
  for (guint i = 0; i < list->len; i++)
    {
      PxEnrollment *enrollment = g_ptr_array_index (list, i);

      g_hash_table_insert (enrollments, enrollment->cadre_id, enrollment);
    }
  return enrollments;
}

/* A trainee already enrolled takes the group and class role the file gives; an empty cell
 * keeps what is stored. */
static gboolean
place_trainee (PxDatabase           *db,
               const PxEnrollment   *stored,
               const char           *group,
               const char           *role,
               gboolean              dry_run,
               PxClassEnrollReport  *result,
               GError              **error)
{
  g_autoptr(PxEnrollment) placed = NULL;
  gboolean changed = FALSE;

  if ((group == NULL || g_strcmp0 (group, stored->group_name) == 0)
      && (role == NULL || g_strcmp0 (role, stored->class_role) == 0))
    return TRUE;
  placed = px_enrollment_copy (stored);
  if (group != NULL)
    {
      g_free (placed->group_name);
      placed->group_name = g_strdup (group);
    }
  if (role != NULL)
    {
      g_free (placed->class_role);
      placed->class_role = g_strdup (role);
    }
  if (!dry_run
      && !px_entity_write (db, &px_enrollment_entity, placed, stored, NULL, &changed, error))
    return FALSE;
  result->n_regrouped++;
  return TRUE;
}

/* The spreadsheet row number of each good row, in file order: the cadre import gives the ids
 * of the good rows only, and a row is good when it has no problem. */
static GArray *
list_good_rows (PxSheet        *sheet,
                PxImportReport *report)
{
  g_autoptr(GHashTable) bad = g_hash_table_new (NULL, NULL);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_rows = px_sheet_get_n_rows (sheet);

  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      g_hash_table_add (bad, GUINT_TO_POINTER (problem->row));
    }
  for (guint r = 0; r < n_rows; r++)
    {
      guint number = px_sheet_get_row_number (sheet, r);

      if (number > report->header_row && !g_hash_table_contains (bad, GUINT_TO_POINTER (number)))
        g_array_append_val (rows, number);
    }
  return rows;
}

static gboolean
enroll_cadre (PxDatabase  *db,
              const char  *class_id,
              const char  *cadre_id,
              const char  *group,
              const char  *role,
              GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  enrollment->class_id = g_strdup (class_id);
  enrollment->cadre_id = g_strdup (cadre_id);
  enrollment->group_name = g_strdup (group);
  enrollment->class_role = g_strdup (role);
  return px_entity_insert (db, &px_enrollment_entity, enrollment, error);
}

/* Enrolls the cadres of ids (NULL for a cadre a dry run would make) up to the capacity, each
 * in the group and class role of its row. */
static gboolean
enroll_ids (PxDatabase           *db,
            PxClassSummary       *summary,
            GPtrArray            *ids,
            GArray               *rows,
            GPtrArray            *groups,
            GPtrArray            *roles,
            gboolean              dry_run,
            PxClassEnrollReport  *result,
            GError              **error)
{
  g_autoptr(GHashTable) enrolled = load_enrollments (db, summary->id, error);

  if (enrolled == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      const char *cadre_id = g_ptr_array_index (ids, i);
      const PxEnrollment *stored = cadre_id != NULL ? g_hash_table_lookup (enrolled, cadre_id)
                                                    : NULL;
      const char *group = i < groups->len ? g_ptr_array_index (groups, i) : NULL;
      const char *role = i < roles->len ? g_ptr_array_index (roles, i) : NULL;

      if (stored != NULL && g_strcmp0 (stored->status, "enrolled") == 0)
        {
          result->n_already++;
          if (!place_trainee (db, stored, group, role, dry_run, result, error))
            return FALSE;
        }
      else if (stored != NULL)
        result->n_withdrawn++;
      else if (summary->capacity != PX_INT_UNSET
               && summary->n_enrolled + result->n_enrolled >= summary->capacity)
        {
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The class is full: it takes at most %ld trainee.",
                                          "The class is full: it takes at most %ld trainees.",
                                          (gulong) summary->capacity),
                             (long) summary->capacity);

          px_import_report_add_problem (result->report, i < rows->len
                                          ? g_array_index (rows, guint, i) : 0,
                                        NULL, NULL, message);
          result->n_full++;
        }
      else if (!dry_run && !enroll_cadre (db, summary->id, cadre_id, group, role, error))
        return FALSE;
      else
        result->n_enrolled++;
    }
  return TRUE;
}

PxClassEnrollReport *
px_class_enroll_file (PxDatabase      *db,
                      const char      *class_code,
                      const char      *path,
                      PxImportFlags    flags,
                      PxProgressFunc   progress,
                      gpointer         user_data,
                      GError         **error)
{
  g_autoptr(PxClassEnrollReport) result = g_new0 (PxClassEnrollReport, 1);
  g_autoptr(PxSheet) sheet = NULL;
  g_autoptr(PxSheet) cadre_sheet = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rows = NULL;
  gboolean dry_run = (flags & PX_IMPORT_DRY_RUN) != 0;
  gboolean skip_invalid = (flags & PX_IMPORT_SKIP_INVALID) != 0;
  PxImportReport *report;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  summary = px_class_summary_get_by_code (db, class_code, error);
  if (summary == NULL)
    return NULL;
  sheet = px_sheet_read_file (path, error);
  if (sheet == NULL)
    return NULL;

  /* The cadre import nests its transaction in this one, so that a class that is full undoes
   * the cadres too. */
  if (!(dry_run ? px_database_begin_read (db, error) : px_database_begin (db, error)))
    return NULL;
  cadre_sheet = hide_bracketed_roles (sheet);
  result->report = px_cadre_import_sheet (db, cadre_sheet != NULL ? cadre_sheet : sheet, path,
                                          flags, ids, progress, user_data, error);
  if (result->report == NULL)
    {
      px_database_rollback (db);
      return NULL;
    }
  report = result->report;
  if (report->problems->len > 0 && !skip_invalid)
    {
      px_database_rollback (db);   /* the import has written nothing */
      return g_steal_pointer (&result);
    }

  rows = list_good_rows (sheet, report);
  if (rows->len != ids->len)
    g_warning ("%u good rows but %u cadres", rows->len, ids->len);
  read_placements (sheet, report, rows, groups, roles);
  if (!enroll_ids (db, summary, ids, rows, groups, roles, dry_run, result, error))
    {
      px_database_rollback (db);
      return NULL;
    }

  if (result->n_full > 0 && !skip_invalid)
    {
      /* refused whole: the cadres the import wrote go too */
      px_database_rollback (db);
      report->n_new = report->n_updated = report->n_unchanged = report->n_skipped = 0;
      report->written = FALSE;
      result->n_enrolled = result->n_already = result->n_withdrawn = result->n_regrouped = 0;
      return g_steal_pointer (&result);
    }

  if (dry_run)
    px_database_rollback (db);
  else if (!px_database_commit (db, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  else
    report->written = TRUE;

  g_debug ("Enrolled %u cadres in %s, %u already there", result->n_enrolled, class_code,
           result->n_already);
  return g_steal_pointer (&result);
}

gint64
px_class_roster_export_file (PxDatabase  *db,
                             const char  *class_code,
                             const char  *path,
                             GError     **error)
{
  static const char sql[] =
    "SELECT " PX_CADRE_EXPORT_COLUMNS ", e.group_name, e.class_role "
    "FROM enrollment e JOIN cadre c ON c.id = e.cadre_id "
    "LEFT JOIN org_unit u ON u.id = c.unit_id "
    "WHERE e.class_id = ?1 AND e.status = 'enrolled' "
    "ORDER BY e.group_name, u.name, c.name, c.citizen_id";
  static const char * const extra_headers[] = { "组别", "班级职务", NULL };
  g_autoptr(PxClassSummary) summary = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PX_IS_DATABASE (db), -1);
  g_return_val_if_fail (class_code != NULL, -1);
  g_return_val_if_fail (path != NULL, -1);

  summary = px_class_summary_get_by_code (db, class_code, error);
  if (summary == NULL)
    return -1;
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, summary->id, -1, SQLITE_TRANSIENT);
  return px_cadre_export_query (db, path, stmt, extra_headers, error);
}
