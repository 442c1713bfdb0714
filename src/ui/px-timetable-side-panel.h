/* px-timetable-side-panel.h: beside the timetable, its conflicts with the buttons that fix them
 * and its teaching-method mix against the class's target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-class-timetable.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_TIMETABLE_SIDE_PANEL (px_timetable_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (PxTimetableSidePanel, px_timetable_side_panel, PX, TIMETABLE_SIDE_PANEL,
                      AdwBin)

/* The conflicts (PxClassConflict), each with buttons that activate the "timetable.*" actions
 * (show-session, give-to, move-session) to fix it: db is asked which teachers are free and which
 * slot is next free. Only conflicts of a session in entries (PxTimetableEntry) get buttons. */
void  px_timetable_side_panel_show_conflicts  (PxTimetableSidePanel *self,
                                               PxDatabase           *db,
                                               GPtrArray            *conflicts,
                                               GPtrArray            *entries);
/* The method mix against its lecture target, and the hours against required_hours (NAN when
 * the class requires none); rebuilt only when any of it changed. */
void  px_timetable_side_panel_show_mix        (PxTimetableSidePanel *self,
                                               const PxMethodMix    *mix,
                                               double                required_hours);
/* Forgets the mix shown, so that the next show_mix builds it again. */
void  px_timetable_side_panel_forget_mix      (PxTimetableSidePanel *self);

G_END_DECLS
