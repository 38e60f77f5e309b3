#include "scheduler.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "backoff.h"
#include "clock.h"
#include "connector.h"
#include "error.h"
#include "log.h"
#include "metrics.h"
#include "progressline.h"
#include "reconcile.h"
#include "report_send.h"
#include "rules.h"
#include "stats.h"
#include "store.h"
#include "tokens.h"

/* Repeated identical errors: logged at the first, then every Nth. */
#define COMPLAIN_EVERY 10

struct worker {
    struct od_scheduler *sched;
    struct od_channel *ch;
    pthread_t thread;
    bool started;
    atomic_bool done;
    bool failed;
    unsigned seed;
    /* For od_scheduler_summary(), read by the main thread: when the
     * current poll or batch began (od_stats_now(); 0 while waiting), and
     * how the last poll went. */
    _Atomic uint64_t busy_since;
    atomic_bool polled, up;
    struct od_chan_metrics *metrics; /* this channel's /metrics counters, or NULL */
};

struct od_scheduler {
    const struct od_config *cfg;
    const struct od_rules *rules;
    struct od_metrics *metrics;
    bool once;
    atomic_bool stop;
    atomic_bool db_ok; /* a worker found the database answering, schema current */
    pthread_mutex_t mu;
    pthread_cond_t cond;
    struct worker *workers;
    size_t n_workers;
    char instance[128];
};

/* For a connector's wait(): has the scheduler been asked to stop? */
static bool stop_requested(void *ud)
{
    struct od_scheduler *s = ud;

    return atomic_load(&s->stop);
}

/* Sleep up to ms, returning early when asked to stop: on the daemon's
 * clock (lib/clock.h), which a test may run faster, or on the real one. */
static void nap(struct od_scheduler *s, int64_t ms, bool real)
{
    pthread_mutex_lock(&s->mu);
    if (real)
        od_real_cond_wait(&s->cond, &s->mu, ms, stop_requested, s);
    else
        od_clock_cond_wait(&s->cond, &s->mu, ms, stop_requested, s);
    pthread_mutex_unlock(&s->mu);
}

/* Between successful polls: the connector's wait() when it has one (IMAP
 * IDLE), else a plain nap. A failed wait sleeps the rest of the delay. */
static void wait_between_polls(struct worker *w, void *state, int64_t ms)
{
    struct od_scheduler *s = w->sched;
    const struct od_connector *conn = w->ch->connector;
    int64_t t0, spent;
    int rc;

    if (!conn->wait || !state) {
        nap(s, ms, false);
        return;
    }
    t0 = od_clock_mono_ms();
    rc = conn->wait(state, ms, stop_requested, s);
    if (rc > 0)
        od_log(OD_LOG_DEBUG, w->ch->kind, w->ch->name, "new data signalled; polling now");
    if (rc >= 0 || atomic_load(&s->stop))
        return;
    od_log(OD_LOG_WARN, w->ch->kind, w->ch->name, "waiting for new data failed: %s",
           od_error_last());
    spent = od_clock_mono_ms() - t0;
    if (spent < ms)
        nap(s, ms - spent, false);
}

struct chan_run {
    struct worker *w;
    struct od_store *store;
    bool schema_ok;
    void *state;
    char *cursor;
    struct od_batch batch;
    int64_t backlog;
    /* error bookkeeping */
    int failures;
    char last_error[512];
    /* the channel's renewed access tokens, in this worker's connection */
    struct od_token_store tokens;
    od_time recon_last; /* the last reconciliation (OD_TIME_NONE: ask the database) */
};

/* od_token_store on the worker's connection: called during a poll,
 * while run_channel holds the channel's lease. */
static int tokens_load(void *ud, const char *channel, const char *config_fp,
                       struct od_token_pair *out)
{
    struct chan_run *r = ud;

    return od_tokens_load(r->store, channel, config_fp, out);
}

static int tokens_save(void *ud, const char *channel, const char *config_fp,
                       const struct od_token_pair *p)
{
    struct chan_run *r = ud;

    return od_tokens_save(r->store, channel, config_fp, p, "refresh");
}

static const char *kind_of(const struct worker *w)
{
    return w->ch->kind;
}

