/* Shopify normalizer: field mapping, status table, refusals; the answer
 * of orders/count.json. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "json.h"
#include "shopify/shopify.h"

static const char full[] =
    "{\"id\":5678901234,\"name\":\"#1001\",\"email\":\"ann@example.com\","
    "\"created_at\":\"2026-11-20T09:30:00-05:00\",\"updated_at\":\"2026-11-21T10:00:00-05:00\","
    "\"processed_at\":\"2026-11-20T09:31:00-05:00\",\"cancelled_at\":null,\"closed_at\":null,"
    "\"financial_status\":\"paid\",\"fulfillment_status\":null,\"currency\":\"USD\","
    "\"total_price\":\"27.50\",\"subtotal_price\":\"20.00\",\"total_tax\":\"1.50\","
    "\"total_discounts\":\"2.00\",\"total_shipping_price_set\":{\"shop_money\":"
    "{\"amount\":\"6.00\",\"currency_code\":\"USD\"}},\"note\":\"leave at door\","
    "\"tags\":\"vip, wholesale\",\"customer\":{\"id\":42,\"first_name\":\"Ann\","
    "\"last_name\":\"Lee\",\"phone\":\"+15550100\"},\"shipping_address\":{\"name\":\"Ann Lee\","
    "\"address1\":\"1 Main St\",\"address2\":\"Apt 2\",\"city\":\"Springfield\","
    "\"province\":\"Illinois\",\"zip\":\"62701\",\"country_code\":\"US\",\"phone\":\"+15550100\"},"
    "\"line_items\":[{\"variant_id\":70,\"sku\":\"TEA-1\",\"title\":\"Tea\",\"quantity\":2,"
    "\"price\":\"10.00\",\"total_discount\":\"1.00\"},{\"variant_id\":80,\"sku\":\"CUP-1\","
    "\"title\":\"Cup\",\"quantity\":1,\"price\":\"2.00\"}]}";

static struct od_order *normalize(const char *text, int *rc)
{
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = shopify_normalize(j, "shop", &o);
    json_object_put(j);
    return o;
}

static void test_full_order(void **state)
{
    char t[OD_TIME_STRLEN], m[OD_MONEY_STRLEN];
    int rc;
    struct od_order *o = normalize(full, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->external_id, "5678901234");
    assert_string_equal(o->channel, "shop");
    assert_int_equal(o->status, OD_STATUS_PAID);
    assert_string_equal(o->channel_status, "paid/-");
    assert_string_equal(od_time_format(o->placed_at, t), "2026-11-20T14:30:00Z");
    assert_string_equal(od_time_format(o->paid_at, t), "2026-11-20T14:31:00Z");
    assert_string_equal(o->revision, "2026-11-21T10:00:00-05:00");
    assert_string_equal(o->currency, "USD");
    assert_string_equal(od_money_format(o->subtotal, m), "22.00"); /* before discounts */
    assert_string_equal(od_money_format(o->discount, m), "2.00");
    assert_string_equal(od_money_format(o->shipping, m), "6.00");
    assert_string_equal(od_money_format(o->tax, m), "1.50");
    assert_string_equal(od_money_format(o->total, m), "27.50");
    assert_string_equal(o->customer.ref, "42");
    assert_string_equal(o->customer.name, "Ann Lee");
    assert_string_equal(o->customer.email, "ann@example.com");
    assert_string_equal(o->ship_to.address, "1 Main St, Apt 2");
    assert_string_equal(o->ship_to.country, "US");
    assert_string_equal(o->ship_to.postal_code, "62701");
    assert_string_equal(o->buyer_note, "leave at door");
    assert_int_equal(o->n_tags, 2);
    assert_string_equal(o->tags[1], "wholesale");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "TEA-1");
    assert_string_equal(o->lines[0].channel_sku, "70");
    assert_int_equal(o->lines[0].qty, 2);
    assert_string_equal(od_money_format(o->lines[0].total, m), "19.00");
    od_order_free(o);
}

