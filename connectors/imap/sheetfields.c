/* The fields of a purchase order laid out on a grid that are outside
 * its item table (sheet_int.h): label cells and blocks, printed forms'
 * own labels, the mail's text for what the document leaves out, and
 * what the values say when nothing labels them (the letterhead, the
 * currency, an order number in the Subject). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "mailkind.h"
#include "letterfold.h"
#include "sheet_int.h"
#include "textchar.h"
#include "textread.h"

/* ---- labels outside the table ---------------------------------------- */

static const struct od_cell *next_in_row(const struct sheet *sh, size_t i)
{
    const struct od_cell *c = &sh->g->cells[i];

    if (i + 1 < sh->g->n && sh->g->cells[i + 1].row == c->row)
        return &sh->g->cells[i + 1];
    return NULL;
}

/* The cell under `c`: the same column of the next row; in a PDF, the
 * cell of the next line that starts where `c` starts (a block of lines
 * set flush left) or overlaps it, when that line is close. */
static const struct od_cell *below(const struct sheet *sh, const struct od_cell *c)
{
    struct row_range r;

    if (sh->g->kind != OD_GRID_PDF)
        return od_grid_at(sh->g, c->row + 1, c->col);
    r = sheet_row_cells(sh->g, c->row + 1);
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *d = &sh->g->cells[i];
        double dx = d->x0 > c->x0 ? d->x0 - c->x0 : c->x0 - d->x0;

        if (d->page != c->page || d->y - c->y > 30)
            return NULL;
        if (dx < 4 || (d->x0 < c->x1 && d->x1 > c->x0 && dx < 40))
            return d;
    }
    return NULL;
}

/* PDF: the cell over `c` that `c` is below() (a block's label over its
 * first line: "Supplier:" over the supplier's name); NULL when none. */
static const struct od_cell *above(const struct sheet *sh, const struct od_cell *c)
{
    struct row_range r;

    if (!c->row)
        return NULL;
    r = sheet_row_cells(sh->g, c->row - 1);
    for (size_t i = r.a; i < r.z; i++)
        if (below(sh, &sh->g->cells[i]) == c)
            return &sh->g->cells[i];
    return NULL;
}

/* A postal code with letters, as Canada and the UK write one: "V1X 7Y2",
 * "HG4 5NB", "EC1A 1BB" (two to four letters and digits starting with a
 * letter and holding a digit, a space, a digit and two letters; Canada:
 * letter digit letter, digit letter digit). */
static bool letter_postal(const char *t)
{
    size_t n = strlen(t), a = 0, digits = 0;
    const char *sp = strchr(t, ' ');

    if (!sp || strchr(sp + 1, ' ') || !isupper((unsigned char)t[0]))
        return false;
    a = (size_t)(sp - t);
    if (a < 2 || a > 4 || n - a - 1 != 3)
        return false;
    for (size_t i = 0; i < a; i++) {
        if (!isupper((unsigned char)t[i]) && !isdigit((unsigned char)t[i]))
            return false;
        digits += isdigit((unsigned char)t[i]) != 0;
    }
    if (!digits || !isdigit((unsigned char)sp[1]))
        return false;
    return (isupper((unsigned char)sp[2]) && isupper((unsigned char)sp[3])) ||
           (a == 3 && isupper((unsigned char)sp[2]) && isdigit((unsigned char)sp[3]));
}

/* PDF: an address that runs to the end of its cell, followed on its
 * line close by (two spaces, less than a column's gap) by a cell that is
 * only a postal code ("… Kelowna, BC  V1X 7Y2"): that code is the
 * address's end. */
static const struct od_cell *postal_after(const struct sheet *sh, const struct od_cell *c,
                                          const char *v, size_t n)
{
    const struct od_cell *d;
    size_t cn = strlen(c->text);

    if (sh->g->kind != OD_GRID_PDF || v < c->text || v > c->text + cn || v + n != c->text + cn ||
        c - sh->g->cells + 1 >= (ptrdiff_t)sh->g->n)
        return NULL;
    d = c + 1;
    if (d->row != c->row || d->page != c->page || d->x0 < c->x1 || d->x0 - c->x1 > 12 ||
        !letter_postal(d->text))
        return NULL;
    return d;
}

static int set_text(struct sheet *sh, char **field, const char *path, const char *v, size_t n,
                    const struct od_cell *c)
{
    const struct od_cell *pc;

    if (*field || !n)
        return 0;
    if (strcmp(path, "ship_to.address") == 0 && (pc = postal_after(sh, c, v, n)) != NULL) {
        char buf[512];
        int k = snprintf(buf, sizeof(buf), "%.*s  %s", (int)n, v, pc->text);

        if (k > 0 && (size_t)k < sizeof(buf))
            return set_text(sh, field, path, buf, (size_t)k, c);
    }
    if (od_str_set(field, v, n) < 0)
        return OD_ENOMEM;
    sheet_source(sh, path, c);
    return 0;
}

/* ---- value shapes ------------------------------------------------------ */

/* A phone number as people write it: 7 to 15 digits with spaces, dashes,
 * dots, brackets and a leading +; nothing else. */
static bool phone_shape(const char *t, size_t n)
{
    size_t digits = 0;

    for (size_t i = 0; i < n; i++) {
        char ch = t[i];

        if (ch >= '0' && ch <= '9')
            digits++;
        else if (!strchr(" -.()+/", ch))
            return false;
    }
    return digits >= 7 && digits <= 15;
}

/* "Tel 604-555-0181", "Ph. 555 0100": a phone's word without a colon
 * before the number. Returns where the number starts (0 = none). */
static size_t phone_word(const char *t)
{
    static const char *const words[] = {"tel", "tel.",   "phone", "ph",
                                        "ph.", "mobile", "cell",  NULL};
    size_t k = strcspn(t, " ");

    if (!t[k] || (!(t[k + 1] >= '0' && t[k + 1] <= '9') && t[k + 1] != '+' && t[k + 1] != '('))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == k && strncasecmp(t, words[i], k) == 0)
            return k + 1;
    return 0;
}

/* Phone numbers separated by '/' ("0519-8877 2201 / 189 6128 5531": a
 * desk phone and a mobile), each of a phone's shape. */
static bool phones_shape(const char *t, size_t n)
{
    const char *end = t + n;

    for (;;) {
        const char *slash = memchr(t, '/', (size_t)(end - t));

        if (!slash)
            return phone_shape(t, (size_t)(end - t));
        if (!phone_shape(t, (size_t)(slash - t)))
            return false;
        t = slash + 1;
    }
}

void sheet_site_doubt(struct sheet *sh)
{
    const char *cu = sh->o->customer.name;

    size_t k = strlen(sh->site_line);

    /* "Harbour Dental Lab" over the address of "Harbour Dental Lab Pty
     * Ltd": the customer's own name, nothing lost; but on the address's
     * own line ("Deliver to: Kerry Fudge Co., Unit 4, …") the clerks of
     * the corpora key it now with the address, now without: a doubt */
    if (!k)
        return;
    if (cu && strncasecmp(cu, sh->site_line, k < strlen(cu) ? k : strlen(cu)) == 0) {
        if (sh->site_inline)
            sheet_doubt(sh,
                        "%s: the ship-to's first part '%s' (the customer's own name) is left "
                        "out of the address: check the ship-to",
                        sh->site_ref, sh->site_line);
        return;
    }
    sheet_doubt(sh,
                "%s: the ship-to's first line '%s' (a site or a company, not the customer) is "
                "left out of the address: check the ship-to",
                sh->site_ref, sh->site_line);
}

void sheet_phones_doubt(struct sheet *sh)
{
    const char *p = sh->o->ship_to.phone, *nm = sh->o->ship_to.name;
    size_t digits = 0;

    /* a receiver's name never holds a phone's digits: a number left in
     * it was not read as the phone (the check behind every rule that
     * parts a name from its numbers) */
    for (const char *q = nm; q && *q; q++)
        digits += isdigit((unsigned char)*q) != 0;
    if (digits >= 7)
        sheet_doubt(sh,
                    "ship_to.name '%s' holds a number as long as a phone's: check the "
                    "receiver's name and phone",
                    nm);
    if (!p || !strchr(p, '/') || !phones_shape(p, strlen(p)))
        return;
    sheet_doubt(sh,
                "ship_to.phone: '%s' gives the receiver two numbers: both are kept; check "
                "which one the carrier is to call",
                p);
}

/* "邓海燕 021-54057337", "Lukas Patel, +44 161 367 3897": a name with a
 * phone number after it. Returns where the number starts (0 = none). */
/* "05-261-3378 分機 21", "0161 496 0000 ext. 214": where an extension
 * (its word and its digits) at the end of t starts; n when none. */
static size_t extension_at(const char *t, size_t n)
{
    static const char *const words[] = {"分機", "分机", "转",  "轉", "ext.",
                                        "ext",  "Ext.", "Ext", NULL};
    size_t d = n;

    while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9')
        d--;
    if (d == n)
        return n;
    while (d > 0 && t[d - 1] == ' ')
        d--;
    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);

        if (d >= k + 1 && memcmp(t + d - k, words[i], k) == 0 && t[d - k - 1] == ' ')
            return d - k - 1;
    }
    return n;
}

static size_t trailing_phone(const char *t, size_t n)
{
    size_t end = extension_at(t, n), i = end;

    while (i > 0 && (strchr("0123456789 -.()+/", t[i - 1])))
        i--;
    /* "Mr. Jung Tae-ho / +82-53-592-7713", "Mme Sophie Marchand - 02 40 35
     * 61 18": a slash or a dash between name and number */
    while (i < end &&
           (t[i] == ' ' || ((t[i] == '/' || t[i] == '-') && i + 1 < end && t[i + 1] == ' ')))
        i++;
    if (i == 0 || i == end || !phones_shape(t + i, end - i))
        return 0;
    return i;
}

static size_t trim_len(const char *t, size_t n)
{
    while (n && (t[n - 1] == ' ' || t[n - 1] == ',' || t[n - 1] == '\t'))
        n--;
    return n;
}

/* "Sra. Rosa Quispe  cel. 987 654 321", "Sr. Martín Ferreyra, tel. (0223)
 * 477-1290 / cel. 223 15 509 3321": a name, a phone's word (tel, telf,
 * tlf, cel, cell, celular, movil, mob, mobile, ph, phone, fono; maybe with
 * '.' or ':') and a number, maybe another number after '/' or ','.
 * Returns where the first number starts (0 = none), *num_end where it
 * ends and *name_end where the name ends. */
static size_t worded_phone(const char *t, size_t n, size_t *num_end, size_t *name_end)
{
    static const char *const words[] = {"tel", "telf",   "tlf", "cel",   "cell", "celular", "movil",
                                        "mob", "mobile", "ph",  "phone", "fono", NULL};

    for (size_t a = 1; a < n; a++) {
        size_t b = a, v, e;
        bool known = false;

        if (t[a - 1] != ' ' && t[a - 1] != ',')
            continue;
        while (b < n && isalpha((unsigned char)t[b]))
            b++;
        for (size_t i = 0; words[i] && b > a; i++)
            known =
                known || (strlen(words[i]) == b - a && strncasecmp(t + a, words[i], b - a) == 0);
        if (!known)
            continue;
        v = b;
        if (v < n && (t[v] == '.' || t[v] == ':'))
            v++;
        while (v < n && t[v] == ' ')
            v++;
        if (v >= n || !(isdigit((unsigned char)t[v]) || t[v] == '+' || t[v] == '('))
            continue;
        for (e = v; e < n && strchr("0123456789 -.()+", t[e]); e++)
            ;
        while (e > v && (t[e - 1] == ' ' || t[e - 1] == '.' || t[e - 1] == '-'))
            e--;
        if (!phone_shape(t + v, e - v))
            continue;
        for (b = e; b < n && t[b] == ' ';)
            b++;
        if (b < n && t[b] != '/' && t[b] != ',')
            continue;
        *num_end = e;
        *name_end = trim_len(t, a - 1);
        return *name_end ? v : 0;
    }
    return 0;
}

/* A bracketed note ending t[0..n) right after a digit (spaces aside):
 * "13919322718（手机）", "555 0100 (office)". True when there is one,
 * with *before where the number before it ends. */
static bool phone_note(const char *t, size_t n, size_t *before)
{
    size_t o = SIZE_MAX;

    n = trim_len(t, n);
    if (n >= 3 && memcmp(t + n - 3, "）", 3) == 0) {
        for (size_t q = 0; q + 6 <= n; q++)
            if (memcmp(t + q, "（", 3) == 0)
                o = q;
    } else if (n && t[n - 1] == ')') {
        const char *b = memrchr(t, '(', n);

        if (b)
            o = (size_t)(b - t);
    }
    if (o == SIZE_MAX)
        return false;
    o = trim_len(t, o);
    if (!o || !isdigit((unsigned char)t[o - 1]))
        return false;
    *before = o;
    return true;
}

/* "王永福  13919322718（手机）  0932-8218812（库房）", "Ana Ruiz 612 44 01
 * 88 (mobile)": a name, then phone numbers parted by spaces or '/', one of
 * them at least with a note in brackets after it. Returns where the first
 * number starts (0 = none), *num_end where it ends (its note left out),
 * *more whether another number follows. */
