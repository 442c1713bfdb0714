/* px-record-editor.h: the form that shows and edits one record of a pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-pane-spec.h"

G_BEGIN_DECLS

#define PX_TYPE_RECORD_EDITOR (px_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (PxRecordEditor, px_record_editor, PX, RECORD_EDITOR, AdwBin)

PxRecordEditor *px_record_editor_new          (PxDatabase        *db,
                                               const PxPaneSpec  *spec,
                                               PxListPane        *pane);
/* Shows a copy of record, or a new record when NULL. */
void            px_record_editor_set_record   (PxRecordEditor    *self,
                                               gconstpointer      record);
/* The record as stored (NULL while it is new). */
gconstpointer   px_record_editor_get_record   (PxRecordEditor    *self);
gboolean        px_record_editor_is_new       (PxRecordEditor    *self);
/* Whether the form differs from what is stored. */
gboolean        px_record_editor_get_modified (PxRecordEditor    *self);
/* Writes the form: the record and its links in one transaction. On a validation error the
 * field concerned is marked and shows the message. */
gboolean        px_record_editor_save         (PxRecordEditor    *self,
                                               GError           **error);
/* Sets one field's widget as if typed or chosen: text for text rows, the key for choices,
 * an id for units and references, "1"/"0" for switches, ids joined by "," for links. */
gboolean        px_record_editor_set_value    (PxRecordEditor    *self,
                                               const char        *column,
                                               const char        *value);
/* Gives every new record this value of column, as px_record_editor_set_value takes it (the plan
 * a new plan item belongs to); a row of the form for that column shows it. NULL: no more. */
void            px_record_editor_set_default  (PxRecordEditor    *self,
                                               const char        *column,
                                               const char        *value);
/* The row for a column (for tests and focus), or NULL. */
GtkWidget      *px_record_editor_get_row      (PxRecordEditor    *self,
                                               const char        *column);

G_END_DECLS
