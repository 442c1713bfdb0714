/* px-certificate-layout-store.c: certificate templates in the certificate_template table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-certificate-layout-private.h"
#include "px-certificate-template.h"
#include "px-json.h"

#define LAYOUT_SELECT \
  "SELECT id, name, page_size, orientation, background, layout, wording, numbering_pattern, " \
  "preprinted, is_default FROM certificate_template "

/* The layout column: the fields, in an object so that later versions can add beside them. */
static char *
fields_document (const PxCertificateLayout *layout)
{
  GString *out = g_string_new ("{\"version\":1,\"fields\":");

  _px_certificate_fields_to_json (layout, out);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

static gboolean
parse_fields_document (const char           *json,
                       PxCertificateLayout  *layout,
                       GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonNode *fields = NULL;

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("The layout of the certificate template “%s” is damaged: %s"),
                   layout->name, local_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    fields = json_object_get_member (json_node_get_object (root), "fields");
  if (fields == NULL)
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("The layout of the certificate template “%s” is damaged: it has no "
                     "fields."), layout->name);
      return FALSE;
    }
  return _px_certificate_fields_from_json (fields, layout, error);
}

static PxCertificateLayout *
layout_from_row (sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  const char *page_size = (const char *) sqlite3_column_text (stmt, 2);
  const char *json = (const char *) sqlite3_column_text (stmt, 5);
  const char *wording = (const char *) sqlite3_column_text (stmt, 6);

  g_free (layout->name);
  g_free (layout->numbering_pattern);
  layout->id = px_database_column_dup (stmt, 0);
  layout->name = px_database_column_dup (stmt, 1);
  /* a size written by something else than this file (A3 …) prints on A4 rather than not */
  if (!_px_certificate_page_size_parse (page_size, layout))
    layout->page_size = PX_CERTIFICATE_PAGE_A4;
  layout->orientation = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "portrait") == 0
                        ? PX_CERTIFICATE_PORTRAIT : PX_CERTIFICATE_LANDSCAPE;
  if (sqlite3_column_type (stmt, 4) == SQLITE_BLOB)
    layout->background = g_bytes_new (sqlite3_column_blob (stmt, 4),
                                      sqlite3_column_bytes (stmt, 4));
  layout->numbering_pattern = px_database_column_dup (stmt, 7);
  layout->preprinted = sqlite3_column_int (stmt, 8) != 0;
  layout->is_default = sqlite3_column_int (stmt, 9) != 0;

  if (json != NULL)
    {
      if (!parse_fields_document (json, layout, error))
        return NULL;
    }
  else if (wording != NULL)
    {
      /* a row made without a layout: the default's fields with the row's wording */
      for (guint i = 0; i < layout->fields->len; i++)
        {
          PxCertificateField *field = g_ptr_array_index (layout->fields, i);

          if (field->kind == PX_CERTIFICATE_FIELD_BODY)
            {
              g_free (field->text);
              field->text = g_strdup (wording);
            }
        }
    }
  return g_steal_pointer (&layout);
}

/* The layouts sql selects (LAYOUT_SELECT and an optional condition on ?1). */
static GPtrArray *
query_layouts (PxDatabase  *db,
               const char  *sql,
               const char  *value,
               GError     **error)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 px_certificate_layout_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = px_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (value != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxCertificateLayout *layout = layout_from_row (stmt, error);

      if (layout == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (layouts, layout);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&layouts);
}

GPtrArray *
px_certificate_layouts_list (PxDatabase  *db,
                             GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  return query_layouts (db, LAYOUT_SELECT "ORDER BY is_default DESC, name", NULL, error);
}

