#include "core/classificationscheme.h"
#include "core/csvformat.h"
#include "core/ledgercolumns.h"
#include "core/jsonexchange.h"
#include "core/registercheck.h"
#include "db/registerstore.h"
#include "cli/clirunner.h"
#include "testutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using daicho::test::TempDir;

namespace {

using Result = daicho::test::CliResult;
using daicho::test::readAll;

Result cli(const QStringList &args, const QStringList &unset = {}) { return daicho::test::runCli(args, unset); }

/// The register's content without its audit log (which records when and by whom).
QJsonObject content(const QString &jsonPath)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(jsonPath)).object();
    o.remove(QStringLiteral("audit"));
    return o;
}

} // namespace

TEST(Cli, UsageErrorsExitWith2)
{
    EXPECT_EQ(cli({}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).code, 2);
    TempDir dir;
    EXPECT_EQ(cli({QStringLiteral("new")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("new"), dir.path(QStringLiteral("a.daicho")), QStringLiteral("--preset"), QStringLiteral("nope")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("demo"), dir.path(QStringLiteral("b.daicho")), QStringLiteral("--assets"), QStringLiteral("many")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), dir.path(QStringLiteral("b.daicho")), QStringLiteral("--format"), QStringLiteral("json")}).code, 2);
    const Result r = cli({QStringLiteral("new"), dir.path(QStringLiteral("c.daicho")), QStringLiteral("--bogus"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST(Cli, FileErrorsExitWith3)
{
    TempDir dir;
    EXPECT_EQ(cli({QStringLiteral("verify"), dir.path(QStringLiteral("missing.daicho"))}).code, 3);
    QFile text(dir.path(QStringLiteral("text.daicho")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not a register");
    text.close();
    const Result r = cli({QStringLiteral("verify"), text.fileName()});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("台帳"))) << qPrintable(r.err); // the message is Japanese
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("new"), reg}).code, 0);
    EXPECT_EQ(cli({QStringLiteral("new"), reg}).code, 3); // exists
}

TEST(Cli, JsonRoundTripGivesTheSameDocument)
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.daicho"));
    const QString b = dir.path(QStringLiteral("b.daicho"));
    const QString ja = dir.path(QStringLiteral("a.json"));
    const QString jb = dir.path(QStringLiteral("b.json"));
    ASSERT_EQ(cli({QStringLiteral("demo"), a, QStringLiteral("--assets"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), ja}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("new"), b}).code, 0);
    const Result imp = cli({QStringLiteral("import"), b, ja, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(imp.code, 0) << qPrintable(imp.err);
    ASSERT_EQ(cli({QStringLiteral("export"), b, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), jb}).code, 0);
    const QByteArray first = readAll(ja);
    EXPECT_GT(first.size(), 10000);
    EXPECT_EQ(first, readAll(jb));
    EXPECT_EQ(cli({QStringLiteral("verify"), b}).code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(first).object();
    EXPECT_EQ(doc.value(QStringLiteral("assets")).toArray().size(), 400);
}

TEST(Cli, DemoIsReproducibleBySeed)
{
    TempDir dir;
    auto make = [&](const QString &name, const QString &seed) {
        const QString reg = dir.path(name + QStringLiteral(".daicho"));
        const QString json = dir.path(name + QStringLiteral(".json"));
        EXPECT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("250"), QStringLiteral("--seed"), seed}).code, 0);
        EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), json}).code, 0);
        return content(json);
    };
    const QJsonObject one = make(QStringLiteral("one"), QStringLiteral("42"));
    const QJsonObject two = make(QStringLiteral("two"), QStringLiteral("42"));
    const QJsonObject three = make(QStringLiteral("three"), QStringLiteral("43"));
    EXPECT_EQ(one, two);
    EXPECT_NE(one.value(QStringLiteral("assets")), three.value(QStringLiteral("assets")));
}

