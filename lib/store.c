#include "store.h"

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "redact.h"
#include "json.h"
#include "migrations.h"
#include "store_int.h"

/* Advisory lock namespace (first key of the two-int form): "od". */
#define OD_LOCK_NS      0x6f64
#define OD_LOCK_MIGRATE 0

/* Largest batch payload sent in one statement. */
#define OD_BATCH_JSON_MAX ((size_t)1 << 30)

struct od_store {
    PGconn *conn;
    char *url;
};

/* libpq's messages end with a newline; keep the first line only. */
static const char *pq_msg(const char *m)
{
    static _Thread_local char line[512];
    size_t n = 0;

    if (!m)
        return "";
    while (m[n] && m[n] != '\n' && n + 1 < sizeof(line)) {
        line[n] = m[n];
        n++;
    }
    line[n] = '\0';
    return line;
}

int od_store_db_error(PGconn *c, const PGresult *r, const char *what)
{
    const char *m = r ? PQresultErrorMessage(r) : NULL;

    if (!m || !*m)
        m = PQerrorMessage(c);
    return od_error_set(OD_EDB, "%s: %s", what, pq_msg(m));
}

static void notice_quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static int open_conn(const char *url, PGconn **out)
{
    PGconn *c = PQconnectdb(url);
    PGresult *r;

    if (!c)
        return od_error_set(OD_ENOMEM, "out of memory connecting to the database");
    if (PQstatus(c) != CONNECTION_OK) {
        char why[512], first[512], raw[256];
        int rc;

        /* libpq may echo what it was given, a malformed password too
         * (which PQpass() then does not return). */
        od_conninfo_password(url, raw, sizeof(raw));
        od_redact_text(pq_msg(PQerrorMessage(c)), PQpass(c), first, sizeof(first));
        od_redact_text(first, raw, why, sizeof(why));
        rc = od_error_set(OD_EDB, "cannot connect to the database: %s", why);
        PQfinish(c);
        return rc;
    }
    PQsetNoticeProcessor(c, notice_quiet, NULL);
    /* orderd's statements are many and short: compiling them (JIT) or
     * starting parallel workers costs more than it saves once the tables
     * are large enough for the planner to offer it (docs/performance.md). */
    r = PQexec(c, "SET jit = off; SET max_parallel_workers_per_gather = 0");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        int rc = od_store_db_error(c, r, "cannot set the session options");

        PQclear(r);
        PQfinish(c);
        return rc;
    }
    PQclear(r);
    *out = c;
    return 0;
}

PGconn *od_store_conn(struct od_store *s)
{
    return s->conn;
}

int od_store_connect(const char *url, struct od_store **out)
{
    struct od_store *s;
    int rc;

    s = calloc(1, sizeof(*s));
    if (!s)
        return od_error_set(OD_ENOMEM, "out of memory");
    s->url = strdup(url ? url : "");
    if (!s->url) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    rc = open_conn(s->url, &s->conn);
    if (rc < 0)
        goto out;
    *out = s;
    s = NULL;
out:
    od_store_close(s);
    return rc;
}

void od_store_close(struct od_store *s)
{
    if (!s)
        return;
    if (s->conn)
        PQfinish(s->conn);
    if (s->url) {
        explicit_bzero(s->url, strlen(s->url));
        free(s->url);
    }
    free(s);
}

bool od_store_ok(struct od_store *s)
{
    return s && s->conn && PQstatus(s->conn) == CONNECTION_OK;
}

int od_store_reconnect(struct od_store *s)
{
    PGconn *c;
    int rc = open_conn(s->url, &c);

    if (rc < 0)
        return rc;
    if (s->conn)
        PQfinish(s->conn);
    s->conn = c;
    return 0;
}

int od_store_query(struct od_store *s, const char *sql, int nparams, const char *const *params,
                   struct pg_result **out)
{
    PGresult *r = PQexecParams(s->conn, sql, nparams, NULL, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);

    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        int rc = od_store_db_error(s->conn, r, "query failed");

        PQclear(r);
        return rc;
    }
    *out = r;
    return 0;
}

