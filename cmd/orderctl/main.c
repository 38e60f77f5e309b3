/* orderctl: the operator's command line.
 *
 *   orderctl --config FILE migrate [--no-roles]
 *   orderctl --config FILE orders [--channel C] [--audit OUTCOME] [--limit N]
 *                                 [--format table|json|csv]
 *   orderctl --config FILE order CHANNEL EXTERNAL_ID [--format table|json]
 *   orderctl --config FILE deadletters list [--channel C] [--all] [--format table|json]
 *   orderctl --config FILE deadletters show ID [--format json] [--encoding CHARSET]
 *   orderctl --config FILE deadletters retry ID... | --all
 *   orderctl --config FILE deadletters discard ID... --reason TEXT
 *   orderctl --config FILE channels [--format table|json]
 *   orderctl --config FILE report daily|weekly|range [--date D|--week W|--from D --to D]
 *                                 [--channel C] [--format table|json|csv|html] [--table T]
 *                                 [--lang zh|en] [-o FILE]
 *   orderctl --config FILE report daily [--date D] --mail [--lang zh|en]
 *   orderctl --config FILE channel token CHANNEL < PAIR
 *   orderctl --config FILE reconcile CHANNEL --since D [--until D] [--format table|json]
 *   orderctl --config FILE import KIND FILE.csv [--encoding CHARSET]
 *   orderctl ... [--quiet]   no progress on stderr for long work
 *   orderctl [--config FILE] extract FILE... [--channel C [--sender ADDRESS]]
 *                                   [--format table|json]
 *
 * Exit: 0 success, 1 failure, 2 usage or configuration error. */
#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apijson.h"
#include "buf.h"
#include "chanstatus.h"
#include "charset.h"
#include "cli.h"
#include "connector.h"
#include "deadletter.h"
#include "display.h"
#include "error.h"
#include "csv.h"
#include "extract.h"
#include "invoices.h"
#include "import.h"
#include "json.h"
#include "progressline.h"
#include "recon.h"
#include "registry.h"
#include "reports.h"
#include "review.h"
#include "rules.h"
#include "stock.h"
#include "store.h"
#include "table.h"
#include "token.h"
#include "user.h"

struct ctx {
    const char *config_path;
    struct od_config *cfg;
    struct od_rules *rules;
    struct od_store *store;
    const char *format;
    const char *channel;
    const char *audit;
    const char *encoding;
    const char *reason;
    const char *note;
    const char *since;
    const char *rules_file;
    const char *sender;
    const char *until;
    const char *status;
    const char *output;
    const char *date;
    const char *week;
    const char *from;
    const char *to;
    const char *table;
    const char *lang;
    const char *role;
    bool mail;
    long long limit;
    bool all;
    bool force;
    bool quiet;
    bool repair;
    bool no_roles;
    uint32_t given; /* bit i: opt_rows[i] was on the command line */
};

static void usage(FILE *f)
{
    fprintf(
        f,
        "usage: orderctl [--config FILE] COMMAND ...\n"
        "\n"
        "  migrate [--no-roles]                      apply database migrations; --no-roles:\n"
        "                                            without the database roles (one role\n"
        "                                            for everything)\n"
        "  orders [--channel C] [--audit approved|held|rejected|pending]\n"
        "         [--limit N] [--format table|json|csv]\n"
        "                                            list orders (newest first)\n"
        "  order CHANNEL EXTERNAL_ID [--format table|json]\n"
        "                                            one order with its lines\n"
        "  deadletters list [--channel C] [--all] [--format table|json]\n"
        "  deadletters show ID [--format table|json] [--encoding CHARSET]\n"
        "  deadletters retry ID... | --all           re-parse with the current config\n"
        "  deadletters discard ID... --reason TEXT\n"
        "                                            close dead letters that hold no order\n"
        "  invoices [--since D] [--until D] [--status requested|all] [--channel C]\n"
        "           [--limit N] [--format table|csv|json] [-o FILE]\n"
        "                                            invoice requests to issue, oldest\n"
        "                                            first (csv: UTF-8 with BOM)\n"
        "  report daily [--date D]                   the clerk's report of a day (default\n"
        "                                            yesterday) in reports.timezone\n"
        "  report weekly [--week YYYY-Www]           ... of an ISO week (default last week)\n"
        "  report range --from D --to D              ... of the days D to D, both included\n"
        "         report options: [--channel C] [--format table|json|csv|html]\n"
        "         [--lang zh|en] [-o FILE]    (html: label language, default zh)\n"
        "         [--table orders|audit|stock|skus|deadletters] (csv: one table)\n"
        "  report daily [--date D] --mail [--lang zh|en]\n"
        "                                            mail the daily report now (reports.mail,\n"
        "                                            or into reports.dir)\n"
        "  channels [--format table|json]            channel state, cursor, backlog\n"
        "  channel token CHANNEL < PAIR              a new access and refresh token, read\n"
        "                                            from stdin; prints their expiry\n"
        "  reconcile CHANNEL --since D [--until D] [--format table|json]\n"
        "                                            the platform's counts per window against\n"
        "                                            the stored orders; fetches again the\n"
        "                                            windows that differ (exit 1: one still does)\n"
        "  import KIND FILE.csv [--encoding CHARSET] load reference data: customers,\n"
        "         products, sku_map, inventory, price_lists, blacklist\n"
        "  review list [--channel C] [--limit N] [--format table|json|csv]\n"
        "                                            held and pending orders, urgent first\n"
        "  review show ID [--format table|json]      an order with its reasons and events\n"
        "  review approve ID [--note TEXT] [--force] approve and reserve its stock\n"
        "  review reject ID --reason TEXT            reject it (releases its stock)\n"
        "  stock verify [--repair] [--format table|json]\n"
        "                                            inventory.reserved against the active\n"
        "                                            reservations; --repair sets it from them\n"
        "  user add NAME --role viewer|clerk|admin   a user of the clerk's console;\n"
        "                                            password from stdin (asked twice\n"
        "                                            on a terminal), never in argv\n"
        "  user list [--format table|json]\n"
        "  user passwd NAME                          a new password from stdin\n"
        "  user disable NAME                         no more logins; sessions end\n"
        "  audit replay --rules FILE [--since DATE] [--channel C] [--format table|json]\n"
        "                                            what a rules file would change\n"
        "  extract FILE... [--channel C [--sender ADDRESS]] [--format table|json]\n"
        "                                            what mails (.eml) and files (.csv,\n"
        "                                            .xlsx, .txt ...) give; no database;\n"
        "                                            --sender: files as if mailed by it\n"
        "\n"
        "  ID is the order's numeric id or CHANNEL/EXTERNAL_ID.\n"
        "\n"
        "  -c, --config FILE   orderd.yaml (default /etc/orderd/orderd.yaml)\n"
        "  --limit N           table output defaults to 50 rows; json/csv to all\n"
        "  -q, --quiet         no progress on stderr (import, audit replay,\n"
        "                      deadletters retry --all)\n");
}

