// Places, placements of assets, risk acceptances and the zone table in the register file.
#include "core/classificationscheme.h"
#include "core/exceptions.h"
#include "core/jsonexchange.h"
#include "core/zonetable.h"
#include "db/registerstore.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace daicho;
using daicho::test::TempDir;
using ::testing::HasSubstr;

namespace {

QJsonObject soumu() { return ClassificationScheme::preset(QStringLiteral("soumu")).toJson(); }

/// Runs SQL on a file behind Daicho's back.
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-places"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-places"));
}

std::string problems(RegisterStore &s) { return s.verify().problems.join(QLatin1Char('\n')).toStdString(); }

template <typename F>
QString validationMessage(F f)
{
    try {
        f();
    } catch (const ValidationError &e) {
        return e.message();
    }
    return {};
}

Place place(Id parent, PlaceKind kind, const QString &name, int level = 1)
{
    Place p;
    p.parentId = parent;
    p.kind = kind;
    p.name = name;
    p.level = level;
    return p;
}

struct PlaceFixture : ::testing::Test {
    TempDir dir;
    QString path = dir.path(QStringLiteral("register.daicho"));
    std::unique_ptr<RegisterStore> store;
    Department dep;
    Person person;
    Place site, building, floor, office, cabinet;
    Asset pc, paper;

    void SetUp() override
    {
        store = RegisterStore::create(path, soumu(), QStringLiteral("テスト台帳"));
        dep = {0, QStringLiteral("110"), QStringLiteral("総務課"), 0, {}, {}};
        store->insertDepartment(dep);
        person = {0, QStringLiteral("山田 太郎"), dep.id, {}};
        store->insertPerson(person);
        site = place(0, PlaceKind::Site, QStringLiteral("本庁舎敷地"), 0);
        store->insertPlace(site);
        building = place(site.id, PlaceKind::Building, QStringLiteral("本庁舎"));
        store->insertPlace(building);
        floor = place(building.id, PlaceKind::Floor, QStringLiteral("2階"));
        store->insertPlace(floor);
        office = place(floor.id, PlaceKind::Room, QStringLiteral("総務課 執務室"), 2);
        office.entryControl = EntryControl::IcCard | EntryControl::EntryLog;
        office.businessHours = QStringLiteral("08:30-17:15");
        office.managerId = person.id;
        office.handlingArea = true;
        store->insertPlace(office);
        cabinet = place(office.id, PlaceKind::Container, QStringLiteral("施錠キャビネット1"), 3);
        store->insertPlace(cabinet);
        pc = asset(QStringLiteral("PC-001"), AssetKind::Pc);
        pc.usePlaceId = office.id;
        store->insertAsset(pc);
        paper = asset(QStringLiteral("110-0001"), AssetKind::InformationPaper);
        paper.usePlaceId = office.id;
        paper.storePlaceId = cabinet.id;
        store->insertAsset(paper);
    }

    Asset asset(const QString &number, AssetKind kind) const
    {
        Asset a;
        a.number = number;
        a.name = QStringLiteral("資産 ") + number;
        a.kind = kind;
        a.departmentId = dep.id;
        return a;
    }

    Acceptance acceptance(Id assetId, Id placeId = 0) const
    {
        Acceptance a;
        a.assetId = assetId;
        a.code = QStringLiteral("ZONE-STORE-LOW");
        a.placeId = placeId;
        a.subject = QStringLiteral("STORE_A");
        a.reason = QStringLiteral("年度末の移設まで");
        a.person = QStringLiteral("情報セキュリティ責任者");
        a.until = QDate(2027, 3, 31);
        return a;
    }
};

} // namespace

