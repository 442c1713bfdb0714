/* test-certificate-layout.c: certificate templates (the built-in default, placeholders, JSON
 * both ways and refused, saving with one default, deleting) and printer calibration settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-cadre.h"
#include "px-class-summary.h"
#include "px-certificate-layout.h"
#include "px-certificates.h"
#include "px-enrollment.h"
#include "px-print-calibration.h"
#include "px-test-util.h"
#include "px-training-class.h"

/* The smallest PNG there is: one white pixel. */
static const guint8 tiny_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
  0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
  0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x08, 0xd7, 0x63, 0xf8,
  0xff, 0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe, 0xdc, 0xcc, 0x59, 0xe7, 0x00, 0x00, 0x00,
  0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

typedef struct
{
  char *dir;
  PxDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = px_test_make_dir ();
  path = g_build_filename (f->dir, "templates.db", NULL);
  f->db = px_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  px_test_remove_dir (f->dir);
  g_free (f->dir);
}

static double
query_number (Fixture    *f,
              const char *sql,
              const char *param)
{
  g_autoptr(GError) error = NULL;
  double value = -1;

  g_assert_true (px_database_query_double (f->db, sql, param, &value, &error));
  g_assert_no_error (error);
  return value;
}

static guint
count_kind (const PxCertificateLayout *layout,
            PxCertificateFieldKind     kind)
{
  guint n = 0;

  for (guint i = 0; i < px_certificate_layout_get_n_fields (layout); i++)
    if (px_certificate_layout_get_field (layout, i)->kind == kind)
      n++;
  return n;
}

static void
assert_fields_equal (const PxCertificateField *a,
                     const PxCertificateField *b)
{
  g_assert_cmpint (a->kind, ==, b->kind);
  if (a->kind != PX_CERTIFICATE_FIELD_QR)
    g_assert_cmpstr (a->text, ==, b->text);
  g_assert_cmpfloat_with_epsilon (a->x_mm, b->x_mm, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->y_mm, b->y_mm, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->width_mm, b->width_mm, 1e-9);
  g_assert_cmpint (a->font, ==, b->font);
  g_assert_cmpfloat_with_epsilon (a->size_pt, b->size_pt, 1e-9);
  g_assert_cmpint (a->bold, ==, b->bold);
  g_assert_cmpint (a->align, ==, b->align);
  g_assert_cmpfloat_with_epsilon (a->letter_spacing_pt, b->letter_spacing_pt, 1e-9);
  g_assert_cmpint (a->visible, ==, b->visible);
  if (a->kind == PX_CERTIFICATE_FIELD_QR)
    g_assert_cmpfloat_with_epsilon (a->qr_size_mm, b->qr_size_mm, 1e-9);
}

static void
assert_layouts_equal (const PxCertificateLayout *a,
                      const PxCertificateLayout *b)
{
  double aw, ah, bw, bh;

  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->page_size, ==, b->page_size);
  g_assert_cmpint (a->orientation, ==, b->orientation);
  px_certificate_layout_get_page_mm (a, &aw, &ah);
  px_certificate_layout_get_page_mm (b, &bw, &bh);
  g_assert_cmpfloat (aw, ==, bw);
  g_assert_cmpfloat (ah, ==, bh);
  g_assert_cmpstr (a->numbering_pattern, ==, b->numbering_pattern);
  g_assert_cmpint (a->preprinted, ==, b->preprinted);
  g_assert_true ((a->background == NULL) == (b->background == NULL));
  if (a->background != NULL)
    g_assert_true (g_bytes_equal (a->background, b->background));
  g_assert_cmpuint (px_certificate_layout_get_n_fields (a), ==,
                    px_certificate_layout_get_n_fields (b));
  for (guint i = 0; i < px_certificate_layout_get_n_fields (a); i++)
    assert_fields_equal (px_certificate_layout_get_field (a, i),
                         px_certificate_layout_get_field (b, i));
}

