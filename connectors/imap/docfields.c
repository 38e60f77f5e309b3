/* What the whole text of a purchase order says beside its labels
 * (docfields.h): currency marks, countries, sign-offs and company
 * names; and tr_doc_fields (textread.h), which fills an order's
 * currency, customer name and the day order of its date from them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docfields.h"
#include "error.h"
#include "fields.h"
#include "sheet.h"
#include "textread.h"

/* Lines of a signature looked at after its sign-off. */
#define SIG_LINES 8
/* Distinct currencies kept per text. */
#define MAX_CODES 8

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

struct mark {
    const char *w, *code; /* code NULL: a bare dollar */
    bool word;            /* ASCII: not inside a word of letters */
};

/* Longest first where one is the start of another. */
static const struct mark marks[] = {
    {"US$", "USD", true},     {"HK$", "HKD", true},     {"NT$", "TWD", true},
    {"AU$", "AUD", true},     {"CA$", "CAD", true},     {"NZ$", "NZD", true},
    {"A$", "AUD", true},      {"C$", "CAD", true},      {"S$", "SGD", true},
    {"USD", "USD", true},     {"EUR", "EUR", true},     {"GBP", "GBP", true},
    {"AUD", "AUD", true},     {"CAD", "CAD", true},     {"HKD", "HKD", true},
    {"TWD", "TWD", true},     {"NTD", "TWD", true},     {"SGD", "SGD", true},
    {"NZD", "NZD", true},     {"JPY", "JPY", true},     {"CHF", "CHF", true},
    {"CNY", "CNY", true},     {"RMB", "CNY", true},     {"€", "EUR", false},
    {"£", "GBP", false},      {"￥", "CNY", false},     {"¥", "CNY", false},
    {"人民币", "CNY", false}, {"人民幣", "CNY", false}, {"美元", "USD", false},
    {"美金", "USD", false},   {"欧元", "EUR", false},   {"歐元", "EUR", false},
    {"港币", "HKD", false},   {"港幣", "HKD", false},   {"港元", "HKD", false},
    {"新台币", "TWD", false}, {"新台幣", "TWD", false}, {"英镑", "GBP", false},
    {"英鎊", "GBP", false},   {"日元", "JPY", false},   {"日圓", "JPY", false},
    {"$", NULL, true},
};

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

