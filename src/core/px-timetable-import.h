/* px-timetable-import.h: a class's timetable (课表) from the sheet a registrar keeps in Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-import-report.h"

G_BEGIN_DECLS

typedef enum
{
  PX_TIMETABLE_IMPORT_FLAGS_NONE     = 0,
  PX_TIMETABLE_IMPORT_DRY_RUN        = 1 << 0,  /* check and report, write nothing */
  /* unknown courses and teachers are created under the name the file gives them, and an
   * unknown place is taken as the name of a room */
  PX_TIMETABLE_IMPORT_CREATE_MISSING = 1 << 1,
} PxTimetableImportFlags;

typedef struct
{
  /* Rows read (n_rows), sessions inserted (n_new), updated in place (n_updated) or left as
   * they were (n_unchanged), and the problems by row. A refused file has no counts. */
  PxImportReport *report;
  char *class_code;
  guint n_sessions;           /* the class's sessions after the import (would be, dry run) */
  guint n_deleted;            /* stored sessions the file no longer has, deleted */
  double hours;               /* the hours of those sessions, added up */
  /* problems naming a course, teacher or place nobody knows: what
   * PX_TIMETABLE_IMPORT_CREATE_MISSING would create */
  guint n_unknown;
  GPtrArray *created_courses;   /* (element-type utf8) titles of the courses created */
  GPtrArray *created_teachers;  /* (element-type utf8) names of the teachers created */
  GPtrArray *new_rooms;         /* (element-type utf8) places no timetable had named before */
  GPtrArray *warnings;          /* (element-type utf8) sentences that refuse nothing */
} PxTimetableImport;

void               px_timetable_import_free  (PxTimetableImport      *result);

/* Reads a timetable sheet (.csv/.tsv in UTF-8, GB18030 or UTF-16, .xlsx or .xls: the content
 * decides) into the class with code class_code, one row per session. Columns are found by
 * name: 日期, 时段 (上午/下午/晚上), 开始时间 and 结束时间 or one 时间 column of "08:30-11:30"
 * (a slot's usual times when absent), 课程, 授课教师, 地点 (a teaching base, a base followed by
 * a room, or a room), 教学方式, 学时 (the session's length when empty), 选学 and 容量. An empty
 * date repeats the row above's, as merged cells leave it; a 合计 (total) row is left out.
 *
 * The file replaces the class's timetable in one transaction: a stored session at the same
 * date and start time is updated in place (its attendance and elective choices kept), the
 * others the file drops are deleted. The file is refused whole, nothing written, when a row
 * is bad, names a course, teacher or place that nobody has (unless
 * PX_TIMETABLE_IMPORT_CREATE_MISSING) or that several records have, falls outside the class's
 * dates, books a teacher or place that another class or another row has at the same time, puts
 * two compulsory (not elective) sessions at the same time, or drops a session that has
 * attendance or elective choices recorded. Hours short of the class's required hours are a
 * warning. Even a dry run holds the write lock while it runs: the file's sessions are written and
 * rolled back, so that their conflicts are found by the same queries as the class pane's.
 * Returns NULL with error when there is no such class (PX_DATABASE_ERROR_NOT_FOUND), the file
 * cannot be read or has no usable header, or the database fails. (transfer full) */
PxTimetableImport *px_timetable_import_file  (PxDatabase             *db,
                                              const char             *class_code,
                                              const char             *path,
                                              PxTimetableImportFlags  flags,
                                              GError                **error);

/* The report as one JSON object: px_import_report_to_json ()'s keys, then "class",
 * "sessions", "deleted", "hours", "unknown", "created_courses", "created_teachers",
 * "new_rooms" and "warnings". */
char              *px_timetable_import_to_json (PxTimetableImport    *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTimetableImport, px_timetable_import_free)

G_END_DECLS
