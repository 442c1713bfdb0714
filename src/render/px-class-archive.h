/* px-class-archive.h: 一班一档, everything a class leaves on paper, as one document to file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-database.h"
#include "px-document-bundle.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_ARCHIVE (px_class_archive_get_type ())
G_DECLARE_FINAL_TYPE (PxClassArchive, px_class_archive, PX, CLASS_ARCHIVE, PxDocumentBundle)

/* A cover page (the school, the class's title and code, its dates, head teacher and venue, and
 * the contents with the page each part begins on), then the roster (default columns), the
 * schedule, the attendance summary, the results and the certificate list, each with its own
 * page size and page numbers; every page also numbered in the whole archive at its top right,
 * as the contents count. A part with nothing to show (no trainees, no sessions, no roll-call,
 * no certificates) is left out, and the contents say so and why. NULL with
 * PX_DATABASE_ERROR_NOT_FOUND for an unknown class. (transfer full) */
PxClassArchive *px_class_archive_new            (PxDatabase      *db,
                                                 const char      *class_id,
                                                 GError         **error);

/* The parts left out for having nothing to show. */
guint           px_class_archive_get_n_omitted  (PxClassArchive  *self);

G_END_DECLS