static int fail(const char *what)
{
    fprintf(stderr, "orderctl: %s: %s\n", what, od_error_last());
    return OD_EXIT_FAIL;
}

static int connect_db(struct ctx *c, bool need_schema)
{
    bool behind = false;

    if (od_store_connect(c->cfg->database_conninfo, &c->store) < 0)
        return fail("database");
    if (!need_schema)
        return 0;
    if (od_store_require_schema(c->store, "orderctl", &behind) < 0) {
        if (!behind)
            return fail("database");
        fprintf(stderr, "orderctl: %s\n", od_error_last());
        return OD_EXIT_FAIL;
    }
    return 0;
}

/* ---- migrate ------------------------------------------------------------ */

static int cmd_migrate(struct ctx *c)
{
    int applied = 0, version = 0, rc;

    rc = connect_db(c, false);
    if (rc)
        return rc;
    if (od_store_migrate(c->store, c->no_roles ? OD_MIGRATE_NO_ROLES : 0, &applied) < 0)
        return fail("migrate");
    if (od_store_schema_version(c->store, &version) < 0)
        return fail("migrate");
    printf("migrate: %d migration%s applied; schema at version %d\n", applied,
           applied == 1 ? "" : "s", version);
    return OD_EXIT_OK;
}

/* ---- orders ------------------------------------------------------------- */

struct list_out {
    const char *format;
    struct od_table *table;
    size_t count;
};

static const char *s_or(const char *s, const char *dflt)
{
    return s ? s : dflt;
}

static void csv_field(struct od_buf *b, const char *v)
{
    od_csv_add_field(b, v); /* a row past the cap is printed cut, as before */
}

/* CSV export: the feed's own format (one row per line, dotted field
 * paths as headers), so an export can be fed back in. */
static const char *const csv_header[] = {
    "external_id",
    "status",
    "placed_at",
    "paid_at",
    "updated_at",
    "currency",
    "subtotal",
    "shipping",
    "discount",
    "tax",
    "total",
    "customer.ref",
    "customer.name",
    "customer.phone",
    "customer.email",
    "ship_to.name",
    "ship_to.phone",
    "ship_to.country",
    "ship_to.province",
    "ship_to.city",
    "ship_to.district",
    "ship_to.address",
    "ship_to.postal_code",
    "buyer_note",
    "seller_note",
    "priority",
    "tags",
    "lines.sku",
    "lines.channel_sku",
    "lines.title",
    "lines.qty",
    "lines.unit_price",
    "lines.discount",
    "lines.total",
    "channel",
    "id",
    "audit.outcome",
    NULL,
};

static void print_csv_order(const struct od_order *o)
{
    char m[11][OD_MONEY_STRLEN], t[3][OD_TIME_STRLEN], qty[32], id[32];
    struct od_buf tags, row;

    od_buf_init(&tags, 1 << 20);
    for (size_t i = 0; i < o->n_tags; i++) {
        if (i)
            od_buf_addc(&tags, ';');
        od_buf_adds(&tags, o->tags[i]);
    }
    od_buf_init(&row, 1 << 24);
    for (size_t li = 0; li < o->n_lines; li++) {
        const struct od_line *l = &o->lines[li];
        const char *v[40];
        size_t n = 0;

        t[0][0] = t[1][0] = t[2][0] = '\0';
        if (o->placed_at != OD_TIME_NONE)
            od_display_time(o->placed_at, t[0]);
        if (o->paid_at != OD_TIME_NONE)
            od_display_time(o->paid_at, t[1]);
        if (o->updated_at != OD_TIME_NONE)
            od_display_time(o->updated_at, t[2]);
        od_money_format(o->subtotal, m[0]);
        od_money_format(o->shipping, m[1]);
        od_money_format(o->discount, m[2]);
        od_money_format(o->tax, m[3]);
        od_money_format(o->total, m[4]);
        od_price_format(l->unit_price, m[5]);
        m[6][0] = '\0';
        if (l->discount != OD_MONEY_NONE)
            od_money_format(l->discount, m[6]);
        od_money_format(l->total, m[7]);
        snprintf(qty, sizeof(qty), "%lld", (long long)l->qty);
        snprintf(id, sizeof(id), "%lld", (long long)o->id);
        v[n++] = o->external_id;
        v[n++] = od_status_name(o->status);
        v[n++] = t[0];
        v[n++] = t[1];
        v[n++] = t[2];
        v[n++] = o->currency;
        for (int k = 0; k < 5; k++)
            v[n++] = m[k];
        v[n++] = o->customer.ref;
        v[n++] = o->customer.name;
        v[n++] = o->customer.phone;
        v[n++] = o->customer.email;
        v[n++] = o->ship_to.name;
        v[n++] = o->ship_to.phone;
        v[n++] = o->ship_to.country;
        v[n++] = o->ship_to.province;
        v[n++] = o->ship_to.city;
        v[n++] = o->ship_to.district;
        v[n++] = o->ship_to.address;
        v[n++] = o->ship_to.postal_code;
        v[n++] = o->buyer_note;
        v[n++] = o->seller_note;
        v[n++] = o->priority;
        v[n++] = tags.data ? tags.data : "";
        v[n++] = l->sku;
        v[n++] = l->channel_sku;
        v[n++] = l->title;
        v[n++] = qty;
        v[n++] = m[5];
        v[n++] = m[6];
        v[n++] = m[7];
        v[n++] = o->channel;
        v[n++] = id;
        v[n++] = o->audit.outcome;
        od_buf_reset(&row);
        for (size_t k = 0; k < n; k++) {
            if (k)
                od_buf_addc(&row, ',');
            csv_field(&row, v[k]);
        }
        od_buf_adds(&row, "\r\n");
        fwrite(row.data, 1, row.len, stdout);
    }
    od_buf_free(&row);
    od_buf_free(&tags);
}

