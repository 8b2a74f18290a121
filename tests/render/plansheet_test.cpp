#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "core/i18n.h"
#include "core/registercheck.h"
#include "core/render/ledgerprintdata.h"
#include "core/render/plansheet.h"
#include "core/render/planstyle.h"
#include "testutil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

/// One floor: an office (L2) with a locked cabinet (L3) in it, a meeting room that is not
/// locked after hours (L2 → L1 at night), a door, three assets and one finding (a USB
/// stick used inside the cabinet).
RegisterData sampleRegister()
{
    RegisterData d;
    d.title = QStringLiteral("テスト市 情報資産管理台帳");
    d.scheme = ClassificationScheme::preset(ClassificationScheme::defaultPresetId()).toJson();
    d.departments.append({1, QStringLiteral("0110"), QStringLiteral("情報政策課"), 0, {}, {}});
    auto place = [&](Id id, Id parent, PlaceKind kind, const QString &name, int level = 2,
                     const QList<QPoint> &outline = {}) -> Place & {
        Place p;
        p.id = id;
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        p.level = level;
        p.outline = outline;
        d.places.append(p);
        return d.places.last();
    };
    place(1, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地"));
    place(2, 1, PlaceKind::Building, QStringLiteral("本庁舎"));
    place(3, 2, PlaceKind::Floor, QStringLiteral("3階"));
    place(4, 3, PlaceKind::Room, QStringLiteral("情報政策課 執務室"), 2, {{0, 0}, {12000, 0}, {12000, 8000}, {0, 8000}});
    place(5, 3, PlaceKind::Room, QStringLiteral("第1会議室"), 2, {{12000, 0}, {18000, 0}, {18000, 8000}, {12000, 8000}})
        .lockedAfterHours = false;
    place(6, 4, PlaceKind::Container, QStringLiteral("施錠キャビネット1"), 3,
          {{500, 500}, {2500, 500}, {2500, 1300}, {500, 1300}});

    auto asset = [&](Id id, const QString &number, const QString &name, AssetKind kind, Id use, Id store = 0) {
        Asset a;
        a.id = id;
        a.number = number;
        a.name = name;
        a.kind = kind;
        a.departmentId = 1;
        a.usePlaceId = use;
        a.storePlaceId = store;
        d.assets.append(a);
    };
    asset(1, QStringLiteral("A-001"), QStringLiteral("事務用PC"), AssetKind::Pc, 4);
    asset(2, QStringLiteral("A-002"), QStringLiteral("複合機"), AssetKind::Multifunction, 5);
    asset(3, QStringLiteral("A-003"), QStringLiteral("USBメモリ"), AssetKind::RemovableMedia, 6);

    FloorPlan plan;
    plan.id = 1;
    plan.floorId = 3;
    plan.title = QStringLiteral("情報政策課 セキュリティ区画図");
    plan.departmentId = 1;
    plan.author = QStringLiteral("山田 太郎");
    plan.approver = QStringLiteral("鈴木 一郎");
    plan.edition = QStringLiteral("第2版");
    plan.createdOn = QDate(2026, 4, 1);
    plan.updatedOn = QDate(2026, 11, 22);
    plan.classification = QStringLiteral("機密性2");
    plan.doors.append({QPoint(14000, 8000), QPoint(15000, 8000), true, QStringLiteral("シリンダー錠"), false, {}, false, {}});
    d.plans.append(plan);
    return d;
}

PlanSheetData sampleSheet(bool afterHours = false, const RegisterData &reg = sampleRegister())
{
    const RegisterCheck check(reg, afterHours, QDate(2026, 11, 22));
    PlanSheetInput in;
    in.floorId = 3;
    in.places = reg.places;
    in.assets = reg.assets;
    in.plan = reg.plans.isEmpty() ? nullptr : &reg.plans.first();
    in.checker = &check.checker();
    in.findingsOf = [&check](Id id) { return check.findingsOf(id); };
    in.departments = reg.departments;
    in.afterHours = afterHours;
    in.today = QDate(2026, 11, 22);
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(reg.settings); // as daicho-cli plan does
    return PlanSheetBuilder::build(in);
}

using test::havePoppler;
using test::nfkc;
using test::pdfText;

class PlanSheetTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { I18n::install(QStringLiteral("ja")); }
};

} // namespace