TEST_F(PlaceFixture, PlacesAreStoredAuditedAndVerified)
{
    store->setPerson(QStringLiteral("山田 太郎"));
    const QList<Place> all = store->places();
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.at(3), office);
    EXPECT_EQ(store->findPlace(cabinet.id), cabinet);
    EXPECT_FALSE(store->findPlace(999).has_value());

    office.name = QStringLiteral("総務課 執務室（改修後）");
    office.level = 3;
    office.lockedAfterHours = false;
    office.entryControl = EntryControl::Biometric;
    office.notes = QStringLiteral("2026年改修");
    store->updatePlace(office);
    const QList<AuditEntry> history = store->history(QStringLiteral("place"), office.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().action, QStringLiteral("update"));
    EXPECT_EQ(history.last().person, QStringLiteral("山田 太郎"));
    EXPECT_EQ(history.last().changes.size(), 5);
    store.reset();
    store = RegisterStore::open(path);
    EXPECT_EQ(store->findPlace(office.id), office);
    EXPECT_EQ(store->load().places.size(), 5);
    const VerifyReport r = store->verify();
    EXPECT_TRUE(r.ok()) << qPrintable(r.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(r.rowsChecked, 1 + 1 + 5 + 2);

    store.reset();
    tamper(path, QStringLiteral("UPDATE places SET level = 4 WHERE id = %1").arg(office.id));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr(QStringLiteral("Place %1 was changed outside Daicho").arg(office.id).toStdString()));
    store.reset();
    tamper(path, QStringLiteral("INSERT INTO places(parent_id, kind, name, level) VALUES(%1, 'room', '倉庫', 1)").arg(floor.id));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr("is not recorded in the audit log"));
}

TEST_F(PlaceFixture, TheTreeKeepsItsShape)
{
    auto refused = [&](Place p) { return validationMessage([&] { store->insertPlace(p); }); };
    EXPECT_EQ(refused(place(0, PlaceKind::Site, QStringLiteral("  "))), QStringLiteral("A place needs a name."));
    EXPECT_THAT(refused(place(floor.id, PlaceKind::Room, QStringLiteral("室"), 5)).toStdString(), HasSubstr("from 0 to 4"));
    EXPECT_THAT(refused(place(floor.id, PlaceKind::Room, QStringLiteral("室"), -1)).toStdString(), HasSubstr("from 0 to 4"));
    EXPECT_THAT(refused(place(site.id, PlaceKind::Site, QStringLiteral("別敷地"))).toStdString(),
                HasSubstr("cannot be inside \"本庁舎敷地\""));
    EXPECT_EQ(refused(place(0, PlaceKind::Building, QStringLiteral("別館"))),
              QStringLiteral("\"別館\" must be inside another place: only a site stands alone."));
    EXPECT_THAT(refused(place(site.id, PlaceKind::Floor, QStringLiteral("1階"))).toStdString(),
                HasSubstr("\"1階\" (Floor) cannot be inside \"本庁舎敷地\" (Site)"));
    EXPECT_FALSE(refused(place(building.id, PlaceKind::Room, QStringLiteral("ロビー"))).isEmpty());
    EXPECT_FALSE(refused(place(office.id, PlaceKind::Floor, QStringLiteral("中2階"))).isEmpty());
    EXPECT_THAT(refused(place(4242, PlaceKind::Room, QStringLiteral("室"))).toStdString(), HasSubstr("4242"));
    Place managed = place(floor.id, PlaceKind::Room, QStringLiteral("室"));
    managed.managerId = 777;
    EXPECT_THAT(refused(managed).toStdString(), HasSubstr("777"));
    // Areas nest: a rack in a server room, a drawer in a cabinet.
    Place drawer = place(cabinet.id, PlaceKind::Container, QStringLiteral("引出し"), 3);
    EXPECT_GT(store->insertPlace(drawer), 0);

    auto moveRefused = [&](Place p) { return validationMessage([&] { store->updatePlace(p); }); };
    Place loop = office;
    loop.parentId = drawer.id;
    EXPECT_THAT(moveRefused(loop).toStdString(), HasSubstr("cannot be moved inside itself"));
    loop.parentId = office.id;
    EXPECT_THAT(moveRefused(loop).toStdString(), HasSubstr("cannot be moved inside itself"));
    Place flattened = building;
    flattened.kind = PlaceKind::Floor;
    flattened.parentId = building.id;
    EXPECT_FALSE(moveRefused(flattened).isEmpty());
    Place notAnArea = cabinet;
    notAnArea.kind = PlaceKind::Floor;
    notAnArea.parentId = building.id;
    EXPECT_FALSE(moveRefused(notAnArea).isEmpty()); // it holds a drawer, and paper is kept in it
    Place floorWithRooms = floor;
    floorWithRooms.kind = PlaceKind::Building;
    floorWithRooms.parentId = site.id;
    EXPECT_THAT(moveRefused(floorWithRooms).toStdString(), HasSubstr("while \"総務課 執務室\" (Room) is inside it"));
    // A room where an asset is used stays an area.
    Place storeRoom = place(floor.id, PlaceKind::Room, QStringLiteral("倉庫"), 1);
    store->insertPlace(storeRoom);
    Asset kept = asset(QStringLiteral("PC-099"), AssetKind::Pc);
    kept.usePlaceId = storeRoom.id;
    store->insertAsset(kept);
    storeRoom.kind = PlaceKind::Floor;
    storeRoom.parentId = building.id;
    EXPECT_EQ(moveRefused(storeRoom), QStringLiteral("\"倉庫\" must stay an area: 1 assets are used or kept there."));
    // A legal move: the cabinet into another room of the same floor.
    Place meeting = place(floor.id, PlaceKind::Room, QStringLiteral("第2会議室"), 2);
    store->insertPlace(meeting);
    cabinet.parentId = meeting.id;
    store->updatePlace(cabinet);
    EXPECT_EQ(store->findPlace(cabinet.id)->parentId, meeting.id);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}

