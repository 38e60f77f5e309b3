/* What the whole text of a purchase order gives its orders beside the
 * labels (tr_doc_fields, textread.h): the currency of its amounts, the
 * buying company of its signature, the day order of its date, a date
 * or an address in a sentence, a printed form's number. The line
 * recognisers are docfields.c's (docfields.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "fields.h"
#include "sheet.h"
#include "textread.h"

/* Lines of a signature looked at after its sign-off. */
#define SIG_LINES 8
/* Distinct currencies kept per text. */
#define MAX_CODES 8

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool starts(const char *p, const char *z, const char *w)
{
    size_t k = strlen(w);

    return (size_t)(z - p) >= k && memcmp(p, w, k) == 0;
}

static bool has_digit(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_digit(p[i]))
            return true;
    return false;
}

struct doc {
    const struct tr_line *v;
    size_t n;
    char codes[MAX_CODES][4];
    unsigned code_line[MAX_CODES];
    size_t n_codes;
    unsigned dollars, dollar_line, unknown_line;
    unsigned regions;
    unsigned yuan, yuan_line; /* MAIL_YUAN_* of the text; the first bare 元's line */
    const char *company;      /* into the text */
    size_t company_n;
    unsigned company_line;
};

/* Values of supplier labels and the greeting's addressee: the seller's
 * own name, never the buyer ("供应商：…", "致：…有限公司", "Dear …
 * Co., Ltd."). */
static bool seller_named(const struct doc *d, const char *c, size_t n)
{
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];

        if (mail_seller_label(l->a, l->z) && memmem(l->a, (size_t)(l->z - l->a), c, n))
            return true;
    }
    return false;
}

/* "Operations Manager | Cedar & Clay Co.", "Procurement Officer, Mama's
 * Kitchen Foods Ltd.", "Compras - Conserveira do Norte, S.A.": a
 * signature line that gives the person's title, then after " | ", the
 * first ", " or " - " the company. Where the company starts; a when the
 * line is not so. */
static const char *title_end(const char *a, const char *z)
{
    static const char *const seps[] = {" | ", ", ", " - ", " \xe2\x80\x93 "};

    for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
        size_t sl = strlen(seps[i]);
        const char *s = memmem(a, (size_t)(z - a), seps[i], sl);

        if (s && mail_title_line(a, (size_t)(s - a)) &&
            mail_company_line(s + sl, (size_t)(z - s - sl)))
            return s + sl;
    }
    return a;
}

/* A telephone number as the last word of [a, z) ("18955706612",
 * "0557-8022316", "+86-138-0000-0000"), after a space: where it
 * starts, else NULL. */
static const char *phone_word(const char *a, const char *z)
{
    const char *w = z;
    size_t digits = 0;

    while (w > a && w[-1] != ' ') {
        w--;
        if (is_digit(*w))
            digits++;
        else if (*w != '-' && *w != '+')
            return NULL;
    }
    return w > a && digits >= 7 && digits <= 15 ? w : NULL;
}

/* Which scripts [a, z) writes: 1 Latin letters, 2 Chinese characters,
 * 4 letters of another script (Cyrillic, Hangul, kana, Greek …). */
static unsigned scripts(const char *a, const char *z)
{
    unsigned m = 0;

    for (const char *q = a; q < z; q++) {
        unsigned char ch = (unsigned char)*q;

        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
            m |= 1;
        else if (ch >= 0xE4 && ch <= 0xE9)
            m |= 2; /* U+4E00..U+9FFF */
        else if ((ch >= 0xCE && ch <= 0xD4) || (ch >= 0xEA && ch <= 0xED) ||
                 (ch == 0xE3 && q + 1 < z && (unsigned char)q[1] >= 0x81 &&
                  (unsigned char)q[1] <= 0x83))
            m |= 4;
    }
    return m;
}

/* "Gobi Cashmere LLC ("Говь Кашемир" ХХК)", "延边金达莱食品有限公司
 * （연변진달래식품유한회사）": the name again in another script, in
 * brackets ending the line; where the part before it ends, else NULL. */
static const char *other_script_name(const char *a, const char *z)
{
    const char *o = NULL, *c;
    unsigned before, inside;

    z = tr_rtrim(a, z);
    if (z - a > 3 && memcmp(z - 3, "）", 3) == 0) {
        c = z - 3;
        for (const char *q = a; q + 3 <= c; q++)
            if (memcmp(q, "（", 3) == 0)
                o = q;
    } else if (z > a && z[-1] == ')') {
        c = z - 1;
        o = memrchr(a, '(', (size_t)(c - a));
    } else {
        return NULL;
    }
    if (!o || tr_rtrim(a, o) == a)
        return NULL;
    before = scripts(a, o);
    inside = scripts(o, c);
    return inside && before && !(inside & before) ? tr_rtrim(a, o) : NULL;
}

