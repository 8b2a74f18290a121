// LibreOffice as an independent reader of our workbooks: what it reads out of an exported
// ledger must be the exported table, and what XlsxReader reads must be the same cells.
#include "core/csvformat.h"
#include "core/xlsxexport.h"
#include "core/xlsxreader.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

LedgerTable awkwardTable()
{
    LedgerTable t;
    t.title = QStringLiteral("情報資産管理台帳");
    t.department = QStringLiteral("情報政策課");
    t.asOf = QDate(2025, 6, 1);
    t.classificationMark = QStringLiteral("機密性2");
    t.columns = {{QStringLiteral("number"), QStringLiteral("管理番号"), 12, false, {}},
                 {QStringLiteral("name"), QStringLiteral("情報資産名称"), 30, true, {}},
                 {QStringLiteral("confidentiality"), QStringLiteral("機密性"), 10, false,
                  {QStringLiteral("機密性1"), QStringLiteral("機密性2"), QStringLiteral("機密性3")}},
                 {QStringLiteral("personalInfo"), QStringLiteral("個人情報"), 8, false, {}},
                 {QStringLiteral("registeredOn"), QStringLiteral("登録日"), 10, false, {}},
                 {QStringLiteral("notes"), QStringLiteral("備考"), 30, true, {}}};
    // Texts a spreadsheet likes to turn into something else: leading zeros, numbers, dates,
    // formulas, full-width digits, quotes, commas and line breaks.
    t.rows = {{QStringLiteral("0110"), QStringLiteral("住民基本台帳データ & 附票"), QStringLiteral("機密性3"), QStringLiteral("〇"),
               QStringLiteral("R7.4.1"), QStringLiteral("注意, \"重要\"\n二行目")},
              {QStringLiteral("1e5"), QStringLiteral("=SUM(A1:A3)"), QStringLiteral("2"), QString(), QStringLiteral("2025/4/1"), QString()},
              {QStringLiteral("Ｔ－００１"), QStringLiteral("課税台帳（紙）"), QString(), QString(), QString(), QString()},
              {QStringLiteral("PC-012"), QStringLiteral("  前後に空白  "), QStringLiteral("機密性1"), QStringLiteral("〇"),
               QStringLiteral("令和元年5月1日"), QStringLiteral("<タグ> ＆ 'quote'")}};
    return t;
}

QStringList trimmed(QStringList cells)
{
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

QList<QStringList> trimmedRows(const QList<QStringList> &rows)
{
    QList<QStringList> out;
    for (const QStringList &r : rows)
        out.append(trimmed(r));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

TEST(XlsxLibreOffice, ExportedLedgerReadsTheSameInLibreOfficeAndXlsxReader)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "soffice (LibreOffice) is not installed";
    TempDir dir;
    const QString xlsx = dir.path(QStringLiteral("台帳.xlsx"));
    const LedgerTable table = awkwardTable();
    XlsxExport::write(table, {}, xlsx);

    // A private profile, so that this runs beside another LibreOffice and as root.
    const QString profile = dir.path(QStringLiteral("profile"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                      QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                      QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("--outdir"), dir.path(QStringLiteral("out")),
                      xlsx});
    ASSERT_TRUE(p.waitForFinished(60000)) << "LibreOffice did not finish";
    const QString log = QString::fromUtf8(p.readAll());
    ASSERT_EQ(p.exitCode(), 0) << qPrintable(log);
    QFile csv(dir.path(QStringLiteral("out/台帳.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << qPrintable(log);
    const QList<QStringList> office = trimmedRows(CsvFormat::read(csv.readAll()));
    RecordProperty("soffice_ms", int(timer.elapsed()));

    // LibreOffice sees the header at kHeaderRow and the table's texts below it, unchanged.
    QStringList headers;
    for (const LedgerColumn &c : table.columns)
        headers.append(c.header);
    QList<QStringList> expected{trimmed(headers)};
    for (const QStringList &r : table.rows)
        expected.append(trimmed(r));
    EXPECT_EQ(office.mid(XlsxExport::kHeaderRow), expected);
    EXPECT_EQ(office.value(0).value(0), table.title);

    // And XlsxReader reads every cell as LibreOffice does, the title rows included.
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(xlsx);
    ASSERT_EQ(sheets.size(), 1);
    EXPECT_EQ(trimmedRows(sheets.first().rows), office);
}