static int on_order(void *ud, const struct od_order *o)
{
    struct list_out *lo = ud;

    if (strcmp(lo->format, "json") == 0) {
        struct json_object *j = od_api_order_json(o);

        if (!j)
            return -1;
        printf("%s%s", lo->count ? ",\n" : "", od_api_json_text(j));
        json_object_put(j);
    } else if (strcmp(lo->format, "csv") == 0) {
        print_csv_order(o);
    } else {
        char id[32], total[OD_MONEY_STRLEN + 8], placed[OD_TIME_STRLEN] = "", nlines[16];

        snprintf(id, sizeof(id), "%lld", (long long)o->id);
        od_money_format(o->total, total);
        snprintf(total + strlen(total), 8, " %s", o->currency);
        if (o->placed_at != OD_TIME_NONE)
            od_display_time(o->placed_at, placed);
        snprintf(nlines, sizeof(nlines), "%zu", o->n_lines);
        od_table_row(lo->table, (const char *[]){id, o->channel, o->external_id,
                                                 od_status_name(o->status), placed, total, nlines,
                                                 s_or(o->customer.name, s_or(o->ship_to.name, "")),
                                                 s_or(o->audit.outcome, "")});
    }
    lo->count++;
    return 0;
}

static int check_format(const char *f, bool csv_ok)
{
    if (strcmp(f, "table") == 0 || strcmp(f, "json") == 0 || (csv_ok && strcmp(f, "csv") == 0))
        return 0;
    fprintf(stderr, "orderctl: unknown --format '%s' (table, json%s)\n", f, csv_ok ? ", csv" : "");
    return -1;
}

/* The start of a read command printing table or JSON: --format checked,
 * then the database with its schema. 0 or the exit code. */
static int open_read(struct ctx *c)
{
    if (check_format(c->format, false) < 0)
        return OD_EXIT_USAGE;
    return connect_db(c, true);
}

static int cmd_orders(struct ctx *c, const char *external_id)
{
    struct od_order_filter f = {
        .channel = c->channel, .external_id = external_id, .audit = c->audit, .limit = c->limit};
    struct list_out lo = {.format = c->format};
    static const char *const cols[] = {"ID",    "CHANNEL", "EXTERNAL_ID", "STATUS", "PLACED_AT",
                                       "TOTAL", "LINES",   "CUSTOMER",    "AUDIT",  NULL};
    int rc;

    if (check_format(c->format, true) < 0)
        return OD_EXIT_USAGE;
    if (c->audit && strcmp(c->audit, "approved") && strcmp(c->audit, "held") &&
        strcmp(c->audit, "rejected") && strcmp(c->audit, "pending")) {
        fprintf(stderr, "orderctl: --audit must be approved, held, rejected or pending\n");
        return OD_EXIT_USAGE;
    }
    if (f.limit < 0 || (f.limit == 0 && strcmp(c->format, "table") == 0 && !external_id))
        f.limit = 50;
    rc = connect_db(c, true);
    if (rc)
        return rc;
    if (strcmp(c->format, "table") == 0)
        lo.table = od_table_new(cols);
    if (strcmp(c->format, "json") == 0)
        printf("[\n");
    if (strcmp(c->format, "csv") == 0) {
        for (size_t i = 0; csv_header[i]; i++)
            printf("%s%s", i ? "," : "", csv_header[i]);
        printf("\r\n");
    }
    rc = od_store_orders(c->store, &f, on_order, &lo);
    if (strcmp(c->format, "json") == 0)
        printf("%s]\n", lo.count ? "\n" : "");
    if (lo.table) {
        od_table_print(lo.table, stdout);
        printf("(%zu order%s)\n", lo.count, lo.count == 1 ? "" : "s");
        od_table_free(lo.table);
    }
    if (rc < 0)
        return fail("orders");
    if (external_id && lo.count == 0) {
        fprintf(stderr, "orderctl: no order %s in channel %s\n", external_id, c->channel);
        return OD_EXIT_FAIL;
    }
    return OD_EXIT_OK;
}

static int on_order_detail(void *ud, const struct od_order *o)
{
    struct list_out *lo = ud;
    char buf[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];
    static const char *const cols[] = {"LINE",       "SKU",      "CHANNEL_SKU", "TITLE", "QTY",
                                       "UNIT_PRICE", "DISCOUNT", "TOTAL",       NULL};
    struct od_table *tb;

    if (strcmp(lo->format, "json") == 0)
        return on_order(ud, o);
    lo->count++;
    printf("order %lld  %s / %s  status %s (%s)\n", (long long)o->id, o->channel, o->external_id,
           od_status_name(o->status), s_or(o->channel_status, "-"));
    printf("  placed   %s\n",
           o->placed_at != OD_TIME_NONE ? od_display_time(o->placed_at, t) : "-");
    printf("  paid     %s\n", o->paid_at != OD_TIME_NONE ? od_display_time(o->paid_at, t) : "-");
    printf("  customer %s  %s  %s\n", s_or(o->customer.name, "-"), s_or(o->customer.phone, "-"),
           s_or(o->customer.email, "-"));
    printf("  ship to  %s  %s  %s %s %s %s %s\n", s_or(o->ship_to.name, "-"),
           s_or(o->ship_to.phone, "-"), s_or(o->ship_to.province, ""), s_or(o->ship_to.city, ""),
           s_or(o->ship_to.district, ""), s_or(o->ship_to.address, ""),
           s_or(o->ship_to.postal_code, ""));
    printf("  note     %s\n", s_or(o->buyer_note, "-"));
    orderctl_print_invoice(&o->invoice, "  ");
    printf("  subtotal %s", od_money_format(o->subtotal, buf));
    printf("  shipping %s", od_money_format(o->shipping, buf));
    printf("  discount %s", od_money_format(o->discount, buf));
    printf("  tax %s", od_money_format(o->tax, buf));
    printf("  total %s %s\n", od_money_format(o->total, buf), o->currency);
    printf("  audit    %s\n", s_or(o->audit.outcome, "-"));
    for (size_t i = 0; i < o->audit.n_reasons; i++)
        printf("    - %s: %s\n", s_or(o->audit.reasons[i].rule, "?"),
               s_or(o->audit.reasons[i].message, ""));
    if (o->extraction) {
        printf("  extraction\n");
        orderctl_print_extraction(o->extraction, "    ");
    }
    tb = od_table_new(cols);
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        char no[16], qty[32], up[OD_MONEY_STRLEN], di[OD_MONEY_STRLEN] = "", to[OD_MONEY_STRLEN];

        snprintf(no, sizeof(no), "%d", l->line_no);
        snprintf(qty, sizeof(qty), "%lld", (long long)l->qty);
        od_price_format(l->unit_price, up);
        if (l->discount != OD_MONEY_NONE)
            od_money_format(l->discount, di);
        od_money_format(l->total, to);
        od_table_row(tb, (const char *[]){no, s_or(l->sku, ""), s_or(l->channel_sku, ""),
                                          s_or(l->title, ""), qty, up, di, to});
    }
    od_table_print(tb, stdout);
    od_table_free(tb);
    return 0;
}

