#include "core/classificationengine.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>

using namespace daicho;
using ::testing::HasSubstr;

namespace {

Asset asset(Id id, const QString &number, const QString &name, AssetKind kind,
            const QString &c = {}, const QString &i = {}, const QString &a = {})
{
    Asset x;
    x.id = id;
    x.number = number;
    x.name = name;
    x.kind = kind;
    x.confidentiality = c;
    x.integrity = i;
    x.availability = a;
    return x;
}

Asset info(Id id, const QString &name, const QString &c, const QString &i = QStringLiteral("1"),
           const QString &a = QStringLiteral("1"))
{
    return asset(id, QStringLiteral("J-%1").arg(id), name, AssetKind::InformationElectronic, c, i, a);
}

Asset device(Id id, const QString &number, AssetKind kind = AssetKind::Pc)
{
    return asset(id, number, QStringLiteral("device %1").arg(id), kind);
}

QString idOf(const SchemeLevel *level) { return level ? level->id : QString(); }

AssetLink link(Id from, Id to, LinkType type = LinkType::StoredOn)
{
    static Id next = 1;
    return AssetLink{next++, from, to, type};
}

class ClassificationEngineTest : public ::testing::Test {
protected:
    ClassificationEngineTest() : engine(ClassificationScheme::preset(QStringLiteral("soumu"))) {}

    const EffectiveClassification &of(Id id)
    {
        const EffectiveClassification *r = engine.of(id);
        EXPECT_NE(r, nullptr) << id;
        static const EffectiveClassification empty;
        return r ? *r : empty;
    }
    QString eff(Id id, const char *axis) { return of(id).effectiveValue(QString::fromLatin1(axis)); }

    ClassificationEngine engine;
};

} // namespace

TEST_F(ClassificationEngineTest, NothingToCompute)
{
    engine.compute({}, {});
    EXPECT_EQ(engine.of(1), nullptr);
    EXPECT_TRUE(engine.loops().isEmpty());
    EXPECT_TRUE(engine.explanation(1).isEmpty());
}

TEST_F(ClassificationEngineTest, AssetWithoutLinksKeepsItsOwnValues)
{
    engine.compute({info(1, QStringLiteral("公開資料"), "1", "2", "1")}, {});
    const auto &r = of(1);
    ASSERT_EQ(r.axes.size(), 3);
    EXPECT_EQ(r.axes[0].manualId(), QStringLiteral("1"));
    EXPECT_EQ(r.axes[0].calculated, nullptr);
    EXPECT_EQ(r.axes[1].effectiveId(), QStringLiteral("2"));
    EXPECT_EQ(r.importanceId(), QStringLiteral("B"));
    EXPECT_EQ(idOf(r.ownImportance), QStringLiteral("B"));
    EXPECT_EQ(r.storedImportance, nullptr);
    EXPECT_EQ(r.ipaImportance, 2);
    EXPECT_EQ(engine.axisExplanation(1, QStringLiteral("I")), QStringLiteral("own value"));
}