size_t mail_currency_marks(const char *p, size_t n, char (*codes)[4], size_t max, unsigned *dollars)
{
    const char *a = p, *z = p + n;
    size_t k = 0;

    *dollars = 0;
    while (p < z) {
        const char *code = NULL;
        size_t w = 1;
        bool hit = false;

        for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
            size_t l = strlen(marks[i].w);

            if (!starts(p, z, marks[i].w))
                continue;
            /* an ASCII mark is not inside a word: "EURO", "BUSD" */
            if (marks[i].word && p > a && is_alpha(p[-1]))
                continue;
            if (marks[i].word && is_alpha(marks[i].w[l - 1]) && p + l < z && is_alpha(p[l]))
                continue;
            code = marks[i].code;
            w = l;
            hit = true;
            break;
        }
        if (!hit && yuan_at(a, p, z)) {
            code = "CNY";
            w = 3;
            hit = true;
        }
        if (hit && !code) {
            (*dollars)++;
        } else if (hit) {
            bool known = false;

            for (size_t i = 0; i < k && !known; i++)
                known = strcmp(codes[i], code) == 0;
            if (!known && k < max)
                memcpy(codes[k++], code, 4);
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

/* Does [p, z) hold word w (ASCII: not inside a longer word)? */
static bool has_word(const char *p, const char *z, const char *w, bool ci)
{
    size_t k = strlen(w);

    for (const char *q = p; q + k <= z; q++) {
        if (ci ? strncasecmp(q, w, k) != 0 : memcmp(q, w, k) != 0)
            continue;
        if ((unsigned char)w[0] < 0x80 && q > p && is_alpha(q[-1]))
            continue;
        if ((unsigned char)w[k - 1] < 0x80 && q + k < z && is_alpha(q[k]))
            continue;
        return true;
    }
    return false;
}

/* "XX 12345" with XX one of `states` (space-separated two- or
 * three-letter codes) and `digits` digits after it. */
static bool state_code(const char *p, const char *z, const char *states, int digits)
{
    for (const char *q = p; q < z; q++) {
        const char *s = states;

        if (q > p && is_alpha(q[-1]))
            continue;
        while (*s) {
            size_t l = strcspn(s, " ");
            const char *d = q + l;
            int nd = 0;

            if ((size_t)(z - q) > l && memcmp(q, s, l) == 0 && *d == ' ') {
                d++;
                while (d < z && is_digit(*d) && nd <= digits) {
                    d++;
                    nd++;
                }
                if (nd == digits && (d == z || !is_alpha(*d)) && (d == z || !is_digit(*d)))
                    return true;
            }
            s += l;
            while (*s == ' ')
                s++;
        }
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
    };
    char w[16];
    const char *at;
    size_t k = last_word(p, z, w, sizeof(w), &at);

    if (!k || at == p) /* a legal form alone is no name */
        return false;
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
        if (strcmp(w, forms[i]) == 0)
            return true;
    return false;
}

static bool cjk_legal_form(const char *p, const char *z)
{
    /* longest first: the name before the form has two characters or more */
    static const char *const ends[] = {
        "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "公司",   "商行", "企业社",
        "企業社",       "工作室",       "厂",           "廠",       "店",     "商店", "经营部",
        "經營部",       "批发部",       "批發部",       "贸易行",   "貿易行", "集团", "集團",
        "事务所",       "事務所",       "商贸部",       "门市部",   "門市部",
    };

    for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        size_t l = strlen(ends[i]);

        if ((size_t)(z - p) >= l && memcmp(z - l, ends[i], l) == 0)
            return (size_t)(z - p) >= l + 6;
    }
    return false;
}

bool mail_company_line(const char *p, size_t n)
{
    const char *z = p + n;
    unsigned words = 0;
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
                return false;
        }
    }
    if (words > 10)
        return false;
    if (cjk) {
        static const char *const sentence[] = {"，", "。", "；", "！", "？", "、", "："};

        for (size_t i = 0; i < sizeof(sentence) / sizeof(sentence[0]); i++)
            if (memmem(p, (size_t)(z - p), sentence[i], strlen(sentence[i])))
                return false;
        if (cjk_legal_form(p, z))
            return true;
    }
    return latin_legal_form(p, z);
}

