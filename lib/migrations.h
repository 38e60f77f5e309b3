/* The schema migrations compiled into the binaries (generated from
 * migrations/NNNN_name.sql by scripts/embed-migrations.py). */
#ifndef OD_MIGRATIONS_H
#define OD_MIGRATIONS_H

struct od_migration {
    int version;
    const char *name;
    const char *sql;
};

/* Ordered by version, ending with a {0, NULL, NULL} entry. */
extern const struct od_migration od_migrations[];

#endif
