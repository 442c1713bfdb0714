/* px-attendance-summary.c: 考勤汇总, a class's roll-call added up per trainee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-attendance-summary.h"
#include "px-class-attendance.h"
#include "px-render-error.h"
#include "px-training-class.h"

#define TABLE_SIZE 9.0

enum
{
  COUNT_PRESENT,
  COUNT_LATE,
  COUNT_LEAVE,
  COUNT_ABSENT,
  N_COUNTS
};

typedef struct
{
  guint counts[N_COUNTS];
} MarkCounts;

struct _PxAttendanceSummary
{
  PxTableDocument parent_instance;

  guint n_trainees;
};

G_DEFINE_FINAL_TYPE (PxAttendanceSummary, px_attendance_summary, PX_TYPE_TABLE_DOCUMENT)

/* How many sessions each enrollment of the class is marked present, late, on leave, absent:
 * enrollment id → MarkCounts. The marks themselves; the hours are px-class-attendance's. */
static GHashTable *
count_marks (PxDatabase  *db,
             const char  *class_id,
             guint       *n_marked,
             GError     **error)
{
  static const char sql[] =
    "SELECT a.enrollment_id, a.status, COUNT (*) FROM attendance a "
    "JOIN session s ON s.id = a.session_id "
    "WHERE s.class_id = ?1 GROUP BY a.enrollment_id, a.status";
  static const char * const statuses[N_COUNTS] = { "present", "late", "leave", "absent" };
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  g_autoptr(GHashTable) marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  *n_marked = 0;
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *status = (const char *) sqlite3_column_text (stmt, 1);
      MarkCounts *counts = g_hash_table_lookup (marks, id);

      if (counts == NULL)
        {
          counts = g_new0 (MarkCounts, 1);
          g_hash_table_insert (marks, g_strdup (id), counts);
        }
      for (guint i = 0; i < N_COUNTS; i++)
        if (g_strcmp0 (status, statuses[i]) == 0)
          counts->counts[i] += sqlite3_column_int (stmt, 2);
      *n_marked += sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&marks);
}

static char *
format_number (double      value,
               const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

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

static PxTable *
create_table (void)
{
  PxTable *table = px_table_new (TABLE_SIZE);

  /* TRANSLATORS: column heads of the attendance summary (序号 姓名 单位 出勤 迟到 请假 缺勤
   * 出勤学时 出勤率 备注) */
  px_table_add_column (table, _("No."), 28, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, _("Name"), 48, PX_TABLE_ALIGN_START);
  px_table_add_flexible_column (table, _("Unit"), 1, PX_TABLE_ALIGN_START);
  px_table_add_column (table, C_("attendance", "Present"), 44, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, C_("attendance", "Late"), 34, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, C_("attendance", "Leave"), 36, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, C_("attendance", "Absent"), 42, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, _("Hours attended"), 50, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Rate"), 40, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Note"), 70, PX_TABLE_ALIGN_START);
  return table;
}

static void
add_trainee (PxAttendanceSummary       *self,
             const PxAttendanceTotals  *totals,
             const MarkCounts          *counts)
{
  static const MarkCounts none = { { 0 } };
  g_autofree char *number = g_strdup_printf ("%u", ++self->n_trainees);
  char *count_text[N_COUNTS] = { NULL };
  g_autofree char *hours = format_number (totals->attended_hours, "%.4g");
  g_autofree char *rate = format_rate (totals->rate);
  const char *note = NULL;

  if (counts == NULL)
    counts = &none;
  for (guint i = 0; i < N_COUNTS; i++)
    count_text[i] = g_strdup_printf ("%u", counts->counts[i]);
  if (totals->leave_state == PX_LEAVE_STATE_OVER)
    /* TRANSLATORS: a note in the attendance summary (请假超过1/7) */
    note = _("Leave over 1/7");
  else if (totals->below_threshold)
    /* TRANSLATORS: a note in the attendance summary (出勤率不足) */
    note = _("Rate below threshold");

  {
    const char *cells[] = { number, totals->name, totals->unit_name, count_text[COUNT_PRESENT],
                            count_text[COUNT_LATE], count_text[COUNT_LEAVE],
                            count_text[COUNT_ABSENT], hours, rate, note };

    px_table_add_row (px_table_document_get_table (PX_TABLE_DOCUMENT (self)), cells);
  }
  for (guint i = 0; i < N_COUNTS; i++)
    g_free (count_text[i]);
}

static char *
format_details (const PxTrainingClass *training_class,
                guint                  n_sessions)
{
  /* TRANSLATORS: in the attendance summary's heading (共 12 次课) */
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session",
                                                         "%u sessions", n_sessions),
                                            n_sessions);

  return px_table_document_format_class_details (training_class, count);
}

PxAttendanceSummary *
px_attendance_summary_new (PxDatabase  *db,
                           const char  *class_id,
                           GError     **error)
{
  g_autoptr(PxAttendanceSummary) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GHashTable) marks = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading_title = NULL;
  g_autofree char *heading_details = NULL;
  guint n_marked = 0;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  totals = px_class_attendance_list_totals (db, class_id, NULL, error);
  if (totals == NULL)
    return NULL;
  sessions = px_class_attendance_list_sessions (db, class_id, error);
  if (sessions == NULL)
    return NULL;
  marks = count_marks (db, class_id, &n_marked, error);
  if (marks == NULL)
    return NULL;
  if (totals->len == 0 || n_marked == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   totals->len == 0
                   ? _("Class %s has no trainees, so there is no attendance to sum up. Enrol its "
                       "trainees first.")
                   : _("Class %s has no roll-call yet, so there is no attendance to sum up. "
                       "Take the roll at its sessions first."),
                   training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_ATTENDANCE_SUMMARY, NULL);
  px_table_document_set_page (PX_TABLE_DOCUMENT (self),
                              px_page_new_for_database (PX_PAGE_PORTRAIT, db));
  px_table_document_set_table (PX_TABLE_DOCUMENT (self), create_table ());
  for (guint i = 0; i < totals->len; i++)
    {
      PxAttendanceTotals *trainee = g_ptr_array_index (totals, i);

      add_trainee (self, trainee, g_hash_table_lookup (marks, trainee->enrollment_id));
    }
  /* TRANSLATORS: the attendance summary's heading: the class's title, then 考勤汇总表 */
  heading_title = g_strdup_printf (_("%s: Attendance Summary"), training_class->title);
  heading_details = format_details (training_class, sessions->len);
  px_table_document_set_heading (PX_TABLE_DOCUMENT (self), heading_title, heading_details);
  px_table_document_paginate (PX_TABLE_DOCUMENT (self));

  /* TRANSLATORS: the document's title: the class's code and title, then 考勤汇总 */
  title = g_strdup_printf (_("%s %s · Attendance Summary"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_attendance_summary_get_page (PxAttendanceSummary *self)
{
  g_return_val_if_fail (PX_IS_ATTENDANCE_SUMMARY (self), NULL);
  return px_table_document_get_page (PX_TABLE_DOCUMENT (self));
}

guint
px_attendance_summary_get_n_trainees (PxAttendanceSummary *self)
{
  g_return_val_if_fail (PX_IS_ATTENDANCE_SUMMARY (self), 0);
  return self->n_trainees;
}

static void
px_attendance_summary_class_init (PxAttendanceSummaryClass *klass)
{
}

static void
px_attendance_summary_init (PxAttendanceSummary *self)
{
}
