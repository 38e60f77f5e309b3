/* pollrun: drive one channel's connector the way the scheduler does,
 * without a database, and print every poll as one JSON line. Used by the
 * connector contract test (tests/integration/test_contract.py).
 *
 *   pollrun --kinds
 *       print the registered connector kinds, one a line
 *   pollrun --config FILE --channel NAME --max N [--polls LIMIT]
 *       open the channel, then poll with max_orders N while the batch
 *       says `more` (at most LIMIT polls, default 10000), calling
 *       after_commit after every batch as if it had committed. Each poll
 *       prints {"orders": [external ids], "dead": [external ids or
 *       source refs], "more": bool}; a failed poll prints {"error":
 *       code, "detail": text} and the run stops with exit 1. OD_EAGAIN
 *       is retried up to 20 times (a throttled fake), 200 ms apart.
 *
 * Connector log lines go to stderr. Exit 2 on a usage or config error. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "connector.h"
#include "error.h"
#include "registry.h"

static void log_stderr(void *ud, const struct od_channel *ch, int level, const char *msg)
{
    (void)ud;
    fprintf(stderr, "[%s:%s] %d %s\n", ch->kind, ch->name, level, msg);
}

static void print_batch(const struct od_batch *b)
{
    struct json_object *o = json_object_new_object(), *ids = json_object_new_array();
    struct json_object *dead = json_object_new_array();

    for (size_t i = 0; i < b->n_orders; i++)
        json_object_array_add(ids, json_object_new_string(b->orders[i].order->external_id));
    for (size_t i = 0; i < b->n_dead; i++) {
        const struct od_dead_letter *d = &b->dead[i];

        json_object_array_add(
            dead, json_object_new_string(d->external_id ? d->external_id : d->source_ref));
    }
    json_object_object_add(o, "orders", ids);
    json_object_object_add(o, "dead", dead);
    json_object_object_add(o, "more", json_object_new_boolean(b->more));
    printf("%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
    fflush(stdout);
    json_object_put(o);
}

static void nap_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

    nanosleep(&ts, NULL);
}

static int run(struct od_channel *ch, size_t max, long polls)
{
    const struct od_connector *conn = ch->connector;
    struct od_batch b;
    char *cursor = NULL;
    void *state = NULL;
    int rc, tries = 0;

    od_batch_init(&b, max);
    rc = conn->open(ch, &state);
    for (long i = 0; rc == 0 && i < polls; i++) {
        struct od_cursor from = {cursor};

        od_batch_reset(&b);
        rc = conn->poll(state, &from, &b);
        if (rc == OD_EAGAIN && ++tries <= 20) {
            fprintf(stderr, "pollrun: retrying: %s\n", od_error_last());
            nap_ms(200);
            rc = 0;
            i--;
            continue;
        }
        if (rc < 0)
            break;
        tries = 0;
        print_batch(&b);
        if (b.cursor) {
            free(cursor);
            cursor = strdup(b.cursor);
            if (!cursor) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                break;
            }
        }
        if (conn->after_commit && (rc = conn->after_commit(state, &b)) < 0)
            break;
        if (!b.more)
            break;
    }
    if (rc < 0) {
        struct json_object *o = json_object_new_object();

        json_object_object_add(o, "error", json_object_new_int(rc));
        json_object_object_add(o, "detail", json_object_new_string(od_error_last()));
        printf("%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
        json_object_put(o);
    }
    if (state)
        conn->close(state);
    od_batch_free(&b);
    free(cursor);
    return rc;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"kinds", no_argument, NULL, 'k'},         {"config", required_argument, NULL, 'c'},
        {"channel", required_argument, NULL, 'n'}, {"max", required_argument, NULL, 'm'},
        {"polls", required_argument, NULL, 'p'},   {NULL, 0, NULL, 0},
    };
    const char *config = NULL, *name = NULL;
    struct od_config_errors errs = {0};
    struct od_config *cfg = NULL;
    struct od_channel *ch;
    long max = 0, polls = 10000;
    int c, rc;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'k':
            for (size_t i = 0; od_connectors[i]; i++)
                printf("%s\n", od_connectors[i]->kind);
            return 0;
        case 'c':
            config = optarg;
            break;
        case 'n':
            name = optarg;
            break;
        case 'm':
            max = strtol(optarg, NULL, 10);
            break;
        case 'p':
            polls = strtol(optarg, NULL, 10);
            break;
        default:
            return 2;
        }
    }
    if (!config || !name || max < 1 || polls < 1) {
        fprintf(stderr, "usage: pollrun --kinds | --config FILE --channel NAME --max N "
                        "[--polls LIMIT]\n");
        return 2;
    }
    if (od_config_load(config, od_connectors, &cfg, &errs) < 0) {
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "%s\n", errs.msgs[i]);
        fprintf(stderr, "pollrun: %s\n", od_error_last());
        od_config_errors_free(&errs);
        return 2;
    }
    od_config_errors_free(&errs);
    ch = od_config_channel(cfg, name);
    if (!ch) {
        fprintf(stderr, "pollrun: no channel %s\n", name);
        od_config_free(cfg);
        return 2;
    }
    ch->log = log_stderr;
    rc = run(ch, (size_t)max, polls);
    od_config_free(cfg);
    return rc < 0 ? 1 : 0;
}
