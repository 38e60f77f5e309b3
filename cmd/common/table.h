/* Aligned text tables for orderctl, measuring CJK characters as two
 * columns wide so Chinese names line up in a terminal. */
#ifndef OD_TABLE_H
#define OD_TABLE_H

#include <stdio.h>

struct od_table;

/* `cols` is a NULL-terminated header list; it is borrowed. */
struct od_table *od_table_new(const char *const *cols);
/* Add a row of as many values as columns (copied; NULL prints "-"). */
void od_table_row(struct od_table *t, const char *const *vals);
void od_table_print(const struct od_table *t, FILE *f);
void od_table_free(struct od_table *t);

/* Display width of UTF-8 text in terminal columns. */
size_t od_display_width(const char *s);

#endif
