/* The order field-path table (lib/fieldpath.c): each path reaches the
 * same field of struct od_order / od_line in every reader that names it
 * -- a feed's CSV header (connectors/feed/parse.c) and the JSON reader
 * (lib/json.c, nested objects) -- and the name lists, the audit's labels
 * and the mail labels agree with the table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "error.h"
#include "feed/feed.h"
#include "fieldpath.h"
#include "imap/fields.h"
#include "json.h"
#include "model.h"

/* A value of each kind, as text, different from every default. */
static const char *sample(const struct od_field_path *f)
{
    switch (f->kind) {
    case OD_FIELD_TEXT:
        /* the path itself: a mix-up shows; the invoice's type and medium
           must be one of their names, so they get a name no other has */
        if (strcmp(f->path, "invoice.type") == 0)
            return "special";
        if (strcmp(f->path, "invoice.medium") == 0)
            return "paper";
        return f->path;
    case OD_FIELD_MONEY:
        return "12.34";
    case OD_FIELD_PRICE:
        return "0.1234";
    case OD_FIELD_TIME:
        return "2026-11-20T09:30:00Z";
    case OD_FIELD_STATUS:
        return "shipped";
    case OD_FIELD_CURRENCY:
        return "USD";
    case OD_FIELD_TAGS:
        return "vip";
    case OD_FIELD_QTY:
        return "7";
    }
    return "";
}

/* The base columns every order needs, and their values. */
static const char *const base_cols[] = {"external_id", "lines.qty", "lines.unit_price"};
static const char *const base_vals[] = {"E-1", "2", "1.00"};

/* The order read from CSV with a column for the path (plus the base
 * columns that are not it). */
static struct od_order *from_csv(const struct od_field_path *f)
{
    struct orderfile_opts s = {0};
    struct feed_units u = {0};
    struct od_order *o;
    char head[256] = "", row[256] = "", csv[512];

    for (size_t i = 0; i < 3; i++) {
        if (strcmp(f->path, base_cols[i]) == 0)
            continue;
        snprintf(head + strlen(head), sizeof(head) - strlen(head), "%s,", base_cols[i]);
        snprintf(row + strlen(row), sizeof(row) - strlen(row), "%s,", base_vals[i]);
    }
    snprintf(csv, sizeof(csv), "%s%s\n%s%s\n", head, f->path, row, sample(f));
    s.format = "csv";
    s.encoding = "utf-8";
    s.delimiter = ',';
    s.timezone = "UTC";
    s.currency = "CNY";
    s.default_status = "paid";
    assert_int_equal(orderfile_parse(&s, "ch", "t.csv", csv, strlen(csv), &u), 0);
    assert_int_equal(u.n, 1);
    if (!u.v[0].order)
        fail_msg("%s: dead letter: %s", f->path, u.v[0].reason);
    o = u.v[0].order;
    u.v[0].order = NULL;
    feed_units_free(&u);
    return o;
}

/* The same value through the JSON reader: "a.b" is {"a": {"b": v}},
 * "lines.x" a field of the one line, tags a list of one. */
static struct od_order *from_json(const struct od_field_path *f)
{
    struct json_object *obj = json_object_new_object(), *line = json_object_new_object();
    struct json_object *lines = json_object_new_array(), *at = obj, *v;
    struct od_json_opts opts = {.tz = "UTC"};
    struct od_order *o = NULL;
    const char *dot = strchr(f->path, '.');
    char head[64];

    json_object_object_add(obj, "external_id", json_object_new_string("E-1"));
    json_object_object_add(line, "qty", json_object_new_int(2));
    json_object_object_add(line, "unit_price", json_object_new_string("1.00"));
    json_object_array_add(lines, line);
    json_object_object_add(obj, "lines", lines);
    if (f->kind == OD_FIELD_TAGS) {
        v = json_object_new_array();
        json_object_array_add(v, json_object_new_string(sample(f)));
    } else if (f->kind == OD_FIELD_QTY) {
        v = json_object_new_int(7);
    } else {
        v = json_object_new_string(sample(f));
    }
    if (f->where == OD_FIELD_LINE) {
        at = line;
    } else if (dot) {
        snprintf(head, sizeof(head), "%.*s", (int)(dot - f->path), f->path);
        at = json_object_new_object();
        json_object_object_add(obj, head, at);
    }
    json_object_object_add(at, dot ? dot + 1 : f->path, v);
    if (od_order_from_json(obj, &opts, &o) < 0)
        fail_msg("%s: %s", f->path, od_error_last());
    json_object_put(obj);
    return o;
}

