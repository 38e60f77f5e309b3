/* Configuration: orderd.yaml plus one YAML file per channel in
 * channels_dir, loaded into plain structs through declarative key tables
 * (after fluent-bit's config_map and pgbouncer's CF_ABS tables).
 *
 * Every error is "file:line:column: message" from libyaml's marks.
 * Unknown and duplicate keys are errors that list the allowed keys.
 * Secrets are never inline: a key of type OD_KEY_SECRET takes
 * {env: NAME} or {file: PATH} (the file's content, one trailing newline
 * removed) and refuses a plain scalar; a {file:} that group or others may
 * read or write is refused (as OpenSSH refuses such keys) unless the top
 * level sets allow_readable_secret_files. */
#ifndef OD_CONFIG_H
#define OD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct od_connector;
struct od_token_store;

enum od_key_type {
    OD_KEY_STRING,   /* char *; also accepts {env:}/{file:} */
    OD_KEY_SECRET,   /* char *; only {env:}/{file:}; never printed */
    OD_KEY_BOOL,     /* bool; true/false/yes/no/on/off */
    OD_KEY_INT,      /* int64_t; decimal */
    OD_KEY_DURATION, /* int64_t milliseconds; "500ms" "30s" "5m" "1h" */
    OD_KEY_SIZE,     /* uint64_t bytes; "64k" "25MiB" */
    OD_KEY_ENUM,     /* char *; one of `choices` */
    OD_KEY_MAP,      /* struct od_strmap; a mapping of scalar -> scalar */
    OD_KEY_LIST,     /* struct od_strlist; a sequence of scalars */
    OD_KEY_PATH,     /* char *; relative paths resolved against the
                        directory of the file that sets them */
    OD_KEY_SECTION,  /* an embedded struct filled from a nested mapping
                        by the table `section`; `offset` is the embedded
                        struct's offset; its defaults apply when the
                        mapping is absent */
    /* struct od_sectmap: a mapping of names to nested mappings, each
     * loaded into an item of `item_size` bytes by the table `section`
     * (its defaults apply per item); names are unique and checked by
     * `name_check`; `def` must be NULL (absent = no items). */
    OD_KEY_SECTION_MAP,
};

/* One accepted key. Tables end with an entry whose name is NULL. */
struct od_config_key {
    const char *name;
    enum od_key_type type;
    const char *def;            /* default as YAML text, NULL = none */
    size_t offset;              /* offsetof() into the settings struct */
    const char *desc;           /* one line for docs and --help */
    const char *const *choices; /* OD_KEY_ENUM: NULL-terminated */
    bool required;
    /* OD_KEY_SECTION: the nested table (NULL-terminated like this one;
     * its offsets are relative to the embedded struct). A trailing field,
     * so that positional tables of the other types need not name it
     * (meson passes -Wno-missing-field-initializers for them). */
    const struct od_config_key *section;
    /* OD_KEY_SECTION_MAP: the bytes of one item (the struct that
     * `section`'s offsets point into). */
    size_t item_size;
    /* OD_KEY_SECTION_MAP, optional: checks one name and may rewrite it in
     * place (lower-case it, say; never longer); returns NULL when it is
     * good, else why not, as a phrase that follows the quoted name
     * ("is not an address"; a constant, not freed). Names are compared
     * for duplicates after it ran. NULL = any name. */
    const char *(*name_check)(char *name);
};

struct od_strmap {
    size_t n;
    char **keys;
    char **values;
};

struct od_strlist {
    size_t n;
    char **items;
};

/* An OD_KEY_SECTION_MAP value: n named items in file order, each a
 * struct of item_size bytes filled by the key's `section` table. Freed by
 * od_settings_free() (names, every item's own strings and maps, the
 * arrays). A zeroed struct is an empty map. */
struct od_sectmap {
    size_t n;
    char **names; /* as written, or as name_check rewrote them; unique */
    void *items;  /* n * item_size bytes */
    size_t item_size;
};

