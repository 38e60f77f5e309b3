/* Unit tests for lib/json.c: the exact shape of an order's JSON, the round
 * trip, exact money from JSON numbers, and the error details of reading
 * and parsing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "error.h"
#include "json.h"

#define PRINT_FLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

static void set(char **field, const char *s)
{
    assert_int_equal(od_str_set(field, s, strlen(s)), 0);
}

static struct od_order *full_order(void)
{
    struct od_order *o = od_order_new();
    struct od_line *l;

    assert_non_null(o);
    o->id = 1042;
    set(&o->channel, "store-sh");
    set(&o->external_id, "SO-1001");
    set(&o->revision, "2026-11-20T01:31:00Z#3");
    o->status = OD_STATUS_PAID;
    set(&o->channel_status, "105");
    assert_int_equal(od_time_parse("2026-11-20T09:30:00+08:00", 25, NULL, &o->placed_at), 0);
    o->updated_at = o->placed_at + 60123456;
    memcpy(o->currency, "CNY", 4);
    o->subtotal = 11800;
    o->shipping = 1000;
    o->discount = 0;
    o->tax = 0;
    o->total = 12800;
    set(&o->customer.ref, "C-7");
    set(&o->customer.name, "张三");
    set(&o->customer.phone, "+8613800138000");
    set(&o->ship_to.name, "张三");
    set(&o->ship_to.phone, "+8613800138000");
    set(&o->ship_to.country, "CN");
    set(&o->ship_to.province, "上海市");
    set(&o->ship_to.city, "上海市");
    set(&o->ship_to.district, "浦东新区");
    set(&o->ship_to.address, "张江路 123 号");
    set(&o->ship_to.postal_code, "201203");
    assert_int_equal(od_order_add_line(o, &l), 0);
    set(&l->sku, "A-100");
    set(&l->channel_sku, "dy-889");
    set(&l->title, "龙井茶 \"特级\" 250g/罐");
    l->qty = 2;
    l->unit_price = od_price_from_money(5900);
    l->discount = 0;
    l->total = 11800;
    assert_int_equal(od_order_add_line(o, &l), 0);
    set(&l->sku, "GIFT");
    l->qty = 1;
    l->unit_price = od_price_from_money(0);
    set(&o->buyer_note, "请加急\n谢谢 \\ 😀");
    set(&o->priority, "urgent");
    assert_int_equal(od_order_add_tag(o, "vip"), 0);
    assert_int_equal(od_order_add_tag(o, "老客户"), 0);
    set(&o->audit.outcome, "held");
    o->audit.reasons = calloc(2, sizeof(*o->audit.reasons));
    assert_non_null(o->audit.reasons);
    o->audit.n_reasons = 2;
    set(&o->audit.reasons[0].rule, "stock");
    set(&o->audit.reasons[0].message, "A-100: 2 ordered, 1 on hand");
    set(&o->audit.reasons[0].evidence,
        "{\"sku\":\"A-100\",\"ordered\":2,\"on_hand\":1,\"ratio\":0.50,\"ok\":false,"
        "\"warehouses\":[\"上海\",null]}");
    set(&o->audit.reasons[1].rule, "amount");
    set(&o->audit.reasons[1].message, "over 100.00");
    return o;
}

static const char full_json[] =
    "{\"id\":1042,\"channel\":\"store-sh\",\"external_id\":\"SO-1001\","
    "\"revision\":\"2026-11-20T01:31:00Z#3\",\"status\":\"paid\",\"channel_status\":\"105\","
    "\"placed_at\":\"2026-11-20T01:30:00Z\",\"paid_at\":null,"
    "\"updated_at\":\"2026-11-20T01:31:00.123456Z\",\"currency\":\"CNY\","
    "\"subtotal\":\"118.00\",\"shipping\":\"10.00\",\"discount\":\"0.00\",\"tax\":\"0.00\","
    "\"total\":\"128.00\","
    "\"customer\":{\"ref\":\"C-7\",\"name\":\"张三\",\"phone\":\"+8613800138000\","
    "\"email\":null},"
    "\"ship_to\":{\"name\":\"张三\",\"phone\":\"+8613800138000\",\"country\":\"CN\","
    "\"province\":\"上海市\",\"city\":\"上海市\",\"district\":\"浦东新区\","
    "\"address\":\"张江路 123 号\",\"postal_code\":\"201203\"},"
    "\"lines\":[{\"line_no\":1,\"sku\":\"A-100\",\"channel_sku\":\"dy-889\","
    "\"title\":\"龙井茶 \\\"特级\\\" 250g/罐\",\"qty\":2,\"unit_price\":\"59.00\","
    "\"discount\":\"0.00\",\"total\":\"118.00\"},"
    "{\"line_no\":2,\"sku\":\"GIFT\",\"channel_sku\":null,\"title\":null,\"qty\":1,"
    "\"unit_price\":\"0.00\",\"discount\":null,\"total\":null}],"
    "\"buyer_note\":\"请加急\\n谢谢 \\\\ 😀\",\"seller_note\":null,\"priority\":\"urgent\","
    "\"tags\":[\"vip\",\"老客户\"],"
    "\"audit\":{\"outcome\":\"held\",\"reasons\":["
    "{\"rule\":\"stock\",\"message\":\"A-100: 2 ordered, 1 on hand\","
    "\"evidence\":{\"sku\":\"A-100\",\"ordered\":2,\"on_hand\":1,\"ratio\":0.50,\"ok\":false,"
    "\"warehouses\":[\"上海\",null]}},"
    "{\"rule\":\"amount\",\"message\":\"over 100.00\",\"evidence\":null}]}}";

/* to_json + print; the caller frees. */
static char *print_order(const struct od_order *o)
{
    struct json_object *obj = NULL;
    char *s;

    if (od_order_to_json(o, &obj) != 0)
        fail_msg("to_json: %s", od_error_last());
    s = strdup(json_object_to_json_string_ext(obj, PRINT_FLAGS));
    assert_non_null(s);
    json_object_put(obj);
    return s;
}

