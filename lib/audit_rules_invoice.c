/* Audit rule invoice_valid: a requested invoice (发票) can be issued as
 * asked -- it has a 抬头, its 税号 is a valid 统一社会信用代码 or an older
 * tax number, and a 专票 has the buyer's tax number, address, phone, bank
 * and account (see docs/audit.md). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"
#include "invoice.h"

static void missing_title(struct eval *e, const struct od_rule *r)
{
    static const char *const missing[] = {"invoice.title"};
    const struct od_invoice *v = &e->o->invoice;
    struct json_object *ev;
    struct od_buf msg;

    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, "%s",
                     L("要求开票但没有发票抬头", "An invoice is requested without a title"));
    ev = audit_jobj(e);
    audit_jtext(e, ev, "type", v->type);
    audit_jlist(e, ev, "missing", missing, 1);
    audit_fire(e, r, &msg, ev, "missing");
}

/* The character at 1-based `pos` of `id` for a message: itself when
 * printable ASCII, else a description. */
static void char_at(struct eval *e, const char *id, size_t pos, char *buf, size_t len)
{
    unsigned char c = (unsigned char)id[pos - 1];

    if (c > 0x20 && c < 0x7f)
        snprintf(buf, len, "%s%c%s", L("“", "'"), c, L("”", "'"));
    else if (c == ' ')
        snprintf(buf, len, "%s", L("空格", "a space"));
    else
        snprintf(buf, len, "%s", L("非 ASCII 字符", "a non-ASCII character"));
}

static void bad_tax_id(struct eval *e, const struct od_rule *r)
{
    const char *id = e->o->invoice.tax_id;
    size_t len = 0, pos = 0;
    char expect = 0, c[64], s[2] = "";
    enum od_tax_id_verdict v = od_tax_id_check(id, &len, &pos, &expect);
    const char *problem = NULL;
    struct json_object *ev;
    struct od_buf msg;

    if (v == OD_TAX_ID_USCC || v == OD_TAX_ID_OLD)
        return;
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, "%s", L("税号 ", "Tax number "));
    audit_msg_text(e, &msg, id);
    switch (v) {
    case OD_TAX_ID_BAD_LENGTH:
        problem = "length";
        audit_msg_printf(e, &msg,
                         L("：%zu 个字符，应为 18 位统一社会信用代码或 15、17、20 位旧税号",
                           ": %zu characters; expected an 18-character unified social credit "
                           "code or an older tax number of 15, 17 or 20"),
                         len);
        break;
    case OD_TAX_ID_BAD_CHAR:
        problem = "character";
        char_at(e, id, pos, c, sizeof(c));
        if (len == 18)
            audit_msg_printf(e, &msg,
                             L("：第 %zu 位是%s，统一社会信用代码只用 0-9 和 A-H J-N P-R T-U W-Y"
                               "（不用 I、O、Z、S、V）",
                               ": character %zu is %s; a unified social credit code uses only "
                               "0-9 and A-H J-N P-R T-U W-Y (no I, O, Z, S, V)"),
                             pos, c);
        else
            audit_msg_printf(e, &msg,
                             L("：第 %zu 位是%s，旧税号只用数字和大写字母",
                               ": character %zu is %s; an older tax number uses only digits "
                               "and capital letters"),
                             pos, c);
        break;
    case OD_TAX_ID_BAD_REGION:
        problem = "region";
        char_at(e, id, pos, c, sizeof(c));
        audit_msg_printf(e, &msg,
                         L("：第 %zu 位是%s，第 3-8 位应为 6 位行政区划代码",
                           ": character %zu is %s; characters 3-8 are the 6-digit region code"),
                         pos, c);
        break;
    case OD_TAX_ID_BAD_CHECK:
        problem = "check";
        s[0] = expect;
        char_at(e, id, 18, c, sizeof(c));
        audit_msg_printf(e, &msg,
                         L("：校验码应为 %c，实为%s", ": check character should be %c, not %s"),
                         expect, c);
        break;
    case OD_TAX_ID_USCC:
    case OD_TAX_ID_OLD:
        break;
    }
    ev = audit_jobj(e);
    audit_jtext(e, ev, "tax_id", id);
    audit_jint(e, ev, "length", (int64_t)len);
    audit_jtext(e, ev, "problem", problem);
    if (pos)
        audit_jint(e, ev, "position", (int64_t)pos);
    if (s[0])
        audit_jtext(e, ev, "expected_check", s);
    audit_fire(e, r, &msg, ev, "invalid");
}

/* A 专票 needs the buyer's tax number, address, phone, bank and account. */
static void special_incomplete(struct eval *e, const struct od_rule *r)
{
    const struct od_invoice *v = &e->o->invoice;
    const struct {
        const char *value, *path, *zh, *en;
    } need[] = {
        {v->tax_id, "invoice.tax_id", "税号", "tax number"},
        {v->address, "invoice.address", "地址", "address"},
        {v->phone, "invoice.phone", "电话", "phone"},
        {v->bank, "invoice.bank", "开户行", "bank"},
        {v->account, "invoice.account", "账号", "bank account"},
    };
    const char *missing[sizeof(need) / sizeof(need[0])];
    struct json_object *ev;
    struct od_buf msg;
    size_t n = 0;

    for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++)
        if (audit_blank(need[i].value))
            missing[n++] = need[i].path;
    if (n == 0)
        return;
    od_buf_init(&msg, MSG_MAX);
    audit_msg_printf(e, &msg, "%s",
                     L("增值税专用发票缺少：", "A special VAT invoice (专票) lacks: "));
    for (size_t i = 0, k = 0; i < sizeof(need) / sizeof(need[0]); i++)
        if (audit_blank(need[i].value))
            audit_msg_printf(e, &msg, "%s%s", k++ ? L("、", ", ") : "", L(need[i].zh, need[i].en));
    ev = audit_jobj(e);
    audit_jtext(e, ev, "type", v->type);
    audit_jlist(e, ev, "missing", missing, n);
    audit_fire(e, r, &msg, ev, "incomplete");
}

void audit_rule_invoice(struct eval *e, const struct od_rule *r)
{
    const struct od_invoice *v = &e->o->invoice;

    if (!od_invoice_requested(v))
        return;
    if (audit_blank(v->title))
        missing_title(e, r);
    if (!audit_blank(v->tax_id))
        bad_tax_id(e, r);
    if (v->type && strcmp(v->type, "special") == 0)
        special_incomplete(e, r);
}
