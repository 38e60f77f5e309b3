/* Progress of long work on stderr, shared by orderctl and orderd: count,
 * rate and ETA on one line redrawn in place when stderr is a terminal;
 * plain lines every 5 s when it is not (a log, a pipe, cron); nothing
 * with --quiet. Lines look like
 *
 *   import customers: 120000 rows, 40000 rows/s, 60%, ETA 2s
 *
 * (the ETA only when the work reports how far along it is). On a
 * terminal the line is redrawn at most 4 times a second and wiped by
 * od_progress_end(), so the command's own summary stands alone.
 * ORDERD_PROGRESS_INTERVAL (milliseconds, 1 to 3600000) sets both
 * periods, for tests. Not thread-safe: one reporting thread. */
#ifndef OD_PROGRESSLINE_H
#define OD_PROGRESSLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "progress.h"

struct od_cli_progress;

enum od_progress_mode {
    OD_PROGRESS_AUTO,  /* a terminal or plain lines, from isatty(stderr) */
    OD_PROGRESS_QUIET, /* nothing */
};

/* Start reporting `what` ("import customers") counted in `unit`
 * ("rows"); both are copied. NULL when out of memory (then reporting to
 * it does nothing). */
struct od_cli_progress *od_cli_progress_start(const char *what, const char *unit,
                                              enum od_progress_mode mode);

/* The callback for lib/: a `struct od_progress_cb` with fn = this and
 * ud = the progress. Draws or prints when its period has passed. */
void od_cli_progress_update(void *ud, uint64_t count, double fraction);

/* A callback struct for `p` (which may be NULL). */
struct od_progress_cb od_cli_progress_cb(struct od_cli_progress *p);

/* Wipe the terminal line before other text goes to stderr; the next
 * update draws it again. Accepts NULL. */
void od_cli_progress_clear(struct od_cli_progress *p);

/* Stop: wipe the terminal line (nothing else is printed), free `p`.
 * Accepts NULL. */
void od_cli_progress_end(struct od_cli_progress *p);

/* orderd's sync of a channel whose cursor is a time window
 * (connectors/common/window.h: {"watermark": T, "window_to": T2, ...}),
 * followed across the batches of one run: a first sync or a catch-up
 * after downtime walks many windows. Zero it at the start of a run. */
struct od_cli_catchup {
    int64_t start_ms; /* when the first cursor was seen */
    int64_t first_wm; /* its watermark (od_time), or OD_TIME_NONE */
    int64_t last_wm;  /* the latest watermark seen */
    uint64_t windows; /* windows finished (the watermark moved) */
    bool started;
};

/* Windows between two catch-up log lines. */
#define OD_CATCHUP_EVERY 10

/* Feed the cursor just committed (borrowed; NULL or not a window cursor:
 * ignored). Every OD_CATCHUP_EVERY finished windows it writes a line for
 * the log into `line` and returns true:
 *   "catching up: 20 windows read, up to 2026-11-24T00:00:00Z, 9d02h behind, 40 windows/min, ETA
 * 14s" (the ETA from how fast the watermark has moved since the first one). */
bool od_cli_catchup_step(struct od_cli_catchup *c, const char *cursor, char *line, size_t len);

#endif
