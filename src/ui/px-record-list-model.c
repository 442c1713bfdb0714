/* px-record-list-model.c: a list model that pages through a table in core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model keeps only the rowids of the rows its query matches, in order: 100,000 cadres are
 * 800 KB of keys, found by a worker thread on a read-only connection so that typing in the
 * search never waits for the scan. Rows are read on demand, a page at a time, on the main
 * connection, and only the pages seen last are kept.
 */

#define G_LOG_DOMAIN "px-record-list-model"

#include "px-record-list-model.h"

#define PAGE_SIZE 64
#define MAX_PAGES 32

struct _PxRecordListModel
{
  GObject parent_instance;

  PxDatabase *db;
  const PxEntity *entity;

  /* the query */
  char *search;
  GHashTable *filters;      /* column → value */
  char *sort;
  gboolean descending;

  GArray *keys;             /* gint64 rowids, in the query's order */
  GHashTable *pages;        /* page number → GPtrArray of PxRecordItem */
  GQueue page_order;        /* page numbers, most recently used first */

  /* the worker's connection, used by one query at a time */
  PxDatabase *reader;
  GMutex reader_lock;
  GCancellable *cancellable;
  guint generation;
  gboolean loading;
  guint holds;
  gboolean refresh_held;
};

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PxRecordListModel, px_record_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Pages */

static void
drop_pages (PxRecordListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static GPtrArray *
load_page (PxRecordListModel *self,
           guint              page)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint first = page * PAGE_SIZE;
  guint last = MIN (first + PAGE_SIZE, self->keys->len);
  gboolean missing = FALSE;

  for (guint i = first; i < last; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 key = g_array_index (self->keys, gint64, i);
      gpointer record = px_entity_get_by_key (self->db, self->entity, key, &error);

      if (record == NULL)
        {
          /* Deleted since the keys were read: show a blank row until the refresh below. */
          if (error != NULL)
            g_warning ("Could not read a %s: %s", self->entity->table, error->message);
          record = px_record_new (self->entity);
          missing = TRUE;
        }
      g_ptr_array_add (items, px_record_item_new (self->entity, record, key));
    }
  if (missing)
    px_record_list_model_refresh (self);
  return g_steal_pointer (&items);
}

