/* orderctl user add|list|passwd|disable (user.h). */
#include "user.h"

#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli.h"
#include "display.h"
#include "error.h"
#include "table.h"
#include "users.h"

static int fail(const char *what)
{
    fprintf(stderr, "orderctl: user %s: %s\n", what, od_error_last());
    return OD_EXIT_FAIL;
}

/* One line of stdin into buf (cap bytes), without its line end; echo
 * off when stdin is a terminal. 0, or OD_ETOOBIG / OD_EINVAL. */
static int read_line(const char *prompt, char *buf, size_t cap, bool tty)
{
    struct termios old, quiet;
    bool echo_off = false;
    size_t n;
    int rc = 0;

    if (tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &old) == 0) {
            quiet = old;
            quiet.c_lflag &= ~(tcflag_t)ECHO;
            echo_off = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    if (!fgets(buf, (int)cap, stdin)) {
        rc = od_error_set(OD_EINVAL, "no password on stdin");
        goto out;
    }
    n = strlen(buf);
    if (n && buf[n - 1] == '\n') {
        buf[--n] = '\0';
        if (n && buf[n - 1] == '\r')
            buf[--n] = '\0';
    } else if (!feof(stdin)) {
        rc = od_error_set(OD_ETOOBIG, "the password is longer than %d bytes", OD_PASSWORD_MAX);
    }
out:
    if (echo_off) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    return rc;
}

/* The new password into pw (OD_PASSWORD_MAX + 3 bytes). */
static int read_password(char *pw, size_t cap)
{
    char again[OD_PASSWORD_MAX + 3];
    bool tty = isatty(STDIN_FILENO);
    int rc = read_line("Password: ", pw, cap, tty);

    if (rc == 0)
        rc = od_password_check(pw);
    if (rc == 0 && tty) {
        rc = read_line("Password again: ", again, sizeof(again), tty);
        if (rc == 0 && strcmp(pw, again) != 0)
            rc = od_error_set(OD_EINVAL, "the two passwords differ");
    }
    explicit_bzero(again, sizeof(again));
    return rc;
}

static int user_list(struct od_store *s, const char *format)
{
    static const char *const cols[] = {"NAME", "ROLE", "DISABLED", "CREATED", "UPDATED", NULL};
    struct od_user *v = NULL;
    size_t n = 0;

    if (strcmp(format, "table") && strcmp(format, "json")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json)\n", format);
        return OD_EXIT_USAGE;
    }
    if (od_user_list(s, &v, &n) < 0)
        return fail("list");
    if (strcmp(format, "json") == 0) {
        struct json_object *arr = json_object_new_array();

        for (size_t i = 0; i < n; i++) {
            struct json_object *o = json_object_new_object();
            char t[2][OD_TIME_STRLEN];

            json_object_object_add(o, "name", json_object_new_string(v[i].name));
            json_object_object_add(o, "role", json_object_new_string(od_role_name(v[i].role)));
            json_object_object_add(o, "disabled", json_object_new_boolean(v[i].disabled));
            json_object_object_add(o, "created_at",
                                   json_object_new_string(od_display_seconds(v[i].created, t[0])));
            json_object_object_add(o, "updated_at",
                                   json_object_new_string(od_display_seconds(v[i].updated, t[1])));
            json_object_array_add(arr, o);
        }
        printf("%s\n", json_object_to_json_string_ext(arr, JSON_C_TO_STRING_PRETTY |
                                                               JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(arr);
    } else {
        struct od_table *t = od_table_new(cols);

        for (size_t i = 0; i < n; i++) {
            char c[OD_TIME_STRLEN], u[OD_TIME_STRLEN];

            od_table_row(t, (const char *[]){v[i].name, od_role_name(v[i].role),
                                             v[i].disabled ? "yes" : "no",
                                             od_display_seconds(v[i].created, c),
                                             od_display_seconds(v[i].updated, u)});
        }
        od_table_print(t, stdout);
        printf("(%zu user%s)\n", n, n == 1 ? "" : "s");
        od_table_free(t);
    }
    free(v);
    return OD_EXIT_OK;
}

int orderctl_user(struct od_store *s, char **args, int n, const char *role, const char *format)
{
    char pw[OD_PASSWORD_MAX + 3];
    const char *sub = n > 0 ? args[0] : "";
    enum od_role r = OD_ROLE_VIEWER;
    int rc = OD_EXIT_OK;

    memset(pw, 0, sizeof(pw));
    if (strcmp(sub, "list") == 0 && n == 1)
        return user_list(s, format);
    if (n != 2 || (strcmp(sub, "add") && strcmp(sub, "passwd") && strcmp(sub, "disable"))) {
        fprintf(stderr, "orderctl: user add NAME --role R | list | passwd NAME | disable NAME\n");
        return OD_EXIT_USAGE;
    }
    if (strcmp(sub, "add") == 0 && (!role || od_role_parse(role, &r) < 0)) {
        fprintf(stderr, "orderctl: user add needs --role viewer, clerk or admin\n");
        return OD_EXIT_USAGE;
    }
    if (!od_user_name_valid(args[1])) {
        fprintf(stderr, "orderctl: a user name is 1-%d letters, digits or . _ @ -\n",
                OD_USER_NAME_MAX);
        return OD_EXIT_USAGE;
    }
    if (strcmp(sub, "disable") == 0) {
        if (od_user_disable(s, args[1]) < 0)
            return fail("disable");
        printf("user %s disabled; its sessions ended\n", args[1]);
        return OD_EXIT_OK;
    }
    if (read_password(pw, sizeof(pw)) < 0) {
        rc = fail(sub);
        goto out;
    }
    if (strcmp(sub, "add") == 0) {
        if (od_user_add(s, args[1], r, pw) < 0)
            rc = fail("add");
        else
            printf("user %s added (%s)\n", args[1], od_role_name(r));
    } else if (od_user_passwd(s, args[1], pw) < 0) {
        rc = fail("passwd");
    } else {
        printf("password of %s changed; its sessions ended\n", args[1]);
    }
out:
    explicit_bzero(pw, sizeof(pw));
    return rc;
}
