/* px-teacher-sheet.c: the teacher pool (师资库) as schools keep it in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-teacher-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-master-sheet-private.h"
#include "px-teacher-competency.h"
#include "px-teacher.h"

typedef enum
{
  TEACHER_NAME,
  TEACHER_GENDER,
  TEACHER_EMPLOYMENT,
  TEACHER_SOURCE,
  TEACHER_UNIT,
  TEACHER_TITLE,
  TEACHER_TIER,
  TEACHER_DUAL_QUALIFIED,
  TEACHER_PHONE,
  TEACHER_SPECIALTIES,
  TEACHER_NOTE,
  TEACHER_N_COLUMNS
} TeacherColumn;

/* Synonyms seen in the teacher lists of party schools and training centres. */
static const char * const name_synonyms[] = { "教师姓名", "师资姓名", "专家姓名", "名字",
                                              NULL };
static const char * const gender_synonyms[] = { "性 别", NULL };
static const char * const employment_synonyms[] = { "专/兼职", "专职/兼职", "专兼职情况",
                                                    "师资类型", "教师类型", "聘用类型", NULL };
static const char * const source_synonyms[] = { "师资来源", "教师来源", NULL };
static const char * const unit_synonyms[] = { "单位", "所在单位", "工作单位名称", "单位名称",
                                              NULL };
static const char * const title_synonyms[] = { "专业技术职称", "职称职务", "职务职称",
                                               "职务/职称", "职称/职务", NULL };
static const char * const tier_synonyms[] = { "等级", "师资等级", "教师等级", "师资层级",
                                              "级别", NULL };
static const char * const dual_synonyms[] = { "是否双师型", "双师型教师", "双师", NULL };
static const char * const phone_synonyms[] = { "手机", "手机号", "手机号码", "电话", "联系方式",
                                               "电话号码", NULL };
static const char * const specialty_synonyms[] = { "研究专长", "研究方向", "专业特长",
                                                   "擅长领域", "授课专长", "擅长专题",
                                                   "授课方向", NULL };
static const char * const note_synonyms[] = { "备 注", NULL };

static const PxColumnSpec teacher_specs[TEACHER_N_COLUMNS] = {
  [TEACHER_NAME] = { "姓名", name_synonyms, TRUE },
  [TEACHER_GENDER] = { "性别", gender_synonyms, FALSE },
  [TEACHER_EMPLOYMENT] = { "专兼职", employment_synonyms, FALSE },
  [TEACHER_SOURCE] = { "来源", source_synonyms, FALSE },
  [TEACHER_UNIT] = { "工作单位", unit_synonyms, FALSE },
  [TEACHER_TITLE] = { "职称", title_synonyms, FALSE },
  [TEACHER_TIER] = { "层级", tier_synonyms, FALSE },
  [TEACHER_DUAL_QUALIFIED] = { "双师型", dual_synonyms, FALSE },
  [TEACHER_PHONE] = { "联系电话", phone_synonyms, FALSE },
  [TEACHER_SPECIALTIES] = { "专长", specialty_synonyms, FALSE },
  [TEACHER_NOTE] = { "备注", note_synonyms, FALSE },
};

static const PxMasterLink specialty_link = {
  &px_teacher_competency_entity, "teacher_id", "competency_id",
};