/* The company of a line "X有限公司", "X有限公司 采购中心", "X有限公司
 * 刘振", "X有限公司 采购 林秀娟" or "Maison Lumière SAS - bougies artisanales" (a company by its
 * legal form, then maybe a department, the person or a tagline in lower
 * case after " - "): its length, 0 when none. */
/* A label, a tab, its value: a row of a form, not a line of a
 * signature. */
static bool form_row(const char *a, const char *z)
{
    static const struct imap_extract_settings none;
    const char *tab = memchr(a, '\t', (size_t)(z - a));
    size_t off;

    return tab && tab > a && mail_label_at(&none, a, (size_t)(z - a), &off) && a + off > tab;
}

static size_t company_part(const char *a, const char *z)
{
    const char *sp, *dash = memmem(a, (size_t)(z - a), " - ", 3), *ph, *oz, *sl;
    size_t k;

    /* "Delivery Address<tab>12 Harbour Road, …": a form's labelled row
     * (a PDF read as text ends so) names no company */
    if (form_row(a, z))
        return 0;
    /* the company's name in another script after it: left out */
    if ((oz = other_script_name(a, z)) != NULL && (k = company_part(a, oz)) != 0)
        return k;

    /* "beszerzés, Kalocsai Fűszerpaprika Zrt.": the whole line, its
     * title dropped where the company is taken (set_company) */
    if (mail_company_line(a, (size_t)(z - a)) || title_end(a, z) != a)
        return (size_t)(z - a);
    /* "X有限公司 采购 李明 18955706612", "X有限公司 黄秋萍
     * 15960528812": the person's phone after them */
    if ((ph = phone_word(a, z)) != NULL && (k = company_part(a, tr_rtrim(a, ph))) != 0)
        return k;
    if (dash && z - dash > 3 && dash[3] >= 'a' && dash[3] <= 'z' &&
        mail_company_line(a, (size_t)(dash - a)))
        return (size_t)(dash - a);
    /* "Kakheti Delights Ltd / შპს კახეთის დელიკატესები": the name in two
     * scripts; the first, a company's, is kept */
    if ((sl = memmem(a, (size_t)(z - a), " / ", 3)) != NULL &&
        mail_company_line(a, (size_t)(sl - a)))
        return (size_t)(tr_rtrim(a, sl) - a);
    sp = z;
    while (sp > a && sp[-1] != ' ')
        sp--;
    /* "Sakura Clinic (Medical Corporation Sakurakai)": no cut inside
     * brackets */
    if (memrchr(a, '(', (size_t)(sp - a)) && !memrchr(a, ')', (size_t)(sp - a)))
        return 0;
    if (sp > a &&
        (mail_title_line(sp, (size_t)(z - sp)) || mail_person_line(sp, (size_t)(z - sp)))) {
        const char *tp = sp - 1;

        if (mail_company_line(a, (size_t)(sp - 1 - a)))
            return (size_t)(sp - 1 - a);
        /* "X有限公司 采购 林秀娟": the department, then the person */
        while (tp > a && tp[-1] != ' ')
            tp--;
        if (tp > a && mail_person_line(sp, (size_t)(z - sp)) &&
            mail_title_line(tp, (size_t)(sp - 1 - tp)) &&
            mail_company_line(a, (size_t)(tp - 1 - a)))
            return (size_t)(tp - 1 - a);
    }
    return 0;
}

/* A person's name alone or with a title after " | " or a space ("孙悦 |
 * 采购", "孙悦 采购"). */
static bool person_titled(const char *a, const char *z)
{
    const char *sp;

    if (mail_person_line(a, (size_t)(z - a)))
        return true;
    sp = memchr(a, ' ', (size_t)(z - a));
    if (!sp || !mail_person_line(a, (size_t)(sp - a)))
        return false;
    while (sp < z && (*sp == ' ' || *sp == '|'))
        sp++;
    return sp < z && mail_title_line(sp, (size_t)(z - sp));
}

/* "9月24日", "2027-11-29", "2027.11.23", "2027年11月26日", "116年12月3日": a
 * line that is a date alone, written under a letter's signature (the
 * company is looked for above it; the date itself is read as the order's
 * date elsewhere). A day and month, or a year, month and day (the year of
 * four digits, or of two or three before 年, the ROC year); not a
 * telephone ("0768-2223188": two groups). */