static size_t noted_phones(const char *t, size_t n, size_t *num_end, bool *more)
{
    size_t end = n, first = 0, first_end = 0, count = 0;
    bool noted = false;

    for (;;) {
        size_t e = end, s;

        if (phone_note(t, end, &e))
            noted = true;
        e = trim_len(t, e);
        while (e && t[e - 1] == '/')
            e = trim_len(t, e - 1);
        for (s = e; s > 0 && strchr("0123456789 -.+", t[s - 1]);)
            s--;
        while (s < e && t[s] == ' ')
            s++;
        if (s == e || !phone_shape(t + s, e - s))
            break;
        first = s;
        first_end = e;
        count++;
        end = s;
    }
    if (!noted || !count || !first || !trim_len(t, first))
        return 0;
    *num_end = first_end;
    *more = count > 1;
    return first;
}

/* "孔祥林 0456-6423315  13946705521": a name, a phone and, two spaces or
 * more after it, another. Returns where the first number starts (0 =
 * none), *num_end where it ends. */
static size_t spaced_phones(const char *t, size_t n, size_t *num_end)
{
    size_t e = trim_len(t, n), g, first;

    for (g = e; g > 1 && !(t[g - 1] == ' ' && t[g - 2] == ' '); g--)
        ;
    if (g <= 1 || !phone_shape(t + g, e - g))
        return 0;
    g = trim_len(t, g);
    first = trailing_phone(t, g);
    if (!first || !(isdigit((unsigned char)t[first]) || t[first] == '+' || t[first] == '(') ||
        !trim_len(t, first))
        return 0;
    *num_end = g;
    return first;
}

/* "虞海军  手机 13857206631  仓库": a number of a phone's shape inside the
 * first n bytes of a receiver's value, after a space (the value's last
 * number being another one). Returns where it starts (0 = none) and
 * *end where it ends. */
static size_t inner_phone(const char *t, size_t n, size_t *end)
{
    for (size_t a = 1; a < n; a++) {
        size_t e = a;

        if (t[a - 1] != ' ' || !(isdigit((unsigned char)t[a]) || t[a] == '+'))
            continue;
        while (e < n && strchr("0123456789 -()+", t[e]))
            e++;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '-'))
            e--;
        if (phone_shape(t + a, e - a)) {
            *end = e;
            return a;
        }
        a = e;
    }
    return 0;
}

/* t[0..n) without the full stop that ends a sentence after a digit
 * ("… +221 77 640 12 55."). */
static size_t sentence_len(const char *t, size_t n)
{
    n = trim_len(t, n);
    return n > 1 && t[n - 1] == '.' && t[n - 2] >= '0' && t[n - 2] <= '9' ? n - 1 : n;
}

/* An address's value that goes on after its full stop with a sentence
 * naming who receives the goods: a contact's word (a receiver's label
 * alone: Contact, Attn, Contacto …), a person and a phone ("Sheba Spices
 * PLC, Bole Warehouse, …, Addis Ababa, Ethiopia. Contact Mr. Dawit
 * Tesfaye +251 911 234 567", `m` bytes, its own full stop left out).
 * Where the person starts, with *place the length of the place (up to
 * the ". ") and *phone where the phone starts; else a receiver after a
 * comma (scl_receiver_clause); 0 when the value is neither. */
static size_t contact_sentence(const struct sheet *sh, const char *v, size_t m, size_t *place,
                               size_t *phone)
{
    for (size_t d = 1; d + 2 < m; d++) {
        size_t w = d + 2, e, p, ph;
        const char *f;

        if ((v[d] != '.' && v[d] != ';') || v[d + 1] != ' ' || !isalpha((unsigned char)v[d - 1]))
            continue;
        for (e = w; e < m && v[e] != ' ' && v[e] != ':';)
            e++;
        f = e > w ? mail_order_field(sh->s, v + w, e - w) : NULL;
        if (!f || strcmp(f, "ship_to.name") != 0)
            continue;
        for (p = e; p < m && (v[p] == ' ' || v[p] == ':');)
            p++;
        ph = trailing_phone(v + p, m - p);
        if (!ph || !(isdigit((unsigned char)v[p + ph]) || v[p + ph] == '+' || v[p + ph] == '(') ||
            !mail_person_line(v + p, trim_len(v + p, ph)) || !mail_place_shape(v, d))
            continue;
        *place = d;
        *phone = p + ph;
        return p;
    }
    return scl_receiver_clause(sh->s, v, m, place, phone);
}

/* A name before its phone, without the separator between them (", ",
 * " / "). */
static size_t name_len(const char *t, size_t n)
{
    n = trim_len(t, n);
    while (n > 1 && (t[n - 1] == '/' || t[n - 1] == '-') && t[n - 2] == ' ')
        n = trim_len(t, n - 1);
    return n;
}

static bool company_shape(const char *t);
static bool supplier_word(const char *t);

/* A contact's label (联系人, Contact, Attn): it names a person to ask,
 * whom a consignee's label (收货人, Ship to, Recipient) outranks. */
static bool contact_label(const char *t)
{
    static const char *const words[] = {"联系人",    "聯絡人",  "聯繫人",        "attn",
                                        "attention", "contact", "contactperson", NULL};
    char f[64];
    size_t n = strcspn(t, ":："), k;

    n = mail_label_fold(t, n, f, sizeof(f));
    for (size_t i = 0; words[i]; i++)
        if ((k = strlen(words[i])) == n && memcmp(f, words[i], k) == 0)
            return true;
    return false;
}

/* A ship-to label that names a place, not a person ("Deliver to:",
 * "Ship to:", "Dispatch to:"). */
static bool place_label(const char *t)
{
    static const char *const words[] = {"deliverto", "shipto", "dispatchto", "sendto", NULL};
    char f[64];
    size_t n = strcspn(t, ":\xef"), k; /* up to ':' or '：' */

    n = mail_label_fold(t, n, f, sizeof(f));
    for (size_t i = 0; words[i]; i++)
        if ((k = strlen(words[i])) == n && memcmp(f, words[i], k) == 0)
            return true;
    return false;
}

/* "Kestrel Logistics Ltd - Daventry DC, Unit 3 Royal Oak Way North,
 * Daventry NN11 8PQ": a company (and its site) first, then an address
 * with a number. Returns where the address starts (0 = not so). */
static size_t company_then_address(const char *t, size_t n)
{
    const char *comma = memchr(t, ',', n), *dash;
    char first[128];
    size_t k, at;

    if (!comma || (k = (size_t)(comma - t)) >= sizeof(first))
        return 0;
    memcpy(first, t, k);
    first[k] = '\0';
    if ((dash = strstr(first, " - ")))
        first[dash - first] = '\0';
    at = k + 1;
    while (at < n && t[at] == ' ')
        at++;
    if (!company_shape(first) || at >= n || !strpbrk(t + at, "0123456789"))
        return 0;
    return at;
}

/* "ATM Plant, Sebeta Industrial Zone, Oromia - Ato Dawit Bekele": a
 * place of three parts or more parted by commas, then after the last
 * " - " a person (one to four words, no comma). Returns where the person
 * starts (0 = not so). */
static size_t address_then_person(const char *t, size_t n)
{
    size_t at, dash = mail_last_dash(t, n, &at); /* " - ", " — " */

    return dash && at < n && mail_short_name(t + at, n - at) ? at : 0;
}

static size_t digit_count(const char *t, size_t n)
{
    size_t d = 0;

    for (size_t i = 0; i < n; i++)
        d += isdigit((unsigned char)t[i]) != 0;
    return d;
}

/* A lower-case letter in t[0..n) (a person's name, not "MG"), in
 * Latin, Greek or Cyrillic ("κ. Νίκος Παππάς"). */
static bool lower_in(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)t[i], b = i + 1 < n ? (unsigned char)t[i + 1] : 0;

        if (islower(a) || (a == 0xC3 && b >= 0x9F && b <= 0xBF) || /* ß..ÿ */
            (a == 0xCE && b >= 0xAC && b <= 0xBF) || (a == 0xCF && b >= 0x80 && b <= 0x8E) ||
            (a == 0xD0 && b >= 0xB0 && b <= 0xBF) || (a == 0xD1 && b >= 0x80 && b <= 0x9F))
            return true; /* ά..ώ, а..џ */
    }
    return false;
}

/* Three parts or more parted by commas: an address, no person's name. */
static bool comma_parts(const char *t, size_t n)
{
    size_t commas = 0;

    for (size_t i = 0; i < n; i++)
        commas += t[i] == ',';
    return commas >= 2;
}

/* A later total that is the stated one with the freight and tax read
 * since, less the discount: the stated one was a subtotal (合计 3,080.00,
 * 运费 120.00, 总金额 3,200.00). */
static bool grand_total(const struct sheet *sh, od_money m)
{
    const struct od_order *o = sh->o;
    od_money t = sh->stated_total, extra;

    if (t == OD_MONEY_NONE || m == t ||
        (o->shipping == OD_MONEY_NONE && o->tax == OD_MONEY_NONE && o->discount == OD_MONEY_NONE))
        return false;
    return od_order_charges(o, &extra) && od_money_add(t, extra, &t) && t == m;
}

void sheet_later_total(struct sheet *sh)
{
    const struct od_cell *c = sh->later_total_cell;

    if (!c || c->row < sh->end_row || !grand_total(sh, sh->later_total))
        return;
    sh->stated_total = sh->later_total;
    sh->total_cell = c;
    sheet_ref(sh, c, sh->total_ref);
    sh->total_is_sub = false;
}

/* "Buyer: Kevin Tremblay" on a form's head: a person's name under the
 * English label Buyer is the purchasing agent, not the customer. */
static bool buyer_person(const struct sheet *sh, const char *v, size_t n)
{
    char f[16];
    size_t k;

    if (!sh->label_cell || company_shape(v))
        return false;
    k = mail_label_fold(sh->label_cell->text, strcspn(sh->label_cell->text, ":："), f, sizeof(f));
    return k == strlen("buyer") && memcmp(f, "buyer", k) == 0 && mail_person_line(v, n);
}

/* Store one label's value. */
/* "Ms. Yuko Sato  TEL 03-5767-2210", "韩东升，电话 0439-6258813": the
 * phone's word before the number (TEL, 电话 …, without a colon, after a
 * space, a full-width comma or 、) is no part of the name before it. */
static size_t drop_phone_word(const struct sheet *sh, const char *v, size_t n)
{
    size_t k = n;
    const char *f;

    while (k && v[k - 1] != ' ' && !before(v, v + k, "，") && !before(v, v + k, "、"))
        k--;
    if (!k || k == n)
        return n;
    f = mail_order_field(sh->s, v + k, n - k);
    if (!f || strcmp(f, "ship_to.phone") != 0)
        return n;
    k = trim_len(v, k);
    if (before(v, v + k, "，") || before(v, v + k, "、"))
        k = trim_len(v, k - strlen("，"));
    return k;
}

/* A receiver's value that gives two numbers, the first kept: the doubt,
 * quoting the numbers from the first one, t[0..n). */
static void two_numbers(struct sheet *sh, const struct od_cell *c, const char *t, size_t n)
{
    char r[REF_MAX];

    sheet_ref(sh, c, r);
    sheet_doubt(sh,
                "%s: ship_to.phone: '%.*s' gives the receiver two numbers: the first is kept; "
                "check which one the carrier is to call",
                r, (int)n, t);
}

/* "Receiving | Mr. Renato Dela Cruz | 0917 812 3345 / (082) 234 5567":
 * a cell of two numbers beside the receiver's name; the first (its
 * first `n` bytes) is the phone, and the order is held (two_numbers).
 * 0 or OD_ENOMEM. */
static int first_of_phones(struct sheet *sh, const struct od_cell *c, size_t n)
{
    char first[64];

    n = trim_len(c->text, n);
    if (n == 0 || n >= sizeof(first))
        return 0;
    memcpy(first, c->text, n);
    first[n] = '\0';
    two_numbers(sh, c, c->text, strlen(c->text));
    return set_text(sh, &sh->o->ship_to.phone, "ship_to.phone", first, n, c);
}

/* [a, z) holds a run of 7 digits or more (spaces, '-', '(', ')' and
 * '.' inside it): another telephone number. */
static bool more_digits(const char *a, const char *z)
{
    size_t run = 0;

    for (; a < z; a++) {
        if (isdigit((unsigned char)*a))
            run++;
        else if (!strchr(" -().", *a))
            run = 0;
        if (run >= 7)
            return true;
    }
    return false;
}

/* A letter of a Latin script with a mark (U+00C0 to U+017F, not × or
 * ÷): "Quantité", "Designação", "Menge Stück" has none. */
static bool marked_latin(const char *t)
{
    for (const unsigned char *p = (const unsigned char *)t; *p; p++)
        if (((*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF && p[1] != 0x97 && p[1] != 0xB7) ||
             ((*p == 0xC4 || *p == 0xC5) && p[1] >= 0x80 && p[1] <= 0xBF)))
            return true;
    return false;
}

/* The countries the sheet's cells name (MAIL_REGION_* bits): "…, Ripon
 * HG4 5NB, UK" says a date 02/03/2027 is the 2nd of March. An item
 * table's header in a language with marked letters ("Désignation |
 * Quantité | Montant") is written where dates go day first. */
