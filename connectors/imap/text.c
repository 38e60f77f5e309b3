/* Purchase orders written as text (mail.h, mail_text_parse).
 *
 * 1. Lines and quoting: each line gets a level, 0 for the new text of
 *    the mail, higher for what it quotes or forwards ('>' quoting, and
 *    everything after "-----Original Message-----", "-----原始邮件-----",
 *    "On ... wrote:", "---------- Forwarded message ---------", or an
 *    Outlook "From: / Sent:" block). The header lines of a quoted
 *    message are not read as labels; its Subject may name the order.
 * 2. Each level is read on its own into events in text order: label
 *    lines here, item lines in items.c, item tables in tables.c
 *    (textread.h). The lowest level that has line items is the order: a
 *    reply that repeats the order above the quote, or a forward, is read
 *    once.
 * 3. orders.c groups the events into orders (an order number that
 *    follows a complete order starts the next one) and checks each:
 *    what does not agree becomes a doubt (the order is held), what
 *    cannot be read an error (the order is refused). Every field set
 *    records the line it came from.
 *
 * See docs/email-extraction.md for the forms read and the checks. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amountwords.h"
#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "mail.h"
#include "mailkind.h"
#include "money.h"
#include "phonevalue.h"
#include "sheet.h"
#include "textchar.h"
#include "textread.h"

/* Longer lines are no purchase-order line (and would make the label
 * search slow): they are skipped. */
#define LINE_MAX_BYTES 4096
#define MAX_LINES      20000
/* Quote levels told apart; deeper ones are read as the deepest. */
#define MAX_LEVELS 8
/* Label look-ups after cell separators in one line. */
#define MAX_PROBES 32
/* Lines a value may take after a label alone on its line ("Ship to:"). */
#define MAX_VALUE_LINES 4

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool has_prefix_ci(const char *a, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - a) >= n && strncasecmp(a, w, n) == 0;
}

static bool has_suffix(const char *a, const char *z, const char *w, bool ci)
{
    size_t n = strlen(w);

    if ((size_t)(z - a) < n)
        return false;
    return ci ? strncasecmp(z - n, w, n) == 0 : memcmp(z - n, w, n) == 0;
}

/* Case-insensitive (ASCII) search of w in [a, z). */
static bool contains_ci(const char *a, const char *z, const char *w)
{
    size_t n = strlen(w);

    for (const char *p = a; (size_t)(z - p) >= n; p++)
        if (strncasecmp(p, w, n) == 0)
            return true;
    return false;
}

/* ---- lines and quoting ----------------------------------------------- */

struct tline {
    const char *a, *z; /* without quote marks and surrounding white space */
    const char *ta;    /* a with the tabs before it: empty leading cells */
    unsigned no;       /* 1-based */
    unsigned char depth, level;
    bool skip; /* a quote marker or a quoted message's header line */
};

struct text {
    const struct imap_extract_settings *s;
    char *buf;
    struct tline *v;
    size_t n;
    bool cut; /* more than MAX_LINES lines: the rest is not read */
    unsigned n_levels;
    char subject_id[MAX_LEVELS][MAIL_ID_MAX + 1]; /* from a quoted message's Subject */
    unsigned subject_line[MAX_LEVELS];
    bool forward; /* a marker line forwards ("Forwarded message", "转发邮件") */
};

/* Prepare a mutable copy: NUL and NBSP become spaces, full-width digits
 * (and a full-width point between them) ASCII ones. */
/* A full-width digit (U+FF10..U+FF19) at p. */
static bool fw_digit(const char *p, const char *z)
{
    return z - p >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC &&
           (unsigned char)p[2] >= 0x90 && (unsigned char)p[2] <= 0x99;
}

/* A box-drawing character (U+2500..U+257F) at p as the ASCII one that
 * draws the same table: '|' for a vertical line ("│", "┃", "║"), '-'
 * for a horizontal one ("─", "━", "═"), '+' for a corner or a joint
 * ("┌", "┼", "╩"); 0 when p holds none. */
static char box_char(const char *p, const char *z)
{
    static const unsigned short vertical[] = {0x2502, 0x2503, 0x2506, 0x2507,
                                              0x250A, 0x250B, 0x2551};
    static const unsigned short horizontal[] = {0x2500, 0x2501, 0x2504, 0x2505,
                                                0x2508, 0x2509, 0x2550};
    unsigned cp;

    if (z - p < 3 || (unsigned char)p[0] != 0xE2 ||
        ((unsigned char)p[1] != 0x94 && (unsigned char)p[1] != 0x95) ||
        ((unsigned char)p[2] & 0xC0) != 0x80)
        return 0;
    cp = 0x2000u | (((unsigned char)p[1] & 0x3Fu) << 6) | ((unsigned char)p[2] & 0x3Fu);
    if (cp > 0x257F)
        return 0;
    for (size_t k = 0; k < sizeof(vertical) / sizeof(vertical[0]); k++)
        if (cp == vertical[k])
            return '|';
    for (size_t k = 0; k < sizeof(horizontal) / sizeof(horizontal[0]); k++)
        if (cp == horizontal[k])
            return '-';
    return '+';
}

static char *prepare(const char *orig, size_t len)
{
    char *c = malloc(len + 1);
    const char *text = c;
    size_t n = 0;
    char box;

    if (!c)
        return NULL;
    /* the numbers in the style the readers take ("840,00" -> "840.00"
     * in a text that writes decimal commas); then in place, as no step
     * lengthens the text */
    if (len)
        memcpy(c, orig, len);
    len = tr_text_numbers(c, len);
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\0') {
            c[n++] = ' ';
        } else if (i + 1 < len && (unsigned char)text[i] == 0xC2 &&
                   (unsigned char)text[i + 1] == 0xA0) {
            c[n++] = ' ';
            i++;
        } else if (i + 2 < len && (unsigned char)text[i] == 0xE3 &&
                   (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0x80) {
            /* an ideographic space (U+3000) parts cells as two spaces do:
             * "TP-0412　氣泡紙　30捲　單價 420 元" */
            c[n++] = ' ';
            c[n++] = ' ';
            i += 2;
        } else if ((box = box_char(text + i, text + len)) != 0) {
            /* a table drawn with box-drawing characters reads as one
             * drawn with '|', '-' and '+' */
            c[n++] = box;
            i += 2;
        } else if (fw_digit(text + i, text + len)) {
            /* "１２", "￥１２．５０": full-width digits are digits */
            c[n++] = (char)('0' + (unsigned char)text[i + 2] - 0x90);
            i += 2;
        } else if (n && c[n - 1] >= '0' && c[n - 1] <= '9' && i + 2 < len &&
                   memcmp(text + i, "．", 3) == 0 && fw_digit(text + i + 3, text + len)) {
            c[n++] = '.';
            i += 2;
        } else {
            c[n++] = text[i];
        }
    }
    c[n] = '\0';
    return c;
}

/* "-----Original Message-----", "---------- Forwarded message ---------",
 * "-----原始邮件-----", "Begin forwarded message:", "On ... wrote:",
 * "在 ... 写道：": the start of a quoted or forwarded message. *hdr says
 * whether header lines (From:, Sent: ...) follow. */
static bool is_marker(const char *a, const char *z, bool *hdr)
{
    static const char *const words[] = {
        "original message", "forwarded message", "原始邮件", "原始郵件", "原邮件",
        "转发邮件",         "转发的邮件",        "轉寄郵件", "转发消息", NULL};
    size_t n = (size_t)(z - a);

    *hdr = true;
    if (!n || n > 400)
        return false;
    if (has_prefix_ci(a, z, "begin forwarded message"))
        return true;
    if (n <= 200 && (*a == '-' || *a == '_' || *a == '=' || *a == '*'))
        for (size_t i = 0; words[i]; i++)
            if (contains_ci(a, z, words[i]))
                return true;
    *hdr = false;
    if (has_suffix(a, z, "wrote:", true) || has_suffix(a, z, "写道：", false) ||
        has_suffix(a, z, "写道:", false) || has_suffix(a, z, "寫道：", false) ||
        has_suffix(a, z, "寫道:", false))
        return has_prefix_ci(a, z, "on ") || has_prefix_ci(a, z, "在") ||
               memchr(a, '@', n) != NULL || contains_ci(a, z, "于");
    return false;
}

/* A header line of a quoted message: 1, 2 for its Subject (*val set to
 * the value), 0 when not. */
static int quote_header(const char *a, const char *z, const char **val)
{
    static const char *const names[] = {"subject",  "主题",     "主旨",   "from",     "sent",
                                        "to",       "cc",       "date",   "reply-to", "发件人",
                                        "发送时间", "收件人",   "抄送",   "日期",     "时间",
                                        "寄件者",   "寄件日期", "收件者", "副本",     NULL};

    for (size_t i = 0; names[i]; i++) {
        const char *q;

        if (!has_prefix_ci(a, z, names[i]))
            continue;
        q = tr_skip_ws(a + strlen(names[i]), z);
        if (q < z && *q == ':')
            q++;
        else if ((size_t)(z - q) >= 3 && memcmp(q, "：", 3) == 0)
            q += 3;
        else
            continue;
        *val = q;
        return i < 3 ? 2 : 1; /* the first three name the Subject */
    }
    return 0;
}

/* "From: ..." followed by "Sent:" / "Date:" / "To:" (Outlook's reply
 * header, which has no marker line of its own). */
static bool outlook_header(const struct text *T, size_t i)
{
    const char *v;

    if (!(has_prefix_ci(T->v[i].a, T->v[i].z, "from") ||
          has_prefix_ci(T->v[i].a, T->v[i].z, "发件人") ||
          has_prefix_ci(T->v[i].a, T->v[i].z, "寄件者")) ||
        quote_header(T->v[i].a, T->v[i].z, &v) != 1 || i + 1 >= T->n)
        return false;
    return quote_header(T->v[i + 1].a, T->v[i + 1].z, &v) != 0;
}

/* An order number in a subject: a label anywhere in it. */
static void subject_id(const struct imap_extract_settings *s, const char *subject, size_t len,
                       char out[MAIL_ID_MAX + 1])
{
    const char *end = subject + len;

    out[0] = '\0';
    for (const char *p = subject; p < end && !out[0]; p++) {
        size_t off;
        const char *f;

        if (p > subject && ascii_alnum((unsigned char)p[-1]))
            continue;
        f = mail_label_at(s, p, (size_t)(end - p), &off);
        if (f && strcmp(f, "external_id") == 0 &&
            !mail_take_id(p + off, (size_t)(end - p - off), out))
            out[0] = '\0';
    }
}

/* A header line of a quoted message: skipped, its Subject's order
 * number kept for its level. false when `l` is no header line. */
static bool header_line(struct text *T, struct tline *l, unsigned marks)
{
    const char *val;
    int h = quote_header(l->a, l->z, &val);
    unsigned lv = l->depth + marks < MAX_LEVELS ? l->depth + marks : MAX_LEVELS - 1;

    if (!h)
        return false;
    l->skip = true;
    l->level = (unsigned char)lv;
    if (h == 2 && !T->subject_id[lv][0]) {
        subject_id(T->s, val, (size_t)(l->z - val), T->subject_id[lv]);
        T->subject_line[lv] = l->no;
    }
    return true;
}

static void spec_inline(struct text *T, struct tline *l);
static void change_label(struct text *T, struct tline *l);
static void receiver_space(struct text *T, struct tline *l);

static int build_lines(struct text *T)
{
    size_t cap = 0;
    const char *p = T->buf, *end = T->buf + strlen(T->buf);
    unsigned marks = 0;
    bool in_hdr = false;

    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *a = p, *z = nl ? nl : end, *q;
        unsigned depth = 0;
        struct tline *l;

        if (T->n == MAX_LINES) {
            T->cut = true;
            break;
        }
        p = nl ? nl + 1 : end;
        if (T->n == cap) {
            size_t nc = cap ? cap * 2 : 256;
            struct tline *v = realloc(T->v, nc * sizeof(*v));

            if (!v)
                return od_error_set(OD_ENOMEM, "out of memory");
            T->v = v;
            cap = nc;
        }
        for (;;) {
            q = a;
            a = tr_skip_ws(a, z);
            if (a < z && *a == '>') {
                a++;
                depth++;
            } else {
                break;
            }
        }
        l = &T->v[T->n];
        l->ta = a;
        while (l->ta > q && l->ta[-1] == '\t')
            l->ta--;
        l->a = a;
        l->z = tr_rtrim(a, z);
        l->no = (unsigned)++T->n;
        l->depth = (unsigned char)(depth < MAX_LEVELS ? depth : MAX_LEVELS - 1);
        l->skip = false;
        spec_inline(T, l);
        change_label(T, l);
        receiver_space(T, l);
    }
    for (size_t i = 0; i < T->n; i++) {
        struct tline *l = &T->v[i];
        bool hdr;

        if (in_hdr && header_line(T, l, marks))
            continue;
        in_hdr = false;
        if (is_marker(l->a, l->z, &hdr)) {
            marks++;
            l->skip = true;
            in_hdr = hdr;
            if (contains_ci(l->a, l->z, "forward") || contains_ci(l->a, l->z, "转发") ||
                contains_ci(l->a, l->z, "轉寄"))
                T->forward = true;
        } else if (outlook_header(T, i)) {
            marks++;
            in_hdr = header_line(T, l, marks);
            continue;
        }
        l->level =
            (unsigned char)(l->depth + marks < MAX_LEVELS ? l->depth + marks : MAX_LEVELS - 1);
    }
    for (size_t i = 0; i < T->n; i++)
        if (T->v[i].level + 1u > T->n_levels)
            T->n_levels = T->v[i].level + 1u;
    return 0;
}

