/* From the events of one reading of a text to orders (textread.h):
 * grouping the events into orders, building each order from its labels
 * and items, the checks (stated amounts, stated totals, competing order
 * numbers) that make an order doubtful, and o->extraction (doubts and
 * the source of every field). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "docfields.h"
#include "error.h"
#include "fieldpath.h"
#include "fields.h"
#include "model.h"
#include "textread.h"

/* Stated totals looked at per order. */
#define MAX_TOTALS 8
/* Doubts kept per order; more are counted. */
#define MAX_DOUBTS 10

/* ---- grouping into orders -------------------------------------------- */

static bool trailer_field(const char *f)
{
    return strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
           strcmp(f, "discount") == 0 || strcmp(f, "buyer_note") == 0 || strcmp(f, "currency") == 0;
}

static uint32_t field_bit(const char *f)
{
    for (unsigned i = 0; mail_label_fields[i] && i < 32; i++)
        if (strcmp(mail_label_fields[i], f) == 0)
            return 1u << i;
    return 0;
}

static bool is_id(const struct ev *e)
{
    return e->kind == EV_LABEL && strcmp(e->field, "external_id") == 0;
}

/* Between the items of an order whose labels came before its number
 * and the next number ([gap, end)): where the next order's labels start,
 * at the first label of a field the order before has already ("Buyer:"
 * again), so "Deliver to: …" and "Receiving: …" above it stay with the
 * order they follow. gap when no field repeats. */
static size_t repeat_start(const struct pass *p, size_t gap, size_t end, uint32_t mask)
{
    for (size_t g = gap; g < end; g++) {
        const struct ev *x = &p->ev[g];

        if (x->kind == EV_LABEL && !trailer_field(x->field) && (mask & field_bit(x->field)))
            return g;
    }
    return gap;
}

/* Assign every event to an order (ev[].blk); returns the number of
 * orders. A new order starts at an order number that differs from the
 * current one once the current one has its number and items. Labels
 * between the items of one order and the number of the next go to the
 * next one when it repeats them, or when the first order showed its
 * labels before its number (then from the first label that repeats a
 * field of the order before, when one does); totals and notes stay with
 * the order they follow. */
unsigned tr_group(struct pass *p)
{
    unsigned blk = 0;
    const char *cur_id = NULL;
    bool has_items = false, lead = false, label_before_id = false;
    size_t gap = SIZE_MAX;
    uint32_t mask = 0;

    for (size_t i = 0; i < p->n; i++) {
        struct ev *e = &p->ev[i];

        e->blk = blk;
        if (is_id(e)) {
            if (!cur_id) {
                cur_id = e->s;
                if (blk == 0 && label_before_id)
                    lead = true;
            } else if (strcmp(cur_id, e->s) != 0 && has_items) {
                uint32_t moved = 0;
                size_t from = lead ? repeat_start(p, gap, i, mask) : gap;

                e->blk = ++blk;
                for (size_t g = gap; g < i; g++) {
                    struct ev *x = &p->ev[g];
                    uint32_t bit;

                    if (x->kind != EV_LABEL)
                        continue;
                    bit = field_bit(x->field);
                    if (trailer_field(x->field) ? (mask & bit) != 0
                        : from > gap            ? g >= from
                                                : (lead || (mask & bit))) {
                        x->blk = blk;
                        moved |= bit;
                    } else {
                        mask |= bit;
                    }
                }
                cur_id = e->s;
                has_items = false;
                gap = SIZE_MAX;
                mask = moved;
            }
            continue;
        }
        if (e->kind == EV_LABEL) {
            if (blk == 0 && !cur_id && !trailer_field(e->field))
                label_before_id = true;
            if (has_items && gap == SIZE_MAX)
                gap = i;
            if (gap == SIZE_MAX)
                mask |= field_bit(e->field);
            continue;
        }
        if (e->kind == EV_ITEM || e->item_related) {
            if (e->kind == EV_ITEM || e->kind == EV_ERROR)
                has_items = true;
            if (gap != SIZE_MAX) {
                for (size_t g = gap; g < i; g++)
                    if (p->ev[g].kind == EV_LABEL)
                        mask |= field_bit(p->ev[g].field);
                gap = SIZE_MAX;
            }
        }
    }
    /* a last order number without items is a second number of the order
     * before it (a doubt), not an order */
    if (blk > 0 && !has_items) {
        for (size_t i = 0; i < p->n; i++)
            if (p->ev[i].blk == blk)
                p->ev[i].blk = blk - 1;
        blk--;
    }
    return blk + 1;
}

