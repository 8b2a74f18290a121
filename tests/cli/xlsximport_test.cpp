// daicho-cli import of Excel ledgers (.xlsx): the sheet found or chosen, dry run and import,
// damaged workbooks refused with nothing written.
#include "core/csvformat.h"
#include "cli/clirunner.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using daicho::test::TempDir;

namespace {

using Result = daicho::test::CliResult;
using daicho::test::readAll;

Result cli(const QStringList &args, const QStringList &unset = {}) { return daicho::test::runCli(args, unset); }

QString fixture(const QString &name) { return daicho::test::dataPath(QStringLiteral("ledger/") + name); }

/// A demo register (its 情報政策課 has the code 0130, as in the fixtures) and its JSON export.
class XlsxImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("20")}).code, 0);
        before = exported();
    }
    QByteArray exported()
    {
        const QString json = dir.path(QStringLiteral("export.json"));
        EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), json}).code, 0);
        return readAll(json);
    }
    QJsonObject asset(const QByteArray &json, const QString &number)
    {
        for (const QJsonValue &a : QJsonDocument::fromJson(json).object().value(QStringLiteral("assets")).toArray()) {
            if (a.toObject().value(QStringLiteral("number")).toString() == number)
                return a.toObject();
        }
        return {};
    }
    Result import(const QString &input, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("import"), reg, input} + more);
    }

    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    QByteArray before;
};

} // namespace

TEST_F(XlsxImport, DryRunThenImportOfAnExcelLedgerFoundAfterItsInstructionsSheet)
{
    // No --format: the extension says xlsx. The first sheet (記入要領) has no header row.
    const Result dry = import(fixture(QStringLiteral("excel-ledger.xlsx")), {QStringLiteral("--create-missing"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.code, 0) << qPrintable(dry.err);
    EXPECT_TRUE(dry.out.contains(QStringLiteral("台帳"))) << qPrintable(dry.out);
    EXPECT_TRUE(dry.out.contains(QStringLiteral("山田 太郎"))) << qPrintable(dry.out); // a new member of staff
    EXPECT_EQ(exported(), before);

    const Result real = import(fixture(QStringLiteral("excel-ledger.xlsx")), {QStringLiteral("--create-missing")});
    ASSERT_EQ(real.code, 0) << qPrintable(real.err);
    const QByteArray after = exported();
    EXPECT_EQ(QJsonDocument::fromJson(after).object().value(QStringLiteral("assets")).toArray().size(),
              QJsonDocument::fromJson(before).object().value(QStringLiteral("assets")).toArray().size() + 4);
    const QJsonObject a = asset(after, QStringLiteral("0130-001"));
    EXPECT_EQ(a.value(QStringLiteral("name")).toString(), QStringLiteral("住民基本台帳データ"));
    EXPECT_EQ(a.value(QStringLiteral("confidentiality")).toString(), QStringLiteral("3"));
    EXPECT_EQ(a.value(QStringLiteral("registeredOn")).toString(), QStringLiteral("2025-04-01"));   // a serial date
    EXPECT_EQ(a.value(QStringLiteral("retentionUntil")).toString(), QStringLiteral("2030-03-31")); // 和暦 format
    EXPECT_EQ(a.value(QStringLiteral("subjectCount")).toInt(), 120000);                            // a formula
    EXPECT_TRUE(a.value(QStringLiteral("myNumber")).toBool());
    EXPECT_EQ(a.value(QStringLiteral("notes")).toString(), QStringLiteral("住基・重要"));
    EXPECT_EQ(asset(after, QStringLiteral("0130-003")).value(QStringLiteral("notes")).toString(), QStringLiteral("複数行の\n備考"));
    EXPECT_EQ(cli({QStringLiteral("verify"), reg}).code, 0);

    // Again: the 管理番号 are taken now, and nothing changes.
    EXPECT_EQ(import(fixture(QStringLiteral("excel-ledger.xlsx")), {QStringLiteral("--create-missing")}).code, 1);
    EXPECT_EQ(exported(), after);
}

TEST_F(XlsxImport, SheetOptionChoosesTheSheet)
{
    const QString workbook = fixture(QStringLiteral("excel-ledger-inline.xlsx"));
    // The cover sheet has no ledger: refused, with the reason.
    const Result cover = import(workbook, {QStringLiteral("--sheet"), QStringLiteral("表紙"), QStringLiteral("--dry-run")});
    EXPECT_EQ(cover.code, 1);
    EXPECT_FALSE(cover.err.isEmpty());
    const Result ledger = import(workbook, {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--sheet"),
                                            QStringLiteral("台帳"), QStringLiteral("--create-missing"), QStringLiteral("--dry-run")});
    EXPECT_EQ(ledger.code, 0) << qPrintable(ledger.err);
    // A sheet the workbook does not have, and --sheet for a CSV: usage errors.
    const Result none = import(workbook, {QStringLiteral("--sheet"), QStringLiteral("存在しない")});
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("表紙, 台帳"))) << qPrintable(none.err);
    EXPECT_EQ(import(fixture(QStringLiteral("import-source-utf8.csv")), {QStringLiteral("--sheet"), QStringLiteral("台帳")}).code, 2);
    EXPECT_EQ(exported(), before);
}

TEST_F(XlsxImport, DamagedWorkbooksAreRefusedAndNothingIsWritten)
{
    const QString notZip = dir.path(QStringLiteral("ledger.xlsx"));
    {
        QFile f(notZip);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("管理番号,情報資産名称\r\nX-1,台帳\r\n");
    }
    for (const QString &input : {fixture(QStringLiteral("damaged-truncated-xml.xlsx")), fixture(QStringLiteral("damaged-no-workbook.xlsx")),
                                 fixture(QStringLiteral("damaged-declared-huge.xlsx")), notZip}) {
        SCOPED_TRACE(qPrintable(input));
        const QString report = dir.path(QStringLiteral("report.csv"));
        const Result r = import(input, {QStringLiteral("--report"), report});
        EXPECT_EQ(r.code, 1) << qPrintable(r.err);
        EXPECT_FALSE(r.err.isEmpty());
        const QList<QStringList> rows = daicho::CsvFormat::read(readAll(report));
        ASSERT_EQ(rows.size(), 2); // the header and the one problem: the file as a whole
        EXPECT_TRUE(rows.at(1).value(0).isEmpty());
        EXPECT_FALSE(rows.at(1).value(3).isEmpty());
    }
    // A workbook that is not there is a file error.
    EXPECT_EQ(import(dir.path(QStringLiteral("missing.xlsx"))).code, 3);
    EXPECT_EQ(exported(), before);
}
