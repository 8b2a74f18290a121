#include "core/classificationscheme.h"
#include "core/entities.h"
#include "core/exceptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

using namespace daicho;
using ::testing::HasSubstr;

namespace {

QJsonObject parse(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

/// A small valid scheme; the rejection tests break one thing in it at a time.
const QString kMinimal = QStringLiteral(R"({
  "format": "daicho-scheme", "version": 1, "id": "t", "name": {"ja": "テスト", "en": "Test"},
  "measures": [{"tag": "M1", "label": "m1"}, {"tag": "M2", "label": "m2"}],
  "axes": [
    {"id": "C", "name": "C", "levels": [{"id": "1", "label": "C1"},
                                        {"id": "2", "label": "C2", "measures": ["M2", "M1"]}]},
    {"id": "I", "name": "I", "levels": [{"id": "1", "label": "I1"}, {"id": "2", "label": "I2"}]}
  ],
  "importance": {
    "levels": [{"id": "L", "label": "low"}, {"id": "H", "label": "high"}],
    "rules": [{"if": {"axis": "C", "atLeast": "2"}, "then": "H", "label": "c2"},
              {"if": "otherwise", "then": "L", "label": "rest"}]
  }
})");

QString rejectionMessage(const QString &json)
{
    try {
        ClassificationScheme::fromJson(parse(json));
    } catch (const ValidationError &e) {
        EXPECT_FALSE(e.message().isEmpty());
        return e.message();
    }
    ADD_FAILURE() << "accepted: " << json.toStdString();
    return QString();
}

QString replaced(QString json, const QString &before, const QString &after)
{
    EXPECT_TRUE(json.contains(before)) << before.toStdString();
    return json.replace(before, after);
}

QMap<QString, QString> values(const QString &c, const QString &i, const QString &a)
{
    return {{QStringLiteral("C"), c}, {QStringLiteral("I"), i}, {QStringLiteral("A"), a}};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Presets

TEST(ClassificationScheme, PresetIdsDefaultFirst)
{
    EXPECT_EQ(ClassificationScheme::presetIds(),
              (QStringList{"soumu", "kishiwada", "jichitai-r6", "ipa"}));
    EXPECT_EQ(ClassificationScheme::defaultPresetId(), QStringLiteral("soumu"));
}

TEST(ClassificationScheme, UnknownPresetThrows)
{
    EXPECT_THROW(ClassificationScheme::preset(QStringLiteral("nonsense")), LogicError);
}

class ClassificationPreset : public ::testing::TestWithParam<const char *> {
protected:
    QString id() const { return QString::fromLatin1(GetParam()); }
};

TEST_P(ClassificationPreset, LoadsAndRoundTrips)
{
    const ClassificationScheme s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.id(), id());
    EXPECT_FALSE(s.name().ja.isEmpty());
    EXPECT_FALSE(s.name().en.isEmpty());
    QStringList axisIds;
    for (const SchemeAxis &a : s.axes())
        axisIds << a.id;
    EXPECT_EQ(axisIds, (QStringList{"C", "I", "A"}));
    EXPECT_EQ(s.importanceRank(QStringLiteral("C")), 0);
    EXPECT_EQ(s.importanceRank(QStringLiteral("B")), 1);
    EXPECT_EQ(s.importanceRank(QStringLiteral("A")), 2);

    const ClassificationScheme again = ClassificationScheme::fromJson(s.toJson());
    EXPECT_EQ(again, s);
    EXPECT_EQ(again.toJson(), s.toJson());
}

TEST_P(ClassificationPreset, ResourceFileIsInCanonicalForm)
{
    QFile file(QStringLiteral(":/presets/%1.json").arg(id()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(),
              ClassificationScheme::preset(id()).toJson());
}

TEST_P(ClassificationPreset, EveryLevelAndRuleHasBothLanguages)
{
    const ClassificationScheme s = ClassificationScheme::preset(id());
    for (const SchemeAxis &a : s.axes()) {
        for (const SchemeLevel &l : a.levels) {
            EXPECT_FALSE(l.label.ja.isEmpty() || l.label.en.isEmpty()) << l.id.toStdString();
            EXPECT_GE(l.score, 1);
            EXPECT_LE(l.score, 3);
        }
    }
    for (const ImportanceRule &r : s.importanceRules())
        EXPECT_FALSE(r.label.ja.isEmpty() || r.label.en.isEmpty());
    for (const SchemeMeasure &m : s.measures())
        EXPECT_FALSE(m.label.ja.isEmpty() || m.label.en.isEmpty()) << m.tag.toStdString();
}

// domain.md §3.6, rows that hold for every preset (level ids "1" and "2" mean the same in all).
TEST_P(ClassificationPreset, AllOnesWithoutPersonalInfoIsC)
{
    const auto d = ClassificationScheme::preset(id()).deriveImportance(values("1", "1", "1"), false,
                                                                       false, false, QString());
    EXPECT_EQ(d.importance, QStringLiteral("C"));
    EXPECT_FALSE(d.ruleLabel.ja.isEmpty());
}

TEST_P(ClassificationPreset, C1WithIntegrity2IsB)
{
    const auto s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.deriveImportance(values("1", "2", "1"), false, false, false, {}).importance,
              QStringLiteral("B"));
}

TEST_P(ClassificationPreset, C1WithAvailability2IsB)
{
    const auto s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.deriveImportance(values("1", "1", "2"), false, false, false, {}).importance,
              QStringLiteral("B"));
}

