#include "core/classificationengine.h"
#include "core/csvformat.h"
#include "core/exceptions.h"
#include "core/ledgercolumns.h"
#include "core/ledgerimport.h"
#include "testutil.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace daicho;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("ledger/") + name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(f.fileName());
    return f.readAll();
}

/// A small register: two departments (課 and its 係), a manager, one area, a system, a piece of
/// information on a PC, and a paper file.
RegisterData smallRegister()
{
    RegisterData d;
    d.title = QStringLiteral("みどり市 情報資産管理台帳");
    d.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    d.departments = {{1, QStringLiteral("IT"), QStringLiteral("情報政策課"), 0, QDate(), QDate()},
                     {2, QStringLiteral("IT-1"), QStringLiteral("情報政策課 システム係"), 1, QDate(), QDate()},
                     {3, QStringLiteral("TAX"), QStringLiteral("税務課"), 0, QDate(), QDate()}};
    d.people = {{1, QStringLiteral("山田 太郎"), 1, QStringList()}};
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
    sys.departmentId = 2;
    sys.name = QStringLiteral("住民記録システム");
    sys.kind = AssetKind::InformationSystem;
    sys.segment = NetworkSegment::MyNumber;
    sys.confidentiality = QStringLiteral("3");
    sys.registeredOn = QDate(2019, 5, 1);
    Asset info;
    info.id = 11;
    info.number = QStringLiteral("A-001");
    info.departmentId = 1;
    info.businessCategory = QStringLiteral("住民記録");
    info.name = QStringLiteral("住民基本台帳データ");
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
    info.notes = QStringLiteral("注意, \"重要\"\n二行目");
    Asset pc;
    pc.id = 12;
    pc.number = QStringLiteral("PC-012");
    pc.departmentId = 2;
    pc.name = QStringLiteral("事務用パソコン");
    pc.kind = AssetKind::Pc;
    pc.wireLocked = true;
    pc.usePlaceId = 4;
    pc.confidentiality = QStringLiteral("2");
    pc.registeredOn = QDate(2020, 1, 6);
    pc.retentionUntil = QDate(2029, 3, 31);
    Asset paper;
    paper.id = 13;
    paper.number = QStringLiteral("T-001");
    paper.departmentId = 3;
    paper.name = QStringLiteral("課税台帳（紙）");
    paper.kind = AssetKind::InformationPaper;
    paper.segment = NetworkSegment::NotApplicable;
    paper.confidentiality = QStringLiteral("2");
    paper.status = AssetStatus::Disposed;
    d.assets = {sys, info, pc, paper};
    d.links = {{1, 11, 12, LinkType::StoredOn}};
    return d;
}

LedgerTable tableOf(const RegisterData &d, const LedgerOptions &options = {})
{
    ClassificationEngine engine(ClassificationScheme::fromJson(d.scheme));
    engine.compute(d.assets, d.links);
    LedgerOptions o = options;
    if (!o.asOf.isValid())
        o.asOf = QDate(2025, 6, 1);
    return LedgerColumns::build(d, engine.scheme(), engine, o);
}

QList<QStringList> csvRows(const LedgerTable &t)
{
    QStringList headers;
    for (const LedgerColumn &c : t.columns)
        headers.append(c.header);
    QList<QStringList> rows{headers};
    rows.append(t.rows);
    return rows;
}

