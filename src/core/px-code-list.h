/* px-code-list.h: the national code lists a cadre's record uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each returns the standard name for what a registrar typed (synonyms and abbreviations
 * accepted, e.g. 汉 → 汉族, 党员 → 中共党员, 正处 → 县处级正职), or NULL when the value is
 * not in the list. */
const char   *px_code_list_gender            (const char *text);
/* 民族, GB/T 3304 */
const char   *px_code_list_ethnicity         (const char *text);
/* 政治面貌, GB/T 4762 */
const char   *px_code_list_political_status  (const char *text);
/* 学历, GB/T 4658 (with the party-school degrees still written in cadre records) */
const char   *px_code_list_education         (const char *text);
/* 职务层次与职级, after the 职务与职级并行 ladder */
const char   *px_code_list_rank              (const char *text);

/* Which credit rule a rank falls under: "county_and_above" (县处级以上, 四级调研员以上) or
 * "township_and_below"; NULL when unknown. */
const char   *px_code_list_rank_group        (const char *rank);

/* The standard names, for pickers and demo data. */
const char * const *px_code_list_ethnicities        (void);
const char * const *px_code_list_political_statuses (void);
const char * const *px_code_list_educations         (void);
const char * const *px_code_list_ranks              (void);

G_END_DECLS