static bool date_alone(const char *a, const char *z)
{
    static const char *const w[] = {"年", "月", "日", "号", NULL};
    unsigned long g[4] = {0};
    size_t ng = 0, len[4] = {0};
    bool in = false, year_word = false, sep = false;

    for (const char *q = a; q < z;) {
        size_t k = 0;

        if (is_digit(*q)) {
            if (!in) {
                if (ng == 4)
                    return false;
                ng++;
                in = true;
            }
            if (len[ng - 1] < 6)
                g[ng - 1] = g[ng - 1] * 10 + (unsigned long)(*q - '0');
            len[ng - 1]++;
            q++;
            continue;
        }
        in = false;
        if (*q == ' ') {
            q++;
            continue;
        }
        if ((*q == '-' || *q == '.' || *q == '/') && ng > 0) {
            sep = true;
            q++;
            continue;
        }
        for (size_t i = 0; w[i] && !k; i++)
            if ((size_t)(z - q) >= 3 && memcmp(q, w[i], 3) == 0)
                k = 3;
        if (!k)
            return false;
        if (k && memcmp(q, "年", 3) == 0)
            year_word = true;
        q += k;
    }
    if (ng == 0)
        return false;
    if (!sep && !year_word)
        return true; /* "9月24日", as before */
    return ng == 3 && (len[0] == 4 || (year_word && len[0] >= 2 && len[0] <= 3)) && g[1] >= 1 &&
           g[1] <= 12 && g[2] >= 1 && g[2] <= 31 && len[1] <= 2 && len[2] <= 2;
}

static size_t text_end(const struct doc *d)
{
    size_t end = d->n;

    while (end > 0 &&
           (d->v[end - 1].a == d->v[end - 1].z ||
            mail_footer_line(d->v[end - 1].a, (size_t)(d->v[end - 1].z - d->v[end - 1].a)) ||
            date_alone(d->v[end - 1].a, d->v[end - 1].z)))
        end--;
    return end;
}

/* A person's name, alone, followed by a contact ("邱慧敏 010-8459 2200")
 * or after a title ("采购 钟思敏"). */
static bool person_first(const char *a, const char *z)
{
    const char *sp = memchr(a, ' ', (size_t)(z - a));

    if (mail_person_line(a, (size_t)(z - a)))
        return true;
    if (sp && mail_title_line(a, (size_t)(sp - a)) &&
        mail_person_line(sp + 1, (size_t)(z - sp - 1)))
        return true;
    return sp && mail_person_line(a, (size_t)(sp - a)) &&
           mail_contact_line(sp + 1, (size_t)(z - sp - 1));
}

/* Points *a past the title of a signature line (title_end). */
static void drop_title_part(const char **a, const char *z)
{
    *a = title_end(*a, z);
}

/* Take [a, z) of line `no` as the buying company. */
static void set_company(struct doc *d, const char *a, const char *z, unsigned no)
{
    const char *sp;

    drop_title_part(&a, z);
    z = tr_rtrim(a, z); /* "X有限公司  采购 王芳": two spaces before the department */
    sp = memchr(a, ' ', (size_t)(z - a));
    /* "张丽  高邮湖鸭蛋食品有限公司": the person before the company */
    if (sp && sp - a >= 6 && sp - a <= 12 && mail_all_cjk(a, (size_t)(sp - a)) &&
        mail_person_line(a, (size_t)(sp - a)) &&
        mail_company_line(tr_skip_ws(sp, z), (size_t)(z - tr_skip_ws(sp, z))))
        a = tr_skip_ws(sp, z);
    d->company = a;
    d->company_n = (size_t)(z - a);
    d->company_line = no;
}

/* A signature without a sign-off: the last lines of the text (up to
 * SIG_LINES, up to a blank line, the mail client's trailer left out)
 * with a person's name (maybe with a title) on one line and a company
 * by its legal form on a later one ("盼复。/ 戴丽 / 苏州益丰精密机械有限
 * 公司", "孙悦 | 采购 / 上海鹿小馆餐饮管理有限公司"), the company (maybe
 * with its department) on the line right before the person's ("嘉兴嘉源
 * 毛纺织有限公司 / 沈建华"), the company's name as the text's last line
 * ("…收货人：马晓东 / 郑州优品汇电子商务有限公司"), or, failing those, as the
 * first line of a block of three lines or more that ends with a telephone
 * ("株式会社 宇治茶園 / 京都府宇治市… / 購買課 山本 美咲 / TEL …"). */