TEST_P(ClassificationPreset, C2WithoutPersonalInfoIsB)
{
    const auto s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.deriveImportance(values("2", "1", "1"), false, false, false, {}).importance,
              QStringLiteral("B"));
}

TEST_P(ClassificationPreset, C2WithPersonalInfoIsA)
{
    const auto s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.deriveImportance(values("2", "1", "1"), true, false, false, {}).importance,
              QStringLiteral("A"));
}

TEST_P(ClassificationPreset, AnyKindOfPersonalInfoIsA)
{
    const auto s = ClassificationScheme::preset(id());
    EXPECT_EQ(s.deriveImportance(values("1", "1", "1"), true, false, false, {}).importance,
              QStringLiteral("A"));
    EXPECT_EQ(s.deriveImportance(values("1", "1", "1"), false, true, false, {}).importance,
              QStringLiteral("A"));
    EXPECT_EQ(s.deriveImportance(values("1", "1", "1"), false, false, true, {}).importance,
              QStringLiteral("A"));
    // Personal information alone, nothing else rated yet.
    EXPECT_EQ(s.deriveImportance(QMap<QString, QString>(), true, false, false, {}).importance,
              QStringLiteral("A"));
}

TEST_P(ClassificationPreset, UnclassifiedAssetHasNoImportance)
{
    const auto d = ClassificationScheme::preset(id()).deriveImportance(QMap<QString, QString>(),
                                                                       false, false, false, {});
    EXPECT_TRUE(d.importance.isEmpty());
    EXPECT_EQ(d.rule, -1);
}

INSTANTIATE_TEST_SUITE_P(ClassificationPresets, ClassificationPreset,
                         ::testing::Values("soumu", "kishiwada", "jichitai-r6", "ipa"),
                         [](const auto &info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// 機密性3 without personal information → A (domain.md §7.4), for the presets with a level "3".
TEST(ClassificationScheme, C3WithoutPersonalInfoIsAInSoumuKishiwadaAndIpa)
{
    for (const char *id : {"soumu", "kishiwada", "ipa"}) {
        const auto d = ClassificationScheme::preset(QString::fromLatin1(id))
                           .deriveImportance(values("3", "1", "1"), false, false, false, {});
        EXPECT_EQ(d.importance, QStringLiteral("A")) << id;
    }
}

TEST(ClassificationScheme, JichitaiThreeABCAreA)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("jichitai-r6"));
    for (const char *level : {"3A", "3B", "3C"}) {
        const auto d = s.deriveImportance(values(QString::fromLatin1(level), "1", "1"), false,
                                          false, false, {});
        EXPECT_EQ(d.importance, QStringLiteral("A")) << level;
        EXPECT_EQ(d.ruleLabel.ja, QStringLiteral("自治体機密性3A・3B・3C"));
    }
}

TEST(ClassificationScheme, JichitaiTwoIsBAndOneIsC)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("jichitai-r6"));
    EXPECT_EQ(s.deriveImportance(values("2", "1", "1"), false, false, false, {}).importance,
              QStringLiteral("B"));
    EXPECT_EQ(s.deriveImportance(values("1", "1", "1"), false, false, false, {}).importance,
              QStringLiteral("C"));
}

