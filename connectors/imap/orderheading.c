/* A heading that names an order by its number (textread.h
 * tr_heading_order_id): "=== 订单 DG2801101（东港基地）===", "--- Order
 * PO-7781 ---", "【订单 HX-1】", "### PO 4410". Two orders in one mail are
 * often set apart so, each under its heading; the heading's number is
 * the order's, and the next heading's starts the next order. Linear in
 * the line. */
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "sheet.h"
#include "textread.h"

/* Words that name an order, then a space. */
static const char *const order_words[] = {"订单",  "訂單", "采购单", "採購單",
                                          "Order", "PO",   "P.O.",   NULL};

/* Past a run of one frame mark ('=', '-', '*', '#', '~') of at least
 * `min` marks at p, and the spaces after it; p when none. */
static const char *frame_run(const char *p, const char *z, size_t min)
{
    const char *q = p;

    if (p < z && strchr("=-*#~", *p))
        while (q < z && *q == *p)
            q++;
    return (size_t)(q - p) >= min ? tr_skip_ws(q, z) : p;
}

bool tr_heading_order_id(const char *a, const char *z, const char **id, size_t *idn)
{
    const char *b = tr_skip_ws(a, z), *e = tr_rtrim(b, z), *w = NULL, *v, *ve;
    char tok[MAIL_ID_MAX + 1];
    bool digit = false;

    /* the frame: marks on both sides ("=== … ===", "--- … ---"), marks
     * before only for '#' ("### PO 4410"), or 【…】 around it */
    if (e - b >= 6 && memcmp(b, "【", 3) == 0 && memcmp(e - 3, "】", 3) == 0) {
        b = tr_skip_ws(b + 3, e);
        e = tr_rtrim(b, e - 3);
    } else {
        const char *in = frame_run(b, e, 3);
        const char *t = e;

        if (in == b) {
            if (!(b < e && *b == '#' && (in = frame_run(b, e, 1)) != b))
                return false;
        } else {
            while (t > in && t[-1] == *b)
                t--;
            if ((size_t)(e - t) < 3 && *b != '#')
                return false;
            e = tr_rtrim(in, t);
        }
        b = in;
    }
    for (size_t i = 0; order_words[i] && !w; i++) {
        size_t k = strlen(order_words[i]);

        if ((size_t)(e - b) > k + 1 && strncasecmp(b, order_words[i], k) == 0 &&
            (b[k] == ' ' || (unsigned char)order_words[i][0] >= 0x80))
            w = b + k;
    }
    if (!w)
        return false;
    v = tr_skip_ws(w, e);
    if (v < e && (*v == '#' || *v == ':'))
        v = tr_skip_ws(v + 1, e);
    if (!mail_take_id(v, (size_t)(e - v), tok))
        return false;
    ve = v + strlen(tok);
    for (const char *c = tok; *c; c++)
        digit |= *c >= '0' && *c <= '9';
    /* "=== PO #1 ===": an ordinal numbers the orders, names none */
    if (strspn(tok, "0123456789") == strlen(tok) && strlen(tok) <= 2)
        return false;
    /* the number, then nothing or a remark in brackets ("（东港基地）") */
    ve = tr_skip_ws(ve, e);
    if (!digit || !(ve == e || *ve == '(' || (e - ve >= 3 && memcmp(ve, "（", 3) == 0)))
        return false;
    *id = v;
    *idn = strlen(tok);
    return true;
}
