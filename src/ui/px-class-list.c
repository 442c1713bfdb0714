/* px-class-list.c: 班次, the classes a school runs, as a list with the class's form beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list and its form are a PxListPane like every other; what a class holds beyond its own
 * fields (trainees, timetable, attendance, results) is on the class page, which the form's
 * "Open Class" and the list's row activation lead to (PxClassPane).
 */

#define G_LOG_DOMAIN "px-class-list"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "px-class-summary.h"
#include "px-enrollment.h"
#include "px-format.h"
#include "px-list-pane.h"
#include "px-panes.h"
#include "px-session.h"
#include "px-training-class.h"
#include "px-validation-error.h"

static const PxChoice statuses[] = {
  { "planning", N_("Planning") },
  { "enrolling", N_("Enrolling") },
  { "running", N_("Running") },
  { "finished", N_("Finished") },
  { "archived", N_("Archived") },
  { NULL }
};

const char *
px_class_list_status_label (const char *status)
{
  for (const PxChoice *c = statuses; c->key != NULL; c++)
    if (g_strcmp0 (c->key, status) == 0)
      return _(c->label);
  return status != NULL ? status : "";
}

static char *
status_text (PxListPane    *pane,
             gconstpointer  record)
{
  return g_strdup (px_class_list_status_label (((const PxTrainingClass *) record)->status));
}

/* "45 / 50": trainees enrolled against the places. One indexed count per row shown. */
static char *
trainees_text (PxListPane    *pane,
               gconstpointer  record)
{
  const PxTrainingClass *training_class = record;
  PxDatabase *db = px_list_pane_get_database (pane);
  sqlite3_stmt *stmt = px_database_prepare_static (db,
    "SELECT count(*) FROM enrollment WHERE class_id = ?1 AND status = 'enrolled'", NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_text (stmt, 1, training_class->base.id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (training_class->capacity == PX_INT_UNSET)
    return g_strdup_printf ("%" G_GINT64_FORMAT, n);
  return g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, n,
                          training_class->capacity);
}

/* A class that ran has attendance, choices and leave that Undo could not bring back. */
static gboolean
check_delete (PxDatabase  *db,
              const char  *class_id,
              GError     **error)
{
  sqlite3_stmt *stmt = px_database_prepare (db,
    "SELECT EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = ?1 "
    "  AND (e.completion <> 'pending' OR e.exam_score IS NOT NULL "
    "       OR e.paper_score IS NOT NULL "
    "       OR EXISTS (SELECT 1 FROM attendance a WHERE a.enrollment_id = e.id) "
    "       OR EXISTS (SELECT 1 FROM leave_request l WHERE l.enrollment_id = e.id) "
    "       OR EXISTS (SELECT 1 FROM elective_choice x WHERE x.enrollment_id = e.id)))", error);
  gboolean has_records;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, class_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  has_records = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      px_database_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (has_records)
    {
      px_validation_error_set (error, PX_VALIDATION_ERROR_INCONSISTENT, "status",
                               _("This class has attendance or results on record, which "
                                 "deleting would lose. Set its status to Archived instead."));
      return FALSE;
    }
  return TRUE;
}

/* What the class holds, and the way to it: the class page. */
static void
add_summary (PxListPane    *pane,
             GtkWidget     *box,
             gconstpointer  record)
{
  const PxTrainingClass *training_class = record;
  g_autoptr(PxClassSummary) summary = px_class_summary_get (px_list_pane_get_database (pane),
                                                            training_class->base.id, NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *open_button = gtk_button_new_with_mnemonic (_("_Open Class"));
  GtkWidget *copy_button = gtk_button_new_with_mnemonic (_("_Copy Class…"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Class"));
  if (summary != NULL)
    {
      g_autofree char *hours = px_format_hours (summary->hours);
      g_autofree char *trainees = NULL;
      g_autofree char *timetable = NULL;
      GtkWidget *row;

      trainees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainee, %u completed",
                                               "%u trainees, %u completed",
                                               summary->n_enrolled),
                                  summary->n_enrolled, summary->n_completed);
      timetable = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, %s hours",
                                                "%u sessions, %s hours", summary->n_sessions),
                                   summary->n_sessions, hours);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Trainees"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), trainees);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Timetable"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), timetable);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      if (summary->conflicts->len > 0)
        {
          g_autofree char *conflicts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                     "%u conflict to resolve",
                                                                     "%u conflicts to resolve",
                                                                     summary->conflicts->len),
                                                        summary->conflicts->len);
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), conflicts);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       ((PxClassConflict *) g_ptr_array_index (summary->conflicts,
                                                                                0))->message);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          gtk_widget_add_css_class (row, "warning");
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
    }

  gtk_actionable_set_action_name (GTK_ACTIONABLE (open_button), "classes.open");
  gtk_widget_add_css_class (open_button, "suggested-action");
  gtk_widget_add_css_class (open_button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy_button), "classes.copy");
  gtk_widget_add_css_class (copy_button, "pill");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), open_button);
  gtk_box_append (GTK_BOX (buttons), copy_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), buttons);
  gtk_box_append (GTK_BOX (box), group);
}

