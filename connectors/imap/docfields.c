/* Recognisers of the lines of a purchase order's text (docfields.h):
 * currency marks, countries, sign-offs, company, title, person and
 * contact lines. docorder.c fills an order's fields from them. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "currencymarks.h"
#include "cyrform.h"
#include "docfields.h"
#include "fields.h"
#include "textchar.h"

static bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_alpha(char c)
{
    return is_upper(c) || is_lower(c);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool starts(const char *p, const char *z, const char *w)
{
    size_t k = strlen(w);

    return (size_t)(z - p) >= k && memcmp(p, w, k) == 0;
}

/* ---- currency marks ---------------------------------------------------- */

/* 元 at p counts when it follows a digit (a space between allowed) or
 * stands as a bracketed or per-unit mark: "59元", "（元）", "元/件". */
static bool yuan_at(const char *a, const char *p, const char *z)
{
    const char *q = p;

    if (!starts(p, z, "元"))
        return false;
    while (q > a && q[-1] == ' ')
        q--;
    if (q > a && is_digit(q[-1]))
        return true;
    if (q > a && (q[-1] == '(' || q[-1] == '[' ||
                  (q - a >= 3 && (starts(q - 3, z, "（") || starts(q - 3, z, "【")))))
        return true;
    return starts(p + 3, z, "/");
}

/* The word before b (spaces between) is one that heads a column or a
 * line of money: "Price USD", "Sum USD", "Total NOK", "Montant EUR". */
static bool after_money_word(const char *a, const char *b)
{
    static const char *const w[] = {"price", "prices", "sum", "total", "amount", "subtotal", "rate",
                                    "cost", "prix", "montant", "preis", "betrag", "summe",
                                    "currency",
                                    /* the same in other languages: "Cijena KM",
                                     * "Iznos KM", "Precio PAB" */
                                    "cijena", "cena", "iznos", "ukupno", "precio", "importe",
                                    "valor", "prezzo", "importo", "prijs", "bedrag", NULL};
    const char *e, *s;

    while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
    if (b > a && b[-1] == '(') /* "TOTAL (USD, CIF Cat Lai)" */
        b--;
    while (b > a && b[-1] == ' ')
        b--;
    e = b;
    while (b > a && is_alpha(b[-1]))
        b--;
    s = b;
    for (size_t i = 0; w[i]; i++)
        if (strlen(w[i]) == (size_t)(e - s) && strncasecmp(s, w[i], (size_t)(e - s)) == 0)
            return true;
    return false;
}

/* An ISO code [p, e) stands with money: a number right before or after
 * it ("EUR 1.234,50", "12.00 USD"), in brackets ("Unit Price (USD)",
 * "单价（USD）"), as a value ("CURRENCY: USD"), after a money word
 * ("Price USD", "Total NOK") or after "in" or "en" ("prices in EUR",
 * "montants en euros"). Not "see the CAD drawing". */
static bool code_with_money(const char *a, const char *p, const char *e, const char *z)
{
    const char *b = p, *f = e;

    while (b > a && b[-1] == ' ')
        b--;
    while (f < z && *f == ' ')
        f++;
    /* a value: "CURRENCY: USD" */
    if ((b > a && (is_digit(b[-1]) || b[-1] == ':')) || (f < z && is_digit(*f)) ||
        (b - a >= 3 && starts(b - 3, z, "：")))
        return true;
    if (((b > a && (b[-1] == '(' || b[-1] == '[')) || (b - a >= 3 && starts(b - 3, z, "（"))) &&
        f < z && (*f == ')' || *f == ']' || starts(f, z, "）")))
        return true;
    if (after_money_word(a, b))
        return true;
    return b - a >= 2 && ((b[-2] | 0x20) == 'i' || (b[-2] | 0x20) == 'e') &&
           (b[-1] | 0x20) == 'n' && (b - a == 2 || !is_alpha(b[-3]));
}

/* The mark of mail_currency_list() at p, the longest (NULL when none):
 * an ASCII mark not inside a word ("EURO", "BUSD"), an ISO code only
 * with money beside it; 元 only as yuan_at() says. */
