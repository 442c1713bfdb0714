/* px-evaluation-form.c: the paper evaluation form (评估表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-class-timetable.h"
#include "px-date.h"
#include "px-evaluation-form.h"
#include "px-question.h"
#include "px-render-error.h"
#include "px-session.h"
#include "px-training-class.h"

/* Type sizes and spacing in points. */
#define BODY_SIZE    9.5
#define SMALL_SIZE   8.0
#define ROW_PAD      4.0
#define BOX_SIDE     9.0
#define LINE_STEP    21.0   /* between the ruled lines of a text question: room to write */
#define BLOCK_GAP    8.0
#define OPTION_GAP   18.0
#define HALF_GAP     30.0   /* between two forms sharing a page; the cut line in its middle */
#define SCALE_COLUMN 50.0

#define RULE_GREY    0.62
#define HEAD_FILL    0.93

typedef enum
{
  ITEM_RATING,
  ITEM_CHOICE,
  ITEM_MULTI_CHOICE,
  ITEM_TEXT,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint number;
  char *text;
  GStrv options;        /* choices */
  guint scale_max;      /* ratings */
} FormItem;

typedef enum
{
  BLOCK_HEADING,
  BLOCK_SCALE_HEAD,     /* the scale's words over a run of rating questions */
  BLOCK_RATING,
  BLOCK_CHOICE,
  BLOCK_TEXT,
} BlockKind;

typedef struct
{
  BlockKind kind;
  FormItem *item;       /* borrowed from the sheet; NULL for the heading */
  guint scale_max;      /* of a scale head or rating row */
  double gap_before;
  double height;
} FormBlock;

/* One form: a questionnaire for one subject. */
typedef struct
{
  char *title;
  char *description;
  char *class_line;
  char *session_line;   /* NULL on the class form */
  char *code;
  gboolean is_session;
  guint n_text_lines;   /* ruled lines under each text question */
  GPtrArray *items;     /* (element-type FormItem) */
  GPtrArray *blocks;    /* (element-type FormBlock) */
  double height;        /* all blocks with their gaps */
} FormSheet;

/* A run of one sheet's blocks on a page. */
typedef struct
{
  FormSheet *sheet;
  guint first;
  guint end;
  double y;             /* from the top of the content */
  gboolean continued;   /* the sheet began on an earlier page */
} Placement;

typedef struct
{
  GArray *placements;   /* (element-type Placement) */
  gboolean halves;      /* two forms, cut in the middle */
} FormPage;

struct _PxEvaluationForm
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  GPtrArray *sheets;    /* (element-type FormSheet) */
  GPtrArray *pages;     /* (element-type FormPage) */
};

G_DEFINE_FINAL_TYPE (PxEvaluationForm, px_evaluation_form, PX_TYPE_DOCUMENT)

/* Sheets */

static void
form_item_free (FormItem *item)
{
  g_free (item->text);
  g_strfreev (item->options);
  g_free (item);
}

static void
form_sheet_free (FormSheet *sheet)
{
  g_free (sheet->title);
  g_free (sheet->description);
  g_free (sheet->class_line);
  g_free (sheet->session_line);
  g_free (sheet->code);
  g_ptr_array_unref (sheet->items);
  g_clear_pointer (&sheet->blocks, g_ptr_array_unref);
  g_free (sheet);
}

static void
form_page_free (FormPage *page)
{
  g_array_unref (page->placements);
  g_free (page);
}

static FormSheet *
form_sheet_new (gboolean is_session)
{
  FormSheet *sheet = g_new0 (FormSheet, 1);

  sheet->is_session = is_session;
  /* The class form has the page to itself and asks for more; a course form stays short. */
  sheet->n_text_lines = is_session ? 3 : 5;
  sheet->items = g_ptr_array_new_with_free_func ((GDestroyNotify) form_item_free);
  return sheet;
}

static void
add_item (FormSheet  *sheet,
          ItemKind    kind,
          const char *text,
          const char *options,
          guint       scale_max)
{
  FormItem *item = g_new0 (FormItem, 1);

  item->kind = kind;
  item->number = sheet->items->len + 1;
  item->text = g_strdup (text);
  item->scale_max = CLAMP (scale_max, 2, 10);
  if (options != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (options, "\n", -1);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

      for (guint i = 0; lines[i] != NULL; i++)
        if (*g_strstrip (lines[i]) != '\0')
          g_strv_builder_add (kept, lines[i]);
      item->options = g_strv_builder_end (kept);
    }
  g_ptr_array_add (sheet->items, item);
}

