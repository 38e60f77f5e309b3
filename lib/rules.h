/* Audit rules (智能审单): the rules file, loaded into plain structs.
 *
 *   language: zh            # zh | en, for the reason texts
 *   rules:
 *     - {id: addr, type: required_fields, fields: [ship_to.name], action: hold}
 *     - {id: stock, type: stock, warehouse: main, action: hold, channels: [shop-a]}
 *
 * Rules run in file order; every rule runs and every fired rule is
 * recorded. Errors are "file:line:column: message" like the config's;
 * unknown keys and unknown rule types list the allowed ones. */
#ifndef OD_RULES_H
#define OD_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "money.h"

enum od_rule_type {
    OD_RULE_REQUIRED_FIELDS,   /* fields: [dotted paths] */
    OD_RULE_SKU_KNOWN,         /* every line maps to an active product */
    OD_RULE_STOCK,             /* warehouse: available >= qty * multiplier */
    OD_RULE_CREDIT_LIMIT,      /* open balance + approved since + total > limit, or blocked */
    OD_RULE_PRICE_LIST,        /* tolerance_pct: unit price below tier price by more */
    OD_RULE_TOTALS_CONSISTENT, /* tolerance: sum(lines) + shipping - discount + tax = total */
    OD_RULE_AMOUNT,            /* above / below: total beyond an amount */
    OD_RULE_BUYER_NOTE,        /* any note, or notes matching keywords */
    OD_RULE_BLACKLIST,         /* phone, email, name or address substring listed */
    OD_RULE_DUPLICATE,         /* window: same phone/customer and SKU multiset, or same PO */
    OD_RULE_ADDRESS_COMPLETE,  /* name, mainland mobile, province/city, street present */
    OD_RULE_WAIT,              /* minutes: undecided until paid for N minutes */
    OD_RULE_PRIORITY,          /* keywords in notes or tags -> priority */
    OD_RULE_INVOICE_VALID,     /* a requested invoice has a title, a valid 税号, 专票 details */
};

enum od_rule_action {
    OD_ACTION_HOLD,
    OD_ACTION_REJECT,
    OD_ACTION_TAG,          /* add `tag` (default: the rule id) to the order */
    OD_ACTION_SET_PRIORITY, /* set `priority` (default "urgent") */
};

struct od_rule {
    char *id;
    enum od_rule_type type;
    enum od_rule_action action;
    struct od_strlist channels; /* scope; empty = every channel */
    char *tag;                  /* OD_ACTION_TAG */
    char *priority;             /* OD_ACTION_SET_PRIORITY */
    /* parameters (those of the rule's type are set) */
    struct od_strlist fields;   /* required_fields */
    char *warehouse;            /* stock; default "main" */
    int64_t tolerance_bp;       /* price_list: tolerance_pct in 1/100 % */
    od_money tolerance;         /* totals_consistent; default 0.01 */
    od_money above, below;      /* amount; OD_MONEY_NONE when not set */
    struct od_strlist keywords; /* buyer_note, priority */
    int64_t window_ms;          /* duplicate; default 24h */
    int64_t minutes;            /* wait */
    /* where the rule was written, for messages */
    int line, column;
};

struct od_rules {
    char *path;
    char *language; /* "zh" | "en" */
    struct od_rule *rules;
    size_t n;
    /* Per channel, how the audit matches an order to a customer: a
     * channel's match_customer_by (config.h), as "phone,email". Channels
     * without an entry use "ref,phone,email". Set by the program with
     * od_rules_set_match() after it loaded the configuration. */
    struct od_strmap match_by;
};

/* Record `channel`'s customer matching (a list of ref, phone, email, in
 * order; empty = the default). Returns 0 or OD_ENOMEM. */
int od_rules_set_match(struct od_rules *r, const char *channel, const struct od_strlist *by);

/* Load and validate a rules file. On failure OD_ECONFIG, *out untouched,
 * and every message in `errs` (see config.h). */
int od_rules_load(const char *path, struct od_rules **out, struct od_config_errors *errs);
void od_rules_free(struct od_rules *r);

/* JSON Schema (2020-12) of a rules file, from the same tables the loader
 * checks against (types, their parameters and actions, field paths).
 * *out is the caller's (json_object_put). */
struct json_object;
int od_rules_schema(struct json_object **out);

/* "required_fields" ... and back; NULL / -1 when unknown. */
const char *od_rule_type_name(enum od_rule_type t);
int od_rule_type_from_name(const char *name);

/* true when the rule applies to orders of `channel`. */
bool od_rule_applies(const struct od_rule *r, const char *channel);

#endif
