/* The report as one self-contained HTML page (docs/reports.md): inline
 * CSS, inline SVG bar charts, no script and no external reference; every
 * text from the data is escaped. Labels in Chinese or English from one
 * table. */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

enum lbl {
    L_TITLE,
    L_PERIOD,
    L_GENERATED,
    L_ORDERS_CHART,
    L_ORDERS_DAY_CHART,
    L_REASONS,
    L_COVER,
    L_CHANNELS,
    L_CHANNEL,
    L_CURRENCY,
    L_ORDERS,
    L_PREV_ORDERS,
    L_AMOUNT,
    L_PREV_AMOUNT,
    L_CHANGE,
    L_AUDIT,
    L_OUTCOME,
    L_COUNT,
    L_RATE,
    L_TOTAL,
    L_MEDIAN,
    L_NO_DECISION,
    L_APPROVED,
    L_HELD,
    L_REJECTED,
    L_PENDING,
    L_RULE,
    L_HELD_ORDERS,
    L_MESSAGE,
    L_WAITING,
    L_ID,
    L_EXTERNAL_ID,
    L_PLACED_AT,
    L_AGE,
    L_SHORTFALL,
    L_SKU,
    L_WAREHOUSE,
    L_ON_HAND,
    L_RESERVED,
    L_HELD_DEMAND,
    L_SHORT,
    L_WAITING_ORDERS,
    L_TOP_QTY,
    L_TOP_AMOUNT,
    L_QTY,
    L_RUSH,
    L_DECIDED,
    L_YES,
    L_NO,
    L_DEAD,
    L_OPENED,
    L_CLOSED,
    L_OPEN_AT_END,
    L_FAILURES,
    L_STATE,
    L_RUNS,
    L_FAILED_RUNS,
    L_DOWN,
    L_LAST_ERROR,
    L_NONE,
    L_SUBJECT,
    L_SEE_HTML,
    L_N
};

/* Every label in both languages: [zh, en]. */
static const char *const labels[L_N][2] = {
    [L_TITLE] = {"订单报告", "Order report"},
    [L_PERIOD] = {"期间", "Period"},
    [L_GENERATED] = {"生成时间", "Generated"},
    [L_ORDERS_CHART] = {"各渠道订单数", "Orders per channel"},
    [L_ORDERS_DAY_CHART] = {"每日各渠道订单数", "Orders per channel per day"},
    [L_REASONS] = {"主要暂扣原因", "Top hold reasons"},
    [L_COVER] = {"库存可用天数", "Stock days of cover"},
    [L_CHANNELS] = {"各渠道订单与金额（与上期比较）",
                    "Orders and amounts per channel (against the previous period)"},
    [L_CHANNEL] = {"渠道", "Channel"},
    [L_CURRENCY] = {"币种", "Currency"},
    [L_ORDERS] = {"订单数", "Orders"},
    [L_PREV_ORDERS] = {"上期订单数", "Previous orders"},
    [L_AMOUNT] = {"金额", "Amount"},
    [L_PREV_AMOUNT] = {"上期金额", "Previous amount"},
    [L_CHANGE] = {"变化", "Change"},
    [L_AUDIT] = {"审核", "Audit"},
    [L_OUTCOME] = {"结果", "Outcome"},
    [L_COUNT] = {"数量", "Count"},
    [L_RATE] = {"比例", "Rate"},
    [L_TOTAL] = {"合计", "Total"},
    [L_MEDIAN] = {"从接收到决定的中位时间", "Median time from intake to decision"},
    [L_NO_DECISION] = {"无已决定的订单", "no decided order"},
    [L_APPROVED] = {"通过", "approved"},
    [L_HELD] = {"暂扣", "held"},
    [L_REJECTED] = {"拒绝", "rejected"},
    [L_PENDING] = {"待定", "pending"},
    [L_RULE] = {"规则", "Rule"},
    [L_HELD_ORDERS] = {"暂扣订单数", "Held orders"},
    [L_MESSAGE] = {"最常见说明", "Most frequent message"},
    [L_WAITING] = {"期末仍待审核的订单", "Orders waiting at the end of the period"},
    [L_ID] = {"编号", "ID"},
    [L_EXTERNAL_ID] = {"外部订单号", "External ID"},
    [L_PLACED_AT] = {"下单时间", "Placed at"},
    [L_AGE] = {"等待时长", "Age"},
    [L_SHORTFALL] = {"库存缺口（当前）", "Stock shortfall (now)"},
    [L_SKU] = {"商品编码", "SKU"},
    [L_WAREHOUSE] = {"仓库", "Warehouse"},
    [L_ON_HAND] = {"在库", "On hand"},
    [L_RESERVED] = {"已预留", "Reserved"},
    [L_HELD_DEMAND] = {"暂扣需求", "Held demand"},
    [L_SHORT] = {"缺口", "Shortfall"},
    [L_WAITING_ORDERS] = {"等待的订单", "Orders waiting on it"},
    [L_TOP_QTY] = {"热销商品（按数量）", "Top SKUs by quantity"},
    [L_TOP_AMOUNT] = {"热销商品（按金额）", "Top SKUs by amount"},
    [L_QTY] = {"件数", "Quantity"},
    [L_RUSH] = {"加急订单", "Rush orders"},
    [L_DECIDED] = {"已决定", "Decided"},
    [L_YES] = {"是", "yes"},
    [L_NO] = {"否", "no"},
    [L_DEAD] = {"死信（按渠道）", "Dead letters per channel"},
    [L_OPENED] = {"新增", "Opened"},
    [L_CLOSED] = {"关闭", "Closed"},
    [L_OPEN_AT_END] = {"期末未关闭", "Open at the end"},
    [L_FAILURES] = {"失败的渠道", "Channels that failed"},
    [L_STATE] = {"当前状态", "State now"},
    [L_RUNS] = {"拉取次数", "Runs"},
    [L_FAILED_RUNS] = {"失败次数", "Failed runs"},
    [L_DOWN] = {"中断时长", "Down for"},
    [L_LAST_ERROR] = {"最近错误", "Last error"},
    [L_NONE] = {"无", "none"},
    [L_SUBJECT] = {"订单日报", "Daily order report"},
    [L_SEE_HTML] = {"完整报告见 HTML 部分。", "The whole report is in the HTML part."},
};

