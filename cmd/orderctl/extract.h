/* orderctl extract: what files would give, read the way the e-mail
 * channel reads mail, without a database (docs/email-extraction.md);
 * and the printing of an order's extraction that `order` and `review
 * show` share. */
#ifndef ORDERCTL_EXTRACT_H
#define ORDERCTL_EXTRACT_H

#include "model.h"

struct extract_opts {
    const char *format;      /* table | json */
    const char *channel;     /* an imap channel of the configuration, or NULL */
    const char *config_path; /* read only when `channel` is set */
    const char *sender;      /* files other than .eml: read as if mailed by this address
                                (the channel's template for it applies); needs `channel` */
};

/* `orderctl extract FILE... [--channel C [--sender ADDRESS]] [--format
 * table|json]`: each FILE (borrowed, `n` of them) is read with
 * imap_extract() when its name ends in .eml (a whole message: its From
 * picks the channel's sender template), else with
 * imap_extract_file_from() (the template of --sender, if any); the file
 * name as given is the source_ref. Both run in the mail reader's child
 * (mailworker.h: imap_read_message, imap_read_file) with its default
 * limits; a file other than .eml that exceeds them is an error (exit
 * 1). With a channel, that channel's
 * extract: settings and customer_from_sender apply; without one, the
 * built-in defaults, and no configuration file is read. A --sender that
 * no template matches is named on stderr (the channel's settings apply);
 * one that matches is named after the file's counts. Never touches
 * the database. json: ONE array of every order (od_order_to_json, the
 * shape of `orderctl order --format json`) on stdout, dead letters on
 * stderr ("dead letter: REF: REASON"); table: per file and order every
 * field with where it was read, the lines, the doubts and the dead
 * letters. Returns 0 when at least one order came out, 1 when none (an
 * unreadable file is named on stderr), 2 for a usage or configuration
 * error. */
int orderctl_extract(char *const *files, int n, const struct extract_opts *o);

/* Print an order's doubts ("doubt: ...") and the sources of its fields
 * ("source: FIELD  WHERE"), one per line, each line starting with
 * `indent`. Nothing when `x` is NULL. */
void orderctl_print_extraction(const struct od_extraction *x, const char *indent);

#endif
