/* px-panes.h: the specs of the master-data panes, one source file each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-pane-spec.h"

G_BEGIN_DECLS

const PxPaneSpec *px_cadre_pane_get_spec      (void);
const PxPaneSpec *px_teacher_pane_get_spec    (void);
const PxPaneSpec *px_base_pane_get_spec       (void);
const PxPaneSpec *px_course_pane_get_spec     (void);
const PxPaneSpec *px_case_study_pane_get_spec (void);
const PxPaneSpec *px_class_list_get_spec      (void);

/* planning → 筹备中 …: a class's status as users read it. */
const char       *px_class_list_status_label  (const char *status);

/* The link tables the panes share. */
extern const PxLinkSpec px_teacher_competency_link;
extern const PxLinkSpec px_base_theme_link;
extern const PxLinkSpec px_course_competency_link;
extern const PxLinkSpec px_course_teacher_link;
extern const PxLinkSpec px_plan_item_competency_link;

/* Choices built from a NULL-terminated list whose values are their own labels. */
const PxChoice   *px_panes_choices_from_list  (const char * const *values);

G_END_DECLS
