/* px-class-results.c: 结业情况, what each trainee of a class achieved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-class-completion.h"
#include "px-class-results.h"
#include "px-render-error.h"
#include "px-training-class.h"

#define TABLE_SIZE 8.5

struct _PxClassResults
{
  PxTableDocument parent_instance;

  guint n_trainees;
};

G_DEFINE_FINAL_TYPE (PxClassResults, px_class_results, PX_TYPE_TABLE_DOCUMENT)

static char *
format_number (double      value,
               const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("—");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

static char *
format_rate (double rate)
{
  g_autofree char *number = NULL;

  if (isnan (rate))
    return g_strdup ("—");
  number = format_number (100 * rate, "%.1f");
  return g_strconcat (number, "%", NULL);
}

/* The hours each of the class's trainees has been credited for it, by cadre id: the credit
 * records as completion wrote them, not what the rule would give now. */
static GHashTable *
load_credits (PxDatabase  *db,
              const char  *class_id,
              GError     **error)
{
  static const char sql[] =
    "SELECT cadre_id, SUM (hours) FROM credit_record WHERE class_id = ?1 GROUP BY cadre_id";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  g_autoptr(GHashTable) credits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double *hours = g_new (double, 1);

      *hours = sqlite3_column_double (stmt, 1);
      g_hash_table_insert (credits, px_database_column_dup (stmt, 0), hours);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&credits);
}

/* What was decided, as stored: the preview's rule may think otherwise by now. */
static const char *
stored_completion (const PxTraineeCompletion *trainee)
{
  if (trainee->withdrawn && !trainee->withdrawn_now)
    /* TRANSLATORS: in a class's results (退学) */
    return _("Withdrawn");
  if (g_strcmp0 (trainee->stored, "completed") == 0)
    /* TRANSLATORS: in a class's results (结业) */
    return _("Completed");
  if (g_strcmp0 (trainee->stored, "not_completed") == 0)
    /* TRANSLATORS: in a class's results (未结业) */
    return _("Not completed");
  /* TRANSLATORS: in a class's results: not decided yet (待定) */
  return _("Pending");
}

static PxTable *
create_table (void)
{
  PxTable *table = px_table_new (TABLE_SIZE);

  /* TRANSLATORS: column heads of a class's results (序号 姓名 出勤学时 出勤率 考试成绩 论文成绩
   * 结业情况 认定学时 说明) */
  px_table_add_column (table, _("No."), 26, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, _("Name"), 54, PX_TABLE_ALIGN_START);
  px_table_add_column (table, _("Hours attended"), 46, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Rate"), 42, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Exam"), 36, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Paper"), 36, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Completion"), 62, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, _("Hours credited"), 46, PX_TABLE_ALIGN_END);
  px_table_add_flexible_column (table, _("Remarks"), 1, PX_TABLE_ALIGN_START);
  return table;
}

static void
add_trainee (PxClassResults            *self,
             const PxTraineeCompletion *trainee,
             GHashTable                *credits)
{
  g_autofree char *number = g_strdup_printf ("%u", ++self->n_trainees);
  g_autofree char *attended = format_number (trainee->attended_hours, "%.4g");
  g_autofree char *rate = format_rate (trainee->rate);
  g_autofree char *exam = format_number (trainee->exam_score, "%.4g");
  g_autofree char *paper = format_number (trainee->paper_score, "%.4g");
  double *credit = g_hash_table_lookup (credits, trainee->cadre_id);
  g_autofree char *credited = format_number (credit != NULL ? *credit : 0, "%.4g");
  const char *cells[] = { number, trainee->name, attended, rate, exam, paper,
                          stored_completion (trainee), credited, trainee->stored_reason };

  px_table_add_row (px_table_document_get_table (PX_TABLE_DOCUMENT (self)), cells);
}

static char *
format_details (const PxTrainingClass   *training_class,
                const PxClassCompletion *completion)
{
  g_autofree char *counts = NULL;
  guint n_completed = 0;

  for (guint i = 0; i < completion->trainees->len; i++)
    {
      PxTraineeCompletion *trainee = g_ptr_array_index (completion->trainees, i);

      n_completed += g_strcmp0 (trainee->stored, "completed") == 0;
    }
  /* TRANSLATORS: in a class's results heading: completed of trainees (结业 38 人，共 40 人) */
  counts = g_strdup_printf (_("%u of %u completed"), n_completed, completion->trainees->len);
  return px_table_document_format_class_details (training_class, counts);
}

PxClassResults *
px_class_results_new (PxDatabase  *db,
                      const char  *class_id,
                      GError     **error)
{
  g_autoptr(PxClassResults) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;
  g_autoptr(GHashTable) credits = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading_title = NULL;
  g_autofree char *heading_details = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  completion = px_class_completion_preview (db, training_class->code, error);
  if (completion == NULL)
    return NULL;
  if (completion->trainees->len == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no trainees, so there are no results to print. Enrol its "
                     "trainees first."), training_class->code);
      return NULL;
    }
  credits = load_credits (db, class_id, error);
  if (credits == NULL)
    return NULL;

  self = g_object_new (PX_TYPE_CLASS_RESULTS, NULL);
  px_table_document_set_page (PX_TABLE_DOCUMENT (self),
                              px_page_new_for_database (PX_PAGE_PORTRAIT, db));
  px_table_document_set_table (PX_TABLE_DOCUMENT (self), create_table ());
  for (guint i = 0; i < completion->trainees->len; i++)
    add_trainee (self, g_ptr_array_index (completion->trainees, i), credits);
  /* TRANSLATORS: a class's results heading: the class's title, then 学员结业情况表 */
  heading_title = g_strdup_printf (_("%s: Trainee Results"), training_class->title);
  heading_details = format_details (training_class, completion);
  px_table_document_set_heading (PX_TABLE_DOCUMENT (self), heading_title, heading_details);
  px_table_document_paginate (PX_TABLE_DOCUMENT (self));

  /* TRANSLATORS: the document's title: the class's code and title, then 结业情况 */
  title = g_strdup_printf (_("%s %s · Results"), training_class->code, training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_class_results_get_page (PxClassResults *self)
{
  g_return_val_if_fail (PX_IS_CLASS_RESULTS (self), NULL);
  return px_table_document_get_page (PX_TABLE_DOCUMENT (self));
}

guint
px_class_results_get_n_trainees (PxClassResults *self)
{
  g_return_val_if_fail (PX_IS_CLASS_RESULTS (self), 0);
  return self->n_trainees;
}

static void
px_class_results_class_init (PxClassResultsClass *klass)
{
}

static void
px_class_results_init (PxClassResults *self)
{
}
