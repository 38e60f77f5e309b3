/* Purchase orders written as text: label lines ("订单号：PO-2291",
 * "Ship to: ...") and a line-item table (a header row of known column
 * labels, columns split by tabs, 2+ spaces, '|' or full-width spaces),
 * or "SKU x qty @ price" lines. Also the HTML-to-text reduction used
 * for HTML-only messages. Every problem names the line of the text. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "error.h"
#include "mail.h"
#include "money.h"

#define MAX_CELLS 32
#define ID_MAX    MAIL_ID_MAX
/* Longer lines are no purchase-order line (and would make the label
 * search slow): they are skipped. */
#define LINE_MAX_BYTES 4096
/* A purchase order by mail is far smaller than this. */
#define MAX_ITEMS 2000
#define MAX_LINES 20000

/* ---- labels ---------------------------------------------------------- */

struct label_set {
    const char *field;
    const char *labels; /* '|'-separated */
};

/* Order-level labels of label lines. */
static const struct label_set order_labels[] = {
    {"external_id",
     "订单号|订单编号|订单号码|采购单号|采购订单号|采购单编号|訂單號|訂單編號|採購單號|"
     "PO No.|PO No|PO Number|"
     "PO #|PO#|PO|P.O. No.|P.O. Number|P.O.|Order #|Order#|Order No.|Order No|Order Number|"
     "Purchase Order No.|Purchase Order Number|Purchase Order"},
    {"customer.name",
     "客户|客户名称|公司|公司名称|采购方|客戶|客戶名稱|Customer|Customer Name|Company|Buyer"},
    {"ship_to.name", "收货人|联系人|收件人|收貨人|聯絡人|聯繫人|Ship to|Ship To "
                     "Name|Attn|Attention|Contact|Recipient"},
    {"ship_to.phone",
     "电话|手机|联系电话|收货电话|手机号|電話|手機|聯絡電話|Tel|Tel.|Phone|Mobile|Telephone"},
    {"ship_to.address",
     "地址|收货地址|送货地址|收貨地址|送貨地址|Address|Shipping Address|Ship to Address|"
     "Delivery Address"},
    {"buyer_note", "备注|说明|備註|說明|Note|Notes|Remark|Remarks|Comment|Comments"},
    {"total", "合计|总计|总金额|订单金额|订单总额|合計|總計|總金額|Total|Grand Total|Order "
              "Total|Total Amount"},
    {"currency", "币种|币别|货币|幣別|貨幣|Currency"},
    {"placed_at", "日期|下单日期|订单日期|下单时间|采购日期|Order Date|PO Date"},
    {"customer.email", "邮箱|电子邮件|Email|E-mail"},
    {"shipping", "运费|Shipping|Freight"},
};
#define N_ORDER_LABELS (sizeof(order_labels) / sizeof(order_labels[0]))

/* Column labels of a line-item table's header row. "-" columns are
 * known and ignored (line numbers, units). */
static const struct label_set column_labels[] = {
    {"lines.sku",
     "商品编码|商品编号|产品编码|产品编号|物料编码|物料号|编码|货号|型号|商品編碼|"
     "商品編號|產品編號|貨號|料號|型號|SKU|Item No.|Item No|"
     "Item #|Item|Item Code|Part No.|Part No|Part Number|Product Code|Code|Article No."},
    {"lines.title", "品名|商品名称|产品名称|名称|商品|规格|商品名稱|產品名稱|名稱|規格|Description|"
                    "Product|Product Name|"
                    "Item Name|Name"},
    {"lines.qty", "数量|订购数量|采购数量|數量|Qty|Qty.|Quantity"},
    {"lines.unit_price", "单价|含税单价|价格|單價|價格|Unit Price|Price|Unit Cost|Price Each"},
    {"lines.total", "金额|小计|总价|金額|小計|Amount|Line Total|Total|Subtotal|Ext. Price"},
    {"-", "序号|行号|单位|No.|No|#|Line|Unit|UOM"},
};
#define N_COLUMN_LABELS (sizeof(column_labels) / sizeof(column_labels[0]))

const char *const mail_label_fields[] = {
    "external_id",
    "customer.name",
    "ship_to.name",
    "ship_to.phone",
    "ship_to.address",
    "buyer_note",
    "total",
    "currency",
    "placed_at",
    "customer.email",
    "shipping",
    "lines.sku",
    "lines.title",
    "lines.qty",
    "lines.unit_price",
    "lines.total",
    NULL,
};

/* Words that start the total row of a table. */
static const char *const total_words = "合计|总计|小计|合計|總計|小計|Total|Grand Total|Subtotal";

/* Call `fn` for every label of `field` (defaults, then `labels:`);
 * stops when it returns true. */
typedef bool (*label_fn)(void *ud, const char *label, size_t len);

static bool each_label_in(const char *list, label_fn fn, void *ud)
{
    const char *p = list;

    while (p && *p) {
        size_t n = strcspn(p, "|");

        if (n && fn(ud, p, n))
            return true;
        p += n;
        if (*p == '|')
            p++;
    }
    return false;
}

