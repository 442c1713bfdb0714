/* px-code-list.c: the national code lists a cadre's record uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-code-list"

#include "config.h"

#include <string.h>

#include "px-code-list.h"

typedef struct
{
  const char *spelling;
  const char *standard;
} Synonym;

/* GB/T 3304-1991, in the standard's order. */
static const char * const ethnicities[] = {
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
  "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
  "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
  "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
  "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
  "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
  "基诺族", NULL
};

/* GB/T 4762-1984 as amended. */
static const char * const political_statuses[] = {
  "中共党员", "中共预备党员", "共青团员", "民革党员", "民盟盟员", "民建会员", "民进会员",
  "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众", NULL
};

static const Synonym political_synonyms[] = {
  { "党员", "中共党员" }, { "中国共产党党员", "中共党员" }, { "共产党员", "中共党员" },
  { "中共正式党员", "中共党员" }, { "预备党员", "中共预备党员" },
  { "中国共产党预备党员", "中共预备党员" }, { "团员", "共青团员" },
  { "中国共产主义青年团团员", "共青团员" }, { "无党派", "无党派人士" },
  { "无党派民主人士", "无党派人士" }, { "中国国民党革命委员会会员", "民革党员" },
  { "民革会员", "民革党员" }, { "中国民主同盟盟员", "民盟盟员" },
  { "中国民主建国会会员", "民建会员" }, { "中国民主促进会会员", "民进会员" },
  { "中国农工民主党党员", "农工党党员" }, { "中国致公党党员", "致公党党员" },
  { "九三学社", "九三学社社员" }, { "台湾民主自治同盟盟员", "台盟盟员" },
  { "普通群众", "群众" },
};

/* GB/T 4658-2006 levels, and the party-school degrees cadre files still carry. */
static const char * const educations[] = {
  "博士研究生", "硕士研究生", "研究生", "大学本科", "大学专科", "中等专科", "职业高中",
  "技工学校", "普通高中", "初中", "小学", "中央党校研究生", "中央党校大学", "省委党校研究生",
  "省委党校大学", "省委党校大专", NULL
};

static const Synonym education_synonyms[] = {
  { "博士", "博士研究生" }, { "硕士", "硕士研究生" }, { "研究生毕业", "研究生" },
  { "本科", "大学本科" }, { "大学", "大学本科" }, { "大本", "大学本科" },
  { "全日制本科", "大学本科" }, { "在职本科", "大学本科" }, { "大学本科毕业", "大学本科" },
  { "专科", "大学专科" }, { "大专", "大学专科" }, { "全日制大专", "大学专科" },
  { "在职大专", "大学专科" }, { "中专", "中等专科" }, { "中专毕业", "中等专科" },
  { "职高", "职业高中" }, { "技校", "技工学校" }, { "高中", "普通高中" }, { "初中及以下", "初中" },
  { "在职研究生", "研究生" }, { "在职硕士", "硕士研究生" }, { "在职博士", "博士研究生" },
};

/* 职务层次 (领导职务) and 职级 after the 公务员职务与职级并行规定 (2019). */
static const char * const ranks[] = {
  "省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "县处级正职", "县处级副职",
  "乡科级正职", "乡科级副职", "一级巡视员", "二级巡视员", "一级调研员", "二级调研员",
  "三级调研员", "四级调研员", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员",
  "一级科员", "二级科员", "办事员", NULL
};

static const Synonym rank_synonyms[] = {
  { "正部级", "省部级正职" }, { "副部级", "省部级副职" }, { "正省部级", "省部级正职" },
  { "副省部级", "省部级副职" }, { "正厅级", "厅局级正职" }, { "副厅级", "厅局级副职" },
  { "正厅", "厅局级正职" }, { "副厅", "厅局级副职" }, { "正局级", "厅局级正职" },
  { "副局级", "厅局级副职" }, { "厅级正职", "厅局级正职" }, { "厅级副职", "厅局级副职" },
  { "正处级", "县处级正职" }, { "副处级", "县处级副职" }, { "正处", "县处级正职" },
  { "副处", "县处级副职" }, { "正县级", "县处级正职" }, { "副县级", "县处级副职" },
  { "处级正职", "县处级正职" }, { "处级副职", "县处级副职" }, { "县级正职", "县处级正职" },
  { "县级副职", "县处级副职" }, { "正科级", "乡科级正职" }, { "副科级", "乡科级副职" },
  { "正科", "乡科级正职" }, { "副科", "乡科级副职" }, { "科级正职", "乡科级正职" },
  { "科级副职", "乡科级副职" }, { "正乡级", "乡科级正职" }, { "副乡级", "乡科级副职" },
  { "乡级正职", "乡科级正职" }, { "乡级副职", "乡科级副职" },
};