/* Value of `key` in the map, or NULL. */
const char *od_strmap_get(const struct od_strmap *m, const char *key);

/* Item i of the map (borrowed from it), or NULL past the end. */
void *od_sectmap_item(const struct od_sectmap *m, size_t i);

/* The item whose name is `name` (compared as stored: exact bytes), or
 * NULL. Borrowed from the map. */
void *od_sectmap_get(const struct od_sectmap *m, const char *name);

/* A configured channel: one instance of a connector kind. */
/* A channel's `reconcile:` (orderd's daily run of lib/reconcile.h for a
 * kind that can count; `reconcile: false` = enabled false). */
struct od_reconcile_settings {
    bool enabled;
    int64_t every_ms;  /* between runs */
    int64_t window_ms; /* the period each run checks, ending at now - lag */
};

/* reports.mail: the morning mail of the daily report (report_mail.h). */
struct od_report_mail_settings {
    char *smtp_url;       /* smtps://host:465 or smtp://host:587 (STARTTLS required), or NULL */
    char *user;           /* SMTP login, or NULL = none */
    char *password;       /* secret ({env:}/{file:}), or NULL */
    char *from;           /* envelope and header sender address */
    struct od_strlist to; /* recipients */
    char *ca_file;        /* PEM CA bundle that verifies the server, or NULL = the system's */
};

struct od_channel {
    char *name; /* [a-z0-9-]+, unique */
    char *kind;
    const struct od_connector *connector;
    bool enabled;
    int64_t poll_interval_ms;
    int64_t batch_size; /* 0 = the global ingest.batch_size */
    /* How the audit matches an order to a customer, in order: "ref",
     * "phone", "email"; empty = ref, phone, email. */
    struct od_strlist match_customer_by;
    struct od_reconcile_settings reconcile;
    char *file;     /* the YAML file it came from */
    void *settings; /* connector->settings_size bytes,
                       filled from connector->keys */
    /* Set by the program that runs the channel (lib/ does not log):
     * connectors report through od_channel_log(). NULL = dropped. */
    void (*log)(void *ud, const struct od_channel *ch, int level, const char *msg);
    void *log_ud;
    /* Set by the program that runs the channel, may be NULL: where the
     * access tokens a connector renewed are kept (lib/tokens.h). NULL =
     * renewed tokens last as long as the connector's state. */
    const struct od_token_store *tokens;
};

/* Levels of od_channel_log (same order as the programs' log levels). */
enum { OD_CH_DEBUG = 0, OD_CH_INFO, OD_CH_WARN, OD_CH_ERROR };

/* Report an event of the channel to the program's log. Callers never
 * pass secrets. */
