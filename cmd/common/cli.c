#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "pdf.h"
#include "registry.h"
#include "rules.h"

/* The rules file is part of the configuration: an invalid one makes the
 * whole configuration invalid (orderd --check, reload). */
static int check_rules(const struct od_config *c, struct od_config_errors *errs,
                       struct od_rules **out)
{
    struct od_rules *rules = NULL;

    if (!c->rules)
        return 0;
    if (od_rules_load(c->rules, &rules, errs) < 0)
        return OD_ECONFIG;
    for (size_t i = 0; i < c->n_channels; i++)
        if (od_rules_set_match(rules, c->channels[i]->name, &c->channels[i]->match_customer_by) <
            0) {
            od_rules_free(rules);
            return OD_ENOMEM;
        }
    if (out)
        *out = rules;
    else
        od_rules_free(rules);
    return 0;
}

struct od_config *od_cli_load_config(const char *path, const char *prog, struct od_rules **rules)
{
    struct od_config_errors errs = {0};
    struct od_config *c = NULL;

    if (rules)
        *rules = NULL;
    if (od_config_load(path, od_connectors, &c, &errs) < 0 || check_rules(c, &errs, rules) < 0) {
        od_config_free(c);
        c = NULL;
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "%s\n", errs.msgs[i]);
        if (errs.n == 0)
            fprintf(stderr, "%s: %s\n", path, od_error_last());
        fprintf(stderr, "%s: configuration %s is invalid (%zu error%s)\n", prog, path,
                errs.n ? errs.n : 1, errs.n == 1 || errs.n == 0 ? "" : "s");
        od_config_errors_free(&errs);
        return NULL;
    }
    od_config_errors_free(&errs);
    return c;
}

bool od_cli_pdf_worker(int argc, char **argv, int *status)
{
    static const char *const self[] = {"/proc/self/exe", "--pdf-worker", NULL};

    if (argc == 2 && strcmp(argv[1], "--pdf-worker") == 0) {
        *status = od_pdf_worker_main(0, 1);
        return true;
    }
    if (od_pdf_set_worker(self) < 0) {
        fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "orderd", od_error_last());
        *status = OD_EXIT_FAIL;
        return true;
    }
    return false;
}
