/* px-class-trainees.c: a class's trainees (学员) one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-class-trainees"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-class-trainees.h"
#include "px-training-class.h"
#include "px-validation-error.h"

static const char * const roles[] = {
  "班长", "副班长", "支部书记", "支部委员", "组长", "副组长", "学习委员", "生活委员",
  "文体委员", "宣传委员", NULL
};

const char * const *
px_class_trainees_roles (void)
{
  return roles;
}

void
px_trainee_free (PxTrainee *trainee)
{
  if (trainee == NULL)
    return;
  g_free (trainee->enrollment_id);
  g_free (trainee->cadre_id);
  g_free (trainee->name);
  g_free (trainee->gender);
  g_free (trainee->citizen_id);
  g_free (trainee->unit_name);
  g_free (trainee->post);
  g_free (trainee->rank);
  g_free (trainee->phone);
  g_free (trainee->status);
  g_free (trainee->withdraw_reason);
  g_free (trainee->group_name);
  g_free (trainee->class_role);
  g_free (trainee->dormitory);
  g_free (trainee->seat);
  g_free (trainee);
}

void
px_class_trainees_free (PxClassTrainees *trainees)
{
  if (trainees == NULL)
    return;
  g_free (trainees->class_id);
  g_strfreev (trainees->audience_ranks);
  g_ptr_array_unref (trainees->trainees);
  g_free (trainees);
}

/* "县处级正职、县处级副职" → { "县处级正职", "县处级副职" }; NULL when it names none. */
static GStrv
split_ranks (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) rank = g_string_new (NULL);
  guint n = 0;

  if (text == NULL)
    return NULL;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == 0x3001 /* 、 */ || c == ',' || c == 0xFF0C /* ， */ || c == ';'
          || c == 0xFF1B /* ； */ || g_unichar_isspace (c) || c == 0x3000)
        {
          if (rank->len > 0)
            {
              g_strv_builder_add (builder, rank->str);
              g_string_truncate (rank, 0);
              n++;
            }
          if (c == 0)
            break;
        }
      else
        g_string_append_unichar (rank, c);
    }
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

/* The class's capacity and its plan item's audience; FALSE with NOT_FOUND for no such class. */
static gboolean
read_class (PxDatabase       *db,
            const char       *class_id,
            PxClassTrainees  *trainees,
            GError          **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT c.capacity, p.audience_ranks FROM class c "
    "LEFT JOIN plan_item p ON p.id = c.plan_item_id WHERE c.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      trainees->capacity = sqlite3_column_type (stmt, 0) == SQLITE_NULL
                           ? PX_INT_UNSET : sqlite3_column_int64 (stmt, 0);
      trainees->audience_ranks = split_ranks ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("The class is no longer there."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The value of a number written in Chinese (十二, 二十, 一百零五) or in digits at text, and
 * where it ends; -1 when text does not start with one. */
static gint64
leading_number (const char  *text,
                const char **end)
{
  static const char digits[] = "零一二三四五六七八九";
  gint64 total = 0, current = 0;
  gboolean any = FALSE;
  const char *p = text;

  if (g_ascii_isdigit (*p))
    {
      gint64 value = g_ascii_strtoll (p, (char **) end, 10);

      return value;
    }
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *digit = NULL;

      for (const char *d = digits; *d != '\0'; d = g_utf8_next_char (d))
        if (g_utf8_get_char (d) == c)
          digit = d;
      if (digit != NULL)
        current = g_utf8_pointer_to_offset (digits, digit);
      else if (c == 0x5341 /* 十 */)
        {
          total += (current == 0 ? 1 : current) * 10;
          current = 0;
        }
      else if (c == 0x767E /* 百 */)
        {
          total += (current == 0 ? 1 : current) * 100;
          current = 0;
        }
      else
        break;
      any = TRUE;
    }
  *end = p;
  return any ? total + current : -1;
}

/* Text with its numbers compared as numbers: 第二组 before 第十组, 2排 before 10排. */
static int
compare_natural (const char *a,
                 const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      const char *a_end, *b_end;
      gint64 na = leading_number (a, &a_end);
      gint64 nb = leading_number (b, &b_end);

      if (na >= 0 && nb >= 0)
        {
          if (na != nb)
            return na < nb ? -1 : 1;
          a = a_end;
          b = b_end;
          continue;
        }
      if (g_utf8_get_char (a) != g_utf8_get_char (b))
        return g_utf8_get_char (a) < g_utf8_get_char (b) ? -1 : 1;
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
    }
  return (*a != '\0') - (*b != '\0');
}

