/* Labels of two words that name a party of the order (sheet_int.h),
 * though each word alone may name another field:
 *
 * - a contact's word and a place's word, "Contacto bodega:", "Ship To
 *   Contact:", "Warehouse contact:", "Contacto de entrega:": who takes
 *   the goods in where they are delivered, ship_to.name, whose value may
 *   end with the person's phone ("Cristián Fuentes +56 9 8765 4321").
 *   A contact of another party ("Vendor contact", "Buyer contact",
 *   "Accounts contact") is no such label;
 * - a supplier's word and a reference's word, "Vendor ID: HENGDA001",
 *   "Supplier No.": the supplier's account, so the company named beside
 *   it is the supplier, not the buyer. */
#include <string.h>

#include "sheet_int.h"

static const char *const contact_words[] = {"contact",       "contacto", "contato",   "kontakt",
                                            "contactperson", "attn",     "attention", NULL};

/* Where goods are delivered, folded ("Ship To" is "shipto"). */
static const char *const place_words[] = {
    "bodega",    "debodega", "warehouse", "almacen",   "almacén", "dealmacen",
    "dealmacén", "site",     "onsite",    "delivery",  "entrega", "deentrega",
    "receiving", "shipto",   "deliverto", "dock",      "store",   "planta",
    "plant",     "lager",    "magazzino", "armazem",   "armazém", "deposito",
    "depósito",  "goodsin",  "recepción", "recepcion", NULL};

/* t[0..n) folded is one of `words`. */
static bool folded_among(const char *t, size_t n, const char *const *words)
{
    char f[64];
    size_t k = mail_label_fold(t, n, f, sizeof(f));

    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == k && memcmp(f, words[i], k) == 0)
            return true;
    return false;
}

const char *sheet_receiver_label(const char *t, size_t *value_off)
{
    const char *colon = strchr(t, ':'), *wide = strstr(t, "："), *v, *sp, *last;
    size_t cut;

    if (wide && (!colon || wide < colon))
        colon = wide;
    if (!colon || colon == t)
        return NULL;
    cut = (size_t)(colon - t);
    while (cut && t[cut - 1] == ' ')
        cut--;
    sp = memchr(t, ' ', cut);
    if (!sp)
        return NULL; /* one word: the shared labels' */
    for (last = t + cut; last > t && last[-1] != ' ';)
        last--;
    /* the contact's word first or last, the place's word the rest */
    if (!(folded_among(t, (size_t)(sp - t), contact_words) &&
          folded_among(sp + 1, (size_t)(t + cut - sp - 1), place_words)) &&
        !(folded_among(last, (size_t)(t + cut - last), contact_words) &&
          folded_among(t, (size_t)(last - t), place_words)))
        return NULL;
    v = colon + (*colon == ':' ? 1 : strlen("："));
    while (*v == ' ')
        v++;
    if (!*v)
        return NULL;
    *value_off = (size_t)(v - t);
    return "ship_to.name";
}

/* The supplier's account with the buyer, folded. */
static const char *const supplier_refs[] = {
    "vendorid",        "vendorno",   "vendornumber", "vendorcode",     "vendoraccount",
    "vendor",          "supplierid", "supplierno",   "suppliernumber", "suppliercode",
    "supplieraccount", "供应商编号", "供应商编码",   "供应商代码",     "供應商編號",
    "供應商代碼",      NULL};

bool sheet_supplier_ref_label(const char *t)
{
    const char *colon = strchr(t, ':'), *wide = strstr(t, "：");
    size_t cut = strlen(t);

    if (wide && (!colon || wide < colon))
        colon = wide;
    if (colon)
        cut = (size_t)(colon - t);
    return cut && folded_among(t, cut, supplier_refs);
}

/* A Chinese phone's word set right before its number, no colon. */
static const char *const phone_words[] = {"电话", "手机", "電話", "手機", "座机", "固话", NULL};

/* The phone's word at p (before z) glued to a number: where the number
 * starts, else NULL. */
static const char *worded_number(const char *p, const char *z)
{
    for (size_t i = 0; phone_words[i]; i++) {
        size_t k = strlen(phone_words[i]);

        if ((size_t)(z - p) > k && memcmp(p, phone_words[i], k) == 0 && p[k] >= '0' && p[k] <= '9')
            return p + k;
    }
    return NULL;
}

/* A run of digits and '-' from p: its end, when it holds 7 digits or
 * more (a phone's), else NULL. */
static const char *number_end(const char *p, const char *z)
{
    size_t digits = 0;

    for (; p < z && ((*p >= '0' && *p <= '9') || *p == '-'); p++)
        digits += *p != '-';
    return digits >= 7 && digits <= 15 ? p : NULL;
}

size_t sheet_glued_phones(const char *v, size_t n, size_t *num_end, size_t *name_end, bool *more)
{
    const char *z = v + n, *num = NULL, *end = NULL, *p;
    size_t name = 0;
    bool others = false;

    for (p = v + 1; p < z && !num; p++)
        if (p[-1] == ' ' && (num = worded_number(p, z)) != NULL)
            name = (size_t)(p - v);
    if (!num || !(end = number_end(num, z)))
        return 0;
    while (name && v[name - 1] == ' ')
        name--;
    if (!name || strpbrk(v, "0123456789") < num)
        return 0; /* "巴特尔 0483-8336215 手机151…": a number before, read so */
    /* after it: nothing, or more numbers each after its word */
    for (p = end; p < z;) {
        const char *q, *e;

        while (p < z && *p == ' ')
            p++;
        if (p == z)
            break;
        if (!(q = worded_number(p, z)) || !(e = number_end(q, z)))
            return 0;
        others = true;
        p = e;
    }
    *num_end = (size_t)(end - v);
    *name_end = name;
    *more = others;
    return (size_t)(num - v);
}
