/* px-render-error.c: how drawing a document can fail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "px-render-error.h"

G_DEFINE_QUARK (px-render-error-quark, px_render_error)
