/* px-schedule.c: 课程表, a class's timetable as printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-date.h"
#include "px-schedule.h"
#include "px-training-class.h"

enum
{
  SLOT_MORNING,
  SLOT_AFTERNOON,
  SLOT_EVENING,
  N_SLOTS
};

static const char * const slot_keys[N_SLOTS] = { "morning", "afternoon", "evening" };

/* Type sizes in points: a week of full days still reads at arm's length at BASE_SIZE; below
 * MIN_SIZE it would not, so the text stops shrinking there. */
#define BASE_SIZE      9.5
#define MIN_SIZE       6.0
#define CELL_PAD       5.0
#define ENTRY_GAP      7.0
#define SLOT_COLUMN    64.0

#define GRID_INK       0.15
#define RULE_GREY      0.62
#define HEAD_FILL      0.91
#define SLOT_FILL      0.96

typedef struct
{
  GDate date;
  GPtrArray *cells[N_SLOTS];   /* (element-type PxTimetableEntry) borrowed from entries */
} ScheduleDay;

typedef struct
{
  GPtrArray *days;             /* (element-type ScheduleDay) */
} ScheduleWeek;

struct _PxSchedule
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  char *code;
  char *title;
  char *start_date;
  char *end_date;
  char *venue;
  char *head_teacher;
  GPtrArray *entries;          /* (element-type PxTimetableEntry) */
  GPtrArray *weeks;            /* (element-type ScheduleWeek) */
  gboolean has_evening;        /* any session in the evening: only then has the grid its row */
};

G_DEFINE_FINAL_TYPE (PxSchedule, px_schedule, PX_TYPE_DOCUMENT)

/* Loading */

static void
schedule_day_free (ScheduleDay *day)
{
  for (guint i = 0; i < N_SLOTS; i++)
    g_ptr_array_unref (day->cells[i]);
  g_free (day);
}

static void
schedule_week_free (ScheduleWeek *week)
{
  g_ptr_array_unref (week->days);
  g_free (week);
}

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  int year, month, day;

  if (!px_date_is_iso (text) || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3)
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return g_date_valid (date);
}

static guint
entry_slot (const PxTimetableEntry *entry)
{
  for (guint i = 0; i < N_SLOTS; i++)
    if (g_strcmp0 (entry->slot, slot_keys[i]) == 0)
      return i;
  /* A slot the schema did not know when this was written: place it by the clock. */
  if (entry->start_time == NULL || g_strcmp0 (entry->start_time, "12:00") < 0)
    return SLOT_MORNING;
  if (g_strcmp0 (entry->start_time, "18:00") < 0)
    return SLOT_AFTERNOON;
  return SLOT_EVENING;
}

static ScheduleDay *
schedule_day_new (PxSchedule  *self,
                  const GDate *date)
{
  ScheduleDay *day = g_new0 (ScheduleDay, 1);

  day->date = *date;
  for (guint i = 0; i < N_SLOTS; i++)
    day->cells[i] = g_ptr_array_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      PxTimetableEntry *entry = g_ptr_array_index (self->entries, i);
      GDate entry_date;

      if (parse_iso_date (entry->date, &entry_date) && g_date_compare (&entry_date, date) == 0)
        g_ptr_array_add (day->cells[entry_slot (entry)], entry);
    }
  return day;
}

static gboolean
schedule_day_is_kept (const ScheduleDay *day)
{
  if (g_date_get_weekday (&day->date) < G_DATE_SATURDAY)
    return TRUE;
  for (guint i = 0; i < N_SLOTS; i++)
    if (day->cells[i]->len > 0)
      return TRUE;
  return FALSE;
}

/* The days from first to last within the week that starts on monday. Weekends without sessions
 * are rest days and are left out, unless the week has nothing else. */
