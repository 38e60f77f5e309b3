/* What a mail is (mailkind.h): the seller's own address, the Subject's
 * reply and forward prefixes, and the title words that tell a purchase
 * order from the documents that look like one.
 *
 * The words are titles, not phrases found anywhere: a purchase order
 * often asks for a delivery note or an order confirmation in its text
 * ("请附送货单", "please send your order confirmation"), so only the
 * Subject and a title line at the top of the mail's own text are looked
 * at, and a purchase-order title wins. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "mailkind.h"
#include "sheet.h"

/* Bytes of a subject or title line looked at. */
#define TITLE_MAX 400
/* Lines of the mail's own text looked at for a title line. */
#define TITLE_LINES 12

/* ---- own addresses --------------------------------------------------- */

bool mail_own_address(const struct od_strlist *own, const char *from)
{
    const char *at = from ? strrchr(from, '@') : NULL;
    size_t dl;

    if (!own || !own->n || !at || at == from || !at[1])
        return false;
    dl = strlen(at + 1);
    for (size_t i = 0; i < own->n; i++) {
        const char *e = own->items[i];
        size_t n = e ? strlen(e) : 0;

        if (!n)
            continue;
        if (strchr(e, '@')) {
            if (strcasecmp(e, from) == 0)
                return true;
            continue;
        }
        if (n <= dl && strcasecmp(at + 1 + dl - n, e) == 0 && (n == dl || at[dl - n] == '.'))
            return true;
    }
    return false;
}

/* ---- the Subject's prefixes ------------------------------------------ */

static const char *skip_space(const char *p)
{
    for (;;) {
        if (*p == ' ' || *p == '\t')
            p++;
        else if (strncmp(p, "\xE3\x80\x80", 3) == 0) /* U+3000 */
            p += 3;
        else
            return p;
    }
}

/* A prefix at p ("re", "回复" ...) followed by ':' or '：' (or, for the
 * Chinese ones, nothing): the length up to the subject after it, else 0. */
static size_t prefix_at(const char *p, const char *word, bool cjk)
{
    size_t n = strlen(word);
    const char *q;

    if (cjk ? strncmp(p, word, n) != 0 : strncasecmp(p, word, n) != 0)
        return 0;
    q = p + n;
    if (*q == '[') { /* "Re[2]:" */
        while ((*q >= '0' && *q <= '9') || *q == '[')
            q++;
        if (*q != ']')
            return 0;
        q++;
    }
    if (*q == ':')
        return (size_t)(q + 1 - p);
    if (strncmp(q, "\xEF\xBC\x9A", 3) == 0) /* '：' */
        return (size_t)(q + 3 - p);
    return cjk ? (size_t)(q - p) : 0;
}

const char *mail_subject_strip(const char *subject, bool *reply, bool *forward)
{
    static const char *const replies[] = {"re", "aw", "sv", "antw", "odp", "r", NULL};
    static const char *const forwards[] = {"fwd", "fw", "wg", "tr", "rv", "enc", NULL};
    static const char *const cjk_replies[] = {"回复", "答复", "回覆", "回應", NULL};
    static const char *const cjk_forwards[] = {"转发", "轉發", "转寄", "轉寄", NULL};
    const char *p = subject ? subject : "";
    bool first = true;

    *reply = *forward = false;
    for (;;) {
        size_t n = 0;
        bool is_reply = false;

        p = skip_space(p);
        if (*p == '[') { /* a list's or a gateway's tag: "[EXT]", "[External]" */
            const char *e = strchr(p, ']');

            if (e && e - p <= 24) {
                p = e + 1;
                continue;
            }
        }
        for (size_t i = 0; !n && replies[i]; i++)
            if ((n = prefix_at(p, replies[i], false)))
                is_reply = true;
        for (size_t i = 0; !n && cjk_replies[i]; i++)
            if ((n = prefix_at(p, cjk_replies[i], true)))
                is_reply = true;
        for (size_t i = 0; !n && forwards[i]; i++)
            n = prefix_at(p, forwards[i], false);
        for (size_t i = 0; !n && cjk_forwards[i]; i++)
            n = prefix_at(p, cjk_forwards[i], true);
        if (!n)
            return p;
        if (first && is_reply)
            *reply = true;
        if (!is_reply)
            *forward = true;
        first = false;
        p += n;
    }
}

