/* px-class-summary.c: what a class adds up to (trainees, timetable, method mix) and what is wrong
 * with its timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-summary"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-class-summary.h"
#include "px-entity.h"
#include "px-teaching-method.h"

static const char * const conflict_kinds[] = {
  "teacher_double_booked", "place_double_booked", "outside_dates", "hours_short",
};

const char *
px_class_conflict_kind_to_string (PxClassConflictKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (conflict_kinds), NULL);
  return conflict_kinds[kind];
}

void
px_class_conflict_free (PxClassConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->message);
  g_strfreev (conflict->session_ids);
  g_free (conflict->other_class_code);
  g_free (conflict->date);
  g_free (conflict);
}

static void
method_hours_clear (gpointer data)
{
  PxMethodHours *m = data;

  g_clear_pointer (&m->method, g_free);
  g_clear_pointer (&m->label, g_free);
}

void
px_class_summary_free (PxClassSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->id);
  g_free (summary->code);
  g_free (summary->title);
  g_free (summary->start_date);
  g_free (summary->end_date);
  g_free (summary->status);
  g_clear_pointer (&summary->methods, g_array_unref);
  g_clear_pointer (&summary->conflicts, g_ptr_array_unref);
  g_free (summary);
}

/* Helpers */

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static const char *
slot_label (const char *slot)
{
  if (g_strcmp0 (slot, "morning") == 0)
    return _("morning");
  if (g_strcmp0 (slot, "afternoon") == 0)
    return _("afternoon");
  if (g_strcmp0 (slot, "evening") == 0)
    return _("evening");
  return slot != NULL ? slot : "";
}

/* Hours as a registrar writes them: 3, 1.5 */
static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", hours));
}

static PxClassConflict *
conflict_new (PxClassConflictKind  kind,
              const char          *date,
              const char          *session_id,
              const char          *other_session_id,
              const char          *other_class_code)
{
  PxClassConflict *conflict = g_new0 (PxClassConflict, 1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  conflict->kind = kind;
  conflict->date = g_strdup (date);
  conflict->other_class_code = g_strdup (other_class_code);
  if (session_id != NULL)
    g_strv_builder_add (ids, session_id);
  if (other_session_id != NULL)
    g_strv_builder_add (ids, other_session_id);
  conflict->session_ids = g_strv_builder_end (ids);
  return conflict;
}

static gboolean
finish_rows (PxDatabase    *db,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Conflicts */

/* Each session of the class against the sessions of the same teacher on the same day (the
 * session_teacher index), keeping those whose times overlap. A pair within the class is kept
 * once. */
static gboolean
add_teacher_conflicts (PxDatabase  *db,
                       const char  *class_id,
                       GPtrArray   *conflicts,
                       GError     **error)
{
  static const char sql[] =
    "SELECT s.id, o.id, s.date, s.slot, o.start_time, o.end_time, c.code, t.name"
    " FROM session s"
    " JOIN session o ON o.teacher_id = s.teacher_id AND o.date = s.date AND o.id <> s.id"
    "   AND o.start_time < s.end_time AND s.start_time < o.end_time"
    " JOIN class c ON c.id = o.class_id"
    " JOIN teacher t ON t.id = s.teacher_id"
    " WHERE s.class_id = ?1 AND s.teacher_id IS NOT NULL"
    "   AND (o.class_id <> s.class_id OR o.id > s.id)"
    " ORDER BY s.date, s.start_time, c.code, o.start_time";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      const char *code = (const char *) sqlite3_column_text (stmt, 6);
      PxClassConflict *conflict;

      conflict = conflict_new (PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED, date,
                               (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1), code);
      /* Translators: teacher's name, the other class's code, date, slot (morning …), the
       * other session's start and end times */
      conflict->message = g_strdup_printf (_("Teacher %s teaches class %s at the same time on "
                                             "%s (%s, %s–%s)."),
                                           (const char *) sqlite3_column_text (stmt, 7), code,
                                           date,
                                           slot_label (column_text (stmt, 3)),
                                           (const char *) sqlite3_column_text (stmt, 4),
                                           (const char *) sqlite3_column_text (stmt, 5));
      g_ptr_array_add (conflicts, conflict);
    }
  return finish_rows (db, stmt, rc, error);
}

/* A place is a teaching base (with a room in it, or the whole base when either session names
 * no room) or, without a base, a room of the school. Online sessions take no place. Found
 * through the session_base index: the other sessions of the same base, or of no base, that
 * day. */
static gboolean
add_place_conflicts (PxDatabase  *db,
                     const char  *class_id,
                     GPtrArray   *conflicts,
                     GError     **error)
{
  static const char sql[] =
    "SELECT s.id, o.id, s.date, s.slot, o.start_time, o.end_time, c.code, b.name,"
    "   coalesce (s.room, o.room)"
    " FROM session s"
    " JOIN session o ON o.base_id IS s.base_id AND o.date = s.date AND o.id <> s.id"
    "   AND o.start_time < s.end_time AND s.start_time < o.end_time"
    "   AND o.method <> 'online'"
    "   AND CASE WHEN s.base_id IS NULL THEN o.room = s.room"
    "       ELSE o.room IS NULL OR s.room IS NULL OR o.room = s.room END"
    " JOIN class c ON c.id = o.class_id"
    " LEFT JOIN base b ON b.id = s.base_id"
    " WHERE s.class_id = ?1 AND s.method <> 'online'"
    "   AND (s.base_id IS NOT NULL OR s.room IS NOT NULL)"
    "   AND (o.class_id <> s.class_id OR o.id > s.id)"
    " ORDER BY s.date, s.start_time, c.code, o.start_time";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      const char *code = (const char *) sqlite3_column_text (stmt, 6);
      const char *base = (const char *) sqlite3_column_text (stmt, 7);
      const char *room = (const char *) sqlite3_column_text (stmt, 8);
      g_autofree char *place = NULL;
      PxClassConflict *conflict;

      if (base != NULL && room != NULL)
        place = g_strdup_printf ("%s %s", base, room);
      else
        place = g_strdup (base != NULL ? base : room);
      conflict = conflict_new (PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED, date,
                               (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1), code);
      /* Translators: the base or room, the other class's code, date, slot (morning …), the
       * other session's start and end times */
      conflict->message = g_strdup_printf (_("%s is also booked for class %s at the same time on "
                                             "%s (%s, %s–%s)."),
                                           place, code, date,
                                           slot_label (column_text (stmt, 3)),
                                           (const char *) sqlite3_column_text (stmt, 4),
                                           (const char *) sqlite3_column_text (stmt, 5));
      g_ptr_array_add (conflicts, conflict);
    }
  return finish_rows (db, stmt, rc, error);
}