int col(const LedgerTable &t, const QString &key)
{
    for (int i = 0; i < t.columns.size(); ++i) {
        if (t.columns.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

TEST(LedgerColumns, ValuesAreWhatAMunicipalUserExpects)
{
    const LedgerTable t = tableOf(smallRegister());
    ASSERT_EQ(t.rows.size(), 4);
    const QStringList &info = t.rows.at(1);
    EXPECT_EQ(info.at(col(t, QStringLiteral("number"))), QStringLiteral("A-001"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("departmentId"))), QStringLiteral("情報政策課"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("systemId"))), QStringLiteral("住民記録システム"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("managerId"))), QStringLiteral("山田 太郎"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("personalInfo"))), QStringLiteral("〇"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("sensitivePersonalInfo"))), QString());
    EXPECT_EQ(info.at(col(t, QStringLiteral("confidentiality"))), QStringLiteral("機密性3"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("registeredOn"))), QStringLiteral("R7.4.1"));
    EXPECT_EQ(info.at(col(t, QStringLiteral("restrictions"))), QStringLiteral("複製禁止、持出禁止"));
    EXPECT_EQ(t.rows.at(0).at(col(t, QStringLiteral("registeredOn"))), QStringLiteral("R1.5.1"));
    // The PC holds 機密性3 information: its effective confidentiality is 3, its own 2.
    const QStringList &pc = t.rows.at(2);
    EXPECT_EQ(pc.at(col(t, QStringLiteral("confidentiality"))), QStringLiteral("機密性2"));
    EXPECT_EQ(pc.at(col(t, QStringLiteral("effective:C"))), QStringLiteral("機密性3"));
    EXPECT_EQ(pc.at(col(t, QStringLiteral("usePlaceId"))), QStringLiteral("本庁舎敷地＞本庁舎＞3階＞執務室"));
    EXPECT_EQ(t.classificationMark, QStringLiteral("機密性3"));

    LedgerOptions iso;
    iso.dateStyle = LedgerOptions::DateStyle::Iso;
    iso.columns = {QStringLiteral("name"), QStringLiteral("registeredOn")};
    const LedgerTable t2 = tableOf(smallRegister(), iso);
    ASSERT_EQ(t2.columns.size(), 2);
    EXPECT_EQ(t2.rows.at(1), (QStringList{QStringLiteral("住民基本台帳データ"), QStringLiteral("2025-04-01")}));
}

TEST(LedgerColumns, DepartmentFilterTakesSubDepartmentsAndUnknownKeysAreRefused)
{
    LedgerOptions o;
    o.departmentCode = QStringLiteral("IT");
    const LedgerTable t = tableOf(smallRegister(), o);
    EXPECT_EQ(t.rows.size(), 3); // 情報政策課 and its システム係, not 税務課
    EXPECT_EQ(t.department, QStringLiteral("情報政策課"));
    EXPECT_EQ(t.rowDepartments, (QList<Id>{2, 1, 2}));
    o.departmentCode = QStringLiteral("NOPE");
    EXPECT_THROW(tableOf(smallRegister(), o), ValidationError);
    LedgerOptions bad;
    bad.columns = {QStringLiteral("number"), QStringLiteral("colour")};
    EXPECT_THROW(tableOf(smallRegister(), bad), ValidationError);
}