static const struct mail_currency *mark_at(const char *a, const char *p, const char *z)
{
    size_t n, best = 0;
    const struct mail_currency *list = mail_currency_list(&n), *hit = NULL;

    for (size_t i = 0; i < n; i++) {
        const char *w = list[i].w;
        size_t l;
        bool ascii = (unsigned char)w[0] < 0x80;

        if (*p != w[0] || (l = strlen(w)) <= best || !starts(p, z, w))
            continue;
        if (strcmp(w, "元") == 0 ? !yuan_at(a, p, z) : false)
            continue;
        /* a one-letter mark stands alone: not "L0R 2E0" (a Canadian
         * postal code) */
        if (l == 1 && is_alpha(w[0]) &&
            (!mail_letter_mark_ok(p, (size_t)(z - p)) || (p > a && is_digit(p[-1]))))
            continue;
        if (ascii && p > a && is_alpha(p[-1]))
            continue;
        if (ascii && is_alpha(w[l - 1]) &&
            ((p + l < z && is_alpha(p[l])) || !code_with_money(a, p, p + l, z)))
            continue;
        /* a mark that is a word too: "KM 2" is a road's kilometre */
        if (list[i].cased == 2 && z - p > (ptrdiff_t)l + 1 && p[l] == ' ' && is_digit(p[l + 1]))
            continue;
        hit = &list[i];
        best = l;
    }
    return hit;
}

size_t mail_currency_marks(const char *p, size_t n, char (*codes)[4], size_t max,
                           struct mail_marks *m)
{
    const char *a = p, *z = p + n;
    size_t k = 0;

    *m = (struct mail_marks){0};
    while (p < z) {
        const struct mail_currency *c = mark_at(a, p, z);
        size_t w = c ? strlen(c->w) : 1;

        if (!c && curmark_unknown_dollar(a, p, z)) {
            m->unknown++;
        } else if (c && strcmp(c->w, "$") == 0) {
            m->dollars++;
        } else if (c) {
            bool known = false;

            if (strcmp(c->code, "CNY") == 0)
                m->yuan |= strcmp(c->w, "元") == 0                             ? MAIL_YUAN_BARE
                           : strcmp(c->w, "¥") == 0 || strcmp(c->w, "￥") == 0 ? MAIL_YUAN_SIGN
                                                                               : MAIL_YUAN_NAMED;
            for (size_t i = 0; i < k && !known; i++)
                known = strcmp(codes[i], c->code) == 0;
            if (!known && k < max)
                memcpy(codes[k++], c->code, 4);
        } else if ((unsigned char)*p >= 0x80) {
            /* step over the whole character */
            while (p + w < z && ((unsigned char)p[w] & 0xC0) == 0x80)
                w++;
        }
        p += w;
    }
    return k;
}

/* ---- countries ----------------------------------------------------------- */

const char *mail_find_word(const char *p, size_t n, const char *w, bool ci)
{
    const char *z = p + n;
    size_t k = strlen(w);

    for (const char *q = p; q + k <= z; q++) {
        /* memmem and memchr skip ahead much faster than a test at each
         * byte (a Chinese word's first byte starts every other
         * character) */
        if (!ci) {
            if (!(q = memmem(q, (size_t)(z - q), w, k)))
                return NULL;
        } else if (is_alpha(w[0])) {
            const char *lo = memchr(q, w[0] | 0x20, (size_t)(z - q));
            const char *up = memchr(q, w[0] & ~0x20, (size_t)(z - q));

            q = !lo || (up && up < lo) ? up : lo;
            if (!q || (size_t)(z - q) < k)
                return NULL;
            if (strncasecmp(q, w, k) != 0)
                continue;
        } else if (*q != w[0] || strncasecmp(q, w, k) != 0) {
            continue;
        }
        if ((unsigned char)w[0] < 0x80 && q > p && is_alpha(q[-1]))
            continue;
        if ((unsigned char)w[k - 1] < 0x80 && q + k < z && is_alpha(q[k]))
            continue;
        return q;
    }
    return NULL;
}

static bool has_word(const char *p, const char *z, const char *w, bool ci)
{
    return mail_find_word(p, (size_t)(z - p), w, ci) != NULL;
}

/* "XX 12345" with XX one of `states` (space-separated two- or
 * three-letter codes) and `digits` digits after it. */
static bool state_code(const char *p, const char *z, const char *states, int digits)
{
    for (const char *q = p; q < z; q++) {
        const char *d = q, *s;
        size_t l;
        int nd = 0;

        if ((q > p && is_alpha(q[-1])) || !is_upper(*q))
            continue;
        /* a word of capitals and a space, then one of the codes */
        while (d < z && is_upper(*d))
            d++;
        l = (size_t)(d - q);
        if (d == z || *d != ' ')
            continue;
        for (s = states; (s = memmem(s, strlen(s), q, l)) != NULL; s += l)
            if ((s == states || s[-1] == ' ') && (s[l] == ' ' || s[l] == '\0'))
                break;
        if (!s)
            continue;
        d++;
        while (d < z && is_digit(*d) && nd <= digits) {
            d++;
            nd++;
        }
        if (nd == digits && (d == z || !is_alpha(*d)) && (d == z || !is_digit(*d)))
            return true;
    }
    return false;
}