/* Run a statement whose result is not needed. */
static int exec0(struct od_store *s, const char *what, const char *sql, int n,
                 const char *const *params)
{
    PGresult *r = PQexecParams(s->conn, sql, n, NULL, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);
    int rc = 0;

    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
        rc = od_store_db_error(s->conn, r, what);
    PQclear(r);
    return rc;
}

int od_store_schema_latest(void)
{
    int v = 0;

    for (size_t i = 0; od_migrations[i].sql; i++)
        v = od_migrations[i].version;
    return v;
}

int od_store_schema_version(struct od_store *s, int *out)
{
    PGresult *r = NULL;
    int rc;

    rc = od_store_query(s, "SELECT to_regclass('schema_migrations') IS NOT NULL", 0, NULL, &r);
    if (rc < 0)
        return rc;
    if (strcmp(PQgetvalue(r, 0, 0), "t") != 0) {
        PQclear(r);
        return od_error_set(OD_ENOTFOUND,
                            "the database has no orderd schema: run 'orderctl migrate'");
    }
    PQclear(r);
    rc = od_store_query(s, "SELECT coalesce(max(version), 0) FROM schema_migrations", 0, NULL, &r);
    if (rc < 0)
        return rc;
    *out = (int)strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return 0;
}

int od_store_require_schema(struct od_store *s, const char *program, bool *ret_behind)
{
    int version = 0, rc;

    if (ret_behind)
        *ret_behind = false;
    rc = od_store_schema_version(s, &version);
    if (rc < 0)
        return rc;
    if (version >= od_store_schema_latest())
        return 0;
    if (ret_behind)
        *ret_behind = true;
    return od_error_set(OD_EDB,
                        "database schema is at version %d, this %s needs %d: run 'orderctl "
                        "migrate'",
                        version, program, od_store_schema_latest());
}

/* Make the open migration transaction run as orderd_owner when the
 * schema belongs to it (migration 0013 applied with roles); refuse when
 * the connecting role may not act as it. */
static int migrate_as_owner(struct od_store *s)
{
    PGresult *r = NULL;
    bool owned, member;
    int rc;

    rc = od_store_query(s,
                        "SELECT o.rolname = 'orderd_owner', pg_has_role(c.relowner, 'MEMBER')"
                        " FROM pg_class c JOIN pg_roles o ON o.oid = c.relowner"
                        " WHERE c.oid = 'schema_migrations'::regclass",
                        0, NULL, &r);
    if (rc < 0)
        return rc;
    owned = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    member = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 1), "t") == 0;
    PQclear(r);
    if (!owned)
        return 0;
    if (!member)
        return od_error_set(OD_EDB,
                            "the schema belongs to orderd_owner and %s is not a member: migrate "
                            "as a member of orderd_owner (docs/operations.md, \"Database roles\")",
                            PQuser(s->conn));
    return exec0(s, "cannot act as orderd_owner", "SET LOCAL ROLE orderd_owner", 0, NULL);
}

