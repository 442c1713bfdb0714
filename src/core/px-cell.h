/* px-cell.h: cleaning what spreadsheets leave in cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Trims and collapses every kind of space (U+3000, U+00A0, a BOM, zero-width spaces); NULL
 * for an empty result. */
char  *px_cell_clean_text        (const char *cell);
/* The same, and a Chinese name padded for alignment (“王  五”) loses its inner spaces. */
char  *px_cell_clean_name        (const char *cell);
/* The same line by line, for text whose line breaks mean something (简介, 备注): CR LF and CR
 * become LF, blank lines at either end go. */
char  *px_cell_clean_paragraphs  (const char *cell);

G_END_DECLS
