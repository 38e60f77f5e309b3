/* Audit rules about what the order holds: required_fields, sku_known,
 * stock, credit_limit, price_list, totals_consistent and amount (see
 * docs/audit.md). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"
#include "fieldpath.h"

/* ---- required_fields ---- */

static const char *label(struct eval *e, const char *path)
{
    const struct od_field_path *f = od_field_path_find(path);

    return f ? L(f->zh, f->en) : path;
}

/* Whether order-level field `path` is empty; false for unknown paths. */
static bool order_field_empty(const struct od_order *o, const char *path)
{
    const struct od_field_path *f = od_field_path_find(path);
    const char *at = (const char *)o + (f ? f->offset : 0);

    if (!f || f->where != OD_FIELD_ORDER)
        return false;
    switch (f->kind) {
    case OD_FIELD_TEXT:
        return audit_blank(*(char *const *)at);
    case OD_FIELD_MONEY:
        return *(const od_money *)at == OD_MONEY_NONE;
    case OD_FIELD_PRICE:
        return od_price_is_none(*(const od_price *)at);
    case OD_FIELD_TIME:
        return *(const od_time *)at == OD_TIME_NONE;
    case OD_FIELD_STATUS:
        return o->status == OD_STATUS_NONE;
    case OD_FIELD_CURRENCY:
        return o->currency[0] == '\0';
    case OD_FIELD_TAGS:
        return o->n_tags == 0;
    case OD_FIELD_QTY:
        break;
    }
    return false;
}

static bool line_field_empty(const struct od_line *l, const char *f)
{
    if (strcmp(f, "sku") == 0)
        return audit_blank(l->sku);
    if (strcmp(f, "channel_sku") == 0)
        return audit_blank(l->channel_sku);
    if (strcmp(f, "title") == 0)
        return audit_blank(l->title);
    if (strcmp(f, "qty") == 0)
        return l->qty <= 0;
    if (strcmp(f, "unit_price") == 0)
        return od_price_is_none(l->unit_price);
    if (strcmp(f, "discount") == 0)
        return l->discount == OD_MONEY_NONE;
    if (strcmp(f, "total") == 0)
        return l->total == OD_MONEY_NONE;
    return false;
}

void audit_rule_required_fields(struct eval *e, const struct od_rule *r)
{
    struct od_buf msg, path;
    struct json_object *ev = NULL, *missing = NULL;
    size_t n_missing = 0;

    od_buf_init(&msg, MSG_MAX);
    od_buf_init(&path, 256);
    missing = json_object_new_array();
    if (!missing) {
        audit_oom(e);
        goto out;
    }
    audit_msg_printf(e, &msg, "%s", L("缺少必填信息：", "Missing required information: "));
    for (size_t i = 0; i < r->fields.n && !e->err; i++) {
        const char *f = r->fields.items[i];
        bool is_line = strncmp(f, "lines.", 6) == 0;

        for (size_t j = 0; j < (is_line ? e->o->n_lines : 1) && !e->err; j++) {
            bool empty =
                is_line ? line_field_empty(&e->o->lines[j], f + 6) : order_field_empty(e->o, f);

            if (!empty)
                continue;
            od_buf_reset(&path);
            if (is_line)
                audit_msg_printf(e, &path, "lines[%zu].%s", j + 1, f + 6);
            else
                audit_msg_printf(e, &path, "%s", f);
            if (!e->err) {
                struct json_object *js = json_object_new_string(path.data);

                if (!js || json_object_array_add(missing, js) != 0) {
                    json_object_put(js);
                    audit_oom(e);
                }
            }
            if (n_missing > 0)
                audit_msg_printf(e, &msg, "%s", L("、", ", "));
            if (is_line)
                audit_msg_printf(e, &msg, L("%s（第 %zu 行）", "%s (line %zu)"), label(e, f),
                                 j + 1);
            else
                audit_msg_printf(e, &msg, "%s", label(e, f));
            n_missing++;
        }
    }
    if (n_missing == 0 || e->err)
        goto out;
    ev = audit_jobj(e);
    audit_jlist(e, ev, "fields", (const char *const *)r->fields.items, r->fields.n);
    audit_jput(e, ev, "missing", missing, false);
    missing = NULL;
    audit_fire(e, r, &msg, ev, "missing");
    ev = NULL;
out:
    json_object_put(missing);
    json_object_put(ev);
    od_buf_free(&path);
    od_buf_free(&msg);
}

