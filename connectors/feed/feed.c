/* The file feed connector (kind: feed): order files dropped in a
 * directory by a shop's POS export or an ERP. The template for every
 * other connector (docs/adding-a-connector.md walks through it).
 *
 * Files are taken in name order. The cursor is
 *   {"file": NAME, "sha256": HEX, "done": UNITS_COMMITTED, "units": N,
 *    "complete": BOOL, "offset": BYTE, "line": LINE}
 * committed with each batch, so a crash mid-file resumes at the first
 * uncommitted order, and a file is archived only after its last batch
 * committed. The directory itself is the queue: what is archived is done.
 *
 * A file is read once per process to hash it and count its units
 * (stream.c); then each batch parses only its own units, from the byte
 * offset where unit `done` starts ("offset", "line"; written while the
 * file is not complete). A cursor without them (older orderd) or with a
 * position that does not end a line resumes by parsing `done` units
 * again. JSON files, and CSV files whose rows of one order are apart,
 * are parsed whole, once per process, and cut into batches from memory. */
#include <errno.h>
#include <fcntl.h>
#include <gnutls/crypto.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "charset.h"
#include "connector.h"
#include "dropfile.h"
#include "feedurl.h"
#include "redact.h"
#include "error.h"
#include "feed.h"
#include "http.h"
#include "json.h"
#include "stats.h"

/* Raw bytes kept with a dead letter for a file too big to read. */
#define HEAD_BYTES (64 * 1024)
/* Longest wait inside one poll for a file still being written. */
#define SETTLE_WAIT_MAX_MS 3000
#define REFUSED_MAX        64 /* refused entries remembered (said once each) */

static const char *const formats[] = {"csv", "ndjson", "json", NULL};
static const char *const statuses[] = {"pending_payment", "paid",      "partially_shipped",
                                       "shipped",         "completed", "cancelled",
                                       "refunded",        NULL};

#define K(f) offsetof(struct feed_settings, f)

