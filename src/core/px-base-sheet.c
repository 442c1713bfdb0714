/* px-base-sheet.c: the teaching bases (教学基地) as schools keep them in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-base-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-base-theme.h"
#include "px-base.h"
#include "px-master-sheet-private.h"

typedef enum
{
  BASE_NAME,
  BASE_REGION,
  BASE_ADDRESS,
  BASE_CAPACITY,
  BASE_CONTACT_NAME,
  BASE_CONTACT_PHONE,
  BASE_DESCRIPTION,
  BASE_THEMES,
  BASE_N_COLUMNS
} BaseColumn;

static const char * const name_synonyms[] = { "名称", "教学基地", "教学基地名称", "基地",
                                              "现场教学点", "教学点名称", NULL };
static const char * const region_synonyms[] = { "所在地", "所在地区", "区域", "所属地区",
                                                "所在区县", NULL };
static const char * const address_synonyms[] = { "详细地址", "基地地址", NULL };
static const char * const capacity_synonyms[] = { "容量", "可容纳人数", "接待能力",
                                                  "容纳规模", "接待人数", NULL };
static const char * const contact_name_synonyms[] = { "联络人", "负责人", NULL };
static const char * const contact_phone_synonyms[] = { "电话", "联系方式", "手机",
                                                       "联系人电话", "电话号码", NULL };
static const char * const description_synonyms[] = { "基地简介", "基本情况", "介绍",
                                                      "基地介绍", NULL };
static const char * const theme_synonyms[] = { "教学主题", "教学专题", "特色主题", "主题方向",
                                               "现场教学主题", NULL };

static const PxColumnSpec base_specs[BASE_N_COLUMNS] = {
  [BASE_NAME] = { "基地名称", name_synonyms, TRUE },
  [BASE_REGION] = { "地区", region_synonyms, FALSE },
  [BASE_ADDRESS] = { "地址", address_synonyms, FALSE },
  [BASE_CAPACITY] = { "容纳人数", capacity_synonyms, FALSE },
  [BASE_CONTACT_NAME] = { "联系人", contact_name_synonyms, FALSE },
  [BASE_CONTACT_PHONE] = { "联系电话", contact_phone_synonyms, FALSE },
  [BASE_DESCRIPTION] = { "简介", description_synonyms, FALSE },
  [BASE_THEMES] = { "主题", theme_synonyms, FALSE },
};

static const PxMasterLink theme_link = {
  &px_base_theme_entity, "base_id", "competency_id",
};

static const PxMasterColumn base_columns[BASE_N_COLUMNS] = {
  [BASE_NAME] = { PX_MASTER_CELL_TEXT, "name", NULL },
  [BASE_REGION] = { PX_MASTER_CELL_TEXT, "region", NULL },
  [BASE_ADDRESS] = { PX_MASTER_CELL_TEXT, "address", NULL },
  [BASE_CAPACITY] = { PX_MASTER_CELL_COUNT, "capacity", NULL },
  [BASE_CONTACT_NAME] = { PX_MASTER_CELL_PERSON, "contact_name", NULL },
  [BASE_CONTACT_PHONE] = { PX_MASTER_CELL_PHONE, "contact_phone", NULL },
  [BASE_DESCRIPTION] = { PX_MASTER_CELL_PARAGRAPHS, "description", NULL },
  [BASE_THEMES] = { PX_MASTER_CELL_COMPETENCIES, NULL, &theme_link },
};

static char *
base_row_key (const PxMasterCell *cells)
{
  return g_strdup (cells[BASE_NAME].text);
}

static char *
base_duplicate_message (guint first_row)
{
  return g_strdup_printf (_("This teaching base is already in row %u of this file."), first_row);
}

static gboolean
base_match (PxDatabase          *db,
            const PxMasterCell  *cells,
            gpointer            *stored,
            char               **ambiguity,
            GError             **error)
{
  const char *name = cells[BASE_NAME].text;
  g_autoptr(GPtrArray) found = _px_master_find (db, &px_base_entity, "name", name, error);

  *stored = NULL;
  *ambiguity = NULL;
  if (found == NULL)
    return FALSE;
  if (found->len == 1)
    *stored = g_ptr_array_steal_index (found, 0);
  else if (found->len > 1)
    *ambiguity = g_strdup_printf (_("Several teaching bases are named “%s”; rename all but one "
                                    "of them so that the file says which is meant."), name);
  return TRUE;
}

const PxMasterSheet px_base_sheet = {
  PX_MASTER_BASES, "bases", &px_base_entity,
  base_specs, base_columns, BASE_N_COLUMNS,
  base_row_key, base_duplicate_message, base_match,
};