TEST(CsvFormat, GoldenUtf8AndCp932AreByteExact)
{
    const QList<QStringList> rows = csvRows(tableOf(smallRegister()));
    const QByteArray utf8 = CsvFormat::write(rows);
    const QByteArray cp932 = CsvFormat::write(rows, CsvFormat::Encoding::Cp932);
    if (qEnvironmentVariableIsSet("DAICHO_WRITE_GOLDEN")) {
        QFile a(test::dataPath(QStringLiteral("ledger/small-utf8bom.csv")));
        ASSERT_TRUE(a.open(QIODevice::WriteOnly));
        a.write(utf8);
    }
    EXPECT_EQ(utf8, readData(QStringLiteral("small-utf8bom.csv")));
    // small-cp932.csv was made with iconv -f UTF-8 -t CP932 from the UTF-8 file without its BOM.
    EXPECT_EQ(cp932, readData(QStringLiteral("small-cp932.csv")));
    EXPECT_TRUE(utf8.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(utf8.contains("\"注意, \"\"重要\"\"\n二行目\"")); // quoted, quote doubled, newline kept
    EXPECT_TRUE(utf8.endsWith("\r\n"));
    // Read back: the same rows, from either encoding.
    CsvFormat::Encoding e = CsvFormat::Encoding::Utf8;
    EXPECT_EQ(CsvFormat::read(utf8, &e), rows);
    EXPECT_EQ(e, CsvFormat::Encoding::Utf8Bom);
    EXPECT_EQ(CsvFormat::read(cp932, &e), rows);
    EXPECT_EQ(e, CsvFormat::Encoding::Cp932);
}

TEST(CsvFormat, ACharacterCp932LacksStopsTheExportNamingRowAndColumn)
{
    RegisterData d = smallRegister();
    d.assets[2].name = QStringLiteral("𠮷野家の端末");
    const QList<QStringList> rows = csvRows(tableOf(d));
    try {
        CsvFormat::write(rows, CsvFormat::Encoding::Cp932);
        FAIL() << "no error";
    } catch (const ValidationError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Row 4"))) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(QStringLiteral("Asset name"))) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(QStringLiteral("𠮷"))) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(QStringLiteral("U+20BB7"))) << qPrintable(e.message());
    }
    d.assets[2].name = QStringLiteral("端末😀");
    EXPECT_THROW(CsvFormat::write(csvRows(tableOf(d)), CsvFormat::Encoding::Cp932), ValidationError);
    EXPECT_NO_THROW(CsvFormat::write(csvRows(tableOf(d)))); // UTF-8 holds everything
}

TEST(CsvFormat, ParserHandlesQuotesNewlinesAndBadInput)
{
    EXPECT_EQ(CsvFormat::parse(QStringLiteral("a,\"b,c\",\"d\"\"e\"\r\n\"x\ny\",,z")),
              (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")},
                                  {QStringLiteral("x\ny"), QString(), QStringLiteral("z")}}));
    EXPECT_EQ(CsvFormat::parse(QStringLiteral("a\nb\n")), (QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}}));
    EXPECT_THROW(CsvFormat::parse(QStringLiteral("a,\"open\n")), ValidationError);
    // What spreadsheets also write: CR line ends, blank lines, a trailing separator, text after
    // a closing quote and a stray quote inside a field (both kept as they are).
    EXPECT_EQ(CsvFormat::parse(QStringLiteral("a,b,\r\rc\"d,\"e\"f\r")),
              (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QString()},
                                  {QString()},
                                  {QStringLiteral("c\"d"), QStringLiteral("ef")}}));
    EXPECT_EQ(CsvFormat::parse(QString()), QList<QStringList>());
    EXPECT_EQ(CsvFormat::parse(QStringLiteral("\"\"")), (QList<QStringList>{{QString()}}));
    try {
        CsvFormat::parse(QStringLiteral("a\nb\n\"x\ny"));
        ADD_FAILURE() << "no error";
    } catch (const ValidationError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1Char('3'))) << qPrintable(e.message()); // the quote opens on line 3
    }
    EXPECT_EQ(CsvFormat::decode(QByteArray("\x93\xfa\x96\x7b\x8c\xea")), QStringLiteral("日本語"));
    EXPECT_THROW(CsvFormat::decode(QByteArray("\xff\xff\xff\x80")), ValidationError);
}

TEST(LedgerImport, Cp932FixtureWithTitleRowsVariantsWarekiAndFlags)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    RegisterData target = reg;
    target.assets.clear();
    target.links.clear();
    CsvFormat::Encoding e = CsvFormat::Encoding::Utf8;
    const QList<QStringList> rows = CsvFormat::read(readData(QStringLiteral("import-cp932.csv")), &e);
    EXPECT_EQ(e, CsvFormat::Encoding::Cp932);
    const LedgerImportResult r = LedgerImport::read(rows, target, scheme);
    for (const ImportProblem &p : r.problems)
        ADD_FAILURE() << p.row << " " << qPrintable(p.column) << " " << qPrintable(p.value) << " " << qPrintable(p.reason);
    EXPECT_EQ(r.headerRow, 4);
    ASSERT_EQ(r.assets.size(), 2);
    const Asset &a = r.assets.at(0);
    EXPECT_EQ(a.number, QStringLiteral("Ａ－００１")); // values are kept as written
    EXPECT_EQ(a.departmentId, 1);
    EXPECT_EQ(a.name, QStringLiteral("住民基本台帳データ"));
    EXPECT_EQ(a.kind, AssetKind::InformationElectronic);
    EXPECT_EQ(a.confidentiality, QStringLiteral("3"));
    EXPECT_EQ(a.integrity, QStringLiteral("2"));
    EXPECT_TRUE(a.personalInfo);
    EXPECT_TRUE(a.sensitivePersonalInfo);
    EXPECT_EQ(a.retentionUntil, QDate(2030, 3, 31));
    EXPECT_EQ(a.registeredOn, QDate(2025, 4, 1));
    EXPECT_EQ(a.notes, QStringLiteral("住基, 重要"));
    EXPECT_EQ(a.managerId, 1);
    const Asset &b = r.assets.at(1);
    EXPECT_EQ(b.departmentId, 1); // by code
    EXPECT_EQ(b.kind, AssetKind::InformationPaper);
    EXPECT_EQ(b.confidentiality, QStringLiteral("1"));
    EXPECT_EQ(b.integrity, QStringLiteral("1"));
    EXPECT_FALSE(b.personalInfo);
    EXPECT_FALSE(b.sensitivePersonalInfo);
    EXPECT_EQ(b.registeredOn, QDate(2019, 5, 1)); // 令和元年
}

