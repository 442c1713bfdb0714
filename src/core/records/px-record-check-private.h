/* px-record-check-private.h: the rules many record types share, for their validate functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

/* Each checks one field of record, named by its column in entity's field table, and when the
 * value breaks the rule sets a PX_VALIDATION_ERROR about that column, whose message names the
 * field by its label, and returns FALSE. An empty value (NULL text, an unset number) passes:
 * PX_FIELD_REQUIRED, which the engine checks first, is what makes a field mandatory. */

/* Required text fields that hold nothing but blanks (the engine has refused the empty ones). */
gboolean  px_record_check_blank       (const PxEntity      *entity,
                                       gconstpointer        record,
                                       GError             **error);
/* allowed: NULL-terminated; the message lists them. */
gboolean  px_record_check_choice      (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       const char * const  *allowed,
                                       GError             **error);
/* A key of px_teaching_methods (). */
gboolean  px_record_check_method      (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       GError             **error);
/* YYYY-MM-DD, a day that exists. */
gboolean  px_record_check_date        (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       GError             **error);
/* YYYY-MM-DD, or an ISO 8601 date and time (2026-11-25T15:33:00Z). */
gboolean  px_record_check_timestamp   (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       GError             **error);
/* HH:MM on the 24-hour clock, zero-padded so that times sort as text. */
gboolean  px_record_check_time        (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       GError             **error);
/* last is not before first (dates), or after it when strict (times); both valid already. The
 * error is about last. */
gboolean  px_record_check_order       (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *first,
                                       const char          *last,
                                       gboolean             strict,
                                       GError             **error);
/* An INT or REAL field within min..max; max may be INFINITY. */
gboolean  px_record_check_range       (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       double               min,
                                       double               max,
                                       GError             **error);
gboolean  px_record_check_phone       (const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       GError             **error);
/* The id in column is a row of target. */
gboolean  px_record_check_reference   (PxDatabase          *db,
                                       const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       const PxEntity      *target,
                                       GError             **error);
/* No other row of entity's table has the same value in column (and in other_column, when not
 * NULL: a two-column UNIQUE). The DUPLICATE error is about column, with the message given. */
gboolean  px_record_check_unique      (PxDatabase          *db,
                                       const PxEntity      *entity,
                                       gconstpointer        record,
                                       const char          *column,
                                       const char          *other_column,
                                       GError             **error,
                                       const char          *format,
                                       ...) G_GNUC_PRINTF (7, 8);

G_END_DECLS
