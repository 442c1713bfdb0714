/* px-credit-statement.c: 学时证明, a cadre's credited training hours of a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-credit-statement.h"
#include "px-date.h"
#include "px-org-unit.h"
#include "px-render-error.h"
#include "px-table.h"

#define TABLE_SIZE    9.0
#define FIELD_SIZE    9.5
#define FIELD_PAD     5.0
#define LABEL_WIDTH   64.0
#define SENTENCE_SIZE 12.5
#define SECTION_GAP   16.0
#define SEAL_ROOM     48.0   /* above the school's name: where the seal's top half lands */

#define RULE_GREY     0.62
#define LABEL_FILL    0.95

enum
{
  FIELD_NAME,
  FIELD_GENDER,
  FIELD_UNIT,
  FIELD_POST,
  FIELD_CITIZEN_ID,
  N_FIELDS
};

struct _PxCreditStatement
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  char *heading_title;
  char *heading_details;
  char *values[N_FIELDS];
  char *sentence;
  char *date;                 /* of issue, 2026年11月26日 */
  double total;
  guint n_entries;
  PxTable *table;

  /* Laid out */
  double heading_height;
  double fields_height;
  double closing_height;      /* the sentence and the seal's block */
  guint n_table_pages;
  gboolean closing_own_page;  /* no room for it under the table's last rows */
};

G_DEFINE_FINAL_TYPE (PxCreditStatement, px_credit_statement, PX_TYPE_DOCUMENT)

/* Loading */

/* 74, 2.5: hours as a registrar writes them. */
static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", hours));
  char *end = text + strlen (text);

  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && end[-1] == '.')
    end[-1] = '\0';
  return text;
}

/* 2026.06.01–06.03, or across years 2025.12.29–2026.01.02: narrow enough for its column. */
static char *
format_period (const char *start,
               const char *end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!px_date_is_iso (start))
    return g_strdup (start != NULL ? start : "");
  from = g_strdup (start);
  g_strdelimit (from, "-", '.');
  if (!px_date_is_iso (end) || g_str_equal (start, end))
    return g_steal_pointer (&from);
  to = g_strdup (strncmp (start, end, 4) == 0 ? end + 5 : end);
  g_strdelimit (to, "-", '.');
  return g_strdup_printf ("%s–%s", from, to);
}

static const char *
completion_label (const char *status,
                  const char *completion)
{
  if (g_strcmp0 (status, "withdrawn") == 0)
    /* TRANSLATORS: a class on a credit statement the cadre left (退学) */
    return _("Withdrawn");
  if (g_strcmp0 (completion, "completed") == 0)
    /* TRANSLATORS: on a credit statement (结业) */
    return _("Completed");
  if (g_strcmp0 (completion, "not_completed") == 0)
    /* TRANSLATORS: on a credit statement (未结业) */
    return _("Not completed");
  /* TRANSLATORS: on a credit statement: not decided yet (待定) */
  return _("Pending");
}

static void
add_entry (PxCreditStatement *self,
           const char        *period,
           const char        *title,
           const char        *organiser,
           double             hours,
           const char        *completion)
{
  g_autofree char *number = g_strdup_printf ("%u", ++self->n_entries);
  g_autofree char *hours_text = format_hours (hours);
  const char *cells[] = { number, period, title, organiser, hours_text, completion };

  px_table_add_row (self->table, cells);
  self->total += hours;
}

/* The classes the cadre was enrolled in that end in year or whose credit falls in it, each
 * with the credit records of the year that name it. */