static int cmd_order(struct ctx *c, const char *channel, const char *external_id)
{
    struct od_order_filter f = {.channel = channel, .external_id = external_id};
    struct list_out lo = {.format = c->format};
    int rc;

    rc = open_read(c);
    if (rc)
        return rc;
    rc = od_store_orders(c->store, &f, on_order_detail, &lo);
    if (rc < 0)
        return fail("order");
    if (lo.count == 0) {
        fprintf(stderr, "orderctl: no order '%s' in channel '%s'\n", external_id, channel);
        return OD_EXIT_FAIL;
    }
    if (strcmp(c->format, "json") == 0)
        printf("\n");
    return OD_EXIT_OK;
}

/* ---- channels ----------------------------------------------------------- */

static void print_channels_json(const struct od_chanstatus *v, size_t n)
{
    struct json_object *arr = od_api_channels_json(v, n);

    printf("%s\n", od_api_json_text(arr));
    json_object_put(arr);
}

static void print_channels_table(const struct od_chanstatus *v, size_t n)
{
    static const char *const cols[] = {"CHANNEL", "KIND",     "ENABLED", "STATE", "LAST_POLL",
                                       "LAST_OK", "FAILURES", "BACKLOG", "ERROR", NULL};
    struct od_table *t = od_table_new(cols);

    for (size_t i = 0; i < n; i++) {
        char failures[32], backlog[32] = "-", at[2][OD_TIME_STRLEN];

        snprintf(failures, sizeof(failures), "%lld", (long long)v[i].failures);
        if (v[i].has_backlog)
            snprintf(backlog, sizeof(backlog), "%lld", (long long)v[i].backlog);
        od_table_row(t, (const char *[]){s_or(v[i].name, "-"), s_or(v[i].kind, "-"),
                                         v[i].enabled ? "yes" : "no", s_or(v[i].state, "-"),
                                         s_or(od_display_text(v[i].last_poll_at, at[0]), "-"),
                                         s_or(od_display_text(v[i].last_success_at, at[1]), "-"),
                                         failures, backlog, s_or(v[i].last_error, "-")});
    }
    od_table_print(t, stdout);
    od_table_free(t);
    for (size_t i = 0; i < n; i++)
        if (v[i].cursor)
            printf("cursor %s: %s\n", v[i].name, v[i].cursor);
    for (size_t i = 0; i < n; i++) {
        char at[OD_TIME_STRLEN];

        if (v[i].reconciled_at)
            printf("reconcile %s: %s %s\n", v[i].name, od_display_text(v[i].reconciled_at, at),
                   s_or(v[i].reconcile_result, "-"));
    }
}

static int cmd_channels(struct ctx *c)
{
    struct od_chanstatus *v = NULL;
    size_t n = 0;
    bool may_write = false;
    int rc;

    rc = open_read(c);
    if (rc)
        return rc;
    /* A reader (orderd_readonly, orderd_console) sees what is recorded. */
    if (od_store_may_write(c->store, "channels", &may_write) < 0 ||
        (may_write && od_store_sync_channels(c->store, c->cfg->channels, c->cfg->n_channels) < 0) ||
        od_chanstatus_list(c->store, &v, &n) < 0)
        return fail("channels");
    if (strcmp(c->format, "json") == 0)
        print_channels_json(v, n);
    else
        print_channels_table(v, n);
    /* Scriptable health: 1 while an enabled channel's last poll failed. */
    rc = OD_EXIT_OK;
    for (size_t i = 0; i < n; i++)
        if (v[i].enabled && v[i].state && strstr(v[i].state, "error"))
            rc = OD_EXIT_FAIL;
    od_chanstatus_list_free(v, n);
    return rc;
}

/* ---- stock -------------------------------------------------------------- */

static void print_mismatches(const struct od_stock_mismatch *v, size_t n, bool json)
{
    static const char *const cols[] = {"SKU",      "WAREHOUSE",    "ON_HAND",
                                       "RESERVED", "RESERVATIONS", NULL};
    struct json_object *arr = json ? json_object_new_array() : NULL;
    struct od_table *t = json ? NULL : od_table_new(cols);

    for (size_t i = 0; i < n; i++) {
        char oh[32] = "-", re[32], rs[32];

        if (v[i].on_hand >= 0)
            snprintf(oh, sizeof(oh), "%lld", (long long)v[i].on_hand);
        snprintf(re, sizeof(re), "%lld", (long long)v[i].reserved);
        snprintf(rs, sizeof(rs), "%lld", (long long)v[i].reservations);
        if (json) {
            struct json_object *o = json_object_new_object();

            json_object_object_add(o, "sku", json_object_new_string(v[i].sku));
            json_object_object_add(o, "warehouse", json_object_new_string(v[i].warehouse));
            json_object_object_add(o, "on_hand",
                                   v[i].on_hand >= 0 ? json_object_new_int64(v[i].on_hand) : NULL);
            json_object_object_add(o, "reserved", json_object_new_int64(v[i].reserved));
            json_object_object_add(o, "reservations", json_object_new_int64(v[i].reservations));
            json_object_array_add(arr, o);
        } else {
            od_table_row(t, (const char *[]){v[i].sku, v[i].warehouse, oh, re, rs});
        }
    }
    if (json) {
        printf("%s\n", json_object_to_json_string_ext(arr, JSON_C_TO_STRING_PRETTY |
                                                               JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(arr);
    } else if (n) {
        od_table_print(t, stdout);
    } else {
        printf("reserved matches the active reservations on every inventory row\n");
    }
    od_table_free(t);
}

/* stock verify [--repair]: exit 1 while a row's reserved differs from
 * its active reservations. */
static int cmd_stock_verify(struct ctx *c)
{
    struct od_stock_mismatch *v = NULL;
    bool json = strcmp(c->format, "json") == 0;
    int64_t fixed = 0;
    size_t n = 0;
    int rc;

    rc = open_read(c);
    if (rc)
        return rc;
    if (c->repair) {
        if (od_stock_repair(c->store, &fixed) < 0)
            return fail("stock verify --repair");
        fprintf(stderr,
                "orderctl: stock verify: reserved set from the reservations on %lld row%s\n",
                (long long)fixed, fixed == 1 ? "" : "s");
    }
    if (od_stock_verify(c->store, &v, &n) < 0)
        return fail("stock verify");
    print_mismatches(v, n, json);
    od_stock_mismatches_free(v, n);
    return n ? OD_EXIT_FAIL : OD_EXIT_OK;
}

/* ---- dead letters ------------------------------------------------------- */

static int cmd_dead_list(struct ctx *c)
{
    static const char *const cols[] = {"ID",      "CHANNEL",    "SOURCE", "STATE", "SEEN",
                                       "RETRIES", "FIRST_SEEN", "REASON", NULL};
    struct od_deadletter_filter f = {.channel = c->channel, .all = c->all, .limit = c->limit};
    struct od_deadletter_entry *v = NULL;
    size_t n = 0;
    int rc;

    rc = open_read(c);
    if (rc)
        return rc;
    if (od_deadletter_list(c->store, &f, &v, &n) < 0)
        return fail("deadletters");
    if (strcmp(c->format, "json") == 0) {
        struct json_object *arr = od_api_deadletters_json(v, n);

        printf("%s\n", od_api_json_text(arr));
        json_object_put(arr);
    } else {
        struct od_table *t = od_table_new(cols);

        for (size_t i = 0; i < n; i++) {
            char id[32], seen[32], retries[32], first[OD_TIME_STRLEN];

            snprintf(id, sizeof(id), "%lld", (long long)v[i].id);
            snprintf(seen, sizeof(seen), "%lld", (long long)v[i].seen_count);
            snprintf(retries, sizeof(retries), "%lld", (long long)v[i].retry_count);
            od_table_row(t, (const char *[]){id, v[i].channel, v[i].source_ref, v[i].state, seen,
                                             retries, od_display_seconds(v[i].first_seen, first),
                                             v[i].reason});
        }
        od_table_print(t, stdout);
        printf("(%zu dead letter%s)\n", n, n == 1 ? "" : "s");
        od_table_free(t);
    }
    od_deadletter_list_free(v, n);
    return OD_EXIT_OK;
}

/* Show non-UTF-8 raw bytes decoded from `charset` (default GB18030, the
 * usual encoding of Chinese exports); false when they do not decode. */
/* Print `n` bytes of customer text for a terminal: control characters
 * (C0 but tab, newline and the CR of a CRLF, DEL, and the C1 range
 * U+0080-U+009F encoded
 * in UTF-8) as \xHH, so that bytes from a customer's file cannot move
 * the cursor, retitle the window or hide lines (an ESC sequence). */
static void print_safe(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        if ((c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && i + 1 < n && s[i + 1] == '\n')) ||
            c == 0x7f) {
            printf("\\x%02x", c);
        } else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9f) {
            printf("\\u%04x", (unsigned char)s[i + 1]);
            i++;
        } else {
            putchar(c);
        }
    }
}

