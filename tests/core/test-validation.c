/* test-validation.c: citizen IDs, phones, dates and code lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "px-cadre.h"
#include "px-code-list.h"
#include "px-date.h"
#include "px-id-number.h"
#include "px-phone.h"
#include "px-validation-error.h"

static void
test_id_valid (void)
{
  /* The worked example of GB 11643 (check character X), and IDs from several provinces whose
   * check digits were worked out by hand. */
  const char *valid[] = { "11010519491231002X", "110101198503120017", "330106197001010035",
                          "440305199512310020" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      px_id_number_validate (valid[i], &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (px_id_number_check_char ("11010519491231002"), ==, 'X');
  g_assert_cmpint (px_id_number_check_char ("11010119850312001"), ==, '7');
}

static void
test_id_check_digit_cases (void)
{
  g_autoptr(GError) error = NULL;
  char id[19] = "11010519491231002X";

  /* check character X */
  g_assert_true (px_id_number_validate (id, NULL));
  id[17] = '0';
  g_assert_false (px_id_number_validate (id, &error));
  g_assert_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_CHECK_DIGIT);
  g_assert_nonnull (strstr (error->message, "X"));
  g_clear_error (&error);

  /* a digit check character */
  g_strlcpy (id, "32010219800101123", sizeof id);
  id[17] = px_id_number_check_char (id);
  id[18] = '\0';
  g_assert_true (g_ascii_isdigit (id[17]) || id[17] == 'X');
  g_assert_true (px_id_number_validate (id, NULL));
  id[17] = id[17] == '9' ? '8' : (id[17] == 'X' ? '1' : id[17] + 1);
  g_assert_false (px_id_number_validate (id, &error));
  g_assert_error (error, PX_ID_NUMBER_ERROR, PX_ID_NUMBER_ERROR_CHECK_DIGIT);
}

static void
test_id_invalid (void)
{
  struct { const char *id; int code; } cases[] = {
    { "", PX_ID_NUMBER_ERROR_EMPTY },
    { "1.10101E+17", PX_ID_NUMBER_ERROR_SCIENTIFIC },
    { "1.10101198503121e+17", PX_ID_NUMBER_ERROR_SCIENTIFIC },
    { "11010519491231002", PX_ID_NUMBER_ERROR_LENGTH },
    { "110105491231002", PX_ID_NUMBER_ERROR_LENGTH },
    { "1101051949123100AX", PX_ID_NUMBER_ERROR_CHARACTERS },
    { "00010519491231002X", PX_ID_NUMBER_ERROR_REGION },
    { "110105194902300021", PX_ID_NUMBER_ERROR_BIRTH_DATE },   /* 30 February */
    { "110105209901010021", PX_ID_NUMBER_ERROR_BIRTH_DATE },   /* future */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (px_id_number_validate (cases[i].id, &error));
      g_assert_error (error, PX_ID_NUMBER_ERROR, cases[i].code);
    }
}

