/* The console's pages, built into orderweb from cmd/orderweb/static/ by
 * scripts/embed-static.py: no file is read at run time. */
#ifndef ORDERWEB_STATIC_FILES_H
#define ORDERWEB_STATIC_FILES_H

#include <stddef.h>

struct ow_file {
    const char *name; /* "app.js" */
    const char *type; /* Content-Type */
    const unsigned char *data;
    size_t len;
};

/* The file `name`, or NULL. */
const struct ow_file *ow_file_find(const char *name);

#endif
