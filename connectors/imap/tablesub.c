/* A table header of two rows written as text (textread.h): the row
 * right under the header, before any item row, that holds no digit is
 * the header's second row, not an item. ERP exports pasted into a mail
 * write it so:
 *
 *     | 商品   |      | 数量 |      |          | 单价    | 金额 |
 *     | 名称   | 规格 | 箱数 | 每箱 | 合计个数 | (元/个) | (元) |
 *
 * A group word above ("商品", "数量") stands over the columns up to the
 * next word of the upper row. Below a blank upper cell the lower word
 * names the column ("规格": the specification). Under the quantity's
 * word standing over more than one column, the lower words say what
 * each counts (cases, pieces a case, pieces): one of them a quantity's
 * label is the quantity; else none is named, and the arithmetic of
 * tablecols.c (quantity x price = amount on every row) decides which
 * is. Work is linear in the two rows. */
#include <string.h>

#include "fields.h"
#include "textread.h"

/* Does [p, p + n) hold a digit, ASCII or full width? */
static bool any_digit(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];

        if (ch >= '0' && ch <= '9')
            return true;
        if (ch == 0xEF && i + 2 < n && (unsigned char)p[i + 1] == 0xBC &&
            (unsigned char)p[i + 2] >= 0x90 && (unsigned char)p[i + 2] <= 0x99)
            return true;
    }
    return false;
}

/* A unit in brackets: "(元/个)", "（元）", "[kg]". */
static bool unit_cell(const struct cell *c)
{
    static const char *const open[] = {"(", "（", "["}, *const close[] = {")", "）", "]"};
    bool o = false, e = false;

    for (size_t i = 0; i < 3; i++) {
        size_t k = strlen(open[i]), l = strlen(close[i]);

        o |= c->n > k && memcmp(c->p, open[i], k) == 0;
        e |= c->n > l && memcmp(c->p + c->n - l, close[i], l) == 0;
    }
    return o && e;
}

bool tr_header_second_row(struct pass *p, const struct cell *c, size_t n)
{
    struct table *t = &p->t;
    struct cell up[TR_MAX_CELLS];
    const char *nl, *f;
    size_t nu, named = 0, written = 0;
    int head = -1;

    if (!t->headed || t->loose || t->n_rows || n != t->n_cols || !t->start)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!c[i].n)
            continue;
        if (any_digit(c[i].p, c[i].n))
            return false;
        written++;
        named += mail_column_field(p->s, c[i].p, c[i].n) != NULL || unit_cell(&c[i]);
    }
    if (written < 2 || !named)
        return false;
    /* the upper row as written: which of its cells are blank */
    nl = strchr(t->start, '\n');
    nu = tr_split_cells(t->start, nl ? nl : t->start + strlen(t->start), up);
    if (nu != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        size_t end = i + 1, qty = 0, which = 0;

        if (!up[i].n) {
            /* below a blank: the lower word names the column */
            if (head >= 0 && tr_role_slot(t->role[head]) == TR_QTY)
                continue; /* under the quantity's group: done with its head */
            if (c[i].n && (f = mail_column_field(p->s, c[i].p, c[i].n)) != NULL) {
                t->role[i] = f;
                t->spec[i] = mail_is_spec_label(c[i].p, c[i].n);
            }
            continue;
        }
        head = (int)i;
        while (end < n && !up[end].n)
            end++;
        if (tr_role_slot(t->role[i]) != TR_QTY || end == i + 1)
            continue;
        /* the quantity's word over several columns */
        for (size_t k = i; k < end; k++)
            if (c[k].n && tr_role_slot(mail_column_field(p->s, c[k].p, c[k].n)) == TR_QTY) {
                qty++;
                which = k;
            }
        for (size_t k = i; k < end; k++)
            t->role[k] = qty == 1 && k == which ? t->role[i] : NULL;
    }
    return true;
}