TEST_F(PlaceFixture, APlaceInUseCannotBeDeleted)
{
    const auto entries = store->auditLog().size();
    EXPECT_EQ(validationMessage([&] { store->deletePlace(floor.id); }),
              QStringLiteral("\"2階\" has 1 places inside it. Move or delete them first."));
    EXPECT_EQ(validationMessage([&] { store->deletePlace(cabinet.id); }),
              QStringLiteral("\"施錠キャビネット1\" is the place of use or storage of 1 assets. Move them first."));
    paper.storePlaceId = 0;
    store->updateAsset(paper);
    Acceptance a = acceptance(paper.id, cabinet.id);
    store->insertAcceptance(a);
    EXPECT_THAT(validationMessage([&] { store->deletePlace(cabinet.id); }).toStdString(),
                HasSubstr("is named by 1 risk acceptances"));
    store->deleteAcceptance(a.id);
    EXPECT_EQ(store->auditLog().size(), entries + 3);
    store->deletePlace(cabinet.id);
    EXPECT_FALSE(store->findPlace(cabinet.id).has_value());
    EXPECT_EQ(store->history(QStringLiteral("place"), cabinet.id).last().action, QStringLiteral("delete"));
    EXPECT_THROW(store->deletePlace(cabinet.id), RuntimeError);
    // Undo of the delete.
    store->restorePlace(cabinet);
    EXPECT_EQ(store->findPlace(cabinet.id), cabinet);
    EXPECT_THROW(store->restorePlace(cabinet), RuntimeError);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}