static GPtrArray *
lookup_page (PxRecordListModel *self,
             guint              page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    {
      GList *link = g_queue_find (&self->page_order, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->page_order, link);
      g_queue_push_head_link (&self->page_order, link);
      return items;
    }

  items = load_page (self, page);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  while (self->page_order.length > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
  return items;
}

/* GListModel */

static GType
px_record_list_model_get_item_type (GListModel *model)
{
  return PX_TYPE_RECORD_ITEM;
}

static guint
px_record_list_model_get_n_items (GListModel *model)
{
  return PX_RECORD_LIST_MODEL (model)->keys->len;
}

static gpointer
px_record_list_model_get_item (GListModel *model,
                               guint       position)
{
  PxRecordListModel *self = PX_RECORD_LIST_MODEL (model);
  GPtrArray *items;

  if (position >= self->keys->len)
    return NULL;
  items = lookup_page (self, position / PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = px_record_list_model_get_item_type;
  iface->get_n_items = px_record_list_model_get_n_items;
  iface->get_item = px_record_list_model_get_item;
}

/* Queries in the worker */

typedef struct
{
  PxRecordListModel *self;   /* only touched in the worker for its reader and lock */
  guint generation;
  char *search;
  GStrv filters;
  char *sort;
  gboolean descending;
} KeysJob;

static void
keys_job_free (KeysJob *job)
{
  g_free (job->search);
  g_strfreev (job->filters);
  g_free (job->sort);
  g_free (job);
}

static void
find_keys_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PxRecordListModel *self = source_object;
  KeysJob *job = task_data;
  g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1024);
  g_autoptr(GError) error = NULL;
  PxQuery query = {
    .search = job->search,
    .filters = (const char * const *) job->filters,
    .sort = job->sort,
    .descending = job->descending,
  };
  gboolean done;

  g_mutex_lock (&self->reader_lock);
  done = px_entity_list_keys (self->reader, self->entity, &query, keys, cancellable, &error);

  g_mutex_unlock (&self->reader_lock);

  if (done)
    g_task_return_pointer (task, g_steal_pointer (&keys), (GDestroyNotify) g_array_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Tells exactly which span changed: the keys that stayed at the start and the end are kept. */
static void
apply_keys (PxRecordListModel *self,
            GArray            *keys)
{
  GArray *old = self->keys;
  guint prefix = 0, suffix = 0;
  guint old_len = old->len, new_len = keys->len;

  while (prefix < old_len && prefix < new_len
         && g_array_index (old, gint64, prefix) == g_array_index (keys, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && g_array_index (old, gint64, old_len - 1 - suffix)
            == g_array_index (keys, gint64, new_len - 1 - suffix))
    suffix++;

  self->keys = g_array_ref (keys);
  g_array_unref (old);
  drop_pages (self);

  if (prefix != old_len || prefix != new_len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix,
                                new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_loading (PxRecordListModel *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
keys_found_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PxRecordListModel *self = PX_RECORD_LIST_MODEL (source);
  KeysJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = g_task_propagate_pointer (G_TASK (result), &error);

  if (job->generation != self->generation)
    return;   /* a newer query is on its way */
  if (keys == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not list the %s table: %s", self->entity->table, error->message);
      keys = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  apply_keys (self, keys);

  set_loading (self, FALSE);
}

void
px_record_list_model_refresh (PxRecordListModel *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) filters = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer column, value;
  KeysJob *job;

  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));

  if (self->holds > 0)
    {
      self->refresh_held = TRUE;
      set_loading (self, TRUE);
      return;
    }
  if (self->reader == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->reader = px_database_open_reader (self->db, &error);
      if (self->reader == NULL)
        {
          g_warning ("Could not open a second connection: %s", error->message);
          return;
        }
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_hash_table_iter_init (&iter, self->filters);
  while (g_hash_table_iter_next (&iter, &column, &value))
    {
      g_ptr_array_add (filters, g_strdup (column));
      g_ptr_array_add (filters, g_strdup (value));
    }
  g_ptr_array_add (filters, NULL);

  job = g_new0 (KeysJob, 1);
  job->self = self;
  job->generation = ++self->generation;
  job->search = g_strdup (self->search);
  job->filters = (GStrv) g_ptr_array_free (g_steal_pointer (&filters), FALSE);
  job->sort = g_strdup (self->sort);
  job->descending = self->descending;

  task = g_task_new (self, self->cancellable, keys_found_cb, NULL);
  g_task_set_source_tag (task, px_record_list_model_refresh);
  g_task_set_task_data (task, job, (GDestroyNotify) keys_job_free);
  /* the keys are wanted even when cancelled, to tell stale from fresh; the callback decides */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, find_keys_in_thread);
  set_loading (self, TRUE);
}

/* GObject */

static void
px_record_list_model_dispose (GObject *object)
{
  PxRecordListModel *self = PX_RECORD_LIST_MODEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (px_record_list_model_parent_class)->dispose (object);
}

static void
px_record_list_model_finalize (GObject *object)
{
  PxRecordListModel *self = PX_RECORD_LIST_MODEL (object);

  drop_pages (self);
  g_hash_table_unref (self->pages);
  g_hash_table_unref (self->filters);
  g_array_unref (self->keys);
  g_free (self->search);
  g_free (self->sort);
  g_clear_object (&self->reader);
  g_clear_object (&self->db);
  g_mutex_clear (&self->reader_lock);

  G_OBJECT_CLASS (px_record_list_model_parent_class)->finalize (object);
}

static void
px_record_list_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PxRecordListModel *self = PX_RECORD_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_record_list_model_class_init (PxRecordListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = px_record_list_model_dispose;
  object_class->finalize = px_record_list_model_finalize;
  object_class->get_property = px_record_list_model_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_record_list_model_init (PxRecordListModel *self)
{
  self->keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_queue_init (&self->page_order);
  g_mutex_init (&self->reader_lock);
}

/* Public API */

PxRecordListModel *
px_record_list_model_new (PxDatabase     *db,
                          const PxEntity *entity)
{
  PxRecordListModel *self;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  self = g_object_new (PX_TYPE_RECORD_LIST_MODEL, NULL);
  self->db = g_object_ref (db);
  self->entity = entity;
  return self;
}

PxDatabase *
px_record_list_model_get_database (PxRecordListModel *self)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), NULL);
  return self->db;
}

const PxEntity *
px_record_list_model_get_entity (PxRecordListModel *self)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), NULL);
  return self->entity;
}