#define BAR_MAX    400 /* width of the longest bar, in SVG units */
#define N_HUES     6   /* bar colours of the channels in the per-day chart */
#define LEGEND_ROW 5   /* channels per line of its legend */

int od_html_escape(struct od_buf *b, const char *s)
{
    for (; s && *s; s++) {
        const char *e = NULL;

        switch (*s) {
        case '&':
            e = "&amp;";
            break;
        case '<':
            e = "&lt;";
            break;
        case '>':
            e = "&gt;";
            break;
        case '"':
            e = "&quot;";
            break;
        case '\'':
            e = "&#39;";
            break;
        default:
            break;
        }
        if ((e ? od_buf_adds(b, e) : od_buf_addc(b, *s)) < 0)
            return -1;
    }
    return 0;
}

int od_report_bar_len(double v, double max, int width)
{
    if (max <= 0 || v <= 0)
        return 0;
    if (v >= max)
        return width;
    return (int)(v / max * width + 0.5);
}

/* The page being written: the buffer and the language (0 zh, 1 en). */
struct page {
    struct od_buf *b;
    int l;
    const char *tz;
};

static const char *L(const struct page *p, enum lbl k)
{
    return labels[k][p->l];
}

/* An outcome in the page's language; an unknown one as stored. */
static const char *outcome_label(const struct page *p, const char *o)
{
    static const struct {
        const char *name;
        enum lbl lbl;
    } known[] = {{"approved", L_APPROVED},
                 {"held", L_HELD},
                 {"rejected", L_REJECTED},
                 {"pending", L_PENDING}};

    for (size_t i = 0; o && i < sizeof(known) / sizeof(known[0]); i++)
        if (strcmp(o, known[i].name) == 0)
            return L(p, known[i].lbl);
    return o;
}

static int h2(struct page *p, enum lbl k)
{
    return od_buf_printf(p->b, "<h2>%s</h2>\n", L(p, k));
}