/* ---- building an order ----------------------------------------------- */

void tr_built_free(struct built *b)
{
    od_order_free(b->o);
    free(b->src);
    for (size_t i = 0; i < b->n_doubts; i++)
        free(b->doubts[i]);
    free(b->doubts);
    free(b->soft);
    memset(b, 0, sizeof(*b));
}

int tr_add_src(struct built *b, const char *key, unsigned line)
{
    if (b->n_src == b->cap_src) {
        size_t cap = b->cap_src ? b->cap_src * 2 : 16;
        struct src *v = realloc(b->src, cap * sizeof(*v));

        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        b->src = v;
        b->cap_src = cap;
    }
    snprintf(b->src[b->n_src].key, sizeof(b->src[0].key), "%s", key);
    b->src[b->n_src++].line = line;
    return 0;
}

int tr_add_doubt(struct built *b, bool soft, const char *fmt, ...)
{
    char msg[512], **v;
    bool *sv;
    va_list ap;

    if (b->n_doubts == MAX_DOUBTS) {
        b->more_doubts++;
        return 0;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    v = realloc(b->doubts, (b->n_doubts + 1) * sizeof(*v));
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    b->doubts = v;
    sv = realloc(b->soft, (b->n_doubts + 1) * sizeof(*sv));
    if (!sv)
        return od_error_set(OD_ENOMEM, "out of memory");
    b->soft = sv;
    if (!(v[b->n_doubts] = strdup(msg)))
        return od_error_set(OD_ENOMEM, "out of memory");
    sv[b->n_doubts++] = soft;
    return 0;
}

static void set_bad(struct built *b, const char *why)
{
    if (b->bad)
        return;
    b->bad = true;
    snprintf(b->why, sizeof(b->why), "%s", why);
}

static int set_text(struct built *b, char **field, const char *key, const struct ev *e);

/* The ship-to name taken is a company by its legal form and a later
 * label names a person alone. */
static bool company_then_person(const char *cur, const struct ev *e)
{
    const char *v = e->s ? e->s : e->v;
    size_t n = e->s ? (v ? strlen(v) : 0) : e->vn;

    if (!cur || !v || !n || !mail_company_line(cur, strlen(cur)))
        return false;
    return !mail_company_line(v, n) && mail_person_line(v, n);
}

/* The line the order's field `key` was read from; 0 when none. */
static unsigned src_line(const struct built *b, const char *key)
{
    for (size_t i = 0; i < b->n_src; i++)
        if (strcmp(b->src[i].key, key) == 0)
            return b->src[i].line;
    return 0;
}

/* The ship-to name was read from the line that gave the address too
 * ("Ship to: Baan Suan Spa (Nimman), 199/9 …": a place's name), and a
 * later label on a line of its own names a person alone ("Contact: Khun
 * Nattaya 053-…"): the person receives. */
static bool place_then_person(const struct built *b, const struct ev *e)
{
    const char *v = e->s ? e->s : e->v;
    size_t n = e->s ? (v ? strlen(v) : 0) : e->vn;
    unsigned l = src_line(b, "ship_to.name");

    if (!b->o->ship_to.name || !v || !n || !l || l != src_line(b, "ship_to.address") ||
        e->line == l)
        return false;
    return !mail_company_line(v, n) && mail_person_line(v, n);
}

/* "<name>, <address>": the ship-to name put back in front of the
 * address it was read with. */
static int name_into_address(struct od_order *o)
{
    size_t a = strlen(o->ship_to.name), c = strlen(o->ship_to.address);
    char *s = malloc(a + 2 + c + 1);

    if (!s)
        return OD_ENOMEM;
    memcpy(s, o->ship_to.name, a);
    memcpy(s + a, ", ", 2);
    memcpy(s + a + 2, o->ship_to.address, c + 1);
    free(o->ship_to.address);
    o->ship_to.address = s;
    return 0;
}

/* set_text for a field whose source is already recorded. */
static int set_text_nosrc(struct built *b, char **field, const struct ev *e)
{
    size_t n0 = b->n_src;
    int rc = set_text(b, field, "", e);

    if (rc == 0 && b->n_src > n0)
        b->n_src = n0;
    return rc;
}

static int set_text(struct built *b, char **field, const char *key, const struct ev *e)
{
    char buf[1024];
    const char *v = e->s ? e->s : e->v;
    size_t n = e->s ? strlen(e->s) : e->vn;

    /* Markdown bold around a value ("**Ship to:** Emma**") */
    while (n && v && (*v == '*' || *v == ' ')) {
        v++;
        n--;
    }
    while (n && v && (v[n - 1] == '*' || v[n - 1] == ' '))
        n--;
    if (v && strcmp(key, "customer.name") == 0)
        n = rid24_name_len(v, n); /* "… Pte. Ltd. (UEN 201812345K)" */
    if (*field || !v || !n)
        return 0;
    tr_clip(buf, sizeof(buf), v, n);
    if (od_str_set(field, buf, strlen(buf)) < 0)
        return OD_ENOMEM;
    return tr_add_src(b, key, e->line);
}

struct totals {
    od_money v[MAX_TOTALS];
    unsigned line[MAX_TOTALS];
    size_t n;
};

static int apply_label(struct built *b, const struct ev *e, struct totals *tot)
{
    struct od_order *o = b->o;
    const char *f = e->field;
    const struct od_field_path *fp;
    od_money *m;
    char *at;
    int rc;

    if (strcmp(f, "external_id") == 0) {
        if (!b->id[0]) {
            snprintf(b->id, sizeof(b->id), "%s", e->s);
            b->id_line = e->line;
            return 0;
        }
        if (strcmp(b->id, e->s) != 0)
            return tr_add_doubt(b, false,
                                "order number %s (line %u) differs from %s (line %u); %s was used",
                                e->s, e->line, b->id, b->id_line, b->id);
        return 0;
    }
    if (strcmp(f, "total") == 0) {
        if (tot->n < MAX_TOTALS) {
            tot->v[tot->n] = e->money;
            tot->line[tot->n++] = e->line;
        }
        return 0;
    }
    if (strcmp(f, "tax") == 0 && e->rate_bp && o->tax == OD_MONEY_NONE) {
        b->tax_rate_bp = e->rate_bp;
        b->tax_line = e->line;
    }
    /* the other labels fill an order field once, where fieldpath.c puts it */
    fp = od_field_path_find(f);
    if (!fp || fp->where != OD_FIELD_ORDER)
        return 0;
    at = (char *)o + fp->offset;
    switch (fp->kind) {
    case OD_FIELD_MONEY:
        m = (od_money *)at;
        if (*m != OD_MONEY_NONE)
            return 0;
        /* a discount is taken off however it is written ("优惠：-77.00") */
        *m = m == &o->discount && e->money < 0 ? -e->money : e->money;
        return tr_add_src(b, f, e->line);
    case OD_FIELD_CURRENCY:
        if (o->currency[0])
            return 0;
        memcpy(o->currency, e->code, 4);
        return tr_add_src(b, f, e->line);
    case OD_FIELD_TIME:
        if (*(od_time *)at != OD_TIME_NONE)
            return 0;
        *(od_time *)at = e->time;
        return tr_add_src(b, f, e->line);
    case OD_FIELD_TEXT:
        if ((char **)at == &o->ship_to.name &&
            (company_then_person(o->ship_to.name, e) || place_then_person(b, e))) {
            /* "Ship to: / Lim Kah Teck Trading Pte Ltd / … / Attn: Ms
             * Tan Mei Ling": the person receives, not the company; a
             * name read from the address's own line ("Ship to: Baan Suan
             * Spa (Nimman), 199/9 …") was the address's first part */
            if (src_line(b, "ship_to.name") == src_line(b, "ship_to.address") &&
                o->ship_to.address && (rc = name_into_address(o)) != 0)
                return rc;
            free(o->ship_to.name);
            o->ship_to.name = NULL;
            for (size_t i = 0; i < b->n_src; i++)
                if (strcmp(b->src[i].key, f) == 0)
                    b->src[i].line = e->line;
            return set_text_nosrc(b, &o->ship_to.name, e);
        }
        if ((char **)at == &o->ship_to.phone || (char **)at == &o->ship_to.address ||
            (char **)at == &o->customer.name) {
            bool *lh = (char **)at == &o->ship_to.phone     ? &b->lh_phone
                       : (char **)at == &o->ship_to.address ? &b->lh_address
                                                            : &b->lh_customer;

            if (*(char **)at && *lh && !e->letterhead) {
                /* "地址：…" under the buyer's letterhead, then "收货：…":
                 * the goods go where the ship-to says */
                free(*(char **)at);
                *(char **)at = NULL;
                for (size_t i = 0; i < b->n_src; i++)
                    if (strcmp(b->src[i].key, f) == 0)
                        b->src[i].line = e->line;
                *lh = false;
                return set_text_nosrc(b, (char **)at, e);
            }
            if (!*(char **)at)
                *lh = e->letterhead;
        }
        return set_text(b, (char **)at, f, e);
    default:
        return 0;
    }
}

static int apply_item(struct built *b, const struct ev *e, od_money *sum, od_money *tol)
{
    struct od_line *l;
    char buf[512], key[40], x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN];
    od_money total;
    od_price price = e->exact_e4 ? (od_price){e->exact_e4} : od_price_from_money(e->price);
    size_t i = b->o->n_lines;
    int rc;

    if (!od_price_amount(price, e->qty, &total)) {
        snprintf(buf, sizeof(buf), "line %u: quantity times unit price is too large", e->line);
        set_bad(b, buf);
        return 0;
    }
    if (e->amount != OD_MONEY_NONE) {
        od_money d = total - e->amount;

        if (d > e->tol || -d > e->tol) {
            rc = tr_add_doubt(b, false, "line %u: amount %s is not %lld x %s", e->line,
                              od_money_format(e->amount, x), (long long)e->qty,
                              od_price_format(price, y));
            if (rc < 0)
                return rc;
        }
        total = e->amount; /* the sender's figure, as the stated total is */
    } else {
        *tol += e->tol;
    }
    if (!od_money_add(*sum, total, sum)) {
        snprintf(buf, sizeof(buf), "line %u: the sum of the lines is too large", e->line);
        set_bad(b, buf);
        return 0;
    }
    rc = od_order_add_line(b->o, &l);
    if (rc < 0)
        return rc;
    l->qty = e->qty;
    l->unit_price = price;
    l->total = total;
    if (e->v && e->vn) {
        tr_clip(buf, sizeof(buf), e->v, e->vn);
        if (od_str_set(&l->sku, buf, strlen(buf)) < 0)
            return OD_ENOMEM;
        snprintf(key, sizeof(key), "lines[%zu].sku", i);
        if ((rc = tr_add_src(b, key, e->line)) < 0)
            return rc;
    }
    if (e->s || (e->t && e->tn)) {
        /* a title joined from a name and its specification is owned */
        tr_clip(buf, sizeof(buf), e->s ? e->s : e->t, e->s ? strlen(e->s) : e->tn);
        if (od_str_set(&l->title, buf, strlen(buf)) < 0)
            return OD_ENOMEM;
        snprintf(key, sizeof(key), "lines[%zu].title", i);
        if ((rc = tr_add_src(b, key, e->line)) < 0)
            return rc;
    }
    snprintf(key, sizeof(key), "lines[%zu].qty", i);
    if ((rc = tr_add_src(b, key, e->line)) < 0)
        return rc;
    snprintf(key, sizeof(key), "lines[%zu].unit_price", i);
    if ((rc = tr_add_src(b, key, e->price_line ? e->price_line : e->line)) < 0)
        return rc;
    snprintf(key, sizeof(key), "lines[%zu].total", i);
    if ((rc = tr_add_src(b, key, e->line)) < 0)
        return rc;
    b->n_items++;
    return 0;
}

