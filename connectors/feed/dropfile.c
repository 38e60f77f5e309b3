/* The file feed connector: opening and moving the drop folder's entries
 * safely (see dropfile.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charset.h"
#include "dropfile.h"
#include "error.h"

#define NAME_TRIES 99

int feed_mkdir_p(const char *path)
{
    char tmp[4096];
    size_t n = strlen(path);

    if (n >= sizeof(tmp))
        return od_error_set(OD_EINVAL, "path too long: %s", path);
    memcpy(tmp, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (tmp[i] != '/' && tmp[i] != '\0')
            continue;
        tmp[i] = '\0';
        if (mkdir(tmp, 0750) < 0 && errno != EEXIST)
            return od_error_set(OD_EIO, "cannot create %s: %s", tmp, strerror(errno));
        tmp[i] = path[i];
    }
    return 0;
}

const char *feed_refused_kind(mode_t mode)
{
    if (S_ISLNK(mode))
        return "a symbolic link";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return NULL;
}

int feed_open_entry(const char *path, const struct stat *listed, int *fd)
{
    struct stat st;
    const char *kind;
    int f = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);

    if (f < 0 && errno == ENOENT)
        return 1;
    if (f < 0 && errno == ELOOP)
        return od_error_set(OD_EIO,
                            "%s is a symbolic link: refused (the drop folder takes "
                            "regular files only)",
                            path);
    if (f < 0)
        return od_error_set(OD_EIO, "cannot open %s: %s", path, strerror(errno));
    if (fstat(f, &st) < 0) {
        int rc = od_error_set(OD_EIO, "cannot stat %s: %s", path, strerror(errno));

        close(f);
        return rc;
    }
    if (!S_ISREG(st.st_mode)) {
        kind = feed_refused_kind(st.st_mode);
        close(f);
        return od_error_set(OD_EIO, "%s is %s: refused (the drop folder takes regular files only)",
                            path, kind ? kind : "not a regular file");
    }
    if (listed && (st.st_dev != listed->st_dev || st.st_ino != listed->st_ino)) {
        close(f);
        return 1;
    }
    *fd = f;
    return 0;
}

/* The archive folder, opened without following a symbolic link in its
 * place. */
static int open_archive(const char *adir, int *out)
{
    int rc = feed_mkdir_p(adir), d;

    if (rc < 0)
        return rc;
    d = open(adir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (d < 0 && (errno == ELOOP || errno == ENOTDIR)) {
        struct stat st;
        bool link = lstat(adir, &st) == 0 && S_ISLNK(st.st_mode);

        return od_error_set(OD_EIO,
                            "archive folder %s is not a folder (%s): refused, nothing is "
                            "moved there",
                            adir, link ? "a symbolic link" : "a file");
    }
    if (d < 0)
        return od_error_set(OD_EIO, "cannot open the archive folder %s: %s", adir, strerror(errno));
    *out = d;
    return 0;
}

/* rename without replacing: renameat2 where the file system has it,
 * else a hard link (which refuses an existing name too) and unlink. */
static int move_once(int from, const char *name, int to, const char *dst)
{
    if (renameat2(from, name, to, dst, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    if (linkat(from, name, to, dst, 0) < 0)
        return -1;
    return unlinkat(from, name, 0);
}

int feed_move_noreplace(const char *dir, const char *name, const char *adir, const char *tag)
{
    char dst[1200];
    int from = -1, to = -1, rc = 0;

    from = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (from < 0)
        return od_error_set(OD_EIO, "cannot open %s: %s", dir, strerror(errno));
    rc = open_archive(adir, &to);
    if (rc < 0)
        goto out;
    for (int i = 0; i <= NAME_TRIES; i++) {
        if (i == 0)
            snprintf(dst, sizeof(dst), "%s", name);
        else if (i == 1)
            snprintf(dst, sizeof(dst), "%s.%s", name, tag);
        else
            snprintf(dst, sizeof(dst), "%s.%s.%d", name, tag, i);
        if (move_once(from, name, to, dst) == 0)
            goto out;
        if (errno == ENOENT) {
            rc = 1;
            goto out;
        }
        if (errno != EEXIST) {
            rc = od_error_set(OD_EIO, "cannot move %s/%s to %s/%s: %s", dir, name, adir, dst,
                              strerror(errno));
            goto out;
        }
    }
    rc = od_error_set(OD_EIO, "cannot move %s/%s to %s: %d names taken", dir, name, adir,
                      NAME_TRIES + 1);
out:
    if (from >= 0)
        close(from);
    if (to >= 0)
        close(to);
    return rc;
}

/* ---- listing ------------------------------------------------------------ */

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const struct feed_entry *)a)->name, ((const struct feed_entry *)b)->name);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n >= m && strcmp(s + n - m, suffix) == 0;
}

void feed_list_clear(struct feed_listing *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        free(ls->v[i].name);
    free(ls->v);
    ls->v = NULL;
    ls->n = ls->next = 0;
}

int feed_entry_refresh(const char *path, struct feed_entry *e)
{
    struct stat st;

    if (lstat(path, &st) < 0 || (!S_ISREG(st.st_mode) && !feed_refused_kind(st.st_mode)))
        return 1;
    e->st = st;
    e->refuse = feed_refused_kind(st.st_mode);
    return 0;
}

int feed_list(const char *dir, const char *pattern, struct feed_listing *ls)
{
    DIR *d;
    struct dirent *de;
    struct feed_listing got = {0};
    size_t cap = 0;
    int rc = 0;

    feed_list_clear(ls);
    d = opendir(dir);
    if (!d)
        return od_error_set(OD_EIO, "cannot read directory %s: %s", dir, strerror(errno));
    while ((de = readdir(d)) != NULL) {
        struct feed_entry *e;
        char path[4096];

        if (de->d_name[0] == '.' || ends_with(de->d_name, ".tmp") || ends_with(de->d_name, ".part"))
            continue;
        if (pattern && fnmatch(pattern, de->d_name, FNM_PERIOD) != 0)
            continue;
        if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, de->d_name) >= sizeof(path))
            continue;
        if (got.n == cap) {
            struct feed_entry *nv;

            cap = cap ? cap * 2 : 16;
            nv = realloc(got.v, cap * sizeof(*nv));
            if (!nv) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto out;
            }
            got.v = nv;
        }
        e = &got.v[got.n];
        if (feed_entry_refresh(path, e) > 0)
            continue;
        e->name = strdup(de->d_name);
        if (!e->name) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        od_utf8_label(de->d_name, e->label, sizeof(e->label));
        got.n++;
    }
    if (got.n > 1)
        qsort(got.v, got.n, sizeof(*got.v), cmp_entry);
    *ls = got;
    got.v = NULL;
    got.n = 0;
out:
    closedir(d);
    feed_list_clear(&got);
    return rc;
}
