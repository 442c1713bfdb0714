/* px-certificate-list.c: 证书登记表, the certificates a class was issued
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-cadre.h"
#include "px-certificate-list.h"
#include "px-certificates.h"
#include "px-render-error.h"
#include "px-training-class.h"

#define TABLE_SIZE 8.5

struct _PxCertificateList
{
  PxTableDocument parent_instance;

  guint n_certificates;
};

G_DEFINE_FINAL_TYPE (PxCertificateList, px_certificate_list, PX_TYPE_TABLE_DOCUMENT)

static PxTable *
create_table (void)
{
  PxTable *table = px_table_new (TABLE_SIZE);

  /* TRANSLATORS: column heads of a class's certificate list (序号 证书编号 姓名 身份证号 学时
   * 发证日期 状态) */
  px_table_add_column (table, _("No."), 26, PX_TABLE_ALIGN_CENTER);
  px_table_add_column (table, _("Certificate number"), 96, PX_TABLE_ALIGN_START);
  px_table_add_column (table, _("Name"), 54, PX_TABLE_ALIGN_START);
  px_table_add_column (table, _("Citizen ID"), 100, PX_TABLE_ALIGN_START);
  px_table_add_column (table, _("Hours"), 34, PX_TABLE_ALIGN_END);
  px_table_add_column (table, _("Issued on"), 62, PX_TABLE_ALIGN_CENTER);
  px_table_add_flexible_column (table, _("Status"), 1, PX_TABLE_ALIGN_START);
  return table;
}

static char *
format_status (const PxCertificateInfo *info)
{
  g_autofree char *date = NULL;

  if (!info->revoked)
    /* TRANSLATORS: a certificate that stands, in a class's certificate list (有效) */
    return g_strdup (_("Valid"));
  /* revoked_at is an ISO 8601 timestamp: its day is enough on paper */
  date = g_strndup (info->revoked_at != NULL ? info->revoked_at : "", 10);
  /* TRANSLATORS: a revoked certificate in a class's certificate list: date, reason
   * (已撤销（2026-11-26）：信息有误) */
  return g_strdup_printf (_("Revoked (%s): %s"), date,
                          info->revoked_reason != NULL ? info->revoked_reason : "");
}

static void
add_certificate (PxCertificateList       *self,
                 const PxCertificateInfo *info)
{
  PxTable *table = px_table_document_get_table (PX_TABLE_DOCUMENT (self));
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *number = g_strdup_printf ("%u", ++self->n_certificates);
  g_autofree char *citizen_id = px_cadre_mask_citizen_id (info->citizen_id);
  g_autofree char *status = format_status (info);
  const char *cells[] = { number, info->number, info->name, citizen_id,
                          g_ascii_formatd (buffer, sizeof buffer, "%.4g", info->hours),
                          info->issued_on, status };
  guint row = px_table_add_row (table, cells);

  /* A revoked one stands out: it must not be mistaken for a valid one at a glance. */
  if (info->revoked)
    px_table_set_row_bold (table, row, TRUE);
}

static char *
format_details (const PxTrainingClass *training_class,
                GPtrArray             *certificates)
{
  g_autofree char *code = NULL;
  g_autofree char *count = NULL;
  guint n_revoked = 0;

  for (guint i = 0; i < certificates->len; i++)
    n_revoked += ((PxCertificateInfo *) g_ptr_array_index (certificates, i))->revoked;
  /* TRANSLATORS: the class's code in a printed document's heading */
  code = g_strdup_printf (_("Class code: %s"), training_class->code);
  /* TRANSLATORS: in a certificate list's heading: issued, of which revoked
   * (共发证 40 份，撤销 1 份) */
  count = g_strdup_printf (_("%u issued, %u revoked"), certificates->len, n_revoked);
  return g_strjoin ("    ", code, count, NULL);
}

PxCertificateList *
px_certificate_list_new (PxDatabase  *db,
                         const char  *class_id,
                         GError     **error)
{
  g_autoptr(PxCertificateList) self = NULL;
  g_autoptr(PxTrainingClass) training_class = NULL;
  g_autoptr(GPtrArray) certificates = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading_title = NULL;
  g_autofree char *heading_details = NULL;

  g_return_val_if_fail (PX_IS_DATABASE (db), NULL);
  g_return_val_if_fail (class_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  training_class = px_training_class_get (db, class_id, error);
  if (training_class == NULL)
    return NULL;
  certificates = px_certificates_list (db, training_class->code, error);
  if (certificates == NULL)
    return NULL;
  if (certificates->len == 0)
    {
      g_set_error (error, PX_RENDER_ERROR, PX_RENDER_ERROR_EMPTY,
                   _("Class %s has no certificates yet, so there is no list to print. Issue them "
                     "first (“peixun-cli certificate issue --class %s”)."),
                   training_class->code, training_class->code);
      return NULL;
    }

  self = g_object_new (PX_TYPE_CERTIFICATE_LIST, NULL);
  px_table_document_set_page (PX_TABLE_DOCUMENT (self),
                              px_page_new_for_database (PX_PAGE_PORTRAIT, db));
  px_table_document_set_table (PX_TABLE_DOCUMENT (self), create_table ());
  for (guint i = 0; i < certificates->len; i++)
    add_certificate (self, g_ptr_array_index (certificates, i));
  /* TRANSLATORS: a certificate list's heading: the class's title, then 结业证书登记表 */
  heading_title = g_strdup_printf (_("%s: Certificates Issued"), training_class->title);
  heading_details = format_details (training_class, certificates);
  px_table_document_set_heading (PX_TABLE_DOCUMENT (self), heading_title, heading_details);
  px_table_document_paginate (PX_TABLE_DOCUMENT (self));

  /* TRANSLATORS: the document's title: the class's code and title, then 证书登记表 */
  title = g_strdup_printf (_("%s %s · Certificate List"), training_class->code,
                           training_class->title);
  px_document_set_title (PX_DOCUMENT (self), title);
  return g_steal_pointer (&self);
}

const PxPage *
px_certificate_list_get_page (PxCertificateList *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_LIST (self), NULL);
  return px_table_document_get_page (PX_TABLE_DOCUMENT (self));
}

guint
px_certificate_list_get_n_certificates (PxCertificateList *self)
{
  g_return_val_if_fail (PX_IS_CERTIFICATE_LIST (self), 0);
  return self->n_certificates;
}

static void
px_certificate_list_class_init (PxCertificateListClass *klass)
{
}

static void
px_certificate_list_init (PxCertificateList *self)
{
}