void od_channel_log(const struct od_channel *ch, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Every error found, in order (the loader goes on after the first to
 * report as many as it can). */
struct od_config_errors {
    size_t n;
    char **msgs; /* "file:line:column: message" */
};

/* A channel file that od_config_load_tolerant() left out. */
struct od_config_broken {
    char *file;                   /* the channel file */
    char *name;                   /* its channel's name when it could be read, else NULL */
    struct od_config_errors errs; /* why: "file:line:column: message", at least one */
};

struct od_config {
    char *path;                       /* orderd.yaml as given */
    char *database_url;               /* sensitive: never logged */
    char *database_sslmode;           /* database.sslmode or NULL (dburl.h) */
    char *database_conninfo;          /* what libpq gets: database_url under the sslmode policy */
    char *channels_dir;               /* resolved against the config's directory */
    char *rules;                      /* path or NULL */
    bool allow_readable_secret_files; /* {file:} secrets open to group/others */
    char *log_level;                  /* debug | info | warn | error */
    char *log_format;                 /* text | json */
    int64_t batch_size;               /* ingest.batch_size, default 500 */
    int64_t backoff_initial_ms;       /* ingest.backoff_initial, default 1s */
    int64_t backoff_cap_ms;           /* ingest.backoff_cap, default 5m */
    int64_t shutdown_timeout_ms;      /* ingest.shutdown_timeout, default 10s */
    char *http_listen;                /* http.listen: metrics and health address, or NULL */
    char *display_timezone;           /* display.timezone, or NULL = the machine's */
    char *reports_timezone;           /* reports.timezone, or NULL = display's */
    char *reports_daily_at;           /* reports.daily_at "HH:MM" in the report zone, or NULL */
    char *reports_dir;                /* reports.dir: dry run, write the mail here; or NULL */
    struct od_report_mail_settings reports_mail; /* reports.mail */
    char *web_listen;                 /* web.listen: orderweb's address, default 127.0.0.1:8080 */
    char *web_tls_cert, *web_tls_key; /* web.tls_cert/tls_key: PEM files, or NULL = plain */
    int64_t web_session_idle_ms;      /* web.session_idle, default 30m */
    uint64_t web_max_body;            /* web.max_body, bytes, default 64 KiB */
    int64_t web_threads;              /* web.threads, default 4 */
    int64_t web_max_connections;      /* web.max_connections, default 64 */
    struct od_channel **channels;     /* sorted by name */
    size_t n_channels;
    /* od_config_load_tolerant() only: the channel files left out, in
     * name order (none from od_config_load()). */
    struct od_config_broken *broken;
    size_t n_broken;
};

/* The key tables of orderd.yaml and of a channel file's top level:
 * section "" (the top level of orderd.yaml), "database", "log", "ingest",
 * "http", "display", "reports", "web", or "channel"; NULL for another name. For the JSON Schema
 * (configschema.c) and the docs. */
const struct od_config_key *od_config_keys(const char *section);

/* "127.0.0.1:9464", "localhost:9464" or "[::1]:9464": the host (an
 * address or a name, brackets removed) and the port (1-65535). */
struct od_listen_addr {
    char host[256];
    int port;
};
int od_listen_parse(const char *text, struct od_listen_addr *out);

/* Load orderd.yaml and its channels. `registry` is the NULL-terminated
 * list of connector kinds. ORDERD_DATABASE_URL, when set and non-empty,
 * replaces database.url. On failure returns OD_ECONFIG, *out untouched, and
 * `errs` (if not NULL) holds the messages; the caller frees them with
 * od_config_errors_free(). `errs` is overwritten, not appended to (pass
 * a zeroed or freed struct); on success it is left empty. OD_ENOMEM when
 * memory ran out. od_error_last() names the first message either way.
 *
 * Files are limited to 1 MiB, nesting to 16 levels, channels_dir to 1000
 * channel files (*.yaml / *.yml regular files not starting with '.',
 * read in name order), and the list to 100 messages. YAML aliases are
 * refused. */
int od_config_load(const char *path, const struct od_connector *const *registry,
                   struct od_config **out, struct od_config_errors *errs);

/* As od_config_load(), but a channel file with errors (bad YAML, an
 * unknown key, a missing secret, a duplicate name ...) does not fail the
 * load: its channel is left out of `channels` and the file, its name when
 * known and its messages are recorded in `broken`. Errors of orderd.yaml
 * itself or of channels_dir still fail it. For tools that read the
 * database (orderctl); the daemon keeps refusing a broken configuration.
 * The 100-message limit applies per channel file. */
int od_config_load_tolerant(const char *path, const struct od_connector *const *registry,
                            struct od_config **out, struct od_config_errors *errs);

/* The channel file left out whose channel is `name`, or NULL. Borrowed. */
const struct od_config_broken *od_config_broken_channel(const struct od_config *c,
                                                        const char *name);

void od_config_free(struct od_config *c);
void od_config_errors_free(struct od_config_errors *e);

/* Find a channel by name; NULL when absent. */
struct od_channel *od_config_channel(const struct od_config *c, const char *name);

/* Free the strings/maps/lists a settings struct holds per `keys` (not the
 * struct itself), recursing into OD_KEY_SECTION tables and into every
 * item of an OD_KEY_SECTION_MAP (also a half-built one). Accepts NULL. */
void od_settings_free(const struct od_config_key *keys, void *settings);

#endif
