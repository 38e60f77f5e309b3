/* Configuration loader: orderd.yaml plus the *.yaml files in channels_dir.
 *
 * Each file is read whole and turned into a node tree by lib/yamltree.c
 * (at most 1 MiB, every node keeps its start mark, aliases are refused
 * and nesting is capped), and then walked against declarative key tables
 * by one generic loader, od_cfg_load_table() in keyload.c. The same
 * loader fills struct od_config (top level and its database, log and
 * ingest sections), struct od_channel and each connector's settings
 * struct.
 *
 * Errors are collected, not returned one at a time: every problem is
 * recorded as "file:line:column: message", the loader moves on to the
 * next key or file, and the messages of one file are sorted by position
 * before they are appended to the caller's list. This file owns orderd's
 * key tables, the channel files of channels_dir and the top level. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* explicit_bzero, strndup, GNU strerror_r */
#endif

#include "config.h"
#include "config_int.h"
#include "dburl.h"
#include "reportperiod.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "timeutil.h"
#include "yamltree.h"

#define CFG_MAX_CHANNELS 1000 /* channel files in channels_dir */
#define CFG_NAME_MAX     63   /* channel name length */

/* ---- the tables ------------------------------------------------------------- */

static const char *const log_levels[] = {"debug", "info", "warn", "error", NULL};
static const char *const log_formats[] = {"text", "json", NULL};

#define CFG(f) offsetof(struct od_config, f)

