/* px-table-cards.c: 桌签, a tent card for each trainee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-class-trainees.h"
#include "px-render-error.h"
#include "px-table-cards.h"
#include "px-training-class.h"

/* Three characters at 120 pt read from across a meeting room; longer names shrink to fit. */
#define NAME_SIZE      120.0
#define MIN_NAME_SIZE  24.0
#define CLASS_SIZE     14.0
#define NAME_GAP       6.0
/* Each half is a face of the tent; its text keeps this far from the fold and the edges. */
#define FACE_INSET     36.0
/* The ticks reach in from the edges past what a printer leaves blank (about 5 mm). */
#define TICK_LENGTH    28.0
#define TICK_GREY      0.72

struct _PxTableCards
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  char *class_title;
  GPtrArray *names;     /* (element-type utf8) */
  GArray *name_sizes;   /* (element-type double) */
};

G_DEFINE_FINAL_TYPE (PxTableCards, px_table_cards, PX_TYPE_DOCUMENT)

static PangoLayout *
create_name_layout (cairo_t    *cr,
                    const char *name,
                    double      size)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, size, TRUE);

  pango_layout_set_text (layout, name, -1);
  return layout;
}

static PangoLayout *
create_class_layout (PxTableCards *self,
                     cairo_t      *cr)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SANS, CLASS_SIZE, FALSE);

  pango_layout_set_text (layout, self->class_title, -1);
  pango_layout_set_width (layout, (int) ((self->page->width - 2 * FACE_INSET) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* The largest size up to NAME_SIZE at which the name spans no more than the face's width, and
 * its line no more than what the face leaves above the class's title. */
static double
fit_name_size (PxTableCards *self,
               cairo_t      *cr,
               const char   *name)
{
  g_autoptr(PangoLayout) probe = create_name_layout (cr, name, NAME_SIZE);
  g_autoptr(PangoLayout) class_layout = create_class_layout (self, cr);
  double width = self->page->width - 2 * FACE_INSET;
  double height = self->page->height / 2 - 2 * FACE_INSET
                  - px_page_layout_height (class_layout) - NAME_GAP;
  double scale = MIN (width / MAX (px_page_layout_width (probe), 1),
                      height / MAX (px_page_layout_height (probe), 1));

  /* Text scales with its size, so one measure gives the size; floor keeps it inside. */
  return CLAMP (floor (NAME_SIZE * MIN (scale, 1.0)), MIN_NAME_SIZE, NAME_SIZE);
}

PxTableCards *
px_table_cards_new (PxDatabase  *db,
                    const char  *class_id,
                    GError     **error)
{
  g_autoptr(PxTableCards) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_autofree char *title = NULL;
  cairo_t *cr;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  trainees = px_class_trainees_get (db, class_id, error);
  if (trainees == NULL)
    return NULL;
  if (trainees->n_enrolled == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no trainees yet, so there are no table cards to print. Enrol "
                     "its trainees first."), training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_TABLE_CARDS, NULL);
  /* The school's name is not printed: a card says who sits there, and nothing else. */
  self->page = px_page_new_for_database (PX_PAGE_LANDSCAPE, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  self->class_title = g_strdup (training_class->title != NULL ? training_class->title : "");
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->name_sizes = g_array_new (FALSE, FALSE, sizeof (double));

  cr = px_page_create_measuring_context ();
  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      const PxTrainee *trainee = g_ptr_array_index (trainees->trainees, i);
      double size;

      if (g_strcmp0 (trainee->status, "withdrawn") == 0)
        continue;
      g_ptr_array_add (self->names, g_strdup (trainee->name != NULL ? trainee->name : ""));
      size = fit_name_size (self, cr, trainee->name != NULL ? trainee->name : "");
      g_array_append_val (self->name_sizes, size);
    }
  cairo_destroy (cr);

  /* TRANSLATORS: the table cards' document title: the class's code and title, then 桌签 */
  title = g_strdup_printf (_("%s %s · Table Cards"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

static void
px_table_cards_finalize (GObject *object)
{
  PxTableCards *self = PX_TABLE_CARDS (object);

  g_free (self->class_title);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->name_sizes, g_array_unref);
  G_OBJECT_CLASS (px_table_cards_parent_class)->finalize (object);
}

const PxPage *
px_table_cards_get_page (PxTableCards *cards)
{
  g_return_val_if_fail (PX_IS_TABLE_CARDS (cards), NULL);
  return cards->page;
}

double
px_table_cards_get_name_size (PxTableCards *cards,
                              guint         index)
{
  g_return_val_if_fail (PX_IS_TABLE_CARDS (cards), 0);
  g_return_val_if_fail (index < cards->name_sizes->len, 0);
  return g_array_index (cards->name_sizes, double, index);
}

/* PxDocument */

static guint
px_table_cards_get_n_pages (PxDocument *document)
{
  return PX_TABLE_CARDS (document)->names->len;
}


/* One face: the name and the class's title under it, centred in the lower half. */
static void
draw_face (PxTableCards *self,
           cairo_t      *cr,
           guint         index)
{
  const PxPage *page = self->page;
  g_autoptr(PangoLayout) name = create_name_layout (cr, g_ptr_array_index (self->names, index),
                                                    px_table_cards_get_name_size (self,
                                                                                  index));
  g_autoptr(PangoLayout) class_layout = create_class_layout (self, cr);
  double name_height = px_page_layout_height (name);
  double block = name_height + NAME_GAP + px_page_layout_height (class_layout);
  double top = page->height / 2 + (page->height / 2 - block) / 2;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, (page->width - px_page_layout_width (name)) / 2, top);
  pango_cairo_show_layout (cr, name);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, FACE_INSET, top + name_height + NAME_GAP);
  pango_cairo_show_layout (cr, class_layout);
}

static void
draw_fold_ticks (PxTableCards *self,
                 cairo_t      *cr)
{
  const PxPage *page = self->page;
  double y = page->height / 2;

  cairo_set_source_rgb (cr, TICK_GREY, TICK_GREY, TICK_GREY);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, TICK_LENGTH, y);
  cairo_move_to (cr, page->width - TICK_LENGTH, y);
  cairo_line_to (cr, page->width, y);
  cairo_stroke (cr);
}

static void
px_table_cards_draw_page (PxDocument *document,
                          cairo_t    *cr,
                          guint       page_index)
{
  PxTableCards *self = PX_TABLE_CARDS (document);

  draw_face (self, cr, page_index);

  /* The far face is the near one turned half a circle about the page's centre: when the page
   * is folded into a tent, it reads the right way up from the other side. */
  cairo_save (cr);
  cairo_translate (cr, self->page->width / 2, self->page->height / 2);
  cairo_rotate (cr, G_PI);
  cairo_translate (cr, -self->page->width / 2, -self->page->height / 2);
  draw_face (self, cr, page_index);
  cairo_restore (cr);

  draw_fold_ticks (self, cr);
}

static void
px_table_cards_class_init (PxTableCardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_table_cards_finalize;
  document_class->get_n_pages = px_table_cards_get_n_pages;
  document_class->draw_page = px_table_cards_draw_page;
}

static void
px_table_cards_init (PxTableCards *self)
{
}
