/* px-class-completion.c: deciding who completed a class (结业), by its rule or by override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-completion"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "px-class-completion.h"
#include "px-credit-record.h"
#include "px-enrollment.h"
#include "px-training-class.h"
#include "px-validation-error.h"

static void
trainee_free (PxTraineeCompletion *t)
{
  g_free (t->enrollment_id);
  g_free (t->cadre_id);
  g_free (t->citizen_id);
  g_free (t->name);
  g_free (t->reason);
  g_free (t->stored);
  g_free (t->stored_reason);
  g_free (t);
}

void
px_class_completion_free (PxClassCompletion *completion)
{
  if (completion == NULL)
    return;
  g_free (completion->class_code);
  g_free (completion->class_id);
  g_ptr_array_unref (completion->trainees);
  g_free (completion);
}

static char *
number (double value,
        const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

static PxTrainingClass *
get_class (PxDatabase  *db,
           const char  *code,
           GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db, "SELECT id FROM class WHERE code = ?1", error);
  g_autofree char *id = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  if (id == NULL)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("There is no class with the code %s."), code);
      return NULL;
    }
  return px_training_class_get (db, id, error);
}

static gboolean
class_hours (PxDatabase  *db,
             const char  *class_id,
             double      *hours,
             GError     **error)
{
  return px_database_query_double (db, "SELECT COALESCE (SUM (hours), 0) FROM session "
                                       "WHERE class_id = ?1", class_id, hours, error);
}

gboolean
px_class_trainee_hours (PxDatabase  *db,
                        const char  *enrollment_id,
                        double      *hours,
                        GError     **error)
{
  static const char sql[] =
    "SELECT COALESCE (SUM (s.hours), 0) FROM enrollment e "
    "JOIN session s ON s.class_id = e.class_id "
    "WHERE e.id = ?1 AND (s.is_elective = 0 "
    "  OR EXISTS (SELECT 1 FROM elective_choice c "
    "             WHERE c.session_id = s.id AND c.enrollment_id = e.id) "
    "  OR EXISTS (SELECT 1 FROM attendance a "
    "             WHERE a.session_id = s.id AND a.enrollment_id = e.id))";

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL && hours != NULL, FALSE);

  return px_database_query_double (db, sql, enrollment_id, hours, error);
}

/* Attended (present + late) and leave hours of one enrollment; leave is the larger of the
 * attendance rows marked leave and the leave requests' hours, so that neither is counted twice. */