static const struct od_config_key feed_keys[] = {
    {"dir", OD_KEY_PATH, NULL, K(dir), "directory the files are dropped in (or url)", NULL, false},
    {"url", OD_KEY_STRING, NULL, K(url),
     "https:// URL of one feed file, fetched with ETag / If-Modified-Since (or dir)", NULL, false},
    {"username", OD_KEY_STRING, NULL, K(username),
     "url: user name for HTTP basic auth (instead of user-info in the url)", NULL, false},
    {"password", OD_KEY_SECRET, NULL, K(password),
     "url: password for HTTP basic auth: {env: NAME} or {file: PATH}", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "url: CA certificates (PEM) to trust instead of the system store", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "url: limit for one download", NULL, false},
    {"archive_dir", OD_KEY_PATH, NULL, K(archive_dir),
     "where finished files are moved (default <dir>/.done)", NULL, false},
    {"pattern", OD_KEY_STRING, NULL, K(pattern),
     "shell pattern of the file names to take (default: every file not starting with '.')", NULL,
     false},
    {"format", OD_KEY_ENUM, "csv", K(format), "csv, ndjson or json", formats, false},
    {"encoding", OD_KEY_STRING, "utf-8", K(encoding),
     "character set of the files: utf-8, gb18030, gbk, big5, iso-8859-1 ...", NULL, false},
    {"delimiter", OD_KEY_STRING, "\",\"", K(delimiter), "CSV field delimiter (one character)", NULL,
     false},
    {"timezone", OD_KEY_STRING, "UTC", K(timezone),
     "IANA zone of time stamps without an offset, e.g. Asia/Shanghai", NULL, false},
    {"currency", OD_KEY_STRING, NULL, K(currency), "ISO 4217 currency when the data names none",
     NULL, false},
    {"default_status", OD_KEY_ENUM, "paid", K(default_status),
     "status of orders whose data has none", statuses, false},
    {"columns", OD_KEY_MAP, NULL, K(columns),
     "CSV: normalized field path -> column header in the file", NULL, false},
    {"status_map", OD_KEY_MAP, NULL, K(status_map),
     "CSV: status value in the file -> normalized status", NULL, false},
    {"max_file_size", OD_KEY_SIZE, "256MiB", K(max_file_size),
     "larger files become one dead letter and are archived unread", NULL, false},
    {"settle", OD_KEY_DURATION, "1s", K(settle_ms),
     "a file modified more recently than this is still being written and waits", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct feed_state {
    struct od_channel *ch;
    const struct feed_settings *s;
    struct orderfile_opts fo; /* the parser's part of s */
    struct od_http *http;     /* url mode only */
    /* Units of the file being worked on, kept between polls. */
    char *cache_name;
    char cache_sha[65];
    struct feed_units units;
    size_t given; /* units [0, given) handed to batches (orders moved out) */
    /* The pass over the file being worked on (stream.c), kept while the
     * file's device, inode, size and mtime stay the same. */
    char *scan_label;
    struct stat scan_st;
    struct feed_scan scan;
    /* The file that the last batch completed: archived after commit. */
    char *done_name;
    char done_sha[65];
    struct stat done_st; /* the file as read: archived only if unchanged */
    /* Entries refused and left in place (they could not be moved): said
     * once each. */
    char *refused[REFUSED_MAX];
    size_t n_refused;
    /* The folder as last listed, worked through in name order across
     * polls: one listing per pass over the folder, not per file (a
     * listing per poll made a folder of n files cost n^2). */
    struct feed_listing list;
    size_t done_next; /* list.next once the completing batch commits */
};

/* ---- configuration --------------------------------------------------- */

/* Charsets whose second bytes overlap printable ASCII. */
static bool double_byte(const char *cs)
{
    static const char *const marks[] = {"GB",  "BIG5", "SHIFT", "SJIS",  "932", "936",
                                        "949", "950",  "UHC",   "JOHAB", NULL};

    for (size_t i = 0; marks[i]; i++)
        if (strcasestr(cs, marks[i]))
            return true;
    return false;
}

static int feed_validate(const struct od_channel *ch)
{
    const struct feed_settings *s = ch->settings;
    const char *cs;

    if (!s->dir == !s->url)
        return od_error_set(OD_ECONFIG, "feed: set exactly one of dir and url");
    if (s->url && od_http_check_url(s->url) < 0)
        return od_error_wrap(OD_ECONFIG, "feed.url");
    if (!s->url && (s->username || s->password))
        return od_error_set(OD_ECONFIG, "feed: username and password apply to url, not dir");
    if (s->password && !s->username)
        return od_error_set(OD_ECONFIG, "feed.password: set username too");
    if (s->username && feed_url_has_userinfo(s->url))
        return od_error_set(OD_ECONFIG, "feed.url: has user-info and username is set; keep the "
                                        "credentials in username and password only");
    if (s->url && (s->archive_dir || s->pattern))
        return od_error_set(OD_ECONFIG, "feed: archive_dir and pattern apply to dir, not url");
    if (od_charset_resolve(s->encoding, &cs) < 0)
        return od_error_wrap(OD_ECONFIG, "feed.encoding");
    if (strlen(s->delimiter) != 1 || strchr("\"\r\n", s->delimiter[0]))
        return od_error_set(OD_ECONFIG,
                            "feed.delimiter: expected one character other than a quote, CR or LF");
    /* GBK/GB18030/Big5 trail bytes run from 0x40 up: a delimiter there
     * would split characters. The parser works on raw bytes. */
    if ((unsigned char)s->delimiter[0] >= 0x40 && double_byte(cs))
        return od_error_set(OD_ECONFIG,
                            "feed.delimiter: '%s' can be part of a %s character; use ',', ';' or "
                            "a tab",
                            s->delimiter, s->encoding);
    if (od_tz_check(s->timezone) < 0)
        return od_error_wrap(OD_ECONFIG, "feed.timezone");
    if (s->currency && (strlen(s->currency) != 3 || s->currency[0] < 'A' || s->currency[0] > 'Z' ||
                        s->currency[1] < 'A' || s->currency[1] > 'Z' || s->currency[2] < 'A' ||
                        s->currency[2] > 'Z'))
        return od_error_set(OD_ECONFIG, "feed.currency: '%s' is not an ISO 4217 code like CNY",
                            s->currency);
    if (feed_check_mapping("feed", &s->columns, &s->status_map) < 0)
        return OD_ECONFIG;
    if (s->max_file_size == 0)
        return od_error_set(OD_ECONFIG, "feed.max_file_size: must be > 0");
    if (s->dir && s->archive_dir) {
        struct stat d, a;

        /* a finished file is moved by rename, which cannot cross file
         * systems: every archive move would fail (checked when both
         * folders exist; a poll reports it too) */
        if (stat(s->dir, &d) == 0 && stat(s->archive_dir, &a) == 0 && d.st_dev != a.st_dev)
            return od_error_set(OD_ECONFIG,
                                "feed.archive_dir: %s is on another file system than feed.dir "
                                "%s; finished files are moved by rename, which cannot cross "
                                "file systems",
                                s->archive_dir, s->dir);
    }
    return 0;
}

/* ---- helpers ------------------------------------------------------------ */

static void sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char d[32];

    gnutls_hash_fast(GNUTLS_DIG_SHA256, data, len, d);
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static int path_join(char *buf, size_t len, const char *dir, const char *name)
{
    if ((size_t)snprintf(buf, len, "%s/%s", dir, name) >= len)
        return od_error_set(OD_EINVAL, "path too long: %s/%s", dir, name);
    return 0;
}

static const char *archive_dir(const struct feed_settings *s, char *buf, size_t len)
{
    if (s->archive_dir)
        return s->archive_dir;
    snprintf(buf, len, "%s/.done", s->dir);
    return buf;
}

static int64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t mtime_ms(const struct stat *st)
{
    return (int64_t)st->st_mtim.tv_sec * 1000 + st->st_mtim.tv_nsec / 1000000;
}

/* Wait until `path` has not changed for settle_ms; false when it is
 * still changing after SETTLE_WAIT_MAX_MS (or is gone). */
static bool wait_settled(const struct feed_settings *s, const char *path, struct stat *st)
{
    int64_t waited = 0;

    while (now_ms() - mtime_ms(st) < s->settle_ms) {
        struct timespec nap = {0, 100 * 1000 * 1000};
        struct stat again;

        if (waited >= SETTLE_WAIT_MAX_MS)
            return false;
        nanosleep(&nap, NULL);
        waited += 100;
        if (lstat(path, &again) < 0)
            return false;
        *st = again;
    }
    return true;
}

/* The whole file open on `fd` (from its start), at most `max` bytes. */
static int read_file(int fd, const char *path, size_t max, char **data, size_t *len)
{
    struct od_buf b;
    char chunk[65536];
    ssize_t n;
    int rc = 0;

    if (lseek(fd, 0, SEEK_SET) < 0)
        return od_error_set(OD_EIO, "cannot read %s: %s", path, strerror(errno));
    od_buf_init(&b, max + 1);
    while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = od_error_set(OD_EIO, "cannot read %s: %s", path, strerror(errno));
            break;
        }
        rc = od_buf_add(&b, chunk, (size_t)n);
        if (rc < 0)
            break;
    }
    if (rc < 0) {
        od_buf_free(&b);
        return rc;
    }
    *len = b.len;
    *data = od_buf_steal(&b);
    return *data ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

/* sha256 of a whole file, read in chunks, and its first `head_max` bytes. */
static int hash_file(const char *path, const struct stat *listed, size_t head_max, char sha[65],
                     char **head, size_t *head_len)
{
    gnutls_hash_hd_t h;
    unsigned char d[32];
    char chunk[65536];
    struct od_buf b;
    ssize_t n;
    int fd = -1;
    int rc = feed_open_entry(path, listed, &fd);

    if (rc != 0)
        return rc;
    if (gnutls_hash_init(&h, GNUTLS_DIG_SHA256) < 0) {
        close(fd);
        return od_error_set(OD_ENOMEM, "cannot start a hash");
    }
    od_buf_init(&b, head_max + 1);
    while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = od_error_set(OD_EIO, "cannot read %s: %s", path, strerror(errno));
            break;
        }
        gnutls_hash(h, chunk, (size_t)n);
        if (b.len < head_max) {
            size_t take = head_max - b.len < (size_t)n ? head_max - b.len : (size_t)n;

            rc = od_buf_add(&b, chunk, take);
            if (rc < 0)
                break;
        }
    }
    close(fd);
    gnutls_hash_deinit(h, d);
    if (rc < 0) {
        od_buf_free(&b);
        return rc;
    }
    for (int i = 0; i < 32; i++)
        snprintf(sha + 2 * i, 3, "%02x", d[i]);
    *head_len = b.len;
    *head = od_buf_steal(&b);
    return *head ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