TEST(LedgerImport, ProblemsAreCollectedWithRowColumnValueAndReason)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral(
        "管理番号,情報資産名称,所属,機密性,個人情報,登録日,色\r\n"
        "A-001,既存と重複,IT,機密性3,〇,R7.4.1,赤\r\n"
        "N-1,,総務課,機密性9,たぶん,R7.2.30,\r\n"
        "N-2,良い行,TAX,2,1,2025-04-01,\r\n"
        "N-2,重複,TAX,2,0,2025/4/1,\r\n"));
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme);
    EXPECT_FALSE(r.ok());
    auto has = [&](int row, const QString &column) {
        for (const ImportProblem &p : r.problems) {
            if (p.row == row && p.column == column && !p.reason.isEmpty())
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(1, QStringLiteral("色")));      // unknown column
    EXPECT_TRUE(has(2, QStringLiteral("管理番号"))); // already in the register
    EXPECT_TRUE(has(3, QStringLiteral("情報資産名称")));
    EXPECT_TRUE(has(3, QStringLiteral("所属")));
    EXPECT_TRUE(has(3, QStringLiteral("機密性")));
    EXPECT_TRUE(has(3, QStringLiteral("個人情報")));
    EXPECT_TRUE(has(3, QStringLiteral("登録日")));
    EXPECT_TRUE(has(5, QStringLiteral("管理番号"))); // twice in the file
    EXPECT_FALSE(has(4, QStringLiteral("機密性")));
    // With unknown columns going to the notes, the colour is kept there.
    LedgerImportOptions toNotes;
    toNotes.unknownColumnsToNotes = true;
    const LedgerImportResult r2 = LedgerImport::read(rows.mid(0, 1) + rows.mid(3, 1), reg, scheme, toNotes);
    EXPECT_TRUE(r2.ok());
    ASSERT_EQ(r2.assets.size(), 1);
    EXPECT_EQ(r2.problems.size(), 0);
    const QList<QStringList> report = LedgerImport::problemTable(r.problems);
    EXPECT_EQ(report.size(), r.problems.size() + 1);
}

TEST(LedgerImport, UnknownColumnGoesToNotesWhenAsked)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral("Management number,Asset name,Department,Colour,Notes\n"
                                                                    "X-1,Thing,IT,red,old note\n"));
    EXPECT_FALSE(LedgerImport::read(rows, reg, scheme).ok());
    LedgerImportOptions o;
    o.unknownColumnsToNotes = true;
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme, o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.assets.first().notes, QStringLiteral("old note\nColour: red"));
}

TEST(LedgerImport, RoundTripGivesTheSameAssetsOnTheExportedFields)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    for (const auto encoding : {CsvFormat::Encoding::Utf8Bom, CsvFormat::Encoding::Cp932}) {
        const QByteArray bytes = CsvFormat::write(csvRows(tableOf(reg)), encoding);
        RegisterData target = reg;
        target.assets.clear();
        target.links.clear();
        const LedgerImportResult r = LedgerImport::read(CsvFormat::read(bytes), target, scheme);
        for (const ImportProblem &p : r.problems)
            ADD_FAILURE() << p.row << " " << qPrintable(p.column) << " " << qPrintable(p.value) << " " << qPrintable(p.reason);
        ASSERT_EQ(r.assets.size(), reg.assets.size());
        EXPECT_EQ(r.systemRows, (QList<int>{-1, 0, -1, -1}));
        for (int i = 0; i < reg.assets.size(); ++i) {
            Asset expected = reg.assets.at(i);
            Asset got = r.assets.at(i);
            // Not exported: ids, measures, marker points; the system is a row of the file.
            expected.id = 0;
            expected.systemId = 0;
            EXPECT_EQ(got, expected) << i;
        }
    }
}

