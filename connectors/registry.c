#include "registry.h"

#include <string.h>

extern const struct od_connector od_douyin_connector;
extern const struct od_connector od_feed_connector;
extern const struct od_connector od_imap_connector;
extern const struct od_connector od_jd_connector;
extern const struct od_connector od_pinduoduo_connector;
extern const struct od_connector od_shopify_connector;
extern const struct od_connector od_taobao_connector;
extern const struct od_connector od_woocommerce_connector;

const struct od_connector *const od_connectors[] = {
    &od_feed_connector,   &od_douyin_connector,      &od_imap_connector,
    &od_jd_connector,     &od_pinduoduo_connector,   &od_shopify_connector,
    &od_taobao_connector, &od_woocommerce_connector, NULL,
};

const struct od_connector *od_connector_find(const char *kind)
{
    for (size_t i = 0; od_connectors[i]; i++)
        if (strcmp(od_connectors[i]->kind, kind) == 0)
            return od_connectors[i];
    return NULL;
}