static ScheduleWeek *
schedule_week_new (PxSchedule  *self,
                   const GDate *monday,
                   const GDate *first,
                   const GDate *last)
{
  ScheduleWeek *week = g_new0 (ScheduleWeek, 1);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) schedule_day_free);
  guint n_kept = 0;

  for (guint i = 0; i < 7; i++)
    {
      GDate date = *monday;

      g_date_add_days (&date, i);
      if (g_date_compare (&date, first) >= 0 && g_date_compare (&date, last) <= 0)
        g_ptr_array_add (days, schedule_day_new (self, &date));
    }
  for (guint i = 0; i < days->len; i++)
    n_kept += schedule_day_is_kept (g_ptr_array_index (days, i));
  if (n_kept > 0)
    for (guint i = days->len; i-- > 0;)
      if (!schedule_day_is_kept (g_ptr_array_index (days, i)))
        g_ptr_array_remove_index (days, i);
  week->days = g_steal_pointer (&days);
  return week;
}

static void
build_weeks (PxSchedule *self)
{
  GDate first, last, monday;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!parse_iso_date (self->start_date, &first))
    g_date_set_time_t (&first, time (NULL));
  if (!parse_iso_date (self->end_date, &last) || g_date_compare (&last, &first) < 0)
    last = first;

  /* Sessions outside the class's dates are a conflict to fix, but they print all the same. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      PxTimetableEntry *entry = g_ptr_array_index (self->entries, i);
      GDate date;

      if (!parse_iso_date (entry->date, &date))
        continue;
      if (g_date_compare (&date, &first) < 0)
        first = date;
      if (g_date_compare (&date, &last) > 0)
        last = date;
      if (entry_slot (entry) == SLOT_EVENING)
        self->has_evening = TRUE;
    }

  monday = first;
  g_date_subtract_days (&monday, g_date_get_weekday (&first) - G_DATE_MONDAY);
  self->weeks = g_ptr_array_new_with_free_func ((GDestroyNotify) schedule_week_free);
  while (g_date_compare (&monday, &last) <= 0)
    {
      g_ptr_array_add (self->weeks, schedule_week_new (self, &monday, &first, &last));
      g_date_add_days (&monday, 7);
    }
}

PxSchedule *
px_schedule_new_for_class (PxDatabase  *db,
                           const char  *class_id,
                           GError     **error)
{
  g_autoptr(PxSchedule) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;

  self = g_object_new (PX_TYPE_SCHEDULE, NULL);
  self->entries = px_class_timetable_list (db, class_id, error);
  if (self->entries == NULL)
    return NULL;
  self->page = px_page_new_for_database (PX_PAGE_LANDSCAPE, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  self->code = g_strdup (training_class->code);
  self->title = g_strdup (training_class->title);
  self->start_date = g_strdup (training_class->start_date);
  self->end_date = g_strdup (training_class->end_date);
  self->venue = g_strdup (training_class->venue);
  self->head_teacher = g_strdup (training_class->head_teacher);
  build_weeks (self);
  title = g_strdup_printf (_("%s %s · Class Schedule"), self->code, self->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

PxSchedule *
px_schedule_new_for_code (PxDatabase  *db,
                          const char  *code,
                          GError     **error)
{
  g_autoptr(PxClassSummary) summary = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  summary = px_class_summary_get_by_code (db, code, error);
  if (summary == NULL)
    return NULL;
  return px_schedule_new_for_class (db, summary->id, error);
}

static void
px_schedule_finalize (GObject *object)
{
  PxSchedule *self = PX_SCHEDULE (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->venue);
  g_free (self->head_teacher);
  g_clear_pointer (&self->weeks, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  G_OBJECT_CLASS (px_schedule_parent_class)->finalize (object);
}

const PxPage *
px_schedule_get_page (PxSchedule *schedule)
{
  g_return_val_if_fail (PX_IS_SCHEDULE (schedule), NULL);
  return schedule->page;
}

static guint
px_schedule_get_n_pages (PxDocument *document)
{
  return PX_SCHEDULE (document)->weeks->len;
}


guint
px_schedule_get_n_sessions (PxSchedule *schedule)
{
  g_return_val_if_fail (PX_IS_SCHEDULE (schedule), 0);
  return schedule->entries->len;
}

/* Cells */

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 0, 0, 0);

  return g_date_time_format (time, format);
}

