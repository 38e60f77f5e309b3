/* reviewapi: call the review, dead-letter and channel-status API of
 * liborderd (lib/review.h, lib/deadletter.h, lib/chanstatus.h) the way
 * the clerk's console does -- a reviewer's name and texts passed in, no
 * orderctl in between -- and print what it returns as one JSON object:
 * {"rc": 0 or the OD_E* code, "error": detail or null, "result": ...}.
 * Used by tests/integration/test_review_api.py.
 *
 *   reviewapi CONFIG list [CHANNEL]           queue: [{"id", "external_id", "priority"}]
 *   reviewapi CONFIG find SPEC                {"id"}
 *   reviewapi CONFIG show ID                  od_review_show_json
 *   reviewapi CONFIG approve ID ACTOR NOTE|- [force]
 *                                             {"warning"}
 *   reviewapi CONFIG reject ID ACTOR REASON
 *   reviewapi CONFIG dl-list [all]            [{"id", "state", "raw_bytes"}]
 *   reviewapi CONFIG dl-get ID                {"id", "state", "raw", "last_retry_error",
 *                                              "discarded_by"}
 *   reviewapi CONFIG dl-retry ID              {"orders", "new", "updated"}
 *   reviewapi CONFIG dl-discard ID ACTOR REASON
 *   reviewapi CONFIG channels                 [{"name", "state", "open_dead_letters"}]
 *
 * A text argument "@N" stands for N bytes of 'x' (size limits). Exit 0
 * when the call was made (whatever it returned), 2 on a usage or
 * configuration error. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chanstatus.h"
#include "config.h"
#include "deadletter.h"
#include "error.h"
#include "json.h"
#include "registry.h"
#include "review.h"
#include "rules.h"
#include "store.h"

struct call {
    struct od_config *cfg;
    struct od_rules *rules;
    struct od_store *s;
    struct json_object *result;
};

/* "@N" -> N x's (caller frees); anything else is copied. */
static char *text_arg(const char *a)
{
    char *end;
    long n;
    char *t;

    if (a[0] != '@')
        return strdup(a);
    n = strtol(a + 1, &end, 10);
    if (*end || n < 0 || n > 1000000)
        return NULL;
    t = malloc((size_t)n + 1);
    if (t) {
        memset(t, 'x', (size_t)n);
        t[n] = '\0';
    }
    return t;
}

static int64_t id_arg(const char *a)
{
    return strtoll(a, NULL, 10);
}

static int on_queued(void *ud, const struct od_order *o)
{
    struct json_object *arr = ud, *x = json_object_new_object();

    json_object_object_add(x, "id", json_object_new_int64(o->id));
    json_object_object_add(x, "external_id", json_object_new_string(o->external_id));
    json_object_object_add(x, "priority", json_object_new_string(o->priority ? o->priority : ""));
    json_object_array_add(arr, x);
    return 0;
}

static int review_call(struct call *c, const char *cmd, int argc, char **argv)
{
    int64_t id = 0;
    int rc = OD_EINVAL;

    if (strcmp(cmd, "list") == 0) {
        struct od_review_filter f = {.channel = argc > 0 ? argv[0] : NULL};

        c->result = json_object_new_array();
        rc = od_review_list(c->s, &f, on_queued, c->result);
    } else if (strcmp(cmd, "find") == 0 && argc == 1) {
        rc = od_review_find(c->s, argv[0], &id);
        if (rc == 0) {
            c->result = json_object_new_object();
            json_object_object_add(c->result, "id", json_object_new_int64(id));
        }
    } else if (strcmp(cmd, "show") == 0 && argc == 1) {
        rc = od_review_show_json(c->s, id_arg(argv[0]), &c->result);
    } else if (strcmp(cmd, "approve") == 0 && argc >= 3) {
        char *actor = text_arg(argv[1]), *note = strcmp(argv[2], "-") ? text_arg(argv[2]) : NULL;
        char *warning = NULL;

        rc = od_review_approve(c->s, c->rules, id_arg(argv[0]), actor, note,
                               argc > 3 && strcmp(argv[3], "force") == 0, &warning);
        if (rc == 0) {
            c->result = json_object_new_object();
            json_object_object_add(c->result, "warning",
                                   warning ? json_object_new_string(warning) : NULL);
        }
        free(warning);
        free(actor);
        free(note);
    } else if (strcmp(cmd, "reject") == 0 && argc == 3) {
        char *actor = text_arg(argv[1]), *reason = text_arg(argv[2]);

        rc = od_review_reject(c->s, id_arg(argv[0]), actor, reason);
        free(actor);
        free(reason);
    } else {
        return 1;
    }
    return rc;
}

