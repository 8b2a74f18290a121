#include "core/findings.h"

#include "core/exceptions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QJsonArray>

using namespace daicho;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

namespace {

// Places of the fixture: 本庁舎 › 3階 › rooms, with a drawer inside the locked office.
enum : Id {
    SiteId = 1,
    BuildingId,
    FloorId,
    ServerRoom,     // L4
    OfficeLocked,   // L2, locked after hours
    OfficeUnlocked, // L2, not locked after hours
    OfficeL1,       // L1
    Drawer,         // L3 container inside OfficeLocked
    Counter,        // L0, public side of the counter
    Locker,         // L3 container inside OfficeUnlocked
};

Place place(Id id, Id parent, PlaceKind kind, const QString &name, int level = 2, bool locked = true)
{
    Place p;
    p.id = id;
    p.parentId = parent;
    p.kind = kind;
    p.name = name;
    p.level = level;
    p.lockedAfterHours = locked;
    return p;
}

QList<Place> fixturePlaces()
{
    return {
        place(SiteId, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地")),
        place(BuildingId, SiteId, PlaceKind::Building, QStringLiteral("本庁舎")),
        place(FloorId, BuildingId, PlaceKind::Floor, QStringLiteral("3階")),
        place(ServerRoom, FloorId, PlaceKind::Room, QStringLiteral("サーバ室"), 4),
        place(OfficeLocked, FloorId, PlaceKind::Room, QStringLiteral("情報政策課 執務室"), 2, true),
        place(OfficeUnlocked, FloorId, PlaceKind::Room, QStringLiteral("市民課 執務室"), 2, false),
        place(OfficeL1, FloorId, PlaceKind::Room, QStringLiteral("相談室"), 1, false),
        place(Drawer, OfficeLocked, PlaceKind::Container, QStringLiteral("施錠引出し"), 3),
        place(Counter, FloorId, PlaceKind::CounterPublic, QStringLiteral("窓口カウンター（来庁者側）"), 0),
        place(Locker, OfficeUnlocked, PlaceKind::Container, QStringLiteral("施錠ロッカー"), 3),
    };
}

class FindingsTest : public ::testing::Test {
protected:
    explicit FindingsTest(const QString &preset = QStringLiteral("soumu"))
        : engine(ClassificationScheme::preset(preset)), checker(ZoneTable::preset(), engine.scheme())
    {
        checker.setPlaces(fixturePlaces());
        CheckOptions o;
        o.today = QDate(2026, 11, 22);
        checker.setOptions(o);
    }

    Id add(AssetKind kind, const QString &name, Id use = 0, Id store = 0)
    {
        Asset a;
        a.id = Id(assets.size()) + 100;
        a.number = QStringLiteral("T-%1").arg(a.id);
        a.name = name;
        a.kind = kind;
        a.usePlaceId = use;
        a.storePlaceId = store;
        a.segment = kind == AssetKind::InformationPaper ? NetworkSegment::NotApplicable
                                                         : NetworkSegment::Lgwan;
        assets.append(a);
        return a.id;
    }
    /// Information of importance A (personal data), B (機密性2) or C (機密性1).
    Id info(char importance)
    {
        const Id id = add(AssetKind::InformationElectronic, QStringLiteral("情報%1").arg(importance));
        Asset &a = at(id);
        a.confidentiality = importance == 'C' ? QStringLiteral("1") : QStringLiteral("2");
        a.integrity = a.availability = QStringLiteral("1");
        a.personalInfo = importance == 'A';
        return id;
    }
    Asset &at(Id id) { return assets[qsizetype(id - 100)]; }
    void link(Id from, Id to, LinkType type = LinkType::StoredOn)
    {
        links.append(AssetLink{Id(links.size()) + 1, from, to, type});
    }

    std::vector<Finding> findingsOf(Id id)
    {
        engine.compute(assets, links);
        std::vector<Finding> out;
        checker.check(at(id), engine.of(id), out);
        return out;
    }
    /// The codes of the zone findings (measures and network rules apart), "CODE:severity".
    QStringList zone(Id id)
    {
        QStringList codes;
        for (const Finding &f : findingsOf(id)) {
            if (f.code == FindingCode::MeasureNotDone || f.code == FindingCode::NetMyNumberSegment
                || f.code == FindingCode::NetInternetAlpha || f.code == FindingCode::NetMyNumberRemovable)
                continue;
            codes << FindingChecker::codeId(f.code) + QLatin1Char(':')
                         + FindingChecker::severityId(f.severity);
        }
        return codes;
    }
    Finding first(Id id, FindingCode code)
    {
        for (const Finding &f : findingsOf(id)) {
            if (f.code == code)
                return f;
        }
        ADD_FAILURE() << "no " << FindingChecker::codeId(code).toStdString();
        return {};
    }

    ClassificationEngine engine;
    FindingChecker checker;
    QList<Asset> assets;
    QList<AssetLink> links;
};

const QString kEncrypt = QStringLiteral("ENCRYPT-ADVICE:info");

// ---- domain.md §3.4, the twelve reference cases

TEST_F(FindingsTest, Case01FileServerWithPersonalDataInServerRoomIsOk)
{
    const Id server = add(AssetKind::Server, QStringLiteral("ファイルサーバ"), ServerRoom);
    link(info('A'), server);
    EXPECT_THAT(zone(server), IsEmpty());
}

TEST_F(FindingsTest, Case02NasOnOfficeShelfNeedsL4)
{
    const Id nas = add(AssetKind::Server, QStringLiteral("NAS"), OfficeLocked);
    link(info('A'), nas);
    EXPECT_THAT(zone(nas), ElementsAre(QStringLiteral("ZONE-USE-LOW:error"), QStringLiteral("ZONE-STORE-LOW:error")));
    const Finding f = first(nas, FindingCode::ZoneUseLow);
    EXPECT_EQ(f.subject, QStringLiteral("SRV"));
    EXPECT_EQ(f.required, 4);
    EXPECT_EQ(f.actual, 2);
    EXPECT_EQ(f.placeId, OfficeLocked);
}

TEST_F(FindingsTest, Case03LaptopWithADataOnTheDeskNeedsL3Storage)
{
    const Id laptop = add(AssetKind::Pc, QStringLiteral("ノートPC"), OfficeLocked);
    link(info('A'), laptop);
    EXPECT_THAT(zone(laptop), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error"), kEncrypt));
    const Finding f = first(laptop, FindingCode::ZoneStoreLow);
    EXPECT_EQ(f.subject, QStringLiteral("STORE_A"));
    EXPECT_EQ(f.required, 3);
    EXPECT_EQ(f.actual, 2);
}

TEST_F(FindingsTest, Case04LaptopInLockedDrawerAtNightIsOk)
{
    const Id laptop = add(AssetKind::Pc, QStringLiteral("ノートPC"), OfficeLocked, Drawer);
    link(info('A'), laptop);
    EXPECT_THAT(zone(laptop), ElementsAre(kEncrypt));
    at(laptop).encrypted = true;
    EXPECT_THAT(zone(laptop), IsEmpty());
}

TEST_F(FindingsTest, Case05WireGivesOnlyL2NotTheL3StorageOfAData)
{
    const Id laptop = add(AssetKind::Pc, QStringLiteral("ノートPC"), OfficeLocked);
    at(laptop).wireLocked = true;
    at(laptop).encrypted = true;
    link(info('A'), laptop);
    EXPECT_THAT(zone(laptop), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
    EXPECT_EQ(first(laptop, FindingCode::ZoneStoreLow).actual, 2);
}

TEST_F(FindingsTest, Case06ThinClientReachingADataInUnlockedOfficeFailsAtNight)
{
    const Id system = add(AssetKind::InformationSystem, QStringLiteral("住民記録システム"));
    link(info('A'), system);
    const Id thin = add(AssetKind::Pc, QStringLiteral("シンクライアント"), OfficeUnlocked);
    link(thin, system, LinkType::CanAccess);
    EXPECT_THAT(zone(thin), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
    const Finding f = first(thin, FindingCode::ZoneStoreLow);
    EXPECT_EQ(f.subject, QStringLiteral("ACCESS_A"));
    EXPECT_EQ(f.nominal, 2);
    EXPECT_EQ(f.actual, 1);
    EXPECT_TRUE(f.modifiers & Finding::AfterHours);
    EXPECT_THAT(checker.message(f).toStdString(), HasSubstr("L1"));
}

TEST_F(FindingsTest, Case07ThinClientWithWireIsOk)
{
    const Id system = add(AssetKind::InformationSystem, QStringLiteral("住民記録システム"));
    link(info('A'), system);
    const Id thin = add(AssetKind::Pc, QStringLiteral("シンクライアント"), OfficeUnlocked);
    at(thin).wireLocked = true;
    link(thin, system, LinkType::CanAccess);
    EXPECT_THAT(zone(thin), IsEmpty());
}

TEST_F(FindingsTest, Case08PcStoringBInL1NeedsL2Storage)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
    EXPECT_EQ(first(pc, FindingCode::ZoneStoreLow).subject, QStringLiteral("STORE_B"));
}

TEST_F(FindingsTest, Case09PcWithPublishedDataOnCounterPublicSideIsL0Error)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("案内端末"), Counter);
    link(info('C'), pc);
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-L0:error")));
    // The exception with a reason: an acceptance.
    const Finding f = first(pc, FindingCode::ZoneL0);
    Acceptance a{1, pc, QStringLiteral("ZONE-L0"), Counter, QStringLiteral("use"),
                 QStringLiteral("来庁者用の案内端末（公開情報のみ）"), QStringLiteral("市民課長"),
                 QDate(2027, 3, 31), QDateTime(QDate(2026, 4, 1), QTime(9, 0))};
    EXPECT_TRUE(f.sameAs(a));
    checker.setAcceptances({a});
    EXPECT_TRUE(first(pc, FindingCode::ZoneL0).accepted);
}

TEST_F(FindingsTest, Case10RemoteOperationPcNeedsL3Storage)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("管理端末"), OfficeLocked, OfficeLocked);
    at(pc).canRemoteOperate = true;
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
    EXPECT_EQ(first(pc, FindingCode::ZoneStoreLow).subject, QStringLiteral("REMOTE"));
}

