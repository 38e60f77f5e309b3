/* Unit tests for lib/invoice.c: the canonical invoice type and medium,
 * what od_order_finish does with an invoice, and the tax-number check
 * (GB 32100-2015 统一社会信用代码 with real published codes, mutated
 * ones, and the older forms). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "invoice.h"
#include "model.h"

static void set(char **field, const char *s)
{
    assert_int_equal(od_str_set(field, s, strlen(s)), 0);
}

static const struct {
    const char *in, *type, *medium;
} names[] = {
    {"normal", "normal", NULL},
    {" Special ", "special", NULL},
    {"none", "none", NULL},
    {"普票", "normal", NULL},
    {"增值税普通发票", "normal", NULL},
    {"电子普通发票", "normal", NULL},
    {"专票", "special", NULL},
    {"增值税专用发票", "special", NULL},
    {"电子专票", "special", NULL},
    {"不开发票", "none", NULL},
    {"electronic", NULL, "electronic"},
    {"电子发票", NULL, "electronic"},
    {"数电", NULL, "electronic"},
    {"纸质", NULL, "paper"},
    {"PAPER", NULL, "paper"},
    {"收据", NULL, NULL},
    {"", NULL, NULL},
    {"专", NULL, NULL},
};

static void test_names(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        const char *t = od_invoice_type_canon(names[i].in);
        const char *m = od_invoice_medium_canon(names[i].in);

        if ((t == NULL) != (names[i].type == NULL) || (t && strcmp(t, names[i].type) != 0))
            fail_msg("type of '%s': %s", names[i].in, t ? t : "(null)");
        if ((m == NULL) != (names[i].medium == NULL) || (m && strcmp(m, names[i].medium) != 0))
            fail_msg("medium of '%s': %s", names[i].in, m ? m : "(null)");
    }
    assert_null(od_invoice_type_canon(NULL));
}

/* A finishable order with the given invoice type, medium and title. */
static struct od_order *order_with(const char *type, const char *medium, const char *title)
{
    struct od_order *o = od_order_new();
    struct od_line *l;

    assert_non_null(o);
    set(&o->external_id, "E-1");
    o->status = OD_STATUS_PAID;
    memcpy(o->currency, "CNY", 4);
    assert_int_equal(od_order_add_line(o, &l), 0);
    l->qty = 1;
    l->unit_price = od_price_from_money(100);
    if (type)
        set(&o->invoice.type, type);
    if (medium)
        set(&o->invoice.medium, medium);
    if (title)
        set(&o->invoice.title, title);
    return o;
}

static void test_finish(void **state)
{
    struct od_order *o;

    (void)state;
    /* canonical names; finishing twice changes nothing */
    o = order_with("增值税专用发票", "电子", "甲公司");
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->invoice.type, "special");
    assert_string_equal(o->invoice.medium, "electronic");
    assert_true(od_invoice_requested(&o->invoice));
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->invoice.type, "special");
    od_order_free(o);

    /* a title without a type asks for a 普票 */
    o = order_with(NULL, NULL, "甲公司");
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->invoice.type, "normal");
    assert_null(o->invoice.medium);
    od_order_free(o);

    /* no invoice: nothing set, not requested */
    o = order_with(NULL, NULL, NULL);
    assert_int_equal(od_order_finish(o), 0);
    assert_null(o->invoice.type);
    assert_false(od_invoice_requested(&o->invoice));
    od_order_free(o);

    /* none is not a request */
    o = order_with("不开发票", NULL, NULL);
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->invoice.type, "none");
    assert_false(od_invoice_requested(&o->invoice));
    od_order_free(o);

    /* empty type and medium are none given */
    o = order_with("", "", NULL);
    assert_int_equal(od_order_finish(o), 0);
    assert_null(o->invoice.type);
    assert_null(o->invoice.medium);
    od_order_free(o);
    o = order_with("", "", "甲公司");
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->invoice.type, "normal");
    assert_null(o->invoice.medium);
    od_order_free(o);

    /* unknown type or medium: refused, the order left as it was */
    o = order_with("收据", NULL, "甲公司");
    assert_int_equal(od_order_finish(o), OD_EINVAL);
    assert_string_equal(od_error_last(),
                        "invoice.type: expected none, normal or special; got '收据'");
    assert_string_equal(o->invoice.type, "收据");
    assert_null(o->priority);
    od_order_free(o);
    o = order_with("专票", "fax", NULL);
    assert_int_equal(od_order_finish(o), OD_EINVAL);
    assert_string_equal(od_error_last(), "invoice.medium: expected electronic or paper; got 'fax'");
    assert_string_equal(o->invoice.type, "专票");
    od_order_free(o);
}

/* Real, published 统一社会信用代码 (company registers and the companies' own
 * pages), and the standard's worked example with its check character
 * corrected (GB 32100-2015 gives 91350100M000100Y4Z and computes 3). */
static const char *const valid_uscc[] = {
    "914403001922038216", /* 华为技术有限公司 */
    "9144030071526726XG", /* 深圳市腾讯计算机系统有限公司 */
    "91330100716105852F", /* 阿里巴巴(中国)有限公司 */
    "91110000100010433L", /* 中国石油化工股份有限公司 */
    "91110108551385082Q", /* 小米科技有限责任公司 */
    "91350100M000100Y43", /* GB 32100-2015 worked example */
};

