/* Unit tests for lib/batch.c: filling, growing, resetting and freeing a
 * batch; ownership of orders and copies of raw bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "connector.h"
#include "error.h"

static struct od_order *order(const char *external_id)
{
    struct od_order *o = od_order_new();

    assert_non_null(o);
    assert_int_equal(od_str_set(&o->external_id, external_id, strlen(external_id)), 0);
    return o;
}

static void test_init(void **state)
{
    struct od_batch b;

    (void)state;
    memset(&b, 0xa5, sizeof(b));
    od_batch_init(&b, 10);
    assert_int_equal(b.max_orders, 10);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 0);
    assert_null(b.orders);
    assert_null(b.dead);
    assert_null(b.cursor);
    assert_false(b.more);
    assert_int_equal(b.retry_after_ms, 0);
    assert_int_equal(b.backlog, -1);
    assert_false(od_batch_full(&b));
    od_batch_free(&b);
    od_batch_free(NULL);
    od_batch_reset(NULL);
}

static void test_add_and_grow(void **state)
{
    struct od_batch b;
    char id[32];
    size_t i;

    (void)state;
    od_batch_init(&b, 0);
    for (i = 0; i < 100; i++) {
        snprintf(id, sizeof(id), "SO-%zu", i);
        assert_int_equal(od_batch_add_order(&b, order(id), id, strlen(id)), 0);
        assert_false(od_batch_full(&b)); /* max_orders 0: no limit */
    }
    assert_int_equal(b.n_orders, 100);
    assert_true(b.cap_orders >= 100);
    assert_int_equal(b.cap_orders & (b.cap_orders - 1), 0); /* doubling */
    for (i = 0; i < 100; i++) {
        snprintf(id, sizeof(id), "SO-%zu", i);
        assert_string_equal(b.orders[i].order->external_id, id);
        assert_int_equal(b.orders[i].raw_len, strlen(id));
        assert_memory_equal(b.orders[i].raw, id, strlen(id));
        assert_int_equal(b.orders[i].raw[b.orders[i].raw_len], '\0');
    }
    od_batch_free(&b);
}

static void test_raw_with_nul(void **state)
{
    static const char raw[] = "a\0b\0\xff";
    struct od_batch b;

    (void)state;
    od_batch_init(&b, 5);
    assert_int_equal(od_batch_add_order(&b, order("SO-1"), raw, sizeof(raw)), 0);
    assert_int_equal(b.orders[0].raw_len, sizeof(raw));
    assert_memory_equal(b.orders[0].raw, raw, sizeof(raw));
    assert_int_equal(od_batch_add_dead(&b, "orders.csv:14-15", NULL, "bad amount", raw, 5), 0);
    assert_int_equal(b.dead[0].raw_len, 5);
    assert_memory_equal(b.dead[0].raw, raw, 5);
    assert_string_equal(b.dead[0].source_ref, "orders.csv:14-15");
    assert_null(b.dead[0].external_id);
    assert_string_equal(b.dead[0].reason, "bad amount");
    /* no raw at all */
    assert_int_equal(od_batch_add_order(&b, order("SO-2"), NULL, 0), 0);
    assert_null(b.orders[1].raw);
    assert_int_equal(b.orders[1].raw_len, 0);
    /* empty but present raw */
    assert_int_equal(od_batch_add_dead(&b, "x", "SO-3", "empty", "", 0), 0);
    assert_non_null(b.dead[1].raw);
    assert_int_equal(b.dead[1].raw_len, 0);
    assert_string_equal(b.dead[1].external_id, "SO-3");
    od_batch_free(&b);
}

static void test_copies(void **state)
{
    struct od_batch b;
    char ref[] = "file.csv:1", reason[] = "why", raw[] = "raw";

    (void)state;
    od_batch_init(&b, 5);
    assert_int_equal(od_batch_add_dead(&b, ref, "E-1", reason, raw, 3), 0);
    ref[0] = reason[0] = raw[0] = 'X';
    assert_string_equal(b.dead[0].source_ref, "file.csv:1");
    assert_string_equal(b.dead[0].reason, "why");
    assert_memory_equal(b.dead[0].raw, "raw", 3);
    od_batch_free(&b);
}

static void test_full(void **state)
{
    struct od_batch b;

    (void)state;
    od_batch_init(&b, 3);
    assert_false(od_batch_full(&b));
    assert_int_equal(od_batch_add_order(&b, order("1"), NULL, 0), 0);
    assert_int_equal(od_batch_add_dead(&b, "r", NULL, "x", NULL, 0), 0);
    assert_false(od_batch_full(&b));
    assert_int_equal(od_batch_add_order(&b, order("2"), NULL, 0), 0);
    assert_true(od_batch_full(&b));
    od_batch_free(&b);
}

static void test_cursor_reset(void **state)
{
    struct od_batch b;
    size_t i;

    (void)state;
    od_batch_init(&b, 7);
    assert_int_equal(od_batch_set_cursor(&b, "{\"uid\":1}"), 0);
    assert_int_equal(od_batch_set_cursor(&b, "{\"uid\":2}"), 0);
    assert_string_equal(b.cursor, "{\"uid\":2}");
    for (i = 0; i < 40; i++) {
        assert_int_equal(od_batch_add_order(&b, order("o"), "raw", 3), 0);
        assert_int_equal(od_batch_add_dead(&b, "r", "e", "x", "raw", 3), 0);
    }
    b.more = true;
    b.retry_after_ms = 5000;
    b.backlog = 12;
    od_batch_reset(&b);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 0);
    assert_null(b.cursor);
    assert_false(b.more);
    assert_int_equal(b.retry_after_ms, 0);
    assert_int_equal(b.backlog, -1);
    assert_int_equal(b.max_orders, 7);
    /* reusable after a reset */
    assert_int_equal(od_batch_add_order(&b, order("again"), NULL, 0), 0);
    assert_string_equal(b.orders[0].order->external_id, "again");
    assert_int_equal(od_batch_set_cursor(&b, NULL), 0);
    assert_null(b.cursor);
    od_batch_free(&b);
    assert_null(b.orders);
    assert_int_equal(b.n_orders, 0);
    od_batch_free(&b); /* twice is harmless */
}

static void test_bad_arguments(void **state)
{
    struct od_batch b;

    (void)state;
    od_batch_init(&b, 5);
    /* the order is taken (and freed) even on failure: ASan reports a leak
     * otherwise */
    assert_int_equal(od_batch_add_order(&b, order("SO-1"), NULL, 5), OD_EINVAL);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(od_batch_add_order(&b, NULL, "x", 1), OD_EINVAL);
    assert_int_equal(od_batch_add_dead(&b, "r", NULL, "x", NULL, 5), OD_EINVAL);
    assert_int_equal(b.n_dead, 0);
    od_batch_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init),          cmocka_unit_test(test_add_and_grow),
        cmocka_unit_test(test_raw_with_nul),  cmocka_unit_test(test_copies),
        cmocka_unit_test(test_full),          cmocka_unit_test(test_cursor_reset),
        cmocka_unit_test(test_bad_arguments),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
