/* orderweb's JSON API: each route as calls of lib/ (web.h). The same
 * business actions as orderctl's (lib/review.h, lib/deadletter.h,
 * lib/chanstatus.h), the same JSON (cmd/common/apijson.h); the signed-in
 * user is the actor of every action. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apijson.h"
#include "charset.h"
#include "chanstatus.h"
#include "deadletter.h"
#include "display.h"
#include "error.h"
#include "log.h"
#include "review.h"
#include "store.h"
#include "web.h"

void ow_reply_json(struct ow_reply *out, unsigned status, struct json_object *j)
{
    const char *text = j ? json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN |
                                                                 JSON_C_TO_STRING_NOSLASHESCAPE)
                         : NULL;

    if (!text) {
        json_object_put(j);
        ow_reply_error(out, 500, "out of memory");
        return;
    }
    out->status = status;
    out->type = "application/json; charset=utf-8";
    od_buf_reset(&out->body);
    if (od_buf_adds(&out->body, text) < 0 || od_buf_addc(&out->body, '\n') < 0) {
        out->status = 500;
        od_buf_reset(&out->body);
    }
    json_object_put(j);
}

void ow_reply_error(struct ow_reply *out, unsigned status, const char *text)
{
    struct json_object *j = json_object_new_object();
    const char *s;

    json_object_object_add(j, "error", json_object_new_string(text));
    s = json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    out->status = status;
    out->type = "application/json; charset=utf-8";
    od_buf_reset(&out->body);
    if (s) {
        od_buf_adds(&out->body, s);
        od_buf_addc(&out->body, '\n');
    }
    json_object_put(j);
}

/* A lib/ error as an answer: the code decides the status. */
static void lib_error(struct ow_reply *out, int rc)
{
    unsigned st = rc == OD_ENOTFOUND ? 404 : rc == OD_EINVAL ? 400 : rc == OD_EBUSY ? 409 : 500;

    if (st == 500)
        od_log(OD_LOG_ERROR, "web", NULL, "request failed: %s", od_error_last());
    ow_reply_error(out, st,
                   st == 500 ? "the database failed; see orderweb's log" : od_error_last());
}

struct queue {
    struct json_object *arr;
};

static int on_queue_order(void *ud, const struct od_order *o)
{
    struct queue *q = ud;
    struct json_object *j = od_api_order_json(o);

    if (!j)
        return od_error_set(OD_ENOMEM, "out of memory");
    json_object_array_add(q->arr, j);
    return 0;
}

static void review_list(struct ow_request *rq, struct ow_reply *out)
{
    struct od_review_filter f = {0};
    struct queue q = {json_object_new_array()};
    int rc = od_review_list(rq->store, &f, on_queue_order, &q);

    if (rc < 0) {
        json_object_put(q.arr);
        lib_error(out, rc);
        return;
    }
    ow_reply_json(out, 200, q.arr);
}

#define SEARCH_LIMIT 50

/* GET /api/search?q=: the orders the text finds, as the queue's. */
static void search(struct ow_request *rq, struct ow_reply *out)
{
    struct queue q = {json_object_new_array()};
    int rc = od_review_search(rq->store, rq->query, SEARCH_LIMIT, on_queue_order, &q);

    if (rc < 0) {
        json_object_put(q.arr);
        lib_error(out, rc);
        return;
    }
    ow_reply_json(out, 200, q.arr);
}

/* Raw bytes as text a page can show: NULs and bytes that are not UTF-8
 * become '?'. */
static struct json_object *raw_text(char *raw, size_t len)
{
    if (!raw)
        return NULL;
    for (size_t i = 0; i < len; i++)
        if (raw[i] == '\0')
            raw[i] = '?';
    return json_object_new_string(od_utf8_sanitize(raw));
}

/* The order as `orderctl review show --format json` prints it, with
 * "raw_text": the bytes it was read from, decoded. */