static int ensure_store(struct chan_run *r)
{
    const struct od_config *cfg = r->w->sched->cfg;
    struct od_channel *one[1] = {r->w->ch};
    int rc;

    if (r->store && od_store_ok(r->store) && r->schema_ok)
        return 0;
    if (!r->store) {
        rc = od_store_connect(cfg->database_conninfo, &r->store);
    } else {
        rc = od_store_reconnect(r->store);
    }
    if (rc < 0)
        return rc;
    r->schema_ok = false;
    rc = od_store_require_schema(r->store, "orderd", NULL);
    if (rc < 0)
        return rc;
    rc = od_store_sync_channels(r->store, one, 1);
    if (rc < 0)
        return rc;
    r->schema_ok = true;
    atomic_store(&r->w->sched->db_ok, true);
    return 0;
}

static const char *run_state(int rc)
{
    switch (rc) {
    case 0:
        return "ok";
    case OD_EAUTH:
        return "auth_error";
    case OD_ECONFIG:
        return "config_error";
    default:
        return "error";
    }
}

/* Count the time since `t0` to `stage`, less `inner` nanoseconds that
 * another stage already counted inside the span. */
static void span_add(enum od_stage stage, uint64_t t0, uint64_t inner)
{
    uint64_t span = od_stats_now() - t0;

    od_stats_add(stage, span > inner ? span - inner : 0);
}

/* The channel's periodic reconciliation (lib/reconcile.h), under the
 * run's lease after a good poll; a failure is logged, not the poll's. */
static void reconcile_channel(struct chan_run *r)
{
    struct od_channel *ch = r->w->ch;
    char line[640];
    int rc = od_recon_periodic(r->store, ch, r->state, r->w->sched->rules, r->batch.stop,
                               r->batch.stop_ud, &r->recon_last, line, sizeof(line));

    if (rc == 1 || rc == 2)
        od_log(rc == 1 ? OD_LOG_INFO : OD_LOG_WARN, ch->kind, ch->name, "reconcile: %s", line);
    else if (rc < 0 && rc != OD_EAGAIN)
        od_log(OD_LOG_WARN, ch->kind, ch->name, "reconcile failed: %s", od_error_last());
}