/* ---- sku_known ---- */

void audit_rule_sku_known(struct eval *e, const struct od_rule *r)
{
    for (size_t i = 0; i < e->o->n_lines && !e->err; i++) {
        const struct od_line *l = &e->o->lines[i];
        const struct od_ref_product *p = audit_blank(l->sku) ? NULL : audit_product(e, l->sku);
        struct json_object *ev;
        struct od_buf msg;
        const char *verdict;

        if (p && p->active)
            continue;
        od_buf_init(&msg, MSG_MAX);
        if (audit_blank(l->sku) && audit_blank(l->channel_sku)) {
            audit_msg_printf(e, &msg, L("第 %d 行没有商品编码", "Line %d has no SKU"), l->line_no);
            verdict = "no_sku";
        } else if (audit_blank(l->sku)) {
            audit_msg_printf(e, &msg, "%s", L("平台商品 ", "Channel SKU "));
            audit_msg_text(e, &msg, l->channel_sku);
            audit_msg_printf(
                e, &msg,
                L(" 没有对应的商品编码（第 %d 行）", " is not mapped to a product (line %d)"),
                l->line_no);
            verdict = "not_mapped";
        } else if (!p) {
            audit_msg_printf(e, &msg, "%s", L("未知商品编码：", "Unknown SKU "));
            audit_msg_text(e, &msg, l->sku);
            audit_msg_printf(e, &msg, L("（第 %d 行）", " (line %d)"), l->line_no);
            verdict = "unknown_sku";
        } else {
            audit_msg_printf(e, &msg, "%s", L("商品已停用：", "Product "));
            audit_msg_text(e, &msg, l->sku);
            audit_msg_printf(e, &msg, L("（第 %d 行）", " is inactive (line %d)"), l->line_no);
            verdict = "inactive";
        }
        ev = audit_jobj(e);
        audit_jint(e, ev, "line_no", l->line_no);
        audit_jtext(e, ev, "sku", l->sku);
        audit_jtext(e, ev, "channel_sku", l->channel_sku);
        audit_jbool(e, ev, "known", p != NULL);
        audit_jbool(e, ev, "active", p && p->active);
        audit_fire(e, r, &msg, ev, verdict);
    }
}

/* ---- stock ---- */

/* An order whose goods have left (or never will) needs no stock. */
bool audit_needs_no_stock(const struct od_order *o)
{
    return o->status == OD_STATUS_SHIPPED || o->status == OD_STATUS_COMPLETED ||
           o->status == OD_STATUS_CANCELLED || o->status == OD_STATUS_REFUNDED;
}

void audit_rule_stock(struct eval *e, const struct od_rule *r)
{
    const char *wh = r->warehouse ? r->warehouse : "main";
    struct need *needs;
    size_t n;

    if (audit_needs_no_stock(e->o))
        return;

    needs = audit_needs_of(e, &n);
    for (size_t i = 0; needs && i < n && !e->err; i++) {
        const struct od_ref_stock *s = audit_stock_row(e, needs[i].sku, wh);
        int64_t avail = s ? s->on_hand - s->reserved : 0;
        struct json_object *ev;
        struct od_buf msg;

        if (needs[i].units <= avail)
            continue;
        od_buf_init(&msg, MSG_MAX);
        audit_msg_printf(e, &msg, "%s", L("库存不足：", "Not enough stock: "));
        audit_msg_text(e, &msg, needs[i].sku);
        if (e->en) {
            audit_msg_printf(e, &msg, " needs %lld, %lld available (warehouse ",
                             (long long)needs[i].units, (long long)avail);
            audit_msg_text(e, &msg, wh);
            audit_msg_printf(e, &msg, ")");
        } else {
            audit_msg_printf(e, &msg, " 需要 %lld，可用 %lld（仓库 ", (long long)needs[i].units,
                             (long long)avail);
            audit_msg_text(e, &msg, wh);
            audit_msg_printf(e, &msg, "）");
        }
        ev = audit_jobj(e);
        audit_jtext(e, ev, "sku", needs[i].sku);
        audit_jtext(e, ev, "warehouse", wh);
        audit_jint(e, ev, "need", needs[i].units);
        if (s) {
            audit_jint(e, ev, "on_hand", s->on_hand);
            audit_jint(e, ev, "reserved", s->reserved);
        } else {
            audit_jput(e, ev, "on_hand", NULL, true);
            audit_jput(e, ev, "reserved", NULL, true);
        }
        audit_jint(e, ev, "available", avail);
        audit_fire(e, r, &msg, ev, "short");
    }
    free(needs);
}

