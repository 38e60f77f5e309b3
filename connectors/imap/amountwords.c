/* An amount written in Chinese words (amountwords.h). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "amountwords.h"
#include "error.h"
#include "fields.h"

/* The largest number of yuan read. */
#define MAX_YUAN 999999999999LL

struct sym {
    const char *s;
    int64_t v;
};

static const struct sym numerals[] = {
    {"零", 0}, {"〇", 0}, {"壹", 1}, {"一", 1}, {"贰", 2}, {"貳", 2}, {"二", 2},
    {"两", 2}, {"兩", 2}, {"叁", 3}, {"參", 3}, {"三", 3}, {"肆", 4}, {"四", 4},
    {"伍", 5}, {"五", 5}, {"陆", 6}, {"陸", 6}, {"六", 6}, {"柒", 7}, {"七", 7},
    {"捌", 8}, {"八", 8}, {"玖", 9}, {"九", 9}, {NULL, 0}};
static const struct sym units[] = {{"拾", 10},   {"十", 10},   {"佰", 100},   {"百", 100},
                                   {"仟", 1000}, {"千", 1000}, {"万", 10000}, {"萬", 10000},
                                   {"亿", 0},    {"億", 0},    {NULL, 0}}; /* 0: 10^8 */
static const char *const yuan_words[] = {"元", "圆", "圓", NULL};
static const char *const end_words[] = {"整", "正", NULL};
/* passed over before the words or the figure */
static const char *const lead_words[] = {
    "人民币", "人民幣", "新臺幣", "新台幣", "新台币", "港幣", "港币", "RMB", "￥", "¥",
    "大写",   "大寫",   "小写",   "小寫",   "金额",   "金額", ":",    "：",  " ",  NULL};

static size_t word_at(const char *p, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - p) >= n && memcmp(p, w, n) == 0 ? n : 0;
}

static size_t any_at(const char *p, const char *z, const char *const *ws)
{
    size_t k;

    for (size_t i = 0; ws[i]; i++)
        if ((k = word_at(p, z, ws[i])) != 0)
            return k;
    return 0;
}

static size_t sym_at(const char *p, const char *z, const struct sym *t, int64_t *v)
{
    size_t k;

    for (size_t i = 0; t[i].s; i++)
        if ((k = word_at(p, z, t[i].s)) != 0) {
            *v = t[i].v;
            return k;
        }
    return 0;
}

static const char *skip_lead(const char *p, const char *z)
{
    size_t k;

    while (p < z && (k = any_at(p, z, lead_words)) != 0)
        p += k;
    return p;
}

static const char *trim_end(const char *p, const char *z)
{
    while (z > p && (z[-1] == ' ' || z[-1] == '\t'))
        z--;
    return z;
}

/* The whole number written in numerals and units at p (stopping at the
 * first other character): *v and *end set, false when there is none or
 * the numerals cannot be read ("三四", "百"). `spoken`: a numeral right
 * after a unit of a hundred or more counts one place lower, as people
 * say counts ("一百五" 150, "两千五" 2500); otherwise it is read as
 * written ("壹佰伍" 105, the way an amount is written out). */
static bool whole(const char *p, const char *z, bool spoken, int64_t *out, const char **end)
{
    int64_t total = 0, section = 0, pending = -1, last = 0, v;
    bool any = false, zero = false;
    size_t k;

    while (p < z) {
        if ((k = sym_at(p, z, numerals, &v)) != 0) {
            if (pending > 0 && v > 0)
                return false; /* two numerals without a unit between */
            zero = zero || v == 0;
            pending = v > 0 ? v : pending;
            any = true;
        } else if ((k = sym_at(p, z, units, &v)) != 0) {
            int64_t d = pending >= 0 ? pending : 0;

            if (v == 0) { /* 亿 */
                total = (total + section + d) * 100000000;
                section = 0;
                last = 100000000;
            } else if (v == 10000) {
                total += (section + d) * 10000;
                section = 0;
                last = 10000;
            } else {
                if (pending < 0 && !(v == 10 && section == 0 && total == 0))
                    return false;
                section += (pending < 0 ? 1 : pending) * v;
                last = v;
            }
            pending = -1;
            zero = false;
            any = true;
        } else {
            break;
        }
        if (total > MAX_YUAN || section > MAX_YUAN)
            return false;
        p += k;
    }
    if (!any)
        return false;
    if (pending > 0 && spoken && !zero && last >= 100)
        pending *= last / 10;
    *out = total + section + (pending > 0 ? pending : 0);
    *end = p;
    return *out <= MAX_YUAN;
}

