/* Unit tests for lib/audit.c.
 *
 * Rule cases are table-driven: each row names the rules (the lines of a
 * rules file's `rules:` list), a setup function that changes the base
 * order and reference data, and the expected outcome, number of reasons
 * and the exact message and evidence of the first reason. The base order
 * (shop-a/SO-1, customer C-1, two lines A-100 x2 at 59.00 and B-200 x1 at
 * 100.00, shipping 10.00, total 228.00, paid) passes every rule of the
 * base reference data; each row breaks or bends one thing. Every
 * evidence of every case is parsed as a JSON object with a verdict.
 *
 * Other tests: the order of a batch (reservations and credit in arrival
 * order), SKU mapping, outcome precedence, re-audit, and the helpers
 * od_audit_phone / od_audit_sku_multiset / od_audit_po_number. */
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
#include <json-c/json.h>

#include "audit.h"
#include "buf.h"
#include "error.h"
#include "json.h"
#include "rules.h"

/* ---- building data ------------------------------------------------------ */

static od_time T(const char *s)
{
    od_time t;

    assert_int_equal(od_time_parse(s, strlen(s), NULL, &t), 0);
    return t;
}

static od_money M(const char *s)
{
    od_money m;

    assert_int_equal(od_money_parse(s, strlen(s), &m), 0);
    return m;
}

static void set(char **field, const char *s)
{
    assert_int_equal(od_str_set(field, s, s ? strlen(s) : 0), 0);
}

static char *sdup(const char *s)
{
    char *r = s ? strdup(s) : NULL;

    if (s)
        assert_non_null(r);
    return r;
}

#define GROW(arr, n)                                                                               \
    do {                                                                                           \
        void *p_ = realloc((arr), ((n) + 1) * sizeof(*(arr)));                                     \
        assert_non_null(p_);                                                                       \
        (arr) = p_;                                                                                \
        memset(&(arr)[(n)], 0, sizeof(*(arr)));                                                    \
    } while (0)

static void add_product(struct od_refdata *r, const char *sku, bool active)
{
    GROW(r->products, r->n_products);
    r->products[r->n_products].sku = sdup(sku);
    r->products[r->n_products].active = active;
    r->n_products++;
}

static void add_stock(struct od_refdata *r, const char *sku, const char *wh, int64_t on_hand,
                      int64_t reserved)
{
    GROW(r->stock, r->n_stock);
    r->stock[r->n_stock].sku = sdup(sku);
    r->stock[r->n_stock].warehouse = sdup(wh);
    r->stock[r->n_stock].on_hand = on_hand;
    r->stock[r->n_stock].reserved = reserved;
    r->n_stock++;
}

static void add_skumap(struct od_refdata *r, const char *channel, const char *channel_sku,
                       const char *sku, int64_t mult)
{
    GROW(r->skumap, r->n_skumap);
    r->skumap[r->n_skumap].channel = sdup(channel);
    r->skumap[r->n_skumap].channel_sku = sdup(channel_sku);
    r->skumap[r->n_skumap].sku = sdup(sku);
    r->skumap[r->n_skumap].multiplier = mult;
    r->n_skumap++;
}

static struct od_ref_customer *add_customer(struct od_refdata *r, const char *ref, const char *name,
                                            const char *phone, const char *email, const char *limit,
                                            const char *tier)
{
    struct od_ref_customer *c;

    GROW(r->customers, r->n_customers);
    c = &r->customers[r->n_customers++];
    c->ref = sdup(ref);
    c->name = sdup(name);
    c->phone = sdup(phone);
    c->email = sdup(email);
    c->credit_limit = limit ? M(limit) : OD_MONEY_NONE;
    c->open_balance = 0;
    c->approved_since = 0;
    c->price_tier = sdup(tier);
    return c;
}

static void add_price(struct od_refdata *r, const char *tier, const char *sku, const char *price,
                      const char *from, const char *to)
{
    struct od_ref_price *p;

    GROW(r->prices, r->n_prices);
    p = &r->prices[r->n_prices++];
    p->tier = sdup(tier);
    p->sku = sdup(sku);
    p->unit_price = od_price_from_money(M(price));
    p->valid_from = from ? T(from) : OD_TIME_NONE;
    p->valid_to = to ? T(to) : OD_TIME_NONE;
}

static void add_blacklist(struct od_refdata *r, const char *kind, const char *value,
                          const char *reason)
{
    GROW(r->blacklist, r->n_blacklist);
    r->blacklist[r->n_blacklist].kind = sdup(kind);
    r->blacklist[r->n_blacklist].value = sdup(value);
    r->blacklist[r->n_blacklist].reason = sdup(reason);
    r->n_blacklist++;
}

static void add_recent(struct od_refdata *r, const char *channel, const char *ext,
                       const char *phone, const char *ref, const char *skus, const char *po,
                       const char *placed)
{
    struct od_ref_recent *x;

    GROW(r->recent, r->n_recent);
    r->cap_recent = r->n_recent + 1;
    x = &r->recent[r->n_recent++];
    x->order_id = 77;
    x->channel = sdup(channel);
    x->external_id = sdup(ext);
    x->phone = sdup(phone);
    x->customer_ref = sdup(ref);
    x->skus = sdup(skus);
    x->po = sdup(po);
    x->placed_at = T(placed);
}

static struct od_line *add_line(struct od_order *o, const char *sku, int64_t qty, const char *price)
{
    struct od_line *l;

    assert_int_equal(od_order_add_line(o, &l), 0);
    set(&l->sku, sku);
    l->qty = qty;
    l->unit_price = od_price_from_money(M(price));
    return l;
}

#define NOW "2026-11-20T03:00:00Z"

/* shop-a/SO-1, placed 01:30Z, paid 01:40Z, total 228.00 once finished. */
static struct od_order *base_order(void)
{
    struct od_order *o = od_order_new();

    assert_non_null(o);
    set(&o->channel, "shop-a");
    set(&o->external_id, "SO-1");
    o->status = OD_STATUS_PAID;
    o->placed_at = T("2026-11-20T01:30:00Z");
    o->paid_at = T("2026-11-20T01:40:00Z");
    memcpy(o->currency, "CNY", 4);
    o->shipping = M("10.00");
    set(&o->customer.ref, "C-1");
    set(&o->customer.name, "张三");
    set(&o->customer.phone, "+86 138-0013-8000");
    set(&o->customer.email, "zhang@example.com");
    set(&o->ship_to.name, "张三");
    set(&o->ship_to.phone, "13800138000");
    set(&o->ship_to.country, "CN");
    set(&o->ship_to.province, "上海市");
    set(&o->ship_to.city, "上海市");
    set(&o->ship_to.district, "浦东新区");
    set(&o->ship_to.address, "张江路 123 号");
    add_line(o, "A-100", 2, "59.00");
    add_line(o, "B-200", 1, "100.00");
    return o;
}

static void base_ref(struct od_refdata *r)
{
    add_product(r, "A-100", true);
    add_product(r, "B-200", true);
    add_stock(r, "A-100", "main", 10, 0);
    add_stock(r, "B-200", "main", 5, 0);
    add_customer(r, "C-1", "张三", "13800138000", "Zhang@Example.com", "10000.00", "VIP");
    add_price(r, "VIP", "A-100", "59.00", NULL, NULL);
    add_price(r, "VIP", "B-200", "100.00", NULL, NULL);
}

static struct od_rules *rules_from(const char *language, const char *lines)
{
    char dir[] = "/tmp/od-test-audit-XXXXXX";
    char path[128];
    struct od_rules *r = NULL;
    struct od_config_errors errs = {0};
    FILE *f;
    int rc;

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/rules.yaml", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "language: %s\nrules:\n%s", language ? language : "zh", lines);
    assert_int_equal(fclose(f), 0);
    rc = od_rules_load(path, &r, &errs);
    for (size_t i = 0; i < errs.n; i++)
        print_message("  rules: %s\n", errs.msgs[i]);
    od_config_errors_free(&errs);
    unlink(path);
    rmdir(dir);
    assert_int_equal(rc, 0);
    return r;
}

/* Every evidence is a JSON object (strict parser) with a verdict, and
 * the order with its audit prints and parses back. */
static void check_evidence(const struct od_order *o)
{
    struct json_object *obj = NULL, *v;

    for (size_t i = 0; i < o->audit.n_reasons; i++) {
        const char *ev = o->audit.reasons[i].evidence;

        assert_non_null(ev);
        assert_int_equal(od_json_parse(ev, strlen(ev), &obj), 0);
        assert_true(json_object_is_type(obj, json_type_object));
        assert_true(json_object_object_get_ex(obj, "verdict", &v));
        assert_true(json_object_is_type(v, json_type_string));
        json_object_put(obj);
        assert_non_null(o->audit.reasons[i].rule);
        assert_non_null(o->audit.reasons[i].message);
    }
    assert_int_equal(od_order_to_json(o, &obj), 0);
    json_object_put(obj);
}

/* ---- rule cases ------------------------------------------------------------ */

typedef void (*setup_fn)(struct od_order *o, struct od_refdata *ref);

struct rule_case {
    const char *name;
    const char *language; /* NULL = zh */
    const char *rules;    /* lines of the rules: list */
    setup_fn setup;       /* NULL = the base data */
    const char *outcome;
    size_t n_reasons;
    const char *message;  /* exact message of reason 0, or NULL */
    const char *evidence; /* exact evidence of reason 0, or NULL */
    const char *rule;     /* rule id of reason 0, or NULL */
};

/* required_fields */
static void no_ship_name(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.name, NULL);
}

static void blank_ship_name(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.name, "  ");
}

static void no_name_no_phone(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.name, "");
    set(&o->ship_to.phone, NULL);
}

static void line2_no_sku(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[1].sku, NULL);
}

static void no_placed_at(struct od_order *o, struct od_refdata *r)
{
    o->placed_at = OD_TIME_NONE;
}

/* sku_known */
static void unknown_sku(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, "X-1");
}

static void inactive_b200(struct od_order *o, struct od_refdata *r)
{
    r->products[1].active = false;
}

static void mapped_channel_sku(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, NULL);
    set(&o->lines[0].channel_sku, "dy-889");
    add_skumap(r, "shop-a", "dy-889", "A-100", 1);
}

static void unmapped_channel_sku(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, NULL);
    set(&o->lines[0].channel_sku, "dy-999");
    add_skumap(r, "shop-b", "dy-999", "A-100", 1); /* another channel's */
}

static void no_sku_at_all(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, NULL);
}

/* stock */
static void a100_one_left(struct od_order *o, struct od_refdata *r)
{
    r->stock[0].on_hand = 1;
}

static void a100_one_left_shipped(struct od_order *o, struct od_refdata *r)
{
    a100_one_left(o, r);
    o->status = OD_STATUS_SHIPPED;
}

static void a100_one_left_partly_shipped(struct od_order *o, struct od_refdata *r)
{
    a100_one_left(o, r);
    o->status = OD_STATUS_PARTIALLY_SHIPPED;
}

static void a100_exactly_two(struct od_order *o, struct od_refdata *r)
{
    r->stock[0].on_hand = 2;
}

static void a100_reserved(struct od_order *o, struct od_refdata *r)
{
    r->stock[0].on_hand = 3;
    r->stock[0].reserved = 2;
}

static void a100_no_row(struct od_order *o, struct od_refdata *r)
{
    free(r->stock[0].sku);
    r->stock[0].sku = sdup("A-999");
}

