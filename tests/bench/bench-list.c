/* bench-list.c: what a list of 100,000 cadres costs while a registrar scrolls and searches
 *
 * On the large sample database, times what the cadre list does:
 * - scrolling: reading a page of 64 rows at a random place (the model reads one page when
 *   the view reaches rows it has not seen), 200 times; the goal is under 8 ms, half a frame;
 * - searching: the keys of the rows matching each keystroke of searches for a name, a unit,
 *   an ID number and a phone, as the search entry sends them, in the worker's read-only
 *   connection; the goal is under 100 ms, within the entry's own 150 ms wait.
 * Prints the medians; fails when one is over its goal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdlib.h>

#include "px-bench-util.h"
#include "px-cadre.h"

#define PAGE 64
#define PAGE_GOAL_MS 8.0
#define SEARCH_GOAL_MS 100.0

int
main (int    argc,
      char **argv)
{
  static const char * const searches[] = { "张", "张伟", "嘉兴", "嘉兴市教育", "3304",
                                           "330402", "139", "1390000", "科员", "王芳" };
  g_autofree char *path = px_bench_ensure_large_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDatabase) db = px_database_open (path, &error);
  g_autoptr(PxDatabase) reader = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  PxQuery by_name = { .sort = "name" };
  double pages[200], search_times[G_N_ELEMENTS (searches)];
  double page_median, search_median;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  reader = px_database_open_reader (db, &error);
  g_assert_no_error (error);
  g_assert_true (px_entity_list_keys (reader, &px_cadre_entity, &by_name, keys, NULL, &error));
  g_assert_cmpuint (keys->len, >=, 100000);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      guint first = g_rand_int_range (rand, 0, keys->len - PAGE);
      gint64 started = g_get_monotonic_time ();

      for (guint j = first; j < first + PAGE; j++)
        {
          PxCadre *cadre = px_entity_get_by_key (db, &px_cadre_entity,
                                                 g_array_index (keys, gint64, j), &error);

          g_assert_nonnull (cadre);
          px_cadre_free (cadre);
        }
      pages[i] = (g_get_monotonic_time () - started) / 1000.0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      PxQuery query = { .search = searches[i], .sort = "name" };
      gint64 started = g_get_monotonic_time ();

      g_array_set_size (keys, 0);
      g_assert_true (px_entity_list_keys (reader, &px_cadre_entity, &query, keys, NULL,
                                          &error));
      search_times[i] = (g_get_monotonic_time () - started) / 1000.0;
      g_print ("# search “%s”: %u rows in %.1f ms\n", searches[i], keys->len, search_times[i]);
    }

  page_median = px_bench_median (pages, G_N_ELEMENTS (pages));
  search_median = px_bench_median (search_times, G_N_ELEMENTS (searches));
  g_print ("cadre list of 100,000: a page of %d rows %.2f ms (median of %u, goal < %.0f ms); a "
           "search keystroke %.1f ms (median of %u, goal < %.0f ms)\n", PAGE, page_median,
           (guint) G_N_ELEMENTS (pages), PAGE_GOAL_MS, search_median,
           (guint) G_N_ELEMENTS (searches), SEARCH_GOAL_MS);
  return page_median < PAGE_GOAL_MS && search_median < SEARCH_GOAL_MS ? EXIT_SUCCESS
                                                                        : EXIT_FAILURE;
}
