/* The telephone and name values of a receiver's line, as the text
 * reader (text.c) parts them: a phone at the end of a name, the remark,
 * extension, fax or label around it, two numbers joined, a name before
 * an address, a tax label's rate (phonevalue.h). Each works on [a, z)
 * of one line and is linear in it. */
#include "phonevalue.h"

#include <string.h>
#include <strings.h>

#include "docfields.h"
#include "textchar.h"
#include "textread.h"

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *pv_trim_joiners(const char *a, const char *z)
{
    for (;;) {
        z = tr_rtrim(a, z);
        if (z > a && (z[-1] == ',' || z[-1] == '-' || z[-1] == '/' || z[-1] == '|'))
            z--;
        else if (z - a >= 3 && (memcmp(z - 3, "–", 3) == 0 || memcmp(z - 3, "—", 3) == 0))
            z -= 3;
        else
            return z;
    }
}

const char *pv_drop_phone_note(const char *a, const char *z, bool *ext_dropped)
{
    static const char *const ext[] = {"分机", "分機", "转",  "轉",   "内线",
                                      "內線", "ext.", "ext", "extn", NULL};
    const char *o = NULL, *b;

    /* "04-7562218 分機 23", "0571-8888 转 806", "555-0100 ext. 12": an
     * extension after the number */
    {
        const char *e = tr_rtrim(a, z), *d = e, *w;

        while (d > a && d[-1] >= '0' && d[-1] <= '9')
            d--;
        w = tr_rtrim(a, d);
        for (size_t i = 0; ext[i] && d < e; i++) {
            size_t k = strlen(ext[i]);

            if ((size_t)(w - a) > k && strncasecmp(w - k, ext[i], k) == 0 &&
                (b = tr_rtrim(a, w - k)) > a && b[-1] >= '0' && b[-1] <= '9' &&
                (b < w - k || (unsigned char)ext[i][0] >= 0x80)) {
                *ext_dropped = true;
                return b;
            }
        }
    }

    /* "150 4789 2201 / 微信同号": a short remark without a digit after a
     * slash that follows the number */
    if ((b = memrchr(a, '/', (size_t)(z - a))) != NULL && z - b <= 40 && (o = tr_rtrim(a, b)) > a &&
        o[-1] >= '0' && o[-1] <= '9' && tr_skip_ws(b + 1, z) < z) {
        bool digit = false;

        for (const char *q = b; q < z && !digit; q++)
            digit = *q >= '0' && *q <= '9';
        if (!digit)
            return o;
        o = NULL;
    }
    if (z - a >= 3 && memcmp(z - 3, "）", 3) == 0) {
        for (const char *q = a; q + 3 <= z - 3; q++)
            if (memcmp(q, "（", 3) == 0)
                o = q;
    } else if (z > a && z[-1] == ')') {
        o = memrchr(a, '(', (size_t)(z - a));
    }
    if (!o)
        return z;
    b = tr_rtrim(a, o);
    return b > a && b[-1] >= '0' && b[-1] <= '9' ? b : z;
}

bool pv_phone_only(const char *a, const char *z)
{
    int digits = 0;

    for (const char *q = a; q < z; q++) {
        if (*q >= '0' && *q <= '9')
            digits++;
        else if (!strchr("+-(). ", *q))
            return false;
    }
    return digits >= 7;
}

const char *pv_drop_fax(const char *a, const char *z)
{
    static const char *const words[] = {"传真", "傳真", "fax", "f", NULL};
    const char *ph = pv_phone_tail(a, z), *q;

    if (!ph)
        return z;
    q = tr_rtrim(a, ph);
    if (before(a, q, "："))
        q -= strlen("：");
    else if (q > a && (q[-1] == ':' || q[-1] == '.'))
        q--;
    q = tr_rtrim(a, q);
    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);
        const char *w = q - k, *b;

        if ((size_t)(q - a) <= k || strncasecmp(w, words[i], k) != 0)
            continue;
        /* a word of its own, after a phone */
        if ((unsigned char)words[i][0] < 0x80 && (w[-1] & 0x80) == 0 &&
            (ascii_alpha(w[-1]) || (w[-1] >= '0' && w[-1] <= '9')))
            continue;
        b = pv_trim_joiners(a, w);
        if (pv_phone_tail(a, b) == NULL && !pv_phone_only(a, b))
            continue;
        return b;
    }
    return z;
}

const char *pv_drop_phone_label(const char *a, const char *z)
{
    static const char *const words[] = {"联系电话", "电话", "手机", "電話", "手機", "tel", "phone",
                                        "mobile", "mobil", "mob", "cell", "cel", "gsm", "тел",
                                        /* Danish, Norwegian, Spanish, German: the phone */
                                        "tlf", "telf", "telefon", NULL};
    const char *q = z;
    bool dot = false;

    if (before(a, q, "："))
        q -= strlen("：");
    else if (q > a && (q[-1] == ':' || q[-1] == '.'))
        dot = *--q == '.'; /* "Tel:", "tel." */
    q = tr_rtrim(a, q);
    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);

        const char *r = q - k;

        if ((size_t)(q - a) <= k || strncasecmp(r, words[i], k) != 0)
            continue;
        if ((unsigned char)words[i][0] < 0x80 && r[-1] != ' ' && r[-1] != ',')
            continue;
        for (r = tr_rtrim(a, r); before(a, r, "，") || before(a, r, "、");)
            r = tr_rtrim(a, r - strlen("，"));
        return r;
    }
    /* a point with no phone word before it ends the name: "Bat-Erdene
     * G. +976 …" keeps its initial's point */
    return q == z || dot ? z : tr_rtrim(a, q);
}

