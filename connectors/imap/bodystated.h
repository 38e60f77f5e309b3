#ifndef OD_IMAP_BODYSTATED_H
#define OD_IMAP_BODYSTATED_H

#include "grid.h"
#include "model.h"

/* An order read from an attachment (its lines' sources are no text
 * lines) whose mail's text (`body`, an OD_GRID_TEXT grid) states a total
 * that is neither the order's total nor the sum of its lines ("货值
 * 51,100.00 + 运费 1,500.00 = 采购总额 52,600.00 元" above a list whose
 * lines make 51,100.00): the document and the mail disagree, so the order
 * is held with a doubt that names the line. A total word (合计, 总计,
 * 总额, 采购总额, 总价, Total, Grand Total …) right before an amount
 * written as money anywhere in a line; quoted lines ('>') left out.
 * 0 or OD_ENOMEM. */
int bst_stated_total_doubt(const struct od_grid *body, struct od_order *o);

#endif
