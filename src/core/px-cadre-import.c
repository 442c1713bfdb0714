/* px-cadre-import.c: rosters from Excel, WPS and LibreOffice into the cadre records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cadre-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-cadre-import.h"
#include "px-cell.h"
#include "px-code-list.h"
#include "px-column-map.h"
#include "px-date.h"
#include "px-id-number.h"
#include "px-json.h"
#include "px-org-unit.h"
#include "px-phone.h"
#include "px-uuid.h"

/* Synonyms seen in the rosters of organisation departments, party schools and HR systems. */
static const char * const name_synonyms[] = { "名字", "学员姓名", "干部姓名", "姓 名", NULL };
static const char * const gender_synonyms[] = { "性 别", NULL };
static const char * const ethnicity_synonyms[] = { "民 族", "族别", NULL };
static const char * const birth_synonyms[] = { "出生年月", "出生年月日", "生日", "出生日期年月",
                                               "出生时间", NULL };
static const char * const id_synonyms[] = { "身份证号码", "公民身份号码", "身份证", "证件号码",
                                            "身份证件号码", "身份证件号", "公民身份证号码",
                                            "居民身份证号码", "身份证编号", NULL };
static const char * const political_synonyms[] = { "政治面目", NULL };
static const char * const unit_synonyms[] = { "单位", "所在单位", "单位名称", "工作单位名称",
                                              "所在单位名称", "工作部门", NULL };
/* 工作单位及职务 is one field in 干部任免审批表-style rosters ("县发改局局长"): it is the
 * post as written, unit included, so it fills 职务 rather than being split by guesswork. */
static const char * const post_synonyms[] = { "现任职务", "职务名称", "现职务", "现任职务名称",
                                              "工作单位及职务", "单位及职务", "单位职务",
                                              NULL };
static const char * const rank_synonyms[] = { "职务级别", "级别", "职级层次", "职务层次",
                                              "现职级", "职务职级", NULL };
static const char * const education_synonyms[] = { "文化程度", "最高学历", "学 历", NULL };
static const char * const phone_synonyms[] = { "手机号码", "手机", "联系电话", "电话",
                                               "联系方式", "移动电话", "电话号码", NULL };
static const char * const note_synonyms[] = { "备 注", NULL };

static const PxColumnSpec roster_specs[PX_ROSTER_N_COLUMNS] = {
  [PX_ROSTER_NAME] = { "姓名", name_synonyms, TRUE },
  [PX_ROSTER_GENDER] = { "性别", gender_synonyms, FALSE },
  [PX_ROSTER_ETHNICITY] = { "民族", ethnicity_synonyms, FALSE },
  [PX_ROSTER_BIRTH_DATE] = { "出生日期", birth_synonyms, FALSE },
  [PX_ROSTER_CITIZEN_ID] = { "身份证号", id_synonyms, TRUE },
  [PX_ROSTER_POLITICAL_STATUS] = { "政治面貌", political_synonyms, FALSE },
  [PX_ROSTER_UNIT] = { "工作单位", unit_synonyms, FALSE },
  [PX_ROSTER_POST] = { "职务", post_synonyms, FALSE },
  [PX_ROSTER_RANK] = { "职级", rank_synonyms, FALSE },
  [PX_ROSTER_EDUCATION] = { "学历", education_synonyms, FALSE },
  [PX_ROSTER_PHONE] = { "手机号", phone_synonyms, FALSE },
  [PX_ROSTER_NOTE] = { "备注", note_synonyms, FALSE },
};

const char * const *
px_cadre_roster_headers (void)
{
  static const char *headers[PX_ROSTER_N_COLUMNS + 1];

  if (headers[0] == NULL)
    for (guint i = 0; i < PX_ROSTER_N_COLUMNS; i++)
      headers[i] = roster_specs[i].header;
  return headers;
}

typedef struct
{
  guint row_number;
  PxCadre *cadre;
  char *unit_name;
} RosterRow;

static void
roster_row_clear (RosterRow *row)
{
  g_clear_pointer (&row->cadre, px_cadre_free);
  g_clear_pointer (&row->unit_name, g_free);
}

