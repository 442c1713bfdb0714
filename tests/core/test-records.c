/* test-records.c: the typed records of every table: defaults, writes, audit, search, the rules
 * each keeps, and what deleting does to the records that refer to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-action-plan.h"
#include "px-answer.h"
#include "px-attendance.h"
#include "px-base-theme.h"
#include "px-base.h"
#include "px-cadre.h"
#include "px-case-study.h"
#include "px-certificate-template.h"
#include "px-certificate.h"
#include "px-competency.h"
#include "px-course-competency.h"
#include "px-course-teacher.h"
#include "px-course.h"
#include "px-credit-record.h"
#include "px-credit-rule.h"
#include "px-elective-choice.h"
#include "px-enrollment.h"
#include "px-followup.h"
#include "px-leave-request.h"
#include "px-org-unit.h"
#include "px-plan-item-competency.h"
#include "px-plan-item.h"
#include "px-plan-quota.h"
#include "px-plan.h"
#include "px-question.h"
#include "px-questionnaire.h"
#include "px-response.h"
#include "px-session.h"
#include "px-site.h"
#include "px-sync-log.h"
#include "px-teacher-competency.h"
#include "px-teacher.h"
#include "px-test-util.h"
#include "px-training-class.h"
#include "px-user.h"
#include "px-validation-error.h"

/* Seeded by 0002-seed.sql */
#define COMPETENCY_POLITICS "faebc692-fa1e-5911-a276-703332bab728"
#define COMPETENCY_RESEARCH "189bc7c7-607d-527d-bf2c-d27b28202d20"

static const PxEntity * const all_entities[] = {
  &px_competency_entity, &px_teacher_entity, &px_teacher_competency_entity, &px_base_entity,
  &px_base_theme_entity, &px_course_entity, &px_course_competency_entity,
  &px_course_teacher_entity, &px_case_study_entity, &px_plan_entity, &px_plan_item_entity,
  &px_plan_item_competency_entity, &px_plan_quota_entity, &px_training_class_entity,
  &px_enrollment_entity, &px_session_entity, &px_elective_choice_entity, &px_attendance_entity,
  &px_leave_request_entity, &px_questionnaire_entity, &px_question_entity, &px_response_entity,
  &px_answer_entity, &px_credit_rule_entity, &px_credit_record_entity,
  &px_certificate_template_entity, &px_certificate_entity, &px_action_plan_entity,
  &px_followup_entity, &px_user_entity, &px_site_entity, &px_sync_log_entity,
};

/* A database with one of each record the others need */

typedef struct
{
  char *dir;
  PxDatabase *db;

  char *unit_id;
  char *cadre_id;        /* 王小明, enrolled */
  char *cadre2_id;       /* 李红, not enrolled */
  char *plan_id;
  char *plan_item_id;
  char *class_id;        /* code 2026-QN-01 */
  char *enrollment_id;   /* 王小明 in the class */
  char *course_id;       /* 调查研究方法 */
  char *teacher_id;      /* 张卫东 */
  char *teacher2_id;
  char *base_id;
  char *session_id;
  char *session2_id;
  char *questionnaire_id;
  char *rating_question_id;   /* scale 1–5 */
  char *text_question_id;
  char *response_id;
  char *action_plan_id;
  char *template_id;
  char *site_id;
} World;

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Inserts record, which must pass, frees it and returns its id. */
static char *
insert_record (World          *w,
               const PxEntity *entity,
               gpointer        record)
{
  g_autoptr(GError) error = NULL;
  char *id;

  px_entity_insert (w->db, entity, record, &error);
  g_assert_no_error (error);
  id = g_strdup (((PxRecord *) record)->id);
  px_record_free (entity, record);
  return id;
}

