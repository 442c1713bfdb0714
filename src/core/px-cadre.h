/* px-cadre.h: 干部, the people every class is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *name;
  char *gender;            /* 男 / 女 */
  char *ethnicity;         /* GB/T 3304 name */
  char *birth_date;        /* YYYY-MM-DD */
  char *citizen_id;        /* 18 characters, GB 11643 */
  char *political_status;  /* GB/T 4762 name */
  char *unit_id;
  char *post;              /* 职务 */
  char *rank;              /* 职级 */
  char *education;
  char *phone;
  char *note;
} PxCadre;

PX_DECLARE_RECORD (PxCadre, px_cadre)

/* The rules a cadre record keeps, without looking at the database: name, a valid citizen ID,
 * gender and birth date agreeing with it, a telephone number, known code-list values. */
gboolean  px_cadre_check                (const PxCadre  *cadre,
                                         GError        **error);

/* The id of the cadre with this citizen ID, or NULL. */
char     *px_cadre_find_by_citizen_id   (PxDatabase     *db,
                                         const char     *citizen_id,
                                         GError        **error);

/* 110101********123X: enough to tell people apart on screen, not enough to misuse. */
char     *px_cadre_mask_citizen_id      (const char     *citizen_id);

/* One class a cadre was enrolled in, for the cadre's training record. */
typedef struct
{
  char *class_id;
  char *code;
  char *title;
  char *start_date;
  char *end_date;
  char *status;        /* enrollment: enrolled / withdrawn */
  char *completion;    /* pending / completed / not_completed */
  double credit_hours; /* credited for the class; 0 when none */
  double exam_score;   /* NAN when none */
  double paper_score;  /* NAN when none */
  double attended_hours; /* present or late, from the roll-call */
  double class_hours;  /* the class's timetable hours */
} PxCadreTraining;

void        px_cadre_training_free  (PxCadreTraining *training);
/* The cadre's classes, newest first. (transfer full) (element-type PxCadreTraining) */
GPtrArray  *px_cadre_list_training  (PxDatabase  *db,
                                     const char  *cadre_id,
                                     GError     **error);

G_END_DECLS
