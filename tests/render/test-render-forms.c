/* test-render-forms.c: the paper evaluation form, the credit statement (学时证明) and the class
 * archive (一班一档) drawn to PDF and PNG, read back with poppler's tools, and printed through
 * peixun-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "px-attendance-summary.h"
#include "px-cadre.h"
#include "px-certificate-list.h"
#include "px-certificates.h"
#include "px-class-archive.h"
#include "px-class-attendance.h"
#include "px-class-completion.h"
#include "px-class-results.h"
#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-credit-record.h"
#include "px-credit-statement.h"
#include "px-enrollment.h"
#include "px-evaluation-form.h"
#include "px-org-unit.h"
#include "px-question.h"
#include "px-questionnaire.h"
#include "px-render-error.h"
#include "px-render-test-util.h"
#include "px-roster-document.h"
#include "px-schedule.h"
#include "px-test-util.h"
#include "px-training-class.h"

#define SCHOOL        "中共嘉兴市委党校"
#define CLASS_TITLE   "乡村振兴专题培训班"
#define CLASS_CODE    "2026-ZT-021"
#define SPRING_TITLE  "年轻干部能力提升班"
#define SPRING_CODE   "2026-ZT-030"
#define TEACHER       "陈春婷"
#define UNIT          "嘉兴市南湖区发展和改革局"
#define COURSE_ONE    "乡村振兴战略的理论与实践"
#define COURSE_TWO    "共同富裕示范区建设的浙江探索"
#define COURSE_THREE  "现场教学：南湖区乡村治理数字化平台"

typedef struct
{
  PxRenderTestSchool school;
  char *class_id;
  char *spring_id;
  char *teacher_id;
  char *unit_id;
  char *session_ids[3];
  char *cadre_ids[3];
  char *citizen_ids[3];
  char *enrollment_ids[3];
  guint n_cadres;
} Fixture;

static const char * const cadre_names[] = { "王建国", "李秀英", "张伟" };

/* Helpers */

/* The last eight characters of a key in upper case, as form codes have them. */
static char *
key_tail (const char *id)
{
  return g_ascii_strup (id + strlen (id) - 8, -1);
}

static char *
add_class (PxDatabase *db,
           const char *code,
           const char *title,
           const char *start,
           const char *end,
           double      credit_hours)
{
  g_autoptr(PxTrainingClass) c = px_render_test_class_new (code, title, start, end, SCHOOL);

  c->required_hours = 6;
  c->credit_hours = credit_hours;
  return px_render_test_add_class (db, c);
}

static char *
add_session (Fixture    *f,
             const char *class_id,
             const char *date,
             const char *slot,
             const char *start,
             const char *end,
             const char *title)
{
  g_autoptr(PxSession) s = px_render_test_session_new (class_id, date, slot, start, end);

  s->title = g_strdup (title);
  s->teacher_id = g_strdup (f->teacher_id);
  return px_render_test_add_session (f->school.db, s);
}

static char *
add_cadre (Fixture    *f,
           const char *name,
           const char *gender,
           char      **citizen_id)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GError) error = NULL;

  cadre->name = g_strdup (name);
  cadre->citizen_id = px_test_make_id ("330402", g_str_equal (gender, "男") ? "19800312"
                                                                            : "19850607",
                                       g_str_equal (gender, "男") ? 2 * ++f->n_cadres + 1
                                                                  : 2 * ++f->n_cadres);
  cadre->gender = g_strdup (gender);
  cadre->birth_date = g_strdup (g_str_equal (gender, "男") ? "1980-03-12" : "1985-06-07");
  cadre->unit_id = g_strdup (f->unit_id);
  cadre->post = g_strdup ("副局长");
  px_cadre_insert (f->school.db, cadre, &error);
  g_assert_no_error (error);
  *citizen_id = g_strdup (cadre->citizen_id);
  return g_strdup (cadre->base.id);
}

static char *
enroll (Fixture    *f,
        const char *class_id,
        const char *cadre_id)
{
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();
  g_autoptr(GError) error = NULL;

  enrollment->class_id = g_strdup (class_id);
  enrollment->cadre_id = g_strdup (cadre_id);
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->school.db, enrollment, &error);
  g_assert_no_error (error);
  return g_strdup (enrollment->base.id);
}

