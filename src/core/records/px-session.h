/* px-session.h: 课表, one entry of a class's timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *class_id;
  char *date;        /* YYYY-MM-DD */
  char *slot;        /* morning / afternoon / evening */
  char *start_time;  /* HH:MM */
  char *end_time;    /* HH:MM, after start_time */
  char *course_id;
  char *title;       /* when there is no course, or to say more */
  char *teacher_id;
  char *base_id;
  char *room;
  char *method;      /* a px_teaching_methods () key */
  double hours;
  gboolean is_elective;
  gint64 elective_capacity;
} PxSession;

PX_DECLARE_RECORD (PxSession, px_session)

G_END_DECLS
