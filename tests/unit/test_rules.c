/* Unit tests for lib/rules.c: a table of bad rules files (each message
 * checked exactly, with line:column), the example file of issue 3, the
 * defaults, and the limits. Each case writes its file into a fresh
 * mkdtemp directory; "$F" in an expected message stands for the file's
 * path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "error.h"
#include "rules.h"

/* ---- fixtures ---------------------------------------------------------- */

struct fixture {
    char dir[64];
    char path[128];
};

static int setup(void **state)
{
    struct fixture *fx = calloc(1, sizeof(*fx));

    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof(fx->dir), "/tmp/od-test-rules-XXXXXX");
    if (!mkdtemp(fx->dir)) {
        free(fx);
        return -1;
    }
    snprintf(fx->path, sizeof(fx->path), "%s/rules.yaml", fx->dir);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *fx = *state;

    if (fx) {
        unlink(fx->path);
        rmdir(fx->dir);
        free(fx);
    }
    return 0;
}

static void write_text(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "w");

    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* `s` with every "$F" replaced by `file`; the caller frees. */
static char *expand(const char *s, const char *file)
{
    struct od_buf b;

    od_buf_init(&b, 1 << 20);
    for (; *s; s++) {
        if (s[0] == '$' && s[1] == 'F') {
            assert_int_equal(od_buf_adds(&b, file), 0);
            s++;
        } else
            assert_int_equal(od_buf_addc(&b, *s), 0);
    }
    return od_buf_steal(&b);
}

static struct od_rules *load_ok(struct fixture *fx, const char *text)
{
    struct od_rules *r = NULL;
    struct od_config_errors errs = {0};
    int rc;

    write_text(fx->path, text, strlen(text));
    rc = od_rules_load(fx->path, &r, &errs);
    for (size_t i = 0; i < errs.n; i++)
        print_message("  unexpected: %s\n", errs.msgs[i]);
    assert_int_equal(rc, 0);
    assert_int_equal(errs.n, 0);
    assert_non_null(r);
    return r;
}

/* ---- error cases --------------------------------------------------------- */

#define MAX_MSGS 4

struct error_case {
    const char *name;
    const char *text;
    const char *expect[MAX_MSGS]; /* exact messages, in order */
};

#define KNOWN_TYPES                                                                                \
    "required_fields, sku_known, stock, credit_limit, price_list, totals_consistent, amount, "     \
    "buyer_note, blacklist, duplicate, address_complete, wait, priority, invoice_valid"

#define KNOWN_FIELDS                                                                               \
    "external_id, status, channel_status, placed_at, paid_at, updated_at, currency, subtotal, "    \
    "shipping, discount, tax, total, customer.ref, customer.name, customer.phone, "                \
    "customer.email, ship_to.name, ship_to.phone, ship_to.country, ship_to.province, "             \
    "ship_to.city, ship_to.district, ship_to.address, ship_to.postal_code, buyer_note, "           \
    "seller_note, priority, tags, invoice.type, invoice.medium, invoice.title, invoice.tax_id, "   \
    "invoice.email, invoice.address, invoice.phone, invoice.bank, invoice.account, lines.sku, "    \
    "lines.channel_sku, lines.title, lines.qty, "                                                  \
    "lines.unit_price, lines.discount, lines.total"

