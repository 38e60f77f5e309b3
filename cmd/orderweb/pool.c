/* Database connections for orderweb's requests (web.h). */
#include <stdlib.h>

#include "error.h"
#include "store.h"
#include "web.h"

int ow_pool_init(struct ow_pool *p, const char *conninfo, size_t size)
{
    p->free = calloc(size, sizeof(*p->free));
    if (!p->free)
        return od_error_set(OD_ENOMEM, "out of memory");
    p->n_free = p->size = size;
    p->conninfo = conninfo;
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    return 0;
}

struct od_store *ow_pool_take(struct ow_pool *p)
{
    struct od_store *s;

    pthread_mutex_lock(&p->lock);
    while (p->n_free == 0)
        pthread_cond_wait(&p->freed, &p->lock);
    s = p->free[--p->n_free];
    pthread_mutex_unlock(&p->lock);
    if (s && !od_store_ok(s) && od_store_reconnect(s) < 0) {
        od_store_close(s);
        s = NULL;
    }
    if (!s && od_store_connect(p->conninfo, &s) < 0) {
        /* give the slot back empty */
        pthread_mutex_lock(&p->lock);
        p->free[p->n_free++] = NULL;
        pthread_cond_signal(&p->freed);
        pthread_mutex_unlock(&p->lock);
        return NULL;
    }
    return s;
}

void ow_pool_give(struct ow_pool *p, struct od_store *s)
{
    pthread_mutex_lock(&p->lock);
    p->free[p->n_free++] = s;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

void ow_pool_free(struct ow_pool *p)
{
    if (!p->free)
        return;
    for (size_t i = 0; i < p->n_free; i++)
        od_store_close(p->free[i]);
    free(p->free);
    p->free = NULL;
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->freed);
}
