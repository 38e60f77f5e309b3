#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "docworker.h"
#include "imap/mailworker.h"
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

static struct od_config *load(const char *path, const char *prog, bool tolerant,
                              struct od_rules **rules)
{
    struct od_config_errors errs = {0};
    struct od_config *c = NULL;
    int rc;

    if (rules)
        *rules = NULL;
    rc = tolerant ? od_config_load_tolerant(path, od_connectors, &c, &errs)
                  : od_config_load(path, od_connectors, &c, &errs);
    if (rc < 0 || check_rules(c, &errs, rules) < 0) {
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
    for (size_t i = 0; i < c->n_broken; i++) {
        const struct od_config_broken *b = &c->broken[i];

        fprintf(stderr, "%s: warning: channel file %s is broken; channel %s left out:\n", prog,
                b->file, b->name ? b->name : "(name unknown)");
        for (size_t k = 0; k < b->errs.n; k++)
            fprintf(stderr, "%s: warning:   %s\n", prog, b->errs.msgs[k]);
    }
    return c;
}

struct od_config *od_cli_load_config(const char *path, const char *prog, struct od_rules **rules)
{
    return load(path, prog, false, rules);
}

struct od_config *od_cli_load_config_tolerant(const char *path, const char *prog,
                                              struct od_rules **rules)
{
    return load(path, prog, true, rules);
}

bool od_cli_broken_reason(const struct od_config *c, const char *name, char *buf, size_t len)
{
    const struct od_config_broken *b = od_config_broken_channel(c, name);

    if (b) {
        snprintf(buf, len, "channel %s is unusable: its file %s is broken: %s", name, b->file,
                 b->errs.n ? b->errs.msgs[0] : "?");
        return true;
    }
    for (size_t i = 0; c && i < c->n_broken; i++) {
        b = &c->broken[i];
        if (!b->name) {
            snprintf(buf, len, "channel %s is not configured; it may be in %s, which is broken: %s",
                     name, b->file, b->errs.n ? b->errs.msgs[0] : "?");
            return true;
        }
    }
    return false;
}

bool od_cli_channel_broken(const struct od_config *c, const char *prog, const char *what,
                           const char *name)
{
    char why[1024];

    if (!name || od_config_channel(c, name) || !od_cli_broken_reason(c, name, why, sizeof(why)))
        return false;
    fprintf(stderr, "%s: %s: %s\n", prog, what, why);
    return true;
}

struct od_channel *od_cli_need_channel(const struct od_config *c, const char *prog,
                                       const char *what, const char *name)
{
    struct od_channel *ch = od_config_channel(c, name);

    if (!ch && !od_cli_channel_broken(c, prog, what, name))
        fprintf(stderr, "%s: %s: no channel '%s' in %s\n", prog, what, name, c->path);
    return ch;
}

bool od_cli_doc_worker(int argc, char **argv, int *status)
{
    static const char *const self[] = {"/proc/self/exe", "--doc-worker", NULL};
    static const char *const mail[] = {"/proc/self/exe", "--mail-worker", NULL};

    if (argc == 2 && strcmp(argv[1], "--doc-worker") == 0) {
        *status = od_doc_worker_main(0, 1);
        return true;
    }
    if (od_doc_set_worker(self) < 0 || imap_mail_set_worker(mail) < 0) {
        fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "orderd", od_error_last());
        *status = OD_EXIT_FAIL;
        return true;
    }
    if (argc == 2 && strcmp(argv[1], "--mail-worker") == 0) { /* reads PDFs in its own child */
        *status = imap_mail_worker_main(0, 1);
        return true;
    }
    return false;
}