/* "ON L5T 2X1": a Canadian province and postal code. */
static bool canada_postal(const char *p, const char *z)
{
    static const char prov[] = "AB BC MB NB NL NS NT NU ON PE QC SK YT";

    for (const char *q = p; q + 10 <= z; q++) {
        const char *c = q + 3;

        if ((q > p && is_alpha(q[-1])) || !is_upper(q[0]) || !is_upper(q[1]) || q[2] != ' ')
            continue;
        if (!strstr(prov, (char[]){q[0], q[1], '\0'}))
            continue;
        if (is_upper(c[0]) && is_digit(c[1]) && is_upper(c[2]) && c[3] == ' ' && is_digit(c[4]) &&
            is_upper(c[5]) && is_digit(c[6]))
            return true;
    }
    return false;
}

unsigned mail_region_marks(const char *p, size_t n)
{
    static const struct {
        const char *w;
        unsigned bit;
        bool ci;
    } names[] = {
        {"USA", MAIL_REGION_US, false},
        {"U.S.A.", MAIL_REGION_US, false},
        {"United States", MAIL_REGION_US, true},
        {"美国", MAIL_REGION_US, false},
        {"美國", MAIL_REGION_US, false},
        {"Canada", MAIL_REGION_CA, true},
        {"加拿大", MAIL_REGION_CA, false},
        {"Australia", MAIL_REGION_AU, true},
        {"澳大利亚", MAIL_REGION_AU, false},
        {"澳洲", MAIL_REGION_AU, false},
        {"New Zealand", MAIL_REGION_NZ, true},
        {"Hong Kong", MAIL_REGION_HK, true},
        {"香港", MAIL_REGION_HK, false},
        {"Taiwan", MAIL_REGION_TW, true},
        {"台灣", MAIL_REGION_TW, false},
        {"臺灣", MAIL_REGION_TW, false},
        {"台湾", MAIL_REGION_TW, false},
        {"台北", MAIL_REGION_TW, false},
        {"臺北", MAIL_REGION_TW, false},
        {"新北", MAIL_REGION_TW, false},
        {"台中", MAIL_REGION_TW, false},
        {"臺中", MAIL_REGION_TW, false},
        {"台南", MAIL_REGION_TW, false},
        {"臺南", MAIL_REGION_TW, false},
        {"高雄", MAIL_REGION_TW, false},
        {"桃園", MAIL_REGION_TW, false},
        {"新竹", MAIL_REGION_TW, false},
        {"九龍", MAIL_REGION_HK, false},
        {"九龙", MAIL_REGION_HK, false},
        {"新界", MAIL_REGION_HK, false},
        {"Kowloon", MAIL_REGION_HK, true},
        {"Singapore", MAIL_REGION_SG, true},
        {"新加坡", MAIL_REGION_SG, false},
        {"United Kingdom", MAIL_REGION_DAYFIRST, true},
        {"UK", MAIL_REGION_DAYFIRST, false},
        {"England", MAIL_REGION_DAYFIRST, true},
        {"Scotland", MAIL_REGION_DAYFIRST, true},
        {"Ireland", MAIL_REGION_DAYFIRST, true},
        {"Germany", MAIL_REGION_DAYFIRST, true},
        {"Deutschland", MAIL_REGION_DAYFIRST, true},
        {"France", MAIL_REGION_DAYFIRST, true},
        {"Italy", MAIL_REGION_DAYFIRST, true},
        {"Italia", MAIL_REGION_DAYFIRST, true},
        {"Spain", MAIL_REGION_DAYFIRST, true},
        {"España", MAIL_REGION_DAYFIRST, true},
        {"Netherlands", MAIL_REGION_DAYFIRST, true},
        {"Belgium", MAIL_REGION_DAYFIRST, true},
        {"Austria", MAIL_REGION_DAYFIRST, true},
        {"Österreich", MAIL_REGION_DAYFIRST, true},
        {"Switzerland", MAIL_REGION_DAYFIRST, true},
        {"Schweiz", MAIL_REGION_DAYFIRST, true},
        {"Portugal", MAIL_REGION_DAYFIRST, true},
        {"Poland", MAIL_REGION_DAYFIRST, true},
        {"Sweden", MAIL_REGION_DAYFIRST, true},
        {"Denmark", MAIL_REGION_DAYFIRST, true},
        {"Norway", MAIL_REGION_DAYFIRST, true},
        {"Finland", MAIL_REGION_DAYFIRST, true},
        {"India", MAIL_REGION_DAYFIRST, true},
        {"Malaysia", MAIL_REGION_DAYFIRST, true},
        {"Colombia", MAIL_REGION_DAYFIRST, true},
        {"Mexico", MAIL_REGION_DAYFIRST, true},
        {"México", MAIL_REGION_DAYFIRST, true},
        {"Brazil", MAIL_REGION_DAYFIRST, true},
        {"Brasil", MAIL_REGION_DAYFIRST, true},
        {"Argentina", MAIL_REGION_DAYFIRST, true},
        {"Chile", MAIL_REGION_DAYFIRST, true},
    };
    const char *z = p + n;
    unsigned r = 0;

    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (has_word(p, z, names[i].w, names[i].ci))
            r |= names[i].bit;
    if (state_code(p, z,
                   "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO "
                   "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC",
                   5))
        r |= MAIL_REGION_US;
    if (canada_postal(p, z))
        r |= MAIL_REGION_CA;
    if (state_code(p, z, "NSW VIC QLD TAS ACT", 4))
        r |= MAIL_REGION_AU;
    /* Australian addresses name their country, states as "WA"/"SA" are US ones too */
    if (r & MAIL_REGION_AU)
        r &= ~MAIL_REGION_US | (has_word(p, z, "USA", false) ? MAIL_REGION_US : 0);
    /* Australia, New Zealand, Hong Kong and Singapore write the day first */
    if (r & (MAIL_REGION_AU | MAIL_REGION_NZ | MAIL_REGION_HK | MAIL_REGION_SG))
        r |= MAIL_REGION_DAYFIRST;
    return r;
}