/* Enrolled before withdrawn; by group (ungrouped last); then by name as the locale sorts. */
static int
compare_trainees (gconstpointer a,
                  gconstpointer b)
{
  const PxTrainee *ta = *(PxTrainee * const *) a;
  const PxTrainee *tb = *(PxTrainee * const *) b;
  gboolean wa = g_strcmp0 (ta->status, "withdrawn") == 0;
  gboolean wb = g_strcmp0 (tb->status, "withdrawn") == 0;
  int by;

  if (wa != wb)
    return wa - wb;
  if ((ta->group_name == NULL) != (tb->group_name == NULL))
    return ta->group_name == NULL ? 1 : -1;
  if (ta->group_name != NULL && (by = compare_natural (ta->group_name, tb->group_name)) != 0)
    return by;
  if ((by = g_utf8_collate (ta->name != NULL ? ta->name : "", tb->name != NULL ? tb->name : ""))
      != 0)
    return by;
  return g_strcmp0 (ta->citizen_id, tb->citizen_id);
}

/* What makes a trainee more than a line on a list: removing them would lose it. */
#define HAS_RECORDS_SQL \
  "(e.exam_score IS NOT NULL OR e.paper_score IS NOT NULL OR e.completion <> 'pending' " \
  " OR EXISTS (SELECT 1 FROM attendance a WHERE a.enrollment_id = e.id) " \
  " OR EXISTS (SELECT 1 FROM elective_choice x WHERE x.enrollment_id = e.id) " \
  " OR EXISTS (SELECT 1 FROM leave_request l WHERE l.enrollment_id = e.id) " \
  " OR EXISTS (SELECT 1 FROM certificate f WHERE f.enrollment_id = e.id))"

PxClassTrainees *
px_class_trainees_get (PxDatabase  *db,
                       const char  *class_id,
                       GError     **error)
{
  static const char sql[] =
    "SELECT e.id, c.id, c.name, c.gender, c.citizen_id, u.name, c.post, c.rank, c.phone, "
    "       e.status, e.withdraw_reason, e.group_name, e.class_role, e.dormitory, e.seat, "
    HAS_RECORDS_SQL " "
    "FROM enrollment e JOIN cadre c ON c.id = e.cadre_id "
    "LEFT JOIN org_unit u ON u.id = c.unit_id "
    "WHERE e.class_id = ?1";
  g_autoptr(PxClassTrainees) trainees = g_new0 (PxClassTrainees, 1);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  trainees->class_id = g_strdup (class_id);
  trainees->trainees = g_ptr_array_new_with_free_func ((GDestroyNotify) px_trainee_free);
  if (!read_class (db, class_id, trainees, error))
    return NULL;

  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxTrainee *t = g_new0 (PxTrainee, 1);

      t->enrollment_id = px_database_column_dup (stmt, 0);
      t->cadre_id = px_database_column_dup (stmt, 1);
      t->name = px_database_column_dup (stmt, 2);
      t->gender = px_database_column_dup (stmt, 3);
      t->citizen_id = px_database_column_dup (stmt, 4);
      t->unit_name = px_database_column_dup (stmt, 5);
      t->post = px_database_column_dup (stmt, 6);
      t->rank = px_database_column_dup (stmt, 7);
      t->phone = px_database_column_dup (stmt, 8);
      t->status = px_database_column_dup (stmt, 9);
      t->withdraw_reason = px_database_column_dup (stmt, 10);
      t->group_name = px_database_column_dup (stmt, 11);
      t->class_role = px_database_column_dup (stmt, 12);
      t->dormitory = px_database_column_dup (stmt, 13);
      t->seat = px_database_column_dup (stmt, 14);
      t->has_records = sqlite3_column_int (stmt, 15) != 0;
      if (g_strcmp0 (t->status, "withdrawn") == 0)
        trainees->n_withdrawn++;
      else
        {
          trainees->n_enrolled++;
          t->outside_audience = trainees->audience_ranks != NULL
                                && (t->rank == NULL
                                    || !g_strv_contains ((const char * const *) trainees->audience_ranks,
                                                         t->rank));
          trainees->n_outside_audience += t->outside_audience;
        }
      g_ptr_array_add (trainees->trainees, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  g_ptr_array_sort (trainees->trainees, compare_trainees);
  return g_steal_pointer (&trainees);
}

/* Refuses when the class has no room left for one more trainee. */
static gboolean
check_room (PxDatabase  *db,
            const char  *class_id,
            GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT c.capacity, (SELECT count(*) FROM enrollment e "
    "                    WHERE e.class_id = c.id AND e.status = 'enrolled') "
    "FROM class c WHERE c.id = ?1", error);
  gboolean full = FALSE;
  gint64 capacity = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      capacity = sqlite3_column_int64 (stmt, 0);
      full = sqlite3_column_int64 (stmt, 1) >= capacity;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("The class is no longer there."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (full)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "capacity",
                               g_dngettext (GETTEXT_PACKAGE,
                                            "The class is full: its %d place is taken.",
                                            "The class is full: all its %d places are taken.",
                                            (gulong) capacity),
                               (int) capacity);
      return FALSE;
    }
  return TRUE;
}