/* Field `f` of order `o` as text, to compare readers. */
static void field_text(const struct od_field_path *f, const struct od_order *o, char *buf,
                       size_t len)
{
    const char *base = f->where == OD_FIELD_LINE ? (const char *)&o->lines[0] : (const char *)o;
    char m[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];

    assert_true(f->where == OD_FIELD_ORDER || o->n_lines == 1);
    switch (f->kind) {
    case OD_FIELD_TEXT: {
        const char *s = *(char *const *)(base + f->offset);

        snprintf(buf, len, "%s", s ? s : "(null)");
        break;
    }
    case OD_FIELD_MONEY:
        snprintf(buf, len, "%s", od_money_format(*(const od_money *)(base + f->offset), m));
        break;
    case OD_FIELD_PRICE:
        snprintf(buf, len, "%s", od_price_format(*(const od_price *)(base + f->offset), m));
        break;
    case OD_FIELD_TIME:
        snprintf(buf, len, "%s", od_time_format(*(const od_time *)(base + f->offset), t));
        break;
    case OD_FIELD_STATUS:
        snprintf(buf, len, "%s", od_status_name(o->status));
        break;
    case OD_FIELD_CURRENCY:
        snprintf(buf, len, "%s", o->currency);
        break;
    case OD_FIELD_TAGS:
        snprintf(buf, len, "%zu:%s", o->n_tags, o->n_tags ? o->tags[0] : "");
        break;
    case OD_FIELD_QTY:
        snprintf(buf, len, "%lld", (long long)o->lines[0].qty);
        break;
    }
}

static void test_csv_and_json_reach_the_same_field(void **state)
{
    size_t checked = 0;

    for (size_t i = 0; i < od_n_field_paths; i++) {
        const struct od_field_path *f = &od_field_paths[i];
        struct od_order *a, *b;
        char x[128], y[128], want[128];

        if (!f->in_files)
            continue;
        a = from_csv(f);
        b = from_json(f);
        field_text(f, a, x, sizeof(x));
        field_text(f, b, y, sizeof(y));
        if (strcmp(x, y) != 0)
            fail_msg("%s: CSV gives '%s', JSON '%s'", f->path, x, y);
        /* and it is the value given, not a default */
        if (f->kind == OD_FIELD_TEXT || f->kind == OD_FIELD_STATUS ||
            f->kind == OD_FIELD_CURRENCY || f->kind == OD_FIELD_QTY)
            snprintf(want, sizeof(want), "%s", sample(f));
        else if (f->kind == OD_FIELD_TAGS)
            snprintf(want, sizeof(want), "1:%s", sample(f));
        else if (f->kind == OD_FIELD_MONEY)
            snprintf(want, sizeof(want), "12.34");
        else if (f->kind == OD_FIELD_PRICE)
            snprintf(want, sizeof(want), "0.1234");
        else
            snprintf(want, sizeof(want), "%s", y);
        if (f->kind == OD_FIELD_TIME)
            assert_string_not_equal(y, "");
        if (strcmp(y, want) != 0)
            fail_msg("%s: read '%s', given '%s'", f->path, y, want);
        od_order_free(a);
        od_order_free(b);
        checked++;
    }
    assert_int_equal(checked, od_n_field_paths - 1); /* all but channel_status */
}

static void test_lists_follow_the_table(void **state)
{
    size_t n_file = 0;

    assert_true(od_n_field_paths <= OD_FIELD_PATHS_MAX);
    for (size_t i = 0; i < od_n_field_paths; i++) {
        const struct od_field_path *f = &od_field_paths[i];

        assert_string_equal(od_field_path_names[i], f->path);
        assert_ptr_equal(od_field_path_find(f->path), f);
        assert_true((strncmp(f->path, "lines.", 6) == 0) == (f->where == OD_FIELD_LINE));
        assert_true(f->zh && f->zh[0] && f->en && f->en[0]);
        if (f->in_files)
            assert_string_equal(od_field_file_paths[n_file++], f->path);
    }
    assert_null(od_field_path_names[od_n_field_paths]);
    assert_null(od_field_file_paths[n_file]);
    assert_null(od_field_path_find("channel"));
    assert_null(od_field_path_find("lines"));
    assert_null(od_field_path_find(NULL));
    assert_false(od_field_path_find("channel_status")->in_files);
}

