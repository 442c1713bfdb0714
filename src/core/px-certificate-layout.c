/* px-certificate-layout.c: a completion certificate's template: fields, the built-in default,
 * placeholders and the checks before printing or saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-certificate-layout"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-certificate-layout.h"
#include "px-certificate-layout-private.h"
#include "px-date.h"

G_DEFINE_QUARK (px-certificate-layout-error-quark, px_certificate_layout_error)

/* Sheets smaller than a postcard or larger than A0 are typing mistakes. */
#define MIN_SIDE_MM 50.0
#define MAX_SIDE_MM 1000.0

static const struct
{
  const char *key;
  const char *label;
} field_kinds[] = {
  [PX_CERTIFICATE_FIELD_TITLE] = { "title", N_("Certificate heading") },
  [PX_CERTIFICATE_FIELD_BODY] = { "body", N_("Wording") },
  [PX_CERTIFICATE_FIELD_NAME] = { "name", N_("Trainee’s name") },
  [PX_CERTIFICATE_FIELD_CLASS_TITLE] = { "class_title", N_("Class title") },
  [PX_CERTIFICATE_FIELD_DATES] = { "dates", N_("Class dates") },
  [PX_CERTIFICATE_FIELD_HOURS] = { "hours", N_("Class hours") },
  [PX_CERTIFICATE_FIELD_NUMBER] = { "number", N_("Certificate number") },
  [PX_CERTIFICATE_FIELD_ISSUED_ON] = { "issued_on", N_("Date of issue") },
  [PX_CERTIFICATE_FIELD_SCHOOL] = { "school", N_("School") },
  [PX_CERTIFICATE_FIELD_VERIFICATION_CODE] = { "verification_code", N_("Verification code") },
  [PX_CERTIFICATE_FIELD_QR] = { "qr", N_("QR code") },
  [PX_CERTIFICATE_FIELD_CUSTOM] = { "custom", N_("Custom text") },
};

/* Fields */

const char *
px_certificate_field_kind_to_string (PxCertificateFieldKind kind)
{
  g_return_val_if_fail (kind <= PX_CERTIFICATE_FIELD_CUSTOM, NULL);
  return field_kinds[kind].key;
}

