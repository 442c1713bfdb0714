/* px-class-copy.c: a new class made from a past one, its timetable moved to the new dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-copy"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-class-copy.h"
#include "px-session.h"
#include "px-training-class.h"
#include "px-validation-error.h"

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3
      || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* iso moved by days, or NULL when it is no date */
static char *
shift_date (const char *iso,
            int         days)
{
  GDate date;

  if (!parse_date (iso, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static void
take_text (char       **field,
           const char  *text)
{
  g_free (*field);
  *field = g_strstrip (g_strdup (text));
}

/* A fresh record to insert: no key, no times */
static void
forget_identity (PxRecord *record)
{
  g_clear_pointer (&record->id, g_free);
  g_clear_pointer (&record->created_at, g_free);
  g_clear_pointer (&record->updated_at, g_free);
}

static gboolean
copy_sessions (PxDatabase  *db,
               const char  *source_id,
               const char  *target_id,
               int          days,
               GError     **error)
{
  const char *filters[] = { "class_id", source_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) sessions = px_session_list (db, &query, error);

  if (sessions == NULL)
    return FALSE;
  for (guint i = 0; i < sessions->len; i++)
    {
      PxSession *session = g_ptr_array_index (sessions, i);
      char *date = shift_date (session->date, days);

      /* a stored session always has a valid date; keep it as it is otherwise */
      if (date != NULL)
        {
          g_free (session->date);
          session->date = date;
        }
      forget_identity (&session->base);
      take_text (&session->class_id, target_id);
      if (!px_session_insert (db, session, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
px_class_copy (PxDatabase  *db,
               const char  *source_class_id,
               const char  *new_code,
               const char  *new_title,
               const char  *new_start_date,
               char       **new_id,
               GError     **error)
{
  g_autoptr(PxTrainingClass) copy = NULL;
  GDate old_start, new_start;
  int days;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (source_class_id != NULL, FALSE);
  g_return_val_if_fail (new_code != NULL, FALSE);
  g_return_val_if_fail (new_start_date != NULL, FALSE);

  if (new_id != NULL)
    *new_id = NULL;
  copy = px_training_class_get (db, source_class_id, error);
  if (copy == NULL)
    return FALSE;
  if (!parse_date (new_start_date, &new_start))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "start_date",
                               _("“%s” is not a date (YYYY-MM-DD)."), new_start_date);
      return FALSE;
    }
  if (!parse_date (copy->start_date, &old_start))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "start_date",
                               _("The class to copy has no valid start date."));
      return FALSE;
    }
  days = g_date_days_between (&old_start, &new_start);

  forget_identity (&copy->base);
  take_text (&copy->code, new_code);
  if (new_title != NULL && *new_title != '\0')
    take_text (&copy->title, new_title);
  g_free (copy->start_date);
  copy->start_date = shift_date (new_start_date, 0);
  {
    char *end = shift_date (copy->end_date, days);

    if (end != NULL)
      {
        g_free (copy->end_date);
        copy->end_date = end;
      }
  }
  take_text (&copy->status, "planning");

  if (!px_database_begin (db, error))
    return FALSE;
  if (!px_training_class_insert (db, copy, error)
      || !copy_sessions (db, source_class_id, copy->base.id, days, error)
      || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  if (new_id != NULL)
    *new_id = g_strdup (copy->base.id);
  return TRUE;
}
