/* px-certificate-document.c: completion certificates as printed, one a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-certificate-document.h"
#include "px-certificate-draw-private.h"
#include "px-certificates.h"
#include "px-page.h"
#include "px-qr.h"
#include "px-render-error.h"
#include "px-training-class.h"

/* One certificate: what its fields say, worked out once when the document is made. */
typedef struct
{
  PxCertificateInfo *info;
  GStrv texts;       /* one per layout field, "" for the QR */
  char *qr_text;     /* what the QR code says; NULL when the layout has none */
  PxQr *qr;          /* encoded from qr_text by a worker; set under the document's lock */
  gboolean qr_done;
} CertificatePage;

struct _PxCertificateDocument
{
  PxDocument parent_instance;

  PxCertificateLayout *layout;
  PxCertificatePainter *painter;
  GPtrArray *pages;   /* (element-type CertificatePage) */
  /* the QR codes are encoded by workers while the first pages are drawn */
  GPtrArray *encoders;   /* (element-type GThread) */
  guint n_encoders;
  GMutex lock;
  GCond encoded;
  gboolean sample;
  double dx_mm;
  double dy_mm;
};

G_DEFINE_FINAL_TYPE (PxCertificateDocument, px_certificate_document, PX_TYPE_DOCUMENT)

static void
certificate_page_free (CertificatePage *page)
{
  px_certificate_info_free (page->info);
  g_strfreev (page->texts);
  g_free (page->qr_text);
  px_qr_free (page->qr);
  g_free (page);
}

/* GObject overrides */

static void
px_certificate_document_finalize (GObject *object)
{
  PxCertificateDocument *self = PX_CERTIFICATE_DOCUMENT (object);

  /* the workers read the pages: they finish before the pages go */
  for (guint i = 0; self->encoders != NULL && i < self->encoders->len; i++)
    g_thread_join (g_ptr_array_index (self->encoders, i));
  g_clear_pointer (&self->encoders, g_ptr_array_unref);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->encoded);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->painter, px_certificate_painter_free);
  g_clear_pointer (&self->layout, px_certificate_layout_free);
  G_OBJECT_CLASS (px_certificate_document_parent_class)->finalize (object);
}

static guint
px_certificate_document_get_n_pages (PxDocument *document)
{
  return PX_CERTIFICATE_DOCUMENT (document)->pages->len;
}

static void
px_certificate_document_get_page_size (PxDocument *document,
                                       guint       page_index,
                                       double     *width,
                                       double     *height)
{
  PxCertificateDocument *self = PX_CERTIFICATE_DOCUMENT (document);
  double width_mm, height_mm;

  px_certificate_layout_get_page_mm (self->layout, &width_mm, &height_mm);
  *width = width_mm * PX_MM;
  *height = height_mm * PX_MM;
}

/* Until the worker has encoded the page's code. */
static void
wait_for_qr (PxCertificateDocument *self,
             const CertificatePage *page)
{
  g_mutex_lock (&self->lock);
  while (!page->qr_done)
    g_cond_wait (&self->encoded, &self->lock);
  g_mutex_unlock (&self->lock);
}

static void
px_certificate_document_draw_page (PxDocument *document,
                                   cairo_t    *cr,
                                   guint       page_index)
{
  PxCertificateDocument *self = PX_CERTIFICATE_DOCUMENT (document);
  const CertificatePage *page = g_ptr_array_index (self->pages, page_index);
  /* pre-printed stock has the sheet's own print already; the editor's preview shows it */
  gboolean fields_only = self->layout->preprinted && !self->sample;

  cairo_translate (cr, self->dx_mm * PX_MM, self->dy_mm * PX_MM);
  if (!fields_only)
    px_certificate_painter_draw_sheet (self->painter, cr);

  for (guint i = 0; i < self->layout->fields->len; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (self->layout->fields, i);

      if (!field->visible || (fields_only && px_certificate_field_is_static (field)))
        continue;
      if (field->kind == PX_CERTIFICATE_FIELD_QR)
        {
          wait_for_qr (self, page);
          if (page->qr != NULL)
            px_qr_draw_stencil (page->qr, cr, field->x_mm * PX_MM, field->y_mm * PX_MM,
                                field->qr_size_mm * PX_MM);
        }
      else
        px_certificate_painter_draw_text (self->painter, cr, i, page->texts[i]);
    }
}