/* parse + from_json; NULL with the detail in od_error_last() on failure. */
static struct od_order *read_order(const char *text, const struct od_json_opts *opts, int *rc)
{
    struct json_object *obj = NULL;
    struct od_order *o = NULL;

    *rc = od_json_parse(text, strlen(text), &obj);
    if (*rc == 0)
        *rc = od_order_from_json(obj, opts, &o);
    json_object_put(obj);
    return o;
}

/* `o` printed, read back and printed again, which must give the same
 * text. Returns the order read back (the caller checks it and frees it)
 * and in *text the printed text (the caller frees it). */
static struct od_order *roundtrip(const struct od_order *o, char **text)
{
    char *s = print_order(o), *s2;
    struct od_order *back;
    int rc;

    back = read_order(s, NULL, &rc);
    if (rc != 0)
        fail_msg("from_json: %s", od_error_last());
    s2 = print_order(back);
    assert_string_equal(s, s2);
    free(s2);
    *text = s;
    return back;
}

static void test_shape(void **state)
{
    struct od_order *o = full_order();
    char *s = print_order(o);

    (void)state;
    assert_string_equal(s, full_json);
    free(s);
    od_order_free(o);
}

static void test_round_trip(void **state)
{
    struct od_json_opts opts = {"Asia/Shanghai", "USD"};
    struct od_order *o = full_order(), *back;
    char *first, *second;
    int rc;

    (void)state;
    first = print_order(o);
    back = read_order(first, &opts, &rc);
    if (rc != 0)
        fail_msg("from_json: %s", od_error_last());
    /* id and channel are the caller's to assign */
    assert_int_equal(back->id, 0);
    assert_null(back->channel);
    back->id = o->id;
    set(&back->channel, o->channel);
    second = print_order(back);
    assert_string_equal(first, second);
    /* and the values themselves */
    assert_true(back->placed_at == o->placed_at && back->updated_at == o->updated_at);
    assert_true(back->paid_at == OD_TIME_NONE);
    assert_true(back->lines[1].discount == OD_MONEY_NONE);
    assert_null(back->seller_note);
    assert_null(back->customer.email);
    assert_null(back->audit.reasons[1].evidence);
    assert_string_equal(back->ship_to.address, "张江路 123 号");
    free(first);
    free(second);
    od_order_free(back);
    od_order_free(o);
}

