/* A ship-to written without labels (textread.h): a line that is only a
 * name, a telephone number and an address ("谢强 15520972036 安徽省合肥市
 * …仓库"), and the receiver and phone at the end of an address value
 * ("…5号楼，郭霞 13225696887"). Names are 2 to 4 ideographs; an address
 * has a digit and a word of places (省, 市, 路, 号 …). Work is linear in
 * the line. */
#include <string.h>

#include "textchar.h"
#include "textread.h"

/* A telephone number in [a, z): 7 to 15 digits among + - ( ) and
 * spaces, standing alone. */
bool tr_phone_span(const char *a, const char *z, const char **pa, const char **pz)
{
    for (const char *p = a; p < z; p++) {
        const char *e = p;
        int d = 0;

        if (!(digit(*p) || *p == '+') || (p > a && (digit(p[-1]) || alpha(p[-1]) || p[-1] == '-')))
            continue;
        while (e < z && (digit(*e) || strchr("+-() ", *e) != NULL))
            d += digit(*e++);
        while (e > p && !digit(e[-1]))
            e--;
        if (d >= 7 && d <= 15 && (e == z || !(alpha(*e) || *e == '.'))) {
            *pa = p;
            *pz = e;
            return true;
        }
        p = e > p ? e : p;
    }
    return false;
}

static bool addr_char(const char *p, const char *z)
{
    static const char *const w[] = {"省", "市", "区", "县", "路", "街", "道",
                                    "号", "镇", "村", "楼", "室", "巷", NULL};

    for (size_t i = 0; w[i]; i++)
        if (at(p, z, w[i]))
            return true;
    return false;
}

bool tr_cn_address(const char *a, const char *z)
{
    /* the traditional forms of 区 县 号 镇 楼 as well */
    static const char *const trad[] = {"區", "縣", "號", "鎮", "樓", NULL};
    bool dig = false;
    unsigned places = 0;

    for (const char *p = a; p < z && !(dig && places >= 2); p++) {
        bool place;

        dig |= *p >= '0' && *p <= '9';
        if ((unsigned char)*p < 0xE0)
            continue;
        place = addr_char(p, z);
        for (size_t i = 0; trad[i] && !place; i++)
            place = at(p, z, trad[i]);
        places += place;
    }
    return dig && places >= 2;
}

/* [a, z) ends as the name of a place, a building or a company does
 * (常州福莱家具厂, 师大店, 2号门仓库): no person's name ends so. */
static bool place_end(const char *a, const char *z)
{
    static const char *const w[] = {"厂", "店", "库", "司", "部", "门", "馆", "仓", "栋", "座",
                                    "层", "厦", "铺", "场", "站", "院", "所", "处", "厅", NULL};

    for (size_t i = 0; w[i]; i++)
        if (before(a, z, w[i]))
            return true;
    return false;
}

/* A person's name: 2 to 4 ideographs, none of an address, not ending as
 * a place does; a trailing "收" (to be received by) is dropped. */
static bool person(const char *a, const char **z)
{
    size_t k = 0;

    if (*z - a >= 9 && before(a, *z, "收"))
        *z -= 3;
    if (place_end(a, *z))
        return false;
    for (const char *p = a; p < *z; p += 3) {
        if (!cjk_at(p, *z) || addr_char(p, *z))
            return false;
        k++;
    }
    return k >= 2 && k <= 4;
}

static size_t sep_len(const char *p, const char *z)
{
    if (p < z && (*p == ' ' || *p == ',' || *p == '\t'))
        return 1;
    if (at(p, z, "，") || at(p, z, "、") || tr_is_fw_space(p, z))
        return 3;
    return 0;
}

/* "…乡里鸡望京店，店长 孙磊": the receiver's role written before the name
 * is no part of the address: where the address ends without it. */
static const char *drop_role(const char *a, const char *q)
{
    static const char *const roles[] = {"店长",   "经理",   "收货人", "收件人", "联系人",
                                        "负责人", "主管",   "仓管",   "店長",   "經理",
                                        "收貨人", "聯絡人", "負責人", NULL};

    for (size_t i = 0; roles[i]; i++) {
        size_t n = strlen(roles[i]);

        if ((size_t)(q - a) > n && memcmp(q - n, roles[i], n) == 0) {
            q -= n;
            while (q > a && sep_len(q - 1, q) == 1)
                q--;
            while (q - a >= 3 && sep_len(q - 3, q) == 3)
                q -= 3;
            return q;
        }
    }
    return q;
}

/* Where the separators before q end, going back from q (at a when none
 * is left). */
static const char *back_over_seps(const char *a, const char *q)
{
    for (;;) {
        if (q > a && sep_len(q - 1, q) == 1)
            q--;
        else if (q - a >= 3 && sep_len(q - 3, q) == 3)
            q -= 3;
        else
            return q;
    }
}

/* A contact's word right before q ("聯絡", "联系人", "Attn"): where it
 * starts, else NULL. */
