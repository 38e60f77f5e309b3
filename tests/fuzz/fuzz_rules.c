/* libFuzzer target for the audit rules loader.
 *
 * The input is written to a fresh temp file and loaded with
 * od_rules_load(). Invariants (any broken one aborts):
 *   - success: no messages; language zh or en; every rule has an id
 *     (unique), a known type, an action allowed for it and its type's
 *     defaults (stock warehouse, tag, priority);
 *   - failure: OD_ECONFIG with at least one message, each starting with
 *     the file's path and ": ", and no rules struct;
 * then, on success, the rules audit a small order against small
 * reference data twice (so that the second order sees the first's
 * reservation and recent entry), and every reason's evidence must
 * parse as JSON. Everything is freed and the file removed. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "error.h"
#include "json.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *sdup(const char *s)
{
    char *r = strdup(s);

    if (!r)
        abort();
    return r;
}

static void check_success(const struct od_rules *r)
{
    if (!r->path || !r->language ||
        (strcmp(r->language, "zh") != 0 && strcmp(r->language, "en") != 0))
        abort();
    for (size_t i = 0; i < r->n; i++) {
        const struct od_rule *x = &r->rules[i];

        if (!x->id || !od_rule_type_name(x->type) || x->line < 1 || x->column < 1)
            abort();
        for (size_t j = 0; j < i; j++)
            if (strcmp(r->rules[j].id, x->id) == 0)
                abort();
        if (x->type == OD_RULE_STOCK && !x->warehouse)
            abort();
        if (x->action == OD_ACTION_TAG && !x->tag)
            abort();
        if (x->action == OD_ACTION_SET_PRIORITY && !x->priority)
            abort();
        if (x->type == OD_RULE_PRIORITY && x->keywords.n == 0)
            abort();
        if (x->type == OD_RULE_WAIT && x->action != OD_ACTION_HOLD)
            abort();
        if (x->type == OD_RULE_AMOUNT && x->above == OD_MONEY_NONE && x->below == OD_MONEY_NONE)
            abort();
        if (x->tolerance_bp < 0 || x->tolerance_bp > 10000 || x->tolerance < 0 ||
            x->window_ms <= 0 || x->minutes < 0)
            abort();
    }
}

static void check_failure(const char *path, const struct od_config_errors *errs)
{
    size_t n = strlen(path);

    if (errs->n == 0)
        abort();
    for (size_t i = 0; i < errs->n; i++)
        if (strncmp(errs->msgs[i], path, n) != 0 || strncmp(errs->msgs[i] + n, ":", 1) != 0)
            abort();
}

static void fill_ref(struct od_refdata *ref)
{
    ref->products = calloc(2, sizeof(*ref->products));
    ref->stock = calloc(2, sizeof(*ref->stock));
    ref->customers = calloc(1, sizeof(*ref->customers));
    ref->prices = calloc(1, sizeof(*ref->prices));
    ref->blacklist = calloc(1, sizeof(*ref->blacklist));
    ref->skumap = calloc(1, sizeof(*ref->skumap));
    if (!ref->products || !ref->stock || !ref->customers || !ref->prices || !ref->blacklist ||
        !ref->skumap)
        abort();
    ref->n_products = 2;
    ref->products[0].sku = sdup("A-100");
    ref->products[0].active = true;
    ref->products[1].sku = sdup("B-200");
    ref->n_stock = 2;
    ref->stock[0].sku = sdup("A-100");
    ref->stock[0].warehouse = sdup("main");
    ref->stock[0].on_hand = 3;
    ref->stock[1].sku = sdup("B-200");
    ref->stock[1].warehouse = sdup("bj");
    ref->stock[1].on_hand = 1;
    ref->n_customers = 1;
    ref->customers[0].ref = sdup("C-1");
    ref->customers[0].phone = sdup("13800138000");
    ref->customers[0].credit_limit = 30000;
    ref->customers[0].open_balance = 100;
    ref->customers[0].approved_since = OD_MONEY_NONE;
    ref->customers[0].price_tier = sdup("VIP");
    ref->n_prices = 1;
    ref->prices[0].tier = sdup("VIP");
    ref->prices[0].sku = sdup("A-100");
    ref->prices[0].unit_price = od_price_from_money(6000);
    ref->prices[0].valid_from = OD_TIME_NONE;
    ref->prices[0].valid_to = OD_TIME_NONE;
    ref->n_blacklist = 1;
    ref->blacklist[0].kind = sdup("address_substring");
    ref->blacklist[0].value = sdup("张江");
    ref->n_skumap = 1;
    ref->skumap[0].channel = sdup("shop-a");
    ref->skumap[0].channel_sku = sdup("dy-1");
    ref->skumap[0].sku = sdup("B-200");
    ref->skumap[0].multiplier = 2;
}

static struct od_order *make_order(int n)
{
    struct od_order *o = od_order_new();
    struct od_line *l;
    char ext[16];

    if (!o)
        abort();
    snprintf(ext, sizeof(ext), "PO-%d", n);
    if (od_str_set(&o->external_id, ext, strlen(ext)) < 0 ||
        od_str_set(&o->customer.ref, "C-1", 3) < 0 ||
        od_str_set(&o->ship_to.phone, "+86 138 0013 8000", 17) < 0 ||
        od_str_set(&o->ship_to.address, "张江路 1 号", strlen("张江路 1 号")) < 0 ||
        od_str_set(&o->buyer_note, "加急 invoice", strlen("加急 invoice")) < 0)
        abort();
    o->status = n ? OD_STATUS_PAID : OD_STATUS_PENDING_PAYMENT;
    o->placed_at = 1700000000000000;
    if (n)
        o->paid_at = 1700000060000000;
    memcpy(o->currency, "CNY", 4);
    if (od_order_add_line(o, &l) < 0 || od_str_set(&l->sku, "A-100", 5) < 0)
        abort();
    l->qty = 2;
    l->unit_price = od_price_from_money(5900);
    if (od_order_add_line(o, &l) < 0 || od_str_set(&l->channel_sku, "dy-1", 4) < 0)
        abort();
    l->qty = 1;
    l->unit_price = od_price_from_money(100);
    if (od_order_add_tag(o, "urgent") < 0 || od_order_finish(o) < 0)
        abort();
    return o;
}

static void audit(const struct od_rules *rules)
{
    struct od_refdata ref = {0};
    struct od_audit_result res = {0};
    struct od_audit_batch *b = NULL;

    fill_ref(&ref);
    if (od_audit_batch_new(&ref, &b) < 0)
        abort();
    for (int i = 0; i < 2; i++) {
        struct od_order *o = make_order(i);

        if (od_audit_batch_order(b, rules, "shop-a", o, 1700000600000000, &res) < 0 ||
            !o->audit.outcome)
            abort();
        for (size_t k = 0; k < o->audit.n_reasons; k++) {
            struct json_object *obj = NULL;
            const char *ev = o->audit.reasons[k].evidence;

            if (!ev || od_json_parse(ev, strlen(ev), &obj) < 0)
                abort();
            json_object_put(obj);
        }
        od_order_free(o);
    }
    if (ref.stock[0].reserved > ref.stock[0].on_hand || ref.stock[1].reserved > 1)
        abort();
    od_audit_batch_free(b);
    od_audit_result_clear(&res);
    od_refdata_free(&ref);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/od-fuzz-rules-XXXXXX";
    struct od_rules *rules = NULL;
    struct od_config_errors errs = {0};
    FILE *f;
    int fd, rc;

    fd = mkstemp(path);
    if (fd < 0)
        return 0;
    f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        unlink(path);
        return 0;
    }
    if (fwrite(data, 1, size, f) != size) {
        fclose(f);
        unlink(path);
        return 0;
    }
    if (fclose(f) != 0) {
        unlink(path);
        return 0;
    }
    rc = od_rules_load(path, &rules, &errs);
    if (rc == 0) {
        check_success(rules);
        if (errs.n != 0)
            abort();
        audit(rules);
    } else if (rc == OD_ECONFIG) {
        check_failure(path, &errs);
        if (rules)
            abort();
    } else if (rc != OD_ENOMEM) {
        abort();
    }
    od_rules_free(rules);
    od_config_errors_free(&errs);
    unlink(path);
    return 0;
}
