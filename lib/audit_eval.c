/* What every audit rule shares while one order is evaluated: messages,
 * evidence (json-c), recording a rule that fired, lookups in the batch
 * index and the formats of times and percentages (see audit_int.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- evaluation of one order ------------------------------------------------- */

void audit_oom(struct eval *e)
{
    e->err = OD_ENOMEM;
}

void audit_msg_printf(struct eval *e, struct od_buf *b, const char *fmt, ...)
{
    char tmp[MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (od_buf_adds(b, tmp) == OD_ENOMEM)
        audit_oom(e);
}

/* Outside text into a message (bounded, valid UTF-8). */
void audit_msg_text(struct eval *e, struct od_buf *b, const char *s)
{
    if (audit_add_text(b, s, EXCERPT_MAX) == OD_ENOMEM)
        audit_oom(e);
}

/* ---- evidence (json-c) ---- */

struct json_object *audit_jobj(struct eval *e)
{
    struct json_object *o = json_object_new_object();

    if (!o)
        audit_oom(e);
    return o;
}

void audit_jput(struct eval *e, struct json_object *o, const char *k, struct json_object *v,
                bool is_null)
{
    if (!o) {
        json_object_put(v);
        return;
    }
    if (!v && !is_null) {
        audit_oom(e);
        return;
    }
    if (json_object_object_add(o, k, v) != 0) {
        json_object_put(v);
        audit_oom(e);
    }
}

/* Outside text, cleaned (valid UTF-8, bounded); NULL s gives null. */
static struct json_object *jclean(struct eval *e, const char *s);

/* Outside text, cleaned (valid UTF-8, bounded); NULL s gives null. */
void audit_jtext(struct eval *e, struct json_object *o, const char *k, const char *s)
{
    if (!s)
        audit_jput(e, o, k, NULL, true);
    else
        audit_jput(e, o, k, jclean(e, s), false);
}

void audit_jint(struct eval *e, struct json_object *o, const char *k, int64_t v)
{
    audit_jput(e, o, k, json_object_new_int64(v), false);
}

void audit_jbool(struct eval *e, struct json_object *o, const char *k, bool v)
{
    audit_jput(e, o, k, json_object_new_boolean(v), false);
}

void audit_jmoney(struct eval *e, struct json_object *o, const char *k, od_money m)
{
    char buf[OD_MONEY_STRLEN];

    if (m == OD_MONEY_NONE)
        audit_jput(e, o, k, NULL, true);
    else
        audit_jput(e, o, k, json_object_new_string(od_money_format(m, buf)), false);
}

void audit_jprice(struct eval *e, struct json_object *o, const char *k, od_price p)
{
    char buf[OD_MONEY_STRLEN];

    if (od_price_is_none(p))
        audit_jput(e, o, k, NULL, true);
    else
        audit_jput(e, o, k, json_object_new_string(od_price_format(p, buf)), false);
}

void audit_jtime(struct eval *e, struct json_object *o, const char *k, od_time t)
{
    char buf[OD_TIME_STRLEN];

    if (t == OD_TIME_NONE)
        audit_jput(e, o, k, NULL, true);
    else
        audit_jput(e, o, k, json_object_new_string(od_time_format(t, buf)), false);
}

/* A JSON string of outside text, cleaned; NULL when out of memory. */
static struct json_object *jclean(struct eval *e, const char *s)
{
    struct json_object *v = NULL;
    struct od_buf b;

    od_buf_init(&b, EVIDENCE_TEXT * 2);
    if (audit_add_text(&b, s, EVIDENCE_TEXT) == 0)
        v = json_object_new_string_len(b.data ? b.data : "", (int)b.len);
    if (!v)
        audit_oom(e);
    od_buf_free(&b);
    return v;
}

void audit_jlist(struct eval *e, struct json_object *o, const char *k, const char *const *items,
                 size_t n)
{
    struct json_object *a = json_object_new_array();

    if (!a) {
        audit_oom(e);
        return;
    }
    for (size_t i = 0; i < n && !e->err; i++) {
        struct json_object *s = jclean(e, items[i]);

        if (s && json_object_array_add(a, s) != 0) {
            json_object_put(s);
            audit_oom(e);
        }
    }
    audit_jput(e, o, k, a, false);
}

/* ---- recording a fired rule ---- */

/* Record that `r` fired with message `msg` (taken) and evidence `ev`
 * (taken; "verdict" is added). */
void audit_fire(struct eval *e, const struct od_rule *r, struct od_buf *msg, struct json_object *ev,
                const char *verdict)
{
    struct od_audit_reason *x;
    const char *js;

    if (e->err || e->n_fired >= REASONS_PER_RULE)
        goto out;
    audit_jput(e, ev, "verdict", json_object_new_string(verdict), false);
    if (e->err || !ev)
        goto out;
    if (e->n_reasons == e->cap_reasons) {
        size_t cap = e->cap_reasons ? e->cap_reasons * 2 : 8;
        struct od_audit_reason *p = realloc(e->reasons, cap * sizeof(*p));

        if (!p) {
            audit_oom(e);
            goto out;
        }
        e->reasons = p;
        e->cap_reasons = cap;
    }
    x = &e->reasons[e->n_reasons];
    memset(x, 0, sizeof(*x));
    js =
        json_object_to_json_string_ext(ev, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    x->rule = strdup(r->id ? r->id : "");
    x->message = od_buf_steal(msg);
    x->evidence = js ? strdup(js) : NULL;
    if (!x->rule || !x->message || !x->evidence) {
        free(x->rule);
        free(x->message);
        free(x->evidence);
        audit_oom(e);
        goto out;
    }
    e->n_reasons++;
    e->n_fired++;
out:
    od_buf_free(msg);
    json_object_put(ev);
}

/* Effects of a rule that fired (once per rule, whatever the reasons). */
void audit_act(struct eval *e, const struct od_rule *r)
{
    switch (r->action) {
    case OD_ACTION_HOLD:
        if (r->type == OD_RULE_WAIT)
            e->wait = true;
        else
            e->hold = true;
        break;
    case OD_ACTION_REJECT:
        e->reject = true;
        break;
    case OD_ACTION_TAG: {
        const char *tag = r->tag ? r->tag : r->id;
        const char **t;

        if (!tag)
            break;
        t = realloc(e->tags, (e->n_tags + 1) * sizeof(*t));
        if (!t) {
            audit_oom(e);
            break;
        }
        e->tags = t;
        e->tags[e->n_tags++] = tag;
        break;
    }
    case OD_ACTION_SET_PRIORITY:
        e->priority = r->priority ? r->priority : "urgent";
        break;
    }
}

/* ---- lookups ---- */

const struct od_ref_stock *audit_stock_row(struct eval *e, const char *sku, const char *wh)
{
    size_t i;

    /* A SKU that does not fit od_reservation.sku cannot be reserved. */
    if (strlen(sku) >= sizeof(((struct od_reservation *)0)->sku))
        return NULL;
    i = audit_hmap_first(&e->b->stock, sku, wh);
    return i == HNIL ? NULL : &e->ref->stock[e->b->stock.e[i].idx];
}

const struct od_ref_product *audit_product(struct eval *e, const char *sku)
{
    size_t i = audit_hmap_first(&e->b->products, sku, NULL);

    return i == HNIL ? NULL : &e->ref->products[e->b->products.e[i].idx];
}

static int64_t mul_sat(int64_t a, int64_t b)
{
    int64_t r;

    if (a <= 0 || b <= 0)
        return 0;
    if (__builtin_mul_overflow(a, b, &r))
        return INT64_MAX;
    return r;
}

static int need_cmp(const void *a, const void *b)
{
    return strcmp(((const struct need *)a)->sku, ((const struct need *)b)->sku);
}

struct need *audit_needs_of(struct eval *e, size_t *n_out)
{
    struct od_order *o = e->o;
    struct need *v = calloc(o->n_lines ? o->n_lines : 1, sizeof(*v));
    size_t n = 0, m = 0;

    *n_out = 0;
    if (!v) {
        audit_oom(e);
        return NULL;
    }
    for (size_t i = 0; i < o->n_lines; i++) {
        if (audit_blank(o->lines[i].sku))
            continue;
        v[n].sku = o->lines[i].sku;
        v[n].units = mul_sat(o->lines[i].qty, e->mult[i]);
        n++;
    }
    qsort(v, n, sizeof(*v), need_cmp);
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && strcmp(v[m - 1].sku, v[i].sku) == 0) {
            int64_t s;

            v[m - 1].units = __builtin_add_overflow(v[m - 1].units, v[i].units, &s) ? INT64_MAX : s;
        } else {
            v[m++] = v[i];
        }
    }
    *n_out = m;
    return v;
}