TEST(LedgerImport, HeaderMergedOverTwoRowsIsFoundOnItsLowerRow)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    // An Excel header merged over two rows, as XlsxReader gives it (the merged value in every cell).
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral(
        "情報資産管理台帳,,,,\n"
        "管理番号,情報資産名称,重要性分類,重要性分類,重要性分類\n"
        "管理番号,情報資産名称,機密性,完全性,可用性\n"
        "X-1,申請書,3,2,2\n"));
    EXPECT_EQ(LedgerImport::findHeaderRow(rows, scheme), 3);
    LedgerImportOptions o;
    o.departmentCode = QStringLiteral("IT");
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme, o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).reason);
    ASSERT_EQ(r.assets.size(), 1);
    EXPECT_EQ(r.assets.first().confidentiality, QStringLiteral("3"));
    EXPECT_EQ(r.assets.first().availability, QStringLiteral("2"));
}

TEST(LedgerImport, HeaderRowAndColumnMappingCanBeChosen)
{
    const RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    // Headings nobody recognises: the user names the row and maps the columns.
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral("台帳\n番,資産のなまえ,色\nX-1,申請書,赤\n"));
    EXPECT_FALSE(LedgerImport::read(rows, reg, scheme).ok());
    LedgerImportOptions o;
    o.departmentCode = QStringLiteral("IT");
    o.headerRow = 2;
    o.columnKeys = {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("-")};
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme, o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).reason);
    EXPECT_EQ(r.assets.first().number, QStringLiteral("X-1"));
    EXPECT_EQ(r.assets.first().name, QStringLiteral("申請書"));
    EXPECT_TRUE(r.assets.first().notes.isEmpty()); // the ignored column is dropped, as asked

    o.headerRow = 9;
    const LedgerImportResult outside = LedgerImport::read(rows, reg, scheme, o);
    ASSERT_EQ(outside.problems.size(), 1);
    EXPECT_EQ(outside.headerRow, 0);
    o.headerRow = 2;
    o.columnKeys = {QStringLiteral("number")};
    EXPECT_FALSE(LedgerImport::read(rows, reg, scheme, o).ok()); // no name column
}

TEST(LedgerImport, MissingDepartmentsPeopleAndNumbersAreCreatedWhenAsked)
{
    RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral(
        "管理番号,情報資産名称,所属,管理者\n"
        ",申請書,市民課,佐藤 花子\n"
        "A-005,届出書,市民課,佐藤 花子\n"
        ",台帳,情報政策課,鈴木 一郎\n"));
    const LedgerImportResult refused = LedgerImport::read(rows, reg, scheme);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.newDepartments.isEmpty());

    LedgerImportOptions o;
    o.createMissing = true;
    o.numberMissing = true;
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme, o);
    for (const ImportProblem &p : r.problems)
        ADD_FAILURE() << p.row << " " << qPrintable(p.column) << " " << qPrintable(p.value) << " " << qPrintable(p.reason);
    ASSERT_EQ(r.assets.size(), 3);
    ASSERT_EQ(r.newDepartments.size(), 1); // 市民課 once, 情報政策課 exists
    const Department &dep = r.newDepartments.first();
    EXPECT_EQ(dep.name, QStringLiteral("市民課"));
    EXPECT_EQ(dep.id, 4);
    EXPECT_FALSE(dep.code.isEmpty());
    ASSERT_EQ(r.newPeople.size(), 2); // 佐藤 once, in 市民課; 鈴木 in 情報政策課
    EXPECT_EQ(r.newPeople.at(0).departmentId, dep.id);
    EXPECT_EQ(r.newPeople.at(1).departmentId, 1);
    EXPECT_EQ(r.assets.at(0).departmentId, dep.id);
    EXPECT_EQ(r.assets.at(0).managerId, r.newPeople.at(0).id);
    EXPECT_EQ(r.assets.at(1).managerId, r.newPeople.at(0).id);
    // Numbered after the register's highest number (PC-012).
    EXPECT_EQ(r.numbered, 2);
    EXPECT_EQ(r.assets.at(0).number, QStringLiteral("PC-013"));
    EXPECT_EQ(r.assets.at(2).number, QStringLiteral("PC-014"));
    // Numbers the file itself uses are skipped.
    const LedgerImportResult r2 = LedgerImport::read(
        CsvFormat::parse(QStringLiteral("管理番号,情報資産名称,所属\n,申請書,IT\nPC-013,届出書,IT\n")), reg, scheme, o);
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r2.assets.at(0).number, QStringLiteral("PC-014"));
}