/* Non-leading posts from before 2019 that files still carry. They map to no single new 职级,
 * so they are kept as written; they still decide the credit rule. */
static const char * const legacy_county_ranks[] = { "巡视员", "副巡视员", "调研员", "副调研员", NULL };
static const char * const legacy_township_ranks[] = { "主任科员", "副主任科员", "科员", "科员级", NULL };

static const char *
find_in (const char * const *list,
         const char         *text)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (list[i], text))
      return list[i];
  return NULL;
}

static const char *
find_synonym (const Synonym *synonyms,
              guint          n,
              const char    *text)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (synonyms[i].spelling, text))
      return synonyms[i].standard;
  return NULL;
}

/* Drops the spaces (half and full width) that spreadsheets scatter through names. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

const char *
px_code_list_gender (const char *text)
{
  g_autofree char *s = NULL;

  if (text == NULL)
    return NULL;
  if (g_str_equal (text, "男"))
    return "男";
  if (g_str_equal (text, "女"))
    return "女";
  s = squeeze (text);
  if (g_str_equal (s, "男") || g_str_equal (s, "男性") || g_str_equal (s, "1")
      || g_ascii_strcasecmp (s, "M") == 0 || g_ascii_strcasecmp (s, "male") == 0)
    return "男";
  if (g_str_equal (s, "女") || g_str_equal (s, "女性") || g_str_equal (s, "2")
      || g_ascii_strcasecmp (s, "F") == 0 || g_ascii_strcasecmp (s, "female") == 0)
    return "女";
  return NULL;
}

const char *
px_code_list_ethnicity (const char *text)
{
  g_autofree char *s = NULL;
  g_autofree char *with_suffix = NULL;
  const char *found;

  if (text == NULL)
    return NULL;
  if ((found = find_in (ethnicities, text)) != NULL)
    return found;
  s = squeeze (text);
  if ((found = find_in (ethnicities, s)) != NULL)
    return found;
  /* 汉 → 汉族, 蒙古 → 蒙古族 */
  with_suffix = g_strconcat (s, "族", NULL);
  if ((found = find_in (ethnicities, with_suffix)) != NULL)
    return found;
  if (g_str_equal (s, "蒙族"))
    return "蒙古族";
  if (g_str_equal (s, "维族"))
    return "维吾尔族";
  return NULL;
}

const char *
px_code_list_political_status (const char *text)
{
  g_autofree char *s = NULL;
  const char *found;

  if (text == NULL)
    return NULL;
  /* most cells are already the standard name: no copy for them */
  if ((found = find_in (political_statuses, text)) != NULL)
    return found;
  s = squeeze (text);
  if ((found = find_in (political_statuses, s)) != NULL)
    return found;
  return find_synonym (political_synonyms, G_N_ELEMENTS (political_synonyms), s);
}

const char *
px_code_list_education (const char *text)
{
  g_autofree char *s = NULL;
  const char *found;

  if (text == NULL)
    return NULL;
  /* most cells are already the standard name: no copy for them */
  if ((found = find_in (educations, text)) != NULL)
    return found;
  s = squeeze (text);
  if ((found = find_in (educations, s)) != NULL)
    return found;
  return find_synonym (education_synonyms, G_N_ELEMENTS (education_synonyms), s);
}

const char *
px_code_list_rank (const char *text)
{
  g_autofree char *s = NULL;
  const char *found;

  if (text == NULL)
    return NULL;
  /* most cells are already the standard name: no copy for them */
  if ((found = find_in (ranks, text)) != NULL)
    return found;
  s = squeeze (text);
  if ((found = find_in (ranks, s)) != NULL)
    return found;
  return find_synonym (rank_synonyms, G_N_ELEMENTS (rank_synonyms), s);
}

const char *
px_code_list_rank_group (const char *rank)
{
  const char *standard = px_code_list_rank (rank);
  g_autofree char *s = rank != NULL ? squeeze (rank) : NULL;
  static const char * const county_and_above[] = {
    "省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "县处级正职", "县处级副职",
    "一级巡视员", "二级巡视员", "一级调研员", "二级调研员", "三级调研员", "四级调研员", NULL
  };

  if (standard == NULL && s != NULL)
    {
      if (find_in (legacy_county_ranks, s))
        return "county_and_above";
      if (find_in (legacy_township_ranks, s))
        return "township_and_below";
    }
  if (standard == NULL)
    return NULL;
  return find_in (county_and_above, standard) ? "county_and_above" : "township_and_below";
}

const char * const *
px_code_list_ethnicities (void)
{
  return ethnicities;
}

const char * const *
px_code_list_political_statuses (void)
{
  return political_statuses;
}

const char * const *
px_code_list_educations (void)
{
  return educations;
}

const char * const *
px_code_list_ranks (void)
{
  return ranks;
}
