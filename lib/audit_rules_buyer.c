/* Audit rules about who ordered and when: buyer_note, blacklist,
 * duplicate, address_complete, wait and priority (see docs/audit.md). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- buyer_note ---- */

static const char *first_keyword(const struct od_rule *r, const char *text)
{
    for (size_t i = 0; i < r->keywords.n; i++)
        if (audit_ci_contains(text, r->keywords.items[i]))
            return r->keywords.items[i];
    return NULL;
}

void audit_rule_buyer_note(struct eval *e, const struct od_rule *r)
{
    const char *note = e->o->buyer_note;
    const char *kw = NULL;
    struct json_object *ev;
    struct od_buf msg;

    if (audit_blank(note))
        return;
    if (r->keywords.n > 0 && !(kw = first_keyword(r, note)))
        return;
    od_buf_init(&msg, MSG_MAX);
    if (kw) {
        audit_msg_printf(e, &msg, "%s", L("买家留言含“", "Buyer note mentions \""));
        audit_msg_text(e, &msg, kw);
        audit_msg_printf(e, &msg, "%s", L("”：", "\": "));
    } else {
        audit_msg_printf(e, &msg, "%s", L("买家留言：", "Buyer note: "));
    }
    audit_msg_text(e, &msg, note);
    ev = audit_jobj(e);
    audit_jtext(e, ev, "buyer_note", note);
    if (r->keywords.n > 0) {
        audit_jlist(e, ev, "keywords", (const char *const *)r->keywords.items, r->keywords.n);
        audit_jtext(e, ev, "matched", kw);
    }
    audit_fire(e, r, &msg, ev, kw ? "keyword" : "note");
}

/* ---- blacklist ---- */

static void blacklisted(struct eval *e, const struct od_rule *r, size_t idx, const char *field,
                        const char *seen_value, size_t *done, size_t *n_done)
{
    const struct od_ref_blacklist *x = &e->ref->blacklist[idx];
    static const struct {
        const char *kind, *zh, *en;
    } kinds[] = {
        {"phone", "电话", "phone"},
        {"email", "邮箱", "e-mail"},
        {"name", "姓名", "name"},
        {"address_substring", "地址含", "address containing"},
    };
    const char *kl = x->kind;
    struct json_object *ev;
    struct od_buf msg;

    for (size_t i = 0; i < *n_done; i++)
        if (done[i] == idx)
            return;
    done[(*n_done)++] = idx;
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(kinds[i].kind, x->kind) == 0)
            kl = L(kinds[i].zh, kinds[i].en);
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, L("命中黑名单（%s ", "On the blacklist (%s "), kl);
    audit_msg_text(e, &msg, x->value);
    audit_msg_printf(e, &msg, "%s", L("）", ")"));
    if (!audit_blank(x->reason)) {
        audit_msg_printf(e, &msg, "%s", L("：", ": "));
        audit_msg_text(e, &msg, x->reason);
    }
    ev = audit_jobj(e);
    audit_jtext(e, ev, "kind", x->kind);
    audit_jtext(e, ev, "value", x->value);
    audit_jtext(e, ev, "field", field);
    audit_jtext(e, ev, "order_value", seen_value);
    audit_jtext(e, ev, "reason", x->reason);
    audit_fire(e, r, &msg, ev, "listed");
}

static void bl_lookup(struct eval *e, const struct od_rule *r, const struct hmap *m,
                      const char *key, const char *field, const char *value, size_t *done,
                      size_t *n_done)
{
    for (size_t i = audit_hmap_first(m, key, NULL); i != HNIL && !e->err;
         i = audit_hmap_next(m, i, key, NULL))
        blacklisted(e, r, m->e[i].idx, field, value, done, n_done);
}

