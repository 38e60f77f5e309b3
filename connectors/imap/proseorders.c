/* Orders of one text told apart by numbers inside sentences ("【第一单】
 * 工厂用 单号 CZNW-271129-A" ... "【第二单】门市用 单号 CZNW-271129-B"):
 * prose.c reads one order number from a sentence per level, so that a
 * number repeated in passing ("订单号还是上面那个") does not split an
 * order; a second number is read once the first one has items after it,
 * which is where text.c starts a new order (docs/email-extraction.md,
 * "Several orders"). */
#include "proseorders.h"

#include <string.h>

bool pso_sentence_id_open(const struct pass *p)
{
    if (!p->id_seen)
        return true;
    for (size_t i = p->n; i > 0; i--) {
        const struct ev *e = &p->ev[i - 1];

        if (e->kind == EV_ITEM)
            return true;
        if (e->kind == EV_LABEL && e->field && strcmp(e->field, "external_id") == 0)
            return false;
    }
    return false;
}

const char *pso_glued_id(const char *w, const char *z)
{
    static const char *const labels[] = {"采购单号", "订货单号", "订单号", "单号",
                                         "訂單號",   "採購單號", "單號",   NULL};
    static const char *const verbs[] = {"就用", "就是", "用", "是", "为", "為", NULL};

    for (size_t i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        const char *v = w + n;

        if ((size_t)(z - w) <= n || memcmp(w, labels[i], n) != 0)
            continue;
        /* "订单号就用FJ-DM-1123吧": a verb between the label and its value */
        for (size_t k = 0; verbs[k]; k++)
            if ((size_t)(z - v) > strlen(verbs[k]) && memcmp(v, verbs[k], strlen(verbs[k])) == 0) {
                v += strlen(verbs[k]);
                break;
            }
        if ((*v >= 'A' && *v <= 'Z') || (*v >= 'a' && *v <= 'z') || (*v >= '0' && *v <= '9'))
            return v;
        return NULL;
    }
    return NULL;
}