static PxCertificateLayout *
load_one (PxDatabase  *db,
          const char  *sql,
          const char  *value,
          GError     **error)
{
  g_autoptr(GPtrArray) found = query_layouts (db, sql, value, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND,
                   _("There is no certificate template “%s”."), value);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

PxCertificateLayout *
px_certificate_layout_load (PxDatabase  *db,
                            const char  *id,
                            GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return load_one (db, LAYOUT_SELECT "WHERE id = ?1", id, error);
}

PxCertificateLayout *
px_certificate_layout_load_by_name (PxDatabase  *db,
                                    const char  *name,
                                    GError     **error)
{
  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return load_one (db, LAYOUT_SELECT "WHERE name = ?1", name, error);
}

PxCertificateLayout *
px_certificate_layout_load_default (PxDatabase  *db,
                                    GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  /* the same order px_certificates_issue takes its numbering pattern in */
  found = query_layouts (db, LAYOUT_SELECT "ORDER BY is_default DESC, created_at, name LIMIT 1",
                         NULL, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    return px_certificate_layout_new_default ();
  return g_ptr_array_steal_index (found, 0);
}

/* Saving */

static char *
describe_background (GBytes *bytes)
{
  if (bytes == NULL)
    return NULL;
  /* the audit log says that the image changed, not its bytes */
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", g_bytes_get_size (bytes));
}

static gboolean
write_background (PxDatabase           *db,
                  const char           *id,
                  GBytes               *stored,
                  GBytes               *background,
                  GError              **error)
{
  g_autoptr(GString) changes = g_string_new ("{\"background\":[");
  g_autofree char *before = NULL, *after = NULL;
  sqlite3_stmt *stmt;

  if ((stored == NULL && background == NULL)
      || (stored != NULL && background != NULL && g_bytes_equal (stored, background)))
    return TRUE;

  stmt = px_database_prepare (db, "UPDATE certificate_template SET background = ?2 "
                                  "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (background != NULL)
    sqlite3_bind_blob64 (stmt, 2, g_bytes_get_data (background, NULL),
                         g_bytes_get_size (background), SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 2);
  if (!px_database_step_done (db, stmt, error))
    return FALSE;

  before = describe_background (stored);
  after = describe_background (background);
  px_json_append_string (changes, before);
  g_string_append_c (changes, ',');
  px_json_append_string (changes, after);
  g_string_append (changes, "]}");
  return px_database_audit (db, "certificate_template", id, "update", changes->str, error);
}

/* Clears is_default on every template but keep_id, each change audited. */
static gboolean
clear_other_defaults (PxDatabase  *db,
                      const char  *keep_id,
                      GError     **error)
{
  const char * const filters[] = { "is_default", "1", NULL };
  PxQuery query = { .filters = filters };
  g_autoptr(GPtrArray) defaults = px_certificate_template_list (db, &query, error);

  if (defaults == NULL)
    return FALSE;
  for (guint i = 0; i < defaults->len; i++)
    {
      PxCertificateTemplate *other = g_ptr_array_index (defaults, i);

      if (g_strcmp0 (other->base.id, keep_id) == 0)
        continue;
      other->is_default = FALSE;
      if (!px_certificate_template_update (db, other, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
any_default (PxDatabase  *db,
             const char  *except_id,
             gboolean    *found,
             GError     **error)
{
  double count = 0;

  if (!px_database_query_double (db, "SELECT count (*) FROM certificate_template "
                                     "WHERE is_default = 1 AND id IS NOT ?1",
                                 except_id, &count, error))
    return FALSE;
  *found = count > 0;
  return TRUE;
}

static gboolean
save_in_transaction (PxDatabase           *db,
                     PxCertificateLayout  *layout,
                     GError              **error)
{
  g_autoptr(PxCertificateTemplate) record = NULL;
  g_autoptr(PxCertificateLayout) stored = NULL;
  gboolean other_default = FALSE;

  if (layout->id != NULL)
    {
      stored = px_certificate_layout_load (db, layout->id, error);
      if (stored == NULL)
        return FALSE;
      record = px_certificate_template_get (db, layout->id, error);
      if (record == NULL)
        return FALSE;
    }
  else
    record = px_certificate_template_new ();

  if (!any_default (db, layout->id, &other_default, error))
    return FALSE;
  /* one template is always the default once there is any: the first saved becomes it */
  if (!other_default)
    layout->is_default = TRUE;

  g_free (record->name);
  record->name = g_strstrip (g_strdup (layout->name));
  g_free (record->page_size);
  record->page_size = _px_certificate_page_size_to_string (layout);
  g_free (record->orientation);
  record->orientation = g_strdup (layout->orientation == PX_CERTIFICATE_LANDSCAPE
                                  ? "landscape" : "portrait");
  g_free (record->layout);
  record->layout = fields_document (layout);
  g_clear_pointer (&record->wording, g_free);
  g_free (record->numbering_pattern);
  record->numbering_pattern = g_strdup (layout->numbering_pattern);
  record->preprinted = layout->preprinted;
  record->is_default = layout->is_default;

  if (layout->is_default && other_default && !clear_other_defaults (db, layout->id, error))
    return FALSE;
  if (stored != NULL ? !px_certificate_template_update (db, record, NULL, error)
                     : !px_certificate_template_insert (db, record, error))
    return FALSE;
  if (!write_background (db, record->base.id, stored != NULL ? stored->background : NULL,
                         layout->background, error))
    return FALSE;
  if (layout->id == NULL)
    layout->id = g_strdup (record->base.id);
  return TRUE;
}

gboolean
px_certificate_layout_save (PxDatabase           *db,
                            PxCertificateLayout  *layout,
                            GError              **error)
{
  gboolean had_id;
  gboolean was_default;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  if (!px_certificate_layout_validate (layout, error))
    return FALSE;

  had_id = layout->id != NULL;
  was_default = layout->is_default;
  if (!px_database_begin (db, error))
    return FALSE;
  if (!save_in_transaction (db, layout, error))
    {
      px_database_rollback (db);
      /* the caller's layout is as it was before the failed save */
      if (!had_id)
        g_clear_pointer (&layout->id, g_free);
      layout->is_default = was_default;
      return FALSE;
    }
  return px_database_commit (db, error);
}

gboolean
px_certificate_layout_delete (PxDatabase  *db,
                              const char  *id,
                              GError     **error)
{
  g_autoptr(PxCertificateLayout) layout = NULL;
  double others = 0;

  g_return_val_if_fail (PX_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  layout = px_certificate_layout_load (db, id, error);
  if (layout == NULL)
    return FALSE;
  if (!px_database_query_double (db, "SELECT count (*) FROM certificate_template WHERE id <> ?1",
                                 id, &others, error))
    return FALSE;
  if (layout->is_default && others > 0)
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_IN_USE,
                   _("The certificate template “%s” is the default. Make another template "
                     "the default before deleting it."), layout->name);
      return FALSE;
    }
  return px_certificate_template_delete (db, id, error);
}