/* A field of the dead letter: label, then the value escaped. */
static void print_field(const char *label, const char *v)
{
    fputs(label, stdout);
    print_safe(v, strlen(v));
    putchar('\n');
}

static bool show_decoded(const char *raw, size_t len, const char *charset)
{
    struct od_conv *conv = NULL;
    struct od_buf text;
    bool ok = false;

    if (!charset)
        charset = "gb18030";
    od_buf_init(&text, len * 4 + 16);
    if (od_conv_open(charset, &conv) == 0 && od_conv_run(conv, raw, len, &text) == 0) {
        printf("raw (%zu bytes of %s, shown as UTF-8; --encoding to change):\n", len, charset);
        print_safe(text.data ? text.data : "", text.len);
        if (!text.len || text.data[text.len - 1] != '\n')
            putchar('\n');
        ok = true;
    }
    od_conv_free(conv);
    od_buf_free(&text);
    return ok;
}

/* A dead letter ID on the command line. */
static bool dead_id(const char *arg, int64_t *id)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(arg, &end, 10);
    if (!*arg || *end || errno)
        return false;
    *id = v;
    return true;
}

static void print_dead_json(const struct od_deadletter_entry *d)
{
    struct json_object *o = od_api_deadletter_json(d);

    printf("%s\n", od_api_json_text(o));
    json_object_put(o);
}

static int cmd_dead_show(struct ctx *c, const char *arg)
{
    struct od_deadletter_entry d;
    const char *raw;
    int rawlen;
    int64_t id = 0;
    int rc;

    memset(&d, 0, sizeof(d));
    rc = open_read(c);
    if (rc)
        return rc;
    if (!dead_id(arg, &id)) {
        fprintf(stderr, "orderctl: '%s' is not a dead letter ID\n", arg);
        return OD_EXIT_FAIL;
    }
    rc = od_deadletter_get(c->store, id, &d);
    if (rc == OD_ENOTFOUND) {
        fprintf(stderr, "orderctl: no dead letter %s\n", arg);
        return OD_EXIT_FAIL;
    }
    if (rc < 0)
        return fail("deadletters show");
    if (strcmp(c->format, "json") == 0) {
        print_dead_json(&d);
    } else {
        printf("dead letter %lld  channel %s  state %s\n", (long long)d.id, d.channel, d.state);
        /* Customer bytes reach these fields too: escaped (docs/operations.md). */
        print_field("source   ", d.source_ref);
        print_field("order    ", d.external_id ? d.external_id : "-");
        print_field("reason   ", d.reason);
        char first[OD_TIME_STRLEN], last[OD_TIME_STRLEN];

        printf("seen     %lld times, first %s, last %s; retried %lld times\n",
               (long long)d.seen_count, od_display_time(d.first_seen, first),
               od_display_time(d.last_seen, last), (long long)d.retry_count);
        if (d.last_retry_error)
            print_field("retry    last attempt failed: ", d.last_retry_error);
        if (d.discarded_by)
            print_field("discard  by ", d.discarded_by);
        raw = d.raw;
        rawlen = (int)d.raw_len;
        if (raw && od_utf8_valid(raw, d.raw_len, NULL)) {
            printf("raw (%d bytes):\n", rawlen);
            print_safe(raw, d.raw_len);
            if (!rawlen || raw[rawlen - 1] != '\n')
                putchar('\n');
        } else if (raw && show_decoded(raw, d.raw_len, c->encoding)) {
            /* shown */
        } else if (raw) {
            printf("raw (%d bytes, not UTF-8; shown as hex):\n", rawlen);
            for (int i = 0; i < rawlen; i++)
                printf("%02x%s", (unsigned char)raw[i],
                       (i % 32 == 31 || i == rawlen - 1) ? "\n" : " ");
        }
    }
    od_deadletter_clear(&d);
    return OD_EXIT_OK;
}

/* After a failed retry of dead letter `id`: when its channel is one that
 * was left out as broken (or may be), that is the error detail instead. */
