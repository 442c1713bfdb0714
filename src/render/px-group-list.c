/* px-group-list.c: 分组名单, a class's trainees group by group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-class-trainees.h"
#include "px-group-list.h"
#include "px-render-error.h"
#include "px-table.h"
#include "px-table-document.h"
#include "px-training-class.h"

#define FONT_SIZE        9.5
#define GROUP_TITLE_SIZE 12.0
#define TITLE_GAP        4.0
#define GROUP_GAP        16.0
/* A long group that must run over pages starts where it is only if this many rows fit there. */
#define MIN_ROWS_TO_START 3

/* The role that leads a group; it is data as the registrar typed it, in Chinese. */
#define GROUP_LEADER "组长"

typedef struct
{
  char *title;        /* 第一组（8人） */
  PxTable *table;
} Group;

/* A group's table page placed on a page of the document. */
typedef struct
{
  guint group;
  guint table_page;
  guint page;
  double y;           /* from the page's top edge */
} Piece;

struct _PxGroupList
{
  PxDocument parent_instance;

  PxPage *page;                /* the sheet, owned by PxDocument */
  char *heading_title;
  char *heading_details;
  GPtrArray *groups;  /* (element-type Group) */
  GArray *pieces;     /* (element-type Piece) by page */
  guint n_pages;
};

G_DEFINE_FINAL_TYPE (PxGroupList, px_group_list, PX_TYPE_DOCUMENT)

static void
group_free (Group *group)
{
  g_free (group->title);
  px_table_free (group->table);
  g_free (group);
}

/* Loading */

static PxTable *
create_table (void)
{
  PxTable *table = px_table_new (FONT_SIZE);

  /* TRANSLATORS: group list column: the row's number (序号) */
  px_table_add_column (table, _("No."), 30, PX_TABLE_ALIGN_CENTER);
  /* TRANSLATORS: group list column (姓名) */
  px_table_add_column (table, _("Name"), 60, PX_TABLE_ALIGN_CENTER);
  /* TRANSLATORS: group list column: the trainee's unit and post (单位及职务) */
  px_table_add_flexible_column (table, _("Unit and position"), 1, PX_TABLE_ALIGN_START);
  /* TRANSLATORS: group list column: the trainee's post in the class (班委职务) */
  px_table_add_column (table, _("Class role"), 64, PX_TABLE_ALIGN_CENTER);
  /* TRANSLATORS: group list column (联系电话) */
  px_table_add_column (table, _("Phone"), 84, PX_TABLE_ALIGN_CENTER);
  return table;
}

static void
add_trainee_row (PxTable         *table,
                 const PxTrainee *trainee,
                 guint            seq)
{
  g_autofree char *number = g_strdup_printf ("%u", seq);
  g_autofree char *unit_post = NULL;
  const char *cells[5];

  if (trainee->unit_name != NULL && trainee->post != NULL)
    unit_post = g_strconcat (trainee->unit_name, trainee->post, NULL);
  else
    unit_post = g_strdup (trainee->unit_name != NULL ? trainee->unit_name : trainee->post);
  cells[0] = number;
  cells[1] = trainee->name;
  cells[2] = unit_post;
  cells[3] = trainee->class_role;
  cells[4] = trainee->phone;
  px_table_set_row_bold (table, px_table_add_row (table, cells),
                         g_strcmp0 (trainee->class_role, GROUP_LEADER) == 0);
}

/* One group's table: its leaders first, then the others in the roster's order. */
static Group *
group_new (const char *name,
           GPtrArray  *members)
{
  Group *group = g_new0 (Group, 1);
  guint seq = 0;

  /* TRANSLATORS: a group's heading in the group list: 第一组（8人） */
  group->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u trainee)",
                                               "%s (%u trainees)", members->len),
                                  name, members->len);
  group->table = create_table ();
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < members->len; i++)
      {
        const PxTrainee *trainee = g_ptr_array_index (members, i);
        gboolean leader = g_strcmp0 (trainee->class_role, GROUP_LEADER) == 0;

        if (leader == (pass == 0))
          add_trainee_row (group->table, trainee, ++seq);
      }
  return group;
}

/* The roster's order runs by group (第二组 before 第十组), the trainees in no group last; a
 * group is gathered by its exact name, so that names the order takes as equal (第2组, 第二组)
 * still make two groups. */
static void
build_groups (PxGroupList           *self,
              const PxClassTrainees *trainees)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) ungrouped = g_ptr_array_new ();

  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      PxTrainee *trainee = g_ptr_array_index (trainees->trainees, i);
      GPtrArray *members;

      if (g_strcmp0 (trainee->status, "withdrawn") == 0)
        continue;
      if (trainee->group_name == NULL)
        {
          g_ptr_array_add (ungrouped, trainee);
          continue;
        }
      members = g_hash_table_lookup (by_name, trainee->group_name);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (by_name, trainee->group_name, members);
          g_ptr_array_add (names, trainee->group_name);
        }
      g_ptr_array_add (members, trainee);
    }

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_ptr_array_add (self->groups, group_new (name, g_hash_table_lookup (by_name, name)));
    }
  if (ungrouped->len > 0)
    /* TRANSLATORS: the heading of the trainees in no group (未分组) */
    g_ptr_array_add (self->groups, group_new (_("No group"), ungrouped));
}

