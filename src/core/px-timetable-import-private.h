/* px-timetable-import-private.h: what the files of the timetable import share
 *
 * px-timetable-import.c runs the import and writes the sessions, px-timetable-rows.c reads the
 * sheet's rows into sessions, px-timetable-names.c finds the courses, teachers and places they
 * name, px-timetable-cells.c reads single cells.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-cell.h"
#include "px-class-summary.h"
#include "px-column-map.h"
#include "px-database.h"
#include "px-import-report.h"
#include "px-session.h"
#include "px-sheet.h"
#include "px-timetable-import.h"

G_BEGIN_DECLS

/* The columns of timetable_specs in px-timetable-import.c */
enum
{
  COL_DATE,
  COL_SLOT,
  COL_START,
  COL_END,
  COL_TIME,       /* "08:30-11:30" in one cell */
  COL_COURSE,
  COL_TEACHER,
  COL_PLACE,
  COL_METHOD,
  COL_HOURS,
  COL_ELECTIVE,
  COL_CAPACITY,
  N_COLUMNS
};

typedef struct
{
  guint number;            /* as the spreadsheet shows it */
  gboolean bad;            /* no session can be made of it */
  PxSession *session;      /* what the row says; date and start_time may be NULL */
  gboolean elective_given; /* the file has a 选学 column, so the row decides */
  gboolean capacity_given; /* the same for 容量 */
  char *teacher_name;      /* for the messages */
  char *place;             /* as the file writes it */
  PxSession *stored;       /* the stored session it updates, or NULL */
  gboolean written;        /* its session is in the database as the row says */
} TimetableRow;

typedef struct
{
  PxDatabase *db;
  PxClassSummary *summary;
  PxTimetableImport *result;
  PxImportReport *report;
  PxSheet *sheet;
  PxColumnMap *map;
  gboolean create_missing;
  char stamp[25];          /* the creation time of every record the import makes */
  /* made by _px_timetable_names_new (), filled by _px_timetable_names_load (); Named is
   * px-timetable-names.c's */
  GHashTable *courses;     /* cleaned title → Named */
  GHashTable *teachers;    /* cleaned name → Named */
  GHashTable *bases;       /* cleaned name → Named */
  GHashTable *rooms;       /* cleaned room names */
  guint sheet_row;         /* the row being read */
} Importer;

/* Inline: every file of the import reports problems and reads cells the same way. */

static inline void
add_problem (Importer     *imp,
             TimetableRow *row,
             int           column,
             const char   *value,
             const char   *message)
{
  px_import_report_add_problem (imp->report, row->number,
                                column >= 0 ? px_column_map_get_header (imp->map, column) : NULL,
                                value, message);
  row->bad = TRUE;
}

static inline char *
cell (Importer *imp,
      guint     column)
{
  return px_cell_clean_text (px_column_map_get_cell (imp->map, imp->sheet_row, column));
}

static inline gboolean
has_column (Importer *imp,
            guint     column)
{
  return px_column_map_get_column (imp->map, column) >= 0;
}

/* px-timetable-rows.c */

void        _px_timetable_row_free              (gpointer       data);
/* Reads the data rows after the header into rows (element-type TimetableRow), counting them in
 * the report; FALSE only when the database fails. */
gboolean    _px_timetable_rows_read             (Importer      *imp,
                                                 GPtrArray     *rows,
                                                 GError       **error);
/* Two compulsory sessions of the class at the same time: a problem of the later row. Each pair
 * found goes into pairs ("row:row"). */
void        _px_timetable_rows_check_overlaps   (Importer      *imp,
                                                 GPtrArray     *rows,
                                                 GHashTable    *pairs);

/* px-timetable-names.c */

/* A table of names → Named for Importer's courses, teachers and bases. */
GHashTable *_px_timetable_names_new             (void);
/* Fills imp's courses, teachers, bases and rooms from the database. */
gboolean    _px_timetable_names_load            (Importer      *imp,
                                                 GError       **error);
/* The row's 课程: the session's course_id, and course_method the course's teaching method
 * (NULL when unresolved). A course created for --create-missing takes method (lecture when
 * NULL). FALSE only when the database fails. */
gboolean    _px_timetable_names_resolve_course  (Importer      *imp,
                                                 TimetableRow  *row,
                                                 const char    *method,
                                                 const char   **course_method,
                                                 GError       **error);
/* The row's 授课教师: the session's teacher_id and the row's teacher_name. FALSE only when the
 * database fails. */
gboolean    _px_timetable_names_resolve_teacher (Importer      *imp,
                                                 TimetableRow  *row,
                                                 GError       **error);
/* The row's 地点: the session's base_id and room, and the row's place. */
void        _px_timetable_names_resolve_place   (Importer      *imp,
                                                 TimetableRow  *row);

G_END_DECLS