typedef struct
{
  PxImportReport *report;
  PxColumnMap *map;
  guint sheet_row;
  guint row_number;
  gboolean bad;
} RowContext;

static void
add_problem (RowContext *ctx,
             guint       spec,
             const char *value,
             const char *message)
{
  px_import_report_add_problem (ctx->report, ctx->row_number,
                                px_column_map_get_header (ctx->map, spec), value, message);
  ctx->bad = TRUE;
}

static const char *
cell (RowContext *ctx,
      guint       spec)
{
  return px_column_map_get_cell (ctx->map, ctx->sheet_row, spec);
}

static char *
ethnicity_message (const char *value)
{
  return g_strdup_printf (_("“%s” is not an ethnic group of GB/T 3304 (e.g. 汉族, 回族)."),
                          value);
}

static char *
political_status_message (const char *value)
{
  return g_strdup_printf (_("“%s” is not a political status of GB/T 4762 (e.g. 中共党员, 群众)."),
                          value);
}

/* A code-list column: the standard name; for open lists (rank, education) the value as typed
 * when it is not in the list; for closed lists (message given) a problem. */
static char *
read_coded (RowContext    *ctx,
            guint          spec,
            const char  *(*lookup) (const char *),
            char        *(*message) (const char *))
{
  g_autofree char *text = px_cell_clean_text (cell (ctx, spec));
  const char *standard;

  if (text == NULL)
    return NULL;
  standard = lookup (text);
  if (standard != NULL)
    return g_strdup (standard);
  if (message != NULL)
    {
      g_autofree char *full = message (text);

      add_problem (ctx, spec, text, full);
      return NULL;
    }
  return g_steal_pointer (&text);
}