/* Move a finished file to the archive; a file already gone was moved by
 * an earlier attempt. A name taken in the archive gets the hash added. */
static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static int archive_file(const struct feed_settings *s, const char *name, const char *sha,
                        const struct stat *expect)
{
    char abuf[4096], src[4096];
    const char *adir = archive_dir(s, abuf, sizeof(abuf));
    struct stat st;
    int rc;

    char tag[13];

    rc = path_join(src, sizeof(src), s->dir, name);
    if (rc < 0)
        return rc;
    if (lstat(src, &st) < 0)
        return 0;
    /* Another file under the same name now: it is not the one that was
     * committed, and the next poll reads it as new. */
    if (expect && !same_file(&st, expect))
        return 0;
    snprintf(tag, sizeof(tag), "%.12s", sha);
    rc = feed_move_noreplace(s->dir, name, adir, tag);
    return rc < 0 ? rc : 0;
}

/* ---- cursor ------------------------------------------------------------ */

void feed_cursor_parse(const char *json, struct feed_cursor *c)
{
    struct json_object *doc = NULL, *v;

    memset(c, 0, sizeof(*c));
    if (!json || od_json_parse(json, strlen(json), &doc) < 0)
        return;
    if (!json_object_is_type(doc, json_type_object))
        goto out;
    if (json_object_object_get_ex(doc, "file", &v))
        snprintf(c->file, sizeof(c->file), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "sha256", &v))
        snprintf(c->sha, sizeof(c->sha), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "done", &v))
        c->done = json_object_get_int64(v);
    if (json_object_object_get_ex(doc, "complete", &v))
        c->complete = json_object_get_boolean(v);
    /* Written since orderd read files a batch at a time; a value that is
     * not a positive integer leaves the position unknown. */
    if (json_object_object_get_ex(doc, "offset", &v) && json_object_is_type(v, json_type_int) &&
        json_object_get_int64(v) > 0 && json_object_object_get_ex(doc, "line", &v) &&
        json_object_is_type(v, json_type_int) && json_object_get_int64(v) > 0) {
        json_object_object_get_ex(doc, "offset", &v);
        c->offset = (uint64_t)json_object_get_int64(v);
        json_object_object_get_ex(doc, "line", &v);
        c->line = (uint64_t)json_object_get_int64(v);
    }
    if (json_object_object_get_ex(doc, "etag", &v) && json_object_is_type(v, json_type_string))
        snprintf(c->etag, sizeof(c->etag), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "last_modified", &v) &&
        json_object_is_type(v, json_type_string))
        snprintf(c->last_modified, sizeof(c->last_modified), "%s", json_object_get_string(v));