TEST_F(FindingsTest, Case11UsbWithAAndCDataInDrawerIsOkAGoverns)
{
    const Id usb = add(AssetKind::RemovableMedia, QStringLiteral("USBメモリ"), OfficeLocked, Drawer);
    at(usb).encrypted = true;
    link(info('A'), usb);
    link(info('C'), usb);
    EXPECT_THAT(zone(usb), IsEmpty());
    const QList<const ZoneCategory *> cats = checker.categories(at(usb), engine.of(usb));
    ASSERT_EQ(cats.size(), 1);
    EXPECT_EQ(cats[0]->code, QStringLiteral("STORE_A"));
    // Kept on the desk instead, A governs: L3 needed.
    at(usb).storePlaceId = 0;
    EXPECT_THAT(zone(usb), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
}

TEST_F(FindingsTest, Case12PaperWithPersonalDataOnOpenShelfIsAWarning)
{
    const Id paper = add(AssetKind::InformationPaper, QStringLiteral("申請書綴り"), OfficeLocked, OfficeLocked);
    at(paper).confidentiality = QStringLiteral("2");
    at(paper).personalInfo = true;
    EXPECT_THAT(zone(paper), ElementsAre(QStringLiteral("ZONE-STORE-LOW:warning")));
}

// ---- modifiers and other zone rules

TEST_F(FindingsTest, UnlockedOfficeIsL2ForUseInHoursAndL1InTheNightView)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeUnlocked, Locker);
    link(info('A'), pc);
    at(pc).encrypted = true;
    EXPECT_THAT(zone(pc), IsEmpty());
    CheckOptions night = checker.options();
    night.afterHours = true;
    checker.setOptions(night);
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-USE-LOW:error")));
    EXPECT_TRUE(first(pc, FindingCode::ZoneUseLow).modifiers & Finding::AfterHours);
}

