/* px-list-pane.h: a searchable, sortable list of one kind of record with its form beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-pane-spec.h"
#include "px-record-editor.h"
#include "px-record-list-model.h"

G_BEGIN_DECLS

#define PX_TYPE_LIST_PANE (px_list_pane_get_type ())

G_DECLARE_FINAL_TYPE (PxListPane, px_list_pane, PX, LIST_PANE, AdwBin)

PxListPane        *px_list_pane_new          (PxDatabase        *db,
                                              const PxPaneSpec  *spec);
const PxPaneSpec  *px_list_pane_get_spec     (PxListPane        *self);
PxDatabase        *px_list_pane_get_database (PxListPane        *self);
PxRecordListModel *px_list_pane_get_model    (PxListPane        *self);
PxRecordEditor    *px_list_pane_get_editor   (PxListPane        *self);
GtkWidget         *px_list_pane_get_search_entry (PxListPane    *self);
GtkColumnView     *px_list_pane_get_column_view  (PxListPane    *self);
/* Whether citizen IDs and phones are shown in full. */
gboolean           px_list_pane_get_revealed (PxListPane        *self);
/* Whether the list shows its rows: read, and handed to the view after its first frame. */
gboolean           px_list_pane_get_rows_shown (PxListPane      *self);
/* Opens the form on the row at position, as a click would. */
void               px_list_pane_select       (PxListPane        *self,
                                              guint              position);
/* Sets the filter of the spec's filter number index to the choice with that key (NULL: all). */
gboolean           px_list_pane_set_filter   (PxListPane        *self,
                                              guint              index,
                                              const char        *key);
/* Reads everything again: after an import, or when the database changed underneath. */
void               px_list_pane_reload       (PxListPane        *self);
/* Puts a button of the pane's own in the toolbar, before New. */
void               px_list_pane_add_tool     (PxListPane        *self,
                                              GtkWidget         *widget);
/* A toast in the window, when the pane is in one. */
void               px_list_pane_toast        (PxListPane        *self,
                                              const char        *message);
/* Shows only the records whose column holds value (the items of one plan) and gives new
 * records that value; value NULL shows all again. The form is saved first, and closed:
 * returns FALSE, changing nothing, when what it holds could not be saved (a toast says why). */
gboolean           px_list_pane_set_parent   (PxListPane        *self,
                                              const char        *column,
                                              const char        *value);
/* The name of a unit from its id, from a cache the pane keeps. */
const char        *px_list_pane_unit_name    (PxListPane        *self,
                                              const char        *unit_id);

G_END_DECLS