static void a100_bundle_of_3(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, "A-100-X3");
    add_skumap(r, "shop-a", "A-100-X3", "A-100", 3);
    r->stock[0].on_hand = 5;
}

static void a100_bundle_enough(struct od_order *o, struct od_refdata *r)
{
    a100_bundle_of_3(o, r);
    r->stock[0].on_hand = 6;
}

static void a100_two_lines(struct od_order *o, struct od_refdata *r)
{
    add_line(o, "A-100", 2, "59.00");
    r->stock[0].on_hand = 3;
}

static void stock_in_bj(struct od_order *o, struct od_refdata *r)
{
    add_stock(r, "A-100", "bj", 1, 0);
    add_stock(r, "B-200", "bj", 9, 0);
}

/* credit_limit */
static void limit_200(struct od_order *o, struct od_refdata *r)
{
    r->customers[0].credit_limit = M("200.00");
}

static void limit_exact(struct od_order *o, struct od_refdata *r)
{
    r->customers[0].credit_limit = M("228.00");
}

static void limit_with_balance(struct od_order *o, struct od_refdata *r)
{
    r->customers[0].credit_limit = M("1000.00");
    r->customers[0].open_balance = M("700.00");
    r->customers[0].approved_since = M("100.00");
}

static void blocked(struct od_order *o, struct od_refdata *r)
{
    r->customers[0].blocked = true;
}

static void unknown_customer(struct od_order *o, struct od_refdata *r)
{
    set(&o->customer.ref, "C-9");
    set(&o->customer.phone, "13900139000");
    set(&o->ship_to.phone, "13900139000");
    set(&o->customer.email, "other@example.com");
    r->customers[0].credit_limit = M("1.00");
}

static void match_by_phone(struct od_order *o, struct od_refdata *r)
{
    set(&o->customer.ref, NULL);
    r->customers[0].credit_limit = M("1.00");
}

static void match_by_ship_phone(struct od_order *o, struct od_refdata *r)
{
    set(&o->customer.ref, NULL);
    set(&o->customer.phone, NULL);
    set(&o->ship_to.phone, "0086 138 0013 8000");
    r->customers[0].credit_limit = M("1.00");
}

static void match_by_email(struct od_order *o, struct od_refdata *r)
{
    set(&o->customer.ref, NULL);
    set(&o->customer.phone, NULL);
    set(&o->ship_to.phone, NULL);
    set(&o->customer.email, " ZHANG@example.COM ");
    r->customers[0].credit_limit = M("1.00");
}

static void no_limit(struct od_order *o, struct od_refdata *r)
{
    r->customers[0].credit_limit = OD_MONEY_NONE;
    r->customers[0].open_balance = M("99999999.00");
}

/* price_list */
static void tier_a100_70(struct od_order *o, struct od_refdata *r)
{
    r->prices[0].unit_price = od_price_from_money(M("70.00"));
}

static void b200_at_95(struct od_order *o, struct od_refdata *r)
{
    o->lines[1].unit_price = od_price_from_money(M("95.00"));
}

static void b200_at_94_99(struct od_order *o, struct od_refdata *r)
{
    o->lines[1].unit_price = od_price_from_money(M("94.99"));
}

static void b200_line_discount(struct od_order *o, struct od_refdata *r)
{
    o->lines[1].discount = M("6.00");
    o->shipping = M("16.00"); /* keeps the total at 228.00 */
}

static void price_expired(struct od_order *o, struct od_refdata *r)
{
    r->prices[0].unit_price = od_price_from_money(M("70.00"));
    r->prices[0].valid_to = T("2026-11-20T01:30:00Z"); /* exclusive */
}

static void price_newer_row(struct od_order *o, struct od_refdata *r)
{
    r->prices[0].valid_to = OD_TIME_NONE;
    add_price(r, "VIP", "A-100", "65.00", "2026-11-01", NULL);
    add_price(r, "VIP", "A-100", "99.00", "2026-12-01", NULL); /* not yet valid */
}

static void no_tier(struct od_order *o, struct od_refdata *r)
{
    tier_a100_70(o, r);
    free(r->customers[0].price_tier);
    r->customers[0].price_tier = NULL;
}

static void price_bundle(struct od_order *o, struct od_refdata *r)
{
    set(&o->lines[0].sku, "A-100-X3");
    add_skumap(r, "shop-a", "A-100-X3", "A-100", 3);
    r->prices[0].unit_price = od_price_from_money(M("20.00")); /* 2 bundles = 6 units = 120.00 */
}

/* A tier price finer than a cent, and line A-100 at `price` a piece:
 * compared exactly, not after rounding the line to the cent. */
static void fine_tier(struct od_order *o, struct od_refdata *r, int64_t qty, int64_t price_e4)
{
    r->prices[0].unit_price = (od_price){385}; /* 0.0385 */
    o->lines[0].qty = qty;
    o->lines[0].unit_price = (od_price){price_e4};
    o->lines[0].total = OD_MONEY_NONE;
    o->subtotal = o->total = OD_MONEY_NONE;
    assert_int_equal(od_order_finish(o), 0);
}

static void fine_at_tier(struct od_order *o, struct od_refdata *r)
{
    fine_tier(o, r, 1000, 385); /* 38.50 = 1000 x 0.0385 */
}

static void fine_below_tier(struct od_order *o, struct od_refdata *r)
{
    fine_tier(o, r, 1000, 384); /* 38.40 */
}

static void fine_one_piece_below(struct od_order *o, struct od_refdata *r)
{
    fine_tier(o, r, 1, 350); /* 0.035 pays 0.04 rounded, yet is below 0.0385 */
}

static void fine_three_at_tier(struct od_order *o, struct od_refdata *r)
{
    fine_tier(o, r, 3, 385); /* 0.1155, the line 0.12 */
}

/* totals_consistent */
static void total_229(struct od_order *o, struct od_refdata *r)
{
    o->total = M("229.00");
}

static void total_228_01(struct od_order *o, struct od_refdata *r)
{
    o->total = M("228.01");
}

static void total_228_02(struct od_order *o, struct od_refdata *r)
{
    o->total = M("228.02");
}

static void total_227_98(struct od_order *o, struct od_refdata *r)
{
    o->total = M("227.98");
}

static void with_discount_and_tax(struct od_order *o, struct od_refdata *r)
{
    o->discount = M("20.00");
    o->tax = M("5.50");
    o->total = M("213.50");
}

/* buyer_note and priority */
static void note_invoice(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "请开发票");
}

static void note_blank(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, " \t ");
}

static void note_english(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "Please send an INVOICE");
}

static void note_other(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "谢谢");
}

static void note_long(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "0123456789012345678901234567890123456789012345678901234567890123456789"
                        "0123456789012345678901234567890123456789");
}

static void note_rush(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "请加急发货");
}

static void seller_urgent(struct od_order *o, struct od_refdata *r)
{
    set(&o->seller_note, "URGENT: VIP");
}

static void tag_urgent(struct od_order *o, struct od_refdata *r)
{
    assert_int_equal(od_order_add_tag(o, "urgent-order"), 0);
}

/* blacklist */
static void bl_phone(struct od_order *o, struct od_refdata *r)
{
    add_blacklist(r, "phone", "138 0013 8000", "多次拒收");
}

static void bl_email(struct od_order *o, struct od_refdata *r)
{
    add_blacklist(r, "email", "ZHANG@EXAMPLE.COM", NULL);
}

static void bl_name(struct od_order *o, struct od_refdata *r)
{
    add_blacklist(r, "name", "张三", "fraud");
}

static void bl_address(struct od_order *o, struct od_refdata *r)
{
    add_blacklist(r, "address_substring", "张江路 123", "代收点");
}

static void bl_others(struct od_order *o, struct od_refdata *r)
{
    add_blacklist(r, "phone", "13900139000", NULL);
    add_blacklist(r, "email", "x@example.com", NULL);
    add_blacklist(r, "name", "张三丰", NULL);
    add_blacklist(r, "address_substring", "人民路", NULL);
}

/* duplicate */
#define SKUS "A-100*2;B-200*1"

static void dup_phone(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-b", "W-9", "13800138000", NULL, SKUS, NULL, "2026-11-20T00:00:00Z");
}

static void dup_phone_old(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-b", "W-9", "13800138000", NULL, SKUS, NULL, "2026-11-19T01:29:59Z");
}

static void dup_phone_edge(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-b", "W-9", "13800138000", NULL, SKUS, NULL, "2026-11-19T01:30:00Z");
}

static void dup_other_skus(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-b", "W-9", "13800138000", "C-1", "A-100*1;B-200*1", NULL,
               "2026-11-20T00:00:00Z");
}

static void dup_customer(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-a", "SO-0", "13900139000", "C-1", SKUS, NULL, "2026-11-20T01:00:00Z");
}

static void dup_self(struct od_order *o, struct od_refdata *r)
{
    add_recent(r, "shop-a", "SO-1", "13800138000", "C-1", SKUS, NULL, "2026-11-20T01:30:00Z");
}

static void dup_po(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "按采购单 po#2291 发货");
    set(&o->customer.phone, "13900139000");
    set(&o->ship_to.phone, "13900139000");
    add_recent(r, "mail-po", "M-77", NULL, NULL, "Z-1*1", "PO-2291", "2026-11-20T00:00:00Z");
}

static void dup_po_same_channel(struct od_order *o, struct od_refdata *r)
{
    set(&o->buyer_note, "PO 2291");
    add_recent(r, "shop-a", "SO-0", NULL, NULL, "Z-1*1", "PO-2291", "2026-11-20T00:00:00Z");
}

/* address_complete */
static void landline(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.phone, "021-12345678");
}

static void no_region_no_street(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.province, NULL);
    set(&o->ship_to.city, "");
    set(&o->ship_to.address, NULL);
}

static void only_city(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.province, NULL);
}

static void plus86_spaces(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.phone, "+86 138 0013 8000");
}

static void abroad(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.country, "US");
    set(&o->ship_to.phone, "+1 555 0100");
}

static void nothing_at_all(struct od_order *o, struct od_refdata *r)
{
    set(&o->ship_to.name, NULL);
    set(&o->ship_to.phone, NULL);
    set(&o->ship_to.province, NULL);
    set(&o->ship_to.city, NULL);
    set(&o->ship_to.address, NULL);
}

/* wait */
static void unpaid(struct od_order *o, struct od_refdata *r)
{
    o->status = OD_STATUS_PENDING_PAYMENT;
    o->paid_at = OD_TIME_NONE;
}

static void paid_80_min_ago(struct od_order *o, struct od_refdata *r)
{
    o->paid_at = T("2026-11-20T01:40:00Z");
}

static void paid_status_no_time(struct od_order *o, struct od_refdata *r)
{
    o->paid_at = OD_TIME_NONE; /* placed 01:30Z is used */
}

static void paid_nothing_known(struct od_order *o, struct od_refdata *r)
{
    o->paid_at = OD_TIME_NONE;
    o->placed_at = OD_TIME_NONE;
}

/* invoice_valid */
static void inv(struct od_order *o, const char *type, const char *title, const char *tax_id)
{
    set(&o->invoice.type, type);
    set(&o->invoice.title, title);
    set(&o->invoice.tax_id, tax_id);
}

static void inv_normal_ok(struct od_order *o, struct od_refdata *r)
{
    inv(o, "普票", "深圳市腾讯计算机系统有限公司", "9144030071526726XG");
}