TEST_F(ClassificationEngineTest, SingleStoredOnLinkRaisesTheDevice)
{
    engine.compute({info(1, QStringLiteral("住民基本台帳データ"), "3", "2", "2"), device(2, "PC-012")},
                   {link(1, 2)});
    const auto &pc = of(2);
    const AxisClassification *c = pc.axis(QStringLiteral("C"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->manual, nullptr);
    EXPECT_EQ(c->calculatedId(), QStringLiteral("3"));
    EXPECT_EQ(c->effectiveId(), QStringLiteral("3"));
    ASSERT_TRUE(c->effective);
    EXPECT_EQ(c->effective->label.ja, QStringLiteral("機密性3"));
    EXPECT_EQ(c->source, 1);
    EXPECT_EQ(c->origin, 1);
    EXPECT_EQ(eff(2, "I"), QStringLiteral("2"));
    EXPECT_EQ(eff(2, "A"), QStringLiteral("2"));
    EXPECT_EQ(engine.axisExplanation(2, QStringLiteral("C")),
              QStringLiteral("PC-012 holds 住民基本台帳データ (機密性3)"));
    // Importance: nothing of its own, A from what it holds.
    EXPECT_EQ(pc.ownImportance, nullptr);
    EXPECT_EQ(idOf(pc.storedImportance), QStringLiteral("A"));
    EXPECT_EQ(pc.storedSource, 1);
    EXPECT_EQ(pc.importanceId(), QStringLiteral("A"));
    EXPECT_TRUE(pc.requiredMeasures.contains(QStringLiteral("NO_PRIVATE_DEVICE")));
    EXPECT_TRUE(pc.requiredMeasures.contains(QStringLiteral("RTO_DEFINED")));
    EXPECT_EQ(pc.ipaImportance, 3);
    // The content itself is unchanged: classification flows one way only.
    EXPECT_EQ(of(1).axis(QStringLiteral("C"))->calculated, nullptr);
    EXPECT_EQ(of(1).storedImportance, nullptr);
}

TEST_F(ClassificationEngineTest, OwnHigherValueStays)
{
    Asset pc = device(2, "PC-001");
    pc.confidentiality = QStringLiteral("3");
    engine.compute({info(1, QStringLiteral("照会文書"), "2"), pc}, {link(1, 2)});
    const AxisClassification *c = of(2).axis(QStringLiteral("C"));
    EXPECT_EQ(c->manualId(), QStringLiteral("3"));
    EXPECT_EQ(c->calculatedId(), QStringLiteral("2"));
    EXPECT_EQ(c->effectiveId(), QStringLiteral("3"));
    EXPECT_EQ(engine.axisExplanation(2, QStringLiteral("C")), QStringLiteral("own value"));
}

TEST_F(ClassificationEngineTest, HighestContentWins)
{
    engine.compute({info(1, QStringLiteral("a"), "2"), info(2, QStringLiteral("b"), "3"),
                    info(3, QStringLiteral("c"), "1", "1", "2"), device(9, "USB-1", AssetKind::RemovableMedia)},
                   {link(1, 9), link(2, 9), link(3, 9)});
    EXPECT_EQ(eff(9, "C"), QStringLiteral("3"));
    EXPECT_EQ(of(9).axis(QStringLiteral("C"))->source, 2);
    EXPECT_EQ(eff(9, "I"), QStringLiteral("1"));
    EXPECT_EQ(eff(9, "A"), QStringLiteral("2"));
    EXPECT_EQ(of(9).axis(QStringLiteral("A"))->source, 3);
}

TEST_F(ClassificationEngineTest, TransitiveChainSystemToServer)
{
    Asset system = asset(2, "SYS-1", QStringLiteral("住基システム"), AssetKind::InformationSystem);
    Asset server = asset(3, "SRV-01", QStringLiteral("住基サーバ"), AssetKind::Server);
    engine.compute({info(1, QStringLiteral("住民基本台帳データ"), "3", "2", "2"), system, server},
                   {link(1, 2), link(2, 3, LinkType::RunsOn)});
    const AxisClassification *c = of(3).axis(QStringLiteral("C"));
    EXPECT_EQ(c->effectiveId(), QStringLiteral("3"));
    EXPECT_EQ(c->source, 2);
    EXPECT_EQ(c->origin, 1);
    EXPECT_EQ(engine.axisExplanation(3, QStringLiteral("C")),
              QStringLiteral("SRV-01 holds 住民基本台帳データ (機密性3) via 住基システム"));
    EXPECT_EQ(of(3).importanceId(), QStringLiteral("A"));
    EXPECT_EQ(of(3).storedSource, 2);
    EXPECT_EQ(of(3).storedOrigin, 1);
    EXPECT_THAT(engine.explanation(3).toStdString(),
                HasSubstr("SRV-01 holds 住民基本台帳データ (重要度A（個人情報）) via 住基システム"));
}

TEST_F(ClassificationEngineTest, CanAccessGivesAccessImportanceOnly)
{
    Asset system = asset(2, "SYS-1", QStringLiteral("税務システム"), AssetKind::InformationSystem);
    Asset data = info(1, QStringLiteral("課税台帳"), "2", "2", "2");
    data.personalInfo = true;
    Asset client = device(3, "TC-01");
    Asset other = device(4, "TC-02");
    Asset publicSystem = asset(5, "SYS-2", QStringLiteral("公開システム"), AssetKind::InformationSystem, "1");
    engine.compute({data, system, client, other, publicSystem},
                   {link(1, 2), link(3, 2, LinkType::CanAccess), link(3, 5, LinkType::CanAccess),
                    link(4, 5, LinkType::CanAccess)});
    EXPECT_EQ(of(2).importanceId(), QStringLiteral("A"));
    const auto &tc = of(3);
    EXPECT_EQ(tc.accessImportanceId(), QStringLiteral("A"));
    EXPECT_EQ(tc.accessSource, 2);
    // Access does not make the device hold anything.
    EXPECT_EQ(tc.importance, nullptr);
    EXPECT_EQ(tc.storedImportance, nullptr);
    EXPECT_FALSE(tc.personalInfo);
    EXPECT_TRUE(tc.effectiveValue(QStringLiteral("C")).isEmpty());
    EXPECT_EQ(of(4).accessImportanceId(), QStringLiteral("C"));
    EXPECT_EQ(of(1).accessImportance, nullptr);
    EXPECT_THAT(engine.explanation(3).toStdString(), HasSubstr("can access 税務システム"));
}

TEST_F(ClassificationEngineTest, PersonalInformationFlowsToContainers)
{
    Asset data = info(1, QStringLiteral("健診結果"), "2");
    data.sensitivePersonalInfo = true;
    Asset numbers = info(2, QStringLiteral("個人番号一覧"), "2");
    numbers.myNumber = true;
    Asset system = asset(3, "SYS-1", QStringLiteral("健康管理システム"), AssetKind::InformationSystem);
    Asset server = asset(4, "SRV-1", QStringLiteral("サーバ"), AssetKind::Server);
    engine.compute({data, numbers, system, server},
                   {link(1, 3), link(2, 3), link(3, 4, LinkType::RunsOn)});
    for (Id id : {3, 4}) {
        const auto &r = of(id);
        EXPECT_TRUE(r.personalInfo) << id;
        EXPECT_TRUE(r.sensitivePersonalInfo) << id;
        EXPECT_TRUE(r.myNumber) << id;
        EXPECT_EQ(r.personalOrigin, 1) << id;
        EXPECT_EQ(idOf(r.derivedImportance), QStringLiteral("A")) << id;
        EXPECT_EQ(r.importanceId(), QStringLiteral("A")) << id;
    }
    EXPECT_FALSE(of(1).myNumber);
    EXPECT_EQ(of(1).personalOrigin, 0);
    EXPECT_THAT(engine.explanation(4).toStdString(),
                HasSubstr("Personal information: SRV-1 holds 健診結果"));
}

TEST_F(ClassificationEngineTest, PersonalFlagRaisesImportanceAboveTheValues)
{
    // 機密性2 with personal information → A, even though the values alone give B.
    Asset data = info(1, QStringLiteral("住民票"), "2");
    data.personalInfo = true;
    engine.compute({data, device(2, "PC-1")}, {link(1, 2)});
    EXPECT_EQ(of(2).importanceId(), QStringLiteral("A"));
    EXPECT_EQ(of(2).derivedRule, &engine.scheme().importanceRules().at(0));
}

TEST_F(ClassificationEngineTest, TwoCycleIsDetectedAndShared)
{
    engine.compute({info(1, QStringLiteral("a"), "3"), info(2, QStringLiteral("b"), "1", "2")},
                   {link(1, 2), link(2, 1)});
    ASSERT_EQ(engine.loops().size(), 1);
    EXPECT_EQ(engine.loops().first(), (QList<Id>{1, 2}));
    for (Id id : {1, 2}) {
        EXPECT_TRUE(of(id).inLoop);
        EXPECT_EQ(eff(id, "C"), QStringLiteral("3"));
        EXPECT_EQ(eff(id, "I"), QStringLiteral("2"));
        EXPECT_EQ(of(id).importanceId(), QStringLiteral("A"));
    }
    EXPECT_EQ(of(2).axis(QStringLiteral("C"))->origin, 1);
    EXPECT_THAT(engine.explanation(2).toStdString(), HasSubstr("loop"));
}

TEST_F(ClassificationEngineTest, ThreeCycleFedFromOutside)
{
    // 1 → 2 → 3 → 4 → 2 (loop of 2, 3, 4), and the loop stored on 5.
    engine.compute({info(1, QStringLiteral("外部データ"), "2"), device(2, "D-2"), device(3, "D-3"),
                    device(4, "D-4"), device(5, "D-5")},
                   {link(1, 2), link(2, 3), link(3, 4), link(4, 2), link(4, 5)});
    ASSERT_EQ(engine.loops().size(), 1);
    EXPECT_EQ(engine.loops().first(), (QList<Id>{2, 3, 4}));
    for (Id id : {2, 3, 4, 5}) {
        EXPECT_EQ(eff(id, "C"), QStringLiteral("2")) << id;
        EXPECT_EQ(of(id).axis(QStringLiteral("C"))->origin, 1) << id;
        EXPECT_EQ(of(id).importanceId(), QStringLiteral("B")) << id;
    }
    EXPECT_FALSE(of(1).inLoop);
    EXPECT_FALSE(of(5).inLoop);
    EXPECT_TRUE(of(3).inLoop);
}

TEST_F(ClassificationEngineTest, SelfLinkIsALoop)
{
    engine.compute({info(1, QStringLiteral("自己参照"), "2")}, {link(1, 1)});
    ASSERT_EQ(engine.loops().size(), 1);
    EXPECT_EQ(engine.loops().first(), (QList<Id>{1}));
    EXPECT_TRUE(of(1).inLoop);
    EXPECT_EQ(eff(1, "C"), QStringLiteral("2"));
}

TEST_F(ClassificationEngineTest, TwoSeparateLoops)
{
    engine.compute({device(1, "A"), device(2, "B"), device(3, "C"), device(4, "D")},
                   {link(1, 2), link(2, 1), link(3, 4), link(4, 3), link(2, 3)});
    EXPECT_EQ(engine.loops().size(), 2);
}

TEST_F(ClassificationEngineTest, LinksToUnknownAssetsAreIgnored)
{
    engine.compute({info(1, QStringLiteral("a"), "3")}, {link(1, 99), link(98, 1)});
    EXPECT_EQ(eff(1, "C"), QStringLiteral("3"));
    EXPECT_EQ(engine.of(99), nullptr);
}

TEST_F(ClassificationEngineTest, UnknownLevelIdsCountAsNotSet)
{
    Asset pc = device(2, "PC-1");
    pc.confidentiality = QStringLiteral("9");
    engine.compute({info(1, QStringLiteral("a"), "2"), pc}, {link(1, 2)});
    EXPECT_EQ(of(2).axis(QStringLiteral("C"))->manual, nullptr); // "9" is no level of the scheme
    EXPECT_EQ(eff(2, "C"), QStringLiteral("2"));
}

TEST_F(ClassificationEngineTest, ExplanationCoversEveryPart)
{
    Asset data = info(1, QStringLiteral("住民基本台帳データ"), "3", "2", "2");
    data.personalInfo = true;
    engine.compute({data, device(2, "PC-012")}, {link(1, 2)});
    const QString text = engine.explanation(2);
    EXPECT_THAT(text.toStdString(), HasSubstr("PC-012 holds 住民基本台帳データ (機密性3)"));
    EXPECT_THAT(text.toStdString(), HasSubstr("Importance: 重要度A"));
    EXPECT_THAT(text.toStdString(), HasSubstr("IPA importance: 3"));
    EXPECT_THAT(text.toStdString(), HasSubstr("Required measures: "));
    EXPECT_THAT(text.toStdString(), HasSubstr("バックアップ"));
    EXPECT_GE(text.count(QLatin1Char('\n')), 5);
}

TEST(ClassificationEngine, KishiwadaHandSetImportanceDoesNotHideContents)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("kishiwada")));
    Asset data = info(1, QStringLiteral("住民票"), "2");
    data.personalInfo = true;
    Asset pc = device(2, "PC-1");
    pc.importance = QStringLiteral("C");
    Asset alone = device(3, "PC-2");
    alone.importance = QStringLiteral("B");
    engine.compute({data, pc, alone}, {link(1, 2)});
    EXPECT_TRUE(engine.of(2)->ownImportanceManual);
    EXPECT_EQ(engine.of(2)->ownRule, nullptr);
    EXPECT_EQ(idOf(engine.of(2)->ownImportance), QStringLiteral("C"));
    EXPECT_EQ(engine.of(2)->importanceId(), QStringLiteral("A"));
    EXPECT_EQ(engine.of(3)->importanceId(), QStringLiteral("B"));
    EXPECT_THAT(engine.explanation(3).toStdString(), HasSubstr("set by hand"));
}

