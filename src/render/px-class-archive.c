/* px-class-archive.c: 一班一档, a class's papers as one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-attendance-summary.h"
#include "px-certificate-list.h"
#include "px-class-archive.h"
#include "px-class-results.h"
#include "px-class-summary.h"
#include "px-date.h"
#include "px-page.h"
#include "px-render-error.h"
#include "px-roster-document.h"
#include "px-schedule.h"

/* A line of the contents: a part and where it begins, or why it is not there. */
typedef struct
{
  char *label;
  guint first_page;    /* from 1, as the pages are numbered; 0 when left out */
  guint n_pages;
  char *omitted;       /* why it was left out, or NULL */
} ContentsEntry;

/* The cover: a page of its own type, drawn from what the archive gives it. */

#define PX_TYPE_ARCHIVE_COVER (px_archive_cover_get_type ())
G_DECLARE_FINAL_TYPE (PxArchiveCover, px_archive_cover, PX, ARCHIVE_COVER, PxDocument)

struct _PxArchiveCover
{
  PxDocument parent_instance;

  PxPage *page;
  char *class_title;
  GPtrArray *particulars;  /* (element-type utf8) label, value, label, value … */
  GArray *contents;        /* (element-type ContentsEntry) */
};

G_DEFINE_FINAL_TYPE (PxArchiveCover, px_archive_cover, PX_TYPE_DOCUMENT)

struct _PxClassArchive
{
  PxDocumentBundle parent_instance;

  PxArchiveCover *cover;   /* borrowed: the bundle's first part */
  guint n_omitted;
};

G_DEFINE_FINAL_TYPE (PxClassArchive, px_class_archive, PX_TYPE_DOCUMENT_BUNDLE)

static void
contents_entry_clear (ContentsEntry *entry)
{
  g_free (entry->label);
  g_free (entry->omitted);
}

static void
px_archive_cover_finalize (GObject *object)
{
  PxArchiveCover *self = PX_ARCHIVE_COVER (object);

  px_page_free (self->page);
  g_free (self->class_title);
  g_ptr_array_unref (self->particulars);
  g_array_unref (self->contents);
  G_OBJECT_CLASS (px_archive_cover_parent_class)->finalize (object);
}

static double
show_centred (cairo_t    *cr,
              PxPageFont  font,
              double      size,
              gboolean    bold,
              const char *text,
              double      x,
              double      y,
              double      width,
              double      grey)
{
  g_autoptr(PangoLayout) layout = px_page_create_layout (cr, font, size, bold);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return px_page_layout_height (layout);
}

/* Label and value pairs in two aligned columns, centred on the page as a block. */
static double
draw_particulars (PxArchiveCover *self,
                  cairo_t        *cr,
                  double          y)
{
  const double label_width = 90, value_width = 260, gap = 14;
  double x = (self->page->width - label_width - gap - value_width) / 2;
  double top = y;

  for (guint i = 0; i + 1 < self->particulars->len; i += 2)
    {
      g_autoptr(PangoLayout) label = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 11, FALSE);
      g_autoptr(PangoLayout) value = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 11, FALSE);
      double height;

      pango_layout_set_text (label, g_ptr_array_index (self->particulars, i), -1);
      pango_layout_set_width (label, (int) (label_width * PANGO_SCALE));
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (value, g_ptr_array_index (self->particulars, i + 1), -1);
      pango_layout_set_width (value, (int) (value_width * PANGO_SCALE));
      pango_layout_set_wrap (value, PANGO_WRAP_WORD_CHAR);
      height = MAX (px_page_layout_height (label), px_page_layout_height (value));

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, label);
      cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
      cairo_move_to (cr, x + label_width + gap, y);
      pango_cairo_show_layout (cr, value);
      /* a thin rule under each value, as on a filing cover */
      cairo_set_source_rgb (cr, 0.62, 0.62, 0.62);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x + label_width + gap, y + height + 3);
      cairo_line_to (cr, x + label_width + gap + value_width, y + height + 3);
      cairo_stroke (cr);
      y += height + 12;
    }
  return y - top;
}

