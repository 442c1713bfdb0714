/* px-table-document.h: a document that is one table under a heading, e.g. a class's roster:
 * the heading opens the first page, the table runs over as many pages as it needs, its header
 * row repeated, and every page carries its number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-document.h"
#include "px-page.h"
#include "px-table.h"
#include "px-training-class.h"

G_BEGIN_DECLS

#define PX_TYPE_TABLE_DOCUMENT (px_table_document_get_type ())
G_DECLARE_DERIVABLE_TYPE (PxTableDocument, px_table_document, PX, TABLE_DOCUMENT, PxDocument)

/* A subclass only loads: its constructor gives the page, the table and the heading, then
 * paginates; the pages, their size and their drawing are this class's. */
struct _PxTableDocumentClass
{
  PxDocumentClass parent_class;

  gpointer padding[4];
};

/* For subclasses while they are made. (transfer full) */
void          px_table_document_set_page    (PxTableDocument *self,
                                             PxPage          *page);
/* (transfer full) */
void          px_table_document_set_table   (PxTableDocument *self,
                                             PxTable         *table);
/* The first page's heading (px_page_draw_heading): title, and details or NULL; copied. */
void          px_table_document_set_heading (PxTableDocument *self,
                                             const char      *title,
                                             const char      *details);
/* Splits the table into pages under the heading: call it once the page, table, heading and
 * rows are all set, and again after any of them changes. */
void          px_table_document_paginate    (PxTableDocument *self);

const PxPage *px_table_document_get_page    (PxTableDocument *self);
/* Rows are added to it before px_table_document_paginate. (transfer none) */
PxTable      *px_table_document_get_table   (PxTableDocument *self);

/* What a class's documents say under their title: "Class code: 2026-ZT-001    2026年11月23日 to
 * 2026年11月27日    count", count (e.g. "40 trainees") left out when NULL. (transfer full) */
char         *px_table_document_format_class_details (const PxTrainingClass *training_class,
                                                      const char            *count);

G_END_DECLS
