/* Helpers shared by orderd and orderctl. */
#ifndef OD_CLI_H
#define OD_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"

/* Exit codes of both programs. */
enum { OD_EXIT_OK = 0, OD_EXIT_FAIL = 1, OD_EXIT_USAGE = 2 };

struct od_rules;

/* Load the configuration with the compiled-in connectors and its rules
 * file; on failure print every error to stderr and return NULL. `rules`
 * (may be NULL: checked, not kept) gets the loaded rules, NULL when the
 * configuration names no rules file; the caller frees them. */
struct od_config *od_cli_load_config(const char *path, const char *prog, struct od_rules **rules);

/* As od_cli_load_config(), for orderctl: a broken channel file does not
 * fail the load (od_config_load_tolerant); its channel is left out and a
 * warning naming the file and each of its errors goes to stderr. Errors of
 * the main file or of the rules file still fail it. */
struct od_config *od_cli_load_config_tolerant(const char *path, const char *prog,
                                              struct od_rules **rules);

/* The configured channel `name` for a command that needs it (borrowed
 * from `c`), or NULL after printing why not to stderr: its file was left
 * out as broken (the file and its first error are named), or there is no
 * such channel (and any left-out file whose name could not be read is
 * named, as it may be that channel). `what` names the command. */
struct od_channel *od_cli_need_channel(const struct od_config *c, const char *prog,
                                       const char *what, const char *name);

/* When `name` (not configured) is a left-out channel, or may be one (a
 * left-out file whose name could not be read), write why it cannot be
 * used into `buf` ("channel NAME is unusable: its file FILE is broken:
 * ERROR") and return true; false otherwise. */
bool od_cli_broken_reason(const struct od_config *c, const char *name, char *buf, size_t len);

/* For a command that needs channel `name` when it is configured: true,
 * after printing "PROG: WHAT: " and od_cli_broken_reason() to stderr, when
 * `name` is not configured because of a broken file (or may not be);
 * false when it is configured, or unknown with no broken file to blame
 * (NULL `name`: false). */
bool od_cli_channel_broken(const struct od_config *c, const char *prog, const char *what,
                           const char *name);

/* The worker child processes: the document worker (lib/docworker.h, docs/pdf.md) and the mail
 * reader (connectors/imap/mailworker.h, docs/email-extraction.md). Call it first in main(),
 * before any configuration, logging or thread. When argv[1] is "--doc-worker" (an option left
 * out of --help), this process is the child: it reads one PDF or .xls from stdin, writes the
 * reply to stdout, and true is returned with *status the exit status; "--mail-worker": it reads
 * mails from stdin until its end (their PDFs in a --doc-worker child of its own), the same.
 * Otherwise the program registers itself ("/proc/self/exe --doc-worker", "--mail-worker") as the
 * worker for every PDF, .xls and mail it reads, and false is returned; if that fails, it prints
 * why and returns true with OD_EXIT_FAIL. */
bool od_cli_doc_worker(int argc, char **argv, int *status);

#endif
