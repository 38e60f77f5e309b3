/* The document worker (docworker.c): PDFs (pdf.h) and .xls files (xls.h) read in a
 * child process under memory and time limits, the caller's side and the child's. The
 * wire format between them: pdf_int.h and xls_int.h; why: docs/pdf.md. */
#ifndef OD_DOCWORKER_H
#define OD_DOCWORKER_H

/* Read PDFs (pdf.h) and .xls files (xls.h) in a child process from now on: `argv` (NULL-terminated,
 * argv[0] a path, not searched in PATH) is the command that runs od_doc_worker_main(0, 1), for
 * example {"/proc/self/exe", "--doc-worker", NULL} in a program whose main() does that for
 * --doc-worker. The strings are copied, and so is the environment as it is now: every child
 * gets that copy (the environment may change later on other threads). NULL reads in-process
 * again. Process-wide and not thread-safe: call it at start-up, before any thread that may
 * read a PDF starts (tests may switch between workers while no other thread reads). 0,
 * OD_EINVAL (argv[0] missing) or OD_ENOMEM (then nothing changed). */
int od_doc_set_worker(const char *const argv[]);

/* The child's side: read the request from in_fd (a header with the limits, then the PDF's
 * bytes, see docs/pdf.md; or an .xls request, served the same way by FreeXL: xls.h), set RLIMIT_AS,
 * RLIMIT_CPU and RLIMIT_CORE (0), read the PDF in-process and write the reply (the code, the detail
 * and the cells) to out_fd. Returns 0 when a reply was written, whatever the PDF's outcome, or 1
 * (the request was malformed or truncated, or out_fd failed): the program exits with that status.
 * Writes nothing else, anywhere. */
int od_doc_worker_main(int in_fd, int out_fd);

#endif
