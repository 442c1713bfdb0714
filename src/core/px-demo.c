/* px-demo.c: realistic sample data for every table, for demonstrations and benchmarks
 *
 * The data describe the party school of one prefecture-level city (嘉兴市): the city's and its
 * seven counties' units and townships, cadres with valid citizen IDs, the school's teachers,
 * teaching bases, courses and cases, annual plans, classes with rosters, timetables,
 * attendance, evaluations, credits, certificates and follow-ups.
 *
 * Speed matters more here than anywhere else in core: the large scale writes millions of rows
 * in well under a minute. So the rows go in through raw prepared INSERTs in one transaction,
 * bound from precomputed strings, and nothing is allocated per row in the inner loops.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-demo"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-code-list.h"
#include "px-demo.h"
#include "px-id-number.h"
#include "px-teaching-method.h"
#include "px-uuid.h"

G_DEFINE_QUARK (px-demo-error-quark, px_demo_error)

/* Tables, in the order they are first written */

typedef enum
{
  T_ORG_UNIT,
  T_CADRE,
  T_TEACHER,
  T_TEACHER_COMPETENCY,
  T_BASE,
  T_BASE_THEME,
  T_COURSE,
  T_COURSE_COMPETENCY,
  T_COURSE_TEACHER,
  T_CASE_STUDY,
  T_QUESTIONNAIRE,
  T_QUESTION,
  T_CERTIFICATE_TEMPLATE,
  T_USER,
  T_SITE,
  T_SYNC_LOG,
  T_SETTING,
  T_PLAN,
  T_PLAN_ITEM,
  T_PLAN_ITEM_COMPETENCY,
  T_PLAN_QUOTA,
  T_CLASS,
  T_ENROLLMENT,
  T_SESSION,
  T_ELECTIVE_CHOICE,
  T_ATTENDANCE,
  T_LEAVE_REQUEST,
  T_RESPONSE,
  T_ANSWER,
  T_CREDIT_RECORD,
  T_CERTIFICATE,
  T_ACTION_PLAN,
  T_FOLLOWUP,
  N_TABLES
} Table;

G_STATIC_ASSERT (N_TABLES <= PX_DEMO_MAX_TABLES);

/* Every statement binds ?1 id and ?2 the creation time (also the update time). Rows whose
 * natural key may already be taken (a login, a site's name, a setting) are skipped then. */