/* Every field a mail label may name is a field path an order file may
 * hold (connectors/imap/fields.c keeps its own order: it numbers them). */
static void test_mail_labels_are_field_paths(void **state)
{
    for (size_t i = 0; mail_label_fields[i]; i++) {
        const struct od_field_path *f = od_field_path_find(mail_label_fields[i]);

        if (!f || !f->in_files)
            fail_msg("mail label field '%s' is not a file field path", mail_label_fields[i]);
    }
}

/* A CSV file's options for the tests below. */
static const struct orderfile_opts csv_opts = {.format = "csv",
                                               .encoding = "utf-8",
                                               .delimiter = ',',
                                               .timezone = "UTC",
                                               .currency = "CNY",
                                               .default_status = "paid"};

/* A unit price with up to four decimals is read exactly, in a feed and
 * in an e-mail attachment alike, and the line total is qty x price
 * rounded half up to the cent. A fifth decimal is refused in a feed (a
 * dead letter naming the price and why); an e-mail attachment
 * (fine_prices) takes it rounded half up to four decimals with a doubt
 * naming the line, the price written and the one taken. A credit or a
 * price that is no number is never rounded. */
static void test_fine_prices(void **state)
{
    static const struct {
        const char *price;
        bool fine;
        const char *want;  /* NULL: a dead letter */
        const char *total; /* the line total of 1000 pieces */
    } prices[] = {
        {"0.008", false, "0.008", "8.00"},
        {"0.008", true, "0.008", "8.00"},
        {"0.125", false, "0.125", "125.00"},
        {"0.1405", true, "0.1405", "140.50"},
        {"0.1450", false, "0.145", "145.00"},
        {"1,234.0125", false, "1234.0125", "1234012.50"},
        {"\xc2\xa5"
         "0.0385",
         false, "0.0385", "38.50"},
        {"0.00045", false, NULL, NULL},
        {"0.00835", true, "0.0084", "8.40"},
        {"0.00834", true, "0.0083", "8.30"},
        {"2.50", true, "2.50", "2500.00"},
        {"2.50", false, "2.50", "2500.00"},
        {"abc", true, NULL, NULL},
        {"0.0049", true, "0.0049", "4.90"},
        {"-0.00835", true, NULL, NULL},
        {"(0.00835)", true, NULL, NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(prices) / sizeof(prices[0]); i++) {
        struct orderfile_opts s = csv_opts;
        struct feed_units u = {0};
        char csv[256], got[OD_MONEY_STRLEN], doubt[200];

        s.fine_prices = prices[i].fine;
        snprintf(csv, sizeof(csv),
                 "external_id,lines.sku,lines.qty,lines.unit_price\nA-1,X,1000,\"%s\"\n",
                 prices[i].price);
        assert_int_equal(orderfile_parse(&s, "ch", "t.csv", csv, strlen(csv), &u), 0);
        assert_int_equal(u.n, 1);
        if (!prices[i].want) {
            if (u.v[0].order)
                fail_msg("%s: read, want a dead letter", prices[i].price);
            assert_non_null(strstr(u.v[0].reason, prices[i].price));
            if (!prices[i].fine && strncmp(prices[i].price, "0.000", 5) == 0)
                assert_non_null(strstr(u.v[0].reason, "more than four decimals"));
            feed_units_free(&u);
            continue;
        }
        if (!u.v[0].order)
            fail_msg("%s: dead letter: %s", prices[i].price, u.v[0].reason);
        assert_string_equal(od_price_format(u.v[0].order->lines[0].unit_price, got),
                            prices[i].want);
        assert_int_equal(od_order_finish(u.v[0].order), 0);
        assert_string_equal(od_money_format(u.v[0].order->lines[0].total, got), prices[i].total);
        if (strlen(prices[i].price) - (size_t)(strchr(prices[i].price, '.') - prices[i].price) <=
            5) {
            assert_true(!u.v[0].order->extraction || !u.v[0].order->extraction->n_doubts);
        } else {
            snprintf(doubt, sizeof(doubt),
                     "line 1: unit price %s has more than four decimals; %s taken, the exact "
                     "price to be keyed by hand",
                     prices[i].price, prices[i].want);
            assert_non_null(u.v[0].order->extraction);
            assert_int_equal(u.v[0].order->extraction->n_doubts, 1);
            assert_string_equal(u.v[0].order->extraction->doubts[0], doubt);
        }
        feed_units_free(&u);
    }
}

/* Rows without an order number: dead letters in a feed; for an e-mail
 * attachment (continue_rows) the next lines of the order above, but not
 * before any order. */
static void test_continue_rows(void **state)
{
    static const char csv[] = "external_id,lines.sku,lines.qty,lines.unit_price\n"
                              ",Z,1,1.00\n"
                              "A-1,X,1,1.00\n"
                              ",Y,2,2.00\n"
                              "B-1,X,3,1.00\n";

    (void)state;
    for (int cont = 0; cont < 2; cont++) {
        struct orderfile_opts s = csv_opts;
        struct feed_units u = {0};

        s.continue_rows = cont;
        assert_int_equal(orderfile_parse(&s, "ch", "t.csv", csv, strlen(csv), &u), 0);
        assert_int_equal(u.n, cont ? 3 : 4);
        assert_null(u.v[0].order); /* line 2: no order above it */
        assert_string_equal(u.v[0].reason, "line 2: missing external_id");
        assert_non_null(u.v[1].order);
        assert_string_equal(u.v[1].order->external_id, "A-1");
        assert_int_equal(u.v[1].order->n_lines, cont ? 2 : 1);
        if (cont) {
            assert_string_equal(u.v[1].order->lines[1].sku, "Y");
            assert_string_equal(u.v[1].source_ref, "t.csv:3,4");
            assert_string_equal(u.v[2].order->external_id, "B-1");
        } else {
            assert_null(u.v[2].order);
            assert_string_equal(u.v[2].reason, "line 4: missing external_id");
        }
        feed_units_free(&u);
    }
}

static enum orderfile_total no_total_word(const char *cell, size_t n)
{
    (void)cell;
    (void)n;
    return ORDERFILE_NO_TOTAL;
}

/* E-mail lists (total_word and mark_currency set): amounts written with
 * their currency's mark, an order's freight on its first row and 0.00
 * on the others, a number written ="…" so Excel keeps it as text, and
 * a total column checked against the lines. A feed reads none of these
 * (a dead letter). */
static void test_mail_list_cells(void **state)
{
    static const struct {
        const char *total;
        const char *doubt; /* NULL: none */
    } cases[] = {
        {"US$35.00", NULL},
        {"US$36.00", "line 2: the total column states 36.00; the lines, shipping and tax less "
                     "discount come to 35.00"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        for (int mail = 0; mail < 2; mail++) {
            struct orderfile_opts s = csv_opts;
            struct feed_units u = {0};
            char csv[512], got[OD_MONEY_STRLEN];
            const struct od_order *o;

            if (mail) {
                s.total_word = no_total_word;
                s.mark_currency = mail_currency_code;
                s.continue_rows = true;
            }
            snprintf(csv, sizeof(csv),
                     "external_id,lines.sku,lines.qty,lines.unit_price,shipping,total\n"
                     "\"=\"\"A-1\"\"\",X,10,US$2.00,US$5.00,%s\n"
                     "\"=\"\"A-1\"\"\",Y,5,\"US$2.00\",0.00,\n",
                     cases[i].total);
            assert_int_equal(orderfile_parse(&s, "ch", "t.csv", csv, strlen(csv), &u), 0);
            assert_int_equal(u.n, 1);
            if (!mail) {
                assert_null(u.v[0].order);
                feed_units_free(&u);
                continue;
            }
            if (!u.v[0].order)
                fail_msg("dead letter: %s", u.v[0].reason);
            o = u.v[0].order;
            assert_string_equal(o->external_id, "A-1");
            assert_string_equal(o->currency, "USD");
            assert_int_equal(o->n_lines, 2);
            assert_string_equal(od_money_format(o->shipping, got), "5.00");
            assert_string_equal(od_price_format(o->lines[1].unit_price, got), "2.00");
            if (cases[i].doubt) {
                assert_non_null(o->extraction);
                assert_int_equal(o->extraction->n_doubts, 1);
                assert_string_equal(o->extraction->doubts[0], cases[i].doubt);
            } else {
                assert_true(!o->extraction || !o->extraction->n_doubts);
            }
            feed_units_free(&u);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_and_json_reach_the_same_field),
        cmocka_unit_test(test_lists_follow_the_table),
        cmocka_unit_test(test_mail_labels_are_field_paths),
        cmocka_unit_test(test_fine_prices),
        cmocka_unit_test(test_continue_rows),
        cmocka_unit_test(test_mail_list_cells),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