/* ---- credit_limit ---- */

od_money audit_money0(od_money m)
{
    return m == OD_MONEY_NONE ? 0 : m;
}

static void customer_name(struct eval *e, struct od_buf *msg, const struct od_ref_customer *c)
{
    if (!audit_blank(c->name)) {
        audit_msg_text(e, msg, c->name);
        audit_msg_printf(e, msg, "%s", L("（", " ("));
        audit_msg_text(e, msg, c->ref);
        audit_msg_printf(e, msg, "%s", L("）", ")"));
    } else {
        audit_msg_text(e, msg, c->ref);
    }
}

void audit_rule_credit_limit(struct eval *e, const struct od_rule *r)
{
    const struct od_ref_customer *c;
    struct json_object *ev;
    struct od_buf msg;
    od_money exposure;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], d[OD_MONEY_STRLEN], f[OD_MONEY_STRLEN],
        g[OD_MONEY_STRLEN];

    if (e->cust < 0)
        return;
    c = &e->ref->customers[e->cust];
    if (c->blocked) {
        od_buf_init(&msg, MSG_MAX);
        audit_msg_printf(e, &msg, "%s", L("客户已冻结：", "Customer is blocked: "));
        customer_name(e, &msg, c);
        ev = audit_jobj(e);
        audit_jtext(e, ev, "customer", c->ref);
        audit_jbool(e, ev, "blocked", true);
        audit_fire(e, r, &msg, ev, "blocked");
    }
    if (c->credit_limit == OD_MONEY_NONE || e->o->total == OD_MONEY_NONE)
        return;
    /* Each term is at most OD_MONEY_MAX: no int64 overflow. */
    exposure = audit_money0(c->open_balance) + audit_money0(c->approved_since) + e->o->total;
    if (exposure <= c->credit_limit)
        return;
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, "%s", L("超出信用额度：", "Over the credit limit: "));
    customer_name(e, &msg, c);
    audit_msg_printf(
        e, &msg,
        L("额度 %s，未结 %s + 已批准未结 %s + 本单 %s = %s",
          " has a limit of %s; open balance %s + approved since %s + this order %s = %s"),
        od_money_format(c->credit_limit, a), od_money_format(audit_money0(c->open_balance), b),
        od_money_format(audit_money0(c->approved_since), d), od_money_format(e->o->total, f),
        od_money_format(exposure, g));
    ev = audit_jobj(e);
    audit_jtext(e, ev, "customer", c->ref);
    audit_jmoney(e, ev, "credit_limit", c->credit_limit);
    audit_jmoney(e, ev, "open_balance", audit_money0(c->open_balance));
    audit_jmoney(e, ev, "approved_since", audit_money0(c->approved_since));
    audit_jmoney(e, ev, "order_total", e->o->total);
    audit_jmoney(e, ev, "exposure", exposure);
    audit_fire(e, r, &msg, ev, "over_limit");
}

/* ---- price_list ---- */

/* The price row of (tier, sku) valid at e->when; the latest valid_from
 * wins when several are. */
static const struct od_ref_price *price_at(struct eval *e, const char *tier, const char *sku)
{
    const struct od_ref_price *best = NULL;
    const struct hmap *m = &e->b->prices;

    for (size_t i = audit_hmap_first(m, tier, sku); i != HNIL;
         i = audit_hmap_next(m, i, tier, sku)) {
        const struct od_ref_price *p = &e->ref->prices[m->e[i].idx];

        if (od_price_is_none(p->unit_price))
            continue;
        if (p->valid_from != OD_TIME_NONE && e->when < p->valid_from)
            continue;
        if (p->valid_to != OD_TIME_NONE && e->when >= p->valid_to)
            continue;
        if (!best || (p->valid_from != OD_TIME_NONE &&
                      (best->valid_from == OD_TIME_NONE || p->valid_from > best->valid_from)))
            best = p;
    }
    return best;
}

static od_money line_total(const struct od_line *l)
{
    od_money t, d;

    if (l->total != OD_MONEY_NONE)
        return l->total;
    if (!od_price_amount(l->unit_price, l->qty, &t))
        return OD_MONEY_NONE;
    d = audit_money0(l->discount);
    return od_money_add(t, -d, &t) ? t : OD_MONEY_NONE;
}

