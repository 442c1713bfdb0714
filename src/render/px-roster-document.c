/* px-roster-document.c: 花名册, a class's trainees as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-class-trainees.h"
#include "px-date.h"
#include "px-render-error.h"
#include "px-roster-document.h"
#include "px-training-class.h"

#define FONT_SIZE 9.0
/* Many columns across a landscape page: the text and the fixed widths shrink together. */
#define SMALL_FONT_SIZE 8.0
/* A flexible column (unit, position, note) narrower than this per share wraps nearly every
 * cell: the roster turns to landscape first. */
#define MIN_SHARE_WIDTH 50.0

typedef enum
{
  COLUMN_SEQ,
  COLUMN_NAME,
  COLUMN_GENDER,
  COLUMN_ETHNICITY,
  COLUMN_BIRTH,
  COLUMN_PARTY,
  COLUMN_EDUCATION,
  COLUMN_UNIT,
  COLUMN_POSITION,
  COLUMN_RANK,
  COLUMN_PHONE,
  COLUMN_CITIZEN_ID,
  COLUMN_GROUP,
  COLUMN_ROLE,
  COLUMN_DORMITORY,
  COLUMN_SEAT,
  COLUMN_NOTE,
  N_COLUMNS
} ColumnKind;

typedef struct
{
  const char *label;
  double width;        /* points; 0 for a flexible column */
  double share;
  PxTableAlign align;
} ColumnSpec;