/* Not const: cmocka's initial_state is a plain void pointer. */
static struct error_case error_cases[] = {
    {"unknown_top_level_key",
     "language: zh\nrule: []\n",
     {"$F:1:1: missing required key 'rules' at the top level",
      "$F:2:1: unknown key 'rule' at the top level; allowed: language, rules"}},
    {"duplicate_top_level_key",
     "rules: []\nrules: []\n",
     {"$F:2:1: duplicate key 'rules' at the top level (first at line 1)"}},
    {"bad_language",
     "language: fr\nrules: []\n",
     {"$F:1:11: language: expected one of zh, en; got 'fr'"}},
    {"empty_file", "", {"$F:1:1: missing required key 'rules' at the top level"}},
    {"top_level_not_a_mapping",
     "- {id: a}\n",
     {"$F:1:1: expected a mapping at the top level; got a list"}},
    {"rules_not_a_list",
     "rules: {id: a}\n",
     {"$F:1:8: rules: expected a list of rules; got a mapping"}},
    {"rule_not_a_mapping",
     "rules:\n  - stock\n",
     {"$F:2:5: rules: expected a rule (a mapping with id, type and action); got 'stock'"}},
    {"unknown_rule_type_lists_types",
     "rules:\n  - {id: a, type: stok, action: hold}\n",
     {"$F:2:19: unknown rule type 'stok'; known types: " KNOWN_TYPES}},
    {"type_not_a_name",
     "rules:\n  - {id: a, type: [stock], action: hold}\n",
     {"$F:2:19: type: expected one of " KNOWN_TYPES "; got a list"}},
    {"unknown_parameter_lists_allowed",
     "rules:\n  - {id: a, type: stock, warehous: main, action: hold}\n",
     {"$F:2:26: unknown key 'warehous' for type stock; allowed: id, type, action, channels, tag, "
      "priority, warehouse"}},
    {"parameter_of_another_type",
     "rules:\n  - {id: a, type: amount, above: \"10\", warehouse: main, action: hold}\n",
     {"$F:2:40: unknown key 'warehouse' for type amount; allowed: id, type, action, channels, "
      "tag, priority, above, below"}},
    {"type_without_parameters",
     "rules:\n  - {id: a, type: blacklist, keywords: [x], action: reject}\n",
     {"$F:2:30: unknown key 'keywords' for type blacklist; allowed: id, type, action, channels, "
      "tag, priority"}},
    {"missing_fields",
     "rules:\n  - {id: a, type: required_fields, action: hold}\n",
     {"$F:2:5: missing required key 'fields' for type required_fields"}},
    {"missing_priority_keywords",
     "rules:\n  - {id: a, type: priority, action: set_priority}\n",
     {"$F:2:5: missing required key 'keywords' for type priority"}},
    {"missing_wait_minutes",
     "rules:\n  - {id: a, type: wait, action: hold}\n",
     {"$F:2:5: missing required key 'minutes' for type wait"}},
    {"amount_needs_a_bound",
     "rules:\n  - {id: a, type: amount, action: hold}\n",
     {"$F:2:5: type amount needs 'above' or 'below'"}},
    {"missing_id_type_action",
     "rules:\n  - {channels: [shop-a]}\n",
     {"$F:2:5: missing required key 'id' in the rule",
      "$F:2:5: missing required key 'type' in the rule",
      "$F:2:5: missing required key 'action' in the rule"}},
    {"block_mapping_missing_action",
     "rules:\n  - id: a\n    type: sku_known\n",
     {"$F:2:5: missing required key 'action' in the rule"}},
    {"bad_amount",
     "rules:\n  - {id: a, type: amount, above: lots, action: hold}\n",
     {"$F:2:34: above: expected an amount like \"50000.00\"; got 'lots'"}},
    {"amount_with_three_decimals",
     "rules:\n  - {id: a, type: amount, below: \"1.234\", action: hold}\n",
     {"$F:2:34: below: expected an amount like \"50000.00\"; got '1.234'"}},
    {"below_greater_than_above",
     "rules:\n  - {id: a, type: amount, above: 10, below: 20, action: hold}\n",
     {"$F:2:45: below: must not be greater than above (every order would match)"}},
    {"bad_tolerance",
     "rules:\n  - {id: a, type: totals_consistent, tolerance: 0.001, action: hold}\n",
     {"$F:2:49: tolerance: expected an amount like \"50000.00\"; got '0.001'"}},
    {"negative_tolerance",
     "rules:\n  - {id: a, type: totals_consistent, tolerance: \"-1\", action: hold}\n",
     {"$F:2:49: tolerance: must not be negative; got '-1'"}},
    {"bad_tolerance_pct",
     "rules:\n  - {id: a, type: price_list, tolerance_pct: 5.555, action: hold}\n",
     {"$F:2:46: tolerance_pct: expected a percentage from 0 to 100 like 5 or 2.5; got '5.555'"}},
    {"tolerance_pct_above_100",
     "rules:\n  - {id: a, type: price_list, tolerance_pct: 101, action: hold}\n",
     {"$F:2:46: tolerance_pct: expected a percentage from 0 to 100 like 5 or 2.5; got '101'"}},
    {"bad_window",
     "rules:\n  - {id: a, type: duplicate, window: 24, action: hold}\n",
     {"$F:2:38: window: expected a duration like 30m, 24h or 7d; got '24'"}},
    {"zero_window",
     "rules:\n  - {id: a, type: duplicate, window: 0, action: hold}\n",
     {"$F:2:38: window: expected a duration like 30m, 24h or 7d; got '0'"}},
    {"bad_minutes",
     "rules:\n  - {id: a, type: wait, minutes: -5, action: hold}\n",
     {"$F:2:34: minutes: expected a whole number of minutes from 0 to 525600; got '-5'"}},
    {"minutes_not_a_number",
     "rules:\n  - {id: a, type: wait, minutes: 1h, action: hold}\n",
     {"$F:2:34: minutes: expected a whole number of minutes from 0 to 525600; got '1h'"}},
    {"duplicate_rule_id",
     "rules:\n  - {id: a, type: sku_known, action: hold}\n"
     "  - {id: b, type: stock, action: hold}\n"
     "  - {id: a, type: blacklist, action: reject}\n",
     {"$F:4:10: duplicate rule id 'a' (first at line 2)"}},
    {"duplicate_key_in_rule",
     "rules:\n  - {id: a, id: b, type: sku_known, action: hold}\n",
     {"$F:2:13: duplicate key 'id' in the rule (first at line 2)"}},
    {"bad_action",
     "rules:\n  - {id: a, type: sku_known, action: block}\n",
     {"$F:2:38: action: expected one of hold, reject, tag, set_priority; got 'block'"}},
    {"priority_rules_set_priority",
     "rules:\n  - {id: a, type: priority, keywords: [x], action: hold}\n",
     {"$F:2:52: action 'hold' is not allowed for type priority; allowed: tag, set_priority"}},
    {"wait_rules_hold",
     "rules:\n  - {id: a, type: wait, minutes: 5, action: reject}\n",
     {"$F:2:45: action 'reject' is not allowed for type wait; allowed: hold"}},
    {"tag_key_needs_tag_action",
     "rules:\n  - {id: a, type: sku_known, action: hold, tag: x}\n",
     {"$F:2:44: key 'tag' is only allowed with action: tag"}},
    {"priority_key_needs_set_priority",
     "rules:\n  - {id: a, type: amount, above: 1, action: tag, priority: high}\n",
     {"$F:2:50: key 'priority' is only allowed with action: set_priority"}},
    {"unknown_field_path",
     "rules:\n  - {id: a, type: required_fields, fields: [ship_to.name, ship_to.nam], "
     "action: hold}\n",
     {"$F:2:59: fields: unknown field 'ship_to.nam'; known fields: " KNOWN_FIELDS}},
    {"empty_fields",
     "rules:\n  - {id: a, type: required_fields, fields: [], action: hold}\n",
     {"$F:2:44: fields: expected at least one field"}},
    {"empty_priority_keywords",
     "rules:\n  - {id: a, type: priority, keywords: [], action: set_priority}\n",
     {"$F:2:39: keywords: expected at least one keyword"}},
    {"empty_keyword",
     "rules:\n  - {id: a, type: buyer_note, keywords: [x, \"\"], action: hold}\n",
     {"$F:2:45: keywords: expected a list of words; got ''"}},
    {"channels_not_a_list",
     "rules:\n  - {id: a, type: sku_known, channels: {a: b}, action: hold}\n",
     {"$F:2:40: channels: expected a list of channel names; got a mapping"}},
    {"bad_id",
     "rules:\n  - {id: 'a b', type: sku_known, action: hold}\n",
     {"$F:2:10: id: expected a name of 1 to 64 bytes without spaces; got 'a b'"}},
    {"long_warehouse",
     "rules:\n  - {id: a, type: stock, warehouse: "
     "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww, action: hold}\n",
     {"$F:2:37: warehouse: at most 63 bytes"}},
    {"yaml_syntax_error",
     "rules: [\n",
     {"$F:2:1: did not find expected node content (while parsing a flow node at line 2, "
      "column 1)"}},
    {"aliases_refused",
     "rules:\n  - &r {id: a, type: sku_known, action: hold}\n  - *r\n",
     {"$F:3:5: YAML aliases (*name) are not supported"}},
    {"every_error_reported",
     "language: xx\nrules:\n"
     "  - {id: a, type: stock, warehouse: [x], action: hold}\n"
     "  - {id: b, type: amount, action: hold}\n"
     "  - id: c\n    type: wait\n    minutes: soon\n    action: hold\n",
     {"$F:1:11: language: expected one of zh, en; got 'xx'",
      "$F:3:37: warehouse: expected a warehouse name; got a list",
      "$F:4:5: type amount needs 'above' or 'below'",
      "$F:7:14: minutes: expected a whole number of minutes from 0 to 525600; got 'soon'"}},
};