static void
px_certificate_document_class_init (PxCertificateDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PxDocumentClass *document_class = PX_DOCUMENT_CLASS (klass);

  object_class->finalize = px_certificate_document_finalize;
  document_class->get_n_pages = px_certificate_document_get_n_pages;
  document_class->get_page_size = px_certificate_document_get_page_size;
  document_class->draw_page = px_certificate_document_draw_page;
}

static void
px_certificate_document_init (PxCertificateDocument *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) certificate_page_free);
  g_mutex_init (&self->lock);
  g_cond_init (&self->encoded);
}

/* Loading */

static PxCertificateDocument *
document_new (PxCertificateLayout *layout)
{
  PxCertificateDocument *self = g_object_new (PX_TYPE_CERTIFICATE_DOCUMENT, NULL);

  self->layout = layout;
  self->painter = px_certificate_painter_new (layout);
  return self;
}

static gboolean
layout_has_qr (const PxCertificateLayout *layout)
{
  for (guint i = 0; i < layout->fields->len; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (layout->fields, i);

      if (field->kind == PX_CERTIFICATE_FIELD_QR && field->visible)
        return TRUE;
    }
  return FALSE;
}

/* Takes info; qr_text NULL makes the signed payload. The QR code itself is made by
 * start_encoding. */
static gboolean
add_page (PxCertificateDocument       *self,
          PxDatabase                  *db,
          PxCertificateInfo           *info,
          const PxCertificateContext  *context,
          const char                  *qr_text,
          GError                     **error)
{
  CertificatePage *page = g_new0 (CertificatePage, 1);
  guint n_fields = self->layout->fields->len;

  page->info = info;
  g_ptr_array_add (self->pages, page);
  page->texts = g_new0 (char *, n_fields + 1);
  for (guint i = 0; i < n_fields; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (self->layout->fields, i);

      if (field->kind != PX_CERTIFICATE_FIELD_QR)
        page->texts[i] = px_certificate_field_expand (field, info, context);
      else
        page->texts[i] = g_strdup ("");
    }

  if (layout_has_qr (self->layout))
    {
      page->qr_text = qr_text != NULL ? g_strdup (qr_text)
                                      : px_certificates_make_payload (db, info, error);
      if (page->qr_text == NULL)
        return FALSE;
    }
  return TRUE;
}

/* QR codes */

typedef struct
{
  PxCertificateDocument *self;
  guint first;
} EncoderStart;

/* Every n_encoders-th page from start->first (taken), in order, so that the pages come
 * ready in the order they are drawn. */
static gpointer
encode_pages (gpointer data)
{
  EncoderStart *start = data;
  PxCertificateDocument *self = start->self;
  guint first = start->first;

  g_free (start);
  for (guint i = first; i < self->pages->len; i += self->n_encoders)
    {
      CertificatePage *page = g_ptr_array_index (self->pages, i);
      g_autoptr(GError) error = NULL;
      PxQr *qr = NULL;

      if (page->qr_text != NULL)
        {
          qr = px_qr_new (page->qr_text, &error);
          /* start_encoding checked every length: only a broken library gets here */
          if (qr == NULL)
            g_warning ("The QR code of certificate %s could not be made: %s",
                       page->info->number, error->message);
        }
      g_mutex_lock (&self->lock);
      page->qr = qr;
      page->qr_done = TRUE;
      g_cond_broadcast (&self->encoded);
      g_mutex_unlock (&self->lock);
    }
  return NULL;
}

/* Encoding a code picks the best of eight masks, about 1.5 ms for a payload, longer than
 * drawing its page: for a thousand certificates, a worker per processor encodes while the
 * pages already encoded are drawn. The lengths are checked first, so that a text no code
 * holds is refused now rather than left off a page. */
static gboolean
start_encoding (PxCertificateDocument  *self,
                GError                **error)
{
  for (guint i = 0; i < self->pages->len; i++)
    {
      CertificatePage *page = g_ptr_array_index (self->pages, i);

      if (page->qr_text != NULL && strlen (page->qr_text) > PX_QR_MAX_BYTES)
        {
          g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_FAILED,
                       _("The QR code of certificate %s would hold %zu bytes, more than a "
                         "code holds (%d); shorten the class title."), page->info->number,
                       strlen (page->qr_text), PX_QR_MAX_BYTES);
          return FALSE;
        }
    }
  self->n_encoders = self->pages->len < 8 ? 1 : CLAMP (g_get_num_processors (), 1, 4);
  self->encoders = g_ptr_array_new ();
  for (guint i = 0; i < self->n_encoders; i++)
    {
      EncoderStart *start = g_new (EncoderStart, 1);

      start->self = self;
      start->first = i;
      if (self->pages->len < 8)
        encode_pages (start);
      else
        g_ptr_array_add (self->encoders, g_thread_new ("px-certificate-qr", encode_pages,
                                                       start));
    }
  return TRUE;
}

