/* orderctl extract (extract.h): read files the way the e-mail channel
 * reads mail and show what they give. No database, and no configuration
 * unless --channel names the channel whose settings to use. */
#include "extract.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cli.h"
#include "display.h"
#include "config.h"
#include "connector.h"
#include "error.h"
#include "imap/extract.h"
#include "imap/mailworker.h"
#include "json.h"
#include "table.h"

#define FILE_MAX   ((size_t)64 << 20) /* bytes of one file read */
#define NAME_COL   20                 /* field name column (field paths are ASCII) */
#define VALUE_COL  28                 /* value column, in terminal columns */
#define VALUE_SHOW 400                /* bytes of a value shown */

#define JSON_FLAGS (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE)

/* ---- the extraction of one order ----------------------------------------- */

/* The sources text as an object; NULL when there is none or it is not
 * one. Caller puts it. */
static struct json_object *sources_of(const struct od_extraction *x)
{
    struct json_object *o = NULL;

    if (!x || !x->sources || od_json_parse(x->sources, strlen(x->sources), &o) < 0)
        return NULL;
    if (!json_object_is_type(o, json_type_object)) {
        json_object_put(o);
        return NULL;
    }
    return o;
}

/* `s` on one line: control characters as spaces, cut at len - 1 bytes
 * on a character boundary. */
static const char *one_line(const char *s, char *buf, size_t len)
{
    size_t n = 0;

    if (!s)
        s = "";
    while (s[n] && n + 1 < len) {
        unsigned char c = (unsigned char)s[n];

        buf[n] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
        n++;
    }
    if (s[n])
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* not inside a character */
    buf[n] = '\0';
    return buf;
}

void orderctl_print_extraction(const struct od_extraction *x, const char *indent)
{
    struct json_object *src;
    char line[VALUE_SHOW + 1];

    if (!x)
        return;
    for (size_t i = 0; i < x->n_doubts; i++)
        printf("%sdoubt: %s\n", indent, one_line(x->doubts[i], line, sizeof(line)));
    src = sources_of(x);
    if (src) {
        json_object_object_foreach(src, key, val)
        {
            printf("%ssource: %-*s %s\n", indent, NAME_COL, key,
                   one_line(json_object_get_string(val), line, sizeof(line)));
        }
    }
    json_object_put(src);
}

/* ---- table output ------------------------------------------------------------ */

struct shown {
    struct json_object *src; /* sources not shown yet, or NULL */
    struct od_buf missing;   /* fields with no value and no source */
};

/* One field: its value and, when the reader said, where it was read.
 * A field without either is only named in the "not found" line. */
static void field(struct shown *sh, const char *name, const char *value)
{
    struct json_object *w = NULL;
    char where[VALUE_SHOW + 1] = "", v[VALUE_SHOW + 1];
    size_t width;

    if (sh->src && json_object_object_get_ex(sh->src, name, &w)) {
        one_line(json_object_get_string(w), where, sizeof(where));
        json_object_object_del(sh->src, name);
    }
    if (!value && !where[0]) {
        od_buf_printf(&sh->missing, "%s%s", sh->missing.len ? ", " : "", name);
        return;
    }
    one_line(value ? value : "-", v, sizeof(v));
    printf("    %-*s %s", NAME_COL, name, v);
    width = od_display_width(v);
    if (where[0])
        printf("%*s  (%s)", width < VALUE_COL ? (int)(VALUE_COL - width) : 0, "", where);
    printf("\n");
}

static void field_money(struct shown *sh, const char *name, od_money m)
{
    char buf[OD_MONEY_STRLEN];

    field(sh, name, m == OD_MONEY_NONE ? NULL : od_money_format(m, buf));
}

static void field_time(struct shown *sh, const char *name, od_time t)
{
    char buf[OD_TIME_STRLEN];

    field(sh, name, t == OD_TIME_NONE ? NULL : od_display_time(t, buf));
}