/* cmocka calls setup and test with the same state; the case is the
 * initial state, replaced by the fixture in setup. */
static const struct error_case *current_case;

static int error_case_setup(void **state)
{
    const struct error_case *c = *state;
    struct fixture *fx;
    int rc;

    current_case = c;
    rc = setup(state);
    if (rc < 0)
        return rc;
    fx = *state;
    write_text(fx->path, c->text, strlen(c->text));
    return 0;
}

static void run_error_case(void **state)
{
    struct fixture *fx = *state;
    const struct error_case *c = current_case;
    struct od_rules *r = NULL;
    struct od_config_errors errs = {0};
    size_t n_expect = 0;
    int rc;

    rc = od_rules_load(fx->path, &r, &errs);
    assert_int_equal(rc, OD_ECONFIG);
    assert_null(r);
    while (n_expect < MAX_MSGS && c->expect[n_expect])
        n_expect++;
    for (size_t i = 0; i < errs.n; i++) {
        char *want = i < n_expect ? expand(c->expect[i], fx->path) : NULL;
        bool same = want && strcmp(want, errs.msgs[i]) == 0;

        free(want);
        if (!same)
            print_message("  unexpected message %zu: %s\n", i, errs.msgs[i]);
    }
    assert_int_equal(errs.n, n_expect);
    for (size_t i = 0; i < n_expect; i++) {
        char *want = expand(c->expect[i], fx->path);

        assert_string_equal(errs.msgs[i], want);
        free(want);
    }
    assert_non_null(strstr(od_error_last(), errs.msgs[0]));
    od_config_errors_free(&errs);
}

