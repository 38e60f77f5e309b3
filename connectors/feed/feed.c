/* The file feed connector (kind: feed): order files dropped in a
 * directory by a shop's POS export or an ERP. The template for every
 * other connector (docs/adding-a-connector.md walks through it).
 *
 * Files are taken in name order. The cursor is
 *   {"file": NAME, "sha256": HEX, "done": UNITS_COMMITTED, "units": N,
 *    "complete": BOOL}
 * committed with each batch, so a crash mid-file resumes at the first
 * uncommitted order, and a file is archived only after its last batch
 * committed. The directory itself is the queue: what is archived is done. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
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
#include "error.h"
#include "feed.h"
#include "http.h"
#include "json.h"

/* Raw bytes kept with a dead letter for a file too big to read. */
#define HEAD_BYTES (64 * 1024)
/* Longest wait inside one poll for a file still being written. */
#define SETTLE_WAIT_MAX_MS 3000

static const char *const formats[] = {"csv", "ndjson", "json", NULL};
static const char *const statuses[] = {"pending_payment", "paid",      "partially_shipped",
                                       "shipped",         "completed", "cancelled",
                                       "refunded",        NULL};

#define K(f) offsetof(struct feed_settings, f)

static const struct od_config_key feed_keys[] = {
    {"dir", OD_KEY_PATH, NULL, K(dir), "directory the files are dropped in (or url)", NULL, false},
    {"url", OD_KEY_STRING, NULL, K(url),
     "https:// URL of one feed file, fetched with ETag / If-Modified-Since (or dir)", NULL, false},
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
    struct od_http *http; /* url mode only */
    /* Units of the file being worked on, kept between polls. */
    char *cache_name;
    char cache_sha[65];
    struct feed_units units;
    size_t given; /* units [0, given) handed to batches (orders moved out) */
    /* The file that the last batch completed: archived after commit. */
    char *done_name;
    char done_sha[65];
    struct stat done_st; /* the file as read: archived only if unchanged */
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

static int mkdir_p(const char *path)
{
    char tmp[4096];
    size_t n = strlen(path);

    if (n >= sizeof(tmp))
        return od_error_set(OD_EINVAL, "path too long: %s", path);
    memcpy(tmp, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (tmp[i] != '/' && tmp[i] != '\0')
            continue;
        tmp[i] = '\0';
        if (mkdir(tmp, 0750) < 0 && errno != EEXIST)
            return od_error_set(OD_EIO, "cannot create %s: %s", tmp, strerror(errno));
        tmp[i] = path[i];
    }
    return 0;
}

struct entry {
    char *name;       /* as on disk, for file operations */
    char label[1024]; /* valid UTF-8 (escaped if need be): cursor, refs, logs */
    struct stat st;
};

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void free_entries(struct entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(e[i].name);
    free(e);
}

/* Regular files of the feed directory that the channel takes, by name. */
static int list_files(const struct feed_settings *s, struct entry **out, size_t *n_out)
{
    DIR *d = opendir(s->dir);
    struct dirent *de;
    struct entry *v = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;

    if (!d)
        return od_error_set(OD_EIO, "cannot read directory %s: %s", s->dir, strerror(errno));
    while ((de = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;

        if (de->d_name[0] == '.' || ends_with(de->d_name, ".tmp") || ends_with(de->d_name, ".part"))
            continue;
        if (s->pattern && fnmatch(s->pattern, de->d_name, FNM_PERIOD) != 0)
            continue;
        if (path_join(path, sizeof(path), s->dir, de->d_name) < 0 || stat(path, &st) < 0 ||
            !S_ISREG(st.st_mode))
            continue;
        if (n == cap) {
            struct entry *nv;

            cap = cap ? cap * 2 : 16;
            nv = realloc(v, cap * sizeof(*v));
            if (!nv) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto out;
            }
            v = nv;
        }
        v[n].name = strdup(de->d_name);
        od_utf8_label(de->d_name, v[n].label, sizeof(v[n].label));
        v[n].st = st;
        if (!v[n].name) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        n++;
    }
    if (n > 1)
        qsort(v, n, sizeof(*v), cmp_entry);
    *out = v;
    *n_out = n;
    v = NULL;
    n = 0;
out:
    closedir(d);
    free_entries(v, n);
    return rc;
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
        if (stat(path, &again) < 0)
            return false;
        *st = again;
    }
    return true;
}