static char *
entry_place (const PxTimetableEntry *entry)
{
  if (entry->base_name != NULL && entry->room != NULL)
    return g_strdup_printf ("%s · %s", entry->base_name, entry->room);
  return g_strdup (entry->base_name != NULL ? entry->base_name : entry->room);
}

static gboolean
entry_has_usual_times (const PxTimetableEntry *entry,
                       guint                   slot)
{
  const char *start = NULL, *end = NULL;

  if (!px_class_timetable_slot_times (slot_keys[slot], &start, &end))
    return FALSE;
  return g_strcmp0 (entry->start_time, start) == 0 && g_strcmp0 (entry->end_time, end) == 0;
}

/* One session in its cell: the times when they are not the slot's own (or share the cell),
 * 选学 for an elective, then the title, the teacher and the place, each wrapped to width. */
static PangoLayout *
create_entry_layout (cairo_t                *cr,
                     const PxTimetableEntry *entry,
                     guint                   slot,
                     gboolean                shared,
                     double                  width,
                     double                  size)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, size, FALSE);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *place = entry_place (entry);
  gboolean show_times = shared || !entry_has_usual_times (entry, slot);

  if (entry->is_elective || show_times)
    {
      if (entry->is_elective)
        /* TRANSLATORS: marks an elective session on the printed schedule (选学) */
        g_string_append_printf (markup, "<span foreground='#9b1c1c' weight='bold'>%s</span>",
                                _("Elective"));
      if (entry->is_elective && show_times)
        g_string_append (markup, "  ");
      if (show_times)
        {
          g_autofree char *times = g_markup_printf_escaped ("<span foreground='#555555'>%s–%s"
                                                            "</span>",
                                                            entry->start_time ? entry->start_time
                                                                              : "",
                                                            entry->end_time ? entry->end_time
                                                                            : "");
          g_string_append (markup, times);
        }
      g_string_append_c (markup, '\n');
    }
  if (entry->title != NULL)
    {
      g_autofree char *title = g_markup_printf_escaped ("<span size='%d' weight='bold'>%s</span>",
                                                        (int) (size * 1.1 * PANGO_SCALE),
                                                        entry->title);
      g_string_append (markup, title);
    }
  if (entry->teacher_name != NULL)
    {
      g_autofree char *teacher = g_markup_printf_escaped ("\n%s", entry->teacher_name);
      g_string_append (markup, teacher);
    }
  if (place != NULL)
    {
      g_autofree char *where = g_markup_printf_escaped ("\n<span foreground='#555555'>%s</span>",
                                                        place);
      g_string_append (markup, where);
    }

  pango_layout_set_markup (layout, markup->str, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* The layouts of one cell, top to bottom. (element-type PangoLayout) */
static GPtrArray *
create_cell_layouts (cairo_t         *cr,
                     const GPtrArray *cell,
                     guint            slot,
                     double           width,
                     double           size)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < cell->len; i++)
    g_ptr_array_add (layouts, create_entry_layout (cr, g_ptr_array_index (cell, i), slot,
                                                   cell->len > 1, width, size));
  return layouts;
}

static double
cell_layouts_height (const GPtrArray *layouts)
{
  double height = 0;

  for (guint i = 0; i < layouts->len; i++)
    height += px_page_layout_height (g_ptr_array_index (layouts, i)) + (i > 0 ? ENTRY_GAP : 0);
  return height;
}

/* Layout of a page */

typedef struct
{
  guint n_rows;
  guint rows[N_SLOTS];         /* the slots shown, in order */
  double size;                 /* the type size that lets the week fit */
  double column_width;
  double row_heights[N_SLOTS];
} GridLayout;