/* A template unlike the default in every property. */
static PxCertificateLayout *
make_custom_layout (const char *name)
{
  PxCertificateLayout *layout = px_certificate_layout_new_default ();
  PxCertificateField *field = px_certificate_field_new (PX_CERTIFICATE_FIELD_CUSTOM);

  g_free (layout->name);
  layout->name = g_strdup (name);
  layout->page_size = PX_CERTIFICATE_PAGE_CUSTOM;
  layout->custom_width_mm = 185.5;
  layout->custom_height_mm = 260;
  layout->orientation = PX_CERTIFICATE_PORTRAIT;
  layout->background = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_free (layout->numbering_pattern);
  layout->numbering_pattern = g_strdup ("JX{year}-{seq:4}");
  layout->preprinted = TRUE;

  g_free (field->text);
  field->text = g_strdup ("嘉兴市委组织部 “监制”\n第二行 {class code}");
  field->x_mm = 12.25;
  field->y_mm = 240;
  field->width_mm = 80;
  field->font = PX_CERTIFICATE_FONT_KAI;
  field->size_pt = 11.5;
  field->bold = TRUE;
  field->align = PX_CERTIFICATE_ALIGN_RIGHT;
  field->letter_spacing_pt = 2;
  field->visible = FALSE;
  px_certificate_layout_add_field (layout, field);
  px_certificate_layout_get_field (layout, 0)->qr_size_mm = 33;
  return layout;
}

/* Tests */

static void
test_default_layout (void)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_null (layout->id);
  g_assert_false (layout->is_default);
  g_assert_cmpint (layout->page_size, ==, PX_CERTIFICATE_PAGE_A4);
  px_certificate_layout_get_page_mm (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 297);
  g_assert_cmpfloat (height, ==, 210);
  g_assert_cmpstr (layout->numbering_pattern, ==, PX_CERTIFICATE_DEFAULT_PATTERN);
  g_assert_true (px_certificate_layout_validate (layout, &error));
  g_assert_no_error (error);

  for (PxCertificateFieldKind kind = PX_CERTIFICATE_FIELD_TITLE;
       kind <= PX_CERTIFICATE_FIELD_CUSTOM; kind++)
    {
      gboolean wanted = kind == PX_CERTIFICATE_FIELD_TITLE || kind == PX_CERTIFICATE_FIELD_BODY
                        || kind == PX_CERTIFICATE_FIELD_SCHOOL
                        || kind == PX_CERTIFICATE_FIELD_ISSUED_ON
                        || kind == PX_CERTIFICATE_FIELD_NUMBER
                        || kind == PX_CERTIFICATE_FIELD_VERIFICATION_CODE
                        || kind == PX_CERTIFICATE_FIELD_QR;

      g_assert_cmpuint (count_kind (layout, kind), ==, wanted ? 1 : 0);
    }
  /* every field inside the sheet */
  for (guint i = 0; i < px_certificate_layout_get_n_fields (layout); i++)
    {
      const PxCertificateField *field = px_certificate_layout_get_field (layout, i);
      double right = field->x_mm + (field->kind == PX_CERTIFICATE_FIELD_QR ? field->qr_size_mm
                                                                            : field->width_mm);

      g_assert_cmpfloat (field->x_mm, >=, 10);
      g_assert_cmpfloat (right, <=, width - 10);
      g_assert_cmpfloat (field->y_mm, >=, 10);
      g_assert_cmpfloat (field->y_mm, <=, height - 20);
      g_assert_true (field->visible);
    }
}

static void
test_page_sizes (void)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  double width, height;

  layout->page_size = PX_CERTIFICATE_PAGE_B5;
  px_certificate_layout_get_page_mm (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 257);   /* JIS B5 */
  g_assert_cmpfloat (height, ==, 182);
  layout->orientation = PX_CERTIFICATE_PORTRAIT;
  layout->page_size = PX_CERTIFICATE_PAGE_A5;
  px_certificate_layout_get_page_mm (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 148);
  g_assert_cmpfloat (height, ==, 210);
  /* a custom sheet typed either way round lies as the orientation says */
  layout->page_size = PX_CERTIFICATE_PAGE_CUSTOM;
  layout->custom_width_mm = 260;
  layout->custom_height_mm = 185;
  px_certificate_layout_get_page_mm (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 185);
  g_assert_cmpfloat (height, ==, 260);
}