void
px_record_list_model_set_search (PxRecordListModel *self,
                                 const char        *search)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  px_record_list_model_refresh (self);
}

const char *
px_record_list_model_get_search (PxRecordListModel *self)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), NULL);
  return self->search;
}

void
px_record_list_model_set_filter (PxRecordListModel *self,
                                 const char        *column,
                                 const char        *value)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));
  g_return_if_fail (column != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->filters, column), value) == 0)
    return;
  if (value == NULL)
    g_hash_table_remove (self->filters, column);
  else
    g_hash_table_insert (self->filters, g_strdup (column), g_strdup (value));
  px_record_list_model_refresh (self);
}

void
px_record_list_model_set_sort (PxRecordListModel *self,
                               const char        *sort,
                               gboolean           descending)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));

  descending = !!descending;
  if (g_strcmp0 (self->sort, sort) == 0 && self->descending == descending)
    return;
  g_free (self->sort);
  self->sort = g_strdup (sort);
  self->descending = descending;
  px_record_list_model_refresh (self);
}

const char *
px_record_list_model_get_sort (PxRecordListModel *self,
                               gboolean          *descending)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), NULL);
  if (descending != NULL)
    *descending = self->descending;
  return self->sort;
}

void
px_record_list_model_reload_key (PxRecordListModel *self,
                                 gint64             key)
{
  guint position;

  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));

  position = px_record_list_model_find_key (self, key);
  if (position == G_MAXUINT)
    return;
  if (g_hash_table_remove (self->pages, GUINT_TO_POINTER (position / PAGE_SIZE)))
    g_queue_remove (&self->page_order, GUINT_TO_POINTER (position / PAGE_SIZE));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

void
px_record_list_model_hold (PxRecordListModel *self)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));
  self->holds++;
}

void
px_record_list_model_release (PxRecordListModel *self)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));
  g_return_if_fail (self->holds > 0);

  if (--self->holds == 0 && self->refresh_held)
    {
      self->refresh_held = FALSE;
      px_record_list_model_refresh (self);
    }
}

void
px_record_list_model_invalidate (PxRecordListModel *self)
{
  g_return_if_fail (PX_IS_RECORD_LIST_MODEL (self));

  drop_pages (self);
  if (self->keys->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->keys->len, self->keys->len);
}

gboolean
px_record_list_model_is_loading (PxRecordListModel *self)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), FALSE);
  return self->loading;
}

guint
px_record_list_model_find_key (PxRecordListModel *self,
                               gint64             key)
{
  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->keys->len; i++)
    if (g_array_index (self->keys, gint64, i) == key)
      return i;
  return G_MAXUINT;
}

gint64
px_record_list_model_key_for_id (PxRecordListModel *self,
                                 const char        *id)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 key = 0;

  g_return_val_if_fail (PX_IS_RECORD_LIST_MODEL (self), 0);
  g_return_val_if_fail (id != NULL, 0);

  sql = g_strdup_printf ("SELECT rowid FROM %s WHERE id = ?1", self->entity->table);
  stmt = px_database_prepare (self->db, sql, NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    key = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return key;
}