static void
mark (Fixture    *f,
      guint       session,
      guint       trainee,
      const char *status)
{
  g_autoptr(GError) error = NULL;

  px_class_attendance_set_status (f->school.db, f->session_ids[session], f->enrollment_ids[trainee],
                                  status, &error);
  g_assert_no_error (error);
}

static void
add_credit (Fixture    *f,
            const char *cadre_id,
            int         year,
            const char *source,
            double      hours,
            const char *note)
{
  g_autoptr(PxCreditRecord) record = px_credit_record_new ();
  g_autoptr(GError) error = NULL;

  record->cadre_id = g_strdup (cadre_id);
  record->year = year;
  record->source = g_strdup (source);
  record->hours = hours;
  record->note = g_strdup (note);
  px_credit_record_insert (f->school.db, record, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassCompletion) completed = NULL;
  g_autoptr(PxClassCompletion) spring_completed = NULL;
  const char *two[] = { NULL, NULL, NULL };
  char *spring_session;

  px_render_test_school_open (&f->school, SCHOOL);

  f->teacher_id = px_test_add_teacher (f->school.db, TEACHER);
  f->unit_id = px_org_unit_ensure_by_name (f->school.db, UNIT, &error);
  g_assert_no_error (error);

  f->class_id = add_class (f->school.db, CLASS_CODE, CLASS_TITLE, "2026-11-23", "2026-11-25", 24);
  f->session_ids[0] = add_session (f, f->class_id, "2026-11-23", "morning", "08:30", "11:30",
                                   COURSE_ONE);
  f->session_ids[1] = add_session (f, f->class_id, "2026-11-23", "afternoon", "14:30", "17:30",
                                   COURSE_TWO);
  f->session_ids[2] = add_session (f, f->class_id, "2026-11-24", "morning", "08:30", "11:30",
                                   COURSE_THREE);
  for (guint i = 0; i < 3; i++)
    {
      f->cadre_ids[i] = add_cadre (f, cadre_names[i], i == 1 ? "女" : "男", &f->citizen_ids[i]);
      f->enrollment_ids[i] = enroll (f, f->class_id, f->cadre_ids[i]);
    }
  for (guint s = 0; s < 3; s++)
    mark (f, s, 0, "present");
  mark (f, 0, 1, "present");
  mark (f, 1, 1, "late");
  mark (f, 2, 1, "present");
  mark (f, 0, 2, "present");
  mark (f, 1, 2, "absent");
  mark (f, 2, 2, "leave");

  /* The first two completed (the head teacher's decision): each gets the class's credit. */
  two[0] = f->citizen_ids[0];
  two[1] = f->citizen_ids[1];
  completed = px_class_completion_override (f->school.db, CLASS_CODE, two, NULL, &error);
  g_assert_no_error (error);

  /* The first also took a class in spring, and studied online. */
  f->spring_id = add_class (f->school.db, SPRING_CODE, SPRING_TITLE, "2026-06-01", "2026-06-03",
                            30);
  spring_session = add_session (f, f->spring_id, "2026-06-01", "morning", "08:30", "11:30",
                                "年轻干部的使命担当");
  g_free (spring_session);
  g_free (enroll (f, f->spring_id, f->cadre_ids[0]));
  spring_completed = px_class_completion_override (f->school.db, SPRING_CODE, NULL, NULL, &error);
  g_assert_no_error (error);
  add_credit (f, f->cadre_ids[0], 2026, "online", 20, "中国干部网络学院");
  add_credit (f, f->cadre_ids[0], 2025, "other", 10, "市委组织部专题讲座");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  px_render_test_school_close (&f->school);
  g_free (f->class_id);
  g_free (f->spring_id);
  g_free (f->teacher_id);
  g_free (f->unit_id);
  for (guint i = 0; i < 3; i++)
    {
      g_free (f->session_ids[i]);
      g_free (f->cadre_ids[i]);
      g_free (f->citizen_ids[i]);
      g_free (f->enrollment_ids[i]);
    }
}

/* Writes document as a PDF and a PNG of its first page into the build folder (artefacts to
 * look at); checks what pdfinfo and pdffonts say of the PDF: the page count, A4, every font
 * embedded, the CJK sans among them. Returns the PDF's text, squeezed. */