static unsigned sheet_regions(const struct sheet *sh)
{
    unsigned r = 0;

    for (size_t i = 0; i < sh->g->n; i++)
        r |= mail_region_marks(sh->g->cells[i].text, strlen(sh->g->cells[i].text));
    for (size_t k = 0; k < sh->n_cols && !(r & MAIL_REGION_US); k++)
        if (sh->cols[k].head && marked_latin(sh->cols[k].head->text))
            r |= MAIL_REGION_DAYFIRST;
    return r;
}

/* An ambiguous date's two readings (`mf` month first, `df` day first)
 * told apart by another cell that writes one of them with no doubt,
 * its month named or its year first ("Deposit 30% (paid 02 Sep
 * 2027)", "2027-09-02"): 1 when that is the day-first reading, -1 the
 * month-first one, 0 when no cell says. */
static int date_told_elsewhere(const struct sheet *sh, const struct od_cell *at, const char *v,
                               size_t n, od_time mf, od_time df)
{
    char year[5] = "";

    /* the date's year: its last run of four digits */
    for (size_t i = n; i >= 4 && !year[0]; i--)
        if (isdigit((unsigned char)v[i - 1]) && isdigit((unsigned char)v[i - 2]) &&
            isdigit((unsigned char)v[i - 3]) && isdigit((unsigned char)v[i - 4]) &&
            (i == n || !isdigit((unsigned char)v[i])) &&
            (i == 4 || !isdigit((unsigned char)v[i - 5])))
            memcpy(year, v + i - 4, 4);
    if (!year[0])
        return 0;
    for (size_t i = 0; i < sh->g->n && i < 4000; i++) {
        const char *t = sh->g->cells[i].text;

        if (&sh->g->cells[i] == at)
            continue;
        for (const char *y = strstr(t, year); y; y = strstr(y + 4, year)) {
            if ((y > t && isdigit((unsigned char)y[-1])) || isdigit((unsigned char)y[4]))
                continue;
            /* spans from a word's start at most 16 bytes before the year
             * to a word's end at most 6 bytes after it */
            for (const char *s = y - 16 > t ? y - 16 : t; s <= y; s++) {
                if (s > t && s[-1] != ' ' && s[-1] != '(' && s[-1] != ':')
                    continue;
                for (const char *e = y + 4; e <= y + 10 && e[-1]; e++) {
                    od_time w;
                    bool amb = false;

                    if (*e && *e != ' ' && *e != ')' && *e != ',' && *e != ';')
                        continue;
                    if (!mail_parse_date_order(sh->s, s, (size_t)(e - s), false, &w, &amb) || amb)
                        continue;
                    if (w == df)
                        return 1;
                    if (w == mf)
                        return -1;
                }
            }
        }
    }
    return 0;
}

static int take(struct sheet *sh, const char *f, const char *v, const struct od_cell *c)
{
    struct od_order *o = sh->o;
    size_t n = strlen(v), cp, cph;

    /* "赵云飞，", "0871-6718 2290。": a sentence's punctuation is no part */
    while (strcmp(f, "buyer_note") != 0 && n >= 3 &&
           (before(v, v + n, "，") || before(v, v + n, "；") || before(v, v + n, "。")))
        n = trim_len(v, n - 3);
    if (!n)
        return 0;
    if (strcmp(f, "external_id") == 0) {
        char id[MAIL_ID_MAX + 1];

        if (!mail_take_id(v, n, id) || !strpbrk(id, "0123456789"))
            return 0; /* "PURCHASE ORDER" over "Lion City Trading": a title, no number */
        if (sh->in_context && sh->id[0])
            return 0; /* the document's own number wins over the mail's */
        if (!sh->id[0]) {
            memcpy(sh->id, id, sizeof(id));
            sheet_ref(sh, c, sh->id_ref);
        } else if (strcmp(sh->id, id) != 0) {
            char b[REF_MAX];

            sheet_ref(sh, c, b);
            sheet_doubt(sh, "two order numbers: %s (%s) and %s (%s)", sh->id, sh->id_ref, id, b);
        }
        return 0;
    }
    if (strcmp(f, "customer.name") == 0) {
        if (buyer_person(sh, v, n))
            return 0; /* "Buyer: Kevin Tremblay": the purchasing agent */
        return set_text(sh, &o->customer.name, f, v, scl_company_len(v, n), c);
    }
    if (strcmp(f, "customer.email") == 0)
        return set_text(sh, &o->customer.email, f, v, n, c);
    if (strcmp(f, "customer.phone") == 0)
        return set_text(sh, &o->customer.phone, f, v, n, c);
    if (strncmp(f, "ship_to.", 8) == 0 && pdfp_bracket_receiver(sh, c, v, n))
        return sh->oom ? OD_ENOMEM : 0; /* "…, Guyana (Rohan Persaud, +592 265 4410)" */
    if (strcmp(f, "ship_to.name") == 0 && contact_sentence(sh, v, sentence_len(v, n), &cp, &cph))
        f = "ship_to.address"; /* "Ship to: …, Samoa. Contact Tavita Leota +685 …": a place */
    if (strcmp(f, "ship_to.name") == 0) {
        size_t ph, pe = n, name_end = 0, at;
        bool weak = sh->label_cell && contact_label(sh->label_cell->text);
        bool more = false;

        /* "祁生福 电话0971-2723518 手机13897461102": the first number */
        if ((ph = sheet_glued_phones(v, n, &pe, &name_end, &more)) != 0 && more)
            two_numbers(sh, c, v + ph, trim_len(v, n) - ph);
        else if (!ph)
            ph = trailing_phone(v, n);
        more = false;

        if (ph && !(isdigit((unsigned char)v[ph]) || v[ph] == '+' || v[ph] == '('))
            ph = 0; /* "… cel. 987 654 321": the number starts after the word's dot */
        if (!ph && (ph = worded_phone(v, n, &pe, &name_end)) != 0 && pe < n)
            two_numbers(sh, c, v + ph, n - ph);
        if (!ph && (ph = noted_phones(v, n, &pe, &more)) != 0 && more)
            two_numbers(sh, c, v + ph, trim_len(v, n) - ph);
        if (!ph && (ph = spaced_phones(v, n, &pe)) != 0)
            two_numbers(sh, c, v + ph, trim_len(v, n) - ph);
        if (ph && (at = inner_phone(v, ph, &pe)) != 0) {
            /* "虞海军  手机 138…  仓库 0580-…": the first is the receiver's */
            two_numbers(sh, c, v + at, n - at);
            ph = at;
        }
        at = ph ? 0 : company_then_address(v, n);

        if (at) { /* the company's name and the address on one line: the address */
            if (!sh->site_line[0] && !o->ship_to.address) {
                /* the company (and site) left out: held unless it is
                 * the customer's own name (sheet_site_doubt) */
                snprintf(sh->site_line, sizeof(sh->site_line), "%.*s", (int)trim_len(v, at), v);
                if (sh->site_line[strlen(sh->site_line) - 1] == ',')
                    sh->site_line[strlen(sh->site_line) - 1] = '\0';
                sheet_ref(sh, c, sh->site_ref);
                sh->site_inline = true;
            }
            return set_text(sh, &o->ship_to.address, "ship_to.address", v + at, n - at, c);
        }
        if (!ph && mail_address_shape(v, n, false))
            return set_text(sh, &o->ship_to.address, "ship_to.address", v, n, c);
        if (o->ship_to.name && sh->ship_name_weak && !weak && !sh->in_context) {
            free(o->ship_to.name); /* 收货人 outranks 联系人 */
            o->ship_to.name = NULL;
        }
        if (ph && o->ship_to.phone && sh->phone_bare && !sh->in_context) {
            /* "Tel: +95 1 378 221" at the letterhead, then "Contact: U Kyaw
             * Zin +95 9 250 774 118": the number beside the receiver's
             * name is the receiver's */
            free(o->ship_to.phone);
            o->ship_to.phone = NULL;
        }
        if (ph && !o->ship_to.phone) {
            if (set_text(sh, &o->ship_to.phone, "ship_to.phone", v + ph, pe - ph, c) < 0)
                return OD_ENOMEM;
            sh->phone_bare = false;
        }
        if (!o->ship_to.name)
            sh->ship_name_weak = weak;
        n = name_end ? name_end : ph ? drop_phone_word(sh, v, name_len(v, ph)) : n;
        if (ph && (at = trailing_phone(v, n)) != 0 && isdigit((unsigned char)v[at]) &&
            mail_person_line(v, trim_len(v, at)))
            /* "Ing. Luis Chan Pech  999 934 1122  cel. 999 155 6677":
             * the number before the second one's word is no part of
             * the name either */
            n = trim_len(v, at);
        if ((at = address_then_person(v, n)) != 0) {
            /* "…, Oromia, Ethiopia - Ato Dawit Bekele": the place is the
             * address, the person the name */
            if (set_text(sh, &o->ship_to.address, "ship_to.address", v,
                         name_len(v, mail_spaced_dash(v, at, NULL)), c) < 0)
                return OD_ENOMEM;
            v += at;
            n -= at;
            if (n > 4 && strncasecmp(v, "c/o ", 4) == 0) { /* "- c/o Ms. Joy Abellana" */
                v += 4;
                n -= 4;
            }
        } else if (comma_parts(v, n) && !ph && !o->ship_to.address && sh->label_cell &&
                   place_label(sh->label_cell->text)) {
            /* "Deliver to: Île Vanille Ltée, Warehouse, Riche Terre
             * Industrial Park, Port Louis": a place's label over three
             * comma-parted parts is the address; the receiver is named
             * apart ("Receiver: …"), else the order is held (sheet.c) */
            sh->address_for_name = true;
            return set_text(sh, &o->ship_to.address, "ship_to.address", v, n, c);
        } else if (comma_parts(v, n)) {
            char r[REF_MAX];

            sheet_ref(sh, c, r);
            sheet_doubt(sh,
                        "%s: the ship-to's name '%.*s' has three parts parted by commas, as an "
                        "address has: check the ship-to",
                        r, (int)n, v);
        }
        at = mail_name_after_title(v, n); /* "食堂管理员 鲍师傅": the person */
        return set_text(sh, &o->ship_to.name, f, v + at, n - at, c);
    }
    if (strcmp(f, "ship_to.phone") == 0) {
        const char *slash = memchr(v, '/', n);

        if (!o->ship_to.phone && !sh->in_context)
            sh->phone_bare = true;
        if (slash && !o->ship_to.phone && sh->g->kind != OD_GRID_PDF && phones_shape(v, n) &&
            trim_len(v, (size_t)(slash - v))) {
            /* "联系电话 | 0903-2516688 / 139 9930 2417": the first, held */
            two_numbers(sh, c, v, n);
            return set_text(sh, &o->ship_to.phone, f, v, trim_len(v, (size_t)(slash - v)), c);
        }
        return set_text(sh, &o->ship_to.phone, f, v, n, c);
    }
    if (strcmp(f, "ship_to.address") == 0) {
        size_t note = o->ship_to.address ? 0 : mail_address_note(v, n);

        if (note) { /* "…后门（早上9点前）": the time is a delivery note */
            size_t w = v[note] == '(' ? 1 : strlen("（"), k = trim_len(v, n) - note - 2 * w;

            if (!o->buyer_note &&
                set_text(sh, &o->buyer_note, "buyer_note", v + note + w, k, c) < 0)
                return OD_ENOMEM;
            sh->note_from_address = o->buyer_note != NULL;
            n = trim_len(v, note);
        }
        if (!o->ship_to.address) {
            const char *nm, *ph, *end;
            size_t nn, pn, m = sentence_len(v, n), at, tp, place;

            if ((at = contact_sentence(sh, v, m, &place, &tp)) != 0) {
                /* "…, Ethiopia. Contact Mr. Dawit Tesfaye +251 911 234
                 * 567.": the place, then who receives the goods */
                if (!o->ship_to.name && set_text(sh, &o->ship_to.name, "ship_to.name", v + at,
                                                 trim_len(v, tp) - at, c) < 0)
                    return OD_ENOMEM;
                if (!o->ship_to.phone &&
                    set_text(sh, &o->ship_to.phone, "ship_to.phone", v + tp, m - tp, c) < 0)
                    return OD_ENOMEM;
                return set_text(sh, &o->ship_to.address, f, v, place, c);
            }
            /* "…, 6595 Riazzino, Svizzera - sig. Marco Bernasconi, +41 91
             * 859 22 40.": the place, the person who takes the goods, the
             * phone (the sentence's full stop no part of it) */
            if ((tp = trailing_phone(v, m)) != 0 &&
                (isdigit((unsigned char)v[tp]) || v[tp] == '+' || v[tp] == '(') &&
                digit_count(v + tp, m - tp) >= 9 &&
                (at = address_then_person(v, trim_len(v, tp))) != 0 &&
                lower_in(v + at, trim_len(v, tp) - at)) {
                /* (not "…, Contagem - MG, 32210-130": a state and a
                 * postal code) */
                if (!o->ship_to.name && set_text(sh, &o->ship_to.name, "ship_to.name", v + at,
                                                 trim_len(v, tp) - at, c) < 0)
                    return OD_ENOMEM;
                if (!o->ship_to.phone) {
                    /* "210 412 5577 / 6944 123 456": the first is kept */
                    const char *sl = memchr(v + tp, '/', m - tp);
                    size_t first = sl ? trim_len(v + tp, (size_t)(sl - v - tp)) : m - tp;

                    if (sl)
                        two_numbers(sh, c, v + tp, m - tp);
                    if (set_text(sh, &o->ship_to.phone, "ship_to.phone", v + tp, first, c) < 0)
                        return OD_ENOMEM;
                }
                return set_text(sh, &o->ship_to.address, f, v,
                                name_len(v, mail_spaced_dash(v, at, NULL)), c);
            }
            if ((end = tr_addr_name_phone(v, v + n, &nm, &nn, &ph, &pn)) != NULL) {
                /* "… 吕强 13813588021": the recipient, not the address */
                if (o->ship_to.name &&
                    (strlen(o->ship_to.name) != nn || memcmp(o->ship_to.name, nm, nn) != 0))
                    sheet_doubt(sh, "the address ends with %.*s, but the recipient is %s", (int)nn,
                                nm, o->ship_to.name);
                if (!o->ship_to.name) {
                    if (set_text(sh, &o->ship_to.name, "ship_to.name", nm, nn, c) < 0)
                        return OD_ENOMEM;
                    sh->ship_name_weak = true; /* a labelled recipient outranks it */
                }
                if (set_text(sh, &o->ship_to.phone, "ship_to.phone", ph, pn, c) < 0)
                    return OD_ENOMEM;
                /* "… 江丽华 0597-5532018 / 13559762240": a second number */
                if (more_digits(ph + pn, v + n))
                    two_numbers(sh, c, ph, (size_t)(v + n - ph));
                n = (size_t)(end - v);
            } else {
                n = (size_t)(tr_drop_deliver_word(v, v + n) - v);
            }
        }
        return set_text(sh, &o->ship_to.address, f, v, n, c);
    }
    if (strcmp(f, "buyer_note") == 0) {
        if (sh->note_from_address) { /* a labelled note outranks the address's */
            free(o->buyer_note);
            o->buyer_note = NULL;
            sh->note_from_address = false;
        }
        return set_text(sh, &o->buyer_note, f, v, n, c);
    }
    if (strcmp(f, "placed_at") == 0) {
        od_time t;
        bool amb = false;

        if (o->placed_at != OD_TIME_NONE)
            return 0;
        if (c->type == OD_CELL_DATE && v == c->text &&
            od_time_parse(v, n,
                          sh->s->timezone && sh->s->timezone[0] ? sh->s->timezone : "Asia/Shanghai",
                          &t) == 0) {
            o->placed_at = t;
            sheet_source(sh, f, c);
        } else {
            unsigned regions = sheet_regions(sh);
            bool us = regions & MAIL_REGION_US, dayfirst = regions & MAIL_REGION_DAYFIRST;

            if (!mail_parse_date_order(sh->s, v, n, dayfirst && !us, &t, &amb))
                return 0;
            if (amb && us == dayfirst) {
                od_time df;
                bool a2;
                int told = mail_parse_date_order(sh->s, v, n, true, &df, &a2)
                               ? date_told_elsewhere(sh, c, v, n, t, df)
                               : 0;

                if (told > 0)
                    t = df;
                amb = told == 0;
            }
            o->placed_at = t;
            sheet_source(sh, f, c);
            if (amb && us == dayfirst) {
                char r[REF_MAX];

                sheet_ref(sh, c, r);
                sheet_doubt(sh,
                            "%s: the date %.*s could be read day first or month first; read as "
                            "month first",
                            r, (int)n, v);
            }
        }
        return 0;
    }
    if (strcmp(f, "currency") == 0) {
        const char *code = mail_currency_code(v, n), *dash = memchr(v, '-', n);

        /* an ERP's currency id: a prefix, a dash, the mark ("Z-US$",
         * "Z-EURO" in Dynamics GP) */
        if (!code && dash && (size_t)(dash - v) <= 3)
            code = mail_currency_code(dash + 1, n - (size_t)(dash + 1 - v));
        if (code && !o->currency[0]) {
            snprintf(o->currency, sizeof(o->currency), "%s", code);
            sheet_source(sh, f, c);
        } else if (!code && n && !o->currency[0] && !sh->currency_doubt) {
            char r[REF_MAX];

            /* a currency stated but not understood: never the default */
            sh->currency_doubt = true;
            sheet_ref(sh, c, r);
            sheet_doubt(sh, "%s: the currency '%.*s' is not one orderd knows: check the currency",
                        r, (int)n, v);
        }
        return 0;
    }
    if (strcmp(f, "total") == 0) {
        od_money m;

        if (sheet_amount(sh, v, n, &m) != 0)
            return 0;
        if (sh->stated_total == OD_MONEY_NONE || (sh->total_is_sub && c != sh->total_cell) ||
            (c != sh->total_cell && grand_total(sh, m))) {
            sh->stated_total = m;
            sh->total_cell = c;
            sheet_ref(sh, c, sh->total_ref);
            sh->total_is_sub = false;
        } else if (c != sh->total_cell && m != sh->stated_total && !sh->later_total_cell) {
            /* perhaps after a charge the label reader does not take */
            sh->later_total = m;
            sh->later_total_cell = c;
        }
        return 0;
    }
    if (strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0) {
        od_money m, *dst = f[0] == 's' ? &o->shipping : f[0] == 't' ? &o->tax : &o->discount;

        if (*dst == OD_MONEY_NONE && sheet_amount(sh, v, n, &m) == 0) {
            *dst = m < 0 ? -m : m; /* a discount written "-10.00" */
            sheet_source(sh, f, c);
        }
        return 0;
    }
    return 0;
}