TEST_F(PlanSheetTest, BuilderCollectsTheFloor)
{
    const PlanSheetData d = sampleSheet();
    EXPECT_EQ(d.title, QStringLiteral("情報政策課 セキュリティ区画図"));
    EXPECT_EQ(d.department, QStringLiteral("情報政策課"));
    EXPECT_TRUE(d.floorPath.endsWith(QStringLiteral("3階"))) << qPrintable(d.floorPath);
    ASSERT_EQ(d.areas.size(), 3);
    EXPECT_EQ(d.areas.at(2).parentId, 4); // the cabinet inside the office
    EXPECT_EQ(d.areas.at(1).afterHoursLevel, 1);
    EXPECT_EQ(d.markers.size(), 3);
    EXPECT_EQ(d.doors.size(), 1);
    EXPECT_EQ(d.approvalRoles, PlanSheetBuilder::defaultApprovalRoles());
    ASSERT_EQ(d.findings.size(), 1);
    EXPECT_EQ(d.findings.first().assetNumber, QStringLiteral("A-003"));
    EXPECT_EQ(d.findings.first().code, QStringLiteral("ZONE-USE-CONTAINER"));
    EXPECT_EQ(d.findings.first().area, QStringLiteral("情報政策課 執務室 › 施錠キャビネット1").replace(
                                           QStringLiteral(" › "), FindingChecker::tr(" › ")));
    EXPECT_FALSE(d.findings.first().message.isEmpty());
    for (const PlanSheetMarker &m : d.markers)
        EXPECT_EQ(m.worst.has_value(), m.number == QLatin1String("A-003")) << qPrintable(m.number);
    EXPECT_THROW(
        {
            PlanSheetInput in;
            in.floorId = 4; // a room, not a floor
            in.places = sampleRegister().places;
            PlanSheetBuilder::build(in);
        },
        ValidationError);
}

TEST_F(PlanSheetTest, FitScaleIsARoundScaleAndAFixedOneIsKept)
{
    const PlanSheet fit(sampleSheet());
    EXPECT_EQ(fit.scale(), PlanSheet::roundScaleUp(fit.scale()));
    EXPECT_GT(fit.scale(), 0);
    // 18 m across at that scale fits the frame.
    const QRectF plan = fit.planToPage().mapRect(QRectF(0, 0, 18000, 8000));
    EXPECT_TRUE(fit.drawingFrameMm().contains(plan));

    PlanSheetOptions o;
    o.scale = 200;
    const PlanSheet fixed(sampleSheet(), o);
    EXPECT_EQ(fixed.scale(), 200);
    EXPECT_NEAR(fixed.planToPage().map(QLineF(0, 0, 10000, 0)).length(), 50.0, 1e-9); // 10 m = 50 mm

    EXPECT_EQ(PlanSheet::roundScaleUp(101), 150);
    EXPECT_EQ(PlanSheet::roundScaleUp(200), 200);
    EXPECT_EQ(PlanSheet::roundScaleUp(201), 250);
    EXPECT_EQ(PlanSheet::roundScaleUp(3), 10);
}

TEST_F(PlanSheetTest, AScaleTooSmallForThePaperIsRefusedWithAMessage)
{
    PlanSheetOptions o;
    o.paper = PaperSize::A4;
    o.scale = 50; // 18 m would need 360 mm
    try {
        PlanSheet sheet(sampleSheet(), o);
        FAIL() << "1:50 on A4 was accepted";
    } catch (const ValidationError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("1:50"))) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(QStringLiteral("A4"))) << qPrintable(e.message());
    }
    o.scale = -3;
    EXPECT_THROW(PlanSheet(sampleSheet(), o), ValidationError);
}

