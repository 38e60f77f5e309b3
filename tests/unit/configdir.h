/* The fixture of the configuration tests (test_config.c,
 * test_config_tolerant.c): a fresh mkdtemp directory per test with an
 * empty channels.d/ in it, files written into it, and the whole tree
 * removed afterwards. Header-only: each test includes it once. */
#ifndef OD_TEST_CONFIGDIR_H
#define OD_TEST_CONFIGDIR_H

#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Make `dir` (`size` bytes) from `pattern` ("/tmp/od-test-NAME-XXXXXX")
 * with channels.d/ inside; -1 on failure (a cmocka setup's failure). */
static inline int configdir_make(char *dir, size_t size, const char *pattern)
{
    char sub[256];

    snprintf(dir, size, "%s", pattern);
    if (!mkdtemp(dir))
        return -1;
    snprintf(sub, sizeof(sub), "%s/channels.d", dir);
    if (mkdir(sub, 0700) < 0) {
        rmdir(dir);
        return -1;
    }
    return 0;
}

/* Write `text` into the file `rel` (relative to `dir`). */
static inline void configdir_put(const char *dir, const char *rel, const char *text)
{
    char path[512];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, rel);
    f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

static inline int configdir_rm_entry(const char *path, const struct stat *st, int flag,
                                     struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Remove `dir` and everything in it. */
static inline void configdir_remove(const char *dir)
{
    nftw(dir, configdir_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

#endif