const char *pv_phone_tail(const char *a, const char *z)
{
    const char *q = z;
    int digits = 0;

    while (q > a && (strchr("0123456789+-(). ", q[-1]) != NULL)) {
        if (q[-1] >= '0' && q[-1] <= '9')
            digits++;
        q--;
    }
    while (q < z && (*q == ' ' || *q == '-' || *q == '.' || *q == ')'))
        q++;
    if (digits < 7 || q == z || q == a)
        return NULL;
    /* "蒋国华138 6152 9073": a Chinese name glued to a mobile's or an area
     * code's number */
    if (q[-1] != ' ' && q[-1] != ',' && q[-1] != ':' && !before(a, q, "：") &&
        !(digits >= 8 && (*q == '1' || *q == '0' || *q == '+') && q - a >= 3 &&
          (unsigned char)q[-3] >= 0xE4 && (unsigned char)q[-3] <= 0xE9))
        return NULL;
    if (tr_rtrim(a, q) == a)
        return NULL;
    return q;
}

const char *pv_name_address(const char *a, const char *z)
{
    const char *c = memchr(a, ',', (size_t)(z - a)), *r;
    bool digit = false;

    if (!c || tr_rtrim(a, c) == a || !memchr(c + 1, ',', (size_t)(z - c - 1)))
        return NULL;
    for (const char *q = a; q < c; q++)
        if (*q >= '0' && *q <= '9')
            return NULL;
    for (const char *q = c; q < z; q++)
        if (*q >= '0' && *q <= '9')
            digit = true;
    r = tr_skip_ws(c + 1, z);
    return (digit || co24_care_of(c, z)) && r < z ? r : NULL;
}

unsigned pv_label_rate(const char *a, const char *z)
{
    for (const char *q = a; q < z; q++) {
        unsigned whole = 0, frac = 0, nf = 0, nd = 0;
        const char *d = q;

        if (!(*q >= '0' && *q <= '9') || (q > a && q[-1] >= '0' && q[-1] <= '9'))
            continue;
        while (d < z && *d >= '0' && *d <= '9' && nd < 3)
            whole = whole * 10 + (unsigned)(*d++ - '0'), nd++;
        if (d < z && *d == '.')
            for (d++; d < z && *d >= '0' && *d <= '9' && nf < 2; d++, nf++)
                frac = frac * 10 + (unsigned)(*d - '0');
        if (nf == 1)
            frac *= 10;
        d = tr_skip_ws(d, z);
        if (d < z && (*d == '%' || (z - d >= 3 && memcmp(d, "％", 3) == 0))) {
            unsigned bp = whole * 100 + frac;

            return bp > 0 && bp <= 10000 ? bp : 0;
        }
    }
    return 0;
}

bool pv_memchr_digit(const char *v, const char *z)
{
    for (const char *q = v; q < z; q++)
        if ((*q >= '0' && *q <= '9') ||
            (z - q >= 3 && (unsigned char)q[0] == 0xEF && (unsigned char)q[1] == 0xBC &&
             (unsigned char)q[2] >= 0x90 && (unsigned char)q[2] <= 0x99))
            return true;
    return false;
}

unsigned pv_receiver_phones(const char *v, const char *z)
{
    const char *ph = pv_phone_tail(v, z), *j, *ph1, *nm;
    unsigned k = 1;

    if (!ph)
        return 0;
    /* "林志明 07-8211546 / 0912-345-678 / 0928-771-203": up to four */
    while (k < 4 && (j = pv_trim_joiners(v, tr_rtrim(v, ph))) < tr_rtrim(v, ph) &&
           (ph1 = pv_phone_tail(v, j)) != NULL) {
        ph = ph1;
        k++;
    }
    nm = pv_drop_phone_label(v, tr_rtrim(v, ph));
    return nm > v && mail_person_line(v, (size_t)(nm - v)) ? k : 0;
}

const char *pv_skip_contact_word(const char *a, const char *z)
{
    static const char *const w[] = {"联系人", "聯絡人", "聯繫人", "收货人", "收貨人",
                                    "联系",   "聯絡",   "联络",   "聯繫",   NULL};

    for (size_t i = 0; w[i]; i++) {
        size_t k = strlen(w[i]);
        const char *q = a + k;

        if ((size_t)(z - a) <= k || memcmp(a, w[i], k) != 0)
            continue;
        if (*q == ':')
            q++;
        else if (z - q >= 3 && memcmp(q, "：", 3) == 0)
            q += 3;
        else if (tr_skip_ws(q, z) == q)
            continue;
        return tr_skip_ws(q, z);
    }
    return a;
}