static char *
check_pdf (Fixture    *f,
           PxDocument *document,
           const char *name,
           guint       n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *png_name = g_strconcat (name, ".png", NULL);
  g_autofree char *pdf = px_render_test_artefact_path (pdf_name);
  g_autofree char *info = NULL;

  g_assert_true (px_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (px_document_get_n_pages (document), ==, n_pages);

  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, n_pages);
  info = px_render_test_run_tool ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "(A4)"));
  px_render_test_assert_fonts_embedded (pdf, 2, "NotoSansCJKsc", NULL);
  px_render_test_write_artefact (document, 0, png_name);

  return px_render_test_pdf_text (pdf, 0);
}

/* The text of one page (from 1) of the artefact check_pdf wrote, squeezed. */
static char *
page_text (Fixture    *f,
           const char *name,
           guint       page)
{
  g_autofree char *pdf_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *pdf = px_render_test_artefact_path (pdf_name);

  return px_render_test_pdf_text (pdf, page);
}

static char *
add_questionnaire (Fixture    *f,
                   const char *kind,
                   const char *title,
                   const char *class_id)
{
  g_autoptr(PxQuestionnaire) q = px_questionnaire_new ();
  g_autoptr(GError) error = NULL;

  q->kind = g_strdup (kind);
  q->title = g_strdup (title);
  q->class_id = g_strdup (class_id);
  q->is_template = class_id == NULL;
  px_questionnaire_insert (f->school.db, q, &error);
  g_assert_no_error (error);
  return g_strdup (q->base.id);
}

static void
add_question_on_scale (Fixture    *f,
                       const char *questionnaire_id,
                       gint64      position,
                       const char *kind,
                       const char *text,
                       const char *options,
                       gint64      scale_max)
{
  g_autoptr(PxQuestion) q = px_question_new ();
  g_autoptr(GError) error = NULL;

  q->questionnaire_id = g_strdup (questionnaire_id);
  q->position = position;
  q->kind = g_strdup (kind);
  q->text = g_strdup (text);
  q->options = g_strdup (options);
  q->scale_max = scale_max;
  px_question_insert (f->school.db, q, &error);
  g_assert_no_error (error);
}

static void
add_question (Fixture    *f,
              const char *questionnaire_id,
              gint64      position,
              const char *kind,
              const char *text,
              const char *options)
{
  add_question_on_scale (f, questionnaire_id, position, kind, text, options, 5);
}

/* Evaluation forms */

/* No questionnaire of the school's own: the built-in questions, the class form on a page of its
 * own, then the course forms two to a page. */
static void
test_evaluation_default (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEvaluationForm) form = px_evaluation_form_new_for_class (f->school.db, f->class_id,
                                                                       &error);
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *session_code = NULL;
  g_autofree char *class_code = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_evaluation_form_get_n_forms (form), ==, 4);
  class_code = key_tail (f->class_id);
  g_assert_true (g_str_has_prefix (px_evaluation_form_get_form_code (form, 0), "STD-CLASS/C"));
  g_assert_true (g_str_has_suffix (px_evaluation_form_get_form_code (form, 0), class_code));
  {
    g_autofree char *session_part = key_tail (f->session_ids[0]);

    session_code = g_strconcat ("STD-COURSE/S", session_part, NULL);
  }
  g_assert_cmpstr (px_evaluation_form_get_form_code (form, 1), ==, session_code);

  text = check_pdf (f, PX_DOCUMENT (form), "evaluation-default", 3);
  px_render_test_assert_has (text, SCHOOL);
  px_render_test_assert_has (text, CLASS_TITLE);
  px_render_test_assert_has (text, CLASS_CODE);
  px_render_test_assert_has (text, _("Class Evaluation Form"));
  px_render_test_assert_has (text, _("Course Evaluation Form"));
  px_render_test_assert_has (text, _("Very satisfied"));
  px_render_test_assert_has (text, _("Dissatisfied"));
  px_render_test_assert_has (text, _("Services: accommodation, meals and facilities"));
  px_render_test_assert_has (text, _("Relevance to my work"));

  first = page_text (f, "evaluation-default", 1);
  second = page_text (f, "evaluation-default", 2);
  third = page_text (f, "evaluation-default", 3);
  /* numbered as the entry screen numbers them */
  px_render_test_assert_has (first, "1.");
  px_render_test_assert_has (first, "6.");
  px_render_test_assert_has (first, _("Overall, this class"));
  px_render_test_assert_lacks (first, COURSE_ONE);
  px_render_test_assert_has (second, COURSE_ONE);
  px_render_test_assert_has (second, COURSE_TWO);
  px_render_test_assert_has (second, TEACHER);
  px_render_test_assert_has (second, "08:30–11:30");
  px_render_test_assert_has (second, px_class_timetable_slot_label ("afternoon"));
  px_render_test_assert_has (second, px_evaluation_form_get_form_code (form, 1));
  px_render_test_assert_has (second, px_evaluation_form_get_form_code (form, 2));
  px_render_test_assert_lacks (second, COURSE_THREE);
  px_render_test_assert_has (third, COURSE_THREE);
  px_render_test_assert_has (third, "2026年11月24日");
}