/* ---- events ---------------------------------------------------------- */

struct ev *tr_event(struct pass *p, enum ev_kind kind, unsigned line)
{
    struct ev *e;

    if (p->oom)
        return NULL;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        struct ev *v = realloc(p->ev, cap * sizeof(*v));

        if (!v) {
            p->oom = true;
            return NULL;
        }
        p->ev = v;
        p->cap = cap;
    }
    e = &p->ev[p->n++];
    memset(e, 0, sizeof(*e));
    e->kind = kind;
    e->line = line;
    e->price = e->amount = e->money = OD_MONEY_NONE;
    e->time = OD_TIME_NONE;
    return e;
}

void tr_problem(struct pass *p, enum ev_kind kind, unsigned line, bool item_related,
                const char *fmt, ...)
{
    char msg[512];
    struct ev *e;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    e = tr_event(p, kind, line);
    if (!e)
        return;
    e->item_related = item_related;
    e->s = strdup(msg);
    if (!e->s) {
        p->n--;
        p->oom = true;
    }
}

bool tr_is_label_line(const struct pass *p, const char *a, const char *z)
{
    size_t off;

    return mail_label_at(p->s, a, (size_t)(z - a), &off) != NULL;
}

static void pass_free(struct pass *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->ev[i].s);
    free(p->ev);
    for (size_t i = 0; i < p->n_joined; i++)
        free(p->joined[i]);
    free(p->joined);
    tr_table_free(&p->t);
    memset(p, 0, sizeof(*p));
}

/* ---- label lines ----------------------------------------------------- */

/* A label alone on its line whose value is on the next lines. */
struct open_value {
    bool active;
    const char *field;
    size_t ev;      /* the label's event */
    size_t addr_ev; /* "Ship to:" blocks: the address event, or SIZE_MAX */
    unsigned taken;
    bool after_value; /* "Ship to: ACME Ltd" then address lines: each must hold a digit */
    bool wrapped;     /* an address value ending in a comma: the next line goes on */
    bool by_sentence; /* headed by a sentence (delivery_sentence): its first line must
                       * have an address's shape */
    bool receiver;    /* an address on the label's line: the next line may be who
                       * receives and the phone ("周海波 0580-3056127") */
    bool attn_only;   /* a name and an address on the label's line: only an Attn
                       * line may follow (inline_attn) */
};

static bool multi_line_field(const char *f)
{
    return strcmp(f, "ship_to.name") == 0 || strcmp(f, "ship_to.address") == 0 ||
           strcmp(f, "customer.name") == 0 || strcmp(f, "buyer_note") == 0;
}

/* Append ", line" (or " line" for notes) to an event's joined value. */
static void join_value(struct pass *p, struct ev *e, const char *a, const char *z, const char *sep)
{
    size_t old = e->s ? strlen(e->s) : e->vn, add = (size_t)(z - a), sl = strlen(sep);
    char *v;

    if (old + sl + add > 1000)
        return;
    v = malloc(old + sl + add + 1);
    if (!v) {
        p->oom = true;
        return;
    }
    memcpy(v, e->s ? e->s : e->v, old);
    memcpy(v + old, sep, sl);
    memcpy(v + old + sl, a, add);
    v[old + sl + add] = '\0';
    free(e->s);
    e->s = v;
}

/* "…, mobile +968 9912 4470, unit +968 2321 9055", "tel. 387 312 440,
 * mobil 604 118 275", "tel. 56 611 20 44, kom. 601 234 567": a phone at ph
 * after another, parted by a comma (or a dash, slash, bar) and one word of
 * letters (maybe cut short with a point) that labels the second.
 * The first is the one keyed: its start, and its end in *end; NULL when
 * [v, ph) is not of that shape. */
static const char *labelled_second(const char *v, const char *ph, const char **end)
{
    const char *w = tr_rtrim(v, ph), *w0, *j, *ph1;

    /* "kom. 601 234 567": the word may be cut short with a point */
    if (w > v && w[-1] == '.')
        w--;
    w0 = w;
    while (w > v && ((w[-1] | 0x20) >= 'a' && (w[-1] | 0x20) <= 'z'))
        w--;
    if (w == w0 || w0 - w > 12 || w == v || w[-1] != ' ')
        w = NULL; /* "，仓库座机 0451-…": a word in Chinese (phonelabel.c) */
    j = w ? pv_trim_joiners(v, w) : zhp_first_phone_end(v, ph);
    if (!j || (w && j >= tr_rtrim(v, w)) || (ph1 = pv_phone_tail(v, j)) == NULL)
        return NULL;
    *end = j;
    return ph1;
}

/* "Attn. Mr. Faisal Rahman, Mob +971 50 555 2187", "Attention Ms Tan":
 * a line of a delivery block naming the person who receives, with the
 * phone after the name; false when the line is no such line. */
static bool attn_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    /* "z. Hd." (zu Händen): the German Attn */
    static const char *const words[] = {"attn", "attention", "contact", "z. hd", "z.hd", NULL};
    /* the German address forms, which are no part of the name */
    static const char *const forms[] = {"herrn ", "herr ", "frau ", NULL};
    static const char *const phone_words[] = {"mobile", "mob", "tel", "phone", "cell", "ph", NULL};
    const char *v = NULL, *ph, *nz, *pz = z;
    struct ev *e;

    for (size_t i = 0; words[i] && !v; i++) {
        size_t k = strlen(words[i]);

        if ((size_t)(z - a) > k && strncasecmp(a, words[i], k) == 0 &&
            (a[k] == '.' || a[k] == ' ' || a[k] == ':'))
            v = tr_skip_ws(a + k + (a[k] != ' '), z);
    }
    /* "att. Þórður Jónsson": the Nordic Attn, only with its point or colon */
    if (!v && z - a > 4 && strncasecmp(a, "att", 3) == 0 && (a[3] == '.' || a[3] == ':'))
        v = tr_skip_ws(a + 4, z);
    if (!v || v == z)
        return false;
    for (size_t i = 0; forms[i]; i++) {
        size_t k = strlen(forms[i]);

        if ((size_t)(z - v) > k && strncasecmp(v, forms[i], k) == 0) {
            v = tr_skip_ws(v + k, z);
            break;
        }
    }
    nz = z;
    ph = pv_phone_tail(v, z);
    if (ph) {
        const char *j, *ph1 = labelled_second(v, ph, &j);

        if (ph1) {
            pz = j;
            ph = ph1;
        }
        nz = tr_rtrim(v, ph);
        /* "…, Mob", "… Tel:" before the number */
        for (bool more = true; more && nz > v;) {
            more = false;
            while (nz > v && (nz[-1] == ',' || nz[-1] == ':' || nz[-1] == '.' || nz[-1] == ';'))
                nz = tr_rtrim(v, nz - 1), more = true;
            for (size_t i = 0; phone_words[i]; i++) {
                size_t k = strlen(phone_words[i]);

                if ((size_t)(nz - v) > k && strncasecmp(nz - k, phone_words[i], k) == 0 &&
                    (*(nz - k - 1) == ' ' || *(nz - k - 1) == ',')) {
                    nz = tr_rtrim(v, nz - k);
                    more = true;
                    break;
                }
            }
        }
    }
    if (nz == v || (e = tr_event(p, EV_LABEL, line)) == NULL)
        return true;
    e->field = "ship_to.name";
    e->v = v;
    e->vn = (size_t)(nz - v);
    if (ph && (e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = "ship_to.phone";
        e->v = ph;
        e->vn = (size_t)(pz - ph);
    }
    return true;
}

/* "Tan Wei Ming +60 4-508 2231" as the last line of a ship-to block
 * (a name, then address lines): a person's name and a phone, the line
 * of who receives as an Attn line without its word; false when the line
 * is no such line. */

static bool person_phone_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    const char *ph, *nz;
    struct ev *e;

    z = tr_rtrim(a, z);
    while (z > a && z[-1] == '\t')
        z = tr_rtrim(a, z - 1);
    if ((ph = pv_phone_tail(a, z)) == NULL)
        return false;
    /* "Ante Bilić, mob. +385 98 765 432": the phone's word is no part of
     * the name */
    nz = pv_trim_joiners(a, pv_drop_phone_label(a, pv_trim_joiners(a, ph)));
    if (nz == a || !mail_person_line(a, (size_t)(nz - a)) || co24_phone_word(a, nz))
        return nz > a && co24_phone_word(a, nz) && co24_phone_event(p, ph, z, line);
    if ((e = tr_event(p, EV_LABEL, line)) == NULL)
        return true;
    e->field = "ship_to.name";
    e->v = a;
    e->vn = (size_t)(nz - a);
    if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = "ship_to.phone";
        e->v = ph;
        e->vn = (size_t)(z - ph);
    }
    return true;
}

/* Does [a, z) hold a word that is an item code? */
static bool has_code(const char *a, const char *z)
{
    for (const char *w = tr_skip_ws(a, z); w < z;) {
        const char *e = w;

        while (e < z && *e != ' ' && *e != '\t')
            e++;
        if (tr_code_like(w, (size_t)(e - w)))
            return true;
        w = tr_skip_ws(e, z);
    }
    return false;
}

/* Does [a, z) hold a word with letters and digits that is an item code
 * ("HD-ZB-3040"; not "1203," or "88")? */
static bool has_item_code(const char *a, const char *z)
{
    for (const char *w = tr_skip_ws(a, z); w < z;) {
        const char *e = w;
        bool letter = false, num = false;

        while (e < z && *e != ' ' && *e != '\t') {
            letter |= alpha(*e);
            num |= *e >= '0' && *e <= '9';
            e++;
        }
        if (letter && num && tr_code_like(w, (size_t)(e - w)))
            return true;
        w = tr_skip_ws(e, z);
    }
    return false;
}

/* Does [a, z) hold one of the bytes of `set`? */
static bool has_byte(const char *a, const char *z, const char *set)
{
    for (; a < z; a++)
        if (strchr(set, *a))
            return true;
    return false;
}

/* "Contact: Mr. Kim 0574-8735 1120" after "Ship to (forwarder): Busan
 * Global Logistics, Ningbo office" and its address lines: the person
 * receives, and the value on the label's line is the first part of the
 * address. false when the line is no such line. */
static void name_into_address(struct pass *p, const struct open_value *op);

static bool inline_attn(struct pass *p, struct open_value *op, const char *a, const char *z,
                        unsigned line)
{
    size_t n0 = p->n;

    if (op->ev == SIZE_MAX || op->addr_ev == SIZE_MAX || !attn_line(p, a, z, line))
        return false;
    op->active = false;
    if (p->n == n0)
        return true;
    name_into_address(p, op);
    return true;
}

/* The name read on a ship-to label's line goes before the address read
 * with it ("Gobi Cashmere Flagship Store, Peace Avenue 21, …"): a person
 * named below receives. */
static void name_into_address(struct pass *p, const struct open_value *op)
{
    size_t nn, an;
    const char *nv, *av;
    struct ev *name, *addr;
    char *joined;

    name = &p->ev[op->ev];
    addr = &p->ev[op->addr_ev];
    nv = name->s ? name->s : name->v;
    nn = name->s ? strlen(name->s) : name->vn;
    av = addr->s ? addr->s : addr->v;
    an = addr->s ? strlen(addr->s) : addr->vn;
    if (!nv || !av || !(joined = malloc(nn + 2 + an + 1))) {
        p->oom = nv && av;
        return;
    }
    memcpy(joined, nv, nn);
    memcpy(joined + nn, ", ", 2);
    memcpy(joined + nn + 2, av, an);
    joined[nn + 2 + an] = '\0';
    free(addr->s);
    addr->s = joined;
    name->field = "ship_to.company"; /* no field of the order: dropped */
}

/* ". " ending a sentence at q (after a letter or digit): its length with
 * the spaces after it, else 0. "…, Austria. Contact: Mr Haider" */
static size_t sentence_sep_at(const char *a, const char *q, const char *z)
{
    const char *r = q + 1;

    if (q <= a || *q != '.' || r >= z || *r != ' ' || !ascii_alnum((unsigned char)q[-1]))
        return 0;
    while (r < z && *r == ' ')
        r++;
    return (size_t)(r - q);
}

/* Where a label starts after a sentence's end in [a, z) ("Austria.
 * Contact: …"), with *end the end of the text before it; NULL when none. */
static const char *label_after_sentence(const struct pass *p, const char *a, const char *z,
                                        const char **end)
{
    size_t off;

    for (const char *q = a; q < z; q++) {
        size_t s = sentence_sep_at(a, q, z);

        if (s && mail_label_at(p->s, q + s, (size_t)(z - q - s), &off)) {
            *end = q;
            return q + s;
        }
    }
    return NULL;
}

static int label_line(struct pass *p, struct open_value *op, const char *a, const char *z,
                      unsigned line);