/* What line `l` paid, in ten-thousandths: qty x its price less the
 * discount, exactly, when its total is that rounded to the cent (3 x
 * 0.0385 = 0.1155, total 0.12); else its total as stated. False when it
 * has no total. */
static bool line_paid_e4(const struct od_line *l, __int128 *out)
{
    od_money t = line_total(l), gross;
    __int128 exact;

    if (t == OD_MONEY_NONE)
        return false;
    *out = (__int128)t * OD_PRICE_PER_MINOR;
    if (!od_price_amount(l->unit_price, l->qty, &gross))
        return true;
    exact = (__int128)l->unit_price.e4 * l->qty -
            (__int128)audit_money0(l->discount) * OD_PRICE_PER_MINOR;
    /* gross is within OD_MONEY_MAX, so exact is within about 10^17 */
    if (gross - audit_money0(l->discount) == t)
        *out = exact;
    return true;
}

/* Larger than any line total in ten-thousandths (OD_MONEY_MAX cents). */
#define EXPECTED_MAX ((__int128)OD_MONEY_MAX * OD_PRICE_PER_MINOR * 1000)

void audit_rule_price_list(struct eval *e, const struct od_rule *r)
{
    const struct od_ref_customer *c;
    const char *tier;

    if (e->cust < 0)
        return;
    c = &e->ref->customers[e->cust];
    tier = c->price_tier;
    if (audit_blank(tier))
        return;
    for (size_t i = 0; i < e->o->n_lines && !e->err; i++) {
        const struct od_line *l = &e->o->lines[i];
        const struct od_ref_price *p;
        __int128 units, expected, min_total, paid_e4;
        od_money paid;
        od_price unit_paid;
        char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], pct[32];
        struct json_object *ev;
        struct od_buf msg;

        if (audit_blank(l->sku) || l->qty <= 0 || !(p = price_at(e, tier, l->sku)))
            continue;
        paid = line_total(l);
        if (paid == OD_MONEY_NONE || !line_paid_e4(l, &paid_e4))
            continue;
        /* Exact, in ten-thousandths: the tier price x the units against
         * what the line paid (paid_e4). A product past EXPECTED_MAX is
         * beyond any line total, so surely below it, and keeps the
         * arithmetic inside 128 bits. */
        units = (__int128)l->qty * e->mult[i];
        if (p->unit_price.e4 > 0 && units > EXPECTED_MAX / p->unit_price.e4)
            expected = EXPECTED_MAX;
        else
            expected = (__int128)p->unit_price.e4 * units;
        if (paid_e4 * 10000 >= expected * (10000 - r->tolerance_bp))
            continue;
        /* The lowest line total the tolerance allows, rounded up to the
         * cent. */
        min_total = (expected * (10000 - r->tolerance_bp) + 10000 * OD_PRICE_PER_MINOR - 1) /
                    (10000 * OD_PRICE_PER_MINOR);
        /* what a unit was sold at, to 1/10000, rounded half up */
        unit_paid.e4 = (int64_t)((paid_e4 * 2 + units) / (units * 2));
        audit_fmt_pct(r->tolerance_bp, pct, sizeof(pct));
        od_buf_init(&msg, MSG_MAX);
        audit_msg_printf(e, &msg, "%s", L("低于价目表：", "Below the price list: "));
        audit_msg_text(e, &msg, l->sku);
        audit_msg_printf(e, &msg, L(" 实付单价 %s，", " sold at %s per unit, tier "),
                         od_price_format(unit_paid, a));
        audit_msg_text(e, &msg, tier);
        audit_msg_printf(e, &msg, L(" 价 %s", " price %s"), od_price_format(p->unit_price, b));
        if (r->tolerance_bp > 0)
            audit_msg_printf(e, &msg, L("，最多可低 %s%%", ", at most %s%% lower allowed"), pct);
        audit_msg_printf(e, &msg, L("（第 %d 行）", " (line %d)"), l->line_no);
        ev = audit_jobj(e);
        audit_jint(e, ev, "line_no", l->line_no);
        audit_jtext(e, ev, "sku", l->sku);
        audit_jtext(e, ev, "customer", c->ref);
        audit_jtext(e, ev, "tier", tier);
        audit_jint(e, ev, "qty", l->qty);
        audit_jint(e, ev, "multiplier", e->mult[i]);
        audit_jprice(e, ev, "unit_price", l->unit_price);
        audit_jmoney(e, ev, "line_total", paid);
        audit_jprice(e, ev, "tier_price", p->unit_price);
        audit_jput(e, ev, "tolerance_pct", json_object_new_string(pct), false);
        if (min_total <= OD_MONEY_MAX)
            audit_jmoney(e, ev, "min_line_total", (od_money)min_total);
        else
            audit_jput(e, ev, "min_line_total", NULL, true);
        audit_fire(e, r, &msg, ev, "below_price_list");
    }
}