/* Reads one data row into a cadre; every problem of the row goes into the report. */
static PxCadre *
read_row (RowContext  *ctx,
          GHashTable  *seen_ids,
          char       **unit_name)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *gender_text = NULL;
  g_autofree char *birth_text = NULL;
  g_autofree char *phone_text = NULL;
  gboolean id_ok;

  cadre->name = px_cell_clean_name (cell (ctx, PX_ROSTER_NAME));
  if (cadre->name == NULL)
    add_problem (ctx, PX_ROSTER_NAME, NULL, _("The name is missing."));

  cadre->citizen_id = px_id_number_normalize (cell (ctx, PX_ROSTER_CITIZEN_ID));
  id_ok = px_id_number_validate (cadre->citizen_id, &local_error);
  if (!id_ok)
    {
      add_problem (ctx, PX_ROSTER_CITIZEN_ID, cell (ctx, PX_ROSTER_CITIZEN_ID),
                   local_error->message);
      g_clear_error (&local_error);
    }
  else
    {
      gpointer first = g_hash_table_lookup (seen_ids, cadre->citizen_id);

      if (first != NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("The citizen ID number %s is already in row %u of this file."),
                             cadre->citizen_id, GPOINTER_TO_UINT (first));
          add_problem (ctx, PX_ROSTER_CITIZEN_ID, cadre->citizen_id, message);
          id_ok = FALSE;
        }
      else
        g_hash_table_insert (seen_ids, g_strdup (cadre->citizen_id),
                             GUINT_TO_POINTER (ctx->row_number));
    }

  gender_text = px_cell_clean_text (cell (ctx, PX_ROSTER_GENDER));
  if (gender_text != NULL)
    {
      const char *gender = px_code_list_gender (gender_text);

      if (gender == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The gender “%s” is neither 男 nor 女."),
                                                      gender_text);
          add_problem (ctx, PX_ROSTER_GENDER, gender_text, message);
        }
      else if (id_ok && !g_str_equal (gender, px_id_number_gender (cadre->citizen_id)))
        {
          g_autofree char *message =
            g_strdup_printf (_("The gender is %s but the citizen ID number belongs to a person "
                               "of gender %s."), gender, px_id_number_gender (cadre->citizen_id));
          add_problem (ctx, PX_ROSTER_GENDER, gender_text, message);
        }
      else
        cadre->gender = g_strdup (gender);
    }
  else if (id_ok)
    cadre->gender = g_strdup (px_id_number_gender (cadre->citizen_id));

  birth_text = px_cell_clean_text (cell (ctx, PX_ROSTER_BIRTH_DATE));
  if (birth_text != NULL)
    {
      PxLooseDate date;

      if (!px_date_parse_loose (birth_text, &date))
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a date; write it as 1985-03-12."), birth_text);
          add_problem (ctx, PX_ROSTER_BIRTH_DATE, birth_text, message);
        }
      else if (id_ok)
        {
          g_autofree char *from_id = px_id_number_birth_date (cadre->citizen_id);
          g_autofree char *given = px_loose_date_format (&date);

          /* 1985.03 agrees with an ID born 1985-03-12: compare at the precision given */
          if (strncmp (from_id, given, strlen (given)) != 0)
            {
              g_autofree char *message =
                g_strdup_printf (_("The birth date %s does not match the citizen ID number, "
                                   "which says %s."), given, from_id);
              add_problem (ctx, PX_ROSTER_BIRTH_DATE, birth_text, message);
            }
        }
    }
  if (id_ok)
    cadre->birth_date = px_id_number_birth_date (cadre->citizen_id);

  cadre->ethnicity = read_coded (ctx, PX_ROSTER_ETHNICITY, px_code_list_ethnicity,
                                 ethnicity_message);
  cadre->political_status = read_coded (ctx, PX_ROSTER_POLITICAL_STATUS,
                                        px_code_list_political_status, political_status_message);
  cadre->rank = read_coded (ctx, PX_ROSTER_RANK, px_code_list_rank, NULL);
  cadre->education = read_coded (ctx, PX_ROSTER_EDUCATION, px_code_list_education, NULL);
  cadre->post = px_cell_clean_text (cell (ctx, PX_ROSTER_POST));
  cadre->note = px_cell_clean_text (cell (ctx, PX_ROSTER_NOTE));
  *unit_name = px_cell_clean_text (cell (ctx, PX_ROSTER_UNIT));

  phone_text = px_cell_clean_text (cell (ctx, PX_ROSTER_PHONE));
  if (phone_text != NULL)
    {
      cadre->phone = px_phone_normalize (phone_text, &local_error);
      if (cadre->phone == NULL)
        {
          add_problem (ctx, PX_ROSTER_PHONE, phone_text, local_error->message);
          g_clear_error (&local_error);
        }
    }

  return ctx->bad ? NULL : g_steal_pointer (&cadre);
}

/* Writing */

static PxCadre *
find_stored (PxDatabase  *db,
             const char  *sql,
             const char  *citizen_id,
             GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare_static (db, sql, error);
  PxCadre *stored = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, citizen_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    stored = px_record_from_row (&px_cadre_entity, stmt);
  else if (rc != SQLITE_DONE)
    px_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return stored;
}

#define KEEP_IF_EMPTY(member) \
  if (row->member == NULL && stored->member != NULL) row->member = g_strdup (stored->member)

/* Cells left empty keep what the database knows: an import never erases. */
static void
merge_with_stored (PxCadre       *row,
                   const PxCadre *stored)
{
  row->base.id = g_strdup (stored->base.id);
  row->base.created_at = g_strdup (stored->base.created_at);
  row->base.updated_at = g_strdup (stored->base.updated_at);
  KEEP_IF_EMPTY (gender);
  KEEP_IF_EMPTY (ethnicity);
  KEEP_IF_EMPTY (birth_date);
  KEEP_IF_EMPTY (political_status);
  KEEP_IF_EMPTY (unit_id);
  KEEP_IF_EMPTY (post);
  KEEP_IF_EMPTY (rank);
  KEEP_IF_EMPTY (education);
  KEEP_IF_EMPTY (phone);
  KEEP_IF_EMPTY (note);
}

#undef KEEP_IF_EMPTY