void audit_rule_blacklist(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    const struct {
        const char *field, *value;
    } phones[] = {{"customer.phone", o->customer.phone}, {"ship_to.phone", o->ship_to.phone}},
      names[] = {{"customer.name", o->customer.name}, {"ship_to.name", o->ship_to.name}},
      addrs[] = {{"ship_to.address", o->ship_to.address},
                 {"ship_to.province", o->ship_to.province},
                 {"ship_to.city", o->ship_to.city},
                 {"ship_to.district", o->ship_to.district}};
    size_t *done, n_done = 0;
    char *k;

    /* Each entry is reported once, however many fields match it. */
    done = calloc(e->ref->n_blacklist ? e->ref->n_blacklist : 1, sizeof(*done));
    if (!done) {
        audit_oom(e);
        return;
    }
    for (size_t i = 0; i < 2 && !e->err; i++) {
        char p[64];

        od_audit_phone(phones[i].value, p, sizeof(p));
        if (p[0])
            bl_lookup(e, r, &e->b->bl_phone, p, phones[i].field, phones[i].value, done, &n_done);
    }
    if (!audit_blank(o->customer.email) && !e->err) {
        if (!(k = audit_norm_text(o->customer.email, true)))
            audit_oom(e);
        else
            bl_lookup(e, r, &e->b->bl_email, k, "customer.email", o->customer.email, done, &n_done);
        free(k);
    }
    for (size_t i = 0; i < 2 && !e->err; i++) {
        if (audit_blank(names[i].value))
            continue;
        if (!(k = audit_norm_text(names[i].value, false)))
            audit_oom(e);
        else
            bl_lookup(e, r, &e->b->bl_name, k, names[i].field, names[i].value, done, &n_done);
        free(k);
    }
    for (size_t j = 0; j < e->b->n_bl_addr && !e->err; j++) {
        const struct od_ref_blacklist *x = &e->ref->blacklist[e->b->bl_addr[j]];

        if (!(k = audit_norm_text(x->value, false))) {
            audit_oom(e);
            break;
        }
        for (size_t i = 0; i < 4 && !e->err; i++) {
            if (k[0] && audit_ci_contains(addrs[i].value, k)) {
                blacklisted(e, r, e->b->bl_addr[j], addrs[i].field, addrs[i].value, done, &n_done);
                break;
            }
        }
        free(k);
    }
    free(done);
}

/* ---- duplicate ---- */

struct dup_ctx {
    const char *skus; /* this order's multiset */
    const char *po;   /* this order's PO, or NULL */
    size_t found[DUPLICATES_MAX];
    size_t n_found;
};

static bool dup_within(struct eval *e, const struct od_rule *r, const struct od_ref_recent *x)
{
    __int128 d;

    if (x->placed_at == OD_TIME_NONE)
        return false;
    d = (__int128)e->when - x->placed_at;
    if (d < 0)
        d = -d;
    return d <= (__int128)r->window_ms * 1000;
}

static bool same_order(struct eval *e, const struct od_ref_recent *x)
{
    const char *ch = e->channel ? e->channel : "";

    return x->channel && x->external_id && e->o->external_id && strcmp(x->channel, ch) == 0 &&
           strcmp(x->external_id, e->o->external_id) == 0;
}

static void dup_report(struct eval *e, const struct od_rule *r, struct dup_ctx *d, size_t idx,
                       const char *match)
{
    const struct od_ref_recent *x = &e->ref->recent[idx];
    struct json_object *ev, *other;
    struct od_buf msg;
    char win[64], clock[64];

    for (size_t i = 0; i < d->n_found; i++)
        if (d->found[i] == idx)
            return;
    if (d->n_found == DUPLICATES_MAX)
        return;
    d->found[d->n_found++] = idx;
    audit_fmt_window(e, r->window_ms, win, sizeof(win));
    audit_fmt_clock(e, x->placed_at, clock, sizeof(clock));
    od_buf_init(&msg, MSG_MAX);
    if (strcmp(match, "po") == 0) {
        audit_msg_printf(e, &msg, "%s",
                         L("疑似重复订单：采购单号 ", "Possible duplicate: purchase order "));
        audit_msg_text(e, &msg, d->po);
        audit_msg_printf(e, &msg, "%s", L(" 也出现在 ", " also came in as "));
        audit_msg_text(e, &msg, x->channel);
        audit_msg_printf(e, &msg, "/");
        audit_msg_text(e, &msg, x->external_id);
    } else {
        audit_msg_printf(e, &msg, "%s", L("疑似重复订单：与 ", "Possible duplicate of "));
        audit_msg_text(e, &msg, x->channel);
        audit_msg_printf(e, &msg, "/");
        audit_msg_text(e, &msg, x->external_id);
        if (strcmp(match, "phone") == 0)
            audit_msg_printf(e, &msg,
                             L(" 的手机号和商品相同（%s内；该单下单于 %s）",
                               ": same phone and items within %s (placed %s)"),
                             win, clock);
        else
            audit_msg_printf(e, &msg,
                             L(" 的客户和商品相同（%s内；该单下单于 %s）",
                               ": same customer and items within %s (placed %s)"),
                             win, clock);
    }
    ev = audit_jobj(e);
    audit_jtext(e, ev, "match", match);
    other = audit_jobj(e);
    if (x->order_id > 0)
        audit_jint(e, other, "order_id", x->order_id);
    else
        audit_jput(e, other, "order_id", NULL, true);
    audit_jtext(e, other, "channel", x->channel);
    audit_jtext(e, other, "external_id", x->external_id);
    audit_jtime(e, other, "placed_at", x->placed_at);
    audit_jput(e, ev, "other", other, false);
    if (strcmp(match, "phone") == 0)
        audit_jtext(e, ev, "phone", e->phone);
    else if (strcmp(match, "customer") == 0)
        audit_jtext(e, ev, "customer_ref", e->o->customer.ref);
    else
        audit_jtext(e, ev, "po", d->po);
    if (strcmp(match, "po") != 0)
        audit_jtext(e, ev, "skus", d->skus);
    audit_jtime(e, ev, "placed_at", e->when);
    audit_jint(e, ev, "window_ms", r->window_ms);
    audit_fire(e, r, &msg, ev, "duplicate");
}

