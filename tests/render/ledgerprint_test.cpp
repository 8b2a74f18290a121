#include "core/audittext.h"
#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "core/i18n.h"
#include "core/registercheck.h"
#include "core/render/ledgerprint.h"
#include "core/render/plansheetdata.h"
#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QJsonValue>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <memory>

using namespace daicho;
using daicho::test::TempDir;

namespace {

/// Two departments (one under the other) and a third; an office with a locked cabinet;
/// `count` assets numbered L-001…, with a system, links, and one finding (a USB stick used
/// inside the cabinet, asset L-003).
RegisterData sampleRegister(int count = 6)
{
    RegisterData d;
    d.title = QStringLiteral("テスト市 情報資産管理台帳");
    d.scheme = ClassificationScheme::preset(ClassificationScheme::defaultPresetId()).toJson();
    d.departments.append({1, QStringLiteral("0110"), QStringLiteral("情報政策課"), 0, {}, {}});
    d.departments.append({2, QStringLiteral("0111"), QStringLiteral("情報政策課 システム係"), 1, {}, {}});
    d.departments.append({3, QStringLiteral("0310"), QStringLiteral("市民課"), 0, {}, {}});
    d.people.append({1, QStringLiteral("鈴木 一郎"), 1, {}});
    auto place = [&](Id id, Id parent, PlaceKind kind, const QString &name, int level = 2) {
        Place p;
        p.id = id;
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        p.level = level;
        d.places.append(p);
    };
    place(1, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地"));
    place(2, 1, PlaceKind::Building, QStringLiteral("本庁舎"));
    place(3, 2, PlaceKind::Floor, QStringLiteral("3階"));
    place(4, 3, PlaceKind::Room, QStringLiteral("情報政策課 執務室"), 2);
    place(5, 4, PlaceKind::Container, QStringLiteral("施錠キャビネット1"), 3);
    for (int i = 1; i <= count; ++i) {
        Asset a;
        a.id = i;
        a.number = QStringLiteral("L-%1").arg(i, 3, 10, QLatin1Char('0'));
        a.name = QStringLiteral("テスト資産%1号").arg(i);
        a.kind = AssetKind::InformationElectronic;
        a.departmentId = i % 3 == 0 ? 3 : (i % 3 == 1 ? 1 : 2);
        a.managerId = 1;
        a.confidentiality = i == 1 ? QStringLiteral("3") : QStringLiteral("2");
        a.integrity = QStringLiteral("1");
        a.availability = QStringLiteral("1");
        a.restrictions = {QStringLiteral("複製禁止")};
        a.registeredOn = QDate(2025, 4, 1);
        d.assets.append(a);
    }
    if (count >= 3) {
        Asset &usb = d.assets[2];
        usb.name = QStringLiteral("USBメモリ");
        usb.kind = AssetKind::RemovableMedia;
        usb.usePlaceId = 5; // used in a container: ZONE-USE-CONTAINER
        Asset &system = d.assets[1];
        system.name = QStringLiteral("住民システム");
        system.kind = AssetKind::InformationSystem;
        d.links.append({1, 1, 2, LinkType::StoredOn}); // L-001 is stored on the system
        d.links.append({2, 1, 3, LinkType::StoredOn}); // and on the stick
    }
    return d;
}

/// The printed data of `reg` for a layout, the way daicho-cli builds it.
LedgerPrintData printData(const RegisterData &reg, LedgerLayout layout, LedgerOptions ledger = {},
                          const QList<AuditEntry> &history = {})
{
    const auto check = std::make_unique<RegisterCheck>(reg, false, QDate(2026, 11, 22));
    QHash<Id, int> rows;
    for (int i = 0; i < check->assets().size(); ++i)
        rows.insert(check->assets().at(i).id, i);
    LedgerPrintInput in;
    in.data = &reg;
    in.engine = &check->engine();
    in.checker = &check->checker();
    in.findingsOf = [&](Id id) -> const std::vector<Finding> * {
        const int row = rows.value(id, -1);
        return row < 0 ? nullptr : &check->findings().at(row);
    };
    in.historyOf = [&](Id id) {
        QList<AuditEntry> out;
        for (const AuditEntry &e : history) {
            if (e.entityId == id)
                out.append(e);
        }
        return out;
    };
    in.layout = layout;
    if (!ledger.asOf.isValid())
        ledger.asOf = QDate(2025, 4, 1);
    in.ledger = ledger;
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(reg.settings);
    in.printedBy = QStringLiteral("山田 太郎");
    in.printedAt = QDateTime(QDate(2026, 11, 22), QTime(14, 5));
    return LedgerPrintBuilder::build(in);
}

LedgerPrint makePrint(const RegisterData &reg, LedgerLayout layout, PaperSize paper = PaperSize::A4,
                      LedgerOptions ledger = {}, const QList<AuditEntry> &history = {})
{
    LedgerPrintOptions o;
    o.layout = layout;
    o.paper = paper;
    return LedgerPrint(printData(reg, layout, ledger, history), o);
}

/// Comparable text: NFKC, without white space (pdftotext puts spaces where it likes).
QString squeeze(const QString &s)
{
    QString out = daicho::test::nfkc(s);
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

/// The pages of a PDF's text, squeezed.
QStringList pdfPages(const LedgerPrint &print, const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    print.exportPdf(path);
    QStringList pages = daicho::test::pdfText(path).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p = squeeze(p);
    return pages;
}

class LedgerPrintTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { I18n::install(QStringLiteral("ja")); }
};

} // namespace

TEST_F(LedgerPrintTest, DefaultColumnsArePickedFromTheSchemesKeys)
{
    const ClassificationScheme soumu = ClassificationScheme::preset(QStringLiteral("soumu"));
    const QStringList list = LedgerPrintBuilder::defaultColumns(soumu);
    EXPECT_EQ(list.first(), QStringLiteral("number"));
    for (const QString &k : {QStringLiteral("name"), QStringLiteral("confidentiality"), QStringLiteral("restrictions"),
                             QStringLiteral("storePlaceId"), QStringLiteral("notes")})
        EXPECT_TRUE(list.contains(k)) << qPrintable(k);
    const QStringList keys = LedgerColumns::keys(soumu);
    for (const QString &k : list)
        EXPECT_TRUE(keys.contains(k)) << qPrintable(k);
    // 岸和田 sets 重要度 by hand: the list shows it.
    const ClassificationScheme kishiwada = ClassificationScheme::preset(QStringLiteral("kishiwada"));
    EXPECT_TRUE(LedgerPrintBuilder::defaultColumns(kishiwada).contains(QStringLiteral("importance")));
    const QStringList check = LedgerPrintBuilder::checkColumns(soumu);
    EXPECT_EQ(check, (QStringList{QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("kind"),
                                  QStringLiteral("departmentId"), QStringLiteral("usePlaceId"),
                                  QStringLiteral("storePlaceId"), QStringLiteral("managerId")}));
}

TEST_F(LedgerPrintTest, ApprovalRolesComeFromTheSettings)
{
    QMap<QString, QString> settings;
    EXPECT_EQ(LedgerPrintBuilder::approvalRoles(settings), PlanSheetBuilder::defaultApprovalRoles());
    settings.insert(SettingKey::ApprovalRoles, QStringLiteral("-"));
    EXPECT_TRUE(LedgerPrintBuilder::approvalRoles(settings).isEmpty());
    settings.insert(SettingKey::ApprovalRoles, QStringLiteral("課長\n課長補佐, 係長、担当\n\n"));
    EXPECT_EQ(LedgerPrintBuilder::approvalRoles(settings),
              (QStringList{QStringLiteral("課長"), QStringLiteral("課長補佐"), QStringLiteral("係長"), QStringLiteral("担当")}));
    EXPECT_EQ(LedgerPrintBuilder::approvalRolesSetting({QStringLiteral("課長"), QStringLiteral(" 担当 ")}),
              QStringLiteral("課長\n担当"));
    EXPECT_EQ(LedgerPrintBuilder::approvalRolesSetting({}), QStringLiteral("-"));
}

TEST_F(LedgerPrintTest, ListPdfHasEveryRowAndTheHeaderMarkAndFooterOnEveryPage)
{
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdftotext)";
    const RegisterData reg = sampleRegister(70);
    const LedgerPrint print = makePrint(reg, LedgerLayout::List);
    ASSERT_TRUE(print.columnsFit()) << qPrintable(print.fitProblem());
    EXPECT_GE(print.fontSizePt(), 8.0); // the paper columns are readable on A4
    ASSERT_GE(print.pageCount(), 2);
    TempDir dir;
    const QStringList pages = pdfPages(print, dir, QStringLiteral("list.pdf"));
    ASSERT_EQ(pages.size(), print.pageCount());
    const QString all = pages.join(QString());
    for (const Asset &a : reg.assets) {
        EXPECT_TRUE(all.contains(squeeze(a.number))) << qPrintable(a.number);
        EXPECT_TRUE(all.contains(squeeze(a.name))) << qPrintable(a.name);
    }
    const QString header =
        squeeze(LedgerColumns::header(QStringLiteral("number"), ClassificationScheme::preset(QStringLiteral("soumu"))));
    // With -layout, a row's cells stand on one line, in the columns' order.
    const QStringList lines = daicho::test::pdfText(dir.path(QStringLiteral("list.pdf")), true).split(u'\n');
    bool rowFound = false;
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("L-005")))
            continue;
        rowFound = true;
        const QString l = squeeze(line);
        EXPECT_LT(l.indexOf(QStringLiteral("L-005")), l.indexOf(squeeze(QStringLiteral("テスト資産5号")))) << qPrintable(line);
        EXPECT_TRUE(l.contains(squeeze(QStringLiteral("鈴木 一郎")))) << qPrintable(line);
    }
    EXPECT_TRUE(rowFound);
    const QString roles = squeeze(PlanSheetBuilder::defaultApprovalRoles().first());
    for (int i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        SCOPED_TRACE(i);
        EXPECT_TRUE(page.contains(squeeze(reg.title))) << qPrintable(page.left(200));
        EXPECT_TRUE(page.contains(header)) << "the table's heading row on every page";
        EXPECT_TRUE(page.contains(squeeze(QStringLiteral("機密性3")))) << "the classification mark";
        EXPECT_TRUE(page.contains(squeeze(QStringLiteral("令和7年4月1日現在"))));
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("- %1 -").arg(i + 1))));
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("Printed by: %1").arg(QStringLiteral("山田 太郎")))));
        EXPECT_TRUE(page.contains(squeeze(QStringLiteral("令和8年11月22日 14:05"))));
        // The approval boxes on the first page only.
        EXPECT_EQ(page.contains(roles), i == 0);
    }
}