TEST(ClassificationEngine, JichitaiLevelsFlowByRank)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("jichitai-r6")));
    engine.compute({info(1, QStringLiteral("a"), "3C"), info(2, QStringLiteral("b"), "3A"),
                    info(3, QStringLiteral("c"), "2"), device(4, "PC-1")},
                   {link(1, 4), link(2, 4), link(3, 4)});
    EXPECT_EQ(engine.of(4)->effectiveValue(QStringLiteral("C")), QStringLiteral("3A"));
    EXPECT_EQ(engine.of(4)->importanceId(), QStringLiteral("A"));
}

TEST(ClassificationEngine, LongChainDoesNotOverflowTheStack)
{
    constexpr int n = 100000;
    QList<Asset> assets;
    QList<AssetLink> links;
    assets.reserve(n);
    links.reserve(n);
    assets.append(info(1, QStringLiteral("start"), "3"));
    for (int i = 2; i <= n; ++i) {
        assets.append(device(i, QStringLiteral("D-%1").arg(i)));
        links.append(AssetLink{i, i - 1, i, LinkType::StoredOn});
    }
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    engine.compute(assets, links);
    EXPECT_TRUE(engine.loops().isEmpty());
    EXPECT_EQ(engine.of(n)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    EXPECT_EQ(engine.of(n)->axis(QStringLiteral("C"))->origin, 1);
    EXPECT_EQ(engine.of(n)->axis(QStringLiteral("C"))->source, n - 1);
    EXPECT_EQ(engine.of(n)->importanceId(), QStringLiteral("A"));

    // Close the chain into one ring of 100k: a single loop, everything shares 機密性3.
    links.append(AssetLink{n + 1, n, 1, LinkType::StoredOn});
    engine.compute(assets, links);
    ASSERT_EQ(engine.loops().size(), 1);
    EXPECT_EQ(engine.loops().first().size(), n);
    EXPECT_EQ(engine.of(n / 2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
}

TEST(ClassificationEngine, EmptySchemeClassifiesNothing)
{
    ClassificationEngine engine{ClassificationScheme()};
    engine.compute({device(1, "PC-1"), device(2, "PC-2")}, {link(1, 2)});
    ASSERT_NE(engine.of(2), nullptr);
    EXPECT_TRUE(engine.of(2)->axes.empty());
    EXPECT_EQ(engine.of(2)->importance, nullptr);
    EXPECT_TRUE(engine.of(2)->requiredMeasures.isEmpty());
}

TEST(ClassificationEngineEdits, OnlyClassifyingFieldsAffectTheClassification)
{
    daicho::Asset a;
    a.id = 1;
    a.number = QStringLiteral("A-1");
    a.name = QStringLiteral("住民基本台帳データ");
    daicho::Asset b = a;
    b.name = QStringLiteral("別名");
    b.notes = QStringLiteral("備考");
    b.wireLocked = true;
    EXPECT_FALSE(daicho::ClassificationEngine::affectsClassification(a, b));
    for (auto change : std::initializer_list<void (*)(daicho::Asset &)>{
             [](daicho::Asset &x) { x.confidentiality = QStringLiteral("3"); },
             [](daicho::Asset &x) { x.integrity = QStringLiteral("2"); },
             [](daicho::Asset &x) { x.availability = QStringLiteral("2"); },
             [](daicho::Asset &x) { x.importance = QStringLiteral("A"); },
             [](daicho::Asset &x) { x.personalInfo = true; },
             [](daicho::Asset &x) { x.sensitivePersonalInfo = true; },
             [](daicho::Asset &x) { x.myNumber = true; }}) {
        daicho::Asset c = a;
        change(c);
        EXPECT_TRUE(daicho::ClassificationEngine::affectsClassification(a, c));
    }
}

TEST(ClassificationEngineEdits, RenameChangesTheExplanationOnly)
{
    using namespace daicho;
    const ClassificationScheme scheme = ClassificationScheme::preset(QStringLiteral("soumu"));
    Asset info;
    info.id = 1;
    info.number = QStringLiteral("INF-1");
    info.name = QStringLiteral("住民基本台帳データ");
    info.confidentiality = QStringLiteral("3");
    Asset pc;
    pc.id = 2;
    pc.number = QStringLiteral("PC-1");
    pc.name = QStringLiteral("窓口端末");
    pc.kind = AssetKind::Pc;
    ClassificationEngine engine(scheme);
    engine.compute({info, pc}, {AssetLink{1, 1, 2, LinkType::StoredOn}});
    EXPECT_TRUE(engine.axisExplanation(2, QStringLiteral("C")).contains(QStringLiteral("住民基本台帳データ")));
    engine.rename(1, info.number, QStringLiteral("住民記録データ"));
    EXPECT_TRUE(engine.axisExplanation(2, QStringLiteral("C")).contains(QStringLiteral("住民記録データ")));
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
}

// ---------------------------------------------------------------------------------------------
// update(): incremental recomputation after an edit.

namespace {

int ruleIndex(const ClassificationEngine &engine, const ImportanceRule *rule)
{
    return rule ? int(rule - engine.scheme().importanceRules().constData()) : -1;
}

/// Every field of the result at a position, and its explanations, as text: equal dumps mean
/// equal results (levels and rules compared by id and index, not by address).
QString dump(const ClassificationEngine &engine, int position)
{
    const EffectiveClassification &r = engine.results().at(position);
    QStringList parts;
    parts << QStringLiteral("id=%1").arg(r.assetId);
    for (const AxisClassification &a : r.axes) {
        parts << QStringLiteral("%1:%2/%3/%4 src=%5 orig=%6 «%7»")
                     .arg(a.axis->id, a.manualId(), a.calculatedId(), a.effectiveId())
                     .arg(a.source)
                     .arg(a.origin)
                     .arg(engine.axisExplanation(r.assetId, a.axis->id));
    }
    parts << QStringLiteral("pers=%1%2%3 from %4")
                 .arg(r.personalInfo)
                 .arg(r.sensitivePersonalInfo)
                 .arg(r.myNumber)
                 .arg(r.personalOrigin);
    parts << QStringLiteral("own=%1 rule %2 manual %3")
                 .arg(idOf(r.ownImportance))
                 .arg(ruleIndex(engine, r.ownRule))
                 .arg(r.ownImportanceManual);
    parts << QStringLiteral("derived=%1 rule %2")
                 .arg(idOf(r.derivedImportance))
                 .arg(ruleIndex(engine, r.derivedRule));
    parts << QStringLiteral("stored=%1 src %2 orig %3")
                 .arg(idOf(r.storedImportance))
                 .arg(r.storedSource)
                 .arg(r.storedOrigin);
    parts << QStringLiteral("imp=%1 access=%2 from %3 ipa=%4 loop=%5")
                 .arg(r.importanceId(), r.accessImportanceId())
                 .arg(r.accessSource)
                 .arg(r.ipaImportance)
                 .arg(r.inLoop);
    parts << QStringLiteral("measures=%1").arg(r.requiredMeasures.join(QLatin1Char(',')));
    parts << QStringLiteral("«%1»").arg(engine.explanation(r.assetId));
    return parts.join(QLatin1Char(' '));
}

/// A register under random edits, mirrored by what a caller of update() tracks.
class RandomRegister {
public:
    RandomRegister(const ClassificationScheme &scheme, quint32 seed) : mScheme(scheme), mRng(seed)
    {
        const int n = 2 + below(30);
        const bool sparse = below(4) == 0; // ids far apart: the engine's hash index
        for (int i = 0; i < n; ++i) {
            Asset a;
            a.id = sparse ? Id(i) * 100003 + 7 : Id(i) + 1;
            a.number = QStringLiteral("N-%1").arg(a.id);
            a.name = QStringLiteral("asset %1").arg(a.id);
            a.kind = below(2) ? AssetKind::InformationElectronic : AssetKind::Pc;
            for (const SchemeAxis &axis : scheme.axes())
                setAxis(a, axis.id, randomLevel(axis));
            randomFlags(a);
            a.importance = randomImportance();
            assets.append(a);
        }
        const int linkCount = below(2 * n + 1);
        for (int l = 0; l < linkCount; ++l)
            addLink(below(10) == 0); // a few loops from the start
    }

    /// One to three random edits; returns the `changed` ids for update().
    QList<Id> edit()
    {
        QList<Id> changed;
        const int edits = 1 + below(3);
        for (int e = 0; e < edits; ++e) {
            const int what = below(10);
            if (what <= 2) { // a value
                Asset &a = assets[below(int(assets.size()))];
                if (!mScheme.axes().isEmpty()) {
                    const SchemeAxis &axis = mScheme.axes()[below(int(mScheme.axes().size()))];
                    setAxis(a, axis.id, randomLevel(axis));
                }
                changed << a.id;
            } else if (what == 3) { // flags
                Asset &a = assets[below(int(assets.size()))];
                randomFlags(a);
                changed << a.id;
            } else if (what == 4) { // hand-set importance (used by 岸和田 only)
                Asset &a = assets[below(int(assets.size()))];
                a.importance = randomImportance();
                changed << a.id;
            } else if (what == 5) { // number and name (the explanations)
                Asset &a = assets[below(int(assets.size()))];
                a.name = QStringLiteral("renamed %1").arg(below(1000));
                if (below(2))
                    a.number.clear();
                changed << a.id;
            } else if (what <= 7) { // a link added; now and then one that closes a loop
                const AssetLink &l = addLink(below(8) == 0);
                changed << l.fromId << l.toId;
            } else if (!links.isEmpty()) { // a link removed
                const AssetLink l = links.takeAt(below(int(links.size())));
                changed << l.fromId << l.toId;
            }
        }
        return changed;
    }

    QList<Asset> assets;
    QList<AssetLink> links;

private:
    int below(int n) { return int(mRng() % quint32(n)); }

    QString randomLevel(const SchemeAxis &axis)
    {
        const int pick = below(int(axis.levels.size()) + 2);
        if (pick == int(axis.levels.size()))
            return QString();
        if (pick > int(axis.levels.size()))
            return QStringLiteral("unknown");
        return axis.levels[pick].id;
    }
    QString randomImportance()
    {
        const QList<SchemeLevel> &levels = mScheme.importanceLevels();
        const int pick = below(int(levels.size()) + 3);
        return pick < levels.size() ? levels[pick].id : QString();
    }
    void randomFlags(Asset &a)
    {
        a.personalInfo = below(4) == 0;
        a.sensitivePersonalInfo = below(8) == 0;
        a.myNumber = below(8) == 0;
    }
    static void setAxis(Asset &a, const QString &axisId, const QString &level)
    {
        if (axisId == QLatin1String("C"))
            a.confidentiality = level;
        else if (axisId == QLatin1String("I"))
            a.integrity = level;
        else if (axisId == QLatin1String("A"))
            a.availability = level;
    }
    /// Mostly content → container with the container later in the list (no loops); with
    /// `anyDirection` also backwards and onto itself. Some CanAccess, a few to unknown ids.
    const AssetLink &addLink(bool anyDirection)
    {
        const int n = int(assets.size());
        int from = below(n), to = below(n);
        if (!anyDirection && from > to)
            std::swap(from, to);
        if (!anyDirection && from == to && to + 1 < n)
            ++to;
        const int type = below(10);
        AssetLink l;
        l.id = ++mNextLinkId;
        l.fromId = assets[from].id;
        l.toId = below(30) == 0 ? Id(999999999) : assets[to].id;
        l.type = type < 2 ? LinkType::CanAccess : type < 4 ? LinkType::RunsOn : LinkType::StoredOn;
        links.insert(below(int(links.size()) + 1), l); // anywhere: order decides ties
        for (const AssetLink &x : links) {
            if (x.id == l.id)
                return x;
        }
        return links.last();
    }

    const ClassificationScheme &mScheme;
    std::mt19937 mRng;
    Id mNextLinkId = 0;
};

} // namespace

TEST(ClassificationEngineUpdate, RandomEditsGiveTheResultsOfAFreshCompute)
{
    int updates = 0, incremental = 0, fallbacks = 0, touchedTotal = 0, positionsTotal = 0;
    for (const QString &preset : ClassificationScheme::presetIds()) {
        const ClassificationScheme scheme = ClassificationScheme::preset(preset);
        for (quint32 seed = 1; seed <= 15; ++seed) {
            RandomRegister reg(scheme, seed);
            ClassificationEngine engine(scheme);
            engine.compute(reg.assets, reg.links);
            for (int step = 0; step < 10; ++step) {
                const std::string where = QStringLiteral("%1 seed %2 step %3")
                                              .arg(preset)
                                              .arg(seed)
                                              .arg(step)
                                              .toStdString();
                const int n = int(reg.assets.size());
                std::vector<QString> before;
                std::vector<const EffectiveClassification *> addresses;
                for (int i = 0; i < n; ++i) {
                    before.push_back(dump(engine, i));
                    addresses.push_back(&engine.results()[i]);
                }
                const QList<Id> changed = step == 0 ? QList<Id>() : reg.edit();
                const QList<int> touched = engine.update(reg.assets, reg.links, changed);
                ++updates;
                touchedTotal += int(touched.size());
                positionsTotal += n;
                (touched.size() == n && n > 0 ? fallbacks : incremental) += 1;
                if (step == 0) {
                    EXPECT_TRUE(touched.isEmpty()) << where; // nothing changed
                }

                // Sorted, unique, in range; what it did not touch is as it was, where it was.
                ASSERT_TRUE(std::is_sorted(touched.begin(), touched.end())) << where;
                ASSERT_EQ(std::adjacent_find(touched.begin(), touched.end()), touched.end()) << where;
                ASSERT_TRUE(touched.isEmpty() || (touched.first() >= 0 && touched.last() < n)) << where;
                ASSERT_EQ(engine.results().size(), n) << where;
                for (int i = 0; i < n; ++i) {
                    if (std::binary_search(touched.begin(), touched.end(), i))
                        continue;
                    ASSERT_EQ(dump(engine, i), before[i]) << where << " position " << i;
                    ASSERT_EQ(&engine.results()[i], addresses[i]) << where << " position " << i;
                    ASSERT_EQ(engine.of(reg.assets[i].id), addresses[i]) << where << " position " << i;
                }

                ClassificationEngine fresh(scheme);
                fresh.compute(reg.assets, reg.links);
                ASSERT_EQ(engine.loops(), fresh.loops()) << where;
                for (int i = 0; i < n; ++i)
                    ASSERT_EQ(dump(engine, i), dump(fresh, i)) << where << " position " << i;
            }
        }
    }
    // Both paths were taken, the incremental one mostly, and it touched little.
    EXPECT_GT(incremental, updates * 6 / 10) << incremental << " of " << updates;
    EXPECT_GT(fallbacks, 10);
    EXPECT_LT(touchedTotal, positionsTotal / 2);
}

TEST(ClassificationEngineUpdate, LoweredContentValueLowersTheContainer)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    QList<Asset> assets{info(1, QStringLiteral("住民基本台帳データ"), "3", "2", "2"), device(2, "PC-012"),
                        info(3, QStringLiteral("無関係"), "2")};
    const QList<AssetLink> links{link(1, 2)};
    engine.compute(assets, links);
    ASSERT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    const EffectiveClassification *unrelated = engine.of(3);
    const EffectiveClassification *pc = engine.of(2);

    assets[0].confidentiality = QStringLiteral("1");
    EXPECT_EQ(engine.update(assets, links, {1}), (QList<int>{0, 1}));
    EXPECT_EQ(engine.of(2), pc); // rewritten in place
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("1"));
    EXPECT_EQ(engine.of(2)->axis(QStringLiteral("C"))->source, 1);
    EXPECT_EQ(engine.of(2)->importanceId(), QStringLiteral("B"));
    EXPECT_EQ(engine.of(3), unrelated);
    EXPECT_EQ(engine.of(3)->effectiveValue(QStringLiteral("C")), QStringLiteral("2"));
    EXPECT_EQ(engine.axisExplanation(2, QStringLiteral("C")), QStringLiteral("PC-012 holds 住民基本台帳データ (機密性1)"));

    // A rename that comes with a value change reaches the explanations.
    assets[0].name = QStringLiteral("住民記録データ");
    assets[0].confidentiality = QStringLiteral("2");
    engine.update(assets, links, {1});
    EXPECT_EQ(engine.axisExplanation(2, QStringLiteral("C")), QStringLiteral("PC-012 holds 住民記録データ (機密性2)"));
}

TEST(ClassificationEngineUpdate, RemovedLinkTakesTheValueAway)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    Asset data = info(1, QStringLiteral("課税台帳"), "3", "2", "2");
    data.personalInfo = true;
    Asset system = asset(2, "SYS-1", QStringLiteral("税務システム"), AssetKind::InformationSystem);
    Asset server = asset(3, "SRV-1", QStringLiteral("サーバ"), AssetKind::Server);
    const QList<Asset> assets{data, system, server, device(4, "PC-1")};
    QList<AssetLink> links{link(1, 2), link(2, 3, LinkType::RunsOn), link(4, 2, LinkType::CanAccess)};
    engine.compute(assets, links);
    ASSERT_TRUE(engine.of(3)->personalInfo);
    ASSERT_EQ(engine.of(4)->accessImportanceId(), QStringLiteral("A"));

    links.removeFirst();
    EXPECT_EQ(engine.update(assets, links, {1, 2}), (QList<int>{0, 1, 2, 3}));
    for (Id id : {2, 3}) {
        EXPECT_FALSE(engine.of(id)->personalInfo) << id;
        EXPECT_TRUE(engine.of(id)->effectiveValue(QStringLiteral("C")).isEmpty()) << id;
        EXPECT_EQ(engine.of(id)->importance, nullptr) << id;
    }
    EXPECT_EQ(engine.of(4)->accessImportance, nullptr);
    EXPECT_EQ(engine.of(4)->accessSource, 0);
}

