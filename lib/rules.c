/* Audit rules file loader (see rules.h).
 *
 * The file is read whole and turned into a node tree by lib/yamltree.c,
 * the same code lib/config.c uses (at most 1 MiB, every node keeps its
 * start mark, aliases are refused and nesting is capped). The tree is
 * then checked rule by rule against the table of rule types below; this
 * file owns those checks and their messages.
 *
 * Errors are collected, not returned one at a time (yamltree.h's
 * od_yaml_errs): each problem becomes "file:line:column: message", the
 * loader moves on to the next key or rule, and the messages are sorted by
 * position at the end. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strndup, GNU strerror_r */
#endif

#include "rules.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "configschema.h"
#include "error.h"
#include "fieldpath.h"
#include "timeutil.h"
#include "yamltree.h"

#define RULES_LIST_MAX      (16 * 1024) /* bytes of an "allowed: ..." list */
#define RULES_ID_MAX        64          /* bytes of a rule id */
#define RULES_WAREHOUSE_MAX 63          /* fits od_reservation.warehouse */
#define RULES_MINUTES_MAX   525600      /* one year */

/* ---- error collection ---------------------------------------------------- */

struct ctx {
    const char *file;      /* the rules file, for messages (borrowed) */
    struct od_yaml_errs y; /* all messages, flushed at the end */
};

/* "<what>: expected <expected>; got <v>" at v. */
static void type_error(struct ctx *ctx, const struct od_ynode *v, const char *what,
                       const char *expected)
{
    char *got = od_yaml_describe(v);

    if (!got) {
        od_yaml_oom(&ctx->y);
        return;
    }
    od_yaml_err_at(&ctx->y, ctx->file, &v->mark, "%s: expected %s; got %s", what, expected, got);
    free(got);
}

/* ---- rule types ------------------------------------------------------------ */

#define A_HOLD     (1u << OD_ACTION_HOLD)
#define A_REJECT   (1u << OD_ACTION_REJECT)
#define A_TAG      (1u << OD_ACTION_TAG)
#define A_PRIORITY (1u << OD_ACTION_SET_PRIORITY)
#define A_ALL      (A_HOLD | A_REJECT | A_TAG | A_PRIORITY)

static const char *const action_names[] = {
    [OD_ACTION_HOLD] = "hold",
    [OD_ACTION_REJECT] = "reject",
    [OD_ACTION_TAG] = "tag",
    [OD_ACTION_SET_PRIORITY] = "set_priority",
};
#define N_ACTIONS (sizeof(action_names) / sizeof(action_names[0]))

/* Keys every rule may have. */
static const char *const common_keys[] = {"id",  "type",     "action", "channels",
                                          "tag", "priority", NULL};

struct type_info {
    const char *name;
    const char *params[3]; /* NULL-terminated */
    const char *required;  /* a parameter that must be given, or NULL */
    unsigned actions;      /* allowed actions */
};

static const struct type_info types[] = {
    [OD_RULE_REQUIRED_FIELDS] = {"required_fields", {"fields", NULL}, "fields", A_ALL},
    [OD_RULE_SKU_KNOWN] = {"sku_known", {NULL}, NULL, A_ALL},
    [OD_RULE_STOCK] = {"stock", {"warehouse", NULL}, NULL, A_ALL},
    [OD_RULE_CREDIT_LIMIT] = {"credit_limit", {NULL}, NULL, A_ALL},
    [OD_RULE_PRICE_LIST] = {"price_list", {"tolerance_pct", NULL}, NULL, A_ALL},
    [OD_RULE_TOTALS_CONSISTENT] = {"totals_consistent", {"tolerance", NULL}, NULL, A_ALL},
    [OD_RULE_AMOUNT] = {"amount", {"above", "below", NULL}, NULL, A_ALL},
    [OD_RULE_BUYER_NOTE] = {"buyer_note", {"keywords", NULL}, NULL, A_ALL},
    [OD_RULE_BLACKLIST] = {"blacklist", {NULL}, NULL, A_ALL},
    [OD_RULE_DUPLICATE] = {"duplicate", {"window", NULL}, NULL, A_ALL},
    [OD_RULE_ADDRESS_COMPLETE] = {"address_complete", {NULL}, NULL, A_ALL},
    [OD_RULE_WAIT] = {"wait", {"minutes", NULL}, "minutes", A_HOLD},
    [OD_RULE_PRIORITY] = {"priority", {"keywords", NULL}, "keywords", A_PRIORITY | A_TAG},
    [OD_RULE_INVOICE_VALID] = {"invoice_valid", {NULL}, NULL, A_ALL},
};
#define N_TYPES (sizeof(types) / sizeof(types[0]))

const char *od_rule_type_name(enum od_rule_type t)
{
    if ((unsigned)t >= N_TYPES)
        return NULL;
    return types[t].name;
}

int od_rule_type_from_name(const char *name)
{
    for (size_t i = 0; name && i < N_TYPES; i++)
        if (strcmp(types[i].name, name) == 0)
            return (int)i;
    return -1;
}