static void inv_person_no_tax_id(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "张三", NULL);
}

static void inv_none(struct od_order *o, struct od_refdata *r)
{
    inv(o, "none", NULL, "garbage");
}

static void inv_no_title(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "  ", NULL);
}

static void inv_std_example(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "福建某公司", "91350100M000100Y4Z");
}

static void inv_flipped(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "华为技术有限公司", "914403001922038226");
}

static void inv_short(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "上海某公司", "91310000MA1FL0XX");
}

static void inv_letter_o(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "阿里巴巴(中国)有限公司", "91330100O16105852F");
}

static void inv_old_15(struct od_order *o, struct od_refdata *r)
{
    inv(o, "normal", "上海某厂", "310104132205010");
}

static void inv_special_bare(struct od_order *o, struct od_refdata *r)
{
    inv(o, "专票", "小米科技有限责任公司", "91110108551385082Q");
    set(&o->invoice.bank, "招商银行北京分行");
}

static void inv_special_full(struct od_order *o, struct od_refdata *r)
{
    inv_special_bare(o, r);
    set(&o->invoice.address, "北京市海淀区清河中街 68 号");
    set(&o->invoice.phone, "010-60606666");
    set(&o->invoice.account, "110902000000000");
}

static void inv_everything_wrong(struct od_order *o, struct od_refdata *r)
{
    inv(o, "special", NULL, "9144030071526726XI");
}

/* outcomes */
static void big_and_listed(struct od_order *o, struct od_refdata *r)
{
    bl_phone(o, r);
}

#define R(s) "  - " s "\n"

/* Not const: cmocka's initial_state is a plain void pointer. */
static struct rule_case rule_cases[] = {
    /* required_fields */
    {"required_fields_complete", NULL,
     R("{id: req, type: required_fields, fields: [ship_to.name, ship_to.phone, lines.sku], "
       "action: hold}"),
     NULL, "approved", 0, NULL, NULL, NULL},
    {"required_fields_missing", NULL,
     R("{id: req, type: required_fields, fields: [ship_to.name, ship_to.phone], action: hold}"),
     no_ship_name, "held", 1, "缺少必填信息：收货人",
     "{\"fields\":[\"ship_to.name\",\"ship_to.phone\"],\"missing\":[\"ship_to.name\"],"
     "\"verdict\":\"missing\"}",
     "req"},
    {"required_fields_blank_counts_as_missing", NULL,
     R("{id: req, type: required_fields, fields: [ship_to.name], action: hold}"), blank_ship_name,
     "held", 1, "缺少必填信息：收货人", NULL, NULL},
    {"required_fields_en", "en",
     R("{id: req, type: required_fields, fields: [ship_to.name, ship_to.phone, ship_to.address], "
       "action: hold}"),
     no_name_no_phone, "held", 1, "Missing required information: recipient name, recipient phone",
     NULL, NULL},
    {"required_fields_every_line", NULL,
     R("{id: req, type: required_fields, fields: [lines.sku, lines.title], action: reject}"),
     line2_no_sku, "rejected", 1,
     "缺少必填信息：商品编码（第 2 行）、商品名称（第 1 行）、商品名称（第 2 行）",
     "{\"fields\":[\"lines.sku\",\"lines.title\"],\"missing\":[\"lines[2].sku\",\"lines[1].title\","
     "\"lines[2].title\"],\"verdict\":\"missing\"}",
     NULL},
    {"required_fields_time", "en",
     R("{id: req, type: required_fields, fields: [placed_at, total, currency], action: hold}"),
     no_placed_at, "held", 1, "Missing required information: order time", NULL, NULL},

    /* sku_known */
    {"sku_known_all_known", NULL, R("{id: known, type: sku_known, action: hold}"), NULL, "approved",
     0, NULL, NULL, NULL},
    {"sku_known_unknown", NULL, R("{id: known, type: sku_known, action: hold}"), unknown_sku,
     "held", 1, "未知商品编码：X-1（第 1 行）",
     "{\"line_no\":1,\"sku\":\"X-1\",\"channel_sku\":null,\"known\":false,\"active\":false,"
     "\"verdict\":\"unknown_sku\"}",
     "known"},
    {"sku_known_unknown_en", "en", R("{id: known, type: sku_known, action: hold}"), unknown_sku,
     "held", 1, "Unknown SKU X-1 (line 1)", NULL, NULL},
    {"sku_known_inactive", NULL, R("{id: known, type: sku_known, action: hold}"), inactive_b200,
     "held", 1, "商品已停用：B-200（第 2 行）", NULL, NULL},
    {"sku_known_inactive_en", "en", R("{id: known, type: sku_known, action: hold}"), inactive_b200,
     "held", 1, "Product B-200 is inactive (line 2)", NULL, NULL},
    {"sku_known_mapped_channel_sku", NULL, R("{id: known, type: sku_known, action: hold}"),
     mapped_channel_sku, "approved", 0, NULL, NULL, NULL},
    {"sku_known_map_of_other_channel", NULL, R("{id: known, type: sku_known, action: hold}"),
     unmapped_channel_sku, "held", 1, "平台商品 dy-999 没有对应的商品编码（第 1 行）",
     "{\"line_no\":1,\"sku\":null,\"channel_sku\":\"dy-999\",\"known\":false,\"active\":false,"
     "\"verdict\":\"not_mapped\"}",
     NULL},
    {"sku_known_no_sku", "en", R("{id: known, type: sku_known, action: hold}"), no_sku_at_all,
     "held", 1, "Line 1 has no SKU", NULL, NULL},

    /* stock */
    {"stock_enough", NULL, R("{id: stock, type: stock, action: hold}"), NULL, "approved", 0, NULL,
     NULL, NULL},
    {"stock_short", NULL, R("{id: stock, type: stock, action: hold}"), a100_one_left, "held", 1,
     "库存不足：A-100 需要 2，可用 1（仓库 main）",
     "{\"sku\":\"A-100\",\"warehouse\":\"main\",\"need\":2,\"on_hand\":1,\"reserved\":0,"
     "\"available\":1,\"verdict\":\"short\"}",
     "stock"},
    {"stock_short_en", "en", R("{id: stock, type: stock, action: hold}"), a100_one_left, "held", 1,
     "Not enough stock: A-100 needs 2, 1 available (warehouse main)", NULL, NULL},
    /* goods already gone: nothing to check or reserve */
    {"stock_shipped_needs_none", NULL, R("{id: stock, type: stock, action: hold}"),
     a100_one_left_shipped, "approved", 0, NULL, NULL, NULL},
    {"stock_partly_shipped_still_checked", NULL, R("{id: stock, type: stock, action: hold}"),
     a100_one_left_partly_shipped, "held", 1, "库存不足：A-100 需要 2，可用 1（仓库 main）", NULL,
     NULL},
    {"stock_exactly_enough", NULL, R("{id: stock, type: stock, action: hold}"), a100_exactly_two,
     "approved", 0, NULL, NULL, NULL},
    {"stock_reserved_counts", NULL, R("{id: stock, type: stock, action: hold}"), a100_reserved,
     "held", 1, "库存不足：A-100 需要 2，可用 1（仓库 main）",
     "{\"sku\":\"A-100\",\"warehouse\":\"main\",\"need\":2,\"on_hand\":3,\"reserved\":2,"
     "\"available\":1,\"verdict\":\"short\"}",
     NULL},
    {"stock_no_inventory_row", NULL, R("{id: stock, type: stock, action: hold}"), a100_no_row,
     "held", 1, "库存不足：A-100 需要 2，可用 0（仓库 main）",
     "{\"sku\":\"A-100\",\"warehouse\":\"main\",\"need\":2,\"on_hand\":null,\"reserved\":null,"
     "\"available\":0,\"verdict\":\"short\"}",
     NULL},
    {"stock_bundle_multiplier", NULL, R("{id: stock, type: stock, action: hold}"), a100_bundle_of_3,
     "held", 1, "库存不足：A-100 需要 6，可用 5（仓库 main）", NULL, NULL},
    {"stock_bundle_exactly_enough", NULL, R("{id: stock, type: stock, action: hold}"),
     a100_bundle_enough, "approved", 0, NULL, NULL, NULL},
    {"stock_lines_of_one_sku_add_up", NULL, R("{id: stock, type: stock, action: hold}"),
     a100_two_lines, "held", 1, "库存不足：A-100 需要 4，可用 3（仓库 main）", NULL, NULL},
    {"stock_other_warehouse", NULL, R("{id: stock, type: stock, warehouse: bj, action: hold}"),
     stock_in_bj, "held", 1, "库存不足：A-100 需要 2，可用 1（仓库 bj）", NULL, NULL},
    {"stock_channel_out_of_scope", NULL,
     R("{id: stock, type: stock, channels: [shop-b], action: hold}"), a100_one_left, "approved", 0,
     NULL, NULL, NULL},
    {"stock_channel_in_scope", NULL,
     R("{id: stock, type: stock, channels: [shop-b, shop-a], action: hold}"), a100_one_left, "held",
     1, NULL, NULL, NULL},