static void test_valid_uscc(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(valid_uscc) / sizeof(valid_uscc[0]); i++) {
        size_t len = 0, pos = 0;
        char expect = 0;

        if (od_tax_id_check(valid_uscc[i], &len, &pos, &expect) != OD_TAX_ID_USCC)
            fail_msg("%s refused (expect %c, pos %zu)", valid_uscc[i], expect, pos);
        assert_int_equal(len, 18);
        assert_int_equal(expect, valid_uscc[i][17]);
    }
}

static const struct {
    const char *id;
    enum od_tax_id_verdict want;
    size_t pos;  /* BAD_CHAR, BAD_REGION */
    char expect; /* BAD_CHECK */
} bad_ids[] = {
    /* the standard's own example of a wrong check character */
    {"91350100M000100Y4Z", OD_TAX_ID_BAD_CHECK, 0, '3'},
    /* one character flipped: the check character catches it */
    {"914403001922038226", OD_TAX_ID_BAD_CHECK, 0, '9'},
    {"9144030071526727XG", OD_TAX_ID_BAD_CHECK, 0, 'H'},
    {"91330100716105852E", OD_TAX_ID_BAD_CHECK, 0, 'F'},
    /* two neighbours swapped */
    {"91110000100010343L", OD_TAX_ID_BAD_CHECK, 0, '0'},
    /* letters outside the alphabet: I, O, Z, S, V */
    {"91440300I922038216", OD_TAX_ID_BAD_CHAR, 9, 0},
    {"91330100O16105852F", OD_TAX_ID_BAD_CHAR, 9, 0},
    /* ... and in the check character's place it is a wrong check character */
    {"91110108551385082Z", OD_TAX_ID_BAD_CHECK, 0, 'Q'},
    {"9144030071526726XI", OD_TAX_ID_BAD_CHECK, 0, 'G'},
    {"9131000SMA1FL0XX00", OD_TAX_ID_BAD_CHAR, 8, 0},
    {"V14403001922038216", OD_TAX_ID_BAD_CHAR, 1, 0},
    /* lower case is not how a tax number is written */
    {"9144030071526726xg", OD_TAX_ID_BAD_CHAR, 17, 0},
    /* the region code (positions 3-8) is digits */
    {"91A403001922038216", OD_TAX_ID_BAD_REGION, 3, 0},
    /* wrong lengths */
    {"91310000MA1FL0XX", OD_TAX_ID_BAD_LENGTH, 0, 0},
    {"9144030019220382166", OD_TAX_ID_BAD_LENGTH, 0, 0},
    {"", OD_TAX_ID_BAD_LENGTH, 0, 0},
    {"91440300 922038216", OD_TAX_ID_BAD_CHAR, 9, 0},
    /* older forms with a character outside A-Z 0-9 */
    {"31010413220-501", OD_TAX_ID_BAD_CHAR, 12, 0},
};

static void test_bad_ids(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) {
        size_t len = 0, pos = 0;
        char expect = 0;
        enum od_tax_id_verdict v = od_tax_id_check(bad_ids[i].id, &len, &pos, &expect);

        if (v != bad_ids[i].want)
            fail_msg("%s: verdict %d, want %d", bad_ids[i].id, v, bad_ids[i].want);
        if (bad_ids[i].pos && pos != bad_ids[i].pos)
            fail_msg("%s: position %zu, want %zu", bad_ids[i].id, pos, bad_ids[i].pos);
        if (bad_ids[i].expect && expect != bad_ids[i].expect)
            fail_msg("%s: expected check %c, want %c", bad_ids[i].id, expect, bad_ids[i].expect);
    }
}

/* Older tax numbers: 15 (region + organization code), 17, 20 (an identity
 * card number and two digits). */
static void test_old_ids(void **state)
{
    static const char *const old[] = {"310104132205010", "44030019220382A", "11010519491231002",
                                      "11010519491231002X01"};

    (void)state;
    for (size_t i = 0; i < sizeof(old) / sizeof(old[0]); i++) {
        size_t len = 0, pos = 0;
        char expect = 0;

        if (od_tax_id_check(old[i], &len, &pos, &expect) != OD_TAX_ID_OLD)
            fail_msg("%s refused", old[i]);
        assert_int_equal(len, strlen(old[i]));
    }
}

static void test_tax_keys(void **state)
{
    static const char *const yes[] = {
        "VAT Number", "_billing_vat_number", "_vat_number", "vat-id", "Tax ID", "税号",
        "vat",        "billing_vat_"};
    static const char *const no[] = {"vat number 2", "_wc_other", "", "vatnumber", "tax"};

    (void)state;
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        if (!od_invoice_tax_key(yes[i]))
            fail_msg("'%s' refused", yes[i]);
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        if (od_invoice_tax_key(no[i]))
            fail_msg("'%s' taken", no[i]);
    assert_false(od_invoice_tax_key(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),      cmocka_unit_test(test_finish),
        cmocka_unit_test(test_valid_uscc), cmocka_unit_test(test_bad_ids),
        cmocka_unit_test(test_old_ids),    cmocka_unit_test(test_tax_keys),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
