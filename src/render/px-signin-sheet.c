/* px-signin-sheet.c: 签到表, a sheet per session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "px-class-timetable.h"
#include "px-class-trainees.h"
#include "px-date.h"
#include "px-render-error.h"
#include "px-signin-sheet.h"
#include "px-table.h"
#include "px-training-class.h"

#define FONT_SIZE 10.0
/* 10.5 mm: a signature written at its natural size fits without touching the rules, and
 * twenty trainees go on a page. */
#define SIGNATURE_ROW_HEIGHT (10.5 / 25.4 * 72.0)
/* The tally line under each session's table. */
#define TALLY_GAP 10.0

typedef struct
{
  char *heading_details;
  PxTable *table;
  guint first_page;   /* the document's page on which this session's sheet starts */
} SessionSheet;

struct _PxSigninSheet
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  char *heading_title;
  guint n_trainees;
  GPtrArray *sheets;  /* (element-type SessionSheet) */
  guint n_pages;
};

G_DEFINE_FINAL_TYPE (PxSigninSheet, px_signin_sheet, PX_TYPE_DOCUMENT)

static void
session_sheet_free (SessionSheet *sheet)
{
  g_free (sheet->heading_details);
  px_table_free (sheet->table);
  g_free (sheet);
}

/* Loading */

static char *
format_weekday (const char *iso)
{
  g_autoptr(GDateTime) time = NULL;

  if (!px_date_is_iso (iso))
    return g_strdup ("");
  time = g_date_time_new_utc (atoi (iso), atoi (iso + 5), atoi (iso + 8), 0, 0, 0);
  return g_date_time_format (time, "%A");
}

static char *
entry_place (const PxTimetableEntry *entry)
{
  if (entry->base_name != NULL && entry->room != NULL)
    return g_strdup_printf ("%s · %s", entry->base_name, entry->room);
  return g_strdup (entry->base_name != NULL ? entry->base_name : entry->room);
}