/* ---- successful loads ------------------------------------------------------------ */

/* The rules file of issue 3, as written there. */
static const char issue_example[] =
    "language: zh            # zh | en, for the reason texts\n"
    "rules:\n"
    "  - {id: addr, type: required_fields, fields: [ship_to.name, ship_to.phone, "
    "ship_to.address], action: hold}\n"
    "  - {id: known, type: sku_known, action: hold}\n"
    "  - {id: stock, type: stock, warehouse: main, action: hold}\n"
    "  - {id: credit, type: credit_limit, action: hold}\n"
    "  - {id: price, type: price_list, tolerance_pct: 5, action: hold}\n"
    "  - {id: sums, type: totals_consistent, tolerance: \"0.01\", action: hold}\n"
    "  - {id: big, type: amount, above: \"50000.00\", action: hold}\n"
    "  - {id: notes, type: buyer_note, keywords: [发票, 改地址, invoice], action: hold}\n"
    "  - {id: deny, type: blacklist, action: reject}\n"
    "  - {id: dup, type: duplicate, window: 24h, action: hold}\n"
    "  - {id: addr2, type: address_complete, channels: [store-gb], action: hold}\n"
    "  - {id: cool, type: wait, minutes: 0, action: hold}\n"
    "  - {id: rush, type: priority, keywords: [加急, urgent], action: set_priority}\n";