const char *mail_dollar_code(unsigned regions)
{
    static const struct {
        unsigned bit;
        const char *code;
    } d[] = {
        {MAIL_REGION_CA, "CAD"}, {MAIL_REGION_AU, "AUD"}, {MAIL_REGION_NZ, "NZD"},
        {MAIL_REGION_HK, "HKD"}, {MAIL_REGION_TW, "TWD"}, {MAIL_REGION_SG, "SGD"},
    };
    const char *code = NULL;

    if (regions & MAIL_REGION_US)
        code = "USD";
    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
        if (!(regions & d[i].bit))
            continue;
        if (code)
            return NULL;
        code = d[i].code;
    }
    return code ? code : "USD";
}

/* ---- signatures ---------------------------------------------------------- */

/* "Trimis de pe iPad", "Enviado desde mi iPhone", "Von meinem iPhone
 * gesendet": a mobile mail app's line in any language, known by the
 * device it names (iPhone, iPad, Android, BlackBerry, Samsung, Galaxy as a
 * whole word: "从我的 Samsung Galaxy 发送")
 * in a short line (six words at most) without a digit or an '@'. */
static bool device_footer(const char *p, const char *z)
{
    static const char *const devices[] = {"iphone",     "ipad",    "android",
                                          "blackberry", "samsung", "galaxy"};
    size_t words = 0;
    bool device = false;

    for (const char *q = p; q < z;) {
        const char *w;

        if (isdigit((unsigned char)*q) || *q == '@')
            return false;
        if (*q == ' ') {
            q++;
            continue;
        }
        for (w = q; q < z && *q != ' '; q++)
            if (isdigit((unsigned char)*q) || *q == '@')
                return false;
        words++;
        for (size_t i = 0; i < sizeof(devices) / sizeof(devices[0]); i++) {
            size_t l = strlen(devices[i]), k = (size_t)(q - w);

            while (k > l && strchr(".!,", w[k - 1])) /* "iPhone." */
                k--;
            device = device || (k == l && strncasecmp(w, devices[i], l) == 0);
        }
    }
    return device && words <= 6;
}

bool mail_footer_line(const char *p, size_t n)
{
    static const char *const starts_with[] = {
        "发自", "發自", "发送自", "Sent from", "Sent via", "Sent with", "Get Outlook", "此邮件由",
        "此郵件由",
        /* a system's notice under the order (Acumatica, Zoho Inventory) */
        "This is an automated message", "This is an automatically generated", "Sent using"};
    static const char *const holds[] = {
        "邮箱发送",     "郵箱發送", "mail.sina.com", "mail.163.com", "mail.qq.com",
        "mail.126.com", "新浪邮箱", "网易邮箱",      "QQ邮箱",       "Yahoo奇摩"};
    const char *z = p + n;
    size_t rule = 0;

    while (p < z && (*p == ' ' || *p == '\t'))
        p++;
    if (p == z || z - p > 100)
        return false;
    for (const char *q = p; q < z && strchr("-_=*", *q); q++)
        rule++;
    if (rule >= 5 && rule == (size_t)(z - p))
        return true;
    for (size_t i = 0; i < sizeof(starts_with) / sizeof(starts_with[0]); i++)
        if (starts(p, z, starts_with[i]))
            return true;
    for (size_t i = 0; i < sizeof(holds) / sizeof(holds[0]); i++)
        if (memmem(p, (size_t)(z - p), holds[i], strlen(holds[i])))
            return true;
    return device_footer(p, z);
}