static gboolean
add_date_conflicts (PxDatabase  *db,
                    const char  *class_id,
                    const char  *start_date,
                    const char  *end_date,
                    GPtrArray   *conflicts,
                    GError     **error)
{
  /* the session_class index (class_id, date) finds both ends */
  static const char sql[] =
    "SELECT id, date, slot FROM session"
    " WHERE class_id = ?1 AND (date < ?2 OR date > ?3)"
    " ORDER BY date, start_time";
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, end_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = (const char *) sqlite3_column_text (stmt, 1);
      PxClassConflict *conflict;

      conflict = conflict_new (PX_CLASS_CONFLICT_OUTSIDE_DATES, date,
                               (const char *) sqlite3_column_text (stmt, 0), NULL, NULL);
      /* Translators: the session's date and slot (morning …), the class's first and last days */
      conflict->message = g_strdup_printf (_("The session on %s (%s) is outside the class’s dates, "
                                             "%s to %s."),
                                           date,
                                           slot_label (column_text (stmt, 2)),
                                           start_date, end_date);
      g_ptr_array_add (conflicts, conflict);
    }
  return finish_rows (db, stmt, rc, error);
}

static gint
compare_conflicts (gconstpointer a,
                   gconstpointer b)
{
  const PxClassConflict *x = *(PxClassConflict * const *) a;
  const PxClassConflict *y = *(PxClassConflict * const *) b;

  /* hours_short has no date and goes last */
  if ((x->date == NULL) != (y->date == NULL))
    return x->date == NULL ? 1 : -1;
  return g_strcmp0 (x->date, y->date);
}

