/* px-record-check.c: the rules many record types share, for their validate functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-record-check"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-date.h"
#include "px-phone.h"
#include "px-record-check-private.h"
#include "px-teaching-method.h"
#include "px-validation-error.h"

#define FIELD_PTR(record, field) ((const guint8 *) (record) + (field)->offset)

/* Field access */

static const PxField *
lookup_field (const PxEntity *entity,
              const char     *column)
{
  const PxField *f = px_entity_find_field (entity, column);

  /* a misspelt column is a programming error, not a user's */
  g_assert (f != NULL);
  return f;
}

static const char *
field_text (const PxField *f,
            gconstpointer  record)
{
  const char *text;

  g_assert (f->type == PX_FIELD_TEXT);
  text = *(char * const *) FIELD_PTR (record, f);
  return text != NULL && *text != '\0' ? text : NULL;
}

/* The value of an INT or REAL field; FALSE when it is unset. */
static gboolean
field_number (const PxField *f,
              gconstpointer  record,
              double        *value)
{
  if (f->type == PX_FIELD_INT)
    {
      gint64 v = *(const gint64 *) FIELD_PTR (record, f);

      if ((f->flags & PX_FIELD_NULLABLE) && v == PX_INT_UNSET)
        return FALSE;
      *value = (double) v;
      return TRUE;
    }
  g_assert (f->type == PX_FIELD_REAL);
  *value = *(const double *) FIELD_PTR (record, f);
  return !isnan (*value);
}

/* Whether text holds only white space, the ideographic space of Chinese input included. */
static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        return FALSE;
    }
  return TRUE;
}

/* Rules on one field */

gboolean
px_record_check_blank (const PxEntity  *entity,
                       gconstpointer    record,
                       GError         **error)
{
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const PxField *f = &entity->fields[i];
      const char *text;

      if (f->type != PX_FIELD_TEXT || !(f->flags & PX_FIELD_REQUIRED))
        continue;
      text = field_text (f, record);
      if (text != NULL && is_blank (text))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, f->column,
                                   _("“%s” must be filled in."), _(f->label));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
px_record_check_choice (const PxEntity      *entity,
                        gconstpointer        record,
                        const char          *column,
                        const char * const  *allowed,
                        GError             **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);
  g_autofree char *list = NULL;

  if (text == NULL || g_strv_contains (allowed, text))
    return TRUE;
  list = g_strjoinv (", ", (char **) allowed);
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("“%s” is not a valid value for “%s”; use one of: %s."),
                           text, _(f->label), list);
  return FALSE;
}

gboolean
px_record_check_method (const PxEntity  *entity,
                        gconstpointer    record,
                        const char      *column,
                        GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);
  const PxTeachingMethod *methods;
  g_autoptr(GString) list = NULL;

  if (text == NULL || px_teaching_method_lookup (text) != NULL)
    return TRUE;
  methods = px_teaching_methods ();
  list = g_string_new (NULL);
  for (guint i = 0; methods[i].key != NULL; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", methods[i].key);
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("“%s” in “%s” is not a known teaching method; use one of: %s."),
                           text, _(f->label), list->str);
  return FALSE;
}

gboolean
px_record_check_date (const PxEntity  *entity,
                      gconstpointer    record,
                      const char      *column,
                      GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);

  if (text == NULL || px_date_is_iso (text))
    return TRUE;
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("“%s” is not a valid date for “%s”; write dates as YYYY-MM-DD, "
                             "e.g. 2026-03-01."), text, _(f->label));
  return FALSE;
}

gboolean
px_record_check_timestamp (const PxEntity  *entity,
                           gconstpointer    record,
                           const char      *column,
                           GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL || px_date_is_iso (text))
    return TRUE;
  utc = g_time_zone_new_utc ();
  parsed = g_date_time_new_from_iso8601 (text, utc);
  if (parsed != NULL)
    return TRUE;
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("“%s” is not a valid date and time for “%s”; write it as "
                             "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ."), text, _(f->label));
  return FALSE;
}

static gboolean
is_time (const char *text)
{
  if (strlen (text) != 5 || text[2] != ':' || !g_ascii_isdigit (text[0])
      || !g_ascii_isdigit (text[1]) || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;
  return (text[0] - '0') * 10 + (text[1] - '0') < 24 && text[3] < '6';
}

gboolean
px_record_check_time (const PxEntity  *entity,
                      gconstpointer    record,
                      const char      *column,
                      GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);

  if (text == NULL || is_time (text))
    return TRUE;
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                           _("“%s” is not a valid time for “%s”; write times as HH:MM on the "
                             "24-hour clock, e.g. 08:30 or 14:00."), text, _(f->label));
  return FALSE;
}

