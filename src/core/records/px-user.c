/* px-user.c: a person who signs in, and what they may do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-user"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-record-check-private.h"
#include "px-user.h"

static const char * const roles[] = {
  "admin", "registrar", "head_teacher", "site_clerk", "leader", NULL
};

static void
init_user (gpointer record)
{
  PxUser *user = record;

  user->role = g_strdup ("registrar");
}

static gboolean
validate_user (PxDatabase     *db,
               gconstpointer   record,
               GError        **error)
{
  const PxEntity *entity = &px_user_entity;
  const PxUser *user = record;

  return px_record_check_blank (entity, record, error)
         && px_record_check_choice (entity, record, "role", roles, error)
         && px_record_check_unique (db, entity, record, "login", NULL, error,
                                    _("Another user already has the login “%s”."), user->login);
}

static const PxField user_fields[] = {
  PX_FIELD_DEF (PxUser, login, "login", PX_FIELD_TEXT, PX_FIELD_REQUIRED | PX_FIELD_SEARCH,
                N_("Login")),
  PX_FIELD_DEF (PxUser, display_name, "display_name", PX_FIELD_TEXT, PX_FIELD_SEARCH,
                N_("Display name")),
  PX_FIELD_DEF (PxUser, role, "role", PX_FIELD_TEXT, PX_FIELD_REQUIRED, N_("Role")),
  PX_FIELD_DEF (PxUser, password_hash, "password_hash", PX_FIELD_TEXT, PX_FIELD_SECRET,
                N_("Password hash")),
};

const PxEntity px_user_entity = {
  "user", N_("user"), sizeof (PxUser),
  user_fields, G_N_ELEMENTS (user_fields),
  (GDestroyNotify) px_user_free, validate_user,
  NULL, init_user,
};

PX_DEFINE_RECORD (PxUser, px_user)