/* One run: lock the channel, poll and commit until nothing is left. */
static int run_channel(struct chan_run *r)
{
    struct worker *w = r->w;
    struct od_channel *ch = w->ch;
    const struct od_connector *conn = ch->connector;
    int64_t run_id = 0;
    bool locked = false;
    char err[512] = "", line[256];
    struct od_cli_catchup catchup = {0};
    int totals[4] = {0, 0, 0, 0};
    int rc;

    rc = ensure_store(r);
    if (rc < 0)
        return rc;
    rc = od_store_lock_channel(r->store, ch->name, &locked);
    if (rc < 0)
        return rc;
    if (!locked)
        return od_error_set(OD_EBUSY, "another orderd instance is polling this channel");
    rc = od_store_run_begin(r->store, ch->name, w->sched->instance, &run_id);
    if (rc < 0)
        goto out;
    free(r->cursor);
    r->cursor = NULL;
    rc = od_store_cursor(r->store, ch->name, &r->cursor);
    if (rc < 0)
        goto out;
    if (!r->state) {
        rc = conn->open(ch, &r->state);
        if (rc < 0)
            goto out;
    }
    od_cli_catchup_step(&catchup, r->cursor, line, sizeof(line)); /* where this run starts */
    for (;;) {
        struct od_cursor from = {r->cursor};
        struct od_ingest_result res = {0};
        struct od_batch *b = &r->batch;

        uint64_t t0, sub, started = od_stats_now();

        atomic_store(&w->busy_since, started);
        od_batch_reset(b);
        b->backlog = -1;
        /* the poll is parse time but for what the connector counts as reading */
        sub = od_stats_thread_ns(OD_STAGE_READ);
        t0 = od_stats_now();
        rc = conn->poll(r->state, &from, b);
        span_add(OD_STAGE_PARSE, t0, od_stats_thread_ns(OD_STAGE_READ) - sub);
        if (b->backlog >= 0)
            r->backlog = b->backlog;
        if (rc < 0)
            break;
        if (b->n_orders || b->n_dead || b->cursor) {
            /* the ingest is database time but for the audit's share */
            sub = od_stats_thread_ns(OD_STAGE_AUDIT);
            t0 = od_stats_now();
            rc = od_store_ingest(r->store, ch->name, run_id, b, w->sched->rules, &res);
            span_add(OD_STAGE_DB, t0, od_stats_thread_ns(OD_STAGE_AUDIT) - sub);
            if (rc < 0)
                break;
            totals[0] += res.n_new;
            totals[1] += res.n_updated;
            totals[2] += res.n_unchanged;
            totals[3] += res.n_dead;
            od_metrics_batch(w->sched->metrics, w->metrics, b, &res, od_stats_now() - started);
            if (b->cursor) {
                char *c = strdup(b->cursor);

                if (!c) {
                    rc = od_error_set(OD_ENOMEM, "out of memory");
                    break;
                }
                free(r->cursor);
                r->cursor = c;
                /* A first sync walking many windows: a line every few. */
                if (od_cli_catchup_step(&catchup, r->cursor, line, sizeof(line)))
                    od_log(OD_LOG_INFO, kind_of(w), ch->name, "%s", line);
            }
            od_log(OD_LOG_DEBUG, kind_of(w), ch->name,
                   "batch committed: %zu items, %d new, %d updated, %d unchanged (%d not sent), "
                   "%d dead",
                   b->n_orders + b->n_dead, res.n_new, res.n_updated, res.n_unchanged, res.n_unsent,
                   res.n_dead);
            if (conn->after_commit) {
                rc = conn->after_commit(r->state, b);
                if (rc < 0)
                    break;
            }
        }
        if (!b->more || atomic_load(&w->sched->stop))
            break;
    }
    if (totals[0] || totals[1] || totals[3])
        od_log(OD_LOG_INFO, kind_of(w), ch->name,
               "ingested: %d new, %d updated, %d unchanged, %d dead letters", totals[0], totals[1],
               totals[2], totals[3]);
    if (rc == 0 && !atomic_load(&w->sched->stop))
        reconcile_channel(r);
out:
    if (rc < 0)
        snprintf(err, sizeof(err), "%s", od_error_last());
    if (run_id && od_store_ok(r->store))
        od_store_run_end(r->store, ch->name, run_id, run_state(rc), rc < 0 ? err : NULL,
                         r->backlog);
    if (locked && od_store_ok(r->store))
        od_store_unlock_channel(r->store, ch->name);
    if (rc < 0)
        od_error_set(rc, "%s", err);
    return rc;
}

static void complain(struct chan_run *r, int rc)
{
    struct worker *w = r->w;
    const char *msg = od_error_last();

    r->failures++;
    if (rc == OD_EBUSY) {
        od_log(OD_LOG_DEBUG, kind_of(w), w->ch->name, "%s", msg);
        return;
    }
    if (strcmp(msg, r->last_error) != 0) {
        od_log(OD_LOG_ERROR, kind_of(w), w->ch->name, "poll failed: %s", msg);
        snprintf(r->last_error, sizeof(r->last_error), "%s", msg);
    } else if (r->failures % COMPLAIN_EVERY == 0) {
        od_log(OD_LOG_WARN, kind_of(w), w->ch->name, "still failing (%d in a row): %s", r->failures,
               msg);
    }
}