static void dup_scan(struct eval *e, const struct od_rule *r, struct dup_ctx *d,
                     const struct hmap *m, const char *key, const char *match)
{
    for (size_t i = audit_hmap_first(m, key, NULL); i != HNIL && !e->err;
         i = audit_hmap_next(m, i, key, NULL)) {
        const struct od_ref_recent *x = &e->ref->recent[m->e[i].idx];

        if (same_order(e, x) || !dup_within(e, r, x))
            continue;
        if (strcmp(match, "po") == 0) {
            if (x->channel && e->channel && strcmp(x->channel, e->channel) == 0)
                continue;
        } else if (!x->skus || strcmp(x->skus, d->skus) != 0) {
            continue;
        }
        dup_report(e, r, d, m->e[i].idx, match);
    }
}

void audit_rule_duplicate(struct eval *e, const struct od_rule *r, const char *skus, const char *po)
{
    struct dup_ctx d;

    memset(&d, 0, sizeof(d));
    d.skus = skus;
    d.po = po;
    if (skus[0] && e->phone[0])
        dup_scan(e, r, &d, &e->b->rec_phone, e->phone, "phone");
    if (skus[0] && !audit_blank(e->o->customer.ref))
        dup_scan(e, r, &d, &e->b->rec_cust, e->o->customer.ref, "customer");
    if (po)
        dup_scan(e, r, &d, &e->b->rec_po, po, "po");
}

/* ---- address_complete ---- */

void audit_rule_address(struct eval *e, const struct od_rule *r)
{
    const struct od_address *a = &e->o->ship_to;
    const char *missing[4];
    size_t n = 0;
    bool cn =
        audit_blank(a->country) || strcmp(a->country, "CN") == 0 || strcmp(a->country, "cn") == 0;
    char p[64];
    bool mobile = od_audit_phone(a->phone, p, sizeof(p));
    struct json_object *ev;
    struct od_buf msg;

    if (audit_blank(a->name))
        missing[n++] = "ship_to.name";
    if (audit_blank(a->phone) || (cn && !mobile))
        missing[n++] = "ship_to.phone";
    if (audit_blank(a->province) && audit_blank(a->city))
        missing[n++] = "ship_to.province";
    if (audit_blank(a->address))
        missing[n++] = "ship_to.address";
    if (n == 0)
        return;
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, "%s",
                     L("收货地址不完整：缺少", "Incomplete shipping address: missing "));
    for (size_t i = 0; i < n; i++) {
        const char *what;

        if (strcmp(missing[i], "ship_to.name") == 0)
            what = L("收货人", "recipient name");
        else if (strcmp(missing[i], "ship_to.phone") == 0)
            what = audit_blank(a->phone) ? L("收货电话", "recipient phone")
                                         : L("有效手机号", "a valid mobile number");
        else if (strcmp(missing[i], "ship_to.province") == 0)
            what = L("省份或城市", "province or city");
        else
            what = L("详细地址", "street address");
        audit_msg_printf(e, &msg, "%s%s", i ? L("、", ", ") : "", what);
    }
    ev = audit_jobj(e);
    audit_jlist(e, ev, "missing", missing, n);
    audit_jtext(e, ev, "phone", a->phone);
    audit_jbool(e, ev, "mobile", mobile);
    audit_fire(e, r, &msg, ev, "incomplete");
}

