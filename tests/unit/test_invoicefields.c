/* Unit tests for connectors/imap/invoicefields.c: the 发票 labels of a
 * mailed purchase order's text, table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "imap/invoicefields.h"
#include "model.h"

struct want {
    const char *type, *medium, *title, *tax_id, *address, *phone, *bank, *account, *email;
};

static const struct {
    const char *name, *text;
    struct want w;
} cases[] = {
    {"one label a line",
     "采购单号：PO-7\n发票类型：增值税专用发票\n发票抬头：上海甲贸易有限公司\n"
     "纳税人识别号：91310000MA1FL0XX\n开户行：招商银行上海张江支行\n账号：121900000010001\n",
     {"special", NULL, "上海甲贸易有限公司", "91310000MA1FL0XX", NULL, NULL, "招商银行上海张江支行",
      "121900000010001", NULL}},
    {"several labels on one line, full-width colons",
     "抬头：深圳乙科技有限公司  税号：9144030071526726XG　发票类型：普票（电子）\n",
     {"normal", "electronic", "深圳乙科技有限公司", "9144030071526726XG", NULL, NULL, NULL, NULL,
      NULL}},
    {"combined address/phone and bank/account",
     "地址、电话：上海市浦东新区张江路 1 号 021-50000000\n"
     "开户行及账号：招商银行上海张江支行 1219 0000 1000 1\n",
     {NULL, NULL, NULL, NULL, "上海市浦东新区张江路 1 号", "021-50000000", "招商银行上海张江支行",
      "1219000010001", NULL}},
    {"tax number with spaces and lower case, e-mail",
     "统一社会信用代码: 9131 0000 ma1f l0xx\r\n收票邮箱：fp@example.com。\r\n",
     {NULL, NULL, NULL, "91310000MA1FL0XX", NULL, NULL, NULL, NULL, "fp@example.com"}},
    {"electronic invoice only names the medium",
     "发票类型：电子发票\n",
     {NULL, "electronic", NULL, NULL, NULL, NULL, NULL, NULL, NULL}},
    {"no invoice wanted",
     "发票类型：不开发票\n",
     {"none", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}},
    {"labels inside other words do not count",
     "支付宝账号：abc@example.com\n开户行名称 XYZ\n我们的税号是另一个\n地址：北京\n",
     {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}},
    {"the first value wins",
     "税号：91110108551385082Q\n税号：914403001922038216\n",
     {NULL, NULL, NULL, "91110108551385082Q", NULL, NULL, NULL, NULL, NULL}},
    {"empty value", "发票抬头：\n", {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}},
};

static void check(const char *name, const char *what, const char *got, const char *want)
{
    if ((got == NULL) != (want == NULL) || (got && strcmp(got, want) != 0))
        fail_msg("%s: %s is '%s', want '%s'", name, what, got ? got : "(null)",
                 want ? want : "(null)");
}

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_order *o = od_order_new();
        const struct od_invoice *v;

        assert_non_null(o);
        assert_int_equal(mail_invoice_fields(o, cases[i].text, strlen(cases[i].text)), 0);
        v = &o->invoice;
        check(cases[i].name, "type", v->type, cases[i].w.type);
        check(cases[i].name, "medium", v->medium, cases[i].w.medium);
        check(cases[i].name, "title", v->title, cases[i].w.title);
        check(cases[i].name, "tax_id", v->tax_id, cases[i].w.tax_id);
        check(cases[i].name, "address", v->address, cases[i].w.address);
        check(cases[i].name, "phone", v->phone, cases[i].w.phone);
        check(cases[i].name, "bank", v->bank, cases[i].w.bank);
        check(cases[i].name, "account", v->account, cases[i].w.account);
        check(cases[i].name, "email", v->email, cases[i].w.email);
        od_order_free(o);
    }
}

/* A field the reader already set is kept. */
static void test_keeps_set_fields(void **state)
{
    struct od_order *o = od_order_new();
    static const char text[] = "发票抬头：乙公司\n";

    (void)state;
    assert_int_equal(od_str_set(&o->invoice.title, "甲公司", strlen("甲公司")), 0);
    assert_int_equal(mail_invoice_fields(o, text, strlen(text)), 0);
    assert_string_equal(o->invoice.title, "甲公司");
    od_order_free(o);
}

/* A value is cut at 256 bytes, on a character boundary. */
static void test_long_value(void **state)
{
    char text[2048] = "发票抬头：";
    struct od_order *o = od_order_new();

    (void)state;
    for (int i = 0; i < 200; i++)
        memcpy(text + strlen(text), "公", 4);
    assert_int_equal(mail_invoice_fields(o, text, strlen(text)), 0);
    assert_non_null(o->invoice.title);
    assert_true(strlen(o->invoice.title) <= 256);
    assert_int_equal(strlen(o->invoice.title) % 3, 0);
    od_order_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_keeps_set_fields),
        cmocka_unit_test(test_long_value),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