/* The class's own questionnaire replaces the default, and a template replaces it where the
 * class has none. */
static void
test_evaluation_questionnaire (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEvaluationForm) form = NULL;
  g_autofree char *course = add_questionnaire (f, "course_evaluation", "乡村振兴班课程评估表",
                                               f->class_id);
  g_autofree char *other = add_questionnaire (f, "course_evaluation", "别的班的课程评估表",
                                              f->spring_id);
  g_autofree char *template = add_questionnaire (f, "class_evaluation", "培训班总体评估表（模板）",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected_code = NULL;
  g_autofree char *class_part = NULL;

  add_question (f, course, 1, "rating", "课程内容对推动本地乡村振兴的指导作用", NULL);
  add_question (f, course, 2, "choice", "本课最适合的教学方式", "专题讲授\n研讨交流\n案例教学\n现场教学");
  add_question (f, course, 3, "multi_choice", "希望增加的内容", "政策解读\n典型案例\n实地调研");
  add_question (f, course, 4, "text", "对授课教师的建议", NULL);
  add_question_on_scale (f, course, 5, "rating", "向同事推荐本课的意愿", NULL, 10);
  add_question (f, other, 1, "rating", "这道题属于别的班", NULL);
  add_question (f, template, 1, "rating", "培训组织与班级管理（模板题）", NULL);

  form = px_evaluation_form_new_for_session (f->school.db, f->session_ids[1], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_evaluation_form_get_n_forms (form), ==, 1);
  {
    g_autofree char *questionnaire_part = key_tail (course);
    g_autofree char *session_part = key_tail (f->session_ids[1]);

    expected_code = g_strdup_printf ("%s/S%s", questionnaire_part, session_part);
    g_assert_cmpstr (px_evaluation_form_get_form_code (form, 0), ==, expected_code);
  }
  text = check_pdf (f, PX_DOCUMENT (form), "evaluation-session", 1);
  px_render_test_assert_has (text, "乡村振兴班课程评估表");
  px_render_test_assert_has (text, "1.课程内容对推动本地乡村振兴的指导作用");
  px_render_test_assert_has (text, "2.本课最适合的教学方式");
  px_render_test_assert_has (text, "研讨交流");
  px_render_test_assert_has (text, "3.希望增加的内容");
  px_render_test_assert_has (text, _("(tick all that apply)"));
  px_render_test_assert_has (text, "4.对授课教师的建议");
  /* a scale without words: its numbers, the best named */
  {
    g_autofree char *best = g_strdup_printf (_("Item (%u is best)"), 10);

    px_render_test_assert_has (text, "5.向同事推荐本课的意愿");
    px_render_test_assert_has (text, best);
  }
  px_render_test_assert_has (text, COURSE_TWO);
  px_render_test_assert_lacks (text, COURSE_ONE);
  px_render_test_assert_lacks (text, _("Relevance to my work"));
  px_render_test_assert_lacks (text, "这道题属于别的班");
  g_clear_object (&form);
  g_clear_pointer (&text, g_free);

  /* The class form takes the template; the course forms the class's questionnaire. */
  form = px_evaluation_form_new_for_class (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  class_part = key_tail (template);
  g_assert_true (g_str_has_prefix (px_evaluation_form_get_form_code (form, 0), class_part));
  text = check_pdf (f, PX_DOCUMENT (form), "evaluation-class",
                    px_document_get_n_pages (PX_DOCUMENT (form)));
  px_render_test_assert_has (text, "培训组织与班级管理（模板题）");
  px_render_test_assert_lacks (text, _("Services: accommodation, meals and facilities"));
  px_render_test_assert_has (text, "对授课教师的建议");
}

/* Many questions: the form goes on over pages, no question split, the scale's words again. */
static void
test_evaluation_long (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEvaluationForm) form = NULL;
  g_autofree char *id = add_questionnaire (f, "class_evaluation", "培训班总体评估表", f->class_id);
  g_autofree char *text = NULL;
  g_autofree char *second = NULL;
  guint n_pages;

  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *question = g_strdup_printf ("第%u项：对培训各环节组织实施情况的总体评价", i);

      add_question (f, id, i * 10, "rating", question, NULL);
    }
  add_question (f, id, 1000, "text", "其他意见和建议", NULL);
  form = px_evaluation_form_new_for_class (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  n_pages = px_document_get_n_pages (PX_DOCUMENT (form));
  /* two pages of class form, then the three course forms on two */
  g_assert_cmpuint (n_pages, ==, 4);
  text = check_pdf (f, PX_DOCUMENT (form), "evaluation-long", n_pages);
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *question = g_strdup_printf ("%u.第%u项：", i, i);

      px_render_test_assert_has (text, question);
    }
  px_render_test_assert_has (text, "41.其他意见和建议");
  second = page_text (f, "evaluation-long", 2);
  px_render_test_assert_has (second, _("Very satisfied"));
  px_render_test_assert_has (second, "培训班总体评估表");
}