out:
    json_object_put(doc);
}

/* `offset` and `line`: where unit `done` starts, for a file read a
 * batch at a time (0: not written). */
static int cursor_write(struct od_batch *b, const char *file, const char *sha, size_t done,
                        size_t units, uint64_t offset, uint64_t line,
                        const struct od_http_response *resp)
{
    struct json_object *o = json_object_new_object();
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    json_object_object_add(o, "file", json_object_new_string(file));
    json_object_object_add(o, "sha256", json_object_new_string(sha));
    json_object_object_add(o, "done", json_object_new_int64((int64_t)done));
    json_object_object_add(o, "units", json_object_new_int64((int64_t)units));
    json_object_object_add(o, "complete", json_object_new_boolean(done >= units));
    if (offset > 0 && line > 0) {
        json_object_object_add(o, "offset", json_object_new_int64((int64_t)offset));
        json_object_object_add(o, "line", json_object_new_int64((int64_t)line));
    }
    if (resp && resp->etag)
        json_object_object_add(o, "etag", json_object_new_string(resp->etag));
    if (resp && resp->last_modified)
        json_object_object_add(o, "last_modified", json_object_new_string(resp->last_modified));
    rc = od_batch_set_cursor(b, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
    json_object_put(o);
    return rc;
}

/* ---- the connector ----------------------------------------------------- */

static int feed_open(struct od_channel *ch, void **state)
{
    struct feed_state *st = calloc(1, sizeof(*st));

    if (!st)
        return od_error_set(OD_ENOMEM, "out of memory");
    st->ch = ch;
    st->s = ch->settings;
    st->fo = (struct orderfile_opts){.format = st->s->format,
                                     .encoding = st->s->encoding,
                                     .delimiter = st->s->delimiter[0],
                                     .timezone = st->s->timezone,
                                     .currency = st->s->currency,
                                     .default_status = st->s->default_status,
                                     .columns = &st->s->columns,
                                     .status_map = &st->s->status_map};
    if (st->s->url) {
        struct od_http_opts o = {.ca_file = st->s->ca_file,
                                 .timeout_ms = st->s->timeout_ms,
                                 .max_body = (size_t)st->s->max_file_size};
        int rc = od_http_new(&o, &st->http);

        if (rc < 0) {
            free(st);
            return rc;
        }
    }
    *state = st;
    return 0;
}

static void feed_close(void *state)
{
    struct feed_state *st = state;

    if (!st)
        return;
    feed_units_free(&st->units);
    feed_scan_clear(&st->scan);
    free(st->scan_label);
    od_http_free(st->http);
    free(st->cache_name);
    free(st->done_name);
    for (size_t i = 0; i < st->n_refused; i++)
        free(st->refused[i]);
    feed_list_clear(&st->list);
    free(st);
}

/* Whether the units of (name, sha) from `start` on are in the cache. A
 * batch that did not commit hands its orders back only by a new parse:
 * the cache gave them away. */
static bool units_cached(const struct feed_state *st, const char *name, const char *sha,
                         size_t start)
{
    return st->cache_name && strcmp(st->cache_name, name) == 0 && strcmp(st->cache_sha, sha) == 0 &&
           start >= st->given;
}

/* Units of (name, sha), parsed once and kept while the file is worked on. */
static int load_units(struct feed_state *st, const char *name, const char *sha, const char *data,
                      size_t len, size_t start)
{
    int rc;

    if (units_cached(st, name, sha, start))
        return 0;
    st->given = 0;
    feed_units_free(&st->units);
    free(st->cache_name);
    st->cache_name = NULL;
    rc = orderfile_parse(&st->fo, st->ch->name, name, data, len, &st->units);
    if (rc < 0) {
        feed_units_free(&st->units);
        return rc;
    }
    st->cache_name = strdup(name);
    if (!st->cache_name)
        return od_error_set(OD_ENOMEM, "out of memory");
    memcpy(st->cache_sha, sha, 65);
    return 0;
}

static int add_units(struct od_batch *out, struct feed_units *u, size_t from, size_t *to)
{
    size_t i = from;
    int rc = 0;

    for (; i < u->n && !od_batch_full(out); i++) {
        struct feed_unit *x = &u->v[i];

        if (x->order) {
            /* The batch takes the order (see feed_state.given). */
            rc = od_batch_add_order(out, x->order, x->raw, x->raw_len);
            x->order = NULL;
            if (rc < 0)
                break;
        } else {
            rc = od_batch_add_dead(out, x->source_ref, x->external_id,
                                   x->reason ? x->reason : "not an order", x->raw, x->raw_len);
            if (rc < 0)
                break;
        }
    }
    *to = i;
    return rc;
}

/* Gives the parsed units of a whole-parsed file from unit `start` on
 * (clamped to the units there are) and writes the cursor after the last
 * one given; *ret_end is that unit. */
static int give_units(struct feed_state *st, const char *name, const char *sha, size_t start,
                      const struct od_http_response *resp, struct od_batch *out, size_t *ret_end)
{
    size_t end;
    int rc;

    if (start > st->units.n)
        start = st->units.n;
    rc = add_units(out, &st->units, start, &end);
    st->given = end;
    if (rc == 0)
        rc = cursor_write(out, name, sha, end, st->units.n, 0, 0, resp);
    *ret_end = end;
    return rc;
}

static int poll_url(struct feed_state *st, const struct feed_cursor *cur, struct od_batch *out)
{
    const struct feed_settings *s = st->s;
    struct od_http_response resp;
    char sha[65], name[1100], shown[1024];
    size_t start = 0, end;
    uint64_t t0;
    int rc;

    /* Validators only when the last body is fully committed: a partly
     * committed one must be fetched again to resume it. */
    od_redact_url_short(s->url, shown, sizeof(shown));
    t0 = od_stats_now();
    rc = od_http_get_as(st->http, s->url, s->username, s->password,
                        cur->complete && cur->etag[0] ? cur->etag : NULL,
                        cur->complete && cur->last_modified[0] ? cur->last_modified : NULL, &resp);
    od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
    if (rc < 0)
        return rc;
    if (resp.status == 304) {
        out->backlog = 0;
        goto out;
    }
    if (resp.status != 200) {
        out->retry_after_ms = resp.retry_after_ms > 0 ? resp.retry_after_ms : 0;
        rc = resp.status == 401 || resp.status == 403   ? OD_EAUTH
             : resp.status == 429 || resp.status >= 500 ? OD_EAGAIN
                                                        : OD_EIO;
        rc = od_error_set(rc, "GET %s: HTTP %ld", shown, resp.status);
        goto out;
    }
    /* A web server's error or login page sent with 200 is no feed. */
    if (od_http_html_page(&resp)) {
        rc = od_error_set(OD_EIO,
                          "GET %s: HTTP 200 with an HTML page (Content-Type: %s), not a %s "
                          "feed: check the url",
                          shown, resp.content_type ? resp.content_type : "none", s->format);
        goto out;
    }
    t0 = od_stats_now();
    sha256_hex(resp.body, resp.body_len, sha);
    od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
    feed_url_name(s->url, sha, name, sizeof(name));
    if (cur->file[0] && strcmp(cur->file, name) == 0 && strcmp(cur->sha, sha) == 0) {
        if (cur->complete) {
            out->backlog = 0;
            goto out; /* the server ignored the validators: nothing new */
        }
        start = cur->done > 0 ? (size_t)cur->done : 0;
    }
    rc = load_units(st, name, sha, resp.body, resp.body_len, start);
    if (rc < 0)
        goto out;
    rc = give_units(st, name, sha, start, &resp, out, &end);
    out->more = rc == 0 && end < st->units.n;
    out->backlog = out->more ? 1 : 0;
out:
    od_http_response_clear(&resp);
    return rc;
}

enum { FILE_SKIPPED, FILE_MORE, FILE_DONE };

/* Where unit `start` of a stream file begins: from the cursor when it
 * says so and the byte before that position ends a line, else by
 * parsing the first `start` units again (a cursor of an older orderd,
 * or a damaged one). */
static int find_start(struct feed_state *st, const struct feed_cursor *cur, bool trust,
                      const char *label, int fd, size_t start, uint64_t *off, uint64_t *line)
{
    const struct feed_scan *sc = &st->scan;
    size_t skipped = 0;
    char prev = 0;
    int rc = 0;

    *off = sc->data_off;
    *line = sc->data_line;
    if (start == 0)
        return 0;
    if (trust && cur->offset > sc->data_off && cur->offset <= sc->size &&
        pread(fd, &prev, 1, (off_t)cur->offset - 1) == 1 &&
        (prev == '\n' || (prev == '\r' && sc->csv))) {
        *off = cur->offset;
        *line = cur->line;
        return 0;
    }
    while (skipped < start && rc == 0) {
        struct feed_units u = {0};
        size_t n = start - skipped < 500 ? start - skipped : 500;

        rc = feed_read_units(&st->fo, st->ch->name, label, fd, &st->scan, *off, *line, n, &u, off,
                             line);
        if (rc == 0 && u.n == 0)
            rc = od_error_set(OD_EIO, "%s: fewer units than counted", label);
        skipped += u.n;
        feed_units_free(&u);
    }
    return rc;
}

/* Next batch of a stream file from unit `start`: *what is FILE_MORE or
 * FILE_DONE. */
static int poll_stream(struct feed_state *st, const struct feed_cursor *cur, const char *label,
                       int fd, size_t start, struct od_batch *out, int *what)
{
    const struct feed_scan *sc = &st->scan;
    struct feed_units u = {0};
    size_t max = out->max_orders ? out->max_orders : 500, end = 0, done;
    uint64_t off = 0, line = 0, end_off = 0, end_line = 0;
    int rc = 0;

    if (start > sc->units)
        start = sc->units;
    if (max > sc->units - start)
        max = sc->units - start;
    for (int pass = 0; pass < 2 && rc == 0 && u.n == 0; pass++) {
        /* A cursor's position that leads to no unit where one is due
         * (damaged) is not trusted again: unit `start` is found by
         * counting. */
        rc = find_start(st, cur, pass == 0, label, fd, start, &off, &line);
        end_off = off;
        end_line = line;
        if (rc == 0 && max > 0)
            rc = feed_read_units(&st->fo, st->ch->name, label, fd, &st->scan, off, line, max, &u,
                                 &end_off, &end_line);
        if (max == 0)
            break;
    }
    if (rc == 0 && max > 0 && u.n == 0)
        rc = od_error_set(OD_EIO, "%s: fewer units than counted", label);
    if (rc == 0)
        rc = add_units(out, &u, 0, &end);
    if (rc < 0)
        goto out;
    done = start + end;
    /* The position is needed only while the file is not complete. */
    rc = cursor_write(out, label, sc->sha, done, sc->units, done < sc->units ? end_off : 0,
                      done < sc->units ? end_line : 0, NULL);
    *what = done < sc->units ? FILE_MORE : FILE_DONE;
out:
    feed_units_free(&u);
    return rc;
}

/* Next batch of a file of the directory (not over max_file_size): its
 * SHA-256 into `sha`; *what is FILE_SKIPPED (gone, or committed before
 * and archived now), FILE_MORE or FILE_DONE. */
static int poll_file(struct feed_state *st, const struct feed_cursor *cur, const char *label,
                     const char *path, const struct stat *listed, struct od_batch *out,
                     char sha[65], int *what)
{
    const struct feed_settings *s = st->s;
    const char *name = strrchr(path, '/') + 1;
    struct stat fst;
    char *data = NULL;
    size_t len = 0, start = 0, end;
    int fd, rc = 0;

    *what = FILE_SKIPPED;
    /* Gone or replaced since the listing (moved away by someone): not
     * this poll's; the next listing sees what is there now. */
    rc = feed_open_entry(path, listed, &fd);
    if (rc != 0)
        return rc < 0 ? rc : 0;
    if (fstat(fd, &fst) < 0) {
        rc = od_error_set(OD_EIO, "cannot stat %s: %s", path, strerror(errno));
        goto out;
    }
    /* The change time too: a rewrite cannot set it back as it can mtime. */
    if (!st->scan_label || strcmp(st->scan_label, label) != 0 || !same_file(&fst, &st->scan_st) ||
        fst.st_ctim.tv_sec != st->scan_st.st_ctim.tv_sec ||
        fst.st_ctim.tv_nsec != st->scan_st.st_ctim.tv_nsec) {
        feed_scan_clear(&st->scan);
        free(st->scan_label);
        st->scan_label = NULL;
        rc = feed_scan_file(&st->fo, fd, s->max_file_size, &st->scan);
        if (rc < 0)
            goto out;
        st->scan_label = strdup(label);
        if (!st->scan_label) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        st->scan_st = fst;
    }
    memcpy(sha, st->scan.sha, 65);
    if (cur->file[0] && strcmp(cur->file, label) == 0 && strcmp(cur->sha, sha) == 0) {
        if (cur->complete) {
            /* Committed earlier; the archive move did not happen. */
            rc = archive_file(s, name, sha, &fst);
            goto out;
        }
        start = cur->done > 0 ? (size_t)cur->done : 0;
    }
    if (st->scan.stream) {
        rc = poll_stream(st, cur, label, fd, start, out, what);
        goto out;
    }
    /* Parsed whole, once per file while this process works on it. */
    if (!units_cached(st, label, sha, start)) {
        uint64_t t0 = od_stats_now();

        rc = read_file(fd, path, s->max_file_size, &data, &len);
        od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
        if (rc < 0)
            goto out;
        rc = load_units(st, label, sha, data, len, start);
        if (rc < 0)
            goto out;
    }
    rc = give_units(st, label, sha, start, NULL, out, &end);
    if (rc == 0)
        *what = end < st->units.n ? FILE_MORE : FILE_DONE;
out:
    free(data);
    close(fd);
    return rc;
}

/* An entry the channel will not read (a symbolic link, a FIFO, …): moved
 * aside into the archive's refused/ folder, unread, and said once. When
 * it cannot be moved it stays, said once per process. */
static void refuse_entry(struct feed_state *st, const struct feed_entry *e)
{
    char abuf[4096], rdir[4200], tag[32];
    int rc;

    for (size_t i = 0; i < st->n_refused; i++)
        if (strcmp(st->refused[i], e->name) == 0)
            return;
    snprintf(rdir, sizeof(rdir), "%s/refused", archive_dir(st->s, abuf, sizeof(abuf)));
    snprintf(tag, sizeof(tag), "%lld", (long long)time(NULL));
    rc = feed_move_noreplace(st->s->dir, e->name, rdir, tag);
    if (rc == 0) {
        od_channel_log(st->ch, OD_CH_WARN,
                       "%s is %s: refused unread (the drop folder takes regular files only), "
                       "moved to %s",
                       e->label, e->refuse, rdir);
        return;
    }
    if (rc > 0)
        return;
    od_channel_log(st->ch, OD_CH_WARN,
                   "%s is %s: refused unread (the drop folder takes regular files only); it "
                   "stays: %s",
                   e->label, e->refuse, od_error_last());
    if (st->n_refused < REFUSED_MAX) {
        char *copy = strdup(e->name);

        if (copy)
            st->refused[st->n_refused++] = copy;
    }
}

static int feed_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct feed_state *st = state;
    const struct feed_settings *s = st->s;
    struct feed_listing *ls = &st->list;
    struct feed_cursor cur;
    char *data = NULL;
    size_t len = 0;
    int rc = 0;

    /* after_commit archives only what the batch returned now completes;
     * a completion from a batch that never committed is forgotten. */
    free(st->done_name);
    st->done_name = NULL;
    feed_cursor_parse(from ? from->json : NULL, &cur);
    if (st->http)
        return poll_url(st, &cur, out);
    /* A new listing once the last one is worked through: files dropped
     * meanwhile wait for the next pass. */
    if (ls->next >= ls->n) {
        rc = feed_list(s->dir, s->pattern, ls);
        if (rc < 0)
            goto out;
    }
    for (size_t i = ls->next; i < ls->n; i++) {
        struct feed_entry *e = &ls->v[i];
        const char *name = e->name;
        const char *label = e->label;
        char path[4096], sha[65];
        int what;

        rc = path_join(path, sizeof(path), s->dir, name);
        if (rc < 0)
            goto out;
        /* The entry as it is now (the listing may be minutes old). */
        rc = feed_entry_refresh(path, e);
        if (rc > 0) {
            ls->next = i + 1;
            rc = 0;
            continue; /* gone, or a directory now */
        }
        if (e->refuse) {
            refuse_entry(st, e);
            ls->next = i + 1;
            continue;
        }
        if (!wait_settled(s, path, &e->st)) {
            out->backlog = (int64_t)(ls->n - i);
            goto out; /* still being written: later files wait behind it */
        }
        free(data);
        data = NULL;
        if ((uint64_t)e->st.st_size > s->max_file_size) {
            char why[1200];

            rc = hash_file(path, &e->st, HEAD_BYTES, sha, &data, &len);
            if (rc < 0)
                goto out;
            if (rc > 0) {
                rc = 0;
                ls->next = i + 1;
                continue; /* gone or replaced since the listing */
            }
            if (cur.file[0] && strcmp(cur.file, label) == 0 && strcmp(cur.sha, sha) == 0) {
                rc = archive_file(s, name, sha, &e->st);
                if (rc < 0)
                    goto out;
                ls->next = i + 1;
                continue;
            }
            snprintf(why, sizeof(why),
                     "%s: %lld bytes exceeds max_file_size (%llu); archived unread, first %zu "
                     "bytes kept here",
                     label, (long long)e->st.st_size, (unsigned long long)s->max_file_size, len);
            rc = od_batch_add_dead(out, label, NULL, why, data, len);
            if (rc == 0)
                rc = cursor_write(out, label, sha, 1, 1, 0, 0, NULL);
            goto remember;
        }
        rc = poll_file(st, &cur, label, path, &e->st, out, sha, &what);
        if (rc < 0)
            goto out;
        if (what == FILE_SKIPPED) {
            ls->next = i + 1;
            continue;
        }
        if (what == FILE_MORE) {
            out->more = true;
            out->backlog = (int64_t)(ls->n - i);
            goto out;
        }
    remember:
        if (rc < 0)
            goto out;
        free(st->done_name);
        st->done_name = strdup(name);
        if (!st->done_name) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        memcpy(st->done_sha, sha, 65);
        st->done_st = e->st;
        /* The position moves past the file only when its batch commits:
         * else the next poll takes it again from the stored cursor. */
        st->done_next = i + 1;
        out->more = i + 1 < ls->n;
        out->backlog = (int64_t)(ls->n - i - 1);
        goto out;
    }
    ls->next = ls->n;
    out->backlog = 0;
out:
    /* After a failure the folder is listed again. */
    if (rc < 0)
        feed_list_clear(ls);
    free(data);
    return rc;
}

