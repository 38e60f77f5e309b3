/* Logging for the programs (lib/ never logs). One event per line, on
 * stderr, text or JSON, prefixed with the channel as [kind:name].
 * Callers never pass secrets: config values of type secret and the
 * database URL are not logged anywhere. */
#ifndef OD_LOG_H
#define OD_LOG_H

#include <stdbool.h>

enum od_log_level { OD_LOG_DEBUG, OD_LOG_INFO, OD_LOG_WARN, OD_LOG_ERROR };

/* level: debug|info|warn|error; format: text|json. Unknown values keep
 * the defaults (info, text); the config loader has validated them. */
void od_log_setup(const char *level, const char *format);

/* `kind`/`channel` may be NULL for process-wide events. */
void od_log(enum od_log_level lvl, const char *kind, const char *channel, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

bool od_log_enabled(enum od_log_level lvl);

#endif