gboolean
px_record_check_order (const PxEntity  *entity,
                       gconstpointer    record,
                       const char      *first,
                       const char      *last,
                       gboolean         strict,
                       GError         **error)
{
  const PxField *ff = lookup_field (entity, first);
  const PxField *lf = lookup_field (entity, last);
  const char *a = field_text (ff, record);
  const char *b = field_text (lf, record);
  int cmp;

  /* ISO dates and zero-padded times sort as text, as the schema's CHECKs compare them */
  if (a == NULL || b == NULL)
    return TRUE;
  cmp = strcmp (b, a);
  if (cmp > 0 || (cmp == 0 && !strict))
    return TRUE;
  if (strict)
    px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, last,
                             _("“%s” (%s) must be later than “%s” (%s)."),
                             _(lf->label), b, _(ff->label), a);
  else
    px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, last,
                             _("“%s” (%s) cannot be earlier than “%s” (%s)."),
                             _(lf->label), b, _(ff->label), a);
  return FALSE;
}

gboolean
px_record_check_range (const PxEntity  *entity,
                       gconstpointer    record,
                       const char      *column,
                       double           min,
                       double           max,
                       GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  double v;

  if (!field_number (f, record, &v) || (v >= min && v <= max))
    return TRUE;
  if (isinf (max))
    px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                             _("“%s” must be %g or more, not %g."), _(f->label), min, v);
  else
    px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column,
                             _("“%s” must be between %g and %g, not %g."),
                             _(f->label), min, max, v);
  return FALSE;
}

gboolean
px_record_check_phone (const PxEntity  *entity,
                       gconstpointer    record,
                       const char      *column,
                       GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *text = field_text (f, record);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *phone = NULL;

  if (text == NULL)
    return TRUE;
  phone = px_phone_normalize (text, &local_error);
  if (phone != NULL)
    return TRUE;
  px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, column, "%s",
                           local_error->message);
  return FALSE;
}

/* Rules that look at the database */

/* Steps a statement that answers with a row or none; -1 on an error. */
static int
step_exists (PxDatabase    *db,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  int rc = sqlite3_step (stmt);
  int found = -1;

  if (rc == SQLITE_ROW)
    found = 1;
  else if (rc == SQLITE_DONE)
    found = 0;
  else
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return found;
}

gboolean
px_record_check_reference (PxDatabase      *db,
                           const PxEntity  *entity,
                           gconstpointer    record,
                           const char      *column,
                           const PxEntity  *target,
                           GError         **error)
{
  const PxField *f = lookup_field (entity, column);
  const char *id = field_text (f, record);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int found;

  g_assert (target != NULL);
  if (id == NULL)
    return TRUE;
  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", target->table);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  found = step_exists (db, stmt, error);
  if (found != 0)
    return found > 0;
  px_validation_error_set (error, PX_VALIDATION_ERROR_NOT_FOUND, column,
                           _("The %s given as “%s” does not exist; it may have been deleted."),
                           _(target->label), _(f->label));
  return FALSE;
}

/* Binds the value of field f; FALSE when it is empty (NULL never collides in a UNIQUE). */
static gboolean
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const PxField *f,
            gconstpointer  record)
{
  if (f->type == PX_FIELD_TEXT)
    {
      const char *text = field_text (f, record);

      if (text == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
      return TRUE;
    }
  else
    {
      gint64 v = *(const gint64 *) FIELD_PTR (record, f);

      g_assert (f->type == PX_FIELD_INT);
      if ((f->flags & PX_FIELD_NULLABLE) && v == PX_INT_UNSET)
        return FALSE;
      sqlite3_bind_int64 (stmt, index, v);
      return TRUE;
    }
}

gboolean
px_record_check_unique (PxDatabase      *db,
                        const PxEntity  *entity,
                        gconstpointer    record,
                        const char      *column,
                        const char      *other_column,
                        GError         **error,
                        const char      *format,
                        ...)
{
  const PxRecord *header = record;
  const PxField *f = lookup_field (entity, column);
  const PxField *of = other_column != NULL ? lookup_field (entity, other_column) : NULL;
  g_autofree char *sql = NULL;
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;
  va_list args;
  int found;

  if (of != NULL)
    sql = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?1 AND %s = ?2 AND id IS NOT ?3 LIMIT 1",
                           entity->table, column, other_column);
  else
    sql = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?1 AND id IS NOT ?3 LIMIT 1",
                           entity->table, column);
  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (!bind_value (stmt, 1, f, record) || (of != NULL && !bind_value (stmt, 2, of, record)))
    return TRUE;
  /* a record not yet inserted has no id: IS NOT NULL then matches every row */
  sqlite3_bind_text (stmt, 3, header->id, -1, SQLITE_STATIC);
  found = step_exists (db, stmt, error);
  if (found != 1)
    return found == 0;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  px_validation_error_set (error, PX_VALIDATION_ERROR_DUPLICATE, column, "%s", message);
  return FALSE;
}