static void order_show(struct ow_request *rq, struct ow_reply *out)
{
    struct json_object *j = NULL;
    char *raw = NULL;
    size_t len = 0;
    int rc = od_review_show_json(rq->store, rq->route->object, &j);

    if (rc == 0)
        rc = od_review_raw(rq->store, rq->route->object, &raw, &len);
    if (rc < 0) {
        json_object_put(j);
        lib_error(out, rc);
        return;
    }
    od_display_json(j);
    json_object_object_add(j, "raw_text", raw_text(raw, len));
    free(raw);
    ow_reply_json(out, 200, j);
}

/* The string member `key` of the JSON body into *v (NULL when absent);
 * false after answering 400. */
static bool body_text(struct ow_request *rq, struct ow_reply *out, const char *key, char **v)
{
    if (od_json_body_field(rq->body, rq->body_len, key, v) < 0) {
        ow_reply_error(out, 400, od_error_last());
        return false;
    }
    return true;
}

static void decided(struct ow_request *rq, struct ow_reply *out, const char *what,
                    const char *warning)
{
    struct json_object *j = json_object_new_object();

    od_log(OD_LOG_INFO, "web", NULL, "%s %s order %lld", rq->session->user, what,
           (long long)rq->route->object);
    json_object_object_add(j, "id", json_object_new_int64(rq->route->object));
    json_object_object_add(j, "outcome", json_object_new_string(what));
    json_object_object_add(j, "by", json_object_new_string(rq->session->user));
    json_object_object_add(j, "warning", warning ? json_object_new_string(warning) : NULL);
    ow_reply_json(out, 200, j);
}

/* {"note", "force"}: force approves an order whose stock is short
 * (admins only, as `orderctl review approve --force`). */
static void approve(struct ow_request *rq, struct ow_reply *out)
{
    char *note = NULL, *warning = NULL;
    bool force;
    int rc;

    if (od_json_body_bool(rq->body, rq->body_len, "force", &force) < 0) {
        ow_reply_error(out, 400, od_error_last());
        return;
    }
    if (force && rq->session->role < OD_ROLE_ADMIN) {
        ow_reply_error(out, 403, "only an admin may force an approval");
        return;
    }
    if (!body_text(rq, out, "note", &note))
        return;
    rc = od_review_approve(rq->store, rq->srv->rules, rq->route->object, rq->session->user, note,
                           force, &warning);
    if (rc < 0)
        lib_error(out, rc);
    else
        decided(rq, out, "approved", warning);
    free(note);
    free(warning);
}

static void reject(struct ow_request *rq, struct ow_reply *out)
{
    char *reason = NULL;
    int rc;

    if (!body_text(rq, out, "reason", &reason))
        return;
    rc = od_review_reject(rq->store, rq->route->object, rq->session->user, reason ? reason : "");
    if (rc < 0)
        lib_error(out, rc);
    else
        decided(rq, out, "rejected", NULL);
    free(reason);
}

static void dead_list(struct ow_request *rq, struct ow_reply *out)
{
    struct od_deadletter_filter f = {0};
    struct od_deadletter_entry *v = NULL;
    size_t n = 0;
    int rc = od_deadletter_list(rq->store, &f, &v, &n);

    if (rc < 0) {
        lib_error(out, rc);
        return;
    }
    ow_reply_json(out, 200, od_api_deadletters_json(v, n));
    od_deadletter_list_free(v, n);
}

/* One dead letter as `orderctl deadletters show --format json`, with
 * "raw_text": its bytes decoded. */
static void dead_show(struct ow_request *rq, struct ow_reply *out)
{
    struct od_deadletter_entry d;
    struct json_object *j;
    int rc;

    memset(&d, 0, sizeof(d));
    rc = od_deadletter_get(rq->store, rq->route->object, &d);
    if (rc < 0) {
        lib_error(out, rc);
        return;
    }
    j = od_api_deadletter_json(&d);
    if (j)
        json_object_object_add(j, "raw_text", raw_text(d.raw, d.raw_len));
    ow_reply_json(out, 200, j);
    od_deadletter_clear(&d);
}