/* "24 小时" / "24 hours" for a window. */
void audit_fmt_window(struct eval *e, int64_t ms, char *buf, size_t len)
{
    const struct {
        int64_t ms;
        const char *zh, *one, *many;
    } units[] = {
        {86400000, "天", "day", "days"},
        {3600000, "小时", "hour", "hours"},
        {60000, "分钟", "minute", "minutes"},
        {1000, "秒", "second", "seconds"},
        {1, "毫秒", "millisecond", "milliseconds"},
    };

    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        long long n;

        if (ms % units[i].ms != 0)
            continue;
        n = (long long)(ms / units[i].ms);
        if (e->en)
            snprintf(buf, len, "%lld %s", n, n == 1 ? units[i].one : units[i].many);
        else
            snprintf(buf, len, "%lld %s", n, units[i].zh);
        return;
    }
    snprintf(buf, len, "%lldms", (long long)ms);
}

/* A time for clerks: Beijing time in Chinese, UTC in English. */
void audit_fmt_clock(struct eval *e, od_time t, char *buf, size_t len)
{
    time_t s = (time_t)((t + (e->en ? 0 : INT64_C(8) * 3600 * 1000000)) / 1000000);
    struct tm tm;

    if (t == OD_TIME_NONE || !gmtime_r(&s, &tm)) {
        snprintf(buf, len, "?");
        return;
    }
    snprintf(buf, len, "%04d-%02d-%02d %02d:%02d%s", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
             tm.tm_hour, tm.tm_min, e->en ? " UTC" : "（北京时间）");
}

/* "5" or "2.5" for basis points. */
void audit_fmt_pct(int64_t bp, char *buf, size_t len)
{
    if (bp % 100 == 0)
        snprintf(buf, len, "%lld", (long long)(bp / 100));
    else if (bp % 10 == 0)
        snprintf(buf, len, "%lld.%lld", (long long)(bp / 100), (long long)(bp % 100 / 10));
    else
        snprintf(buf, len, "%lld.%02lld", (long long)(bp / 100), (long long)(bp % 100));
}