/* The questions a school asks when it has set up none of its own. */
static void
add_default_items (FormSheet *sheet)
{
  if (sheet->is_session)
    {
      add_item (sheet, ITEM_RATING, _("Teaching content: substance, accuracy and depth"), NULL, 5);
      add_item (sheet, ITEM_RATING, _("Teaching method: clarity, interaction and use of cases"),
                NULL, 5);
      add_item (sheet, ITEM_RATING, _("Relevance to my work"), NULL, 5);
      add_item (sheet, ITEM_RATING, _("Overall, this session"), NULL, 5);
      add_item (sheet, ITEM_TEXT, _("Your comments and suggestions on this session"), NULL, 0);
    }
  else
    {
      add_item (sheet, ITEM_RATING, _("Organisation and class management"), NULL, 5);
      add_item (sheet, ITEM_RATING, _("Curriculum: choice of topics and their relevance"), NULL,
                5);
      add_item (sheet, ITEM_RATING, _("Teachers"), NULL, 5);
      add_item (sheet, ITEM_RATING, _("Services: accommodation, meals and facilities"), NULL, 5);
      add_item (sheet, ITEM_RATING, _("Overall, this class"), NULL, 5);
      add_item (sheet, ITEM_TEXT, _("Your comments and suggestions on this class"), NULL, 0);
    }
}

static ItemKind
item_kind_for (const char *kind)
{
  if (g_strcmp0 (kind, "rating") == 0)
    return ITEM_RATING;
  if (g_strcmp0 (kind, "choice") == 0)
    return ITEM_CHOICE;
  if (g_strcmp0 (kind, "multi_choice") == 0)
    return ITEM_MULTI_CHOICE;
  return ITEM_TEXT;
}

/* The last eight characters of a key: a UUID's first ones are its time (version 7), alike for
 * rows made together; its last ones are random. */
static char *
short_id (const char *id)
{
  gsize length = strlen (id);

  return g_ascii_strup (id + (length > 8 ? length - 8 : 0), -1);
}

/* The class's own questionnaire of kind, else the newest template of it; only one with
 * questions will do. Fills the sheet's title and items; *questionnaire_code NULL when there is
 * none. */
