#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/data/ledger/ that XlsxReader and the xlsx import are tested with.

Run it from anywhere with Debian's python3-xlsxwriter (apt-get install python3-xlsxwriter):

    /usr/bin/python3 scripts/make_xlsx_fixtures.py

The files are committed; rerunning the script gives the same bytes (fixed document dates and zip
timestamps), so a diff shows what a change to the script changed.

- excel-ledger.xlsx: a ledger as a municipal section keeps it in Excel (shared strings): an
  instructions sheet first, then 台帳 with title rows, a heading merged over two rows with
  sub-headings (重要性分類 over 機密性/完全性/可用性), headings with a line break and full-width
  spaces, dates as serial numbers (built-in and 和暦 custom formats), formulas with cached values,
  flags written ○/有/✓/1, rich text and blank formatted rows below the data; then a 集計 sheet
  with booleans, numbers, times, an error and a cell far away (AB12).
- excel-ledger-inline.xlsx: the same ledger written with constant_memory (inline strings, one
  heading row, no merges), after a cover sheet.
- handmade.xlsx: parts written by hand for what xlsxwriter never writes: the 1904 date system,
  part names other than sheetN.xml (absolute, relative with "..", percent-encoded), rows and
  cells without an r attribute, t="d" cells, furigana (rPh), _xHHHH_ escapes, xml:space;
  prefixed element names, comments, CDATA and character references; a DTD; and UTF-16 copies
  of three sheets, which XlsxReader reads with QXmlStreamReader instead of its own scanner, so
  that a test can compare the two parsers.
- damaged-*.xlsx: no workbook, truncated XML, a cell reference beyond XFD, a part that says it is
  600 MB uncompressed.