static void dead_done(struct ow_request *rq, struct ow_reply *out, const char *state)
{
    struct json_object *j = json_object_new_object();

    od_log(OD_LOG_INFO, "web", NULL, "%s %s dead letter %lld", rq->session->user,
           strcmp(state, "resolved") == 0 ? "retried" : "discarded", (long long)rq->route->object);
    json_object_object_add(j, "id", json_object_new_int64(rq->route->object));
    json_object_object_add(j, "state", json_object_new_string(state));
    json_object_object_add(j, "by", json_object_new_string(rq->session->user));
    ow_reply_json(out, 200, j);
}

static void dead_retry(struct ow_request *rq, struct ow_reply *out)
{
    struct od_deadletter_retry res;
    int rc = od_deadletter_retry_by(rq->store, rq->srv->cfg, rq->srv->rules, rq->route->object,
                                    rq->session->user, &res);

    if (rc < 0)
        lib_error(out, rc);
    else
        dead_done(rq, out, "resolved");
}

static void dead_discard(struct ow_request *rq, struct ow_reply *out)
{
    char *reason = NULL;
    int rc;

    if (!body_text(rq, out, "reason", &reason))
        return;
    rc = od_deadletter_discard(rq->store, rq->route->object, rq->session->user,
                               reason ? reason : "");
    if (rc < 0)
        lib_error(out, rc);
    else
        dead_done(rq, out, "discarded");
    free(reason);
}

static void channels(struct ow_request *rq, struct ow_reply *out)
{
    struct od_chanstatus *v = NULL;
    size_t n = 0;
    int rc = od_chanstatus_list(rq->store, &v, &n);

    if (rc < 0) {
        lib_error(out, rc);
        return;
    }
    ow_reply_json(out, 200, od_api_channels_json(v, n));
    od_chanstatus_list_free(v, n);
}

static void users(struct ow_request *rq, struct ow_reply *out)
{
    struct od_user *v = NULL;
    size_t n = 0;
    struct json_object *arr;
    int rc = od_user_list(rq->store, &v, &n);

    if (rc < 0) {
        lib_error(out, rc);
        return;
    }
    arr = json_object_new_array();
    for (size_t i = 0; i < n; i++) {
        struct json_object *o = json_object_new_object();

        json_object_object_add(o, "name", json_object_new_string(v[i].name));
        json_object_object_add(o, "role", json_object_new_string(od_role_name(v[i].role)));
        json_object_object_add(o, "disabled", json_object_new_boolean(v[i].disabled));
        json_object_array_add(arr, o);
    }
    free(v);
    ow_reply_json(out, 200, arr);
}

static void session(struct ow_request *rq, struct ow_reply *out)
{
    struct json_object *j = json_object_new_object();

    json_object_object_add(j, "user", json_object_new_string(rq->session->user));
    json_object_object_add(j, "role", json_object_new_string(od_role_name(rq->session->role)));
    json_object_object_add(j, "csrf", json_object_new_string(rq->session->csrf));
    ow_reply_json(out, 200, j);
}

void ow_api(struct ow_request *rq, struct ow_reply *out)
{
    switch (rq->route->id) {
    case OD_ROUTE_SESSION:
        session(rq, out);
        break;
    case OD_ROUTE_REVIEW:
        review_list(rq, out);
        break;
    case OD_ROUTE_ORDER:
        order_show(rq, out);
        break;
    case OD_ROUTE_APPROVE:
        approve(rq, out);
        break;
    case OD_ROUTE_REJECT:
        reject(rq, out);
        break;
    case OD_ROUTE_DEADLETTERS:
        dead_list(rq, out);
        break;
    case OD_ROUTE_DL_RETRY:
        dead_retry(rq, out);
        break;
    case OD_ROUTE_DL_DISCARD:
        dead_discard(rq, out);
        break;
    case OD_ROUTE_CHANNELS:
        channels(rq, out);
        break;
    case OD_ROUTE_USERS:
        users(rq, out);
        break;
    case OD_ROUTE_DEADLETTER:
        dead_show(rq, out);
        break;
    case OD_ROUTE_SEARCH:
        search(rq, out);
        break;
    default:
        ow_reply_error(out, 404, "no such page");
        break;
    }
}