static gboolean
enrollment_hours (PxDatabase  *db,
                  const char  *enrollment_id,
                  double      *attended,
                  double      *leave,
                  GError     **error)
{
  static const char sql[] =
    "SELECT COALESCE (SUM (CASE WHEN a.status IN ('present', 'late') THEN s.hours END), 0), "
    "       COALESCE (SUM (CASE WHEN a.status = 'leave' THEN s.hours END), 0), "
    "       (SELECT COALESCE (SUM (hours), 0) FROM leave_request WHERE enrollment_id = ?1) "
    "FROM attendance a JOIN session s ON s.id = a.session_id WHERE a.enrollment_id = ?1";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, enrollment_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *attended = sqlite3_column_double (stmt, 0);
      *leave = MAX (sqlite3_column_double (stmt, 1), sqlite3_column_double (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The trainees of a class with their cadre's name and citizen ID, in name order. */
static GPtrArray *
list_trainees (PxDatabase  *db,
               const char  *class_id,
               GError     **error)
{
  static const char sql[] =
    "SELECT e.id, e.cadre_id, c.citizen_id, c.name FROM enrollment e "
    "JOIN cadre c ON c.id = e.cadre_id WHERE e.class_id = ?1 ORDER BY c.name, c.citizen_id";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  g_autoptr(GPtrArray) trainees = g_ptr_array_new_with_free_func ((GDestroyNotify) trainee_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxTraineeCompletion *t = g_new0 (PxTraineeCompletion, 1);

      t->enrollment_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      t->cadre_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      t->citizen_id = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      t->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      t->rate = NAN;
      t->exam_score = NAN;
      t->paper_score = NAN;
      g_ptr_array_add (trainees, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&trainees);
}

/* Gives the cadre the class's one credit record (completed) or takes it away. */
static gboolean
set_credit (PxDatabase            *db,
            const PxTrainingClass *training_class,
            const char            *cadre_id,
            gboolean               completed,
            double                 hours,
            GError               **error)
{
  static const char sql[] =
    "SELECT id FROM credit_record WHERE cadre_id = ?1 AND class_id = ?2 AND source = 'class' "
    "ORDER BY created_at, id";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gint64 year = g_ascii_strtoll (training_class->end_date, NULL, 10);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, cadre_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, training_class->base.id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  /* one per cadre and class: a completed trainee keeps the first, the rest go */
  for (guint i = completed ? 1 : 0; i < ids->len; i++)
    if (!px_credit_record_delete (db, g_ptr_array_index (ids, i), error))
      return FALSE;
  if (!completed)
    return TRUE;
  if (ids->len == 0)
    {
      g_autoptr(PxCreditRecord) record = px_credit_record_new ();

      record->cadre_id = g_strdup (cadre_id);
      record->year = year;
      record->source = g_strdup ("class");
      record->hours = hours;
      record->class_id = g_strdup (training_class->base.id);
      return px_credit_record_insert (db, record, error);
    }
  else
    {
      g_autoptr(PxCreditRecord) record = px_credit_record_get (db, g_ptr_array_index (ids, 0),
                                                               error);

      if (record == NULL)
        return FALSE;
      record->year = year;
      record->hours = hours;
      return px_credit_record_update (db, record, NULL, error);
    }
}

/* Decides one trainee by the rule from their attended and leave hours; *withdraw says the 1/7
 * leave rule withdraws them. */
static void
decide (const PxTrainingClass *training_class,
        const PxEnrollment    *enrollment,
        double                 total,
        double                 attended,
        double                 leave,
        gboolean              *completed,
        gboolean              *withdraw,
        char                 **reason)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *attended_text = NULL, *total_text = NULL, *percent = NULL;
  g_autofree char *threshold = NULL;
  double ratio;

  *completed = FALSE;
  *withdraw = FALSE;
  total_text = number (total, "%.4g");
  if (total <= 0)
    {
      *reason = g_strdup (_("the class has no session hours to attend"));
      return;
    }
  if (leave > total / 7 + 1e-9)
    {
      g_autofree char *leave_text = number (leave, "%.4g");

      *withdraw = TRUE;
      /* Translators: leave hours, of the class's hours */
      *reason = g_strdup_printf (_("leave %s of %s hours, over 1/7 of the class hours: withdrawn "
                                   "by the rule"), leave_text, total_text);
      return;
    }
  ratio = attended / total;
  attended_text = number (attended, "%.4g");
  percent = number (floor (100 * ratio), "%.0f");
  threshold = number (100 * training_class->attendance_threshold, "%.1f");
  if (ratio + 1e-9 < training_class->attendance_threshold)
    /* Translators: attended hours, class hours, percentage attended, the class's threshold */
    g_ptr_array_add (failures, g_strdup_printf (_("attended %s of %s hours (%s %%, below %s %%)"),
                                                attended_text, total_text, percent, threshold));
  if (!isnan (enrollment->exam_score) && enrollment->exam_score < training_class->pass_score)
    {
      g_autofree char *score = number (enrollment->exam_score, "%.4g");
      g_autofree char *pass = number (training_class->pass_score, "%.4g");

      g_ptr_array_add (failures, g_strdup_printf (_("exam score %s, below %s"), score, pass));
    }
  if (!isnan (enrollment->paper_score) && enrollment->paper_score < training_class->pass_score)
    {
      g_autofree char *score = number (enrollment->paper_score, "%.4g");
      g_autofree char *pass = number (training_class->pass_score, "%.4g");

      g_ptr_array_add (failures, g_strdup_printf (_("paper score %s, below %s"), score, pass));
    }
  if (failures->len > 0)
    {
      g_ptr_array_add (failures, NULL);
      *reason = g_strjoinv ("; ", (char **) failures->pdata);
      return;
    }
  *completed = TRUE;
  /* Translators: attended hours, class hours, percentage attended */
  *reason = g_strdup_printf (_("attended %s of %s hours (%s %%)"), attended_text, total_text,
                             percent);
}

static PxClassCompletion *
completion_new (const PxTrainingClass *training_class)
{
  PxClassCompletion *completion = g_new0 (PxClassCompletion, 1);

  completion->class_code = g_strdup (training_class->code);
  completion->class_id = g_strdup (training_class->base.id);
  completion->trainees = g_ptr_array_new_with_free_func ((GDestroyNotify) trainee_free);
  completion->pass_score = training_class->pass_score;
  completion->attendance_threshold = training_class->attendance_threshold;
  return completion;
}

/* Decides every trainee; writes the decisions and credits only when write (a preview does
 * not), so that the preview and the rule cannot disagree. */
static gboolean
apply_all (PxDatabase            *db,
           const PxTrainingClass *training_class,
           PxClassCompletion     *completion,
           gboolean               write,
           GError               **error)
{
  g_autoptr(GPtrArray) trainees = NULL;
  double total = 0, credit;

  if (!class_hours (db, training_class->base.id, &total, error))
    return FALSE;
  credit = isnan (training_class->credit_hours) ? total : training_class->credit_hours;
  completion->hours = total;
  completion->credit_hours = credit;
  trainees = list_trainees (db, training_class->base.id, error);
  if (trainees == NULL)
    return FALSE;
  for (guint i = 0; i < trainees->len; i++)
    {
      PxTraineeCompletion *t = g_ptr_array_index (trainees, i);
      g_autoptr(PxEnrollment) enrollment = px_enrollment_get (db, t->enrollment_id, error);
      gboolean withdraw = FALSE;
      double hours = 0;

      /* counted against the hours this trainee was to attend: parallel electives they did
       * not choose are not theirs */
      if (enrollment == NULL
          || !enrollment_hours (db, t->enrollment_id, &t->attended_hours, &t->leave_hours, error)
          || !px_class_trainee_hours (db, t->enrollment_id, &hours, error))
        return FALSE;
      t->leave_limit = hours / 7;
      t->leave_state = px_leave_state_for (t->leave_hours, t->leave_limit);
      t->rate = hours > 0 ? t->attended_hours / hours : NAN;
      t->exam_score = enrollment->exam_score;
      t->paper_score = enrollment->paper_score;
      t->stored = g_strdup (enrollment->completion);
      t->stored_reason = g_strdup (enrollment->completion_reason);
      if (enrollment->completion_override)
        {
          /* the head teacher's decision stands as it is */
          t->overridden = TRUE;
          t->completed = g_strcmp0 (enrollment->completion, "completed") == 0;
          t->withdrawn = g_strcmp0 (enrollment->status, "withdrawn") == 0;
          t->reason = g_strdup (enrollment->completion_reason != NULL
                                  ? enrollment->completion_reason
                                  : _("the head teacher’s decision"));
        }
      else
        {
          if (g_strcmp0 (enrollment->status, "withdrawn") == 0)
            {
              t->withdrawn = TRUE;
              t->reason = g_strdup (enrollment->withdraw_reason != NULL
                                      ? enrollment->withdraw_reason : _("withdrawn"));
            }
          else
            decide (training_class, enrollment, hours, t->attended_hours, t->leave_hours,
                    &t->completed, &withdraw, &t->reason);
          if (withdraw)
            {
              t->withdrawn = TRUE;
              t->withdrawn_now = TRUE;
              completion->n_withdrawn_now++;
              g_free (enrollment->status);
              enrollment->status = g_strdup ("withdrawn");
              g_free (enrollment->withdraw_reason);
              enrollment->withdraw_reason = g_strdup (t->reason);
            }
          g_free (enrollment->completion);
          enrollment->completion = g_strdup (t->completed ? "completed" : "not_completed");
          g_free (enrollment->completion_reason);
          enrollment->completion_reason = g_strdup (t->reason);
          if (write
              && (!px_enrollment_update (db, enrollment, NULL, error)
                  || !set_credit (db, training_class, t->cadre_id, t->completed,
                                  isnan (training_class->credit_hours) ? hours : credit,
                                  error)))
            return FALSE;
        }
      if (t->completed)
        completion->n_completed++;
      else
        completion->n_not_completed++;
    }
  g_ptr_array_extend_and_steal (completion->trainees, g_steal_pointer (&trainees));
  return TRUE;
}

PxClassCompletion *
px_class_completion_apply (PxDatabase  *db,
                           const char  *class_code,
                           GError     **error)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;

  g_return_val_if_fail (class_code != NULL, NULL);
  training_class = get_class (db, class_code, error);
  if (training_class == NULL)
    return NULL;
  completion = completion_new (training_class);
  if (!px_database_begin (db, error))
    return NULL;
  if (!apply_all (db, training_class, completion, TRUE, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&completion);
}

PxClassCompletion *
px_class_completion_preview (PxDatabase  *db,
                             const char  *class_code,
                             GError     **error)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;
  gboolean ok;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_code != NULL, NULL);
  training_class = get_class (db, class_code, error);
  if (training_class == NULL)
    return NULL;
  completion = completion_new (training_class);
  /* one snapshot for all the trainees' reads, without a write lock */
  if (!px_database_begin_read (db, error))
    return NULL;
  ok = apply_all (db, training_class, completion, FALSE, error);
  px_database_rollback (db);
  return ok ? g_steal_pointer (&completion) : NULL;
}

static gboolean
check_score (double       score,
             const char  *column,
             const char  *label,
             GError     **error)
{
  if (isnan (score) || (score >= 0 && score <= 100))
    return TRUE;
  /* Translators: the field ("Exam score"), then the value typed */
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("%s must be between 0 and 100, not %g."), label, score);
  return FALSE;
}

