#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <span>

namespace daicho {

struct Asset;

/// A label that preset or user data carries in both languages.
struct LocalizedText {
    QString ja;
    QString en;

    /// The text for the current UI language (English only when I18n::current() is "en");
    /// falls back to the other language when that one is empty.
    QString text() const;
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText &o) const = default;

    QJsonObject toJson() const;
    /// Accepts {"ja": …, "en": …} or a plain string (used for both languages).
    static LocalizedText fromJson(const QJsonValue &v);
};

/// One level of a classification axis (機密性3, 完全性2, …) or of 重要度.
struct SchemeLevel {
    QString id;                ///< stored in Asset (e.g. "3", "3A", "B")
    LocalizedText label;       ///< 機密性3
    LocalizedText description; ///< the policy's definition; may be empty
    int score = 1;             ///< IPA 評価値 (1–3 in the presets)
    QStringList measures;      ///< 取扱制限 control tags this level requires

    bool operator==(const SchemeLevel &o) const = default;
};

/// A classification axis: 機密性 ("C"), 完全性 ("I") or 可用性 ("A").
struct SchemeAxis {
    QString id;
    LocalizedText name;
    QList<SchemeLevel> levels; ///< ordered low → high

    /// Position of a level, low = 0; -1 if unknown or empty.
    int rank(const QString &levelId) const;
    const SchemeLevel *level(const QString &levelId) const;
    bool operator==(const SchemeAxis &o) const = default;
};

/// A 取扱制限 measure of the scheme's catalogue.
struct SchemeMeasure {
    QString tag; ///< ENCRYPT_ON_SEND
    LocalizedText label;

    bool operator==(const SchemeMeasure &o) const = default;
};

/// The "if" of an importance rule. Built by ClassificationScheme::fromJson(), which
/// also resolves axisIndex/levelRank.
struct RuleCondition {
    enum class Kind { Otherwise, Personal, Sensitive, MyNumber, AxisAtLeast, Any, All };
    Kind kind = Kind::Otherwise;
    bool value = true;             ///< Personal/Sensitive/MyNumber: the flag must equal this
    QString axis;                  ///< AxisAtLeast
    QString level;                 ///< AxisAtLeast
    QList<RuleCondition> children; ///< Any/All
    int axisIndex = -1;            ///< resolved position of `axis` in axes()
    int levelRank = -1;            ///< resolved rank of `level`

    bool operator==(const RuleCondition &o) const = default;
};

/// One row of the importance derivation: first matching rule wins.
struct ImportanceRule {
    RuleCondition condition;
    QString importance; ///< an importance level id
    LocalizedText label; ///< why, in the policy's words: 個人情報を含む

    bool operator==(const ImportanceRule &o) const = default;
};

/// A classification scheme (総務省, 岸和田, 自治体機密性 R6, IPA or user-defined): the axes and
/// their levels, the 取扱制限 each level requires, and how the A/B/C 重要度 that the zone rules read
/// is set or derived. Schemes are data; the JSON format is in docs/classification-schemes.md.
class ClassificationScheme {
    Q_DECLARE_TR_FUNCTIONS(daicho::ClassificationScheme)
public:
    /// Format version this build writes and the newest it reads.
    static constexpr int FormatVersion = 1;

    /// The result of deriving 重要度.
    struct Derivation {
        QString importance;    ///< an importance level id; empty when nothing is classified
        LocalizedText ruleLabel; ///< the matching rule's label (or a translated built-in reason)
        int rule = -1;         ///< index into importanceRules(); -1 when set by hand or unclassified
        bool manual = false;   ///< set by hand (importanceDirect() schemes only)

        bool operator==(const Derivation &o) const = default;
    };

    // Constructors
    ClassificationScheme() = default;

    /// {"soumu", "kishiwada", "jichitai-r6", "ipa"}, the default first.
    static QStringList presetIds();
    static QString defaultPresetId();
    /// A shipped preset (":/presets/<id>.json"). Throws LogicError on an unknown id.
    static ClassificationScheme preset(const QString &id);
    /// Throws ValidationError with a translated message on a malformed or inconsistent scheme.
    static ClassificationScheme fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // Getters
    QString id() const { return mId; }
    LocalizedText name() const { return mName; }
    const QList<SchemeAxis> &axes() const { return mAxes; }
    const SchemeAxis *axis(const QString &id) const;
    int axisIndex(const QString &id) const;
    const QList<SchemeMeasure> &measures() const { return mMeasures; }
    QString measureLabel(const QString &tag) const; ///< in the UI language; the tag if unknown
    bool isValidLevel(const QString &axisId, const QString &levelId) const;

    /// True when 重要度 may be set by hand (岸和田); a value set by hand then wins over the rules.
    bool importanceDirect() const { return mImportanceDirect; }
    const QList<SchemeLevel> &importanceLevels() const { return mImportanceLevels; } ///< low → high
    const SchemeLevel *importanceLevel(const QString &id) const;
    int importanceRank(const QString &id) const; ///< -1 if unknown or empty
    const QList<ImportanceRule> &importanceRules() const { return mRules; }
    QStringList ipaImportanceAxes() const { return mIpaAxes; }

    // General methods
    /// 重要度 from the asset's own values and flags (or its hand-set value, see importanceDirect()).
    Derivation deriveImportance(const Asset &a) const;
    /// The same from explicit values (axis id → level id).
    Derivation deriveImportance(const QMap<QString, QString> &axisValues, bool personal,
                                bool sensitive, bool myNumber,
                                const QString &manualImportance) const;
    /// Fast path for ClassificationEngine: ranks[i] is the rank on axes()[i], -1 = not set.
    Derivation deriveImportanceFromRanks(std::span<const int> ranks, bool personal,
                                         bool sensitive, bool myNumber,
                                         const QString &manualImportance) const;
    /// IPA 重要度: the highest level score over ipaImportanceAxes(); 0 when none is set.
    int ipaImportance(const QMap<QString, QString> &axisValues) const;
    int ipaImportanceFromRanks(std::span<const int> ranks) const;
    /// The measures the values require (union over axes, and over the importance level if
    /// given), in the order of the scheme's measure catalogue.
    QStringList requiredMeasures(const QMap<QString, QString> &axisValues,
                                 const QString &importance = {}) const;
    QStringList requiredMeasuresFromRanks(std::span<const int> ranks, int importanceRank = -1) const;
    /// Axis values as ranks in axes() order (-1 = not set or unknown).
    QList<int> ranksOf(const QMap<QString, QString> &axisValues) const;

    bool operator==(const ClassificationScheme &o) const = default;

private:
    bool matches(const RuleCondition &c, std::span<const int> ranks, bool personal,
                 bool sensitive, bool myNumber) const;

    QString mId;
    LocalizedText mName;
    QList<SchemeAxis> mAxes;
    QList<SchemeMeasure> mMeasures;
    bool mImportanceDirect = false;
    QList<SchemeLevel> mImportanceLevels;
    QList<ImportanceRule> mRules;
    QStringList mIpaAxes;
};

} // namespace daicho
