#include "core/ledgercolumns.h"

#include "core/exceptions.h"
#include "core/wareki.h"

#include <QSet>

namespace daicho {

namespace {

struct Spec {
    const char *key;
    const char *header;
    int width;
    bool wrap;
};

// Headers in English source; the Japanese are the guideline's words (管理番号, 所属, …).
const Spec specs[] = {
    {"number", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Management number"), 12, false},
    {"departmentId", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Department"), 16, false},
    {"businessCategory", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Business category"), 16, false},
    {"name", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Asset name"), 30, true},
    {"kind", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Kind"), 14, false},
    {"systemId", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Related information system"), 20, true},
    {"segment", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Network segment"), 18, false},
    {"userScope", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "User scope"), 16, true},
    {"managerId", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Manager"), 12, false},
    {"medium", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Medium / storage location"), 20, true},
    {"personalInfo", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Personal information"), 8, false},
    {"sensitivePersonalInfo", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Special care-required personal information"), 8, false},
    {"myNumber", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Specific personal information"), 8, false},
    {"subjectCount", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Number of data subjects"), 10, false},
    {"confidentiality", nullptr, 10, false},
    {"integrity", nullptr, 10, false},
    {"availability", nullptr, 10, false},
    {"importance", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Importance"), 8, false},
    {"restrictions", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Handling restrictions"), 20, true},
    {"encrypted", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Encrypted"), 8, false},
    {"wireLocked", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Wire lock"), 8, false},
    {"canRemoteOperate", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Remote server operation"), 8, false},
    {"provision", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Issued / private"), 8, false},
    {"retentionPeriod", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Retention period"), 10, false},
    {"retentionUntil", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Retention deadline"), 11, false},
    {"registeredOn", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Registered on"), 11, false},
    {"updatedOn", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Updated on"), 11, false},
    {"updatedBy", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Updated by"), 12, false},
    {"notes", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Notes"), 30, true},
    {"status", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Status"), 8, false},
    {"usePlaceId", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Place of use"), 24, true},
    {"storePlaceId", QT_TRANSLATE_NOOP("daicho::LedgerColumns", "Place of storage"), 24, true},
};

const char *axisFieldOf(const QString &axisId)
{
    if (axisId == QLatin1String("C"))
        return "confidentiality";
    if (axisId == QLatin1String("I"))
        return "integrity";
    if (axisId == QLatin1String("A"))
        return "availability";
    return nullptr;
}

const QString effectivePrefix = QStringLiteral("effective:");

QString levelText(const SchemeLevel *level)
{
    return level ? level->label.text() : QString();
}

} // namespace

QStringList LedgerColumns::fieldKeys(const ClassificationScheme &scheme)
{
    QStringList out;
    for (const Spec &s : specs) {
        const QString key = QLatin1String(s.key);
        const QString axisId = Asset::axisIdOfField(key);
        if (!axisId.isEmpty() && !scheme.axis(axisId))
            continue;
        if (key == QLatin1String("importance") && scheme.importanceLevels().isEmpty())
            continue;
        out.append(key);
    }
    return out;
}

QStringList LedgerColumns::keys(const ClassificationScheme &scheme)
{
    QStringList out = fieldKeys(scheme);
    // The effective values follow the status column's classification block: after 重要度 (or
    // the last axis).
    qsizetype at = out.indexOf(QStringLiteral("importance"));
    if (at < 0) {
        for (const SchemeAxis &axis : scheme.axes()) {
            if (const char *f = axisFieldOf(axis.id))
                at = std::max(at, out.indexOf(QLatin1String(f)));
        }
    }
    QStringList effective;
    for (const SchemeAxis &axis : scheme.axes()) {
        if (axisFieldOf(axis.id))
            effective.append(effectivePrefix + axis.id);
    }
    if (!scheme.importanceLevels().isEmpty())
        effective.append(QStringLiteral("effectiveImportance"));
    for (qsizetype i = 0; i < effective.size(); ++i)
        out.insert(at + 1 + i, effective.at(i));
    return out;
}

QString LedgerColumns::header(const QString &key, const ClassificationScheme &scheme)
{
    if (key.startsWith(effectivePrefix)) {
        const SchemeAxis *axis = scheme.axis(key.mid(effectivePrefix.size()));
        return axis ? tr("Effective %1").arg(axis->name.text()) : QString();
    }
    if (key == QLatin1String("effectiveImportance"))
        return tr("Effective importance");
    const QString axisId = Asset::axisIdOfField(key);
    if (!axisId.isEmpty()) {
        const SchemeAxis *axis = scheme.axis(axisId);
        if (!axis)
            return {};
        if (axisId == QLatin1String("C"))
            return tr("Confidentiality");
        if (axisId == QLatin1String("I"))
            return tr("Integrity");
        return tr("Availability");
    }
    for (const Spec &s : specs) {
        if (key == QLatin1String(s.key))
            return tr(s.header);
    }
    return {};
}

LedgerColumn LedgerColumns::column(const QString &key, const ClassificationScheme &scheme)
{
    LedgerColumn c;
    c.key = key;
    c.header = header(key, scheme);
    if (c.header.isEmpty())
        throw ValidationError(tr("Unknown ledger column %1. The columns are: %2")
                                  .arg(key, keys(scheme).join(QStringLiteral(", "))));
    QString axisId = Asset::axisIdOfField(key);
    if (key.startsWith(effectivePrefix))
        axisId = key.mid(effectivePrefix.size());
    for (const Spec &s : specs) {
        if (key == QLatin1String(s.key)) {
            c.widthChars = s.width;
            c.wrap = s.wrap;
        }
    }
    if (!axisId.isEmpty()) {
        c.widthChars = 10;
        if (const SchemeAxis *axis = scheme.axis(axisId)) {
            for (const SchemeLevel &l : axis->levels)
                c.choices.append(l.label.text());
        }
    } else if (key == QLatin1String("importance") || key == QLatin1String("effectiveImportance")) {
        c.widthChars = 8;
        for (const SchemeLevel &l : scheme.importanceLevels())
            c.choices.append(l.label.text());
    } else if (key == QLatin1String("personalInfo") || key == QLatin1String("sensitivePersonalInfo")
               || key == QLatin1String("myNumber") || key == QLatin1String("encrypted")
               || key == QLatin1String("wireLocked") || key == QLatin1String("canRemoteOperate")) {
        c.choices = {flagText(true)};
    } else if (key == QLatin1String("kind")) {
        for (int i = 0; i < AssetKindCount; ++i)
            c.choices.append(Enums::label(AssetKind(i)));
    } else if (key == QLatin1String("segment")) {
        for (int i = 0; i < NetworkSegmentCount; ++i)
            c.choices.append(Enums::label(NetworkSegment(i)));
    } else if (key == QLatin1String("status")) {
        c.choices = {Enums::label(AssetStatus::Active), Enums::label(AssetStatus::Disposed)};
    } else if (key == QLatin1String("provision")) {
        c.choices = {Enums::label(Provision::Issued), Enums::label(Provision::Private)};
    }
    return c;
}

QString LedgerColumns::flagText(bool value)
{
    // Document text, the same in both languages.
    return value ? QStringLiteral("〇") : QString();
}

QString LedgerColumns::dateText(const QDate &date, LedgerOptions::DateStyle style)
{
    if (!date.isValid())
        return {};
    return style == LedgerOptions::DateStyle::Iso ? date.toString(Qt::ISODate) : Wareki::formatShort(date);
}

QString LedgerColumns::placePath(const QHash<Id, const Place *> &places, Id id)
{
    QStringList parts;
    QSet<Id> seen;
    while (id && !seen.contains(id)) {
        seen.insert(id);
        const Place *p = places.value(id);
        if (!p)
            break;
        parts.prepend(p->name);
        id = p->parentId;
    }
    return parts.join(QStringLiteral("＞")); // CP932 has no ›; ＞ is in every encoding users have
}

// ---- LedgerRows ----------------------------------------------------------------------------

namespace {

/// What a column shows, resolved once from its key (a row is then a switch per cell).
enum class Field {
    Number, Department, BusinessCategory, Name, Kind, System, Segment, UserScope, Manager, Medium,
    PersonalInfo, SensitivePersonalInfo, MyNumber, SubjectCount, Axis, Importance, EffectiveAxis,
    EffectiveImportance, Restrictions, Encrypted, WireLocked, CanRemoteOperate, Provision, RetentionPeriod,
    RetentionUntil, RegisteredOn, UpdatedOn, UpdatedBy, Notes, Status, UsePlace, StorePlace,
};

Field fieldOf(const QString &k)
{
    static const QHash<QString, Field> fields = {
        {QStringLiteral("number"), Field::Number},
        {QStringLiteral("departmentId"), Field::Department},
        {QStringLiteral("businessCategory"), Field::BusinessCategory},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("kind"), Field::Kind},
        {QStringLiteral("systemId"), Field::System},
        {QStringLiteral("segment"), Field::Segment},
        {QStringLiteral("userScope"), Field::UserScope},
        {QStringLiteral("managerId"), Field::Manager},
        {QStringLiteral("medium"), Field::Medium},
        {QStringLiteral("personalInfo"), Field::PersonalInfo},
        {QStringLiteral("sensitivePersonalInfo"), Field::SensitivePersonalInfo},
        {QStringLiteral("myNumber"), Field::MyNumber},
        {QStringLiteral("subjectCount"), Field::SubjectCount},
        {QStringLiteral("confidentiality"), Field::Axis},
        {QStringLiteral("integrity"), Field::Axis},
        {QStringLiteral("availability"), Field::Axis},
        {QStringLiteral("importance"), Field::Importance},
        {QStringLiteral("effectiveImportance"), Field::EffectiveImportance},
        {QStringLiteral("restrictions"), Field::Restrictions},
        {QStringLiteral("encrypted"), Field::Encrypted},
        {QStringLiteral("wireLocked"), Field::WireLocked},
        {QStringLiteral("canRemoteOperate"), Field::CanRemoteOperate},
        {QStringLiteral("provision"), Field::Provision},
        {QStringLiteral("retentionPeriod"), Field::RetentionPeriod},
        {QStringLiteral("retentionUntil"), Field::RetentionUntil},
        {QStringLiteral("registeredOn"), Field::RegisteredOn},
        {QStringLiteral("updatedOn"), Field::UpdatedOn},
        {QStringLiteral("updatedBy"), Field::UpdatedBy},
        {QStringLiteral("notes"), Field::Notes},
        {QStringLiteral("status"), Field::Status},
        {QStringLiteral("usePlaceId"), Field::UsePlace},
        {QStringLiteral("storePlaceId"), Field::StorePlace},
    };
    if (k.startsWith(effectivePrefix))
        return Field::EffectiveAxis;
    return fields.value(k, Field::Notes); // column() has refused unknown keys already
}

struct ColumnPlan {
    Field field;
    QString axisId;                    ///< Axis, EffectiveAxis
    QHash<QString, QString> levelText; ///< Axis: level id → label
};

} // namespace

struct LedgerRows::Private {
    const ClassificationEngine *engine = nullptr;
    LedgerOptions::DateStyle dateStyle = LedgerOptions::DateStyle::Wareki;
    LedgerTable head;
    QList<const Asset *> assets;
    QList<ColumnPlan> plans;
    QHash<Id, QString> departments, people, systems, placePaths;
    QHash<QString, QString> importanceText;
    QList<QString> kinds, segments, statuses, provisions;
    QString yes;
    QHash<qint64, QString> dates; // julian day → text, made up front so that row() is thread-safe

    void addDate(const QDate &d)
    {
        if (d.isValid() && !dates.contains(d.toJulianDay()))
            dates.insert(d.toJulianDay(), LedgerColumns::dateText(d, dateStyle));
    }
    QString date(const QDate &d) const { return d.isValid() ? dates.value(d.toJulianDay()) : QString(); }
};

LedgerRows::LedgerRows(const RegisterData &data, const ClassificationScheme &scheme, const ClassificationEngine &engine,
                       const LedgerOptions &options)
    : d(std::make_unique<Private>())
{
    d->engine = &engine;
    d->dateStyle = options.dateStyle;
    LedgerTable &t = d->head;
    t.title = data.title.isEmpty() ? LedgerColumns::tr("Information asset ledger") : data.title;
    t.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QStringList keyList = options.columns.isEmpty() ? LedgerColumns::keys(scheme) : options.columns;
    QSet<Field> used;
    for (const QString &k : keyList) {
        t.columns.append(LedgerColumns::column(k, scheme)); // can throw
        ColumnPlan plan{fieldOf(k), {}, {}};
        if (plan.field == Field::Axis)
            plan.axisId = Asset::axisIdOfField(k);
        else if (plan.field == Field::EffectiveAxis)
            plan.axisId = k.mid(effectivePrefix.size());
        if (plan.field == Field::Axis) {
            if (const SchemeAxis *axis = scheme.axis(plan.axisId)) {
                for (const SchemeLevel &l : axis->levels)
                    plan.levelText.insert(l.id, l.label.text());
            }
        }
        used.insert(plan.field);
        d->plans.append(plan);
    }

    for (const Department &dep : data.departments)
        d->departments.insert(dep.id, dep.name);
    if (used.contains(Field::Manager)) {
        for (const Person &p : data.people)
            d->people.insert(p.id, p.name);
    }
    if (used.contains(Field::UsePlace) || used.contains(Field::StorePlace)) {
        QHash<Id, const Place *> places;
        for (const Place &p : data.places)
            places.insert(p.id, &p);
        for (const Place &p : data.places)
            d->placePaths.insert(p.id, LedgerColumns::placePath(places, p.id));
    }
    if (used.contains(Field::System)) {
        for (const Asset &a : data.assets)
            d->systems.insert(a.id, a.name);
    }
    for (const SchemeLevel &l : scheme.importanceLevels())
        d->importanceText.insert(l.id, l.label.text());
    for (int i = 0; i < AssetKindCount; ++i)
        d->kinds.append(Enums::label(AssetKind(i)));
    for (int i = 0; i < NetworkSegmentCount; ++i)
        d->segments.append(Enums::label(NetworkSegment(i)));
    for (const AssetStatus s : {AssetStatus::Active, AssetStatus::Disposed})
        d->statuses.append(Enums::label(s));
    for (const Provision p : {Provision::Issued, Provision::Private})
        d->provisions.append(Enums::label(p));
    d->yes = LedgerColumns::flagText(true);

    // The department filter: the department and everything below it.
    QSet<Id> wanted;
    if (!options.departmentCode.isEmpty()) {
        const Department *root = nullptr;
        for (const Department &dep : data.departments) {
            if (dep.code == options.departmentCode)
                root = &dep;
        }
        if (!root)
            throw ValidationError(LedgerColumns::tr("No department has the code %1.").arg(options.departmentCode));
        t.department = root->name;
        wanted.insert(root->id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Department &dep : data.departments) {
                if (dep.parentId && wanted.contains(dep.parentId) && !wanted.contains(dep.id)) {
                    wanted.insert(dep.id);
                    grew = true;
                }
            }
        }
    }

    // The rows, and the highest confidentiality among them, which marks every page.
    const SchemeAxis *cAxis = scheme.axis(QStringLiteral("C"));
    const QString c = QStringLiteral("C");
    int highestC = -1;
    d->assets.reserve(data.assets.size());
    for (const Asset &a : data.assets) {
        if (!wanted.isEmpty() && !wanted.contains(a.departmentId))
            continue;
        d->assets.append(&a);
        d->addDate(a.retentionUntil);
        d->addDate(a.registeredOn);
        d->addDate(a.updatedOn);
        if (cAxis) {
            const EffectiveClassification *eff = engine.of(a.id);
            highestC = std::max(highestC, cAxis->rank(eff ? eff->effectiveValue(c) : a.confidentiality));
        }
    }
    if (cAxis && highestC >= 0)
        t.classificationMark = cAxis->levels.at(highestC).label.text();
}

LedgerRows::~LedgerRows() = default;

const LedgerTable &LedgerRows::head() const
{
    return d->head;
}

qsizetype LedgerRows::size() const
{
    return d->assets.size();
}

Id LedgerRows::department(qsizetype i) const
{
    return d->assets.at(i)->departmentId;
}

const Asset &LedgerRows::asset(qsizetype i) const
{
    return *d->assets.at(i);
}

void LedgerRows::row(qsizetype i, QStringList &out) const
{
    const Asset &a = *d->assets.at(i);
    out.clear();
    out.reserve(d->plans.size());
    const EffectiveClassification *eff = nullptr;
    bool effLooked = false;
    auto effective = [&] {
        if (!effLooked) {
            eff = d->engine->of(a.id);
            effLooked = true;
        }
        return eff;
    };
    auto flag = [&](bool v) { return v ? d->yes : QString(); };
    auto pick = [](const QList<QString> &labels, int index) { return index >= 0 && index < labels.size() ? labels.at(index) : QString(); };
    for (const ColumnPlan &plan : std::as_const(d->plans)) {
        switch (plan.field) {
        case Field::Number: out.append(a.number); break;
        case Field::Department: out.append(d->departments.value(a.departmentId)); break;
        case Field::BusinessCategory: out.append(a.businessCategory); break;
        case Field::Name: out.append(a.name); break;
        case Field::Kind: out.append(pick(d->kinds, int(a.kind))); break;
        case Field::System: out.append(a.systemId ? d->systems.value(a.systemId) : QString()); break;
        case Field::Segment: out.append(pick(d->segments, int(a.segment))); break;
        case Field::UserScope: out.append(a.userScope); break;
        case Field::Manager: out.append(a.managerId ? d->people.value(a.managerId) : QString()); break;
        case Field::Medium: out.append(a.medium); break;
        case Field::PersonalInfo: out.append(flag(a.personalInfo)); break;
        case Field::SensitivePersonalInfo: out.append(flag(a.sensitivePersonalInfo)); break;
        case Field::MyNumber: out.append(flag(a.myNumber)); break;
        case Field::SubjectCount: out.append(a.subjectCount >= 0 ? QString::number(a.subjectCount) : QString()); break;
        case Field::Axis: {
            const QString id = a.axisValue(plan.axisId);
            out.append(plan.levelText.value(id, id));
            break;
        }
        case Field::Importance: out.append(d->importanceText.value(a.importance, a.importance)); break;
        case Field::EffectiveAxis: {
            const AxisClassification *ax = effective() ? eff->axis(plan.axisId) : nullptr;
            out.append(ax ? levelText(ax->effective) : QString());
            break;
        }
        case Field::EffectiveImportance: out.append(effective() ? levelText(eff->importance) : QString()); break;
        case Field::Restrictions: out.append(a.restrictions.join(QStringLiteral("、"))); break;
        case Field::Encrypted: out.append(flag(a.encrypted)); break;
        case Field::WireLocked: out.append(flag(a.wireLocked)); break;
        case Field::CanRemoteOperate: out.append(flag(a.canRemoteOperate)); break;
        case Field::Provision: out.append(pick(d->provisions, int(a.provision))); break;
        case Field::RetentionPeriod: out.append(a.retentionPeriod); break;
        case Field::RetentionUntil: out.append(d->date(a.retentionUntil)); break;
        case Field::RegisteredOn: out.append(d->date(a.registeredOn)); break;
        case Field::UpdatedOn: out.append(d->date(a.updatedOn)); break;
        case Field::UpdatedBy: out.append(a.updatedBy); break;
        case Field::Notes: out.append(a.notes); break;
        case Field::Status: out.append(pick(d->statuses, int(a.status))); break;
        case Field::UsePlace: out.append(d->placePaths.value(a.usePlaceId)); break;
        case Field::StorePlace: out.append(d->placePaths.value(a.storePlaceId)); break;
        }
    }
}

LedgerTable LedgerColumns::build(const RegisterData &data, const ClassificationScheme &scheme,
                                 const ClassificationEngine &engine, const LedgerOptions &options)
{
    const LedgerRows rows(data, scheme, engine, options);
    LedgerTable t = rows.head();
    t.rows.reserve(rows.size());
    t.rowDepartments.reserve(rows.size());
    QStringList row;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows.row(i, row);
        t.rows.append(row);
        t.rowDepartments.append(rows.department(i));
    }
    return t;
}

} // namespace daicho