static int read_file(const char *path, size_t max, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct od_buf b;
    char chunk[65536];
    ssize_t n;
    int rc = 0;

    if (fd < 0)
        return od_error_set(OD_EIO, "cannot open %s: %s", path, strerror(errno));
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
    close(fd);
    if (rc < 0) {
        od_buf_free(&b);
        return rc;
    }
    *len = b.len;
    *data = od_buf_steal(&b);
    return *data ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

/* sha256 of a whole file, read in chunks, and its first `head_max` bytes. */
static int hash_file(const char *path, size_t head_max, char sha[65], char **head, size_t *head_len)
{
    gnutls_hash_hd_t h;
    unsigned char d[32];
    char chunk[65536];
    struct od_buf b;
    ssize_t n;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    int rc = 0;

    if (fd < 0)
        return od_error_set(OD_EIO, "cannot open %s: %s", path, strerror(errno));
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
    char abuf[4096], src[4096], dst[4200];
    const char *adir = archive_dir(s, abuf, sizeof(abuf));
    struct stat st;
    int rc;

    rc = path_join(src, sizeof(src), s->dir, name);
    if (rc < 0)
        return rc;
    if (stat(src, &st) < 0)
        return 0;
    /* Another file under the same name now: it is not the one that was
     * committed, and the next poll reads it as new. */
    if (expect && !same_file(&st, expect))
        return 0;
    rc = mkdir_p(adir);
    if (rc < 0)
        return rc;
    rc = path_join(dst, sizeof(dst), adir, name);
    if (rc < 0)
        return rc;
    if (access(dst, F_OK) == 0)
        snprintf(dst, sizeof(dst), "%s/%s.%.12s", adir, name, sha);
    if (rename(src, dst) < 0)
        return od_error_set(OD_EIO, "cannot move %s to %s: %s", src, dst, strerror(errno));
    return 0;
}

/* ---- cursor ------------------------------------------------------------ */

struct fcursor {
    char file[1024];
    char sha[65];
    int64_t done;
    bool complete;
    char etag[512]; /* url mode: validators of the fetched body */
    char last_modified[128];
};

static void cursor_read(const struct od_cursor *from, struct fcursor *c)
{
    struct json_object *doc = NULL, *v;

    memset(c, 0, sizeof(*c));
    if (!from || !from->json || od_json_parse(from->json, strlen(from->json), &doc) < 0)
        return;
    if (json_object_object_get_ex(doc, "file", &v))
        snprintf(c->file, sizeof(c->file), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "sha256", &v))
        snprintf(c->sha, sizeof(c->sha), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "done", &v))
        c->done = json_object_get_int64(v);
    if (json_object_object_get_ex(doc, "complete", &v))
        c->complete = json_object_get_boolean(v);
    if (json_object_object_get_ex(doc, "etag", &v) && json_object_is_type(v, json_type_string))
        snprintf(c->etag, sizeof(c->etag), "%s", json_object_get_string(v));
    if (json_object_object_get_ex(doc, "last_modified", &v) &&
        json_object_is_type(v, json_type_string))
        snprintf(c->last_modified, sizeof(c->last_modified), "%s", json_object_get_string(v));
    json_object_put(doc);
}

static int cursor_write(struct od_batch *b, const char *file, const char *sha, size_t done,
                        size_t units, const struct od_http_response *resp)
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
    od_http_free(st->http);
    free(st->cache_name);
    free(st->done_name);
    free(st);
}