static bool near(od_money a, od_money b, od_money tol)
{
    return a - b <= tol && b - a <= tol;
}

/* The stated totals against the lines: the total when one is the sum of
 * the lines plus shipping and tax less discount, a subtotal when one is
 * the sum of the lines alone; else the first is kept as stated and the
 * order is in doubt. Returns whether a stated total confirmed the
 * lines. */
static int check_total(struct built *b, const struct totals *tot, od_money sum, od_money tol,
                       bool *confirmed)
{
    struct od_order *o = b->o;
    od_money extra = 0, want;
    char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], z[OD_MONEY_STRLEN];
    bool fits;
    int rc;

    *confirmed = false;
    if (!tot->n)
        return 0;
    /* charges too large to add: no stated total is the sum */
    fits = od_order_charges(o, &extra) && od_money_add(sum, extra, &want);
    for (size_t i = 0; fits && i < tot->n; i++)
        if (near(tot->v[i], want, tol)) {
            o->total = tot->v[i];
            *confirmed = true;
            if ((rc = tr_add_src(b, "total", tot->line[i])) < 0)
                return rc;
            for (size_t k = 0; k < tot->n && extra; k++)
                if (near(tot->v[k], sum, tol)) {
                    o->subtotal = tot->v[k];
                    return tr_add_src(b, "subtotal", tot->line[k]);
                }
            return 0;
        }
    for (size_t i = 0; i < tot->n && extra; i++)
        if (near(tot->v[i], sum, tol)) {
            /* the goods alone: the total is computed with shipping and tax */
            o->subtotal = tot->v[i];
            *confirmed = true;
            return tr_add_src(b, "subtotal", tot->line[i]);
        }
    o->total = tot->v[0];
    if ((rc = tr_add_src(b, "total", tot->line[0])) < 0)
        return rc;
    if (extra)
        return tr_add_doubt(b, false,
                            "the stated total %s (line %u) is not the sum of the lines %s plus "
                            "shipping and tax less discount %s",
                            od_money_format(tot->v[0], x), tot->line[0], od_money_format(sum, y),
                            od_money_format(extra, z));
    return tr_add_doubt(b, false, "the stated total %s (line %u) is not the sum of the lines %s",
                        od_money_format(tot->v[0], x), tot->line[0], od_money_format(sum, y));
}

