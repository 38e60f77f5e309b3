/* The workbook stream of a compound file, checked the way FreeXL 1.0.6
 * walks it (cfb.h). Every loop is bounded by the number of sectors in the
 * file; nothing is read outside data[0..len). */
#include "cfb.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define ENDOFCHAIN 0xFFFFFFFEu
#define FREESECT   0xFFFFFFFFu

struct cfb {
    const unsigned char *d;
    size_t len;
    uint32_t ssz;   /* sector size */
    uint64_t n_sec; /* whole sectors after the header */
    uint32_t *fat;  /* FAT entries, in the order FreeXL collects them */
    size_t n_fat, max_fat;
};

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned u16(const unsigned char *p)
{
    return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static int damaged(const char *what)
{
    return od_error_set(OD_EINVAL, "damaged .xls: %s", what);
}

/* The bytes of sector s, or NULL when it is not wholly in the file. */
static const unsigned char *sector(const struct cfb *c, uint32_t s)
{
    if ((uint64_t)s >= c->n_sec)
        return NULL;
    return c->d + ((uint64_t)s + 1) * c->ssz;
}

/* Append the entries of FAT sector s. */
static int add_fat_sector(struct cfb *c, uint32_t s)
{
    const unsigned char *p = sector(c, s);
    size_t per = c->ssz / 4;

    if (!p)
        return od_error_set(OD_EINVAL, "damaged .xls: FAT sector %u is past the end of the file",
                            s);
    if (c->n_fat + per > c->max_fat)
        return damaged("more FAT sectors than the file needs (circular DIFAT chain?)");
    for (size_t i = 0; i < per; i++)
        c->fat[c->n_fat++] = u32(p + 4 * i);
    return 0;
}

static int read_fat(struct cfb *c, const unsigned char *h)
{
    uint32_t difat = u32(h + 68), n_difat = u32(h + 72);
    uint64_t blocks = 0;
    size_t per = c->ssz / 4;
    int rc;

    /* A FAT needs n_sec / per sectors; allow a little slack for writers
     * that round up. FreeXL keeps every entry in a list, so the bound
     * keeps its memory near the file's size. */
    c->max_fat = ((size_t)(c->n_sec / per) + 4) * per;
    c->fat = malloc(c->max_fat * sizeof(*c->fat));
    if (!c->fat)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (int i = 0; i < 109; i++) {
        uint32_t s = u32(h + 76 + 4 * i);

        if (s == FREESECT)
            continue;
        rc = add_fat_sector(c, s);
        if (rc < 0)
            return rc;
    }
    if (n_difat == 0)
        return 0;
    /* FreeXL's loop: n_difat blocks, each up to per - 1 FAT sector numbers
     * and the next block's number last; an ENDOFCHAIN entry ends it. */
    for (uint32_t next = difat;;) {
        const unsigned char *p = sector(c, next);
        bool end = false;

        if (!p)
            return od_error_set(OD_EINVAL,
                                "damaged .xls: DIFAT sector %u is past the end of the file", next);
        if (++blocks > c->n_sec)
            return damaged("circular DIFAT chain");
        for (size_t i = 0; i < per; i++) {
            uint32_t v = u32(p + 4 * i);

            if (v == ENDOFCHAIN) {
                end = true;
                break;
            }
            if (i == per - 1) {
                next = v;
            } else if (v != FREESECT) {
                rc = add_fat_sector(c, v);
                if (rc < 0)
                    return rc;
            }
        }
        if (blocks == n_difat)
            break;
        if (end)
            return damaged("DIFAT chain shorter than the header says");
    }
    return 0;
}

/* FreeXL reads the header's count of miniFAT sectors one after the
 * other, from the sector before the one named (it computes the offset
 * in 32 bits); they must all be in the file. */
static int check_minifat(const struct cfb *c, const unsigned char *h)
{
    uint32_t start = u32(h + 60), n = u32(h + 64);
    uint64_t where = (uint32_t)((start - 1) * c->ssz);

    if (n == 0)
        return 0;
    if ((uint64_t)n > c->n_sec / (c->ssz / 4) + 4 || where + (uint64_t)n * c->ssz > c->len)
        return damaged("miniFAT outside the file");
    return 0;
}

static bool name_is(const unsigned char *e, const char *ascii)
{
    unsigned n = u16(e + 64) / 2;
    size_t i = 0;

    for (; i < n && i < 32; i++) {
        unsigned ch = u16(e + 2 * i);

        if (ch == 0)
            break;
        if (ascii[i] == '\0' || ch != (unsigned char)ascii[i])
            return false;
    }
    return ascii[i] == '\0';
}

int od_cfb_workbook(const unsigned char *data, size_t len, unsigned char **ret_stream,
                    size_t *ret_len, bool *ret_mini)
{
    static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    struct cfb c = {.d = data, .len = len};
    const unsigned char *h = data, *dir;
    uint32_t shift, cutoff, wb_start = 0, mini_start = 0;
    uint64_t wb_size = 0, mini_len = 0, chain = 0, max_chain;
    bool found = false;
    unsigned char *out = NULL;
    size_t n = 0;
    int rc = 0;

    if (len < 512 || memcmp(data, magic, 8) != 0) {
        rc = od_error_set(OD_EINVAL, "not an Excel 97-2003 (.xls) file");
        goto out;
    }
    shift = u16(h + 30);
    if (shift != 9 && shift != 12) {
        rc = damaged("bad sector size");
        goto out;
    }
    c.ssz = 1u << shift;
    c.n_sec = len / c.ssz ? len / c.ssz - 1 : 0;
    rc = read_fat(&c, h);
    if (rc < 0)
        goto out;
    if (c.n_fat == 0) {
        rc = damaged("no FAT");
        goto out;
    }
    rc = check_minifat(&c, h);
    if (rc < 0)
        goto out;
    cutoff = u32(h + 64) ? u32(h + 56) : 0;

    /* the first directory sector, as FreeXL reads it */
    dir = sector(&c, u32(h + 48));
    if (!dir) {
        rc = damaged("directory past the end of the file");
        goto out;
    }
    for (size_t i = 0; i < c.ssz / 128 && !found; i++) {
        const unsigned char *e = dir + 128 * i;
        unsigned nlen = u16(e + 64);

        if (nlen > 64 || nlen % 2) {
            rc = damaged("bad directory entry");
            goto out;
        }
        if (name_is(e, "Root Entry")) {
            mini_start = u32(e + 116);
            mini_len = u32(e + 120);
        }
        /* FreeXL takes a workbook entry starting at FREESECT
         * (0xFFFFFFFF) for no workbook and reads the next entry. */
        if ((name_is(e, "Workbook") || name_is(e, "Book")) && u32(e + 116) != FREESECT) {
            wb_start = u32(e + 116);
            wb_size = u32(e + 120);
            found = true;
        }
    }
    if (!found) {
        rc = od_error_set(OD_EINVAL, "not an Excel 97-2003 (.xls) file");
        goto out;
    }

    if (wb_size <= cutoff) {
        /* In the mini stream, which FreeXL loads whole from Root Entry's
         * chain and then parses from its first byte. */
        uint32_t s = mini_start;
        size_t got = 0;

        if (mini_len == 0 || mini_len > len || wb_size > mini_len) {
            rc = damaged("workbook outside the mini stream");
            goto out;
        }
        out = malloc((size_t)mini_len);
        if (!out) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        for (;;) {
            const unsigned char *p = sector(&c, s);
            size_t k = c.ssz < mini_len - got ? c.ssz : (size_t)(mini_len - got);

            if (!p || s >= c.n_fat) {
                rc = damaged("mini stream past the end of the file");
                goto out;
            }
            memcpy(out + got, p, k);
            got += k;
            if (c.fat[s] == ENDOFCHAIN)
                break;
            if (got >= mini_len) {
                rc = damaged("mini stream chain longer than its size (circular?)");
                goto out;
            }
            s = c.fat[s];
        }
        if (got != mini_len) {
            rc = damaged("mini stream shorter than its size");
            goto out;
        }
        n = (size_t)wb_size;
    } else {
        /* FreeXL reads the chain to its end, but past the stream's size
         * by more than a sector it reads outside its buffer. */
        uint32_t s = wb_start;

        max_chain = (wb_size + c.ssz - 1) / c.ssz + 1;
        if (wb_size > len) {
            rc = damaged("workbook stream larger than the file");
            goto out;
        }
        out = malloc((size_t)wb_size ? (size_t)wb_size : 1);
        if (!out) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        for (;;) {
            const unsigned char *p = sector(&c, s);

            if (!p) {
                rc = od_error_set(
                    OD_EINVAL, "damaged .xls: workbook sector %u is past the end of the file", s);
                goto out;
            }
            if (++chain > max_chain) {
                rc = damaged("workbook sector chain longer than the stream (circular?)");
                goto out;
            }
            if (n < wb_size) {
                size_t k = c.ssz < wb_size - n ? c.ssz : (size_t)(wb_size - n);

                memcpy(out + n, p, k);
                n += k;
            }
            if (s >= c.n_fat) {
                rc = od_error_set(OD_EINVAL, "damaged .xls: sector %u has no FAT entry", s);
                goto out;
            }
            if (c.fat[s] == ENDOFCHAIN)
                break;
            s = c.fat[s];
        }
    }
    *ret_stream = out;
    *ret_len = n;
    *ret_mini = wb_size <= cutoff;
    out = NULL;
out:
    free(out);
    free(c.fat);
    return rc;
}
