/* px-course-sheet.c: the course catalogue (课程库) as schools keep it in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-course-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-course-competency.h"
#include "px-course-teacher.h"
#include "px-course.h"
#include "px-master-sheet-private.h"

typedef enum
{
  COURSE_TITLE,
  COURSE_CATEGORY,
  COURSE_METHOD,
  COURSE_HOURS,
  COURSE_QUALITY_TIER,
  COURSE_IS_LOCAL,
  COURSE_COMPETENCIES,
  COURSE_TEACHERS,
  COURSE_DESCRIPTION,
  COURSE_N_COLUMNS
} CourseColumn;

static const char * const title_synonyms[] = { "课程", "题目", "课程题目", "课程名", "专题名称",
                                               "讲题", "课题", NULL };
static const char * const category_synonyms[] = { "课程类别", "课程类型", "类型", "课程分类",
                                                  "分类", NULL };
static const char * const method_synonyms[] = { "教学形式", "教学方法", "授课方式",
                                                "授课形式", NULL };
static const char * const hours_synonyms[] = { "课时", "学时数", "课时数", NULL };
static const char * const quality_synonyms[] = { "精品等级", "课程等级", "质量级别",
                                                 "精品课程等级", NULL };
static const char * const local_synonyms[] = { "本地特色", "是否一地一品", "本地特色课程",
                                               "特色课程", NULL };
static const char * const competency_synonyms[] = { "专题", "对应能力", "能力专题", "能力要素",
                                                     "能力主题", NULL };
static const char * const teacher_synonyms[] = { "教师", "主讲教师", "授课人", "主讲人",
                                                 "授课老师", NULL };
static const char * const description_synonyms[] = { "课程简介", "内容简介", "课程介绍",
                                                     "介绍", NULL };

static const PxColumnSpec course_specs[COURSE_N_COLUMNS] = {
  [COURSE_TITLE] = { "课程名称", title_synonyms, TRUE },
  [COURSE_CATEGORY] = { "类别", category_synonyms, FALSE },
  [COURSE_METHOD] = { "教学方式", method_synonyms, FALSE },
  [COURSE_HOURS] = { "学时", hours_synonyms, FALSE },
  [COURSE_QUALITY_TIER] = { "质量等级", quality_synonyms, FALSE },
  [COURSE_IS_LOCAL] = { "一地一品", local_synonyms, FALSE },
  [COURSE_COMPETENCIES] = { "能力", competency_synonyms, FALSE },
  [COURSE_TEACHERS] = { "授课教师", teacher_synonyms, FALSE },
  [COURSE_DESCRIPTION] = { "简介", description_synonyms, FALSE },
};

static const PxMasterLink competency_link = {
  &px_course_competency_entity, "course_id", "competency_id",
};

static const PxMasterLink teacher_link = {
  &px_course_teacher_entity, "course_id", "teacher_id",
};

static const PxMasterColumn course_columns[COURSE_N_COLUMNS] = {
  [COURSE_TITLE] = { PX_MASTER_CELL_TEXT, "title", NULL },
  [COURSE_CATEGORY] = { PX_MASTER_CELL_TEXT, "category", NULL },
  [COURSE_METHOD] = { PX_MASTER_CELL_METHOD, "method", NULL },
  [COURSE_HOURS] = { PX_MASTER_CELL_HOURS, "hours", NULL },
  [COURSE_QUALITY_TIER] = { PX_MASTER_CELL_TEXT, "quality_tier", NULL },
  [COURSE_IS_LOCAL] = { PX_MASTER_CELL_YES_NO, "is_local", NULL },
  [COURSE_COMPETENCIES] = { PX_MASTER_CELL_COMPETENCIES, NULL, &competency_link },
  [COURSE_TEACHERS] = { PX_MASTER_CELL_TEACHERS, NULL, &teacher_link },
  [COURSE_DESCRIPTION] = { PX_MASTER_CELL_PARAGRAPHS, "description", NULL },
};

static char *
course_row_key (const PxMasterCell *cells)
{
  return g_strdup (cells[COURSE_TITLE].text);
}

static char *
course_duplicate_message (guint first_row)
{
  return g_strdup_printf (_("This course is already in row %u of this file."), first_row);
}

static gboolean
course_match (PxDatabase          *db,
              const PxMasterCell  *cells,
              gpointer            *stored,
              char               **ambiguity,
              GError             **error)
{
  const char *title = cells[COURSE_TITLE].text;
  g_autoptr(GPtrArray) found = _px_master_find (db, &px_course_entity, "title", title, error);

  *stored = NULL;
  *ambiguity = NULL;
  if (found == NULL)
    return FALSE;
  if (found->len == 1)
    *stored = g_ptr_array_steal_index (found, 0);
  else if (found->len > 1)
    *ambiguity = g_strdup_printf (_("Several courses are titled “%s”; rename all but one of "
                                    "them so that the file says which is meant."), title);
  return TRUE;
}

const PxMasterSheet px_course_sheet = {
  PX_MASTER_COURSES, "courses", &px_course_entity,
  course_specs, course_columns, COURSE_N_COLUMNS,
  course_row_key, course_duplicate_message, course_match,
};
