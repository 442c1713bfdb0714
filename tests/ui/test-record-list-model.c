/* test-record-list-model.c: the model that pages through a table, and what it says changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "px-cadre.h"
#include "px-record-list-model.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
test_model_changes (void)
{
  g_autofree char *dir = px_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "m.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (path, &error);
  g_autofree char *unit = px_ui_test_add_cadres (db, 1, 1000);
  g_autoptr(PxRecordListModel) model = px_record_list_model_new (db, &px_cadre_entity);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(PxCadre) extra = px_cadre_new ();
  Change *c;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), changes);

  /* nothing until the first query is done; then all rows at once */
  px_record_list_model_set_sort (model, "citizen_id", FALSE);
  g_assert_true (px_record_list_model_is_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (c->position, ==, 0);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1000);

  /* rows come sorted, any page on demand */
  {
    g_autoptr(PxRecordItem) a = g_list_model_get_item (G_LIST_MODEL (model), 998);
    g_autoptr(PxRecordItem) b = g_list_model_get_item (G_LIST_MODEL (model), 999);
    const PxCadre *ca = px_record_item_get_record (a);
    const PxCadre *cb = px_record_item_get_record (b);

    g_assert_cmpint (strcmp (ca->citizen_id, cb->citizen_id), <, 0);
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 1000));
  }

  /* a row added at the end by the sort: one insertion, where it lands */
  g_array_set_size (changes, 0);
  extra->name = g_strdup ("末尾");
  extra->citizen_id = px_test_make_id ("820000", "19900101", 1);   /* sorts last */
  g_assert_true (px_cadre_insert (db, extra, &error));
  g_assert_no_error (error);
  px_record_list_model_refresh (model);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (c->position, ==, 1000);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1);

  /* a row deleted: one removal, at its place */
  g_array_set_size (changes, 0);
  g_assert_true (px_cadre_delete (db, extra->base.id, &error));
  px_record_list_model_refresh (model);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (c->position, ==, 1000);
  g_assert_cmpuint (c->removed, ==, 1);
  g_assert_cmpuint (c->added, ==, 0);

  /* a search replaces the rows; several quick searches give only the last one's rows */
  g_array_set_size (changes, 0);
  px_record_list_model_set_search (model, "139");
  px_record_list_model_set_search (model, "1390000");
  px_record_list_model_set_search (model, "13900000999");
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpuint (changes->len, ==, 1);

  /* nothing changed, nothing said */
  g_array_set_size (changes, 0);
  px_record_list_model_refresh (model);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (changes->len, ==, 0);

  /* a filter key: the unit and the units under it */
  px_record_list_model_set_search (model, NULL);
  px_record_list_model_set_filter (model, "unit_tree", unit);
  px_ui_test_wait_for_model (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);

  g_clear_object (&model);
  g_clear_object (&db);
  px_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  px_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/record-list-model/changes", test_model_changes);
  return g_test_run ();
}
