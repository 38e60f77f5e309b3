/* Unit tests for lib/model.c: status names, building an order and the
 * rules of od_order_finish(). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "model.h"

#define NONE OD_MONEY_NONE

static void test_status_names(void **state)
{
    static const char *const names[] = {
        "pending_payment", "paid",      "partially_shipped", "shipped",
        "completed",       "cancelled", "refunded",
    };
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        enum od_status s = od_status_from_name(names[i]);

        assert_int_not_equal(s, OD_STATUS_NONE);
        assert_string_equal(od_status_name(s), names[i]);
    }
    assert_int_equal(od_status_from_name("PAID"), OD_STATUS_NONE);
    assert_int_equal(od_status_from_name(""), OD_STATUS_NONE);
    assert_int_equal(od_status_from_name(NULL), OD_STATUS_NONE);
    assert_null(od_status_name(OD_STATUS_NONE));
    assert_null(od_status_name((enum od_status)99));
    assert_null(od_status_name((enum od_status) - 1));
}

static void test_new_free(void **state)
{
    struct od_order *o = od_order_new();
    struct od_line *l;

    (void)state;
    assert_non_null(o);
    assert_int_equal(o->id, 0);
    assert_true(o->placed_at == OD_TIME_NONE && o->paid_at == OD_TIME_NONE &&
                o->updated_at == OD_TIME_NONE);
    assert_true(o->subtotal == NONE && o->shipping == NONE && o->discount == NONE &&
                o->tax == NONE && o->total == NONE);
    assert_string_equal(o->currency, "");
    assert_int_equal(o->status, OD_STATUS_NONE);
    assert_null(o->priority);

    /* every kind of owned memory, freed by od_order_free (ASan checks) */
    assert_int_equal(od_str_set(&o->external_id, "SO-1", 4), 0);
    assert_int_equal(od_str_set(&o->external_id, "SO-1001", 7), 0); /* replaces */
    assert_string_equal(o->external_id, "SO-1001");
    assert_int_equal(od_str_set(&o->customer.name, "张三", strlen("张三")), 0);
    assert_int_equal(od_str_set(&o->ship_to.postal_code, "201203xx", 6), 0);
    assert_string_equal(o->ship_to.postal_code, "201203");
    assert_int_equal(od_str_set(&o->buyer_note, "", 0), 0);
    assert_string_equal(o->buyer_note, "");
    assert_int_equal(od_str_set(&o->buyer_note, NULL, 0), 0);
    assert_null(o->buyer_note);
    assert_int_equal(od_order_add_line(o, &l), 0);
    assert_int_equal(l->line_no, 1);
    assert_true(l->unit_price == NONE && l->discount == NONE && l->total == NONE);
    assert_int_equal(od_str_set(&l->sku, "A-100", 5), 0);
    assert_int_equal(od_order_add_line(o, &l), 0);
    assert_int_equal(l->line_no, 2);
    assert_int_equal(od_str_set(&l->title, "茶叶", strlen("茶叶")), 0);
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "A-100");
    assert_int_equal(od_order_add_tag(o, "vip"), 0);
    assert_int_equal(od_order_add_tag(o, "加急"), 0);
    assert_int_equal(o->n_tags, 2);
    assert_string_equal(o->tags[1], "加急");
    assert_int_equal(od_order_add_tag(o, NULL), OD_EINVAL);
    assert_int_equal(o->n_tags, 2);
    o->audit.reasons = calloc(1, sizeof(*o->audit.reasons));
    assert_non_null(o->audit.reasons);
    o->audit.n_reasons = 1;
    assert_int_equal(od_str_set(&o->audit.outcome, "held", 4), 0);
    assert_int_equal(od_str_set(&o->audit.reasons[0].rule, "stock", 5), 0);
    assert_int_equal(od_str_set(&o->audit.reasons[0].evidence, "{}", 2), 0);
    od_order_free(o);
    od_order_free(NULL);
}

/* A line for the table: qty, unit_price, discount, total (NONE = absent). */
struct tline {
    int64_t qty;
    od_money price, discount, total;
};

struct amounts {
    od_money subtotal, shipping, discount, tax, total;
};

#define ABSENT                                                                                     \
    {                                                                                              \
        NONE, NONE, NONE, NONE, NONE                                                               \
    }

struct finish_case {
    const char *name;
    const char *external_id;
    enum od_status status;
    const char *currency;
    struct tline lines[3];
    size_t n_lines;
    struct amounts given;
    const char *error; /* NULL = accepted */
    od_money want_lines[3];
    struct amounts want;
};

#define GOOD .external_id = "SO-1", .status = OD_STATUS_PAID, .currency = "CNY"
#define MAX  OD_MONEY_MAX