static gint64
query_int (World      *w,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (w->db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_rows (World      *w,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (w, sql);
}

/* Audit rows of a record with this action; with column, only those whose changes name it as
 * [old, new]. */
static gint64
count_audit (World      *w,
             const char *table,
             const char *row_id,
             const char *action,
             const char *column)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (w->db),
                                       "SELECT count(*) FROM audit_log WHERE table_name = ?1 "
                                       "AND row_id = ?2 AND action = ?3 AND (?4 IS NULL OR "
                                       "json_type (changes, '$.' || ?4) = 'array')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, column, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static PxCadre *
new_cadre (const char *name,
           const char *birth,
           guint       sequence)
{
  PxCadre *cadre = px_cadre_new ();

  cadre->name = g_strdup (name);
  cadre->citizen_id = px_test_make_id ("110101", birth, sequence);
  return cadre;
}

static PxTrainingClass *
new_class (const char *code)
{
  PxTrainingClass *c = px_training_class_new ();

  c->code = g_strdup (code);
  c->title = g_strdup ("中青年干部培训班");
  c->start_date = g_strdup ("2026-03-02");
  c->end_date = g_strdup ("2026-03-27");
  return c;
}

static PxSession *
new_session (World      *w,
             const char *date)
{
  PxSession *s = px_session_new ();

  s->class_id = g_strdup (w->class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup ("morning");
  s->start_time = g_strdup ("08:30");
  s->end_time = g_strdup ("11:30");
  s->course_id = g_strdup (w->course_id);
  s->teacher_id = g_strdup (w->teacher_id);
  s->hours = 3;
  return s;
}

static PxQuestion *
new_question (World      *w,
              gint64      position,
              const char *kind,
              const char *text)
{
  PxQuestion *q = px_question_new ();

  q->questionnaire_id = g_strdup (w->questionnaire_id);
  q->position = position;
  q->kind = g_strdup (kind);
  q->text = g_strdup (text);
  return q;
}

static void
world_set_up (World         *w,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PxOrgUnit *unit;
  PxCadre *cadre;
  PxPlan *plan;
  PxPlanItem *item;
  PxEnrollment *enrollment;
  PxCourse *course;
  PxTeacher *teacher;
  PxBase *base;
  PxQuestionnaire *questionnaire;
  PxResponse *response;
  PxActionPlan *action_plan;
  PxCertificateTemplate *template;
  PxSite *site;

  w->dir = px_test_make_dir ();
  path = g_build_filename (w->dir, "school.db", NULL);
  w->db = px_database_open (path, &error);
  g_assert_no_error (error);

  unit = px_org_unit_new ();
  unit->name = g_strdup ("某某县发展和改革局");
  w->unit_id = insert_record (w, &px_org_unit_entity, unit);
  cadre = new_cadre ("王小明", "19800101", 11);
  cadre->unit_id = g_strdup (w->unit_id);
  w->cadre_id = insert_record (w, &px_cadre_entity, cadre);
  w->cadre2_id = insert_record (w, &px_cadre_entity, new_cadre ("李红", "19850606", 22));

  plan = px_plan_new ();
  plan->year = 2026;
  plan->title = g_strdup ("2026年度干部教育培训计划");
  w->plan_id = insert_record (w, &px_plan_entity, plan);
  item = px_plan_item_new ();
  item->plan_id = g_strdup (w->plan_id);
  item->title = g_strdup ("中青年干部培训班");
  w->plan_item_id = insert_record (w, &px_plan_item_entity, item);

  w->class_id = insert_record (w, &px_training_class_entity, new_class ("2026-QN-01"));
  enrollment = px_enrollment_new ();
  enrollment->class_id = g_strdup (w->class_id);
  enrollment->cadre_id = g_strdup (w->cadre_id);
  w->enrollment_id = insert_record (w, &px_enrollment_entity, enrollment);

  course = px_course_new ();
  course->title = g_strdup ("调查研究方法");
  course->hours = 3;
  w->course_id = insert_record (w, &px_course_entity, course);
  teacher = px_teacher_new ();
  teacher->name = g_strdup ("张卫东");
  w->teacher_id = insert_record (w, &px_teacher_entity, teacher);
  teacher = px_teacher_new ();
  teacher->name = g_strdup ("赵敏");
  set_text (&teacher->employment, "part_time");
  w->teacher2_id = insert_record (w, &px_teacher_entity, teacher);
  base = px_base_new ();
  base->name = g_strdup ("红旗渠干部学院");
  w->base_id = insert_record (w, &px_base_entity, base);
  w->session_id = insert_record (w, &px_session_entity, new_session (w, "2026-03-02"));
  w->session2_id = insert_record (w, &px_session_entity, new_session (w, "2026-03-03"));

  questionnaire = px_questionnaire_new ();
  questionnaire->kind = g_strdup ("course_evaluation");
  questionnaire->title = g_strdup ("课程评估表");
  questionnaire->class_id = g_strdup (w->class_id);
  w->questionnaire_id = insert_record (w, &px_questionnaire_entity, questionnaire);
  w->rating_question_id = insert_record (w, &px_question_entity,
                                         new_question (w, 1, "rating", "总体满意度"));
  w->text_question_id = insert_record (w, &px_question_entity,
                                       new_question (w, 2, "text", "意见和建议"));
  response = px_response_new ();
  response->questionnaire_id = g_strdup (w->questionnaire_id);
  response->subject_kind = g_strdup ("session");
  response->subject_id = g_strdup (w->session_id);
  response->submitted_at = g_strdup ("2026-03-02T11:40:00Z");
  w->response_id = insert_record (w, &px_response_entity, response);

  action_plan = px_action_plan_new ();
  action_plan->enrollment_id = g_strdup (w->enrollment_id);
  action_plan->title = g_strdup ("优化审批流程");
  w->action_plan_id = insert_record (w, &px_action_plan_entity, action_plan);

  template = px_certificate_template_new ();
  template->name = g_strdup ("结业证书（横版）");
  w->template_id = insert_record (w, &px_certificate_template_entity, template);
  site = px_site_new ();
  site->name = g_strdup ("红旗渠教学点");
  w->site_id = insert_record (w, &px_site_entity, site);
}

static void
world_tear_down (World         *w,
                 gconstpointer  data)
{
  g_clear_object (&w->db);
  px_test_remove_dir (w->dir);
  g_free (w->dir);
  g_free (w->unit_id);
  g_free (w->cadre_id);
  g_free (w->cadre2_id);
  g_free (w->plan_id);
  g_free (w->plan_item_id);
  g_free (w->class_id);
  g_free (w->enrollment_id);
  g_free (w->course_id);
  g_free (w->teacher_id);
  g_free (w->teacher2_id);
  g_free (w->base_id);
  g_free (w->session_id);
  g_free (w->session2_id);
  g_free (w->questionnaire_id);
  g_free (w->rating_question_id);
  g_free (w->text_question_id);
  g_free (w->response_id);
  g_free (w->action_plan_id);
  g_free (w->template_id);
  g_free (w->site_id);
}

/* Shared checks */

/* record was read back after its insert and has since been changed in column: the update must
 * write and audit exactly that, a list must find it (by search, or by its id when search is
 * NULL), and deleting it must remove it with an audit row. */
static void
check_update_list_delete (World          *w,
                          const PxEntity *entity,
                          gpointer        record,
                          const char     *column,
                          const char     *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const PxRecord *header = record;
  g_autofree char *id = g_strdup (header->id);
  gpointer stored;
  gboolean changed = FALSE;
  gboolean seen = FALSE;
  const char *by_id[] = { "id", id, NULL };
  PxQuery query = { 0 };

  g_assert_cmpint (count_audit (w, entity->table, id, "insert", NULL), ==, 1);

  g_assert_true (px_entity_update (w->db, entity, record, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpint (count_audit (w, entity->table, id, "update", column), ==, 1);
  stored = px_entity_get (w->db, entity, id, &error);
  g_assert_no_error (error);
  g_assert_true (px_record_equal (entity, stored, record));
  px_record_free (entity, stored);

  /* nothing changed: nothing written, nothing audited */
  g_assert_true (px_entity_update (w->db, entity, record, &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);
  g_assert_cmpint (count_audit (w, entity->table, id, "update", NULL), ==, 1);

  if (search != NULL)
    query.search = search;
  else
    query.filters = by_id;
  found = px_entity_list (w->db, entity, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpint (px_entity_count (w->db, entity, &query, &error), ==, found->len);
  for (guint i = 0; i < found->len; i++)
    seen |= g_str_equal (((PxRecord *) g_ptr_array_index (found, i))->id, id);
  g_assert_true (seen);
  if (search != NULL)
    {
      g_autoptr(GPtrArray) none = NULL;

      query.search = "没有这样的记录";
      none = px_entity_list (w->db, entity, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (none->len, ==, 0);
    }

  g_assert_true (px_entity_delete (w->db, entity, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (w, entity->table, id, "delete", NULL), ==, 1);
  g_assert_null (px_entity_get (w->db, entity, id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* Takes record: writing it must fail validation with code about column, with needle (when
 * given) in the message, and leave the table as it was. Updates are checked the same way. */
static void
assert_invalid (World             *w,
                const PxEntity    *entity,
                gpointer           record,
                PxValidationError  code,
                const char        *column,
                const char        *needle)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count_rows (w, entity->table);
  gboolean ok;

  if (((PxRecord *) record)->id != NULL)
    ok = px_entity_update (w->db, entity, record, NULL, &error);
  else
    ok = px_entity_insert (w->db, entity, record, &error);
  g_assert_false (ok);
  g_assert_error (error, PX_VALIDATION_ERROR, (int) code);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, column);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
  g_assert_cmpint (count_rows (w, entity->table), ==, before);
  px_record_free (entity, record);
}

#define INVALID PX_VALIDATION_ERROR_INVALID
#define REQUIRED PX_VALIDATION_ERROR_REQUIRED
#define INCONSISTENT PX_VALIDATION_ERROR_INCONSISTENT
#define DUPLICATE PX_VALIDATION_ERROR_DUPLICATE
#define NOT_FOUND PX_VALIDATION_ERROR_NOT_FOUND

/* The field tables against the schema */

typedef struct
{
  char *name;
  char *type;
  gboolean not_null;
  char *default_value;
} Column;

static void
column_free (Column *c)
{
  g_free (c->name);
  g_free (c->type);
  g_free (c->default_value);
  g_free (c);
}

static GPtrArray *
table_columns (World      *w,
               const char *table)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (px_database_get_handle (w->db),
                                       "SELECT name, type, \"notnull\", dflt_value "
                                       "FROM pragma_table_info (?1)", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Column *c = g_new0 (Column, 1);

      c->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      c->type = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->not_null = sqlite3_column_int (stmt, 2) != 0;
      c->default_value = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (columns, c);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (columns->len, >, 3);
  return columns;
}

/* Every column but the key, the timestamps and the one blob has a field of the right type;
 * a NOT NULL column is required unless it has a default, a nullable number is NULLABLE, and a
 * new record holds the column's default. */
static void
test_schema_match (World         *w,
                   gconstpointer  data)
{
  for (guint e = 0; e < G_N_ELEMENTS (all_entities); e++)
    {
      const PxEntity *entity = all_entities[e];
      g_autoptr(GPtrArray) columns = table_columns (w, entity->table);
      gpointer record = px_record_new (entity);
      guint mapped = 0;

      for (guint i = 0; i < columns->len; i++)
        {
          const Column *c = g_ptr_array_index (columns, i);
          const PxField *f;
          const guint8 *p;

          if (g_str_equal (c->name, "id") || g_str_equal (c->name, "created_at")
              || g_str_equal (c->name, "updated_at")
              || (g_str_equal (entity->table, "certificate_template")
                  && g_str_equal (c->name, "background")))
            continue;
          f = px_entity_find_field (entity, c->name);
          if (f == NULL)
            g_error ("%s.%s has no field", entity->table, c->name);
          mapped++;
          p = (const guint8 *) record + f->offset;

          if (g_str_equal (c->type, "TEXT"))
            g_assert_cmpint (f->type, ==, PX_FIELD_TEXT);
          else if (g_str_equal (c->type, "REAL"))
            g_assert_cmpint (f->type, ==, PX_FIELD_REAL);
          else if (g_str_equal (c->type, "INTEGER"))
            g_assert_true (f->type == PX_FIELD_INT || f->type == PX_FIELD_BOOL);
          else
            g_error ("%s.%s: unexpected type %s", entity->table, c->name, c->type);

          if (!c->not_null && f->type != PX_FIELD_TEXT && f->type != PX_FIELD_BOOL)
            g_assert_true (f->flags & PX_FIELD_NULLABLE);
          if (c->not_null && c->default_value == NULL)
            g_assert_true (f->flags & PX_FIELD_REQUIRED);
          if (c->not_null && f->type == PX_FIELD_TEXT)
            g_assert_true (f->flags & PX_FIELD_REQUIRED);
          if ((f->flags & PX_FIELD_NULLABLE) && f->type != PX_FIELD_REAL)
            g_assert_cmpint (f->type, ==, PX_FIELD_INT);

          if (c->default_value == NULL)
            {
              /* no default: text is empty, numbers unset or zero */
              if (f->type == PX_FIELD_TEXT)
                g_assert_null (*(char * const *) p);
              continue;
            }
          switch (f->type)
            {
            case PX_FIELD_TEXT:
              {
                g_autofree char *quoted = g_strdup_printf ("'%s'", *(char * const *) p);

                g_assert_cmpstr (quoted, ==, c->default_value);
              }
              break;
            case PX_FIELD_INT:
              g_assert_cmpint (*(const gint64 *) p, ==, g_ascii_strtoll (c->default_value,
                                                                         NULL, 10));
              break;
            case PX_FIELD_REAL:
              g_assert_cmpfloat (*(const double *) p, ==, g_ascii_strtod (c->default_value,
                                                                          NULL));
              break;
            case PX_FIELD_BOOL:
              g_assert_cmpint (*(const gboolean *) p, ==, g_ascii_strtoll (c->default_value,
                                                                           NULL, 10));
              break;
            default:
              g_assert_not_reached ();
            }
        }
      /* and no field without a column */
      g_assert_cmpuint (mapped, ==, entity->n_fields);
      px_record_free (entity, record);
    }
}

/* The typed wrappers, on one type: they are one macro for all */
static void
test_typed (World         *w,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCourse) course = px_course_new ();
  g_autoptr(PxCourse) copy = NULL;
  g_autoptr(PxCourse) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean changed = FALSE;
  PxQuery query = { .search = "案例", .sort = "title", .descending = TRUE };

  g_assert_cmpstr (course->method, ==, "lecture");
  g_assert_cmpfloat (course->hours, ==, 0);
  course->title = g_strdup ("基层治理案例");
  set_text (&course->method, "case");
  course->hours = 3;
  course->is_local = TRUE;
  g_assert_true (px_course_insert (w->db, course, &error));
  g_assert_no_error (error);
  g_assert_nonnull (course->base.id);
  g_assert_nonnull (course->base.created_at);

  copy = px_course_copy (course);
  g_assert_true (copy->title != course->title);
  g_assert_true (px_record_equal (&px_course_entity, copy, course));
  got = px_course_get (w->db, course->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->title, ==, "基层治理案例");
  g_assert_true (got->is_local);
  g_assert_true (px_record_equal (&px_course_entity, got, course));

  got->hours = 4.5;
  g_assert_true (px_course_update (w->db, got, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpint (count_audit (w, "course", got->base.id, "update", "hours"), ==, 1);

  list = px_course_list (w->db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpfloat (((PxCourse *) g_ptr_array_index (list, 0))->hours, ==, 4.5);
  g_assert_cmpint (px_course_count (w->db, NULL, &error), ==, 2);

  g_assert_true (px_course_delete (w->db, got->base.id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (px_course_count (w->db, NULL, &error), ==, 1);
}

/* insert → get → update → list → delete, type by type */

#define CHECK_INSERT_GET(prefix, record, got)                                  \
  G_STMT_START {                                                              \
    g_autoptr(GError) e_ = NULL;                                              \
    g_assert_true (prefix##_insert (w->db, record, &e_));                     \
    g_assert_no_error (e_);                                                   \
    got = prefix##_get (w->db, record->base.id, &e_);                         \
    g_assert_no_error (e_);                                                   \
    g_assert_true (px_record_equal (&prefix##_entity, got, record));          \
  } G_STMT_END

static void
test_competency_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxCompetency) c = px_competency_new ();
  g_autoptr(PxCompetency) got = NULL;

  g_assert_cmpstr (c->kind, ==, "theme");
  c->name = g_strdup ("数字经济");
  c->sort_order = 111;
  CHECK_INSERT_GET (px_competency, c, got);
  set_text (&got->description, "数字产业化和产业数字化");
  check_update_list_delete (w, &px_competency_entity, got, "description", "产业数字化");
}

static void
test_teacher_crud (World         *w,
                   gconstpointer  data)
{
  g_autoptr(PxTeacher) t = px_teacher_new ();
  g_autoptr(PxTeacher) got = NULL;

  g_assert_cmpstr (t->employment, ==, "full_time");
  t->name = g_strdup ("陈立");
  t->gender = g_strdup ("男");
  t->unit = g_strdup ("省委党校");
  t->phone = g_strdup ("13800138000");
  CHECK_INSERT_GET (px_teacher, t, got);
  got->dual_qualified = TRUE;
  check_update_list_delete (w, &px_teacher_entity, got, "dual_qualified", "省委党校");
}

static void
test_teacher_competency_crud (World         *w,
                              gconstpointer  data)
{
  g_autoptr(PxTeacherCompetency) tc = px_teacher_competency_new ();
  g_autoptr(PxTeacherCompetency) got = NULL;

  tc->teacher_id = g_strdup (w->teacher_id);
  tc->competency_id = g_strdup (COMPETENCY_POLITICS);
  CHECK_INSERT_GET (px_teacher_competency, tc, got);
  set_text (&got->competency_id, COMPETENCY_RESEARCH);
  check_update_list_delete (w, &px_teacher_competency_entity, got, "competency_id", NULL);
}

static void
test_base_crud (World         *w,
                gconstpointer  data)
{
  g_autoptr(PxBase) b = px_base_new ();
  g_autoptr(PxBase) got = NULL;

  g_assert_cmpint (b->capacity, ==, PX_INT_UNSET);
  b->name = g_strdup ("小岗村教学基地");
  b->region = g_strdup ("安徽滁州");
  b->contact_phone = g_strdup ("0550-1234567");
  CHECK_INSERT_GET (px_base, b, got);
  got->capacity = 120;
  check_update_list_delete (w, &px_base_entity, got, "capacity", "小岗村");
}

static void
test_base_theme_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxBaseTheme) bt = px_base_theme_new ();
  g_autoptr(PxBaseTheme) got = NULL;

  bt->base_id = g_strdup (w->base_id);
  bt->competency_id = g_strdup (COMPETENCY_POLITICS);
  CHECK_INSERT_GET (px_base_theme, bt, got);
  set_text (&got->competency_id, COMPETENCY_RESEARCH);
  check_update_list_delete (w, &px_base_theme_entity, got, "competency_id", NULL);
}

static void
test_course_crud (World         *w,
                  gconstpointer  data)
{
  g_autoptr(PxCourse) c = px_course_new ();
  g_autoptr(PxCourse) got = NULL;

  c->title = g_strdup ("应急管理体系建设");
  c->category = g_strdup ("专题");
  CHECK_INSERT_GET (px_course, c, got);
  set_text (&got->method, "simulation");
  check_update_list_delete (w, &px_course_entity, got, "method", "应急管理");
}

static void
test_course_competency_crud (World         *w,
                             gconstpointer  data)
{
  g_autoptr(PxCourseCompetency) cc = px_course_competency_new ();
  g_autoptr(PxCourseCompetency) got = NULL;

  cc->course_id = g_strdup (w->course_id);
  cc->competency_id = g_strdup (COMPETENCY_POLITICS);
  CHECK_INSERT_GET (px_course_competency, cc, got);
  set_text (&got->competency_id, COMPETENCY_RESEARCH);
  check_update_list_delete (w, &px_course_competency_entity, got, "competency_id", NULL);
}

static void
test_course_teacher_crud (World         *w,
                          gconstpointer  data)
{
  g_autoptr(PxCourseTeacher) ct = px_course_teacher_new ();
  g_autoptr(PxCourseTeacher) got = NULL;

  ct->course_id = g_strdup (w->course_id);
  ct->teacher_id = g_strdup (w->teacher_id);
  CHECK_INSERT_GET (px_course_teacher, ct, got);
  set_text (&got->teacher_id, w->teacher2_id);
  check_update_list_delete (w, &px_course_teacher_entity, got, "teacher_id", NULL);
}

static void
test_case_study_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxCaseStudy) cs = px_case_study_new ();
  g_autoptr(PxCaseStudy) got = NULL;

  cs->title = g_strdup ("“最多跑一次”改革");
  cs->region = g_strdup ("浙江");
  cs->course_id = g_strdup (w->course_id);
  CHECK_INSERT_GET (px_case_study, cs, got);
  set_text (&got->competency_id, COMPETENCY_RESEARCH);
  check_update_list_delete (w, &px_case_study_entity, got, "competency_id", "最多跑一次");
}

static void
test_plan_crud (World         *w,
                gconstpointer  data)
{
  g_autoptr(PxPlan) p = px_plan_new ();
  g_autoptr(PxPlan) got = NULL;

  g_assert_cmpstr (p->status, ==, "draft");
  g_assert_cmpint (p->year, ==, PX_INT_UNSET);
  p->year = 2027;
  p->title = g_strdup ("2027年度计划");
  CHECK_INSERT_GET (px_plan, p, got);
  set_text (&got->status, "approved");
  check_update_list_delete (w, &px_plan_entity, got, "status", "2027年度");
}

static void
test_plan_item_crud (World         *w,
                     gconstpointer  data)
{
  g_autoptr(PxPlanItem) pi = px_plan_item_new ();
  g_autoptr(PxPlanItem) got = NULL;

  g_assert_true (isnan (pi->days));
  pi->plan_id = g_strdup (w->plan_id);
  pi->title = g_strdup ("乡村振兴专题班");
  pi->quota = 50;
  pi->days = 5;
  pi->month = 6;
  CHECK_INSERT_GET (px_plan_item, pi, got);
  g_assert_true (isnan (got->budget));
  got->budget = 120000;
  check_update_list_delete (w, &px_plan_item_entity, got, "budget", "乡村振兴");
}

static void
test_plan_item_competency_crud (World         *w,
                                gconstpointer  data)
{
  g_autoptr(PxPlanItemCompetency) pic = px_plan_item_competency_new ();
  g_autoptr(PxPlanItemCompetency) got = NULL;

  pic->plan_item_id = g_strdup (w->plan_item_id);
  pic->competency_id = g_strdup (COMPETENCY_POLITICS);
  CHECK_INSERT_GET (px_plan_item_competency, pic, got);
  set_text (&got->competency_id, COMPETENCY_RESEARCH);
  check_update_list_delete (w, &px_plan_item_competency_entity, got, "competency_id", NULL);
}

static void
test_plan_quota_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxPlanQuota) pq = px_plan_quota_new ();
  g_autoptr(PxPlanQuota) got = NULL;

  pq->plan_item_id = g_strdup (w->plan_item_id);
  pq->unit_id = g_strdup (w->unit_id);
  pq->quota = 3;
  CHECK_INSERT_GET (px_plan_quota, pq, got);
  got->quota = 0;
  /* found through the unit's name */
  check_update_list_delete (w, &px_plan_quota_entity, got, "quota", "发展和改革");
}

static void
test_class_crud (World         *w,
                 gconstpointer  data)
{
  g_autoptr(PxTrainingClass) c = new_class ("2026-XC-02");
  g_autoptr(PxTrainingClass) got = NULL;

  g_assert_cmpstr (c->status, ==, "planning");
  g_assert_cmpfloat (c->max_lecture_share, ==, 0.5);
  g_assert_cmpfloat (c->attendance_threshold, ==, 0.857);
  g_assert_cmpfloat (c->pass_score, ==, 60);
  g_assert_true (isnan (c->credit_hours));
  c->plan_item_id = g_strdup (w->plan_item_id);
  c->capacity = 60;
  c->credit_hours = 40;
  CHECK_INSERT_GET (px_training_class, c, got);
  set_text (&got->end_date, "2026-03-28");
  check_update_list_delete (w, &px_training_class_entity, got, "end_date", "XC-02");
}

static void
test_enrollment_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxEnrollment) e = px_enrollment_new ();
  g_autoptr(PxEnrollment) got = NULL;

  g_assert_cmpstr (e->status, ==, "enrolled");
  g_assert_cmpstr (e->completion, ==, "pending");
  g_assert_true (isnan (e->exam_score));
  e->class_id = g_strdup (w->class_id);
  e->cadre_id = g_strdup (w->cadre2_id);
  e->group_name = g_strdup ("第一组");
  CHECK_INSERT_GET (px_enrollment, e, got);
  got->exam_score = 88.5;
  /* found through the cadre's name */
  check_update_list_delete (w, &px_enrollment_entity, got, "exam_score", "李红");
}

static void
test_session_crud (World         *w,
                   gconstpointer  data)
{
  g_autoptr(PxSession) s = new_session (w, "2026-03-04");
  g_autoptr(PxSession) got = NULL;

  g_assert_cmpstr (s->method, ==, "lecture");
  s->room = g_strdup ("第二报告厅");
  CHECK_INSERT_GET (px_session, s, got);
  set_text (&got->end_time, "12:00");
  /* found through the teacher's name */
  check_update_list_delete (w, &px_session_entity, got, "end_time", "张卫东");
}

static void
test_elective_choice_crud (World         *w,
                           gconstpointer  data)
{
  g_autoptr(PxElectiveChoice) ec = px_elective_choice_new ();
  g_autoptr(PxElectiveChoice) got = NULL;

  ec->session_id = g_strdup (w->session_id);
  ec->enrollment_id = g_strdup (w->enrollment_id);
  CHECK_INSERT_GET (px_elective_choice, ec, got);
  set_text (&got->session_id, w->session2_id);
  check_update_list_delete (w, &px_elective_choice_entity, got, "session_id", NULL);
}

static void
test_attendance_crud (World         *w,
                      gconstpointer  data)
{
  g_autoptr(PxAttendance) a = px_attendance_new ();
  g_autoptr(PxAttendance) got = NULL;

  a->session_id = g_strdup (w->session_id);
  a->enrollment_id = g_strdup (w->enrollment_id);
  a->status = g_strdup ("present");
  a->note = g_strdup ("迟到十分钟");
  CHECK_INSERT_GET (px_attendance, a, got);
  set_text (&got->status, "late");
  check_update_list_delete (w, &px_attendance_entity, got, "status", "十分钟");
}

static void
test_leave_request_crud (World         *w,
                         gconstpointer  data)
{
  g_autoptr(PxLeaveRequest) l = px_leave_request_new ();
  g_autoptr(PxLeaveRequest) got = NULL;

  l->enrollment_id = g_strdup (w->enrollment_id);
  l->start_date = g_strdup ("2026-03-05");
  l->end_date = g_strdup ("2026-03-05");
  l->hours = 3;
  l->reason = g_strdup ("单位紧急任务");
  CHECK_INSERT_GET (px_leave_request, l, got);
  got->approved = TRUE;
  check_update_list_delete (w, &px_leave_request_entity, got, "approved", "紧急");
}

static void
test_questionnaire_crud (World         *w,
                         gconstpointer  data)
{
  g_autoptr(PxQuestionnaire) q = px_questionnaire_new ();
  g_autoptr(PxQuestionnaire) got = NULL;

  q->kind = g_strdup ("needs");
  q->title = g_strdup ("2027年培训需求调查");
  q->is_template = TRUE;
  CHECK_INSERT_GET (px_questionnaire, q, got);
  set_text (&got->description, "请如实填写");
  check_update_list_delete (w, &px_questionnaire_entity, got, "description", "需求调查");
}

static void
test_question_crud (World         *w,
                    gconstpointer  data)
{
  g_autoptr(PxQuestion) q = new_question (w, 3, "choice", "您最希望提升的能力");
  g_autoptr(PxQuestion) got = NULL;

  g_assert_cmpint (q->scale_max, ==, 5);
  q->options = g_strdup ("调查研究\n科学决策");
  q->competency_id = g_strdup (COMPETENCY_RESEARCH);
  CHECK_INSERT_GET (px_question, q, got);
  got->position = 4;
  check_update_list_delete (w, &px_question_entity, got, "position", "希望提升");
}

static void
test_response_crud (World         *w,
                    gconstpointer  data)
{
  g_autoptr(PxResponse) r = px_response_new ();
  g_autoptr(PxResponse) got = NULL;

  r->questionnaire_id = g_strdup (w->questionnaire_id);
  r->subject_kind = g_strdup ("class");
  r->subject_id = g_strdup (w->class_id);
  r->submitted_at = g_strdup ("2026-03-27");
  CHECK_INSERT_GET (px_response, r, got);
  set_text (&got->respondent_id, w->cadre_id);
  check_update_list_delete (w, &px_response_entity, got, "respondent_id", NULL);
}

static void
test_answer_crud (World         *w,
                  gconstpointer  data)
{
  g_autoptr(PxAnswer) a = px_answer_new ();
  g_autoptr(PxAnswer) got = NULL;

  g_assert_true (isnan (a->value_number));
  a->response_id = g_strdup (w->response_id);
  a->question_id = g_strdup (w->rating_question_id);
  a->value_number = 4;
  CHECK_INSERT_GET (px_answer, a, got);
  got->value_number = 5;
  check_update_list_delete (w, &px_answer_entity, got, "value_number", NULL);
}

static void
test_credit_rule_crud (World         *w,
                       gconstpointer  data)
{
  g_autoptr(PxCreditRule) r = px_credit_rule_new ();
  g_autoptr(PxCreditRule) got = NULL;

  g_assert_true (isnan (r->hours));
  r->rank_group = g_strdup ("online_all");
  r->period_years = 1;
  r->hours = 0;
  r->online_hours = 50;
  CHECK_INSERT_GET (px_credit_rule, r, got);
  got->online_hours = 60;
  check_update_list_delete (w, &px_credit_rule_entity, got, "online_hours", "online_all");
}

static void
test_credit_record_crud (World         *w,
                         gconstpointer  data)
{
  g_autoptr(PxCreditRecord) r = px_credit_record_new ();
  g_autoptr(PxCreditRecord) got = NULL;

  r->cadre_id = g_strdup (w->cadre_id);
  r->year = 2026;
  r->source = g_strdup ("class");
  r->hours = 40;
  r->class_id = g_strdup (w->class_id);
  CHECK_INSERT_GET (px_credit_record, r, got);
  got->hours = 42.5;
  check_update_list_delete (w, &px_credit_record_entity, got, "hours", "王小明");
}

static void
test_certificate_template_crud (World         *w,
                                gconstpointer  data)
{
  g_autoptr(PxCertificateTemplate) t = px_certificate_template_new ();
  g_autoptr(PxCertificateTemplate) got = NULL;

  g_assert_cmpstr (t->page_size, ==, "A4");
  g_assert_cmpstr (t->orientation, ==, "landscape");
  g_assert_cmpstr (t->numbering_pattern, ==, "{year}{class code}{seq:3}");
  t->name = g_strdup ("结业证书（竖版）");
  set_text (&t->orientation, "portrait");
  CHECK_INSERT_GET (px_certificate_template, t, got);
  set_text (&got->wording, "经考核，准予结业。");
  check_update_list_delete (w, &px_certificate_template_entity, got, "wording", "竖版");
}

static void
test_certificate_crud (World         *w,
                       gconstpointer  data)
{
  g_autoptr(PxCertificate) c = px_certificate_new ();
  g_autoptr(PxCertificate) got = NULL;

  c->enrollment_id = g_strdup (w->enrollment_id);
  c->template_id = g_strdup (w->template_id);
  c->number = g_strdup ("2026QN01001");
  c->issued_on = g_strdup ("2026-03-27");
  c->verification_code = g_strdup ("K7Q2-9XWD");
  CHECK_INSERT_GET (px_certificate, c, got);
  got->revoked = TRUE;
  check_update_list_delete (w, &px_certificate_entity, got, "revoked", "QN01001");
}

static void
test_action_plan_crud (World         *w,
                       gconstpointer  data)
{
  g_autoptr(PxActionPlan) a = px_action_plan_new ();
  g_autoptr(PxActionPlan) got = NULL;

  g_assert_cmpstr (a->status, ==, "open");
  a->enrollment_id = g_strdup (w->enrollment_id);
  a->title = g_strdup ("推进“一网通办”");
  a->due_date = g_strdup ("2026-09-30");
  CHECK_INSERT_GET (px_action_plan, a, got);
  got->outcome_rating = 4;
  check_update_list_delete (w, &px_action_plan_entity, got, "outcome_rating", "一网通办");
}

static void
test_followup_crud (World         *w,
                    gconstpointer  data)
{
  g_autoptr(PxFollowup) f = px_followup_new ();
  g_autoptr(PxFollowup) got = NULL;

  f->action_plan_id = g_strdup (w->action_plan_id);
  f->month_offset = 3;
  f->due_date = g_strdup ("2026-06-27");
  f->note = g_strdup ("电话回访");
  CHECK_INSERT_GET (px_followup, f, got);
  set_text (&got->done_on, "2026-06-30");
  check_update_list_delete (w, &px_followup_entity, got, "done_on", "回访");
}

static void
test_user_crud (World         *w,
                gconstpointer  data)
{
  g_autoptr(PxUser) u = px_user_new ();
  g_autoptr(PxUser) got = NULL;

  g_assert_cmpstr (u->role, ==, "registrar");
  u->login = g_strdup ("zhangsan");
  u->display_name = g_strdup ("张三");
  CHECK_INSERT_GET (px_user, u, got);
  set_text (&got->role, "head_teacher");
  check_update_list_delete (w, &px_user_entity, got, "role", "zhangsan");
}

static void
test_site_crud (World         *w,
                gconstpointer  data)
{
  g_autoptr(PxSite) s = px_site_new ();
  g_autoptr(PxSite) got = NULL;

  g_assert_cmpstr (s->kind, ==, "site");
  s->name = g_strdup ("延安教学点");
  CHECK_INSERT_GET (px_site, s, got);
  set_text (&got->last_sync, "2026-03-05T09:30:00Z");
  check_update_list_delete (w, &px_site_entity, got, "last_sync", "延安");
}

static void
test_sync_log_crud (World         *w,
                    gconstpointer  data)
{
  g_autoptr(PxSyncLog) l = px_sync_log_new ();
  g_autoptr(PxSyncLog) got = NULL;

  l->site_id = g_strdup (w->site_id);
  l->direction = g_strdup ("receive");
  l->file_name = g_strdup ("hongqiqu-20260305.pxsync");
  CHECK_INSERT_GET (px_sync_log, l, got);
  got->n_changes = 128;
  check_update_list_delete (w, &px_sync_log_entity, got, "n_changes", "hongqiqu");
}

/* The rules each record keeps */

static PxTrainingClass *
class_with (const char *column,
            const char *value)
{
  PxTrainingClass *c = new_class ("2026-XC-09");

  if (g_str_equal (column, "code"))
    set_text (&c->code, value);
  else if (g_str_equal (column, "title"))
    set_text (&c->title, value);
  else if (g_str_equal (column, "start_date"))
    set_text (&c->start_date, value);
  else if (g_str_equal (column, "end_date"))
    set_text (&c->end_date, value);
  else if (g_str_equal (column, "status"))
    set_text (&c->status, value);
  else
    g_assert_not_reached ();
  return c;
}

static void
test_class_rules (World         *w,
                  gconstpointer  data)
{
  const PxEntity *e = &px_training_class_entity;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTrainingClass) stored = NULL;
  PxTrainingClass *c;

  assert_invalid (w, e, class_with ("code", NULL), REQUIRED, "code", "Code");
  assert_invalid (w, e, class_with ("code", ""), REQUIRED, "code", "Code");
  /* blanks, the ideographic space of Chinese input too */
  assert_invalid (w, e, class_with ("title", " \u3000 "), REQUIRED, "title", "Title");
  assert_invalid (w, e, class_with ("start_date", NULL), REQUIRED, "start_date", "Start date");
  assert_invalid (w, e, class_with ("start_date", "2026-02-30"), INVALID, "start_date",
                  "Start date");
  assert_invalid (w, e, class_with ("end_date", "2026/3/27"), INVALID, "end_date", "YYYY-MM-DD");
  assert_invalid (w, e, class_with ("end_date", "2026-03-01"), INCONSISTENT, "end_date",
                  "Start date");
  assert_invalid (w, e, class_with ("status", "open"), INVALID, "status",
                  "planning, enrolling, running, finished, archived");
  assert_invalid (w, e, class_with ("status", NULL), REQUIRED, "status", "Status");
  assert_invalid (w, e, class_with ("code", "2026-QN-01"), DUPLICATE, "code", "2026-QN-01");

  c = new_class ("2026-XC-09");
  c->capacity = -1;
  assert_invalid (w, e, c, INVALID, "capacity", "Capacity");
  c = new_class ("2026-XC-09");
  c->required_hours = -0.5;
  assert_invalid (w, e, c, INVALID, "required_hours", "Required hours");
  c = new_class ("2026-XC-09");
  c->credit_hours = -1;
  assert_invalid (w, e, c, INVALID, "credit_hours", "Credit hours");
  c = new_class ("2026-XC-09");
  c->max_lecture_share = 1.5;
  assert_invalid (w, e, c, INVALID, "max_lecture_share", "between 0 and 1");
  c = new_class ("2026-XC-09");
  c->attendance_threshold = -0.1;
  assert_invalid (w, e, c, INVALID, "attendance_threshold", "Attendance threshold");
  c = new_class ("2026-XC-09");
  c->pass_score = 101;
  assert_invalid (w, e, c, INVALID, "pass_score", "between 0 and 100");
  c = new_class ("2026-XC-09");
  c->pass_score = NAN;
  assert_invalid (w, e, c, REQUIRED, "pass_score", "Pass score");
  c = new_class ("2026-XC-09");
  c->plan_item_id = g_strdup ("no-such-plan-item");
  assert_invalid (w, e, c, NOT_FOUND, "plan_item_id", "Plan item");

  /* one day is a class; the class keeps its own code on update; updates are validated */
  c = class_with ("end_date", "2026-03-02");
  g_free (insert_record (w, e, c));
  stored = px_training_class_get (w->db, w->class_id, &error);
  g_assert_no_error (error);
  set_text (&stored->title, "中青年干部培训班（第二期）");
  g_assert_true (px_training_class_update (w->db, stored, NULL, &error));
  g_assert_no_error (error);
  set_text (&stored->code, "2026-XC-09");
  assert_invalid (w, e, px_training_class_copy (stored), DUPLICATE, "code", "2026-XC-09");
  set_text (&stored->code, "2026-QN-01");
  set_text (&stored->start_date, "2026-04-01");
  assert_invalid (w, e, px_training_class_copy (stored), INCONSISTENT, "end_date", NULL);
}

static void
test_session_rules (World         *w,
                    gconstpointer  data)
{
  const PxEntity *e = &px_session_entity;
  const char *bad_times[] = { "8:30", "24:00", "12:60", "0830", "08:30:00", "ab:cd" };
  PxSession *s;

  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      s = new_session (w, "2026-03-04");
      set_text (&s->start_time, bad_times[i]);
      assert_invalid (w, e, s, INVALID, "start_time", "HH:MM");
    }
  s = new_session (w, "2026-03-04");
  set_text (&s->end_time, "25:00");
  assert_invalid (w, e, s, INVALID, "end_time", "End time");
  s = new_session (w, "2026-03-04");
  set_text (&s->end_time, "08:30");
  assert_invalid (w, e, s, INCONSISTENT, "end_time", "Start time");
  s = new_session (w, "2026-03-04");
  set_text (&s->end_time, "08:00");
  assert_invalid (w, e, s, INCONSISTENT, "end_time", "must be later");
  s = new_session (w, "2026-03-04");
  set_text (&s->start_time, NULL);
  assert_invalid (w, e, s, REQUIRED, "start_time", "Start time");
  assert_invalid (w, e, new_session (w, "2026-13-01"), INVALID, "date", "Date");
  assert_invalid (w, e, new_session (w, "3月4日"), INVALID, "date", "YYYY-MM-DD");
  s = new_session (w, "2026-03-04");
  set_text (&s->slot, "noon");
  assert_invalid (w, e, s, INVALID, "slot", "morning, afternoon, evening");
  s = new_session (w, "2026-03-04");
  set_text (&s->slot, NULL);
  assert_invalid (w, e, s, REQUIRED, "slot", "Time of day");
  s = new_session (w, "2026-03-04");
  set_text (&s->method, "讲授");
  assert_invalid (w, e, s, INVALID, "method", "structured_seminar");
  s = new_session (w, "2026-03-04");
  s->hours = -1;
  assert_invalid (w, e, s, INVALID, "hours", "Hours");
  s = new_session (w, "2026-03-04");
  s->elective_capacity = -5;
  assert_invalid (w, e, s, INVALID, "elective_capacity", "Elective places");
  s = new_session (w, "2026-03-04");
  set_text (&s->class_id, "no-such-class");
  assert_invalid (w, e, s, NOT_FOUND, "class_id", "class");
  s = new_session (w, "2026-03-04");
  set_text (&s->teacher_id, "no-such-teacher");
  assert_invalid (w, e, s, NOT_FOUND, "teacher_id", "teacher");
  s = new_session (w, "2026-03-04");
  set_text (&s->base_id, "no-such-base");
  assert_invalid (w, e, s, NOT_FOUND, "base_id", "teaching base");
}

static void
test_course_rules (World         *w,
                   gconstpointer  data)
{
  const PxEntity *e = &px_course_entity;
  PxCourse *c;

  c = px_course_new ();
  assert_invalid (w, e, c, REQUIRED, "title", "“Title” must be filled in.");
  c = px_course_new ();
  c->title = g_strdup ("课");
  set_text (&c->method, "chalk");
  assert_invalid (w, e, c, INVALID, "method", "lecture, seminar, case");
  /* the default cleared: the field must be given again */
  c = px_course_new ();
  c->title = g_strdup ("课");
  set_text (&c->method, NULL);
  assert_invalid (w, e, c, REQUIRED, "method", "Teaching method");
  c = px_course_new ();
  c->title = g_strdup ("课");
  c->hours = -2;
  assert_invalid (w, e, c, INVALID, "hours", "“Hours” must be 0 or more, not -2.");
}

static void
test_competency_rules (World         *w,
                       gconstpointer  data)
{
  const PxEntity *e = &px_competency_entity;
  PxCompetency *c;

  c = px_competency_new ();
  c->name = g_strdup ("政治能力");
  assert_invalid (w, e, c, DUPLICATE, "name", "政治能力");
  c = px_competency_new ();
  c->name = g_strdup ("数字经济");
  set_text (&c->kind, "skill");
  assert_invalid (w, e, c, INVALID, "kind", "ability, theme");
  c = px_competency_new ();
  assert_invalid (w, e, c, REQUIRED, "name", "Name");
}

static PxTeacher *
new_teacher (void)
{
  PxTeacher *t = px_teacher_new ();

  t->name = g_strdup ("陈立");
  return t;
}

static void
test_teacher_rules (World         *w,
                    gconstpointer  data)
{
  const PxEntity *e = &px_teacher_entity;
  PxTeacher *t;

  t = new_teacher ();
  set_text (&t->employment, "contract");
  assert_invalid (w, e, t, INVALID, "employment", "full_time, part_time");
  t = new_teacher ();
  t->gender = g_strdup ("male");
  assert_invalid (w, e, t, INVALID, "gender", "男, 女");
  t = new_teacher ();
  t->phone = g_strdup ("12345");
  assert_invalid (w, e, t, INVALID, "phone", "12345");
  t = new_teacher ();
  set_text (&t->name, "\t ");
  assert_invalid (w, e, t, REQUIRED, "name", "Name");
}

static void
test_base_rules (World         *w,
                 gconstpointer  data)
{
  const PxEntity *e = &px_base_entity;
  PxBase *b;

  b = px_base_new ();
  b->name = g_strdup ("基地");
  b->capacity = -1;
  assert_invalid (w, e, b, INVALID, "capacity", "Capacity");
  b = px_base_new ();
  b->name = g_strdup ("基地");
  b->contact_phone = g_strdup ("电话");
  assert_invalid (w, e, b, INVALID, "contact_phone", NULL);
}

static void
test_case_study_rules (World         *w,
                       gconstpointer  data)
{
  const PxEntity *e = &px_case_study_entity;
  PxCaseStudy *cs;

  cs = px_case_study_new ();
  cs->title = g_strdup ("案例");
  cs->course_id = g_strdup ("no-such-course");
  assert_invalid (w, e, cs, NOT_FOUND, "course_id", "Course");
  cs = px_case_study_new ();
  cs->title = g_strdup ("案例");
  cs->competency_id = g_strdup ("no-such-competency");
  assert_invalid (w, e, cs, NOT_FOUND, "competency_id", "competency");
}

static PxPlanItem *
new_plan_item (World *w)
{
  PxPlanItem *pi = px_plan_item_new ();

  pi->plan_id = g_strdup (w->plan_id);
  pi->title = g_strdup ("专题班");
  return pi;
}

static PxPlanQuota *
new_plan_quota (World *w)
{
  PxPlanQuota *pq = px_plan_quota_new ();

  pq->plan_item_id = g_strdup (w->plan_item_id);
  pq->unit_id = g_strdup (w->unit_id);
  return pq;
}

static void
test_plan_rules (World         *w,
                 gconstpointer  data)
{
  const PxEntity *e = &px_plan_entity;
  const PxEntity *ie = &px_plan_item_entity;
  const PxEntity *qe = &px_plan_quota_entity;
  const gint64 bad_years[] = { 1949, 2201, 0 };
  PxPlan *p;
  PxPlanItem *pi;
  PxPlanQuota *pq;

  p = px_plan_new ();
  p->title = g_strdup ("计划");
  assert_invalid (w, e, p, REQUIRED, "year", "Year");
  for (guint i = 0; i < G_N_ELEMENTS (bad_years); i++)
    {
      p = px_plan_new ();
      p->title = g_strdup ("计划");
      p->year = bad_years[i];
      assert_invalid (w, e, p, INVALID, "year", "between 1950 and 2200");
    }
  p = px_plan_new ();
  p->title = g_strdup ("计划");
  p->year = 2026;
  set_text (&p->status, "done");
  assert_invalid (w, e, p, INVALID, "status", "draft, approved, closed");

  pi = new_plan_item (w);
  pi->month = 13;
  assert_invalid (w, ie, pi, INVALID, "month", "between 1 and 12");
  pi = new_plan_item (w);
  pi->month = 0;
  assert_invalid (w, ie, pi, INVALID, "month", "Month");
  pi = new_plan_item (w);
  pi->quota = -1;
  assert_invalid (w, ie, pi, INVALID, "quota", "Quota");
  pi = new_plan_item (w);
  pi->days = -1;
  assert_invalid (w, ie, pi, INVALID, "days", "Days");
  pi = new_plan_item (w);
  pi->budget = -100;
  assert_invalid (w, ie, pi, INVALID, "budget", "Budget");
  pi = new_plan_item (w);
  set_text (&pi->plan_id, "no-such-plan");
  assert_invalid (w, ie, pi, NOT_FOUND, "plan_id", "plan");

  pq = new_plan_quota (w);
  assert_invalid (w, qe, pq, REQUIRED, "quota", "Places");
  pq = new_plan_quota (w);
  pq->quota = -2;
  assert_invalid (w, qe, pq, INVALID, "quota", "Places");
  pq = new_plan_quota (w);
  pq->quota = 2;
  g_free (insert_record (w, qe, pq));
  pq = new_plan_quota (w);
  pq->quota = 5;
  assert_invalid (w, qe, pq, DUPLICATE, "unit_id", "already has places");
  pq = new_plan_quota (w);
  set_text (&pq->unit_id, "no-such-unit");
  pq->quota = 5;
  assert_invalid (w, qe, pq, NOT_FOUND, "unit_id", "unit");
}

static PxEnrollment *
new_enrollment (World      *w,
                const char *cadre_id)
{
  PxEnrollment *n = px_enrollment_new ();

  n->class_id = g_strdup (w->class_id);
  n->cadre_id = g_strdup (cadre_id);
  return n;
}

static void
test_enrollment_rules (World         *w,
                       gconstpointer  data)
{
  const PxEntity *e = &px_enrollment_entity;
  PxEnrollment *n;

  assert_invalid (w, e, new_enrollment (w, w->cadre_id), DUPLICATE, "cadre_id",
                  "already enrolled");
  assert_invalid (w, e, new_enrollment (w, "no-such-cadre"), NOT_FOUND, "cadre_id", "cadre");
  n = new_enrollment (w, w->cadre2_id);
  set_text (&n->class_id, "no-such-class");
  assert_invalid (w, e, n, NOT_FOUND, "class_id", "class");
  n = new_enrollment (w, w->cadre2_id);
  set_text (&n->status, "dropped");
  assert_invalid (w, e, n, INVALID, "status", "enrolled, withdrawn");
  n = new_enrollment (w, w->cadre2_id);
  set_text (&n->completion, "passed");
  assert_invalid (w, e, n, INVALID, "completion", "pending, completed, not_completed");
  n = new_enrollment (w, w->cadre2_id);
  n->exam_score = 100.5;
  assert_invalid (w, e, n, INVALID, "exam_score", "between 0 and 100");
  n = new_enrollment (w, w->cadre2_id);
  n->paper_score = -1;
  assert_invalid (w, e, n, INVALID, "paper_score", "Paper score");
  n = new_enrollment (w, w->cadre2_id);
  n->exam_score = 0;
  n->paper_score = 100;
  g_free (insert_record (w, e, n));
}

static PxTeacherCompetency *
teacher_competency_pair (const char *teacher_id,
                         const char *competency_id)
{
  PxTeacherCompetency *pair = px_teacher_competency_new ();

  pair->teacher_id = g_strdup (teacher_id);
  pair->competency_id = g_strdup (competency_id);
  return pair;
}

static PxBaseTheme *
base_theme_pair (const char *base_id,
                 const char *competency_id)
{
  PxBaseTheme *pair = px_base_theme_new ();

  pair->base_id = g_strdup (base_id);
  pair->competency_id = g_strdup (competency_id);
  return pair;
}

static PxCourseCompetency *
course_competency_pair (const char *course_id,
                        const char *competency_id)
{
  PxCourseCompetency *pair = px_course_competency_new ();

  pair->course_id = g_strdup (course_id);
  pair->competency_id = g_strdup (competency_id);
  return pair;
}

static PxCourseTeacher *
course_teacher_pair (const char *course_id,
                     const char *teacher_id)
{
  PxCourseTeacher *pair = px_course_teacher_new ();

  pair->course_id = g_strdup (course_id);
  pair->teacher_id = g_strdup (teacher_id);
  return pair;
}

static PxPlanItemCompetency *
plan_item_competency_pair (const char *plan_item_id,
                           const char *competency_id)
{
  PxPlanItemCompetency *pair = px_plan_item_competency_new ();

  pair->plan_item_id = g_strdup (plan_item_id);
  pair->competency_id = g_strdup (competency_id);
  return pair;
}

static PxElectiveChoice *
elective_choice_pair (const char *session_id,
                      const char *enrollment_id)
{
  PxElectiveChoice *pair = px_elective_choice_new ();

  pair->session_id = g_strdup (session_id);
  pair->enrollment_id = g_strdup (enrollment_id);
  return pair;
}

/* The tables that tie two records together: each pair once, both ends must exist. */
static void
test_link_rules (World         *w,
                 gconstpointer  data)
{
  g_free (insert_record (w, &px_teacher_competency_entity,
                         teacher_competency_pair (w->teacher_id, COMPETENCY_POLITICS)));
  assert_invalid (w, &px_teacher_competency_entity,
                  teacher_competency_pair (w->teacher_id, COMPETENCY_POLITICS),
                  DUPLICATE, "competency_id", "already has this specialty");
  assert_invalid (w, &px_teacher_competency_entity,
                  teacher_competency_pair ("no-such-teacher", COMPETENCY_POLITICS),
                  NOT_FOUND, "teacher_id", "Teacher");
  assert_invalid (w, &px_teacher_competency_entity,
                  teacher_competency_pair (w->teacher_id, NULL),
                  REQUIRED, "competency_id", "Specialty");

  g_free (insert_record (w, &px_base_theme_entity,
                         base_theme_pair (w->base_id, COMPETENCY_POLITICS)));
  assert_invalid (w, &px_base_theme_entity,
                  base_theme_pair (w->base_id, COMPETENCY_POLITICS),
                  DUPLICATE, "competency_id", "already has this theme");

  g_free (insert_record (w, &px_course_competency_entity,
                         course_competency_pair (w->course_id, COMPETENCY_POLITICS)));
  assert_invalid (w, &px_course_competency_entity,
                  course_competency_pair (w->course_id, COMPETENCY_POLITICS),
                  DUPLICATE, "competency_id", NULL);
  assert_invalid (w, &px_course_competency_entity,
                  course_competency_pair (w->course_id, "no-such-competency"),
                  NOT_FOUND, "competency_id", NULL);

  g_free (insert_record (w, &px_course_teacher_entity,
                         course_teacher_pair (w->course_id, w->teacher_id)));
  assert_invalid (w, &px_course_teacher_entity,
                  course_teacher_pair (w->course_id, w->teacher_id),
                  DUPLICATE, "teacher_id", NULL);

  g_free (insert_record (w, &px_plan_item_competency_entity,
                         plan_item_competency_pair (w->plan_item_id, COMPETENCY_POLITICS)));
  assert_invalid (w, &px_plan_item_competency_entity,
                  plan_item_competency_pair (w->plan_item_id, COMPETENCY_POLITICS),
                  DUPLICATE, "competency_id", NULL);

  g_free (insert_record (w, &px_elective_choice_entity,
                         elective_choice_pair (w->session_id, w->enrollment_id)));
  assert_invalid (w, &px_elective_choice_entity,
                  elective_choice_pair (w->session_id, w->enrollment_id),
                  DUPLICATE, "session_id", "already chosen");
  assert_invalid (w, &px_elective_choice_entity,
                  elective_choice_pair ("no-such-session", w->enrollment_id),
                  NOT_FOUND, "session_id", "session");
}

static PxAttendance *
new_attendance (World      *w,
                const char *status)
{
  PxAttendance *a = px_attendance_new ();

  a->session_id = g_strdup (w->session_id);
  a->enrollment_id = g_strdup (w->enrollment_id);
  a->status = g_strdup (status);
  return a;
}

static PxLeaveRequest *
new_leave (World      *w,
           const char *start,
           const char *end)
{
  PxLeaveRequest *l = px_leave_request_new ();

  l->enrollment_id = g_strdup (w->enrollment_id);
  l->start_date = g_strdup (start);
  l->end_date = g_strdup (end);
  l->reason = g_strdup ("病假");
  return l;
}

static void
test_attendance_rules (World         *w,
                       gconstpointer  data)
{
  const PxEntity *e = &px_attendance_entity;
  const PxEntity *le = &px_leave_request_entity;
  PxLeaveRequest *l;

  assert_invalid (w, e, new_attendance (w, NULL), REQUIRED, "status", "Attendance");
  assert_invalid (w, e, new_attendance (w, "sick"), INVALID, "status",
                  "present, late, leave, absent");
  g_free (insert_record (w, e, new_attendance (w, "leave")));
  assert_invalid (w, e, new_attendance (w, "present"), DUPLICATE, "enrollment_id", NULL);

  assert_invalid (w, le, new_leave (w, "2026-03-06", "2026-03-05"), INCONSISTENT, "end_date",
                  "cannot be earlier than “First day”");
  assert_invalid (w, le, new_leave (w, "2026-3-5", "2026-03-05"), INVALID, "start_date",
                  "First day");
  assert_invalid (w, le, new_leave (w, "2026-03-05", "2026-03-32"), INVALID, "end_date",
                  "Last day");
  l = new_leave (w, "2026-03-05", "2026-03-06");
  l->hours = -3;
  assert_invalid (w, le, l, INVALID, "hours", "Hours");
  l = new_leave (w, "2026-03-05", "2026-03-06");
  set_text (&l->reason, NULL);
  assert_invalid (w, le, l, REQUIRED, "reason", "Reason");
}

static PxResponse *
new_response (World      *w,
              const char *kind,
              const char *subject_id)
{
  PxResponse *r = px_response_new ();

  r->questionnaire_id = g_strdup (w->questionnaire_id);
  r->subject_kind = g_strdup (kind);
  r->subject_id = g_strdup (subject_id);
  r->submitted_at = g_strdup ("2026-03-02T11:40:00+08:00");
  return r;
}

static PxAnswer *
new_answer (World      *w,
            const char *question_id)
{
  PxAnswer *a = px_answer_new ();

  a->response_id = g_strdup (w->response_id);
  a->question_id = g_strdup (question_id);
  return a;
}

static void
test_questionnaire_rules (World         *w,
                          gconstpointer  data)
{
  PxQuestionnaire *qn;
  PxQuestion *q;
  PxResponse *r;
  PxAnswer *a;

  qn = px_questionnaire_new ();
  qn->title = g_strdup ("问卷");
  assert_invalid (w, &px_questionnaire_entity, qn, REQUIRED, "kind", "Kind");
  qn = px_questionnaire_new ();
  qn->title = g_strdup ("问卷");
  qn->kind = g_strdup ("exam");
  assert_invalid (w, &px_questionnaire_entity, qn, INVALID, "kind",
                  "needs, course_evaluation, class_evaluation, followup");

  assert_invalid (w, &px_question_entity, new_question (w, 1, "rating", "重复的位置"), DUPLICATE,
                  "position", "position 1");
  assert_invalid (w, &px_question_entity, new_question (w, 9, "scale", "题"), INVALID, "kind",
                  "rating, choice, multi_choice, text");
  assert_invalid (w, &px_question_entity, new_question (w, 9, "multi_choice", "题"), REQUIRED,
                  "options", "options");
  assert_invalid (w, &px_question_entity, new_question (w, -1, "text", "题"), INVALID,
                  "position", "Position");
  q = new_question (w, 9, "rating", "题");
  q->position = PX_INT_UNSET;
  assert_invalid (w, &px_question_entity, q, REQUIRED, "position", "Position");
  q = new_question (w, 9, "rating", "题");
  q->scale_max = 1;
  assert_invalid (w, &px_question_entity, q, INVALID, "scale_max", "between 2 and 10");

  g_free (insert_record (w, &px_response_entity, new_response (w, "cadre", w->cadre_id)));
  g_free (insert_record (w, &px_response_entity,
                         new_response (w, "action_plan", w->action_plan_id)));
  assert_invalid (w, &px_response_entity, new_response (w, "teacher", w->teacher_id), INVALID,
                  "subject_kind", "session, class, cadre, action_plan");
  /* the subject must be a record of the kind named */
  assert_invalid (w, &px_response_entity, new_response (w, "class", w->session_id), NOT_FOUND,
                  "subject_id", "class");
  r = new_response (w, "session", w->session_id);
  set_text (&r->submitted_at, "yesterday");
  assert_invalid (w, &px_response_entity, r, INVALID, "submitted_at", "Submitted at");
  r = new_response (w, "session", w->session_id);
  r->respondent_id = g_strdup ("no-such-cadre");
  assert_invalid (w, &px_response_entity, r, NOT_FOUND, "respondent_id", "Respondent");

  a = new_answer (w, w->rating_question_id);
  a->value_number = 6;
  assert_invalid (w, &px_answer_entity, a, INVALID, "value_number", "between 1 and 5");
  a = new_answer (w, w->rating_question_id);
  a->value_number = 0;
  assert_invalid (w, &px_answer_entity, a, INVALID, "value_number", "Rating");
  a = new_answer (w, w->rating_question_id);
  a->value_text = g_strdup ("很好");
  assert_invalid (w, &px_answer_entity, a, REQUIRED, "value_number", "needs a rating");
  a = new_answer (w, w->text_question_id);
  assert_invalid (w, &px_answer_entity, a, REQUIRED, "value_text", "empty");
  a = new_answer (w, "no-such-question");
  a->value_number = 3;
  assert_invalid (w, &px_answer_entity, a, NOT_FOUND, "question_id", "question");
  a = new_answer (w, w->text_question_id);
  a->value_text = g_strdup ("多安排现场教学");
  g_free (insert_record (w, &px_answer_entity, a));
}

static PxCreditRule *
new_rule (const char *rank_group)
{
  PxCreditRule *r = px_credit_rule_new ();

  r->rank_group = g_strdup (rank_group);
  r->period_years = 1;
  r->hours = 90;
  return r;
}

static PxCreditRecord *
new_credit (World *w)
{
  PxCreditRecord *c = px_credit_record_new ();

  c->cadre_id = g_strdup (w->cadre_id);
  c->year = 2026;
  c->source = g_strdup ("online");
  c->hours = 10;
  return c;
}

static void
test_credit_rules (World         *w,
                   gconstpointer  data)
{
  PxCreditRule *r;
  PxCreditRecord *c;

  assert_invalid (w, &px_credit_rule_entity, new_rule ("township_and_below"), DUPLICATE,
                  "rank_group", "township_and_below");
  r = new_rule ("new_group");
  r->period_years = 0;
  assert_invalid (w, &px_credit_rule_entity, r, INVALID, "period_years", "1 or more");
  r = new_rule ("new_group");
  r->hours = NAN;
  assert_invalid (w, &px_credit_rule_entity, r, REQUIRED, "hours", "Hours");
  r = new_rule ("new_group");
  r->online_hours = -1;
  assert_invalid (w, &px_credit_rule_entity, r, INVALID, "online_hours", "Online hours");

  c = new_credit (w);
  c->year = 1900;
  assert_invalid (w, &px_credit_record_entity, c, INVALID, "year", "between 1950 and 2200");
  c = new_credit (w);
  c->year = PX_INT_UNSET;
  assert_invalid (w, &px_credit_record_entity, c, REQUIRED, "year", "Year");
  c = new_credit (w);
  set_text (&c->source, "self_study");
  assert_invalid (w, &px_credit_record_entity, c, INVALID, "source", "class, online, other");
  c = new_credit (w);
  c->hours = -1;
  assert_invalid (w, &px_credit_record_entity, c, INVALID, "hours", "Hours");
  c = new_credit (w);
  c->hours = NAN;
  assert_invalid (w, &px_credit_record_entity, c, REQUIRED, "hours", "Hours");
  c = new_credit (w);
  set_text (&c->cadre_id, "no-such-cadre");
  assert_invalid (w, &px_credit_record_entity, c, NOT_FOUND, "cadre_id", "cadre");
}

static PxCertificate *
new_certificate (const char *enrollment_id,
                 const char *number,
                 const char *verification_code)
{
  PxCertificate *c = px_certificate_new ();

  c->enrollment_id = g_strdup (enrollment_id);
  c->number = g_strdup (number);
  c->issued_on = g_strdup ("2026-03-27");
  c->verification_code = g_strdup (verification_code);
  return c;
}

static void
test_certificate_rules (World         *w,
                        gconstpointer  data)
{
  g_autofree char *enrollment2_id = NULL;
  PxCertificateTemplate *t;
  PxCertificate *c;

  t = px_certificate_template_new ();
  t->name = g_strdup ("结业证书（横版）");
  assert_invalid (w, &px_certificate_template_entity, t, DUPLICATE, "name", "结业证书（横版）");
  t = px_certificate_template_new ();
  t->name = g_strdup ("新模板");
  set_text (&t->orientation, "square");
  assert_invalid (w, &px_certificate_template_entity, t, INVALID, "orientation",
                  "portrait, landscape");
  t = px_certificate_template_new ();
  t->name = g_strdup ("新模板");
  set_text (&t->page_size, NULL);
  assert_invalid (w, &px_certificate_template_entity, t, REQUIRED, "page_size", "Page size");

  enrollment2_id = insert_record (w, &px_enrollment_entity, new_enrollment (w, w->cadre2_id));

  g_free (insert_record (w, &px_certificate_entity,
                         new_certificate (w->enrollment_id, "2026QN01001", "AAAA-0001")));
  assert_invalid (w, &px_certificate_entity,
                  new_certificate (w->enrollment_id, "2026QN01002", "AAAA-0002"),
                  DUPLICATE, "enrollment_id", "already has a certificate");
  assert_invalid (w, &px_certificate_entity,
                  new_certificate (enrollment2_id, "2026QN01001", "AAAA-0002"),
                  DUPLICATE, "number", "2026QN01001");
  assert_invalid (w, &px_certificate_entity,
                  new_certificate (enrollment2_id, "2026QN01002", "AAAA-0001"),
                  DUPLICATE, "verification_code", "AAAA-0001");
  c = new_certificate (enrollment2_id, "2026QN01002", "AAAA-0002");
  set_text (&c->issued_on, "2026-02-29");
  assert_invalid (w, &px_certificate_entity, c, INVALID, "issued_on", "Issued on");
  c = new_certificate (enrollment2_id, "2026QN01002", "AAAA-0002");
  c->revoked = TRUE;
  c->revoked_at = g_strdup ("soon");
  assert_invalid (w, &px_certificate_entity, c, INVALID, "revoked_at", "Revoked at");
  c = new_certificate (enrollment2_id, "2026QN01002", "AAAA-0002");
  c->template_id = g_strdup ("no-such-template");
  assert_invalid (w, &px_certificate_entity, c, NOT_FOUND, "template_id", "template");
  c = new_certificate (enrollment2_id, "", "AAAA-0002");
  assert_invalid (w, &px_certificate_entity, c, REQUIRED, "number", "Certificate number");
}

static PxActionPlan *
new_action_plan (World *w)
{
  PxActionPlan *a = px_action_plan_new ();

  a->enrollment_id = g_strdup (w->enrollment_id);
  a->title = g_strdup ("方案");
  return a;
}

static PxFollowup *
new_followup (World *w)
{
  PxFollowup *f = px_followup_new ();

  f->action_plan_id = g_strdup (w->action_plan_id);
  f->month_offset = 3;
  f->due_date = g_strdup ("2026-06-27");
  return f;
}

static void
test_followup_rules (World         *w,
                     gconstpointer  data)
{
  PxActionPlan *a;
  PxFollowup *f;

  a = new_action_plan (w);
  set_text (&a->status, "closed");
  assert_invalid (w, &px_action_plan_entity, a, INVALID, "status", "open, done, dropped");
  a = new_action_plan (w);
  a->outcome_rating = 6;
  assert_invalid (w, &px_action_plan_entity, a, INVALID, "outcome_rating", "between 1 and 5");
  a = new_action_plan (w);
  a->outcome_rating = 0;
  assert_invalid (w, &px_action_plan_entity, a, INVALID, "outcome_rating", "Outcome rating");
  a = new_action_plan (w);
  a->due_date = g_strdup ("明年");
  assert_invalid (w, &px_action_plan_entity, a, INVALID, "due_date", "Due date");

  f = new_followup (w);
  f->month_offset = 0;
  assert_invalid (w, &px_followup_entity, f, INVALID, "month_offset", "1 or more");
  f = new_followup (w);
  f->month_offset = PX_INT_UNSET;
  assert_invalid (w, &px_followup_entity, f, REQUIRED, "month_offset", "Months after");
  f = new_followup (w);
  f->unit_rating = 9;
  assert_invalid (w, &px_followup_entity, f, INVALID, "unit_rating", "between 1 and 5");
  f = new_followup (w);
  set_text (&f->due_date, NULL);
  assert_invalid (w, &px_followup_entity, f, REQUIRED, "due_date", "Due date");
  f = new_followup (w);
  f->done_on = g_strdup ("2026-06-31");
  assert_invalid (w, &px_followup_entity, f, INVALID, "done_on", "Done on");
  f = new_followup (w);
  set_text (&f->action_plan_id, "no-such-plan");
  assert_invalid (w, &px_followup_entity, f, NOT_FOUND, "action_plan_id", "action plan");
}

static PxSyncLog *
new_sync_log (World *w)
{
  PxSyncLog *l = px_sync_log_new ();

  l->site_id = g_strdup (w->site_id);
  l->direction = g_strdup ("send");
  return l;
}

static void
test_admin_rules (World         *w,
                  gconstpointer  data)
{
  PxUser *u;
  PxSite *s;
  PxSyncLog *l;

  u = px_user_new ();
  u->login = g_strdup ("wang");
  g_free (insert_record (w, &px_user_entity, u));
  u = px_user_new ();
  u->login = g_strdup ("wang");
  assert_invalid (w, &px_user_entity, u, DUPLICATE, "login", "wang");
  u = px_user_new ();
  u->login = g_strdup ("li");
  set_text (&u->role, "root");
  assert_invalid (w, &px_user_entity, u, INVALID, "role",
                  "admin, registrar, head_teacher, site_clerk, leader");

  s = px_site_new ();
  s->name = g_strdup ("office");
  assert_invalid (w, &px_site_entity, s, DUPLICATE, "name", "office");
  s = px_site_new ();
  s->name = g_strdup ("井冈山");
  set_text (&s->kind, "branch");
  assert_invalid (w, &px_site_entity, s, INVALID, "kind", "office, site");
  s = px_site_new ();
  s->name = g_strdup ("井冈山");
  s->last_sync = g_strdup ("2026-03-05 25:00");
  assert_invalid (w, &px_site_entity, s, INVALID, "last_sync", "Last synchronised");

  l = new_sync_log (w);
  set_text (&l->direction, "both");
  assert_invalid (w, &px_sync_log_entity, l, INVALID, "direction", "send, receive");
  l = new_sync_log (w);
  l->n_conflicts = -1;
  assert_invalid (w, &px_sync_log_entity, l, INVALID, "n_conflicts", "Conflicts");
  l = new_sync_log (w);
  set_text (&l->site_id, "no-such-site");
  assert_invalid (w, &px_sync_log_entity, l, NOT_FOUND, "site_id", "site");
}

/* What deleting does to the records that refer to one */

static void
test_delete_class_cascades (World         *w,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PxAttendance *a = new_attendance (w, "present");

  g_free (insert_record (w, &px_attendance_entity, a));
  g_assert_cmpint (count_rows (w, "session"), ==, 2);

  g_assert_true (px_training_class_delete (w->db, w->class_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (w, "class"), ==, 0);
  g_assert_cmpint (count_rows (w, "session"), ==, 0);
  g_assert_cmpint (count_rows (w, "enrollment"), ==, 0);
  g_assert_cmpint (count_rows (w, "attendance"), ==, 0);
  g_assert_cmpint (count_rows (w, "action_plan"), ==, 0);
  g_assert_cmpint (count_rows (w, "questionnaire"), ==, 0);
  g_assert_cmpint (count_rows (w, "response"), ==, 0);
  /* what the class used stays */
  g_assert_cmpint (count_rows (w, "course"), ==, 1);
  g_assert_cmpint (count_rows (w, "cadre"), ==, 2);
}

static void
test_delete_refused (World         *w,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCadre) cadre = NULL;
  PxCertificate *c;

  /* a cadre with enrollments */
  g_assert_false (px_cadre_delete (w->db, w->cadre_id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cadre = px_cadre_get (w->db, w->cadre_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cadre);
  g_assert_cmpint (count_audit (w, "cadre", w->cadre_id, "delete", NULL), ==, 0);
  /* one without is deleted */
  g_assert_true (px_cadre_delete (w->db, w->cadre2_id, &error));
  g_assert_no_error (error);

  /* an enrollment with a certificate, and so its class */
  c = new_certificate (w->enrollment_id, "2026QN01001", "AAAA-0001");
  g_free (insert_record (w, &px_certificate_entity, c));
  g_assert_false (px_enrollment_delete (w->db, w->enrollment_id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (px_training_class_delete (w->db, w->class_id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (w, "session"), ==, 2);

  /* a unit with cadres */
  g_assert_false (px_org_unit_delete (w->db, w->unit_id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_CONSTRAINT);
}

static void
test_delete_sets_null (World         *w,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) session = NULL;

  g_assert_true (px_course_delete (w->db, w->course_id, &error));
  g_assert_no_error (error);
  g_assert_true (px_teacher_delete (w->db, w->teacher_id, &error));
  g_assert_no_error (error);
  session = px_session_get (w->db, w->session_id, &error);
  g_assert_no_error (error);
  g_assert_null (session->course_id);
  g_assert_null (session->teacher_id);
  g_assert_cmpstr (session->date, ==, "2026-03-02");
}


int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, World, NULL, world_set_up, func, world_tear_down)

  ADD ("/core/records/schema", test_schema_match);
  ADD ("/core/records/typed", test_typed);

  ADD ("/core/records/competency/crud", test_competency_crud);
  ADD ("/core/records/teacher/crud", test_teacher_crud);
  ADD ("/core/records/teacher-competency/crud", test_teacher_competency_crud);
  ADD ("/core/records/base/crud", test_base_crud);
  ADD ("/core/records/base-theme/crud", test_base_theme_crud);
  ADD ("/core/records/course/crud", test_course_crud);
  ADD ("/core/records/course-competency/crud", test_course_competency_crud);
  ADD ("/core/records/course-teacher/crud", test_course_teacher_crud);
  ADD ("/core/records/case-study/crud", test_case_study_crud);
  ADD ("/core/records/plan/crud", test_plan_crud);
  ADD ("/core/records/plan-item/crud", test_plan_item_crud);
  ADD ("/core/records/plan-item-competency/crud", test_plan_item_competency_crud);
  ADD ("/core/records/plan-quota/crud", test_plan_quota_crud);
  ADD ("/core/records/class/crud", test_class_crud);
  ADD ("/core/records/enrollment/crud", test_enrollment_crud);
  ADD ("/core/records/session/crud", test_session_crud);
  ADD ("/core/records/elective-choice/crud", test_elective_choice_crud);
  ADD ("/core/records/attendance/crud", test_attendance_crud);
  ADD ("/core/records/leave-request/crud", test_leave_request_crud);
  ADD ("/core/records/questionnaire/crud", test_questionnaire_crud);
  ADD ("/core/records/question/crud", test_question_crud);
  ADD ("/core/records/response/crud", test_response_crud);
  ADD ("/core/records/answer/crud", test_answer_crud);
  ADD ("/core/records/credit-rule/crud", test_credit_rule_crud);
  ADD ("/core/records/credit-record/crud", test_credit_record_crud);
  ADD ("/core/records/certificate-template/crud", test_certificate_template_crud);
  ADD ("/core/records/certificate/crud", test_certificate_crud);
  ADD ("/core/records/action-plan/crud", test_action_plan_crud);
  ADD ("/core/records/followup/crud", test_followup_crud);
  ADD ("/core/records/user/crud", test_user_crud);
  ADD ("/core/records/site/crud", test_site_crud);
  ADD ("/core/records/sync-log/crud", test_sync_log_crud);

  ADD ("/core/records/class/rules", test_class_rules);
  ADD ("/core/records/session/rules", test_session_rules);
  ADD ("/core/records/course/rules", test_course_rules);
  ADD ("/core/records/competency/rules", test_competency_rules);
  ADD ("/core/records/teacher/rules", test_teacher_rules);
  ADD ("/core/records/base/rules", test_base_rules);
  ADD ("/core/records/case-study/rules", test_case_study_rules);
  ADD ("/core/records/plan/rules", test_plan_rules);
  ADD ("/core/records/enrollment/rules", test_enrollment_rules);
  ADD ("/core/records/links/rules", test_link_rules);
  ADD ("/core/records/attendance/rules", test_attendance_rules);
  ADD ("/core/records/questionnaire/rules", test_questionnaire_rules);
  ADD ("/core/records/credit/rules", test_credit_rules);
  ADD ("/core/records/certificate/rules", test_certificate_rules);
  ADD ("/core/records/followup/rules", test_followup_rules);
  ADD ("/core/records/admin/rules", test_admin_rules);

  ADD ("/core/records/delete/cascade", test_delete_class_cascades);
  ADD ("/core/records/delete/refused", test_delete_refused);
  ADD ("/core/records/delete/set-null", test_delete_sets_null);

  return g_test_run ();
}
