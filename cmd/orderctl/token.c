/* orderctl channel token: see token.h.
 *
 * stdin holds either the platform's token answer as JSON (an object with
 * access_token and refresh_token, and expires_in / refresh_expires_in /
 * re_expires_in in seconds or as unix times; the object may sit in
 * "data" or, as TOP's token_result, be a JSON text) or two lines: the
 * access token, then the refresh token. At most 16 KiB. */
#include "token.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "error.h"
#include "json.h"
#include "tokens.h"

#define STDIN_MAX   (16 * 1024)
#define LOCK_WAIT_S 30

/* seconds, or a unix time in s or ms, into an expiry time; NONE if absent */
static od_time expiry(struct json_object *o, const char *key, od_time now)
{
    const char *v = od_json_text(o, key);
    long long n = v ? strtoll(v, NULL, 10) : 0;

    if (n <= 0)
        return OD_TIME_NONE;
    if (n > 100000000000LL)
        return (od_time)n * 1000;
    if (n > 1000000000LL)
        return (od_time)n * 1000000;
    return now + (od_time)n * 1000000;
}

static int copy_token(const char *v, char *dst)
{
    size_t n = v ? strlen(v) : 0;

    if (n == 0)
        return od_error_set(OD_EINVAL, "the access token or the refresh token is missing");
    if (n > OD_TOKEN_MAX)
        return od_error_set(OD_ETOOBIG, "a token is longer than %d bytes", OD_TOKEN_MAX);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] <= ' ' || v[i] == 0x7f)
            return od_error_set(OD_EINVAL, "a token holds a space or a control character");
    memcpy(dst, v, n + 1);
    return 0;
}

/* The pair of a JSON answer: the object itself, its "data", or the JSON
 * text of its "token_result" (TOP). */
static int from_json(struct json_object *doc, od_time now, struct od_token_pair *p)
{
    struct json_object *o = doc, *inner = NULL, *nested = NULL;
    int rc;

    if (json_object_object_get_ex(doc, "data", &nested) &&
        json_object_is_type(nested, json_type_object))
        o = nested;
    if (!od_json_text(o, "access_token") && od_json_text(o, "token_result")) {
        const char *t = od_json_text(o, "token_result");

        if (od_json_parse(t, strlen(t), &inner) < 0 ||
            !json_object_is_type(inner, json_type_object)) {
            json_object_put(inner);
            return od_error_set(OD_EINVAL, "token_result is not a JSON object");
        }
        o = inner;
    }
    rc = copy_token(od_json_text(o, "access_token"), p->access);
    if (rc == 0)
        rc = copy_token(od_json_text(o, "refresh_token"), p->refresh);
    p->issued = now;
    p->access_expires = expiry(o, "expires_in", now);
    p->refresh_expires = expiry(o, "refresh_expires_in", now);
    if (p->refresh_expires == OD_TIME_NONE)
        p->refresh_expires = expiry(o, "re_expires_in", now);
    json_object_put(inner);
    return rc;
}

/* Two lines: access token, refresh token. */
static int from_lines(char *text, od_time now, struct od_token_pair *p)
{
    char *nl = strchr(text, '\n'), *second, *end;
    int rc;

    if (!nl)
        return od_error_set(OD_EINVAL, "expected two lines: the access token, then the refresh "
                                       "token (or the platform's JSON answer)");
    *nl = '\0';
    second = nl + 1;
    end = second + strcspn(second, "\r\n");
    *end = '\0';
    if (nl > text && nl[-1] == '\r')
        nl[-1] = '\0';
    rc = copy_token(text, p->access);
    if (rc == 0)
        rc = copy_token(second, p->refresh);
    p->issued = now;
    return rc;
}

static int read_pair(struct od_token_pair *p)
{
    char *buf = calloc(1, STDIN_MAX + 2);
    size_t n;
    od_time now = od_time_now();
    struct json_object *doc = NULL;
    int rc;

    if (!buf)
        return od_error_set(OD_ENOMEM, "out of memory");
    n = fread(buf, 1, STDIN_MAX + 1, stdin);
    if (n > STDIN_MAX) {
        rc = od_error_set(OD_ETOOBIG, "stdin holds more than %d bytes", STDIN_MAX);
        goto out;
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' '))
        buf[--n] = '\0';
    if (n == 0) {
        rc = od_error_set(OD_EINVAL, "nothing on stdin: give the access and refresh token there");
        goto out;
    }
    if (buf[strspn(buf, " \t\r\n")] == '{') {
        rc = od_json_parse(buf, n, &doc);
        if (rc == 0)
            rc = from_json(doc, now, p);
    } else {
        rc = from_lines(buf, now, p);
    }
out:
    json_object_put(doc);
    explicit_bzero(buf, STDIN_MAX + 2);
    free(buf);
    return rc;
}

static const char *shown(const char *t)
{
    return *t ? t : "not said (learned at the first renewal)";
}

int orderctl_channel_token(struct od_store *s, const struct od_config *cfg, const char *name)
{
    struct od_channel *ch = od_config_channel(cfg, name);
    struct od_token_pair pair;
    struct od_token_info info;
    char fp[65];
    bool locked = false;
    int rc;

    od_token_pair_wipe(&pair);
    if (!ch) {
        fprintf(stderr, "orderctl: no channel named '%s' in the configuration\n", name);
        return OD_EXIT_USAGE;
    }
    if (od_token_config_fp(ch, fp) < 0) {
        fprintf(stderr, "orderctl: channel token: %s\n", od_error_last());
        return OD_EXIT_USAGE;
    }
    rc = read_pair(&pair);
    if (rc < 0)
        goto out;
    rc = od_store_sync_channels(s, &ch, 1);
    /* the channel's lease: no poll renews its token meanwhile */
    for (int i = 0; rc == 0 && !locked; i++) {
        rc = od_store_lock_channel(s, name, &locked);
        if (rc == 0 && !locked) {
            struct timespec ts = {0, 200 * 1000 * 1000};

            if (i >= LOCK_WAIT_S * 5) {
                rc = od_error_set(OD_EBUSY,
                                  "an orderd instance holds the channel for more than %d s",
                                  LOCK_WAIT_S);
                break;
            }
            nanosleep(&ts, NULL);
        }
    }
    if (rc == 0)
        rc = od_tokens_save(s, name, fp, &pair, "orderctl");
    if (locked)
        od_store_unlock_channel(s, name);
    if (rc == 0)
        rc = od_tokens_info(s, name, fp, &info);
out:
    od_token_pair_wipe(&pair);
    if (rc < 0) {
        fprintf(stderr, "orderctl: channel token %s: %s\n", name, od_error_last());
        return OD_EXIT_FAIL;
    }
    printf("channel %s: new token pair stored; orderd uses it from its next call\n"
           "  access token expires:  %s\n"
           "  refresh token expires: %s\n",
           name, shown(info.access_expires), shown(info.refresh_expires));
    return OD_EXIT_OK;
}
