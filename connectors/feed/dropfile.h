/* The file feed connector: opening and moving the drop folder's entries
 * safely. Whoever uploads files into the drop folder is not trusted
 * with the daemon's rights: a symbolic link dropped there
 * (orders.csv -> /etc/orderd/secret) must not be read as the daemon's
 * user, a FIFO must not block the channel, a symbolic link in place of
 * the archive folder must not send files elsewhere, and a file moved
 * into the archive never replaces one already there. Internal to
 * connectors/feed/. */
#ifndef OD_FEED_DROPFILE_H
#define OD_FEED_DROPFILE_H

#include <stddef.h>
#include <sys/stat.h>

/* One entry of the drop folder that the channel takes or refuses. */
struct feed_entry {
    char *name;         /* as on disk, for file operations */
    const char *refuse; /* why it is not read ("a symbolic link"), or NULL */
    char label[1024];   /* valid UTF-8 (escaped if need be): cursor, refs, logs */
    struct stat st;     /* lstat, at the listing or the last refresh */
};

/* The drop folder listed once, by name, and the position of the next
 * entry to work on. */
struct feed_listing {
    struct feed_entry *v;
    size_t n;
    size_t next;
};

/* List the folder `dir` into *ls (cleared first; next = 0): regular
 * files whose names match `pattern` (NULL: any), and what the channel
 * refuses to read (symbolic links, FIFOs, sockets, devices: `refuse`
 * says which) so that the caller can move them aside. Names starting
 * with '.' or ending in .tmp or .part, and directories, are passed
 * over. One readdir pass, one lstat per entry and one sort: O(n log n).
 * 0, OD_EIO (the folder cannot be read) or OD_ENOMEM. */
int feed_list(const char *dir, const char *pattern, struct feed_listing *ls);

/* lstat `path` again into e->st and e->refuse: 0; 1 when it is gone or
 * no longer a file the channel takes or refuses. */
int feed_entry_refresh(const char *path, struct feed_entry *e);

/* Free the entries; *ls is empty after (accepts an empty listing). */
void feed_list_clear(struct feed_listing *ls);

/* Create `path` and its missing parents (mode 0750). 0 or OD_EIO. */
int feed_mkdir_p(const char *path);

/* Open the drop folder's entry `path` for reading: never through a
 * symbolic link, never waiting (a FIFO), a regular file only, and the
 * file `listed` (lstat of the listing; NULL: any) still. 0 and *fd; 1
 * when the entry is gone or was replaced since it was listed (the next
 * listing sees the new one); OD_EIO saying why it is refused. */
int feed_open_entry(const char *path, const struct stat *listed, int *fd);

/* What the channel refuses to read in its drop folder, by the lstat
 * mode: "a symbolic link", "a FIFO", "a socket", "a device"; NULL for a
 * regular file or a directory (directories are passed over). */
const char *feed_refused_kind(mode_t mode);

/* Move the entry `name` of the folder `dir` into the folder `adir`
 * (created when missing; refused when it is a symbolic link) without
 * replacing anything there: as `name`, else `name.tag`, else
 * `name.tag.2` … `name.tag.99`. The entry itself moves (a symbolic link
 * is not followed). 0; 1 when the entry is gone; OD_EIO with the paths
 * and the reason. */
int feed_move_noreplace(const char *dir, const char *name, const char *adir, const char *tag);

#endif