"""

import datetime
import io
import os
import struct
import zipfile

import xlsxwriter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'data', 'ledger')
CREATED = datetime.datetime(2025, 6, 1, 9, 0, 0)
WAREKI = '[$-ja-JP]ggge"年"m"月"d"日"'

# The ledger's columns (one heading each) and its rows; None = empty cell.
WIDTHS = [10, 11, 22, 12, 9, 9, 9, 9, 13, 11, 8, 8, 11, 17, 10, 20]
HEADERS = ['管理　番号', '所　属', '情報資産\n名称', '資産種別', '機密性', '完全性', '可用性',
           '個人情報', '要配慮個人情報', '特定個人情報', '本人数', '暗号化\n（有無）',
           '登録日', '保存期限', '管理者', '備考']
D = datetime.datetime
ROWS = [
    ['0130-001', '情報政策課', ('住民基本台帳', 'データ'), '情報（電子）', '機密性3', '完全性2', '可用性2',
     '○', None, 1, ('=100000+20000', 120000), '有', D(2025, 4, 1), D(2030, 3, 31), '山田 太郎',
     ('="住基"&"・重要"', '住基・重要')],
    ['0130-002', '0130', '庁内会議資料', '情報（紙）', 1, 1, 1,
     None, None, None, None, None, D(2019, 5, 1), None, None, None],
    ['0130-003', '情報政策課', '職員名簿', '情報（電子）', 2, 1, 1,
     '有', '✓', None, 850, '✓', D(2024, 10, 1), D(2029, 3, 31), '山田 太郎', '複数行の\n備考'],
    ['0130-004', '情報政策課', '事務用パソコン', 'パソコン', '機密性2', None, None,
     None, None, None, None, 1, D(2020, 1, 6), None, None, None],
]


def formats(book):
    f = {
        'title': book.add_format({'bold': True, 'font_size': 16}),
        'head': book.add_format({'bold': True, 'border': 1, 'text_wrap': True, 'align': 'center',
                                 'valign': 'vcenter', 'bg_color': '#D9E1F2'}),
        'cell': book.add_format({'border': 1, 'valign': 'top', 'text_wrap': True}),
        'date': book.add_format({'border': 1, 'valign': 'top'}),
        'wareki': book.add_format({'border': 1, 'valign': 'top', 'num_format': WAREKI}),
        'bold': book.add_format({'bold': True, 'border': 1, 'valign': 'top'}),
    }
    f['date'].set_num_format(14)  # built-in: m/d/yyyy (yyyy/m/d in Japanese Excel)
    return f


def write_row(sheet, f, row, values):
    for col, v in enumerate(values):
        if v is None:
            sheet.write_blank(row, col, None, f['cell'])
        elif HEADERS[col] == '保存期限':
            sheet.write_datetime(row, col, v, f['wareki'])
        elif isinstance(v, datetime.datetime):
            sheet.write_datetime(row, col, v, f['date'])
        elif isinstance(v, tuple) and v[0].startswith('='):
            sheet.write_formula(row, col, v[0], f['cell'], v[1])
        elif isinstance(v, tuple):
            sheet.write_rich_string(row, col, f['bold'], v[0], v[1], f['cell'])
        else:
            sheet.write(row, col, v, f['cell'])


def blank_rows(sheet, f, first, count):
    """Rows with borders and no values, as a template leaves them below the data."""
    for row in range(first, first + count):
        for col in range(len(HEADERS)):
            sheet.write_blank(row, col, None, f['cell'])


def excel_ledger(path):
    book = xlsxwriter.Workbook(path)
    book.set_properties({'created': CREATED, 'author': 'みどり市'})
    f = formats(book)

    guide = book.add_worksheet('記入要領')
    guide.write(0, 0, '情報資産管理台帳 記入要領', f['title'])
    for i, (item, how) in enumerate([('項目', '記入方法'), ('管理番号', '所属コードと連番（例：0130-001）'),
                                     ('情報資産名称', '情報資産の名称'), ('機密性', '機密性1〜3'),
                                     ('個人情報', '含む場合は ○')]):
        guide.write(2 + i, 0, item)
        guide.write(2 + i, 1, how)

    sheet = book.add_worksheet('台帳')
    for c, width in enumerate(WIDTHS):
        sheet.set_column(c, c, width)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    last = len(HEADERS) - 1
    sheet.merge_range(0, 0, 0, last, '令和7年度　情報資産管理台帳', f['title'])
    sheet.write(1, 0, '所属：情報政策課')
    sheet.write(1, 12, '作成日')
    # The 和暦 format as Excel writes it with a Windows locale id (LibreOffice 7.4 reads only this form).
    sheet.write_datetime(1, 13, D(2025, 6, 1), book.add_format({'num_format': '[$-411]ggge"年"m"月"d"日"'}))
    # Two heading rows: groups above their sub-headings, the others merged over both rows.
    groups = {2: ('情報資産', 3), 4: ('重要性分類', 6), 7: ('個人情報の取扱い', 9)}
    col = 0
    while col <= last:
        if col in groups:
            name, end = groups[col]
            sheet.merge_range(3, col, 3, end, name, f['head'])
            for c in range(col, end + 1):
                sheet.write(4, c, '名称' if c == 2 else HEADERS[c], f['head'])
            col = end + 1
        else:
            sheet.merge_range(3, col, 4, col, HEADERS[col], f['head'])
            col += 1
    for i, values in enumerate(ROWS):
        write_row(sheet, f, 5 + i, values)
    blank_rows(sheet, f, 5 + len(ROWS), 30)
    sheet.freeze_panes(5, 0)

    summary = book.add_worksheet('集計')
    entries = [
        ('件数', ('formula', '=COUNTA(台帳!A6:A9)', 4)),
        ('確認済', ('bool', True)),
        ('未確認', ('bool', False)),
        ('比率', ('num', 0.125, None)),
        ('円周率', ('num', 3.14159265358979, None)),
        ('大きな数', ('num', 1e20, None)),
        ('整数の小数', ('num', 42.0, None)),
        ('負の数', ('num', -7.5, None)),
        ('時刻', ('num', 0.3958333333333333, 20)),      # built-in h:mm → 9:30
        ('経過時間', ('num', 1.5, '[h]:mm')),           # 36:00
        ('エラー', ('formula', '=1/0', '#DIV/0!')),
        ('指数', ('num', 12345.678, '0.00E+00')),
        ('年月日', ('num', 45748, 31)),                 # built-in yyyy"年"m"月"d"日" → 2025-04-01
        ('年の文字', ('num', 7, '"年度"0')),             # a quoted 年度 is no date code
    ]
    for i, (label, value) in enumerate(entries):
        summary.write(i, 0, label)
        kind = value[0]
        if kind == 'formula':
            summary.write_formula(i, 1, value[1], None, value[2])
        elif kind == 'bool':
            summary.write_boolean(i, 1, value[1])
        else:
            fmt = None
            if value[2] is not None:
                fmt = book.add_format()
                fmt.set_num_format(value[2])
            summary.write_number(i, 1, value[1], fmt)
    summary.write(11, 27, '離れたセル')  # AB12
    book.close()


def excel_ledger_inline(path):
    book = xlsxwriter.Workbook(path, {'constant_memory': True})
    book.set_properties({'created': CREATED, 'author': 'みどり市'})
    f = formats(book)
    cover = book.add_worksheet('表紙')
    cover.write(0, 0, '情報資産管理台帳', f['title'])
    cover.write(1, 0, '情報政策課')
    sheet = book.add_worksheet('台帳')
    for c, width in enumerate(WIDTHS):
        sheet.set_column(c, c, width)
    sheet.write(0, 0, '令和7年度　情報資産管理台帳', f['title'])
    sheet.write(1, 0, '所属：情報政策課')
    for c, h in enumerate(HEADERS):
        sheet.write(3, c, h, f['head'])
    for i, values in enumerate(ROWS):
        write_row(sheet, f, 4 + i, values)
    blank_rows(sheet, f, 4 + len(ROWS), 30)
    book.close()


def fixed_zip(path, parts):
    """A zip with fixed timestamps; parts is a list of (name, bytes)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, (2025, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


CONTENT_TYPES = b'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>'''
REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'


def rels(items):
    body = ''.join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, REL_NS, t, target)
                   for i, t, target in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % body).encode()