static void test_issue_example_loads(void **state)
{
    struct fixture *fx = *state;
    struct od_rules *r = load_ok(fx, issue_example);
    static const struct {
        const char *id;
        enum od_rule_type type;
        enum od_rule_action action;
        int line, column;
    } want[] = {
        {"addr", OD_RULE_REQUIRED_FIELDS, OD_ACTION_HOLD, 3, 5},
        {"known", OD_RULE_SKU_KNOWN, OD_ACTION_HOLD, 4, 5},
        {"stock", OD_RULE_STOCK, OD_ACTION_HOLD, 5, 5},
        {"credit", OD_RULE_CREDIT_LIMIT, OD_ACTION_HOLD, 6, 5},
        {"price", OD_RULE_PRICE_LIST, OD_ACTION_HOLD, 7, 5},
        {"sums", OD_RULE_TOTALS_CONSISTENT, OD_ACTION_HOLD, 8, 5},
        {"big", OD_RULE_AMOUNT, OD_ACTION_HOLD, 9, 5},
        {"notes", OD_RULE_BUYER_NOTE, OD_ACTION_HOLD, 10, 5},
        {"deny", OD_RULE_BLACKLIST, OD_ACTION_REJECT, 11, 5},
        {"dup", OD_RULE_DUPLICATE, OD_ACTION_HOLD, 12, 5},
        {"addr2", OD_RULE_ADDRESS_COMPLETE, OD_ACTION_HOLD, 13, 5},
        {"cool", OD_RULE_WAIT, OD_ACTION_HOLD, 14, 5},
        {"rush", OD_RULE_PRIORITY, OD_ACTION_SET_PRIORITY, 15, 5},
    };

    assert_string_equal(r->path, fx->path);
    assert_string_equal(r->language, "zh");
    assert_int_equal(r->n, sizeof(want) / sizeof(want[0]));
    for (size_t i = 0; i < r->n; i++) {
        assert_string_equal(r->rules[i].id, want[i].id);
        assert_int_equal(r->rules[i].type, want[i].type);
        assert_int_equal(r->rules[i].action, want[i].action);
        assert_int_equal(r->rules[i].line, want[i].line);
        assert_int_equal(r->rules[i].column, want[i].column);
    }
    assert_int_equal(r->rules[0].fields.n, 3);
    assert_string_equal(r->rules[0].fields.items[2], "ship_to.address");
    assert_string_equal(r->rules[2].warehouse, "main");
    assert_int_equal(r->rules[4].tolerance_bp, 500);
    assert_int_equal(r->rules[5].tolerance, 1);
    assert_int_equal(r->rules[6].above, 5000000);
    assert_true(r->rules[6].below == OD_MONEY_NONE);
    assert_int_equal(r->rules[7].keywords.n, 3);
    assert_string_equal(r->rules[7].keywords.items[0], "发票");
    assert_int_equal(r->rules[9].window_ms, 24 * 3600 * 1000);
    assert_int_equal(r->rules[10].channels.n, 1);
    assert_string_equal(r->rules[10].channels.items[0], "store-gb");
    assert_int_equal(r->rules[11].minutes, 0);
    assert_string_equal(r->rules[12].priority, "urgent");
    assert_int_equal(r->rules[12].keywords.n, 2);
    assert_true(od_rule_applies(&r->rules[0], "anything"));
    assert_true(od_rule_applies(&r->rules[10], "store-gb"));
    assert_false(od_rule_applies(&r->rules[10], "store-sh"));
    assert_false(od_rule_applies(&r->rules[10], NULL));
    od_rules_free(r);
}

static void test_defaults(void **state)
{
    struct fixture *fx = *state;
    struct od_rules *r = load_ok(fx, "rules:\n"
                                     "  - {id: s, type: stock, action: hold}\n"
                                     "  - {id: p, type: price_list, action: hold}\n"
                                     "  - {id: t, type: totals_consistent, action: hold}\n"
                                     "  - {id: d, type: duplicate, action: hold}\n"
                                     "  - {id: n, type: buyer_note, action: tag}\n"
                                     "  - {id: b, type: amount, below: 1, action: set_priority}\n"
                                     "  - {id: x, type: amount, above: 1, action: tag, tag: big}\n"
                                     "  - {id: y, type: amount, above: 2, action: set_priority,"
                                     " priority: high}\n");

    assert_string_equal(r->language, "zh");
    assert_int_equal(r->n, 8);
    assert_string_equal(r->rules[0].warehouse, "main");
    assert_int_equal(r->rules[1].tolerance_bp, 0);
    assert_int_equal(r->rules[2].tolerance, 1);
    assert_int_equal(r->rules[3].window_ms, 86400000);
    assert_int_equal(r->rules[4].keywords.n, 0);
    assert_string_equal(r->rules[4].tag, "n");
    assert_null(r->rules[4].priority);
    assert_string_equal(r->rules[5].priority, "urgent");
    assert_int_equal(r->rules[5].below, 100);
    assert_true(r->rules[5].above == OD_MONEY_NONE);
    assert_string_equal(r->rules[6].tag, "big");
    assert_string_equal(r->rules[7].priority, "high");
    assert_int_equal(r->rules[0].channels.n, 0);
    od_rules_free(r);
}