static void
test_evaluation_day (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEvaluationForm) form = px_evaluation_form_new_for_day (f->school.db, f->class_id,
                                                                     "2026-11-23", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (px_evaluation_form_get_n_forms (form), ==, 2);
  g_assert_cmpuint (px_document_get_n_pages (PX_DOCUMENT (form)), ==, 1);
  g_clear_object (&form);

  form = px_evaluation_form_new_for_day (f->school.db, f->class_id, "2026-11-23", "afternoon",
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_evaluation_form_get_n_forms (form), ==, 1);
  g_clear_object (&form);

  form = px_evaluation_form_new_for_day (f->school.db, f->class_id, "2026-11-25", NULL, &error);
  g_assert_null (form);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, CLASS_CODE));
  g_clear_error (&error);

  form = px_evaluation_form_new_for_class (f->school.db, "no-such-class", &error);
  g_assert_null (form);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  form = px_evaluation_form_new_for_session (f->school.db, "no-such-session", &error);
  g_assert_null (form);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* Credit statements */

/* Two classes and an online record in 2026; a record of 2025 stays out. */
static void
test_statement_sum (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCreditStatement) statement = px_credit_statement_new (f->school.db, f->cadre_ids[0],
                                                                   2026, &error);
  g_autofree char *text = NULL;
  g_autofree char *masked = px_cadre_mask_citizen_id (f->citizen_ids[0]);
  g_autofree char *sentence = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (px_credit_statement_get_n_entries (statement), ==, 3);
  g_assert_cmpfloat_with_epsilon (px_credit_statement_get_total (statement), 24 + 30 + 20, 1e-9);

  text = check_pdf (f, PX_DOCUMENT (statement), "statement", 1);
  px_render_test_assert_has (text, SCHOOL);
  px_render_test_assert_has (text, _("Training Hours Statement"));
  px_render_test_assert_has (text, "王建国");
  px_render_test_assert_has (text, UNIT);
  px_render_test_assert_has (text, "副局长");
  px_render_test_assert_has (text, masked);
  px_render_test_assert_lacks (text, f->citizen_ids[0]);
  px_render_test_assert_has (text, CLASS_TITLE);
  px_render_test_assert_has (text, SPRING_TITLE);
  px_render_test_assert_has (text, "2026.11.23–11.25");
  px_render_test_assert_has (text, _("Online training"));
  px_render_test_assert_has (text, "中国干部网络学院");
  px_render_test_assert_lacks (text, "市委组织部专题讲座");
  px_render_test_assert_has (text, _("Completed"));
  sentence = g_strdup_printf (_("This is to certify that comrade %s took part in cadre "
                                "education and training in %d for %s class hours in all."),
                              "王建国", 2026, "74");
  px_render_test_assert_has (text, sentence);
  px_render_test_assert_has (text, _("Hereby certified."));
  px_render_test_assert_has (text, _("(seal)"));
  g_clear_object (&statement);
  g_clear_pointer (&text, g_free);

  /* 2025 has only the other record. */
  statement = px_credit_statement_new (f->school.db, f->cadre_ids[0], 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_credit_statement_get_n_entries (statement), ==, 1);
  g_assert_cmpfloat_with_epsilon (px_credit_statement_get_total (statement), 10, 1e-9);

  /* A trainee who did not complete: the class is listed with no hours. */
  g_clear_object (&statement);
  statement = px_credit_statement_new (f->school.db, f->cadre_ids[2], 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_credit_statement_get_n_entries (statement), ==, 1);
  g_assert_cmpfloat_with_epsilon (px_credit_statement_get_total (statement), 0, 1e-9);
}

