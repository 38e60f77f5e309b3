/* The clerk's report (docs/reports.md): the figures of one period in a
 * time zone, optionally of one channel, computed by a few set-based
 * statements into a struct that orderctl prints as a table, JSON or CSV
 * (report_out.c) and that the HTML page and the morning mail render.
 *
 * Reads (and only reads) orders, order_lines, stock_reservations,
 * inventory, dead_letters, ingest_runs and channels, in one REPEATABLE
 * READ READ ONLY transaction, so every figure sees the same moment; the
 * read-only role suffices.
 *
 * Orders belong to the period of their placed_at; an order without
 * placed_at belongs to none. Amounts are never summed across currencies.
 * The stock section is the state at the time of the report (inventory
 * and holds have no history), over every channel.
 *
 * Ownership: od_report_compute's *out is the caller's (od_report_free);
 * every string in it belongs to the report. */
#ifndef OD_REPORT_H
#define OD_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "reportperiod.h"
#include "timeutil.h"

struct od_store;
struct od_rules;
struct od_buf;
struct json_object;

/* Orders and amounts of one channel in one currency, in the period and
 * in the previous one (same length, right before). */
struct od_report_amounts {
    char *channel;
    char currency[4];
    int64_t orders, prev_orders;
    od_money amount, prev_amount;
};

/* Orders placed on one day (in the zone) in one channel. */
struct od_report_day {
    char date[OD_DATE_STRLEN];
    char *channel;
    int64_t orders;
};

/* A rule that holds orders of the period: its id, its most frequent
 * message, and how many held orders it holds. */
struct od_report_reason {
    char *rule;
    char *message;
    int64_t count;
};

/* An order of the period or before (outcome "held", "pending", or what a
 * person decided after the period's end). */
struct od_report_order {
    int64_t id;
    char *channel;
    char *external_id;
    char *outcome;
    od_time placed_at;
    od_time decided_at;  /* OD_TIME_NONE when undecided */
    int64_t age_seconds; /* waiting: from placed_at to the period's end (or now) */
};

/* A (sku, warehouse) whose active reservations plus the demand of held
 * and pending orders exceed on_hand. */
struct od_report_short {
    char *sku;
    char *warehouse;
    int64_t on_hand, reserved, held_demand, shortfall;
    char **orders; /* CHANNEL/EXTERNAL_ID of the held orders, oldest first */
    size_t n_orders;
};

/* Days of cover of a SKU ordered in the period, over every warehouse:
 * (on_hand - reserved) / (demand / days). */
struct od_report_cover {
    char *sku;
    int64_t on_hand, reserved, demand;
    double days; /* one decimal; negative when more is reserved than on hand;
                    0 without demand */
};

struct od_report_sku {
    char *sku;
    char currency[4]; /* by amount only; "" by quantity */
    int64_t qty, orders;
    od_money amount; /* by amount only */
};

struct od_report_dead {
    char *channel;
    int64_t opened, closed, open_at_end;
};

/* A channel with failed polls (ingest runs) started in the period. */
struct od_report_failure {
    char *channel;
    char *state;      /* the channel's state now */
    char *last_error; /* NULL when none */
    int64_t runs, failed_runs;
    od_time first_failed_at, last_failed_at;
    int64_t down_seconds; /* from each failed run to the next run, or the period's end */
};

#define OD_REPORT_LIST_MAX 50 /* rows of waiting, shortfall orders, rush, cover */
#define OD_REPORT_TOP_MAX  10 /* rows of hold reasons and top SKUs */

struct od_report {
    struct od_report_period period, prev;
    char *channel; /* the filter, or NULL */
    od_time generated_at;

    struct od_report_amounts *amounts;
    size_t n_amounts;
    struct od_report_day *daily;
    size_t n_daily;

    struct {
        int64_t approved, held, rejected, pending, total;
        int64_t median_decision_seconds; /* -1: no decided order */
    } audit;
    struct od_report_reason *reasons;
    size_t n_reasons;
    struct od_report_order *waiting; /* oldest first, at most OD_REPORT_LIST_MAX */
    size_t n_waiting;
    int64_t waiting_total;

    struct od_report_short *shortfall;
    size_t n_shortfall;
    struct od_report_cover *cover; /* lowest cover first */
    size_t n_cover;

    struct od_report_sku *top_qty, *top_amount;
    size_t n_top_qty, n_top_amount;

    struct od_report_order *rush; /* urgent orders of the period, oldest first */
    size_t n_rush;

    struct od_report_dead *dead;
    size_t n_dead;
    struct od_report_failure *failures;
    size_t n_failures;
};

/* Compute the report of period `p` (channel NULL = all) as of `now`.
 * `rules` (borrowed, may be NULL): the reasons of its rules that only tag
 * or set a priority are left out of the hold reasons. OD_EDB for the
 * database, OD_ENOMEM. *out is set only on success. */
int od_report_compute(struct od_store *s, const struct od_report_period *p, const char *channel,
                      const struct od_rules *rules, od_time now, struct od_report **out);

void od_report_free(struct od_report *r);

/* The change from `prev` to `cur` in per cent, rounded to one decimal;
 * false when prev is 0 (no percentage). */
bool od_report_change(int64_t prev, int64_t cur, double *pct);

/* ---- output (report_out.c) ---- */

/* The JSON object of docs/reports.md: times RFC 3339 in the report's
 * zone, amounts decimal strings, counts integers. Caller owns *out. */
int od_report_to_json(const struct od_report *r, struct json_object **out);

/* The CSV tables (NULL-terminated): orders, audit, stock, skus,
 * deadletters. */
extern const char *const od_report_csv_tables[];

/* Append table `table` as CSV to `b`: a UTF-8 byte order mark, a header
 * record, the rows, each record ending in CRLF; a text cell starting
 * with = + - @ (or a tab or CR) gets a leading ' so that a spreadsheet
 * does not run it. OD_EINVAL for an unknown table, OD_ETOOBIG past b's
 * cap. */
int od_report_csv(const struct od_report *r, const char *table, struct od_buf *b);

/* ---- HTML (report_html.c) ---- */

/* Append `s` to `b` with & < > " ' as character references. */
int od_html_escape(struct od_buf *b, const char *s);

/* The length of a bar for `v` when `max` gets `width`, rounded; 0 for
 * v <= 0 or max <= 0. */
int od_report_bar_len(double v, double max, int width);

/* Append the report as one self-contained HTML page (inline CSS and SVG,
 * no script, no external reference) to `b`; lang "zh" (NULL) or "en".
 * OD_EINVAL for another lang, OD_ENOMEM, OD_ETOOBIG past b's cap. */
int od_report_html(const struct od_report *r, const char *lang, struct od_buf *b);

/* The mail's subject ("订单日报 2026-11-20") and its plain-text summary
 * (the headline figures), with the labels of the page in `lang`. */
int od_report_subject(const struct od_report *r, const char *lang, struct od_buf *b);
int od_report_summary(const struct od_report *r, const char *lang, struct od_buf *b);

#endif