/* [p, z) folded for a whole-line compare: ASCII lower case, spaces
 * (ASCII, full-width, NBSP) dropped, trailing punctuation dropped. */
static size_t fold_line(const char *p, const char *z, char *out, size_t cap)
{
    size_t k = 0;

    while (p < z && k + 1 < cap) {
        if (*p == ' ' || *p == '\t') {
            p++;
        } else if (starts(p, z, "\xe3\x80\x80")) {
            p += 3;
        } else if (starts(p, z, "\xc2\xa0")) {
            p += 2;
        } else {
            out[k++] = is_upper(*p) ? (char)(*p + 32) : *p;
            p++;
        }
    }
    out[k] = '\0';
    for (;;) {
        static const char *const punct[] = {",", ".", "!", "~", "，", "。", "！", "、", "～", "："};
        bool cut = false;

        for (size_t i = 0; i < sizeof(punct) / sizeof(punct[0]) && !cut; i++) {
            size_t l = strlen(punct[i]);

            if (k >= l && memcmp(out + k - l, punct[i], l) == 0) {
                k -= l;
                out[k] = '\0';
                cut = true;
            }
        }
        if (!cut)
            break;
    }
    return k;
}

bool mail_signoff_line(const char *p, size_t n)
{
    static const char *const words[] = {
        "bestregards",
        "kindregards",
        "warmregards",
        "regards",
        "best",
        "bestwishes",
        "thanks",
        "thankyou",
        "thanksandregards",
        "thanks&regards",
        "thanksagain",
        "manythanks",
        "cheers",
        "sincerely",
        "yourssincerely",
        "yoursfaithfully",
        "yourstruly",
        "respectfully",
        "br",
        "mfg",
        "mitfreundlichengrüßen",
        "mitfreundlichengrüssen",
        "freundlichegrüße",
        "vielegrüße",
        "besteegrüße",
        "cordialisaluti",
        "distintisaluti",
        "saluti",
        "cordialement",
        "biencordialement",
        "saludos",
        "saludoscordiales",
        "atentamente",
        /* Czech, Polish, Icelandic */
        "spozdravem",
        "spřátelskýmpozdravem",
        "zpoważaniem",
        "pozdrawiam",
        "zpozdrowieniami",
        "bestukveðjur",
        "kveðja",
        "meðkveðju",
        "metvriendelijkegroet",
        "--",
        "谢谢",
        "多谢",
        "感谢",
        "谢谢合作",
        "此致",
        "此致敬礼",
        "敬礼",
        "祝好",
        "祝商祺",
        "顺祝商祺",
        "顺颂商祺",
        "敬祝商祺",
        "谢谢！",
        "謝謝",
        "感謝",
        "敬上",
        "順頌商祺",
        "順祝商祺",
        "此致敬禮",
        "敬禮",
        "祝好運",
        "商祺",
        /* Azerbaijani: respectfully; Serbian and Croatian: kind regards
         * (fold_line lowers ASCII letters only) */
        "hörmətlə",
        "srdačanpozdrav",
        "Срдачанпоздрав",
        /* Korean: thank you */
        "감사합니다",
        "고맙습니다",
        "감사드립니다",
    };
    char buf[64];
    size_t k;

    if (n > 48)
        return false;
    k = fold_line(p, p + n, buf, sizeof(buf));
    if (!k)
        return n >= 2 && p[0] == '-' && p[1] == '-';
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (strcmp(buf, words[i]) == 0)
            return true;
    return false;
}

/* The last word of [p, z) as letters only, lower case ("S.r.l." ->
 * "srl", "Ltd.," -> "ltd"); its start in *at. */
static size_t last_word(const char *p, const char *z, char *out, size_t cap, const char **at)
{
    const char *e = z, *b;
    size_t k = 0;

    while (e > p && (e[-1] == ' ' || e[-1] == '.' || e[-1] == ','))
        e--;
    b = e;
    while (b > p && b[-1] != ' ' && b[-1] != ',')
        b--;
    for (const char *q = b; q < e && k + 1 < cap; q++)
        if (is_alpha(*q))
            out[k++] = is_upper(*q) ? (char)(*q + 32) : *q;
    out[k] = '\0';
    *at = b;
    return k;
}