/* The lines as a small table, indented. */
static void print_lines(const struct od_order *o)
{
    static const char *const cols[] = {"LINE",       "SKU",      "CHANNEL_SKU", "TITLE", "QTY",
                                       "UNIT_PRICE", "DISCOUNT", "TOTAL",       NULL};
    struct od_table *t = od_table_new(cols);
    char *text = NULL;
    size_t len = 0;
    FILE *mem;

    if (!t)
        return;
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        char no[16], qty[32], up[OD_MONEY_STRLEN], di[OD_MONEY_STRLEN] = "", to[OD_MONEY_STRLEN];
        char title[VALUE_SHOW + 1];

        snprintf(no, sizeof(no), "%d", l->line_no);
        snprintf(qty, sizeof(qty), "%lld", (long long)l->qty);
        od_price_format(l->unit_price, up);
        if (l->discount != OD_MONEY_NONE)
            od_money_format(l->discount, di);
        od_money_format(l->total, to);
        od_table_row(t, (const char *[]){no, l->sku, l->channel_sku,
                                         l->title ? one_line(l->title, title, sizeof(title)) : NULL,
                                         qty, up, di, to});
    }
    mem = open_memstream(&text, &len);
    if (mem) {
        od_table_print(t, mem);
        fclose(mem);
    }
    for (char *p = text, *nl; p && *p; p = nl + 1) {
        nl = strchr(p, '\n');
        if (!nl) {
            printf("      %s\n", p);
            break;
        }
        printf("      %.*s\n", (int)(nl - p), p);
    }
    free(text);
    od_table_free(t);
}

static void print_order(const struct od_order *o)
{
    struct shown sh = {.src = sources_of(o->extraction)};
    char line[VALUE_SHOW + 1];
    struct od_buf tags;

    od_buf_init(&sh.missing, 4096);
    od_buf_init(&tags, 4096);
    for (size_t i = 0; i < o->n_tags; i++)
        od_buf_printf(&tags, "%s%s", i ? ", " : "", o->tags[i]);
    printf("  order %s\n", o->external_id ? one_line(o->external_id, line, sizeof(line)) : "-");
    field(&sh, "external_id", o->external_id);
    field(&sh, "status", od_status_name(o->status));
    field(&sh, "channel_status", o->channel_status);
    field_time(&sh, "placed_at", o->placed_at);
    field_time(&sh, "paid_at", o->paid_at);
    field_time(&sh, "updated_at", o->updated_at);
    field(&sh, "currency", o->currency[0] ? o->currency : NULL);
    field_money(&sh, "subtotal", o->subtotal);
    field_money(&sh, "shipping", o->shipping);
    field_money(&sh, "discount", o->discount);
    field_money(&sh, "tax", o->tax);
    field_money(&sh, "total", o->total);
    field(&sh, "customer.ref", o->customer.ref);
    field(&sh, "customer.name", o->customer.name);
    field(&sh, "customer.phone", o->customer.phone);
    field(&sh, "customer.email", o->customer.email);
    field(&sh, "ship_to.name", o->ship_to.name);
    field(&sh, "ship_to.phone", o->ship_to.phone);
    field(&sh, "ship_to.country", o->ship_to.country);
    field(&sh, "ship_to.province", o->ship_to.province);
    field(&sh, "ship_to.city", o->ship_to.city);
    field(&sh, "ship_to.district", o->ship_to.district);
    field(&sh, "ship_to.address", o->ship_to.address);
    field(&sh, "ship_to.postal_code", o->ship_to.postal_code);
    field(&sh, "buyer_note", o->buyer_note);
    field(&sh, "seller_note", o->seller_note);
    field(&sh, "priority", o->priority);
    field(&sh, "tags", o->n_tags ? tags.data : NULL);
    if (sh.missing.len)
        printf("    not found: %s\n", sh.missing.data);
    printf("    lines:\n");
    print_lines(o);
    if (sh.src && json_object_object_length(sh.src) > 0) {
        printf("    read from:\n");
        json_object_object_foreach(sh.src, key, val)
        {
            printf("      %-*s %s\n", NAME_COL, key,
                   one_line(json_object_get_string(val), line, sizeof(line)));
        }
    }
    for (size_t i = 0; o->extraction && i < o->extraction->n_doubts; i++)
        printf("    doubt: %s\n", one_line(o->extraction->doubts[i], line, sizeof(line)));
    json_object_put(sh.src);
    od_buf_free(&sh.missing);
    od_buf_free(&tags);
}