TEST_F(PlaceFixture, AssetsArePlacedInAreasOnly)
{
    EXPECT_EQ(store->asset(paper.id), paper);
    EXPECT_EQ(store->assets().at(1), paper); // the SQLite reader
    Asset a = asset(QStringLiteral("PC-002"), AssetKind::Pc);
    a.usePlaceId = floor.id;
    EXPECT_EQ(validationMessage([&] { store->insertAsset(a); }),
              QStringLiteral("Assets are used and kept in areas (rooms, containers, server racks …); \"2階\" is a Floor."));
    a.usePlaceId = office.id;
    a.storePlaceId = 999;
    EXPECT_THAT(validationMessage([&] { store->insertAsset(a); }).toStdString(), HasSubstr("999"));
    a.storePlaceId = cabinet.id;
    store->insertAsset(a);
    a.storePlaceId = site.id;
    EXPECT_FALSE(validationMessage([&] { store->updateAsset(a); }).isEmpty());
    a.storePlaceId = 0;
    const QList<FieldChange> changes = store->updateAsset(a);
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [](const FieldChange &c) {
        return c.field == QLatin1String("storePlaceId") && c.newValue.isUndefined();
    }));
    EXPECT_EQ(store->asset(a.id), a);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
    store.reset();
    tamper(path, QStringLiteral("UPDATE assets SET use_place_id = %1 WHERE id = %2").arg(cabinet.id).arg(a.id));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr(QStringLiteral("Asset %1 was changed outside Daicho").arg(a.id).toStdString()));
}

TEST_F(PlaceFixture, AcceptancesAreStoredAuditedAndGoWithTheirAsset)
{
    Acceptance a = acceptance(paper.id, office.id);
    store->insertAcceptance(a);
    EXPECT_GT(a.id, 0);
    EXPECT_TRUE(a.acceptedAt.isValid());
    Acceptance b = acceptance(paper.id);
    b.code = QStringLiteral("MEASURE-NOT-DONE");
    b.subject = QStringLiteral("LOCKED_STORAGE");
    b.acceptedAt = QDateTime(QDate(2026, 4, 1), QTime(18, 0, 0, 5), QTimeZone(9 * 3600));
    store->insertAcceptance(b);
    EXPECT_EQ(b.acceptedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(store->acceptances(), (QList<Acceptance>{a, b}));

    auto refused = [&](const std::function<void(Acceptance &)> &edit) {
        Acceptance c = acceptance(paper.id);
        edit(c);
        return validationMessage([&] { store->insertAcceptance(c); });
    };
    EXPECT_EQ(refused([](Acceptance &c) { c.reason = QStringLiteral(" "); }), QStringLiteral("A risk acceptance needs a reason."));
    EXPECT_FALSE(refused([](Acceptance &c) { c.person.clear(); }).isEmpty());
    EXPECT_FALSE(refused([](Acceptance &c) { c.code.clear(); }).isEmpty());
    EXPECT_FALSE(refused([](Acceptance &c) { c.until = QDate(); }).isEmpty());
    EXPECT_FALSE(refused([](Acceptance &c) { c.placeId = 555; }).isEmpty());
    Acceptance orphan = acceptance(4242);
    EXPECT_THROW(store->insertAcceptance(orphan), RuntimeError);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    // Deleting the asset deletes its acceptances in the same transaction; the undo brings them back.
    const Asset before = store->asset(paper.id);
    store->deleteAsset(paper.id);
    EXPECT_TRUE(store->acceptances().isEmpty());
    EXPECT_EQ(store->history(QStringLiteral("acceptance"), a.id).last().action, QStringLiteral("delete"));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
    store->restoreAsset(before, {}, {}, {a, b});
    EXPECT_EQ(store->acceptances(), (QList<Acceptance>{a, b}));
    EXPECT_EQ(store->history(QStringLiteral("acceptance"), b.id).last().action, QStringLiteral("create"));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    // A restore that fails on an acceptance leaves nothing behind.
    store->deleteAsset(paper.id);
    const auto entries = store->auditLog().size();
    Acceptance broken = a;
    broken.reason.clear();
    EXPECT_THROW(store->restoreAsset(before, {}, {}, {b, broken}), ValidationError);
    EXPECT_THROW(store->asset(paper.id), RuntimeError);
    EXPECT_TRUE(store->acceptances().isEmpty());
    EXPECT_EQ(store->auditLog().size(), entries);
    store->restoreAsset(before, {}, {}, {a});
    store->restoreAcceptance(b);
    EXPECT_THROW(store->restoreAcceptance(b), RuntimeError);
    EXPECT_EQ(store->load().acceptances, (QList<Acceptance>{a, b}));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    store.reset();
    tamper(path, QStringLiteral("UPDATE acceptances SET until = '2099-12-31' WHERE id = %1").arg(b.id));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr(QStringLiteral("Risk acceptance %1 was changed outside Daicho").arg(b.id).toStdString()));
    store.reset();
    tamper(path, QStringLiteral("DELETE FROM acceptances WHERE id = %1").arg(a.id));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr(QStringLiteral("Risk acceptance %1 was deleted outside Daicho").arg(a.id).toStdString()));
}

