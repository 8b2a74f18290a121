#include "core/classificationscheme.h"

#include "core/entities.h"
#include "core/exceptions.h"
#include "core/i18n.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace daicho {

QString LocalizedText::text() const
{
    const bool english = I18n::current() == QLatin1String("en");
    const QString &first = english ? en : ja;
    return first.isEmpty() ? (english ? ja : en) : first;
}

QJsonObject LocalizedText::toJson() const
{
    return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

LocalizedText LocalizedText::fromJson(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString(), v.toString()};
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("ja")).toString(), o.value(QStringLiteral("en")).toString()};
}

int SchemeAxis::rank(const QString &levelId) const
{
    if (levelId.isEmpty())
        return -1;
    for (int i = 0; i < levels.size(); ++i) {
        if (levels[i].id == levelId)
            return i;
    }
    return -1;
}

const SchemeLevel *SchemeAxis::level(const QString &levelId) const
{
    const int r = rank(levelId);
    return r < 0 ? nullptr : &levels[r];
}

// ---------------------------------------------------------------------------------------------
// Reading and writing JSON

namespace {

const QString kFormat = QStringLiteral("daicho-scheme");

QJsonObject textToJson(const LocalizedText &t) { return t.toJson(); }
LocalizedText textFromJson(const QJsonValue &v) { return LocalizedText::fromJson(v); }

QJsonObject levelToJson(const SchemeLevel &l)
{
    QJsonObject o{{QStringLiteral("id"), l.id},
                  {QStringLiteral("label"), textToJson(l.label)},
                  {QStringLiteral("score"), l.score},
                  {QStringLiteral("measures"), QJsonArray::fromStringList(l.measures)}};
    if (!l.description.isEmpty())
        o.insert(QStringLiteral("description"), textToJson(l.description));
    return o;
}

QJsonValue conditionToJson(const RuleCondition &c)
{
    switch (c.kind) {
    case RuleCondition::Kind::Otherwise:
        return QStringLiteral("otherwise");
    case RuleCondition::Kind::Personal:
        return QJsonObject{{QStringLiteral("personal"), c.value}};
    case RuleCondition::Kind::Sensitive:
        return QJsonObject{{QStringLiteral("sensitive"), c.value}};
    case RuleCondition::Kind::MyNumber:
        return QJsonObject{{QStringLiteral("myNumber"), c.value}};
    case RuleCondition::Kind::AxisAtLeast:
        return QJsonObject{{QStringLiteral("axis"), c.axis}, {QStringLiteral("atLeast"), c.level}};
    case RuleCondition::Kind::Any:
    case RuleCondition::Kind::All: {
        QJsonArray children;
        for (const RuleCondition &child : c.children)
            children.append(conditionToJson(child));
        return QJsonObject{
            {c.kind == RuleCondition::Kind::Any ? QStringLiteral("any") : QStringLiteral("all"),
             children}};
    }
    }
    return {};
}

/// Reads one scheme; every problem becomes a ValidationError with a translated message.
class SchemeReader {
    Q_DECLARE_TR_FUNCTIONS(daicho::ClassificationScheme)
public:
    SchemeReader(QList<SchemeAxis> &axes, QList<SchemeMeasure> &measures)
        : mAxes(axes), mMeasures(measures)
    {
    }

    [[noreturn]] static void fail(const QString &detail)
    {
        throw ValidationError(tr("Invalid classification scheme: %1").arg(detail));
    }

    static QJsonArray array(const QJsonObject &o, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(tr("\"%1\" must be a list.").arg(key));
        return v.toArray();
    }

    void readMeasures(const QJsonArray &list)
    {
        QSet<QString> seen;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            SchemeMeasure m{o.value(QStringLiteral("tag")).toString(),
                            textFromJson(o.value(QStringLiteral("label")))};
            if (m.tag.isEmpty())
                fail(tr("a measure has no tag."));
            if (seen.contains(m.tag))
                fail(tr("the measure \"%1\" appears twice.").arg(m.tag));
            if (m.label.isEmpty())
                fail(tr("the measure \"%1\" has no label.").arg(m.tag));
            seen.insert(m.tag);
            mMeasures.append(m);
        }
    }