TEST(ClassificationScheme, JichitaiLevelsAreOrderedLowToHigh)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("jichitai-r6"));
    const SchemeAxis *c = s.axis("C");
    ASSERT_TRUE(c);
    EXPECT_LT(c->rank("1"), c->rank("2"));
    EXPECT_LT(c->rank("2"), c->rank("3C"));
    EXPECT_LT(c->rank("3C"), c->rank("3B"));
    EXPECT_LT(c->rank("3B"), c->rank("3A"));
    EXPECT_EQ(c->rank("3"), -1);
    ASSERT_TRUE(c->level("3A"));
    EXPECT_EQ(c->level("3A")->label.ja, QStringLiteral("自治体機密性3A"));
}

TEST(ClassificationScheme, DerivationFromAssetUsesItsFields)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("soumu"));
    Asset a;
    a.confidentiality = QStringLiteral("1");
    a.integrity = QStringLiteral("1");
    a.availability = QStringLiteral("2");
    EXPECT_EQ(s.deriveImportance(a).importance, QStringLiteral("B"));
    EXPECT_EQ(s.deriveImportance(a).ruleLabel.ja, QStringLiteral("機密性1で完全性2又は可用性2"));
    a.myNumber = true;
    EXPECT_EQ(s.deriveImportance(a).importance, QStringLiteral("A"));
}

TEST(ClassificationScheme, KishiwadaImportanceSetByHandWins)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("kishiwada"));
    EXPECT_TRUE(s.importanceDirect());
    Asset a;
    a.confidentiality = QStringLiteral("2");
    a.importance = QStringLiteral("A");
    const auto d = s.deriveImportance(a);
    EXPECT_EQ(d.importance, QStringLiteral("A"));
    EXPECT_TRUE(d.manual);
    EXPECT_EQ(d.ruleLabel.text(), QStringLiteral("set by hand"));
    // Without a hand-set value the rules derive it.
    a.importance.clear();
    EXPECT_EQ(s.deriveImportance(a).importance, QStringLiteral("B"));
    EXPECT_FALSE(s.deriveImportance(a).manual);
    // An unknown hand-set value does not count.
    a.importance = QStringLiteral("Z");
    EXPECT_EQ(s.deriveImportance(a).importance, QStringLiteral("B"));
}

TEST(ClassificationScheme, SoumuIgnoresImportanceSetByHand)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("soumu"));
    EXPECT_FALSE(s.importanceDirect());
    Asset a;
    a.confidentiality = QStringLiteral("1");
    a.importance = QStringLiteral("A");
    EXPECT_EQ(s.deriveImportance(a).importance, QStringLiteral("C"));
}

TEST(ClassificationScheme, FirstMatchingRuleWinsAndIsNamed)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("soumu"));
    const auto d = s.deriveImportance(values("3", "2", "2"), true, false, false, {});
    EXPECT_EQ(d.importance, QStringLiteral("A"));
    EXPECT_EQ(d.rule, 0);
    EXPECT_EQ(d.ruleLabel.ja, s.importanceRules().at(0).label.ja);
}

// ---------------------------------------------------------------------------------------------
// IPA importance, measures, lookups

TEST(ClassificationScheme, IpaImportanceIsHighestScore)
{
    const auto ipa = ClassificationScheme::preset(QStringLiteral("ipa"));
    EXPECT_EQ(ipa.ipaImportance(values("1", "3", "2")), 3);
    EXPECT_EQ(ipa.ipaImportance(values("2", "1", "2")), 2);
    EXPECT_EQ(ipa.ipaImportance(values("1", "1", "1")), 1);
    EXPECT_EQ(ipa.ipaImportance({{QStringLiteral("A"), QStringLiteral("2")}}), 2);
    EXPECT_EQ(ipa.ipaImportance({}), 0);

    const auto soumu = ClassificationScheme::preset(QStringLiteral("soumu"));
    EXPECT_EQ(soumu.ipaImportance(values("3", "1", "1")), 3);
    EXPECT_EQ(soumu.ipaImportance(values("1", "2", "1")), 2);
    const auto r6 = ClassificationScheme::preset(QStringLiteral("jichitai-r6"));
    EXPECT_EQ(r6.ipaImportance(values("3B", "1", "1")), 3);
}

