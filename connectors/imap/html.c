/* HTML reduced to text for the purchase-order reader (mail.h,
 * mail_html_to_text): script, style, head and comments dropped; block
 * elements to new lines, table cells to tabs, entities decoded, white
 * space collapsed. Text inside <blockquote> (how mail programs quote in
 * HTML replies) gets a "> " per level at the start of each line, so the
 * reader tells the quoted message from the new one as in plain text. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "mail.h"

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ---- HTML to text ---------------------------------------------------- */

/* A character reference's code point; a bad one becomes '?', a
 * non-breaking space a space. */
/* Quote depth of the text being written (<blockquote> levels). */
#define MAX_QUOTE 8

/* At the start of a line inside a quote: "> " per level. */
static int quote_prefix(struct od_buf *b, unsigned depth)
{
    int rc = 0;

    if (!depth || (b->len && b->data[b->len - 1] != '\n'))
        return 0;
    for (unsigned i = 0; i < depth && rc == 0; i++)
        rc = od_buf_add(b, "> ", 2);
    return rc;
}

static int put_utf8(struct od_buf *b, unsigned long cp)
{
    if (cp == 0xA0)
        cp = ' ';
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = '?';
    return od_utf8_put(b, (uint32_t)cp);
}

/* Drop spaces at the end of the output (before a structural break). */
static void trim_out(struct od_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
}

static char last_char(const struct od_buf *b)
{
    return b->len ? b->data[b->len - 1] : '\n';
}

static int put_text(struct od_buf *b, char c)
{
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
        char l = last_char(b);

        if (l == ' ' || l == '\n' || l == '\t')
            return 0;
        return od_buf_addc(b, ' ');
    }
    return od_buf_addc(b, c);
}

/* Decode the entity at p ('&'): 0 with *used set, 1 when it is no
 * entity (the '&' is then text), or an od_buf error. */
