/* px-class-from-plan.c: making a class (班次) from an item of the training plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-from-plan"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-class-from-plan.h"
#include "px-class-summary.h"
#include "px-date.h"
#include "px-plan-item.h"
#include "px-training-class.h"
#include "px-validation-error.h"

void
px_plan_item_choice_free (PxPlanItemChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->id);
  g_free (choice->title);
  g_free (choice->class_type);
  g_free (choice);
}

GPtrArray *
px_class_plan_item_choices (PxDatabase  *db,
                            GError     **error)
{
  static const char sql[] =
    "SELECT i.id, p.year, i.title, i.class_type, i.quota, i.days, i.month, "
    "       (SELECT count(*) FROM class c WHERE c.plan_item_id = i.id) "
    "FROM plan_item i JOIN plan p ON p.id = i.plan_id "
    "ORDER BY p.year DESC, i.month IS NULL, i.month, i.title";
  g_autoptr(GPtrArray) choices = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  choices = g_ptr_array_new_with_free_func ((GDestroyNotify) px_plan_item_choice_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxPlanItemChoice *choice = g_new0 (PxPlanItemChoice, 1);

      choice->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      choice->year = sqlite3_column_int (stmt, 1);
      choice->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      choice->class_type = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      choice->quota = sqlite3_column_type (stmt, 4) == SQLITE_NULL
                      ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 4);
      choice->days = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                     ? NAN : sqlite3_column_double (stmt, 5);
      choice->month = sqlite3_column_type (stmt, 6) == SQLITE_NULL
                      ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 6);
      choice->n_classes = (guint) sqlite3_column_int (stmt, 7);
      g_ptr_array_add (choices, choice);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&choices);
}

/* "2026-ZT-004" → "2026-ZT-005", keeping the number's width; NULL without a trailing number. */
static char *
next_code (const char *code)
{
  gsize len = strlen (code), digits = 0;
  guint64 number;

  while (digits < len && g_ascii_isdigit (code[len - digits - 1]))
    digits++;
  if (digits == 0 || digits > 9)
    return NULL;
  number = g_ascii_strtoull (code + len - digits, NULL, 10) + 1;
  return g_strdup_printf ("%.*s%0*" G_GUINT64_FORMAT, (int) (len - digits), code, (int) digits,
                          number);
}

static gboolean
code_taken (PxDatabase *db,
            const char *code)
{
  sqlite3_stmt *stmt = px_database_prepare (db, "SELECT 1 FROM class WHERE code = ?1", NULL);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return taken;
}

char *
px_class_suggest_code (PxDatabase *db,
                       int         year,
                       const char *class_type)
{
  /* the same type's latest code that year, else the year's latest */
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT code FROM class WHERE substr (start_date, 1, 4) = printf ('%04d', ?1) "
    "ORDER BY (class_type IS ?2) DESC, created_at DESC, code DESC LIMIT 1", NULL);
  g_autofree char *last = NULL;
  g_autofree char *code = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_int (stmt, 1, year);
      sqlite3_bind_text (stmt, 2, class_type, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        last = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  code = last != NULL ? next_code (last) : NULL;
  if (code == NULL)
    code = g_strdup_printf ("%04d-001", year);
  /* a number someone used by hand already: go on counting */
  for (guint i = 0; i < 1000 && code_taken (db, code); i++)
    {
      char *next = next_code (code);

      if (next == NULL)
        break;
      g_free (code);
      code = next;
    }
  return g_steal_pointer (&code);
}

char *
px_class_create_from_plan_item (PxDatabase  *db,
                                const char  *plan_item_id,
                                const char  *code,
                                const char  *title,
                                const char  *start_date,
                                GError     **error)
{
  g_autoptr(PxPlanItem) item = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *trimmed_title = g_strstrip (g_strdup (title != NULL ? title : ""));

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (plan_item_id != NULL, NULL);

  item = px_plan_item_get (db, plan_item_id, error);
  if (item == NULL)
    return NULL;

  training_class = px_training_class_new ();
  training_class->code = g_strdup (code);
  training_class->title = g_strdup (*trimmed_title != '\0' ? trimmed_title : item->title);
  training_class->plan_item_id = g_strdup (plan_item_id);
  training_class->class_type = g_strdup (item->class_type);
  training_class->start_date = g_strstrip (g_strdup (start_date != NULL ? start_date : ""));
  training_class->capacity = item->quota;

  if (!px_date_is_iso (training_class->start_date))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "start_date",
                               _("Give the start date as 2026-03-02."));
      return NULL;
    }
  if (!isnan (item->days) && item->days >= 1)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autofree char *midnight = g_strconcat (training_class->start_date, "T00:00:00Z", NULL);

      start = g_date_time_new_from_iso8601 (midnight, NULL);
      end = g_date_time_add_days (start, (int) ceil (item->days) - 1);
      training_class->end_date = g_date_time_format (end, "%Y-%m-%d");
      training_class->required_hours = item->days * PX_HOURS_PER_DAY;
      training_class->credit_hours = item->days * PX_HOURS_PER_DAY;
    }
  else
    training_class->end_date = g_strdup (training_class->start_date);

  if (!px_class_create (db, training_class, error))
    return NULL;
  return g_strdup (training_class->base.id);
}