/* The class's dates, looked up once per class. */
typedef struct
{
  char *start_date;
  char *end_date;
} ClassDates;

static void
class_dates_free (ClassDates *dates)
{
  g_free (dates->start_date);
  g_free (dates->end_date);
  g_free (dates);
}

static const ClassDates *
lookup_class_dates (PxDatabase  *db,
                    GHashTable  *cache,
                    const char  *class_id,
                    GError     **error)
{
  g_autoptr(PxTrainingClass) training_class = NULL;
  ClassDates *dates = g_hash_table_lookup (cache, class_id);

  if (dates != NULL)
    return dates;
  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  dates = g_new0 (ClassDates, 1);
  dates->start_date = g_strdup (training_class->start_date);
  dates->end_date = g_strdup (training_class->end_date);
  g_hash_table_insert (cache, g_strdup (class_id), dates);
  return dates;
}

/* Adds the certificates (taking them from infos) with their class's dates and the school. */
static gboolean
add_certificates (PxCertificateDocument  *self,
                  PxDatabase             *db,
                  GPtrArray              *infos,
                  GError                **error)
{
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) class_dates_free);
  g_autofree char *school = px_page_get_school_name (db);

  for (guint i = 0; i < infos->len; i++)
    {
      PxCertificateInfo *info = g_ptr_array_index (infos, i);
      const ClassDates *dates = lookup_class_dates (db, cache, info->class_id, error);
      PxCertificateContext context = { school, NULL, NULL };

      if (dates == NULL)
        return FALSE;
      context.start_date = dates->start_date;
      context.end_date = dates->end_date;
      g_ptr_array_index (infos, i) = NULL;
      if (!add_page (self, db, info, &context, NULL, error))
        return FALSE;
    }
  return start_encoding (self, error);
}

static PxCertificateLayout *
load_layout (PxDatabase  *db,
             const char  *template_id,
             GError     **error)
{
  g_autoptr(PxCertificateLayout) layout = NULL;

  layout = template_id != NULL ? px_certificate_layout_load (db, template_id, error)
                               : px_certificate_layout_load_default (db, error);
  if (layout == NULL || !px_certificate_layout_validate (layout, error))
    return NULL;
  return g_steal_pointer (&layout);
}