    /// Levels of an axis, or of 重要度 (owner = "importance").
    QList<SchemeLevel> readLevels(const QJsonArray &list, const QString &owner) const
    {
        if (list.isEmpty())
            fail(tr("\"%1\" has no levels.").arg(owner));
        QList<SchemeLevel> levels;
        QSet<QString> seen;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            SchemeLevel l;
            l.id = o.value(QStringLiteral("id")).toString();
            l.label = textFromJson(o.value(QStringLiteral("label")));
            l.description = textFromJson(o.value(QStringLiteral("description")));
            if (l.id.isEmpty())
                fail(tr("a level of \"%1\" has no id.").arg(owner));
            if (seen.contains(l.id))
                fail(tr("the level \"%1\" appears twice in \"%2\".").arg(l.id, owner));
            seen.insert(l.id);
            if (l.label.isEmpty())
                fail(tr("the level \"%1\" of \"%2\" has no label.").arg(l.id, owner));
            const QJsonValue score = o.value(QStringLiteral("score"));
            if (score.isUndefined()) {
                l.score = i + 1;
            } else {
                const double d = score.toDouble(-1);
                if (!score.isDouble() || d < 0 || d != static_cast<int>(d))
                    fail(tr("the level \"%1\" of \"%2\" has a score that is not a whole number of 0 or more.")
                             .arg(l.id, owner));
                l.score = static_cast<int>(d);
            }
            if (!levels.isEmpty() && l.score < levels.last().score)
                fail(tr("the scores of \"%1\" decrease from a lower to a higher level.").arg(owner));
            for (const QJsonValue &t : array(o, QStringLiteral("measures"), false)) {
                const QString tag = t.toString();
                const bool known = std::any_of(mMeasures.cbegin(), mMeasures.cend(),
                                               [&](const SchemeMeasure &m) { return m.tag == tag; });
                if (!known)
                    fail(tr("the level \"%1\" of \"%2\" requires the unknown measure \"%3\".")
                             .arg(l.id, owner, tag));
                if (!l.measures.contains(tag))
                    l.measures.append(tag);
            }
            levels.append(l);
        }
        return levels;
    }

    void readAxes(const QJsonArray &list)
    {
        if (list.isEmpty())
            fail(tr("the scheme has no axes."));
        QSet<QString> seen;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            SchemeAxis a;
            a.id = o.value(QStringLiteral("id")).toString();
            a.name = textFromJson(o.value(QStringLiteral("name")));
            if (a.id.isEmpty())
                fail(tr("an axis has no id."));
            if (seen.contains(a.id))
                fail(tr("the axis \"%1\" appears twice.").arg(a.id));
            seen.insert(a.id);
            if (a.name.isEmpty())
                fail(tr("the axis \"%1\" has no name.").arg(a.id));
            a.levels = readLevels(array(o, QStringLiteral("levels")), a.id);
            mAxes.append(a);
        }
    }

    /// Throws a plain detail text; the caller adds the rule number.
    RuleCondition readCondition(const QJsonValue &v, bool topLevel) const
    {
        RuleCondition c;
        if (v.isString() && v.toString() == QLatin1String("otherwise")) {
            if (!topLevel)
                throw ConditionError(tr("\"otherwise\" can only stand alone."));
            return c;
        }
        if (!v.isObject())
            throw ConditionError(tr("a condition must be \"otherwise\" or an object."));
        const QJsonObject o = v.toObject();
        static const QStringList kKeys{QStringLiteral("personal"), QStringLiteral("sensitive"),
                                       QStringLiteral("myNumber"), QStringLiteral("axis"),
                                       QStringLiteral("any"),      QStringLiteral("all")};
        int kinds = 0;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (kKeys.contains(it.key()))
                ++kinds;
            else if (it.key() != QLatin1String("atLeast"))
                throw ConditionError(tr("unknown condition key \"%1\".").arg(it.key()));
        }
        if (kinds != 1 || (o.contains(QStringLiteral("atLeast")) && !o.contains(QStringLiteral("axis"))))
            throw ConditionError(
                tr("a condition needs exactly one of personal, sensitive, myNumber, axis (with atLeast), any or all."));

        QString key;
        for (const QString &k : kKeys) {
            if (o.contains(k))
                key = k;
        }
        if (key == QLatin1String("personal") || key == QLatin1String("sensitive")
            || key == QLatin1String("myNumber")) {
            c.kind = key == QLatin1String("personal")    ? RuleCondition::Kind::Personal
                     : key == QLatin1String("sensitive") ? RuleCondition::Kind::Sensitive
                                                         : RuleCondition::Kind::MyNumber;
            if (!o.value(key).isBool())
                throw ConditionError(tr("\"%1\" must be true or false.").arg(key));
            c.value = o.value(key).toBool();
        } else if (key == QLatin1String("axis")) {
            c.kind = RuleCondition::Kind::AxisAtLeast;
            c.axis = o.value(key).toString();
            c.level = o.value(QStringLiteral("atLeast")).toString();
            for (int i = 0; i < mAxes.size(); ++i) {
                if (mAxes[i].id == c.axis)
                    c.axisIndex = i;
            }
            if (c.axisIndex < 0)
                throw ConditionError(tr("unknown axis \"%1\".").arg(c.axis));
            c.levelRank = mAxes[c.axisIndex].rank(c.level);
            if (c.levelRank < 0)
                throw ConditionError(tr("\"%1\" is not a level of the axis \"%2\".").arg(c.level, c.axis));
        } else {
            c.kind = key == QLatin1String("any") ? RuleCondition::Kind::Any : RuleCondition::Kind::All;
            const QJsonArray children = o.value(key).toArray();
            if (children.isEmpty())
                throw ConditionError(tr("\"any\" and \"all\" need a non-empty list of conditions."));
            for (const QJsonValue &child : children)
                c.children.append(readCondition(child, false));
        }
        return c;
    }

    QList<ImportanceRule> readRules(const QJsonArray &list,
                                    const QList<SchemeLevel> &importanceLevels) const
    {
        QList<ImportanceRule> rules;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            const int number = i + 1;
            if (!rules.isEmpty() && rules.last().condition.kind == RuleCondition::Kind::Otherwise)
                fail(tr("importance rule %1 follows an \"otherwise\" rule and can never apply.").arg(number));
            ImportanceRule r;
            try {
                r.condition = readCondition(o.value(QStringLiteral("if")), true);
            } catch (const ConditionError &e) {
                fail(tr("importance rule %1: %2").arg(number).arg(e.detail));
            }
            r.importance = o.value(QStringLiteral("then")).toString();
            const bool known = std::any_of(importanceLevels.cbegin(), importanceLevels.cend(),
                                           [&](const SchemeLevel &l) { return l.id == r.importance; });
            if (!known)
                fail(tr("importance rule %1 leads to \"%2\", which is not an importance level.")
                         .arg(number)
                         .arg(r.importance));
            r.label = textFromJson(o.value(QStringLiteral("label")));
            if (r.label.isEmpty())
                fail(tr("importance rule %1 has no label.").arg(number));
            rules.append(r);
        }
        return rules;
    }

