/* libFuzzer target for the configuration loader.
 *
 * The input is written as orderd.yaml into a fresh temp directory; when
 * it contains a line "---channel---", the text after that line becomes
 * channels.d/a.yaml instead. A secret file and an environment variable
 * are there for {file: secret} and {env: OD_FUZZ_SECRET} to find. The
 * loader runs with a registry of one connector whose key table has every
 * key type. Invariants (any broken one aborts):
 *   - success: no messages, channels sorted by unique valid names, each
 *     with its connector and settings; every item of fz.items (a
 *     mapping of named sections) has a name that passed its check, is
 *     found by that name and has its defaults;
 *   - failure: OD_ECONFIG with at least one message, each starting with
 *     a path in the temp directory ("file:line:column: ..." or
 *     "file: ...");
 *   - no message contains a secret's value unless the input itself does.
 * Everything is freed and the temp files removed after each input. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "connector.h"
#include "error.h"

#define SECRET_ENV  "env-secret-6f1d"
#define SECRET_FILE "file-secret-9a2c"
#define SPLIT       "---channel---\n"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fz_settings {
    char *dir;
    char *url;
    char *token;
    bool flag;
    int64_t count;
    int64_t wait_ms;
    uint64_t size;
    char *mode;
    struct od_strmap map;
    struct od_strlist list;
    struct od_sectmap items;
};

/* An item of fz.items (OD_KEY_SECTION_MAP). */
struct fz_item {
    char *name;
    int64_t n;
    struct od_strmap map;
};

static const char *const fz_modes[] = {"a", "b", "c", NULL};

