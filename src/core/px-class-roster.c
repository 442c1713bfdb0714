/* px-class-roster.c: a class's trainees from and to roster files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-roster"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-cadre-export.h"
#include "px-class-roster.h"
#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-sheet.h"

void
px_class_enroll_report_free (PxClassEnrollReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->report, px_import_report_free);
  g_free (report);
}

/* cadre id → status ("enrolled", "withdrawn") of the class's enrollments */
static GHashTable *
load_enrollments (PxDatabase  *db,
                  const char  *class_id,
                  GError     **error)
{
  g_autoptr(GHashTable) enrolled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  sqlite3_stmt *stmt = px_database_prepare (db, "SELECT cadre_id, status FROM enrollment "
                                                "WHERE class_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (enrolled, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&enrolled);
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
              GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  enrollment->class_id = g_strdup (class_id);
  enrollment->cadre_id = g_strdup (cadre_id);
  return px_entity_insert (db, &px_enrollment_entity, enrollment, error);
}

/* Enrolls the cadres of ids (NULL for a cadre a dry run would make) up to the capacity. */
static gboolean
enroll_ids (PxDatabase           *db,
            PxClassSummary       *summary,
            GPtrArray            *ids,
            GArray               *rows,
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
      const char *status = cadre_id != NULL ? g_hash_table_lookup (enrolled, cadre_id) : NULL;

      if (g_strcmp0 (status, "enrolled") == 0)
        result->n_already++;
      else if (status != NULL)
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
      else if (!dry_run && !enroll_cadre (db, summary->id, cadre_id, error))
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
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
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
  result->report = px_cadre_import_sheet (db, sheet, path, flags, ids, progress, user_data,
                                          error);
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
  if (!enroll_ids (db, summary, ids, rows, dry_run, result, error))
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
      result->n_enrolled = result->n_already = result->n_withdrawn = 0;
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
