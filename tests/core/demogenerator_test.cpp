#include "core/classificationengine.h"
#include "core/classificationscheme.h"
#include "core/demogenerator.h"
#include "core/entityjson.h"
#include "core/exceptions.h"
#include "core/jsonexchange.h"
#include "core/registercheck.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace daicho;

namespace {

/// One large demo shared by the tests that only read it.
const RegisterData &demo()
{
    static const RegisterData data = DemoGenerator::generate(6000, 20250401);
    return data;
}

template <typename T>
QHash<Id, const T *> byId(const QList<T> &list)
{
    QHash<Id, const T *> h;
    for (const T &item : list)
        h.insert(item.id, &item);
    return h;
}

/// SHA-256 over the canonical JSON of the entities (not the document header, which
/// carries the program version).
QByteArray fingerprint(const RegisterData &d)
{
    QJsonArray all;
    for (const Department &x : d.departments)
        all.append(EntityJson::toJson(x));
    for (const Person &x : d.people)
        all.append(EntityJson::toJson(x));
    for (const Place &x : d.places)
        all.append(EntityJson::toJson(x));
    for (const Asset &x : d.assets)
        all.append(EntityJson::toJson(x));
    for (const AssetLink &x : d.links)
        all.append(EntityJson::toJson(x));
    all.append(d.title);
    return QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

TEST(DemoGenerator, SameSeedGivesSameData)
{
    const RegisterData a = DemoGenerator::generate(2500, 42);
    const RegisterData b = DemoGenerator::generate(2500, 42);
    EXPECT_TRUE(a == b);
    EXPECT_EQ(JsonExchange::write(a), JsonExchange::write(b));
}

TEST(DemoGenerator, DifferentSeedGivesDifferentData)
{
    const RegisterData a = DemoGenerator::generate(2500, 42);
    const RegisterData b = DemoGenerator::generate(2500, 43);
    EXPECT_FALSE(a == b);
    EXPECT_NE(fingerprint(a), fingerprint(b));
}

TEST(DemoGenerator, SameOnEveryMachine)
{
    // Pinned: the generator uses no platform or library randomness and no hash iteration order
    // (QHash is seeded per process). Change the expected value only when changing the
    // generator, the entities or their canonical JSON on purpose.
    const QByteArray actual = fingerprint(DemoGenerator::generate(400, 7));
    EXPECT_EQ(actual.toStdString(), "8e9b09cde592719ce25d08993d25b6ffeef4ebef469be668f793caedac6284fe");
}

TEST(DemoGenerator, ExactAssetCount)
{
    for (int n : {0, 1, 2, 5, 9, 10, 11, 37, 100, 250, 1000, 3333}) {
        const RegisterData d = DemoGenerator::generate(n, 1);
        EXPECT_EQ(d.assets.size(), n) << n;
        // Small registers are whole too: they pass the exchange format's checks.
        EXPECT_NO_THROW(JsonExchange::read(JsonExchange::write(d))) << n;
    }
    EXPECT_THROW(DemoGenerator::generate(-1, 1), LogicError);
}

TEST(DemoGenerator, RegisterShape)
{
    const RegisterData &d = demo();
    EXPECT_EQ(d.title, QStringLiteral("みどり市 情報資産管理台帳（デモ）"));
    EXPECT_TRUE(d.scheme.isEmpty());
    EXPECT_TRUE(d.audit.isEmpty());
    EXPECT_GE(d.departments.size(), 35);
    EXPECT_LE(d.departments.size(), 60);

    // A 部→課 tree: departments with a parent have one without a parent.
    const auto departments = byId(d.departments);
    int sections = 0;
    for (const Department &dep : d.departments) {
        if (dep.parentId == 0)
            continue;
        ++sections;
        ASSERT_TRUE(departments.contains(dep.parentId)) << dep.name.toStdString();
        EXPECT_EQ(departments.value(dep.parentId)->parentId, 0);
    }
    EXPECT_GE(sections, 30);

    // 2–4 people per 課 that holds assets, the first one its 情報セキュリティ責任者.
    QHash<Id, QList<const Person *>> staff;
    for (const Person &p : d.people)
        staff[p.departmentId].append(&p);
    QSet<Id> withAssets;
    for (const Asset &a : d.assets)
        withAssets.insert(a.departmentId);
    for (Id dep : withAssets) {
        const auto &people = staff.value(dep);
        EXPECT_GE(people.size(), 2);
        EXPECT_LE(people.size(), 4);
        ASSERT_FALSE(people.isEmpty());
        EXPECT_EQ(people.first()->roles, QStringList{QStringLiteral("情報セキュリティ責任者")});
    }

    // Every kind of asset is there in a register of this size.
    QSet<AssetKind> kinds;
    for (const Asset &a : d.assets)
        kinds.insert(a.kind);
    EXPECT_EQ(kinds.size(), AssetKindCount);
}

TEST(DemoGenerator, EveryReferenceIsValid)
{
    const RegisterData &d = demo();
    const auto departments = byId(d.departments);
    const auto people = byId(d.people);
    const auto assets = byId(d.assets);
    for (const Person &p : d.people)
        EXPECT_TRUE(departments.contains(p.departmentId)) << p.name.toStdString();
    for (const Asset &a : d.assets) {
        ASSERT_TRUE(departments.contains(a.departmentId)) << a.number.toStdString();
        EXPECT_NE(departments.value(a.departmentId)->parentId, 0) << "assets belong to a 課";
        ASSERT_TRUE(people.contains(a.managerId)) << a.number.toStdString();
        EXPECT_EQ(people.value(a.managerId)->departmentId, a.departmentId) << a.number.toStdString();
        if (a.systemId != 0) {
            ASSERT_TRUE(assets.contains(a.systemId)) << a.number.toStdString();
            EXPECT_EQ(assets.value(a.systemId)->kind, AssetKind::InformationSystem);
        }
    }
    for (const AssetLink &l : d.links) {
        EXPECT_TRUE(assets.contains(l.fromId)) << l.id;
        EXPECT_TRUE(assets.contains(l.toId)) << l.id;
    }
    // The exchange format's checks (ids, 管理番号, references) agree.
    EXPECT_EQ(JsonExchange::read(JsonExchange::write(d)), d);
}

TEST(DemoGenerator, NumbersAreUniqueAndFollowTheDepartmentCode)
{
    const RegisterData &d = demo();
    const auto departments = byId(d.departments);
    const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4,})$"));
    QSet<QString> numbers;
    for (const Asset &a : d.assets) {
        EXPECT_FALSE(numbers.contains(a.number)) << a.number.toStdString();
        numbers.insert(a.number);
        const QRegularExpressionMatch m = pattern.match(a.number);
        ASSERT_TRUE(m.hasMatch()) << a.number.toStdString();
        EXPECT_EQ(m.captured(1), departments.value(a.departmentId)->code);
    }
}