/* Connectors report through od_channel_log(); this prints it. */
static void channel_log(void *ud, const struct od_channel *ch, int level, const char *msg)
{
    static const enum od_log_level map[] = {OD_LOG_DEBUG, OD_LOG_INFO, OD_LOG_WARN, OD_LOG_ERROR};

    (void)ud;
    od_log(map[level < 0 ? 0 : level > 3 ? 3 : level], ch->kind, ch->name, "%s", msg);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct od_scheduler *s = w->sched;
    const struct od_config *cfg = s->cfg;
    struct chan_run r = {.w = w, .backlog = -1, .recon_last = OD_TIME_NONE};
    struct od_backoff backoff = {
        .initial_ms = cfg->backoff_initial_ms, .cap_ms = cfg->backoff_cap_ms, .seed = w->seed};
    size_t max = (size_t)(w->ch->batch_size > 0 ? w->ch->batch_size : cfg->batch_size);

    od_batch_init(&r.batch, max);
    /* a poll that backs off or paces ends promptly on SIGTERM */
    r.batch.stop = stop_requested;
    r.batch.stop_ud = s;
    w->ch->log = channel_log;
    r.tokens = (struct od_token_store){.load = tokens_load, .save = tokens_save, .ud = &r};
    w->ch->tokens = &r.tokens;
    while (!atomic_load(&s->stop)) {
        int rc;
        int64_t delay;

        atomic_store(&w->busy_since, od_stats_now());
        rc = run_channel(&r);
        atomic_store(&w->busy_since, 0);
        if (rc != OD_EBUSY) {
            atomic_store(&w->up, rc == 0);
            atomic_store(&w->polled, true);
            od_metrics_poll(w->metrics, rc == 0, r.backlog);
        }

        if (rc == 0) {
            if (r.failures && r.last_error[0])
                od_log(OD_LOG_INFO, kind_of(w), w->ch->name, "recovered after %d failed polls",
                       r.failures);
            r.failures = 0;
            r.last_error[0] = '\0';
        } else {
            complain(&r, rc);
        }
        /* poll interval with jitter; after a failure the backoff
         * (lib/backoff.h), a server-given wait as its minimum */
        delay = od_backoff_next(&backoff, rc, w->ch->poll_interval_ms, r.batch.retry_after_ms);
        if (s->once) {
            w->failed = rc < 0 && rc != OD_EBUSY;
            if (rc == OD_EBUSY)
                od_log(OD_LOG_WARN, kind_of(w), w->ch->name,
                       "skipped: another orderd instance is polling this channel");
            break;
        }
        if (rc == 0)
            wait_between_polls(w, r.state, delay);
        else
            nap(s, delay, false);
    }
    if (r.state)
        w->ch->connector->close(r.state);
    w->ch->tokens = NULL;
    od_batch_free(&r.batch);
    free(r.cursor);
    od_store_close(r.store);
    atomic_store(&w->done, true);
    pthread_mutex_lock(&s->mu);
    pthread_cond_broadcast(&s->cond);
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* Re-audit pending orders whose wait is over (docs/audit.md): one thread
 * with its own connection, every RECHECK_EVERY_MS of real time (the
 * database's clock decides when a wait is over), or once with --once
 * after the channels are done. */
#define RECHECK_EVERY_MS 30000
#define RECHECK_LIMIT    500

static bool channels_done(struct od_scheduler *s)
{
    for (size_t i = 0; i < s->n_workers; i++)
        if (s->workers[i].ch && !atomic_load(&s->workers[i].done))
            return false;
    return true;
}

/* The end of a thread beside the channels': its connection closed, it
 * says it is done and wakes whoever waits for the workers. */
static void aux_done(struct od_scheduler *s, struct worker *w, struct od_store *store)
{
    od_store_close(store);
    atomic_store(&w->done, true);
    pthread_mutex_lock(&s->mu);
    pthread_cond_broadcast(&s->cond);
    pthread_mutex_unlock(&s->mu);
}

static void *recheck_main(void *arg)
{
    struct worker *w = arg;
    struct od_scheduler *s = w->sched;
    struct od_store *store = NULL;
    char last[512] = "";

    if (s->once) {
        pthread_mutex_lock(&s->mu);
        while (!channels_done(s) && !atomic_load(&s->stop))
            pthread_cond_wait(&s->cond, &s->mu);
        pthread_mutex_unlock(&s->mu);
    }
    while (!atomic_load(&s->stop) || s->once) {
        int n = 0, total = 0, rc = 0;

        atomic_store(&w->busy_since, od_stats_now());
        if (!store || !od_store_ok(store)) {
            od_store_close(store);
            store = NULL;
            rc = od_store_connect(s->cfg->database_conninfo, &store);
        }
        while (rc == 0 && (rc = od_store_recheck(store, s->rules, RECHECK_LIMIT, &n)) == 0 &&
               n > 0) {
            total += n;
            if (n < RECHECK_LIMIT)
                break;
        }
        if (rc < 0) {
            const char *m = od_error_last();

            if (strcmp(m, last) != 0)
                od_log(OD_LOG_ERROR, "audit", "recheck", "%s", m);
            snprintf(last, sizeof(last), "%s", m);
            w->failed = s->once;
        } else {
            last[0] = '\0';
            atomic_store(&s->db_ok, true);
            if (total)
                od_log(OD_LOG_INFO, "audit", "recheck", "%d pending order%s re-audited", total,
                       total == 1 ? "" : "s");
        }
        atomic_store(&w->busy_since, 0);
        if (s->once)
            break;
        nap(s, RECHECK_EVERY_MS, true);
    }
    aux_done(s, w, store);
    return NULL;
}

/* The morning mail (reports.daily_at): one more worker, with its own
 * connection, that mails yesterday's daily report once it is due, every
 * MAIL_CHECK_MS asks again (report_sends says whether some instance sent
 * it), and after a failure tries again after ingest.backoff_initial,
 * doubling up to ingest.backoff_cap. */
#define MAIL_CHECK_MS 30000

static void *mailer_main(void *arg)
{
    struct worker *w = arg;
    struct od_scheduler *s = w->sched;
    const struct od_config *cfg = s->cfg;
    const char *tz = cfg->reports_timezone ? cfg->reports_timezone : cfg->display_timezone;
    int at = od_report_daily_at(cfg->reports_daily_at);
    int64_t wait = cfg->backoff_initial_ms;
    struct od_store *store = NULL;
    char last[512] = "", zone[OD_TZ_MAX], seen[OD_DATE_STRLEN] = "";

    if (!tz) { /* as orderctl: the machine's zone */
        od_tz_system(zone, sizeof(zone));
        tz = zone;
    }

    while (!atomic_load(&s->stop)) {
        od_time now = od_time_now(), due = 0;
        struct od_report_period p;
        int rc = 0;

        if (od_report_due_at(now, tz, at, &due) < 0 || now < due) {
            nap(s, MAIL_CHECK_MS, true);
            continue;
        }
        if (!store || !od_store_ok(store)) {
            od_store_close(store);
            store = NULL;
            rc = od_store_connect(cfg->database_conninfo, &store);
        }
        if (rc == 0)
            rc = od_report_period_default(OD_REPORT_DAILY, now, tz, &p);
        if (rc == 0)
            rc =
                od_report_send_daily(store, cfg, s->rules, &p, s->instance, now, stop_requested, s);
        if (rc == 1)
            od_log(OD_LOG_INFO, "report", "mail", "%s the daily report of %s",
                   cfg->reports_dir ? "wrote" : "mailed", p.first);
        else if (rc == 0 && strcmp(seen, p.first) != 0)
            od_log(OD_LOG_DEBUG, "report", "mail", "the daily report of %s was sent already",
                   p.first);
        if (rc >= 0) {
            snprintf(seen, sizeof(seen), "%s", p.first);
            last[0] = '\0';
            wait = cfg->backoff_initial_ms;
            nap(s, MAIL_CHECK_MS, true);
            continue;
        }
        if (rc == OD_ECANCELED)
            break;
        if (strcmp(od_error_last(), last) != 0)
            od_log(OD_LOG_ERROR, "report", "mail", "daily report not sent, trying again: %s",
                   od_error_last());
        snprintf(last, sizeof(last), "%s", od_error_last());
        nap(s, wait, true);
        wait = wait * 2 > cfg->backoff_cap_ms ? cfg->backoff_cap_ms : wait * 2;
    }
    aux_done(s, w, store);
    return NULL;
}

static bool selected(const struct od_channel *ch, const char *const *names, size_t n)
{
    if (n == 0)
        return true;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], ch->name) == 0)
            return true;
    return false;
}

