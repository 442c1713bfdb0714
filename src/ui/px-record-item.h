/* px-record-item.h: one row of a record list, as a GObject for list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "px-entity.h"

G_BEGIN_DECLS

#define PX_TYPE_RECORD_ITEM (px_record_item_get_type ())

G_DECLARE_FINAL_TYPE (PxRecordItem, px_record_item, PX, RECORD_ITEM, GObject)

/* Takes the record. */
PxRecordItem   *px_record_item_new         (const PxEntity  *entity,
                                            gpointer         record,
                                            gint64           key);
const PxEntity *px_record_item_get_entity  (PxRecordItem    *self);
gconstpointer   px_record_item_get_record  (PxRecordItem    *self);
const char     *px_record_item_get_id      (PxRecordItem    *self);
gint64          px_record_item_get_key     (PxRecordItem    *self);

G_END_DECLS