def utf16(xml):
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace('encoding="utf-8"', 'encoding="UTF-16"')
    return xml.encode('utf-16')  # with a byte order mark


def handmade(path):
    # 2025-04-01 in the 1904 date system (1904-01-01 is day 0).
    serial = (datetime.date(2025, 4, 1) - datetime.date(1904, 1, 1)).days
    workbook = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<workbook xmlns="%s" xmlns:r="%s"><workbookPr date1904="1"/>'
                '<bookViews><workbookView/></bookViews>'
                '<sheets><sheet name="データ" sheetId="3" r:id="rIdB"/>'
                '<sheet name="Second" sheetId="1" r:id="rIdA"/>'
                '<sheet name="隠し" sheetId="2" state="hidden" r:id="rIdC"/>'
                '<sheet name="Prefixed" sheetId="4" r:id="rIdD"/>'
                '<sheet name="DTD" sheetId="5" r:id="rIdE"/>'
                '<sheet name="データ16" sheetId="6" r:id="rIdF"/>'
                '<sheet name="Second16" sheetId="7" r:id="rIdG"/>'
                '<sheet name="Prefixed16" sheetId="8" r:id="rIdH"/></sheets>'
                '<definedNames><definedName name="x">データ!$A$1</definedName></definedNames>'
                '</workbook>' % (MAIN_NS, REL_NS))
    strings = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="4" uniqueCount="4">'
               '<si><t>住所</t><rPh sb="0" eb="2"><t>ジュウショ</t></rPh><phoneticPr fontId="1"/></si>'
               '<si><r><rPr><b/></rPr><t>太字</t></r><r><t xml:space="preserve"> と 標準</t></r></si>'
               '<si><t xml:space="preserve">  前後に空白  </t></si>'
               '<si><t>一行目_x000D_\n二行目 _x005F_x0041_</t></si>'
               '</sst>' % MAIN_NS)
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="%s">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd;@"/>'
              '<numFmt numFmtId="165" formatCode="[Red]#,##0;[Blue]\\-#,##0"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
              '<xf numFmtId="165"/></cellXfs></styleSheet>' % MAIN_NS)
    # Rows and cells without r: each follows the one before.
    data = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>'
            '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
            '<row><c s="1"><v>%d</v></c><c t="d"><v>2025-04-02T00:00:00</v></c><c s="2"><v>1234</v></c></row>'
            '<row r="5"><c t="s"><v>3</v></c><c r="D5" t="inlineStr"><is><t>インライン</t>'
            '<rPh sb="0" eb="1"><t>いんらいん</t></rPh></is></c></row>'
            '<row><c><f>1+1</f><v>2</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c><f>NOW()</f></c></row>'
            '</sheetData></worksheet>' % (MAIN_NS, serial))
    second = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><dimension ref="A1:C3"/>'
              '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c></row>'
              '<row r="3"><c r="B3"><v>0.1</v></c></row></sheetData>'
              '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>' % MAIN_NS)
    hidden = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData/></worksheet>' % MAIN_NS)
    # Prefixed names, comments, a processing instruction, CDATA, entities and character
    # references, single quotes, spaces around "=", a ">" inside an attribute, indentation.
    prefixed = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
                '<!-- written by hand -->\n'
                '<x:worksheet xmlns:x="%s" xmlns:r="%s">\n'
                '  <x:sheetData>\n'
                '    <x:row r=\'1\'>\n'
                '      <x:c r = "A1" t=\'inlineStr\'><x:is><x:t>&lt;タグ&gt; &amp; &quot;引用&quot; &apos;x&apos; &#x41;&#66;&#x1F600;</x:t></x:is></x:c>\n'
                '      <x:c r="B1" t="str"><x:f>"a"</x:f><x:v><![CDATA[<CDATA> & text]]></x:v></x:c>\n'
                '      <?some-instruction data?>\n'
                '      <x:c r="C1" note="a>b"><x:v>12.5</x:v></x:c>\n'
                '    </x:row>\n'
                '    <x:row r="2"><x:c r="A2" s="1"><x:v>45000</x:v></x:c></x:row>\n'
                '  </x:sheetData>\n'
                '  <x:mergeCells count="1"><x:mergeCell ref="A2:B2"/></x:mergeCells>\n'
                '</x:worksheet>\n' % (MAIN_NS, REL_NS))
    # A DTD with an entity: the kind of part only QXmlStreamReader reads.
    dtd = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY city "みどり市">]>'
           '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&city;</t></is></c></row>'
           '</sheetData></worksheet>' % MAIN_NS)
    fixed_zip(path, [
        ('[Content_Types].xml', CONTENT_TYPES),
        ('_rels/.rels', rels([('rId1', 'officeDocument', '/xl/book.xml')])),
        ('xl/book.xml', workbook.encode()),
        ('xl/_rels/book.xml.rels', rels([
            ('rIdA', 'worksheet', '../xl/sheets/second.xml'),
            ('rIdB', 'worksheet', 'sheets/%E3%83%87%E3%83%BC%E3%82%BF.xml'),
            ('rIdC', 'worksheet', 'sheets/hidden.xml'),
            ('rIdD', 'worksheet', 'sheets/prefixed.xml'),
            ('rIdE', 'worksheet', 'sheets/dtd.xml'),
            ('rIdF', 'worksheet', 'sheets/data16.xml'),
            ('rIdG', 'worksheet', 'sheets/second16.xml'),
            ('rIdH', 'worksheet', 'sheets/prefixed16.xml'),
            ('rIdS', 'sharedStrings', 'strings.xml'),
            ('rIdT', 'styles', 'styles.xml')])),
        ('xl/strings.xml', strings.encode()),
        ('xl/styles.xml', styles.encode()),
        ('xl/sheets/データ.xml', data.encode()),
        ('xl/sheets/second.xml', second.encode()),
        ('xl/sheets/hidden.xml', hidden.encode()),
        ('xl/sheets/prefixed.xml', prefixed.encode()),
        ('xl/sheets/dtd.xml', dtd.encode()),
        # The same sheets in UTF-16: XlsxReader reads these with QXmlStreamReader, the UTF-8
        # ones with its own scanner, and the test compares them.
        ('xl/sheets/data16.xml', utf16(data)),
        ('xl/sheets/second16.xml', utf16(second)),
        ('xl/sheets/prefixed16.xml', utf16(prefixed)),
    ])