bool mail_title_line(const char *p, size_t n)
{
    static const char *const words[] = {
        "manager",     "director",   "officer",   "buyer",          "purchasing", "procurement",
        "operations",  "assistant",  "sales",     "logistics",      "head",       "lead",
        "coordinator", "specialist", "executive", "president",      "ceo",        "cfo",
        "coo",         "owner",      "founder",   "admin",          "accounts",   "accountant",
        "clerk",       "agent",      "planner",   "engineer",       "supervisor", "department",
        "dept",        "team",       "supply",    "warehouse",      "einkauf",    "leiter",
        "acquisti",    "achats",     "compras",   "representative", "associate",
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

/* A person's name alone on a line: one to four words of letters, each
 * starting upper case ("Linda Johnson", "Chen Jing"), or two to four
 * Chinese characters ("叶丹", "劉家豪"). */
static bool person_line(const char *p, const char *z)
{
    unsigned words = 0;
    size_t cjk = 0;

    if (z - p > 60)
        return false;
    for (const char *q = p; q < z;) {
        if (*q == ' ') {
            q++;
            continue;
        }
        if ((unsigned char)*q >= 0xE0 && (unsigned char)*q < 0xF0) {
            cjk++;
            q += 3;
            continue;
        }
        if (!is_upper(*q))
            return false;
        words++;
        while (q < z && *q != ' ') {
            if (is_digit(*q) || *q == '@' || *q == ':')
                return false;
            q++;
        }
    }
    if (cjk)
        return !words && cjk >= 2 && cjk <= 4;
    return words >= 1 && words <= 4;
}

/* A contact line of a signature: a phone, an e-mail, a web site. */
static bool contact_line(const char *p, const char *z)
{
    size_t digits = 0;

    for (const char *q = p; q < z; q++)
        digits += is_digit(*q);
    return digits >= 5 || memchr(p, '@', (size_t)(z - p)) || has_word(p, z, "www", true) ||
           has_word(p, z, "http", true);
}

/* A company named without a legal form, in the shape "person / [title]
 * / company": two to six words of letters, each starting upper case
 * (small joining words allowed), no digits ("Blue Harbor Imports"). */
static bool plain_company_line(const char *p, const char *z)
{
    unsigned words = 0;

    if (z - p > 60)
        return false;
    for (const char *q = p; q < z;) {
        if (*q == ' ') {
            q++;
            continue;
        }
        if ((unsigned char)*q >= 0x80)
            return false;
        if (is_upper(*q) || *q == '&')
            words++;
        else if (!(starts(q, z, "of ") || starts(q, z, "and ") || starts(q, z, "the ")))
            return false;
        while (q < z && *q != ' ') {
            if (is_digit(*q) || *q == '@' || *q == ':' || *q == ',')
                return false;
            q++;
        }
    }
    return words >= 2 && words <= 6;
}

/* ---- filling an order ------------------------------------------------- */

struct doc {
    const struct tr_line *v;
    size_t n;
    char codes[MAX_CODES][4];
    unsigned code_line[MAX_CODES];
    size_t n_codes;
    unsigned dollars, dollar_line;
    unsigned regions;
    const char *company; /* into the text */
    size_t company_n;
    unsigned company_line;
};

/* Values of supplier labels: the seller's own name, never the buyer. */
static bool seller_named(const struct doc *d, const char *c, size_t n)
{
    static const char *const labels[] = {"供应商", "供應商",   "供方",   "卖方",
                                         "賣方",   "Supplier", "Vendor", "Seller"};

    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];

        for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
            if (starts(l->a, l->z, labels[k]) && memmem(l->a, (size_t)(l->z - l->a), c, n))
                return true;
    }
    return false;
}

/* A signature without a sign-off: the last lines of the text (up to
 * SIG_LINES, up to a blank line) with a person's name on one line and a
 * company by its legal form on a later one ("盼复。/ 戴丽 / 苏州益丰精密
 * 机械有限公司"). */
static void trailing_company(struct doc *d)
{
    size_t end = d->n, start;

    while (end > 0 && d->v[end - 1].a == d->v[end - 1].z)
        end--;
    start = end;
    while (start > 0 && end - start < SIG_LINES && d->v[start - 1].a != d->v[start - 1].z)
        start--;
    for (size_t i = start; i + 1 < end; i++) {
        const struct tr_line *l = &d->v[i];

        if (!person_line(l->a, l->z))
            continue;
        for (size_t j = i + 1; j < end; j++) {
            const struct tr_line *c = &d->v[j];

            if (mail_company_line(c->a, (size_t)(c->z - c->a)) &&
                !seller_named(d, c->a, (size_t)(c->z - c->a))) {
                d->company = c->a;
                d->company_n = (size_t)(c->z - c->a);
                d->company_line = c->no;
                return;
            }
            if (!mail_title_line(c->a, (size_t)(c->z - c->a)))
                break;
        }
    }
}