TEST_F(LedgerPrintTest, PdfEmbedsTheJapaneseFontAndUsesTheChosenPaper)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty() || !daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdffonts, pdfinfo)";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("a3.pdf"));
    makePrint(sampleRegister(), LedgerLayout::List, PaperSize::A3).exportPdf(path);
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {path});
    ASSERT_TRUE(fonts.waitForFinished(60000));
    const QString out = QString::fromUtf8(fonts.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("NotoSansCJKjp-Regular\\s.*\\syes\\s")))) << qPrintable(out);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(meta.contains(QRegularExpression(QStringLiteral("Page size:\\s+119[01](\\.\\d+)? x 84[12](\\.\\d+)? pts"))))
        << qPrintable(meta);

    const QString sheet = dir.path(QStringLiteral("sheet.pdf"));
    makePrint(sampleRegister(), LedgerLayout::Sheet).exportPdf(sheet);
    info.start(QStringLiteral("pdfinfo"), {sheet});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString portrait = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(portrait.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"))))
        << qPrintable(portrait);
}

TEST_F(LedgerPrintTest, NoApprovalBoxesWhenTheSettingSaysNone)
{
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdftotext)";
    RegisterData reg = sampleRegister();
    reg.settings.insert(SettingKey::ApprovalRoles, QStringLiteral("-"));
    TempDir dir;
    const QStringList none = pdfPages(makePrint(reg, LedgerLayout::List), dir, QStringLiteral("none.pdf"));
    ASSERT_FALSE(none.isEmpty());
    EXPECT_FALSE(none.first().contains(squeeze(PlanSheetBuilder::defaultApprovalRoles().first())));
    reg.settings.insert(SettingKey::ApprovalRoles, QStringLiteral("課長,課長補佐,係長,担当"));
    const QStringList four = pdfPages(makePrint(reg, LedgerLayout::List), dir, QStringLiteral("four.pdf"));
    for (const char *role : {"課長補佐", "係長", "担当"})
        EXPECT_TRUE(four.first().contains(squeeze(QString::fromUtf8(role)))) << role;
}