/* The conflicts of the class whose row is known: dates and hours from the summary. */
static GPtrArray *
list_conflicts (PxDatabase  *db,
                const char  *class_id,
                const char  *start_date,
                const char  *end_date,
                double       required_hours,
                double       hours,
                GError     **error)
{
  g_autoptr(GPtrArray) conflicts = NULL;

  conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) px_class_conflict_free);

  if (!add_teacher_conflicts (db, class_id, conflicts, error)
      || !add_place_conflicts (db, class_id, conflicts, error)
      || !add_date_conflicts (db, class_id, start_date, end_date, conflicts, error))
    return NULL;
  /* stable: within a day, teachers, then places, then dates, each by time */
  g_ptr_array_sort (conflicts, compare_conflicts);

  /* a hundredth of an hour is rounding, not a shortfall */
  if (!isnan (required_hours) && hours + 0.005 < required_hours)
    {
      PxClassConflict *conflict = conflict_new (PX_CLASS_CONFLICT_HOURS_SHORT, NULL, NULL, NULL,
                                                NULL);
      g_autofree char *have = format_hours (hours);
      g_autofree char *missing = format_hours (required_hours - hours);
      g_autofree char *required = format_hours (required_hours);

      /* Translators: the timetable's hours, how many are missing, the class's required hours */
      conflict->message = g_strdup_printf (_("The timetable has %s hours, %s short of the %s "
                                             "hours required."), have, missing, required);
      g_ptr_array_add (conflicts, conflict);
    }
  return g_steal_pointer (&conflicts);
}

/* Summaries */

static gboolean
add_counts (PxDatabase      *db,
            PxClassSummary  *summary,
            GError         **error)
{
  /* UNIQUE (class_id, cadre_id) and session_class find a class's rows */
  static const char enrollment_sql[] =
    "SELECT coalesce (sum (status = 'enrolled'), 0), coalesce (sum (completion = 'completed'), 0)"
    " FROM enrollment WHERE class_id = ?1";
  static const char session_sql[] =
    "SELECT method, count (*), total (hours) FROM session WHERE class_id = ?1 GROUP BY method";
  const PxTeachingMethod *methods = px_teaching_methods ();
  g_autoptr(GArray) unknown = g_array_new (FALSE, TRUE, sizeof (PxMethodHours));
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare_static (db, enrollment_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, summary->id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary->n_enrolled = sqlite3_column_int (stmt, 0);
      summary->n_completed = sqlite3_column_int (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  if (!finish_rows (db, stmt, rc, error))
    return FALSE;

  g_array_set_clear_func (unknown, method_hours_clear);
  stmt = px_database_prepare_static (db, session_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, summary->id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxMethodHours m = { NULL };

      m.method = px_database_column_dup (stmt, 0);
      m.hours = sqlite3_column_double (stmt, 2);
      summary->n_sessions += sqlite3_column_int (stmt, 1);
      summary->hours += m.hours;
      g_array_append_val (unknown, m);
    }
  if (!finish_rows (db, stmt, rc, error))
    return FALSE;

  /* the known methods in their own order, then any others (GROUP BY sorted them by key); the
   * strings move to summary->methods */
  g_array_set_clear_func (unknown, NULL);
  for (guint i = 0; methods[i].key != NULL; i++)
    for (guint j = 0; j < unknown->len; j++)
      {
        PxMethodHours *m = &g_array_index (unknown, PxMethodHours, j);

        if (g_strcmp0 (m->method, methods[i].key) == 0)
          {
            m->label = g_strdup (_(methods[i].label));
            g_array_append_val (summary->methods, *m);
            g_array_remove_index (unknown, j);
            break;
          }
      }
  for (guint j = 0; j < unknown->len; j++)
    {
      PxMethodHours *m = &g_array_index (unknown, PxMethodHours, j);

      m->label = g_strdup (m->method);
      g_array_append_val (summary->methods, *m);
    }
  return TRUE;
}

#define CLASS_COLUMNS "id, code, title, start_date, end_date, status, capacity, required_hours"

static PxClassSummary *
summary_from_row (sqlite3_stmt *stmt)
{
  PxClassSummary *summary = g_new0 (PxClassSummary, 1);

  summary->id = px_database_column_dup (stmt, 0);
  summary->code = px_database_column_dup (stmt, 1);
  summary->title = px_database_column_dup (stmt, 2);
  summary->start_date = px_database_column_dup (stmt, 3);
  summary->end_date = px_database_column_dup (stmt, 4);
  summary->status = px_database_column_dup (stmt, 5);
  summary->capacity = sqlite3_column_type (stmt, 6) == SQLITE_NULL
                        ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 6);
  summary->required_hours = sqlite3_column_type (stmt, 7) == SQLITE_NULL
                              ? NAN : sqlite3_column_double (stmt, 7);
  summary->methods = g_array_new (FALSE, TRUE, sizeof (PxMethodHours));
  g_array_set_clear_func (summary->methods, method_hours_clear);
  return summary;
}

static gboolean
complete_summary (PxDatabase      *db,
                  PxClassSummary  *summary,
                  GError         **error)
{
  if (!add_counts (db, summary, error))
    return FALSE;
  summary->conflicts = list_conflicts (db, summary->id, summary->start_date, summary->end_date,
                                       summary->required_hours, summary->hours, error);
  return summary->conflicts != NULL;
}

/* Reads the class that sql finds by key (its id or code) and adds it up. */
static PxClassSummary *
get_summary (PxDatabase  *db,
             const char  *sql,
             const char  *key,
             GError     **error)
{
  g_autoptr(PxClassSummary) summary = NULL;
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary = summary_from_row (stmt);
      rc = sqlite3_step (stmt);
    }
  if (!finish_rows (db, stmt, rc, error))
    return NULL;
  if (summary == NULL)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("No class with code “%s”."), key);
      return NULL;
    }
  if (!complete_summary (db, summary, error))
    return NULL;
  return g_steal_pointer (&summary);
}