/* Labels of printed forms that the shared tables leave out because
 * in a mail's text they name something else ("Date:" heads a quoted
 * message; 单据编号 is any document's number): on a purchase order form
 * they are the form's own date and number. Folded compare. */
static const struct {
    const char *field, *label;
} form_labels[] = {
    {"external_id", "单据编号"},
    {"external_id", "单据号"},
    {"external_id", "单号"},
    {"external_id", "單號"},
    {"external_id", "單據編號"},
    {"placed_at", "date"},
    {"placed_at", "dated"},
    {"placed_at", "单据日期"},
    {"placed_at", "制单日期"},
    {"placed_at", "日期"},
    {"placed_at", "postingdate"},
    {"placed_at", "documentdate"},
    {"external_id", "orderreference"},
    /* Italian "Ordine | ORD-TI-0804" (in a text, "Ordine 100 pezzi") */
    {"external_id", "ordine"},
    /* the warehouse that receives the goods is where they go */
    {"ship_to.address", "收货仓库"},
    {"ship_to.address", "送货仓库"},
    /* the company the invoice is made out to is the buyer */
    {"customer.name", "发票抬头"},
    {"customer.name", "开票抬头"},
    {"customer.name", "开票单位"},
    {"customer.name", "开票名称"},
    {"customer.name", "发票开"},
    /* who takes the goods in at a site or a store: the recipient */
    {"ship_to.name", "storekeeper"},
    {"ship_to.name", "sitestorekeeper"},
    {"ship_to.name", "receiving"},
    {"ship_to.name", "材料员"},
    /* a form's own number at its head (编号：HT-DH-027-0310) */
    {"external_id", "编号"},
    {"external_id", "編號"},
    /* delivery and receiving in Portuguese and Greek */
    {"ship_to.address", "entrega"},
    {"ship_to.address", "localdeentrega"},
    {"ship_to.address", "endereçodeentrega"},
    {"ship_to.name", "recebimento"},
    /* and in Spanish: "Entregar en:", "Lugar de entrega:", "Recibe:" */
    {"ship_to.address", "entregaren"},
    {"ship_to.address", "lugardeentrega"},
    {"ship_to.name", "recibe"},
    {"external_id", "ordendecompra"},
    {"external_id", "ordendecompran°"},
    {"external_id", "ordendecompranº"},
    {"ship_to.address", "Παράδοση"},
    {"ship_to.name", "Υπεύθυνος"},
};

/* A form label at the start of `t`: the whole cell, or followed by ':'
 * or '：' and the value. */
const char *mail_form_label(const char *t, size_t *value_off)
{
    size_t n = strlen(t);

    for (size_t i = 0; i < sizeof(form_labels) / sizeof(form_labels[0]); i++) {
        const char *l = form_labels[i].label;
        size_t k = strlen(l);
        char folded[64];
        size_t cut = n;
        const char *colon = strstr(t, ":");
        const char *wide = strstr(t, "：");

        if (wide && (!colon || wide < colon))
            colon = wide;
        if (colon)
            cut = (size_t)(colon - t);
        if (!colon && (unsigned char)l[0] >= 0x80 && strchr(t, ' ')) {
            /* "日期 2026/12/12", "单号 TX-1212": a Chinese label and its
             * value after a space, in one cell */
            const char *sp = strchr(t, ' ');

            if (mail_label_fold(t, (size_t)(sp - t), folded, sizeof(folded)) == k &&
                memcmp(folded, l, k) == 0) {
                while (*sp == ' ')
                    sp++;
                *value_off = (size_t)(sp - t);
                return form_labels[i].field;
            }
        }
        if (mail_label_fold(t, cut, folded, sizeof(folded)) != k || memcmp(folded, l, k) != 0)
            continue;
        *value_off = n;
        if (colon) {
            const char *v = colon + (*colon == ':' ? 1 : strlen("："));

            while (*v == ' ')
                v++;
            *value_off = (size_t)(v - t);
        }
        return form_labels[i].field;
    }
    return NULL;
}

/* SAP Business One's "Document Number" (beside its "Posting Date"),
 * MYOB's "Purchase #" and Tally's "Voucher No.": the order number of a printed form, in the next
 * cell or after a colon. Not a form label (mail_form_label): a list's
 * first row with "Document Number" (NetSuite) is no order list for the
 * feed's parser. The field, with the value's offset; NULL when none. */
static const char *erp_number_label(const char *t, size_t *value_off)
{
    static const char *const words[] = {"documentnumber", "documentno", "purchase",
                                        "purchaseno",     "voucherno",  NULL};
    const char *colon = strchr(t, ':');
    size_t n = colon ? (size_t)(colon - t) : strlen(t);
    char f[64];
    size_t k = mail_label_fold(t, n, f, sizeof(f)), i = 0;

    while (words[i] && !(strlen(words[i]) == k && memcmp(f, words[i], k) == 0))
        i++;
    if (!words[i])
        return NULL;
    for (*value_off = colon ? n + 1 : n; t[*value_off] == ' ';)
        (*value_off)++;
    return "external_id";
}

/* "DELIVERY: Punjab Salt Crafts, Warehouse 2, …, Sialkot, Pakistan": a
 * delivery's word and a colon before a value of an address's shape
 * (mail_address_shape) is the ship-to address; the same word before a
 * date or terms ("Delivery: 15 May", "Delivery: FOB") is no address.
 * The field, with the value's offset; NULL when the cell is no such. */
static const char *delivery_place(const char *t, size_t *value_off)
{
    static const char *const w[] = {"delivery", "livraison", "lieferung", "consegna", NULL};

    for (size_t i = 0; w[i]; i++) {
        size_t k = strlen(w[i]);
        const char *v = t + k;

        if (strncasecmp(t, w[i], k) != 0)
            continue;
        while (*v == ' ')
            v++;
        if (*v == ':')
            v++;
        else if (strncmp(v, "：", strlen("：")) == 0)
            v += strlen("：");
        else
            continue;
        while (*v == ' ')
            v++;
        if (!*v || !mail_address_shape(v, strlen(v), false))
            return NULL;
        *value_off = (size_t)(v - t);
        return "ship_to.address";
    }
    return NULL;
}

/* A printed form's number or date mark and its value in one cell, with
 * a space and no colon between them: "N° BC-2026-157", "No. 4711-A",
 * "Nr. 2026/0977" (a token of four or more characters with a digit;
 * "N°" and "Nº" also after the form's title in capitals: "PEDIDO DE
 * COMPRA Nº 000.457") and "du 17/12/2026", "vom 17.12.2026", "dated 17 Dec 2026" (the
 * form's date; a value that reads as no date is left). The field, with
 * the value's offset; NULL when the cell is no such mark. */
