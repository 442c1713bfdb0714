/* px-class-trainees.h: a class's trainees (学员) one by one: who they are, their group and
 * role in the class, enrolling, withdrawing and removing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-enrollment.h"

G_BEGIN_DECLS

/* One trainee of a class as the roster shows them. */
typedef struct
{
  char *enrollment_id;
  char *cadre_id;
  char *name;
  char *gender;
  char *citizen_id;
  char *unit_name;
  char *post;
  char *rank;
  char *phone;
  char *status;             /* enrolled / withdrawn */
  char *withdraw_reason;
  char *group_name;
  char *class_role;
  char *dormitory;
  char *seat;
  /* The plan item names the ranks it is for, and this trainee's rank is not one of them. */
  gboolean outside_audience;
  /* Attendance, scores, a completion decision or elective choices are recorded for them:
   * removing them would lose that, so they can only be withdrawn. */
  gboolean has_records;
} PxTrainee;

typedef struct
{
  char *class_id;
  gint64 capacity;          /* PX_INT_UNSET when the class has none */
  guint n_enrolled;         /* not withdrawn */
  guint n_withdrawn;
  /* The ranks the class's plan item is for (split at 、 , ， ; and spaces); NULL when the class
   * has no plan item or the item names none. */
  GStrv audience_ranks;
  guint n_outside_audience; /* enrolled trainees whose rank is not in audience_ranks */
  GPtrArray *trainees;      /* (element-type PxTrainee): enrolled by group (第二组 before
                             * 第十组) then name, withdrawn ones last */
} PxClassTrainees;

void             px_trainee_free               (PxTrainee       *trainee);
void             px_class_trainees_free        (PxClassTrainees *trainees);

/* The class's trainees; NULL with PX_DATABASE_ERROR_NOT_FOUND when there is no such class.
 * (transfer full) */
PxClassTrainees *px_class_trainees_get         (PxDatabase      *db,
                                                const char      *class_id,
                                                GError         **error);

/* Enrolls the cadre, or enrolls again a cadre withdrawn before. Refused with a
 * PX_VALIDATION_ERROR when the cadre is enrolled already or the class is full (its capacity
 * reached). Returns the enrollment's id. (transfer full) */
char            *px_class_trainees_add         (PxDatabase      *db,
                                                const char      *class_id,
                                                const char      *cadre_id,
                                                GError         **error);

/* Sets a trainee's group, class role, dormitory and seat (blank text clears one). */
gboolean         px_class_trainees_set_details (PxDatabase      *db,
                                                const char      *enrollment_id,
                                                const char      *group_name,
                                                const char      *class_role,
                                                const char      *dormitory,
                                                const char      *seat,
                                                GError         **error);

/* Withdraws a trainee (退学 or 退训) with a reason, which must not be blank. */
gboolean         px_class_trainees_withdraw    (PxDatabase      *db,
                                                const char      *enrollment_id,
                                                const char      *reason,
                                                GError         **error);

/* Takes a withdrawn trainee back, if the class has room. */
gboolean         px_class_trainees_reinstate   (PxDatabase      *db,
                                                const char      *enrollment_id,
                                                GError         **error);

/* Removes a trainee enrolled by mistake. Refused (PX_VALIDATION_ERROR) when anything is recorded
 * for them (see PxTrainee.has_records): withdraw them instead. *removed gets the enrollment as
 * it was, for px_class_trainees_restore. */
gboolean         px_class_trainees_remove      (PxDatabase      *db,
                                                const char      *enrollment_id,
                                                PxEnrollment   **removed,
                                                GError         **error);

/* Puts a removed enrollment back with the same id (Undo). */
gboolean         px_class_trainees_restore     (PxDatabase      *db,
                                                const PxEnrollment *removed,
                                                GError         **error);

/* Cadres for adding to the class: those whose name, unit, citizen ID or phone contains search,
 * exact names first, at most limit. A cadre in the class already has its enrollment_id and
 * status set; for the others they are NULL. (transfer full) (element-type PxTrainee) */
GPtrArray       *px_class_trainees_find_cadres (PxDatabase      *db,
                                                const char      *class_id,
                                                const char      *search,
                                                guint            limit,
                                                GError         **error);

/* The roles a class commonly gives (班长, 副班长, 支部书记 …), for a form to offer. */
const char * const *px_class_trainees_roles    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTrainee, px_trainee_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassTrainees, px_class_trainees_free)

G_END_DECLS