/* <table id=ID> and its header row of labels. */
static int table_head(struct page *p, const char *id, const enum lbl *cols, size_t n)
{
    if (od_buf_printf(p->b, "<table id=\"%s\"><tr>", id) < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (od_buf_printf(p->b, "<th>%s</th>", L(p, cols[i])) < 0)
            return -1;
    return od_buf_adds(p->b, "</tr>\n");
}

static int td(struct page *p, const char *s)
{
    if (od_buf_adds(p->b, "<td>") < 0 || od_html_escape(p->b, s) < 0)
        return -1;
    return od_buf_adds(p->b, "</td>");
}

static int td_int(struct page *p, int64_t v)
{
    return od_buf_printf(p->b, "<td class=\"n\">%lld</td>", (long long)v);
}

static int td_money(struct page *p, od_money v)
{
    char m[OD_MONEY_STRLEN];

    return od_buf_printf(p->b, "<td class=\"n\">%s</td>", od_money_format(v, m));
}

/* A change in per cent ("+12.5 %"), or "–" when the previous is 0;
 * `attrs` goes into the cell's tag. */
static int td_change(struct page *p, const char *attrs, int64_t prev, int64_t cur)
{
    double v;

    if (!od_report_change(prev, cur, &v))
        return od_buf_printf(p->b, "<td class=\"n\"%s>–</td>", attrs);
    return od_buf_printf(p->b, "<td class=\"n\"%s>%+.1f %%</td>", attrs, v);
}

static int td_time(struct page *p, od_time t)
{
    char buf[OD_TIME_STRLEN];

    return td(p, od_time_format_tz(t, p->tz, buf));
}

/* A duration as "XhYYm" (hours may pass 24). */
static int td_dur(struct page *p, int64_t seconds)
{
    return od_buf_printf(p->b, "<td class=\"n\">%lldh%02lldm</td>", (long long)(seconds / 3600),
                         (long long)(seconds / 60 % 60));
}

static int row_end(struct page *p)
{
    return od_buf_adds(p->b, "</tr>\n");
}

static int table_end(struct page *p, size_t rows)
{
    if (od_buf_adds(p->b, "</table>\n") < 0)
        return -1;
    return rows ? 0 : od_buf_printf(p->b, "<p class=\"none\">%s</p>\n", L(p, L_NONE));
}

/* One horizontal bar chart: names[i], vals[i]. */
static int chart(struct page *p, const char *id, enum lbl title, const char *const *names,
                 const double *vals, size_t n)
{
    struct od_buf *b = p->b;
    double max = 0;

    for (size_t i = 0; i < n; i++)
        if (vals[i] > max)
            max = vals[i];
    if (h2(p, title) < 0 ||
        od_buf_printf(b,
                      "<svg id=\"%s\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"640\" height=\"%zu\">\n",
                      id, n * 22 + 4) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int w = od_report_bar_len(vals[i], max, BAR_MAX);

        if (od_buf_printf(b, "<text x=\"0\" y=\"%zu\">", i * 22 + 16) < 0 ||
            od_html_escape(b, names[i]) < 0 ||
            od_buf_printf(b,
                          "</text><rect class=\"bar\" x=\"160\" y=\"%zu\" width=\"%d\" "
                          "height=\"16\" data-value=\"%g\"/><text x=\"%d\" y=\"%zu\">%g</text>\n",
                          i * 22 + 4, w, vals[i], 166 + w, i * 22 + 16, vals[i]) < 0)
            return -1;
    }
    return od_buf_adds(b, "</svg>\n");
}

/* The channels of r->amounts, in its order (the rows of a channel are
 * next to each other): names[] and the orders of each summed over its
 * currencies. Returns the number of channels. */
static size_t channel_orders(const struct od_report *r, const char **names, double *vals)
{
    size_t nc = 0;

    for (size_t i = 0; i < r->n_amounts; i++) {
        if (nc == 0 || strcmp(names[nc - 1], r->amounts[i].channel) != 0) {
            names[nc] = r->amounts[i].channel;
            vals[nc++] = 0;
        }
        vals[nc - 1] += (double)r->amounts[i].orders;
    }
    return nc;
}

/* Orders per channel per day (a weekly or range report): one group per
 * day of the period, in it one bar per channel (the same colour for a
 * channel on every day), a legend of the colours on top. */
static int day_chart(struct page *p, const struct od_report *r, const char *const *chans, size_t nc)
{
    struct od_buf *b = p->b;
    int32_t first;
    size_t group_h = nc * 12 + 10, legend_h = 20 * ((nc + LEGEND_ROW - 1) / LEGEND_ROW + (nc == 0));
    double max = 0;

    if (od_date_parse(r->period.first, &first) < 0)
        return -1;
    for (size_t i = 0; i < r->n_daily; i++)
        if ((double)r->daily[i].orders > max)
            max = (double)r->daily[i].orders;
    if (h2(p, L_ORDERS_DAY_CHART) < 0 ||
        od_buf_printf(b,
                      "<svg id=\"orders-chart\" class=\"chart days\" "
                      "xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"%zu\">\n",
                      legend_h + (size_t)r->period.days * group_h) < 0)
        return -1;
    for (size_t c = 0; c < nc; c++)
        if (od_buf_printf(b, "<text class=\"c%zu\" x=\"%zu\" y=\"%zu\">■ ", c % N_HUES,
                          c % LEGEND_ROW * 128, c / LEGEND_ROW * 20 + 14) < 0 ||
            od_html_escape(b, chans[c]) < 0 || od_buf_adds(b, "</text>") < 0)
            return -1;
    if (od_buf_addc(b, '\n') < 0)
        return -1;
    for (int32_t d = 0; d < r->period.days; d++) {
        char date[OD_DATE_STRLEN];
        size_t y = legend_h + (size_t)d * group_h;

        od_date_format(first + d, date);
        if (od_buf_printf(b,
                          "<g class=\"day\" data-date=\"%s\"><text x=\"0\" y=\"%zu\">%s</text>\n",
                          date, y + 12, date) < 0)
            return -1;
        for (size_t c = 0; c < nc; c++) {
            int64_t n = 0;
            int w;

            for (size_t i = 0; i < r->n_daily; i++)
                if (strcmp(r->daily[i].date, date) == 0 &&
                    strcmp(r->daily[i].channel, chans[c]) == 0)
                    n += r->daily[i].orders;
            w = od_report_bar_len((double)n, max, BAR_MAX);
            if (od_buf_printf(b,
                              "<rect class=\"bar c%zu\" x=\"160\" y=\"%zu\" width=\"%d\" "
                              "height=\"10\" data-channel=\"",
                              c % N_HUES, y + 2 + c * 12, w) < 0 ||
                od_html_escape(b, chans[c]) < 0 ||
                od_buf_printf(b, "\" data-value=\"%lld\"/><text x=\"%d\" y=\"%zu\">%lld</text>\n",
                              (long long)n, 166 + w, y + 11 + c * 12, (long long)n) < 0)
                return -1;
        }
        if (od_buf_adds(b, "</g>\n") < 0)
            return -1;
    }
    return od_buf_adds(b, "</svg>\n");
}

/* The channel table: per channel its orders against the previous period
 * (over its currencies), then a row per currency with its amounts. */
static int channel_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_CHANNEL,  L_ORDERS, L_PREV_ORDERS, L_CHANGE,
                                    L_CURRENCY, L_AMOUNT, L_PREV_AMOUNT, L_CHANGE};

    if (h2(p, L_CHANNELS) < 0 || table_head(p, "channels", cols, 8) < 0)
        return -1;
    for (size_t i = 0; i < r->n_amounts;) {
        const char *ch = r->amounts[i].channel;
        int64_t n = 0, pn = 0;
        size_t k = i;

        while (k < r->n_amounts && strcmp(r->amounts[k].channel, ch) == 0) {
            n += r->amounts[k].orders;
            pn += r->amounts[k].prev_orders;
            k++;
        }
        for (size_t j = i; j < k; j++) {
            const struct od_report_amounts *a = &r->amounts[j];

            if (od_buf_adds(p->b, "<tr>") < 0)
                return -1;
            if (j == i) {
                char span[32];

                snprintf(span, sizeof(span), " rowspan=\"%zu\"", k - i);
                if (od_buf_printf(p->b, "<td%s>", span) < 0 || od_html_escape(p->b, ch) < 0 ||
                    od_buf_printf(p->b, "</td><td class=\"n\"%s>%lld</td>", span, (long long)n) <
                        0 ||
                    od_buf_printf(p->b, "<td class=\"n\"%s>%lld</td>", span, (long long)pn) < 0 ||
                    td_change(p, span, pn, n) < 0)
                    return -1;
            }
            if (td(p, a->currency) < 0 || td_money(p, a->amount) < 0 ||
                td_money(p, a->prev_amount) < 0 ||
                td_change(p, "", a->prev_amount, a->amount) < 0 || row_end(p) < 0)
                return -1;
        }
        i = k;
    }
    return table_end(p, r->n_amounts);
}