/* "Ship to:" / "Bay Fruit Ltd" / "4 Dock Rd" / "Attn: Ann Lee": the
 * person on the Attn line receives and the block's first line (a
 * company, a site) is kept out of the address; clerks differ on whether
 * it starts the address, so the order is held for them to decide.
 * block_first_line: that first line, clipped into `first` (FIRST_LINE_MAX
 * bytes), when `op` is a ship-to block of a name and an address line;
 * "" when not. Taken before events are appended (they move p->ev).
 * first_line_doubt: the doubt naming it, when there is one. */
#define FIRST_LINE_MAX 64

static void block_first_line(const struct pass *p, const struct open_value *op, char *first)
{
    first[0] = '\0';
    /* taken 1 with an address: the first line held a name and then the
     * address ("X d.o.o. - skladište, Put Supavla 21, 21000 Split"); a
     * company by its legal form goes back into the address (orders.c) */
    if (op->taken == 1 && op->ev != SIZE_MAX && p->ev[op->ev].v &&
        mail_company_line(p->ev[op->ev].v, p->ev[op->ev].vn))
        return;
    if (op->taken >= 1 && op->addr_ev != SIZE_MAX && op->ev != SIZE_MAX &&
        strcmp(op->field, "ship_to.name") == 0 && p->ev[op->ev].v)
        tr_clip(first, FIRST_LINE_MAX, p->ev[op->ev].v, p->ev[op->ev].vn);
}

static void first_line_doubt(struct pass *p, const char *first, unsigned line)
{
    if (!first[0])
        return;
    tr_problem(p, EV_DOUBT, line, false,
               "line %u: ship-to block line '%s' is neither the receiver nor read into the "
               "address; add it to the address if the carrier needs it",
               line, first);
}

static void add_label(struct pass *p, struct open_value *op, const char *f, const char *v,
                      const char *z, unsigned line);

/* "Samskip hf., Kjalarvogur 7-15, 104 Reykjavík, Iceland - att. Þórður
 * Jónsson, +354 458 8000": an Attn part after " - " or ", " at the end of
 * a block's line; where its word starts, else NULL. */
static const char *attn_after(const char *a, const char *z)
{
    static const char *const words[] = {"att.", "att:", "attn", "attention", NULL};

    for (const char *q = a + 1; q + 2 < z; q++) {
        const char *w;

        if (!((q[0] == ' ' && q[1] == '-' && q[2] == ' ') || (q[0] == ',' && q[1] == ' ')))
            continue;
        w = tr_skip_ws(q + (q[0] == ',' ? 1 : 2), z);
        for (size_t i = 0; words[i]; i++) {
            size_t k = strlen(words[i]);

            if ((size_t)(z - w) > k + 1 && strncasecmp(w, words[i], k) == 0 &&
                (w[k - 1] == '.' || w[k - 1] == ':' || w[k] == ' ' || w[k] == '.' || w[k] == ':'))
                return w;
        }
    }
    return NULL;
}

static bool open_take_line(struct pass *p, struct open_value *op, const char *a, const char *z,
                           unsigned line);

/* A block's line, as open_take_line reads it; the first line of a
 * `ship_to.name` block that ends with an Attn part (attn_after) is read
 * without it, and the Attn part names who receives, the name on the line
 * going back in front of the address (as inline_attn). */
static bool open_take(struct pass *p, struct open_value *op, const char *a, const char *z,
                      unsigned line)
{
    const char *att =
        op->taken == 0 && strcmp(op->field, "ship_to.name") == 0 ? attn_after(a, z) : NULL;
    size_t n0;
    bool r;

    if (!att)
        return open_take_line(p, op, a, z, line);
    r = open_take_line(p, op, a, pv_trim_joiners(a, att), line);
    if (!r || op->ev == SIZE_MAX || op->addr_ev == SIZE_MAX)
        return r;
    n0 = p->n;
    if (attn_line(p, att, z, line) && p->n > n0) {
        op->active = false;
        name_into_address(p, op);
    }
    return true;
}

static bool open_take_line(struct pass *p, struct open_value *op, const char *a, const char *z,
                           unsigned line)
{
    struct ev *e;

    if (op->attn_only) {
        op->active = false;
        return false;
    }
    if (op->receiver) {
        /* the line under an address on its label's line: a person and a
         * phone, no label, is who receives (as "收货：唐老板 138…" is),
         * read only when no receiver was read yet */
        const char *v = mail_role_word_end(pv_skip_contact_word(a, z), z); /* "Warehouse: …" */
        unsigned k;

        op->active = false;
        for (size_t i = 0; i < p->n; i++)
            if (p->ev[i].kind == EV_LABEL && p->ev[i].field &&
                (strcmp(p->ev[i].field, "ship_to.name") == 0 ||
                 strcmp(p->ev[i].field, "ship_to.phone") == 0))
                return false;
        /* "杨光明 187 0855 1234（白天在加工坊…）": a remark after the
         * phone is no part of it (add_label reads it so) */
        if ((k = pv_receiver_phones(v, pv_drop_phone_note(v, tr_rtrim(v, z), &(bool){false}))) == 0)
            return false;
        /* two numbers hold the order (the address label's reading);
         * of more the first is kept, as a receiver's label reads them */
        add_label(p, NULL, k <= 2 ? "ship_to.address" : "ship_to.name", v, z, line);
        return true;
    }
    if (op->wrapped) {
        /* "Delivery address: …, 3701 Großweikersdorf," / "Austria.
         * Contact: Mr Haider, +43 …": the address ends at the sentence
         * that a label starts after */
        const char *end = z, *lab = label_after_sentence(p, a, z, &end);

        op->active = false;
        if (tr_skip_ws(a, end) == end)
            return false;
        join_value(p, &p->ev[op->ev], a, end, " ");
        if (lab)
            label_line(p, op, lab, z, line);
        return true;
    }

    /* under a sentence that heads the block: its first line has an
     * address's shape, else the sentence led into something else (the
     * items: "本周补货如下，麻烦周四前送到：") */
    if (op->by_sentence && op->taken == 0 && !mail_address_shape(a, (size_t)(z - a), false) &&
        !tr_cn_address(a, z)) {
        op->active = false;
        return false;
    }
    /* "交貨：請送高雄港的報關行…：" over "高雄市前鎮區 新生路 248 號 …": a
     * Chinese address under the sentence is the address, and the line
     * under it may name who receives */
    if (op->by_sentence && op->taken == 0 && !mail_address_shape(a, (size_t)(z - a), false) &&
        op->ev != SIZE_MAX && strcmp(op->field, "ship_to.name") == 0) {
        struct ev *x = &p->ev[op->ev];

        x->field = "ship_to.address";
        x->v = a;
        x->vn = (size_t)(tr_rtrim(a, z) - a);
        x->line = line;
        *op = (struct open_value){.active = true,
                                  .field = "ship_to.address",
                                  .ev = op->ev,
                                  .addr_ev = SIZE_MAX,
                                  .taken = 1,
                                  .receiver = true};
        return true;
    }
    /* after a value on the label's line: an address line holds a digit
     * and no item code ("快递袋6包（HD-ZB-3040，15.79元）" is an item) */
    if (op->after_value && (!has_byte(a, z, "0123456789") || has_item_code(a, z))) {
        op->active = false;
        return false;
    }
    e = &p->ev[op->ev];

    if (op->taken > 0 &&
        (strcmp(op->field, "ship_to.name") == 0 || strcmp(op->field, "ship_to.address") == 0)) {
        char first[FIRST_LINE_MAX];
        /* "Kakheti Delights Ltd, 12 Chavchavadze Street, …" / "Mr. Giorgi
         * Beridze +995 …": a company with the address first, then who
         * receives */
        bool company_first = op->taken == 1 && op->ev != SIZE_MAX && op->addr_ev != SIZE_MAX &&
                             strcmp(op->field, "ship_to.name") == 0 && p->ev[op->ev].v &&
                             mail_company_line(p->ev[op->ev].v, p->ev[op->ev].vn);
        size_t n0 = p->n;

        block_first_line(p, op, first); /* before attn_line moves p->ev */
        if (attn_line(p, a, z, line) ||
            ((first[0] || company_first) && person_phone_line(p, a, z, line))) {
            op->active = false;
            /* the person named receives: the block's first line is no
             * name ("Kritiko Meli S.A. - Packing plant"); a company on
             * the Attn line never displaces it; a company first with
             * its address stays, for orders.c to put back in front of
             * the address (company_then_person) */
            if (!company_first && strcmp(op->field, "ship_to.name") == 0 && op->ev != SIZE_MAX &&
                p->n > n0 && strcmp(p->ev[n0].field, "ship_to.name") == 0 && p->ev[n0].v &&
                !mail_company_line(p->ev[n0].v, p->ev[n0].vn))
                p->ev[op->ev].field = "ship_to.company";
            first_line_doubt(p, first, line);
            return true;
        }
    }

    if (op->taken == 0) {
        const char *ad = strcmp(op->field, "ship_to.name") == 0 && op->addr_ev == SIZE_MAX
                             ? co24_address_line(pv_name_address(a, z), a, z)
                             : NULL;

        e->v = a;
        e->vn = (size_t)(z - a);
        e->line = line;
        if (strcmp(op->field, "customer.name") == 0)
            op->active = false; /* a billing address follows: not ours */
        if (ad) {
            /* "Consignee:" / "Sonali Jute Ltd., Plot 22, …, Narayanganj
             * 1400": under the label as on its line, a name and then an
             * address */
            const char *nz = tr_rtrim(a, ad);
            struct ev *x;

            while (nz > a && nz[-1] == ',')
                nz = tr_rtrim(a, nz - 1);
            e->vn = (size_t)(nz - a);
            if ((x = tr_event(p, EV_LABEL, line)) == NULL)
                return true;
            x->field = "ship_to.address";
            x->v = ad;
            x->vn = (size_t)(co24_address_end(ad, z) - ad);
            op->addr_ev = p->n - 1;
        }
    } else if (strcmp(op->field, "ship_to.name") == 0) {
        if (op->addr_ev == SIZE_MAX) {
            struct ev *x = tr_event(p, EV_LABEL, line);

            if (!x)
                return true;
            x->field = "ship_to.address";
            x->v = a;
            x->vn = (size_t)(z - a);
            op->addr_ev = p->n - 1;
        } else {
            join_value(p, &p->ev[op->addr_ev], a, z, ", ");
        }
    } else {
        join_value(p, e, a, z, strcmp(op->field, "buyer_note") == 0 ? " " : ", ");
    }
    /* a ship-to block: the name and up to MAX_VALUE_LINES address lines */
    if (++op->taken >= MAX_VALUE_LINES + (strcmp(op->field, "ship_to.name") == 0))
        op->active = false;
    return true;
}

/* One "label: value". */
/* "彭建国 139 8133 6620（库房 028-38167702）": a person, a phone and a
 * remark in brackets after it: the end of the value without the remark
 * (a number in the remark is a doubt: the first is kept), else z. */
static const char *receiver_remark(struct pass *p, const char *v, const char *z, unsigned line)
{
    bool ext = false;
    const char *nz, *ph, *nm;
    char note[64];

    if (!(z > v && (z[-1] == ')' || (z - v >= 3 && memcmp(z - 3, "）", 3) == 0))))
        return z;
    nz = pv_drop_phone_note(v, z, &ext);
    if (ext || nz == z || (ph = pv_phone_tail(v, nz)) == NULL ||
        (nm = pv_drop_phone_label(v, tr_rtrim(v, ph))) <= v ||
        !mail_person_line(v, (size_t)(nm - v)))
        return z;
    if (pv_memchr_digit(nz, z)) {
        tr_clip(note, sizeof(note), tr_skip_ws(nz, z), (size_t)(z - tr_skip_ws(nz, z)));
        tr_problem(p, EV_DOUBT, line, false,
                   "line %u: ship_to.phone: the remark '%s' gives the receiver a second "
                   "number: the first is kept; check which one the carrier is to call",
                   line, note);
    }
    return nz;
}