/* Many records: the table goes on over pages and the total still adds them all, once. */
static void
test_statement_long (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCreditStatement) statement = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  guint n_pages;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *note = g_strdup_printf ("网络专题课程第%u讲", i + 1);

      add_credit (f, f->cadre_ids[1], 2026, "other", 1.5, note);
    }
  statement = px_credit_statement_new (f->school.db, f->cadre_ids[1], 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_credit_statement_get_n_entries (statement), ==, 61);
  g_assert_cmpfloat_with_epsilon (px_credit_statement_get_total (statement), 24 + 90, 1e-9);
  n_pages = px_document_get_n_pages (PX_DOCUMENT (statement));
  g_assert_cmpuint (n_pages, >=, 2);
  text = check_pdf (f, PX_DOCUMENT (statement), "statement-long", n_pages);
  px_render_test_assert_has (text, "网络专题课程第60讲");
  px_render_test_assert_has (text, "114");
  last = page_text (f, "statement-long", n_pages);
  px_render_test_assert_has (last, _("Hereby certified."));
  px_render_test_assert_has (last, SCHOOL);
}

static void
test_statement_refusals (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCreditStatement) statement = px_credit_statement_new (f->school.db, f->cadre_ids[0],
                                                                   2024, &error);

  g_assert_null (statement);
  g_assert_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "王建国"));
  g_assert_nonnull (strstr (error->message, "2024"));
  g_clear_error (&error);

  statement = px_credit_statement_new (f->school.db, "no-such-cadre", 2026, &error);
  g_assert_null (statement);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* Class archives */

static char *
contents_line (PxClassArchive *archive,
               guint           part)
{
  PxDocumentBundle *bundle = PX_DOCUMENT_BUNDLE (archive);
  guint n_pages = px_document_get_n_pages (px_document_bundle_get_part (bundle, part));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "page %u (%u page)",
                                       "page %u (%u pages)", n_pages),
                          px_document_bundle_get_part_first_page (bundle, part) + 1, n_pages);
}

/* Every part: the pages add up, each part keeps its page size, the cover lists where each
 * begins. */
