/* px-certificate-layout.h: a completion certificate's template: its sheet, background, numbering
 * and the fields placed on it, kept in the certificate_template table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "px-certificates.h"
#include "px-database.h"

G_BEGIN_DECLS

#define PX_CERTIFICATE_LAYOUT_ERROR (px_certificate_layout_error_quark ())

typedef enum
{
  PX_CERTIFICATE_LAYOUT_ERROR_JSON,     /* a layout text that is not a template (message says where) */
  PX_CERTIFICATE_LAYOUT_ERROR_INVALID,  /* a template that cannot be printed or saved (no name,
                                         * a page size out of range, a bad numbering pattern,
                                         * a background that is no PNG or JPEG) */
  PX_CERTIFICATE_LAYOUT_ERROR_IN_USE,   /* the default template cannot be deleted while others exist */
} PxCertificateLayoutError;

typedef enum
{
  PX_CERTIFICATE_PAGE_A4,      /* 210 × 297 mm */
  PX_CERTIFICATE_PAGE_A5,      /* 148 × 210 mm */
  PX_CERTIFICATE_PAGE_B5,      /* JIS B5, 182 × 257 mm: what Chinese print shops and Word's
                                * "B5 (JIS)" call B5, not ISO B5 (176 × 250 mm) */
  PX_CERTIFICATE_PAGE_CUSTOM,  /* custom_width_mm × custom_height_mm */
} PxCertificatePageSize;

typedef enum
{
  PX_CERTIFICATE_PORTRAIT,
  PX_CERTIFICATE_LANDSCAPE,
} PxCertificateOrientation;

typedef enum
{
  PX_CERTIFICATE_FIELD_TITLE,              /* 结业证书 */
  PX_CERTIFICATE_FIELD_BODY,               /* the wording with placeholders */
  PX_CERTIFICATE_FIELD_NAME,
  PX_CERTIFICATE_FIELD_CLASS_TITLE,
  PX_CERTIFICATE_FIELD_DATES,
  PX_CERTIFICATE_FIELD_HOURS,
  PX_CERTIFICATE_FIELD_NUMBER,
  PX_CERTIFICATE_FIELD_ISSUED_ON,
  PX_CERTIFICATE_FIELD_SCHOOL,
  PX_CERTIFICATE_FIELD_VERIFICATION_CODE,
  PX_CERTIFICATE_FIELD_QR,                 /* the signed payload; a square of qr_size_mm */
  PX_CERTIFICATE_FIELD_CUSTOM,             /* any text, placeholders allowed */
} PxCertificateFieldKind;

typedef enum
{
  PX_CERTIFICATE_FONT_SERIF,  /* Noto Serif CJK SC (宋体-like): titles, wording */
  PX_CERTIFICATE_FONT_SANS,   /* Noto Sans CJK SC (黑体-like): numbers, small print */
  PX_CERTIFICATE_FONT_KAI,    /* 楷体: Noto has none; AR PL UKai CN (fonts-arphic-ukai) or
                               * KaiTi when installed, else Noto Serif CJK SC */
} PxCertificateFont;

typedef enum
{
  PX_CERTIFICATE_ALIGN_LEFT,
  PX_CERTIFICATE_ALIGN_CENTER,
  PX_CERTIFICATE_ALIGN_RIGHT,
} PxCertificateAlign;

/* One thing printed on the certificate. Positions are in mm from the page's top-left corner
 * as it is printed (orientation applied). Text wraps inside width_mm. */
typedef struct
{
  PxCertificateFieldKind kind;
  /* With placeholders: {name} {class title} {class code} {start date} {end date} {hours}
   * {number} {issued date} {school} {verification code}; dates come out as 2026年3月5日.
   * Unused for PX_CERTIFICATE_FIELD_QR. */
  char *text;
  double x_mm;
  double y_mm;
  double width_mm;
  PxCertificateFont font;
  double size_pt;
  gboolean bold;
  PxCertificateAlign align;
  double letter_spacing_pt;   /* extra space after each character, 0 for none */
  gboolean visible;
  double qr_size_mm;          /* PX_CERTIFICATE_FIELD_QR only: the side, quiet zone included */
} PxCertificateField;

typedef struct
{
  char *id;                   /* NULL until saved */
  char *name;
  PxCertificatePageSize page_size;
  double custom_width_mm;     /* PX_CERTIFICATE_PAGE_CUSTOM only: the sheet's two sides,  */
  double custom_height_mm;    /* either way round; orientation decides which is across */
  PxCertificateOrientation orientation;
  GBytes *background;         /* PNG or JPEG drawn to fill the page, or NULL */
  char *numbering_pattern;    /* {year}{class code}{seq:3} and the like */
  gboolean preprinted;        /* pre-printed stock (套打): only the trainee's fields print */
  gboolean is_default;
  GPtrArray *fields;          /* (element-type PxCertificateField): in drawing order; use
                               * the functions below to change it */
} PxCertificateLayout;

/* What a certificate's placeholders are filled with beyond PxCertificateInfo. */
typedef struct
{
  const char *school_name;
  const char *start_date;     /* YYYY-MM-DD of the class, or NULL */
  const char *end_date;
} PxCertificateContext;

GQuark               px_certificate_layout_error_quark   (void);

/* Fields */

PxCertificateField  *px_certificate_field_new            (PxCertificateFieldKind     kind);
PxCertificateField  *px_certificate_field_copy           (const PxCertificateField  *field);
void                 px_certificate_field_free           (PxCertificateField        *field);