static void trailing_company(struct doc *d)
{
    size_t end = text_end(d), start, k;

    start = end;
    while (start > 0 && end - start < SIG_LINES && d->v[start - 1].a != d->v[start - 1].z)
        start--;
    for (size_t i = start; i + 1 < end; i++) {
        const struct tr_line *l = &d->v[i];

        if (!person_titled(l->a, l->z))
            continue;
        for (size_t j = i + 1; j < end; j++) {
            const struct tr_line *c = &d->v[j];

            if ((k = company_part(c->a, c->z)) != 0 && !seller_named(d, c->a, k)) {
                set_company(d, c->a, c->a + k, c->no);
                return;
            }
            if (!mail_title_line(c->a, (size_t)(c->z - c->a)))
                break;
        }
    }
    for (size_t i = start; i + 1 < end; i++) {
        const struct tr_line *c = &d->v[i], *l = &d->v[i + 1];

        k = company_part(c->a, c->z);
        /* "安平漁香食品有限公司 / 台南市安平區 安北路 121 號  06-2281735 /
         * 採購 蔡佩珊": the company's own address or contact line may
         * stand between it and the person */
        if (k && i + 2 < end &&
            (tr_cn_address(l->a, l->z) || mail_contact_line(l->a, (size_t)(l->z - l->a))) &&
            person_first(d->v[i + 2].a, d->v[i + 2].z))
            l = &d->v[i + 2];
        if (k && person_first(l->a, l->z) && !seller_named(d, c->a, k)) {
            set_company(d, c->a, c->a + k, c->no);
            return;
        }
    }
    if (end > 0) {
        const struct tr_line *c = &d->v[end - 1];

        /* "Cafetalera Altos de Tarrazú S.A." over "Departamento de
         * Compras": the company's name before its department's line, or
         * before a line that is only its telephone ("05-2562118") */
        if (end > 1 &&
            (mail_title_line(c->a, (size_t)(c->z - c->a)) || zh25_phone_alone(c->a, c->z)) &&
            company_part(d->v[end - 2].a, d->v[end - 2].z))
            c = &d->v[end - 2];
        k = company_part(c->a, c->z);
        if (k && !seller_named(d, c->a, k)) {
            set_company(d, c->a, c->a + k, c->no);
            return;
        }
    }
    /* "株式会社 宇治茶園" / its address / "購買課 山本 美咲" / "TEL …": the
     * block starts with the company by its legal form, and two lines or
     * more below it, the last a telephone's, are its contact lines */
    if (start + 2 < end &&
        tr_phone_span(d->v[end - 1].a, d->v[end - 1].z, &(const char *){NULL},
                      &(const char *){NULL}) &&
        mail_company_line(d->v[start].a, (size_t)(d->v[start].z - d->v[start].a)) &&
        !seller_named(d, d->v[start].a, (size_t)(d->v[start].z - d->v[start].a)))
        set_company(d, d->v[start].a, d->v[start].z, d->v[start].no);
}

/* "Tamale, Northern Region, Ghana": a signature's place, three parts or
 * more parted by commas, each capitalised, no digit; no company. */
static bool place_line(const char *a, const char *z)
{
    size_t commas = 0;
    bool start = true;

    for (const char *q = a; q < z; q++) {
        if (*q >= '0' && *q <= '9')
            return false;
        if (*q == ',') {
            commas++;
            start = true;
        } else if (start && *q != ' ') {
            if (*q >= 'a' && *q <= 'z')
                return false;
            start = false;
        }
    }
    return commas >= 2;
}

/* The lines of a signature from v[from], up to a blank line after the
 * first: the company by its legal form, else by the shape "person /
 * [title] / company" (a place's line, as contacts, left aside). */
static void find_in_block(struct doc *d, size_t from)
{
    const struct tr_line *sig[SIG_LINES];
    size_t k = 0, plain = SIZE_MAX, others = 0;

    for (size_t i = from; i < d->n && k < SIG_LINES; i++) {
        if (d->v[i].a == d->v[i].z) {
            if (k)
                break;
            continue;
        }
        sig[k++] = &d->v[i];
    }
    for (size_t i = 0; i < k; i++) {
        const char *a = sig[i]->a, *z = sig[i]->z;

        size_t cp = company_part(a, z);

        if (cp && !seller_named(d, a, cp)) {
            set_company(d, a, a + cp, sig[i]->no);
            return;
        }
        if (i == 0 || mail_title_line(a, (size_t)(z - a)) ||
            mail_contact_line(a, (size_t)(z - a)) || place_line(a, z))
            continue;
        others++;
        if (mail_plain_company_line(a, (size_t)(z - a)))
            plain = i;
    }
    /* "Name / [Title] / Company": one line besides the person, titles
     * and contacts, shaped as a name */
    if (k >= 2 && mail_person_line(sig[0]->a, (size_t)(sig[0]->z - sig[0]->a)) && others == 1 &&
        plain != SIZE_MAX &&
        !seller_named(d, sig[plain]->a, (size_t)(sig[plain]->z - sig[plain]->a))) {
        d->company = sig[plain]->a;
        d->company_n = (size_t)(sig[plain]->z - sig[plain]->a);
        d->company_line = sig[plain]->no;
    }
}

/* The company of the last signature: the lines after the last sign-off,
 * up to a blank line after the first; else the last lines of the text
 * when they read as a signature. */
static void find_company(struct doc *d)
{
    size_t so = SIZE_MAX;

    for (size_t i = d->n; i-- > 0;)
        if (mail_signoff_line(d->v[i].a, (size_t)(d->v[i].z - d->v[i].a))) {
            so = i;
            break;
        }
    if (so == SIZE_MAX || (find_in_block(d, so + 1), !d->company))
        trailing_company(d);
}