static gboolean
load_classes (PxCreditStatement  *self,
              PxDatabase         *db,
              const char         *cadre_id,
              int                 year,
              GError            **error)
{
  static const char sql[] =
    "SELECT c.start_date, c.end_date, c.title, e.status, e.completion, "
    "  (SELECT COALESCE (SUM (r.hours), 0) FROM credit_record r "
    "   WHERE r.cadre_id = e.cadre_id AND r.class_id = c.id AND r.year = ?2) "
    "FROM enrollment e JOIN class c ON c.id = e.class_id "
    "WHERE e.cadre_id = ?1 AND (CAST (substr (c.end_date, 1, 4) AS INTEGER) = ?2 "
    "  OR EXISTS (SELECT 1 FROM credit_record r "
    "             WHERE r.cadre_id = e.cadre_id AND r.class_id = c.id AND r.year = ?2)) "
    "ORDER BY c.start_date, c.code";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, cadre_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *period = format_period ((const char *) sqlite3_column_text (stmt, 0),
                                               (const char *) sqlite3_column_text (stmt, 1));

      add_entry (self, period, (const char *) sqlite3_column_text (stmt, 2),
                 self->page->school_name, sqlite3_column_double (stmt, 5),
                 completion_label ((const char *) sqlite3_column_text (stmt, 3),
                                   (const char *) sqlite3_column_text (stmt, 4)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The year's credit records that no class row above counted: online and other training, and
 * classes the cadre is no longer enrolled in. */
static gboolean
load_other_records (PxCreditStatement  *self,
                    PxDatabase         *db,
                    const char         *cadre_id,
                    int                 year,
                    GError            **error)
{
  static const char sql[] =
    "SELECT r.source, r.hours, r.note, c.title, c.start_date, c.end_date "
    "FROM credit_record r LEFT JOIN class c ON c.id = r.class_id "
    "WHERE r.cadre_id = ?1 AND r.year = ?2 AND (r.class_id IS NULL "
    "  OR NOT EXISTS (SELECT 1 FROM enrollment e "
    "                 WHERE e.cadre_id = r.cadre_id AND e.class_id = r.class_id)) "
    "ORDER BY c.start_date IS NULL, c.start_date, r.source, r.created_at, r.id";
  sqlite3_stmt *stmt = px_database_prepare (db, sql, error);
  /* TRANSLATORS: the period of a credit record without dates on a credit statement (2026年度) */
  g_autofree char *whole_year = g_strdup_printf (_("Year %d"), year);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, cadre_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *source = (const char *) sqlite3_column_text (stmt, 0);
      const char *note = (const char *) sqlite3_column_text (stmt, 2);
      const char *class_title = (const char *) sqlite3_column_text (stmt, 3);
      double hours = sqlite3_column_double (stmt, 1);

      if (class_title != NULL)
        {
          g_autofree char *period = format_period ((const char *) sqlite3_column_text (stmt, 4),
                                                   (const char *) sqlite3_column_text (stmt, 5));

          add_entry (self, period, class_title, self->page->school_name, hours, "—");
        }
      else if (g_strcmp0 (source, "online") == 0)
        /* TRANSLATORS: an online credit record on a credit statement (网络培训); the
         * organiser column gives the platform */
        add_entry (self, whole_year, _("Online training"), note != NULL ? note : "—", hours, "—");
      else
        /* TRANSLATORS: a credit record of another kind on a credit statement (其他培训) */
        add_entry (self, whole_year, note != NULL ? note : _("Other training"), "—", hours, "—");
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static void
build_table (PxCreditStatement *self)
{
  self->table = px_table_new (TABLE_SIZE);
  /* TRANSLATORS: column heads of the credit statement's table */
  px_table_add_column (self->table, _("No."), 30, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (self->table, _("Dates"), 104, PX_TABLE_ALIGN_CENTER);
  px_table_add_flexible_column (self->table, _("Training"), 2, PX_TABLE_ALIGN_START);
  px_table_add_flexible_column (self->table, _("Organiser"), 1.2, PX_TABLE_ALIGN_START);
  px_table_add_column (self->table, _("Hours"), 44, PX_TABLE_ALIGN_END);
  px_table_add_column (self->table, _("Completion"), 60, PX_TABLE_ALIGN_CENTER);
}

static void
add_total_row (PxCreditStatement *self)
{
  g_autofree char *total = format_hours (self->total);
  /* TRANSLATORS: the last row of the credit statement's table (合计) */
  const char *cells[] = { NULL, NULL, _("Total"), NULL, total, NULL };
  guint row = px_table_add_row (self->table, cells);

  px_table_set_row_bold (self->table, row, TRUE);
}

static char *
today_chinese (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

  return px_date_format_chinese (iso);
}

/* Drawing, and measuring by the same code with paint off */

static double
show_text (cairo_t        *cr,
           PxPageFont      font,
           double          size,
           gboolean        bold,
           const char     *text,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment,
           double          indent,
           gboolean        paint)
{
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, font, size, bold);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_spacing (layout, (int) (size * 0.35 * PANGO_SCALE));
  if (paint)
    {
      cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return px_page_layout_height (layout);
}

/* One labelled cell of the particulars: the label on a light fill, the value beside it. */
static double
draw_field (cairo_t    *cr,
            const char *label,
            const char *value,
            double      x,
            double      y,
            double      width,
            double      height,
            gboolean    paint)
{
  double need = MAX (show_text (cr, PX_PAGE_FONT_SANS, FIELD_SIZE, TRUE, label, 0, 0,
                                LABEL_WIDTH - 2 * FIELD_PAD, PANGO_ALIGN_CENTER, 0, FALSE),
                     show_text (cr, PX_PAGE_FONT_SANS, FIELD_SIZE, FALSE, value, 0, 0,
                                width - LABEL_WIDTH - 2 * FIELD_PAD, PANGO_ALIGN_LEFT, 0, FALSE))
                + 2 * FIELD_PAD;

  if (!paint)
    return need;
  cairo_set_source_rgb (cr, LABEL_FILL, LABEL_FILL, LABEL_FILL);
  cairo_rectangle (cr, x, y, LABEL_WIDTH, height);
  cairo_fill (cr);
  show_text (cr, PX_PAGE_FONT_SANS, FIELD_SIZE, TRUE, label, x + FIELD_PAD, y + FIELD_PAD,
             LABEL_WIDTH - 2 * FIELD_PAD, PANGO_ALIGN_CENTER, 0, TRUE);
  show_text (cr, PX_PAGE_FONT_SANS, FIELD_SIZE, FALSE, value, x + LABEL_WIDTH + FIELD_PAD,
             y + FIELD_PAD, width - LABEL_WIDTH - 2 * FIELD_PAD, PANGO_ALIGN_LEFT, 0, TRUE);
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, width, height);
  cairo_move_to (cr, x + LABEL_WIDTH, y);
  cairo_line_to (cr, x + LABEL_WIDTH, y + height);
  cairo_stroke (cr);
  return need;
}

/* Name and gender, unit and post side by side, the citizen ID across; returns the height. */
static double
draw_fields (PxCreditStatement *self,
             cairo_t           *cr,
             double             y,
             gboolean           paint)
{
  /* TRANSLATORS: the particulars on a credit statement (姓名, 性别, 工作单位, 职务, 身份证号) */
  const char *labels[N_FIELDS] = { _("Name"), _("Gender"), _("Unit"), _("Post"),
                                   _("Citizen ID") };
  double x = self->page->margin_left;
  double width = px_page_get_content_width (self->page);
  double half = width / 2;
  double top = y;

  for (guint pair = 0; pair < 2; pair++)
    {
      guint left = pair * 2, right = pair * 2 + 1;
      double height = MAX (draw_field (cr, labels[left], self->values[left], 0, 0, half, 0,
                                       FALSE),
                           draw_field (cr, labels[right], self->values[right], 0, 0, half, 0,
                                       FALSE));

      if (paint)
        {
          draw_field (cr, labels[left], self->values[left], x, y, half, height, TRUE);
          draw_field (cr, labels[right], self->values[right], x + half, y, half, height, TRUE);
        }
      y += height;
    }
  {
    double height = draw_field (cr, labels[FIELD_CITIZEN_ID], self->values[FIELD_CITIZEN_ID], 0,
                                0, width, 0, FALSE);

    if (paint)
      draw_field (cr, labels[FIELD_CITIZEN_ID], self->values[FIELD_CITIZEN_ID], x, y, width,
                  height, TRUE);
    y += height;
  }
  return y - top;
}

/* The certifying sentence, then the school's name and the date at the right, room above them
 * and around for the seal, as official letters place it. Returns the height. */
static double
draw_closing (PxCreditStatement *self,
              cairo_t           *cr,
              double             y,
              gboolean           paint)
{
  double x = self->page->margin_left;
  double width = px_page_get_content_width (self->page);
  double block_width = width * 0.45;
  double block_x = x + width - block_width;
  double top = y;
  g_autofree char *hereby = NULL;

  y += show_text (cr, PX_PAGE_FONT_SERIF, SENTENCE_SIZE, FALSE, self->sentence, x, y, width,
                  PANGO_ALIGN_LEFT, 2 * SENTENCE_SIZE, paint) + 6;
  /* TRANSLATORS: closes a certificate or statement (特此证明。) */
  hereby = g_strdup (_("Hereby certified."));
  y += show_text (cr, PX_PAGE_FONT_SERIF, SENTENCE_SIZE, FALSE, hereby, x, y, width,
                  PANGO_ALIGN_LEFT, 2 * SENTENCE_SIZE, paint);

  y += SEAL_ROOM;
  y += show_text (cr, PX_PAGE_FONT_SERIF, SENTENCE_SIZE, FALSE, self->page->school_name, block_x,
                  y, block_width, PANGO_ALIGN_CENTER, 0, paint) + 2;
  {
    /* TRANSLATORS: where the seal goes under a statement (（盖章）) */
    double h = show_text (cr, PX_PAGE_FONT_SANS, 8, FALSE, _("(seal)"), block_x, y, block_width,
                          PANGO_ALIGN_CENTER, 0, FALSE);

    if (paint)
      {
        g_autoptr(PangoLayout) seal = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 8, FALSE);

        pango_layout_set_text (seal, _("(seal)"), -1);
        pango_layout_set_width (seal, (int) (block_width * PANGO_SCALE));
        pango_layout_set_alignment (seal, PANGO_ALIGN_CENTER);
        cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
        cairo_move_to (cr, block_x, y);
        pango_cairo_show_layout (cr, seal);
      }
    y += h + 2;
  }
  y += show_text (cr, PX_PAGE_FONT_SERIF, SENTENCE_SIZE, FALSE, self->date, block_x, y,
                  block_width, PANGO_ALIGN_CENTER, 0, paint);
  return y - top;
}

/* Heads the pages after the first: whose statement, should the sheets come apart. */
static double
draw_continued (PxCreditStatement *self,
                cairo_t           *cr,
                double             y,
                gboolean           paint)
{
  double x = self->page->margin_left;
  double width = px_page_get_content_width (self->page);
  /* TRANSLATORS: heads the further pages of a credit statement: title, name, year
   * (学时证明（续）    王建国    2026年度) */
  g_autofree char *text = g_strdup_printf (_("%s (continued)    %s    %s"), self->heading_title,
                                           self->values[FIELD_NAME], self->heading_details);
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 8, FALSE);
  double height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  height = px_page_layout_height (layout) + 3;
  if (paint)
    {
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, y + height);
      cairo_line_to (cr, x + width, y + height);
      cairo_stroke (cr);
    }
  return height + 10;
}

static void
paginate (PxCreditStatement *self)
{
  cairo_t *cr = px_page_create_measuring_context ();
  double content_height = px_page_get_content_height (self->page);
  double first_room, next_room;
  guint last;

  self->heading_height = px_page_draw_heading (self->page, cr, self->heading_title,
                                               self->heading_details);
  self->fields_height = draw_fields (self, cr, 0, FALSE);
  self->closing_height = draw_closing (self, cr, 0, FALSE);
  first_room = content_height - self->heading_height - self->fields_height - SECTION_GAP;
  next_room = content_height - draw_continued (self, cr, 0, FALSE);
  self->n_table_pages = px_table_paginate (self->table, cr, px_page_get_content_width (self->page),
                                           first_room, next_room);
  /* The sentence and the seal follow the table's last row, on a page of their own only when
   * they do not fit under it. */
  last = self->n_table_pages - 1;
  self->closing_own_page = (last == 0 ? first_room : next_room)
                           - px_table_get_page_height (self->table, last)
                           < SECTION_GAP + self->closing_height;
  cairo_destroy (cr);
}

PxCreditStatement *
px_credit_statement_new (PxDatabase  *db,
                         const char  *cadre_id,
                         int          year,
                         GError     **error)
{
  g_autoptr(PxCreditStatement) self = NULL;
  g_autoptr(PxCadre) cadre = NULL;
  g_autofree char *total = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (cadre_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cadre = px_cadre_get (db, cadre_id, error);
  if (cadre == NULL)
    return NULL;

  self = g_object_new (PX_TYPE_CREDIT_STATEMENT, NULL);
  self->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  build_table (self);
  if (!load_classes (self, db, cadre_id, year, error)
      || !load_other_records (self, db, cadre_id, year, error))
    return NULL;
  if (self->n_entries == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("%s has no training recorded in %d, so there is no credit statement to "
                     "print. Enrol the cadre in a class or record the year’s hours first."),
                   cadre->name, year);
      return NULL;
    }
  add_total_row (self);

  self->values[FIELD_NAME] = g_strdup (cadre->name);
  self->values[FIELD_GENDER] = g_strdup (cadre->gender != NULL ? cadre->gender : "");
  self->values[FIELD_POST] = g_strdup (cadre->post != NULL ? cadre->post : "");
  self->values[FIELD_CITIZEN_ID] = px_cadre_mask_citizen_id (cadre->citizen_id);
  if (cadre->unit_id != NULL)
    {
      g_autoptr(PxOrgUnit) unit = px_org_unit_get (db, cadre->unit_id, error);

      if (unit == NULL)
        return NULL;
      self->values[FIELD_UNIT] = g_strdup (unit->name);
    }
  else
    self->values[FIELD_UNIT] = g_strdup ("");

  /* TRANSLATORS: the credit statement's title (学时证明) */
  self->heading_title = g_strdup (_("Training Hours Statement"));
  self->heading_details = g_strdup_printf (_("Year %d"), year);
  total = format_hours (self->total);
  /* TRANSLATORS: the credit statement's certifying sentence: name, year, hours
   * (兹证明%s同志%d年度参加干部教育培训累计%s学时。) */
  self->sentence = g_strdup_printf (_("This is to certify that comrade %s took part in cadre "
                                      "education and training in %d for %s class hours in all."),
                                    cadre->name, year, total);
  self->date = today_chinese ();
  paginate (self);

  /* TRANSLATORS: the document's title: name, year (王建国 2026年度学时证明) */
  title = g_strdup_printf (_("%s · Training Hours Statement %d"), cadre->name, year);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_credit_statement_get_page (PxCreditStatement *self)
{
  g_return_val_if_fail (PX_IS_CREDIT_STATEMENT (self), NULL);
  return self->page;
}

double
px_credit_statement_get_total (PxCreditStatement *self)
{
  g_return_val_if_fail (PX_IS_CREDIT_STATEMENT (self), 0);
  return self->total;
}

guint
px_credit_statement_get_n_entries (PxCreditStatement *self)
{
  g_return_val_if_fail (PX_IS_CREDIT_STATEMENT (self), 0);
  return self->n_entries;
}

/* PxDocument */

static guint
px_credit_statement_get_n_pages (PxDocument *document)
{
  PxCreditStatement *self = PX_CREDIT_STATEMENT (document);

  return self->n_table_pages + (self->closing_own_page ? 1 : 0);
}


static void
px_credit_statement_draw_page (PxDocument *document,
                               cairo_t    *cr,
                               guint       page_index)
{
  PxCreditStatement *self = PX_CREDIT_STATEMENT (document);
  const PxPage *page = self->page;
  double y = page->margin_top;

  if (page_index == 0)
    {
      y += px_page_draw_heading (page, cr, self->heading_title, self->heading_details);
      y += draw_fields (self, cr, y, TRUE) + SECTION_GAP;
    }
  else
    y += draw_continued (self, cr, y, TRUE);
  if (page_index < self->n_table_pages)
    y += px_table_draw_page (self->table, cr, page_index, page->margin_left, y) + SECTION_GAP;
  if (page_index == px_document_get_n_pages (document) - 1)
    draw_closing (self, cr, y, TRUE);
  px_page_draw_page_number (page, cr, page_index, px_document_get_n_pages (document));
}

static void
px_credit_statement_finalize (GObject *object)
{
  PxCreditStatement *self = PX_CREDIT_STATEMENT (object);

  g_free (self->heading_title);
  g_free (self->heading_details);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->values[i]);
  g_free (self->sentence);
  g_free (self->date);
  g_clear_pointer (&self->table, px_table_free);
  G_OBJECT_CLASS (px_credit_statement_parent_class)->finalize (object);
}

static void
px_credit_statement_class_init (PxCreditStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_credit_statement_finalize;
  document_class->get_n_pages = px_credit_statement_get_n_pages;
  document_class->draw_page = px_credit_statement_draw_page;
}

static void
px_credit_statement_init (PxCreditStatement *self)
{
}