static int audit_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_OUTCOME, L_COUNT, L_RATE};
    const struct {
        enum lbl lbl;
        int64_t n;
    } rows[] = {{L_APPROVED, r->audit.approved},
                {L_HELD, r->audit.held},
                {L_REJECTED, r->audit.rejected},
                {L_PENDING, r->audit.pending},
                {L_TOTAL, r->audit.total}};
    int64_t total = r->audit.total;

    if (h2(p, L_AUDIT) < 0 || table_head(p, "audit", cols, 3) < 0)
        return -1;
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        /* the rate as in the JSON: per mille rounded, shown in per cent */
        double v =
            total ? (double)(int64_t)((double)rows[i].n * 1000.0 / (double)total + 0.5) / 10.0 : 0;

        if (od_buf_printf(p->b, "<tr><td>%s</td>", L(p, rows[i].lbl)) < 0 ||
            td_int(p, rows[i].n) < 0 ||
            (total ? od_buf_printf(p->b, "<td class=\"n\">%.1f %%</td>", v)
                   : od_buf_adds(p->b, "<td class=\"n\">–</td>")) < 0 ||
            row_end(p) < 0)
            return -1;
    }
    if (od_buf_printf(p->b, "</table>\n<p id=\"median\">%s: ", L(p, L_MEDIAN)) < 0)
        return -1;
    if (r->audit.median_decision_seconds < 0)
        return od_buf_printf(p->b, "%s</p>\n", L(p, L_NO_DECISION));
    return od_buf_printf(p->b, "%lldh%02lldm</p>\n",
                         (long long)(r->audit.median_decision_seconds / 3600),
                         (long long)(r->audit.median_decision_seconds / 60 % 60));
}

