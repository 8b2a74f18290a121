#include "core/classificationengine.h"
#include "core/exceptions.h"
#include "core/ledgercolumns.h"
#include "core/ledgerimport.h"
#include "core/xlsxexport.h"
#include "core/xlsxreader.h"
#include "testutil.h"

#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <gtest/gtest.h>

static void PrintTo(const QString &t, std::ostream *os) { *os << '"' << t.toStdString() << '"'; }

using namespace daicho;
using daicho::test::TempDir;

namespace {

QString fixture(const QString &name) { return test::dataPath(QStringLiteral("ledger/") + name); }

const SpreadsheetSheet &sheetNamed(const QList<SpreadsheetSheet> &sheets, const QString &name)
{
    for (const SpreadsheetSheet &s : sheets) {
        if (s.name == name)
            return s;
    }
    static const SpreadsheetSheet none;
    ADD_FAILURE() << "no sheet " << qPrintable(name);
    return none;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out.append(QString::fromUtf8(c));
    return out;
}

/// The data rows both Excel fixtures hold (below their headings).
QList<QStringList> fixtureDataRows()
{
    return {row({"0130-001", "情報政策課", "住民基本台帳データ", "情報（電子）", "機密性3", "完全性2", "可用性2", "○", "", "1",
                 "120000", "有", "2025-04-01", "2030-03-31", "山田 太郎", "住基・重要"}),
            row({"0130-002", "0130", "庁内会議資料", "情報（紙）", "1", "1", "1", "", "", "", "", "", "2019-05-01"}),
            row({"0130-003", "情報政策課", "職員名簿", "情報（電子）", "2", "1", "1", "有", "✓", "", "850", "✓", "2024-10-01",
                 "2029-03-31", "山田 太郎", "複数行の\n備考"}),
            row({"0130-004", "情報政策課", "事務用パソコン", "パソコン", "機密性2", "", "", "", "", "", "", "1", "2020-01-06"})};
}

/// A register the fixtures import into: 情報政策課 (0130) with 山田 太郎.
RegisterData fixtureRegister()
{
    RegisterData d;
    d.title = QStringLiteral("みどり市 情報資産管理台帳");
    d.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    d.departments = {{1, QStringLiteral("0130"), QStringLiteral("情報政策課"), 0, QDate(), QDate()},
                     {2, QStringLiteral("0210"), QStringLiteral("税務課"), 0, QDate(), QDate()}};
    d.people = {{1, QStringLiteral("山田 太郎"), 1, QStringList()}};
    return d;
}

/// A register with every kind of value an export writes (as in ledger_test.cpp).
RegisterData fullRegister()
{
    RegisterData d = fixtureRegister();
    d.departments.append({3, QStringLiteral("0131"), QStringLiteral("情報政策課 システム係"), 1, QDate(), QDate()});
    auto place = [](Id id, Id parent, PlaceKind kind, const QString &name) {
        Place p;
        p.id = id;
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        return p;
    };
    d.places = {place(1, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地")), place(2, 1, PlaceKind::Building, QStringLiteral("本庁舎")),
                place(3, 2, PlaceKind::Floor, QStringLiteral("3階")), place(4, 3, PlaceKind::Room, QStringLiteral("執務室"))};
    Asset sys;
    sys.id = 10;
    sys.number = QStringLiteral("S-001");
    sys.departmentId = 3;
    sys.name = QStringLiteral("住民記録システム");
    sys.kind = AssetKind::InformationSystem;
    sys.segment = NetworkSegment::MyNumber;
    sys.confidentiality = QStringLiteral("3");
    sys.registeredOn = QDate(2019, 5, 1);
    Asset info;
    info.id = 11;
    info.number = QStringLiteral("0110");
    info.departmentId = 1;
    info.businessCategory = QStringLiteral("住民記録");
    info.name = QStringLiteral("住民基本台帳データ & 附票");
    info.systemId = 10;
    info.segment = NetworkSegment::MyNumber;
    info.userScope = QStringLiteral("課員");
    info.managerId = 1;
    info.medium = QStringLiteral("サーバ");
    info.personalInfo = true;
    info.myNumber = true;
    info.subjectCount = 120000;
    info.confidentiality = QStringLiteral("3");
    info.integrity = QStringLiteral("2");
    info.availability = QStringLiteral("2");
    info.restrictions = {QStringLiteral("複製禁止"), QStringLiteral("持出禁止")};
    info.encrypted = true;
    info.retentionPeriod = QStringLiteral("永年");
    info.registeredOn = QDate(2025, 4, 1);
    info.updatedOn = QDate(2025, 4, 2);
    info.updatedBy = QStringLiteral("山田");
    info.notes = QStringLiteral("注意, \"重要\" <b>&amp;</b>\n二行目");
    Asset pc;
    pc.id = 12;
    pc.number = QStringLiteral("PC-012");
    pc.departmentId = 3;
    pc.name = QStringLiteral("事務用パソコン");
    pc.kind = AssetKind::Pc;
    pc.wireLocked = true;
    pc.usePlaceId = 4;
    pc.confidentiality = QStringLiteral("2");
    pc.registeredOn = QDate(2020, 1, 6);
    pc.retentionUntil = QDate(2029, 3, 31);
    Asset paper;
    paper.id = 13;
    paper.number = QStringLiteral("Ｔ－００１");
    paper.departmentId = 2;
    paper.name = QStringLiteral("課税台帳（紙）");
    paper.kind = AssetKind::InformationPaper;
    paper.segment = NetworkSegment::NotApplicable;
    paper.confidentiality = QStringLiteral("2");
    paper.status = AssetStatus::Disposed;
    d.assets = {sys, info, pc, paper};
    return d;
}

LedgerTable tableOf(const RegisterData &d)
{
    ClassificationEngine engine(ClassificationScheme::fromJson(d.scheme));
    engine.compute(d.assets, d.links);
    LedgerOptions o;
    o.asOf = QDate(2025, 6, 1);
    return LedgerColumns::build(d, engine.scheme(), engine, o);
}

QStringList trimmed(QStringList cells)
{
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

template <typename E>
QString messageOf(const QString &path)
{
    try {
        XlsxReader::read(path);
    } catch (const E &e) {
        return e.message();
    } catch (const Exception &e) {
        ADD_FAILURE() << "wrong kind of error: " << e.what();
        return e.message();
    }
    ADD_FAILURE() << "no error for " << qPrintable(path);
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

} // namespace

TEST(XlsxReader, SheetsInWorkbookOrder)
{
    const QStringList expected{QStringLiteral("記入要領"), QStringLiteral("台帳"), QStringLiteral("集計")};
    EXPECT_EQ(XlsxReader::sheetNames(fixture(QStringLiteral("excel-ledger.xlsx"))), expected);
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(fixture(QStringLiteral("excel-ledger.xlsx")));
    ASSERT_EQ(sheets.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(sheets.at(i).name, expected.at(i));
    EXPECT_EQ(XlsxReader::sheetNames(fixture(QStringLiteral("excel-ledger-inline.xlsx"))),
              (QStringList{QStringLiteral("表紙"), QStringLiteral("台帳")}));
}

TEST(XlsxReader, ExcelLedgerWithMergedTwoRowHeadingDatesFormulasAndRichText)
{
    const SpreadsheetSheet ledger = sheetNamed(XlsxReader::read(fixture(QStringLiteral("excel-ledger.xlsx"))), QStringLiteral("台帳"));
    // The title merged over A1:P1 is in every cell of the range.
    ASSERT_GE(ledger.rows.size(), 1);
    EXPECT_EQ(ledger.rows.at(0), QStringList(16, QStringLiteral("令和7年度　情報資産管理台帳")));
    // 作成日 in a 和暦 custom format: an ISO date.
    QStringList second(14);
    second[0] = QStringLiteral("所属：情報政策課");
    second[12] = QStringLiteral("作成日");
    second[13] = QStringLiteral("2025-06-01");
    EXPECT_EQ(ledger.rows.value(1), second);
    EXPECT_TRUE(ledger.rows.value(2).isEmpty());
    // The heading over two rows: the merged ones in both rows, the groups over their sub-headings.
    EXPECT_EQ(ledger.rows.value(3), row({"管理　番号", "所　属", "情報資産", "情報資産", "重要性分類", "重要性分類", "重要性分類",
                                         "個人情報の取扱い", "個人情報の取扱い", "個人情報の取扱い", "本人数", "暗号化\n（有無）",
                                         "登録日", "保存期限", "管理者", "備考"}));
    EXPECT_EQ(ledger.rows.value(4), row({"管理　番号", "所　属", "名称", "資産種別", "機密性", "完全性", "可用性", "個人情報",
                                         "要配慮個人情報", "特定個人情報", "本人数", "暗号化\n（有無）", "登録日", "保存期限",
                                         "管理者", "備考"}));
    // The data; the 30 formatted blank rows below it are not rows.
    EXPECT_EQ(ledger.rows.mid(5), fixtureDataRows());
    EXPECT_EQ(ledger.rows.size(), 9);
}

TEST(XlsxReader, InlineStringsOfConstantMemoryGiveTheSameCells)
{
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(fixture(QStringLiteral("excel-ledger-inline.xlsx")));
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets.at(0).rows, (QList<QStringList>{{QStringLiteral("情報資産管理台帳")}, {QStringLiteral("情報政策課")}}));
    const SpreadsheetSheet &ledger = sheets.at(1);
    ASSERT_EQ(ledger.rows.size(), 8);
    EXPECT_EQ(ledger.rows.at(0), QStringList{QStringLiteral("令和7年度　情報資産管理台帳")});
    EXPECT_TRUE(ledger.rows.at(2).isEmpty());
    EXPECT_EQ(ledger.rows.at(3).at(2), QStringLiteral("情報資産\n名称"));
    EXPECT_EQ(ledger.rows.at(3).size(), 16);
    EXPECT_EQ(ledger.rows.mid(4), fixtureDataRows());
}

TEST(XlsxReader, NumbersBooleansTimesErrorsAndGaps)
{
    const SpreadsheetSheet s = sheetNamed(XlsxReader::read(fixture(QStringLiteral("excel-ledger.xlsx"))), QStringLiteral("集計"));
    auto value = [&](int r) { return s.rows.value(r).value(1); };
    EXPECT_EQ(value(0), QStringLiteral("4"));              // a formula's cached value
    EXPECT_EQ(value(1), QStringLiteral("TRUE"));
    EXPECT_EQ(value(2), QStringLiteral("FALSE"));
    EXPECT_EQ(value(3), QStringLiteral("0.125"));
    EXPECT_EQ(value(4), QStringLiteral("3.14159265358979"));
    EXPECT_EQ(value(5), QStringLiteral("1e+20"));
    EXPECT_EQ(value(6), QStringLiteral("42"));             // no ".0"
    EXPECT_EQ(value(7), QStringLiteral("-7.5"));
    EXPECT_EQ(value(8), QStringLiteral("9:30"));           // built-in h:mm is a time, not a date
    EXPECT_EQ(value(9), QStringLiteral("36:00"));          // [h]:mm
    EXPECT_EQ(value(10), QStringLiteral("#DIV/0!"));
    EXPECT_EQ(value(11), QStringLiteral("12345.678"));     // 0.00E+00 is no date
    EXPECT_EQ(value(12), QStringLiteral("2025-04-01"));    // built-in yyyy"年"m"月"d"日"
    EXPECT_EQ(value(13), QStringLiteral("7"));             // "年度"0: the y is quoted text
    // AB12: columns C…AA are empty strings.
    const QStringList far = s.rows.value(11);
    ASSERT_EQ(far.size(), 28);
    EXPECT_EQ(far.at(27), QStringLiteral("離れたセル"));
    for (int c = 2; c < 27; ++c)
        EXPECT_TRUE(far.at(c).isEmpty()) << c;
    EXPECT_EQ(s.rows.size(), 14);
}

TEST(XlsxReader, HandWrittenPartsDate1904RowsWithoutReferencesFuriganaAndEscapes)
{
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(fixture(QStringLiteral("handmade.xlsx")));
    // Workbook order, not sheetId order; part names from the relationships (absolute,
    // relative with .., percent-encoded), a hidden sheet included.
    QStringList names;
    for (const SpreadsheetSheet &s : sheets)
        names.append(s.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("データ"), QStringLiteral("Second"), QStringLiteral("隠し"), QStringLiteral("Prefixed"),
                                  QStringLiteral("DTD"), QStringLiteral("データ16"), QStringLiteral("Second16"),
                                  QStringLiteral("Prefixed16")}));
    ASSERT_EQ(sheets.size(), 8);
    EXPECT_TRUE(sheets.at(2).rows.isEmpty());

    const QList<QStringList> &d = sheets.at(0).rows;
    ASSERT_EQ(d.size(), 6);
    // Furigana (rPh) left out; rich text runs joined; xml:space="preserve" kept.
    EXPECT_EQ(d.at(0), (QStringList{QStringLiteral("住所"), QStringLiteral("太字 と 標準"), QStringLiteral("  前後に空白  ")}));
    // 1904 date system; t="d"; a [Red] format is no date.
    EXPECT_EQ(d.at(1), (QStringList{QStringLiteral("2025-04-01"), QStringLiteral("2025-04-02"), QStringLiteral("1234")}));
    EXPECT_TRUE(d.at(2).isEmpty());
    EXPECT_TRUE(d.at(3).isEmpty());
    // _x000D_ is a carriage return, _x005F_ an escaped underscore.
    EXPECT_EQ(d.at(4), (QStringList{QStringLiteral("一行目\r\n二行目 _x0041_"), QString(), QString(), QStringLiteral("インライン")}));
    // A row without r after row 5; formulas: cached number, cached string, none cached.
    EXPECT_EQ(d.at(5), (QStringList{QStringLiteral("2"), QStringLiteral("ab")}));

    // A1:B2 merged: TRUE in all four cells.
    EXPECT_EQ(sheets.at(1).rows, (QList<QStringList>{{QStringLiteral("TRUE"), QStringLiteral("TRUE"), QStringLiteral("#N/A")},
                                                    {QStringLiteral("TRUE"), QStringLiteral("TRUE")},
                                                    {QString(), QStringLiteral("0.1")}}));

    // Prefixed names, entities, character references, CDATA, comments, a processing instruction.
    const QString day = QDate(1904, 1, 1).addDays(45000).toString(Qt::ISODate);
    EXPECT_EQ(sheets.at(3).rows, (QList<QStringList>{{QStringLiteral("<タグ> & \"引用\" 'x' AB\U0001F600"),
                                                     QStringLiteral("<CDATA> & text"), QStringLiteral("12.5")},
                                                    {day, day}}));
    // A DTD and its entity.
    EXPECT_EQ(sheets.at(4).rows, QList<QStringList>{{QStringLiteral("みどり市")}});
}

namespace {

/// Collects the reader's debug log (which parser read which sheet).
QStringList gLog;
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("daicho.xlsx"))
        gLog.append(message);
}

} // namespace

