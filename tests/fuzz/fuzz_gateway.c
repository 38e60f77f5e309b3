/* libFuzzer target for the CN platforms' answers as the shared gateway
 * reads them (connectors/common/gateway.c): the first input byte picks
 * the platform (抖店, Taobao, JD, Pinduoduo), the rest is the JSON body.
 * The platform's envelope reader says error, success or neither; an
 * error is classified by the platform's code table (od_gw_classify) and
 * a throttle's announced ban read (ban_ms); the HTTP-status mapping is
 * run on the first bytes as a status. Checks: an error's texts are
 * NUL-terminated in their buffers; the class is one of enum
 * od_gw_class and its return code one of the documented ones; a ban is
 * never negative; a success gives a result object; "neither" gives a
 * negative code with a detail. A broken invariant aborts. */
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "douyin/douyin.h"
#include "error.h"
#include "gateway.h"
#include "jd/jd.h"
#include "json.h"
#include "pinduoduo/pinduoduo.h"
#include "taobao/taobao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
    if (!ok)
        abort();
}

static void check_class(enum od_gw_class c)
{
    int rc = od_gw_class_rc(c);

    check(c >= OD_GW_OK && c <= OD_GW_EXPIRED);
    check(rc == 0 || rc == OD_EAUTH || rc == OD_EAGAIN || rc == OD_EINVAL || rc == OD_ECONFIG);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct od_gw_platform *const platforms[] = {&douyin_platform, &taobao_platform,
                                                      &jd_platform, &pinduoduo_platform};
    const struct od_gw_platform *p;
    struct json_object *doc = NULL, *result = NULL;
    struct od_gw_error e;
    int rc;

    if (size < 1)
        return 0;
    p = platforms[data[0] % 4];
    if (size >= 4)
        check_class(od_gw_http_class((long)(data[1] % 10) * 100 + data[2] % 100));
    if (od_json_parse((const char *)data + 1, size - 1, &doc) < 0)
        return 0;
    memset(&e, 0, sizeof(e));
    e.code = -1;
    rc = p->envelope(doc, &e, &result);
    if (rc == 1) {
        const char *say = NULL;
        enum od_gw_class c = od_gw_classify(p->codes, p->n_codes, &e, &say);

        check(memchr(e.sub, '\0', sizeof(e.sub)) != NULL);
        check(memchr(e.what, '\0', sizeof(e.what)) != NULL);
        check_class(c);
        if (c == OD_GW_THROTTLE && p->ban_ms)
            check(p->ban_ms(&e) >= 0);
    } else if (rc == 0) {
        check(result != NULL);
    } else {
        check(rc < 0);
        check(od_error_last()[0] != '\0');
    }
    json_object_put(doc);
    return 0;
}