int od_store_migrate(struct od_store *s, unsigned flags, int *applied)
{
    char lockns[16], lockid[16];
    const char *lock_params[2] = {lockns, lockid};
    int count = 0;
    int rc;

    snprintf(lockns, sizeof(lockns), "%d", OD_LOCK_NS);
    snprintf(lockid, sizeof(lockid), "%d", OD_LOCK_MIGRATE);
    rc = exec0(s, "cannot lock for migration", "SELECT pg_advisory_lock($1::int, $2::int)", 2,
               lock_params);
    if (rc < 0)
        return rc;
    rc = exec0(s, "cannot create schema_migrations",
               "CREATE TABLE IF NOT EXISTS schema_migrations ("
               " version integer PRIMARY KEY, name text NOT NULL,"
               " applied_at timestamptz NOT NULL DEFAULT now())",
               0, NULL);
    if (rc < 0)
        goto out;
    for (size_t i = 0; od_migrations[i].sql; i++) {
        const struct od_migration *m = &od_migrations[i];
        char ver[16];
        const char *p[2] = {ver, m->name};
        PGresult *r = NULL;
        bool done;

        snprintf(ver, sizeof(ver), "%d", m->version);
        rc = od_store_query(s, "SELECT 1 FROM schema_migrations WHERE version = $1::int", 1, p, &r);
        if (rc < 0)
            goto out;
        done = PQntuples(r) > 0;
        PQclear(r);
        if (done)
            continue;
        rc = exec0(s, "cannot begin", "BEGIN", 0, NULL);
        if (rc < 0)
            goto out;
        if (flags & OD_MIGRATE_NO_ROLES)
            rc = exec0(s, "cannot leave the roles out", "SET LOCAL orderd.roles = 'off'", 0, NULL);
        if (rc == 0)
            rc = migrate_as_owner(s);
        if (rc < 0) {
            od_error_wrap(rc, "migration %04d_%s", m->version, m->name);
            PQclear(PQexec(s->conn, "ROLLBACK"));
            goto out;
        }
        /* A migration file holds several statements: simple query protocol. */
        r = PQexec(s->conn, m->sql);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
            rc = od_store_db_error(s->conn, r, "migration failed");
            od_error_wrap(rc, "migration %04d_%s", m->version, m->name);
            PQclear(r);
            PQclear(PQexec(s->conn, "ROLLBACK"));
            goto out;
        }
        PQclear(r);
        rc = exec0(s, "cannot record migration",
                   "INSERT INTO schema_migrations (version, name) VALUES ($1::int, $2)", 2, p);
        if (rc < 0) {
            PQclear(PQexec(s->conn, "ROLLBACK"));
            goto out;
        }
        rc = exec0(s, "cannot commit migration", "COMMIT", 0, NULL);
        if (rc < 0)
            goto out;
        count++;
    }
    *applied = count;
out : {
    int rc2 =
        exec0(s, "cannot unlock", "SELECT pg_advisory_unlock($1::int, $2::int)", 2, lock_params);

    if (rc == 0)
        rc = rc2;
}
    return rc;
}

int od_store_may_write(struct od_store *s, const char *table, bool *out)
{
    const char *p[1] = {table};
    PGresult *r = NULL;
    int rc;

    rc = od_store_query(s,
                        "SELECT has_table_privilege($1, 'INSERT')"
                        " AND has_table_privilege($1, 'UPDATE')",
                        1, p, &r);
    if (rc < 0)
        return rc;
    *out = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    return 0;
}

int od_store_sync_channels(struct od_store *s, struct od_channel *const *ch, size_t n)
{
    struct json_object *arr = json_object_new_array();
    const char *p[1];
    int rc;

    if (!arr)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        struct json_object *o = json_object_new_object();

        if (!o) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        json_object_object_add(o, "name", json_object_new_string(ch[i]->name));
        json_object_object_add(o, "kind", json_object_new_string(ch[i]->kind));
        json_object_object_add(o, "enabled", json_object_new_boolean(ch[i]->enabled));
        json_object_array_add(arr, o);
    }
    p[0] = json_object_to_json_string_ext(arr, JSON_C_TO_STRING_PLAIN);
    rc = exec0(s, "cannot record channels",
               "INSERT INTO channels (name, kind, enabled)"
               " SELECT e->>'name', e->>'kind', (e->>'enabled')::boolean"
               "   FROM jsonb_array_elements($1::jsonb) e"
               " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind,"
               "   enabled = excluded.enabled, updated_at = now()"
               " WHERE channels.kind IS DISTINCT FROM excluded.kind"
               "    OR channels.enabled IS DISTINCT FROM excluded.enabled",
               1, p);
out:
    json_object_put(arr);
    return rc;
}

int od_store_lock_channel(struct od_store *s, const char *channel, bool *got)
{
    char ns[16];
    const char *p[2] = {ns, channel};
    PGresult *r = NULL;
    int rc;

    snprintf(ns, sizeof(ns), "%d", OD_LOCK_NS);
    rc = od_store_query(s, "SELECT pg_try_advisory_lock($1::int, hashtext($2))", 2, p, &r);
    if (rc < 0)
        return rc;
    *got = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    return 0;
}

int od_store_unlock_channel(struct od_store *s, const char *channel)
{
    char ns[16];
    const char *p[2] = {ns, channel};

    snprintf(ns, sizeof(ns), "%d", OD_LOCK_NS);
    return exec0(s, "cannot unlock channel", "SELECT pg_advisory_unlock($1::int, hashtext($2))", 2,
                 p);
}

