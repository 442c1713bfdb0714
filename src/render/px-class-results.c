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
#include "px-date.h"
#include "px-render-error.h"
#include "px-table.h"
#include "px-training-class.h"

#define TABLE_SIZE 8.5

struct _PxClassResults
{
  PxDocument parent_instance;

  PxPage *page;
  char *heading_title;
  char *heading_details;
  PxTable *table;
  guint n_trainees;
  double heading_height;
};

G_DEFINE_FINAL_TYPE (PxClassResults, px_class_results, PX_TYPE_DOCUMENT)

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

static void
build_table (PxClassResults *self)
{
  self->table = px_table_new (TABLE_SIZE);
  /* TRANSLATORS: column heads of a class's results (序号 姓名 出勤学时 出勤率 考试成绩 论文成绩
   * 结业情况 认定学时 说明) */
  px_table_add_column (self->table, _("No."), 26, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (self->table, _("Name"), 54, PX_TABLE_ALIGN_START);
  px_table_add_column (self->table, _("Hours attended"), 46, PX_TABLE_ALIGN_END);
  px_table_add_column (self->table, _("Rate"), 42, PX_TABLE_ALIGN_END);
  px_table_add_column (self->table, _("Exam"), 36, PX_TABLE_ALIGN_END);
  px_table_add_column (self->table, _("Paper"), 36, PX_TABLE_ALIGN_END);
  px_table_add_column (self->table, _("Completion"), 62, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (self->table, _("Hours credited"), 46, PX_TABLE_ALIGN_END);
  px_table_add_flexible_column (self->table, _("Remarks"), 1, PX_TABLE_ALIGN_START);
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

  px_table_add_row (self->table, cells);
}

static char *
format_details (const PxTrainingClass   *training_class,
                const PxClassCompletion *completion)
{
  g_autofree char *start = px_date_format_chinese (training_class->start_date);
  g_autofree char *end = px_date_format_chinese (training_class->end_date);
  g_autofree char *code = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *counts = NULL;
  guint n_completed = 0;

  for (guint i = 0; i < completion->trainees->len; i++)
    {
      PxTraineeCompletion *trainee = g_ptr_array_index (completion->trainees, i);

      n_completed += g_strcmp0 (trainee->stored, "completed") == 0;
    }
  /* TRANSLATORS: the class's code in a printed document's heading */
  code = g_strdup_printf (_("Class code: %s"), training_class->code);
  /* TRANSLATORS: the first and last day of a class (%s至%s) */
  dates = g_strdup_printf (_("%s to %s"), start, end);
  /* TRANSLATORS: in a class's results heading: completed of trainees (结业 38 人，共 40 人) */
  counts = g_strdup_printf (_("%u of %u completed"), n_completed, completion->trainees->len);
  return g_strjoin ("    ", code, dates, counts, NULL);
}

static void
paginate (PxClassResults *self)
{
  cairo_t *cr = px_page_create_measuring_context ();
  double content_height = px_page_get_content_height (self->page);

  self->heading_height = px_page_draw_heading (self->page, cr, self->heading_title,
                                               self->heading_details);
  px_table_paginate (self->table, cr, px_page_get_content_width (self->page),
                     content_height - self->heading_height, content_height);
  cairo_destroy (cr);
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
  self->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  build_table (self);
  for (guint i = 0; i < completion->trainees->len; i++)
    add_trainee (self, g_ptr_array_index (completion->trainees, i), credits);
  /* TRANSLATORS: a class's results heading: the class's title, then 学员结业情况表 */
  self->heading_title = g_strdup_printf (_("%s: Trainee Results"), training_class->title);
  self->heading_details = format_details (training_class, completion);
  paginate (self);

  /* TRANSLATORS: the document's title: the class's code and title, then 结业情况 */
  title = g_strdup_printf (_("%s %s · Results"), training_class->code, training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_class_results_get_page (PxClassResults *self)
{
  g_return_val_if_fail (PX_IS_CLASS_RESULTS (self), NULL);
  return self->page;
}

guint
px_class_results_get_n_trainees (PxClassResults *self)
{
  g_return_val_if_fail (PX_IS_CLASS_RESULTS (self), 0);
  return self->n_trainees;
}

/* PxDocument */

static guint
px_class_results_get_n_pages (PxDocument *document)
{
  return px_table_get_n_pages (PX_CLASS_RESULTS (document)->table);
}

static void
px_class_results_get_page_size (PxDocument *document,
                                guint       page_index,
                                double     *width,
                                double     *height)
{
  PxClassResults *self = PX_CLASS_RESULTS (document);

  *width = self->page->width;
  *height = self->page->height;
}

static void
px_class_results_draw_page (PxDocument *document,
                            cairo_t    *cr,
                            guint       page_index)
{
  PxClassResults *self = PX_CLASS_RESULTS (document);
  const PxPage *page = self->page;
  double y = page->margin_top;

  if (page_index == 0)
    y += px_page_draw_heading (page, cr, self->heading_title, self->heading_details);
  px_table_draw_page (self->table, cr, page_index, page->margin_left, y);
  px_page_draw_page_number (page, cr, page_index, px_table_get_n_pages (self->table));
}

static void
px_class_results_finalize (GObject *object)
{
  PxClassResults *self = PX_CLASS_RESULTS (object);

  px_page_free (self->page);
  g_free (self->heading_title);
  g_free (self->heading_details);
  g_clear_pointer (&self->table, px_table_free);
  G_OBJECT_CLASS (px_class_results_parent_class)->finalize (object);
}

static void
px_class_results_class_init (PxClassResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_class_results_finalize;
  document_class->get_n_pages = px_class_results_get_n_pages;
  document_class->get_page_size = px_class_results_get_page_size;
  document_class->draw_page = px_class_results_draw_page;
}

static void
px_class_results_init (PxClassResults *self)
{
}