static const PxMasterColumn teacher_columns[TEACHER_N_COLUMNS] = {
  [TEACHER_NAME] = { PX_MASTER_CELL_PERSON, "name", NULL },
  [TEACHER_GENDER] = { PX_MASTER_CELL_GENDER, "gender", NULL },
  [TEACHER_EMPLOYMENT] = { PX_MASTER_CELL_EMPLOYMENT, "employment", NULL },
  [TEACHER_SOURCE] = { PX_MASTER_CELL_TEXT, "source", NULL },
  [TEACHER_UNIT] = { PX_MASTER_CELL_TEXT, "unit", NULL },
  [TEACHER_TITLE] = { PX_MASTER_CELL_TEXT, "title", NULL },
  [TEACHER_TIER] = { PX_MASTER_CELL_TEXT, "tier", NULL },
  [TEACHER_DUAL_QUALIFIED] = { PX_MASTER_CELL_YES_NO, "dual_qualified", NULL },
  [TEACHER_PHONE] = { PX_MASTER_CELL_PHONE, "phone", NULL },
  [TEACHER_SPECIALTIES] = { PX_MASTER_CELL_COMPETENCIES, NULL, &specialty_link },
  [TEACHER_NOTE] = { PX_MASTER_CELL_PARAGRAPHS, "note", NULL },
};

/* Two rows are one teacher when they agree on what tells teachers apart: the phone when given,
 * else the unit. */
static char *
teacher_row_key (const PxMasterCell *cells)
{
  const char *name = cells[TEACHER_NAME].text;

  if (cells[TEACHER_PHONE].present)
    return g_strconcat (name, "\x1f", cells[TEACHER_PHONE].text, NULL);
  if (cells[TEACHER_UNIT].present)
    return g_strconcat (name, "\x1f\x1f", cells[TEACHER_UNIT].text, NULL);
  return g_strdup (name);
}

static char *
teacher_duplicate_message (guint first_row)
{
  return g_strdup_printf (_("This teacher is already in row %u of this file."), first_row);
}

/* Whether two values, either of which may be unknown, say different things. */
static gboolean
contradicts (const char *given,
             const char *stored)
{
  return given != NULL && stored != NULL && g_strcmp0 (given, stored) != 0;
}

/* Namesakes are common, so a teacher is found by name and what the row adds to it, most
 * telling first: the same phone; else the same unit; else no phone and no unit that says
 * otherwise (a row of a name alone finds the one teacher of that name). */
static gboolean
teacher_match (PxDatabase          *db,
               const PxMasterCell  *cells,
               gpointer            *stored,
               char               **ambiguity,
               GError             **error)
{
  const char *name = cells[TEACHER_NAME].text;
  const char *phone = cells[TEACHER_PHONE].present ? cells[TEACHER_PHONE].text : NULL;
  const char *unit = cells[TEACHER_UNIT].present ? cells[TEACHER_UNIT].text : NULL;
  g_autoptr(GPtrArray) namesakes = _px_master_find (db, &px_teacher_entity, "name", name, error);

  *stored = NULL;
  *ambiguity = NULL;
  if (namesakes == NULL)
    return FALSE;

  for (guint tier = 0; tier < 3; tier++)
    {
      PxTeacher *fit = NULL;
      guint n_fits = 0;

      for (guint i = 0; i < namesakes->len; i++)
        {
          PxTeacher *teacher = g_ptr_array_index (namesakes, i);
          gboolean fits;

          if (tier == 0)
            fits = phone != NULL && g_strcmp0 (phone, teacher->phone) == 0;
          else if (tier == 1)
            fits = unit != NULL && g_strcmp0 (unit, teacher->unit) == 0
                   && !contradicts (phone, teacher->phone);
          else
            fits = !contradicts (phone, teacher->phone) && !contradicts (unit, teacher->unit);
          if (fits)
            {
              fit = teacher;
              n_fits++;
            }
        }
      if (n_fits == 1)
        {
          *stored = px_teacher_copy (fit);
          return TRUE;
        }
      if (n_fits > 1)
        {
          *ambiguity = g_strdup_printf (_("Several teachers named “%s” fit this row; give the "
                                          "phone number or the unit to tell them apart."), name);
          return TRUE;
        }
    }
  return TRUE;
}

const PxMasterSheet px_teacher_sheet = {
  PX_MASTER_TEACHERS, "teachers", &px_teacher_entity,
  teacher_specs, teacher_columns, TEACHER_N_COLUMNS,
  teacher_row_key, teacher_duplicate_message, teacher_match,
};
