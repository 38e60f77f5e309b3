#!/usr/bin/python3
"""Write currency.xls for tests/unit/test_xls.c (test_currency): numbers
whose number formats show a currency, as Excel writes them with xlwt.
Sheet "PO": prices and amounts formatted "£"#,##0.00 (one currency);
sheet "Mixed": one number in euros and one in dollars (none).

    /usr/bin/python3 tests/data/xls/make_currency.py
"""
import os

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    wb = xlwt.Workbook()
    gbp = xlwt.easyxf(num_format_str='"£"#,##0.00')
    ws = wb.add_sheet("PO")
    for i, h in enumerate(["SKU", "Qty", "Price", "Amount"]):
        ws.write(0, i, h)
    ws.write(1, 0, "K-1")
    ws.write(1, 1, 4)
    ws.write(1, 2, 2.5, gbp)
    ws.write(1, 3, 10, gbp)
    mixed = wb.add_sheet("Mixed")
    mixed.write(0, 0, 3.25, xlwt.easyxf(num_format_str='[$€-407] #,##0.00'))
    mixed.write(1, 0, 4.5, xlwt.easyxf(num_format_str='"$"#,##0.00'))
    wb.save(os.path.join(HERE, "currency.xls"))


if __name__ == "__main__":
    main()