static void
test_fields (void)
{
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateLayout) copy = NULL;
  guint n = px_certificate_layout_get_n_fields (layout);
  PxCertificateField *custom = px_certificate_field_new (PX_CERTIFICATE_FIELD_CUSTOM);
  PxCertificateFieldKind kind;

  g_assert_true (px_certificate_field_is_static (px_certificate_layout_get_field (layout, 0)));
  g_assert_true (px_certificate_field_is_static (custom));
  g_free (custom->text);
  custom->text = g_strdup ("培训班：{class title}");
  /* custom text carrying the trainee's data prints on pre-printed stock */
  g_assert_false (px_certificate_field_is_static (custom));

  px_certificate_layout_add_field (layout, custom);
  g_assert_cmpuint (px_certificate_layout_get_n_fields (layout), ==, n + 1);
  px_certificate_layout_move_field (layout, n, 0);
  g_assert_true (px_certificate_layout_get_field (layout, 0) == custom);
  g_assert_cmpint (px_certificate_layout_get_field (layout, 1)->kind, ==,
                   PX_CERTIFICATE_FIELD_TITLE);

  copy = px_certificate_layout_copy (layout);
  g_assert_true (px_certificate_layout_get_field (copy, 0) != custom);
  assert_layouts_equal (layout, copy);

  px_certificate_layout_remove_field (layout, 0);
  g_assert_cmpuint (px_certificate_layout_get_n_fields (layout), ==, n);
  g_assert_cmpuint (px_certificate_layout_get_n_fields (copy), ==, n + 1);

  for (kind = PX_CERTIFICATE_FIELD_TITLE; kind <= PX_CERTIFICATE_FIELD_CUSTOM; kind++)
    {
      PxCertificateFieldKind back;

      g_assert_true (px_certificate_field_kind_from_string (
                       px_certificate_field_kind_to_string (kind), &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_nonnull (px_certificate_field_kind_get_label (kind));
    }
  g_assert_false (px_certificate_field_kind_from_string ("stamp", &kind));
}

static void
test_expand (void)
{
  PxCertificateInfo info = {
    .number = "2026ZT-009001",
    .verification_code = "K7M3Q9TX",
    .issued_on = "2026-03-05",
    .name = "陈春婷",
    .class_code = "ZT-009",
    .class_title = "乡村振兴专题班",
    .hours = 22.5,
  };
  PxCertificateContext context = { "中共嘉兴市委党校", "2026-02-23", "2026-03-04" };
  g_autoptr(PxCertificateField) field = px_certificate_field_new (PX_CERTIFICATE_FIELD_BODY);
  g_autofree char *all = NULL, *aliases = NULL, *body = NULL;

  all = px_certificate_expand_text ("{name}|{class title}|{class code}|{start date}|{end date}|"
                                    "{hours}|{number}|{issued date}|{school}|"
                                    "{verification code}", &info, &context);
  g_assert_cmpstr (all, ==, "陈春婷|乡村振兴专题班|ZT-009|2026年2月23日|2026年3月4日|22.5|"
                            "2026ZT-009001|2026年3月5日|中共嘉兴市委党校|K7M3Q9TX");
  /* the underscore spelling of hand-written wordings, an unknown field and a lone brace */
  aliases = px_certificate_expand_text ("{start_date}至{class_title}{seal}{", &info, &context);
  g_assert_cmpstr (aliases, ==, "2026年2月23日至乡村振兴专题班{seal}{");

  g_free (field->text);
  field->text = g_strdup ("{name} 同志：于{start date}至{end date}参加{class title}学习，完成规定"
                          "课程{hours}学时，经考核合格，准予结业。特发此证。");
  body = px_certificate_field_expand (field, &info, &context);
  g_assert_cmpstr (body, ==, "陈春婷 同志：于2026年2月23日至2026年3月4日参加乡村振兴专题班学习，"
                             "完成规定课程22.5学时，经考核合格，准予结业。特发此证。");
}

static void
test_json_round_trip (void)
{
  g_autoptr(PxCertificateLayout) layout = make_custom_layout ("嘉兴套打证书");
  g_autoptr(PxCertificateLayout) back = NULL;
  g_autoptr(PxCertificateLayout) default_back = NULL;
  g_autoptr(PxCertificateLayout) builtin = px_certificate_layout_new_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = px_certificate_layout_to_json (layout);
  g_autofree char *again = NULL;
  g_autofree char *builtin_json = px_certificate_layout_to_json (builtin);

  g_assert_nonnull (strstr (json, "\"format\":\"peixun-certificate-template\""));
  g_assert_nonnull (strstr (json, "\"page_size\":\"185.5x260\""));
  back = px_certificate_layout_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_null (back->id);
  g_assert_false (back->is_default);
  assert_layouts_equal (layout, back);
  again = px_certificate_layout_to_json (back);
  g_assert_cmpstr (again, ==, json);

  default_back = px_certificate_layout_from_json (builtin_json, &error);
  g_assert_no_error (error);
  assert_layouts_equal (builtin, default_back);
}

static void
assert_bad_json (const char *json,
                 const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) layout = px_certificate_layout_from_json (json, &error);

  g_assert_null (layout);
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” is not in the message “%s”", in_message, error->message);
}

