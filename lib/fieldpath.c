/* The order field-path table (see fieldpath.h). The rows are written
 * once, in FIELD_PATHS; the table and the two name lists expand from it. */
#include "fieldpath.h"

#include <string.h>

#include "model.h"

#define OS(f) offsetof(struct od_order, f)
#define LS(f) offsetof(struct od_line, f)

/* FILE(...): a path an order file's column may hold; ONLY(...): one it
 * may not (the channel's own status text, set from `status`). */
#define FIELD_PATHS(FILE, ONLY)                                                                    \
    FILE("external_id", TEXT, ORDER, OS(external_id), "订单号", "order number")                    \
    FILE("status", STATUS, ORDER, 0, "订单状态", "order status")                                   \
    ONLY("channel_status", TEXT, ORDER, OS(channel_status), "渠道状态", "channel status")          \
    FILE("placed_at", TIME, ORDER, OS(placed_at), "下单时间", "order time")                        \
    FILE("paid_at", TIME, ORDER, OS(paid_at), "付款时间", "payment time")                          \
    FILE("updated_at", TIME, ORDER, OS(updated_at), "更新时间", "last update time")                \
    FILE("currency", CURRENCY, ORDER, 0, "币种", "currency")                                       \
    FILE("subtotal", MONEY, ORDER, OS(subtotal), "商品小计", "subtotal")                           \
    FILE("shipping", MONEY, ORDER, OS(shipping), "运费", "shipping")                               \
    FILE("discount", MONEY, ORDER, OS(discount), "订单优惠", "discount")                           \
    FILE("tax", MONEY, ORDER, OS(tax), "税费", "tax")                                              \
    FILE("total", MONEY, ORDER, OS(total), "订单金额", "order total")                              \
    FILE("customer.ref", TEXT, ORDER, OS(customer.ref), "客户编号", "customer number")             \
    FILE("customer.name", TEXT, ORDER, OS(customer.name), "客户姓名", "customer name")             \
    FILE("customer.phone", TEXT, ORDER, OS(customer.phone), "客户电话", "customer phone")          \
    FILE("customer.email", TEXT, ORDER, OS(customer.email), "客户邮箱", "customer e-mail")         \
    FILE("ship_to.name", TEXT, ORDER, OS(ship_to.name), "收货人", "recipient name")                \
    FILE("ship_to.phone", TEXT, ORDER, OS(ship_to.phone), "收货电话", "recipient phone")           \
    FILE("ship_to.country", TEXT, ORDER, OS(ship_to.country), "收货国家", "country")               \
    FILE("ship_to.province", TEXT, ORDER, OS(ship_to.province), "省份", "province")                \
    FILE("ship_to.city", TEXT, ORDER, OS(ship_to.city), "城市", "city")                            \
    FILE("ship_to.district", TEXT, ORDER, OS(ship_to.district), "区县", "district")                \
    FILE("ship_to.address", TEXT, ORDER, OS(ship_to.address), "详细地址", "street address")        \
    FILE("ship_to.postal_code", TEXT, ORDER, OS(ship_to.postal_code), "邮编", "postal code")       \
    FILE("buyer_note", TEXT, ORDER, OS(buyer_note), "买家留言", "buyer note")                      \
    FILE("seller_note", TEXT, ORDER, OS(seller_note), "卖家备注", "seller note")                   \
    FILE("priority", TEXT, ORDER, OS(priority), "优先级", "priority")                              \
    FILE("tags", TAGS, ORDER, 0, "标签", "tags")                                                   \
    FILE("invoice.type", TEXT, ORDER, OS(invoice.type), "发票类型", "invoice type")                \
    FILE("invoice.medium", TEXT, ORDER, OS(invoice.medium), "发票介质", "invoice medium")          \
    FILE("invoice.title", TEXT, ORDER, OS(invoice.title), "发票抬头", "invoice title")             \
    FILE("invoice.tax_id", TEXT, ORDER, OS(invoice.tax_id), "税号", "tax number")                  \
    FILE("invoice.email", TEXT, ORDER, OS(invoice.email), "收票邮箱", "invoice e-mail")            \
    FILE("invoice.address", TEXT, ORDER, OS(invoice.address), "开票地址", "invoice address")       \
    FILE("invoice.phone", TEXT, ORDER, OS(invoice.phone), "开票电话", "invoice phone")             \
    FILE("invoice.bank", TEXT, ORDER, OS(invoice.bank), "开户行", "bank")                          \
    FILE("invoice.account", TEXT, ORDER, OS(invoice.account), "银行账号", "bank account")          \
    FILE("lines.sku", TEXT, LINE, LS(sku), "商品编码", "SKU")                                      \
    FILE("lines.channel_sku", TEXT, LINE, LS(channel_sku), "平台商品编码", "channel SKU")          \
    FILE("lines.title", TEXT, LINE, LS(title), "商品名称", "product name")                         \
    FILE("lines.qty", QTY, LINE, 0, "数量", "quantity")                                            \
    FILE("lines.unit_price", PRICE, LINE, LS(unit_price), "单价", "unit price")                    \
    FILE("lines.discount", MONEY, LINE, LS(discount), "行优惠", "line discount")                   \
    FILE("lines.total", MONEY, LINE, LS(total), "行金额", "line total")

#define ROW(in_, path_, kind_, where_, off_, zh_, en_)                                             \
    {path_, OD_FIELD_##kind_, OD_FIELD_##where_, off_, in_, zh_, en_},
#define ROW_FILE(...)    ROW(true, __VA_ARGS__)
#define ROW_ONLY(...)    ROW(false, __VA_ARGS__)
#define NAME(path_, ...) path_,
#define NONE(...)

const struct od_field_path od_field_paths[] = {FIELD_PATHS(ROW_FILE, ROW_ONLY)};
const size_t od_n_field_paths = sizeof(od_field_paths) / sizeof(od_field_paths[0]);
_Static_assert(sizeof(od_field_paths) / sizeof(od_field_paths[0]) <= OD_FIELD_PATHS_MAX,
               "raise OD_FIELD_PATHS_MAX");
const char *const od_field_path_names[] = {FIELD_PATHS(NAME, NAME) NULL};
const char *const od_field_file_paths[] = {FIELD_PATHS(NAME, NONE) NULL};

const struct od_field_path *od_field_path_find(const char *path)
{
    for (size_t i = 0; path && i < od_n_field_paths; i++)
        if (strcmp(od_field_paths[i].path, path) == 0)
            return &od_field_paths[i];
    return NULL;
}