TEST_F(LedgerPrintTest, DepartmentFilterKeepsItsSubDepartmentsAndNamesItInTheHeader)
{
    LedgerOptions o;
    o.departmentCode = QStringLiteral("0110");
    const LedgerPrint print = makePrint(sampleRegister(9), LedgerLayout::List, PaperSize::A4, o);
    EXPECT_EQ(print.data().table.department, QStringLiteral("情報政策課"));
    EXPECT_EQ(print.data().table.rows.size(), 6); // 0110 and 0111, not 市民課
    o.departmentCode = QStringLiteral("9999");
    EXPECT_THROW(makePrint(sampleRegister(), LedgerLayout::List, PaperSize::A4, o), ValidationError);
    LedgerOptions bad;
    bad.columns = {QStringLiteral("number"), QStringLiteral("bogus")};
    EXPECT_THROW(makePrint(sampleRegister(), LedgerLayout::List, PaperSize::A4, bad), ValidationError);
}

TEST_F(LedgerPrintTest, EveryRowLiesWithinOnePageAndALongRowMovesWhole)
{
    RegisterData reg = sampleRegister(80);
    const LedgerPrint before = makePrint(reg, LedgerLayout::List);
    ASSERT_GE(before.pageCount(), 2);
    // The last row of the first page.
    int last = -1;
    for (int r = 0; r < before.data().table.rows.size(); ++r) {
        if (before.rowPlacements(r).first().page == 0)
            last = r;
    }
    ASSERT_GT(last, 0);
    // A long 備考 there: the row no longer fits what is left of page 1.
    reg.assets[last].notes = QStringLiteral("保存期間満了後に廃棄予定。").repeated(12);
    const LedgerPrint after = makePrint(reg, LedgerLayout::List);
    const int rows = int(after.data().table.rows.size());
    double previousBottom = 0;
    int previousPage = 0;
    for (int r = 0; r < rows; ++r) {
        SCOPED_TRACE(r);
        const QList<LedgerPrint::Placement> at = after.rowPlacements(r);
        ASSERT_EQ(at.size(), 1) << "split across pages";
        const LedgerPrint::Placement &p = at.first();
        const QRectF body = after.bodyRectMm(p.page);
        EXPECT_TRUE(body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(p.rectMm));
        EXPECT_GE(p.page, previousPage);
        if (p.page == previousPage) {
            EXPECT_GE(p.rectMm.top(), previousBottom - 0.01);
        } else {
            // A row goes to the next page only when it did not fit below the one before.
            EXPECT_GT(previousBottom + p.rectMm.height(), after.bodyRectMm(previousPage).bottom());
        }
        previousPage = p.page;
        previousBottom = p.rectMm.bottom();
    }
    const LedgerPrint::Placement moved = after.rowPlacements(last).first();
    EXPECT_GT(moved.rectMm.height(), before.rowPlacements(last).first().rectMm.height() * 3);
    EXPECT_GE(moved.page, 1);
    // Below the heading row repeated on its page.
    EXPECT_GT(moved.rectMm.top(), after.bodyRectMm(moved.page).top() + 1);
}