/* A tax whose label states its rate ("税额（13%）：493.80") against that
 * rate of the goods (the stated subtotal, else the lines): a tax that is
 * not it holds the order, whatever the totals say (the clerk keys the
 * total as written and asks). */
static int check_tax_rate(struct built *b, od_money sum, od_money tol)
{
    const struct od_order *o = b->o;
    od_money base = o->subtotal != OD_MONEY_NONE ? o->subtotal : sum, want;
    char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], z[OD_MONEY_STRLEN], rate[16];

    if (!b->tax_rate_bp || o->tax == OD_MONEY_NONE || base <= 0 || base > OD_MONEY_MAX / 10000)
        return 0;
    /* the goods' tax, or that of the goods and the shipping */
    if (o->shipping != OD_MONEY_NONE && o->shipping > 0 && o->shipping < OD_MONEY_MAX / 10000 &&
        near(o->tax, ((base + o->shipping) * (od_money)b->tax_rate_bp + 5000) / 10000,
             tol > 1 ? tol : 1))
        return 0;
    want = (base * (od_money)b->tax_rate_bp + 5000) / 10000;
    if (near(o->tax, want, tol > 1 ? tol : 1))
        return 0;
    if (b->tax_rate_bp % 100 == 0)
        snprintf(rate, sizeof(rate), "%u%%", b->tax_rate_bp / 100);
    else
        snprintf(rate, sizeof(rate), "%u.%02u%%", b->tax_rate_bp / 100, b->tax_rate_bp % 100);
    return tr_add_doubt(b, false, "tax %s (line %u) is not %s of %s (that is %s)",
                        od_money_format(o->tax, x), b->tax_line, rate, od_money_format(base, y),
                        od_money_format(want, z));
}

