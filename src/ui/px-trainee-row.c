/* px-trainee-row.c: one row of a class's roster, as a list model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-trainee-row"

#include "config.h"

#include "px-trainee-row.h"

struct _PxTraineeRow
{
  GObject parent_instance;

  const PxTrainee *trainee;
};

enum {
  PROP_0,
  PROP_TRAINEE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PxTraineeRow, px_trainee_row, G_TYPE_OBJECT)

static void
px_trainee_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PxTraineeRow *self = PX_TRAINEE_ROW (object);

  switch (prop_id)
    {
    case PROP_TRAINEE:
      g_value_set_pointer (value, (gpointer) self->trainee);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_trainee_row_class_init (PxTraineeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = px_trainee_row_get_property;

  properties[PROP_TRAINEE] = g_param_spec_pointer ("trainee", NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                   | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_trainee_row_init (PxTraineeRow *self)
{
}

PxTraineeRow *
px_trainee_row_new (const PxTrainee *trainee)
{
  PxTraineeRow *self = g_object_new (PX_TYPE_TRAINEE_ROW, NULL);

  self->trainee = trainee;
  return self;
}

const PxTrainee *
px_trainee_row_get_trainee (PxTraineeRow *self)
{
  g_return_val_if_fail (PX_IS_TRAINEE_ROW (self), NULL);
  return self->trainee;
}

void
px_trainee_row_set_trainee (PxTraineeRow    *self,
                            const PxTrainee *trainee)
{
  g_return_if_fail (PX_IS_TRAINEE_ROW (self));

  self->trainee = trainee;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAINEE]);
}
