/* px-record-list-model.h: a list model that pages through a table in core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-entity.h"
#include "px-record-item.h"

G_BEGIN_DECLS

#define PX_TYPE_RECORD_LIST_MODEL (px_record_list_model_get_type ())

G_DECLARE_FINAL_TYPE (PxRecordListModel, px_record_list_model, PX, RECORD_LIST_MODEL, GObject)

PxRecordListModel *px_record_list_model_new         (PxDatabase          *db,
                                                     const PxEntity      *entity);
PxDatabase        *px_record_list_model_get_database (PxRecordListModel  *self);
const PxEntity    *px_record_list_model_get_entity  (PxRecordListModel   *self);

/* Each setter starts a new query in the background; the rows change when it is done. */
void               px_record_list_model_set_search  (PxRecordListModel   *self,
                                                     const char          *search);
const char        *px_record_list_model_get_search  (PxRecordListModel   *self);
/* value NULL removes the filter on that column (or filter key of the entity) */
void               px_record_list_model_set_filter  (PxRecordListModel   *self,
                                                     const char          *column,
                                                     const char          *value);
void               px_record_list_model_set_sort    (PxRecordListModel   *self,
                                                     const char          *sort,
                                                     gboolean             descending);
const char        *px_record_list_model_get_sort    (PxRecordListModel   *self,
                                                     gboolean            *descending);
/* While held, queries wait (the model says it is loading) and run when released: a view that
 * draws its first frame before its rows asks for them after that frame. */
void               px_record_list_model_hold        (PxRecordListModel   *self);
void               px_record_list_model_release     (PxRecordListModel   *self);
/* Runs the query again, e.g. after rows were written. */
void               px_record_list_model_refresh     (PxRecordListModel   *self);
/* Drops the cached copy of one row, so that its new values show. */
void               px_record_list_model_reload_key  (PxRecordListModel   *self,
                                                     gint64               key);
/* Drops every cached row and says all changed: for a change in how rows are shown. */
void               px_record_list_model_invalidate  (PxRecordListModel   *self);
gboolean           px_record_list_model_is_loading  (PxRecordListModel   *self);
/* Where the row with that rowid is, or GTK_INVALID_LIST_POSITION (G_MAXUINT). */
guint              px_record_list_model_find_key    (PxRecordListModel   *self,
                                                     gint64               key);
gint64             px_record_list_model_key_for_id  (PxRecordListModel   *self,
                                                     const char          *id);

G_END_DECLS
