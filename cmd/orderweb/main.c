/* orderweb: the clerk's console (docs/console.md).
 *
 *   orderweb --config FILE [--check]
 *   orderweb --version | --help
 *
 * Serves the console's pages and JSON API on web.listen (HTTPS with
 * web.tls_cert/tls_key) until SIGTERM or SIGINT, then lets the requests
 * in progress finish. Logs like orderd (log.level, log.format). */
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "config.h"
#include "display.h"
#include "error.h"
#include "log.h"
#include "rules.h"
#include "store.h"
#include "users.h"
#include "web.h"

#define SWEEP_EVERY_S 600 /* expired sessions and old failures deleted */

static void usage(FILE *f)
{
    fprintf(f, "usage: orderweb --config FILE [--check]\n"
               "\n"
               "  -c, --config FILE   orderd.yaml (default /etc/orderd/orderd.yaml); its web:\n"
               "                      section says where and how orderweb answers\n"
               "      --check         validate the configuration and exit (0 valid, 2 invalid)\n"
               "  -h, --help          this text\n"
               "      --version       print the version\n");
}

/* The schema must be the binary's: the console's tables are version 12's. */
static int check_schema(const char *conninfo)
{
    struct od_store *s = NULL;
    int rc = od_store_connect(conninfo, &s);

    if (rc == 0)
        rc = od_store_require_schema(s, "orderweb", NULL);
    if (rc == 0)
        rc = od_session_sweep(s, 0); /* nothing from before a restart is trusted */
    od_store_close(s);
    return rc;
}

static void sweep(struct ow_server *srv)
{
    struct od_store *s = ow_pool_take(&srv->pool);

    if (s && od_session_sweep(s, srv->idle) < 0)
        od_log(OD_LOG_WARN, "web", NULL, "session sweep: %s", od_error_last());
    if (s)
        ow_pool_give(&srv->pool, s);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'},
        {"check", no_argument, NULL, 'k'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    const char *config_path = "/etc/orderd/orderd.yaml";
    struct od_config *cfg = NULL;
    struct od_rules *rules = NULL;
    struct ow_server srv;
    bool check = false;
    sigset_t sigs;
    int opt, status = OD_EXIT_OK;

    /* a dead letter retried from the console is read again in the mail
     * reader's child, and its PDFs and .xls in the document worker, under
     * their limits, as orderd and orderctl read them */
    if (od_cli_doc_worker(argc, argv, &status))
        return status;
    memset(&srv, 0, sizeof(srv));
    while ((opt = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
        switch (opt) {
        case 'c':
            config_path = optarg;
            break;
        case 'k':
            check = true;
            break;
        case 'h':
            usage(stdout);
            return OD_EXIT_OK;
        case 'V':
            printf("orderweb %s\n", ORDERD_VERSION);
            return OD_EXIT_OK;
        default:
            usage(stderr);
            return OD_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "orderweb: unexpected argument '%s'\n", argv[optind]);
        usage(stderr);
        return OD_EXIT_USAGE;
    }
    cfg = od_cli_load_config(config_path, "orderweb", &rules);
    if (!cfg)
        return OD_EXIT_USAGE;
    if (check) {
        printf("orderweb: configuration %s is valid: web.listen %s (%s)\n", config_path,
               cfg->web_listen, cfg->web_tls_cert ? "HTTPS" : "HTTP");
        goto out;
    }
    od_log_setup(cfg->log_level, cfg->log_format);
    od_display_init(cfg->display_timezone);

    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    srv.cfg = cfg;
    srv.rules = rules;
    srv.idle = (od_time)cfg->web_session_idle_ms * 1000;
    if (check_schema(cfg->database_conninfo) < 0 ||
        ow_pool_init(&srv.pool, cfg->database_conninfo, (size_t)cfg->web_threads) < 0 ||
        ow_events_start(&srv.events, cfg->database_conninfo, (size_t)cfg->web_max_connections / 2) <
            0 ||
        ow_server_start(&srv) < 0) {
        od_log(OD_LOG_ERROR, "web", NULL, "cannot start: %s", od_error_last());
        status = OD_EXIT_FAIL;
        goto out;
    }
    od_log(OD_LOG_INFO, "web", NULL,
           "orderweb %s listening on %s (%s), %lld threads, at most %lld connections",
           ORDERD_VERSION, cfg->web_listen, srv.tls ? "HTTPS" : "HTTP", (long long)cfg->web_threads,
           (long long)cfg->web_max_connections);
    for (;;) {
        struct timespec wait = {.tv_sec = SWEEP_EVERY_S};
        int sig = sigtimedwait(&sigs, NULL, &wait);

        if (sig == SIGINT || sig == SIGTERM) {
            od_log(OD_LOG_INFO, "web", NULL, "signal %d: stopping", sig);
            break;
        }
        sweep(&srv);
    }
    ow_events_stop(&srv.events);
    if (!ow_events_drain(&srv.events, 3000))
        od_log(OD_LOG_WARN, "web", NULL, "events: streams still open after 3 s; cut");
    ow_server_stop(&srv);
    od_log(OD_LOG_INFO, "web", NULL, "stopped");
out:
    ow_events_stop(&srv.events);
    ow_events_free(&srv.events);
    ow_pool_free(&srv.pool);
    od_config_free(cfg);
    od_rules_free(rules);
    return status;
}
