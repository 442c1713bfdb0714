/* px-table-document.c: one table under a heading, over as many pages as it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-date.h"
#include "px-table-document.h"

typedef struct
{
  PxPage *page;                /* the sheet, owned by PxDocument */
  PxTable *table;
  char *heading_title;
  char *heading_details;
} PxTableDocumentPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PxTableDocument, px_table_document, PX_TYPE_DOCUMENT)

void
px_table_document_set_page (PxTableDocument *self,
                            PxPage          *page)
{
  PxTableDocumentPrivate *priv;

  g_return_if_fail (PX_IS_TABLE_DOCUMENT (self));
  g_return_if_fail (page != NULL);

  priv = px_table_document_get_instance_private (self);
  px_document_set_page (PX_DOCUMENT (self), page);
  priv->page = page;
}

void
px_table_document_set_table (PxTableDocument *self,
                             PxTable         *table)
{
  PxTableDocumentPrivate *priv;

  g_return_if_fail (PX_IS_TABLE_DOCUMENT (self));
  g_return_if_fail (table != NULL);

  priv = px_table_document_get_instance_private (self);
  g_clear_pointer (&priv->table, px_table_free);
  priv->table = table;
}

void
px_table_document_set_heading (PxTableDocument *self,
                               const char      *title,
                               const char      *details)
{
  PxTableDocumentPrivate *priv;

  g_return_if_fail (PX_IS_TABLE_DOCUMENT (self));

  priv = px_table_document_get_instance_private (self);
  g_free (priv->heading_title);
  priv->heading_title = g_strdup (title);
  g_free (priv->heading_details);
  priv->heading_details = g_strdup (details);
}

void
px_table_document_paginate (PxTableDocument *self)
{
  PxTableDocumentPrivate *priv;
  cairo_t *cr;
  double content_height;
  double heading_height;

  g_return_if_fail (PX_IS_TABLE_DOCUMENT (self));
  priv = px_table_document_get_instance_private (self);
  g_return_if_fail (priv->page != NULL && priv->table != NULL);

  cr = px_page_create_measuring_context ();
  content_height = px_page_get_content_height (priv->page);
  heading_height = px_page_draw_heading (priv->page, cr, priv->heading_title,
                                         priv->heading_details);
  /* The heading opens the first page only; the others start with the header row. */
  px_table_paginate (priv->table, cr, px_page_get_content_width (priv->page),
                     content_height - heading_height, content_height);
  cairo_destroy (cr);
}

const PxPage *
px_table_document_get_page (PxTableDocument *self)
{
  PxTableDocumentPrivate *priv;

  g_return_val_if_fail (PX_IS_TABLE_DOCUMENT (self), NULL);
  priv = px_table_document_get_instance_private (self);
  return priv->page;
}

PxTable *
px_table_document_get_table (PxTableDocument *self)
{
  PxTableDocumentPrivate *priv;

  g_return_val_if_fail (PX_IS_TABLE_DOCUMENT (self), NULL);
  priv = px_table_document_get_instance_private (self);
  return priv->table;
}

char *
px_table_document_format_class_details (const PxTrainingClass *training_class,
                                        const char            *count)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *code = NULL;
  g_autofree char *dates = NULL;

  g_return_val_if_fail (training_class != NULL, NULL);

  start = px_date_format_chinese (training_class->start_date);
  end = px_date_format_chinese (training_class->end_date);
  /* TRANSLATORS: the class's code in a printed document's heading */
  code = g_strdup_printf (_("Class code: %s"), training_class->code);
  /* TRANSLATORS: the first and last day of a class (%s至%s) */
  dates = g_strdup_printf (_("%s to %s"), start, end);
  return g_strjoin ("    ", code, dates, count, NULL);
}

/* PxDocument */

static guint
px_table_document_get_n_pages (PxDocument *document)
{
  PxTableDocumentPrivate *priv =
    px_table_document_get_instance_private (PX_TABLE_DOCUMENT (document));

  return px_table_get_n_pages (priv->table);
}


static void
px_table_document_draw_page (PxDocument *document,
                             cairo_t    *cr,
                             guint       page_index)
{
  PxTableDocumentPrivate *priv =
    px_table_document_get_instance_private (PX_TABLE_DOCUMENT (document));
  const PxPage *page = priv->page;
  double y = page->margin_top;

  if (page_index == 0)
    y += px_page_draw_heading (page, cr, priv->heading_title, priv->heading_details);
  px_table_draw_page (priv->table, cr, page_index, page->margin_left, y);
  px_page_draw_page_number (page, cr, page_index, px_table_get_n_pages (priv->table));
}

static void
px_table_document_finalize (GObject *object)
{
  PxTableDocumentPrivate *priv =
    px_table_document_get_instance_private (PX_TABLE_DOCUMENT (object));

  g_clear_pointer (&priv->table, px_table_free);
  g_free (priv->heading_title);
  g_free (priv->heading_details);
  G_OBJECT_CLASS (px_table_document_parent_class)->finalize (object);
}

static void
px_table_document_class_init (PxTableDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_table_document_finalize;
  document_class->get_n_pages = px_table_document_get_n_pages;
  document_class->draw_page = px_table_document_draw_page;
}

static void
px_table_document_init (PxTableDocument *self)
{
}