TEST(ClassificationEngineUpdate, CanAccessFollowsTheSystem)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    Asset system = asset(2, "SYS-1", QStringLiteral("税務システム"), AssetKind::InformationSystem);
    QList<Asset> assets{info(1, QStringLiteral("課税台帳"), "1", "1", "1"), system, device(3, "TC-01"),
                        device(4, "TC-02"), device(5, "TC-03")};
    QList<AssetLink> links{link(1, 2), link(3, 2, LinkType::CanAccess), link(4, 2, LinkType::CanAccess)};
    engine.compute(assets, links);
    EXPECT_EQ(engine.of(3)->accessImportanceId(), QStringLiteral("C"));

    // The data is raised: the system and every device that can access it follow.
    assets[0].confidentiality = QStringLiteral("3");
    EXPECT_EQ(engine.update(assets, links, {1}), (QList<int>{0, 1, 2, 3}));
    for (Id id : {3, 4}) {
        EXPECT_EQ(engine.of(id)->accessImportanceId(), QStringLiteral("A")) << id;
        EXPECT_EQ(engine.of(id)->accessSource, 2) << id;
        EXPECT_EQ(engine.of(id)->importance, nullptr) << id;
    }
    EXPECT_EQ(engine.of(5)->accessImportance, nullptr);

    // A new CanAccess link: only the device and the system are touched.
    links.append(link(5, 2, LinkType::CanAccess));
    EXPECT_EQ(engine.update(assets, links, {5, 2}), (QList<int>{1, 2, 3, 4}));
    EXPECT_EQ(engine.of(5)->accessImportanceId(), QStringLiteral("A"));
}

