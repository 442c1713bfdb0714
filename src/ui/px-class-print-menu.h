/* px-class-print-menu.h: the Print menu of a class page: each of the class's documents,
 * previewed in a window from which it prints or becomes a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "px-database.h"

G_BEGIN_DECLS

#define PX_TYPE_CLASS_PRINT_MENU (px_class_print_menu_get_type ())

G_DECLARE_FINAL_TYPE (PxClassPrintMenu, px_class_print_menu, PX, CLASS_PRINT_MENU, AdwBin)

/* A menu button; its items activate "print.document" with a kind's name. */
PxClassPrintMenu   *px_class_print_menu_new       (PxDatabase       *db);
void                px_class_print_menu_set_class (PxClassPrintMenu *self,
                                                   const char       *class_id);
void                px_class_print_menu_popup     (PxClassPrintMenu *self);

/* The documents the menu offers, in its order: schedule, roster, signin, cards, groups,
 * evaluation, certificates, archive (those that are drawn in this build). */
const char * const *px_class_print_menu_get_kinds (void);

/* What an item does: makes the class's document of that kind in a worker thread with its own
 * database connection, then opens it in a PxDocumentWindow (with the kind's options above the
 * page: the roster's columns, the sign-in sheets' and evaluation forms' day); when there is
 * nothing to print, a toast says what to do first. Certificates first get numbers for the
 * trainees who completed the class and have none, and a toast says how many were issued. */
void                px_class_print_menu_print     (PxClassPrintMenu *self,
                                                   const char       *kind);

/* Whether a document is being made. */
gboolean            px_class_print_menu_get_busy  (PxClassPrintMenu *self);

G_END_DECLS
