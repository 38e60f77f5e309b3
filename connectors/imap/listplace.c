/* The warehouse column of an order list and the text's address: see
 * listplace.h. */
#include "listplace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sheet.h"

int mail_warehouse_context(const struct imap_extract_settings *s, const struct od_grid *body,
                           struct od_order *o)
{
    char *house = o->ship_to.address;
    int rc;

    o->ship_to.address = NULL;
    rc = mail_sheet_context(s, body, true, o);
    bool named = false; /* the text's line says the address is the warehouse's */

    if (rc == 0 && !o->ship_to.address && house && house[0]) {
        rc = mail_house_line(body, house, o); /* "送芜湖主仓：…" */
        named = o->ship_to.address != NULL;
    }
    if (!o->ship_to.address) {
        o->ship_to.address = house;
        return rc;
    }
    if (rc == 0 && !named && house && house[0] && !strstr(o->ship_to.address, house)) {
        char why[512];

        snprintf(why, sizeof(why),
                 "the list's warehouse column names '%.80s' and the mail's text gives the "
                 "address '%.200s': check where the goods go",
                 house, o->ship_to.address);
        rc = od_order_add_doubt(o, why);
    }
    free(house);
    return rc;
}