static const struct
{
  const char *name;
  const char *sql;
} tables[N_TABLES] = {
  [T_ORG_UNIT] = { "org_unit",
    "INSERT INTO org_unit (id, created_at, updated_at, name, parent_id, code, kind, sort_order) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)" },
  [T_CADRE] = { "cadre",
    "INSERT INTO cadre (id, created_at, updated_at, name, gender, ethnicity, birth_date, "
    "citizen_id, political_status, unit_id, post, rank, education, phone, note) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)" },
  [T_TEACHER] = { "teacher",
    "INSERT INTO teacher (id, created_at, updated_at, name, gender, employment, source, unit, "
    "title, tier, dual_qualified, phone, note) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)" },
  [T_TEACHER_COMPETENCY] = { "teacher_competency",
    "INSERT INTO teacher_competency (id, created_at, updated_at, teacher_id, competency_id) "
    "VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_BASE] = { "base",
    "INSERT INTO base (id, created_at, updated_at, name, region, address, capacity, "
    "contact_name, contact_phone, description) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  [T_BASE_THEME] = { "base_theme",
    "INSERT INTO base_theme (id, created_at, updated_at, base_id, competency_id) "
    "VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_COURSE] = { "course",
    "INSERT INTO course (id, created_at, updated_at, title, category, method, hours, "
    "quality_tier, is_local, description) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  [T_COURSE_COMPETENCY] = { "course_competency",
    "INSERT INTO course_competency (id, created_at, updated_at, course_id, competency_id) "
    "VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_COURSE_TEACHER] = { "course_teacher",
    "INSERT INTO course_teacher (id, created_at, updated_at, course_id, teacher_id) "
    "VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_CASE_STUDY] = { "case_study",
    "INSERT INTO case_study (id, created_at, updated_at, title, region, summary, quality_tier, "
    "is_local, course_id, competency_id) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  [T_QUESTIONNAIRE] = { "questionnaire",
    "INSERT INTO questionnaire (id, created_at, updated_at, kind, title, description, "
    "is_template, class_id) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)" },
  [T_QUESTION] = { "question",
    "INSERT INTO question (id, created_at, updated_at, questionnaire_id, position, kind, text, "
    "options, scale_max, competency_id) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  [T_CERTIFICATE_TEMPLATE] = { "certificate_template",
    "INSERT INTO certificate_template (id, created_at, updated_at, name, page_size, "
    "orientation, layout, wording, numbering_pattern, preprinted, is_default) "
    "VALUES (?1, ?2, ?2, ?3, 'A4', 'landscape', NULL, ?4, '{year}{class code}{seq:3}', 0, "
    "NOT EXISTS (SELECT 1 FROM certificate_template WHERE is_default = 1)) "
    "ON CONFLICT (name) DO NOTHING" },
  [T_USER] = { "user",
    "INSERT INTO user (id, created_at, updated_at, login, display_name, role, password_hash) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, NULL) ON CONFLICT (login) DO NOTHING" },
  [T_SITE] = { "site",
    "INSERT INTO site (id, created_at, updated_at, name, kind, last_sync) "
    "VALUES (?1, ?2, ?2, ?3, 'site', ?4) ON CONFLICT (name) DO NOTHING" },
  [T_SYNC_LOG] = { "sync_log",
    "INSERT INTO sync_log (id, created_at, updated_at, site_id, direction, file_name, "
    "n_changes, n_conflicts, note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
  [T_SETTING] = { "setting",
    "INSERT INTO setting (id, created_at, updated_at, key, value) VALUES (?1, ?2, ?2, ?3, ?4) "
    "ON CONFLICT (key) DO NOTHING" },
  [T_PLAN] = { "plan",
    "INSERT INTO plan (id, created_at, updated_at, year, title, status, note) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)" },
  [T_PLAN_ITEM] = { "plan_item",
    "INSERT INTO plan_item (id, created_at, updated_at, plan_id, title, class_type, "
    "audience_ranks, quota, days, month, budget, demand_source, note) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)" },
  [T_PLAN_ITEM_COMPETENCY] = { "plan_item_competency",
    "INSERT INTO plan_item_competency (id, created_at, updated_at, plan_item_id, "
    "competency_id) VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_PLAN_QUOTA] = { "plan_quota",
    "INSERT INTO plan_quota (id, created_at, updated_at, plan_item_id, unit_id, quota) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5)" },
  [T_CLASS] = { "class",
    "INSERT INTO class (id, created_at, updated_at, code, title, plan_item_id, class_type, "
    "start_date, end_date, venue, head_teacher, capacity, required_hours, credit_hours, status, "
    "note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)" },
  [T_ENROLLMENT] = { "enrollment",
    "INSERT INTO enrollment (id, created_at, updated_at, class_id, cadre_id, status, "
    "withdraw_reason, group_name, class_role, dormitory, seat, exam_score, paper_score, "
    "completion, completion_reason) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)" },
  [T_SESSION] = { "session",
    "INSERT INTO session (id, created_at, updated_at, class_id, date, slot, start_time, "
    "end_time, course_id, title, teacher_id, base_id, room, method, hours, is_elective, "
    "elective_capacity) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)" },
  [T_ELECTIVE_CHOICE] = { "elective_choice",
    "INSERT INTO elective_choice (id, created_at, updated_at, session_id, enrollment_id) "
    "VALUES (?1, ?2, ?2, ?3, ?4)" },
  [T_ATTENDANCE] = { "attendance",
    "INSERT INTO attendance (id, created_at, updated_at, session_id, enrollment_id, status, "
    "note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)" },
  [T_LEAVE_REQUEST] = { "leave_request",
    "INSERT INTO leave_request (id, created_at, updated_at, enrollment_id, start_date, "
    "end_date, hours, reason, approved) VALUES (?1, ?2, ?2, ?3, ?4, ?4, ?5, ?6, ?7)" },
  [T_RESPONSE] = { "response",
    "INSERT INTO response (id, created_at, updated_at, questionnaire_id, subject_kind, "
    "subject_id, respondent_id, submitted_at) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)" },
  [T_ANSWER] = { "answer",
    "INSERT INTO answer (id, created_at, updated_at, response_id, question_id, value_number, "
    "value_text) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)" },
  [T_CREDIT_RECORD] = { "credit_record",
    "INSERT INTO credit_record (id, created_at, updated_at, cadre_id, year, source, hours, "
    "class_id, note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
  [T_CERTIFICATE] = { "certificate",
    "INSERT INTO certificate (id, created_at, updated_at, enrollment_id, template_id, number, "
    "issued_on, verification_code, revoked, revoked_reason, revoked_at) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)" },
  [T_ACTION_PLAN] = { "action_plan",
    "INSERT INTO action_plan (id, created_at, updated_at, enrollment_id, title, goal, "
    "due_date, status, outcome, outcome_rating) "
    "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  [T_FOLLOWUP] = { "followup",
    "INSERT INTO followup (id, created_at, updated_at, action_plan_id, month_offset, due_date, "
    "done_on, unit_rating, note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
};

/* Competencies: the seed rows of 0002-seed.sql, found by name */

enum
{
  C_POLITICAL,
  C_RESEARCH,
  C_DECISION,
  C_REFORM,
  C_EMERGENCY,
  C_MASSES,
  C_EXECUTION,
  C_BUSINESS,
  C_RURAL,
  C_GRASSROOTS,
  C_INNOVATION,
  C_PARTY,
  C_THEORY,
  C_LAW,
  C_ECOLOGY,
  C_DIGITAL,
  C_SAFETY,
  N_COMPETENCIES
};

#define CB(c) (1u << (c))
#define N_ABILITIES 7   /* the first seven are the abilities */

static const char * const competency_names[N_COMPETENCIES] = {
  "政治能力", "调查研究", "科学决策", "改革攻坚", "应急处突", "群众工作", "抓落实",
  "优化营商环境", "乡村振兴", "基层治理", "科技创新", "党性教育", "理论教育", "法治建设",
  "生态文明", "数字政府", "安全生产",
};

/* Ranks: the 职务与职级并行 ladder below the province, checked against the code list */

enum
{
  R_BUREAU_CHIEF,       /* 厅局级正职 */
  R_BUREAU_DEPUTY,
  R_COUNTY_CHIEF,       /* 县处级正职 */
  R_COUNTY_DEPUTY,
  R_TOWNSHIP_CHIEF,     /* 乡科级正职 */
  R_TOWNSHIP_DEPUTY,
  R_INSPECTOR_1,        /* 一级巡视员 */
  R_INSPECTOR_2,
  R_RESEARCHER_1,       /* 一级调研员 … */
  R_RESEARCHER_2,
  R_RESEARCHER_3,
  R_RESEARCHER_4,
  R_PRINCIPAL_1,        /* 一级主任科员 … */
  R_PRINCIPAL_2,
  R_PRINCIPAL_3,
  R_PRINCIPAL_4,
  R_CLERK_1,            /* 一级科员 */
  R_CLERK_2,
  R_OFFICER,            /* 办事员 */
  N_RANKS
};

#define RB(r) (1u << (r))
#define IS_LEADING(r) ((r) <= R_TOWNSHIP_DEPUTY)

static const struct
{
  const char *name;
  guint weight;         /* per 10,000 cadres asked for; leading posts that run out of seats
                         * turn into the matching non-leading rank */
  guint8 min_age, max_age;
} rank_defs[N_RANKS] = {
  [R_BUREAU_CHIEF] = { "厅局级正职", 3, 50, 59 },
  [R_BUREAU_DEPUTY] = { "厅局级副职", 12, 45, 59 },
  [R_COUNTY_CHIEF] = { "县处级正职", 120, 42, 58 },
  [R_COUNTY_DEPUTY] = { "县处级副职", 300, 36, 57 },
  [R_TOWNSHIP_CHIEF] = { "乡科级正职", 700, 32, 56 },
  [R_TOWNSHIP_DEPUTY] = { "乡科级副职", 1000, 28, 55 },
  [R_INSPECTOR_1] = { "一级巡视员", 3, 52, 59 },
  [R_INSPECTOR_2] = { "二级巡视员", 6, 50, 59 },
  [R_RESEARCHER_1] = { "一级调研员", 60, 48, 59 },
  [R_RESEARCHER_2] = { "二级调研员", 90, 45, 59 },
  [R_RESEARCHER_3] = { "三级调研员", 120, 42, 59 },
  [R_RESEARCHER_4] = { "四级调研员", 180, 40, 59 },
  [R_PRINCIPAL_1] = { "一级主任科员", 700, 36, 59 },
  [R_PRINCIPAL_2] = { "二级主任科员", 900, 32, 59 },
  [R_PRINCIPAL_3] = { "三级主任科员", 1000, 29, 58 },
  [R_PRINCIPAL_4] = { "四级主任科员", 1200, 27, 56 },
  [R_CLERK_1] = { "一级科员", 2000, 25, 45 },
  [R_CLERK_2] = { "二级科员", 1300, 25, 35 },
  [R_OFFICER] = { "办事员", 306, 25, 40 },
};

/* Who a class is for */

typedef enum
{
  A_COUNTY_LEADERS,     /* 县处级领导干部 */
  A_COUNTY,             /* 县处级 and 四级调研员 and above */
  A_YOUTH,              /* 中青年干部: young 县处级副职 and 乡科级正职 */
  A_TOWNSHIP_LEADERS,
  A_TOWNSHIP,           /* 乡科级 and 一级、二级主任科员 */
  A_STAFF,              /* 三级主任科员 and below */
  A_NEW,                /* newly recruited 科员 */
  A_ALL,
  N_AUDIENCES
} Audience;

static const guint32 audience_ranks[N_AUDIENCES] = {
  [A_COUNTY_LEADERS] = RB (R_COUNTY_CHIEF) | RB (R_COUNTY_DEPUTY),
  [A_COUNTY] = RB (R_COUNTY_CHIEF) | RB (R_COUNTY_DEPUTY) | RB (R_RESEARCHER_1)
               | RB (R_RESEARCHER_2) | RB (R_RESEARCHER_3) | RB (R_RESEARCHER_4),
  [A_YOUTH] = RB (R_COUNTY_DEPUTY) | RB (R_TOWNSHIP_CHIEF),
  [A_TOWNSHIP_LEADERS] = RB (R_TOWNSHIP_CHIEF) | RB (R_TOWNSHIP_DEPUTY),
  [A_TOWNSHIP] = RB (R_TOWNSHIP_CHIEF) | RB (R_TOWNSHIP_DEPUTY) | RB (R_PRINCIPAL_1)
                 | RB (R_PRINCIPAL_2),
  [A_STAFF] = RB (R_PRINCIPAL_3) | RB (R_PRINCIPAL_4) | RB (R_CLERK_1) | RB (R_CLERK_2),
  [A_NEW] = RB (R_CLERK_1) | RB (R_CLERK_2),
  [A_ALL] = RB (R_COUNTY_CHIEF) | RB (R_COUNTY_DEPUTY) | RB (R_TOWNSHIP_CHIEF)
            | RB (R_TOWNSHIP_DEPUTY) | RB (R_RESEARCHER_1) | RB (R_RESEARCHER_2)
            | RB (R_RESEARCHER_3) | RB (R_RESEARCHER_4) | RB (R_PRINCIPAL_1) | RB (R_PRINCIPAL_2)
            | RB (R_PRINCIPAL_3) | RB (R_PRINCIPAL_4) | RB (R_CLERK_1) | RB (R_CLERK_2),
};

/* Names: surnames roughly by frequency, with the Jiaxing region's own (沈, 陆, 顾, 钱 …)
 * weighted up; weights are per mille-ish. */

static const struct
{
  const char *surname;
  guint weight;
} surnames[] = {
  { "王", 60 }, { "陈", 60 }, { "张", 55 }, { "李", 45 }, { "沈", 40 }, { "徐", 35 },
  { "吴", 35 }, { "刘", 30 }, { "周", 30 }, { "朱", 30 }, { "杨", 25 }, { "陆", 25 },
  { "黄", 20 }, { "顾", 20 }, { "赵", 18 }, { "孙", 18 }, { "胡", 18 }, { "钱", 18 },
  { "金", 15 }, { "马", 12 }, { "何", 12 }, { "林", 12 }, { "郑", 12 }, { "许", 12 },
  { "蒋", 12 }, { "叶", 12 }, { "姚", 12 }, { "郭", 10 }, { "高", 10 }, { "冯", 10 },
  { "潘", 10 }, { "蔡", 10 }, { "俞", 10 }, { "罗", 8 }, { "谢", 8 }, { "唐", 8 },
  { "曹", 8 }, { "董", 8 }, { "余", 8 }, { "汪", 8 }, { "范", 8 }, { "方", 8 }, { "邵", 8 },
  { "严", 8 }, { "梁", 7 }, { "宋", 7 }, { "袁", 7 }, { "丁", 7 }, { "戴", 7 }, { "韩", 6 },
  { "邓", 6 }, { "彭", 6 }, { "程", 6 }, { "吕", 6 }, { "姜", 6 }, { "夏", 6 }, { "毛", 6 },
  { "汤", 6 }, { "倪", 6 }, { "曾", 5 }, { "肖", 5 }, { "田", 5 }, { "杜", 5 }, { "苏", 5 },
  { "魏", 5 }, { "任", 5 }, { "卢", 5 }, { "钟", 5 }, { "邹", 5 }, { "江", 5 }, { "陶", 5 },
  { "龚", 5 }, { "屠", 5 }, { "费", 5 }, { "盛", 5 }, { "于", 4 }, { "石", 4 }, { "邱", 4 },
  { "薛", 4 }, { "史", 4 }, { "莫", 4 }, { "孔", 4 }, { "褚", 4 }, { "崔", 3 }, { "谭", 3 },
  { "廖", 3 }, { "贾", 3 }, { "付", 3 }, { "白", 3 }, { "孟", 3 }, { "熊", 3 }, { "秦", 3 },
  { "尹", 3 }, { "雷", 3 }, { "侯", 3 }, { "贺", 3 }, { "万", 3 }, { "计", 3 }, { "凌", 3 },
  { "闫", 2 }, { "段", 2 }, { "龙", 2 }, { "黎", 2 }, { "郝", 2 }, { "武", 2 }, { "向", 2 },
  { "韦", 2 }, { "欧阳", 2 }, { "司马", 1 }, { "诸葛", 1 }, { "上官", 1 }, { "覃", 1 },
};

/* Given names: the first of two characters, and the second (also used alone). */
static const char * const male_first[] = {
  "建", "志", "国", "海", "文", "明", "伟", "永", "立", "振", "俊", "晓", "宏", "新", "德",
  "浩", "嘉", "子", "天", "宇", "一", "思", "博", "家", "东", "春", "金", "鹏", "学", "云",
  "卫", "庆", "益", "兴", "军", "中", "正", "杰", "世", "旭",
};
static const char * const male_second[] = {
  "伟", "强", "军", "磊", "勇", "杰", "涛", "斌", "超", "明", "华", "平", "辉", "鹏", "飞",
  "刚", "峰", "波", "林", "浩", "宇", "俊", "海", "东", "文", "庆", "亮", "健", "锋", "博",
  "翔", "阳", "凯", "毅", "鑫", "立", "振", "宏", "忠", "良", "坤", "荣", "晨", "昊", "然",
  "轩", "哲", "彬", "诚", "栋", "帆", "恒", "民", "祥", "泉", "清", "松", "江", "龙", "成",
};
static const char * const female_first[] = {
  "晓", "丽", "雅", "欣", "佳", "思", "雨", "婉", "梦", "静", "美", "秀", "玉", "春", "海",
  "文", "晶", "慧", "雪", "一", "子", "诗", "月", "红", "燕", "金", "亚", "小", "淑", "琳",
};
static const char * const female_second[] = {
  "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "颖", "慧", "琳",
  "倩", "洁", "萍", "红", "梅", "英", "兰", "琴", "媛", "晶", "莉", "佳", "欣", "怡", "璐",
  "露", "薇", "蕾", "秀", "珍", "月", "莹", "妍", "婧", "菲", "蓉", "青", "华", "君", "凤",
};

/* Cadres seconded from the paired-assistance region in Xinjiang (阿克苏地区) write their names
 * with the middle dot; their IDs carry Xinjiang region codes. */
static const char * const uyghur_male[] = {
  "艾力", "买买提江", "艾尔肯", "阿不都热合曼", "努尔买买提", "吐尔洪", "亚森", "依明江",
};
static const char * const uyghur_female[] = {
  "古丽米热", "阿依努尔", "热依拉", "迪丽努尔", "帕提古丽", "努尔古丽", "阿依古丽", "再努尔",
};
static const char * const uyghur_father[] = {
  "买买提", "吐尔逊", "艾买提", "吾斯曼", "阿不力孜", "艾山", "司马义", "热合曼", "阿不都拉",
};
static const char * const xinjiang_regions[] = { "652901", "652922", "652924" };

/* Minorities that write their names like the Han majority, with weights. */
static const struct
{
  const char *name;
  guint weight;
} minorities[] = {
  { "回族", 20 }, { "满族", 15 }, { "畲族", 15 }, { "土家族", 10 }, { "苗族", 10 },
  { "蒙古族", 8 }, { "壮族", 8 }, { "侗族", 5 }, { "彝族", 5 }, { "布依族", 4 },
};

/* Mobile prefixes of the three carriers. */
static const char * const mobile_prefixes[] = {
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
  "155", "156", "157", "158", "159", "166", "173", "177", "178", "180", "181", "182", "183",
  "185", "186", "187", "188", "189", "191", "195", "198", "199",
};

/* The city: 嘉兴市, its seven county-level divisions (GB/T 2260 codes) and their townships.
 * Township codes follow the statistical convention: 0xx 街道, 1xx 镇, 2xx 乡. */

typedef struct
{
  const char *name;
  const char *code;
  const char * const *towns;
} DemoCounty;

static const char * const nanhu_towns[] = {
  "建设街道", "新嘉街道", "解放街道", "南湖街道", "新兴街道", "城南街道", "东栅街道", "七星街道",
  "大桥镇", "余新镇", "凤桥镇", "新丰镇", NULL
};
static const char * const xiuzhou_towns[] = {
  "新城街道", "嘉北街道", "塘汇街道", "高照街道", "王江泾镇", "油车港镇", "新塍镇", "王店镇",
  "洪合镇", NULL
};
static const char * const jiashan_towns[] = {
  "魏塘街道", "罗星街道", "惠民街道", "大云镇", "西塘镇", "干窑镇", "陶庄镇", "姚庄镇", "天凝镇",
  NULL
};
static const char * const haiyan_towns[] = {
  "武原街道", "西塘桥街道", "望海街道", "秦山街道", "沈荡镇", "百步镇", "于城镇", "澉浦镇",
  "通元镇", NULL
};
static const char * const haining_towns[] = {
  "硖石街道", "海洲街道", "海昌街道", "马桥街道", "许村镇", "长安镇", "周王庙镇", "盐官镇",
  "斜桥镇", "袁花镇", "黄湾镇", "丁桥镇", NULL
};
static const char * const pinghu_towns[] = {
  "当湖街道", "钟埭街道", "曹桥街道", "乍浦镇", "新埭镇", "新仓镇", "黄姑镇", "全塘镇", "广陈镇",
  "林埭镇", "独山港镇", NULL
};
static const char * const tongxiang_towns[] = {
  "梧桐街道", "凤鸣街道", "龙翔街道", "高桥街道", "濮院镇", "乌镇镇", "屠甸镇", "洲泉镇", "大麻镇",
  "崇福镇", "河山镇", "石门镇", NULL
};

enum { CO_NANHU, CO_XIUZHOU, CO_JIASHAN, CO_HAIYAN, CO_HAINING, CO_PINGHU, CO_TONGXIANG,
       N_COUNTIES };

static const DemoCounty counties[N_COUNTIES] = {
  { "南湖区", "330402", nanhu_towns },
  { "秀洲区", "330411", xiuzhou_towns },
  { "嘉善县", "330421", jiashan_towns },
  { "海盐县", "330424", haiyan_towns },
  { "海宁市", "330481", haining_towns },
  { "平湖市", "330482", pinghu_towns },
  { "桐乡市", "330483", tongxiang_towns },
};

/* A department: its head's and deputies' titles; standing means its head sits on the party
 * standing committee one level up (组织部部长, 宣传部部长, 政法委书记, 纪委书记), and the
 * head's title is then written after that seat: 市委常委、组织部部长. */
typedef struct
{
  const char *name;       /* for counties a pattern with %s for the county's name */
  const char *head;
  const char *deputy;
  gboolean standing;
} DemoDepartment;

static const DemoDepartment city_party_departments[] = {
  { "中共嘉兴市委办公室", "主任", "副主任", FALSE },
  { "中共嘉兴市委组织部", "组织部部长", "副部长", TRUE },
  { "中共嘉兴市委宣传部", "宣传部部长", "副部长", TRUE },
  { "中共嘉兴市委统战部", "统战部部长", "副部长", TRUE },
  { "中共嘉兴市委政法委员会", "政法委书记", "副书记", TRUE },
  { "中共嘉兴市纪律检查委员会", "纪委书记", "副书记", TRUE },
  { "中共嘉兴市委政策研究室", "主任", "副主任", FALSE },
  { "中共嘉兴市委社会工作部", "部长", "副部长", FALSE },
  { "中共嘉兴市委机构编制委员会办公室", "主任", "副主任", FALSE },
};

static const DemoDepartment city_government_departments[] = {
  { "嘉兴市人民政府办公室", "主任", "副主任", FALSE },
  { "嘉兴市发展和改革委员会", "主任", "副主任", FALSE },
  { "嘉兴市经济和信息化局", "局长", "副局长", FALSE },
  { "嘉兴市教育局", "局长", "副局长", FALSE },
  { "嘉兴市科学技术局", "局长", "副局长", FALSE },
  { "嘉兴市民政局", "局长", "副局长", FALSE },
  { "嘉兴市司法局", "局长", "副局长", FALSE },
  { "嘉兴市财政局", "局长", "副局长", FALSE },
  { "嘉兴市人力资源和社会保障局", "局长", "副局长", FALSE },
  { "嘉兴市自然资源和规划局", "局长", "副局长", FALSE },
  { "嘉兴市生态环境局", "局长", "副局长", FALSE },
  { "嘉兴市住房和城乡建设局", "局长", "副局长", FALSE },
  { "嘉兴市交通运输局", "局长", "副局长", FALSE },
  { "嘉兴市水利局", "局长", "副局长", FALSE },
  { "嘉兴市农业农村局", "局长", "副局长", FALSE },
  { "嘉兴市商务局", "局长", "副局长", FALSE },
  { "嘉兴市文化广电旅游局", "局长", "副局长", FALSE },
  { "嘉兴市卫生健康委员会", "主任", "副主任", FALSE },
  { "嘉兴市退役军人事务局", "局长", "副局长", FALSE },
  { "嘉兴市应急管理局", "局长", "副局长", FALSE },
  { "嘉兴市审计局", "局长", "副局长", FALSE },
  { "嘉兴市市场监督管理局", "局长", "副局长", FALSE },
  { "嘉兴市统计局", "局长", "副局长", FALSE },
  { "嘉兴市医疗保障局", "局长", "副局长", FALSE },
  { "嘉兴市综合行政执法局", "局长", "副局长", FALSE },
  { "嘉兴市数据局", "局长", "副局长", FALSE },
  { "嘉兴市信访局", "局长", "副局长", FALSE },
};

static const DemoDepartment county_departments[] = {
  { "中共%s委办公室", "主任", "副主任", FALSE },
  { "中共%s委组织部", "组织部部长", "副部长", TRUE },
  { "中共%s委宣传部", "宣传部部长", "副部长", TRUE },
  { "中共%s委政法委员会", "政法委书记", "副书记", TRUE },
  { "中共%s纪律检查委员会", "纪委书记", "副书记", TRUE },
  { "%s人民政府办公室", "主任", "副主任", FALSE },
  { "%s发展和改革局", "局长", "副局长", FALSE },
  { "%s经济和信息化局", "局长", "副局长", FALSE },
  { "%s教育局", "局长", "副局长", FALSE },
  { "%s民政局", "局长", "副局长", FALSE },
  { "%s财政局", "局长", "副局长", FALSE },
  { "%s人力资源和社会保障局", "局长", "副局长", FALSE },
  { "%s住房和城乡建设局", "局长", "副局长", FALSE },
  { "%s农业农村局", "局长", "副局长", FALSE },
  { "%s商务局", "局长", "副局长", FALSE },
  { "%s卫生健康局", "局长", "副局长", FALSE },
  { "%s应急管理局", "局长", "副局长", FALSE },
  { "%s市场监督管理局", "局长", "副局长", FALSE },
  { "%s综合行政执法局", "局长", "副局长", FALSE },
  { "%s信访局", "局长", "副局长", FALSE },
};

/* The sections (科室) inside a city department, whose heads are 乡科级. */
static const char * const city_sections[] = {
  "办公室", "综合科", "政策法规科", "计划财务科", "人事教育科", "督查科",
};

typedef enum
{
  UK_CITY,
  UK_CITY_PARTY,        /* 中共嘉兴市委 */
  UK_CITY_GOVERNMENT,   /* 嘉兴市人民政府 */
  UK_CITY_DEPARTMENT,
  UK_COUNTY,
  UK_COUNTY_DEPARTMENT,
  UK_TOWNSHIP,
  UK_SUBDISTRICT,
  N_UNIT_KINDS
} UnitKind;

static const char * const unit_kind_keys[N_UNIT_KINDS] = {
  "city", "party_committee", "government", "department", "county", "department", "township",
  "subdistrict",
};

/* Teachers: the school's full-time staff by teaching department, and part-time teachers by
 * source (党政领导干部, 专家学者, 企业家, 先进典型). */

static const struct
{
  const char *unit;
  guint32 competencies;
} school_departments[] = {
  { "中共嘉兴市委党校马克思主义理论教研部", CB (C_THEORY) | CB (C_POLITICAL) },
  { "中共嘉兴市委党校党史党建教研部", CB (C_PARTY) | CB (C_POLITICAL) | CB (C_THEORY) },
  { "中共嘉兴市委党校经济学教研部", CB (C_BUSINESS) | CB (C_INNOVATION) | CB (C_DECISION) },
  { "中共嘉兴市委党校公共管理教研部",
    CB (C_GRASSROOTS) | CB (C_DIGITAL) | CB (C_EMERGENCY) | CB (C_RESEARCH) },
  { "中共嘉兴市委党校法学教研部", CB (C_LAW) | CB (C_SAFETY) | CB (C_POLITICAL) },
  { "中共嘉兴市委党校社会和生态文明教研部", CB (C_ECOLOGY) | CB (C_RURAL) | CB (C_MASSES) },
  { "中共嘉兴市委党校领导科学教研部",
    CB (C_DECISION) | CB (C_EXECUTION) | CB (C_REFORM) | CB (C_RESEARCH) },
};

static const struct
{
  const char *source;
  const char *unit;
  const char *title;
  guint32 competencies;
  const char *note;
} part_time_teachers[] = {
  { "党政领导干部", "嘉兴市发展和改革委员会", "副主任",
    CB (C_BUSINESS) | CB (C_REFORM) | CB (C_DECISION), NULL },
  { "专家学者", "浙江大学公共管理学院", "教授",
    CB (C_GRASSROOTS) | CB (C_DECISION) | CB (C_DIGITAL), NULL },
  { "先进典型", "嘉善县姚庄镇横港村", "村党委书记", CB (C_RURAL) | CB (C_MASSES),
    "浙江省优秀共产党员" },
  { "企业家", "浙江禾城智能科技有限公司", "董事长", CB (C_INNOVATION) | CB (C_BUSINESS), NULL },
  { "党政领导干部", "嘉兴市应急管理局", "局长", CB (C_EMERGENCY) | CB (C_SAFETY), NULL },
  { "专家学者", "中共浙江省委党校", "教授", CB (C_THEORY) | CB (C_POLITICAL) | CB (C_PARTY),
    NULL },
  { "先进典型", "桐乡市高桥街道越丰村", "村党委书记", CB (C_GRASSROOTS) | CB (C_LAW),
    "全国乡村治理示范村带头人" },
  { "党政领导干部", "嘉兴市农业农村局", "副局长", CB (C_RURAL) | CB (C_REFORM), NULL },
  { "专家学者", "浙江大学经济学院", "教授", CB (C_BUSINESS) | CB (C_INNOVATION), NULL },
  { "企业家", "嘉兴南湖新材料股份有限公司", "总经理", CB (C_BUSINESS) | CB (C_SAFETY), NULL },
  { "党政领导干部", "中共嘉兴市委组织部", "副部长", CB (C_POLITICAL) | CB (C_PARTY), NULL },
  { "专家学者", "嘉兴大学红船精神研究院", "研究员", CB (C_PARTY) | CB (C_THEORY), NULL },
  { "先进典型", "南湖区凤桥镇永红村", "村党委书记", CB (C_RURAL) | CB (C_ECOLOGY),
    "全国劳动模范" },
  { "党政领导干部", "嘉兴市数据局", "局长", CB (C_DIGITAL) | CB (C_REFORM), NULL },
  { "专家学者", "浙江工业大学", "教授", CB (C_SAFETY) | CB (C_EMERGENCY), NULL },
  { "党政领导干部", "嘉兴市生态环境局", "副局长", CB (C_ECOLOGY) | CB (C_LAW), NULL },
  { "专家学者", "浙江清华长三角研究院", "研究员", CB (C_INNOVATION) | CB (C_DIGITAL), NULL },
  { "先进典型", "南湖区新兴街道紫阳社区", "社区党委书记", CB (C_GRASSROOTS) | CB (C_MASSES),
    "全国优秀党务工作者" },
  { "党政领导干部", "嘉兴市司法局", "副局长", CB (C_LAW) | CB (C_GRASSROOTS), NULL },
  { "企业家", "平湖光电科技有限公司", "董事长", CB (C_INNOVATION) | CB (C_REFORM), NULL },
  { "专家学者", "浙江省社会科学院", "研究员", CB (C_REFORM) | CB (C_DECISION) | CB (C_RESEARCH),
    NULL },
  { "党政领导干部", "中共嘉兴市委社会工作部", "副部长", CB (C_GRASSROOTS) | CB (C_MASSES), NULL },
  { "先进典型", "嘉兴市消防救援支队", "特勤站站长", CB (C_EMERGENCY) | CB (C_SAFETY),
    "全国青年岗位能手" },
  { "党政领导干部", "嘉兴市科学技术局", "副局长", CB (C_INNOVATION) | CB (C_DECISION), NULL },
  { "专家学者", "嘉兴大学", "副教授", CB (C_ECOLOGY) | CB (C_RURAL), NULL },
  { "党政领导干部", "中共嘉兴市委宣传部", "副部长", CB (C_POLITICAL) | CB (C_EMERGENCY), NULL },
  { "企业家", "桐乡毛衫产业发展有限公司", "董事长", CB (C_REFORM) | CB (C_BUSINESS), NULL },
  { "党政领导干部", "嘉兴市市场监督管理局", "副局长", CB (C_BUSINESS) | CB (C_LAW), NULL },
  { "专家学者", "同济大学建筑与城市规划学院", "教授", CB (C_GRASSROOTS) | CB (C_ECOLOGY), NULL },
  { "党政领导干部", "中共嘉善县委", "副书记", CB (C_REFORM) | CB (C_RURAL) | CB (C_EXECUTION),
    NULL },
};

/* Teaching bases */

enum
{
  B_NANHU_MEMORIAL,
  B_RED_BOAT,
  B_JIASHAN_DEMO,
  B_HENGGANG,
  B_YONGHONG,
  B_YUEFENG,
  B_WUZHEN,
  B_SCIENCE_CITY,
  B_CITIZEN_CENTRE,
  B_DUSHAN_PORT,
  B_QINSHAN,
  B_EMERGENCY_CENTRE,
  B_CANAL_BAY,
  B_XINXING,
  B_LITIGATION,
  B_SHEN_JUNRU,
  B_XUCUN,
  B_HAIYAN_LAND,
  N_BASES
};

static const struct
{
  const char *name;
  int county;
  const char *address;
  int capacity;
  guint32 themes;
  const char *description;
} base_defs[N_BASES] = {
  [B_NANHU_MEMORIAL] = { "南湖革命纪念馆", CO_NANHU, "嘉兴市南湖区南湖路", 300,
    CB (C_PARTY) | CB (C_POLITICAL),
    "红色教育基地。中共一大南湖会议纪念地，开展重温入党誓词、追寻建党初心的党性教育。" },
  [B_RED_BOAT] = { "南湖红船精神教学点", CO_NANHU, "嘉兴市南湖区南湖湖心岛", 120,
    CB (C_PARTY) | CB (C_THEORY), "红色教育基地。瞻仰红船，学习“红船精神”的时代内涵。" },
  [B_JIASHAN_DEMO] = { "嘉善县域高质量发展示范点展示馆", CO_JIASHAN, "嘉善县罗星街道", 150,
    CB (C_REFORM) | CB (C_DECISION) | CB (C_BUSINESS),
    "改革发展教学点。展示县域高质量发展示范点建设的历程与成效。" },
  [B_HENGGANG] = { "姚庄镇横港村乡村振兴示范村", CO_JIASHAN, "嘉善县姚庄镇横港村", 80,
    CB (C_RURAL) | CB (C_MASSES), "乡村振兴示范村。村集体经济发展与共同富裕的基层实践。" },
  [B_YONGHONG] = { "凤桥镇永红村乡村振兴示范村", CO_NANHU, "嘉兴市南湖区凤桥镇永红村", 80,
    CB (C_RURAL) | CB (C_ECOLOGY), "乡村振兴示范村。未来乡村建设与农文旅融合发展。" },
  [B_YUEFENG] = { "越丰村“三治融合”基层治理示范点", CO_TONGXIANG, "桐乡市高桥街道越丰村", 100,
    CB (C_GRASSROOTS) | CB (C_LAW) | CB (C_MASSES),
    "基层治理示范点。自治、法治、德治“三治融合”的发源地。" },
  [B_WUZHEN] = { "乌镇互联网创新发展试验区", CO_TONGXIANG, "桐乡市乌镇镇", 200,
    CB (C_INNOVATION) | CB (C_DIGITAL), "科技园区。世界互联网大会永久举办地的数字经济实践。" },
  [B_SCIENCE_CITY] = { "嘉兴科技城", CO_NANHU, "嘉兴市南湖区大桥镇", 150,
    CB (C_INNOVATION) | CB (C_BUSINESS), "科技园区。科创平台、孵化器与产业链协同创新。" },
  [B_CITIZEN_CENTRE] = { "嘉兴市民中心（政务服务中心）", CO_NANHU, "嘉兴市南湖区", 100,
    CB (C_BUSINESS) | CB (C_DIGITAL), "营商环境教学点。“最多跑一次”与“一网通办”改革现场。" },
  [B_DUSHAN_PORT] = { "独山港经济开发区安全生产教学点", CO_PINGHU, "平湖市独山港镇", 60,
    CB (C_SAFETY) | CB (C_EMERGENCY), "安全生产教学点。化工园区风险防控与智慧安监。" },
  [B_QINSHAN] = { "秦山核电科技馆", CO_HAIYAN, "海盐县秦山街道", 120,
    CB (C_INNOVATION) | CB (C_SAFETY), "科技创新教学点。我国大陆第一座核电站的自主创新之路。" },
  [B_EMERGENCY_CENTRE] = { "嘉兴市应急指挥中心", CO_NANHU, "嘉兴市南湖区", 60,
    CB (C_EMERGENCY) | CB (C_SAFETY) | CB (C_DIGITAL),
    "应急管理教学点。应急指挥调度平台与突发事件处置流程。" },
  [B_CANAL_BAY] = { "王江泾镇运河湾生态文明教学点", CO_XIUZHOU, "嘉兴市秀洲区王江泾镇", 80,
    CB (C_ECOLOGY), "生态文明教学点。大运河沿线生态修复与综合治理。" },
  [B_XINXING] = { "新兴街道社区治理示范点", CO_NANHU, "嘉兴市南湖区新兴街道", 60,
    CB (C_GRASSROOTS) | CB (C_MASSES), "基层治理示范点。网格治理与社区协商议事。" },
  [B_LITIGATION] = { "南湖区诉源治理中心", CO_NANHU, "嘉兴市南湖区", 60,
    CB (C_LAW) | CB (C_GRASSROOTS), "法治建设教学点。矛盾纠纷多元化解“一站式”服务。" },
  [B_SHEN_JUNRU] = { "沈钧儒纪念馆", CO_NANHU, "嘉兴市南湖区", 80,
    CB (C_PARTY) | CB (C_POLITICAL), "红色教育基地。爱国民主人士的光辉一生与统一战线。" },
  [B_XUCUN] = { "许村镇纺织产业转型升级示范区", CO_HAINING, "海宁市许村镇", 80,
    CB (C_REFORM) | CB (C_BUSINESS), "产业转型教学点。传统纺织产业的数字化改造。" },
  [B_HAIYAN_LAND] = { "海盐县全域土地综合整治示范点", CO_HAIYAN, "海盐县沈荡镇", 60,
    CB (C_RURAL) | CB (C_REFORM), "乡村振兴教学点。全域土地综合整治与生态修复。" },
};

/* Courses. Hours are per session; field courses are taught at their base. */

typedef enum
{
  M_LECTURE,
  M_SEMINAR,
  M_CASE,
  M_STRUCTURED,
  M_FIELD,
  M_SIMULATION,
  M_EXPERIENTIAL,
  M_INTERVIEW,
  M_ACTION,
  M_ONLINE,
  N_METHODS
} Method;

/* The keys of px-teaching-method.h, checked when the fill starts */
static const char * const method_keys[N_METHODS] = {
  "lecture", "seminar", "case", "structured_seminar", "field", "simulation", "experiential",
  "interview", "action_learning", "online",
};

#define CAT_THEORY "政治理论"
#define CAT_PARTY "党性教育"
#define CAT_DUTY "履职能力"
#define CAT_KNOWLEDGE "知识素养"

#define TIER_PROVINCE "省级精品课"
#define TIER_CITY "市级精品课"
#define TIER_SCHOOL "校级精品课"

typedef struct
{
  const char *title;
  const char *category;
  Method method;
  guint32 competencies;
  const char *tier;
  gboolean local;
  int base;             /* field courses; -1 otherwise */
} DemoCourseDef;

static const DemoCourseDef course_defs[] = {
  { "习近平新时代中国特色社会主义思想专题", CAT_THEORY, M_LECTURE,
    CB (C_THEORY) | CB (C_POLITICAL), TIER_PROVINCE, FALSE, -1 },
  { "学习贯彻党的二十大精神", CAT_THEORY, M_LECTURE, CB (C_THEORY) | CB (C_POLITICAL),
    TIER_CITY, FALSE, -1 },
  { "党的二十届三中全会精神解读", CAT_THEORY, M_LECTURE, CB (C_THEORY) | CB (C_REFORM),
    TIER_CITY, FALSE, -1 },
  { "马克思主义世界观和方法论", CAT_THEORY, M_LECTURE, CB (C_THEORY) | CB (C_DECISION), NULL,
    FALSE, -1 },
  { "中国式现代化的理论与实践", CAT_THEORY, M_LECTURE, CB (C_THEORY) | CB (C_REFORM),
    TIER_SCHOOL, FALSE, -1 },
  { "新时代党的建设总要求", CAT_PARTY, M_LECTURE, CB (C_PARTY) | CB (C_POLITICAL), NULL, FALSE,
    -1 },
  { "全面从严治党与党风廉政建设", CAT_PARTY, M_LECTURE, CB (C_PARTY) | CB (C_LAW), NULL, FALSE,
    -1 },
  { "红船精神与共产党人的初心使命", CAT_PARTY, M_LECTURE, CB (C_PARTY) | CB (C_POLITICAL),
    TIER_PROVINCE, TRUE, -1 },
  { "伟大建党精神的时代价值", CAT_PARTY, M_LECTURE, CB (C_PARTY) | CB (C_THEORY), TIER_SCHOOL,
    FALSE, -1 },
  { "总体国家安全观", CAT_THEORY, M_LECTURE, CB (C_POLITICAL) | CB (C_EMERGENCY), NULL, FALSE,
    -1 },
  { "优化营商环境的实践与思考", CAT_DUTY, M_LECTURE, CB (C_BUSINESS) | CB (C_REFORM), TIER_CITY,
    FALSE, -1 },
  { "数字化改革与数字政府建设", CAT_DUTY, M_LECTURE, CB (C_DIGITAL) | CB (C_REFORM), TIER_CITY,
    FALSE, -1 },
  { "乡村振兴战略与共同富裕示范区建设", CAT_DUTY, M_LECTURE, CB (C_RURAL) | CB (C_REFORM),
    TIER_SCHOOL, TRUE, -1 },
  { "新时代“枫桥经验”与基层社会治理", CAT_DUTY, M_LECTURE, CB (C_GRASSROOTS) | CB (C_MASSES),
    NULL, FALSE, -1 },
  { "“三治融合”的嘉兴实践", CAT_DUTY, M_LECTURE, CB (C_GRASSROOTS) | CB (C_LAW), TIER_PROVINCE,
    TRUE, -1 },
  { "长三角一体化发展与嘉兴机遇", CAT_DUTY, M_LECTURE, CB (C_REFORM) | CB (C_DECISION), NULL,
    TRUE, -1 },
  { "法治政府建设与依法行政", CAT_DUTY, M_LECTURE, CB (C_LAW), NULL, FALSE, -1 },
  { "生态文明建设与“两山”理念", CAT_DUTY, M_LECTURE, CB (C_ECOLOGY), TIER_SCHOOL, FALSE, -1 },
  { "科技创新驱动高质量发展", CAT_DUTY, M_LECTURE, CB (C_INNOVATION) | CB (C_DECISION), NULL,
    FALSE, -1 },
  { "安全生产责任体系与风险防控", CAT_DUTY, M_LECTURE, CB (C_SAFETY) | CB (C_EMERGENCY), NULL,
    FALSE, -1 },
  { "领导干部调查研究的方法与艺术", CAT_DUTY, M_LECTURE, CB (C_RESEARCH), TIER_CITY, FALSE, -1 },
  { "领导干部科学决策能力提升", CAT_DUTY, M_LECTURE, CB (C_DECISION), NULL, FALSE, -1 },
  { "新时代群众工作方法", CAT_DUTY, M_LECTURE, CB (C_MASSES), NULL, FALSE, -1 },
  { "抓落实的工作方法与作风建设", CAT_DUTY, M_LECTURE, CB (C_EXECUTION), NULL, FALSE, -1 },
  { "当前宏观经济形势分析", CAT_KNOWLEDGE, M_LECTURE, CB (C_DECISION) | CB (C_BUSINESS), NULL,
    FALSE, -1 },
  { "地方政府债务风险防范与财政管理", CAT_KNOWLEDGE, M_LECTURE,
    CB (C_DECISION) | CB (C_EMERGENCY), NULL, FALSE, -1 },
  { "公务员法与干部管理制度", CAT_KNOWLEDGE, M_LECTURE, CB (C_LAW) | CB (C_POLITICAL), NULL,
    FALSE, -1 },
  { "公文写作与办文办会", CAT_KNOWLEDGE, M_LECTURE, CB (C_EXECUTION), NULL, FALSE, -1 },
  { "保密工作与意识形态安全", CAT_KNOWLEDGE, M_LECTURE, CB (C_POLITICAL), NULL, FALSE, -1 },
  { "网络舆情应对与媒体沟通", CAT_DUTY, M_LECTURE, CB (C_EMERGENCY) | CB (C_MASSES), NULL,
    FALSE, -1 },
  { "人工智能发展趋势与治理", CAT_KNOWLEDGE, M_LECTURE, CB (C_INNOVATION) | CB (C_DIGITAL), NULL,
    FALSE, -1 },
  { "中华优秀传统文化与领导修养", CAT_KNOWLEDGE, M_LECTURE, CB (C_PARTY), NULL, FALSE, -1 },
  { "民法典与领导干部法治思维", CAT_KNOWLEDGE, M_LECTURE, CB (C_LAW), NULL, FALSE, -1 },
  { "城市更新与城市治理现代化", CAT_DUTY, M_LECTURE, CB (C_GRASSROOTS) | CB (C_DECISION), NULL,
    FALSE, -1 },
  { "共同富裕的浙江探索", CAT_DUTY, M_LECTURE, CB (C_RURAL) | CB (C_REFORM), TIER_SCHOOL, TRUE,
    -1 },
  { "理论学习专题研讨", CAT_THEORY, M_SEMINAR, CB (C_THEORY), NULL, FALSE, -1 },
  { "党性分析与交流研讨", CAT_PARTY, M_SEMINAR, CB (C_PARTY), NULL, FALSE, -1 },
  { "优化营商环境专题研讨", CAT_DUTY, M_SEMINAR, CB (C_BUSINESS), NULL, FALSE, -1 },
  { "乡村振兴路径研讨", CAT_DUTY, M_SEMINAR, CB (C_RURAL), NULL, FALSE, -1 },
  { "学员论坛：学思践悟谈体会", CAT_DUTY, M_SEMINAR, CB (C_EXECUTION) | CB (C_RESEARCH), NULL,
    FALSE, -1 },
  { "读书分享会：《习近平谈治国理政》", CAT_THEORY, M_SEMINAR, CB (C_THEORY), NULL, FALSE, -1 },
  { "案例教学：“最多跑一次”改革", CAT_DUTY, M_CASE, CB (C_BUSINESS) | CB (C_REFORM),
    TIER_PROVINCE, TRUE, -1 },
  { "案例教学：“千万工程”的浙江经验", CAT_DUTY, M_CASE, CB (C_RURAL) | CB (C_ECOLOGY),
    TIER_PROVINCE, TRUE, -1 },
  { "案例教学：重大安全事故的教训与启示", CAT_DUTY, M_CASE, CB (C_SAFETY) | CB (C_EMERGENCY),
    TIER_CITY, FALSE, -1 },
  { "案例教学：基层矛盾纠纷化解", CAT_DUTY, M_CASE, CB (C_GRASSROOTS) | CB (C_MASSES), NULL,
    FALSE, -1 },
  { "案例教学：招商引资与项目落地", CAT_DUTY, M_CASE, CB (C_BUSINESS) | CB (C_EXECUTION), NULL,
    TRUE, -1 },
  { "案例教学：生态环境治理的嘉兴实践", CAT_DUTY, M_CASE, CB (C_ECOLOGY) | CB (C_LAW), NULL,
    TRUE, -1 },
  { "案例教学：数字化改革的场景应用", CAT_DUTY, M_CASE, CB (C_DIGITAL) | CB (C_INNOVATION),
    TIER_SCHOOL, TRUE, -1 },
  { "结构化研讨：破解基层治理难题", CAT_DUTY, M_STRUCTURED, CB (C_GRASSROOTS) | CB (C_RESEARCH),
    NULL, FALSE, -1 },
  { "结构化研讨：推动高质量发展的堵点与对策", CAT_DUTY, M_STRUCTURED,
    CB (C_REFORM) | CB (C_DECISION), TIER_SCHOOL, FALSE, -1 },
  { "结构化研讨：新时代干部担当作为", CAT_PARTY, M_STRUCTURED, CB (C_EXECUTION) | CB (C_PARTY),
    NULL, FALSE, -1 },
  { "结构化研讨：防范化解重大风险", CAT_DUTY, M_STRUCTURED, CB (C_EMERGENCY) | CB (C_DECISION),
    NULL, FALSE, -1 },
  { "现场教学：重温入党誓词", CAT_PARTY, M_FIELD, CB (C_PARTY) | CB (C_POLITICAL), TIER_PROVINCE,
    TRUE, B_NANHU_MEMORIAL },
  { "现场教学：红船起航地的初心课", CAT_PARTY, M_FIELD, CB (C_PARTY) | CB (C_THEORY),
    TIER_PROVINCE, TRUE, B_RED_BOAT },
  { "基层治理现场教学：“三治融合”发源地", CAT_DUTY, M_FIELD,
    CB (C_GRASSROOTS) | CB (C_LAW), TIER_CITY, TRUE, B_YUEFENG },
  { "乡村振兴现场教学：横港村的共富之路", CAT_DUTY, M_FIELD, CB (C_RURAL) | CB (C_MASSES),
    TIER_CITY, TRUE, B_HENGGANG },
  { "乡村振兴现场教学：永红村未来乡村", CAT_DUTY, M_FIELD, CB (C_RURAL) | CB (C_ECOLOGY), NULL,
    TRUE, B_YONGHONG },
  { "现场教学：乌镇数字经济发展", CAT_DUTY, M_FIELD, CB (C_INNOVATION) | CB (C_DIGITAL),
    TIER_CITY, TRUE, B_WUZHEN },
  { "现场教学：嘉兴科技城创新生态", CAT_DUTY, M_FIELD, CB (C_INNOVATION) | CB (C_BUSINESS), NULL,
    TRUE, B_SCIENCE_CITY },
  { "现场教学：政务服务“一网通办”", CAT_DUTY, M_FIELD, CB (C_BUSINESS) | CB (C_DIGITAL), NULL,
    TRUE, B_CITIZEN_CENTRE },
  { "现场教学：县域高质量发展示范点", CAT_DUTY, M_FIELD, CB (C_REFORM) | CB (C_DECISION),
    TIER_SCHOOL, TRUE, B_JIASHAN_DEMO },
  { "现场教学：化工园区安全生产", CAT_DUTY, M_FIELD, CB (C_SAFETY) | CB (C_EMERGENCY), NULL,
    TRUE, B_DUSHAN_PORT },
  { "现场教学：核电自主创新之路", CAT_DUTY, M_FIELD, CB (C_INNOVATION) | CB (C_SAFETY), NULL,
    TRUE, B_QINSHAN },
  { "现场教学：应急指挥调度", CAT_DUTY, M_FIELD, CB (C_EMERGENCY) | CB (C_DIGITAL), NULL, TRUE,
    B_EMERGENCY_CENTRE },
  { "现场教学：运河湾生态修复", CAT_DUTY, M_FIELD, CB (C_ECOLOGY), NULL, TRUE, B_CANAL_BAY },
  { "基层治理现场教学：社区网格治理", CAT_DUTY, M_FIELD, CB (C_GRASSROOTS) | CB (C_MASSES),
    NULL, TRUE, B_XINXING },
  { "现场教学：矛盾纠纷多元化解", CAT_DUTY, M_FIELD, CB (C_LAW) | CB (C_GRASSROOTS), NULL, TRUE,
    B_LITIGATION },
  { "现场教学：沈钧儒与统一战线", CAT_PARTY, M_FIELD, CB (C_PARTY) | CB (C_POLITICAL), NULL,
    TRUE, B_SHEN_JUNRU },
  { "现场教学：传统产业数字化转型", CAT_DUTY, M_FIELD, CB (C_REFORM) | CB (C_BUSINESS), NULL,
    TRUE, B_XUCUN },
  { "现场教学：全域土地综合整治", CAT_DUTY, M_FIELD, CB (C_RURAL) | CB (C_REFORM), NULL, TRUE,
    B_HAIYAN_LAND },
  { "突发事件应急处置情景模拟", CAT_DUTY, M_SIMULATION, CB (C_EMERGENCY) | CB (C_SAFETY),
    TIER_CITY, FALSE, -1 },
  { "新闻发布会情景模拟", CAT_DUTY, M_SIMULATION, CB (C_EMERGENCY) | CB (C_MASSES), TIER_SCHOOL,
    FALSE, -1 },
  { "群众来访接待情景模拟", CAT_DUTY, M_SIMULATION, CB (C_MASSES) | CB (C_GRASSROOTS), NULL,
    FALSE, -1 },
  { "招商洽谈情景模拟", CAT_DUTY, M_SIMULATION, CB (C_BUSINESS), NULL, FALSE, -1 },
  { "体验式教学：沉浸式党史情景剧", CAT_PARTY, M_EXPERIENTIAL, CB (C_PARTY), NULL, TRUE, -1 },
  { "体验式教学：团队协作与沟通", CAT_DUTY, M_EXPERIENTIAL, CB (C_EXECUTION), NULL, FALSE, -1 },
  { "访谈教学：对话优秀村党组织书记", CAT_DUTY, M_INTERVIEW, CB (C_RURAL) | CB (C_MASSES),
    TIER_SCHOOL, TRUE, -1 },
  { "访谈教学：对话企业家谈营商环境", CAT_DUTY, M_INTERVIEW, CB (C_BUSINESS) | CB (C_INNOVATION),
    NULL, TRUE, -1 },
  { "行动学习：聚焦本单位重点难题", CAT_DUTY, M_ACTION, CB (C_EXECUTION) | CB (C_RESEARCH), NULL,
    FALSE, -1 },
  { "行动学习：课题调研与成果汇报", CAT_DUTY, M_ACTION, CB (C_RESEARCH) | CB (C_DECISION),
    TIER_SCHOOL, FALSE, -1 },
  { "网络课程：习近平新时代中国特色社会主义思想学习纲要", CAT_THEORY, M_ONLINE, CB (C_THEORY),
    NULL, FALSE, -1 },
  { "网络课程：党章党规党纪", CAT_PARTY, M_ONLINE, CB (C_PARTY) | CB (C_LAW), NULL, FALSE, -1 },
  { "网络课程：数字素养与技能", CAT_KNOWLEDGE, M_ONLINE, CB (C_DIGITAL), NULL, FALSE, -1 },
  { "网络课程：安全生产法律法规", CAT_KNOWLEDGE, M_ONLINE, CB (C_SAFETY) | CB (C_LAW), NULL,
    FALSE, -1 },
  { "网络课程：民法典学习", CAT_KNOWLEDGE, M_ONLINE, CB (C_LAW), NULL, FALSE, -1 },
  { "网络课程：应急管理基础知识", CAT_KNOWLEDGE, M_ONLINE, CB (C_EMERGENCY), NULL, FALSE, -1 },
  { "网络课程：生态文明建设", CAT_KNOWLEDGE, M_ONLINE, CB (C_ECOLOGY), NULL, FALSE, -1 },
  { "网络课程：基层治理能力提升", CAT_KNOWLEDGE, M_ONLINE, CB (C_GRASSROOTS), NULL, FALSE, -1 },
  { "线上研讨：学习体会交流", CAT_THEORY, M_SEMINAR, CB (C_THEORY) | CB (C_EXECUTION), NULL,
    FALSE, -1 },
};

#define N_COURSES G_N_ELEMENTS (course_defs)
#define ONLINE_SEMINAR_COURSE (N_COURSES - 1)

static const struct
{
  const char *title;
  const char *region;
  const char *summary;
  const char *tier;
  gboolean local;
  const char *course;     /* title of the course that teaches it, or NULL */
  int competency;
} case_defs[] = {
  { "“最多跑一次”改革的嘉兴实践", "嘉兴市",
    "以群众和企业办事“最多跑一次”为目标，推动部门数据共享和流程再造的全过程。", TIER_PROVINCE,
    TRUE, "案例教学：“最多跑一次”改革", C_BUSINESS },
  { "横港村：从薄弱村到共富村", "嘉善县",
    "一个集体经济薄弱村通过土地整治、抱团发展实现村强民富的历程。", TIER_CITY, TRUE,
    "案例教学：“千万工程”的浙江经验", C_RURAL },
  { "越丰村“三治融合”的探索历程", "桐乡市",
    "从百姓议事会、乡贤参事会到道德评判团，自治法治德治相结合的基层治理探索。", TIER_PROVINCE,
    TRUE, "案例教学：基层矛盾纠纷化解", C_GRASSROOTS },
  { "乌镇：千年古镇的数字化转型", "桐乡市",
    "借助世界互联网大会，古镇从观光旅游走向数字经济集聚区。", NULL, TRUE,
    "案例教学：数字化改革的场景应用", C_INNOVATION },
  { "县域高质量发展示范点建设的嘉善经验", "嘉善县",
    "统筹产业、生态与民生，县域科学发展示范点向高质量发展示范点的跃升。", TIER_SCHOOL, TRUE,
    NULL, C_REFORM },
  { "一起危化品泄漏事故的应急处置复盘", "平湖市",
    "从接警、研判、处置到信息发布，复盘一次危化品泄漏事故的应急响应全过程。", TIER_CITY,
    FALSE, "案例教学：重大安全事故的教训与启示", C_EMERGENCY },
  { "老旧小区加装电梯中的协商议事", "南湖区",
    "社区搭建协商平台，化解高低层住户利益分歧，推动加装电梯落地。", NULL, TRUE, NULL,
    C_MASSES },
  { "“微网格”治理破解社区治理难题", "南湖区",
    "把网格划小、力量下沉，以“微网格”实现民情掌握、矛盾化解和服务到家。", NULL, TRUE,
    "案例教学：基层矛盾纠纷化解", C_GRASSROOTS },
  { "“亩均论英雄”改革推动产业转型", "海宁市",
    "以亩均税收、亩均增加值为导向配置资源要素，倒逼低效企业转型退出。", TIER_SCHOOL, TRUE,
    NULL, C_REFORM },
  { "秀洲光伏产业集群的培育之路", "秀洲区",
    "从招引龙头企业到完善产业链，打造光伏新能源特色产业集群。", NULL, TRUE,
    "案例教学：招商引资与项目落地", C_INNOVATION },
  { "运河湾生态修复与综合治理", "秀洲区",
    "统筹治水、治岸、治产，推动大运河沿线生态环境持续改善。", NULL, TRUE,
    "案例教学：生态环境治理的嘉兴实践", C_ECOLOGY },
  { "“无证明城市”建设中的数据共享", "嘉兴市",
    "以数据共享替代群众开具证明，破解“奇葩证明”“循环证明”。", TIER_CITY, TRUE,
    "案例教学：数字化改革的场景应用", C_DIGITAL },
  { "全域土地综合整治的海盐探索", "海盐县",
    "农用地、建设用地和生态保护修复统筹推进的全域整治实践。", NULL, TRUE, NULL, C_RURAL },
  { "一次网络舆情事件的回应与反思", "嘉兴市",
    "回顾一起涉民生网络舆情从发酵到平息的过程，总结回应社会关切的经验教训。", NULL, FALSE,
    NULL, C_EMERGENCY },
  { "“签约即落地”的招商项目服务机制", "平湖市",
    "以项目专班、全程代办推动重大招商项目快速落地投产。", NULL, TRUE,
    "案例教学：招商引资与项目落地", C_BUSINESS },
  { "信访积案化解中的领导包案", "海宁市",
    "领导干部带案下访、包案化解，推动一批信访积案案结事了。", NULL, TRUE, NULL, C_MASSES },
};

/* Questionnaires: the built-in templates */

typedef enum
{
  Q_NEEDS,
  Q_COURSE,
  Q_CLASS,
  Q_FOLLOWUP,
  N_QUESTIONNAIRES
} QuestionnaireKind;

typedef struct
{
  const char *kind;
  const char *text;
  const char *options;    /* one a line */
  int competency;         /* -1: none */
} DemoQuestionDef;

#define MAX_QUESTIONS 12

static const struct
{
  const char *kind;
  const char *title;
  const char *description;
  DemoQuestionDef questions[MAX_QUESTIONS];
} questionnaire_defs[N_QUESTIONNAIRES] = {
  [Q_NEEDS] = { "needs", "干部教育培训需求调查问卷",
    "了解干部在七种能力和重点领域的培训需求，作为制定年度培训计划的依据。",
    { { "rating", "提升政治能力的需求程度", NULL, C_POLITICAL },
      { "rating", "提升调查研究能力的需求程度", NULL, C_RESEARCH },
      { "rating", "提升科学决策能力的需求程度", NULL, C_DECISION },
      { "rating", "提升改革攻坚能力的需求程度", NULL, C_REFORM },
      { "rating", "提升应急处突能力的需求程度", NULL, C_EMERGENCY },
      { "rating", "提升群众工作能力的需求程度", NULL, C_MASSES },
      { "rating", "提升抓落实能力的需求程度", NULL, C_EXECUTION },
      { "multi_choice", "您最希望参加哪些专题培训（可多选）",
        "优化营商环境\n乡村振兴\n基层治理\n科技创新\n党性教育\n理论教育\n法治建设\n"
        "生态文明\n数字政府\n安全生产", -1 },
      { "choice", "您最希望采用的教学方式", "讲授式\n研讨式\n案例式\n现场教学\n情景模拟\n行动学习",
        -1 },
      { "text", "您对干部教育培训工作的意见和建议", NULL, -1 },
      { NULL } } },
  [Q_COURSE] = { "course_evaluation", "课程教学评估表",
    "学员对每一堂课的匿名评价，用于教师和课程质量评估。",
    { { "rating", "教学内容的针对性和实用性", NULL, -1 },
      { "rating", "教师的教学水平与课堂互动", NULL, -1 },
      { "rating", "对本堂课的总体满意度", NULL, -1 },
      { "text", "对本堂课的意见和建议", NULL, -1 },
      { NULL } } },
  [Q_CLASS] = { "class_evaluation", "培训班总体评估表",
    "结业前学员对培训班的整体评价。",
    { { "rating", "培训内容与岗位需求的契合度", NULL, -1 },
      { "rating", "教学组织、班级管理与后勤服务", NULL, -1 },
      { "rating", "对本次培训的总体满意度", NULL, -1 },
      { "choice", "本次培训中收获最大的教学方式",
        "专题讲授\n研讨交流\n案例教学\n现场教学\n情景模拟\n行动学习", -1 },
      { "text", "对本班的意见和建议", NULL, -1 },
      { NULL } } },
  [Q_FOLLOWUP] = { "followup", "训后跟踪问效评估表",
    "学员所在单位对训后学用转化情况的评价。",
    { { "rating", "将所学运用于实际工作的程度", NULL, -1 },
      { "rating", "行动学习方案的推进成效", NULL, -1 },
      { "rating", "工作作风和履职能力的变化", NULL, -1 },
      { "text", "单位评价意见", NULL, -1 },
      { NULL } } },
};

/* Class types, with the letters of their codes (2025-ZT-012) */

typedef enum
{
  CT_MAIN,        /* 主体班 */
  CT_TOPIC,       /* 专题班 */
  CT_ROTATION,    /* 轮训班 */
  CT_INDUCTION,   /* 初任培训 */
  CT_ONLINE,      /* 网络专题班 */
  N_CLASS_TYPES
} ClassType;

static const struct
{
  const char *name;
  const char *code;
  guint share;                  /* per cent of a year's classes */
  guint min_size, max_size;
  double exam, paper;           /* chance a trainee of this type sits an exam, writes a paper */
} class_types[N_CLASS_TYPES] = {
  [CT_MAIN] = { "主体班", "ZB", 6, 38, 48, 1.0, 1.0 },
  [CT_TOPIC] = { "专题班", "ZT", 52, 30, 45, 0.0, 1.0 },
  [CT_ROTATION] = { "轮训班", "LX", 20, 40, 60, 1.0, 0.0 },
  [CT_INDUCTION] = { "初任培训", "CR", 8, 35, 55, 1.0, 1.0 },
  [CT_ONLINE] = { "网络专题班", "WL", 14, 50, 80, 1.0, 0.0 },
};

/* Plan items: what a class is about, for whom, how long; some belong to a period only
 * (year * 12 + month - 1, 0 for open). */

typedef struct
{
  ClassType type;
  const char *title;
  Audience audience;
  guint32 competencies;
  guint8 min_days, max_days;
  int from, to;
} DemoItemDef;

#define YM(y, m) ((y) * 12 + (m) - 1)

static const DemoItemDef item_defs[] = {
  { CT_MAIN, "县处级领导干部进修班", A_COUNTY_LEADERS,
    CB (C_THEORY) | CB (C_POLITICAL) | CB (C_PARTY) | CB (C_DECISION), 12, 15, 0, 0 },
  { CT_MAIN, "中青年干部培训班", A_YOUTH,
    CB (C_POLITICAL) | CB (C_REFORM) | CB (C_RESEARCH) | CB (C_EXECUTION), 12, 16, 0, 0 },
  { CT_MAIN, "乡科级领导干部进修班", A_TOWNSHIP_LEADERS,
    CB (C_THEORY) | CB (C_MASSES) | CB (C_GRASSROOTS) | CB (C_EXECUTION), 10, 12, 0, 0 },
  { CT_MAIN, "新任县处级领导干部任职培训班", A_COUNTY_LEADERS,
    CB (C_POLITICAL) | CB (C_DECISION) | CB (C_LAW), 8, 10, 0, 0 },
  { CT_TOPIC, "优化营商环境专题研讨班", A_COUNTY, CB (C_BUSINESS) | CB (C_REFORM), 3, 4, 0, 0 },
  { CT_TOPIC, "乡村振兴专题培训班", A_TOWNSHIP_LEADERS, CB (C_RURAL) | CB (C_MASSES), 3, 4, 0,
    0 },
  { CT_TOPIC, "基层治理能力提升专题班", A_TOWNSHIP, CB (C_GRASSROOTS) | CB (C_MASSES), 3, 4, 0,
    0 },
  { CT_TOPIC, "科技创新与产业升级专题班", A_COUNTY, CB (C_INNOVATION) | CB (C_BUSINESS), 3, 4, 0,
    0 },
  { CT_TOPIC, "数字化改革专题培训班", A_TOWNSHIP, CB (C_DIGITAL) | CB (C_REFORM), 3, 4, 0, 0 },
  { CT_TOPIC, "应急管理与安全生产专题班", A_TOWNSHIP_LEADERS, CB (C_EMERGENCY) | CB (C_SAFETY),
    3, 4, 0, 0 },
  { CT_TOPIC, "法治政府建设专题研讨班", A_COUNTY, CB (C_LAW), 3, 3, 0, 0 },
  { CT_TOPIC, "生态文明建设专题班", A_TOWNSHIP, CB (C_ECOLOGY) | CB (C_RURAL), 3, 3, 0, 0 },
  { CT_TOPIC, "调查研究能力提升专题班", A_TOWNSHIP, CB (C_RESEARCH) | CB (C_DECISION), 3, 4, 0,
    0 },
  { CT_TOPIC, "防范化解重大风险专题研讨班", A_COUNTY_LEADERS,
    CB (C_EMERGENCY) | CB (C_DECISION), 3, 3, 0, 0 },
  { CT_TOPIC, "共同富裕示范区建设专题研讨班", A_COUNTY, CB (C_RURAL) | CB (C_REFORM), 3, 4, 0,
    0 },
  { CT_TOPIC, "长三角一体化发展专题研讨班", A_COUNTY_LEADERS,
    CB (C_REFORM) | CB (C_DECISION) | CB (C_BUSINESS), 3, 3, 0, 0 },
  { CT_TOPIC, "年轻干部理想信念教育专题班", A_STAFF, CB (C_PARTY) | CB (C_POLITICAL), 3, 4, 0,
    0 },
  { CT_TOPIC, "党务干部能力提升专题班", A_TOWNSHIP, CB (C_PARTY) | CB (C_POLITICAL), 3, 3, 0, 0 },
  { CT_TOPIC, "招商引资与项目推进专题班", A_TOWNSHIP_LEADERS,
    CB (C_BUSINESS) | CB (C_EXECUTION), 3, 4, 0, 0 },
  { CT_TOPIC, "网络舆情应对与媒体沟通专题班", A_TOWNSHIP, CB (C_EMERGENCY) | CB (C_MASSES), 2, 3,
    0, 0 },
  { CT_ROTATION, "学习贯彻习近平新时代中国特色社会主义思想轮训班", A_TOWNSHIP,
    CB (C_THEORY) | CB (C_POLITICAL), 2, 3, 0, YM (2022, 10) },
  { CT_ROTATION, "学习贯彻党的二十大精神轮训班", A_TOWNSHIP, CB (C_THEORY) | CB (C_POLITICAL), 2,
    3, YM (2022, 11), YM (2024, 6) },
  { CT_ROTATION, "学习贯彻习近平新时代中国特色社会主义思想主题教育轮训班", A_COUNTY,
    CB (C_THEORY) | CB (C_PARTY), 2, 3, YM (2023, 4), YM (2023, 12) },
  { CT_ROTATION, "党纪学习教育专题轮训班", A_TOWNSHIP, CB (C_PARTY) | CB (C_LAW), 2, 2,
    YM (2024, 4), YM (2024, 9) },
  { CT_ROTATION, "学习贯彻党的二十届三中全会精神轮训班", A_TOWNSHIP,
    CB (C_THEORY) | CB (C_REFORM), 2, 3, YM (2024, 8), YM (2026, 6) },
  { CT_ROTATION, "深入贯彻中央八项规定精神学习教育轮训班", A_TOWNSHIP, CB (C_PARTY), 2, 2,
    YM (2025, 3), YM (2025, 9) },
  { CT_ROTATION, "学习贯彻党的二十届四中全会精神轮训班", A_COUNTY,
    CB (C_THEORY) | CB (C_POLITICAL), 2, 3, YM (2025, 11), 0 },
  { CT_ROTATION, "乡科级干部综合能力轮训班", A_TOWNSHIP, CB (C_EXECUTION) | CB (C_MASSES), 3, 3,
    0, 0 },
  { CT_ROTATION, "县处级干部理论轮训班", A_COUNTY, CB (C_THEORY) | CB (C_DECISION), 2, 3, 0, 0 },
  { CT_INDUCTION, "新录用公务员初任培训班", A_NEW,
    CB (C_POLITICAL) | CB (C_LAW) | CB (C_EXECUTION), 6, 8, 0, 0 },
  { CT_INDUCTION, "新任科级领导干部任职培训班", A_TOWNSHIP_LEADERS,
    CB (C_EXECUTION) | CB (C_MASSES) | CB (C_POLITICAL), 4, 5, 0, 0 },
  { CT_ONLINE, "网络专题班：习近平新时代中国特色社会主义思想", A_ALL, CB (C_THEORY), 5, 7, 0,
    0 },
  { CT_ONLINE, "网络专题班：党章党规党纪", A_ALL, CB (C_PARTY) | CB (C_LAW), 5, 6, 0, 0 },
  { CT_ONLINE, "网络专题班：数字素养与技能提升", A_ALL, CB (C_DIGITAL), 5, 6, 0, 0 },
  { CT_ONLINE, "网络专题班：安全生产与应急管理", A_ALL, CB (C_SAFETY) | CB (C_EMERGENCY), 5, 6, 0,
    0 },
  { CT_ONLINE, "网络专题班：基层治理与生态文明", A_ALL, CB (C_GRASSROOTS) | CB (C_ECOLOGY), 5, 6,
    0, 0 },
};

/* Month weights: no classes around the Spring Festival, few in the summer. */
static const guint month_weights[12] = { 3, 0, 10, 12, 10, 12, 5, 3, 11, 8, 13, 8 };

static const char * const demand_sources[] = {
  "年度需求调研", "市委组织部调训计划", "上级部署要求", "单位申报",
};

/* Words that fill the rows */

static const char * const chinese_numbers[] = {
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
  "十五", "十六", "十七", "十八", "十九", "二十",
};

static const char * const classrooms[] = {
  "第一教室", "第二教室", "第三教室", "第四教室", "第五教室", "第六教室", "第七教室", "第八教室",
};
static const char * const seminar_rooms[] = {
  "研讨室一", "研讨室二", "研讨室三", "研讨室四", "研讨室五", "研讨室六",
};

static const char * const course_comments[] = {
  "内容贴近实际，很受启发", "案例丰富，建议增加互动时间", "老师讲得深入浅出，条理清晰",
  "希望提供课件供课后学习", "理论性较强，建议多结合基层实际", "时间稍紧，意犹未尽",
};
static const char * const class_comments[] = {
  "课程安排紧凑合理，收获很大", "建议增加现场教学和研讨交流的比重", "班级管理规范，后勤服务周到",
  "希望训后能有跟踪指导", "学员之间交流充分，开阔了视野", "建议适当压缩理论讲授课时",
};
static const char * const needs_comments[] = {
  "希望多安排案例教学和现场教学", "建议按岗位分类开展精准培训", "希望增加数字化能力方面的课程",
  "工学矛盾突出，建议多用线上方式", "希望加强训后跟踪和成果转化",
};
static const char * const followup_notes[] = {
  "方案推进有序，已取得阶段性成效", "已完成调研，形成初步对策建议", "受工作调整影响，进度有所滞后",
  "成果已在本单位推广应用", "单位党组织已听取专题汇报",
};
static const char * const followup_opinions[] = {
  "学用结合好，工作成效明显", "能够运用所学推动重点工作", "思路更加开阔，解决问题能力增强",
};
static const char * const outcomes[] = {
  "形成调研报告并获单位主要领导批示", "相关做法被列入本单位年度重点工作",
  "制定出台配套工作制度2项", "问题整改完成，群众满意度明显提升",
};
static const char * const withdraw_reasons[] = {
  "因工作需要，经单位申请退训", "因病无法继续参训", "因岗位调整，经组织部门同意退训",
};
static const char * const leave_reasons[] = {
  "参加单位重要会议", "处理紧急公务", "身体不适就医", "家中有急事", "参加上级检查迎检工作",
};
static const char * const late_notes[] = { "迟到10分钟", "迟到15分钟", "迟到20分钟" };

static const char * const plan_goals[] = {
  "聚焦本单位工作难点，形成可操作的改进措施并在半年内落地见效。",
  "结合培训所学开展专题调研，提出对策建议并推动转化应用。",
  "梳理工作流程，建立长效机制，提升群众和企业满意度。",
};

/* Action-learning plan titles by the class's main competency */
static const char * const plan_titles[N_COMPETENCIES] = {
  [C_POLITICAL] = "提高政治判断力、政治领悟力、政治执行力的实践方案",
  [C_RESEARCH] = "开展“大走访大调研”破解发展难题的行动方案",
  [C_DECISION] = "完善重大事项科学决策机制的行动方案",
  [C_REFORM] = "推进重点领域改革攻坚的行动方案",
  [C_EMERGENCY] = "提升突发事件应急处置能力的行动方案",
  [C_MASSES] = "畅通群众诉求渠道、化解矛盾纠纷的行动方案",
  [C_EXECUTION] = "推动年度重点任务清单化落实的行动方案",
  [C_BUSINESS] = "优化营商环境、提升涉企服务效能的行动方案",
  [C_RURAL] = "发展壮大村级集体经济的行动方案",
  [C_GRASSROOTS] = "深化“三治融合”、提升基层治理水平的行动方案",
  [C_INNOVATION] = "推动科技成果转化和产业升级的行动方案",
  [C_PARTY] = "加强基层党组织建设、发挥党员先锋模范作用的行动方案",
  [C_THEORY] = "推动理论学习成果转化为工作实效的行动方案",
  [C_LAW] = "推进依法行政、提升执法规范化水平的行动方案",
  [C_ECOLOGY] = "推进生态环境问题整改和绿色发展的行动方案",
  [C_DIGITAL] = "推进数字化应用场景建设的行动方案",
  [C_SAFETY] = "压实安全生产责任、开展隐患排查整治的行动方案",
};

/* The letters of verification codes: no 0/O, 1/I/L to misread. */
static const char code_alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/* Timetable slots */
static const struct
{
  const char *key;
  const char *start;
  const char *end;
  double hours;
  const char *submitted;  /* when evaluations of the slot come in, UTC */
} slots[3] = {
  { "morning", "08:30", "11:30", 3, "T04:00:00Z" },
  { "afternoon", "14:30", "17:30", 3, "T10:00:00Z" },
  { "evening", "19:00", "21:00", 2, "T13:30:00Z" },
};

enum { SLOT_MORNING, SLOT_AFTERNOON, SLOT_EVENING };

/* How much of everything */

typedef struct
{
  guint n_cadres;
  guint classes_per_year;
  int first_year, last_year;    /* 0: the previous and the current year */
  guint n_full_time, n_part_time;
  guint teachers_per_course[2]; /* lectures, other methods */
  double needs_share;           /* cadres who answered a needs survey */
  double course_evaluation;     /* sessions whose course was evaluated */
  double online_share;          /* cadres with online credit hours, each year */
  double topic_plans;           /* trainees of 专题班 who wrote an action-learning plan */
} Scale;

static const Scale scales[] = {
  [PX_DEMO_SCALE_SMALL] = { 2000, 20, 0, 0, 28, 30, { 2, 2 }, 0.30, 0.25, 0.40, 0.40 },
  [PX_DEMO_SCALE_LARGE] = { 100000, 600, 2022, 2026, 90, 150, { 5, 3 }, 0.05, 0.10, 0.05, 0.10 },
};

/* Runtime records: what later rows need of earlier ones */

typedef struct
{
  char id[37];
  const char *name;
  UnitKind kind;
  int county;             /* -1 for the city's own units */
} DemoUnit;

typedef struct
{
  const char *text;
  guint16 unit;
  guint8 rank;
  guint8 seats;
} DemoPost;

typedef struct
{
  char id[37];
  guint16 unit;
  guint8 rank;
  guint8 age;
} DemoCadre;

typedef struct
{
  char id[37];
  char name[40];
  guint32 competencies;
  gboolean full_time;
  gboolean star;          /* 名师 */
} DemoTeacher;

typedef struct
{
  char id[37];
  guint32 competencies;
  guint n_teachers;
  guint16 teachers[8];
  guint8 quality;         /* 0 ordinary, 1 精品 */
} DemoCourse;

typedef struct
{
  char id[37];
  gboolean rating;
  gboolean choice;
} DemoQuestion;

typedef struct
{
  char id[37];
  guint n_questions;
  DemoQuestion questions[MAX_QUESTIONS];
} DemoQuestionnaire;

typedef struct
{
  char id[37];
  guint def;
  const char *title;
  guint n_classes;
} DemoItem;

typedef struct
{
  char id[37];
  guint item;
  ClassType type;
  guint32 competencies;
  Audience audience;
  int year;
  guint seq;              /* within its type and year */
  guint period;           /* 期, 0 when the item has one class */
  guint start;            /* day index */
  guint n_days;           /* working days */
  guint size;
  const char *title;
} DemoClass;

typedef struct
{
  char iso[11];
  guint8 weekday;         /* 1 Monday … 7 Sunday */
  guint8 month;
  gboolean working;
  int year;
} DemoDay;

/* The timetable and roster of the class being written */

#define MAX_SESSIONS 160
#define MAX_TRAINEES 200
#define MAX_CLASS_DAYS 32

typedef struct
{
  char id[37];
  char submitted[21];
  guint day;              /* day index */
  guint8 class_day;       /* 0 … n_days - 1 */
  guint8 slot;
  Method method;
  int course;
  int teacher;
  int base;
  const char *title;
  const char *room;
  guint8 group;           /* elective group, 1-based; 0 for everyone */
  guint8 n_in_group;
  guint8 index_in_group;
  guint capacity;
  guint8 quality;
  gboolean past;
} DemoSession;

typedef struct
{
  char id[37];
  guint cadre;
  gboolean withdrawn;
  guint withdraw_at;      /* first session no longer attended */
  int leave_day;          /* class day with leave, or -1 */
  gboolean leave_full_day;
  int absent_session;
  double leave_hours;
  gboolean completed;
} DemoTrainee;

typedef struct
{
  PxDatabase *db;
  sqlite3 *handle;
  const Scale *scale;
  GRand *rand;
  GError *error;
  GStringChunk *strings;

  PxProgressFunc progress;
  gpointer progress_data;
  double reported;

  sqlite3_stmt *stmts[N_TABLES];
  guint64 counts[N_TABLES];
  Table order[N_TABLES];
  guint n_order;

  char now[25];
  int first_year, last_year;
  int today_year;

  /* days */
  DemoDay *days;
  guint n_days;
  guint32 first_julian;
  guint today;

  /* ranks and code lists */
  const char *ranks[N_RANKS];
  const char *rank_groups[N_RANKS];
  const char *audience_text[N_AUDIENCES];
  const char *methods[N_METHODS];
  const char *han;
  const char *uyghur;
  const char *minority_names[G_N_ELEMENTS (minorities)];
  const char *group_names[G_N_ELEMENTS (chinese_numbers)];
  const char *party[10];        /* the standard names of party_names, education_names */
  const char *education[9];
  guint surname_total;

  /* competencies; has_competency says which the database has */
  char competency_ids[N_COMPETENCIES][37];
  guint32 has_competency;

  GArray *units;            /* DemoUnit */
  GArray *posts;            /* DemoPost */
  GArray *free_posts[N_RANKS];  /* post indices with seats left, by rank */
  GArray *staff_units;      /* unit indices, repeated by weight */
  GArray *city_departments;
  GArray *county_nodes;     /* 区, 县, 县级市 */
  GArray *county_units;     /* their departments */
  GArray *townships;

  DemoCadre *cadres;
  guint n_cadres;
  guint32 *cadre_mark;      /* the class a cadre was last picked for */
  GArray *pools[N_AUDIENCES];
  GHashTable *citizen_ids;

  DemoTeacher *teachers;
  guint n_teachers;
  guint8 *teacher_busy;     /* teacher × day: a bit per slot */
  guint8 *base_busy;
  GHashTable *rooms;        /* room name (static or interned) → index in room_busy */
  GByteArray *room_busy;    /* room × day: a bit per slot */
  GArray *head_teachers;
  char base_ids[N_BASES][37];
  DemoCourse courses[N_COURSES];
  GArray *by_method[N_METHODS];
  DemoQuestionnaire questionnaires[N_QUESTIONNAIRES];
  char template_id[37];

  GArray *items;            /* DemoItem */
  GArray *classes;          /* DemoClass */
  GHashTable *codes;        /* verification codes */

  /* the class being written */
  DemoSession sessions[MAX_SESSIONS];
  guint n_sessions;
  DemoTrainee trainees[MAX_TRAINEES];
  guint n_trainees;
  guint class_days[MAX_CLASS_DAYS];
  guint n_class_days;
  guint8 used_courses[N_COURSES];
} Demo;

/* Random numbers: the content depends on the seed alone */

static inline guint
rnd (Demo   *d,
     guint   n)
{
  g_assert (n > 0);
  return g_rand_int_range (d->rand, 0, (gint32) n);
}

static inline int
rnd_between (Demo *d,
             int   low,
             int   high)
{
  return g_rand_int_range (d->rand, low, high + 1);
}

static inline gboolean
chance (Demo   *d,
        double  p)
{
  return g_rand_double (d->rand) < p;
}

static double
normal (Demo   *d,
        double  mean,
        double  sd)
{
  double u = 1.0 - g_rand_double (d->rand);
  double v = g_rand_double (d->rand);

  return mean + sd * sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

#define PICK(d, array) ((array)[rnd ((d), G_N_ELEMENTS (array))])

static void
shuffle (Demo  *d,
         guint *values,
         guint  n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = rnd (d, i);
      guint t = values[i - 1];

      values[i - 1] = values[j];
      values[j] = t;
    }
}

static inline guint
array_pick (Demo   *d,
            GArray *array)
{
  return g_array_index (array, guint, rnd (d, array->len));
}

/* Rows */

static gboolean
fail_sqlite (Demo *d,
             int   rc)
{
  if (d->error == NULL)
    px_database_set_sqlite_error (d->db, rc, &d->error);
  return FALSE;
}

/* Binds the key and the timestamps; the caller binds the rest and calls end_row. */
static inline sqlite3_stmt *
begin_row (Demo  *d,
           Table  table,
           char   id[37])
{
  sqlite3_stmt *stmt = d->stmts[table];

  px_uuid_generate (id);
  sqlite3_bind_text (stmt, 1, id, 36, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, d->now, 24, SQLITE_STATIC);
  return stmt;
}

static inline gboolean
end_row (Demo  *d,
         Table  table)
{
  sqlite3_stmt *stmt = d->stmts[table];
  int rc = sqlite3_step (stmt);

  if (G_UNLIKELY (rc != SQLITE_DONE))
    {
      fail_sqlite (d, rc);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (G_UNLIKELY (d->counts[table] == 0))
    d->order[d->n_order++] = table;
  /* upserts that found their key taken write nothing */
  if (G_UNLIKELY (table == T_USER || table == T_SITE || table == T_SETTING
                  || table == T_CERTIFICATE_TEMPLATE))
    d->counts[table] += sqlite3_changes (d->handle);
  else
    d->counts[table]++;
  return TRUE;
}

static inline void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, column);
}

static inline void
bind_id (sqlite3_stmt *stmt,
         int           column,
         const char   *id)
{
  sqlite3_bind_text (stmt, column, id, 36, SQLITE_STATIC);
}

static inline void
bind_int (sqlite3_stmt *stmt,
          int           column,
          gint64        value)
{
  sqlite3_bind_int64 (stmt, column, value);
}

static inline void
bind_double (sqlite3_stmt *stmt,
             int           column,
             double        value)
{
  sqlite3_bind_double (stmt, column, value);
}

/* A row of a pair table (teacher_competency, course_teacher …): two keys. */
static gboolean
write_pair (Demo       *d,
            Table       table,
            const char *first,
            const char *second)
{
  char id[37];
  sqlite3_stmt *stmt = begin_row (d, table, id);

  bind_id (stmt, 3, first);
  bind_id (stmt, 4, second);
  return end_row (d, table);
}

static gboolean
write_competencies (Demo       *d,
                    Table       table,
                    const char *owner,
                    guint32     competencies)
{
  competencies &= d->has_competency;
  for (guint c = 0; c < N_COMPETENCIES; c++)
    if ((competencies & CB (c)) && !write_pair (d, table, owner, d->competency_ids[c]))
      return FALSE;
  return TRUE;
}

static void
report (Demo   *d,
        double  fraction)
{
  if (d->progress == NULL || (fraction < d->reported + 0.01 && fraction < 1.0))
    return;
  d->reported = fraction;
  d->progress (MIN (fraction, 1.0), d->progress_data);
}

static void
stamp_now (Demo *d)
{
  px_timestamp_format (g_get_real_time (), d->now);
}

/* Days */

static guint
day_index (Demo  *d,
           int    year,
           int    month,
           int    day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date) - d->first_julian;
}

static inline guint
clamp_day (Demo *d,
           gint64 day)
{
  return (guint) CLAMP (day, 0, (gint64) d->n_days - 1);
}

static void
make_days (Demo *d,
           int   first_year,
           int   last_year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, first_year);
  d->first_julian = g_date_get_julian (&date);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, last_year);
  d->n_days = g_date_get_julian (&date) - d->first_julian + 1;
  d->days = g_new0 (DemoDay, d->n_days);

  for (guint i = 0; i < d->n_days; i++)
    {
      DemoDay *day = &d->days[i];
      int m, dd;

      g_date_set_julian (&date, d->first_julian + i);
      day->year = g_date_get_year (&date);
      m = g_date_get_month (&date);
      dd = g_date_get_day (&date);
      day->month = m;
      day->weekday = g_date_get_weekday (&date);
      g_snprintf (day->iso, sizeof day->iso, "%04d-%02d-%02d", day->year, m, dd);
      /* weekends and the national holidays (New Year, Labour Day, National Day week) */
      day->working = day->weekday <= G_DATE_FRIDAY
                     && !(m == 1 && dd == 1) && !(m == 5 && dd <= 5) && !(m == 10 && dd <= 7);
    }
}