#define HEAD "{\"format\":\"peixun-certificate-template\",\"version\":1,"

static void
test_bad_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) partial = NULL;

  assert_bad_json ("{\"name\": \"x\",", "");
  assert_bad_json ("[1, 2]", "JSON object");
  assert_bad_json ("{\"name\":\"x\"}", "peixun-certificate-template");
  assert_bad_json ("{\"format\":\"peixun-certificate-template\",\"version\":9}", "newer");
  assert_bad_json (HEAD "\"name\":3}", "name");
  assert_bad_json (HEAD "\"page_size\":\"A9\"}", "page_size");
  assert_bad_json (HEAD "\"orientation\":\"sideways\"}", "portrait, landscape");
  assert_bad_json (HEAD "\"background\":\"aGVsbG8=\"}", "background");
  assert_bad_json (HEAD "\"fields\":{}}", "fields");
  assert_bad_json (HEAD "\"fields\":[{\"kind\":\"title\"},{\"kind\":\"stamp\"}]}", "stamp");
  assert_bad_json (HEAD "\"fields\":[{\"kind\":\"title\"},{\"kind\":\"name\",\"size_pt\":\"big\"}]}",
                   "size_pt");
  assert_bad_json (HEAD "\"fields\":[{\"kind\":\"name\",\"align\":\"middle\"}]}", "middle");
  assert_bad_json (HEAD "\"fields\":[{\"kind\":\"name\",\"bold\":1}]}", "bold");
  assert_bad_json (HEAD "\"fields\":[7]}", "1");

  /* what a file leaves out is the default's */
  partial = px_certificate_layout_from_json (HEAD "\"name\":\"简版\",\"page_size\":\"A5\"}",
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpstr (partial->name, ==, "简版");
  g_assert_cmpint (partial->page_size, ==, PX_CERTIFICATE_PAGE_A5);
  g_assert_cmpuint (px_certificate_layout_get_n_fields (partial), >, 5);
}

