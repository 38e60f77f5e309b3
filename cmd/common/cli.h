/* Helpers shared by orderd and orderctl. */
#ifndef OD_CLI_H
#define OD_CLI_H

#include <stdbool.h>

#include "config.h"

/* Exit codes of both programs. */
enum { OD_EXIT_OK = 0, OD_EXIT_FAIL = 1, OD_EXIT_USAGE = 2 };

struct od_rules;

/* Load the configuration with the compiled-in connectors and its rules
 * file; on failure print every error to stderr and return NULL. `rules`
 * (may be NULL: checked, not kept) gets the loaded rules, NULL when the
 * configuration names no rules file; the caller frees them. */
struct od_config *od_cli_load_config(const char *path, const char *prog, struct od_rules **rules);

/* The PDF reader's child process (lib/pdf.h, docs/pdf.md). Call it first in main(), before
 * any configuration, logging or thread. When argv[1] is "--pdf-worker" (an option left out
 * of --help), this process is the child: it reads one PDF from stdin, writes the reply to
 * stdout, and true is returned with *status the exit status. Otherwise the program registers
 * itself ("/proc/self/exe --pdf-worker") as the worker for every PDF it reads, and false is
 * returned; if that fails, it prints why and returns true with OD_EXIT_FAIL. */
bool od_cli_pdf_worker(int argc, char **argv, int *status);

#endif