TEST(Cli, RejectedImportExitsWith1AndChangesNothing)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("50")}).code, 0);
    const QString before = dir.path(QStringLiteral("before.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), before}).code, 0);

    const QString broken = dir.path(QStringLiteral("broken.json"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"daicho-register\", \"version\": 1, \"assets\": [ {");
    f.close();
    const Result r = cli({QStringLiteral("import"), reg, broken, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());

    // A valid document whose 管理番号 clash with the register's: all or nothing.
    const Result again = cli({QStringLiteral("import"), reg, before, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(again.code, 1);
    const QString after = dir.path(QStringLiteral("after.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), after}).code, 0);
    EXPECT_EQ(readAll(before), readAll(after));
}

TEST(Cli, VerifyFailsWith1WhenARowWasChangedBehindDaichosBack)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (tool.isEmpty())
        GTEST_SKIP() << "needs the sqlite3 tool";
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("30")}).code, 0);
    EXPECT_EQ(cli({QStringLiteral("verify"), reg}).code, 0);
    QProcess p;
    p.start(tool, {reg, QStringLiteral("UPDATE assets SET name = name || '（改ざん）' WHERE id = 3")});
    ASSERT_TRUE(p.waitForFinished());
    ASSERT_EQ(p.exitCode(), 0);
    const Result r = cli({QStringLiteral("verify"), reg});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

namespace {

/// The findings of a `check --json` output as "管理番号 CODE subject area accepted", in order.
QStringList findingKeys(const QJsonObject &o)
{
    QStringList keys;
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        keys << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(f.value(QStringLiteral("asset")).toString(), f.value(QStringLiteral("code")).toString(),
                         f.value(QStringLiteral("subject")).toString(), f.value(QStringLiteral("area")).toString())
                    .arg(f.value(QStringLiteral("accepted")).toBool());
    }
    return keys;
}

} // namespace

TEST(Cli, CheckListsFindingsAsTextAndJsonAndExitsWith1OnErrors)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("demo.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("600")}).code, 0);

    const Result json = cli({QStringLiteral("check"), reg, QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    ASSERT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("daicho-findings")) << qPrintable(json.err);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    const int errors = counts.value(QStringLiteral("error")).toInt();
    EXPECT_GT(errors, 0); // the demo city has a few problems on purpose
    EXPECT_EQ(json.code, 1);
    const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    int zone = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        EXPECT_FALSE(f.value(QStringLiteral("code")).toString().isEmpty());
        EXPECT_FALSE(f.value(QStringLiteral("severity")).toString().isEmpty());
        EXPECT_FALSE(f.value(QStringLiteral("asset")).toString().isEmpty());
        EXPECT_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
        if (f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("ZONE-"))) {
            ++zone;
            EXPECT_FALSE(f.value(QStringLiteral("area")).toString().isEmpty());
        }
    }
    EXPECT_GT(zone, 0);

    // The same findings as the library computes for the same file.
    auto store = daicho::RegisterStore::open(reg);
    const daicho::RegisterCheck check(store->load());
    EXPECT_EQ(check.findings().counts().errors, errors);
    EXPECT_EQ(findingKeys(check.toJson()), findingKeys(o));
    store.reset();

    // Text: one line per finding with the code and a Japanese message, then the counts.
    const Result text = cli({QStringLiteral("check"), reg});
    EXPECT_EQ(text.code, 1);
    EXPECT_TRUE(text.out.contains(QStringLiteral("ZONE-"))) << qPrintable(text.out.left(400));
    EXPECT_TRUE(text.out.contains(QStringLiteral("エラー"))) << qPrintable(text.out.left(400));
    EXPECT_TRUE(text.out.contains(QStringLiteral("区画"))) << qPrintable(text.out.left(400));

    // At night, offices not locked after hours count as L1 for use too: never fewer errors.
    const Result night = cli({QStringLiteral("check"), reg, QStringLiteral("--json"), QStringLiteral("--after-hours")});
    const QJsonObject n = QJsonDocument::fromJson(night.out.toUtf8()).object();
    EXPECT_TRUE(n.value(QStringLiteral("afterHours")).toBool());
    EXPECT_GE(n.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt(), errors);

    // Through the JSON exchange format: the imported register gives the same findings.
    const QString exported = dir.path(QStringLiteral("demo.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--out"), exported}).code, 0);
    const QString copy = dir.path(QStringLiteral("copy.daicho"));
    ASSERT_EQ(cli({QStringLiteral("new"), copy}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("import"), copy, exported}).code, 0);
    const Result again = cli({QStringLiteral("check"), copy, QStringLiteral("--json")});
    EXPECT_EQ(findingKeys(QJsonDocument::fromJson(again.out.toUtf8()).object()), findingKeys(o));
}

