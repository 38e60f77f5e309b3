/* Waiting for a PostgreSQL notification (LISTEN): orderweb's one
 * listening connection on orderd_review, fanned out to the browsers as
 * server-sent events (docs/console.md). Nothing here logs or exits. */
#ifndef OD_WATCH_H
#define OD_WATCH_H

struct od_watch;

/* Connect to `url` and LISTEN on `channel` (an identifier, quoted
 * here). *out is set only on success; OD_EDB when the database is not
 * reachable. */
int od_watch_open(const char *url, const char *channel, struct od_watch **out);

/* Wait at most `timeout_ms` for notifications on the channel, or until
 * `wake_fd` (-1: none) is readable. *count: the notifications that
 * arrived (0 on a timeout or a wake). OD_EDB when the connection broke
 * (close it and open another). */
int od_watch_wait(struct od_watch *w, int timeout_ms, int wake_fd, int *count);

void od_watch_close(struct od_watch *w);

#endif