static void
test_archive_parts (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issued = px_certificates_issue (f->school.db, CLASS_CODE, &error);
  g_autoptr(PxClassArchive) archive = NULL;
  g_autoptr(PxRosterDocument) roster = NULL;
  g_autoptr(PxSchedule) schedule = NULL;
  g_autoptr(PxAttendanceSummary) attendance = NULL;
  g_autoptr(PxClassResults) results = NULL;
  g_autoptr(PxCertificateList) certificates = NULL;
  PxDocumentBundle *bundle;
  g_autofree char *text = NULL;
  g_autofree char *cover = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pdf = px_render_test_artefact_path ("archive.pdf");
  g_autofree char *schedule_page = NULL;
  g_autofree char *landscape = NULL;
  guint expected, schedule_first;
  const char *labels[] = { _("Trainee roster"), _("Class schedule"), _("Attendance summary"),
                           _("Trainee results"), _("Certificates issued") };

  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 2);
  g_assert_true (px_certificates_revoke (f->school.db,
                                         ((PxCertificateInfo *) issued->pdata[1])->number,
                                         "身份信息有误", &error));
  g_assert_no_error (error);

  /* the parts on their own */
  roster = px_roster_document_new (f->school.db, f->class_id, NULL, &error);
  g_assert_no_error (error);
  schedule = px_schedule_new_for_class (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  attendance = px_attendance_summary_new (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_attendance_summary_get_n_trainees (attendance), ==, 3);
  results = px_class_results_new (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_class_results_get_n_trainees (results), ==, 3);
  certificates = px_certificate_list_new (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_certificate_list_get_n_certificates (certificates), ==, 2);
  expected = 1 + px_document_get_n_pages (PX_DOCUMENT (roster))
             + px_document_get_n_pages (PX_DOCUMENT (schedule))
             + px_document_get_n_pages (PX_DOCUMENT (attendance))
             + px_document_get_n_pages (PX_DOCUMENT (results))
             + px_document_get_n_pages (PX_DOCUMENT (certificates));

  archive = px_class_archive_new (f->school.db, f->class_id, &error);
  g_assert_no_error (error);
  bundle = PX_DOCUMENT_BUNDLE (archive);
  g_assert_cmpuint (px_class_archive_get_n_omitted (archive), ==, 0);
  g_assert_cmpuint (px_document_bundle_get_n_parts (bundle), ==, 6);
  text = check_pdf (f, PX_DOCUMENT (archive), "archive", expected);

  /* the cover: the class, and each part with the page it begins on */
  cover = page_text (f, "archive", 1);
  px_render_test_assert_has (cover, SCHOOL);
  px_render_test_assert_has (cover, _("Class Archive"));
  px_render_test_assert_has (cover, CLASS_TITLE);
  px_render_test_assert_has (cover, CLASS_CODE);
  px_render_test_assert_has (cover, "毛文雪");
  px_render_test_assert_has (cover, _("Contents"));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *where = contents_line (archive, i + 1);
      g_autofree char *line = g_strdup_printf ("%u%s", i + 1, labels[i]);

      g_assert_cmpstr (px_document_bundle_get_part_label (bundle, i + 1), ==, labels[i]);
      px_render_test_assert_has (cover, line);
      px_render_test_assert_has (cover, where);
    }
  px_render_test_assert_lacks (cover, _("not included: %s"));

  /* each part's own text, in the order of the contents */
  px_render_test_assert_has (text, "王建国");
  px_render_test_assert_has (text, COURSE_TWO);
  px_render_test_assert_has (text, _("Attendance Summary"));
  px_render_test_assert_has (text, _("Leave over 1/7"));
  px_render_test_assert_has (text, ((PxCertificateInfo *) issued->pdata[0])->number);
  px_render_test_assert_has (text, "身份信息有误");
  g_assert_true (strstr (text, COURSE_TWO) < strstr (text, "身份信息有误"));

  /* the schedule keeps its landscape page among the portrait ones */
  schedule_first = px_document_bundle_get_part_first_page (bundle, 2) + 1;
  schedule_page = g_strdup_printf ("%u", schedule_first);
  info = px_render_test_run_tool ("pdfinfo", "-f", "1", "-l", "9", pdf, NULL);
  landscape = g_strdup_printf ("Page %4u size:  841.89 x 595.276 pts (A4)", schedule_first);
  g_assert_nonnull (strstr (info, landscape));
  g_assert_nonnull (strstr (info, "Page    1 size:  595.276 x 841.89 pts (A4)"));
}

/* A class with little to show: the parts without anything are left out and the contents say
 * why. */
static void
test_archive_omitted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxClassArchive) archive = px_class_archive_new (f->school.db, f->spring_id, &error);
  g_autofree char *text = NULL;
  g_autofree char *empty_id = NULL;
  g_autofree char *no_roll = NULL;
  g_autofree char *no_certificates = NULL;
  PxDocumentBundle *bundle;
  guint expected = 1;

  g_assert_no_error (error);
  bundle = PX_DOCUMENT_BUNDLE (archive);
  g_assert_cmpuint (px_class_archive_get_n_omitted (archive), ==, 2);
  g_assert_cmpuint (px_document_bundle_get_n_parts (bundle), ==, 4);
  for (guint i = 1; i < px_document_bundle_get_n_parts (bundle); i++)
    expected += px_document_get_n_pages (px_document_bundle_get_part (bundle, i));
  text = check_pdf (f, PX_DOCUMENT (archive), "archive-omitted", expected);
  no_roll = g_strdup_printf (_("not included: %s"), _("no roll-call taken"));
  no_certificates = g_strdup_printf (_("not included: %s"), _("no certificates issued"));
  px_render_test_assert_has (text, no_roll);
  px_render_test_assert_has (text, no_certificates);
  px_render_test_assert_has (text, SPRING_TITLE);
  g_clear_object (&archive);
  g_clear_pointer (&text, g_free);

  /* nothing at all: the cover alone, saying so for every part */
  empty_id = add_class (f->school.db, "2026-ZT-099", "空白班", "2026-12-07", "2026-12-08", 12);
  archive = px_class_archive_new (f->school.db, empty_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_class_archive_get_n_omitted (archive), ==, 5);
  text = check_pdf (f, PX_DOCUMENT (archive), "archive-empty", 1);
  px_render_test_assert_has (text, _("no sessions in the timetable"));
  px_render_test_assert_has (text, _("no trainees enrolled"));
  g_clear_object (&archive);

  archive = px_class_archive_new (f->school.db, "no-such-class", &error);
  g_assert_null (archive);
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* The command line */