/* ---- title words ----------------------------------------------------- */

enum kind { K_ORDER, K_DELIVERY, K_CONFIRMATION, K_RFQ, K_PAYMENT, K_COMPLAINT };

struct word {
    const char *w;
    enum kind k;
};

/* ASCII words are matched case-insensitively and as whole words. */
static const struct word words[] = {
    {"采购单", K_ORDER},
    {"采购订单", K_ORDER},
    {"採購單", K_ORDER},
    {"採購訂單", K_ORDER},
    {"订购单", K_ORDER},
    {"訂購單", K_ORDER},
    {"订货单", K_ORDER},
    {"訂貨單", K_ORDER},
    {"purchase order", K_ORDER},
    {"po", K_ORDER},
    {"p.o.", K_ORDER},
    {"送货单", K_DELIVERY},
    {"送貨單", K_DELIVERY},
    {"发货单", K_DELIVERY},
    {"發貨單", K_DELIVERY},
    {"发货通知", K_DELIVERY},
    {"發貨通知", K_DELIVERY},
    {"出库单", K_DELIVERY},
    {"出庫單", K_DELIVERY},
    {"装箱单", K_DELIVERY},
    {"裝箱單", K_DELIVERY},
    {"delivery note", K_DELIVERY},
    {"delivery notice", K_DELIVERY},
    {"dispatch note", K_DELIVERY},
    {"packing list", K_DELIVERY},
    {"packing slip", K_DELIVERY},
    {"shipping notice", K_DELIVERY},
    {"shipment notice", K_DELIVERY},
    {"advance shipping notice", K_DELIVERY},
    {"订单确认", K_CONFIRMATION},
    {"訂單確認", K_CONFIRMATION},
    {"销售单", K_CONFIRMATION},
    {"销售订单", K_CONFIRMATION},
    {"銷售單", K_CONFIRMATION},
    {"銷售訂單", K_CONFIRMATION},
    {"形式发票", K_CONFIRMATION},
    {"形式發票", K_CONFIRMATION},
    {"order confirmation", K_CONFIRMATION},
    {"order acknowledgement", K_CONFIRMATION},
    {"order acknowledgment", K_CONFIRMATION},
    {"confirmation of order", K_CONFIRMATION},
    {"sales order", K_CONFIRMATION},
    {"sales confirmation", K_CONFIRMATION},
    {"proforma invoice", K_CONFIRMATION},
    {"pro forma invoice", K_CONFIRMATION},
    {"pro-forma invoice", K_CONFIRMATION},
    {"pi", K_CONFIRMATION}, /* trade's short form of proforma invoice */
    {"询价", K_RFQ},
    {"詢價", K_RFQ},
    {"请报价", K_RFQ},
    {"請報價", K_RFQ},
    {"报价请求", K_RFQ},
    {"報價請求", K_RFQ},
    {"request for quotation", K_RFQ},
    {"request for quote", K_RFQ},
    {"request for proposal", K_RFQ},
    {"quotation request", K_RFQ},
    {"price inquiry", K_RFQ},
    {"price enquiry", K_RFQ},
    {"rfq", K_RFQ},
    {"对账单", K_PAYMENT},
    {"对帐单", K_PAYMENT},
    {"對帳單", K_PAYMENT},
    {"催款", K_PAYMENT},
    {"付款提醒", K_PAYMENT},
    {"付款通知", K_PAYMENT},
    {"payment reminder", K_PAYMENT},
    {"reminder of payment", K_PAYMENT},
    {"statement of account", K_PAYMENT},
    {"account statement", K_PAYMENT},
    {"invoice", K_PAYMENT},
    {"invoices", K_PAYMENT},
    /* a complaint about goods delivered, which quotes the order it is
     * about ("投诉：WFK-0219 彩盒压坏", "COMPLAINT - wrong barcode - PO 7") */
    {"投诉", K_COMPLAINT},
    {"投訴", K_COMPLAINT},
    {"客诉", K_COMPLAINT},
    {"客訴", K_COMPLAINT},
    {"complaint", K_COMPLAINT},
};
#define N_WORDS (sizeof(words) / sizeof(words[0]))

