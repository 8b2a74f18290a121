#include "core/exceptions.h"
#include "core/xlsxexport.h"
#include "core/xlsxreader.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

LedgerTable sample()
{
    LedgerTable t;
    t.title = QStringLiteral("情報資産管理台帳");
    t.department = QStringLiteral("総務課");
    t.asOf = QDate(2026, 11, 22);
    t.classificationMark = QStringLiteral("機密性2");
    t.columns = {{QStringLiteral("number"), QStringLiteral("管理番号"), 12, false, {}},
                 {QStringLiteral("name"), QStringLiteral("情報資産名称"), 30, true, {}},
                 {QStringLiteral("confidentiality"), QStringLiteral("機密性"), 10, false,
                  {QStringLiteral("機密性1"), QStringLiteral("機密性2"), QStringLiteral("機密性3")}}};
    t.rows = {{QStringLiteral("0110-0001"), QStringLiteral("住民基本台帳データ & 附票"), QStringLiteral("機密性3")},
              {QStringLiteral("0210-0001"), QStringLiteral("広報原稿"), QString()}};
    t.rowDepartments = {1, 2};
    return t;
}

/// One part of the xlsx (a zip), through unzip; empty when the tool is missing.
QString part(const QString &xlsx, const QString &name)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(XlsxExport, WritesTitleHeaderRowsAndPrintSettings)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("台帳.xlsx"));
    XlsxExport::write(sample(), {}, path);
    ASSERT_TRUE(QFile::exists(path));
    const QString sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        GTEST_SKIP() << "unzip is needed to look inside the workbook";
    for (const char *text : {"情報資産管理台帳", "総務課", "令和8年11月22日", "機密性2", "管理番号",
                             "住民基本台帳データ &amp; 附票", "0210-0001"})
        EXPECT_TRUE(sheet.contains(QString::fromUtf8(text))) << text;
    EXPECT_TRUE(sheet.contains(XlsxExport::tr("Department: %1").arg(QStringLiteral("総務課"))));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A4:C6\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"4\"")));                         // frozen header
    EXPECT_TRUE(sheet.contains(QStringLiteral("<dataValidation type=\"list\"")));       // drop-down
    EXPECT_TRUE(sheet.contains(QStringLiteral("orientation=\"landscape\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("paperSize=\"9\"")));                     // A4
    EXPECT_TRUE(sheet.contains(QStringLiteral("fitToHeight=\"0\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("- &amp;P -")));                          // page numbers
    const QString book = part(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(book.contains(QStringLiteral("_xlnm.Print_Titles")));                   // header repeated
}

TEST(XlsxExport, OneSheetPerDepartment)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("per.xlsx"));
    XlsxExport::Options options;
    options.sheetPerDepartment = true;
    options.paper = XlsxExport::Paper::A3;
    options.departmentNames = {{1, QStringLiteral("総務課")}, {2, QStringLiteral("広報課/広聴係")}};
    XlsxExport::write(sample(), options, path);
    const QString book = part(path, QStringLiteral("xl/workbook.xml"));
    if (book.isEmpty())
        GTEST_SKIP() << "unzip is needed to look inside the workbook";
    EXPECT_TRUE(book.contains(QStringLiteral("name=\"総務課\"")));
    EXPECT_TRUE(book.contains(QStringLiteral("name=\"広報課_広聴係\""))); // '/' is not allowed in a sheet name
    // Sheets in the order of the departments' names: 広報課 before 総務課.
    const QString first = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(first.contains(QStringLiteral("広報原稿")));
    EXPECT_FALSE(first.contains(QStringLiteral("0110-0001")));
    EXPECT_TRUE(first.contains(QStringLiteral("paperSize=\"8\""))); // A3
    EXPECT_TRUE(part(path, QStringLiteral("xl/worksheets/sheet2.xml")).contains(QStringLiteral("0110-0001")));
}

TEST(XlsxExport, AnUnwritablePathIsAFileError)
{
    try {
        XlsxExport::write(sample(), {}, QStringLiteral("/nonexistent-dir/台帳.xlsx"));
        FAIL() << "no error";
    } catch (const FileError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("台帳.xlsx")));
    }
}

} // namespace

TEST(XlsxExport, SheetAndStylesMatchTheGoldenFiles)
{
    // The parts of the workbook without a time stamp, byte for byte. After a deliberate change,
    // run with DAICHO_UPDATE_GOLDEN=1 to rewrite them, and look at the workbook in a spreadsheet.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("golden.xlsx"));
    XlsxExport::write(sample(), {}, path);
    for (const auto &[name, golden] : {std::pair{"xl/worksheets/sheet1.xml", "ledger/golden-sheet1.xml"},
                                       std::pair{"xl/styles.xml", "ledger/golden-styles.xml"},
                                       std::pair{"xl/workbook.xml", "ledger/golden-workbook.xml"}}) {
        const QString actual = part(path, QString::fromLatin1(name));
        if (actual.isEmpty())
            GTEST_SKIP() << "unzip is needed to look inside the workbook";
        QFile f(test::dataPath(QString::fromLatin1(golden)));
        if (qEnvironmentVariableIsSet("DAICHO_UPDATE_GOLDEN")) {
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
            continue;
        }
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << golden;
        EXPECT_EQ(actual, QString::fromUtf8(f.readAll())) << name;
    }
}

TEST(XlsxExport, TextThatLooksLikeAnExcelEscapeReadsBackUnchanged)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("escape.xlsx"));
    LedgerTable t = sample();
    t.rows[1][1] = QStringLiteral("a_x000D_b _X0041_ c_x12_");
    XlsxExport::write(t, {}, path);
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(path);
    ASSERT_EQ(sheets.size(), 1);
    ASSERT_GT(sheets.first().rows.size(), XlsxExport::kHeaderRow + 2);
    EXPECT_EQ(sheets.first().rows.at(XlsxExport::kHeaderRow + 2).value(1), t.rows[1][1]);
}