TEST(Cli, CheckOfAnEmptyRegisterExitsWith0)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("empty.daicho"));
    ASSERT_EQ(cli({QStringLiteral("new"), reg}).code, 0);
    const Result r = cli({QStringLiteral("check"), reg});
    EXPECT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_EQ(cli({QStringLiteral("check")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("check"), reg, QStringLiteral("--bogus"), QStringLiteral("x")}).code, 2);
}

// ---------------------------------------------------------------------------------------------
// plan: the 区画図 of one floor as PDF, PNG or SVG

namespace {

using daicho::test::nfkc;
using daicho::test::pdfText;

/// One floor with an office, a cabinet in it and a meeting room; a USB stick used in the
/// cabinet is the one finding.
QByteArray planDocument()
{
    using namespace daicho;
    RegisterData d;
    d.title = QStringLiteral("テスト市 情報資産管理台帳");
    d.scheme = ClassificationScheme::preset(ClassificationScheme::defaultPresetId()).toJson();
    d.departments.append({1, QStringLiteral("0110"), QStringLiteral("情報政策課"), 0, {}, {}});
    auto place = [&](Id id, Id parent, PlaceKind kind, const QString &name, int level, const QList<QPoint> &outline) {
        Place p;
        p.id = id;
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        p.level = level;
        p.outline = outline;
        d.places.append(p);
    };
    place(1, 0, PlaceKind::Site, QStringLiteral("東庁舎敷地"), 2, {});
    place(2, 1, PlaceKind::Building, QStringLiteral("東庁舎"), 2, {});
    place(3, 2, PlaceKind::Floor, QStringLiteral("2階"), 2, {});
    place(4, 3, PlaceKind::Room, QStringLiteral("情報政策課 執務室"), 2, {{0, 0}, {12000, 0}, {12000, 8000}, {0, 8000}});
    place(5, 3, PlaceKind::Room, QStringLiteral("第1会議室"), 2, {{12000, 0}, {18000, 0}, {18000, 8000}, {12000, 8000}});
    place(6, 4, PlaceKind::Container, QStringLiteral("施錠キャビネット1"), 3, {{500, 500}, {2500, 500}, {2500, 1300}, {500, 1300}});
    auto asset = [&](Id id, const QString &number, AssetKind kind, Id use) {
        Asset a;
        a.id = id;
        a.number = number;
        a.name = number;
        a.kind = kind;
        a.departmentId = 1;
        a.usePlaceId = use;
        d.assets.append(a);
    };
    asset(1, QStringLiteral("W-001"), AssetKind::Pc, 4);
    asset(2, QStringLiteral("W-002"), AssetKind::Multifunction, 5);
    asset(3, QStringLiteral("W-003"), AssetKind::RemovableMedia, 6);
    FloorPlan plan;
    plan.id = 1;
    plan.floorId = 3;
    plan.title = QStringLiteral("情報政策課 東庁舎2階 区画図");
    plan.departmentId = 1;
    plan.author = QStringLiteral("山田 太郎");
    plan.edition = QStringLiteral("第1版");
    plan.createdOn = QDate(2026, 4, 1);
    plan.doors.append({QPoint(14000, 8000), QPoint(15000, 8000), true, {}, false, {}, false, {}});
    d.plans.append(plan);
    return JsonExchange::write(d);
}

} // namespace

TEST(Cli, PlanOfADemoFloorIsAPdfThatNamesTheFloor)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("demo.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("300")}).code, 0);
    const QString pdf = dir.path(QStringLiteral("3f.pdf"));
    // No platform chosen and no display: the command must pick "offscreen" itself.
    const Result r = cli({QStringLiteral("plan"), reg, QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階"),
                          QStringLiteral("--out"), pdf},
                         {QStringLiteral("QT_QPA_PLATFORM")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("3階"))) << qPrintable(r.out);
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        EXPECT_TRUE(text.contains(nfkc(QStringLiteral("3階")))) << qPrintable(text.left(500));
        EXPECT_TRUE(text.contains(nfkc(QStringLiteral("本庁舎")))) << qPrintable(text.left(500));
    }

    // The other formats and options.
    const QString png = dir.path(QStringLiteral("3f.png"));
    EXPECT_EQ(cli({QStringLiteral("plan"), reg, QStringLiteral("--floor"), QStringLiteral("本庁舎>3階"), QStringLiteral("--out"),
                   png, QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--mono"), QStringLiteral("--dpi"),
                   QStringLiteral("60"), QStringLiteral("--after-hours")})
                  .code,
              0);
    EXPECT_TRUE(readAll(png).startsWith("\x89PNG"));
    const QString svg = dir.path(QStringLiteral("3f.svg"));
    EXPECT_EQ(cli({QStringLiteral("plan"), reg, QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階"), QStringLiteral("--out"),
                   svg, QStringLiteral("--scale"), QStringLiteral("1:1000")})
                  .code,
              0);
    EXPECT_TRUE(readAll(svg).contains("<svg"));
}