TEST(ClassificationEngineUpdate, LoopsFallBackToACompute)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    const QList<Asset> assets{info(1, QStringLiteral("a"), "3"), device(2, "D-2"), device(3, "D-3"), device(4, "D-4")};
    QList<AssetLink> links{link(1, 2), link(2, 3)};
    engine.compute(assets, links);

    links.append(link(3, 2)); // closes 2 → 3 → 2
    EXPECT_EQ(engine.update(assets, links, {3, 2}), (QList<int>{0, 1, 2, 3}));
    ASSERT_EQ(engine.loops().size(), 1);
    EXPECT_EQ(engine.loops().first(), (QList<Id>{2, 3}));
    EXPECT_TRUE(engine.of(2)->inLoop);

    links.removeLast(); // a loop member changes: computed afresh as well
    EXPECT_EQ(engine.update(assets, links, {3, 2}), (QList<int>{0, 1, 2, 3}));
    EXPECT_TRUE(engine.loops().isEmpty());
    EXPECT_FALSE(engine.of(2)->inLoop);
    EXPECT_EQ(engine.of(3)->axis(QStringLiteral("C"))->source, 2);

    links.append(link(4, 4)); // stored on itself
    EXPECT_EQ(engine.update(assets, links, {4}), (QList<int>{0, 1, 2, 3}));
    EXPECT_EQ(engine.loops(), (QList<QList<Id>>{{4}}));
}

