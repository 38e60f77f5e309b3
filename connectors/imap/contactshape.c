/* Shapes of a recipient's name and address: see contactshape.h. */
#include "contactshape.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "docfields.h"
#include "textchar.h"

/* Words that end a job title in Chinese (长 / 長: 组长, 店长, 厨师长 …),
 * or the section the person works in (事务组, 总务处, 采购部). */
static const char *const title_ends[] = {
    "管理员", "管理員", "经理", "經理", "主管", "主任", "负责人", "負責人", "总监",
    "總監",   "专员",   "專員", "长",   "長",   "文员", "文員",   "助理",   "库管",
    "庫管",   "仓管",   "倉管", "采购", "採購", "司机", "司機",   "经办人", "經辦人",
    "组",     "組",     "处",   "處",   "部",   "科",   NULL,
};

bool mail_all_cjk(const char *t, size_t n)
{
    const char *z = t + n;

    if (!n)
        return false;
    for (const char *p = t; p < z; p += 3)
        if (!cjk_at(p, z))
            return false;
    return true;
}

size_t mail_name_after_title(const char *t, size_t n)
{
    const char *z = t + n, *sp = memchr(t, ' ', n), *name;
    size_t k = sp ? (size_t)(sp - t) : 0;

    if (!sp || !mail_all_cjk(t, k))
        return 0;
    name = sp;
    while (name < z && *name == ' ')
        name++;
    /* the name: one word of 2 to 4 ideographs */
    if (!mail_all_cjk(name, (size_t)(z - name)) || z - name < 6 || z - name > 12)
        return 0;
    for (size_t i = 0; title_ends[i]; i++)
        if (before(t, t + k, title_ends[i]))
            return (size_t)(name - t);
    return 0;
}

/* A time of day or a weekday in b[0..n): "9点", "10:30", "10am",
 * 上午/下午/早上/晚上/中午, 周一…周日, 工作日. */
static bool time_words(const char *b, size_t n)
{
    static const char *const words[] = {"上午",   "下午", "早上", "晚上", "中午",
                                        "工作日", "周一", "周二", "周三", "周四",
                                        "周五",   "周六", "周日", "星期", NULL};
    const char *z = b + n;

    for (const char *p = b; p < z; p++) {
        for (size_t i = 0; words[i]; i++)
            if (at(p, z, words[i]))
                return true;
        if (!digit(*p) || (p + 1 < z && digit(p[1])))
            continue;
        /* after the last digit of a number */
        {
            const char *q = p + 1;

            while (q < z && *q == ' ')
                q++;
            if (at(q, z, "点") || at(q, z, "时") ||
                (q < z && *q == ':' && q + 1 < z && digit(q[1])) ||
                (z - q >= 2 && (strncasecmp(q, "am", 2) == 0 || strncasecmp(q, "pm", 2) == 0)))
                return true;
        }
    }
    return false;
}

size_t mail_address_note(const char *t, size_t n)
{
    const char *z = t + n, *open = NULL;

    while (z > t && z[-1] == ' ')
        z--;
    if (before(t, z, "）")) {
        for (const char *p = z - strlen("）"); p > t; p--)
            if (at(p, z, "（")) {
                open = p;
                break;
            }
    } else if (z > t && z[-1] == ')') {
        for (const char *p = z - 1; p > t; p--)
            if (*p == '(') {
                open = p;
                break;
            }
    }
    if (!open || open == t || !time_words(open, (size_t)(z - open)))
        return 0;
    return (size_t)(open - t);
}

/* "8 Ubi Road 2, #06-21 Zervex, Singapore 408538": a house number first
 * (digits, '-' and '/'), a word after it, and a digit after a comma (a
 * person's or a company's name does not start with a number standing
 * alone). */
static bool number_first(const char *t, size_t n)
{
    size_t k = 0;
    const char *comma;

    while (k < n && (digit(t[k]) || t[k] == '-' || t[k] == '/'))
        k++;
    if (k == 0 || !digit(t[0]) || k + 1 >= n || t[k] != ' ' || !isalpha((unsigned char)t[k + 1]))
        return false;
    if (!(comma = memchr(t + k, ',', n - k)))
        return false;
    for (const char *p = comma; p < t + n; p++)
        if (digit(*p))
            return true;
    return false;
}

