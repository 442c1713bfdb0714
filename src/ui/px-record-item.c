/* px-record-item.c: one row of a record list, as a GObject for list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-record-item"

#include "px-record-item.h"

struct _PxRecordItem
{
  GObject parent_instance;

  const PxEntity *entity;
  gpointer record;
  gint64 key;
};

G_DEFINE_FINAL_TYPE (PxRecordItem, px_record_item, G_TYPE_OBJECT)

static void
px_record_item_finalize (GObject *object)
{
  PxRecordItem *self = PX_RECORD_ITEM (object);

  if (self->record != NULL)
    px_record_free (self->entity, self->record);

  G_OBJECT_CLASS (px_record_item_parent_class)->finalize (object);
}

static void
px_record_item_class_init (PxRecordItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_record_item_finalize;
}

static void
px_record_item_init (PxRecordItem *self)
{
}

PxRecordItem *
px_record_item_new (const PxEntity *entity,
                    gpointer        record,
                    gint64          key)
{
  PxRecordItem *self;

  g_return_val_if_fail (entity != NULL && record != NULL, NULL);

  self = g_object_new (PX_TYPE_RECORD_ITEM, NULL);
  self->entity = entity;
  self->record = record;
  self->key = key;
  return self;
}

const PxEntity *
px_record_item_get_entity (PxRecordItem *self)
{
  g_return_val_if_fail (PX_IS_RECORD_ITEM (self), NULL);
  return self->entity;
}

gconstpointer
px_record_item_get_record (PxRecordItem *self)
{
  g_return_val_if_fail (PX_IS_RECORD_ITEM (self), NULL);
  return self->record;
}

const char *
px_record_item_get_id (PxRecordItem *self)
{
  g_return_val_if_fail (PX_IS_RECORD_ITEM (self), NULL);
  return ((PxRecord *) self->record)->id;
}

gint64
px_record_item_get_key (PxRecordItem *self)
{
  g_return_val_if_fail (PX_IS_RECORD_ITEM (self), 0);
  return self->key;
}
