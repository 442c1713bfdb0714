/* px-preference-rows.h: the rows of libadwaita 1.2 forms built in code: a spin button, a switch
 * or a choice on an action row (AdwSpinRow and AdwSwitchRow come with 1.4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A spin button for a row's end. */
GtkWidget *px_preference_rows_new_spin        (double               lower,
                                               double               upper,
                                               double               step,
                                               guint                digits);
/* Rows added to group, each named name (for tests and accessibility tools); they return the
 * row. subtitle may be NULL. */
GtkWidget *px_preference_rows_add_spin        (AdwPreferencesGroup *group,
                                               const char          *name,
                                               const char          *title,
                                               const char          *subtitle,
                                               GtkWidget           *spin);
GtkWidget *px_preference_rows_add_switch      (AdwPreferencesGroup *group,
                                               const char          *name,
                                               const char          *title,
                                               const char          *subtitle,
                                               GtkWidget          **button);
/* A combo row over labels (N_() strings, translated here), selected by position. */
GtkWidget *px_preference_rows_add_combo       (AdwPreferencesGroup *group,
                                               const char          *name,
                                               const char          *title,
                                               const char * const  *labels,
                                               guint                n_labels);

/* Flat buttons for a row's end or a group's header. */
GtkWidget *px_preference_rows_new_icon_button (const char          *icon_name,
                                               const char          *tooltip,
                                               const char          *action_name);
GtkWidget *px_preference_rows_new_menu_button (const char          *icon_name,
                                               const char          *tooltip,
                                               GMenuModel          *menu);

G_END_DECLS