/* Replace the value of "key":VALUE in `full` (VALUE up to , or }). */
static void with(char *buf, size_t len, const char *key, const char *value)
{
    char pat[64];
    const char *at, *end;

    snprintf(pat, sizeof(pat), "\"%s\":", key);
    at = strstr(full, pat);
    assert_non_null(at);
    at += strlen(pat);
    end = at + strcspn(at, ",}");
    snprintf(buf, len, "%.*s%s%s", (int)(at - full), full, value, end);
}

/* A company on the billing address asks for an invoice; a checkout
 * app's "VAT Number" note attribute is its tax number. */
static void test_invoice(void **state)
{
    static const char billing[] =
        "{\"first_name\":\"Ann\",\"last_name\":\"Lee\",\"company\":\"Lee Tea GmbH\","
        "\"address1\":\"Hauptstr. 1\",\"city\":\"Berlin\",\"country_code\":\"DE\","
        "\"phone\":\"+49301234\"},\"note_attributes\":[{\"name\":\"gift\",\"value\":\"no\"},"
        "{\"name\":\"VAT Number\",\"value\":\"DE123456789\"}]";
    char buf[4096];
    struct od_order *o;
    int rc;

    (void)state;
    o = normalize(full, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type); /* no company: no invoice */
    assert_null(o->invoice.title);
    od_order_free(o);
    /* the same order with a billing address and note attributes before "tags" */
    {
        const char *at = strstr(full, "\"tags\":");

        assert_non_null(at);
        snprintf(buf, sizeof(buf), "%.*s\"billing_address\":%s,%s", (int)(at - full), full, billing,
                 at);
    }
    o = normalize(buf, &rc);
    if (rc != 0)
        fail_msg("%s", od_error_last());
    assert_string_equal(o->invoice.type, "normal");
    assert_string_equal(o->invoice.title, "Lee Tea GmbH");
    assert_string_equal(o->invoice.tax_id, "DE123456789");
    assert_string_equal(o->invoice.address, "Hauptstr. 1, Berlin");
    assert_string_equal(o->invoice.phone, "+49301234");
    assert_string_equal(o->invoice.email, "ann@example.com");
    od_order_free(o);
}

