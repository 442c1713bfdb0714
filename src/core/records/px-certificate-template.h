/* px-certificate-template.h: how a completion certificate is laid out and worded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

/* The background image (the BLOB column background) is not part of the record: blobs
 * need their own reads and writes, left to a later change. */
typedef struct
{
  PxRecord base;
  char *name;
  char *page_size;          /* A4, A3 …; default A4 */
  char *orientation;        /* portrait / landscape */
  char *layout;
  char *wording;
  char *numbering_pattern;  /* {year}{class code}{seq:3} */
  gboolean preprinted;
  gboolean is_default;
} PxCertificateTemplate;

PX_DECLARE_RECORD (PxCertificateTemplate, px_certificate_template)

G_END_DECLS