static void add_label(struct pass *p, struct open_value *op, const char *f, const char *v,
                      const char *z, unsigned line)
{
    char shown[128];
    struct ev *e;

    v = tr_skip_ws(v, z);
    z = tr_rtrim(v, z);
    tr_clip(shown, sizeof(shown), v, (size_t)(z - v));
    if (strcmp(f, "external_id") == 0) {
        char id[MAIL_ID_MAX + 1];

        if (mail_take_id(v, (size_t)(z - v), id)) {
            e = tr_event(p, EV_LABEL, line);
            if (!e)
                return;
            e->field = f;
            e->s = strdup(id);
            if (!e->s)
                p->oom = true;
            p->id_seen = true;
        } else if (v < z && !p->id_seen) {
            tr_problem(p, EV_ERROR, line, false,
                       "line %u: order number '%s' is not usable (it must start with letters, "
                       "digits and -_/.#, at most %d)",
                       line, shown, MAIL_ID_MAX);
        }
        return;
    }
    if (v == z) {
        if (multi_line_field(f) && (e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = f;
            *op = (struct open_value){true, f, p->n - 1, SIZE_MAX, 0};
        }
        return;
    }
    if (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
        strcmp(f, "discount") == 0) {
        od_money m;

        if (mail_parse_amount(v, (size_t)(z - v), &m) < 0 &&
            mail_parse_amount_words(v, (size_t)(z - v), &m) < 0) {
            /* "運費：FOB 上海，由我方指定貨代": terms of delivery, no
             * amount (no digit, no amount in words) */
            if (strcmp(f, "shipping") == 0 && !pv_memchr_digit(v, z))
                return;
            tr_problem(p, EV_ERROR, line, false, "line %u: %s '%s' is not an amount", line, f,
                       shown);
            return;
        }
        if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = f;
            e->money = m;
        }
        return;
    }
    if (strcmp(f, "currency") == 0) {
        const char *code = mail_currency_code(v, (size_t)(z - v));
        char c[4] = "";

        if (code) {
            memcpy(c, code, 4);
        } else if (z - v == 3 && ascii_alpha(v[0]) && ascii_alpha(v[1]) && ascii_alpha(v[2])) {
            /* any other three-letter code as written */
            for (int i = 0; i < 3; i++)
                c[i] = (char)(v[i] >= 'a' ? v[i] - 32 : v[i]);
            c[3] = '\0';
        } else {
            tr_problem(p, EV_ERROR, line, false, "line %u: currency '%s' is not an ISO 4217 code",
                       line, shown);
            return;
        }
        if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = f;
            memcpy(e->code, c, 4);
        }
        return;
    }
    if (strcmp(f, "placed_at") == 0) {
        od_time t;

        /* a "Date:" that is no date (a quoted header) is not an error */
        if (mail_parse_date(p->s, v, (size_t)(z - v), &t) && (e = tr_event(p, EV_LABEL, line))) {
            e->field = f;
            e->time = t;
        }
        return;
    }
    if (strcmp(f, "ship_to.name") == 0) {
        const char *ph, *ad, *ph_end;
        bool ext = false;
        size_t dash, who = 0;

        z = pv_drop_fax(v, z);
        ph_end = z;
        z = pv_drop_phone_note(v, z, &ext);
        ph = pv_phone_tail(v, z);
        if (!ext)
            ph_end = z;
        if (ext && ph) {
            /* an extension ("分機 23", "ext. 12") is kept with the
             * number, as most clerks key it; some leave it out, and a
             * carrier's form may take digits only: the clerk decides */
            char note[64];

            tr_clip(note, sizeof(note), tr_skip_ws(z, ph_end),
                    (size_t)(ph_end - tr_skip_ws(z, ph_end)));
            tr_problem(p, EV_DOUBT, line, false,
                       "line %u: ship_to.phone keeps the extension '%s'; remove it if the "
                       "carrier takes the number alone",
                       line, note);
        }

        /* "Ship to (forwarder): ACME Ltd" then its address on the lines
         * below (each with a digit) */
        if (op && v < z && alpha(*v))
            *op = (struct open_value){.active = true,
                                      .field = f,
                                      .ev = SIZE_MAX,
                                      .addr_ev = SIZE_MAX,
                                      .taken = 1,
                                      .after_value = true};

        /* "邓美玲  0769-85337140 / 13650028817": two numbers (or three:
         * "陳志強 9123 4567（手提）/ 2656 1234（倉）/ 2658 8800"), the
         * first is the one keyed */
        for (int k = 0; ph && k < 4; k++) {
            const char *j = pv_trim_joiners(v, tr_rtrim(v, ph)), *ph1;
            bool ext1 = false;

            /* "马志刚  13995189023（白天）/ 0953-3026618（车间）": a note
             * after the first number too */
            if (j < tr_rtrim(v, ph) && !pv_phone_tail(v, j))
                j = pv_drop_phone_note(v, j, &ext1);
            if (j < tr_rtrim(v, ph) && !ext1 && (ph1 = pv_phone_tail(v, j)) != NULL) {
                z = j;
                ph_end = j;
                ph = ph1;
                continue;
            }
            if (k == 0 && !ext1 && (ph1 = labelled_second(v, ph, &j)) != NULL) {
                /* "Jan Novotný, tel. 387 312 440, mobil 604 118 275" */
                z = j;
                ph_end = j;
                ph = ph1;
            }
            break;
        }
        if (ph && (e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = "ship_to.phone";
            e->v = ph;
            e->vn = (size_t)(ph_end - ph);
            z = pv_trim_joiners(v, pv_drop_phone_label(v, tr_rtrim(v, ph)));
        }
        if ((dash = mail_place_then_person(v, (size_t)(z - v), &who)) != 0) {
            /* "Bahari Clearing & Forwarding Ltd, Moi Avenue, …, Kenya -
             * Mr. Hassan Omar, +254 …": the place, its company too, is
             * the address; the person after the dash receives */
            if (op)
                op->active = false;
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.address";
                e->v = v;
                e->vn = (size_t)(tr_rtrim(v, v + dash) - v);
            }
            v += who;
        }
        ad = dash ? NULL : pv_name_address(v, z);
        if (ad && op)
            op->active = false; /* the address is on this line */
        if (ad && (e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = "ship_to.address";
            e->v = ad;
            e->vn = (size_t)(z - ad);
            z = tr_rtrim(v, ad);
            while (z > v && z[-1] == ',')
                z = tr_rtrim(v, z - 1);
            /* "Deliver to: Gobi Cashmere Flagship Store, Peace Avenue 21,
             * …" over "Contact: Bat-Erdene Ganbold, +976 …": an Attn
             * line right under it names who receives, and the name on
             * the label's line starts the address (inline_attn) */
            if (op && !ph)
                *op = (struct open_value){.active = true,
                                          .field = f,
                                          .ev = SIZE_MAX,
                                          .addr_ev = p->n - 1,
                                          .taken = 1,
                                          .attn_only = true};
        }
        /* "Deliver to: 内蒙古二连浩特市 边贸路 18 号 戈壁羊绒 二连仓库": a
         * Chinese address, no person, is the address */
        if (!ph && !ad && (unsigned char)*v >= 0x80 && tr_cn_address(v, z)) {
            f = "ship_to.address";
            if (op)
                op->active = false;
        }
    }
    if (strcmp(f, "ship_to.address") == 0) {
        /* "…科技园5号楼，郭霞 13225696887": the receiver after the address */
        const char *nm, *ph = pv_phone_tail(v, z), *ae, *j, *ph1;
        size_t nn, pn;

        /* "收貨：黃志強 2479 1123 / 9188 2046": of two numbers joined by
         * a slash, comma or bar the first is the phone, and the order is
         * held (as a name's two numbers are) */
        if (ph && (j = pv_trim_joiners(v, tr_rtrim(v, ph))) < tr_rtrim(v, ph) &&
            (ph1 = pv_phone_tail(v, j)) != NULL &&
            (nm = pv_drop_phone_label(v, tr_rtrim(v, ph1))) > v &&
            (mail_person_line(v, (size_t)(nm - v)) || zh25_addr_person(v, nm))) {
            char both[64];

            tr_clip(both, sizeof(both), ph1, (size_t)(z - ph1));
            tr_problem(p, EV_DOUBT, line, false,
                       "line %u: ship_to.phone: '%s' gives the receiver two numbers: the first "
                       "is kept; check which one the carrier is to call",
                       line, both);
            z = j;
            ph = ph1;
        }
        /* "收货：彭建国 139 8133 6620（库房 028-38167702）": a remark in
         * brackets after the receiver's phone; a number in it is a
         * second one, and the order is held as for two numbers */
        if (!ph && (ae = receiver_remark(p, v, z, line)) != z) {
            z = ae;
            ph = pv_phone_tail(v, z);
        }
        /* "收货：唐老板 13812345678": the receiver and no address */
        if (ph && (nm = pv_trim_joiners(v, pv_drop_phone_label(v, tr_rtrim(v, ph)))) > v &&
            mail_person_line(v, (size_t)(nm - v))) {
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.name";
                e->v = v;
                e->vn = (size_t)(nm - v);
            }
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.phone";
                e->v = ph;
                e->vn = (size_t)(z - ph);
            }
            return;
        }
        /* "…, Lautoka, Fiji - attn Ms Salote Vuki, +679 666 1234.": the
         * place, the person who takes the goods, the phone (a sentence's
         * full stop no part of it) */
        if (ph && (j = pv_trim_joiners(v, tr_rtrim(v, ph))) > v &&
            (pn = mail_place_then_person(v, (size_t)(j - v), &nn)) != 0) {
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.name";
                e->v = v + nn;
                e->vn = (size_t)(j - v) - nn;
            }
            for (ae = z; ae > ph && (ae[-1] == '.' || ae[-1] == ' ');)
                ae--;
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.phone";
                e->v = ph;
                e->vn = (size_t)(ae - ph);
            }
            z = tr_rtrim(v, v + pn);
        } else if ((ae = tr_addr_name_phone(v, z, &nm, &nn, &ph, &pn)) != NULL) {
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.name";
                e->v = nm;
                e->vn = nn;
            }
            if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
                e->field = "ship_to.phone";
                e->v = ph;
                e->vn = pn;
            }
            z = ae;
        }
        z = tr_drop_deliver_word(v, z);
    }
    if (strcmp(f, "ship_to.name") == 0)
        v += mail_name_after_title(v, (size_t)(z - v)); /* "事务组 黄淑芬": the person */
    if (strcmp(f, "ship_to.phone") == 0) {
        const char *ph, *j;

        z = pv_drop_fax(v, z); /* "电话：0571-8271 0326  传真：0571-8271 0327" */
        /* "电话：0851-2238 9116 / 186 8526 6730": two numbers joined by a
         * slash, comma or bar are kept as written; clerks differ (some
         * key both, some the first), so the order is held */
        if ((ph = pv_phone_tail(v, z)) != NULL &&
            (j = pv_trim_joiners(v, tr_rtrim(v, ph))) < tr_rtrim(v, ph) && pv_phone_only(v, j)) {
            char both[64];

            tr_clip(both, sizeof(both), v, (size_t)(z - v));
            tr_problem(p, EV_DOUBT, line, false,
                       "line %u: ship_to.phone '%s' holds two numbers; keep the one the "
                       "carrier calls",
                       line, both);
        }
    }
    if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = f;
        e->v = v;
        e->vn = (size_t)(z - v);
    }
    if (op && (op->after_value || op->attn_only) && op->active) {
        if (e && e->field == f)
            op->ev = p->n - 1; /* the name's event, after the phone's */
        else
            op->active = false;
    }
    if (op && !op->active && e && e->field == f && strcmp(f, "ship_to.address") == 0 && z > v &&
        (z[-1] == ',' || (z - v >= 3 && memcmp(z - 3, "，", 3) == 0)))
        *op = (struct open_value){.active = true,
                                  .field = f,
                                  .ev = p->n - 1,
                                  .addr_ev = SIZE_MAX,
                                  .taken = 1,
                                  .wrapped = true};
    /* "收货：舟山市…218 号 冷库 3 楼" over "周海波 0580-3056127": the
     * line right under an address on its label's line may name who
     * receives */
    else if (op && !op->active && e && e->field == f && strcmp(f, "ship_to.address") == 0 && z > v)
        *op = (struct open_value){.active = true,
                                  .field = f,
                                  .ev = p->n - 1,
                                  .addr_ev = SIZE_MAX,
                                  .taken = 1,
                                  .receiver = true};
}

/* After a heading in lenticular brackets starting the line ("【订单1】",
 * "〖A店〗"): where the rest starts; a when there is none. */
static const char *heading_end(const char *a, const char *z)
{
    static const char *const pairs[][2] = {{"【", "】"}, {"〖", "〗"}};
    const char *b = tr_skip_ws(a, z);

    for (size_t i = 0; i < 2; i++) {
        const char *e;

        if (z - b < 3 || memcmp(b, pairs[i][0], 3) != 0)
            continue;
        for (e = b + 3; e + 3 <= z && e - b < 64; e++)
            if (memcmp(e, pairs[i][1], 3) == 0)
                return tr_skip_ws(e + 3, z);
    }
    return a;
}

/* "应付合计：8470.00", "老客户优惠：-200.00": a money label (total,
 * shipping, tax, discount) after a few Chinese characters that qualify
 * it, then a colon. The field with *a moved to the label, or NULL. */
static const char *qualified_money_label(struct pass *p, const char **a, const char *z, size_t *off)
{
    const char *b = tr_skip_ws(*a, z);

    for (const char *q = b + 3; q - b <= 15 && q < z; q += 3) {
        size_t o;
        const char *f;

        if ((unsigned char)q[-3] < 0xE3 || (unsigned char)q[-3] > 0xE9)
            return NULL; /* CJK ideographs only before the label */
        f = mail_label_at(p->s, q, (size_t)(z - q), &o);
        if (f && (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
                  strcmp(f, "discount") == 0)) {
            const char *c = tr_rtrim(q, q + o);

            /* the value follows a colon, not the label alone */
            if (c > q && (c[-1] == ':' || (c - q >= 3 && memcmp(c - 3, "：", 3) == 0))) {
                *a = q;
                *off = o;
                return f;
            }
        }
    }
    return NULL;
}

/* Where a money value that ends the line starts: an amount written as
 * money ("1,200.00", "NT$3,277.50", "-HK$500.00", "65,550.00 元"), a
 * currency mark and a sign before it; NULL when the line ends otherwise. */