static int reasons_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_RULE, L_HELD_ORDERS, L_MESSAGE};

    if (table_head(p, "reasons", cols, 3) < 0)
        return -1;
    for (size_t i = 0; i < r->n_reasons; i++)
        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, r->reasons[i].rule) < 0 ||
            td_int(p, r->reasons[i].count) < 0 || td(p, r->reasons[i].message) < 0 ||
            row_end(p) < 0)
            return -1;
    return table_end(p, r->n_reasons);
}

static int waiting_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_ID, L_CHANNEL, L_EXTERNAL_ID, L_OUTCOME, L_PLACED_AT, L_AGE};

    if (od_buf_printf(p->b, "<h2>%s: <span id=\"waiting-count\">%lld</span></h2>\n",
                      L(p, L_WAITING), (long long)r->waiting_total) < 0 ||
        table_head(p, "waiting", cols, 6) < 0)
        return -1;
    for (size_t i = 0; i < r->n_waiting; i++) {
        const struct od_report_order *o = &r->waiting[i];

        if (od_buf_adds(p->b, "<tr>") < 0 || td_int(p, o->id) < 0 || td(p, o->channel) < 0 ||
            td(p, o->external_id) < 0 || td(p, outcome_label(p, o->outcome)) < 0 ||
            td_time(p, o->placed_at) < 0 || td_dur(p, o->age_seconds) < 0 || row_end(p) < 0)
            return -1;
    }
    return table_end(p, r->n_waiting);
}