/* The receiver read below the items and its phone or address above them
 * (or the other way round): a letterhead's or a buyer's contact may have
 * been taken for the ship-to's. Held for the clerk. */
static int check_ship_sides(struct built *b, unsigned first_item, unsigned last_item)
{
    static const char *const keys[] = {"ship_to.phone", "ship_to.address"};
    unsigned nl = src_line(b, "ship_to.name");

    if (!nl || !first_item || nl == TR_SRC_MESSAGE)
        return 0;
    for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
        unsigned l = src_line(b, keys[k]);

        if (!l || l == TR_SRC_MESSAGE)
            continue;
        if ((l < first_item && nl > last_item) || (nl < first_item && l > last_item))
            return tr_add_doubt(b, false,
                                "%s (line %u) and ship_to.name (line %u) were read on either "
                                "side of the items (lines %u-%u); check that they belong to "
                                "one receiver",
                                keys[k], l, nl, first_item, last_item);
    }
    return 0;
}

/* More digits in the phone's leading number than one number has
 * (E.164: at most 15): "0728-6283315  13972810046" is two numbers parted
 * by spaces. Kept as written, as two numbers joined by '/' are; held,
 * since clerks differ on keying one or both. An extension after its
 * word ("分機 23", "ext. 12") ends the count. */
