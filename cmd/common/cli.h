/* Helpers shared by orderd and orderctl. */
#ifndef OD_CLI_H
#define OD_CLI_H

#include "config.h"

/* Exit codes of both programs. */
enum { OD_EXIT_OK = 0, OD_EXIT_FAIL = 1, OD_EXIT_USAGE = 2 };

struct od_rules;

/* Load the configuration with the compiled-in connectors and its rules
 * file; on failure print every error to stderr and return NULL. `rules`
 * (may be NULL: checked, not kept) gets the loaded rules, NULL when the
 * configuration names no rules file; the caller frees them. */
struct od_config *od_cli_load_config(const char *path, const char *prog, struct od_rules **rules);

#endif
