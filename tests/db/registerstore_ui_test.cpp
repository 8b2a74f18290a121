// RegisterStore's restore methods, which the UI's undo of a delete relies on.
#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "db/registerstore.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

struct RestoreFixture : ::testing::Test {
    TempDir dir;
    QString path = dir.path(QStringLiteral("register.daicho"));
    std::unique_ptr<RegisterStore> store;
    Department dep;
    Person person;
    Asset data, pc, system;

    void SetUp() override
    {
        store = RegisterStore::create(path, ClassificationScheme::preset(QStringLiteral("soumu")).toJson(),
                                      QStringLiteral("テスト台帳"));
        dep = {0, QStringLiteral("110"), QStringLiteral("総務課"), 0, {}, {}};
        store->insertDepartment(dep);
        person = {0, QStringLiteral("山田 太郎"), dep.id, {}};
        store->insertPerson(person);
        data = asset(QStringLiteral("110-0001"), QStringLiteral("住民基本台帳データ"), AssetKind::InformationElectronic);
        data.confidentiality = QStringLiteral("3");
        data.managerId = person.id;
        store->insertAsset(data);
        pc = asset(QStringLiteral("PC-001"), QStringLiteral("窓口端末"), AssetKind::Pc);
        store->insertAsset(pc);
        system = asset(QStringLiteral("SYS-001"), QStringLiteral("住民記録システム"), AssetKind::InformationSystem);
        store->insertAsset(system);
        data.systemId = system.id;
        store->updateAsset(data);
    }

    Asset asset(const QString &number, const QString &name, AssetKind kind) const
    {
        Asset a;
        a.number = number;
        a.name = name;
        a.kind = kind;
        a.departmentId = dep.id;
        return a;
    }
};

} // namespace

TEST_F(RestoreFixture, ADeletedAssetComesBackWithItsIdLinksAndReferences)
{
    AssetLink stored{0, data.id, pc.id, LinkType::StoredOn};
    store->insertLink(stored);
    AssetLink access{0, pc.id, system.id, LinkType::CanAccess};
    store->insertLink(access);
    const Asset before = store->asset(system.id);

    store->deleteAsset(system.id);
    EXPECT_EQ(store->asset(data.id).systemId, 0);
    EXPECT_EQ(store->links().size(), 1);

    store->restoreAsset(before, {access}, {data.id});
    EXPECT_EQ(store->asset(system.id), before);
    EXPECT_EQ(store->asset(data.id).systemId, system.id);
    EXPECT_EQ(store->links(), (QList<AssetLink>{stored, access}));
    const QList<AuditEntry> history = store->history(QStringLiteral("asset"), system.id);
    ASSERT_GE(history.size(), 3);
    EXPECT_EQ(history.last().action, QStringLiteral("create"));
    EXPECT_EQ(history.at(history.size() - 2).action, QStringLiteral("delete"));
    EXPECT_TRUE(store->verify().ok()) << store->verify().problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RestoreFixture, RestoreRefusesATakenIdOrNumberAndLeavesTheFileAsItWas)
{
    const Asset original = store->asset(pc.id);
    EXPECT_THROW(store->restoreAsset(original), RuntimeError); // the id is in use
    store->deleteAsset(pc.id);
    Asset other = asset(QStringLiteral("PC-001"), QStringLiteral("別の端末"), AssetKind::Pc);
    store->insertAsset(other); // takes the number (and, with SQLite's rowid reuse, maybe the id)
    const int entries = int(store->auditLog().size());
    EXPECT_THROW(store->restoreAsset(original), RuntimeError);
    EXPECT_EQ(store->auditLog().size(), entries);
    // The audit chain still continues correctly after the failed attempt.
    Asset more = asset(QStringLiteral("PC-002"), QStringLiteral("端末2"), AssetKind::Pc);
    store->insertAsset(more);
    EXPECT_TRUE(store->verify().ok()) << store->verify().problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RestoreFixture, AFailedRestoreInsideRollsBackEverything)
{
    const Asset before = store->asset(system.id);
    store->deleteAsset(system.id);
    const int entries = int(store->auditLog().size());
    // A link to an asset that does not exist fails after the asset row was written.
    AssetLink broken{9999, system.id, 4242, LinkType::RunsOn};
    EXPECT_THROW(store->restoreAsset(before, {broken}, {}), Exception);
    EXPECT_THROW(store->asset(system.id), RuntimeError);
    EXPECT_EQ(store->auditLog().size(), entries);
    store->restoreAsset(before);
    EXPECT_TRUE(store->verify().ok()) << store->verify().problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RestoreFixture, DepartmentsPeopleAndLinksComeBackWithTheirIds)
{
    Department extra{0, QStringLiteral("120"), QStringLiteral("企画課"), dep.id, QDate(2025, 4, 1), {}};
    store->insertDepartment(extra);
    store->deleteDepartment(extra.id);
    store->restoreDepartment(extra);
    EXPECT_TRUE(store->departments().contains(extra));

    Person p{0, QStringLiteral("佐藤 花子"), dep.id, {QStringLiteral("担当者")}};
    store->insertPerson(p);
    store->deletePerson(p.id);
    store->restorePerson(p);
    EXPECT_TRUE(store->people().contains(p));

    AssetLink l{0, data.id, pc.id, LinkType::StoredOn};
    store->insertLink(l);
    store->deleteLink(l.id);
    store->restoreLink(l);
    EXPECT_EQ(store->links(), QList<AssetLink>{l});
    EXPECT_THROW(store->restoreLink(l), ValidationError); // already there
    EXPECT_THROW(store->restoreDepartment(extra), Exception);
    EXPECT_TRUE(store->verify().ok()) << store->verify().problems.join(QLatin1Char('\n')).toStdString();
}
