/* Channel health: see chanstatus.h. */
#include "chanstatus.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "store_int.h"

#define ISO_UTC(col) "to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

static const char sql_channels[] =
    "SELECT c.name, c.kind, c.enabled, c.state, " ISO_UTC("c.last_poll_at") ", " ISO_UTC(
        "c.last_success_at") ","
                             " c.failures, c.backlog, c.last_error, k.cursor::text,"
                             " (SELECT count(*) FROM dead_letters d"
                             "   WHERE d.channel = c.name AND d.state = 'open'),"
                             " " ISO_UTC(
                                 "c.reconciled_at") ", c.reconcile_ok, c.reconcile_result"
                                                    " FROM channels c LEFT JOIN channel_cursors k "
                                                    "ON k.channel = c.name"
                                                    " ORDER BY c.name";

void od_chanstatus_list_free(struct od_chanstatus *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++) {
        free(v[i].name);
        free(v[i].kind);
        free(v[i].state);
        free(v[i].last_poll_at);
        free(v[i].last_success_at);
        free(v[i].last_error);
        free(v[i].cursor);
        free(v[i].reconciled_at);
        free(v[i].reconcile_result);
    }
    free(v);
}

/* NULL stays NULL; false when a copy failed. */
static bool copy(PGresult *r, int row, int col, char **out)
{
    if (PQgetisnull(r, row, col))
        return true;
    *out = strdup(PQgetvalue(r, row, col));
    return *out != NULL;
}

int od_chanstatus_list(struct od_store *s, struct od_chanstatus **out, size_t *n)
{
    struct od_chanstatus *v = NULL;
    PGresult *r = NULL;
    size_t got = 0;
    bool oom = false;
    int rc = od_sink_query(s, "cannot read the channels", sql_channels, 0, NULL, &r);

    if (rc < 0)
        return rc;
    v = calloc((size_t)PQntuples(r) + 1, sizeof(*v));
    oom = !v;
    for (; !oom && got < (size_t)PQntuples(r); got++) {
        struct od_chanstatus *c = &v[got];
        int i = (int)got;

        c->enabled = PQgetvalue(r, i, 2)[0] == 't';
        c->failures = strtoll(PQgetvalue(r, i, 6), NULL, 10);
        c->has_backlog = !PQgetisnull(r, i, 7);
        c->backlog = c->has_backlog ? strtoll(PQgetvalue(r, i, 7), NULL, 10) : 0;
        c->open_dead_letters = strtoll(PQgetvalue(r, i, 10), NULL, 10);
        c->reconcile_ok = PQgetisnull(r, i, 12) ? -1 : PQgetvalue(r, i, 12)[0] == 't';
        oom = !copy(r, i, 0, &c->name) || !copy(r, i, 1, &c->kind) || !copy(r, i, 3, &c->state) ||
              !copy(r, i, 4, &c->last_poll_at) || !copy(r, i, 5, &c->last_success_at) ||
              !copy(r, i, 8, &c->last_error) || !copy(r, i, 9, &c->cursor) ||
              !copy(r, i, 11, &c->reconciled_at) || !copy(r, i, 13, &c->reconcile_result);
    }
    if (oom)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    PQclear(r);
    if (rc < 0) {
        od_chanstatus_list_free(v, got);
        return rc;
    }
    *out = v;
    *n = got;
    return 0;
}