static void
test_save_and_load (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) builtin = px_certificate_layout_load_default (f->db, &error);
  g_autoptr(PxCertificateLayout) first = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateLayout) second = make_custom_layout ("套打");
  g_autoptr(PxCertificateLayout) loaded = NULL;
  g_autoptr(PxCertificateLayout) by_name = NULL;
  g_autoptr(PxCertificateLayout) now_default = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* no template: the built-in one, and nothing written */
  g_assert_no_error (error);
  g_assert_null (builtin->id);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate_template WHERE ?1",
                                   "1"), ==, 0);

  /* the first saved becomes the default */
  g_assert_true (px_certificate_layout_save (f->db, first, &error));
  g_assert_no_error (error);
  g_assert_nonnull (first->id);
  g_assert_true (first->is_default);
  g_assert_true (px_certificate_layout_save (f->db, second, &error));
  g_assert_no_error (error);
  g_assert_false (second->is_default);

  loaded = px_certificate_layout_load (f->db, second->id, &error);
  g_assert_no_error (error);
  assert_layouts_equal (second, loaded);
  g_assert_cmpstr (loaded->id, ==, second->id);
  by_name = px_certificate_layout_load_by_name (f->db, "套打", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (by_name->id, ==, second->id);
  /* its columns hold what other code reads */
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate_template WHERE id = ?1 "
                                      "AND page_size = '185.5x260' AND orientation = 'portrait' "
                                      "AND preprinted = 1 AND numbering_pattern = 'JX{year}-{seq:4}' "
                                      "AND length (background) = 69 AND wording IS NULL",
                                   second->id), ==, 1);

  /* making the second the default takes it from the first: one default at a time */
  second->is_default = TRUE;
  g_free (second->name);
  second->name = g_strdup ("套打（新）");
  g_clear_pointer (&second->background, g_bytes_unref);
  g_assert_true (px_certificate_layout_save (f->db, second, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate_template "
                                      "WHERE is_default = 1 AND ?1", "1"), ==, 1);
  now_default = px_certificate_layout_load_default (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (now_default->id, ==, second->id);
  g_assert_cmpstr (now_default->name, ==, "套打（新）");
  g_assert_null (now_default->background);

  list = px_certificate_layouts_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((PxCertificateLayout *) g_ptr_array_index (list, 0))->id, ==, second->id);
  g_assert_false (((PxCertificateLayout *) g_ptr_array_index (list, 1))->is_default);

  /* audited: two inserts, the default moved, the rename and the background both ways */
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM audit_log "
                                      "WHERE table_name = 'certificate_template' AND row_id = ?1",
                                   second->id), >=, 3);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM audit_log WHERE row_id = ?1 "
                                      "AND changes LIKE '%background%'", second->id), ==, 2);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM audit_log WHERE row_id = ?1 "
                                      "AND action = 'update'", first->id), ==, 1);
}

static void
test_save_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) first = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateLayout) twin = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateLayout) bad = px_certificate_layout_new_default ();

  g_assert_true (px_certificate_layout_save (f->db, first, &error));
  g_assert_no_error (error);

  /* the same name twice */
  g_assert_false (px_certificate_layout_save (f->db, twin, &error));
  g_assert_nonnull (error);
  g_assert_null (twin->id);
  g_assert_false (twin->is_default);
  g_clear_error (&error);

  /* the numbering pattern, checked as numbers are made */
  g_free (bad->name);
  bad->name = g_strdup ("无序号");
  g_free (bad->numbering_pattern);
  bad->numbering_pattern = g_strdup ("{year}{class code}");
  g_assert_false (px_certificate_layout_save (f->db, bad, &error));
  g_assert_error (error, PX_CERTIFICATE_ERROR, PX_CERTIFICATE_ERROR_PATTERN);
  g_clear_error (&error);

  g_free (bad->numbering_pattern);
  bad->numbering_pattern = g_strdup ("{seq:3}");
  bad->background = g_bytes_new_static ("GIF89a....", 10);
  g_assert_false (px_certificate_layout_save (f->db, bad, &error));
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&bad->background, g_bytes_unref);

  bad->page_size = PX_CERTIFICATE_PAGE_CUSTOM;
  bad->custom_width_mm = 20;
  g_assert_false (px_certificate_layout_save (f->db, bad, &error));
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID);
  g_clear_error (&error);

  g_free (bad->name);
  bad->name = g_strdup ("  ");
  bad->page_size = PX_CERTIFICATE_PAGE_A4;
  g_assert_false (px_certificate_layout_save (f->db, bad, &error));
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate_template WHERE ?1",
                                   "1"), ==, 1);
}