static const char *form_mark(const char *t, size_t *value_off)
{
    static const struct {
        const char *field, *mark;
    } marks[] = {
        {"external_id", "N°"},  {"external_id", "Nº"},  {"external_id", "N.º"},
        {"external_id", "No."}, {"external_id", "Nr."}, {"placed_at", "du"},
        {"placed_at", "vom"},   {"placed_at", "dated"},
    };
    const char *p;

    /* "PEDIDO DE COMPRA Nº 000.457": the form's title in capitals first */
    for (size_t i = 0; i < 3; i++)
        if ((p = strstr(t, marks[i].mark)) && p > t && p[-1] == ' ') {
            const char *q = t, *f;

            while (q < p && !(*q >= 'a' && *q <= 'z') && !(*q >= '0' && *q <= '9'))
                q++;
            f = q == p ? form_mark(p, value_off) : NULL;
            if (f && f[0] == 'e') {
                *value_off += (size_t)(p - t);
                return marks[i].field;
            }
        }
    for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
        size_t k = strlen(marks[i].mark), v = k;

        if (strncasecmp(t, marks[i].mark, k) != 0 || t[k] != ' ')
            continue;
        while (t[v] == ' ')
            v++;
        if (!strpbrk(t + v, "0123456789"))
            return NULL;
        if (marks[i].field[0] == 'e' && (strchr(t + v, ' ') || strlen(t + v) < 4))
            return NULL;
        *value_off = v;
        return marks[i].field;
    }
    /* "Order Date Sep 4, 2027" (Sage 50): the order date's label of one
     * to three words and a date after a space; a receiver's label and a
     * person with a phone after a space */
    for (const char *sp = strchr(t, ' '); sp && sp - t <= 32; sp = strchr(sp + 1, ' ')) {
        const char *f = mail_order_field(NULL, t, (size_t)(sp - t)), *v = sp;
        od_time w;

        size_t vn, ph;

        if (!f || (strcmp(f, "placed_at") != 0 && strcmp(f, "ship_to.name") != 0))
            continue;
        while (*v == ' ')
            v++;
        vn = strlen(v);
        /* "Attn U Kyaw Min Htet 09 450 112 233" (SAP Business One): a
         * receiver's label, a person and a phone */
        if (*v && (f[0] == 'p' ? mail_parse_date(NULL, v, vn, &w)
                               : (ph = trailing_phone(v, vn)) != 0 &&
                                     mail_person_line(v, trim_len(v, ph)))) {
            *value_off = (size_t)(v - t);
            return f;
        }
    }
    return NULL;
}

static bool is_label(const struct sheet *sh, const struct od_cell *c)
{
    size_t off;

    return mail_label_at(sh->s, c->text, strlen(c->text), &off) ||
           mail_order_field(sh->s, c->text, strlen(c->text)) || mail_form_label(c->text, &off) ||
           form_mark(c->text, &off);
}

/* "2200 E. Dominguez St." and "Long Beach, CA 90810": one address. */
static int append_line(char **field, const char *t)
{
    size_t a = strlen(*field), b = strlen(t);
    char *j = realloc(*field, a + b + 3);

    if (!j)
        return OD_ENOMEM;
    memcpy(j + a, ", ", 2);
    memcpy(j + a + 2, t, b + 1);
    *field = j;
    return 0;
}

/* PDF: the cell beside a label stands in another column of the page
 * (more than 100 points right of the label: "Deliver to:" at the left
 * margin, "Payment  90 days" in a box at the right) while the line under
 * the label starts where it starts and is no label: the label heads the
 * block below, and the cell beside it is none of its value. */
static bool other_column(const struct sheet *sh, const struct od_cell *label,
                         const struct od_cell *next)
{
    const struct od_cell *d;

    if (sh->g->kind != OD_GRID_PDF || next->x0 - label->x1 <= 100)
        return false;
    d = below(sh, label);
    return d && (d->x0 > label->x0 ? d->x0 - label->x0 : label->x0 - d->x0) < 4 && !is_label(sh, d);
}

/* "Attn: Hannah Lee" under a block's first line that reads as a person
 * too ("Brightsmile Dental Lab"): the contact line names a person (a
 * phone after the name may follow) other than that line. */
static bool attn_person(const char *v, const char *first)
{
    size_t n = strlen(v), ph = trailing_phone(v, n);

    if (ph)
        n = trim_len(v, ph);
    return n && mail_person_line(v, n) && !(strlen(first) == n && strncmp(first, v, n) == 0);
}

/* A line that ends a sentence ("谢谢！", "Thank you.") */
static bool sentence_end(const char *t)
{
    static const char *const ends[] = {"。", "！", "？", "!", "?", "～", NULL};
    size_t n = strlen(t);

    for (size_t i = 0; ends[i]; i++) {
        size_t k = strlen(ends[i]);

        if (n >= k && strcmp(t + n - k, ends[i]) == 0)
            return true;
    }
    return false;
}

/* An address's label over a block ("Adresse de livraison :" over the
 * name of the place, the street and the town): the lines under its
 * first one, up to a blank line, a label or a sentence, are the
 * address's next lines; a phone among them is the phone. */
static int address_lines(struct sheet *sh, const struct od_cell *c)
{
    int rc = 0;

    if (!sh->o->ship_to.address || strcmp(sh->o->ship_to.address, c->text) != 0)
        return 0; /* the first line was not taken as it is */
    for (int k = 0; k < 4 && rc == 0; k++) {
        const char *t;

        if (!(c = below(sh, c)) || is_label(sh, c) || sentence_end(c->text))
            break;
        t = c->text + phone_word(c->text);
        if (phone_shape(t, strlen(t)))
            rc = take(sh, "ship_to.phone", t, c);
        else
            rc = append_line(&sh->o->ship_to.address, c->text);
    }
    return rc;
}

/* A label over a block of cells ("SHIP TO" over the name, the address
 * lines and the phone): the value is the cell below; for a name, the
 * cells under it give the phone (by its shape) and the address. */
static int take_block(struct sheet *sh, const char *f, const struct od_cell *label)
{
    const struct od_cell *c = below(sh, label);
    bool ship = strcmp(f, "ship_to.name") == 0;
    int rc;

    if (!c || is_label(sh, c))
        return 0;
    if ((rc = take(sh, f, c->text, c)) < 0)
        return rc;
    if (strcmp(f, "ship_to.address") == 0)
        return address_lines(sh, c);
    if (!ship && strcmp(f, "customer.name") != 0)
        return rc;
    for (int k = 0; k < 6 && rc == 0; k++) {
        const char *t;
        size_t off;

        if (!(c = below(sh, c)))
            break;
        t = c->text;
        if (ship && contact_label(t) && mail_label_at(sh->s, t, strlen(t), &off) &&
            off < strlen(t) && sh->o->ship_to.name &&
            (company_shape(sh->o->ship_to.name) ||
             !mail_person_line(sh->o->ship_to.name, strlen(sh->o->ship_to.name)) ||
             attn_person(t + off, sh->o->ship_to.name))) {
            /* "Attn: Receiving - Daniel Clark" under the company: the
             * person (after a department and " - ") receives the goods */
            const char *p = t + off, *dash;

            size_t pn, ph;

            while ((dash = strstr(p, " - ")))
                p = dash + 3;
            pn = strlen(p);
            ph = trailing_phone(p, pn); /* "Contact: Claire Dubois +33 5 57 55 01 23" */
            const struct od_cell *nx = c + 1;
            char *company = sh->o->ship_to.name;

            if (ph &&
                (rc = set_text(sh, &sh->o->ship_to.phone, "ship_to.phone", p + ph, pn - ph, c)) < 0)
                return rc;
            if (!ph && nx < sh->g->cells + sh->g->n && nx->row == c->row &&
                phone_shape(nx->text, strlen(nx->text)) &&
                (rc = take(sh, "ship_to.phone", nx->text, nx)) < 0)
                return rc; /* "Attn: Megan Robson | 0191 487 3310" */
            sh->o->ship_to.name = NULL;
            rc =
                set_text(sh, &sh->o->ship_to.name, "ship_to.name", p, ph ? trim_len(p, ph) : pn, c);
            if (rc == 0 && company && sh->o->ship_to.address && strcasestr(company, " c/o ")) {
                /* "Fernwood Ltd c/o Tyne Fulfilment" over the address: the
                 * care-of line is the address's first line */
                char *a = sh->o->ship_to.address;

                sh->o->ship_to.address = company;
                company = NULL;
                rc = append_line(&sh->o->ship_to.address, a);
                free(a);
            }
            if (company && !sh->site_line[0]) {
                snprintf(sh->site_line, sizeof(sh->site_line), "%s", company);
                sheet_ref(sh, below(sh, label), sh->site_ref);
            }
            free(company);
            continue;
        }
        if (is_label(sh, c))
            break;
        t += phone_word(t); /* "Tel 604-555-0181" */
        if (phone_shape(t, strlen(t)))
            rc = take(sh, ship ? "ship_to.phone" : "customer.phone", t, c);
        else if (ship && !sh->o->ship_to.address)
            rc = take(sh, "ship_to.address", t, c);
        else if (ship && sh->o->ship_to.phone == NULL)
            rc = append_line(&sh->o->ship_to.address, t); /* the address's next line */
    }
    return rc;
}

/* A Chinese label closed by a colon right after Chinese text, after
 * Chinese punctuation or after one space ("…保税路66号百济物流中心收货人：
 * 冉晓燕", a PDF line whose spaces next to Chinese were too narrow to
 * keep; "收货人：赵云飞，电话：0871-6718 2290"; "…成品仓 收货人：蒋丽华");
 * 0 when none. */
static int glued_label(const struct sheet *sh, const char *v)
{
    const char *z = v + strlen(v);

    for (const char *p = v + 3; p < z && p - v < 4096; p++) {
        const char *q = *(p - 1) == ' ' ? p - 1 : p;
        size_t off;

        if (q - v < 3 ||
            !(cjk_at(q - 3, z) || before(v, q, "，") || before(v, q, "；") || before(v, q, "。")))
            continue;
        if (!cjk_at(p, z) || !mail_label_at(sh->s, p, (size_t)(z - p), &off) ||
            off >= (size_t)(z - p))
            continue;
        for (size_t i = 0; i < off; i++)
            if (p[i] == ':' || at(p + i, p + off, "："))
                return (int)(p - v);
    }
    return 0;
}

/* Where a second label starts in a label's value, after a gap of two
 * spaces or more ("山东省青岛市… 泰隆实业仓库    收货人：韩雪"), or glued
 * to Chinese text before it; 0 when none. */
static int next_label(const struct sheet *sh, const char *v)
{
    const char *gap = v;
    int glued = glued_label(sh, v);

    while ((gap = strstr(gap, "  ")) && (!glued || gap - v < glued)) {
        size_t off;
        const char *p = gap;

        while (*p == ' ')
            p++;
        if (*p && mail_label_at(sh->s, p, strlen(p), &off) && off < strlen(p) && p - v < 4096)
            return (int)(p - v);
        gap = p;
    }
    return glued;
}

/* A cell that starts with a label no list knows, closed by a colon
 * ("收料组织：大通生产基地"), then a known label after it (next_label:
 * "收货地址：青海省…"): where the known one starts; 0 when none. */
static size_t unknown_then_label(const struct sheet *sh, const char *t)
{
    const char *colon = strstr(t, "："), *ascii = strchr(t, ':');
    int k;

    if (ascii && (!colon || ascii < colon))
        colon = ascii;
    if (!colon || colon == t || colon - t > 24 || digit_count(t, (size_t)(colon - t)))
        return 0;
    k = next_label(sh, t);
    return k > 0 && t + k > colon ? (size_t)k : 0;
}

/* "总金额（含税含运费）：¥3,200.00", "Total (incl. freight): 1,759.00": a
 * label with a bracketed qualifier before its colon. The cell without
 * the qualifier goes to `buf`; the field, with *off where the value
 * starts in `buf`. */
static const char *bracketed_label(const struct sheet *sh, const char *t, char *buf, size_t cap,
                                   size_t *off)
{
    const char *open = strstr(t, "（"), *close, *inner, *f;
    const char *ascii = strchr(t, '(');
    size_t k, rest;

    if (ascii && (!open || ascii < open)) {
        open = ascii;
        close = strchr(open, ')');
        if (close)
            close += 1;
    } else {
        close = open ? strstr(open, "）") : NULL;
        if (close)
            close += strlen("）");
    }
    if (!open || !close || open == t || !(*close == ':' || strncmp(close, "：", strlen("：")) == 0))
        return NULL;
    k = (size_t)(open - t);
    rest = strlen(close);
    if (k + rest + 1 > cap)
        return NULL;
    memcpy(buf, t, k);
    memcpy(buf + k, close, rest + 1);
    if ((f = mail_label_at(sh->s, buf, k + rest, off)))
        return f;
    /* "甲方（需方）：…": a party's name with the label in brackets */
    inner = open + (*open == '(' ? 1 : strlen("（"));
    k = (size_t)(close - inner) - (*open == '(' ? 1 : strlen("）"));
    if (k == 0 || k + rest + 1 > cap)
        return NULL;
    memcpy(buf, inner, k);
    memcpy(buf + k, close, rest + 1);
    return mail_label_at(sh->s, buf, k + rest, off);
}

/* Take a label's value, or two when a second label starts in it
 * ("收货地址：… 收货人：韩雪 0532-…"). */
static int take_value(struct sheet *sh, const char *f, const char *v, const struct od_cell *c)
{
    char first[512];
    int k = next_label(sh, v);
    size_t off = 0;
    int rc;

    if (k <= 0)
        return take(sh, f, v, c);
    if ((size_t)k < sizeof(first)) {
        memcpy(first, v, (size_t)k);
        first[trim_len(first, (size_t)k)] = '\0';
        if ((rc = take(sh, f, first, c)) < 0)
            return rc;
    }
    v += k;
    f = mail_label_at(sh->s, v, strlen(v), &off);
    return take(sh, f, v + off, c);
}

/* A contact's label in the supplier's block: under a row that a
 * supplier label starts (Vendor, 供应商), with only contact labels
 * between ("Vendor | Hengda …" over "Contact Person | Zhou Min"): the
 * supplier's contact, not who receives the goods. */
