/* px-timetable-rows.c: the rows of a timetable sheet read into sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-timetable-import"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-class-timetable.h"
#include "px-teaching-method.h"
#include "px-timetable-cells.h"
#include "px-timetable-import-private.h"

void
_px_timetable_row_free (gpointer data)
{
  TimetableRow *row = data;

  g_clear_pointer (&row->session, px_session_free);
  g_free (row->teacher_name);
  g_free (row->place);
  g_free (row);
}

/* HH:MM as minutes after midnight */
static int
minutes_of (const char *time)
{
  return atoi (time) * 60 + atoi (time + 3);
}

/* Reads date, slot and times into the row's session. */
static void
read_when (Importer     *imp,
           TimetableRow *row,
           const char   *date_above)
{
  PxSession *s = row->session;
  g_autofree char *date_text = cell (imp, COL_DATE);
  g_autofree char *slot_text = cell (imp, COL_SLOT);
  g_autofree char *time_text = cell (imp, COL_TIME);
  g_autofree char *start_text = cell (imp, COL_START);
  g_autofree char *end_text = cell (imp, COL_END);
  g_autofree char *slot_in_time = NULL;   /* 上午 8:30-11:30 in the 时间 column */
  const char *usual_start = NULL, *usual_end = NULL;
  gboolean times_bad = FALSE;

  if (date_text == NULL)
    {
      if (date_above != NULL)
        s->date = g_strdup (date_above);
      else
        add_problem (imp, row, COL_DATE, NULL, _("The date is missing."));
    }
  else if ((s->date = px_timetable_cells_parse_date (date_text, imp->summary->start_date,
                                                     imp->summary->end_date)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a date; write it as 2026-03-02."), date_text);

      add_problem (imp, row, COL_DATE, date_text, message);
    }
  if (s->date != NULL
      && (strcmp (s->date, imp->summary->start_date) < 0
          || strcmp (s->date, imp->summary->end_date) > 0))
    {
      g_autofree char *message =
        /* Translators: the session's date, the class's first and last days */
        g_strdup_printf (_("%s is outside the class’s dates, %s to %s."), s->date,
                         imp->summary->start_date, imp->summary->end_date);

      add_problem (imp, row, COL_DATE, date_text != NULL ? date_text : s->date, message);
    }

  if (slot_text != NULL
      && (s->slot = g_strdup (px_timetable_cells_parse_slot (slot_text))) == NULL
      && !px_timetable_cells_parse_slot_with_times (slot_text, &s->slot, &s->start_time,
                                                    &s->end_time))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a time of day; write 上午, 下午 or 晚上."), slot_text);

      add_problem (imp, row, COL_SLOT, slot_text, message);
      times_bad = TRUE;
    }

  if (time_text != NULL)
    {
      /* read apart, then put in place of what the 时段 cell gave: nothing is lost or leaked
       * when both give times */
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      if (px_timetable_cells_parse_time_range (time_text, &start, &end)
          || (start = px_timetable_cells_parse_time_cell (time_text)) != NULL
          || px_timetable_cells_parse_slot_with_times (time_text, &slot_in_time, &start, &end))
        {
          if (start != NULL)
            {
              g_free (s->start_time);
              s->start_time = g_steal_pointer (&start);
            }
          if (end != NULL)
            {
              g_free (s->end_time);
              s->end_time = g_steal_pointer (&end);
            }
        }
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a time; write it as 08:30-11:30."), time_text);

          add_problem (imp, row, COL_TIME, time_text, message);
          times_bad = TRUE;
        }
    }
  if (start_text != NULL)
    {
      g_free (s->start_time);
      if ((s->start_time = px_timetable_cells_parse_time_cell (start_text)) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a time; write it as 08:30."), start_text);

          add_problem (imp, row, COL_START, start_text, message);
          times_bad = TRUE;
        }
    }
  if (end_text != NULL)
    {
      g_free (s->end_time);
      if ((s->end_time = px_timetable_cells_parse_time_cell (end_text)) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a time; write it as 11:30."), end_text);

          add_problem (imp, row, COL_END, end_text, message);
          times_bad = TRUE;
        }
    }
  if (times_bad)
    return;

  if (s->slot == NULL && slot_in_time != NULL)
    s->slot = g_steal_pointer (&slot_in_time);
  if (s->slot == NULL && s->start_time != NULL)
    s->slot = g_strdup (px_timetable_cells_slot_for_time (s->start_time));
  if (s->slot == NULL)
    {
      add_problem (imp, row, COL_SLOT, NULL,
                   _("The time of day is missing: write 上午, 下午 or 晚上, or the start time."));
      return;
    }

  /* what is not written is the slot's usual time, when that fits with what is */
  px_class_timetable_slot_times (s->slot, &usual_start, &usual_end);
  if (s->start_time == NULL && s->end_time == NULL)
    {
      s->start_time = g_strdup (usual_start);
      s->end_time = g_strdup (usual_end);
    }
  else if (s->start_time == NULL && strcmp (usual_start, s->end_time) < 0)
    s->start_time = g_strdup (usual_start);
  else if (s->end_time == NULL && strcmp (s->start_time, usual_end) < 0)
    s->end_time = g_strdup (usual_end);

  if (s->start_time == NULL)
    add_problem (imp, row, has_column (imp, COL_START) ? COL_START : COL_TIME, NULL,
                 _("The start time is missing."));
  else if (s->end_time == NULL)
    add_problem (imp, row, has_column (imp, COL_END) ? COL_END : COL_TIME, NULL,
                 _("The end time is missing."));
  else if (strcmp (s->end_time, s->start_time) <= 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The session ends at %s, before it starts at %s."), s->end_time,
                         s->start_time);

      add_problem (imp, row, has_column (imp, COL_END) ? COL_END : COL_TIME, s->end_time,
                   message);
    }
}

