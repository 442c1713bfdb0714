/* px-test-util.c: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "px-id-number.h"
#include "px-test-util.h"

char *
px_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("peixun-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
px_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        px_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
px_test_make_id (const char *region,
                 const char *birth,
                 guint       sequence)
{
  char id[19];

  g_assert_cmpuint (strlen (region), ==, 6);
  g_assert_cmpuint (strlen (birth), ==, 8);
  g_snprintf (id, sizeof id, "%s%s%03u", region, birth, sequence % 1000);
  id[17] = px_id_number_check_char (id);
  id[18] = '\0';
  return g_strdup (id);
}

char *
px_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

int
px_test_run_cli (const char * const  *args,
                 char               **out,
                 char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  const char *cli = g_getenv ("PEIXUN_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}