TEST_F(FindingsTest, LockedOfficeStaysL2AfterHours)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeLocked);
    link(info('B'), pc);
    EXPECT_THAT(zone(pc), IsEmpty());
}

TEST_F(FindingsTest, UsingSomethingInAContainerIsAnError)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), Drawer);
    link(info('C'), pc);
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-USE-CONTAINER:error")));
    EXPECT_THAT(checker.message(first(pc, FindingCode::ZoneUseContainer)).toStdString(), HasSubstr("施錠引出し"));
}

TEST_F(FindingsTest, NonServerInL4NeedsAReasonServerDoesNot)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("運用端末"), ServerRoom);
    link(info('B'), pc);
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("ZONE-L4-REASON:warning")));
    const Id server = add(AssetKind::Server, QStringLiteral("サーバ"), ServerRoom);
    link(info('B'), server);
    EXPECT_THAT(zone(server), IsEmpty());
    // A switch in the server room holds nothing and falls in no category: no reason needed.
    const Id sw = add(AssetKind::NetworkDevice, QStringLiteral("L2スイッチ"), ServerRoom);
    EXPECT_THAT(zone(sw), IsEmpty());
}

TEST_F(FindingsTest, WireDoesNotApplyToMediaOrPaper)
{
    const Id usb = add(AssetKind::RemovableMedia, QStringLiteral("USB"), OfficeL1);
    at(usb).wireLocked = true;
    link(info('B'), usb);
    EXPECT_EQ(first(usb, FindingCode::ZoneStoreLow).actual, 1);
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    at(pc).wireLocked = true;
    link(info('B'), pc);
    EXPECT_THAT(zone(pc), IsEmpty()); // wire: L1 counts as L2, enough for B storage
}