TEST(ClassificationScheme, RequiredMeasuresFollowTheGuidelineTable)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("soumu"));
    EXPECT_TRUE(s.requiredMeasures(values("1", "1", "1")).isEmpty());

    const QStringList c3 = s.requiredMeasures(values("3", "1", "1"));
    const QStringList c2 = s.requiredMeasures(values("2", "1", "1"));
    EXPECT_TRUE(c3.contains("NO_PRIVATE_DEVICE")); // 機密性3 only
    EXPECT_FALSE(c2.contains("NO_PRIVATE_DEVICE"));
    for (const char *tag : {"ENCRYPT_ON_SEND", "LOCKED_STORAGE", "SECURE_DISPOSAL",
                            "NO_UNNEEDED_COPY", "RESTRICTED_STORAGE", "LOCKED_CASE_TRANSPORT",
                            "TRUSTED_NETWORK", "OFFSITE_MEASURES"}) {
        EXPECT_TRUE(c2.contains(tag)) << tag;
        EXPECT_TRUE(c3.contains(tag)) << tag;
    }
    EXPECT_EQ(s.requiredMeasures(values("1", "2", "1")),
              (QStringList{"OFFSITE_MEASURES", "LOCKED_STORAGE", "BACKUP", "ELECTRONIC_SIGNATURE"}));
    EXPECT_EQ(s.requiredMeasures(values("1", "1", "2")),
              (QStringList{"LOCKED_STORAGE", "BACKUP", "RTO_DEFINED"}));
    // The union has each tag once, in catalogue order.
    EXPECT_EQ(s.requiredMeasures(values("1", "2", "2")),
              (QStringList{"OFFSITE_MEASURES", "LOCKED_STORAGE", "BACKUP", "ELECTRONIC_SIGNATURE",
                           "RTO_DEFINED"}));

    const auto r6 = ClassificationScheme::preset(QStringLiteral("jichitai-r6"));
    EXPECT_TRUE(r6.requiredMeasures(values("3C", "1", "1")).contains("NO_PRIVATE_DEVICE"));
    EXPECT_FALSE(r6.requiredMeasures(values("2", "1", "1")).contains("NO_PRIVATE_DEVICE"));
}

TEST(ClassificationScheme, MeasureLabelsAndLevelChecks)
{
    const auto s = ClassificationScheme::preset(QStringLiteral("soumu"));
    EXPECT_EQ(s.measureLabel("BACKUP"), QStringLiteral("バックアップ"));
    EXPECT_EQ(s.measureLabel("ENCRYPT_ON_SEND"),
              QStringLiteral("情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"));
    EXPECT_EQ(s.measureLabel("NO_SUCH_TAG"), QStringLiteral("NO_SUCH_TAG"));
    EXPECT_TRUE(s.isValidLevel("C", "3"));
    EXPECT_TRUE(s.isValidLevel("I", "2"));
    EXPECT_FALSE(s.isValidLevel("I", "3"));
    EXPECT_FALSE(s.isValidLevel("X", "1"));
    EXPECT_FALSE(s.isValidLevel("C", ""));
    ASSERT_TRUE(s.axis("C") && s.axis("C")->level("3"));
    EXPECT_EQ(s.axis("C")->level("3")->label.ja, QStringLiteral("機密性3"));
    EXPECT_EQ(s.axis("X"), nullptr);
    EXPECT_EQ(s.importanceRank("Z"), -1);
}

TEST(ClassificationScheme, LocalizedTextFallsBackToTheOtherLanguage)
{
    EXPECT_EQ((LocalizedText{QString(), QStringLiteral("only English")}).text(),
              QStringLiteral("only English"));
    EXPECT_EQ((LocalizedText{QStringLiteral("日本語"), QStringLiteral("English")}).text(),
              QStringLiteral("日本語")); // the tests run without an installed language
}

// ---------------------------------------------------------------------------------------------
// fromJson: the minimal scheme, conditions, and rejections

TEST(ClassificationScheme, MinimalSchemeParsesAndRoundTrips)
{
    const auto s = ClassificationScheme::fromJson(parse(kMinimal));
    EXPECT_EQ(s.id(), QStringLiteral("t"));
    EXPECT_EQ(s.axes().size(), 2);
    EXPECT_EQ(s.axis("C")->levels[1].score, 2); // default score = position
    EXPECT_EQ(s.axis("C")->levels[1].label.en, QStringLiteral("C2")); // plain string = both
    EXPECT_EQ(s.ipaImportanceAxes(), (QStringList{"C", "I"})); // default: all axes
    EXPECT_EQ(s.requiredMeasures({{"C", "2"}}), (QStringList{"M1", "M2"}));
    EXPECT_EQ(ClassificationScheme::fromJson(s.toJson()), s);
    EXPECT_EQ(s.deriveImportance({{"C", "2"}}, false, false, false, {}).importance, "H");
    EXPECT_EQ(s.deriveImportance({{"C", "1"}}, false, false, false, {}).importance, "L");
}