gboolean
px_certificate_field_kind_from_string (const char             *text,
                                       PxCertificateFieldKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (field_kinds); i++)
    if (g_strcmp0 (text, field_kinds[i].key) == 0)
      {
        *kind = (PxCertificateFieldKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
px_certificate_field_kind_get_label (PxCertificateFieldKind kind)
{
  g_return_val_if_fail (kind <= PX_CERTIFICATE_FIELD_CUSTOM, NULL);
  return _(field_kinds[kind].label);
}

/* The text a new field of the kind starts with: the one placeholder it is about. */
static const char *
default_text (PxCertificateFieldKind kind)
{
  switch (kind)
    {
    case PX_CERTIFICATE_FIELD_TITLE:
      /* TRANSLATORS: the heading of a completion certificate: 结业证书 */
      return _("Certificate of Completion");
    case PX_CERTIFICATE_FIELD_BODY:
      /* TRANSLATORS: a completion certificate's wording. Keep every {placeholder} as it is
       * (they are filled in when printing); \n starts a new line. In Chinese:
       * "{name} 同志：\n　　于{start date}至{end date}参加{class title}学习，完成规定课程{hours}学时，
       * 经考核合格，准予结业。\n　　特发此证。" */
      return _("{name}:\nFrom {start date} to {end date} you attended {class title}, completed "
               "the required {hours} class hours and passed the assessment, and have completed "
               "the course.\nThis certificate is hereby awarded.");
    case PX_CERTIFICATE_FIELD_NAME:
      return "{name}";
    case PX_CERTIFICATE_FIELD_CLASS_TITLE:
      return "{class title}";
    case PX_CERTIFICATE_FIELD_DATES:
      /* TRANSLATORS: the class's dates on a certificate: {start date}至{end date} */
      return _("{start date} to {end date}");
    case PX_CERTIFICATE_FIELD_HOURS:
      /* TRANSLATORS: on a certificate: {hours}学时 */
      return _("{hours} class hours");
    case PX_CERTIFICATE_FIELD_NUMBER:
      /* TRANSLATORS: on a certificate: 证书编号：{number} */
      return _("Certificate No. {number}");
    case PX_CERTIFICATE_FIELD_ISSUED_ON:
      return "{issued date}";
    case PX_CERTIFICATE_FIELD_SCHOOL:
      return "{school}";
    case PX_CERTIFICATE_FIELD_VERIFICATION_CODE:
      /* TRANSLATORS: on a certificate: 校验码：{verification code} */
      return _("Verification code {verification code}");
    case PX_CERTIFICATE_FIELD_QR:
      return NULL;
    case PX_CERTIFICATE_FIELD_CUSTOM:
    default:
      return "";
    }
}

PxCertificateField *
px_certificate_field_new (PxCertificateFieldKind kind)
{
  PxCertificateField *field;

  g_return_val_if_fail (kind <= PX_CERTIFICATE_FIELD_CUSTOM, NULL);

  field = g_new0 (PxCertificateField, 1);
  field->kind = kind;
  field->text = g_strdup (default_text (kind));
  field->x_mm = 20;
  field->y_mm = 20;
  field->width_mm = 100;
  field->font = kind == PX_CERTIFICATE_FIELD_NUMBER
                || kind == PX_CERTIFICATE_FIELD_VERIFICATION_CODE ? PX_CERTIFICATE_FONT_SANS
                                                                  : PX_CERTIFICATE_FONT_SERIF;
  field->size_pt = kind == PX_CERTIFICATE_FIELD_TITLE ? 36 : 16;
  field->bold = kind == PX_CERTIFICATE_FIELD_TITLE;
  field->align = PX_CERTIFICATE_ALIGN_LEFT;
  field->visible = TRUE;
  field->qr_size_mm = 28;
  return field;
}

PxCertificateField *
px_certificate_field_copy (const PxCertificateField *field)
{
  PxCertificateField *copy;

  g_return_val_if_fail (field != NULL, NULL);

  copy = g_memdup2 (field, sizeof *field);
  copy->text = g_strdup (field->text);
  return copy;
}

void
px_certificate_field_free (PxCertificateField *field)
{
  if (field == NULL)
    return;
  g_free (field->text);
  g_free (field);
}

gboolean
px_certificate_field_is_static (const PxCertificateField *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (field->kind == PX_CERTIFICATE_FIELD_TITLE)
    return TRUE;
  /* custom text that names a placeholder carries the trainee's data, so it prints */
  return field->kind == PX_CERTIFICATE_FIELD_CUSTOM
         && (field->text == NULL || strchr (field->text, '{') == NULL);
}

/* Placeholders */

static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", isnan (hours) ? 0 : hours));
}

/* The value of placeholder name, or NULL for one we do not know. */
static char *
placeholder_value (const char                 *name,
                   const PxCertificateInfo    *info,
                   const PxCertificateContext *context)
{
  if (g_str_equal (name, "name"))
    return g_strdup (info->name);
  if (g_str_equal (name, "class title"))
    return g_strdup (info->class_title);
  if (g_str_equal (name, "class code"))
    return g_strdup (info->class_code);
  if (g_str_equal (name, "start date"))
    return px_date_format_chinese (context->start_date != NULL ? context->start_date : "");
  if (g_str_equal (name, "end date"))
    return px_date_format_chinese (context->end_date != NULL ? context->end_date : "");
  if (g_str_equal (name, "hours"))
    return format_hours (info->hours);
  if (g_str_equal (name, "number"))
    return g_strdup (info->number);
  if (g_str_equal (name, "issued date"))
    return px_date_format_chinese (info->issued_on != NULL ? info->issued_on : "");
  if (g_str_equal (name, "school"))
    return g_strdup (context->school_name);
  if (g_str_equal (name, "verification code"))
    return g_strdup (info->verification_code);
  return NULL;
}

char *
px_certificate_expand_text (const char                 *text,
                            const PxCertificateInfo    *info,
                            const PxCertificateContext *context)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (context != NULL, NULL);

  out = g_string_new (NULL);
  for (p = text != NULL ? text : ""; *p != '\0';)
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      name = g_strndup (p + 1, close - p - 1);
      /* {start_date} as some hand-written wordings have it means {start date} */
      g_strdelimit (name, "_", ' ');
      value = placeholder_value (name, info, context);
      if (value != NULL)
        g_string_append (out, value);
      else
        g_string_append_len (out, p, close - p + 1);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

char *
px_certificate_field_expand (const PxCertificateField   *field,
                             const PxCertificateInfo    *info,
                             const PxCertificateContext *context)
{
  g_return_val_if_fail (field != NULL, NULL);
  return px_certificate_expand_text (field->text, info, context);
}

/* Layouts */

static PxCertificateField *
add_field (PxCertificateLayout    *layout,
           PxCertificateFieldKind  kind,
           double                  x_mm,
           double                  y_mm,
           double                  width_mm,
           double                  size_pt,
           PxCertificateAlign      align)
{
  PxCertificateField *field = px_certificate_field_new (kind);

  field->x_mm = x_mm;
  field->y_mm = y_mm;
  field->width_mm = width_mm;
  field->size_pt = size_pt;
  field->align = align;
  g_ptr_array_add (layout->fields, field);
  return field;
}

PxCertificateLayout *
px_certificate_layout_new_default (void)
{
  PxCertificateLayout *layout = _px_certificate_layout_new_empty ();
  PxCertificateField *field;

  /* TRANSLATORS: the name of the built-in certificate template */
  layout->name = g_strdup (_("Standard certificate"));
  layout->page_size = PX_CERTIFICATE_PAGE_A4;
  layout->orientation = PX_CERTIFICATE_LANDSCAPE;
  layout->numbering_pattern = g_strdup (PX_CERTIFICATE_DEFAULT_PATTERN);

  /* A4 landscape, 297 × 210 mm, inside the frame the document draws 12 mm from the edge */
  field = add_field (layout, PX_CERTIFICATE_FIELD_TITLE, 30, 34, 237, 40,
                     PX_CERTIFICATE_ALIGN_CENTER);
  /* a title of a few characters, as 结业证书, is set wide; a longer one would not fit */
  if (g_utf8_strlen (field->text, -1) <= 6)
    field->letter_spacing_pt = 20;
  add_field (layout, PX_CERTIFICATE_FIELD_BODY, 48, 72, 201, 18, PX_CERTIFICATE_ALIGN_LEFT);
  /* wide enough for a school's full name on one line (中共浙江省委党校（浙江行政学院）), so it
   * never wraps down onto the date; centred where the seal goes */
  add_field (layout, PX_CERTIFICATE_FIELD_SCHOOL, 152, 150, 130, 18,
             PX_CERTIFICATE_ALIGN_CENTER);
  add_field (layout, PX_CERTIFICATE_FIELD_ISSUED_ON, 152, 161, 130, 16,
             PX_CERTIFICATE_ALIGN_CENTER);
  field = add_field (layout, PX_CERTIFICATE_FIELD_QR, 28, 148, 28, 0,
                     PX_CERTIFICATE_ALIGN_LEFT);
  field->size_pt = 10;
  field->qr_size_mm = 28;
  add_field (layout, PX_CERTIFICATE_FIELD_NUMBER, 60, 163, 95, 10, PX_CERTIFICATE_ALIGN_LEFT);
  add_field (layout, PX_CERTIFICATE_FIELD_VERIFICATION_CODE, 60, 169, 95, 10,
             PX_CERTIFICATE_ALIGN_LEFT);
  return layout;
}

PxCertificateLayout *
_px_certificate_layout_new_empty (void)
{
  PxCertificateLayout *layout = g_new0 (PxCertificateLayout, 1);

  layout->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) px_certificate_field_free);
  layout->custom_width_mm = 210;
  layout->custom_height_mm = 297;
  return layout;
}