bool od_rule_applies(const struct od_rule *r, const char *channel)
{
    if (!r)
        return false;
    if (r->channels.n == 0)
        return true;
    for (size_t i = 0; channel && i < r->channels.n; i++)
        if (strcmp(r->channels.items[i], channel) == 0)
            return true;
    return false;
}

/* ---- freeing ------------------------------------------------------------------ */

static void strlist_clear(struct od_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    l->n = 0;
    l->items = NULL;
}

static void rule_clear(struct od_rule *r)
{
    free(r->id);
    strlist_clear(&r->channels);
    free(r->tag);
    free(r->priority);
    strlist_clear(&r->fields);
    free(r->warehouse);
    strlist_clear(&r->keywords);
}

void od_rules_free(struct od_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->rules && i < r->n; i++)
        rule_clear(&r->rules[i]);
    free(r->rules);
    free(r->path);
    free(r->language);
    for (size_t i = 0; i < r->match_by.n; i++) {
        free(r->match_by.keys[i]);
        free(r->match_by.values[i]);
    }
    free(r->match_by.keys);
    free(r->match_by.values);
    free(r);
}

int od_rules_set_match(struct od_rules *r, const char *channel, const struct od_strlist *by)
{
    struct od_buf b;
    char **k, **v, *key;

    if (!by || by->n == 0)
        return 0;
    od_buf_init(&b, 256);
    for (size_t i = 0; i < by->n; i++)
        if ((i && od_buf_addc(&b, ',') < 0) || od_buf_adds(&b, by->items[i]) < 0) {
            od_buf_free(&b);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
    k = realloc(r->match_by.keys, (r->match_by.n + 1) * sizeof(*k));
    if (k)
        r->match_by.keys = k;
    v = realloc(r->match_by.values, (r->match_by.n + 1) * sizeof(*v));
    if (v)
        r->match_by.values = v;
    key = strdup(channel);
    if (!k || !v || !key) {
        free(key);
        od_buf_free(&b);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    r->match_by.keys[r->match_by.n] = key;
    r->match_by.values[r->match_by.n] = od_buf_steal(&b);
    r->match_by.n++;
    return 0;
}

/* ---- values ---------------------------------------------------------------- */

/* "a, b, c" of a NULL-terminated list into a new string; NULL on OOM. */
static char *join_names(const char *const *names, const char *const *more)
{
    struct od_buf b;
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, RULES_LIST_MAX);
    for (size_t i = 0; names && names[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", names[i]);
    for (size_t i = 0; more && more[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", more[i]);
    if (rc != OD_ENOMEM)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

static char *type_list(void)
{
    const char *names[N_TYPES + 1];

    for (size_t i = 0; i < N_TYPES; i++)
        names[i] = types[i].name;
    names[N_TYPES] = NULL;
    return join_names(names, NULL);
}

static char *action_list(unsigned mask)
{
    const char *names[N_ACTIONS + 1];
    size_t n = 0;

    for (size_t i = 0; i < N_ACTIONS; i++)
        if (mask & (1u << i))
            names[n++] = action_names[i];
    names[n] = NULL;
    return join_names(names, NULL);
}

/* A copy of a plain text value, or NULL after reporting (expected text). */
static char *text_value(struct ctx *ctx, const struct od_ynode *v, const char *key,
                        const char *expected)
{
    char *s;

    if (!od_ynode_has_text(v)) {
        if (!(v->type == OD_YN_SCALAR && !od_ynode_is_text(v))) /* NUL: reported already */
            type_error(ctx, v, key, expected);
        return NULL;
    }
    s = strdup(v->str);
    if (!s)
        od_yaml_oom(&ctx->y);
    return s;
}

static bool has_space_or_control(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if (c <= 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

/* A list of non-empty strings (a single scalar counts as a list of one).
 * Returns 0, or -1 after reporting. */
static int list_value(struct ctx *ctx, const struct od_ynode *v, const char *key,
                      const char *expected, struct od_strlist *out)
{
    struct od_strlist l = {0};
    size_t n;
    int rc = -1;

    if (v->type == OD_YN_MAP || od_ynode_is_null(v)) {
        type_error(ctx, v, key, expected);
        goto out;
    }
    n = v->type == OD_YN_SCALAR ? 1 : v->n;
    for (size_t i = 0; i < n; i++) {
        const struct od_ynode *it = v->type == OD_YN_SCALAR ? v : v->kids[i];

        if (it->type == OD_YN_SCALAR && !od_ynode_is_text(it))
            goto out; /* NUL: reported already */
        if (!od_ynode_has_text(it) || it->len == 0) {
            type_error(ctx, it, key, expected);
            goto out;
        }
    }
    l.items = calloc(n ? n : 1, sizeof(char *));
    if (!l.items) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct od_ynode *it = v->type == OD_YN_SCALAR ? v : v->kids[i];

        l.items[i] = strdup(it->str);
        if (!l.items[i]) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        l.n++;
    }
    strlist_clear(out);
    *out = l;
    memset(&l, 0, sizeof(l));
    rc = 0;
out:
    strlist_clear(&l);
    return rc;
}

/* A percentage with at most two decimals, 0 to 100, optionally followed
 * by '%': "5", "2.5", "0.25%" -> basis points (1/100 %). */
static bool parse_pct(const char *s, int64_t *out)
{
    int64_t whole = 0, frac = 0;
    int nd = 0, nf = 0;
    const char *p = s;

    while (*p >= '0' && *p <= '9' && nd < 4) {
        whole = whole * 10 + (*p - '0');
        p++;
        nd++;
    }
    if (nd == 0)
        return false;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9' && nf < 2) {
            frac = frac * 10 + (*p - '0');
            p++;
            nf++;
        }
        if (nf == 0)
            return false;
        if (nf == 1)
            frac *= 10;
    }
    if (*p == '%')
        p++;
    if (*p != '\0')
        return false;
    if (whole * 100 + frac > 10000)
        return false;
    *out = whole * 100 + frac;
    return true;
}

static bool parse_minutes(const char *s, int64_t *out)
{
    char *end = NULL;
    long long v;

    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || !end || *end != '\0' || v < 0 || v > RULES_MINUTES_MAX)
        return false;
    *out = (int64_t)v;
    return true;
}

/* ---- one rule ---------------------------------------------------------------- */

/* Key nodes and value nodes a rule mapping gave, by name. */
struct seen {
    const char *name;
    const struct od_ynode *key, *val;
};

struct rule_ctx {
    struct ctx *ctx;
    struct od_rule *r;
    const struct od_ynode *map;
    int type;          /* -1 when unknown or missing */
    struct seen *seen; /* keys given, first occurrence */
    size_t n_seen;
    const struct od_ynode *above; /* amount: the nodes, for the order check */
    const struct od_ynode *below;
};

static const struct seen *seen_get(const struct rule_ctx *rc, const char *name)
{
    for (size_t i = 0; i < rc->n_seen; i++)
        if (strcmp(rc->seen[i].name, name) == 0)
            return &rc->seen[i];
    return NULL;
}

static bool name_in(const char *name, const char *const *names)
{
    for (size_t i = 0; names && names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static void set_common(struct rule_ctx *rc, const char *key, const struct od_ynode *v)
{
    struct ctx *ctx = rc->ctx;
    struct od_rule *r = rc->r;
    char *s;

    if (strcmp(key, "id") == 0) {
        s = text_value(ctx, v, "id", "a rule name");
        if (s && (strlen(s) > RULES_ID_MAX || has_space_or_control(s))) {
            char *got = od_yaml_describe(v);

            if (got)
                od_yaml_err_at(&ctx->y, ctx->file, &v->mark,
                               "id: expected a name of 1 to %d bytes without spaces; got %s",
                               RULES_ID_MAX, got);
            else
                od_yaml_oom(&ctx->y);
            free(got);
            free(s);
            s = NULL;
        }
        if (s) {
            free(r->id);
            r->id = s;
        }
    } else if (strcmp(key, "type") == 0) {
        /* Read before the other keys (see load_rule). */
    } else if (strcmp(key, "action") == 0) {
        size_t i;

        for (i = 0; od_ynode_has_text(v) && i < N_ACTIONS; i++)
            if (strcmp(v->str, action_names[i]) == 0)
                break;
        if (!od_ynode_has_text(v) || i == N_ACTIONS) {
            type_error(ctx, v, "action", "one of hold, reject, tag, set_priority");
            return;
        }
        r->action = (enum od_rule_action)i;
        if (rc->type >= 0 && !(types[rc->type].actions & (1u << i))) {
            char *allowed = action_list(types[rc->type].actions);

            if (allowed)
                od_yaml_err_at(&ctx->y, ctx->file, &v->mark,
                               "action '%s' is not allowed for type %s; allowed: %s",
                               action_names[i], types[rc->type].name, allowed);
            else
                od_yaml_oom(&ctx->y);
            free(allowed);
        }
    } else if (strcmp(key, "channels") == 0) {
        list_value(ctx, v, "channels", "a list of channel names", &r->channels);
    } else if (strcmp(key, "tag") == 0) {
        s = text_value(ctx, v, "tag", "a tag");
        if (s) {
            free(r->tag);
            r->tag = s;
        }
    } else if (strcmp(key, "priority") == 0) {
        s = text_value(ctx, v, "priority", "a priority such as urgent");
        if (s) {
            free(r->priority);
            r->priority = s;
        }
    }
}

static void set_param(struct rule_ctx *rc, const char *key, const struct od_ynode *v)
{
    struct ctx *ctx = rc->ctx;
    struct od_rule *r = rc->r;
    int64_t i64 = 0;
    od_money m = 0;
    char *s;

    if (v->type == OD_YN_SEQ && v->n == 0 &&
        (strcmp(key, "fields") == 0 ||
         (strcmp(key, "keywords") == 0 && rc->type == OD_RULE_PRIORITY))) {
        od_yaml_err_at(&ctx->y, ctx->file, &v->mark, "%s: expected at least one %s", key,
                       strcmp(key, "fields") == 0 ? "field" : "keyword");
        return;
    }
    if (strcmp(key, "fields") == 0) {
        if (list_value(ctx, v, "fields", "a list of field paths such as ship_to.phone",
                       &r->fields) < 0)
            return;
        for (size_t i = 0; i < r->fields.n; i++) {
            const struct od_ynode *it = v->type == OD_YN_SEQ ? v->kids[i] : v;
            char *known;

            if (name_in(r->fields.items[i], od_field_path_names))
                continue;
            known = join_names(od_field_path_names, NULL);
            if (known)
                od_yaml_err_at(&ctx->y, ctx->file, &it->mark,
                               "fields: unknown field '%s'; known fields: %s", r->fields.items[i],
                               known);
            else
                od_yaml_oom(&ctx->y);
            free(known);
        }
    } else if (strcmp(key, "warehouse") == 0) {
        s = text_value(ctx, v, "warehouse", "a warehouse name");
        if (s && strlen(s) > RULES_WAREHOUSE_MAX) {
            od_yaml_err_at(&ctx->y, ctx->file, &v->mark, "warehouse: at most %d bytes",
                           RULES_WAREHOUSE_MAX);
            free(s);
            s = NULL;
        }
        if (s) {
            free(r->warehouse);
            r->warehouse = s;
        }
    } else if (strcmp(key, "tolerance_pct") == 0) {
        if (!od_ynode_has_text(v) || !parse_pct(v->str, &i64)) {
            type_error(ctx, v, "tolerance_pct", "a percentage from 0 to 100 like 5 or 2.5");
            return;
        }
        r->tolerance_bp = i64;
    } else if (strcmp(key, "tolerance") == 0 || strcmp(key, "above") == 0 ||
               strcmp(key, "below") == 0) {
        bool tol = strcmp(key, "tolerance") == 0;

        od_error_clear();
        if (!od_ynode_has_text(v) || od_money_parse(v->str, v->len, &m) < 0) {
            type_error(ctx, v, key, "an amount like \"50000.00\"");
            return;
        }
        if (tol && m < 0) {
            od_yaml_err_at(&ctx->y, ctx->file, &v->mark,
                           "tolerance: must not be negative; got '%s'", v->str);
            return;
        }
        if (tol)
            r->tolerance = m;
        else if (strcmp(key, "above") == 0) {
            r->above = m;
            rc->above = v;
        } else {
            r->below = m;
            rc->below = v;
        }
    } else if (strcmp(key, "keywords") == 0) {
        list_value(ctx, v, "keywords", "a list of words", &r->keywords);
    } else if (strcmp(key, "window") == 0) {
        if (!od_ynode_has_text(v) || od_duration_parse(v->str, &i64) < 0 || i64 <= 0) {
            type_error(ctx, v, "window", "a duration like 30m, 24h or 7d");
            return;
        }
        r->window_ms = i64;
    } else if (strcmp(key, "minutes") == 0) {
        if (!od_ynode_has_text(v) || !parse_minutes(v->str, &i64)) {
            type_error(ctx, v, "minutes", "a whole number of minutes from 0 to 525600");
            return;
        }
        r->minutes = i64;
    }
}

/* The "allowed: ..." list of a rule of type t. */
static char *allowed_keys(int t)
{
    return join_names(common_keys, t >= 0 ? types[t].params : NULL);
}

/* Check a rule mapping and fill `r`. Returns true when the rule is
 * usable (no error was found in it). */
static bool load_rule(struct ctx *ctx, const struct od_ynode *map, struct od_rule *r)
{
    struct rule_ctx rc;
    const struct seen *sv;
    const struct od_ynode *typev = NULL;
    size_t before = ctx->y.total;
    char *allowed = NULL;

    memset(&rc, 0, sizeof(rc));
    rc.ctx = ctx;
    rc.r = r;
    rc.map = map;
    rc.type = -1;
    rc.seen = calloc(od_ynode_pairs(map) + 1, sizeof(*rc.seen));
    if (!rc.seen) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    r->line = (int)map->mark.line + 1;
    r->column = (int)map->mark.column + 1;
    r->above = OD_MONEY_NONE;
    r->below = OD_MONEY_NONE;
    r->tolerance = 1; /* "0.01" */
    r->tolerance_bp = 0;
    r->window_ms = 24LL * 3600 * 1000;
    r->action = OD_ACTION_HOLD;

    /* Pass 1: keys are text and not repeated; find the type. */
    for (size_t p = 0; p < od_ynode_pairs(map) && !ctx->y.stop; p++) {
        const struct od_ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];

        if (!od_ynode_has_text(kn)) {
            if (od_ynode_is_text(kn) || kn->type != OD_YN_SCALAR) {
                char *got = od_yaml_describe(kn);

                if (got)
                    od_yaml_err_at(&ctx->y, ctx->file, &kn->mark, "expected a key name; got %s",
                                   got);
                else
                    od_yaml_oom(&ctx->y);
                free(got);
            }
            continue;
        }
        if ((sv = seen_get(&rc, kn->str)) != NULL) {
            od_yaml_err_at(&ctx->y, ctx->file, &kn->mark,
                           "duplicate key '%s' in the rule (first at line %zu)", kn->str,
                           sv->key->mark.line + 1);
            continue;
        }
        rc.seen[rc.n_seen].name = kn->str;
        rc.seen[rc.n_seen].key = kn;
        rc.seen[rc.n_seen].val = vn;
        rc.n_seen++;
        if (strcmp(kn->str, "type") == 0)
            typev = vn;
    }
    if (typev) {
        if (od_ynode_has_text(typev))
            rc.type = od_rule_type_from_name(typev->str);
        if (rc.type < 0) {
            char *known = type_list();
            char *got = od_yaml_describe(typev);

            if (known && got && od_ynode_has_text(typev))
                od_yaml_err_at(&ctx->y, ctx->file, &typev->mark,
                               "unknown rule type %s; known types: %s", got, known);
            else if (known && got)
                od_yaml_err_at(&ctx->y, ctx->file, &typev->mark, "type: expected one of %s; got %s",
                               known, got);
            else
                od_yaml_oom(&ctx->y);
            free(known);
            free(got);
        } else {
            r->type = (enum od_rule_type)rc.type;
        }
    }

    /* Pass 2: the values, in file order. */
    for (size_t p = 0; p < od_ynode_pairs(map) && !ctx->y.stop; p++) {
        const struct od_ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];

        if (!od_ynode_has_text(kn) || !(sv = seen_get(&rc, kn->str)) || sv->key != kn)
            continue; /* reported in pass 1 */
        if (name_in(kn->str, common_keys)) {
            set_common(&rc, kn->str, vn);
            continue;
        }
        if (rc.type < 0)
            continue; /* parameters of an unknown type cannot be checked */
        if (name_in(kn->str, types[rc.type].params)) {
            set_param(&rc, kn->str, vn);
            continue;
        }
        if (!allowed && !(allowed = allowed_keys(rc.type))) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        od_yaml_err_at(&ctx->y, ctx->file, &kn->mark, "unknown key '%s' for type %s; allowed: %s",
                       kn->str, types[rc.type].name, allowed);
    }
    if (ctx->y.stop)
        goto out;

    /* What must be there. */
    if (!seen_get(&rc, "id"))
        od_yaml_err_at(&ctx->y, ctx->file, &map->mark, "missing required key 'id' in the rule");
    if (!typev)
        od_yaml_err_at(&ctx->y, ctx->file, &map->mark, "missing required key 'type' in the rule");
    if (!seen_get(&rc, "action"))
        od_yaml_err_at(&ctx->y, ctx->file, &map->mark, "missing required key 'action' in the rule");
    if (rc.type >= 0) {
        const struct type_info *ti = &types[rc.type];

        if (ti->required && !seen_get(&rc, ti->required))
            od_yaml_err_at(&ctx->y, ctx->file, &map->mark, "missing required key '%s' for type %s",
                           ti->required, ti->name);
        if (rc.type == OD_RULE_AMOUNT && !seen_get(&rc, "above") && !seen_get(&rc, "below"))
            od_yaml_err_at(&ctx->y, ctx->file, &map->mark, "type amount needs 'above' or 'below'");
        if (rc.above && rc.below && r->above != OD_MONEY_NONE && r->below != OD_MONEY_NONE &&
            r->below > r->above)
            od_yaml_err_at(&ctx->y, ctx->file, &rc.below->mark,
                           "below: must not be greater than above (every order would match)");
    }
    if ((sv = seen_get(&rc, "tag")) && seen_get(&rc, "action") && r->action != OD_ACTION_TAG)
        od_yaml_err_at(&ctx->y, ctx->file, &sv->key->mark,
                       "key 'tag' is only allowed with action: tag");
    if ((sv = seen_get(&rc, "priority")) && seen_get(&rc, "action") &&
        r->action != OD_ACTION_SET_PRIORITY)
        od_yaml_err_at(&ctx->y, ctx->file, &sv->key->mark,
                       "key 'priority' is only allowed with action: set_priority");

    /* Defaults. */
    if (rc.type == OD_RULE_STOCK && !r->warehouse && !(r->warehouse = strdup("main")))
        od_yaml_oom(&ctx->y);
    if (r->action == OD_ACTION_TAG && !r->tag && r->id && !(r->tag = strdup(r->id)))
        od_yaml_oom(&ctx->y);
    if (r->action == OD_ACTION_SET_PRIORITY && !r->priority && !(r->priority = strdup("urgent")))
        od_yaml_oom(&ctx->y);
out:
    free(allowed);
    free(rc.seen);
    return ctx->y.total == before && !ctx->y.stop;
}

/* ---- the file ------------------------------------------------------------------ */

struct id_ref {
    const char *id;
    size_t line;
    size_t index; /* position in the file, for a stable sort */
};

static int id_ref_cmp(const void *a, const void *b)
{
    const struct id_ref *x = a, *y = b;
    int c = strcmp(x->id, y->id);

    if (c != 0)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Duplicate ids: sorted, so that thousands of rules stay cheap. */
static void check_ids(struct ctx *ctx, struct od_rules *rs, const struct od_ynode **id_nodes)
{
    struct id_ref *refs = NULL;
    size_t n = 0;

    refs = calloc(rs->n ? rs->n : 1, sizeof(*refs));
    if (!refs) {
        od_yaml_oom(&ctx->y);
        return;
    }
    for (size_t i = 0; i < rs->n; i++) {
        if (!rs->rules[i].id || !id_nodes[i])
            continue;
        refs[n].id = rs->rules[i].id;
        refs[n].line = id_nodes[i]->mark.line + 1;
        refs[n].index = i;
        n++;
    }
    qsort(refs, n, sizeof(*refs), id_ref_cmp);
    for (size_t i = 1, first = 0; i < n; i++) {
        if (strcmp(refs[i].id, refs[first].id) != 0) {
            first = i;
            continue;
        }
        od_yaml_err_at(&ctx->y, ctx->file, &id_nodes[refs[i].index]->mark,
                       "duplicate rule id '%s' (first at line %zu)", refs[i].id, refs[first].line);
    }
    free(refs);
}

static void load_rules_list(struct ctx *ctx, const struct od_ynode *v, struct od_rules *rs)
{
    const struct od_ynode **id_nodes = NULL;

    if (od_ynode_is_null(v)) {
        return; /* "rules:" with nothing: no rules */
    }
    if (v->type != OD_YN_SEQ) {
        type_error(ctx, v, "rules", "a list of rules");
        return;
    }
    rs->rules = calloc(v->n ? v->n : 1, sizeof(*rs->rules));
    id_nodes = calloc(v->n ? v->n : 1, sizeof(*id_nodes));
    if (!rs->rules || !id_nodes) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < v->n && !ctx->y.stop; i++) {
        const struct od_ynode *it = v->kids[i];
        struct od_rule *r = &rs->rules[rs->n];

        if (it->type != OD_YN_MAP) {
            type_error(ctx, it, "rules", "a rule (a mapping with id, type and action)");
            continue;
        }
        load_rule(ctx, it, r);
        id_nodes[rs->n] = od_ynode_get(it, "id", NULL);
        rs->n++;
    }
    if (!ctx->y.stop)
        check_ids(ctx, rs, id_nodes);
out:
    free(id_nodes);
}

static void load_top(struct ctx *ctx, const struct od_ynode *root, struct od_rules *rs)
{
    static const char *const top_keys[] = {"language", "rules", NULL};
    static const yaml_mark_t top = {0, 0, 0};
    const struct od_ynode *seen_lang = NULL, *seen_rules = NULL;
    char *allowed = NULL;

    if (od_ynode_is_null(root)) {
        od_yaml_err_at(&ctx->y, ctx->file, root ? &root->mark : &top,
                       "missing required key 'rules' at the top level");
        return;
    }
    if (root->type != OD_YN_MAP) {
        char *got = od_yaml_describe(root);

        if (got)
            od_yaml_err_at(&ctx->y, ctx->file, &root->mark,
                           "expected a mapping at the top level; got %s", got);
        else
            od_yaml_oom(&ctx->y);
        free(got);
        return;
    }
    for (size_t p = 0; p < od_ynode_pairs(root) && !ctx->y.stop; p++) {
        const struct od_ynode *kn = root->kids[2 * p], *vn = root->kids[2 * p + 1];
        const struct od_ynode **slot = NULL;

        if (!od_ynode_has_text(kn)) {
            if (od_ynode_is_text(kn) || kn->type != OD_YN_SCALAR) {
                char *got = od_yaml_describe(kn);

                if (got)
                    od_yaml_err_at(&ctx->y, ctx->file, &kn->mark, "expected a key name; got %s",
                                   got);
                else
                    od_yaml_oom(&ctx->y);
                free(got);
            }
            continue;
        }
        if (strcmp(kn->str, "language") == 0)
            slot = &seen_lang;
        else if (strcmp(kn->str, "rules") == 0)
            slot = &seen_rules;
        if (!slot) {
            if (!allowed && !(allowed = join_names(top_keys, NULL))) {
                od_yaml_oom(&ctx->y);
                goto out;
            }
            od_yaml_err_at(&ctx->y, ctx->file, &kn->mark,
                           "unknown key '%s' at the top level; allowed: %s", kn->str, allowed);
            continue;
        }
        if (*slot) {
            od_yaml_err_at(&ctx->y, ctx->file, &kn->mark,
                           "duplicate key '%s' at the top level (first at line %zu)", kn->str,
                           (*slot)->mark.line + 1);
            continue;
        }
        *slot = kn;
        if (slot == &seen_lang) {
            if (!od_ynode_has_text(vn) ||
                (strcmp(vn->str, "zh") != 0 && strcmp(vn->str, "en") != 0)) {
                type_error(ctx, vn, "language", "one of zh, en");
                continue;
            }
            free(rs->language);
            if (!(rs->language = strdup(vn->str)))
                od_yaml_oom(&ctx->y);
        } else {
            load_rules_list(ctx, vn, rs);
        }
    }
    if (!seen_rules && !ctx->y.stop)
        od_yaml_err_at(&ctx->y, ctx->file, &root->mark,
                       "missing required key 'rules' at the top level");
out:
    free(allowed);
}

int od_rules_load(const char *path, struct od_rules **out, struct od_config_errors *errs)
{
    struct od_config_errors own = {0};
    struct od_config_errors *e = errs ? errs : &own;
    struct od_rules *rs = NULL;
    struct od_ynode *root = NULL;
    struct ctx ctx;
    int rc = 0;

    memset(&ctx, 0, sizeof(ctx));
    ctx.file = path;
    e->n = 0;
    e->msgs = NULL;

    rs = calloc(1, sizeof(*rs));
    if (!rs || !(rs->path = strdup(path)) || !(rs->language = strdup("zh"))) {
        od_yaml_oom(&ctx.y);
        goto out;
    }
    if (od_yaml_load(&ctx.y, path, &root) < 0)
        goto out;
    load_top(&ctx, root, rs);
out:
    if (!ctx.y.oom)
        od_yaml_errs_flush(&ctx.y, e);
    if (ctx.y.too_many && !ctx.y.oom) {
        /* After the others, which are flushed already. */
        ctx.y.stop = false;
        ctx.y.total = 0;
        od_yaml_err_at(&ctx.y, path, NULL, "too many errors; stopped after %d", OD_YAML_MAX_ERRORS);
        od_yaml_errs_flush(&ctx.y, e);
    }
    if (ctx.y.oom) {
        od_config_errors_free(e); /* no messages with OD_ENOMEM */
        rc = od_error_set(OD_ENOMEM, "out of memory loading %s", path);
    } else if (e->n > 0) {
        if (e->n > 1)
            rc = od_error_set(OD_ECONFIG, "%s (and %zu more)", e->msgs[0], e->n - 1);
        else
            rc = od_error_set(OD_ECONFIG, "%s", e->msgs[0]);
    }
    if (rc == 0) {
        *out = rs;
        rs = NULL;
    }
    od_yaml_errs_clear(&ctx.y);
    od_config_errors_free(&own);
    od_ynode_free(root);
    od_rules_free(rs);
    return rc;
}

/* ---- JSON Schema ---------------------------------------------------------------- */

/* The names of `names` (n of them, or up to a NULL) whose bit is in mask
 * (~0u: all of them, however many). */
static struct json_object *sch_names(const char *const *names, size_t n, unsigned mask)
{
    struct json_object *a = json_object_new_array();

    for (size_t i = 0; a && i < n && names[i]; i++)
        if (mask == ~0u || (i < 32 && (mask & (1u << i))))
            json_object_array_add(a, json_object_new_string(names[i]));
    return a;
}

/* What each parameter takes, as rule_param() checks it. */
static struct json_object *param_schema(const char *name)
{
    struct json_object *o = NULL, *a;

    if (strcmp(name, "fields") == 0) {
        struct json_object *e = json_object_new_object();

        if (e)
            json_object_object_add(e, "enum", sch_names(od_field_path_names, SIZE_MAX, ~0u));
        a = od_schema_typed("array");
        if (a)
            json_object_object_add(a, "items", e ? json_object_get(e) : NULL);
        o = od_schema_any_of(a, e);
    } else if (strcmp(name, "keywords") == 0) {
        a = od_schema_typed("array");
        if (a)
            json_object_object_add(a, "items", od_schema_typed("string"));
        o = od_schema_any_of(a, od_schema_typed("string"));
    } else if (strcmp(name, "warehouse") == 0) {
        o = od_schema_typed("string");
    } else if (strcmp(name, "tolerance_pct") == 0) {
        a = od_schema_typed("number");
        if (a) {
            json_object_object_add(a, "minimum", json_object_new_int(0));
            json_object_object_add(a, "maximum", json_object_new_int(100));
        }
        o = od_schema_any_of(a, od_schema_pattern("^[0-9]+(\\.[0-9]+)?$"));
    } else if (strcmp(name, "window") == 0) {
        o = od_schema_pattern("^([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?$");
    } else if (strcmp(name, "minutes") == 0) {
        o = od_schema_typed("integer");
        if (o) {
            json_object_object_add(o, "minimum", json_object_new_int(0));
            json_object_object_add(o, "maximum", json_object_new_int(525600));
        }
    } else { /* tolerance, above, below: an amount */
        o = od_schema_any_of(od_schema_typed("number"),
                             od_schema_pattern("^-?[0-9]+(\\.[0-9]+)?$"));
    }
    return o;
}

int od_rules_schema(struct json_object **out)
{
    static const char *const languages[] = {"zh", "en", NULL};
    struct json_object *doc = od_schema_typed("object"), *props = json_object_new_object();
    struct json_object *rule = od_schema_typed("object"), *rprops = json_object_new_object();
    struct json_object *conds = json_object_new_array(), *defs = json_object_new_object();
    struct json_object *o, *l;

    if (!doc || !props || !rule || !rprops || !conds || !defs)
        goto oom;
    json_object_object_add(doc, "$schema",
                           json_object_new_string("https://json-schema.org/draft/2020-12/schema"));
    json_object_object_add(doc, "$id",
                           json_object_new_string("https://orderd.invalid/schema/rules.json"));
    json_object_object_add(doc, "title", json_object_new_string("orderd rules.yaml"));
    o = json_object_new_object();
    if (o)
        json_object_object_add(o, "enum", sch_names(languages, SIZE_MAX, ~0u));
    json_object_object_add(props, "language", o);
    o = od_schema_typed("array");
    if (o) {
        struct json_object *r = json_object_new_object();

        if (r)
            json_object_object_add(r, "$ref", json_object_new_string("#/$defs/rule"));
        json_object_object_add(o, "items", r);
    }
    json_object_object_add(props, "rules", od_schema_any_of(o, od_schema_typed("null")));
    json_object_object_add(doc, "properties", props);
    props = NULL;
    l = json_object_new_array();
    if (l)
        json_object_array_add(l, json_object_new_string("rules"));
    json_object_object_add(doc, "required", l);
    json_object_object_add(doc, "additionalProperties", json_object_new_boolean(0));

    /* A rule: the common keys, every parameter, and per type which of
     * them it takes and which actions it allows. */
    o = od_schema_typed("string");
    if (o) {
        json_object_object_add(o, "pattern", json_object_new_string("^\\S+$"));
        json_object_object_add(o, "maxLength", json_object_new_int(64));
    }
    json_object_object_add(rprops, "id", o);
    o = json_object_new_object();
    if (o) {
        struct json_object *names = json_object_new_array();

        for (size_t t = 0; names && t < N_TYPES; t++)
            json_object_array_add(names, json_object_new_string(types[t].name));
        json_object_object_add(o, "enum", names);
    }
    json_object_object_add(rprops, "type", o);
    o = json_object_new_object();
    if (o)
        json_object_object_add(o, "enum", sch_names(action_names, N_ACTIONS, ~0u));
    json_object_object_add(rprops, "action", o);
    o = od_schema_typed("array");
    if (o)
        json_object_object_add(o, "items", od_schema_typed("string"));
    json_object_object_add(rprops, "channels", od_schema_any_of(o, od_schema_typed("string")));
    json_object_object_add(rprops, "tag", od_schema_typed("string"));
    json_object_object_add(rprops, "priority", od_schema_typed("string"));
    for (size_t t = 0; t < N_TYPES; t++) {
        struct json_object *cond = json_object_new_object(), *ifo = json_object_new_object();
        struct json_object *ifp = json_object_new_object(), *c = json_object_new_object();
        struct json_object *then = json_object_new_object(), *pn = json_object_new_object();
        struct json_object *allowed = sch_names(common_keys, SIZE_MAX, ~0u),
                           *act = json_object_new_object();
        struct json_object *actp = json_object_new_object();

        if (!cond || !ifo || !ifp || !c || !then || !pn || !allowed || !act || !actp) {
            json_object_put(cond);
            json_object_put(ifo);
            json_object_put(ifp);
            json_object_put(c);
            json_object_put(then);
            json_object_put(pn);
            json_object_put(allowed);
            json_object_put(act);
            json_object_put(actp);
            goto oom;
        }
        for (size_t p = 0; types[t].params[p]; p++) {
            if (!json_object_object_get_ex(rprops, types[t].params[p], NULL))
                json_object_object_add(rprops, types[t].params[p],
                                       param_schema(types[t].params[p]));
            json_object_array_add(allowed, json_object_new_string(types[t].params[p]));
        }
        json_object_object_add(c, "const", json_object_new_string(types[t].name));
        json_object_object_add(ifp, "type", c);
        json_object_object_add(ifo, "properties", ifp);
        json_object_object_add(cond, "if", ifo);
        json_object_object_add(pn, "enum", allowed);
        json_object_object_add(then, "propertyNames", pn);
        json_object_object_add(act, "enum", sch_names(action_names, N_ACTIONS, types[t].actions));
        json_object_object_add(actp, "action", act);
        json_object_object_add(then, "properties", actp);
        if (types[t].required) {
            l = json_object_new_array();
            if (l)
                json_object_array_add(l, json_object_new_string(types[t].required));
            json_object_object_add(then, "required", l);
        }
        json_object_object_add(cond, "then", then);
        json_object_array_add(conds, cond);
    }
    json_object_object_add(rule, "properties", rprops);
    rprops = NULL;
    l = json_object_new_array();
    for (size_t i = 0; l && i < 3; i++)
        json_object_array_add(l, json_object_new_string(common_keys[i]));
    json_object_object_add(rule, "required", l);
    json_object_object_add(rule, "allOf", conds);
    conds = NULL;
    json_object_object_add(defs, "rule", rule);
    rule = NULL;
    json_object_object_add(doc, "$defs", defs);
    *out = doc;
    return 0;
oom:
    json_object_put(doc);
    json_object_put(props);
    json_object_put(rule);
    json_object_put(rprops);
    json_object_put(conds);
    json_object_put(defs);
    return od_error_set(OD_ENOMEM, "out of memory");
}