static const char *const kind_names[] = {"a purchase order",
                                         "a delivery note",
                                         "an order confirmation",
                                         "a request for quotation",
                                         "an invoice, statement or payment reminder",
                                         "a complaint"};

static bool ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Word `w` at t[i]? An ASCII word stands alone: no letter or digit
 * around it, and no '-', '/' or '_' either (the "PO" of "LC-PO-26-1188"
 * or "PO/2026/7159" is part of a number, not a title). */
static bool word_at(const char *t, size_t n, size_t i, const char *w)
{
    size_t wl = strlen(w);
    unsigned char before, after;

    if (i + wl > n)
        return false;
    if ((unsigned char)w[0] >= 0x80)
        return memcmp(t + i, w, wl) == 0;
    if (strncasecmp(t + i, w, wl) != 0)
        return false;
    before = i ? (unsigned char)t[i - 1] : ' ';
    after = i + wl < n ? (unsigned char)t[i + wl] : ' ';
    if (ascii_alnum(before) || (before && strchr("-/_", before)))
        return false;
    if (w[wl - 1] == '.') /* "P.O." */
        return !ascii_alnum(after);
    return !ascii_alnum(after) && !(after && strchr("-/_", after));
}

static bool title_id_at(const char *s, size_t n, size_t i, char out[MAIL_ID_MAX + 1]);

/* The first title word of t[0..n) — the title is what the Subject
 * starts with; a later word names another document ("Shipping notice
 * for PO 4500123", "Purchase Order 7 - please send your order
 * confirmation") — where an order title with its number ("Order
 * 4500123", "订单HT-1") counts as a purchase order's. -1 when none;
 * *word set to the word found. */
static int title_kind(const char *t, size_t n, const char **word)
{
    char id[MAIL_ID_MAX + 1];

    if (n > TITLE_MAX)
        n = TITLE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (i && ascii_alnum((unsigned char)t[i - 1]) && ascii_alnum((unsigned char)t[i]))
            continue;
        for (size_t k = 0; k < N_WORDS; k++)
            /* a complaint's word only as the title's first ("PO-7
             * complaint" may order too) */
            if ((words[k].k != K_COMPLAINT || i == 0) && word_at(t, n, i, words[k].w)) {
                *word = words[k].w;
                return (int)words[k].k;
            }
        if (title_id_at(t, n, i, id)) {
            *word = "order";
            return K_ORDER;
        }
    }
    return -1;
}

/* A line of the text that starts another message: quoted ('>'), a
 * forward's or reply's marker, a reply header. The mail's own text ends
 * there. */
bool mail_quote_start(const char *l)
{
    static const char *const starts[] = {">",      "-----",           "_____", "From:", "发件人",
                                         "寄件者", "Begin forwarded", "On ",   "在 ",   NULL};

    for (size_t i = 0; starts[i]; i++)
        if (strncmp(l, starts[i], strlen(starts[i])) == 0)
            return strncmp(starts[i], "On ", 3) != 0 || strstr(l, "wrote");
    return false;
}

/* A title line: the line is the title word alone, or the word and its
 * number ("送货单号：SH-1", "DELIVERY NOTE No. DN-7", "Order Confirmation
 * #123"); -1 when the line is none. */