size_t tr_signature_company(const struct tr_line *v, size_t n, const char **at, unsigned *no)
{
    struct doc d = {.v = v, .n = n};

    find_company(&d);
    *at = d.company;
    *no = d.company_line;
    return d.company ? d.company_n : 0;
}

static void scan(struct doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        char c[MAX_CODES][4];
        struct mail_marks mk;
        size_t k = mail_currency_marks(l->a, (size_t)(l->z - l->a), c, MAX_CODES, &mk);

        for (size_t j = 0; j < k; j++) {
            bool known = false;

            for (size_t m = 0; m < d->n_codes && !known; m++)
                known = strcmp(d->codes[m], c[j]) == 0;
            if (!known && d->n_codes < MAX_CODES) {
                d->code_line[d->n_codes] = l->no;
                memcpy(d->codes[d->n_codes++], c[j], 4);
            }
        }
        if (mk.dollars && !d->dollars)
            d->dollar_line = l->no;
        d->dollars += mk.dollars;
        if (mk.unknown && !d->unknown_line)
            d->unknown_line = l->no;
        d->regions |= mail_region_marks(l->a, (size_t)(l->z - l->a));
        if ((mk.yuan & MAIL_YUAN_BARE) && !(d->yuan & MAIL_YUAN_BARE))
            d->yuan_line = l->no;
        d->yuan |= mk.yuan;
    }
    find_company(d);
}

static bool dollar_currency(const char *code)
{
    static const char *const d[] = {"USD", "CAD", "AUD", "NZD", "HKD", "TWD", "SGD"};

    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++)
        if (strcmp(code, d[i]) == 0)
            return true;
    return false;
}

/* The line a field came from, 0 when none. */
static unsigned src_line(const struct built *b, const char *key)
{
    for (size_t i = 0; i < b->n_src; i++)
        if (strcmp(b->src[i].key, key) == 0)
            return b->src[i].line;
    return 0;
}

/* Set where a field came from, replacing an earlier source. */
static int set_src(struct built *b, const char *key, unsigned line)
{
    for (size_t i = 0; i < b->n_src; i++)
        if (strcmp(b->src[i].key, key) == 0) {
            b->src[i].line = line;
            return 0;
        }
    return tr_add_src(b, key, line);
}

/* Does line `no` write money with a bare '$' and no other mark? */
static bool bare_dollar_line(const struct doc *d, unsigned no)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->v[i].no == no) {
            char c[MAX_CODES][4];
            struct mail_marks m;
            size_t k =
                mail_currency_marks(d->v[i].a, (size_t)(d->v[i].z - d->v[i].a), c, MAX_CODES, &m);

            return k == 0 && m.dollars > 0;
        }
    return false;
}

/* The currency the amounts are written in: the one specific mark; else
 * a bare '$' read by the countries named. A second currency is a hard
 * doubt (the first seen is used). */
static int fill_currency(const struct doc *d, struct built *b)
{
    struct od_order *o = b->o;
    const char *code = NULL;
    unsigned line = 0;
    int rc;

    /* a currency taken from a bare '$' before a price ("A-1 x 2 @ $3")
     * is decided here, by the countries the text names */
    if (o->currency[0] && bare_dollar_line(d, src_line(b, "currency")))
        o->currency[0] = '\0';
    if (d->n_codes == 2 && d->yuan == MAIL_YUAN_SIGN &&
        ((strcmp(d->codes[0], "JPY") == 0 && strcmp(d->codes[1], "CNY") == 0) ||
         (strcmp(d->codes[0], "CNY") == 0 && strcmp(d->codes[1], "JPY") == 0))) {
        /* "JPY 38" on the lines, "¥555,200-" under them: the sign is the yen's */
        size_t y = strcmp(d->codes[0], "JPY") == 0 ? 0 : 1;

        code = "JPY";
        line = d->code_line[y];
        if (o->currency[0] && strcmp(o->currency, "JPY") != 0)
            return tr_add_doubt(b, false,
                                "the currency is %s but line %u writes an amount in JPY; %s was "
                                "used",
                                o->currency, line, o->currency);
        if (!o->currency[0]) {
            memcpy(o->currency, code, 4);
            return set_src(b, "currency", line);
        }
        return 0;
    }
    if (d->unknown_line && !o->currency[0]) /* "XY$ 12.00": never the default */
        return tr_add_doubt(b, false,
                            "line %u writes a dollar orderd does not know: check the "
                            "currency",
                            d->unknown_line);
    if (d->n_codes) {
        code = d->codes[0];
        line = d->code_line[0];
    } else if (d->dollars) {
        code = mail_dollar_code(d->regions);
        line = d->dollar_line;
        if (!code)
            return tr_add_doubt(b, false,
                                "the amounts are in '$' (line %u) and the text names several "
                                "dollar countries; the currency was not decided",
                                d->dollar_line);
    }
    if (!code)
        return 0;
    if (o->currency[0]) {
        /* a label named it: a mark of another currency is a doubt */
        for (size_t i = 0; i < d->n_codes; i++)
            if (strcmp(d->codes[i], o->currency) != 0)
                return tr_add_doubt(b, false,
                                    "the currency is %s but line %u writes an amount in %s; %s "
                                    "was used",
                                    o->currency, d->code_line[i], d->codes[i], o->currency);
        if (d->dollars && !d->n_codes && !dollar_currency(o->currency))
            return tr_add_doubt(b, false,
                                "the currency is %s but line %u writes an amount in '$'; %s "
                                "was used",
                                o->currency, d->dollar_line, o->currency);
        return 0;
    }
    memcpy(o->currency, code, 4);
    if ((rc = set_src(b, "currency", line)) < 0)
        return rc;
    if (strcmp(code, "CNY") == 0 && d->yuan == MAIL_YUAN_BARE &&
        (d->regions & (MAIL_REGION_TW | MAIL_REGION_HK)))
        return tr_add_doubt(b, false,
                            "the amounts are in 元 (line %u) and the text names %s, where 元 is "
                            "also the local dollar; CNY was used: check the currency",
                            d->yuan_line, d->regions & MAIL_REGION_TW ? "Taiwan" : "Hong Kong");
    if (d->n_codes > 1)
        return tr_add_doubt(
            b, false, "the amounts are in %s (line %u) and %s (line %u); %s was used", d->codes[0],
            d->code_line[0], d->codes[1], d->code_line[1], d->codes[0]);
    if (d->dollars && !dollar_currency(code))
        return tr_add_doubt(b, false,
                            "the amounts are in %s (line %u) and '$' (line %u); %s was used", code,
                            line, d->dollar_line, code);
    return 0;
}