bool mail_address_shape(const char *t, size_t n, bool in_prose)
{
    const char *c = memchr(t, ',', n), *from = in_prose ? c : t;
    size_t commas = 0;
    bool dig = false;

    for (const char *p = c; p && p < t + n; p++)
        commas += *p == ',';
    for (const char *p = from; p && p < t + n && !dig; p++)
        dig = digit(*p);
    if (commas >= 2 && dig)
        return true;
    return !in_prose && number_first(t, n);
}

size_t mail_spaced_dash(const char *t, size_t n, size_t *after)
{
    static const char *const dashes[] = {" - ", " \u2013 ", " \u2014 ", NULL};
    size_t dash = 0, end = 0;

    for (size_t i = 1; i < n; i++)
        for (size_t k = 0; dashes[k]; k++) {
            size_t w = strlen(dashes[k]);

            if (i + w <= n && memcmp(t + i, dashes[k], w) == 0) {
                dash = i;
                end = i + w;
            }
        }
    if (after)
        *after = end;
    return dash;
}

size_t mail_last_dash(const char *t, size_t n, size_t *after)
{
    size_t dash = mail_spaced_dash(t, n, after), commas = 0;

    for (size_t i = 0; i < dash; i++)
        commas += t[i] == ',';
    return commas >= 2 ? dash : 0;
}

bool mail_short_name(const char *t, size_t n)
{
    size_t words = 1;

    for (size_t i = 0; i < n; i++) {
        if (t[i] == ',' || (t[i] >= '0' && t[i] <= '9'))
            return false;
        words += t[i] == ' ' && i + 1 < n && t[i + 1] != ' ';
    }
    return n > 0 && words <= 4;
}

size_t mail_place_then_person(const char *t, size_t n, size_t *person)
{
    static const char *const words[] = {"attn. ", "attn ", "attn: ", "c/o ", NULL};
    size_t at, dash = mail_last_dash(t, n, &at);

    if (!dash)
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (n - at > strlen(words[i]) && strncasecmp(t + at, words[i], strlen(words[i])) == 0) {
            at += strlen(words[i]);
            break;
        }
    if (at >= n || !isupper((unsigned char)t[at]) || !mail_short_name(t + at, n - at))
        return 0;
    *person = at;
    return dash;
}

bool mail_titled_person(const char *t, size_t n)
{
    size_t at = mail_name_after_title(t, n);

    return mail_person_line(t + at, n - at);
}

static bool part_start(const char *p, const char *z)
{
    while (p < z && *p == ' ')
        p++;
    return p < z && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                     (unsigned char)*p >= 0xC0); /* a capital with a diacritic, or not Latin */
}

bool mail_place_line(const char *v, size_t n)
{
    const char *z = v + n, *a = v;
    size_t parts = 0;

    if (!v || !n || n > 200 || memchr(v, '@', n))
        return false;
    for (const char *p = v; p <= z; p++) {
        if (p < z && *p != ',')
            continue;
        if (!part_start(a, p))
            return false;
        parts++;
        a = p + 1;
    }
    return parts >= 3;
}

const char *mail_displaced_field(const char *v, size_t n)
{
    return mail_place_line(v, n) ? "ship_to.address" : "ship_to.company";
}

const char *mail_role_word_end(const char *a, const char *z)
{
    const char *q = a;

    if (!a || a >= z || !((*a >= 'A' && *a <= 'Z') || (unsigned char)*a >= 0xC0))
        return a;
    while (q < z && q - a <= 24 &&
           ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80))
        q++;
    if (q - a < 3 || q - a > 24 || q >= z || *q != ':' || q + 1 >= z || q[1] != ' ')
        return a;
    for (q++; q < z && *q == ' ';)
        q++;
    return q;
}

bool mail_place_shape(const char *t, size_t n)
{
    return mail_address_shape(t, n, false) || mail_place_line(t, n);
}
