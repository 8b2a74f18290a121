#include "core/registercheck.h"
#include "db/registerstore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using daicho::test::TempDir;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("DAICHO_LANG"), QStringLiteral("ja"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DAICHO_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

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