private:
    struct ConditionError {
        QString detail;
    };

    QList<SchemeAxis> &mAxes;
    QList<SchemeMeasure> &mMeasures;
};

} // namespace

ClassificationScheme ClassificationScheme::fromJson(const QJsonObject &json)
{
    const QString format = json.value(QStringLiteral("format")).toString();
    if (format != kFormat)
        SchemeReader::fail(tr("it is not a Daicho classification scheme (format \"%1\").").arg(format));
    const QJsonValue version = json.value(QStringLiteral("version"));
    const double v = version.toDouble(0);
    if (!version.isDouble() || v < 1 || v != static_cast<int>(v))
        SchemeReader::fail(tr("the format version is missing or not valid."));
    if (v > FormatVersion)
        SchemeReader::fail(tr("its format version %1 is newer than this version of Daicho can read (%2).")
                               .arg(static_cast<int>(v))
                               .arg(FormatVersion));

    ClassificationScheme s;
    SchemeReader reader(s.mAxes, s.mMeasures);
    s.mId = json.value(QStringLiteral("id")).toString();
    if (s.mId.isEmpty())
        SchemeReader::fail(tr("the scheme has no id."));
    s.mName = textFromJson(json.value(QStringLiteral("name")));
    if (s.mName.isEmpty())
        SchemeReader::fail(tr("the scheme \"%1\" has no name.").arg(s.mId));

    reader.readMeasures(SchemeReader::array(json, QStringLiteral("measures"), false));
    reader.readAxes(SchemeReader::array(json, QStringLiteral("axes")));

    const QJsonValue importance = json.value(QStringLiteral("importance"));
    if (!importance.isObject())
        SchemeReader::fail(tr("\"%1\" must be an object.").arg(QStringLiteral("importance")));
    const QJsonObject imp = importance.toObject();
    const QJsonValue direct = imp.value(QStringLiteral("direct"));
    if (!direct.isUndefined() && !direct.isBool())
        SchemeReader::fail(tr("\"%1\" must be true or false.").arg(QStringLiteral("direct")));
    s.mImportanceDirect = direct.toBool(false);
    s.mImportanceLevels = reader.readLevels(SchemeReader::array(imp, QStringLiteral("levels")),
                                            QStringLiteral("importance"));
    s.mRules = reader.readRules(SchemeReader::array(imp, QStringLiteral("rules"), false),
                                s.mImportanceLevels);
    if (s.mRules.isEmpty() && !s.mImportanceDirect)
        SchemeReader::fail(tr("the importance has no rules and cannot be set by hand."));

    const QJsonValue ipa = json.value(QStringLiteral("ipaImportance"));
    if (ipa.isUndefined()) {
        for (const SchemeAxis &a : std::as_const(s.mAxes))
            s.mIpaAxes.append(a.id);
    } else {
        if (!ipa.isObject())
            SchemeReader::fail(tr("\"%1\" must be an object.").arg(QStringLiteral("ipaImportance")));
        for (const QJsonValue &a : SchemeReader::array(ipa.toObject(), QStringLiteral("axes"))) {
            if (s.axisIndex(a.toString()) < 0)
                SchemeReader::fail(tr("\"ipaImportance\" names the unknown axis \"%1\".").arg(a.toString()));
            if (!s.mIpaAxes.contains(a.toString()))
                s.mIpaAxes.append(a.toString());
        }
    }
    return s;
}