/* ---- totals_consistent ---- */

void audit_rule_totals(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    __int128 lines = 0, expected, diff, adiff;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], c[OD_MONEY_STRLEN], d[OD_MONEY_STRLEN],
        f[OD_MONEY_STRLEN], g[OD_MONEY_STRLEN], h[OD_MONEY_STRLEN], k[OD_MONEY_STRLEN];
    struct json_object *ev;
    struct od_buf msg;

    if (o->total == OD_MONEY_NONE)
        return;
    for (size_t i = 0; i < o->n_lines; i++) {
        od_money t = line_total(&o->lines[i]);

        if (t == OD_MONEY_NONE)
            return; /* cannot be summed: od_order_finish() refuses such orders */
        lines += t;
    }
    expected = lines + audit_money0(o->shipping) - audit_money0(o->discount) + audit_money0(o->tax);
    diff = (__int128)o->total - expected;
    adiff = diff < 0 ? -diff : diff;
    if (adiff <= r->tolerance)
        return;
    if (lines > OD_MONEY_MAX || lines < -OD_MONEY_MAX || expected > OD_MONEY_MAX ||
        expected < -OD_MONEY_MAX)
        lines = expected = diff = adiff = OD_MONEY_MAX; /* shown capped */
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(
        e, &msg,
        L("金额不一致：商品合计 %s + 运费 %s - 优惠 %s + 税 %s = %s，订单金额 %s（相差 %s，允许 "
          "%s）",
          "Totals do not add up: lines %s + shipping %s - discount %s + tax %s = %s, but "
          "the order total is %s (off by %s, tolerance %s)"),
        od_money_format((od_money)lines, a), od_money_format(audit_money0(o->shipping), b),
        od_money_format(audit_money0(o->discount), c), od_money_format(audit_money0(o->tax), d),
        od_money_format((od_money)expected, f), od_money_format(o->total, g),
        od_money_format((od_money)adiff, h), od_money_format(r->tolerance, k));
    ev = audit_jobj(e);
    audit_jmoney(e, ev, "lines_total", (od_money)lines);
    audit_jmoney(e, ev, "shipping", audit_money0(o->shipping));
    audit_jmoney(e, ev, "discount", audit_money0(o->discount));
    audit_jmoney(e, ev, "tax", audit_money0(o->tax));
    audit_jmoney(e, ev, "expected", (od_money)expected);
    audit_jmoney(e, ev, "total", o->total);
    audit_jmoney(e, ev, "difference", (od_money)diff);
    audit_jmoney(e, ev, "tolerance", r->tolerance);
    audit_fire(e, r, &msg, ev, "inconsistent");
}

/* ---- amount ---- */

void audit_rule_amount(struct eval *e, const struct od_rule *r)
{
    od_money t = e->o->total;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];
    struct json_object *ev;
    struct od_buf msg;
    bool above;

    if (t == OD_MONEY_NONE)
        return;
    if (r->above != OD_MONEY_NONE && t > r->above)
        above = true;
    else if (r->below != OD_MONEY_NONE && t < r->below)
        above = false;
    else
        return;
    od_buf_init(&msg, MSG_MAX);
    if (above)
        audit_msg_printf(e, &msg, L("订单金额 %s 超过 %s", "Order total %s is above %s"),
                         od_money_format(t, a), od_money_format(r->above, b));
    else
        audit_msg_printf(e, &msg, L("订单金额 %s 低于 %s", "Order total %s is below %s"),
                         od_money_format(t, a), od_money_format(r->below, b));
    ev = audit_jobj(e);
    audit_jmoney(e, ev, "total", t);
    audit_jmoney(e, ev, above ? "above" : "below", above ? r->above : r->below);
    audit_fire(e, r, &msg, ev, above ? "above" : "below");
}