static int check_phone_digits(struct built *b)
{
    const char *ph = b->o->ship_to.phone;
    unsigned digits = 0;

    if (!ph)
        return 0;
    for (const char *c = ph; *c; c++) {
        if (*c >= '0' && *c <= '9')
            digits++;
        else if (*c == '/' || *c == ',' || *c == '|')
            return 0; /* joined: the reader that joined them said so */
        else if (strncmp(c, "\u3000", 3) == 0)
            c += 2; /* a full-width space */
        else if (!strchr(" +-().", *c))
            break;
    }
    if (digits <= 15)
        return 0;
    return tr_add_doubt(b, false,
                        "ship_to.phone '%s' holds %u digits, more than one number has: two "
                        "numbers? keep the one the carrier calls",
                        ph, digits);
}

int tr_build(struct pass *p, unsigned blk, size_t from, size_t to, struct built *b)
{
    unsigned first_item = 0, last_item = 0;
    struct totals tot = {.n = 0};
    od_money sum = 0, tol = 0;
    bool confirmed;
    int rc = 0;

    b->o = od_order_new();
    if (!b->o)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = from; i < to && rc == 0; i++) {
        const struct ev *e = &p->ev[i];

        if (e->blk != blk)
            continue;
        switch (e->kind) {
        case EV_LABEL:
            rc = apply_label(b, e, &tot);
            break;
        case EV_ITEM:
            rc = apply_item(b, e, &sum, &tol);
            if (!first_item || e->line < first_item)
                first_item = e->line;
            if (e->line > last_item)
                last_item = e->line;
            break;
        case EV_TOTALROW:
            if (tot.n < MAX_TOTALS) {
                tot.v[tot.n] = e->money;
                tot.line[tot.n++] = e->line;
            }
            break;
        case EV_ERROR:
            set_bad(b, e->s);
            break;
        case EV_DOUBT:
            rc = tr_add_doubt(b, e->soft, "%s", e->s);
            break;
        }
    }
    if (rc < 0)
        return rc;
    rc = check_total(b, &tot, sum, tol, &confirmed);
    if (rc == 0)
        rc = check_tax_rate(b, sum, tol);
    if (rc == 0)
        rc = check_ship_sides(b, first_item, last_item);
    if (rc == 0)
        rc = check_phone_digits(b);
    if (rc < 0)
        return rc;
    if (confirmed)
        for (size_t i = 0; i < b->n_doubts; i++)
            if (b->soft[i]) {
                free(b->doubts[i]);
                b->doubts[i] = NULL;
            }
    return 0;
}