TEST_F(FindingsTest, WireInL0StillAnErrorAndSaysWhy)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), Counter);
    at(pc).wireLocked = true;
    const Finding f = first(pc, FindingCode::ZoneL0);
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_TRUE(f.modifiers & Finding::Wire);
    EXPECT_THAT(checker.message(f).toStdString(), HasSubstr("L0"));
}

TEST_F(FindingsTest, L0StorageElsewhereIsReportedForStorage)
{
    const Id paper = add(AssetKind::InformationPaper, QStringLiteral("記載台の見本"), OfficeL1, Counter);
    at(paper).confidentiality = QStringLiteral("1");
    const Finding f = first(paper, FindingCode::ZoneL0);
    EXPECT_EQ(f.subject, QStringLiteral("store"));
    EXPECT_EQ(f.severity, Severity::Warning); // paper
}

TEST_F(FindingsTest, UnplacedDeviceIsInfoAndInformationNeedsNoPlace)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"));
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("PLACE-MISSING:info")));
    const Id data = info('A');
    EXPECT_THAT(zone(data), IsEmpty());
    // A place that is not an area (a floor) counts as missing.
    at(pc).usePlaceId = FloorId;
    EXPECT_THAT(zone(pc), ElementsAre(QStringLiteral("PLACE-MISSING:info")));
}

TEST_F(FindingsTest, DisposedAssetHasNoFindings)
{
    const Id nas = add(AssetKind::Server, QStringLiteral("NAS"), Counter);
    link(info('A'), nas);
    at(nas).status = AssetStatus::Disposed;
    EXPECT_TRUE(findingsOf(nas).empty());
}

TEST_F(FindingsTest, EditedZoneTableChangesTheResult)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    ZoneTable t = ZoneTable::preset();
    ASSERT_TRUE(t.setMinimum(QStringLiteral("STORE_B"), 1, 1));
    checker.setZoneTable(t);
    EXPECT_THAT(zone(pc), IsEmpty());
    EXPECT_FALSE(t.setMinimum(QStringLiteral("NOPE"), 1, 1));
    EXPECT_FALSE(t.setMinimum(QStringLiteral("STORE_B"), 5, 1));
    EXPECT_FALSE(t.setMinimum(QStringLiteral("STORE_B"), 3, 3)); // L3 is storage only
}

TEST_F(FindingsTest, MessagesNameRuleValuesAndFix)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    const QString m = checker.message(first(pc, FindingCode::ZoneStoreLow));
    EXPECT_THAT(m.toStdString(), HasSubstr("相談室"));
    EXPECT_THAT(m.toStdString(), HasSubstr("L2"));
    EXPECT_THAT(m.toStdString(), HasSubstr("L1"));
    EXPECT_FALSE(FindingChecker::title(FindingCode::ZoneStoreLow).isEmpty());
    EXPECT_EQ(checker.placePath(Drawer), QStringLiteral("本庁舎敷地 › 本庁舎 › 3階 › 情報政策課 執務室 › 施錠引出し"));
}

// ---- network segments (§1.6)