/* A thread beside the channels' (the recheck, the report mail): the
 * next slot of s->workers, which has room for two. */
static int start_aux(struct od_scheduler *s, void *(*fn)(void *), const char *what)
{
    struct worker *w = &s->workers[s->n_workers];

    w->sched = s;
    atomic_init(&w->done, false);
    if (pthread_create(&w->thread, NULL, fn, w) != 0)
        return od_error_set(OD_ENOMEM, "cannot start the %s thread", what);
    w->started = true;
    s->n_workers++;
    return 0;
}

int od_scheduler_start(const struct od_config *cfg, const struct od_rules *rules,
                       struct od_metrics *metrics, const char *const *names, size_t n_names,
                       bool once, struct od_scheduler **out)
{
    struct od_scheduler *s = calloc(1, sizeof(*s));
    char host[64] = "localhost";
    int rc = 0;

    if (!s)
        return od_error_set(OD_ENOMEM, "out of memory");
    s->cfg = cfg;
    s->rules = rules;
    s->metrics = metrics;
    s->once = once;
    atomic_init(&s->stop, false);
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cond, NULL);
    gethostname(host, sizeof(host) - 1);
    snprintf(s->instance, sizeof(s->instance), "%s:%ld", host, (long)getpid());
    s->workers = calloc(cfg->n_channels + 2, sizeof(*s->workers));
    if (!s->workers) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < cfg->n_channels; i++) {
        struct od_channel *ch = cfg->channels[i];
        struct worker *w;

        if (!selected(ch, names, n_names))
            continue;
        if (!ch->enabled) {
            od_log(OD_LOG_INFO, ch->kind, ch->name, "disabled in the configuration; not polled");
            continue;
        }
        w = &s->workers[s->n_workers];
        w->sched = s;
        w->ch = ch;
        w->metrics = metrics ? od_metrics_channel(metrics, ch->name, ch->kind) : NULL;
        w->seed = (unsigned)time(NULL) ^ (unsigned)(i * 2654435761u) ^ (unsigned)getpid();
        atomic_init(&w->done, false);
        if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
            rc = od_error_set(OD_ENOMEM, "cannot start a thread for channel %s", ch->name);
            goto out;
        }
        w->started = true;
        s->n_workers++;
    }
    if (rules && rules->n > 0 && (rc = start_aux(s, recheck_main, "recheck")) < 0)
        goto out;
    if (cfg->reports_daily_at && !once && (rc = start_aux(s, mailer_main, "report mail")) < 0)
        goto out;