/* A completed trainee of a new class; the class's code. */
static void
add_completed_class (Fixture    *f,
                     const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxTrainingClass) c = px_training_class_new ();
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(PxEnrollment) enrollment = px_enrollment_new ();

  c->code = g_strdup (code);
  c->title = g_strdup ("乡村振兴专题班");
  c->start_date = g_strdup ("2026-03-02");
  c->end_date = g_strdup ("2026-03-06");
  c->capacity = PX_INT_UNSET;
  c->required_hours = NAN;
  c->credit_hours = 24;
  px_class_create (f->db, c, &error);
  g_assert_no_error (error);

  cadre->name = g_strdup ("王晓东");
  cadre->citizen_id = px_test_make_id ("330402", "19800101", 7);
  px_cadre_insert (f->db, cadre, &error);
  g_assert_no_error (error);
  enrollment->class_id = g_strdup (c->base.id);
  enrollment->cadre_id = g_strdup (cadre->base.id);
  g_free (enrollment->completion);
  enrollment->completion = g_strdup ("completed");
  enrollment->exam_score = NAN;
  enrollment->paper_score = NAN;
  px_enrollment_insert (f->db, enrollment, &error);
  g_assert_no_error (error);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) first = px_certificate_layout_new_default ();
  g_autoptr(PxCertificateLayout) second = make_custom_layout ("套打");
  g_autoptr(GPtrArray) issued = NULL;

  g_assert_true (px_certificate_layout_save (f->db, first, &error));
  g_free (first->numbering_pattern);
  first->numbering_pattern = g_strdup ("JX-{seq:2}");
  g_assert_true (px_certificate_layout_save (f->db, first, &error));
  g_assert_true (px_certificate_layout_save (f->db, second, &error));
  g_assert_no_error (error);

  /* issuing numbers by the saved default's pattern, and remembering the template */
  add_completed_class (f, "ZT-031");
  issued = px_certificates_issue (f->db, "ZT-031", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 1);
  g_assert_cmpstr (((PxCertificateInfo *) g_ptr_array_index (issued, 0))->number, ==, "JX-01");
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate WHERE template_id = ?1",
                                   first->id), ==, 1);

  /* the default stays while another template exists */
  g_assert_false (px_certificate_layout_delete (f->db, first->id, &error));
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (px_certificate_layout_delete (f->db, second->id, &error));
  g_assert_no_error (error);
  /* the last one goes, and its certificate keeps its number */
  g_assert_true (px_certificate_layout_delete (f->db, first->id, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM certificate WHERE number = ?1 "
                                      "AND template_id IS NULL", "JX-01"), ==, 1);
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM audit_log WHERE row_id = ?1 "
                                      "AND action = 'delete'", first->id), ==, 1);

  g_assert_false (px_certificate_layout_delete (f->db, first->id, &error));
  g_assert_error (error, PX_DATABASE_ERROR, PX_DATABASE_ERROR_NOT_FOUND);
}

/* A row another program wrote with its wording and no layout prints that wording. */
static void
test_row_without_layout (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCertificateLayout) layout = NULL;
  gboolean found = FALSE;

  g_assert_true (px_database_exec (f->db,
                                   "INSERT INTO certificate_template (id, created_at, updated_at, "
                                   "name, wording, is_default) VALUES ('t1', '2026', '2026', "
                                   "'旧版', '{name}同志：于{start_date}参加学习。', 1)", &error));
  g_assert_no_error (error);
  layout = px_certificate_layout_load_default (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (layout->id, ==, "t1");
  for (guint i = 0; i < px_certificate_layout_get_n_fields (layout); i++)
    if (px_certificate_layout_get_field (layout, i)->kind == PX_CERTIFICATE_FIELD_BODY)
      {
        g_assert_cmpstr (px_certificate_layout_get_field (layout, i)->text, ==,
                         "{name}同志：于{start_date}参加学习。");
        found = TRUE;
      }
  g_assert_true (found);

  /* a damaged layout is reported, naming the template */
  g_assert_true (px_database_exec (f->db, "UPDATE certificate_template SET layout = '{\"fie'",
                                   &error));
  g_clear_pointer (&layout, px_certificate_layout_free);
  layout = px_certificate_layout_load (f->db, "t1", &error);
  g_assert_null (layout);
  g_assert_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON);
  g_assert_nonnull (strstr (error->message, "旧版"));
}

