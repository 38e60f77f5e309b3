/* A company's name in capitals and in the signature's spelling: see
 * namecase.h. */
#include "namecase.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"

/* Letters of t: *upper the ASCII capitals, *lower the small ones. */
static void count_letters(const char *t, size_t *upper, size_t *lower)
{
    *upper = *lower = 0;
    for (; *t; t++) {
        *upper += *t >= 'A' && *t <= 'Z';
        *lower += *t >= 'a' && *t <= 'z';
    }
}

int mail_name_spelling(char **name, const struct od_grid *body)
{
    size_t up, low, n;

    if (!name || !*name || !body)
        return 0;
    count_letters(*name, &up, &low);
    if (up < 4 || low)
        return 0;
    n = strlen(*name);
    for (size_t i = 0; i < body->n; i++) {
        const char *t = body->cells[i].text;
        char *v;

        if (strlen(t) != n || strncasecmp(t, *name, n) != 0)
            continue;
        count_letters(t, &up, &low);
        if (!low)
            continue;
        if (!(v = strdup(t)))
            return od_error_set(OD_ENOMEM, "out of memory");
        free(*name);
        *name = v;
        return 0;
    }
    return 0;
}

bool mail_sender_names(const char *from, const char *c, size_t n)
{
    size_t k;

    if (!from || !c || n < 4)
        return false;
    while (*from == ' ' || *from == '"')
        from++;
    k = strlen(from);
    while (k && (from[k - 1] == ' ' || from[k - 1] == '"'))
        k--;
    return k == n && strncasecmp(from, c, n) == 0;
}