/* ---- wait ---- */

static bool status_paid(enum od_status s)
{
    return s == OD_STATUS_PAID || s == OD_STATUS_PARTIALLY_SHIPPED || s == OD_STATUS_SHIPPED ||
           s == OD_STATUS_COMPLETED;
}

void audit_rule_wait(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    od_time since, until;
    char clock[64];
    struct json_object *ev;
    struct od_buf msg;

    if (o->paid_at == OD_TIME_NONE && !status_paid(o->status)) {
        od_buf_init(&msg, MSG_MAX);
        audit_msg_printf(
            e, &msg, "%s",
            L("尚未付款，付款后再审", "Not paid yet; it will be checked again once paid"));
        ev = audit_jobj(e);
        audit_jtext(e, ev, "status", od_status_name(o->status));
        audit_jput(e, ev, "paid_at", NULL, true);
        audit_jint(e, ev, "minutes", r->minutes);
        e->wait_unpaid = true;
        audit_fire(e, r, &msg, ev, "unpaid");
        return;
    }
    since = o->paid_at != OD_TIME_NONE ? o->paid_at : o->placed_at;
    if (since == OD_TIME_NONE)
        return; /* paid at an unknown time: nothing to wait for */
    until = since + r->minutes * US_PER_MIN;
    if (e->now >= until)
        return;
    if (e->recheck_at == OD_TIME_NONE || until > e->recheck_at)
        e->recheck_at = until;
    audit_fmt_clock(e, until, clock, sizeof(clock));
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg,
                     L("付款后需等待 %lld 分钟，将于 %s再审",
                       "Waiting %lld minutes after payment; it will be checked again at %s"),
                     (long long)r->minutes, clock);
    ev = audit_jobj(e);
    audit_jtime(e, ev, "paid_at", o->paid_at);
    if (o->paid_at == OD_TIME_NONE)
        audit_jtime(e, ev, "placed_at", o->placed_at);
    audit_jint(e, ev, "minutes", r->minutes);
    audit_jtime(e, ev, "until", until);
    audit_jtime(e, ev, "now", e->now);
    audit_fire(e, r, &msg, ev, "waiting");
}

/* ---- priority ---- */

void audit_rule_priority(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    const char *kw = NULL, *field = NULL, *text = NULL;
    struct json_object *ev;
    struct od_buf msg;

    if ((kw = first_keyword(r, o->buyer_note))) {
        field = "buyer_note";
        text = o->buyer_note;
    } else if ((kw = first_keyword(r, o->seller_note))) {
        field = "seller_note";
        text = o->seller_note;
    } else {
        for (size_t i = 0; i < o->n_tags && !kw; i++)
            if ((kw = first_keyword(r, o->tags[i]))) {
                field = "tags";
                text = o->tags[i];
            }
    }
    if (!kw)
        return;
    od_buf_init(&msg, MSG_MAX);
    if (strcmp(field, "buyer_note") == 0)
        audit_msg_printf(e, &msg, "%s", L("加急：买家留言含“", "Rush: the buyer note mentions \""));
    else if (strcmp(field, "seller_note") == 0)
        audit_msg_printf(e, &msg, "%s",
                         L("加急：卖家备注含“", "Rush: the seller note mentions \""));
    else
        audit_msg_printf(e, &msg, "%s", L("加急：标签含“", "Rush: a tag mentions \""));
    audit_msg_text(e, &msg, kw);
    audit_msg_printf(e, &msg, "%s", L("”", "\""));
    ev = audit_jobj(e);
    audit_jtext(e, ev, "field", field);
    audit_jtext(e, ev, "text", text);
    audit_jtext(e, ev, "matched", kw);
    audit_jlist(e, ev, "keywords", (const char *const *)r->keywords.items, r->keywords.n);
    if (r->action == OD_ACTION_SET_PRIORITY)
        audit_jtext(e, ev, "priority", r->priority ? r->priority : "urgent");
    audit_fire(e, r, &msg, ev, "keyword");
}