TEST(DemoGenerator, LinksAreOfSensibleKinds)
{
    const RegisterData &d = demo();
    const auto assets = byId(d.assets);
    QSet<AssetKind> storage{AssetKind::InformationSystem, AssetKind::Server, AssetKind::Pc,
                            AssetKind::Mobile, AssetKind::RemovableMedia};
    QSet<QString> seen;
    QHash<LinkType, int> counts;
    for (const AssetLink &l : d.links) {
        const Asset *from = assets.value(l.fromId);
        const Asset *to = assets.value(l.toId);
        ASSERT_TRUE(from && to);
        ++counts[l.type];
        const std::string what = (from->number + QStringLiteral(" → ") + to->number).toStdString();
        switch (l.type) {
        case LinkType::StoredOn:
            EXPECT_TRUE(Enums::isInformation(from->kind)) << what;
            EXPECT_NE(from->kind, AssetKind::InformationPaper) << what;
            EXPECT_TRUE(storage.contains(to->kind)) << what;
            break;
        case LinkType::CanAccess:
            EXPECT_TRUE(from->kind == AssetKind::Pc || from->kind == AssetKind::Mobile) << what;
            EXPECT_EQ(to->kind, AssetKind::InformationSystem) << what;
            break;
        case LinkType::RunsOn:
            EXPECT_EQ(from->kind, AssetKind::InformationSystem) << what;
            EXPECT_EQ(to->kind, AssetKind::Server) << what;
            break;
        }
        // Three-layer separation: a device reaches systems of its own segment (or, from the
        // internet segment, external cloud services); a system runs on servers of its segment.
        if (l.type == LinkType::CanAccess || l.type == LinkType::RunsOn) {
            const bool cloud = from->segment == NetworkSegment::Internet
                               && to->segment == NetworkSegment::ExternalService;
            EXPECT_TRUE(from->segment == to->segment || cloud) << what;
        }
        EXPECT_EQ(from->status, AssetStatus::Active) << what;
        EXPECT_EQ(to->status, AssetStatus::Active) << what;
        const QString key = QStringLiteral("%1-%2-%3").arg(l.fromId).arg(l.toId).arg(int(l.type));
        EXPECT_FALSE(seen.contains(key)) << "duplicate link " << what;
        seen.insert(key);
    }
    EXPECT_GT(counts.value(LinkType::StoredOn), 0);
    EXPECT_GT(counts.value(LinkType::CanAccess), 0);
    EXPECT_GT(counts.value(LinkType::RunsOn), 0);
}