static int shortfall_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_SKU,         L_WAREHOUSE, L_ON_HAND,       L_RESERVED,
                                    L_HELD_DEMAND, L_SHORT,     L_WAITING_ORDERS};

    if (h2(p, L_SHORTFALL) < 0 || table_head(p, "shortfall", cols, 7) < 0)
        return -1;
    for (size_t i = 0; i < r->n_shortfall; i++) {
        const struct od_report_short *s = &r->shortfall[i];

        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, s->sku) < 0 || td(p, s->warehouse) < 0 ||
            td_int(p, s->on_hand) < 0 || td_int(p, s->reserved) < 0 ||
            td_int(p, s->held_demand) < 0 || td_int(p, s->shortfall) < 0 ||
            od_buf_adds(p->b, "<td>") < 0)
            return -1;
        for (size_t k = 0; k < s->n_orders; k++)
            if ((k && od_buf_addc(p->b, ' ') < 0) || od_html_escape(p->b, s->orders[k]) < 0)
                return -1;
        if (od_buf_adds(p->b, "</td>") < 0 || row_end(p) < 0)
            return -1;
    }
    return table_end(p, r->n_shortfall);
}

static int sku_tables(struct page *p, const struct od_report *r)
{
    static const enum lbl qcols[] = {L_SKU, L_QTY, L_ORDERS};
    static const enum lbl acols[] = {L_SKU, L_CURRENCY, L_AMOUNT, L_QTY, L_ORDERS};

    if (h2(p, L_TOP_QTY) < 0 || table_head(p, "top-qty", qcols, 3) < 0)
        return -1;
    for (size_t i = 0; i < r->n_top_qty; i++)
        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, r->top_qty[i].sku) < 0 ||
            td_int(p, r->top_qty[i].qty) < 0 || td_int(p, r->top_qty[i].orders) < 0 ||
            row_end(p) < 0)
            return -1;
    if (table_end(p, r->n_top_qty) < 0 || h2(p, L_TOP_AMOUNT) < 0 ||
        table_head(p, "top-amount", acols, 5) < 0)
        return -1;
    for (size_t i = 0; i < r->n_top_amount; i++)
        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, r->top_amount[i].sku) < 0 ||
            td(p, r->top_amount[i].currency) < 0 || td_money(p, r->top_amount[i].amount) < 0 ||
            td_int(p, r->top_amount[i].qty) < 0 || td_int(p, r->top_amount[i].orders) < 0 ||
            row_end(p) < 0)
            return -1;
    return table_end(p, r->n_top_amount);
}

static int rush_table(struct page *p, const struct od_report *r)
{
    static const enum lbl cols[] = {L_ID,      L_CHANNEL,   L_EXTERNAL_ID,
                                    L_OUTCOME, L_PLACED_AT, L_DECIDED};

    if (h2(p, L_RUSH) < 0 || table_head(p, "rush", cols, 6) < 0)
        return -1;
    for (size_t i = 0; i < r->n_rush; i++) {
        const struct od_report_order *o = &r->rush[i];
        bool decided = strcmp(o->outcome, "approved") == 0 || strcmp(o->outcome, "rejected") == 0;

        if (od_buf_adds(p->b, "<tr>") < 0 || td_int(p, o->id) < 0 || td(p, o->channel) < 0 ||
            td(p, o->external_id) < 0 || td(p, outcome_label(p, o->outcome)) < 0 ||
            td_time(p, o->placed_at) < 0 || td(p, L(p, decided ? L_YES : L_NO)) < 0 ||
            row_end(p) < 0)
            return -1;
    }
    return table_end(p, r->n_rush);
}

static int intake_tables(struct page *p, const struct od_report *r)
{
    static const enum lbl dcols[] = {L_CHANNEL, L_OPENED, L_CLOSED, L_OPEN_AT_END};
    static const enum lbl fcols[] = {L_CHANNEL,     L_STATE, L_RUNS,
                                     L_FAILED_RUNS, L_DOWN,  L_LAST_ERROR};

    if (h2(p, L_DEAD) < 0 || table_head(p, "dead", dcols, 4) < 0)
        return -1;
    for (size_t i = 0; i < r->n_dead; i++)
        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, r->dead[i].channel) < 0 ||
            td_int(p, r->dead[i].opened) < 0 || td_int(p, r->dead[i].closed) < 0 ||
            td_int(p, r->dead[i].open_at_end) < 0 || row_end(p) < 0)
            return -1;
    if (table_end(p, r->n_dead) < 0 || h2(p, L_FAILURES) < 0 ||
        table_head(p, "failures", fcols, 6) < 0)
        return -1;
    for (size_t i = 0; i < r->n_failures; i++) {
        const struct od_report_failure *f = &r->failures[i];

        if (od_buf_adds(p->b, "<tr>") < 0 || td(p, f->channel) < 0 || td(p, f->state) < 0 ||
            td_int(p, f->runs) < 0 || td_int(p, f->failed_runs) < 0 ||
            td_dur(p, f->down_seconds) < 0 || td(p, f->last_error ? f->last_error : "") < 0 ||
            row_end(p) < 0)
            return -1;
    }
    return table_end(p, r->n_failures);
}