static void test_minimal(void **state)
{
    struct od_order *o = od_order_new(), *back;
    char *s;

    (void)state;
    assert_non_null(o);
    back = roundtrip(o, &s);
    /* no id, no audit; everything absent is null */
    assert_string_equal(
        s, "{\"channel\":null,\"external_id\":null,\"revision\":null,\"status\":null,"
           "\"channel_status\":null,\"placed_at\":null,\"paid_at\":null,\"updated_at\":null,"
           "\"currency\":null,\"subtotal\":null,\"shipping\":null,\"discount\":null,"
           "\"tax\":null,\"total\":null,"
           "\"customer\":{\"ref\":null,\"name\":null,\"phone\":null,\"email\":null},"
           "\"ship_to\":{\"name\":null,\"phone\":null,\"country\":null,\"province\":null,"
           "\"city\":null,\"district\":null,\"address\":null,\"postal_code\":null},"
           "\"lines\":[],\"buyer_note\":null,\"seller_note\":null,\"priority\":null,"
           "\"tags\":[]}");
    free(s);
    od_order_free(back);
    od_order_free(o);
}

/* json-c keeps the literal of a parsed double; money relies on it. */
static void test_json_c_keeps_number_text(void **state)
{
    static const char *const literals[] = {"12.3", "12.30", "1234567890123.45",
                                           "0.1",  "-0.0",  "1e2"};
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(literals) / sizeof(literals[0]); i++) {
        struct json_object *v = NULL;

        assert_int_equal(od_json_parse(literals[i], strlen(literals[i]), &v), 0);
        assert_true(json_object_is_type(v, json_type_double));
        assert_string_equal(json_object_get_string(v), literals[i]);
        json_object_put(v);
    }
}

static const struct {
    const char *json; /* the value of "subtotal" */
    od_money want;
    const char *error; /* NULL = accepted */
} amounts[] = {
    {"12.3", 1230, NULL},
    {"12.30", 1230, NULL},
    {"12", 1200, NULL},
    {"0.1", 10, NULL},
    {"0.07", 7, NULL},
    {"1234567890123.45", INT64_C(123456789012345), NULL},
    {"9999999999999.99", INT64_C(999999999999999), NULL},
    {"-5.5", -550, NULL},
    {"\"12.30\"", 1230, NULL},
    {"\"1,234.50\"", 123450, NULL},
    {"\"\xc2\xa5"
     "12.3\"",
     1230, NULL},
    {"null", OD_MONEY_NONE, NULL},
    {"12.345", 0, "subtotal: "},
    {"1e2", 0, "subtotal: "},
    {"1.5E1", 0, "subtotal: "},
    {"NaN", 0, "subtotal: "},
    {"99999999999999999999", 0, "subtotal: "},
    {"10000000000000.01", 0, "subtotal: "},
    {"\"abc\"", 0, "subtotal: "},
    {"true", 0, "subtotal: expected an amount"},
    {"{}", 0, "subtotal: expected an amount"},
    {"[1]", 0, "subtotal: expected an amount"},
};

static void test_money(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(amounts) / sizeof(amounts[0]); i++) {
        char text[128];
        struct od_order *o;
        int rc;

        snprintf(text, sizeof(text), "{\"subtotal\":%s}", amounts[i].json);
        o = read_order(text, NULL, &rc);
        if (amounts[i].error) {
            if (rc != OD_EINVAL)
                fail_msg("%s: accepted", amounts[i].json);
            if (strncmp(od_error_last(), amounts[i].error, strlen(amounts[i].error)) != 0)
                fail_msg("%s: detail \"%s\"", amounts[i].json, od_error_last());
            assert_null(o);
        } else {
            if (rc != 0)
                fail_msg("%s: %s", amounts[i].json, od_error_last());
            if (o->subtotal != amounts[i].want)
                fail_msg("%s: got %lld", amounts[i].json, (long long)o->subtotal);
            od_order_free(o);
        }
    }
}

