/* px-certificate-layout-json.c: a certificate template as JSON, to keep its fields in the
 * database and to share a whole template between schools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-layout"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "px-certificate-layout-private.h"
#include "px-json.h"

/* What a shared file says it is, so that any other JSON is refused by name. */
#define FORMAT_NAME "peixun-certificate-template"
#define FORMAT_VERSION 1

static const char * const fonts[] = { "serif", "sans", "kai" };
static const char * const aligns[] = { "left", "center", "right" };

/* Page sizes */

char *
_px_certificate_page_size_to_string (const PxCertificateLayout *layout)
{
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  switch (layout->page_size)
    {
    case PX_CERTIFICATE_PAGE_A5:
      return g_strdup ("A5");
    case PX_CERTIFICATE_PAGE_B5:
      return g_strdup ("B5");
    case PX_CERTIFICATE_PAGE_CUSTOM:
      g_ascii_formatd (w, sizeof w, "%g", layout->custom_width_mm);
      g_ascii_formatd (h, sizeof h, "%g", layout->custom_height_mm);
      return g_strdup_printf ("%sx%s", w, h);
    case PX_CERTIFICATE_PAGE_A4:
    default:
      return g_strdup ("A4");
    }
}

gboolean
_px_certificate_page_size_parse (const char          *text,
                                 PxCertificateLayout *layout)
{
  g_auto(GStrv) sides = NULL;
  char *end = NULL;
  double w, h;

  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "A4") == 0)
    layout->page_size = PX_CERTIFICATE_PAGE_A4;
  else if (g_ascii_strcasecmp (text, "A5") == 0)
    layout->page_size = PX_CERTIFICATE_PAGE_A5;
  else if (g_ascii_strcasecmp (text, "B5") == 0)
    layout->page_size = PX_CERTIFICATE_PAGE_B5;
  else
    {
      sides = g_strsplit_set (text, "x×X", 2);
      if (g_strv_length (sides) != 2)
        return FALSE;
      w = g_ascii_strtod (g_strstrip (sides[0]), &end);
      if (end == sides[0] || *end != '\0')
        return FALSE;
      h = g_ascii_strtod (g_strstrip (sides[1]), &end);
      if (end == sides[1] || *end != '\0' || !isfinite (w) || !isfinite (h))
        return FALSE;
      layout->page_size = PX_CERTIFICATE_PAGE_CUSTOM;
      layout->custom_width_mm = w;
      layout->custom_height_mm = h;
    }
  return TRUE;
}

/* Writing */

static void
append_number_member (GString    *out,
                      const char *key,
                      double      value)
{
  px_json_append_key (out, key);
  px_json_append_number (out, value);
}

static void
append_bool_member (GString    *out,
                    const char *key,
                    gboolean    value)
{
  px_json_append_key (out, key);
  g_string_append (out, value ? "true" : "false");
}

void
_px_certificate_fields_to_json (const PxCertificateLayout *layout,
                                GString                   *out)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < layout->fields->len; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (layout->fields, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, '{');
      px_json_append_key (out, "kind");
      px_json_append_string (out, px_certificate_field_kind_to_string (field->kind));
      if (field->kind != PX_CERTIFICATE_FIELD_QR)
        {
          px_json_append_key (out, "text");
          px_json_append_string (out, field->text != NULL ? field->text : "");
        }
      append_number_member (out, "x_mm", field->x_mm);
      append_number_member (out, "y_mm", field->y_mm);
      append_number_member (out, "width_mm", field->width_mm);
      px_json_append_key (out, "font");
      px_json_append_string (out, fonts[field->font]);
      append_number_member (out, "size_pt", field->size_pt);
      append_bool_member (out, "bold", field->bold);
      px_json_append_key (out, "align");
      px_json_append_string (out, aligns[field->align]);
      append_number_member (out, "letter_spacing_pt", field->letter_spacing_pt);
      append_bool_member (out, "visible", field->visible);
      if (field->kind == PX_CERTIFICATE_FIELD_QR)
        append_number_member (out, "qr_size_mm", field->qr_size_mm);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