TEST_F(FindingsTest, MyNumberOutsideItsSegmentIsAWarning)
{
    const Id data = info('A');
    at(data).myNumber = true;
    at(data).segment = NetworkSegment::Lgwan;
    auto codes = [&](Id id) {
        QStringList out;
        for (const Finding &f : findingsOf(id)) {
            if (f.code != FindingCode::MeasureNotDone)
                out << FindingChecker::codeId(f.code);
        }
        return out;
    };
    EXPECT_THAT(codes(data), ElementsAre(QStringLiteral("NET-MYNUMBER-SEGMENT")));
    EXPECT_EQ(first(data, FindingCode::NetMyNumberSegment).severity, Severity::Warning);
    EXPECT_THAT(checker.message(first(data, FindingCode::NetMyNumberSegment)).toStdString(),
                HasSubstr(Enums::label(NetworkSegment::Lgwan).toStdString()));
    at(data).segment = NetworkSegment::MyNumber;
    EXPECT_THAT(codes(data), IsEmpty());
    at(data).segment = NetworkSegment::GovCloud;
    EXPECT_THAT(codes(data), IsEmpty());
    // A PC on the LGWAN segment that holds it inherits the flag through the link.
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeLocked, Drawer);
    at(pc).encrypted = true;
    link(data, pc);
    EXPECT_THAT(codes(pc), ElementsAre(QStringLiteral("NET-MYNUMBER-SEGMENT")));
}

TEST_F(FindingsTest, RemovableMediaWithMyNumberDataIsAWarning)
{
    const Id usb = add(AssetKind::RemovableMedia, QStringLiteral("USB"), OfficeLocked, Drawer);
    at(usb).segment = NetworkSegment::MyNumber;
    const Finding f = first(usb, FindingCode::NetMyNumberRemovable);
    EXPECT_EQ(f.severity, Severity::Warning);
}

TEST_F(FindingsTest, RemovableMediaHoldingMyNumberSegmentInformationIsAWarning)
{
    const Id usb = add(AssetKind::RemovableMedia, QStringLiteral("USB"), OfficeLocked, Drawer);
    at(usb).segment = NetworkSegment::Standalone;
    const Id data = info('B');
    at(data).segment = NetworkSegment::MyNumber; // no 特定個人情報 flag, but the segment's data
    link(data, usb);
    auto flagged = [&] {
        for (const Finding &f : findingsOf(usb)) {
            if (f.code == FindingCode::NetMyNumberRemovable)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(flagged()); // the checker has not been told
    checker.setMyNumberSegmentHolders(FindingChecker::myNumberSegmentHolders(assets, links));
    EXPECT_TRUE(flagged());
    EXPECT_TRUE(FindingChecker::holdsMyNumberSegmentData(usb, links, [&](Id id) { return &at(id); }));
    at(data).segment = NetworkSegment::Lgwan;
    EXPECT_FALSE(FindingChecker::myNumberSegmentHolders(assets, links).contains(usb));
}

TEST_F(FindingsTest, ConfidentialOnInternetSegmentOnlyInAlphaModel)
{
    const Id data = info('B');
    at(data).segment = NetworkSegment::Internet;
    EXPECT_EQ(first(data, FindingCode::NetInternetAlpha).severity, Severity::Warning);
    for (NetworkModel m : {NetworkModel::AlphaPrime, NetworkModel::Beta, NetworkModel::BetaPrime}) {
        CheckOptions o = checker.options();
        o.networkModel = m;
        checker.setOptions(o);
        for (const Finding &f : findingsOf(data))
            EXPECT_NE(f.code, FindingCode::NetInternetAlpha);
    }
    CheckOptions o = checker.options();
    o.networkModel = NetworkModel::Alpha;
    checker.setOptions(o);
    at(data).confidentiality = QStringLiteral("1");
    for (const Finding &f : findingsOf(data))
        EXPECT_NE(f.code, FindingCode::NetInternetAlpha);
}

// ---- handling measures (§1.3)

TEST_F(FindingsTest, RequiredMeasureNotDoneIsAFindingUntilTicked)
{
    const Id data = info('B');
    engine.compute(assets, links);
    const QStringList required = engine.of(data)->requiredMeasures;
    ASSERT_FALSE(required.isEmpty());
    QStringList missing;
    for (const Finding &f : findingsOf(data)) {
        if (f.code == FindingCode::MeasureNotDone)
            missing << f.subject;
    }
    EXPECT_EQ(missing, required);
    for (const QString &tag : required)
        at(data).measures.append({tag, true});
    for (const Finding &f : findingsOf(data))
        EXPECT_NE(f.code, FindingCode::MeasureNotDone);
    at(data).measures[0].done = false;
    const Finding f = first(data, FindingCode::MeasureNotDone);
    EXPECT_EQ(f.subject, required.first());
    EXPECT_THAT(checker.message(f).toStdString(),
                HasSubstr(engine.scheme().measureLabel(required.first()).toStdString()));
}

// ---- acceptances

TEST_F(FindingsTest, AcceptanceHoldsUntilItsDateThenTheFindingComesBack)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    Acceptance a{7, pc, QStringLiteral("ZONE-STORE-LOW"), OfficeL1, QStringLiteral("STORE_B"),
                 QStringLiteral("移転まで"), QStringLiteral("課長"), QDate(2026, 11, 30), {}};
    checker.setAcceptances({a});
    Finding f = first(pc, FindingCode::ZoneStoreLow);
    EXPECT_TRUE(f.accepted);
    EXPECT_EQ(f.acceptanceId, 7);

    CheckOptions o = checker.options();
    o.today = QDate(2026, 11, 30); // the last day still counts
    checker.setOptions(o);
    EXPECT_TRUE(first(pc, FindingCode::ZoneStoreLow).accepted);
    o.today = QDate(2026, 12, 1);
    checker.setOptions(o);
    f = first(pc, FindingCode::ZoneStoreLow);
    EXPECT_FALSE(f.accepted);
    EXPECT_EQ(f.acceptanceId, 7); // lapsed, still known
}

TEST_F(FindingsTest, AcceptanceDoesNotFollowTheAssetToAnotherPlace)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    checker.setAcceptances({{1, pc, QStringLiteral("ZONE-STORE-LOW"), OfficeL1, QStringLiteral("STORE_B"),
                             QStringLiteral("理由"), QStringLiteral("課長"), QDate(2030, 1, 1), {}}});
    at(pc).usePlaceId = OfficeUnlocked; // also L1 at night
    const Finding f = first(pc, FindingCode::ZoneStoreLow);
    EXPECT_FALSE(f.accepted);
    EXPECT_EQ(f.acceptanceId, 0);
}