static void test_values(void **state)
{
    struct od_json_opts opts = {"Asia/Shanghai", "cny"};
    struct od_order *o;
    char buf[OD_TIME_STRLEN];
    int rc;

    (void)state;
    o = read_order("{\"id\":7,\"channel\":\"x\",\"external_id\":\"E\",\"status\":\"shipped\","
                   "\"placed_at\":\"2026-11-20 09:30:00\",\"paid_at\":\"2026-11-20T09:30:00Z\","
                   "\"lines\":[{\"line_no\":1,\"qty\":\"3\",\"unit_price\":1.5},"
                   "{\"qty\":9223372036854775807}],"
                   "\"tags\":[\"a\",\"b\"],\"customer\":null,\"audit\":{\"outcome\":null}}",
                   &opts, &rc);
    if (rc != 0)
        fail_msg("%s", od_error_last());
    assert_int_equal(o->id, 0);
    assert_null(o->channel);
    assert_string_equal(o->external_id, "E");
    assert_int_equal(o->status, OD_STATUS_SHIPPED);
    assert_string_equal(o->currency, "CNY"); /* the default, upper-cased */
    assert_string_equal(od_time_format(o->placed_at, buf), "2026-11-20T01:30:00Z");
    assert_string_equal(od_time_format(o->paid_at, buf), "2026-11-20T09:30:00Z");
    assert_int_equal(o->n_lines, 2);
    assert_int_equal(o->lines[0].qty, 3);
    assert_int_equal(o->lines[0].unit_price.e4, 15000);
    assert_int_equal(o->lines[1].line_no, 2);
    assert_int_equal(o->lines[1].qty, INT64_MAX);
    assert_int_equal(o->n_tags, 2);
    assert_null(o->audit.outcome);
    od_order_free(o);

    /* the object's currency wins over the default */
    o = read_order("{\"currency\":\"usd\"}", &opts, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->currency, "USD");
    od_order_free(o);
    /* null keeps the default; no default leaves it empty */
    o = read_order("{\"currency\":null}", &opts, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->currency, "CNY");
    od_order_free(o);
    o = read_order("{}", NULL, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->currency, "");
    assert_true(o->placed_at == OD_TIME_NONE);
    od_order_free(o);
}

