/* The connector kinds compiled into orderd: one static, NULL-terminated
 * array (after fluent-bit's plugin list). */
#ifndef OD_REGISTRY_H
#define OD_REGISTRY_H

#include "connector.h"

extern const struct od_connector *const od_connectors[];

/* The connector of `kind`, or NULL. */
const struct od_connector *od_connector_find(const char *kind);

#endif
