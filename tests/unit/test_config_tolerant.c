/* Unit tests for od_config_load_tolerant() (lib/config.c): a broken
 * channel file (bad YAML, an unknown key, a missing secret, a duplicate
 * name, too many errors) is left out with its messages and its name when
 * readable, the other channels load, and errors of orderd.yaml still fail
 * the load. od_config_load() keeps refusing the same configurations.
 *
 * The connector is the test's own (kind "t": a required path and a
 * secret), so the tests do not depend on the real connectors. Fixtures go
 * into a fresh mkdtemp directory per test. */
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

struct t_settings {
    char *dir;
    char *token;
};

static const struct od_config_key t_keys[] = {
    {"dir", OD_KEY_PATH, NULL, offsetof(struct t_settings, dir), "dir", NULL, true},
    {"token", OD_KEY_SECRET, NULL, offsetof(struct t_settings, token), "token", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_connector t_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "t",
    .summary = "test kind",
    .keys = t_keys,
    .settings_size = sizeof(struct t_settings),
};

static const struct od_connector *const registry[] = {&t_connector, NULL};

struct fixture {
    char dir[64];
    char path[128];
};

static void put(const struct fixture *fx, const char *rel, const char *text)
{
    configdir_put(fx->dir, rel, text);
}

static int setup(void **state)
{
    struct fixture *fx = calloc(1, sizeof(*fx));

    if (!fx)
        return -1;
    if (configdir_make(fx->dir, sizeof(fx->dir), "/tmp/od-test-tolerant-XXXXXX") < 0) {
        free(fx);
        return -1;
    }
    snprintf(fx->path, sizeof(fx->path), "%s/orderd.yaml", fx->dir);
    put(fx, "orderd.yaml", "database:\n  url: postgresql:///x\n");
    put(fx, "channels.d/a-good.yaml", "name: good\nkind: t\nt:\n  dir: in\n");
    put(fx, "channels.d/z-good.yaml", "name: zed\nkind: t\nt:\n  dir: in\n");
    unsetenv("OD_TOLERANT_MISSING");
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *fx = *state;

    configdir_remove(fx->dir);
    free(fx);
    return 0;
}

/* One broken file beside two good ones. */
struct broken_case {
    const char *what;
    const char *text;  /* channels.d/m-bad.yaml */
    const char *name;  /* the name recorded, NULL = unknown */
    const char *first; /* the first message, after "DIR/channels.d/m-bad.yaml:" */
};

static const struct broken_case cases[] = {
    {"bad YAML (no tree, so no name)", "name: bad\nkind: t\nt: [dir: in\n", NULL, NULL},
    {"unreadable YAML, no name", "{{{\n", NULL, NULL},
    {"unknown key", "name: bad\nkind: t\ncolour: red\nt:\n  dir: in\n", "bad",
     "3:1: unknown key 'colour' in the channel; allowed: name, kind,"},
    {"missing secret", "name: bad\nkind: t\nt:\n  dir: in\n  token: {env: OD_TOLERANT_MISSING}\n",
     "bad", "5:10: t.token: environment variable OD_TOLERANT_MISSING"},
    {"unknown kind", "name: bad\nkind: nope\n", "bad", "2:7: unknown kind 'nope'"},
    {"duplicate name", "name: good\nkind: t\nt:\n  dir: in\n", "good",
     "1:7: duplicate channel name 'good'"},
};

static void test_broken_file_left_out(void **state)
{
    struct fixture *fx = *state;

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct broken_case *bc = &cases[i];
        struct od_config_errors errs = {0};
        struct od_config *cfg = NULL;
        char file[256], prefix[300];

        print_message("case: %s\n", bc->what);
        put(fx, "channels.d/m-bad.yaml", bc->text);
        snprintf(file, sizeof(file), "%s/channels.d/m-bad.yaml", fx->dir);

        /* The strict loader refuses it, naming the file. */
        assert_int_equal(od_config_load(fx->path, registry, &cfg, &errs), OD_ECONFIG);
        assert_null(cfg);
        assert_true(errs.n >= 1);
        assert_non_null(strstr(errs.msgs[0], file));
        od_config_errors_free(&errs);

        /* The tolerant one loads the others and records it. */
        assert_int_equal(od_config_load_tolerant(fx->path, registry, &cfg, &errs), 0);
        assert_int_equal(errs.n, 0);
        assert_non_null(cfg);
        assert_int_equal(cfg->n_channels, 2);
        assert_string_equal(cfg->channels[0]->name, "good");
        assert_string_equal(cfg->channels[1]->name, "zed");
        assert_int_equal(cfg->n_broken, 1);
        assert_string_equal(cfg->broken[0].file, file);
        if (bc->name) {
            assert_non_null(cfg->broken[0].name);
            assert_string_equal(cfg->broken[0].name, bc->name);
            if (strcmp(bc->name, "good") != 0)
                assert_ptr_equal(od_config_broken_channel(cfg, bc->name), &cfg->broken[0]);
        } else {
            assert_null(cfg->broken[0].name);
        }
        assert_null(od_config_broken_channel(cfg, "zed"));
        assert_true(cfg->broken[0].errs.n >= 1);
        snprintf(prefix, sizeof(prefix), "%s:", file);
        for (size_t k = 0; k < cfg->broken[0].errs.n; k++)
            assert_memory_equal(cfg->broken[0].errs.msgs[k], prefix, strlen(prefix));
        if (bc->first) {
            const char *m = cfg->broken[0].errs.msgs[0] + strlen(prefix);

            if (strncmp(m, bc->first, strlen(bc->first)) != 0)
                fail_msg("got '%s', want it to start with '%s'", m, bc->first);
        }
        od_config_free(cfg);
    }
}