TEST_F(FindingsTest, FindingSetCountsAndRecheck)
{
    const Id pc = add(AssetKind::Pc, QStringLiteral("PC"), OfficeL1);
    link(info('B'), pc);
    const Id nas = add(AssetKind::Server, QStringLiteral("NAS"), OfficeLocked);
    engine.compute(assets, links);
    FindingSet set;
    set.checkAll(checker, assets, engine);
    const FindingCounts before = set.counts();
    EXPECT_GE(before.errors, 1);
    const int pcRow = int(pc - 100);
    EXPECT_EQ(set.worstAt(pcRow), Severity::Error);

    at(pc).usePlaceId = OfficeLocked;
    const QList<int> changed = set.recheck(checker, assets, engine, {pcRow, int(nas - 100)});
    EXPECT_THAT(changed, ElementsAre(pcRow));
    EXPECT_EQ(set.counts().errors, before.errors - 1);

    FindingSet fresh;
    fresh.checkAll(checker, assets, engine);
    EXPECT_EQ(fresh.counts(), set.counts());
}

// ---- the zone table as data

TEST(ZoneTableTest, PresetIsKishiwadaTable5)
{
    const ZoneTable t = ZoneTable::preset();
    QStringList codes;
    for (const ZoneCategory &c : t.categories())
        codes << QStringLiteral("%1:%2/%3").arg(c.code).arg(c.use).arg(c.store);
    EXPECT_THAT(codes, UnorderedElementsAre(QStringLiteral("SRV:4/4"), QStringLiteral("STORE_A:2/3"),
                                            QStringLiteral("REMOTE:2/3"), QStringLiteral("ACCESS_A:2/2"),
                                            QStringLiteral("STORE_B:1/2"), QStringLiteral("STORE_C:1/1"),
                                            QStringLiteral("ACCESS_BC:1/1")));
    EXPECT_EQ(t.category(QStringLiteral("STORE_A"))->label.ja,
              QStringLiteral("重要度Aの情報を保存したパソコン・媒体"));
}