static void explain_broken(struct ctx *c, int64_t id)
{
    struct od_deadletter_entry d;
    char why[1024], saved[1024];

    if (c->cfg->n_broken == 0)
        return;
    snprintf(saved, sizeof(saved), "%s", od_error_last());
    memset(&d, 0, sizeof(d));
    if (od_deadletter_get(c->store, id, &d) == 0 && d.channel &&
        !od_config_channel(c->cfg, d.channel) &&
        od_cli_broken_reason(c->cfg, d.channel, why, sizeof(why)))
        od_error_set(OD_ECONFIG, "%s", why);
    else
        od_error_set(OD_EINVAL, "%s", saved);
    od_deadletter_clear(&d);
}

/* Retry one dead letter: re-parse its raw bytes with the channel's
 * current configuration; on success its orders are stored and it is
 * resolved in the same transaction. */
static int retry_one(struct ctx *c, const char *arg)
{
    struct od_deadletter_retry res;
    int64_t id = 0;

    if (!dead_id(arg, &id))
        return od_error_set(OD_EINVAL, "'%s' is not a dead letter ID", arg);
    if (od_deadletter_retry(c->store, c->cfg, c->rules, id, &res) < 0) {
        explain_broken(c, id);
        return -1;
    }
    printf("dead letter %s: resolved (%zu order%s stored: %d new, %d updated)\n", arg, res.n_orders,
           res.n_orders == 1 ? "" : "s", res.n_new, res.n_updated);
    return 0;
}

static int cmd_dead_retry(struct ctx *c, char **ids, int n)
{
    struct od_cli_progress *pl = NULL;
    int64_t *open = NULL;
    size_t n_open = 0;
    int failed = 0, done = 0, total = 0;
    int rc;

    if (od_cli_channel_broken(c->cfg, "orderctl", "deadletters retry", c->channel))
        return OD_EXIT_USAGE;
    rc = connect_db(c, true);
    if (rc)
        return rc;
    if (c->all) {
        if (od_deadletter_open_ids(c->store, c->channel, &open, &n_open) < 0)
            return fail("deadletters retry");
        n = (int)n_open;
    } else if (n == 0) {
        fprintf(stderr, "orderctl: deadletters retry needs IDs or --all\n");
        return OD_EXIT_USAGE;
    }
    if (c->all)
        pl = od_cli_progress_start("deadletters retry", "dead letters",
                                   c->quiet ? OD_PROGRESS_QUIET : OD_PROGRESS_AUTO);
    for (int i = 0; i < n; i++) {
        char arg[32];

        od_cli_progress_clear(pl); /* before the line this retry prints */
        if (open)
            snprintf(arg, sizeof(arg), "%lld", (long long)open[i]);
        total++;
        if (retry_one(c, open ? arg : ids[i]) < 0) {
            fprintf(stderr, "dead letter %s: still failing: %s\n", open ? arg : ids[i],
                    od_error_last());
            failed++;
        } else {
            done++;
        }
        od_cli_progress_update(pl, (uint64_t)(i + 1), (double)(i + 1) / (double)n);
    }
    od_cli_progress_end(pl);
    free(open);
    printf("retry: %d resolved, %d still failing, of %d\n", done, failed, total);
    return failed ? OD_EXIT_FAIL : OD_EXIT_OK;
}

/* Close dead letters that hold no order (a newsletter in the order
 * mailbox, a test file): kept with the operator's reason and name (the
 * OS user, never one the caller picks), never retried. */
static int cmd_dead_discard(struct ctx *c, char **ids, int n)
{
    int rc, failed = 0;

    if (n == 0 || !c->reason || !*c->reason) {
        fprintf(stderr, "orderctl: deadletters discard needs IDs and --reason TEXT\n");
        return OD_EXIT_USAGE;
    }
    rc = connect_db(c, true);
    if (rc)
        return rc;
    for (int i = 0; i < n; i++) {
        int64_t id = 0;

        if (!dead_id(ids[i], &id)) {
            fprintf(stderr, "orderctl: '%s' is not a dead letter ID\n", ids[i]);
            failed++;
            continue;
        }
        rc = od_deadletter_discard(c->store, id, orderctl_actor(), c->reason);
        if (rc == OD_ENOTFOUND) {
            fprintf(stderr, "orderctl: no open dead letter %s\n", ids[i]);
            failed++;
        } else if (rc < 0) {
            return fail("deadletters discard");
        } else {
            printf("dead letter %s: discarded\n", ids[i]);
        }
    }
    return failed ? OD_EXIT_FAIL : OD_EXIT_OK;
}

static int cmd_extract(const struct ctx *c, char **files, int n)
{
    struct extract_opts eo = {.format = c->format,
                              .channel = c->channel,
                              .config_path = c->config_path,
                              .sender = c->sender};

    return orderctl_extract(files, n, &eo);
}

/* The options, one row each: getopt_long's table and the short options
 * are built from it, and a row says where its value goes in struct ctx. */
enum opt_kind {
    OPT_TEXT,    /* const char * = optarg */
    OPT_FLAG,    /* bool = true */
    OPT_LIMIT,   /* long long, positive */
    OPT_HELP,    /* print the usage, exit 0 */
    OPT_VERSION, /* print the version, exit 0 */
};

struct opt_row {
    const char *name;
    char short_name; /* 0 = long only */
    enum opt_kind kind;
    size_t offset; /* into struct ctx; OPT_TEXT, OPT_FLAG, OPT_LIMIT */
};

#define CTX(f) offsetof(struct ctx, f)

static const struct opt_row opt_rows[] = {
    {"config", 'c', OPT_TEXT, CTX(config_path)},
    {"format", 'f', OPT_TEXT, CTX(format)},
    {"channel", 0, OPT_TEXT, CTX(channel)},
    {"audit", 0, OPT_TEXT, CTX(audit)},
    {"limit", 0, OPT_LIMIT, CTX(limit)},
    {"all", 0, OPT_FLAG, CTX(all)},
    {"encoding", 0, OPT_TEXT, CTX(encoding)},
    {"reason", 0, OPT_TEXT, CTX(reason)},
    {"note", 0, OPT_TEXT, CTX(note)},
    {"force", 0, OPT_FLAG, CTX(force)},
    {"since", 0, OPT_TEXT, CTX(since)},
    {"rules", 0, OPT_TEXT, CTX(rules_file)},
    {"sender", 0, OPT_TEXT, CTX(sender)},
    {"until", 0, OPT_TEXT, CTX(until)},
    {"status", 0, OPT_TEXT, CTX(status)},
    {"output", 'o', OPT_TEXT, CTX(output)},
    {"quiet", 'q', OPT_FLAG, CTX(quiet)},
    {"repair", 0, OPT_FLAG, CTX(repair)},
    {"date", 0, OPT_TEXT, CTX(date)},
    {"week", 0, OPT_TEXT, CTX(week)},
    {"from", 0, OPT_TEXT, CTX(from)},
    {"to", 0, OPT_TEXT, CTX(to)},
    {"table", 0, OPT_TEXT, CTX(table)},
    {"lang", 0, OPT_TEXT, CTX(lang)},
    {"mail", 0, OPT_FLAG, CTX(mail)},
    {"no-roles", 0, OPT_FLAG, CTX(no_roles)},
    {"role", 0, OPT_TEXT, CTX(role)},
    {"help", 'h', OPT_HELP, 0},
    {"version", 0, OPT_VERSION, 0},
};