PxCertificateLayout *
px_certificate_layout_copy (const PxCertificateLayout *layout)
{
  PxCertificateLayout *copy;

  g_return_val_if_fail (layout != NULL, NULL);

  copy = _px_certificate_layout_new_empty ();
  copy->id = g_strdup (layout->id);
  copy->name = g_strdup (layout->name);
  copy->page_size = layout->page_size;
  copy->custom_width_mm = layout->custom_width_mm;
  copy->custom_height_mm = layout->custom_height_mm;
  copy->orientation = layout->orientation;
  copy->background = layout->background != NULL ? g_bytes_ref (layout->background) : NULL;
  copy->numbering_pattern = g_strdup (layout->numbering_pattern);
  copy->preprinted = layout->preprinted;
  copy->is_default = layout->is_default;
  for (guint i = 0; i < layout->fields->len; i++)
    g_ptr_array_add (copy->fields, px_certificate_field_copy (g_ptr_array_index (layout->fields,
                                                                                 i)));
  return copy;
}

void
px_certificate_layout_free (PxCertificateLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->id);
  g_free (layout->name);
  g_clear_pointer (&layout->background, g_bytes_unref);
  g_free (layout->numbering_pattern);
  g_ptr_array_unref (layout->fields);
  g_free (layout);
}