TEST_F(PlanSheetTest, PdfIsOneA3LandscapePageWithTitleBlockLegendAndFindings)
{
    if (!havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdfinfo, pdftotext)";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.pdf"));
    const PlanSheet sheet(sampleSheet());
    sheet.exportPdf(path);

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << qPrintable(meta);
    // A3 landscape: 420 × 297 mm = 1190.55 × 841.89 pt.
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(meta);
    ASSERT_TRUE(size.hasMatch()) << qPrintable(meta);
    EXPECT_NEAR(size.captured(1).toDouble(), 1190.55, 1) << qPrintable(meta);
    EXPECT_NEAR(size.captured(2).toDouble(), 841.89, 1) << qPrintable(meta);

    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty());
    const QStringList expected{
        nfkc(QStringLiteral("情報政策課 セキュリティ区画図")), // 表題
        nfkc(QStringLiteral("情報政策課")),                    // 所属
        nfkc(QStringLiteral("山田 太郎")),                     // 作成者
        nfkc(QStringLiteral("鈴木 一郎")),                     // 承認
        nfkc(QStringLiteral("令和8年11月22日")),               // 更新日, 出力日
        nfkc(QStringLiteral("令和8年4月1日")),                 // 作成日
        nfkc(QStringLiteral("第2版")),                         // 版数
        nfkc(QStringLiteral("機密性2")),
        nfkc(PlanSheet::tr("Title")),
        nfkc(PlanSheet::tr("Department")),
        nfkc(PlanSheet::tr("Drawn by")),
        nfkc(PlanSheet::tr("Edition")),
        nfkc(PlanSheet::tr("Scale")),
        nfkc(PlanSheet::tr("Legend")),
        QStringLiteral("1:%1").arg(sheet.scale()),
        QStringLiteral("A-003"), // the finding's 管理番号
        QStringLiteral("ZONE-USE-CONTAINER"),
        QStringLiteral("A-001"), // a marker's label
    };
    for (const QString &s : expected)
        EXPECT_TRUE(text.contains(s)) << "missing: " << qPrintable(s);
    for (const QString &role : PlanSheetBuilder::defaultApprovalRoles())
        EXPECT_TRUE(text.simplified().remove(u' ').contains(nfkc(role).remove(u' '))) << qPrintable(role);
}

TEST_F(PlanSheetTest, PngIsNotBlankAndShowsTheL2Fill)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.png"));
    const PlanSheet sheet(sampleSheet());
    sheet.exportPng(path, 100);
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(420 / 25.4 * 100));
    EXPECT_EQ(image.height(), qRound(297 / 25.4 * 100));
    image = image.convertToFormat(QImage::Format_RGB32);
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    EXPECT_GT(ink, image.width() * image.height() / 4 / 50);

    // Inside the office (between markers and labels), pixels of the L2 yellow.
    const QRectF office = sheet.planToPage().mapRect(QRectF(3000, 2000, 8000, 5500));
    const QRgb fill = PlanStyle::levelFill(2).rgb();
    int yellow = 0;
    const double px = 100 / 25.4;
    for (double y = office.top(); y < office.bottom(); y += 0.5) {
        for (double x = office.left(); x < office.right(); x += 0.5)
            yellow += image.pixel(int(x * px), int(y * px)) == fill;
    }
    EXPECT_GT(yellow, 50);

    // In monochrome there is no colour at all.
    PlanSheetOptions mono;
    mono.colour = false;
    const QImage grey = PlanSheet(sampleSheet(), mono).toImage(60);
    int coloured = 0;
    for (int y = 0; y < grey.height(); ++y) {
        for (int x = 0; x < grey.width(); ++x) {
            const QColor c = grey.pixelColor(x, y);
            coloured += std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 12;
        }
    }
    EXPECT_EQ(coloured, 0);
}

TEST_F(PlanSheetTest, SvgHasTheTitleAndRealSize)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.svg"));
    PlanSheetOptions o;
    o.paper = PaperSize::A4;
    PlanSheet(sampleSheet(), o).exportSvg(path);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("情報政策課 セキュリティ区画図")));
    EXPECT_TRUE(svg.contains(QStringLiteral("width=\"297mm\""))) << qPrintable(svg.left(600));
    EXPECT_TRUE(svg.contains(QStringLiteral("height=\"210mm\""))) << qPrintable(svg.left(600));
}

