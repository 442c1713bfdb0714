/* px-class-elective.h: 自主选学, the elective sessions of a class and the trainees who chose them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

#define PX_CLASS_ELECTIVE_ERROR (px_class_elective_error_quark ())

typedef enum
{
  PX_CLASS_ELECTIVE_ERROR_FULL,          /* the session has as many choices as its capacity */
  PX_CLASS_ELECTIVE_ERROR_NOT_ELECTIVE,  /* a session every trainee attends */
  PX_CLASS_ELECTIVE_ERROR_NOT_TRAINEE,   /* not an enrolled trainee of the session's class */
} PxClassElectiveError;

GQuark px_class_elective_error_quark (void);

typedef struct
{
  char *id;
  char *date;         /* YYYY-MM-DD */
  char *slot;         /* morning / afternoon / evening */
  char *start_time;   /* HH:MM */
  char *end_time;
  char *title;        /* the session's own title, else its course's; may be NULL */
  double hours;
  gint64 capacity;    /* PX_INT_UNSET when there is no limit */
  guint n_chosen;     /* by enrolled trainees */
} PxElectiveSession;

typedef struct
{
  char *enrollment_id;
  char *name;
  char *unit_name;    /* may be NULL */
  char *group_name;   /* may be NULL */
  gboolean chosen;
} PxElectiveTrainee;

void       px_elective_session_free          (PxElectiveSession *session);
void       px_elective_trainee_free          (PxElectiveTrainee *trainee);

/* The class's elective sessions by date and time, with their choices counted. (transfer full)
 * (element-type PxElectiveSession) */
GPtrArray *px_class_elective_list_sessions   (PxDatabase  *db,
                                              const char  *class_id,
                                              GError     **error);

/* The enrolled trainees of the session's class in name order, each saying whether they chose
 * it. (transfer full) (element-type PxElectiveTrainee) */
GPtrArray *px_class_elective_list_trainees   (PxDatabase  *db,
                                              const char  *session_id,
                                              GError     **error);

/* Records that the trainee chose the elective session (chosen) or no longer does. Choosing a
 * session that is full is refused with PX_CLASS_ELECTIVE_ERROR_FULL and a sentence saying so;
 * choosing again, or unchoosing what was not chosen, changes nothing. One transaction,
 * audited. */
gboolean   px_class_elective_set_chosen      (PxDatabase  *db,
                                              const char  *session_id,
                                              const char  *enrollment_id,
                                              gboolean     chosen,
                                              GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxElectiveSession, px_elective_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxElectiveTrainee, px_elective_trainee_free)

G_END_DECLS