QJsonObject ClassificationScheme::toJson() const
{
    QJsonArray measures;
    for (const SchemeMeasure &m : mMeasures)
        measures.append(QJsonObject{{QStringLiteral("tag"), m.tag},
                                    {QStringLiteral("label"), textToJson(m.label)}});
    QJsonArray axes;
    for (const SchemeAxis &a : mAxes) {
        QJsonArray levels;
        for (const SchemeLevel &l : a.levels)
            levels.append(levelToJson(l));
        axes.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("name"), textToJson(a.name)},
                                {QStringLiteral("levels"), levels}});
    }
    QJsonArray importanceLevels;
    for (const SchemeLevel &l : mImportanceLevels)
        importanceLevels.append(levelToJson(l));
    QJsonArray rules;
    for (const ImportanceRule &r : mRules)
        rules.append(QJsonObject{{QStringLiteral("if"), conditionToJson(r.condition)},
                                 {QStringLiteral("then"), r.importance},
                                 {QStringLiteral("label"), textToJson(r.label)}});
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("id"), mId},
        {QStringLiteral("name"), textToJson(mName)},
        {QStringLiteral("axes"), axes},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("importance"),
         QJsonObject{{QStringLiteral("direct"), mImportanceDirect},
                     {QStringLiteral("levels"), importanceLevels},
                     {QStringLiteral("rules"), rules}}},
        {QStringLiteral("ipaImportance"),
         QJsonObject{{QStringLiteral("axes"), QJsonArray::fromStringList(mIpaAxes)}}},
    };
}