TEST_F(LedgerPrintTest, ARowTallerThanAPageIsSplitAndNothingIsLost)
{
    RegisterData reg = sampleRegister(3);
    reg.assets[1].notes = QStringLiteral("とても長い備考です。").repeated(400) + QStringLiteral("\n末尾");
    const LedgerPrint print = makePrint(reg, LedgerLayout::List);
    const QList<LedgerPrint::Placement> at = print.rowPlacements(1);
    ASSERT_GE(at.size(), 2);
    for (int i = 0; i < at.size(); ++i) {
        EXPECT_EQ(at.at(i).page, at.first().page + i);
        EXPECT_TRUE(print.bodyRectMm(at.at(i).page).adjusted(-0.01, -0.01, 0.01, 0.01).contains(at.at(i).rectMm));
    }
    if (!daicho::test::havePoppler())
        return;
    TempDir dir;
    const QString all = pdfPages(print, dir, QStringLiteral("long.pdf")).join(QString());
    EXPECT_TRUE(all.contains(squeeze(QStringLiteral("末尾")))) << "the end of the split row";
}

TEST_F(LedgerPrintTest, TooManyColumnsForThePaperAreReported)
{
    LedgerOptions all;
    all.columns = LedgerColumns::keys(ClassificationScheme::preset(QStringLiteral("soumu")));
    const LedgerPrint a4 = makePrint(sampleRegister(20), LedgerLayout::List, PaperSize::A4, all);
    EXPECT_FALSE(a4.columnsFit());
    EXPECT_TRUE(a4.fitProblem().contains(QStringLiteral("A4"))) << qPrintable(a4.fitProblem());
    EXPECT_EQ(a4.fontSizePt(), LedgerPrint::MinFontPt);
    // Squeezed, not cut: every column is still there.
    EXPECT_EQ(a4.data().table.columns.size(), all.columns.size());

    const LedgerPrint paper = makePrint(sampleRegister(20), LedgerLayout::List, PaperSize::A4);
    EXPECT_TRUE(paper.columnsFit()) << qPrintable(paper.fitProblem());
    EXPECT_TRUE(paper.fitProblem().isEmpty());
}