TEST_F(PlaceFixture, TheZoneTableIsASettingOfItsOwn)
{
    EXPECT_TRUE(store->zoneTable().isEmpty());
    ZoneTable zones = ZoneTable::preset();
    zones.setMinimum(zones.categories().first().code, 3, 4);
    store->setZoneTable(zones.toJson());
    EXPECT_EQ(store->zoneTable(), zones.toJson());
    EXPECT_EQ(ZoneTable::fromJson(store->zoneTable()), zones);
    EXPECT_FALSE(store->settings().contains(QStringLiteral("zoneTable")));
    const RegisterData data = store->load();
    EXPECT_FALSE(data.settings.contains(QStringLiteral("zoneTable")));
    EXPECT_EQ(data.zoneTable, zones.toJson());
    EXPECT_EQ(store->title(), QStringLiteral("テスト台帳"));
    const QList<AuditEntry> history = store->history(QStringLiteral("zoneTable"), 0);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().changes.size(), 1);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
    // Other settings still verify on their own.
    store->setSetting(QStringLiteral("dateStyle"), QStringLiteral("wareki"));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    EXPECT_THROW(store->setZoneTable(QJsonObject{{QStringLiteral("format"), QStringLiteral("nonsense")}}), ValidationError);
    EXPECT_EQ(store->zoneTable(), zones.toJson());
    // Through setSetting the key still reaches the zone table, not the plain settings.
    store->setSetting(QStringLiteral("zoneTable"),
                      QString::fromUtf8(QJsonDocument(ZoneTable::preset().toJson()).toJson(QJsonDocument::Compact)));
    EXPECT_EQ(store->zoneTable(), ZoneTable::preset().toJson());
    EXPECT_FALSE(store->settings().contains(QStringLiteral("zoneTable")));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    store.reset();
    tamper(path, QStringLiteral("UPDATE settings SET value = replace(value, '\"use\":1', '\"use\":0') WHERE key = 'zoneTable'"));
    store = RegisterStore::open(path);
    EXPECT_THAT(problems(*store), HasSubstr("zone table was changed outside Daicho"));
    store->setZoneTable({}); // back to the preset
    EXPECT_TRUE(store->zoneTable().isEmpty());
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}

TEST_F(PlaceFixture, ImportIntoAnEmptyRegisterKeepsPlacesAcceptancesAndTheZoneTable)
{
    Acceptance a = acceptance(paper.id, office.id);
    store->insertAcceptance(a);
    store->setZoneTable(ZoneTable::preset().toJson());
    const RegisterData source = store->load(true);
    const QByteArray exported = JsonExchange::write(source);

    for (const bool withAudit : {true, false}) {
        TempDir other;
        auto copy = RegisterStore::create(other.path(QStringLiteral("copy.daicho")), soumu(), QStringLiteral("x"));
        RegisterData data = JsonExchange::read(exported);
        if (!withAudit)
            data.audit.clear();
        copy->import(data);
        const RegisterData back = copy->load(true);
        EXPECT_EQ(back.places, source.places);
        EXPECT_EQ(back.assets, source.assets);
        EXPECT_EQ(back.acceptances, source.acceptances);
        EXPECT_EQ(back.zoneTable, source.zoneTable);
        if (withAudit) {
            EXPECT_EQ(JsonExchange::write(back), exported);
        }
        EXPECT_TRUE(copy->verify().ok()) << problems(*copy);
    }
}