#undef CTX

#define N_OPTS (sizeof(opt_rows) / sizeof(opt_rows[0]))
_Static_assert(N_OPTS <= 32, "struct ctx.given has a bit per option");

/* The options each command takes besides --config, --quiet, --help and
 * --version; any other option given is refused (exit 2), not ignored.
 * `sub` NULL: whatever the next word is. */
static const struct {
    const char *cmd, *sub, *opts;
} takes[] = {
    {"migrate", NULL, "no-roles"},
    {"orders", NULL, "channel audit limit format"},
    {"order", NULL, "format"},
    {"channels", NULL, "format"},
    {"channel", NULL, ""},
    {"import", NULL, "encoding"},
    {"deadletters", "list", "channel all limit format"},
    {"deadletters", "show", "format encoding"},
    {"deadletters", "retry", "all channel"},
    {"deadletters", "discard", "reason"},
    {"review", "list", "channel limit format"},
    {"user", "add", "role"},
    {"user", "list", "format"},
    {"user", "passwd", ""},
    {"user", "disable", ""},
    {"review", "show", "format"},
    {"review", "approve", "note force"},
    {"review", "reject", "reason"},
    {"audit", NULL, "rules since channel format"},
    {"extract", NULL, "channel sender format"},
    {"stock", NULL, "repair format"},
    {"invoices", NULL, "since until status channel limit format output"},
    {"report", "daily", "date channel format table lang output mail"},
    {"report", "weekly", "week channel format table lang output"},
    {"report", "range", "from to channel format table lang output"},
    {"reconcile", NULL, "since until format"},
};

