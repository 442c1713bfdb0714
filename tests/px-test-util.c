/* px-test-util.c: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "px-base.h"
#include "px-id-number.h"
#include "px-teacher.h"
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

char *
px_test_make_roster (guint first,
                     guint n)
{
  GString *out = g_string_new ("姓名,性别,民族,出生日期,身份证号,政治面貌,工作单位,职务,职级,学历,"
                               "手机号\n");
  static const char *surnames[] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
  static const char *given[] = { "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇",
                                 "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "海燕" };

  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(GDate) birth = g_date_new_dmy (1, 1, 1960);
      char ymd[9];
      g_autofree char *id = NULL;

      g_date_add_days (birth, i % 12000);
      g_snprintf (ymd, sizeof ymd, "%04d%02d%02d", g_date_get_year (birth),
                  g_date_get_month (birth), g_date_get_day (birth));
      id = px_test_make_id ("330106", ymd, i / 12000);
      g_string_append_printf (out, "%s%s,%s,汉族,%.4s-%.2s-%.2s,%s,中共党员,某某县第%u局,科员,"
                              "一级科员,大学本科,139%08u\n",
                              surnames[i % G_N_ELEMENTS (surnames)],
                              given[(i / 10) % G_N_ELEMENTS (given)],
                              (id[16] - '0') % 2 ? "男" : "女", ymd, ymd + 4, ymd + 6, id,
                              i % 37, i);
    }
  return g_string_free (out, FALSE);
}

int
px_test_run_cli_on (const char  *db,
                    char       **out,
                    char       **err,
                    const char  *first,
                    ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, (gpointer) db);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return px_test_run_cli ((const char * const *) args->pdata, out, err);
}

char *
px_test_add_teacher (PxDatabase *db,
                     const char *name)
{
  g_autoptr(PxTeacher) teacher = px_teacher_new ();
  g_autoptr(GError) error = NULL;

  teacher->name = g_strdup (name);
  px_teacher_insert (db, teacher, &error);
  g_assert_no_error (error);
  return g_strdup (teacher->base.id);
}

char *
px_test_add_base (PxDatabase *db,
                  const char *name)
{
  g_autoptr(PxBase) base = px_base_new ();
  g_autoptr(GError) error = NULL;

  base->name = g_strdup (name);
  px_base_insert (db, base, &error);
  g_assert_no_error (error);
  return g_strdup (base->base.id);
}