static PxEnrollment *
find_enrollment (PxDatabase  *db,
                 const char  *class_id,
                 const char  *cadre_id,
                 GError     **error)
{
  const char *filters[] = { "class_id", class_id, "cadre_id", cadre_id, NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) found = px_entity_list (db, &px_enrollment_entity, &query, error);

  if (found == NULL || found->len == 0)
    return NULL;
  return g_ptr_array_steal_index (found, 0);
}

char *
px_class_trainees_add (PxDatabase  *db,
                       const char  *class_id,
                       const char  *cadre_id,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PxEnrollment) enrollment = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL && cadre_id != NULL, NULL);

  if (!px_database_begin (db, error))
    return NULL;
  enrollment = find_enrollment (db, class_id, cadre_id, &local_error);
  if (local_error != NULL)
    goto failed;
  if (enrollment != NULL && g_strcmp0 (enrollment->status, "enrolled") == 0)
    {
      px_validation_error_set (&local_error, PX_VALIDATION_ERROR_DUPLICATE, "cadre_id",
                               _("Already a trainee of this class."));
      goto failed;
    }
  if (!check_room (db, class_id, &local_error))
    goto failed;
  if (enrollment != NULL)
    {
      g_free (enrollment->status);
      enrollment->status = g_strdup ("enrolled");
      g_clear_pointer (&enrollment->withdraw_reason, g_free);
      if (!px_enrollment_update (db, enrollment, NULL, &local_error))
        goto failed;
    }
  else
    {
      enrollment = px_enrollment_new ();
      enrollment->class_id = g_strdup (class_id);
      enrollment->cadre_id = g_strdup (cadre_id);
      if (!px_enrollment_insert (db, enrollment, &local_error))
        goto failed;
    }
  if (!px_database_commit (db, &local_error))
    goto failed;
  return g_strdup (enrollment->base.id);

failed:
  px_database_rollback (db);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/* Blank text is no value. */
static void
set_text (char       **field,
          const char  *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_free (*field);
  *field = *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

gboolean
px_class_trainees_set_details (PxDatabase  *db,
                               const char  *enrollment_id,
                               const char  *group_name,
                               const char  *class_role,
                               const char  *dormitory,
                               const char  *seat,
                               GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL, FALSE);

  enrollment = px_enrollment_get (db, enrollment_id, error);
  if (enrollment == NULL)
    return FALSE;
  set_text (&enrollment->group_name, group_name);
  set_text (&enrollment->class_role, class_role);
  set_text (&enrollment->dormitory, dormitory);
  set_text (&enrollment->seat, seat);
  return px_enrollment_update (db, enrollment, NULL, error);
}

gboolean
px_class_trainees_withdraw (PxDatabase  *db,
                            const char  *enrollment_id,
                            const char  *reason,
                            GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL, FALSE);

  if (*trimmed == '\0')
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, "withdraw_reason",
                               _("Say why the trainee withdraws."));
      return FALSE;
    }
  enrollment = px_enrollment_get (db, enrollment_id, error);
  if (enrollment == NULL)
    return FALSE;
  g_free (enrollment->status);
  enrollment->status = g_strdup ("withdrawn");
  g_free (enrollment->withdraw_reason);
  enrollment->withdraw_reason = g_steal_pointer (&trimmed);
  return px_enrollment_update (db, enrollment, NULL, error);
}