/* The unit's id from its name; in a dry run a unit that would be made gets no id. */
static const char *
resolve_unit (PxDatabase   *db,
              GHashTable   *units,
              const char   *name,
              gboolean      dry_run,
              GError      **error)
{
  const char *id = g_hash_table_lookup (units, name);
  char *new_id;

  if (id != NULL)
    return id;
  if (dry_run)
    {
      sqlite3_stmt *stmt = px_database_prepare (db, "SELECT id FROM org_unit WHERE name = ?1 "
                                                    "ORDER BY parent_id IS NOT NULL, id LIMIT 1",
                                                error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      new_id = g_strdup (sqlite3_step (stmt) == SQLITE_ROW
                           ? (const char *) sqlite3_column_text (stmt, 0) : "");
      sqlite3_reset (stmt);
    }
  else
    {
      new_id = px_org_unit_ensure_by_name (db, name, error);
      if (new_id == NULL)
        return NULL;
    }
  g_hash_table_insert (units, g_strdup (name), new_id);
  return new_id;
}

/* citizen ID → cadre id for every stored cadre, read in one pass so that new rows (most of a
 * first import) need no query of their own. */
static GHashTable *
load_known_ids (PxDatabase  *db,
                GError     **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = px_database_prepare (db, "SELECT citizen_id FROM cadre", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (known, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&known);
}

/* Checking and writing run side by side: a thread reads and checks the rows and hands them over
 * in batches while this one writes them. A bad row stops the writing; the transaction is then
 * rolled back, so a refused file still leaves nothing behind. */

#define BATCH_ROWS 1024

typedef struct
{
  PxSheet *sheet;
  PxColumnMap *map;
  PxImportReport *report;     /* problems and n_rows: the checking thread's until it ends */
  GAsyncQueue *batches;       /* GArray of RosterRow; end_of_rows closes it */
  GAsyncQueue *written;       /* batches back from the writer, freed by the thread that made
                               * them: glibc frees a block fastest in its own thread's arena */
  gboolean skip_invalid;
  gint stop;                  /* atomic: the writer wants no more rows */
  guint n_good;
} CheckJob;

static GArray end_of_rows;

static GArray *
new_batch (void)
{
  GArray *batch = g_array_sized_new (FALSE, TRUE, sizeof (RosterRow), BATCH_ROWS);

  g_array_set_clear_func (batch, (GDestroyNotify) roster_row_clear);
  return batch;
}

static gpointer
check_rows_thread (gpointer data)
{
  CheckJob *job = data;
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *batch = new_batch ();
  guint n_rows = px_sheet_get_n_rows (job->sheet);

  for (guint r = px_column_map_get_header_row (job->map) + 1; r < n_rows; r++)
    {
      RowContext ctx = { job->report, job->map, r, px_sheet_get_row_number (job->sheet, r), FALSE };
      RosterRow row = { ctx.row_number, NULL, NULL };

      job->report->n_rows++;
      row.cadre = read_row (&ctx, seen_ids, &row.unit_name);
      if (row.cadre == NULL && !job->skip_invalid)
        g_atomic_int_set (&job->stop, 1);   /* refused whole: keep checking, stop writing */
      if (row.cadre == NULL || g_atomic_int_get (&job->stop))
        {
          roster_row_clear (&row);
          continue;
        }
      job->n_good++;
      g_array_append_val (batch, row);
      if (row.row_number % 256 == 0)
        {
          GArray *done;

          while ((done = g_async_queue_try_pop (job->written)) != NULL)
            g_array_unref (done);
        }
      if (batch->len == BATCH_ROWS)
        {
          g_async_queue_push (job->batches, batch);
          batch = new_batch ();
        }
    }
  g_async_queue_push (job->batches, batch);
  g_async_queue_push (job->batches, &end_of_rows);
  return NULL;
}

typedef struct
{
  PxDatabase *db;
  PxImportReport *report;
  GPtrArray *ids;
  gboolean dry_run;
  GHashTable *units;
  GHashTable *known;
  char *find_sql;
  char batch_stamp[25];   /* the creation time of every cadre this import makes */
  PxEntityBulk *bulk;     /* new cadres, several to a statement */
} Writer;

static gboolean
write_row (Writer     *w,
           RosterRow  *row,
           GError    **error)
{
  g_autoptr(PxCadre) stored = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean changed = FALSE;

  if (row->unit_name != NULL)
    {
      const char *unit_id = resolve_unit (w->db, w->units, row->unit_name, w->dry_run, error);

      if (unit_id == NULL)
        return FALSE;
      /* in a dry run a unit still to be made has no id; its name stands in, so that the row
       * counts as changed */
      row->cadre->unit_id = g_strdup (*unit_id ? unit_id : row->unit_name);
    }

  if (g_hash_table_contains (w->known, row->cadre->citizen_id))
    {
      stored = find_stored (w->db, w->find_sql, row->cadre->citizen_id, &local_error);
      if (stored == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      merge_with_stored (row->cadre, stored);
    }

  if (w->dry_run)
    changed = stored == NULL || !px_record_equal (&px_cadre_entity, stored, row->cadre);
  else if (stored == NULL)
    {
      /* the row stays in its batch until the batch is flushed */
      if (!px_entity_bulk_add (w->bulk, row->cadre, error))
        return FALSE;
    }
  else if (!px_entity_write (w->db, &px_cadre_entity, row->cadre, stored, w->batch_stamp,
                             &changed, error))
    return FALSE;

  if (stored == NULL)
    w->report->n_new++;
  else if (changed)
    w->report->n_updated++;
  else
    w->report->n_unchanged++;
  if (w->ids != NULL)
    g_ptr_array_add (w->ids, g_strdup (row->cadre->base.id));
  return TRUE;
}

/* One audit row for the cadres the import made (they carry its timestamp); updated cadres
 * have their own rows with the changed fields. */
static gboolean
audit_import (Writer      *w,
              const char  *path,
              GError     **error)
{
  g_autoptr(GString) changes = g_string_new ("{");
  g_autofree char *basename = path != NULL ? g_path_get_basename (path) : NULL;
  char id[37];

  if (w->report->n_new == 0 && w->report->n_updated == 0)
    return TRUE;
  px_json_append_key (changes, "file");
  px_json_append_string (changes, basename);
  px_json_append_key (changes, "rows");
  g_string_append_printf (changes, "%u", w->report->n_rows);
  px_json_append_key (changes, "inserted");
  g_string_append_printf (changes, "%u", w->report->n_new);
  px_json_append_key (changes, "updated");
  g_string_append_printf (changes, "%u", w->report->n_updated);
  px_json_append_key (changes, "created_at");
  px_json_append_string (changes, w->batch_stamp);
  g_string_append_c (changes, '}');
  px_uuid_generate (id);
  return px_database_audit (w->db, "cadre", id, "import", changes->str, error);
}

static gboolean
begin_writing (Writer  *w,
               GError **error)
{
  /* A dry run only reads, so it takes no write lock; either way one transaction spares SQLite
   * a lock and unlock per row. */
  if (!(w->dry_run ? px_database_begin_read (w->db, error) : px_database_begin (w->db, error)))
    return FALSE;
  /* References are checked at commit, not row by row: that spares SQLite a statement journal
   * for every insert, and nothing here points anywhere but at rows just made. */
  if (!w->dry_run && !px_database_exec (w->db, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  w->known = load_known_ids (w->db, error);
  return w->known != NULL;
}

PxImportReport *
px_cadre_import_sheet (PxDatabase      *db,
                       PxSheet         *sheet,
                       const char      *path,
                       PxImportFlags    flags,
                       GPtrArray       *ids,
                       PxProgressFunc   progress,
                       gpointer         user_data,
                       GError         **error)
{
  g_autoptr(PxImportReport) report = px_import_report_new (path);
  g_autoptr(PxColumnMap) map = NULL;
  g_autoptr(GAsyncQueue) batches = NULL;
  g_autoptr(GAsyncQueue) written = NULL;
  g_autoptr(GError) write_error = NULL;
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  static char *find_sql;   /* immortal, for px_database_prepare_static */
  CheckJob job = { 0 };
  Writer w = { 0 };
  GThread *checker;
  GArray *batch;
  guint n_data_rows, n_done = 0;
  gboolean writing;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  report->dry_run = (flags & PX_IMPORT_DRY_RUN) != 0;
  report->encoding = g_strdup (px_sheet_get_encoding (sheet));
  map = px_column_map_find (sheet, roster_specs, G_N_ELEMENTS (roster_specs), error);
  if (map == NULL)
    return NULL;
  report->header_row = px_sheet_get_row_number (sheet, px_column_map_get_header_row (map));
  n_data_rows = px_sheet_get_n_rows (sheet) - px_column_map_get_header_row (map) - 1;

  if (g_once_init_enter (&find_sql))
    g_once_init_leave (&find_sql, g_strdup_printf ("SELECT %s FROM cadre WHERE citizen_id = ?1",
                                                   px_entity_get_columns (&px_cadre_entity)));
  w = (Writer) { db, report, ids, report->dry_run, units, NULL, find_sql, "" };
  px_timestamp_format (g_get_real_time (), w.batch_stamp);
  w.bulk = px_entity_bulk_new (db, &px_cadre_entity, w.batch_stamp);
  writing = begin_writing (&w, &write_error);

  batches = g_async_queue_new ();
  written = g_async_queue_new ();
  job = (CheckJob) { sheet, map, report, batches, written, (flags & PX_IMPORT_SKIP_INVALID) != 0,
                     !writing, 0 };
  checker = g_thread_new ("px-import-check", check_rows_thread, &job);

  while ((batch = g_async_queue_pop (batches)) != &end_of_rows)
    {
      for (guint i = 0; writing && i < batch->len; i++)
        {
          writing = !g_atomic_int_get (&job.stop)
                    && write_row (&w, &g_array_index (batch, RosterRow, i), &write_error);
          if (progress != NULL && (++n_done % 2048) == 0)
            progress ((double) n_done / MAX (n_data_rows, 1), user_data);
        }
      /* the batch's rows are freed now: write what is pending of them first */
      if (writing && !w.dry_run)
        writing = px_entity_bulk_flush (w.bulk, &write_error);
      if (!writing)
        g_atomic_int_set (&job.stop, 1);
      g_async_queue_push (job.written, batch);
    }
  g_thread_join (checker);
  while ((batch = g_async_queue_try_pop (job.written)) != NULL)
    g_array_unref (batch);
  g_clear_pointer (&w.known, g_hash_table_unref);
  g_clear_pointer (&w.bulk, px_entity_bulk_free);

  if (write_error != NULL)
    {
      px_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&write_error));
      return NULL;
    }

  report->n_skipped = report->n_rows - job.n_good;
  if (report->problems->len > 0 && !(flags & PX_IMPORT_SKIP_INVALID))
    {
      /* refused whole: what was written so far goes */
      px_database_rollback (db);
      report->n_new = report->n_updated = report->n_unchanged = report->n_skipped = 0;
      if (ids != NULL)
        g_ptr_array_set_size (ids, 0);
      return g_steal_pointer (&report);
    }

  if (report->dry_run)
    px_database_rollback (db);
  else if (!audit_import (&w, path, error) || !px_database_commit (db, error))
    {
      px_database_rollback (db);
      return NULL;
    }
  else
    report->written = TRUE;

  g_debug ("Wrote %u new and %u updated cadres", report->n_new, report->n_updated);
  if (progress != NULL)
    progress (1.0, user_data);
  return g_steal_pointer (&report);
}

PxImportReport *
px_cadre_import_file (PxDatabase      *db,
                      const char      *path,
                      PxImportFlags    flags,
                      PxProgressFunc   progress,
                      gpointer         user_data,
                      GError         **error)
{
  g_autoptr(PxSheet) sheet = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  sheet = px_sheet_read_file (path, error);
  if (sheet == NULL)
    return NULL;
  g_debug ("Read %u rows from %s", px_sheet_get_n_rows (sheet), path);
  return px_cadre_import_sheet (db, sheet, path, flags, NULL, progress, user_data, error);
}