static int entity(const char *p, const char *z, struct od_buf *b, size_t *used)
{
    static const struct {
        const char *name;
        unsigned long cp;
    } names[] = {{"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
                 {"apos", '\''},     {"ensp", ' '},      {"emsp", ' '},      {"thinsp", ' '},
                 {"euro", 0x20AC},   {"hellip", 0x2026}, {"ndash", 0x2013},  {"mdash", 0x2014},
                 {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
                 {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"bull", 0x2022},   {"trade", 0x2122},
                 {"larr", 0x2190},   {"rarr", 0x2192},   {"minus", 0x2212},  {"OElig", 0x152},
                 {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
                 {"circ", 0x2C6},    {"tilde", 0x2DC},   {"dagger", 0x2020}, {"permil", 0x2030},
                 {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"zwnj", 0x200C},   {"zwj", 0x200D}};
    /* HTML 4's Latin-1 entities, U+00A0 to U+00FF in order */
    static const char *const latin1[] = {
        "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
        "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
        "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
        "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
        "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
        "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
        "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
        "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
        "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
        "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
        "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
    size_t nl;
    const char *semi = memchr(p, ';', (size_t)(z - p) < 12 ? (size_t)(z - p) : 12);

    if (!semi)
        return 1;
    if (p[1] == '#') {
        unsigned long cp = 0;
        const char *q = p + 2;
        bool hex = q < semi && (*q == 'x' || *q == 'X');

        if (hex)
            q++;
        if (q == semi)
            return 1;
        for (; q < semi; q++) {
            int v =
                hex ? od_hex_digit((unsigned char)*q) : (*q >= '0' && *q <= '9' ? *q - '0' : -1);

            if (v < 0)
                return 1;
            cp = cp * (hex ? 16 : 10) + (unsigned long)v;
            if (cp > 0x10FFFF)
                cp = 0x110000;
        }
        *used = (size_t)(semi + 1 - p);
        return put_utf8(b, cp);
    }
    /* names are case-sensitive ("&Eacute;" is not "&eacute;"); the few
     * that have no capital form are also read in capitals ("&NBSP;") */
    nl = (size_t)(semi - p - 1);
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (nl == strlen(names[i].name) && strncmp(p + 1, names[i].name, nl) == 0) {
            *used = (size_t)(semi + 1 - p);
            return put_utf8(b, names[i].cp);
        }
    for (size_t i = 0; i < sizeof(latin1) / sizeof(latin1[0]); i++)
        if (nl == strlen(latin1[i]) && strncmp(p + 1, latin1[i], nl) == 0) {
            *used = (size_t)(semi + 1 - p);
            return put_utf8(b, 0xA0 + i);
        }
    for (size_t i = 0; i < 5; i++) /* amp lt gt quot apos, any case */
        if (nl == strlen(names[i].name) && strncasecmp(p + 1, names[i].name, nl) == 0) {
            *used = (size_t)(semi + 1 - p);
            return put_utf8(b, names[i].cp);
        }
    if (nl == 4 && strncasecmp(p + 1, "nbsp", 4) == 0) {
        *used = 6;
        return put_utf8(b, 0xA0);
    }
    return 1;
}

/* ---- table grid --------------------------------------------------- */

/* Cells of the outermost table are laid out as a browser lays them out:
 * a cell with rowspan="n" is written again in each of the n rows it
 * covers, one with colspan="n" takes n columns (its text in the first,
 * the others empty), so every row of the text has one tab-separated
 * field per grid column and tables.c sees a rectangular table. Spans,
 * columns and the remembered text are bounded. */
#define GRID_COLS 32
#define GRID_SPAN 64
#define GRID_TEXT 256

struct span_cell {
    unsigned rows; /* rows below still covered */
    unsigned cols; /* columns the cell takes */
    size_t len;
    char text[GRID_TEXT];
};

struct grid {
    unsigned tables; /* <table> nesting; the grid is for level 1 */
    bool blocks;     /* the level-1 table lays out blocks of lines (block_table) */
    bool row_open, in_cell;
    unsigned col;              /* grid column of the next cell */
    unsigned rowspan, colspan; /* of the open cell */
    size_t start;              /* where its text begins in the output */
    struct span_cell pend[GRID_COLS];
};

/* The value of the numeric attribute `attr` in the tag text [p, z),
 * 1 when absent or bad, at most GRID_SPAN. */
static unsigned span_attr(const char *p, const char *z, const char *attr)
{
    size_t n = strlen(attr);
    unsigned v = 0;

    for (; p + n < z; p++) {
        if (strncasecmp(p, attr, n) != 0 || ascii_alnum((unsigned char)p[-1]))
            continue;
        p += n;
        while (p < z && (*p == ' ' || *p == '='))
            p++;
        if (p < z && (*p == '"' || *p == '\''))
            p++;
        while (p < z && *p >= '0' && *p <= '9' && v <= GRID_SPAN)
            v = v * 10 + (unsigned)(*p++ - '0');
        break;
    }
    if (v < 1)
        return 1;
    return v > GRID_SPAN ? GRID_SPAN : v;
}

/* Empty fields for the columns [from, to) of the row. */
static int grid_skip(struct od_buf *out, struct grid *g, unsigned cols)
{
    int rc = 0;

    for (unsigned i = 0; i < cols && rc == 0; i++, g->col++)
        rc = g->col ? od_buf_addc(out, '\t') : 0;
    return rc;
}

/* Write the cells of rows above that cover the current column. */
static int grid_carry(struct od_buf *out, struct grid *g, unsigned depth)
{
    int rc = 0;

    while (rc == 0 && g->col < GRID_COLS && g->pend[g->col].rows) {
        struct span_cell *c = &g->pend[g->col];

        trim_out(out);
        rc = g->col ? od_buf_addc(out, '\t') : quote_prefix(out, depth);
        if (rc == 0)
            rc = od_buf_add(out, c->text, c->len);
        c->rows--;
        g->col++;
        if (rc == 0)
            rc = grid_skip(out, g, c->cols - 1);
    }
    return rc;
}

/* Close the open cell: remember its text for the rows it spans, leave
 * empty fields for the columns it spans. */
static int grid_close_cell(struct od_buf *out, struct grid *g)
{
    if (!g->in_cell)
        return 0;
    g->in_cell = false;
    trim_out(out);
    if (g->rowspan > 1 && g->col < GRID_COLS) {
        struct span_cell *c = &g->pend[g->col];
        /* trim_out() may have cut back past the cell's start (spaces
         * written before it): then the cell is empty */
        size_t n = out->len > g->start ? out->len - g->start : 0;

        if (n > GRID_TEXT) { /* cut before a UTF-8 sequence, not inside */
            n = GRID_TEXT;
            while (n && ((unsigned char)out->data[g->start + n] & 0xC0) == 0x80)
                n--;
        }
        if (n)
            memcpy(c->text, out->data + g->start, n);
        c->len = n;
        c->rows = g->rowspan - 1;
        c->cols = g->colspan;
    }
    g->col++;
    return grid_skip(out, g, g->colspan - 1);
}

/* The end of a row: cells of rows above that cover its last columns. */
static int grid_end_row(struct od_buf *out, struct grid *g, unsigned depth)
{
    int rc = grid_close_cell(out, g);

    if (!g->row_open)
        return rc;
    g->row_open = false;
    for (unsigned c = g->col; rc == 0 && c < GRID_COLS; c++)
        if (g->pend[c].rows) {
            rc = grid_skip(out, g, c - g->col);
            if (rc == 0)
                rc = grid_carry(out, g, depth);
            c = g->col - 1;
        }
    return rc;
}

/* The tag name at p (after '<' and an optional '/') is `name`. */
static bool tag_is(const char *p, const char *z, const char *name)
{
    size_t n = strlen(name);

    if (p < z && *p == '/')
        p++;
    return (size_t)(z - p) > n && strncasecmp(p, name, n) == 0 && !ascii_alnum((unsigned char)p[n]);
}

/* The table whose content starts at p lays out blocks of lines, not a
 * table: one row, no table inside it, and a <br> in a cell (an ERP's
 * vendor and ship-to addresses side by side: <td>Vendor<br>name<br>
 * street</td><td>Shipping address<br>…</td>). Its cells are then written
 * one after another, each line on its own. */
static bool block_table(const char *p, const char *z)
{
    unsigned rows = 0, br = 0;

    for (; p < z; p++) {
        if (*p != '<')
            continue;
        if (tag_is(p + 1, z, "table"))
            return p[1] == '/' && rows <= 1 && br > 0;
        if (p[1] != '/' && tag_is(p + 1, z, "tr"))
            rows++;
        else if (p[1] != '/' && tag_is(p + 1, z, "br"))
            br++;
    }
    return false;
}

/* Position after the case-insensitive `word` in [p, z), or z. */
static const char *find_ci(const char *p, const char *z, const char *word)
{
    size_t n = strlen(word);

    for (; p + n <= z; p++)
        if (strncasecmp(p, word, n) == 0)
            return p + n;
    return z;
}

int mail_html_to_text(const char *html, size_t len, struct od_buf *out)
{
    const char *p = html, *z = html + len;
    unsigned depth = 0;
    struct grid g;
    bool cell = false; /* inside <td> or <th>: a paragraph there is no new line */
    int rc = 0;

    memset(&g, 0, sizeof(g));
    while (p < z && rc >= 0) {
        if (*p == '<') {
            const char *q = p + 1, *gt;
            char name[16];
            size_t n = 0;
            bool closing = false;

            if (z - p >= 4 && memcmp(p, "<!--", 4) == 0) {
                p = find_ci(p + 4, z, "-->");
                continue;
            }
            if (q < z && *q == '/') {
                closing = true;
                q++;
            }
            while (q < z && n < sizeof(name) - 1 && ascii_alnum((unsigned char)*q))
                name[n++] = (char)(*q++ | 0x20);
            name[n] = '\0';
            gt = memchr(q, '>', (size_t)(z - q));
            if (!n && !(q < z && (*q == '!' || *q == '?'))) {
                rc = quote_prefix(out, depth);
                if (rc == 0)
                    rc = put_text(out, '<'); /* a lone '<' is text */
                p++;
                continue;
            }
            p = gt ? gt + 1 : z;
            if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0 ||
                             strcmp(name, "head") == 0 || strcmp(name, "title") == 0)) {
                char end[16];

                snprintf(end, sizeof(end), "</%s", name);
                p = find_ci(p, z, end);
                gt = memchr(p, '>', (size_t)(z - p));
                p = gt ? gt + 1 : z;
                continue;
            }
            if (strcmp(name, "tr") == 0 || strcmp(name, "table") == 0)
                cell = false;
            if (g.blocks && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0 ||
                             strcmp(name, "tr") == 0 || strcmp(name, "table") == 0)) {
                /* a block table: each cell a paragraph of its own lines */
                if (strcmp(name, "table") == 0 && closing) {
                    g.blocks = false;
                    g.tables--;
                }
                trim_out(out);
                if (out->len && last_char(out) != '\n')
                    rc = od_buf_addc(out, '\n');
                if (rc == 0 && strcmp(name, "tr") != 0 && (!closing || !g.blocks) && out->len > 1 &&
                    out->data[out->len - 2] != '\n')
                    rc = od_buf_addc(out, '\n');
                continue;
            }
            if (strcmp(name, "table") == 0 && !closing && ++g.tables == 1) {
                memset(&g.pend, 0, sizeof(g.pend));
                g.blocks = block_table(p, z);
                if (g.blocks) {
                    trim_out(out);
                    if (out->len && last_char(out) != '\n')
                        rc = od_buf_addc(out, '\n');
                    continue;
                }
            } else if (strcmp(name, "table") == 0 && closing && g.tables) {
                if (g.tables-- == 1)
                    rc = grid_end_row(out, &g, depth);
            } else if (strcmp(name, "tr") == 0 && g.tables == 1) {
                rc = grid_end_row(out, &g, depth);
                if (!closing) {
                    g.row_open = true;
                    g.col = 0;
                }
            } else if (g.tables == 1 && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                rc = grid_close_cell(out, &g);
                cell = !closing;
                if (closing || rc < 0)
                    continue;
                if (!g.row_open) {
                    g.row_open = true;
                    g.col = 0;
                }
                rc = grid_carry(out, &g, depth);
                trim_out(out);
                if (rc == 0)
                    rc = g.col ? od_buf_addc(out, '\t') : quote_prefix(out, depth);
                g.in_cell = true;
                g.start = out->len;
                g.rowspan = span_attr(q, gt ? gt : z, "rowspan");
                g.colspan = span_attr(q, gt ? gt : z, "colspan");
                continue;
            }
            if (cell && !closing &&
                (strcmp(name, "br") == 0 || strcmp(name, "p") == 0 || strcmp(name, "div") == 0 ||
                 strcmp(name, "li") == 0)) {
                /* Outlook writes every cell as <td><p class=MsoNormal>...</p></td> */
                if (last_char(out) != ' ' && last_char(out) != '\t' && last_char(out) != '\n')
                    rc = od_buf_addc(out, ' ');
            } else if (cell && (strcmp(name, "p") == 0 || strcmp(name, "div") == 0 ||
                                strcmp(name, "li") == 0)) {
                /* the end of a paragraph inside a cell: nothing */
            } else if (strcmp(name, "br") == 0 || strcmp(name, "p") == 0 ||
                       strcmp(name, "div") == 0 || strcmp(name, "tr") == 0 ||
                       strcmp(name, "li") == 0 || strcmp(name, "table") == 0 ||
                       strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 ||
                       strcmp(name, "blockquote") == 0 || strcmp(name, "hr") == 0 ||
                       (n == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
                trim_out(out);
                if (strcmp(name, "br") == 0 || last_char(out) != '\n')
                    rc = od_buf_addc(out, '\n');
                if (strcmp(name, "blockquote") == 0) {
                    if (!closing && depth < MAX_QUOTE)
                        depth++;
                    else if (closing && depth)
                        depth--;
                }
            } else if (!closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                trim_out(out);
                if (last_char(out) != '\n')
                    rc = od_buf_addc(out, '\t');
                cell = true;
            } else if (closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                trim_out(out);
                cell = false;
            }
            continue;
        }
        if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && *p != '\f')
            rc = quote_prefix(out, depth);
        if (rc < 0)
            break;
        if (*p == '&') {
            size_t used = 0;

            rc = entity(p, z, out, &used);
            if (rc == 1) {
                rc = put_text(out, '&');
                used = 1;
            }
            p += used;
            continue;
        }
        rc = put_text(out, *p == '\0' ? ' ' : *p);
        p++;
    }
    return rc < 0 ? rc : 0;
}