/* Units of (name, sha), parsed once and kept while the file is worked on. */
static int load_units(struct feed_state *st, const char *name, const char *sha, const char *data,
                      size_t len, size_t start)
{
    int rc;

    /* A batch that did not commit hands its orders back only by a new
     * parse: the cache gave them away. */
    if (st->cache_name && strcmp(st->cache_name, name) == 0 && strcmp(st->cache_sha, sha) == 0 &&
        start >= st->given)
        return 0;
    st->given = 0;
    feed_units_free(&st->units);
    free(st->cache_name);
    st->cache_name = NULL;
    rc = feed_parse(st->s, st->ch->name, name, data, len, &st->units);
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

/* Name of the fetched body in source refs and the cursor: the last path
 * segment of the URL plus the start of its hash (each content is its own
 * "file"). */
static void url_name(const char *url, const char *sha, char *buf, size_t len)
{
    size_t end = strcspn(url, "?#");
    size_t start = end;

    while (start > 0 && url[start - 1] != '/')
        start--;
    if (start == end || (start >= 2 && url[start - 2] == '/'))
        snprintf(buf, len, "feed@%.12s", sha);
    else
        snprintf(buf, len, "%.*s@%.12s", (int)(end - start), url + start, sha);
}

static int poll_url(struct feed_state *st, const struct fcursor *cur, struct od_batch *out)
{
    const struct feed_settings *s = st->s;
    struct od_http_response resp;
    char sha[65], name[1100];
    size_t start = 0, end;
    int rc;

    /* Validators only when the last body is fully committed: a partly
     * committed one must be fetched again to resume it. */
    rc = od_http_get(st->http, s->url, cur->complete && cur->etag[0] ? cur->etag : NULL,
                     cur->complete && cur->last_modified[0] ? cur->last_modified : NULL, &resp);
    if (rc < 0)
        return rc;
    if (resp.status == 304) {
        out->backlog = 0;
        goto out;
    }
    if (resp.status != 200) {
        out->retry_after_ms = resp.retry_after_ms > 0 ? resp.retry_after_ms : 0;
        if (resp.status == 401 || resp.status == 403)
            rc = od_error_set(OD_EAUTH, "GET %.*s: HTTP %ld", (int)strcspn(s->url, "?#"), s->url,
                              resp.status);
        else if (resp.status == 429 || resp.status >= 500)
            rc = od_error_set(OD_EAGAIN, "GET %.*s: HTTP %ld", (int)strcspn(s->url, "?#"), s->url,
                              resp.status);
        else
            rc = od_error_set(OD_EIO, "GET %.*s: HTTP %ld", (int)strcspn(s->url, "?#"), s->url,
                              resp.status);
        goto out;
    }
    sha256_hex(resp.body, resp.body_len, sha);
    url_name(s->url, sha, name, sizeof(name));
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
    if (start > st->units.n)
        start = st->units.n;
    rc = add_units(out, &st->units, start, &end);
    st->given = end;
    if (rc == 0)
        rc = cursor_write(out, name, sha, end, st->units.n, &resp);
    out->more = rc == 0 && end < st->units.n;
    out->backlog = out->more ? 1 : 0;
out:
    od_http_response_clear(&resp);
    return rc;
}

static int feed_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct feed_state *st = state;
    const struct feed_settings *s = st->s;
    struct entry *files = NULL;
    size_t n_files = 0;
    struct fcursor cur;
    char *data = NULL;
    size_t len = 0;
    int rc;

    /* after_commit archives only what the batch returned now completes;
     * a completion from a batch that never committed is forgotten. */
    free(st->done_name);
    st->done_name = NULL;
    cursor_read(from, &cur);
    if (st->http)
        return poll_url(st, &cur, out);
    rc = list_files(s, &files, &n_files);
    if (rc < 0)
        goto out;
    for (size_t i = 0; i < n_files; i++) {
        const char *name = files[i].name;
        const char *label = files[i].label;
        char path[4096], sha[65];
        size_t start = 0, end;

        rc = path_join(path, sizeof(path), s->dir, name);
        if (rc < 0)
            goto out;
        if (!wait_settled(s, path, &files[i].st)) {
            out->backlog = (int64_t)(n_files - i);
            goto out; /* still being written: later files wait behind it */
        }
        free(data);
        data = NULL;
        if ((uint64_t)files[i].st.st_size > s->max_file_size) {
            char why[1200];

            rc = hash_file(path, HEAD_BYTES, sha, &data, &len);
            if (rc < 0)
                goto out;
            if (cur.file[0] && strcmp(cur.file, label) == 0 && strcmp(cur.sha, sha) == 0) {
                rc = archive_file(s, name, sha, &files[i].st);
                if (rc < 0)
                    goto out;
                continue;
            }
            snprintf(why, sizeof(why),
                     "%s: %lld bytes exceeds max_file_size (%llu); archived unread, first %zu "
                     "bytes kept here",
                     label, (long long)files[i].st.st_size, (unsigned long long)s->max_file_size,
                     len);
            rc = od_batch_add_dead(out, label, NULL, why, data, len);
            if (rc == 0)
                rc = cursor_write(out, label, sha, 1, 1, NULL);
            goto remember;
        }
        rc = read_file(path, s->max_file_size, &data, &len);
        if (rc == OD_EIO && access(path, F_OK) != 0) {
            /* Gone since the scan (moved away by someone): not ours. */
            rc = 0;
            continue;
        }
        if (rc < 0)
            goto out;
        sha256_hex(data, len, sha);
        if (cur.file[0] && strcmp(cur.file, label) == 0 && strcmp(cur.sha, sha) == 0) {
            if (cur.complete) {
                /* Committed earlier; the archive move did not happen. */
                rc = archive_file(s, name, sha, &files[i].st);
                if (rc < 0)
                    goto out;
                continue;
            }
            start = cur.done > 0 ? (size_t)cur.done : 0;
        }
        rc = load_units(st, label, sha, data, len, start);
        if (rc < 0)
            goto out;
        if (start > st->units.n)
            start = st->units.n;
        rc = add_units(out, &st->units, start, &end);
        st->given = end;
        if (rc == 0)
            rc = cursor_write(out, label, sha, end, st->units.n, NULL);
        if (rc < 0)
            goto out;
        if (end < st->units.n) {
            out->more = true;
            out->backlog = (int64_t)(n_files - i);
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
        st->done_st = files[i].st;
        out->more = i + 1 < n_files;
        out->backlog = (int64_t)(n_files - i - 1);
        goto out;
    }
    out->backlog = 0;
out:
    free(data);
    free_entries(files, n_files);
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
    rc = archive_file(st->s, name, st->done_sha, &st->done_st);
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
    rc = feed_parse(st->s, st->ch->name, d->source_ref, d->raw, d->raw_len, &u);
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