static const struct {
    const char *json;
    const char *error; /* the exact detail */
} bad_orders[] = {
    {"{\"ship_to\":{\"provnce\":\"x\"}}",
     "ship_to.provnce: unknown key; allowed: name, phone, country, province, city, district, "
     "address, postal_code"},
    {"{\"lines\":[{\"qty\":1},{\"qty\":1,\"skuu\":\"x\"}]}",
     "lines[1].skuu: unknown key; allowed: line_no, sku, channel_sku, title, qty, unit_price, "
     "discount, total"},
    {"{\"customer\":{\"mail\":null}}",
     "customer.mail: unknown key; allowed: ref, name, phone, email"},
    {"{\"audit\":{\"outcome\":\"held\",\"reasons\":[{\"rul\":1}]}}",
     "audit.reasons[0].rul: unknown key; allowed: rule, message, evidence"},
    {"{\"externalid\":\"x\"}",
     "externalid: unknown key; allowed: id, channel, external_id, revision, status, "
     "channel_status, placed_at, paid_at, updated_at, currency, subtotal, shipping, discount, "
     "tax, total, customer, ship_to, lines, buyer_note, seller_note, priority, tags, audit, "
     "extraction, invoice"},
    {"{\"invoice\":[]}", "invoice: expected an object or null"},
    {"{\"invoice\":{\"taxid\":\"x\"}}",
     "invoice.taxid: unknown key; allowed: type, medium, title, tax_id, email, address, phone, "
     "bank, account"},
    {"{\"invoice\":{\"title\":7}}", "invoice.title: expected a string or null"},
    {"{\"extraction\":[]}", "extraction: expected an object or null"},
    {"{\"extraction\":{\"doubt\":[]}}", "extraction.doubt: unknown key; allowed: doubts, sources"},
    {"{\"extraction\":{\"doubts\":\"x\"}}",
     "extraction.doubts: expected an array of strings or null"},
    {"{\"extraction\":{\"doubts\":[\"a\",2]}}", "extraction.doubts[1]: expected a string"},
    {"{\"extraction\":{\"doubts\":[\"a\\u0000\"]}}",
     "extraction.doubts[0]: the string contains a NUL character"},
    {"{\"extraction\":{\"sources\":[]}}",
     "extraction.sources: expected an object of strings or null"},
    {"{\"extraction\":{\"sources\":{\"total\":3}}}",
     "extraction.sources.total: expected a string (where the field was read)"},
    {"{\"extraction\":{\"sources\":{\"total\":null}}}",
     "extraction.sources.total: expected a string (where the field was read)"},
    {"{\"lines\":[{\"qty\":1},{\"qty\":\"two\"}]}", "lines[1].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":0}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":-1}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":1.0}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":null}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":\"+1\"}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":9223372036854775808}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"qty\":99999999999999999999}]}", "lines[0].qty: expected a positive integer"},
    {"{\"lines\":[{\"sku\":\"A\"}]}", "lines[0].qty: missing (a positive integer)"},
    {"{\"lines\":[{\"qty\":1,\"line_no\":2}]}",
     "lines[0].line_no: expected 1 (lines are numbered in order from 1)"},
    {"{\"lines\":[1]}", "lines[0]: expected an object"},
    {"{\"lines\":{}}", "lines: expected an array of lines or null"},
    {"{\"external_id\":1001}", "external_id: expected a string or null"},
    {"{\"external_id\":\"a\\u0000b\"}", "external_id: the string contains a NUL character"},
    {"{\"ship_to\":[]}", "ship_to: expected an object or null"},
    {"{\"customer\":\"x\"}", "customer: expected an object or null"},
    {"{\"tags\":[\"a\",1]}", "tags[1]: expected a string"},
    {"{\"tags\":\"a\"}", "tags: expected an array of strings or null"},
    {"{\"status\":\"sent\"}",
     "status: unknown status \"sent\"; valid: pending_payment, paid, partially_shipped, "
     "shipped, completed, cancelled, refunded"},
    {"{\"status\":3}", "status: expected a status name or null"},
    {"{\"currency\":\"RMBX\"}", "currency: expected a 3-letter ISO 4217 code such as CNY"},
    {"{\"currency\":\"12$\"}", "currency: expected a 3-letter ISO 4217 code such as CNY"},
    {"{\"placed_at\":\"2026-02-30 10:00\"}",
     "placed_at: bad time stamp \"2026-02-30 10:00\": day out of range for the month"},
    {"{\"paid_at\":1700000000}", "paid_at: expected a time stamp string or null"},
    {"{\"audit\":{\"reasons\":[{\"rule\":\"x\"}]}}",
     "audit.outcome: required when reasons are given"},
    {"{\"audit\":{\"outcome\":\"maybe\"}}",
     "audit.outcome: unknown outcome \"maybe\"; valid: approved, held, rejected, pending"},
    {"{\"audit\":{\"outcome\":\"held\",\"reasons\":[{\"evidence\":[1]}]}}",
     "audit.reasons[0].evidence: expected an object or null"},
    {"{\"audit\":{\"outcome\":\"held\",\"reasons\":{}}}",
     "audit.reasons: expected an array of reasons or null"},
    {"[]", "expected an order as a JSON object"},
    {"\"order\"", "expected an order as a JSON object"},
};

static void test_errors(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(bad_orders) / sizeof(bad_orders[0]); i++) {
        int rc;
        struct od_order *o = read_order(bad_orders[i].json, NULL, &rc);

        if (rc != OD_EINVAL)
            fail_msg("%s: got %d", bad_orders[i].json, rc);
        assert_null(o);
        if (strcmp(od_error_last(), bad_orders[i].error) != 0)
            fail_msg("%s:\n got \"%s\"\nwant \"%s\"", bad_orders[i].json, od_error_last(),
                     bad_orders[i].error);
    }
}

