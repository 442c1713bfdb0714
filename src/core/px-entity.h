/* px-entity.h: typed records over the tables, with one engine for their reads and writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"

G_BEGIN_DECLS

/* Every record struct starts with this header. */
typedef struct
{
  char *id;
  char *created_at;
  char *updated_at;
} PxRecord;

typedef enum
{
  PX_FIELD_TEXT,   /* char *, NULL = empty */
  PX_FIELD_INT,    /* gint64; PX_INT_UNSET = NULL when the field is nullable */
  PX_FIELD_REAL,   /* double; NAN = NULL when the field is nullable */
  PX_FIELD_BOOL,   /* gboolean */
} PxFieldType;

typedef enum
{
  PX_FIELD_REQUIRED = 1 << 0,  /* must not be empty */
  PX_FIELD_SEARCH   = 1 << 1,  /* matched by a list's search text */
  PX_FIELD_NULLABLE = 1 << 2,  /* a number that may be absent */
  PX_FIELD_SECRET   = 1 << 3,  /* the audit log records that it changed, never its value */
  PX_FIELD_DIGITS   = 1 << 4,  /* digits only (ID numbers, phones): a search with other
                                * characters in it skips it, and a search of digits looks
                                * in these fields only */
} PxFieldFlags;

#define PX_INT_UNSET G_MININT64

typedef struct
{
  const char *column;
  PxFieldType type;
  guint offset;
  PxFieldFlags flags;
  const char *label;   /* N_() marked: how a registrar calls the field */
} PxField;

/* A list order that is not a column of the table, e.g. a cadre's unit by the unit's name. */
typedef struct
{
  const char *name;   /* what PxQuery.sort says */
  const char *sql;    /* an expression over the table's columns */
} PxSortKey;

typedef struct _PxEntity PxEntity;

struct _PxEntity
{
  const char *table;
  const char *label;     /* N_() marked: how a registrar calls one record */
  gsize size;
  const PxField *fields;
  guint n_fields;
  GDestroyNotify free_func;   /* the typed free function, for lists */
  /* Checks a record before it is written; may look at the database (uniqueness, references). */
  gboolean (*validate) (PxDatabase     *db,
                        gconstpointer   record,
                        GError        **error);
  /* More for a list's search to match, as SQL in which ?1 is the LIKE pattern, e.g. the name
   * of a cadre's unit: "unit_id IN (SELECT id FROM org_unit WHERE name LIKE ?1 ESCAPE '\')". */
  const char *extra_search;
  /* Gives a new record (px_record_new, not one read from a row) the defaults of the schema's
   * DEFAULT clauses that are not zero or NULL, e.g. a course's method "lecture". Optional. */
  void (*init) (gpointer record);
  /* Orders beyond the table's own columns, ended by { NULL }. Optional. */
  const PxSortKey *sort_keys;
  /* Filters beyond "column = value", ended by { NULL }: sql is a condition in which ?F stands
   * for the value, e.g. a unit with all the units under it. Optional. */
  const PxSortKey *filter_keys;
};

/* What a list asks for. Filters are column/value pairs; sort is a column name. */
typedef struct
{
  const char *search;
  const char * const *filters;   /* { "unit_id", "…", NULL } */
  const char *sort;
  gboolean descending;
  guint limit;                   /* 0 = all */
  guint offset;
} PxQuery;

gpointer     px_record_new            (const PxEntity  *entity);
void         px_record_free           (const PxEntity  *entity,
                                       gpointer         record);
gpointer     px_record_copy           (const PxEntity  *entity,
                                       gconstpointer    record);
gboolean     px_record_equal          (const PxEntity  *entity,
                                       gconstpointer    a,
                                       gconstpointer    b);
const PxField *px_entity_find_field   (const PxEntity  *entity,
                                       const char      *column);
/* Reads the current row of stmt whose columns are id, created_at, updated_at, then the fields. */
gpointer     px_record_from_row       (const PxEntity  *entity,
                                       sqlite3_stmt    *stmt);
/* "id, created_at, updated_at, <fields…>" for a SELECT. */
const char  *px_entity_get_columns    (const PxEntity  *entity);

/* Writes: each is one transaction (a savepoint inside an open one) with one audit row. */
gboolean     px_entity_insert         (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       gpointer         record,
                                       GError         **error);
/* Writes only the fields that differ from the stored row; *changed says whether any did. */
gboolean     px_entity_update         (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       gpointer         record,
                                       gboolean        *changed,
                                       GError         **error);
/* For bulk writers that hold a transaction and have validated the record already: inserts it
 * (stored NULL) or writes the fields that differ from stored, with the audit row. With a
 * batch_stamp (an import's timestamp), an insert takes it as its creation time and writes no
 * audit row of its own: the batch writes one for all its inserts (px_database_audit, action
 * "import"). Updates are always audited row by row, with their changed fields. */
gboolean     px_entity_write          (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       gpointer         record,
                                       gconstpointer    stored,
                                       const char      *batch_stamp,
                                       gboolean        *changed,
                                       GError         **error);