static const struct od_config_key fz_item_keys[] = {
    {"name", OD_KEY_STRING, "x", offsetof(struct fz_item, name), "string", NULL, false},
    {"n", OD_KEY_INT, NULL, offsetof(struct fz_item, n), "int", NULL, false},
    {"map", OD_KEY_MAP, NULL, offsetof(struct fz_item, map), "map", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

/* Item names: lower-cased; a name with '!' is refused. */
static const char *fz_item_name(char *name)
{
    if (strchr(name, '!'))
        return "has a '!'";
    for (char *c = name; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return NULL;
}

#define FS(f) offsetof(struct fz_settings, f)

static const struct od_config_key fz_keys[] = {
    {"dir", OD_KEY_PATH, "in", FS(dir), "path", NULL, false},
    {"url", OD_KEY_STRING, NULL, FS(url), "string", NULL, false},
    {"token", OD_KEY_SECRET, NULL, FS(token), "secret", NULL, false},
    {"flag", OD_KEY_BOOL, "no", FS(flag), "bool", NULL, false},
    {"count", OD_KEY_INT, "1", FS(count), "int", NULL, true},
    {"wait", OD_KEY_DURATION, "1s", FS(wait_ms), "duration", NULL, false},
    {"size", OD_KEY_SIZE, "1k", FS(size), "size", NULL, false},
    {"mode", OD_KEY_ENUM, "a", FS(mode), "enum", fz_modes, false},
    {"map", OD_KEY_MAP, NULL, FS(map), "map", NULL, false},
    {"list", OD_KEY_LIST, "[x, y]", FS(list), "list", NULL, false},
    {"items", OD_KEY_SECTION_MAP, NULL, FS(items), "named sections", NULL, false, fz_item_keys,
     sizeof(struct fz_item), fz_item_name},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef FS

static int fz_validate(const struct od_channel *ch)
{
    const struct fz_settings *s = ch->settings;

    if (s->count < 0)
        return od_error_set(OD_ECONFIG, "fz.count must not be negative");
    return 0;
}

static const struct od_connector fz_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "fz",
    .summary = "every key type",
    .keys = fz_keys,
    .settings_size = sizeof(struct fz_settings),
    .validate = fz_validate,
};

static const struct od_connector *const fz_registry[] = {&fz_connector, NULL};

static bool write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    bool ok;

    if (!f)
        return false;
    ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

static bool contains(const uint8_t *data, size_t size, const char *s)
{
    return memmem(data, size, s, strlen(s)) != NULL;
}

static bool name_ok(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || n > 63 || s[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return false;
    return true;
}

static void check_success(const struct od_config *cfg, const struct od_config_errors *errs)
{
    if (errs->n != 0 || !cfg->database_url || !cfg->log_level || !cfg->log_format ||
        !cfg->channels_dir || cfg->batch_size < 1 || cfg->batch_size > 100000)
        abort();
    for (size_t i = 0; i < cfg->n_channels; i++) {
        const struct od_channel *ch = cfg->channels[i];
        const struct fz_settings *s = ch->settings;

        if (!ch->name || !name_ok(ch->name) || ch->connector != &fz_connector || !ch->settings ||
            !ch->file || ch->poll_interval_ms < 100)
            abort();
        if (i > 0 && strcmp(cfg->channels[i - 1]->name, ch->name) >= 0)
            abort();
        if (od_config_channel(cfg, ch->name) != ch)
            abort();
        for (size_t k = 0; k < s->items.n; k++) {
            const struct fz_item *it = od_sectmap_item(&s->items, k);

            /* every item named, checked, unique, with its defaults */
            if (!s->items.names[k] || strchr(s->items.names[k], '!') || !it || !it->name ||
                od_sectmap_get(&s->items, s->items.names[k]) != it)
                abort();
        }
    }
}

static void check_failure(const char *dir, const struct od_config_errors *errs, const uint8_t *data,
                          size_t size)
{
    bool env_in_input = contains(data, size, SECRET_ENV);
    bool file_in_input = contains(data, size, SECRET_FILE);

    if (errs->n == 0)
        abort();
    for (size_t i = 0; i < errs->n; i++) {
        const char *m = errs->msgs[i];

        if (strncmp(m, dir, strlen(dir)) != 0 || !strstr(m, ": "))
            abort();
        if ((!env_in_input && strstr(m, SECRET_ENV)) || (!file_in_input && strstr(m, SECRET_FILE)))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char dir[] = "/tmp/od-fuzz-config-XXXXXX";
    char path[128], chdir_path[128], chan[128], secret[128];
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const uint8_t *split;
    size_t main_len = size;
    bool have_chan = false;
    int rc, rc2;

    if (!mkdtemp(dir))
        return 0;
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    snprintf(chdir_path, sizeof(chdir_path), "%s/channels.d", dir);
    snprintf(chan, sizeof(chan), "%s/channels.d/a.yaml", dir);
    snprintf(secret, sizeof(secret), "%s/secret", dir);
    setenv("OD_FUZZ_SECRET", SECRET_ENV, 1);
    unsetenv("ORDERD_DATABASE_URL");

    split = memmem(data, size, SPLIT, strlen(SPLIT));
    if (split && (split == data || split[-1] == '\n')) {
        main_len = (size_t)(split - data);
        have_chan = true;
    }
    if (mkdir(chdir_path, 0700) < 0 || !write_file(path, data, main_len) ||
        !write_file(secret, SECRET_FILE "\n", strlen(SECRET_FILE) + 1))
        goto out;
    if (have_chan) {
        const uint8_t *rest = split + strlen(SPLIT);

        if (!write_file(chan, rest, size - (size_t)(rest - data)))
            goto out;
    }

    rc = od_config_load(path, fz_registry, &cfg, &errs);
    if (rc == 0)
        check_success(cfg, &errs);
    else if (rc == OD_ECONFIG)
        check_failure(dir, &errs, data, size);
    else if (rc != OD_ENOMEM)
        abort();
    if (rc != 0 && cfg)
        abort();
    od_config_free(cfg);
    cfg = NULL;
    od_config_errors_free(&errs);

    /* The tolerant load (orderctl) of the same files: it succeeds where
     * the strict one did; where that failed only in the channel file, it
     * succeeds with that file left out, its messages kept. */
    rc2 = od_config_load_tolerant(path, fz_registry, &cfg, &errs);
    if (rc2 == 0) {
        if (!cfg || errs.n)
            abort();
        if (rc == 0 && cfg->n_broken)
            abort();
        for (size_t i = 0; i < cfg->n_broken; i++)
            if (strcmp(cfg->broken[i].file, chan) != 0 || cfg->broken[i].errs.n == 0)
                abort();
    } else if (rc2 == OD_ECONFIG) {
        if (rc == 0 || cfg || errs.n == 0)
            abort();
    } else if (rc2 != OD_ENOMEM) {
        abort();
    }
out:
    od_config_free(cfg);
    od_config_errors_free(&errs);
    unlink(chan);
    unlink(secret);
    unlink(path);
    rmdir(chdir_path);
    rmdir(dir);
    return 0;
}
