#include "error.h"

#include <stdio.h>
#include <string.h>

#define OD_ERROR_MAX 1024

static _Thread_local char last_error[OD_ERROR_MAX];

int od_error_setv(int code, const char *fmt, va_list ap)
{
    vsnprintf(last_error, sizeof(last_error), fmt, ap);
    return code;
}

int od_error_set(int code, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    od_error_setv(code, fmt, ap);
    va_end(ap);
    return code;
}

int od_error_wrap(int code, const char *fmt, ...)
{
    char prefix[OD_ERROR_MAX];
    char old[OD_ERROR_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(prefix, sizeof(prefix), fmt, ap);
    va_end(ap);
    memcpy(old, last_error, sizeof(old));
    snprintf(last_error, sizeof(last_error), "%s: %s", prefix, old);
    return code;
}

const char *od_error_last(void)
{
    return last_error;
}

void od_error_clear(void)
{
    last_error[0] = '\0';
}

const char *od_error_name(int code)
{
    switch (code) {
    case OD_OK:
        return "OK";
    case OD_ENOMEM:
        return "ENOMEM";
    case OD_EINVAL:
        return "EINVAL";
    case OD_EIO:
        return "EIO";
    case OD_ENOTFOUND:
        return "ENOTFOUND";
    case OD_EDB:
        return "EDB";
    case OD_ETOOBIG:
        return "ETOOBIG";
    case OD_ECONFIG:
        return "ECONFIG";
    case OD_EAGAIN:
        return "EAGAIN";
    case OD_ECANCELED:
        return "ECANCELED";
    case OD_EAUTH:
        return "EAUTH";
    case OD_EBUSY:
        return "EBUSY";
    default:
        return "EUNKNOWN";
    }
}