/* ---- the command --------------------------------------------------------------- */

/* The bytes of `path`, at most FILE_MAX. Caller frees *out. */
static int read_file(const char *path, char **out, size_t *out_len)
{
    struct od_buf b;
    char chunk[65536];
    FILE *f;
    size_t n;
    int rc = 0;

    od_buf_init(&b, FILE_MAX + 1);
    f = fopen(path, "rb");
    if (!f)
        return od_error_set(OD_EIO, "%s", strerror(errno));
    while (rc == 0 && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        rc = od_buf_add(&b, chunk, n);
    if (rc == OD_ETOOBIG)
        rc = od_error_set(OD_ETOOBIG, "larger than %zu MiB; not read", FILE_MAX >> 20);
    else if (rc == 0 && ferror(f))
        rc = od_error_set(OD_EIO, "%s", strerror(errno ? errno : EIO));
    fclose(f);
    if (rc == 0) {
        *out_len = b.len;
        *out = od_buf_steal(&b);
        if (!*out)
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    od_buf_free(&b);
    return rc;
}

static bool is_eml(const char *path)
{
    size_t n = strlen(path);

    return n >= 4 && strcasecmp(path + n - 4, ".eml") == 0;
}

struct run {
    const struct extract_opts *o;
    const struct imap_extract_settings *s;
    const char *channel; /* "" without --channel: the orders then have none */
    const char *sender;  /* --sender, or NULL */
    const char *tmpl;    /* the template --sender picks, or NULL */
    bool from_sender;
    struct json_object *all; /* json: every order */
    size_t n_orders;
    struct imap_reader reader; /* every file is read in a child, as orderd reads mail */
};

/* Read one file and show what it gave. OD_ENOMEM only; a file that
 * cannot be read is named on stderr. */
static int one_file(struct run *r, const char *path)
{
    struct od_batch b;
    char *data = NULL;
    size_t len = 0;
    bool json = strcmp(r->o->format, "json") == 0;
    int rc;

    od_batch_init(&b, 0);
    rc = read_file(path, &data, &len);
    if (rc < 0) {
        fprintf(stderr, "orderctl: extract: %s: %s\n", path, od_error_last());
        rc = rc == OD_ENOMEM ? rc : 0;
        goto out;
    }
    if (is_eml(path))
        rc = imap_read_message(&r->reader, r->s, r->channel, path, data, len, r->from_sender, &b);
    else
        rc = imap_read_file(&r->reader, r->s, r->channel, path, path, data, len, r->sender, &b);
    if (rc < 0)
        goto out;
    if (!json)
        printf("%s: %zu order%s, %zu dead letter%s%s%s%s\n", path, b.n_orders,
               b.n_orders == 1 ? "" : "s", b.n_dead, b.n_dead == 1 ? "" : "s",
               r->tmpl && !is_eml(path) ? " (sender template " : "",
               r->tmpl && !is_eml(path) ? r->tmpl : "", r->tmpl && !is_eml(path) ? ")" : "");
    for (size_t i = 0; i < b.n_orders && rc == 0; i++) {
        struct od_order *o = b.orders[i].order;
        struct json_object *j = NULL;

        if (!r->channel[0])
            od_str_set(&o->channel, NULL, 0);
        r->n_orders++;
        if (!json) {
            print_order(o);
            continue;
        }
        rc = od_order_to_json(o, &j);
        if (rc == 0)
            od_display_json(j);
        if (rc == 0 && json_object_array_add(r->all, j) != 0) {
            json_object_put(j);
            rc = od_error_set(OD_ENOMEM, "out of memory");
        }
    }
    for (size_t i = 0; i < b.n_dead && rc == 0; i++) {
        char why[VALUE_SHOW + 1];

        one_line(b.dead[i].reason, why, sizeof(why));
        if (json)
            fprintf(stderr, "dead letter: %s: %s\n", b.dead[i].source_ref, why);
        else
            printf("  dead letter: %s\n    reason: %s\n", b.dead[i].source_ref, why);
    }
out:
    od_batch_free(&b);
    free(data);
    return rc;
}

static void print_all(const struct run *r)
{
    size_t n = json_object_array_length(r->all);

    printf("[\n");
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? ",\n" : "",
               json_object_to_json_string_ext(json_object_array_get_idx(r->all, i), JSON_FLAGS));
    printf("%s]\n", n ? "\n" : "");
}

int orderctl_extract(char *const *files, int n, const struct extract_opts *o)
{
    struct imap_extract_settings defaults;
    struct run r = {.o = o, .s = &defaults, .channel = ""};
    struct od_config *cfg = NULL;
    int rc = OD_EXIT_OK;

    memset(&defaults, 0, sizeof(defaults)); /* a valid default configuration */
    imap_reader_init(&r.reader, 0, 0);
    od_display_init(NULL); /* a channel's configuration may name another zone */
    if (n < 1) {
        fprintf(stderr, "orderctl: extract needs at least one FILE\n");
        return OD_EXIT_USAGE;
    }
    if (strcmp(o->format, "table") != 0 && strcmp(o->format, "json") != 0) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if (o->channel) {
        struct od_channel *ch;

        cfg = od_cli_load_config_tolerant(o->config_path, "orderctl", NULL);
        if (!cfg)
            return OD_EXIT_USAGE;
        od_display_init(cfg->display_timezone);
        ch = od_cli_need_channel(cfg, "orderctl", "extract", o->channel);
        if (!ch) {
            rc = OD_EXIT_USAGE;
            goto out;
        }
        if (imap_extract_channel(ch, &r.s, &r.from_sender) < 0) {
            fprintf(stderr, "orderctl: extract --channel: %s (extract reads files as mail)\n",
                    od_error_last());
            rc = OD_EXIT_USAGE;
            goto out;
        }
        r.channel = ch->name;
    }
    if (o->sender) {
        const char *at = strchr(o->sender, '@');

        if (!o->channel || !at || at == o->sender || !at[1]) {
            fprintf(stderr, "orderctl: extract: --sender needs --channel and an address "
                            "(local@domain)\n");
            rc = OD_EXIT_USAGE;
            goto out;
        }
        r.sender = o->sender;
        if (!imap_extract_template(r.s, o->sender, &r.tmpl))
            fprintf(stderr,
                    "orderctl: extract: no template of channel %s matches %s: the channel's "
                    "settings apply\n",
                    o->channel, o->sender);
    }
    r.all = json_object_new_array();
    if (!r.all) {
        rc = OD_EXIT_FAIL;
        goto out;
    }
    for (int i = 0; i < n; i++) {
        if (i > 0 && strcmp(o->format, "table") == 0)
            printf("\n");
        if (one_file(&r, files[i]) < 0) {
            fprintf(stderr, "orderctl: extract: %s: %s\n", files[i], od_error_last());
            rc = OD_EXIT_FAIL;
            goto out;
        }
    }
    if (strcmp(o->format, "json") == 0)
        print_all(&r);
    rc = r.n_orders ? OD_EXIT_OK : OD_EXIT_FAIL;
out:
    imap_reader_free(&r.reader);
    json_object_put(r.all);
    od_config_free(cfg);
    return rc;
}