static int title_line(const char *l, const char **word)
{
    size_t n = strnlen(l, TITLE_MAX + 1);

    if (n > TITLE_MAX)
        return -1;
    for (size_t k = 0; k < N_WORDS; k++) {
        const char *r;
        size_t wl = strlen(words[k].w);

        if (words[k].k == K_ORDER && wl <= 4 && (unsigned char)words[k].w[0] < 0x80)
            continue; /* "PO" at a line's start is a label, not a title */
        if (!word_at(l, n, 0, words[k].w))
            continue;
        r = skip_space(l + wl);
        if (*r == '\0') {
            *word = words[k].w;
            return (int)words[k].k;
        }
        /* the number's label after the word: 号, 编号, No., Number, # */
        for (size_t m = 0; m < 2; m++) {
            static const char *const labels[] = {"号",     "編號", "编号", "號", "No.", "No",
                                                 "Number", "#",    ":",    "：", NULL};

            for (size_t i = 0; labels[i]; i++)
                if (strncasecmp(r, labels[i], strlen(labels[i])) == 0) {
                    r = skip_space(r + strlen(labels[i]));
                    break;
                }
        }
        {
            char id[MAIL_ID_MAX + 1];

            if (mail_take_id(r, strlen(r), id) && strpbrk(id, "0123456789")) {
                *word = words[k].w;
                return (int)words[k].k;
            }
        }
    }
    return -1;
}

bool mail_not_an_order(const char *subject, const struct od_grid *body, char *why, size_t wl)
{
    bool reply, forward;
    const char *s = mail_subject_strip(subject, &reply, &forward);
    const char *word = NULL;
    int k = -1;

    if (!reply) {
        k = title_kind(s, strlen(s), &word);
        if (k > K_ORDER) {
            snprintf(why, wl, "the Subject calls the mail %s ('%s'), not a purchase order",
                     kind_names[k], word);
            return true;
        }
        if (k == K_ORDER)
            return false;
    }
    for (size_t i = 0; body && i < body->n && i < TITLE_LINES; i++) {
        const char *l = body->cells[i].text;

        if (mail_quote_start(l))
            break;
        k = title_line(l, &word);
        if (k == K_ORDER)
            return false;
        if (k > K_ORDER) {
            snprintf(why, wl, "line %u is the title of %s ('%s'), not of a purchase order",
                     body->cells[i].row + 1, kind_names[k], word);
            return true;
        }
    }
    return false;
}

/* ---- an order number after the Subject's title ----------------------- */

/* An order title at s[i] followed by an order number (see
 * mail_subject_title_id): true with the number in `out`. */
static bool title_id_at(const char *s, size_t n, size_t i, char out[MAIL_ID_MAX + 1])
{
    static const char *const titles[] = {"采购订单",       "采购单", "採購訂單", "採購單", "订购单",
                                         "訂購單",         "订货单", "訂貨單",   "订单",   "訂單",
                                         "purchase order", "order",  NULL};

    for (size_t k = 0; titles[k]; k++) {
        const char *p;
        char tok[MAIL_ID_MAX + 1];
        size_t t = 0, digits = 0;

        if (!word_at(s, n, i, titles[k]))
            continue;
        p = skip_space(s + i + strlen(titles[k]));
        if (*p == ':' || *p == '#')
            p = skip_space(p + 1);
        else if (strncmp(p, "\xEF\xBC\x9A", 3) == 0) /* '：' */
            p = skip_space(p + 3);
        while (t < MAIL_ID_MAX &&
               (ascii_alnum((unsigned char)p[t]) || (p[t] && strchr("-/_", p[t])))) {
            digits += p[t] >= '0' && p[t] <= '9';
            tok[t] = p[t];
            t++;
        }
        tok[t] = '\0';
        if (!t || ascii_alnum((unsigned char)p[t]))
            continue;
        /* "采购订单 SJ-HB-2612-0087", "Order 4500123"; not a date */
        if (mail_id_token(tok) || (digits == t && t >= 4 && t <= 20)) {
            memcpy(out, tok, t + 1);
            return true;
        }
    }
    return false;
}