/* Each part, a dotted leader and the page it begins on; a part left out says why instead. */
static void
draw_contents (PxArchiveCover *self,
               cairo_t        *cr,
               double          y)
{
  const double width = 380;
  double x = (self->page->width - width) / 2;
  const double dashes[] = { 0.6, 3.0 };

  /* TRANSLATORS: heads the contents on a class archive's cover (目录) */
  y += show_centred (cr, PX_PAGE_FONT_SERIF, 15, TRUE, _("Contents"), x, y, width, 0.05) + 10;
  for (guint i = 0; i < self->contents->len; i++)
    {
      ContentsEntry *entry = &g_array_index (self->contents, ContentsEntry, i);
      g_autoptr(PangoLayout) label = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 11, FALSE);
      g_autoptr(PangoLayout) where = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 11, FALSE);
      g_autofree char *label_text = g_strdup_printf ("%u  %s", i + 1, entry->label);
      g_autofree char *where_text = NULL;
      double grey = entry->omitted != NULL ? 0.45 : 0.05;
      double label_width, where_width, baseline;

      if (entry->omitted != NULL)
        /* TRANSLATORS: a part of a class archive that was left out, and why (未收录：%s) */
        where_text = g_strdup_printf (_("not included: %s"), entry->omitted);
      else
        /* TRANSLATORS: where a part of a class archive begins, its length
         * (第 %u 页（共 %u 页）) */
        where_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "page %u (%u page)",
                                                   "page %u (%u pages)", entry->n_pages),
                                      entry->first_page, entry->n_pages);
      pango_layout_set_text (label, label_text, -1);
      pango_layout_set_text (where, where_text, -1);
      label_width = px_page_layout_width (label);
      where_width = px_page_layout_width (where);
      baseline = (double) pango_layout_get_baseline (label) / PANGO_SCALE;

      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, label);
      cairo_move_to (cr, x + width - where_width, y);
      pango_cairo_show_layout (cr, where);
      if (x + label_width + 8 < x + width - where_width - 8)
        {
          cairo_save (cr);
          cairo_set_line_width (cr, 1.0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          cairo_move_to (cr, x + label_width + 8, y + baseline);
          cairo_line_to (cr, x + width - where_width - 8, y + baseline);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      y += MAX (px_page_layout_height (label), px_page_layout_height (where)) + 10;
    }
}

static void
px_archive_cover_draw_page (PxDocument *document,
                            cairo_t    *cr,
                            guint       page_index)
{
  PxArchiveCover *self = PX_ARCHIVE_COVER (document);
  double x = self->page->margin_left;
  double width = px_page_get_content_width (self->page);
  double y = self->page->margin_top + 60;

  y += show_centred (cr, PX_PAGE_FONT_SERIF, 16, FALSE, self->page->school_name, x, y, width,
                     0.25) + 18;
  /* TRANSLATORS: the title on a class archive's cover (一班一档) */
  y += show_centred (cr, PX_PAGE_FONT_SERIF, 30, TRUE, _("Class Archive"), x, y, width, 0.05)
       + 14;
  y += show_centred (cr, PX_PAGE_FONT_SERIF, 19, TRUE, self->class_title, x + 30, y,
                     width - 60, 0.1) + 28;
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, x + width * 0.2, y);
  cairo_line_to (cr, x + width * 0.8, y);
  cairo_stroke (cr);
  y += 28;
  y += draw_particulars (self, cr, y) + 36;
  draw_contents (self, cr, y);
}

static void
px_archive_cover_class_init (PxArchiveCoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_archive_cover_finalize;
  /* one A4 portrait page: PxDocument's own page count and size */
  document_class->draw_page = px_archive_cover_draw_page;
}

static void
px_archive_cover_init (PxArchiveCover *self)
{
  self->particulars = g_ptr_array_new_with_free_func (g_free);
  self->contents = g_array_new (FALSE, TRUE, sizeof (ContentsEntry));
  g_array_set_clear_func (self->contents, (GDestroyNotify) contents_entry_clear);
}

static void
add_particular (PxArchiveCover *cover,
                const char     *label,
                const char     *value)
{
  g_ptr_array_add (cover->particulars, g_strdup (label));
  g_ptr_array_add (cover->particulars, g_strdup (value != NULL && *value != '\0' ? value : "—"));
}

static PxArchiveCover *
archive_cover_new (PxDatabase           *db,
                   const PxClassSummary *summary,
                   const char           *venue,
                   const char           *head_teacher)
{
  PxArchiveCover *cover = g_object_new (PX_TYPE_ARCHIVE_COVER, NULL);
  g_autofree char *start = px_date_format_chinese (summary->start_date);
  g_autofree char *end = px_date_format_chinese (summary->end_date);
  g_autofree char *dates = NULL;
  g_autofree char *trainees = g_strdup_printf ("%u", summary->n_enrolled);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = px_date_format_chinese (today_iso);

  cover->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  cover->class_title = g_strdup (summary->title);
  /* TRANSLATORS: the first and last day of a class (%s至%s) */
  dates = g_strdup_printf (_("%s to %s"), start, end);
  /* TRANSLATORS: the particulars on a class archive's cover (班次编号, 培训时间, 班主任,
   * 培训地点, 学员人数, 归档日期) */
  add_particular (cover, _("Class code"), summary->code);
  add_particular (cover, _("Dates"), dates);
  add_particular (cover, _("Head teacher"), head_teacher);
  add_particular (cover, _("Venue"), venue);
  add_particular (cover, _("Trainees"), trainees);
  add_particular (cover, _("Archived on"), today);
  px_document_set_title (PX_DOCUMENT (cover), summary->title);
  return cover;
}