static bool latin_legal_form(const char *p, const char *z)
{
    static const char *const forms[] = {
        "ltd", "limited", "co",   "corp", "corporation", "inc", "incorporated", "llc",  "llp",
        "lp",  "plc",     "gmbh", "ag",   "kg",          "ohg", "ug",           "srl",  "spa",
        "sas", "sarl",    "sa",   "bv",   "nv",          "pty", "oy",           "ab",   "as",
        "aps", "sl",      "sro",  "kft",  "bhd",         "pte", "gbr",          "eurl", "snc",
        "zrt", "nyrt",    "lda",  "ltda", "doo",         "dd", /* Croatian, Serbian, Slovene:
                                                                  d.o.o., d.d. */
        "cv",                    /* Mexican: S.A. de C.V., S. de R.L. de C.V. */
        "ehf", "hf",             /* Icelandic: einkahlutafélag, hlutafélag */
        "mmc", "qsc",     "asc", /* Azerbaijani: MMC, QSC, ASC */
    };
    char w[16];
    const char *at;
    size_t k = last_word(p, z, w, sizeof(w), &at);

    if (!k || at == p) /* a legal form alone is no name */
        return false;
    /* Polish "Sp. z o.o." (spółka z ograniczoną odpowiedzialnością) */
    if (strcmp(w, "oo") == 0 && at - p >= 6 && memcmp(at - 2, "z ", 2) == 0 &&
        (memcmp(at - 6, "Sp. ", 4) == 0 || memcmp(at - 6, "sp. ", 4) == 0))
        return true;
    /* Estonian "OÜ" (osaühing), its letter beyond ASCII */
    if ((size_t)(z - at) >= 3 && memcmp(at, "OÜ", 3) == 0 &&
        (z - at == 3 || (z - at == 4 && at[3] == '.')))
        return true;
    /* Turkish "A.Ş." (anonim şirket), its letter beyond ASCII */
    if ((size_t)(z - at) >= 4 && memcmp(at, "A.Ş", 4) == 0 &&
        (z - at == 4 || (z - at == 5 && at[4] == '.')))
        return true;
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
        if (strcmp(w, forms[i]) == 0)
            return true;
    return false;
}

/* A legal form written before a quoted name, as companies of Russia and
 * its neighbours write it: `OOO "Fergana Gold Fruits"`, `ТОО «Астык»`,
 * `AO "Uzbektelecom"`. */
static bool prefix_legal_form(const char *p, const char *z)
{
    static const char *const forms[] = {"OOO", "ООО", "ZAO", "ЗАО",  "OAO", "ОАО",  "AO",
                                        "АО",  "PAO", "ПАО", "TOO",  "ТОО", "MChJ", "ЧП",
                                        "ИП",  "TOV", "ТОВ", "OsOO", "ОсОО"};
    static const char *const quotes[] = {"\"", "«", "„", "“", "'"};
    static const char *const closing[] = {"\"", "»", "“", "”", "'"};

    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        size_t l = strlen(forms[i]);
        const char *q = p + l;

        if ((size_t)(z - p) <= l + 2 || memcmp(p, forms[i], l) != 0 || *q != ' ')
            continue;
        while (q < z && *q == ' ')
            q++;
        /* the quoted name ends the line: `OOO "X", отдел закупок` is no
         * company's name, its part before the comma is */
        for (size_t k = 0; k < sizeof(quotes) / sizeof(quotes[0]); k++) {
            size_t ql = strlen(quotes[k]);

            if ((size_t)(z - q) <= ql || memcmp(q, quotes[k], ql) != 0)
                continue;
            for (size_t c = 0; c < sizeof(closing) / sizeof(closing[0]); c++) {
                size_t cl = strlen(closing[c]);

                if ((size_t)(z - q) >= ql + cl + 1 && memcmp(z - cl, closing[c], cl) == 0)
                    return true;
            }
        }
    }
    return false;
}

