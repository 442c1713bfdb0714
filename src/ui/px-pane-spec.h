/* px-pane-spec.h: what one master-data pane shows, as data: its columns, filters and form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cadre, teacher, base, course and case panes differ in their data, not in how a
 * registrar works with them (search, filter, sort, edit, delete with undo, import, export),
 * so one PxListPane reads a spec like this rather than five copies of the same widget.
 */

#pragma once

#include <gtk/gtk.h>

#include "px-entity.h"
#include "px-link.h"

G_BEGIN_DECLS

typedef struct _PxListPane PxListPane;

/* A value of a coded column and how a person reads it (label N_() marked). */
typedef struct
{
  const char *key;
  const char *label;
} PxChoice;

/* Text for one cell; the pane is there for its database and whether IDs are revealed. */
typedef char *(*PxCellTextFunc) (PxListPane    *pane,
                                 gconstpointer  record);

typedef struct
{
  const char *title;        /* N_() */
  const char *field;        /* a column shown as it is stored, unless text is set */
  PxCellTextFunc text;
  const char *sort;         /* what PxQuery.sort takes; NULL: not sortable */
  int width;                /* in pixels; 0: takes the room that is left */
  gboolean numeric;         /* right-aligned */
} PxColumnSpec;

typedef enum
{
  PX_FILTER_DISTINCT,       /* the values the column holds now */
  PX_FILTER_CHOICES,        /* the spec's choices */
  PX_FILTER_UNIT,           /* a unit of the tree, with the units under it */
  PX_FILTER_YES_NO,
  PX_FILTER_LINK,           /* rows linked to a target, e.g. bases of a theme */
} PxFilterKind;

typedef struct
{
  const char *label;        /* N_(): the drop-down's "all" entry, e.g. "All ranks" */
  const char *column;       /* the model filter: a column or one of the entity's filter keys */
  PxFilterKind kind;
  const PxChoice *choices;  /* ended by { NULL } */
  const PxLinkSpec *link;   /* for PX_FILTER_LINK: its targets are the choices */
} PxFilterSpec;

typedef enum
{
  PX_EDIT_TEXT,
  PX_EDIT_MULTILINE,
  PX_EDIT_CHOICE,           /* one of choices, or none unless the field is required */
  PX_EDIT_BOOL,
  PX_EDIT_UNIT,             /* an org_unit id */
  PX_EDIT_REFERENCE,        /* an id of reference->target_table (only target_* are used) */
  PX_EDIT_LINKS,            /* the set of targets of link */
} PxEditKind;

typedef struct
{
  const char *group;        /* N_(): the form group this row opens; NULL: same group */
  const char *column;       /* the field; NULL for PX_EDIT_LINKS */
  const char *label;        /* N_(); NULL: the field's own label */
  PxEditKind kind;
  const PxChoice *choices;
  const PxLinkSpec *link;   /* for PX_EDIT_LINKS and PX_EDIT_REFERENCE */
} PxEditSpec;

/* Rows that belong to a record and go when it is deleted (ON DELETE CASCADE), so that Undo
 * brings them back too: e.g. a plan item's unit quotas. */
typedef struct
{
  const PxEntity *entity;
  const char *parent_column;
} PxChildSpec;

typedef struct
{
  const char *name;                 /* stack page and settings key: "cadres" */
  const char *title;                /* N_() */
  const char *icon_name;
  const PxEntity *entity;
  const PxColumnSpec *columns;
  guint n_columns;
  const PxFilterSpec *filters;
  guint n_filters;
  const PxEditSpec *edits;
  guint n_edits;
  const char *search_placeholder;   /* N_() */
  const char *count_singular;       /* N_(), with %u; the plural is count_plural */
  const char *count_plural;
  const char *empty_title;          /* N_() */
  const char *empty_description;    /* N_() */
  const char *default_sort;
  gboolean default_descending;      /* newest first, e.g. classes by start date */
  const char *title_field;          /* what names a record in toasts and the form's title */
  int sheet_kind;                   /* what import and export read and write; -1: none */
  gboolean has_reveal;              /* citizen IDs and phones masked unless revealed */
  /* Optional, ended by { NULL }: rows deleted with a record that Undo must restore. */
  const PxChildSpec *children;
  /* Optional: refuses deleting a record whose loss Undo could not bring back (a class that
   * has attendance), with a message saying what to do instead. */
  gboolean (*check_delete) (PxDatabase  *db,
                            const char  *id,
                            GError     **error);
  /* Optional: more groups for the form of a stored record, e.g. a cadre's training. */
  void (*add_details) (PxListPane   *pane,
                       GtkWidget    *page,
                       gconstpointer record);
  /* The details above the fields rather than below: what the record leads to comes first. */
  gboolean details_first;
} PxPaneSpec;

G_END_DECLS
