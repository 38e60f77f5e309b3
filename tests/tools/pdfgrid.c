/* Print the cell grid that lib/pdf.c makes of a PDF, one line per cell:
 *
 *     build/tests/pdfgrid [--child] [--seconds N] [--memory MIB] FILE.pdf
 *     row col page x0-x1 y | text
 *
 * --child reads in a child process, as orderd and orderctl do (this program
 * started again with --doc-worker); --seconds and --memory set max_seconds
 * and max_memory (default 10 s, 512 MiB). A tool for tuning the line and
 * cell rules on real documents, for seeing what the purchase-order
 * recogniser gets, and for measuring hostile files; it is not a test. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docworker.h"
#include "error.h"
#include "grid.h"
#include "pdf.h"

static bool number(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v;

    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s || *end || v == 0 || s[0] == '-')
        return false;
    *out = v;
    return true;
}

int main(int argc, char **argv)
{
    static const char *const self[] = {"/proc/self/exe", "--doc-worker", NULL};
    struct od_pdf_limits lim = {0};
    struct od_grid g;
    const char *file = NULL;
    FILE *f;
    char *data = NULL;
    long n;
    int rc;

    if (argc == 2 && strcmp(argv[1], "--doc-worker") == 0)
        return od_doc_worker_main(0, 1);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--child") == 0) {
            if (od_doc_set_worker(self) < 0)
                return 1;
        } else if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc &&
                   number(argv[i + 1], &lim.max_seconds)) {
            i++;
        } else if (strcmp(argv[i], "--memory") == 0 && i + 1 < argc &&
                   number(argv[i + 1], &lim.max_memory) && lim.max_memory < (UINT64_C(1) << 40)) {
            lim.max_memory <<= 20;
            i++;
        } else if (!file && argv[i][0] != '-') {
            file = argv[i];
        } else {
            file = NULL;
            break;
        }
    }
    if (!file) {
        fprintf(stderr, "usage: %s [--child] [--seconds N] [--memory MIB] FILE.pdf\n", argv[0]);
        return 2;
    }
    f = fopen(file, "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        perror(file);
        return 1;
    }
    data = malloc((size_t)n + 1);
    if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) {
        perror(file);
        return 1;
    }
    fclose(f);
    if (od_grid_init(&g, OD_GRID_PDF, NULL) < 0)
        return 1;
    rc = od_pdf_to_grid(data, (size_t)n, &lim, &g);
    for (size_t i = 0; i < g.n; i++) {
        const struct od_cell *c = &g.cells[i];

        printf("%3u %2u p%u %6.1f-%6.1f %6.1f | %s\n", c->row, c->col, c->page, c->x0, c->x1, c->y,
               c->text);
    }
    if (rc < 0)
        fprintf(stderr, "%s: %s: %s\n", file, od_error_name(rc), od_error_last());
    od_grid_free(&g);
    free(data);
    od_doc_set_worker(NULL);
    return rc < 0 ? 1 : 0;
}