static inline gboolean
busy (const guint8 *map,
      Demo         *d,
      guint         who,
      guint         day,
      guint         slot)
{
  return (map[(gsize) who * d->n_days + day] >> slot) & 1;
}

static inline void
occupy (guint8 *map,
        Demo   *d,
        guint   who,
        guint   day,
        guint   slot)
{
  map[(gsize) who * d->n_days + day] |= 1 << slot;
}

/* Code lists: every value a cadre row holds is the standard name of its code list */

static const char * const party_names[] = {
  "中共党员", "中共预备党员", "共青团员", "群众", "民盟盟员", "九三学社社员", "民进会员", "民建会员",
  "农工党党员", "无党派人士",
};
enum { P_MEMBER, P_PROBATIONARY, P_LEAGUE, P_MASSES, P_FIRST_DEMOCRATIC };
#define N_DEMOCRATIC (G_N_ELEMENTS (party_names) - P_FIRST_DEMOCRATIC)

static const char * const education_names[] = {
  "博士研究生", "硕士研究生", "大学本科", "大学专科", "中等专科", "中央党校研究生", "中央党校大学",
  "省委党校研究生", "省委党校大学",
};
enum { E_DOCTOR, E_MASTER, E_BACHELOR, E_COLLEGE, E_SECONDARY, E_CENTRAL_MASTER,
       E_CENTRAL_BACHELOR, E_PROVINCE_MASTER, E_PROVINCE_BACHELOR };

