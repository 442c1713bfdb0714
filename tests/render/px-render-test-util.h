/* px-render-test-util.h: what the render tests share: a school's database, the zh_CN locale,
 * and poppler's tools reading back the PDFs they write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "px-database.h"
#include "px-document.h"
#include "px-session.h"
#include "px-training-class.h"

G_BEGIN_DECLS

/* What every render fixture starts from: a new temporary folder holding the school's
 * database, the school's name set. */
typedef struct
{
  char *dir;
  char *path;           /* dir/school.db */
  PxDatabase *db;
} PxRenderTestSchool;

void        px_render_test_school_open     (PxRenderTestSchool *school,
                                            const char         *school_name);
/* Closes the database (when still open) and removes the folder with all in it. */
void        px_render_test_school_close    (PxRenderTestSchool *school);

/* A class as the render fixtures have one, to adjust before px_render_test_add_class: code,
 * title and dates, held at venue with 毛文雪 as head teacher, 40 places, 30 hours required,
 * credit hours counted from the sessions, lectures at most half. */
PxTrainingClass *px_render_test_class_new  (const char      *code,
                                            const char      *title,
                                            const char      *start,
                                            const char      *end,
                                            const char      *venue);

/* Creates the class (px_class_create), the test failing on an error; returns its id. */
char       *px_render_test_add_class       (PxDatabase      *db,
                                            PxTrainingClass *training_class);

/* A session of the class from start to end, 3 hours in 第二教室, to give a course or title (and
 * a teacher, a base) before px_render_test_add_session. */
PxSession  *px_render_test_session_new     (const char      *class_id,
                                            const char      *date,
                                            const char      *slot,
                                            const char      *start,
                                            const char      *end);

/* Adds the session to its class's timetable, the test failing on an error; returns its id. */
char       *px_render_test_add_session     (PxDatabase      *db,
                                            PxSession       *session);

/* Switches to zh_CN with the build's translations, as the staff run the app; FALSE when the
 * machine lacks the locale (labels stay English). px_render_test_reset_locale goes back to
 * the tests' C.UTF-8. */
gboolean    px_render_test_use_chinese     (void);
void        px_render_test_reset_locale    (void);

/* Runs a poppler tool (pdfinfo, pdftotext, pdffonts, pdfimages…) with its arguments and
 * returns its standard output; the test fails when it cannot run or fails. */
char       *px_render_test_run_tool        (const char  *first,
                                            ...) G_GNUC_NULL_TERMINATED;

/* Text without any whitespace, so lines that pdftotext breaks where a layout wrapped join
 * again. */
char       *px_render_test_squeeze         (const char  *text);

/* Whether needle, squeezed, is in squeezed text; the assertions name what is missing or
 * should not be there. */
gboolean    px_render_test_has_text        (const char  *squeezed,
                                            const char  *needle);
void        px_render_test_assert_has      (const char  *squeezed,
                                            const char  *needle);
void        px_render_test_assert_lacks    (const char  *squeezed,
                                            const char  *needle);

/* The squeezed text (pdftotext -raw, which keeps each layout's lines together) of one page,
 * counted from 1, or of every page when page is 0. */
char       *px_render_test_pdf_text        (const char  *pdf,
                                            guint        page);

/* The page count pdfinfo reads. */
guint       px_render_test_pdf_n_pages     (const char  *pdf);

/* Every page A4, the long side across when landscape. */
void        px_render_test_assert_a4       (const char  *pdf,
                                            gboolean     landscape);

/* pdffonts lists at least at_least fonts, every one embedded, and the families named (as
 * "NotoSansCJKsc", NULL-terminated) among them. */
void        px_render_test_assert_fonts_embedded (const char *pdf,
                                                  guint       at_least,
                                                  const char *family,
                                                  ...) G_GNUC_NULL_TERMINATED;

/* Writes document as dir/name, checking it is written; returns the path. */
char       *px_render_test_write_pdf       (PxDocument  *document,
                                            const char  *dir,
                                            const char  *name);

/* Where an artefact to look at goes: the build's tests/render/name. */
char       *px_render_test_artefact_path   (const char  *name);

/* Writes page page_index of document as the PNG artefact name at 100 dpi, checking it is
 * there. */
void        px_render_test_write_artefact  (PxDocument  *document,
                                            guint        page_index,
                                            const char  *name);

G_END_DECLS