/* Widths fit the longest usual value at FONT_SIZE: 一级主任科员, 18 digits, 11 digits. */
static const ColumnSpec column_specs[N_COLUMNS] = {
  /* TRANSLATORS: roster column: the row's number (序号) */
  [COLUMN_SEQ] = { N_("No."), 28, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (姓名) */
  [COLUMN_NAME] = { N_("Name"), 50, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (性别) */
  [COLUMN_GENDER] = { N_("Gender"), 28, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (民族) */
  [COLUMN_ETHNICITY] = { N_("Ethnicity"), 36, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column: year and month of birth (出生年月) */
  [COLUMN_BIRTH] = { N_("Born"), 48, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (政治面貌) */
  [COLUMN_PARTY] = { N_("Political status"), 56, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (学历) */
  [COLUMN_EDUCATION] = { N_("Education"), 52, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (工作单位) */
  [COLUMN_UNIT] = { N_("Unit"), 0, 2.2, PX_TABLE_ALIGN_START },
  /* TRANSLATORS: roster column: the cadre's post (职务) */
  [COLUMN_POSITION] = { N_("Post"), 0, 1.6, PX_TABLE_ALIGN_START },
  /* TRANSLATORS: roster column (职级) */
  [COLUMN_RANK] = { N_("Rank"), 64, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (联系电话) */
  [COLUMN_PHONE] = { N_("Phone"), 70, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (身份证号) */
  [COLUMN_CITIZEN_ID] = { N_("Citizen ID"), 104, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column: the trainee's group in the class (组别) */
  [COLUMN_GROUP] = { N_("Group"), 44, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column: the trainee's post in the class committee (班委职务) */
  [COLUMN_ROLE] = { N_("Class role"), 52, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (宿舍) */
  [COLUMN_DORMITORY] = { N_("Dormitory"), 44, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (座位) */
  [COLUMN_SEAT] = { N_("Seat"), 36, 0, PX_TABLE_ALIGN_CENTER },
  /* TRANSLATORS: roster column (备注) */
  [COLUMN_NOTE] = { N_("Note"), 0, 1.2, PX_TABLE_ALIGN_START },
};

static const char * const column_names[N_COLUMNS + 1] = {
  "seq", "name", "gender", "ethnicity", "birth", "party", "education", "unit", "position",
  "rank", "phone", "citizen_id", "group", "role", "dormitory", "seat", "note", NULL
};

static const char * const default_columns[] = {
  "seq", "name", "gender", "ethnicity", "birth", "unit", "position", "rank", "phone", NULL
};

struct _PxRosterDocument
{
  PxTableDocument parent_instance;

  guint n_trainees;
};

G_DEFINE_FINAL_TYPE (PxRosterDocument, px_roster_document, PX_TYPE_TABLE_DOCUMENT)

const char * const *
px_roster_document_get_column_names (void)
{
  return column_names;
}

const char * const *
px_roster_document_get_default_columns (void)
{
  return default_columns;
}

static int
column_kind (const char *name)
{
  for (int i = 0; i < N_COLUMNS; i++)
    if (g_strcmp0 (name, column_names[i]) == 0)
      return i;
  return -1;
}

const char *
px_roster_document_get_column_label (const char *name)
{
  int kind = column_kind (name);

  return kind >= 0 ? _(column_specs[kind].label) : NULL;
}

/* Loading */

/* 1975.03, as rosters write 出生年月. */
static char *
format_birth (const char *iso)
{
  if (!px_date_is_iso (iso))
    return g_strdup (iso);
  return g_strdup_printf ("%d.%02d", atoi (iso), atoi (iso + 5));
}

static char *
cell_text (ColumnKind       kind,
           guint            seq,
           const PxTrainee *trainee,
           const PxCadre   *cadre)
{
  switch (kind)
    {
    case COLUMN_SEQ:
      return g_strdup_printf ("%u", seq);
    case COLUMN_NAME:
      return g_strdup (trainee->name);
    case COLUMN_GENDER:
      return g_strdup (trainee->gender);
    case COLUMN_ETHNICITY:
      return g_strdup (cadre->ethnicity);
    case COLUMN_BIRTH:
      return format_birth (cadre->birth_date);
    case COLUMN_PARTY:
      return g_strdup (cadre->political_status);
    case COLUMN_EDUCATION:
      return g_strdup (cadre->education);
    case COLUMN_UNIT:
      return g_strdup (trainee->unit_name);
    case COLUMN_POSITION:
      return g_strdup (trainee->post);
    case COLUMN_RANK:
      return g_strdup (trainee->rank);
    case COLUMN_PHONE:
      return g_strdup (trainee->phone);
    case COLUMN_CITIZEN_ID:
      /* In full: the roster goes to the organisation department, which files by it. */
      return g_strdup (trainee->citizen_id);
    case COLUMN_GROUP:
      return g_strdup (trainee->group_name);
    case COLUMN_ROLE:
      return g_strdup (trainee->class_role);
    case COLUMN_DORMITORY:
      return g_strdup (trainee->dormitory);
    case COLUMN_SEAT:
      return g_strdup (trainee->seat);
    case COLUMN_NOTE:
      return g_strdup (cadre->note);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
resolve_columns (const char * const  *names,
                 GArray              *kinds,
                 GError             **error)
{
  if (names == NULL || names[0] == NULL)
    names = default_columns;
  for (guint i = 0; names[i] != NULL; i++)
    {
      int kind = column_kind (names[i]);

      if (kind < 0)
        {
          g_autofree char *valid = g_strjoinv (", ", (char **) column_names);

          g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED,
                       _("The roster has no column “%s”. Choose from: %s."), names[i], valid);
          return FALSE;
        }
      g_array_append_val (kinds, kind);
    }
  return TRUE;
}

static gboolean
columns_fit (GArray            *kinds,
             PxPageOrientation  orientation,
             double             scale)
{
  g_autoptr(PxPage) page = px_page_new (orientation, NULL);
  double fixed = 0, shares = 0;

  for (guint i = 0; i < kinds->len; i++)
    {
      const ColumnSpec *spec = &column_specs[g_array_index (kinds, int, i)];

      fixed += spec->width * scale;
      shares += spec->share;
    }
  return fixed + shares * MIN_SHARE_WIDTH <= px_page_get_content_width (page);
}

/* Portrait when the fixed columns leave the flexible ones room enough, landscape otherwise,
 * and smaller type when even landscape is crowded. */
static PxPageOrientation
choose_layout (GArray *kinds,
               double *font_size)
{
  *font_size = FONT_SIZE;
  if (columns_fit (kinds, PX_PAGE_PORTRAIT, 1))
    return PX_PAGE_PORTRAIT;
  if (!columns_fit (kinds, PX_PAGE_LANDSCAPE, 1))
    *font_size = SMALL_FONT_SIZE;
  return PX_PAGE_LANDSCAPE;
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

static PxTable *
create_table (GArray *kinds,
              double  font_size)
{
  PxTable *table = px_table_new (font_size);

  for (guint i = 0; i < kinds->len; i++)
    {
      const ColumnSpec *spec = &column_specs[g_array_index (kinds, int, i)];

      if (spec->share > 0)
        px_table_add_flexible_column (table, _(spec->label), spec->share, spec->align);
      else
        px_table_add_column (table, _(spec->label), spec->width * font_size / FONT_SIZE,
                             spec->align);
    }
  return table;
}

PxRosterDocument *
px_roster_document_new (PxDatabase         *db,
                        const char         *class_id,
                        const char * const *columns,
                        GError            **error)
{
  g_autoptr(PxRosterDocument) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxClassTrainees) trainees = NULL;
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *title = NULL;
  g_autofree char *heading_title = NULL;
  g_autofree char *heading_details = NULL;
  g_autofree const char **cells = NULL;
  PxTable *table;
  double font_size;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!resolve_columns (columns, kinds, error))
    return NULL;
  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  trainees = px_class_trainees_get (db, class_id, error);
  if (trainees == NULL)
    return NULL;
  if (trainees->n_enrolled == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no trainees yet, so there is no roster to print. Enrol its "
                     "trainees first."), training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_ROSTER_DOCUMENT, NULL);
  px_table_document_set_page (PX_TABLE_DOCUMENT (self),
                              px_page_new_for_database (choose_layout (kinds, &font_size), db));
  table = create_table (kinds, font_size);
  px_table_document_set_table (PX_TABLE_DOCUMENT (self), table);

  cells = g_new0 (const char *, kinds->len + 1);
  for (guint i = 0; i < trainees->trainees->len; i++)
    {
      const PxTrainee *trainee = g_ptr_array_index (trainees->trainees, i);
      g_autoptr(PxCadre) cadre = NULL;
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      if (g_strcmp0 (trainee->status, "withdrawn") == 0)
        continue;
      cadre = px_cadre_get (db, trainee->cadre_id, error);
      if (cadre == NULL)
        return NULL;
      self->n_trainees++;
      for (guint c = 0; c < kinds->len; c++)
        {
          g_ptr_array_add (texts, cell_text (g_array_index (kinds, int, c), self->n_trainees,
                                             trainee, cadre));
          cells[c] = g_ptr_array_index (texts, c);
        }
      px_table_add_row (table, cells);
    }

  /* TRANSLATORS: the printed roster's title; %s is the class's title (…班学员花名册) */
  heading_title = g_strdup_printf (_("%s: Trainee Roster"), training_class->title);
  heading_details = format_details (training_class, self->n_trainees);
  px_table_document_set_heading (PX_TABLE_DOCUMENT (self), heading_title, heading_details);
  px_table_document_paginate (PX_TABLE_DOCUMENT (self));

  /* TRANSLATORS: the roster's document title: the class's code and title, then 花名册 */
  title = g_strdup_printf (_("%s %s · Roster"), training_class->code, training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_roster_document_get_page (PxRosterDocument *roster)
{
  g_return_val_if_fail (PX_IS_ROSTER_DOCUMENT (roster), NULL);
  return px_table_document_get_page (PX_TABLE_DOCUMENT (roster));
}

guint
px_roster_document_get_n_trainees (PxRosterDocument *roster)
{
  g_return_val_if_fail (PX_IS_ROSTER_DOCUMENT (roster), 0);
  return roster->n_trainees;
}

static void
px_roster_document_class_init (PxRosterDocumentClass *klass)
{
}

static void
px_roster_document_init (PxRosterDocument *self)
{
}