    /* credit_limit */
    {"credit_within_limit", NULL, R("{id: credit, type: credit_limit, action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"credit_over_limit", NULL, R("{id: credit, type: credit_limit, action: hold}"), limit_200,
     "held", 1,
     "超出信用额度：张三（C-1）额度 200.00，未结 0.00 + 已批准未结 0.00 + 本单 228.00 = 228.00",
     "{\"customer\":\"C-1\",\"credit_limit\":\"200.00\",\"open_balance\":\"0.00\","
     "\"approved_since\":\"0.00\",\"order_total\":\"228.00\",\"exposure\":\"228.00\","
     "\"verdict\":\"over_limit\"}",
     "credit"},
    {"credit_over_limit_en", "en", R("{id: credit, type: credit_limit, action: hold}"),
     limit_with_balance, "held", 1,
     "Over the credit limit: 张三 (C-1) has a limit of 1000.00; open balance 700.00 + approved "
     "since 100.00 + this order 228.00 = 1028.00",
     NULL, NULL},
    {"credit_exactly_at_limit", NULL, R("{id: credit, type: credit_limit, action: hold}"),
     limit_exact, "approved", 0, NULL, NULL, NULL},
    {"credit_blocked", NULL, R("{id: credit, type: credit_limit, action: reject}"), blocked,
     "rejected", 1, "客户已冻结：张三（C-1）",
     "{\"customer\":\"C-1\",\"blocked\":true,\"verdict\":\"blocked\"}", NULL},
    {"credit_unknown_customer", NULL, R("{id: credit, type: credit_limit, action: hold}"),
     unknown_customer, "approved", 0, NULL, NULL, NULL},
    {"credit_match_by_phone", NULL, R("{id: credit, type: credit_limit, action: hold}"),
     match_by_phone, "held", 1, NULL, NULL, NULL},
    {"credit_match_by_ship_to_phone", NULL, R("{id: credit, type: credit_limit, action: hold}"),
     match_by_ship_phone, "held", 1, NULL, NULL, NULL},
    {"credit_match_by_email", NULL, R("{id: credit, type: credit_limit, action: hold}"),
     match_by_email, "held", 1, NULL, NULL, NULL},
    {"credit_no_limit", NULL, R("{id: credit, type: credit_limit, action: hold}"), no_limit,
     "approved", 0, NULL, NULL, NULL},

    /* price_list */
    {"price_at_tier_price", NULL, R("{id: price, type: price_list, action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"price_below", NULL, R("{id: price, type: price_list, tolerance_pct: 5, action: hold}"),
     tier_a100_70, "held", 1,
     "低于价目表：A-100 实付单价 59.00，VIP 价 70.00，最多可低 5%（第 1 行）",
     "{\"line_no\":1,\"sku\":\"A-100\",\"customer\":\"C-1\",\"tier\":\"VIP\",\"qty\":2,"
     "\"multiplier\":1,\"unit_price\":\"59.00\",\"line_total\":\"118.00\",\"tier_price\":"
     "\"70.00\",\"tolerance_pct\":\"5\",\"min_line_total\":\"133.00\",\"verdict\":"
     "\"below_price_list\"}",
     "price"},
    {"price_below_en", "en", R("{id: price, type: price_list, tolerance_pct: 2.5, action: hold}"),
     tier_a100_70, "held", 1,
     "Below the price list: A-100 sold at 59.00 per unit, tier VIP price 70.00, at most 2.5% "
     "lower allowed (line 1)",
     NULL, NULL},
    {"price_exactly_at_tolerance", NULL,
     R("{id: price, type: price_list, tolerance_pct: 5, action: hold}"), b200_at_95, "approved", 0,
     NULL, NULL, NULL},
    {"price_just_below_tolerance", NULL,
     R("{id: price, type: price_list, tolerance_pct: 5, action: hold}"), b200_at_94_99, "held", 1,
     "低于价目表：B-200 实付单价 94.99，VIP 价 100.00，最多可低 5%（第 2 行）", NULL, NULL},
    {"price_line_discount_counts", NULL, R("{id: price, type: price_list, action: hold}"),
     b200_line_discount, "held", 1, "低于价目表：B-200 实付单价 94.00，VIP 价 100.00（第 2 行）",
     NULL, NULL},
    {"price_row_expired", NULL, R("{id: price, type: price_list, action: hold}"), price_expired,
     "approved", 0, NULL, NULL, NULL},
    {"price_latest_valid_row", NULL, R("{id: price, type: price_list, action: hold}"),
     price_newer_row, "held", 1, "低于价目表：A-100 实付单价 59.00，VIP 价 65.00（第 1 行）", NULL,
     NULL},
    {"price_customer_without_tier", NULL, R("{id: price, type: price_list, action: hold}"), no_tier,
     "approved", 0, NULL, NULL, NULL},
    {"price_bundle_per_unit", NULL, R("{id: price, type: price_list, action: hold}"), price_bundle,
     "held", 1, "低于价目表：A-100 实付单价 19.6667，VIP 价 20.00（第 1 行）", NULL, NULL},
    {"price_fine_at_tier", NULL, R("{id: price, type: price_list, action: hold}"), fine_at_tier,
     "approved", 0, NULL, NULL, NULL},
    {"price_fine_below_tier", NULL, R("{id: price, type: price_list, action: hold}"),
     fine_below_tier, "held", 1, "低于价目表：A-100 实付单价 0.0384，VIP 价 0.0385（第 1 行）",
     NULL, NULL},
    {"price_fine_below_hidden_by_the_cent", NULL, R("{id: price, type: price_list, action: hold}"),
     fine_one_piece_below, "held", 1, "低于价目表：A-100 实付单价 0.035，VIP 价 0.0385（第 1 行）",
     NULL, NULL},
    {"price_fine_three_at_tier", NULL, R("{id: price, type: price_list, action: hold}"),
     fine_three_at_tier, "approved", 0, NULL, NULL, NULL},

    /* totals_consistent */
    {"totals_consistent", NULL, R("{id: sums, type: totals_consistent, action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"totals_off", NULL, R("{id: sums, type: totals_consistent, action: hold}"), total_229, "held",
     1,
     "金额不一致：商品合计 218.00 + 运费 10.00 - 优惠 0.00 + 税 0.00 = 228.00，订单金额 "
     "229.00（相差 1.00，允许 0.01）",
     "{\"lines_total\":\"218.00\",\"shipping\":\"10.00\",\"discount\":\"0.00\",\"tax\":\"0.00\","
     "\"expected\":\"228.00\",\"total\":\"229.00\",\"difference\":\"1.00\",\"tolerance\":"
     "\"0.01\",\"verdict\":\"inconsistent\"}",
     "sums"},
    {"totals_off_en", "en", R("{id: sums, type: totals_consistent, action: hold}"), total_227_98,
     "held", 1,
     "Totals do not add up: lines 218.00 + shipping 10.00 - discount 0.00 + tax 0.00 = 228.00, "
     "but the order total is 227.98 (off by 0.02, tolerance 0.01)",
     NULL, NULL},
    {"totals_exactly_at_tolerance", NULL, R("{id: sums, type: totals_consistent, action: hold}"),
     total_228_01, "approved", 0, NULL, NULL, NULL},
    {"totals_just_beyond_tolerance", NULL, R("{id: sums, type: totals_consistent, action: hold}"),
     total_228_02, "held", 1, NULL, NULL, NULL},
    {"totals_zero_tolerance", NULL,
     R("{id: sums, type: totals_consistent, tolerance: 0, action: hold}"), total_228_01, "held", 1,
     NULL, NULL, NULL},
    {"totals_discount_and_tax", NULL, R("{id: sums, type: totals_consistent, action: hold}"),
     with_discount_and_tax, "approved", 0, NULL, NULL, NULL},

    /* amount */
    {"amount_above", NULL, R("{id: big, type: amount, above: \"200.00\", action: hold}"), NULL,
     "held", 1, "订单金额 228.00 超过 200.00",
     "{\"total\":\"228.00\",\"above\":\"200.00\",\"verdict\":\"above\"}", "big"},
    {"amount_at_above", NULL, R("{id: big, type: amount, above: \"228.00\", action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"amount_below", "en", R("{id: small, type: amount, below: 300, action: hold}"), NULL, "held",
     1, "Order total 228.00 is below 300.00",
     "{\"total\":\"228.00\",\"below\":\"300.00\",\"verdict\":\"below\"}", NULL},
    {"amount_at_below", NULL, R("{id: small, type: amount, below: \"228.00\", action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"amount_outside_band", NULL,
     R("{id: band, type: amount, above: \"1000\", below: \"228.01\", action: hold}"), NULL, "held",
     1, "订单金额 228.00 低于 228.01", NULL, NULL},

    /* buyer_note */
    {"buyer_note_none", NULL, R("{id: notes, type: buyer_note, action: hold}"), NULL, "approved", 0,
     NULL, NULL, NULL},
    {"buyer_note_any", NULL, R("{id: notes, type: buyer_note, action: hold}"), note_invoice, "held",
     1, "买家留言：请开发票", "{\"buyer_note\":\"请开发票\",\"verdict\":\"note\"}", "notes"},
    {"buyer_note_blank", NULL, R("{id: notes, type: buyer_note, action: hold}"), note_blank,
     "approved", 0, NULL, NULL, NULL},
    {"buyer_note_keyword_any_case", NULL,
     R("{id: notes, type: buyer_note, keywords: [发票, invoice], action: hold}"), note_english,
     "held", 1, "买家留言含“invoice”：Please send an INVOICE",
     "{\"buyer_note\":\"Please send an INVOICE\",\"keywords\":[\"发票\",\"invoice\"],"
     "\"matched\":\"invoice\",\"verdict\":\"keyword\"}",
     NULL},
    {"buyer_note_keyword_en", "en",
     R("{id: notes, type: buyer_note, keywords: [发票, invoice], action: hold}"), note_invoice,
     "held", 1, "Buyer note mentions \"发票\": 请开发票", NULL, NULL},
    {"buyer_note_no_keyword", NULL,
     R("{id: notes, type: buyer_note, keywords: [发票, invoice], action: hold}"), note_other,
     "approved", 0, NULL, NULL, NULL},
    {"buyer_note_long_is_cut", NULL, R("{id: notes, type: buyer_note, action: hold}"), note_long,
     "held", 1,
     "买家留言：0123456789012345678901234567890123456789012345678901234567890123456789012345678"
     "9…",
     NULL, NULL},

    /* blacklist */
    {"blacklist_clean", NULL, R("{id: deny, type: blacklist, action: reject}"), bl_others,
     "approved", 0, NULL, NULL, NULL},
    {"blacklist_phone", NULL, R("{id: deny, type: blacklist, action: reject}"), bl_phone,
     "rejected", 1, "命中黑名单（电话 138 0013 8000）：多次拒收",
     "{\"kind\":\"phone\",\"value\":\"138 0013 8000\",\"field\":\"customer.phone\","
     "\"order_value\":\"+86 138-0013-8000\",\"reason\":\"多次拒收\",\"verdict\":\"listed\"}",
     "deny"},
    {"blacklist_email_any_case", "en", R("{id: deny, type: blacklist, action: reject}"), bl_email,
     "rejected", 1, "On the blacklist (e-mail ZHANG@EXAMPLE.COM)", NULL, NULL},
    {"blacklist_name", "en", R("{id: deny, type: blacklist, action: hold}"), bl_name, "held", 1,
     "On the blacklist (name 张三): fraud", NULL, NULL},
    {"blacklist_address_substring", NULL, R("{id: deny, type: blacklist, action: reject}"),
     bl_address, "rejected", 1, "命中黑名单（地址含 张江路 123）：代收点",
     "{\"kind\":\"address_substring\",\"value\":\"张江路 123\",\"field\":\"ship_to.address\","
     "\"order_value\":\"张江路 123 号\",\"reason\":\"代收点\",\"verdict\":\"listed\"}",
     NULL},

    /* duplicate */
    {"duplicate_none", NULL, R("{id: dup, type: duplicate, action: hold}"), NULL, "approved", 0,
     NULL, NULL, NULL},
    {"duplicate_same_phone_other_channel", NULL, R("{id: dup, type: duplicate, action: hold}"),
     dup_phone, "held", 1,
     "疑似重复订单：与 shop-b/W-9 的手机号和商品相同（1 天内；该单下单于 2026-11-20 "
     "08:00（北京时间））",
     "{\"match\":\"phone\",\"other\":{\"order_id\":77,\"channel\":\"shop-b\",\"external_id\":"
     "\"W-9\",\"placed_at\":\"2026-11-20T00:00:00Z\"},\"phone\":\"13800138000\",\"skus\":"
     "\"A-100*2;B-200*1\",\"placed_at\":\"2026-11-20T01:30:00Z\",\"window_ms\":86400000,"
     "\"verdict\":\"duplicate\"}",
     "dup"},
    {"duplicate_en_window", "en", R("{id: dup, type: duplicate, window: 3h, action: hold}"),
     dup_phone, "held", 1,
     "Possible duplicate of shop-b/W-9: same phone and items within 3 hours (placed 2026-11-20 "
     "00:00 UTC)",
     NULL, NULL},
    {"duplicate_outside_window", NULL, R("{id: dup, type: duplicate, action: hold}"), dup_phone_old,
     "approved", 0, NULL, NULL, NULL},
    {"duplicate_at_window_edge", NULL, R("{id: dup, type: duplicate, action: hold}"),
     dup_phone_edge, "held", 1, NULL, NULL, NULL},
    {"duplicate_other_items", NULL, R("{id: dup, type: duplicate, action: hold}"), dup_other_skus,
     "approved", 0, NULL, NULL, NULL},
    {"duplicate_same_customer", NULL, R("{id: dup, type: duplicate, action: hold}"), dup_customer,
     "held", 1,
     "疑似重复订单：与 shop-a/SO-0 的客户和商品相同（1 天内；该单下单于 2026-11-20 "
     "09:00（北京时间））",
     NULL, NULL},
    {"duplicate_not_itself", NULL, R("{id: dup, type: duplicate, action: hold}"), dup_self,
     "approved", 0, NULL, NULL, NULL},
    {"duplicate_po_other_channel", NULL, R("{id: dup, type: duplicate, action: hold}"), dup_po,
     "held", 1, "疑似重复订单：采购单号 PO-2291 也出现在 mail-po/M-77",
     "{\"match\":\"po\",\"other\":{\"order_id\":77,\"channel\":\"mail-po\",\"external_id\":"
     "\"M-77\",\"placed_at\":\"2026-11-20T00:00:00Z\"},\"po\":\"PO-2291\",\"placed_at\":"
     "\"2026-11-20T01:30:00Z\",\"window_ms\":86400000,\"verdict\":\"duplicate\"}",
     NULL},
    {"duplicate_po_same_channel", NULL, R("{id: dup, type: duplicate, action: hold}"),
     dup_po_same_channel, "approved", 0, NULL, NULL, NULL},

    /* address_complete */
    {"address_complete", NULL, R("{id: addr, type: address_complete, action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"address_landline", NULL, R("{id: addr, type: address_complete, action: hold}"), landline,
     "held", 1, "收货地址不完整：缺少有效手机号",
     "{\"missing\":[\"ship_to.phone\"],\"phone\":\"021-12345678\",\"mobile\":false,"
     "\"verdict\":\"incomplete\"}",
     "addr"},
    {"address_no_region_no_street", NULL, R("{id: addr, type: address_complete, action: hold}"),
     no_region_no_street, "held", 1, "收货地址不完整：缺少省份或城市、详细地址", NULL, NULL},
    {"address_everything_missing_en", "en", R("{id: addr, type: address_complete, action: hold}"),
     nothing_at_all, "held", 1,
     "Incomplete shipping address: missing recipient name, recipient phone, province or city, "
     "street address",
     NULL, NULL},
    {"address_city_is_enough", NULL, R("{id: addr, type: address_complete, action: hold}"),
     only_city, "approved", 0, NULL, NULL, NULL},
    {"address_plus86_mobile", NULL, R("{id: addr, type: address_complete, action: hold}"),
     plus86_spaces, "approved", 0, NULL, NULL, NULL},
    {"address_abroad_any_phone", NULL, R("{id: addr, type: address_complete, action: hold}"),
     abroad, "approved", 0, NULL, NULL, NULL},
    {"address_channel_scope", NULL,
     R("{id: addr, type: address_complete, channels: [store-gb], action: hold}"), landline,
     "approved", 0, NULL, NULL, NULL},

    /* wait (now is 03:00Z; paid 01:40Z) */
    {"wait_unpaid", NULL, R("{id: cool, type: wait, minutes: 0, action: hold}"), unpaid, "pending",
     1, "尚未付款，付款后再审",
     "{\"status\":\"pending_payment\",\"paid_at\":null,\"minutes\":0,\"verdict\":\"unpaid\"}",
     "cool"},
    {"wait_paid_minutes_0", NULL, R("{id: cool, type: wait, minutes: 0, action: hold}"), NULL,
     "approved", 0, NULL, NULL, NULL},
    {"wait_still_waiting", NULL, R("{id: cool, type: wait, minutes: 90, action: hold}"),
     paid_80_min_ago, "pending", 1, "付款后需等待 90 分钟，将于 2026-11-20 11:10（北京时间）再审",
     "{\"paid_at\":\"2026-11-20T01:40:00Z\",\"minutes\":90,\"until\":\"2026-11-20T03:10:00Z\","
     "\"now\":\"2026-11-20T03:00:00Z\",\"verdict\":\"waiting\"}",
     NULL},
    {"wait_still_waiting_en", "en", R("{id: cool, type: wait, minutes: 90, action: hold}"),
     paid_80_min_ago, "pending", 1,
     "Waiting 90 minutes after payment; it will be checked again at 2026-11-20 03:10 UTC", NULL,
     NULL},
    {"wait_exactly_over", NULL, R("{id: cool, type: wait, minutes: 80, action: hold}"),
     paid_80_min_ago, "approved", 0, NULL, NULL, NULL},
    {"wait_paid_status_counts_from_placed", NULL,
     R("{id: cool, type: wait, minutes: 90, action: hold}"), paid_status_no_time, "approved", 0,
     NULL, NULL, NULL},
    {"wait_paid_status_still_waiting", NULL, R("{id: cool, type: wait, minutes: 91, action: hold}"),
     paid_status_no_time, "pending", 1, NULL, NULL, NULL},
    {"wait_paid_at_unknown_time", NULL, R("{id: cool, type: wait, minutes: 600, action: hold}"),
     paid_nothing_known, "approved", 0, NULL, NULL, NULL},

    /* priority */
    {"priority_buyer_note", NULL,
     R("{id: rush, type: priority, keywords: [加急, urgent], action: set_priority}"), note_rush,
     "approved", 1, "加急：买家留言含“加急”",
     "{\"field\":\"buyer_note\",\"text\":\"请加急发货\",\"matched\":\"加急\",\"keywords\":"
     "[\"加急\",\"urgent\"],\"priority\":\"urgent\",\"verdict\":\"keyword\"}",
     "rush"},
    {"priority_seller_note_any_case", "en",
     R("{id: rush, type: priority, keywords: [加急, urgent], action: set_priority}"), seller_urgent,
     "approved", 1, "Rush: the seller note mentions \"urgent\"", NULL, NULL},
    {"priority_tag", NULL,
     R("{id: rush, type: priority, keywords: [urgent], action: set_priority}"), tag_urgent,
     "approved", 1, "加急：标签含“urgent”", NULL, NULL},
    {"priority_no_keyword", NULL,
     R("{id: rush, type: priority, keywords: [加急, urgent], action: set_priority}"), note_other,
     "approved", 0, NULL, NULL, NULL},

/* invoice_valid */
#define INV R("{id: inv, type: invoice_valid, action: hold}")
    {"invoice_none_requested", NULL, INV, NULL, "approved", 0, NULL, NULL, NULL},
    {"invoice_type_none_not_checked", NULL, INV, inv_none, "approved", 0, NULL, NULL, NULL},
    {"invoice_normal_valid", NULL, INV, inv_normal_ok, "approved", 0, NULL, NULL, NULL},
    {"invoice_person_without_tax_id", NULL, INV, inv_person_no_tax_id, "approved", 0, NULL, NULL,
     NULL},
    {"invoice_old_tax_number", NULL, INV, inv_old_15, "approved", 0, NULL, NULL, NULL},
    {"invoice_no_title", NULL, INV, inv_no_title, "held", 1, "要求开票但没有发票抬头",
     "{\"type\":\"normal\",\"missing\":[\"invoice.title\"],\"verdict\":\"missing\"}", "inv"},
    {"invoice_standard_example", NULL, INV, inv_std_example, "held", 1,
     "税号 91350100M000100Y4Z：校验码应为 3，实为“Z”",
     "{\"tax_id\":\"91350100M000100Y4Z\",\"length\":18,\"problem\":\"check\","
     "\"expected_check\":\"3\",\"verdict\":\"invalid\"}",
     "inv"},
    {"invoice_flipped_digit_en", "en", INV, inv_flipped, "held", 1,
     "Tax number 914403001922038226: check character should be 9, not '6'", NULL, NULL},
    {"invoice_wrong_length", NULL, INV, inv_short, "held", 1,
     "税号 91310000MA1FL0XX：16 个字符，应为 18 位统一社会信用代码或 15、17、20 位旧税号",
     "{\"tax_id\":\"91310000MA1FL0XX\",\"length\":16,\"problem\":\"length\","
     "\"verdict\":\"invalid\"}",
     NULL},
    {"invoice_letter_o", NULL, INV, inv_letter_o, "held", 1,
     "税号 91330100O16105852F：第 9 位是“O”，统一社会信用代码只用 0-9 和 A-H J-N P-R T-U W-Y"
     "（不用 I、O、Z、S、V）",
     "{\"tax_id\":\"91330100O16105852F\",\"length\":18,\"problem\":\"character\","
     "\"position\":9,\"verdict\":\"invalid\"}",
     NULL},
    {"invoice_special_incomplete", NULL, INV, inv_special_bare, "held", 1,
     "增值税专用发票缺少：地址、电话、账号",
     "{\"type\":\"special\",\"missing\":[\"invoice.address\",\"invoice.phone\","
     "\"invoice.account\"],\"verdict\":\"incomplete\"}",
     NULL},
    {"invoice_special_complete", NULL, INV, inv_special_full, "approved", 0, NULL, NULL, NULL},
    {"invoice_everything_wrong_en", "en", INV, inv_everything_wrong, "held", 3,
     "An invoice is requested without a title", NULL, NULL},
    {"invoice_channel_scope", NULL,
     R("{id: inv, type: invoice_valid, channels: [store-gb], action: hold}"), inv_no_title,
     "approved", 0, NULL, NULL, NULL},
#undef INV

    /* outcomes: reject beats hold beats pending */
    {"outcome_reject_beats_hold", NULL,
     R("{id: big, type: amount, above: 100, action: hold}")
         R("{id: deny, type: blacklist, action: reject}"),
     big_and_listed, "rejected", 2, "订单金额 228.00 超过 100.00", NULL, "big"},
    {"outcome_hold_beats_pending", NULL,
     R("{id: cool, type: wait, minutes: 0, action: hold}")
         R("{id: big, type: amount, above: 100, action: hold}"),
     unpaid, "held", 2, "尚未付款，付款后再审", NULL, "cool"},
    {"outcome_tag_does_not_decide", NULL,
     R("{id: big, type: amount, above: 100, action: tag}")
         R("{id: vip, type: amount, above: 100, action: set_priority, priority: high}"),
     NULL, "approved", 2, NULL, NULL, "big"},
    {"outcome_every_rule_recorded", NULL,
     R("{id: a1, type: amount, above: 1, action: hold}")
         R("{id: a2, type: amount, above: 2, action: hold}")
             R("{id: a3, type: amount, above: 3, action: reject}"),
     NULL, "rejected", 3, NULL, NULL, "a1"},
};

static const struct rule_case *current_rule_case;

static int rule_case_setup(void **state)
{
    current_rule_case = *state;
    return 0;
}

static void run_rule_case(void **state)
{
    const struct rule_case *c = current_rule_case;
    struct od_rules *rules = rules_from(c->language, c->rules);
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();

    (void)state;
    base_ref(&ref);
    if (c->setup)
        c->setup(o, &ref);
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(rules, "shop-a", o, &ref, T(NOW), &res), 0);
    for (size_t i = 0; i < o->audit.n_reasons; i++)
        print_message("  reason %zu [%s]: %s %s\n", i, o->audit.reasons[i].rule,
                      o->audit.reasons[i].message, o->audit.reasons[i].evidence);
    assert_string_equal(o->audit.outcome, c->outcome);
    assert_int_equal(o->audit.n_reasons, c->n_reasons);
    if (c->message)
        assert_string_equal(o->audit.reasons[0].message, c->message);
    if (c->evidence)
        assert_string_equal(o->audit.reasons[0].evidence, c->evidence);
    if (c->rule)
        assert_string_equal(o->audit.reasons[0].rule, c->rule);
    check_evidence(o);
    /* The recent list now holds the order for the next one. */
    assert_string_equal(ref.recent[ref.n_recent - 1].external_id, "SO-1");
    assert_string_equal(ref.recent[ref.n_recent - 1].channel, "shop-a");
    if (strcmp(c->outcome, "pending") != 0 || strcmp(c->name, "wait_unpaid") == 0)
        assert_false(res.recheck_at_set);
    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* ---- batches and side effects ------------------------------------------------ */

/* Two orders race for the last units: the first is approved and
 * reserves, the second sees the reservation and is held. */
static void test_reservations_in_arrival_order(void **state)
{
    struct od_rules *rules = rules_from("en", R("{id: stock, type: stock, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_audit_batch *b = NULL;
    struct od_order *o1 = base_order(), *o2 = base_order();

    (void)state;
    base_ref(&ref);
    ref.stock[0].on_hand = 3; /* each order needs 2 */
    set(&o2->external_id, "SO-2");
    assert_int_equal(od_order_finish(o1), 0);
    assert_int_equal(od_order_finish(o2), 0);
    assert_int_equal(od_audit_batch_new(&ref, &b), 0);

    assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o1, T(NOW), &res), 0);
    assert_string_equal(o1->audit.outcome, "approved");
    assert_int_equal(res.n_reservations, 2);
    assert_string_equal(res.reservations[0].sku, "A-100");
    assert_string_equal(res.reservations[0].warehouse, "main");
    assert_int_equal(res.reservations[0].qty, 2);
    assert_string_equal(res.reservations[1].sku, "B-200");
    assert_int_equal(res.reservations[1].qty, 1);
    assert_int_equal(ref.stock[0].reserved, 2);
    assert_int_equal(ref.stock[1].reserved, 1);
    assert_int_equal(res.customer_index, 0);

    assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o2, T(NOW), &res), 0);
    assert_string_equal(o2->audit.outcome, "held");
    assert_int_equal(o2->audit.n_reasons, 1);
    assert_string_equal(o2->audit.reasons[0].message,
                        "Not enough stock: A-100 needs 2, 1 available (warehouse main)");
    assert_int_equal(res.n_reservations, 0);
    assert_null(res.reservations);
    assert_int_equal(ref.stock[0].reserved, 2);
    assert_int_equal(ref.stock[1].reserved, 1);

    od_audit_batch_free(b);
    od_audit_result_clear(&res);
    od_order_free(o1);
    od_order_free(o2);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* The convenience call keeps the same state in `ref` between orders. */
static void test_reservations_with_od_audit_order(void **state)
{
    struct od_rules *rules = rules_from(NULL, R("{id: stock, type: stock, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    const char *want[] = {"approved", "approved", "held"};

    (void)state;
    base_ref(&ref);
    ref.stock[1].on_hand = 2; /* B-200: one per order */
    for (int i = 0; i < 3; i++) {
        struct od_order *o = base_order();
        char ext[16];

        snprintf(ext, sizeof(ext), "SO-%d", i);
        set(&o->external_id, ext);
        assert_int_equal(od_order_finish(o), 0);
        assert_int_equal(od_audit_order(rules, NULL, o, &ref, T(NOW), &res), 0);
        assert_string_equal(o->audit.outcome, want[i]);
        od_order_free(o);
    }
    assert_int_equal(ref.stock[0].reserved, 4);
    assert_int_equal(ref.stock[1].reserved, 2);
    assert_int_equal(ref.n_recent, 3);
    od_audit_result_clear(&res);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* A bundle reserves qty x multiplier units of the mapped SKU, and the
 * line keeps the platform's code in channel_sku. */
static void test_bundle_reservation(void **state)
{
    struct od_rules *rules = rules_from(NULL, R("{id: stock, type: stock, action: hold}")
                                                  R("{id: known, type: sku_known, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();

    (void)state;
    base_ref(&ref);
    add_skumap(&ref, "shop-a", "A-100-X3", "A-100", 3);
    add_skumap(&ref, "shop-a", "dy-200", "B-200", 1);
    set(&o->lines[0].sku, "A-100-X3");
    set(&o->lines[1].sku, NULL);
    set(&o->lines[1].channel_sku, "dy-200");
    add_line(o, "A-100", 1, "20.00");
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(rules, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "approved");
    assert_string_equal(o->lines[0].sku, "A-100");
    assert_string_equal(o->lines[0].channel_sku, "A-100-X3");
    assert_string_equal(o->lines[1].sku, "B-200");
    assert_string_equal(o->lines[1].channel_sku, "dy-200");
    assert_null(o->lines[2].channel_sku);
    assert_int_equal(res.n_reservations, 2);
    assert_string_equal(res.reservations[0].sku, "A-100");
    assert_int_equal(res.reservations[0].qty, 7);
    assert_int_equal(res.reservations[1].qty, 1);
    assert_int_equal(ref.stock[0].reserved, 7);
    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* Each approval adds to the customer's approved_since, so the third
 * order of the batch goes over the limit. */
static void test_credit_accumulates_in_batch(void **state)
{
    struct od_rules *rules = rules_from("en", R("{id: credit, type: credit_limit, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_audit_batch *b = NULL;
    const char *want[] = {"approved", "approved", "held", "held"};

    (void)state;
    base_ref(&ref);
    ref.customers[0].credit_limit = M("600.00");
    ref.customers[0].open_balance = M("100.00");
    assert_int_equal(od_audit_batch_new(&ref, &b), 0);
    for (int i = 0; i < 4; i++) {
        struct od_order *o = base_order();
        char ext[16];

        snprintf(ext, sizeof(ext), "SO-%d", i);
        set(&o->external_id, ext);
        if (i == 1) /* matched by phone: the same customer */
            set(&o->customer.ref, NULL);
        assert_int_equal(od_order_finish(o), 0);
        assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o, T(NOW), &res), 0);
        assert_string_equal(o->audit.outcome, want[i]);
        assert_int_equal(res.customer_index, 0);
        if (i == 2)
            assert_string_equal(o->audit.reasons[0].message,
                                "Over the credit limit: 张三 (C-1) has a limit of 600.00; open "
                                "balance 100.00 + approved since 456.00 + this order 228.00 = "
                                "784.00");
        od_order_free(o);
    }
    assert_int_equal(ref.customers[0].approved_since, M("456.00"));
    od_audit_batch_free(b);
    od_audit_result_clear(&res);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* Orders of one batch see each other as duplicates. */
static void test_duplicates_within_batch(void **state)
{
    struct od_rules *rules = rules_from(NULL, R("{id: dup, type: duplicate, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_audit_batch *b = NULL;
    struct od_order *o1 = base_order(), *o2 = base_order(), *o3 = base_order();

    (void)state;
    base_ref(&ref);
    assert_int_equal(od_audit_batch_new(&ref, &b), 0);
    set(&o2->external_id, "W-1");
    set(&o2->channel, "shop-b");
    set(&o2->customer.ref, NULL);
    set(&o3->external_id, "SO-3");
    set(&o3->customer.ref, NULL);
    set(&o3->customer.phone, "13900139000");
    set(&o3->ship_to.phone, "13900139000");
    assert_int_equal(od_order_finish(o1), 0);
    assert_int_equal(od_order_finish(o2), 0);
    assert_int_equal(od_order_finish(o3), 0);
    assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o1, T(NOW), &res), 0);
    assert_string_equal(o1->audit.outcome, "approved");
    assert_string_equal(ref.recent[0].phone, "13800138000");
    assert_string_equal(ref.recent[0].skus, SKUS);
    assert_string_equal(ref.recent[0].customer_ref, "C-1");
    assert_null(ref.recent[0].po);
    assert_true(ref.recent[0].placed_at == T("2026-11-20T01:30:00Z"));
    assert_int_equal(od_audit_batch_order(b, rules, "shop-b", o2, T(NOW), &res), 0);
    assert_string_equal(o2->audit.outcome, "held");
    assert_string_equal(o2->audit.reasons[0].message,
                        "疑似重复订单：与 shop-a/SO-1 的手机号和商品相同（1 天内；该单下单于 "
                        "2026-11-20 09:30（北京时间））");
    assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o3, T(NOW), &res), 0);
    assert_string_equal(o3->audit.outcome, "approved");
    /* A recent order appended by the caller between orders is seen. */
    add_recent(&ref, "shop-c", "X-1", "13900139000", NULL, SKUS, NULL, "2026-11-20T02:00:00Z");
    assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o3, T(NOW), &res), 0);
    assert_string_equal(o3->audit.outcome, "held");
    assert_int_equal(o3->audit.n_reasons, 1);
    od_audit_batch_free(b);
    od_audit_result_clear(&res);
    od_order_free(o1);
    od_order_free(o2);
    od_order_free(o3);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* Tags and priorities; a second audit replaces the first. */
static void test_actions_and_reaudit(void **state)
{
    struct od_rules *rules =
        rules_from(NULL, R("{id: big, type: amount, above: 100, action: tag}")
                             R("{id: vip, type: amount, above: 200, action: tag, tag: vip}")
                                 R("{id: rush, type: priority, keywords: [加急], action: "
                                   "set_priority}") R("{id: hi, type: amount, above: 1000, action: "
                                                      "set_priority, priority: high}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();

    (void)state;
    base_ref(&ref);
    set(&o->buyer_note, "加急");
    assert_int_equal(od_order_finish(o), 0);
    assert_string_equal(o->priority, "normal");
    for (int pass = 0; pass < 2; pass++) {
        assert_int_equal(od_audit_order(rules, "shop-a", o, &ref, T(NOW), &res), 0);
        assert_string_equal(o->audit.outcome, "approved");
        assert_int_equal(o->audit.n_reasons, 3);
        assert_int_equal(o->n_tags, 2);
        assert_string_equal(o->tags[0], "big");
        assert_string_equal(o->tags[1], "vip");
        assert_string_equal(o->priority, "urgent");
    }
    check_evidence(o);
    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* Cancelled orders reserve nothing and add no credit; pending orders
 * carry their recheck time; no stock rule, no reservation. */
static void test_no_reservation_cases(void **state)
{
    struct od_rules *stock = rules_from(NULL, R("{id: stock, type: stock, action: hold}")
                                                  R("{id: cool, type: wait, minutes: 90, "
                                                    "action: hold}"));
    struct od_rules *none = rules_from(NULL, R("{id: known, type: sku_known, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();

    (void)state;
    base_ref(&ref);
    o->status = OD_STATUS_CANCELLED;
    o->paid_at = T("2026-11-20T01:00:00Z");
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(stock, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "approved");
    assert_int_equal(res.n_reservations, 0);
    assert_int_equal(ref.stock[0].reserved, 0);
    assert_int_equal(ref.customers[0].approved_since, 0);

    o->status = OD_STATUS_PAID;
    o->paid_at = T("2026-11-20T02:00:00Z");
    assert_int_equal(od_audit_order(stock, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "pending");
    assert_true(res.recheck_at_set);
    assert_true(res.recheck_at == T("2026-11-20T03:30:00Z"));
    assert_int_equal(res.n_reservations, 0);
    assert_int_equal(ref.stock[0].reserved, 0);

    assert_int_equal(od_audit_order(none, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "approved");
    assert_false(res.recheck_at_set);
    assert_int_equal(res.n_reservations, 0);
    assert_int_equal(ref.customers[0].approved_since, M("228.00"));

    /* No rules at all: approved. */
    assert_int_equal(od_audit_order(NULL, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "approved");
    assert_int_equal(o->audit.n_reasons, 0);
    od_audit_result_clear(&res);
    assert_int_equal(res.customer_index, -1);
    od_order_free(o);
    od_refdata_free(&ref);
    od_refdata_free(&ref); /* twice: it was zeroed */
    od_refdata_free(NULL);
    od_audit_result_clear(NULL);
    od_audit_batch_free(NULL);
    od_rules_free(stock);
    od_rules_free(none);
}

/* Thousands of reference rows and 500 orders: lookups are indexed, and
 * every order finds its rows. */
static void test_large_batch(void **state)
{
    struct od_rules *rules =
        rules_from(NULL, R("{id: known, type: sku_known, action: hold}")
                             R("{id: stock, type: stock, action: hold}")
                                 R("{id: price, type: price_list, "
                                   "action: hold}") R("{id: dup, type: duplicate, "
                                                      "action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_audit_batch *b = NULL;
    size_t approved = 0, held = 0;

    (void)state;
    for (int i = 0; i < 5000; i++) {
        char sku[32], ch_sku[32], phone[32], ref_s[32];

        snprintf(sku, sizeof(sku), "SKU-%05d", i);
        snprintf(ch_sku, sizeof(ch_sku), "ch-%05d", i);
        snprintf(phone, sizeof(phone), "139%08d", i);
        snprintf(ref_s, sizeof(ref_s), "C-%05d", i);
        add_product(&ref, sku, true);
        add_stock(&ref, sku, "main", i % 2 ? 1 : 10, 0);
        add_skumap(&ref, "shop-a", ch_sku, sku, 1);
        add_price(&ref, "T1", sku, "10.00", NULL, NULL);
        add_customer(&ref, ref_s, NULL, phone, NULL, NULL, "T1");
    }
    assert_int_equal(od_audit_batch_new(&ref, &b), 0);
    for (int i = 0; i < 500; i++) {
        struct od_order *o = od_order_new();
        char ext[32], ch_sku[32], ref_s[32];

        snprintf(ext, sizeof(ext), "SO-%d", i);
        snprintf(ch_sku, sizeof(ch_sku), "ch-%05d", i * 7);
        snprintf(ref_s, sizeof(ref_s), "C-%05d", i);
        set(&o->external_id, ext);
        set(&o->customer.ref, ref_s);
        o->status = OD_STATUS_PAID;
        memcpy(o->currency, "CNY", 4);
        add_line(o, NULL, 2, "10.00");
        set(&o->lines[0].channel_sku, ch_sku);
        assert_int_equal(od_order_finish(o), 0);
        assert_int_equal(od_audit_batch_order(b, rules, "shop-a", o, T(NOW), &res), 0);
        if (strcmp(o->audit.outcome, "approved") == 0)
            approved++;
        else
            held++;
        /* Odd SKUs have one unit: held for stock only. */
        assert_string_equal(o->audit.outcome, (i * 7) % 2 ? "held" : "approved");
        od_order_free(o);
    }
    assert_int_equal(approved, 250);
    assert_int_equal(held, 250);
    assert_int_equal(ref.n_recent, 500);
    od_audit_batch_free(b);
    od_audit_result_clear(&res);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* Outside text with invalid UTF-8 and control characters still gives
 * valid messages and evidence. */
static void test_bad_text_is_cleaned(void **state)
{
    struct od_rules *rules = rules_from(NULL, R("{id: notes, type: buyer_note, action: hold}")
                                                  R("{id: known, type: sku_known, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();

    (void)state;
    base_ref(&ref);
    set(&o->buyer_note, "bad \xff\xfe utf8\x01\n\"quoted\" \xe4\xb8");
    set(&o->lines[0].sku, "X\"\\\x7f");
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(rules, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_int_equal(o->audit.n_reasons, 2);
    assert_string_equal(o->audit.reasons[0].message, "买家留言：bad ?? utf8  \"quoted\" ??");
    check_evidence(o);
    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* ---- helpers ------------------------------------------------------------------- */

static void test_phone(void **state)
{
    static const struct {
        const char *in;
        const char *out;
        bool mobile;
    } cases[] = {
        {"13800138000", "13800138000", true},
        {"+86 138-0013-8000", "13800138000", true},
        {"+8613800138000", "13800138000", true},
        {"0086 138 0013 8000", "13800138000", true},
        {"86 13800138000", "13800138000", true},
        {"(+86) 199 9999 9999", "19999999999", true},
        {"138 0013 800", "1380013800", false},
        {"12800138000", "12800138000", false},
        {"021-12345678", "02112345678", false},
        {"+1 555 0100", "+15550100", false},
        {"+86 21 1234 5678", "+862112345678", false},
        {"", "", false},
        {"abc", "", false},
        {"+", "", false},
        {NULL, "", false},
    };
    char buf[32];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bool ok = od_audit_phone(cases[i].in, buf, sizeof(buf));

        if (ok != cases[i].mobile || strcmp(buf, cases[i].out) != 0)
            print_message("  phone case %zu: '%s' -> '%s' %d\n", i,
                          cases[i].in ? cases[i].in : "(null)", buf, ok);
        assert_int_equal(ok, cases[i].mobile);
        assert_string_equal(buf, cases[i].out);
    }
    /* A short buffer is cut, never overrun. */
    assert_true(od_audit_phone("13800138000", buf, 5));
    assert_string_equal(buf, "1380");
    assert_false(od_audit_phone("13800138000", buf, 0));
}

static void test_sku_multiset(void **state)
{
    struct od_order *o = od_order_new();
    char buf[64], small[8];

    (void)state;
    od_audit_sku_multiset(o, buf, sizeof(buf));
    assert_string_equal(buf, "");
    add_line(o, "B-200", 1, "1");
    add_line(o, "A-100", 2, "1");
    add_line(o, NULL, 4, "1");
    set(&o->lines[2].channel_sku, "dy-1");
    add_line(o, "A-100", 3, "1");
    add_line(o, NULL, 9, "1");
    od_audit_sku_multiset(o, buf, sizeof(buf));
    assert_string_equal(buf, "A-100*5;B-200*1;dy-1*4");
    od_audit_sku_multiset(o, small, sizeof(small));
    assert_string_equal(small, "A-100*5");
    od_audit_sku_multiset(NULL, buf, sizeof(buf));
    assert_string_equal(buf, "");
    od_order_free(o);
}

/* od_audit_dup_multisets() gives, without touching the orders, the
 * multiset the audit compares after mapping the lines: by channel_sku,
 * else by sku (also when channel_sku has no mapping), only under the
 * order's own channel. */
static void test_dup_multisets(void **state)
{
    struct od_rules *rules = rules_from(NULL, R("{id: known, type: sku_known, action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o[2] = {base_order(), base_order()};
    char **ms = NULL, after[256];

    (void)state;
    base_ref(&ref);
    add_skumap(&ref, "shop-a", "A-100-X3", "A-100", 3);
    add_skumap(&ref, "shop-a", "dy-200", "B-200", 1);
    add_skumap(&ref, "shop-b", "C-1", "B-200", 1);
    set(&o[0]->channel, "shop-a");
    set(&o[0]->lines[0].sku, "A-100-X3");
    set(&o[0]->lines[1].sku, NULL);
    set(&o[0]->lines[1].channel_sku, "dy-200");
    set(&o[1]->channel, "shop-a");
    set(&o[1]->lines[0].sku, "A-100-X3");
    set(&o[1]->lines[0].channel_sku, "unmapped-code");
    add_line(o[1], "C-1", 2, "1.00"); /* shop-b's code: not mapped here */
    assert_int_equal(od_audit_dup_multisets(&ref, o, 2, &ms), 0);
    assert_string_equal(o[0]->lines[0].sku, "A-100-X3"); /* unchanged */
    assert_null(o[0]->lines[1].sku);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(od_order_finish(o[i]), 0);
        assert_int_equal(od_audit_order(rules, "shop-a", o[i], &ref, T(NOW), &res), 0);
        od_audit_sku_multiset(o[i], after, sizeof(after));
        assert_string_equal(ms[i], after);
        od_audit_result_clear(&res);
    }
    assert_string_equal(ms[1], "A-100*2;B-200*1;C-1*2");
    free(ms[0]);
    free(ms[1]);
    free(ms);
    for (size_t i = 0; i < 2; i++)
        od_order_free(o[i]);
    od_refdata_free(&ref);
    od_rules_free(rules);
}

/* A channel's match_customer_by decides which customer an order is:
 * the default tries the ref first; "phone, email" never looks at it. */
static void test_match_customer_by(void **state)
{
    static const struct {
        const char *by;   /* comma list, NULL = default */
        const char *want; /* matched ref, NULL = none */
    } cases[] = {
        {NULL, "C-1"},          {"ref", "C-1"},       {"phone", "C-2"},
        {"email,phone", "C-3"}, {"phone,ref", "C-2"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_rules *rules =
            rules_from("en", "  - {id: c, type: credit_limit, action: hold}\n");
        struct od_refdata ref;
        struct od_audit_result res;
        struct od_order *o = base_order();
        char buf[64];
        struct od_strlist by = {0};
        char *items[3];

        memset(&ref, 0, sizeof(ref));
        memset(&res, 0, sizeof(res));
        add_customer(&ref, "C-1", "A", "13700137000", "a@example.com", NULL, NULL);
        add_customer(&ref, "C-2", "B", "13800138000", "b@example.com", NULL, NULL);
        add_customer(&ref, "C-3", "C", "13900139000", "zhang@example.com", NULL, NULL);
        if (cases[i].by) {
            snprintf(buf, sizeof(buf), "%s", cases[i].by);
            for (char *p = buf, *save = NULL; (p = strtok_r(p, ",", &save)) != NULL; p = NULL)
                items[by.n++] = p;
            by.items = items;
            assert_int_equal(od_rules_set_match(rules, "shop-a", &by), 0);
        }
        assert_int_equal(od_audit_order(rules, NULL, o, &ref, T("2026-11-20T02:00:00Z"), &res), 0);
        if (cases[i].want) {
            assert_true(res.customer_index >= 0);
            assert_string_equal(ref.customers[res.customer_index].ref, cases[i].want);
        } else {
            assert_int_equal(res.customer_index, -1);
        }
        od_audit_result_clear(&res);
        od_refdata_free(&ref);
        od_order_free(o);
        od_rules_free(rules);
    }
}

static void test_po_number(void **state)
{
    static const struct {
        const char *ext, *buyer, *seller;
        const char *want; /* NULL = none */
    } cases[] = {
        {"PO-2291", NULL, NULL, "PO-2291"},
        {"SO-1", "po#2291", NULL, "PO-2291"},
        {"SO-1", "请按 PO 2291 发货", NULL, "PO-2291"},
        {"SO-1", "ref po: a-77b", NULL, "PO-A-77B"},
        {"SO-1", NULL, "PO2291", "PO-2291"},
        {"SO-1", "采购单PO：88", NULL, "PO-88"},
        {"SO-1", "EXPO-2291", NULL, NULL},
        {"SO-1", "POS 1234", NULL, NULL},
        {"SO-1", "PO-ABC", NULL, NULL},
        {"SO-1", "Post 12", NULL, NULL},
        {"SO-1", "PO-12-", NULL, "PO-12"},
        {"SO-1", "first PO-1 then PO-2", NULL, "PO-1"},
        {NULL, NULL, NULL, NULL},
    };
    char buf[64];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_order *o = od_order_new();
        bool found;

        set(&o->external_id, cases[i].ext);
        set(&o->buyer_note, cases[i].buyer);
        set(&o->seller_note, cases[i].seller);
        found = od_audit_po_number(o, buf, sizeof(buf));
        if (found != (cases[i].want != NULL) || (found && strcmp(buf, cases[i].want) != 0))
            print_message("  po case %zu: %d '%s'\n", i, found, buf);
        assert_int_equal(found, cases[i].want != NULL);
        if (found)
            assert_string_equal(buf, cases[i].want);
        od_order_free(o);
    }
}

/* An order with extraction doubts is held with one "extraction" reason,
 * first, with and without rules and whatever approve would say; nothing
 * is reserved and no credit is used; a reject still rejects; once the
 * doubts are gone (a clean revision) the order is audited as usual. */
static void test_extraction_doubts(void **state)
{
    struct od_rules *stock = rules_from("en", R("{id: stock, type: stock, action: hold}")
                                                  R("{id: big, type: amount, above: 1000, "
                                                    "action: hold}"));
    struct od_rules *deny = rules_from("en", R("{id: deny, type: amount, above: 100, "
                                               "action: reject}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();
    struct od_rules *const sets[] = {NULL, stock};

    (void)state;
    base_ref(&ref);
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_order_add_doubt(o, "line 1: amount 30.00 is not 2 x 14.00"), 0);
    assert_int_equal(od_order_add_doubt(o, "two order numbers: SO-1, SO-9"), 0);
    set(&o->extraction->sources, "{\"external_id\":\"Sheet1!B2\",\"lines[0].qty\":\"Sheet1!C5\"}");

    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(od_audit_order(sets[i], "shop-a", o, &ref, T(NOW), &res), 0);
        assert_string_equal(o->audit.outcome, "held");
        assert_int_equal(o->audit.n_reasons, 1);
        assert_string_equal(o->audit.reasons[0].rule, "extraction");
        assert_string_equal(o->audit.reasons[0].message,
                            "line 1: amount 30.00 is not 2 x 14.00; two order numbers: SO-1, SO-9");
        assert_string_equal(o->audit.reasons[0].evidence,
                            "{\"doubts\":[\"line 1: amount 30.00 is not 2 x 14.00\","
                            "\"two order numbers: SO-1, SO-9\"],"
                            "\"sources\":{\"external_id\":\"Sheet1!B2\",\"lines[0].qty\":"
                            "\"Sheet1!C5\"},\"verdict\":\"doubtful\"}");
        assert_int_equal(res.n_reservations, 0);
        assert_int_equal(ref.stock[0].reserved, 0);
        assert_int_equal(ref.stock[1].reserved, 0);
        assert_true(ref.customers[0].approved_since == OD_MONEY_NONE ||
                    ref.customers[0].approved_since == 0);
        check_evidence(o);
    }

    /* Holds add up: the extraction reason comes first. */
    o->shipping = M("2000.00");
    o->total = OD_MONEY_NONE;
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(stock, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "held");
    assert_int_equal(o->audit.n_reasons, 2);
    assert_string_equal(o->audit.reasons[0].rule, "extraction");
    assert_string_equal(o->audit.reasons[1].rule, "big");

    /* A reject of the rules still rejects. */
    assert_int_equal(od_audit_order(deny, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "rejected");
    assert_int_equal(o->audit.n_reasons, 2);
    assert_string_equal(o->audit.reasons[0].rule, "extraction");
    assert_string_equal(o->audit.reasons[1].rule, "deny");
    check_evidence(o);

    /* No sources: {} in the evidence. */
    free(o->extraction->sources);
    o->extraction->sources = NULL;
    assert_int_equal(od_audit_order(NULL, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_non_null(strstr(o->audit.reasons[0].evidence, "\"sources\":{},"));

    /* An extraction without doubts (sources only) holds nothing; a clean
     * revision is approved and reserves. */
    for (size_t i = 0; i < o->extraction->n_doubts; i++)
        free(o->extraction->doubts[i]);
    o->extraction->n_doubts = 0;
    o->shipping = M("10.00");
    o->total = OD_MONEY_NONE;
    assert_int_equal(od_order_finish(o), 0);
    assert_int_equal(od_audit_order(stock, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "approved");
    assert_int_equal(o->audit.n_reasons, 0);
    assert_int_equal(res.n_reservations, 2);
    assert_int_equal(ref.stock[0].reserved, 2);

    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(stock);
    od_rules_free(deny);
}

/* Many or long doubts: the message is bounded and says how many were
 * left out; the evidence lists them all, each cut and cleaned. */
static void test_extraction_message_bounded(void **state)
{
    struct od_rules *en = rules_from("en", R("{id: big, type: amount, above: 100000, "
                                             "action: hold}"));
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_order *o = base_order();
    struct json_object *ev = NULL, *doubts;
    char doubt[64], big[2000];
    const char *m;

    (void)state;
    base_ref(&ref);
    assert_int_equal(od_order_finish(o), 0);
    for (int i = 0; i < 100; i++) {
        snprintf(doubt, sizeof(doubt), "line %d: amount 30.00 is not 2 x 14.00", i + 1);
        assert_int_equal(od_order_add_doubt(o, doubt), 0);
    }
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    big[5] = '\n';
    assert_int_equal(od_order_add_doubt(o, big), 0);
    assert_int_equal(od_audit_order(en, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_string_equal(o->audit.outcome, "held");
    m = o->audit.reasons[0].message;
    assert_non_null(m);
    assert_true(strlen(m) <= 1024 + 32);
    assert_true(strncmp(m, "line 1: amount 30.00 is not 2 x 14.00; line 2: ", 47) == 0);
    assert_non_null(strstr(m, " more)"));
    assert_int_equal(
        od_json_parse(o->audit.reasons[0].evidence, strlen(o->audit.reasons[0].evidence), &ev), 0);
    assert_true(json_object_object_get_ex(ev, "doubts", &doubts));
    assert_int_equal(json_object_array_length(doubts), 101);
    /* the long one: cut, its newline replaced */
    m = json_object_get_string(json_object_array_get_idx(doubts, 100));
    assert_true(strlen(m) < 600);
    assert_null(strchr(m, '\n'));
    json_object_put(ev);

    /* Chinese rules: the count in Chinese. */
    od_rules_free(en);
    en = rules_from("zh", R("{id: big, type: amount, above: 100000, action: hold}"));
    assert_int_equal(od_audit_order(en, "shop-a", o, &ref, T(NOW), &res), 0);
    assert_non_null(strstr(o->audit.reasons[0].message, "（另有 "));
    check_evidence(o);
    od_audit_result_clear(&res);
    od_order_free(o);
    od_refdata_free(&ref);
    od_rules_free(en);
}

/* ---- od_audit_map_line: the one SKU mapping ------------------------------ */

static const struct od_ref_skumap map_rows[] = {
    {"shop-a", "dy-1", "A-100", 1},
    {"shop-a", "OLD-B", "B-200", 2},
};

static const struct od_ref_skumap *find_row(const void *ud, const char *code)
{
    (void)ud;
    for (size_t i = 0; i < sizeof(map_rows) / sizeof(map_rows[0]); i++)
        if (strcmp(map_rows[i].channel_sku, code) == 0)
            return &map_rows[i];
    return NULL;
}

static void test_map_line(void **state)
{
    static const struct {
        const char *sku, *channel_sku;           /* as the channel sent them */
        const char *want_sku, *want_channel_sku; /* after mapping */
        int want_row;                            /* index into map_rows, -1: none */
    } cases[] = {
        {"x", "dy-1", "A-100", "dy-1", 0},      /* channel_sku mapped */
        {"OLD-B", "dy-9", "B-200", "dy-9", 1},  /* channel_sku unmapped: sku */
        {"OLD-B", NULL, "B-200", "OLD-B", 1},   /* no channel_sku: sku, kept */
        {"OLD-B", " ", "B-200", "OLD-B", 1},    /* blank channel_sku as none */
        {NULL, "dy-1", "A-100", "dy-1", 0},     /* no sku */
        {"C-300", "dy-9", "C-300", "dy-9", -1}, /* neither mapped: unchanged */
        {"C-300", NULL, "C-300", NULL, -1},
        {"A-100", "dy-1", "A-100", "dy-1", 0}, /* mapped again: the same */
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_line l;
        const struct od_ref_skumap *hit = (const void *)&l;

        memset(&l, 0, sizeof(l));
        l.sku = cases[i].sku ? strdup(cases[i].sku) : NULL;
        l.channel_sku = cases[i].channel_sku ? strdup(cases[i].channel_sku) : NULL;
        assert_int_equal(od_audit_map_line(&l, find_row, NULL, &hit), 0);
        if (cases[i].want_row < 0)
            assert_null(hit);
        else
            assert_ptr_equal(hit, &map_rows[cases[i].want_row]);
        if (cases[i].want_sku)
            assert_string_equal(l.sku, cases[i].want_sku);
        else
            assert_null(l.sku);
        if (cases[i].want_channel_sku)
            assert_string_equal(l.channel_sku, cases[i].want_channel_sku);
        else
            assert_null(l.channel_sku);
        free(l.sku);
        free(l.channel_sku);
    }
}

int main(void)
{
    const size_t n_rule = sizeof(rule_cases) / sizeof(rule_cases[0]);
    const struct CMUnitTest fixed[] = {
        cmocka_unit_test(test_reservations_in_arrival_order),
        cmocka_unit_test(test_reservations_with_od_audit_order),
        cmocka_unit_test(test_bundle_reservation),
        cmocka_unit_test(test_credit_accumulates_in_batch),
        cmocka_unit_test(test_duplicates_within_batch),
        cmocka_unit_test(test_actions_and_reaudit),
        cmocka_unit_test(test_no_reservation_cases),
        cmocka_unit_test(test_large_batch),
        cmocka_unit_test(test_bad_text_is_cleaned),
        cmocka_unit_test(test_phone),
        cmocka_unit_test(test_sku_multiset),
        cmocka_unit_test(test_dup_multisets),
        cmocka_unit_test(test_po_number),
        cmocka_unit_test(test_match_customer_by),
        cmocka_unit_test(test_extraction_doubts),
        cmocka_unit_test(test_extraction_message_bounded),
        cmocka_unit_test(test_map_line),
    };
    const size_t n_fixed = sizeof(fixed) / sizeof(fixed[0]);
    struct CMUnitTest *tests = calloc(n_rule + n_fixed, sizeof(*tests));
    int rc;

    if (!tests)
        return 1;
    /* One named test per table row, so a failure names its case. */
    for (size_t i = 0; i < n_rule; i++) {
        tests[i].name = rule_cases[i].name;
        tests[i].test_func = run_rule_case;
        tests[i].setup_func = rule_case_setup;
        tests[i].initial_state = &rule_cases[i];
    }
    memcpy(tests + n_rule, fixed, sizeof(fixed));
    rc = _cmocka_run_group_tests("audit", tests, n_rule + n_fixed, NULL, NULL);
    free(tests);
    return rc;
}