char *
px_certificate_layout_to_json (const PxCertificateLayout *layout)
{
  GString *out;
  g_autofree char *page_size = NULL;

  g_return_val_if_fail (layout != NULL, NULL);

  out = g_string_new ("{");
  page_size = _px_certificate_page_size_to_string (layout);
  px_json_append_key (out, "format");
  px_json_append_string (out, FORMAT_NAME);
  append_number_member (out, "version", FORMAT_VERSION);
  px_json_append_key (out, "name");
  px_json_append_string (out, layout->name);
  px_json_append_key (out, "page_size");
  px_json_append_string (out, page_size);
  px_json_append_key (out, "orientation");
  px_json_append_string (out, layout->orientation == PX_CERTIFICATE_LANDSCAPE ? "landscape"
                                                                               : "portrait");
  px_json_append_key (out, "numbering_pattern");
  px_json_append_string (out, layout->numbering_pattern);
  append_bool_member (out, "preprinted", layout->preprinted);
  px_json_append_key (out, "background");
  if (layout->background != NULL)
    {
      gsize size = 0;
      const guchar *data = g_bytes_get_data (layout->background, &size);
      g_autofree char *base64 = g_base64_encode (data, size);

      px_json_append_string (out, base64);
    }
  else
    g_string_append (out, "null");
  px_json_append_key (out, "fields");
  _px_certificate_fields_to_json (layout, out);
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

/* Reading */

static gboolean
set_json_error (GError     **error,
                const char  *where,
                const char  *key,
                const char  *expected)
{
  g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
               /* TRANSLATORS: e.g. In the certificate template, “size_pt” of field 3 should
                * be a number. */
               _("In the certificate template, “%s” of %s should be %s."), key, where, expected);
  return FALSE;
}

/* Each reader leaves *value alone when the member is absent. */
static gboolean
read_string (JsonObject  *object,
             const char  *key,
             const char  *where,
             char       **value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return set_json_error (error, where, key, _("a text"));
  g_free (*value);
  *value = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_number (JsonObject  *object,
             const char  *key,
             const char  *where,
             double      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  GType type;

  if (node == NULL)
    return TRUE;
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return set_json_error (error, where, key, _("a number"));
  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
read_bool (JsonObject  *object,
           const char  *key,
           const char  *where,
           gboolean    *value,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return set_json_error (error, where, key, _("true or false"));
  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A string member that must be one of choices; *value is its index. */
static gboolean
read_choice (JsonObject         *object,
             const char         *key,
             const char         *where,
             const char * const *choices,
             guint               n_choices,
             guint              *value,
             GError            **error)
{
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *joined = NULL;

  if (!read_string (object, key, where, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < n_choices; i++)
    if (g_str_equal (text, choices[i]))
      {
        *value = i;
        return TRUE;
      }
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) list = NULL;

    for (guint i = 0; i < n_choices; i++)
      g_strv_builder_add (builder, choices[i]);
    list = g_strv_builder_end (builder);
    joined = g_strjoinv (", ", list);
  }
  /* TRANSLATORS: the choices, e.g. "left, center, right", and the value found */
  expected = g_strdup_printf (_("one of %s, not “%s”"), joined, text);
  return set_json_error (error, where, key, expected);
}

static PxCertificateField *
field_from_json (JsonNode  *node,
                 guint      index,
                 GError   **error)
{
  g_autoptr(PxCertificateField) field = NULL;
  /* TRANSLATORS: where in a template's JSON, counted from 1 */
  g_autofree char *where = g_strdup_printf (_("field %u"), index + 1);
  g_autofree char *kind_text = NULL;
  PxCertificateFieldKind kind;
  JsonObject *object;
  guint font, align;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("In the certificate template, %s is not an object."), where);
      return NULL;
    }
  object = json_node_get_object (node);
  if (!read_string (object, "kind", where, &kind_text, error))
    return NULL;
  if (!px_certificate_field_kind_from_string (kind_text, &kind))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("In the certificate template, %s has an unknown kind “%s”."), where,
                   kind_text != NULL ? kind_text : "");
      return NULL;
    }

  field = px_certificate_field_new (kind);
  font = field->font;
  align = field->align;
  if (!read_string (object, "text", where, &field->text, error)
      || !read_number (object, "x_mm", where, &field->x_mm, error)
      || !read_number (object, "y_mm", where, &field->y_mm, error)
      || !read_number (object, "width_mm", where, &field->width_mm, error)
      || !read_choice (object, "font", where, fonts, G_N_ELEMENTS (fonts), &font, error)
      || !read_number (object, "size_pt", where, &field->size_pt, error)
      || !read_bool (object, "bold", where, &field->bold, error)
      || !read_choice (object, "align", where, aligns, G_N_ELEMENTS (aligns), &align, error)
      || !read_number (object, "letter_spacing_pt", where, &field->letter_spacing_pt, error)
      || !read_bool (object, "visible", where, &field->visible, error)
      || !read_number (object, "qr_size_mm", where, &field->qr_size_mm, error))
    return NULL;
  field->font = (PxCertificateFont) font;
  field->align = (PxCertificateAlign) align;
  return g_steal_pointer (&field);
}