TEST(Cli, PlanRefusesUnknownAndAmbiguousFloorsAndBadOptionsWith2)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("demo.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("50")}).code, 0);
    const QString out = dir.path(QStringLiteral("p.pdf"));
    auto plan = [&](const QStringList &more) {
        return cli(QStringList{QStringLiteral("plan"), reg} + more);
    };
    // Unknown: the floors are listed.
    Result r = plan({QStringLiteral("--floor"), QStringLiteral("99階"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("本庁舎 › 1階"))) << qPrintable(r.err);
    // Two buildings have a 3階: both are named.
    r = plan({QStringLiteral("--floor"), QStringLiteral("3階"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("本庁舎 › 3階"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("第二庁舎 › 3階"))) << qPrintable(r.err);
    EXPECT_FALSE(QFile::exists(out));
    // Options.
    EXPECT_EQ(plan({QStringLiteral("--out"), out}).code, 2); // no --floor
    EXPECT_EQ(plan({QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階")}).code, 2); // no --out
    EXPECT_EQ(plan({QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階"), QStringLiteral("--out"),
                    dir.path(QStringLiteral("p.docx"))}).code,
              2);
    EXPECT_EQ(plan({QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階"), QStringLiteral("--out"), out,
                    QStringLiteral("--paper"), QStringLiteral("B5")}).code,
              2);
    // A scale at which the floor does not fit is refused with the reason.
    r = plan({QStringLiteral("--floor"), QStringLiteral("本庁舎 › 3階"), QStringLiteral("--out"), out,
              QStringLiteral("--scale"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("1:1"))) << qPrintable(r.err);
    EXPECT_FALSE(QFile::exists(out));
}

TEST(Cli, PlanToAnUnwritablePathExitsWith3)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    const QString json = dir.path(QStringLiteral("r.json"));
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(planDocument());
    f.close();
    ASSERT_EQ(cli({QStringLiteral("new"), reg}).code, 0);
    const Result imported = cli({QStringLiteral("import"), reg, json});
    ASSERT_EQ(imported.code, 0) << qPrintable(imported.err);

    // A folder that is a file: not even root can write there.
    const QString bad = dir.path(QStringLiteral("r.json/plan.pdf"));
    const Result r = cli({QStringLiteral("plan"), reg, QStringLiteral("--floor"), QStringLiteral("2階"),
                          QStringLiteral("--out"), bad});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(bad)) << qPrintable(r.err);
    EXPECT_EQ(cli({QStringLiteral("plan"), dir.path(QStringLiteral("missing.daicho")), QStringLiteral("--floor"),
                   QStringLiteral("2階"), QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))})
                  .code,
              3);

    // The imported floor: its areas, the finding's 管理番号 and the title block.
    const QString pdf = dir.path(QStringLiteral("plan.pdf"));
    const Result ok = cli({QStringLiteral("plan"), reg, QStringLiteral("--floor"), QStringLiteral("東庁舎 › ２階"),
                           QStringLiteral("--out"), pdf});
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.err);
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        GTEST_SKIP() << "needs poppler-utils (pdftotext) for the content";
    for (const QString &s : {QStringLiteral("情報政策課 東庁舎2階 区画図"), QStringLiteral("第1会議室"), QStringLiteral("W-003"),
                             QStringLiteral("ZONE-USE-CONTAINER"), QStringLiteral("山田 太郎"), QStringLiteral("令和8年4月1日")})
        EXPECT_TRUE(text.contains(nfkc(s))) << "missing: " << qPrintable(s) << "\n" << qPrintable(text.left(1500));
}

namespace {

/// A copy of a register's JSON document without its assets (departments, people and places stay).
void writeSkeleton(const QString &from, const QString &to)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(from)).object();
    for (const char *key : {"assets", "links", "acceptances", "plans", "audit"}) {
        if (o.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), QJsonArray());
    }
    QFile f(to);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

TEST(Cli, CsvRoundTripIntoANewRegisterGivesTheSameLedger)
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.daicho"));
    const QString b = dir.path(QStringLiteral("b.daicho"));
    const QString ja = dir.path(QStringLiteral("a.json"));
    const QString skeleton = dir.path(QStringLiteral("skeleton.json"));
    ASSERT_EQ(cli({QStringLiteral("demo"), a, QStringLiteral("--assets"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("export"), a, QStringLiteral("--out"), ja}).code, 0);
    writeSkeleton(ja, skeleton);
    ASSERT_EQ(cli({QStringLiteral("new"), b}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("import"), b, skeleton}).code, 0);

    // Every column but the two an import sets itself (更新日, 更新者) and the effective (実効)
    // classification, which comes from the links between assets (not part of the ledger).
    const QJsonObject scheme = QJsonDocument::fromJson(readAll(ja)).object().value(QStringLiteral("scheme")).toObject();
    QStringList columns = daicho::LedgerColumns::keys(daicho::ClassificationScheme::fromJson(scheme));
    columns.removeAll(QStringLiteral("updatedOn"));
    columns.removeAll(QStringLiteral("updatedBy"));
    columns.removeIf([](const QString &key) { return key.startsWith(QLatin1String("effective")); });
    const QString list = columns.join(QLatin1Char(','));
    for (const QString &encoding : {QStringLiteral("utf-8"), QStringLiteral("cp932")}) {
        const QString fresh = dir.path(encoding + QStringLiteral(".daicho"));
        ASSERT_EQ(cli({QStringLiteral("new"), fresh}).code, 0);
        ASSERT_EQ(cli({QStringLiteral("import"), fresh, skeleton}).code, 0);
        const QString csvA = dir.path(encoding + QStringLiteral("-a.csv"));
        const QString csvB = dir.path(encoding + QStringLiteral("-b.csv"));
        const Result exp = cli({QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvA,
                                QStringLiteral("--columns"), list, QStringLiteral("--encoding"), encoding});
        ASSERT_EQ(exp.code, 0) << qPrintable(exp.err);
        const Result imp = cli({QStringLiteral("import"), fresh, csvA, QStringLiteral("--format"), QStringLiteral("csv")});
        ASSERT_EQ(imp.code, 0) << qPrintable(imp.err.left(3000));
        ASSERT_EQ(cli({QStringLiteral("export"), fresh, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvB,
                       QStringLiteral("--columns"), list, QStringLiteral("--encoding"), encoding}).code, 0);
        const QByteArray first = readAll(csvA);
        EXPECT_GT(first.size(), 10000);
        EXPECT_EQ(first, readAll(csvB)) << qPrintable(encoding);
        EXPECT_EQ(cli({QStringLiteral("verify"), fresh}).code, 0);
    }
    (void)b;
}