/* The lines of a signature from v[from], up to a blank line after the
 * first: the company by its legal form, else by the shape "person /
 * [title] / company". */
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

        if (mail_company_line(a, (size_t)(z - a)) && !seller_named(d, a, (size_t)(z - a))) {
            d->company = a;
            d->company_n = (size_t)(z - a);
            d->company_line = sig[i]->no;
            return;
        }
        if (i == 0 || mail_title_line(a, (size_t)(z - a)) || contact_line(a, z))
            continue;
        others++;
        if (plain_company_line(a, z))
            plain = i;
    }
    /* "Name / [Title] / Company": one line besides the person, titles
     * and contacts, shaped as a name */
    if (k >= 2 && person_line(sig[0]->a, sig[0]->z) && others == 1 && plain != SIZE_MAX &&
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

static void scan(struct doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        char c[MAX_CODES][4];
        unsigned dollars;
        size_t k = mail_currency_marks(l->a, (size_t)(l->z - l->a), c, MAX_CODES, &dollars);

        for (size_t j = 0; j < k; j++) {
            bool known = false;

            for (size_t m = 0; m < d->n_codes && !known; m++)
                known = strcmp(d->codes[m], c[j]) == 0;
            if (!known && d->n_codes < MAX_CODES) {
                d->code_line[d->n_codes] = l->no;
                memcpy(d->codes[d->n_codes++], c[j], 4);
            }
        }
        if (dollars && !d->dollars)
            d->dollar_line = l->no;
        d->dollars += dollars;
        d->regions |= mail_region_marks(l->a, (size_t)(l->z - l->a));
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
            unsigned dollars;
            size_t k = mail_currency_marks(d->v[i].a, (size_t)(d->v[i].z - d->v[i].a), c, MAX_CODES,
                                           &dollars);

            return k == 0 && dollars > 0;
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

/* Case-insensitive search of ASCII word w in [p, z) at a word start. */
static const char *find_ci(const char *p, const char *z, const char *w)
{
    size_t k = strlen(w);

    for (const char *q = p; q + k <= z; q++)
        if ((q == p || !is_alpha(q[-1])) && strncasecmp(q, w, k) == 0 &&
            (q + k == z || !is_alpha(q[k])))
            return q;
    return NULL;
}

/* The order's date in a sentence that names the order: "our order
 * P2512-7662 dated 12 Dec 2025.", "Bestellung Nr. 12 vom 27.11.2026",
 * "commande du 06/12/2026". The longest date after the word. */
static int prose_date(const struct doc *d, const struct imap_extract_settings *s, struct built *b)
{
    static const char *const order_words[] = {"order",   "PO",       "P.O.",   "Bestellung",
                                              "Auftrag", "commande", "ordine", "pedido"};
    static const char *const date_words[] = {"dated", "vom", "du", "del", "datiert"};
    bool us = d->regions & MAIL_REGION_US, dayfirst = d->regions & MAIL_REGION_DAYFIRST;
    bool decided = us != dayfirst;

    dayfirst = dayfirst && !us;
    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];
        bool named = false;

        for (size_t k = 0; k < sizeof(order_words) / sizeof(order_words[0]) && !named; k++)
            named = find_ci(l->a, l->z, order_words[k]) != NULL;
        if (!named)
            continue;
        for (size_t k = 0; k < sizeof(date_words) / sizeof(date_words[0]); k++) {
            const char *w = find_ci(l->a, l->z, date_words[k]), *v, *e;

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

static bool has_digit(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_digit(p[i]))
            return true;
    return false;
}

/* Does the text call itself a purchase order (a title or a sentence:
 * "采购订单审核通过通知", "Purchase Order 4500027460 released")? */
static bool calls_itself_po(const struct doc *d)
{
    static const char *const words[] = {"采购订单", "采购单", "订购单",
                                        "採購訂單", "採購單", "訂購單"};

    for (size_t i = 0; i < d->n; i++) {
        const struct tr_line *l = &d->v[i];

        if (find_ci(l->a, l->z, "purchase order"))
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
            rc = b[k].o->placed_at == OD_TIME_NONE ? prose_date(&d, s, &b[k])
                                                   : fill_date_order(&d, s, &b[k]);
    }
    return rc < 0 ? OD_ENOMEM : 0;
}