TEST(CsvFormat, RowSourceWrittenInParallelBlocksIsTheSameFileAndStopsAtTheFirstBadRow)
{
    // 5,000 rows: several blocks, formatted on several threads.
    LedgerTable table;
    table.columns = {LedgerColumn{QStringLiteral("number"), QStringLiteral("管理番号"), 12, false, {}},
                     LedgerColumn{QStringLiteral("notes"), QStringLiteral("備考"), 30, true, {}}};
    for (int i = 0; i < 5000; ++i) {
        table.rows.append({QStringLiteral("A-%1").arg(i, 5, 10, QLatin1Char('0')),
                           i % 7 ? QStringLiteral("備考 %1").arg(i) : QStringLiteral("\"引用\", 改行\n%1").arg(i)});
        table.rowDepartments.append(1);
    }
    QList<QStringList> all{{QStringLiteral("管理番号"), QStringLiteral("備考")}};
    all.append(table.rows);
    for (const auto encoding : {CsvFormat::Encoding::Utf8Bom, CsvFormat::Encoding::Cp932}) {
        QByteArray streamed;
        int pieces = 0;
        CsvFormat::write(LedgerTableRows(table), encoding, [&](const QByteArray &b) {
            streamed += b;
            ++pieces;
        });
        EXPECT_EQ(streamed, CsvFormat::write(all, encoding));
        EXPECT_GT(pieces, 2);
    }
    // Two rows CP932 cannot hold, in different blocks: the first one is named, and the sink has
    // seen only whole rows before it.
    table.rows[3000][1] = QStringLiteral("〜");
    table.rows[4500][1] = QStringLiteral("🙂");
    QByteArray before;
    try {
        CsvFormat::write(LedgerTableRows(table), CsvFormat::Encoding::Cp932, [&](const QByteArray &b) { before += b; });
        ADD_FAILURE() << "no error";
    } catch (const ValidationError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("3002"))) << qPrintable(e.message()); // record 3002 of the file
        EXPECT_TRUE(e.message().contains(QStringLiteral("U+301C"))) << qPrintable(e.message());
    }
    EXPECT_LE(CsvFormat::read(before).size(), 3001);
}

TEST(LedgerImport, ExcelSerialDatesAndDepartmentCodesFromASpreadsheet)
{
    RegisterData reg = smallRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    // A date whose 和暦 format a spreadsheet dropped arrives as its serial (45748 = 2025-04-01);
    // a department given by an unknown code becomes a department with that code.
    const QList<QStringList> rows = CsvFormat::parse(QStringLiteral(
        "管理番号,情報資産名称,所属,登録日\nX-1,申請書,0130,45748\nX-2,届出書,0130,R7.4.2\n"));
    LedgerImportOptions o;
    o.createMissing = true;
    const LedgerImportResult r = LedgerImport::read(rows, reg, scheme, o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).reason);
    EXPECT_EQ(r.assets.at(0).registeredOn, QDate(2025, 4, 1));
    EXPECT_EQ(r.assets.at(1).registeredOn, QDate(2025, 4, 2));
    ASSERT_EQ(r.newDepartments.size(), 1);
    EXPECT_EQ(r.newDepartments.first().code, QStringLiteral("0130"));
    EXPECT_EQ(r.assets.at(1).departmentId, r.newDepartments.first().id);
}