TEST(ClassificationScheme, AllConditionNeedsEveryPart)
{
    const QString json = replaced(kMinimal, R"("if": {"axis": "C", "atLeast": "2"})",
                                  R"("if": {"all": [{"axis": "C", "atLeast": "2"},
                                                    {"axis": "I", "atLeast": "2"}]})");
    const auto s = ClassificationScheme::fromJson(parse(json));
    EXPECT_EQ(s.deriveImportance({{"C", "2"}, {"I", "2"}}, false, false, false, {}).importance, "H");
    EXPECT_EQ(s.deriveImportance({{"C", "2"}, {"I", "1"}}, false, false, false, {}).importance, "L");
    EXPECT_EQ(ClassificationScheme::fromJson(s.toJson()), s);
}

TEST(ClassificationScheme, FlagConditions)
{
    const QString json = replaced(kMinimal, R"("if": {"axis": "C", "atLeast": "2"})",
                                  R"("if": {"any": [{"sensitive": true}, {"myNumber": true}]})");
    const auto s = ClassificationScheme::fromJson(parse(json));
    EXPECT_EQ(s.deriveImportance({{"C", "1"}}, true, false, false, {}).importance, "L");
    EXPECT_EQ(s.deriveImportance({{"C", "1"}}, false, true, false, {}).importance, "H");
    EXPECT_EQ(s.deriveImportance({{"C", "1"}}, false, false, true, {}).importance, "H");

    const QString negated = replaced(kMinimal, R"("if": {"axis": "C", "atLeast": "2"})",
                                     R"("if": {"personal": false})");
    const auto n = ClassificationScheme::fromJson(parse(negated));
    EXPECT_EQ(n.deriveImportance({{"C", "1"}}, false, false, false, {}).importance, "H");
    EXPECT_EQ(n.deriveImportance({{"C", "1"}}, false, false, true, {}).importance, "L");
    EXPECT_EQ(ClassificationScheme::fromJson(n.toJson()), n);
}

TEST(ClassificationScheme, RejectsWrongFormat)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"("daicho-scheme")", R"("something-else")"))
                    .toStdString(),
                HasSubstr("something-else"));
    rejectionMessage(QStringLiteral("{}"));
}

TEST(ClassificationScheme, RejectsNewerFormatVersion)
{
    const QString msg = rejectionMessage(replaced(kMinimal, R"("version": 1)", R"("version": 2)"));
    EXPECT_THAT(msg.toStdString(), HasSubstr("version 2"));
    rejectionMessage(replaced(kMinimal, R"("version": 1)", R"("version": "1")"));
    rejectionMessage(replaced(kMinimal, R"("version": 1,)", ""));
}

TEST(ClassificationScheme, RejectsMissingIdOrName)
{
    rejectionMessage(replaced(kMinimal, R"("id": "t")", R"("id": "")"));
    rejectionMessage(replaced(kMinimal, R"("name": {"ja": "テスト", "en": "Test"})", R"("name": {})"));
}

TEST(ClassificationScheme, RejectsDuplicateLevelIds)
{
    const QString msg = rejectionMessage(
        replaced(kMinimal, R"({"id": "1", "label": "I1"}, {"id": "2", "label": "I2"})",
                 R"({"id": "1", "label": "I1"}, {"id": "1", "label": "I2"})"));
    EXPECT_THAT(msg.toStdString(), HasSubstr("appears twice"));
}

TEST(ClassificationScheme, RejectsDuplicateAxisIds)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"({"id": "I", "name": "I")",
                                          R"({"id": "C", "name": "I")"))
                    .toStdString(),
                HasSubstr("axis \"C\" appears twice"));
}

TEST(ClassificationScheme, RejectsMissingAxesOrLevels)
{
    QJsonObject o = parse(kMinimal);
    o.remove(QStringLiteral("axes"));
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
    o.insert(QStringLiteral("axes"), QJsonArray());
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
    rejectionMessage(replaced(kMinimal, R"("levels": [{"id": "1", "label": "I1"}, {"id": "2", "label": "I2"}])",
                              R"("levels": [])"));
    rejectionMessage(replaced(kMinimal, R"({"id": "1", "label": "I1"})", R"({"id": "1"})"));
}

TEST(ClassificationScheme, RejectsUnknownAxisInRule)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"({"axis": "C", "atLeast": "2"})",
                                          R"({"axis": "X", "atLeast": "2"})"))
                    .toStdString(),
                HasSubstr("unknown axis \"X\""));
}

