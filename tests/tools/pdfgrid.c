/* Print the cell grid that lib/pdf.c makes of a PDF, one line per cell:
 *
 *     build/tests/pdfgrid FILE.pdf
 *     row col page x0-x1 y | text
 *
 * A tool for tuning the line and cell rules on real documents and for
 * seeing what the purchase-order recogniser gets; it is not a test. */
#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "grid.h"
#include "pdf.h"

int main(int argc, char **argv)
{
    struct od_grid g;
    FILE *f;
    char *data = NULL;
    long n;
    int rc;

    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.pdf\n", argv[0]);
        return 2;
    }
    f = fopen(argv[1], "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        perror(argv[1]);
        return 1;
    }
    data = malloc((size_t)n + 1);
    if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) {
        perror(argv[1]);
        return 1;
    }
    fclose(f);
    if (od_grid_init(&g, OD_GRID_PDF, NULL) < 0)
        return 1;
    rc = od_pdf_to_grid(data, (size_t)n, NULL, &g);
    for (size_t i = 0; i < g.n; i++) {
        const struct od_cell *c = &g.cells[i];

        printf("%3u %2u p%u %6.1f-%6.1f %6.1f | %s\n", c->row, c->col, c->page, c->x0, c->x1, c->y,
               c->text);
    }
    if (rc < 0)
        fprintf(stderr, "%s: %s: %s\n", argv[1], od_error_name(rc), od_error_last());
    od_grid_free(&g);
    free(data);
    return rc < 0 ? 1 : 0;
}
