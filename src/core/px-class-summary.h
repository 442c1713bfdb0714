/* px-class-summary.h: what a class adds up to (trainees, timetable, method mix) and what is wrong
 * with its timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-training-class.h"

G_BEGIN_DECLS

typedef enum
{
  PX_CLASS_CONFLICT_TEACHER_DOUBLE_BOOKED,  /* the teacher has another session at the same time */
  PX_CLASS_CONFLICT_PLACE_DOUBLE_BOOKED,    /* the base or room is taken at an overlapping time */
  PX_CLASS_CONFLICT_OUTSIDE_DATES,          /* a session before the class starts or after it ends */
  PX_CLASS_CONFLICT_HOURS_SHORT,            /* the timetable's hours fall short of the required */
} PxClassConflictKind;

/* teacher_double_booked, place_double_booked, outside_dates, hours_short: the kind in JSON. */
const char *px_class_conflict_kind_to_string (PxClassConflictKind kind);

typedef struct
{
  PxClassConflictKind kind;
  /* A sentence for the registrar (translated): who or where, the date and slot, the other class. */
  char *message;
  /* The sessions involved: this class's first, then the other's (none for hours_short). */
  GStrv session_ids;
  char *other_class_code;   /* the class the other session belongs to; NULL when there is none */
  char *date;               /* YYYY-MM-DD of the session; NULL for hours_short */
} PxClassConflict;

void px_class_conflict_free (PxClassConflict *conflict);

/* Hours of one teaching method in a class's timetable. */
typedef struct
{
  char *method;   /* the stored key (lecture, seminar …), stable across languages */
  char *label;    /* the method as users see it: its label through gettext (讲授式 in zh_CN) */
  double hours;
} PxMethodHours;

typedef struct
{
  char *id;
  char *code;
  char *title;
  char *start_date;        /* YYYY-MM-DD */
  char *end_date;          /* YYYY-MM-DD */
  char *status;            /* planning / enrolling / running / finished / archived */
  gint64 capacity;         /* PX_INT_UNSET when the class has none */
  double required_hours;   /* NAN when the class has none */
  guint n_enrolled;        /* enrollments still enrolled (not withdrawn) */
  guint n_completed;       /* enrollments whose completion is "completed" */
  guint n_sessions;
  double hours;            /* the timetable's hours, added up */
  /* (element-type PxMethodHours) in the order of px_teaching_methods (), then unknown keys by
   * name; only methods with sessions. */
  GArray *methods;
  /* (element-type PxClassConflict) by date and time */
  GPtrArray *conflicts;
} PxClassSummary;

void             px_class_summary_free        (PxClassSummary  *summary);

/* One class's summary with its conflicts; FALSE/NULL with PX_DATABASE_ERROR_NOT_FOUND ("No
 * class with code …") when there is no such class. (transfer full) */
PxClassSummary  *px_class_summary_get         (PxDatabase      *db,
                                               const char      *class_id,
                                               GError         **error);
PxClassSummary  *px_class_summary_get_by_code (PxDatabase      *db,
                                               const char      *code,
                                               GError         **error);
/* The classes that start in year (0: all), by start date then code, each with its conflicts.
 * (transfer full) (element-type PxClassSummary) */
GPtrArray       *px_class_summary_list        (PxDatabase      *db,
                                               int              year,
                                               GError         **error);

/* The conflicts of one class's timetable: a teacher or place booked twice at overlapping times
 * (across all classes; sessions that merely touch, 09:00–10:30 then 10:30–12:00, do not
 * overlap), sessions outside the class's dates, hours short of the required. A place is a
 * teaching base (the same room of it, or the whole base when either session names no room) or,
 * without a base, a room by its name; online sessions take none. Two sessions of the same
 * class that collide are reported once. Each session is compared with the sessions of its
 * teacher or base that day only (the session_teacher and session_base indexes): about a
 * millisecond for a class of 40 sessions among 24,000. (transfer full) (element-type
 * PxClassConflict) */
GPtrArray       *px_class_list_conflicts      (PxDatabase      *db,
                                               const char      *class_id,
                                               GError         **error);

/* Inserts a new class through the record engine, which validates it (dates, order, ranges, a
 * unique code) and sets a PX_VALIDATION_ERROR naming the field otherwise. Text fields are
 * trimmed first. */
gboolean         px_class_create              (PxDatabase      *db,
                                               PxTrainingClass *training_class,
                                               GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassSummary, px_class_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassConflict, px_class_conflict_free)

G_END_DECLS