static double
row_need (const ScheduleWeek *week,
          cairo_t            *cr,
          guint               slot,
          double              column_width,
          double              size)
{
  /* Room for three lines even when empty, so a sparse week does not look squashed. */
  double need = size * 1.5 * 3;

  for (guint d = 0; d < week->days->len; d++)
    {
      ScheduleDay *day = g_ptr_array_index (week->days, d);
      g_autoptr(GPtrArray) layouts = create_cell_layouts (cr, day->cells[slot], slot,
                                                          column_width - 2 * CELL_PAD, size);

      need = MAX (need, cell_layouts_height (layouts));
    }
  return need + 2 * CELL_PAD;
}

/* Rows share the height equally where they can; a row that needs more keeps what it needs and
 * the others share the rest. */
static void
share_height (GridLayout *grid,
              const double *need,
              double        available)
{
  gboolean fixed[N_SLOTS] = { FALSE };
  double share = available / grid->n_rows;

  for (guint pass = 0; pass < grid->n_rows; pass++)
    {
      double rest = available;
      guint n_free = 0;
      gboolean changed = FALSE;

      for (guint r = 0; r < grid->n_rows; r++)
        if (!fixed[r] && need[r] > share)
          fixed[r] = changed = TRUE;
      for (guint r = 0; r < grid->n_rows; r++)
        {
          if (fixed[r])
            rest -= need[r];
          else
            n_free++;
        }
      if (n_free > 0)
        share = rest / n_free;
      if (!changed)
        break;
    }
  for (guint r = 0; r < grid->n_rows; r++)
    grid->row_heights[r] = fixed[r] ? need[r] : share;
}

static void
plan_grid (PxSchedule         *self,
           const ScheduleWeek *week,
           cairo_t            *cr,
           double              width,
           double              height,
           double              header_height,
           GridLayout         *grid)
{
  double need[N_SLOTS];

  grid->n_rows = 0;
  grid->rows[grid->n_rows++] = SLOT_MORNING;
  grid->rows[grid->n_rows++] = SLOT_AFTERNOON;
  if (self->has_evening)
    grid->rows[grid->n_rows++] = SLOT_EVENING;
  grid->column_width = (width - SLOT_COLUMN) / MAX (week->days->len, 1);

  for (grid->size = BASE_SIZE; ; grid->size -= 0.5)
    {
      double total = 0;

      for (guint r = 0; r < grid->n_rows; r++)
        total += need[r] = row_need (week, cr, grid->rows[r], grid->column_width,
                                     grid->size);
      if (total <= height - header_height || grid->size <= MIN_SIZE)
        break;
    }
  share_height (grid, need, height - header_height);
}

