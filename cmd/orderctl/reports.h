/* `orderctl report daily|weekly|range`: the clerk's report (lib/report.h,
 * docs/reports.md) as a text table, one JSON object or one CSV table. */
#ifndef ORDERCTL_REPORTS_H
#define ORDERCTL_REPORTS_H

#include <stdbool.h>

struct od_store;
struct od_rules;
struct od_report_mail_settings;

struct report_opts {
    const char *kind;    /* daily | weekly | range */
    const char *date;    /* daily: YYYY-MM-DD, or NULL = yesterday */
    const char *week;    /* weekly: YYYY-Www, or NULL = last whole week */
    const char *from;    /* range: first day */
    const char *to;      /* range: last day, included */
    const char *channel; /* NULL = every channel */
    const char *format;  /* table | json | csv | html */
    const char *table;   /* csv: orders | audit | stock | skus | deadletters (default orders) */
    const char *lang;    /* html and mail: zh | en, or NULL = zh */
    bool mail;           /* daily: mail the report (or write it into mail_dir) */
    const struct od_report_mail_settings *mail_settings; /* reports.mail, borrowed */
    const char *mail_dir;                                /* reports.dir, or NULL */
    const char *output;           /* a file to write instead of stdout, or NULL */
    const char *tz;               /* reports.timezone, else display.timezone */
    const struct od_rules *rules; /* borrowed; may be NULL */
};

/* Check the options and work out the period before anything else:
 * prints the problem and returns 2 (usage), or 0. */
int orderctl_report_check(const struct report_opts *o);

/* Compute and print the report. Returns 0, or 1 with the reason on
 * stderr (the database, the output file). */
int orderctl_report(struct od_store *s, const struct report_opts *o);

#endif