TEST(ClassificationEngineUpdate, FallsBackWhenItCannotDoBetter)
{
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    QList<Asset> assets{info(1, QStringLiteral("a"), "3"), device(2, "PC-1")};
    const QList<AssetLink> links{link(1, 2)};
    // No compute() yet.
    EXPECT_EQ(engine.update(assets, links, {}), (QList<int>{0, 1}));
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    // An asset added.
    assets.append(device(3, "PC-2"));
    EXPECT_EQ(engine.update(assets, links, {3}), (QList<int>{0, 1, 2}));
    ASSERT_NE(engine.of(3), nullptr);
    // Not the same id at that position.
    assets[2].id = 4;
    EXPECT_EQ(engine.update(assets, links, {4}), (QList<int>{0, 1, 2}));
    EXPECT_EQ(engine.of(3), nullptr);
    ASSERT_NE(engine.of(4), nullptr);
    // Ids of no asset in `changed` (the far end of a dangling link) are ignored.
    EXPECT_TRUE(engine.update(assets, links, {99}).isEmpty());
}

TEST(ClassificationEngineUpdate, WorksAfterTheEngineMoved)
{
    QList<Asset> assets{info(1, QStringLiteral("a"), "2"), device(2, "PC-1")};
    const QList<AssetLink> links{link(1, 2)};
    std::optional<ClassificationEngine> first(std::in_place, ClassificationScheme::preset(QStringLiteral("kishiwada")));
    first->compute(assets, links);
    ClassificationEngine engine(std::move(*first));
    first.reset();
    assets[0].confidentiality = QStringLiteral("3");
    assets[0].personalInfo = true;
    EXPECT_EQ(engine.update(assets, links, {1}), (QList<int>{0, 1}));
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    EXPECT_EQ(engine.of(2)->importanceId(), QStringLiteral("A"));
    ASSERT_NE(engine.of(2)->derivedRule, nullptr);
    EXPECT_EQ(engine.of(2)->derivedRule->importance, QStringLiteral("A"));
}