static void test_bad_default_currency(void **state)
{
    struct od_json_opts opts = {NULL, "yuan"};
    int rc;

    (void)state;
    assert_null(read_order("{}", &opts, &rc));
    assert_int_equal(rc, OD_EINVAL);
    assert_string_equal(od_error_last(),
                        "default currency: expected a 3-letter ISO 4217 code such as CNY");
}

static void test_bad_evidence_text(void **state)
{
    struct od_order *o = od_order_new();
    struct json_object *obj = NULL;

    (void)state;
    assert_non_null(o);
    set(&o->audit.outcome, "held");
    o->audit.reasons = calloc(1, sizeof(*o->audit.reasons));
    assert_non_null(o->audit.reasons);
    o->audit.n_reasons = 1;
    set(&o->audit.reasons[0].evidence, "[1,2]");
    assert_int_equal(od_order_to_json(o, &obj), OD_EINVAL);
    assert_null(obj);
    assert_non_null(strstr(od_error_last(), "audit.reasons[0].evidence"));
    set(&o->audit.reasons[0].evidence, "{\"a\":");
    assert_int_equal(od_order_to_json(o, &obj), OD_EINVAL);
    assert_null(obj);
    od_order_free(o);
}

/* The extraction member: printed only when the order has one, read back
 * equal; sources {} when not known, and {} reads back as none. */
static void test_extraction(void **state)
{
    struct od_order *o = od_order_new(), *back;
    char *s;
    int rc;

    (void)state;
    assert_non_null(o);
    s = print_order(o);
    assert_null(strstr(s, "extraction"));
    free(s);

    assert_int_equal(od_order_add_doubt(o, "line 3: amount 30.00 is not 2 x 14.00"), 0);
    assert_int_equal(od_order_add_doubt(o, "two order numbers: PO-7, PO-8"), 0);
    set(&o->extraction->sources,
        "{\"external_id\":\"Sheet1!B2\",\"lines[0].qty\":\"p1 x=300 y=212\"}");
    back = roundtrip(o, &s);
    assert_non_null(strstr(s, ",\"tags\":[],\"extraction\":{\"doubts\":["
                              "\"line 3: amount 30.00 is not 2 x 14.00\","
                              "\"two order numbers: PO-7, PO-8\"],"
                              "\"sources\":{\"external_id\":\"Sheet1!B2\","
                              "\"lines[0].qty\":\"p1 x=300 y=212\"}}}"));
    assert_non_null(back->extraction);
    assert_int_equal(back->extraction->n_doubts, 2);
    assert_string_equal(back->extraction->doubts[1], "two order numbers: PO-7, PO-8");
    assert_string_equal(back->extraction->sources,
                        "{\"external_id\":\"Sheet1!B2\",\"lines[0].qty\":\"p1 x=300 y=212\"}");
    free(s);
    od_order_free(back);

    /* sources not known: {} out, none back in; no doubts: [] */
    for (size_t i = 0; i < o->extraction->n_doubts; i++)
        free(o->extraction->doubts[i]);
    o->extraction->n_doubts = 0;
    free(o->extraction->sources);
    o->extraction->sources = NULL;
    back = roundtrip(o, &s);
    assert_non_null(strstr(s, "\"extraction\":{\"doubts\":[],\"sources\":{}}}"));
    assert_non_null(back->extraction);
    assert_int_equal(back->extraction->n_doubts, 0);
    assert_null(back->extraction->sources);
    free(s);
    od_order_free(back);
    od_order_free(o);

    /* null (what the store reads back for an order no reader made) */
    back = read_order("{\"extraction\":null}", NULL, &rc);
    assert_int_equal(rc, 0);
    assert_null(back->extraction);
    od_order_free(back);

    /* a stored sources text that is not an object cannot be printed */
    o = od_order_new();
    assert_non_null(o);
    assert_int_equal(od_order_add_doubt(o, "x"), 0);
    set(&o->extraction->sources, "[1]");
    {
        struct json_object *obj = NULL;

        assert_int_equal(od_order_to_json(o, &obj), OD_EINVAL);
        assert_null(obj);
        assert_non_null(strstr(od_error_last(), "extraction.sources"));
    }
    od_order_free(o);
}