/* Many inserts of one record type in one transaction, several rows to a statement: for
 * imports. Each record gets its key and batch_stamp as creation time when added, and no audit
 * row of its own (the batch writes one). A record must stay alive and unchanged until the
 * next flush; px_entity_bulk_flush writes what is pending (call it before committing). */
typedef struct _PxEntityBulk PxEntityBulk;

PxEntityBulk *px_entity_bulk_new      (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const char      *batch_stamp);
gboolean     px_entity_bulk_add       (PxEntityBulk    *bulk,
                                       gpointer         record,
                                       GError         **error);
gboolean     px_entity_bulk_flush     (PxEntityBulk    *bulk,
                                       GError         **error);
void         px_entity_bulk_free      (PxEntityBulk    *bulk);

gboolean     px_entity_delete         (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const char      *id,
                                       GError         **error);
gpointer     px_entity_get            (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const char      *id,
                                       GError         **error);
/* (transfer full) (element-type record): freed with the entity's free function. */
GPtrArray   *px_entity_list           (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const PxQuery   *query,
                                       GError         **error);
gint64       px_entity_count          (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const PxQuery   *query,
                                       GError         **error);
/* The rowids of the rows a query matches, in its order (limit and offset are ignored): what a
 * list model keeps so that it can fetch any window of rows at once. Stops with
 * G_IO_ERROR_CANCELLED soon after cancellable is cancelled. */
gboolean     px_entity_list_keys      (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const PxQuery   *query,
                                       GArray          *keys,
                                       GCancellable    *cancellable,
                                       GError         **error);
/* The different non-empty values a text column (or one of the entity's sort keys) holds, in
 * order: a filter's choices. */
GStrv        px_entity_list_distinct  (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       const char      *column,
                                       GError         **error);
/* The row with that rowid, or NULL (without an error) when it is gone. */
gpointer     px_entity_get_by_key     (PxDatabase      *db,
                                       const PxEntity  *entity,
                                       gint64           key,
                                       GError         **error);

/* Typed wrappers, one line per record type in its header and source:
 *   PX_DECLARE_RECORD (PxCadre, px_cadre)  →  px_cadre_new/free/copy/get/list/count/insert/
 *   update/delete, and g_autoptr(PxCadre). */
#define PX_DECLARE_RECORD(TypeName, prefix)                                                      \
  extern const PxEntity prefix##_entity;                                                        \
  TypeName  *prefix##_new     (void);                                                          \
  void       prefix##_free    (TypeName *record);                                              \
  TypeName  *prefix##_copy    (const TypeName *record);                                        \
  TypeName  *prefix##_get     (PxDatabase *db, const char *id, GError **error);                \
  GPtrArray *prefix##_list    (PxDatabase *db, const PxQuery *query, GError **error);          \
  gint64     prefix##_count   (PxDatabase *db, const PxQuery *query, GError **error);          \
  gboolean   prefix##_insert  (PxDatabase *db, TypeName *record, GError **error);              \
  gboolean   prefix##_update  (PxDatabase *db, TypeName *record, gboolean *changed,            \
                               GError **error);                                                \
  gboolean   prefix##_delete  (PxDatabase *db, const char *id, GError **error);                \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (TypeName, prefix##_free)

#define PX_DEFINE_RECORD(TypeName, prefix)                                                       \
  TypeName *prefix##_new (void)                                                                 \
  { return px_record_new (&prefix##_entity); }                                                  \
  void prefix##_free (TypeName *record)                                                         \
  { px_record_free (&prefix##_entity, record); }                                                \
  TypeName *prefix##_copy (const TypeName *record)                                              \
  { return px_record_copy (&prefix##_entity, record); }                                         \
  TypeName *prefix##_get (PxDatabase *db, const char *id, GError **error)                       \
  { return px_entity_get (db, &prefix##_entity, id, error); }                                   \
  GPtrArray *prefix##_list (PxDatabase *db, const PxQuery *query, GError **error)               \
  { return px_entity_list (db, &prefix##_entity, query, error); }                               \
  gint64 prefix##_count (PxDatabase *db, const PxQuery *query, GError **error)                  \
  { return px_entity_count (db, &prefix##_entity, query, error); }                              \
  gboolean prefix##_insert (PxDatabase *db, TypeName *record, GError **error)                   \
  { return px_entity_insert (db, &prefix##_entity, record, error); }                            \
  gboolean prefix##_update (PxDatabase *db, TypeName *record, gboolean *changed, GError **error) \
  { return px_entity_update (db, &prefix##_entity, record, changed, error); }                   \
  gboolean prefix##_delete (PxDatabase *db, const char *id, GError **error)                     \
  { return px_entity_delete (db, &prefix##_entity, id, error); }

#define PX_FIELD_DEF(Type, member, column, type, flags, label) \
  { column, type, G_STRUCT_OFFSET (Type, member), flags, label }

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEntityBulk, px_entity_bulk_free)

G_END_DECLS
