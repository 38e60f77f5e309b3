/* Unit tests for connectors/imap/sheet.c: purchase orders laid out on a
 * grid. Each case builds its grid cell by cell (as the xlsx, xls, CSV
 * and PDF readers would) and states the order, the doubts or the reason
 * expected. Sheet cells are given as "B7=text"; PDF cells as
 * "row@x0-x1=text" on page 1 (x in points), "p2:row@x0-x1=text" on page 2. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "grid.h"
#include "imap/sheet.h"
#include "money.h"

struct want_line {
    const char *sku, *title;
    int64_t qty;
    const char *price, *total;
};

struct scase {
    const char *name;
    enum od_grid_kind kind;
    const char *cells[40];
    const char *subject;
    const char *body;       /* the mail's text, or NULL */
    const char *table;      /* extract.table, or NULL */
    const char *columns[4]; /* extract.columns as "field=header" */
    int outcome;
    const char *id;
    const char *customer, *ship_name, *phone, *address, *currency;
    const char *total; /* stated total, or NULL */
    struct want_line lines[6];
    size_t n_doubts;
    const char *doubt;  /* a piece of the first doubt */
    const char *why;    /* a piece of the reason (BAD / NOTHING) */
    const char *source; /* a piece of the sources JSON */
    const char *shipping, *discount, *tax;
    const char *money_symbol; /* what the cells' number formats show (xlsx) */
    unsigned which;           /* the order of a table that lists several */
    unsigned n_orders;        /* how many it lists (0: not checked) */
};

/* "B7=text" (merged "A1:F1=text") or "3@300-320=text". */
static void add_cell(struct od_grid *g, const char *spec)
{
    const char *eq = strchr(spec, '=');
    struct od_cell *c = NULL;
    char buf[64];

    assert_non_null(eq);
    snprintf(buf, sizeof(buf), "%.*s", (int)(eq - spec), spec);
    if (g->kind == OD_GRID_PDF) {
        unsigned row, page = 1;
        double x0, x1;

        if (buf[0] == 'p')
            assert_int_equal(sscanf(buf, "p%u:%u@%lf-%lf", &page, &row, &x0, &x1), 4);
        else
            assert_int_equal(sscanf(buf, "%u@%lf-%lf", &row, &x0, &x1), 3);
        assert_int_equal(od_grid_add(g, row, 0, OD_CELL_TEXT, eq + 1, strlen(eq + 1), &c), 0);
        c->page = page;
        c->x0 = x0;
        c->x1 = x1;
        c->y = 100 + 14.0 * row;
    } else {
        char col1 = 0, col2 = 0;
        unsigned r1 = 0, r2 = 0;
        int n = sscanf(buf, "%c%u:%c%u", &col1, &r1, &col2, &r2);
        enum od_cell_type type = OD_CELL_TEXT;
        const char *t = eq + 1;

        assert_true(n == 2 || n == 4);
        if (t[0] == '#') { /* "#12.5": a number cell */
            type = OD_CELL_NUMBER;
            t++;
        }
        assert_int_equal(od_grid_add(g, r1 - 1, (uint32_t)(col1 - 'A'), type, t, strlen(t), &c), 0);
        if (n == 4)
            c->span = (uint32_t)(col2 - col1 + 1);
    }
}

static void finish_pdf_cols(struct od_grid *g)
{
    /* col = index within the row, left to right (cells are added in order) */
    for (size_t i = 0; i < g->n; i++)
        g->cells[i].col =
            (i && g->cells[i - 1].row == g->cells[i].row) ? g->cells[i - 1].col + 1 : 0;
}