static const struct {
    const char *text;
    size_t len;        /* 0: strlen */
    const char *error; /* NULL = accepted; else a prefix of the detail */
} parses[] = {
    {"{}", 0, NULL},
    {" \t\r\n{} \n", 0, NULL},
    {"12", 0, NULL},
    {"12.5", 0, NULL},
    {"true", 0, NULL},
    {"\"x\"", 0, NULL},
    {"{}garbage", 2, NULL}, /* only len bytes are read */
    {"{} x", 0, "JSON syntax error at byte 3: "},
    {"{}{}", 0, "JSON syntax error at byte 2: "},
    {"12 13", 0, "JSON syntax error at byte 3: "},
    {"{}\0", 3, "JSON syntax error at byte 2: "},
    {"{}\0{}", 4, "JSON syntax error at byte 2: "},
    {"12\0", 3, "JSON syntax error at byte 2: "},
    {"", 0, "JSON syntax error at byte 0: unexpected end of data"},
    {"   ", 0, "JSON syntax error at byte 3: unexpected end of data"},
    {"{\"a\":", 0, "JSON syntax error at byte 5: unexpected end of data"},
    {"{\"a\" 1}", 0, "JSON syntax error at byte 5: "},
    {"[1,]", 0, "JSON syntax error at byte 3: "},
    {"'a'", 0, "JSON syntax error at byte 0: "},
    {"{\"a\":1}// c", 0, "JSON syntax error at byte 7: "},
    {"\"\xff\"", 0, "JSON syntax error at byte 1: invalid utf-8"},
    {"tru", 0, "JSON syntax error at byte 3: "},
};

/* The invoice: printed only when a field is given, after the extraction;
 * read back equal. */
static void test_invoice(void **state)
{
    struct od_order *o = od_order_new(), *back;
    char *s;

    (void)state;
    assert_non_null(o);
    s = print_order(o);
    assert_null(strstr(s, "invoice"));
    free(s);
    set(&o->invoice.type, "special");
    set(&o->invoice.title, "上海某某贸易有限公司");
    set(&o->invoice.tax_id, "91310000MA1FL0XX");
    set(&o->invoice.bank, "招商银行上海分行");
    back = roundtrip(o, &s);
    assert_non_null(strstr(s, ",\"tags\":[],\"invoice\":{\"type\":\"special\",\"medium\":null,"
                              "\"title\":\"上海某某贸易有限公司\",\"tax_id\":\"91310000MA1FL0XX\","
                              "\"email\":null,\"address\":null,\"phone\":null,"
                              "\"bank\":\"招商银行上海分行\",\"account\":null}}"));
    assert_string_equal(back->invoice.tax_id, "91310000MA1FL0XX");
    assert_null(back->invoice.account);
    free(s);
    od_order_free(back);
    od_order_free(o);
}

static void test_parse(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(parses) / sizeof(parses[0]); i++) {
        struct json_object *obj = NULL;
        size_t len = parses[i].len ? parses[i].len : strlen(parses[i].text);
        int rc = od_json_parse(parses[i].text, len, &obj);

        if (!parses[i].error) {
            if (rc != 0)
                fail_msg("\"%s\": %s", parses[i].text, od_error_last());
            assert_non_null(obj);
            json_object_put(obj);
        } else {
            if (rc != OD_EINVAL)
                fail_msg("\"%s\": accepted", parses[i].text);
            assert_null(obj);
            if (strncmp(od_error_last(), parses[i].error, strlen(parses[i].error)) != 0)
                fail_msg("\"%s\": detail \"%s\"", parses[i].text, od_error_last());
        }
    }
}