/* Two lines: when (date, weekday, slot, times), then what (course, teacher, place). */
static char *
format_session (const PxTrainingClass  *training_class,
                const PxTimetableEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = px_date_format_chinese (entry->date);
  g_autofree char *weekday = format_weekday (entry->date);
  g_autofree char *place = entry_place (entry);

  /* TRANSLATORS: the class's code in a printed document's heading */
  g_string_append_printf (text, _("Class code: %s"), training_class->code);
  g_string_append_printf (text, "    %s %s  %s  %s–%s", date, weekday,
                          px_class_timetable_slot_label (entry->slot),
                          entry->start_time != NULL ? entry->start_time : "",
                          entry->end_time != NULL ? entry->end_time : "");
  g_string_append_c (text, '\n');
  if (entry->title != NULL)
    /* TRANSLATORS: on a sign-in sheet: the session's course (课程：…) */
    g_string_append_printf (text, _("Course: %s"), entry->title);
  if (entry->teacher_name != NULL)
    {
      g_string_append (text, "    ");
      /* TRANSLATORS: on a sign-in sheet (授课教师：…) */
      g_string_append_printf (text, _("Teacher: %s"), entry->teacher_name);
    }
  if (place != NULL)
    {
      g_string_append (text, "    ");
      /* TRANSLATORS: on a sign-in sheet (地点：…) */
      g_string_append_printf (text, _("Place: %s"), place);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PxTable *
create_table (const PxClassTrainees *trainees)
{
  PxTable *table = px_table_new (FONT_SIZE);
  guint seq = 0;

  /* TRANSLATORS: sign-in sheet column: the row's number (序号) */
  px_table_add_column (table, _("No."), 30, PX_TABLE_ALIGN_CENTER);
  /* TRANSLATORS: sign-in sheet column (姓名) */
  px_table_add_column (table, _("Name"), 64, PX_TABLE_ALIGN_CENTER);
  /* TRANSLATORS: sign-in sheet column (工作单位) */
  px_table_add_flexible_column (table, _("Unit"), 1.6, PX_TABLE_ALIGN_START);
  /* TRANSLATORS: sign-in sheet column, left blank for the trainee to sign in (签名) */
  px_table_add_flexible_column (table, _("Signature"), 2.0, PX_TABLE_ALIGN_START);
  /* TRANSLATORS: sign-in sheet column, left blank (备注) */
  px_table_add_column (table, _("Note"), 64, PX_TABLE_ALIGN_START);
  px_table_set_min_row_height (table, SIGNATURE_ROW_HEIGHT);

  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      const PxTrainee *trainee = g_ptr_array_index (trainees->trainees, i);
      g_autofree char *number = NULL;
      const char *cells[5];

      if (g_strcmp0 (trainee->status, "withdrawn") == 0)
        continue;
      number = g_strdup_printf ("%u", ++seq);
      cells[0] = number;
      cells[1] = trainee->name;
      cells[2] = trainee->unit_name;
      cells[3] = NULL;
      cells[4] = NULL;
      px_table_add_row (table, cells);
    }
  return table;
}

static PangoLayout *
create_tally_layout (PxSigninSheet *self,
                     cairo_t       *cr)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, FONT_SIZE, FALSE);
  /* TRANSLATORS: under a sign-in sheet, filled in by hand: 应到 40 人    实到 ____ 人 … */
  g_autofree char *text = g_strdup_printf (_("Expected: %u    Present: ______    Checked by: "
                                             "__________"), self->n_trainees);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (px_page_get_content_width (self->page) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

/* Each session's sheet starts a page; its table runs on over as many as it needs, the heading
 * on each, the tally under its last rows. */
static void
paginate (PxSigninSheet *self)
{
  cairo_t *cr = px_page_create_measuring_context ();
  g_autoptr(PangoLayout) tally = create_tally_layout (self, cr);
  double tally_height = px_page_layout_height (tally) + TALLY_GAP;
  double content_height = px_page_get_content_height (self->page);
  double width = px_page_get_content_width (self->page);

  self->n_pages = 0;
  for (guint i = 0; i < self->sheets->len; i++)
    {
      SessionSheet *sheet = g_ptr_array_index (self->sheets, i);
      double room = content_height - px_page_draw_heading (self->page, cr,
                                                           self->heading_title,
                                                           sheet->heading_details);
      guint n_pages = px_table_paginate (sheet->table, cr, width, room, room);

      /* The tally needs room under the last page's rows only; when it has none there, every
       * page gives up that much, so that the rows move on evenly rather than one alone. */
      if (px_table_get_page_height (sheet->table, n_pages - 1) + tally_height > room)
        n_pages = px_table_paginate (sheet->table, cr, width, room - tally_height,
                                     room - tally_height);
      sheet->first_page = self->n_pages;
      self->n_pages += n_pages;
    }
  cairo_destroy (cr);
}

PxSigninSheet *
px_signin_sheet_new (PxDatabase  *db,
                     const char  *class_id,
                     const char  *date,
                     GError     **error)
{
  g_autoptr(PxSigninSheet) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (date == NULL || px_date_is_iso (date), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  trainees = px_class_trainees_get (db, class_id, error);
  if (trainees == NULL)
    return NULL;
  entries = px_class_timetable_list (db, class_id, error);
  if (entries == NULL)
    return NULL;

  if (trainees->n_enrolled == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no trainees yet, so there is no sign-in sheet to print. "
                     "Enrol its trainees first."), training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_SIGNIN_SHEET, NULL);
  self->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  self->n_trainees = trainees->n_enrolled;
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) session_sheet_free);
  for (guint i = 0; i < entries->len; i++)
    {
      const PxTimetableEntry *entry = g_ptr_array_index (entries, i);
      SessionSheet *sheet;

      if (date != NULL && g_strcmp0 (entry->date, date) != 0)
        continue;
      sheet = g_new0 (SessionSheet, 1);
      sheet->heading_details = format_session (training_class, entry);
      sheet->table = create_table (trainees);
      g_ptr_array_add (self->sheets, sheet);
    }

  if (self->sheets->len == 0 && date != NULL)
    {
      g_autofree char *day = px_date_format_chinese (date);

      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no session on %s, so there is no sign-in sheet to print. "
                     "Choose a day of its timetable."), training_class->code, day);
      return NULL;
    }
  if (self->sheets->len == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no sessions yet, so there is no sign-in sheet to print. Add "
                     "its timetable first."), training_class->code);
      return NULL;
    }

  /* TRANSLATORS: the printed sign-in sheet's title; %s is the class's title (…班签到表) */
  self->heading_title = g_strdup_printf (_("%s: Sign-in Sheet"), training_class->title);
  paginate (self);

  /* TRANSLATORS: the sign-in sheets' document title: the class's code and title, then 签到表 */
  title = g_strdup_printf (_("%s %s · Sign-in Sheets"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

static void
px_signin_sheet_finalize (GObject *object)
{
  PxSigninSheet *self = PX_SIGNIN_SHEET (object);

  g_free (self->heading_title);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  G_OBJECT_CLASS (px_signin_sheet_parent_class)->finalize (object);
}

const PxPage *
px_signin_sheet_get_page (PxSigninSheet *sheet)
{
  g_return_val_if_fail (PX_IS_SIGNIN_SHEET (sheet), NULL);
  return sheet->page;
}

guint
px_signin_sheet_get_n_sessions (PxSigninSheet *sheet)
{
  g_return_val_if_fail (PX_IS_SIGNIN_SHEET (sheet), 0);
  return sheet->sheets->len;
}

/* PxDocument */

static guint
px_signin_sheet_get_n_pages (PxDocument *document)
{
  return PX_SIGNIN_SHEET (document)->n_pages;
}


static void
px_signin_sheet_draw_page (PxDocument *document,
                           cairo_t    *cr,
                           guint       page_index)
{
  PxSigninSheet *self = PX_SIGNIN_SHEET (document);
  const PxPage *page = self->page;
  SessionSheet *sheet = NULL;
  guint table_page;
  double y = page->margin_top;

  for (guint i = 0; i < self->sheets->len; i++)
    {
      SessionSheet *candidate = g_ptr_array_index (self->sheets, i);

      if (candidate->first_page > page_index)
        break;
      sheet = candidate;
    }
  g_assert (sheet != NULL);
  table_page = page_index - sheet->first_page;

  y += px_page_draw_heading (page, cr, self->heading_title, sheet->heading_details);
  y += px_table_draw_page (sheet->table, cr, table_page, page->margin_left, y);
  if (table_page + 1 == px_table_get_n_pages (sheet->table))
    {
      g_autoptr(PangoLayout) tally = create_tally_layout (self, cr);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, page->margin_left, y + TALLY_GAP);
      pango_cairo_show_layout (cr, tally);
    }
  /* Counted per session: each session's sheets go round the room and are filed apart. */
  px_page_draw_page_number (page, cr, table_page, px_table_get_n_pages (sheet->table));
}

static void
px_signin_sheet_class_init (PxSigninSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_signin_sheet_finalize;
  document_class->get_n_pages = px_signin_sheet_get_n_pages;
  document_class->draw_page = px_signin_sheet_draw_page;
}

static void
px_signin_sheet_init (PxSigninSheet *self)
{
}