/* Method, hours, elective and capacity; the method is NULL when the row gives none. */
static void
read_how (Importer     *imp,
          TimetableRow *row,
          const char  **method)
{
  PxSession *s = row->session;
  g_autofree char *method_text = cell (imp, COL_METHOD);
  g_autofree char *hours_text = cell (imp, COL_HOURS);
  g_autofree char *elective_text = cell (imp, COL_ELECTIVE);
  g_autofree char *capacity_text = cell (imp, COL_CAPACITY);

  *method = NULL;
  if (method_text != NULL)
    {
      const PxTeachingMethod *found = px_teaching_method_parse (method_text);

      if (found != NULL)
        *method = found->key;
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a teaching method (such as 讲授, 研讨, 案例 or "
                               "现场教学)."), method_text);

          add_problem (imp, row, COL_METHOD, method_text, message);
        }
    }

  s->hours = NAN;
  if (hours_text != NULL)
    {
      double hours;

      if (!px_timetable_cells_parse_hours (hours_text, &hours))
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a number of hours; write it as 3 or 1.5."),
                             hours_text);

          add_problem (imp, row, COL_HOURS, hours_text, message);
        }
      else if (hours < 0 || hours > 24)
        {
          g_autofree char *message =
            g_strdup_printf (_("A session of %s hours cannot be: give 0 to 24."), hours_text);

          add_problem (imp, row, COL_HOURS, hours_text, message);
        }
      else
        s->hours = hours;
    }

  row->elective_given = has_column (imp, COL_ELECTIVE);
  if (elective_text != NULL && !px_timetable_cells_parse_yes_no (elective_text, &s->is_elective))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” says neither yes nor no; write 是 or 否."), elective_text);

      add_problem (imp, row, COL_ELECTIVE, elective_text, message);
    }

  row->capacity_given = has_column (imp, COL_CAPACITY);
  s->elective_capacity = PX_INT_UNSET;
  if (capacity_text != NULL
      && !px_timetable_cells_parse_capacity (capacity_text, &s->elective_capacity))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a number of places."), capacity_text);

      s->elective_capacity = PX_INT_UNSET;
      add_problem (imp, row, COL_CAPACITY, capacity_text, message);
    }
}

