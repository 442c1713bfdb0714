/* px-cadre.c: 干部, the people every class is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-cadre"

#include "config.h"

#include <math.h>

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-code-list.h"
#include "px-date.h"
#include "px-id-number.h"
#include "px-phone.h"
#include "px-validation-error.h"

gboolean
px_cadre_check (const PxCadre  *cadre,
                GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id_birth = NULL;

  g_return_val_if_fail (cadre != NULL, FALSE);

  if (cadre->name == NULL || strspn (cadre->name, " \t\r\n") == strlen (cadre->name))
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_REQUIRED, "name",
                               _("The name is missing."));
      return FALSE;
    }
  if (!px_id_number_validate (cadre->citizen_id, &local_error))
    {
      px_validation_error_set (error, local_error->code == PX_ID_NUMBER_ERROR_EMPTY
                                        ? PX_VALIDATION_ERROR_REQUIRED
                                        : PX_VALIDATION_ERROR_INVALID,
                               "citizen_id", "%s", local_error->message);
      return FALSE;
    }

  if (cadre->gender != NULL && *cadre->gender != '\0')
    {
      const char *gender = px_code_list_gender (cadre->gender);
      const char *id_gender = px_id_number_gender (cadre->citizen_id);

      if (gender == NULL)
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "gender",
                                   _("The gender “%s” is neither 男 nor 女."), cadre->gender);
          return FALSE;
        }
      if (!g_str_equal (gender, id_gender))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "gender",
                                   _("The gender is %s but the citizen ID number %s belongs to "
                                     "a person of gender %s."), gender, cadre->citizen_id,
                                   id_gender);
          return FALSE;
        }
    }

  id_birth = px_id_number_birth_date (cadre->citizen_id);
  if (cadre->birth_date != NULL && *cadre->birth_date != '\0')
    {
      if (!px_date_is_iso (cadre->birth_date))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "birth_date",
                                   _("The birth date “%s” is not a date."), cadre->birth_date);
          return FALSE;
        }
      if (!g_str_equal (cadre->birth_date, id_birth))
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "birth_date",
                                   _("The birth date %s does not match the citizen ID number, "
                                     "which says %s."), cadre->birth_date, id_birth);
          return FALSE;
        }
    }

  if (cadre->ethnicity != NULL && *cadre->ethnicity != '\0'
      && px_code_list_ethnicity (cadre->ethnicity) == NULL)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "ethnicity",
                               _("“%s” is not an ethnic group of GB/T 3304 (e.g. 汉族, 回族)."),
                               cadre->ethnicity);
      return FALSE;
    }
  if (cadre->political_status != NULL && *cadre->political_status != '\0'
      && px_code_list_political_status (cadre->political_status) == NULL)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "political_status",
                               _("“%s” is not a political status of GB/T 4762 (e.g. 中共党员, "
                                 "群众)."), cadre->political_status);
      return FALSE;
    }

  if (cadre->phone != NULL && *cadre->phone != '\0')
    {
      g_autofree char *phone = px_phone_normalize (cadre->phone, &local_error);

      if (phone == NULL)
        {
          px_validation_error_set (error, PX_VALIDATION_ERROR_INVALID, "phone", "%s",
                                   local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_cadre (PxDatabase     *db,
                gconstpointer   record,
                GError        **error)
{
  const PxCadre *cadre = record;
  g_autofree char *other = NULL;

  if (!px_cadre_check (cadre, error))
    return FALSE;

  other = px_cadre_find_by_citizen_id (db, cadre->citizen_id, error);
  if (other != NULL && g_strcmp0 (other, cadre->base.id) != 0)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_DUPLICATE, "citizen_id",
                               _("Another cadre already has the citizen ID number %s."),
                               cadre->citizen_id);
      return FALSE;
    }
  return TRUE;
}

static const PxField cadre_fields[] = {
  PX_FIELD_DEF (PxCadre, name, "name", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Name")),
  PX_FIELD_DEF (PxCadre, gender, "gender", PX_FIELD_TEXT, 0, N_("Gender")),
  PX_FIELD_DEF (PxCadre, ethnicity, "ethnicity", PX_FIELD_TEXT, 0, N_("Ethnicity")),
  PX_FIELD_DEF (PxCadre, birth_date, "birth_date", PX_FIELD_TEXT, 0, N_("Birth date")),
  PX_FIELD_DEF (PxCadre, citizen_id, "citizen_id", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED | PX_FIELD_SEARCH | PX_FIELD_DIGITS, N_("Citizen ID number")),
  PX_FIELD_DEF (PxCadre, political_status, "political_status", PX_FIELD_TEXT, 0,
                N_("Political status")),
  PX_FIELD_DEF (PxCadre, unit_id, "unit_id", PX_FIELD_TEXT, 0, N_("Unit")),
  PX_FIELD_DEF (PxCadre, post, "post", PX_FIELD_TEXT, PX_FIELD_SEARCH, N_("Post")),
  PX_FIELD_DEF (PxCadre, rank, "rank", PX_FIELD_TEXT, 0, N_("Rank")),
  PX_FIELD_DEF (PxCadre, education, "education", PX_FIELD_TEXT, 0, N_("Education")),
  PX_FIELD_DEF (PxCadre, phone, "phone", PX_FIELD_TEXT, PX_FIELD_SEARCH | PX_FIELD_DIGITS,
                N_("Mobile phone")),
  PX_FIELD_DEF (PxCadre, note, "note", PX_FIELD_TEXT, 0, N_("Note")),
};

static const PxSortKey cadre_sort_keys[] = {
  { "unit", "(SELECT name FROM org_unit WHERE org_unit.id = cadre.unit_id)" },
  { NULL }
};

/* A unit and every unit under it: choosing 南湖区 shows the cadres of its offices too. */
static const PxSortKey cadre_filter_keys[] = {
  { "unit_tree", "unit_id IN (WITH RECURSIVE under (id) AS (SELECT ?F UNION ALL "
                 "SELECT org_unit.id FROM org_unit JOIN under ON org_unit.parent_id = under.id) "
                 "SELECT id FROM under)" },
  { NULL }
};