TEST(ClassificationEngineUpdate, ResultsOutliveTheReleasedUpdateState)
{
    // An export releases the state update() keeps: the results stay readable, and a later
    // update() computes everything again (all positions touched) with the right values.
    ClassificationEngine engine(ClassificationScheme::preset(QStringLiteral("soumu")));
    QList<Asset> assets{info(1, QStringLiteral("住民基本台帳データ"), "3", "2", "2"), device(2, "PC-012"),
                        info(3, QStringLiteral("無関係"), "2")};
    const QList<AssetLink> links{link(1, 2)};
    engine.compute(assets, links);
    engine.releaseUpdateState();
    ASSERT_NE(engine.of(2), nullptr);
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    EXPECT_EQ(engine.of(2)->importanceId(), QStringLiteral("A"));
    EXPECT_FALSE(engine.of(2)->requiredMeasures.isEmpty());
    EXPECT_EQ(engine.axisExplanation(2, QStringLiteral("C")), QStringLiteral("PC-012 holds 住民基本台帳データ (機密性3)"));

    assets[0].confidentiality = QStringLiteral("1");
    EXPECT_EQ(engine.update(assets, links, {1}), (QList<int>{0, 1, 2}));
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("1"));
    // With its state back, the next update() is incremental again.
    assets[0].confidentiality = QStringLiteral("2");
    EXPECT_EQ(engine.update(assets, links, {1}), (QList<int>{0, 1}));
    EXPECT_EQ(engine.of(2)->effectiveValue(QStringLiteral("C")), QStringLiteral("2"));
}