/* true when `word` is one of the space-separated words of `list`. */
static bool word_in(const char *list, const char *word)
{
    size_t n = strlen(word);

    for (const char *p = list; (p = strstr(p, word)) != NULL; p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
    return false;
}

static int check_taken(const struct ctx *c, const char *cmd, const char *sub)
{
    size_t j = 0, n = sizeof(takes) / sizeof(takes[0]);

    while (j < n && !(strcmp(takes[j].cmd, cmd) == 0 &&
                      (!takes[j].sub || (sub && strcmp(takes[j].sub, sub) == 0))))
        j++;
    if (j == n)
        return 0; /* not a command: the dispatcher prints the usage */
    for (size_t i = 0; i < N_OPTS; i++) {
        const char *name = opt_rows[i].name;

        if (!(c->given & (UINT32_C(1) << i)) || word_in("config quiet help version", name) ||
            word_in(takes[j].opts, name))
            continue;
        fprintf(stderr, "orderctl: %s%s%s does not take --%s\n", cmd, takes[j].sub ? " " : "",
                takes[j].sub ? takes[j].sub : "", name);
        return OD_EXIT_USAGE;
    }
    return 0;
}

/* Parse the options (before or after the command words: getopt_long
 * moves the operands to the end) into `c`. Returns -1 to go on, else the
 * exit code (help, version, a bad option). */
static int parse_options(int argc, char **argv, struct ctx *c)
{
    struct option opts[N_OPTS + 1];
    char shorts[2 * N_OPTS + 1];
    size_t ns = 0;
    int opt;

    memset(opts, 0, sizeof(opts));
    for (size_t i = 0; i < N_OPTS; i++) {
        const struct opt_row *r = &opt_rows[i];
        bool arg = r->kind == OPT_TEXT || r->kind == OPT_LIMIT;

        opts[i] = (struct option){r->name, arg ? required_argument : no_argument, NULL,
                                  r->short_name ? r->short_name : 256 + (int)i};
        if (r->short_name) {
            shorts[ns++] = r->short_name;
            if (arg)
                shorts[ns++] = ':';
        }
    }
    shorts[ns] = '\0';
    while ((opt = getopt_long(argc, argv, shorts, opts, NULL)) != -1) {
        const struct opt_row *r = NULL;
        char *field;

        for (size_t i = 0; i < N_OPTS && !r; i++)
            if (opts[i].val == opt)
                r = &opt_rows[i];
        if (!r) {
            usage(stderr);
            return OD_EXIT_USAGE;
        }
        c->given |= UINT32_C(1) << (r - opt_rows);
        field = (char *)c + r->offset;
        switch (r->kind) {
        case OPT_TEXT:
            *(const char **)field = optarg;
            break;
        case OPT_FLAG:
            *(bool *)field = true;
            break;
        case OPT_LIMIT: {
            char *end;
            long long v;

            errno = 0;
            v = strtoll(optarg, &end, 10);
            if (errno || !*optarg || *end || v <= 0) {
                fprintf(stderr, "orderctl: --%s needs a positive number\n", r->name);
                return OD_EXIT_USAGE;
            }
            *(long long *)field = v;
            break;
        }
        case OPT_HELP:
            usage(stdout);
            return OD_EXIT_OK;
        case OPT_VERSION:
            printf("orderctl %s\n", ORDERD_VERSION);
            return OD_EXIT_OK;
        }
    }
    return -1;
}

int main(int argc, char **argv)
{
    struct ctx c = {.config_path = "/etc/orderd/orderd.yaml", .format = "table"};
    const char *cmd;
    int rc;

    if (od_cli_doc_worker(argc, argv, &rc)) /* first: the document worker's child */
        return rc;
    rc = parse_options(argc, argv, &c);
    if (rc >= 0)
        return rc;
    if (optind >= argc) {
        usage(stderr);
        return OD_EXIT_USAGE;
    }
    cmd = argv[optind++];
    rc = check_taken(&c, cmd, optind < argc ? argv[optind] : NULL);
    if (rc)
        return rc;
    if (strcmp(cmd, "extract") == 0) /* reads the configuration only for --channel */
        return cmd_extract(&c, argv + optind, argc - optind);
    /* A broken channel file leaves out its channel (with a warning); only
     * the commands that need that channel refuse. */
    c.cfg = od_cli_load_config_tolerant(c.config_path, "orderctl", &c.rules);
    if (!c.cfg)
        return OD_EXIT_USAGE;
    od_display_init(c.cfg->display_timezone);
    if (strcmp(cmd, "migrate") == 0 && optind == argc) {
        rc = cmd_migrate(&c);
    } else if (strcmp(cmd, "orders") == 0 && optind == argc) {
        rc = cmd_orders(&c, NULL);
    } else if (strcmp(cmd, "order") == 0 && optind + 2 == argc) {
        rc = cmd_order(&c, argv[optind], argv[optind + 1]);
    } else if (strcmp(cmd, "invoices") == 0 && optind == argc) {
        struct invoices_opts io = {.format = c.format,
                                   .channel = c.channel,
                                   .since = c.since,
                                   .until = c.until,
                                   .status = c.status,
                                   .output = c.output,
                                   .limit = c.limit};

        rc = orderctl_invoices_check(&io);
        if (rc == 0)
            rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_invoices(c.store, &io);
    } else if (strcmp(cmd, "report") == 0 && optind + 1 == argc &&
               (strcmp(argv[optind], "daily") == 0 || strcmp(argv[optind], "weekly") == 0 ||
                strcmp(argv[optind], "range") == 0)) {
        struct report_opts ro = {.kind = argv[optind],
                                 .date = c.date,
                                 .week = c.week,
                                 .from = c.from,
                                 .to = c.to,
                                 .channel = c.channel,
                                 .format = c.format,
                                 .table = c.table,
                                 .lang = c.lang,
                                 .mail = c.mail,
                                 .mail_settings = &c.cfg->reports_mail,
                                 .mail_dir = c.cfg->reports_dir,
                                 .output = c.output,
                                 .rules = c.rules,
                                 .tz = c.cfg->reports_timezone ? c.cfg->reports_timezone
                                                               : od_display_zone()};

        rc = orderctl_report_check(&ro);
        if (rc == 0)
            rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_report(c.store, &ro);
    } else if (strcmp(cmd, "reconcile") == 0 && optind + 1 == argc) {
        struct reconcile_opts ro = {.format = c.format, .since = c.since, .until = c.until};

        rc = orderctl_reconcile_check(&ro);
        if (rc == 0)
            rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_reconcile(c.store, c.cfg, c.rules, argv[optind], &ro);
    } else if (strcmp(cmd, "channels") == 0 && optind == argc) {
        rc = cmd_channels(&c);
    } else if (strcmp(cmd, "stock") == 0 && optind + 1 == argc &&
               strcmp(argv[optind], "verify") == 0) {
        rc = cmd_stock_verify(&c);
    } else if (strcmp(cmd, "channel") == 0 && optind + 2 == argc &&
               strcmp(argv[optind], "token") == 0) {
        rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_channel_token(c.store, c.cfg, argv[optind + 1]);
    } else if (strcmp(cmd, "import") == 0 && optind + 2 == argc) {
        rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_import(c.store, argv[optind], argv[optind + 1], c.encoding, c.quiet);
    } else if (strcmp(cmd, "review") == 0 && optind < argc) {
        const char *sub = argv[optind++];
        struct review_opts ro = {.format = c.format,
                                 .channel = c.channel,
                                 .limit = c.limit,
                                 .note = c.note,
                                 .reason = c.reason,
                                 .force = c.force,
                                 .cfg = c.cfg};
        bool known = (strcmp(sub, "list") == 0 && optind == argc) ||
                     (strcmp(sub, "show") == 0 && optind + 1 == argc) ||
                     (strcmp(sub, "approve") == 0 && optind + 1 == argc) ||
                     (strcmp(sub, "reject") == 0 && optind + 1 == argc);

        if (!known) {
            usage(stderr);
            rc = OD_EXIT_USAGE;
        } else if ((rc = connect_db(&c, true)) != 0) {
            /* printed */
        } else if (strcmp(sub, "list") == 0) {
            rc = orderctl_review_list(c.store, &ro);
        } else if (strcmp(sub, "show") == 0) {
            rc = orderctl_review_show(c.store, argv[optind], &ro);
        } else if (strcmp(sub, "approve") == 0) {
            rc = orderctl_review_approve(c.store, c.rules, argv[optind], &ro);
        } else {
            rc = orderctl_review_reject(c.store, argv[optind], &ro);
        }
    } else if (strcmp(cmd, "audit") == 0 && optind + 1 == argc &&
               strcmp(argv[optind], "replay") == 0) {
        char since[OD_TIME_STRLEN];
        struct review_opts ro = {.format = c.format,
                                 .channel = c.channel,
                                 .since = c.since ? since : NULL,
                                 .rules = c.rules_file,
                                 .cfg = c.cfg,
                                 .quiet = c.quiet};

        /* A date the clerk types is a day in display.timezone. */
        if (c.since && od_display_arg(c.since, since) < 0) {
            fprintf(stderr, "orderctl: --since: %s\n", od_error_last());
            rc = OD_EXIT_USAGE;
        } else {
            rc = connect_db(&c, true);
            if (rc == 0)
                rc = orderctl_audit_replay(c.store, &ro);
        }
    } else if (strcmp(cmd, "user") == 0 && optind < argc) {
        rc = connect_db(&c, true);
        if (rc == 0)
            rc = orderctl_user(c.store, argv + optind, argc - optind, c.role, c.format);
    } else if (strcmp(cmd, "deadletters") == 0 && optind < argc) {
        const char *sub = argv[optind++];

        if (strcmp(sub, "list") == 0 && optind == argc) {
            rc = cmd_dead_list(&c);
        } else if (strcmp(sub, "show") == 0 && optind + 1 == argc) {
            rc = cmd_dead_show(&c, argv[optind]);
        } else if (strcmp(sub, "retry") == 0) {
            rc = cmd_dead_retry(&c, argv + optind, argc - optind);
        } else if (strcmp(sub, "discard") == 0) {
            rc = cmd_dead_discard(&c, argv + optind, argc - optind);
        } else {
            usage(stderr);
            rc = OD_EXIT_USAGE;
        }
    } else {
        fprintf(stderr, "orderctl: unknown command or wrong arguments: %s\n", cmd);
        usage(stderr);
        rc = OD_EXIT_USAGE;
    }
    od_store_close(c.store);
    od_config_free(c.cfg);
    od_rules_free(c.rules);
    return rc;
}
