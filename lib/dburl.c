/* The database connection string and its TLS policy (see dburl.h). */
#include <arpa/inet.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dburl.h"
#include "error.h"

const char *const od_sslmodes[] = {"disable",   "allow",       "prefer", "require",
                                   "verify-ca", "verify-full", NULL};

bool od_db_host_is_local(const char *host)
{
    unsigned char a[16];
    static const unsigned char v6_loopback[16] = {[15] = 1};

    if (!host || !*host || host[0] == '/' || host[0] == '@')
        return true;
    if (strcasecmp(host, "localhost") == 0)
        return true;
    if (inet_pton(AF_INET, host, a) == 1)
        return a[0] == 127;
    if (inet_pton(AF_INET6, host, a) == 1)
        return memcmp(a, v6_loopback, 16) == 0;
    return false;
}

/* Every entry of a comma-separated libpq host list is local. */
static bool all_local(const char *list)
{
    char one[256];
    const char *p = list;

    if (!list || !*list)
        return true;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);

        if (n >= sizeof(one))
            return false;
        memcpy(one, p, n);
        one[n] = '\0';
        if (!od_db_host_is_local(one))
            return false;
        if (!comma)
            return true;
        p = comma + 1;
    }
}

static const char *option(const PQconninfoOption *opts, const char *keyword)
{
    for (const PQconninfoOption *o = opts; o->keyword; o++)
        if (strcmp(o->keyword, keyword) == 0)
            return o->val && *o->val ? o->val : NULL;
    return NULL;
}

static const char *env(const char *name)
{
    const char *v = getenv(name);

    return v && *v ? v : NULL;
}

/* keyword='value' with ' and \ escaped, as libpq reads it. */
static int put_option(struct od_buf *b, const char *keyword, const char *value)
{
    if (b->len && od_buf_add(b, " ", 1) < 0)
        return -1;
    if (od_buf_add(b, keyword, strlen(keyword)) < 0 || od_buf_add(b, "='", 2) < 0)
        return -1;
    for (const char *p = value; *p; p++) {
        if ((*p == '\'' || *p == '\\') && od_buf_add(b, "\\", 1) < 0)
            return -1;
        if (od_buf_add(b, p, 1) < 0)
            return -1;
    }
    return od_buf_add(b, "'", 1);
}

static bool known_mode(const char *mode)
{
    for (size_t i = 0; od_sslmodes[i]; i++)
        if (strcmp(od_sslmodes[i], mode) == 0)
            return true;
    return false;
}

int od_db_conninfo(const char *url, const char *sslmode, char **out)
{
    PQconninfoOption *opts = NULL;
    const char *chosen = sslmode, *hostaddr, *host;
    struct od_buf b;
    char *err = NULL;
    int rc = 0;

    od_buf_init(&b, 64 * 1024);
    if (sslmode && !known_mode(sslmode))
        return od_error_set(OD_ECONFIG,
                            "database.sslmode: '%s' is not one of disable, allow, "
                            "prefer, require, verify-ca, verify-full",
                            sslmode);
    opts = PQconninfoParse(url ? url : "", &err);
    if (!opts) {
        /* libpq's message may quote the URL, password included. */
        rc = err ? od_error_set(OD_ECONFIG, "database.url: libpq cannot read it (check its "
                                            "quoting and percent-encoding)")
                 : od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (!chosen && !option(opts, "sslmode") && !env("PGSSLMODE")) {
        hostaddr = option(opts, "hostaddr") ? option(opts, "hostaddr") : env("PGHOSTADDR");
        host = option(opts, "host") ? option(opts, "host") : env("PGHOST");
        if (!all_local(hostaddr ? hostaddr : host))
            chosen = "verify-full";
    }
    if (!chosen) {
        *out = strdup(url ? url : "");
        if (!*out)
            rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (const PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val && strcmp(o->keyword, "sslmode") != 0 && put_option(&b, o->keyword, o->val) < 0)
            goto oom;
    if (put_option(&b, "sslmode", chosen) < 0)
        goto oom;
    *out = b.data;
    b.data = NULL;
    goto out;
oom:
    rc = od_error_set(OD_ENOMEM, "database.url: out of memory (or longer than 64 KiB)");
out:
    if (b.data)
        explicit_bzero(b.data, b.len);
    od_buf_free(&b);
    if (err)
        PQfreemem(err);
    if (opts) {
        for (PQconninfoOption *o = opts; o->keyword; o++)
            if (o->val)
                explicit_bzero(o->val, strlen(o->val));
        PQconninfoFree(opts);
    }
    return rc;
}