/* Whether the field belongs to the sheet rather than to the trainee: title, and custom text
 * without placeholders. Pre-printed stock carries these already, so they are not printed. */
gboolean             px_certificate_field_is_static      (const PxCertificateField  *field);

/* The kind's stable English key, as in the JSON ("title", "class_title", "qr" …), and its
 * label for the editor, translated. */
const char          *px_certificate_field_kind_to_string (PxCertificateFieldKind     kind);
gboolean             px_certificate_field_kind_from_string (const char              *text,
                                                          PxCertificateFieldKind    *kind);
const char          *px_certificate_field_kind_get_label (PxCertificateFieldKind     kind);

/* The field's text with its placeholders filled for info ({start_date} is read as
 * {start date}, and so on); an unknown {…} stays as it is.
 * (transfer full) */
char                *px_certificate_field_expand         (const PxCertificateField    *field,
                                                          const PxCertificateInfo     *info,
                                                          const PxCertificateContext  *context);
char                *px_certificate_expand_text          (const char                  *text,
                                                          const PxCertificateInfo     *info,
                                                          const PxCertificateContext  *context);

/* Layouts */

/* The built-in default: A4 landscape 结业证书 with title, wording, school and date bottom
 * right, number, verification code and QR bottom left; named, not saved, not default. The
 * wording is translated (English msgids). (transfer full) */
PxCertificateLayout *px_certificate_layout_new_default   (void);
PxCertificateLayout *px_certificate_layout_copy          (const PxCertificateLayout *layout);
void                 px_certificate_layout_free          (PxCertificateLayout       *layout);

/* The page as printed, orientation applied, in mm. */
void                 px_certificate_layout_get_page_mm   (const PxCertificateLayout *layout,
                                                          double                    *width_mm,
                                                          double                    *height_mm);

guint                px_certificate_layout_get_n_fields  (const PxCertificateLayout *layout);
/* (transfer none): owned by the layout, changed in place by the editor. */
PxCertificateField  *px_certificate_layout_get_field     (const PxCertificateLayout *layout,
                                                          guint                      index);
/* Takes field; appends it (drawn last, on top). */
void                 px_certificate_layout_add_field     (PxCertificateLayout       *layout,
                                                          PxCertificateField        *field);
void                 px_certificate_layout_remove_field  (PxCertificateLayout       *layout,
                                                          guint                      index);
/* Moves the field at from to index to (drawing order). */
void                 px_certificate_layout_move_field    (PxCertificateLayout       *layout,
                                                          guint                      from,
                                                          guint                      to);

/* Whether the layout can be printed and saved: a name, a page of 50 to 1000 mm a side, a
 * numbering pattern px_certificate_format_number accepts, a PNG or JPEG background, sizes
 * above zero. */
gboolean             px_certificate_layout_validate      (const PxCertificateLayout *layout,
                                                          GError                   **error);

/* The whole template as JSON (UTF-8, English keys, the background as base64), to share
 * between schools; the id is left out. (transfer full) */
char                *px_certificate_layout_to_json       (const PxCertificateLayout *layout);
/* A template from such JSON, not saved (no id, not default); NULL with
 * PX_CERTIFICATE_LAYOUT_ERROR_JSON saying what is wrong. Missing keys take the default's
 * values. (transfer full) */
PxCertificateLayout *px_certificate_layout_from_json     (const char                *json,
                                                          GError                   **error);

/* Storage. The certificate_template row keeps page_size ("A4", "A5", "B5" or "WxH" in mm),
 * orientation, background, numbering_pattern, preprinted and is_default in their columns,
 * and the fields with their wording as JSON in layout; the wording column is left NULL. A row
 * written elsewhere without layout reads as the built-in fields with its wording as the body. */

/* The templates in the table, the default first, then by name. (transfer full)
 * (element-type PxCertificateLayout) */
GPtrArray           *px_certificate_layouts_list         (PxDatabase                *db,
                                                          GError                   **error);
/* The template with this id, or PX_DATABASE_ERROR_NOT_FOUND. (transfer full) */
PxCertificateLayout *px_certificate_layout_load          (PxDatabase                *db,
                                                          const char                *id,
                                                          GError                   **error);
/* The template named name, or PX_DATABASE_ERROR_NOT_FOUND. (transfer full) */
PxCertificateLayout *px_certificate_layout_load_by_name  (PxDatabase                *db,
                                                          const char                *name,
                                                          GError                   **error);
/* The template certificates print with when none is named: the default one, else the oldest,
 * else the built-in default (not written until saved). (transfer full) */
PxCertificateLayout *px_certificate_layout_load_default  (PxDatabase                *db,
                                                          GError                   **error);
/* Validates, then inserts (giving layout its id) or updates, audited, background included.
 * There is always one default once there is any template: one saved while no other is the
 * default becomes it (is_default set in layout), and saving one with is_default set clears it
 * on the others. On failure layout is left as it was. */
gboolean             px_certificate_layout_save          (PxDatabase                *db,
                                                          PxCertificateLayout       *layout,
                                                          GError                   **error);
/* Deletes the template; the certificates issued under it keep their numbers (their
 * template_id becomes NULL, as the schema's ON DELETE SET NULL says). The default is refused with PX_CERTIFICATE_LAYOUT_ERROR_IN_USE
 * while other templates exist: make another the default first. Audited. */
gboolean             px_certificate_layout_delete        (PxDatabase                *db,
                                                          const char                *id,
                                                          GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCertificateField, px_certificate_field_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCertificateLayout, px_certificate_layout_free)

G_END_DECLS