gboolean
_px_certificate_fields_from_json (JsonNode             *node,
                                  PxCertificateLayout  *layout,
                                  GError              **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return set_json_error (error, _("the template"), "fields", _("a list"));
  array = json_node_get_array (node);
  fields = g_ptr_array_new_with_free_func ((GDestroyNotify) px_certificate_field_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PxCertificateField *field = field_from_json (json_array_get_element (array, i), i, error);

      if (field == NULL)
        return FALSE;
      g_ptr_array_add (fields, field);
    }
  g_ptr_array_unref (layout->fields);
  layout->fields = g_steal_pointer (&fields);
  return TRUE;
}

PxCertificateLayout *
px_certificate_layout_from_json (const char  *json,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PxCertificateLayout) layout = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *background = NULL;
  const char *where = _("the template");
  guint orientation;
  double version = FORMAT_VERSION;
  JsonObject *object;
  JsonNode *root, *fields;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("This is not a certificate template: %s"), local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                           _("This is not a certificate template: it should be a JSON object."));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!read_string (object, "format", where, &format, error)
      || !read_number (object, "version", where, &version, error))
    return NULL;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                   _("This is not a certificate template: “format” should be “%s”."),
                   FORMAT_NAME);
      return NULL;
    }
  if (version > FORMAT_VERSION)
    {
      g_set_error_literal (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_JSON,
                           _("This certificate template was made by a newer version of "
                             "Peixun; update Peixun to import it."));
      return NULL;
    }

  layout = px_certificate_layout_new_default ();
  orientation = layout->orientation == PX_CERTIFICATE_LANDSCAPE;
  if (!read_string (object, "name", where, &layout->name, error)
      || !read_string (object, "page_size", where, &page_size, error)
      || !read_choice (object, "orientation", where,
                       (const char * const[]) { "portrait", "landscape" }, 2, &orientation,
                       error)
      || !read_string (object, "numbering_pattern", where, &layout->numbering_pattern, error)
      || !read_bool (object, "preprinted", where, &layout->preprinted, error))
    return NULL;
  layout->orientation = orientation ? PX_CERTIFICATE_LANDSCAPE : PX_CERTIFICATE_PORTRAIT;
  if (page_size != NULL && !_px_certificate_page_size_parse (page_size, layout))
    return (set_json_error (error, where, "page_size",
                            _("A4, A5, B5 or width x height in mm, as 260x185")), NULL);

  if (json_object_has_member (object, "background")
      && !json_object_get_null_member (object, "background"))
    {
      gsize size = 0;
      guchar *data;

      if (!read_string (object, "background", where, &background, error))
        return NULL;
      data = g_base64_decode (background, &size);
      layout->background = g_bytes_new_take (data, size);
      if (!_px_certificate_background_is_image (layout->background))
        return (set_json_error (error, where, "background", _("a PNG or JPEG image in base64")),
                NULL);
    }

  fields = json_object_get_member (object, "fields");
  if (fields != NULL && !_px_certificate_fields_from_json (fields, layout, error))
    return NULL;
  return g_steal_pointer (&layout);
}