static const char *money_tail(const char *a, const char *z)
{
    const struct mail_currency *cur;
    const char *n, *v;
    size_t nc, best = 0;

    z = tr_rtrim(a, z);
    if (z - a >= 3 && (memcmp(z - 3, "元", 3) == 0 || memcmp(z - 3, "圓", 3) == 0))
        z = tr_rtrim(a, z - 3);
    for (n = z; n > a && (digit(n[-1]) || n[-1] == ',' || n[-1] == '.'); n--)
        ;
    if (n == z || !digit(*n) || !tr_money_marked(n, (size_t)(z - n)))
        return NULL;
    v = tr_rtrim(a, n);
    cur = mail_currency_list(&nc);
    for (size_t i = 0; i < nc; i++) {
        size_t k = strlen(cur[i].w);

        if ((size_t)(v - a) >= k && k > best && memcmp(v - k, cur[i].w, k) == 0)
            best = k; /* the longest: "NT$", not "$" */
    }
    v -= best;
    if (v > a && v[-1] == '-')
        v--;
    else if (v - a >= 3 && memcmp(v - 3, "－", 3) == 0)
        v -= 3;
    return v == tr_rtrim(a, n) ? n : v;
}

/* "營業稅 5% NT$3,277.50", "運費（海運）NT$1,200.00", "未稅合計 NT$65,550.00":
 * a Chinese shipping, tax or discount label, or a money label after words that
 * qualify it, then the amount that ends the line, with no colon between
 * (a space, or none after a bracket). A tab-parted line is a table's. The
 * field with *off set to the amount, or NULL. */
static const char *bare_money_label(struct pass *p, const char *a, const char *z, size_t *off)
{
    char buf[128];
    const char *v, *e, *f = NULL;
    size_t n, o;

    if (z - a > 120 || memchr(a, '\t', (size_t)(z - a)) || (v = money_tail(a, z)) == NULL)
        return NULL;
    e = tr_rtrim(a, v);
    if (e == a || digit(e[-1]) || (size_t)(e - a) + 4 > sizeof(buf) || (unsigned char)*a < 0xE3 ||
        (unsigned char)*a > 0xE9)
        return NULL; /* a Chinese label: "Shipping (DDP) $487.32" in a
                      * laid-out table of totals is read as a totals row */
    n = (size_t)(e - a);
    memcpy(buf, a, n);
    memcpy(buf + n, "：", 4); /* the colon the writer left out */
    n += 3;
    f = mail_label_at(p->s, buf, n, &o);
    if (f && o == n &&
        (strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0)) {
        *off = (size_t)(v - a);
        return f;
    }
    for (const char *q = buf + 3; q - buf <= 15 && q < buf + n; q += 3) {
        if ((unsigned char)q[-3] < 0xE3 || (unsigned char)q[-3] > 0xE9)
            return NULL; /* CJK ideographs only before the label */
        f = mail_label_at(p->s, q, (size_t)(buf + n - q), &o);
        if (f && o == (size_t)(buf + n - q) &&
            (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
             strcmp(f, "discount") == 0)) {
            *off = (size_t)(v - a);
            return f;
        }
    }
    return NULL;
}

/* Does the heading [a, h) name an order ("【订单1】", "【Order 2】")? */
static bool order_heading(const char *a, const char *h)
{
    size_t n;

    if (!a || !h || h <= a)
        return false;
    n = (size_t)(h - a);
    return memmem(a, n, "订单", 6) || memmem(a, n, "訂單", 6) || memmem(a, n, "Order", 5) ||
           memmem(a, n, "order", 5) || memmem(a, n, "ORDER", 5);
}

/* "【订单1】编号 LX-1": under a heading that names an order, a number
 * label of its own ("编号", "No.") is the order's number: read as
 * "订单编号 LX-1". The field (external_id) with *a and *off set to the
 * value, or NULL. */
static const char *heading_id_label(struct pass *p, const char *h, const char *z, size_t *off,
                                    const char **a)
{
    char buf[256];
    size_t n = (size_t)(z - h) < sizeof(buf) - 7 ? (size_t)(z - h) : sizeof(buf) - 7;
    size_t o = 0;
    const char *f;

    memcpy(buf, "订单", 6);
    memcpy(buf + 6, h, n);
    buf[6 + n] = '\0';
    f = mail_label_at(p->s, buf, 6 + n, &o);
    if (!f || strcmp(f, "external_id") != 0 || o < 6 || (size_t)(z - h) > n)
        return NULL;
    *a = h;
    *off = o - 6;
    return f;
}

/* Label fields of one line; several may share it, split by a cell
 * separator. Returns 1 when the line held a label, 0 when not. */
/* "Delivery:" and what follows it: where the value starts, or NULL
 * when the line does not start so. */
static const char *delivery_label(const char *a, const char *z)
{
    /* English, French, German, Italian, Spanish ("despacho", and
     * "entrega" as Portuguese too), Turkish ("teslimat") and Polish
     * ("dostawa") */
    static const char *const w[] = {"delivery", "livraison", "lieferung", "consegna", "despacho",
                                    "entrega",  "teslimat",  "dostawa",   NULL};

    for (size_t i = 0; w[i]; i++) {
        size_t k = strlen(w[i]);
        const char *q;

        if ((size_t)(z - a) <= k || strncasecmp(a, w[i], k) != 0)
            continue;
        q = tr_skip_ws(a + k, z);
        if (q < z && *q == ':')
            q++;
        else if (z - q >= 3 && memcmp(q, "：", 3) == 0)
            q += 3;
        else
            continue;
        return tr_skip_ws(q, z);
    }
    return NULL;
}

/* "Please deliver to our warehouse, not to the office:", "Roba se
 * dostavlja u naše skladište u Splitu (ne na Hvar):": a short sentence
 * that says where the goods go and ends with a colon heads the ship-to
 * block under it, as "Delivery:" alone does. */
static bool delivery_sentence(const char *a, const char *z)
{
    static const char *const stems[] = {
        "deliver", "ship to", "ship it to", "dostav", "entreg", "liefer", "livr",
        "consegn", "teslim",  "送货到",     "送貨到", "送到",   "发到",   "發到",
        "寄到",    "运到",    "運到",       "请送",   "請送",   "交货",   "交貨",
        "货发",    "貨發",    "发往",       "發往",   NULL};
    char buf[200];
    size_t n;

    z = tr_rtrim(a, z);
    if (z - a >= 3 && memcmp(z - 3, "：", 3) == 0)
        z -= 3;
    else if (z > a && z[-1] == ':')
        z--;
    else
        return false;
    n = (size_t)(z - a);
    if (n < 8 || n >= sizeof(buf))
        return false;
    memcpy(buf, a, n);
    buf[n] = '\0';
    for (size_t i = 0; stems[i]; i++)
        if (holds_ci(buf, stems[i]))
            return true;
    return false;
}

/* "货发延吉的冷库：吉林省延边州延吉市 长白山西路 3888 号 …": a sentence
 * that says where the goods go, its colon, and a Chinese address after
 * it on the same line: where the address starts, else NULL. */
static const char *sentence_then_address(const char *a, const char *z)
{
    const char *c = NULL;

    for (const char *q = a; q + 3 <= z; q++)
        if (memcmp(q, "：", 3) == 0) {
            c = q;
            break;
        }
    if (!c || tr_skip_ws(c + 3, z) == z || !delivery_sentence(a, c + 3) || !tr_cn_address(c + 3, z))
        return NULL;
    return tr_skip_ws(c + 3, z);
}

/* "Delivery:" alone on its line, or a ship-to heading without a colon
 * alone on its line ("Delivery Address", "Ship To" as Xero and other
 * order mailers print it above the address lines). */
static bool delivery_heading(const char *a, const char *z)
{
    /* compared without spaces and dashes: "Ship-to Address" (Dynamics
     * 365), "Shipping address" (Odoo) */
    static const char *const bare[] = {"deliveryaddress", "deliverto",     "shipto",
                                       "shippingaddress", "shiptoaddress", NULL};
    const char *v = delivery_label(a, z);
    char folded[24];
    size_t n = 0;

    if (v && v == z)
        return true;
    z = tr_rtrim(a, z);
    for (const char *q = a; q < z; q++) {
        if (*q == ' ' || *q == '-')
            continue;
        if (n + 1 >= sizeof(folded))
            return false;
        folded[n++] = (char)(*q >= 'A' && *q <= 'Z' ? *q | 0x20 : *q);
    }
    folded[n] = '\0';
    for (size_t i = 0; bare[i]; i++)
        if (strcmp(folded, bare[i]) == 0)
            return true;
    return false;
}

/* "+86 571 8287 6600<tab>Shipping address": a ship-to heading as the
 * last field of a line whose other fields hold no label (a vendor's
 * block and the ship-to block side by side, as an ERP's plain text
 * writes them): where the heading starts, or NULL. */
static const char *last_field_heading(const char *a, const char *z)
{
    const char *t;

    z = tr_rtrim(a, z);
    while (z > a && z[-1] == '\t')
        z = tr_rtrim(a, z - 1);
    t = z;
    while (t > a && t[-1] != '\t')
        t--;
    if (t == a || !delivery_heading(t, z))
        return NULL;
    return t;
}

/* "Delivery: Acme Ltd, Unit 4, 12 Mill Rd, Leeds LS1 4AB": the value
 * of a "Delivery:" label read as the address when it has an address's
 * shape as prose asks it (mail_address_shape: three or more parts
 * between commas, a digit after the first comma), and a start that is
 * no word of a sentence ("by end of May, CIF Osaka", "within 3 weeks,
 * DAP, …": a time or terms) nor a date. Where the value starts, or
 * NULL. */
static const char *delivery_address(const struct pass *p, const char *a, const char *z)
{
    const char *v = delivery_label(a, z), *c;
    od_time t;

    if (!v || v == z || (*v >= 'a' && *v <= 'z'))
        return NULL;
    if (!mail_address_shape(v, (size_t)(z - v), true))
        return NULL;
    c = memchr(v, ',', (size_t)(z - v)); /* an address has one */
    if (mail_parse_date(p->s, v, (size_t)(c - v), &t))
        return NULL;
    return v;
}

/* "我店订货如下，订单号 TM-2612-0093，下单日期2026-12-01。": an order
 * number's label (or 编号 before a value of an order number's shape)
 * starting a clause of a sentence (after '，' or '；'), its value up to
 * the clause's end. Only the order number is read so:
 * other labels inside sentences say too little to be taken. True when
 * one was. */
static bool clause_id(struct pass *p, const char *a, const char *z, unsigned line)
{
    static const char *const seps[] = {"，", "；", NULL};

    for (const char *q = a; q < z; q++) {
        const char *c = NULL, *e;
        size_t off = 0;
        const char *f;

        for (size_t i = 0; seps[i] && !c; i++)
            if (at(q, z, seps[i]))
                c = tr_skip_ws(q + strlen(seps[i]), z);
        if (!c)
            continue;
        e = c;
        while (e < z && !at(e, z, "，") && !at(e, z, "；") && !at(e, z, "。"))
            e++;
        f = mail_label_at(p->s, c, (size_t)(e - c), &off);
        if (!f && (at(c, e, "编号") || at(c, e, "編號"))) {
            /* "这次再订一批，编号 MX-20261204：": a bare 编号 names an
             * item's code in a table, an order's number in a sentence
             * when the value has an order number's shape */
            char id[MAIL_ID_MAX + 1];
            const char *v = tr_skip_ws(c + 6, e);

            if (mail_take_id(v, (size_t)(tr_rtrim(v, e) - v), id) && mail_id_token(id)) {
                f = "external_id";
                off = (size_t)(v - c);
            }
        }
        if (f && strcmp(f, "external_id") == 0 && c + off < e) {
            const char *v = tr_skip_ws(c + off, e);
            char id[MAIL_ID_MAX + 1];

            /* a clause whose value is no number is prose: left alone */
            if (!mail_take_id(v, (size_t)(tr_rtrim(v, e) - v), id))
                return false;
            add_label(p, NULL, f, v, e, line);
            return true;
        }
        q = e > q ? e - 1 : q;
    }
    return false;
}

