/* px-master-sheet-private.h: how one kind of master data is laid out in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-column-map.h"
#include "px-entity.h"
#include "px-master-import.h"

#include "px-cell.h"

G_BEGIN_DECLS

/* What a column holds, which says how a cell is read and how a value is written back. */
typedef enum
{
  PX_MASTER_CELL_TEXT,          /* free text, spaces tidied */
  PX_MASTER_CELL_PARAGRAPHS,    /* longer text: line breaks kept, each line tidied */
  PX_MASTER_CELL_PERSON,        /* a person's name: the padding between Han characters dropped */
  PX_MASTER_CELL_GENDER,        /* 男 / 女 */
  PX_MASTER_CELL_EMPLOYMENT,    /* 专职 (全职) → full_time, 兼职 → part_time */
  PX_MASTER_CELL_YES_NO,        /* 是 / 否 (√, ×, Y, N …) into a BOOL field */
  PX_MASTER_CELL_PHONE,         /* a mobile or landline number, normalised */
  PX_MASTER_CELL_COUNT,         /* a whole number ≥ 0, units allowed ("200人") */
  PX_MASTER_CELL_HOURS,         /* a number ≥ 0, units allowed ("2学时") */
  PX_MASTER_CELL_METHOD,        /* a teaching method: Chinese name, common spelling or key */
  PX_MASTER_CELL_COMPETENCIES,  /* competency names → rows of a link table */
  PX_MASTER_CELL_TEACHERS,      /* teacher names → rows of a link table */
} PxMasterCellType;

/* A link table a list column fills: owner is the sheet's record, target what the names name. */
typedef struct
{
  const PxEntity *entity;       /* e.g. &px_teacher_competency_entity */
  const char *owner_column;     /* "teacher_id" */
  const char *target_column;    /* "competency_id" */
} PxMasterLink;

typedef struct
{
  PxMasterCellType type;
  const char *field;            /* the record's column it fills; NULL for a list */
  const PxMasterLink *link;     /* for a list */
} PxMasterColumn;

/* One cell as read. */
typedef struct
{
  gboolean present;   /* the cell held a usable value; an empty cell keeps what is stored */
  char *text;         /* text, person, gender, employment, phone, method (its key) */
  gint64 number;      /* count */
  double real;        /* hours */
  gboolean yes;       /* yes/no */
  GPtrArray *ids;     /* lists: the targets' ids, each once, in the file's order */
} PxMasterCell;

typedef struct _PxMasterSheet PxMasterSheet;

struct _PxMasterSheet
{
  PxMasterKind kind;
  const char *name;                 /* "teachers" */
  const PxEntity *entity;
  const PxColumnSpec *specs;        /* headers, in export order; spec 0 names the record */
  const PxMasterColumn *columns;    /* what each spec holds */
  guint n_columns;

  /* A text that two rows of one file share when they stand for the same record. */
  char     *(*row_key)            (const PxMasterCell  *cells);
  /* The sentence for a row whose key an earlier row of the file has. */
  char     *(*duplicate_message)  (guint                first_row);
  /* Finds the stored record a row stands for: *stored (transfer full) is NULL for a new one.
   * When several fit, *ambiguity is a sentence for the registrar. FALSE only with error. */
  gboolean  (*match)              (PxDatabase          *db,
                                   const PxMasterCell  *cells,
                                   gpointer            *stored,
                                   char               **ambiguity,
                                   GError             **error);
};

extern const PxMasterSheet px_teacher_sheet;
extern const PxMasterSheet px_base_sheet;
extern const PxMasterSheet px_course_sheet;

const PxMasterSheet *_px_master_sheet_get        (PxMasterKind         kind);

/* The stored records of entity whose column holds value (transfer full; freed with the
 * entity's free function). */
GPtrArray           *_px_master_find             (PxDatabase          *db,
                                                  const PxEntity      *entity,
                                                  const char          *column,
                                                  const char          *value,
                                                  GError             **error);

G_END_DECLS