static bool in_supplier_block(const struct sheet *sh, const struct od_cell *label)
{
    for (uint32_t up = label->row; up-- > 0 && label->row - up <= 3;) {
        struct row_range r = sheet_row_cells(sh->g, up);
        const struct od_cell *c = r.a < r.z ? &sh->g->cells[r.a] : NULL;
        size_t off;
        const char *f;

        if (!c || c->col != label->col)
            return false;
        if (supplier_word(c->text)) {
            /* the row is the supplier's alone (no buyer's label beside it) */
            for (size_t i = r.a + 1; i < r.z; i++)
                if (is_label(sh, &sh->g->cells[i]))
                    return false;
            return true;
        }
        f = mail_label_at(sh->s, c->text, strlen(c->text), &off);
        if (!f)
            f = mail_order_field(sh->s, c->text, strlen(c->text));
        if (!f || !(contact_label(c->text) || strcmp(f, "ship_to.phone") == 0))
            return false;
    }
    return false;
}

/* "TOTAL CAD", "Freight EUR", "TOTAL u$s": an amount's label with the
 * currency's code (in capitals) or mark (with its sign: US$, u$s, €)
 * after it, the amount in the next cell. The field, else NULL. */
static const char *currency_label(const struct sheet *sh, const char *t)
{
    const char *sp = strrchr(t, ' '), *f;
    size_t k;
    bool sign;

    if (!sp || !mail_currency_code(sp + 1, strlen(sp + 1)))
        return NULL;
    sign = strpbrk(sp + 1, "$") || strstr(sp + 1, "€") || strstr(sp + 1, "£");
    for (const char *p = sp + 1; *p && !sign; p++)
        if (*p < 'A' || *p > 'Z' || strlen(sp + 1) != 3)
            return NULL;
    k = trim_len(t, (size_t)(sp - t));
    f = k ? mail_order_field(sh->s, t, k) : NULL;
    if (f && (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
              strcmp(f, "discount") == 0))
        return f;
    return NULL;
}

/* "附件是导出的采购单（单据编号 0012608），收货地址：": a label that ends
 * a sentence, after its last ，/。/；, with nothing after its colon; its
 * value is on the line below. The field, else NULL. */
static const char *trailing_label(const struct sheet *sh, const char *t)
{
    static const char *const breaks[] = {"，", "。", "；"};
    const char *cut = NULL, *f;
    size_t n = strlen(t), off = 0;

    if (n < 4 || (strcmp(t + n - 3, "：") != 0 && t[n - 1] != ':'))
        return NULL;
    for (size_t b = 0; b < sizeof(breaks) / sizeof(breaks[0]); b++)
        for (const char *p = strstr(t, breaks[b]); p; p = strstr(p + 3, breaks[b]))
            if (!cut || p + 3 > cut)
                cut = p + 3;
    if (!cut || !*cut)
        return NULL;
    f = mail_label_at(sh->s, cut, strlen(cut), &off);
    return f && !cut[off] ? f : NULL;
}

/* "PO number/date | 4500318842 / 02.12.2026", "单号/日期 | CG-1 / 2026-12-02":
 * one label cell naming two fields, its value cell the two values with
 * " / " between them. Both are taken; false when the cells are not so. */
static bool paired_label(struct sheet *sh, const struct od_cell *c, const struct od_cell *vc,
                         int *rc)
{
    const char *t = c->text, *slash = strrchr(t, '/'), *f1, *f2, *v = vc ? vc->text : NULL, *vs;
    char first[256];
    size_t off = 0, k;

    if (!slash || !v || !(vs = strstr(v, " / ")) || strstr(vs + 3, " / "))
        return false;
    k = (size_t)(slash - t);
    f2 = mail_order_field(sh->s, slash + 1, strlen(slash + 1));
    f1 = mail_label_at(sh->s, t, k, &off);
    if (!f1 || off < k)
        f1 = mail_order_field(sh->s, t, k);
    if (!f1 || !f2 || strcmp(f1, f2) == 0 || (size_t)(vs - v) >= sizeof(first))
        return false;
    memcpy(first, v, (size_t)(vs - v));
    first[vs - v] = '\0';
    *rc = take(sh, f1, first, vc);
    if (*rc == 0)
        *rc = take(sh, f2, vs + 3, vc);
    return true;
}

/* "5%", "19 %": a rate alone. */
static bool rate_only(const char *t)
{
    size_t d = strspn(t, "0123456789.,");

    return d && (strcmp(t + d, "%") == 0 || strcmp(t + d, " %") == 0);
}

/* "營業稅 5%", "VAT 20 %": a tax or discount label with its rate, the
 * amount in the next cell. */
static const char *rated_charge(const struct sheet *sh, const char *t, size_t *off)
{
    size_t n = strlen(t), k = n;
    const char *f;

    if (sh->g->kind != OD_GRID_PDF)
        return NULL;
    while (k > 0 && t[k - 1] != ' ')
        k--;
    if (strcmp(t + k, "%") == 0) /* "19 %": the number is the word before */
        for (k = trim_len(t, k); k > 0 && t[k - 1] != ' ';)
            k--;
    if (k == 0 || !rate_only(t + k))
        return NULL;
    f = mail_order_field(sh->s, t, trim_len(t, k));
    if (!f || (strcmp(f, "tax") != 0 && strcmp(f, "discount") != 0))
        return NULL;
    *off = n;
    return f;
}

/* The number of a contract's clause before its label: "三、", "十二、",
 * "3、", "3. ", "(3)", "（三）". Its length in bytes, 0 when none. */
static size_t clause_mark(const char *t)
{
    static const char cn[] = "一二三四五六七八九十";
    size_t k = 0, open = 0;

    if (t[0] == '(')
        open = 1;
    else if (strncmp(t, "（", strlen("（")) == 0)
        open = strlen("（");
    k = open;
    if (t[k] >= '0' && t[k] <= '9') {
        while (t[k] >= '0' && t[k] <= '9' && k < open + 2)
            k++;
    } else {
        for (bool hit = true; hit && k < open + 9;) {
            hit = false;
            for (size_t j = 0; j + 3 <= sizeof(cn) - 1 && !hit; j += 3)
                hit = strncmp(t + k, cn + j, 3) == 0;
            k += hit ? 3 : 0;
        }
    }
    if (k == open)
        return 0;
    if (open == 1 && t[k] == ')')
        k++;
    else if (open > 1 && strncmp(t + k, "）", strlen("）")) == 0)
        k += strlen("）");
    else if (!open && strncmp(t + k, "、", strlen("、")) == 0)
        k += strlen("、");
    else if (!open && t[k] == '.' && !(t[k + 1] >= '0' && t[k + 1] <= '9'))
        k++;
    else
        return 0;
    while (t[k] == ' ')
        k++;
    return t[k] ? k : 0;
}

/* "Deliver to: Burren Soap Company, Unit 4, …" over "Niamh O'Brien
 * 065 707 1450", alone in its row: a ship-to label and the address in
 * one cell, the line under it a person and a phone (no label): the
 * receiver, when none was read. 0 or OD_ENOMEM. */
static int person_below(struct sheet *sh, const struct od_cell *c)
{
    const struct od_cell *b = below(sh, c);
    struct row_range r;
    size_t n, ph;

    if (!b || sh->o->ship_to.name || sh->o->ship_to.phone || is_label(sh, b) ||
        b->row != c->row + 1)
        return 0;
    r = sheet_row_cells(sh->g, b->row);
    n = strlen(b->text);
    if (r.z - r.a != 1 || !(ph = trailing_phone(b->text, n)) ||
        !mail_titled_person(b->text, trim_len(b->text, ph))) /* "仓管 林文彬 180 …" */
        return 0;
    return take(sh, "ship_to.name", b->text, b);
}

static int read_labels_in_row(struct sheet *sh, struct row_range r)
{
    char qualified[256];

    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i], *vc;
        const char *t = c->text;
        size_t off = 0, mark = clause_mark(t);
        const char *f = sheet_receiver_label(t, &off);
        int rc;

        if (!f)
            f = mail_label_at(sh->s, t, strlen(t), &off);

        if (!f && mark && (f = mail_label_at(sh->s, t + mark, strlen(t + mark), &off)))
            t += mark; /* "三、交货地点：…": a contract's clause */
        if (!f) {
            f = mail_order_field(sh->s, t, strlen(t));
            off = strlen(t);
        }
        if (!f)
            f = rated_charge(sh, t, &off);
        if (!f)
            f = mail_form_label(t, &off);
        if (!f && !(f = form_mark(t, &off)))
            f = scl_title_number(t, &off);
        if (!f && !(f = delivery_place(t, &off)))
            f = scl_delivery_cell(sh, i, &off);
        if (!f)
            f = erp_number_label(t, &off);
        if (!f && (mark = unknown_then_label(sh, t)) != 0 &&
            (f = mail_label_at(sh->s, t + mark, strlen(t + mark), &off)))
            t += mark; /* "收料组织：大通生产基地 收货地址：…" */
        if (!f && (f = currency_label(sh, t)))
            off = strlen(t);
        if (!f && (f = sheet_bilingual_field(sh, t, strlen(t))))
            off = strlen(t); /* "Leveradres / Livraison": either half */
        if (!f && (f = trailing_label(sh, t))) {
            sh->label_cell = c;
            if ((rc = take_block(sh, f, c)) < 0)
                return rc;
            continue;
        }
        if (!f && paired_label(sh, c, next_in_row(sh, i), &rc)) {
            if (rc < 0)
                return rc;
            sh->label_cell = c;
            i++;
            continue;
        }
        if (!f && (f = bracketed_label(sh, t, qualified, sizeof(qualified), &off))) {
            sh->label_cell = c;
            if ((rc = take(sh, f, qualified + off, c)) < 0)
                return rc;
            continue;
        }
        if (!f ||
            ((contact_label(t) || strcmp(f, "ship_to.phone") == 0) && in_supplier_block(sh, c)))
            continue;
        sh->label_cell = c;
        if (off < strlen(t)) {
            /* "收貨：黃志強 | 9123 4561": a person under an address's
             * label (收貨, "Delivery") is who receives the goods */
            if (strcmp(f, "ship_to.address") == 0) {
                size_t vn = strlen(t + off), ph = trailing_phone(t + off, vn);

                if (mail_person_line(t + off, ph ? trim_len(t + off, ph) : vn))
                    f = "ship_to.name";
            }
            rc = take_value(sh, f, t + off, c);
            if (rc == 0 && (strcmp(f, "ship_to.address") == 0 || strcmp(f, "ship_to.name") == 0))
                rc = sheet_person_beside(sh, c, person_below(sh, c));
            vc = next_in_row(sh, i);
            /* "Teslim Alan: Mehmet Yıldız | +90 342 337 2210": the
             * receiver's phone in the cell beside */
            if (rc == 0 && vc && strcmp(f, "ship_to.name") == 0 && !sh->o->ship_to.phone &&
                phones_shape(vc->text, strlen(vc->text))) {
                rc = take(sh, "ship_to.phone", vc->text, vc);
                i++;
            }
        } else {
            /* the value is in the next cell, or below */
            vc = next_in_row(sh, i);
            if (vc && (is_label(sh, vc) || other_column(sh, c, vc)))
                vc = NULL;
            if (vc && (strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0) &&
                rate_only(vc->text) && next_in_row(sh, i + 1)) {
                vc = next_in_row(sh, ++i); /* "營業稅 | 5% | 5,090": the amount after the rate */
            }
            if (vc) {
                rc = take_value(sh, f, vc->text, vc);
                i++;
                /* "Ship To | Mark Smith | 3/55 Export Drive, ... | +61 ...": the
                 * cells after the name give the address and the phone */
                while (rc == 0 && strcmp(f, "ship_to.name") == 0 && i + 1 < r.z &&
                       !is_label(sh, &sh->g->cells[i + 1])) {
                    const struct od_cell *more = &sh->g->cells[++i];

                    const char *slash = strchr(more->text, '/');

                    if (phone_shape(more->text, strlen(more->text)))
                        rc = take(sh, "ship_to.phone", more->text, more);
                    else if (slash && !sh->o->ship_to.phone &&
                             phones_shape(more->text, strlen(more->text)))
                        rc = first_of_phones(sh, more, (size_t)(slash - more->text));
                    else if (!sh->o->ship_to.address && !sheetrecv_open_label(more->text))
                        rc = take(sh, "ship_to.address", more->text, more);
                }
            } else {
                rc = take_block(sh, f, c);
            }
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A report export's "Date" column in the item table (QuickBooks'
 * "Date | Num | Vendor | Product/Service …") with one date on every
 * item row: the order's date, when no label outside the table gave
 * one. A column whose rows differ (dates of delivery) gives none. */
static int date_column(struct sheet *sh)
{
    for (size_t k = 0; !sh->in_context && k < sh->n_cols && sh->o->placed_at == OD_TIME_NONE; k++) {
        const char *h = sh->cols[k].head ? sh->cols[k].head->text : NULL, *f, *v = NULL;
        size_t off = 0, i;

        if (!h || sh->cols[k].role != R_NONE || !sh->n_items || !(f = mail_form_label(h, &off)) ||
            off != strlen(h) || strcmp(f, "placed_at") != 0)
            continue;
        for (i = 0; i < sh->n_items; i++) {
            const char *t = sh->items[i].text[k];

            if (!t || !t[0] || (v && strcmp(v, t) != 0))
                break;
            v = t;
        }
        if (i == sh->n_items)
            return take(sh, f, v, sh->items[0].cell[k]);
    }
    return 0;
}