static int fill_company(const struct doc *d, struct built *b)
{
    char buf[256];
    struct od_order *o = b->o;

    if (!d->company || o->customer.name)
        return 0;
    tr_clip(buf, sizeof(buf), d->company, d->company_n);
    if (od_str_set(&o->customer.name, buf, strlen(buf)) < 0)
        return od_error_set(OD_ENOMEM, "out of memory");
    return tr_add_src(b, "customer.name", d->company_line);
}

/* A date "a/b/yyyy" (or with '-') on the placed_at line whose day and
 * month can be swapped: read day first where the text names a country
 * that writes the day first, month first where it names the US; a hard
 * doubt when it names neither (read month first). */
static int fill_date_order(const struct doc *d, const struct imap_extract_settings *s,
                           struct built *b)
{
    unsigned line = src_line(b, "placed_at");
    const struct tr_line *l = NULL;
    bool us = d->regions & MAIL_REGION_US, dayfirst = d->regions & MAIL_REGION_DAYFIRST;

    if (!line)
        return 0;
    for (size_t i = 0; i < d->n && !l; i++)
        if (d->v[i].no == line)
            l = &d->v[i];
    if (!l)
        return 0;
    for (const char *q = l->a; q < l->z; q++) {
        const char *e = q;
        od_time t;
        bool amb = false;

        if (!is_digit(*q) || (q > l->a && (is_digit(q[-1]) || q[-1] == '/' || q[-1] == '-')))
            continue;
        while (e < l->z && (is_digit(*e) || *e == '/' || *e == '-' || *e == '.'))
            e++;
        if (!mail_parse_date_order(s, q, (size_t)(e - q), dayfirst && !us, &t, &amb) || !amb)
            continue;
        if (dayfirst != us) {
            b->o->placed_at = t;
            return 0;
        }
        return tr_add_doubt(b, false,
                            "line %u: the date %.*s could be read day first or month first; "
                            "read as month first",
                            line, (int)(e - q), q);
    }
    return 0;
}

/* "雷山县西江镇苗家酸汤专业合作社" / "2027年8月13日": the date a letter
 * is signed with, alone under its signature, is the order's when nothing
 * else dated it (a date without its year is none). */
static int letter_date(const struct doc *d, const struct imap_extract_settings *s, struct built *b)
{
    for (size_t i = text_end(d); i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        size_t run = 0, best = 0;
        od_time t;

        if (l->a == l->z || !date_alone(l->a, l->z))
            continue;
        for (const char *q = l->a; q < l->z; q++) {
            run = is_digit(*q) ? run + 1 : 0;
            best = run > best ? run : best;
        }
        if (best < 4 || !mail_parse_date(s, l->a, (size_t)(l->z - l->a), &t))
            continue;
        b->o->placed_at = t;
        return tr_add_src(b, "placed_at", l->no) < 0 ? OD_ENOMEM : 0;
    }
    return 0;
}

/* The order's date in a sentence that names the order: "our order
 * P2512-7662 dated 12 Dec 2025.", "Bestellung Nr. 12 vom 27.11.2026",
 * "commande du 06/12/2026", "Orden de compra BV-1, fecha 21 de octubre de
 * 2027". The longest date after the word. */