static gboolean
load_questionnaire (PxDatabase  *db,
                    const char  *kind,
                    const char  *class_id,
                    FormSheet   *sheet,
                    char       **questionnaire_code,
                    GError     **error)
{
  static const char sql[] =
    "SELECT q.id, q.title, q.description FROM questionnaire q "
    "WHERE q.kind = ?1 AND (q.class_id = ?2 OR (q.is_template = 1 AND q.class_id IS NULL)) "
    "  AND EXISTS (SELECT 1 FROM question x WHERE x.questionnaire_id = q.id) "
    "ORDER BY q.class_id IS NULL, q.created_at DESC, q.id LIMIT 1";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  const char *filters[] = { "questionnaire_id", NULL, NULL };
  PxQuery query = { .filters = filters, .sort = "position" };
  int rc;

  *questionnaire_code = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = px_database_column_dup (stmt, 0);
      sheet->title = px_database_column_dup (stmt, 1);
      sheet->description = px_database_column_dup (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (id == NULL)
    return TRUE;

  filters[1] = id;
  questions = px_question_list (db, &query, error);
  if (questions == NULL)
    return FALSE;
  for (guint i = 0; i < questions->len; i++)
    {
      PxQuestion *question = g_ptr_array_index (questions, i);

      add_item (sheet, item_kind_for (question->kind), question->text, question->options,
                question->scale_max);
    }
  *questionnaire_code = short_id (id);
  return TRUE;
}

static gboolean
fill_questions (PxDatabase  *db,
                const char  *class_id,
                const char  *subject_code,
                FormSheet   *sheet,
                GError     **error)
{
  g_autofree char *questionnaire_code = NULL;

  if (!load_questionnaire (db, sheet->is_session ? "course_evaluation" : "class_evaluation",
                           class_id, sheet, &questionnaire_code, error))
    return FALSE;
  if (questionnaire_code == NULL)
    {
      g_clear_pointer (&sheet->description, g_free);
      g_free (sheet->title);
      sheet->title = g_strdup (sheet->is_session ? _("Course Evaluation Form")
                                                 : _("Class Evaluation Form"));
      add_default_items (sheet);
      questionnaire_code = g_strdup (sheet->is_session ? "STD-COURSE" : "STD-CLASS");
    }
  sheet->code = g_strdup_printf ("%s/%s", questionnaire_code, subject_code);
  return TRUE;
}

static char *
class_line (const PxTrainingClass *training_class)
{
  g_autofree char *start = px_date_format_chinese (training_class->start_date);
  g_autofree char *end = px_date_format_chinese (training_class->end_date);
  g_autofree char *dates = NULL;

  /* TRANSLATORS: the first and last day of a class (%s至%s) */
  dates = g_strdup_printf (_("%s to %s"), start, end);
  /* TRANSLATORS: on an evaluation form: the class's title, code and dates
   * (班次：%s（%s）    %s) */
  return g_strdup_printf (_("Class: %s (%s)    %s"), training_class->title, training_class->code,
                          dates);
}

static FormSheet *
class_sheet_new (PxDatabase             *db,
                 const PxTrainingClass  *training_class,
                 GError                **error)
{
  FormSheet *sheet = form_sheet_new (FALSE);
  g_autofree char *subject = short_id (training_class->base.id);
  g_autofree char *subject_code = g_strconcat ("C", subject, NULL);

  sheet->class_line = class_line (training_class);
  if (!fill_questions (db, training_class->base.id, subject_code, sheet, error))
    {
      form_sheet_free (sheet);
      return NULL;
    }
  return sheet;
}

static FormSheet *
session_sheet_new (PxDatabase              *db,
                   const PxTrainingClass   *training_class,
                   const PxTimetableEntry  *entry,
                   GError                 **error)
{
  FormSheet *sheet = form_sheet_new (TRUE);
  g_autofree char *subject = short_id (entry->id);
  g_autofree char *subject_code = g_strconcat ("S", subject, NULL);
  g_autofree char *date = px_date_format_chinese (entry->date);
  g_autoptr(GString) line = g_string_new (NULL);

  sheet->class_line = class_line (training_class);
  /* TRANSLATORS: on an evaluation form: the session's course (课程：%s) */
  g_string_append_printf (line, _("Course: %s"),
                          entry->title != NULL ? entry->title : _("(untitled session)"));
  if (entry->teacher_name != NULL)
    {
      g_string_append (line, "    ");
      /* TRANSLATORS: on an evaluation form (授课教师：%s) */
      g_string_append_printf (line, _("Teacher: %s"), entry->teacher_name);
    }
  g_string_append (line, "    ");
  /* TRANSLATORS: on an evaluation form: date, half-day and times (时间：%s %s %s–%s) */
  g_string_append_printf (line, _("Time: %s %s %s–%s"), date,
                          px_class_timetable_slot_label (entry->slot),
                          entry->start_time != NULL ? entry->start_time : "",
                          entry->end_time != NULL ? entry->end_time : "");
  sheet->session_line = g_string_free (g_steal_pointer (&line), FALSE);
  if (!fill_questions (db, training_class->base.id, subject_code, sheet, error))
    {
      form_sheet_free (sheet);
      return NULL;
    }
  return sheet;
}

/* Drawing, and measuring by the same code with paint off */

static double
show_text (cairo_t         *cr,
           PxPageFont       font,
           double           size,
           gboolean         bold,
           const char      *text,
           double           x,
           double           y,
           double           width,
           PangoAlignment   alignment,
           double           grey,
           gboolean         paint)
{
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, font, size, bold);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (paint)
    {
      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return px_page_layout_height (layout);
}

static void
draw_rule (cairo_t *cr,
           double   x1,
           double   y1,
           double   x2,
           double   y2)
{
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

static void
draw_box (cairo_t *cr,
          double   x,
          double   y)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 0.7);
  cairo_rectangle (cr, x, y, BOX_SIDE, BOX_SIDE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
draw_heading (PxEvaluationForm *self,
              FormSheet        *sheet,
              cairo_t          *cr,
              double            x,
              double            y,
              double            width,
              gboolean          paint)
{
  double top = y;
  g_autofree char *code = NULL;
  g_autoptr(GString) instruction = g_string_new (NULL);

  /* The form code at the top right, beside the centred school name when there is room. */
  /* TRANSLATORS: the small code on a paper evaluation form that tells the typist where its
   * answers go (表单编码：%s) */
  code = g_strdup_printf (_("Form code: %s"), sheet->code);
  {
    g_autoptr(PangoLayout) code_layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 7, FALSE);
    g_autoptr(PangoLayout) school = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, 10, FALSE);
    double code_width, school_width;

    pango_layout_set_text (code_layout, code, -1);
    code_width = px_page_layout_width (code_layout);
    pango_layout_set_text (school, self->page->school_name, -1);
    school_width = MIN (px_page_layout_width (school), width - 2 * (code_width + 12));
    if (school_width < width * 0.4)
      {
        /* no room beside it: the code on a line of its own */
        if (paint)
          {
            cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
            cairo_move_to (cr, x + width - code_width, y);
            pango_cairo_show_layout (cr, code_layout);
          }
        y += px_page_layout_height (code_layout);
        school_width = width;
      }
    else if (paint)
      {
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
        cairo_move_to (cr, x + width - code_width,
                       y + px_page_layout_height (school) - px_page_layout_height (code_layout));
        pango_cairo_show_layout (cr, code_layout);
      }
    pango_layout_set_width (school, (int) (school_width * PANGO_SCALE));
    pango_layout_set_wrap (school, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment (school, PANGO_ALIGN_CENTER);
    if (paint)
      {
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
        cairo_move_to (cr, x + (width - school_width) / 2, y);
        pango_cairo_show_layout (cr, school);
      }
    y += px_page_layout_height (school) + 1;
  }
  y += show_text (cr, PX_PAGE_FONT_SERIF, 15, TRUE, sheet->title, x, y, width,
                  PANGO_ALIGN_CENTER, 0.05, paint) + 4;
  y += show_text (cr, PX_PAGE_FONT_SANS, 9, FALSE, sheet->class_line, x, y, width,
                  PANGO_ALIGN_LEFT, 0.15, paint);
  if (sheet->session_line != NULL)
    y += show_text (cr, PX_PAGE_FONT_SANS, 9, FALSE, sheet->session_line, x, y, width,
                    PANGO_ALIGN_LEFT, 0.15, paint);
  y += 3;
  if (paint)
    {
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      cairo_set_line_width (cr, 0.8);
      draw_rule (cr, x, y, x + width, y);
    }
  y += 3;

  if (sheet->description != NULL && *sheet->description != '\0')
    {
      g_string_append (instruction, sheet->description);
      g_string_append_c (instruction, ' ');
    }
  g_string_append (instruction, _("This form is anonymous: do not sign it. Tick one box (✓) for "
                                  "each rated item and the options that apply, and write on the "
                                  "lines."));
  y += show_text (cr, PX_PAGE_FONT_SANS, SMALL_SIZE, FALSE, instruction->str, x, y, width,
                  PANGO_ALIGN_LEFT, 0.3, paint);
  return y - top;
}

/* The scale's words, best first, as the boxes under them stand; NULL for a scale that has
 * none, whose columns show numbers. */
static const char *
scale_word (guint scale_max,
            guint value)
{
  switch (scale_max)
    {
    case 5:
      {
        const char *words[] = { NULL, _("Dissatisfied"), _("Not very satisfied"),
                                _("Fairly satisfied"), _("Satisfied"), _("Very satisfied") };
        return words[value];
      }
    case 4:
      {
        const char *words[] = { NULL, _("Dissatisfied"), _("Not very satisfied"), _("Satisfied"),
                                _("Very satisfied") };
        return words[value];
      }
    case 3:
      {
        const char *words[] = { NULL, _("Dissatisfied"), _("Fair"), _("Satisfied") };
        return words[value];
      }
    case 2:
      {
        const char *words[] = { NULL, _("Dissatisfied"), _("Satisfied") };
        return words[value];
      }
    default:
      return NULL;
    }
}

static double
scale_column_width (guint  scale_max,
                    double width)
{
  /* Numbers need less room than words; either way the question keeps at least 40 %. */
  double column = scale_word (scale_max, 1) != NULL ? SCALE_COLUMN : 30.0;

  return MIN (column, width * 0.6 / scale_max);
}

/* Cell outlines of one row of the rating grid. */
static void
draw_grid_row (cairo_t *cr,
               guint    scale_max,
               double   x,
               double   y,
               double   width,
               double   height)
{
  double column = scale_column_width (scale_max, width);
  double left = x + width - scale_max * column;

  cairo_save (cr);
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  for (guint i = 0; i < scale_max; i++)
    draw_rule (cr, left + i * column, y, left + i * column, y + height);
  cairo_restore (cr);
}

/* The scale's words (or numbers) over their columns and the item column's head; returns the
 * height of the tallest. */
static double
show_scale_words (guint     scale_max,
                  cairo_t  *cr,
                  double    x,
                  double    y,
                  double    width,
                  gboolean  paint)
{
  double column = scale_column_width (scale_max, width);
  double left = x + width - scale_max * column;
  g_autofree char *label = NULL;
  double height;

  if (scale_word (scale_max, 1) != NULL)
    label = g_strdup (_("Item"));
  else
    /* TRANSLATORS: heads a rating grid with numbers only (评估项目（%u 为最高）) */
    label = g_strdup_printf (_("Item (%u is best)"), scale_max);
  height = show_text (cr, PX_PAGE_FONT_SANS, SMALL_SIZE, TRUE, label, x + ROW_PAD, y + ROW_PAD,
                      left - x - 2 * ROW_PAD, PANGO_ALIGN_LEFT, 0.1, paint);
  for (guint i = 0; i < scale_max; i++)
    {
      guint value = scale_max - i;
      const char *word = scale_word (scale_max, value);
      g_autofree char *text = word != NULL ? g_strdup_printf ("%s\n%u", word, value)
                                           : g_strdup_printf ("%u", value);

      height = MAX (height, show_text (cr, PX_PAGE_FONT_SANS, SMALL_SIZE, TRUE, text,
                                       left + i * column + 2, y + ROW_PAD, column - 4,
                                       PANGO_ALIGN_CENTER, 0.1, paint));
    }
  return height;
}

static double
draw_scale_head (guint     scale_max,
                 cairo_t  *cr,
                 double    x,
                 double    y,
                 double    width,
                 gboolean  paint)
{
  double height = show_scale_words (scale_max, cr, x, y, width, FALSE) + 2 * ROW_PAD;

  if (paint)
    {
      /* the fill first, so that the rules and words lie on it */
      cairo_set_source_rgb (cr, HEAD_FILL, HEAD_FILL, HEAD_FILL);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      draw_grid_row (cr, scale_max, x, y, width, height);
      show_scale_words (scale_max, cr, x, y, width, TRUE);
    }
  return height;
}

static char *
numbered (const FormItem *item)
{
  return g_strdup_printf ("%u. %s", item->number, item->text);
}

static double
draw_rating (const FormItem *item,
             cairo_t        *cr,
             double          x,
             double          y,
             double          width,
             gboolean        paint)
{
  double column = scale_column_width (item->scale_max, width);
  double left = x + width - item->scale_max * column;
  g_autofree char *text = numbered (item);
  double height;

  height = MAX (show_text (cr, PX_PAGE_FONT_SANS, BODY_SIZE, FALSE, text, x + ROW_PAD,
                           y + ROW_PAD, left - x - 2 * ROW_PAD, PANGO_ALIGN_LEFT, 0.05, FALSE),
                BOX_SIDE + 4) + 2 * ROW_PAD;
  if (!paint)
    return height;

  show_text (cr, PX_PAGE_FONT_SANS, BODY_SIZE, FALSE, text, x + ROW_PAD, y + ROW_PAD,
             left - x - 2 * ROW_PAD, PANGO_ALIGN_LEFT, 0.05, TRUE);
  for (guint i = 0; i < item->scale_max; i++)
    draw_box (cr, left + i * column + (column - BOX_SIDE) / 2, y + (height - BOX_SIDE) / 2);
  draw_grid_row (cr, item->scale_max, x, y, width, height);
  return height;
}

static double
draw_choice (const FormItem *item,
             cairo_t        *cr,
             double          x,
             double          y,
             double          width,
             gboolean        paint)
{
  g_autofree char *question = numbered (item);
  g_autofree char *text = NULL;
  double top = y, line_x, line_height = 0;
  const double indent = 14;

  if (item->kind == ITEM_MULTI_CHOICE)
    /* TRANSLATORS: after a question whose options may be ticked several at once (可多选) */
    text = g_strdup_printf ("%s %s", question, _("(tick all that apply)"));
  else
    text = g_steal_pointer (&question);
  y += show_text (cr, PX_PAGE_FONT_SANS, BODY_SIZE, FALSE, text, x, y, width, PANGO_ALIGN_LEFT,
                  0.05, paint) + 4;

  /* The options flow like words: as many to a line as fit, none split. */
  line_x = x + indent;
  for (guint i = 0; item->options != NULL && item->options[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, BODY_SIZE,
                                                             FALSE);
      double option_width, text_width, max_text = width - indent - BOX_SIDE - 4;

      pango_layout_set_text (layout, item->options[i], -1);
      if (px_page_layout_width (layout) > max_text)
        {
          pango_layout_set_width (layout, (int) (max_text * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
        }
      text_width = px_page_layout_width (layout);
      option_width = BOX_SIDE + 4 + text_width;
      if (line_x > x + indent && line_x + option_width > x + width)
        {
          y += line_height + 4;
          line_x = x + indent;
          line_height = 0;
        }
      if (paint)
        {
          double text_height = px_page_layout_height (layout);
          double first_line = MIN (text_height, BODY_SIZE * 1.45);

          draw_box (cr, line_x, y + (first_line - BOX_SIDE) / 2);
          cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
          cairo_move_to (cr, line_x + BOX_SIDE + 4, y);
          pango_cairo_show_layout (cr, layout);
        }
      line_height = MAX (line_height, px_page_layout_height (layout));
      line_x += option_width + OPTION_GAP;
    }
  y += line_height;
  return y - top;
}

static double
draw_text_question (const FormItem *item,
                    guint           n_lines,
                    cairo_t        *cr,
                    double          x,
                    double          y,
                    double          width,
                    gboolean        paint)
{
  g_autofree char *text = numbered (item);
  double height = show_text (cr, PX_PAGE_FONT_SANS, BODY_SIZE, FALSE, text, x, y, width,
                             PANGO_ALIGN_LEFT, 0.05, paint);

  if (paint)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
      cairo_set_line_width (cr, 0.5);
      for (guint i = 1; i <= n_lines; i++)
        draw_rule (cr, x + 14, y + height + i * LINE_STEP, x + width, y + height + i * LINE_STEP);
      cairo_restore (cr);
    }
  return height + n_lines * LINE_STEP + 2;
}

static double
draw_block (PxEvaluationForm *self,
            FormSheet        *sheet,
            const FormBlock  *block,
            cairo_t          *cr,
            double            x,
            double            y,
            double            width,
            gboolean          paint)
{
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return draw_heading (self, sheet, cr, x, y, width, paint);
    case BLOCK_SCALE_HEAD:
      return draw_scale_head (block->scale_max, cr, x, y, width, paint);
    case BLOCK_RATING:
      return draw_rating (block->item, cr, x, y, width, paint);
    case BLOCK_CHOICE:
      return draw_choice (block->item, cr, x, y, width, paint);
    case BLOCK_TEXT:
      return draw_text_question (block->item, sheet->n_text_lines, cr, x, y, width, paint);
    default:
      g_assert_not_reached ();
    }
  return 0;
}

/* A sheet that goes on over a page: its title, "continued" and its code, on one line. */
static double
draw_continued (FormSheet *sheet,
                cairo_t   *cr,
                double     x,
                double     y,
                double     width,
                gboolean   paint)
{
  /* TRANSLATORS: heads the further pages of a long evaluation form: title, form code
   * (%s（续）    表单编码：%s) */
  g_autofree char *text = g_strdup_printf (_("%s (continued)    Form code: %s"), sheet->title,
                                           sheet->code);
  double height = show_text (cr, PX_PAGE_FONT_SANS, SMALL_SIZE, FALSE, text, x, y, width,
                             PANGO_ALIGN_LEFT, 0.3, paint) + 3;

  if (paint)
    {
      cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
      cairo_set_line_width (cr, 0.5);
      draw_rule (cr, x, y + height, x + width, y + height);
    }
  return height + 8;
}

/* Pagination */

static void
add_block (FormSheet *sheet,
           BlockKind  kind,
           FormItem  *item,
           guint      scale_max,
           double     gap_before)
{
  FormBlock *block = g_new0 (FormBlock, 1);

  block->kind = kind;
  block->item = item;
  block->scale_max = scale_max;
  block->gap_before = gap_before;
  g_ptr_array_add (sheet->blocks, block);
}

static void
build_blocks (PxEvaluationForm *self,
              FormSheet        *sheet,
              cairo_t          *cr)
{
  double width = px_page_get_content_width (self->page);
  FormItem *previous = NULL;

  sheet->blocks = g_ptr_array_new_with_free_func (g_free);
  add_block (sheet, BLOCK_HEADING, NULL, 0, 0);
  for (guint i = 0; i < sheet->items->len; i++)
    {
      FormItem *item = g_ptr_array_index (sheet->items, i);

      switch (item->kind)
        {
        case ITEM_RATING:
          /* Ratings in a row on the same scale share one grid under one head. */
          if (previous == NULL || previous->kind != ITEM_RATING
              || previous->scale_max != item->scale_max)
            add_block (sheet, BLOCK_SCALE_HEAD, NULL, item->scale_max, BLOCK_GAP);
          add_block (sheet, BLOCK_RATING, item, item->scale_max, 0);
          break;
        case ITEM_CHOICE:
        case ITEM_MULTI_CHOICE:
          add_block (sheet, BLOCK_CHOICE, item, 0, BLOCK_GAP + 2);
          break;
        case ITEM_TEXT:
        default:
          add_block (sheet, BLOCK_TEXT, item, 0, BLOCK_GAP + 2);
          break;
        }
      previous = item;
    }

  sheet->height = 0;
  for (guint i = 0; i < sheet->blocks->len; i++)
    {
      FormBlock *block = g_ptr_array_index (sheet->blocks, i);

      block->height = draw_block (self, sheet, block, cr, 0, 0, width, FALSE);
      sheet->height += block->gap_before + block->height;
    }
}

static FormPage *
add_page (PxEvaluationForm *self,
          gboolean          halves)
{
  FormPage *page = g_new0 (FormPage, 1);

  page->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  page->halves = halves;
  g_ptr_array_add (self->pages, page);
  return page;
}

/* Flows a sheet over as many whole pages as it needs, never splitting a block, and keeping a
 * scale's head with its first row. */
static void
flow_sheet (PxEvaluationForm *self,
            FormSheet        *sheet,
            cairo_t          *cr)
{
  double capacity = px_page_get_content_height (self->page);
  double width = px_page_get_content_width (self->page);
  FormPage *page = add_page (self, FALSE);
  Placement placement = { sheet, 0, 0, 0, FALSE };
  double y = 0;

  for (guint i = 0; i < sheet->blocks->len; i++)
    {
      FormBlock *block = g_ptr_array_index (sheet->blocks, i);
      double gap = placement.end > placement.first ? block->gap_before : 0;
      double keep = block->height;

      if (block->kind == BLOCK_SCALE_HEAD && i + 1 < sheet->blocks->len)
        keep += ((FormBlock *) g_ptr_array_index (sheet->blocks, i + 1))->height;
      if (placement.end > placement.first && y + gap + keep > capacity)
        {
          g_array_append_val (page->placements, placement);
          page = add_page (self, FALSE);
          placement.first = i;
          placement.continued = TRUE;
          y = draw_continued (sheet, cr, 0, 0, width, FALSE);
          /* A grid that goes on over the page has its scale's words again. */
          if (block->kind == BLOCK_RATING)
            y += draw_scale_head (block->scale_max, cr, 0, 0, width, FALSE);
          gap = 0;
        }
      y += gap + block->height;
      placement.end = i + 1;
    }
  g_array_append_val (page->placements, placement);
}

static double
half_height (PxEvaluationForm *self)
{
  return (px_page_get_content_height (self->page) - HALF_GAP) / 2;
}

static void
paginate (PxEvaluationForm *self)
{
  cairo_t *cr = px_page_create_measuring_context ();
  FormPage *open_half = NULL;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) form_page_free);
  for (guint i = 0; i < self->sheets->len; i++)
    {
      FormSheet *sheet = g_ptr_array_index (self->sheets, i);

      build_blocks (self, sheet, cr);
      /* Half a page only with room to spare: a cramped form is filled in badly. */
      if (sheet->is_session && sheet->height <= half_height (self) * 0.95)
        {
          Placement placement = { sheet, 0, sheet->blocks->len, 0, FALSE };

          if (open_half != NULL)
            {
              placement.y = half_height (self) + HALF_GAP;
              g_array_append_val (open_half->placements, placement);
              open_half = NULL;
            }
          else
            {
              open_half = add_page (self, TRUE);
              g_array_append_val (open_half->placements, placement);
            }
        }
      else
        {
          open_half = NULL;
          flow_sheet (self, sheet, cr);
        }
    }
  cairo_destroy (cr);
}