TEST_F(LedgerPrintTest, SheetIsOneAssetPerPageWithMeasuresLinksFindingsAndHistory)
{
    const RegisterData reg = sampleRegister(4);
    QList<AuditEntry> history;
    AuditEntry created;
    created.at = QDateTime(QDate(2025, 4, 1), QTime(9, 0));
    created.osUser = QStringLiteral("yamada");
    created.entity = QStringLiteral("asset");
    created.entityId = 1;
    created.action = QStringLiteral("create");
    history.append(created);
    AuditEntry changed = created;
    changed.at = QDateTime(QDate(2025, 6, 2), QTime(10, 30));
    changed.action = QStringLiteral("update");
    changed.person = QStringLiteral("鈴木 一郎");
    changed.changes = {{QStringLiteral("confidentiality"), QJsonValue(QStringLiteral("2")), QJsonValue(QStringLiteral("3"))}};
    history.append(changed);

    const LedgerPrint print = makePrint(reg, LedgerLayout::Sheet, PaperSize::A4, {}, history);
    ASSERT_EQ(print.data().assets.size(), 4);
    EXPECT_EQ(print.pageCount(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(print.assetFirstPage(i), i);
        EXPECT_EQ(print.assetPageCount(i), 1);
    }
    const LedgerSheetAsset &first = print.data().assets.first();
    EXPECT_EQ(first.fields.size(), LedgerColumns::keys(ClassificationScheme::preset(QStringLiteral("soumu"))).size());
    EXPECT_FALSE(first.measures.isEmpty()); // 機密性3 requires measures
    EXPECT_EQ(first.links.size(), 2);
    ASSERT_EQ(first.history.size(), 2);
    EXPECT_EQ(first.historyTotal, 2);
    EXPECT_EQ(first.history.first().action, AuditText::tr("Changed")); // newest first
    EXPECT_TRUE(first.history.first().what.contains(QStringLiteral("機密性3"))) << qPrintable(first.history.first().what);
    EXPECT_TRUE(first.history.first().by.contains(QStringLiteral("鈴木 一郎")));
    QStringList codes;
    for (const QStringList &f : print.data().assets.at(2).findings)
        codes << f.at(1);
    EXPECT_TRUE(codes.contains(QStringLiteral("ZONE-USE-CONTAINER"))) << qPrintable(codes.join(u' '));
    // Measures not done are summed up in one line (they are in the table of measures).
    EXPECT_EQ(codes.count(QStringLiteral("MEASURE-NOT-DONE")), 1);

    if (!daicho::test::havePoppler())
        return;
    TempDir dir;
    const QStringList pages = pdfPages(print, dir, QStringLiteral("sheet.pdf"));
    ASSERT_EQ(pages.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(pages.at(i).contains(squeeze(reg.assets.at(i).number))) << i;
        EXPECT_TRUE(pages.at(i).contains(squeeze(reg.assets.at(i).name))) << i;
        EXPECT_TRUE(pages.at(i).contains(squeeze(QStringLiteral("機密性3")))); // the mark
    }
    EXPECT_TRUE(pages.at(0).contains(squeeze(first.measures.first().first())));
    EXPECT_TRUE(pages.at(0).contains(squeeze(LedgerPrintBuilder::tr("Stored on"))));
    EXPECT_TRUE(pages.at(0).contains(squeeze(QStringLiteral("住民システム"))));
    EXPECT_TRUE(pages.at(0).contains(squeeze(QStringLiteral("R7.6.2"))));
    EXPECT_TRUE(pages.at(2).contains(squeeze(QStringLiteral("ZONE-USE-CONTAINER"))));
    EXPECT_TRUE(pages.at(1).contains(squeeze(LedgerPrintBuilder::tr("Stored here"))));
}

TEST_F(LedgerPrintTest, ALongSheetContinuesOnTheNextPage)
{
    RegisterData reg = sampleRegister(2);
    reg.assets[0].notes = QStringLiteral("経緯の記録。").repeated(700);
    const LedgerPrint print = makePrint(reg, LedgerLayout::Sheet);
    EXPECT_GE(print.assetPageCount(0), 2);
    EXPECT_EQ(print.assetFirstPage(1), print.assetPageCount(0));
    EXPECT_EQ(print.pageCount(), print.assetPageCount(0) + 1);
    if (!daicho::test::havePoppler())
        return;
    TempDir dir;
    const QStringList pages = pdfPages(print, dir, QStringLiteral("long.pdf"));
    ASSERT_GE(pages.size(), 2);
    EXPECT_TRUE(pages.at(1).contains(squeeze(LedgerPrint::tr(" (continued)"))));
    EXPECT_TRUE(pages.at(1).contains(squeeze(reg.assets.first().number)));
}

TEST_F(LedgerPrintTest, CheckSheetHasTheTickColumnAndASignatureLineOnEveryPage)
{
    const RegisterData reg = sampleRegister(40);
    const LedgerPrint print = makePrint(reg, LedgerLayout::Check);
    ASSERT_TRUE(print.columnsFit());
    ASSERT_GE(print.pageCount(), 2);
    if (!daicho::test::havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdftotext)";
    TempDir dir;
    const QStringList pages = pdfPages(print, dir, QStringLiteral("check.pdf"));
    ASSERT_EQ(pages.size(), print.pageCount());
    for (int i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i);
        const QString &page = pages.at(i);
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("Checked ✓"))));
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("Date checked"))));
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("Checked by (department)"))));
        EXPECT_TRUE(page.contains(squeeze(LedgerPrint::tr("Seal"))));
        EXPECT_TRUE(page.contains(squeeze(QStringLiteral("令和"))));
    }
    const QString all = pages.join(QString());
    for (const Asset &a : reg.assets)
        EXPECT_TRUE(all.contains(squeeze(a.number))) << qPrintable(a.number);
}