static char *nested(int depth)
{
    char *s = malloc((size_t)depth * 2 + 2);
    int i;

    assert_non_null(s);
    for (i = 0; i < depth; i++)
        s[i] = '[';
    s[depth] = '1';
    for (i = 0; i < depth; i++)
        s[depth + 1 + i] = ']';
    s[depth * 2 + 1] = '\0';
    return s;
}

static void test_depth(void **state)
{
    struct json_object *obj = NULL;
    char *ok = nested(31), *deep = nested(32), *deeper = nested(5000);

    (void)state;
    assert_int_equal(od_json_parse(ok, strlen(ok), &obj), 0);
    json_object_put(obj);
    obj = NULL;
    assert_int_equal(od_json_parse(deep, strlen(deep), &obj), OD_EINVAL);
    assert_null(obj);
    assert_string_equal(od_error_last(), "JSON syntax error at byte 32: nesting too deep");
    assert_int_equal(od_json_parse(deeper, strlen(deeper), &obj), OD_EINVAL);
    assert_null(obj);
    free(ok);
    free(deep);
    free(deeper);
}

/* od_jsonb_text() writes what PostgreSQL 15 printed for the same input
 * (`(j::jsonb - '{raw,id,revision,audit,channel}'::text[])::text`), and
 * od_jsonb_sha256() gives orderd_stage's hash of it: key order (shorter
 * first), separators, escapes of control characters, a DEL and non-ASCII
 * bytes kept. A double is refused. */
static void test_jsonb_text(void **state)
{
    static const char in[] =
        "{\"zz\": 1, \"a\": \"tab\\there\\nnl \\\\ back \\\"q\\\" \\u0001 \\u001f \\u007f"
        " \\b\\f\\r / \xc3\xa9 \xe4\xb8\xad\", \"bb\": [], \"c\": {}, \"id\": 5, \"raw\": \"x\","
        " \"audit\": {\"outcome\":\"held\"}, \"n\": null, \"t\": true, \"f\": false,"
        " \"big\": -123456789012, \"arr\": [1, \"x\", {\"yy\": 2, \"x\": 1, \"ab\": [[]]}],"
        " \"revision\": \"r\", \"channel\": \"c\", \"aa\": \"\\\\.\"}";
    static const char want[] =
        "{\"a\": \"tab\\there\\nnl \\\\ back \\\"q\\\" \\u0001 \\u001f \x7f \\b\\f\\r / "
        "\xc3\xa9 \xe4\xb8\xad\", \"c\": {}, \"f\": false, \"n\": null, \"t\": true, "
        "\"aa\": \"\\\\.\", \"bb\": [], \"zz\": 1, \"arr\": [1, \"x\", {\"x\": 1, \"ab\": [[]], "
        "\"yy\": 2}], \"big\": -123456789012}";
    static const char *const drop[] = {"raw", "id", "revision", "audit", "channel", NULL};
    struct json_object *obj = NULL, *dbl = NULL;
    struct od_buf b;
    char hash[65];

    (void)state;
    od_buf_init(&b, 1 << 20);
    assert_int_equal(od_json_parse(in, strlen(in), &obj), 0);
    assert_int_equal(od_jsonb_text(obj, drop, &b), 0);
    assert_string_equal(b.data, want);
    assert_int_equal(od_jsonb_sha256(obj, drop, hash), 0);
    assert_string_equal(hash, "2e089dbf332e4a4620051ab514c238cf4683fc09f0660f3c7ea7dd31965c73bb");
    assert_int_equal(od_json_parse("{\"x\": 1.5}", 10, &dbl), 0);
    od_buf_reset(&b);
    assert_int_equal(od_jsonb_text(dbl, NULL, &b), OD_EINVAL);
    json_object_put(dbl);
    json_object_put(obj);
    od_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shape),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_minimal),
        cmocka_unit_test(test_json_c_keeps_number_text),
        cmocka_unit_test(test_money),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_bad_default_currency),
        cmocka_unit_test(test_bad_evidence_text),
        cmocka_unit_test(test_extraction),
        cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_depth),
        cmocka_unit_test(test_jsonb_text),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
