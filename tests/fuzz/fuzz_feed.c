/* Fuzz target: the feed connector's file parser (CSV grouped by
 * external_id with column mapping, NDJSON, JSON) on arbitrary bytes.
 * The first byte picks the format and encoding (and a batch size); the
 * rest is the file. Every unit must be either an order that passed
 * od_order_finish() or a dead letter with a reason and the raw bytes.
 * When the file can be read a batch at a time (stream.c), reading it in
 * batches of 1 or 3 units, each from the offset the last one returned,
 * must give exactly the units of the whole parse, and the pass over the
 * file must count them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "feed/feed.h"
#include "json.h"

static char *k_map[] = {"external_id", "lines.qty", "lines.unit_price", "lines.sku", "status"};
static char *v_map[] = {"id", "qty", "price", "sku", "st"};
static char *k_status[] = {"ok"};
static char *v_status[] = {"paid"};

static bool same_unit(const struct feed_unit *a, const struct feed_unit *b)
{
    bool same = !a->order == !b->order && a->raw_len == b->raw_len &&
                memcmp(a->raw, b->raw, a->raw_len) == 0 &&
                strcmp(a->source_ref, b->source_ref) == 0 && !a->external_id == !b->external_id &&
                (!a->external_id || strcmp(a->external_id, b->external_id) == 0) &&
                !a->reason == !b->reason && (!a->reason || strcmp(a->reason, b->reason) == 0);

    if (same && a->order) {
        struct json_object *ja = NULL, *jb = NULL;

        if (od_order_to_json(a->order, &ja) < 0 || od_order_to_json(b->order, &jb) < 0)
            abort();
        same = strcmp(json_object_to_json_string(ja), json_object_to_json_string(jb)) == 0;
        json_object_put(ja);
        json_object_put(jb);
    }
    return same;
}

/* Read the file in batches of `batch` units and compare with `whole`. */
static void check_stream(const struct orderfile_opts *s, const char *data, size_t len, size_t batch,
                         const struct feed_units *whole)
{
    struct feed_scan sc = {0};
    uint64_t off, line;
    size_t k = 0;
    int fd = memfd_create("fuzz-feed", MFD_CLOEXEC);

    if (fd < 0 || (len && write(fd, data, len) != (ssize_t)len))
        abort();
    if (feed_scan_file(s, fd, len + 1, &sc) < 0 || sc.size != len)
        abort();
    if (!sc.stream) {
        if (strcmp(s->format, "ndjson") == 0 && !memchr(data, '\0', len))
            abort(); /* NDJSON is always streamed, unless binary */
        goto out;
    }
    if (sc.units != whole->n)
        abort();
    off = sc.data_off;
    line = sc.data_line;
    while (k < sc.units) {
        struct feed_units u = {0};

        if (feed_read_units(s, "fuzz", "f.csv", fd, &sc, off, line, batch, &u, &off, &line) < 0)
            abort();
        if (u.n == 0 || u.n > batch || k + u.n > whole->n)
            abort();
        for (size_t i = 0; i < u.n; i++)
            if (!same_unit(&u.v[i], &whole->v[k + i]))
                abort();
        k += u.n;
        feed_units_free(&u);
    }
out:
    feed_scan_clear(&sc);
    close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *formats[] = {"csv", "ndjson", "json", "csv"};
    static char *encodings[] = {"utf-8", "gb18030", "big5", "iso-8859-1"};
    static struct od_strmap columns = {.n = 5, .keys = k_map, .values = v_map};
    static struct od_strmap status_map = {.n = 1, .keys = k_status, .values = v_status};
    struct orderfile_opts s = {0};
    struct feed_units u = {0};
    uint8_t sel;

    if (size < 1)
        return 0;
    sel = data[0];
    s.format = formats[sel & 3];
    s.encoding = encodings[(sel >> 2) & 3];
    s.delimiter = (sel & 0x10) ? ';' : ',';
    s.timezone = (sel & 0x20) ? "Asia/Shanghai" : "UTC";
    s.currency = "CNY";
    s.default_status = "paid";
    if (sel & 0x40)
        s.columns = &columns;
    s.status_map = &status_map;
    if (orderfile_parse(&s, "fuzz", "f.csv", (const char *)data + 1, size - 1, &u) == 0) {
        for (size_t i = 0; i < u.n; i++) {
            const struct feed_unit *x = &u.v[i];

            if (!x->source_ref || !x->raw)
                abort();
            if (x->order) {
                struct json_object *j = NULL;

                if (!x->order->external_id || x->order->n_lines == 0 ||
                    x->order->total == OD_MONEY_NONE)
                    abort();
                if (od_order_to_json(x->order, &j) < 0)
                    abort();
                json_object_put(j);
            } else if (!x->reason) {
                abort();
            }
        }
    }
    if (strcmp(s.format, "json") != 0)
        check_stream(&s, (const char *)data + 1, size - 1, (sel & 0x80) ? 1 : 3, &u);
    feed_units_free(&u);
    return 0;
}