static int prose_date(const struct doc *d, const struct imap_extract_settings *s, struct built *b)
{
    static const char *const order_words[] = {
        "order", "PO", "P.O.", "Bestellung", "Auftrag", "commande", "ordine", "pedido", "orden"};
    /* Spanish "fecha" (its date) too: "Orden de compra BV-1, fecha 21 de
     * octubre de 2027." */
    static const char *const date_words[] = {"dated", "vom", "du", "del", "datiert", "fecha"};
    bool us = d->regions & MAIL_REGION_US, dayfirst = d->regions & MAIL_REGION_DAYFIRST;
    bool decided = us != dayfirst;

    dayfirst = dayfirst && !us;
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        bool named = false;

        for (size_t k = 0; k < sizeof(order_words) / sizeof(order_words[0]) && !named; k++)
            named = mail_find_word(l->a, (size_t)(l->z - l->a), order_words[k], true) != NULL;
        if (!named)
            continue;
        for (size_t k = 0; k < sizeof(date_words) / sizeof(date_words[0]); k++) {
            const char *w = mail_find_word(l->a, (size_t)(l->z - l->a), date_words[k], true), *v,
                       *e;

            if (!w)
                continue;
            v = w + strlen(date_words[k]);
            while (v < l->z && *v == ' ')
                v++;
            /* the longest span that is a date, up to 40 bytes */
            for (e = v + 40 < l->z ? v + 40 : l->z; e > v; e--) {
                od_time t;
                bool amb;

                if (e < l->z && *e != ' ' && *e != ',' && *e != '.' && *e != ';' && *e != ')')
                    continue;
                if (!is_digit(e[-1]) && !is_alpha(e[-1]))
                    continue;
                if (!mail_parse_date_order(s, v, (size_t)(e - v), dayfirst, &t, &amb))
                    continue;
                b->o->placed_at = t;
                if (tr_add_src(b, "placed_at", l->no) < 0)
                    return OD_ENOMEM;
                if (amb && !decided)
                    return tr_add_doubt(b, false,
                                        "line %u: the date %.*s could be read day first or "
                                        "month first; read as %s first",
                                        l->no, (int)(e - v), v, dayfirst ? "day" : "month");
                return 0;
            }
        }
    }
    return 0;
}

/* Is there more than white space in [p, z)? */
static bool words_between(const char *p, const char *z)
{
    for (; p < z; p++)
        if (*p != ' ' && *p != '\t')
            return true;
    return false;
}

/* "…, Lautoka, Fiji - attn Ms Salote Vuki, +679 666 1234.": a place, a
 * dash, the person who takes the goods and the phone, the value's last
 * (its full stop no part of it; contactshape.h): the place is the
 * address, the person and the phone the receiver's, each where no label
 * gave one. 1 when the value was so, 0 when not, or OD_ENOMEM. */
static int place_person_phone(struct built *b, const char *v, const char *z, unsigned line)
{
    const char *pa = NULL, *pz = NULL, *a = v, *x, *y, *j;
    size_t dash, who;
    char buf[512];

    while (z > v && (z[-1] == ' ' || z[-1] == '.'))
        z--;
    while (a < z && tr_phone_span(a, z, &x, &y)) {
        pa = x;
        pz = y;
        a = y;
    }
    if (!pa || pz != z)
        return 0;
    for (j = pa; j > v && (j[-1] == ' ' || j[-1] == ',');)
        j--;
    if (j == v || (dash = mail_place_then_person(v, (size_t)(j - v), &who)) == 0)
        return 0;
    tr_clip(buf, sizeof(buf), v, dash);
    if (od_str_set(&b->o->ship_to.address, buf, strlen(buf)) < 0 ||
        tr_add_src(b, "ship_to.address", line) < 0)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!b->o->ship_to.name) {
        tr_clip(buf, sizeof(buf), v + who, (size_t)(j - v) - who);
        if (od_str_set(&b->o->ship_to.name, buf, strlen(buf)) < 0 ||
            tr_add_src(b, "ship_to.name", line) < 0)
            return od_error_set(OD_ENOMEM, "out of memory");
    }
    if (!b->o->ship_to.phone) {
        tr_clip(buf, sizeof(buf), pa, (size_t)(pz - pa));
        if (od_str_set(&b->o->ship_to.phone, buf, strlen(buf)) < 0 ||
            tr_add_src(b, "ship_to.phone", line) < 0)
            return od_error_set(OD_ENOMEM, "out of memory");
    }
    return 1;
}

/* "Deliver to our warehouse: Via dei Mille 40, 20129 Milano MI, Italy",
 * "请送到我们仓库：…": a delivery phrase, at most four more words, a colon,
 * and a value shaped as an address (a digit, two commas or more) is the
 * ship-to address when no label gave one. */
