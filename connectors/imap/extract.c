/* E-mail order extraction (extract.h): attachments through the feed's
 * parsers (CSV, NDJSON, JSON; XLSX converted to CSV first), then, when
 * no attachment gave an order, the text bodies through the purchase
 * order reader (text.c). What finds nothing becomes one dead letter
 * with the whole message and a reason a clerk can act on. */
#include <gnutls/crypto.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bodystated.h"
#include "bodytotal.h"
#include "invoicefields.h"
#include "listcurrency.h"
#include "charset.h"
#include "docfields.h"
#include "error.h"
#include "fieldcheck.h"
#include "receiverdoubt.h"
#include "fieldpath.h"
#include "extract.h"
#include "feed/feed.h"
#include "grid.h"
#include "listplace.h"
#include "namecase.h"
#include "mail.h"
#include "mailkind.h"
#include "pdf.h"
#include "sheet.h"
#include "textchar.h"
#include "textread.h"
#include "xls.h"
#include "xlsx.h"

#define REASON_MAX 512
#define ADDR_MAX   254 /* bytes of a From address named in a dead letter's ref */

static const char *const statuses[] = {"pending_payment", "paid",      "partially_shipped",
                                       "shipped",         "completed", "cancelled",
                                       "refunded",        NULL};

/* Descriptions of the keys that a sender's template shares with the
 * channel's section. */
static const char d_columns[] =
    "attachments: normalized field path -> column header (default: field paths or known labels)";
static const char d_status_map[] = "attachments: status value in the file -> normalized status";
static const char d_sheet[] = "xlsx and xls attachments: worksheet name (default: the first)";
static const char d_table[] =
    "sheets: the item table's header row as a range, A8:F40 or A8 (default: found)";
static const char d_encoding[] =
    "text without a charset label: auto (UTF-8 when valid, else GB18030) or a charset name";
static const char d_timezone[] = "IANA zone of dates written without an offset";
static const char d_currency[] = "ISO 4217 currency when the mail names none";
static const char d_default_status[] = "status of orders whose data has none";
static const char d_labels[] =
    "extra text labels: field -> \"标签|Label 2\", added to the defaults";

#define K(f) offsetof(struct imap_extract_settings, f)

/* A template's keys: no defaults (what is not given is the channel's);
 * how each overlays the channel's is in overlay_fields(). */