static int dead_call(struct call *c, const char *cmd, int argc, char **argv)
{
    int rc;

    if (strcmp(cmd, "dl-list") == 0) {
        struct od_deadletter_filter f = {.all = argc > 0 && strcmp(argv[0], "all") == 0};
        struct od_deadletter_entry *v = NULL;
        size_t n = 0;

        rc = od_deadletter_list(c->s, &f, &v, &n);
        if (rc == 0)
            c->result = json_object_new_array();
        for (size_t i = 0; i < n; i++) {
            struct json_object *x = json_object_new_object();

            json_object_object_add(x, "id", json_object_new_int64(v[i].id));
            json_object_object_add(x, "state", json_object_new_string(v[i].state));
            json_object_object_add(x, "raw_bytes", json_object_new_int64((int64_t)v[i].raw_len));
            json_object_array_add(c->result, x);
        }
        od_deadletter_list_free(v, n);
    } else if (strcmp(cmd, "dl-get") == 0 && argc == 1) {
        struct od_deadletter_entry d;

        memset(&d, 0, sizeof(d));
        rc = od_deadletter_get(c->s, id_arg(argv[0]), &d);
        if (rc == 0) {
            c->result = json_object_new_object();
            json_object_object_add(c->result, "id", json_object_new_int64(d.id));
            json_object_object_add(c->result, "state", json_object_new_string(d.state));
            json_object_object_add(c->result, "raw",
                                   json_object_new_string_len(d.raw, (int)d.raw_len));
            json_object_object_add(c->result, "last_retry_error",
                                   d.last_retry_error ? json_object_new_string(d.last_retry_error)
                                                      : NULL);
            json_object_object_add(c->result, "discarded_by",
                                   d.discarded_by ? json_object_new_string(d.discarded_by) : NULL);
        }
        od_deadletter_clear(&d);
    } else if (strcmp(cmd, "dl-retry") == 0 && argc == 1) {
        struct od_deadletter_retry res;

        rc = od_deadletter_retry(c->s, c->cfg, c->rules, id_arg(argv[0]), &res);
        if (rc == 0) {
            c->result = json_object_new_object();
            json_object_object_add(c->result, "orders",
                                   json_object_new_int64((int64_t)res.n_orders));
            json_object_object_add(c->result, "new", json_object_new_int(res.n_new));
            json_object_object_add(c->result, "updated", json_object_new_int(res.n_updated));
        }
    } else if (strcmp(cmd, "dl-discard") == 0 && argc == 3) {
        char *actor = text_arg(argv[1]), *reason = text_arg(argv[2]);

        rc = od_deadletter_discard(c->s, id_arg(argv[0]), actor, reason);
        free(actor);
        free(reason);
    } else if (strcmp(cmd, "channels") == 0) {
        struct od_chanstatus *v = NULL;
        size_t n = 0;

        rc = od_chanstatus_list(c->s, &v, &n);
        if (rc == 0)
            c->result = json_object_new_array();
        for (size_t i = 0; i < n; i++) {
            struct json_object *x = json_object_new_object();

            json_object_object_add(x, "name", json_object_new_string(v[i].name));
            json_object_object_add(x, "state",
                                   v[i].state ? json_object_new_string(v[i].state) : NULL);
            json_object_object_add(x, "open_dead_letters",
                                   json_object_new_int64(v[i].open_dead_letters));
            json_object_array_add(c->result, x);
        }
        od_chanstatus_list_free(v, n);
    } else {
        return 1;
    }
    return rc;
}

int main(int argc, char **argv)
{
    struct od_config_errors errs = {0};
    struct call c = {0};
    struct json_object *out;
    int rc, status = 2;

    if (argc < 3) {
        fprintf(stderr, "usage: reviewapi CONFIG COMMAND ARGS...\n");
        return 2;
    }
    if (od_config_load(argv[1], od_connectors, &c.cfg, &errs) < 0 ||
        (c.cfg->rules && od_rules_load(c.cfg->rules, &c.rules, &errs) < 0) ||
        od_store_connect(c.cfg->database_conninfo, &c.s) < 0) {
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "%s\n", errs.msgs[i]);
        fprintf(stderr, "reviewapi: %s\n", od_error_last());
        goto out;
    }
    rc = review_call(&c, argv[2], argc - 3, argv + 3);
    if (rc == 1)
        rc = dead_call(&c, argv[2], argc - 3, argv + 3);
    if (rc == 1) {
        fprintf(stderr, "reviewapi: unknown command or arguments: %s\n", argv[2]);
        goto out;
    }
    out = json_object_new_object();
    json_object_object_add(out, "rc", json_object_new_int(rc));
    json_object_object_add(out, "error", rc < 0 ? json_object_new_string(od_error_last()) : NULL);
    json_object_object_add(out, "result", c.result);
    c.result = NULL;
    printf("%s\n", json_object_to_json_string_ext(out, JSON_C_TO_STRING_PLAIN |
                                                           JSON_C_TO_STRING_NOSLASHESCAPE));
    json_object_put(out);
    status = 0;
out:
    json_object_put(c.result);
    od_store_close(c.s);
    od_rules_free(c.rules);
    od_config_free(c.cfg);
    od_config_errors_free(&errs);
    return status;
}
