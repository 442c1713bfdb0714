/* px-timetable-names.c: the courses, teachers, teaching bases and rooms a timetable sheet names,
 * and those --create-missing creates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-course.h"
#include "px-entity.h"
#include "px-teacher.h"
#include "px-timetable-cells.h"
#include "px-timetable-import-private.h"

/* What a name of the school's records stands for */
typedef struct
{
  char *id;
  char *method;   /* a course's teaching method; NULL for others */
  guint count;    /* records with this name: more than one, and the name says nothing */
} Named;

static void
named_free (gpointer data)
{
  Named *named = data;

  g_free (named->id);
  g_free (named->method);
  g_free (named);
}

static Named *
named_new (const char *id,
           const char *method)
{
  Named *named = g_new0 (Named, 1);

  named->id = g_strdup (id);
  named->method = g_strdup (method);
  named->count = 1;
  return named;
}

GHashTable *
_px_timetable_names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, named_free);
}

/* Reads "SELECT id, name, method" into names, keyed by the name cleaned as cells are (a person's
 * padded name “王  五” is 王五 either way). */
static gboolean
load_names (PxDatabase  *db,
            const char  *sql,
            gboolean     people,
            GHashTable  *names,
            GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *name = people ? px_cell_clean_name (text) : px_cell_clean_text (text);
      Named *named;

      if (name == NULL)
        continue;
      named = g_hash_table_lookup (names, name);
      if (named != NULL)
        named->count++;
      else
        g_hash_table_insert (names, g_steal_pointer (&name),
                             named_new ((const char *) sqlite3_column_text (stmt, 0),
                                        (const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The rooms the school has used: those of every timetable and the classes' venues. */
static gboolean
load_rooms (PxDatabase  *db,
            GHashTable  *rooms,
            GError     **error)
{
  static const char sql[] =
    "SELECT room FROM session WHERE room IS NOT NULL"
    " UNION SELECT venue FROM class WHERE venue IS NOT NULL";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *room = px_cell_clean_text ((const char *) sqlite3_column_text (stmt, 0));

      if (room != NULL)
        g_hash_table_add (rooms, room);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_px_timetable_names_load (Importer  *imp,
                          GError   **error)
{
  return load_names (imp->db, "SELECT id, title, method FROM course", FALSE, imp->courses, error)
         && load_names (imp->db, "SELECT id, name, NULL FROM teacher", TRUE, imp->teachers,
                        error)
         && load_names (imp->db, "SELECT id, name, NULL FROM base", FALSE, imp->bases, error)
         && load_rooms (imp->db, imp->rooms, error);
}

/* The problem of a name that nobody has (what creating the missing would create) or that
 * several records have. Takes message. */
static void
add_name_problem (Importer     *imp,
                  TimetableRow *row,
                  int           column,
                  const char   *name,
                  gboolean      unknown,
                  char         *message)
{
  if (unknown)
    imp->result->n_unknown++;
  add_problem (imp, row, column, name, message);
  g_free (message);
}

/* Writes a record the file names but the school does not have yet. A record the engine would
 * refuse is a problem of the row; FALSE only for a failing database. */
static gboolean
create_record (Importer        *imp,
               TimetableRow    *row,
               int              column,
               const PxEntity  *entity,
               gpointer         record,
               gboolean        *created,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  *created = FALSE;
  if (!entity->validate (imp->db, record, &local_error))
    {
      add_problem (imp, row, column, NULL, local_error->message);
      return TRUE;
    }
  if (!px_entity_write (imp->db, entity, record, NULL, imp->stamp, NULL, error))
    return FALSE;
  *created = TRUE;
  return TRUE;
}

gboolean
_px_timetable_names_resolve_course (Importer      *imp,
                                    TimetableRow  *row,
                                    const char    *method,
                                    const char   **course_method,
                                    GError       **error)
{
  g_autofree char *title = cell (imp, COL_COURSE);
  Named *named;

  *course_method = NULL;
  if (title == NULL)
    {
      add_problem (imp, row, COL_COURSE, NULL, _("The course is missing."));
      return TRUE;
    }
  named = g_hash_table_lookup (imp->courses, title);
  if (named == NULL && imp->create_missing)
    {
      g_autoptr(PxCourse) course = px_course_new ();
      gboolean created;

      course->title = g_strdup (title);
      g_free (course->method);
      course->method = g_strdup (method != NULL ? method : "lecture");
      course->hours = isnan (row->session->hours) ? 0 : row->session->hours;
      if (!create_record (imp, row, COL_COURSE, &px_course_entity, course, &created, error))
        return FALSE;
      if (!created)
        return TRUE;
      named = named_new (course->base.id, course->method);
      g_hash_table_insert (imp->courses, g_strdup (title), named);
      g_ptr_array_add (imp->result->created_courses, g_strdup (title));
    }
  if (named == NULL)
    {
      add_name_problem (imp, row, COL_COURSE, title, TRUE,
                        g_strdup_printf (_("No course of the catalogue is called “%s”."),
                                         title));
      return TRUE;
    }
  if (named->count > 1)
    {
      add_name_problem (imp, row, COL_COURSE, title, FALSE,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u course is called “%s”.",
                                                      "%u courses are called “%s”: rename one "
                                                      "in the catalogue so that the file can "
                                                      "tell them apart.", named->count),
                                         named->count, title));
      return TRUE;
    }
  row->session->course_id = g_strdup (named->id);
  *course_method = named->method;
  return TRUE;
}

gboolean
_px_timetable_names_resolve_teacher (Importer      *imp,
                                     TimetableRow  *row,
                                     GError       **error)
{
  g_autofree char *name =
    px_cell_clean_name (px_column_map_get_cell (imp->map, imp->sheet_row, COL_TEACHER));
  Named *named;

  if (name == NULL)
    return TRUE;   /* a visit or self-study may have no teacher */
  row->teacher_name = g_strdup (name);
  named = g_hash_table_lookup (imp->teachers, name);
  if (named == NULL && imp->create_missing)
    {
      g_autoptr(PxTeacher) teacher = px_teacher_new ();
      gboolean created;

      teacher->name = g_strdup (name);
      if (!create_record (imp, row, COL_TEACHER, &px_teacher_entity, teacher, &created, error))
        return FALSE;
      if (!created)
        return TRUE;
      named = named_new (teacher->base.id, NULL);
      g_hash_table_insert (imp->teachers, g_strdup (name), named);
      g_ptr_array_add (imp->result->created_teachers, g_strdup (name));
    }
  if (named == NULL)
    {
      add_name_problem (imp, row, COL_TEACHER, name, TRUE,
                        g_strdup_printf (_("No teacher of the teacher pool is called “%s”."),
                                         name));
      return TRUE;
    }
  if (named->count > 1)
    {
      add_name_problem (imp, row, COL_TEACHER, name, FALSE,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u teacher is called “%s”.",
                                                      "%u teachers are called “%s”: tell them "
                                                      "apart in the teacher pool first.",
                                                      named->count),
                                         named->count, name));
      return TRUE;
    }
  row->session->teacher_id = g_strdup (named->id);
  return TRUE;
}

/* What is left of a place after a base's name: the room, without the marks between them. */
static char *
room_after_base (const char *rest)
{
  return px_timetable_cells_strip_marks (rest);
}

/* 地点: a teaching base by its name, a base's name followed by a room in it, or a room the
 * school's timetables or class venues name; an unknown place is a room only when the import
 * may create what is missing. */
void
_px_timetable_names_resolve_place (Importer     *imp,
                                   TimetableRow *row)
{
  PxSession *s = row->session;
  Named *base;
  const char *longest = NULL;
  GHashTableIter iter;
  gpointer key;

  row->place = cell (imp, COL_PLACE);
  if (row->place == NULL)
    return;

  base = g_hash_table_lookup (imp->bases, row->place);
  if (base == NULL)
    {
      g_hash_table_iter_init (&iter, imp->bases);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_prefix (row->place, key)
            && (longest == NULL || strlen (key) > strlen (longest)))
          longest = key;
      if (longest != NULL)
        {
          base = g_hash_table_lookup (imp->bases, longest);
          s->room = room_after_base (row->place + strlen (longest));
        }
    }
  if (base != NULL)
    {
      if (base->count > 1)
        add_name_problem (imp, row, COL_PLACE, row->place, FALSE,
                          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u teaching base is called “%s”.",
                                                        "%u teaching bases are called “%s”: "
                                                        "tell them apart first.", base->count),
                                           base->count, longest != NULL ? longest : row->place));
      else
        s->base_id = g_strdup (base->id);
      return;
    }

  if (g_hash_table_contains (imp->rooms, row->place))
    s->room = g_strdup (row->place);
  else if (imp->create_missing)
    {
      s->room = g_strdup (row->place);
      g_hash_table_add (imp->rooms, g_strdup (row->place));
      g_ptr_array_add (imp->result->new_rooms, g_strdup (row->place));
    }
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is neither a teaching base nor a room that a timetable or a "
                           "class’s venue has named."), row->place);

      imp->result->n_unknown++;
      add_problem (imp, row, COL_PLACE, row->place, message);
    }
}