const struct od_config_key imap_extract_sender_keys[] = {
    {"labels", OD_KEY_MAP, NULL, K(labels), d_labels, NULL, false},
    {"columns", OD_KEY_MAP, NULL, K(columns), d_columns, NULL, false},
    {"status_map", OD_KEY_MAP, NULL, K(status_map), d_status_map, NULL, false},
    {"sheet", OD_KEY_STRING, NULL, K(sheet), d_sheet, NULL, false},
    {"table", OD_KEY_STRING, NULL, K(table), d_table, NULL, false},
    {"encoding", OD_KEY_STRING, NULL, K(encoding), d_encoding, NULL, false},
    {"timezone", OD_KEY_STRING, NULL, K(timezone), d_timezone, NULL, false},
    {"currency", OD_KEY_STRING, NULL, K(currency), d_currency, NULL, false},
    {"default_status", OD_KEY_ENUM, NULL, K(default_status), d_default_status, statuses, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

const struct od_config_key imap_extract_keys[] = {
    {"sources", OD_KEY_LIST, "[attachments, body]", K(sources),
     "what to read: attachments, body (the body only when no attachment gave an order)", NULL,
     false},
    {"columns", OD_KEY_MAP, NULL, K(columns), d_columns, NULL, false},
    {"status_map", OD_KEY_MAP, NULL, K(status_map), d_status_map, NULL, false},
    {"sheet", OD_KEY_STRING, NULL, K(sheet), d_sheet, NULL, false},
    {"table", OD_KEY_STRING, NULL, K(table), d_table, NULL, false},
    {"encoding", OD_KEY_STRING, "auto", K(encoding), d_encoding, NULL, false},
    {"timezone", OD_KEY_STRING, "Asia/Shanghai", K(timezone), d_timezone, NULL, false},
    {"currency", OD_KEY_STRING, "CNY", K(currency), d_currency, NULL, false},
    {"default_status", OD_KEY_ENUM, "pending_payment", K(default_status), d_default_status,
     statuses, false},
    {"labels", OD_KEY_MAP, NULL, K(labels), d_labels, NULL, false},
    {"max_attachments", OD_KEY_SIZE, "20", K(max_attachments),
     "attachments read per message; the rest are skipped", NULL, false},
    {"max_depth", OD_KEY_SIZE, "10", K(max_depth), "MIME nesting levels read", NULL, false},
    {"max_xlsx_uncompressed", OD_KEY_SIZE, "64MiB", K(max_xlsx_uncompressed),
     "xlsx: bytes one workbook may unpack to (zip bombs)", NULL, false},
    {"own_addresses", OD_KEY_LIST, NULL, K(own_addresses),
     "the seller's own addresses and domains: their mail is no customer's order unless it "
     "forwards one",
     NULL, false},
    {"senders", OD_KEY_SECTION_MAP, NULL, K(senders),
     "per-sender templates: From address or domain -> labels, columns, status_map, sheet, table, "
     "encoding, timezone, currency, default_status over the channel's",
     NULL, false, imap_extract_sender_keys, sizeof(struct imap_extract_settings),
     imap_extract_sender_name},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef K

/* ---- settings -------------------------------------------------------- */

static const char *or_default(const char *v, const char *def)
{
    return v && v[0] ? v : def;
}

static bool use_source(const struct imap_extract_settings *s, const char *what)
{
    if (!s->sources.n)
        return true;
    for (size_t i = 0; i < s->sources.n; i++)
        if (strcmp(s->sources.items[i], what) == 0)
            return true;
    return false;
}

static bool is_code(const char *c)
{
    return strlen(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
           c[2] >= 'A' && c[2] <= 'Z';
}

static bool is_item_column(const char *f)
{
    static const char *const cols[] = {"lines.sku",        "lines.title", "lines.qty",
                                       "lines.unit_price", "lines.total", NULL};

    for (size_t i = 0; cols[i]; i++)
        if (strcmp(cols[i], f) == 0)
            return true;
    return false;
}

/* ---- senders' templates ---------------------------------------------- */

/* A domain name: labels of letters, digits and '-' (or UTF-8 bytes), 1
 * to 63 bytes each, not starting or ending with '-'; at least two. */
static bool is_domain(const char *d)
{
    size_t n = strlen(d), labels = 0, len = 0;

    if (n == 0 || n > 253)
        return false;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = (unsigned char)d[i];

        if (c == '.' || c == '\0') {
            if (len == 0 || len > 63 || d[i - 1] == '-')
                return false;
            labels++;
            len = 0;
            continue;
        }
        if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || (c == '-' && len > 0)))
            return false;
        len++;
    }
    return labels >= 2;
}

/* The local part of an address as people write it: 1 to 64 printable
 * bytes without spaces, quotes or the specials of RFC 5322. */
static bool is_local_part(const char *p, size_t n)
{
    if (n == 0 || n > 64 || p[0] == '.' || p[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];

        if (c <= 0x20 || c == 0x7f || strchr("\"(),:;<>@[\\]", c))
            return false;
    }
    return true;
}

static const char *sender_name_why(const char *name)
{
    const char *at = strchr(name, '@');

    if (at ? is_local_part(name, (size_t)(at - name)) && is_domain(at + 1) : is_domain(name))
        return NULL;
    return "is neither an address (local@domain) nor a domain (acme.com)";
}

const char *imap_extract_sender_name(char *name)
{
    const char *why = sender_name_why(name);

    if (why)
        return why;
    for (char *c = name; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return NULL;
}

const struct imap_extract_settings *imap_extract_template(const struct imap_extract_settings *s,
                                                          const char *from, const char **ret_name)
{
    const char *at = from ? strrchr(from, '@') : NULL;
    const char *dom;
    size_t dl, best = 0, best_len = 0;

    if (!s || !s->senders.n || !s->senders.names || !at || at == from || !at[1])
        return NULL;
    dom = at + 1;
    dl = strlen(dom);
    for (size_t i = 0; i < s->senders.n; i++) {
        const char *name = s->senders.names[i];
        size_t nl;

        if (!name)
            continue;
        if (strchr(name, '@')) {
            if (strcasecmp(name, from) != 0)
                continue;
            if (ret_name)
                *ret_name = name;
            return od_sectmap_item(&s->senders, i); /* an address beats any domain */
        }
        nl = strlen(name);
        if (nl > dl || nl <= best_len || strcasecmp(dom + dl - nl, name) != 0 ||
            (nl < dl && dom[dl - nl - 1] != '.'))
            continue;
        best = i;
        best_len = nl;
    }
    if (!best_len)
        return NULL;
    if (ret_name)
        *ret_name = s->senders.names[best];
    return od_sectmap_item(&s->senders, best);
}

/* `dst` (a copy of the channel's settings) with what template `t` gives,
 * by imap_extract_sender_keys: a string replaces the channel's, a map
 * (columns, status_map) replaces it wholly. Not the labels: they are
 * joined (overlay_init) or checked on their own (validate). Pointers are
 * borrowed from `t`. */
static void overlay_fields(struct imap_extract_settings *dst, const struct imap_extract_settings *t)
{
    for (const struct od_config_key *k = imap_extract_sender_keys; k->name; k++) {
        const char *from = (const char *)t + k->offset;
        char *to = (char *)dst + k->offset;

        if (k->offset == offsetof(struct imap_extract_settings, labels))
            continue;
        switch (k->type) {
        case OD_KEY_MAP: {
            const struct od_strmap *m = (const struct od_strmap *)(const void *)from;

            if (m->keys) /* given, maybe empty */
                memcpy(to, m, sizeof(*m));
            break;
        }
        case OD_KEY_STRING:
        case OD_KEY_ENUM: {
            char *v;

            memcpy(&v, from, sizeof(v));
            if (v)
                memcpy(to, &v, sizeof(v));
            break;
        }
        default: /* a key of another type needs its rule here first */
            break;
        }
    }
    memset(&dst->senders, 0, sizeof(dst->senders));
}

/* The effective settings of a message from a template's sender: a
 * shallow copy of the channel's with the template's fields, and a labels
 * map of its own when both give labels. */
struct overlay {
    struct imap_extract_settings s; /* pointers borrowed from channel and template... */
    char **keys, **values; /* ...except s.labels when joined: keys borrowed, values owned */
};

static void overlay_free(struct overlay *ov)
{
    for (size_t i = 0; ov->values && i < ov->s.labels.n; i++)
        free(ov->values[i]);
    free(ov->keys);
    free(ov->values);
    ov->keys = ov->values = NULL;
}

/* `ov` for channel settings `c` and template `t` (both borrowed; they
 * outlive ov). Allocates only when both have labels. 0 or OD_ENOMEM
 * (then ov holds nothing to free). */
static int overlay_init(struct overlay *ov, const struct imap_extract_settings *c,
                        const struct imap_extract_settings *t)
{
    size_t n = 0;

    memset(ov, 0, sizeof(*ov));
    ov->s = *c;
    overlay_fields(&ov->s, t);
    if (!t->labels.n)
        return 0;
    if (!c->labels.n) {
        ov->s.labels = t->labels;
        return 0;
    }
    ov->keys = calloc(c->labels.n + t->labels.n, sizeof(char *));
    ov->values = calloc(c->labels.n + t->labels.n, sizeof(char *));
    if (!ov->keys || !ov->values)
        goto oom;
    ov->s.labels = (struct od_strmap){0, ov->keys, ov->values};
    /* the template's fields first, each with the channel's labels after its own */
    for (size_t i = 0; i < t->labels.n; i++) {
        const char *mine = t->labels.values[i];
        const char *theirs = od_strmap_get(&c->labels, t->labels.keys[i]);
        size_t a = strlen(mine), b = theirs ? strlen(theirs) : 0;
        char *v = malloc(a + (theirs ? 1 + b : 0) + 1);

        if (!v)
            goto oom;
        memcpy(v, mine, a);
        if (theirs) {
            v[a] = '|';
            memcpy(v + a + 1, theirs, b);
            a += 1 + b;
        }
        v[a] = '\0';
        ov->keys[n] = t->labels.keys[i];
        ov->values[n++] = v;
        ov->s.labels.n = n;
    }
    for (size_t i = 0; i < c->labels.n; i++) {
        if (od_strmap_get(&t->labels, c->labels.keys[i]))
            continue;
        ov->keys[n] = c->labels.keys[i];
        ov->values[n] = strdup(c->labels.values[i]);
        if (!ov->values[n])
            goto oom;
        ov->s.labels.n = ++n;
    }
    return 0;
oom:
    overlay_free(ov);
    return od_error_set(OD_ENOMEM, "out of memory");
}

/* ---- validation ------------------------------------------------------- */

/* The checks of imap_extract_validate for one set of settings, with
 * messages naming "<sec>.key". */
static int check_settings(const struct imap_extract_settings *s, const char *sec)
{
    const char *cs;

    for (size_t i = 0; i < s->sources.n; i++)
        if (strcmp(s->sources.items[i], "attachments") != 0 &&
            strcmp(s->sources.items[i], "body") != 0)
            return od_error_set(OD_ECONFIG, "%s.sources: '%s' is neither attachments nor body", sec,
                                s->sources.items[i]);
    if (s->encoding && strcasecmp(s->encoding, "auto") != 0 &&
        od_charset_resolve(s->encoding, &cs) < 0)
        return od_error_set(OD_ECONFIG, "%s.encoding: '%s' is not a known charset (or auto)", sec,
                            s->encoding);
    if (s->timezone && od_tz_check(s->timezone) < 0)
        return od_error_set(OD_ECONFIG, "%s.timezone: '%s' is not a known time zone", sec,
                            s->timezone);
    if (s->currency && !is_code(s->currency))
        return od_error_set(OD_ECONFIG, "%s.currency: '%s' is not an ISO 4217 code like CNY", sec,
                            s->currency);
    if (s->table) {
        uint32_t c1, r1, c2, r2;
        struct od_strmap none = {0};

        if (imap_extract_range(s->table, &c1, &r1, &c2, &r2) < 0)
            return od_error_set(OD_ECONFIG, "%s.table: '%s' is not a cell range like A8:F40 or A8",
                                sec, s->table);
        /* with a table, columns name the item table's columns only */
        for (size_t i = 0; i < s->columns.n; i++)
            if (!is_item_column(s->columns.keys[i]))
                return od_error_set(OD_ECONFIG,
                                    "%s.columns: '%s' is not an item column (with "
                                    "%s.table: lines.sku, lines.title, lines.qty, "
                                    "lines.unit_price, lines.total)",
                                    sec, s->columns.keys[i], sec);
        if (feed_check_mapping(sec, &none, &s->status_map) < 0)
            return OD_ECONFIG;
    } else if (feed_check_mapping(sec, &s->columns, &s->status_map) < 0) {
        return OD_ECONFIG;
    }
    for (size_t i = 0; i < s->labels.n; i++) {
        bool known = false;

        for (size_t f = 0; mail_label_fields[f]; f++)
            if (strcmp(mail_label_fields[f], s->labels.keys[i]) == 0)
                known = true;
        if (!known)
            return od_error_set(
                OD_ECONFIG,
                "%s.labels: '%s' is not a field that labels name (external_id, "
                "customer.name, ship_to.name, ship_to.phone, ship_to.address, "
                "buyer_note, total, currency, placed_at, customer.email, shipping, tax, discount, "
                "lines.sku, lines.title, lines.qty, lines.unit_price, lines.total)",
                sec, s->labels.keys[i]);
        if (!s->labels.values[i][0] || strstr(s->labels.values[i], "||"))
            return od_error_set(OD_ECONFIG, "%s.labels.%s: empty label", sec, s->labels.keys[i]);
    }
    return 0;
}

int imap_extract_validate(const struct imap_extract_settings *s)
{
    int rc = check_settings(s, "extract");

    for (size_t i = 0; rc == 0 && i < s->own_addresses.n; i++)
        if (sender_name_why(s->own_addresses.items[i]))
            return od_error_set(OD_ECONFIG, "extract.own_addresses: '%s' %s",
                                s->own_addresses.items[i],
                                sender_name_why(s->own_addresses.items[i]));
    for (size_t i = 0; rc == 0 && i < s->senders.n; i++) {
        const struct imap_extract_settings *t = od_sectmap_item(&s->senders, i);
        const char *name = s->senders.names ? s->senders.names[i] : NULL;
        struct imap_extract_settings e = *s;
        char sec[400];

        if (!name || !t)
            return od_error_set(OD_ECONFIG, "extract.senders: a template without a name");
        snprintf(sec, sizeof(sec), "extract.senders.\"%s\"", name);
        if (sender_name_why(name))
            return od_error_set(OD_ECONFIG, "%s: %s", sec, sender_name_why(name));
        /* the sender's effective settings; its own labels (the channel's
         * are checked above) */
        overlay_fields(&e, t);
        e.labels = t->labels;
        rc = check_settings(&e, sec);
    }
    return rc;
}

/* "B12" -> col 1, row 11; the length read, 0 when it is no cell name. */
static size_t cell_name(const char *p, uint32_t *col, uint32_t *row)
{
    uint64_t c = 0, r = 0;
    size_t i = 0, letters, digits;

    while (p[i] && strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", p[i]) && i < 3) {
        c = c * 26 + (uint64_t)((p[i] | 0x20) - 'a' + 1);
        i++;
    }
    letters = i;
    while (p[i] >= '0' && p[i] <= '9' && i - letters < 7) {
        r = r * 10 + (uint64_t)(p[i] - '0');
        i++;
    }
    digits = i - letters;
    if (!letters || !digits || r == 0 || c == 0)
        return 0;
    *col = (uint32_t)(c - 1);
    *row = (uint32_t)(r - 1);
    return i;
}

int imap_extract_range(const char *range, uint32_t *col1, uint32_t *row1, uint32_t *col2,
                       uint32_t *row2)
{
    size_t n = cell_name(range, col1, row1), m;

    if (!n)
        return OD_EINVAL;
    *col2 = *row2 = UINT32_MAX;
    if (!range[n])
        return 0;
    if (range[n] != ':' || !(m = cell_name(range + n + 1, col2, row2)) || range[n + 1 + m] ||
        *col2 < *col1 || *row2 < *row1)
        return OD_EINVAL;
    return 0;
}

/* ---- the work of one message ----------------------------------------- */

struct held {
    struct feed_units units;
    unsigned number;
};

/* An attachment that could not be read at all. */
struct att_fail {
    const struct mail_part *part; /* borrowed from job.m */
    char ref[256];
    char reason[REASON_MAX];
};

struct job {
    const struct imap_extract_settings *s;
    const char *channel;
    const char *source_ref;
    bool from_sender;
    struct mail_msg m;
    char fallback_id[24];
    struct od_batch *out;
    size_t n_orders;
    struct held *held; /* dead units of attachments, kept until the end */
    size_t n_held;
    struct att_fail *fails;
    size_t n_fails;
    char att_reason[REASON_MAX];
    char body_reason[REASON_MAX];
    char body_id[MAIL_ID_MAX + 1]; /* order number of the body that gave body_reason */
    char body_bad[REASON_MAX];     /* an order of a body refused beside others read */
    char body_bad_id[MAIL_ID_MAX + 1];
    int force;           /* reparse: the attachment format (enum att_format), 0 = from the name */
    struct od_grid body; /* the first text body as lines, for what a document leaves out */
    bool body_read;      /* body above is filled (or there is none) */
    /* " from a@b.cn" in the refs of attachments' dead letters when the
     * channel has senders: templates (a retry finds the template by it) */
    char from_tag[ADDR_MAX + 8];
    bool extra; /* the body read beside attachments that gave orders: only its own orders */
    /* a workbook the list reader refused whole, read again as a sheet
     * laid out by a person: why the list was refused ("line 2:
     * lines.qty is missing"), for the doubt of each order read so;
     * "" otherwise */
    char list_refused[REASON_MAX];
};

static void sha256_hex16(const void *data, size_t len, char out[17])
{
    unsigned char d[32];
    static const char hex[] = "0123456789abcdef";

    gnutls_hash_fast(GNUTLS_DIG_SHA256, data, len, d);
    for (int i = 0; i < 8; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[16] = '\0';
}

/* Defaults of the channel and of the message, then od_order_finish.
 * OD_EINVAL (with the detail) when the order is unusable. */
static int body_lines(struct job *j);

static int finish(struct job *j, struct od_order *o)
{
    const struct imap_extract_settings *s = j->s;
    int rc = 0;

    /* "DHOFAR LUBAN TRADING LLC" atop, "Dhofar Luban Trading LLC" below */
    if (o->customer.name && (rc = body_lines(j)) == 0)
        rc = mail_name_spelling(&o->customer.name, &j->body);
    if (rc == OD_ENOMEM)
        return rc;
    rc = 0;
    if (!o->channel)
        rc = od_str_set(&o->channel, j->channel, strlen(j->channel));
    if (rc == 0 && !o->channel_status)
        rc = od_str_set(&o->channel_status, "email", 5);
    if (rc == 0 && j->from_sender && !o->customer.email && j->m.from_addr)
        rc = od_str_set(&o->customer.email, j->m.from_addr, strlen(j->m.from_addr));
    if (rc < 0)
        return rc;
    if (!o->currency[0]) {
        const char *c = or_default(s->currency, "CNY");

        if (is_code(c))
            memcpy(o->currency, c, 4);
    }
    if (o->status == OD_STATUS_NONE)
        o->status = od_status_from_name(or_default(s->default_status, "pending_payment"));
    if (o->placed_at == OD_TIME_NONE)
        o->placed_at = j->m.date;
    if (o->updated_at == OD_TIME_NONE)
        o->updated_at = j->m.date != OD_TIME_NONE ? j->m.date : o->placed_at;
    return od_order_finish(o);
}

static int add_order(struct job *j, struct od_order *o, const char *raw, size_t len)
{
    int rc = od_batch_add_order(j->out, o, raw, len);

    if (rc == 0)
        j->n_orders++;
    return rc;
}

static void note(char *dst, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void note(char *dst, const char *fmt, ...)
{
    va_list ap;

    if (dst[0])
        return;
    va_start(ap, fmt);
    vsnprintf(dst, REASON_MAX, fmt, ap);
    va_end(ap);
}

/* ---- attachments ----------------------------------------------------- */

static int att_failed(struct job *j, const struct mail_part *p, const char *name, const char *fmt,
                      ...) __attribute__((format(printf, 4, 5)));

/* Record why attachment `p` gave nothing: the message's reason when no
 * order is found, else a dead letter of its own. */
static int att_failed(struct job *j, const struct mail_part *p, const char *name, const char *fmt,
                      ...)
{
    struct att_fail *v = realloc(j->fails, (j->n_fails + 1) * sizeof(*v));
    struct att_fail *f;
    char why[REASON_MAX];
    va_list ap;

    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    j->fails = v;
    f = &v[j->n_fails++];
    va_start(ap, fmt);
    vsnprintf(why, sizeof(why), fmt, ap);
    va_end(ap);
    f->part = p;
    snprintf(f->ref, sizeof(f->ref), "att %u %s", p->number, name);
    snprintf(f->reason, sizeof(f->reason), "attachment %s: %s", name, why);
    note(j->att_reason, "%s", f->reason);
    return 0;
}

enum att_format { AF_NONE, AF_CSV, AF_TSV, AF_NDJSON, AF_JSON, AF_XLSX, AF_XLS, AF_PDF };

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);

    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static enum att_format att_format(const struct mail_part *p)
{
    static const struct {
        const char *suffix;
        enum att_format f;
    } ext[] = {{".csv", AF_CSV},       {".tsv", AF_TSV},      {".tab", AF_TSV},
               {".ndjson", AF_NDJSON}, {".jsonl", AF_NDJSON}, {".json", AF_JSON},
               {".xlsx", AF_XLSX},     {".xls", AF_XLS},      {".pdf", AF_PDF}};
    static const struct {
        const char *type;
        enum att_format f;
    } types[] = {{"text/csv", AF_CSV},
                 {"text/comma-separated-values", AF_CSV},
                 {"application/csv", AF_CSV},
                 {"text/tab-separated-values", AF_TSV},
                 {"application/x-ndjson", AF_NDJSON},
                 {"application/ndjson", AF_NDJSON},
                 {"application/json", AF_JSON},
                 {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AF_XLSX},
                 {"application/vnd.ms-excel", AF_XLS},
                 {"application/pdf", AF_PDF}};

    if (p->filename)
        for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
            if (ends_with(p->filename, ext[i].suffix))
                return ext[i].f;
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (p->type && strcmp(p->type, types[i].type) == 0)
            return types[i].f;
    return AF_NONE;
}

/* The delimiter of a CSV text: the most frequent of , ; TAB in its
 * first line (outside quotes). */
static char sniff_delimiter(const char *t, size_t len)
{
    size_t comma = 0, semi = 0, tab = 0;
    bool q = false;

    for (size_t i = 0; i < len && t[i] != '\n'; i++) {
        if (t[i] == '"')
            q = !q;
        else if (!q && t[i] == ',')
            comma++;
        else if (!q && t[i] == ';')
            semi++;
        else if (!q && t[i] == '\t')
            tab++;
    }
    if (tab > comma && tab >= semi)
        return '\t';
    if (semi > comma)
        return ';';
    return ',';
}

/* columns: for a header of labels ("订单号,商品编码,数量,单价") when the
 * channel maps none and the header is not made of field paths. */
struct automap {
    struct od_strmap map;
    char *keys[40];
    char *values[40];
    bool weak[40]; /* matched as a form label's start ("收货仓库"), not as a column label */
    /* the header of the item's specification (规格名称 after 货品名称,
     * 颜色及规格 right of 商品名称), joined to the name; "" when none */
    char spec[256];
};

static bool is_field_path(const char *v)
{
    static const char *const ignored[] = {"id", "channel", "revision", "audit.outcome", NULL};

    for (size_t f = 0; od_field_file_paths[f]; f++)
        if (strcmp(od_field_file_paths[f], v) == 0)
            return true;
    for (size_t f = 0; ignored[f]; f++)
        if (strcmp(ignored[f], v) == 0)
            return true;
    return false;
}

/* A list's unit-of-measure column ("采购单位" in a 金蝶 export is the unit
 * an item is bought in, Pcs or 卷, not the buying company as the same
 * words are on a printed form). */
static bool unit_of_measure(const char *c)
{
    static const char *const units[] = {"单位",     "采购单位", "计量单位", "库存单位", "基本单位",
                                        "销售单位", "單位",     "採購單位", "計量單位", NULL};

    for (size_t i = 0; units[i]; i++)
        if (strcmp(c, units[i]) == 0)
            return true;
    return false;
}

/* A header that says its amounts include the tax (含税单价, 价税合计), not
 * one that says they do not (不含税单价). */
static bool tax_included(const char *c)
{
    static const char *const with[] = {"含税", "含稅", "价税", "價稅"};

    if (strstr(c, "不含") || strstr(c, "未税") || strstr(c, "未稅"))
        return false;
    for (size_t i = 0; i < sizeof(with) / sizeof(with[0]); i++)
        if (strstr(c, with[i]))
            return true;
    return false;
}

/* A list with a net and a gross unit price (单价, 含税单价) whose line
 * amount includes the tax (价税合计): the gross price is the one the
 * amount is made of. */
static int gross_price(struct automap *am, const char *gross)
{
    const char *total = od_strmap_get(&am->map, "lines.total");

    if (!gross[0] || !total || !tax_included(total))
        return 0;
    for (size_t k = 0; k < am->map.n; k++)
        if (strcmp(am->keys[k], "lines.unit_price") == 0 && !tax_included(am->values[k])) {
            char *v = strdup(gross);

            if (!v)
                return od_error_set(OD_ENOMEM, "out of memory");
            free(am->values[k]);
            am->values[k] = v;
        }
    return 0;
}

static int automap_build(const struct imap_extract_settings *s, const char *t, size_t len,
                         char delim, struct automap *am)
{
    size_t i = 0;
    bool all_paths = true;
    char gross[256] = "";

    am->map.keys = am->keys;
    am->map.values = am->values;
    if (len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    size_t col = 0, title_col = SIZE_MAX;

    while (i < len && t[i] != '\n' && am->map.n < 40) {
        char cell[256];
        size_t n = 0;
        bool q = false;
        const char *f;

        col++;

        for (; i < len && t[i] != '\n' && (q || t[i] != delim); i++) {
            if (t[i] == '"') {
                if (q && i + 1 < len && t[i + 1] == '"' && n < sizeof(cell) - 1)
                    cell[n++] = t[++i];
                else
                    q = !q;
            } else if (t[i] != '\r' && n < sizeof(cell) - 1) {
                cell[n++] = t[i];
            }
        }
        if (i < len && t[i] == delim)
            i++;
        cell[n] = '\0';
        /* trim */
        while (n && cell[n - 1] == ' ')
            cell[--n] = '\0';
        {
            const char *c = cell;
            bool weak = false;

            while (*c == ' ')
                c++;
            if (!*c)
                continue;
            if (is_field_path(c)) {
                f = c;
            } else if (unit_of_measure(c)) {
                continue;
            } else {
                size_t off;

                all_paths = false;
                f = mail_list_column(s, c, &am->map);
                if (!f) {
                    f = mail_form_label(c, &off); /* 单据编号, 单据日期: an ERP's list */
                    weak = f != NULL;
                }
            }
            if (f && strcmp(f, "lines.unit_price") == 0 && tax_included(c) && !gross[0])
                snprintf(gross, sizeof(gross), "%s", c);
            if (!am->spec[0] && title_col != SIZE_MAX &&
                ((f && strcmp(f, "lines.title") == 0) ||
                 (mail_is_spec_label(c, strlen(c)) && !mail_is_model_label(c, strlen(c))) ||
                 (!f && col == title_col + 1)))
                /* a second name column, a spec label (not a model's:
                 * an ERP list's 规格型号 stays out), or a header no list
                 * knows right of the name: the specification */
                snprintf(am->spec, sizeof(am->spec), "%s", c);
            if (f && strcmp(f, "lines.title") == 0 && title_col == SIZE_MAX)
                title_col = col;
            if (f && strcmp(f, "lines.total") == 0 && od_strmap_get(&am->map, f) &&
                !od_strmap_get(&am->map, "total") &&
                (f = mail_order_field(s, c, strlen(c))) != NULL && strcmp(f, "total") != 0)
                f = NULL;
            /* "Item Total … Total": a second total column right of the
             * line's amount is the order's (f "total"); else nothing */
            if (!f)
                continue;
            if (od_strmap_get(&am->map, f)) {
                /* "收货仓库" (a warehouse's name) then "仓库地址": the column
                 * label wins over the start of a form label */
                for (size_t k = 0; k < am->map.n && !weak; k++)
                    if (am->weak[k] && strcmp(am->keys[k], f) == 0) {
                        char *v = strdup(c);

                        if (!v)
                            return od_error_set(OD_ENOMEM, "out of memory");
                        free(am->values[k]);
                        am->values[k] = v;
                        am->weak[k] = false;
                    }
                continue;
            }
            am->weak[am->map.n] = weak;
            am->keys[am->map.n] = strdup(f);
            am->values[am->map.n] = strdup(c);
            if (!am->keys[am->map.n] || !am->values[am->map.n]) {
                am->map.n++;
                return od_error_set(OD_ENOMEM, "out of memory");
            }
            am->map.n++;
        }
    }
    if (!all_paths && gross_price(am, gross) < 0)
        return OD_ENOMEM;
    if (all_paths || !od_strmap_get(&am->map, "external_id")) {
        for (size_t k = 0; k < am->map.n; k++) {
            free(am->keys[k]);
            free(am->values[k]);
        }
        am->map.n = 0;
    }
    return 0;
}

/* Whether field f was mapped from a form label's start (收货仓库). */
static bool automap_weak(const struct automap *am, const char *f)
{
    for (size_t k = 0; k < am->map.n; k++)
        if (am->weak[k] && strcmp(am->keys[k], f) == 0)
            return true;
    return false;
}

static void automap_free(struct automap *am)
{
    for (size_t k = 0; k < am->map.n; k++) {
        free(am->keys[k]);
        free(am->values[k]);
    }
    am->map.n = 0;
}

static int keep_units(struct job *j, struct feed_units *u, unsigned number)
{
    struct held *v = realloc(j->held, (j->n_held + 1) * sizeof(*v));

    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    j->held = v;
    j->held[j->n_held].units = *u;
    j->held[j->n_held].number = number;
    j->n_held++;
    memset(u, 0, sizeof(*u));
    return 0;
}

/* ---- documents read as a grid (sheets laid out by people, PDF) ------- */

/* Does the grid's first row name the columns of an order list (field
 * paths, or labels with an order number column)? Such a file goes
 * through the feed's parser, one order per order number. */
static bool list_header(const struct imap_extract_settings *s, const struct od_grid *g)
{
    size_t paths = 0, n = 0;
    bool id = false, item = false;

    for (size_t i = 0; i < g->n && g->cells[i].row == g->cells[0].row; i++, n++) {
        const char *t = g->cells[i].text;
        const char *f = is_field_path(t) ? t : mail_header_field(s, t);
        size_t off;

        if (!f && (f = mail_form_label(t, &off)) && strcmp(f, "external_id") != 0)
            f = NULL;
        paths += is_field_path(t);
        if (f && strcmp(f, "external_id") == 0)
            id = true;
        else if (f && strncmp(f, "lines.", 6) == 0)
            item = true;
    }
    return n >= 2 && ((id && item) || paths == n);
}

/* Read a document into `g` (initialised here). The text of a CSV is
 * converted to UTF-8 first. 0; OD_EINVAL with the reason in `why`;
 * OD_ENOMEM. */
static int load_grid(struct job *j, const struct mail_part *p, enum att_format f, const char *sheet,
                     struct od_grid *g, char *why, size_t wl)
{
    const struct imap_extract_settings *s = j->s;
    enum od_grid_kind kind = f == AF_PDF                  ? OD_GRID_PDF
                             : f == AF_CSV || f == AF_TSV ? OD_GRID_CSV
                                                          : OD_GRID_SHEET;
    int rc;

    if ((rc = od_grid_init(g, kind, NULL)) < 0)
        return rc;
    if (f == AF_XLSX) {
        struct od_xlsx_limits lim = {.max_uncompressed = s->max_xlsx_uncompressed};

        rc = od_xlsx_to_grid(p->data, p->len, sheet, &lim, g);
    } else if (f == AF_XLS) {
        rc = od_xls_to_grid(p->data, p->len, sheet, NULL, g);
    } else if (f == AF_PDF) {
        rc = od_pdf_to_grid(p->data, p->len, NULL, g);
    } else {
        struct od_buf text;

        od_buf_init(&text, MAIL_MAX_PART * 2 + 1);
        rc = mail_to_utf8(p->data, p->len, p->charset, s->encoding, &text, NULL);
        if (rc == 0)
            rc = od_grid_from_csv(g, text.data ? text.data : "", text.len,
                                  f == AF_TSV ? '\t' : sniff_delimiter(text.data, text.len));
        od_buf_free(&text);
    }
    if (rc == OD_EINVAL || rc == OD_ETOOBIG) {
        snprintf(why, wl, "%s", od_error_last());
        return OD_EINVAL;
    }
    if (rc < 0)
        return rc;
    od_grid_sort(g);
    od_grid_join_spaced(g);
    return 0;
}

/* The mail's first text body (plain, else HTML) as lines, once. */
static int body_lines(struct job *j)
{
    struct od_buf text, html;
    int rc = 0;

    if (j->body_read)
        return 0;
    j->body_read = true;
    if ((rc = od_grid_init(&j->body, OD_GRID_TEXT, NULL)) < 0)
        return rc;
    for (int want = MAIL_TEXT; want <= MAIL_HTML; want++)
        for (size_t i = 0; i < j->m.n_parts; i++) {
            const struct mail_part *p = &j->m.parts[i];

            if ((int)p->kind != want || p->truncated)
                continue;
            od_buf_init(&text, MAIL_MAX_PART * 2 + 1);
            od_buf_init(&html, MAIL_MAX_PART * 2 + 1);
            rc = mail_to_utf8(p->data, p->len, p->charset, j->s->encoding,
                              want == MAIL_HTML ? &html : &text, NULL);
            if (rc == 0 && want == MAIL_HTML)
                rc = mail_html_to_text(html.data ? html.data : "", html.len, &text);
            if (rc == 0)
                rc = od_grid_from_text(&j->body, text.data ? text.data : "", text.len, 2000);
            od_buf_free(&text);
            od_buf_free(&html);
            return rc == OD_ENOMEM ? rc : 0; /* a body too large to read gives nothing */
        }
    return 0;
}

/* What mail_sheet_parse_nth makes of the sheet `g` (its first order,
 * read and thrown away; `id` gets its number): a MAIL_SHEET_* outcome,
 * or OD_ENOMEM. */
static int probe_grid(struct job *j, const struct od_grid *g, char id[MAIL_ID_MAX + 1])
{
    struct od_order *o = NULL;
    char why[REASON_MAX];
    unsigned n = 1;
    int rc;

    if ((rc = body_lines(j)) < 0)
        return rc;
    rc = mail_sheet_parse_nth(j->s, g, j->m.subject, j->body.n ? &j->body : NULL, "probe", 0, &n,
                              &o, why, sizeof(why), id);
    od_order_free(o);
    return rc;
}

/* Does the sheet `g` hold an order: an order list's header, or an item
 * table mail_sheet_parse_nth finds? */
static int grid_has_order(struct job *j, const struct od_grid *g, bool *yes)
{
    char id[MAIL_ID_MAX + 1];
    int rc;

    *yes = list_header(j->s, g);
    if (*yes)
        return 0;
    if ((rc = probe_grid(j, g, id)) < 0)
        return rc;
    *yes = rc != MAIL_SHEET_NOTHING;
    return 0;
}

/* The worksheets a workbook is searched for its order when no `sheet`
 * is configured. */
#define WORKBOOK_MAX_SHEETS 8

/* A workbook (.xlsx, .xls) without a configured `sheet` or columns: its
 * first worksheet, unless that holds no order and a later one does (a
 * cover sheet with the number and the ship-to, then the lines): then the
 * first sheet with that one below it as one document, or that sheet
 * alone when the two together give no order. `g` is the first sheet on
 * entry (load_grid) and the choice on return. */
static int pick_sheet(struct job *j, const struct mail_part *p, enum att_format f,
                      struct od_grid *g)
{
    struct od_xlsx_limits lim = {.max_uncompressed = j->s->max_xlsx_uncompressed};
    struct od_grid other = {0}, both = {0};
    char **names = NULL, why[REASON_MAX];
    bool yes;
    int rc;

    if ((f != AF_XLSX && f != AF_XLS) || j->s->sheet || j->s->columns.n || j->s->table)
        return 0;
    if ((rc = grid_has_order(j, g, &yes)) < 0 || yes)
        return rc;
    rc = f == AF_XLSX ? od_xlsx_sheet_names(p->data, p->len, &lim, &names)
                      : od_xls_sheet_names(p->data, p->len, NULL, &names);
    if (rc < 0)
        return rc == OD_ENOMEM ? rc : 0; /* the first sheet's reason stands */
    for (size_t k = 1; names[k] && k < WORKBOOK_MAX_SHEETS; k++) {
        od_grid_free(&other);
        rc = load_grid(j, p, f, names[k], &other, why, sizeof(why));
        if (rc == OD_EINVAL) {
            rc = 0;
            continue;
        }
        if (rc < 0 || (rc = grid_has_order(j, &other, &yes)) < 0)
            goto out;
        if (!yes)
            continue;
        if ((rc = od_grid_init(&both, other.kind, other.name)) < 0)
            goto out;
        rc = od_grid_append(&both, g, 0);
        if (rc == 0)
            rc = od_grid_append(&both, &other, 2);
        if (rc == 0)
            rc = grid_has_order(j, &both, &yes);
        if (rc == OD_ENOMEM)
            goto out;
        od_grid_free(g);
        *g = rc == 0 && yes ? both : other;
        memset(rc == 0 && yes ? &both : &other, 0, sizeof(*g));
        rc = 0;
        break;
    }
out:
    od_grid_free(&other);
    od_grid_free(&both);
    od_xlsx_names_free(names);
    return rc;
}

/* The purchase order on a grid: an order, or the attachment's reason. */
/* `page` of `pages`: the grid is that page of a PDF whose pages are
 * orders of their own (pages_apart); 0 of 0 otherwise. */
static bool delivery_words(const struct od_grid *body);

/* An attached order that gives no ship-to at all (no receiver, phone or
 * address, from the document or the mail's text) while the mail's text
 * speaks of a delivery or holds a place to deliver to (delivery_words):
 * the text states where the goods go in words no reader took, so the
 * order is held rather than stored without its ship-to. 0 or
 * OD_ENOMEM. */
static int no_ship_to_doubt(struct job *j, struct od_order *o)
{
    if (o->ship_to.name || o->ship_to.phone || o->ship_to.address || !j->body.n ||
        !delivery_words(&j->body))
        return 0;
    return od_order_add_doubt(o, "no ship-to was read, and the mail's text speaks of a delivery: "
                                 "check the ship-to") < 0
               ? OD_ENOMEM
               : 0;
}

/* A PDF in which the sheet reader finds no item table (its items laid
 * out as blocks of a label and a value, DingTalk's 采购明细, or written
 * as sentences): its lines are read as a mail's text is, with the mail's
 * text for what the PDF leaves out, and each order it gives is held,
 * for no table's arithmetic chose its columns. *got: an order was
 * added. 0 or OD_ENOMEM. */
static int pdf_text_orders(struct job *j, const struct mail_part *p, const char *name,
                           const struct od_grid *g, bool *got)
{
    struct mail_text_result res = {0};
    struct od_buf text;
    char doubt[REASON_MAX];
    int rc, outcome;

    *got = false;
    od_buf_init(&text, MAIL_MAX_PART * 2 + 1);
    if ((rc = od_grid_to_text(g, &text)) < 0)
        goto out;
    outcome = mail_text_parse(j->s, text.data ? text.data : "", text.len, j->m.subject,
                              j->fallback_id, &res);
    if (outcome < 0) {
        rc = outcome;
        goto out;
    }
    snprintf(doubt, sizeof(doubt),
             "attachment %s has no item table: its text was read as a mail's text is; check "
             "the lines",
             name);
    for (size_t i = 0; i < res.n_orders; i++) {
        struct od_order *o = res.orders[i];

        if ((rc = od_order_add_doubt(o, doubt)) < 0 ||
            (j->body.n && (rc = mail_sheet_context(j->s, &j->body, res.n_orders == 1, o)) < 0) ||
            (rc = no_ship_to_doubt(j, o)) < 0)
            goto out;
        if ((rc = finish(j, o)) == OD_ENOMEM)
            goto out;
        if (rc < 0) { /* not a whole order: the PDF's reason stands */
            rc = 0;
            continue;
        }
        res.orders[i] = NULL;
        if ((rc = add_order(j, o, p->data, p->len)) < 0)
            goto out;
        *got = true;
    }
out:
    mail_text_result_free(&res);
    od_buf_free(&text);
    return rc == OD_ENOMEM ? rc : 0;
}

static int read_grid_nth(struct job *j, const struct mail_part *p, const char *name,
                         const struct od_grid *g, unsigned which, unsigned *n_orders, uint32_t page,
                         uint32_t pages)
{
    struct od_order *o = NULL;
    char why[REASON_MAX], id[MAIL_ID_MAX + 1], fallback[40];
    int rc = 0, outcome;

    snprintf(fallback, sizeof(fallback), "%s-%u", j->fallback_id, p->number);
    if ((rc = body_lines(j)) < 0)
        return rc;
    outcome = mail_sheet_parse_nth(j->s, g, j->m.subject, j->body.n ? &j->body : NULL, fallback,
                                   which, n_orders, &o, why, sizeof(why), id);
    if (outcome < 0)
        return outcome;
    if (outcome == MAIL_SHEET_NOTHING) {
        bool got = false;

        /* a PDF laid out without a table: its text, as a mail's */
        if (g->kind == OD_GRID_PDF && which == 0 && !pages &&
            ((rc = pdf_text_orders(j, p, name, g, &got)) < 0 || got))
            return rc;
        /* not an order (a catalogue, a price list): the message's reason
         * when nothing else gives an order, no dead letter of its own */
        note(j->att_reason, "attachment %s: %s", name, why);
        return 0;
    }
    if (outcome == MAIL_SHEET_ORDER && strcmp(o->external_id, fallback) == 0 && p->filename) {
        /* no number in the sheet, the mail or its Subject: the file's
         * name, when it has an order number's shape ("TJ-PL-2611-09.csv") */
        char stem[MAIL_ID_MAX + 1];
        const char *dot = strrchr(p->filename, '.');
        size_t n = dot ? (size_t)(dot - p->filename) : strlen(p->filename);

        if (n <= MAIL_ID_MAX) {
            memcpy(stem, p->filename, n);
            stem[n] = '\0';
            if (mail_id_token(stem)) {
                char doubt[160];

                snprintf(doubt, sizeof(doubt), "the order number %s is the attachment's file name",
                         stem);
                if (od_str_set(&o->external_id, stem, n) < 0 || od_order_add_doubt(o, doubt) < 0)
                    rc = OD_ENOMEM;
            }
        }
        if (rc < 0) {
            od_order_free(o);
            return rc;
        }
    }
    if (outcome == MAIL_SHEET_ORDER && pages) {
        char doubt[200];

        /* the pages read apart: a judgement the clerk confirms */
        snprintf(doubt, sizeof(doubt),
                 "page %u of the PDF's %u pages is read as an order of its own (each page has "
                 "its own order number and items): check that they are separate orders",
                 (unsigned)page, (unsigned)pages);
        if (od_order_add_doubt(o, doubt) < 0) {
            rc = OD_ENOMEM;
            goto out;
        }
    }
    if (outcome == MAIL_SHEET_ORDER && j->list_refused[0]) {
        char doubt[REASON_MAX + 160];

        /* read by the other reader: the columns it chose are a guess */
        snprintf(doubt, sizeof(doubt),
                 "the workbook's first row names an order list's columns, but the list reader "
                 "refused it (%s): read as a sheet laid out by a person instead; check the lines",
                 j->list_refused);
        if (od_order_add_doubt(o, doubt) < 0) {
            rc = OD_ENOMEM;
            goto out;
        }
    }
    if (outcome == MAIL_SHEET_ORDER && (rc = no_ship_to_doubt(j, o)) < 0)
        goto out;
    if (outcome == MAIL_SHEET_ORDER) {
        rc = finish(j, o);
        if (rc == 0) {
            rc = add_order(j, o, p->data, p->len);
            o = NULL;
            goto out;
        }
        if (rc == OD_ENOMEM)
            goto out;
        snprintf(why, sizeof(why), "order %s: %s", o->external_id, od_error_last());
    }
    rc = att_failed(j, p, name, "%s", why);
out:
    od_order_free(o);
    return rc;
}

/* Pages of a PDF looked at for an order of their own. */
#define PDF_SPLIT_PAGES 16

/* Page `page` of the PDF grid `g` as a grid of its own (initialised
 * here), its rows numbered from 0. 0 or OD_ENOMEM. */
static int pdf_page(const struct od_grid *g, uint32_t page, struct od_grid *out)
{
    uint32_t first = UINT32_MAX;
    int rc = od_grid_init(out, OD_GRID_PDF, NULL);

    for (size_t i = 0; i < g->n; i++)
        if (g->cells[i].page == page && g->cells[i].row < first)
            first = g->cells[i].row;
    for (size_t i = 0; i < g->n && rc == 0; i++) {
        const struct od_cell *c = &g->cells[i];
        struct od_cell *d = NULL;

        if (c->page != page)
            continue;
        rc = od_grid_add(out, c->row - first, c->col, c->type, c->text, strlen(c->text), &d);
        if (rc == 0 && d) {
            d->page = c->page;
            d->x0 = c->x0;
            d->x1 = c->x1;
            d->y = c->y;
        }
    }
    od_grid_sort(out);
    return rc < 0 ? OD_ENOMEM : 0;
}

/* A PDF whose pages are each an order of their own (a chain's orders for
 * two shops, one a page): every page alone, read without the mail's
 * Subject and text, gives an order under a number of its own, and no
 * two pages the same number. *split is set then. 0 or OD_ENOMEM. */
static int pages_apart(const struct job *j, const struct od_grid *g, uint32_t *n_pages, bool *split)
{
    char ids[PDF_SPLIT_PAGES][MAIL_ID_MAX + 1];
    uint32_t pages = 0;
    int rc = 0;

    *split = false;
    for (size_t i = 0; i < g->n; i++)
        if (g->cells[i].page > pages)
            pages = g->cells[i].page;
    if (g->kind != OD_GRID_PDF || pages < 2 || pages > PDF_SPLIT_PAGES)
        return 0;
    for (uint32_t pg = 1; pg <= pages; pg++) {
        struct od_grid one;
        struct od_order *o = NULL;
        char why[REASON_MAX];
        unsigned n = 1;
        int outcome;

        if ((rc = pdf_page(g, pg, &one)) < 0) {
            od_grid_free(&one);
            return rc;
        }
        outcome = mail_sheet_parse_nth(j->s, &one, NULL, NULL, "probe", 0, &n, &o, why, sizeof(why),
                                       ids[pg - 1]);
        od_grid_free(&one);
        if (outcome == MAIL_SHEET_ORDER)
            snprintf(ids[pg - 1], sizeof(ids[0]), "%s", o->external_id);
        od_order_free(o);
        if (outcome < 0)
            return outcome;
        if (outcome != MAIL_SHEET_ORDER || n != 1 || strcmp(ids[pg - 1], "probe") == 0)
            return 0;
        for (uint32_t k = 0; k + 1 < pg; k++)
            if (strcmp(ids[k], ids[pg - 1]) == 0)
                return 0;
    }
    *n_pages = pages;
    *split = true;
    return 0;
}

/* Each order of a grid (a table may list several, sheet.h; a PDF's pages
 * may be orders of their own, pages_apart). */
static int read_grid(struct job *j, const struct mail_part *p, const char *name,
                     const struct od_grid *g)
{
    unsigned n = 1;
    uint32_t pages = 0;
    bool split = false;
    int rc = pages_apart(j, g, &pages, &split);

    for (uint32_t pg = 1; split && pg <= pages && rc == 0; pg++) {
        struct od_grid one;

        if ((rc = pdf_page(g, pg, &one)) == 0)
            for (unsigned k = 0; k < n && rc == 0; k++)
                rc = read_grid_nth(j, p, name, &one, k, &n, pg, pages);
        od_grid_free(&one);
        n = 1;
    }
    if (split)
        return rc;
    for (unsigned k = 0; k < n && rc == 0; k++)
        rc = read_grid_nth(j, p, name, g, k, &n, 0, 0);
    return rc;
}

/* The order number the sheet `g` holds an order under, in `id` ("" when
 * it holds none or no number). 0 or OD_ENOMEM. */
static int grid_order_id(struct job *j, const struct od_grid *g, char id[MAIL_ID_MAX + 1])
{
    int rc;

    id[0] = '\0';
    if ((rc = probe_grid(j, g, id)) < 0)
        return rc;
    if (rc != MAIL_SHEET_ORDER)
        id[0] = '\0';
    return 0;
}

/* A workbook whose first worksheet is an order (`g`, as load_grid read
 * it): each later worksheet that is an order of its own, under an order
 * number of its own (one sheet per store or per delivery point), is read
 * as a further order. A sheet without a number, or with the first one's,
 * is a part of the first order (packing notes, a copy) and not read. */
static int read_more_sheets(struct job *j, const struct mail_part *p, enum att_format f,
                            const char *name, const struct od_grid *g)
{
    struct od_xlsx_limits lim = {.max_uncompressed = j->s->max_xlsx_uncompressed};
    char ids[WORKBOOK_MAX_SHEETS][MAIL_ID_MAX + 1], why[REASON_MAX];
    char **names = NULL;
    size_t n_ids = 0;
    int rc;

    if ((f != AF_XLSX && f != AF_XLS) || j->s->sheet || j->s->columns.n || j->s->table ||
        g->n_parts)
        return 0;
    if ((rc = grid_order_id(j, g, ids[0])) < 0 || !ids[0][0])
        return rc;
    n_ids = 1;
    rc = f == AF_XLSX ? od_xlsx_sheet_names(p->data, p->len, &lim, &names)
                      : od_xls_sheet_names(p->data, p->len, NULL, &names);
    if (rc < 0)
        return rc == OD_ENOMEM ? rc : 0;
    if (!names[0] || !g->name || strcmp(names[0], g->name) != 0)
        goto out; /* another sheet than the first was chosen (pick_sheet) */
    for (size_t k = 1; names[k] && k < WORKBOOK_MAX_SHEETS && rc == 0; k++) {
        struct od_grid other = {0};
        bool seen = false;
        char label[200];

        rc = load_grid(j, p, f, names[k], &other, why, sizeof(why));
        if (rc == 0)
            rc = grid_order_id(j, &other, ids[n_ids]);
        for (size_t i = 0; rc == 0 && i < n_ids; i++)
            seen = seen || strcmp(ids[i], ids[n_ids]) == 0;
        if (rc == 0 && ids[n_ids][0] && !seen) {
            n_ids++;
            snprintf(label, sizeof(label), "%s (%s)", name, names[k]);
            rc = read_grid(j, p, label, &other);
        }
        if (rc == OD_EINVAL)
            rc = 0;
        od_grid_free(&other);
    }
out:
    od_xlsx_names_free(names);
    return rc;
}

/* orderfile_opts.total_word for an attachment's list: the words of the
 * mail's tables and texts. */
static enum orderfile_total list_total_word(const char *cell, size_t n)
{
    switch (mail_total_word(cell, n)) {
    case MAIL_TOTAL_ORDER:
        return ORDERFILE_TOTAL;
    case MAIL_TOTAL_SUB:
        return ORDERFILE_SUBTOTAL;
    case MAIL_TOTAL_NONE:
        break;
    }
    return ORDERFILE_NO_TOTAL;
}

/* orderfile_opts.charge_word for an attachment's list: a charge's
 * label ("运费", "Freight", "Discount"), or a cell that names one
 * inside longer words ("Frais de port", "MwSt. 19%"). */
static const char *list_charge_word(void *ctx, const char *cell)
{
    const char *f = mail_order_field(ctx, cell, strlen(cell));

    if (f && (strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0))
        return f;
    return f ? NULL : mail_sheet_charge_word(cell);
}

/* orderfile_opts.loose_time for an attachment's list: a date as people
 * write it, "12/02/2026" month first (the settings' zone). */
static bool list_time(void *ctx, const char *v, size_t n, od_time *out, bool *ambiguous)
{
    const struct imap_extract_settings *s = ctx;

    return mail_parse_date_order(s, v, n, false, out, ambiguous);
}

/* Does the mail's text speak of where goods go ("ship", "deliver",
 * 送货, 收货, "Liefer…", "livr…", "consegna", "envío"), or hold a place
 * to deliver to: a line that is an address with a number and ends with
 * a receiver and a phone ("思明仓：厦门市… 60 号 蔡文 0592-5163388",
 * tr_addr_name_phone)? */
static bool delivery_words(const struct od_grid *body)
{
    static const char *const words[] = {"ship",    "deliver", "送货",  "送貨",   "收货",
                                        "收貨",    "发往",    "寄到",  "liefer", "livr",
                                        "consegn", "entreg",  "envío", "envio",  NULL};

    for (size_t i = 0; i < body->n; i++) {
        const char *t = body->cells[i].text, *name, *phone, *end;
        size_t nn, pn;

        for (size_t k = 0; words[k]; k++)
            if (holds_ci(t, words[k]))
                return true;
        end = tr_addr_name_phone(t, t + strlen(t), &name, &nn, &phone, &pn);
        for (const char *p = t; end && p < end; p++)
            if (*p >= '0' && *p <= '9')
                return true;
    }
    return false;
}

/* What the mail's text adds to the orders of an order list: the
 * signature's company to each, and its labels (where the goods go) to
 * the list's only order. 0 or OD_ENOMEM. */
static int list_context(struct job *j, struct feed_units *u, bool house)
{
    size_t n = 0;
    int rc;

    if ((rc = body_lines(j)) < 0 || !j->body.n)
        return rc;
    for (size_t i = 0; i < u->n; i++)
        n += u->v[i].order != NULL;
    for (size_t i = 0; i < u->n && rc == 0; i++)
        if (u->v[i].order && n == 1 && (house || mail_house_named(&j->body, u->v[i].order)))
            rc = mail_warehouse_context(j->s, &j->body, u->v[i].order);
        else if (u->v[i].order)
            rc = mail_sheet_context(j->s, &j->body, n == 1, u->v[i].order);
    for (size_t i = 0; i < u->n && rc == 0 && n == 1; i++)
        if (u->v[i].order)
            rc = no_ship_to_doubt(j, u->v[i].order);
    if (n < 2 || !delivery_words(&j->body))
        return rc;
    /* The text's labels are no one order's when the list holds several:
     * "Ship both together to: …" above a list without addresses leaves
     * them without one, which the clerk must see. */
    for (size_t i = 0; i < u->n && rc == 0; i++) {
        struct od_order *o = u->v[i].order;

        if (o && !o->ship_to.address && !o->ship_to.name)
            rc = od_order_add_doubt(o, "no delivery address in the list, and the mail's text "
                                       "speaks of a delivery for the list's orders: check the "
                                       "ship-to");
    }
    return rc;
}

/* An order list (list_header) from a workbook of which the list reader
 * made no order at all, only dead letters (`u`: a column it could not
 * map, "line 2: lines.qty is missing"): one header it did not
 * understand must not lose the order. When the sheet reader finds an
 * order on the same grid `g`, the workbook is read so instead, each
 * order held with the list's reason (read_grid_nth), `u` emptied and
 * *done set; otherwise the list's dead letters stand. 0 or OD_ENOMEM. */
static int list_refused(struct job *j, const struct mail_part *p, const char *name,
                        const struct od_grid *g, struct feed_units *u, bool *done)
{
    char id[MAIL_ID_MAX + 1];
    const char *why = NULL;
    int rc;

    *done = false;
    for (size_t i = 0; i < u->n; i++) {
        if (u->v[i].order)
            return 0;
        if (!why && u->v[i].reason)
            why = u->v[i].reason;
    }
    if (!why || !g->n)
        return 0;
    if ((rc = probe_grid(j, g, id)) < 0)
        return rc;
    if (rc != MAIL_SHEET_ORDER)
        return 0;
    snprintf(j->list_refused, sizeof(j->list_refused), "%s", why);
    feed_units_free(u);
    memset(u, 0, sizeof(*u));
    rc = read_grid(j, p, name, g);
    j->list_refused[0] = '\0';
    *done = true;
    return rc;
}

static int read_attachment(struct job *j, const struct mail_part *p)
{
    const struct imap_extract_settings *s = j->s;
    enum att_format f = j->force ? (enum att_format)j->force : att_format(p);
    struct orderfile_opts fo = {0};
    struct feed_units u = {0};
    struct automap am = {0};
    struct od_buf text;
    struct od_grid list = {0}; /* a workbook read as an order list: its grid */
    char name[200];
    const char *data = p->data;
    size_t len = p->len;
    bool done = false;
    int rc = 0;

    if (f == AF_NONE)
        return 0;
    if (p->filename)
        snprintf(name, sizeof(name), "%s", p->filename);
    else
        snprintf(name, sizeof(name), "attachment-%u", p->number);
    for (char *c = name; *c; c++)
        if ((unsigned char)*c < 0x20)
            *c = '?';
    if (p->truncated)
        return att_failed(j, p, name,
                          "the message is cut off inside it (no closing MIME boundary); not read");
    od_buf_init(&text, MAIL_MAX_PART * 2 + 1);
    if (f == AF_PDF || f == AF_XLS ||
        ((f == AF_XLSX || f == AF_CSV || f == AF_TSV) && (!s->columns.n || s->table))) {
        struct od_grid g = {0};
        char why[REASON_MAX];

        /* rc 1: on below with the feed's parser (an order list) */
        rc = load_grid(j, p, f, s->sheet, &g, why, sizeof(why));
        if (rc == 0)
            rc = pick_sheet(j, p, f, &g);
        if (rc == OD_EINVAL)
            rc = att_failed(j, p, name, "%s", why);
        else if (rc == 0 && (f == AF_PDF || s->table || (!s->columns.n && !list_header(s, &g)))) {
            rc = read_grid(j, p, name, &g);
            if (rc == 0)
                rc = read_more_sheets(j, p, f, name, &g);
        } else if (rc == 0 && (f == AF_XLS || f == AF_XLSX)) { /* an order list: read once */
            rc = od_grid_to_csv(&g, &text) == OD_ENOMEM ? OD_ENOMEM : 1;
            list = g; /* kept for list_refused */
            memset(&g, 0, sizeof(g));
        } else if (rc == 0)
            rc = 1;
        od_grid_free(&g);
        if (rc <= 0)
            goto out;
        rc = 0;
        if (f == AF_XLS || f == AF_XLSX) {
            data = text.data ? text.data : "";
            len = text.len;
            f = AF_CSV;
        }
    }
    if (f == AF_XLSX) {
        struct od_xlsx_limits lim = {.max_uncompressed = s->max_xlsx_uncompressed};

        rc = od_xlsx_to_csv(p->data, p->len, s->sheet, &lim, &text);
        if (rc == OD_ENOMEM)
            goto out;
        if (rc < 0) {
            char why[REASON_MAX];

            snprintf(why, sizeof(why), "%s", od_error_last());
            rc = att_failed(j, p, name, "%s", why);
            goto out;
        }
        data = text.data ? text.data : "";
        len = text.len;
        f = AF_CSV;
    } else if (!memchr(p->data, '\0', p->len) ||
               (p->len >= 2 &&
                (((unsigned char)p->data[0] == 0xFF && (unsigned char)p->data[1] == 0xFE) ||
                 ((unsigned char)p->data[0] == 0xFE && (unsigned char)p->data[1] == 0xFF)))) {
        rc = mail_to_utf8(p->data, p->len, p->charset, s->encoding, &text, NULL);
        if (rc == OD_ENOMEM)
            goto out;
        if (rc < 0) {
            rc = att_failed(j, p, name, "too large to convert to UTF-8");
            goto out;
        }
        data = text.data ? text.data : "";
        len = text.len;
    }
    fo.format = f == AF_NDJSON ? "ndjson" : f == AF_JSON ? "json" : "csv";
    fo.encoding = "utf-8";
    fo.delimiter = f == AF_TSV ? '\t' : f == AF_CSV ? sniff_delimiter(data, len) : ',';
    fo.timezone = or_default(s->timezone, "Asia/Shanghai");
    fo.currency = or_default(s->currency, "CNY");
    fo.default_status = or_default(s->default_status, "pending_payment");
    fo.columns = &s->columns;
    fo.status_map = &s->status_map;
    fo.fine_prices = true;
    fo.continue_rows = true;
    fo.loose_time = list_time;
    fo.mark_currency = mail_currency_code;
    fo.total_word = list_total_word;
    fo.charge_word = list_charge_word;
    fo.loose_ctx = (void *)(uintptr_t)s;
    if (fo.format[0] == 'c' && !s->columns.n) {
        rc = automap_build(s, data, len, fo.delimiter, &am);
        if (rc < 0)
            goto out;
        fo.columns = &am.map;
        fo.spec_column = am.spec[0] ? am.spec : NULL;
        fo.spec_part = mail_spec_part;
    }
    rc = orderfile_parse(&fo, j->channel, name, data, len, &u);
    if (rc == 0 && list.n && !s->columns.n)
        rc = list_refused(j, p, name, &list, &u, &done);
    if (rc < 0 || done)
        goto out;
    listcur_from_header(data, len, fo.currency, &u);
    rc = list_context(j, &u, automap_weak(&am, "ship_to.address"));
    if (rc < 0)
        goto out;
    for (size_t i = 0; i < u.n && rc == 0; i++) {
        struct feed_unit *x = &u.v[i];

        if (!x->order)
            continue;
        rc = finish(j, x->order);
        if (rc == OD_ENOMEM)
            goto out;
        if (rc < 0) { /* cannot happen after orderfile_parse finished it; keep it safe */
            free(x->reason);
            x->reason = strdup(od_error_last());
            od_order_free(x->order);
            x->order = NULL;
            rc = x->reason ? 0 : od_error_set(OD_ENOMEM, "out of memory");
            continue;
        }
        rc = add_order(j, x->order, x->raw, x->raw_len);
        x->order = NULL;
    }
    for (size_t i = 0; i < u.n && rc == 0; i++)
        if (!u.v[i].order && u.v[i].reason) {
            if (strncmp(u.v[i].reason, name, strlen(name)) == 0)
                note(j->att_reason, "attachment %s", u.v[i].reason);
            else
                note(j->att_reason, "attachment %s: %s", name, u.v[i].reason);
        }
    if (rc == 0)
        rc = keep_units(j, &u, p->number);
out:
    automap_free(&am);
    feed_units_free(&u);
    od_grid_free(&list);
    od_buf_free(&text);
    return rc;
}

/* Dead units of attachments, once some order was found. */
static int flush_held(struct job *j)
{
    int rc = 0;

    for (size_t i = 0; i < j->n_fails && rc == 0; i++) {
        char ref[1024];

        snprintf(ref, sizeof(ref), "%s%s %s", j->source_ref, j->from_tag, j->fails[i].ref);
        rc = od_batch_add_dead(j->out, ref, NULL, j->fails[i].reason, j->fails[i].part->data,
                               j->fails[i].part->len);
    }
    for (size_t h = 0; h < j->n_held && rc == 0; h++)
        for (size_t i = 0; i < j->held[h].units.n && rc == 0; i++) {
            const struct feed_unit *x = &j->held[h].units.v[i];
            char ref[1024];

            if (x->order || !x->reason)
                continue;
            snprintf(ref, sizeof(ref), "%s%s att %u %s", j->source_ref, j->from_tag,
                     j->held[h].number, x->source_ref ? x->source_ref : "");
            rc = od_batch_add_dead(j->out, ref, x->external_id, x->reason, x->raw, x->raw_len);
        }
    return rc;
}

/* ---- bodies ---------------------------------------------------------- */

/* An order of the body read beside attachments' orders (j->extra) is an
 * order of its own when the text names its number (not the Subject: a
 * body without a number of its own may as well be lines to add to the
 * attached order, and stays unread as before), no order of the mail has
 * that number, and its lines are not those of an order of the mail (a
 * body that repeats the attached order under another reference). */
static bool own_order(const struct job *j, const struct od_order *o)
{
    const char *src = o->extraction ? o->extraction->sources : NULL;

    if (!src || !strstr(src, "\"external_id\": \"line "))
        return false;
    for (size_t k = j->out->n_orders - j->n_orders; k < j->out->n_orders; k++) {
        const struct od_order *a = j->out->orders[k].order;
        bool same = a->n_lines == o->n_lines;

        if (strcmp(a->external_id, o->external_id) == 0)
            return false;
        for (size_t i = 0; same && i < a->n_lines; i++)
            same = a->lines[i].qty == o->lines[i].qty && a->lines[i].sku && o->lines[i].sku &&
                   strcmp(a->lines[i].sku, o->lines[i].sku) == 0;
        if (same)
            return false;
    }
    return true;
}

/* An order read from the quoted part while the reply above says to
 * change something the reader did not apply: held. */
static int reply_change(struct od_order *o, const struct od_buf *text)
{
    const char *w;
    char why[200];

    if (!o->extraction || !o->extraction->sources)
        return 0;
    for (size_t i = 0; i < o->extraction->n_doubts; i++)
        if (strstr(o->extraction->doubts[i], "the reply changes"))
            return 0;
    w = mail_reply_change(text->data ? text->data : "", text->len, o->extraction->sources);
    if (!w)
        return 0;
    snprintf(why, sizeof(why),
             "the reply above the quoted order may change it ('%s'); the order was read as quoted",
             w);
    return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
}

/* An order read from the quoted part while the reply above reports on
 * the goods delivered ("壓壞", "damaged"): a complaint that quotes the
 * order it is about, no new order. Sets why and returns true. */
static bool reply_report(const struct od_order *o, const struct od_buf *text, char *why, size_t wl)
{
    const char *w;

    if (!o->extraction || !o->extraction->sources)
        return false;
    w = mail_reply_report(text->data ? text->data : "", text->len, o->extraction->sources);
    if (!w)
        return false;
    snprintf(why, wl,
             "the mail reports on the goods of the order it quotes ('%s'): a complaint, not a "
             "new order",
             w);
    return true;
}

static int read_body(struct job *j, const struct mail_part *p, bool *done)
{
    struct od_buf text, html;
    struct mail_text_result res = {0};
    char why[REASON_MAX], id[MAIL_ID_MAX + 1] = "";
    bool is_html;
    int rc = 0, outcome;

    od_buf_init(&text, MAIL_MAX_PART * 2 + 1);
    od_buf_init(&html, MAIL_MAX_PART * 2 + 1);
    if (p->truncated) {
        note(j->body_reason, "the message is cut off inside its text; not read");
        goto out;
    }
    is_html = p->kind == MAIL_HTML ||
              (p->kind == MAIL_ATTACHMENT && ((p->filename && !ends_with(p->filename, ".txt")) ||
                                              (!p->filename && strcmp(p->type, "text/html") == 0)));
    rc = mail_to_utf8(p->data, p->len, p->charset, j->s->encoding, is_html ? &html : &text, NULL);
    if (rc == 0 && is_html)
        rc = mail_html_to_text(html.data ? html.data : "", html.len, &text);
    if (rc == OD_ETOOBIG) {
        note(j->body_reason, "the text is too large to read");
        rc = 0;
        goto out;
    }
    if (rc < 0)
        goto out;
    outcome = mail_text_parse(j->s, text.data ? text.data : "", text.len, j->m.subject,
                              j->fallback_id, &res);
    if (outcome < 0) {
        rc = outcome;
        goto out;
    }
    snprintf(why, sizeof(why), "%s", res.why);
    snprintf(id, sizeof(id), "%s", res.bad_id);
    for (size_t i = 0; i < res.n_orders; i++) {
        struct od_order *o = res.orders[i];

        /* one order: a total line below its items that no label read */
        if (res.n_orders == 1 &&
            (rc = mail_body_total(o, text.data ? text.data : "", text.len)) < 0)
            goto out;
        /* one order: another total right below the one read */
        if (res.n_orders == 1 &&
            (rc = mail_body_later_total(o, text.data ? text.data : "", text.len)) < 0)
            goto out;
        /* one order read from the quoted history below a new one */
        if (res.n_orders == 1 &&
            (rc = mail_body_quoted_items(o, text.data ? text.data : "", text.len)) < 0)
            goto out;
        /* invoice hook (helper "invoice"): the text's 发票 labels */
        if (res.n_orders == 1 &&
            (rc = mail_invoice_fields(o, text.data ? text.data : "", text.len)) < 0)
            goto out;
        if ((rc = reply_change(o, &text)) < 0)
            goto out;
        if (reply_report(o, &text, why, sizeof(why))) {
            id[0] = '\0'; /* a complaint, no order: nothing is refused */
            continue;
        }
        rc = finish(j, o);
        if (rc == OD_ENOMEM)
            goto out;
        if (j->extra && (rc < 0 || !own_order(j, o))) {
            rc = 0;
            continue;
        }
        if (rc < 0) {
            if (!why[0]) {
                snprintf(why, sizeof(why), "order %s: %s", o->external_id, od_error_last());
                snprintf(id, sizeof(id), "%s", o->external_id);
            }
            rc = 0;
            continue;
        }
        res.orders[i] = NULL;
        rc = add_order(j, o, text.data, text.len);
        if (rc < 0)
            goto out;
        *done = true;
    }
    if (*done) {
        /* another order of the text is refused: the message is its dead letter */
        if (why[0] && !j->body_bad[0]) {
            note(j->body_bad, "%s", why);
            memcpy(j->body_bad_id, id, sizeof(id));
        }
        goto out;
    }
    if (outcome == MAIL_TEXT_ORDER)
        outcome = MAIL_TEXT_BAD;
    /* a concrete problem beats "no order number found" */
    if (outcome == MAIL_TEXT_BAD && strcmp(j->body_reason, "no order number found") == 0)
        j->body_reason[0] = '\0';
    if (!j->body_reason[0] && outcome == MAIL_TEXT_BAD)
        memcpy(j->body_id, id, sizeof(id));
    note(j->body_reason, "%s", why);
out:
    mail_text_result_free(&res);
    od_buf_free(&text);
    od_buf_free(&html);
    return rc < 0 ? rc : 0;
}

/* A text or HTML attachment read like a body. */
static bool text_file(const struct mail_part *p)
{
    if (p->filename)
        return ends_with(p->filename, ".txt") || ends_with(p->filename, ".htm") ||
               ends_with(p->filename, ".html");
    return p->type && (strcmp(p->type, "text/plain") == 0 || strcmp(p->type, "text/html") == 0);
}

/* ---- entry ----------------------------------------------------------- */

static int dead_message(struct job *j, const char *raw, size_t len)
{
    struct od_buf r;
    int rc = 0;

    od_buf_init(&r, REASON_MAX);
    if (j->att_reason[0])
        rc = od_buf_adds(&r, j->att_reason);
    if (rc == 0 && j->body_reason[0] &&
        !(j->att_reason[0] && strcmp(j->body_reason, "no order number found") == 0))
        rc = od_buf_printf(&r, "%s%s", r.len ? "; " : "", j->body_reason);
    if (rc == 0 && !r.len)
        rc = od_buf_adds(&r, use_source(j->s, "body") ? "no order number found"
                                                      : "no order attachment (csv, ndjson, json, "
                                                        "xlsx) found");
    if (rc == 0 && j->m.problem[0])
        rc = od_buf_printf(&r, " (%s)", j->m.problem);
    if (rc == OD_ETOOBIG)
        rc = 0; /* the reason is cut */
    if (rc == 0)
        rc = od_batch_add_dead(j->out, j->source_ref, j->body_id[0] ? j->body_id : NULL,
                               r.data ? r.data : "", raw, len);
    od_buf_free(&r);
    return rc;
}

/* An address that may stand in a dead letter's ref: no spaces or
 * control bytes (the ref is split at spaces), one '@', not too long. */
static bool ref_address(const char *a)
{
    size_t n = a ? strlen(a) : 0;
    const char *at = a ? strchr(a, '@') : NULL;

    if (!at || at == a || !at[1] || strchr(at + 1, '@') || n > ADDR_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)a[i] <= 0x20 || a[i] == 0x7f)
            return false;
    return true;
}

/* The sender's template for job `j` (from address `from`, may be NULL),
 * read into `ov`: j->s points at the effective settings then, and
 * *applied tells so. Nothing is allocated when no template matches. */
static int use_template(struct job *j, const char *from, struct overlay *ov, bool *applied)
{
    const struct imap_extract_settings *t = imap_extract_template(j->s, from, NULL);
    int rc;

    *applied = false;
    if (!t)
        return 0;
    if ((rc = overlay_init(ov, j->s, t)) < 0)
        return rc;
    j->s = &ov->s;
    *applied = true;
    return 0;
}

/* Whether the charset rule for unlabelled text differs ("auto" = NULL). */
static bool other_encoding(const char *a, const char *b)
{
    bool auto_a = !a || !a[0] || strcasecmp(a, "auto") == 0;
    bool auto_b = !b || !b[0] || strcasecmp(b, "auto") == 0;

    return auto_a != auto_b || (!auto_a && strcasecmp(a, b) != 0);
}

/* A mail about an order that already exists (its Subject or its own
 * text, not a quote): it asks to cancel the order, or claims for goods
 * delivered damaged or short. It still lists the order's lines, for
 * reference: an order read from it is held, never stored as a new clean
 * order. The reason (a static string) and the phrase found, or NULL. */
/* An order with a unit price finer than a cent is held whatever reader
 * read it: the price is stored exactly, but such prices are rare in a
 * mail, the amounts are rounded from them, and in the corpora the orders
 * that carry one were often wrong in another field no check caught
 * (docs/email-extraction.md, "Prices finer than a cent"). The readers
 * name the cell or line; this catches a path that did not. */
static int fine_price_doubt(struct od_order *o)
{
    char why[200], pr[OD_MONEY_STRLEN];

    if (o->extraction)
        for (size_t i = 0; i < o->extraction->n_doubts; i++)
            if (strstr(o->extraction->doubts[i], "finer than a cent"))
                return 0;
    for (size_t i = 0; i < o->n_lines; i++)
        if (o->lines[i].unit_price.e4 % OD_PRICE_PER_MINOR != 0) {
            snprintf(why, sizeof(why),
                     "item %zu: unit price %s is finer than a cent: stored exactly, the amounts "
                     "rounded from it to be checked",
                     i + 1, od_price_format(o->lines[i].unit_price, pr));
            return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
        }
    return 0;
}

/* "3kg", "gmbh": a legal form written in lower case is a unit or a
 * word of a sentence, not a company's name. */
static bool lower_last_word(const char *a, const char *z)
{
    while (z > a && (z[-1] == ' ' || z[-1] == '.' || z[-1] == ','))
        z--;
    while (z > a && z[-1] != ' ' && z[-1] != ',')
        z--;
    return (*z >= 'a' && *z <= 'z') || (*z >= '0' && *z <= '9');
}

/* The first line of the mail's text (not a quote's) that names a company
 * by its legal form, other than the seller's: the company, its length
 * and line in *n and *line; NULL when none. */
static const char *named_company(struct job *j, size_t *n, unsigned *line)
{
    if (body_lines(j) < 0)
        return NULL;
    for (size_t i = 0; i < j->body.n; i++) {
        const char *t = j->body.cells[i].text, *v, *z;

        while (*t == ' ' || *t == '\t')
            t++;
        if (*t == '>' || mail_seller_label(t, t + strlen(t)) || strchr(t, '|') || strchr(t, '\t'))
            continue;
        v = strstr(t, "：");
        v = v ? v + strlen("：") : strchr(t, ':') ? strchr(t, ':') + 1 : t;
        while (*v == ' ')
            v++;
        z = v + strlen(v);
        /* the company alone, or before a comma, a space or a dot
         * ("X有限公司 采购 付晴", "X GmbH, Lager 2", "X Ltd · tagline") */
        for (const char *e = z; e > v; e--) {
            if (e < z && *e != ' ' && *e != ',' && strncmp(e, "·", strlen("·")) != 0 &&
                strncmp(e, "，", strlen("，")) != 0)
                continue;
            if (mail_company_line(v, (size_t)(e - v)) && !lower_last_word(v, e)) {
                while (e > v && (e[-1] == ' ' || e[-1] == ','))
                    e--;
                *n = (size_t)(e - v);
                *line = j->body.cells[i].row + 1;
                return v;
            }
        }
    }
    return NULL;
}

/* An order without a buyer's name from a mail whose own text names a
 * company ("Willow & Clay Ltd · handmade ceramics" in the signature,
 * "X有限公司 采购 付晴"): the buyer was stated and not read, so the order
 * is held with the company and its line rather than stored without its
 * buyer. A mail that names no company (a shop's order signed by a
 * person, a repeat order from a known address) is not held for it. */
static int party_doubt(struct job *j, struct od_order *o)
{
    char why[300];
    const char *c;
    size_t n;
    unsigned line;

    if (o->customer.name && o->customer.name[0])
        return 0;
    if (!(c = named_company(j, &n, &line)))
        return 0;
    if (mail_sender_names(j->m.from_name, c, n)) {
        /* the sender's name too: taken, and held all the same */
        if (od_str_set(&o->customer.name, c, n) < 0)
            return OD_ENOMEM;
        snprintf(why, sizeof(why),
                 "customer.name: '%.*s' is read from line %u of the mail's text, which the "
                 "sender's name repeats; no label names the buyer: check it",
                 (int)(n > 120 ? 120 : n), c, line);
        return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
    }
    snprintf(why, sizeof(why),
             "customer.name: the mail names the company '%.*s' (line %u of its text), not read "
             "as the buyer",
             (int)(n > 120 ? 120 : n), c, line);
    return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
}

/* The checks of each order the job read, a mail's or a bare file's,
 * whatever part it came from: a price finer than a cent, a company named
 * but not read. 0 or OD_ENOMEM. */
static int order_checks(struct job *j)
{
    int rc = 0;

    for (size_t i = j->out->n_orders - j->n_orders; i < j->out->n_orders && rc == 0; i++) {
        struct od_order *o = j->out->orders[i].order;

        if ((rc = fine_price_doubt(o)) == 0 && (rc = party_doubt(j, o)) == 0 &&
            (rc = mail_shape_doubts(o)) == 0 && body_lines(j) == 0 &&
            (rc = rcv_receiver_doubt(&j->body, o)) == 0 && j->n_orders == 1)
            rc = bst_stated_total_doubt(&j->body, o);
    }
    return rc;
}

static const char *not_new_phrase(struct job *j, const char **what)
{
    static const struct {
        const char *w, *what;
    } words[] = {{"取消订单", "asks to cancel an order"},
                 {"订单取消", "asks to cancel an order"},
                 {"取消采购", "asks to cancel an order"},
                 {"请取消", "asks to cancel an order"},
                 {"撤单", "asks to cancel an order"},
                 {"整单取消", "asks to cancel an order"},
                 {"全部取消", "asks to cancel an order"},
                 {"【取消】", "asks to cancel an order"},
                 {"请勿生产", "asks to cancel an order"},
                 {"取消訂單", "asks to cancel an order"},
                 {"訂單取消", "asks to cancel an order"},
                 {"取消採購", "asks to cancel an order"},
                 {"請取消", "asks to cancel an order"},
                 {"整單取消", "asks to cancel an order"},
                 {"請勿生產", "asks to cancel an order"},
                 {"cancel this order", "asks to cancel an order"},
                 {"cancel the order", "asks to cancel an order"},
                 {"cancel our order", "asks to cancel an order"},
                 {"cancel po", "asks to cancel an order"},
                 {"cancellation", "asks to cancel an order"},
                 {"damaged quantity", "claims for damaged goods of a delivered order"},
                 {"total claim", "claims for damaged goods of a delivered order"},
                 {"damage claim", "claims for damaged goods of a delivered order"},
                 {"索赔", "claims for damaged goods of a delivered order"},
                 {"索賠", "claims for damaged goods of a delivered order"},
                 {"破损数量", "claims for damaged goods of a delivered order"},
                 {"破損數量", "claims for damaged goods of a delivered order"},
                 {NULL, NULL}};

    for (size_t w = 0; words[w].w; w++) {
        *what = words[w].what;
        if (j->m.subject && holds_ci(j->m.subject, words[w].w))
            return words[w].w;
        if (body_lines(j) < 0)
            return NULL;
        for (size_t i = 0; i < j->body.n; i++)
            if (j->body.cells[i].text[0] != '>' && holds_ci(j->body.cells[i].text, words[w].w))
                return words[w].w;
    }
    return NULL;
}

/* A mail that is no customer's order, whatever it holds: the seller's
 * own mail that forwards nothing, or a document whose title says it is
 * no purchase order (mailkind.c). 1 with j->body_reason set when so, 0
 * when it is read, OD_ENOMEM. */
static int no_order(struct job *j)
{
    bool reply, forward = false;
    char why[REASON_MAX - 64];
    int rc;

    if (mail_own_address(&j->s->own_addresses, j->m.from_addr)) {
        mail_subject_strip(j->m.subject, &reply, &forward);
        for (size_t i = 0; i < j->m.n_parts && !forward; i++)
            forward = j->m.parts[i].forwarded;
        if (!forward) {
            note(j->body_reason,
                 "the mail is from the seller's own address %s (own_addresses) and forwards "
                 "no customer's mail: not a customer's order",
                 j->m.from_addr);
            return 1;
        }
    }
    if ((rc = body_lines(j)) < 0)
        return rc;
    if (mail_not_an_order(j->m.subject, j->body.n ? &j->body : NULL, why, sizeof(why))) {
        note(j->body_reason, "%s", why);
        return 1;
    }
    return 0;
}

int imap_extract(const struct imap_extract_settings *s, const char *channel, const char *source_ref,
                 const char *raw, size_t len, bool customer_from_sender, struct od_batch *out)
{
    struct job j = {.s = s,
                    .channel = channel,
                    .source_ref = source_ref,
                    .from_sender = customer_from_sender,
                    .out = out};
    struct mail_limits lim = {
        .max_depth = s->max_depth ? s->max_depth : 10,
        .max_attachments = s->max_attachments ? s->max_attachments : 20,
        .encoding = s->encoding,
    };
    struct overlay ov = {0};
    bool templated = false;
    char hex[17];
    int rc;

    rc = mail_parse(raw ? raw : "", raw ? len : 0, &lim, &j.m);
    if (rc < 0)
        goto out;
    /* the From address picks the sender's template; the headers and
     * names are decoded again when it changes the charset rule */
    if (s->senders.n && (rc = use_template(&j, j.m.from_addr, &ov, &templated)) < 0)
        goto out;
    if (s->senders.n && ref_address(j.m.from_addr))
        snprintf(j.from_tag, sizeof(j.from_tag), " from %s", j.m.from_addr);
    if (templated && other_encoding(s->encoding, j.s->encoding)) {
        mail_msg_free(&j.m);
        memset(&j.m, 0, sizeof(j.m));
        lim.encoding = j.s->encoding;
        if ((rc = mail_parse(raw ? raw : "", raw ? len : 0, &lim, &j.m)) < 0)
            goto out;
    }
    if (j.m.message_id)
        sha256_hex16(j.m.message_id, strlen(j.m.message_id), hex);
    else
        sha256_hex16(raw ? raw : "", raw ? len : 0, hex);
    snprintf(j.fallback_id, sizeof(j.fallback_id), "msg-%s", hex);
    if ((rc = no_order(&j)) != 0) /* 1: a document that is no order (j.body_reason) */
        goto dead;
    if (use_source(j.s, "attachments"))
        for (size_t i = 0; i < j.m.n_parts && rc == 0; i++)
            if (j.m.parts[i].kind == MAIL_ATTACHMENT)
                rc = read_attachment(&j, &j.m.parts[i]);
    if (rc < 0)
        goto out;
    if (!j.n_orders && use_source(j.s, "body")) {
        bool done = false;

        for (size_t i = 0; i < j.m.n_parts && rc == 0 && !done; i++)
            if (j.m.parts[i].kind != MAIL_ATTACHMENT && !j.m.parts[i].alternative)
                rc = read_body(&j, &j.m.parts[i], &done);
        /* then a purchase order sent as a text file ("PO-2291.txt") */
        for (size_t i = 0; i < j.m.n_parts && rc == 0 && !done; i++)
            if (j.m.parts[i].kind == MAIL_ATTACHMENT && text_file(&j.m.parts[i]))
                rc = read_body(&j, &j.m.parts[i], &done);
        /* last, the HTML version of a plain text that gave nothing (a table
         * that the sender's client wrote one cell per line) */
        for (size_t i = 0; i < j.m.n_parts && rc == 0 && !done; i++)
            if (j.m.parts[i].alternative) {
                char keep[REASON_MAX], keep_id[MAIL_ID_MAX + 1];

                memcpy(keep, j.body_reason, sizeof(keep));
                memcpy(keep_id, j.body_id, sizeof(keep_id));
                rc = read_body(&j, &j.m.parts[i], &done);
                if (!done) { /* the plain text's reason stands */
                    memcpy(j.body_reason, keep, sizeof(keep));
                    memcpy(j.body_id, keep_id, sizeof(keep_id));
                }
            }
        if (rc == 0 && !done && !j.body_reason[0])
            note(j.body_reason, "no text body and no order attachment found");
    } else if (j.n_orders && use_source(j.s, "body")) {
        /* an order of its own in the body beside the attachments' ("浦东店的
         *如下，闵行店的见附件"); the body's problems are not the mail's */
        bool done = false;

        j.extra = true;
        for (size_t i = 0; i < j.m.n_parts && rc == 0 && !done; i++)
            if (j.m.parts[i].kind != MAIL_ATTACHMENT && !j.m.parts[i].alternative)
                rc = read_body(&j, &j.m.parts[i], &done);
        j.extra = false;
        j.body_reason[0] = j.body_bad[0] = '\0';
    }
    if (rc < 0)
        goto out;
    if (j.n_orders) {
        const char *what = NULL;
        const char *phrase = not_new_phrase(&j, &what);

        for (size_t i = out->n_orders - j.n_orders; phrase && i < out->n_orders && rc == 0; i++) {
            char why[160];

            snprintf(why, sizeof(why), "the mail %s ('%s')", what, phrase);
            rc = od_order_add_doubt(out->orders[i].order, why);
        }
        if (rc == 0)
            rc = order_checks(&j);
    }
dead:
    if (rc == 1) /* no order to read */
        rc = 0;
    if (rc == 0)
        rc = j.n_orders ? flush_held(&j) : dead_message(&j, raw, len);
    if (rc == 0 && j.n_orders && j.body_bad[0])
        rc = od_batch_add_dead(out, source_ref, j.body_bad_id[0] ? j.body_bad_id : NULL, j.body_bad,
                               raw, len);
out:
    for (size_t h = 0; h < j.n_held; h++)
        feed_units_free(&j.held[h].units);
    free(j.held);
    free(j.fails);
    mail_msg_free(&j.m);
    od_grid_free(&j.body);
    overlay_free(&ov);
    /* only OD_ENOMEM is a failure of the program; other codes keep their detail */
    return rc == OD_ENOMEM ? od_error_set(OD_ENOMEM, "out of memory") : rc < 0 ? rc : 0;
}

/* ---- dead-letter retries --------------------------------------------- */

/* "<ref> att 2 orders.csv:14,15" -> number 2, name "orders.csv", rows
 * true; "<ref> att 1 big.csv" -> rows false. 0 when `ref` names no
 * attachment. */
static unsigned parse_att_ref(const char *ref, char *name, size_t cap, bool *rows)
{
    const char *a = ref ? strstr(ref, " att ") : NULL;
    const char *sp, *colon;
    char *end;
    unsigned long n;
    size_t len;

    if (!a)
        return 0;
    n = strtoul(a + 5, &end, 10);
    if (end == a + 5 || *end != ' ' || n == 0 || n > 100000)
        return 0;
    sp = end + 1;
    len = strlen(sp);
    colon = strrchr(sp, ':');
    *rows = false;
    if (colon && colon[1] && strspn(colon + 1, "0123456789,[]") == strlen(colon + 1)) {
        len = (size_t)(colon - sp);
        *rows = true;
    }
    if (len == 0 || len >= cap)
        return 0;
    memcpy(name, sp, len);
    name[len] = '\0';
    return (unsigned)n;
}

/* The From address a ref names ("<ref> from a@b.cn att 2 ..."), into
 * buf; false when it names none. */
static bool ref_sender(const char *ref, char *buf, size_t cap)
{
    const char *a = ref ? strstr(ref, " att ") : NULL;
    const char *f = NULL, *p;
    size_t n;

    if (!a)
        return false;
    for (p = ref; (p = strstr(p, " from ")) != NULL && p < a; p++)
        f = p;
    if (!f)
        return false;
    f += 6;
    n = (size_t)(a - f);
    if (n == 0 || n >= cap)
        return false;
    memcpy(buf, f, n);
    buf[n] = '\0';
    return ref_address(buf);
}

int imap_extract_reparse(const struct imap_extract_settings *s, const char *channel,
                         const struct od_dead_letter *d, bool customer_from_sender,
                         struct od_batch *out)
{
    struct od_batch tmp;
    struct overlay ov = {0};
    char name[256], from[ADDR_MAX + 1];
    bool rows = false, templated = false;
    unsigned number = parse_att_ref(d->source_ref, name, sizeof(name), &rows);
    int rc;

    od_batch_init(&tmp, 0);
    if (!number) {
        rc = imap_extract(s, channel, d->source_ref ? d->source_ref : "", d->raw, d->raw_len,
                          customer_from_sender, &tmp);
    } else {
        struct job j = {.s = s,
                        .channel = channel,
                        .source_ref = d->source_ref,
                        .from_sender = customer_from_sender,
                        .out = &tmp};
        struct mail_part p = {.kind = MAIL_ATTACHMENT,
                              .filename = name,
                              .data = d->raw ? d->raw : (char *)"",
                              .len = d->raw_len,
                              .number = number};

        j.m.date = OD_TIME_NONE;
        /* the rows of a workbook were kept as the CSV they were read as */
        if (rows && ends_with(name, ".xlsx"))
            j.force = AF_CSV;
        rc = 0;
        if (s->senders.n && ref_sender(d->source_ref, from, sizeof(from)))
            rc = use_template(&j, from, &ov, &templated);
        if (rc == 0)
            rc = read_attachment(&j, &p);
        if (rc == 0 && !j.n_orders && !j.att_reason[0])
            note(j.att_reason, "attachment %s: no order in it", name);
        if (rc == 0 && !j.n_orders)
            rc = od_batch_add_dead(&tmp, d->source_ref, NULL, j.att_reason, NULL, 0);
        else if (rc == 0)
            rc = flush_held(&j);
        for (size_t h = 0; h < j.n_held; h++)
            feed_units_free(&j.held[h].units);
        free(j.held);
        free(j.fails);
        od_grid_free(&j.body);
    }
    if (rc < 0)
        goto out;
    if (tmp.n_dead) {
        rc = od_error_set(OD_EINVAL, "%s", tmp.dead[0].reason ? tmp.dead[0].reason : "still bad");
        goto out;
    }
    for (size_t i = 0; i < tmp.n_orders && rc == 0; i++) {
        rc = od_batch_add_order(out, tmp.orders[i].order, tmp.orders[i].raw, tmp.orders[i].raw_len);
        tmp.orders[i].order = NULL; /* taken, even on failure */
    }
out:
    od_batch_free(&tmp);
    overlay_free(&ov);
    return rc;
}

/* ---- one bare file ----------------------------------------------------- */

/* Why a file gave nothing when no reader said why. */
static void file_reason(struct job *j, const struct mail_part *p, bool text)
{
    if (text && !use_source(j->s, "body"))
        note(j->body_reason, "file %s: extract.sources does not read bodies or text files",
             p->filename);
    else if (!text && !use_source(j->s, "attachments"))
        note(j->att_reason, "file %s: extract.sources does not read attachments", p->filename);
    else if (!text && att_format(p) == AF_NONE)
        note(j->att_reason,
             "file %s: not a kind of file orderd reads (by its name: .csv, .tsv, .ndjson, "
             ".json, .xlsx, .xls, .pdf, .txt, .html ...)",
             p->filename);
    else if (!text)
        note(j->att_reason, "attachment %s: no order in it", p->filename);
}

int imap_extract_file(const struct imap_extract_settings *s, const char *channel,
                      const char *source_ref, const char *name, const char *data, size_t len,
                      struct od_batch *out)
{
    return imap_extract_file_from(s, channel, source_ref, name, data, len, NULL, out);
}

int imap_extract_file_from(const struct imap_extract_settings *s, const char *channel,
                           const char *source_ref, const char *name, const char *data, size_t len,
                           const char *sender, struct od_batch *out)
{
    struct job j = {.s = s, .channel = channel, .source_ref = source_ref, .out = out};
    struct mail_part p = {.kind = MAIL_ATTACHMENT, .number = 1};
    const char *base = strrchr(name, '/');
    struct overlay ov = {0};
    bool text, done = false, templated = false;
    char hex[17];
    int rc = 0;

    j.m.date = OD_TIME_NONE;
    if (s->senders.n && sender) {
        if ((rc = use_template(&j, sender, &ov, &templated)) < 0)
            goto out;
        if (ref_address(sender))
            snprintf(j.from_tag, sizeof(j.from_tag), " from %s", sender);
    }
    p.filename = strdup(base ? base + 1 : name);
    p.type = strdup("application/octet-stream");
    if (!p.filename || !p.type) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (char *c = p.filename; *c; c++)
        if ((unsigned char)*c < 0x20)
            *c = '?';
    text = text_file(&p);
    if (len > MAIL_MAX_PART) {
        note(j.att_reason, "file %s: %zu bytes, more than the %zu MiB a part of a mail may have",
             p.filename, len, MAIL_MAX_PART >> 20);
        goto dead;
    }
    /* a part's data is NUL-terminated (mail.h) */
    p.data = malloc(len + 1);
    if (!p.data) {
        rc = OD_ENOMEM;
        goto out;
    }
    if (len)
        memcpy(p.data, data, len);
    p.data[len] = '\0';
    p.len = len;
    sha256_hex16(p.data, len, hex);
    snprintf(j.fallback_id, sizeof(j.fallback_id), "file-%s", hex);
    if (text && use_source(j.s, "body"))
        rc = read_body(&j, &p, &done);
    else if (!text && use_source(j.s, "attachments"))
        rc = read_attachment(&j, &p);
    if (rc < 0)
        goto out;
    if (!j.n_orders && !j.att_reason[0] && !j.body_reason[0])
        file_reason(&j, &p, text);
    if (j.n_orders && (rc = order_checks(&j)) < 0) /* as a mail's orders are checked */
        goto out;
dead:
    rc = j.n_orders ? flush_held(&j) : dead_message(&j, data, len);
out:
    for (size_t h = 0; h < j.n_held; h++)
        feed_units_free(&j.held[h].units);
    free(j.held);
    free(j.fails);
    od_grid_free(&j.body);
    free(p.filename);
    free(p.type);
    free(p.data);
    overlay_free(&ov);
    /* only OD_ENOMEM is a failure of the program; other codes keep their detail */
    return rc == OD_ENOMEM ? od_error_set(OD_ENOMEM, "out of memory") : rc < 0 ? rc : 0;
}

int imap_extract_channel(const struct od_channel *ch, const struct imap_extract_settings **settings,
                         bool *customer_from_sender)
{
    const struct imap_extract_settings *x = NULL;
    bool from = false;

    if (!ch->connector || strcmp(ch->kind, "imap") != 0 || !ch->settings)
        return od_error_set(OD_EINVAL, "channel %s is of kind %s, not imap", ch->name, ch->kind);
    for (const struct od_config_key *k = ch->connector->keys; k && k->name; k++) {
        const char *at = (const char *)ch->settings + k->offset;

        if (k->type == OD_KEY_SECTION && k->section == imap_extract_keys)
            x = (const struct imap_extract_settings *)(const void *)at;
        else if (k->type == OD_KEY_BOOL && strcmp(k->name, "customer_from_sender") == 0)
            memcpy(&from, at, sizeof(from));
    }
    if (!x)
        return od_error_set(OD_EINVAL, "channel %s has no extract: settings", ch->name);
    *settings = x;
    *customer_from_sender = from;
    return 0;
}