TEST(ClassificationScheme, RejectsUnknownLevelInRule)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"({"axis": "C", "atLeast": "2"})",
                                          R"({"axis": "C", "atLeast": "9"})"))
                    .toStdString(),
                HasSubstr("\"9\""));
}

TEST(ClassificationScheme, RejectsRuleLeadingToUnknownImportance)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"("then": "H")", R"("then": "X")")).toStdString(),
                HasSubstr("\"X\""));
}

TEST(ClassificationScheme, RejectsRuleAfterOtherwise)
{
    const QString json = replaced(kMinimal, R"({"if": "otherwise", "then": "L", "label": "rest"})",
                                  R"({"if": "otherwise", "then": "L", "label": "rest"},
                                     {"if": {"personal": true}, "then": "H", "label": "p"})");
    EXPECT_THAT(rejectionMessage(json).toStdString(), HasSubstr("otherwise"));
}

TEST(ClassificationScheme, RejectsMalformedConditions)
{
    const QString cond = R"({"axis": "C", "atLeast": "2"})";
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, cond, R"({"axis": "C", "atleast": "2"})"))
                    .toStdString(),
                HasSubstr("atleast"));
    rejectionMessage(replaced(kMinimal, cond, R"({"personal": "yes"})"));
    rejectionMessage(replaced(kMinimal, cond, R"({"personal": true, "myNumber": true})"));
    rejectionMessage(replaced(kMinimal, cond, R"({"any": []})"));
    rejectionMessage(replaced(kMinimal, cond, R"({"any": ["otherwise"]})"));
    rejectionMessage(replaced(kMinimal, cond, R"({})"));
    rejectionMessage(replaced(kMinimal, cond, R"("always")"));
    rejectionMessage(replaced(kMinimal, cond, R"({"atLeast": "2"})"));
}

TEST(ClassificationScheme, RejectsRuleWithoutLabel)
{
    rejectionMessage(replaced(kMinimal, R"("label": "c2")", R"("label": "")"));
}

TEST(ClassificationScheme, RejectsUnknownMeasureOnALevel)
{
    EXPECT_THAT(rejectionMessage(replaced(kMinimal, R"(["M2", "M1"])", R"(["M2", "M9"])")).toStdString(),
                HasSubstr("M9"));
}

TEST(ClassificationScheme, RejectsDuplicateMeasureTags)
{
    rejectionMessage(replaced(kMinimal, R"({"tag": "M2", "label": "m2"})", R"({"tag": "M1", "label": "m2"})"));
}

TEST(ClassificationScheme, RejectsBadOrDecreasingScores)
{
    rejectionMessage(replaced(kMinimal, R"({"id": "1", "label": "C1"})",
                              R"({"id": "1", "label": "C1", "score": 5})"));
    rejectionMessage(replaced(kMinimal, R"({"id": "1", "label": "C1"})",
                              R"({"id": "1", "label": "C1", "score": -1})"));
    rejectionMessage(replaced(kMinimal, R"({"id": "1", "label": "C1"})",
                              R"({"id": "1", "label": "C1", "score": 1.5})"));
}

TEST(ClassificationScheme, RejectsMissingImportance)
{
    QJsonObject o = parse(kMinimal);
    o.remove(QStringLiteral("importance"));
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
    // Without rules, importance must at least be settable by hand.
    QJsonObject imp = parse(kMinimal).value(QStringLiteral("importance")).toObject();
    imp.insert(QStringLiteral("rules"), QJsonArray());
    o = parse(kMinimal);
    o.insert(QStringLiteral("importance"), imp);
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
    imp.insert(QStringLiteral("direct"), true);
    o.insert(QStringLiteral("importance"), imp);
    EXPECT_NO_THROW(ClassificationScheme::fromJson(o));
    imp.insert(QStringLiteral("direct"), QStringLiteral("yes"));
    o.insert(QStringLiteral("importance"), imp);
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
}

TEST(ClassificationScheme, RejectsUnknownIpaAxis)
{
    QJsonObject o = parse(kMinimal);
    o.insert(QStringLiteral("ipaImportance"), QJsonObject{{"axes", QJsonArray{"C", "Q"}}});
    EXPECT_THROW(ClassificationScheme::fromJson(o), ValidationError);
    o.insert(QStringLiteral("ipaImportance"), QJsonObject{{"axes", QJsonArray{"I"}}});
    const auto s = ClassificationScheme::fromJson(o);
    EXPECT_EQ(s.ipaImportance({{"C", "2"}, {"I", "1"}}), 1);
}
