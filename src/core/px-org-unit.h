/* px-org-unit.h: 单位, the tree of organisations cadres work in
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
  char *parent_id;
  char *code;
  char *kind;
  gint64 sort_order;
} PxOrgUnit;

PX_DECLARE_RECORD (PxOrgUnit, px_org_unit)

/* The id of the top-level unit with this name, made when there is none (the import path:
 * spreadsheets name units, they do not point at them). */
char  *px_org_unit_ensure_by_name  (PxDatabase  *db,
                                    const char  *name,
                                    GError     **error);

/* Every unit in tree order as id, label pairs { id, label, …, NULL }, the label indented by
 * depth with full-width spaces so that a flat drop-down still reads as a tree. */
GStrv  px_org_unit_list_tree       (PxDatabase  *db,
                                    GError     **error);
/* id → name for every unit (transfer full). */
GHashTable *px_org_unit_name_map   (PxDatabase  *db,
                                    GError     **error);

G_END_DECLS