static bool cjk_legal_form(const char *p, const char *z)
{
    /* Japanese: the form before or after the name, "株式会社 宇治茶園",
     * "宇治茶園株式会社" */
    static const char *const jp[] = {"株式会社", "有限会社", "合同会社"};

    for (size_t i = 0; i < sizeof(jp) / sizeof(jp[0]); i++) {
        size_t l = strlen(jp[i]);
        const char *q = p + l;

        if ((size_t)(z - p) < l + 6)
            continue;
        if (memcmp(z - l, jp[i], l) == 0)
            return true;
        if (memcmp(p, jp[i], l) == 0) {
            while (q < z && *q == ' ')
                q++;
            return z - q >= 6;
        }
    }
    /* longest first: the name before the form has two characters or more */
    static const char *const ends[] = {
        "股份有限公司",
        "有限责任公司",
        "有限責任公司",
        "有限公司",
        "公司",
        "商行",
        "企业社",
        "企業社",
        "工作室",
        "厂",
        "廠",
        "店",
        "商店",
        "经营部",
        "經營部",
        "批发部",
        "批發部",
        "贸易行",
        "貿易行",
        "集团",
        "集團",
        "事务所",
        "事務所",
        "商贸部",
        "门市部",
        "門市部",
        "合作社",
        /* an online shop ("百色田东芒乡电商") */
        "电商",
        "電商",
    };

    for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        size_t l = strlen(ends[i]);

        if ((size_t)(z - p) >= l && memcmp(z - l, ends[i], l) == 0)
            return (size_t)(z - p) >= l + 6;
    }
    return false;
}

/* A Korean company's legal form: 주식회사 (a joint-stock company, also
 * written (주) or ㈜) or 유한회사 before or after the name, 농업회사법인
 * (a farming company) before it: "농업회사법인 한라농원(주)", "(주)대한포장". */
static bool korean_legal_form(const char *p, const char *z)
{
    static const char *const forms[] = {"주식회사", "(주)", "㈜", "유한회사", "농업회사법인"};
    size_t n = (size_t)(z - p);

    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        size_t l = strlen(forms[i]);

        if (n < l + 6)
            continue;
        if (i != 4 && memcmp(z - l, forms[i], l) == 0)
            return true;
        if (memcmp(p, forms[i], l) == 0)
            return true;
    }
    return false;
}

bool mail_company_line(const char *p, size_t n)
{
    const char *z = p + n;
    unsigned words = 0, lower = 0;
    bool cjk = false;

    while (p < z && (*p == ' ' || *p == '\t'))
        p++;
    while (z > p && (z[-1] == ' ' || z[-1] == '\t'))
        z--;
    if (p == z || z - p > 120 || memchr(p, '@', (size_t)(z - p)) || memchr(p, ':', (size_t)(z - p)))
        return false;
    if (has_word(p, z, "http", true) || has_word(p, z, "www", true))
        return false;
    for (const char *q = p; q < z;) {
        const char *w = q;

        if (*q == ' ') {
            q++;
            continue;
        }
        while (q < z && *q != ' ') {
            if ((unsigned char)*q >= 0x80)
                cjk = true;
            q++;
        }
        words++;
        /* a lower-case word longer than "and", "of", "für": a sentence */
        if (is_lower(*w)) {
            size_t letters = 0;

            for (const char *x = w; x < q; x++)
                letters += is_alpha(*x);
            if (letters > 3)
                lower++;
        }
    }
    if (words > 10)
        return false;
    /* "Lázeňské oplatky Karlovy Vary s.r.o.": one common noun in lower
     * case, as Czech or Polish names write it, in a short name that
     * starts with a capital and ends with its legal form; more is a
     * sentence */
    if (lower)
        return lower == 1 && words <= 6 && !is_lower(*p) && latin_legal_form(p, z);
    if (prefix_legal_form(p, z))
        return true;
    if (cjk) {
        static const char *const sentence[] = {"，", "。", "；", "！", "？", "、", "："};

        for (size_t i = 0; i < sizeof(sentence) / sizeof(sentence[0]); i++)
            if (memmem(p, (size_t)(z - p), sentence[i], strlen(sentence[i])))
                return false;
        if (cjk_legal_form(p, z) || korean_legal_form(p, z) || cyf_legal_form(p, z))
            return true;
    }
    return latin_legal_form(p, z);
}