static void test_status_table(void **state)
{
    static const struct {
        const char *fin, *ful, *cancelled, *closed;
        enum od_status want;
    } cases[] = {
        {"\"pending\"", "null", "null", "null", OD_STATUS_PENDING_PAYMENT},
        {"\"authorized\"", "null", "null", "null", OD_STATUS_PENDING_PAYMENT},
        {"\"paid\"", "null", "null", "null", OD_STATUS_PAID},
        {"\"partially_paid\"", "null", "null", "null", OD_STATUS_PAID},
        {"\"partially_refunded\"", "null", "null", "null", OD_STATUS_PAID},
        {"\"paid\"", "\"partial\"", "null", "null", OD_STATUS_PARTIALLY_SHIPPED},
        {"\"paid\"", "\"fulfilled\"", "null", "null", OD_STATUS_SHIPPED},
        {"\"paid\"", "\"fulfilled\"", "null", "\"2026-11-25T00:00:00Z\"", OD_STATUS_COMPLETED},
        {"\"refunded\"", "\"fulfilled\"", "null", "null", OD_STATUS_REFUNDED},
        {"\"voided\"", "null", "null", "null", OD_STATUS_CANCELLED},
        {"\"paid\"", "null", "\"2026-11-22T00:00:00Z\"", "null", OD_STATUS_CANCELLED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char a[4096], b[4096], c[4096], d[4096];
        struct od_order *o;
        int rc;

        with(a, sizeof(a), "financial_status", cases[i].fin);
        memcpy(b, a, sizeof(b));
        {
            /* apply the other three replacements on the modified text */
            const char *keys[3] = {"fulfillment_status", "cancelled_at", "closed_at"};
            const char *vals[3] = {cases[i].ful, cases[i].cancelled, cases[i].closed};
            char *src = b;

            for (int k = 0; k < 3; k++) {
                char pat[64];
                const char *at, *end;

                snprintf(pat, sizeof(pat), "\"%s\":", keys[k]);
                at = strstr(src, pat) + strlen(pat);
                end = at + strcspn(at, ",}");
                snprintf(c, sizeof(c), "%.*s%s%s", (int)(at - src), src, vals[k], end);
                memcpy(d, c, sizeof(d));
                src = d;
            }
            o = normalize(src, &rc);
        }
        assert_int_equal(rc, 0);
        if (o->status != cases[i].want)
            fail_msg("case %zu: status %s, want %s", i, od_status_name(o->status),
                     od_status_name(cases[i].want));
        od_order_free(o);
    }
}

static void test_refusals(void **state)
{
    static const struct {
        const char *key, *value, *reason;
    } cases[] = {
        {"line_items", "[{\"sku\":\"X\",\"quantity\":1}]", "line_items[0]: no price"},
        {"line_items", "[{\"price\":\"1.00\",\"quantity\":1}]", "line_items[0]: no sku"},
        {"line_items", "[{\"sku\":\"X\",\"price\":\"1.00\",\"quantity\":0}]",
         "line_items[0]: quantity '0' is not a positive integer"},
        {"line_items", "[{\"sku\":\"X\",\"price\":\"1.2.3\",\"quantity\":1}]", "line_items[0]"},
        {"line_items", "[]", "no lines"},
        {"currency", "null", "currency"},
        {"id", "null", "id: missing"},
        {"created_at", "\"yesterday\"", "created_at"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char buf[4096];
        struct od_order *o;
        int rc;

        if (strcmp(cases[i].key, "line_items") == 0) {
            const char *at = strstr(full, "\"line_items\":") + strlen("\"line_items\":");

            snprintf(buf, sizeof(buf), "%.*s%s}", (int)(at - full), full, cases[i].value);
        } else {
            with(buf, sizeof(buf), cases[i].key, cases[i].value);
        }
        o = normalize(buf, &rc);
        assert_null(o);
        assert_int_equal(rc, OD_EINVAL);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' does not contain '%s'", i, od_error_last(), cases[i].reason);
    }
}

/* orders/count.json answers {"count": N}; anything else is refused. */
static void test_count_parse(void **state)
{
    static const struct {
        const char *body;
        int64_t want; /* -1: refused */
    } cases[] = {
        {"{\"count\":0}", 0},
        {"{\"count\": 1234}", 1234},
        {"{\"count\":9007199254740993}", 9007199254740993LL},
        {"{\"count\":-1}", -1},
        {"{\"count\":\"12\"}", -1},
        {"{\"count\":1.5}", -1},
        {"{\"count\":null}", -1},
        {"{\"count\":99999999999999999999999}", -1},
        {"{\"errors\":\"Not Found\"}", -1},
        {"[3]", -1},
        {"{\"count\":3", -1},
        {"<html>", -1},
        {"", -1},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int64_t n = -7;
        int rc = shopify_count_parse(cases[i].body, strlen(cases[i].body), &n);

        if (cases[i].want >= 0) {
            if (rc != 0 || n != cases[i].want)
                fail_msg("case %zu: rc %d n %lld, want %lld", i, rc, (long long)n,
                         (long long)cases[i].want);
        } else {
            if (rc != OD_EIO || n != -7)
                fail_msg("case %zu: rc %d n %lld, want refused", i, rc, (long long)n);
            assert_non_null(strstr(od_error_last(), "count.json"));
        }
    }
    assert_int_equal(shopify_count_parse(NULL, 0, &(int64_t){0}), OD_EIO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_order),   cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_status_table), cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_count_parse),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