TEST_F(PlaceFixture, ImportIntoAFilledRegisterRemapsPlacesByTheirPath)
{
    // The document: the same site and building, another floor with a server room, a server in it.
    RegisterData doc;
    doc.title = QStringLiteral("別の台帳");
    doc.scheme = soumu();
    doc.departments = {{7, QStringLiteral("110"), QStringLiteral("総務課"), 0, {}, {}}};
    doc.people = {{8, QStringLiteral("鈴木 一郎"), 7, {}}};
    doc.places = {{33, 32, PlaceKind::Room, QStringLiteral("サーバ室"), 4, true, {}, EntryControl::Biometric, 8, true, true, {}, {}},
                  {30, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地"), 0, false, {}, {}, 0, false, false, {}, {}},
                  {31, 30, PlaceKind::Building, QStringLiteral("本庁舎"), 1, true, {}, {}, 0, false, false, {}, {}},
                  {32, 31, PlaceKind::Floor, QStringLiteral("地下1階"), 1, true, {}, {}, 0, false, false, {}, {}},
                  {34, 31, PlaceKind::Floor, QStringLiteral("2階"), 1, true, {}, {}, 0, false, false, {}, {}},
                  {35, 34, PlaceKind::Room, QStringLiteral("総務課 執務室"), 2, true, {}, {}, 0, false, false, {}, {}}};
    Asset server = asset(QStringLiteral("SRV-001"), AssetKind::Server);
    server.id = 40;
    server.departmentId = 7;
    server.managerId = 8;
    server.usePlaceId = 33;
    Asset memo = asset(QStringLiteral("110-0100"), AssetKind::InformationPaper);
    memo.id = 41;
    memo.departmentId = 7;
    memo.usePlaceId = 35;
    memo.storePlaceId = 33;
    doc.assets = {server, memo};
    doc.acceptances = {{50, 41, QStringLiteral("ZONE-STORE-LOW"), 35, QStringLiteral("STORE_A"), QStringLiteral("理由"),
                        QStringLiteral("承認者"), QDate(2027, 3, 31), QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC)}};
    JsonExchange::read(JsonExchange::write(doc)); // a valid document

    store->import(doc);
    const QList<Place> places = store->places();
    ASSERT_EQ(places.size(), 5 + 2); // 地下1階 and サーバ室 are new
    const Place &basement = places.at(5);
    const Place &serverRoom = places.at(6);
    EXPECT_EQ(basement.name, QStringLiteral("地下1階"));
    EXPECT_EQ(basement.parentId, building.id);
    EXPECT_EQ(serverRoom.name, QStringLiteral("サーバ室"));
    EXPECT_EQ(serverRoom.parentId, basement.id);
    EXPECT_EQ(serverRoom.managerId, store->people().last().id);
    const QList<Asset> assets = store->assets();
    ASSERT_EQ(assets.size(), 4);
    EXPECT_EQ(assets.at(2).usePlaceId, serverRoom.id);
    EXPECT_EQ(assets.at(3).usePlaceId, office.id); // matched by its path
    EXPECT_EQ(assets.at(3).storePlaceId, serverRoom.id);
    ASSERT_EQ(store->acceptances().size(), 1);
    const Acceptance merged = store->acceptances().first();
    EXPECT_EQ(merged.assetId, assets.at(3).id);
    EXPECT_EQ(merged.placeId, office.id);
    EXPECT_EQ(store->history(QStringLiteral("place"), serverRoom.id).first().action, QStringLiteral("import"));
    EXPECT_TRUE(store->zoneTable().isEmpty()); // merging keeps the register's own settings
    EXPECT_TRUE(store->verify().ok()) << problems(*store);

    // All or nothing: a document whose asset is placed on a floor changes nothing.
    const auto entries = store->auditLog().size();
    RegisterData bad = doc;
    for (Asset &x : bad.assets)
        x.number += QStringLiteral("-2");
    bad.assets[0].usePlaceId = 32;
    EXPECT_THROW(store->import(bad), ValidationError);
    bad.assets[0].usePlaceId = 33;
    bad.acceptances[0].assetId = 99;
    EXPECT_THROW(store->import(bad), ValidationError);
    EXPECT_EQ(store->auditLog().size(), entries);
    EXPECT_EQ(store->places().size(), 7);
    EXPECT_EQ(store->assets().size(), 4);
    // The audit chain goes on where it was.
    Place rack = place(serverRoom.id, PlaceKind::ServerRack, QStringLiteral("ラック1"), 4);
    store->insertPlace(rack);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}