static int label_line(struct pass *p, struct open_value *op, const char *a, const char *z,
                      unsigned line)
{
    size_t off;
    const char *f = mail_label_at(p->s, a, (size_t)(z - a), &off), *v0;
    unsigned probes = 0;
    bool by_sentence = false;

    if (!f) {
        /* "- 商品合计：¥10,290.00", "• Ship to: …": a label after a
         * list bullet */
        const char *b = tr_skip_bullet(a, z);

        if (b > a && (f = mail_label_at(p->s, b, (size_t)(z - b), &off)) != NULL)
            a = b;
    }

    if (!f)
        f = tr_form_label(a, z, &off); /* "单据编号<tab>CGDD…" */
    if (!f)
        f = qualified_money_label(p, &a, z, &off);
    if (!f) {
        const char *b = tr_skip_bullet(a, z);

        if ((f = bare_money_label(p, b, z, &off)) != NULL)
            a = b;
    }
    if (!f && (v0 = delivery_address(p, a, z)) != NULL) {
        /* "Delivery: Acme Ltd, 12 Mill Rd, …": the address on the line */
        f = "ship_to.address";
        off = (size_t)(v0 - a);
    }
    if (!f && (v0 = sentence_then_address(a, z)) != NULL) {
        /* "货发延吉的冷库：吉林省延边州延吉市 长白山西路 3888 号 …" */
        f = "ship_to.address";
        off = (size_t)(v0 - a);
    }
    if (!f && !delivery_heading(a, z) && delivery_sentence(a, z)) {
        /* "Please deliver to our warehouse, not to the office:" */
        f = "ship_to.name";
        off = (size_t)(z - a);
        by_sentence = true;
        tr_prose_asks(p, a, z); /* it may ask for the goods too */
    } else if (!f && delivery_heading(a, z)) {
        /* "Delivery:" alone on its line: a ship-to block follows (with a
         * value it may be a date or terms, so it is read only so) */
        f = "ship_to.name";
        off = (size_t)(z - a);
    } else if (!f && (v0 = last_field_heading(a, z)) != NULL) {
        a = v0;
        f = "ship_to.name";
        off = (size_t)(z - a);
    }
    if (!f) {
        /* "【订单1】编号 LX-1": a heading in brackets before the label */
        const char *h = heading_end(a, z);

        if (h > a && (f = mail_label_at(p->s, h, (size_t)(z - h), &off)) != NULL)
            a = h;
        else if (h > a && order_heading(a, h))
            f = heading_id_label(p, h, z, &off, &a);
    }
    if (!f && tr_heading_order_id(a, z, &v0, &off)) {
        /* "=== 订单 DG2801101（东港基地）===": the order under it */
        add_label(p, op, "external_id", v0, v0 + off, line);
        return 1;
    }
    if (!f && clause_id(p, a, z, line))
        return 1;
    if (!f)
        return 0;
    if (op->active && op->attn_only && strcmp(f, "ship_to.name") == 0 && op->ev != SIZE_MAX) {
        /* "Deliver to: Gobi Cashmere Flagship Store, Peace Avenue 21, …"
         * over "Contact: Bat-Erdene Ganbold, +976 …": the person below
         * receives, the name above starts the address */
        name_into_address(p, op);
    } else if (op->active && strcmp(f, "ship_to.name") == 0) {
        char first[FIRST_LINE_MAX];

        block_first_line(p, op, first);
        first_line_doubt(p, first, line);
        /* the label names who receives; a company by its legal form on
         * the first line is left to go back into the address (orders.c) */
        if (op->taken > 0 && op->ev != SIZE_MAX && strcmp(op->field, "ship_to.name") == 0 &&
            p->ev[op->ev].v && !mail_company_line(p->ev[op->ev].v, p->ev[op->ev].vn) &&
            !mail_company_line(a + off, (size_t)(z - a - off)))
            p->ev[op->ev].field = mail_displaced_field(p->ev[op->ev].v, p->ev[op->ev].vn);
    }
    op->active = false;
    while (f) {
        const char *v = a + off, *q = v, *next = NULL, *nf = NULL;
        size_t noff = 0;

        /* the value ends where another label starts after a separator */
        while (q < z && probes < MAX_PROBES) {
            size_t s = tr_sep_at(q, z);

            if (!s)
                s = sentence_sep_at(v, q, z);
            if (!s) {
                q++;
                continue;
            }
            probes++;
            if ((nf = mail_label_at(p->s, q + s, (size_t)(z - q - s), &noff)) != NULL) {
                next = q + s;
                break;
            }
            q += s;
        }
        add_label(p, op, f, v, next ? q : z, line);
        if (strcmp(f, "tax") == 0 && p->n && p->ev[p->n - 1].kind == EV_LABEL &&
            p->ev[p->n - 1].field == f)
            p->ev[p->n - 1].rate_bp = pv_label_rate(a, v);
        if (!next)
            break;
        a = next;
        f = nf;
        off = noff;
    }
    if (by_sentence && op->active)
        op->by_sentence = true;
    return 1;
}

/* ---- reading one level ----------------------------------------------- */

/* An item block from line i (itemblock.c): the lines of its level that
 * follow it without a blank line; the lines it took, 0 when none. */
static size_t item_block(const struct text *T, size_t i, struct pass *p)
{
    struct tr_bline v[TR_BLOCK_LINES];
    size_t n = 0;
    unsigned level = T->v[i].level;

    for (size_t j = i; j < T->n && n < TR_BLOCK_LINES; j++) {
        const struct tline *l = &T->v[j];

        if (l->level != level || l->skip || l->a == l->z || l->z - l->a > LINE_MAX_BYTES)
            break;
        v[n].a = l->a;
        v[n].z = l->z;
        v[n].no = l->no;
        n++;
    }
    /* the lines are consecutive in T: what it took is what to skip */
    return tr_item_block(p, v, n);
}

/* An item whose name and figures are on two lines, the figures without
 * labels:
 *
 *   1. HD-MB-2030 / Mailer box 20x30x8cm white
 *      120 CTNS (24 pcs/ctn) x USD 5.76/ctn = USD 691.20
 *
 * The first line is numbered and holds a code, the second is not
 * numbered and holds an '='; the two read as one item line (or item
 * sentence). Taken when that gives one priced item with no problem;
 * else nothing is kept. 2, or 0. */
static size_t joined_item(const struct text *T, size_t i, struct pass *p)
{
    const struct tline *h = &T->v[i], *f;
    size_t n0 = p->n, items0 = p->n_items, len;
    bool seen0 = p->item_seen, ok = false;
    char *buf, **v;

    if (i + 1 >= T->n)
        return 0;
    f = &T->v[i + 1];
    if (f->level != h->level || f->skip || f->a == f->z || f->z - f->a > LINE_MAX_BYTES ||
        tr_skip_bullet(h->a, h->z) == h->a || tr_skip_bullet(f->a, f->z) != f->a ||
        !has_code(tr_skip_bullet(h->a, h->z), h->z) || !memchr(f->a, '=', (size_t)(f->z - f->a)))
        return 0;
    len = (size_t)(h->z - h->a) + 1 + (size_t)(f->z - f->a);
    if (!(buf = malloc(len + 1)) || !(v = realloc(p->joined, (p->n_joined + 1) * sizeof(*v)))) {
        free(buf);
        p->oom = true;
        return 0;
    }
    p->joined = v;
    memcpy(buf, h->a, (size_t)(h->z - h->a));
    buf[h->z - h->a] = ' ';
    memcpy(buf + (h->z - h->a) + 1, f->a, (size_t)(f->z - f->a));
    buf[len] = '\0';
    /* as an item line, else as an item sentence ("120 CTNS (24 pcs/ctn)
     * x USD 5.76/ctn = USD 691.20") */
    for (int way = 0; way < 2 && !ok; way++) {
        ok = (way == 0 ? tr_item_line(p, buf, buf + len, h->no)
                       : tr_prose_item(p, buf, buf + len, h->no)) &&
             p->n_items == items0 + 1;
        for (size_t k = n0; ok && k < p->n; k++)
            ok = p->ev[k].kind != EV_ERROR && !(p->ev[k].kind == EV_ITEM && p->ev[k].unpriced);
        if (ok)
            break;
        for (size_t k = n0; k < p->n; k++)
            free(p->ev[k].s);
        p->n = n0;
        p->n_items = items0;
        p->item_seen = seen0;
    }
    if (!ok) {
        free(buf);
        return 0;
    }
    p->joined[p->n_joined++] = buf;
    return 2;
}

/* "骨瓷餐具礼盒  规格：16头 EVA内衬  1200套  单价28.00", "Bar wrapper |
 * Spec: foil + paper | 300,000 pcs | USD 0.028": an item line with its
 * specification labelled after the name. The line is rewritten in place
 * (it only gets shorter): the label dropped and the spec (up to the next
 * cell separator) joined to the name by one space, the title convention
 * (name + " " + spec), so every reader sees "骨瓷餐具礼盒 16头 EVA内衬
 * 1200套  单价28.00". Only when a figure follows the spec. */
static void spec_inline(struct text *T, struct tline *l)
{
    static const char *const labels[] = {"规格",           "規格",  "型号", "型號", "specification",
                                         "specifications", "specs", "spec", NULL};
    const char *a = l->a, *z = l->z, *lab = NULL, *val = NULL, *end, *ne, *sp;
    size_t vn;
    char *w;

    for (const char *q = a + 1; q < z && !lab && q - a < 200; q++) {
        /* a label after a space, a tab, a bar or a full-width space */
        if (q[-1] != ' ' && q[-1] != '\t' && q[-1] != '|' &&
            !(q - a >= 3 && tr_is_fw_space(q - 3, z)))
            continue;
        for (size_t k = 0; labels[k]; k++) {
            size_t m = strlen(labels[k]);
            const char *c;

            if ((size_t)(z - q) <= m || strncasecmp(q, labels[k], m) != 0)
                continue;
            c = tr_skip_ws(q + m, z);
            if (z - c >= 3 && memcmp(c, "：", 3) == 0)
                c += 3;
            else if (c < z && *c == ':')
                c++;
            else
                continue;
            lab = q;
            val = tr_skip_ws(c, z);
            break;
        }
    }
    if (!lab || val >= z)
        return;
    /* the name before the label, without the separator */
    ne = tr_rtrim(a, lab);
    while (ne > a && (ne[-1] == '|' || ne[-1] == ',' || ne[-1] == ';'))
        ne = tr_rtrim(a, ne - 1);
    /* "品名：纸箱 规格：…": labelled fields, read as such */
    if (ne == a || memchr(a, ':', (size_t)(ne - a)) || memmem(a, (size_t)(ne - a), "：", 3))
        return;
    for (end = val; end < z && !tr_sep_at(end, z); end++)
        ;
    if (!pv_memchr_digit(end, z))
        return; /* no count or price after it: no item line */
    sp = val;
    vn = (size_t)(end - val);
    if (!mail_spec_part(&sp, &vn, NULL, NULL))
        return;
    w = T->buf + (ne - T->buf);
    *w++ = ' ';
    memmove(w, sp, vn);
    w += vn;
    memmove(w, end, (size_t)(z - end));
    l->z = w + (z - end);
}

/* "送货地址改一下：…，收货人换成 吴小兵 139…": a ship-to label followed by
 * a word of change. The line is rewritten in place (it only gets
 * shorter) to "送货地址：…，收货人：吴小兵 139…", so the label is read;
 * a newer text that names a receiver above a quoted order holds it. */
static void change_label(struct text *T, struct tline *l)
{
    static const char *const words[] = {"改一下", "换一下", "更改为", "变更为", "改为",
                                        "改成",   "换成",   "换为",   "更改成", "變更為",
                                        "改為",   "換成",   NULL};
    const char *a = l->a, *z = l->z;

    for (const char *q = a; q < z && q - a < 400; q++) {
        for (size_t k = 0; words[k]; k++) {
            size_t m = strlen(words[k]);
            const char *s = q, *c = q + m;
            char tmp[64];
            size_t off, sl;
            const char *f;
            char *w;

            if ((size_t)(z - q) <= m || memcmp(q, words[k], m) != 0)
                continue;
            /* the label: back to the line's start or a punctuation mark */
            while (s > a && s[-1] != ' ' &&
                   !(s - a >= 3 && (memcmp(s - 3, "，", 3) == 0 || memcmp(s - 3, "。", 3) == 0 ||
                                    memcmp(s - 3, "；", 3) == 0)))
                s--;
            sl = (size_t)(q - s);
            if (!sl || sl + 4 > sizeof(tmp))
                continue;
            memcpy(tmp, s, sl);
            memcpy(tmp + sl, "：x", 4);
            f = mail_label_at(T->s, tmp, sl + 4, &off);
            if (!f || strncmp(f, "ship_to.", 8) != 0 || off != sl + 3)
                continue;
            w = T->buf + (q - T->buf);
            if (z - c >= 3 && memcmp(c, "：", 3) == 0) {
                memmove(w, c, (size_t)(z - c)); /* "改一下：" -> "：" */
                l->z -= m;
            } else {
                memcpy(w, "：", 3);
                memmove(w + 3, c, (size_t)(z - c));
                l->z -= m - 3;
            }
            z = l->z;
            break;
        }
    }
}

/* "聯絡人 林佳蓉 049-2983366", "收货人 陈文雄 0898-62553018": a
 * receiver's label at the start of a line, a space instead of its colon,
 * then a name of 2 to 4 ideographs and a number. The space is rewritten
 * in place as ':' so the label is read. */
static void receiver_space(struct text *T, struct tline *l)
{
    static const char *const labels[] = {"收货人", "收件人", "联系人", "收貨人", "聯絡人",
                                         "聯繫人", "收货",   "收貨",   NULL};
    const char *a = l->a, *z = l->z;

    for (size_t k = 0; labels[k]; k++) {
        size_t m = strlen(labels[k]), c = 0;
        const char *v = a + m, *q;

        if ((size_t)(z - a) <= m + 1 || memcmp(a, labels[k], m) != 0)
            continue;
        if (*v != ' ')
            return;
        q = tr_skip_ws(v, z);
        while (q < z && cjk_at(q, z) && c < 5)
            q += 3, c++;
        if (c < 2 || c > 4 || q >= z || *q != ' ')
            return;
        q = tr_skip_ws(q, z);
        if (zh25_receiver_number(m, q, z))
            T->buf[v - T->buf] = ':';
        return;
    }
}

/* "地址：…", "电话：…", "Tel: …": a contact line whose label names no
 * receiver (a letterhead's own address and phone). */
static bool contact_label(const char *a, const char *z)
{
    static const char *const words[] = {"地址", "電話", "电话", "传真",  "傳真",    "手机",
                                        "手機", "tel",  "fax",  "phone", "address", NULL};

    for (size_t i = 0; words[i]; i++)
        if (has_prefix_ci(a, z, words[i]))
            return true;
    return false;
}

