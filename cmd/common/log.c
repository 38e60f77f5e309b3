#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "buf.h"

static enum od_log_level min_level = OD_LOG_INFO;
static bool json_format;
static bool journal; /* stderr is systemd's journal stream: "<N>" prefixes */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *const level_names[] = {"debug", "info", "warn", "error"};

/* systemd names the journal stream it connected stdout/stderr to in
 * $JOURNAL_STREAM ("DEVICE:INODE"); stderr is that stream when they
 * match (a redirect in between makes them differ). */
static bool stderr_is_journal(void)
{
    const char *v = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    char extra;

    if (!v || sscanf(v, "%llu:%llu%c", &dev, &ino, &extra) != 2 || fstat(2, &st) < 0)
        return false;
    return (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

void od_log_setup(const char *level, const char *format)
{
    for (int i = 0; level && i < 4; i++)
        if (strcmp(level, level_names[i]) == 0)
            min_level = (enum od_log_level)i;
    json_format = format && strcmp(format, "json") == 0;
    journal = stderr_is_journal();
}

bool od_log_enabled(enum od_log_level lvl)
{
    return lvl >= min_level;
}

/* JSON string escaping for the json format. */
static void add_json_str(struct od_buf *b, const char *s)
{
    od_buf_addc(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if (c == '"' || c == '\\') {
            od_buf_addc(b, '\\');
            od_buf_addc(b, (char)c);
        } else if (c < 0x20) {
            od_buf_printf(b, "\\u%04x", c);
        } else {
            od_buf_addc(b, (char)c);
        }
    }
    od_buf_addc(b, '"');
}

void od_log(enum od_log_level lvl, const char *kind, const char *channel, const char *fmt, ...)
{
    char msg[2048], ts[40];
    struct timespec now;
    struct tm tm;
    struct od_buf line;
    va_list ap;

    if (lvl < min_level)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    /* One event per line: no embedded line ends. */
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    snprintf(ts, sizeof(ts), "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, now.tv_nsec / 1000000);
    od_buf_init(&line, sizeof(msg) * 8);
    if (journal && !json_format) {
        static const int prio[] = {7, 6, 4, 3}; /* syslog: debug, info, warning, err */

        od_buf_printf(&line, "<%d>", prio[lvl]);
    }
    if (json_format) {
        od_buf_printf(&line, "{\"ts\":\"%s\",\"level\":\"%s\"", ts, level_names[lvl]);
        if (channel) {
            od_buf_adds(&line, ",\"kind\":");
            add_json_str(&line, kind ? kind : "");
            od_buf_adds(&line, ",\"channel\":");
            add_json_str(&line, channel);
        }
        od_buf_adds(&line, ",\"msg\":");
        add_json_str(&line, msg);
        od_buf_adds(&line, "}\n");
    } else if (channel) {
        od_buf_printf(&line, "%s %-5s [%s:%s] %s\n", ts, level_names[lvl], kind ? kind : "?",
                      channel, msg);
    } else {
        od_buf_printf(&line, "%s %-5s %s\n", ts, level_names[lvl], msg);
    }
    pthread_mutex_lock(&log_lock);
    if (line.data)
        fputs(line.data, stderr);
    fflush(stderr);
    pthread_mutex_unlock(&log_lock);
    od_buf_free(&line);
}