// ---------------------------------------------------------------------------------------------
// Presets

QStringList ClassificationScheme::presetIds()
{
    return {QStringLiteral("soumu"), QStringLiteral("kishiwada"), QStringLiteral("jichitai-r6"),
            QStringLiteral("ipa")};
}

QString ClassificationScheme::defaultPresetId() { return presetIds().constFirst(); }

ClassificationScheme ClassificationScheme::preset(const QString &id)
{
    if (!presetIds().contains(id))
        throw LogicError(tr("Unknown classification scheme preset \"%1\".").arg(id));
    QFile file(QStringLiteral(":/presets/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        throw LogicError(tr("The classification scheme preset \"%1\" is missing.").arg(id));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw LogicError(tr("The classification scheme preset \"%1\" is not valid JSON: %2")
                             .arg(id, error.errorString()));
    try {
        return fromJson(doc.object()); // can throw
    } catch (const ValidationError &e) {
        throw LogicError(e.message());
    }
}

// ---------------------------------------------------------------------------------------------
// Lookups

const SchemeAxis *ClassificationScheme::axis(const QString &id) const
{
    const int i = axisIndex(id);
    return i < 0 ? nullptr : &mAxes[i];
}

int ClassificationScheme::axisIndex(const QString &id) const
{
    for (int i = 0; i < mAxes.size(); ++i) {
        if (mAxes[i].id == id)
            return i;
    }
    return -1;
}

QString ClassificationScheme::measureLabel(const QString &tag) const
{
    for (const SchemeMeasure &m : mMeasures) {
        if (m.tag == tag)
            return m.label.text();
    }
    return tag;
}

bool ClassificationScheme::isValidLevel(const QString &axisId, const QString &levelId) const
{
    const SchemeAxis *a = axis(axisId);
    return a && a->rank(levelId) >= 0;
}

const SchemeLevel *ClassificationScheme::importanceLevel(const QString &id) const
{
    const int r = importanceRank(id);
    return r < 0 ? nullptr : &mImportanceLevels[r];
}

int ClassificationScheme::importanceRank(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < mImportanceLevels.size(); ++i) {
        if (mImportanceLevels[i].id == id)
            return i;
    }
    return -1;
}

QList<int> ClassificationScheme::ranksOf(const QMap<QString, QString> &axisValues) const
{
    QList<int> ranks;
    ranks.reserve(mAxes.size());
    for (const SchemeAxis &a : mAxes)
        ranks.append(a.rank(axisValues.value(a.id)));
    return ranks;
}

// ---------------------------------------------------------------------------------------------
// Derivations

bool ClassificationScheme::matches(const RuleCondition &c, std::span<const int> ranks,
                                   bool personal, bool sensitive, bool myNumber) const
{
    switch (c.kind) {
    case RuleCondition::Kind::Otherwise:
        return true;
    case RuleCondition::Kind::Personal:
        return (personal || sensitive || myNumber) == c.value;
    case RuleCondition::Kind::Sensitive:
        return sensitive == c.value;
    case RuleCondition::Kind::MyNumber:
        return myNumber == c.value;
    case RuleCondition::Kind::AxisAtLeast:
        return c.axisIndex >= 0 && c.axisIndex < static_cast<int>(ranks.size())
               && ranks[c.axisIndex] >= c.levelRank;
    case RuleCondition::Kind::Any:
        return std::any_of(c.children.cbegin(), c.children.cend(), [&](const RuleCondition &child) {
            return matches(child, ranks, personal, sensitive, myNumber);
        });
    case RuleCondition::Kind::All:
        return std::all_of(c.children.cbegin(), c.children.cend(), [&](const RuleCondition &child) {
            return matches(child, ranks, personal, sensitive, myNumber);
        });
    }
    return false;
}