TEST_F(PlanSheetTest, ExportToAnUnwritablePathThrowsFileErrorWithAMessage)
{
    TempDir dir;
    QFile blocker(dir.path(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const PlanSheet sheet(sampleSheet());
    // A folder that is a file: no one, not even root, can write there.
    const QString bad = dir.path(QStringLiteral("file/plan"));
    for (const auto &exportTo : std::initializer_list<std::function<void(const QString &)>>{
             [&](const QString &p) { sheet.exportPdf(p + QStringLiteral(".pdf")); },
             [&](const QString &p) { sheet.exportPng(p + QStringLiteral(".png"), 50); },
             [&](const QString &p) { sheet.exportSvg(p + QStringLiteral(".svg")); }}) {
        try {
            exportTo(bad);
            ADD_FAILURE() << "no FileError";
        } catch (const FileError &e) {
            EXPECT_TRUE(e.message().contains(bad)) << qPrintable(e.message());
        }
    }
}

TEST_F(PlanSheetTest, AfterHoursMarksTheUnlockedL2Room)
{
    if (!havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdftotext)";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("night.pdf"));
    const PlanSheetData night = sampleSheet(true);
    EXPECT_TRUE(night.afterHours);
    PlanSheet(night).exportPdf(path);
    const QString text = pdfText(path);
    const QString tag = nfkc(PlanSheet::tr("After hours %1").arg(QStringLiteral("L1")));
    EXPECT_TRUE(text.contains(tag)) << qPrintable(text.left(2000));
    if (PlanSheet::tr("After hours %1") != QLatin1String("After hours %1")) {
        EXPECT_TRUE(text.contains(nfkc(QStringLiteral("時間外L1"))));
    }
    EXPECT_TRUE(text.contains(nfkc(PlanSheet::tr("After-hours view"))));

    // By day the room is L2, marked as dropping at night.
    const QString dayPath = dir.path(QStringLiteral("day.pdf"));
    PlanSheet(sampleSheet(false)).exportPdf(dayPath);
    const QString day = pdfText(dayPath);
    const QString dayTag = nfkc(PlanStyle::levelTag(2, 1)); // 「L2（時間外L1）」
    EXPECT_TRUE(day.contains(dayTag)) << qPrintable(day.left(2000));
    EXPECT_FALSE(text.contains(dayTag));
    EXPECT_FALSE(day.contains(nfkc(PlanSheet::tr("After-hours view"))));
}

TEST_F(PlanSheetTest, AFloorWithNothingDrawnPrintsNotToScale)
{
    RegisterData reg = sampleRegister();
    for (Place &p : reg.places)
        p.outline.clear();
    reg.plans.first().doors.clear();
    const PlanSheetData d = sampleSheet(false, reg);
    EXPECT_TRUE(d.areas.isEmpty());
    EXPECT_EQ(d.undrawnAreas.size(), 3);
    const PlanSheet sheet(d);
    EXPECT_EQ(sheet.scale(), 0);
    if (!havePoppler())
        return;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.pdf"));
    sheet.exportPdf(path);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(nfkc(PlanSheet::tr("Not to scale"))));
    EXPECT_TRUE(text.contains(nfkc(PlanSheet::tr("No area of this floor is drawn yet."))));
}

TEST_F(PlanSheetTest, ManyFindingsAreCutWithACountAndDenseLabelsAreLeftOut)
{
    RegisterData reg = sampleRegister();
    // 400 USB sticks in the cabinet: 400 findings, 400 markers in 2 m × 0.8 m.
    for (int i = 0; i < 400; ++i) {
        Asset a = reg.assets.at(2);
        a.id = 100 + i;
        a.number = QStringLiteral("M-%1").arg(i, 4, 10, QLatin1Char('0'));
        reg.assets.append(a);
    }
    QElapsedTimer timer;
    timer.start();
    const PlanSheet sheet(sampleSheet(false, reg));
    EXPECT_EQ(sheet.data().findings.size(), 401);
    EXPECT_GT(sheet.listedFindings(), 5);
    EXPECT_LT(sheet.listedFindings(), 401);
    const QByteArray pdf = sheet.pdf();
    EXPECT_LT(timer.elapsed(), 20000);
    EXPECT_GT(pdf.size(), 1000);
    if (!havePoppler())
        return;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.pdf"));
    sheet.exportPdf(path);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(nfkc(PlanSheet::tr("… and %1 more").arg(401 - sheet.listedFindings()))))
        << qPrintable(text.right(1500));
    // The text before the count (a translation may put a counter word after it).
    const QString leftOut = PlanSheet::tr("Asset numbers left out where markers are dense: %1");
    EXPECT_TRUE(text.contains(nfkc(leftOut.left(leftOut.indexOf(QLatin1String("%1")))).trimmed()));
}

