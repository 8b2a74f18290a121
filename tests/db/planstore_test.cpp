// Floor plans (区画図) in the register file: one per floor, audited, verified, imported.
#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "core/jsonexchange.h"
#include "db/registerstore.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;

namespace {

QJsonObject soumu() { return ClassificationScheme::preset(QStringLiteral("soumu")).toJson(); }

struct PlanStore : ::testing::Test {
    TempDir dir;
    QString path = dir.path(QStringLiteral("plans.daicho"));
    std::unique_ptr<RegisterStore> store = RegisterStore::create(path, soumu(), QStringLiteral("区画図"));
    Department dep{0, QStringLiteral("0110"), QStringLiteral("総務課"), 0, {}, {}};
    Id floor = 0, room = 0;

    void SetUp() override
    {
        store->insertDepartment(dep);
        Place site{0, 0, PlaceKind::Site, QStringLiteral("敷地"), 0, true, {}, {}, 0, false, false, {}, {}};
        store->insertPlace(site);
        Place building{0, site.id, PlaceKind::Building, QStringLiteral("本庁舎"), 1, true, {}, {}, 0, false, false, {}, {}};
        store->insertPlace(building);
        Place f{0, building.id, PlaceKind::Floor, QStringLiteral("3階"), 1, true, {}, {}, 0, false, false, {}, {}};
        store->insertPlace(f);
        floor = f.id;
        Place r{0, floor, PlaceKind::Room, QStringLiteral("総務課 執務室"), 2, true, {}, {}, 0, false, false, {},
                {QPoint(0, 0), QPoint(9000, 0), QPoint(9000, 6000), QPoint(0, 6000)}};
        store->insertPlace(r);
        room = r.id;
    }

    FloorPlan plan() const
    {
        FloorPlan p;
        p.floorId = floor;
        p.title = QStringLiteral("総務課 セキュリティ区画図");
        p.departmentId = dep.id;
        p.author = QStringLiteral("山田 太郎");
        p.createdOn = QDate(2026, 4, 1);
        p.background = QByteArray("\x89PNG fake bytes", 15);
        p.backgroundSize = QSize(800, 600);
        p.backgroundMmPerPixel = 12.5;
        p.backgroundOrigin = QPointF(-250.5, 100.25);
        p.doors = {Door{QPoint(4000, 6000), QPoint(4900, 6000), true, QStringLiteral("シリンダー錠"), false,
                        QStringLiteral("総務課長"), false, {}}};
        return p;
    }
};

TEST_F(PlanStore, WritesReadsAndAuditsAPlan)
{
    FloorPlan p = plan();
    store->insertPlan(p);
    ASSERT_GT(p.id, 0);
    EXPECT_EQ(store->findPlan(p.id), p);
    p.doors.first().lockable = false;
    store->updatePlan(p);
    EXPECT_EQ(store->plans(), QList<FloorPlan>{p});
    const QList<AuditEntry> history = store->history(QStringLiteral("plan"), p.id);
    ASSERT_EQ(history.size(), 2);
    // The image is recorded by its digest, not copied into the log.
    for (const FieldChange &c : history.first().changes)
        EXPECT_NE(c.field, QStringLiteral("background"));
    EXPECT_TRUE(store->verify().ok());
    store->deletePlan(p.id);
    EXPECT_TRUE(store->plans().isEmpty());
    store->restorePlan(p);
    EXPECT_EQ(store->findPlan(p.id), p);
    EXPECT_TRUE(store->verify().ok());
}

TEST_F(PlanStore, OnePlanPerFloorAndTheFloorKeepsIt)
{
    FloorPlan p = plan();
    store->insertPlan(p);
    FloorPlan second = plan();
    EXPECT_THROW(store->insertPlan(second), ValidationError);
    FloorPlan onRoom = plan();
    onRoom.floorId = room;
    EXPECT_THROW(store->insertPlan(onRoom), ValidationError);
    // The floor cannot go while it has a plan, nor the department its title block names.
    store->deletePlace(room);
    EXPECT_THROW(store->deletePlace(floor), ValidationError);
    EXPECT_THROW(store->deleteDepartment(dep.id), ValidationError);
    EXPECT_EQ(store->plans().size(), 1);
}

TEST_F(PlanStore, ChangesOutsideDaichoAreFound)
{
    FloorPlan p = plan();
    store->insertPlan(p);
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-plans"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE floor_plans SET background = x'00'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-plans"));
    EXPECT_FALSE(RegisterStore::open(path)->verify().ok());
}

TEST_F(PlanStore, ExportImportKeepsPlansOutlinesAndPoints)
{
    FloorPlan p = plan();
    store->insertPlan(p);
    Asset pc;
    pc.number = QStringLiteral("PC-001");
    pc.name = QStringLiteral("端末");
    pc.kind = AssetKind::Pc;
    pc.departmentId = dep.id;
    pc.usePlaceId = room;
    pc.usePoint = QPoint(1200, 800);
    store->insertAsset(pc);
    const RegisterData data = store->load(true);
    const QByteArray json = JsonExchange::write(data);
    const QString copy = dir.path(QStringLiteral("copy.daicho"));
    auto other = RegisterStore::create(copy, soumu(), QStringLiteral("写し"));
    other->import(JsonExchange::read(json));
    EXPECT_EQ(JsonExchange::write(other->load(true)), json);
    EXPECT_TRUE(other->verify().ok());

    // Merging the same data again: the floor already has its plan, so nothing is imported.
    RegisterData again = JsonExchange::read(json);
    again.audit.clear();
    const qsizetype before = other->assets().size();
    EXPECT_THROW(other->import(again), ValidationError);
    EXPECT_EQ(other->assets().size(), before);
}

TEST_F(PlanStore, MergingADifferentDrawingOfAPlaceIsRefused)
{
    RegisterData data = store->load(false);
    for (Place &p : data.places) {
        if (p.id == room)
            p.outline = {QPoint(0, 0), QPoint(5000, 0), QPoint(5000, 5000)};
    }
    data.departments.first().code = QStringLiteral("0999"); // a department of its own
    for (Place &p : data.places)
        p.managerId = 0;
    const qsizetype placesBefore = store->places().size();
    EXPECT_THROW(store->import(data), ValidationError);
    EXPECT_EQ(store->places().size(), placesBefore);
    EXPECT_EQ(store->findPlace(room)->outline.size(), 4);
}

} // namespace