TEST(Cli, CsvDryRunWithProblemsWritesNothingAndReportsThem)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("30")}).code, 0);
    const QString before = dir.path(QStringLiteral("before.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), before}).code, 0);
    const QString department = QJsonDocument::fromJson(readAll(before)).object().value(QStringLiteral("departments"))
                                   .toArray().first().toObject().value(QStringLiteral("code")).toString();

    const QString input = dir.path(QStringLiteral("in.csv"));
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("台帳\r\n管理番号,情報資産名称,機密性,登録日\r\nNEW-1,良い資産,機密性2,R7.4.1\r\nNEW-2,悪い資産,機密性9,R7.2.30\r\n")
                    .toUtf8());
    }
    const QString report = dir.path(QStringLiteral("report.csv"));
    const Result r = cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--department"),
                          department, QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("機密性9"))) << qPrintable(r.err);
    const QList<QStringList> rows = daicho::CsvFormat::read(readAll(report));
    ASSERT_EQ(rows.size(), 3); // header + two problems of row 4
    EXPECT_EQ(rows.at(1).at(0), QStringLiteral("4"));
    EXPECT_EQ(rows.at(1).at(1), QStringLiteral("機密性"));
    EXPECT_EQ(rows.at(2).at(1), QStringLiteral("登録日"));
    // Without --dry-run it is refused all the same: nothing is written.
    EXPECT_EQ(cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--department"),
                   department}).code, 1);
    const QString after = dir.path(QStringLiteral("after.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), after}).code, 0);
    EXPECT_EQ(readAll(before), readAll(after));

    // A clean file: the dry run accepts it and still writes nothing; the import then adds it.
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("管理番号,情報資産名称,機密性,登録日\r\nNEW-1,良い資産,機密性2,R7.4.1\r\n").toUtf8());
    }
    const Result dry = cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--department"),
                            department, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << qPrintable(dry.err);
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), after}).code, 0);
    EXPECT_EQ(readAll(before), readAll(after));
    const Result real = cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--department"),
                             department});
    EXPECT_EQ(real.code, 0) << qPrintable(real.err);
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), after}).code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(readAll(after)).object().value(QStringLiteral("assets")).toArray().size(), 31);
    // Again: the 管理番号 is now taken.
    EXPECT_EQ(cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--department"),
                   department}).code, 1);
}