TEST_F(PlanSheetTest, BackgroundIsDrawnAtItsCalibrationAndOpacity)
{
    RegisterData reg = sampleRegister();
    QImage scan(90, 100, QImage::Format_RGB32);
    scan.fill(QColor(0, 0, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(scan.save(&buffer, "PNG"));
    FloorPlan &plan = reg.plans.first();
    plan.background = bytes;
    plan.backgroundSize = scan.size();
    plan.backgroundOrigin = QPointF(0, -10000); // 18 m × 20 m from 10 m above the rooms
    plan.backgroundMmPerPixel = 200;
    plan.backgroundOpacity = 50;
    const PlanSheet sheet(sampleSheet(false, reg));
    EXPECT_TRUE(sheet.drawingFrameMm().contains(sheet.planToPage().mapRect(QRectF(0, -10000, 18000, 20000))));
    const QImage image = sheet.toImage(100);
    const QPointF above = sheet.planToPage().map(QPointF(9000, -5000)) * (100 / 25.4); // scan only
    const QColor c = image.pixelColor(above.toPoint());
    EXPECT_NEAR(c.blue(), 255, 3);
    EXPECT_NEAR(c.red(), 128, 10); // half transparent on white
    const QPointF outside = sheet.planToPage().map(QPointF(9000, -10500)) * (100 / 25.4);
    EXPECT_EQ(image.pixelColor(outside.toPoint()), QColor(Qt::white));

    PlanSheetOptions mono;
    mono.colour = false;
    const QColor g = PlanSheet(sampleSheet(false, reg), mono).toImage(100).pixelColor(above.toPoint());
    EXPECT_EQ(g.red(), g.blue());
}

TEST_F(PlanSheetTest, PrintSetsThePageLayoutOfTheDevice)
{
    if (!havePoppler())
        GTEST_SKIP() << "needs poppler-utils (pdfinfo)";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(path);
        PlanSheetOptions o;
        o.paper = PaperSize::A4;
        PlanSheet(sampleSheet(), o).print(writer);
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(meta);
    ASSERT_TRUE(size.hasMatch()) << qPrintable(meta);
    EXPECT_NEAR(size.captured(1).toDouble(), 841.89, 1) << qPrintable(meta); // A4 landscape
    EXPECT_NEAR(size.captured(2).toDouble(), 595.28, 1) << qPrintable(meta);
    EXPECT_TRUE(pdfText(path).contains(nfkc(QStringLiteral("情報政策課 セキュリティ区画図"))));
}

// Writes sample pages for a person to look at (A3 and A4, colour and monochrome, day and
// night): run with --gtest_also_run_disabled_tests and DAICHO_SAMPLE_DIR=<folder>.
TEST_F(PlanSheetTest, DISABLED_WriteSamples)
{
    const QString dir = qEnvironmentVariable("DAICHO_SAMPLE_DIR", QStringLiteral("/tmp"));
    for (PaperSize paper : {PaperSize::A3, PaperSize::A4}) {
        for (bool colour : {true, false}) {
            for (bool night : {false, true}) {
                PlanSheetOptions o;
                o.paper = paper;
                o.colour = colour;
                const QString name = QStringLiteral("%1/sample-%2-%3-%4.pdf")
                                         .arg(dir, PlanSheet::paperName(paper), colour ? QStringLiteral("colour") : QStringLiteral("mono"),
                                              night ? QStringLiteral("night") : QStringLiteral("day"));
                PlanSheet(sampleSheet(night), o).exportPdf(name);
            }
        }
    }
    RegisterData empty = sampleRegister();
    for (Place &p : empty.places)
        p.outline.clear();
    PlanSheet(sampleSheet(false, empty)).exportPdf(dir + QStringLiteral("/sample-empty.pdf"));
    PlanSheet(sampleSheet()).exportSvg(dir + QStringLiteral("/sample.svg"));
    PlanSheet(sampleSheet()).exportPng(dir + QStringLiteral("/sample.png"), 100);
}

TEST_F(PlanSheetTest, ApprovalBoxesFollowTheRegisterSettingAsTheLedgerDoes)
{
    RegisterData reg = sampleRegister();
    reg.settings.insert(SettingKey::ApprovalRoles, QStringLiteral("課長\n係長\n担当"));
    EXPECT_EQ(sampleSheet(false, reg).approvalRoles,
              (QStringList{QStringLiteral("課長"), QStringLiteral("係長"), QStringLiteral("担当")}));
    reg.settings.insert(SettingKey::ApprovalRoles, QStringLiteral("-")); // no boxes
    EXPECT_TRUE(sampleSheet(false, reg).approvalRoles.isEmpty());
}