G_STATIC_ASSERT (G_N_ELEMENTS (party_names) == G_N_ELEMENTS (((Demo *) NULL)->party));
G_STATIC_ASSERT (G_N_ELEMENTS (education_names) == G_N_ELEMENTS (((Demo *) NULL)->education));

/* Shares in per mille by age band (under 35, 35–49, 50 and over) */
static const guint education_weights[3][G_N_ELEMENTS (education_names)] = {
  { 30, 340, 600, 30, 0, 0, 0, 0, 0 },
  { 30, 200, 550, 100, 0, 20, 0, 80, 20 },
  { 10, 80, 450, 200, 20, 0, 50, 110, 80 },
};

static gboolean
resolve_code_lists (Demo *d)
{
  const char * const *ethnicities = px_code_list_ethnicities ();

  for (guint i = 0; i < N_RANKS; i++)
    {
      d->ranks[i] = px_code_list_rank (rank_defs[i].name);
      d->rank_groups[i] = px_code_list_rank_group (rank_defs[i].name);
      g_return_val_if_fail (d->ranks[i] != NULL && d->rank_groups[i] != NULL, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (party_names); i++)
    {
      d->party[i] = px_code_list_political_status (party_names[i]);
      g_return_val_if_fail (d->party[i] != NULL, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (education_names); i++)
    {
      d->education[i] = px_code_list_education (education_names[i]);
      g_return_val_if_fail (d->education[i] != NULL, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    d->surname_total += surnames[i].weight;
  d->han = ethnicities[0];
  d->uyghur = px_code_list_ethnicity ("维吾尔族");
  g_return_val_if_fail (g_strcmp0 (d->han, "汉族") == 0 && d->uyghur != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (minorities); i++)
    {
      d->minority_names[i] = px_code_list_ethnicity (minorities[i].name);
      g_return_val_if_fail (d->minority_names[i] != NULL, FALSE);
    }
  for (guint i = 0; i < N_METHODS; i++)
    {
      const PxTeachingMethod *method = px_teaching_method_lookup (method_keys[i]);

      g_return_val_if_fail (method != NULL, FALSE);
      d->methods[i] = method->key;
    }
  for (guint a = 0; a < N_AUDIENCES; a++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint r = 0; r < N_RANKS; r++)
        if (audience_ranks[a] & RB (r))
          {
            if (text->len > 0)
              g_string_append (text, "、");
            g_string_append (text, d->ranks[r]);
          }
      d->audience_text[a] = g_string_chunk_insert (d->strings, text->str);
    }
  for (guint i = 0; i < G_N_ELEMENTS (chinese_numbers); i++)
    {
      g_autofree char *name = g_strdup_printf ("第%s组", chinese_numbers[i]);

      d->group_names[i] = g_string_chunk_insert (d->strings, name);
    }
  return TRUE;
}

/* Units and the posts in them */

static void
add_post (Demo       *d,
          guint       unit,
          guint       rank,
          const char *text,
          guint       seats)
{
  DemoPost post = { g_string_chunk_insert_const (d->strings, text), unit, rank, seats };
  guint index = d->posts->len;

  g_assert (IS_LEADING (rank));
  g_array_append_val (d->posts, post);
  g_array_append_val (d->free_posts[rank], index);
}

static guint
add_unit (Demo       *d,
          const char *name,
          guint       parent,
          const char *code,
          UnitKind    kind,
          int         county,
          int         sort_order)
{
  DemoUnit unit = { .kind = kind, .county = county };
  sqlite3_stmt *stmt = begin_row (d, T_ORG_UNIT, unit.id);
  guint index = d->units->len;

  unit.name = g_string_chunk_insert_const (d->strings, name);
  bind_text (stmt, 3, unit.name);
  if (parent != G_MAXUINT)
    bind_id (stmt, 4, g_array_index (d->units, DemoUnit, parent).id);
  else
    sqlite3_bind_null (stmt, 4);
  bind_text (stmt, 5, code);
  bind_text (stmt, 6, unit_kind_keys[kind]);
  bind_int (stmt, 7, sort_order);
  if (!end_row (d, T_ORG_UNIT))
    return G_MAXUINT;
  g_array_append_val (d->units, unit);
  return index;
}

static void
add_department_posts (Demo                 *d,
                      guint                 unit,
                      const DemoDepartment *department,
                      gboolean              city,
                      const char           *suffix)
{
  guint head_rank = city ? R_COUNTY_CHIEF : R_TOWNSHIP_CHIEF;
  guint deputy_rank = city ? R_COUNTY_DEPUTY : R_TOWNSHIP_DEPUTY;

  if (department->standing)
    {
      g_autofree char *seat = g_strdup_printf ("%s委常委、%s", suffix, department->head);
      g_autofree char *executive = g_strconcat ("常务", department->deputy, NULL);

      add_post (d, unit, city ? R_BUREAU_DEPUTY : R_COUNTY_DEPUTY, seat, 1);
      add_post (d, unit, head_rank, executive, 1);
    }
  else
    add_post (d, unit, head_rank, department->head, 1);
  add_post (d, unit, deputy_rank, department->deputy, 3);

  if (city)
    for (guint i = 0; i < G_N_ELEMENTS (city_sections); i++)
      {
        g_autofree char *head = NULL;
        g_autofree char *deputy = NULL;

        if (i == 0)
          {
            head = g_strconcat (city_sections[i], "主任", NULL);
            deputy = g_strconcat (city_sections[i], "副主任", NULL);
          }
        else
          {
            head = g_strconcat (city_sections[i], "科长", NULL);
            deputy = g_strconcat (city_sections[i], "副科长", NULL);
          }
        add_post (d, unit, R_TOWNSHIP_CHIEF, head, 1);
        add_post (d, unit, R_TOWNSHIP_DEPUTY, deputy, 1);
      }
}

static void
add_weighted (GArray *array,
              guint   value,
              guint   weight)
{
  for (guint i = 0; i < weight; i++)
    g_array_append_val (array, value);
}

/* The pattern with its "%s" replaced by value. */
static char *
expand (const char *pattern,
        const char *value)
{
  const char *hole = strstr (pattern, "%s");
  g_autofree char *head = g_strndup (pattern, hole - pattern);

  g_assert (hole != NULL);
  return g_strconcat (head, value, hole + 2, NULL);
}

static gboolean
write_org_units (Demo *d)
{
  guint city, party, government;
  int order = 0;

  city = add_unit (d, "嘉兴市", G_MAXUINT, "330400", UK_CITY, -1, 0);
  if (city == G_MAXUINT)
    return FALSE;
  party = add_unit (d, "中共嘉兴市委", city, NULL, UK_CITY_PARTY, -1, 1);
  government = add_unit (d, "嘉兴市人民政府", city, NULL, UK_CITY_GOVERNMENT, -1, 2);
  if (party == G_MAXUINT || government == G_MAXUINT)
    return FALSE;
  add_post (d, party, R_BUREAU_CHIEF, "市委书记", 1);
  add_post (d, party, R_BUREAU_DEPUTY, "市委副书记", 2);
  add_post (d, party, R_BUREAU_DEPUTY, "市委常委", 3);
  add_post (d, government, R_BUREAU_CHIEF, "市长", 1);
  add_post (d, government, R_BUREAU_DEPUTY, "常务副市长", 1);
  add_post (d, government, R_BUREAU_DEPUTY, "副市长", 5);

  for (guint i = 0;
       i < G_N_ELEMENTS (city_party_departments) + G_N_ELEMENTS (city_government_departments);
       i++)
    {
      gboolean in_party = i < G_N_ELEMENTS (city_party_departments);
      const DemoDepartment *department =
        in_party ? &city_party_departments[i]
                 : &city_government_departments[i - G_N_ELEMENTS (city_party_departments)];
      guint unit = add_unit (d, department->name, in_party ? party : government, NULL,
                             UK_CITY_DEPARTMENT, -1, order++);

      if (unit == G_MAXUINT)
        return FALSE;
      add_department_posts (d, unit, department, TRUE, "市");
      g_array_append_val (d->city_departments, unit);
      add_weighted (d->staff_units, unit, 3);
    }

  for (int c = 0; c < N_COUNTIES; c++)
    {
      const DemoCounty *county = &counties[c];
      /* 区委书记, 县长, 市长 of a county-level city … */
      const char *suffix = county->name + strlen (county->name) - strlen ("区");
      g_autofree char *secretary = g_strdup_printf ("%s委书记", suffix);
      g_autofree char *head = g_strdup_printf ("%s长", suffix);
      g_autofree char *congress = g_strdup_printf ("%s人大常委会主任", suffix);
      g_autofree char *conference = g_strdup_printf ("%s政协主席", suffix);
      g_autofree char *vice_secretary = g_strdup_printf ("%s委副书记", suffix);
      g_autofree char *standing = g_strdup_printf ("%s委常委", suffix);
      g_autofree char *vice_head = g_strdup_printf ("副%s长", suffix);
      g_autofree char *vice_congress = g_strdup_printf ("%s人大常委会副主任", suffix);
      g_autofree char *vice_conference = g_strdup_printf ("%s政协副主席", suffix);
      guint node = add_unit (d, county->name, city, county->code, UK_COUNTY, c, 100 + c);
      int town_order = 0;

      if (node == G_MAXUINT)
        return FALSE;
      add_post (d, node, R_COUNTY_CHIEF, secretary, 1);
      add_post (d, node, R_COUNTY_CHIEF, head, 1);
      add_post (d, node, R_COUNTY_CHIEF, congress, 1);
      add_post (d, node, R_COUNTY_CHIEF, conference, 1);
      add_post (d, node, R_COUNTY_DEPUTY, vice_secretary, 1);
      add_post (d, node, R_COUNTY_DEPUTY, standing, 3);
      add_post (d, node, R_COUNTY_DEPUTY, vice_head, 5);
      add_post (d, node, R_COUNTY_DEPUTY, vice_congress, 3);
      add_post (d, node, R_COUNTY_DEPUTY, vice_conference, 3);
      g_array_append_val (d->county_nodes, node);

      for (guint i = 0; i < G_N_ELEMENTS (county_departments); i++)
        {
          g_autofree char *name = expand (county_departments[i].name, county->name);
          guint unit = add_unit (d, name, node, NULL, UK_COUNTY_DEPARTMENT, c, (int) i);

          if (unit == G_MAXUINT)
            return FALSE;
          add_department_posts (d, unit, &county_departments[i], FALSE, suffix);
          g_array_append_val (d->county_units, unit);
          add_weighted (d->staff_units, unit, 2);
        }

      for (guint t = 0, streets = 0, towns = 0; county->towns[t] != NULL; t++)
        {
          const char *town = county->towns[t];
          gboolean street = g_str_has_suffix (town, "街道");
          /* 镇 or 乡: the last character */
          const char *kind = street ? "街道" : town + strlen (town) - strlen ("镇");
          g_autofree char *name = g_strconcat (county->name, town, NULL);
          g_autofree char *code = g_strdup_printf ("%s%03u", county->code,
                                                   street ? ++streets : 100 + ++towns);
          guint unit = add_unit (d, name, node, code, street ? UK_SUBDISTRICT : UK_TOWNSHIP, c,
                                 100 + town_order++);

          if (unit == G_MAXUINT)
            return FALSE;
          if (street)
            {
              add_post (d, unit, R_TOWNSHIP_CHIEF, "街道党工委书记", 1);
              add_post (d, unit, R_TOWNSHIP_CHIEF, "街道办事处主任", 1);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, "街道党工委副书记", 1);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, "街道办事处副主任", 3);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, "街道党工委委员", 2);
            }
          else
            {
              g_autofree char *p1 = g_strconcat (kind, "党委书记", NULL);
              g_autofree char *p2 = g_strconcat (kind, "长", NULL);
              g_autofree char *p3 = g_strconcat (kind, "人大主席", NULL);
              g_autofree char *p4 = g_strconcat (kind, "党委副书记", NULL);
              g_autofree char *p5 = g_strconcat ("副", kind, "长", NULL);
              g_autofree char *p6 = g_strconcat (kind, "党委委员", NULL);
              g_autofree char *p7 = g_strconcat (kind, "人大副主席", NULL);

              add_post (d, unit, R_TOWNSHIP_CHIEF, p1, 1);
              add_post (d, unit, R_TOWNSHIP_CHIEF, p2, 1);
              add_post (d, unit, R_TOWNSHIP_CHIEF, p3, 1);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, p4, 1);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, p5, 3);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, p6, 2);
              add_post (d, unit, R_TOWNSHIP_DEPUTY, p7, 1);
            }
          g_array_append_val (d->townships, unit);
          add_weighted (d->staff_units, unit, 3);
        }
    }
  return TRUE;
}

