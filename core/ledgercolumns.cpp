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

QString axisIdOfField(const QString &key)
{
    if (key == QLatin1String("confidentiality"))
        return QStringLiteral("C");
    if (key == QLatin1String("integrity"))
        return QStringLiteral("I");
    if (key == QLatin1String("availability"))
        return QStringLiteral("A");
    return {};
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
        const QString axisId = axisIdOfField(key);
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
    const QString axisId = axisIdOfField(key);
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
    QString axisId = axisIdOfField(key);
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

LedgerTable LedgerColumns::build(const RegisterData &data, const ClassificationScheme &scheme,
                                 const ClassificationEngine &engine, const LedgerOptions &options)
{
    LedgerTable t;
    t.title = data.title.isEmpty() ? tr("Information asset ledger") : data.title;
    t.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QStringList keyList = options.columns.isEmpty() ? keys(scheme) : options.columns;
    for (const QString &k : keyList)
        t.columns.append(column(k, scheme)); // can throw

    QHash<Id, const Department *> departments;
    for (const Department &d : data.departments)
        departments.insert(d.id, &d);
    QHash<Id, QString> people;
    for (const Person &p : data.people)
        people.insert(p.id, p.name);
    QHash<Id, const Place *> places;
    for (const Place &p : data.places)
        places.insert(p.id, &p);
    QHash<Id, QString> assetNames;
    for (const Asset &a : data.assets)
        assetNames.insert(a.id, a.name);

    // The department filter: the department and everything below it.
    QSet<Id> wanted;
    if (!options.departmentCode.isEmpty()) {
        const Department *root = nullptr;
        for (const Department &d : data.departments) {
            if (d.code == options.departmentCode)
                root = &d;
        }
        if (!root)
            throw ValidationError(tr("No department has the code %1.").arg(options.departmentCode));
        t.department = root->name;
        wanted.insert(root->id);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Department &d : data.departments) {
                if (d.parentId && wanted.contains(d.parentId) && !wanted.contains(d.id)) {
                    wanted.insert(d.id);
                    grew = true;
                }
            }
        }
    }

    // The highest confidentiality in the table marks every page.
    const SchemeAxis *cAxis = scheme.axis(QStringLiteral("C"));
    int highestC = -1;

    const auto style = options.dateStyle;
    for (const Asset &a : data.assets) {
        if (!wanted.isEmpty() && !wanted.contains(a.departmentId))
            continue;
        const EffectiveClassification *eff = engine.of(a.id);
        if (cAxis) {
            const QString c = eff ? eff->effectiveValue(QStringLiteral("C")) : a.confidentiality;
            highestC = std::max(highestC, cAxis->rank(c));
        }
        QStringList row;
        row.reserve(t.columns.size());
        for (const LedgerColumn &col : std::as_const(t.columns)) {
            const QString &k = col.key;
            QString v;
            if (k == QLatin1String("number")) {
                v = a.number;
            } else if (k == QLatin1String("departmentId")) {
                if (const Department *d = departments.value(a.departmentId))
                    v = d->name;
            } else if (k == QLatin1String("businessCategory")) {
                v = a.businessCategory;
            } else if (k == QLatin1String("name")) {
                v = a.name;
            } else if (k == QLatin1String("kind")) {
                v = Enums::label(a.kind);
            } else if (k == QLatin1String("systemId")) {
                v = a.systemId ? assetNames.value(a.systemId) : QString();
            } else if (k == QLatin1String("segment")) {
                v = Enums::label(a.segment);
            } else if (k == QLatin1String("userScope")) {
                v = a.userScope;
            } else if (k == QLatin1String("managerId")) {
                v = a.managerId ? people.value(a.managerId) : QString();
            } else if (k == QLatin1String("medium")) {
                v = a.medium;
            } else if (k == QLatin1String("personalInfo")) {
                v = flagText(a.personalInfo);
            } else if (k == QLatin1String("sensitivePersonalInfo")) {
                v = flagText(a.sensitivePersonalInfo);
            } else if (k == QLatin1String("myNumber")) {
                v = flagText(a.myNumber);
            } else if (k == QLatin1String("subjectCount")) {
                v = a.subjectCount >= 0 ? QString::number(a.subjectCount) : QString();
            } else if (k == QLatin1String("confidentiality") || k == QLatin1String("integrity")
                       || k == QLatin1String("availability")) {
                const SchemeAxis *axis = scheme.axis(axisIdOfField(k));
                const QString id = a.axisValue(axisIdOfField(k));
                const SchemeLevel *l = axis ? axis->level(id) : nullptr;
                v = l ? l->label.text() : id;
            } else if (k == QLatin1String("importance")) {
                const SchemeLevel *l = scheme.importanceLevel(a.importance);
                v = l ? l->label.text() : a.importance;
            } else if (k.startsWith(effectivePrefix)) {
                if (eff) {
                    if (const AxisClassification *ax = eff->axis(k.mid(effectivePrefix.size())))
                        v = levelText(ax->effective);
                }
            } else if (k == QLatin1String("effectiveImportance")) {
                v = eff ? levelText(eff->importance) : QString();
            } else if (k == QLatin1String("restrictions")) {
                v = a.restrictions.join(QStringLiteral("、"));
            } else if (k == QLatin1String("encrypted")) {
                v = flagText(a.encrypted);
            } else if (k == QLatin1String("wireLocked")) {
                v = flagText(a.wireLocked);
            } else if (k == QLatin1String("canRemoteOperate")) {
                v = flagText(a.canRemoteOperate);
            } else if (k == QLatin1String("provision")) {
                v = Enums::label(a.provision);
            } else if (k == QLatin1String("retentionPeriod")) {
                v = a.retentionPeriod;
            } else if (k == QLatin1String("retentionUntil")) {
                v = dateText(a.retentionUntil, style);
            } else if (k == QLatin1String("registeredOn")) {
                v = dateText(a.registeredOn, style);
            } else if (k == QLatin1String("updatedOn")) {
                v = dateText(a.updatedOn, style);
            } else if (k == QLatin1String("updatedBy")) {
                v = a.updatedBy;
            } else if (k == QLatin1String("notes")) {
                v = a.notes;
            } else if (k == QLatin1String("status")) {
                v = Enums::label(a.status);
            } else if (k == QLatin1String("usePlaceId")) {
                v = placePath(places, a.usePlaceId);
            } else if (k == QLatin1String("storePlaceId")) {
                v = placePath(places, a.storePlaceId);
            }
            row.append(v);
        }
        t.rows.append(row);
        t.rowDepartments.append(a.departmentId);
    }
    if (cAxis && highestC >= 0)
        t.classificationMark = cAxis->levels.at(highestC).label.text();
    return t;
}

} // namespace daicho