static const struct scase cases[] = {
    {
        .name = "hand-made Chinese sheet: title, label cells, blank row, table, total, signature",
        .kind = OD_GRID_SHEET,
        .cells = {"A1:F1=采购订单",
                  "A3=采购单号：PO-2026-001",
                  "E3=日期",
                  "F3=2026-11-20",
                  "A4=客户",
                  "B4=上海某某贸易有限公司",
                  "A5=收货人：王伟",
                  "C5=电话：13812345678",
                  "A6=收货地址：上海市浦东新区张江路123号",
                  "A8=序号",
                  "B8=商品编码",
                  "C8=品名",
                  "D8=数量",
                  "E8=单价（元）",
                  "F8=金额",
                  "A9=#1",
                  "B9=A-100",
                  "C9=蓝色T恤",
                  "D9=#2",
                  "E9=#59",
                  "F9=#118",
                  "A10=#2",
                  "B10=B-200",
                  "C10=白色衬衫",
                  "D10=#10",
                  "E10=#12.5",
                  "F10=#125",
                  "A11=合计",
                  "F11=#243",
                  "A13=采购员：张三",
                  "D13=审核：李四"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-2026-001",
        .customer = "上海某某贸易有限公司",
        .ship_name = "王伟",
        .phone = "13812345678",
        .address = "上海市浦东新区张江路123号",
        .total = "243.00",
        .lines = {{"A-100", "蓝色T恤", 2, "59.00", "118.00"},
                  {"B-200", "白色衬衫", 10, "12.50", "125.00"}},
        .source = "\"lines[1].qty\":\"D10\"",
    },
    {
        .name = "a totals row in Chinese words with the figure in brackets",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=采购单号：PO-W1", "A3=商品编码", "B3=数量", "C3=单价", "D3=金额", "A4=A-1",
                  "B4=#800", "C4=#6.8", "D4=#5440", "A5=合计金额",
                  "D5=人民币伍仟肆佰肆拾元整（￥5,440.00）"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-W1",
        .total = "5440.00",
        .lines = {{"A-1", NULL, 800, "6.80", "5440.00"}},
    },
    {
        .name = "a totals row whose words and figure disagree: held with a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=采购单号：PO-W2", "A3=商品编码", "B3=数量", "C3=单价", "D3=金额", "A4=A-1",
                  "B4=#800", "C4=#6.8", "D4=#5440", "A5=合计金额",
                  "D5=人民币伍仟肆佰元整（￥5,440.00）"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-W2",
        .lines = {{"A-1", NULL, 800, "6.80", "5440.00"}},
        .n_doubts = 1,
        .doubt = "D5: the total in words is not the figure beside it",
    },
    {
        .name = "amount that is not qty x price: held with a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: 4471", "A3=SKU", "B3=Qty", "C3=Unit Price", "D3=Amount", "A4=X-1",
                  "B4=#3", "C4=#2", "D4=#6", "A5=X-2", "B5=#2", "C5=#14", "D5=#30"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "4471",
        .lines = {{"X-1", NULL, 3, "2.00", "6.00"}, {"X-2", NULL, 2, "14.00", "28.00"}},
        .n_doubts = 1,
        .doubt = "D5: amount 30.00 is not 2 x 14.00",
    },
    {
        .name = "stated total that differs from the lines: a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号", "B1=SO-9", "A2=货号", "B2=数量", "C2=单价", "A3=K-1", "B3=#1",
                  "C3=#10", "A4=合计", "C4=#11"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "SO-9",
        .total = "11.00",
        .lines = {{"K-1", NULL, 1, "10.00", "10.00"}},
        .n_doubts = 1,
        .doubt = "stated total 11.00 is not the sum of the lines 10.00",
    },
    {
        .name = "price and amount columns with unknown headers: found by arithmetic",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：Z-7", "A2=品名", "B2=数量", "C2=价钱", "D2=总数", "A3=螺丝",
                  "B3=#100", "C3=#0.25", "D3=#25", "A4=螺母", "B4=#200", "C4=#0.1", "D4=#20"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "Z-7",
        .lines = {{NULL, "螺丝", 100, "0.25", "25.00"}, {NULL, "螺母", 200, "0.10", "20.00"}},
    },
    {
        .name = "two different order numbers: a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO#: A-1", "A2=Order No.: A-2", "A3=Item", "B3=Qty", "C3=Price", "A4=W-1",
                  "B4=#1", "C4=#5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "A-1",
        .lines = {{"W-1", NULL, 1, "5.00", "5.00"}},
        .n_doubts = 1,
        .doubt = "two order numbers: A-1 (A1) and A-2 (A2)",
    },
    {
        .name = "a quantity that is no number refuses the order, naming the cell",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：Q-1", "A2=品名", "B2=数量", "C2=单价", "A3=笔", "B3=几个", "C3=#2"},
        .outcome = MAIL_SHEET_BAD,
        .id = "Q-1",
        .why = "B3: quantity '几个' is not a number",
    },
    {
        .name = "no item table",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=价目表", "A2=A-1", "B2=#5"},
        .outcome = MAIL_SHEET_NOTHING,
        .why = "no item table found",
    },
    {
        .name = "order number from the subject",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Item", "B1=Qty", "C1=Price", "A2=W-1", "B2=#4", "C2=#5"},
        .subject = "Fwd: PO# 8812 for December",
        .outcome = MAIL_SHEET_ORDER,
        .id = "8812",
        .lines = {{"W-1", NULL, 4, "5.00", "20.00"}},
    },
    {
        .name = "a header of words no list knows: columns from shapes and arithmetic",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Commande: FR-88", "A3=Réf.", "B3=Désignation", "C3=Qté", "D3=P.U.",
                  "E3=Montant", "A4=R-10", "B4=Vis inox", "C4=#50", "D4=#0.3", "E4=#15", "A5=R-11",
                  "B5=Écrou", "C5=#20", "D5=#0.45", "E5=#9"},
        .outcome = MAIL_SHEET_ORDER,
        .lines = {{"R-10", "Vis inox", 50, "0.30", "15.00"}, {"R-11", "Écrou", 20, "0.45", "9.00"}},
    },
    {
        .name = "no header row at all: the items by their arithmetic",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：N-5", "A3=M-1", "B3=垫片", "C3=#3", "D3=#1.5", "E3=#4.5", "A4=M-2",
                  "B4=弹簧", "C4=#4", "D4=#2", "E4=#8"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "N-5",
        .lines = {{"M-1", "垫片", 3, "1.50", "4.50"}, {"M-2", "弹簧", 4, "2.00", "8.00"}},
    },
    {
        .name = "items in the sheet, order number, ship-to and customer in the mail's text",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=商品编码", "B1=商品名称", "C1=数量", "D1=单价", "A2=HD-1", "B2=打包带",
                  "C2=#40", "D2=#29", "A3=HD-2", "B3=纸箱", "C3=#600", "D3=#2.63"},
        .body =
            "你好\n\n订单号：CGDD2025091982\n收货人：邓海燕 021-54057337\n"
            "地址：上海市青浦区富民路1218号\n\n明细见附件表格。\n\n邓海燕\n上海瑞丰服饰有限公司\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "CGDD2025091982",
        .customer = "上海瑞丰服饰有限公司",
        .ship_name = "邓海燕",
        .phone = "021-54057337",
        .address = "上海市青浦区富民路1218号",
        .lines = {{"HD-1", "打包带", 40, "29.00", "1160.00"},
                  {"HD-2", "纸箱", 600, "2.63", "1578.00"}},
        .source = "\"external_id\":\"body line 3\"",
    },
    {
        .name = "the sheet's own order number wins over the mail's, without a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.", "B1=A-77", "A2=Item", "B2=Qty", "C2=Price", "A3=W-1", "B3=#1",
                  "C3=#5"},
        .body = "PO No.: B-88\nSee attached.\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "A-77",
        .lines = {{"W-1", NULL, 1, "5.00", "5.00"}},
    },
    {
        .name = "English form: letterhead, SHIP TO block, float noise, subtotal, freight, total, "
                "currency in a note",
        .kind = OD_GRID_SHEET,
        .cells = {"A1:F1=PURCHASE ORDER",
                  "A2=Brightline Retail Ltd",
                  "E2=PO #",
                  "F2=#4500091671",
                  "E3=Date",
                  "F3=2025-10-29",
                  "A5=VENDOR",
                  "D5=SHIP TO",
                  "A6=Hangzhou Hengda Packaging Co., Ltd.",
                  "D6=Lukas Patel",
                  "D7=Unit 4, Riverside Estate, Manchester",
                  "D8=0161 367 3897",
                  "A10=ITEM #",
                  "B10=DESCRIPTION",
                  "C10=QTY",
                  "D10=UNIT PRICE",
                  "E10=TOTAL",
                  "A11=HD-SF-5023",
                  "B11=Stretch film",
                  "C11=#300",
                  "D11=#4.35",
                  "E11=#1304.9999999999998",
                  "A12=HD-LB-1010",
                  "B12=Labels",
                  "C12=#1000",
                  "D12=#0.9399999999999999",
                  "E12=#940",
                  "D14=SUBTOTAL",
                  "E14=#2245",
                  "D15=SHIPPING",
                  "E15=#74",
                  "D16=TOTAL",
                  "E16=#2319",
                  "A18=All prices in GBP"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "4500091671",
        .customer = "Brightline Retail Ltd",
        .ship_name = "Lukas Patel",
        .phone = "0161 367 3897",
        .address = "Unit 4, Riverside Estate, Manchester",
        .currency = "GBP",
        .total = "2319.00",
        .lines = {{"HD-SF-5023", "Stretch film", 300, "4.35", "1305.00"},
                  {"HD-LB-1010", "Labels", 1000, "0.94", "940.00"}},
    },
    {
        .name = "decimal commas, German headers, a totals row without a known label, the order "
                "number from the subject with a doubt",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Pos.",  "B1=Artikelnr.",  "C1=Bezeichnung",
                  "D1=Menge", "E1=Einzelpreis", "F1=Gesamtpreis",
                  "A2=1",     "B2=HD-KN-0018",  "C2=Utility knife",
                  "D2=2000",  "E2=0,61",        "F2=1.220,00",
                  "A3=2",     "B3=HD-KN-0019",  "C3=Blades",
                  "D3=10",    "E3=3,50",        "F3=35,00",
                  "C4=Summe", "F4=1.255,00"},
        .subject = "Bestellung HD-PO-40017",
        .outcome = MAIL_SHEET_ORDER,
        .id = "HD-PO-40017",
        .total = "1255.00",
        .lines = {{"HD-KN-0018", "Utility knife", 2000, "0.61", "1220.00"},
                  {"HD-KN-0019", "Blades", 10, "3.50", "35.00"}},
        .n_doubts = 1,
        .doubt = "the order number HD-PO-40017 is read from the subject without a label",
    },
    {
        .name = "PDF: letter-spaced labels and a phone in digit groups joined",
        .kind = OD_GRID_PDF,
        .cells = {"0@259-273=采",
                  "0@280-294=购",
                  "0@301-315=订",
                  "0@322-336=单",
                  "1@40-135=订单编号：4500026232",
                  "2@40-49.5=收",
                  "2@54.2-63.8=货",
                  "2@68.5-116=人：卢红梅",
                  "2@330-391.8=联系电话：+86",
                  "2@396.5-410.8=177",
                  "2@415.5-434.5=5345",
                  "2@439.2-458.2=2568",
                  "4@46-64=序号",
                  "4@90-124=物料编码",
                  "4@184-201=品名",
                  "4@395-412=数量",
                  "4@450-467=单价",
                  "4@535-552=金额",
                  "5@52-57=1",
                  "5@73-118=HD-LB-7050",
                  "5@148-190=不干胶标签",
                  "5@402-412=20",
                  "5@446-467=12.96",
                  "5@526-552=259.20"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "4500026232",
        .ship_name = "卢红梅",
        .phone = "+86 177 5345 2568",
        .lines = {{"HD-LB-7050", "不干胶标签", 20, "12.96", "259.20"}},
    },
    {
        .name = "PDF: a letterhead without a legal form, alone on the first line, is the buyer "
                "when the mail's signature names it by a word of it",
        .kind = OD_GRID_PDF,
        .cells = {"0@200-380=佛山市南海区 阿华云吞面馆", "1@270-320=订货单",
                  "2@40-140=订货单号：AH-118", "4@46-64=品名", "4@395-412=数量", "4@450-467=单价",
                  "4@535-552=金额", "5@46-100=外卖餐盒", "5@395-412=2000", "5@450-467=0.35",
                  "5@526-552=700.00"},
        .body = "老板：\n订货单见附件。\n\n阿华云吞 梁志华\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "AH-118",
        .customer = "佛山市南海区 阿华云吞面馆",
        .lines = {{NULL, "外卖餐盒", 2000, "0.35", "700.00"}},
    },
    {
        .name = "PDF: a letterhead the mail's text does not name is not taken, and the order is "
                "held",
        .kind = OD_GRID_PDF,
        .cells = {"0@200-380=佛山市南海区 阿华云吞面馆", "1@270-320=订货单",
                  "2@40-140=订货单号：AH-118", "4@46-64=品名", "4@395-412=数量", "4@450-467=单价",
                  "4@535-552=金额", "5@46-100=外卖餐盒", "5@395-412=2000", "5@450-467=0.35",
                  "5@526-552=700.00"},
        .body = "老板：\n订货单见附件。\n\n梁志华\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "AH-118",
        .lines = {{NULL, "外卖餐盒", 2000, "0.35", "700.00"}},
        .n_doubts = 1,
        .doubt =
            "no buyer is named; the letterhead '佛山市南海区 阿华云吞面馆' (p1 x=200 y=100) may "
            "be it",
    },
    {
        .name = "PDF: a Latin letterhead the mail's text names whole; a place's label over three "
                "comma-parted parts gives the address, the receiver's label the name; sums lines "
                "with unknown labels read by their arithmetic (subtotal, a discount of 5 %, "
                "freight, total)",
        .kind = OD_GRID_PDF,
        .cells = {"0@45-140=Kōwhai Honey Collective",
                  "1@45-200=12 Rata Street, Nelson, New Zealand", "2@45-180=PO No.: KH-5521",
                  "4@60-90=Ref", "4@140-200=Product", "4@380-400=Qty", "4@430-460=Price",
                  "4@490-530=Amount", "5@60-100=JAR-250", "5@140-230=Glass jar 250 g",
                  "5@380-400=4,000", "5@440-460=0.50", "5@490-530=2,000.00",
                  "6@45-160=Tarpine suma: 2,000.00 NZD", "7@45-160=Kedvezmény 5 %: -100.00 NZD",
                  "8@45-160=Kuljetus: 80.00 NZD", "9@45-160=Kokku: 1,980.00 NZD",
                  "10@45-380=Deliver to: Kōwhai Honey Collective, Packing shed, Brightwater",
                  "11@45-240=Receiver: Mere Tūhoe"},
        .body = "Kia ora,\nour PO attached.\n\nNgā mihi\nAroha\nKōwhai Honey Collective\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "KH-5521",
        .customer = "Kōwhai Honey Collective",
        .ship_name = "Mere Tūhoe",
        .address = "Kōwhai Honey Collective, Packing shed, Brightwater",
        .total = "1980.00",
        .discount = "100.00",
        .shipping = "80.00",
        .lines = {{"JAR-250", "Glass jar 250 g", 4000, "0.50", "2000.00"}},
    },
    {
        .name = "PDF: a place's label over three comma-parted parts with no receiver named: the "
                "address, held",
        .kind = OD_GRID_PDF,
        .cells = {"0@45-200=Kōwhai Honey Collective Ltd", "2@45-180=PO No.: KH-5523", "4@60-90=Ref",
                  "4@140-200=Product", "4@380-400=Qty", "4@430-460=Price", "4@490-530=Amount",
                  "5@60-100=JAR-250", "5@140-230=Glass jar 250 g", "5@380-400=4,000",
                  "5@440-460=0.50", "5@490-530=2,000.00",
                  "7@45-380=Ship to: Kōwhai Honey Collective, Packing shed, Brightwater"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KH-5523",
        .address = "Kōwhai Honey Collective, Packing shed, Brightwater",
        .lines = {{"JAR-250", "Glass jar 250 g", 4000, "0.50", "2000.00"}},
        .n_doubts = 1,
        .doubt = "the ship-to's label gave an address and nothing names the receiver",
    },
    {
        .name = "PDF: sums lines with unknown labels that do not add up are not taken: held",
        .kind = OD_GRID_PDF,
        .cells = {"0@45-200=Kōwhai Honey Collective Ltd", "2@45-180=PO No.: KH-5522", "4@60-90=Ref",
                  "4@140-200=Product", "4@380-400=Qty", "4@430-460=Price", "4@490-530=Amount",
                  "5@60-100=JAR-250", "5@140-230=Glass jar 250 g", "5@380-400=4,000",
                  "5@440-460=0.50", "5@490-530=2,000.00", "6@45-160=Tarpine suma: 2,000.00 NZD",
                  "7@45-160=Kuljetus: 80.00 NZD", "8@45-160=Kokku: 2,100.00 NZD"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KH-5522",
        .customer = "Kōwhai Honey Collective Ltd",
        .lines = {{"JAR-250", "Glass jar 250 g", 4000, "0.50", "2000.00"}},
        .n_doubts = 1,
        .doubt = "below the items is an amount that no known label names",
    },
    {
        .name = "PDF with decimal commas: thousands points in quantities, a price finer than a "
                "cent, labels and a charge written in two languages",
        .kind = OD_GRID_PDF,
        .cells = {"0@60-200=Pedido n.º / Order no.: ES-77-0031",
                  "2@60-90=Ref.",
                  "2@200-240=Description",
                  "2@380-400=Qty",
                  "2@430-460=Price",
                  "2@490-530=Amount",
                  "3@60-100=AB-100",
                  "3@140-230=Carton box",
                  "3@380-400=1.200",
                  "3@440-460=0,50",
                  "3@500-530=600,00",
                  "4@60-100=AB-200",
                  "4@140-230=Label",
                  "4@380-400=3.000",
                  "4@440-460=0,045",
                  "4@500-530=135,00",
                  "5@140-220=Transporte / Freight",
                  "5@505-530=90,00",
                  "6@140-200=TOTAL",
                  "6@500-530=825,00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "ES-77-0031",
        .total = "825.00",
        .shipping = "90.00",
        .lines = {{"AB-100", "Carton box", 1200, "0.50", "600.00"},
                  {"AB-200", "Label", 3000, "0.045", "135.00"}},
        .n_doubts = 1,
        .doubt = "is finer than a cent: stored exactly",
    },
    {
        .name = "PDF: a sums block under the number columns whose first label no list knows "
                "ends the items; CJK words set half a character apart are one name; a contact's "
                "phone with an extension",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-160=訂單編號：ZX-5501",
                  "1@40-103=聯絡人：林志明",
                  "1@107.5-157=02-2345-6789",
                  "1@161.5-179.5=分機",
                  "1@184-193=35",
                  "3@56-74=項次",
                  "3@101-119=品號",
                  "3@207-243=品名規格",
                  "3@379-397=數量",
                  "3@444-462=單價",
                  "3@524-542=金額",
                  "4@62-67=1",
                  "4@83-114=QA-101",
                  "4@143-170=保溫杯",
                  "4@174.5-192.5=藍色",
                  "4@197-215=大號",
                  "4@383-397=100",
                  "4@444-462=12.5",
                  "4@515-542=1,250",
                  "5@62-67=2",
                  "5@83-114=QA-102",
                  "5@143-170=保溫杯",
                  "5@174.5-192.5=紅色",
                  "5@388-397=40",
                  "5@453-462=30",
                  "5@515-542=1,200",
                  "6@426-462=貨品淨額",
                  "6@510-542=2,450",
                  "7@421-448=營業稅",
                  "7@453-462=5%",
                  "7@510-542=122.50",
                  "8@444-462=總計",
                  "8@510-542=2,572.50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "ZX-5501",
        .ship_name = "林志明",
        .phone = "02-2345-6789 分機 35",
        .total = "2572.50",
        .lines = {{"QA-101", "保溫杯 藍色 大號", 100, "12.50", "1250.00"},
                  {"QA-102", "保溫杯 紅色", 40, "30.00", "1200.00"}},
    },
    {
        .name = "PDF: a table that goes on over a second page, whose letterhead and header row "
                "come again; the header names a 价税合计 column, which is no totals row",
        .kind = OD_GRID_PDF,
        .cells = {"0@200-400=某某机械有限公司",
                  "1@40-140=单据编号：CG-0042",
                  "2@40-72=物料编码",
                  "2@132-164=物料名称",
                  "2@337-353=数量",
                  "2@371-403=含税单价",
                  "2@439-471=价税合计",
                  "3@69-104=01.001",
                  "3@125-157=吸塑托盘",
                  "3@333-353=3,000",
                  "3@387-403=0.85",
                  "3@436-471=2,550.00",
                  "4@272-323=第1页共2页",
                  "p2:5@200-400=某某机械有限公司",
                  "p2:6@40-140=单据编号：CG-0042",
                  "p2:7@40-72=物料编码",
                  "p2:7@132-164=物料名称",
                  "p2:7@337-353=数量",
                  "p2:7@371-403=含税单价",
                  "p2:7@439-471=价税合计",
                  "p2:8@69-104=01.002",
                  "p2:8@125-149=周转箱",
                  "p2:8@339-353=400",
                  "p2:8@383-403=38.00",
                  "p2:8@436-471=15,200.00",
                  "p2:9@40-64=合计：",
                  "p2:9@436-471=17,750.00",
                  "p2:10@272-323=第2页共2页"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CG-0042",
        .total = "17750.00",
        .lines = {{"01.001", "吸塑托盘", 3000, "0.85", "2550.00"},
                  {"01.002", "周转箱", 400, "38.00", "15200.00"}},
    },
    {
        .name = "PDF: a price header no list knows (Direct Unit Cost) found by arithmetic with a "
                "price finer than a cent and a row's discount in percent taken off",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-140=PO number: MX-1060",
                  "2@50-100=No.",
                  "2@118-154=Description",
                  "2@262-290=Quantity",
                  "2@375-425=Direct Unit Cost",
                  "2@440-475=Discount %",
                  "2@520-545=Amount",
                  "3@50-98=VB-46",
                  "3@118-192=VCI bag",
                  "3@266-290=10,000",
                  "3@405-425=0.082",
                  "3@521-545=820.00",
                  "4@50-95=CT-43",
                  "4@118-200=Carton",
                  "4@270-290=3,000",
                  "4@410-425=1.05",
                  "4@470-475=3",
                  "4@515-545=3,055.50",
                  "5@50-95=SF-50",
                  "5@118-200=Stretch film",
                  "5@277-290=200",
                  "5@410-425=9.60",
                  "5@470-475=5",
                  "5@515-545=1,824.00",
                  "6@380-449=Total",
                  "6@515-545=5,699.50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "MX-1060",
        .total = "5699.50",
        .lines = {{"VB-46", "VCI bag", 10000, "0.082", "820.00"},
                  {"CT-43", "Carton", 3000, "1.05", "3055.50"},
                  {"SF-50", "Stretch film", 200, "9.60", "1824.00"}},
        .n_doubts = 1,
        .doubt = "finer than a cent",
    },
    {
        .name = "PDF: a 规格型号 column beside 物料编码 and 物料名称 joins the name, held; an "
                "empty spec cell leaves the name alone",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-140=单据编号：CG-0043",
                  "2@78-110=物料编码",
                  "2@132-164=物料名称",
                  "2@213-245=规格型号",
                  "2@337-353=数量",
                  "2@371-403=含税单价",
                  "2@439-471=价税合计",
                  "3@69-104=01.001",
                  "3@125-157=吸塑托盘",
                  "3@177-243=刹车片PET 0.8mm",
                  "3@333-353=3,000",
                  "3@387-403=0.85",
                  "3@436-471=2,550.00",
                  "4@69-104=01.002",
                  "4@125-149=周转箱",
                  "4@339-353=400",
                  "4@383-403=38.00",
                  "4@436-471=15,200.00",
                  "5@40-64=合计：",
                  "5@436-471=17,750.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CG-0043",
        .total = "17750.00",
        .lines = {{"01.001", "吸塑托盘 刹车片PET 0.8mm", 3000, "0.85", "2550.00"},
                  {"01.002", "周转箱", 400, "38.00", "15200.00"}},
        .n_doubts = 1,
        .doubt = "model column (规格型号) is joined to the names",
    },
    {
        .name = "sheet: a 规格 column beside 品名 joins the name; a code first in the spec "
                "cell of a row without SKU is the SKU; a dash is no spec",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：SP-0917",
                  "A3=品名",
                  "B3=规格",
                  "C3=数量",
                  "D3=单价",
                  "E3=金额",
                  "A4=缠绕膜",
                  "B4=KX-5023 50cm 3kg/卷",
                  "C4=#10",
                  "D4=#20",
                  "E4=#200",
                  "A5=珍珠棉",
                  "B5=—",
                  "C5=#5",
                  "D5=#10",
                  "E5=#50",
                  "A6=气泡袋",
                  "B6=20*30cm",
                  "C6=#100",
                  "D6=#0.5",
                  "E6=#50",
                  "D7=合计",
                  "E7=#300"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "SP-0917",
        .total = "300.00",
        .lines = {{"KX-5023", "缠绕膜 50cm 3kg/卷", 10, "20.00", "200.00"},
                  {NULL, "珍珠棉", 5, "10.00", "50.00"},
                  {NULL, "气泡袋 20*30cm", 100, "0.50", "50.00"}},
    },
    {
        .name = "sheet: a column right of the name under a header no list knows (Finish) whose "
                "cells describe the item joins the name; a colour word column (Shade) does not",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO no.", "B1=KT-88",  "A3=Product",  "B3=Finish",       "C3=Shade", "D3=Qty",
                  "E3=Price",  "F3=Amount", "A4=Gift box", "B4=250 g, matt",  "C4=Red",   "D4=#100",
                  "E4=#1.5",   "F4=#150",   "A5=Sleeve",   "B5=kraft window", "C5=Blue",  "D5=#50",
                  "E5=#2",     "F5=#100",   "A6=Tray",     "C6=Red",          "D6=#10",   "E6=#5",
                  "F6=#50",    "E7=Total",  "F7=#300"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-88",
        .total = "300.00",
        .lines = {{NULL, "Gift box 250 g, matt", 100, "1.50", "150.00"},
                  {NULL, "Sleeve kraft window", 50, "2.00", "100.00"},
                  {NULL, "Tray", 10, "5.00", "50.00"}},
    },
    {
        .name = "sheet: a date whose day and month can swap (02/03/2027), no country named: "
                "held, read month first",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO no.", "B1=KT-90", "A2=Order date", "B2=02/03/2027", "A4=Product", "B4=Qty",
                  "C4=Price", "D4=Amount", "A5=Gift box", "B5=#100", "C5=#1.5", "D5=#150",
                  "C6=Total", "D6=#150"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-90",
        .total = "150.00",
        .lines = {{NULL, "Gift box", 100, "1.50", "150.00"}},
        .n_doubts = 1,
        .doubt = "B2: the date 02/03/2027 could be read day first or month first",
    },
    {
        .name = "sheet: the same date under an address in the UK is read day first, no doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO no.", "B1=KT-91", "A2=Order date", "B2=02/03/2027", "A4=Product", "B4=Qty",
                  "C4=Price", "D4=Amount", "A5=Gift box", "B5=#100", "C5=#1.5", "D5=#150",
                  "C6=Total", "D6=#150", "A8=Delivery address",
                  "B8=Acme Ltd, Unit 9 Mill Road, Ripon HG4 5NB, UK"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-91",
        .total = "150.00",
        .address = "Acme Ltd, Unit 9 Mill Road, Ripon HG4 5NB, UK",
        .lines = {{NULL, "Gift box", 100, "1.50", "150.00"}},
        .source = "\"placed_at\":\"B2\"",
    },
    {
        .name = "sheet: a colour column right of the name (Black, Navy) is no specification",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO no.", "B1=KT-89", "A3=Product", "B3=Tone", "C3=Qty", "D3=Price",
                  "E3=Amount", "A4=Gift box", "B4=Black", "C4=#100", "D4=#1.5", "E4=#150",
                  "A5=Sleeve", "B5=Navy", "C5=#50", "D5=#2", "E5=#100", "D6=Total", "E6=#250"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-89",
        .total = "250.00",
        .lines = {{NULL, "Gift box", 100, "1.50", "150.00"},
                  {NULL, "Sleeve", 50, "2.00", "100.00"}},
    },
    {
        .name = "sheet: colour and size columns join the names only as far as they tell rows "
                "apart (Color does, then Size; a size cell '-' adds nothing)",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO no.",   "B1=KT-92",    "A3=Item",     "B3=Description", "C3=Color",
                  "D3=Size",     "E3=Qty",      "F3=Price",    "G3=Amount",      "A4=PB-S-B",
                  "B4=Poly bag", "C4=Black",    "D4=S",        "E4=#10",         "F4=#1",
                  "G4=#10",      "A5=PB-M-B",   "B5=Poly bag", "C5=Black",       "D5=M",
                  "E5=#10",      "F5=#1",       "G5=#10",      "A6=PB-M-C",      "B6=Poly bag",
                  "C6=Clear",    "D6=M",        "E6=#10",      "F6=#1",          "G6=#10",
                  "A7=HT-1",     "B7=Hang tag", "C7=Cream",    "D7=-",           "E7=#10",
                  "F7=#2",       "G7=#20",      "F8=Total",    "G8=#50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-92",
        .total = "50.00",
        .lines = {{"PB-S-B", "Poly bag Black S", 10, "1.00", "10.00"},
                  {"PB-M-B", "Poly bag Black M", 10, "1.00", "10.00"},
                  {"PB-M-C", "Poly bag Clear M", 10, "1.00", "10.00"},
                  {"HT-1", "Hang tag Cream", 10, "2.00", "20.00"}},
    },
    {
        .name = "sheet: a colour column tells the rows apart, the size column after it is left "
                "out (颜色 joins, 尺码 does not)",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号", "B1=YW-7", "A3=品名",           "B3=颜色", "C3=尺码", "D3=数量",
                  "E3=单价", "F3=金额", "A4=飞机盒 20*15*6", "B4=黑色", "C4=M",    "D4=#100",
                  "E4=#1",   "F4=#100", "A5=飞机盒 20*15*6", "B5=白色", "C5=M",    "D5=#100",
                  "E5=#1",   "F5=#100", "A6=飞机盒 30*20*8", "B6=黑色", "C6=L",    "D6=#100",
                  "E6=#2",   "F6=#200", "E7=合计",           "F7=#400"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "YW-7",
        .total = "400.00",
        .lines = {{NULL, "飞机盒 20*15*6 黑色", 100, "1.00", "100.00"},
                  {NULL, "飞机盒 20*15*6 白色", 100, "1.00", "100.00"},
                  {NULL, "飞机盒 30*20*8 黑色", 100, "2.00", "200.00"}},
    },
    {
        .name = "PDF: a date column no list knows (Date Req.) is no SKU; the code in brackets "
                "before the name is",
        .kind = OD_GRID_PDF,
        .cells = {"0@50-230=Purchase Order #P00091", "2@50-91=Description", "2@300-335=Date Req.",
                  "2@412-425=Qty", "2@445-480=Unit Price", "2@516-545=Amount",
                  "3@50-190=[JB-01] Bubble wrap roll", "3@300-341=02/15/2027",
                  "3@380-425=120.00 Units", "3@460-480=18.50", "3@508-545=$ 2,220.00",
                  "4@50-196=[JB-03] Export carton", "4@300-341=02/15/2027",
                  "4@380-425=900.00 Units", "4@464-480=3.45", "4@508-545=$ 3,105.00",
                  "5@380-398=Total", "5@508-545=$ 5,325.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "P00091",
        .total = "5325.00",
        .lines = {{"JB-01", "Bubble wrap roll", 120, "18.50", "2220.00"},
                  {"JB-03", "Export carton", 900, "3.45", "3105.00"}},
    },
    {
        .name = "PDF: a 'Deliver to' block whose first line is a care-of line keeps it in the "
                "address; the Attn line's phone in the cell beside it",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-140=PO number: KT-2207",
                  "1@40-90=Deliver to:", "2@40-230=Brightside Ltd c/o Harbour Logistics",
                  "3@40-200=Dock 4, Quay Road", "4@40-210=Portsmouth PO1 3AB, United Kingdom",
                  "5@40-130=Attn: Dana Whitfield", "5@136-200=023 9200 1144", "7@60-90=Code",
                  "7@200-250=Description", "7@380-400=Qty", "7@430-460=Price", "7@500-530=Amount",
                  "8@60-100=BX-10", "8@140-230=Gift box", "8@380-400=50", "8@440-460=2.00",
                  "8@500-530=100.00", "9@420-460=TOTAL", "9@500-530=100.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KT-2207",
        .ship_name = "Dana Whitfield",
        .phone = "023 9200 1144",
        .address = "Brightside Ltd c/o Harbour Logistics, Dock 4, Quay Road, Portsmouth PO1 3AB, "
                   "United Kingdom",
        .total = "100.00",
        .lines = {{"BX-10", "Gift box", 50, "2.00", "100.00"}},
    },
    {
        .name = "PDF: 'Ship to' over a site and a street address on one line is the address; a "
                "receiving contact with a phone is the ship-to's name and phone",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-140=PO number: WX-7781",
                  "1@40-400=Ship to: Oakfield Foods - Bakery 3, 45 Mill Lane, Dayton, OH 45402",
                  "2@40-260=Receiving contact: Lena Ortiz (937) 555-0142", "4@56-72=Line",
                  "4@104-122=Item", "4@211-255=Description", "4@383-397=Qty",
                  "4@420-457=Unit Price", "4@501-537=Extended", "5@61-66=1", "5@81-126=OF-100",
                  "5@151-250=Bread crates", "5@376-397=100", "5@436-457=$3.00", "5@499-537=$300.00",
                  "6@378-445=Order Total (USD)", "6@493-535=$300.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "WX-7781",
        .ship_name = "Lena Ortiz",
        .phone = "(937) 555-0142",
        .address = "Oakfield Foods - Bakery 3, 45 Mill Lane, Dayton, OH 45402",
        .total = "300.00",
        .lines = {{"OF-100", "Bread crates", 100, "3.00", "300.00"}},
    },
    {
        .name = "PDF printed by an ERP: one label cell for the number and the date, line numbers "
                "under Item beside the codes under Material, Price per unit, a totals row",
        .kind = OD_GRID_PDF,
        .cells = {"0@360-420=PO number/date",
                  "0@440-540=7700012345 / 2026-11-30",
                  "2@40-56=Item",
                  "2@75-105=Material",
                  "2@150-194=Description",
                  "2@360-392=Quantity",
                  "2@410-427=UoM",
                  "2@440-491=Price per unit",
                  "2@515-550=Net value",
                  "3@40-62=00010",
                  "3@75-120=ZX-1000",
                  "3@150-250=Shrink film",
                  "3@380-400=100",
                  "3@410-421=PC",
                  "3@480-500=2.50",
                  "3@530-555=250.00",
                  "4@40-62=00020",
                  "4@75-120=ZX-2000",
                  "4@150-250=Pallet wrap",
                  "4@380-400=10",
                  "4@410-421=PC",
                  "4@480-500=12.00",
                  "4@530-555=120.00",
                  "5@360-455=Total net value excl. tax",
                  "5@530-555=370.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "7700012345",
        .lines = {{"ZX-1000", "Shrink film", 100, "2.50", "250.00"},
                  {"ZX-2000", "Pallet wrap", 10, "12.00", "120.00"}},
        .source = "\"placed_at\":\"p1 x=440",
    },
    {
        .name = "PDF in French: amounts with a space before each group of three and a decimal "
                "comma; price and amount headers no list knows (P.U. HT, Montant HT) found by "
                "arithmetic; a discount, freight and VAT under the lines; the form's number and "
                "date after N° and du; a receiving contact with a phone",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=Atelier Dupont SARL",
                  "0@400-540=BON DE COMMANDE",
                  "1@380-470=N° AD-2026-31",
                  "1@476-540=du 03/12/2026",
                  "2@40-300=Contact réception : Mme Claire Roux, 01 45 22 10 09",
                  "3@60-80=Réf.",
                  "3@190-240=Désignation",
                  "3@370-386=Qté",
                  "3@415-446=P.U. HT",
                  "3@478-526=Montant HT",
                  "4@52-100=AD-10",
                  "4@122-300=Enveloppe kraft C4",
                  "4@364-386=1 500",
                  "4@430-446=0,42",
                  "4@494-526=630,00",
                  "5@52-100=AD-11",
                  "5@122-260=Carton 40x30x20",
                  "5@364-386=2 000",
                  "5@430-446=1,15",
                  "5@486-526=2 300,00",
                  "6@370-404=Total HT",
                  "6@490-530=2 930,00",
                  "7@370-416=Remise 2 %",
                  "7@500-530=-58,60",
                  "8@370-420=Frais de port",
                  "8@503-530=95,00",
                  "9@370-406=TVA 20 %",
                  "9@496-530=593,28",
                  "10@370-430=Total TTC (EUR)",
                  "10@490-530=3 559,68"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "AD-2026-31",
        .ship_name = "Mme Claire Roux",
        .phone = "01 45 22 10 09",
        .total = "3559.68",
        .shipping = "95.00",
        .discount = "58.60",
        .tax = "593.28",
        .lines = {{"AD-10", "Enveloppe kraft C4", 1500, "0.42", "630.00"},
                  {"AD-11", "Carton 40x30x20", 2000, "1.15", "2300.00"}},
        .source = "\"placed_at\":\"p1 x=476",
    },
    {
        .name = "PDF: a label at the left margin heads the block below, not the box's cell far to "
                "its right; a letterhead ending in L.L.C.; the supplier under its label is no "
                "customer",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=Sahara Foods L.L.C.",
                  "0@400-540=PURCHASE ORDER",
                  "2@40-80=Supplier:",
                  "2@360-410=PO Number",
                  "2@440-520=SF-PO-77",
                  "3@40-260=Hengda Packaging Co., Ltd.",
                  "5@40-95=Deliver to:",
                  "5@360-400=Payment",
                  "5@440-475=60 days",
                  "6@40-260=Warehouse 3, 45 Al Khail Road, Dubai",
                  "7@40-250=Contact: Omar Haddad, +971 50 123 4567",
                  "9@60-90=Item",
                  "9@200-250=Description",
                  "9@380-400=Qty",
                  "9@430-460=Price",
                  "9@500-530=Amount",
                  "10@60-100=SF-1",
                  "10@140-230=Date box",
                  "10@380-400=100",
                  "10@440-460=1.50",
                  "10@500-530=150.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "SF-PO-77",
        .customer = "Sahara Foods L.L.C.",
        .ship_name = "Omar Haddad",
        .phone = "+971 50 123 4567",
        .address = "Warehouse 3, 45 Al Khail Road, Dubai",
        .lines = {{"SF-1", "Date box", 100, "1.50", "150.00"}},
    },
    {
        .name = "PDF: a column no list knows (Size) right of the names, with text that differs "
                "row to row, is a spec joined to them; a delivery line of a place in three "
                "parts, a dash and a person gives the address and the name",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PO No: KB-0311",
                  "2@40-55=No",
                  "2@80-140=Description",
                  "2@200-230=Size",
                  "2@330-350=Qty",
                  "2@400-450=Unit Price",
                  "2@500-530=Total",
                  "3@45-50=1",
                  "3@80-120=Paper bag",
                  "3@200-280=5 kg, brown",
                  "3@330-350=1,000",
                  "3@430-450=0.20",
                  "3@500-530=200.00",
                  "4@45-50=2",
                  "4@80-120=Paper bag",
                  "4@200-280=10 kg, white",
                  "4@338-350=500",
                  "4@430-450=0.30",
                  "4@500-530=150.00",
                  "5@80-140=GRAND TOTAL",
                  "5@500-530=350.00",
                  "7@40-400=Deliver to: Kebele Mill, Gelan Industrial Zone, Oromia - Ato Bekele "
                  "Girma +251 911 00 1122"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KB-0311",
        .ship_name = "Ato Bekele Girma",
        .phone = "+251 911 00 1122",
        .address = "Kebele Mill, Gelan Industrial Zone, Oromia",
        .total = "350.00",
        .lines = {{NULL, "Paper bag 5 kg, brown", 1000, "0.20", "200.00"},
                  {NULL, "Paper bag 10 kg, white", 500, "0.30", "150.00"}},
    },
    {
        .name = "PDF: a column no list knows right of the names that holds units (pcs, "
                "roll) is no spec; a ship-to name in three parts parted by commas holds the "
                "order",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PO No: KB-0312", "2@80-140=Description", "2@200-230=Un.",
                  "2@330-350=Qty", "2@400-450=Unit Price", "2@500-530=Total", "3@80-120=Paper bag",
                  "3@200-215=pcs", "3@330-350=1,000", "3@430-450=0.20", "3@500-530=200.00",
                  "4@80-120=Sack", "4@200-215=roll", "4@338-350=500", "4@430-450=0.30",
                  "4@500-530=150.00", "5@80-140=GRAND TOTAL", "5@500-530=350.00",
                  "7@40-400=Deliver to: Kebele Mill, Gelan Zone, Oromia +251 911 00 1122"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KB-0312",
        .phone = "+251 911 00 1122",
        .total = "350.00",
        .lines = {{NULL, "Paper bag", 1000, "0.20", "200.00"},
                  {NULL, "Sack", 500, "0.30", "150.00"}},
        .n_doubts = 1,
        .doubt = "has three parts parted by commas",
    },
    {
        .name = "PDF: 编号 at the form's head is its number; a colour column joins names that "
                "repeat (纸袋 twice), as it tells the rows apart",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=编号：DH-0310-A", "2@80-110=品名", "2@200-230=颜色", "2@330-350=数量",
                  "2@400-430=单价", "2@500-530=金额", "3@80-110=纸袋", "3@200-240=红色 哑光",
                  "3@330-350=100", "3@410-430=1.00", "3@500-530=100.00", "4@80-110=纸袋",
                  "4@200-240=蓝色 亮光", "4@330-350=200", "4@410-430=1.00", "4@500-530=200.00",
                  "5@80-110=合计", "5@500-530=300.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "DH-0310-A",
        .total = "300.00",
        .lines = {{NULL, "纸袋 红色 哑光", 100, "1.00", "100.00"},
                  {NULL, "纸袋 蓝色 亮光", 200, "1.00", "200.00"}},
    },
    {
        .name = "PDF in Portuguese: Nº after the form's title in capitals marks the number; "
                "Entrega gives the address, Recebimento the person and the phone",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PEDIDO DE COMPRA Nº PC-0457", "2@80-120=Produto", "2@330-350=Qtde",
                  "2@400-430=Preço", "2@500-530=Total", "3@80-140=Caixa de papelão",
                  "3@330-350=100", "3@410-430=2.00", "3@500-530=200.00",
                  "5@40-400=Entrega: CD Contagem, Av. das Indústrias 1200, Contagem - MG",
                  "6@40-300=Recebimento: Sr. Paulo Lima (31) 99871-0000"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PC-0457",
        .ship_name = "Sr. Paulo Lima",
        .phone = "(31) 99871-0000",
        .address = "CD Contagem, Av. das Indústrias 1200, Contagem - MG",
        .lines = {{NULL, "Caixa de papelão", 100, "2.00", "200.00"}},
    },
    {
        .name = "PDF: a freight's label (Frete) and its amount in one cell below the table",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PO No: PC-0458", "2@80-120=Produto", "2@330-350=Qtde",
                  "2@400-430=Preço", "2@500-530=Total", "3@80-140=Caixa de papelão",
                  "3@330-350=100", "3@410-430=2,00", "3@500-530=200,00",
                  "5@380-530=Frete (FOB Ningbo → Santos) US$ 50,00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PC-0458",
        .shipping = "50.00",
        .lines = {{NULL, "Caixa de papelão", 100, "2.00", "200.00"}},
    },
    {
        .name = "PDF: a column no list knows right of the names with one value on every row (a "
                "location) is no spec",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PO No: KB-0313", "2@80-140=Description", "2@200-240=Location",
                  "2@330-350=Qty", "2@400-450=Unit Price", "2@500-530=Total", "3@80-120=Paper bag",
                  "3@200-260=MAIN STORE", "3@330-350=1,000", "3@430-450=0.20", "3@500-530=200.00",
                  "4@80-120=Sack", "4@200-260=MAIN STORE", "4@338-350=500", "4@430-450=0.30",
                  "4@500-530=150.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KB-0313",
        .lines = {{NULL, "Paper bag", 1000, "0.20", "200.00"},
                  {NULL, "Sack", 500, "0.30", "150.00"}},
    },
    {
        .name = "PDF: Attn under a ship-to block whose first line reads as a name gives the "
                "person and the phone beside it; the supplier's name under Vendor is no customer",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=Harbour Dental Lab",
                  "0@420-540=Purchase Order",
                  "1@420-540=HD-PO-1203",
                  "3@40-80=Ship To",
                  "3@320-360=Vendor",
                  "4@40-150=Harbour Dental Lab",
                  "4@320-520=Hengda Packaging Co., Ltd.",
                  "5@40-160=Unit 7, 21 Marine Pde",
                  "6@40-140=Southport QLD 4215",
                  "7@40-125=Attn: Amy Chen",
                  "7@131-190=07 5591 0000",
                  "9@60-90=Item",
                  "9@200-250=Description",
                  "9@380-400=Qty",
                  "9@430-460=Price",
                  "9@500-530=Amount",
                  "10@60-100=HD-1",
                  "10@140-230=Care bag",
                  "10@380-400=100",
                  "10@440-460=0.20",
                  "10@500-530=20.00"},
        .body = "Hi,\nPO attached.\n\nRegards,\nAmy Chen\nHarbour Dental Lab Pty Ltd\n",
        .subject = "PO HD-PO-1203",
        .outcome = MAIL_SHEET_ORDER,
        .id = "HD-PO-1203",
        .customer = "Harbour Dental Lab Pty Ltd",
        .ship_name = "Amy Chen",
        .phone = "07 5591 0000",
        .address = "Unit 7, 21 Marine Pde, Southport QLD 4215",
        .lines = {{"HD-1", "Care bag", 100, "0.20", "20.00"}},
    },
    {
        .name = "PDF: a contract's clauses numbered before their labels (三、交货地点：, "
                "（四）收货人：)",
        .kind = OD_GRID_PDF,
        .cells = {"0@50-170=订单编号：HT-2612-7", "2@56-74=编码", "2@217-253=品名",
                  "2@389-407=数量", "2@430-462=单价", "2@510-542=金额", "3@83-133=HD-1",
                  "3@158-226=蛋托", "3@380-407=100", "3@444-462=0.50", "3@510-542=50.00",
                  "5@50-300=三、交货地点：吉林省长春市绿园区西新镇仓库",
                  "6@50-200=（四）收货人：郭立 13900001111"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "HT-2612-7",
        .ship_name = "郭立",
        .phone = "13900001111",
        .address = "吉林省长春市绿园区西新镇仓库",
        .lines = {{"HD-1", "蛋托", 100, "0.50", "50.00"}},
    },
    {
        .name = "a sender template: the table's range and its columns by header and letter",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Bestellung 2026-17",
                  "A3=Art.-Nr.",
                  "B3=Menge",
                  "C3=Preis",
                  "A4=X-1",
                  "B4=#9",
                  "C4=#1",
                  "A6=Pos",
                  "B6=Teil",
                  "C6=Anzahl",
                  "D6=Stückpreis",
                  "A7=#1",
                  "B7=Z-10",
                  "C7=#4",
                  "D7=#2.5",
                  "A8=#2",
                  "B8=Z-11",
                  "C8=#3",
                  "D8=#7",
                  "B9=Versand"},
        .table = "A6:D8",
        .columns = {"lines.sku=Teil", "lines.qty=anzahl", "lines.unit_price=D"},
        .outcome = MAIL_SHEET_ORDER,
        .lines = {{"Z-10", NULL, 4, "2.50", "10.00"}, {"Z-11", NULL, 3, "7.00", "21.00"}},
    },
    {
        .name = "a ship-to row: the name, then the address and the phone in the cells after it",
        .kind = OD_GRID_CSV,
        .cells = {"A1=PO No.", "B1=PO/2026/2022", "A2=Ship To", "B2=Mark Smith",
                  "C2=3/55 Export Drive, Brooklyn VIC 3012", "D2=+61 2 7839 3615", "A4=Item",
                  "B4=Qty", "C4=Unit Price", "A5=HD-1", "B5=240", "C5=A$0.25"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO/2026/2022",
        .ship_name = "Mark Smith",
        .address = "3/55 Export Drive, Brooklyn VIC 3012",
        .phone = "+61 2 7839 3615",
        .currency = "AUD",
        .lines = {{"HD-1", NULL, 240, "0.25", "60.00"}},
    },
    {
        .name = "PDF: columns by x position, numbers set right, a name in two pieces, a footer",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=PURCHASE ORDER",
                  "1@40-160=PO No.: 2026-4471",
                  "1@380-520=Date: 2026-11-20",
                  "3@40-80=SKU",
                  "3@120-220=Description",
                  "3@300-322=Qty",
                  "3@380-440=Unit Price",
                  "3@480-520=Amount",
                  "4@40-75=AB-1",
                  "4@120-160=Blue",
                  "4@164-200=shirt",
                  "4@310-322=2",
                  "4@410-440=59.00",
                  "4@484-520=118.00",
                  "5@40-75=AB-2",
                  "5@120-170=Cap",
                  "5@304-322=10",
                  "5@416-440=5.50",
                  "5@490-520=55.00",
                  "6@380-440=Total",
                  "6@484-520=173.00",
                  "8@250-300=Page 1 of 1"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "2026-4471",
        .total = "173.00",
        .lines = {{"AB-1", "Blue shirt", 2, "59.00", "118.00"},
                  {"AB-2", "Cap", 10, "5.50", "55.00"}},
        .source = "\"lines[0].qty\":\"p1 x=310 y=156\"",
    },

    /* ---- money columns and rows (sheetprice.c) ---- */
    {
        .name = "a freight row inside the table is the order's freight, not an item",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: 771", "A3=Item", "B3=Description", "C3=Qty", "D3=Rate", "E3=Amount",
                  "A4=W-1", "B4=Widget", "C4=#2", "D4=#10", "E4=#20", "A5=Freight",
                  "B5=Freight to the dock", "E5=#7.5", "D6=Total", "E6=#27.5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "771",
        .total = "27.50",
        .shipping = "7.50",
        .lines = {{"W-1", "Widget", 2, "10.00", "20.00"}},
        .source = "\"shipping\":\"E5\"",
    },
    {
        .name = "a 运费 row with a quantity of 1 is freight too",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：YF-1", "A3=商品编码", "B3=数量", "C3=单价", "D3=金额", "A4=K-1",
                  "B4=#5", "C4=#4", "D4=#20", "A5=运费", "B5=#1", "C5=#15", "D5=#15", "A6=合计",
                  "D6=#35"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "YF-1",
        .total = "35.00",
        .shipping = "15.00",
        .lines = {{"K-1", NULL, 5, "4.00", "20.00"}},
    },
    {
        .name = "SAP: a Per column of 1 and 1000, Material beside Item line numbers",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO Number", "C1=#4500000001", "A3=Item",   "B3=Material",  "C3=Description",
                  "D3=Order Qty", "E3=Net Price",   "F3=Per",    "G3=Net Value", "A4=#10",
                  "B4=HD-A-1",    "C4=Film",        "D4=#120",   "E4=#5.4",      "F4=#1",
                  "G4=#648",      "A5=#20",         "B5=HD-L-2", "C5=Label",     "D5=#20000",
                  "E5=#210",      "F5=#1000",       "G5=#4200"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "4500000001",
        .lines = {{"HD-A-1", "Film", 120, "5.40", "648.00"},
                  {"HD-L-2", "Label", 20000, "0.21", "4200.00"}},
    },
    {
        .name = "SAP export: Short Text, PO Quantity, Price Unit, Net Order Value; Material "
                "of digits before a Plant code",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Purchasing Document",
                  "B1=Item",
                  "C1=Material",
                  "D1=Short Text",
                  "E1=PO Quantity",
                  "F1=Net Price",
                  "G1=Price Unit",
                  "H1=Net Order Value",
                  "I1=Plant",
                  "A2=#4500000002",
                  "B2=#10",
                  "C2=#8100001",
                  "D2=Label front",
                  "E2=#40000",
                  "F2=#15",
                  "G2=#1000",
                  "H2=#600",
                  "I2=PL01",
                  "A3=#4500000002",
                  "B3=#20",
                  "C3=#8100002",
                  "D3=Carton",
                  "E3=#500",
                  "F3=#1.2",
                  "G3=#1",
                  "H3=#600",
                  "I3=PL01"},
        .outcome = MAIL_SHEET_ORDER,
        .lines = {{"8100001", "Label front", 40000, "0.015", "600.00"},
                  {"8100002", "Carton", 500, "1.20", "600.00"}},
    },
    {
        .name = "a price per 1000 whose amount does not check: held",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO: P-1000", "A3=SKU", "B3=Qty", "C3=Price/1000", "D3=Amount", "A4=L-1",
                  "B4=#5000", "C4=#84", "D4=#430"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "P-1000",
        .lines = {{"L-1", NULL, 5000, "0.084", "430.00"}},
        .n_doubts = 1,
        .doubt = "D4: amount 430.00 is not 5000 x the price per 1000",
    },
    {
        .name = "每千个单价: the unit price is the price / 1000",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：QK-1", "A3=物料编码", "B3=数量", "C3=每千个单价", "D3=金额", "A4=B-1",
                  "B4=#3000", "C4=#250", "D4=#750"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "QK-1",
        .lines = {{"B-1", NULL, 3000, "0.25", "750.00"}},
    },
    {
        .name = "net and tax-included columns: the tax-included price and amount",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单编号",     "B1=CG-1",     "A3=存货编码", "B3=数量",         "C3=原币单价",
                  "D3=原币含税单价", "E3=原币金额", "F3=原币税额", "G3=原币价税合计", "A4=A-1",
                  "B4=#1000",        "C4=#6",       "D4=#6.78",    "E4=#6000",        "F4=#780",
                  "G4=#6780",        "A5=合计",     "E5=#6000",    "F5=#780",         "G5=#6780"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CG-1",
        .total = "6780.00",
        .lines = {{"A-1", NULL, 1000, "6.78", "6780.00"}},
    },
    {
        .name = "不含税单价 and 含税单价 with one amount: the price the amount checks",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单编号：CG-2", "A3=物料编码", "B3=数量", "C3=不含税单价", "D3=含税单价",
                  "E3=含税金额", "A4=A-1", "B4=#10", "C4=#10", "D4=#11.3", "E4=#113"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CG-2",
        .lines = {{"A-1", NULL, 10, "11.30", "113.00"}},
    },
    {
        .name = "the currency the number format shows when no word names one",
        .kind = OD_GRID_SHEET,
        .money_symbol = "£",
        .cells = {"A1=Order #: GB-1", "A3=Qty", "B3=Item No.", "C3=Unit Price", "D3=Line Total",
                  "A4=#4", "B4=T-1", "C4=#1.5", "D4=#6", "C6=Subtotal", "D6=#6",
                  "C7=Loyalty discount 5%", "D7=#-0.3", "C8=TOTAL", "D8=#5.7"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "GB-1",
        .currency = "GBP",
        .total = "5.70",
        .discount = "0.30",
        .lines = {{"T-1", NULL, 4, "1.50", "6.00"}},
        .source = "\"currency\":\"number format\"",
    },
    {
        .name = "a word names the currency: the number format does not compete",
        .kind = OD_GRID_SHEET,
        .money_symbol = "$",
        .cells = {"A1=Order #: EU-1", "A2=All prices in EUR", "A3=Qty", "B3=Item No.", "C3=Price",
                  "A4=#4", "B4=T-1", "C4=#1.5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "EU-1",
        .currency = "EUR",
        .lines = {{"T-1", NULL, 4, "1.50", "6.00"}},
    },
    {
        .name = "a receiver's two numbers parted by spaces, each with a note in brackets",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：LZ-5", "A3=品名", "B3=数量", "C3=单价", "A4=纸箱", "B4=#10", "C4=#2",
                  "A6=收货人：李春生  13800001111（手机）  0931-2222333（仓库）"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "LZ-5",
        .ship_name = "李春生",
        .phone = "13800001111",
        .lines = {{NULL, "纸箱", 10, "2.00", "20.00"}},
        .n_doubts = 1,
        .doubt =
            "A6: ship_to.phone: '13800001111（手机）  0931-2222333（仓库）' gives the receiver "
            "two numbers: the first is kept",
    },
    {
        .name = "one number with a note in brackets after the name",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: EX-6", "A3=Description", "B3=Qty", "C3=Price", "A4=Crate", "B4=#10",
                  "C4=#2", "A6=Contact: Ana Ruiz 612 44 01 88 (mobile)"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "EX-6",
        .ship_name = "Ana Ruiz",
        .phone = "612 44 01 88",
        .lines = {{NULL, "Crate", 10, "2.00", "20.00"}},
    },
    {
        .name = "a receiver's name that keeps a phone's digits holds the order",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：LZ-7", "A3=品名", "B3=数量", "C3=单价", "A4=纸箱", "B4=#10", "C4=#2",
                  "A6=收货人：王五 13800001111号"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "LZ-7",
        .lines = {{NULL, "纸箱", 10, "2.00", "20.00"}},
        .n_doubts = 1,
        .doubt = "holds a number as long as a phone's",
    },
    {
        .name = "an ERP's currency id: a short prefix, a dash, the mark",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO Number", "B1=PX-7", "D1=Currency ID", "E1=Q-EUR", "A3=Qty", "B3=Item No.",
                  "C3=Unit Cost", "A4=#4", "B4=T-1", "C4=#1.5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PX-7",
        .currency = "EUR",
        .lines = {{"T-1", NULL, 4, "1.50", "6.00"}},
    },
    {
        .name = "a currency stated but not understood holds the order (never the default)",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO Number", "B1=PX-8", "D1=Currency Code", "E1=DINARS-J", "A3=Qty",
                  "B3=Item No.", "C3=Unit Cost", "A4=#4", "B4=T-1", "C4=#1.5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PX-8",
        .currency = "",
        .lines = {{"T-1", NULL, 4, "1.50", "6.00"}},
        .n_doubts = 1,
        .doubt = "E1: the currency 'DINARS-J' is not one orderd knows",
    },
    /* ---- labels of printed forms (sheetfields.c) ---- */
    {
        .name = "收货人 outranks 联系人; two labels in one cell; 'Company 采购订单' letterhead",
        .kind = OD_GRID_SHEET,
        .cells = {"A1:F1=宁波某某日用品有限公司 采购订单", "A2=联系人：周敏", "A3=订单编号：NB-1",
                  "A4=收货地址：浙江省宁波市明州路518号    收货人：潘海燕 0574-8888 1234 / "
                  "136 0661 8820",
                  "A6=物料编码", "B6=数量", "C6=单价", "A7=X-1", "B7=#2", "C7=#3"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "NB-1",
        .customer = "宁波某某日用品有限公司",
        .ship_name = "潘海燕",
        .phone = "0574-8888 1234 / 136 0661 8820",
        .address = "浙江省宁波市明州路518号",
        .n_doubts = 1,
        .doubt = "two numbers",
        .lines = {{"X-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "Deliver To 'Company - Site, street' is the address; Contact the person; "
                "capitals letterhead spelt as elsewhere",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=KESTREL TRADING LTD", "A2=PO Number", "C2=PO-KT-77", "A3=Deliver To",
                  "C3=Kestrel Trading Ltd - North DC, Unit 3 Oak Way, Daventry NN11 8PQ",
                  "A4=Contact", "C4=Laura Hill +44 1327 555 014", "A6=SKU", "B6=Qty", "C6=Price",
                  "A7=X-1", "B7=#2", "C7=#3"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-KT-77",
        .customer = "Kestrel Trading Ltd",
        .ship_name = "Laura Hill",
        .phone = "+44 1327 555 014",
        .address = "Unit 3 Oak Way, Daventry NN11 8PQ",
        .lines = {{"X-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "a Ship To block: Attn under the company is the person, address lines joined",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=P.O. No.: 10482", "D2=Ship To", "D3=Pacific Rim Corp.",
                  "D4=Attn: Receiving - Daniel Clark", "D5=2200 E. Dominguez St.",
                  "D6=Long Beach, CA 90810", "D7=(562) 555-0178", "A9=Item", "B9=Qty", "C9=Rate",
                  "A10=X-1", "B10=#2", "C10=#3"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "10482",
        .ship_name = "Daniel Clark",
        .phone = "(562) 555-0178",
        .address = "2200 E. Dominguez St., Long Beach, CA 90810",
        .lines = {{"X-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "合计, 运费, then 总金额（含运费）: the grand total",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：GT-1", "A3=商品编码", "B3=数量", "C3=单价", "D3=金额", "A4=K-1",
                  "B4=#5", "C4=#4", "D4=#20", "A5=合计", "D5=#20", "A6=运费：12.00元",
                  "B6=总金额（含税含运费）：¥32.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "GT-1",
        .total = "32.00",
        .shipping = "12.00",
        .lines = {{"K-1", NULL, 5, "4.00", "20.00"}},
    },
    {
        .name = "an order-number column with two numbers: order 0 is its rows, no total",
        .kind = OD_GRID_CSV,
        .cells =
            {"A1=进货订单明细表", "A3=单据编号", "B3=仓库", "C3=商品编号", "D3=数量", "E3=单价",
             "F3=金额",           "A4=JH-01",    "B4=东店", "C4=K-1",      "D4=2",    "E4=3.00",
             "F4=6.00",           "A5=JH-01",    "B5=东店", "C5=K-2",      "D5=1",    "E5=5.00",
             "F5=5.00",           "A6=JH-02",    "B6=西店", "C6=K-1",      "D6=4",    "E6=3.00",
             "F6=12.00",          "A7=合计",     "F7=23.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "JH-01",
        .n_orders = 2,
        .n_doubts = 1,
        .doubt = "order 1 of 2 in the table (JH-01): no delivery address of its own",
        .source = "\"external_id\":\"row 4 col 1\"",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}, {"K-2", NULL, 1, "5.00", "5.00"}},
    },
    {
        .name = "an order-number column with two numbers: order 1; a row without a number "
                "goes with the number above",
        .kind = OD_GRID_CSV,
        .cells = {"A1=PO Number", "B1=SKU", "C1=Qty", "D1=Price", "A2=PO-7", "B2=K-1", "C2=2",
                  "D2=3.00", "A3=PO-8", "B3=K-3", "C3=4", "D3=3.00", "B4=K-4", "C4=1", "D4=2.50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-8",
        .which = 1,
        .n_orders = 2,
        .body = "收货地址：浙江省宁波市明州路518号",
        .address = "浙江省宁波市明州路518号",
        .lines = {{"K-3", NULL, 4, "3.00", "12.00"}, {"K-4", NULL, 1, "2.50", "2.50"}},
    },
    {
        .name = "an order-number column with one number: the order's number, the total checked",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单据编号", "B1=商品编号", "C1=数量", "D1=单价", "A2=CG-31", "B2=K-1", "C2=#2",
                  "D2=#3", "A3=CG-31", "B3=K-2", "C3=#1", "D3=#5", "A4=合计", "D4=#12"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CG-31",
        .n_orders = 1,
        .total = "12.00",
        .n_doubts = 1,
        .doubt = "is not the sum of the lines 11.00",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}, {"K-2", NULL, 1, "5.00", "5.00"}},
    },
    {
        .name = "a unit price finer than a cent: kept exactly, the amount is qty x it, held to be "
                "checked; '9.900' (zeros) is a cent price",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: FP-1", "A3=Item No.", "B3=Quantity", "C3=Unit Price", "D3=Total",
                  "A4=K-1", "B4=#20000", "C4=USD 0.075", "D4=USD 1,500.00", "A5=K-2", "B5=#30",
                  "C5=$9.900", "D5=$297.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "FP-1",
        .n_doubts = 1,
        .doubt = "unit price 'USD 0.075' is finer than a cent: stored exactly",
        .lines = {{"K-1", NULL, 20000, "0.075", "1500.00"}, {"K-2", NULL, 30, "9.90", "297.00"}},
    },
    {
        .name = "a price finer than a cent whose amount is not qty x it: held",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: FP-2", "A3=SKU", "B3=Qty", "C3=Price", "D3=Amount", "A4=K-1",
                  "B4=#1000", "C4=0.0480", "D4=#50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "FP-2",
        .n_doubts = 2,
        .doubt = "unit price '0.0480' is finer than a cent: stored exactly",
        .lines = {{"K-1", NULL, 1000, "0.048", "50.00"}},
    },
    {
        .name = "a discount in percent on a row: the amount is qty x price less it; Posting Date",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.",   "C1=PO-DS-9",    "A2=Posting Date", "C2=30.11.2026", "A4=Item No.",
                  "B4=Quantity", "C4=Unit Price", "D4=Disc. %",      "E4=Total (LC)", "A5=K-1",
                  "B5=#1440",    "C5=0.68",       "D5=#5",           "E5=930.24",     "A6=K-2",
                  "B6=#10",      "C6=2.00",       "D6=#0",           "E6=20.00",      "A7=K-3",
                  "B7=#4",       "C7=10.00",      "D7=2.5%",         "E7=39.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO-DS-9",
        .source = "\"placed_at\":\"C2\"",
        .lines = {{"K-1", NULL, 1440, "0.68", "930.24"},
                  {"K-2", NULL, 10, "2.00", "20.00"},
                  {"K-3", NULL, 4, "10.00", "39.00"}},
    },
    {
        .name = "a discount in percent that the amount does not show: held",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: DS-2", "A3=SKU", "B3=Qty", "C3=Price", "D3=折扣率", "E3=金额",
                  "A4=K-1", "B4=#10", "C4=#2", "D4=#5", "E4=#19.5"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "DS-2",
        .n_doubts = 1,
        .doubt = "amount 19.50 is not 10 x 2.00",
        .lines = {{"K-1", NULL, 10, "2.00", "20.00"}},
    },
    {
        .name = "a short name run into the SKU cell, the name cell empty: split",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.: SN-1", "A3=SKU", "B3=名称", "C3=Qty", "D3=Price",
                  "A4=HD-MK-0001 记号笔", "C4=#10", "D4=#18", "A5=HD-DP-2000", "B5=封箱器", "C5=#2",
                  "D5=#12", "A6=红色 记号笔", "C6=#1", "D6=#1"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "SN-1",
        .lines = {{"HD-MK-0001", "记号笔", 10, "18.00", "180.00"},
                  {"HD-DP-2000", "封箱器", 2, "12.00", "24.00"},
                  {"红色 记号笔", NULL, 1, "1.00", "1.00"}},
    },
    {
        .name = "a PDF line whose label is glued to the Chinese before it: two fields; the "
                "receiving warehouse is the address",
        .kind = OD_GRID_PDF,
        .cells = {"0@50-200=订单号：GL-1",
                  "1@50-400=收货仓库：成都市武侯区科华路9号二号库收货人：林冬"
                  "028-8555 0101",
                  "3@40-80=物料编码", "3@300-322=数量", "3@380-440=单价", "3@480-520=金额",
                  "4@40-75=K-1", "4@304-322=10", "4@416-440=2.00", "4@490-520=20.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "GL-1",
        .ship_name = "林冬",
        .phone = "028-8555 0101",
        .address = "成都市武侯区科华路9号二号库",
        .lines = {{"K-1", NULL, 10, "2.00", "20.00"}},
    },
    {
        .name = "a label's word inside an address without a colon is no second label",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：GL-2", "A2=收货地址：杭州市西湖区文三路8号电话局旁", "A4=编码",
                  "B4=数量", "C4=单价", "A5=K-1", "B5=#1", "C5=#3"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "GL-2",
        .address = "杭州市西湖区文三路8号电话局旁",
        .lines = {{"K-1", NULL, 1, "3.00", "3.00"}},
    },
    {
        .name = "a job title before the recipient's name, a delivery time after the address, "
                "the invoice's company is the customer",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：TN-1", "A3=品名", "B3=数量", "C3=单价", "A4=餐盒", "B4=#5", "C4=#2",
                  "A6=送货：上海市徐汇区漕溪路8号 三食堂后门（上午10点前）",
                  "A7=联系人：仓库主管 郑海 021-5555 0100",
                  "A8=发票抬头：上海某某餐饮管理有限公司"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-1",
        .customer = "上海某某餐饮管理有限公司",
        .ship_name = "郑海",
        .phone = "021-5555 0100",
        .address = "上海市徐汇区漕溪路8号 三食堂后门",
        .source = "\"buyer_note\":\"A6\"",
        .lines = {{NULL, "餐盒", 5, "2.00", "10.00"}},
    },
    {
        .name = "an address line ending with the recipient and the number (name then number, "
                "with 收货人 before them)",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：TN-3", "A3=品名", "B3=数量", "C3=单价", "A4=餐盒", "B4=#5", "C4=#2",
                  "A6=收货地址：广州市白云区太和镇大源北路318号 清泉饮品厂 收货人 黄志强 020-3722 "
                  "6610"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-3",
        .ship_name = "黄志强",
        .phone = "020-3722 6610",
        .address = "广州市白云区太和镇大源北路318号 清泉饮品厂",
        .source = "\"ship_to.name\":\"A6\"",
        .lines = {{NULL, "餐盒", 5, "2.00", "10.00"}},
    },
    {
        .name = "an address line ending with 电话, the number and then the name; a later "
                "收货人 label outranks the name read from the address",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：TN-4", "A3=品名", "B3=数量", "C3=单价", "A4=餐盒", "B4=#5", "C4=#2",
                  "A6=送货地址：长沙市岳麓区麓山南路 蜜果奶茶 师大店  电话 17673108826 小周",
                  "A7=收货人：周敏"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-4",
        .ship_name = "周敏",
        .phone = "17673108826",
        .address = "长沙市岳麓区麓山南路 蜜果奶茶 师大店",
        .lines = {{NULL, "餐盒", 5, "2.00", "10.00"}},
    },
    {
        .name = "a place's last word is no person (…2号门仓库 0574-…): the address stays whole; "
                "a recipient read from the address line that differs from the labelled one "
                "is a doubt",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：TN-5", "A3=品名", "B3=数量", "C3=单价", "A4=餐盒", "B4=#5", "C4=#2",
                  "A6=收货人：包丽", "A7=地址：宁波市鄞州区启明路818号 吕强 13813588021"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-5",
        .ship_name = "包丽",
        .phone = "13813588021",
        .address = "宁波市鄞州区启明路818号",
        .n_doubts = 1,
        .doubt = "the address ends with 吕强, but the recipient is 包丽",
        .lines = {{NULL, "餐盒", 5, "2.00", "10.00"}},
    },
    {
        .name = "an address ending in a place and its phone keeps the place",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：TN-6", "A3=品名", "B3=数量", "C3=单价", "A4=餐盒", "B4=#5", "C4=#2",
                  "A6=地址：宁波市鄞州区启明路818号 晶科光电 2号门仓库 0574-8820 6618"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-6",
        .address = "宁波市鄞州区启明路818号 晶科光电 2号门仓库 0574-8820 6618",
        .lines = {{NULL, "餐盒", 5, "2.00", "10.00"}},
    },
    {
        .name = "brackets after an address that hold no time stay; a name of two words without "
                "a title stays whole",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Order No: TN-2", "A3=Item", "B3=Qty", "C3=Price", "A4=K-1", "B4=#5", "C4=#2",
                  "A6=Address: 12 Dock Rd (Gate 3), Leeds", "A7=收货人：万联物流 马俊"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TN-2",
        .ship_name = "万联物流 马俊",
        .address = "12 Dock Rd (Gate 3), Leeds",
        .lines = {{"K-1", NULL, 5, "2.00", "10.00"}},
    },
    {
        .name = "a contract's party with its role in brackets (甲方（需方）) is the customer; a "
                "sentence's labels after '，' and in the next cell after one space are split",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：HT-9", "A2=甲方（需方）：昆明某某医疗器械有限公司",
                  "A3=乙方（供方）：杭州某某包装材料有限公司", "A5=编码", "B5=数量", "C5=单价",
                  "A6=K-1", "B6=#2", "C6=#4", "A8=收货人：赵云，电话：0871-6718 2290。",
                  "A9=交货地点:", "B9=绍兴市柯桥区梅林路7号 成品仓 联系人：蒋华"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "HT-9",
        .customer = "昆明某某医疗器械有限公司",
        .ship_name = "赵云",
        .phone = "0871-6718 2290",
        .address = "绍兴市柯桥区梅林路7号 成品仓",
        .lines = {{"K-1", NULL, 2, "4.00", "8.00"}},
    },
    {
        .name = "SAP Business One's totals block: 'Total Before Discount' is no item and no "
                "total; Freight and Tax follow; 'Total Payment Due' is the total",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.", "B1=40017", "A3=Item No.", "B3=Quantity", "C3=Unit Price",
                  "D3=Total (LC)", "A4=HD-CT-0405", "B4=#2000", "C4=#0.5", "D4=#1000",
                  "C5=Total Before Discount", "D5=#1000", "C6=Freight", "D6=#211", "C7=Tax",
                  "D7=#0", "C8=Total Payment Due", "D8=#1211"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "40017",
        .total = "1211.00",
        .shipping = "211.00",
        .lines = {{"HD-CT-0405", NULL, 2000, "0.50", "1000.00"}},
    },
    {
        .name =
            "Buyer: a person is the agent, the capitals letterhead spelt as the signature; Attn "
            "under a site's name; 'Tel' without a colon; 'TOTAL CAD' after freight",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=MAPLE LEAF SUPPLY LTD.",
                  "E1=PO Number: ML-1",
                  "E2=Buyer: Kevin Smith",
                  "A4=SHIP TO",
                  "A5=Maple Leaf Supply - DC 2",
                  "A6=12 Main St, Surrey, BC",
                  "A7=Attn: Receiving - Ann Lee",
                  "A8=Tel 604-555-0181",
                  "A10=SKU",
                  "B10=Qty",
                  "C10=Price",
                  "D10=Amount",
                  "A11=K-1",
                  "B11=#2",
                  "C11=#10",
                  "D11=#20",
                  "C12=Subtotal",
                  "D12=#20",
                  "C13=Freight",
                  "D13=#5",
                  "C14=TOTAL CAD",
                  "D14=#25"},
        .body = "Thanks,\n\nKevin Smith\nMaple Leaf Supply Ltd.",
        .outcome = MAIL_SHEET_ORDER,
        .id = "ML-1",
        .customer = "Maple Leaf Supply Ltd.",
        .ship_name = "Ann Lee",
        .phone = "604-555-0181",
        .address = "12 Main St, Surrey, BC",
        .total = "25.00",
        .shipping = "5.00",
        .n_doubts = 1,
        .doubt = "the ship-to's first line 'Maple Leaf Supply - DC 2'",
        .lines = {{"K-1", NULL, 2, "10.00", "20.00"}},
    },
    {
        .name = "an ERP list export: field-path headers (Order Lines/Quantity), an Order "
                "Reference column, '[CODE] name'; the vendor's contact is not the ship-to; the "
                "mail's Deliver to block with a contact under a company; a signature's tagline",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Vendor", "B1=Acme Packaging Co., Ltd.", "A2=Contact Person", "B2=Li Wei",
                  "A4=Order Reference", "B4=Order Lines/Product", "C4=Order Lines/Quantity",
                  "D4=Order Lines/Unit Price", "E4=Order Lines/Subtotal", "A5=P00012",
                  "B5=[HD-CT-0401] Mailer box white", "C5=#10", "D5=#2", "E5=#20", "B6=[X-9] Tape",
                  "C6=#1", "D6=#3", "E6=#3"},
        .body = "Deliver to:\nAtelier Rose SAS\n3 rue des Lilas, 33000 Bordeaux\n"
                "Contact: Julie Martin +33 5 56 00 00 00\n\nBest,\nJulie\n"
                "Atelier Rose SAS - bougies et savons",
        .outcome = MAIL_SHEET_ORDER,
        .id = "P00012",
        .customer = "Atelier Rose SAS",
        .ship_name = "Julie Martin",
        .phone = "+33 5 56 00 00 00",
        .address = "3 rue des Lilas, 33000 Bordeaux",
        .lines = {{"HD-CT-0401", "Mailer box white", 10, "2.00", "20.00"},
                  {"X-9", "Tape", 1, "3.00", "3.00"}},
    },
    {
        .name = "the mail's signature as the text reader finds it: the company with its "
                "department after the person, a client's trailer under it",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：SG-1", "A3=编码", "B3=数量", "C3=单价", "A4=K-1", "B4=#2", "C4=#3"},
        .body = "订单见附件。\n\n--\n黄志强\n广州清泉饮品有限公司 采购\n\n发自我的iPhone",
        .outcome = MAIL_SHEET_ORDER,
        .id = "SG-1",
        .customer = "广州清泉饮品有限公司",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "a contact under a supplier row that also holds the buyer's label is the buyer's",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：VB-2", "A2=供应商：", "B2=杭州某某包装有限公司", "C2=采购方：",
                  "D2=广州某某有限公司", "A3=联系人：", "B3=陶国庆", "A5=编码", "B5=数量",
                  "C5=单价", "A6=K-1", "B6=#1", "C6=#2"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "VB-2",
        .ship_name = "陶国庆",
        .lines = {{"K-1", NULL, 1, "2.00", "2.00"}},
    },
    {
        .name = "a Taiwanese form: the buyer's letterhead with the title 採購單 after it, the "
                "seller under 廠商 (vendor)",
        .kind = OD_GRID_SHEET,
        .cells = {"A1:F1=達聯電子股份有限公司  採購單", "A3=採購單號", "C3=TW-1", "A4=廠商",
                  "C4=杭州某某包裝材料有限公司", "A6=品號", "B6=採購數量", "C6=單價", "A7=K-1",
                  "B7=#2", "C7=#3"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "TW-1",
        .customer = "達聯電子股份有限公司",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "Attn: a name, then the phone's word without a colon and the number",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Order No.", "C1=AT-5", "A3=Item Code", "B3=Qty", "C3=Price", "A4=K-1",
                  "B4=#2", "C4=#3", "A6=Attn: Mr. Ken Ito  TEL 03-1234-5678"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "AT-5",
        .ship_name = "Mr. Ken Ito",
        .phone = "03-1234-5678",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "a numbered term of a PDF: 收货人, the name, then after a full-width comma "
                "电话 without a colon and the number",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-140=订单编号：CM-2", "2@40-90=物料编码", "2@200-230=数量", "2@300-330=单价",
                  "3@40-70=K-1", "3@200-230=2", "3@300-330=3.00",
                  "5@40-260=二、收货人：蒋立新，电话 0431-8612 7730"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CM-2",
        .ship_name = "蒋立新",
        .phone = "0431-8612 7730",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "the mail's text: a label that ends a sentence, its value on the next line",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：TL-3", "A3=编码", "B3=数量", "C3=单价", "A4=K-1", "B4=#2", "C4=#3"},
        .body = "附件是导出的采购单（单号 TL-3），收货地址：\n"
                "上海市浦东新区张江路 123 号 收货人 王伟 13812345678\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "TL-3",
        .ship_name = "王伟",
        .phone = "13812345678",
        .address = "上海市浦东新区张江路 123 号",
        .lines = {{"K-1", NULL, 2, "3.00", "6.00"}},
    },
    {
        .name = "an order form made from a catalogue: rows left at no quantity (blank or 0) "
                "and a 0.00 amount are no lines",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：CT-7", "A3=货号", "B3=品名", "C3=单价", "D3=订货数量", "E3=金额",
                  "A4=K-1",          "B4=纸袋", "C4=#1.5", "E4=#0",   "A5=K-2",      "B5=礼盒",
                  "C5=#2",           "D5=#10",  "E5=#20",  "A6=K-3",  "B6=丝带",     "C6=#3",
                  "D6=#0",           "E6=#0",   "A7=K-4",  "B7=胶带", "C7=#4",       "D7=#5",
                  "E7=#20",          "A8=K-5",  "B8=标签", "C8=#5",   "A9=合计",     "E9=#40"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "CT-7",
        .total = "40.00",
        .lines = {{"K-2", "礼盒", 10, "2.00", "20.00"}, {"K-4", "胶带", 5, "4.00", "20.00"}},
        .n_doubts = 1,
        .doubt = "A4: 3 of the table's 5 rows have no quantity and were left out",
    },
    {
        .name = "a catalogue with no quantity filled in is still refused",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：CT-8", "A3=货号", "B3=单价", "C3=订货数量", "D3=金额", "A4=K-1",
                  "B4=#1.5", "D4=#0", "A5=K-2", "B5=#2", "D5=#0"},
        .outcome = MAIL_SHEET_BAD,
        .why = "no quantity",
    },
    {
        .name = "sum rows whose labels no list knows: the lines' sum, a tax named in a longer "
                "label, the last one the total",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Artikelnr.", "B1=Bezeichnung", "C1=Menge",  "D1=Einzelpreis",
                  "E1=Gesamt",     "A2=K-10",        "B2=Karton", "C2=100",
                  "D2=0,50",       "E2=50,00",       "A3=K-11",   "B3=Klebeband",
                  "C3=20",         "D3=2,50",        "E3=50,00",  "B4=Netto zusammen",
                  "E4=100,00",     "B5=MwSt. 19%",   "E5=19,00",  "B6=Brutto zusammen",
                  "E6=119,00"},
        .subject = "Bestellung",
        .outcome = MAIL_SHEET_ORDER,
        .total = "119.00",
        .tax = "19.00",
        .lines = {{"K-10", "Karton", 100, "0.50", "50.00"},
                  {"K-11", "Klebeband", 20, "2.50", "50.00"}},
    },
    {
        .name = "a sum block under the price column: 未稅 subtotal, 營業稅 and the total",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=小店 訂購單", "A2=單號", "B2=XD-77", "A4=品號", "B4=品名", "C4=數量",
                  "D4=單價", "E4=金額", "A5=X-1", "B5=紙盒", "C5=#10", "D5=#12", "E5=#120",
                  "D6=未稅小結", "E6=#120", "D7=營業稅5%", "E7=#6", "D8=含稅總數", "E8=#126"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "XD-77",
        .customer = "小店",
        .total = "126.00",
        .tax = "6.00",
        .lines = {{"X-1", "紙盒", 10, "12.00", "120.00"}},
    },
    {
        .name = "rows without a quantity that are no sums of the lines are still refused",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=订单号：NQ-1", "A3=货号", "B3=品名", "C3=数量", "D3=单价", "E3=金额",
                  "A4=K-1", "B4=纸袋", "C4=#2", "D4=#3", "E4=#6", "B5=礼盒", "E5=#40", "B6=丝带",
                  "E6=#9"},
        .outcome = MAIL_SHEET_BAD,
        .why = "B5: no quantity",
    },
    {
        .name = "a Total Qty column beside weekly quantities; an address under Deliver To",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.",     "B1=WQ-5",
                  "A2=Deliver To", "B2=12 Harbour Rd, Unit 4, Port 3301",
                  "A3=Contact",    "B3=Ann 5550 1234",
                  "A5=Code",       "B5=Description",
                  "C5=Wk 1",       "D5=Wk 2",
                  "E5=Total Qty",  "F5=Unit Price",
                  "G5=Amount",     "A6=C-1",
                  "B6=Cups",       "C6=#30",
                  "D6=#20",        "E6=#50",
                  "F6=#2",         "G6=#100"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "WQ-5",
        .ship_name = "Ann",
        .phone = "5550 1234",
        .address = "12 Harbour Rd, Unit 4, Port 3301",
        .lines = {{"C-1", "Cups", 50, "2.00", "100.00"}},
    },
    {
        .name = "an Item SKU column; the mail's text says the sheet replaces an order sent before",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.", "B1=RV-2", "A3=Item SKU", "B3=Item Name", "C3=Quantity", "D3=Rate",
                  "E3=Amount", "A4=R-1", "B4=Tape", "C4=#4", "D4=#2", "E4=#8"},
        .body = "Hi,\nthe old version is void, this one replaces it.\n> earlier mail\n",
        .outcome = MAIL_SHEET_ORDER,
        .id = "RV-2",
        .lines = {{"R-1", "Tape", 4, "2.00", "8.00"}},
        .n_doubts = 1,
        .doubt = "replaces one sent before",
    },
    {
        .name = "a Ship to value of comma-parted parts with digits is the address; Attn's name "
                "and phone after a slash",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.", "B1=KX-7", "A2=Ship to",
                  "B2=North Depot, Block C-4, Harbour Zone, Riverton 5521",
                  "A3=ATTN : Ms. Lee Ann-mi / +82-2-555-0199", "A5=Part No", "B5=Description",
                  "C5=Qty", "D5=Price", "E5=Amount", "A6=P-1", "B6=Box", "C6=#10", "D6=#3",
                  "E6=#30"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KX-7",
        .ship_name = "Ms. Lee Ann-mi",
        .phone = "+82-2-555-0199",
        .address = "North Depot, Block C-4, Harbour Zone, Riverton 5521",
        .lines = {{"P-1", "Box", 10, "3.00", "30.00"}},
    },
    {
        .name = "a storekeeper's label names who receives the goods",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=PO No.", "B1=ST-3", "A2=Deliver to", "B2=Yard 2, Gate 5, East Road, Kelso",
                  "A3=Site storekeeper", "B3=Mr. Tom Ward, 050 111 2233", "A5=Item Code",
                  "B5=Description", "C5=Qty", "D5=Rate", "E5=Amount", "A6=P-1", "B6=Film", "C6=#4",
                  "D6=#2.5", "E6=#10"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "ST-3",
        .ship_name = "Mr. Tom Ward",
        .phone = "050 111 2233",
        .address = "Yard 2, Gate 5, East Road, Kelso",
        .lines = {{"P-1", "Film", 4, "2.50", "10.00"}},
    },
    {
        .name = "money headers with a tax word and a currency in brackets; a sums block after a "
                "blank row below the table, with TVA as the tax",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Code article", "B1=Désignation", "C1=Quantité", "D1=Prix unitaire HT (€)",
                  "E1=Total HT (€)", "A2=K-1",         "B2=Sachet",   "C2=100",
                  "D2=1,20",         "E2=120,00",      "A3=K-2",      "B3=Étiquette",
                  "C3=10",           "D3=3,00",        "E3=30,00",    "B5=Total HT",
                  "E5=150,00",       "B6=TVA 20%",     "E6=30,00",    "B7=Total TTC",
                  "E7=180,00"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "Commande",
        .total = "180.00",
        .tax = "30.00",
        .lines = {{"K-1", "Sachet", 100, "1.20", "120.00"},
                  {"K-2", "Étiquette", 10, "3.00", "30.00"}},
    },
    {
        .name = "a row with a quantity and no price among priced rows is left out, held",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Purchase Order # DN-4", "A3=SKU", "B3=Item", "C3=Qty", "D3=Price", "E3=Total",
                  "A4=D-1", "B4=Bag", "C4=#100", "D4=#0.5", "E4=#50",
                  "B5=Shrink wrap - "
                  "free sample?",
                  "C5=#2", "D7=Total", "E7=#50"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "DN-4",
        .total = "50.00",
        .lines = {{"D-1", "Bag", 100, "0.50", "50.00"}},
        .n_doubts = 1,
        .doubt = "a row with a quantity and no price or amount was left out: Shrink wrap",
        .source = "\"lines[0].qty\":\"C4\"",
    },
    {
        .name = "a letterhead of one word followed by a title ending in 订单 is the buyer",
        .kind = OD_GRID_SHEET,
        .cells = {"A1:F1=青禾农场 包材订单", "A2=订单号：QH-88", "A3=编码", "B3=品名", "C3=数量",
                  "D3=单价", "E3=金额", "A4=Q-1", "B4=纸箱", "C4=#10", "D4=#2", "E4=#20"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "QH-88",
        .customer = "青禾农场",
        .lines = {{"Q-1", "纸箱", 10, "2.00", "20.00"}},
    },
    {
        .name = "sizes across the columns with a price row: one line per size ordered, held",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号 BK-7", "D1=日期 2026/12/12",
                  "A2=货号",      "B2=品名",
                  "C2=6寸",       "D2=8寸",
                  "E2=金额",      "A3=单价（元/个）",
                  "C3=#2",        "D3=#3",
                  "A4=BX-T",      "B4=纸盒",
                  "C4=#10",       "D4=#5",
                  "E4=#35",       "A5=BX-09",
                  "B5=提袋",      "D5=#4",
                  "E5=#12",       "A6=合计",
                  "E6=#47"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "BK-7",
        .total = "47.00",
        .lines = {{"BX-T6", "纸盒 6寸", 10, "2.00", "20.00"},
                  {"BX-T8", "纸盒 8寸", 5, "3.00", "15.00"},
                  {"BX-09-8", "提袋 8寸", 4, "3.00", "12.00"}},
        .n_doubts = 1,
        .doubt = "sizes across its columns (6寸, 8寸",
        .source = "\"placed_at\":\"D1\"",
    },
    {
        .name = "sizes across the columns as quantity and price pairs; a row's amount checked",
        .kind = OD_GRID_CSV,
        .cells = {"A1=东湖医院 后勤物资申购单",
                  "A2=编码",
                  "B2=品名",
                  "C2=小号数量",
                  "D2=小号单价",
                  "E2=大号数量",
                  "F2=大号单价",
                  "G2=金额",
                  "A3=YF-1",
                  "B3=隔离衣",
                  "C3=10",
                  "D3=1.50",
                  "E3=4",
                  "F3=2.00",
                  "G3=23.00",
                  "A4=YF-2",
                  "B4=手套",
                  "E4=2",
                  "F4=5.00",
                  "G4=11.00"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "申购",
        .customer = "东湖医院",
        .lines = {{"YF-1-S", "隔离衣 小号", 10, "1.50", "15.00"},
                  {"YF-1-L", "隔离衣 大号", 4, "2.00", "8.00"},
                  {"YF-2-L", "手套 大号", 2, "5.00", "10.00"}},
        .n_doubts = 2,
        .doubt = "amount 11.00 is not the sizes' 10.00",
    },
    {
        .name = "a company and its unit alone in a row below the table is the buyer signing",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=编号：ZJ-31", "A2=编码", "B2=名称规格", "C2=数量", "D2=单价(元)",
                  "E2=金额(元)", "A3=Z-1", "B3=木托盘", "C3=#3", "D3=#5", "E3=#15", "A4=合计",
                  "E4=#15", "A6=材料员：高明 13800001111", "A7=华北建设有限公司 东站项目经理部"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "采购",
        .id = "ZJ-31",
        .customer = "华北建设有限公司 东站项目经理部",
        .ship_name = "高明",
        .phone = "13800001111",
        .total = "15.00",
        .lines = {{"Z-1", "木托盘", 3, "5.00", "15.00"}},
    },
    {
        .name = "the mail's address label over a block of lines; a contact's name and phone "
                "parted by a dash",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Réf", "B1=Désignation", "C1=Quantité", "D1=Prix", "E1=Montant", "A2=R-1",
                  "B2=Sachet", "C2=#10", "D2=#2", "E2=#20"},
        .body = "Bonjour,\n\nAdresse de livraison :\nAtelier des Quais\nService achats\n"
                "12 rue du Port\n44000 Nantes\nContact : M. Paul Henry - 02 40 00 11 22\n\n"
                "Cordialement\n",
        .subject = "Commande",
        .outcome = MAIL_SHEET_ORDER,
        .ship_name = "M. Paul Henry",
        .phone = "02 40 00 11 22",
        .address = "Atelier des Quais, Service achats, 12 rue du Port, 44000 Nantes",
        .lines = {{"R-1", "Sachet", 10, "2.00", "20.00"}},
    },
    {
        .name = "a ledger's table: no name label (the name column by its values), quantities "
                "in Nos, the goods dispatched to an address",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Delhi Lamps Ltd.",
                  "A3=Sl",
                  "B3=Particulars of Goods",
                  "C3=Quantity",
                  "D3=Rate",
                  "E3=per",
                  "F3=Amount",
                  "A4=1",
                  "B4=Brass lamp, small",
                  "C4=1,200 Nos",
                  "D4=2.50",
                  "E4=Nos",
                  "F4=3,000.00",
                  "A5=2",
                  "B5=Cotton wick",
                  "C5=500 Nos",
                  "D5=0.40",
                  "E5=Nos",
                  "F5=200.00",
                  "B6=Total",
                  "C6=1,700 Nos",
                  "F6=3,200.00",
                  "A8=Dispatch to",
                  "B8=Delhi Lamps Ltd., 4 Ring Road, New Delhi 110001"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "PO DL-77",
        .id = "DL-77",
        .address = "Delhi Lamps Ltd., 4 Ring Road, New Delhi 110001",
        .total = "3200.00",
        .lines = {{NULL, "Brass lamp, small", 1200, "2.50", "3000.00"},
                  {NULL, "Cotton wick", 500, "0.40", "200.00"}},
    },
    {
        .name = "a header no list knows: the rows hold items by their arithmetic with a price "
                "finer than a cent, codes of capitals in parts are the SKUs, the described "
                "column beside the names their specification",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Nro",         "B1=Nimike",   "C1=Kuvaus",
                  "D1=Kpl",         "E1=Hinta",    "F1=Summa",
                  "A2=KL-LAATIKKO", "B2=Laatikko", "C2=kraft 20x20 cm",
                  "D2=5000",        "E2=0,045",    "F2=225,00",
                  "A3=KL-TEIPPI",   "B3=Teippi",   "C3=48 mm, logo",
                  "D3=100",         "E3=1,20",     "F3=120,00",
                  "B4=Yhteensä",    "F4=345,00"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "Tilaus KL-3001",
        .id = "KL-3001",
        .total = "345.00",
        .n_doubts = 2,
        .doubt = "finer than a cent",
        .lines = {{"KL-LAATIKKO", "Laatikko kraft 20x20 cm", 5000, "0.045", "225.00"},
                  {"KL-TEIPPI", "Teippi 48 mm, logo", 100, "1.20", "120.00"}},
    },
    {
        .name = "a delivery's word before an address is the ship-to address; the receiver's "
                "two phones are both kept and hold the order",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=ORDER NO.", "B1=KR-2027-11", "A3=CODE", "B3=NAME", "C3=QTY", "D3=RATE",
                  "E3=VALUE", "A4=KR-1", "B4=Crate", "C4=#10", "D4=#4", "E4=#40", "D5=TOTAL",
                  "E5=#40", "A7=DELIVERY: Kestrel Foods, Store 3, Canal Road, Multan, Pakistan",
                  "A8=CONTACT: Mr. Imran Ali 0301 555 1212 / 061 455 7788"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "KR-2027-11",
        .address = "Kestrel Foods, Store 3, Canal Road, Multan, Pakistan",
        .ship_name = "Mr. Imran Ali",
        .phone = "0301 555 1212 / 061 455 7788",
        .total = "40.00",
        .n_doubts = 1,
        .doubt = "two numbers",
        .lines = {{"KR-1", "Crate", 10, "4.00", "40.00"}},
    },
    {
        .name = "a delivery's word before a date is no address; the letterhead's Tel gives way "
                "to the number beside the receiver's name",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Tel: +95 1 222 333", "A2=PO No.", "B2=MT-58", "A3=Delivery: 15/05/2027",
                  "A5=Code", "B5=Description", "C5=Qty", "D5=Unit Price", "E5=Amount", "A6=MT-1",
                  "B6=Tin", "C6=#5", "D6=#2", "E6=#10", "A8=Contact: U Min Thu +95 9 777 888 999"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "MT-58",
        .ship_name = "U Min Thu",
        .phone = "+95 9 777 888 999",
        .lines = {{"MT-1", "Tin", 5, "2.00", "10.00"}},
    },
    {
        .name = "a Spanish form: 'Orden de compra N°', 'Entregar en:', 'Recibe:' with a phone's "
                "word before each of two numbers, 'Bonificación 5%', 'TOTAL u$s', a S.A.C. "
                "letterhead",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=QUINUA REAL S.A.C.",
                  "A2=Orden de Compra N°",
                  "B2=0007-00000412",
                  "A4=Código",
                  "B4=Artículo",
                  "C4=Cantidad",
                  "D4=Precio u$s",
                  "E4=Importe u$s",
                  "A5=QR-1",
                  "B5=Bolsa",
                  "C5=#1000",
                  "D5=#0.5",
                  "E5=#500",
                  "D6=Subtotal",
                  "E6=#500",
                  "D7=Bonificación 5%",
                  "E7=#-25",
                  "D8=Flete",
                  "E8=#40",
                  "D9=TOTAL u$s",
                  "E9=#515",
                  "A11=Entregar en: Depósito Norte, Av. Colón 1200, X5000 Córdoba",
                  "A12=Recibe: Sr. Pablo Díaz, tel. (0351) 422-1100 / cel. 351 15 600 7788"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "0007-00000412",
        .customer = "QUINUA REAL S.A.C.",
        .address = "Depósito Norte, Av. Colón 1200, X5000 Córdoba",
        .ship_name = "Sr. Pablo Díaz",
        .phone = "(0351) 422-1100",
        .total = "515.00",
        .discount = "25.00",
        .shipping = "40.00",
        .currency = "USD",
        .n_doubts = 1,
        .doubt = "two numbers: the first is kept",
        .lines = {{"QR-1", "Bolsa", 1000, "0.50", "500.00"}},
    },
    {
        .name = "'Lugar de entrega:'; 'Recibe:' a name and 'cel.' before one number",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=ORDEN DE COMPRA", "B1=OC-000517", "A3=Item", "B3=Descripción", "C3=Cantidad",
                  "D3=P. Unit.", "E3=Valor venta", "B4=Caja", "C4=#20", "D4=#3", "E4=#60",
                  "A6=Lugar de entrega: Almacén Sur, Av. Grau 150, Lima, Perú",
                  "A7=Recibe: Sra. Ana Flores  cel. 999 111 222"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "OC-000517",
        .address = "Almacén Sur, Av. Grau 150, Lima, Perú",
        .ship_name = "Sra. Ana Flores",
        .phone = "999 111 222",
        .lines = {{NULL, "Caja", 20, "3.00", "60.00"}},
    },
    {
        .name = "an ERP's list names each row's order under 'Documento'; amounts with decimal "
                "commas",
        .kind = OD_GRID_CSV,
        .cells = {"A1=Documento", "B1=SKU", "C1=Producto", "D1=Cantidad", "E1=Precio (€)",
                  "F1=Subtotal (€)", "A2=PC-11", "B2=AZ-1", "C2=Caja", "D2=100", "E2=0,50",
                  "F2=50,00", "A3=PC-12", "B3=AZ-2", "C3=Bolsa", "D3=10", "E3=1,20", "F3=12,00"},
        .outcome = MAIL_SHEET_ORDER,
        .which = 1,
        .n_orders = 2,
        .id = "PC-12",
        .n_doubts = 1,
        .doubt = "no delivery address",
        .lines = {{"AZ-2", "Bolsa", 10, "1.20", "12.00"}},
    },
    {
        .name = "SAP Business One: 'Document Number' is the order number; a price finer than a "
                "cent with a row's discount in percent",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Document Number",
                  "B1=#20871",
                  "C1=Posting Date",
                  "D1=02.05.2027",
                  "A3=Item No.",
                  "B3=Description",
                  "C3=Quantity",
                  "D3=Unit Price",
                  "E3=Discount %",
                  "F3=Total (LC)",
                  "A4=ZK-1",
                  "B4=Zakje",
                  "C4=#20000",
                  "D4=#0.045",
                  "E4=#10",
                  "F4=#810",
                  "A5=ZK-2",
                  "B5=Doos",
                  "C5=#100",
                  "D5=#2",
                  "F5=#200"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "20871",
        .n_doubts = 1,
        .doubt = "finer than a cent",
        .lines = {{"ZK-1", "Zakje", 20000, "0.045", "810.00"},
                  {"ZK-2", "Doos", 100, "2.00", "200.00"}},
    },
    {
        .name = "MYOB: 'Purchase #' is the order number",
        .kind = OD_GRID_SHEET,
        .cells = {"D1=Purchase #", "E1=00000733", "A3=Item Number", "B3=Description", "C3=Qty",
                  "D3=Price", "E3=Total", "A4=HJ-1", "B4=Jar", "C4=#10", "D4=#2", "E4=#20"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "00000733",
        .lines = {{"HJ-1", "Jar", 10, "2.00", "20.00"}},
    },
    {
        .name = "a header in two languages: each cell's Chinese words name its column",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=单号：HX-5",
                  "A2=序号 №",
                  "B2=编码 Код",
                  "C2=品名 Наименование",
                  "D2=数量 Кол-во",
                  "E2=单价（元）Цена, юань",
                  "F2=金额（元）Сумма, юань",
                  "A3=#1",
                  "B3=HX-B1",
                  "C3=纸盒 Коробка",
                  "D3=#100",
                  "E3=#1.5",
                  "F3=#150",
                  "A4=#2",
                  "B4=HX-B2",
                  "C4=纸袋 Пакет",
                  "D4=#20",
                  "E4=#2",
                  "F4=#40",
                  "A5=合计 Итого",
                  "F5=#190"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "HX-5",
        .total = "190.00",
        .lines = {{"HX-B1", "纸盒 Коробка", 100, "1.50", "150.00"},
                  {"HX-B2", "纸袋 Пакет", 20, "2.00", "40.00"}},
    },
    {
        .name = "an ERP's lines: item codes under 'No.' are the SKUs; a 'Line Discount %' "
                "column takes its percent off the line",
        .kind = OD_GRID_SHEET,
        .cells = {"A1=Type",        "B1=No.",        "C1=Description",
                  "D1=Quantity",    "E1=Unit Price", "F1=Line Discount %",
                  "G1=Line Amount", "A2=Item",       "B2=KX-100",
                  "C2=Crate",       "D2=#10",        "E2=#4",
                  "F2=#0",          "G2=#40",        "A3=Item",
                  "B3=KX-LID",      "C3=Lid",        "D3=#10",
                  "E3=#2",          "F3=#10",        "G3=#18"},
        .outcome = MAIL_SHEET_ORDER,
        .subject = "PO KX-9",
        .id = "KX-9",
        .lines = {{"KX-100", "Crate", 10, "4.00", "40.00"}, {"KX-LID", "Lid", 10, "2.00", "18.00"}},
    },
    {
        .name = "PDF: an Item column of names beside a Specification column is the name, and a "
                "short name nearer the # header is under the column the names start in",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-200=Harbor Candle Works Ltd.",
                  "1@40-136=Purchase Order",
                  "1@143-200=HCW-PO-311",
                  "3@52-58=#",
                  "3@120-140=Item",
                  "3@250-300=Specification",
                  "3@400-417=Qty",
                  "3@440-487=Unit price",
                  "3@520-562=Amount",
                  "4@53-58=1",
                  "4@70-150=Amber jar 200 ml",
                  "4@200-290=glass, black lid",
                  "4@395-417=2,000",
                  "4@470-487=0.85",
                  "4@527-562=1,700.00",
                  "5@53-58=2",
                  "5@70-100=Wick",
                  "5@200-280=cotton, 15 cm",
                  "5@395-417=5,000",
                  "5@470-487=0.04",
                  "5@527-562=200.00",
                  "6@53-58=3",
                  "6@70-140=Gift sleeve kraft",
                  "6@200-260=printed, 2 colours",
                  "6@395-417=1,000",
                  "6@470-487=0.30",
                  "6@527-562=300.00",
                  "7@40-120=Total: USD 2,200.00"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "HCW-PO-311",
        .customer = "Harbor Candle Works Ltd.",
        .total = "2200.00",
        .lines = {{NULL, "Amber jar 200 ml glass, black lid", 2000, "0.85", "1700.00"},
                  {NULL, "Wick cotton, 15 cm", 5000, "0.04", "200.00"},
                  {NULL, "Gift sleeve kraft printed, 2 colours", 1000, "0.30", "300.00"}},
    },
    {
        .name = "PDF in Turkish: amounts with a currency code and decimal commas, a column of "
                "codes some without a digit, a supplier's line that is no letterhead, a "
                "receiver's phone in the cell beside, an İskonto with its rate",
        .kind = OD_GRID_PDF,
        .cells = {"0@40-230=MARMARA KUTU AMBALAJ SAN. A.Ş.",
                  "1@40-120=Sipariş No: 5512",
                  "2@40-140=Belge Tarihi: 03.02.2027",
                  "3@40-260=Tedarikçi: Delta Packaging Co., Ltd.",
                  "5@50-90=Malzeme",
                  "5@130-180=Ürün Adı",
                  "5@260-300=Özellik",
                  "5@370-400=Miktar",
                  "5@430-470=Birim Fiyat",
                  "5@520-550=Tutar",
                  "6@45-75=TK-10",
                  "6@110-160=Pasta kutusu",
                  "6@220-300=karton, beyaz",
                  "6@378-400=1.000",
                  "6@436-470=EUR 2,40",
                  "6@495-550=EUR 2.400,00",
                  "7@45-78=TK-LID",
                  "7@110-150=Kapak",
                  "7@220-290=şeffaf PET",
                  "7@378-400=1.000",
                  "7@436-470=EUR 0,60",
                  "7@500-550=EUR 600,00",
                  "8@440-550=Ara Toplam: EUR 3.000,00",
                  "9@445-550=İskonto %5: EUR -150,00",
                  "10@420-550=Genel Toplam: EUR 2.850,00",
                  "11@40-300=Teslim Yeri: Marmara Kutu Fabrika, Hadımköy Yolu No:8, İstanbul",
                  "12@40-140=Teslim Alan: Ayşe Demir",
                  "12@146-210=+90 212 555 0101"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "5512",
        .customer = "MARMARA KUTU AMBALAJ SAN. A.Ş.",
        .ship_name = "Ayşe Demir",
        .phone = "+90 212 555 0101",
        .address = "Marmara Kutu Fabrika, Hadımköy Yolu No:8, İstanbul",
        .currency = "EUR",
        .total = "2850.00",
        .discount = "150.00",
        .lines = {{"TK-10", "Pasta kutusu karton, beyaz", 1000, "2.40", "2400.00"},
                  {"TK-LID", "Kapak şeffaf PET", 1000, "0.60", "600.00"}},
    },
    {
        .name = "PDF: a price cell per thousand (85.00/千個) is checked as qty x price / 1000; "
                "編號 is the SKU column; a person and a phone under 收貨 receive the goods",
        .kind = OD_GRID_PDF,
        .cells = {"0@200-340=福利餅家食品有限公司",
                  "1@45-130=單號：FL-2207",
                  "3@60-78=編號",
                  "3@130-148=品名",
                  "3@380-398=數量",
                  "3@440-458=單價",
                  "3@520-538=金額",
                  "4@48-75=FL-BOX",
                  "4@103-140=禮盒",
                  "4@380-398=2,000",
                  "4@440-458=3.20",
                  "4@505-538=6,400.00",
                  "5@48-75=FL-STK",
                  "5@103-150=封口貼紙",
                  "5@370-398=50,000",
                  "5@420-460=42.00/千個",
                  "5@505-538=2,100.00",
                  "6@45-135=總額：HK$8,500.00",
                  "7@45-160=送貨：荃灣 德士古道 88 號",
                  "8@45-99=收貨：陳美玲",
                  "8@104-122=6123",
                  "8@126-144=8899"},
        .outcome = MAIL_SHEET_ORDER,
        .id = "FL-2207",
        .ship_name = "陳美玲",
        .phone = "6123 8899",
        .lines = {{"FL-BOX", "禮盒", 2000, "3.20", "6400.00"},
                  {"FL-STK", "封口貼紙", 50000, "0.042", "2100.00"}},
    },
    {
        .name = "PDF: a 'Net Price' column that is the quantity times the 'Excl. Price' column "
                "on every row is the amount (held: the arithmetic chose it)",
        .kind = OD_GRID_PDF,
        .cells = {"0@440-550=Document No: PO0000412", "2@60-80=Code", "2@120-170=Description",
                  "2@330-365=Quantity", "2@385-427=Excl. Price", "2@505-542=Net Price",
                  "3@48-80=KB-01", "3@103-160=Kraft bag", "3@328-367=2,000.00", "3@400-427=0.4500",
                  "3@508-542=900.00", "4@48-80=KB-02", "4@103-160=Kraft bag large",
                  "4@328-367=500.00", "4@400-427=1.2000", "4@508-542=600.00",
                  "5@479-550=Total: 1,500.00"},
        .subject = "PO0000412",
        .outcome = MAIL_SHEET_ORDER,
        .id = "PO0000412",
        .total = "1500.00",
        .lines = {{"KB-01", "Kraft bag", 2000, "0.45", "900.00"},
                  {"KB-02", "Kraft bag large", 500, "1.20", "600.00"}},
        .n_doubts = 1, /* "Document No:" labels the number: none from the subject */
        .doubt = "the columns were chosen by arithmetic",
    },
};

static void check_case(const struct scase *c)
{
    struct od_grid g, body;
    struct od_order *o = NULL;
    char why[512], id[MAIL_ID_MAX + 1];
    int outcome;

    assert_int_equal(od_grid_init(&g, c->kind, NULL), 0);
    assert_int_equal(od_grid_init(&body, OD_GRID_TEXT, NULL), 0);
    for (size_t i = 0; c->cells[i]; i++)
        add_cell(&g, c->cells[i]);
    od_grid_sort(&g);
    if (c->kind == OD_GRID_PDF) {
        finish_pdf_cols(&g);
        od_grid_join_spaced(&g);
    }
    if (c->body)
        assert_int_equal(od_grid_from_text(&body, c->body, strlen(c->body), 100), 0);
    if (c->money_symbol)
        snprintf(g.money_symbol, sizeof(g.money_symbol), "%s", c->money_symbol);
    {
        struct imap_extract_settings set = {0};
        char *keys[4], *values[4];

        set.table = (char *)(uintptr_t)c->table;
        for (size_t i = 0; i < 4 && c->columns[i]; i++) {
            const char *eq = strchr(c->columns[i], '=');

            keys[i] = strndup(c->columns[i], (size_t)(eq - c->columns[i]));
            values[i] = strdup(eq + 1);
            set.columns.n++;
        }
        set.columns.keys = keys;
        set.columns.values = values;
        if (c->which || c->n_orders) {
            unsigned n = 0;

            outcome = mail_sheet_parse_nth(&set, &g, c->subject, c->body ? &body : NULL,
                                           "msg-fallback", c->which, &n, &o, why, sizeof(why), id);
            if (c->n_orders && n != c->n_orders)
                fail_msg("%s: %u orders, want %u", c->name, n, c->n_orders);
        } else {
            outcome = mail_sheet_parse(&set, &g, c->subject, c->body ? &body : NULL, "msg-fallback",
                                       &o, why, sizeof(why), id);
        }
        for (size_t i = 0; i < set.columns.n; i++) {
            free(keys[i]);
            free(values[i]);
        }
    }
    if (outcome != c->outcome)
        fail_msg("%s: outcome %d, want %d (%s)", c->name, outcome, c->outcome, why);
    if (c->id)
        assert_string_equal(id, c->id);
    if (c->why && !strstr(why, c->why))
        fail_msg("%s: reason '%s' lacks '%s'", c->name, why, c->why);
    if (outcome == MAIL_SHEET_ORDER) {
        size_t n = 0;
        char buf[OD_MONEY_STRLEN];

        assert_non_null(o);
        assert_string_equal(o->external_id, c->id ? c->id : "msg-fallback");
        if (c->customer)
            assert_string_equal(o->customer.name, c->customer);
        if (c->ship_name)
            assert_string_equal(o->ship_to.name, c->ship_name);
        if (c->phone)
            assert_string_equal(o->ship_to.phone, c->phone);
        if (c->address)
            assert_string_equal(o->ship_to.address, c->address);
        if (c->total)
            assert_string_equal(od_money_format(o->total, buf), c->total);
        if (c->currency)
            assert_string_equal(o->currency, c->currency);
        if (c->shipping)
            assert_string_equal(od_money_format(o->shipping, buf), c->shipping);
        if (c->discount)
            assert_string_equal(od_money_format(o->discount, buf), c->discount);
        if (c->tax)
            assert_string_equal(od_money_format(o->tax, buf), c->tax);
        while (n < 6 && c->lines[n].qty)
            n++;
        if (o->n_lines != n)
            fail_msg("%s: %zu lines, want %zu", c->name, o->n_lines, n);
        for (size_t i = 0; i < n; i++) {
            const struct want_line *w = &c->lines[i];
            const struct od_line *l = &o->lines[i];

            if (w->sku)
                assert_string_equal(l->sku, w->sku);
            else
                assert_null(l->sku);
            if (w->title)
                assert_string_equal(l->title, w->title);
            if (l->qty != w->qty)
                fail_msg("%s: line %zu qty %lld, want %lld", c->name, i, (long long)l->qty,
                         (long long)w->qty);
            assert_string_equal(od_price_format(l->unit_price, buf), w->price);
            assert_string_equal(od_money_format(l->total, buf), w->total);
        }
        assert_non_null(o->extraction);
        if (o->extraction->n_doubts != c->n_doubts)
            fail_msg("%s: %zu doubts, want %zu (first: %s)", c->name, o->extraction->n_doubts,
                     c->n_doubts, o->extraction->n_doubts ? o->extraction->doubts[0] : "");
        if (c->doubt && !strstr(o->extraction->doubts[0], c->doubt))
            fail_msg("%s: doubt '%s' lacks '%s'", c->name, o->extraction->doubts[0], c->doubt);
        assert_non_null(o->extraction->sources);
        if (c->source && !strstr(o->extraction->sources, c->source))
            fail_msg("%s: sources %s lack %s", c->name, o->extraction->sources, c->source);
    } else {
        assert_null(o);
    }
    od_order_free(o);
    od_grid_free(&g);
    od_grid_free(&body);
}

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_case(&cases[i]);
}

/* The grid helpers the readers share. */
static void test_grid(void **state)
{
    struct od_grid g;
    struct od_buf b;
    struct od_cell *c;
    char r[64];

    (void)state;
    assert_int_equal(od_grid_init(&g, OD_GRID_SHEET, "订单"), 0);
    assert_int_equal(od_grid_add(&g, 2, 27, OD_CELL_TEXT, "  x\xff ", 5, &c), 0);
    assert_string_equal(c->text, "x\xEF\xBF\xBD");
    assert_int_equal(od_grid_add(&g, 0, 1, OD_CELL_TEXT, "a,\"b\"", 5, NULL), 0);
    assert_int_equal(od_grid_add(&g, 0, 0, OD_CELL_TEXT, " \t\xE3\x80\x80", 5, &c), 0);
    assert_null(c); /* white space only: no cell */
    od_grid_sort(&g);
    assert_int_equal(g.n_rows, 3);
    assert_int_equal(g.n_cols, 28);
    od_cell_ref(&g, od_grid_at(&g, 2, 27), r, sizeof(r));
    assert_string_equal(r, "订单!AB3");
    od_buf_init(&b, 1024);
    assert_int_equal(od_grid_to_csv(&g, &b), 0);
    assert_string_equal(b.data, ",\"a,\"\"b\"\"\"\n,,,,,,,,,,,,,,,,,,,,,,,,,,,x\xEF\xBF\xBD\n");
    od_buf_free(&b);
    g.max_cells = 2;
    assert_int_equal(od_grid_add(&g, 5, 0, OD_CELL_TEXT, "y", 1, NULL), OD_ETOOBIG);
    od_grid_free(&g);

    assert_int_equal(od_grid_init(&g, OD_GRID_CSV, NULL), 0);
    assert_int_equal(od_grid_from_csv(&g, "订单号,\"数 量\"\n\nA-1,2\n", 27, ','), 0);
    assert_int_equal(g.n, 4);
    assert_string_equal(od_grid_at(&g, 0, 1)->text, "数 量");
    assert_string_equal(od_grid_at(&g, 2, 0)->text, "A-1");
    od_cell_ref(&g, od_grid_at(&g, 2, 1), r, sizeof(r));
    assert_string_equal(r, "row 3 col 2");
    od_grid_free(&g);
}

/* Two sheets as one grid: the second below the first after a gap, its
 * cells' types, spans and references its own; the money symbols. */
static void test_grid_append(void **state)
{
    struct od_grid a, b, both;
    struct od_cell *c;
    char r[64];

    (void)state;
    assert_int_equal(od_grid_init(&a, OD_GRID_SHEET, "封面"), 0);
    assert_int_equal(od_grid_add(&a, 1, 0, OD_CELL_TEXT, "单号：", 9, NULL), 0);
    assert_int_equal(od_grid_add(&a, 1, 1, OD_CELL_TEXT, "P-1", 3, NULL), 0);
    od_grid_sort(&a);
    assert_int_equal(od_grid_init(&b, OD_GRID_SHEET, "明细"), 0);
    assert_int_equal(od_grid_add(&b, 0, 2, OD_CELL_NUMBER, "12", 2, &c), 0);
    c->span = 3;
    assert_int_equal(od_grid_add(&b, 3, 0, OD_CELL_DATE, "2026-12-05", 10, NULL), 0);
    od_grid_sort(&b);
    snprintf(b.money_symbol, sizeof(b.money_symbol), "€");

    assert_int_equal(od_grid_init(&both, OD_GRID_SHEET, NULL), 0);
    assert_int_equal(od_grid_append(&both, &a, 0), 0);
    assert_int_equal(od_grid_append(&both, &b, 2), 0);
    assert_int_equal(both.n, 4);
    assert_int_equal(both.n_rows, 2 + 2 + 4); /* a's 2 rows, the gap, b's 4 */
    assert_non_null(od_grid_at(&both, 4, 2));
    assert_int_equal(od_grid_at(&both, 4, 2)->type, OD_CELL_NUMBER);
    assert_int_equal(od_grid_at(&both, 4, 2)->span, 3);
    assert_int_equal(od_grid_at(&both, 7, 0)->type, OD_CELL_DATE);
    od_cell_ref(&both, od_grid_at(&both, 1, 1), r, sizeof(r));
    assert_string_equal(r, "封面!B2");
    od_cell_ref(&both, od_grid_at(&both, 4, 2), r, sizeof(r));
    assert_string_equal(r, "明细!C1");
    od_cell_ref(&both, od_grid_at(&both, 7, 0), r, sizeof(r));
    assert_string_equal(r, "明细!A4");
    assert_string_equal(both.money_symbol, "€");
    assert_false(both.money_mixed);
    /* a third sheet with another currency: mixed */
    snprintf(a.money_symbol, sizeof(a.money_symbol), "$");
    assert_int_equal(od_grid_append(&both, &a, 1), 0);
    assert_true(both.money_mixed);
    assert_string_equal(both.money_symbol, "");
    od_cell_ref(&both, od_grid_at(&both, 10, 0), r, sizeof(r));
    assert_string_equal(r, "封面!A2");
    od_grid_free(&both);
    od_grid_free(&a);
    od_grid_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_grid),
        cmocka_unit_test(test_grid_append),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
