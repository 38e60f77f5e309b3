/* The parties of a document read as a sheet (a PDF's lines, a sheet's
 * cells): how much of a cell names the buying company (sheet_int.h). */
#include <string.h>

#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "phonevalue.h"
#include "sheet_int.h"

bool pdfp_form_after(const char *cell, size_t n)
{
    const char *rest = cell + n;
    size_t words = 0;

    /* ", Ltda.", " (Pty) Ltd": one to three words, no digit, and the
     * whole cell a company by its legal form */
    if (!(rest[0] == ',' && rest[1] == ' ') && rest[0] != ' ')
        return false;
    for (const char *p = rest + 1; *p; p++) {
        if (*p >= '0' && *p <= '9')
            return false;
        words += *p != ' ' && (p[-1] == ' ' || p == rest + 1);
    }
    return words >= 1 && words <= 3 && mail_company_line(cell, strlen(cell));
}

void pdfp_title_doubt(struct sheet *sh)
{
    /* academic and professional titles: "Ing. Óscar Mejía", "Lic. Carla
     * Quispe" (not Mr., Sr., Mme, which orderd keeps as written) */
    static const char *const titles[] = {"Ing. ", "Lic. ",  "Arq. ", "Dr. ",
                                         "Dra. ", "Prof. ", "Eng. ", NULL};
    const char *t = sh->o->ship_to.name;

    for (size_t i = 0; t && titles[i]; i++)
        if (strncmp(t, titles[i], strlen(titles[i])) == 0) {
            sheet_doubt(sh,
                        "ship_to.name: '%s' starts with the title '%.*s', which clerks key "
                        "with the name or leave out: check the receiver",
                        t, (int)strlen(titles[i]) - 1, titles[i]);
            return;
        }
}

/* "(Rohan Persaud, +592 265 4410)": b[0..n) a bracket holding a person,
 * a comma and a phone; the person's end in *name_end, the phone's start
 * and end in *phone, *phone_end (offsets in b). */
static bool contact_bracket(const char *b, size_t n, size_t *name_end, size_t *phone,
                            size_t *phone_end)
{
    const char *comma;

    while (n && b[n - 1] == ' ')
        n--;
    if (n < 12 || b[0] != '(' || b[n - 1] != ')' || memchr(b + 1, '(', n - 1))
        return false;
    comma = memchr(b, ',', n);
    if (!comma || !mail_person_line(b + 1, (size_t)(comma - b - 1)))
        return false;
    *phone = (size_t)(comma + 1 - b);
    while (b[*phone] == ' ')
        (*phone)++;
    *name_end = (size_t)(comma - b);
    *phone_end = n - 1;
    return pv_phone_only(b + *phone, b + n - 1);
}

static int set_once(struct sheet *sh, char **field, const char *path, const char *v, size_t n,
                    const struct od_cell *c)
{
    if (*field)
        return 0;
    if (od_str_set(field, v, n) < 0)
        return OD_ENOMEM;
    sheet_source(sh, path, c);
    return 0;
}

bool pdfp_bracket_receiver(struct sheet *sh, const struct od_cell *c, const char *v, size_t n)
{
    const struct od_cell *next = c + 1;
    const char *open = n ? memrchr(v, '(', n) : NULL, *b;
    size_t a = n, name_end, phone, phone_end;
    struct od_order *o = sh->o;

    /* the bracket ends the value, or is the next cell of the row alone
     * (a PDF prints it as a run of its own) */
    if (open && open > v) {
        b = open;
        a = (size_t)(open - v);
    } else if (c >= sh->g->cells && next < sh->g->cells + sh->g->n && next->row == c->row) {
        b = next->text;
    } else {
        return false;
    }
    if (!contact_bracket(b, strlen(b), &name_end, &phone, &phone_end))
        return false;
    while (a && v[a - 1] == ' ')
        a--;
    if (!mail_address_shape(v, a, false))
        return false;
    if (set_once(sh, &o->ship_to.name, "ship_to.name", b + 1, name_end - 1, c) < 0 ||
        set_once(sh, &o->ship_to.phone, "ship_to.phone", b + phone, phone_end - phone, c) < 0 ||
        set_once(sh, &o->ship_to.address, "ship_to.address", v, a, c) < 0)
        sh->oom = true;
    return true;
}
