/* Error codes and the thread-local error detail (after libgit2's
 * git_error_set / git_error_last).
 *
 * Every fallible function in lib/ returns int: 0 on success or one of the
 * negative OD_E* codes below. Before returning a failure it records a
 * one-line, human-readable detail with od_error_set(); callers that only
 * pass the code up leave the detail alone. lib/ never prints and never
 * exits: cmd/ decides what to show. */
#ifndef OD_ERROR_H
#define OD_ERROR_H

#include <stdarg.h>

enum od_error_code {
    OD_OK = 0,
    OD_ENOMEM = -1,    /* allocation failed */
    OD_EINVAL = -2,    /* bad input: the item or value is malformed */
    OD_EIO = -3,       /* file or socket I/O failed */
    OD_ENOTFOUND = -4, /* the thing asked for does not exist */
    OD_EDB = -5,       /* database error */
    OD_ETOOBIG = -6,   /* input exceeds a configured size limit */
    OD_ECONFIG = -7,   /* configuration error */
    OD_EAGAIN = -8,    /* transient: try again later */
    OD_ECANCELED = -9, /* stopped on request (signal) */
    OD_EAUTH = -10,    /* credentials rejected */
    OD_EBUSY = -11,    /* someone else holds the lock */
};

/* Record the detail for the current thread and return `code`, so that
 * `return od_error_set(OD_EINVAL, "line %d: ...", n);` reads naturally. */
int od_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int od_error_setv(int code, const char *fmt, va_list ap);

/* Prefix the current detail with "<prefix>: " (for adding context on the
 * way up). Returns `code`. */
int od_error_wrap(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The detail of the last failure on this thread, never NULL ("" if none).
 * Valid until the next od_error_* call on the same thread. */
const char *od_error_last(void);

void od_error_clear(void);

/* Short name of a code: "ENOMEM", "EINVAL" ... */
const char *od_error_name(int code);

#endif