/* "江西省上饶市婺源县 江湾镇 晓起村   电话 0793-7290318", "88 Mill Lane,
 * Stroud  Tel +44 1453 760 212": a contact line without a label at its
 * start, a telephone number after a phone word inside it. */
static bool inline_phone(const char *a, const char *z)
{
    static const char *const words[] = {"电话", "電話", "手机",  "手機", "传真",
                                        "傳真", "Tel",  "Phone", "Fax",  NULL};

    for (size_t i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);

        for (const char *q = a + 1; q + n < z; q++) {
            const char *v;
            size_t digits = 0;

            if (memcmp(q, words[i], n) != 0 || q[-1] != ' ')
                continue;
            v = q + n;
            if (v < z && (*v == ':' || *v == '.'))
                v++;
            else if (z - v >= 3 && memcmp(v, "：", 3) == 0)
                v += 3;
            v = tr_skip_ws(v, z);
            for (; v < z && (digit(*v) || *v == '-' || *v == '+' || *v == ' '); v++)
                digits += digit(*v);
            if (digits >= 7)
                return true;
        }
    }
    return false;
}

/* "致：杭州恒达包装材料有限公司", "供应商：…", "Supplier: …": a line that
 * names the seller, whose contact lines right under it ("地址：…",
 * "电话：…") are the seller's own, never the ship-to. Not a greeting ("Dear …")
 * nor an Attn line, which may name the receiver. */
static bool seller_heading(const char *a, const char *z)
{
    return mail_seller_label(a, z) && !has_prefix_ci(a, z, "attn") &&
           !has_prefix_ci(a, z, "dear") && !has_prefix_ci(a, z, "to ");
}

/* "山西闻喜晋香斋食品有限公司 采购单", "X有限公司 · 采购申请": a company
 * (by its legal form) followed by the title of a purchase order, the
 * heading of the buyer's own form. The company's length, 0 when the
 * line is not so. */
static size_t po_title_company(const char *a, const char *z)
{
    size_t m = zh25_po_title_end(a, z);
    const char *e;

    if (!m)
        return 0;
    e = tr_rtrim(a, z - m);
    if (e == z - m)
        return 0; /* glued to the word before: part of a name */
    /* " · ", " - ", " | " between them */
    if (e > a && (e[-1] == '-' || e[-1] == '|'))
        e = tr_rtrim(a, e - 1);
    else if (e - a >= 2 && memcmp(e - 2, "·", 2) == 0)
        e = tr_rtrim(a, e - 2);
    return e > a && mail_company_line(a, (size_t)(e - a)) ? (size_t)(e - a) : 0;
}

/* The buyer's letterhead: a company line at the top of the text (before
 * any order number or item) and the lines after it up to a blank line.
 * Its address and phone are the company's own: marked so that a ship-to
 * value read later replaces them. */
static void letterhead_mark(struct pass *p, size_t n0, const char *a, const char *z,
                            const struct tline *company)
{
    bool contact = false;
    struct ev *e;

    if (!contact_label(a, z))
        return;
    for (size_t k = n0; k < p->n; k++)
        if (p->ev[k].kind == EV_LABEL && (strcmp(p->ev[k].field, "ship_to.phone") == 0 ||
                                          strcmp(p->ev[k].field, "ship_to.address") == 0))
            p->ev[k].letterhead = contact = true;
    /* the company of a letterhead with a contact line is the buyer, unless
     * a label or the signature names it */
    if (contact && company && (e = tr_event(p, EV_LABEL, company->no)) != NULL) {
        e->field = "customer.name";
        e->v = company->a;
        e->vn = (size_t)(company->z - company->a);
        e->letterhead = true;
    }
}

/* Lines of a paragraph read together for items in sentences. */
#define SENT_LINES 8

/* When p->sentences: the paragraph starting at T->v[i] (up to a blank
 * line, at most SENT_LINES lines) joined into one text and read for items
 * in its sentences (sentitems.c); the joined text is kept in p->joined
 * when it gave items. */
static void sentence_paragraph(const struct text *T, size_t i, struct pass *p)
{
    struct tr_sline v[SENT_LINES];
    size_t n = 0, len = 0, j;
    char *buf, **keep;

    for (j = i; j < T->n && n < SENT_LINES; j++) {
        const struct tline *l = &T->v[j];

        if (l->level != T->v[i].level || l->skip || l->a == l->z || l->z - l->a > LINE_MAX_BYTES)
            break;
        len += (size_t)(l->z - l->a) + 1;
        n++;
    }
    p->sent_until = T->v[i + (n ? n - 1 : 0)].no;
    if (!n || !(buf = malloc(len + 1))) {
        p->oom = n != 0;
        return;
    }
    len = 0;
    for (j = 0; j < n; j++) {
        const struct tline *l = &T->v[i + j];

        v[j].at = buf + len;
        v[j].no = l->no;
        memcpy(buf + len, l->a, (size_t)(l->z - l->a));
        len += (size_t)(l->z - l->a);
        buf[len++] = ' ';
    }
    buf[--len] = '\0';
    if (!tr_sentence_items(p, buf, buf + len, v, n) ||
        !(keep = realloc(p->joined, (p->n_joined + 1) * sizeof(*keep)))) {
        free(buf);
        return;
    }
    p->joined = keep;
    p->joined[p->n_joined++] = buf;
}

static void read_level(const struct text *T, unsigned level, struct pass *p)
{
    struct open_value op = {0};
    const struct tline *letterhead = NULL, *company = NULL; /* its company line, until taken */
    bool seller = false; /* in the contact lines right under the seller's name */

    p->level = level;

    for (size_t i = 0; i < T->n && !p->stop && !p->oom; i++) {
        const struct tline *l = &T->v[i];
        struct cell c[TR_MAX_CELLS];
        size_t n, took, k;
        struct ev *e;

        if (l->level != level || l->skip || l->z - l->a > LINE_MAX_BYTES)
            continue;
        if (p->t.active && tr_table_line(p, l->ta, l->z, l->no))
            continue;
        if (l->a == l->z) {
            op.active = false;
            letterhead = NULL;
            seller = false;
            continue;
        }
        if (p->sentences && l->no > p->sent_until)
            sentence_paragraph(T, i, p);
        if (seller_heading(l->a, l->z)) {
            seller = true;
        } else if (seller && contact_label(l->a, l->z)) {
            op.active = false;
            continue; /* the seller's own address or phone */
        } else {
            seller = false; /* "需方：…", "Deliver To …": the form goes on */
        }
        if (!p->id_seen && !p->item_seen && mail_company_line(l->a, (size_t)(l->z - l->a))) {
            letterhead = company = l;
        } else if (!p->id_seen && !p->item_seen && (k = po_title_company(l->a, l->z)) != 0 &&
                   (e = tr_event(p, EV_LABEL, l->no)) != NULL) {
            /* the heading of the buyer's form names the buyer, unless a
             * label does */
            e->field = "customer.name";
            e->v = l->a;
            e->vn = k;
            e->letterhead = true;
            continue;
        }
        n = tr_split_cells(l->ta, l->z, c);
        if (tr_table_start(p, l->a, l->z, c, n, l->no, false)) {
            op.active = false;
            continue;
        }
        if ((took = item_block(T, i, p)) > 0) {
            op.active = false;
            i += took - 1;
            continue;
        }
        if ((took = joined_item(T, i, p)) > 0) {
            op.active = false;
            i += took - 1;
            continue;
        }
        if (tr_item_line(p, l->a, l->z, l->no)) {
            op.active = false;
            continue;
        }
        if (op.active && op.after_value && inline_attn(p, &op, l->a, l->z, l->no))
            continue;
        if (letterhead) {
            size_t n0 = p->n;

            if (label_line(p, &op, l->a, l->z, l->no)) {
                letterhead_mark(p, n0, l->a, l->z, company);
                if (p->n > n0 && p->ev[p->n - 1].letterhead &&
                    strcmp(p->ev[p->n - 1].field, "customer.name") == 0)
                    company = NULL; /* taken once */
                continue;
            }
            if (company && inline_phone(l->a, l->z) &&
                (e = tr_event(p, EV_LABEL, company->no)) != NULL) {
                /* the letterhead's address and phone on one line, no
                 * label before them: the company is the buyer; the
                 * line is its own, no ship-to */
                e->field = "customer.name";
                e->v = company->a;
                e->vn = (size_t)(company->z - company->a);
                e->letterhead = true;
                company = NULL;
                continue;
            }
        } else if (label_line(p, &op, l->a, l->z, l->no)) {
            continue;
        }
        if (op.active) {
            if (open_take(p, &op, l->a, l->z, l->no))
                continue;
        }
        if (!tr_table_start(p, l->a, l->z, c, n, l->no, true) && !tr_table_run(p, c, n, l->no) &&
            !tr_prose_line(p, l->a, l->z, l->no))
            tr_prose_spaced(p, l->a, l->z, l->no);
    }
    if (p->t.active) {
        tr_table_end(p);
        /* the rest is not read; a table cut here would be incomplete */
        if (T->cut && !p->stop)
            tr_problem(p, EV_ERROR, MAX_LINES + 1, true,
                       "line %u: the text has more than %d lines; the item table was not read "
                       "to its end",
                       MAX_LINES + 1, MAX_LINES);
    }
    tr_prose_end(p);
}

static bool is_id(const struct ev *e)
{
    return e->kind == EV_LABEL && strcmp(e->field, "external_id") == 0;
}

/* ---- the entry point ------------------------------------------------- */

struct level_sum {
    bool items;
    struct tr_change chg[TR_MAX_CHANGES];
    size_t n_chg;
    char id[MAIL_ID_MAX + 1];
    unsigned id_line;
    unsigned ship_line; /* the first ship-to label's line, 0 when none */
    bool ship_copied;   /* its ship-to is the order's (newer_ship_to) */
    char err[512];
};

static void summarize(const struct pass *p, struct level_sum *sum)
{
    sum->items = p->item_seen;
    sum->n_chg = p->prose.n_chg;
    memcpy(sum->chg, p->prose.chg, sizeof(sum->chg));
    for (size_t i = 0; i < p->n; i++) {
        const struct ev *e = &p->ev[i];

        if (is_id(e) && !sum->id[0]) {
            snprintf(sum->id, sizeof(sum->id), "%s", e->s);
            sum->id_line = e->line;
        }
        if (e->kind == EV_ERROR && !sum->err[0])
            snprintf(sum->err, sizeof(sum->err), "%s", e->s);
        if (e->kind == EV_LABEL && !sum->ship_line && strncmp(e->field, "ship_to.", 8) == 0)
            sum->ship_line = e->line;
    }
}

static int result_add(struct mail_text_result *out, struct od_order *o)
{
    struct od_order **v = realloc(out->orders, (out->n_orders + 1) * sizeof(*v));

    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    out->orders = v;
    v[out->n_orders++] = o;
    return 0;
}

void mail_text_result_free(struct mail_text_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_orders; i++)
        od_order_free(r->orders[i]);
    free(r->orders);
    r->orders = NULL;
    r->n_orders = 0;
}

static const char no_items[] = "no line items found (expected a table with a header row such as "
                               "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ "
                               "59.00')";

/* The level's lines to docfields.c: what the whole text says. */
static int doc_fields(const struct text *T, unsigned level, struct built *b, unsigned n_blk)
{
    struct tr_line *v = malloc((T->n ? T->n : 1) * sizeof(*v));
    size_t n = 0;
    int rc;

    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < T->n; i++)
        if (T->v[i].level == level && !T->v[i].skip)
            v[n++] = (struct tr_line){T->v[i].a, T->v[i].z, T->v[i].no};
    rc = tr_doc_fields(T->s, v, n, b, n_blk);
    free(v);
    return rc;
}

/* The lines of `level`, not skipped, into v (T->n entries); their count. */
static size_t level_lines(const struct text *T, unsigned level, struct tr_line *v)
{
    size_t n = 0;

    for (size_t i = 0; i < T->n; i++)
        if (T->v[i].level == level && !T->v[i].skip)
            v[n++] = (struct tr_line){T->v[i].a, T->v[i].z, T->v[i].no};
    return n;
}

/* Does the text of `level` call itself the seller's document: a proforma
 * invoice or a quotation ("Proforma invoice HD-PI-27-1014", "报价单")? */
static bool seller_document(const struct text *T, unsigned level)
{
    static const char *const w[] = {"proforma", "pro forma", "pro-forma", "quotation",
                                    "形式发票", "报价单",    "報價單",    NULL};

    for (size_t i = 0; i < T->n; i++) {
        const struct tline *l = &T->v[i];

        if (l->level != level || l->skip)
            continue;
        for (size_t k = 0; w[k]; k++)
            if (contains_ci(l->a, l->z, w[k]))
                return true;
    }
    return false;
}

/* The orders come from a proforma or quotation that the newer text quotes
 * in a reply (no marker forwards): the buyer who replies signs the newer
 * text ("please go ahead exactly as in your proforma below" /
 * "Vestfirskur Fiskur ehf."), while the quoted document's signature is
 * the seller's own. An order whose customer is the quoted signature's
 * company takes the newer text's, held with a doubt. 0 or OD_ENOMEM. */
