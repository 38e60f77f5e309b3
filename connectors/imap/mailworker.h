/* The mail reader in a child process: imap_extract() (extract.h) run in a
 * long-lived child of the channel's thread, killed when one mail takes
 * longer than a time limit, with its address space limited; a mail that
 * is killed becomes one dead letter holding the whole message and a reason
 * that says which limit. The retry of a dead letter
 * (imap_extract_reparse) and a bare file (imap_extract_file_from, for
 * orderctl extract) are read by the same child under the same limits. The
 * child is this program started with --mail-worker
 * (imap_mail_worker_main); its reply is parsed as untrusted input
 * (batchwire.h). Why and how: docs/email-extraction.md ("Reading in a
 * child process"). */
#ifndef OD_IMAP_MAILWORKER_H
#define OD_IMAP_MAILWORKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "connector.h"
#include "extract.h"
#include "procworker.h"

#define IMAP_READ_SECONDS 30                      /* read_timeout's default */
#define IMAP_READ_MEMORY  (1024ull * 1024 * 1024) /* read_memory's default */

/* Read mail in a child from now on: `argv` (NULL-terminated, argv[0] a
 * path) runs imap_mail_worker_main(0, 1), e.g. {"/proc/self/exe",
 * "--mail-worker", NULL}. Copied, with the environment as it is now. NULL:
 * read in-process again (no limit). Process-wide, not thread-safe: call it
 * at start-up before any channel thread starts. 0, OD_EINVAL or OD_ENOMEM. */
int imap_mail_set_worker(const char *const argv[]);

/* One channel thread's reader: its child (none until the first mail). */
struct imap_reader {
    struct od_proc proc;
    double seconds;  /* wall time for one mail */
    uint64_t memory; /* the child's RLIMIT_AS */
};

/* Set up `r` (no child yet) with the limits (0 = the defaults above). */
void imap_reader_init(struct imap_reader *r, int64_t timeout_ms, uint64_t memory);

/* End the child; `r` can be used again. Accepts a reader never used. */
void imap_reader_free(struct imap_reader *r);

/* imap_extract() with its contract and arguments, in the child when a
 * worker is set (else in-process): the orders and dead letters go to
 * `out`. A mail the child does not finish (the time limit, the memory
 * limit, a crash, a reply that is not one) is one dead letter of the whole
 * message with a reason saying so ("reading the mail took longer than
 * 30 s"), and 0 is returned. OD_EAGAIN (with a detail) when no child can be
 * started: a problem of this host, not of the mail; OD_ENOMEM. A child
 * keeps the settings of its first request: every call on one reader
 * passes the same `s` (a channel's, for the channel's life). */
int imap_read_message(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *channel, const char *source_ref, const char *raw, size_t len,
                      bool customer_from_sender, struct od_batch *out);

/* imap_extract_reparse() with its contract and arguments, in the child
 * when a worker is set (else in-process). A retry the child does not
 * finish (a limit, a crash, a reply that is not one) is OD_EINVAL with a
 * reason naming the limit ("reading the dead letter again took longer
 * than 30 s (the channel's read_timeout)"): the dead letter stays as it
 * is, and `out` is untouched. OD_EAGAIN when no child can be started;
 * OD_ENOMEM. The same `s` on every call of one reader, as above. */
int imap_read_reparse(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *channel, const struct od_dead_letter *d,
                      bool customer_from_sender, struct od_batch *out);

/* imap_extract_file_from() with its contract and arguments, in the child
 * when a worker is set (else in-process). A file the child does not
 * finish is OD_ETOOBIG with a reason naming the limit ("reading the file
 * took longer than 30 s"); then `out` is untouched. OD_EAGAIN when no
 * child can be started. The same `s` on every call of one reader. */
int imap_read_file(struct imap_reader *r, const struct imap_extract_settings *s,
                   const char *channel, const char *source_ref, const char *name, const char *data,
                   size_t len, const char *sender, struct od_batch *out);

/* The child's side: serve requests on in_fd/out_fd until the end of the
 * input. The exit status (0, or 1 on a broken request). */
int imap_mail_worker_main(int in_fd, int out_fd);

#endif
