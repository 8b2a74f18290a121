// daicho-cli export --format pdf: the ledger on paper (台帳一覧, 台帳個票, 点検表).
#include "core/classificationscheme.h"
#include "core/ledgercolumns.h"
#include "core/registercheck.h"
#include "db/registerstore.h"
#include "cli/clirunner.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using daicho::test::TempDir;

namespace {

using Result = daicho::test::CliResult;
using daicho::test::readAll;

/// `env` adds or replaces variables of daicho-cli's environment.
Result cli(const QStringList &args, const QMap<QString, QString> &env = {}) { return daicho::test::runCli(args, {}, env); }

QString squeeze(const QString &s)
{
    QString out = daicho::test::nfkc(s);
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

int pdfPages(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (!info.waitForFinished(60000))
        return -1;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// A register of two departments, five assets (three in 0110) written through the store, so
/// that each has an audit history; the approval boxes set to 課長 and 担当.
QString makeRegister(const TempDir &dir)
{
    using namespace daicho;
    const QString path = dir.path(QStringLiteral("ledger.daicho"));
    auto store = RegisterStore::create(path, ClassificationScheme::preset(QStringLiteral("soumu")).toJson(),
                                       QStringLiteral("テスト市 情報資産管理台帳"));
    Department policy{0, QStringLiteral("0110"), QStringLiteral("情報政策課"), 0, {}, {}};
    store->insertDepartment(policy);
    Department citizens{0, QStringLiteral("0310"), QStringLiteral("市民課"), 0, {}, {}};
    store->insertDepartment(citizens);
    const QStringList names{QStringLiteral("庁内LAN"), QStringLiteral("文書管理"), QStringLiteral("人事記録"),
                            QStringLiteral("住民票写し"), QStringLiteral("窓口端末")};
    for (int i = 0; i < names.size(); ++i) {
        Asset a;
        a.number = QStringLiteral("T-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        a.name = names.at(i);
        a.departmentId = i < 3 ? policy.id : citizens.id;
        a.confidentiality = QStringLiteral("2");
        a.integrity = QStringLiteral("1");
        a.availability = QStringLiteral("1");
        store->insertAsset(a);
    }
    store->setSetting(SettingKey::ApprovalRoles, QStringLiteral("課長\n担当"));
    return path;
}

} // namespace

TEST(LedgerPdf, ListIsWrittenWithTheRowsAndTheHeader)
{
    TempDir dir;
    const QString reg = makeRegister(dir);
    const QString out = dir.path(QStringLiteral("一覧.pdf"));
    const Result r = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--out"), out, QStringLiteral("--by"), QStringLiteral("山田 太郎")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(out)) << qPrintable(r.out);
    EXPECT_TRUE(readAll(out).startsWith("%PDF-"));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils for the content";
    const QString text = squeeze(daicho::test::pdfText(out));
    for (const char *s : {"T-001", "庁内LAN", "T-005", "窓口端末", "テスト市情報資産管理台帳", "課長", "担当", "山田太郎", "-1-"})
        EXPECT_TRUE(text.contains(squeeze(QString::fromUtf8(s)))) << s;
    EXPECT_EQ(pdfPages(out), 1);
}

TEST(LedgerPdf, SheetIsOnePagePerAssetOfTheDepartmentWithItsHistory)
{
    TempDir dir;
    const QString reg = makeRegister(dir);
    const QString out = dir.path(QStringLiteral("sheet.pdf"));
    const Result r = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--layout"), QStringLiteral("sheet"), QStringLiteral("--department"),
                          QStringLiteral("0110"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils for the content";
    EXPECT_EQ(pdfPages(out), 3);
    const QString text = squeeze(daicho::test::pdfText(out));
    EXPECT_TRUE(text.contains(squeeze(QStringLiteral("人事記録"))));
    EXPECT_FALSE(text.contains(squeeze(QStringLiteral("窓口端末")))) << "another department";
    EXPECT_TRUE(text.contains(squeeze(QStringLiteral("情報政策課"))));
    // Each asset was created through the store: its history has that entry, printed in 和暦.
    EXPECT_GE(text.count(QRegularExpression(QStringLiteral("R\\d+\\.\\d+\\.\\d+\\d\\d:\\d\\d"))), 3) << qPrintable(text.left(2000));
}

TEST(LedgerPdf, CheckSheetAndTheDefaultPrintedByFromTheEnvironment)
{
    TempDir dir;
    const QString reg = makeRegister(dir);
    const QString out = dir.path(QStringLiteral("check.pdf"));
    const Result r = cli({QStringLiteral("export"), reg, QStringLiteral("--format=pdf"), QStringLiteral("--layout"),
                          QStringLiteral("check"), QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--out"), out},
                         {{QStringLiteral("USER"), QStringLiteral("tanaka")}});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils for the content";
    const QString text = squeeze(daicho::test::pdfText(out));
    EXPECT_TRUE(text.contains(QStringLiteral("tanaka")));
    EXPECT_TRUE(text.contains(QStringLiteral("✓")));
    EXPECT_TRUE(text.contains(squeeze(QStringLiteral("令和"))));
    EXPECT_TRUE(text.contains(squeeze(QStringLiteral("T-003"))));
}

TEST(LedgerPdf, BadOptionsAreRefusedAndWriteNothing)
{
    TempDir dir;
    const QString reg = makeRegister(dir);
    const QString out = dir.path(QStringLiteral("bad.pdf"));
    auto run = [&](const QStringList &more) {
        return cli(QStringList{QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("--out"), out} + more);
    };
    Result r = run({QStringLiteral("--layout"), QStringLiteral("poster")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--layout"))) << qPrintable(r.err);
    EXPECT_EQ(run({QStringLiteral("--paper"), QStringLiteral("B4")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("--columns"), QStringLiteral("number,bogus")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("--department"), QStringLiteral("9999")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("--encoding"), QStringLiteral("cp932")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("--per-department")}).code, 2);
    EXPECT_FALSE(QFile::exists(out));
    // --layout and --by belong to PDF.
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   dir.path(QStringLiteral("x.csv")), QStringLiteral("--layout"), QStringLiteral("list")})
                  .code,
              2);
    // A missing register is a file error.
    EXPECT_EQ(cli({QStringLiteral("export"), dir.path(QStringLiteral("missing.daicho")), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--out"), out})
                  .code,
              3);
}

TEST(LedgerPdf, ColumnsThatDoNotFitThePaperAreRejectedAndTheOldFileStays)
{
    TempDir dir;
    const QString reg = makeRegister(dir);
    const QString out = dir.path(QStringLiteral("wide.pdf"));
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const QString all = daicho::LedgerColumns::keys(daicho::ClassificationScheme::preset(QStringLiteral("soumu")))
                            .join(QLatin1Char(','));
    const Result r = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--columns"), all, QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("A4"))) << qPrintable(r.err);
    EXPECT_EQ(readAll(out), QByteArray("old"));
}