static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *first,
         ...) G_GNUC_NULL_TERMINATED;

/* peixun-cli print … on the fixture's database; *out and *err freed first when set. */
static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, f->school.path);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  return px_test_run_cli ((const char * const *) args->pdata, out, err);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->school.dir, "cli.pdf", NULL);
  g_autofree char *never = g_build_filename (f->school.dir, "never.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *lower = g_ascii_strdown (f->citizen_ids[0], -1);

  g_clear_object (&f->school.db);

  /* evaluation forms: the class, one day, one half-day */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "-o", pdf, NULL), ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 3);
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--date", "2026-11-23", "-o", pdf, NULL), ==, 0);
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 1);
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--date", "2026-11-24", "--slot", "morning", "-o", pdf, NULL), ==, 0);
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 1);
  /* no session then: refused, saying so, no file */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--date", "2026-11-24", "--slot", "evening", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, CLASS_CODE));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  /* usage errors */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--date", "23.11.2026", "-o", never, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "23.11.2026"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--slot", "morning", "-o", never, NULL), ==, 2);
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            "--date", "2026-11-23", "--slot", "noon", "-o", never, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "noon"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", CLASS_CODE,
                            NULL), ==, 2);
  g_assert_cmpint (run_cli (f, &out, &err, "print", "evaluation-form", "--class", "2099-XX-001",
                            "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2099-XX-001"));

  /* the statement, the citizen ID in either case */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--cadre", lower, "--year",
                            "2026", "-o", pdf, NULL), ==, 0);
  g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==, 1);
  {
    g_autofree char *text = px_render_test_pdf_text (pdf, 0);

    px_render_test_assert_has (text, "王建国");
    px_render_test_assert_has (text, "74");
  }
  /* a year with nothing, an unknown cadre, a year that is none */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--cadre", f->citizen_ids[0],
                            "--year", "2024", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2024"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--cadre",
                            "110101199001011237", "--year", "2026", "-o", never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "110101199001011237"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--cadre", f->citizen_ids[0],
                            "--year", "20x6", "-o", never, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "20x6"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--cadre", f->citizen_ids[0],
                            "--year", "1900", "-o", never, NULL), ==, 2);
  g_assert_cmpint (run_cli (f, &out, &err, "print", "statement", "--year", "2026", "-o", never,
                            NULL), ==, 2);
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));

  /* the archive */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "archive", "--class", CLASS_CODE, "-o", pdf,
                            NULL), ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxDatabase) db = px_database_open (f->school.path, &error);
    g_autoptr(PxClassArchive) archive = NULL;

    g_assert_no_error (error);
    archive = px_class_archive_new (db, f->class_id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (px_render_test_pdf_n_pages (pdf), ==,
                      px_document_get_n_pages (PX_DOCUMENT (archive)));
  }
  g_assert_cmpint (run_cli (f, &out, &err, "print", "archive", "--class", "2099-XX-001", "-o",
                            never, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "2099-XX-001"));
  g_assert_cmpint (run_cli (f, &out, &err, "print", "archive", "-o", never, NULL), ==, 2);
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));

  /* the kinds are listed */
  g_assert_cmpint (run_cli (f, &out, &err, "print", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "evaluation-form"));
  g_assert_nonnull (strstr (out, "statement"));
  g_assert_nonnull (strstr (out, "archive"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/forms/evaluation/default", test_evaluation_default);
  ADD ("/render/forms/evaluation/questionnaire", test_evaluation_questionnaire);
  ADD ("/render/forms/evaluation/long", test_evaluation_long);
  ADD ("/render/forms/evaluation/day", test_evaluation_day);
  ADD ("/render/forms/statement/sum", test_statement_sum);
  ADD ("/render/forms/statement/long", test_statement_long);
  ADD ("/render/forms/statement/refusals", test_statement_refusals);
  ADD ("/render/forms/archive/parts", test_archive_parts);
  ADD ("/render/forms/archive/omitted", test_archive_omitted);
  ADD ("/render/forms/cli", test_cli);
#undef ADD

  return g_test_run ();
}