ClassificationScheme::Derivation
ClassificationScheme::deriveImportanceFromRanks(std::span<const int> ranks, bool personal,
                                                bool sensitive, bool myNumber,
                                                const QString &manualImportance) const
{
    if (mImportanceDirect && importanceRank(manualImportance) >= 0) {
        const QString reason = tr("set by hand");
        return {manualImportance, {reason, reason}, -1, true};
    }
    // Rules only apply to a classified asset: "otherwise" must not rate a blank row as C.
    const bool anySet = std::any_of(ranks.begin(), ranks.end(), [](int r) { return r >= 0; });
    if (anySet || personal || sensitive || myNumber) {
        for (int i = 0; i < mRules.size(); ++i) {
            if (matches(mRules[i].condition, ranks, personal, sensitive, myNumber))
                return {mRules[i].importance, mRules[i].label, i, false};
        }
    }
    const QString reason = tr("not classified");
    return {QString(), {reason, reason}, -1, false};
}

ClassificationScheme::Derivation
ClassificationScheme::deriveImportance(const QMap<QString, QString> &axisValues, bool personal,
                                       bool sensitive, bool myNumber,
                                       const QString &manualImportance) const
{
    const QList<int> ranks = ranksOf(axisValues);
    return deriveImportanceFromRanks(ranks, personal, sensitive, myNumber, manualImportance);
}

ClassificationScheme::Derivation ClassificationScheme::deriveImportance(const Asset &a) const
{
    QList<int> ranks;
    ranks.reserve(mAxes.size());
    for (const SchemeAxis &axis : mAxes)
        ranks.append(axis.rank(a.axisValue(axis.id)));
    return deriveImportanceFromRanks(ranks, a.personalInfo, a.sensitivePersonalInfo, a.myNumber,
                                     a.importance);
}

int ClassificationScheme::ipaImportanceFromRanks(std::span<const int> ranks) const
{
    int best = 0;
    for (const QString &id : mIpaAxes) {
        const int i = axisIndex(id);
        if (i >= 0 && i < static_cast<int>(ranks.size()) && ranks[i] >= 0)
            best = std::max(best, mAxes[i].levels[ranks[i]].score);
    }
    return best;
}

int ClassificationScheme::ipaImportance(const QMap<QString, QString> &axisValues) const
{
    return ipaImportanceFromRanks(ranksOf(axisValues));
}

QStringList ClassificationScheme::requiredMeasuresFromRanks(std::span<const int> ranks,
                                                            int importanceRank) const
{
    QSet<QString> wanted;
    for (int i = 0; i < mAxes.size() && i < static_cast<int>(ranks.size()); ++i) {
        if (ranks[i] >= 0) {
            for (const QString &tag : mAxes[i].levels[ranks[i]].measures)
                wanted.insert(tag);
        }
    }
    if (importanceRank >= 0 && importanceRank < mImportanceLevels.size()) {
        for (const QString &tag : mImportanceLevels[importanceRank].measures)
            wanted.insert(tag);
    }
    QStringList result;
    for (const SchemeMeasure &m : mMeasures) {
        if (wanted.contains(m.tag))
            result.append(m.tag);
    }
    return result;
}

QStringList ClassificationScheme::requiredMeasures(const QMap<QString, QString> &axisValues,
                                                   const QString &importance) const
{
    return requiredMeasuresFromRanks(ranksOf(axisValues), importanceRank(importance));
}

} // namespace daicho