static int reply_company(const struct text *T, unsigned level, struct built *b, unsigned n_blk)
{
    struct tr_line *v;
    const char *a0, *al;
    unsigned no0, nol;
    size_t k0, kl;
    char buf[256], old[256];
    int rc = 0;

    if (level == 0 || T->forward || !seller_document(T, level))
        return 0;
    if (!(v = malloc((T->n ? T->n : 1) * sizeof(*v))))
        return od_error_set(OD_ENOMEM, "out of memory");
    k0 = tr_signature_company(v, level_lines(T, 0, v), &a0, &no0);
    kl = tr_signature_company(v, level_lines(T, level, v), &al, &nol);
    if (!k0 || !kl || (k0 == kl && memcmp(a0, al, k0) == 0))
        goto out;
    tr_clip(buf, sizeof(buf), a0, k0);
    tr_clip(old, sizeof(old), al, kl);
    for (unsigned k = 0; k < n_blk && rc == 0; k++) {
        struct od_order *o = b[k].o;

        if (!o || b[k].bad || !o->customer.name || strcmp(o->customer.name, old) != 0)
            continue;
        if (od_str_set(&o->customer.name, buf, strlen(buf)) < 0) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            break;
        }
        for (size_t i = 0; i < b[k].n_src; i++)
            if (strcmp(b[k].src[i].key, "customer.name") == 0)
                b[k].src[i].line = no0;
        rc = tr_add_doubt(&b[k], false,
                          "customer.name: the reply's signature (line %u) names '%s', the quoted "
                          "order's (line %u) '%s'; the reply's was used",
                          no0, buf, nol, old);
    }
out:
    free(v);
    return rc;
}

/* Build the orders of the chosen level. */
static int orders_of(struct text *T, struct pass *p, unsigned level, const struct level_sum *sums,
                     const char *mail_subject_id, bool subject_guessed, const char *fallback_id,
                     struct mail_text_result *out)
{
    unsigned n_blk = tr_group(p);
    struct built *b = calloc(n_blk, sizeof(*b));
    size_t *from = calloc(n_blk, sizeof(*from)), *to = calloc(n_blk, sizeof(*to));
    int rc = 0;

    if (!b || !from || !to) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (unsigned k = 0; k < n_blk; k++)
        from[k] = SIZE_MAX;
    for (size_t i = 0; i < p->n; i++) {
        unsigned k = p->ev[i].blk;

        if (from[k] == SIZE_MAX)
            from[k] = i;
        to[k] = i + 1;
    }
    for (unsigned k = 0; k < n_blk && rc == 0; k++)
        if (from[k] != SIZE_MAX)
            rc = tr_build(p, k, from[k], to[k], &b[k]);
    if (rc == 0)
        rc = doc_fields(T, level, b, n_blk);
    if (rc == 0)
        rc = reply_company(T, level, b, n_blk);
    if (rc < 0)
        goto out;
    /* the first order's number when the text names none: the newer
     * text above, a quoted message's Subject, the mail's Subject */
    if (!b[0].id[0]) {
        const char *id = NULL;
        unsigned line = 0;

        for (unsigned l = 0; l < level && !id; l++)
            if (sums[l].id[0]) {
                id = sums[l].id;
                line = sums[l].id_line;
            }
        for (unsigned l = level + 1; l-- > 0 && !id;)
            if (T->subject_id[l][0]) {
                id = T->subject_id[l];
                line = T->subject_line[l];
            }
        if (!id && mail_subject_id[0]) {
            id = mail_subject_id;
            if (subject_guessed)
                rc = tr_add_doubt(&b[0], false,
                                  "the order number %s is read from the subject without a label",
                                  id);
        }
        if (id) {
            snprintf(b[0].id, sizeof(b[0].id), "%s", id);
            b[0].id_line = line;
        }
    }
    /* the order read from a quoted mail while the newer text above it
     * names a receiver or an address: a change the quote does not show
     * ("收货人换一下：白雪 151…，地址不变") */
    for (unsigned l = 0; l < level && rc == 0; l++)
        if (sums[l].ship_line) {
            rc = sums[l].ship_copied
                     ? tr_add_doubt(&b[0], false,
                                    "the order was read from the quoted text and its ship-to from "
                                    "the newer text above it (line %u); check that they belong "
                                    "together",
                                    sums[l].ship_line)
                     : tr_add_doubt(&b[0], false,
                                    "line %u of the newer text names a receiver or an address; "
                                    "the ship-to was read from the quoted order",
                                    sums[l].ship_line);
            break;
        }
    /* an older order in the quoted text that was not read */
    for (unsigned l = level + 1; l < T->n_levels && rc == 0; l++) {
        bool known = !sums[l].items || !sums[l].id[0];

        for (unsigned k = 0; k < n_blk && !known; k++)
            known = strcmp(b[k].id, sums[l].id) == 0;
        if (!known)
            rc = tr_add_doubt(&b[0], false,
                              "the quoted text holds order %s (line %u), which was not read; only "
                              "the newer text was",
                              sums[l].id, sums[l].id_line);
    }
    for (unsigned k = 0; k < n_blk && rc == 0; k++) {
        struct built *x = &b[k];
        const char *id = x->id[0] ? x->id : fallback_id;

        if (!x->o)
            continue;
        if (!x->bad && !x->n_items) {
            snprintf(x->why, sizeof(x->why), "order %s: %s", id, no_items);
            x->bad = true;
        }
        if (x->bad) {
            if (!out->why[0]) {
                if (n_blk > 1 && strncmp(x->why, "order ", 6) != 0)
                    snprintf(out->why, sizeof(out->why), "order %s: %s", id, x->why);
                else
                    snprintf(out->why, sizeof(out->why), "%s", x->why);
                snprintf(out->bad_id, sizeof(out->bad_id), "%s", x->id);
            }
            continue;
        }
        if (k > 0 && (rc = tr_inherit(x, &b[0])) < 0)
            break;
        rc = od_str_set(&x->o->external_id, id, strlen(id));
        if (rc == 0)
            rc = tr_add_src(x, "external_id", x->id[0] ? x->id_line : TR_SRC_MESSAGE);
        if (rc == 0)
            rc = tr_finish_extraction(x);
    }
    for (unsigned k = 0; k < n_blk && rc == 0; k++)
        if (b[k].o && !b[k].bad && (rc = result_add(out, b[k].o)) == 0)
            b[k].o = NULL;
out:
    if (b)
        for (unsigned k = 0; k < n_blk; k++)
            tr_built_free(&b[k]);
    free(b);
    free(from);
    free(to);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

/* Does the pass hold a ship-to field? */
static bool has_ship_to(const struct pass *p)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->ev[i].kind == EV_LABEL && p->ev[i].field &&
            strncmp(p->ev[i].field, "ship_to.", 8) == 0 &&
            strcmp(p->ev[i].field, "ship_to.company") != 0 &&
            (p->ev[i].s || (p->ev[i].v && p->ev[i].vn)))
            return true;
    return false;
}

/* The order read from a quoted level that names no receiver, under a
 * newer text that does ("发到加格达奇的库：" / address / "刘春生 152 …"
 * above the quoted quotation): the newer text's ship-to is the order's
 * (copied into `chosen`, its values owned); the order is held all the
 * same (orders_of). 0, or a negative code when out of memory. */
static int newer_ship_to(const struct text *T, struct pass *chosen, unsigned level,
                         struct level_sum *sums, struct tr_quotes *quotes)
{
    unsigned l = 0;
    struct pass p;

    while (l < level && !sums[l].ship_line)
        l++;
    if (l == level || has_ship_to(chosen))
        return 0;
    p = (struct pass){.s = T->s, .level = l, .quotes = quotes};
    read_level(T, l, &p);
    for (size_t i = 0; i < p.n && !p.oom && !chosen->oom; i++) {
        const struct ev *x = &p.ev[i];
        struct ev *e;

        if (x->kind != EV_LABEL || !x->field || strncmp(x->field, "ship_to.", 8) != 0 ||
            strcmp(x->field, "ship_to.company") == 0 || (!x->s && (!x->v || !x->vn)))
            continue;
        if ((e = tr_event(chosen, EV_LABEL, x->line)) == NULL)
            break;
        e->field = x->field;
        e->s = x->s ? strdup(x->s) : strndup(x->v, x->vn);
        if (!e->s)
            chosen->oom = true;
    }
    if (p.oom || chosen->oom) {
        pass_free(&p);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    pass_free(&p);
    sums[l].ship_copied = true;
    return 0;
}

int mail_text_parse(const struct imap_extract_settings *s, const char *text, size_t len,
                    const char *subject, const char *fallback_id, struct mail_text_result *out)
{
    struct text T = {.s = s};
    struct pass chosen = {0};
    struct tr_quotes quotes = {0};
    struct level_sum sums[MAX_LEVELS];
    char subj[MAIL_ID_MAX + 1] = "";
    bool subj_guessed = false;
    int level = -1, rc = 0;

    memset(out, 0, sizeof(*out));
    memset(sums, 0, sizeof(sums));
    T.buf = prepare(text, len);
    if (!T.buf) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = build_lines(&T)) < 0)
        goto out;
    if (subject)
        subject_id(s, subject, strnlen(subject, LINE_MAX_BYTES), subj);
    if (subject && !subj[0]) /* "采购订单 SJ-HB-2612-0087": a title, no label */
        mail_subject_title_id(subject, subj);
    if (subject && !subj[0]) /* "BN-2026-1187 mailers + labels": a guess */
        subj_guessed = mail_subject_token_id(subject, subj);
    /* the prices the quoted text names, for a reply that orders at them */
    for (size_t i = 0; i < T.n; i++)
        if (T.v[i].level > 0 && !T.v[i].skip && T.v[i].z - T.v[i].a <= LINE_MAX_BYTES)
            tr_quotes_line(&quotes, s, T.v[i].ta, T.v[i].z, T.v[i].no, T.v[i].level);
    if (quotes.oom) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    /* every level is read (for the quoted orders' numbers); the lowest
     * one with items is the order */
    for (unsigned l = 0; l < T.n_levels; l++) {
        struct pass p = {.s = s, .level = l, .quotes = &quotes};

        read_level(&T, l, &p);
        if (p.oom) {
            pass_free(&p);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        summarize(&p, &sums[l]);
        if (level < 0 && p.item_seen) {
            chosen = p;
            level = (int)l;
        } else {
            pass_free(&p);
        }
    }
    /* none: a reply that orders codes and counts from the quotation it
     * quotes is read again with its prices (quote.c) */
    for (unsigned l = 0; level < 0 && quotes.n && l < T.n_levels; l++) {
        struct pass p = {.s = s, .level = l, .quotes = &quotes, .priced = true};

        read_level(&T, l, &p);
        if (p.oom) {
            pass_free(&p);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        if (p.item_seen) {
            summarize(&p, &sums[l]);
            chosen = p;
            level = (int)l;
        } else {
            pass_free(&p);
        }
    }
    /* none: items written in the sentences of a paragraph, across its
     * lines ("Please make 50,000 pieces of … at 0.045 EUR each, and 6,000
     * gift boxes … at 0.95 EUR"), in a level that neither quotes nor
     * offers */
    for (unsigned l = 0; level < 0 && l < T.n_levels; l++) {
        struct pass p = {.s = s, .level = l, .quotes = &quotes, .sentences = true};

        read_level(&T, l, &p);
        if (p.oom) {
            pass_free(&p);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        if (p.item_seen && !p.prose.offer && !p.prose.quote) {
            summarize(&p, &sums[l]);
            chosen = p;
            level = (int)l;
        } else {
            pass_free(&p);
        }
    }
    if (level > 0 && (rc = newer_ship_to(&T, &chosen, (unsigned)level, sums, &quotes)) < 0)
        goto out;
    if (level >= 0) {
        /* a reply that changes quantities of the order it quotes */
        for (int l = 0; l < level; l++)
            tr_prose_apply(&chosen, sums[l].chg, sums[l].n_chg);
        if (chosen.oom) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        rc = orders_of(&T, &chosen, (unsigned)level, sums, subj, subj_guessed, fallback_id, out);
        if (rc < 0)
            goto out;
        rc = out->n_orders ? MAIL_TEXT_ORDER : MAIL_TEXT_BAD;
        goto out;
    }
    /* no items: the newest level that names an order (or is wrong) says why */
    for (unsigned l = 0; l < T.n_levels; l++) {
        if (sums[l].err[0]) {
            snprintf(out->why, sizeof(out->why), "%s", sums[l].err);
            snprintf(out->bad_id, sizeof(out->bad_id), "%s", sums[l].id);
            rc = MAIL_TEXT_BAD;
            goto out;
        }
        if (sums[l].id[0]) {
            snprintf(out->why, sizeof(out->why), "order %s: %s", sums[l].id, no_items);
            snprintf(out->bad_id, sizeof(out->bad_id), "%s", sums[l].id);
            rc = MAIL_TEXT_BAD;
            goto out;
        }
    }
    if (subj[0]) {
        snprintf(out->why, sizeof(out->why), "order %s: %s", subj, no_items);
        snprintf(out->bad_id, sizeof(out->bad_id), "%s", subj);
        rc = MAIL_TEXT_BAD;
        goto out;
    }
    snprintf(out->why, sizeof(out->why), "no order number found");
    rc = MAIL_TEXT_NOTHING;
out:
    if (rc < 0)
        mail_text_result_free(out);
    pass_free(&chosen);
    tr_quotes_free(&quotes);
    free(T.v);
    free(T.buf);
    return rc;
}