/* o->extraction: the doubts and the sources. */
int tr_finish_extraction(struct built *b)
{
    struct od_order *o = b->o;
    struct od_buf j;
    int rc = 0;

    for (size_t i = 0; i < b->n_doubts && rc == 0; i++)
        if (b->doubts[i])
            rc = od_order_add_doubt(o, b->doubts[i]);
    if (rc == 0 && b->more_doubts) {
        char msg[64];

        snprintf(msg, sizeof(msg), "and %zu more doubts like these", b->more_doubts);
        rc = od_order_add_doubt(o, msg);
    }
    if (rc < 0)
        return rc;
    if (!o->extraction && !(o->extraction = calloc(1, sizeof(*o->extraction))))
        return od_error_set(OD_ENOMEM, "out of memory");
    /* at most 2000 lines x 5 fields plus the order's: some 500 KiB */
    od_buf_init(&j, (size_t)1 << 20);
    rc = od_buf_addc(&j, '{');
    for (size_t i = 0; i < b->n_src && rc == 0; i++) {
        if (b->src[i].line == TR_SRC_MESSAGE)
            rc = od_buf_printf(&j, "%s\"%s\": \"message\"", i ? ", " : "", b->src[i].key);
        else if (b->src[i].line)
            rc = od_buf_printf(&j, "%s\"%s\": \"line %u\"", i ? ", " : "", b->src[i].key,
                               b->src[i].line);
        else
            rc = od_buf_printf(&j, "%s\"%s\": \"subject\"", i ? ", " : "", b->src[i].key);
    }
    if (rc == 0)
        rc = od_buf_addc(&j, '}');
    if (rc == 0) {
        free(o->extraction->sources);
        o->extraction->sources = od_buf_steal(&j);
        if (!o->extraction->sources)
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    od_buf_free(&j);
    return rc < 0 ? OD_ENOMEM : 0;
}

/* Fields the later orders of a mail take from the first when they lack
 * them: who orders, in what currency, when. */
int tr_inherit(struct built *dst, const struct built *first)
{
    const struct od_order *f = first->o;
    struct od_order *o = dst->o;
    int rc = 0;

    for (size_t i = 0; i < first->n_src && rc == 0; i++) {
        const char *k = first->src[i].key;

        if (strcmp(k, "customer.name") == 0 && !o->customer.name && f->customer.name)
            rc = od_str_set(&o->customer.name, f->customer.name, strlen(f->customer.name));
        else if (strcmp(k, "customer.email") == 0 && !o->customer.email && f->customer.email)
            rc = od_str_set(&o->customer.email, f->customer.email, strlen(f->customer.email));
        else if (strcmp(k, "currency") == 0 && !o->currency[0])
            memcpy(o->currency, f->currency, 4);
        else if (strcmp(k, "placed_at") == 0 && o->placed_at == OD_TIME_NONE)
            o->placed_at = f->placed_at;
        else
            continue;
        if (rc == 0)
            rc = tr_add_src(dst, k, first->src[i].line);
    }
    return rc < 0 ? OD_ENOMEM : 0;
}
