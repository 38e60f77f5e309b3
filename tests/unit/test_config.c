/* Unit tests for lib/config.c: table-driven error cases (each message
 * checked exactly, with line:column) plus a few successful loads.
 *
 * The connectors here are the test's own (kind "test" with a key of every
 * type and a validate callback, kind "other" with no keys), so the tests
 * do not depend on the real connectors. Fixtures are written from the
 * strings below into a fresh mkdtemp directory per case; "$T" in a
 * fixture or an expected message stands for that directory. */
#include <errno.h>
#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "config.h"
#include "configdir.h"
#include "connector.h"
#include "error.h"

/* ---- the test connectors ---------------------------------------------- */

struct test_settings {
    char *dir;
    char *url;
    char *token;
    bool archive;
    int64_t retries;
    int64_t timeout_ms;
    uint64_t max_size;
    char *format;
    struct od_strmap headers;
    struct od_strlist tags;
};

static const char *const test_formats[] = {"csv", "json", NULL};

#define TS(f) offsetof(struct test_settings, f)

static const struct od_config_key test_keys[] = {
    {"dir", OD_KEY_PATH, NULL, TS(dir), "input directory", NULL, true},
    {"url", OD_KEY_STRING, NULL, TS(url), "endpoint", NULL, false},
    {"token", OD_KEY_SECRET, NULL, TS(token), "API token", NULL, false},
    {"archive", OD_KEY_BOOL, "false", TS(archive), "archive files", NULL, false},
    {"retries", OD_KEY_INT, "3", TS(retries), "retries", NULL, false},
    {"timeout", OD_KEY_DURATION, "30s", TS(timeout_ms), "timeout", NULL, false},
    {"max_size", OD_KEY_SIZE, "64k", TS(max_size), "largest file", NULL, false},
    {"format", OD_KEY_ENUM, "csv", TS(format), "file format", test_formats, false},
    {"headers", OD_KEY_MAP, NULL, TS(headers), "extra headers", NULL, false},
    {"tags", OD_KEY_LIST, NULL, TS(tags), "tags", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef TS

static int test_validate(const struct od_channel *ch)
{
    const struct test_settings *s = ch->settings;

    if (s->archive && s->retries > 10)
        return od_error_set(OD_ECONFIG, "test.retries must be at most 10 when archive is on");
    return 0;
}

static const struct od_connector test_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "test",
    .summary = "every key type",
    .keys = test_keys,
    .settings_size = sizeof(struct test_settings),
    .validate = test_validate,
};

static const struct od_config_key other_keys[] = {
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_connector other_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "other",
    .summary = "no keys",
    .keys = other_keys,
    .settings_size = 0,
};

static const struct od_connector *const test_registry[] = {
    &test_connector,
    &other_connector,
    NULL,
};

/* Kind "nest": OD_KEY_SECTION, two levels deep (nest.sub.deep). */
struct deep_settings {
    int64_t level;
    char *label;
};

struct sub_settings {
    char *sheet;
    uint64_t limit;
    char *mode;
    struct od_strmap names;
    struct deep_settings deep;
};

struct nest_settings {
    char *dir;
    struct sub_settings sub;
    int64_t after;
};

static const char *const nest_modes[] = {"a", "b", NULL};

static const struct od_config_key deep_keys[] = {
    {"level", OD_KEY_INT, "7", offsetof(struct deep_settings, level), "level", NULL, false},
    {"label", OD_KEY_STRING, "low", offsetof(struct deep_settings, label), "label", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#define SS(f) offsetof(struct sub_settings, f)

static const struct od_config_key sub_keys[] = {
    {"sheet", OD_KEY_STRING, NULL, SS(sheet), "sheet name", NULL, false},
    {"limit", OD_KEY_SIZE, "64k", SS(limit), "limit", NULL, false},
    {"mode", OD_KEY_ENUM, "a", SS(mode), "mode", nest_modes, false},
    {"names", OD_KEY_MAP, NULL, SS(names), "names", NULL, false},
    {"deep", OD_KEY_SECTION, NULL, SS(deep), "deeper", NULL, false, deep_keys},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef SS

static const struct od_config_key nest_keys[] = {
    {"dir", OD_KEY_PATH, NULL, offsetof(struct nest_settings, dir), "dir", NULL, true},
    {"sub", OD_KEY_SECTION, NULL, offsetof(struct nest_settings, sub), "nested", NULL, false,
     sub_keys},
    {"after", OD_KEY_INT, "1", offsetof(struct nest_settings, after), "after", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_connector nest_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "nest",
    .summary = "nested sections",
    .keys = nest_keys,
    .settings_size = sizeof(struct nest_settings),
};

static const struct od_connector *const nest_registry[] = {
    &nest_connector,
    NULL,
};

/* Kind "multi": OD_KEY_SECTION_MAP (multi.items.NAME), whose items have
 * defaults and a section of their own (deep_keys). Names are lower-cased
 * and may not hold a space. */
struct item_settings {
    char *sheet;
    int64_t level;
    char *mode;
    struct od_strmap names;
    struct deep_settings deep;
};

struct multi_settings {
    char *dir;
    struct od_sectmap items;
};

#define IS(f) offsetof(struct item_settings, f)

static const struct od_config_key item_keys[] = {
    {"sheet", OD_KEY_STRING, NULL, IS(sheet), "sheet name", NULL, false},
    {"level", OD_KEY_INT, "7", IS(level), "level", NULL, false},
    {"mode", OD_KEY_ENUM, "a", IS(mode), "mode", nest_modes, false},
    {"names", OD_KEY_MAP, NULL, IS(names), "names", NULL, false},
    {"deep", OD_KEY_SECTION, NULL, IS(deep), "deeper", NULL, false, deep_keys},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef IS

static const char *item_name_check(char *name)
{
    if (strchr(name, ' '))
        return "must not contain a space";
    for (char *c = name; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return NULL;
}

static const struct od_config_key multi_keys[] = {
    {"dir", OD_KEY_PATH, NULL, offsetof(struct multi_settings, dir), "dir", NULL, true},
    {"items", OD_KEY_SECTION_MAP, NULL, offsetof(struct multi_settings, items), "named items", NULL,
     false, item_keys, sizeof(struct item_settings), item_name_check},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_connector multi_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "multi",
    .summary = "a mapping of named sections",
    .keys = multi_keys,
    .settings_size = sizeof(struct multi_settings),
};

static const struct od_connector *const multi_registry[] = {
    &multi_connector,
    NULL,
};

/* The registry load() uses: test_registry unless a case says "nest" or "multi". */
static const struct od_connector *const *use_registry = test_registry;

/* ---- fixtures ------------------------------------------------------------- */

struct fixture {
    char dir[64];
};

/* `s` with every "$T" replaced by `dir`; the caller frees. */
static char *expand(const char *s, const char *dir)
{
    struct od_buf b;

    od_buf_init(&b, 1 << 20);
    for (; *s; s++) {
        if (s[0] == '$' && s[1] == 'T') {
            assert_int_equal(od_buf_adds(&b, dir), 0);
            s++;
        } else
            assert_int_equal(od_buf_addc(&b, *s), 0);
    }
    return od_buf_steal(&b);
}

static void write_file(const char *dir, const char *rel, const char *content)
{
    char *text = expand(content, dir);

    configdir_put(dir, rel, text);
    free(text);
}

static int setup(void **state)
{
    struct fixture *fx = calloc(1, sizeof(*fx));

    if (!fx)
        return -1;
    if (configdir_make(fx->dir, sizeof(fx->dir), "/tmp/od-test-config-XXXXXX") < 0) {
        free(fx);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *fx = *state;

    if (fx) {
        configdir_remove(fx->dir);
        free(fx);
    }
    unsetenv("ORDERD_DATABASE_URL");
    unsetenv("OD_TEST_TOKEN");
    unsetenv("OD_TEST_URL");
    use_registry = test_registry;
    return 0;
}

static int load(struct fixture *fx, struct od_config **cfg, struct od_config_errors *errs)
{
    char path[128];

    snprintf(path, sizeof(path), "%s/orderd.yaml", fx->dir);
    return od_config_load(path, use_registry, cfg, errs);
}

/* ---- error cases ------------------------------------------------------------- */

#define MAX_FILES 4
#define MAX_MSGS  4

struct error_case {
    const char *name;
    const char *orderd; /* orderd.yaml; NULL = do not write it */
    struct {
        const char *path; /* relative to the temp dir */
        const char *text;
    } files[MAX_FILES];
    const char *expect[MAX_MSGS]; /* exact messages, in order */
    bool nest;                    /* load with nest_registry */
    bool multi;                   /* load with multi_registry */
};

#define CH_HEAD "name: shop\nkind: test\n"
#define CH_NEST "name: shop\nkind: nest\nnest:\n  dir: in\n"
/* multi.items starts on line 5; its first name is at 6:5. */
#define CH_MULTI "name: shop\nkind: multi\nmulti:\n  dir: in\n  items:\n"

/* Not const: cmocka's initial_state is a plain void pointer. */
static struct error_case error_cases[] = {
    {"unknown_key_lists_allowed",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  dri: in\n"}},
     {"$T/channels.d/a.yaml:5:3: unknown key 'dri' in test; did you mean 'dir'? allowed: dir, url, "
      "token, archive, "
      "retries, timeout, max_size, format, headers, tags"}},
    {"unknown_channel_key_lists_sections",
     "",
     {{"channels.d/a.yaml", CH_HEAD "poll: 5s\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:1: unknown key 'poll' in the channel; allowed: name, kind, "
      "enabled, poll_interval, batch_size, match_customer_by, reconcile, test"}},
    /* The common slips of ops staff get a hint (issue 19). */
    {"misspelt_key_did_you_mean",
     "",
     {{"channels.d/a.yaml", CH_HEAD "Poll_Intervall: 5s\ntest: {dir: in, fromat: csv}\n"}},
     {"$T/channels.d/a.yaml:3:1: unknown key 'Poll_Intervall' in the channel; did you mean "
      "'poll_interval'? allowed: name, kind, enabled, poll_interval, batch_size, "
      "match_customer_by, reconcile, test",
      "$T/channels.d/a.yaml:4:17: unknown key 'fromat' in test; did you mean 'format'? allowed: "
      "dir, url, token, archive, retries, timeout, max_size, format, headers, tags"}},
    {"tab_indent_hint",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n\tdir: in\n"}},
     {"$T/channels.d/a.yaml:4:1: found character that cannot start any token (while scanning "
      "for the next token at line 4, column 1); a tab in the indentation: YAML indents with "
      "spaces only"}},
    {"fullwidth_colon_hint",
     "",
     {{"channels.d/a.yaml", CH_HEAD "poll_interval\xEF\xBC\x9A"
                                    "5s\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:4:1: could not find expected ':' (while scanning a simple key at "
      "line 3, column 1); a full-width colon '\xEF\xBC\x9A': write an ASCII ':' followed by a "
      "space"}},
    {"fullwidth_colon_in_a_flow_key",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: {dir: in, format\xEF\xBC\x9A"
                                    "csv: 1}\n"}},
     {"$T/channels.d/a.yaml:3:17: unknown key 'format\xEF\xBC\x9A"
      "csv' in test: it holds a "
      "full-width colon '\xEF\xBC\x9A'; write an ASCII ':' followed by a space"}},
    {"gbk_file_hint",
     "",
     {{"channels.d/a.yaml", CH_HEAD "# \xB6\xA9\xB5\xA5\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:3: invalid leading UTF-8 octet; the file is not UTF-8 (saved as "
      "GBK?): save it as UTF-8"}},
    {"reconcile_true_refused",
     "",
     {{"channels.d/a.yaml", CH_HEAD "reconcile: true\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:1: reconcile: expected a mapping or false; got 'true'"}},
    {"reconcile_bad_duration",
     "",
     {{"channels.d/a.yaml", CH_HEAD "reconcile: {every: soon}\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:20: reconcile.every: expected a duration like 500ms, 30s, 5m, 1h; "
      "got 'soon'"}},
    {"unknown_top_level_key",
     "database:\n  url: x\nchanel_dir: x\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:3:1: unknown key 'chanel_dir' at the top level; did you mean "
      "'channels_dir'? allowed: channels_dir, "
      "rules, allow_readable_secret_files, database, log, ingest, http, display, reports, web"}},
    {"duplicate_key_names_earlier_line",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  url: x\n  dir: out\n"}},
     {"$T/channels.d/a.yaml:6:3: duplicate key 'dir' in test (first at line 4)"}},
    {"duplicate_top_level_section",
     "log:\n  level: info\nlog:\n  level: warn\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:3:1: duplicate key 'log' at the top level (first at line 1)"}},
    {"bad_duration",
     "",
     {{"channels.d/a.yaml", CH_HEAD "poll_interval: 5x\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:16: poll_interval: expected a duration like 500ms, 30s, 5m, 1h; "
      "got '5x'"}},
    {"bad_duration_in_section",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  timeout: [1s]\n"}},
     {"$T/channels.d/a.yaml:5:12: test.timeout: expected a duration like 500ms, 30s, 5m, 1h; "
      "got a list"}},
    {"poll_interval_too_short",
     "",
     {{"channels.d/a.yaml", CH_HEAD "poll_interval: 50ms\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:16: poll_interval: must be at least 100ms; got '50ms'"}},
    {"reports_daily_at_not_hh_mm",
     "database:\n  url: x\nreports:\n  daily_at: \"8:00\"\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:4:13: reports.daily_at: '8:00' is not HH:MM (00:00 to 23:59)"}},
    {"reports_daily_at_without_mail",
     "database:\n  url: x\nreports:\n  daily_at: \"08:00\"\n  mail: {from: a@b.c}\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:4:13: reports.daily_at needs reports.mail.from, reports.mail.to and "
      "reports.mail.smtp_url (or reports.dir)"}},
    {"reports_mail_password_not_inline",
     "database:\n  url: x\nreports:\n  mail: {smtp_url: smtps://h, password: hunter2}\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:4:41: reports.mail.password: secrets must not be inline: use {env: NAME}, "
      "{file: PATH} or {credential: NAME}"}},
    {"bad_bool",
     "",
     {{"channels.d/a.yaml", CH_HEAD "enabled: maybe\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:10: enabled: expected true or false (or yes/no, on/off); got "
      "'maybe'"}},
    {"bad_enum_lists_choices",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  format: xml\n"}},
     {"$T/channels.d/a.yaml:5:11: test.format: expected one of csv, json; got 'xml'"}},
    {"bad_log_level",
     "log:\n  level: verbose\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:2:10: log.level: expected one of debug, info, warn, error; got 'verbose'"}},
    {"bad_int",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  retries: 3x\n"}},
     {"$T/channels.d/a.yaml:5:12: test.retries: expected an integer; got '3x'"}},
    {"batch_size_out_of_range",
     "ingest:\n  batch_size: 0\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:2:15: ingest.batch_size: must be between 1 and 100000; got '0'"}},
    {"bad_size",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  max_size: lots\n"}},
     {"$T/channels.d/a.yaml:5:13: test.max_size: expected a size like 512, 64k, 25MiB; got "
      "'lots'"}},
    {"missing_required_key",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  url: http://x\n"}},
     {"$T/channels.d/a.yaml:3:1: missing required key 'dir' in test"}},
    {"missing_name_and_kind",
     "",
     {{"channels.d/a.yaml", "enabled: true\n"}},
     {"$T/channels.d/a.yaml:1:1: missing required key 'name' in the channel",
      "$T/channels.d/a.yaml:1:1: missing required key 'kind' in the channel"}},
    {"missing_kind_section",
     "",
     {{"channels.d/a.yaml", CH_HEAD "enabled: true\n"}},
     {"$T/channels.d/a.yaml:1:1: missing section 'test' in the channel"}},
    {"section_of_another_kind",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: {dir: in}\nother: {}\n"}},
     {"$T/channels.d/a.yaml:4:1: section 'other' does not match this channel's kind 'test'"}},
    {"inline_secret_refused",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  token: abc123\n"}},
     {"$T/channels.d/a.yaml:5:10: test.token: secrets must not be inline: use {env: NAME}, "
      "{file: PATH} or {credential: NAME}"}},
    {"env_unset",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  token: {env: OD_TEST_UNSET_VAR}\n"}},
     {"$T/channels.d/a.yaml:5:10: test.token: environment variable OD_TEST_UNSET_VAR is not "
      "set"}},
    {"file_unreadable",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  token: {file: ../nope}\n"}},
     {"$T/channels.d/a.yaml:5:10: test.token: cannot read $T/channels.d/../nope: No such file or "
      "directory"}},
    {"bad_ref_key",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  token: {vault: x}\n"}},
     {"$T/channels.d/a.yaml:5:10: test.token: expected {env: NAME}, {file: PATH} or "
      "{credential: NAME}"}},
    {"unknown_kind_lists_kinds",
     "",
     {{"channels.d/a.yaml", "name: shop\nkind: ftp\nftp: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:2:7: unknown kind 'ftp'; known kinds: test, other"}},
    {"duplicate_channel_name_names_both_files",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: {dir: in}\n"},
      {"channels.d/b.yaml", CH_HEAD "test: {dir: in}\n"}},
     {"$T/channels.d/b.yaml:1:7: duplicate channel name 'shop': also in $T/channels.d/a.yaml:1:7"}},
    {"bad_channel_name",
     "",
     {{"channels.d/a.yaml", "name: Shop_1\nkind: test\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:1:7: bad channel name 'Shop_1': use 1 to 63 lowercase letters, "
      "digits and '-', starting with a letter or digit"}},
    {"channel_name_too_long",
     "",
     {{"channels.d/a.yaml",
       "name: a234567890123456789012345678901234567890123456789012345678901234\nkind: test\n"
       "test: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:1:7: bad channel name 'a234567890123456789012345678901234567890...': "
      "use 1 to 63 lowercase letters, digits and '-', starting with a letter or digit"}},
    {"yaml_syntax_error",
     "",
     {{"channels.d/a.yaml", "name: shop\nkind: [test\ntest: {dir: in}\n"}},
     {"$T/channels.d/a.yaml:3:5: did not find expected ',' or ']' (while parsing a flow "
      "sequence at line 2, column 7)"}},
    {"yaml_syntax_error_in_orderd_yaml",
     "log:\n  level: info\n bad\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:3:2: did not find expected key (while parsing a block mapping at line 1, "
      "column 1)"}},
    {"two_errors_in_one_file",
     "",
     {{"channels.d/a.yaml", CH_HEAD "enabled: maybe\ntest:\n  dir: in\n  colour: red\n"}},
     {"$T/channels.d/a.yaml:3:10: enabled: expected true or false (or yes/no, on/off); got "
      "'maybe'",
      "$T/channels.d/a.yaml:6:3: unknown key 'colour' in test; allowed: dir, url, token, "
      "archive, retries, timeout, max_size, format, headers, tags"}},
    {"errors_in_two_files",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: {dir: in, format: xml}\n"},
      {"channels.d/b.yaml", "name: b\nkind: test\ntest: {}\n"}},
     {"$T/channels.d/a.yaml:3:25: test.format: expected one of csv, json; got 'xml'",
      "$T/channels.d/b.yaml:3:1: missing required key 'dir' in test"}},
    {"validate_failure_has_location",
     "",
     {{"channels.d/a.yaml", CH_HEAD "enabled: false\ntest:\n  dir: in\n  archive: yes\n"
                                    "  retries: 11\n"}},
     {"$T/channels.d/a.yaml:4:1: test.retries must be at most 10 when archive is on"}},
    {"map_duplicate_key",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  headers:\n    X-A: 1\n    X-B: 2\n"
                                    "    X-A: 3\n"}},
     {"$T/channels.d/a.yaml:8:5: test.headers: duplicate key 'X-A' (first at line 6)"}},
    {"list_of_mappings_refused",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n  tags:\n    - a\n    - {b: c}\n"}},
     {"$T/channels.d/a.yaml:7:7: test.tags: expected a string in the list; got a mapping"}},
    {"section_not_a_mapping",
     "ingest: 5\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:1:9: ingest: expected a mapping; got '5'"}},
    {"channel_not_a_mapping",
     "",
     {{"channels.d/a.yaml", "- name: shop\n"}},
     {"$T/channels.d/a.yaml:1:1: expected a mapping at the top level; got a list"}},
    {"aliases_refused",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: &t {dir: in}\nother: *t\n"}},
     {"$T/channels.d/a.yaml:4:8: YAML aliases (*name) are not supported"}},
    {"nesting_capped",
     "",
     {{"channels.d/a.yaml",
       CH_HEAD "test: {dir: in, headers: [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}\n"}},
     {"$T/channels.d/a.yaml:3:40: nesting deeper than 16 levels"}},
    {"two_documents_refused",
     "",
     {{"channels.d/a.yaml", CH_HEAD "test: {dir: in}\n---\nname: x\n"}},
     {"$T/channels.d/a.yaml:4:1: only one YAML document is allowed per file"}},
    {"missing_config_file",
     NULL,
     {{NULL, NULL}},
     {"$T/orderd.yaml: cannot read: No such file or directory"}},
    {"missing_channels_dir",
     "channels_dir: nowhere\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:1:15: channels_dir $T/nowhere: No such file or directory"}},
    {"section_unknown_key_lists_its_keys",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sub:\n    shet: x\n"}},
     {"$T/channels.d/a.yaml:6:5: unknown key 'shet' in nest.sub; did you mean 'sheet'? allowed: "
      "sheet, limit, mode, "
      "names, deep"},
     .nest = true},
    {"section_bad_value_has_position",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sub:\n    mode: a\n    limit: lots\n"}},
     {"$T/channels.d/a.yaml:7:12: nest.sub.limit: expected a size like 512, 64k, 25MiB; got "
      "'lots'"},
     .nest = true},
    {"section_two_levels_deep",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sub:\n    deep:\n      level: x\n      lvl: 2\n"}},
     {"$T/channels.d/a.yaml:7:14: nest.sub.deep.level: expected an integer; got 'x'",
      "$T/channels.d/a.yaml:8:7: unknown key 'lvl' in nest.sub.deep; allowed: level, label"},
     .nest = true},
    {"section_not_a_mapping",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sub: 5\n"}},
     {"$T/channels.d/a.yaml:5:8: nest.sub: expected a mapping; got '5'"},
     .nest = true},
    {"section_duplicate",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sub: {}\n  sub: {mode: b}\n"}},
     {"$T/channels.d/a.yaml:6:3: duplicate key 'sub' in nest (first at line 5)"},
     .nest = true},
    {"section_key_in_parent_is_unknown",
     "",
     {{"channels.d/a.yaml", CH_NEST "  sheet: x\n"}},
     {"$T/channels.d/a.yaml:5:3: unknown key 'sheet' in nest; allowed: dir, sub, after"},
     .nest = true},
    {"rules_must_exist",
     "rules: rules.yaml\n",
     {{NULL, NULL}},
     {"$T/orderd.yaml:1:8: rules: cannot read $T/rules.yaml: No such file or directory"}},
    {"sectmap_unknown_key_lists_the_item_keys",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    Acme.com:\n      shet: x\n"}},
     {"$T/channels.d/a.yaml:7:7: unknown key 'shet' in multi.items.\"Acme.com\"; did you mean "
      "'sheet'? allowed: sheet, "
      "level, mode, names, deep"},
     .multi = true},
    {"sectmap_bad_value_names_the_item",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    a:\n      sheet: S\n      level: x\n"}},
     {"$T/channels.d/a.yaml:8:14: multi.items.\"a\".level: expected an integer; got 'x'"},
     .multi = true},
    {"sectmap_section_inside_an_item",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    a: {}\n    b:\n      deep: {level: y, lvl: 1}\n"}},
     {"$T/channels.d/a.yaml:8:21: multi.items.\"b\".deep.level: expected an integer; got 'y'",
      "$T/channels.d/a.yaml:8:24: unknown key 'lvl' in multi.items.\"b\".deep; allowed: level, "
      "label"},
     .multi = true},
    {"sectmap_errors_in_two_items_in_file_order",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    b: {mode: z}\n    a: {names: [x]}\n  dri: x\n"}},
     {"$T/channels.d/a.yaml:6:15: multi.items.\"b\".mode: expected one of a, b; got 'z'",
      "$T/channels.d/a.yaml:7:16: multi.items.\"a\".names: expected a mapping of names to "
      "strings; got a list",
      "$T/channels.d/a.yaml:8:3: unknown key 'dri' in multi; did you mean 'dir'? allowed: dir, "
      "items"},
     .multi = true},
    {"sectmap_duplicate_name",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    a: {}\n    b: {}\n    a: {level: 1}\n"}},
     {"$T/channels.d/a.yaml:8:5: multi.items: duplicate name 'a' (first at line 6)"},
     .multi = true},
    {"sectmap_duplicate_name_after_name_check",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    acme.com: {}\n    x: {}\n    ACME.com: {}\n"}},
     {"$T/channels.d/a.yaml:8:5: multi.items: duplicate name 'ACME.com': the same as "
      "'acme.com' at line 6"},
     .multi = true},
    {"sectmap_name_refused",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    ok: {}\n    \"a b\": {level: q}\n"}},
     {"$T/channels.d/a.yaml:7:5: multi.items: 'a b' must not contain a space",
      "$T/channels.d/a.yaml:7:20: multi.items.\"a b\".level: expected an integer; got 'q'"},
     .multi = true},
    {"sectmap_name_not_a_scalar",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    ? [x]\n    : {}\n    ~: {}\n"}},
     {"$T/channels.d/a.yaml:6:7: multi.items: expected a name as key; got a list",
      "$T/channels.d/a.yaml:8:5: multi.items: expected a name as key; got nothing"},
     .multi = true},
    {"sectmap_not_a_mapping",
     "",
     {{"channels.d/a.yaml", "name: shop\nkind: multi\nmulti:\n  dir: in\n  items: [a, b]\n"}},
     {"$T/channels.d/a.yaml:5:10: multi.items: expected a mapping of names to mappings; got a "
      "list"},
     .multi = true},
    {"sectmap_item_not_a_mapping",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    a: 5\n    b: [1]\n"}},
     {"$T/channels.d/a.yaml:6:8: multi.items.\"a\": expected a mapping; got '5'",
      "$T/channels.d/a.yaml:7:8: multi.items.\"b\": expected a mapping; got a list"},
     .multi = true},
    {"sectmap_key_given_twice",
     "",
     {{"channels.d/a.yaml", CH_MULTI "    a: {}\n  items: {b: {}}\n"}},
     {"$T/channels.d/a.yaml:7:3: duplicate key 'items' in multi (first at line 5)"},
     .multi = true},
    {"sectmap_long_name_is_cut_in_messages",
     "",
     {{"channels.d/a.yaml",
       CH_MULTI "    "
                "a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789"
                "i123456789j123456789k123456789l123456789m123456789n123456789o123456789p123456789"
                "q123456789r123456789s123456789t123456789u123456789: {level: q}\n"}},
     {"$T/channels.d/a.yaml:6:225: multi.items."
      "\"a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789"
      "i123456789j123456789k123456789l123456789m123456789n123456789o123456789p123456789"
      "q123456789r123456789s123456789t123456789...\".level: expected an integer; got 'q'"},
     .multi = true},
};

/* cmocka gives a test one state pointer: it starts as the case and the
 * setup replaces it with the fixture, so the case (the tests run one at a
 * time) is kept in current_case. */
static const struct error_case *current_case;

static int error_case_setup(void **state)
{
    const struct error_case *c = *state;
    struct fixture *fx;
    int rc;

    current_case = c;
    rc = setup(state);
    use_registry = c->nest ? nest_registry : c->multi ? multi_registry : test_registry;
    if (rc < 0)
        return rc;
    fx = *state;
    if (c->orderd)
        write_file(fx->dir, "orderd.yaml", c->orderd);
    for (size_t i = 0; i < MAX_FILES && c->files[i].path; i++)
        write_file(fx->dir, c->files[i].path, c->files[i].text);
    return 0;
}

static void run_error_case(void **state)
{
    struct fixture *fx = *state;
    const struct error_case *c = current_case;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    size_t n_expect = 0;
    int rc;

    rc = load(fx, &cfg, &errs);
    assert_int_equal(rc, OD_ECONFIG);
    assert_null(cfg);
    while (n_expect < MAX_MSGS && c->expect[n_expect])
        n_expect++;
    for (size_t i = 0; i < errs.n; i++) {
        char *want = i < n_expect ? expand(c->expect[i], fx->dir) : NULL;
        bool same = want && strcmp(want, errs.msgs[i]) == 0;

        free(want);
        if (!same)
            print_message("  unexpected message %zu: %s\n", i, errs.msgs[i]);
    }
    assert_int_equal(errs.n, n_expect);
    for (size_t i = 0; i < n_expect; i++) {
        char *want = expand(c->expect[i], fx->dir);

        assert_string_equal(errs.msgs[i], want);
        free(want);
    }
    /* The detail names the first message. */
    assert_non_null(strstr(od_error_last(), errs.msgs[0]));
    od_config_errors_free(&errs);
}

/* ---- successful loads ------------------------------------------------------------ */

/* A channel's reconcile: section: its defaults, `false`, and values. */
static void test_reconcile_section(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};

    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml", "name: a\nkind: test\ntest: {dir: in}\n");
    write_file(fx->dir, "channels.d/b.yaml",
               "name: b\nkind: test\nreconcile: false\ntest: {dir: in}\n");
    write_file(fx->dir, "channels.d/c.yaml",
               "name: c\nkind: test\nreconcile: {every: 1h, window: 6h}\ntest: {dir: in}\n");
    write_file(fx->dir, "channels.d/d.yaml",
               "name: d\nkind: test\nreconcile: off\ntest: {dir: in}\n");
    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    assert_true(od_config_channel(cfg, "a")->reconcile.enabled);
    assert_int_equal(od_config_channel(cfg, "a")->reconcile.every_ms, 86400000);
    assert_int_equal(od_config_channel(cfg, "a")->reconcile.window_ms, 86400000);
    assert_false(od_config_channel(cfg, "b")->reconcile.enabled);
    assert_int_equal(od_config_channel(cfg, "b")->reconcile.every_ms, 86400000);
    assert_true(od_config_channel(cfg, "c")->reconcile.enabled);
    assert_int_equal(od_config_channel(cfg, "c")->reconcile.every_ms, 3600000);
    assert_int_equal(od_config_channel(cfg, "c")->reconcile.window_ms, 21600000);
    assert_false(od_config_channel(cfg, "d")->reconcile.enabled);
    od_config_free(cfg);
}

static void test_defaults_applied(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct test_settings *s;
    char *want;

    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml", CH_HEAD "test:\n  dir: in\n");
    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    assert_non_null(cfg);
    assert_string_equal(cfg->database_url, "");
    want = expand("$T/channels.d", fx->dir);
    assert_string_equal(cfg->channels_dir, want);
    free(want);
    assert_null(cfg->rules);
    assert_string_equal(cfg->log_level, "info");
    assert_string_equal(cfg->log_format, "text");
    assert_int_equal(cfg->batch_size, 500);
    assert_int_equal(cfg->backoff_initial_ms, 1000);
    assert_int_equal(cfg->backoff_cap_ms, 300000);
    assert_int_equal(cfg->shutdown_timeout_ms, 10000);
    assert_int_equal(cfg->n_channels, 1);
    assert_string_equal(cfg->channels[0]->name, "shop");
    assert_string_equal(cfg->channels[0]->kind, "test");
    assert_ptr_equal(cfg->channels[0]->connector, &test_connector);
    assert_true(cfg->channels[0]->enabled);
    assert_int_equal(cfg->channels[0]->poll_interval_ms, 60000);
    assert_int_equal(cfg->channels[0]->batch_size, 0);
    want = expand("$T/channels.d/a.yaml", fx->dir);
    assert_string_equal(cfg->channels[0]->file, want);
    free(want);
    s = cfg->channels[0]->settings;
    want = expand("$T/channels.d/in", fx->dir);
    assert_string_equal(s->dir, want);
    free(want);
    assert_null(s->url);
    assert_null(s->token);
    assert_false(s->archive);
    assert_int_equal(s->retries, 3);
    assert_int_equal(s->timeout_ms, 30000);
    assert_int_equal(s->max_size, 65536);
    assert_string_equal(s->format, "csv");
    assert_int_equal(s->headers.n, 0);
    assert_int_equal(s->tags.n, 0);
    od_config_free(cfg);
}

static void test_all_values(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct test_settings *s;
    const struct od_channel *ch;
    char *want;

    setenv("OD_TEST_TOKEN", "tok-from-env", 1);
    setenv("OD_TEST_URL", "https://example.test/api", 1);
    write_file(fx->dir, "rules.yaml", "rules: []\n");
    write_file(fx->dir, "orderd.yaml",
               "database:\n  url: postgres://u@db/orders\n"
               "rules: rules.yaml\n"
               "log: {level: debug, format: json}\n"
               "ingest:\n  batch_size: 100\n  backoff_initial: 500ms\n  backoff_cap: 1m\n"
               "  shutdown_timeout: 0\n");
    write_file(fx->dir, "secret", "s3cr3t\n");
    want = expand("$T/secret", fx->dir);
    assert_int_equal(chmod(want, 0600), 0); /* a secret file is its owner's only */
    free(want);
    write_file(fx->dir, "channels.d/z.yaml",
               "name: zeta\nkind: test\nenabled: off\npoll_interval: 1h30m\nbatch_size: 7\n"
               "test:\n"
               "  dir: /srv/in\n"
               "  url: {env: OD_TEST_URL}\n"
               "  token: {file: ../secret}\n"
               "  archive: yes\n"
               "  retries: -2\n"
               "  timeout: 1500ms\n"
               "  max_size: 25MiB\n"
               "  format: json\n"
               "  headers:\n    X-B: two\n    X-A: one\n    X-Empty:\n"
               "  tags: single\n");
    write_file(fx->dir, "channels.d/a.yaml",
               "name: alpha\nkind: test\ntest:\n  dir: in\n  token: {env: OD_TEST_TOKEN}\n"
               "  tags: [x, 'y', \"z\"]\n");
    write_file(fx->dir, "channels.d/o.yml", "name: mid\nkind: other\nother:\n");
    /* Not channel files: hidden, other suffix, a directory. */
    write_file(fx->dir, "channels.d/.hidden.yaml", "garbage: [");
    write_file(fx->dir, "channels.d/notes.txt", "garbage: [");
    want = expand("$T/channels.d/dir.yaml", fx->dir);
    assert_int_equal(mkdir(want, 0700), 0);
    free(want);

    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    assert_string_equal(cfg->database_url, "postgres://u@db/orders");
    want = expand("$T/rules.yaml", fx->dir);
    assert_string_equal(cfg->rules, want);
    free(want);
    assert_string_equal(cfg->log_level, "debug");
    assert_string_equal(cfg->log_format, "json");
    assert_int_equal(cfg->batch_size, 100);
    assert_int_equal(cfg->backoff_initial_ms, 500);
    assert_int_equal(cfg->backoff_cap_ms, 60000);
    assert_int_equal(cfg->shutdown_timeout_ms, 0);

    /* Sorted by channel name, not by file name. */
    assert_int_equal(cfg->n_channels, 3);
    assert_string_equal(cfg->channels[0]->name, "alpha");
    assert_string_equal(cfg->channels[1]->name, "mid");
    assert_string_equal(cfg->channels[2]->name, "zeta");
    assert_ptr_equal(cfg->channels[1]->connector, &other_connector);
    assert_ptr_equal(od_config_channel(cfg, "zeta"), cfg->channels[2]);
    assert_null(od_config_channel(cfg, "nope"));

    ch = od_config_channel(cfg, "zeta");
    assert_false(ch->enabled);
    assert_int_equal(ch->poll_interval_ms, 5400000);
    assert_int_equal(ch->batch_size, 7);
    s = ch->settings;
    assert_string_equal(s->dir, "/srv/in"); /* absolute: kept */
    assert_string_equal(s->url, "https://example.test/api");
    assert_string_equal(s->token, "s3cr3t"); /* trailing newline stripped */
    assert_true(s->archive);
    assert_int_equal(s->retries, -2);
    assert_int_equal(s->timeout_ms, 1500);
    assert_int_equal(s->max_size, 25 * 1024 * 1024);
    assert_string_equal(s->format, "json");
    assert_int_equal(s->headers.n, 3);
    assert_string_equal(s->headers.keys[0], "X-B"); /* file order kept */
    assert_string_equal(s->headers.keys[1], "X-A");
    assert_string_equal(od_strmap_get(&s->headers, "X-A"), "one");
    assert_string_equal(od_strmap_get(&s->headers, "X-Empty"), "");
    assert_null(od_strmap_get(&s->headers, "X-C"));
    assert_int_equal(s->tags.n, 1);
    assert_string_equal(s->tags.items[0], "single");

    s = od_config_channel(cfg, "alpha")->settings;
    assert_string_equal(s->token, "tok-from-env");
    assert_int_equal(s->tags.n, 3);
    assert_string_equal(s->tags.items[2], "z");
    od_config_free(cfg);
}

static void test_database_url_env_override(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;

    write_file(fx->dir, "orderd.yaml", "database:\n  url: postgres://file/db\n");
    setenv("ORDERD_DATABASE_URL", "postgres://env/db", 1);
    assert_int_equal(load(fx, &cfg, NULL), 0);
    assert_string_equal(cfg->database_url, "postgres://env/db");
    od_config_free(cfg);

    /* Set but empty: the file's value stays. */
    setenv("ORDERD_DATABASE_URL", "", 1);
    assert_int_equal(load(fx, &cfg, NULL), 0);
    assert_string_equal(cfg->database_url, "postgres://file/db");
    od_config_free(cfg);
}

static void test_database_url_from_file(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;

    write_file(fx->dir, "dburl", "postgres://secret@db/x\r\n");
    write_file(fx->dir, "orderd.yaml", "database: {url: {file: dburl}}\n");
    assert_int_equal(load(fx, &cfg, NULL), 0);
    assert_string_equal(cfg->database_url, "postgres://secret@db/x");
    od_config_free(cfg);
}

/* {credential: NAME}: a file in systemd's $CREDENTIALS_DIRECTORY. */
static void test_secret_from_credential(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    char dir[256];
    char *want;

    snprintf(dir, sizeof(dir), "%s/creds", fx->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    write_file(fx->dir, "creds/shop-token", "tok-from-credential\n");
    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml",
               CH_HEAD "test:\n  dir: in\n  token: {credential: shop-token}\n");

    /* Outside systemd the directory is not set: a clear error. */
    unsetenv("CREDENTIALS_DIRECTORY");
    assert_int_equal(load(fx, &cfg, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    want = expand("$T/channels.d/a.yaml:5:10: test.token: credential shop-token: "
                  "$CREDENTIALS_DIRECTORY is not set (systemd sets it for LoadCredential=)",
                  fx->dir);
    assert_string_equal(errs.msgs[0], want);
    free(want);
    od_config_errors_free(&errs);

    setenv("CREDENTIALS_DIRECTORY", dir, 1);
    assert_int_equal(load(fx, &cfg, NULL), 0);
    assert_string_equal(((const struct test_settings *)cfg->channels[0]->settings)->token,
                        "tok-from-credential");
    od_config_free(cfg);
    cfg = NULL;

    /* A name is a file of that directory, never a path out of it. */
    write_file(fx->dir, "channels.d/a.yaml",
               CH_HEAD "test:\n  dir: in\n  token: {credential: ../creds/shop-token}\n");
    assert_int_equal(load(fx, &cfg, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    want = expand("$T/channels.d/a.yaml:5:10: test.token: credential name "
                  "'../creds/shop-token' must be a plain file name",
                  fx->dir);
    assert_string_equal(errs.msgs[0], want);
    free(want);
    od_config_errors_free(&errs);
    unsetenv("CREDENTIALS_DIRECTORY");
}

static void test_path_resolution(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    const struct test_settings *s;
    char sub[256];
    char *want;

    snprintf(sub, sizeof(sub), "%s/etc", fx->dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof(sub), "%s/etc/chans", fx->dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(fx->dir, "etc/orderd.yaml", "channels_dir: chans\n");
    write_file(fx->dir, "etc/chans/a.yaml", CH_HEAD "test:\n  dir: ../spool/in\n");
    snprintf(sub, sizeof(sub), "%s/etc/orderd.yaml", fx->dir);
    assert_int_equal(od_config_load(sub, test_registry, &cfg, NULL), 0);
    want = expand("$T/etc/chans", fx->dir);
    assert_string_equal(cfg->channels_dir, want);
    free(want);
    assert_string_equal(cfg->path, sub);
    s = cfg->channels[0]->settings;
    /* Relative to the file that set it: the channel file's directory. */
    want = expand("$T/etc/chans/../spool/in", fx->dir);
    assert_string_equal(s->dir, want);
    free(want);
    od_config_free(cfg);
}

static void test_secret_from_env_never_in_messages(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};

    /* An error elsewhere in the file: the resolved token must not leak. */
    setenv("OD_TEST_TOKEN", "tok-from-env", 1);
    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml",
               CH_HEAD "test:\n  dir: in\n  token: {env: OD_TEST_TOKEN}\n  retries: x\n");
    assert_int_equal(load(fx, &cfg, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    assert_null(strstr(errs.msgs[0], "tok-from-env"));
    od_config_errors_free(&errs);
    od_config_errors_free(&errs); /* idempotent */
}

static void test_too_many_errors(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    struct od_buf b;
    char *want;

    od_buf_init(&b, 1 << 20);
    for (int i = 0; i < 500; i++)
        assert_int_equal(od_buf_printf(&b, "k%d: 1\n", i), 0);
    write_file(fx->dir, "orderd.yaml", b.data);
    od_buf_free(&b);
    assert_int_equal(load(fx, &cfg, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 101);
    want = expand("$T/orderd.yaml: too many errors; stopped after 100", fx->dir);
    assert_string_equal(errs.msgs[100], want);
    free(want);
    od_config_errors_free(&errs);
}

static void test_file_too_big(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    char path[256];
    char *want;
    FILE *f;

    snprintf(path, sizeof(path), "%s/orderd.yaml", fx->dir);
    f = fopen(path, "w");
    assert_non_null(f);
    for (int i = 0; i < (1 << 20) / 8 + 1; i++)
        fputs("# xxxxx\n", f);
    fclose(f);
    assert_int_equal(load(fx, &cfg, &errs), OD_ECONFIG);
    assert_int_equal(errs.n, 1);
    want = expand("$T/orderd.yaml: cannot read: larger than 1 MiB", fx->dir);
    assert_string_equal(errs.msgs[0], want);
    free(want);
    od_config_errors_free(&errs);
}

static void test_section_defaults_when_absent(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct nest_settings *s;

    use_registry = nest_registry;
    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml", CH_NEST);
    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    s = cfg->channels[0]->settings;
    assert_null(s->sub.sheet);
    assert_int_equal(s->sub.limit, 65536);
    assert_string_equal(s->sub.mode, "a");
    assert_int_equal(s->sub.names.n, 0);
    assert_int_equal(s->sub.deep.level, 7);
    assert_string_equal(s->sub.deep.label, "low");
    assert_int_equal(s->after, 1);
    od_config_free(cfg);
}

static void test_section_values(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct nest_settings *s;

    use_registry = nest_registry;
    write_file(fx->dir, "orderd.yaml", "");
    /* A null section (sub:) is the same as an absent one for the parts
     * not set; here the section is set, deep only in part. */
    write_file(fx->dir, "channels.d/a.yaml",
               CH_NEST "  after: 9\n  sub:\n    sheet: Orders\n    limit: 2MiB\n    mode: b\n"
                       "    names: {a: x, b: y}\n    deep: {label: high}\n");
    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    s = cfg->channels[0]->settings;
    assert_string_equal(s->sub.sheet, "Orders");
    assert_int_equal(s->sub.limit, 2 * 1024 * 1024);
    assert_string_equal(s->sub.mode, "b");
    assert_int_equal(s->sub.names.n, 2);
    assert_string_equal(od_strmap_get(&s->sub.names, "b"), "y");
    assert_int_equal(s->sub.deep.level, 7);
    assert_string_equal(s->sub.deep.label, "high");
    assert_int_equal(s->after, 9);
    /* od_settings_free recurses: the sanitizer build checks for leaks. */
    od_config_free(cfg);
}

static void test_section_null_means_defaults(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct nest_settings *s;

    use_registry = nest_registry;
    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml", CH_NEST "  sub:\n");
    assert_int_equal(load(fx, &cfg, &errs), 0);
    s = cfg->channels[0]->settings;
    assert_string_equal(s->sub.mode, "a");
    assert_int_equal(s->sub.deep.level, 7);
    od_config_free(cfg);
}

static void test_settings_free_recurses(void **state)
{
    struct nest_settings s;

    (void)state;
    memset(&s, 0, sizeof(s));
    s.dir = strdup("d");
    s.sub.sheet = strdup("x");
    s.sub.deep.label = strdup("y");
    assert_non_null(s.sub.deep.label);
    od_settings_free(nest_keys, &s);
    assert_null(s.dir);
    assert_null(s.sub.sheet);
    assert_null(s.sub.deep.label);
}

/* multi.items: per item, its values and the item table's defaults (also
 * in its section), names lower-cased by name_check, file order kept. */
static void test_sectmap_values(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct multi_settings *s;
    const struct item_settings *it;

    use_registry = multi_registry;
    write_file(fx->dir, "orderd.yaml", "");
    write_file(fx->dir, "channels.d/a.yaml",
               CH_MULTI "    Zeta.COM:\n      sheet: Orders\n      level: 3\n"
                        "      names: {a: x}\n      deep: {label: high}\n"
                        "    alpha: {mode: b}\n    empty:\n");
    assert_int_equal(load(fx, &cfg, &errs), 0);
    assert_int_equal(errs.n, 0);
    s = cfg->channels[0]->settings;
    assert_int_equal(s->items.n, 3);
    assert_int_equal(s->items.item_size, sizeof(struct item_settings));
    assert_string_equal(s->items.names[0], "zeta.com");
    assert_string_equal(s->items.names[1], "alpha");
    assert_string_equal(s->items.names[2], "empty");
    it = od_sectmap_item(&s->items, 0);
    assert_string_equal(it->sheet, "Orders");
    assert_int_equal(it->level, 3);
    assert_string_equal(it->mode, "a"); /* the default */
    assert_string_equal(od_strmap_get(&it->names, "a"), "x");
    assert_int_equal(it->deep.level, 7);
    assert_string_equal(it->deep.label, "high");
    it = od_sectmap_get(&s->items, "alpha");
    assert_ptr_equal(it, od_sectmap_item(&s->items, 1));
    assert_null(it->sheet);
    assert_int_equal(it->level, 7);
    assert_string_equal(it->mode, "b");
    assert_int_equal(it->names.n, 0);
    assert_string_equal(it->deep.label, "low");
    /* a null item: the defaults only */
    it = od_sectmap_get(&s->items, "empty");
    assert_int_equal(it->level, 7);
    assert_string_equal(it->mode, "a");
    assert_string_equal(it->deep.label, "low");
    /* names compare as stored */
    assert_null(od_sectmap_get(&s->items, "Zeta.COM"));
    assert_non_null(od_sectmap_get(&s->items, "zeta.com"));
    assert_null(od_sectmap_item(&s->items, 3));
    assert_null(od_sectmap_get(NULL, "alpha"));
    /* the sanitizer build checks that every item's strings are freed */
    od_config_free(cfg);
}

/* Absent, null and empty: no items. */
static void test_sectmap_empty(void **state)
{
    static const char *const bodies[] = {"", "  items:\n", "  items: {}\n"};
    struct fixture *fx = *state;

    use_registry = multi_registry;
    write_file(fx->dir, "orderd.yaml", "");
    for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
        struct od_config *cfg = NULL;
        const struct multi_settings *s;
        char text[256];

        snprintf(text, sizeof(text), "name: shop\nkind: multi\nmulti:\n  dir: in\n%s", bodies[i]);
        write_file(fx->dir, "channels.d/a.yaml", text);
        assert_int_equal(load(fx, &cfg, NULL), 0);
        s = cfg->channels[0]->settings;
        assert_int_equal(s->items.n, 0);
        assert_null(od_sectmap_item(&s->items, 0));
        od_config_free(cfg);
    }
}

/* od_settings_free on a map built by hand, half-filled: every item's
 * strings, maps and sections, the names, the arrays; the map is zeroed. */
static void test_sectmap_free(void **state)
{
    struct multi_settings s;
    struct item_settings *it;

    (void)state;
    memset(&s, 0, sizeof(s));
    s.items.n = 3;
    s.items.item_size = sizeof(struct item_settings);
    s.items.names = calloc(3, sizeof(char *));
    s.items.items = calloc(3, sizeof(struct item_settings));
    assert_non_null(s.items.names);
    assert_non_null(s.items.items);
    s.items.names[0] = strdup("a"); /* names[1], names[2]: never set */
    it = od_sectmap_item(&s.items, 0);
    it->sheet = strdup("x");
    it->deep.label = strdup("y");
    it->names.n = 1;
    it->names.keys = calloc(1, sizeof(char *));
    it->names.values = calloc(1, sizeof(char *));
    assert_non_null(it->names.keys);
    assert_non_null(it->names.values);
    it->names.keys[0] = strdup("k");
    it->names.values[0] = strdup("v");
    it = od_sectmap_item(&s.items, 2);
    it->mode = strdup("b");
    od_settings_free(multi_keys, &s);
    assert_int_equal(s.items.n, 0);
    assert_null(s.items.names);
    assert_null(s.items.items);
    od_settings_free(multi_keys, &s); /* again: an empty map */
}

static void test_free_accepts_null(void **state)
{
    (void)state;
    od_config_free(NULL);
    od_config_errors_free(NULL);
    od_settings_free(test_keys, NULL);
    od_settings_free(NULL, NULL);
    assert_null(od_config_channel(NULL, "x"));
    assert_null(od_strmap_get(NULL, "x"));
}

/* http.listen values. */
static void test_listen_parse(void **state)
{
    static const struct {
        const char *in;
        const char *host; /* NULL: refused */
        int port;
    } cases[] = {
        {"127.0.0.1:9464", "127.0.0.1", 9464},
        {"localhost:1", "localhost", 1},
        {"[::1]:9464", "::1", 9464},
        {"0.0.0.0:65535", "0.0.0.0", 65535},
        {"127.0.0.1", NULL, 0},
        {"127.0.0.1:0", NULL, 0},
        {"127.0.0.1:65536", NULL, 0},
        {"127.0.0.1:94x", NULL, 0},
        {":9464", NULL, 0},
        {"::1:9464", NULL, 0},
        {"[::1]9464", NULL, 0},
        {"[::1]:", NULL, 0},
    };
    struct od_listen_addr a;

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc = od_listen_parse(cases[i].in, &a);

        if (!cases[i].host) {
            assert_int_equal(rc, OD_EINVAL);
            continue;
        }
        assert_int_equal(rc, 0);
        assert_string_equal(a.host, cases[i].host);
        assert_int_equal(a.port, cases[i].port);
    }
}

int main(void)
{
    const size_t n_err = sizeof(error_cases) / sizeof(error_cases[0]);
    const struct CMUnitTest fixed[] = {
        cmocka_unit_test_setup_teardown(test_reconcile_section, setup, teardown),
        cmocka_unit_test_setup_teardown(test_defaults_applied, setup, teardown),
        cmocka_unit_test_setup_teardown(test_all_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_database_url_env_override, setup, teardown),
        cmocka_unit_test_setup_teardown(test_database_url_from_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_secret_from_credential, setup, teardown),
        cmocka_unit_test_setup_teardown(test_path_resolution, setup, teardown),
        cmocka_unit_test_setup_teardown(test_secret_from_env_never_in_messages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_many_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_file_too_big, setup, teardown),
        cmocka_unit_test(test_free_accepts_null),
        cmocka_unit_test(test_listen_parse),
        cmocka_unit_test_setup_teardown(test_section_defaults_when_absent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_section_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_section_null_means_defaults, setup, teardown),
        cmocka_unit_test(test_settings_free_recurses),
        cmocka_unit_test_setup_teardown(test_sectmap_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sectmap_empty, setup, teardown),
        cmocka_unit_test(test_sectmap_free),
    };
    const size_t n_fixed = sizeof(fixed) / sizeof(fixed[0]);
    struct CMUnitTest *tests = calloc(n_err + n_fixed, sizeof(*tests));
    int rc;

    if (!tests)
        return 1;
    /* One named test per table row, so a failure names its case. */
    for (size_t i = 0; i < n_err; i++) {
        tests[i].name = error_cases[i].name;
        tests[i].test_func = run_error_case;
        tests[i].setup_func = error_case_setup;
        tests[i].teardown_func = teardown;
        tests[i].initial_state = &error_cases[i];
    }
    memcpy(tests + n_err, fixed, sizeof(fixed));
    unsetenv("ORDERD_DATABASE_URL");
    rc = _cmocka_run_group_tests("config", tests, n_err + n_fixed, NULL, NULL);
    free(tests);
    return rc;
}
