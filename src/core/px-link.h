/* px-link.h: the many-to-many links between records (a teacher's specialties, a course's
 * teachers), read and replaced as sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

/* Describes one link table: its two columns of keys, and the records linked to. */
typedef struct
{
  const PxEntity *link;          /* e.g. &px_teacher_competency_entity */
  const char *owner_column;      /* "teacher_id" */
  const char *target_column;     /* "competency_id" */
  const char *target_table;      /* "competency" */
  const char *target_name;       /* the column that names a target: "name" */
  const char *target_order;      /* ORDER BY for choosing targets: "kind, sort_order, name" */
} PxLinkSpec;

/* The ids linked to owner_id, in the targets' order. (transfer full) */
GStrv     px_link_get_targets  (PxDatabase        *db,
                                const PxLinkSpec  *spec,
                                const char        *owner_id,
                                GError           **error);
/* Makes the owner's links exactly target_ids: removes the others, adds the missing, each
 * audited, in one transaction. */
gboolean  px_link_set_targets  (PxDatabase         *db,
                                const PxLinkSpec   *spec,
                                const char         *owner_id,
                                const char * const *target_ids,
                                GError            **error);
/* Every possible target as id, name pairs in order: { id, name, id, name, …, NULL }. */
GStrv     px_link_list_choices (PxDatabase        *db,
                                const PxLinkSpec  *spec,
                                GError           **error);
/* The names of the owner's targets joined by "、", for a list cell. (transfer full) */
char     *px_link_describe     (PxDatabase        *db,
                                const PxLinkSpec  *spec,
                                const char        *owner_id);

G_END_DECLS
