/* px-roll-call-list.h: a session's roll in the attendance tab, one row per trainee with their
 * status and note, and a menu of statuses on each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_ROLL_CALL_LIST (px_roll_call_list_get_type ())

G_DECLARE_FINAL_TYPE (PxRollCallList, px_roll_call_list, PX, ROLL_CALL_LIST, AdwBin)

GtkWidget *px_roll_call_list_new         (void);
/* Shows roll (element-type PxRollEntry; NULL: none, the placeholder kept), which the list
 * keeps a reference to; is_elective chooses the placeholder's text. Closes a row's menu. */
void       px_roll_call_list_set_roll    (PxRollCallList *self,
                                          GPtrArray      *roll,
                                          gboolean        is_elective);
/* Shows the entry at index again after it changed. */
void       px_roll_call_list_update_row  (PxRollCallList *self,
                                          guint           index);
/* The row that has the keyboard focus, or -1. */
int        px_roll_call_list_get_focused (PxRollCallList *self);
/* Gives the row at index the focus; FALSE when there is no such row. */
gboolean   px_roll_call_list_focus_row   (PxRollCallList *self,
                                          guint           index);
/* Opens the note of the entry at index; its Save activates "attendance.set-note" (ss). */
void       px_roll_call_list_open_note   (PxRollCallList *self,
                                          guint           index);

G_END_DECLS