/* Drawing */

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* School, title, then the class's particulars; returns the height used. */
static double
draw_heading (PxSchedule *self,
              cairo_t    *cr,
              guint       page_index)
{
  const PxPage *page = self->page;
  double x = page->margin_left;
  double y = page->margin_top;
  double width = px_page_get_content_width (page);
  g_autoptr(PangoLayout) school = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, 12, FALSE);
  g_autoptr(PangoLayout) title = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, 20, TRUE);
  g_autoptr(PangoLayout) details = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 9, FALSE);
  g_autoptr(PangoLayout) week_label = px_page_create_layout (cr, PX_PAGE_FONT_SANS, 9, TRUE);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *title_text = NULL;
  g_autofree char *start = px_date_format_chinese (self->start_date);
  g_autofree char *end = px_date_format_chinese (self->end_date);
  g_autofree char *dates = NULL;
  double details_width;

  pango_layout_set_text (school, self->page->school_name, -1);
  pango_layout_set_width (school, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (school, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 0.62, 0.09, 0.09);
  show_layout_at (cr, school, x, y);
  y += px_page_layout_height (school) + 2;

  /* TRANSLATORS: the printed schedule's title; %s is the class's title (…专题班课程表) */
  title_text = g_strdup_printf (_("%s: Class Schedule"), self->title);
  pango_layout_set_text (title, title_text, -1);
  pango_layout_set_width (title, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
  show_layout_at (cr, title, x, y);
  y += px_page_layout_height (title) + 8;

  /* TRANSLATORS: the class's code on the printed schedule */
  g_string_append_printf (line, _("Class code: %s"), self->code);
  /* TRANSLATORS: the first and last day of a class (%s至%s) */
  dates = g_strdup_printf (_("%s to %s"), start, end);
  g_string_append_printf (line, "    %s", dates);
  if (self->venue != NULL)
    {
      g_string_append (line, "    ");
      g_string_append_printf (line, _("Venue: %s"), self->venue);
    }
  if (self->head_teacher != NULL)
    {
      g_string_append (line, "    ");
      /* TRANSLATORS: 班主任 */
      g_string_append_printf (line, _("Head teacher: %s"), self->head_teacher);
    }

  if (self->weeks->len > 1)
    {
      /* TRANSLATORS: which week of the class a page of the schedule shows (第 1 周) */
      g_autofree char *text = g_strdup_printf (_("Week %u"), page_index + 1);

      pango_layout_set_text (week_label, text, -1);
    }
  details_width = width - px_page_layout_width (week_label) - 12;
  pango_layout_set_text (details, line->str, -1);
  pango_layout_set_width (details, (int) (details_width * PANGO_SCALE));
  pango_layout_set_wrap (details, PANGO_WRAP_WORD_CHAR);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  show_layout_at (cr, details, x, y);
  show_layout_at (cr, week_label, x + width - px_page_layout_width (week_label), y);
  y += MAX (px_page_layout_height (details), px_page_layout_height (week_label)) + 6;

  return y - page->margin_top;
}

static void
draw_centered (cairo_t     *cr,
               PangoLayout *layout,
               double       x,
               double       y,
               double       width,
               double       height)
{
  show_layout_at (cr, layout, x + (width - px_page_layout_width (layout)) / 2,
                  y + (height - px_page_layout_height (layout)) / 2);
}

static PangoLayout *
create_day_header (cairo_t           *cr,
                   const ScheduleDay *day,
                   double             size)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, size, FALSE);
  g_autofree char *weekday = format_date (&day->date, "%A");
  /* TRANSLATORS: strftime format of a day's date in the schedule's column heads; 11月24日 in
   * Chinese is "%-m月%-d日" */
  g_autofree char *date = format_date (&day->date, _("%b %-d"));
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<span foreground='#444444'>%s"
                                                     "</span>", weekday, date);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

