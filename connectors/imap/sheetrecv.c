/* Two readings of where the goods go that no label gives:
 *
 * A receiver's block written as one line outside any ship-to label (see
 * sheet_int.h, sheetrecv_line): a delivery word, the address, then the
 * person and the phone,
 *
 *     摘要: | 收货 安徽省铜陵市义安区 天门镇 白姜产业园 2 号  章建军 139 5620 1877
 *     收货：河北省张家口市张北县 莜面产业园 1 号 塞北莜面厂  郝建新 138 3133 2580
 *
 * in one cell, or over two cells of a row (the mail's text is cut into
 * cells at wide gaps). The address must have a Chinese address's shape
 * (tr_cn_address); the name and phone are read by tr_addr_name_phone.
 * Work is linear in the cells. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "fields.h"
#include "sheet.h"
#include "sheet_int.h"
#include "textread.h"

#define LINE_MAX_BYTES 512

/* "收货 …", "收货：…", "送货: …": where the text after the delivery word
 * starts, or NULL when t does not start with one. "收货人", "收货地址"
 * (labels of their own) are not delivery words here. */
static const char *after_deliver_word(const char *t)
{
    static const char *const words[] = {"收货", "收貨", "送货", "送貨", NULL};

    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);
        const char *p = t + k;

        if (strncmp(t, words[i], k) != 0)
            continue;
        if (strncmp(p, "：", strlen("：")) == 0)
            p += strlen("：");
        else if (*p == ':' || *p == ' ')
            p++;
        else if (strncmp(p, "\xE3\x80\x80", 3) == 0) /* a full-width space */
            p += 3;
        else
            return NULL;
        while (*p == ' ')
            p++;
        return *p ? p : NULL;
    }
    return NULL;
}

static int set_field(struct sheet *sh, char **dst, const char *field, const char *v, size_t n,
                     const struct od_cell *c)
{
    char *s = strndup(v, n);

    if (!s)
        return OD_ENOMEM;
    free(*dst);
    *dst = s;
    sheet_source(sh, field, c);
    return 0;
}

/* Read `line` (from cell c): 1 when it gave the receiver, 0 when not, or
 * OD_ENOMEM. */
static int read_line(struct sheet *sh, const char *line, const struct od_cell *c)
{
    struct od_address *s = &sh->o->ship_to;
    const char *a = after_deliver_word(line), *z, *end, *nm, *ph;
    size_t nn, pn;
    int rc;

    if (!a)
        return 0;
    z = a + strlen(a);
    end = tr_addr_name_phone(a, z, &nm, &nn, &ph, &pn);
    if (!end || !tr_cn_address(a, end))
        return 0;
    /* an address read already stands unless it is only a place's name
     * (a warehouse: "铜陵白姜 成品仓") or this same address */
    if (s->address && tr_cn_address(s->address, s->address + strlen(s->address)) &&
        (strlen(s->address) != (size_t)(end - a) || memcmp(s->address, a, (size_t)(end - a)) != 0))
        return 0;
    if ((rc = set_field(sh, &s->address, "ship_to.address", a, (size_t)(end - a), c)) < 0 ||
        (rc = set_field(sh, &s->name, "ship_to.name", nm, nn, c)) < 0 ||
        (rc = set_field(sh, &s->phone, "ship_to.phone", ph, pn, c)) < 0)
        return rc;
    return 1;
}

int sheetrecv_line(struct sheet *sh, const struct od_grid *g)
{
    const struct od_grid *keep = sh->g;
    int rc = 0;

    if (!g || sh->o->ship_to.name || sh->o->ship_to.phone)
        return 0;
    sh->g = g; /* the references name the grid read */
    for (size_t i = 0; i < g->n && rc == 0; i++) {
        const struct od_cell *c = &g->cells[i], *next = i + 1 < g->n ? c + 1 : NULL;
        char buf[LINE_MAX_BYTES];
        int k;

        if (g == keep && c->row >= sh->head_row && c->row < sh->end_row)
            continue; /* the items' rows */
        if ((rc = read_line(sh, c->text, c)) != 0)
            break;
        if (!next || next->row != c->row)
            continue;
        /* the person and phone in the next cell of the row */
        k = snprintf(buf, sizeof(buf), "%s  %s", c->text, next->text);
        if (k > 0 && (size_t)k < sizeof(buf))
            rc = read_line(sh, buf, c);
    }
    sh->g = keep;
    return rc < 0 ? rc : 0;
}

/* ---- the rows of a receiver's block -------------------------------------- */

static const char *const other_parties[] = {
    "bill",   "invoic",      "factur",    "rechnung",  "fattur", "vendor", "supplier",
    "seller", "fournisseur", "proveedor", "lieferant", "发票",   "開票",   "开票",
    "發票",   "供应",        "供應",      "供货",      "供貨",   NULL};

/* A label no list knows at the head of a row ("Réception", "Entregar
 * a:"): a few words of letters, no digit, not a known label (the reader
 * took those), not one of the invoice's or the seller's ("Billing
 * address", "Fournisseur"). */
