/* px-class-attendance.h: 考勤, a class's roll-call per session, leave requests and the hours
 * each trainee attended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-leave-request.h"

G_BEGIN_DECLS

#define PX_CLASS_ATTENDANCE_ERROR (px_class_attendance_error_quark ())

typedef enum
{
  PX_CLASS_ATTENDANCE_ERROR_NOT_ON_ROLL,   /* the trainee is not on that session's roll */
  PX_CLASS_ATTENDANCE_ERROR_INVALID,       /* a status, date or number that cannot be */
} PxClassAttendanceError;

GQuark px_class_attendance_error_quark (void);

/* One session of the class, as the roll-call chooses it. */
typedef struct
{
  char *id;
  char *date;         /* YYYY-MM-DD */
  char *slot;         /* morning / afternoon / evening */
  char *start_time;   /* HH:MM */
  char *end_time;
  char *title;        /* the session's own title, else its course's; may be NULL */
  double hours;
  gboolean is_elective;
  guint n_expected;   /* on its roll (see px_class_attendance_get_roll) */
  guint n_marked;     /* of those, with a status */
} PxAttendanceSession;

/* One trainee on a session's roll. */
typedef struct
{
  char *enrollment_id;
  char *name;
  char *unit_name;    /* may be NULL */
  char *group_name;   /* may be NULL */
  char *status;       /* present / late / leave / absent; NULL when not yet marked */
  char *note;         /* may be NULL */
} PxRollEntry;

/* What one trainee's attendance adds up to. */
typedef enum
{
  PX_LEAVE_STATE_FINE,   /* below 80 % of the 1/7 limit */
  PX_LEAVE_STATE_NEAR,   /* at or above 80 % of it, not over: warn */
  PX_LEAVE_STATE_OVER,   /* over it: the completion rule withdraws the trainee */
} PxLeaveState;

typedef struct
{
  char *enrollment_id;
  char *name;
  char *unit_name;
  char *group_name;
  double attended_hours;  /* present + late */
  double leave_hours;     /* as the completion rule counts it (see below) */
  double absent_hours;
  double held_hours;      /* of the sessions held so far: those on the trainee's roll before
                           * today, and today's where the trainee is marked */
  double rate;            /* attended / held; NAN when none is held yet */
  gboolean below_threshold;  /* rate below the class's attendance_threshold */
  double leave_limit;     /* 1/7 of the class's session hours */
  PxLeaveState leave_state;
} PxAttendanceTotals;

void       px_attendance_session_free  (PxAttendanceSession *session);
void       px_roll_entry_free          (PxRollEntry         *entry);
void       px_attendance_totals_free   (PxAttendanceTotals  *totals);

/* Leave at or above 80 % of the limit warns, over it withdraws: the line the class pane
 * shows before it is crossed. */
PxLeaveState px_leave_state_for        (double               leave_hours,
                                        double               limit);

/* The class's sessions by date and start time, each with its roll counted. (transfer full)
 * (element-type PxAttendanceSession) */
GPtrArray *px_class_attendance_list_sessions (PxDatabase  *db,
                                              const char  *class_id,
                                              GError     **error);

/* The session whose roll-call is due on today (YYYY-MM-DD): the first one dated today, else
 * the next one, else the last; NULL when sessions is empty. */
const PxAttendanceSession *px_class_attendance_pick_session (GPtrArray  *sessions,
                                                             const char *today);

/* A session's roll: the class's enrolled trainees (withdrawn ones left out) in name order;
 * for an elective session only those who chose it, or were marked anyway. (transfer full)
 * (element-type PxRollEntry) */
GPtrArray *px_class_attendance_get_roll      (PxDatabase  *db,
                                              const char  *session_id,
                                              GError     **error);

/* Records status (present, late, leave, absent; NULL clears it and its note) for the trainee
 * at the session, keeping the note. One transaction, audited. */
gboolean   px_class_attendance_set_status    (PxDatabase  *db,
                                              const char  *session_id,
                                              const char  *enrollment_id,
                                              const char  *status,
                                              GError     **error);

/* The note of a trainee's mark at a session (NULL or "" removes it); the trainee must be
 * marked first. */
gboolean   px_class_attendance_set_note      (PxDatabase  *db,
                                              const char  *session_id,
                                              const char  *enrollment_id,
                                              const char  *note,
                                              GError     **error);

/* Marks everyone on the session's roll not yet marked present, in one transaction; *n_marked
 * (may be NULL) says how many that was. */
gboolean   px_class_attendance_mark_all_present (PxDatabase  *db,
                                                 const char  *session_id,
                                                 guint       *n_marked,
                                                 GError     **error);

/* The class's leave requests, by start date then name; the trainee's name is in *names at the
 * same index. (transfer full) (element-type PxLeaveRequest) */
GPtrArray *px_class_attendance_list_leave    (PxDatabase  *db,
                                              const char  *class_id,
                                              GPtrArray  **names,
                                              GError     **error);

/* Adds a leave request (its key is set): dates as YYYY-MM-DD, the end not before the start,
 * hours not negative, a reason; the trainee enrolled in a class. One transaction, audited. */
gboolean   px_class_attendance_add_leave     (PxDatabase      *db,
                                              PxLeaveRequest  *request,
                                              GError         **error);

/* Deletes a leave request; returns it as it was (for undo), or NULL with error. */
PxLeaveRequest *px_class_attendance_delete_leave (PxDatabase  *db,
                                                  const char  *leave_id,
                                                  GError     **error);

/* Every enrolled trainee's totals, in name order. Leave is counted as the completion rule
 * does: the larger of the sessions marked leave and the leave requests' hours. today
 * (YYYY-MM-DD, NULL for the real today) decides which sessions are held: those before it,
 * and its own where the trainee is marked, so that a roll-call under way flags no one. (transfer full)
 * (element-type PxAttendanceTotals) */
GPtrArray *px_class_attendance_list_totals   (PxDatabase  *db,
                                              const char  *class_id,
                                              const char  *today,
                                              GError     **error);

/* Today as YYYY-MM-DD in local time. (transfer full) */
char      *px_class_attendance_today         (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAttendanceSession, px_attendance_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxRollEntry, px_roll_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAttendanceTotals, px_attendance_totals_free)

G_END_DECLS