int sheet_read_labels(struct sheet *sh)
{
    for (uint32_t row = 0; row < sh->g->n_rows; row++) {
        struct row_range r;
        int rc;

        if (row >= sh->head_row && row < sh->end_row)
            continue;
        r = sheet_row_cells(sh->g, row);
        if (r.a == sh->g->n)
            break;
        if ((rc = read_labels_in_row(sh, r)) < 0)
            return rc;
    }
    return date_column(sh);
}

/* ---- what the values say when no label does --------------------------- */

static bool ends_with_ci(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w);

    return n >= k && strncasecmp(t + n - k, w, k) == 0 &&
           (n == k || !(w[0] >= 'A' && w[0] <= 'z') || t[n - k - 1] == ' ' || t[n - k - 1] == ',' ||
            t[n - k - 1] == '.');
}

/* A company's name: ends with a legal form. */
static bool company_shape(const char *t)
{
    static const char *const forms[] = {"有限公司", "有限责任公司", "股份有限公司", "公司",
                                        "集团",     "商行",         "贸易行",       "有限公司）",
                                        "Ltd",      "Ltd.",         "Limited",      "Inc",
                                        "Inc.",     "LLC",          "GmbH",         "Co.",
                                        "Corp",     "Corp.",        "Corporation",  "S.A.",
                                        "B.V.",     "AG",           "Pty Ltd",      "PLC",
                                        "SAS",      "S.A.S.",       "SARL",         "SRL",
                                        "S.r.l.",   "S.p.A.",       "SpA",          "N.V.",
                                        "NV",       "BV",           "AB",           "A/S",
                                        "ApS",      "KG",           "S.L.",         "LLP",
                                        "Ltda",     "Oy",           "L.L.C.",       "FZE",
                                        "FZCO",     "FZ-LLC",       "W.L.L.",       "Bhd",
                                        "K.K.",     "A.Ş.",         "Şti.",         "S.A.C.",
                                        "S.R.L.",   "E.I.R.L.",     "S.A. de C.V.", "S.à r.l.",
                                        NULL};
    size_t n = strlen(t);

    if (n > 120)
        return false;
    for (size_t i = 0; forms[i]; i++)
        if (ends_with_ci(t, n, forms[i]))
            return true;
    return false;
}

/* Words that head the supplier's block: its name is not the customer's. */
static bool supplier_word(const char *t)
{
    static const char *const words[] = {
        "供应商", "供货商", "供方",   "卖方",   "销售方", "乙方",     "供應商",    "賣方",
        "厂商",   "廠商",   "vendor", "seller", "to",     "supplier", "tedarikçi", NULL};
    char folded[64];
    size_t n = mail_label_fold(t, strlen(t), folded, sizeof(folded));

    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);

        if (n >= k && memcmp(folded, words[i], k) == 0 &&
            (k == n || (unsigned char)words[i][0] >= 0x80))
            return true;
    }
    return false;
}

/* A letterhead line "Greenleaf Organics Ltd · 14 Mill Lane, Stroud ·
 * 01453 555 012": the length of its first part, before " · " or " | "
 * (the whole text when there is none). */
static size_t letterhead_part(const char *t, bool *titled)
{
    static const char *const titles[] = {"采购订单",       "採購訂單", "采购单", "採購單",
                                         "订货单",         "訂貨單",   "订购单", "訂購單",
                                         "purchase order", NULL};
    const char *dot = strstr(t, " · "), *bar = strstr(t, " | ");
    size_t n = strlen(t);

    *titled = false;
    if (bar && (!dot || bar < dot))
        dot = bar;
    if (dot)
        return (size_t)(dot - t);
    /* "青岛泰隆实业有限公司 采购订单": the company and the form's title;
     * "祁门红香茶业有限公司采购订单" with no space, when what is before
     * the title ends in a legal form */
    for (size_t i = 0; titles[i]; i++) {
        size_t k = strlen(titles[i]);
        char name[128];

        if (n > k + 1 && strcasecmp(t + n - k, titles[i]) == 0 && t[n - k - 1] == ' ') {
            size_t w = trim_len(t, n - k);

            /* "Hatch Valley Roasters - Purchase Order" */
            if (w > 2 && (t[w - 1] == '-' || t[w - 1] == ':') && t[w - 2] == ' ')
                w = trim_len(t, w - 1);
            *titled = true;
            return w;
        }
        if (n > k && n - k < sizeof(name) && strcasecmp(t + n - k, titles[i]) == 0 &&
            (unsigned char)t[n - k - 1] >= 0x80) {
            memcpy(name, t, n - k);
            name[n - k] = '\0';
            if (company_shape(name) || mail_company_line(name, n - k)) { /* "…花生糖厂订货单" */
                *titled = true;
                return n - k;
            }
        }
    }
    /* "斗南花卉种植基地 包材订单", "浙江省湖滨人民医院 后勤物资申购单": a
     * title of what is ordered, after a name of one word */
    {
        static const char *const ends[] = {"订单",   "訂單",   "申购单", "申購單",
                                           "采购单", "採購單", "订货单", "訂貨單",
                                           "订购单", "訂購單", NULL};
        const char *sp = strchr(t, ' ');
        size_t w = sp ? (size_t)(n - (size_t)(sp + 1 - t)) : 0;

        for (size_t i = 0; sp && sp > t && !strchr(sp + 1, ' ') && ends[i]; i++) {
            size_t k = strlen(ends[i]);

            if (w > k && w <= k + 4 * 3 && strcmp(t + n - k, ends[i]) == 0) {
                *titled = true;
                return (size_t)(sp - t);
            }
        }
    }
    return n;
}

/* A letterhead in capitals ("KESTREL LOGISTICS LTD") that another cell
 * writes in mixed case ("Kestrel Logistics Ltd - Daventry DC, ..."):
 * that spelling, as the clerk would key it (*n: its length). */
static const char *mixed_case(const struct sheet *sh, const char *t, size_t *len)
{
    size_t n = *len;

    for (const char *p = t; p < t + n; p++)
        if (*p >= 'a' && *p <= 'z')
            return t;
    /* the mail's signature spells it, its accents too ("MIELES MAYAS DE
     * YUCATÁN, S.A. DE C.V." signed "Mieles Mayas de Yucatán, S.A. de
     * C.V.", "YUCATAN" signed "Yucatán": mail_same_letters) */
    if (sh->signature && mail_same_letters(sh->signature, strlen(sh->signature), t, n)) {
        *len = strlen(sh->signature);
        return sh->signature;
    }
    for (size_t i = 0; i < sh->g->n && i < 4000; i++) {
        const char *o = sh->g->cells[i].text;

        for (size_t j = 0; o[j] && strlen(o + j) >= n; j++)
            if (strncasecmp(o + j, t, n) == 0 && strncmp(o + j, t, n) != 0 &&
                (!o[j + n] || !isalpha((unsigned char)o[j + n])))
                return o + j;
    }
    return t;
}

/* "雄安站房项目经理部": a unit of a company (a department, a site's
 * office), ending in 部, 处, 科, 室 or 中心. */
static bool unit_word(const char *t)
{
    static const char *const ends[] = {"部", "处", "處", "科", "室", "中心", NULL};
    size_t n = strlen(t);

    for (size_t i = 0; ends[i]; i++) {
        size_t k = strlen(ends[i]);

        if (n > k && strcmp(t + n - k, ends[i]) == 0 && !strpbrk(t, ":： "))
            return true;
    }
    return false;
}

/* Below the table, with no letterhead and no signature in the mail: a
 * row that holds only a company's name, maybe followed by its unit
 * ("中铁建设集团有限公司 雄安站房项目经理部"), is the buyer signing the
 * form. */
static int signoff_company(struct sheet *sh)
{
    for (uint32_t row = sh->end_row; row < sh->g->n_rows && row < sh->end_row + 12; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        const struct od_cell *c;
        const char *t, *sp;
        char first[128];

        if (r.z - r.a != 1)
            continue;
        c = &sh->g->cells[r.a];
        t = c->text;
        if (is_label(sh, c) || supplier_word(t) || strpbrk(t, ":："))
            continue;
        sp = strrchr(t, ' ');
        if (!company_shape(t) &&
            !(sp && (size_t)(sp - t) < sizeof(first) && unit_word(sp + 1) &&
              (memcpy(first, t, (size_t)(sp - t)), first[sp - t] = '\0', company_shape(first))))
            continue;
        return set_text(sh, &sh->o->customer.name, "customer.name", t, strlen(t), c);
    }
    return 0;
}

/* The customer (the company that sends the purchase order) is the
 * letterhead: the first company name above the table that no supplier
 * label heads (in its own cell, to its left or above it). */
/* "Tedarikçi: Hangzhou Hengda … Co., Ltd.": a cell that is a label (a
 * supplier's, or one no list knows, that is no company) and a company
 * after its colon. Such a company is named for some role, and the
 * letterhead is not it. */
static bool labelled_company(const char *t)
{
    const char *colon = strstr(t, ":");
    const char *wide = strstr(t, "\xef\xbc\x9a"); /* ： */
    char head[64];
    size_t k;

    if (wide && (!colon || wide < colon))
        colon = wide;
    if (!colon || (k = (size_t)(colon - t)) == 0 || k >= sizeof(head))
        return false;
    memcpy(head, t, k);
    head[k] = '\0';
    if (strpbrk(head, "0123456789") || company_shape(head))
        return false;
    colon += *colon == ':' ? 1 : 3;
    while (*colon == ' ')
        colon++;
    return *colon && company_shape(colon);
}

/* t without its spaces, folded to lower case (ASCII), into out (cap
 * bytes); 0 when it does not fit. */
static size_t squeezed(const char *t, char *out, size_t cap)
{
    size_t k = 0;

    for (; *t; t++) {
        if (*t == ' ')
            continue;
        if (k + 1 >= cap)
            return 0;
        out[k++] = (char)tolower((unsigned char)*t);
    }
    out[k] = '\0';
    return k;
}

/* A word of three or more Chinese characters and nothing else. */
static bool han_word(const char *w, size_t n)
{
    if (n < 9 || n % 3)
        return false;
    for (size_t i = 0; i < n; i += 3)
        if ((unsigned char)w[i] < 0xE4 || (unsigned char)w[i] > 0xE9)
            return false;
    return true;
}

/* Does the mail's text name the letterhead `t`: a line of it holds `t`
 * whole (spaces and case aside: "UAB "Vilniaus Kepėjai", pirkimai"), or
 * a word of its last four lines (the signature; never its first line,
 * the greeting) of three or more
 * Chinese characters is part of `t` ("老潮兴 蔡伟鸿" under a form headed
 * "汕头市金平区 老潮兴牛肉丸店"). Quoted lines ('>') are not the sender's. */
static bool body_names(const struct sheet *sh, const char *t)
{
    const struct od_grid *b = sh->body;
    char want[256], line[512];
    uint32_t last;

    if (!b || !b->n || !squeezed(t, want, sizeof(want)))
        return false;
    last = b->cells[b->n - 1].row;
    for (size_t i = 0; i < b->n && i < 4000; i++) {
        const char *x = b->cells[i].text, *w;

        if (x[0] == '>')
            continue;
        if (squeezed(x, line, sizeof(line)) && strstr(line, want))
            return true;
        if (b->cells[i].row + 4 <= last || b->cells[i].row == b->cells[0].row)
            continue; /* not the signature, or the greeting ("恒达包装：") */
        for (w = x; *w;) {
            size_t n = strcspn(w, " ,");

            if (han_word(w, n) && memmem(want, strlen(want), w, n))
                return true;
            w += n;
            w += strspn(w, " ,");
        }
    }
    return false;
}

/* A line of the mail's text (not quoted) that is `t` whole, spaces and case aside ("Burren
 * Soap Company" signing the text): its text; `t` itself when a line is `t` and a person
 * (scl_signed_with_person: "洄瀾麻糬工坊 許雅婷"); else NULL. */
static const char *body_line(const struct sheet *sh, const char *t)
{
    const struct od_grid *b = sh->body;
    char want[256], line[256];

    if (!b || !b->n || !squeezed(t, want, sizeof(want)))
        return NULL;
    for (size_t i = 0; i < b->n && i < 4000; i++)
        if (b->cells[i].text[0] != '>' &&
            (i + 1 >= b->n || b->cells[i + 1].row != b->cells[i].row) &&
            (i == 0 || b->cells[i - 1].row != b->cells[i].row) &&
            squeezed(b->cells[i].text, line, sizeof(line)) && strcmp(line, want) == 0)
            return b->cells[i].text;
    return scl_signed_with_person(b, t) ? t : NULL;
}

/* A PDF whose first line (a sheet whose first cell, then named by a
 * line of the text alone), alone at the top of its first page and
 * above the item table, is a name without a legal form ("Île Vanille Ltée",
 * "UAB "Vilniaus Kepėjai"", "汕头市金平区 老潮兴牛肉丸店"): the
 * letterhead, taken as the buyer when the mail's text names it too
 * (body_names). No label, colon or digit in it. When nothing else names
 * the buyer and the mail's text does not name the letterhead, the
 * order is held: the buyer may be that line, or missed. */
