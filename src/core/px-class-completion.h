/* px-class-completion.h: deciding who completed a class (结业), by its rule or by override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
  gboolean overridden;   /* the head teacher's decision, left as it is by the rule */
  char *reason;          /* a sentence naming the numbers */
} PxTraineeCompletion;

typedef struct
{
  char *class_code;
  char *class_id;
  GPtrArray *trainees;   /* (element-type PxTraineeCompletion) in name order */
  guint n_completed;
  guint n_not_completed;
} PxClassCompletion;

void               px_class_completion_free     (PxClassCompletion *completion);

/* Applies the class's completion rule to every trainee whose completion is not overridden:
 * leave over 1/7 of the class's session hours withdraws the trainee; attended (present + late)
 * hours below the class's attendance threshold, or a recorded exam or paper score below its
 * pass score, means not completed. Completed trainees get one credit record (source "class")
 * for the class's credit hours (its session hours when it has none); the others lose it. One
 * transaction, each change audited. NULL with PX_DATABASE_ERROR_NOT_FOUND for an unknown
 * class. (transfer full) */
PxClassCompletion *px_class_completion_apply    (PxDatabase   *db,
                                                 const char   *class_code,
                                                 GError      **error);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClassCompletion, px_class_completion_free)

G_END_DECLS
