/* orderd: poll every configured channel, normalize, store exactly once.
 *
 *   orderd --config FILE [--once] [--channel NAME]... [--check]
 *   orderd --print-schema main|channel|rules
 *
 * Signals: SIGTERM/SIGINT stop after the batch in flight; SIGHUP reloads
 * the configuration (an invalid one is refused and the old one keeps
 * running). Exit: 0 success, 1 a channel failed (--once) or shutdown
 * timed out, 2 usage or configuration error. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "clock.h"
#include "config.h"
#include "configschema.h"
#include "registry.h"
#include "rules.h"
#include "error.h"
#include "log.h"
#include "metrics.h"
#include "stats.h"
#include "scheduler.h"
#include "service.h"

#define MAX_SELECTED 256

static void usage(FILE *f)
{
    fprintf(f, "usage: orderd --config FILE [--once] [--channel NAME]... [--check]\n"
               "\n"
               "  -c, --config FILE    orderd.yaml (default /etc/orderd/orderd.yaml)\n"
               "      --once           poll each selected channel until nothing is new, then exit\n"
               "                       (0 when every channel succeeded, 1 otherwise)\n"
               "      --channel NAME   only this channel (repeatable)\n"
               "      --check          validate the configuration and exit (0 valid, 2 invalid)\n"
               "      --print-schema main|channel|rules\n"
               "                       print the JSON Schema of orderd.yaml, a channel file or\n"
               "                       the rules file (for editors) and exit\n"
               "      --version        print the version\n");
}

static int print_schema(const char *which)
{
    struct json_object *schema = NULL;
    int rc = strcmp(which, "rules") == 0 ? od_rules_schema(&schema)
                                         : od_config_schema(which, od_connectors, &schema);

    if (rc < 0) {
        fprintf(stderr, "orderd: --print-schema: %s\n", od_error_last());
        return rc == OD_ENOMEM ? OD_EXIT_FAIL : OD_EXIT_USAGE;
    }
    puts(json_object_to_json_string_ext(schema, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                                    JSON_C_TO_STRING_NOSLASHESCAPE));
    json_object_put(schema);
    return OD_EXIT_OK;
}

static int check_selection(const struct od_config *cfg, char **names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!od_config_channel(cfg, names[i])) {
            fprintf(stderr, "orderd: no channel named '%s' in %s\n", names[i], cfg->channels_dir);
            return -1;
        }
    }
    return 0;
}

/* ORDERD_TEST_CLOCK=start=UNIX,origin=UNIX,scale=N (docs/testing.md):
 * the daemon's planning clock (windows, token renewals, poll intervals,
 * backoff) runs N times faster from `start`, so a test sees a month of
 * polling in half a minute. Unset in production; logged when set. */
