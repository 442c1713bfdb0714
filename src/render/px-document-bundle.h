/* px-document-bundle.h: one document made of others, printed one after the other as one PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-document.h"

G_BEGIN_DECLS

#define PX_TYPE_DOCUMENT_BUNDLE (px_document_bundle_get_type ())
G_DECLARE_DERIVABLE_TYPE (PxDocumentBundle, px_document_bundle, PX, DOCUMENT_BUNDLE, PxDocument)

struct _PxDocumentBundleClass
{
  PxDocumentClass parent_class;

  gpointer padding[4];
};

/* An empty bundle titled title; give it at least one part before drawing it. Its pages are
 * its parts' pages in order, each part keeping its own page size (a landscape schedule among
 * portrait tables) and drawing its own page numbers ("Page 1 of 2" of that part).
 * (transfer full) */
PxDocumentBundle *px_document_bundle_new              (const char        *title);

/* Adds part at the end, labelled label (what a table of contents calls it). */
void              px_document_bundle_append           (PxDocumentBundle  *self,
                                                       PxDocument        *part,
                                                       const char        *label);

guint             px_document_bundle_get_n_parts      (PxDocumentBundle  *self);
/* (transfer none) */
PxDocument       *px_document_bundle_get_part         (PxDocumentBundle  *self,
                                                       guint              index);
const char       *px_document_bundle_get_part_label   (PxDocumentBundle  *self,
                                                       guint              index);
/* The bundle's page (from 0) on which the part begins. */
guint             px_document_bundle_get_part_first_page (PxDocumentBundle *self,
                                                          guint             index);

/* With numbered, every page also carries its number in the whole bundle at the top right
 * ("12 / 30"), the number a table of contents refers to; off by default. */
void              px_document_bundle_set_numbered     (PxDocumentBundle  *self,
                                                       gboolean           numbered);

G_END_DECLS
