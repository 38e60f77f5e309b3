/* A total the mail's text states for an attached order (bodystated.h). */
#include "bodystated.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "fields.h"
#include "textread.h"

/* Words that name an order's total; the longest first where one holds
 * another ("采购总额" before "总额"). */
static const char *const total_words[] = {
    "采购总额",    "订单总额",    "订单金额",     "采购金额", "總金額", "总金额",
    "合计金额",    "合計金額",    "总计",         "總計",     "合计",   "合計",
    "总额",        "總額",        "总价",         "總價",     "共计",   "共計",
    "Grand Total", "Order Total", "Total Amount", "Total",    NULL};

/* Was the order read from a text (its first line's quantity from "line
 * N")? Such an order's total was checked against its text already; an
 * order list's orders, which keep no sources, and a sheet's or PDF's
 * ("Sheet1!C5", "p1 x=72 y=140") were not. */
static bool from_text(const struct od_order *o)
{
    json_object *src, *v;
    bool text = false;

    if (!o->n_lines)
        return true;
    /* an order list's orders keep no sources: read from a file */
    if (!o->extraction || !o->extraction->sources ||
        !(src = json_tokener_parse(o->extraction->sources)))
        return false;
    if (json_object_object_get_ex(src, "lines[0].qty", &v) &&
        json_object_is_type(v, json_type_string))
        text = strncmp(json_object_get_string(v), "line ", 5) == 0;
    json_object_put(src);
    return text;
}

/* The amount written as money right after a total word in [t, z): a
 * colon, a bracketed unit ("（元）") and a currency may stand between. */
static bool stated_after(const char *t, const char *z, od_money *m)
{
    for (size_t i = 0; total_words[i]; i++) {
        size_t k = strlen(total_words[i]);

        for (const char *q = t; q + k <= z; q++) {
            const char *v, *e;
            char buf[64];
            size_t n;

            if (strncasecmp(q, total_words[i], k) != 0 ||
                ((unsigned char)*q < 0x80 && q > t &&
                 ((q[-1] | 0x20) >= 'a' && (q[-1] | 0x20) <= 'z')))
                continue;
            v = tr_skip_ws(q + k, z);
            if (v < z && (*v == ':' || *v == '='))
                v = tr_skip_ws(v + 1, z);
            else if (z - v >= 3 && memcmp(v, "：", 3) == 0)
                v = tr_skip_ws(v + 3, z);
            if (z - v >= 9 && (memcmp(v, "（元）", 9) == 0))
                v = tr_skip_ws(v + 9, z);
            for (e = v; e < z && *e != ' ' && (unsigned char)*e < 0x80 && *e != ';' && *e != ')';)
                e++;
            while (e > v && (e[-1] == '.' || e[-1] == ','))
                e--;
            /* "US$ 8,360.00", "¥52,600.00", "52,600.00": a mark, then the figure */
            if (e == v || (n = (size_t)(e - v)) >= sizeof(buf))
                continue;
            if (e < z && *e == ' ' && !(v[0] >= '0' && v[0] <= '9')) {
                const char *f = e + 1, *fe = f;

                while (fe < z && ((*fe >= '0' && *fe <= '9') || *fe == ',' || *fe == '.'))
                    fe++;
                while (fe > f && (fe[-1] == '.' || fe[-1] == ','))
                    fe--;
                if (fe > f && (size_t)(fe - v) < sizeof(buf))
                    e = fe, n = (size_t)(e - v);
            }
            memcpy(buf, v, n);
            buf[n] = '\0';
            if (tr_money_marked(buf, n) && mail_parse_amount(buf, n, m) == 0 && *m > 0)
                return true;
        }
    }
    return false;
}

int bst_stated_total_doubt(const struct od_grid *body, struct od_order *o)
{
    od_money sum = 0, m;
    char why[200], a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];

    if (!body || o->total == OD_MONEY_NONE || from_text(o))
        return 0;
    for (size_t i = 0; i < o->n_lines; i++)
        if (o->lines[i].total == OD_MONEY_NONE || !od_money_add(sum, o->lines[i].total, &sum))
            return 0;
    for (size_t i = 0; i < body->n; i++) {
        const char *t = body->cells[i].text;

        if (!t || *t == '>' || !stated_after(t, t + strlen(t), &m) || m == o->total || m == sum)
            continue;
        snprintf(why, sizeof(why),
                 "total: the mail's text states %s (line %u), the order %s: check the total",
                 od_money_format(m, a), (unsigned)body->cells[i].row + 1,
                 od_money_format(o->total, b));
        return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
    }
    return 0;
}
