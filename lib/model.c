/* The normalized order (see model.h). */
#include "model.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "invoice.h"

static const char *const status_names[] = {
    [OD_STATUS_NONE] = NULL,
    [OD_STATUS_PENDING_PAYMENT] = "pending_payment",
    [OD_STATUS_PAID] = "paid",
    [OD_STATUS_PARTIALLY_SHIPPED] = "partially_shipped",
    [OD_STATUS_SHIPPED] = "shipped",
    [OD_STATUS_COMPLETED] = "completed",
    [OD_STATUS_CANCELLED] = "cancelled",
    [OD_STATUS_REFUNDED] = "refunded",
};

#define N_STATUS (sizeof(status_names) / sizeof(status_names[0]))

const char *od_status_name(enum od_status s)
{
    if ((unsigned)s >= N_STATUS)
        return NULL;
    return status_names[s];
}

enum od_status od_status_from_name(const char *s)
{
    size_t i;

    if (!s)
        return OD_STATUS_NONE;
    for (i = 1; i < N_STATUS; i++)
        if (strcmp(s, status_names[i]) == 0)
            return (enum od_status)i;
    return OD_STATUS_NONE;
}

struct od_order *od_order_new(void)
{
    struct od_order *o = calloc(1, sizeof(*o));

    if (!o) {
        od_error_set(OD_ENOMEM, "out of memory allocating an order");
        return NULL;
    }
    o->placed_at = OD_TIME_NONE;
    o->paid_at = OD_TIME_NONE;
    o->updated_at = OD_TIME_NONE;
    o->subtotal = OD_MONEY_NONE;
    o->shipping = OD_MONEY_NONE;
    o->discount = OD_MONEY_NONE;
    o->tax = OD_MONEY_NONE;
    o->total = OD_MONEY_NONE;
    return o;
}

static void party_free(struct od_party *p)
{
    free(p->ref);
    free(p->name);
    free(p->phone);
    free(p->email);
}

static void address_free(struct od_address *a)
{
    free(a->name);
    free(a->phone);
    free(a->country);
    free(a->province);
    free(a->city);
    free(a->district);
    free(a->address);
    free(a->postal_code);
}

static void invoice_free(struct od_invoice *v)
{
    free(v->type);
    free(v->medium);
    free(v->title);
    free(v->tax_id);
    free(v->email);
    free(v->address);
    free(v->phone);
    free(v->bank);
    free(v->account);
}

void od_order_free(struct od_order *o)
{
    size_t i;

    if (!o)
        return;
    free(o->channel);
    free(o->external_id);
    free(o->revision);
    free(o->channel_status);
    party_free(&o->customer);
    address_free(&o->ship_to);
    if (o->lines) {
        for (i = 0; i < o->n_lines; i++) {
            free(o->lines[i].sku);
            free(o->lines[i].channel_sku);
            free(o->lines[i].title);
        }
    }
    free(o->lines);
    free(o->buyer_note);
    free(o->seller_note);
    free(o->priority);
    if (o->tags) {
        for (i = 0; i < o->n_tags; i++)
            free(o->tags[i]);
    }
    free(o->tags);
    free(o->audit.outcome);
    if (o->audit.reasons) {
        for (i = 0; i < o->audit.n_reasons; i++) {
            free(o->audit.reasons[i].rule);
            free(o->audit.reasons[i].message);
            free(o->audit.reasons[i].evidence);
        }
    }
    free(o->audit.reasons);
    if (o->extraction) {
        for (i = 0; i < o->extraction->n_doubts; i++)
            free(o->extraction->doubts[i]);
        free(o->extraction->doubts);
        free(o->extraction->sources);
        free(o->extraction);
    }
    invoice_free(&o->invoice);
    free(o);
}

int od_str_set(char **field, const char *s, size_t len)
{
    char *copy = NULL;
    int rc = 0;

    if (s) {
        if (len == SIZE_MAX) {
            rc = od_error_set(OD_ETOOBIG, "string too long");
            goto out;
        }
        copy = malloc(len + 1);
        if (!copy) {
            rc = od_error_set(OD_ENOMEM, "out of memory copying a %zu-byte string", len);
            goto out;
        }
        if (len)
            memcpy(copy, s, len);
        copy[len] = '\0';
    }
    free(*field);
    *field = copy;
out:
    return rc;
}

/* The lines array holds no capacity field: its capacity is implied by the
 * count, 8 and then the next power of two, so adding n lines copies O(n)
 * elements in all (an order of 15,000 CSV rows grew one element at a time,
 * which is quadratic wherever realloc cannot grow in place). */
static bool grow_at(size_t n)
{
    return n == 0 || (n >= 8 && (n & (n - 1)) == 0);
}

static size_t grown(size_t n)
{
    return n == 0 ? 8 : 2 * n;
}

int od_order_add_line(struct od_order *o, struct od_line **out)
{
    struct od_line *lines, *l;
    size_t n = o->n_lines;
    int rc = 0;

    if (n >= (size_t)INT_MAX || grown(n) > SIZE_MAX / sizeof(*lines)) {
        rc = od_error_set(OD_ETOOBIG, "too many order lines");
        goto out;
    }
    if (grow_at(n)) {
        lines = realloc(o->lines, grown(n) * sizeof(*lines));
        if (!lines) {
            rc = od_error_set(OD_ENOMEM, "out of memory adding order line %zu", n + 1);
            goto out;
        }
        o->lines = lines;
    }
    lines = o->lines;
    l = &lines[n];
    memset(l, 0, sizeof(*l));
    l->line_no = (int)(n + 1);
    l->unit_price = OD_MONEY_NONE;
    l->discount = OD_MONEY_NONE;
    l->total = OD_MONEY_NONE;
    o->n_lines = n + 1;
    *out = l;
out:
    return rc;
}