/* Reads one data row; FALSE only when the database fails. */
static gboolean
read_row (Importer      *imp,
          TimetableRow  *row,
          const char    *date_above,
          GError       **error)
{
  PxSession *s = row->session;
  const char *method = NULL, *course_method = NULL;

  s->class_id = g_strdup (imp->summary->id);
  read_when (imp, row, date_above);
  read_how (imp, row, &method);
  /* an empty 学时 is the session's length, to the half hour */
  if (isnan (s->hours) && s->start_time != NULL && s->end_time != NULL
      && strcmp (s->start_time, s->end_time) < 0)
    s->hours = round ((minutes_of (s->end_time) - minutes_of (s->start_time)) / 30.0) / 2;
  if (!_px_timetable_names_resolve_course (imp, row, method, &course_method, error)
      || !_px_timetable_names_resolve_teacher (imp, row, error))
    return FALSE;
  _px_timetable_names_resolve_place (imp, row);

  g_free (s->method);
  s->method = g_strdup (method != NULL ? method : course_method != NULL ? course_method
                                                                       : "lecture");
  return TRUE;
}

/* 合计 8学时 under the sessions: a row for the reader, not a session. */
static gboolean
is_total_row (PxSheet *sheet,
              guint    row)
{
  static const char * const words[] = { "合计", "总计", "小计", "共计", NULL };

  for (guint c = 0; c < px_sheet_get_n_cells (sheet, row); c++)
    {
      g_autofree char *text = px_cell_clean_text (px_sheet_get_cell (sheet, row, c));

      for (guint i = 0; text != NULL && words[i] != NULL; i++)
        if (g_str_has_prefix (text, words[i]))
          return TRUE;
    }
  return FALSE;
}

gboolean
_px_timetable_rows_read (Importer   *imp,
                         GPtrArray  *rows,
                         GError    **error)
{
  guint n_rows = px_sheet_get_n_rows (imp->sheet);
  const char *date_above = NULL;

  for (guint r = px_column_map_get_header_row (imp->map) + 1; r < n_rows; r++)
    {
      TimetableRow *row;

      if (is_total_row (imp->sheet, r))
        continue;
      row = g_new0 (TimetableRow, 1);
      row->number = px_sheet_get_row_number (imp->sheet, r);
      row->session = px_session_new ();
      g_ptr_array_add (rows, row);
      imp->sheet_row = r;
      imp->report->n_rows++;
      if (!read_row (imp, row, date_above, error))
        return FALSE;
      date_above = row->session->date;
    }
  return TRUE;
}

/* Two compulsory sessions of the class at the same time: the trainees cannot be at both.
 * Electives run side by side on purpose. Each pair found goes into pairs ("row:row"). */
void
_px_timetable_rows_check_overlaps (Importer   *imp,
                                   GPtrArray  *rows,
                                   GHashTable *pairs)
{
  for (guint j = 0; j < rows->len; j++)
    {
      TimetableRow *b = g_ptr_array_index (rows, j);

      if (b->bad || b->session->is_elective)
        continue;
      for (guint i = 0; i < j; i++)
        {
          TimetableRow *a = g_ptr_array_index (rows, i);
          g_autofree char *message = NULL;

          if (a->bad || a->session->is_elective
              || !g_str_equal (a->session->date, b->session->date)
              || strcmp (a->session->start_time, b->session->end_time) >= 0
              || strcmp (b->session->start_time, a->session->end_time) >= 0)
            continue;
          message = g_strdup_printf (_("Row %u is a session of the class at the same time."),
                                     a->number);
          add_problem (imp, b, -1, NULL, message);
          g_hash_table_add (pairs, g_strdup_printf ("%u:%u", a->number, b->number));
          break;
        }
    }
}
