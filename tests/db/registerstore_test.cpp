#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "db/registerstore.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

QJsonObject soumu() { return ClassificationScheme::preset(QStringLiteral("soumu")).toJson(); }

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL on a file the way someone with the sqlite3 tool would, behind Daicho's back.
void tamper(const QString &path, const QString &sql)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!tool.isEmpty()) {
        QProcess p;
        p.start(tool, {path, sql});
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

struct Fixture : ::testing::Test {
    TempDir dir;
    QString path = dir.path(QStringLiteral("register.daicho"));
    std::unique_ptr<RegisterStore> store;
    Department dep;
    Person person;

    void SetUp() override
    {
        store = RegisterStore::create(path, soumu(), QStringLiteral("テスト台帳"));
        dep.code = QStringLiteral("110");
        dep.name = QStringLiteral("総務課");
        store->insertDepartment(dep);
        person.name = QStringLiteral("山田 太郎");
        person.departmentId = dep.id;
        person.roles = {QStringLiteral("情報セキュリティ責任者")};
        store->insertPerson(person);
    }

    Asset sampleAsset(const QString &number = QStringLiteral("110-0001"))
    {
        Asset a;
        a.number = number;
        a.departmentId = dep.id;
        a.name = QStringLiteral("住民基本台帳データ");
        a.kind = AssetKind::InformationElectronic;
        a.confidentiality = QStringLiteral("2");
        return a;
    }
};

} // namespace