gboolean
px_class_trainees_reinstate (PxDatabase  *db,
                             const char  *enrollment_id,
                             GError     **error)
{
  g_autoptr(PxEnrollment) enrollment = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL, FALSE);

  enrollment = px_enrollment_get (db, enrollment_id, error);
  if (enrollment == NULL)
    return FALSE;
  if (g_strcmp0 (enrollment->status, "enrolled") == 0)
    return TRUE;
  if (!px_database_begin (db, error))
    return FALSE;
  if (!check_room (db, enrollment->class_id, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  g_free (enrollment->status);
  enrollment->status = g_strdup ("enrolled");
  g_clear_pointer (&enrollment->withdraw_reason, g_free);
  if (!px_enrollment_update (db, enrollment, NULL, error))
    {
      px_database_rollback (db);
      return FALSE;
    }
  return px_database_commit (db, error);
}

gboolean
px_class_trainees_remove (PxDatabase    *db,
                          const char    *enrollment_id,
                          PxEnrollment **removed,
                          GError       **error)
{
  static const char sql[] = "SELECT " HAS_RECORDS_SQL " FROM enrollment e WHERE e.id = ?1";
  g_autoptr(PxEnrollment) enrollment = NULL;
  sqlite3_stmt *stmt;
  gboolean has_records;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (enrollment_id != NULL, FALSE);

  enrollment = px_enrollment_get (db, enrollment_id, error);
  if (enrollment == NULL)
    return FALSE;
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, enrollment_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  has_records = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (has_records)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "status",
                               _("Attendance, scores or results are recorded for this trainee: "
                                 "withdraw them instead, so that the record is kept."));
      return FALSE;
    }
  if (!px_entity_delete (db, &px_enrollment_entity, enrollment_id, error))
    return FALSE;
  if (removed != NULL)
    *removed = g_steal_pointer (&enrollment);
  return TRUE;
}

gboolean
px_class_trainees_restore (PxDatabase         *db,
                           const PxEnrollment *removed,
                           GError            **error)
{
  g_autoptr(PxEnrollment) copy = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (removed != NULL, FALSE);

  copy = px_record_copy (&px_enrollment_entity, removed);
  return px_enrollment_insert (db, copy, error);
}

GPtrArray *
px_class_trainees_find_cadres (PxDatabase  *db,
                               const char  *class_id,
                               const char  *search,
                               guint        limit,
                               GError     **error)
{
  static const char sql[] =
    "SELECT c.id, c.name, c.gender, c.citizen_id, u.name, c.post, c.rank, c.phone, e.id, "
    "       e.status "
    "FROM cadre c LEFT JOIN org_unit u ON u.id = c.unit_id "
    "LEFT JOIN enrollment e ON e.cadre_id = c.id AND e.class_id = ?1 "
    "WHERE c.name LIKE ?2 ESCAPE '\\' OR c.citizen_id LIKE ?2 ESCAPE '\\' "
    "   OR c.phone LIKE ?2 ESCAPE '\\' OR u.name LIKE ?2 ESCAPE '\\' "
    "ORDER BY c.name = ?3 DESC, c.name, c.citizen_id LIMIT ?4";
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) pattern = g_string_new ("%");
  g_autofree char *trimmed = g_strstrip (g_strdup (search != NULL ? search : ""));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, pattern->str, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, limit > 0 ? limit : G_MAXINT);
  found = g_ptr_array_new_with_free_func ((GDestroyNotify) px_trainee_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxTrainee *t = g_new0 (PxTrainee, 1);

      t->cadre_id = px_database_column_dup (stmt, 0);
      t->name = px_database_column_dup (stmt, 1);
      t->gender = px_database_column_dup (stmt, 2);
      t->citizen_id = px_database_column_dup (stmt, 3);
      t->unit_name = px_database_column_dup (stmt, 4);
      t->post = px_database_column_dup (stmt, 5);
      t->rank = px_database_column_dup (stmt, 6);
      t->phone = px_database_column_dup (stmt, 7);
      t->enrollment_id = px_database_column_dup (stmt, 8);
      t->status = px_database_column_dup (stmt, 9);
      g_ptr_array_add (found, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}
