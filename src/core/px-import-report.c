/* px-import-report.c: what an import found and did, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-import"

#include "config.h"

#include "px-import-report.h"
#include "px-json.h"

static void
problem_free (PxImportProblem *problem)
{
  g_free (problem->column);
  g_free (problem->value);
  g_free (problem->message);
  g_free (problem);
}

PxImportReport *
px_import_report_new (const char *path)
{
  PxImportReport *report = g_new0 (PxImportReport, 1);

  report->path = g_strdup (path);
  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  return report;
}

void
px_import_report_free (PxImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->path);
  g_free (report->encoding);
  g_ptr_array_unref (report->problems);
  g_free (report);
}

void
px_import_report_add_problem (PxImportReport *report,
                              guint           row,
                              const char     *column,
                              const char     *value,
                              const char     *message)
{
  PxImportProblem *problem = g_new0 (PxImportProblem, 1);

  problem->row = row;
  problem->column = g_strdup (column);
  problem->value = g_strdup (value);
  problem->message = g_strdup (message);
  g_ptr_array_add (report->problems, problem);
}

guint
px_import_report_count_bad_rows (PxImportReport *report)
{
  guint n = 0;
  guint last = 0;

  /* problems are added row by row, so equal rows are adjacent */
  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (i == 0 || problem->row != last)
        n++;
      last = problem->row;
    }
  return n;
}

char *
px_import_report_to_json (PxImportReport *report)
{
  GString *out = g_string_new ("{");

  px_json_append_key (out, "file");
  px_json_append_string (out, report->path);
  px_json_append_key (out, "encoding");
  px_json_append_string (out, report->encoding);
  px_json_append_key (out, "header_row");
  g_string_append_printf (out, "%u", report->header_row);
  px_json_append_key (out, "rows");
  g_string_append_printf (out, "%u", report->n_rows);
  px_json_append_key (out, "new");
  g_string_append_printf (out, "%u", report->n_new);
  px_json_append_key (out, "updated");
  g_string_append_printf (out, "%u", report->n_updated);
  px_json_append_key (out, "unchanged");
  g_string_append_printf (out, "%u", report->n_unchanged);
  px_json_append_key (out, "skipped");
  g_string_append_printf (out, "%u", report->n_skipped);
  px_json_append_key (out, "dry_run");
  g_string_append (out, report->dry_run ? "true" : "false");
  px_json_append_key (out, "written");
  g_string_append (out, report->written ? "true" : "false");
  px_json_append_key (out, "problems");
  g_string_append_c (out, '[');
  for (guint i = 0; i < report->problems->len; i++)
    {
      PxImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, '{');
      px_json_append_key (out, "row");
      g_string_append_printf (out, "%u", problem->row);
      px_json_append_key (out, "column");
      px_json_append_string (out, problem->column);
      px_json_append_key (out, "value");
      px_json_append_string (out, problem->value);
      px_json_append_key (out, "message");
      px_json_append_string (out, problem->message);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
  return g_string_free (out, FALSE);
}
