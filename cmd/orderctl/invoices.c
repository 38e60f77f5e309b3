/* orderctl's invoice requests (see invoices.h). */
#include "invoices.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "display.h"
#include "error.h"
#include "invoicelist.h"
#include "table.h"

static const char *s_or(const char *s, const char *d)
{
    return s && *s ? s : d;
}

void orderctl_print_invoice(const struct od_invoice *v, const char *indent)
{
    if (!v->type)
        return;
    printf("%sinvoice  %s %s  title %s  tax_id %s\n", indent, v->type, s_or(v->medium, "-"),
           s_or(v->title, "-"), s_or(v->tax_id, "-"));
    if (v->address || v->phone || v->bank || v->account)
        printf("%s         address %s  phone %s  bank %s  account %s\n", indent,
               s_or(v->address, "-"), s_or(v->phone, "-"), s_or(v->bank, "-"),
               s_or(v->account, "-"));
    if (v->email)
        printf("%s         email %s\n", indent, v->email);
}

static int parse_when(const char *name, const char *v, od_time *out)
{
    *out = OD_TIME_NONE;
    if (!v)
        return 0;
    /* A date the clerk types is a day in display.timezone. */
    if (od_time_parse(v, strlen(v), od_display_zone(), out) < 0) {
        fprintf(stderr, "orderctl: --%s: %s\n", name, od_error_last());
        return -1;
    }
    return 0;
}

int orderctl_invoices_check(const struct invoices_opts *o)
{
    od_time t;

    if (strcmp(o->format, "table") && strcmp(o->format, "csv") && strcmp(o->format, "json")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, csv, json)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if (o->status && strcmp(o->status, "requested") && strcmp(o->status, "all")) {
        fprintf(stderr, "orderctl: --status must be requested or all\n");
        return OD_EXIT_USAGE;
    }
    if (parse_when("since", o->since, &t) < 0 || parse_when("until", o->until, &t) < 0)
        return OD_EXIT_USAGE;
    return 0;
}

struct inv_out {
    const char *format;
    FILE *f;
    struct od_table *table;
    struct od_buf row;
    size_t count;
};

static int on_invoice(void *ud, const struct od_order *o)
{
    struct inv_out *io = ud;
    int rc = 0;

    if (strcmp(io->format, "csv") == 0) {
        od_buf_reset(&io->row);
        rc = od_invoice_csv_row(&io->row, o, od_display_zone());
        if (rc == 0)
            fwrite(io->row.data, 1, io->row.len, io->f);
    } else if (strcmp(io->format, "json") == 0) {
        struct json_object *j = NULL;

        rc = od_invoice_row_json(o, &j);
        if (rc == 0)
            od_display_json(j);
        if (rc == 0)
            fprintf(io->f, "%s%s", io->count ? ",\n" : "",
                    json_object_to_json_string_ext(j, JSON_C_TO_STRING_PRETTY |
                                                          JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(j);
    } else {
        const struct od_invoice *v = &o->invoice;
        char id[32], total[OD_MONEY_STRLEN + 8], placed[OD_TIME_STRLEN] = "";

        snprintf(id, sizeof(id), "%lld", (long long)o->id);
        od_money_format(o->total, total);
        snprintf(total + strlen(total), 8, " %s", o->currency);
        if (o->placed_at != OD_TIME_NONE)
            od_display_time(o->placed_at, placed);
        od_table_row(io->table, (const char *[]){id, o->channel, o->external_id, v->type,
                                                 s_or(v->title, ""), s_or(v->tax_id, ""), total,
                                                 placed, s_or(o->audit.outcome, "")});
    }
    io->count++;
    return rc;
}

int orderctl_invoices(struct od_store *s, const struct invoices_opts *o)
{
    static const char *const cols[] = {"ID",     "CHANNEL", "EXTERNAL_ID", "TYPE",  "TITLE",
                                       "TAX_ID", "TOTAL",   "PLACED_AT",   "AUDIT", NULL};
    struct od_invoice_filter f = {.channel = o->channel,
                                  .all = o->status && strcmp(o->status, "all") == 0,
                                  .limit = o->limit};
    struct inv_out io = {.format = o->format, .f = stdout};
    int rc = OD_EXIT_OK, lrc;

    parse_when("since", o->since, &f.since); /* checked by orderctl_invoices_check */
    parse_when("until", o->until, &f.until);
    od_buf_init(&io.row, 1 << 20);
    if (o->output && !(io.f = fopen(o->output, "w"))) {
        fprintf(stderr, "orderctl: %s: %s\n", o->output, strerror(errno));
        rc = OD_EXIT_FAIL;
        goto out;
    }
    if (strcmp(o->format, "table") == 0)
        io.table = od_table_new(cols);
    if (strcmp(o->format, "json") == 0)
        fprintf(io.f, "[\n");
    if (strcmp(o->format, "csv") == 0 && od_invoice_csv_head(&io.row) == 0)
        fwrite(io.row.data, 1, io.row.len, io.f);
    lrc = od_invoice_list(s, &f, on_invoice, &io);
    if (strcmp(o->format, "json") == 0)
        fprintf(io.f, "%s]\n", io.count ? "\n" : "");
    if (io.table) {
        od_table_print(io.table, io.f);
        fprintf(io.f, "(%zu invoice request%s)\n", io.count, io.count == 1 ? "" : "s");
    }
    if (lrc < 0) {
        fprintf(stderr, "orderctl: invoices: %s\n", od_error_last());
        rc = OD_EXIT_FAIL;
    }
    if (fflush(io.f) != 0 || ferror(io.f)) {
        fprintf(stderr, "orderctl: %s: write failed\n", o->output ? o->output : "stdout");
        rc = OD_EXIT_FAIL;
    }
out:
    if (io.f && io.f != stdout && fclose(io.f) != 0 && rc == OD_EXIT_OK) {
        fprintf(stderr, "orderctl: %s: %s\n", o->output, strerror(errno));
        rc = OD_EXIT_FAIL;
    }
    od_table_free(io.table);
    od_buf_free(&io.row);
    return rc;
}