static PangoLayout *
create_slot_header (cairo_t *cr,
                    guint    slot,
                    double   size)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, size, FALSE);
  const char *start = NULL, *end = NULL;
  g_autofree char *markup = NULL;

  if (px_class_timetable_slot_times (slot_keys[slot], &start, &end))
    markup = g_markup_printf_escaped ("<b>%s</b>\n<span foreground='#444444' size='%d'>%s–%s"
                                      "</span>", px_class_timetable_slot_label (slot_keys[slot]),
                                      (int) (size * 0.9 * PANGO_SCALE), start, end);
  else
    markup = g_markup_printf_escaped ("<b>%s</b>", px_class_timetable_slot_label (slot_keys[slot]));
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
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
draw_grid (PxSchedule         *self,
           const ScheduleWeek *week,
           cairo_t            *cr,
           double              x,
           double              y,
           double              width,
           double              height)
{
  GridLayout grid = { 0 };
  g_autoptr(PangoLayout) probe = NULL;
  double header_height, grid_height, row_y;

  /* The day heads are as tall as two lines of their type. */
  if (week->days->len > 0)
    {
      probe = create_day_header (cr, g_ptr_array_index (week->days, 0), BASE_SIZE);
      header_height = px_page_layout_height (probe) + 2 * CELL_PAD;
    }
  else
    header_height = BASE_SIZE * 3.5;
  plan_grid (self, week, cr, width, height, header_height, &grid);

  grid_height = header_height;
  for (guint r = 0; r < grid.n_rows; r++)
    grid_height += grid.row_heights[r];

  /* Fills first, so the rules lie on top of them. */
  cairo_set_source_rgb (cr, HEAD_FILL, HEAD_FILL, HEAD_FILL);
  cairo_rectangle (cr, x, y, width, header_height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, SLOT_FILL, SLOT_FILL, SLOT_FILL);
  cairo_rectangle (cr, x, y + header_height, SLOT_COLUMN, grid_height - header_height);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint d = 0; d < week->days->len; d++)
    {
      g_autoptr(PangoLayout) head = create_day_header (cr, g_ptr_array_index (week->days, d),
                                                       BASE_SIZE);

      draw_centered (cr, head, x + SLOT_COLUMN + d * grid.column_width, y, grid.column_width,
                     header_height);
    }

  row_y = y + header_height;
  for (guint r = 0; r < grid.n_rows; r++)
    {
      guint slot = grid.rows[r];
      double row_height = grid.row_heights[r];
      g_autoptr(PangoLayout) head = create_slot_header (cr, slot, BASE_SIZE);

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_centered (cr, head, x, row_y, SLOT_COLUMN, row_height);

      for (guint d = 0; d < week->days->len; d++)
        {
          ScheduleDay *day = g_ptr_array_index (week->days, d);
          double cell_x = x + SLOT_COLUMN + d * grid.column_width;
          g_autoptr(GPtrArray) layouts = create_cell_layouts (cr, day->cells[slot], slot,
                                                              grid.column_width - 2 * CELL_PAD,
                                                              grid.size);
          double entry_y = row_y + (row_height - cell_layouts_height (layouts)) / 2;

          for (guint i = 0; i < layouts->len; i++)
            {
              PangoLayout *layout = g_ptr_array_index (layouts, i);

              if (i > 0)
                {
                  /* A short dotted rule between sessions that share a half-day. */
                  double dashes[] = { 1.0, 2.0 };

                  cairo_save (cr);
                  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
                  cairo_set_line_width (cr, 0.5);
                  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
                  draw_rule (cr, cell_x + grid.column_width * 0.25, entry_y + ENTRY_GAP / 2,
                             cell_x + grid.column_width * 0.75, entry_y + ENTRY_GAP / 2);
                  cairo_restore (cr);
                  entry_y += ENTRY_GAP;
                }
              cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
              show_layout_at (cr, layout, cell_x + CELL_PAD, entry_y);
              entry_y += px_page_layout_height (layout);
            }
        }
      row_y += row_height;
    }

  /* Inner rules light, the frame and the line under the heads darker, as printed forms do. */
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_set_line_width (cr, 0.5);
  for (guint d = 1; d < week->days->len; d++)
    {
      double column_x = x + SLOT_COLUMN + d * grid.column_width;

      draw_rule (cr, column_x, y, column_x, y + grid_height);
    }
  row_y = y + header_height;
  for (guint r = 0; r + 1 < grid.n_rows; r++)
    {
      row_y += grid.row_heights[r];
      draw_rule (cr, x, row_y, x + width, row_y);
    }

  cairo_set_source_rgb (cr, GRID_INK, GRID_INK, GRID_INK);
  cairo_set_line_width (cr, 0.8);
  draw_rule (cr, x, y + header_height, x + width, y + header_height);
  draw_rule (cr, x + SLOT_COLUMN, y, x + SLOT_COLUMN, y + grid_height);
  cairo_set_line_width (cr, 1.2);
  cairo_rectangle (cr, x, y, width, grid_height);
  cairo_stroke (cr);
}

static void
px_schedule_draw_page (PxDocument *document,
                       cairo_t    *cr,
                       guint       page_index)
{
  PxSchedule *schedule = PX_SCHEDULE (document);
  const PxPage *page = schedule->page;
  double heading;

  heading = draw_heading (schedule, cr, page_index);
  draw_grid (schedule, g_ptr_array_index (schedule->weeks, page_index), cr, page->margin_left,
             page->margin_top + heading, px_page_get_content_width (page),
             px_page_get_content_height (page) - heading);
  px_page_draw_page_number (page, cr, page_index, schedule->weeks->len);
}

static void
px_schedule_class_init (PxScheduleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_schedule_finalize;
  document_class->get_n_pages = px_schedule_get_n_pages;
  document_class->draw_page = px_schedule_draw_page;
}

static void
px_schedule_init (PxSchedule *self)
{
}