TEST_F(Fixture, FreshFileIsACurrentRegisterReadableByItsOwnerOnly)
{
    EXPECT_EQ(store->schemaVersion(), RegisterStore::currentSchemaVersion());
    EXPECT_EQ(store->title(), QStringLiteral("テスト台帳"));
    EXPECT_EQ(store->scheme(), soumu());
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    EXPECT_TRUE(perms & QFileDevice::ReadOwner);
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    EXPECT_EQ(store->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(store->database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(store->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    EXPECT_TRUE(store->verify().ok());
}

TEST_F(Fixture, CreateRefusesAnExistingFile)
{
    EXPECT_THROW(RegisterStore::create(path, soumu(), QString()), FileError);
}

TEST_F(Fixture, ReopeningIsANoOp)
{
    Asset a = sampleAsset();
    store->insertAsset(a);
    const int entries = int(store->auditLog().size());
    store.reset();
    store = RegisterStore::open(path);
    store.reset();
    store = RegisterStore::open(path);
    EXPECT_EQ(store->schemaVersion(), RegisterStore::currentSchemaVersion());
    EXPECT_EQ(store->auditLog().size(), entries);
    EXPECT_EQ(store->assets().size(), 1);
}

TEST_F(Fixture, NewerVersionIsRefusedAndLeftByteForByteUntouched)
{
    store.reset();
    tamper(path, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    try {
        RegisterStore::open(path);
        FAIL() << "a newer register was opened";
    } catch (const FileError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("99"))) << e.what();
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
}

TEST(RegisterFile, TextFileIsNotARegister)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.daicho"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("これは台帳ではありません。\n");
    f.close();
    EXPECT_THROW(RegisterStore::open(path), FileError);
    QFile empty(dir.path(QStringLiteral("empty.daicho")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    EXPECT_THROW(RegisterStore::open(empty.fileName()), FileError);
    EXPECT_THROW(RegisterStore::open(dir.path(QStringLiteral("missing.daicho"))), FileError);
}

TEST(RegisterFile, OtherSqliteDatabaseIsRefusedUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    tamper(path, QStringLiteral("CREATE TABLE t(x)"));
    const QByteArray before = fileHash(path);
    EXPECT_THROW(RegisterStore::open(path), FileError);
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(Fixture, DamagedFileGetsAMessageNotACrash)
{
    for (int i = 0; i < 50; ++i) {
        Asset a = sampleAsset(QStringLiteral("110-%1").arg(i, 4, 10, QLatin1Char('0')));
        a.notes = QString(2000, QLatin1Char('x'));
        store->insertAsset(a);
    }
    store.reset();
    // Checkpoint the WAL into the main file, then overwrite pages in the middle.
    tamper(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8192);
    f.seek(4096);
    f.write(QByteArray(int(size - 8192), '\xAB'));
    f.close();
    // The damage is met when opening or, at the latest, when reading the rows.
    EXPECT_THROW(RegisterStore::open(path)->load(), FileError);
}

TEST_F(Fixture, FailedWriteRollsBackEverything)
{
    Asset a = sampleAsset();
    store->insertAsset(a);
    const auto auditBefore = store->auditLog();
    Asset dup = sampleAsset(); // same 管理番号
    EXPECT_THROW(store->insertAsset(dup), ValidationError);
    Asset bad = sampleAsset(QStringLiteral("110-0002"));
    bad.departmentId = 999; // foreign key violation inside the transaction
    EXPECT_THROW(store->insertAsset(bad), DbError);
    EXPECT_EQ(store->assets().size(), 1);
    EXPECT_EQ(store->auditLog(), auditBefore);
    EXPECT_TRUE(store->verify().ok());
}

TEST_F(Fixture, EveryFieldRoundTrips)
{
    Asset a;
    a.number = QStringLiteral("110-髙-0001");
    a.departmentId = dep.id;
    a.businessCategory = QStringLiteral("住民記録（異動届）");
    a.name = QStringLiteral("住民票写し交付申請書 😀 ～①");
    a.kind = AssetKind::RemovableMedia;
    a.segment = NetworkSegment::MyNumber;
    a.userScope = QStringLiteral("市民課職員のみ");
    a.managerId = person.id;
    a.medium = QStringLiteral("USBメモリ（暗号化）");
    a.personalInfo = true;
    a.sensitivePersonalInfo = true;
    a.myNumber = true;
    a.subjectCount = 123456;
    a.confidentiality = QStringLiteral("3");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("1");
    a.importance = QStringLiteral("A");
    a.restrictions = {QStringLiteral("複製禁止"), QStringLiteral("関係者限り")};
    a.measures = {{QStringLiteral("ENCRYPT_ON_SEND"), true}, {QStringLiteral("LOCKED_STORAGE"), false}};
    a.encrypted = true;
    a.wireLocked = true;
    a.canRemoteOperate = true;
    a.provision = Provision::Private;
    a.retentionPeriod = QStringLiteral("永年");
    a.retentionUntil = QDate(2099, 3, 31);
    a.registeredOn = QDate(2019, 5, 1);
    a.notes = QString(10000, QChar(0x53f0)) + QStringLiteral("\n改行\tタブ");
    a.status = AssetStatus::Disposed;
    Asset system = sampleAsset(QStringLiteral("SYS-1"));
    system.kind = AssetKind::InformationSystem;
    store->insertAsset(system);
    a.systemId = system.id;
    store->insertAsset(a);
    store.reset();
    store = RegisterStore::open(path);
    const Asset back = store->asset(a.id);
    EXPECT_EQ(back, a);
    EXPECT_TRUE(store->verify().ok());
}

TEST_F(Fixture, UpdatesRecordFieldLevelChanges)
{
    store->setPerson(QStringLiteral("山田 太郎"));
    Asset a = sampleAsset();
    store->insertAsset(a);
    a.name = QStringLiteral("住民基本台帳データ（写し）");
    a.confidentiality = QStringLiteral("3");
    const QList<FieldChange> changes = store->updateAsset(a);
    ASSERT_EQ(changes.size(), 2);
    const auto history = store->history(QStringLiteral("asset"), a.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().action, QStringLiteral("update"));
    EXPECT_EQ(history.last().person, QStringLiteral("山田 太郎"));
    bool sawName = false;
    for (const FieldChange &c : history.last().changes) {
        if (c.field == QLatin1String("name")) {
            sawName = true;
            EXPECT_EQ(c.oldValue.toString(), QStringLiteral("住民基本台帳データ"));
            EXPECT_EQ(c.newValue.toString(), QStringLiteral("住民基本台帳データ（写し）"));
        }
    }
    EXPECT_TRUE(sawName);
    // Writing the same values again changes nothing and records nothing.
    EXPECT_TRUE(store->updateAsset(a).isEmpty());
    EXPECT_EQ(store->history(QStringLiteral("asset"), a.id).size(), 2);
}

TEST_F(Fixture, AuditChainDetectsARowChangedWithTheSqliteTool)
{
    Asset a = sampleAsset();
    store->insertAsset(a);
    ASSERT_TRUE(store->verify().ok());
    store.reset();
    tamper(path, QStringLiteral("UPDATE assets SET confidentiality = '1' WHERE number = '110-0001'"));
    store = RegisterStore::open(path);
    const VerifyReport r = store->verify();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems.join(QLatin1Char('\n')).contains(QString::number(a.id)));
}

TEST_F(Fixture, AuditChainDetectsADeletedRowAndAnEditedLog)
{
    Asset a = sampleAsset();
    store->insertAsset(a);
    Asset b = sampleAsset(QStringLiteral("110-0002"));
    store->insertAsset(b);
    store.reset();
    tamper(path, QStringLiteral("DELETE FROM assets WHERE number = '110-0002'"));
    store = RegisterStore::open(path);
    EXPECT_FALSE(store->verify().ok());
    store.reset();

    TempDir other;
    const QString p2 = other.path(QStringLiteral("r.daicho"));
    {
        auto s = RegisterStore::create(p2, soumu(), QStringLiteral("x"));
        Department d{0, QStringLiteral("1"), QStringLiteral("課"), 0, {}, {}};
        s->insertDepartment(d);
    }
    tamper(p2, QStringLiteral("UPDATE audit_log SET person = 'someone else' WHERE seq = 1"));
    EXPECT_FALSE(RegisterStore::open(p2)->verify().ok());
    tamper(p2, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    EXPECT_FALSE(RegisterStore::open(p2)->verify().ok());
}

TEST_F(Fixture, DeletingAnAssetRemovesItsLinksWithAuditEntries)
{
    Asset info = sampleAsset();
    store->insertAsset(info);
    Asset pc = sampleAsset(QStringLiteral("PC-1"));
    pc.kind = AssetKind::Pc;
    store->insertAsset(pc);
    AssetLink l{0, info.id, pc.id, LinkType::StoredOn};
    store->insertLink(l);
    AssetLink again{0, info.id, pc.id, LinkType::StoredOn};
    EXPECT_THROW(store->insertLink(again), ValidationError);
    store->deleteAsset(pc.id);
    EXPECT_TRUE(store->links().isEmpty());
    EXPECT_EQ(store->assets().size(), 1);
    EXPECT_TRUE(store->verify().ok());
}

TEST_F(Fixture, DepartmentInUseCannotBeDeleted)
{
    Asset a = sampleAsset();
    store->insertAsset(a);
    EXPECT_THROW(store->deleteDepartment(dep.id), ValidationError);
    EXPECT_EQ(store->departments().size(), 1);
}

TEST_F(Fixture, SettingsAreAudited)
{
    store->setSetting(QStringLiteral("dateStyle"), QStringLiteral("wareki"));
    EXPECT_EQ(store->settings().value(QStringLiteral("dateStyle")), QStringLiteral("wareki"));
    EXPECT_TRUE(store->verify().ok());
    store.reset();
    tamper(path, QStringLiteral("UPDATE settings SET value = 'seireki' WHERE key = 'dateStyle'"));
    EXPECT_FALSE(RegisterStore::open(path)->verify().ok());
}

TEST(RegisterFile, OpensEveryOlderSchemaFixture)
{
    // One fixture per schema version, kept from the day that version shipped.
    for (int v = 1; v <= RegisterStore::currentSchemaVersion(); ++v) {
        const QString fixture = daicho::test::dataPath(QStringLiteral("register-v%1.sql").arg(v));
        ASSERT_TRUE(QFileInfo::exists(fixture)) << qPrintable(fixture);
        TempDir dir;
        const QString path = dir.path(QStringLiteral("old.daicho"));
        QFile sql(fixture);
        ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (tool.isEmpty())
            GTEST_SKIP() << "the sqlite3 tool is needed to build the fixture";
        QProcess p;
        p.setStandardInputFile(fixture);
        p.start(tool, {path});
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_EQ(p.exitCode(), 0);
        auto store = RegisterStore::open(path);
        EXPECT_EQ(store->schemaVersion(), RegisterStore::currentSchemaVersion());
        EXPECT_FALSE(store->assets().isEmpty());
        EXPECT_TRUE(store->verify().ok()) << qPrintable(store->verify().problems.join(QLatin1Char('\n')));
        // The upgraded file takes new writes.
        Asset a = store->assets().first();
        a.notes = QStringLiteral("upgraded");
        store->updateAsset(a);
        EXPECT_TRUE(store->verify().ok());
    }
}

#include "core/demogenerator.h"

TEST_F(Fixture, ImportIntoAFilledRegisterMergesWithNewIdsAndAuditEntries)
{
    Asset own = sampleAsset();
    store->insertAsset(own);
    RegisterData data = DemoGenerator::generate(60, 5);
    data.scheme = soumu();
    // The register already has a department with one of the document's codes.
    Department same{0, data.departments.first().code, QStringLiteral("既存の所属"), 0, {}, {}};
    store->insertDepartment(same);
    const int departmentsBefore = int(store->departments().size());
    store->import(data);
    EXPECT_EQ(store->assets().size(), 61);
    EXPECT_EQ(store->departments().size(), departmentsBefore + data.departments.size() - 1);
    EXPECT_EQ(store->links().size(), data.links.size());
    // References follow the new ids: compare by 管理番号.
    QHash<Id, QString> numberOf;
    for (const Asset &a : data.assets)
        numberOf.insert(a.id, a.number);
    QHash<QString, Asset> stored;
    QHash<Id, QString> storedNumberOf;
    for (const Asset &a : store->assets()) {
        stored.insert(a.number, a);
        storedNumberOf.insert(a.id, a.number);
    }
    for (const Asset &a : data.assets) {
        ASSERT_TRUE(stored.contains(a.number));
        const Asset &b = stored.value(a.number);
        EXPECT_EQ(a.systemId ? numberOf.value(a.systemId) : QString(), b.systemId ? storedNumberOf.value(b.systemId) : QString());
        EXPECT_EQ(b.name, a.name);
    }
    QSet<QPair<QString, QString>> expectedLinks, storedLinks;
    for (const AssetLink &l : data.links)
        expectedLinks.insert({numberOf.value(l.fromId), numberOf.value(l.toId)});
    for (const AssetLink &l : store->links())
        storedLinks.insert({storedNumberOf.value(l.fromId), storedNumberOf.value(l.toId)});
    EXPECT_EQ(storedLinks, expectedLinks);
    const VerifyReport r = store->verify();
    EXPECT_TRUE(r.ok()) << qPrintable(r.problems.join(QLatin1Char('\n')));
    // The same document again clashes on every 管理番号: nothing more is written.
    const auto auditBefore = store->auditLog().size();
    EXPECT_THROW(store->import(data), ValidationError);
    EXPECT_EQ(store->assets().size(), 61);
    EXPECT_EQ(store->auditLog().size(), auditBefore);
}

TEST_F(Fixture, ImportedRowsNeverReuseTheIdsOfDeletedRows)
{
    // The import numbers its rows itself, before writing them: after the highest id the
    // register ever gave (AUTOINCREMENT), not after the highest id it still has.
    RegisterData first = DemoGenerator::generate(10, 2);
    first.scheme = soumu();
    store->import(first);
    Id highestAsset = 0, highestLink = 0;
    for (const Asset &a : store->assets())
        highestAsset = std::max(highestAsset, a.id);
    for (const AssetLink &l : store->links())
        highestLink = std::max(highestLink, l.id);
    ASSERT_GT(highestLink, 0);
    store->deleteLink(highestLink);
    store->deleteAsset(highestAsset);
    RegisterData second = DemoGenerator::generate(10, 2);
    second.scheme = soumu();
    for (Asset &a : second.assets)
        a.number += QStringLiteral("-2");
    for (Department &d : second.departments)
        d.code += QStringLiteral("-2");
    second.plans.clear(); // its places are the first's, which have their floor plans
    store->import(second);
    QSet<Id> secondIds;
    for (const Asset &a : store->assets()) {
        if (a.number.endsWith(QLatin1String("-2"))) {
            EXPECT_GT(a.id, highestAsset) << qPrintable(a.number);
            secondIds.insert(a.id);
        }
    }
    EXPECT_EQ(secondIds.size(), second.assets.size());
    int secondLinks = 0;
    for (const AssetLink &l : store->links()) {
        if (secondIds.contains(l.fromId)) {
            EXPECT_GT(l.id, highestLink);
            ++secondLinks;
        }
    }
    EXPECT_EQ(secondLinks, second.links.size());
    // A row added by hand afterwards continues after the imported ones.
    Asset later = sampleAsset();
    later.number = QStringLiteral("IA-LATER");
    EXPECT_GT(store->insertAsset(later), *std::max_element(secondIds.cbegin(), secondIds.cend()));
    const VerifyReport r = store->verify();
    EXPECT_TRUE(r.ok()) << qPrintable(r.problems.join(QLatin1Char('\n')));
}

TEST_F(Fixture, ImportedTextWithALoneSurrogateVerifies)
{
    // Bulk imports write text from their own UTF-8 buffers: a lone surrogate must be stored
    // as the '?' the audit hash was computed over, or verify would report the row changed.
    RegisterData data = DemoGenerator::generate(5, 3);
    data.scheme = soumu();
    data.assets[0].name = QStringLiteral("壊れた");
    data.assets[0].name.append(QChar(0xD800));
    data.assets[0].notes = QStringLiteral("😀 is a proper pair");
    store->import(data);
    const VerifyReport r = store->verify();
    EXPECT_TRUE(r.ok()) << qPrintable(r.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(store->asset(data.assets[0].id).name, QStringLiteral("壊れた?"));
    EXPECT_EQ(store->asset(data.assets[0].id).notes, QStringLiteral("😀 is a proper pair"));
}

TEST_F(Fixture, ALargeRegisterReadsTheSameInTwoHalves)
{
    // From 10,000 assets the second half is read on another core through its own connection;
    // the halves must join into exactly the rows, in id order. Inside a write transaction
    // (whose rows the other connection cannot see) it reads alone, and sees them.
    RegisterData data = DemoGenerator::generate(12001, 5);
    data.scheme = soumu();
    store->import(data); // into an empty register: the ids are kept
    const QList<Asset> read = store->assets();
    QList<Asset> alone;
    store->batch([&] { alone = store->assets(); }); // in a transaction: one connection
    ASSERT_EQ(read.size(), data.assets.size());
    ASSERT_EQ(alone.size(), data.assets.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        ASSERT_EQ(read.at(i).id, data.assets.at(i).id) << i;
        ASSERT_EQ(read.at(i).number, data.assets.at(i).number) << i;
        ASSERT_EQ(read.at(i), alone.at(i)) << i;
    }
    store->batch([&] {
        Asset added = sampleAsset();
        added.number = QStringLiteral("IA-IN-BATCH");
        store->insertAsset(added);
        const QList<Asset> inside = store->assets();
        EXPECT_EQ(inside.size(), data.assets.size() + 1);
        EXPECT_EQ(inside.last().number, QStringLiteral("IA-IN-BATCH"));
    });
    EXPECT_EQ(store->assets().size(), data.assets.size() + 1);
}

TEST(RegisterFile, ImportIntoAnEmptyRegisterKeepsIdsAndVerifies)
{
    TempDir dir;
    auto store = RegisterStore::create(dir.path(QStringLiteral("e.daicho")), soumu(), QStringLiteral("x"));
    RegisterData data = DemoGenerator::generate(80, 9);
    data.scheme = soumu();
    store->import(data);
    const RegisterData back = store->load();
    EXPECT_EQ(back.assets, data.assets);
    EXPECT_EQ(back.links, data.links);
    EXPECT_EQ(back.departments, data.departments);
    EXPECT_TRUE(store->verify().ok());
}