/* Cadres */

static void
make_han_name (Demo     *d,
               gboolean  male,
               char     *out,
               gsize     size)
{
  guint pick = rnd (d, d->surname_total);
  const char *surname = surnames[0].surname;

  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      if (pick < surnames[i].weight)
        {
          surname = surnames[i].surname;
          break;
        }
      pick -= surnames[i].weight;
    }
  /* about a quarter of given names have one character */
  if (chance (d, 0.25))
    g_snprintf (out, size, "%s%s", surname, male ? PICK (d, male_second) : PICK (d, female_second));
  else if (male)
    g_snprintf (out, size, "%s%s%s", surname, PICK (d, male_first), PICK (d, male_second));
  else
    g_snprintf (out, size, "%s%s%s", surname, PICK (d, female_first), PICK (d, female_second));
}

static void
make_mobile (Demo *d,
             char  out[12])
{
  const char *prefix = PICK (d, mobile_prefixes);
  guint32 rest = rnd (d, 100000000);

  memcpy (out, prefix, 3);
  for (int i = 10; i >= 3; i--, rest /= 10)
    out[i] = '0' + rest % 10;
  out[11] = '\0';
}

/* A valid, unique citizen ID (GB 11643): region, birth date, order code whose last digit is
 * odd for men and even for women, check character. */
static void
make_citizen_id (Demo       *d,
                 guint       region_index,
                 const char *region,
                 guint32     birth_julian,
                 gboolean    male,
                 char        id[19],
                 char        birth[11])
{
  const guint32 base_julian = 704553;   /* 1930-01-01, as GDate counts */
  GDate date;
  guint seq;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, birth_julian);
  for (;;)
    {
      guint32 key;

      seq = rnd (d, 500) * 2 + (male ? 1 : 0);
      key = ((region_index * 50000u) + (birth_julian - base_julian)) * 1000u + seq;
      if (g_hash_table_add (d->citizen_ids, GUINT_TO_POINTER (key)))
        break;
    }
  g_snprintf (id, 19, "%s%04d%02d%02d%03u", region, g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date), seq);
  id[17] = px_id_number_check_char (id);
  id[18] = '\0';
  g_snprintf (birth, 11, "%.4s-%.2s-%.2s", id + 6, id + 10, id + 12);
}

/* A leading post with a free seat, or, when all are taken, the matching non-leading rank (a
 * 县处级正职 without a seat is an 一级 or 二级调研员). */
static const char *
assign_post (Demo  *d,
             guint *rank,
             guint *unit)
{
  if (IS_LEADING (*rank))
    {
      GArray *free = d->free_posts[*rank];

      if (free->len > 0)
        {
          guint k = rnd (d, free->len);
          DemoPost *post = &g_array_index (d->posts, DemoPost, g_array_index (free, guint, k));

          if (--post->seats == 0)
            g_array_remove_index_fast (free, k);
          *unit = post->unit;
          return post->text;
        }
      switch (*rank)
        {
        case R_BUREAU_CHIEF: *rank = R_INSPECTOR_1; break;
        case R_BUREAU_DEPUTY: *rank = R_INSPECTOR_2; break;
        case R_COUNTY_CHIEF: *rank = R_RESEARCHER_1 + rnd (d, 2); break;
        case R_COUNTY_DEPUTY: *rank = R_RESEARCHER_3 + rnd (d, 2); break;
        case R_TOWNSHIP_CHIEF: *rank = R_PRINCIPAL_1 + rnd (d, 2); break;
        default: *rank = R_PRINCIPAL_3 + rnd (d, 2); break;
        }
    }

  if (*rank <= R_INSPECTOR_2)
    *unit = array_pick (d, d->city_departments);
  else if (*rank <= R_RESEARCHER_4)
    *unit = array_pick (d, chance (d, 0.6) ? d->city_departments : d->county_units);
  else
    *unit = array_pick (d, d->staff_units);

  if (*rank == R_CLERK_1 || *rank == R_CLERK_2)
    return "科员";
  return d->ranks[*rank];
}

static const char *
pick_party (Demo     *d,
            guint     rank,
            guint     age)
{
  guint r = rnd (d, 1000);

  if (rank <= R_RESEARCHER_4)
    return r < 950 ? d->party[P_MEMBER]
           : r < 985 ? d->party[P_FIRST_DEMOCRATIC + rnd (d, N_DEMOCRATIC - 1)]
           : d->party[G_N_ELEMENTS (party_names) - 1];
  if (age < 28)
    return r < 550 ? d->party[P_MEMBER]
           : r < 650 ? d->party[P_PROBATIONARY]
           : r < 850 ? d->party[P_LEAGUE] : d->party[P_MASSES];
  return r < 850 ? d->party[P_MEMBER]
         : r < 870 ? d->party[P_PROBATIONARY]
         : r < 960 ? d->party[P_MASSES]
         : r < 990 ? d->party[P_FIRST_DEMOCRATIC + rnd (d, N_DEMOCRATIC - 1)]
         : d->party[G_N_ELEMENTS (party_names) - 1];
}

static const char *
pick_education (Demo  *d,
                guint  age)
{
  const guint *weights = education_weights[age < 35 ? 0 : age < 50 ? 1 : 2];
  guint r = rnd (d, 1000);

  for (guint i = 0; i < G_N_ELEMENTS (education_names); i++)
    {
      if (r < weights[i])
        return d->education[i];
      r -= weights[i];
    }
  return d->education[E_BACHELOR];
}

static gboolean
write_cadres (Demo *d)
{
  guint rank_total = 0;
  GDate today;

  for (guint r = 0; r < N_RANKS; r++)
    rank_total += rank_defs[r].weight;
  g_date_clear (&today, 1);
  g_date_set_julian (&today, d->first_julian + d->today);

  for (guint i = 0; i < d->n_cadres; i++)
    {
      DemoCadre *cadre = &d->cadres[i];
      sqlite3_stmt *stmt = begin_row (d, T_CADRE, cadre->id);
      guint pick = rnd (d, rank_total);
      guint rank = 0, unit = 0;
      const char *post, *ethnicity = d->han;
      char name[64], citizen_id[19], birth[11], phone[12];
      gboolean male, uyghur;
      guint age;
      guint32 birth_julian;

      while (pick >= rank_defs[rank].weight)
        pick -= rank_defs[rank++].weight;
      post = assign_post (d, &rank, &unit);
      age = rnd_between (d, rank_defs[rank].min_age, rank_defs[rank].max_age);
      male = chance (d, rank <= R_RESEARCHER_4 ? 0.8 : 0.6);
      uyghur = chance (d, 0.004);
      birth_julian = g_date_get_julian (&today) - age * 365 - age / 4 - rnd (d, 365);

      if (uyghur)
        {
          guint region = rnd (d, G_N_ELEMENTS (xinjiang_regions));

          g_snprintf (name, sizeof name, "%s·%s",
                      male ? PICK (d, uyghur_male) : PICK (d, uyghur_female),
                      PICK (d, uyghur_father));
          ethnicity = d->uyghur;
          make_citizen_id (d, N_COUNTIES + region, xinjiang_regions[region], birth_julian, male,
                           citizen_id, birth);
        }
      else
        {
          guint region = rnd (d, N_COUNTIES);

          make_han_name (d, male, name, sizeof name);
          if (chance (d, 0.025))
            {
              guint total = 0, k = 0, r;

              for (guint m = 0; m < G_N_ELEMENTS (minorities); m++)
                total += minorities[m].weight;
              for (r = rnd (d, total); r >= minorities[k].weight; k++)
                r -= minorities[k].weight;
              ethnicity = d->minority_names[k];
            }
          make_citizen_id (d, region, counties[region].code, birth_julian, male, citizen_id,
                           birth);
        }
      make_mobile (d, phone);

      cadre->unit = unit;
      cadre->rank = rank;
      cadre->age = age;
      bind_text (stmt, 3, name);
      bind_text (stmt, 4, male ? "男" : "女");
      bind_text (stmt, 5, ethnicity);
      bind_text (stmt, 6, birth);
      bind_text (stmt, 7, citizen_id);
      bind_text (stmt, 8, pick_party (d, rank, age));
      bind_id (stmt, 9, g_array_index (d->units, DemoUnit, unit).id);
      bind_text (stmt, 10, post);
      bind_text (stmt, 11, d->ranks[rank]);
      bind_text (stmt, 12, pick_education (d, age));
      bind_text (stmt, 13, phone);
      bind_text (stmt, 14, uyghur ? "对口支援挂职干部" : NULL);
      if (!end_row (d, T_CADRE))
        return FALSE;
      if ((i & 4095) == 0)
        report (d, 0.01 + 0.05 * i / d->n_cadres);
    }

  /* who may sit in which class */
  for (guint a = 0; a < N_AUDIENCES; a++)
    for (guint i = 0; i < d->n_cadres; i++)
      if ((audience_ranks[a] & RB (d->cadres[i].rank))
          && (a != A_YOUTH || d->cadres[i].age <= 45))
        g_array_append_val (d->pools[a], i);
  return TRUE;
}

/* Teachers, bases, courses, cases */

static gboolean
write_teacher (Demo        *d,
               DemoTeacher *teacher,
               gboolean     male,
               const char  *source,
               const char  *unit,
               const char  *title,
               const char  *tier,
               gboolean     dual,
               const char  *note)
{
  sqlite3_stmt *stmt = begin_row (d, T_TEACHER, teacher->id);
  char phone[12];

  make_mobile (d, phone);
  bind_text (stmt, 3, teacher->name);
  bind_text (stmt, 4, male ? "男" : "女");
  bind_text (stmt, 5, teacher->full_time ? "full_time" : "part_time");
  bind_text (stmt, 6, source);
  bind_text (stmt, 7, unit);
  bind_text (stmt, 8, title);
  bind_text (stmt, 9, tier);
  bind_int (stmt, 10, dual);
  bind_text (stmt, 11, phone);
  bind_text (stmt, 12, note);
  return end_row (d, T_TEACHER)
         && write_competencies (d, T_TEACHER_COMPETENCY, teacher->id, teacher->competencies);
}

static gboolean
write_teachers (Demo *d)
{
  const Scale *scale = d->scale;

  for (guint i = 0; i < scale->n_full_time; i++)
    {
      DemoTeacher *teacher = &d->teachers[d->n_teachers];
      guint department = i % G_N_ELEMENTS (school_departments);
      gboolean male = chance (d, 0.55);
      guint r = rnd (d, 100);
      const char *title = r < 20 ? "教授" : r < 60 ? "副教授" : "讲师";
      const char *tier = r < 10 ? "名师" : r < 50 ? "骨干" : "一般";
      gboolean dual = chance (d, 0.25);
      char note[96];
      guint32 competencies = school_departments[department].competencies;

      make_han_name (d, male, teacher->name, sizeof teacher->name);
      teacher->full_time = TRUE;
      teacher->star = r < 10;
      /* one speciality dropped now and then, one from elsewhere added */
      if (chance (d, 0.3))
        competencies &= ~CB (g_bit_nth_lsf (competencies, -1));
      if (chance (d, 0.3))
        competencies |= CB (rnd (d, N_COMPETENCIES));
      if (competencies == 0)
        competencies = school_departments[department].competencies;
      teacher->competencies = competencies;
      if (dual)
        {
          const DemoCounty *county = &counties[rnd (d, N_COUNTIES)];
          guint n_towns = 0;

          while (county->towns[n_towns] != NULL)
            n_towns++;
          g_snprintf (note, sizeof note, "曾在%s%s挂职锻炼", county->name,
                      county->towns[rnd (d, n_towns)]);
        }
      if (i % 3 == 0)
        g_array_append_val (d->head_teachers, d->n_teachers);
      if (!write_teacher (d, teacher, male, "党校教师", school_departments[department].unit, title,
                          tier, dual, dual ? note : NULL))
        return FALSE;
      d->n_teachers++;
    }

  for (guint i = 0; i < scale->n_part_time; i++)
    {
      DemoTeacher *teacher = &d->teachers[d->n_teachers];
      guint k = i % G_N_ELEMENTS (part_time_teachers);
      gboolean leader = g_str_equal (part_time_teachers[k].source, "党政领导干部");
      gboolean male = chance (d, 0.7);
      guint r = rnd (d, 100);
      const char *tier = r < 15 ? "名师" : r < 65 ? "骨干" : "一般";

      make_han_name (d, male, teacher->name, sizeof teacher->name);
      teacher->full_time = FALSE;
      teacher->star = r < 15;
      teacher->competencies = part_time_teachers[k].competencies;
      if (!write_teacher (d, teacher, male, part_time_teachers[k].source,
                          part_time_teachers[k].unit, part_time_teachers[k].title, tier,
                          chance (d, leader ? 0.6 : 0.1), part_time_teachers[k].note))
        return FALSE;
      d->n_teachers++;
    }
  return TRUE;
}