int od_store_cursor(struct od_store *s, const char *channel, char **out)
{
    const char *p[1] = {channel};
    PGresult *r = NULL;
    char *v = NULL;
    int rc;

    rc = od_store_query(s, "SELECT cursor::text FROM channel_cursors WHERE channel = $1", 1, p, &r);
    if (rc < 0)
        return rc;
    if (PQntuples(r) > 0) {
        v = strdup(PQgetvalue(r, 0, 0));
        if (!v) {
            PQclear(r);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
    }
    PQclear(r);
    *out = v;
    return 0;
}

int od_store_run_begin(struct od_store *s, const char *channel, const char *instance,
                       int64_t *run_id)
{
    const char *p[2] = {channel, instance};
    PGresult *r = NULL;
    int rc;

    rc = exec0(s, "cannot close stale runs",
               "UPDATE ingest_runs SET state = 'aborted', finished_at = now(),"
               " error = 'the process running it stopped'"
               " WHERE channel = $1 AND state = 'running'",
               1, p);
    if (rc < 0)
        return rc;
    rc = od_store_query(
        s, "INSERT INTO ingest_runs (channel, instance) VALUES ($1, $2) RETURNING id", 2, p, &r);
    if (rc < 0)
        return rc;
    *run_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return 0;
}

int od_store_run_end(struct od_store *s, const char *channel, int64_t run_id, const char *state,
                     const char *error, int64_t backlog)
{
    char run[32], bl[32], err[1024];
    const char *p[5] = {run, state, error ? err : NULL, channel, backlog >= 0 ? bl : NULL};

    /* Messages may quote outside text (file names, server replies). */
    if (error) {
        snprintf(err, sizeof(err), "%s", error);
        od_utf8_sanitize(err);
    }

    snprintf(run, sizeof(run), "%lld", (long long)run_id);
    snprintf(bl, sizeof(bl), "%lld", (long long)backlog);
    return exec0(s, "cannot record the run",
                 "WITH r AS (UPDATE ingest_runs SET finished_at = now(), state = $2, error = $3"
                 "            WHERE id = $1::bigint)"
                 " UPDATE channels SET last_poll_at = now(),"
                 "   state = CASE WHEN $2 = 'ok' THEN 'ok' WHEN $2 = 'aborted' THEN state"
                 "                ELSE $2 END,"
                 "   last_success_at = CASE WHEN $2 = 'ok' THEN now() ELSE last_success_at END,"
                 "   last_error = CASE WHEN $2 = 'ok' THEN NULL ELSE coalesce($3, last_error) END,"
                 "   last_error_at = CASE WHEN $2 = 'ok' THEN last_error_at ELSE now() END,"
                 "   failures = CASE WHEN $2 = 'ok' THEN 0 ELSE failures + 1 END,"
                 "   backlog = coalesce($5::bigint, backlog), updated_at = now()"
                 " WHERE name = $4",
                 5, p);
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int od_base64_encode(const void *data, size_t len, struct od_buf *out)
{
    const unsigned char *d = data;
    char q[4];
    int rc;

    for (size_t i = 0; i < len; i += 3) {
        unsigned v = (unsigned)d[i] << 16;

        if (i + 1 < len)
            v |= (unsigned)d[i + 1] << 8;
        if (i + 2 < len)
            v |= d[i + 2];
        q[0] = b64[(v >> 18) & 63];
        q[1] = b64[(v >> 12) & 63];
        q[2] = i + 1 < len ? b64[(v >> 6) & 63] : '=';
        q[3] = i + 2 < len ? b64[v & 63] : '=';
        rc = od_buf_add(out, q, 4);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int od_store_add_b64(struct json_object *o, const char *key, const char *raw, size_t len)
{
    struct od_buf b;
    int rc;

    od_buf_init(&b, OD_BATCH_JSON_MAX);
    rc = od_base64_encode(raw ? raw : "", raw ? len : 0, &b);
    if (rc == 0)
        json_object_object_add(o, key,
                               json_object_new_string_len(b.data ? b.data : "", (int)b.len));
    od_buf_free(&b);
    return rc;
}

/* Add a string that may come from outside: made valid UTF-8 first, as
 * jsonb (rightly) refuses anything else. */
void od_store_add_str(struct json_object *o, const char *key, const char *v)
{
    char *copy;

    if (!v) {
        json_object_object_add(o, key, NULL);
        return;
    }
    copy = strdup(v);
    json_object_object_add(o, key, json_object_new_string(copy ? od_utf8_sanitize(copy) : "?"));
    free(copy);
}

/* ---- reading orders back ------------------------------------------- */

static const char *val(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int od_store_row_to_order(PGresult *r, int row, struct od_order **out)
{
    struct od_order *o = NULL;
    struct json_object *doc = NULL;
    struct od_json_opts opts = {.tz = "UTC", .currency = NULL};
    const char *text = val(r, row, 1);
    int rc;

    rc = od_json_parse(text, strlen(text), &doc);
    if (rc < 0)
        goto out;
    rc = od_order_from_json(doc, &opts, &o);
    if (rc < 0) {
        od_error_wrap(rc, "order %s", PQgetvalue(r, row, 0));
        goto out;
    }
    o->id = strtoll(PQgetvalue(r, row, 0), NULL, 10);
    rc = od_str_set(&o->channel, PQgetvalue(r, row, 2), strlen(PQgetvalue(r, row, 2)));
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    json_object_put(doc);
    return rc;
}

/* The stored row as the normalized JSON shape (read back through
 * od_order_from_json, so json.c stays the one definition of the shape). */
static const char orders_sql[] =
    OD_ORDER_SELECT " FROM orders o"
                    " WHERE ($1::text IS NULL OR o.channel = $1)"
                    "   AND ($2::text IS NULL OR o.external_id = $2)"
                    "   AND ($3::text IS NULL OR o.audit_outcome = $3)"
                    "   AND ($5::bigint IS NULL OR o.id = $5)"
                    "   AND (NOT $6::boolean OR o.audit_outcome IN ('held', 'pending'))"
                    " ORDER BY CASE WHEN $6 THEN (o.priority <> 'urgent')::int END,"
                    "   CASE WHEN $6 THEN coalesce(o.placed_at, o.created_at) END,"
                    "   CASE WHEN $6 THEN o.id ELSE -o.id END"
                    " LIMIT $4::bigint";

int od_store_each_order(struct od_store *s, const char *what, const char *sql, int n,
                        const char *const *params, od_order_cb cb, void *ud)
{
    PGresult *r;
    int rc = 0;

    /* Single-row mode: memory stays bounded however many orders match. */
    if (!PQsendQueryParams(s->conn, sql, n, NULL, params, NULL, NULL, 0))
        return od_store_db_error(s->conn, NULL, what);
    PQsetSingleRowMode(s->conn);
    while ((r = PQgetResult(s->conn)) != NULL) {
        ExecStatusType st = PQresultStatus(r);

        if (st == PGRES_SINGLE_TUPLE && rc == 0) {
            struct od_order *o = NULL;

            rc = od_store_row_to_order(r, 0, &o);
            if (rc == 0)
                rc = cb(ud, o);
            od_order_free(o);
        } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && rc == 0) {
            rc = od_store_db_error(s->conn, r, what);
        }
        PQclear(r);
    }
    return rc;
}

int od_store_orders(struct od_store *s, const struct od_order_filter *f, od_order_cb cb, void *ud)
{
    char limit[32], id[32];
    const char *p[6];

    snprintf(limit, sizeof(limit), "%lld", (long long)f->limit);
    snprintf(id, sizeof(id), "%lld", (long long)f->id);
    p[0] = f->channel;
    p[1] = f->external_id;
    p[2] = f->review ? NULL : f->audit;
    p[3] = f->limit > 0 ? limit : NULL;
    p[4] = f->id > 0 ? id : NULL;
    p[5] = f->review ? "true" : "false";
    return od_store_each_order(s, "cannot list orders", orders_sql, 6, p, cb, ud);
}

int od_store_exec_secret(struct od_store *s, const char *what, const char *sql, int n,
                         const char *const *p, PGresult **out)
{
    PGresult *r = PQexecParams(s->conn, sql, n, NULL, p, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);

    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
        int rc = od_error_set(OD_EDB, "%s: %s", what, m ? m : "the database is not reachable");

        PQclear(r);
        return rc;
    }
    if (out)
        *out = r;
    else
        PQclear(r);
    return 0;
}