static int letterhead_named(struct sheet *sh, bool last)
{
    const struct od_cell *c;
    const char *named;
    bool titled;
    size_t n;
    char r[REF_MAX];

    /* a sheet's first cell alike, taken when the text names it (the
     * doubt stays the PDF's: a sheet has letterhead_doubt) */
    if ((sh->g->kind != OD_GRID_PDF && (last || sh->g->kind != OD_GRID_SHEET)) || sh->g->n < 2)
        return 0;
    c = &sh->g->cells[0];
    n = strlen(c->text);
    if (c->page > 1 || c->row >= sh->head_row || sh->g->cells[1].row == c->row || n > 120 ||
        strpbrk(c->text, "0123456789:") || strstr(c->text, "\xef\xbc\x9a") || is_label(sh, c) ||
        supplier_word(c->text) || letterhead_part(c->text, &titled) != n || titled ||
        mail_title_line(c->text, n))
        return 0;
    if (!last && sh->g->kind == OD_GRID_PDF && body_names(sh, c->text))
        return set_text(sh, &sh->o->customer.name, "customer.name", c->text, n, c);
    if (!last && sh->g->kind != OD_GRID_PDF && (named = body_line(sh, c->text)) != NULL)
        /* spelt as the text spells it ("POIVRE DE PENJA SA" signed
         * "Poivre de Penja SA") */
        return set_text(sh, &sh->o->customer.name, "customer.name", named, strlen(named), c);
    if (last) {
        sheet_ref(sh, c, r);
        sheet_doubt(sh,
                    "customer.name: no buyer is named; the letterhead '%s' (%s) may be it: check "
                    "the customer",
                    c->text, r);
    }
    return 0;
}

/* "Lieferant", "Szállító:": a cell that reads as a label no list knows
 * (one word, or words ending in a colon; no digit, no company) before
 * company `v`, while the mail's signature names another company. The
 * company is that label's party, which may be the supplier: the
 * letterhead is not guessed from it, the signature is taken. */
static bool unknown_label(const struct sheet *sh, const struct od_cell *c, const char *v)
{
    const char *t = c->text;
    size_t n = strlen(t);

    if (!sh->signature || strcasecmp(sh->signature, v) == 0)
        return false;
    if (n == 0 || n > 32 || digit_count(t, n) || company_shape(t) || is_label(sh, c))
        return false;
    return !strchr(t, ' ') || t[n - 1] == ':' || (n >= 3 && strcmp(t + n - 3, "：") == 0);
}

/* The company the mail's text is signed by, in a cell of its own above
 * the table (maybe before a comma and its address): the buyer, though
 * another company stands first (Xero prints the supplier's name under
 * the title and the buyer's at the right). Not after a supplier's
 * label. */
static int signed_company_cell(struct sheet *sh)
{
    size_t sn = sh->signature && !sh->o->customer.name ? strlen(sh->signature) : 0;

    for (size_t i = 0; sn && i < sh->g->n; i++) {
        const struct od_cell *c = &sh->g->cells[i], *up;

        if (c->row >= sh->head_row)
            break;
        if (strncasecmp(c->text, sh->signature, sn) != 0 ||
            (c->text[sn] && c->text[sn] != ',' && !pdfp_form_after(c->text, sn)))
            continue;
        if (is_label(sh, c) ||
            (i > 0 && sh->g->cells[i - 1].row == c->row && supplier_word(sh->g->cells[i - 1].text)))
            continue;
        up = sh->g->kind == OD_GRID_PDF ? above(sh, c)
                                        : od_grid_at(sh->g, c->row ? c->row - 1 : 0, c->col);
        if (up && up != c && supplier_word(up->text))
            continue;
        if (pdfp_form_after(c->text, sn)) /* "…, Ltda.": the name with its form */
            return set_text(sh, &sh->o->customer.name, "customer.name", c->text, strlen(c->text),
                            c);
        return set_text(sh, &sh->o->customer.name, "customer.name", sh->signature, sn, c);
    }
    return 0;
}

int sheet_guess_customer(struct sheet *sh)
{
    if (signed_company_cell(sh) < 0)
        return OD_ENOMEM;
    for (size_t i = 0; i < sh->g->n && !sh->o->customer.name; i++) {
        const struct od_cell *c = &sh->g->cells[i], *up;
        char part[128];
        bool titled;
        size_t pn = letterhead_part(c->text, &titled);

        if (c->row >= sh->head_row)
            break;
        if (labelled_company(c->text))
            continue;
        if (pn < strlen(c->text) && pn < sizeof(part)) {
            memcpy(part, c->text, pn);
            part[pn] = '\0';
            /* "甜禾烘焙坊 訂購單": the name the form's title follows is
             * the buyer's, with or without a company form */
            if ((company_shape(part) || (titled && c->row < 3)) && !supplier_word(part) &&
                !is_label(sh, c)) {
                /* "Hatch Valley Roasters" whom the signature names with
                 * its legal form ("Hatch Valley Roasters LLC"): so */
                if (!company_shape(part) && sh->signature && strlen(sh->signature) > pn + 1 &&
                    strncasecmp(sh->signature, part, pn) == 0 && sh->signature[pn] == ' ' &&
                    company_shape(sh->signature) && !strchr(sh->signature + pn + 1, ' '))
                    return set_text(sh, &sh->o->customer.name, "customer.name", sh->signature,
                                    strlen(sh->signature), c);
                const char *spelt = mixed_case(sh, part, &pn);

                return set_text(sh, &sh->o->customer.name, "customer.name", spelt, pn, c);
            }
        }
        if (!company_shape(c->text) || supplier_word(c->text) || is_label(sh, c))
            continue;
        if (i > 0 && sh->g->cells[i - 1].row == c->row &&
            (supplier_word(sh->g->cells[i - 1].text) ||
             sheet_supplier_ref_label(sh->g->cells[i - 1].text) ||
             unknown_label(sh, &sh->g->cells[i - 1], c->text)))
            continue;
        up = sh->g->kind == OD_GRID_PDF ? above(sh, c)
                                        : od_grid_at(sh->g, c->row ? c->row - 1 : 0, c->col);
        if (up && up != c && supplier_word(up->text))
            continue;
        {
            size_t n = strlen(c->text);
            const char *spelt = mixed_case(sh, c->text, &n);

            return set_text(sh, &sh->o->customer.name, "customer.name", spelt, n, c);
        }
    }
    if (!sh->o->customer.name) {
        int rc = letterhead_named(sh, false);

        if (rc < 0)
            return rc;
    }
    if (!sh->o->customer.name && sh->signature) {
        if (od_str_set(&sh->o->customer.name, sh->signature, strlen(sh->signature)) < 0)
            return OD_ENOMEM;
        sheet_source_at(sh, "customer.name", sh->signature_ref);
    }
    if (!sh->o->customer.name) {
        int rc = signoff_company(sh);

        if (rc < 0 || sh->o->customer.name)
            return rc;
    }
    return sh->o->customer.name ? 0 : letterhead_named(sh, true);
}

/* The mail text's signature company (tr_signature_company) read from
 * the lines of the body's grid: a row's cells joined by " | " (the
 * grid cut the line at tabs, '|' and wide spaces), a blank line where
 * rows are missing, quoted lines ('>') left out. */
int sheet_body_signature(struct sheet *sh, const struct od_grid *body)
{
    const struct od_cell **first = NULL; /* of each line; NULL: a blank one */
    struct tr_line *v = NULL;
    struct od_buf t;
    size_t n = 0, cap, len;
    const char *at, *p;
    unsigned no;
    int rc = 0;

    if (!body->n)
        return 0;
    cap = 2 * (size_t)body->cells[body->n - 1].row + 2;
    od_buf_init(&t, (size_t)1 << 20);
    if (!(v = calloc(cap, sizeof(*v))) || !(first = calloc(cap, sizeof(*first)))) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < body->n && rc == 0; i++) {
        const struct od_cell *c = &body->cells[i], *prev = n ? first[n - 1] : NULL;

        if (c->text[0] == '>')
            continue;
        if (prev && c->row == prev->row) {
            rc = od_buf_adds(&t, " | ");
        } else {
            if (prev && c->row > prev->row + 1 && n < cap) {
                first[n++] = NULL;
                rc = od_buf_addc(&t, '\n');
            }
            if (n >= cap)
                break;
            first[n++] = c;
            if (n > 1 && rc == 0)
                rc = od_buf_addc(&t, '\n');
        }
        if (rc == 0)
            rc = od_buf_adds(&t, c->text);
    }
    if (rc == OD_ENOMEM || !t.data)
        goto out;
    rc = 0; /* a body too large to join: what was joined is read */
    p = t.data;
    for (size_t i = 0; i < n; i++) {
        const char *nl = strchr(p, '\n');

        v[i] = (struct tr_line){.a = p, .z = nl ? nl : t.data + t.len, .no = (unsigned)i};
        p = nl ? nl + 1 : t.data + t.len;
    }
    len = tr_signature_company(v, n, &at, &no);
    if (len && len < sizeof(sh->signature_buf) && first[no]) {
        memcpy(sh->signature_buf, at, len);
        sh->signature_buf[len] = '\0';
        sh->signature = sh->signature_buf;
        sheet_ref(sh, first[no], sh->signature_ref);
    }
out:
    free(v);
    free(first);
    od_buf_free(&t);
    return rc;
}

/* The mail's text for what the document leaves out ("订单号：X, 明细见附件"):
 * its label lines fill the fields the document has not given; then,
 * when nothing names the customer, the company of the text's signature,
 * found as for an order in the text itself. */
/* The mail's text says the attached order replaces one sent before
 * ("上周五发的 … 作废，用这个第二版替换", "please replace our PO of 30
 * Nov", "supersedes"): held, so the clerk cancels the first one rather
 * than keep both. Quoted lines ('>') are the earlier mail's. */
static void replaces_earlier(struct sheet *sh, const struct od_grid *body)
{
    static const char *const words[] = {
        "作废",      "作廢",       "替换",          "替換",
        "取代",      "以这个为准", "以這個為準",    "以此为准",
        "以此為準",  "replaces",   "replace our",   "replace the",
        "supersede", "revised po", "revised order", "revised purchase order",
        NULL,
    };

    for (size_t i = 0; i < body->n && i < 4000; i++) {
        const char *t = body->cells[i].text;

        if (t[0] == '>')
            continue;
        for (size_t k = 0; words[k]; k++)
            if (strcasestr(t, words[k])) {
                char r[REF_MAX];

                od_cell_ref(body, &body->cells[i], r, sizeof(r));
                sheet_doubt(sh,
                            "the mail's text says this order replaces one sent before (%s: "
                            "'%s'): cancel the earlier one rather than keep both",
                            r, words[k]);
                return;
            }
    }
}

int sheet_read_context(struct sheet *sh, const struct od_grid *body)
{
    replaces_earlier(sh, body);
    const struct od_grid *g = sh->g;
    uint32_t head = sh->head_row, end = sh->end_row;
    int rc;

    sh->g = body;
    sh->head_row = sh->end_row = UINT32_MAX;
    sh->in_context = true;
    rc = sheet_read_labels(sh);
    if (rc == 0 && !sh->o->customer.name)
        rc = sheet_body_signature(sh, body);
    sh->g = g;
    sh->head_row = head;
    sh->end_row = end;
    sh->in_context = false;
    return rc;
}

/* "2026-11-20", "2026/11/20": a date, not an order number. */
static bool date_token(const char *t)
{
    unsigned y, m, d;
    char s1, s2;

    return sscanf(t, "%4u%c%2u%c%2u", &y, &s1, &m, &s2, &d) == 5 && s1 == s2 && strchr("-/.", s1) &&
           y > 1900;
}

/* A token that can only be an order number: 4 digits or more with a
 * letter, a '-' or a '/' ("HD-PO-40017", "PO20250908131"), no date. */
bool mail_id_token(const char *t)
{
    size_t digits = 0, other = 0, n = strlen(t);

    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        else if (isalpha((unsigned char)*p) || strchr("-/_", *p))
            other++;
        else if (mail_id_capital(p, strlen(p))) {
            other++; /* "ΜΧ-27/0312": a Greek or Cyrillic capital */
            p++;
        } else
            return false;
    }
    return digits >= 4 && other && n >= 6 && n <= MAIL_ID_MAX && !date_token(t);
}

void sheet_subject_id(struct sheet *sh, const char *subject)
{
    size_t n;

    if (!subject)
        return;
    n = strlen(subject);
    for (size_t i = 0; i < n && !sh->id[0]; i++) {
        size_t off;
        const char *f;

        if (i && ((unsigned char)subject[i] & 0xC0) == 0x80)
            continue; /* inside a character */
        f = mail_label_at(sh->s, subject + i, n - i, &off);
        if (f && strcmp(f, "external_id") == 0)
            mail_take_id(subject + i + off, n - i - off, sh->id);
    }
    /* no label ("Bestellung HD-PO-40017", "【采购单】PO20250908131"): a
     * token that has an order number's shape, taken with a doubt */
    if (!sh->id[0] && mail_subject_token_id(subject, sh->id))
        sheet_doubt(sh, "the order number %s is read from the subject without a label", sh->id);
}
