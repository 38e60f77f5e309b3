/* The IMAP connector: a guard around libetpan's low-level stream.
 * libetpan 1.9.4 reads a literal (a message body) in a loop that stops
 * only when a read returns -1; at end of stream (FIN) or after a reset
 * the socket reader returns 0, so the loop spins without end and the
 * byte budget and deadline of imap.c, checked only as data arrives, are
 * never looked at again. The guard turns a read of 0 bytes into -1 and
 * fails every read once the command's deadline has passed, whether data
 * arrives or not. Internal to connectors/imap/. */
#ifndef OD_IMAP_GUARD_H
#define OD_IMAP_GUARD_H

#include <libetpan/libetpan.h>
#include <stdbool.h>
#include <stdint.h>

/* Milliseconds of CLOCK_MONOTONIC. */
int64_t imap_mono_ms(void);

/* Put the guard between `stream` and its current low-level stream
 * (which the guard takes: freeing the stream frees both). `deadline_ms`
 * (imap_mono_ms time) and `cut` are borrowed and must outlive the
 * stream; *cut is set when a read fails because the deadline passed.
 * Call again after STARTTLS (libetpan frees the guard and puts a bare
 * TLS stream in its place). Returns 0, or OD_ENOMEM. */
int imap_guard(mailstream *stream, const int64_t *deadline_ms, bool *cut);

#endif