static bool each_label(const struct imap_extract_settings *s, const struct label_set *set,
                       label_fn fn, void *ud)
{
    const char *extra = s ? od_strmap_get(&s->labels, set->field) : NULL;

    if (each_label_in(set->labels, fn, ud))
        return true;
    return extra && each_label_in(extra, fn, ud);
}

/* ---- text helpers ---------------------------------------------------- */

static bool is_fw_space(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] == 0x80;
}

/* Skip spaces, tabs, CR and full-width spaces. */
static const char *skip_ws(const char *p, const char *end)
{
    for (;;) {
        if (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
            p++;
        else if (is_fw_space(p, end))
            p += 3;
        else
            return p;
    }
}

static const char *rtrim(const char *a, const char *z)
{
    for (;;) {
        if (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
            z--;
        else if (z - a >= 3 && is_fw_space(z - 3, z))
            z -= 3;
        else
            return z;
    }
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A cell separator at p: tab, '|', full-width space, or 2+ spaces.
 * Returns its length (0 = none). */
static size_t sep_at(const char *p, const char *end)
{
    const char *q = p;

    if (p < end && (*p == '\t' || *p == '|'))
        q = p + 1;
    else if (is_fw_space(p, end))
        q = p + 3;
    else if (end - p >= 2 && p[0] == ' ' && p[1] == ' ')
        q = p + 2;
    else
        return 0;
    /* swallow the rest of the run */
    for (;;) {
        if (q < end && (*q == ' ' || *q == '\t' || *q == '|'))
            q++;
        else if (is_fw_space(q, end))
            q += 3;
        else
            return (size_t)(q - p);
    }
}

struct cell {
    const char *p;
    size_t n;
};

/* Split a line into trimmed cells. Leading/trailing '|' (Markdown
 * tables) make no empty cells. Returns the count (at most MAX_CELLS;
 * more are merged into the last). */
static size_t split_cells(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = skip_ws(a, z);

    if (p < z && *p == '|')
        p = skip_ws(p + 1, z);
    z = rtrim(p, z);
    if (z > p && z[-1] == '|')
        z = rtrim(p, z - 1);
    while (p < z) {
        const char *q = p;
        size_t s = 0;

        while (q < z && (s = sep_at(q, z)) == 0)
            q++;
        if (n == MAX_CELLS) {
            cells[n - 1].n = (size_t)(z - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(rtrim(p, q) - p);
        n++;
        p = q < z ? q + s : z;
    }
    return n;
}

/* ---- label matching -------------------------------------------------- */

struct match_ctx {
    const char *p, *end;
    size_t best;
    bool need_sep;
};

static bool ends_with_word(const char *l, size_t n)
{
    return l[n - 1] == '#' || l[n - 1] == '.' || (n >= 2 && strncasecmp(l + n - 2, "No", 2) == 0) ||
           (n >= 3 && memcmp(l + n - 3, "号", 3) == 0);
}

/* Length of "label<sep>" at p, or 0. */
static size_t label_sep_len(const char *p, const char *end, const char *l, size_t n)
{
    const char *q;

    if ((size_t)(end - p) < n || strncasecmp(p, l, n) != 0)
        return 0;
    q = p + n;
    /* an ASCII label must end at a word boundary ("Note" not "Notebook") */
    if (ascii_alnum((unsigned char)l[n - 1]) && q < end && ascii_alnum((unsigned char)*q))
        return 0;
    while (q < end && *q == ' ')
        q++;
    if (q < end && (*q == ':' || *q == '=' || *q == '\t'))
        return (size_t)(q + 1 - p);
    if (end - q >= 3 && memcmp(q, "：", 3) == 0)
        return (size_t)(q + 3 - p);
    /* "PO# 2291", "Order No. 12", "订单号 PO-1": a label that ends like a
     * number word needs no colon */
    if (ends_with_word(l, n) && q < end && (q > p + n || l[n - 1] == '#'))
        return (size_t)(q - p);
    return 0;
}

static bool try_label(void *ud, const char *l, size_t n)
{
    struct match_ctx *m = ud;
    size_t k = label_sep_len(m->p, m->end, l, n);

    if (k > m->best)
        m->best = k;
    return false;
}

/* The order field of the label at p (index into order_labels), with
 * *len the bytes of label and separator; -1 when none. */
static int match_order_label(const struct imap_extract_settings *s, const char *p, const char *end,
                             size_t *len)
{
    int found = -1;
    size_t best = 0;

    for (size_t i = 0; i < N_ORDER_LABELS; i++) {
        struct match_ctx m = {.p = p, .end = end};

        each_label(s, &order_labels[i], try_label, &m);
        if (m.best > best) {
            best = m.best;
            found = (int)i;
        }
    }
    *len = best;
    return found;
}

struct cell_ctx {
    const char *p;
    size_t n;
};

static bool cell_is(void *ud, const char *l, size_t n)
{
    struct cell_ctx *c = ud;

    return c->n == n && strncasecmp(c->p, l, n) == 0;
}

/* Trim a header cell: spaces, a trailing ':'/'：', a trailing
 * "(unit)" / "（元）". */
static struct cell_ctx header_cell(const char *p, size_t n)
{
    const char *z = p + n;

    for (;;) {
        z = rtrim(p, z);
        if (z > p && z[-1] == ':')
            z--;
        else if (z - p >= 3 && memcmp(z - 3, "：", 3) == 0)
            z -= 3;
        else if (z > p && z[-1] == ')' && memchr(p, '(', (size_t)(z - p)))
            z = (const char *)memrchr(p, '(', (size_t)(z - p));
        else if (z - p >= 3 && memcmp(z - 3, "）", 3) == 0) {
            const char *o = NULL;

            for (const char *q = p; q + 3 <= z - 3; q++)
                if (memcmp(q, "（", 3) == 0)
                    o = q;
            if (!o)
                break;
            z = o;
        } else {
            break;
        }
    }
    return (struct cell_ctx){p, (size_t)(z - p)};
}

/* Column label index of a header cell, -1 when unknown. */
static int match_column(const struct imap_extract_settings *s, const char *p, size_t n)
{
    struct cell_ctx c = header_cell(p, n);

    if (!c.n)
        return -1;
    for (size_t i = 0; i < N_COLUMN_LABELS; i++)
        if (each_label(s, &column_labels[i], cell_is, &c))
            return (int)i;
    return -1;
}

const char *mail_header_field(const struct imap_extract_settings *s, const char *cellv)
{
    struct cell_ctx c = header_cell(cellv, strlen(cellv));
    int col;

    if (!c.n)
        return NULL;
    col = match_column(s, cellv, strlen(cellv));
    if (col >= 0)
        return strcmp(column_labels[col].field, "-") == 0 ? NULL : column_labels[col].field;
    for (size_t i = 0; i < N_ORDER_LABELS; i++)
        if (each_label(s, &order_labels[i], cell_is, &c))
            return order_labels[i].field;
    return NULL;
}

static bool is_total_word(const char *p, size_t n)
{
    struct cell_ctx c = header_cell(p, n);

    return c.n && each_label_in(total_words, cell_is, &c);
}

/* ---- values ---------------------------------------------------------- */

static void clip(char *dst, size_t cap, const char *p, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, p, n);
    dst[n] = '\0';
    od_utf8_sanitize(dst);
}

/* Money with optional "元" / "RMB" decoration. */
static int parse_amount(const char *p, size_t n, od_money *out)
{
    const char *z = rtrim(p, p + n);

    p = skip_ws(p, z);
    if (z - p >= 3 && memcmp(z - 3, "元", 3) == 0)
        z = rtrim(p, z - 3);
    if (p == z)
        return OD_EINVAL;
    return od_money_parse(p, (size_t)(z - p), out);
}

/* Units allowed after a quantity ("10 pcs", "5件"). */
static bool qty_unit(const char *p, const char *z)
{
    static const char *const units[] = {"个", "件", "箱", "盒",  "套", "只", "台",    "支",   "包",
                                        "瓶", "袋", "双", "pcs", "pc", "ea", "units", "unit", NULL};

    p = skip_ws(p, z);
    if (p == z)
        return true;
    for (size_t i = 0; units[i]; i++)
        if ((size_t)(z - p) == strlen(units[i]) && strncasecmp(p, units[i], (size_t)(z - p)) == 0)
            return true;
    return false;
}

/* Quantity: a positive whole number (thousands commas allowed), an
 * optional unit word. Fills `why` on failure. */
static bool parse_qty(const char *p, size_t n, int64_t *out, unsigned line, char *why, size_t wl)
{
    const char *z = rtrim(p, p + n), *q;
    char shown[64];
    int64_t v = 0;
    size_t digits = 0;

    p = skip_ws(p, z);
    clip(shown, sizeof(shown), p, (size_t)(z - p));
    for (q = p; q < z && ((*q >= '0' && *q <= '9') || (*q == ',' && digits)); q++) {
        if (*q == ',')
            continue;
        if (v > 1000000000LL) {
            snprintf(why, wl, "line %u: quantity '%s' must be between 1 and 1000000000", line,
                     shown);
            return false;
        }
        v = v * 10 + (*q - '0');
        digits++;
    }
    if (!digits) {
        snprintf(why, wl, "line %u: quantity '%s' is not a number", line, shown);
        return false;
    }
    if (q < z && (*q == '.' || *q == ',')) {
        const char *d = q + 1;

        while (d < z && *d == '0')
            d++;
        if (d < z && *d >= '1' && *d <= '9') {
            snprintf(why, wl, "line %u: quantity '%s' is not a whole number", line, shown);
            return false;
        }
        q = d;
    }
    if (!qty_unit(q, z)) {
        snprintf(why, wl, "line %u: quantity '%s' is not a number", line, shown);
        return false;
    }
    if (v < 1 || v > 1000000000LL) {
        snprintf(why, wl, "line %u: quantity '%s' must be between 1 and 1000000000", line, shown);
        return false;
    }
    *out = v;
    return true;
}

/* ---- the reader ------------------------------------------------------ */

struct reader {
    const struct imap_extract_settings *s;
    struct od_order *o;
    char id[ID_MAX + 1];
    bool have_total, have_date, have_currency;
    size_t n_items;
    char *why;
    size_t wl;
    bool bad;
};

static void fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void fail(struct reader *r, const char *fmt, ...)
{
    va_list ap;

    if (r->bad)
        return;
    r->bad = true;
    va_start(ap, fmt);
    vsnprintf(r->why, r->wl, fmt, ap);
    va_end(ap);
}

/* The first token of an order-number value, if it looks like one. */
static bool take_id(const char *p, const char *z, char *out)
{
    const char *a = skip_ws(p, z), *b = a;
    bool alnum = false;

    /* letters, digits and -_/.# ; anything else ends the number
     * ("PO-2291（加急）", "PO-2291, thanks") */
    while (b < z && (ascii_alnum((unsigned char)*b) || strchr("-_/.#", *b))) {
        if (ascii_alnum((unsigned char)*b))
            alnum = true;
        b++;
    }
    while (b > a && b[-1] == '.')
        b--;
    if (!alnum || (size_t)(b - a) > ID_MAX)
        return false;
    memcpy(out, a, (size_t)(b - a));
    out[b - a] = '\0';
    return true;
}

/* "2026年11月20日" / "2026.11.20" -> "2026-11-20", then od_time_parse. */
static bool parse_date(const struct imap_extract_settings *s, const char *p, const char *z,
                       od_time *out)
{
    const char *tz = s->timezone && s->timezone[0] ? s->timezone : "Asia/Shanghai";
    char buf[64];
    size_t n = 0;

    p = skip_ws(p, z);
    z = rtrim(p, z);
    while (p < z && n < sizeof(buf) - 1) {
        if (z - p >= 3 && (memcmp(p, "年", 3) == 0 || memcmp(p, "月", 3) == 0)) {
            buf[n++] = '-';
            p += 3;
        } else if (z - p >= 3 && memcmp(p, "日", 3) == 0) {
            p += 3;
        } else if (*p == '.') {
            buf[n++] = '-';
            p++;
        } else {
            buf[n++] = *p++;
        }
    }
    if (p < z)
        return false;
    while (n && buf[n - 1] == ' ')
        n--;
    return od_time_parse(buf, n, tz, out) == 0;
}

static int set_str(char **field, const char *p, const char *z)
{
    char buf[1024];

    p = skip_ws(p, z);
    z = rtrim(p, z);
    if (p == z || *field)
        return 0;
    clip(buf, sizeof(buf), p, (size_t)(z - p));
    return od_str_set(field, buf, strlen(buf));
}

/* One "label: value" field. */
static int set_field(struct reader *r, int fi, const char *p, const char *z, unsigned line)
{
    struct od_order *o = r->o;
    const char *f = order_labels[fi].field;
    char shown[128];

    p = skip_ws(p, z);
    z = rtrim(p, z);
    clip(shown, sizeof(shown), p, (size_t)(z - p));
    if (strcmp(f, "external_id") == 0) {
        if (!r->id[0] && !take_id(p, z, r->id) && p < z)
            fail(r,
                 "line %u: order number '%s' is not usable (it must start with letters, digits "
                 "and -_/.#, at most %d)",
                 line, shown, ID_MAX);
        return 0;
    }
    if (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0) {
        od_money m;
        od_money *dst = f[0] == 't' ? &o->total : &o->shipping;

        if (p == z || *dst != OD_MONEY_NONE)
            return 0;
        if (parse_amount(p, (size_t)(z - p), &m) < 0) {
            fail(r, "line %u: %s '%s' is not an amount", line, f, shown);
            return 0;
        }
        *dst = m;
        if (f[0] == 't')
            r->have_total = true;
        return 0;
    }
    if (strcmp(f, "currency") == 0) {
        const char *code = NULL;

        if (z - p == 3 && ascii_alnum((unsigned char)p[0])) {
            char c[4] = {p[0], p[1], p[2], 0};

            for (int i = 0; i < 3; i++)
                if (c[i] >= 'a' && c[i] <= 'z')
                    c[i] = (char)(c[i] - 32);
            if (c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' &&
                c[2] <= 'Z') {
                memcpy(o->currency, c, 4);
                if (strcmp(c, "RMB") == 0)
                    memcpy(o->currency, "CNY", 4);
                return 0;
            }
        }
        if (strcmp(shown, "人民币") == 0)
            code = "CNY";
        else if (strcmp(shown, "美元") == 0)
            code = "USD";
        else if (strcmp(shown, "港币") == 0 || strcmp(shown, "港元") == 0)
            code = "HKD";
        else if (strcmp(shown, "欧元") == 0)
            code = "EUR";
        if (code)
            memcpy(o->currency, code, 4);
        else if (p < z)
            fail(r, "line %u: currency '%s' is not an ISO 4217 code", line, shown);
        return 0;
    }
    if (strcmp(f, "placed_at") == 0) {
        od_time t;

        if (!r->have_date && parse_date(r->s, p, z, &t)) {
            o->placed_at = t;
            r->have_date = true;
        }
        return 0; /* a "Date:" that is no date (a quoted header) is not an error */
    }
    if (strcmp(f, "customer.name") == 0)
        return set_str(&o->customer.name, p, z);
    if (strcmp(f, "customer.email") == 0)
        return set_str(&o->customer.email, p, z);
    if (strcmp(f, "ship_to.name") == 0)
        return set_str(&o->ship_to.name, p, z);
    if (strcmp(f, "ship_to.phone") == 0)
        return set_str(&o->ship_to.phone, p, z);
    if (strcmp(f, "ship_to.address") == 0)
        return set_str(&o->ship_to.address, p, z);
    if (strcmp(f, "buyer_note") == 0)
        return set_str(&o->buyer_note, p, z);
    return 0;
}

/* Label fields of one line; several may share it, split by a cell
 * separator. Returns 1 when the line held a label, 0 when not. */
static int label_line(struct reader *r, const char *a, const char *z, unsigned line)
{
    size_t len;
    int fi = match_order_label(r->s, a, z, &len);
    int found = 0;

    while (fi >= 0) {
        const char *v = a + len, *q = v, *next = NULL;
        int nfi = -1;
        size_t nlen = 0;
        int rc;

        /* the value ends where another label starts after a separator */
        while (q < z) {
            size_t s = sep_at(q, z);

            if (s && (nfi = match_order_label(r->s, q + s, z, &nlen)) >= 0) {
                next = q + s;
                break;
            }
            q += s ? s : 1;
        }
        rc = set_field(r, fi, v, next ? q : z, line);
        if (rc < 0)
            return rc;
        found = 1;
        if (!next)
            break;
        a = next;
        fi = nfi;
        len = nlen;
    }
    return found;
}

static int add_line(struct reader *r, const char *sku, size_t sku_n, const char *title,
                    size_t title_n, int64_t qty, od_money price, od_money amount, unsigned line)
{
    struct od_line *l;
    char buf[512];
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];
    od_money total;
    int rc;

    if (r->n_items >= MAX_ITEMS) {
        fail(r, "line %u: more than %d line items", line, MAX_ITEMS);
        return 0;
    }
    if (!od_money_mul(price, qty, &total)) {
        fail(r, "line %u: quantity times unit price is too large", line);
        return 0;
    }
    if (amount != OD_MONEY_NONE && amount != total) {
        fail(r, "line %u: amount %s is not %lld x %s", line, od_money_format(amount, a),
             (long long)qty, od_money_format(price, b));
        return 0;
    }
    rc = od_order_add_line(r->o, &l);
    if (rc < 0)
        return rc;
    l->qty = qty;
    l->unit_price = price;
    l->total = total;
    if (sku_n) {
        clip(buf, sizeof(buf), sku, sku_n);
        rc = od_str_set(&l->sku, buf, strlen(buf));
    }
    if (rc == 0 && title_n) {
        clip(buf, sizeof(buf), title, title_n);
        rc = od_str_set(&l->title, buf, strlen(buf));
    }
    r->n_items++;
    return rc;
}

/* Columns of the table being read. */
struct table {
    bool active;
    bool loose; /* columns split by single spaces (header of labels only) */
    size_t n_cols;
    int col[MAX_CELLS]; /* index into column_labels, -1 unknown */
    int sku, title, qty, price, total;
    size_t rows;
};

static bool header_row(const struct imap_extract_settings *s, const struct cell *c, size_t n,
                       struct table *t)
{
    size_t known = 0;

    if (n < 2)
        return false;
    memset(t, 0, sizeof(*t));
    t->sku = t->title = t->qty = t->price = t->total = -1;
    t->n_cols = n;
    for (size_t i = 0; i < n; i++) {
        int k = match_column(s, c[i].p, c[i].n);
        const char *f = k >= 0 ? column_labels[k].field : NULL;
        int *slot = NULL;

        t->col[i] = k;
        if (k < 0)
            continue;
        known++;
        if (strcmp(f, "lines.sku") == 0)
            slot = &t->sku;
        else if (strcmp(f, "lines.title") == 0)
            slot = &t->title;
        else if (strcmp(f, "lines.qty") == 0)
            slot = &t->qty;
        else if (strcmp(f, "lines.unit_price") == 0)
            slot = &t->price;
        else if (strcmp(f, "lines.total") == 0)
            slot = &t->total;
        if (slot && *slot < 0)
            *slot = (int)i;
    }
    if (t->qty < 0 || (t->sku < 0 && t->title < 0) || known * 2 < n)
        return false;
    t->active = true;
    return true;
}

/* Split on every run of white space ("货号 数量 单价"). */
static size_t split_ws(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = skip_ws(a, z);

    while (p < z) {
        const char *q = p;

        while (q < z && *q != ' ' && *q != '\t' && !is_fw_space(q, z))
            q++;
        if (n == MAX_CELLS) {
            cells[n - 1].n = (size_t)(rtrim(cells[n - 1].p, z) - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(q - p);
        n++;
        p = skip_ws(q, z);
    }
    return n;
}

/* A loose row with more words than columns: the extra words belong to
 * the name column ("A-100 蓝色 T恤 2 59.00"). */
static size_t merge_title(const struct table *t, struct cell *c, size_t n)
{
    size_t extra, ti;

    if (n <= t->n_cols || t->title < 0)
        return n;
    extra = n - t->n_cols;
    ti = (size_t)t->title;
    c[ti].n = (size_t)(c[ti + extra].p + c[ti + extra].n - c[ti].p);
    memmove(&c[ti + 1], &c[ti + 1 + extra], (n - ti - 1 - extra) * sizeof(c[0]));
    return n - extra;
}

/* A header written with single spaces: every word must be a column
 * label, so that prose ("SKU and qty are below") is not taken. */
static bool loose_header(const struct imap_extract_settings *s, const char *a, const char *z,
                         struct cell *c, struct table *t)
{
    size_t n = split_ws(a, z, c), m = 0;

    /* two words that make one label ("Unit Price", "Item No.") */
    for (size_t i = 0; i < n; i++) {
        c[m] = c[i];
        if (i + 1 < n) {
            size_t both = (size_t)(c[i + 1].p + c[i + 1].n - c[i].p);

            if (match_column(s, c[i].p, both) >= 0) {
                c[m].n = both;
                i++;
            }
        }
        m++;
    }
    n = m;
    if (n < 2 || !header_row(s, c, n, t))
        return false;
    for (size_t i = 0; i < n; i++)
        if (t->col[i] < 0) {
            t->active = false;
            return false;
        }
    t->loose = true;
    return true;
}

static bool separator_row(const char *a, const char *z)
{
    bool dash = false;

    for (; a < z; a++) {
        if (*a == '-' || *a == '=')
            dash = true;
        else if (*a != '|' && *a != ':' && *a != ' ' && *a != '\t' && *a != '+')
            return false;
    }
    return dash;
}

static int table_row(struct reader *r, struct table *t, const struct cell *c, size_t n,
                     unsigned line)
{
    int64_t qty;
    od_money price = OD_MONEY_NONE, amount = OD_MONEY_NONE;
    char shown[128];

    if (is_total_word(c[0].p, c[0].n)) {
        /* "合计 ... 236.00": the last amount is the stated total */
        if (n >= 2 && !r->have_total && parse_amount(c[n - 1].p, c[n - 1].n, &r->o->total) == 0)
            r->have_total = true;
        t->active = false;
        return 0;
    }
    if (n > t->n_cols) {
        fail(r, "line %u: %zu columns, but the table header has %zu", line, n, t->n_cols);
        return 0;
    }
    if (t->qty >= (int)n) {
        fail(r, "line %u: no quantity", line);
        return 0;
    }
    if (!parse_qty(c[t->qty].p, c[t->qty].n, &qty, line, r->why, r->wl)) {
        r->bad = true;
        return 0;
    }
    if (t->price < 0 || t->price >= (int)n || c[t->price].n == 0) {
        fail(r, "line %u: no unit price", line);
        return 0;
    }
    if (parse_amount(c[t->price].p, c[t->price].n, &price) < 0) {
        clip(shown, sizeof(shown), c[t->price].p, c[t->price].n);
        fail(r, "line %u: unit price '%s' is not an amount", line, shown);
        return 0;
    }
    if (t->total >= 0 && t->total < (int)n && c[t->total].n) {
        if (parse_amount(c[t->total].p, c[t->total].n, &amount) < 0) {
            clip(shown, sizeof(shown), c[t->total].p, c[t->total].n);
            fail(r, "line %u: amount '%s' is not an amount", line, shown);
            return 0;
        }
    }
    if ((t->sku < 0 || t->sku >= (int)n || !c[t->sku].n) &&
        (t->title < 0 || t->title >= (int)n || !c[t->title].n)) {
        fail(r, "line %u: no item code or name", line);
        return 0;
    }
    t->rows++;
    return add_line(r, t->sku >= 0 && t->sku < (int)n ? c[t->sku].p : NULL,
                    t->sku >= 0 && t->sku < (int)n ? c[t->sku].n : 0,
                    t->title >= 0 && t->title < (int)n ? c[t->title].p : NULL,
                    t->title >= 0 && t->title < (int)n ? c[t->title].n : 0, qty, price, amount,
                    line);
}

/* "A-100 x 2 @ 59.00", "A-100 蓝色T恤 × 2 @ ¥59". Returns 1 when the
 * line is such an item line (added or failed), 0 when not. */
static int at_line(struct reader *r, const char *a, const char *z, unsigned line)
{
    const char *at = memchr(a, '@', (size_t)(z - a)), *op = NULL, *p;
    size_t oplen = 0;
    int64_t qty;
    od_money price;
    char shown[128];

    if (!at)
        return 0;
    for (p = a; p < at; p++) {
        if ((*p == 'x' || *p == 'X' || *p == '*') && p > a && p[-1] == ' ' && p + 1 < at &&
            p[1] == ' ') {
            op = p;
            oplen = 1;
        } else if (at - p >= 2 && memcmp(p, "×", 2) == 0) {
            op = p;
            oplen = 2;
        }
    }
    if (!op)
        return 0;
    p = skip_ws(a, op);
    if (p < op && (*p == '-' || *p == '*') && p + 1 < op && p[1] == ' ')
        p = skip_ws(p + 1, op);
    else if (op - p >= 3 && memcmp(p, "•", 3) == 0)
        p = skip_ws(p + 3, op);
    {
        const char *se = p, *te = rtrim(p, op);
        const char *ts;

        while (se < te && *se != ' ' && *se != '\t')
            se++;
        if (se == p)
            return 0; /* no SKU: not an item line */
        if (!parse_qty(op + oplen, (size_t)(at - op - oplen), &qty, line, r->why, r->wl)) {
            r->bad = true;
            return 1;
        }
        if (parse_amount(at + 1, (size_t)(z - at - 1), &price) < 0) {
            clip(shown, sizeof(shown), at + 1, (size_t)(z - at - 1));
            fail(r, "line %u: unit price '%s' is not an amount", line, shown);
            return 1;
        }
        ts = skip_ws(se, te);
        return add_line(r, p, (size_t)(se - p), ts, (size_t)(te - ts), qty, price, OD_MONEY_NONE,
                        line) < 0
                   ? OD_ENOMEM
                   : 1;
    }
}

/* Prepare a mutable copy: NUL and NBSP become spaces. */
static char *prepare(const char *text, size_t len)
{
    char *c = malloc(len + 1);
    size_t n = 0;

    if (!c)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\0') {
            c[n++] = ' ';
        } else if (i + 1 < len && (unsigned char)text[i] == 0xC2 &&
                   (unsigned char)text[i + 1] == 0xA0) {
            c[n++] = ' ';
            i++;
        } else {
            c[n++] = text[i];
        }
    }
    c[n] = '\0';
    return c;
}

/* An order number in the subject: a label anywhere in it. */
static void subject_id(struct reader *r, const char *subject)
{
    const char *end;

    if (!subject)
        return;
    end = subject + strnlen(subject, LINE_MAX_BYTES);
    for (const char *p = subject; p < end && !r->id[0]; p++) {
        size_t len;
        int fi;

        if (p > subject && ascii_alnum((unsigned char)p[-1]))
            continue;
        fi = match_order_label(r->s, p, end, &len);
        if (fi >= 0 && strcmp(order_labels[fi].field, "external_id") == 0)
            take_id(p + len, end, r->id);
    }
}

int mail_text_parse(const struct imap_extract_settings *s, const char *text, size_t len,
                    const char *subject, const char *fallback_id, struct od_order **order,
                    char *why, size_t whylen, char found_id[MAIL_ID_MAX + 1])
{
    struct reader r = {.s = s, .why = why, .wl = whylen};
    struct table t = {0};
    char *buf = NULL;
    const char *p, *end;
    unsigned line = 0;
    int rc = 0;

    why[0] = '\0';
    buf = prepare(text, len);
    r.o = od_order_new();
    if (!buf || !r.o) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    p = buf;
    end = buf + strlen(buf);
    while (p < end && rc >= 0 && !r.bad) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *z = nl ? nl : end, *a = p;
        struct cell c[MAX_CELLS];
        size_t n;

        line++;
        p = nl ? nl + 1 : end;
        if (line > MAX_LINES) {
            /* the rest is not read; a table cut here would be incomplete */
            if (t.active)
                fail(&r,
                     "line %u: the text has more than %d lines; the item table was not read to "
                     "its end",
                     line, MAX_LINES);
            break;
        }
        /* quoted text ("> ") is read too: forwarded and replied orders */
        for (;;) {
            a = skip_ws(a, z);
            if (a < z && *a == '>')
                a++;
            else
                break;
        }
        z = rtrim(a, z);
        if (z - a > LINE_MAX_BYTES)
            continue;
        if (t.active) {
            if (a == z) {
                if (t.rows)
                    t.active = false;
                continue;
            }
            if (separator_row(a, z))
                continue;
            n = t.loose ? merge_title(&t, c, split_ws(a, z, c)) : split_cells(a, z, c);
            if (n < 2) {
                t.active = false;
            } else {
                rc = table_row(&r, &t, c, n, line);
                continue;
            }
        }
        if (a == z)
            continue;
        n = split_cells(a, z, c);
        if (header_row(s, c, n, &t))
            continue;
        if (n < 2 && loose_header(s, a, z, c, &t))
            continue;
        rc = at_line(&r, a, z, line);
        if (rc != 0)
            continue;
        rc = label_line(&r, a, z, line);
    }
    if (rc < 0)
        goto out;
    if (!r.bad && !r.id[0])
        subject_id(&r, subject);
    memcpy(found_id, r.id, sizeof(r.id));
    if (r.bad) {
        rc = MAIL_TEXT_BAD;
        goto out;
    }
    if (!r.id[0] && !r.n_items) {
        snprintf(why, whylen, "no order number found");
        rc = MAIL_TEXT_NOTHING;
        goto out;
    }
    if (!r.n_items) {
        snprintf(why, whylen,
                 "order %s: no line items found (expected a table with a header row such as "
                 "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')",
                 r.id);
        rc = MAIL_TEXT_BAD;
        goto out;
    }
    rc = od_str_set(&r.o->external_id, r.id[0] ? r.id : fallback_id,
                    strlen(r.id[0] ? r.id : fallback_id));
    if (rc < 0)
        goto out;
    *order = r.o;
    r.o = NULL;
    rc = MAIL_TEXT_ORDER;
out:
    od_order_free(r.o);
    free(buf);
    return rc;
}

/* ---- HTML to text ---------------------------------------------------- */

/* A character reference's code point; a bad one becomes '?', a
 * non-breaking space a space. */
static int put_utf8(struct od_buf *b, unsigned long cp)
{
    if (cp == 0xA0)
        cp = ' ';
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = '?';
    return od_utf8_put(b, (uint32_t)cp);
}

/* Drop spaces at the end of the output (before a structural break). */
static void trim_out(struct od_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
}

static char last_char(const struct od_buf *b)
{
    return b->len ? b->data[b->len - 1] : '\n';
}

static int put_text(struct od_buf *b, char c)
{
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
        char l = last_char(b);

        if (l == ' ' || l == '\n' || l == '\t')
            return 0;
        return od_buf_addc(b, ' ');
    }
    return od_buf_addc(b, c);
}

static int hexval_c(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decode the entity at p ('&'): 0 with *used set, 1 when it is no
 * entity (the '&' is then text), or an od_buf error. */
static int entity(const char *p, const char *z, struct od_buf *b, size_t *used)
{
    static const struct {
        const char *name;
        unsigned long cp;
    } names[] = {{"amp", '&'},   {"lt", '<'},      {"gt", '>'},       {"quot", '"'},
                 {"apos", '\''}, {"nbsp", 0xA0},   {"yen", 0xA5},     {"times", 0xD7},
                 {"copy", 0xA9}, {"middot", 0xB7}, {"ensp", ' '},     {"emsp", ' '},
                 {"reg", 0xAE},  {"euro", 0x20AC}, {"hellip", 0x2026}};
    const char *semi = memchr(p, ';', (size_t)(z - p) < 12 ? (size_t)(z - p) : 12);

    if (!semi)
        return 1;
    if (p[1] == '#') {
        unsigned long cp = 0;
        const char *q = p + 2;
        bool hex = q < semi && (*q == 'x' || *q == 'X');

        if (hex)
            q++;
        if (q == semi)
            return 1;
        for (; q < semi; q++) {
            int v = hex ? hexval_c((unsigned char)*q) : (*q >= '0' && *q <= '9' ? *q - '0' : -1);

            if (v < 0)
                return 1;
            cp = cp * (hex ? 16 : 10) + (unsigned long)v;
            if (cp > 0x10FFFF)
                cp = 0x110000;
        }
        *used = (size_t)(semi + 1 - p);
        return put_utf8(b, cp);
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if ((size_t)(semi - p - 1) == strlen(names[i].name) &&
            strncasecmp(p + 1, names[i].name, strlen(names[i].name)) == 0) {
            *used = (size_t)(semi + 1 - p);
            return put_utf8(b, names[i].cp);
        }
    return 1;
}

/* Position after the case-insensitive `word` in [p, z), or z. */
static const char *find_ci(const char *p, const char *z, const char *word)
{
    size_t n = strlen(word);

    for (; p + n <= z; p++)
        if (strncasecmp(p, word, n) == 0)
            return p + n;
    return z;
}

int mail_html_to_text(const char *html, size_t len, struct od_buf *out)
{
    const char *p = html, *z = html + len;
    int rc = 0;

    while (p < z && rc >= 0) {
        if (*p == '<') {
            const char *q = p + 1, *gt;
            char name[16];
            size_t n = 0;
            bool closing = false;

            if (z - p >= 4 && memcmp(p, "<!--", 4) == 0) {
                p = find_ci(p + 4, z, "-->");
                continue;
            }
            if (q < z && *q == '/') {
                closing = true;
                q++;
            }
            while (q < z && n < sizeof(name) - 1 && ascii_alnum((unsigned char)*q))
                name[n++] = (char)(*q++ | 0x20);
            name[n] = '\0';
            gt = memchr(q, '>', (size_t)(z - q));
            if (!n && !(q < z && (*q == '!' || *q == '?'))) {
                rc = put_text(out, '<'); /* a lone '<' is text */
                p++;
                continue;
            }
            p = gt ? gt + 1 : z;
            if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0 ||
                             strcmp(name, "head") == 0 || strcmp(name, "title") == 0)) {
                char end[16];

                snprintf(end, sizeof(end), "</%s", name);
                p = find_ci(p, z, end);
                gt = memchr(p, '>', (size_t)(z - p));
                p = gt ? gt + 1 : z;
                continue;
            }
            if (strcmp(name, "br") == 0 || strcmp(name, "p") == 0 || strcmp(name, "div") == 0 ||
                strcmp(name, "tr") == 0 || strcmp(name, "li") == 0 || strcmp(name, "table") == 0 ||
                strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 ||
                strcmp(name, "blockquote") == 0 || strcmp(name, "hr") == 0 ||
                (n == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
                trim_out(out);
                if (strcmp(name, "br") == 0 || last_char(out) != '\n')
                    rc = od_buf_addc(out, '\n');
            } else if (!closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                trim_out(out);
                if (last_char(out) != '\n')
                    rc = od_buf_addc(out, '\t');
            }
            continue;
        }
        if (*p == '&') {
            size_t used = 0;

            rc = entity(p, z, out, &used);
            if (rc == 1) {
                rc = put_text(out, '&');
                used = 1;
            }
            p += used;
            continue;
        }
        rc = put_text(out, *p == '\0' ? ' ' : *p);
        p++;
    }
    return rc < 0 ? rc : 0;
}