PxClassSummary *
px_class_summary_get (PxDatabase  *db,
                      const char  *class_id,
                      GError     **error)
{
  static const char sql[] = "SELECT " CLASS_COLUMNS " FROM class WHERE id = ?1";
  g_autoptr(GError) local_error = NULL;
  PxClassSummary *summary;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  summary = get_summary (db, sql, class_id, &local_error);
  if (g_error_matches (local_error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND))
    {
      /* an id means nothing to a registrar; say that the class is gone */
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("The class no longer exists."));
      return NULL;
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return summary;
}

PxClassSummary *
px_class_summary_get_by_code (PxDatabase  *db,
                              const char  *code,
                              GError     **error)
{
  static const char sql[] = "SELECT " CLASS_COLUMNS " FROM class WHERE code = ?1";

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return get_summary (db, sql, code, error);
}

GPtrArray *
px_class_summary_list (PxDatabase  *db,
                       int          year,
                       GError     **error)
{
  /* the class_start index, by start date */
  static const char sql[] =
    "SELECT " CLASS_COLUMNS " FROM class"
    " WHERE start_date >= ?1 AND start_date < ?2"
    " ORDER BY start_date, code";
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt;
  gboolean in_transaction;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (year >= 0 && year < 9999, NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) px_class_summary_free);
  first = year > 0 ? g_strdup_printf ("%04d-01-01", year) : g_strdup ("");
  after = year > 0 ? g_strdup_printf ("%04d-01-01", year + 1) : g_strdup ("9999-99-99");

  /* one snapshot for all the classes' reads */
  in_transaction = px_database_in_transaction (db);
  if (!in_transaction && !px_database_begin_read (db, error))
    return NULL;

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, after, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, summary_from_row (stmt));
  if (!finish_rows (db, stmt, rc, error))
    goto failed;

  for (guint i = 0; i < list->len; i++)
    if (!complete_summary (db, g_ptr_array_index (list, i), error))
      goto failed;

  if (!in_transaction)
    px_database_rollback (db);
  return g_steal_pointer (&list);

failed:
  if (!in_transaction)
    px_database_rollback (db);
  return NULL;
}

GPtrArray *
px_class_list_conflicts (PxDatabase  *db,
                         const char  *class_id,
                         GError     **error)
{
  g_autoptr(PxClassSummary) summary = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  summary = px_class_summary_get (db, class_id, error);
  if (summary == NULL)
    return NULL;
  return g_steal_pointer (&summary->conflicts);
}

/* Creating */

static void
trim_field (char **text)
{
  if (*text != NULL)
    g_strstrip (*text);
}

gboolean
px_class_create (PxDatabase       *db,
                 PxTrainingClass  *training_class,
                 GError          **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (training_class != NULL, FALSE);
  g_return_val_if_fail (training_class->base.id == NULL, FALSE);

  trim_field (&training_class->code);
  trim_field (&training_class->title);
  trim_field (&training_class->start_date);
  trim_field (&training_class->end_date);
  return px_training_class_insert (db, training_class, error);
}