static const struct finish_case finishes[] = {
    {.name = "computed line totals, subtotal and total",
     GOOD,
     .lines = {{2, 5900, NONE, NONE}, {1, 1000, 200, NONE}},
     .n_lines = 2,
     .given = {NONE, 1000, NONE, NONE, NONE},
     .want_lines = {11800, 800},
     .want = {12600, 1000, 0, 0, 13600}},
    {.name = "given line total is kept",
     GOOD,
     .lines = {{2, 5900, NONE, 11000}},
     .n_lines = 1,
     .given = ABSENT,
     .want_lines = {11000},
     .want = {11000, 0, 0, 0, 11000}},
    {.name = "given subtotal and total are kept",
     GOOD,
     .lines = {{1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = {999, NONE, NONE, NONE, 12345},
     .want_lines = {100},
     .want = {999, 0, 0, 0, 12345}},
    {.name = "total = subtotal + shipping - discount + tax",
     GOOD,
     .lines = {{3, 1000, 500, NONE}},
     .n_lines = 1,
     .given = {NONE, 800, 300, 150, NONE},
     .want_lines = {2500},
     .want = {2500, 800, 300, 150, 3150}},
    {.name = "negative amounts (a refund) are fine",
     GOOD,
     .lines = {{1, -500, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .want_lines = {-500},
     .want = {-500, 0, 0, 0, -500}},
    {.name = "the largest amount",
     GOOD,
     .lines = {{1, MAX, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .want_lines = {MAX},
     .want = {MAX, 0, 0, 0, MAX}},
    {.name = "missing external_id",
     .status = OD_STATUS_PAID,
     .currency = "CNY",
     .lines = {{1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "missing external_id"},
    {.name = "empty external_id",
     .external_id = "",
     .status = OD_STATUS_PAID,
     .currency = "CNY",
     .lines = {{1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "missing external_id"},
    {.name = "missing status",
     .external_id = "SO-1",
     .currency = "CNY",
     .lines = {{1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "missing status"},
    {.name = "missing currency",
     .external_id = "SO-1",
     .status = OD_STATUS_PAID,
     .currency = "",
     .lines = {{1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "missing currency"},
    {.name = "no lines", GOOD, .given = ABSENT, .error = "no lines"},
    {.name = "qty 0",
     GOOD,
     .lines = {{1, 100, NONE, NONE}, {0, 100, NONE, NONE}},
     .n_lines = 2,
     .given = ABSENT,
     .error = "line 2: qty must be > 0"},
    {.name = "qty negative",
     GOOD,
     .lines = {{-1, 100, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "line 1: qty must be > 0"},
    {.name = "no unit price",
     GOOD,
     .lines = {{1, 100, NONE, NONE}, {1, 100, NONE, NONE}, {1, NONE, NONE, 100}},
     .n_lines = 3,
     .given = ABSENT,
     .error = "line 3: missing unit_price"},
    {.name = "line total overflows",
     GOOD,
     .lines = {{3, MAX / 2, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "line 1: amount overflows (qty * unit_price - discount)"},
    {.name = "huge qty overflows",
     GOOD,
     .lines = {{INT64_MAX, 2, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "line 1: amount overflows (qty * unit_price - discount)"},
    {.name = "line discount overflows",
     GOOD,
     .lines = {{1, MAX, -1, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "line 1: amount overflows (qty * unit_price - discount)"},
    {.name = "line amount out of range",
     GOOD,
     .lines = {{1, MAX + 1, NONE, NONE}},
     .n_lines = 1,
     .given = ABSENT,
     .error = "line 1: amount out of range"},
    {.name = "subtotal overflows",
     GOOD,
     .lines = {{1, MAX, NONE, NONE}, {1, 1, NONE, NONE}},
     .n_lines = 2,
     .given = ABSENT,
     .error = "subtotal overflows at line 2"},
    {.name = "total overflows",
     GOOD,
     .lines = {{1, MAX, NONE, NONE}},
     .n_lines = 1,
     .given = {NONE, 1, NONE, NONE, NONE},
     .error = "total overflows"},
    {.name = "order amount out of range",
     GOOD,
     .lines = {{1, 1, NONE, NONE}},
     .n_lines = 1,
     .given = {NONE, INT64_MIN + 1, NONE, NONE, NONE},
     .error = "order amount out of range"},
};

static struct od_order *build(const struct finish_case *c)
{
    struct od_order *o = od_order_new();
    size_t i;

    assert_non_null(o);
    if (c->external_id)
        assert_int_equal(od_str_set(&o->external_id, c->external_id, strlen(c->external_id)), 0);
    o->status = c->status;
    memcpy(o->currency, c->currency, strlen(c->currency) + 1);
    for (i = 0; i < c->n_lines; i++) {
        struct od_line *l;

        assert_int_equal(od_order_add_line(o, &l), 0);
        l->qty = c->lines[i].qty;
        l->unit_price = c->lines[i].price;
        l->discount = c->lines[i].discount;
        l->total = c->lines[i].total;
    }
    o->subtotal = c->given.subtotal;
    o->shipping = c->given.shipping;
    o->discount = c->given.discount;
    o->tax = c->given.tax;
    o->total = c->given.total;
    return o;
}

static void test_finish_table(void **state)
{
    size_t i, j;

    (void)state;
    for (i = 0; i < sizeof(finishes) / sizeof(finishes[0]); i++) {
        const struct finish_case *c = &finishes[i];
        struct od_order *o = build(c);
        int rc = od_order_finish(o);

        if (c->error) {
            if (rc != OD_EINVAL)
                fail_msg("%s: accepted", c->name);
            if (strcmp(od_error_last(), c->error) != 0)
                fail_msg("%s: detail \"%s\", want \"%s\"", c->name, od_error_last(), c->error);
            /* a refused order is left as it was */
            assert_null(o->priority);
            assert_true(o->subtotal == c->given.subtotal && o->total == c->given.total &&
                        o->shipping == c->given.shipping);
            for (j = 0; j < c->n_lines; j++)
                assert_true(o->lines[j].total == c->lines[j].total);
        } else {
            if (rc != 0)
                fail_msg("%s: %s", c->name, od_error_last());
            for (j = 0; j < c->n_lines; j++)
                if (o->lines[j].total != c->want_lines[j])
                    fail_msg("%s: line %zu total %lld", c->name, j + 1,
                             (long long)o->lines[j].total);
            if (o->subtotal != c->want.subtotal || o->shipping != c->want.shipping ||
                o->discount != c->want.discount || o->tax != c->want.tax ||
                o->total != c->want.total)
                fail_msg("%s: got %lld %lld %lld %lld %lld", c->name, (long long)o->subtotal,
                         (long long)o->shipping, (long long)o->discount, (long long)o->tax,
                         (long long)o->total);
            assert_string_equal(o->priority, "normal");
            /* finishing twice changes nothing */
            assert_int_equal(od_order_finish(o), 0);
            assert_true(o->total == c->want.total && o->subtotal == c->want.subtotal);
        }
        od_order_free(o);
    }
}

static void test_finish_keeps_priority(void **state)
{
    struct od_order *o = build(&finishes[0]);

    (void)state;
    assert_int_equal(od_str_set(&o->priority, "urgent", 6), 0);
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->priority, "urgent");
    /* the line discount stays "not given" (it counts as 0) */
    assert_true(o->lines[0].discount == NONE);
    od_order_free(o);
}

/* Shipping plus tax less discount, absent ones 0, refused past the range. */
static void test_charges(void **state)
{
    struct od_order *o = od_order_new();
    od_money m = 7;

    (void)state;
    assert_non_null(o);
    assert_true(od_order_charges(o, &m));
    assert_int_equal(m, 0);
    o->shipping = 1200;
    o->tax = 650;
    assert_true(od_order_charges(o, &m));
    assert_int_equal(m, 1850);
    o->discount = 2000;
    assert_true(od_order_charges(o, &m));
    assert_int_equal(m, -150);
    o->shipping = OD_MONEY_MAX - 100;
    o->tax = 200;
    m = 7;
    assert_false(od_order_charges(o, &m)); /* shipping and tax overflow */
    assert_int_equal(m, 7);
    o->tax = OD_MONEY_NONE;
    o->discount = -200; /* a negative discount adds */
    assert_false(od_order_charges(o, &m));
    assert_int_equal(m, 7);
    o->discount = 200;
    assert_true(od_order_charges(o, &m));
    assert_int_equal(m, OD_MONEY_MAX - 300);
    od_order_free(o);
}

static void test_many_lines(void **state)
{
    struct od_order *o = od_order_new();
    int i;

    (void)state;
    assert_non_null(o);
    for (i = 0; i < 1000; i++) {
        struct od_line *l;

        assert_int_equal(od_order_add_line(o, &l), 0);
        assert_int_equal(l->line_no, i + 1);
        l->qty = 1;
        l->unit_price = 1;
        assert_int_equal(od_order_add_tag(o, "t"), 0);
    }
    assert_int_equal(od_str_set(&o->external_id, "X", 1), 0);
    o->status = OD_STATUS_COMPLETED;
    memcpy(o->currency, "USD", 4);
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(o->total, 1000);
    od_order_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_names), cmocka_unit_test(test_new_free),
        cmocka_unit_test(test_finish_table), cmocka_unit_test(test_finish_keeps_priority),
        cmocka_unit_test(test_many_lines),   cmocka_unit_test(test_charges),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