PxCertificateDocument *
px_certificate_document_new_for_class (PxDatabase  *db,
                                       const char  *class_id,
                                       const char  *template_id,
                                       GError     **error)
{
  g_autoptr(PxCertificateDocument) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) valid = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  layout = load_layout (db, template_id, error);
  if (layout == NULL)
    return NULL;
  all = px_certificates_list (db, training_class->code, error);
  if (all == NULL)
    return NULL;

  valid = g_ptr_array_new_with_free_func ((GDestroyNotify) px_certificate_info_free);
  for (guint i = 0; i < all->len; i++)
    {
      PxCertificateInfo *info = g_ptr_array_index (all, i);

      if (!info->revoked)
        g_ptr_array_add (valid, g_steal_pointer (&g_ptr_array_index (all, i)));
    }
  if (valid->len == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no certificates to print. Record who completed the class, "
                     "then issue their certificates (“peixun-cli certificate issue --class "
                     "%s”)."), training_class->code, training_class->code);
      return NULL;
    }

  self = document_new (g_steal_pointer (&layout));
  if (!add_certificates (self, db, valid, error))
    return NULL;
  /* TRANSLATORS: a document's title: the class's code and title */
  title = g_strdup_printf (_("%s %s · Certificates"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

PxCertificateDocument *
px_certificate_document_new_for_numbers (PxDatabase          *db,
                                         const char * const  *numbers,
                                         const char          *template_id,
                                         GError             **error)
{
  g_autoptr(PxCertificateDocument) self = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (numbers == NULL || numbers[0] == NULL)
    {
      g_set_error_literal (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                           _("Name the certificates to reprint by their numbers."));
      return NULL;
    }
  layout = load_layout (db, template_id, error);
  if (layout == NULL)
    return NULL;

  infos = g_ptr_array_new_with_free_func ((GDestroyNotify) px_certificate_info_free);
  for (guint i = 0; numbers[i] != NULL; i++)
    {
      PxCertificateInfo *info = px_certificates_find (db, numbers[i], error);

      if (info == NULL)
        return NULL;
      g_ptr_array_add (infos, info);
      if (info->revoked)
        {
          g_autofree char *day = g_strndup (info->revoked_at != NULL ? info->revoked_at : "",
                                            10);

          g_set_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_REVOKED,
                       /* TRANSLATORS: the number, the name, the date, the reason */
                       _("Certificate %s of %s was revoked on %s (%s) and is not printed "
                         "again."), info->number, info->name, day,
                       info->revoked_reason != NULL ? info->revoked_reason : "");
          return NULL;
        }
    }

  self = document_new (g_steal_pointer (&layout));
  if (!add_certificates (self, db, infos, error))
    return NULL;
  title = infos->len == 1
          /* TRANSLATORS: a document's title: one certificate's number */
          ? g_strdup_printf (_("Certificate %s"), numbers[0])
          /* TRANSLATORS: a document's title: the first and last certificate numbers */
          : g_strdup_printf (_("Certificates %s–%s"), numbers[0], numbers[infos->len - 1]);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

PxCertificateDocument *
px_certificate_document_new_sample (PxDatabase          *db,
                                    PxCertificateLayout *layout)
{
  g_autoptr(PxCertificateDocument) self = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -4);
  g_autofree char *school = NULL;
  g_autofree char *start_date = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *end_date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *qr_text = NULL;
  g_autofree char *title = NULL;
  PxCertificateInfo *info;
  PxCertificateContext context;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (layout != NULL, NULL);

  school = px_page_get_school_name (db);
  info = g_new0 (PxCertificateInfo, 1);
  /* TRANSLATORS: the sample trainee on a certificate template's preview: a common name */
  info->name = g_strdup (_("Li Hua"));
  /* TRANSLATORS: the sample class on a certificate template's preview */
  info->class_title = g_strdup (_("Training Class on Rural Revitalisation"));
  info->class_code = g_strdup ("2026-ZT-001");
  info->hours = 40;
  info->issued_on = g_strdup (end_date);
  info->verification_code = g_strdup ("K7M3Q9TX");
  info->number = px_certificate_format_number (layout->numbering_pattern != NULL
                                               ? layout->numbering_pattern : "",
                                               g_date_time_get_year (now), info->class_code,
                                               1, NULL);
  if (info->number == NULL)
    info->number = px_certificate_format_number (PX_CERTIFICATE_DEFAULT_PATTERN,
                                                 g_date_time_get_year (now), info->class_code,
                                                 1, NULL);
  context.school_name = school;
  context.start_date = start_date;
  context.end_date = end_date;
  /* TRANSLATORS: what the QR code of a template's preview says when scanned */
  qr_text = g_strdup_printf (_("Sample, not a certificate: %s"), info->number);

  self = document_new (px_certificate_layout_copy (layout));
  self->sample = TRUE;
  /* a sample's text is short enough for any QR code, and signs nothing: this cannot fail */
  add_page (self, db, info, &context, qr_text, NULL);
  start_encoding (self, NULL);
  /* TRANSLATORS: a document's title: the template's name */
  title = g_strdup_printf (_("Certificate sample · %s"), layout->name != NULL ? layout->name : "");
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

void
px_certificate_document_set_offset (PxCertificateDocument *doc,
                                    double                 dx_mm,
                                    double                 dy_mm)
{
  g_return_if_fail (PX_IS_CERTIFICATE_DOCUMENT (doc));

  doc->dx_mm = dx_mm;
  doc->dy_mm = dy_mm;
}

const PxCertificateLayout *
px_certificate_document_get_layout (PxCertificateDocument *doc)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_DOCUMENT (doc), NULL);
  return doc->layout;
}

const PxCertificateInfo *
px_certificate_document_get_info (PxCertificateDocument *doc,
                                  guint                  page_index)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_DOCUMENT (doc), NULL);
  g_return_val_if_fail (page_index < doc->pages->len, NULL);

  return ((CertificatePage *) g_ptr_array_index (doc->pages, page_index))->info;
}