out:
    if (rc < 0) {
        od_scheduler_stop(s);
        od_scheduler_join(s, 10000);
        od_scheduler_free(s);
        return rc;
    }
    *out = s;
    return 0;
}

void od_scheduler_stop(struct od_scheduler *s)
{
    pthread_mutex_lock(&s->mu);
    atomic_store(&s->stop, true);
    pthread_cond_broadcast(&s->cond);
    pthread_mutex_unlock(&s->mu);
}

bool od_scheduler_done(struct od_scheduler *s)
{
    for (size_t i = 0; i < s->n_workers; i++)
        if (!atomic_load(&s->workers[i].done))
            return false;
    return true;
}

static bool all_done(void *ud)
{
    return od_scheduler_done(ud);
}

bool od_scheduler_join(struct od_scheduler *s, long timeout_ms)
{
    pthread_mutex_lock(&s->mu);
    od_real_cond_wait(&s->cond, &s->mu, timeout_ms, all_done, s);
    pthread_mutex_unlock(&s->mu);
    if (!od_scheduler_done(s))
        return false;
    for (size_t i = 0; i < s->n_workers; i++) {
        if (s->workers[i].started) {
            pthread_join(s->workers[i].thread, NULL);
            s->workers[i].started = false;
        }
    }
    return true;
}

void od_scheduler_summary(struct od_scheduler *s, struct od_sched_summary *out)
{
    uint64_t now = od_stats_now();

    memset(out, 0, sizeof(*out));
    out->db_ok = atomic_load(&s->db_ok);
    out->workers = s->n_workers;
    for (size_t i = 0; i < s->n_workers; i++) {
        struct worker *w = &s->workers[i];
        uint64_t since = atomic_load(&w->busy_since);

        if (since && now > since && now - since > out->longest_busy_ns) {
            out->longest_busy_ns = now - since;
            out->busiest = w->ch ? w->ch->name : "recheck"; /* the mailer is never busy */
        }
        if (!w->ch)
            continue; /* the recheck worker */
        out->channels++;
        if (atomic_load(&w->polled))
            atomic_load(&w->up) ? out->up++ : out->failing++;
    }
}

size_t od_scheduler_failures(const struct od_scheduler *s)
{
    size_t n = 0;

    for (size_t i = 0; i < s->n_workers; i++)
        if (s->workers[i].failed)
            n++;
    return n;
}

void od_scheduler_free(struct od_scheduler *s)
{
    if (!s)
        return;
    free(s->workers);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cond);
    free(s);
}