static gboolean
write_bases (Demo *d)
{
  for (guint b = 0; b < N_BASES; b++)
    {
      sqlite3_stmt *stmt = begin_row (d, T_BASE, d->base_ids[b]);
      char contact[64], phone[16];

      make_han_name (d, chance (d, 0.5), contact, sizeof contact);
      if (chance (d, 0.5))
        make_mobile (d, phone);
      else
        g_snprintf (phone, sizeof phone, "0573-8%07u", rnd (d, 10000000));
      bind_text (stmt, 3, base_defs[b].name);
      bind_text (stmt, 4, counties[base_defs[b].county].name);
      bind_text (stmt, 5, base_defs[b].address);
      bind_int (stmt, 6, base_defs[b].capacity);
      bind_text (stmt, 7, contact);
      bind_text (stmt, 8, phone);
      bind_text (stmt, 9, base_defs[b].description);
      if (!end_row (d, T_BASE)
          || !write_competencies (d, T_BASE_THEME, d->base_ids[b], base_defs[b].themes))
        return FALSE;
    }
  return TRUE;
}

/* Teachers whose specialities meet the course's; online courses are recorded by the school's
 * own teachers, field courses pair a school teacher with a part-time one where possible. */
static void
pick_course_teachers (Demo       *d,
                      DemoCourse *course,
                      const DemoCourseDef *def)
{
  guint *candidates = g_newa (guint, d->n_teachers);
  guint n = 0, want;

  for (guint t = 0; t < d->n_teachers; t++)
    if ((d->teachers[t].competencies & def->competencies)
        && (d->teachers[t].full_time || def->method != M_ONLINE))
      candidates[n++] = t;
  if (n == 0)
    for (guint t = 0; t < d->n_teachers; t++)
      if (d->teachers[t].full_time)
        candidates[n++] = t;
  shuffle (d, candidates, n);

  want = def->method == M_LECTURE ? d->scale->teachers_per_course[0]
                                  : d->scale->teachers_per_course[1];
  want = rnd_between (d, MAX (1, (int) want - 1), want);
  want = MIN (MIN (want, n), G_N_ELEMENTS (course->teachers));
  for (guint i = 0; i < want; i++)
    course->teachers[course->n_teachers++] = candidates[i];
}

static gboolean
write_courses (Demo *d)
{
  for (guint c = 0; c < N_COURSES; c++)
    {
      const DemoCourseDef *def = &course_defs[c];
      DemoCourse *course = &d->courses[c];
      sqlite3_stmt *stmt = begin_row (d, T_COURSE, course->id);
      char description[160];

      course->competencies = def->competencies;
      course->quality = def->tier != NULL;
      if (def->base >= 0)
        g_snprintf (description, sizeof description, "在%s开展现场教学，含讲解、实地考察和交流研讨。",
                    base_defs[def->base].name);
      bind_text (stmt, 3, def->title);
      bind_text (stmt, 4, def->category);
      bind_text (stmt, 5, d->methods[def->method]);
      bind_double (stmt, 6, def->method == M_ONLINE ? 2.0 : 3.0);
      bind_text (stmt, 7, def->tier);
      bind_int (stmt, 8, def->local);
      bind_text (stmt, 9, def->base >= 0 ? description : NULL);
      if (!end_row (d, T_COURSE)
          || !write_competencies (d, T_COURSE_COMPETENCY, course->id, def->competencies))
        return FALSE;

      pick_course_teachers (d, course, def);
      for (guint i = 0; i < course->n_teachers; i++)
        if (!write_pair (d, T_COURSE_TEACHER, course->id, d->teachers[course->teachers[i]].id))
          return FALSE;
      g_array_append_val (d->by_method[def->method], c);
    }

  for (guint i = 0; i < G_N_ELEMENTS (case_defs); i++)
    {
      char id[37];
      sqlite3_stmt *stmt = begin_row (d, T_CASE_STUDY, id);
      const char *course_id = NULL;

      for (guint c = 0; case_defs[i].course != NULL && c < N_COURSES; c++)
        if (g_str_equal (course_defs[c].title, case_defs[i].course))
          course_id = d->courses[c].id;
      bind_text (stmt, 3, case_defs[i].title);
      bind_text (stmt, 4, case_defs[i].region);
      bind_text (stmt, 5, case_defs[i].summary);
      bind_text (stmt, 6, case_defs[i].tier);
      bind_int (stmt, 7, case_defs[i].local);
      bind_text (stmt, 8, course_id);
      if (d->has_competency & CB (case_defs[i].competency))
        bind_id (stmt, 9, d->competency_ids[case_defs[i].competency]);
      else
        sqlite3_bind_null (stmt, 9);
      if (!end_row (d, T_CASE_STUDY))
        return FALSE;
    }
  return TRUE;
}

/* Questionnaires, the certificate template, accounts, sites, settings */

static gboolean
write_questionnaires (Demo *d)
{
  for (guint q = 0; q < N_QUESTIONNAIRES; q++)
    {
      DemoQuestionnaire *questionnaire = &d->questionnaires[q];
      sqlite3_stmt *stmt = begin_row (d, T_QUESTIONNAIRE, questionnaire->id);

      bind_text (stmt, 3, questionnaire_defs[q].kind);
      bind_text (stmt, 4, questionnaire_defs[q].title);
      bind_text (stmt, 5, questionnaire_defs[q].description);
      bind_int (stmt, 6, 1);
      sqlite3_bind_null (stmt, 7);
      if (!end_row (d, T_QUESTIONNAIRE))
        return FALSE;

      for (guint i = 0; i < MAX_QUESTIONS && questionnaire_defs[q].questions[i].kind; i++)
        {
          const DemoQuestionDef *def = &questionnaire_defs[q].questions[i];
          DemoQuestion *question = &questionnaire->questions[i];

          stmt = begin_row (d, T_QUESTION, question->id);
          question->rating = g_str_equal (def->kind, "rating");
          question->choice = g_str_has_suffix (def->kind, "choice");
          bind_id (stmt, 3, questionnaire->id);
          bind_int (stmt, 4, i + 1);
          bind_text (stmt, 5, def->kind);
          bind_text (stmt, 6, def->text);
          bind_text (stmt, 7, def->options);
          bind_int (stmt, 8, 5);
          if (def->competency >= 0 && (d->has_competency & CB (def->competency)))
            bind_id (stmt, 9, d->competency_ids[def->competency]);
          else
            sqlite3_bind_null (stmt, 9);
          if (!end_row (d, T_QUESTION))
            return FALSE;
          questionnaire->n_questions++;
        }
    }
  return TRUE;
}

