/* The IMAP connector: the stream guard (see guard.h). Every callback
 * but read passes through to the wrapped low-level stream. */
#include <stdlib.h>
#include <time.h>

#include "error.h"
#include "guard.h"

struct guard {
    mailstream_low *inner;      /* owned */
    const int64_t *deadline_ms; /* borrowed */
    bool *cut;                  /* borrowed */
    unsigned long timeout_s;    /* the inner stream's own wait for one read */
};

int64_t imap_mono_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static mailstream_low *inner(mailstream_low *s)
{
    return ((struct guard *)s->data)->inner;
}

/* -1 past the deadline (never waiting beyond it) and at end of stream,
 * after a reset or a hang-up: the inner reader returns 0 for those. */
static ssize_t guard_read(mailstream_low *s, void *buf, size_t count)
{
    struct guard *g = s->data;
    int64_t left = *g->deadline_ms - imap_mono_ms();
    unsigned long wait_s;
    ssize_t n;

    if (left <= 0) {
        *g->cut = true;
        return -1;
    }
    wait_s = (unsigned long)((left + 999) / 1000);
    mailstream_low_set_timeout(g->inner, wait_s < g->timeout_s ? wait_s : g->timeout_s);
    n = mailstream_low_read(g->inner, buf, count);
    if (n == 0 && count > 0)
        return -1;
    if (n < 0 && imap_mono_ms() >= *g->deadline_ms)
        *g->cut = true;
    return n;
}

static ssize_t guard_write(mailstream_low *s, const void *buf, size_t count)
{
    return mailstream_low_write(inner(s), buf, count);
}

static int guard_close(mailstream_low *s)
{
    return mailstream_low_close(inner(s));
}

static int guard_get_fd(mailstream_low *s)
{
    return mailstream_low_get_fd(inner(s));
}

static void guard_free(mailstream_low *s)
{
    struct guard *g = s->data;

    mailstream_low_free(g->inner);
    free(g);
    free(s);
}

static void guard_cancel(mailstream_low *s)
{
    mailstream_low_cancel(inner(s));
}

static struct mailstream_cancel *guard_get_cancel(mailstream_low *s)
{
    return mailstream_low_get_cancel(inner(s));
}

static carray *guard_get_certificate_chain(mailstream_low *s)
{
    return mailstream_low_get_certificate_chain(inner(s));
}

static int guard_setup_idle(mailstream_low *s)
{
    return mailstream_low_setup_idle(inner(s));
}

static int guard_unsetup_idle(mailstream_low *s)
{
    return mailstream_low_unsetup_idle(inner(s));
}

static int guard_interrupt_idle(mailstream_low *s)
{
    return mailstream_low_interrupt_idle(inner(s));
}

static mailstream_low_driver guard_driver = {
    .mailstream_read = guard_read,
    .mailstream_write = guard_write,
    .mailstream_close = guard_close,
    .mailstream_get_fd = guard_get_fd,
    .mailstream_free = guard_free,
    .mailstream_cancel = guard_cancel,
    .mailstream_get_cancel = guard_get_cancel,
    .mailstream_get_certificate_chain = guard_get_certificate_chain,
    .mailstream_setup_idle = guard_setup_idle,
    .mailstream_unsetup_idle = guard_unsetup_idle,
    .mailstream_interrupt_idle = guard_interrupt_idle,
};

int imap_guard(mailstream *stream, const int64_t *deadline_ms, bool *cut)
{
    mailstream_low *low = mailstream_get_low(stream), *wrapped;
    struct guard *g;

    if (low->driver == &guard_driver)
        return 0;
    g = calloc(1, sizeof(*g));
    wrapped = g ? mailstream_low_new(g, &guard_driver) : NULL;
    if (!wrapped) {
        free(g);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    g->inner = low;
    g->deadline_ms = deadline_ms;
    g->cut = cut;
    g->timeout_s = mailstream_low_get_timeout(low);
    if (g->timeout_s == 0)
        g->timeout_s = 60;
    wrapped->timeout = g->timeout_s;
    /* The stream logs what the outer stream reads; the inner one would
     * count every byte twice. */
    mailstream_low_set_logger(low, NULL, NULL);
    mailstream_set_low(stream, wrapped);
    return 0;
}