/* The words alone: "壹万叁仟叁佰柒拾柒元整", "贰佰元伍角陆分". */
static bool words(const char *p, const char *z, od_money *out)
{
    int64_t pending = -1, yuan = -1, jiao = 0, fen = 0, v;
    const char *e;
    size_t k;

    p = skip_lead(p, z);
    z = trim_end(p, z);
    if (!whole(p, z, false, &yuan, &e) || (k = any_at(e, z, yuan_words)) == 0)
        return false;
    p = e + k;
    /* the fraction: 伍角, 陆分, 零伍分, then 整 */
    while (p < z) {
        if ((k = sym_at(p, z, numerals, &v)) != 0) {
            if (pending > 0 && v > 0)
                return false;
            pending = v > 0 ? v : pending;
        } else if ((k = word_at(p, z, "角")) != 0 && pending >= 0) {
            jiao = pending;
            pending = -1;
        } else if ((k = word_at(p, z, "分")) != 0 && pending >= 0) {
            fen = pending;
            pending = -1;
        } else if ((k = any_at(p, z, end_words)) != 0 && p + k == z) {
            break;
        } else {
            return false;
        }
        p += k;
    }
    if (pending > 0)
        return false;
    *out = (od_money)(yuan * 100 + jiao * 10 + fen);
    return true;
}

/* The figure: "￥13,377.00", "小写：¥13377". */
static bool figure(const char *p, const char *z, od_money *out)
{
    const char *a = p;

    /* a label before the figure, not its currency sign */
    while (a < z) {
        size_t k = any_at(a, z, lead_words);

        if (!k || word_at(a, z, "￥") || word_at(a, z, "¥") || word_at(a, z, "RMB"))
            break;
        a += k;
    }
    z = trim_end(a, z);
    return a < z && mail_parse_amount(a, (size_t)(z - a), out) == 0;
}

/* The words and the figure of p[0..n): 0 none, 1 the words alone (*w),
 * 2 both (*w, *f). */
static int read_both(const char *p, size_t n, od_money *w, od_money *f)
{
    static const char *const opens[] = {"（", "(", NULL};
    const char *z = trim_end(p, p + n), *o = NULL, *inner, *close;
    size_t ol = 0, cl;

    if ((cl = word_at(z - (z - p >= 3 ? 3 : 0), z, "）")) == 0 && !(z > p && z[-1] == ')'))
        return words(p, z, w) ? 1 : 0;
    if (!cl)
        cl = 1;
    close = z - cl;
    for (const char *q = p; q < close && !o; q++)
        for (size_t i = 0; opens[i]; i++)
            if ((ol = word_at(q, close, opens[i])) != 0) {
                o = q;
                break;
            }
    if (!o)
        return 0;
    inner = o + ol;
    if ((words(p, o, w) && figure(inner, close, f)) || (figure(p, o, f) && words(inner, close, w)))
        return 2;
    return 0;
}

int mail_parse_amount_words(const char *p, size_t n, od_money *out)
{
    od_money w = 0, f = 0;
    int k = read_both(p, n, &w, &f);

    if (k == 0)
        return od_error_set(OD_EINVAL, "no amount in words");
    if (k == 2 && w != f)
        return od_error_set(OD_EINVAL, "the amount in words is not the figure");
    *out = k == 2 ? f : w;
    return 0;
}

bool mail_amount_words_differ(const char *p, size_t n)
{
    od_money w = 0, f = 0;

    return read_both(p, n, &w, &f) == 2 && w != f;
}

bool mail_count_words(const char *p, const char *z, int64_t *out, const char **end)
{
    return whole(p, z, true, out, end);
}