gboolean
px_class_completion_set_scores (PxDatabase  *db,
                                const char  *enrollment_id,
                                double       exam_score,
                                double       paper_score,
                                GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL, FALSE);

  if (!check_score (exam_score, "exam_score", _("Exam score"), error)
      || !check_score (paper_score, "paper_score", _("Paper score"), error))
    return FALSE;
  if (!px_database_begin (db, error))
    return FALSE;
  enrollment = px_enrollment_get (db, enrollment_id, error);
  if (enrollment != NULL)
    {
      enrollment->exam_score = exam_score;
      enrollment->paper_score = paper_score;
    }
  if (enrollment == NULL
      || !px_enrollment_update (db, enrollment, NULL, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
override_all (PxDatabase            *db,
              const PxTrainingClass *training_class,
              const char * const    *citizen_ids,
              const char            *reason,
              PxClassCompletion     *completion,
              GError               **error)
{
  g_autoptr(GPtrArray) trainees = NULL;
  double total = 0, credit, hours = 0;

  if (!class_hours (db, training_class->base.id, &total, error))
    return FALSE;
  credit = isnan (training_class->credit_hours) ? total : training_class->credit_hours;
  completion->hours = total;
  completion->credit_hours = credit;
  trainees = list_trainees (db, training_class->base.id, error);
  if (trainees == NULL)
    return FALSE;
  if (citizen_ids != NULL)
    for (guint k = 0; citizen_ids[k] != NULL; k++)
      {
        gboolean found = FALSE;

        for (guint i = 0; i < trainees->len && !found; i++)
          found = g_strcmp0 (((PxTraineeCompletion *) g_ptr_array_index (trainees, i))->citizen_id,
                             citizen_ids[k]) == 0;
        if (!found)
          {
            g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                         _("No trainee of class %s has the citizen ID number %s."),
                         training_class->code, citizen_ids[k]);
            return FALSE;
          }
      }
  for (guint i = 0; i < trainees->len;)
    {
      PxTraineeCompletion *t = g_ptr_array_index (trainees, i);
      g_autoptr(PxEnrollment) enrollment = NULL;

      if (citizen_ids != NULL && !g_strv_contains ((const char * const *) citizen_ids,
                                                   t->citizen_id))
        {
          i++;
          continue;
        }
      enrollment = px_enrollment_get (db, t->enrollment_id, error);
      if (enrollment == NULL)
        return FALSE;
      if (g_strcmp0 (enrollment->status, "withdrawn") == 0)
        {
          if (citizen_ids == NULL)
            {
              i++;
              continue;
            }
          g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                       _("%s (%s) has withdrawn from class %s."), t->name, t->citizen_id,
                       training_class->code);
          return FALSE;
        }
      if (!enrollment_hours (db, t->enrollment_id, &t->attended_hours, &t->leave_hours, error)
          || !px_class_trainee_hours (db, t->enrollment_id, &hours, error))
        return FALSE;
      t->leave_limit = hours / 7;
      t->leave_state = px_leave_state_for (t->leave_hours, t->leave_limit);
      t->rate = hours > 0 ? t->attended_hours / hours : NAN;
      t->exam_score = enrollment->exam_score;
      t->paper_score = enrollment->paper_score;
      t->stored = g_strdup (enrollment->completion);
      t->stored_reason = g_strdup (enrollment->completion_reason);
      t->completed = TRUE;
      t->overridden = TRUE;
      t->reason = g_strdup (reason != NULL ? reason : _("the head teacher’s decision"));
      g_free (enrollment->completion);
      enrollment->completion = g_strdup ("completed");
      g_free (enrollment->completion_reason);
      enrollment->completion_reason = g_strdup (t->reason);
      enrollment->completion_override = TRUE;
      if (!px_enrollment_update (db, enrollment, NULL, error)
          || !set_credit (db, training_class, t->cadre_id, TRUE,
                          isnan (training_class->credit_hours) ? hours : credit, error))
        return FALSE;
      completion->n_completed++;
      /* into the result, in name order; the next trainee takes index i */
      g_ptr_array_add (completion->trainees, g_ptr_array_steal_index (trainees, i));
    }
  return TRUE;
}

PxClassCompletion *
px_class_completion_override (PxDatabase          *db,
                              const char          *class_code,
                              const char * const  *citizen_ids,
                              const char          *reason,
                              GError             **error)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassCompletion) completion = NULL;

  g_return_val_if_fail (class_code != NULL, NULL);
  training_class = get_class (db, class_code, error);
  if (training_class == NULL)
    return NULL;
  completion = completion_new (training_class);
  if (!px_database_begin (db, error))
    return NULL;
  if (!override_all (db, training_class, citizen_ids, reason, completion, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&completion);
}
