#!/usr/bin/env python3
"""Writes the rows of a ledger CSV export as an xlsx with Python's xlsxwriter, the way
Daicho's export does (constant memory, a header row with formats, bordered cells), for
daicho-ledger-bench's comparison.

  bench_xlsxwriter.py LEDGER.csv OUT.xlsx
"""
import csv
import sys

import xlsxwriter


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        book = xlsxwriter.Workbook(target, {"constant_memory": True})
        sheet = book.add_worksheet("台帳")
        header = book.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2", "text_wrap": True})
        cell = book.add_format({"border": 1, "valign": "top"})
        sheet.write_string(0, 0, "情報資産管理台帳")
        for r, row in enumerate(rows):
            fmt = header if r == 0 else cell
            for c, value in enumerate(row):
                if value:
                    sheet.write_string(r + 3, c, value, fmt)
                else:
                    sheet.write_blank(r + 3, c, None, fmt)
        sheet.freeze_panes(4, 0)
        book.close()


if __name__ == "__main__":
    main()
