/* orderctl import: load reference data from a CSV file. */
#ifndef ORDERCTL_IMPORT_H
#define ORDERCTL_IMPORT_H

#include <stdbool.h>

struct od_store;

/* `orderctl import KIND FILE [--encoding CHARSET]`: upsert FILE into the
 * table of KIND (docs/reference-data.md). `store` is borrowed, connected
 * and migrated; `encoding` may be NULL (UTF-8). Prints the summary to
 * stdout and every rejected row ("FILE:LINE: reason") to stderr.
 * Returns 0 when every row was imported, 1 when a row was rejected or
 * the import failed (then nothing was imported), 2 for an unknown kind
 * or encoding. Progress goes to stderr unless `quiet`
 * (cmd/common/progressline.h). */
int orderctl_import(struct od_store *store, const char *kind, const char *file,
                    const char *encoding, bool quiet);

#endif