static PangoLayout *
create_group_title (cairo_t    *cr,
                    const char *text,
                    double      width)
{
  PangoLayout *layout = px_page_create_layout (cr, PX_PAGE_FONT_SERIF, GROUP_TITLE_SIZE, TRUE);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
add_piece (PxGroupList *self,
           guint        group,
           guint        table_page,
           guint        page,
           double       y)
{
  Piece piece = { group, table_page, page, y };

  g_array_append_val (self->pieces, piece);
}

/* Groups flow down the pages. A group goes where the last one ended if it fits there whole,
 * else on a new page; one longer than a page starts where it is (if a few of its rows fit)
 * and runs on, its title repeated on each page. */
static void
paginate (PxGroupList *self)
{
  cairo_t *cr = px_page_create_measuring_context ();
  const PxPage *page = self->page;
  double width = px_page_get_content_width (page);
  double bottom = page->height - page->margin_bottom;
  double full = px_page_get_content_height (page);
  guint page_index = 0;
  double y;

  y = page->margin_top + px_page_draw_heading (page, cr, self->heading_title,
                                               self->heading_details);
  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);
      g_autoptr(PangoLayout) title = create_group_title (cr, group->title, width);
      double title_height = px_page_layout_height (title) + TITLE_GAP;
      double room = bottom - y - title_height;
      guint n_here = 0, n_pages;

      n_pages = px_table_paginate (group->table, cr, width, room, full - title_height);
      px_table_get_page_rows (group->table, 0, NULL, &n_here);
      if (n_pages > 1 && y > page->margin_top)
        {
          gboolean fits_a_page = px_table_paginate (group->table, cr, width, full - title_height,
                                                    full - title_height) == 1;

          if (fits_a_page || n_here < MIN_ROWS_TO_START)
            {
              page_index++;
              y = page->margin_top;
              room = full - title_height;
            }
          n_pages = px_table_paginate (group->table, cr, width, room, full - title_height);
        }

      for (guint p = 0; p < n_pages; p++)
        {
          if (p > 0)
            {
              page_index++;
              y = page->margin_top;
            }
          add_piece (self, g, p, page_index, y);
          y += title_height + px_table_get_page_height (group->table, p);
        }
      y += GROUP_GAP;
    }
  self->n_pages = page_index + 1;
  cairo_destroy (cr);
}

static char *
format_details (const PxTrainingClass *training_class,
                guint                  n_trainees)
{
  /* TRANSLATORS: in the roster's heading (共 40 人) */
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainee",
                                                         "%u trainees", n_trainees),
                                            n_trainees);

  return px_table_document_format_class_details (training_class, count);
}

PxGroupList *
px_group_list_new (PxDatabase  *db,
                   const char  *class_id,
                   GError     **error)
{
  g_autoptr(PxGroupList) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_autofree char *title = NULL;

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
                   _("Class %s has no trainees yet, so there is no group list to print. Enrol "
                     "its trainees first."), training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_GROUP_LIST, NULL);
  self->page = px_page_new_for_database (PX_PAGE_PORTRAIT, db);
  px_document_set_page (PX_DOCUMENT (self), self->page);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  build_groups (self, trainees);

  /* TRANSLATORS: the printed group list's title; %s is the class's title (…班分组名单) */
  self->heading_title = g_strdup_printf (_("%s: Group List"), training_class->title);
  self->heading_details = format_details (training_class, trainees->n_enrolled);
  paginate (self);

  /* TRANSLATORS: the group list's document title: the class's code and title, then 分组名单 */
  title = g_strdup_printf (_("%s %s · Group List"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

static void
px_group_list_finalize (GObject *object)
{
  PxGroupList *self = PX_GROUP_LIST (object);

  g_free (self->heading_title);
  g_free (self->heading_details);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  G_OBJECT_CLASS (px_group_list_parent_class)->finalize (object);
}

const PxPage *
px_group_list_get_page (PxGroupList *list)
{
  g_return_val_if_fail (PX_IS_GROUP_LIST (list), NULL);
  return list->page;
}

guint
px_group_list_get_n_groups (PxGroupList *list)
{
  g_return_val_if_fail (PX_IS_GROUP_LIST (list), 0);
  return list->groups->len;
}

/* PxDocument */

static guint
px_group_list_get_n_pages (PxDocument *document)
{
  return PX_GROUP_LIST (document)->n_pages;
}


static void
px_group_list_draw_page (PxDocument *document,
                         cairo_t    *cr,
                         guint       page_index)
{
  PxGroupList *self = PX_GROUP_LIST (document);
  const PxPage *page = self->page;
  double width = px_page_get_content_width (page);

  if (page_index == 0)
    px_page_draw_heading (page, cr, self->heading_title, self->heading_details);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);
      Group *group;
      g_autoptr(PangoLayout) title = NULL;
      g_autofree char *continued = NULL;

      if (piece->page != page_index)
        continue;
      group = g_ptr_array_index (self->groups, piece->group);
      /* TRANSLATORS: a group's heading on the pages its list runs on to (第一组（续）) */
      continued = g_strdup_printf (_("%s (continued)"), group->title);
      title = create_group_title (cr, piece->table_page > 0 ? continued : group->title, width);
      cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
      cairo_move_to (cr, page->margin_left, piece->y);
      pango_cairo_show_layout (cr, title);
      px_table_draw_page (group->table, cr, piece->table_page, page->margin_left,
                          piece->y + px_page_layout_height (title) + TITLE_GAP);
    }
  px_page_draw_page_number (page, cr, page_index, self->n_pages);
}

static void
px_group_list_class_init (PxGroupListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_group_list_finalize;
  document_class->get_n_pages = px_group_list_get_n_pages;
  document_class->draw_page = px_group_list_draw_page;
}

static void
px_group_list_init (PxGroupList *self)
{
}
