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
    L_ORDERS,
    L_REASONS,
    L_COVER,
    L_CHANNEL,
    L_CURRENCY,
    L_AMOUNT,
    L_PREV,
    L_CHANGE,
    L_AUDIT,
    L_N
};

static const char *const labels[L_N][2] = {
    [L_TITLE] = {"订单报告", "Order report"},
    [L_PERIOD] = {"期间", "Period"},
    [L_ORDERS] = {"各渠道订单", "Orders per channel"},
    [L_REASONS] = {"主要暂扣原因", "Top hold reasons"},
    [L_COVER] = {"库存可用天数", "Stock days of cover"},
    [L_CHANNEL] = {"渠道", "Channel"},
    [L_CURRENCY] = {"币种", "Currency"},
    [L_AMOUNT] = {"金额", "Amount"},
    [L_PREV] = {"上期", "Previous"},
    [L_CHANGE] = {"变化", "Change"},
    [L_AUDIT] = {"审核：通过/暂扣/拒绝/待定", "Audit: approved/held/rejected/pending"},
};

#define BAR_MAX 400 /* width of the longest bar, in SVG units */

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

/* One horizontal bar chart: labels[i], values[i]. */
static int chart(struct od_buf *b, const char *title, const char *const *names, const double *vals,
                 size_t n)
{
    double max = 0;

    for (size_t i = 0; i < n; i++)
        if (vals[i] > max)
            max = vals[i];
    if (od_buf_adds(b, "<h2>") < 0 || od_html_escape(b, title) < 0 ||
        od_buf_printf(b,
                      "</h2>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"640\" height=\"%zu\">\n",
                      n * 22 + 4) < 0)
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

int od_report_html(const struct od_report *r, const char *lang, struct od_buf *b)
{
    int l = lang && strcmp(lang, "en") == 0 ? 1 : 0;
    size_t n = r->n_reasons > r->n_cover ? r->n_reasons : r->n_cover;
    const char **names = NULL;
    double *vals = NULL;
    char from[OD_TIME_STRLEN], to[OD_TIME_STRLEN];
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
            "body{font-family:sans-serif;font-size:11pt}\n"
            "h2{page-break-after:avoid}\nsection{page-break-inside:avoid}\n"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}\n"
            ".bar{fill:#3b6ea5}\n</style></head><body>\n<h1>%s</h1>\n<p>%s: ",
            l ? "en" : "zh", labels[L_TITLE][l], labels[L_TITLE][l], labels[L_PERIOD][l]) < 0 ||
        od_html_escape(b, od_time_format_tz(r->period.from, r->period.tz, from)) < 0 ||
        od_buf_adds(b, " – ") < 0 ||
        od_html_escape(b, od_time_format_tz(r->period.to, r->period.tz, to)) < 0 ||
        od_buf_adds(b, " ") < 0 || od_html_escape(b, r->period.tz) < 0 ||
        od_buf_adds(b, "</p>\n") < 0)
        goto out;

    /* Orders per channel (its rows per currency summed; amounts are by channel). */
    size_t nc = 0;

    for (size_t i = 0; i < r->n_amounts; i++) {
        if (nc == 0 || strcmp(names[nc - 1], r->amounts[i].channel) != 0) {
            names[nc] = r->amounts[i].channel;
            vals[nc++] = 0;
        }
        vals[nc - 1] += (double)r->amounts[i].orders;
    }
    if (od_buf_adds(b, "<section>") < 0 || chart(b, labels[L_ORDERS][l], names, vals, nc) < 0)
        goto out;
    if (od_buf_printf(b,
                      "<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                      "<th>%s</th></tr>\n",
                      labels[L_CHANNEL][l], labels[L_CURRENCY][l], labels[L_ORDERS][l],
                      labels[L_AMOUNT][l], labels[L_PREV][l], labels[L_CHANGE][l]) < 0)
        goto out;
    for (size_t i = 0; i < r->n_amounts; i++) {
        const struct od_report_amounts *a = &r->amounts[i];
        char m[2][OD_MONEY_STRLEN], pct[32] = "–";
        double p;

        if (od_report_change(a->prev_amount, a->amount, &p))
            snprintf(pct, sizeof(pct), "%+.1f %%", p);
        if (od_buf_adds(b, "<tr><td>") < 0 || od_html_escape(b, a->channel) < 0 ||
            od_buf_adds(b, "</td><td>") < 0 || od_html_escape(b, a->currency) < 0 ||
            od_buf_printf(b, "</td><td>%lld</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                          (long long)a->orders, od_money_format(a->amount, m[0]),
                          od_money_format(a->prev_amount, m[1]), pct) < 0)
            goto out;
    }
    if (od_buf_printf(b,
                      "</table></section>\n<section><h2>%s</h2><p>%lld / %lld / %lld / %lld"
                      "</p></section>\n",
                      labels[L_AUDIT][l], (long long)r->audit.approved, (long long)r->audit.held,
                      (long long)r->audit.rejected, (long long)r->audit.pending) < 0)
        goto out;

    for (size_t i = 0; i < r->n_reasons; i++) {
        names[i] = r->reasons[i].rule;
        vals[i] = (double)r->reasons[i].count;
    }
    if (od_buf_adds(b, "<section>") < 0 ||
        chart(b, labels[L_REASONS][l], names, vals, r->n_reasons) < 0 ||
        od_buf_adds(b, "</section>\n") < 0)
        goto out;
    for (size_t i = 0; i < r->n_cover; i++) {
        names[i] = r->cover[i].sku;
        vals[i] = r->cover[i].days;
    }
    if (od_buf_adds(b, "<section>") < 0 ||
        chart(b, labels[L_COVER][l], names, vals, r->n_cover) < 0 ||
        od_buf_adds(b, "</section>\n</body></html>\n") < 0)
        goto out;
    rc = 0;
out:
    free(names);
    free(vals);
    return rc;
}