TEST(XlsxReader, OwnScannerAndQXmlStreamReaderReadTheSameCells)
{
    // The UTF-16 twins go to QXmlStreamReader (the scanner reads UTF-8 only), the UTF-8 sheets
    // to the scanner, except the one with a DTD.
    gLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("daicho.xlsx.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(fixture(QStringLiteral("handmade.xlsx")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("daicho.xlsx.debug=false"));
    const QString log = gLog.join(QLatin1Char('\n'));
    for (const char *viaQt : {"DTD", "データ16", "Second16", "Prefixed16"})
        EXPECT_TRUE(log.contains(QStringLiteral("\"%1\"").arg(QString::fromUtf8(viaQt)))) << viaQt << qPrintable(log);
    EXPECT_EQ(gLog.size(), 4) << qPrintable(log);
    ASSERT_EQ(sheets.size(), 8);
    for (const auto &[utf8, utf16] : {std::pair{0, 5}, std::pair{1, 6}, std::pair{3, 7}}) {
        EXPECT_EQ(sheets.at(utf16).name, sheets.at(utf8).name + QStringLiteral("16"));
        EXPECT_EQ(sheets.at(utf16).rows, sheets.at(utf8).rows) << qPrintable(sheets.at(utf8).name);
    }
}

TEST(XlsxReader, ExcelFixtureImportsAsALedger)
{
    const RegisterData reg = fixtureRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    // The heading is the row with 名称: Excel's row 5 under the two-row heading, else row 4.
    for (const auto &[file, headerRow] : {std::pair{"excel-ledger.xlsx", 5}, std::pair{"excel-ledger-inline.xlsx", 4}}) {
        SCOPED_TRACE(file);
        const SpreadsheetSheet ledger = sheetNamed(XlsxReader::read(fixture(QString::fromUtf8(file))), QStringLiteral("台帳"));
        const LedgerImportResult r = LedgerImport::read(ledger.rows, reg, scheme);
        for (const ImportProblem &p : r.problems)
            ADD_FAILURE() << p.row << " " << qPrintable(p.column) << " " << qPrintable(p.value) << " " << qPrintable(p.reason);
        EXPECT_EQ(r.headerRow, headerRow);
        ASSERT_EQ(r.assets.size(), 4);
        const Asset &a = r.assets.at(0);
        EXPECT_EQ(a.number, QStringLiteral("0130-001"));
        EXPECT_EQ(a.departmentId, 1);
        EXPECT_EQ(a.name, QStringLiteral("住民基本台帳データ"));
        EXPECT_EQ(a.kind, AssetKind::InformationElectronic);
        EXPECT_EQ(a.confidentiality, QStringLiteral("3"));
        EXPECT_EQ(a.integrity, QStringLiteral("2"));
        EXPECT_EQ(a.availability, QStringLiteral("2"));
        EXPECT_TRUE(a.personalInfo);          // ○
        EXPECT_FALSE(a.sensitivePersonalInfo);
        EXPECT_TRUE(a.myNumber);              // 1
        EXPECT_EQ(a.subjectCount, 120000);    // a formula
        EXPECT_TRUE(a.encrypted);             // 有
        EXPECT_EQ(a.registeredOn, QDate(2025, 4, 1));
        EXPECT_EQ(a.retentionUntil, QDate(2030, 3, 31));
        EXPECT_EQ(a.managerId, 1);
        EXPECT_EQ(a.notes, QStringLiteral("住基・重要"));
        const Asset &b = r.assets.at(1);
        EXPECT_EQ(b.departmentId, 1); // by code
        EXPECT_EQ(b.kind, AssetKind::InformationPaper);
        EXPECT_EQ(b.registeredOn, QDate(2019, 5, 1));
        const Asset &c = r.assets.at(2);
        EXPECT_TRUE(c.sensitivePersonalInfo); // ✓
        EXPECT_TRUE(c.encrypted);
        EXPECT_EQ(c.subjectCount, 850);
        EXPECT_EQ(c.notes, QStringLiteral("複数行の\n備考"));
        EXPECT_EQ(r.assets.at(3).kind, AssetKind::Pc);
        EXPECT_TRUE(r.assets.at(3).encrypted); // 1
    }
}

TEST(XlsxReader, RoundTripThroughXlsxExportGivesTheSameAssets)
{
    const RegisterData reg = fullRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    const LedgerTable table = tableOf(reg);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("台帳.xlsx"));
    XlsxExport::write(table, {}, path);

    const QList<SpreadsheetSheet> sheets = XlsxReader::read(path);
    ASSERT_EQ(sheets.size(), 1);
    const QList<QStringList> &rows = sheets.first().rows;
    // The cells are the exported table's texts, the header at kHeaderRow.
    ASSERT_EQ(rows.size(), XlsxExport::kHeaderRow + 1 + table.rows.size());
    EXPECT_EQ(rows.at(0).first(), table.title);
    QStringList headers;
    for (const LedgerColumn &c : table.columns)
        headers.append(c.header);
    EXPECT_EQ(rows.at(XlsxExport::kHeaderRow), headers);
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList got = rows.at(XlsxExport::kHeaderRow + 1 + i);
        const QStringList want = trimmed(table.rows.at(i));
        EXPECT_EQ(got.size(), want.size()) << i;
        for (int c = 0; c < std::min(got.size(), want.size()); ++c)
            EXPECT_EQ(got.at(c), want.at(c)) << "row " << i << ", " << qPrintable(table.columns.at(c).header);
    }

    RegisterData target = reg;
    target.assets.clear();
    target.links.clear();
    const LedgerImportResult r = LedgerImport::read(rows, target, scheme);
    for (const ImportProblem &p : r.problems)
        ADD_FAILURE() << p.row << " " << qPrintable(p.column) << " " << qPrintable(p.value) << " " << qPrintable(p.reason);
    EXPECT_EQ(r.headerRow, XlsxExport::kHeaderRow + 1);
    ASSERT_EQ(r.assets.size(), reg.assets.size());
    EXPECT_EQ(r.systemRows, (QList<int>{-1, 0, -1, -1}));
    for (int i = 0; i < reg.assets.size(); ++i) {
        Asset expected = reg.assets.at(i);
        expected.id = 0;
        expected.systemId = 0; // a row of the file: systemRows
        EXPECT_EQ(r.assets.at(i), expected) << i;
    }
}

