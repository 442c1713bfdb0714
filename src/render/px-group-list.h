/* px-group-list.h: 分组名单, a class's trainees group by group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document.h"
#include "px-page.h"

G_BEGIN_DECLS

#define PX_TYPE_GROUP_LIST (px_group_list_get_type ())
G_DECLARE_FINAL_TYPE (PxGroupList, px_group_list, PX, GROUP_LIST, PxDocument)

/* The class's enrolled trainees by group, in the groups' order (第二组 before 第十组) with the
 * trainees in no group last: for each a heading with the group's name and size, then a table
 * of number, name, unit and position, class role and phone, the group leader (组长) first and
 * in bold. A4 portrait; a group that fits on a page is never split over two (it starts a new
 * page instead); a longer one goes on over pages, its heading repeated. NULL with
 * PX_DATABASE_ERROR_NOT_FOUND when there is no such class, PX_RENDER_ERROR_EMPTY when it has
 * no trainees. (transfer full) */
PxGroupList   *px_group_list_new          (PxDatabase   *db,
                                           const char   *class_id,
                                           GError      **error);

const PxPage  *px_group_list_get_page     (PxGroupList  *list);
/* The groups listed, the trainees in no group counted as one. */
guint          px_group_list_get_n_groups (PxGroupList  *list);

G_END_DECLS
