/* px-class-completion.h: deciding who completed a class (结业), by its rule or by override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-class-attendance.h"
#include "px-database.h"

G_BEGIN_DECLS

/* One trainee's decision. */
typedef struct
{
  char *enrollment_id;
  char *cadre_id;
  char *citizen_id;
  char *name;
  gboolean completed;
  gboolean withdrawn;    /* withdrawn (before, or now by the 1/7 leave rule) */
  gboolean withdrawn_now; /* by the 1/7 leave rule in this run */
  gboolean overridden;   /* the head teacher's decision, left as it is by the rule */
  char *reason;          /* a sentence naming the numbers */
  /* What the decision was made from, for showing it */
  double attended_hours; /* present + late */
  double leave_hours;    /* the larger of the sessions marked leave and the leave requests */
  double leave_limit;    /* 1/7 of the class's session hours */
  PxLeaveState leave_state;
  double rate;           /* attended / class hours; NAN when the class has none */
  double exam_score;     /* NAN = none yet */
  double paper_score;    /* NAN = none yet */
  char *stored;          /* the completion stored before: pending / completed / not_completed */
  char *stored_reason;   /* and its reason, may be NULL */
} PxTraineeCompletion;

typedef struct
{
  char *class_code;
  char *class_id;
  GPtrArray *trainees;   /* (element-type PxTraineeCompletion) in name order */
  guint n_completed;
  guint n_not_completed;
  guint n_withdrawn_now; /* withdrawn by the 1/7 rule in this run (were enrolled before) */
  double hours;          /* the class's session hours */
  double credit_hours;   /* what a completed trainee earns */
  double pass_score;
  double attendance_threshold;
} PxClassCompletion;

void               px_class_completion_free     (PxClassCompletion *completion);

/* Applies the class's completion rule to every trainee whose completion is not overridden:
 * leave over 1/7 of the trainee's hours (px_class_trainee_hours) withdraws the trainee;
 * attended (present + late) hours below the class's attendance threshold of them, or a
 * recorded exam or paper score below its pass score, means not completed. Completed trainees
 * get one credit record (source "class") for the class's credit hours (their hours when it has
 * none); the others lose it. One
 * transaction, each change audited. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown
 * class. (transfer full) */
PxClassCompletion *px_class_completion_apply    (PxDatabase   *db,
                                                 const char   *class_code,
                                                 GError      **error);

/* What px_class_completion_apply would decide now, with the same reasons, without writing
 * anything. (transfer full) */
PxClassCompletion *px_class_completion_preview  (PxDatabase   *db,
                                                 const char   *class_code,
                                                 GError      **error);

/* Records a trainee's exam and paper scores (NAN: none yet). A score outside 0–100 is
 * refused with a PX_VALIDATION_ERROR naming exam_score or paper_score; nothing is written
 * then. One transaction, audited. */
gboolean           px_class_completion_set_scores (PxDatabase  *db,
                                                   const char  *enrollment_id,
                                                   double       exam_score,
                                                   double       paper_score,
                                                   GError     **error);

/* The head teacher's decision: the trainees with these citizen ID numbers (NULL = every
 * enrolled, not withdrawn trainee) completed, overriding the rule, with reason (NULL for a
 * default sentence); they earn the credit record. Only those trainees are in the result.
 * NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown class, or a citizen ID that is no
 * enrolled trainee of the class; then nothing is written. (transfer full) */
PxClassCompletion *px_class_completion_override (PxDatabase          *db,
                                                 const char          *class_code,
                                                 const char * const  *citizen_ids,
                                                 const char          *reason,
                                                 GError             **error);

/* The hours of the class's timetable this trainee is to attend: every required session, and
 * the electives they chose or were marked at (parallel electives they did not choose are not
 * theirs). The completion rule counts attendance, and leave against its 1/7, on these hours;
 * a class without credit hours of its own credits them. */
gboolean           px_class_trainee_hours       (PxDatabase   *db,
                                                 const char   *enrollment_id,
                                                 double       *hours,
                                                 GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassCompletion, px_class_completion_free)

G_END_DECLS