static int phrase_address(const struct doc *d, struct built *b)
{
    static const char *const phrases[] = {"deliver to", "ship to", "send to", "送货到", "送到",
                                          "发到",       "发往",    "寄到",    "送貨到", "寄往"};
    char buf[512];
    int rc;

    if (b->o->ship_to.address)
        return 0;
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        const char *colon = NULL, *v;
        unsigned commas = 0, spaces = 0;

        for (size_t k = 0; k < sizeof(phrases) / sizeof(phrases[0]) && !colon; k++) {
            const char *ph =
                (unsigned char)phrases[k][0] < 0x80
                    ? mail_find_word(l->a, (size_t)(l->z - l->a), phrases[k], true)
                    : memmem(l->a, (size_t)(l->z - l->a), phrases[k], strlen(phrases[k]));

            if (!ph)
                continue;
            for (const char *q = ph; q < l->z && q - ph < 60; q++) {
                if (*q == ':' || starts(q, l->z, "：")) {
                    colon = q;
                    break;
                }
                spaces += *q == ' ';
            }
            /* "Ship to: …" alone is a label (text.c reads it); the phrase
             * needs words before its colon ("Deliver to our warehouse:") */
            if (colon && (spaces > 5 || !words_between(ph + strlen(phrases[k]), colon)))
                colon = NULL;
        }
        if (!colon)
            continue;
        v = colon + (*colon == ':' ? 1 : 3);
        while (v < l->z && *v == ' ')
            v++;
        for (const char *q = v; q < l->z; q++)
            commas += *q == ',' || starts(q, l->z, "，");
        if (!has_digit(v, (size_t)(l->z - v)) || commas < 2)
            continue;
        if ((rc = place_person_phone(b, v, l->z, l->no)) != 0)
            return rc < 0 ? rc : 0;
        tr_clip(buf, sizeof(buf), v, (size_t)(l->z - v));
        if (od_str_set(&b->o->ship_to.address, buf, strlen(buf)) < 0)
            return od_error_set(OD_ENOMEM, "out of memory");
        return tr_add_src(b, "ship_to.address", l->no);
    }
    return 0;
}

/* Does the text call itself a purchase order (a title or a sentence:
 * "采购订单审核通过通知", "Purchase Order 4500027460 released")? */
static bool calls_itself_po(const struct doc *d)
{
    static const char *const words[] = {"采购订单", "采购单", "订购单",
                                        "採購訂單", "採購單", "訂購單"};

    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];

        if (mail_find_word(l->a, (size_t)(l->z - l->a), "purchase order", true))
            return true;
        for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
            if (memmem(l->a, (size_t)(l->z - l->a), words[k], strlen(words[k])))
                return true;
    }
    return false;
}

/* No order-number label in a text that calls itself a purchase order:
 * the number of the printed form (单据编号, 单号: an ERP's notification
 * as a table of label and value cells) is the order's, on a line of its
 * own, with a digit in it. Elsewhere 单据编号 names any document. */
static void form_id(const struct doc *d, struct built *b)
{
    if (!calls_itself_po(d))
        return;
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        struct cell c[TR_MAX_CELLS];
        size_t nc = tr_split_cells(l->a, l->z, c), off;
        char label[128];
        const char *f, *v;
        size_t vn;

        if (!nc || c[0].n >= sizeof(label))
            continue;
        memcpy(label, c[0].p, c[0].n);
        label[c[0].n] = '\0';
        f = mail_form_label(label, &off);
        if (!f || strcmp(f, "external_id") != 0)
            continue;
        if (off < c[0].n) {
            v = c[0].p + off;
            vn = c[0].n - off;
        } else if (nc >= 2) {
            v = c[1].p;
            vn = c[1].n;
        } else {
            continue;
        }
        if (has_digit(v, vn) && mail_take_id(v, vn, b->id)) {
            b->id_line = l->no;
            return;
        }
    }
}

int tr_doc_fields(const struct imap_extract_settings *s, const struct tr_line *v, size_t n,
                  struct built *b, unsigned n_b)
{
    struct doc d = {.v = v, .n = n};
    int rc = 0;

    scan(&d);
    if (n_b && b[0].o && !b[0].id[0])
        form_id(&d, &b[0]);
    for (unsigned k = 0; k < n_b && rc == 0; k++) {
        if (!b[k].o || b[k].bad)
            continue;
        rc = fill_currency(&d, &b[k]);
        if (rc == 0)
            rc = fill_company(&d, &b[k]);
        if (rc == 0)
            rc = phrase_address(&d, &b[k]);
        if (rc == 0)
            rc = b[k].o->placed_at == OD_TIME_NONE ? prose_date(&d, s, &b[k])
                                                   : fill_date_order(&d, s, &b[k]);
        if (rc == 0 && b[k].o->placed_at == OD_TIME_NONE)
            rc = letter_date(&d, s, &b[k]);
    }
    return rc < 0 ? OD_ENOMEM : 0;
}