TEST(DemoGenerator, LinksHaveNoLoops)
{
    const RegisterData &d = demo();
    QHash<Id, QList<Id>> out;
    for (const AssetLink &l : d.links)
        out[l.fromId].append(l.toId);
    // Depth-first search with colours: reaching a grey node again closes a loop.
    QHash<Id, int> colour; // 0 white, 1 grey, 2 black
    std::function<bool(Id)> loopFrom = [&](Id id) {
        colour[id] = 1;
        for (Id next : out.value(id)) {
            if (colour.value(next) == 1 || (colour.value(next) == 0 && loopFrom(next)))
                return true;
        }
        colour[id] = 2;
        return false;
    };
    for (const Asset &a : d.assets) {
        if (colour.value(a.id) == 0) {
            EXPECT_FALSE(loopFrom(a.id)) << a.number.toStdString();
        }
    }
}

TEST(DemoGenerator, ClassificationFitsTheContent)
{
    const RegisterData &d = demo();
    const QStringList periods{"1年", "3年", "5年", "10年", "30年", "永年"};
    int personal = 0, myNumber = 0, disposed = 0, measures = 0, done = 0;
    for (const Asset &a : d.assets) {
        const std::string n = a.number.toStdString();
        if (Enums::isInformation(a.kind) || a.kind == AssetKind::InformationSystem) {
            EXPECT_TRUE(QStringList({"1", "2", "3"}).contains(a.confidentiality)) << n;
            EXPECT_TRUE(QStringList({"1", "2"}).contains(a.integrity)) << n;
            EXPECT_TRUE(QStringList({"1", "2"}).contains(a.availability)) << n;
            EXPECT_FALSE(a.measures.isEmpty() && a.confidentiality != QLatin1String("1")) << n;
        } else if (a.kind != AssetKind::Software) {
            // Devices take their classification from what they hold or reach.
            EXPECT_TRUE(a.confidentiality.isEmpty()) << n;
        }
        if (a.personalInfo) {
            ++personal;
            EXPECT_GE(a.confidentiality.toInt(), 2) << n;
            EXPECT_GT(a.subjectCount, 0) << n;
        } else {
            EXPECT_EQ(a.subjectCount, -1) << n;
        }
        if (a.myNumber || a.sensitivePersonalInfo) {
            EXPECT_TRUE(a.personalInfo) << n;
        }
        if (a.myNumber) {
            ++myNumber;
            EXPECT_EQ(a.confidentiality, QStringLiteral("3")) << n;
        }
        if (a.kind == AssetKind::InformationPaper) {
            EXPECT_EQ(a.segment, NetworkSegment::NotApplicable) << n;
        }
        if (a.kind == AssetKind::InformationElectronic || a.kind == AssetKind::InformationPaper) {
            EXPECT_TRUE(periods.contains(a.retentionPeriod)) << n;
            EXPECT_EQ(a.retentionUntil.isValid(), a.retentionPeriod != QStringLiteral("永年")) << n;
            if (a.retentionUntil.isValid()) {
                EXPECT_GT(a.retentionUntil, a.registeredOn) << n;
            }
        }
        EXPECT_GE(a.registeredOn, QDate(2020, 4, 1)) << n;
        EXPECT_LE(a.updatedOn, QDate(2026, 3, 31)) << n;
        EXPECT_GE(a.updatedOn, a.registeredOn) << n;
        EXPECT_FALSE(a.updatedBy.isEmpty()) << n;
        disposed += a.status == AssetStatus::Disposed;
        for (const MeasureState &m : a.measures) {
            ++measures;
            done += m.done;
        }
    }
    EXPECT_GT(personal, d.assets.size() / 5);
    EXPECT_GT(myNumber, 0);
    EXPECT_GT(disposed, 0);
    EXPECT_LT(disposed, d.assets.size() / 3);
    ASSERT_GT(measures, 0);
    EXPECT_NEAR(double(done) / measures, 0.97, 0.02); // a section that keeps its ledger

    // Every measure the effective class requires is listed, devices included (a PC that
    // stores personal data lists 施錠保管 even though the PC itself has no class).
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    engine.compute(d.assets, d.links);
    for (const Asset &a : d.assets) {
        for (const QString &tag : engine.of(a.id)->requiredMeasures) {
            EXPECT_TRUE(std::any_of(a.measures.cbegin(), a.measures.cend(),
                                    [&](const MeasureState &m) { return m.tag == tag; }))
                << a.number.toStdString() << " " << tag.toStdString();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Places and placements

namespace {

int physicalCount(const RegisterData &d)
{
    int n = 0;
    for (const Asset &a : d.assets)
        n += Enums::isPhysical(a.kind);
    return n;
}

} // namespace

TEST(DemoGenerator, SameSeedGivesSamePlacesAndPlacements)
{
    const RegisterData a = DemoGenerator::generate(1500, 99);
    const RegisterData b = DemoGenerator::generate(1500, 99);
    ASSERT_FALSE(a.places.isEmpty());
    EXPECT_EQ(a.places, b.places);
    ASSERT_EQ(a.assets.size(), b.assets.size());
    for (int i = 0; i < a.assets.size(); ++i) {
        EXPECT_EQ(a.assets[i].usePlaceId, b.assets[i].usePlaceId) << i;
        EXPECT_EQ(a.assets[i].storePlaceId, b.assets[i].storePlaceId) << i;
        EXPECT_EQ(a.assets[i].wireLocked, b.assets[i].wireLocked) << i;
    }
    // Another seed places the same city's assets differently.
    const RegisterData c = DemoGenerator::generate(1500, 100);
    int differ = 0;
    for (int i = 0; i < a.assets.size(); ++i)
        differ += a.assets[i].usePlaceId != c.assets[i].usePlaceId;
    EXPECT_GT(differ, 0);
}

TEST(DemoGenerator, PlacesFormASiteBuildingFloorAreaTree)
{
    const RegisterData &d = demo();
    const auto places = byId(d.places);
    ASSERT_EQ(places.size(), d.places.size()) << "place ids are unique";
    const auto people = byId(d.people);
    const auto departments = byId(d.departments);

    QHash<PlaceKind, int> kinds;
    QHash<Id, QList<const Place *>> children;
    for (const Place &p : d.places) {
        ++kinds[p.kind];
        const Place *parent = p.parentId ? places.value(p.parentId) : nullptr;
        ASSERT_TRUE(p.parentId == 0 || parent) << p.name.toStdString();
        EXPECT_TRUE(placeParentFits(p.kind, parent ? std::optional(parent->kind) : std::nullopt))
            << p.name.toStdString();
        children[p.parentId].append(&p);
        EXPECT_FALSE(p.name.isEmpty());
        ASSERT_TRUE(people.contains(p.managerId)) << p.name.toStdString();
        if (p.isArea()) {
            EXPECT_GE(p.level, 0);
            EXPECT_LE(p.level, 4);
        }
    }
    for (PlaceKind k : {PlaceKind::Site, PlaceKind::Building, PlaceKind::Floor, PlaceKind::Room,
                        PlaceKind::Container, PlaceKind::ServerRack, PlaceKind::CounterPublic})
        EXPECT_GT(kinds.value(k), 0) << Enums::id(k).toStdString();

    // 本庁舎敷地 › 本庁舎 › 1階 … 5階
    const Place *site = nullptr;
    for (const Place *p : children.value(0)) {
        if (p->name == QStringLiteral("本庁舎敷地"))
            site = p;
    }
    ASSERT_TRUE(site);
    const Place *main = nullptr;
    for (const Place *p : children.value(site->id)) {
        if (p->name == QStringLiteral("本庁舎"))
            main = p;
    }
    ASSERT_TRUE(main);
    QStringList floors;
    for (const Place *p : children.value(main->id))
        floors.append(p->name);
    for (int f = 1; f <= 5; ++f)
        EXPECT_TRUE(floors.contains(QString::number(f) + QStringLiteral("階"))) << f;

    // The kinds of area keep their levels: counters L0, containers L3 inside an office, racks L4
    // inside the 電算室, which is a 管理区域 with IC card and entry log.
    int servers = 0, open = 0, handling = 0, hours = 0, consultation = 0, archives = 0;
    QHash<Id, int> offices; // by department
    for (const Place &p : d.places) {
        const std::string n = p.name.toStdString();
        const Place *parent = places.value(p.parentId);
        switch (p.kind) {
        case PlaceKind::CounterPublic:
            EXPECT_EQ(p.level, 0) << n;
            break;
        case PlaceKind::Container:
            EXPECT_EQ(p.level, 3) << n;
            EXPECT_TRUE(p.lockedAfterHours) << n;
            EXPECT_EQ(parent->kind, PlaceKind::Room) << n;
            EXPECT_EQ(parent->level, 2) << n;
            break;
        case PlaceKind::ServerRack:
            EXPECT_EQ(p.level, 4) << n;
            EXPECT_EQ(parent->level, 4) << n;
            EXPECT_TRUE(parent->controlledArea) << n;
            break;
        case PlaceKind::Room:
            EXPECT_EQ(parent->kind, PlaceKind::Floor) << n;
            if (p.level == 4) {
                ++servers;
                EXPECT_TRUE(p.controlledArea) << n;
                EXPECT_TRUE(p.entryControl.testFlag(EntryControl::IcCard)) << n;
                EXPECT_TRUE(p.entryControl.testFlag(EntryControl::EntryLog)) << n;
            } else if (p.level == 2) {
                // An office of a 課, run by its 課長 (the first person of the 課).
                const Department *dep = departments.value(people.value(p.managerId)->departmentId);
                EXPECT_TRUE(p.name.startsWith(dep->name)) << n;
                ++offices[dep->id];
                open += !p.lockedAfterHours;
                handling += p.handlingArea;
                EXPECT_FALSE(p.controlledArea) << n;
            } else if (p.level == 1) {
                ++consultation;
            } else if (p.level == 3) {
                ++archives;
                EXPECT_TRUE(p.name.contains(QStringLiteral("書庫"))) << n;
            }
            break;
        default:
            break;
        }
        hours += !p.businessHours.isEmpty();
    }
    EXPECT_EQ(servers, 1);
    EXPECT_GT(consultation, 0);
    EXPECT_GT(archives, 0);
    EXPECT_GT(open, 0);
    EXPECT_LT(open, offices.size() / 3);
    EXPECT_GT(handling, 0);
    EXPECT_GE(hours, 1);
    EXPECT_LE(hours, 2);
    // One office per 課, and the 課長 is the first person of the 課.
    QHash<Id, Id> chief;
    for (const Person &p : d.people) {
        if (!chief.contains(p.departmentId))
            chief.insert(p.departmentId, p.id);
    }
    for (const Department &dep : d.departments) {
        if (!chief.contains(dep.id))
            continue;
        EXPECT_EQ(offices.value(dep.id), 1) << dep.name.toStdString();
    }
    for (const Place &p : d.places) {
        if (p.kind == PlaceKind::Room && p.level == 2) {
            EXPECT_EQ(p.managerId, chief.value(people.value(p.managerId)->departmentId)) << p.name.toStdString();
        }
    }
}

TEST(DemoGenerator, PlacementsFitTheAssets)
{
    const RegisterData &d = demo();
    const auto places = byId(d.places);
    const auto people = byId(d.people);
    int physical = 0, unplaced = 0, separate = 0;
    for (const Asset &a : d.assets) {
        const std::string n = a.number.toStdString();
        if (!Enums::isPhysical(a.kind)) {
            EXPECT_EQ(a.usePlaceId, 0) << n;
            EXPECT_EQ(a.storePlaceId, 0) << n;
            continue;
        }
        ++physical;
        if (a.usePlaceId == 0) {
            ++unplaced;
            EXPECT_EQ(a.storePlaceId, 0) << n;
            continue;
        }
        const Place *use = places.value(a.usePlaceId);
        const Place *store = places.value(a.effectiveStorePlaceId());
        ASSERT_TRUE(use && store) << n;
        EXPECT_TRUE(use->isArea()) << n;
        EXPECT_TRUE(store->isArea()) << n;
        EXPECT_NE(use->kind, PlaceKind::Container) << n << ": containers are for storage only";
        separate += a.storePlaceId != 0;
        if (a.storePlaceId != 0) {
            EXPECT_NE(a.storePlaceId, a.usePlaceId) << n;
        }
        // Offices: the asset's own 課.
        if (use->kind == PlaceKind::Room && use->level == 2) {
            EXPECT_EQ(people.value(use->managerId)->departmentId, a.departmentId) << n;
        }
        switch (a.kind) {
        case AssetKind::Server:
            // In a rack of the 電算室, or (the odd NAS) on an office shelf.
            if (a.name.startsWith(QStringLiteral("NAS"))) {
                EXPECT_EQ(use->level, 2) << n;
            } else {
                EXPECT_EQ(use->kind, PlaceKind::ServerRack) << n;
            }
            break;
        case AssetKind::Mobile:
        case AssetKind::RemovableMedia:
            EXPECT_EQ(store->kind, PlaceKind::Container) << n;
            break;
        case AssetKind::InformationPaper: {
            // 媒体・保存先 says where it is kept.
            const QString &m = a.medium;
            if (m == QStringLiteral("キャビネット（施錠）")) {
                EXPECT_EQ(store->name, QStringLiteral("施錠キャビネット")) << n;
            } else if (m == QStringLiteral("書庫（施錠）")) {
                EXPECT_EQ(store->name, QStringLiteral("書庫")) << n;
            } else if (m == QStringLiteral("地下書庫")) {
                EXPECT_EQ(store->name, QStringLiteral("地下書庫")) << n;
            } else {
                EXPECT_EQ(m, QStringLiteral("執務室書棚")) << n;
                EXPECT_EQ(store, use) << n;
            }
            EXPECT_GE(store->level, 2) << n;
            break;
        }
        default:
            break;
        }
    }
    EXPECT_GT(separate, physical / 3);
    // About 1 % has no place yet (PLACE-MISSING), on purpose.
    EXPECT_GT(unplaced, 0);
    EXPECT_LT(unplaced, physical / 40);
}

TEST(DemoGenerator, SmallRegistersArePlaced)
{
    for (int n : {0, 10, 100, 400}) {
        const RegisterData d = DemoGenerator::generate(n, 7);
        EXPECT_GT(d.places.size(), 50) << "the city's premises do not depend on the size";
        const auto places = byId(d.places);
        int unplaced = 0;
        for (const Asset &a : d.assets) {
            if (Enums::isPhysical(a.kind) && !a.usePlaceId) {
                ++unplaced;
            } else if (a.usePlaceId) {
                ASSERT_TRUE(places.contains(a.usePlaceId)) << a.number.toStdString();
                EXPECT_TRUE(places.value(a.usePlaceId)->isArea()) << a.number.toStdString();
            }
            if (a.storePlaceId) {
                ASSERT_TRUE(places.contains(a.storePlaceId)) << a.number.toStdString();
                EXPECT_TRUE(places.value(a.storePlaceId)->isArea()) << a.number.toStdString();
            }
        }
        // Only the few left unplaced on purpose (1 in 100).
        EXPECT_LE(unplaced, std::max(2, physicalCount(d) / 30)) << n;
    }
}

TEST(DemoGenerator, ZoneFindingsAreARealisticMinority)
{
    RegisterData d = DemoGenerator::generate(2000, 20250401);
    d.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    const RegisterCheck check(d, false, QDate(2025, 10, 1));
    int physical = 0, zoneErrors = 0, zoneAny = 0, missing = 0;
    QSet<QString> codes;
    for (int row = 0; row < check.assets().size(); ++row) {
        const Asset &a = check.assets().at(row);
        if (!Enums::isPhysical(a.kind) || a.status != AssetStatus::Active)
            continue;
        ++physical;
        bool error = false, any = false;
        for (const Finding &f : check.findings().at(row)) {
            const QString code = FindingChecker::codeId(f.code);
            missing += f.code == FindingCode::PlaceMissing;
            if (!code.startsWith(QStringLiteral("ZONE-")))
                continue;
            codes.insert(code);
            any = true;
            error = error || f.severity == Severity::Error;
        }
        zoneErrors += error;
        zoneAny += any;
    }
    ASSERT_GT(physical, 500);
    // Mostly compliant, with problems a section manager would recognise.
    EXPECT_GT(zoneErrors, 0);
    EXPECT_LT(zoneErrors, physical * 15 / 100);
    EXPECT_LT(zoneAny, physical * 15 / 100);
    EXPECT_TRUE(codes.contains(QStringLiteral("ZONE-STORE-LOW")));
    EXPECT_GT(missing, 0);
    EXPECT_LT(missing, physical * 3 / 100);
}