static const char *contact_word_at(const char *a, const char *q)
{
    static const char *const words[] = {"联系人", "聯絡人", "聯繫人", "收货人", "收貨人", "联系",
                                        "联络",   "聯絡",   "聯繫",   "Attn:",  "Attn",   NULL};

    for (size_t i = 0; words[i]; i++)
        if (before(a, q, words[i]))
            return q - strlen(words[i]);
    return NULL;
}

/* The contact's word before q dropped with what joins it ("，聯絡 "):
 * where the address ends. */
static const char *drop_contact_word(const char *a, const char *q)
{
    const char *w = contact_word_at(a, q);

    return w ? w : q;
}

/* "聯絡 Ivy", "Attn: Ann Lee" before ne: a name of one or two words of
 * Latin letters, each with a capital first, right after a contact's word.
 * Where the name starts, else NULL. */
static const char *latin_contact(const char *a, const char *ne)
{
    const char *q = ne, *w;

    for (int words = 0; words < 2; words++) {
        const char *e = q;

        while (q > a && ((q[-1] >= 'a' && q[-1] <= 'z') || (q[-1] >= 'A' && q[-1] <= 'Z')))
            q--;
        if (q == e || !(*q >= 'A' && *q <= 'Z'))
            return NULL;
        for (w = q; w > a && w[-1] == ' ';)
            w--;
        if (contact_word_at(a, w))
            return q;
        if (w == q || words == 1)
            return NULL;
        q = w;
    }
    return NULL;
}

/* "电话 17673108826": a phone's word right before q (after separators):
 * where it starts, else q. */
static const char *drop_phone_word(const char *a, const char *q)
{
    static const char *const words[] = {"联系电话", "电话", "手机", "電話", "手機", NULL};
    const char *e = back_over_seps(a, q);

    for (size_t i = 0; words[i]; i++)
        if (before(a, e, words[i]))
            return e - strlen(words[i]);
    return q;
}

const char *tr_addr_name_phone(const char *a, const char *z, const char **name, size_t *name_n,
                               const char **phone, size_t *phone_n)
{
    const char *pa, *pz, *q, *ne, *ns, *sl;

    z = tr_rtrim(a, z);
    /* "…包装车间 裴建国 0359-7012236 / 13935951108": of two numbers after
     * the name the first is the phone; the second is left out */
    sl = memrchr(a, '/', (size_t)(z - a));
    if (sl && sl > a && tr_phone_span(tr_skip_ws(sl + 1, z), z, &pa, &pz) &&
        pa == tr_skip_ws(sl + 1, z) && pz == z) {
        const char *b = tr_rtrim(a, sl), *fa, *fz, *f = a;

        while (tr_phone_span(f, b, &fa, &fz) && fz < b)
            f = fz;
        if (tr_phone_span(f, b, &fa, &fz) && fz == b)
            z = b;
    }
    if (tr_phone_span(a, z, &pa, &pz) && pz == z) { /* … name phone */
        while (tr_phone_span(pz, z, &pa, &pz))
            ; /* the last one */
        /* "…3 号仓，顾佳怡，186-2175-0934": a separator may part them */
        ne = q = back_over_seps(a, tr_rtrim(a, pa));
        while (q - a >= 3 && cjk_at(q - 3, q) && !sep_len(q - 3, q))
            q -= 3;
        ns = q;
        if (ns == ne && (ns = latin_contact(a, ne)) != NULL) {
            /* "…9 樓 B 室，聯絡 Ivy 6288 1947": a contact's label, a
             * given name in Latin letters */
            q = ns;
            while (q > a && q[-1] == ' ')
                q--;
            q = drop_contact_word(a, q);
            if (q == a || back_over_seps(a, q) == q)
                return NULL;
        } else if (!ns || !person(ns, &ne) || q == a || back_over_seps(a, q) == q) {
            return NULL;
        }
        q = back_over_seps(a, q);
    } else { /* … phone name ("…师大店 电话 17673108826 小周") */
        const char *b;

        ne = z;
        q = z;
        while (q - a >= 3 && cjk_at(q - 3, q) && !sep_len(q - 3, q))
            q -= 3;
        ns = q;
        b = back_over_seps(a, q);
        if (!person(ns, &ne) || b == q || !tr_phone_span(a, b, &pa, &pz))
            return NULL;
        while (tr_phone_span(pz, b, &pa, &pz))
            ; /* the last one */
        if (pz != b || pa == a || back_over_seps(a, pa) == pa)
            return NULL;
        q = back_over_seps(a, drop_phone_word(a, pa));
    }
    q = drop_role(a, q);
    if (q == a)
        return NULL;
    *name = ns;
    *name_n = (size_t)(ne - ns);
    *phone = pa;
    *phone_n = (size_t)(pz - pa);
    return q;
}