/* The archive */

guint
px_class_archive_get_n_omitted (PxClassArchive *self)
{
  g_return_val_if_fail (PX_IS_CLASS_ARCHIVE (self), 0);
  return self->n_omitted;
}

/* Adds part, or says in the contents why there is none: no part with no error or a
 * constructor's PX_RENDER_ERROR_EMPTY is a part left out, any other error is the archive's. */
static gboolean
add_part (PxClassArchive  *self,
          gpointer         part,
          GError         **part_error,
          const char      *label,
          const char      *why_empty,
          GError         **error)
{
  PxDocumentBundle *bundle = PX_DOCUMENT_BUNDLE (self);
  ContentsEntry entry = { g_strdup (label), 0, 0, NULL };
  g_autoptr(PxDocument) document = part;

  if (document == NULL && *part_error != NULL
      && !g_error_matches (*part_error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY))
    {
      g_free (entry.label);
      g_propagate_error (error, g_steal_pointer (part_error));
      return FALSE;
    }
  g_clear_error (part_error);
  if (document != NULL)
    {
      entry.first_page = px_document_get_n_pages (PX_DOCUMENT (self)) + 1;
      entry.n_pages = px_document_get_n_pages (document);
      px_document_bundle_append (bundle, document, label);
    }
  else
    {
      entry.omitted = g_strdup (why_empty);
      self->n_omitted++;
    }
  g_array_append_val (self->cover->contents, entry);
  return TRUE;
}

PxClassArchive *
px_class_archive_new (PxDatabase  *db,
                      const char  *class_id,
                      GError     **error)
{
  g_autoptr(PxClassArchive) self = NULL;
  g_autoptr(PxClassSummary) summary = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxArchiveCover) cover = NULL;
  g_autoptr(PxSchedule) schedule = NULL;
  g_autoptr(GError) part_error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  summary = px_class_summary_get (db, class_id, error);
  if (summary == NULL)
    return NULL;

  self = g_object_new (PX_TYPE_CLASS_ARCHIVE, NULL);
  px_document_bundle_set_numbered (PX_DOCUMENT_BUNDLE (self), TRUE);
  cover = archive_cover_new (db, summary, training_class->venue, training_class->head_teacher);
  self->cover = cover;
  /* TRANSLATORS: a class archive's cover in its own contents (封面) */
  px_document_bundle_append (PX_DOCUMENT_BUNDLE (self), PX_DOCUMENT (cover), _("Cover"));

  /* TRANSLATORS: the parts of a class archive, and why one is left out */
  if (!add_part (self, px_roster_document_new (db, class_id, NULL, &part_error), &part_error,
                 _("Trainee roster"), _("no trainees enrolled"), error))
    return NULL;

  schedule = px_schedule_new_for_class (db, class_id, error);
  if (schedule == NULL)
    return NULL;
  /* An empty grid is no schedule: the schedule itself prints one, the archive does not. */
  if (px_schedule_get_n_sessions (schedule) == 0)
    g_clear_object (&schedule);
  if (!add_part (self, g_steal_pointer (&schedule), &part_error, _("Class schedule"),
                 _("no sessions in the timetable"), error))
    return NULL;

  if (!add_part (self, px_attendance_summary_new (db, class_id, &part_error), &part_error,
                 _("Attendance summary"), _("no roll-call taken"), error)
      || !add_part (self, px_class_results_new (db, class_id, &part_error), &part_error,
                    _("Trainee results"), _("no trainees enrolled"), error)
      || !add_part (self, px_certificate_list_new (db, class_id, &part_error), &part_error,
                    _("Certificates issued"), _("no certificates issued"), error))
    return NULL;

  /* TRANSLATORS: the document's title: the class's code and title, then 一班一档 */
  title = g_strdup_printf (_("%s %s · Class Archive"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

static void
px_class_archive_class_init (PxClassArchiveClass *klass)
{
}

static void
px_class_archive_init (PxClassArchive *self)
{
}