TEST(ZoneTableTest, JsonRoundTripAndRejections)
{
    ZoneTable t = ZoneTable::preset();
    t.setMinimum(QStringLiteral("STORE_C"), 2, 2);
    EXPECT_EQ(ZoneTable::fromJson(t.toJson()), t);

    QJsonObject bad = t.toJson();
    bad.insert(QStringLiteral("format"), QStringLiteral("other"));
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
    bad = t.toJson();
    bad.insert(QStringLiteral("version"), 99);
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
    bad = t.toJson();
    QJsonArray cats = bad.value(QStringLiteral("categories")).toArray();
    QJsonObject c = cats[0].toObject();
    c.insert(QStringLiteral("use"), 5);
    cats[0] = c;
    bad.insert(QStringLiteral("categories"), cats);
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
    c.insert(QStringLiteral("use"), 3); // storage only
    cats[0] = c;
    bad.insert(QStringLiteral("categories"), cats);
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
    bad = t.toJson();
    cats = bad.value(QStringLiteral("categories")).toArray();
    cats.append(cats[0]);
    bad.insert(QStringLiteral("categories"), cats);
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
    bad = t.toJson();
    c = cats[0].toObject();
    c.insert(QStringLiteral("match"), QJsonObject());
    cats = QJsonArray{c};
    bad.insert(QStringLiteral("categories"), cats);
    EXPECT_THROW(ZoneTable::fromJson(bad), ValidationError);
}

// ---- every preset reads the same zone table through its A/B/C importance (decision 1)

class PresetFindingsTest : public FindingsTest, public ::testing::WithParamInterface<const char *> {
protected:
    PresetFindingsTest() : FindingsTest(QString::fromLatin1(GetParam())) {}
};

TEST_P(PresetFindingsTest, PersonalDataOnDeskNeedsL3Storage)
{
    const Id data = add(AssetKind::InformationElectronic, QStringLiteral("住民データ"));
    at(data).personalInfo = true;
    const Id laptop = add(AssetKind::Pc, QStringLiteral("ノートPC"), OfficeLocked);
    at(laptop).encrypted = true;
    link(data, laptop);
    EXPECT_THAT(zone(laptop), ElementsAre(QStringLiteral("ZONE-STORE-LOW:error")));
    at(laptop).storePlaceId = Drawer;
    EXPECT_THAT(zone(laptop), IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(AllPresets, PresetFindingsTest,
                         ::testing::Values("soumu", "kishiwada", "jichitai-r6", "ipa"));

TEST_F(FindingsTest, KishiwadaImportanceSetByHandGovernsTheCategory)
{
    ClassificationEngine kishiwada(ClassificationScheme::preset(QStringLiteral("kishiwada")));
    FindingChecker k(ZoneTable::preset(), kishiwada.scheme());
    k.setPlaces(fixturePlaces());
    const Id usb = add(AssetKind::RemovableMedia, QStringLiteral("USB"), OfficeLocked);
    at(usb).importance = QStringLiteral("A");
    at(usb).encrypted = true;
    kishiwada.compute(assets, links);
    std::vector<Finding> out;
    k.check(at(usb), kishiwada.of(usb), out);
    bool storeLow = false;
    for (const Finding &f : out)
        storeLow = storeLow || (f.code == FindingCode::ZoneStoreLow && f.subject == QStringLiteral("STORE_A"));
    EXPECT_TRUE(storeLow);
}

TEST(FindingCodesTest, IdsAreStableAndRoundTrip)
{
    for (int i = 0; i < FindingCodeCount; ++i) {
        const FindingCode c = FindingCode(i);
        EXPECT_EQ(FindingChecker::codeFromId(FindingChecker::codeId(c)), c);
        EXPECT_FALSE(FindingChecker::title(c).isEmpty());
    }
    EXPECT_EQ(FindingChecker::codeId(FindingCode::ZoneStoreLow), QStringLiteral("ZONE-STORE-LOW"));
    EXPECT_FALSE(FindingChecker::codeFromId(QStringLiteral("NOPE")));
    for (int i = 0; i < SeverityCount; ++i)
        EXPECT_EQ(FindingChecker::severityFromId(FindingChecker::severityId(Severity(i))), Severity(i));
}

} // namespace
