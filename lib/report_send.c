/* The daemon's morning mail, once across instances (see report_send.h). */
#include "report_send.h"

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

#include "buf.h"
#include "config.h"
#include "error.h"
#include "report.h"
#include "report_mail.h"
#include "store.h"
#include "store_int.h"

static int exec(struct od_store *s, const char *what, const char *sql, int n,
                const char *const *params, int *rows)
{
    PGresult *r = NULL;
    int rc = od_sink_query(s, what, sql, n, params, &r);

    if (rc == 0 && rows)
        *rows = PQntuples(r);
    PQclear(r);
    return rc;
}

int od_report_send_daily(struct od_store *s, const struct od_config *cfg,
                         const struct od_rules *rules, const struct od_report_period *p,
                         const char *instance, od_time now, bool (*stop)(void *), void *stop_ud)
{
    const char *params[2] = {p->first, instance};
    struct od_report *r = NULL;
    struct od_buf msg;
    bool in_tx = false;
    int rows = 0, rc;

    od_buf_init(&msg, 64u << 20);
    rc = exec(s, "cannot read report_sends",
              "SELECT 1 FROM report_sends WHERE report_date = $1::date AND kind = 'daily'", 1,
              params, &rows);
    if (rc < 0 || rows > 0)
        goto out;
    if ((rc = od_report_compute(s, p, NULL, rules, now, &r)) < 0 ||
        (rc = od_report_mail_build(r, NULL, cfg->reports_mail.from, &cfg->reports_mail.to, now,
                                   &msg)) < 0)
        goto out;
    if ((rc = exec(s, "cannot begin", "BEGIN", 0, NULL, NULL)) < 0)
        goto out;
    in_tx = true;
    /* the claim: waits while another instance's claim is open */
    rc = exec(s, "cannot claim the daily mail",
              "INSERT INTO report_sends (report_date, kind, instance)"
              " VALUES ($1::date, 'daily', $2) ON CONFLICT DO NOTHING RETURNING 1",
              2, params, &rows);
    if (rc < 0 || rows == 0)
        goto out;
    rc = cfg->reports_dir
             ? od_report_mail_write(cfg->reports_dir, p->first, msg.data, msg.len, NULL)
             : od_report_mail_send(&cfg->reports_mail, msg.data, msg.len, stop, stop_ud);
    if (rc < 0)
        goto out;
    rc = exec(s, "cannot record the daily mail", "COMMIT", 0, NULL, NULL);
    in_tx = false;
    if (rc == 0)
        rc = 1;
out:
    if (in_tx) {
        char keep[512];

        snprintf(keep, sizeof(keep), "%s", od_error_last());
        exec(s, "cannot roll back", "ROLLBACK", 0, NULL, NULL);
        if (rc < 0)
            od_error_set(rc, "%s", keep);
    }
    od_report_free(r);
    od_buf_free(&msg);
    return rc;
}

int od_report_due_at(od_time now, const char *tz, int daily_at, od_time *out)
{
    struct od_report_period today;
    char date[OD_DATE_STRLEN];
    int32_t days;
    int rc;

    if ((rc = od_date_today(now, tz, &days)) < 0)
        return rc;
    od_date_format(days, date);
    if ((rc = od_report_period_day(date, tz, &today)) < 0)
        return rc;
    *out = today.from + (od_time)daily_at * 60 * 1000000;
    return 0;
}