bool mail_title_line(const char *p, size_t n)
{
    static const char *const words[] = {
        "manager",
        "director",
        "officer",
        "buyer",
        "purchasing",
        "procurement",
        "operations",
        "assistant",
        "sales",
        "logistics",
        "head",
        "lead",
        "coordinator",
        "specialist",
        "executive",
        "president",
        "ceo",
        "cfo",
        "coo",
        "owner",
        "founder",
        "admin",
        "accounts",
        "accountant",
        "clerk",
        "agent",
        "planner",
        "engineer",
        "supervisor",
        "department",
        "dept",
        "team",
        "supply",
        "warehouse",
        "einkauf",
        "leiter",
        "acquisti",
        "achats",
        "compras",
        "representative",
        "associate",
        "purchase",
        "beszerzés",
        /* purchasing in Spanish, Czech, Danish, Swedish, Polish, Russian */
        "abastecimiento",
        "adquisiciones",
        "nákup",
        "indkøb",
        "inköp",
        "zakupy",
        "закупок",
        "закупки",
    };
    static const char *const cjk[] = {"采购", "採購", "经理", "經理", "主管", "专员", "專員",
                                      "助理", "总监", "總監", "主任", "老板", "店长", "部"};
    const char *z = p + n;
    unsigned spaces = 0;

    /* a title is short: no sentence ("Regards to the team, see you") */
    for (size_t i = 0; i < n; i++)
        spaces += p[i] == ' ';
    if (n > 80 || spaces > 5 || memchr(p, ',', n))
        return false;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (has_word(p, z, words[i], true))
            return true;
    for (size_t i = 0; i < sizeof(cjk) / sizeof(cjk[0]); i++)
        if (memmem(p, n, cjk[i], strlen(cjk[i])))
            return true;
    return false;
}

/* The words of a short line (at most 60 bytes) that names a person or
 * a company: *words counts those that start upper case (or with '&'
 * for a company), *cjk the Chinese characters (a company has none). A
 * company may have small joining words ("of", "and", "the"). False
 * when a word holds a digit, '@', ':' (or, for a company, ','). */
/* A capital letter written in two bytes of UTF-8 at p: Latin-1's
 * À..Þ (not ×), Greek Α..Ω, Cyrillic Ѐ..Я. */
static bool upper_2byte(const char *p, const char *z)
{
    unsigned char a, b;

    if (z - p < 2)
        return false;
    a = (unsigned char)p[0];
    b = (unsigned char)p[1];
    return (a == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97) ||
           (a == 0xCE && b >= 0x91 && b <= 0xA9) || (a == 0xD0 && b >= 0x80 && b <= 0xAF);
}

static bool name_words(const char *p, size_t n, bool company, unsigned *words, size_t *cjk)
{
    const char *z = p + n;

    *words = 0;
    *cjk = 0;
    if (n > 60)
        return false;
    for (const char *q = p; q < z;) {
        if (*q == ' ') {
            q++;
            continue;
        }
        if (!company && (unsigned char)*q >= 0xE0 && (unsigned char)*q < 0xF0) {
            (*cjk)++;
            q += 3;
            continue;
        }
        if (company && *q == '(') { /* "Sakura Clinic (Medical Corporation Sakurakai)" */
            q++;
            continue;
        }
        if (!company && upper_2byte(q, z)) {
            /* "Азиз Каримов", "Élodie Martin": a capital outside ASCII */
            (*words)++;
        } else if ((unsigned char)*q >= 0x80) {
            return false;
        } else if (is_upper(*q) || (company && *q == '&'))
            (*words)++;
        else if (!company || !(starts(q, z, "of ") || starts(q, z, "and ") || starts(q, z, "the ")))
            return false;
        while (q < z && *q != ' ') {
            if (is_digit(*q) || *q == '@' || *q == ':' || (company && *q == ','))
                return false;
            q++;
        }
    }
    return true;
}

/* A person's name alone on a line: one to four words of letters, each
 * starting upper case ("Linda Johnson", "Chen Jing"), or two to four
 * Chinese characters ("叶丹", "劉家豪"). */
bool mail_person_line(const char *p, size_t n)
{
    unsigned words;
    size_t cjk;

    if (!name_words(p, n, false, &words, &cjk))
        return false;
    if (cjk)
        return !words && cjk >= 2 && cjk <= 4;
    return words >= 1 && words <= 4;
}

/* A contact line of a signature: a phone, an e-mail, a web site. */
bool mail_contact_line(const char *p, size_t n)
{
    const char *z = p + n;

    size_t digits = 0;

    for (const char *q = p; q < z; q++)
        digits += is_digit(*q);
    return digits >= 5 || memchr(p, '@', (size_t)(z - p)) || has_word(p, z, "www", true) ||
           has_word(p, z, "http", true);
}

/* A company named without a legal form, in the shape "person / [title]
 * / company": two to six words of letters, each starting upper case
 * (small joining words allowed), no digits ("Blue Harbor Imports"). */
bool mail_plain_company_line(const char *p, size_t n)
{
    unsigned words;
    size_t cjk;

    return name_words(p, n, true, &words, &cjk) && words >= 2 && words <= 6;
}
