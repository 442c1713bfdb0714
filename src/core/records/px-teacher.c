/* px-teacher.c: 师资, the full-time and part-time teachers of the pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-teacher"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-record-check-private.h"
#include "px-teacher.h"

static const char * const genders[] = { "男", "女", NULL };
static const char * const employments[] = { "full_time", "part_time", NULL };

static void
init_teacher (gpointer record)
{
  PxTeacher *teacher = record;

  teacher->employment = g_strdup ("full_time");
}

static gboolean
validate_teacher (PxDatabase     *db,
                  gconstpointer   record,
                  GError        **error)
{
  const PxEntity *entity = &px_teacher_entity;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "gender", genders, error)
         && px_record_check_choice (entity, record, "employment", employments, error)
         && px_record_check_phone (entity, record, "phone", error);
}

static const PxField teacher_fields[] = {
  PX_FIELD_DEF (PxTeacher, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Name")),
  PX_FIELD_DEF (PxTeacher, gender, "gender", PX_FIELD_TEXT, 0, N_("Gender")),
  PX_FIELD_DEF (PxTeacher, employment, "employment", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Employment")),
  PX_FIELD_DEF (PxTeacher, source, "source", PX_FIELD_TEXT, 0, N_("Source")),
  PX_FIELD_DEF (PxTeacher, unit, "unit", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Unit")),
  PX_FIELD_DEF (PxTeacher, title, "title", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Professional title")),
  PX_FIELD_DEF (PxTeacher, tier, "tier", PX_FIELD_TEXT, 0, N_("Tier")),
  PX_FIELD_DEF (PxTeacher, dual_qualified, "dual_qualified", PX_FIELD_BOOL, 0,
                N_("Dual-qualified")),
  PX_FIELD_DEF (PxTeacher, phone, "phone", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Telephone")),
  PX_FIELD_DEF (PxTeacher, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

/* Teachers by one of their specialties. */
static const PxSortKey teacher_filter_keys[] = {
  { "competency", "id IN (SELECT teacher_id FROM teacher_competency WHERE competency_id = ?F)" },
  { NULL }
};

const PxEntity px_teacher_entity = {
  "teacher", N_("teacher"), sizeof (PxTeacher),
  teacher_fields, G_N_ELEMENTS (teacher_fields),
  (GDestroyNotify) px_teacher_free, validate_teacher,
  NULL, init_teacher, NULL, teacher_filter_keys,
};

PX_DEFINE_RECORD (PxTeacher, px_teacher)
