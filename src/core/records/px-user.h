/* px-user.h: a person who signs in, and what they may do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-entity.h"

G_BEGIN_DECLS

typedef struct
{
  PxRecord base;
  char *login;
  char *display_name;
  char *role;  /* admin / registrar / head_teacher / site_clerk / leader */
  char *password_hash;
} PxUser;

PX_DECLARE_RECORD (PxUser, px_user)

G_END_DECLS