/* More than 100 errors in one file: that file alone is cut off, with the
 * "too many errors" line, and the next file still loads. */
static void test_too_many_errors_in_one_file(void **state)
{
    struct fixture *fx = *state;
    struct od_config_errors errs = {0};
    struct od_config *cfg = NULL;
    struct od_buf b;
    char want[300];

    od_buf_init(&b, 1 << 20);
    assert_int_equal(od_buf_adds(&b, "name: bad\nkind: t\nt:\n  dir: in\n"), 0);
    for (int i = 0; i < 300; i++)
        assert_int_equal(od_buf_printf(&b, "k%d: 1\n", i), 0);
    put(fx, "channels.d/m-bad.yaml", b.data);
    put(fx, "channels.d/n-bad.yaml", "name: worse\nkind: t\nbad_key: 1\nt:\n  dir: in\n");
    od_buf_free(&b);
    assert_int_equal(od_config_load_tolerant(fx->path, registry, &cfg, &errs), 0);
    assert_int_equal(cfg->n_channels, 2);
    assert_int_equal(cfg->n_broken, 2);
    assert_int_equal(cfg->broken[0].errs.n, 101);
    snprintf(want, sizeof(want), "%s/channels.d/m-bad.yaml: too many errors; stopped after 100",
             fx->dir);
    assert_string_equal(cfg->broken[0].errs.msgs[100], want);
    assert_string_equal(cfg->broken[1].name, "worse");
    assert_int_equal(cfg->broken[1].errs.n, 1);
    od_config_free(cfg);
}

/* Errors of orderd.yaml itself still fail, and no broken list is kept. */
static void test_main_file_errors_still_fail(void **state)
{
    struct fixture *fx = *state;
    struct od_config_errors errs = {0};
    struct od_config *cfg = NULL;

    put(fx, "orderd.yaml", "database:\n  url: postgresql:///x\ncolour: red\n");
    put(fx, "channels.d/m-bad.yaml", "name: bad\nkind: t\n");
    assert_int_equal(od_config_load_tolerant(fx->path, registry, &cfg, &errs), OD_ECONFIG);
    assert_null(cfg);
    assert_true(errs.n >= 1);
    assert_non_null(strstr(errs.msgs[0], "orderd.yaml:3:1: unknown key 'colour'"));
    od_config_errors_free(&errs);

    put(fx, "orderd.yaml", "channels_dir: nowhere\n");
    assert_int_equal(od_config_load_tolerant(fx->path, registry, &cfg, &errs), OD_ECONFIG);
    assert_null(cfg);
    assert_non_null(strstr(errs.msgs[0], "channels_dir"));
    od_config_errors_free(&errs);
}

/* Nothing broken: the same result as od_config_load(). */
static void test_clean_config_has_no_broken(void **state)
{
    struct fixture *fx = *state;
    struct od_config *cfg = NULL;

    assert_int_equal(od_config_load_tolerant(fx->path, registry, &cfg, NULL), 0);
    assert_int_equal(cfg->n_channels, 2);
    assert_int_equal(cfg->n_broken, 0);
    assert_null(cfg->broken);
    assert_null(od_config_broken_channel(cfg, "good"));
    od_config_free(cfg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_broken_file_left_out, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_many_errors_in_one_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_main_file_errors_still_fail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clean_config_has_no_broken, setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
