/* px-render-test-util.c: what the render tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-class-summary.h"
#include "px-class-timetable.h"
#include "px-render-test-util.h"
#include "px-test-util.h"

void
px_render_test_school_open (PxRenderTestSchool *school,
                            const char         *school_name)
{
  g_autoptr(GError) error = NULL;

  school->dir = px_test_make_dir ();
  school->path = g_build_filename (school->dir, "school.db", NULL);
  school->db = px_database_open (school->path, &error);
  g_assert_no_error (error);
  px_database_set_setting (school->db, "school_name", school_name, &error);
  g_assert_no_error (error);
}

void
px_render_test_school_close (PxRenderTestSchool *school)
{
  g_clear_object (&school->db);
  px_test_remove_dir (school->dir);
  g_clear_pointer (&school->dir, g_free);
  g_clear_pointer (&school->path, g_free);
}

PxTrainingClass *
px_render_test_class_new (const char *code,
                          const char *title,
                          const char *start,
                          const char *end,
                          const char *venue)
{
  PxTrainingClass *c = px_training_class_new ();

  c->code = g_strdup (code);
  c->title = g_strdup (title);
  c->start_date = g_strdup (start);
  c->end_date = g_strdup (end);
  c->venue = g_strdup (venue);
  c->head_teacher = g_strdup ("毛文雪");
  c->capacity = 40;
  c->required_hours = 30;
  c->credit_hours = NAN;
  c->max_lecture_share = 0.5;
  return c;
}

char *
px_render_test_add_class (PxDatabase      *db,
                          PxTrainingClass *training_class)
{
  g_autoptr(GError) error = NULL;

  px_class_create (db, training_class, &error);
  g_assert_no_error (error);
  return g_strdup (training_class->base.id);
}

PxSession *
px_render_test_session_new (const char *class_id,
                            const char *date,
                            const char *slot,
                            const char *start,
                            const char *end)
{
  PxSession *s = px_session_new ();

  s->class_id = g_strdup (class_id);
  s->date = g_strdup (date);
  s->slot = g_strdup (slot);
  s->start_time = g_strdup (start);
  s->end_time = g_strdup (end);
  s->hours = 3;
  s->room = g_strdup ("第二教室");
  return s;
}

char *
px_render_test_add_session (PxDatabase *db,
                            PxSession  *session)
{
  g_autoptr(GError) error = NULL;

  px_class_timetable_insert (db, session, &error);
  g_assert_no_error (error);
  return g_strdup (session->base.id);
}

gboolean
px_render_test_use_chinese (void)
{
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    return FALSE;
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PEIXUN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}

void
px_render_test_reset_locale (void)
{
  setlocale (LC_ALL, "C.UTF-8");
}

char *
px_render_test_run_tool (const char *first,
                         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *arg;
  va_list args;

  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

char *
px_render_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

gboolean
px_render_test_has_text (const char *squeezed,
                         const char *needle)
{
  g_autofree char *squeezed_needle = px_render_test_squeeze (needle);

  return strstr (squeezed, squeezed_needle) != NULL;
}

void
px_render_test_assert_has (const char *squeezed,
                           const char *needle)
{
  if (!px_render_test_has_text (squeezed, needle))
    g_error ("“%s” is missing from the text:\n%s", needle, squeezed);
}

void
px_render_test_assert_lacks (const char *squeezed,
                             const char *needle)
{
  if (px_render_test_has_text (squeezed, needle))
    g_error ("“%s” should not be in the text:\n%s", needle, squeezed);
}

char *
px_render_test_pdf_text (const char *pdf,
                         guint       page)
{
  g_autofree char *raw = NULL;

  if (page == 0)
    raw = px_render_test_run_tool ("pdftotext", "-raw", pdf, "-", NULL);
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", page);

      raw = px_render_test_run_tool ("pdftotext", "-raw", "-f", number, "-l", number, pdf, "-",
                                     NULL);
    }
  return px_render_test_squeeze (raw);
}

guint
px_render_test_pdf_n_pages (const char *pdf)
{
  g_autofree char *info = px_render_test_run_tool ("pdfinfo", pdf, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

void
px_render_test_assert_a4 (const char *pdf,
                          gboolean    landscape)
{
  /* with a page range, pdfinfo gives every page's size */
  g_autofree char *info = px_render_test_run_tool ("pdfinfo", "-f", "1", "-l", "1000", pdf,
                                                   NULL);
  const char *size = landscape ? "841.89 x 595.276 pts (A4)" : "595.276 x 841.89 pts (A4)";
  const char *other = landscape ? "595.276 x 841.89 pts" : "841.89 x 595.276 pts";

  g_assert_nonnull (strstr (info, size));
  g_assert_null (strstr (info, other));
}

void
px_render_test_assert_fonts_embedded (const char *pdf,
                                      guint       at_least,
                                      const char *family,
                                      ...)
{
  g_autofree char *fonts = px_render_test_run_tool ("pdffonts", pdf, NULL);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;
  va_list args;

  /* after the two header lines: name type encoding emb sub uni object ID */
  for (guint i = 2; lines[0] != NULL && lines[1] != NULL && lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (strstr (lines[i], " yes ") == NULL)
        g_error ("a font is not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, at_least);

  va_start (args, family);
  for (const char *name = family; name != NULL; name = va_arg (args, const char *))
    if (strstr (fonts, name) == NULL)
      g_error ("the font %s is not in the PDF:\n%s", name, fonts);
  va_end (args);
}

char *
px_render_test_write_pdf (PxDocument *document,
                          const char *dir,
                          const char *name)
{
  g_autoptr(GError) error = NULL;
  char *pdf = g_build_filename (dir, name, NULL);

  g_assert_true (px_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  return pdf;
}

char *
px_render_test_artefact_path (const char *name)
{
  return g_test_build_filename (G_TEST_BUILT, "render", name, NULL);
}

void
px_render_test_write_artefact (PxDocument *document,
                               guint       page_index,
                               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png = px_render_test_artefact_path (name);

  g_assert_true (px_document_write_png (document, page_index, 100, png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}