/* The id of a row found by a unique name, for upserts that found the name taken. */
static gboolean
lookup_id (Demo       *d,
           const char *sql,
           const char *name,
           char        id[37])
{
  sqlite3_stmt *stmt = px_database_prepare (d->db, sql, &d->error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_strlcpy (id, (const char *) sqlite3_column_text (stmt, 0), 37);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || fail_sqlite (d, rc);
}

static gboolean
write_administration (Demo *d)
{
  static const char *template_name = "结业证书（标准版）";
  static const struct
  {
    const char *name;
    int days_ago;
  } sites[] = { { "南湖革命纪念馆教学点", 3 }, { "嘉善县域发展示范点教学点", 12 } };
  char site_ids[G_N_ELEMENTS (sites)][37];
  sqlite3_stmt *stmt;
  char id[37];
  struct
  {
    const char *login;
    const char *role;
    char name[40];
  } users[] = {
    { "admin", "admin", "系统管理员" }, { "jiaowu1", "registrar", "" },
    { "jiaowu2", "registrar", "" }, { "jiaowu3", "registrar", "" },
    { "banzhuren1", "head_teacher", "" }, { "banzhuren2", "head_teacher", "" },
    { "banzhuren3", "head_teacher", "" }, { "banzhuren4", "head_teacher", "" },
    { "zhandian1", "site_clerk", "" }, { "xiaoling1", "leader", "" },
    { "zuzhibu1", "leader", "" },
  };

  stmt = begin_row (d, T_CERTIFICATE_TEMPLATE, d->template_id);
  bind_text (stmt, 3, template_name);
  bind_text (stmt, 4, "{name}同志：\n于{start_date}至{end_date}参加{class_title}学习，完成规定课程，"
                      "考核合格，准予结业。\n特发此证。");
  if (!end_row (d, T_CERTIFICATE_TEMPLATE)
      || (sqlite3_changes (d->handle) == 0
          && !lookup_id (d, "SELECT id FROM certificate_template WHERE name = ?1", template_name,
                         d->template_id)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    {
      if (users[i].name[0] == '\0' && g_str_equal (users[i].role, "head_teacher")
          && i - 4 < d->head_teachers->len)
        g_strlcpy (users[i].name,
                   d->teachers[g_array_index (d->head_teachers, guint, i - 4)].name,
                   sizeof users[i].name);
      else if (users[i].name[0] == '\0')
        make_han_name (d, chance (d, 0.5), users[i].name, sizeof users[i].name);
      stmt = begin_row (d, T_USER, id);
      bind_text (stmt, 3, users[i].login);
      bind_text (stmt, 4, users[i].name);
      bind_text (stmt, 5, users[i].role);
      if (!end_row (d, T_USER))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    {
      char last_sync[25];

      px_timestamp_format (g_get_real_time () - (gint64) sites[i].days_ago * G_USEC_PER_SEC * 86400,
                           last_sync);
      stmt = begin_row (d, T_SITE, site_ids[i]);
      bind_text (stmt, 3, sites[i].name);
      bind_text (stmt, 4, last_sync);
      if (!end_row (d, T_SITE)
          || (sqlite3_changes (d->handle) == 0
              && !lookup_id (d, "SELECT id FROM site WHERE name = ?1", sites[i].name,
                             site_ids[i])))
        return FALSE;
    }
  for (guint i = 0; i < 3; i++)
    {
      static const char * const files[] = {
        "nanhu-site-to-office.pxsync", "office-to-nanhu-site.pxsync",
        "jiashan-site-to-office.pxsync",
      };

      stmt = begin_row (d, T_SYNC_LOG, id);
      bind_id (stmt, 3, site_ids[i == 2]);
      bind_text (stmt, 4, i == 1 ? "receive" : "send");
      bind_text (stmt, 5, files[i]);
      bind_int (stmt, 6, i == 1 ? 86 : 1200 + rnd (d, 800));
      bind_int (stmt, 7, i == 0 ? 2 : 0);
      bind_text (stmt, 8, i == 0 ? "2条考勤记录与办公室数据冲突，已按站点记录处理" : NULL);
      if (!end_row (d, T_SYNC_LOG))
        return FALSE;
    }

  stmt = begin_row (d, T_SETTING, id);
  bind_text (stmt, 3, "school_name");
  bind_text (stmt, 4, "中共嘉兴市委党校");
  return end_row (d, T_SETTING);
}

/* Plans and the class calendar */

static gboolean
month_allowed (const DemoItemDef *def,
               int                year,
               int                month)
{
  int ym = YM (year, month);

  return month_weights[month - 1] > 0 && (def->from == 0 || ym >= def->from)
         && (def->to == 0 || ym <= def->to);
}

/* A month of year for a class of def, by the month weights; 0 when the item has none there. */
static int
pick_month (Demo              *d,
            const DemoItemDef *def,
            int                year)
{
  guint total = 0, r;

  for (int m = 1; m <= 12; m++)
    if (month_allowed (def, year, m))
      total += month_weights[m - 1];
  if (total == 0)
    return 0;
  r = rnd (d, total);
  for (int m = 1; m <= 12; m++)
    if (month_allowed (def, year, m))
      {
        if (r < month_weights[m - 1])
          return m;
        r -= month_weights[m - 1];
      }
  g_assert_not_reached ();
}

static guint
next_working_day (Demo  *d,
                  guint  day)
{
  while (day + 1 < d->n_days && !d->days[day].working)
    day++;
  return day;
}

/* The last day of a class: n_days working days from its start. */
static guint
class_end (Demo            *d,
           const DemoClass *c)
{
  guint day = c->start, n = 1;

  while (n < c->n_days && day + 1 < d->n_days)
    if (d->days[++day].working)
      n++;
  return day;
}

static int
compare_classes (gconstpointer a,
                 gconstpointer b)
{
  const DemoClass *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Units given places of a plan item, by who the item is for. */
static GArray *
quota_units (Demo     *d,
             Audience  audience)
{
  GArray *units = g_array_new (FALSE, FALSE, sizeof (guint));

  if (audience == A_COUNTY_LEADERS || audience == A_COUNTY || audience == A_YOUTH)
    {
      g_array_append_vals (units, d->city_departments->data, d->city_departments->len);
      g_array_append_vals (units, d->county_nodes->data, d->county_nodes->len);
    }
  else
    {
      if (audience != A_TOWNSHIP_LEADERS && audience != A_TOWNSHIP)
        g_array_append_vals (units, d->city_departments->data, d->city_departments->len);
      g_array_append_vals (units, d->county_units->data, d->county_units->len);
      g_array_append_vals (units, d->townships->data, d->townships->len);
    }
  return units;
}

static gboolean
write_item (Demo       *d,
            const char *plan_id,
            DemoItem   *item,
            guint       quota,
            guint       days,
            int         month)
{
  const DemoItemDef *def = &item_defs[item->def];
  sqlite3_stmt *stmt = begin_row (d, T_PLAN_ITEM, item->id);
  g_autoptr(GArray) units = NULL;
  char note[64];
  guint n_units;

  g_snprintf (note, sizeof note, "分%u期举办", item->n_classes);
  bind_id (stmt, 3, plan_id);
  bind_text (stmt, 4, item->title);
  bind_text (stmt, 5, class_types[def->type].name);
  bind_text (stmt, 6, d->audience_text[def->audience]);
  bind_int (stmt, 7, quota);
  bind_double (stmt, 8, days);
  bind_int (stmt, 9, month);
  /* about 420 yuan a trainee a day in residence, 50 a trainee online */
  bind_double (stmt, 10, def->type == CT_ONLINE ? quota * 50.0
                                                : round (quota * days * 420.0 / 100) * 100);
  bind_text (stmt, 11, PICK (d, demand_sources));
  bind_text (stmt, 12, item->n_classes > 1 ? note : NULL);
  if (!end_row (d, T_PLAN_ITEM)
      || !write_competencies (d, T_PLAN_ITEM_COMPETENCY, item->id, def->competencies))
    return FALSE;

  /* 调训名额: the places shared out among some of the units the item is for */
  units = quota_units (d, def->audience);
  shuffle (d, (guint *) units->data, units->len);
  n_units = MIN (MIN (units->len, 6 + rnd (d, 10)), quota);
  for (guint i = 0; i < n_units; i++)
    {
      char id[37];

      stmt = begin_row (d, T_PLAN_QUOTA, id);
      bind_id (stmt, 3, item->id);
      bind_id (stmt, 4, g_array_index (d->units, DemoUnit, g_array_index (units, guint, i)).id);
      bind_int (stmt, 5, quota / n_units + (i < quota % n_units));
      if (!end_row (d, T_PLAN_QUOTA))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_plan (Demo *d,
            int   year,
            guint n_classes)
{
  sqlite3_stmt *stmt;
  char plan_id[37];
  char title[96];
  guint per_type[N_CLASS_TYPES], assigned = 0;
  gboolean draft = year > d->last_year;

  g_snprintf (title, sizeof title, draft ? "%d年度干部教育培训计划（征求意见稿）"
                                         : "%d年度干部教育培训计划", year);
  stmt = begin_row (d, T_PLAN, plan_id);
  bind_int (stmt, 3, year);
  bind_text (stmt, 4, title);
  bind_text (stmt, 5, draft ? "draft" : year < d->today_year ? "closed" : "approved");
  bind_text (stmt, 6, draft ? "根据干部培训需求调研结果编制，报市委组织部审定"
                            : "经市委组织部审定印发");
  if (!end_row (d, T_PLAN))
    return FALSE;

  for (guint t = 0; t < N_CLASS_TYPES; t++)
    assigned += per_type[t] = n_classes * class_types[t].share / 100;
  per_type[CT_TOPIC] += n_classes - assigned;

  for (guint t = 0; t < N_CLASS_TYPES; t++)
    {
      guint valid[G_N_ELEMENTS (item_defs)];
      guint n_valid = 0, n_items;

      for (guint i = 0; i < G_N_ELEMENTS (item_defs); i++)
        if (item_defs[i].type == t && pick_month (d, &item_defs[i], year) != 0)
          valid[n_valid++] = i;
      if (n_valid == 0 || per_type[t] == 0)
        continue;
      shuffle (d, valid, n_valid);
      n_items = MIN (n_valid, MAX (1, (per_type[t] * 2 + 2) / 3));

      for (guint k = 0; k < n_items; k++)
        {
          const DemoItemDef *def = &item_defs[valid[k]];
          guint count = per_type[t] / n_items + (k < per_type[t] % n_items);
          DemoItem item = { .def = valid[k], .title = def->title, .n_classes = count };
          guint item_index = d->items->len;
          guint quota = 0, first_start = G_MAXUINT, first_days = 0;
          guint months[64];

          if (count == 0)
            continue;
          for (guint j = 0; j < count; j++)
            months[j % G_N_ELEMENTS (months)] = pick_month (d, def, year);
          qsort (months, MIN (count, G_N_ELEMENTS (months)), sizeof (guint), compare_uints);

          for (guint j = 0; j < count && !draft; j++)
            {
              DemoClass c = { .item = item_index, .type = t, .year = year };
              int month = months[j % G_N_ELEMENTS (months)];
              guint day = day_index (d, year, month, 1 + rnd (d, 28));

              c.competencies = def->competencies;
              c.audience = def->audience;
              c.n_days = rnd_between (d, def->min_days, def->max_days);
              c.size = rnd_between (d, class_types[t].min_size, class_types[t].max_size);
              /* 主体班 start on a Monday, classes of a week or less fit in one week */
              if (t == CT_MAIN)
                while (d->days[day].weekday != G_DATE_MONDAY)
                  day++;
              else if (c.n_days <= 5)
                {
                  guint monday = day - (d->days[day].weekday - G_DATE_MONDAY);

                  if (d->days[monday].year < year)
                    monday += 7;
                  day = monday + rnd (d, 6 - c.n_days);
                }
              c.start = next_working_day (d, day);
              quota += c.size;
              if (c.start < first_start)
                {
                  first_start = c.start;
                  first_days = c.n_days;
                }
              g_array_append_val (d->classes, c);
            }
          if (draft)
            {
              quota = count * (class_types[t].min_size + class_types[t].max_size) / 2;
              first_days = def->min_days;
            }
          g_array_append_val (d->items, item);
          if (!write_item (d, plan_id, &g_array_index (d->items, DemoItem, item_index), quota,
                           first_days,
                           draft ? months[0] : d->days[first_start].month))
            return FALSE;
        }
    }
  return TRUE;
}

/* Every year's plan, then the classes in the order they start, with their codes and titles.
 * One class is moved to run today when none would. */
static gboolean
write_plans (Demo *d)
{
  guint n_years = d->last_year - d->first_year + 1;
  g_autofree guint *seq = g_new0 (guint, n_years * N_CLASS_TYPES);
  g_autofree guint *periods = NULL;
  gboolean running = FALSE;

  for (int year = d->first_year; year <= d->last_year + 1; year++)
    if (!write_plan (d, year, year > d->last_year ? d->scale->classes_per_year / 20 + 4
                                                  : d->scale->classes_per_year))
      return FALSE;

  for (guint i = 0; i < d->classes->len && !running; i++)
    {
      DemoClass *c = &g_array_index (d->classes, DemoClass, i);

      running = c->start <= d->today && class_end (d, c) >= d->today;
    }
  if (!running && d->today_year >= d->first_year && d->today_year <= d->last_year)
    {
      DemoClass *nearest = NULL;

      for (guint i = 0; i < d->classes->len; i++)
        {
          DemoClass *c = &g_array_index (d->classes, DemoClass, i);

          if (c->type != CT_ONLINE && c->year == d->today_year
              && (nearest == NULL || ABS ((gint64) c->start - d->today)
                                     < ABS ((gint64) nearest->start - d->today)))
            nearest = c;
        }
      if (nearest != NULL)
        {
          guint day = d->today > 0 ? d->today - 1 : 0;

          while (day > 0 && !d->days[day].working)
            day--;
          nearest->start = day;
          nearest->n_days = MAX (nearest->n_days, 4);
        }
    }

  g_array_sort (d->classes, compare_classes);
  periods = g_new0 (guint, d->items->len);
  for (guint i = 0; i < d->classes->len; i++)
    {
      DemoClass *c = &g_array_index (d->classes, DemoClass, i);
      DemoItem *item = &g_array_index (d->items, DemoItem, c->item);
      char title[160];

      c->seq = ++seq[(c->year - d->first_year) * N_CLASS_TYPES + c->type];
      c->period = item->n_classes > 1 ? ++periods[c->item] : 0;
      if (c->period > 0)
        g_snprintf (title, sizeof title, "%s（第%u期）", item->title, c->period);
      else
        g_strlcpy (title, item->title, sizeof title);
      c->title = g_string_chunk_insert (d->strings, title);
    }
  return TRUE;
}

/* Timetables */

/* How the sessions that are not lectures are taught, by class type */
static const guint method_weights[N_CLASS_TYPES][N_METHODS] = {
  [CT_MAIN] = { [M_SEMINAR] = 14, [M_CASE] = 14, [M_STRUCTURED] = 12, [M_FIELD] = 20,
                [M_SIMULATION] = 10, [M_EXPERIENTIAL] = 6, [M_INTERVIEW] = 6, [M_ACTION] = 12 },
  [CT_TOPIC] = { [M_SEMINAR] = 15, [M_CASE] = 20, [M_STRUCTURED] = 15, [M_FIELD] = 25,
                 [M_SIMULATION] = 10, [M_EXPERIENTIAL] = 3, [M_INTERVIEW] = 7, [M_ACTION] = 5 },
  [CT_ROTATION] = { [M_SEMINAR] = 30, [M_CASE] = 20, [M_STRUCTURED] = 15, [M_FIELD] = 25,
                    [M_INTERVIEW] = 10 },
  [CT_INDUCTION] = { [M_SEMINAR] = 15, [M_CASE] = 15, [M_STRUCTURED] = 10, [M_FIELD] = 20,
                     [M_SIMULATION] = 15, [M_EXPERIENTIAL] = 20, [M_INTERVIEW] = 5 },
  [CT_ONLINE] = { [M_ONLINE] = 1 },
};
static const guint evening_weights[N_METHODS] = {
  [M_SEMINAR] = 40, [M_EXPERIENTIAL] = 20, [M_INTERVIEW] = 20, [M_ACTION] = 20,
};

static Method
pick_method (Demo        *d,
             const guint *weights)
{
  guint total = 0, r;

  for (guint m = 0; m < N_METHODS; m++)
    total += weights[m];
  r = rnd (d, total);
  for (guint m = 0; m < N_METHODS; m++)
    {
      if (r < weights[m])
        return m;
      r -= weights[m];
    }
  return M_SEMINAR;
}

static const char *
room_for (Demo            *d,
          const DemoClass *c,
          Method           method,
          const char      *home)
{
  switch (method)
    {
    case M_FIELD:
      return NULL;
    case M_SEMINAR:
    case M_STRUCTURED:
    case M_ACTION:
      return PICK (d, seminar_rooms);
    case M_SIMULATION:
      return "情景模拟实训室";
    case M_EXPERIENTIAL:
      return "党性体验教学中心";
    case M_INTERVIEW:
      return "报告厅";
    case M_ONLINE:
      return "嘉兴干部网络学院";
    case M_LECTURE:
    case M_CASE:
    case N_METHODS:
    default:
      return c->size > 60 ? "报告厅" : home;
    }
}

static DemoSession *
add_session (Demo  *d,
             guint  class_day,
             guint  slot)
{
  DemoSession *s = &d->sessions[d->n_sessions++];
  guint day = d->class_days[class_day];

  g_assert (d->n_sessions <= MAX_SESSIONS);
  memset (s, 0, sizeof *s);
  s->day = day;
  s->class_day = class_day;
  s->slot = slot;
  s->course = s->teacher = s->base = -1;
  s->past = day < d->today;
  memcpy (s->submitted, d->days[day].iso, 10);
  memcpy (s->submitted + 10, slots[slot].submitted, 11);
  return s;
}

/* A course of the method that this class has not had yet and whose teacher (and base) is free
 * at the session's time: matching the class's themes if possible, the opening lecture on
 * political theory. The teacher and base are then booked: nobody is in two places at once. */
static gboolean
assign_course (Demo            *d,
               const DemoClass *c,
               DemoSession     *s,
               Method           method,
               gboolean         opening)
{
  GArray *list = d->by_method[method];
  guint n = list->len, offset;

  if (n == 0)
    return FALSE;
  offset = rnd (d, n);
  for (guint pass = 0; pass < 3; pass++)
    {
      if (pass == 1 && !opening)
        continue;
      for (guint k = 0; k < n; k++)
        {
          guint ci = g_array_index (list, guint, (offset + k) % n);
          const DemoCourseDef *def = &course_defs[ci];
          const DemoCourse *course = &d->courses[ci];
          guint first;

          if (d->used_courses[ci] || course->n_teachers == 0)
            continue;
          if (pass == 0 && opening && !g_str_equal (def->category, CAT_THEORY))
            continue;
          if ((pass == 0 && !opening) || pass == 1)
            if (!(def->competencies & c->competencies))
              continue;
          if (def->base >= 0 && busy (d->base_busy, d, def->base, s->day, s->slot))
            continue;
          first = rnd (d, course->n_teachers);
          for (guint j = 0; j < course->n_teachers; j++)
            {
              guint t = course->teachers[(first + j) % course->n_teachers];

              if (busy (d->teacher_busy, d, t, s->day, s->slot))
                continue;
              occupy (d->teacher_busy, d, t, s->day, s->slot);
              if (def->base >= 0)
                occupy (d->base_busy, d, def->base, s->day, s->slot);
              d->used_courses[ci] = 1;
              s->course = ci;
              s->teacher = t;
              s->base = def->base;
              s->method = method;
              s->title = def->title;
              s->quality = course->quality + d->teachers[t].star;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* When no teacher is free: the trainees discuss in groups on their own. */
static void
group_discussion (Demo        *d,
                  DemoSession *s)
{
  s->method = M_SEMINAR;
  s->title = "分组研讨";
  s->course = s->teacher = s->base = -1;
  s->room = PICK (d, seminar_rooms);
}

static void
build_online_timetable (Demo            *d,
                        const DemoClass *c,
                        guint            n_days)
{
  GArray *online = d->by_method[M_ONLINE];
  guint offset = rnd (d, online->len);

  for (guint i = 0; i < n_days; i++)
    {
      DemoSession *s = add_session (d, i, SLOT_EVENING);

      s->room = "嘉兴干部网络学院";
      if (i + 1 == n_days)
        {
          /* the closing online seminar has a live host, if one is free */
          const DemoCourse *course = &d->courses[ONLINE_SEMINAR_COURSE];

          s->method = M_SEMINAR;
          s->course = ONLINE_SEMINAR_COURSE;
          s->title = course_defs[ONLINE_SEMINAR_COURSE].title;
          for (guint j = 0; j < course->n_teachers && s->teacher < 0; j++)
            if (!busy (d->teacher_busy, d, course->teachers[j], s->day, s->slot))
              {
                s->teacher = course->teachers[j];
                occupy (d->teacher_busy, d, s->teacher, s->day, s->slot);
              }
          continue;
        }
      /* recorded courses: no teacher stands in a room for them */
      s->method = M_ONLINE;
      s->course = -1;
      for (guint k = 0; k < online->len && s->course < 0; k++)
        {
          guint ci = g_array_index (online, guint, (offset + k) % online->len);

          if (!d->used_courses[ci] && (course_defs[ci].competencies & c->competencies || k > 2))
            s->course = ci;
        }
      if (s->course < 0)
        s->course = g_array_index (online, guint, (offset + i) % online->len);
      d->used_courses[s->course] = 1;
      s->title = course_defs[s->course].title;
    }
}

typedef enum
{
  K_NORMAL,
  K_OPENING,
  K_CLOSING,
  K_ELECTIVE,
  K_EVENING,
} SlotKind;

static void
build_timetable (Demo            *d,
                 const DemoClass *c,
                 guint            end,
                 guint            index)
{
  const char *home = classrooms[index % G_N_ELEMENTS (classrooms)];
  struct
  {
    guint8 class_day, slot, kind;
  } skeleton[MAX_SESSIONS];
  guint methods[MAX_SESSIONS];
  guint n_skeleton = 0, n_days = 0, n_normal = 0, n_electives = 0, n_lectures, m = 0;
  double share;

  for (guint day = c->start; day <= end && n_days < MAX_CLASS_DAYS; day++)
    if (d->days[day].working)
      d->class_days[n_days++] = day;
  d->n_class_days = n_days;
  memset (d->used_courses, 0, sizeof d->used_courses);
  d->n_sessions = 0;

  if (c->type == CT_ONLINE)
    {
      build_online_timetable (d, c, n_days);
      return;
    }

  for (guint i = 0; i < n_days; i++)
    {
      gboolean last = i + 1 == n_days;
      gboolean evening = (c->type == CT_MAIN
                          && d->days[d->class_days[i]].weekday == G_DATE_WEDNESDAY)
                         || ((c->type == CT_MAIN || c->type == CT_INDUCTION) && chance (d, 0.1))
                         || (c->type == CT_TOPIC && i == 0 && chance (d, 0.25));

      skeleton[n_skeleton].class_day = i;
      skeleton[n_skeleton].slot = SLOT_MORNING;
      skeleton[n_skeleton++].kind = i == 0 ? K_OPENING : K_NORMAL;
      skeleton[n_skeleton].class_day = i;
      skeleton[n_skeleton].slot = SLOT_AFTERNOON;
      skeleton[n_skeleton++].kind = last && n_days >= 3 ? K_CLOSING
                                    : c->type == CT_MAIN && i % 5 == 2 && !last ? K_ELECTIVE
                                    : K_NORMAL;
      if (evening && !last)
        {
          skeleton[n_skeleton].class_day = i;
          skeleton[n_skeleton].slot = SLOT_EVENING;
          skeleton[n_skeleton++].kind = K_EVENING;
        }
    }
  for (guint i = 0; i < n_skeleton; i++)
    {
      n_normal += skeleton[i].kind == K_NORMAL;
      n_electives += skeleton[i].kind == K_ELECTIVE;
    }

  /* lectures take 36–48 % of the sessions: the opening one, one in each elective group, and
   * as many of the normal daytime slots as make up the rest */
  share = 0.36 + 0.12 * g_rand_double (d->rand);
  n_lectures = (guint) CLAMP (round (share * (n_skeleton + 2 * n_electives)) - 1 - n_electives,
                              0, n_normal);
  for (guint i = 0; i < n_normal; i++)
    methods[i] = i < n_lectures ? M_LECTURE : pick_method (d, method_weights[c->type]);
  shuffle (d, methods, n_normal);

  for (guint i = 0; i < n_skeleton; i++)
    {
      guint day = skeleton[i].class_day, slot = skeleton[i].slot;
      DemoSession *s;

      switch (skeleton[i].kind)
        {
        case K_OPENING:
          s = add_session (d, day, slot);
          if (assign_course (d, c, s, M_LECTURE, TRUE))
            s->room = c->size > 45 ? "报告厅" : home;
          else
            group_discussion (d, s);
          break;

        case K_CLOSING:
          s = add_session (d, day, slot);
          s->method = M_SEMINAR;
          s->title = "学员论坛暨结业式";
          s->room = "报告厅";
          break;

        case K_ELECTIVE:
          {
            static const Method choices[] = { M_LECTURE, M_CASE, M_SEMINAR };
            guint first = d->n_sessions, n = 0;

            for (guint k = 0; k < G_N_ELEMENTS (choices); k++)
              {
                s = add_session (d, day, slot);
                if (assign_course (d, c, s, choices[k], FALSE))
                  {
                    s->room = k == 0 ? home
                              : k == 1 ? classrooms[(index + 1) % G_N_ELEMENTS (classrooms)]
                              : PICK (d, seminar_rooms);
                    n++;
                  }
                else
                  d->n_sessions--;
              }
            if (n == 0)
              group_discussion (d, add_session (d, day, slot));
            for (guint k = 0; n > 1 && k < n; k++)
              {
                d->sessions[first + k].group = 1 + day;
                d->sessions[first + k].n_in_group = n;
                d->sessions[first + k].index_in_group = k;
                d->sessions[first + k].capacity = (c->size + n - 1) / n + 3;
              }
          }
          break;

        case K_EVENING:
          s = add_session (d, day, slot);
          if (assign_course (d, c, s, pick_method (d, evening_weights), FALSE))
            s->room = room_for (d, c, s->method, home);
          else
            group_discussion (d, s);
          break;

        case K_NORMAL:
        default:
          s = add_session (d, day, slot);
          if (assign_course (d, c, s, methods[m], FALSE)
              || (methods[m] != M_LECTURE && assign_course (d, c, s, M_CASE, FALSE)))
            s->room = room_for (d, c, s->method, home);
          else
            group_discussion (d, s);
          m++;
          break;
        }
    }
}

/* Responses and answers */

static const char * const class_choice_options[] = {
  "专题讲授", "研讨交流", "案例教学", "现场教学", "情景模拟", "行动学习",
};
static const char * const needs_method_options[] = {
  "讲授式", "研讨式", "案例式", "现场教学", "情景模拟", "行动学习",
};
static const char * const needs_theme_options[] = {
  "优化营商环境", "乡村振兴", "基层治理", "科技创新", "党性教育", "理论教育", "法治建设", "生态文明",
  "数字政府", "安全生产",
};

/* Ratings lean to the top of the scale, more so for better courses and teachers */
static double
rating (Demo  *d,
        guint  quality)
{
  static const guint thresholds[3][4] = {
    { 480, 880, 975, 995 }, { 580, 920, 985, 997 }, { 700, 960, 993, 999 },
  };
  const guint *t = thresholds[MIN (quality, 2)];
  guint r = rnd (d, 1000);

  return r < t[0] ? 5 : r < t[1] ? 4 : r < t[2] ? 3 : r < t[3] ? 2 : 1;
}

static gboolean
write_response (Demo                    *d,
                const DemoQuestionnaire *questionnaire,
                const char              *subject_kind,
                const char              *subject_id,
                const char              *respondent,
                const char              *submitted,
                char                     id[37])
{
  sqlite3_stmt *stmt = begin_row (d, T_RESPONSE, id);

  bind_id (stmt, 3, questionnaire->id);
  bind_text (stmt, 4, subject_kind);
  bind_id (stmt, 5, subject_id);
  if (respondent != NULL)
    bind_id (stmt, 6, respondent);
  else
    sqlite3_bind_null (stmt, 6);
  bind_text (stmt, 7, submitted);
  return end_row (d, T_RESPONSE);
}

static gboolean
write_answer (Demo               *d,
              const char         *response,
              const DemoQuestion *question,
              double              number,
              const char         *text)
{
  char id[37];
  sqlite3_stmt *stmt = begin_row (d, T_ANSWER, id);

  bind_id (stmt, 3, response);
  bind_id (stmt, 4, question->id);
  if (isnan (number))
    sqlite3_bind_null (stmt, 5);
  else
    bind_double (stmt, 5, number);
  bind_text (stmt, 6, text);
  return end_row (d, T_ANSWER);
}

/* Ratings for the rating questions; the other questions answered now and then. */
static gboolean
write_evaluation (Demo                    *d,
                  const DemoQuestionnaire *questionnaire,
                  const char              *subject_kind,
                  const char              *subject_id,
                  const char              *respondent,
                  const char              *submitted,
                  guint                    quality,
                  const char * const      *comments,
                  guint                    n_comments,
                  double                   comment_share)
{
  char id[37];

  if (!write_response (d, questionnaire, subject_kind, subject_id, respondent, submitted, id))
    return FALSE;
  for (guint i = 0; i < questionnaire->n_questions; i++)
    {
      const DemoQuestion *question = &questionnaire->questions[i];
      gboolean ok = TRUE;

      if (question->rating)
        ok = write_answer (d, id, question, rating (d, quality), NULL);
      else if (question->choice && chance (d, 0.5))
        ok = write_answer (d, id, question, NAN, PICK (d, class_choice_options));
      else if (!question->choice && chance (d, comment_share))
        ok = write_answer (d, id, question, NAN, comments[rnd (d, n_comments)]);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Rosters */

static void
choose_trainees (Demo            *d,
                 const DemoClass *c,
                 guint            n,
                 guint32          mark)
{
  GArray *pool = d->pools[c->audience];
  guint tries = 0;

  if (pool->len < 10)
    pool = d->pools[A_ALL];
  n = MIN (MIN (n, MAX_TRAINEES), pool->len * 4 / 5);
  d->n_trainees = 0;
  while (d->n_trainees < n && tries++ < n * 50)
    {
      guint cadre = array_pick (d, pool);
      DemoTrainee *t;

      if (d->cadre_mark[cadre] == mark)
        continue;
      d->cadre_mark[cadre] = mark;
      t = &d->trainees[d->n_trainees++];
      memset (t, 0, sizeof *t);
      t->cadre = cadre;
      t->withdraw_at = G_MAXUINT;
      t->leave_day = t->absent_session = -1;
    }
}

static inline gboolean
attends (const DemoTrainee *t,
         guint              ti,
         const DemoSession *s,
         guint              si)
{
  return si < t->withdraw_at && (s->group == 0 || ti % s->n_in_group == s->index_in_group);
}

static inline gboolean
on_leave (const DemoTrainee *t,
          const DemoSession *s)
{
  return t->leave_day == s->class_day && (t->leave_full_day || s->slot == SLOT_AFTERNOON);
}

/* Who withdraws, takes leave or stays away; whether the attendance allows completion. */
static void
plan_trainees (Demo            *d,
               const DemoClass *c)
{
  guint n_days = d->n_class_days;

  for (guint ti = 0; ti < d->n_trainees; ti++)
    {
      DemoTrainee *t = &d->trainees[ti];
      double expected = 0, missed = 0;

      t->withdrawn = chance (d, 0.012);
      if (t->withdrawn)
        t->withdraw_at = rnd (d, d->n_sessions / 2 + 1);
      if (c->type != CT_ONLINE && n_days >= 2 && chance (d, n_days >= 5 ? 0.06 : 0.02))
        {
          t->leave_day = rnd_between (d, 1, n_days - 1);
          t->leave_full_day = n_days >= 5 && chance (d, 0.5);
        }
      if (d->n_sessions > 0 && chance (d, c->type == CT_ONLINE ? 0.05 : 0.006))
        t->absent_session = rnd (d, d->n_sessions);

      for (guint si = 0; si < d->n_sessions; si++)
        {
          const DemoSession *s = &d->sessions[si];
          double hours = slots[s->slot].hours;

          if (!s->past || !attends (t, ti, s, si))
            continue;
          expected += hours;
          if (on_leave (t, s))
            {
              missed += hours;
              t->leave_hours += hours;
            }
          else if ((int) si == t->absent_session)
            missed += hours;
        }
      /* 干部教育培训工作条例: leave beyond a seventh of the hours fails the class */
      t->completed = !t->withdrawn && expected > 0 && (expected - missed) / expected >= 0.857;
    }
}

static gboolean
write_enrollments (Demo            *d,
                   const DemoClass *c,
                   gboolean         finished)
{
  guint n = d->n_trainees;
  guint n_groups = CLAMP ((n + 8) / 9, 1, G_N_ELEMENTS (chinese_numbers));
  gboolean online = c->type == CT_ONLINE;
  char building = 'A' + rnd (d, 3);
  guint floor = 2 + rnd (d, 4);
  static const char * const roles[] = { "班长", "副班长", "支部书记", "学习委员" };

  for (guint ti = 0; ti < n; ti++)
    {
      DemoTrainee *t = &d->trainees[ti];
      sqlite3_stmt *stmt = begin_row (d, T_ENROLLMENT, t->id);
      guint group = ti * n_groups / n;
      gboolean group_first = ti == 0 || (ti - 1) * n_groups / n != group;
      char dormitory[48], seat[24];
      double exam = NAN, paper = NAN;
      const char *completion = "pending", *reason = NULL;

      if (finished && !t->withdrawn)
        {
          if (chance (d, class_types[c->type].exam))
            exam = chance (d, 0.01) ? rnd_between (d, 40, 59)
                                    : CLAMP (round (normal (d, 86, 5) * 2) / 2, 60, 99);
          if (chance (d, class_types[c->type].paper))
            paper = CLAMP (round (normal (d, 83, 6)), 60, 98);
          if (!t->completed)
            reason = "请假或缺课超过规定学时";
          else if (!isnan (exam) && exam < 60)
            {
              t->completed = FALSE;
              reason = "考核不合格";
            }
          completion = t->completed ? "completed" : "not_completed";
        }
      else
        t->completed = FALSE;
      if (t->withdrawn)
        {
          completion = "not_completed";
          reason = "中途退训";
        }

      bind_id (stmt, 3, c->id);
      bind_id (stmt, 4, d->cadres[t->cadre].id);
      bind_text (stmt, 5, t->withdrawn ? "withdrawn" : "enrolled");
      bind_text (stmt, 6, t->withdrawn ? PICK (d, withdraw_reasons) : NULL);
      bind_text (stmt, 7, d->group_names[group]);
      bind_text (stmt, 8, ti < G_N_ELEMENTS (roles) ? roles[ti] : group_first ? "组长" : NULL);
      if (!online)
        {
          /* two to a room */
          g_snprintf (dormitory, sizeof dormitory, "学员公寓%c栋%u%02u", building,
                      floor + ti / 40, (ti / 2) % 20 + 1);
          g_snprintf (seat, sizeof seat, "%u排%u座", ti / 8 + 1, ti % 8 + 1);
        }
      bind_text (stmt, 9, online ? NULL : dormitory);
      bind_text (stmt, 10, online ? NULL : seat);
      if (isnan (exam))
        sqlite3_bind_null (stmt, 11);
      else
        bind_double (stmt, 11, exam);
      if (isnan (paper))
        sqlite3_bind_null (stmt, 12);
      else
        bind_double (stmt, 12, paper);
      bind_text (stmt, 13, completion);
      bind_text (stmt, 14, reason);
      if (!end_row (d, T_ENROLLMENT))
        return FALSE;
    }
  return TRUE;
}

/* Rooms: a school has so many classrooms and seminar rooms, and two classes never share one
 * at the same time. A room wanted while another class holds it gives way to another room of
 * its kind, and when all are taken, to one more classroom (第九教室 …), as a school borrows
 * rooms in a busy week. */
static guint8 *
room_day (Demo       *d,
          const char *room,
          guint       day)
{
  gpointer found = g_hash_table_lookup (d->rooms, room);
  guint index;

  if (found == NULL)
    {
      index = g_hash_table_size (d->rooms);
      g_hash_table_insert (d->rooms, (gpointer) room, GUINT_TO_POINTER (index + 1));
      g_byte_array_set_size (d->room_busy, (index + 1) * d->n_days);
      memset (d->room_busy->data + (gsize) index * d->n_days, 0, d->n_days);
    }
  else
    index = GPOINTER_TO_UINT (found) - 1;
  return &d->room_busy->data[(gsize) index * d->n_days + day];
}

static const char *
book_room (Demo              *d,
           const DemoSession *s)
{
  gboolean seminar = FALSE;
  const char * const *family = classrooms;
  guint n_family = G_N_ELEMENTS (classrooms);
  const char *room = s->room;

  if (room == NULL || s->method == M_ONLINE)
    return room;   /* in the field (the base is booked), or online */
  if (g_str_equal (room, "嘉兴干部网络学院"))
    room = seminar_rooms[0];   /* an online class meets in a real room for its seminars */
  for (guint i = 0; i < G_N_ELEMENTS (seminar_rooms); i++)
    seminar |= g_str_equal (room, seminar_rooms[i]);
  if (seminar)
    {
      family = seminar_rooms;
      n_family = G_N_ELEMENTS (seminar_rooms);
    }

  for (guint i = 0; ; i++)
    {
      const char *candidate;
      guint8 *day;

      if (i == 0)
        candidate = room;
      else if (i <= n_family)
        candidate = family[i - 1];
      else
        {
          g_autofree char *extra = NULL;
          guint n = n_family + (i - n_family);

          if (n <= G_N_ELEMENTS (chinese_numbers))
            extra = seminar ? g_strdup_printf ("研讨室%s", chinese_numbers[n - 1])
                            : g_strdup_printf ("第%s教室", chinese_numbers[n - 1]);
          else
            extra = seminar ? g_strdup_printf ("研讨室%u", n) : g_strdup_printf ("第%u教室", n);
          candidate = g_intern_string (extra);
        }
      day = room_day (d, candidate, s->day);
      if (!((*day >> s->slot) & 1))
        {
          *day |= 1 << s->slot;
          return candidate;
        }
    }
}

static gboolean
write_sessions (Demo            *d,
                const DemoClass *c)
{
  for (guint si = 0; si < d->n_sessions; si++)
    {
      DemoSession *s = &d->sessions[si];
      sqlite3_stmt *stmt = begin_row (d, T_SESSION, s->id);

      bind_id (stmt, 3, c->id);
      bind_text (stmt, 4, d->days[s->day].iso);
      bind_text (stmt, 5, slots[s->slot].key);
      bind_text (stmt, 6, slots[s->slot].start);
      bind_text (stmt, 7, slots[s->slot].end);
      bind_text (stmt, 8, s->course >= 0 ? d->courses[s->course].id : NULL);
      bind_text (stmt, 9, s->title);
      bind_text (stmt, 10, s->teacher >= 0 ? d->teachers[s->teacher].id : NULL);
      bind_text (stmt, 11, s->base >= 0 ? d->base_ids[s->base] : NULL);
      bind_text (stmt, 12, book_room (d, s));
      bind_text (stmt, 13, d->methods[s->method]);
      bind_double (stmt, 14, slots[s->slot].hours);
      bind_int (stmt, 15, s->group > 0);
      if (s->group > 0)
        bind_int (stmt, 16, s->capacity);
      else
        sqlite3_bind_null (stmt, 16);
      if (!end_row (d, T_SESSION))
        return FALSE;
    }

  /* each trainee chose one of an elective group's sessions (those who withdrew later, too) */
  for (guint si = 0; si < d->n_sessions; si++)
    for (guint ti = 0; d->sessions[si].group > 0 && ti < d->n_trainees; ti++)
      if (attends (&d->trainees[ti], ti, &d->sessions[si], 0)
          && !write_pair (d, T_ELECTIVE_CHOICE, d->sessions[si].id, d->trainees[ti].id))
        return FALSE;
  return TRUE;
}

/* Roll-call for every session held so far, with the anonymous course evaluations of some. */
static gboolean
write_attendance (Demo *d)
{
  const DemoQuestionnaire *evaluation = &d->questionnaires[Q_COURSE];

  for (guint si = 0; si < d->n_sessions; si++)
    {
      const DemoSession *s = &d->sessions[si];
      gboolean evaluated = s->course >= 0 && chance (d, d->scale->course_evaluation);

      if (!s->past)
        continue;
      for (guint ti = 0; ti < d->n_trainees; ti++)
        {
          const DemoTrainee *t = &d->trainees[ti];
          const char *status = "present", *note = NULL;
          char id[37];
          sqlite3_stmt *stmt;

          if (!attends (t, ti, s, si))
            continue;
          if (on_leave (t, s))
            status = "leave";
          else if ((int) si == t->absent_session)
            status = "absent";
          else if (rnd (d, 1000) < 25)
            {
              status = "late";
              note = late_notes[rnd (d, G_N_ELEMENTS (late_notes))];
            }
          stmt = begin_row (d, T_ATTENDANCE, id);
          bind_id (stmt, 3, s->id);
          bind_id (stmt, 4, t->id);
          bind_text (stmt, 5, status);
          bind_text (stmt, 6, note);
          if (!end_row (d, T_ATTENDANCE))
            return FALSE;

          if (evaluated && status[0] == 'p' && chance (d, 0.75)
              && !write_evaluation (d, evaluation, "session", s->id, NULL, s->submitted,
                                    s->quality, course_comments,
                                    G_N_ELEMENTS (course_comments), 0.08))
            return FALSE;
        }
    }

  for (guint ti = 0; ti < d->n_trainees; ti++)
    {
      const DemoTrainee *t = &d->trainees[ti];
      sqlite3_stmt *stmt;
      char id[37];

      if (t->leave_hours <= 0)
        continue;
      stmt = begin_row (d, T_LEAVE_REQUEST, id);
      bind_id (stmt, 3, t->id);
      bind_text (stmt, 4, d->days[d->class_days[t->leave_day]].iso);
      bind_double (stmt, 5, t->leave_hours);
      bind_text (stmt, 6, PICK (d, leave_reasons));
      bind_int (stmt, 7, chance (d, 0.95));
      if (!end_row (d, T_LEAVE_REQUEST))
        return FALSE;
    }
  return TRUE;
}

/* After a class: evaluations, credits, certificates, action-learning plans */

static gboolean
write_certificate (Demo            *d,
                   const DemoClass *c,
                   const char      *enrollment,
                   guint            number,
                   const char      *issued_on)
{
  sqlite3_stmt *stmt;
  char id[37], code[11], serial[24];
  gboolean revoked = chance (d, 0.001);

  /* verification codes are random, so they cannot be guessed from the number; unique */
  do
    {
      for (guint i = 0; i < 10; i++)
        code[i] = code_alphabet[rnd (d, sizeof code_alphabet - 1)];
      code[10] = '\0';
    }
  while (!g_hash_table_add (d->codes, g_strdup (code)));

  g_snprintf (serial, sizeof serial, "%d%s%03u%03u", c->year, class_types[c->type].code, c->seq,
              number);
  stmt = begin_row (d, T_CERTIFICATE, id);
  bind_id (stmt, 3, enrollment);
  bind_id (stmt, 4, d->template_id);
  bind_text (stmt, 5, serial);
  bind_text (stmt, 6, issued_on);
  bind_text (stmt, 7, code);
  bind_int (stmt, 8, revoked);
  bind_text (stmt, 9, revoked ? "学员违反培训纪律，经研究撤销结业证书" : NULL);
  bind_text (stmt, 10, revoked ? d->now : NULL);
  return end_row (d, T_CERTIFICATE);
}

static gboolean
write_action_plan (Demo              *d,
                   const DemoClass   *c,
                   const DemoTrainee *t,
                   guint              end)
{
  static const guint offsets[] = { 3, 6, 12 };
  const DemoCadre *cadre = &d->cadres[t->cadre];
  UnitKind kind = g_array_index (d->units, DemoUnit, cadre->unit).kind;
  guint32 themes = c->competencies;
  guint due = clamp_day (d, end + 182);
  const char *status = "open", *outcome = NULL;
  int outcome_rating = 0;
  sqlite3_stmt *stmt;
  char plan_id[37];
  guint n = 0, pick;

  if (kind == UK_TOWNSHIP || kind == UK_SUBDISTRICT)
    themes |= CB (C_GRASSROOTS) | CB (C_MASSES);
  for (guint i = 0; i < N_COMPETENCIES; i++)
    n += (themes >> i) & 1;
  pick = rnd (d, n);
  for (n = 0; pick > 0 || !(themes & CB (n)); n++)
    if (themes & CB (n))
      pick--;

  if (due < d->today)
    {
      guint r = rnd (d, 100);

      status = r < 70 ? "done" : r < 90 ? "open" : "dropped";
      if (r < 70)
        {
          outcome = PICK (d, outcomes);
          outcome_rating = rnd_between (d, 3, 5);
        }
    }
  stmt = begin_row (d, T_ACTION_PLAN, plan_id);
  bind_id (stmt, 3, t->id);
  bind_text (stmt, 4, plan_titles[n]);
  bind_text (stmt, 5, PICK (d, plan_goals));
  bind_text (stmt, 6, d->days[due].iso);
  bind_text (stmt, 7, status);
  bind_text (stmt, 8, outcome);
  if (outcome_rating > 0)
    bind_int (stmt, 9, outcome_rating);
  else
    sqlite3_bind_null (stmt, 9);
  if (!end_row (d, T_ACTION_PLAN))
    return FALSE;

  /* 跟踪问效 at 3, 6 and 12 months: most done by the unit on time, some overdue */
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      guint followup_due = clamp_day (d, end + offsets[i] * 30 + offsets[i] / 2);
      gboolean done = followup_due < d->today ? chance (d, 0.85)
                      : followup_due < d->today + 14 && chance (d, 0.3);
      guint done_on = done ? MAX (end + 1, followup_due - rnd (d, 10)) : 0;
      int unit_rating = done ? rnd_between (d, 3, 5) : 0;
      char id[37];

      if (done && done_on >= d->today)
        done_on = d->today > 0 ? d->today - 1 : 0;
      stmt = begin_row (d, T_FOLLOWUP, id);
      bind_id (stmt, 3, plan_id);
      bind_int (stmt, 4, offsets[i]);
      bind_text (stmt, 5, d->days[followup_due].iso);
      bind_text (stmt, 6, done ? d->days[done_on].iso : NULL);
      if (done)
        bind_int (stmt, 7, unit_rating);
      else
        sqlite3_bind_null (stmt, 7);
      bind_text (stmt, 8, done ? PICK (d, followup_notes) : NULL);
      if (!end_row (d, T_FOLLOWUP))
        return FALSE;

      if (done && offsets[i] == 6 && chance (d, 0.5))
        {
          char submitted[21];

          memcpy (submitted, d->days[done_on].iso, 10);
          memcpy (submitted + 10, "T07:00:00Z", 11);
          if (!write_evaluation (d, &d->questionnaires[Q_FOLLOWUP], "action_plan", plan_id, NULL,
                                 submitted, unit_rating - 3, followup_opinions,
                                 G_N_ELEMENTS (followup_opinions), 0.4))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_outcomes (Demo            *d,
                const DemoClass *c,
                guint            end,
                double           credit_hours)
{
  const DemoQuestionnaire *evaluation = &d->questionnaires[Q_CLASS];
  guint quality = rnd (d, 3), number = 0;
  double plans = c->type == CT_MAIN ? 1.0 : c->type == CT_INDUCTION ? 0.5
                 : c->type == CT_TOPIC ? d->scale->topic_plans : 0.0;
  char submitted[21];

  memcpy (submitted, d->days[end].iso, 10);
  memcpy (submitted + 10, "T08:00:00Z", 11);
  for (guint ti = 0; ti < d->n_trainees; ti++)
    {
      const DemoTrainee *t = &d->trainees[ti];
      const char *cadre_id = d->cadres[t->cadre].id;
      sqlite3_stmt *stmt;
      char id[37];

      if (!t->withdrawn && chance (d, 0.92)
          && !write_evaluation (d, evaluation, "class", c->id, cadre_id, submitted, quality,
                                class_comments, G_N_ELEMENTS (class_comments), 0.12))
        return FALSE;
      if (!t->completed)
        continue;

      stmt = begin_row (d, T_CREDIT_RECORD, id);
      bind_id (stmt, 3, cadre_id);
      bind_int (stmt, 4, d->days[end].year);
      bind_text (stmt, 5, "class");
      bind_double (stmt, 6, credit_hours);
      bind_id (stmt, 7, c->id);
      sqlite3_bind_null (stmt, 8);
      if (!end_row (d, T_CREDIT_RECORD)
          || !write_certificate (d, c, t->id, ++number, d->days[end].iso))
        return FALSE;
      if (plans > 0 && chance (d, plans) && !write_action_plan (d, c, t, end))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_class (Demo      *d,
             DemoClass *c,
             guint      index)
{
  guint end = class_end (d, c);
  gboolean finished = end < d->today, running = !finished && c->start <= d->today;
  gboolean planning = !finished && !running && c->start > d->today + 21;
  const char *status;
  const char *item_id = g_array_index (d->items, DemoItem, c->item).id;
  sqlite3_stmt *stmt;
  char code[24];
  double hours = 0;

  if (finished)
    status = d->days[end].year < d->today_year ? "archived" : "finished";
  else
    status = running ? "running" : planning ? "planning" : "enrolling";

  d->n_sessions = 0;
  d->n_trainees = 0;
  if (!planning)
    build_timetable (d, c, end, index);
  for (guint si = 0; si < d->n_sessions; si++)
    if (d->sessions[si].index_in_group == 0)
      hours += slots[d->sessions[si].slot].hours;
  if (planning)
    hours = c->n_days * (c->type == CT_ONLINE ? 2 : 6);

  g_snprintf (code, sizeof code, "%d-%s-%03u", c->year, class_types[c->type].code, c->seq);
  stmt = begin_row (d, T_CLASS, c->id);
  bind_text (stmt, 3, code);
  bind_text (stmt, 4, c->title);
  bind_id (stmt, 5, item_id);
  bind_text (stmt, 6, class_types[c->type].name);
  bind_text (stmt, 7, d->days[c->start].iso);
  bind_text (stmt, 8, d->days[end].iso);
  bind_text (stmt, 9, c->type == CT_ONLINE ? "嘉兴干部网络学院" : "中共嘉兴市委党校");
  bind_text (stmt, 10, d->teachers[array_pick (d, d->head_teachers)].name);
  bind_int (stmt, 11, c->size);
  bind_double (stmt, 12, hours);
  bind_double (stmt, 13, hours);
  bind_text (stmt, 14, status);
  bind_text (stmt, 15, c->type == CT_MAIN ? "实行封闭式管理，学员集中住宿"
                       : c->type == CT_ONLINE ? "线上自学与线上研讨相结合" : NULL);
  if (!end_row (d, T_CLASS))
    return FALSE;
  if (planning)
    return TRUE;

  choose_trainees (d, c, running || finished ? c->size : c->size * (60 + rnd (d, 30)) / 100,
                   index + 1);
  if (running || finished)
    plan_trainees (d, c);
  if (!write_enrollments (d, c, finished) || !write_sessions (d, c))
    return FALSE;
  if ((running || finished) && !write_attendance (d))
    return FALSE;
  if (finished && !write_outcomes (d, c, end, hours))
    return FALSE;
  return TRUE;
}

/* Needs surveys and credit hours outside the classes */

static gboolean
write_needs_surveys (Demo *d)
{
  const DemoQuestionnaire *survey = &d->questionnaires[Q_NEEDS];

  for (guint i = 0; i < d->n_cadres; i++)
    {
      const DemoCadre *cadre = &d->cadres[i];
      UnitKind kind = g_array_index (d->units, DemoUnit, cadre->unit).kind;
      int year = rnd_between (d, d->first_year, d->last_year);
      guint day = day_index (d, year, 3, 1 + rnd (d, 28));
      char response[37], submitted[21];

      if (!chance (d, d->scale->needs_share) || day >= d->today)
        continue;
      memcpy (submitted, d->days[day].iso, 10);
      memcpy (submitted + 10, "T02:30:00Z", 11);
      if (!write_response (d, survey, "cadre", cadre->id, cadre->id, submitted, response))
        return FALSE;

      for (guint q = 0; q < survey->n_questions; q++)
        {
          const DemoQuestion *question = &survey->questions[q];
          const DemoQuestionDef *def = &questionnaire_defs[Q_NEEDS].questions[q];
          gboolean ok = TRUE;

          if (question->rating)
            {
              /* township cadres want mass work and grassroots skills, leaders decisions */
              int value = rnd_between (d, 2, 5);

              if ((kind == UK_TOWNSHIP || kind == UK_SUBDISTRICT)
                  && (def->competency == C_MASSES || def->competency == C_EMERGENCY))
                value = MIN (5, value + 1);
              if (cadre->rank <= R_COUNTY_DEPUTY && def->competency == C_DECISION)
                value = MIN (5, value + 1);
              ok = write_answer (d, response, question, value, NULL);
            }
          else if (g_str_equal (def->kind, "multi_choice"))
            {
              char chosen[128];
              guint first = rnd (d, G_N_ELEMENTS (needs_theme_options));
              guint step = 1 + rnd (d, G_N_ELEMENTS (needs_theme_options) - 1);

              g_snprintf (chosen, sizeof chosen, "%s\n%s", needs_theme_options[first],
                          needs_theme_options[(first + step) % G_N_ELEMENTS (needs_theme_options)]);
              ok = write_answer (d, response, question, NAN, chosen);
            }
          else if (question->choice)
            ok = write_answer (d, response, question, NAN, PICK (d, needs_method_options));
          else if (chance (d, 0.1))
            ok = write_answer (d, response, question, NAN, PICK (d, needs_comments));
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_other_credits (Demo *d)
{
  for (int year = d->first_year; year <= MIN (d->last_year, d->today_year); year++)
    for (guint i = 0; i < d->n_cadres; i++)
      {
        const DemoCadre *cadre = &d->cadres[i];
        gboolean county = g_str_equal (d->rank_groups[cadre->rank], "county_and_above");
        gboolean online = chance (d, d->scale->online_share);
        gboolean other = !online && chance (d, county ? 0.02 : 0.003);
        sqlite3_stmt *stmt;
        char id[37];

        if (!online && !other)
          continue;
        stmt = begin_row (d, T_CREDIT_RECORD, id);
        bind_id (stmt, 3, cadre->id);
        bind_int (stmt, 4, year);
        bind_text (stmt, 5, online ? "online" : "other");
        bind_double (stmt, 6, online ? rnd_between (d, 20, 100) / 2.0 : rnd_between (d, 24, 120));
        sqlite3_bind_null (stmt, 7);
        bind_text (stmt, 8, online ? "嘉兴干部网络学院在线学习"
                                   : county ? "参加省委党校调训" : "参加省级部门业务培训");
        if (!end_row (d, T_CREDIT_RECORD))
          return FALSE;
      }
  return TRUE;
}

/* Setting up and the fill */

static gboolean
database_is_empty (Demo     *d,
                   gboolean *empty)
{
  sqlite3_stmt *stmt = px_database_prepare (d->db,
                                            "SELECT EXISTS (SELECT 1 FROM cadre) "
                                            "OR EXISTS (SELECT 1 FROM class)", &d->error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || fail_sqlite (d, rc);
}

/* The connection's page cache setting, to restore after the fill. */
static int
read_cache_size (Demo *d)
{
  sqlite3_stmt *stmt = px_database_prepare (d->db, "PRAGMA cache_size", NULL);
  int value = -2000;   /* SQLite's default */

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return value;
}

static gboolean
load_competencies (Demo *d)
{
  sqlite3_stmt *stmt = px_database_prepare (d->db, "SELECT id, name FROM competency", &d->error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      for (guint c = 0; c < N_COMPETENCIES; c++)
        if (g_strcmp0 (name, competency_names[c]) == 0 && id != NULL && strlen (id) == 36)
          {
            memcpy (d->competency_ids[c], id, 37);
            d->has_competency |= CB (c);
          }
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || fail_sqlite (d, rc);
}

static void
demo_init (Demo                  *d,
           PxDatabase            *db,
           PxDemoScale            scale,
           guint32                seed,
           PxProgressFunc         progress,
           gpointer               user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  d->db = db;
  d->handle = px_database_get_handle (db);
  d->scale = &scales[scale];
  d->rand = g_rand_new_with_seed (seed);
  d->strings = g_string_chunk_new (4096);
  d->progress = progress;
  d->progress_data = user_data;
  d->reported = -1;
  stamp_now (d);

  d->today_year = g_date_time_get_year (now);
  d->first_year = d->scale->first_year ? d->scale->first_year : d->today_year - 1;
  d->last_year = d->scale->last_year ? d->scale->last_year : d->today_year;
  /* from a year before the first class to two after the last: follow-ups run a year on */
  make_days (d, MIN (d->first_year, d->today_year) - 1, MAX (d->last_year, d->today_year) + 2);
  d->today = day_index (d, d->today_year, g_date_time_get_month (now),
                        g_date_time_get_day_of_month (now));

  d->units = g_array_new (FALSE, FALSE, sizeof (DemoUnit));
  d->posts = g_array_new (FALSE, FALSE, sizeof (DemoPost));
  for (guint r = 0; r < N_RANKS; r++)
    d->free_posts[r] = g_array_new (FALSE, FALSE, sizeof (guint));
  d->staff_units = g_array_new (FALSE, FALSE, sizeof (guint));
  d->city_departments = g_array_new (FALSE, FALSE, sizeof (guint));
  d->county_nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  d->county_units = g_array_new (FALSE, FALSE, sizeof (guint));
  d->townships = g_array_new (FALSE, FALSE, sizeof (guint));
  d->head_teachers = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < N_AUDIENCES; a++)
    d->pools[a] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint m = 0; m < N_METHODS; m++)
    d->by_method[m] = g_array_new (FALSE, FALSE, sizeof (guint));
  d->items = g_array_new (FALSE, FALSE, sizeof (DemoItem));
  d->classes = g_array_new (FALSE, FALSE, sizeof (DemoClass));

  d->n_cadres = d->scale->n_cadres;
  d->cadres = g_new0 (DemoCadre, d->n_cadres);
  d->cadre_mark = g_new0 (guint32, d->n_cadres);
  d->citizen_ids = g_hash_table_new (g_direct_hash, g_direct_equal);
  d->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->teachers = g_new0 (DemoTeacher, d->scale->n_full_time + d->scale->n_part_time);
  d->teacher_busy = g_new0 (guint8, (gsize) (d->scale->n_full_time + d->scale->n_part_time)
                                    * d->n_days);
  d->base_busy = g_new0 (guint8, (gsize) N_BASES * d->n_days);
  d->rooms = g_hash_table_new (g_str_hash, g_str_equal);
  d->room_busy = g_byte_array_new ();
}

static void
demo_clear (Demo *d)
{
  g_clear_pointer (&d->rand, g_rand_free);
  g_clear_pointer (&d->strings, g_string_chunk_free);
  g_clear_pointer (&d->days, g_free);
  g_clear_pointer (&d->units, g_array_unref);
  g_clear_pointer (&d->posts, g_array_unref);
  for (guint r = 0; r < N_RANKS; r++)
    g_clear_pointer (&d->free_posts[r], g_array_unref);
  g_clear_pointer (&d->staff_units, g_array_unref);
  g_clear_pointer (&d->city_departments, g_array_unref);
  g_clear_pointer (&d->county_nodes, g_array_unref);
  g_clear_pointer (&d->county_units, g_array_unref);
  g_clear_pointer (&d->townships, g_array_unref);
  g_clear_pointer (&d->head_teachers, g_array_unref);
  for (guint a = 0; a < N_AUDIENCES; a++)
    g_clear_pointer (&d->pools[a], g_array_unref);
  for (guint m = 0; m < N_METHODS; m++)
    g_clear_pointer (&d->by_method[m], g_array_unref);
  g_clear_pointer (&d->items, g_array_unref);
  g_clear_pointer (&d->classes, g_array_unref);
  g_clear_pointer (&d->cadres, g_free);
  g_clear_pointer (&d->cadre_mark, g_free);
  g_clear_pointer (&d->citizen_ids, g_hash_table_unref);
  g_clear_pointer (&d->codes, g_hash_table_unref);
  g_clear_pointer (&d->teachers, g_free);
  g_clear_pointer (&d->teacher_busy, g_free);
  g_clear_pointer (&d->base_busy, g_free);
  g_clear_pointer (&d->rooms, g_hash_table_unref);
  g_clear_pointer (&d->room_busy, g_byte_array_unref);
  g_clear_error (&d->error);
}

static gboolean
fill (Demo *d)
{
  guint n_classes;

  if (!resolve_code_lists (d))
    {
      g_set_error (&d->error, PX_DEMO_ERROR, PX_DEMO_ERROR_FAILED,
                   _("The code lists this version knows do not match the sample data."));
      return FALSE;
    }
  for (guint t = 0; t < N_TABLES; t++)
    if ((d->stmts[t] = px_database_prepare (d->db, tables[t].sql, &d->error)) == NULL)
      return FALSE;
  if (!load_competencies (d))
    return FALSE;
  report (d, 0.01);

  if (!write_org_units (d) || !write_cadres (d))
    return FALSE;
  report (d, 0.06);
  if (!write_teachers (d) || !write_bases (d) || !write_courses (d)
      || !write_questionnaires (d) || !write_administration (d) || !write_plans (d))
    return FALSE;
  report (d, 0.07);

  /* the fractions follow the time the large scale takes; the commit is a quarter of it */
  n_classes = d->classes->len;
  for (guint i = 0; i < n_classes; i++)
    {
      if ((i & 15) == 0)
        stamp_now (d);
      report (d, 0.07 + 0.63 * i / n_classes);
      if (!write_class (d, &g_array_index (d->classes, DemoClass, i), i))
        return FALSE;
    }
  report (d, 0.70);
  if (!write_needs_surveys (d) || !write_other_credits (d))
    return FALSE;
  report (d, 0.72);
  return TRUE;
}

/* The contract is in the header. Demo rows go straight to their tables, without audit_log
 * rows: nobody made them, and an audit row for each would double the work of the fill. */
gboolean
px_demo_fill (PxDatabase      *db,
              PxDemoScale      scale,
              guint32          seed,
              PxProgressFunc   progress,
              gpointer         user_data,
              PxDemoStats     *stats,
              GError         **error)
{
  Demo *d;
  gboolean empty = FALSE;
  gboolean ok;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (scale == PX_DEMO_SCALE_SMALL || scale == PX_DEMO_SCALE_LARGE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!px_database_begin (db, error))
    return FALSE;

  d = g_new0 (Demo, 1);
  demo_init (d, db, scale, seed, progress, user_data);
  if (!database_is_empty (d, &empty))
    ok = FALSE;
  else if (!empty)
    {
      g_set_error (&d->error, PX_DEMO_ERROR, PX_DEMO_ERROR_NOT_EMPTY,
                   _("The database already holds cadres or classes. Sample data can only be "
                     "added to a new, empty database."));
      ok = FALSE;
    }
  else
    {
      g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %d",
                                                  read_cache_size (d));

      /* Foreign keys checked once at the commit rather than after every statement; a page
       * cache as big as the large fill (1 GiB, used only as far as needed) keeps every page in
       * memory until the commit writes it once, instead of spilling and rereading it. */
      ok = px_database_exec (db, "PRAGMA defer_foreign_keys = ON; PRAGMA cache_size = -1048576",
                             &d->error)
           && fill (d);
      if (ok)
        {
          report (d, 0.73);
          ok = px_database_commit (db, &d->error);
        }
      px_database_exec (db, restore, NULL);
    }

  if (!ok)
    {
      px_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&d->error));
    }
  else
    {
      report (d, 1.0);
      if (stats != NULL)
        {
          memset (stats, 0, sizeof *stats);
          for (guint i = 0; i < d->n_order; i++)
            {
              Table t = d->order[i];

              stats->tables[stats->n_tables].table = tables[t].name;
              stats->tables[stats->n_tables++].rows = d->counts[t];
              stats->rows += d->counts[t];
            }
          stats->cadres = d->counts[T_CADRE];
          stats->classes = d->counts[T_CLASS];
          stats->sessions = d->counts[T_SESSION];
          stats->enrollments = d->counts[T_ENROLLMENT];
          stats->attendance = d->counts[T_ATTENDANCE];
          stats->answers = d->counts[T_ANSWER];
        }
    }
  demo_clear (d);
  g_free (d);
  return ok;
}