const char *tr_drop_deliver_word(const char *a, const char *z)
{
    const char *q = tr_rtrim(a, z);

    if (q - a > 6 && before(a, q, "收货") && sep_len(q - 7, q - 6) == 1)
        return tr_rtrim(a, q - 6);
    /* "…6 号棚区 仓库，收货 于洪波 186…": after a full-width comma */
    if (q - a > 9 && before(a, q, "收货") && before(a, q - 6, "，"))
        return tr_rtrim(a, q - 9);
    return z;
}

/* "送货到 哈尔滨市…": the word that says where the goods go, before the
 * address, is no part of it: where the address starts. */
static const char *skip_go_word(const char *a, const char *z)
{
    static const char *const go[] = {"送货到", "送貨到", "送货至", "送到", "送至",
                                     "送往",   "发到",   "發到",   "寄到", "寄至"};

    for (size_t k = 0; k < sizeof(go) / sizeof(go[0]); k++) {
        size_t m = strlen(go[k]), s;
        const char *q = a + m;

        if ((size_t)(z - a) <= m + 1 || memcmp(a, go[k], m) != 0 || !sep_len(q, z))
            continue;
        while (q < z && (s = sep_len(q, z)) != 0)
            q += s;
        return q < z ? q : a;
    }
    /* "送安溪县 感德镇 …": 送 glued to a place name (its first word ends in
     * 省 市 县 区 州 旗 镇 and has two characters or more) */
    if ((size_t)(z - a) > 9 && memcmp(a, "送", 3) == 0) {
        static const char *const place[] = {"省", "市", "县", "区", "州",
                                            "旗", "镇", "縣", "區", "鎮"};
        const char *w = a + 3, *e = w;

        while (e < z && !sep_len(e, z))
            e++;
        for (size_t k = 0; e - w >= 6 && k < sizeof(place) / sizeof(place[0]); k++)
            if (memcmp(e - 3, place[k], 3) == 0 && !at(w, z, "货") && !at(w, z, "貨"))
                return w;
    }
    return a;
}

/* "谢强 15520972036 安徽省合肥市…仓库", "韦艳，+8619944770033，天津市…",
 * "地址还是老地址：义乌市…3楼 阿芳收 13957912345": only a name, a phone
 * and an address (with a digit and a word of places). */
int tr_ship_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    const char *pa, *pz, *na = NULL, *nz = NULL, *aa = NULL, *az = NULL;
    bool digits = false, place = false;

    if (p->prose.ship || !tr_phone_span(a, z, &pa, &pz))
        return 0;
    for (const char *q = pa; q > a; q--)
        if (q[-1] == ':' || (q - a >= 3 && before(a, q, "："))) {
            for (const char *c = a; c < q; c++)
                if (digit(*c))
                    return 0;
            a = q;
            break;
        }
    /* "宁波市…景江路66号 明欣电器仓库，收货人 郑伟 158 5748 3310": the
     * address first, then who receives and their phone */
    {
        size_t nn = 0, pn = 0;
        const char *ph = NULL;
        const char *ae = tr_addr_name_phone(a, z, &na, &nn, &ph, &pn);

        if (ae) {
            for (const char *c = a; c < ae; c++) {
                digits |= digit(*c);
                place |= addr_char(c, ae);
            }
            if (digits && place) {
                const char *ad = skip_go_word(a, ae);

                tr_set_ship(p, line, na, nn, ph, pn, ad, (size_t)(ae - ad));
                return 1;
            }
            /* not an address: the line is read below from its own
             * first phone, with no name yet */
            digits = place = false;
            na = NULL;
        }
    }
    for (const char *q = a; q < z;) {
        const char *e = q, *pe;
        size_t s;

        if ((s = sep_len(q, z)) > 0) {
            q += s;
            continue;
        }
        if (q == pa) {
            q = pz;
            continue;
        }
        while (e < z && !sep_len(e, z) && e != pa)
            e++;
        pe = e;
        if (!na && person(q, &pe)) {
            na = q;
            nz = pe;
        } else {
            if (aa && ((na && na > aa && na < q) || (pa > aa && pa < q)))
                return 0; /* the address is cut by the name or the phone */
            if (!aa)
                aa = q;
            az = e;
            for (const char *c = q; c < e; c++) {
                digits |= digit(*c);
                place |= addr_char(c, e);
            }
        }
        q = e;
    }
    if (!na || !aa || !digits || !place)
        return 0;
    aa = skip_go_word(aa, az);
    tr_set_ship(p, line, na, (size_t)(nz - na), pa, (size_t)(pz - pa), aa, (size_t)(az - aa));
    return 1;
}

void tr_set_ship(struct pass *p, unsigned line, const char *name, size_t name_n, const char *phone,
                 size_t phone_n, const char *addr, size_t addr_n)
{
    p->prose.ship = true;
    p->prose.ship_line = line;
    p->prose.name = name;
    p->prose.name_n = name_n;
    p->prose.phone = phone;
    p->prose.phone_n = phone_n;
    p->prose.addr = addr;
    p->prose.addr_n = addr_n;
}
