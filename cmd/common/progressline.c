/* Progress lines on stderr: see progressline.h. */
#include "progressline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "json.h"
#include "timeutil.h"

#define TTY_PERIOD_MS   250
#define PLAIN_PERIOD_MS 5000
#define PERIOD_MAX_MS   3600000

struct od_cli_progress {
    char what[128];
    char unit[32];
    bool quiet;
    bool tty;
    bool drawn; /* a terminal line is showing */
    int64_t period_ms;
    int64_t start_ms;
    int64_t next_ms;
};

static int64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ORDERD_PROGRESS_INTERVAL when set and valid, else `dflt`. */
static int64_t period(int64_t dflt)
{
    const char *v = getenv("ORDERD_PROGRESS_INTERVAL");
    char *end;
    long long ms;

    if (!v || !*v)
        return dflt;
    errno = 0;
    ms = strtoll(v, &end, 10);
    if (errno || *end || ms < 1 || ms > PERIOD_MAX_MS)
        return dflt;
    return ms;
}

struct od_cli_progress *od_cli_progress_start(const char *what, const char *unit,
                                              enum od_progress_mode mode)
{
    struct od_cli_progress *p = calloc(1, sizeof(*p));

    if (!p)
        return NULL;
    snprintf(p->what, sizeof(p->what), "%s", what);
    snprintf(p->unit, sizeof(p->unit), "%s", unit);
    p->quiet = mode == OD_PROGRESS_QUIET;
    p->tty = isatty(STDERR_FILENO) == 1;
    p->period_ms = period(p->tty ? TTY_PERIOD_MS : PLAIN_PERIOD_MS);
    p->start_ms = now_ms();
    p->next_ms = p->start_ms + p->period_ms;
    return p;
}

/* "3d04h", "2h05m", "3m07s", "12s". */
static void fmt_secs(char *buf, size_t len, int64_t s)
{
    if (s >= 86400)
        snprintf(buf, len, "%lldd%02lldh", (long long)(s / 86400), (long long)(s % 86400 / 3600));
    else if (s >= 3600)
        snprintf(buf, len, "%lldh%02lldm", (long long)(s / 3600), (long long)(s % 3600 / 60));
    else if (s >= 60)
        snprintf(buf, len, "%lldm%02llds", (long long)(s / 60), (long long)(s % 60));
    else
        snprintf(buf, len, "%llds", (long long)s);
}

void od_cli_progress_update(void *ud, uint64_t count, double fraction)
{
    struct od_cli_progress *p = ud;
    char line[256], eta[32];
    int64_t now, elapsed;
    double rate;
    int n;

    if (!p || p->quiet)
        return;
    now = now_ms();
    if (now < p->next_ms)
        return;
    p->next_ms = now + p->period_ms;
    elapsed = now - p->start_ms;
    rate = elapsed > 0 ? (double)count * 1000.0 / (double)elapsed : 0.0;
    n = snprintf(line, sizeof(line), "%s: %llu %s, %.0f %s/s", p->what, (unsigned long long)count,
                 p->unit, rate, p->unit);
    if (fraction > 0.0 && fraction <= 1.0 && n > 0 && (size_t)n < sizeof(line)) {
        fmt_secs(eta, sizeof(eta),
                 (int64_t)((double)elapsed * (1.0 - fraction) / fraction / 1000.0));
        snprintf(line + n, sizeof(line) - (size_t)n, ", %d%%, ETA %s", (int)(fraction * 100.0),
                 eta);
    }
    if (p->tty) {
        fprintf(stderr, "\r\033[K%s", line);
        p->drawn = true;
    } else {
        fprintf(stderr, "%s\n", line);
    }
    fflush(stderr);
}

struct od_progress_cb od_cli_progress_cb(struct od_cli_progress *p)
{
    struct od_progress_cb cb = {.fn = p ? od_cli_progress_update : NULL, .ud = p};

    return cb;
}

void od_cli_progress_clear(struct od_cli_progress *p)
{
    if (!p || !p->drawn)
        return;
    fprintf(stderr, "\r\033[K");
    fflush(stderr);
    p->drawn = false;
}

void od_cli_progress_end(struct od_cli_progress *p)
{
    od_cli_progress_clear(p);
    free(p);
}

/* The watermark of a window cursor, or OD_TIME_NONE. */
static od_time watermark(const char *cursor)
{
    struct json_object *j = NULL, *v = NULL;
    od_time t = OD_TIME_NONE;

    if (!cursor || od_json_parse(cursor, strlen(cursor), &j) < 0)
        return OD_TIME_NONE;
    if (json_object_is_type(j, json_type_object) && json_object_object_get_ex(j, "watermark", &v) &&
        json_object_is_type(v, json_type_string) &&
        json_object_object_get_ex(j, "window_to", NULL)) {
        const char *s = json_object_get_string(v);

        if (od_time_parse(s, strlen(s), NULL, &t) < 0)
            t = OD_TIME_NONE;
    }
    json_object_put(j);
    return t;
}

bool od_cli_catchup_step(struct od_cli_catchup *c, const char *cursor, char *line, size_t len)
{
    char at[OD_TIME_STRLEN], behind[32], eta[32] = "";
    od_time wm = watermark(cursor), now;
    int64_t elapsed;
    double moved_per_ms;

    if (!c->started) {
        c->started = true;
        c->start_ms = now_ms();
        c->first_wm = wm;
        c->last_wm = wm;
        return false;
    }
    if (wm == OD_TIME_NONE || wm == c->last_wm)
        return false;
    if (c->first_wm == OD_TIME_NONE)
        c->first_wm = wm; /* the first window of a first sync: measure from here */
    c->last_wm = wm;
    c->windows++;
    if (c->windows % OD_CATCHUP_EVERY != 0)
        return false;
    now = od_time_now();
    elapsed = now_ms() - c->start_ms;
    fmt_secs(behind, sizeof(behind), now > wm ? (now - wm) / 1000000 : 0);
    moved_per_ms = elapsed > 0 ? (double)(wm - c->first_wm) / (double)elapsed : 0.0;
    if (moved_per_ms > 0.0 && now > wm) {
        char e[24];

        fmt_secs(e, sizeof(e), (int64_t)((double)(now - wm) / moved_per_ms / 1000.0));
        snprintf(eta, sizeof(eta), ", ETA %s", e);
    }
    snprintf(line, len, "catching up: %llu windows read, up to %s, %s behind, %.0f windows/min%s",
             (unsigned long long)c->windows, od_time_format(wm, at), behind,
             elapsed > 0 ? (double)c->windows * 60000.0 / (double)elapsed : 0.0, eta);
    return true;
}