int od_report_html(const struct od_report *r, const char *lang, struct od_buf *b)
{
    struct page pg = {.b = b, .l = lang && strcmp(lang, "en") == 0 ? 1 : 0, .tz = r->period.tz};
    struct page *p = &pg;
    size_t n = r->n_reasons > r->n_cover ? r->n_reasons : r->n_cover, nc;
    const char **names = NULL;
    double *vals = NULL;
    char from[OD_TIME_STRLEN], to[OD_TIME_STRLEN], gen[OD_TIME_STRLEN];
    int rc = -1;

    if (lang && strcmp(lang, "en") != 0 && strcmp(lang, "zh") != 0)
        return od_error_set(OD_EINVAL, "unknown language '%s' (zh, en)", lang);
    if (n < r->n_amounts)
        n = r->n_amounts;
    names = calloc(n + 1, sizeof(*names));
    vals = calloc(n + 1, sizeof(*vals));
    if (!names || !vals) {
        od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (od_buf_printf(
            b,
            "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<title>%s</title>\n<style>\n@page{size:A4;margin:15mm}\n"
            "body{font-family:sans-serif;font-size:10pt}\n"
            "h2{font-size:12pt;margin:14px 0 4px;page-break-after:avoid}\n"
            "section{page-break-inside:avoid}\n"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}\n"
            "th{background:#eef}td.n{text-align:right}p.none{color:#666}\n"
            ".bar{fill:#3b6ea5}.c0{fill:#3b6ea5}.c1{fill:#e08a2c}.c2{fill:#4a9a4a}\n"
            ".c3{fill:#b0413e}.c4{fill:#7b5ea7}.c5{fill:#6b6b6b}\n"
            "</style></head><body>\n<h1>%s</h1>\n<p>%s: ",
            p->l ? "en" : "zh", L(p, L_TITLE), L(p, L_TITLE), L(p, L_PERIOD)) < 0 ||
        od_html_escape(b, od_time_format_tz(r->period.from, r->period.tz, from)) < 0 ||
        od_buf_adds(b, " – ") < 0 ||
        od_html_escape(b, od_time_format_tz(r->period.to, r->period.tz, to)) < 0 ||
        od_buf_adds(b, " ") < 0 || od_html_escape(b, r->period.tz) < 0 ||
        (r->channel &&
         (od_buf_printf(b, "; %s: ", L(p, L_CHANNEL)) < 0 || od_html_escape(b, r->channel) < 0)) ||
        od_buf_printf(b, "<br>%s: ", L(p, L_GENERATED)) < 0 ||
        od_html_escape(b, od_time_format_tz(r->generated_at, r->period.tz, gen)) < 0 ||
        od_buf_adds(b, "</p>\n") < 0)
        goto out;

    /* Orders: a daily report one bar per channel (its currency rows
     * summed), a longer one a group of bars per day. */
    nc = channel_orders(r, names, vals);
    if (od_buf_adds(b, "<section>") < 0 ||
        (r->period.days > 1 ? day_chart(p, r, names, nc)
                            : chart(p, "orders-chart", L_ORDERS_CHART, names, vals, nc)) < 0 ||
        channel_table(p, r) < 0 || od_buf_adds(b, "</section>\n<section>") < 0 ||
        audit_table(p, r) < 0 || od_buf_adds(b, "</section>\n<section>") < 0)
        goto out;

    for (size_t i = 0; i < r->n_reasons; i++) {
        names[i] = r->reasons[i].rule;
        vals[i] = (double)r->reasons[i].count;
    }
    if (chart(p, "reasons-chart", L_REASONS, names, vals, r->n_reasons) < 0 ||
        reasons_table(p, r) < 0 || od_buf_adds(b, "</section>\n<section>") < 0 ||
        waiting_table(p, r) < 0 || od_buf_adds(b, "</section>\n<section>") < 0 ||
        shortfall_table(p, r) < 0 || od_buf_adds(b, "</section>\n<section>") < 0)
        goto out;
    for (size_t i = 0; i < r->n_cover; i++) {
        names[i] = r->cover[i].sku;
        vals[i] = r->cover[i].days;
    }
    if (chart(p, "cover-chart", L_COVER, names, vals, r->n_cover) < 0 ||
        od_buf_adds(b, "</section>\n<section>") < 0 || sku_tables(p, r) < 0 ||
        od_buf_adds(b, "</section>\n<section>") < 0 || rush_table(p, r) < 0 ||
        od_buf_adds(b, "</section>\n<section>") < 0 || intake_tables(p, r) < 0 ||
        od_buf_adds(b, "</section>\n</body></html>\n") < 0)
        goto out;
    rc = 0;
out:
    free(names);
    free(vals);
    return rc;
}