int od_order_add_tag(struct od_order *o, const char *tag)
{
    char **tags;
    char *copy = NULL;
    size_t n = o->n_tags;
    int rc = 0;

    if (!tag) {
        rc = od_error_set(OD_EINVAL, "tag %zu: no text", n + 1);
        goto out;
    }
    if (n + 1 > SIZE_MAX / sizeof(*tags)) {
        rc = od_error_set(OD_ETOOBIG, "too many tags");
        goto out;
    }
    rc = od_str_set(&copy, tag, strlen(tag));
    if (rc < 0)
        goto out;
    tags = realloc(o->tags, (n + 1) * sizeof(*tags));
    if (!tags) {
        rc = od_error_set(OD_ENOMEM, "out of memory adding tag %zu", n + 1);
        goto out;
    }
    o->tags = tags;
    tags[n] = copy;
    copy = NULL;
    o->n_tags = n + 1;
out:
    free(copy);
    return rc;
}

static bool money_in_range(od_money m)
{
    return m == OD_MONEY_NONE || (m >= -OD_MONEY_MAX && m <= OD_MONEY_MAX);
}

static od_money or_zero(od_money m)
{
    return m == OD_MONEY_NONE ? 0 : m;
}

/* The total of line `l`: its own when given, else qty * unit_price -
 * discount. Called after the line was checked. */
static bool line_total(const struct od_line *l, od_money *out)
{
    od_money gross;

    if (l->total != OD_MONEY_NONE) {
        *out = l->total;
        return true;
    }
    return od_money_mul(l->unit_price, l->qty, &gross) &&
           od_money_add(gross, -or_zero(l->discount), out);
}

bool od_order_charges(const struct od_order *o, od_money *out)
{
    od_money t;

    return od_money_add(or_zero(o->shipping), or_zero(o->tax), &t) &&
           od_money_add(t, -or_zero(o->discount), out);
}

/* Checks first, changes after: on failure the order is left as it was. */
int od_order_finish(struct od_order *o)
{
    od_money subtotal = 0, total, t, sum;
    char *priority = NULL;
    size_t i;
    int rc = 0;

    if (!o->external_id || !*o->external_id) {
        rc = od_error_set(OD_EINVAL, "missing external_id");
        goto out;
    }
    if (!od_status_name(o->status)) {
        rc = od_error_set(OD_EINVAL, "missing status");
        goto out;
    }
    if (!o->currency[0]) {
        rc = od_error_set(OD_EINVAL, "missing currency");
        goto out;
    }
    if (o->n_lines == 0) {
        rc = od_error_set(OD_EINVAL, "no lines");
        goto out;
    }
    for (i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];

        if (l->qty <= 0) {
            rc = od_error_set(OD_EINVAL, "line %zu: qty must be > 0", i + 1);
            goto out;
        }
        if (l->unit_price == OD_MONEY_NONE) {
            rc = od_error_set(OD_EINVAL, "line %zu: missing unit_price", i + 1);
            goto out;
        }
        if (!money_in_range(l->unit_price) || !money_in_range(l->discount) ||
            !money_in_range(l->total)) {
            rc = od_error_set(OD_EINVAL, "line %zu: amount out of range", i + 1);
            goto out;
        }
        if (!line_total(l, &t)) {
            rc = od_error_set(OD_EINVAL, "line %zu: amount overflows (qty * unit_price - discount)",
                              i + 1);
            goto out;
        }
        if (!od_money_add(subtotal, t, &sum)) {
            rc = od_error_set(OD_EINVAL, "subtotal overflows at line %zu", i + 1);
            goto out;
        }
        subtotal = sum;
    }
    if (!money_in_range(o->subtotal) || !money_in_range(o->shipping) ||
        !money_in_range(o->discount) || !money_in_range(o->tax) || !money_in_range(o->total)) {
        rc = od_error_set(OD_EINVAL, "order amount out of range");
        goto out;
    }
    if (o->subtotal != OD_MONEY_NONE)
        subtotal = o->subtotal;
    total = o->total;
    if (total == OD_MONEY_NONE) {
        if (!od_money_add(subtotal, or_zero(o->shipping), &t) ||
            !od_money_add(t, -or_zero(o->discount), &t) ||
            !od_money_add(t, or_zero(o->tax), &total)) {
            rc = od_error_set(OD_EINVAL, "total overflows");
            goto out;
        }
    }
    if (!o->priority) {
        rc = od_str_set(&priority, "normal", 6);
        if (rc < 0)
            goto out;
    }
    rc = od_invoice_finish(&o->invoice);
    if (rc < 0)
        goto out;

    for (i = 0; i < o->n_lines; i++) {
        struct od_line *l = &o->lines[i];

        line_total(l, &t);
        l->total = t;
    }
    o->subtotal = subtotal;
    o->shipping = or_zero(o->shipping);
    o->discount = or_zero(o->discount);
    o->tax = or_zero(o->tax);
    o->total = total;
    if (priority) {
        o->priority = priority;
        priority = NULL;
    }
out:
    free(priority);
    return rc;
}

int od_order_add_doubt(struct od_order *o, const char *doubt)
{
    char **v, *copy;

    if (!o->extraction && !(o->extraction = calloc(1, sizeof(*o->extraction))))
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!(copy = strdup(doubt ? doubt : "")))
        return od_error_set(OD_ENOMEM, "out of memory");
    v = realloc(o->extraction->doubts, (o->extraction->n_doubts + 1) * sizeof(*v));
    if (!v) {
        free(copy);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    o->extraction->doubts = v;
    v[o->extraction->n_doubts++] = copy;
    return 0;
}