static void
test_calibration (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  double dx = 9, dy = 9;
  PxPrintCalibration *first;

  px_print_calibration_get (f->db, "HP LaserJet Pro", &dx, &dy);
  g_assert_cmpfloat (dx, ==, 0);
  g_assert_cmpfloat (dy, ==, 0);

  g_assert_true (px_print_calibration_set (f->db, "HP LaserJet Pro", 1.5, -0.75, &error));
  g_assert_no_error (error);
  g_assert_true (px_print_calibration_set (f->db, "Canon 教务处", -2, 3.25, &error));
  g_assert_no_error (error);
  g_assert_true (px_print_calibration_set (f->db, "Canon 教务处", -2.5, 3, &error));
  g_assert_no_error (error);
  px_print_calibration_get (f->db, "HP LaserJet Pro", &dx, &dy);
  g_assert_cmpfloat (dx, ==, 1.5);
  g_assert_cmpfloat (dy, ==, -0.75);
  px_print_calibration_get (f->db, NULL, &dx, &dy);
  g_assert_cmpfloat (dx, ==, 0);

  list = px_print_calibration_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  first = g_ptr_array_index (list, 0);
  g_assert_cmpstr (first->printer, ==, "Canon 教务处");
  g_assert_cmpfloat (first->dx_mm, ==, -2.5);
  g_assert_cmpfloat (first->dy_mm, ==, 3);

  g_assert_false (px_print_calibration_set (f->db, " ", 1, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (px_print_calibration_set (f->db, "HP LaserJet Pro", 0, 51, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (px_print_calibration_set (f->db, "HP LaserJet Pro", NAN, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  px_print_calibration_get (f->db, "HP LaserJet Pro", &dx, &dy);
  g_assert_cmpfloat (dx, ==, 1.5);

  /* kept in settings, and audited as settings are */
  g_assert_cmpfloat (query_number (f, "SELECT count (*) FROM audit_log WHERE table_name = "
                                      "'setting' AND row_id = ?1",
                                   "print_calibration:Canon 教务处"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/certificate-layout/default", test_default_layout);
  g_test_add_func ("/core/certificate-layout/page-sizes", test_page_sizes);
  g_test_add_func ("/core/certificate-layout/fields", test_fields);
  g_test_add_func ("/core/certificate-layout/expand", test_expand);
  g_test_add_func ("/core/certificate-layout/json-round-trip", test_json_round_trip);
  g_test_add_func ("/core/certificate-layout/bad-json", test_bad_json);
  g_test_add ("/core/certificate-layout/save-and-load", Fixture, NULL, fixture_set_up,
              test_save_and_load, fixture_tear_down);
  g_test_add ("/core/certificate-layout/save-refused", Fixture, NULL, fixture_set_up,
              test_save_refused, fixture_tear_down);
  g_test_add ("/core/certificate-layout/delete", Fixture, NULL, fixture_set_up, test_delete,
              fixture_tear_down);
  g_test_add ("/core/certificate-layout/row-without-layout", Fixture, NULL, fixture_set_up,
              test_row_without_layout, fixture_tear_down);
  g_test_add ("/core/print-calibration", Fixture, NULL, fixture_set_up, test_calibration,
              fixture_tear_down);
  return g_test_run ();
}