const PxEntity px_cadre_entity = {
  "cadre", N_("cadre"), sizeof (PxCadre),
  cadre_fields, G_N_ELEMENTS (cadre_fields),
  (GDestroyNotify) px_cadre_free, validate_cadre,
  "unit_id IN (SELECT id FROM org_unit WHERE name LIKE ?1 ESCAPE '\\')",
  NULL, cadre_sort_keys, cadre_filter_keys,
};

PX_DEFINE_RECORD (PxCadre, px_cadre)

char *
px_cadre_find_by_citizen_id (PxDatabase  *db,
                             const char  *citizen_id,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  char *id = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);

  if (citizen_id == NULL)
    return NULL;
  stmt = px_database_prepare (db, "SELECT id FROM cadre WHERE citizen_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, citizen_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return id;
}

char *
px_cadre_mask_citizen_id (const char *citizen_id)
{
  gsize len;

  if (citizen_id == NULL)
    return g_strdup ("");
  len = strlen (citizen_id);
  if (len < 10)
    return g_strdup (citizen_id);
  return g_strdup_printf ("%.6s%.*s%s", citizen_id, (int) (len - 10), "********************",
                          citizen_id + len - 4);
}

void
px_cadre_training_free (PxCadreTraining *training)
{
  if (training == NULL)
    return;
  g_free (training->class_id);
  g_free (training->code);
  g_free (training->title);
  g_free (training->start_date);
  g_free (training->end_date);
  g_free (training->status);
  g_free (training->completion);
  g_free (training);
}

GPtrArray *
px_cadre_list_training (PxDatabase  *db,
                        const char  *cadre_id,
                        GError     **error)
{
  static const char sql[] =
    "SELECT c.id, c.code, c.title, c.start_date, c.end_date, e.status, e.completion,"
    " (SELECT coalesce (sum (r.hours), 0) FROM credit_record r"
    "   WHERE r.cadre_id = e.cadre_id AND r.class_id = c.id),"
    " e.exam_score, e.paper_score,"
    " (SELECT coalesce (sum (s.hours), 0) FROM attendance a JOIN session s ON s.id = a.session_id"
    "   WHERE a.enrollment_id = e.id AND a.status IN ('present', 'late')),"
    " (SELECT coalesce (sum (s.hours), 0) FROM session s WHERE s.class_id = c.id)"
    " FROM enrollment e JOIN class c ON c.id = e.class_id"
    " WHERE e.cadre_id = ?1 ORDER BY c.start_date DESC, c.code";
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func
                                ((GDestroyNotify) px_cadre_training_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (cadre_id != NULL, NULL);

  stmt = px_database_prepare_static (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, cadre_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PxCadreTraining *training = g_new0 (PxCadreTraining, 1);

      training->class_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      training->code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      training->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      training->start_date = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      training->end_date = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      training->status = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      training->completion = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      training->credit_hours = sqlite3_column_double (stmt, 7);
      training->exam_score = sqlite3_column_type (stmt, 8) == SQLITE_NULL
                             ? NAN : sqlite3_column_double (stmt, 8);
      training->paper_score = sqlite3_column_type (stmt, 9) == SQLITE_NULL
                              ? NAN : sqlite3_column_double (stmt, 9);
      training->attended_hours = sqlite3_column_double (stmt, 10);
      training->class_hours = sqlite3_column_double (stmt, 11);
      g_ptr_array_add (list, training);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      px_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}
