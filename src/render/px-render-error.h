/* px-render-error.h: how drawing a document can fail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_RENDER_ERROR (px_render_error_quark ())

typedef enum
{
  PX_RENDER_ERROR_WRITE,   /* the PDF or PNG file could not be written */
  PX_RENDER_ERROR_FAILED,
  PX_RENDER_ERROR_EMPTY,   /* nothing to print (no trainees, no sessions…); the message says
                            * what to do first, and is shown as it is by the CLI and the GUI */
} PxRenderError;

GQuark px_render_error_quark (void);

G_END_DECLS