bool mail_subject_title_id(const char *subject, char out[MAIL_ID_MAX + 1])
{
    bool reply, forward;
    const char *s = mail_subject_strip(subject, &reply, &forward);
    size_t n = strnlen(s, TITLE_MAX);

    for (size_t i = 0; i < n; i++)
        if ((!i || !ascii_alnum((unsigned char)s[i - 1])) && title_id_at(s, n, i, out))
            return true;
    return false;
}

bool mail_subject_token_id(const char *subject, char out[MAIL_ID_MAX + 1])
{
    bool reply, forward;
    const char *s = mail_subject_strip(subject, &reply, &forward);
    size_t n = strnlen(s, TITLE_MAX);

    for (size_t i = 0; i < n;) {
        char tok[MAIL_ID_MAX + 1];
        size_t k = 0;
        bool cut = false;

        while (i < n && !(ascii_alnum((unsigned char)s[i]) || strchr("-/_", s[i]) ||
                          mail_id_capital(s + i, n - i)))
            i++;
        while (i < n && (ascii_alnum((unsigned char)s[i]) || strchr("-/_", s[i]) ||
                         mail_id_capital(s + i, n - i))) {
            size_t w = mail_id_capital(s + i, n - i) ? 2 : 1; /* "ΜΧ-27/0312" */

            if (k + w <= MAIL_ID_MAX) {
                memcpy(tok + k, s + i, w);
                k += w;
            } else {
                cut = true;
            }
            i += w;
        }
        tok[k] = '\0';
        if (k && !cut && mail_id_token(tok)) {
            memcpy(out, tok, k + 1);
            return true;
        }
    }
    return false;
}

/* ---- a reply that may change the order it quotes --------------------- */

unsigned mail_first_item_line(const char *src)
{
    unsigned first = 0;

    for (const char *p = strstr(src, "\"lines["); p; p = strstr(p + 1, "\"lines[")) {
        const char *v = strstr(p, "\": \"line ");

        if (v) {
            unsigned long k = strtoul(v + 9, NULL, 10);

            if (k && k < 100000000 && (!first || k < first))
                first = (unsigned)k;
        }
    }
    return first;
}

/* The line at p (up to '\n' or z) into l, cut at TITLE_MAX bytes;
 * returns where it ends. */
static const char *copy_line(const char *p, const char *z, char l[TITLE_MAX + 1])
{
    const char *e = memchr(p, '\n', (size_t)(z - p));
    size_t n;

    if (!e)
        e = z;
    n = (size_t)(e - p) < TITLE_MAX ? (size_t)(e - p) : TITLE_MAX;
    memcpy(l, p, n);
    l[n] = '\0';
    return e;
}

/* Where the mail's own text ends when every item line (by `sources`)
 * lies below the first line that starts a quote; NULL when the items
 * are the mail's own. */
static const char *own_text_end(const char *text, size_t len, const char *sources)
{
    const char *p = text, *z = text + len;
    unsigned line = 1, first = sources ? mail_first_item_line(sources) : 0;
    char l[TITLE_MAX + 1];

    if (!first)
        return NULL;
    for (; p < z && line < first; line++) {
        const char *e = copy_line(p, z, l);

        if (mail_quote_start(skip_space(l)))
            return p;
        p = e + 1;
    }
    return NULL;
}

/* The first of `words` in [text, end): ASCII words whole and in any
 * case, others as written. NULL when none. */
static const char *first_word_in(const char *text, const char *end, const char *const *list)
{
    for (size_t w = 0; list[w]; w++) {
        size_t wl = strlen(list[w]);

        for (const char *q = text; q + wl <= end; q++) {
            if ((unsigned char)list[w][0] < 0x80
                    ? (strncasecmp(q, list[w], wl) == 0 &&
                       !(q > text && ascii_alnum((unsigned char)q[-1])) &&
                       !(q + wl < end && ascii_alnum((unsigned char)q[wl])))
                    : memcmp(q, list[w], wl) == 0)
                return list[w];
        }
    }
    return NULL;
}