TEST(Cli, CsvExportOptionsAreChecked)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("20")}).code, 0);
    const QString out = dir.path(QStringLiteral("o.csv"));
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                   QStringLiteral("--columns"), QStringLiteral("number,colour")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                   QStringLiteral("--encoding"), QStringLiteral("latin1")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                   QStringLiteral("--department"), QStringLiteral("NO-SUCH")}).code, 2);
    const Result ok = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                           QStringLiteral("--columns"), QStringLiteral("number,name")});
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.err);
    const QList<QStringList> rows = daicho::CsvFormat::read(readAll(out));
    EXPECT_EQ(rows.size(), 21);
    EXPECT_EQ(rows.first().size(), 2);
}

TEST(Cli, XlsxExportWritesTheLedgerPerDepartment)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("r.daicho"));
    ASSERT_EQ(cli({QStringLiteral("demo"), reg, QStringLiteral("--assets"), QStringLiteral("40")}).code, 0);
    const QString out = dir.path(QStringLiteral("台帳.xlsx"));
    const Result ok = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("A3"),
                           QStringLiteral("--per-department")});
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.err);
    ASSERT_TRUE(QFileInfo::exists(out));
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        GTEST_SKIP() << "unzip is needed to look inside the workbook";
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), out});
    ASSERT_TRUE(unzip.waitForFinished(20000));
    const QString listing = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(listing.contains(QStringLiteral("xl/worksheets/sheet2.xml"))); // more than one department
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("xlsx"),
                   QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("B4")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("xlsx"),
                   QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.xlsx")}).code, 3);
}

TEST(Cli, CsvIntoAFreshRegisterCreatesDepartmentsPeopleAndNumbersWhenAsked)
{
    TempDir dir;
    const QString reg = dir.path(QStringLiteral("fresh.daicho"));
    ASSERT_EQ(cli({QStringLiteral("new"), reg}).code, 0);
    const QString input = dir.path(QStringLiteral("ledger.csv"));
    QFile f(input);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("情報資産管理台帳\n"
                           "管理番号,情報資産名称,所属,管理者,機密性\n"
                           ",住民票の写し交付申請書,市民課,佐藤 花子,機密性3\n"
                           ",窓口端末,市民課,佐藤 花子,2\n"
                           "Z-9,固定資産課税台帳,税務課,鈴木 一郎,3\n")
                .toUtf8());
    f.close();
    const Result refused = cli({QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(refused.code, 1) << qPrintable(refused.err);
    const QStringList args{QStringLiteral("import"), reg, input, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--create-missing"), QStringLiteral("--number-missing")};
    const Result dry = cli(args + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.code, 0) << qPrintable(dry.err);
    EXPECT_TRUE(dry.out.contains(QStringLiteral("市民課"))) << qPrintable(dry.out);
    EXPECT_TRUE(dry.out.contains(QStringLiteral("佐藤 花子"))) << qPrintable(dry.out);
    const Result real = cli(args);
    ASSERT_EQ(real.code, 0) << qPrintable(real.err);
    const QString json = dir.path(QStringLiteral("out.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), reg, QStringLiteral("--out"), json}).code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(doc.value(QStringLiteral("departments")).toArray().size(), 2);
    EXPECT_EQ(doc.value(QStringLiteral("people")).toArray().size(), 2);
    const QJsonArray assets = doc.value(QStringLiteral("assets")).toArray();
    ASSERT_EQ(assets.size(), 3);
    QStringList numbers;
    for (const QJsonValue &a : assets)
        numbers.append(a.toObject().value(QStringLiteral("number")).toString());
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("Z-10"), QStringLiteral("Z-11"), QStringLiteral("Z-9")}));
    EXPECT_EQ(cli({QStringLiteral("verify"), reg}).code, 0);
}