/* Construction */

static PxEvaluationForm *
form_new (PxDatabase *db)
{
  PxEvaluationForm *self = g_object_new (PX_TYPE_EVALUATION_FORM, NULL);

  self->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) form_sheet_free);
  return self;
}

static gboolean
add_session_sheets (PxEvaluationForm       *self,
                    PxDatabase             *db,
                    const PxTrainingClass  *training_class,
                    const char             *session_id,
                    const char             *date,
                    const char             *slot,
                    GError                **error)
{
  g_autoptr(GPtrArray) entries = px_class_timetable_list (db, training_class->base.id, error);

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      PxTimetableEntry *entry = g_ptr_array_index (entries, i);
      FormSheet *sheet;

      if ((session_id != NULL && g_strcmp0 (entry->id, session_id) != 0)
          || (date != NULL && g_strcmp0 (entry->date, date) != 0)
          || (slot != NULL && g_strcmp0 (entry->slot, slot) != 0))
        continue;
      sheet = session_sheet_new (db, training_class, entry, error);
      if (sheet == NULL)
        return FALSE;
      g_ptr_array_add (self->sheets, sheet);
    }
  return TRUE;
}

PxEvaluationForm *
px_evaluation_form_new_for_class (PxDatabase  *db,
                                  const char  *class_id,
                                  GError     **error)
{
  g_autoptr(PxEvaluationForm) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *title = NULL;
  FormSheet *sheet;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  self = form_new (db);
  sheet = class_sheet_new (db, training_class, error);
  if (sheet == NULL)
    return NULL;
  g_ptr_array_add (self->sheets, sheet);
  if (!add_session_sheets (self, db, training_class, NULL, NULL, NULL, error))
    return NULL;
  paginate (self);
  /* TRANSLATORS: the document's title: class code and title (…评估表) */
  title = g_strdup_printf (_("%s %s · Evaluation Forms"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

PxEvaluationForm *
px_evaluation_form_new_for_session (PxDatabase  *db,
                                    const char  *session_id,
                                    GError     **error)
{
  g_autoptr(PxEvaluationForm) self = NULL;
  g_autoptr(PxSession) session = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  session = px_session_get (db, session_id, error);
  if (session == NULL)
    return NULL;
  training_class = px_training_class_get (db, session->class_id, error);
  if (training_class == NULL)
    return NULL;
  self = form_new (db);
  if (!add_session_sheets (self, db, training_class, session_id, NULL, NULL, error))
    return NULL;
  g_assert (self->sheets->len == 1);
  paginate (self);
  /* TRANSLATORS: the document's title: class code, date, session (…课程评估表) */
  title = g_strdup_printf (_("%s %s %s · Evaluation Form"), training_class->code, session->date,
                           px_class_timetable_slot_label (session->slot));
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

PxEvaluationForm *
px_evaluation_form_new_for_day (PxDatabase  *db,
                                const char  *class_id,
                                const char  *date,
                                const char  *slot,
                                GError     **error)
{
  g_autoptr(PxEvaluationForm) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  self = form_new (db);
  if (!add_session_sheets (self, db, training_class, NULL, date, slot, error))
    return NULL;
  if (self->sheets->len == 0)
    {
      g_autofree char *day = px_date_format_chinese (date);

      if (slot != NULL)
        g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                     _("Class %s has no session on %s in the %s, so there is no evaluation form "
                       "to print. Check the date and slot against its timetable."),
                     training_class->code, day, px_class_timetable_slot_label (slot));
      else
        g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                     _("Class %s has no session on %s, so there is no evaluation form to print. "
                       "Check the date against its timetable."), training_class->code, day);
      return NULL;
    }
  paginate (self);
  if (slot != NULL)
    title = g_strdup_printf (_("%s %s %s · Evaluation Form"), training_class->code, date,
                             px_class_timetable_slot_label (slot));
  else
    /* TRANSLATORS: the document's title: class code, date (…课程评估表) */
    title = g_strdup_printf (_("%s %s · Evaluation Forms"), training_class->code, date);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_evaluation_form_get_page (PxEvaluationForm *self)
{
  g_return_val_if_fail (PX_IS_EVALUATION_FORM (self), NULL);
  return self->page;
}

guint
px_evaluation_form_get_n_forms (PxEvaluationForm *self)
{
  g_return_val_if_fail (PX_IS_EVALUATION_FORM (self), 0);
  return self->sheets->len;
}

const char *
px_evaluation_form_get_form_code (PxEvaluationForm *self,
                                  guint             index)
{
  g_return_val_if_fail (PX_IS_EVALUATION_FORM (self), NULL);
  g_return_val_if_fail (index < self->sheets->len, NULL);
  return ((FormSheet *) g_ptr_array_index (self->sheets, index))->code;
}

/* PxDocument */

static guint
px_evaluation_form_get_n_pages (PxDocument *document)
{
  return PX_EVALUATION_FORM (document)->pages->len;
}


static void
draw_cut_line (PxEvaluationForm *self,
               cairo_t          *cr)
{
  const double dashes[] = { 4.0, 3.0 };
  double y = self->page->margin_top + half_height (self) + HALF_GAP / 2;

  cairo_save (cr);
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_set_line_width (cr, 0.6);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  draw_rule (cr, self->page->margin_left, y,
             self->page->margin_left + px_page_get_content_width (self->page), y);
  cairo_restore (cr);
}

static void
px_evaluation_form_draw_page (PxDocument *document,
                              cairo_t    *cr,
                              guint       page_index)
{
  PxEvaluationForm *self = PX_EVALUATION_FORM (document);
  FormPage *page = g_ptr_array_index (self->pages, page_index);
  double x = self->page->margin_left;
  double width = px_page_get_content_width (self->page);

  for (guint p = 0; p < page->placements->len; p++)
    {
      Placement *placement = &g_array_index (page->placements, Placement, p);
      double y = self->page->margin_top + placement->y;

      if (placement->continued)
        {
          FormBlock *first = g_ptr_array_index (placement->sheet->blocks, placement->first);

          y += draw_continued (placement->sheet, cr, x, y, width, TRUE);
          if (first->kind == BLOCK_RATING)
            y += draw_scale_head (first->scale_max, cr, x, y, width, TRUE);
        }
      for (guint i = placement->first; i < placement->end; i++)
        {
          FormBlock *block = g_ptr_array_index (placement->sheet->blocks, i);

          if (i > placement->first)
            y += block->gap_before;
          y += draw_block (self, placement->sheet, block, cr, x, y, width, TRUE);
        }
    }
  if (page->halves && page->placements->len == 2)
    draw_cut_line (self, cr);
  px_page_draw_page_number (self->page, cr, page_index, self->pages->len);
}

static void
px_evaluation_form_finalize (GObject *object)
{
  PxEvaluationForm *self = PX_EVALUATION_FORM (object);

  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  G_OBJECT_CLASS (px_evaluation_form_parent_class)->finalize (object);
}

static void
px_evaluation_form_class_init (PxEvaluationFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_evaluation_form_finalize;
  document_class->get_n_pages = px_evaluation_form_get_n_pages;
  document_class->draw_page = px_evaluation_form_draw_page;
}

static void
px_evaluation_form_init (PxEvaluationForm *self)
{
}