TEST_F(LedgerPrintTest, PagesPaintOnAnyPainter)
{
    const LedgerPrint print = makePrint(sampleRegister(), LedgerLayout::List);
    QImage image(842, 595, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        print.paintPage(p, 0, QRectF(0, 0, 842, 595));
    }
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    EXPECT_GT(dark, 500);
    EXPECT_NO_THROW(print.pdf());
    EXPECT_THROW(print.exportPdf(QStringLiteral("/nonexistent-folder/x.pdf")), FileError);
}

TEST_F(LedgerPrintTest, HistoryRowsNameTheFieldsAndTheirValues)
{
    const RegisterData reg = sampleRegister();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(reg.scheme);
    QList<AuditEntry> entries;
    for (int i = 0; i < 7; ++i) {
        AuditEntry e;
        e.at = QDateTime(QDate(2025, 5, 1 + i), QTime(9, 0));
        e.osUser = QStringLiteral("user%1").arg(i);
        e.action = QStringLiteral("update");
        e.changes = {{QStringLiteral("managerId"), QJsonValue(), QJsonValue(1)},
                     {QStringLiteral("personalInfo"), QJsonValue(false), QJsonValue(true)}};
        entries.append(e);
    }
    const QList<LedgerHistoryRow> rows = LedgerPrintBuilder::historyRows(entries, reg, scheme, 3);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.first().by, QStringLiteral("user6"));
    EXPECT_TRUE(rows.first().what.contains(QStringLiteral("鈴木 一郎"))) << qPrintable(rows.first().what);
    EXPECT_TRUE(rows.first().what.contains(LedgerColumns::header(QStringLiteral("personalInfo"), scheme)));
    EXPECT_TRUE(rows.first().when.startsWith(QStringLiteral("R7.5.7")));
}
