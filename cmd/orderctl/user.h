/* orderctl user: the clerk's console's users (docs/console.md). */
#ifndef ORDERCTL_USER_H
#define ORDERCTL_USER_H

struct od_store;

/* `orderctl user SUB ARGS...` with args[0] = SUB: add NAME (role from
 * --role), list (format table|json), passwd NAME, disable NAME. The
 * password of add and passwd is read from stdin: twice with echo off on a
 * terminal, else the first line. Returns an exit code (OD_EXIT_*),
 * having printed what went wrong. */
int orderctl_user(struct od_store *s, char **args, int n, const char *role, const char *format);

#endif
