/* px-base-pane.c: 教学基地, the teaching bases and their themes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-base-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "px-base.h"
#include "px-list-pane.h"
#include "px-master-import.h"
#include "px-panes.h"

static char *
themes_text (PxListPane    *pane,
             gconstpointer  record)
{
  return px_link_describe (px_list_pane_get_database (pane), &px_base_theme_link,
                           ((const PxRecord *) record)->id);
}

static char *
capacity_text (PxListPane    *pane,
               gconstpointer  record)
{
  gint64 capacity = ((const PxBase *) record)->capacity;

  return capacity == PX_INT_UNSET ? g_strdup ("")
                                  : g_strdup_printf ("%" G_GINT64_FORMAT, capacity);
}

static const PxColumnSpec columns[] = {
  { N_("Base name"), "name", NULL, "name", 0 },
  { N_("Themes"), NULL, themes_text, NULL, 0 },
  { N_("Region"), "region", NULL, "region", 120 },
  { N_("Capacity"), NULL, capacity_text, "capacity", 70, TRUE },
  { N_("Contact"), "contact_name", NULL, "contact_name", 90 },
  { N_("Contact telephone"), "contact_phone", NULL, NULL, 120 },
};

static const PxFilterSpec filters[] = {
  { N_("All themes"), "theme", PX_FILTER_LINK, NULL, &px_base_theme_link },
  { N_("All regions"), "region", PX_FILTER_DISTINCT },
};

static const PxEditSpec edits[] = {
  { N_("Teaching Base"), "name", NULL, PX_EDIT_TEXT },
  { NULL, NULL, N_("Themes"), PX_EDIT_LINKS, NULL, &px_base_theme_link },
  { NULL, "region", NULL, PX_EDIT_TEXT },
  { NULL, "address", NULL, PX_EDIT_TEXT },
  { NULL, "capacity", NULL, PX_EDIT_TEXT },
  { N_("Contact"), "contact_name", NULL, PX_EDIT_TEXT },
  { NULL, "contact_phone", NULL, PX_EDIT_TEXT },
  { N_("Description"), "description", NULL, PX_EDIT_MULTILINE },
};

static const PxPaneSpec spec = {
  .name = "bases",
  .title = N_("Teaching Bases"),
  .icon_name = "mark-location-symbolic",
  .entity = &px_base_entity,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .edits = edits,
  .n_edits = G_N_ELEMENTS (edits),
  .search_placeholder = N_("Search by name, region or address"),
  .count_singular = N_("%u base"),
  .count_plural = N_("%u bases"),
  .empty_title = N_("No Teaching Bases Yet"),
  .empty_description = N_("Add the red-education, reform and grass-roots governance sites "
                          "where classes learn in the field, with their themes and capacity."),
  .default_sort = "name",
  .title_field = "name",
  .sheet_kind = PX_MASTER_BASES,
};

const PxPaneSpec *
px_base_pane_get_spec (void)
{
  return &spec;
}