static const PxColumnSpec columns[] = {
  { N_("Code"), "code", NULL, "code", 110 },
  { N_("Title"), "title", NULL, "title", 0 },
  { N_("Class type"), "class_type", NULL, "class_type", 100 },
  { N_("Start"), "start_date", NULL, "start_date", 100 },
  { N_("End"), "end_date", NULL, "end_date", 100 },
  { N_("Status"), NULL, status_text, "status", 80 },
  { N_("Trainees"), NULL, trainees_text, NULL, 80, TRUE },
};

static const PxFilterSpec filters[] = {
  { N_("All years"), "year", PX_FILTER_DISTINCT },
  { N_("All statuses"), "status", PX_FILTER_CHOICES, statuses },
  { N_("All class types"), "class_type", PX_FILTER_DISTINCT },
};

static const PxEditSpec edits[] = {
  { N_("Class"), "code", NULL, PX_EDIT_TEXT },
  { NULL, "title", NULL, PX_EDIT_TEXT },
  { NULL, "class_type", NULL, PX_EDIT_TEXT },
  { NULL, "status", NULL, PX_EDIT_CHOICE, statuses },
  { N_("When and Where"), "start_date", NULL, PX_EDIT_TEXT },
  { NULL, "end_date", NULL, PX_EDIT_TEXT },
  { NULL, "venue", NULL, PX_EDIT_TEXT },
  { NULL, "head_teacher", NULL, PX_EDIT_TEXT },
  { N_("Places and Hours"), "capacity", NULL, PX_EDIT_TEXT },
  { NULL, "required_hours", NULL, PX_EDIT_TEXT },
  { NULL, "credit_hours", NULL, PX_EDIT_TEXT },
  { N_("Rules"), "max_lecture_share", N_("Maximum lecture share (0–1)"), PX_EDIT_TEXT },
  { NULL, "attendance_threshold", N_("Attendance needed to complete (0–1)"), PX_EDIT_TEXT },
  { NULL, "pass_score", NULL, PX_EDIT_TEXT },
  { NULL, "note", NULL, PX_EDIT_MULTILINE },
};

/* A class's trainees and sessions go with it; Undo brings them back. */
static const PxChildSpec children[] = {
  { &px_enrollment_entity, "class_id" },
  { &px_session_entity, "class_id" },
  { NULL }
};

static const PxPaneSpec spec = {
  .name = "classes",
  .title = N_("Classes"),
  .icon_name = "view-grid-symbolic",
  .entity = &px_training_class_entity,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .edits = edits,
  .n_edits = G_N_ELEMENTS (edits),
  .search_placeholder = N_("Search by code, title, venue or head teacher"),
  .count_singular = N_("%u class"),
  .count_plural = N_("%u classes"),
  .empty_title = N_("No Classes Yet"),
  .empty_description = N_("Make a class from an item of the training plan, or add one with "
                          "its dates and places."),
  .default_sort = "start_date",
  .default_descending = TRUE,
  .title_field = "title",
  .sheet_kind = -1,
  .children = children,
  .check_delete = check_delete,
  .add_details = add_summary,
  .details_first = TRUE,
};

const PxPaneSpec *
px_class_list_get_spec (void)
{
  return &spec;
}
