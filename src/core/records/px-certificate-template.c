/* px-certificate-template.c: how a completion certificate is laid out and worded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-certificate-template.h"
#include "px-record-check-private.h"

static const char * const orientations[] = { "portrait", "landscape", NULL };

static void
init_certificate_template (gpointer record)
{
  PxCertificateTemplate *certificate_template = record;

  certificate_template->page_size = g_strdup ("A4");
  certificate_template->orientation = g_strdup ("landscape");
  certificate_template->numbering_pattern = g_strdup ("{year}{class code}{seq:3}");
}

static gboolean
validate_certificate_template (PxDatabase     *db,
                               gconstpointer   record,
                               GError        **error)
{
  const PxEntity *entity = &px_certificate_template_entity;
  const PxCertificateTemplate *template = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "orientation", orientations, error)
         && px_record_check_unique (db, entity, record, "name", NULL, error,
                                    _("There is already a certificate template named “%s”."),
                                    template->name);
}

static const PxField certificate_template_fields[] = {
  PX_FIELD_DEF (PxCertificateTemplate, name, "name", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED | PX_FIELD_SEARCH, N_("Name")),
  PX_FIELD_DEF (PxCertificateTemplate, page_size, "page_size", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Page size")),
  PX_FIELD_DEF (PxCertificateTemplate, orientation, "orientation", PX_FIELD_TEXT, PX_FIELD_REQUIRED,
                N_("Orientation")),
  PX_FIELD_DEF (PxCertificateTemplate, layout, "layout", PX_FIELD_TEXT, 0, N_("Layout")),
  PX_FIELD_DEF (PxCertificateTemplate, wording, "wording", PX_FIELD_TEXT, 0, N_("Wording")),
  PX_FIELD_DEF (PxCertificateTemplate, numbering_pattern, "numbering_pattern", PX_FIELD_TEXT,
                PX_FIELD_REQUIRED, N_("Numbering pattern")),
  PX_FIELD_DEF (PxCertificateTemplate, preprinted, "preprinted", PX_FIELD_BOOL, 0,
                N_("Preprinted paper")),
  PX_FIELD_DEF (PxCertificateTemplate, is_default, "is_default", PX_FIELD_BOOL, 0,
                N_("Default template")),
  /* background BLOB: not mapped, see the header */
};

const PxEntity px_certificate_template_entity = {
  "certificate_template", N_("certificate template"), sizeof (PxCertificateTemplate),
  certificate_template_fields, G_N_ELEMENTS (certificate_template_fields),
  (GDestroyNotify) px_certificate_template_free, validate_certificate_template,
  NULL, init_certificate_template,
};

PX_DEFINE_RECORD (PxCertificateTemplate, px_certificate_template)