static int feed_after_commit(void *state, const struct od_batch *b)
{
    struct feed_state *st = state;
    char name[1024];
    int rc;

    (void)b;
    if (!st->done_name)
        return 0;
    snprintf(name, sizeof(name), "%s", st->done_name);
    free(st->done_name);
    st->done_name = NULL;
    if (st->cache_name && strcmp(st->cache_name, name) == 0) {
        feed_units_free(&st->units);
        free(st->cache_name);
        st->cache_name = NULL;
    }
    if (st->list.next < st->done_next)
        st->list.next = st->done_next;
    rc = archive_file(st->s, name, st->done_sha, &st->done_st);
    /* Not archived (a full disk, a folder taken away): the next poll lists
     * the folder again and starts at this file, which the cursor says is
     * complete, so it retries the move before reading any file after it.
     * Going on would leave committed files behind that only the cursor's
     * last one marks as read: the others would be read again. */
    if (rc < 0)
        feed_list_clear(&st->list);
    return rc;
}

static int feed_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct feed_state *st = state;
    struct feed_units u = {0};
    int rc;

    /* A file over max_file_size was kept by its head only: parsing that
     * could store an order cut in the middle. */
    if (d->reason && strstr(d->reason, "exceeds max_file_size"))
        return od_error_set(OD_EINVAL, "this dead letter holds only the first bytes of a file "
                                       "over max_file_size; raise the limit and drop the file "
                                       "from the archive again");
    if ((uint64_t)d->raw_len > st->s->max_file_size)
        return od_error_set(OD_EINVAL, "%zu bytes exceed max_file_size", d->raw_len);
    rc = orderfile_parse(&st->fo, st->ch->name, d->source_ref, d->raw, d->raw_len, &u);
    if (rc < 0)
        goto out;
    for (size_t i = 0; i < u.n; i++) {
        if (!u.v[i].order) {
            rc = od_error_set(OD_EINVAL, "%s", u.v[i].reason ? u.v[i].reason : "not an order");
            goto out;
        }
    }
    for (size_t i = 0; i < u.n && rc == 0; i++) {
        rc = od_batch_add_order(out, u.v[i].order, u.v[i].raw, u.v[i].raw_len);
        u.v[i].order = NULL;
    }
    if (rc == 0 && u.n == 0)
        rc = od_error_set(OD_EINVAL, "no order in the dead letter");
out:
    feed_units_free(&u);
    return rc;
}

const struct od_connector od_feed_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "feed",
    .summary = "order files (CSV, NDJSON, JSON) dropped in a directory",
    .keys = feed_keys,
    .settings_size = sizeof(struct feed_settings),
    .validate = feed_validate,
    .open = feed_open,
    .poll = feed_poll,
    .after_commit = feed_after_commit,
    .reparse = feed_reparse,
    .close = feed_close,
};