int od_report_subject(const struct od_report *r, const char *lang, struct od_buf *b)
{
    struct page pg = {.b = b, .l = lang && strcmp(lang, "en") == 0 ? 1 : 0};
    char name[64];

    return od_buf_printf(b, "%s %s", L(&pg, L_SUBJECT),
                         od_report_period_name(&r->period, name, sizeof(name)));
}

/* The plain-text part of the mail: the headline figures with the page's
 * labels; data texts as stored (no markup to escape in plain text). */
int od_report_summary(const struct od_report *r, const char *lang, struct od_buf *b)
{
    struct page pg = {.b = b, .l = lang && strcmp(lang, "en") == 0 ? 1 : 0, .tz = r->period.tz};
    struct page *p = &pg;
    char name[64];
    int64_t decided = 0, opened = 0;

    if (od_buf_printf(b, "%s %s (%s)\n\n%s:\n", L(p, L_TITLE),
                      od_report_period_name(&r->period, name, sizeof(name)), r->period.tz,
                      L(p, L_ORDERS_CHART)) < 0)
        return -1;
    for (size_t i = 0; i < r->n_amounts;) {
        const char *ch = r->amounts[i].channel;
        int64_t n = 0;
        size_t k = i;

        while (k < r->n_amounts && strcmp(r->amounts[k].channel, ch) == 0)
            n += r->amounts[k++].orders;
        if (od_buf_printf(b, "  %s: %lld (", ch, (long long)n) < 0)
            return -1;
        for (size_t j = i; j < k; j++) {
            char m[OD_MONEY_STRLEN];

            if (od_buf_printf(b, "%s%s %s", j > i ? ", " : "", r->amounts[j].currency,
                              od_money_format(r->amounts[j].amount, m)) < 0)
                return -1;
        }
        if (od_buf_adds(b, ")\n") < 0)
            return -1;
        i = k;
    }
    for (size_t i = 0; i < r->n_rush; i++)
        decided += strcmp(r->rush[i].outcome, "approved") == 0 ||
                   strcmp(r->rush[i].outcome, "rejected") == 0;
    for (size_t i = 0; i < r->n_dead; i++)
        opened += r->dead[i].opened;
    return od_buf_printf(b,
                         "%s: %s %lld, %s %lld, %s %lld, %s %lld\n%s: %lld\n%s: %zu\n"
                         "%s: %zu (%s %lld)\n%s: %lld\n%s: %zu\n\n%s\n",
                         L(p, L_AUDIT), L(p, L_APPROVED), (long long)r->audit.approved,
                         L(p, L_HELD), (long long)r->audit.held, L(p, L_REJECTED),
                         (long long)r->audit.rejected, L(p, L_PENDING), (long long)r->audit.pending,
                         L(p, L_WAITING), (long long)r->waiting_total, L(p, L_SHORTFALL),
                         r->n_shortfall, L(p, L_RUSH), r->n_rush, L(p, L_DECIDED),
                         (long long)decided, L(p, L_DEAD), (long long)opened, L(p, L_FAILURES),
                         r->n_failures, L(p, L_SEE_HTML));
}