static bool unknown_label(const struct sheet *sh, const char *t)
{
    size_t n = strlen(t), off, words = 1;

    if (!n || n > 40)
        return false;
    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p) || *p == '@')
            return false;
        words += *p == ' ';
    }
    if (words > 3 || !(isalpha((unsigned char)*t) || (unsigned char)*t >= 0x80))
        return false;
    /* the invoice's or the seller's block is no ship-to */
    for (size_t i = 0; other_parties[i]; i++)
        if (strcasestr(t, other_parties[i]))
            return false;
    return !mail_label_at(sh->s, t, n, &off) && !mail_form_label(t, &off);
}

/* A phone alone in a cell: 7 to 15 digits among + - ( ) . and spaces. */
static bool phone_cell(const char *t)
{
    size_t d = 0;

    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p))
            d++;
        else if (!strchr(" -+().", *p))
            return false;
    }
    return d >= 7 && d <= 15;
}

/* "M. Abdelkader Benali", "Mme …", "Mr …": where the name starts after
 * a courtesy title (0: none); the title is kept, the order held. */
static size_t after_title(const char *t)
{
    static const char *const titles[] = {"M. ",  "Mme ", "Mme. ", "Mlle ", "Mr. ",  "Mr ",  "Mrs. ",
                                         "Mrs ", "Ms. ", "Ms ",   "Sr. ",  "Sra. ", "Dr. ", NULL};

    for (size_t i = 0; titles[i]; i++)
        if (strncmp(t, titles[i], strlen(titles[i])) == 0)
            return strlen(titles[i]);
    return 0;
}

/* The cell whose text is v, outside the items' rows; NULL when none. */
static const struct od_cell *cell_of(const struct sheet *sh, const char *v)
{
    for (size_t i = 0; v && i < sh->g->n; i++) {
        const struct od_cell *c = &sh->g->cells[i];

        if (!(c->row >= sh->head_row && c->row < sh->end_row) && strcmp(c->text, v) == 0)
            return c;
    }
    return NULL;
}

/* The row `row` when it is [unknown label, value, more…]: its cells in
 * *r; false when not so. */
static bool labelled_row(const struct sheet *sh, uint32_t row, struct row_range *r)
{
    if (row >= sh->g->n_rows || (row >= sh->head_row && row < sh->end_row))
        return false;
    *r = sheet_row_cells(sh->g, row);
    return r->z - r->a >= 2 && unknown_label(sh, sh->g->cells[r->a].text);
}

/* The address read from a row's label, the receiver not: the next row
 * [label, person, phone] ("Réception | M. Abdelkader Benali | +213 33 74
 * 12 90") gives them, the name as written; a courtesy title before it
 * holds the order. */
static int person_below(struct sheet *sh)
{
    struct od_address *s = &sh->o->ship_to;
    const struct od_cell *a = cell_of(sh, s->address), *nc, *pc;
    struct row_range r;
    size_t at;
    int rc;

    if (!a || !labelled_row(sh, a->row + 1, &r) || r.z - r.a != 3)
        return 0;
    nc = &sh->g->cells[r.a + 1];
    pc = &sh->g->cells[r.a + 2];
    at = after_title(nc->text);
    if (!mail_person_line(nc->text + at, strlen(nc->text + at)) || !phone_cell(pc->text))
        return 0;
    if (at) {
        char ref[REF_MAX];

        /* the corpora's clerks key "M. Karim Benali" and "Abdelkader
         * Benali" alike: kept as written, held */
        sheet_ref(sh, nc, ref);
        sheet_doubt(sh, "%s: the receiver '%s' is written with a courtesy title: check the name",
                    ref, nc->text);
    }
    if ((rc = set_field(sh, &s->name, "ship_to.name", nc->text, strlen(nc->text), nc)) < 0 ||
        (rc = set_field(sh, &s->phone, "ship_to.phone", pc->text, strlen(pc->text), pc)) < 0)
        return rc;
    return 0;
}

/* The receiver read from a row's label, the address not: the row just
 * above [label, place] ("Entregar a: | Beneficio Cuesta de Piedra, Alto
 * Quiel, Boquete, Chiriquí, Panamá") gives it. */
static int place_above(struct sheet *sh)
{
    struct od_address *s = &sh->o->ship_to;
    const struct od_cell *n = cell_of(sh, s->name), *pc;
    struct row_range r;

    if (!n || !n->row || !labelled_row(sh, n->row - 1, &r) || r.z - r.a != 2)
        return 0;
    pc = &sh->g->cells[r.a + 1];
    if (!mail_place_line(pc->text, strlen(pc->text)))
        return 0;
    return set_field(sh, &s->address, "ship_to.address", pc->text, strlen(pc->text), pc);
}

int sheetrecv_block(struct sheet *sh)
{
    struct od_address *s = &sh->o->ship_to;

    if (s->address && !s->name && !s->phone)
        return person_below(sh);
    if (!s->address && s->name && s->phone)
        return place_above(sh);
    return 0;
}

/* "Cel.:", "Móvil:": a cell of letters closed by a colon is a label,
 * even one no list knows, never a value. */
bool sheetrecv_open_label(const char *t)
{
    size_t n = strlen(t);

    if (n < 2 || n > 24 || (t[n - 1] != ':' && !(n > 3 && strcmp(t + n - 3, "：") == 0)))
        return false;
    for (const char *p = t; p < t + n; p++)
        if (isdigit((unsigned char)*p))
            return false;
    return true;
}
