/* The daemon's morning mail: the daily report of one date sent once,
 * however many orderd instances run (docs/reports.md "The morning
 * mail"). The table report_sends (migration 0016) decides: the instance
 * that inserts the (date, 'daily') row sends, in the same transaction,
 * and commits after the SMTP server (or reports.dir) took the message. */
#ifndef OD_REPORT_SEND_H
#define OD_REPORT_SEND_H

#include <stdbool.h>
#include <stddef.h>

#include "reportperiod.h"
#include "timeutil.h"

struct od_store;
struct od_config;
struct od_rules;

/* Mail the daily report of period `p` as cfg->reports_mail says (or write
 * it into cfg->reports_dir), unless report_sends already has it.
 * `instance` names this orderd in the row. Returns 1 when this call sent
 * it, 0 when it had been sent, or a negative code with the reason
 * (OD_EDB, OD_EAGAIN or OD_EAUTH from the server, OD_EIO from the folder,
 * OD_EINVAL for the settings); nothing is recorded then, so a later call
 * tries again. `stop` (optional) ends a transfer in flight
 * (OD_ECANCELED). */
int od_report_send_daily(struct od_store *s, const struct od_config *cfg,
                         const struct od_rules *rules, const struct od_report_period *p,
                         const char *instance, od_time now, bool (*stop)(void *), void *stop_ud);

/* When the daily mail of the day `now` falls in is due: 00:00 of that day
 * in `tz` plus `daily_at` minutes. */
int od_report_due_at(od_time now, const char *tz, int daily_at, od_time *out);

#endif