static void
test_id_normalize (void)
{
  struct { const char *in, *out; } cases[] = {
    { " 11010519491231002x ", "11010519491231002X" },
    { "'11010519491231002X", "11010519491231002X" },
    { "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X" },
    { "110105 1949 1231 002X", "11010519491231002X" },
    { "110105194912310021.0", "110105194912310021" },
    { "11010519491231002\u3000X", "11010519491231002X" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *n = px_id_number_normalize (cases[i].in);

      g_assert_cmpstr (n, ==, cases[i].out);
    }
}

static void
test_id_derived (void)
{
  g_autofree char *birth = px_id_number_birth_date ("11010519491231002X");

  g_assert_cmpstr (birth, ==, "1949-12-31");
  g_assert_cmpstr (px_id_number_gender ("11010519491231002X"), ==, "女");
  g_assert_cmpstr (px_id_number_gender ("110105194912310013"), ==, "男");
}

static void
test_phone (void)
{
  struct { const char *in, *out; } good[] = {
    { "13912345678", "13912345678" },
    { "139 1234 5678", "13912345678" },
    { "139-1234-5678", "13912345678" },
    { "+86 139 1234 5678", "13912345678" },
    { "0086-13912345678", "13912345678" },
    { "010-12345678", "010-12345678" },
    { "0571-87654321", "0571-87654321" },
    { "01012345678", "010-12345678" },
    { "(0571)87654321", "0571-87654321" },
    { "", "" },
  };
  const char *bad[] = { "12345", "1391234567", "23912345678", "139123456789", "电话" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *n = px_phone_normalize (good[i].in, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (n, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *n = px_phone_normalize (bad[i], &error);

      g_assert_null (n);
      g_assert_error (error, PX_PHONE_ERROR, PX_PHONE_ERROR_INVALID);
    }
}

static void
test_dates (void)
{
  struct { const char *in, *out; } good[] = {
    { "1985-03-12", "1985-03-12" }, { "1985/3/12", "1985-03-12" },
    { "1985.3.12", "1985-03-12" }, { "1985.03", "1985-03" }, { "1985-3", "1985-03" },
    { "1985年3月", "1985-03" }, { "1985年3月12日", "1985-03-12" }, { "19850312", "1985-03-12" },
    { "198503", "1985-03" }, { "1985", "1985" }, { "1985-03-12 00:00:00", "1985-03-12" },
    { "31118", "1985-03-12" }, { "１９８５．０３", "1985-03" },
  };
  const char *bad[] = { "1985-13-01", "1985-02-30", "abc", "85.3", "1985-03-12x", "" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      PxLooseDate date;
      g_autofree char *s = NULL;

      g_assert_true (px_date_parse_loose (good[i].in, &date));
      s = px_loose_date_format (&date);
      g_assert_cmpstr (s, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      PxLooseDate date;

      g_assert_false (px_date_parse_loose (bad[i], &date));
    }
  g_assert_true (px_date_is_iso ("2024-02-29"));
  g_assert_false (px_date_is_iso ("2023-02-29"));
}

static void
test_code_lists (void)
{
  g_assert_cmpstr (px_code_list_ethnicity ("汉"), ==, "汉族");
  g_assert_cmpstr (px_code_list_ethnicity (" 蒙古族 "), ==, "蒙古族");
  g_assert_null (px_code_list_ethnicity ("火星族"));
  g_assert_cmpuint (g_strv_length ((char **) px_code_list_ethnicities ()), ==, 56);
  g_assert_cmpstr (px_code_list_political_status ("党员"), ==, "中共党员");
  g_assert_cmpstr (px_code_list_political_status ("群众"), ==, "群众");
  g_assert_null (px_code_list_political_status ("会员"));
  g_assert_cmpstr (px_code_list_rank ("正处级"), ==, "县处级正职");
  g_assert_cmpstr (px_code_list_rank ("副科"), ==, "乡科级副职");
  g_assert_cmpstr (px_code_list_rank_group ("四级调研员"), ==, "county_and_above");
  g_assert_cmpstr (px_code_list_rank_group ("一级主任科员"), ==, "township_and_below");
  g_assert_cmpstr (px_code_list_rank_group ("调研员"), ==, "county_and_above");
  g_assert_cmpstr (px_code_list_education ("本科"), ==, "大学本科");
  g_assert_cmpstr (px_code_list_gender ("女性"), ==, "女");
}

static void
test_cadre_check (void)
{
  g_autoptr(PxCadre) cadre = px_cadre_new ();
  g_autoptr(GError) error = NULL;

  cadre->name = g_strdup ("张三");
  cadre->citizen_id = g_strdup ("11010519491231002X");
  g_assert_true (px_cadre_check (cadre, NULL));

  cadre->gender = g_strdup ("男");
  g_assert_false (px_cadre_check (cadre, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_INCONSISTENT);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "gender");
  g_clear_error (&error);
  g_free (cadre->gender);
  cadre->gender = g_strdup ("女");

  cadre->birth_date = g_strdup ("1949-12-30");
  g_assert_false (px_cadre_check (cadre, &error));
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "birth_date");
  g_clear_error (&error);
  g_free (cadre->birth_date);
  cadre->birth_date = g_strdup ("1949-12-31");

  cadre->phone = g_strdup ("12345");
  g_assert_false (px_cadre_check (cadre, &error));
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "phone");
  g_clear_error (&error);
  g_free (cadre->phone);
  cadre->phone = g_strdup ("13912345678");

  g_free (cadre->citizen_id);
  cadre->citizen_id = g_strdup ("110105194912310020");
  g_assert_false (px_cadre_check (cadre, &error));
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "citizen_id");
  g_clear_error (&error);

  g_free (cadre->name);
  cadre->name = g_strdup ("  ");
  g_assert_false (px_cadre_check (cadre, &error));
  g_assert_error (error, PX_VALIDATION_ERROR, PX_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (px_validation_error_get_column (error), ==, "name");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/id-number/valid", test_id_valid);
  g_test_add_func ("/core/id-number/check-digit", test_id_check_digit_cases);
  g_test_add_func ("/core/id-number/invalid", test_id_invalid);
  g_test_add_func ("/core/id-number/normalize", test_id_normalize);
  g_test_add_func ("/core/id-number/derived", test_id_derived);
  g_test_add_func ("/core/phone", test_phone);
  g_test_add_func ("/core/date/loose", test_dates);
  g_test_add_func ("/core/code-list", test_code_lists);
  g_test_add_func ("/core/cadre/check", test_cadre_check);

  return g_test_run ();
}