def minimal_parts(sheet_xml):
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">'
                '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN_NS, REL_NS))
    return [
        ('[Content_Types].xml', CONTENT_TYPES),
        ('_rels/.rels', rels([('rId1', 'officeDocument', 'xl/workbook.xml')])),
        ('xl/workbook.xml', workbook.encode()),
        ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet1.xml')])),
        ('xl/worksheets/sheet1.xml', sheet_xml.encode()),
    ]


def damaged(out):
    fixed_zip(os.path.join(out, 'damaged-no-workbook.xlsx'), [
        ('[Content_Types].xml', CONTENT_TYPES),
        ('docProps/app.xml', b'<?xml version="1.0"?><Properties/>'),
    ])
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>管理番号</t></is></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>途中で切れ' % MAIN_NS)
    fixed_zip(os.path.join(out, 'damaged-truncated-xml.xlsx'), minimal_parts(sheet))
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>'
             '<row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>' % MAIN_NS)
    fixed_zip(os.path.join(out, 'damaged-bad-reference.xlsx'), minimal_parts(sheet))

    # A sheet that claims to inflate to 600 MB: the reader must refuse it before inflating.
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData/></worksheet>' % MAIN_NS)
    buf = io.BytesIO()
    fixed_zip(buf, minimal_parts(sheet))
    data = bytearray(buf.getvalue())
    name = b'xl/worksheets/sheet1.xml'
    huge = 600 * 1024 * 1024
    # Local file header: signature PK\3\4, uncompressed size at offset 22, name at 30.
    pos = 0
    while True:
        local = data.find(b'PK\x03\x04', pos)
        if local < 0:
            break
        n = struct.unpack_from('<H', data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + n]) == name:
            struct.pack_into('<I', data, local + 22, huge)
        pos = local + 4
    # Central directory header: signature PK\1\2, uncompressed size at offset 24, name at 46.
    pos = 0
    while True:
        central = data.find(b'PK\x01\x02', pos)
        if central < 0:
            break
        n = struct.unpack_from('<H', data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + n]) == name:
            struct.pack_into('<I', data, central + 24, huge)
        pos = central + 4
    with open(os.path.join(out, 'damaged-declared-huge.xlsx'), 'wb') as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    excel_ledger(os.path.join(OUT, 'excel-ledger.xlsx'))
    excel_ledger_inline(os.path.join(OUT, 'excel-ledger-inline.xlsx'))
    handmade(os.path.join(OUT, 'handmade.xlsx'))
    damaged(OUT)
    print('written to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