static void test_values(void **state)
{
    struct fixture *fx = *state;
    struct od_rules *r = load_ok(fx, "language: en\n"
                                     "rules:\n"
                                     "  - id: block-style\n"
                                     "    type: price_list\n"
                                     "    tolerance_pct: 2.5\n"
                                     "    channels: [shop-a, shop-b]\n"
                                     "    action: reject\n"
                                     "  - {id: p2, type: price_list, tolerance_pct: '0.25%', "
                                     "action: hold}\n"
                                     "  - {id: p3, type: price_list, tolerance_pct: 100, "
                                     "action: hold}\n"
                                     "  - {id: a, type: amount, above: '¥1,234.50', below: 0, "
                                     "action: hold}\n"
                                     "  - {id: w, type: wait, minutes: 525600, action: hold}\n"
                                     "  - {id: d, type: duplicate, window: 1h30m, action: hold}\n"
                                     "  - {id: t, type: totals_consistent, tolerance: 0, "
                                     "action: hold}\n"
                                     "  - {id: c, type: sku_known, channels: shop-c, action: "
                                     "hold}\n"
                                     "  - {id: f, type: required_fields, fields: lines.sku, "
                                     "action: hold}\n");

    assert_string_equal(r->language, "en");
    assert_int_equal(r->n, 9);
    assert_int_equal(r->rules[0].line, 3);
    assert_int_equal(r->rules[0].column, 5);
    assert_int_equal(r->rules[0].tolerance_bp, 250);
    assert_int_equal(r->rules[0].action, OD_ACTION_REJECT);
    assert_int_equal(r->rules[0].channels.n, 2);
    assert_true(od_rule_applies(&r->rules[0], "shop-b"));
    assert_false(od_rule_applies(&r->rules[0], "shop-c"));
    assert_int_equal(r->rules[1].tolerance_bp, 25);
    assert_int_equal(r->rules[2].tolerance_bp, 10000);
    assert_int_equal(r->rules[3].above, 123450);
    assert_int_equal(r->rules[3].below, 0);
    assert_int_equal(r->rules[4].minutes, 525600);
    assert_int_equal(r->rules[5].window_ms, 5400000);
    assert_int_equal(r->rules[6].tolerance, 0);
    assert_int_equal(r->rules[7].channels.n, 1);
    assert_string_equal(r->rules[7].channels.items[0], "shop-c");
    assert_int_equal(r->rules[8].fields.n, 1);
    od_rules_free(r);
}

static void test_empty_rules(void **state)
{
    struct fixture *fx = *state;
    struct od_rules *r = load_ok(fx, "rules:\n");

    assert_int_equal(r->n, 0);
    od_rules_free(r);
    r = load_ok(fx, "language: en\nrules: []\n");
    assert_int_equal(r->n, 0);
    assert_string_equal(r->language, "en");
    od_rules_free(r);
}

static void test_too_many_errors(void **state)
{
    struct fixture *fx = *state;
    struct od_config_errors errs = {0};
    struct od_rules *r = NULL;
    struct od_buf b;
    char *last;

    od_buf_init(&b, 1 << 20);
    assert_int_equal(od_buf_adds(&b, "rules:\n"), 0);
    for (int i = 0; i < 150; i++)
        assert_int_equal(od_buf_printf(&b, "  - {id: r%d, type: nope, action: hold}\n", i), 0);
    write_text(fx->path, b.data, b.len);
    od_buf_free(&b);
    assert_int_equal(od_rules_load(fx->path, &r, &errs), OD_ECONFIG);
    assert_null(r);
    assert_int_equal(errs.n, 101);
    last = expand("$F: too many errors; stopped after 100", fx->path);
    assert_string_equal(errs.msgs[100], last);
    free(last);
    assert_non_null(strstr(od_error_last(), "(and 100 more)"));
    od_config_errors_free(&errs);
}