void
px_certificate_layout_get_page_mm (const PxCertificateLayout *layout,
                                   double                    *width_mm,
                                   double                    *height_mm)
{
  double a, b, short_side, long_side;

  g_return_if_fail (layout != NULL);

  switch (layout->page_size)
    {
    case PX_CERTIFICATE_PAGE_A5:
      a = 148, b = 210;
      break;
    case PX_CERTIFICATE_PAGE_B5:
      a = 182, b = 257;
      break;
    case PX_CERTIFICATE_PAGE_CUSTOM:
      a = layout->custom_width_mm, b = layout->custom_height_mm;
      break;
    case PX_CERTIFICATE_PAGE_A4:
    default:
      a = 210, b = 297;
      break;
    }
  short_side = MIN (a, b);
  long_side = MAX (a, b);
  if (width_mm != NULL)
    *width_mm = layout->orientation == PX_CERTIFICATE_LANDSCAPE ? long_side : short_side;
  if (height_mm != NULL)
    *height_mm = layout->orientation == PX_CERTIFICATE_LANDSCAPE ? short_side : long_side;
}

guint
px_certificate_layout_get_n_fields (const PxCertificateLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->fields->len;
}

PxCertificateField *
px_certificate_layout_get_field (const PxCertificateLayout *layout,
                                 guint                      index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->fields->len, NULL);
  return g_ptr_array_index (layout->fields, index);
}

void
px_certificate_layout_add_field (PxCertificateLayout *layout,
                                 PxCertificateField  *field)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (field != NULL);
  g_ptr_array_add (layout->fields, field);
}

void
px_certificate_layout_remove_field (PxCertificateLayout *layout,
                                    guint                index)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (index < layout->fields->len);
  g_ptr_array_remove_index (layout->fields, index);
}

void
px_certificate_layout_move_field (PxCertificateLayout *layout,
                                  guint                from,
                                  guint                to)
{
  gpointer field;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (from < layout->fields->len && to < layout->fields->len);

  field = g_ptr_array_steal_index (layout->fields, from);
  g_ptr_array_insert (layout->fields, (int) to, field);
}

/* PNG and JPEG by their signatures: the render library decodes them, core only keeps them. */
gboolean
_px_certificate_background_is_image (GBytes *bytes)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 jpeg[] = { 0xff, 0xd8, 0xff };
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return (size > sizeof png && memcmp (data, png, sizeof png) == 0)
         || (size > sizeof jpeg && memcmp (data, jpeg, sizeof jpeg) == 0);
}

gboolean
px_certificate_layout_validate (const PxCertificateLayout *layout,
                                GError                   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  double width, height;

  g_return_val_if_fail (layout != NULL, FALSE);

  name = g_strstrip (g_strdup (layout->name != NULL ? layout->name : ""));
  if (*name == '\0')
    {
      g_set_error_literal (error, PX_CERTIFICATE_LAYOUT_ERROR,
                           PX_CERTIFICATE_LAYOUT_ERROR_INVALID,
                           _("Give the certificate template a name."));
      return FALSE;
    }
  px_certificate_layout_get_page_mm (layout, &width, &height);
  if (!(MIN (width, height) >= MIN_SIDE_MM && MAX (width, height) <= MAX_SIDE_MM))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID,
                   _("The page of the template “%s” is %g × %g mm; each side must be from "
                     "%g to %g mm."), name, width, height, MIN_SIDE_MM, MAX_SIDE_MM);
      return FALSE;
    }
  number = px_certificate_format_number (layout->numbering_pattern != NULL
                                         ? layout->numbering_pattern : "",
                                         2026, "CODE", 1, error);
  if (number == NULL)
    return FALSE;
  if (layout->background != NULL && !_px_certificate_background_is_image (layout->background))
    {
      g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID,
                   _("The background of the template “%s” is not a PNG or JPEG image."), name);
      return FALSE;
    }
  for (guint i = 0; i < layout->fields->len; i++)
    {
      const PxCertificateField *field = g_ptr_array_index (layout->fields, i);
      gboolean qr = field->kind == PX_CERTIFICATE_FIELD_QR;

      if ((qr && !(field->qr_size_mm > 0))
          || (!qr && !(field->size_pt > 0 && field->width_mm > 0))
          || !isfinite (field->x_mm) || !isfinite (field->y_mm))
        {
          g_set_error (error, PX_CERTIFICATE_LAYOUT_ERROR, PX_CERTIFICATE_LAYOUT_ERROR_INVALID,
                       /* TRANSLATORS: the field's label, e.g. "Class title", and the template */
                       _("The field “%s” of the template “%s” needs a size and width above "
                         "zero and a position."),
                       px_certificate_field_kind_get_label (field->kind), name);
          return FALSE;
        }
    }
  return TRUE;
}