const char *mail_reply_change(const char *text, size_t len, const char *sources)
{
    static const char *const change_words[] = {
        "改成",   "改为",     "改為",   "改到",       "调整为", "調整為", "先不要",
        "不要了", "删掉",     "删除",   "刪除",       "去掉",   "减为",   "减到",
        "加到",   "增加到",   "减少到", "instead of", "change", "remove", "delete",
        "drop",   "increase", "reduce", "amend",      NULL};
    const char *own_end = own_text_end(text, len, sources);

    return own_end ? first_word_in(text, own_end, change_words) : NULL;
}

/* The last line an item came from (by `sources`), 0 when none. */
static unsigned last_item_line(const char *src)
{
    unsigned last = 0;

    for (const char *p = strstr(src, "\"lines["); p; p = strstr(p + 1, "\"lines[")) {
        const char *v = strstr(p, "\": \"line ");

        if (v) {
            unsigned long k = strtoul(v + 9, NULL, 10);

            if (k && k < 100000000 && k > last)
                last = (unsigned)k;
        }
    }
    return last;
}

/* "WFK-0219 这批货昨天到了，…有 300 多个压坏了，/ 照片稍后微信发你。麻烦尽快
 * 补发 350 个彩盒，…单价还是 3.40 元。" above the order it quotes: the items
 * are the mail's own, read from one paragraph (up to four lines) that
 * reports on goods delivered and asks for them again (补发, 补寄, 重发),
 * and a quote starts below it. The paragraph's report word, else NULL. */
static const char *report_paragraph(const char *text, size_t len, const char *sources,
                                    const char *const *list)
{
    static const char *const again[] = {"补发", "補發", "补寄", "補寄", "重发", "重發", NULL};
    unsigned first = mail_first_item_line(sources), last = last_item_line(sources), line = 1;
    const char *p = text, *z = text + len, *pa = NULL, *pz = NULL;
    char l[TITLE_MAX + 1];

    if (!first || last < first || last - first > 3)
        return NULL;
    for (; p < z; line++) {
        const char *e = copy_line(p, z, l), *t;

        t = skip_space(l);
        if (line <= last && (!*t || *t == '\r'))
            pa = NULL; /* a blank line: the paragraph starts after it */
        else if (line <= last && !pa)
            pa = p;
        if (line > last) {
            if (!pz && (!*t || *t == '\r' || mail_quote_start(t)))
                pz = p;
            if (mail_quote_start(t))
                return pa && pz && first_word_in(pa, pz, again) ? first_word_in(pa, pz, list)
                                                                : NULL;
        }
        p = e < z ? e + 1 : z;
    }
    return NULL;
}

const char *mail_reply_report(const char *text, size_t len, const char *sources)
{
    /* goods that came damaged, short or wrong, and what is asked for
     * them: a report on a delivered order, not a new one */
    static const char *const report_words[] = {
        "压坏", "壓壞", "破损", "破損", "损坏", "損壞", "摔坏", "摔壞", "变形", "變形", "少发",
        "少發", "漏发", "漏發", "发错", "發錯", "错发", "錯發", "补寄", "補寄", "补发", "補發",
        "质量问题", "品質問題",
        /* Japanese: a remake, a defect, unlike
         * the sample */
        "作り直し", "不良品", "見本より", "見本と違", "damaged", "crushed", "broken",
        "short-shipped", "defective", "arrived damaged", "missing from the delivery", "do not fit",
        "does not fit", "don't fit", "credit us",
        /* goods that came and cannot be used, and a replacement asked
         * for them */
        "cannot be used", "can't be used", "can not be used", "unusable", "a replacement",
        "complaint", NULL};
    const char *own_end = own_text_end(text, len, sources);

    if (!own_end)
        return sources ? report_paragraph(text, len, sources, report_words) : NULL;
    return first_word_in(text, own_end, report_words);
}