namespace {
/// Builds a register from a fixture of tests/data with the sqlite3 tool; empty when there is none.
QString registerFromFixture(const TempDir &dir, const QString &fixture)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (tool.isEmpty())
        return {};
    const QString path = dir.path(QStringLiteral("old.daicho"));
    QProcess p;
    p.setStandardInputFile(daicho::test::dataPath(fixture));
    p.start(tool, {path});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return path;
}
} // namespace

TEST(PlaceFixtures, AVersion1RegisterGainsEmptyPlacesAndStillVerifies)
{
    TempDir dir;
    const QString path = registerFromFixture(dir, QStringLiteral("register-v1.sql"));
    if (path.isEmpty())
        GTEST_SKIP() << "the sqlite3 tool is needed to build the fixture";
    auto store = RegisterStore::open(path);
    ASSERT_EQ(store->schemaVersion(), RegisterStore::currentSchemaVersion());
    EXPECT_TRUE(store->places().isEmpty());
    EXPECT_TRUE(store->acceptances().isEmpty());
    EXPECT_TRUE(store->zoneTable().isEmpty());
    for (const Asset &a : store->assets())
        EXPECT_EQ(a.usePlaceId + a.storePlaceId, 0);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
    // The upgraded register takes places and placements.
    Place site = place(0, PlaceKind::Site, QStringLiteral("敷地"), 0);
    store->insertPlace(site);
    Place building = place(site.id, PlaceKind::Building, QStringLiteral("庁舎"));
    store->insertPlace(building);
    Place floor = place(building.id, PlaceKind::Floor, QStringLiteral("1階"));
    store->insertPlace(floor);
    Place room = place(floor.id, PlaceKind::Room, QStringLiteral("執務室"), 2);
    store->insertPlace(room);
    Asset a = store->assets().first();
    a.usePlaceId = room.id;
    store->updateAsset(a);
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}

TEST(PlaceFixtures, TheVersion2FixtureKeepsItsPlacesAcceptancesAndZoneTable)
{
    TempDir dir;
    const QString path = registerFromFixture(dir, QStringLiteral("register-v2.sql"));
    if (path.isEmpty())
        GTEST_SKIP() << "the sqlite3 tool is needed to build the fixture";
    auto store = RegisterStore::open(path);
    const RegisterData data = store->load();
    ASSERT_EQ(data.places.size(), 7);
    EXPECT_EQ(data.places.at(4).name, QStringLiteral("施錠キャビネット1"));
    EXPECT_EQ(data.places.at(6).entryControl, EntryControl::Biometric | EntryControl::EntryLog);
    ASSERT_EQ(data.acceptances.size(), 1);
    EXPECT_EQ(data.acceptances.first().until, QDate(2027, 3, 31));
    EXPECT_EQ(data.acceptances.first().acceptedAt, QDateTime(QDate(2026, 11, 22), QTime(4, 40, 0, 123), Qt::UTC));
    EXPECT_EQ(std::count_if(data.assets.begin(), data.assets.end(), [](const Asset &a) { return a.usePlaceId != 0; }), 3);
    EXPECT_NO_THROW(ZoneTable::fromJson(data.zoneTable));
    EXPECT_FALSE(data.settings.contains(QStringLiteral("zoneTable")));
    EXPECT_TRUE(store->verify().ok()) << problems(*store);
}
