/* px-training-class.h: 班次, one run of training with its trainees and timetable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

/* The table is "class"; PxClass would read as a GObject class structure. */
typedef struct
{
  PxRecord base;
  char *code;                   /* unique, e.g. 2026-QN-01 */
  char *title;
  char *plan_item_id;
  char *class_type;
  char *start_date;             /* YYYY-MM-DD */
  char *end_date;               /* YYYY-MM-DD, not before start_date */
  char *venue;
  char *head_teacher;
  gint64 capacity;
  double required_hours;
  double credit_hours;          /* credited on completion */
  char *status;                 /* planning / enrolling / running / finished / archived */
  double max_lecture_share;     /* 0–1; default 0.5 */
  double attendance_threshold;  /* 0–1; default 0.857 (leave ≤ 1/7) */
  double pass_score;            /* 0–100; default 60 */
  char *note;
} PxTrainingClass;

PX_DECLARE_RECORD (PxTrainingClass, px_training_class)

G_END_DECLS