static const struct od_config_key top_keys[] = {
    {"channels_dir", OD_KEY_PATH, "channels.d", CFG(channels_dir),
     "directory of channel files (*.yaml), relative to this file", NULL, false},
    {"rules", OD_KEY_PATH, NULL, CFG(rules), "audit rules file; must be readable when set", NULL,
     false},
    {"allow_readable_secret_files", OD_KEY_BOOL, "false", CFG(allow_readable_secret_files),
     "accept {file: PATH} secrets that group or others may read or write (refused otherwise)", NULL,
     false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key database_keys[] = {
    {"url", OD_KEY_STRING, NULL, CFG(database_url),
     "PostgreSQL URL; ORDERD_DATABASE_URL overrides it, PG* variables apply", NULL, false},
    {"sslmode", OD_KEY_ENUM, NULL, CFG(database_sslmode),
     "libpq sslmode; unset: the URL's or PGSSLMODE, else verify-full for a host that is not "
     "local",
     od_sslmodes, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key log_keys[] = {
    {"level", OD_KEY_ENUM, "info", CFG(log_level), "least severe level written", log_levels, false},
    {"format", OD_KEY_ENUM, "text", CFG(log_format), "log line format", log_formats, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key ingest_keys[] = {
    {"batch_size", OD_KEY_INT, "500", CFG(batch_size), "orders per transaction", NULL, false},
    {"backoff_initial", OD_KEY_DURATION, "1s", CFG(backoff_initial_ms),
     "first wait after a failed poll", NULL, false},
    {"backoff_cap", OD_KEY_DURATION, "5m", CFG(backoff_cap_ms), "longest wait between failed polls",
     NULL, false},
    {"shutdown_timeout", OD_KEY_DURATION, "10s", CFG(shutdown_timeout_ms),
     "how long a stop waits for running polls", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key http_keys[] = {
    {"listen", OD_KEY_STRING, NULL, CFG(http_listen),
     "address:port of the metrics and health endpoint (e.g. 127.0.0.1:9464); absent = off", NULL,
     false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key web_keys[] = {
    {"listen", OD_KEY_STRING, "127.0.0.1:8080", CFG(web_listen),
     "address:port where orderweb, the clerk's console, answers", NULL, false},
    {"tls_cert", OD_KEY_PATH, NULL, CFG(web_tls_cert),
     "PEM certificate (chain) for HTTPS; absent = plain HTTP (behind a TLS proxy)", NULL, false},
    {"tls_key", OD_KEY_PATH, NULL, CFG(web_tls_key), "PEM private key of tls_cert", NULL, false},
    {"session_idle", OD_KEY_DURATION, "30m", CFG(web_session_idle_ms),
     "a console session unused this long ends", NULL, false},
    {"max_body", OD_KEY_SIZE, "64KiB", CFG(web_max_body), "largest request body accepted", NULL,
     false},
    {"threads", OD_KEY_INT, "4", CFG(web_threads),
     "threads answering requests, each with its own database connection", NULL, false},
    {"max_connections", OD_KEY_INT, "64", CFG(web_max_connections),
     "open connections at most; more wait in the listen queue", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct key_ext web_ext[] = {
    {0},
    {0},
    {0},
    {.ranged = true, .min = 1000, .max = INT64_MAX},
    {0},
    {.ranged = true, .min = 1, .max = 64},
    {.ranged = true, .min = 1, .max = 10000},
    {0},
};

static const struct od_config_key display_keys[] = {
    {"timezone", OD_KEY_STRING, NULL, CFG(display_timezone),
     "IANA zone orderctl shows times in and reads the dates typed after --since in; absent = "
     "the machine's",
     NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#define RM(f) offsetof(struct od_report_mail_settings, f)

static const struct od_config_key report_mail_keys[] = {
    {"smtp_url", OD_KEY_STRING, NULL, RM(smtp_url),
     "SMTP server: smtps://HOST[:465] or smtp://HOST[:587] (STARTTLS required); TLS verified", NULL,
     false},
    {"user", OD_KEY_STRING, NULL, RM(user), "SMTP login; absent = none", NULL, false},
    {"password", OD_KEY_SECRET, NULL, RM(password), "SMTP password ({env:} or {file:})", NULL,
     false},
    {"from", OD_KEY_STRING, NULL, RM(from), "sender address of the mail", NULL, false},
    {"to", OD_KEY_LIST, NULL, RM(to), "recipient addresses", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, RM(ca_file),
     "PEM CA bundle that verifies the SMTP server; absent = the system's", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef RM

static const struct od_config_key reports_keys[] = {
    {"timezone", OD_KEY_STRING, NULL, CFG(reports_timezone),
     "IANA zone whose days the reports count (orderctl report); absent = display.timezone, "
     "else the machine's",
     NULL, false},
    {"daily_at", OD_KEY_STRING, NULL, CFG(reports_daily_at),
     "HH:MM in the report zone when orderd mails yesterday's daily report; absent = never", NULL,
     false},
    {"dir", OD_KEY_PATH, NULL, CFG(reports_dir),
     "dry run: write the mail as a file into this folder instead of sending it", NULL, false},
    {"mail", OD_KEY_SECTION, NULL, CFG(reports_mail), "how the daily report is mailed", NULL, false,
     report_mail_keys},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct key_ext ingest_ext[] = {
    {.ranged = true, .min = 1, .max = 100000},
    {.ranged = true, .min = 1, .max = INT64_MAX},
    {.ranged = true, .min = 1, .max = INT64_MAX},
    {.ranged = true, .min = 0, .max = INT64_MAX},
    {0},
};

#undef CFG
#define RC(f) offsetof(struct od_reconcile_settings, f)

static const struct od_config_key reconcile_keys[] = {
    {"enabled", OD_KEY_BOOL, "true", RC(enabled),
     "count against the platform and fetch again what differs", NULL, false},
    {"every", OD_KEY_DURATION, "24h", RC(every_ms), "time between runs", NULL, false},
    {"window", OD_KEY_DURATION, "24h", RC(window_ms),
     "the period a run checks, ending at now less the channel's lag", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef RC
#define CH(f) offsetof(struct od_channel, f)

static const struct od_config_key channel_keys[] = {
    {"name", OD_KEY_STRING, NULL, CH(name), "channel name: [a-z0-9-], unique", NULL, true},
    {"kind", OD_KEY_STRING, NULL, CH(kind), "connector kind", NULL, true},
    {"enabled", OD_KEY_BOOL, "true", CH(enabled), "poll this channel", NULL, false},
    {"poll_interval", OD_KEY_DURATION, "60s", CH(poll_interval_ms), "time between polls", NULL,
     false},
    {"batch_size", OD_KEY_INT, "0", CH(batch_size), "orders per transaction; 0 = ingest's", NULL,
     false},
    {"match_customer_by", OD_KEY_LIST, NULL, CH(match_customer_by),
     "how the audit finds the customer: ref, phone, email, in order", NULL, false},
    {"reconcile", OD_KEY_SECTION, NULL, CH(reconcile),
     "the daily count against the platform (kinds that can count); false = off", NULL, false,
     reconcile_keys},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef CH

static const struct key_ext channel_ext[] = {
    {.literal = true},
    {.literal = true},
    {0},
    {.ranged = true, .min = 100, .max = INT64_MAX},
    {.ranged = true, .min = 0, .max = 100000},
    {0},
    {0},
    {0},
};

/* ---- freeing ------------------------------------------------------------------ */

static void channel_free(struct od_channel *ch)
{
    if (!ch)
        return;
    if (ch->connector)
        od_settings_free(ch->connector->keys, ch->settings);
    free(ch->settings);
    od_settings_free(channel_keys, ch);
    free(ch->file);
    free(ch);
}

void od_config_free(struct od_config *c)
{
    if (!c)
        return;
    od_settings_free(top_keys, c);
    od_settings_free(database_keys, c);
    od_settings_free(log_keys, c);
    od_settings_free(ingest_keys, c);
    od_settings_free(http_keys, c);
    od_settings_free(web_keys, c);
    od_settings_free(display_keys, c);
    od_settings_free(reports_keys, c);
    od_cfg_free_secret(c->database_conninfo);
    for (size_t i = 0; i < c->n_channels; i++)
        channel_free(c->channels[i]);
    free(c->channels);
    for (size_t i = 0; i < c->n_broken; i++) {
        free(c->broken[i].file);
        free(c->broken[i].name);
        od_config_errors_free(&c->broken[i].errs);
    }
    free(c->broken);
    free(c->path);
    free(c);
}

void od_config_errors_free(struct od_config_errors *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->n; i++)
        free(e->msgs[i]);
    free(e->msgs);
    e->msgs = NULL;
    e->n = 0;
}

struct od_channel *od_config_channel(const struct od_config *c, const char *name)
{
    for (size_t i = 0; c && name && i < c->n_channels; i++)
        if (strcmp(c->channels[i]->name, name) == 0)
            return c->channels[i];
    return NULL;
}

const struct od_config_broken *od_config_broken_channel(const struct od_config *c, const char *name)
{
    for (size_t i = 0; c && name && i < c->n_broken; i++)
        if (c->broken[i].name && strcmp(c->broken[i].name, name) == 0)
            return &c->broken[i];
    return NULL;
}

/* ---- channels ----------------------------------------------------------------- */

/* A name already taken, for the duplicate check across files. */
struct taken {
    char *name;
    char *file;
    yaml_mark_t mark;
};

struct channels {
    struct od_channel **v;
    size_t n;
    struct taken *taken;
    size_t n_taken;
    char *last_name; /* the valid name read from the file being loaded, or NULL */
};

static bool name_ok(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || n > CFG_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);

        if (!ok)
            return false;
    }
    return true;
}

static void unknown_kind(struct ctx *ctx, const struct loc *loc, const struct od_ynode *kv)
{
    struct od_buf b;
    char *got = od_yaml_describe(kv);
    int rc = 0;

    od_buf_init(&b, CFG_ALLOWED_MAX);
    for (size_t i = 0; ctx->registry && ctx->registry[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", i ? ", " : "", ctx->registry[i]->kind);
    if (!got || rc == OD_ENOMEM) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    od_yaml_err_at(&ctx->y, loc->file, &kv->mark, "unknown kind %s; known kinds: %s", got,
                   b.data ? b.data : "(none)");
out:
    free(got);
    od_buf_free(&b);
}

/* Load one channel file into `chs` (or only report its errors). */
static void load_channel(struct ctx *ctx, const char *path, struct channels *chs)
{
    static const yaml_mark_t top = {0, 0, 0};
    const struct od_ynode *vals[sizeof(channel_keys) / sizeof(channel_keys[0])] = {0};
    const struct od_connector *conn = NULL;
    const struct od_ynode *kindv, *seckey = NULL;
    struct od_ynode *root = NULL;
    struct od_channel *ch = NULL;
    struct table sub, t;
    char *dir = NULL;
    char where[128], prefix[128];
    struct loc loc;
    size_t before = ctx->y.total;

    if (od_yaml_load(&ctx->y, path, &root) < 0)
        goto out;
    dir = od_cfg_path_dir(path);
    ch = calloc(1, sizeof(*ch));
    if (!dir || !ch || !(ch->file = strdup(path))) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    loc.file = path;
    loc.dir = dir;

    /* The kind decides the section, so look at it first. */
    kindv = od_ynode_get(root, "kind", NULL);
    if (kindv && od_ynode_is_text(kindv) && !od_ynode_is_null(kindv)) {
        for (size_t i = 0; ctx->registry && ctx->registry[i]; i++)
            if (strcmp(ctx->registry[i]->kind, kindv->str) == 0)
                conn = ctx->registry[i];
        if (!conn)
            unknown_kind(ctx, &loc, kindv);
    }
    memset(&t, 0, sizeof(t));
    t.where = "in the channel";
    t.prefix = "";
    t.keys = channel_keys;
    t.ext = channel_ext;
    t.base = ch;
    t.registry = ctx->registry;
    if (conn) {
        ch->connector = conn;
        ch->settings = calloc(1, conn->settings_size ? conn->settings_size : 1);
        if (!ch->settings) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        memset(&sub, 0, sizeof(sub));
        snprintf(where, sizeof(where), "in %s", conn->kind);
        snprintf(prefix, sizeof(prefix), "%s.", conn->kind);
        sub.name = conn->kind;
        sub.where = where;
        sub.prefix = prefix;
        sub.keys = conn->keys;
        sub.base = ch->settings;
        sub.required = true;
        t.subs = &sub;
        t.n_subs = 1;
        t.kind = conn->kind;
    } else if (kindv && od_ynode_is_text(kindv)) {
        t.skip_key = kindv->str;
    }
    od_cfg_load_table(ctx, &loc, &t, root, root ? &root->mark : &top, true, vals);

    for (size_t i = 0; vals[5] && i < ch->match_customer_by.n; i++) {
        const char *m = ch->match_customer_by.items[i];

        if (strcmp(m, "ref") && strcmp(m, "phone") && strcmp(m, "email"))
            od_yaml_err_at(&ctx->y, path, &vals[5]->mark,
                           "match_customer_by: unknown '%s'; allowed: ref, phone, email", m);
    }

    if (ch->name && vals[0] && ctx->tolerant && name_ok(ch->name) &&
        !(chs->last_name = strdup(ch->name)))
        od_yaml_oom(&ctx->y);
    if (ch->name && vals[0]) {
        if (!name_ok(ch->name)) {
            char *got = od_yaml_describe(vals[0]);

            if (got)
                od_yaml_err_at(
                    &ctx->y, path, &vals[0]->mark,
                    "bad channel name %s: use 1 to %d lowercase letters, digits and '-', "
                    "starting with a letter or digit",
                    got, CFG_NAME_MAX);
            else
                od_yaml_oom(&ctx->y);
            free(got);
        } else {
            struct taken *tk = NULL;

            for (size_t i = 0; i < chs->n_taken; i++)
                if (strcmp(chs->taken[i].name, ch->name) == 0)
                    tk = &chs->taken[i];
            if (tk)
                od_yaml_err_at(&ctx->y, path, &vals[0]->mark,
                               "duplicate channel name '%s': also in %s:%zu:%zu", ch->name,
                               tk->file, tk->mark.line + 1, tk->mark.column + 1);
            else {
                /* Room for CFG_MAX_CHANNELS was made by the caller. */
                tk = &chs->taken[chs->n_taken];
                tk->file = strdup(path);
                tk->name = tk->file ? strdup(ch->name) : NULL;
                tk->mark = vals[0]->mark;
                if (!tk->name) {
                    free(tk->file);
                    od_yaml_oom(&ctx->y);
                    goto out;
                }
                chs->n_taken++;
            }
        }
    }
    if (ctx->y.total == before && !ctx->y.stop && conn && conn->validate) {
        od_ynode_get(root, conn->kind, &seckey);
        od_error_clear();
        if (conn->validate(ch) < 0)
            od_yaml_err_at(&ctx->y, path, seckey ? &seckey->mark : &top, "%s",
                           od_error_last()[0] ? od_error_last() : "invalid settings");
    }
    if (ctx->y.total != before || ctx->y.stop)
        goto out;
    chs->v[chs->n++] = ch;
    ch = NULL;
out:
    channel_free(ch);
    free(dir);
    od_ynode_free(root);
    od_yaml_errs_flush(&ctx->y, ctx->errs);
}

static bool is_channel_file(const char *name)
{
    size_t n = strlen(name);

    if (name[0] == '.')
        return false;
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int channel_cmp(const void *a, const void *b)
{
    const struct od_channel *const *x = a, *const *y = b;

    return strcmp((*x)->name, (*y)->name);
}

/* The channel files of `dir`, sorted; errors are reported against
 * `cfg_file` at `mark` (the channels_dir value, or NULL). */
static void list_channel_files(struct ctx *ctx, const char *cfg_file, const yaml_mark_t *mark,
                               const char *dir, char ***out, size_t *n_out)
{
    char ebuf[128];
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    DIR *d = NULL;

    names = calloc(CFG_MAX_CHANNELS, sizeof(*names));
    if (!names) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    d = opendir(dir);
    if (!d) {
        od_yaml_err_at(&ctx->y, cfg_file, mark, "channels_dir %s: %s", dir,
                       strerror_r(errno, ebuf, sizeof(ebuf)));
        goto out;
    }
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        char *p;

        if (!is_channel_file(e->d_name))
            continue;
        p = od_cfg_path_join(dir, e->d_name);
        if (!p) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        if (stat(p, &st) < 0) {
            od_yaml_err_at(&ctx->y, p, NULL, "cannot read: %s",
                           strerror_r(errno, ebuf, sizeof(ebuf)));
            free(p);
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            free(p);
            continue;
        }
        if (n == CFG_MAX_CHANNELS) {
            od_yaml_err_at(&ctx->y, cfg_file, mark, "channels_dir %s: more than %d channel files",
                           dir, CFG_MAX_CHANNELS);
            free(p);
            break;
        }
        names[n++] = p;
    }
    qsort(names, n, sizeof(*names), name_cmp);
out:
    if (d)
        closedir(d);
    *out = names;
    *n_out = n;
}

/* Tolerant loading: move the messages that channel file `file` added
 * (from index `first` of ctx->errs on) to a new cfg->broken entry, with
 * the name it read (*name, taken), and let the next file start afresh:
 * the error count is back at `total` and a stop for too many errors is
 * lifted (running out of memory still stops everything). */
static void set_aside(struct ctx *ctx, struct od_config *cfg, const char *file, char **name,
                      size_t first, size_t total)
{
    struct od_config_broken *b, *v;
    size_t n = ctx->errs->n - first;

    if (ctx->y.too_many) {
        ctx->y.stop = false;
        ctx->y.total = 0;
        od_yaml_err_at(&ctx->y, file, NULL, "too many errors; stopped after %d",
                       OD_YAML_MAX_ERRORS);
        od_yaml_errs_flush(&ctx->y, ctx->errs);
        n = ctx->errs->n - first;
    }
    v = realloc(cfg->broken, (cfg->n_broken + 1) * sizeof(*v));
    if (!v) {
        od_yaml_oom(&ctx->y);
        return;
    }
    cfg->broken = v;
    b = &v[cfg->n_broken];
    memset(b, 0, sizeof(*b));
    b->file = strdup(file);
    b->errs.msgs = calloc(n ? n : 1, sizeof(*b->errs.msgs));
    if (!b->file || !b->errs.msgs) {
        free(b->file);
        free(b->errs.msgs);
        od_yaml_oom(&ctx->y);
        return;
    }
    memcpy(b->errs.msgs, ctx->errs->msgs + first, n * sizeof(*b->errs.msgs));
    b->errs.n = n;
    ctx->errs->n = first;
    if (first == 0) { /* a successful load leaves the caller's list empty */
        free(ctx->errs->msgs);
        ctx->errs->msgs = NULL;
    }
    b->name = *name;
    *name = NULL;
    cfg->n_broken++;
    ctx->y.total = total;
    ctx->y.stop = false;
    ctx->y.too_many = false;
}

static void load_channels(struct ctx *ctx, struct od_config *cfg, const yaml_mark_t *dir_mark)
{
    struct channels chs = {0};
    char **files = NULL;
    size_t n_files = 0;

    list_channel_files(ctx, cfg->path, dir_mark, cfg->channels_dir, &files, &n_files);
    od_yaml_errs_flush(&ctx->y, ctx->errs);
    chs.v = calloc(CFG_MAX_CHANNELS, sizeof(*chs.v));
    chs.taken = calloc(CFG_MAX_CHANNELS, sizeof(*chs.taken));
    if (!chs.v || !chs.taken) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < n_files && !ctx->y.stop; i++) {
        size_t before = ctx->errs->n, total = ctx->y.total;

        load_channel(ctx, files[i], &chs);
        if (ctx->tolerant && !ctx->y.oom && (ctx->errs->n > before || ctx->y.stop))
            set_aside(ctx, cfg, files[i], &chs.last_name, before, total);
        free(chs.last_name);
        chs.last_name = NULL;
    }
    qsort(chs.v, chs.n, sizeof(*chs.v), channel_cmp);
    cfg->channels = chs.v;
    cfg->n_channels = chs.n;
    chs.v = NULL;
out:
    free(chs.v);
    for (size_t i = 0; i < chs.n_taken; i++) {
        free(chs.taken[i].name);
        free(chs.taken[i].file);
    }
    free(chs.taken);
    for (size_t i = 0; files && i < n_files; i++)
        free(files[i]);
    free(files);
}

/* ---- the top level ------------------------------------------------------------- */

const struct od_config_key *od_config_keys(const char *section)
{
    static const struct {
        const char *name;
        const struct od_config_key *keys;
    } tables[] = {
        {"", top_keys},
        {"database", database_keys},
        {"log", log_keys},
        {"ingest", ingest_keys},
        {"http", http_keys},
        {"web", web_keys},
        {"display", display_keys},
        {"reports", reports_keys},
        {"channel", channel_keys},
    };

    for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
        if (strcmp(tables[i].name, section) == 0)
            return tables[i].keys;
    return NULL;
}

int od_listen_parse(const char *text, struct od_listen_addr *out)
{
    const char *colon, *host = text;
    size_t hlen;
    char *end;
    long port;

    memset(out, 0, sizeof(*out));
    if (text[0] == '[') {
        const char *close = strchr(text, ']');

        if (!close || close[1] != ':')
            return od_error_set(OD_EINVAL, "expected [IPv6]:PORT, got '%s'", text);
        host = text + 1;
        hlen = (size_t)(close - host);
        colon = close + 1;
    } else {
        colon = strrchr(text, ':');
        if (!colon || strchr(text, ':') != colon)
            return od_error_set(OD_EINVAL, "expected ADDRESS:PORT (e.g. 127.0.0.1:9464), got '%s'",
                                text);
        hlen = (size_t)(colon - text);
    }
    if (hlen == 0 || hlen >= sizeof(out->host))
        return od_error_set(OD_EINVAL, "no address before the port in '%s'", text);
    errno = 0;
    port = strtol(colon + 1, &end, 10);
    if (errno || end == colon + 1 || *end || port < 1 || port > 65535)
        return od_error_set(OD_EINVAL, "port must be 1 to 65535 in '%s'", text);
    memcpy(out->host, host, hlen);
    out->host[hlen] = '\0';
    out->port = (int)port;
    return 0;
}

static void check_rules(struct ctx *ctx, const struct od_config *cfg, const struct od_ynode *v)
{
    char ebuf[128];
    const char *why = NULL;
    struct stat st;
    int fd;

    fd = open(cfg->rules, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0 || fstat(fd, &st) < 0)
        why = strerror_r(errno, ebuf, sizeof(ebuf));
    else if (!S_ISREG(st.st_mode))
        why = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
    if (fd >= 0)
        close(fd);
    if (why)
        od_yaml_err_at(&ctx->y, cfg->path, v ? &v->mark : NULL, "rules: cannot read %s: %s",
                       cfg->rules, why);
}

static int load(const char *path, const struct od_connector *const *registry, bool tolerant,
                struct od_config **out, struct od_config_errors *errs)
{
    static const yaml_mark_t top = {0, 0, 0};
    const struct od_ynode *vals[sizeof(top_keys) / sizeof(top_keys[0])] = {0};
    struct od_config_errors own = {0};
    struct ctx ctx;
    struct od_config *cfg = NULL;
    struct od_ynode *root = NULL;
    struct table subs[7], t;
    bool allow = false;
    struct loc loc;
    char *dir = NULL;
    const char *env;
    int rc = 0;

    memset(&ctx, 0, sizeof(ctx));
    ctx.errs = errs ? errs : &own;
    ctx.errs->n = 0;
    ctx.errs->msgs = NULL;
    ctx.registry = registry;
    ctx.tolerant = tolerant;
    ctx.y.cut_prefix = true;

    cfg = calloc(1, sizeof(*cfg));
    if (!cfg || !(cfg->path = strdup(path)) || !(dir = od_cfg_path_dir(path))) {
        od_yaml_oom(&ctx.y);
        goto out;
    }
    if (od_yaml_load(&ctx.y, path, &root) < 0)
        goto out;
    loc.file = path;
    loc.dir = dir;
    {
        /* Read first: the secrets of this very file are checked by it. */
        const struct od_ynode *a = od_ynode_get(root, "allow_readable_secret_files", NULL);

        ctx.readable_secrets =
            a && od_ynode_is_text(a) && od_cfg_parse_bool(a->str, &allow) && allow;
    }

    memset(subs, 0, sizeof(subs));
    subs[0] = (struct table){.name = "database",
                             .where = "in database",
                             .prefix = "database.",
                             .keys = database_keys,
                             .base = cfg};
    subs[1] = (struct table){
        .name = "log", .where = "in log", .prefix = "log.", .keys = log_keys, .base = cfg};
    subs[2] = (struct table){.name = "ingest",
                             .where = "in ingest",
                             .prefix = "ingest.",
                             .keys = ingest_keys,
                             .ext = ingest_ext,
                             .base = cfg};
    subs[3] = (struct table){
        .name = "http", .where = "in http", .prefix = "http.", .keys = http_keys, .base = cfg};
    subs[4] = (struct table){.name = "display",
                             .where = "in display",
                             .prefix = "display.",
                             .keys = display_keys,
                             .base = cfg};
    subs[5] = (struct table){.name = "reports",
                             .where = "in reports",
                             .prefix = "reports.",
                             .keys = reports_keys,
                             .base = cfg};
    subs[6] = (struct table){.name = "web",
                             .where = "in web",
                             .prefix = "web.",
                             .keys = web_keys,
                             .ext = web_ext,
                             .base = cfg};
    t = (struct table){.where = "at the top level",
                       .prefix = "",
                       .keys = top_keys,
                       .base = cfg,
                       .subs = subs,
                       .n_subs = 7};
    od_cfg_load_table(&ctx, &loc, &t, root, root ? &root->mark : &top, true, vals);
    if (cfg->rules && !ctx.y.stop)
        check_rules(&ctx, cfg, vals[1]);
    if (cfg->http_listen && !ctx.y.stop) {
        struct od_listen_addr a;

        if (od_listen_parse(cfg->http_listen, &a) < 0) {
            const struct od_ynode *h = od_ynode_get(root, "http", NULL);
            const struct od_ynode *l = h ? od_ynode_get(h, "listen", NULL) : NULL;

            od_yaml_err_at(&ctx.y, path, l ? &l->mark : NULL, "http.listen: %s", od_error_last());
        }
    }

    if (!ctx.y.stop) {
        const struct od_ynode *w = od_ynode_get(root, "web", NULL);
        struct od_listen_addr a;

        if (od_listen_parse(cfg->web_listen, &a) < 0) {
            const struct od_ynode *l = w ? od_ynode_get(w, "listen", NULL) : NULL;

            od_yaml_err_at(&ctx.y, path, l ? &l->mark : NULL, "web.listen: %s", od_error_last());
        } else if (!cfg->web_tls_cert != !cfg->web_tls_key) {
            od_yaml_err_at(&ctx.y, path, w ? &w->mark : NULL,
                           "web: set both tls_cert and tls_key, or neither");
        }
    }

    if (cfg->display_timezone && !ctx.y.stop && od_tz_check(cfg->display_timezone) < 0) {
        const struct od_ynode *d = od_ynode_get(root, "display", NULL);
        const struct od_ynode *z = d ? od_ynode_get(d, "timezone", NULL) : NULL;

        od_yaml_err_at(&ctx.y, path, z ? &z->mark : NULL, "display.timezone: %s", od_error_last());
    }
    if (cfg->reports_timezone && !ctx.y.stop && od_tz_check(cfg->reports_timezone) < 0) {
        const struct od_ynode *d = od_ynode_get(root, "reports", NULL);
        const struct od_ynode *z = d ? od_ynode_get(d, "timezone", NULL) : NULL;

        od_yaml_err_at(&ctx.y, path, z ? &z->mark : NULL, "reports.timezone: %s", od_error_last());
    }
    if (cfg->reports_daily_at && !ctx.y.stop && od_report_daily_at(cfg->reports_daily_at) < 0) {
        const struct od_ynode *d = od_ynode_get(root, "reports", NULL);
        const struct od_ynode *z = d ? od_ynode_get(d, "daily_at", NULL) : NULL;

        od_yaml_err_at(&ctx.y, path, z ? &z->mark : NULL,
                       "reports.daily_at: '%s' is not HH:MM (00:00 to 23:59)",
                       cfg->reports_daily_at);
    }
    if (cfg->reports_daily_at && !ctx.y.stop && od_report_daily_at(cfg->reports_daily_at) >= 0 &&
        (!cfg->reports_mail.from || cfg->reports_mail.to.n == 0 ||
         (!cfg->reports_mail.smtp_url && !cfg->reports_dir))) {
        const struct od_ynode *d = od_ynode_get(root, "reports", NULL);
        const struct od_ynode *z = d ? od_ynode_get(d, "daily_at", NULL) : NULL;

        od_yaml_err_at(&ctx.y, path, z ? &z->mark : NULL,
                       "reports.daily_at needs reports.mail.from, reports.mail.to and "
                       "reports.mail.smtp_url (or reports.dir)");
    }

    env = getenv("ORDERD_DATABASE_URL");
    if (env && env[0]) {
        char *s = strdup(env);

        if (!s) {
            od_yaml_oom(&ctx.y);
            goto out;
        }
        od_cfg_set_string(&cfg->database_url, s);
    }
    if (!cfg->database_url && !(cfg->database_url = strdup(""))) {
        od_yaml_oom(&ctx.y);
        goto out;
    }
    /* What libpq is given (dburl.h). A URL libpq cannot read is left as
     * it is: connecting reports it, as before. */
    if (!ctx.y.stop) {
        int r = od_db_conninfo(cfg->database_url, cfg->database_sslmode, &cfg->database_conninfo);

        if (r == OD_ENOMEM || (r < 0 && !(cfg->database_conninfo = strdup(cfg->database_url)))) {
            od_yaml_oom(&ctx.y);
            goto out;
        }
    }
    od_yaml_errs_flush(&ctx.y, ctx.errs);
    if (cfg->channels_dir && !ctx.y.stop)
        load_channels(&ctx, cfg, vals[0] ? &vals[0]->mark : NULL);
out:
    od_yaml_errs_flush(&ctx.y, ctx.errs);
    if (ctx.y.too_many && !ctx.y.oom) {
        ctx.y.stop = false;
        ctx.y.total = 0;
        od_yaml_err_at(&ctx.y, path, NULL, "too many errors; stopped after %d", OD_YAML_MAX_ERRORS);
        od_yaml_errs_flush(&ctx.y, ctx.errs);
    }
    if (ctx.y.oom) {
        rc = od_error_set(OD_ENOMEM, "out of memory loading %s", path);
    } else if (ctx.errs->n > 0) {
        if (ctx.errs->n > 1)
            rc = od_error_set(OD_ECONFIG, "%s (and %zu more)", ctx.errs->msgs[0], ctx.errs->n - 1);
        else
            rc = od_error_set(OD_ECONFIG, "%s", ctx.errs->msgs[0]);
    }
    if (rc == 0) {
        *out = cfg;
        cfg = NULL;
    }
    od_yaml_errs_clear(&ctx.y);
    od_config_errors_free(&own);
    od_ynode_free(root);
    free(dir);
    od_config_free(cfg);
    return rc;
}

int od_config_load(const char *path, const struct od_connector *const *registry,
                   struct od_config **out, struct od_config_errors *errs)
{
    return load(path, registry, false, out, errs);
}

int od_config_load_tolerant(const char *path, const struct od_connector *const *registry,
                            struct od_config **out, struct od_config_errors *errs)
{
    return load(path, registry, true, out, errs);
}
