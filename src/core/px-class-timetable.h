/* px-class-timetable.h: 课表, a class's sessions as the timetable shows them, their changes, and
 * the fixes for their conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-class-summary.h"
#include "px-database.h"
#include "px-session.h"

G_BEGIN_DECLS

/* morning, afternoon, evening: the half-day slots of a day, in order; NULL-terminated. */
const char * const *px_class_timetable_slots       (void);
/* The usual start and end (HH:MM, static) of a slot; FALSE for an unknown slot. */
gboolean            px_class_timetable_slot_times  (const char  *slot,
                                                    const char **start_time,
                                                    const char **end_time);
/* The slot as users see it: 上午, 下午, 晚上 through gettext ("Morning" …). */
const char         *px_class_timetable_slot_label  (const char  *slot);

/* One session of a class, with the names it refers to. */
typedef struct
{
  char *id;
  char *date;               /* YYYY-MM-DD */
  char *slot;               /* morning / afternoon / evening */
  char *start_time;         /* HH:MM */
  char *end_time;
  char *course_id;          /* NULL without a course */
  char *title;              /* the course's title, else the session's own title (or NULL) */
  char *teacher_id;
  char *teacher_name;
  char *base_id;
  char *base_name;
  char *room;
  char *method;             /* a px_teaching_methods () key */
  double hours;
  gboolean is_elective;
  gint64 elective_capacity; /* PX_INT_UNSET when not limited */
  guint n_choices;          /* trainees who chose it (electives) */
} PxTimetableEntry;

void        px_timetable_entry_free        (PxTimetableEntry *entry);

/* The sessions of a class by date, start time, then title. (transfer full) (element-type
 * PxTimetableEntry) */
GPtrArray  *px_class_timetable_list        (PxDatabase   *db,
                                            const char   *class_id,
                                            GError      **error);

/* Writes, each one audited transaction. Text fields are trimmed and empty ones become NULL
 * first; the record engine validates (a PX_VALIDATION_ERROR naming the field). An insert keeps
 * an id the session already has (undo puts a deleted session back as it was). */
gboolean    px_class_timetable_insert      (PxDatabase   *db,
                                            PxSession    *session,
                                            GError      **error);
gboolean    px_class_timetable_update      (PxDatabase   *db,
                                            PxSession    *session,
                                            GError      **error);
/* Moves a session to date and slot: with a new slot it takes that slot's usual times, in the
 * same slot it keeps its own. */
gboolean    px_class_timetable_move        (PxDatabase   *db,
                                            const char   *session_id,
                                            const char   *date,
                                            const char   *slot,
                                            GError      **error);

/* A deleted session with what hung on it (elective choices, attendance), for undo. */
typedef struct _PxDeletedSession PxDeletedSession;

/* Deletes the session and its choices and attendance, each row audited. (transfer full) */
PxDeletedSession *px_class_timetable_delete  (PxDatabase        *db,
                                              const char        *session_id,
                                              GError           **error);
/* Puts it all back with the same ids. */
gboolean          px_class_timetable_restore (PxDatabase        *db,
                                              PxDeletedSession  *deleted,
                                              GError           **error);
const PxSession  *px_deleted_session_get_session (PxDeletedSession *deleted);
void              px_deleted_session_free    (PxDeletedSession  *deleted);

/* A teacher who could take a session. */
typedef struct
{
  char *id;
  char *name;
  gboolean teaches_course;   /* listed for the course (course_teacher), not only by competency */
  guint shared_competencies; /* competencies shared with the course */
} PxTeacherChoice;

void        px_teacher_choice_free         (PxTeacherChoice *choice);

/* Every teacher, those of the course first (course_id may be NULL), then those sharing its
 * competencies, most shared first, then the rest; by name within each. For a form's teacher
 * list. (transfer full) (element-type PxTeacherChoice) */
GPtrArray  *px_class_timetable_teachers    (PxDatabase   *db,
                                            const char   *course_id,
                                            GError      **error);
/* The teachers free for the whole of a session's time (sessions that merely touch it are no
 * obstacle) who teach its course or, failing that, share one of the course's competencies;
 * course teachers first. Its own teacher is left out; none when it has no course. At most
 * limit (0: all). (transfer full) (element-type PxTeacherChoice) */
GPtrArray  *px_class_timetable_free_teachers (PxDatabase *db,
                                              const char *session_id,
                                              guint       limit,
                                              GError    **error);

/* Where a session could go: the first later slot within the class's dates, up to 7 days ahead,
 * then from the class's first day on, in which the class has no session and the session's
 * teacher and place are free (times as px_class_timetable_move gives them). Mornings and
 * afternoons only, unless the session is an evening one. TRUE with *date NULL when there is
 * none. */
gboolean    px_class_timetable_next_free_slot (PxDatabase  *db,
                                               const char  *session_id,
                                               char       **date,
                                               char       **slot,
                                               GError     **error);

/* The teaching-method mix of a class and its balance of theory and practice. */
typedef struct
{
  GArray *methods;            /* (element-type PxMethodHours) as in PxClassSummary */
  double hours;               /* all sessions */
  double lecture_hours;
  double lecture_share;       /* 0–1 of hours; 0 without hours */
  double max_lecture_share;   /* the class's target, 0–1 */
  double theory_hours;        /* methods that are not practice */
  double practice_hours;      /* PxTeachingMethod.practice */
} PxMethodMix;

void         px_method_mix_free            (PxMethodMix  *mix);
PxMethodMix *px_class_timetable_method_mix (PxDatabase   *db,
                                            const char   *class_id,
                                            GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTimetableEntry, px_timetable_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxDeletedSession, px_deleted_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTeacherChoice, px_teacher_choice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxMethodMix, px_method_mix_free)

G_END_DECLS