TEST(XlsxReader, OneSheetPerDepartmentReadsBackAsSheets)
{
    const RegisterData reg = fullRegister();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("per.xlsx"));
    XlsxExport::Options options;
    options.sheetPerDepartment = true;
    for (const Department &d : reg.departments)
        options.departmentNames.insert(d.id, d.name);
    XlsxExport::write(tableOf(reg), options, path);
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(path);
    QStringList names;
    int assets = 0;
    for (const SpreadsheetSheet &s : sheets) {
        names.append(s.name);
        assets += int(s.rows.size()) - XlsxExport::kHeaderRow - 1;
    }
    EXPECT_EQ(names, XlsxReader::sheetNames(path));
    EXPECT_EQ(names, (QStringList{QStringLiteral("情報政策課"), QStringLiteral("情報政策課 システム係"), QStringLiteral("税務課")}));
    EXPECT_EQ(assets, reg.assets.size());
}

TEST(XlsxReader, DamagedOrForeignFilesAreRefusedWithAMessage)
{
    TempDir dir;
    // Not there: a file error.
    EXPECT_TRUE(messageOf<FileError>(dir.path(QStringLiteral("missing.xlsx"))).contains(QStringLiteral("missing.xlsx")));
    try {
        XlsxReader::sheetNames(dir.path(QStringLiteral("missing.xlsx")));
        ADD_FAILURE() << "no error";
    } catch (const FileError &) {
    }

    // A CSV, an empty file, a legacy .xls (OLE compound file): not a workbook.
    const QString csv = dir.path(QStringLiteral("ledger.xlsx"));
    writeFile(csv, "管理番号,情報資産名称\r\nA-1,台帳\r\n");
    EXPECT_TRUE(messageOf<ValidationError>(csv).contains(QStringLiteral("ledger.xlsx")));
    const QString empty = dir.path(QStringLiteral("empty.xlsx"));
    writeFile(empty, {});
    EXPECT_FALSE(messageOf<ValidationError>(empty).isEmpty());
    const QString xls = dir.path(QStringLiteral("old.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
    EXPECT_TRUE(messageOf<ValidationError>(xls).contains(QStringLiteral(".xls")));

    // A zip without a workbook; a sheet cut in the middle of its XML; a cell beyond XFD.
    EXPECT_FALSE(messageOf<ValidationError>(fixture(QStringLiteral("damaged-no-workbook.xlsx"))).isEmpty());
    EXPECT_THROW(XlsxReader::sheetNames(fixture(QStringLiteral("damaged-no-workbook.xlsx"))), ValidationError);
    EXPECT_TRUE(messageOf<ValidationError>(fixture(QStringLiteral("damaged-truncated-xml.xlsx"))).contains(QStringLiteral("sheet1.xml")));
    // sheetNames() does not read the sheets, so it still lists the damaged one.
    EXPECT_EQ(XlsxReader::sheetNames(fixture(QStringLiteral("damaged-truncated-xml.xlsx"))), QStringList{QStringLiteral("Sheet1")});
    EXPECT_TRUE(messageOf<ValidationError>(fixture(QStringLiteral("damaged-bad-reference.xlsx"))).contains(QStringLiteral("XFE1")));

    // A part that would inflate to 600 MB is refused before it is inflated.
    const QString huge = messageOf<ValidationError>(fixture(QStringLiteral("damaged-declared-huge.xlsx")));
    EXPECT_TRUE(huge.contains(QStringLiteral("512"))) << qPrintable(huge);

    // The first half of a workbook: its table of contents (at the end) is missing.
    const QByteArray good = readFile(fixture(QStringLiteral("excel-ledger-inline.xlsx")));
    const QString half = dir.path(QStringLiteral("half.xlsx"));
    writeFile(half, good.left(good.size() / 2));
    EXPECT_FALSE(messageOf<ValidationError>(half).isEmpty());

    // Garbage in the compressed data of the ledger sheet: it does not inflate, or its CRC fails.
    const QByteArray name("xl/worksheets/sheet2.xml");
    qsizetype local = -1;
    for (qsizetype at = good.indexOf("PK\x03\x04"); at >= 0; at = good.indexOf("PK\x03\x04", at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(good.constData() + at + 26);
        if (good.mid(at + 30, nameLength) == name) {
            local = at;
            break;
        }
    }
    ASSERT_GE(local, 0);
    const qsizetype data = local + 30 + qFromLittleEndian<quint16>(good.constData() + local + 26)
                         + qFromLittleEndian<quint16>(good.constData() + local + 28);
    const quint32 compressed = qFromLittleEndian<quint32>(good.constData() + local + 18);
    ASSERT_GT(compressed, 200u);
    QByteArray bad = good;
    for (qsizetype i = data + compressed / 2; i < data + compressed / 2 + 64; ++i)
        bad[i] = char(bad.at(i) ^ 0x5A);
    const QString corrupt = dir.path(QStringLiteral("corrupt.xlsx"));
    writeFile(corrupt, bad);
    EXPECT_TRUE(messageOf<ValidationError>(corrupt).contains(QStringLiteral("sheet2.xml")));
    // The sheet names come from the intact workbook part.
    EXPECT_EQ(XlsxReader::sheetNames(corrupt).size(), 2);
}

#include "core/demogenerator.h"

TEST(XlsxReader, ALargeExportReadsBackRowForRowInEverySheet)
{
    // The export makes its rows on another core in blocks of 512: 1,300 assets cover whole
    // blocks, a partial last one and, one sheet per department, row lists that skip around.
    RegisterData reg = DemoGenerator::generate(1300, 7);
    reg.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    const LedgerTable table = tableOf(reg);
    TempDir dir;
    for (const bool perDepartment : {false, true}) {
        const QString path = dir.path(perDepartment ? QStringLiteral("per.xlsx") : QStringLiteral("one.xlsx"));
        XlsxExport::Options options;
        options.sheetPerDepartment = perDepartment;
        XlsxExport::write(table, options, path);
        const QList<SpreadsheetSheet> sheets = XlsxReader::read(path);
        QList<QStringList> got; // the data rows of every sheet, in sheet order
        for (const SpreadsheetSheet &sheet : sheets) {
            ASSERT_GT(sheet.rows.size(), XlsxExport::kHeaderRow) << qPrintable(sheet.name);
            for (qsizetype r = XlsxExport::kHeaderRow + 1; r < sheet.rows.size(); ++r)
                got.append(trimmed(sheet.rows.at(r)));
        }
        ASSERT_EQ(got.size(), table.rows.size()) << perDepartment;
        QList<QStringList> want;
        for (const QStringList &row : table.rows)
            want.append(trimmed(row));
        if (perDepartment) { // grouped by department: compare as sets of rows
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            ASSERT_EQ(got.at(i), want.at(i)) << "row " << i << (perDepartment ? " (per department)" : "");
    }
}