static void test_file_limits(void **state)
{
    struct fixture *fx = *state;
    struct od_config_errors errs = {0};
    struct od_rules *r = NULL;
    size_t n = 1024 * 1024 + 1;
    char *big = malloc(n);
    char *want;

    assert_non_null(big);
    memset(big, '#', n);
    write_text(fx->path, big, n);
    free(big);
    assert_int_equal(od_rules_load(fx->path, &r, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    want = expand("$F: cannot read: larger than 1 MiB", fx->path);
    assert_string_equal(errs.msgs[0], want);
    free(want);
    od_config_errors_free(&errs);

    /* Exactly 1 MiB of comments is read (and has no rules key). */
    big = malloc(n - 1);
    assert_non_null(big);
    memset(big, '#', n - 1);
    big[n - 2] = '\n';
    write_text(fx->path, big, n - 1);
    free(big);
    assert_int_equal(od_rules_load(fx->path, &r, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    assert_non_null(strstr(errs.msgs[0], "missing required key 'rules'"));
    od_config_errors_free(&errs);

    unlink(fx->path);
    assert_int_equal(od_rules_load(fx->path, &r, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    want = expand("$F: cannot read: No such file or directory", fx->path);
    assert_string_equal(errs.msgs[0], want);
    free(want);
    od_config_errors_free(&errs);

    /* NULL errs is allowed: the detail still names the problem. */
    assert_int_equal(od_rules_load(fx->path, &r, NULL), OD_ECONFIG);
    assert_non_null(strstr(od_error_last(), "No such file"));
}

static void test_type_names(void **state)
{
    static const char *const names[] = {
        "required_fields",   "sku_known", "stock",      "credit_limit",  "price_list",
        "totals_consistent", "amount",    "buyer_note", "blacklist",     "duplicate",
        "address_complete",  "wait",      "priority",   "invoice_valid",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        assert_string_equal(od_rule_type_name((enum od_rule_type)i), names[i]);
        assert_int_equal(od_rule_type_from_name(names[i]), (int)i);
    }
    assert_null(od_rule_type_name((enum od_rule_type)14));
    assert_null(od_rule_type_name((enum od_rule_type) - 1));
    assert_int_equal(od_rule_type_from_name("stok"), -1);
    assert_int_equal(od_rule_type_from_name(""), -1);
    assert_int_equal(od_rule_type_from_name(NULL), -1);
    assert_false(od_rule_applies(NULL, "x"));
    od_rules_free(NULL);
}

int main(void)
{
    const size_t n_err = sizeof(error_cases) / sizeof(error_cases[0]);
    const struct CMUnitTest fixed[] = {
        cmocka_unit_test_setup_teardown(test_issue_example_loads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_defaults, setup, teardown),
        cmocka_unit_test_setup_teardown(test_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_rules, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_many_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_file_limits, setup, teardown),
        cmocka_unit_test(test_type_names),
    };
    const size_t n_fixed = sizeof(fixed) / sizeof(fixed[0]);
    struct CMUnitTest *tests = calloc(n_err + n_fixed, sizeof(*tests));
    int rc;

    if (!tests)
        return 1;
    /* One named test per table row, so a failure names its case. */
    for (size_t i = 0; i < n_err; i++) {
        tests[i].name = error_cases[i].name;
        tests[i].test_func = run_error_case;
        tests[i].setup_func = error_case_setup;
        tests[i].teardown_func = teardown;
        tests[i].initial_state = &error_cases[i];
    }
    memcpy(tests + n_err, fixed, sizeof(fixed));
    rc = _cmocka_run_group_tests("rules", tests, n_err + n_fixed, NULL, NULL);
    free(tests);
    return rc;
}
