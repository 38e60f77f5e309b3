/* libFuzzer target for the normalized order's JSON (lib/json.c):
 *
 *   text -> od_json_parse -> od_order_from_json -> od_order_finish
 *        -> od_order_to_json -> text' -> parse -> from_json -> to_json
 *
 * Any input may be refused, but once an order was read, printing it must
 * work, and reading the printed text back must give an order that prints
 * identically (finishing it again changes nothing). A mismatch aborts:
 * that is a bug in the reader or the writer, not in the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "json.h"

#define PRINT_FLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const char *step, const char *text)
{
    fprintf(stderr, "fuzz_json: %s: %s\n  text: %s\n", step, od_error_last(), text ? text : "");
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct od_json_opts opts = {"Asia/Shanghai", NULL};
    struct json_object *in = NULL, *j1 = NULL, *again = NULL, *j2 = NULL;
    struct od_order *o1 = NULL, *o2 = NULL;
    char *s1 = NULL;
    const char *s2;
    int finished;

    if (od_json_parse((const char *)data, size, &in) < 0)
        goto out;
    if (od_order_from_json(in, &opts, &o1) < 0)
        goto out;
    finished = od_order_finish(o1) == 0;
    if (od_order_to_json(o1, &j1) < 0)
        die("to_json of an order read from JSON", NULL);
    s1 = strdup(json_object_to_json_string_ext(j1, PRINT_FLAGS));
    if (!s1)
        abort();
    if (od_json_parse(s1, strlen(s1), &again) < 0)
        die("parsing printed JSON", s1);
    if (od_order_from_json(again, &opts, &o2) < 0)
        die("reading printed JSON", s1);
    if (finished && od_order_finish(o2) < 0)
        die("finishing the order again", s1);
    if (od_order_to_json(o2, &j2) < 0)
        die("to_json of the order read back", s1);
    s2 = json_object_to_json_string_ext(j2, PRINT_FLAGS);
    if (strcmp(s1, s2) != 0) {
        fprintf(stderr, "fuzz_json: round trip differs\n first: %s\nsecond: %s\n", s1, s2);
        abort();
    }
out:
    free(s1);
    json_object_put(j2);
    json_object_put(again);
    json_object_put(j1);
    json_object_put(in);
    od_order_free(o2);
    od_order_free(o1);
    return 0;
}