static int test_clock_setup(void)
{
    static struct od_scaled_clock c;
    const char *spec = getenv("ORDERD_TEST_CLOCK");
    char when[OD_TIME_STRLEN];

    if (!spec || !*spec)
        return 0;
    if (od_scaled_clock_parse(spec, &c) < 0)
        return od_error_wrap(OD_ECONFIG, "ORDERD_TEST_CLOCK");
    od_scaled_clock_install(&c, c.origin, c.start, c.scale);
    od_time_format(c.start, when);
    od_log(OD_LOG_WARN, NULL, NULL,
           "ORDERD_TEST_CLOCK is set: the planning clock reads %s at the origin and runs %lld "
           "times faster (for tests only)",
           when, (long long)c.scale);
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'},
        {"once", no_argument, NULL, 'o'},
        {"channel", required_argument, NULL, 'C'},
        {"check", no_argument, NULL, 'k'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {"print-schema", required_argument, NULL, 'S'},
        {NULL, 0, NULL, 0},
    };
    const char *config_path = "/etc/orderd/orderd.yaml";
    char *names[MAX_SELECTED];
    size_t n_names = 0;
    bool once = false, check = false;
    struct od_config *cfg = NULL;
    struct od_rules *rules = NULL;
    struct od_scheduler *sched = NULL;
    struct od_service svc;
    struct od_metrics *metrics = NULL;
    char *listen = NULL;
    sigset_t sigs;
    int opt, status = OD_EXIT_OK;

    if (od_cli_doc_worker(argc, argv, &status)) /* first: the document worker's child */
        return status;
    while ((opt = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
        switch (opt) {
        case 'c':
            config_path = optarg;
            break;
        case 'o':
            once = true;
            break;
        case 'C':
            if (n_names == MAX_SELECTED) {
                fprintf(stderr, "orderd: too many --channel options\n");
                return OD_EXIT_USAGE;
            }
            names[n_names++] = optarg;
            break;
        case 'k':
            check = true;
            break;
        case 'h':
            usage(stdout);
            return OD_EXIT_OK;
        case 'V':
            printf("orderd %s\n", ORDERD_VERSION);
            return OD_EXIT_OK;
        case 'S':
            return print_schema(optarg);
        default:
            usage(stderr);
            return OD_EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "orderd: unexpected argument '%s'\n", argv[optind]);
        usage(stderr);
        return OD_EXIT_USAGE;
    }
    cfg = od_cli_load_config(config_path, "orderd", &rules);
    if (!cfg)
        return OD_EXIT_USAGE;
    if (check_selection(cfg, names, n_names) < 0) {
        od_config_free(cfg);
        od_rules_free(rules);
        return OD_EXIT_USAGE;
    }
    if (check) {
        size_t enabled = 0;

        for (size_t i = 0; i < cfg->n_channels; i++)
            enabled += cfg->channels[i]->enabled;
        printf("orderd: configuration %s is valid: %zu channel%s (%zu enabled)\n", config_path,
               cfg->n_channels, cfg->n_channels == 1 ? "" : "s", enabled);
        od_config_free(cfg);
        od_rules_free(rules);
        return OD_EXIT_OK;
    }
    od_log_setup(cfg->log_level, cfg->log_format);
    if (test_clock_setup() < 0) {
        od_log(OD_LOG_ERROR, NULL, NULL, "cannot start: %s", od_error_last());
        od_config_free(cfg);
        od_rules_free(rules);
        return OD_EXIT_USAGE;
    }

    /* Signals are taken synchronously by this thread only. */
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    if (od_metrics_new(&metrics) < 0 ||
        (cfg->http_listen &&
         (od_metrics_serve(metrics, cfg->http_listen, cfg->database_conninfo) < 0 ||
          !(listen = strdup(cfg->http_listen)))) ||
        od_scheduler_start(cfg, rules, metrics, (const char *const *)names, n_names, once, &sched) <
            0) {
        od_log(OD_LOG_ERROR, NULL, NULL, "cannot start: %s", od_error_last());
        od_metrics_free(metrics);
        free(listen);
        od_config_free(cfg);
        od_rules_free(rules);
        return OD_EXIT_FAIL;
    }
    if (listen)
        od_log(OD_LOG_INFO, NULL, NULL, "metrics and health at http://%s/metrics and /healthz",
               listen);
    od_log(OD_LOG_INFO, NULL, NULL, "orderd %s started%s: %zu channel%s configured", ORDERD_VERSION,
           once ? " (--once)" : "", cfg->n_channels, cfg->n_channels == 1 ? "" : "s");
    od_service_init(&svc, metrics);
    for (;;) {
        long ms = od_service_tick_ms(&svc);
        struct timespec tick = {ms / 1000, (ms % 1000) * 1000 * 1000};
        int sig;

        od_service_tick(&svc, sched);
        sig = sigtimedwait(&sigs, NULL, &tick);
        if (sig == SIGINT || sig == SIGTERM) {
            od_service_stopping(&svc);
            od_log(OD_LOG_INFO, NULL, NULL, "received %s: finishing the batches in flight",
                   sig == SIGINT ? "SIGINT" : "SIGTERM");
            od_scheduler_stop(sched);
            if (!od_scheduler_join(sched, (long)cfg->shutdown_timeout_ms)) {
                od_log(OD_LOG_ERROR, NULL, NULL,
                       "channels did not stop within %lld ms; exiting (uncommitted batches roll "
                       "back)",
                       (long long)cfg->shutdown_timeout_ms);
                _Exit(OD_EXIT_FAIL);
            }
            if (once && od_scheduler_failures(sched))
                status = OD_EXIT_FAIL;
            break;
        }
        if (sig == SIGHUP && !once) {
            struct od_rules *next_rules = NULL;
            struct od_config *next;
            struct od_scheduler *next_sched = NULL;

            od_service_reloading(&svc);
            next = od_cli_load_config(config_path, "orderd", &next_rules);
            if (!next || check_selection(next, names, n_names) < 0) {
                od_rules_free(next_rules);
                od_log(OD_LOG_ERROR, NULL, NULL,
                       "reload refused: %s is invalid (errors above); still running the "
                       "previous configuration",
                       config_path);
                od_config_free(next);
                od_service_reloaded(&svc);
                continue;
            }
            od_log(OD_LOG_INFO, NULL, NULL, "reloading %s", config_path);
            od_scheduler_stop(sched);
            if (!od_scheduler_join(sched, (long)cfg->shutdown_timeout_ms)) {
                od_log(OD_LOG_ERROR, NULL, NULL, "channels did not stop for the reload; exiting");
                _Exit(OD_EXIT_FAIL);
            }
            od_scheduler_free(sched);
            od_config_free(cfg);
            od_rules_free(rules);
            cfg = next;
            rules = next_rules;
            od_log_setup(cfg->log_level, cfg->log_format);
            if ((listen ? !cfg->http_listen || strcmp(listen, cfg->http_listen) != 0
                        : cfg->http_listen != NULL))
                od_log(OD_LOG_WARN, NULL, NULL,
                       "http.listen changed: it takes effect when orderd is restarted");
            if (listen)
                od_metrics_set_database(metrics, cfg->database_conninfo);
            if (od_scheduler_start(cfg, rules, metrics, (const char *const *)names, n_names, false,
                                   &next_sched) < 0) {
                od_log(OD_LOG_ERROR, NULL, NULL, "cannot restart after reload: %s",
                       od_error_last());
                od_metrics_free(metrics);
                free(listen);
                od_config_free(cfg);
                od_rules_free(rules);
                return OD_EXIT_FAIL;
            }
            sched = next_sched;
            od_log(OD_LOG_INFO, NULL, NULL, "configuration reloaded: %zu channel%s",
                   cfg->n_channels, cfg->n_channels == 1 ? "" : "s");
            od_service_reloaded(&svc);
            continue;
        }
        if (once && od_scheduler_done(sched)) {
            od_scheduler_join(sched, 1000);
            if (od_scheduler_failures(sched))
                status = OD_EXIT_FAIL;
            break;
        }
    }
    od_scheduler_free(sched);
    od_metrics_free(metrics);
    free(listen);
    od_config_free(cfg);
    od_rules_free(rules);
    od_log(OD_LOG_INFO, NULL, NULL,
           "time by stage: read %.3f s, parse %.3f s, audit %.3f s, database %.3f s",
           od_stats_ns(OD_STAGE_READ) / 1e9, od_stats_ns(OD_STAGE_PARSE) / 1e9,
           od_stats_ns(OD_STAGE_AUDIT) / 1e9, od_stats_ns(OD_STAGE_DB) / 1e9);
    od_log(OD_LOG_INFO, NULL, NULL, "orderd stopped");
    return status;
}
